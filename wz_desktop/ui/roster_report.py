"""What a roster import did: per sheet added / updated / unchanged / skipped, and every skipped row with why."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.ui import dialogs
from wz_desktop.ui.texts import message
from wz_desktop.workbook.roster import RosterReport


class RosterReportDialog(QDialog):
    """Shown (window-modal, not blocking) after 导入名册; the full report can be saved as JSON."""

    def __init__(self, report: RosterReport, backup: str | Path | None = None, directory: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.directory = directory
        self.setObjectName("RosterReportDialog")
        self.setWindowTitle(self.tr("名册导入完成"))
        skipped = sum(c.skipped for c in report.sheets.values())
        added = sum(c.added for c in report.sheets.values())
        updated = sum(c.updated for c in report.sheets.values())
        headline = self.tr("{0}：新增 {1} 行，更新 {2} 行，跳过 {3} 行。").format(report.file, added, updated, skipped)
        if skipped:
            headline += self.tr("跳过的行没有导入，原因见下面的详细报告；改好后可以再导入一次。")
        self.headline = QLabel(headline, self)
        self.headline.setObjectName("rosterReportHeadline")
        self.headline.setWordWrap(True)
        bold = self.headline.font()
        bold.setBold(True)
        self.headline.setFont(bold)
        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("rosterReportBackup")
        self.backup_label.setWordWrap(True)
        self.backup_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if backup:
            self.backup_label.setText(self.tr("导入前的数据库已备份到：{0}").format(backup))
        self.backup_label.setVisible(bool(backup))

        self.details = QPlainTextEdit(self)
        self.details.setObjectName("rosterReportDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setPlainText("\n".join(message(line) for line in report.detail_lines()))

        self.save_button = QPushButton(self.tr("保存完整报告(&S)…"), self)
        self.save_button.clicked.connect(self.save_json)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.backup_label)
        layout.addWidget(QLabel(self.tr("详细报告："), self))
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def text(self) -> str:
        """Everything the dialog says, as plain text."""
        return "\n".join([self.headline.text(), self.backup_label.text(), self.details.toPlainText()])

    def save_json(self) -> Path | None:
        default = str(Path(self.directory or Path.home()) / self.tr("{0}-导入报告.json").format(Path(self.report.file).stem))
        name = dialogs.ask_save_file(self, self.tr("保存名册导入报告"), default, self.tr("JSON 文件 (*.json)"))
        if not name:
            return None
        path = Path(name)
        try:
            path.write_text(json.dumps(self.report.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
        except OSError as exc:
            dialogs.show_error(self, self.tr("无法保存报告"), self.tr("无法写入“{0}”：{1}").format(path, exc.strerror or exc))
            return None
        return path
