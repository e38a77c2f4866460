"""The squad editor: name, district, leader (one of its members), active (rules: ``domain.roster_rules``)."""
from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWidget

from wz_desktop.domain.records import DISTRICTS
from wz_desktop.domain.roster_rules import check_squad
from wz_desktop.services.session import Session
from wz_desktop.store.errors import DatabaseFailure, StoreError
from wz_desktop.ui import texts
from wz_desktop.ui.form_errors import FormErrors
from wz_desktop.ui.forms import check_box, dialog_buttons, form, line_edit, vbox


class SquadDialog(QDialog):
    """Add or edit a squad: name, district, leader (one of its members), active."""

    saved = Signal(int)

    def __init__(self, store, squad_id: int | None = None, parent: QWidget | None = None, *, session: Session):
        super().__init__(parent)
        self.roster = store.roster
        self.session = session  # who saves (the window's)
        self.squad = self.roster.squad(squad_id) if squad_id is not None else None
        self.setObjectName("SquadDialog")
        self.setWindowTitle(self.tr("编辑分队") if self.squad else self.tr("新增分队"))
        self.name_edit = line_edit(self, name="squadNameEdit")
        self.district_combo = QComboBox(self)
        self.district_combo.setObjectName("districtCombo")
        self.district_combo.setEditable(True)
        self.district_combo.addItems([""] + DISTRICTS)
        self.leader_combo = QComboBox(self)
        self.leader_combo.setObjectName("leaderCombo")
        self.leader_combo.addItem(self.tr("（未指定）"), None)
        self.active_check = check_box(self.tr("在用"), self, name="squadActiveCheck", checked=True)
        if self.squad is not None:
            self.name_edit.setText(self.squad.name)
            self.district_combo.setCurrentText(self.squad.district)
            for m in self.roster.members(self.squad.id):
                if m.active or m.id == self.squad.leader_id:
                    self.leader_combo.addItem(f"{m.name}（{m.role}{'，' + m.code if m.code else ''}）", m.id)
            index = self.leader_combo.findData(self.squad.leader_id) if self.squad.leader_id else 0
            self.leader_combo.setCurrentIndex(max(index, 0))
            self.active_check.setChecked(self.squad.active)
        else:
            self.leader_combo.setEnabled(False)
            self.leader_combo.setToolTip(self.tr("分队保存并有了队员之后再指定队长"))
        self.form_error = QLabel(self)
        self.form_error.setObjectName("squadFormError")
        self.errors = FormErrors(self.form_error)
        name_field = self.errors.field("squadName", self.name_edit)
        self.name_error = self.errors.label("squadName")
        vbox(form((self.tr("名称"), name_field), (self.tr("辖区"), self.district_combo),
                  (self.tr("队长"), self.leader_combo), ("", self.active_check), grow=None),
             self.form_error,
             dialog_buttons(self, self.tr("保存(&S)"), self.tr("取消"), accepted=self.save, rejected=self.reject,
                            save=True), parent=self)

    @Slot()
    def save(self) -> bool:
        squad, errors = check_squad(self.name_edit.text(), self.district_combo.currentText(),
                                    self.leader_combo.currentData(), self.active_check.isChecked(),
                                    self.squad.id if self.squad else None)
        if squad is None:
            self.errors.show({"squadName": errors["name"]})
            return False
        self.errors.clear()
        try:
            if squad.id is None:
                self.roster.add_squads([squad], actor=self.session.actor)
                if not squad.active:
                    self.roster.update_squad(squad, actor=self.session.actor)
            else:
                self.roster.update_squad(squad, actor=self.session.actor)
        except (StoreError, ValueError, DatabaseFailure) as exc:
            target = "squadName" if "分队" in str(exc) and "名" in str(exc) else ""
            self.errors.show({target: texts.message(exc)})
            return False
        self.saved.emit(squad.id)
        self.accept()
        return True
