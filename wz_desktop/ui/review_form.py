"""考核: the attendance review of one task, from 交考勤 to 归档.

What the form offers follows the task's status:

- 出队 / 返回: the squad leader's sheet — 返回时间, 任务结果, 救助人数 and one row per member on the
  task (role, attendance, hours, note) — handed in with "交考勤" (Ctrl+S); "取消任务…" with a reason.
- 待考核: the secretariat's "考核通过", or "退回…" with a comment (the leader then corrects and hands
  in again).
- 已考核: "归档" (asked first: an archived task is read-only).
- 归档: everything read-only, a banner saying so, and "重新打开…" with a reason.

What is typed is kept as a draft while it is typed (``store.flow.save_form_draft``), restored when the
form is opened again and discarded once the sheet is handed in. Refusals (``ReviewInvalid``) are
shown beside their fields; the store writes nothing of a refused step.

The table is made for the keyboard: arrow keys move between cells; in the 角色 and 出勤 columns a
digit picks the value (出勤: 1 出勤, 2 迟到, 3 早退, 4 缺勤; 角色: 1 队长, 2 副队长, 3 队员) and F2
opens the list; typing in 时长 or 备注 starts editing the cell; Enter ends it.
"""
from __future__ import annotations

import datetime as dt
import html
import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.domain.lifecycle import (
    LONGEST_TURN_OUT_HOURS,
    MEMBER_ROLES,
    AttendanceEntry,
    ReviewInvalid,
    ReviewSheet,
    default_hours,
    validate_review,
)
from wz_desktop.domain.records import ATTENDANCE, RESULTS, TaskStatus
from wz_desktop.domain.roles import Action
from wz_desktop.domain.when import format_when
from wz_desktop.domain.words import STAGES
from wz_desktop.domain.workflow import WorkflowError
from wz_desktop.services import tasks
from wz_desktop.store.errors import StoreError
from wz_desktop.ui import dialogs, palette
from wz_desktop.ui.form_errors import FormErrors
from wz_desktop.ui.forms import STRETCH, button, form, hbox, tab_chain, vbox
from wz_desktop.ui.labels import kind_label, status_label, word
from wz_desktop.ui.texts import message
from wz_desktop.ui.widgets import PickCombo, WhenEdit

DRAFT_FORM = "review"
DRAFT_DELAY_MS = 600
FIELDS = ("returned_at", "result", "people_helped", "entries")
EDITABLE = frozenset({TaskStatus.DISPATCHED, TaskStatus.RETURNED})

# the table's columns
COL_NAME, COL_CODE, COL_ROLE, COL_ATTENDANCE, COL_HOURS, COL_NOTE = range(6)
CHOICES = {COL_ROLE: list(MEMBER_ROLES), COL_ATTENDANCE: list(ATTENDANCE)}
VOCABULARY = {COL_ROLE: "member_role", COL_ATTENDANCE: "attendance"}
MEMBER_ID = Qt.ItemDataRole.UserRole
HOURS_TOUCHED = Qt.ItemDataRole.UserRole + 1

RESULT_KEYS = {"找到平安": ["zdpa"], "救起": ["jq"], "遗体打捞": ["ytdl"], "移交": ["yj"], "未找到": ["wzd"],
               "取消": ["qx"], "误报": ["wb"]}
# the banner of a record that is closed (archived, cancelled): the colour of 归档 on grey
READ_ONLY_STYLE = (f"background:#e0e0e0; color:#212121; border-left:4px solid {palette.ARCHIVED.name()};"
                   " padding:6px; font-weight:bold")
STAGE_WORDS = STAGES  # the review's stages (domain/words.py)


def _t(text: str) -> str:
    return QCoreApplication.translate("ReviewForm", text)


def draft_key(task_id: int) -> str:
    return f"task:{task_id}"


def hours_text(hours: float | None) -> str:
    return "" if hours is None else f"{hours:g}"


