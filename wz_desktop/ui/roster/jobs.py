"""The roster workbook in and out, as jobs for the background worker (``ui.worker.BackgroundTask``)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from wz_desktop.store.errors import DatabaseFailure, StoreError
from wz_desktop.ui.worker import Cancelled
from wz_desktop.services.roster import export_roster, import_roster


def _t(text: str) -> str:
    return QCoreApplication.translate("RosterPage", text)


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
