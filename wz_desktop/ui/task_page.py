"""One page per task telling its whole story, read from ``store.flow.story(task_id)``:

the heading (event number, kind, summary, status in its colour, a banner when archived), then
来电, 核实, 出队, 考核, 历史, 案件 and, for a task read from a workbook, the original text of its
cells and the import's flags. Text can be selected and copied. The page refreshes when
``context.changed`` names the task (or its call, its case).

The page does not edit the task itself: "修改出队…" and "考核…" emit ``edit_dispatch_requested`` and
``review_requested`` for the main window to open the forms. Linking to a case is done here (it is
allowed on archived tasks too, and leaves a trace in the history).
"""
from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.domain.records import Origin, TaskStatus
from wz_desktop.domain.workflow import WorkflowError
from wz_desktop.services import cases as case_service
from wz_desktop.services import tasks
from wz_desktop.store.errors import StoreError
from wz_desktop.ui import dialogs
from wz_desktop.ui.call_model import call_place
from wz_desktop.ui.labels import (
    call_status_word,
    field_label,
    flag_label,
    kind_label,
    origin_label,
    record_field_label,
    status_label,
    step_label,
    translated,
    word,
)
from wz_desktop.ui.review_form import (
    READ_ONLY_STYLE,
    STAGE_WORDS,
    hours_text,
    status_html,
)
from wz_desktop.ui.texts import message


def _t(text: str) -> str:
    return QCoreApplication.translate("TaskPage", text)


def _esc(value) -> str:
    if value is None or value == "":
        return "<span style='color:#999'>—</span>"
    return html.escape(str(value)).replace("\n", "<br>")


# field names the history uses, beyond the workbook's (labels.field_label)
HISTORY_FIELDS = ("status", "leader_id", "case_id", "members", "vehicle_ids", "result", "people_helped",
                  "returned_at", "kind", "call_id", "attendance")


