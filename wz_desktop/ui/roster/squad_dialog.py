"""The squad editor: name, district, leader (one of its members), active."""
from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.domain.records import DISTRICTS, Squad
from wz_desktop.store.errors import DatabaseFailure, StoreError
from wz_desktop.ui import texts
from wz_desktop.ui.roster.common import _error_label, _show_error, _with_error


class SquadDialog(QDialog):
    """Add or edit a squad: name, district, leader (one of its members), active."""

    saved = Signal(int)

    def __init__(self, store, squad_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.roster = store.roster
        self.squad = self.roster.squad(squad_id) if squad_id is not None else None
        self.setObjectName("SquadDialog")
        self.setWindowTitle(self.tr("编辑分队") if self.squad else self.tr("新增分队"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("squadNameEdit")
        self.district_combo = QComboBox(self)
        self.district_combo.setObjectName("districtCombo")
        self.district_combo.setEditable(True)
        self.district_combo.addItems([""] + DISTRICTS)
        self.leader_combo = QComboBox(self)
        self.leader_combo.setObjectName("leaderCombo")
        self.leader_combo.addItem(self.tr("（未指定）"), None)
        self.active_check = QCheckBox(self.tr("在用"), self)
        self.active_check.setObjectName("squadActiveCheck")
        self.active_check.setChecked(True)
        self.name_error = _error_label(self, "squadNameError")
        self.form_error = _error_label(self, "squadFormError")
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
        form = QFormLayout()
        form.addRow(self.tr("名称"), _with_error(self, self.name_edit, self.name_error))
        form.addRow(self.tr("辖区"), self.district_combo)
        form.addRow(self.tr("队长"), self.leader_combo)
        form.addRow("", self.active_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存(&S)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

    @Slot()
    def save(self) -> bool:
        _show_error(self.name_error, "")
        _show_error(self.form_error, "")
        name = self.name_edit.text().strip()
        if not name:
            _show_error(self.name_error, self.tr("请填写分队名称。"))
            return False
        squad = Squad(name=name, district=self.district_combo.currentText().strip(),
                      leader_id=self.leader_combo.currentData(), active=self.active_check.isChecked(),
                      id=self.squad.id if self.squad else None)
        try:
            if squad.id is None:
                self.roster.add_squads([squad])
                if not squad.active:
                    self.roster.update_squad(squad)
            else:
                self.roster.update_squad(squad)
        except (StoreError, ValueError, DatabaseFailure) as exc:
            target = self.name_error if "分队" in str(exc) and "名" in str(exc) else self.form_error
            _show_error(target, texts.message(exc))
            return False
        self.saved.emit(squad.id)
        self.accept()
        return True
