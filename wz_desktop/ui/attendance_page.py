"""The 出勤 page: attendance for squad leaders, in four views under one filter bar.

Filters at the top (period, squad, kind); the views in tabs: 按队员 (each member's figures), 按分队
(each squad's load), 队员记录 (one member's tasks), 久未出队 (who has not turned out since a day).
Every figure comes from ``context.store.attendance`` (SQL, no SQL here); the tables and the export
are built by the same functions (``workbook.attendance``), so "导出 Excel…" writes what the view
shows, in its order, with the filters and the note on what the figures count from above it.

Only the visible view is recomputed when a filter or the data change; the others are marked stale
and recomputed when shown. "Today" (for 本月, 上季度 …) comes from an injectable clock; on the demo
database it is the demo's own last day.
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from wz_desktop.domain import attendance as periods
from wz_desktop.domain.kinds import TaskKind
from wz_desktop.services import attendance
from wz_desktop.services.session import Session
from wz_desktop.ui import dialogs
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.forms import STRETCH, hbox, line_edit, text_label, vbox
from wz_desktop.ui.labels import kinds_in_order
from wz_desktop.ui.settings import save_folder
from wz_desktop.ui.texts import message
from wz_desktop.workbook import attendance as sheets
from wz_desktop.workbook.attendance import AttendanceExportError, Sheet, Table

log = logging.getLogger(__name__)

TAB_MEMBERS, TAB_SQUADS, TAB_HISTORY, TAB_INACTIVE = range(4)
TAB_KEYS = ("members", "squads", "history", "inactive")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
INACTIVE_MONTHS = 3  # 久未出队: no turn-out for this many months before the period's end


def _t(text: str) -> str:
    return QCoreApplication.translate("AttendancePage", text)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class FigureModel(QAbstractTableModel):
    """A :class:`workbook.attendance.Table` shown as it is (the same rows go to the export)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = Table([])

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.table.columns)

    def key(self, row: int) -> int | None:
        return self.table.keys[row] if 0 <= row < len(self.table.keys) else None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.table.rows[index.row()][index.column()]
        column = self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return sheets.display_text(value, column.kind)
        if role == SORT_ROLE:
            if column.kind in (sheets.COUNT, sheets.HOURS, sheets.SHARE):
                return float(value or 0)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in (sheets.COUNT, sheets.HOURS, sheets.SHARE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.table.columns):
                return _t(self.table.columns[section].title)
        return None


class FigureView(QTableView):
    """A sortable table of figures; Enter or a double click asks to open the row's record."""

    open_requested = Signal(int)  # the row's key (member or task id)

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.figures = FigureModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.figures)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)
        self.setModel(self.proxy)
        # the store's order (most turn-outs first …) until a header is clicked
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(False)
        header.setHighlightSections(False)
        self.doubleClicked.connect(self._open)
        self._widths_set = False

    def set_table(self, table: Table) -> None:
        self.figures.set_table(table)
        if not self._widths_set and table.columns:
            metrics = self.fontMetrics()
            header = self.horizontalHeader().fontMetrics()
            for col, column in enumerate(table.columns):
                title = str(self.figures.headerData(col, Qt.Orientation.Horizontal) or "")
                # at least its title: English titles ("Urban search", "Left early") are wider than the Chinese
                self.setColumnWidth(col, max(48, metrics.horizontalAdvance("中") * column.width // 2 + 16,
                                             header.horizontalAdvance(title) + 16))
            self._widths_set = True

    def shown_table(self) -> Table:
        """The rows as the view shows them now (its sort order)."""
        table = self.figures.table
        out = Table(table.columns)
        for r in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            out.rows.append(table.rows[source])
            out.keys.append(table.keys[source])
        return out

    def key_at(self, proxy_row: int) -> int | None:
        index = self.proxy.index(proxy_row, 0)
        if not index.isValid():
            return None
        return self.figures.key(self.proxy.mapToSource(index).row())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        key = self.key_at(index.row())
        if key is not None:
            self.open_requested.emit(key)


