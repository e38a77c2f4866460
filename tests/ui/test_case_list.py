"""走失人员案件 (Ctrl+Shift+M): the list of cases from the main window, searched, filtered to the
searches still going on, opened with Enter; it follows a change made elsewhere."""
from __future__ import annotations

from PySide6.QtCore import Qt

from wz_desktop.domain import geo
from wz_desktop.domain.cases import MissingPerson
from wz_desktop.services import cases
from wz_desktop.services.session import SYSTEM_SESSION
from wz_desktop.ui.case_list import CaseList

from .conftest import type_text
from .lifecycle_helpers import context_fixture  # noqa: F401 (fixture)


def test_the_list_finds_filters_opens_and_follows(store, context, qtbot):
    seen = geo.Point(121.56, 38.95, geo.GCJ02)
    found = geo.Point(121.56, 38.95 + 1200 / 111_000, geo.GCJ02)
    open_id = cases.open_case(store, SYSTEM_SESSION, MissingPerson(name="王德福", category="失智老人",
                                                                   last_seen_place="红旗镇西山村", last_seen=seen))
    closed_id = cases.open_case(store, SYSTEM_SESSION, MissingPerson(
        name="李娜", category="离家出走青少年", last_seen_at="2025-11-01 20:00", last_seen=seen,
        found_at="2025-11-02 09:00", found=found, outcome="找到平安", found_by="警方"))
    listing = CaseList(context)
    qtbot.addWidget(listing)
    listing.show()
    assert listing.table.rowCount() == 2 and listing.count_label.text() == "2 个案件"
    rows = {listing.table.item(r, 0).data(Qt.ItemDataRole.UserRole): [listing.table.item(r, c).text()
                                                                      for c in range(6)] for r in range(2)}
    assert rows[closed_id][3] == "找到平安" and rows[closed_id][5] == "1.2 公里"
    assert rows[open_id][3] == "仍在搜寻" and rows[open_id][5] == ""
    qtbot.mouseClick(listing.open_only, Qt.MouseButton.LeftButton)
    assert listing.table.rowCount() == 1 and listing.table.item(0, 0).data(Qt.ItemDataRole.UserRole) == open_id
    listing.open_only.setChecked(False)
    type_text(qtbot, listing.search_edit, "李娜")
    assert listing.table.rowCount() == 1 and listing.table.item(0, 0).data(Qt.ItemDataRole.UserRole) == closed_id
    listing.table.selectRow(0)
    form = listing.open_selected()
    qtbot.addWidget(form)
    assert form.case_id == closed_id and form.name_edit.text() == "李娜"
    # a change saved elsewhere (another window, the command line) reaches the list
    listing.search_edit.clear()
    person = store.cases.person(open_id)
    from dataclasses import replace

    cases.save(store, SYSTEM_SESSION, replace(person, outcome="自行返回", found_at="2025-12-06 08:00",
                                              last_seen_at="2025-12-05 18:00"))
    qtbot.waitUntil(lambda: any(listing.table.item(r, 3).text() == "自行返回" for r in range(listing.table.rowCount())))


def test_the_main_window_opens_it_with_its_keys(store, make_window, qtbot):
    from .lifecycle_helpers import activate

    cases.open_case(store, SYSTEM_SESSION, MissingPerson(name="王德福", category="失智老人"))
    window = make_window(store)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: getattr(window, "case_list", None) is not None and window.case_list.isVisible())
    assert window.case_list.table.rowCount() == 1
    assert window.cases_action in window.menuBar().actions()[1].menu().actions()  # 工作 menu