def history_field_label(name: str | None) -> str:
    if name in HISTORY_FIELDS:
        return record_field_label(name, "tasks")  # the word table's (domain/words.py)
    return field_label(name)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    """An HTML table (cells already escaped)."""
    out = ["<table cellspacing='0' cellpadding='3'>",
           "<tr>" + "".join(f"<th align='left' style='color:#555'>{html.escape(h)}</th>" for h in headers) + "</tr>"]
    for row in rows:
        out.append("<tr>" + "".join(f"<td valign='top'>{cell}</td>" for cell in row) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _pairs(pairs: list[tuple[str, str]]) -> str:
    """Label: value lines as a two-column table (values already escaped)."""
    rows = "".join(f"<tr><td valign='top' style='color:#666; white-space:nowrap'>{html.escape(label)}</td>"
                   f"<td valign='top'>{value}</td></tr>" for label, value in pairs)
    return f"<table cellspacing='0' cellpadding='2'>{rows}</table>"


class TaskPage(QWidget):
    """The whole story of one task (see the module's doc)."""

    edit_dispatch_requested = Signal(int)  # task id: open the dispatch form on it
    review_requested = Signal(int)  # task id: open the review form on it
    changed = Signal(int)  # task id: the page changed the task (case linking)

    SECTIONS = ("call", "verification", "dispatch", "review", "history", "case", "import")

    def __init__(self, context, task_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("TaskPage")
        self.context = context
        self.store = context.store
        self.task_id = task_id
        self.story = None
        self._build()
        self.refresh()
        context.changed.connect(self._on_changed)

    # --- building ------------------------------------------------------------------------------

    def _label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def _build(self) -> None:
        self.heading = self._label(self)
        self.heading.setObjectName("taskHeading")
        self.banner = QLabel(self)
        self.banner.setObjectName("taskBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.edit_dispatch_button = QPushButton(_t("修改出队…"), self)
        self.review_button = QPushButton(_t("考核…"), self)
        self.edit_dispatch_button.clicked.connect(lambda: self.edit_dispatch_requested.emit(self.task_id))
        self.review_button.clicked.connect(lambda: self.review_requested.emit(self.task_id))

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.edit_dispatch_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignTop)

        content = QWidget()
        content.setObjectName("taskPageContent")
        column = QVBoxLayout(content)
        titles = {"call": _t("来电"), "verification": _t("核实"), "dispatch": _t("出队"), "review": _t("考核"),
                  "history": _t("历史"), "case": _t("案件"), "import": _t("工作簿原文与标记")}
        self.boxes: dict[str, QGroupBox] = {}
        self.texts: dict[str, QLabel] = {}
        for name in self.SECTIONS:
            box = QGroupBox(titles[name], content)
            box.setObjectName(f"{name}Section")
            layout = QVBoxLayout(box)
            label = self._label(box)
            label.setObjectName(f"{name}Text")
            layout.addWidget(label)
            self.boxes[name] = box
            self.texts[name] = label
            column.addWidget(box)
        # the case: the other turn-outs as buttons, and the linking
        case_layout = self.boxes["case"].layout()
        self.case_tasks_box = QWidget(self.boxes["case"])
        self.case_tasks_layout = QVBoxLayout(self.case_tasks_box)
        self.case_tasks_layout.setContentsMargins(0, 0, 0, 0)
        case_layout.addWidget(self.case_tasks_box)
        self.case_task_buttons: list[QPushButton] = []
        self.link_case_button = QPushButton(_t("并入案件…"), self.boxes["case"])
        self.unlink_case_button = QPushButton(_t("移出案件"), self.boxes["case"])
        self.person_case_button = QPushButton(_t("走失人员案件(&P)…"), self.boxes["case"])
        self.person_case_button.setObjectName("personCaseButton")
        self.person_case_button.setToolTip(_t("走失人员：姓名、类别、最后出现和找到的地点（在地图上点选）、结果、寻人启事"))
        self.person_case_button.clicked.connect(self.open_person_case)
        self.case_form = None
        self.link_case_button.clicked.connect(self.link_to_case)
        self.unlink_case_button.clicked.connect(self.unlink_from_case)
        case_buttons = QHBoxLayout()
        case_buttons.addWidget(self.link_case_button)
        case_buttons.addWidget(self.unlink_case_button)
        case_buttons.addWidget(self.person_case_button)
        case_buttons.addStretch(1)
        case_layout.addLayout(case_buttons)
        column.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps instead
        self.scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll, 1)

    # --- reading -------------------------------------------------------------------------------

    def _on_changed(self, changes) -> None:
        """Refresh when this task, its call, its case or the roster changed (here, in another window,
        through a background import or in another copy of the application)."""
        story = self.story
        call_id = story.call.id if story is not None and story.call is not None else None
        if (changes.touches_record("tasks", self.task_id) or changes.touches("cases", "members")
                or (call_id is not None and changes.touches_record("calls", call_id))):
            self._on_tasks_changed()

    def _on_tasks_changed(self) -> None:
        try:
            self.refresh()
        except Exception:
            logging.getLogger(__name__).debug("task page not refreshed", exc_info=True)

    def refresh(self) -> None:
        """Read the story again and show it."""
        try:
            story = self.store.flow.story(self.task_id)
        except StoreError as exc:
            self.story = None
            self.heading.setText(html.escape(message(exc)))
            for box in self.boxes.values():
                box.hide()
            self.edit_dispatch_button.hide()
            self.review_button.hide()
            return
        self.story = story
        task = story.task
        self.setWindowTitle(_t("任务 — {0}").format(task.event_no or task.summary[:30]))
        self.heading.setText(
            f"<span style='font-size:large'><b>{html.escape(task.event_no or '')}</b>　"
            f"{html.escape(kind_label(task.kind))}　{status_html(task.status)}</span><br>"
            f"{html.escape(task.summary or '')}")
        archived = task.status == TaskStatus.ARCHIVED
        if archived:
            self.banner.setText(_t("已归档，只读。如需更正，请在“考核…”中点“重新打开…”并写明原因。"))
            self.banner.setStyleSheet(READ_ONLY_STYLE)
        elif task.status == TaskStatus.CANCELLED:
            self.banner.setText(_t("任务已取消。"))
            self.banner.setStyleSheet(READ_ONLY_STYLE)
        self.banner.setVisible(task.status in (TaskStatus.ARCHIVED, TaskStatus.CANCELLED))
        self.edit_dispatch_button.setVisible(task.status not in (TaskStatus.ARCHIVED, TaskStatus.CANCELLED))
        self.review_button.setVisible(task.status != TaskStatus.CANCELLED)
        for box in self.boxes.values():
            box.show()

        self.texts["call"].setText(self._call_html(story))
        self.boxes["verification"].setVisible(story.call is not None)
        self.texts["verification"].setText(self._verification_html(story))
        self.texts["dispatch"].setText(self._dispatch_html(story))
        self.texts["review"].setText(self._review_html(story))
        self.texts["history"].setText(self._history_html(story))
        self.texts["case"].setText(self._case_html(story))
        self._fill_case_tasks(story)
        flags = self.store.tasks.flags(self.task_id)
        imported = task.origin == Origin.IMPORT or bool(flags) or any(
            getattr(task, f + "_raw") for f in ("departure", "headcount", "vehicles", "squads", "remarks"))
        self.boxes["import"].setVisible(imported)
        if imported:
            self.texts["import"].setText(self._import_html(task, flags))

    def _call_html(self, story) -> str:
        call = story.call
        if call is None:
            if story.task.origin == Origin.IMPORT:
                return html.escape(_t("工作簿导入的记录，没有来电信息。"))
            return html.escape(_t("直接出队（没有来电）。"))
        place = call_place(call, "　")
        return _pairs([
            (_t("接报时间"), _esc(call.received_at)),
            (_t("信息来源"), _esc(word(call.source))),
            (_t("求助人"), _esc(call.caller_name)),
            (_t("联系电话"), _esc(call.caller_phone)),
            (_t("地点"), _esc(place)),
            (_t("情况"), _esc(call.description)),
            (_t("接报人"), _esc(call.logged_by)),
            (_t("来电状态"), _esc(call_status_word(call.status) if call.status else "")),
        ])

    def _verification_html(self, story) -> str:
        if not story.verifications:
            return html.escape(_t("没有核实记录。"))
        rows = [[_esc(v.verified_at), _esc(v.verified_by), _esc(word(v.method)), _esc(word(v.result)), _esc(v.note)]
                for v in story.verifications]
        return _table([_t("时间"), _t("核实人"), _t("方式"), _t("结果"), _t("说明")], rows)

    def _dispatch_html(self, story) -> str:
        task = story.task
        vehicles = "、".join(f"{v.plate}{'（' + v.name + '）' if v.name else ''}"
                            + (f" ×{trips}" if trips and trips != 1 else "") for v, trips in story.vehicles)
        parts = [_pairs([
            (_t("出队时间"), _esc(task.departure or task.departure_raw)),
            (_t("分队"), _esc(task.squads)),
            (_t("带队队长"), _esc(story.leader_name)),
            (_t("出队人数"), _esc(task.headcount if task.headcount is not None else task.headcount_raw)),
            (_t("出队车次"), _esc(task.vehicles if task.vehicles is not None else task.vehicles_raw)),
            (_t("车辆"), _esc(vehicles)),
            (_t("备注"), _esc(task.remarks)),
        ])]
        if story.members:
            rows = [[_esc(m.member_name), _esc(m.member_code), _esc(word(m.role)),
                     html.escape(_t("自驾") if m.brings_car else ""), _esc(m.note)] for m in story.members]
            parts.append(f"<p><b>{html.escape(_t('出队队员'))}</b>（{len(story.members)}）</p>")
            parts.append(_table([_t("姓名"), _t("编号"), _t("角色"), _t("车"), _t("备注")], rows))
        else:
            parts.append(f"<p style='color:#777'>{html.escape(_t('没有出队名单。'))}</p>")
        return "".join(parts)

    def _review_html(self, story) -> str:
        task = story.task
        parts = [_pairs([
            (_t("返回时间"), _esc(task.returned_at)),
            (_t("任务结果"), _esc(word(task.result))),
            (_t("救助人数"), _esc(task.people_helped)),
        ])]
        if any(m.attendance for m in story.members):
            rows = [[_esc(m.member_name), _esc(word(m.role)), _esc(word(m.attendance)), _esc(hours_text(m.hours)),
                     _esc(m.note)]
                    for m in story.members]
            parts.append(f"<p><b>{html.escape(_t('出勤'))}</b></p>")
            parts.append(_table([_t("姓名"), _t("角色"), _t("出勤"), _t("时长（小时）"), _t("备注")], rows))
        if story.reviews:
            rows = [[_esc(r.at), _esc(r.by), html.escape(translated(STAGE_WORDS, r.stage)), _esc(r.comment)]
                    for r in story.reviews]
            parts.append(f"<p><b>{html.escape(_t('考核经过'))}</b></p>")
            parts.append(_table([_t("时间"), _t("经办人"), _t("环节"), _t("意见 / 原因")], rows))
        elif not task.returned_at and not task.result:
            parts.append(f"<p style='color:#777'>{html.escape(_t('尚未交考勤。'))}</p>")
        return "".join(parts)

    def _history_value(self, field: str | None, value: str | None) -> str:
        if value is None or value == "":
            return "—"
        if field == "kind":
            return kind_label(value)
        if field == "leader_id":
            try:
                member = self.store.roster.member(int(value))
            except (ValueError, TypeError):
                member = None
            return member.name if member else value
        return value

    def _history_line(self, entry) -> str:
        what = step_label(entry.action)
        if entry.field == "members":
            changes = []
            if entry.old:
                changes.append(_t("去掉 {0}").format(entry.old))
            if entry.new:
                changes.append(_t("加上 {0}").format(entry.new))
            what += "：" + history_field_label("members") + " " + "；".join(changes)
        elif entry.field == "vehicle_ids":
            what += "：" + _t("车辆 {0} → {1} 辆").format(entry.old or 0, entry.new or 0)
        elif entry.field:
            old = self._history_value(entry.field, entry.old)
            new = self._history_value(entry.field, entry.new)
            what += f"：{history_field_label(entry.field)} {old} → {new}"
        if entry.note:
            what += "（" + entry.note + "）"
        return what

    def history_lines(self) -> list[str]:
        """Every change in words: 'when　who　what'."""
        if self.story is None:
            return []
        return [f"{h.at}　{h.by or '—'}　{self._history_line(h)}" for h in self.story.history]

    def _history_html(self, story) -> str:
        if not story.history:
            return html.escape(_t("没有修改记录。"))
        rows = [[_esc(h.at), _esc(h.by), html.escape(self._history_line(h))] for h in story.history]
        return _table([_t("时间"), _t("经办人"), _t("经过")], rows)

    def _case_html(self, story) -> str:
        if story.case is None:
            return html.escape(_t("未并入案件。同一次搜寻的多次出队可并入一个案件。"))
        text = _t("{0}（{1} 立案）").format(story.case.title, (story.case.opened_at or "")[:10])
        out = f"<b>{html.escape(text)}</b>"
        if story.case.notes:
            out += "<br>" + _esc(story.case.notes)
        person = case_service.person(self.store, self.context.session, story.case.id)
        if person is not None:
            out += "<br>" + html.escape(self._person_line(person))
        others = [t for t in story.case_tasks if t.id != self.task_id]
        out += "<br>" + html.escape(_t("本案件共 {0} 次出队；点下面的出队打开它：").format(len(story.case_tasks))
                                    if others else _t("本案件暂无其他出队。"))
        return out

    def _fill_case_tasks(self, story) -> None:
        for button in self.case_task_buttons:
            self.case_tasks_layout.removeWidget(button)
            button.deleteLater()
        self.case_task_buttons = []
        for desk in story.case_tasks:
            if desk.id == self.task_id:
                continue
            text = "　".join(p for p in (desk.event_no, desk.departure or "", kind_label(desk.kind),
                                          desk.summary, status_label(desk.status)) if p)
            button = QPushButton(text, self.case_tasks_box)
            button.setFlat(True)
            button.setStyleSheet("text-align:left")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(_t("打开这次出队"))
            button.setProperty("task_id", desk.id)
            button.clicked.connect(lambda _=False, task_id=desk.id: self.context.open_task_requested.emit(task_id))
            self.case_tasks_layout.addWidget(button)
            self.case_task_buttons.append(button)
        self.unlink_case_button.setVisible(story.case is not None)
        self.link_case_button.setText(_t("改并其他案件…") if story.case is not None else _t("并入案件…"))

    def _import_html(self, task, flags) -> str:
        where = ""
        if task.import_sheet or task.import_row:
            where = _t("工作表“{0}” 第 {1} 行").format(task.import_sheet or "?", task.import_row or "?")
            if task.import_id:
                where += _t("（导入批次 #{0}）").format(task.import_id)
        pairs = [(_t("来源"), _esc(origin_label(task.origin))), (_t("导入位置"), _esc(where)),
                 (_t("待复核"), html.escape(_t("是") if task.needs_review else _t("否")))]
        for name in ("departure", "headcount", "vehicles", "squads", "remarks"):
            raw = getattr(task, name + "_raw")
            if raw not in (None, ""):
                pairs.append((_t("{0}原文").format(field_label(name)), _esc(raw)))
        out = [_pairs(pairs)]
        if flags:
            rows = [[html.escape(field_label(field)), html.escape(flag_label(code)), _esc(raw), _esc(note),
                     html.escape(_t("已处理") if resolved else _t("未处理"))]
                    for field, code, raw, note, resolved in flags]
            out.append(f"<p><b>{html.escape(_t('标记'))}</b>（{len(flags)}）</p>")
            out.append(_table([_t("字段"), _t("问题"), _t("原文"), _t("说明"), _t("处理")], rows))
        else:
            out.append(f"<p style='color:#777'>{html.escape(_t('没有标记。'))}</p>")
        return "".join(out)

    # --- text for copying and for tests ----------------------------------------------------------

    def section_text(self, name: str) -> str:
        """A section as plain text ('' when it is hidden)."""
        box = self.boxes[name]
        if box.isHidden():
            return ""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.texts[name].text())
        text = document.toPlainText()
        if name == "case":
            text += "\n" + "\n".join(b.text() for b in self.case_task_buttons)
        return text

    def text(self) -> str:
        """The whole page as plain text."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.heading.text())
        parts = [document.toPlainText()]
        if not self.banner.isHidden():
            parts.append(self.banner.text())
        for name in self.SECTIONS:
            if not self.boxes[name].isHidden():
                parts.append(self.boxes[name].title() + "\n" + self.section_text(name))
        return "\n\n".join(parts)

    # --- cases ---------------------------------------------------------------------------------

    def link_to_case(self) -> bool:
        """并入案件: pick an existing case, or type the title of a new one."""
        current = self.story.case.id if self.story and self.story.case else None
        cases = [c for c in self.store.flow.cases() if c.id != current]
        labels = {f"{c.title}（{(c.opened_at or '')[:10]}）": c for c in cases}
        answer = dialogs.ask_item(self, _t("并入案件"),
                                  _t("选择已有案件，或输入新案件名称（例如“3·5 老人走失搜寻”）："),
                                  list(labels), True)
        if answer is None:
            return False
        answer = answer.strip()
        chosen = labels.get(answer) or next((c for c in cases if c.title == answer), None)
        try:
            if chosen is not None:
                tasks.link_to_case(self.store, self.context.session, self.task_id, chosen.id)
            else:
                tasks.open_case(self.store, self.context.session, answer, [self.task_id])
        except (WorkflowError, StoreError) as exc:
            dialogs.show_error(self, _t("并入案件"), message(exc))
            return False
        self._changed()
        return True

    def _person_line(self, person) -> str:
        """The missing person in one line (the personal fields only for who may see them)."""
        parts = [p for p in (person.name, word(person.sex, "sex"),
                             _t("{0}岁").format(person.age) if person.age is not None else "",
                             word(person.category, "person_category")) if p]
        line = _t("走失人员：{0}").format(_t("，").join(parts))
        if person.last_seen_at or person.last_seen_place:
            line += _t("；最后出现：{0}").format(" ".join(p for p in (person.last_seen_at, person.last_seen_place) if p))
        line += _t("；结果：{0}").format(word(person.outcome, "case_outcome") if person.outcome else _t("仍在搜寻"))
        return line

    def open_person_case(self):
        """走失人员案件…: this task's case as a missing-person case (a new one from its call's alert
        when the task is in no case yet). Not modal; returns the form."""
        from wz_desktop.ui.case_form import CaseForm

        case_id = self.story.case.id if self.story is not None and self.story.case is not None else None
        self.case_form = CaseForm(self.context, case_id=case_id, task_id=self.task_id, parent=self)
        self.case_form.saved.connect(lambda _case_id: self._changed())
        self.case_form.show()
        self.case_form.raise_()
        self.case_form.activateWindow()  # the keys (Alt+1/2, Ctrl+S) go to the case, not the page behind it
        return self.case_form

    def unlink_from_case(self) -> bool:
        try:
            tasks.link_to_case(self.store, self.context.session, self.task_id, None)
        except (WorkflowError, StoreError) as exc:
            dialogs.show_error(self, _t("移出案件"), message(exc))
            return False
        self._changed()
        return True

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit(self.task_id)


class TaskPageDialog(QDialog):
    """A task's page in a window of its own (not modal): several can be open side by side."""

    def __init__(self, context, task_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModal(False)
        self.setObjectName("TaskPageDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.context = context
        self.page = TaskPage(context, task_id, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.page)
        self.setWindowTitle(self.page.windowTitle())
        self.page.changed.connect(lambda *_: self.setWindowTitle(self.page.windowTitle()))
        geometry = context.settings.value("task_page/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(860, 660)  # fits a 1366x768 screen with the task bar

    def done(self, result: int) -> None:
        self.context.settings.setValue("task_page/geometry", self.saveGeometry())
        super().done(result)


def open_task_page(context, task_id: int, parent: QWidget | None = None) -> TaskPageDialog:
    """Show a task's page in its own window (not modal) and return it; the window is deleted when
    closed. Connect ``dialog.page.edit_dispatch_requested`` / ``review_requested`` to open the forms."""
    dialog = TaskPageDialog(context, task_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog


__all__ = ["TaskPage", "TaskPageDialog", "history_field_label", "open_task_page"]
