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
    QWidget,
)

from wz_desktop.report import ReportCancelled, ReportError, build_report
from wz_desktop.ui.export_dialog import SaveFileDialog
from wz_desktop.ui.texts import message
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
            raise JobFailed(message(exc)) from None

    return job


class ReportDialog(SaveFileDialog):
    """Year, month (or 全年) and the PDF file; errors beside the field."""

    suffix = ".pdf"

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
        self._finish(self.tr("A4 版 PDF：主要数据、各项图表（与“统计”页相同）、分队出队与出勤表、队员出勤。"),
                     [(self.tr("年份(&Y)："), self.year_combo), (self.tr("期间(&M)："), self.month_combo)], [],
                     self.tr("生成"), directory, self.year_combo.count() > 0)
        self.year_combo.currentIndexChanged.connect(self._follow_choices)
        self.month_combo.currentIndexChanged.connect(self._follow_choices)

    def year(self) -> int:
        return int(self.year_combo.currentData())

    def month(self) -> int | None:
        value = self.month_combo.currentData()
        return None if value is None else int(value)

    def default_name(self) -> str:
        return default_file_name(self.year(), self.month())

    def browse_words(self) -> tuple[str, str]:
        return self.tr("报告保存到"), self.tr("PDF 文件 (*.pdf)")

    def _follow_choices(self, *args) -> None:
        if self.year_combo.count():
            super()._follow_choices(*args)

    def validate(self) -> bool:
        if not self.year_combo.count():
            self.show_error(self.tr("数据库中还没有任务，无法生成报告。"))
            return False
        return super().validate()


def ask_report_target(parent: QWidget | None, years: list, directory: str) -> tuple | None:
    """Which report to make and where: (year, month or None for the whole year, path), or None when
    the user cancels. ``years``: years with tasks (ints, or (year, tasks) as store.tasks.years())."""
    dialog = ReportDialog(years, directory, parent)
    if dialog.exec() != ReportDialog.DialogCode.Accepted:
        return None
    return dialog.year(), dialog.month(), dialog.path()
