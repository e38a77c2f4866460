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


class ReportDialog(QDialog):
    """What an import did: a bold headline, a line below it, the detailed report, Close and
    保存完整报告… (the report as JSON). The import of task workbooks and of a roster say theirs."""

    save_title = ""  # the save dialog's title (set by each report)

    def __init__(self, directory: str, width: int, height: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.directory = directory
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        bold = self.headline.font()
        bold.setBold(True)
        self.headline.setFont(bold)
        self.below = below = QLabel(self)  # each report's line under the headline
        below.setWordWrap(True)
        below.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.save_button = QPushButton(self.tr("保存完整报告(&S)…"), self)
        self.save_button.setToolTip(self.tr("把每一处跳过、保留原文和推断的值写成 JSON 文件"))
        self.save_button.clicked.connect(self.save_json)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(below)
        layout.addWidget(QLabel(self.tr("详细报告："), self))
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(width, height)

    def text(self) -> str:
        """Everything the dialog says, as plain text (for tests and for copying)."""
        return "\n".join([self.headline.text(), self.below.text(), self.details.toPlainText()])

    def json_text(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def file_stem(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def save_json(self) -> Path | None:
        default = str(Path(self.directory or Path.home()) / self.tr("{0}-导入报告.json").format(self.file_stem()))
        name = dialogs.ask_save_file(self, self.save_title, default, self.tr("JSON 文件 (*.json)"))
        if not name:
            return None
        path = Path(name)
        try:
            path.write_text(self.json_text(), encoding="utf-8")
        except OSError as exc:
            dialogs.show_error(self, self.tr("无法保存报告"),
                               self.tr("无法写入“{0}”：{1}").format(path, exc.strerror or exc))
            return None
        return path


class ImportReportDialog(ReportDialog):
    def __init__(self, reports: list[FileReport], directory: str = "", parent: QWidget | None = None):
        super().__init__(directory, 820, 560, parent)
        self.reports = reports
        self.setObjectName("ImportReportDialog")
        imported = sum(1 for r in reports if r.ok)
        failed = len(reports) - imported
        if failed == 0:
            self.setWindowTitle(self.tr("导入完成"))
        elif imported == 0:
            self.setWindowTitle(self.tr("导入失败"))
        else:
            self.setWindowTitle(self.tr("导入部分完成"))
        self.save_title = self.tr("保存导入报告")
        added = sum(r.added for r in reports if r.ok)
        headline = self.tr("{0} 个文件：导入 {1} 个，失败 {2} 个；新增任务 {3} 条。").format(
            len(reports), imported, failed, added)
        if failed:
            headline += self.tr("未导入的文件没有对数据库做任何改动。")
        self.headline.setText(headline)
        self.summary = self.below
        self.summary.setObjectName("importSummary")
        self.summary.setText("\n".join(message(line) for r in reports for line in r.summary_lines()))
        self.summary.setVisible(len(reports) <= 3)  # with many files the details (which begin with them) say it
        self.details.setObjectName("importDetails")
        self.details.setPlainText("\n\n".join("\n".join(message(line) for line in r.detail_lines()) for r in reports))

    def json_text(self) -> str:
        return reports_json(self.reports)

    def file_stem(self) -> str:
        return Path(self.reports[0].file).stem if len(self.reports) == 1 else "import"
