"""修改记录: the whole audit trail (every change to a record: who, when, which record, which field,
before and after), filtered by date, person and table, and exported to Excel.

The entries come from ``store.audit.entries`` (the audit table and the tasks' history); the window
shows the newest ``SHOWN`` of what the filters select, the export writes all of it.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.services import exports
from wz_desktop.services.session import Session
from wz_desktop.store.audit import AuditFilter
from wz_desktop.ui import dialogs
from wz_desktop.ui.labels import audit_table_label, record_field_label, step_label
from wz_desktop.ui.settings import save_folder
from wz_desktop.ui.texts import message
from wz_desktop.workbook.audit import entry_row

SHOWN = 5000


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditDialog", text)


def _day(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


class AuditDialog(QDialog):
    def __init__(self, context, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("AuditDialog")
        self.context = context
        self.store = context.store
        self.setWindowTitle(_t("修改记录"))
        today = today or dt.date.today()

        self.since_check = QCheckBox(_t("从"), self)
        self.since_edit = QDateEdit(QDate(today.year, today.month, 1), self)
        self.until_check = QCheckBox(_t("到"), self)
        self.until_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.since_check.toggled.connect(self.since_edit.setEnabled)
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        self.by_combo = QComboBox(self)
        self.by_combo.setObjectName("byFilter")
        self.table_combo = QComboBox(self)
        self.table_combo.setObjectName("tableFilter")
        self.apply_button = QPushButton(_t("筛选(&F)"), self)
        self.export_button = QPushButton(_t("导出 Excel(&E)…"), self)
        self.export_button.setObjectName("exportButton")
        self.count_label = QLabel(self)

        self.table = QTableWidget(0, 9, self)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels([_t(h) for h in ("时间", "经办人", "表", "记录编号", "操作", "字段", "原值",
                                                                "新值", "说明")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((140, 110, 60, 70, 80, 80, 160, 160)):
            self.table.setColumnWidth(column, width)

        filters = QHBoxLayout()
        filters.addWidget(self.since_check)
        filters.addWidget(self.since_edit)
        filters.addWidget(self.until_check)
        filters.addWidget(self.until_edit)
        filters.addWidget(QLabel(_t("经办人："), self))
        filters.addWidget(self.by_combo)
        filters.addWidget(QLabel(_t("表："), self))
        filters.addWidget(self.table_combo)
        filters.addWidget(self.apply_button)
        filters.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.apply_button.clicked.connect(self.reload)
        self.by_combo.currentIndexChanged.connect(self.reload)
        self.table_combo.currentIndexChanged.connect(self.reload)
        self.since_check.toggled.connect(self.reload)
        self.until_check.toggled.connect(self.reload)
        self.since_edit.dateChanged.connect(self.reload)
        self.until_edit.dateChanged.connect(self.reload)
        self.export_button.clicked.connect(self.export)
        self._loading = False
        self._fill_filters()
        self.resize(1100, 600)
        self.reload()

    def _fill_filters(self) -> None:
        self._loading = True
        try:
            self.by_combo.addItem(_t("全部"), None)
            for name in self.store.audit.names():
                self.by_combo.addItem(name, name)
            self.table_combo.addItem(_t("全部"), None)
            for table in self.store.audit.tables():
                self.table_combo.addItem(audit_table_label(table), table)
        finally:
            self._loading = False

    def current_filter(self) -> AuditFilter:
        return AuditFilter(since=_day(self.since_edit) if self.since_check.isChecked() else None,
                           until=_day(self.until_edit) if self.until_check.isChecked() else None,
                           by=self.by_combo.currentData(), table=self.table_combo.currentData())

    def reload(self, *_args) -> None:
        if self._loading:
            return
        entries = self.store.audit.entries(self.current_filter(), limit=SHOWN + 1)
        more = len(entries) > SHOWN
        entries = entries[:SHOWN]
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, value in enumerate(entry_row(entry)):
                if column == 2:  # the table, action and field words: translated (domain/words.py)
                    value = audit_table_label(entry.table)
                elif column == 4:
                    value = step_label(entry.action)
                elif column == 5:
                    value = record_field_label(entry.field)
                self.table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))
        if more:
            self.count_label.setText(_t("显示最近的 {0} 条（还有更早的，导出可得全部）").format(SHOWN))
        else:
            self.count_label.setText(_t("共 {0} 条").format(len(entries)))

    def rows(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def export(self) -> Path | None:
        name = _t("修改记录 {0}.xlsx").format(dt.date.today().isoformat())
        target = dialogs.ask_save_file(self, _t("导出修改记录"), str(Path(save_folder(self.context.settings, "Paths/export_dir")) / name), _t("Excel 工作簿 (*.xlsx)"))
        if not target:
            return None
        target = Path(target)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        try:
            count = exports.export_audit(self.store, target, self.current_filter(), session=Session.of(self.store))
        except exports.ExportError as exc:
            dialogs.show_error(self, _t("导出修改记录"), message(exc))
            return None
        dialogs.show_info(self, _t("导出修改记录"), _t("已导出 {0} 条修改记录到 {1}").format(count, target))
        return target


def open_audit_dialog(context, parent: QWidget | None = None) -> AuditDialog:
    """The audit window (not modal)."""
    from PySide6.QtCore import Qt

    dialog = AuditDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.setModal(False)
    dialog.show()
    return dialog


__all__ = ["AuditDialog", "open_audit_dialog"]
