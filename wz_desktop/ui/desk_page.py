"""工作台: what waits now, live. Calls waiting for verification (oldest first, with how long they
have waited), calls verified and waiting for dispatch, tasks under way, tasks waiting for their
attendance, approval or archive, and certifications about to expire. Each line opens its record.
Above them, a red line for each missing-person notice (寻人启事) still out for a case already closed
(``store.cases.notices_to_withdraw``): it opens the notice's window, where it is marked withdrawn."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.domain.records import TaskStatus
from wz_desktop.domain.roles import Action
from wz_desktop.domain.workflow import parse_moment
from wz_desktop.ui import palette
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.call_model import call_place
from wz_desktop.ui.labels import kind_label, status_label, word
from wz_desktop.ui.notice_dialog import NoticeDialog

EXPIRY_WARNING_DAYS = 30
DESK_TABLES = ("calls", "tasks", "task_squads", "members", "certifications", "squads", "cases", "missing_persons")
REMINDER_STYLE = ("QFrame#noticeReminders { background: #fdecea; border: 1px solid #c62828; border-radius: 4px; }"
                  " QPushButton { color: #8e1b1b; font-weight: bold; text-align: left; border: none; padding: 2px; }"
                  " QPushButton:focus { text-decoration: underline; }")
ROLE = Qt.ItemDataRole.UserRole


def _t(text: str) -> str:
    return QCoreApplication.translate("DeskPage", text)


def waited_text(since: str | None, now: dt.datetime) -> str:
    """'12 分钟', '2 小时 5 分', '3 天 4 小时': how long something has waited."""
    start = parse_moment(since)
    if start is None:
        return ""
    minutes = max(0, int((now - start).total_seconds() // 60))
    if minutes < 60:
        return _t("{0} 分钟").format(minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return _t("{0} 小时 {1} 分").format(hours, minutes)
    days, hours = divmod(hours, 24)
    return _t("{0} 天 {1} 小时").format(days, hours)


class DeskList(QTreeWidget):
    """One list of the desk; Enter or a double click opens the line's record."""

    activated_record = Signal(str, int)  # what ('call', 'dispatch', 'task', 'review', 'member'), id

    def __init__(self, headers: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(self._on_activated)

    def _on_activated(self, item: QTreeWidgetItem, column: int) -> None:
        what, record_id = item.data(0, ROLE)
        self.activated_record.emit(what, record_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self._on_activated(self.currentItem(), 0)
            return
        super().keyPressEvent(event)

    def fill(self, rows: list[tuple[tuple[str, int], list[str], object]]) -> None:
        """rows: ((what, id), cell texts, colour or None)."""
        current = self.currentItem().data(0, ROLE) if self.currentItem() is not None else None
        self.clear()
        for key, cells, colour in rows:
            item = QTreeWidgetItem(cells)
            item.setData(0, ROLE, key)
            if colour is not None:
                item.setForeground(0, QBrush(colour))
            self.addTopLevelItem(item)
            if key == current:
                self.setCurrentItem(item)
        for column in range(self.columnCount()):
            self.resizeColumnToContents(column)


class DeskPage(QWidget):
    """The desk. Signals ask the window to open a record; the page itself never changes data."""

    open_call = Signal(int)  # a waiting call: verify it
    dispatch_call = Signal(int)  # a verified call: dispatch it
    open_task = Signal(int)  # a task under way: its page
    review_task = Signal(int)  # a task waiting for attendance, approval or archive
    open_member = Signal(int)  # a member whose certificate runs out
    counts_changed = Signal(int)  # how many things wait (for the navigation column)
    alert_dropped = Signal(str)  # text dropped on the desk: a new call, the text pasted as an alert

    def __init__(self, context: AppContext, parent: QWidget | None = None, now=None):
        super().__init__(parent)
        self.context = context
        self.now = now or dt.datetime.now  # tests give a fixed clock
        self.setObjectName("deskPage")
        self.setAcceptDrops(True)  # an alert's text dropped here opens a new call with it read
        self.calls_list = DeskList([_t("接报时间"), _t("已等待"), _t("来源"), _t("地点"), _t("情况")], self)
        self.verified_list = DeskList([_t("接报时间"), _t("已等待"), _t("来源"), _t("地点"), _t("情况")], self)
        self.out_list = DeskList([_t("出队时间"), _t("已出队"), _t("事件编号"), _t("类别"), _t("分队"), _t("摘要")], self)
        self.review_list = DeskList([_t("状态"), _t("出队时间"), _t("事件编号"), _t("分队"), _t("摘要")], self)
        self.expiry_list = DeskList([_t("到期日"), _t("队员"), _t("证书")], self)
        for name, widget in (("callsList", self.calls_list), ("verifiedList", self.verified_list),
                             ("outList", self.out_list), ("reviewList", self.review_list),
                             ("expiryList", self.expiry_list)):
            widget.setObjectName(name)
            widget.activated_record.connect(self._open)
        self.boxes: dict[str, QGroupBox] = {}
        grid = QGridLayout()
        grid.addWidget(self._box("calls", self.calls_list), 0, 0)
        grid.addWidget(self._box("verified", self.verified_list), 0, 1)
        grid.addWidget(self._box("out", self.out_list), 1, 0)
        grid.addWidget(self._box("review", self.review_list), 1, 1)
        grid.addWidget(self._box("expiry", self.expiry_list), 2, 0, 1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 1)
        self.reminders = QFrame(self)  # notices to withdraw: one button a case
        self.reminders.setObjectName("noticeReminders")
        self.reminders.setStyleSheet(REMINDER_STYLE)
        self.reminders_layout = QVBoxLayout(self.reminders)
        self.reminders_layout.setContentsMargins(6, 4, 6, 4)
        self.reminder_buttons: list[QPushButton] = []
        self.reminders.hide()
        self.hint = QLabel(_t("回车或双击打开一行。Ctrl+N 新来电，F5 刷新。把警情的文字拖到这里：新来电，读入警情。"), self)
        self.hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminders)
        layout.addLayout(grid, 1)
        layout.addWidget(self.hint)
        self.timer = QTimer(self)  # waiting times move on by themselves
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        context.changed.connect(self._on_changed)
        self.reload()

    def _box(self, key: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(self)
        box.setObjectName(key + "Box")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(widget)
        self.boxes[key] = box
        return box

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasText() and event.mimeData().text().strip():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        text = event.mimeData().text() if event.mimeData().hasText() else ""
        if not text.strip():
            event.ignore()
            return
        event.acceptProposedAction()
        self.alert_dropped.emit(text)

    @Slot()
    def _tick(self) -> None:
        """The waiting times move on; a window left behind on a closed database stops ticking."""
        if not self.context.store.is_open:  # the database was closed (the application is ending)
            self.timer.stop()
            return
        self.reload()

    @Slot(object)
    def _on_changed(self, changes) -> None:
        """Once per change, whoever made it (this window, a background import, another copy)."""
        if changes.touches(*DESK_TABLES):
            self.reload()

    @Slot()
    def reload(self) -> None:
        store = self.context.store
        # the keys said are the ones this user has: a squad leader logs no calls
        self.hint.setText(_t("回车或双击打开一行。Ctrl+N 新来电，F5 刷新。把警情的文字拖到这里：新来电，读入警情。")
                          if self.context.session.may(Action.CALLS) else _t("回车或双击打开一行。F5 刷新。"))
        now = self.now()
        waiting = store.calls.waiting()
        self.calls_list.fill([(("call", c.id), [c.received_at or "", waited_text(c.received_at, now), word(c.source),
                                                 call_place(c), c.description],
                               palette.TO_REVIEW) for c in waiting])
        verified = list(reversed(store.calls.by_status("verified")))  # oldest first
        self.verified_list.fill([(("dispatch", c.id), [c.received_at or "", waited_text(c.received_at, now), word(c.source),
                                                        call_place(c), c.description],
                                  palette.UNDER_WAY) for c in verified])
        out = store.flow.with_status(TaskStatus.DISPATCHED)
        self.out_list.fill([(("task", t.id), [t.departure or "", waited_text(t.departure, now), t.event_no,
                                              kind_label(t.kind), t.squads, t.summary], palette.UNDER_WAY)
                            for t in out])
        order = [TaskStatus.RETURNED, TaskStatus.SUBMITTED, TaskStatus.APPROVED]  # the list's words (status_label)
        review = store.flow.with_status(*order)
        review.sort(key=lambda t: (order.index(t.status), t.departure or "", t.id))
        self.review_list.fill([(("review", t.id), [status_label(t.status), t.departure or "", t.event_no, t.squads,
                                                   t.summary],
                                palette.STATUS_COLORS[t.status]) for t in review])
        today = now.date()
        expiring = store.roster.expiring(today + dt.timedelta(days=EXPIRY_WARNING_DAYS), since=today)
        self.expiry_list.fill([(("member", member.id), [cert.expires_on or "", member.name, cert.name], None)
                               for cert, member in expiring])
        titles = {"calls": _t("待核实来电（{0}）"), "verified": _t("已核实，待出队（{0}）"), "out": _t("出队中（{0}）"),
                  "review": _t("待考勤、考核、归档（{0}）"), "expiry": _t("{0} 天内到期的证书（{1}）")}
        self.boxes["calls"].setTitle(titles["calls"].format(len(waiting)))
        self.boxes["verified"].setTitle(titles["verified"].format(len(verified)))
        self.boxes["out"].setTitle(titles["out"].format(len(out)))
        self.boxes["review"].setTitle(titles["review"].format(len(review)))
        self.boxes["expiry"].setTitle(titles["expiry"].format(EXPIRY_WARNING_DAYS, self.expiry_list.topLevelItemCount()))
        self._fill_reminders(store.cases.notices_to_withdraw())
        self._waiting_total = len(waiting) + len(verified) + len(review)
        self.counts_changed.emit(self._waiting_total)

    def _fill_reminders(self, notices: list[tuple[int, str]]) -> None:
        """One line a notice still out for a closed case; a click or the space bar opens its window."""
        shown = [(b.property("caseId"), b.text()) for b in self.reminder_buttons]
        wanted = [(case_id, _t("寻人启事仍在发布，案件已结束（{1}）：请撤回 — {0}").format(title, self._outcome(case_id)))
                  for case_id, title in notices]
        if shown == wanted:
            return
        for old in self.reminder_buttons:
            old.setParent(None)
            old.deleteLater()
        self.reminder_buttons = []
        for case_id, text in wanted:
            reminder = QPushButton(text, self.reminders)
            reminder.setObjectName(f"noticeReminder{case_id}")
            reminder.setProperty("caseId", case_id)
            reminder.setCursor(Qt.CursorShape.PointingHandCursor)
            reminder.clicked.connect(lambda _checked=False, c=case_id: self.open_notice(c))
            self.reminders_layout.addWidget(reminder)
            self.reminder_buttons.append(reminder)
        self.reminders.setVisible(bool(wanted))

    def _outcome(self, case_id: int) -> str:
        person = self.context.store.cases.person(case_id)
        return word(person.outcome) if person is not None else ""

    def open_notice(self, case_id: int) -> None:
        """The notice's window of a case (modal, as the case form opens it)."""
        NoticeDialog(self.context, case_id, self).exec()

    def _open(self, what: str, record_id: int) -> None:
        {"call": self.open_call, "dispatch": self.dispatch_call, "task": self.open_task,
         "review": self.review_task, "member": self.open_member}[what].emit(record_id)

    def waiting_count(self) -> int:
        return self.calls_list.topLevelItemCount()

    def waiting_total(self) -> int:
        """Calls to verify, calls to dispatch, tasks to review: what the navigation counts."""
        return self._waiting_total
