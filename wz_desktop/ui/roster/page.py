"""The 名册 page: members, squads and vehicles; their editors; the roster workbook in and out.

Everything goes through ``context.store.roster`` (no SQL here). The member table holds only ids
(filtered and sorted in SQL) and reads the rows it shows a page at a time, so 3,000 members or
many more stay quick. Every change emits ``context.roster_changed``; the page refreshes by
listening to it. Members are never deleted: 停用 keeps their task history.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QWidget,
)

from wz_desktop.domain.roster_rules import EXPIRY_SOON_DAYS
from wz_desktop.store.errors import DatabaseFailure, StoreError
from wz_desktop.ui import dialogs, texts
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.forms import STRETCH, button, check_box, hbox, line_edit, vbox
from wz_desktop.ui.roster.common import SEARCH_DELAY_MS
from wz_desktop.ui.roster.jobs import roster_export_job, roster_import_job
from wz_desktop.ui.roster.member_dialog import MemberDialog
from wz_desktop.ui.roster.models import (
    MEMBER_WIDTHS,
    MemberColumn,
    MemberTableModel,
    RosterTableView,
    SquadTableModel,
    VehicleTableModel,
)
from wz_desktop.ui.roster.report_dialog import RosterReportDialog
from wz_desktop.ui.roster.squad_dialog import SquadDialog
from wz_desktop.ui.roster.vehicle_dialog import VehicleDialog
from wz_desktop.ui.worker import BackgroundTask
from wz_desktop.workbook.reader import WorkbookError


class RosterPage(QWidget):
    """名册: tabs 队员 / 分队 / 车辆, their editors, and 导入名册… / 导出名册… in the background.

    Signals: ``count_changed(int)`` members listed; ``import_done(object)`` the RosterReport (None
    when the import failed); ``export_done(bool, str)`` ok and message.
    """

    count_changed = Signal(int)
    import_done = Signal(object)
    export_done = Signal(bool, str)

    MEMBERS_TAB, SQUADS_TAB, VEHICLES_TAB = range(3)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.settings = context.settings
        self.setObjectName("RosterPage")
        self.background: BackgroundTask | None = None
        self.member_dialog: MemberDialog | None = None
        self.squad_dialog: SquadDialog | None = None
        self.vehicle_dialog: VehicleDialog | None = None
        self.report_dialog: RosterReportDialog | None = None
        self.last_report = None
        self.drafts: dict[int | None, dict] = {}  # member forms closed unsaved, by member id (None: new)

        # --- header: the workbook buttons ---
        self.import_button = button(self.tr("导入名册(&I)…"), self, name="importRosterButton",
                                    tip=self.tr("从 Excel 名册（分队、队员、证书、车辆）导入；导入前自动备份数据库"),
                                    clicked=self.import_roster)
        self.export_button = button(self.tr("导出名册(&E)…"), self, name="exportRosterButton",
                                    tip=self.tr("把分队、队员、证书和车辆导出为 Excel 名册"), clicked=self.export_roster)
        self.expiring_label = QLabel(self)
        self.expiring_label.setObjectName("expiringLabel")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rosterTabs")
        self.tabs.addTab(self._build_members_tab(), self.tr("队员(&1)"))
        self.tabs.addTab(self._build_squads_tab(), self.tr("分队(&2)"))
        self.tabs.addTab(self._build_vehicles_tab(), self.tr("车辆(&3)"))
        vbox(hbox((self.expiring_label, 1), self.import_button, self.export_button), (self.tabs, 1),
             margins=(8, 8, 8, 4), parent=self)

        self.new_member_action = QAction(self.tr("新增队员"), self)
        self.new_member_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_member_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_member_action.triggered.connect(self.new_member)
        self.addAction(self.new_member_action)

        context.roster_changed.connect(self.reload)
        context.user_changed.connect(self.apply_role)
        self.reload_squad_filter()
        self._update_expiring()
        self._on_member_current()
        self.apply_role()

    # --- building ------------------------------------------------------------------------------

    def _build_members_tab(self) -> QWidget:
        tab = QWidget(self)
        self.search_edit = line_edit(tab, name="rosterSearchEdit", clear_button=True,
                                     placeholder=self.tr("搜索姓名、昵称、编号或电话（Ctrl+F）"))
        self.search_edit.setMinimumWidth(220)
        self.squad_filter = QComboBox(tab)
        self.squad_filter.setObjectName("squadFilter")
        self.squad_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.active_only_check = check_box(self.tr("只看在队(&A)"), tab, name="activeOnlyCheck", checked=True)
        self.member_count_label = QLabel(tab)
        self.member_count_label.setObjectName("memberCountLabel")

        self.member_model = MemberTableModel(self.store, self)
        self.member_model.set_query("", None, True)
        self.member_table = self._table(tab, "memberTable", self.member_model, MEMBER_WIDTHS)
        self.member_table.horizontalHeader().setSortIndicator(MemberColumn.SQUAD, Qt.SortOrder.AscendingOrder)
        self.member_table.setSortingEnabled(True)

        self.new_member_button = button(self.tr("新增队员(&N)"), tab, name="newMemberButton", tip=self.tr("Ctrl+Shift+N"),
                                        clicked=self.new_member)
        self.edit_member_button = button(self.tr("编辑…"), tab, name="editMemberButton",
                                         tip=self.tr("或在表中按 Enter、双击"), clicked=self.edit_current_member)
        self.deactivate_button = button(self.tr("停用"), tab, name="deactivateButton",
                                        tip=self.tr("离队的队员停用而不删除：他的出队记录都保留"),
                                        clicked=self.toggle_current_member_active)
        vbox(hbox((self.search_edit, 1), self.squad_filter, self.active_only_check, 8, self.member_count_label),
             (self.member_table, 1),
             hbox(self.new_member_button, self.edit_member_button, self.deactivate_button, STRETCH), parent=tab)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_edit.returnPressed.connect(self._search_entered)
        self.squad_filter.currentIndexChanged.connect(self.apply_filter)
        self.active_only_check.toggled.connect(self.apply_filter)
        self.member_model.count_changed.connect(self._on_member_count)
        self.member_model.modelReset.connect(self._on_member_current)
        self.member_table.selectionModel().currentRowChanged.connect(self._on_member_current)
        self.member_table.open_requested.connect(self.edit_current_member)
        self.member_table.deactivate_requested.connect(self.toggle_current_member_active)
        self._on_member_count(self.member_model.rowCount())
        return tab

    def _build_squads_tab(self) -> QWidget:
        tab = QWidget(self)
        self.squad_model = SquadTableModel(self.store, self)
        self.squad_table = self._table(tab, "squadTable", self.squad_model, (150, 100, 100, 70, 60))
        self.squad_table.open_requested.connect(self.edit_current_squad)
        vbox((self.squad_table, 1),
             hbox(button(self.tr("新增分队"), tab, name="newSquadButton", clicked=lambda: self.open_squad(None)),
                  button(self.tr("编辑…"), tab, name="editSquadButton", clicked=self.edit_current_squad), STRETCH), parent=tab)
        return tab

    def _build_vehicles_tab(self) -> QWidget:
        tab = QWidget(self)
        self.vehicle_model = VehicleTableModel(self.store, self)
        self.vehicle_table = self._table(tab, "vehicleTable", self.vehicle_model, (100, 220, 90, 80, 50, 50))
        self.vehicle_table.open_requested.connect(self.edit_current_vehicle)
        self.vehicle_table.deactivate_requested.connect(self.toggle_current_vehicle_active)
        vbox((self.vehicle_table, 1),
             hbox(button(self.tr("新增车辆"), tab, name="newVehicleButton", clicked=lambda: self.open_vehicle(None)),
                  button(self.tr("编辑…"), tab, name="editVehicleButton", clicked=self.edit_current_vehicle),
                  button(self.tr("停用 / 恢复"), tab, name="toggleVehicleButton",
                         clicked=self.toggle_current_vehicle_active), STRETCH), parent=tab)
        return tab

    @staticmethod
    def _table(tab: QWidget, name: str, model, widths) -> RosterTableView:
        table = RosterTableView(tab)
        table.setObjectName(name)
        table.setModel(model)
        for column, width in enumerate(widths):
            table.horizontalHeader().resizeSection(column, width)
        return table

    # --- keys: Ctrl+F searches the roster while the page has the focus -------------------------

    def event(self, event) -> bool:
        # claim Ctrl+F before the window's own "search tasks" shortcut sees it, while the focus is here
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(QKeySequence.StandardKey.Find):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Find):
            self.focus_search()
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def apply_role(self) -> None:
        """The roster's changing buttons, enabled only for a role that may change the roster (the
        store refuses the others anyway); exporting and looking stay open to everyone."""
        allowed = self.store.may("roster")
        for name in ("importRosterButton", "newMemberButton", "editMemberButton", "deactivateButton",
                     "newSquadButton", "editSquadButton", "newVehicleButton", "editVehicleButton",
                     "toggleVehicleButton"):
            button = self.findChild(QPushButton, name)
            if button is not None:
                button.setEnabled(allowed and not (name == "importRosterButton" and self.busy()))
        self.new_member_action.setEnabled(allowed)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(self.MEMBERS_TAB)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- members: filter and current ------------------------------------------------------------

    def reload_squad_filter(self) -> None:
        chosen = self.squad_filter.currentData()
        counts = self.store.roster.squad_member_counts()
        self.squad_filter.blockSignals(True)
        try:
            self.squad_filter.clear()
            self.squad_filter.addItem(self.tr("全部分队"), None)
            for squad in self.store.roster.squads():
                self.squad_filter.addItem(self.tr("{0}（{1}）").format(squad.name, counts.get(squad.id, 0)), squad.id)
            index = self.squad_filter.findData(chosen) if chosen is not None else 0
            self.squad_filter.setCurrentIndex(max(index, 0))
        finally:
            self.squad_filter.blockSignals(False)

    def set_squad_filter(self, squad_id: int | None) -> None:
        index = self.squad_filter.findData(squad_id) if squad_id is not None else 0
        if index >= 0:
            self.squad_filter.setCurrentIndex(index)

    @Slot()
    def apply_filter(self) -> None:
        self.search_timer.stop()
        current = self.current_member_id()
        self.member_model.set_query(self.search_edit.text(), self.squad_filter.currentData(),
                                    self.active_only_check.isChecked())
        self.select_member(current)

    @Slot()
    def _search_entered(self) -> None:
        self.apply_filter()
        if self.member_model.rowCount():
            if not self.member_table.currentIndex().isValid():
                self.select_member(self.member_model.member_id(0))
            self.member_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_member_id(self) -> int | None:
        index = self.member_table.currentIndex()
        return self.member_model.member_id(index.row()) if index.isValid() else None

    def select_member(self, member_id: int | None) -> bool:
        row = self.member_model.row_of(member_id) if member_id is not None else -1
        if row < 0:
            return False
        index = self.member_model.index(row, 0)
        self.member_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.member_table.scrollTo(index)
        return True

    @Slot(int)
    def _on_member_count(self, count: int) -> None:
        total = self.store.roster.count_members(active_only=True)
        self.member_count_label.setText(self.tr("列出 {0} 人（在队共 {1} 人）").format(f"{count:,}", f"{total:,}"))
        self.count_changed.emit(count)

    def _on_member_current(self, *args) -> None:
        member_id = self.current_member_id()
        row = self.member_model.row(self.member_table.currentIndex().row()) if member_id is not None else None
        self.edit_member_button.setEnabled(row is not None and self.store.may("roster"))
        self.deactivate_button.setEnabled(row is not None and self.store.may("roster"))
        self.deactivate_button.setText(self.tr("恢复在队") if row is not None and not row.active else self.tr("停用"))

    def _update_expiring(self) -> None:
        soon = dt.date.today() + dt.timedelta(days=EXPIRY_SOON_DAYS)
        people = {member.id for _cert, member in self.store.roster.expiring(soon, since=dt.date.today())}
        self.expiring_label.setText(self.tr("{0} 位在队队员的证书 30 天内到期。").format(len(people)) if people else "")

    # --- refreshing ----------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Read the roster again (after an edit here or elsewhere, an import, F5), keeping the current member."""
        current = self.current_member_id()
        self.reload_squad_filter()
        self.member_model.set_query(self.search_edit.text(), self.squad_filter.currentData(),
                                    self.active_only_check.isChecked())
        self.select_member(current)
        self.squad_model.reload()
        self.vehicle_model.reload()
        self._update_expiring()

    def _changed(self) -> None:
        self.context.poll_changes()  # the store told its own writes already; this catches the rest

    # --- member commands -----------------------------------------------------------------------

    @Slot()
    def new_member(self) -> MemberDialog:
        return self.open_member(None, squad_id=self.squad_filter.currentData())

    @Slot()
    def edit_current_member(self) -> MemberDialog | None:
        member_id = self.current_member_id()
        return self.open_member(member_id) if member_id is not None else None

    def _member_dialog(self, member_id: int | None, name: str = "", squad_id: int | None = None) -> MemberDialog:
        if self.member_dialog is not None:
            self.member_dialog.close()
            self.member_dialog.deleteLater()
        draft = self.drafts.get(member_id) if not name else None
        dialog = MemberDialog(self.store, member_id, self, name=name, squad_id=squad_id, draft=draft,
                              session=self.context.session)
        dialog.saved.connect(lambda saved_id, key=member_id: self._member_saved(key, saved_id))
        if not name:  # a name handed over (a 接龙 name) is the caller's; it leaves no draft behind
            dialog.rejected.connect(lambda key=member_id, d=dialog: self._member_closed(key, d))
        self.member_dialog = dialog
        return dialog

    def open_member(self, member_id: int | None, *, name: str = "", squad_id: int | None = None) -> MemberDialog:
        """The member editor, window-modal without blocking (tests drive ``page.member_dialog``)."""
        dialog = self._member_dialog(member_id, name, squad_id)
        dialog.open()
        return dialog

    def add_member_named(self, name: str, squad_id: int | None = None) -> int | None:
        """Open the member editor filled with this name (a 接龙 name that matches no one) and wait for it.

        Returns the new member's id, or None when the secretary cancels.
        """
        dialog = self._member_dialog(None, name, squad_id)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.member_id() if accepted else None

    def _member_saved(self, key: int | None, member_id: int) -> None:
        self.drafts.pop(key, None)
        self._changed()
        if not self.select_member(member_id) and self.search_edit.text():
            # the new member may not match the search: clear it so that they can be seen
            self.search_edit.clear()
            self.apply_filter()
            self.select_member(member_id)

    def _member_closed(self, key: int | None, dialog: MemberDialog) -> None:
        if dialog.is_modified():
            self.drafts[key] = dialog.values()  # Esc loses nothing: the form comes back as it was
        else:
            self.drafts.pop(key, None)

    @Slot()
    def toggle_current_member_active(self) -> None:
        member_id = self.current_member_id()
        if member_id is None:
            return
        member = self.store.roster.member(member_id)
        if member is None:
            return
        if member.active:
            tasks = len(self.store.roster.member_tasks(member_id, limit=100000))
            text = self.tr("停用队员“{0}”？\n\n停用后不再出现在出队的候选名单中；").format(member.name)
            text += (self.tr("他的 {0} 次出队记录都保留。").format(tasks) if tasks
                     else self.tr("以后可以随时恢复在队。"))
            if not dialogs.ask_yes_no(self, self.tr("停用队员"), text):
                return
        try:
            self.store.roster.set_member_active(member_id, not member.active, actor=self.context.session.actor)
        except (StoreError, DatabaseFailure) as exc:
            dialogs.show_error(self, self.tr("无法保存"), texts.message(exc))
            return
        self._changed()
        self._on_member_current()

    # --- squads and vehicles -------------------------------------------------------------------

    def open_squad(self, squad_id: int | None) -> SquadDialog:
        if self.squad_dialog is not None:
            self.squad_dialog.close()
            self.squad_dialog.deleteLater()
        self.squad_dialog = SquadDialog(self.store, squad_id, self, session=self.context.session)
        self.squad_dialog.saved.connect(lambda _id: self._changed())
        self.squad_dialog.open()
        return self.squad_dialog

    @Slot()
    def edit_current_squad(self) -> SquadDialog | None:
        squad_id = self.squad_model.squad_id(self.squad_table.currentIndex().row())
        return self.open_squad(squad_id) if squad_id is not None else None

    def open_vehicle(self, vehicle_id: int | None) -> VehicleDialog:
        if self.vehicle_dialog is not None:
            self.vehicle_dialog.close()
            self.vehicle_dialog.deleteLater()
        self.vehicle_dialog = VehicleDialog(self.store, vehicle_id, self, session=self.context.session)
        self.vehicle_dialog.saved.connect(lambda _id: self._changed())
        self.vehicle_dialog.open()
        return self.vehicle_dialog

    @Slot()
    def edit_current_vehicle(self) -> VehicleDialog | None:
        vehicle_id = self.vehicle_model.vehicle_id(self.vehicle_table.currentIndex().row())
        return self.open_vehicle(vehicle_id) if vehicle_id is not None else None

    @Slot()
    def toggle_current_vehicle_active(self) -> None:
        row = self.vehicle_table.currentIndex().row()
        if not 0 <= row < len(self.vehicle_model.rows):
            return
        entry = self.vehicle_model.rows[row]
        if entry.active and not dialogs.ask_yes_no(
                self, self.tr("停用车辆"),
                self.tr("停用车辆“{0}”？已有的出队记录保留，以后可以恢复。").format(entry.vehicle.plate or entry.vehicle.name)):
            return
        try:
            self.store.roster.set_vehicle_active(entry.vehicle.id, not entry.active,
                                                 actor=self.context.session.actor)
        except (StoreError, DatabaseFailure) as exc:
            dialogs.show_error(self, self.tr("无法保存"), texts.message(exc))
            return
        self._changed()
        self.vehicle_table.setCurrentIndex(self.vehicle_model.index(row, 0))

    # --- the roster workbook -------------------------------------------------------------------

    def _folder(self) -> str:
        from wz_desktop.ui.settings import save_folder

        return save_folder(self.settings, "Paths/roster_dir")

    def busy(self) -> bool:
        return self.background is not None and self.background.running

    def _run(self, job, *, title: str, label: str) -> BackgroundTask:
        task = BackgroundTask(self, self.context.db_path, job, title=title, label=label, expected=(WorkbookError,))
        self.background = task
        self.import_button.setEnabled(False)
        self.export_button.setEnabled(False)
        task.done.connect(self._on_background_done)
        task.start()
        return task

    @Slot()
    def _on_background_done(self) -> None:
        self.export_button.setEnabled(True)
        task, self.background = self.background, None
        if task is not None:
            task.deleteLater()
        self.apply_role()

    def cancel_and_wait(self, timeout_ms: int = 30000) -> bool:
        """Stop what runs in the background (when the window closes). True if nothing is left running."""
        return self.background.cancel_and_wait(timeout_ms) if self.busy() else True

    @Slot()
    def import_roster(self) -> BackgroundTask | None:
        if self.busy():
            return None
        name = dialogs.ask_open_roster(self, self._folder())
        return self.start_import(Path(name)) if name else None

    def start_import(self, path: Path) -> BackgroundTask:
        self.settings.setValue("Paths/roster_dir", str(path.parent))
        task = self._run(roster_import_job(path, self.context.session), title=self.tr("导入名册"),
                         label=self.tr("正在导入“{0}”……").format(path.name))
        task.succeeded.connect(self._on_import_finished)
        task.failed.connect(self._on_import_failed)
        return task

    def _on_import_finished(self, result) -> None:
        report, backup = result
        self.last_report = report
        if report.changed:
            self._changed()
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
        self.report_dialog = RosterReportDialog(report, backup, self._folder(), self)
        self.report_dialog.open()
        self.import_done.emit(report)

    def _on_import_failed(self, message: str) -> None:
        dialogs.show_error(self, self.tr("名册导入失败"), self.tr("{0}\n\n数据库没有改动。").format(message))
        self.import_done.emit(None)

    @Slot()
    def export_roster(self) -> BackgroundTask | None:
        if self.busy():
            return None
        default = str(Path(self._folder()) / self.tr("队伍名册-{0}.xlsx").format(dt.date.today().strftime("%Y%m%d")))
        name = dialogs.ask_save_file(self, self.tr("导出名册"), default, self.tr("Excel 工作簿 (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        return self.start_export(path)

    def start_export(self, path: Path) -> BackgroundTask:
        task = self._run(roster_export_job(path, self.context.session), title=self.tr("导出名册"),
                         label=self.tr("正在导出名册到“{0}”……").format(path.name))
        task.succeeded.connect(lambda counts: self._on_export_finished(path, counts))
        task.failed.connect(self._on_export_failed)
        return task

    def _on_export_finished(self, path: Path, counts: dict) -> None:
        self.settings.setValue("Paths/roster_dir", str(path.parent))
        message = self.tr("已导出名册：{0} 个分队、{1} 名队员、{2} 张证书、{3} 辆车，保存在：\n{4}").format(
            counts.get("分队", 0), counts.get("队员", 0), counts.get("证书", 0), counts.get("车辆", 0), path)
        dialogs.show_export_done(self, self.tr("导出完成"), message, path.parent)
        self.export_done.emit(True, message)

    def _on_export_failed(self, message: str) -> None:
        dialogs.show_error(self, self.tr("名册导出失败"), message)
        self.export_done.emit(False, message)

    # --- remembered between runs ---------------------------------------------------------------

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("Roster/memberHeader", self.member_table.horizontalHeader().saveState())
        settings.setValue("Roster/tab", self.tabs.currentIndex())
        settings.setValue("Roster/activeOnly", self.active_only_check.isChecked())

    def restore_settings(self, settings: QSettings) -> None:
        from wz_desktop.ui.settings import read_bool

        state = settings.value("Roster/memberHeader")
        if state is not None:
            header = self.member_table.horizontalHeader()
            header.restoreState(state)
            self.member_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        try:
            self.tabs.setCurrentIndex(int(settings.value("Roster/tab", 0)))
        except (TypeError, ValueError):
            pass
        self.active_only_check.setChecked(read_bool(settings, "Roster/activeOnly", True))
