"""The member editor's certificates: a table of name, number, issued, expires (typed as the
secretary likes; ``domain.roster_rules`` reads them when the member is saved)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from wz_desktop.domain.roster_rules import CertificateInput

CERT_COLUMNS = ("名称", "证书编号", "发证日期", "有效期至")


def _t(text: str) -> str:
    return QCoreApplication.translate("MemberDialog", text)


class CertificateTable(QTableWidget):
    """One certificate a row; the id of a certificate already saved rides on its name cell."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(CERT_COLUMNS), parent)
        self.setObjectName("certTable")
        self.setHorizontalHeaderLabels([_t(c) for c in CERT_COLUMNS])
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 110), (2, 96), (3, 96)):
            header.resizeSection(column, width)

    def append(self, name: str = "", number: str = "", issued: str = "", expires: str = "",
               cert_id: int | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for column, text in enumerate((name, number, issued, expires)):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, cert_id)
            self.setItem(row, column, item)
        return row

    def add_row(self) -> None:
        """A new row, its name being typed."""
        row = self.append()
        self.setCurrentCell(row, 0)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit(self.model().index(row, 0))

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def _id(self, row: int) -> int | None:
        item = self.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def values(self) -> list[list]:
        """[name, number, issued, expires, id] a row, as typed (a draft keeps this)."""
        return [[self._cell(row, c) for c in range(len(CERT_COLUMNS))] + [self._id(row)]
                for row in range(self.rowCount())]

    def set_values(self, rows) -> None:
        self.setRowCount(0)
        for name, number, issued, expires, cert_id in rows:
            self.append(name, number, issued, expires, cert_id)

    def inputs(self) -> list[CertificateInput]:
        return [CertificateInput(*row) for row in self.values()]
