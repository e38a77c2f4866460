"""The vehicle editor: plate, name, the team's or a member's car, seats, in use (rules: ``domain.roster_rules``)."""
from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QSpinBox, QWidget

from wz_desktop.domain.roster_rules import check_vehicle
from wz_desktop.services.session import Session
from wz_desktop.store.errors import DatabaseFailure, StoreError
from wz_desktop.ui import texts
from wz_desktop.ui.form_errors import FormErrors
from wz_desktop.ui.forms import check_box, dialog_buttons, form, line_edit, vbox
from wz_desktop.ui.roster.common import OWNER_KINDS


class VehicleDialog(QDialog):
    """Add or edit a vehicle: plate, name, the team's or a member's car (by code or name), seats, in use."""

    saved = Signal(int)

    def __init__(self, store, vehicle_id: int | None = None, parent: QWidget | None = None, *, session: Session):
        super().__init__(parent)
        self.roster = store.roster
        self.session = session  # who saves (the window's)
        self.vehicle = self.roster.vehicle(vehicle_id) if vehicle_id is not None else None
        row = next((r for r in self.roster.vehicle_rows() if r.vehicle.id == vehicle_id), None)
        self.setObjectName("VehicleDialog")
        self.setWindowTitle(self.tr("编辑车辆") if self.vehicle else self.tr("新增车辆"))
        self.plate_edit = line_edit(self, name="plateEdit", placeholder=self.tr("如 辽B12345"))
        self.name_edit = line_edit(self, name="vehicleNameEdit")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("ownerKindCombo")
        for kind, label in OWNER_KINDS:
            self.kind_combo.addItem(self.tr(label), kind)
        self.owner_edit = line_edit(self, name="ownerEdit", placeholder=self.tr("车主的编号或姓名"))
        self.seats_spin = QSpinBox(self)
        self.seats_spin.setObjectName("seatsSpin")
        self.seats_spin.setRange(0, 99)
        self.seats_spin.setSpecialValueText(self.tr("未填"))
        self.active_check = check_box(self.tr("在用"), self, name="vehicleActiveCheck", checked=True)
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
        self.form_error = QLabel(self)
        self.form_error.setObjectName("vehicleFormError")
        self.errors = FormErrors(self.form_error)
        field = self.errors.field
        vbox(form((self.tr("车牌"), field("plate", self.plate_edit)), (self.tr("名称"), self.name_edit),
                  (self.tr("归属"), self.kind_combo), (self.tr("车主"), field("owner", self.owner_edit)),
                  (self.tr("座位"), self.seats_spin), ("", self.active_check), grow=None),
             self.form_error,
             dialog_buttons(self, self.tr("保存(&S)"), self.tr("取消"), accepted=self.save, rejected=self.reject,
                            save=True), parent=self)
        self.plate_error, self.owner_error = self.errors.label("plate"), self.errors.label("owner")

    @Slot()
    def _kind_changed(self, *args) -> None:
        self.owner_edit.setEnabled(self.kind_combo.currentData() == "member")

    @Slot()
    def save(self) -> bool:
        vehicle, errors = check_vehicle(self.plate_edit.text(), self.name_edit.text(), self.kind_combo.currentData(),
                                        self.owner_edit.text(), self.seats_spin.value(), self.roster.member_by_code,
                                        self.roster.members_named, self.vehicle.id if self.vehicle else None)
        if vehicle is None:
            self.errors.show(errors)
            return False
        self.errors.clear()
        try:
            vehicle_id = self.roster.save_vehicle(vehicle, active=self.active_check.isChecked(),
                                                  actor=self.session.actor)
        except (StoreError, ValueError, DatabaseFailure) as exc:
            self.errors.show({"": self.tr("没有保存：{0}").format(texts.message(exc))})
            return False
        self.saved.emit(vehicle_id)
        self.accept()
        return True
