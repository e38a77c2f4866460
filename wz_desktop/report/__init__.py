"""Printable reports (工作报告): a yearly or monthly summary of the team's work as an A4 PDF in Chinese.

    from wz_desktop.report import build_report, ensure_gui_application
    ensure_gui_application()                      # a QGuiApplication where none runs (command line)
    build_report(store, "2022年度工作报告.pdf", 2022)            # the year
    build_report(store, "2023年02月工作简报.pdf", 2023, 2)        # one month

    figures.py  what the report shows, gathered from store.charts and store.attendance (no Qt, no SQL)
    pages.py    A4 pages drawn with QPainter on a QPdfWriter: text, tables that go on over pages, charts
    build.py    the sections in order, the footer (第 N 页，共 M 页), the atomic write

The report reads the same store functions with the same filter (the report's period) as the 统计
page, so that it shows the same figures. Its charts are drawn with QPainter (vector, no pyqtgraph,
no QPixmap), so a report can be made in a worker thread (``ui/report_dialog.report_job``).
"""
from wz_desktop.report.build import (
    ReportResult,
    build_report,
    default_file_name,
    ensure_gui_application,
    render_report_page,
    report_title,
    report_years,
)
from wz_desktop.report.figures import Period, ReportCancelled, ReportError

__all__ = [
    "Period",
    "ReportCancelled",
    "ReportError",
    "ReportResult",
    "build_report",
    "default_file_name",
    "ensure_gui_application",
    "render_report_page",
    "report_title",
    "report_years",
]
