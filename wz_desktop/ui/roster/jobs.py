"""The roster workbook in and out, as jobs for the background worker (``ui.worker.BackgroundTask``)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from wz_desktop.services.roster import BackupBeforeImportFailed, backup_before_import, export_roster, import_roster
from wz_desktop.services.session import Session
from wz_desktop.store.errors import StoreError
from wz_desktop.ui.texts import message
from wz_desktop.ui.worker import Cancelled


def _t(text: str) -> str:
    return QCoreApplication.translate("RosterPage", text)


def roster_import_job(path: Path, session: Session):
    """Back the database up (when it holds anything), then merge the roster workbook, all or nothing
    (``services.roster``, as the command line)."""

    def job(store, progress, cancelled):
        progress(5, _t("正在备份数据库"))
        try:
            backup = backup_before_import(store, session=session)
        except BackupBeforeImportFailed as exc:
            raise StoreError(_t("导入前无法备份数据库（{0}），没有导入。").format(message(exc.reason))) from exc
        if cancelled():
            raise Cancelled()
        progress(20, _t("正在读取并导入“{0}”").format(path.name))
        report = import_roster(store, path, session=session)
        progress(100, _t("导入完成"))
        return report, backup

    return job


def roster_export_job(path: Path, session: Session):
    def job(store, progress, cancelled):
        if cancelled():
            raise Cancelled()
        progress(10, _t("正在写入“{0}”").format(path.name))
        counts = export_roster(store, path, session=session)
        progress(100, _t("导出完成"))
        return counts

    return job
