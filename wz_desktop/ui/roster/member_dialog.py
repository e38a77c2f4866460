"""The member editor: one member with their certificates, saved in one transaction.

What a member needs is ``domain.roster_rules.check_member``; this dialog hands it what is typed and
shows its messages beside their fields (``FormErrors``).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from wz_desktop.domain.roster_rules import MemberInput, check_member, check_phone
from wz_desktop.services.session import Session
from wz_desktop.store.errors import DatabaseFailure, StoreError
from wz_desktop.store.roster import MEMBER_ROLES, Certification
from wz_desktop.ui import texts
from wz_desktop.ui.form_errors import FormErrors
from wz_desktop.ui.forms import STRETCH, button, check_box, dialog_buttons, form, hbox, line_edit, tab_chain, vbox
from wz_desktop.ui.labels import word
from wz_desktop.ui.roster.certificates import CertificateTable
from wz_desktop.ui.roster.common import phone_text


class MemberDialog(QDialog):
    """Add or edit one member with their certificates; saved in one transaction, or not at all.

    ``MemberDialog(store, member_id=None, parent=None, *, name="", squad_id=None, draft=None, session)``:
    ``member_id`` None adds a member (``name`` and ``squad_id`` pre-fill the form); ``draft`` is
    what :meth:`values` returned when the form was last closed unsaved. ``saved(member_id)`` is
    emitted once the member is in the database; :meth:`member_id` then gives the id.
    """

    saved = Signal(int)

    def __init__(self, store, member_id: int | None = None, parent: QWidget | None = None, *, name: str = "",
                 squad_id: int | None = None, draft: dict | None = None, session: Session):
        super().__init__(parent)
        self.store = store
        self.session = session  # who saves (the window's)
        self.roster = store.roster
        self.original_id = member_id
        self._member_id: int | None = member_id
        self.member = self.roster.member(member_id) if member_id is not None else None
        self.setObjectName("MemberDialog")
        self.setWindowTitle(self.tr("编辑队员") if self.member else self.tr("新增队员"))

        self.name_edit = line_edit(self, name="nameEdit")
        self.nickname_edit = line_edit(self, name="nicknameEdit", placeholder=self.tr("微信群里的名字，接龙时会用到"))
        self.code_edit = line_edit(self, name="codeEdit", placeholder=self.tr("如 WZ0312，可以不填"))
        self.squad_combo = QComboBox(self)
        self.squad_combo.setObjectName("squadCombo")
        self.squad_combo.addItem(self.tr("（未分队）"), None)
        for squad in self.roster.squads():
            if squad.active or (self.member and self.member.squad_id == squad.id):
                self.squad_combo.addItem(squad.name, squad.id)
        self.phone_edit = line_edit(self, name="phoneEdit",
                                    placeholder=self.tr("手机 138-0411-2233 或座机 0411-84661234"))
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("roleCombo")
        for role in MEMBER_ROLES:  # stored as written (队长 …), shown in the window's language
            self.role_combo.addItem(word(role, "member_role"), role)
        self.active_check = check_box(self.tr("在队"), self, name="activeCheck", checked=True)
        self.joined_edit = line_edit(self, name="joinedEdit", placeholder=self.tr("如 2023-04-01"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.cert_table = CertificateTable(self)
        self.add_cert_button = button(self.tr("添加证书(&A)"), self, name="addCertButton",
                                      clicked=self.add_certificate_row, auto_default=False)
        self.remove_cert_button = button(self.tr("删除证书(&D)"), self, name="removeCertButton",
                                         clicked=self.remove_certificate_row, auto_default=False)
        self.draft_label = QLabel(self.tr("已恢复上次未保存的内容。"), self)
        self.draft_label.setObjectName("draftLabel")
        self.draft_label.setVisible(False)

        self.form_error = QLabel(self)
        self.form_error.setObjectName("formError")
        self.errors = FormErrors(self.form_error)
        self.cert_error = QLabel(self)
        self.cert_error.setObjectName("certError")
        field = self.errors.field
        details = form((self.tr("姓名(&M)"), field("name", self.name_edit)),
                       (self.tr("昵称(&K)"), self.nickname_edit),
                       (self.tr("编号(&C)"), field("code", self.code_edit)),
                       (self.tr("分队(&Q)"), self.squad_combo),
                       (self.tr("电话(&P)"), field("phone", self.phone_edit)),
                       (self.tr("职务(&R)"), hbox(self.role_combo, 16, self.active_check, STRETCH)),
                       (self.tr("入队日期(&J)"), field("joined", self.joined_edit)),
                       (self.tr("备注(&B)"), self.notes_edit), grow=QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors.add("certificates", self.cert_table, self.cert_error)
        self.name_error, self.code_error = self.errors.label("name"), self.errors.label("code")
        self.phone_error, self.joined_error = self.errors.label("phone"), self.errors.label("joined")

        self.buttons = dialog_buttons(self, self.tr("保存(&S)"), self.tr("取消"), accepted=self.save,
                                      rejected=self.reject, save=True)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        save_shortcut = QAction(self)
        save_shortcut.setShortcut(QKeySequence.StandardKey.Save)
        save_shortcut.triggered.connect(self.save)
        self.addAction(save_shortcut)

        vbox(self.draft_label, details,
             hbox(QLabel(self.tr("证书："), self), STRETCH, self.add_cert_button, self.remove_cert_button),
             (self.cert_table, 1), self.cert_error, self.form_error, self.buttons, parent=self)
        self.resize(560, 620)
        tab_chain(self.name_edit, self.nickname_edit, self.code_edit, self.squad_combo, self.phone_edit,
                  self.role_combo, self.active_check, self.joined_edit, self.notes_edit, self.cert_table,
                  self.add_cert_button, self.remove_cert_button, self.save_button)

        self._load(name, squad_id)
        if draft:
            self.apply_values(draft)
            self.draft_label.setVisible(True)
        self._initial = self.values()
        self.phone_edit.editingFinished.connect(self.check_phone)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- values --------------------------------------------------------------------------------

    def _load(self, name: str, squad_id: int | None) -> None:
        m = self.member
        if m is None:
            self.name_edit.setText(name.strip())
            self._set_squad(squad_id)
            self._set_role("队员")
            self.joined_edit.setText(dt.date.today().isoformat())
            return
        self.name_edit.setText(m.name)
        self.nickname_edit.setText(m.nickname)
        self.code_edit.setText(m.code or "")
        self._set_squad(m.squad_id)
        self.phone_edit.setText(phone_text(m.phone))
        self._set_role(m.role)
        self.active_check.setChecked(m.active)
        self.joined_edit.setText(self.roster.member_joined_on(m.id) or "")
        self.notes_edit.setPlainText(self.roster.member_notes(m.id))
        for cert in self.roster.certifications(m.id):
            self.cert_table.append(cert.name, cert.number, cert.issued_on or "", cert.expires_on or "", cert.id)

    def _set_squad(self, squad_id: int | None) -> None:
        index = self.squad_combo.findData(squad_id) if squad_id is not None else 0
        self.squad_combo.setCurrentIndex(max(index, 0))

    def role(self) -> str:
        """The position as stored (队长 / 副队长 / 队员), whatever the window's language."""
        return self.role_combo.currentData() or self.role_combo.currentText()

    def _set_role(self, role: str) -> None:
        if self.role_combo.findData(role) < 0:
            self.role_combo.addItem(word(role, "member_role"), role)
        self.role_combo.setCurrentIndex(self.role_combo.findData(role))

    def values(self) -> dict:
        """What the form holds, as typed (a draft to restore, and to tell whether anything changed)."""
        return {"name": self.name_edit.text(), "nickname": self.nickname_edit.text(), "code": self.code_edit.text(),
                "squad_id": self.squad_combo.currentData(), "phone": self.phone_edit.text(),
                "role": self.role(), "active": self.active_check.isChecked(),
                "joined_on": self.joined_edit.text(), "notes": self.notes_edit.toPlainText(),
                "certs": self.cert_table.values()}

    def apply_values(self, values: dict) -> None:
        self.name_edit.setText(values.get("name", ""))
        self.nickname_edit.setText(values.get("nickname", ""))
        self.code_edit.setText(values.get("code", ""))
        self._set_squad(values.get("squad_id"))
        self.phone_edit.setText(values.get("phone", ""))
        self._set_role(values.get("role") or "队员")
        self.active_check.setChecked(bool(values.get("active", True)))
        self.joined_edit.setText(values.get("joined_on", ""))
        self.notes_edit.setPlainText(values.get("notes", ""))
        self.cert_table.set_values(values.get("certs", []))

    def is_modified(self) -> bool:
        return self.values() != self._initial

    def member_id(self) -> int | None:
        """The member's id: after saving a new member, the one it was given."""
        return self._member_id

    # --- certificates --------------------------------------------------------------------------

    @Slot()
    def add_certificate_row(self) -> None:
        self.cert_table.add_row()

    @Slot()
    def remove_certificate_row(self) -> None:
        self.cert_table.remove_current()

    # --- checking and saving -------------------------------------------------------------------

    @Slot()
    def check_phone(self) -> bool:
        """The phone, checked as the field is left (its message only; the others stay)."""
        problem = check_phone(self.phone_edit.text())
        self.errors.set("phone", problem or "")
        return problem is None

    def _input(self) -> MemberInput:
        return MemberInput(name=self.name_edit.text(), nickname=self.nickname_edit.text(), code=self.code_edit.text(),
                           squad_id=self.squad_combo.currentData(), phone=self.phone_edit.text(),
                           role=self.role(), active=self.active_check.isChecked(),
                           joined_on=self.joined_edit.text(), notes=self.notes_edit.toPlainText(),
                           certificates=self.cert_table.inputs(), id=self._member_id)

    @Slot()
    def save(self) -> bool:
        """Check the form; save it in one transaction; close. False (and messages beside the fields) if not."""
        check = check_member(self._input(), self.roster.member_by_code)
        if not check.ok:
            self.errors.show(check.errors)
            if check.certificate_cell is not None:
                self.cert_table.setCurrentCell(*check.certificate_cell)
            return False
        self.errors.clear()
        certs = [Certification(member_id=self._member_id or 0, name=name, expires_on=expires, number=number,
                               issued_on=issued, id=cert_id) for name, number, issued, expires, cert_id in check.certificates]
        try:
            member_id = self.roster.save_member(check.member, certs, notes=check.notes, joined_on=check.joined_on,
                                                actor=self.session.actor)
        except (StoreError, ValueError, DatabaseFailure) as exc:
            message = texts.message(exc)
            if "编号" in str(exc):
                self.errors.show({"code": message})
            else:
                self.errors.show({"": self.tr("没有保存：{0}").format(message)})
            return False
        self._member_id = member_id
        self._initial = self.values()
        self.saved.emit(member_id)
        self.accept()
        return True