class AttendancePage(QWidget):
    """出勤统计 for squad leaders. ``today``: the clock for the quick periods (default: the demo's
    last day on the demo database, else the computer's date)."""

    member_shown = Signal(int)  # the member whose history the 队员记录 view shows now
    exported = Signal(object)  # the Path written

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] | None = None):
        super().__init__(parent)
        self.setObjectName("AttendancePage")
        self.context = context
        self.store = context.store
        self.today = today or self._default_today
        self.member_id: int | None = None
        self.stale = {key: True for key in TAB_KEYS}
        self.coverage = None

        # --- filters ---
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("periodCombo")
        for key, text in ((periods.PERIOD_THIS_MONTH, _t("本月")), (periods.PERIOD_LAST_MONTH, _t("上月")),
                          (periods.PERIOD_THIS_QUARTER, _t("本季度")), (periods.PERIOD_LAST_QUARTER, _t("上季度")),
                          (periods.PERIOD_THIS_YEAR, _t("今年")), (periods.PERIOD_LAST_YEAR, _t("去年")),
                          (periods.PERIOD_ALL, _t("全部")), (periods.PERIOD_CUSTOM, _t("自定义"))):
            self.period_combo.addItem(text, key)
        self.period_combo.setToolTip(_t("统计的时间段；选“自定义”后可填起止日期"))
        self.since_edit = QDateEdit(self)
        self.since_edit.setObjectName("sinceEdit")
        self.until_edit = QDateEdit(self)
        self.until_edit.setObjectName("untilEdit")
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.squad_combo = QComboBox(self)
        self.squad_combo.setObjectName("squadCombo")
        self.squad_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.addItem(_t("全部类别"), None)
        for kind, label in kinds_in_order():
            self.kind_combo.addItem(label, kind.value)
        self.export_button = QPushButton(_t("导出 Excel…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(_t("把当前视图（含筛选条件和统计口径说明）导出为 Excel 工作簿（Ctrl+E）"))
        self.export_button.setShortcut("Ctrl+E")

        period_label = QLabel(_t("时间(&T)"), self)
        period_label.setBuddy(self.period_combo)
        squad_label = QLabel(_t("分队(&D)"), self)
        squad_label.setBuddy(self.squad_combo)
        kind_label = QLabel(_t("类别(&K)"), self)
        kind_label.setBuddy(self.kind_combo)
        bar = hbox(period_label, self.period_combo, self.since_edit, QLabel("—", self), self.until_edit, 12,
                   squad_label, self.squad_combo, 12, kind_label, self.kind_combo, STRETCH, self.export_button)
        self.note_label = text_label(self, name="noteLabel", wrap=True, style="color: palette(mid);")

        # --- views ---
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("attendanceTabs")
        self.member_table = FigureView("memberTable", self)
        self.squad_table = FigureView("squadTable", self)
        self.history_table = FigureView("historyTable", self)
        self.inactive_table = FigureView("inactiveTable", self)
        self.member_count = QLabel(self)
        self.squad_count = QLabel(self)
        self.history_count = QLabel(self)
        self.inactive_count = QLabel(self)

        members_tab = QWidget(self)
        vbox((self.member_table, 1),
             hbox(self.member_count, STRETCH, QLabel(_t("双击一名队员查看其出队记录。"), members_tab)), parent=members_tab)
        squads_tab = QWidget(self)
        vbox((self.squad_table, 1), self.squad_count, parent=squads_tab)

        history_tab = QWidget(self)
        self.member_search = line_edit(history_tab, name="memberSearch", clear_button=True,
                                       placeholder=_t("输入姓名、编号或电话查找队员（Ctrl+F）"))
        self.member_choice = QComboBox(history_tab)
        self.member_choice.setObjectName("memberChoice")
        self.member_choice.setMinimumWidth(260)
        self.member_label = text_label(history_tab, name="memberLabel")
        search_label = QLabel(_t("队员(&M)"), history_tab)
        search_label.setBuddy(self.member_search)
        vbox(hbox(search_label, (self.member_search, 1), (self.member_choice, 1)), self.member_label,
             (self.history_table, 1), self.history_count, parent=history_tab)

        inactive_tab = QWidget(self)
        self.quiet_since_edit = QDateEdit(inactive_tab)
        self.quiet_since_edit.setObjectName("quietSinceEdit")
        self.quiet_since_edit.setCalendarPopup(True)
        self.quiet_since_edit.setDisplayFormat("yyyy-MM-dd")
        quiet_label = QLabel(_t("自此日起没有出队(&S)"), inactive_tab)
        quiet_label.setBuddy(self.quiet_since_edit)
        self.quiet_hint = QLabel(inactive_tab)
        vbox(hbox(quiet_label, self.quiet_since_edit, (self.quiet_hint, 1)), (self.inactive_table, 1),
             self.inactive_count, parent=inactive_tab)

        self.tabs.addTab(members_tab, _t("按队员"))
        self.tabs.addTab(squads_tab, _t("按分队"))
        self.tabs.addTab(history_tab, _t("队员记录"))
        self.tabs.addTab(inactive_tab, _t("久未出队"))
        vbox(bar, self.note_label, (self.tabs, 1), margins=(8, 8, 8, 4), parent=self)

        # --- behaviour ---
        self._quiet_touched = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._find_members)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.since_edit.dateChanged.connect(self._dates_edited)
        self.until_edit.dateChanged.connect(self._dates_edited)
        self.squad_combo.currentIndexChanged.connect(self._filters_changed)
        self.kind_combo.currentIndexChanged.connect(self._filters_changed)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.member_table.open_requested.connect(self.show_member)
        self.inactive_table.open_requested.connect(self.show_member)
        self.history_table.open_requested.connect(self.context.open_task_requested.emit)
        self.member_search.textChanged.connect(lambda _text: self._search_timer.start())
        self.member_search.returnPressed.connect(self._search_now)
        self.member_choice.activated.connect(self._member_chosen)
        self.quiet_since_edit.dateChanged.connect(self._quiet_edited)
        context.tasks_changed.connect(self.reload)
        context.roster_changed.connect(self.reload)

        self._loading = True
        self.reload_squads()
        self.period_combo.setCurrentIndex(self.period_combo.findData(periods.PERIOD_LAST_QUARTER))
        self._apply_quick_period()
        self._loading = False
        self.reload()

    # --- the clock, and what the figures count from --------------------------------------------

    def _default_today(self) -> dt.date:
        demo_day = self.store.database.get_setting("demo_as_of")
        if demo_day:
            try:
                return dt.date.fromisoformat(demo_day[:10])
            except ValueError:
                pass
        return dt.date.today()

    def note_text(self) -> str:
        """What the figures count from, from the data's own dates (``domain.attendance.coverage_note``)."""
        c = self.coverage
        return "" if c is None else message(periods.coverage_note(c.first_named_day, c.first_task_day))

    # --- filters -------------------------------------------------------------------------------

    def reload_squads(self) -> None:
        chosen = self.squad_combo.currentData()
        self.squad_combo.blockSignals(True)
        try:
            self.squad_combo.clear()
            self.squad_combo.addItem(_t("全部分队"), None)
            for squad in self.store.roster.squads():
                self.squad_combo.addItem(squad.name if squad.active else _t("{0}（已撤销）").format(squad.name),
                                         squad.id)
            index = self.squad_combo.findData(chosen) if chosen is not None else 0
            self.squad_combo.setCurrentIndex(max(index, 0))
        finally:
            self.squad_combo.blockSignals(False)

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        """The chosen period's first and last day (both included); (None, None) for 全部."""
        key = self.period_combo.currentData()
        if key == periods.PERIOD_ALL:
            return None, None
        if key == periods.PERIOD_CUSTOM:
            since, until = _pydate(self.since_edit.date()), _pydate(self.until_edit.date())
            return (since, until) if since <= until else (until, since)
        return periods.quick_period(key, self.today())

    def squad_id(self) -> int | None:
        return self.squad_combo.currentData()

    def kind(self) -> str | None:
        return self.kind_combo.currentData()

    def set_period(self, since: dt.date | str | None, until: dt.date | str | None) -> None:
        """Show a period of one's own (自定义); both None: 全部."""
        if since is None and until is None:
            self.set_period_choice(periods.PERIOD_ALL)
            return
        since = dt.date.fromisoformat(str(since)[:10]) if since is not None else dt.date(2000, 1, 1)
        until = dt.date.fromisoformat(str(until)[:10]) if until is not None else self.today()
        self._loading = True
        try:
            self.period_combo.setCurrentIndex(self.period_combo.findData(periods.PERIOD_CUSTOM))
            self.since_edit.setDate(_qdate(since))
            self.until_edit.setDate(_qdate(until))
        finally:
            self._loading = False
        self._update_date_edits()
        self._filters_changed()

    def set_period_choice(self, key: str) -> None:
        """One of the quick periods (``domain.attendance.PERIOD_*``)."""
        index = self.period_combo.findData(key)
        if index < 0:
            raise ValueError(key)
        if index == self.period_combo.currentIndex():
            self._period_chosen()
        else:
            self.period_combo.setCurrentIndex(index)

    def set_squad(self, squad_id: int | None) -> None:
        index = self.squad_combo.findData(squad_id) if squad_id is not None else 0
        if index >= 0:
            self.squad_combo.setCurrentIndex(index)

    def set_kind(self, kind: TaskKind | str | None) -> None:
        value = getattr(kind, "value", kind)
        index = self.kind_combo.findData(value) if value is not None else 0
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)

    def _apply_quick_period(self) -> None:
        key = self.period_combo.currentData()
        if key not in (periods.PERIOD_CUSTOM, periods.PERIOD_ALL):
            since, until = periods.quick_period(key, self.today())
            self.since_edit.blockSignals(True)
            self.until_edit.blockSignals(True)
            self.since_edit.setDate(_qdate(since))
            self.until_edit.setDate(_qdate(until))
            self.since_edit.blockSignals(False)
            self.until_edit.blockSignals(False)
        self._update_date_edits()

    def _update_date_edits(self) -> None:
        key = self.period_combo.currentData()
        custom = key == periods.PERIOD_CUSTOM
        for edit in (self.since_edit, self.until_edit):
            edit.setEnabled(custom)
            edit.setVisible(key != periods.PERIOD_ALL)

    @Slot()
    def _period_chosen(self) -> None:
        self._apply_quick_period()
        self._filters_changed()

    @Slot()
    def _dates_edited(self) -> None:
        if self.period_combo.currentData() == periods.PERIOD_CUSTOM:
            self._filters_changed()

    @Slot()
    def _filters_changed(self) -> None:
        if self._loading:
            return
        if not self._quiet_touched:
            self._set_quiet_default()
        for key in TAB_KEYS:
            self.stale[key] = True
        self._refresh_current()

    def _set_quiet_default(self) -> None:
        """久未出队: since three months before the period's end (or before the data's last day)."""
        _since, until = self.period()
        end = until or (dt.date.fromisoformat(self.coverage.last_named_day) if self.coverage
                        and self.coverage.last_named_day else self.today())
        self.quiet_since_edit.blockSignals(True)
        self.quiet_since_edit.setDate(_qdate(periods.months_before(end, INACTIVE_MONTHS)))
        self.quiet_since_edit.blockSignals(False)

    def quiet_since(self) -> dt.date:
        return _pydate(self.quiet_since_edit.date())

    def set_quiet_since(self, day: dt.date | str) -> None:
        self._quiet_touched = True
        self.quiet_since_edit.setDate(_qdate(dt.date.fromisoformat(str(day)[:10])))

    @Slot()
    def _quiet_edited(self) -> None:
        self._quiet_touched = True
        self.stale["inactive"] = True
        self._refresh_current()

    # --- refreshing ------------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Read the database again (F5, after a change), keeping the filters."""
        self.coverage = self.store.attendance.coverage()
        self.note_label.setText(self.note_text())
        self.reload_squads()
        if not self._quiet_touched:
            self._set_quiet_default()
        for key in TAB_KEYS:
            self.stale[key] = True
        self._refresh_current()

    @Slot(int)
    def _tab_shown(self, _index: int) -> None:
        self._refresh_current()

    def _refresh_current(self) -> None:
        key = TAB_KEYS[self.tabs.currentIndex()]
        if not self.stale[key]:
            return
        self.stale[key] = False
        try:
            getattr(self, f"_refresh_{key}")()
        except Exception as exc:  # a fault of ours: say so beside the table, keep the details in the log
            log.exception("attendance view %s", key)
            self.note_label.setText(_t("统计出错（{0}），详细信息已写入日志。").format(exc))

    def _refresh_members(self) -> None:
        since, until = self.period()
        rows = attendance.members(self.store, since, until, squad_id=self.squad_id(), kind=self.kind())
        self.member_table.set_table(sheets.member_table(rows))
        attended = sum(1 for r in rows if r.tasks)
        self.member_count.setText(_t("共 {0} 名队员，其中 {1} 名出勤，出勤 {2} 人次，{3:.1f} 小时").format(
            len(rows), attended, sum(r.tasks for r in rows), sum(r.hours for r in rows)))
        if not rows:
            self.member_count.setText(_t("这段时间没有按人员的考勤记录。请换一个时间段或分队。"))

    def _refresh_squads(self) -> None:
        since, until = self.period()
        rows = attendance.squads(self.store, since, until, squad_id=self.squad_id(), kind=self.kind())
        self.squad_table.set_table(sheets.squad_table(rows))
        period_tasks = rows[0].period_tasks if rows else 0
        if rows:
            self.squad_count.setText(_t("共 {0} 个分队；这段时间共 {1} 次出队（一次出队可有几个分队参加，占比之和可超过 100%）")
                                     .format(len(rows), f"{period_tasks:,}"))
        else:
            self.squad_count.setText(_t("这段时间没有出队记录。"))

    def _refresh_history(self) -> None:
        if self.member_id is None:
            self.history_table.set_table(sheets.history_table([]))
            self.member_label.setText(_t("在上面输入姓名、编号或电话选择一名队员；在“按队员”中双击一名队员也可以。"))
            self.history_count.setText("")
            return
        member = self.store.roster.member(self.member_id)
        since, until = self.period()
        rows = self.store.attendance.member_history(self.member_id, since, until)
        kind = self.kind()
        if kind is not None:
            rows = [h for h in rows if h.kind == kind]
        self.history_table.set_table(sheets.history_table(rows))
        if member is None:
            self.member_label.setText(_t("这名队员已不在名册中。"))
        else:
            squad = next((s.name for s in self.store.roster.squads() if s.id == member.squad_id), "")
            self.member_label.setText(_t("{0}（{1}，{2}）的出队记录").format(
                member.name, member.code or _t("无编号"), squad or _t("未分队")))
        attended = [h for h in rows if h.attendance in ("出勤", "迟到", "早退")]
        self.history_count.setText(_t("共 {0} 次，其中出勤 {1} 次，{2:.1f} 小时").format(
            len(rows), len(attended), sum(h.hours or 0 for h in attended)))

    def _refresh_inactive(self) -> None:
        rows = self.store.attendance.inactive_members(self.quiet_since(), squad_id=self.squad_id())
        self.inactive_table.set_table(sheets.inactive_table(rows))
        never = sum(1 for r in rows if r.last_turnout is None)
        self.inactive_count.setText(_t("共 {0} 名在册队员自 {1} 起没有出队，其中 {2} 名从未出队（只算按人员的考勤记录）")
                                    .format(len(rows), self.quiet_since().isoformat(), never))
        self.quiet_hint.setText(_t("按分队筛选；不按时间段和类别筛选"))

    # --- one member --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: find a member for the 队员记录 view."""
        self.tabs.setCurrentIndex(TAB_HISTORY)
        self.member_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.member_search.selectAll()

    @Slot()
    def _search_now(self) -> None:
        self._search_timer.stop()
        self._find_members()
        if self.member_choice.count():
            self._member_chosen(0)

    @Slot()
    def _find_members(self) -> None:
        text = self.member_search.text().strip()
        self.member_choice.clear()
        if not text:
            return
        names = {s.id: s.name for s in self.store.roster.squads()}
        for m in self.store.roster.find_members(text, limit=30):
            label = _t("{0}（{1}，{2}）").format(m.name, m.code or _t("无编号"), names.get(m.squad_id, _t("未分队")))
            if not m.active:
                label += _t(" 已离队")
            self.member_choice.addItem(label, m.id)
        if self.member_choice.count() == 1:
            self._member_chosen(0)

    @Slot(int)
    def _member_chosen(self, index: int) -> None:
        member_id = self.member_choice.itemData(index)
        if member_id is not None:
            self.show_member(int(member_id))

    @Slot(int)
    def show_member(self, member_id: int) -> None:
        """Show one member's history (the 队员记录 view) for the chosen period."""
        self.member_id = member_id
        self.stale["history"] = True
        if self.tabs.currentIndex() != TAB_HISTORY:
            self.tabs.setCurrentIndex(TAB_HISTORY)  # refreshes it
        else:
            self._refresh_current()
        self.member_shown.emit(member_id)

    # --- export ----------------------------------------------------------------------------------

    def current_view(self) -> FigureView:
        return (self.member_table, self.squad_table, self.history_table, self.inactive_table)[self.tabs.currentIndex()]

    def current_sheet(self) -> Sheet:
        """The visible view as a sheet: its rows in the order shown, the filters, the note."""
        self._refresh_current()
        index = self.tabs.currentIndex()
        since, until = self.period()
        squad = self.squad_combo.currentText() if self.squad_id() is not None else _t("全部分队")
        kind = self.kind_combo.currentText()
        period = message(periods.period_text(since, until))
        choice = self.period_combo.currentText()
        if self.period_combo.currentData() not in (periods.PERIOD_CUSTOM, periods.PERIOD_ALL):
            period = f"{choice}（{period}）"
        filters = [(_t("时间"), period), (_t("分队"), squad), (_t("类别"), kind)]
        titles = [_t("按队员出勤统计"), _t("按分队出勤统计"), _t("队员出队记录"), _t("久未出队的队员")]
        title = titles[index]
        if index == TAB_SQUADS:
            filters = [f for f in filters if f[0] != _t("分队")] + [(_t("分队"), squad)]
        if index == TAB_HISTORY:
            filters = [(_t("队员"), self.member_label.text())] + [f for f in filters if f[0] != _t("分队")]
        if index == TAB_INACTIVE:
            filters = [(_t("未出队起始日"), self.quiet_since().isoformat()), (_t("分队"), squad)]
        filters.append((_t("导出时间"), dt.datetime.now().strftime("%Y-%m-%d %H:%M")))
        table = self.current_view().shown_table()
        table.columns = [sheets.Column(_t(c.title), c.kind, c.width) for c in table.columns]
        return Sheet(title=title, table=table, filters=filters, note=self.note_text(), name=self.tabs.tabText(index))

    def suggested_file_name(self) -> str:
        since, until = self.period()
        span = "全部" if since is None and until is None else f"{since or ''}至{until or ''}"
        squad = self.squad_combo.currentText() if self.squad_id() is not None else ""
        what = self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")
        return f"出勤统计-{what}-{squad + '-' if squad else ''}{span}.xlsx"

    def export_excel(self, path: str | Path | None = None) -> Path | None:
        """Write the visible view to an .xlsx (asks where, unless ``path``). Returns the path
        written, or None when cancelled or failed (after saying why). A few thousand rows take
        well under a second, so it is written at once (with a busy cursor), not in a worker."""
        if path is None:
            folder = save_folder(self.context.settings, "Paths/export_dir")
            chosen = dialogs.ask_save_file(self, _t("导出出勤统计"), str(Path(folder) / self.suggested_file_name()),
                                           _t("Excel 工作簿 (*.xlsx)"))
            if not chosen:
                return None
            path = chosen
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        sheet = self.current_sheet()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rows = attendance.write_workbook(path, sheet, session=Session.of(self.store))
        except AttendanceExportError as exc:
            QGuiApplication.restoreOverrideCursor()
            dialogs.show_error(self, _t("导出失败"), message(exc))
            return None
        QGuiApplication.restoreOverrideCursor()
        self.context.settings.setValue("Paths/export_dir", str(path.parent))
        dialogs.show_export_done(self, _t("导出完成"),
                                 _t("已把“{0}”的 {1} 行导出到：\n{2}").format(sheet.title, rows, path), path.parent)
        self.exported.emit(path)
        return path

    # --- remembered between runs -----------------------------------------------------------------

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("Attendance/period", self.period_combo.currentData())
        settings.setValue("Attendance/since", self.since_edit.date().toString("yyyy-MM-dd"))
        settings.setValue("Attendance/until", self.until_edit.date().toString("yyyy-MM-dd"))
        settings.setValue("Attendance/squad", self.squad_id() if self.squad_id() is not None else "")
        settings.setValue("Attendance/kind", self.kind() or "")
        settings.setValue("Attendance/tab", self.tabs.currentIndex())
        for view in (self.member_table, self.squad_table, self.history_table, self.inactive_table):
            settings.setValue(f"Attendance/{view.objectName()}", view.horizontalHeader().saveState())

    def restore_settings(self, settings: QSettings) -> None:
        self._loading = True
        try:
            for view in (self.member_table, self.squad_table, self.history_table, self.inactive_table):
                state = settings.value(f"Attendance/{view.objectName()}")
                if state is not None:
                    view.horizontalHeader().restoreState(state)
                    view._widths_set = True
            key = settings.value("Attendance/period")
            index = self.period_combo.findData(key) if key else -1
            if index >= 0:
                self.period_combo.setCurrentIndex(index)
            if key == periods.PERIOD_CUSTOM:
                for edit, name in ((self.since_edit, "since"), (self.until_edit, "until")):
                    value = QDate.fromString(str(settings.value(f"Attendance/{name}", "")), "yyyy-MM-dd")
                    if value.isValid():
                        edit.setDate(value)
            self._apply_quick_period()
            squad = settings.value("Attendance/squad", "")
            try:
                squad_index = self.squad_combo.findData(int(squad)) if squad not in (None, "") else 0
            except (TypeError, ValueError):
                squad_index = 0
            self.squad_combo.setCurrentIndex(max(squad_index, 0))
            kind = settings.value("Attendance/kind", "")
            kind_index = self.kind_combo.findData(kind) if kind else 0
            self.kind_combo.setCurrentIndex(max(kind_index, 0))
            try:
                tab = int(settings.value("Attendance/tab", 0) or 0)
            except (TypeError, ValueError):
                tab = 0
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(tab if 0 <= tab < self.tabs.count() else 0)
            self.tabs.blockSignals(False)
        finally:
            self._loading = False
        self._filters_changed()
