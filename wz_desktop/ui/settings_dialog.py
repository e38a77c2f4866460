"""The settings dialog (设置…): data location, event-number pattern, backups, language, and the log.

Where each setting lives:

- the data location (which database opens at start when no ``--db`` is given) and the language:
  this computer's settings file (``data/database``, ``ui/language``); both take effect at the
  next start;
- the event-number pattern: the database (``store.calls.set_event_no_pattern``), which only an
  administrator may change — the store refuses others, the dialog only disables the field;
- the team's duty phone (the number a missing-person notice asks people to call): the database
  (``store.cases.set_duty_phone``), administrators only, like the pattern;
- the backup folder and rotation: ``backup-settings.json`` (``store.backups``), administrators only
  like the pattern (the role table's "settings"); the open store's backup folder follows at once.

All of them are read and written through one ``services.settings.Settings`` (docs/settings.md).
OK checks every field first (errors beside the field) and then saves everything; Cancel changes
nothing. What the main window wires (one line)::

    settings_dialog.open_settings_dialog(context, window)   # 设置…
"""
from __future__ import annotations

import datetime as dt
import logging
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.config import paths
from wz_desktop.domain.notice import check_phone
from wz_desktop.domain.roles import Action
from wz_desktop.domain.workflow import WorkflowError
from wz_desktop.logs import log_file
from wz_desktop.services import event_numbers
from wz_desktop.services.session import Session
from wz_desktop.services.settings import Settings, SettingsNotSaved
from wz_desktop.store import StoreError, backups
from wz_desktop.ui import dialogs
from wz_desktop.ui.form_errors import FormErrors
from wz_desktop.ui.texts import message
from wz_desktop.ui.widgets import buddy_label

log = logging.getLogger(__name__)

KEEP_MIN, KEEP_MAX = 1, 365
LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))  # each in its own language: never translated
PREVIEW_ERRORS = (ValueError, TypeError, KeyError, IndexError, re.error)  # beyond the domain's WorkflowError
SQLITE_HEADER = b"SQLite format 3\x00"


