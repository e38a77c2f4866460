"""The 名册 page: members, squads and vehicles; their editors; the roster workbook in and out.

Everything goes through ``context.store.roster`` (no SQL here). The member table holds only ids
(filtered and sorted in SQL) and reads the rows it shows a page at a time, so 3,000 members or
many more stay quick. Every change emits ``context.roster_changed``; the page refreshes by
listening to it. Members are never deleted: 停用 keeps their task history.
"""
from __future__ import annotations

import datetime as dt
import itertools
import logging
import re
import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
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
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.domain.records import DISTRICTS, Member, Squad, Vehicle
from wz_desktop.domain.workflow import phone_looks_valid
from wz_desktop.store.errors import DatabaseFailure, StoreError
from wz_desktop.store.roster import (
    MEMBER_ROLES,
    Certification,
    MemberRow,
    normalise_code,
    normalise_phone,
)
from wz_desktop.ui import dialogs, texts
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.roster_report import RosterReportDialog
from wz_desktop.ui.worker import BackgroundTask, Cancelled
from wz_desktop.workbook.reader import WorkbookError
from wz_desktop.services.roster import export_roster, import_roster

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
PAGE_SIZE = 200
EXPIRY_SOON_DAYS = 30
# the colours of a certificate's expiry (they mean only that, across the application)
EXPIRED_COLOR = QColor("#c62828")
EXPIRED_TINT = QColor(198, 40, 40, 40)
EXPIRING_COLOR = QColor("#e65100")
EXPIRING_TINT = QColor(230, 81, 0, 36)
INACTIVE_COLOR = QColor("#9e9e9e")
ERROR_STYLE = "color: #c62828;"


def _t(text: str) -> str:
    return QCoreApplication.translate("RosterPage", text)


# --- how values are shown and read -----------------------------------------------------------------

def phone_text(phone: str | None) -> str:
    """Digits as people read them: 138-0411-2233, 0411-84661234 (010-…, 02x-… with a 3-digit area code)."""
    digits = normalise_phone(phone)
    if re.fullmatch(r"1\d{10}", digits):
        return f"{digits[:3]}-{digits[3:7]}-{digits[7:]}"
    if digits.startswith("0") and len(digits) >= 10:
        area = 3 if digits[1] in "12" else 4
        return f"{digits[:area]}-{digits[area:]}"
    return digits or (phone or "")


def expiry_state(expires_on: str | None, today: dt.date | None = None) -> tuple[str | None, int]:
    """('expired' | 'soon' | None, days left) for a certificate's expiry date ('YYYY-MM-DD')."""
    if not expires_on:
        return None, 0
    try:
        day = dt.date.fromisoformat(expires_on[:10])
    except ValueError:
        return None, 0
    left = (day - (today or dt.date.today())).days
    if left < 0:
        return "expired", left
    if left <= EXPIRY_SOON_DAYS:
        return "soon", left
    return None, left


def expiry_text(expires_on: str | None, today: dt.date | None = None) -> str:
    state, left = expiry_state(expires_on, today)
    if not expires_on:
        return ""
    if state == "expired":
        return _t("{0}（已过期）").format(expires_on)
    if state == "soon":
        return _t("{0}（今天到期）").format(expires_on) if left == 0 else _t("{0}（{1} 天后）").format(expires_on, left)
    return expires_on


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_date(text: str) -> tuple[str | None, bool]:
    """(YYYY-MM-DD or None, readable) for a date as typed: 2025-06-30, 2025/6/30, 2025年6月30日, 20250630."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text:
        return None, True
    match = _DATE.match(text) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text)
    if not match:
        return None, False
    try:
        return dt.date(*map(int, match.groups())).isoformat(), True
    except ValueError:
        return None, False


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _with_error(parent: QWidget, field: QWidget, error: QLabel) -> QWidget:
    """A field with its error message right under it (empty and hidden while all is well)."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


# --- the member editor -----------------------------------------------------------------------------

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


