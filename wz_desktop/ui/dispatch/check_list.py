"""Checkable lists of the dispatch form (squads, vehicles)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget


def _check_item(text: str, data, checked: bool = False) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


class CheckList(QListWidget):
    """A list of ticks (Space ticks the current line); ``checked()`` keeps the order of ticking."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._order: list = []
        self.itemChanged.connect(self._on_item)

    def add(self, text: str, data, checked: bool = False) -> None:
        self.addItem(_check_item(text, data, checked))
        if checked and data not in self._order:
            self._order.append(data)

    def _on_item(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            if data not in self._order:
                self._order.append(data)
        elif data in self._order:
            self._order.remove(data)
        self.changed.emit()

    def fit(self, most: int = 5) -> None:
        """As high as its lines (at most ``most``; then it scrolls)."""
        rows = max(1, min(self.count(), most))
        self.setFixedHeight(rows * max(self.sizeHintForRow(0), 18) + 2 * self.frameWidth() + 2)

    def item_for(self, data) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == data:
                return self.item(i)
        return None

    def set_checked(self, data, checked: bool = True) -> bool:
        item = self.item_for(data)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item is not None

    def set_checked_only(self, values) -> None:
        values = list(values)
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) not in values:
                item.setCheckState(Qt.CheckState.Unchecked)
        for value in values:
            self.set_checked(value)

    def checked(self) -> list:
        present = {self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                   if self.item(i).checkState() == Qt.CheckState.Checked}
        return [d for d in self._order if d in present] + sorted(present - set(self._order))
