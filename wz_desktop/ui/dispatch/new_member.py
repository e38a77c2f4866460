""""加入名册" from the 接龙 list: a name, a phone and a squad for a new member."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from wz_desktop.domain.records import Squad
from wz_desktop.ui.forms import dialog_buttons, form, line_edit
from wz_desktop.ui.widgets import PickCombo


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchForm", text)


class NewMemberDialog(QDialog):
    """The default "加入名册": a name (as written in the list), a phone and a squad."""

    def __init__(self, name: str, squads: list[Squad], squad_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_t("加入名册"))
        self.name_edit = line_edit(self, text=name)
        self.phone_edit = line_edit(self, placeholder=_t("手机号，如 13804112233"))
        self.squad_combo = PickCombo(self)
        self.squad_combo.add_choice(_t("（未分队）"), None)
        for squad in squads:
            self.squad_combo.add_choice(squad.name, squad.id)
        self.squad_combo.select_data(squad_id)
        form((_t("姓名"), self.name_edit), (_t("电话"), self.phone_edit), (_t("分队"), self.squad_combo),
             dialog_buttons(self, _t("加入"), _t("取消"), accepted=self.accept, rejected=self.reject), grow=None,
             parent=self)
        self.phone_edit.setFocus()


def ask_new_member(parent: QWidget | None, name: str, squads: list[Squad],
                   squad_id: int | None) -> tuple[str, str, int | None] | None:
    """(name, phone, squad id) for a new member, or None when cancelled. A function, so that tests
    replace it (as those of ``ui.dialogs``) and no modal dialog waits."""
    dialog = NewMemberDialog(name, squads, squad_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.name_edit.text().strip(), dialog.phone_edit.text().strip(), dialog.squad_combo.currentData()
