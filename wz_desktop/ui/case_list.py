"""走失人员案件 (工作 menu, Ctrl+Shift+M): every missing-person case, the searches still going on
first if asked, found by a word of the title, the name or the place; Enter or a double click opens
the case (``CaseForm``); 新建案件 opens an empty one (a case without a turn-out yet: a search the
team was told of and has not gone out for). Refreshed when a case changes, here or elsewhere."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from wz_desktop.domain.lost_stats import distance_text
from wz_desktop.domain.roles import Action
from wz_desktop.ui.forms import STRETCH, button, check_box, hbox, line_edit, text_label, vbox
from wz_desktop.ui.labels import word
from wz_desktop.ui.texts import message


class CaseList(QDialog):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.setModal(False)
        self.setObjectName("caseList")
        self.setWindowTitle(self.tr("走失人员案件"))
        self.search_edit = line_edit(self, name="caseSearch", placeholder=self.tr("按案件名称、姓名或地点查找"))
        self.open_only = check_box(self.tr("只看仍在搜寻的(&O)"), self, name="openOnly")
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("案件"), self.tr("人员类别"), self.tr("最后出现"),
                                              self.tr("结果"), self.tr("出队"), self.tr("找到距离")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.count_label = text_label(self, name="caseCount")
        self.open_button = button(self.tr("打开(&E)"), self, name="openCaseButton", clicked=self.open_selected)
        self.new_button = button(self.tr("新建案件(&N)…"), self, name="newCaseButton", clicked=self.new_case)
        self.new_button.setEnabled(context.session.may(Action.DISPATCH))
        close = button(self.tr("关闭"), self, clicked=self.close)
        vbox(hbox((self.search_edit, 1), self.open_only), (self.table, 1),
             hbox(self.count_label, STRETCH, self.new_button, self.open_button, close), parent=self)
        self.search_edit.textChanged.connect(lambda _t: self.refresh())
        self.open_only.toggled.connect(lambda _c: self.refresh())
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_selected)
        context.changed.connect(self._on_changed)
        self.forms: list = []
        self.lines: list = []
        self.resize(900, 520)
        self.refresh()

    def _on_changed(self, changes) -> None:
        if changes.touches("cases", "missing_persons", "tasks"):
            self.refresh()

    def refresh(self) -> None:
        self.lines = self.store.cases.lines(open_only=self.open_only.isChecked(), text=self.search_edit.text())
        may_see = self.context.session.may(Action.DISPATCH)
        self.table.setRowCount(len(self.lines))
        from wz_desktop.domain import cases as case_rules
        from wz_desktop.domain import geo

        for row, line in enumerate(self.lines):
            person = case_rules.shown_to(line.person, may_see)
            distance = ""
            if person.last_seen is not None and person.found is not None:  # as the statistics say it
                distance = message(distance_text(geo.distance_m(person.last_seen, person.found)))
            values = [line.title, word(person.category, "person_category"),
                      " ".join(p for p in (person.last_seen_at, person.last_seen_place) if p),
                      word(person.outcome, "case_outcome") if person.outcome else self.tr("仍在搜寻"),
                      str(line.figures.turnouts), distance]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, line.case_id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.count_label.setText(self.tr("{0} 个案件").format(len(self.lines)))
        if self.lines and not self.table.selectedItems():
            self.table.selectRow(0)

    def open_selected(self):
        """The selected case's form (not modal); returns it, or None when nothing is selected."""
        items = self.table.selectedItems()
        if not items:
            return None
        return self._show(case_id=int(items[0].data(Qt.ItemDataRole.UserRole)))

    def new_case(self):
        return self._show(case_id=None)

    def _show(self, case_id):
        from wz_desktop.ui.case_form import CaseForm

        form = CaseForm(self.context, case_id=case_id, parent=self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        form.saved.connect(lambda _id: self.refresh())
        self.forms.append(form)
        form.show()
        form.raise_()
        form.activateWindow()
        return form


__all__ = ["CaseList"]