# --- the squad and vehicle editors -------------------------------------------------------------------

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


OWNER_KINDS = (("team", "队伍车辆"), ("member", "队员私家车"))


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


# --- table models ----------------------------------------------------------------------------------

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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D401 (Qt's)
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
            return row.role
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
        return (row.squad.name, row.squad.district, row.leader_name, row.active_members,
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


# --- background work -------------------------------------------------------------------------------

def roster_import_job(path: Path):
    """Back the database up (when it holds anything), then merge the roster workbook, all or nothing."""

    def job(store, progress, cancelled):
        backup = None
        counts = store.roster.counts()
        if counts["members"] or counts["squads"] or counts["vehicles"] or store.tasks.total():
            progress(5, _t("正在备份数据库"))
            try:
                backup = store.backup("before-roster-import")
            except (OSError, DatabaseFailure) as exc:
                raise StoreError(_t("导入前无法备份数据库（{0}），没有导入。").format(getattr(exc, "strerror", None) or exc))
        if cancelled():
            raise Cancelled()
        progress(20, _t("正在读取并导入“{0}”").format(path.name))
        report = import_roster(store, path)
        progress(100, _t("导入完成"))
        return report, backup

    return job


def roster_export_job(path: Path):
    def job(store, progress, cancelled):
        if cancelled():
            raise Cancelled()
        progress(10, _t("正在写入“{0}”").format(path.name))
        counts = export_roster(store, path)
        progress(100, _t("导出完成"))
        return counts

    return job


# --- the page --------------------------------------------------------------------------------------

class RosterPage(QWidget):
    """名册: tabs 队员 / 分队 / 车辆, their editors, and 导入名册… / 导出名册… in the background.

    Signals: ``count_changed(int)`` members listed; ``import_done(object)`` the RosterReport (None
    when the import failed); ``export_done(bool, str)`` ok and message.
    """

    count_changed = Signal(int)
    import_done = Signal(object)
    export_done = Signal(bool, str)

    MEMBERS_TAB, SQUADS_TAB, VEHICLES_TAB = range(3)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.settings = context.settings
        self.setObjectName("RosterPage")
        self.background: BackgroundTask | None = None
        self.member_dialog: MemberDialog | None = None
        self.squad_dialog: SquadDialog | None = None
        self.vehicle_dialog: VehicleDialog | None = None
        self.report_dialog: RosterReportDialog | None = None
        self.last_report = None
        self.drafts: dict[int | None, dict] = {}  # member forms closed unsaved, by member id (None: new)

        # --- header: the workbook buttons ---
        self.import_button = QPushButton(self.tr("导入名册(&I)…"), self)
        self.import_button.setObjectName("importRosterButton")
        self.import_button.setToolTip(self.tr("从 Excel 名册（分队、队员、证书、车辆）导入；导入前自动备份数据库"))
        self.import_button.clicked.connect(self.import_roster)
        self.export_button = QPushButton(self.tr("导出名册(&E)…"), self)
        self.export_button.setObjectName("exportRosterButton")
        self.export_button.setToolTip(self.tr("把分队、队员、证书和车辆导出为 Excel 名册"))
        self.export_button.clicked.connect(self.export_roster)
        self.expiring_label = QLabel(self)
        self.expiring_label.setObjectName("expiringLabel")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.expiring_label, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rosterTabs")
        self.tabs.addTab(self._build_members_tab(), self.tr("队员(&1)"))
        self.tabs.addTab(self._build_squads_tab(), self.tr("分队(&2)"))
        self.tabs.addTab(self._build_vehicles_tab(), self.tr("车辆(&3)"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.new_member_action = QAction(self.tr("新增队员"), self)
        self.new_member_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_member_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_member_action.triggered.connect(self.new_member)
        self.addAction(self.new_member_action)

        context.roster_changed.connect(self.reload)
        context.user_changed.connect(self.apply_role)
        self.reload_squad_filter()
        self._update_expiring()
        self._on_member_current()
        self.apply_role()

    # --- building ------------------------------------------------------------------------------

    def _build_members_tab(self) -> QWidget:
        tab = QWidget(self)
        self.search_edit = QLineEdit(tab)
        self.search_edit.setObjectName("rosterSearchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("搜索姓名、昵称、编号或电话（Ctrl+F）"))
        self.search_edit.setMinimumWidth(220)
        self.squad_filter = QComboBox(tab)
        self.squad_filter.setObjectName("squadFilter")
        self.squad_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.active_only_check = QCheckBox(self.tr("只看在队(&A)"), tab)
        self.active_only_check.setObjectName("activeOnlyCheck")
        self.active_only_check.setChecked(True)
        self.member_count_label = QLabel(tab)
        self.member_count_label.setObjectName("memberCountLabel")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.squad_filter)
        bar.addWidget(self.active_only_check)
        bar.addSpacing(8)
        bar.addWidget(self.member_count_label)

        self.member_model = MemberTableModel(self.store, self)
        self.member_model.set_query("", None, True)
        self.member_table = RosterTableView(tab)
        self.member_table.setObjectName("memberTable")
        self.member_table.setModel(self.member_model)
        header = self.member_table.horizontalHeader()
        for column, width in enumerate(MEMBER_WIDTHS):
            header.resizeSection(column, width)
        header.setSortIndicator(MemberColumn.SQUAD, Qt.SortOrder.AscendingOrder)
        self.member_table.setSortingEnabled(True)

        self.new_member_button = QPushButton(self.tr("新增队员(&N)"), tab)
        self.new_member_button.setObjectName("newMemberButton")
        self.new_member_button.setToolTip(self.tr("Ctrl+Shift+N"))
        self.new_member_button.clicked.connect(self.new_member)
        self.edit_member_button = QPushButton(self.tr("编辑…"), tab)
        self.edit_member_button.setObjectName("editMemberButton")
        self.edit_member_button.setToolTip(self.tr("或在表中按 Enter、双击"))
        self.edit_member_button.clicked.connect(self.edit_current_member)
        self.deactivate_button = QPushButton(self.tr("停用"), tab)
        self.deactivate_button.setObjectName("deactivateButton")
        self.deactivate_button.setToolTip(self.tr("离队的队员停用而不删除：他的出队记录都保留"))
        self.deactivate_button.clicked.connect(self.toggle_current_member_active)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.new_member_button)
        buttons.addWidget(self.edit_member_button)
        buttons.addWidget(self.deactivate_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.member_table, 1)
        layout.addLayout(buttons)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_edit.returnPressed.connect(self._search_entered)
        self.squad_filter.currentIndexChanged.connect(self.apply_filter)
        self.active_only_check.toggled.connect(self.apply_filter)
        self.member_model.count_changed.connect(self._on_member_count)
        self.member_model.modelReset.connect(self._on_member_current)
        self.member_table.selectionModel().currentRowChanged.connect(self._on_member_current)
        self.member_table.open_requested.connect(self.edit_current_member)
        self.member_table.deactivate_requested.connect(self.toggle_current_member_active)
        self._on_member_count(self.member_model.rowCount())
        return tab

    def _build_squads_tab(self) -> QWidget:
        tab = QWidget(self)
        self.squad_model = SquadTableModel(self.store, self)
        self.squad_table = RosterTableView(tab)
        self.squad_table.setObjectName("squadTable")
        self.squad_table.setModel(self.squad_model)
        for column, width in enumerate((150, 100, 100, 70, 60)):
            self.squad_table.horizontalHeader().resizeSection(column, width)
        self.squad_table.open_requested.connect(self.edit_current_squad)
        new = QPushButton(self.tr("新增分队"), tab)
        new.setObjectName("newSquadButton")
        new.clicked.connect(lambda: self.open_squad(None))
        edit = QPushButton(self.tr("编辑…"), tab)
        edit.setObjectName("editSquadButton")
        edit.clicked.connect(self.edit_current_squad)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(edit)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.squad_table, 1)
        layout.addLayout(buttons)
        return tab

    def _build_vehicles_tab(self) -> QWidget:
        tab = QWidget(self)
        self.vehicle_model = VehicleTableModel(self.store, self)
        self.vehicle_table = RosterTableView(tab)
        self.vehicle_table.setObjectName("vehicleTable")
        self.vehicle_table.setModel(self.vehicle_model)
        for column, width in enumerate((100, 220, 90, 80, 50, 50)):
            self.vehicle_table.horizontalHeader().resizeSection(column, width)
        self.vehicle_table.open_requested.connect(self.edit_current_vehicle)
        self.vehicle_table.deactivate_requested.connect(self.toggle_current_vehicle_active)
        new = QPushButton(self.tr("新增车辆"), tab)
        new.setObjectName("newVehicleButton")
        new.clicked.connect(lambda: self.open_vehicle(None))
        edit = QPushButton(self.tr("编辑…"), tab)
        edit.setObjectName("editVehicleButton")
        edit.clicked.connect(self.edit_current_vehicle)
        toggle = QPushButton(self.tr("停用 / 恢复"), tab)
        toggle.setObjectName("toggleVehicleButton")
        toggle.clicked.connect(self.toggle_current_vehicle_active)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(edit)
        buttons.addWidget(toggle)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.vehicle_table, 1)
        layout.addLayout(buttons)
        return tab

    # --- keys: Ctrl+F searches the roster while the page has the focus -------------------------

    def event(self, event) -> bool:
        # claim Ctrl+F before the window's own "search tasks" shortcut sees it, while the focus is here
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(QKeySequence.StandardKey.Find):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Find):
            self.focus_search()
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def apply_role(self) -> None:
        """The roster's changing buttons, enabled only for a role that may change the roster (the
        store refuses the others anyway); exporting and looking stay open to everyone."""
        allowed = self.store.may("roster")
        for name in ("importRosterButton", "newMemberButton", "editMemberButton", "deactivateButton",
                     "newSquadButton", "editSquadButton", "newVehicleButton", "editVehicleButton",
                     "toggleVehicleButton"):
            button = self.findChild(QPushButton, name)
            if button is not None:
                button.setEnabled(allowed and not (name == "importRosterButton" and self.busy()))
        self.new_member_action.setEnabled(allowed)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(self.MEMBERS_TAB)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- members: filter and current ------------------------------------------------------------

    def reload_squad_filter(self) -> None:
        chosen = self.squad_filter.currentData()
        counts = self.store.roster.squad_member_counts()
        self.squad_filter.blockSignals(True)
        try:
            self.squad_filter.clear()
            self.squad_filter.addItem(self.tr("全部分队"), None)
            for squad in self.store.roster.squads():
                self.squad_filter.addItem(self.tr("{0}（{1}）").format(squad.name, counts.get(squad.id, 0)), squad.id)
            index = self.squad_filter.findData(chosen) if chosen is not None else 0
            self.squad_filter.setCurrentIndex(max(index, 0))
        finally:
            self.squad_filter.blockSignals(False)

    def set_squad_filter(self, squad_id: int | None) -> None:
        index = self.squad_filter.findData(squad_id) if squad_id is not None else 0
        if index >= 0:
            self.squad_filter.setCurrentIndex(index)

    @Slot()
    def apply_filter(self) -> None:
        self.search_timer.stop()
        current = self.current_member_id()
        self.member_model.set_query(self.search_edit.text(), self.squad_filter.currentData(),
                                    self.active_only_check.isChecked())
        self.select_member(current)

    @Slot()
    def _search_entered(self) -> None:
        self.apply_filter()
        if self.member_model.rowCount():
            if not self.member_table.currentIndex().isValid():
                self.select_member(self.member_model.member_id(0))
            self.member_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_member_id(self) -> int | None:
        index = self.member_table.currentIndex()
        return self.member_model.member_id(index.row()) if index.isValid() else None

    def select_member(self, member_id: int | None) -> bool:
        row = self.member_model.row_of(member_id) if member_id is not None else -1
        if row < 0:
            return False
        index = self.member_model.index(row, 0)
        self.member_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.member_table.scrollTo(index)
        return True

    @Slot(int)
    def _on_member_count(self, count: int) -> None:
        total = self.store.roster.count_members(active_only=True)
        self.member_count_label.setText(self.tr("列出 {0} 人（在队共 {1} 人）").format(f"{count:,}", f"{total:,}"))
        self.count_changed.emit(count)

    def _on_member_current(self, *args) -> None:
        member_id = self.current_member_id()
        row = self.member_model.row(self.member_table.currentIndex().row()) if member_id is not None else None
        self.edit_member_button.setEnabled(row is not None and self.store.may("roster"))
        self.deactivate_button.setEnabled(row is not None and self.store.may("roster"))
        self.deactivate_button.setText(self.tr("恢复在队") if row is not None and not row.active else self.tr("停用"))

    def _update_expiring(self) -> None:
        soon = dt.date.today() + dt.timedelta(days=EXPIRY_SOON_DAYS)
        people = {member.id for _cert, member in self.store.roster.expiring(soon, since=dt.date.today())}
        self.expiring_label.setText(self.tr("{0} 位在队队员的证书 30 天内到期。").format(len(people)) if people else "")

    # --- refreshing ----------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Read the roster again (after an edit here or elsewhere, an import, F5), keeping the current member."""
        current = self.current_member_id()
        self.reload_squad_filter()
        self.member_model.set_query(self.search_edit.text(), self.squad_filter.currentData(),
                                    self.active_only_check.isChecked())
        self.select_member(current)
        self.squad_model.reload()
        self.vehicle_model.reload()
        self._update_expiring()

    def _changed(self) -> None:
        self.context.poll_changes()  # the store told its own writes already; this catches the rest

    # --- member commands -----------------------------------------------------------------------

    @Slot()
    def new_member(self) -> MemberDialog:
        return self.open_member(None, squad_id=self.squad_filter.currentData())

    @Slot()
    def edit_current_member(self) -> MemberDialog | None:
        member_id = self.current_member_id()
        return self.open_member(member_id) if member_id is not None else None

    def _member_dialog(self, member_id: int | None, name: str = "", squad_id: int | None = None) -> MemberDialog:
        if self.member_dialog is not None:
            self.member_dialog.close()
            self.member_dialog.deleteLater()
        draft = self.drafts.get(member_id) if not name else None
        dialog = MemberDialog(self.store, member_id, self, name=name, squad_id=squad_id, draft=draft)
        dialog.saved.connect(lambda saved_id, key=member_id: self._member_saved(key, saved_id))
        if not name:  # a name handed over (a 接龙 name) is the caller's; it leaves no draft behind
            dialog.rejected.connect(lambda key=member_id, d=dialog: self._member_closed(key, d))
        self.member_dialog = dialog
        return dialog

    def open_member(self, member_id: int | None, *, name: str = "", squad_id: int | None = None) -> MemberDialog:
        """The member editor, window-modal without blocking (tests drive ``page.member_dialog``)."""
        dialog = self._member_dialog(member_id, name, squad_id)
        dialog.open()
        return dialog

    def add_member_named(self, name: str, squad_id: int | None = None) -> int | None:
        """Open the member editor filled with this name (a 接龙 name that matches no one) and wait for it.

        Returns the new member's id, or None when the secretary cancels.
        """
        dialog = self._member_dialog(None, name, squad_id)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.member_id() if accepted else None

    def _member_saved(self, key: int | None, member_id: int) -> None:
        self.drafts.pop(key, None)
        self._changed()
        if not self.select_member(member_id) and self.search_edit.text():
            # the new member may not match the search: clear it so that they can be seen
            self.search_edit.clear()
            self.apply_filter()
            self.select_member(member_id)

    def _member_closed(self, key: int | None, dialog: MemberDialog) -> None:
        if dialog.is_modified():
            self.drafts[key] = dialog.values()  # Esc loses nothing: the form comes back as it was
        else:
            self.drafts.pop(key, None)

    @Slot()
    def toggle_current_member_active(self) -> None:
        member_id = self.current_member_id()
        if member_id is None:
            return
        member = self.store.roster.member(member_id)
        if member is None:
            return
        if member.active:
            tasks = len(self.store.roster.member_tasks(member_id, limit=100000))
            text = self.tr("停用队员“{0}”？\n\n停用后不再出现在出队的候选名单中；").format(member.name)
            text += (self.tr("他的 {0} 次出队记录都保留。").format(tasks) if tasks
                     else self.tr("以后可以随时恢复在队。"))
            if not dialogs.ask_yes_no(self, self.tr("停用队员"), text):
                return
        try:
            self.store.roster.set_member_active(member_id, not member.active)
        except (StoreError, DatabaseFailure) as exc:
            dialogs.show_error(self, self.tr("无法保存"), texts.message(exc))
            return
        self._changed()
        self._on_member_current()

    # --- squads and vehicles -------------------------------------------------------------------

    def open_squad(self, squad_id: int | None) -> SquadDialog:
        if self.squad_dialog is not None:
            self.squad_dialog.close()
            self.squad_dialog.deleteLater()
        self.squad_dialog = SquadDialog(self.store, squad_id, self)
        self.squad_dialog.saved.connect(lambda _id: self._changed())
        self.squad_dialog.open()
        return self.squad_dialog

    @Slot()
    def edit_current_squad(self) -> SquadDialog | None:
        squad_id = self.squad_model.squad_id(self.squad_table.currentIndex().row())
        return self.open_squad(squad_id) if squad_id is not None else None

    def open_vehicle(self, vehicle_id: int | None) -> VehicleDialog:
        if self.vehicle_dialog is not None:
            self.vehicle_dialog.close()
            self.vehicle_dialog.deleteLater()
        self.vehicle_dialog = VehicleDialog(self.store, vehicle_id, self)
        self.vehicle_dialog.saved.connect(lambda _id: self._changed())
        self.vehicle_dialog.open()
        return self.vehicle_dialog

    @Slot()
    def edit_current_vehicle(self) -> VehicleDialog | None:
        vehicle_id = self.vehicle_model.vehicle_id(self.vehicle_table.currentIndex().row())
        return self.open_vehicle(vehicle_id) if vehicle_id is not None else None

    @Slot()
    def toggle_current_vehicle_active(self) -> None:
        row = self.vehicle_table.currentIndex().row()
        if not 0 <= row < len(self.vehicle_model.rows):
            return
        entry = self.vehicle_model.rows[row]
        if entry.active and not dialogs.ask_yes_no(
                self, self.tr("停用车辆"),
                self.tr("停用车辆“{0}”？已有的出队记录保留，以后可以恢复。").format(entry.vehicle.plate or entry.vehicle.name)):
            return
        try:
            self.store.roster.set_vehicle_active(entry.vehicle.id, not entry.active)
        except (StoreError, DatabaseFailure) as exc:
            dialogs.show_error(self, self.tr("无法保存"), texts.message(exc))
            return
        self._changed()
        self.vehicle_table.setCurrentIndex(self.vehicle_model.index(row, 0))

    # --- the roster workbook -------------------------------------------------------------------

    def _folder(self) -> str:
        from wz_desktop.ui.settings import save_folder

        return save_folder(self.settings, "Paths/roster_dir")

    def busy(self) -> bool:
        return self.background is not None and self.background.running

    def _run(self, job, *, title: str, label: str) -> BackgroundTask:
        task = BackgroundTask(self, self.context.db_path, job, title=title, label=label, expected=(WorkbookError,))
        self.background = task
        self.import_button.setEnabled(False)
        self.export_button.setEnabled(False)
        task.done.connect(self._on_background_done)
        task.start()
        return task

    @Slot()
    def _on_background_done(self) -> None:
        self.export_button.setEnabled(True)
        task, self.background = self.background, None
        if task is not None:
            task.deleteLater()
        self.apply_role()

    def cancel_and_wait(self, timeout_ms: int = 30000) -> bool:
        """Stop what runs in the background (when the window closes). True if nothing is left running."""
        return self.background.cancel_and_wait(timeout_ms) if self.busy() else True

    @Slot()
    def import_roster(self) -> BackgroundTask | None:
        if self.busy():
            return None
        name = dialogs.ask_open_roster(self, self._folder())
        return self.start_import(Path(name)) if name else None

    def start_import(self, path: Path) -> BackgroundTask:
        self.settings.setValue("Paths/roster_dir", str(path.parent))
        task = self._run(roster_import_job(path), title=self.tr("导入名册"),
                         label=self.tr("正在导入“{0}”……").format(path.name))
        task.succeeded.connect(self._on_import_finished)
        task.failed.connect(self._on_import_failed)
        return task

    def _on_import_finished(self, result) -> None:
        report, backup = result
        self.last_report = report
        if report.changed:
            self._changed()
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
        self.report_dialog = RosterReportDialog(report, backup, self._folder(), self)
        self.report_dialog.open()
        self.import_done.emit(report)

    def _on_import_failed(self, message: str) -> None:
        dialogs.show_error(self, self.tr("名册导入失败"), self.tr("{0}\n\n数据库没有改动。").format(message))
        self.import_done.emit(None)

    @Slot()
    def export_roster(self) -> BackgroundTask | None:
        if self.busy():
            return None
        default = str(Path(self._folder()) / self.tr("队伍名册-{0}.xlsx").format(dt.date.today().strftime("%Y%m%d")))
        name = dialogs.ask_save_file(self, self.tr("导出名册"), default, self.tr("Excel 工作簿 (*.xlsx)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        return self.start_export(path)

    def start_export(self, path: Path) -> BackgroundTask:
        task = self._run(roster_export_job(path), title=self.tr("导出名册"),
                         label=self.tr("正在导出名册到“{0}”……").format(path.name))
        task.succeeded.connect(lambda counts: self._on_export_finished(path, counts))
        task.failed.connect(self._on_export_failed)
        return task

    def _on_export_finished(self, path: Path, counts: dict) -> None:
        self.settings.setValue("Paths/roster_dir", str(path.parent))
        message = self.tr("已导出名册：{0} 个分队、{1} 名队员、{2} 张证书、{3} 辆车，保存在：\n{4}").format(
            counts.get("分队", 0), counts.get("队员", 0), counts.get("证书", 0), counts.get("车辆", 0), path)
        dialogs.show_export_done(self, self.tr("导出完成"), message, path.parent)
        self.export_done.emit(True, message)

    def _on_export_failed(self, message: str) -> None:
        dialogs.show_error(self, self.tr("名册导出失败"), message)
        self.export_done.emit(False, message)

    # --- remembered between runs ---------------------------------------------------------------

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("Roster/memberHeader", self.member_table.horizontalHeader().saveState())
        settings.setValue("Roster/tab", self.tabs.currentIndex())
        settings.setValue("Roster/activeOnly", self.active_only_check.isChecked())

    def restore_settings(self, settings: QSettings) -> None:
        from wz_desktop.ui.settings import read_bool

        state = settings.value("Roster/memberHeader")
        if state is not None:
            header = self.member_table.horizontalHeader()
            header.restoreState(state)
            self.member_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        try:
            self.tabs.setCurrentIndex(int(settings.value("Roster/tab", 0)))
        except (TypeError, ValueError):
            pass
        self.active_only_check.setChecked(read_bool(settings, "Roster/activeOnly", True))
