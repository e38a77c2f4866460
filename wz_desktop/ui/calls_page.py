"""The 接报 page: the calls, filtered (待核实 first), and the forms that take and verify them.

Forms open in their own non-modal windows (:class:`FormWindow`, parented to the page), so the
secretary can keep the list in view, take a second call while verifying the first, and move a form
aside. Each call opens at most once: opening it again brings its window to the front.

Enter or a double click on a row opens it: a draft in the intake form, a logged call in the
verification form, a verified call asks for a dispatch (``dispatch_requested``), the others in
the verification form read-only (the call and its verifications).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QButtonGroup, QDialog, QHeaderView, QToolButton, QVBoxLayout, QWidget

from wz_desktop.domain.records import CallStatus
from wz_desktop.domain.workflow import Call
from wz_desktop.ui.call_form import CallForm
from wz_desktop.ui.call_model import CallTableModel, Column
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.forms import STRETCH, button, hbox, line_edit, text_label, vbox
from wz_desktop.ui.verify_form import VerifyForm
from wz_desktop.ui.widgets import OpeningTableView, fit_sections

WAITED_REFRESH_MS = 30_000
FILTERS = ("waiting", "verified", "dispatched", "closed", "drafts", "all")
DEFAULT_WIDTHS = {Column.RECEIVED: 128, Column.SOURCE: 96, Column.CALLER: 80, Column.PHONE: 110, Column.PLACE: 170,
                  Column.DESCRIPTION: 280, Column.STATUS: 56, Column.WAITED: 96}


class FormWindow(QDialog):
    """A non-modal window around a form (CallForm, VerifyForm, or any widget with ``close_requested``,
    ``may_close()`` and ``flush()``): takes the form's title, closes when the form asks, and lets the
    form keep its draft or refuse to close."""

    def __init__(self, form: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(form)
        self.setWindowTitle(form.windowTitle())
        form.windowTitleChanged.connect(self.setWindowTitle)
        form.close_requested.connect(self._close_asked)
        self._asked = False
        self.resize(max(520, form.sizeHint().width()), form.sizeHint().height())

    @Slot()
    def _close_asked(self) -> None:
        self._asked = True  # the form has asked the user already
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._asked and not self.form.may_close():
            event.ignore()
            return
        self._asked = True
        self.form.flush()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if not self._asked and not self.form.may_close():
            return
        self._asked = True
        self.form.flush()
        super().done(result)


class CallTableView(OpeningTableView):
    """Enter or a double click opens the current call."""


class CallsPage(QWidget):
    """The calls, filtered; 新来电; the forms' windows. Refreshes on ``context.calls_changed``.

    ``new_call()`` opens an empty intake form; ``open_call(id)`` opens a call by its status;
    ``dispatch_requested(id)`` asks the window to open the dispatch form for a verified call.
    """

    dispatch_requested = Signal(int)
    count_changed = Signal(int)  # calls waiting for verification, for the navigation's count

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 now_provider: Callable[[], dt.datetime] | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.now_provider = now_provider or dt.datetime.now
        self.windows: list[FormWindow] = []
        self.setObjectName("CallsPage")

        # --- filters ---
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str, QToolButton] = {}
        tips = {
            "waiting": self.tr("已登记、尚未核实的来电，最早的在前"),
            "verified": self.tr("核实属实、尚未出队的来电，最早的在前"),
            "dispatched": self.tr("已出队的来电"),
            "closed": self.tr("核实为不实、重复或已解除的来电（不生成任务，记录保留）"),
            "drafts": self.tr("尚未登记的草稿"),
            "all": self.tr("全部来电和草稿"),
        }
        for key in FILTERS:
            toggle = QToolButton(self)
            toggle.setObjectName(f"filter_{key}")
            toggle.setCheckable(True)
            toggle.setAutoRaise(True)
            toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toggle.setToolTip(tips[key])
            self.filter_group.addButton(toggle)
            self.filter_buttons[key] = toggle
        self.filter_buttons["waiting"].setChecked(True)
        self.search_edit = line_edit(self, name="callSearch", clear_button=True,
                                     placeholder=self.tr("搜索电话、求助人、地点、情况（Ctrl+F）"))
        self.search_edit.setToolTip(self.tr("在全部来电和草稿中查找，如一个号码以前的来电；按 Esc 清除"))
        self.search_edit.setMinimumWidth(220)
        self.count_label = text_label(self, name="countLabel")
        self.new_button = button(self.tr("新来电(&N)…"), self, name="newCallButton",
                                       tip=self.tr("登记一个新来电（Ctrl+N）"), clicked=self.new_call)
        bar = hbox(*self.filter_buttons.values(), STRETCH, self.search_edit, self.count_label, 12, self.new_button)

        # --- table ---
        self.model = CallTableModel(self, now_provider=self.now_provider)
        self.table = CallTableView(self)
        self.table.setObjectName("callTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.apply_default_widths()
        header.setSectionResizeMode(Column.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.empty_label = text_label(self, name="emptyLabel", style="color: #757575;")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        vbox(bar, (self.table, 1), self.empty_label, margins=(8, 8, 8, 4), parent=self)

        # --- behaviour ---
        self.filter_group.buttonToggled.connect(lambda button, checked: checked and self.reload())
        self.search_edit.textChanged.connect(lambda *_: self.reload())
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search_edit.clear)
        self.table.open_requested.connect(self.open_index)
        context.calls_changed.connect(self.reload)
        self.waited_timer = QTimer(self)
        self.waited_timer.setInterval(WAITED_REFRESH_MS)
        self.waited_timer.timeout.connect(self.model.refresh_waited)
        self.waited_timer.start()
        context.user_changed.connect(self.apply_role)
        self.apply_role()
        self.reload()

    @Slot()
    def apply_role(self) -> None:
        """Only those who may log calls see the button enabled (the store refuses the others anyway)."""
        allowed = self.store.may("calls")
        self.new_button.setEnabled(allowed)
        self.new_button.setToolTip(self.tr("登记一个新来电（Ctrl+N）") if allowed
                                   else self.tr("当前用户的角色不能登记来电"))

    # --- filters and rows --------------------------------------------------------------------------

    def current_filter(self) -> str:
        for key, toggle in self.filter_buttons.items():
            if toggle.isChecked():
                return key
        return "waiting"

    def set_filter(self, key: str) -> None:
        self.filter_buttons[key].setChecked(True)

    def calls_for(self, key: str) -> list[Call]:
        calls = self.store.calls
        if key == "waiting":
            return calls.waiting()
        if key == "verified":
            return calls.by_status(CallStatus.VERIFIED, newest_first=False)
        if key == "dispatched":
            return calls.by_status(CallStatus.DISPATCHED)
        if key == "closed":
            return calls.by_status(CallStatus.FALSE, CallStatus.DUPLICATE, CallStatus.RESOLVED)
        if key == "drafts":
            return calls.drafts()
        return calls.drafts() + calls.by_status()

    @Slot()
    def reload(self) -> None:
        """Read the calls again, keeping the current one selected."""
        current = self.current_call_id()
        key = self.current_filter()
        searched = self.search_edit.text().strip()
        calls = self.store.calls.search(searched) if searched else self.calls_for(key)
        self.model.set_calls(calls)
        waiting = self.store.calls.count_waiting()
        counts = {"waiting": waiting, "verified": len(self.store.calls.by_status(CallStatus.VERIFIED)),
                  "drafts": len(self.store.calls.drafts())}
        names = {"waiting": self.tr("待核实"), "verified": self.tr("待出队"), "dispatched": self.tr("已出队"),
                 "closed": self.tr("已结案"), "drafts": self.tr("草稿"), "all": self.tr("全部")}
        for name, toggle in self.filter_buttons.items():
            count = counts.get(name)
            toggle.setText(self.tr("{0}（{1}）").format(names[name], count) if count else names[name])
        self.count_label.setText(self.tr("找到 {0} 条").format(len(calls)) if searched
                                 else self.tr("共 {0} 条").format(len(calls)))
        empty = {
            "waiting": self.tr("没有等待核实的来电。按 Ctrl+N 登记新来电。"),
            "verified": self.tr("没有等待出队的来电。"),
            "dispatched": self.tr("还没有出队的来电。"),
            "closed": self.tr("没有结案的来电。"),
            "drafts": self.tr("没有草稿。"),
            "all": self.tr("还没有来电。按 Ctrl+N 登记新来电。"),
        }
        self.empty_label.setText(empty[key])
        self.empty_label.setVisible(not calls)
        row = self.model.row_of(current) if current is not None else -1
        self.select_row(max(row, 0))
        self.count_changed.emit(waiting)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def current_call_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.call_id(index.row()) if index.isValid() else None

    # --- opening -----------------------------------------------------------------------------------

    @Slot(QModelIndex)
    def open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_call(self.model.call_id(index.row()))

    def open_call(self, call_id: int | None) -> QWidget | None:
        """Open a call by what it waits for; returns the form shown (None for a dispatch request)."""
        if call_id is None:
            return None
        call = self.store.calls.get(call_id)
        if call is None:
            self.reload()
            return None
        if call.is_draft:
            return self.open_draft(call_id)
        if CallStatus(call.status) == CallStatus.VERIFIED:
            self.dispatch_requested.emit(call_id)
            return None
        return self.open_verification(call_id)

    def new_call(self) -> CallForm:
        """An empty intake form in a window of its own (several calls may be taken at once)."""
        form = CallForm(self.context, now_provider=self.now_provider)
        form.drafts_open_elsewhere = lambda form=form: {
            w.form.call_id for w in self.windows if isinstance(w.form, CallForm) and w.form is not form
            and w.form.call_id is not None}
        form.offer_draft()
        self._show(form)
        return form

    def open_draft(self, call_id: int) -> CallForm:
        existing = self.form_for(call_id, CallForm)
        if existing is not None:
            self._raise(existing)
            return existing
        form = CallForm(self.context, call_id=call_id, now_provider=self.now_provider)
        self._show(form)
        return form

    def open_verification(self, call_id: int) -> VerifyForm:
        existing = self.form_for(call_id, VerifyForm)
        if existing is not None:
            existing.reload()
            self._raise(existing)
            return existing
        form = VerifyForm(self.context, call_id, now_provider=self.now_provider)
        form.dispatch_requested.connect(self.dispatch_requested)
        self._show(form)
        return form

    def form_for(self, call_id: int, kind: type) -> QWidget | None:
        for window in self.windows:
            if isinstance(window.form, kind) and window.form.call_id == call_id:
                return window.form
        return None

    def open_forms(self) -> list[QWidget]:
        return [window.form for window in self.windows]

    def _show(self, form: QWidget) -> FormWindow:
        if isinstance(form, CallForm):
            form.verify_requested.connect(self.open_verification)
        window = FormWindow(form, self)
        window.finished.connect(lambda *args, w=window: self._forget(w))
        self.windows.append(window)
        window.show()
        window.raise_()
        window.activateWindow()
        if isinstance(form, CallForm):
            form.focus_first()
        return window

    def _raise(self, form: QWidget) -> None:
        window = form.window()
        window.show()
        window.raise_()
        window.activateWindow()

    def _forget(self, window: FormWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
            window.deleteLater()

    def flush_forms(self) -> None:
        """Save every open intake form's draft now (the window is closing)."""
        for window in list(self.windows):
            window.form.flush()

    # --- remembered between runs ---------------------------------------------------------------

    def apply_default_widths(self) -> None:
        from wz_desktop.domain.words import CALL_STATUSES
        from wz_desktop.ui.labels import call_status_word, vocabularies

        fit_sections(self.table, DEFAULT_WIDTHS, {Column.SOURCE: list(vocabularies()["call_source"].values()),
                                                  Column.STATUS: [call_status_word(code) for code in CALL_STATUSES]},
                     bold=True)

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("CallsPage/header", self.table.horizontalHeader().saveState())
        settings.setValue("CallsPage/filter", self.current_filter())

    def restore_settings(self, settings: QSettings) -> None:
        state = settings.value("CallsPage/header")
        if state is not None and not self.table.horizontalHeader().restoreState(state):
            self.apply_default_widths()
        key = settings.value("CallsPage/filter")
        if key in self.filter_buttons:
            self.set_filter(key)