def status_html(status: TaskStatus) -> str:
    """The status word in its colour (one meaning each: palette.STATUS_COLORS)."""
    word = html.escape(status_label(status))
    color = palette.STATUS_COLORS.get(status)
    return f"<b style='color:{color.name()}'>{word}</b>" if color is not None else f"<b>{word}</b>"


STORED = Qt.ItemDataRole.UserRole + 7  # a WordItem's word as stored (出勤, 队长 …)


class WordItem(QTableWidgetItem):
    """A cell holding a vocabulary word as stored (出勤, 队长 …), shown in the window's language."""

    def __init__(self, text: str, vocabulary: str):
        super().__init__(text)
        self.vocabulary = vocabulary

    def stored(self) -> str:
        return super().data(Qt.ItemDataRole.DisplayRole) or ""

    def data(self, role: int):
        if role == STORED:
            return self.stored()
        if role == Qt.ItemDataRole.DisplayRole:
            return word(self.stored(), self.vocabulary)
        return super().data(role)


def stored_text(item: QTableWidgetItem | None) -> str:
    """What a cell holds as stored: a WordItem's word, any other cell's text."""
    if item is None:
        return ""
    return item.stored() if isinstance(item, WordItem) else item.text()


class _ChoiceDelegate(QStyledItemDelegate):
    """A pick-list in a cell (F2 or a double click opens it), its words in the window's language."""

    def __init__(self, choices: list[str], parent=None, vocabulary: str | None = None):
        super().__init__(parent)
        self.choices = choices
        self.vocabulary = vocabulary

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt's name)
        combo = QComboBox(parent)
        for choice in self.choices:
            combo.addItem(word(choice, self.vocabulary), choice)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802 (Qt's name)
        value = index.data(STORED) or index.data(Qt.ItemDataRole.EditRole)
        if value in self.choices:
            editor.setCurrentIndex(self.choices.index(value))

    def setModelData(self, editor, model, index):  # noqa: N802 (Qt's name)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AttendanceTable(QTableWidget):
    """The members of the task, one row each; digits pick a value in the choice columns."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels([_t("姓名"), _t("编号"), _t("角色"), _t("出勤"), _t("时长（小时）"), _t("备注")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table: the form's tab order goes on
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for column, width in ((COL_NAME, 90), (COL_CODE, 80), (COL_ROLE, 70), (COL_ATTENDANCE, 60), (COL_HOURS, 90)):
            words = [self.horizontalHeaderItem(column).text()] + [word(c, VOCABULARY.get(column))
                                                                  for c in CHOICES.get(column, [])]
            # English headers and words ("Attendance", "Deputy leader") are wider than the Chinese
            self.setColumnWidth(column, max(width, max(metrics.horizontalAdvance(w) for w in words) + 24))
        for column, choices in CHOICES.items():
            self.setItemDelegateForColumn(column, _ChoiceDelegate(choices, self, VOCABULARY[column]))
        self.editable = True
        self.set_editable(True)

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        if editable:
            self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                 | QAbstractItemView.EditTrigger.EditKeyPressed
                                 | QAbstractItemView.EditTrigger.AnyKeyPressed)
        else:
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def commit_open_editor(self) -> None:
        """Keep what is being typed in a cell, as Enter would."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        if editor is not None and self.isAncestorOf(editor):
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        index = self.currentIndex()
        if (self.editable and index.isValid() and index.column() in CHOICES
                and self.state() != QAbstractItemView.State.EditingState):
            text = unicodedata.normalize("NFKC", event.text() or "")
            choices = CHOICES[index.column()]
            if text.isdigit() and 1 <= int(text) <= len(choices):
                self.item(index.row(), index.column()).setText(choices[int(text) - 1])
                event.accept()
                return
            if text and text.isprintable() and not text.isspace():
                event.accept()  # no free text in a pick-list column
                return
        super().keyPressEvent(event)


class ReviewForm(QWidget):
    """The review of one task (see the module's doc). ``now`` gives the present (tests inject one)."""

    changed = Signal(int)  # task id: a step was taken (handed in, sent back, approved, archived …)

    def __init__(self, context, task_id: int, parent: QWidget | None = None,
                 now: Callable[[], dt.datetime] | None = None):
        super().__init__(parent)
        self.setObjectName("ReviewForm")
        self.context = context
        self.store = context.store
        self.task_id = task_id
        self.now = now or dt.datetime.now
        self.status: TaskStatus | None = None
        self.story = None  # the TaskStory last read
        self.departure: str | None = None
        self._loading = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._build()
        self.reload()
        context.tasks_changed.connect(self._on_tasks_changed)
        if hasattr(context, "user_changed"):  # another user signed in: what they may do differs
            context.user_changed.connect(self.reload)

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("reviewHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setWordWrap(True)
        self.banner = QLabel(self)
        self.banner.setObjectName("reviewBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()

        self.general_error = QLabel(self)
        self.errors = FormErrors(self.general_error)
        self.returned_edit = WhenEdit(self, now_provider=lambda: self.now())
        self.returned_edit.setObjectName("returnedAt")
        self.returned_hint = QLabel(self)
        self.returned_hint.setStyleSheet("color:#666")
        self.result_combo = PickCombo(self)
        self.result_combo.setObjectName("result")
        self.result_combo.add_choice("", None, [])
        for i, result in enumerate(RESULTS, start=1):
            self.result_combo.add_choice(word(result, "result"), result, [str(i), *RESULT_KEYS.get(result, [])])
        self.result_combo.setToolTip(_t("可按拼音首字母或数字选择，例如 zd → 找到平安"))
        self.people_edit = QLineEdit(self)
        self.people_edit.setObjectName("peopleHelped")
        self.people_edit.setPlaceholderText(_t("不详可留空"))
        self.people_edit.setMaximumWidth(120)

        self.table = AttendanceTable(self)
        self.table.setObjectName("attendanceTable")
        self.all_present_button = QPushButton(_t("全部出勤(&A)"), self)
        self.all_present_button.setToolTip(_t("把每位队员设为“出勤”，时长按出队到返回计算"))
        self.keys_hint = QLabel(_t("方向键移动；出勤列按 1 出勤、2 迟到、3 早退、4 缺勤；角色列按 1 队长、2 副队长、3 队员；"
                                   "时长、备注直接输入，回车确认。"), self)
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setStyleSheet("color:#666")

        returned_box = QWidget(self)
        returned_error = QLabel(returned_box)
        returned_error.setObjectName("returned_atError")
        vbox(hbox((self.returned_edit, 1), (self.returned_hint, 1)), returned_error, margins=0, spacing=2,
             parent=returned_box)
        self.errors.add("returned_at", self.returned_edit, returned_error)
        details = form((_t("返回时间"), returned_box), (_t("任务结果"), self.errors.field("result", self.result_combo)),
                       (_t("救助人数"), self.errors.field("people_helped", self.people_edit)), grow=None)
        table_box = QWidget(self)
        vbox(hbox((self.keys_hint, 1), self.all_present_button), (self.errors.field("entries", self.table), 1),
             margins=0, parent=table_box)

        self.submit_button = button(_t("交考勤"), self, name="submitButton", tip=_t("交考勤（Ctrl+S）"),
                                    clicked=self.submit)
        self.cancel_task_button = button(_t("取消任务…"), self, clicked=self.cancel_task)
        self.approve_button = button(_t("考核通过"), self, clicked=self.approve)
        self.send_back_button = button(_t("退回…"), self, clicked=self.send_back)
        self.archive_button = button(_t("归档"), self, clicked=self.archive)
        self.reopen_button = button(_t("重新打开…"), self, clicked=self.reopen)
        self.close_button = button(_t("关闭"), self, name="closeButton", clicked=self.close_window,
                                   tip=_t("关闭（Esc）；已填写的内容保存为草稿"))
        vbox(self.heading, self.banner, details, (table_box, 1), self.general_error,
             hbox(self.cancel_task_button, STRETCH, self.send_back_button, self.approve_button, self.archive_button,
                  self.reopen_button, self.submit_button, self.close_button), parent=self)
        tab_chain(self.returned_edit, self.result_combo, self.people_edit, self.table, self.all_present_button,
                  self.submit_button)

        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self._save_key)

        self.returned_edit.moment_changed.connect(self._on_returned_changed)
        self.returned_edit.textChanged.connect(self._schedule_draft)
        self.result_combo.currentIndexChanged.connect(self._schedule_draft)
        self.people_edit.textChanged.connect(self._schedule_draft)
        self.people_edit.returnPressed.connect(self.table.setFocus)
        self.table.itemChanged.connect(self._on_item_changed)
        self.all_present_button.clicked.connect(self.mark_all_present)

    # --- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the task again and show what its status allows (a draft restored where one is kept)."""
        self._draft_timer.stop()
        self.errors.clear()
        try:
            story = self.store.flow.story(self.task_id)
        except StoreError as exc:
            self.status = None
            self.heading.setText(html.escape(message(exc)))
            self._show_buttons(None)
            self._set_editable(False)
            return
        task = story.task
        self.story = story
        self.status = task.status
        self.departure = task.departure
        self.setWindowTitle(_t("考核 — {0}").format(task.event_no or task.summary))
        parts = [f"<b>{html.escape(task.event_no or '')}</b>", html.escape(kind_label(task.kind)),
                 html.escape(_t("出队时间 {0}").format(task.departure or task.departure_raw or "—")),
                 html.escape(task.squads or ""), status_html(task.status)]
        self.heading.setText("　".join(p for p in parts if p))
        self.heading.setToolTip(task.summary)

        self._loading = True
        try:
            editable = task.status in EDITABLE
            if task.returned_at:
                self.returned_edit.setText(task.returned_at)
            elif editable:
                self.returned_edit.set_now()
            else:
                self.returned_edit.clear()
            self.result_combo.setCurrentIndex(max(0, self.result_combo.findData(task.result or None)))
            self.people_edit.setText("" if task.people_helped is None else str(task.people_helped))
            self.table.setRowCount(0)
            for member in story.members:
                self._add_row(member.member_id, member.member_name, member.member_code or "", member.role,
                              member.attendance or "出勤", member.hours, member.note or "")
            draft = self.store.flow.form_draft(DRAFT_FORM, draft_key(self.task_id)) if editable else None
            if draft:
                self._apply_draft(draft)
            self._update_default_hours()
            self._update_returned_hint()
        finally:
            self._loading = False
        self._set_editable(task.status in EDITABLE and self.may(Action.ATTENDANCE))
        self._show_buttons(task.status)
        self._show_banner(story)
        if self.table.rowCount():
            self.table.setCurrentCell(0, COL_ATTENDANCE)

    def _add_row(self, member_id: int, name: str, code: str, role: str, attendance: str, hours: float | None,
                 note: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        fixed = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        name_item = QTableWidgetItem(name)
        name_item.setFlags(fixed)
        name_item.setData(MEMBER_ID, member_id)
        code_item = QTableWidgetItem(code)
        code_item.setFlags(fixed)
        hours_item = QTableWidgetItem(hours_text(hours))
        hours_item.setData(HOURS_TOUCHED, hours is not None)
        for column, item in ((COL_NAME, name_item), (COL_CODE, code_item), (COL_ROLE, WordItem(role, "member_role")),
                             (COL_ATTENDANCE, WordItem(attendance, "attendance")), (COL_HOURS, hours_item),
                             (COL_NOTE, QTableWidgetItem(note))):
            self.table.setItem(row, column, item)

    def _row_member(self, row: int) -> int:
        return int(self.table.item(row, COL_NAME).data(MEMBER_ID))

    def _apply_draft(self, draft: dict) -> None:
        if "returned_at" in draft:
            self.returned_edit.setText(draft.get("returned_at") or "")
        if "result" in draft:
            self.result_combo.setCurrentIndex(max(0, self.result_combo.findData(draft.get("result") or None)))
        if "people_helped" in draft:
            self.people_edit.setText(draft.get("people_helped") or "")
        rows = {r.get("member_id"): r for r in draft.get("rows", [])}
        for row in range(self.table.rowCount()):
            saved = rows.get(self._row_member(row))
            if not saved:
                continue
            self.table.item(row, COL_ROLE).setText(saved.get("role") or "队员")
            self.table.item(row, COL_ATTENDANCE).setText(saved.get("attendance") or "出勤")
            hours = self.table.item(row, COL_HOURS)
            hours.setText(saved.get("hours") or "")
            hours.setData(HOURS_TOUCHED, bool(saved.get("hours_touched")))
            self.table.item(row, COL_NOTE).setText(saved.get("note") or "")

    def _set_editable(self, editable: bool) -> None:
        self.returned_edit.setReadOnly(not editable)
        self.returned_edit.setEnabled(editable)
        self.result_combo.setEnabled(editable)
        self.people_edit.setReadOnly(not editable)
        self.people_edit.setEnabled(editable)
        self.table.set_editable(editable)
        self.all_present_button.setVisible(editable)
        self.all_present_button.setEnabled(editable)
        self.keys_hint.setVisible(editable)

    def may(self, action: Action) -> bool:
        """Whether the signed-in person may take this step on this task (``domain.roles``): the
        buttons they may not use are hidden; the store refuses those steps anyway."""
        may = getattr(self.store, "may", None)
        if may is None:
            return True
        squads = self.story.squad_ids if self.story is not None else []
        return may(action, squads if action == Action.ATTENDANCE else None)

    def _show_buttons(self, status: TaskStatus | None) -> None:
        can_submit, can_review, can_reopen = (self.may(Action.ATTENDANCE), self.may(Action.REVIEW),
                                              self.may(Action.REOPEN))
        editable = status in EDITABLE
        self.submit_button.setVisible(editable and can_submit)
        self.cancel_task_button.setVisible(editable and can_review)
        self.approve_button.setVisible(status == TaskStatus.SUBMITTED and can_review)
        # an approved (or reopened) hand-in can be sent back to correct the attendance
        self.send_back_button.setVisible(status in (TaskStatus.SUBMITTED, TaskStatus.APPROVED) and can_review)
        self.archive_button.setVisible(status == TaskStatus.APPROVED and can_review)
        self.reopen_button.setVisible(status == TaskStatus.ARCHIVED and can_reopen)
        for each in (self.submit_button, self.cancel_task_button, self.approve_button, self.send_back_button,
                     self.archive_button, self.reopen_button):
            each.setEnabled(each.isVisibleTo(self))
        self.save_shortcut.setEnabled(editable and can_submit)

    def _show_banner(self, story) -> None:
        status = story.task.status
        last = story.reviews[-1] if story.reviews else None
        text, style = "", ""
        if status == TaskStatus.ARCHIVED:
            text = _t("已归档，只读。如需更正，请点“重新打开…”并写明原因。")
            if not self.may(Action.REOPEN):
                text = _t("已归档，只读。如需更正，请管理员写明原因重新打开。")
            style = READ_ONLY_STYLE
        elif status in EDITABLE and not self.may(Action.ATTENDANCE):
            text = _t("只有本任务所属分队的分队长或值班秘书可以交考勤。")
            style = READ_ONLY_STYLE
        elif status == TaskStatus.CANCELLED:
            text = _t("任务已取消，只读。")
            style = READ_ONLY_STYLE
        elif status == TaskStatus.RETURNED and last is not None and last.stage == "returned":
            text = _t("考勤被退回（{0}，{1}）：{2}。请修改后重新交考勤。").format(last.by, last.at, last.comment)
            style = "background:#fff3e0; color:#6b4500; padding:6px"
        elif status == TaskStatus.SUBMITTED:
            text = _t("考勤已交，待秘书组考核：核对无误点“考核通过”，有问题点“退回…”写明原因。")
            style = f"background:#fff3e0; color:{palette.TO_REVIEW.name()}; padding:6px"
        elif status == TaskStatus.APPROVED:
            text = _t("考核已通过，可以归档。")
            if last is not None and last.stage == "reopened":
                text = _t("已重新打开（{0}，{1}）：{2}").format(last.by, last.at, last.comment)
            style = f"background:#e8f5e9; color:{palette.DONE.name()}; padding:6px"
        self.banner.setText(text)
        self.banner.setStyleSheet(style)
        self.banner.setVisible(bool(text))

    def _on_tasks_changed(self) -> None:
        """Another window took a step on this task: show what it allows now (what is typed stays in
        the draft)."""
        try:
            task = self.store.tasks.get(self.task_id)
        except Exception:  # noqa: BLE001 (the store closed under us: the window is shutting down)
            return
        if task is not None and task.status != self.status:
            if task.status in EDITABLE:  # e.g. marked back elsewhere: what is typed goes on
                self.flush_draft()
            self._draft_timer.stop()
            self.reload()

    # --- typing ----------------------------------------------------------------------------------

    def _on_returned_changed(self, _moment) -> None:
        if self._loading:
            return
        self._update_default_hours()
        self._update_returned_hint()

    def _update_returned_hint(self) -> None:
        moment = self.returned_edit.moment()
        hours = default_hours(self.departure, format_when(moment)) if moment else None
        if moment is None:
            self.returned_hint.setText("")
        elif hours is None:
            self.returned_hint.setText(_t("早于出队时间？"))
        else:
            self.returned_hint.setText(_t("出队到返回 {0} 小时").format(hours_text(hours)))

    def default_row_hours(self) -> float | None:
        """Hours from departure to the return typed, where they are believable."""
        moment = self.returned_edit.moment()
        hours = default_hours(self.departure, format_when(moment)) if moment else None
        if hours is None or hours > LONGEST_TURN_OUT_HOURS:
            return None
        return hours

    def _update_default_hours(self) -> None:
        """Rows whose hours were not typed follow the return time (0 for someone absent)."""
        hours = self.default_row_hours()
        was_loading, self._loading = self._loading, True
        try:
            for row in range(self.table.rowCount()):
                item = self.table.item(row, COL_HOURS)
                if item.data(HOURS_TOUCHED):
                    continue
                absent = stored_text(self.table.item(row, COL_ATTENDANCE)) == "缺勤"
                item.setText("0" if absent else hours_text(hours))
        finally:
            self._loading = was_loading
        self._schedule_draft()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() == COL_HOURS:
            item.setData(HOURS_TOUCHED, bool(item.text().strip()))  # emptied: follows the return time again
            if not item.text().strip():
                self._update_default_hours()
        elif item.column() == COL_ATTENDANCE:
            hours = self.table.item(item.row(), COL_HOURS)
            if stored_text(item) == "缺勤":
                self._loading = True
                try:
                    hours.setText("0")
                    hours.setData(HOURS_TOUCHED, False)
                finally:
                    self._loading = False
            else:
                self._update_default_hours()
        self.errors.clear("entries")
        self._schedule_draft()

    def mark_all_present(self) -> None:
        """全部出勤: every member 出勤, hours as from the return time where not typed."""
        self._loading = True
        try:
            for row in range(self.table.rowCount()):
                self.table.item(row, COL_ATTENDANCE).setText("出勤")
                hours = self.table.item(row, COL_HOURS)
                if hours.text().strip() == "0":
                    hours.setData(HOURS_TOUCHED, False)
        finally:
            self._loading = False
        self._update_default_hours()
        self.errors.clear("entries")

    # --- drafts ------------------------------------------------------------------------------------

    def draft_data(self) -> dict:
        rows = []
        for row in range(self.table.rowCount()):
            hours = self.table.item(row, COL_HOURS)
            rows.append({"member_id": self._row_member(row), "role": stored_text(self.table.item(row, COL_ROLE)),
                         "attendance": stored_text(self.table.item(row, COL_ATTENDANCE)), "hours": hours.text(),
                         "hours_touched": bool(hours.data(HOURS_TOUCHED)),
                         "note": self.table.item(row, COL_NOTE).text()})
        return {"returned_at": self.returned_edit.text(), "result": self.result_combo.currentData() or "",
                "people_helped": self.people_edit.text(), "rows": rows}

    def _schedule_draft(self, *_args) -> None:
        if not self._loading and self.status in EDITABLE:
            self._draft_timer.start()

    def save_draft(self) -> None:
        """Keep what is typed (called by the timer as it is typed, and on closing)."""
        self._draft_timer.stop()
        if self.status not in EDITABLE:
            return
        try:
            self.store.flow.save_form_draft(DRAFT_FORM, draft_key(self.task_id), self.draft_data())
        except Exception:  # a draft is a convenience: never lose the form over it
            import logging

            logging.getLogger(__name__).exception("review draft not saved")

    def flush_draft(self) -> None:
        """Save the draft now if one is waiting for its timer (the window is closing)."""
        if self._draft_timer.isActive():
            self.save_draft()

    # --- the sheet ---------------------------------------------------------------------------------

    def sheet(self) -> tuple[ReviewSheet, dict[str, str]]:
        """The sheet as typed, and the messages for what cannot even be read (numbers)."""
        local: dict[str, str] = {}
        people_text = unicodedata.normalize("NFKC", self.people_edit.text()).strip()
        people = None
        if people_text:
            try:
                people = int(people_text)
            except ValueError:
                local["people_helped"] = _t("救助人数“{0}”不是整数，请填写数字（不详可留空）。").format(people_text)
        entries, problems = [], []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, COL_NAME).text()
            hours_value = unicodedata.normalize("NFKC", self.table.item(row, COL_HOURS).text()).strip()
            hours = None
            if hours_value:
                try:
                    hours = float(hours_value.replace("，", ".").rstrip("小时h"))
                except ValueError:
                    problems.append(_t("{0} 的时长“{1}”不是数字").format(name, hours_value))
            entries.append(AttendanceEntry(member_id=self._row_member(row),
                                           attendance=stored_text(self.table.item(row, COL_ATTENDANCE)), hours=hours,
                                           role=stored_text(self.table.item(row, COL_ROLE)),
                                           note=self.table.item(row, COL_NOTE).text().strip(), name=name))
        if problems:
            local["entries"] = "；".join(problems) + _t("。请填写小时数，例如 3 或 2.5。")
        returned = self.returned_edit.value_text() or None
        sheet = ReviewSheet(returned_at=returned, result=self.result_combo.currentData() or "", entries=entries,
                            people_helped=people)
        return sheet, local

    def _save_key(self) -> None:
        if self.submit_button.isVisible() and self.submit_button.isEnabled():
            self.submit()

    def submit(self) -> bool:
        """交考勤. True when handed in; otherwise the messages are beside the fields and nothing is written."""
        if self.status not in EDITABLE:
            return False
        self.returned_edit.normalise()
        self.table.commit_open_editor()  # a cell still being typed in (Ctrl+S before Enter)
        sheet, local = self.sheet()
        if local:
            listed = {self._row_member(r) for r in range(self.table.rowCount())}
            errors = {**validate_review(sheet, self.departure, listed, self.now()), **local}
            self.errors.show(self._ordered(errors))
            return False
        zero = self.zero_hours(sheet)
        if zero and not dialogs.ask_yes_no(self, _t("交考勤"), _t("{0} 记为出勤，时长却是 0 小时。\n确定这样交考勤吗？").format(
                _t("、").join(zero))):
            return False
        try:
            tasks.submit_attendance(self.store, self.context.session, self.task_id, sheet)
        except ReviewInvalid as exc:
            self.errors.show(self._ordered(exc.errors))
            return False
        except (WorkflowError, StoreError) as exc:
            self.errors.show({"": message(exc)})
            return False
        self.store.flow.discard_form_draft(DRAFT_FORM, draft_key(self.task_id))
        self._stepped()
        return True

    @staticmethod
    def _ordered(errors: dict[str, str]) -> dict[str, str]:
        return {k: errors[k] for k in sorted(errors, key=lambda k: FIELDS.index(k) if k in FIELDS else 99)}

    def _stepped(self) -> None:
        self.reload()
        self.changed.emit(self.task_id)
        # the keyboard goes on to the next step (考核通过 → 归档), or to 关闭 when this one is done
        following = next((b for b in (self.approve_button, self.archive_button) if b.isVisibleTo(self)),
                         self.close_button)
        following.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_window(self) -> None:
        """关闭: what is typed stays as a draft."""
        self.flush_draft()
        self.window().close()

    def zero_hours(self, sheet: ReviewSheet) -> list[str]:
        """Who is marked present (or late, or leaving early) with 0 hours: a slip more often than not."""
        return [e.name for e in sheet.entries if e.attendance in ("出勤", "迟到", "早退") and e.hours == 0]

    def _step(self, title: str, action: Callable[[], None]) -> bool:
        """Run one store step; its refusal is shown with the form's other messages (``FormErrors``:
        beside a field, or at the top)."""
        self.errors.clear()
        try:
            action()
        except ReviewInvalid as exc:
            self.errors.show(exc.errors, focus=False)
            return False
        except (WorkflowError, StoreError) as exc:
            self.errors.show({"": message(exc)}, focus=False)
            return False
        self._stepped()
        return True

    def _reason(self, title: str, label: str) -> str | None:
        return dialogs.ask_text(self, title, label)

    def approve(self) -> bool:
        return self._step(_t("考核通过"), lambda: tasks.approve(self.store, self.context.session, self.task_id))

    def send_back(self) -> bool:
        comment = self._reason(_t("退回考勤"), _t("请写明退回原因（队长会看到）："))
        if comment is None:
            return False
        return self._step(_t("退回考勤"),
                          lambda: tasks.send_back(self.store, self.context.session, self.task_id, comment))

    def archive(self) -> bool:
        if not dialogs.ask_yes_no(self, _t("归档"), _t("归档后任务为只读，更正须写明原因重新打开。确定归档吗？")):
            return False
        return self._step(_t("归档"), lambda: tasks.archive(self.store, self.context.session, self.task_id))

    def reopen(self) -> bool:
        reason = self._reason(_t("重新打开"), _t("请写明重新打开的原因（将记入历史）："))
        if reason is None:
            return False
        return self._step(_t("重新打开"), lambda: tasks.reopen(self.store, self.context.session, self.task_id, reason))

    def cancel_task(self) -> bool:
        reason = self._reason(_t("取消任务"), _t("请写明取消任务的原因，例如“人已找到，队伍返回”："))
        if reason is None:
            return False
        ok = self._step(_t("取消任务"), lambda: tasks.cancel(self.store, self.context.session, self.task_id, reason))
        if ok:
            self.store.flow.discard_form_draft(DRAFT_FORM, draft_key(self.task_id))
        return ok

    def error_text(self, name: str) -> str:
        """The message shown beside a field ('' when none): 'returned_at', 'result', 'people_helped',
        'entries', or 'comment' (a reason that was refused)."""
        if name in FIELDS:
            return self.errors.shown().get(name, "")
        return self.errors.message(name)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.flush_draft()
        super().closeEvent(event)


class ReviewDialog(QDialog):
    """The review form in its own window (not modal); Esc closes it, what is typed stays as a draft."""

    def __init__(self, context, task_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModal(False)
        self.setObjectName("ReviewDialog")
        self.context = context
        self.form = ReviewForm(context, task_id, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.form)
        self.setWindowTitle(self.form.windowTitle())
        self.form.changed.connect(lambda *_: self.setWindowTitle(self.form.windowTitle()))
        settings: QSettings = context.settings
        geometry = settings.value("review_dialog/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(820, 600)

    def done(self, result: int) -> None:
        self.form.flush_draft()
        self.context.settings.setValue("review_dialog/geometry", self.saveGeometry())
        super().done(result)


def open_review_form(context, task_id: int, parent: QWidget | None = None) -> ReviewDialog:
    """Show the review of a task in a window of its own (not modal) and return it."""
    dialog = ReviewDialog(context, task_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog


__all__ = ["DRAFT_FORM", "AttendanceTable", "ReviewDialog", "ReviewForm", "draft_key", "open_review_form"]
