"""生成报告: which year (and month, or 全年) and which file; and the job that writes the PDF.

``report_job(year, month, path)`` is a job for ``BackgroundTask`` (as ``main_window.export_job``):
the report is drawn with QPainter on a QPdfWriter — no pixmap, no widget, no pyqtgraph — which Qt
allows in a worker thread, so the window stays responsive and the progress dialog can cancel it
between sections and pages (no file is left then).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
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

from wz_desktop.report import ReportCancelled, ReportError, build_report
from wz_desktop.ui import dialogs
from wz_desktop.ui.export_dialog import check_save_path
from wz_desktop.ui.worker import Cancelled, JobFailed


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportDialog", text)


def default_file_name(year: int, month: int | None = None) -> str:
    if month is None:
        return _t("{0}年度工作报告.pdf").format(year)
    return _t("{0}年{1:02d}月工作简报.pdf").format(year, month)


def report_job(year: int, month: int | None, path: Path):
    """Write the report of a year (``month`` None) or of one month to ``path``; returns the
    ``ReportResult`` (path, title, pages, tasks). A period without tasks or no Chinese font fails
    with its message; cancelling leaves no file."""

    def job(store, progress, cancelled):
        try:
            return build_report(store, Path(path), year, month, progress=progress, cancelled=cancelled)
        except ReportCancelled:
            raise Cancelled() from None
        except ReportError as exc:
            raise JobFailed(str(exc)) from None

    return job


class ReportDialog(QDialog):
    """Year, month (or 全年) and the PDF file; errors beside the field."""

    def __init__(self, years: list, directory: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ReportDialog")
        self.setWindowTitle(self.tr("生成报告"))
        self.year_combo = QComboBox(self)
        for entry in years:  # a year, or (year, tasks) as the export dialog is given
            year, count = (entry if isinstance(entry, (tuple, list)) else (entry, None))
            text = self.tr("{0} 年").format(year) if count is None else self.tr("{0} 年（{1} 条）").format(year, count)
            self.year_combo.addItem(text, int(year))
        self.month_combo = QComboBox(self)
        self.month_combo.addItem(self.tr("全年（年度工作报告）"), None)
        for month in range(1, 13):
            self.month_combo.addItem(self.tr("{0} 月（月度工作简报）").format(month), month)
        self.path_edit = QLineEdit(self)
        self.path_edit.setMinimumWidth(380)
        self.browse_button = QPushButton(self.tr("浏览(&B)…"), self)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c62828")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        hint = QLabel(self.tr("A4 版 PDF：主要数据、各项图表（与“统计”页相同）、分队出队与出勤表、队员出勤。"), self)
        hint.setWordWrap(True)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("年份(&Y)："), self.year_combo)
        form.addRow(self.tr("期间(&M)："), self.month_combo)
        form.addRow(self.tr("保存到(&F)："), path_row)
        form.addRow("", self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("生成"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        folder = Path(directory) if directory else Path.home()
        self._browsed: str | None = None  # a file picked in the save dialog (which asked about replacing)
        self._default_name = ""
        if self.year_combo.count():
            self._default_name = default_file_name(self.year(), self.month())
            self.path_edit.setText(str(folder / self._default_name))
        self.year_combo.currentIndexChanged.connect(self._on_period)
        self.month_combo.currentIndexChanged.connect(self._on_period)
        self.browse_button.clicked.connect(self._browse)
        self.path_edit.textEdited.connect(lambda _text: self.error_label.hide())

    def year(self) -> int:
        return int(self.year_combo.currentData())

    def month(self) -> int | None:
        value = self.month_combo.currentData()
        return None if value is None else int(value)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _on_period(self, _index: int) -> None:
        if not self.year_combo.count():
            return
        typed = self.path_edit.text().strip()
        current = self.path()
        if not typed or current.name == self._default_name:  # a name the user chose stays
            folder = current.parent if typed else Path.home()
            self._default_name = default_file_name(self.year(), self.month())
            self.path_edit.setText(str(folder / self._default_name))

    def _browse(self) -> None:
        chosen = dialogs.ask_save_file(self, self.tr("报告保存到"), str(self.path()), self.tr("PDF 文件 (*.pdf)"))
        if chosen:
            if not chosen.lower().endswith(".pdf"):
                chosen += ".pdf"
            self.path_edit.setText(chosen)
            self.error_label.hide()
            self._browsed = chosen

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.path_edit.setFocus()

    def validate(self) -> bool:
        if not self.year_combo.count():
            self.show_error(self.tr("数据库中还没有任务，无法生成报告。"))
            return False
        return check_save_path(self, ".pdf")

    def accept(self) -> None:
        if self.validate():
            super().accept()
