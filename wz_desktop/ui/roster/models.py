"""The roster's tables: the member model (ids from SQL, rows read a page at a time), the squad and
vehicle models (short lists read whole), and the view that shows them (Enter opens, Delete deactivates).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from wz_desktop.domain.roster_rules import expiry_state
from wz_desktop.store.roster import MemberRow
from wz_desktop.ui.roster.common import (
    EXPIRED_COLOR,
    EXPIRED_TINT,
    EXPIRING_COLOR,
    EXPIRING_TINT,
    INACTIVE_COLOR,
    OWNER_KINDS,
    PAGE_SIZE,
    expiry_text,
    phone_text,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("RosterPage", text)


class MemberColumn:
    CODE, NAME, NICKNAME, SQUAD, PHONE, ROLE, ACTIVE, EXPIRY = range(8)


MEMBER_HEADERS = ("编号", "姓名", "昵称", "分队", "电话", "职务", "在队", "证书到期")
MEMBER_SORT = {MemberColumn.CODE: "code", MemberColumn.NAME: "name", MemberColumn.SQUAD: "squad",
               MemberColumn.ROLE: "role", MemberColumn.EXPIRY: "expiry"}
MEMBER_WIDTHS = (80, 80, 110, 120, 120, 60, 48, 170)


class MemberTableModel(QAbstractTableModel):
    """Member ids in the order SQL gives them; the rows shown are read a page at a time."""

    count_changed = Signal(int)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.ids: list[int] = []
        self.cache: dict[int, MemberRow] = {}
        self.text = ""
        self.squad_id: int | None = None
        self.active_only = False
        self.sort_key = "squad"
        self.descending = False
        self.today = dt.date.today()
        self.reload()

    def set_query(self, text: str, squad_id: int | None, active_only: bool) -> None:
        self.text, self.squad_id, self.active_only = text.strip(), squad_id, active_only
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.ids = self.store.roster.member_ids(self.text, self.squad_id, self.active_only, self.sort_key,
                                                self.descending)
        self.cache.clear()
        self.today = dt.date.today()
        self.endResetModel()
        self.count_changed.emit(len(self.ids))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = MEMBER_SORT.get(column)
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(MEMBER_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(MEMBER_HEADERS[section])
        return None

    def member_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, member_id: int | None) -> int:
        try:
            return self.ids.index(member_id)
        except ValueError:
            return -1

    def row(self, row: int) -> MemberRow | None:
        member_id = self.member_id(row)
        if member_id is None:
            return None
        if member_id not in self.cache:
            start = max(0, row - PAGE_SIZE // 4)
            page = [i for i in self.ids[start:start + PAGE_SIZE] if i not in self.cache]
            for found in self.store.roster.member_rows(page):
                self.cache[found.id] = found
            if len(self.cache) > PAGE_SIZE * 20:  # keep memory flat while scrolling through a huge roster
                self.cache = {i: self.cache[i] for i in self.ids[start:start + PAGE_SIZE] if i in self.cache}
        return self.cache.get(member_id)

    def display_text(self, row: MemberRow, column: int) -> str:
        if column == MemberColumn.CODE:
            return row.code or ""
        if column == MemberColumn.NAME:
            return row.name
        if column == MemberColumn.NICKNAME:
            return row.nickname
        if column == MemberColumn.SQUAD:
            return row.squad_name
        if column == MemberColumn.PHONE:
            return phone_text(row.phone)
        if column == MemberColumn.ROLE:
            from wz_desktop.ui.labels import word

            return word(row.role, "member_role")
        if column == MemberColumn.ACTIVE:
            return _t("在队") if row.active else _t("停用")
        if column == MemberColumn.EXPIRY:
            return expiry_text(row.next_expiry, self.today)
        return ""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        state = expiry_state(row.next_expiry, self.today)[0] if column == MemberColumn.EXPIRY else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if state == "expired":
                return QBrush(EXPIRED_COLOR)
            if state == "soon":
                return QBrush(EXPIRING_COLOR)
            if not row.active:
                return QBrush(INACTIVE_COLOR)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and state is not None:
            return QBrush(EXPIRED_TINT if state == "expired" else EXPIRING_TINT)
        if role == Qt.ItemDataRole.ToolTipRole and column == MemberColumn.EXPIRY and row.next_expiry:
            left = expiry_state(row.next_expiry, self.today)[1]
            if left < 0:
                return _t("“{0}”已于 {1} 过期（{2} 天前），请提醒队员复审。").format(row.next_expiry_cert, row.next_expiry,
                                                                               -left)
            return _t("“{0}”将于 {1} 到期（还有 {2} 天）。").format(row.next_expiry_cert, row.next_expiry, left)
        return None


class _ListModel(QAbstractTableModel):
    """A short list (squads, vehicles) read whole."""

    headers: tuple[str, ...] = ()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.rows: list = []
        self.reload()

    def load(self) -> list:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.load()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(self.headers[section])
        return None

    def values(self, row) -> tuple:
        raise NotImplementedError

    def is_active(self, row) -> bool:
        return True

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.values(row)[index.column()]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and not self.is_active(row):
            return QBrush(INACTIVE_COLOR)
        return None


class SquadTableModel(_ListModel):
    headers = ("分队", "辖区", "队长", "在队人数", "在用")

    def load(self) -> list:
        return self.store.roster.squad_rows()

    def values(self, row) -> tuple:
        from wz_desktop.ui.labels import word

        return (row.squad.name, word(row.squad.district, "district"), row.leader_name, row.active_members,
                _t("在用") if row.squad.active else _t("停用"))

    def is_active(self, row) -> bool:
        return row.squad.active

    def squad_id(self, row: int) -> int | None:
        return self.rows[row].squad.id if 0 <= row < len(self.rows) else None


class VehicleTableModel(_ListModel):
    headers = ("车牌", "名称", "归属", "车主", "座位", "在用")

    def load(self) -> list:
        return self.store.roster.vehicle_rows()

    def values(self, row) -> tuple:
        v = row.vehicle
        kind = dict(OWNER_KINDS).get(v.owner_kind, v.owner_kind)
        return (v.plate, v.name, _t(kind), row.owner_name, v.seats, _t("在用") if row.active else _t("停用"))

    def is_active(self, row) -> bool:
        return row.active

    def vehicle_id(self, row: int) -> int | None:
        return self.rows[row].vehicle.id if 0 <= row < len(self.rows) else None


class RosterTableView(QTableView):
    """Enter or a double click opens the current row; Delete asks to deactivate it."""

    open_requested = Signal()
    deactivate_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.deactivate_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