def _t(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


@dataclass
class SettingsValues:
    """What OK is about to save (after every field was checked)."""

    database: Path | None  # None: the default database
    pattern: str
    backup_folder: Path | None  # None: ``backups`` beside the database
    keep_daily: int
    keep_other: int
    language: str
    duty_phone: str = ""


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(mid)")
    return label


def _form(group: QGroupBox) -> QFormLayout:
    """A group's layout: a form, with room below it for notes across the whole width."""
    outer = QVBoxLayout(group)
    form = QFormLayout()
    outer.addLayout(form)
    return form


def _left(widget: QWidget) -> QHBoxLayout:
    """A widget at its own width, not stretched across the form."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


def check_database_path(text: str) -> tuple[Path | None, str | None]:
    """(the database to open at start — None for the default —, an error or None)."""
    text = text.strip()
    if not text:
        return None, None
    path = Path(text).expanduser()
    if not path.is_absolute():
        return None, _t("请填写完整的路径，例如 D:\\万众救援台\\wanzhong.db。")
    if path.is_dir():
        return None, _t("“{0}”是一个文件夹，请填写数据库文件名。").format(path)
    if not path.parent.is_dir():
        return None, _t("文件夹“{0}”不存在，请选择一个已有的文件夹。").format(path.parent)
    if path.exists():
        try:
            with path.open("rb") as handle:
                head = handle.read(len(SQLITE_HEADER))
        except OSError as exc:
            return None, _t("无法读取“{0}”：{1}").format(path, exc.strerror or exc)
        if head and head != SQLITE_HEADER:
            return None, _t("“{0}”不是万众救援台的数据库文件。").format(path.name)
    if path == paths().default_db:
        return None, None
    return path, None


def check_backup_folder(text: str) -> tuple[Path | None, str | None]:
    """(the backup folder — None for the default beside the database —, an error or None). A folder
    that doesn't exist yet is made; it must take a file."""
    text = text.strip()
    if not text:
        return None, None
    folder = Path(text).expanduser()
    if not folder.is_absolute():
        return None, _t("请填写完整的文件夹路径，例如 D:\\万众救援台\\备份。")
    if folder.exists() and not folder.is_dir():
        return None, _t("“{0}”是一个文件，不是文件夹。").format(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".wz-write-test-"):
            pass
    except OSError as exc:
        return None, _t("无法在“{0}”创建或写入备份：{1}。请选择另一个文件夹，或检查权限。").format(
            folder, exc.strerror or exc)
    return folder, None


class SettingsDialog(QDialog):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("设置"))
        self.context = context
        self.store = context.store
        self.settings = context.settings
        self.may_change = self.store.may(Action.SETTINGS)  # the pattern and the backups
        self.year = dt.date.today().year

        # the current values, to save only what changed
        self.all_settings = Settings(self.store, self.settings)  # every setting, wherever it lives (docs/settings.md)
        self._database = self.all_settings.get("database")
        self._pattern = self.all_settings.get("event_no_pattern")
        self._backup = backups.BackupSettings(self.all_settings.get("backup_folder"), self.all_settings.get("keep_daily"),
                                              self.all_settings.get("keep_other"))
        self._language = self.all_settings.get("language")
        self._duty_phone = self.all_settings.get("duty_phone")

        outer = QVBoxLayout(self)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows when an error shows
        # the groups scroll when the screen is too low for them (1366x768: the buttons stay on it)
        self.body = QWidget(self)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.errors = FormErrors()  # each field's message beside it (the groups add their fields)
        layout.addWidget(self._data_group())
        layout.addWidget(self._pattern_group())
        layout.addWidget(self._duty_group())
        layout.addWidget(self._backup_group())
        layout.addWidget(self._language_group())
        layout.addWidget(self._log_group())
        if not self.may_change:
            session = self.store.session
            who = self.tr("{0}“{1}”").format(session.role_word, session.name) if session else ""
            self.rights_note = _note(self.tr("只有管理员可以修改事件编号格式、值班电话和备份设置（当前登录：{0}），"
                                             "这些项目不能更改。").format(who), self)
            self.rights_note.setObjectName("rightsNote")
            layout.addWidget(self.rights_note)
        else:
            self.rights_note = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll)
        outer.addWidget(self.buttons)

        for widget in (self.pattern_edit, self.duty_phone_edit, self.backup_folder_edit, self.backup_browse_button,
                       self.keep_daily_spin, self.keep_other_spin):
            widget.setEnabled(self.may_change)
        self._update_preview()
        self.adjustSize()
        self._fit()

    # --- the groups --------------------------------------------------------------------------

    def _data_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("数据位置"), self)
        self.database_edit = QLineEdit(str(self._database) if self._database else "", group)
        self.database_edit.setObjectName("databaseEdit")
        self.database_edit.setMinimumWidth(380)
        self.database_edit.setPlaceholderText(self.tr("默认：{0}").format(paths().default_db))
        self.database_browse_button = QPushButton(self.tr("浏览(&B)…"), group)
        self.database_browse_button.clicked.connect(self._browse_database)
        self.database_error = self._error_label("database", self.database_edit, group)
        row = QHBoxLayout()
        row.addWidget(self.database_edit, 1)
        row.addWidget(self.database_browse_button)
        form = _form(group)
        form.addRow(buddy_label(self.tr("数据库文件(&D)："), self.database_edit, group), row)
        form.addRow("", self.database_error)
        group.layout().addWidget(_note(self.tr("启动时打开的数据库（命令行 --db 指定的除外）。留空则使用默认位置。"
                                      "更改在下次启动万众救援台时生效；当前打开的是：{0}").format(self.store.path), group))
        return group

    def _pattern_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("事件编号"), self)
        self.pattern_edit = QLineEdit(self._pattern, group)
        self.pattern_edit.setObjectName("patternEdit")
        self.pattern_preview = QLabel(group)
        self.pattern_preview.setObjectName("patternPreview")
        self.pattern_error = self._error_label("pattern", self.pattern_edit, group)
        self.pattern_edit.textChanged.connect(self._update_preview)
        form = _form(group)
        form.addRow(self.tr("编号格式(&P)："), self.pattern_edit)
        form.addRow("", self.pattern_error)
        form.addRow(self.tr("下一个编号："), self.pattern_preview)
        group.layout().addWidget(_note(self.tr("{year} 为年份，{seq} 为当年的序号，{seq:04d} 表示补足四位，"
                                      "例如 WZ{year}-{seq:04d} → WZ2023-0001。已有的编号不会改变。"), group))
        return group

    def _duty_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("值班电话"), self)
        self.duty_phone_edit = QLineEdit(self._duty_phone, group)
        self.duty_phone_edit.setObjectName("dutyPhoneEdit")
        self.duty_phone_edit.setPlaceholderText(self.tr("例如 0411-12345678"))
        self.duty_phone_error = self._error_label("duty_phone", self.duty_phone_edit, group)
        form = _form(group)
        form.addRow(buddy_label(self.tr("队伍值班电话(&H)："), self.duty_phone_edit, group), self.duty_phone_edit)
        form.addRow("", self.duty_phone_error)
        group.layout().addWidget(_note(self.tr("寻人启事里请大家拨打的电话。留空：家属同意公开电话时写家属的电话，"
                                      "否则只写 110。"), group))
        return group

    def _backup_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("备份"), self)
        folder = self._backup.folder
        self.backup_folder_edit = QLineEdit(str(folder) if folder else "", group)
        self.backup_folder_edit.setObjectName("backupFolderEdit")
        self.backup_folder_edit.setPlaceholderText(
            self.tr("默认：数据库旁的 backups 文件夹（{0}）").format(self.store.path.parent / "backups"))
        self.backup_browse_button = QPushButton(self.tr("浏览(&R)…"), group)
        self.backup_browse_button.clicked.connect(self._browse_backup_folder)
        self.backup_folder_error = self._error_label("backup_folder", self.backup_folder_edit, group)
        self.keep_daily_spin = self._keep_spin(self._backup.keep_daily, "keepDailySpin", group)
        self.keep_other_spin = self._keep_spin(self._backup.keep_other, "keepOtherSpin", group)
        self.keep_error = self._error_label("keep", self.keep_daily_spin, group)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder_edit, 1)
        row.addWidget(self.backup_browse_button)
        form = _form(group)
        form.addRow(buddy_label(self.tr("备份文件夹(&F)："), self.backup_folder_edit, group), row)
        form.addRow("", self.backup_folder_error)
        form.addRow(buddy_label(self.tr("保留每日备份(&K)："), self.keep_daily_spin, group), _left(self.keep_daily_spin))
        form.addRow(buddy_label(self.tr("保留其他备份(&O)："), self.keep_other_spin, group), _left(self.keep_other_spin))
        form.addRow("", self.keep_error)
        group.layout().addWidget(_note(self.tr("每日备份保留最近的若干份；导入、升级、恢复前的备份另计（各 1–365 份）。"
                                      "更改文件夹后，新的备份保存到新文件夹，旧的备份留在原处。"), group))
        return group

    def _keep_spin(self, value: int, name: str, parent: QWidget) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setObjectName(name)
        spin.setRange(KEEP_MIN, KEEP_MAX)
        spin.setValue(min(max(int(value), KEEP_MIN), KEEP_MAX))
        spin.setSuffix(self.tr(" 份"))
        spin.valueChanged.connect(lambda _v: self.errors.clear("keep"))
        return spin

    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("界面语言"), self)
        self.language_combo = QComboBox(group)
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self._language)))
        form = _form(group)
        form.addRow(buddy_label(self.tr("语言(&L)："), self.language_combo, group), _left(self.language_combo))
        group.layout().addWidget(_note(self.tr("更改语言在重新启动万众救援台后生效。"), group))
        return group

    def _log_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("日志"), self)
        self.log_label = QLabel(str(log_file()), group)
        self.log_label.setObjectName("logLabel")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_log_button = QPushButton(self.tr("打开日志文件夹(&G)"), group)
        self.open_log_button.setAutoDefault(False)
        self.open_log_button.clicked.connect(self._open_log_folder)
        form = _form(group)
        form.addRow(self.tr("日志文件："), self.log_label)
        form.addRow("", _left(self.open_log_button))
        group.layout().addWidget(_note(self.tr("程序出错时，请把这个文件发给维护人员。"), group))
        return group

    # --- reading the fields ------------------------------------------------------------------

    def pattern(self) -> str:
        return self.pattern_edit.text().strip()

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def _update_preview(self, *_args) -> None:
        pattern = self.pattern()
        if not pattern:
            self.pattern_preview.setText("—")
            return
        try:
            number = event_numbers.preview(self.store, self.year, pattern)
        except WorkflowError as exc:
            self.pattern_preview.setText("—")
            self._show(self.pattern_error, message(exc))
            return
        except PREVIEW_ERRORS as exc:  # a pattern the domain lets through but the numbers don't read
            log.warning("previewing the event number pattern %r: %s", pattern, exc)
            self.pattern_preview.setText("—")
            return
        self.errors.clear("pattern")
        self.pattern_preview.setText(self.tr("{0}（{1} 年）").format(number, self.year))

    def _error_label(self, name: str, field: QWidget, parent: QWidget) -> QLabel:
        """The label (placed by the group) where ``FormErrors`` shows this field's message."""
        label = QLabel(parent)
        self.errors.add(name, field, label)
        return label

    def _show(self, label: QLabel, message: str) -> None:
        name = next(n for n in ("database", "pattern", "duty_phone", "backup_folder", "keep") if self.errors.label(n) is label)
        self.errors.set(name, message)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for every wrapped line (an error shown may need two), but never taller than
        the screen: there the groups scroll and the buttons stay in view."""
        layout = self.body.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.body.width(), layout.sizeHint().width())
        self.scroll.setMinimumWidth(layout.sizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width())
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry().height() - self.buttons.sizeHint().height() - 64
            needed = min(needed, max(room, 200))
        if needed > self.scroll.minimumHeight():
            self.scroll.setMinimumHeight(needed)
        self.layout().activate()
        if self.sizeHint().height() > self.height():
            self.resize(self.width(), self.sizeHint().height())

    def _browse_database(self) -> None:
        current = self.database_edit.text().strip() or str(paths().default_db)
        chosen = dialogs.ask_database_file(self, current)
        if chosen:
            self.database_edit.setText(chosen)
            self.errors.clear("database")

    def _browse_backup_folder(self) -> None:
        current = self.backup_folder_edit.text().strip() or str(backups.folder_for(self.store.path))
        chosen = dialogs.ask_directory(self, self.tr("选择备份文件夹"), current)
        if chosen:
            self.backup_folder_edit.setText(chosen)
            self.errors.clear("backup_folder")

    def _open_log_folder(self) -> None:
        folder = log_file().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        if not dialogs.open_folder(folder):
            dialogs.show_warning(self, self.tr("无法打开文件夹"),
                                 self.tr("无法打开日志文件夹：{0}").format(folder))

    # --- checking and saving -----------------------------------------------------------------

    def validate(self) -> SettingsValues | None:
        """Every field checked, each error beside its field; the values to save, or None."""
        first_bad: QWidget | None = None
        self.errors.clear()

        database, error = check_database_path(self.database_edit.text())
        if error:
            self._show(self.database_error, error)
            first_bad = first_bad or self.database_edit

        pattern = self.pattern()
        if self.may_change and pattern != self._pattern:
            if not pattern:
                self._show(self.pattern_error, self.tr("请填写事件编号格式，例如 WZ{year}-{seq:04d}。"))
                first_bad = first_bad or self.pattern_edit
            else:
                try:
                    event_numbers.preview(self.store, self.year, pattern)
                except WorkflowError as exc:
                    self._show(self.pattern_error, message(exc))
                    first_bad = first_bad or self.pattern_edit
                except PREVIEW_ERRORS as exc:
                    self._show(self.pattern_error, self.tr("事件编号格式“{0}”无效：{1}").format(pattern, exc))
                    first_bad = first_bad or self.pattern_edit
        else:
            pattern = self._pattern

        duty_phone = self._duty_phone
        if self.may_change and self.duty_phone_edit.text().strip() != self._duty_phone:
            try:
                duty_phone = check_phone(self.duty_phone_edit.text())
            except WorkflowError as exc:
                self._show(self.duty_phone_error, message(exc))
                first_bad = first_bad or self.duty_phone_edit

        keep_daily, keep_other = self.keep_daily_spin.value(), self.keep_other_spin.value()
        if not (KEEP_MIN <= keep_daily <= KEEP_MAX and KEEP_MIN <= keep_other <= KEEP_MAX):
            self._show(self.keep_error, self.tr("保留的备份份数须在 {0} 到 {1} 之间。").format(KEEP_MIN, KEEP_MAX))
            first_bad = first_bad or self.keep_daily_spin

        folder = self._backup.folder
        folder_text = self.backup_folder_edit.text().strip()
        # the folder is made here: only once everything else is right
        if self.may_change and first_bad is None and folder_text != (str(folder) if folder else ""):
            folder, error = check_backup_folder(folder_text)
            if error:
                self._show(self.backup_folder_error, error)
                first_bad = self.backup_folder_edit

        if first_bad is not None:
            first_bad.setFocus()
            return None
        return SettingsValues(database, pattern, folder, keep_daily, keep_other, self.language(), duty_phone)

    def save(self, values: SettingsValues) -> bool:
        """Write what changed: the database's settings in one transaction, the backup settings in
        one file write, this computer's settings last. False (with the error beside its field)
        where a write was refused or failed."""
        session = Session.of(self.store)
        if values.pattern != self._pattern:
            try:
                self.all_settings.save({"event_no_pattern": values.pattern}, session=session)
            except (StoreError, WorkflowError) as exc:  # NotAllowed is both
                self._show(self.pattern_error, message(exc))
                self.pattern_edit.setFocus()
                return False
            self._pattern = values.pattern

        if values.duty_phone != self._duty_phone:
            try:
                self.all_settings.save({"duty_phone": values.duty_phone}, session=session)
            except (StoreError, WorkflowError) as exc:  # NotAllowed is both
                self._show(self.duty_phone_error, message(exc))
                self.duty_phone_edit.setFocus()
                return False
            self._duty_phone = values.duty_phone

        old = self._backup
        changed = (values.backup_folder, values.keep_daily, values.keep_other) != (old.folder, old.keep_daily, old.keep_other)
        if self.may_change and changed:  # (the fields are disabled for the others: never written)
            new = backups.BackupSettings(values.backup_folder, values.keep_daily, values.keep_other)
            try:  # role-checked, and audited by the store
                self.all_settings.save({"backup_folder": new.folder, "keep_daily": new.keep_daily,
                                  "keep_other": new.keep_other}, session=session)
            except OSError as exc:
                self._show(self.keep_error, self.tr("无法保存备份设置：{0}").format(exc.strerror or exc))
                return False
            except (StoreError, WorkflowError) as exc:  # NotAllowed is both
                self._show(self.keep_error, message(exc))
                return False
            self._backup = new

        restart = []
        if values.database != self._database:
            restart.append(self.tr("数据位置"))
        if values.language != self._language:
            restart.append(self.tr("界面语言"))
        if restart:
            try:
                self.all_settings.save({"database": values.database, "language": values.language}, session=session)
            except SettingsNotSaved:
                self._show(self.database_error, self.tr("无法保存设置文件：{0}").format(self.settings.fileName()))
                return False
            self._database, self._language = values.database, values.language
            dialogs.show_info(self, self.tr("设置已保存"),
                              self.tr("{0}的更改将在下次启动万众救援台时生效。").format(self.tr("、").join(restart)))
        return True

    def accept(self) -> None:
        values = self.validate()
        if values is None or not self.save(values):
            return
        log.info("settings saved")
        super().accept()


def open_settings_dialog(context, parent: QWidget | None = None) -> SettingsDialog:
    """Show the settings dialog (window-modal, ``open()``: the caller doesn't wait on it)."""
    dialog = SettingsDialog(context, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
