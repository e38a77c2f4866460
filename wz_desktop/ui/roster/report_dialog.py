"""What a roster import did: per sheet added / updated / unchanged / skipped, and every skipped row with why."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QWidget

from wz_desktop.ui.import_report import ReportDialog
from wz_desktop.ui.texts import message
from wz_desktop.workbook.roster import RosterReport


class RosterReportDialog(ReportDialog):
    """Shown (window-modal, not blocking) after 导入名册; the full report can be saved as JSON."""

    def __init__(self, report: RosterReport, backup: str | Path | None = None, directory: str = "",
                 parent: QWidget | None = None):
        super().__init__(directory, 760, 520, parent)
        self.report = report
        self.setObjectName("RosterReportDialog")
        self.setWindowTitle(self.tr("名册导入完成"))
        self.save_title = self.tr("保存名册导入报告")
        skipped = sum(c.skipped for c in report.sheets.values())
        added = sum(c.added for c in report.sheets.values())
        updated = sum(c.updated for c in report.sheets.values())
        headline = self.tr("{0}：新增 {1} 行，更新 {2} 行，跳过 {3} 行。").format(report.file, added, updated, skipped)
        if skipped:
            headline += self.tr("跳过的行没有导入，原因见下面的详细报告；改好后可以再导入一次。")
        self.headline.setText(headline)
        self.headline.setObjectName("rosterReportHeadline")
        self.backup_label = self.below
        self.backup_label.setObjectName("rosterReportBackup")
        if backup:
            self.backup_label.setText(self.tr("导入前的数据库已备份到：{0}").format(backup))
        self.backup_label.setVisible(bool(backup))
        self.details.setObjectName("rosterReportDetails")
        self.details.setPlainText("\n".join(message(line) for line in report.detail_lines()))

    def json_text(self) -> str:
        return json.dumps(self.report.to_dict(), ensure_ascii=False, indent=1)

    def file_stem(self) -> str:
        return Path(self.report.file).stem
