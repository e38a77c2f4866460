"""What an import did: each file's summary, the detailed report, and the full report as JSON."""
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

from wz_desktop.domain.report import FileReport
from wz_desktop.ui import dialogs
from wz_desktop.ui.texts import message


def reports_json(reports: list[FileReport]) -> str:
    """The same JSON the command line writes with ``import --report``."""
    return json.dumps({"files": [r.to_dict() for r in reports]}, ensure_ascii=False, indent=1)


class ImportReportDialog(QDialog):
    def __init__(self, reports: list[FileReport], directory: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.reports = reports
        self.directory = directory
        self.setObjectName("ImportReportDialog")
        imported = sum(1 for r in reports if r.ok)
        failed = len(reports) - imported
        if failed == 0:
            title = self.tr("导入完成")
        elif imported == 0:
            title = self.tr("导入失败")
        else:
            title = self.tr("导入部分完成")
        self.setWindowTitle(title)

        added = sum(r.added for r in reports if r.ok)
        headline = self.tr("{0} 个文件：导入 {1} 个，失败 {2} 个；新增任务 {3} 条。").format(
            len(reports), imported, failed, added)
        if failed:
            headline += self.tr("未导入的文件没有对数据库做任何改动。")
        self.headline = QLabel(headline, self)
        self.headline.setWordWrap(True)
        bold = self.headline.font()
        bold.setBold(True)
        self.headline.setFont(bold)
        self.summary = QLabel("\n".join(message(line) for r in reports for line in r.summary_lines()), self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setVisible(len(reports) <= 3)  # with many files the details (which begin with them) say it

        self.details = QPlainTextEdit(self)
        self.details.setObjectName("importDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setPlainText("\n\n".join("\n".join(message(line) for line in r.detail_lines()) for r in reports))

        self.save_button = QPushButton(self.tr("保存完整报告(&S)…"), self)
        self.save_button.setToolTip(self.tr("把每一处跳过、保留原文和推断的值写成 JSON 文件"))
        self.save_button.clicked.connect(self.save_json)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("详细报告："), self))
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(820, 560)

    def text(self) -> str:
        """Everything the dialog says, as plain text (for tests and for copying)."""
        return "\n".join([self.headline.text(), self.summary.text(), self.details.toPlainText()])

    def save_json(self) -> Path | None:
        stem = Path(self.reports[0].file).stem if len(self.reports) == 1 else "import"
        default = str(Path(self.directory or Path.home()) / self.tr("{0}-导入报告.json").format(stem))
        name = dialogs.ask_save_file(self, self.tr("保存导入报告"), default, self.tr("JSON 文件 (*.json)"))
        if not name:
            return None
        path = Path(name)
        try:
            path.write_text(reports_json(self.reports), encoding="utf-8")
        except OSError as exc:
            dialogs.show_error(self, self.tr("无法保存报告"),
                               self.tr("无法写入“{0}”：{1}").format(path, exc.strerror or exc))
            return None
        return path
