"""The vehicle editor: plate, name, the team's or a member's car, seats, in use."""
from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.domain.records import Vehicle
from wz_desktop.store.errors import DatabaseFailure, StoreError
from wz_desktop.ui import texts
from wz_desktop.ui.roster.common import OWNER_KINDS, _error_label, _show_error, _with_error


class VehicleDialog(QDialog):
    """Add or edit a vehicle: plate, name, the team's or a member's car (by code or name), seats, in use."""

    saved = Signal(int)

    def __init__(self, store, vehicle_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.roster = store.roster
        self.vehicle = self.roster.vehicle(vehicle_id) if vehicle_id is not None else None
        row = next((r for r in self.roster.vehicle_rows() if r.vehicle.id == vehicle_id), None)
        self.setObjectName("VehicleDialog")
        self.setWindowTitle(self.tr("编辑车辆") if self.vehicle else self.tr("新增车辆"))
        self.plate_edit = QLineEdit(self)
        self.plate_edit.setObjectName("plateEdit")
        self.plate_edit.setPlaceholderText(self.tr("如 辽B12345"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("vehicleNameEdit")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("ownerKindCombo")
        for kind, label in OWNER_KINDS:
            self.kind_combo.addItem(self.tr(label), kind)
        self.owner_edit = QLineEdit(self)
        self.owner_edit.setObjectName("ownerEdit")
        self.owner_edit.setPlaceholderText(self.tr("车主的编号或姓名"))
        self.seats_spin = QSpinBox(self)
        self.seats_spin.setObjectName("seatsSpin")
        self.seats_spin.setRange(0, 99)
        self.seats_spin.setSpecialValueText(self.tr("未填"))
        self.active_check = QCheckBox(self.tr("在用"), self)
        self.active_check.setObjectName("vehicleActiveCheck")
        self.active_check.setChecked(True)
        self.plate_error = _error_label(self, "plateError")
        self.owner_error = _error_label(self, "ownerError")
        self.form_error = _error_label(self, "vehicleFormError")
        if self.vehicle is not None:
            v = self.vehicle
            self.plate_edit.setText(v.plate)
            self.name_edit.setText(v.name)
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(v.owner_kind), 0))
            if row is not None and v.owner_member_id is not None:
                self.owner_edit.setText(row.owner_code or row.owner_name)
            self.seats_spin.setValue(v.seats or 0)
            self.active_check.setChecked(row.active if row is not None else True)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        form = QFormLayout()
        form.addRow(self.tr("车牌"), _with_error(self, self.plate_edit, self.plate_error))
        form.addRow(self.tr("名称"), self.name_edit)
        form.addRow(self.tr("归属"), self.kind_combo)
        form.addRow(self.tr("车主"), _with_error(self, self.owner_edit, self.owner_error))
        form.addRow(self.tr("座位"), self.seats_spin)
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
    def _kind_changed(self, *args) -> None:
        self.owner_edit.setEnabled(self.kind_combo.currentData() == "member")

    def _owner(self) -> tuple[int | None, str]:
        text = self.owner_edit.text().strip()
        if not text:
            return None, self.tr("队员私家车请填写车主的编号或姓名。")
        member = self.roster.member_by_code(text)
        if member is not None:
            return member.id, ""
        named = [m for m in self.roster.members_named(text) if m.name == text] or self.roster.members_named(text)
        if len(named) == 1:
            return named[0].id, ""
        if named:
            return None, self.tr("有 {0} 位队员叫“{1}”，请填写车主的编号。").format(len(named), text)
        return None, self.tr("找不到队员“{0}”，请填写车主的编号或姓名。").format(text)

    @Slot()
    def save(self) -> bool:
        for label in (self.plate_error, self.owner_error, self.form_error):
            _show_error(label, "")
        plate, name = self.plate_edit.text().strip(), self.name_edit.text().strip()
        if not plate and not name:
            _show_error(self.plate_error, self.tr("请填写车牌或车辆名称。"))
            return False
        kind = self.kind_combo.currentData()
        owner_id = None
        if kind == "member":
            owner_id, why = self._owner()
            if owner_id is None:
                _show_error(self.owner_error, why)
                return False
        vehicle = Vehicle(plate=plate, name=name, owner_kind=kind, owner_member_id=owner_id,
                          seats=self.seats_spin.value() or None, id=self.vehicle.id if self.vehicle else None)
        try:
            vehicle_id = self.roster.save_vehicle(vehicle, active=self.active_check.isChecked())
        except (StoreError, ValueError, DatabaseFailure) as exc:
            _show_error(self.form_error, self.tr("没有保存：{0}").format(texts.message(exc)))
            return False
        self.saved.emit(vehicle_id)
        self.accept()
        return True
