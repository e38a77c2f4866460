"""A human look before anything leaves the team (匿名导出): every cell the masking changed, before
and after, with what was masked; the fragments the check is unsure of, highlighted; what it
refuses, in red (then nothing can be written). The secretary confirms (the file is written and the
share recorded in the audit trail) or cancels (nothing is written)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from wz_desktop.domain.privacy_check import describe

UNSURE = QColor("#fff3c4")
REFUSED = QColor("#ffcdd2")


class ShareReviewDialog(QDialog):
    def __init__(self, plan, path, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("匿名导出：请确认要共享的内容"))
        self.resize(980, 560)
        summary = QLabel(self.tr("{0} 年：{1} 条任务，隐去个人信息的单元格 {2} 个，待人工确认 {3} 处。文件：{4}").format(
            plan.year, len(plan.rows), len(plan.changes), len(plan.unsure), path), self)
        summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("shareReviewTable")
        self.table.setHorizontalHeaderLabels([self.tr("位置"), self.tr("原文"), self.tr("共享的内容"),
                                              self.tr("隐去的内容"), self.tr("检查")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.setWordWrap(True)
        unsure = {(p.sheet, p.row, p.column): p for p in plan.unsure}
        refused = {(p.sheet, p.row, p.column): p for p in plan.refused}
        shown = set()
        for change in plan.changes:
            where = (change.sheet, change.row, change.column)
            shown.add(where)
            note = refused.get(where) or unsure.get(where)
            self._add(where, change.before, change.after, "、".join(f.text for f in change.findings),
                      note, where in refused)
        for where, problem in {**unsure, **refused}.items():
            if where not in shown:
                self._add(where, "", self._after(where), "", problem, where in refused)
        self.table.resizeColumnsToContents()
        for col, width in ((1, 300), (2, 300)):
            self.table.setColumnWidth(col, width)
        self.buttons = QDialogButtonBox(self)
        self.confirm_button = self.buttons.addButton(self.tr("确认并导出(&C)"), QDialogButtonBox.AcceptRole)
        self.confirm_button.setObjectName("confirmShare")
        self.buttons.addButton(QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.refusal = QLabel(self)
        self.refusal.setStyleSheet("color: #c62828")
        self.refusal.setWordWrap(True)
        if plan.refused:
            self.confirm_button.setEnabled(False)
            self.refusal.setText(self.tr("检查发现仍有个人信息（红色行），不能导出。请修改这些记录后再试。"))
        else:
            self.refusal.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)

    def _after(self, where) -> str:
        return ""

    def _add(self, where, before: str, after: str, masked: str, problem, refused: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        sheet, number, column = where
        items = [self.tr("{0}表 第 {1} 行 {2}").format(sheet, number, column), before, after, masked,
                 str(describe(problem)) if problem else ""]
        for col, text in enumerate(items):
            item = QTableWidgetItem(text)
            if problem is not None:
                item.setBackground(QBrush(REFUSED if refused else UNSURE))
            self.table.setItem(row, col, item)

    def highlighted_rows(self) -> list[int]:
        return [r for r in range(self.table.rowCount())
                if self.table.item(r, 4) is not None and self.table.item(r, 4).text()]


class DatasetDialog(QDialog):
    """The research dataset: the period (from, to) and a new or empty folder."""

    def __init__(self, directory: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出研究数据集"))
        today = QDate.currentDate()
        self.since_edit = QDateEdit(QDate(today.year() - 1, 1, 1), self)
        self.until_edit = QDateEdit(QDate(today.year() - 1, 12, 31), self)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.folder_edit = QLineEdit(str(Path(directory) / self.tr("研究数据集")), self)
        self.folder_edit.setMinimumWidth(380)
        browse = QPushButton(self.tr("浏览(&B)…"), self)
        browse.clicked.connect(self._browse)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c62828")
        self.error_label.hide()
        hint = QLabel(self.tr("不含姓名、电话、地址和自由文本；队员和车辆使用每次导出新生成的代号；年龄五岁一段，地点到区，"
                              "时间到小时；k-匿名报告写在数据集的 README.md 中。"), self)
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("起始日期(&S)："), self.since_edit)
        form.addRow(self.tr("截止日期(&U)："), self.until_edit)
        form.addRow(self.tr("文件夹(&F)："), row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择文件夹"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _accept(self) -> None:
        folder = Path(self.folder_edit.text().strip())
        if self.until_edit.date() < self.since_edit.date():
            self.error_label.setText(self.tr("截止日期早于起始日期。"))
        elif not self.folder_edit.text().strip() or not folder.parent.is_dir():
            self.error_label.setText(self.tr("请填写一个新的或空的文件夹，它所在的文件夹必须已存在。"))
        elif folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            self.error_label.setText(self.tr("文件夹“{0}”不是空的，请选择一个新的或空的文件夹。").format(folder))
        else:
            self.accept()
            return
        self.error_label.show()

    def target(self) -> tuple[str, str, Path]:
        return (self.since_edit.date().toString("yyyy-MM-dd"), self.until_edit.date().toString("yyyy-MM-dd"),
                Path(self.folder_edit.text().strip()))
