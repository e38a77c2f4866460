"""Asking which year to export and where: one small form (year, file, browse), errors beside the field."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.ui import dialogs
from wz_desktop.ui.form_errors import FormErrors
from wz_desktop.ui.labels import kinds_in_order
from wz_desktop.ui.widgets import buddy_label

def default_file_name(year: int, anonymize: bool = False) -> str:
    if anonymize:
        return QCoreApplication.translate("ExportDialog", "{0}年救援任务统计（匿名）.xlsx").format(year)
    return QCoreApplication.translate("ExportDialog", "{0}年救援任务统计.xlsx").format(year)


def check_save_path(form, suffix: str) -> bool:
    """The file a form (``path_edit``, ``path()``, ``show_error``, ``_browsed``) is about to write:
    named, with ``suffix`` added where missing, in a folder that exists, not a folder; replacing a
    file is asked about unless the save dialog asked already. Errors are shown beside the field."""
    tr = form.tr
    if not form.path_edit.text().strip():
        form.show_error(tr("请填写要保存的文件名。"))
        return False
    path = form.path()
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
        form.path_edit.setText(str(path))
    if not path.parent.is_dir():
        form.show_error(tr("文件夹“{0}”不存在，请选择一个已有的文件夹。").format(path.parent))
        return False
    if path.is_dir():
        form.show_error(tr("“{0}”是一个文件夹，请填写文件名。").format(path))
        return False
    if path.exists() and form._browsed != str(path):
        if not dialogs.ask_yes_no(form, tr("文件已存在"), tr("“{0}”已存在。要替换它吗？").format(path.name)):
            return False
    return True


class SaveFileDialog(QDialog):
    """A small form that ends in a file to write: the choices above (given by the subclass), the
    path with 浏览…, an error line beside it, OK / Cancel. The file name follows the choices until
    the user types or picks one of their own. Subclasses give ``suffix``, ``file_filter``,
    ``browse_title`` and ``default_name()``, build their widgets, then call ``_finish``."""

    suffix = ".xlsx"
    file_filter = "Excel 工作簿 (*.xlsx)"
    browse_title = "导出到"

    def _finish(self, hint: str, rows: list[tuple[str, QWidget]], after_path: list[QWidget], ok_text: str,
                directory: str, ready: bool) -> None:
        self.path_edit = QLineEdit(self)
        self.path_edit.setMinimumWidth(380)
        self.browse_button = QPushButton(self.tr("浏览(&B)…"), self)
        self.error_label = QLabel(self)  # the path's message (FormErrors: beside it, a red border, the focus)
        self.errors = FormErrors()
        self.errors.add("path", self.path_edit, self.error_label)
        hint_label = QLabel(hint, self)
        hint_label.setWordWrap(True)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        for label, widget in rows:
            form.addRow(label, widget)
        form.addRow(buddy_label(self.tr("保存到(&F)："), self.path_edit, self), path_row)
        for widget in after_path:
            form.addRow("", widget)
        form.addRow("", self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        folder = Path(directory) if directory else Path.home()
        self._browsed: str | None = None  # a file picked in the save dialog (which asked about replacing)
        self._default_name = ""  # the name last filled in for the choices; replaced when they change
        if ready:
            self._default_name = self.default_name()
            self.path_edit.setText(str(folder / self._default_name))
        self.browse_button.clicked.connect(self._browse)

    def default_name(self) -> str:
        raise NotImplementedError

    def browse_words(self) -> tuple[str, str]:
        raise NotImplementedError

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _follow_choices(self, *_args) -> None:
        typed = self.path_edit.text().strip()
        current = self.path()
        if not typed or current.name == self._default_name:  # a name the user chose stays
            folder = current.parent if typed else Path.home()
            self._default_name = self.default_name()
            self.path_edit.setText(str(folder / self._default_name))

    def _browse(self) -> None:
        title, file_filter = self.browse_words()
        chosen = dialogs.ask_save_file(self, title, str(self.path()), file_filter)
        if chosen:
            if not chosen.lower().endswith(self.suffix):
                chosen += self.suffix
            self.path_edit.setText(chosen)
            self.errors.clear("path")
            self._browsed = chosen

    def show_error(self, message: str) -> None:
        self.errors.show({"path": message})

    def validate(self) -> bool:
        return check_save_path(self, self.suffix)

    def accept(self) -> None:
        if self.validate():
            super().accept()


class ExportDialog(SaveFileDialog):
    def __init__(self, years: list[tuple[int, int]], directory: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.setWindowTitle(self.tr("导出年度工作簿"))
        self.year_combo = QComboBox(self)
        for year, count in years:
            self.year_combo.addItem(self.tr("{0} 年（{1} 条）").format(year, count), int(year))
        self.anonymize_check = QCheckBox(self.tr("匿名导出（供研究者与合作方）(&A)"), self)
        self.anonymize_check.setObjectName("anonymizeCheck")
        self.anonymize_check.setToolTip(self.tr(
            "同样的标准工作簿，所有单元格中的姓名、电话、证件号、车牌、微信/QQ、邮箱、门牌房号被遮盖（如 某女士、***）；"
            "写出之前先列出每一处改动供您确认；若仍发现个人信息，导出会被拒绝。"))
        kinds = self.tr("、").join(label for _, label in kinds_in_order())
        self._finish(self.tr("导出为标准年度工作簿，每类任务一个工作表（{0}）。").format(kinds),
                     [(self.tr("年份(&Y)："), self.year_combo)], [self.anonymize_check], self.tr("导出"),
                     directory, bool(years))
        self.year_combo.currentIndexChanged.connect(self._follow_choices)
        self.anonymize_check.toggled.connect(self._follow_choices)

    def year(self) -> int:
        return int(self.year_combo.currentData())

    def anonymize(self) -> bool:
        return self.anonymize_check.isChecked()

    def default_name(self) -> str:
        return default_file_name(self.year(), self.anonymize())

    def browse_words(self) -> tuple[str, str]:
        return self.tr("导出到"), self.tr("Excel 工作簿 (*.xlsx)")


def ask_export_target(parent: QWidget | None, years: list[tuple[int, int]], directory: str) -> tuple | None:
    """Which year to export, where to, and whether anonymised: (year, path, anonymize), or None when
    the user cancels."""
    dialog = ExportDialog(years, directory, parent)
    if dialog.exec() != ExportDialog.DialogCode.Accepted:
        return None
    return dialog.year(), dialog.path(), dialog.anonymize()
