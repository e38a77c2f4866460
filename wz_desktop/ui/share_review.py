"""A human look before anything leaves the team (匿名导出): every cell the masking changed, before
and after, with what was masked; the fragments the check is unsure of, highlighted; what it
refuses, in red (then nothing can be written). The secretary confirms (the file is written and the
share recorded in the audit trail) or cancels (nothing is written)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
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
    QWidget,
)

from wz_desktop.domain.privacy_check import describe
from wz_desktop.ui.form_errors import FormErrors
from wz_desktop.ui.widgets import buddy_label

UNSURE = QColor("#fff3c4")
REFUSED = QColor("#ffcdd2")


class ShareReviewDialog(QDialog):
    """``plan``: a workbook.anonymized.SharePlan. The column 共享的内容 can be edited: the check
    judges the new wording at once, and a cell it refuses keeps the export from being written."""

    def __init__(self, plan, path, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("匿名导出：请确认要共享的内容"))
        self.resize(980, 560)
        summary = QLabel(self.tr("{0} 年：{1} 条任务，隐去个人信息的单元格 {2} 个，待人工确认 {3} 处。文件：{4}").format(
            plan.year, len(plan.rows), len(plan.changes), len(plan.unsure), path), self)
        summary.setWordWrap(True)
        hint = QLabel(self.tr("黄色：检查不能确定是否为个人信息，请看一眼；红色：仍有个人信息，不能导出。"
                              "可以双击“共享的内容”修改措辞，修改后会重新检查。"), self)
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("shareReviewTable")
        self.table.setHorizontalHeaderLabels([self.tr("位置"), self.tr("原文"), self.tr("共享的内容"),
                                              self.tr("隐去的内容"), self.tr("检查")])
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.setWordWrap(True)
        self.places: list[tuple[str, int, str]] = []
        problems = self._problems()
        shown = set()
        for change in plan.changes:
            where = (change.sheet, change.row, change.column)
            shown.add(where)
            self._add(where, change.before, change.after, "、".join(f.text for f in change.findings))
        for where in problems:
            if where not in shown:
                self._add(where, plan.text_at(*where), plan.text_at(*where), "")
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
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)
        self._mark()
        self.table.itemChanged.connect(self._edited)

    def _problems(self) -> dict:
        out: dict = {}
        for p in self.plan.problems:
            out.setdefault((p.sheet, p.row, p.column), []).append(p)
        return out

    def _add(self, where, before: str, after: str, masked: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.places.append(where)
        sheet, number, column = where
        items = [self.tr("{0}表 第 {1} 行 {2}").format(sheet, number, column), before, after, masked, ""]
        for col, text in enumerate(items):
            item = QTableWidgetItem(text)
            if col != 2:
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
            self.table.setItem(row, col, item)

    def _mark(self) -> None:
        """Colour the rows by what the check says now; refuse while anything sure is left."""
        problems = self._problems()
        self.table.blockSignals(True)
        for row, where in enumerate(self.places):
            found = problems.get(where, [])
            colour = REFUSED if any(p.sure for p in found) else UNSURE if found else None
            self.table.item(row, 4).setText("；".join(str(describe(p)) for p in found))
            for col in range(5):
                self.table.item(row, col).setBackground(QBrush(colour) if colour else QBrush())
        self.table.blockSignals(False)
        refused = bool(self.plan.refused)
        self.confirm_button.setEnabled(not refused)
        self.refusal.setText(self.tr("检查发现仍有个人信息（红色行），不能导出。请修改这些内容后再试。") if refused else "")
        self.refusal.setVisible(refused)

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 2:
            return
        self.plan.edit(*self.places[item.row()], item.text())
        self._mark()

    def highlighted_rows(self) -> list[int]:
        return [r for r in range(self.table.rowCount()) if self.table.item(r, 4).text()]


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
        self.error_label = QLabel(self)  # what keeps the dataset from being made (FormErrors' line for the form)
        self.errors = FormErrors(self.error_label)
        hint = QLabel(self.tr("不含姓名、电话、地址和自由文本；队员和车辆使用每次导出新生成的代号；年龄五岁一段，地点到区，"
                              "时间到小时；k-匿名报告写在数据集的 README.md 中。"), self)
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("起始日期(&S)："), self.since_edit)
        form.addRow(self.tr("截止日期(&U)："), self.until_edit)
        form.addRow(buddy_label(self.tr("文件夹(&F)："), self.folder_edit, self), row)
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
            problem = self.tr("截止日期早于起始日期。")
        elif not self.folder_edit.text().strip() or not folder.parent.is_dir():
            problem = self.tr("请填写一个新的或空的文件夹，它所在的文件夹必须已存在。")
        elif folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            problem = self.tr("文件夹“{0}”不是空的，请选择一个新的或空的文件夹。").format(folder)
        else:
            self.accept()
            return
        self.errors.show({"": problem})

    def target(self) -> tuple[str, str, Path]:
        return (self.since_edit.date().toString("yyyy-MM-dd"), self.until_edit.date().toString("yyyy-MM-dd"),
                Path(self.folder_edit.text().strip()))


def ask_dataset_target(parent: QWidget | None, directory: str) -> tuple | None:
    """The research dataset's period and folder: (since, until, folder), or None when cancelled."""
    dialog = DatasetDialog(directory, parent)
    if dialog.exec() != DatasetDialog.DialogCode.Accepted:
        return None
    return dialog.target()
