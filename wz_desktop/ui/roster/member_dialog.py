"""The member editor: one member with their certificates, saved in one transaction."""
from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.domain.records import Member
from wz_desktop.domain.workflow import phone_looks_valid
from wz_desktop.store.errors import DatabaseFailure, StoreError
from wz_desktop.store.roster import MEMBER_ROLES, Certification, normalise_code, normalise_phone
from wz_desktop.ui import texts
from wz_desktop.ui.roster.common import _error_label, _show_error, _with_error, parse_date, phone_text


CERT_COLUMNS = ("名称", "证书编号", "发证日期", "有效期至")


class MemberDialog(QDialog):
    """Add or edit one member with their certificates; saved in one transaction, or not at all.

    ``MemberDialog(store, member_id=None, parent=None, *, name="", squad_id=None, draft=None)``:
    ``member_id`` None adds a member (``name`` and ``squad_id`` pre-fill the form); ``draft`` is
    what :meth:`values` returned when the form was last closed unsaved. ``saved(member_id)`` is
    emitted once the member is in the database; :meth:`member_id` then gives the id.
    """

    saved = Signal(int)

    def __init__(self, store, member_id: int | None = None, parent: QWidget | None = None, *, name: str = "",
                 squad_id: int | None = None, draft: dict | None = None):
        super().__init__(parent)
        self.store = store
        self.roster = store.roster
        self.original_id = member_id
        self._member_id: int | None = member_id
        self.member = self.roster.member(member_id) if member_id is not None else None
        self.setObjectName("MemberDialog")
        self.setWindowTitle(self.tr("编辑队员") if self.member else self.tr("新增队员"))

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.nickname_edit = QLineEdit(self)
        self.nickname_edit.setObjectName("nicknameEdit")
        self.nickname_edit.setPlaceholderText(self.tr("微信群里的名字，接龙时会用到"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setPlaceholderText(self.tr("如 WZ0312，可以不填"))
        self.squad_combo = QComboBox(self)
        self.squad_combo.setObjectName("squadCombo")
        self.squad_combo.addItem(self.tr("（未分队）"), None)
        for squad in self.roster.squads():
            if squad.active or (self.member and self.member.squad_id == squad.id):
                self.squad_combo.addItem(squad.name, squad.id)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("phoneEdit")
        self.phone_edit.setPlaceholderText(self.tr("手机 138-0411-2233 或座机 0411-84661234"))
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("roleCombo")
        self.role_combo.addItems(list(MEMBER_ROLES))
        self.active_check = QCheckBox(self.tr("在队"), self)
        self.active_check.setObjectName("activeCheck")
        self.active_check.setChecked(True)
        self.joined_edit = QLineEdit(self)
        self.joined_edit.setObjectName("joinedEdit")
        self.joined_edit.setPlaceholderText(self.tr("如 2023-04-01"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().height() * 3 + 12)

        self.cert_table = QTableWidget(0, len(CERT_COLUMNS), self)
        self.cert_table.setObjectName("certTable")
        self.cert_table.setHorizontalHeaderLabels([self.tr(c) for c in CERT_COLUMNS])
        self.cert_table.verticalHeader().setVisible(False)
        self.cert_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cert_table.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        header = self.cert_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 110), (2, 96), (3, 96)):
            header.resizeSection(column, width)
        self.add_cert_button = QPushButton(self.tr("添加证书(&A)"), self)
        self.add_cert_button.setObjectName("addCertButton")
        self.add_cert_button.setAutoDefault(False)
        self.add_cert_button.clicked.connect(self.add_certificate_row)
        self.remove_cert_button = QPushButton(self.tr("删除证书(&D)"), self)
        self.remove_cert_button.setObjectName("removeCertButton")
        self.remove_cert_button.setAutoDefault(False)
        self.remove_cert_button.clicked.connect(self.remove_certificate_row)

        self.name_error = _error_label(self, "nameError")
        self.code_error = _error_label(self, "codeError")
        self.phone_error = _error_label(self, "phoneError")
        self.joined_error = _error_label(self, "joinedError")
        self.cert_error = _error_label(self, "certError")
        self.form_error = _error_label(self, "formError")
        self.draft_label = QLabel(self.tr("已恢复上次未保存的内容。"), self)
        self.draft_label.setObjectName("draftLabel")
        self.draft_label.setVisible(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self._label(self.tr("姓名(&M)"), self.name_edit), _with_error(self, self.name_edit, self.name_error))
        form.addRow(self._label(self.tr("昵称(&K)"), self.nickname_edit), self.nickname_edit)
        form.addRow(self._label(self.tr("编号(&C)"), self.code_edit), _with_error(self, self.code_edit, self.code_error))
        form.addRow(self._label(self.tr("分队(&Q)"), self.squad_combo), self.squad_combo)
        form.addRow(self._label(self.tr("电话(&P)"), self.phone_edit),
                    _with_error(self, self.phone_edit, self.phone_error))
        role_row = QHBoxLayout()
        role_row.addWidget(self.role_combo)
        role_row.addSpacing(16)
        role_row.addWidget(self.active_check)
        role_row.addStretch(1)
        form.addRow(self._label(self.tr("职务(&R)"), self.role_combo), role_row)
        form.addRow(self._label(self.tr("入队日期(&J)"), self.joined_edit),
                    _with_error(self, self.joined_edit, self.joined_error))
        form.addRow(self._label(self.tr("备注(&B)"), self.notes_edit), self.notes_edit)

        cert_buttons = QHBoxLayout()
        cert_buttons.addWidget(QLabel(self.tr("证书："), self))
        cert_buttons.addStretch(1)
        cert_buttons.addWidget(self.add_cert_button)
        cert_buttons.addWidget(self.remove_cert_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setText(self.tr("保存(&S)"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_shortcut = QAction(self)
        save_shortcut.setShortcut(QKeySequence.StandardKey.Save)
        save_shortcut.triggered.connect(self.save)
        self.addAction(save_shortcut)

        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_label)
        layout.addLayout(form)
        layout.addLayout(cert_buttons)
        layout.addWidget(self.cert_table, 1)
        layout.addWidget(self.cert_error)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.resize(560, 620)

        chain = [self.name_edit, self.nickname_edit, self.code_edit, self.squad_combo, self.phone_edit,
                 self.role_combo, self.active_check, self.joined_edit, self.notes_edit, self.cert_table,
                 self.add_cert_button, self.remove_cert_button, self.save_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self._load(name, squad_id)
        if draft:
            self.apply_values(draft)
            self.draft_label.setVisible(True)
        self._initial = self.values()
        self.phone_edit.editingFinished.connect(self.check_phone)
        self.phone_edit.textEdited.connect(lambda _text: _show_error(self.phone_error, ""))
        self.code_edit.textEdited.connect(lambda _text: _show_error(self.code_error, ""))
        self.name_edit.textEdited.connect(lambda _text: _show_error(self.name_error, ""))
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # --- values --------------------------------------------------------------------------------

    def _load(self, name: str, squad_id: int | None) -> None:
        m = self.member
        if m is None:
            self.name_edit.setText(name.strip())
            self._set_squad(squad_id)
            self.role_combo.setCurrentText("队员")
            self.joined_edit.setText(dt.date.today().isoformat())
            return
        self.name_edit.setText(m.name)
        self.nickname_edit.setText(m.nickname)
        self.code_edit.setText(m.code or "")
        self._set_squad(m.squad_id)
        self.phone_edit.setText(phone_text(m.phone))
        if self.role_combo.findText(m.role) < 0:
            self.role_combo.addItem(m.role)
        self.role_combo.setCurrentText(m.role)
        self.active_check.setChecked(m.active)
        self.joined_edit.setText(self.roster.member_joined_on(m.id) or "")
        self.notes_edit.setPlainText(self.roster.member_notes(m.id))
        for cert in self.roster.certifications(m.id):
            self._append_cert(cert.name, cert.number, cert.issued_on or "", cert.expires_on or "", cert.id)

    def _set_squad(self, squad_id: int | None) -> None:
        index = self.squad_combo.findData(squad_id) if squad_id is not None else 0
        self.squad_combo.setCurrentIndex(max(index, 0))

    def _append_cert(self, name: str = "", number: str = "", issued: str = "", expires: str = "",
                     cert_id: int | None = None) -> int:
        row = self.cert_table.rowCount()
        self.cert_table.insertRow(row)
        for column, text in enumerate((name, number, issued, expires)):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, cert_id)
            self.cert_table.setItem(row, column, item)
        return row

    def _cell(self, row: int, column: int) -> str:
        item = self.cert_table.item(row, column)
        return item.text().strip() if item is not None else ""

    def values(self) -> dict:
        """What the form holds, as typed (a draft to restore, and to tell whether anything changed)."""
        certs = []
        for row in range(self.cert_table.rowCount()):
            item = self.cert_table.item(row, 0)
            certs.append([self._cell(row, c) for c in range(len(CERT_COLUMNS))]
                         + [item.data(Qt.ItemDataRole.UserRole) if item is not None else None])
        return {"name": self.name_edit.text(), "nickname": self.nickname_edit.text(), "code": self.code_edit.text(),
                "squad_id": self.squad_combo.currentData(), "phone": self.phone_edit.text(),
                "role": self.role_combo.currentText(), "active": self.active_check.isChecked(),
                "joined_on": self.joined_edit.text(), "notes": self.notes_edit.toPlainText(), "certs": certs}

    def apply_values(self, values: dict) -> None:
        self.name_edit.setText(values.get("name", ""))
        self.nickname_edit.setText(values.get("nickname", ""))
        self.code_edit.setText(values.get("code", ""))
        self._set_squad(values.get("squad_id"))
        self.phone_edit.setText(values.get("phone", ""))
        role = values.get("role") or "队员"
        if self.role_combo.findText(role) < 0:
            self.role_combo.addItem(role)
        self.role_combo.setCurrentText(role)
        self.active_check.setChecked(bool(values.get("active", True)))
        self.joined_edit.setText(values.get("joined_on", ""))
        self.notes_edit.setPlainText(values.get("notes", ""))
        self.cert_table.setRowCount(0)
        for name, number, issued, expires, cert_id in values.get("certs", []):
            self._append_cert(name, number, issued, expires, cert_id)

    def is_modified(self) -> bool:
        return self.values() != self._initial

    def member_id(self) -> int | None:
        """The member's id: after saving a new member, the one it was given."""
        return self._member_id

    # --- certificates --------------------------------------------------------------------------

    @Slot()
    def add_certificate_row(self) -> None:
        row = self._append_cert()
        index = self.cert_table.model().index(row, 0)
        self.cert_table.setCurrentCell(row, 0)
        self.cert_table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.cert_table.edit(index)

    @Slot()
    def remove_certificate_row(self) -> None:
        row = self.cert_table.currentRow()
        if row >= 0:
            self.cert_table.removeRow(row)

    # --- checking and saving -------------------------------------------------------------------

    @Slot()
    def check_phone(self) -> bool:
        text = self.phone_edit.text().strip()
        if text and not phone_looks_valid(text):
            _show_error(self.phone_error, self.tr("电话“{0}”不像手机或座机号码：手机是 11 位（如 138-0411-2233），"
                                                  "座机请带区号（如 0411-84661234）。").format(text))
            return False
        _show_error(self.phone_error, "")
        return True

    def _certificates(self) -> list[Certification] | None:
        certs = []
        for row in range(self.cert_table.rowCount()):
            name, number, issued_text, expires_text = (self._cell(row, c) for c in range(len(CERT_COLUMNS)))
            if not any((name, number, issued_text, expires_text)):
                continue  # an empty row added and never filled in
            if not name:
                return self._cert_problem(row, 0, self.tr("第 {0} 张证书没有名称，请填写证书名称或删除这一行。").format(row + 1))
            issued, ok = parse_date(issued_text)
            if not ok:
                return self._cert_problem(row, 2, self.tr("第 {0} 张证书的发证日期“{1}”无法识别，请写成 2023-06-30。")
                                          .format(row + 1, issued_text))
            expires, ok = parse_date(expires_text)
            if not ok:
                return self._cert_problem(row, 3, self.tr("第 {0} 张证书的有效期“{1}”无法识别，请写成 2026-06-30；"
                                                          "长期有效的留空。").format(row + 1, expires_text))
            item = self.cert_table.item(row, 0)
            cert_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            certs.append(Certification(member_id=self._member_id or 0, name=name, expires_on=expires, number=number,
                                       issued_on=issued, id=cert_id))
        return certs

    def _cert_problem(self, row: int, column: int, message: str) -> None:
        _show_error(self.cert_error, message)
        self.cert_table.setCurrentCell(row, column)

    @Slot()
    def save(self) -> bool:
        """Check the form; save it in one transaction; close. False (and messages beside the fields) if not."""
        for label in (self.name_error, self.code_error, self.phone_error, self.joined_error, self.cert_error,
                      self.form_error):
            _show_error(label, "")
        first_bad: QWidget | None = None
        name = self.name_edit.text().strip()
        if not name:
            _show_error(self.name_error, self.tr("请填写队员姓名。"))
            first_bad = first_bad or self.name_edit
        code = normalise_code(self.code_edit.text())
        if code:
            other = self.roster.member_by_code(code)
            if other is not None and other.id != self._member_id:
                _show_error(self.code_error, self.tr("编号 {0} 已是{1}的编号，请换一个，或不填。").format(code, other.name))
                first_bad = first_bad or self.code_edit
        if not self.check_phone():
            first_bad = first_bad or self.phone_edit
        joined, ok = parse_date(self.joined_edit.text())
        if not ok:
            _show_error(self.joined_error, self.tr("入队日期“{0}”无法识别，请写成 2023-04-01，或留空。")
                        .format(self.joined_edit.text().strip()))
            first_bad = first_bad or self.joined_edit
        certs = self._certificates()
        if certs is None:
            first_bad = first_bad or self.cert_table
        if first_bad is not None:
            first_bad.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        member = Member(name=name, squad_id=self.squad_combo.currentData(), code=code,
                        phone=normalise_phone(self.phone_edit.text()), role=self.role_combo.currentText() or "队员",
                        nickname=self.nickname_edit.text().strip(), active=self.active_check.isChecked(),
                        id=self._member_id)
        try:
            member_id = self.roster.save_member(member, certs, notes=self.notes_edit.toPlainText().strip(),
                                                joined_on=joined)
        except (StoreError, ValueError, DatabaseFailure) as exc:
            message = texts.message(exc)
            if "编号" in str(exc):
                _show_error(self.code_error, message)
                self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                _show_error(self.form_error, self.tr("没有保存：{0}").format(message))
            return False
        self._member_id = member_id
        self._initial = self.values()
        self.saved.emit(member_id)
        self.accept()
        return True
