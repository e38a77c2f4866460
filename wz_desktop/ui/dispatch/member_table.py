"""The dispatch form's list of who goes (name, code, squad, role, own car, note)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from wz_desktop.domain.lifecycle import MEMBER_ROLES


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchForm", text)


class RoleItem(QTableWidgetItem):
    """A role as stored (队长 / 副队长 / 队员, in UserRole), shown in the window's language."""

    def __init__(self, role: str):
        super().__init__()
        self.setData(Qt.ItemDataRole.UserRole, role)

    def role(self) -> str:
        return super().data(Qt.ItemDataRole.UserRole) or "队员"

    def data(self, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            from wz_desktop.ui.labels import word

            return word(self.role(), "member_role")
        return super().data(role)


class RoleDelegate(QStyledItemDelegate):
    """The role column is edited with a pick-list of 队长 / 副队长 / 队员 (in the window's language)."""

    def createEditor(self, parent, option, index):  # noqa: N802
        from wz_desktop.ui.labels import word

        combo = QComboBox(parent)
        for role in MEMBER_ROLES:
            combo.addItem(word(role, "member_role"), role)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole) or "队员")))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)


class MemberTable(QTableWidget):
    """Who goes: name, code, squad, role, own car, note. Delete removes the selected rows."""

    NAME, CODE, SQUAD, ROLE, CAR, NOTE = range(6)
    rows_removed = Signal()
    rows_added = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels([_t("姓名"), _t("编号"), _t("分队"), _t("角色"), _t("自带车"), _t("备注")])
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setItemDelegateForColumn(self.ROLE, RoleDelegate(self))
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.NOTE, QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(160)

    def member_ids(self) -> list[int]:
        return [self.item(r, self.NAME).data(Qt.ItemDataRole.UserRole) for r in range(self.rowCount())]

    def row_of(self, member_id: int) -> int:
        ids = self.member_ids()
        return ids.index(member_id) if member_id in ids else -1

    def add_row(self, member_id: int, name: str, code: str, squad: str, role: str = "队员",
                brings_car: bool = False, note: str = "") -> int:
        blocked = self.blockSignals(True)  # no itemChanged for a row half built
        try:
            row = self._add_row(member_id, name, code, squad, role, brings_car, note)
        finally:
            self.blockSignals(blocked)
        self.rows_added.emit()
        return row

    def move_to_top(self, row: int) -> None:
        blocked = self.blockSignals(True)
        try:
            items = [self.takeItem(row, column) for column in range(self.columnCount())]
            self.removeRow(row)
            self.insertRow(0)
            for column, item in enumerate(items):
                self.setItem(0, column, item)
        finally:
            self.blockSignals(blocked)

    def _add_row(self, member_id: int, name: str, code: str, squad: str, role: str, brings_car: bool,
                 note: str) -> int:
        row = self.rowCount()
        self.insertRow(row)
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        name_item = QTableWidgetItem(name)
        name_item.setData(Qt.ItemDataRole.UserRole, member_id)
        for column, item in ((self.NAME, name_item), (self.CODE, QTableWidgetItem(code or "")),
                             (self.SQUAD, QTableWidgetItem(squad or ""))):
            item.setFlags(fixed)
            self.setItem(row, column, item)
        role_item = RoleItem(role if role in MEMBER_ROLES else "队员")
        role_item.setFlags(fixed | Qt.ItemFlag.ItemIsEditable)
        self.setItem(row, self.ROLE, role_item)
        car = QTableWidgetItem()
        car.setFlags(fixed | Qt.ItemFlag.ItemIsUserCheckable)
        car.setCheckState(Qt.CheckState.Checked if brings_car else Qt.CheckState.Unchecked)
        self.setItem(row, self.CAR, car)
        note_item = QTableWidgetItem(note or "")
        note_item.setFlags(fixed | Qt.ItemFlag.ItemIsEditable)
        self.setItem(row, self.NOTE, note_item)
        return row

    def row_data(self, row: int) -> dict:
        return {"member_id": self.item(row, self.NAME).data(Qt.ItemDataRole.UserRole),
                "name": self.item(row, self.NAME).text(), "code": self.item(row, self.CODE).text(),
                "squad": self.item(row, self.SQUAD).text(), "role": self.role(row),
                "brings_car": self.item(row, self.CAR).checkState() == Qt.CheckState.Checked,
                "note": self.item(row, self.NOTE).text()}

    def rows(self) -> list[dict]:
        return [self.row_data(r) for r in range(self.rowCount())]

    def role(self, row: int) -> str:
        """The row's role as stored (队长 / 副队长 / 队员), whatever the window's language."""
        item = self.item(row, self.ROLE)
        return item.role() if isinstance(item, RoleItem) else (item.text() if item is not None else "队员")

    def set_role(self, row: int, role: str) -> None:
        self.item(row, self.ROLE).setData(Qt.ItemDataRole.UserRole, role)

    def set_car(self, row: int, brings_car: bool) -> None:
        self.item(row, self.CAR).setCheckState(Qt.CheckState.Checked if brings_car else Qt.CheckState.Unchecked)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.selectedIndexes()} or
                      ({self.currentRow()} if self.currentRow() >= 0 else set()), reverse=True)
        for row in rows:
            self.removeRow(row)
        if rows:
            self.rows_removed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != self.State.EditingState:
            self.remove_selected()
            event.accept()
            return
        super().keyPressEvent(event)
