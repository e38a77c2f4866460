"""The missing-person case (走失人员案件): who is looked for, where and when last seen, where found.

Opened from a task's page (走失人员案件…). A new case is filled from the task's call: the alert
kept with the call is read again (``services.cases.from_call``) and every field it fills is a guess,
tinted as in the call form, until the secretary edits it, presses Enter in it, or 全部确认; saving
with guesses left asks first. The map on the right sets the points: choose which point a click
sets (最后出现 / 找到, Alt+1 / Alt+2), then click, type coordinates (WGS-84 from a phone or GCJ-02
from a map app) or pick a district. Around the last-seen point it draws the rings of the team's own
statistics for the case's category (``domain.lost_stats.rings``), with the number of cases behind
them. Saving (Ctrl+S) checks everything at once (``domain.cases.validate_person``) and writes one
transaction (``services.cases``); a squad leader sees the search without the personal fields and
cannot save.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QWidget,
)

from wz_desktop.domain import cases as case_rules
from wz_desktop.domain import geo
from wz_desktop.domain.cases import MissingPerson
from wz_desktop.domain.roles import Action
from wz_desktop.services import cases as case_service
from wz_desktop.ui import dialogs
from wz_desktop.ui.form_errors import FormErrors
from wz_desktop.ui.forms import STRETCH, button, dialog_buttons, form, hbox, line_edit, text_label, vbox
from wz_desktop.ui.labels import record_field_label, word
from wz_desktop.ui.texts import message
from wz_desktop.ui.widgets import PickCombo, WhenEdit

GUESS_COLOR = "#fff1b8"  # as the call form: read from an alert, not yet confirmed
SEEN, FOUND = "last_seen", "found"
SEEN_COLOR, FOUND_COLOR = "#d62728", "#2ca02c"
# the fields an alert can fill (the others are the secretary's)
GUESS_FIELDS = ("name", "sex", "age", "category", "description", "family_phone", "last_seen_at", "last_seen_place",
                "last_seen")


class CaseForm(QDialog):
    """The case's dialog: ``case_id`` to open one, else ``task_id`` for a new case from that task."""

    saved = Signal(int)  # the case's id

    def __init__(self, context, *, case_id: int | None = None, task_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.task_id = task_id
        self.case_id = case_id
        self.guesses: set[str] = set()
        self._guessed = 0  # how many fields the alert filled
        self.points: dict[str, geo.Point | None] = {SEEN: None, FOUND: None}
        self._zoomed: geo.Point | None = None  # the last-seen point the map was last zoomed to
        self.marks: list = []  # the points' marks on the map
        self.may_edit = context.session.may(Action.DISPATCH)
        self.setWindowTitle(self.tr("走失人员案件"))
        self.setObjectName("caseForm")
        self._build()
        self._load()
        self._fit_screen()

    # --- the form --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.errors = FormErrors(text_label(self, name="generalError", wrap=True))
        self.title_edit = line_edit(self, name="titleEdit")
        self.name_edit = line_edit(self, name="nameEdit")
        self.sex_combo = PickCombo(self)
        self.sex_combo.add_choice(self.tr("不详"), "")
        for sex in case_rules.SEXES:
            self.sex_combo.add_choice(word(sex, "sex"), sex)
        self.age_spin = QSpinBox(self)
        self.age_spin.setRange(-1, case_rules.MAX_AGE)
        self.age_spin.setSpecialValueText(self.tr("不详"))
        self.age_spin.setValue(-1)
        self.category_combo = PickCombo(self)
        for category in case_rules.CATEGORIES:
            self.category_combo.add_choice(word(category, "person_category"), category)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(70)
        self.photo_edit = line_edit(self, name="photoEdit", placeholder=self.tr("照片文件（家属提供）"))
        self.photo_button = button(self.tr("选择…"), self, name="photoButton", clicked=self.choose_photo)
        self.phone_edit = line_edit(self, name="familyPhoneEdit")
        # typed as anywhere else in the window: 19:30, 昨天 19:30, 3-5 19:30 (shown as 2025-12-05 19:30)
        self.seen_at_edit = WhenEdit(self)
        self.seen_at_edit.setObjectName("lastSeenAtEdit")
        self.seen_place_edit = line_edit(self, name="lastSeenPlaceEdit")
        self.seen_point_label = text_label(self, name="lastSeenPoint", wrap=True)
        self.found_at_edit = WhenEdit(self)
        self.found_at_edit.setObjectName("foundAtEdit")
        self.found_place_edit = line_edit(self, name="foundPlaceEdit")
        self.found_point_label = text_label(self, name="foundPoint", wrap=True)
        self.outcome_combo = PickCombo(self)
        self.outcome_combo.add_choice(self.tr("仍在搜寻"), "")
        for outcome in case_rules.OUTCOMES:
            self.outcome_combo.add_choice(word(outcome, "case_outcome"), outcome)
        self.found_by_combo = PickCombo(self)
        self.found_by_combo.add_choice(self.tr("—"), "")
        for who in case_rules.FOUND_BY:
            self.found_by_combo.add_choice(word(who, "found_by"), who)
        self.figures_label = text_label(self, name="figuresLabel", wrap=True)
        self.alert_label = text_label(self, name="alertLabel", wrap=True)
        self.alert_label.hide()
        self.confirm_all_button = button(self.tr("全部确认(&Q)"), self, name="confirmAllButton",
                                         clicked=self.confirm_all)
        self.confirm_all_button.hide()

        # which point a click on the map sets
        self.seen_radio = QRadioButton(self.tr("点选最后出现地点(&1)"), self)
        self.found_radio = QRadioButton(self.tr("点选找到地点(&2)"), self)
        self.seen_radio.setChecked(True)
        self.pick_group = QButtonGroup(self)
        self.pick_group.addButton(self.seen_radio)
        self.pick_group.addButton(self.found_radio)
        self.clear_point_button = button(self.tr("清除此点"), self, name="clearPointButton", clicked=self.clear_point)
        from wz_desktop.ui.map_view import MapView

        self.map = MapView(self)
        self.map.point_chosen.connect(self._point_chosen)
        self.map.coord_edit.setMinimumWidth(self.map.coord_edit.fontMetrics().horizontalAdvance("38.91400, 121.61470") + 16)
        self.rings_label = text_label(self, name="ringsLabel", wrap=True)

        self.age_label = QLabel(self.tr("年龄(&A)"), self)
        self.age_label.setBuddy(self.age_spin)
        e = self.errors
        self.widgets = {"name": self.name_edit, "sex": self.sex_combo, "age": self.age_spin,
                        "category": self.category_combo, "description": self.description_edit,
                        "family_phone": self.phone_edit, "last_seen_at": self.seen_at_edit,
                        "last_seen_place": self.seen_place_edit, "last_seen": self.seen_point_label,
                        "found_at": self.found_at_edit, "found_place": self.found_place_edit,
                        "found": self.found_point_label, "outcome": self.outcome_combo,
                        "found_by": self.found_by_combo, "photo_path": self.photo_edit}
        fields = form(
            (self.tr("案件名称(&T)"), self.title_edit),
            (self.tr("姓名(&N)"), e.field("name", self.name_edit)),
            (self.tr("性别"), hbox(e.field("sex", self.sex_combo), 12, self.age_label,
                                  e.field("age", self.age_spin), STRETCH)),
            (self.tr("人员类别(&C)"), e.field("category", self.category_combo)),
            (self.tr("体貌特征(&D)"), e.field("description", self.description_edit)),
            (self.tr("照片"), hbox(e.field("photo_path", self.photo_edit), self.photo_button)),
            (self.tr("家属电话"), e.field("family_phone", self.phone_edit)),
            (self.tr("最后出现时间(&L)"), e.field("last_seen_at", self.seen_at_edit)),
            (self.tr("最后出现地点"), e.field("last_seen_place", self.seen_place_edit)),
            (self.tr("最后出现坐标"), e.field("last_seen", self.seen_point_label)),
            (self.tr("结果(&R)"), hbox(e.field("outcome", self.outcome_combo), 12, QLabel(self.tr("找到者"), self),
                                      e.field("found_by", self.found_by_combo), STRETCH)),
            (self.tr("找到时间(&F)"), e.field("found_at", self.found_at_edit)),
            (self.tr("找到地点"), e.field("found_place", self.found_place_edit)),
            (self.tr("找到坐标"), e.field("found", self.found_point_label)),
            (self.tr("搜寻"), self.figures_label),
        )
        left = QWidget(self)
        vbox(hbox((self.alert_label, 1), self.confirm_all_button), self.errors.general, fields, STRETCH, parent=left)
        right = QWidget(self)
        vbox(hbox(self.seen_radio, self.found_radio, self.clear_point_button, STRETCH), (self.map, 1),
             self.rings_label, parent=right)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 700])

        self.notice_button = button(self.tr("寻人启事…"), self, name="noticeButton", clicked=self.open_notice)
        self.buttons = dialog_buttons(self, self.tr("保存"), self.tr("取消"), accepted=self.save,
                                      rejected=self.reject)
        vbox((splitter, 1), hbox(self.notice_button, STRETCH, self.buttons), parent=self)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        # a guess is confirmed by editing the field or pressing Enter in it
        for name in GUESS_FIELDS:
            widget = self.widgets[name]
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t="", n=name: self.confirm(n))
                widget.returnPressed.connect(lambda n=name: self.confirm(n))
            elif isinstance(widget, PickCombo):
                widget.activated.connect(lambda _i=0, n=name: self.confirm(n))
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(lambda n=name, w=widget: self.confirm(n) if w.hasFocus() else None)
            elif isinstance(widget, QSpinBox):
                widget.editingFinished.connect(lambda n=name, w=widget: self.confirm(n) if w.hasFocus() else None)
        self.category_combo.currentIndexChanged.connect(lambda _i: self._draw())

    def _fit_screen(self) -> None:
        """1180 x 720, or what the screen has room for (a 1366 x 768 laptop), in its middle."""
        from PySide6.QtWidgets import QApplication

        screen = (self.screen() or QApplication.primaryScreen()).availableGeometry()
        width, height = min(1180, screen.width() - 24), min(720, screen.height() - 48)
        self.resize(width, height)
        self.move(screen.x() + (screen.width() - width) // 2, screen.y() + max(0, (screen.height() - height) // 2 - 12))

    # --- loading ---------------------------------------------------------------------------------

    def _load(self) -> None:
        person: MissingPerson | None = None
        if self.case_id is None and self.task_id is not None:
            task = self.store.tasks.get(self.task_id)
            if task is not None and task.case_id is not None:
                self.case_id = task.case_id  # the task is in a case already: it becomes (or is) the missing-person case
        if self.case_id is not None:
            person = case_service.person(self.store, self.context.session, self.case_id)
            self.title_edit.setText(self.store.cases.title(self.case_id) or "")
        self.existing = person is not None
        if person is None:
            person = self._from_task()
        self._fill(person)
        if not self.may_edit:
            for widget in (*self.widgets.values(), self.title_edit, self.photo_button, self.map.entry_row,
                           self.clear_point_button):
                widget.setEnabled(False)
            self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(False)
            self.errors.general.setText(self.tr("只有值班秘书和管理员可以修改案件；姓名、电话等个人信息不显示。"))
            self.errors.general.show()
        self.notice_button.setEnabled(self.existing and self.may_edit)
        self._show_figures()

    def _from_task(self) -> MissingPerson:
        """A new case's person: what the task's call (its alert) says, every field a guess."""
        task = self.store.tasks.get(self.task_id) if self.task_id is not None else None
        if task is None or task.call_id is None:
            return MissingPerson()
        person = case_service.from_call(self.store, task.call_id)
        call = self.store.calls.get(task.call_id)
        if call is not None and call.alert_text:
            # the category is always shown to be checked: 其他 is what the reader falls back to
            self.guesses = {n for n in GUESS_FIELDS if n == "category" or getattr(person, n) not in (None, "")}
            self._guessed = len(self.guesses)
            self.alert_label.setText(self.tr("按来电的警情填了 {0} 栏（黄底），都是推测，请逐栏核对：改动或在栏内按 Enter 即确认。")
                                     .format(len(self.guesses)))
            self.alert_label.show()
            self.confirm_all_button.setVisible(bool(self.guesses))
        return person

    def _fill(self, person: MissingPerson) -> None:
        self.person = person
        self.name_edit.setText(person.name)
        self.sex_combo.select_data(person.sex)
        self.age_spin.setValue(person.age if person.age is not None else -1)
        self.category_combo.select_data(person.category)
        self.description_edit.setPlainText(person.description)
        self.photo_edit.setText(person.photo_path)
        self.phone_edit.setText(person.family_phone)
        self.seen_at_edit.setText(person.last_seen_at)
        self.seen_place_edit.setText(person.last_seen_place)
        self.found_at_edit.setText(person.found_at)
        self.found_place_edit.setText(person.found_place)
        self.outcome_combo.select_data(person.outcome)
        self.found_by_combo.select_data(person.found_by)
        self.points = {SEEN: person.last_seen, FOUND: person.found}
        if person.last_seen is None and person.found is not None:
            self.found_radio.setChecked(True)
        for name in GUESS_FIELDS:
            self._tint(name, name in self.guesses)
        self._draw()

    # --- guesses ---------------------------------------------------------------------------------

    def _tint(self, name: str, guess: bool) -> None:
        widget = self.widgets[name]
        qt_class = next(c.__name__ for c in type(widget).__mro__ if c.__module__.startswith("PySide6"))
        widget.setStyleSheet(f"{qt_class} {{ background-color: {GUESS_COLOR}; }}" if guess else "")
        widget.setProperty("alertGuess", guess)
        widget.setToolTip(self.tr("从来电的警情读出，请核对") if guess else "")

    def is_guess(self, name: str) -> bool:
        return name in self.guesses

    def confirm(self, name: str) -> None:
        if name in self.guesses:
            self.guesses.discard(name)
            self._tint(name, False)
            self.confirm_all_button.setVisible(bool(self.guesses))
            if not self.guesses:  # the note no longer says "all guesses" once they are all checked
                self.alert_label.setText(self.tr("按来电的警情填的 {0} 栏都已核对。").format(self._guessed))

    def confirm_all(self) -> None:
        for name in list(self.guesses):
            self.confirm(name)

    # --- points ----------------------------------------------------------------------------------

    @property
    def picking(self) -> str:
        return FOUND if self.found_radio.isChecked() else SEEN

    def _point_chosen(self, point: geo.Point, _district) -> None:
        self.set_point(self.picking, point)

    def set_point(self, which: str, point: geo.Point | None) -> None:
        """Set (None: clear) the last-seen or the found point, in any system (kept in GCJ-02)."""
        self.points[which] = point.to(geo.GCJ02) if point is not None else None
        self.errors.clear(which)
        if which == SEEN:
            self.confirm(which)
        self._draw()

    def clear_point(self) -> None:
        self.set_point(self.picking, None)

    def _draw(self) -> None:
        for which, label in ((SEEN, self.seen_point_label), (FOUND, self.found_point_label)):
            point = self.points[which]
            if point is None:
                label.setText(self.tr("未定（在右边地图上点选或输入坐标）"))
                continue
            district = geo.district_of(point)
            wgs = point.to(geo.WGS84)
            label.setText(self.tr("{0}（GCJ-02）；{1}（WGS-84）{2}").format(
                point.text(), wgs.text(), self.tr("，") + word(district.name, "district") if district else ""))
        self._mark_points()
        self._draw_rings()
        if self.points[SEEN] is not None and self.points[FOUND] is not None:
            meters = geo.distance_m(self.points[SEEN], self.points[FOUND])
            self.found_point_label.setText(self.found_point_label.text() + self.tr("；距最后出现地点 {0}").format(
                _distance_text(meters)))

    def _mark_points(self) -> None:
        """The last-seen point (red) and the found point (green) on the map, each with its word."""
        import pyqtgraph as pg
        from PySide6.QtWidgets import QApplication

        for item in self.marks:
            self.map.view.removeItem(item)
        self.marks = []
        for which, color, text, anchor in ((SEEN, SEEN_COLOR, self.tr("最后出现"), (1.05, 0.5)),
                                           (FOUND, FOUND_COLOR, self.tr("找到"), (-0.05, 0.5))):
            point = self.points[which]
            if point is None:
                continue
            spot = self.map.to_view(point)
            scatter = pg.ScatterPlotItem(x=[spot.x()], y=[spot.y()], size=12, brush=pg.mkBrush(color),
                                         pen=pg.mkPen("#ffffff", width=1.5))
            scatter.setZValue(35)
            label = pg.TextItem(text, color=color, anchor=anchor, fill=pg.mkBrush(255, 255, 255, 210))
            label.setFont(QApplication.font())
            label.setZValue(36)
            label.setPos(spot)
            for item in (scatter, label):
                self.map.view.addItem(item)
                self.marks.append(item)

    def _draw_rings(self) -> None:
        centre = self.points[SEEN]
        if centre is None:
            self.map.set_rings(None)
            self.rings_label.setText(self.tr("定下最后出现地点后，这里按本队以往同类案件画出找到距离的范围圈。"))
            return
        from wz_desktop.domain import lost_stats

        category = self.category_combo.currentData() or case_rules.OTHER
        findings = [f for f in self.store.cases.findings() if f.case_id != self.case_id]
        rings, sentence = lost_stats.rings(findings, category)
        self.map.set_rings(centre, [r.radius_m for r in rings],
                           [self.tr("{0}%：{1}").format(r.percent, _distance_text(r.radius_m)) for r in rings])
        self.rings_label.setText(message(sentence))
        # the ground the rings (and the found point) cover, not the whole city: a ring of a kilometre
        # is a dot on the map of 大连市
        reach = max([r.radius_m for r in rings] + [1500.0])
        if self.points[FOUND] is not None:
            reach = max(reach, geo.distance_m(centre, self.points[FOUND]))
        if centre != self._zoomed:
            self.map.zoom_to(centre, reach * 1.3)
            self._zoomed = centre

    # --- the figures of the linked turn-outs ----------------------------------------------------

    def _show_figures(self) -> None:
        if self.case_id is None:
            self.figures_label.setText(self.tr("保存后，这次出队并入本案件；以后的出队在任务页并入。"))
            return
        figures = self.store.cases.figures(self.case_id, self.found_at_edit.value_text())
        text = self.tr("{0} 次出队，共 {1} 人次").format(figures.turnouts, figures.people)
        if figures.out < figures.turnouts:
            text += self.tr("，历时 {0:.1f} 小时，{1:.0f} 人·小时").format(figures.hours, figures.person_hours)
        if figures.out:
            text += self.tr("；{0} 次出队尚未返回（用时在返回或找到后计算）").format(figures.out)
        self.figures_label.setText(text)

    # --- saving ----------------------------------------------------------------------------------

    def current(self) -> MissingPerson:
        """The person as the form holds it now."""
        age = self.age_spin.value()
        return replace(
            self.person, name=self.name_edit.text().strip(), sex=self.sex_combo.currentData() or "",
            age=None if age < 0 else age, category=self.category_combo.currentData() or case_rules.OTHER,
            description=self.description_edit.toPlainText().strip(), photo_path=self.photo_edit.text().strip(),
            family_phone=self.phone_edit.text().strip(), last_seen_at=self.seen_at_edit.value_text(),
            last_seen_place=self.seen_place_edit.text().strip(), last_seen=self.points[SEEN],
            found_at=self.found_at_edit.value_text(), found_place=self.found_place_edit.text().strip(),
            found=self.points[FOUND], outcome=self.outcome_combo.currentData() or "",
            found_by=self.found_by_combo.currentData() or "", case_id=self.case_id)

    def save(self) -> bool:
        """Check and save; the dialog closes when saved. Returns whether it was saved."""
        if not self.may_edit:
            return False
        person = self.current()
        errors = case_rules.validate_person(person)
        if errors:
            self.errors.show(errors)
            return False
        if self.guesses:
            names = "、".join(self._label(n) for n in sorted(self.guesses, key=GUESS_FIELDS.index))
            if not dialogs.ask_yes_no(self, self.tr("保存案件"), self.tr(
                    "还有 {0} 栏是从警情读出、尚未核对的：{1}。仍然保存吗？").format(len(self.guesses), names)):
                return False
        session = self.context.session
        try:
            if self.existing and self.case_id is not None:
                case_service.save(self.store, session, person, title=self.title_edit.text())
            elif self.case_id is not None:  # a case of turn-outs already: it becomes a missing-person case
                case_service.add_person(self.store, session, self.case_id, person)
                if self.title_edit.text().strip():
                    case_service.save(self.store, session, replace(person, case_id=self.case_id),
                                      title=self.title_edit.text())
            else:
                self.case_id = case_service.open_case(
                    self.store, session, person, title=self.title_edit.text(),
                    task_ids=[self.task_id] if self.task_id is not None else [])
        except Exception as exc:  # noqa: BLE001 (shown in words: the store refused, nothing was written)
            shown = getattr(exc, "errors", None)
            if shown:
                self.errors.show(shown)
            else:
                self.errors.show({"": message(exc)})
            return False
        self.existing = True
        self.saved.emit(self.case_id)
        self.accept()
        return True

    def _label(self, name: str) -> str:
        """A field's word (the word table's, as the audit names it)."""
        return record_field_label(name, "missing_persons")

    # --- the photo and the notice ---------------------------------------------------------------

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择照片"), self.photo_edit.text(),
                                              self.tr("图片 (*.jpg *.jpeg *.png *.bmp)"))
        if path:
            self.photo_edit.setText(path)

    def open_notice(self) -> None:
        if self.case_id is None:
            return
        from wz_desktop.ui.notice_dialog import NoticeDialog

        NoticeDialog(self.context, self.case_id, self).exec()


def _distance_text(meters: float) -> str:
    """As the statistics say it (370 米, 1.2 公里; 370 m, 1.2 km in English): the rings' figures
    are the 走失统计 tab's figures."""
    from wz_desktop.domain import lost_stats

    return message(lost_stats.distance_text(meters))
