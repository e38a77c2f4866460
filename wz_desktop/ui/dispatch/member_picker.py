"""The roster picker of the dispatch form (带队队长, 出队队员)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from wz_desktop.ui.dispatch.common import PICKER_LIMIT, SKIPPED_FG, member_text


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchForm", text)


class MemberPicker(QWidget):
    """A search box over the roster: name, nickname or code starting with what is typed, or a phone
    containing its digits (``RosterRepo.find_members``), listed as you type. Down / Up move in the
    list, Enter chooses (the first one unless another is highlighted), Esc closes the list.

    ``single`` (the leader): the chosen member stays in the box (``member_id``); typing again searches
    anew. Otherwise (the members list) the box is emptied for the next name.
    """

    picked = Signal(int)

    def __init__(self, roster, squad_names: Callable[[], dict[int, str]], single: bool = False,
                 placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.roster = roster
        self.squad_names = squad_names
        self.single = single
        self.member_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder or _t("输入姓名、电话或编号查找队员，回车选中"))
        self.edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus stays in the box while choosing
        self.results.hide()
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self.search)
        self.edit.installEventFilter(self)
        self.results.itemClicked.connect(self._pick_item)

    def search(self, text: str | None = None) -> None:
        text = self.edit.text() if text is None else text
        if self.single:
            self.member_id = None
        self.results.clear()
        if not text.strip():
            self.results.hide()
            return
        names = self.squad_names()
        found = self.roster.find_members(text, limit=PICKER_LIMIT)
        for member in found:
            item = QListWidgetItem(member_text(member, names, phone=True))
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            if not member.active:
                item.setForeground(QBrush(SKIPPED_FG))
            self.results.addItem(item)
        if not found:
            item = QListWidgetItem(_t("名册中没有找到“{0}”").format(text.strip()))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        else:
            self.results.setCurrentRow(0)
        rows = min(self.results.count(), 6)
        self.results.setFixedHeight(rows * max(self.results.sizeHintForRow(0), 18) + 2 * self.results.frameWidth() + 2)
        self.results.show()

    def candidates(self) -> list[int]:
        """The ids the list shows now."""
        return [self.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.results.count())
                if self.results.item(i).data(Qt.ItemDataRole.UserRole) is not None]

    def pick(self, member_id: int) -> None:
        member = self.roster.member(member_id)
        if member is None:
            return
        self.results.hide()
        self.results.clear()
        if self.single:
            self.set_member(member_id, member_text(member, self.squad_names()))
        else:
            self.edit.clear()
        self.picked.emit(member_id)

    def set_member(self, member_id: int | None, text: str = "") -> None:
        """Show a chosen member (single mode) without searching."""
        self.member_id = member_id
        self.edit.setText(text if member_id is not None else "")

    def clear(self) -> None:
        self.set_member(None)
        self.results.hide()

    def _pick_item(self, item: QListWidgetItem) -> None:
        member_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if member_id is not None:
            self.pick(member_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            showing = self.results.isVisible() and self.results.count() > 0
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                if not showing:
                    if self.edit.text().strip() and self.member_id is None:
                        self.search()
                    return True
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if showing:
                    self._pick_item(self.results.currentItem() or self.results.item(0))
                return True  # Enter in the picker never saves the form
            if key == Qt.Key.Key_Escape and showing:
                self.results.hide()
                return True
        return super().eventFilter(watched, event)
