"""The 名册 page on a real database, driven from the keyboard as the duty secretary uses it."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.records import Member, Squad, Task, Vehicle
from wz_desktop.store import Store
from wz_desktop.store.roster import Certification, TaskMember
from wz_desktop.ui import dialogs
from wz_desktop.ui.roster.common import EXPIRED_TINT, EXPIRING_TINT, SEARCH_DELAY_MS, phone_text
from wz_desktop.ui.roster.models import MemberColumn

from .conftest import type_text

WAIT_MS = 30000
TODAY = dt.date.today()


@pytest.fixture
def roster_store(store):
    r = store.roster
    gjz, water = Squad("甘井子分队", "甘井子区"), Squad("水上救援分队", "中山区")
    r.add_squads([gjz, water], actor=r.audit.actor)
    people = [Member("段峰", gjz.id, "WZ0101", "13804112233", "队长", "老段"),
              Member("何洋", gjz.id, "WZ0102", "13900001111", "副队长"),
              Member("李娜", gjz.id, "WZ0103", "15000000003"),
              Member("周海燕", water.id, "WZ0301", "15000000005", nickname="海燕"),
              Member("王建国", water.id, "WZ0302", "0411-84661234")]
    r.add_members(people, joined_on="2019-05-01", actor=r.audit.actor)
    r.set_squad_leaders([(gjz.id, people[0].id), (water.id, people[3].id)], actor=r.audit.actor)
    r.add_certifications([
        Certification(people[1].id, "潜水证", (TODAY + dt.timedelta(days=10)).isoformat(), "D-1"),
        Certification(people[2].id, "应急救援员（五级）", (TODAY - dt.timedelta(days=3)).isoformat(), "E-5"),
        Certification(people[3].id, "红十字救护员", (TODAY + dt.timedelta(days=400)).isoformat()),
    ], actor=r.audit.actor)
    r.add_vehicles([Vehicle("辽B12345", "救援指挥车", seats=7),
                    Vehicle("辽B67890", "私家车", "member", people[1].id, 5)], actor=r.audit.actor)
    with store.transaction():
        (task_id,) = store.tasks.insert_many([Task(kind=TaskKind.URBAN, summary="老人走失", event_no="WZ2023-0001",
                                                   departure="2023-03-05 19:30", year=2023, headcount=2,
                                                   vehicles=1, squads="甘井子分队")])
    r.add_task_members([TaskMember(task_id, people[2].id), TaskMember(task_id, people[0].id, "队长")])
    store.people = {m.name: m for m in people}
    store.squad_ids = {"甘井子分队": gjz.id, "水上救援分队": water.id}
    store.task_id = task_id
    return store


@pytest.fixture
def make_page(qtbot):
    from wz_desktop.ui.context import AppContext
    from wz_desktop.ui.roster.page import RosterPage

    def make(store):
        page = RosterPage(AppContext(store))
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


@pytest.fixture
def page(make_page, roster_store):
    return make_page(roster_store)


def listed_names(page) -> list[str]:
    model = page.member_model
    return [model.index(r, MemberColumn.NAME).data() for r in range(model.rowCount())]


def test_phone_shown_as_people_read_it():
    assert phone_text("13804112233") == "138-0411-2233"
    assert phone_text("041184661234") == "0411-84661234"
    assert phone_text("01062345678") == "010-62345678"
    assert phone_text("110") == "110"


def test_members_listed_with_squad_role_and_phone(page):
    assert listed_names(page) == ["段峰", "何洋", "李娜", "周海燕", "王建国"]  # by squad, 队长 first
    model = page.member_model
    assert model.index(0, MemberColumn.PHONE).data() == "138-0411-2233"
    assert model.index(0, MemberColumn.SQUAD).data() == "甘井子分队"
    assert model.index(0, MemberColumn.ROLE).data() == "队长"
    assert model.index(4, MemberColumn.PHONE).data() == "0411-84661234"
    assert "5" in page.member_count_label.text()


def test_ctrl_f_then_a_phone_fragment_finds_the_member(page, qtbot):
    page.member_table.setFocus()
    qtbot.keyClick(page.member_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    qtbot.keyClicks(page.search_edit, "0411-22")
    qtbot.waitUntil(lambda: listed_names(page) == ["段峰"], timeout=SEARCH_DELAY_MS * 10)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # Enter goes to the first member found
    assert page.member_table.hasFocus() and page.current_member_id() == page.store.people["段峰"].id
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "海燕")  # a nickname (and a name containing it)
    qtbot.waitUntil(lambda: listed_names(page) == ["周海燕"], timeout=SEARCH_DELAY_MS * 10)
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "wz010")  # a code, typed in lower case
    qtbot.waitUntil(lambda: listed_names(page) == ["段峰", "何洋", "李娜"], timeout=SEARCH_DELAY_MS * 10)


def test_squad_filter_lists_one_squad(page, qtbot):
    page.set_squad_filter(page.store.squad_ids["水上救援分队"])
    assert listed_names(page) == ["周海燕", "王建国"]
    assert "水上救援分队（2）" in [page.squad_filter.itemText(i) for i in range(page.squad_filter.count())]


def test_add_a_member_from_the_keyboard(page, qtbot, roster_store):
    page.member_table.setFocus()
    qtbot.keyClick(page.member_table, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = page.member_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.name_edit.hasFocus())
    type_text(qtbot, dialog.name_edit, "孙丽")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "丽丽")  # nickname
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.code_edit.hasFocus()
    qtbot.keyClicks(dialog.code_edit, "wz0999")
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Tab)
    assert dialog.squad_combo.hasFocus()
    qtbot.keyClick(dialog.squad_combo, Qt.Key.Key_Down)  # 甘井子分队
    qtbot.keyClick(dialog.squad_combo, Qt.Key.Key_Down)  # 水上救援分队
    qtbot.keyClick(dialog.squad_combo, Qt.Key.Key_Tab)
    assert dialog.phone_edit.hasFocus()
    qtbot.keyClicks(dialog.phone_edit, "139 4111 2222")
    with qtbot.waitSignal(dialog.saved, timeout=2000) as saved:
        qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    member = roster_store.roster.member(saved.args[0])
    assert (member.name, member.nickname, member.code, member.phone, member.role) == (
        "孙丽", "丽丽", "WZ0999", "13941112222", "队员")
    assert member.squad_id == roster_store.squad_ids["水上救援分队"]
    assert roster_store.roster.member_joined_on(member.id) == TODAY.isoformat()
    assert "孙丽" in listed_names(page)  # the table follows at once (roster_changed)
    assert page.current_member_id() == member.id


def test_a_bad_phone_is_told_beside_the_field_and_nothing_is_saved(page, qtbot, roster_store):
    before = roster_store.roster.count_members()
    dialog = page.new_member()
    qtbot.waitUntil(lambda: dialog.name_edit.hasFocus())
    type_text(qtbot, dialog.name_edit, "赵六")
    qtbot.keyClicks(dialog.phone_edit, "138-0411")
    qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.phone_error.isVisible()
    assert "手机" in dialog.phone_error.text() and "座机" in dialog.phone_error.text()
    assert dialog.phone_edit.hasFocus()
    assert roster_store.roster.count_members() == before
    # fixed, it saves
    dialog.phone_edit.clear()
    qtbot.keyClicks(dialog.phone_edit, "0411-84661234")
    assert not dialog.phone_error.isVisible()
    qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert roster_store.roster.count_members() == before + 1


def test_a_code_in_use_is_told_beside_the_field_and_nothing_half_saved(page, qtbot, roster_store):
    lina = roster_store.people["李娜"]
    assert page.select_member(lina.id)
    qtbot.keyClick(page.member_table, Qt.Key.Key_Return)  # Enter edits
    dialog = page.member_dialog
    assert dialog.name_edit.text() == "李娜" and dialog.cert_table.rowCount() == 1
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, "wz0101")
    dialog.add_certificate_row()
    dialog.cert_table.item(1, 0).setText("潜水证")
    dialog.cert_table.item(1, 3).setText("2027/6/30")
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.code_error.isVisible() and "段峰" in dialog.code_error.text()
    assert roster_store.roster.member(lina.id).code == "WZ0103"
    assert len(roster_store.roster.certifications(lina.id)) == 1
    # a bad date in the certificates is told too
    dialog.code_edit.setText("WZ0103")
    dialog.cert_table.item(1, 3).setText("明年")
    dialog.save()
    assert dialog.cert_error.isVisible() and "明年" in dialog.cert_error.text()
    dialog.cert_table.item(1, 3).setText("2027/6/30")
    assert dialog.save()
    assert max(c.expires_on for c in roster_store.roster.certifications(lina.id)) == "2027-06-30"


def test_escape_keeps_what_was_typed_as_a_draft(page, qtbot, roster_store):
    dialog = page.new_member()
    type_text(qtbot, dialog.name_edit, "钱七")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    again = page.new_member()
    assert again.name_edit.text() == "钱七" and again.draft_label.isVisible()
    assert roster_store.roster.members_named("钱七") == []


def test_deactivating_a_member_keeps_their_task_history(page, qtbot, dialog_log, roster_store):
    lina = roster_store.people["李娜"]
    page.select_member(lina.id)
    page.member_table.setFocus()
    qtbot.keyClick(page.member_table, Qt.Key.Key_Delete)  # asked first; the answer is no
    assert dialog_log.names() == ["ask_yes_no"]
    assert roster_store.roster.member(lina.id).active
    dialog_log.answers["ask_yes_no"] = True
    page.deactivate_button.click()
    assert "1 次出队记录都保留" in dialog_log.texts("ask_yes_no")[-1]
    assert not roster_store.roster.member(lina.id).active
    assert [t[0] for t in roster_store.roster.member_tasks(lina.id)] == [roster_store.task_id]
    assert "李娜" not in listed_names(page)  # 只看在队 is on
    page.active_only_check.click()
    row = page.member_model.row_of(lina.id)
    assert page.member_model.index(row, MemberColumn.ACTIVE).data() == "停用"
    page.select_member(lina.id)
    assert page.deactivate_button.text() == "恢复在队"
    page.deactivate_button.click()
    assert roster_store.roster.member(lina.id).active


def test_certificates_about_to_expire_or_expired_stand_out(page):
    model = page.member_model
    people = page.store.people

    def cell(name, role=Qt.ItemDataRole.DisplayRole):
        return model.index(model.row_of(people[name].id), MemberColumn.EXPIRY).data(role)

    assert "10 天后" in cell("何洋")
    assert cell("何洋", Qt.ItemDataRole.BackgroundRole).color() == EXPIRING_TINT
    assert "潜水证" in cell("何洋", Qt.ItemDataRole.ToolTipRole)
    assert "已过期" in cell("李娜")
    assert cell("李娜", Qt.ItemDataRole.BackgroundRole).color() == EXPIRED_TINT
    assert cell("周海燕", Qt.ItemDataRole.BackgroundRole) is None  # more than 30 days away
    assert cell("段峰") == ""
    assert "1 位在队队员的证书 30 天内到期" in page.expiring_label.text()
    page.member_table.horizontalHeader().setSortIndicator(MemberColumn.EXPIRY, Qt.SortOrder.AscendingOrder)
    assert listed_names(page)[:3] == ["李娜", "何洋", "周海燕"]  # the most urgent first


def test_add_member_named_returns_the_new_id(page, qtbot, roster_store):
    def fill_in():
        dialog = QApplication.activeModalWidget()
        assert dialog is page.member_dialog
        assert dialog.name_edit.text() == "新人甲"
        assert dialog.squad_combo.currentData() == roster_store.squad_ids["水上救援分队"]
        qtbot.keyClicks(dialog.phone_edit, "13712345678")
        qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_in)
    member_id = page.add_member_named("新人甲", roster_store.squad_ids["水上救援分队"])
    assert member_id is not None
    assert roster_store.roster.member(member_id).phone == "13712345678"

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert page.add_member_named("新人乙", None) is None
    assert roster_store.roster.members_named("新人乙") == []


def test_squads_tab_counts_and_edits_district_and_leader(page, qtbot, roster_store):
    page.tabs.setCurrentIndex(page.SQUADS_TAB)
    model = page.squad_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["甘井子分队", "水上救援分队"]
    assert model.index(0, 2).data() == "段峰" and model.index(0, 3).data() == "3"
    page.squad_table.setCurrentIndex(model.index(0, 0))
    page.squad_table.setFocus()
    qtbot.keyClick(page.squad_table, Qt.Key.Key_Return)
    dialog = page.squad_dialog
    dialog.district_combo.setCurrentText("金州区")
    dialog.leader_combo.setCurrentIndex(dialog.leader_combo.findData(roster_store.people["何洋"].id))
    assert dialog.save()
    squad = roster_store.roster.squad(roster_store.squad_ids["甘井子分队"])
    assert (squad.district, squad.leader_id) == ("金州区", roster_store.people["何洋"].id)
    assert model.index(0, 2).data() == "何洋" and model.index(0, 1).data() == "金州区"


def test_vehicles_tab_adds_a_members_car(page, qtbot, roster_store):
    page.tabs.setCurrentIndex(page.VEHICLES_TAB)
    assert page.vehicle_model.rowCount() == 2
    assert page.vehicle_model.index(1, 3).data() == "何洋"
    dialog = page.open_vehicle(None)
    qtbot.keyClicks(dialog.plate_edit, "lb 55555")
    dialog.kind_combo.setCurrentIndex(1)
    type_text(qtbot, dialog.owner_edit, "不存在的人")
    assert not dialog.save() and "找不到" in dialog.owner_error.text()
    dialog.owner_edit.setText("wz0301")
    dialog.seats_spin.setValue(5)
    assert dialog.save()
    rows = roster_store.roster.vehicle_rows()
    assert (rows[-1].vehicle.plate, rows[-1].owner_name, rows[-1].vehicle.seats) == ("LB55555", "周海燕", 5)
    assert page.vehicle_model.rowCount() == 3


def test_roster_export_then_import_round_trip_through_the_page(page, make_page, qtbot, dialog_log, tmp_path,
                                                               monkeypatch, roster_store):
    target = tmp_path / "名册.xlsx"
    dialog_log.answers["ask_save_file"] = str(target)
    with qtbot.waitSignal(page.export_done, timeout=WAIT_MS) as done:
        page.export_button.click()
        assert not page.export_button.isEnabled()  # one job at a time
    assert done.args[0] is True, done.args
    assert target.exists() and "5 名队员" in dialog_log.texts("show_export_done")[0]
    qtbot.waitUntil(lambda: page.export_button.isEnabled())

    # into a new, empty database
    other = Store.open(tmp_path / "other.db")
    try:
        second = make_page(other)
        monkeypatch.setattr(dialogs, "ask_open_roster", lambda parent, directory: str(target))
        with qtbot.waitSignal(second.import_done, timeout=WAIT_MS) as imported:
            second.import_button.click()
        report = imported.args[0]
        assert report is not None and report.sheets["队员"].added == 5
        assert "新增" in second.report_dialog.text() and second.report_dialog.isVisible()
        assert listed_names(second) == listed_names(page)
        people = {m.code: m for m in other.roster.members()}
        assert people["WZ0302"].phone == "041184661234"
        assert other.roster.member_joined_on(people["WZ0101"].id) == "2019-05-01"
        assert len(other.roster.vehicle_rows()) == 2
        assert sorted(c.name for m in people.values() for c in other.roster.certifications(m.id)) == [
            "应急救援员（五级）", "潜水证", "红十字救护员"]
        squads = {s.squad.name: s for s in other.roster.squad_rows()}
        assert squads["甘井子分队"].leader_name == "段峰" and squads["甘井子分队"].active_members == 3
    finally:
        other.close()

    # back into the database it came from: a backup first, nothing changes
    monkeypatch.setattr(dialogs, "ask_open_roster", lambda parent, directory: str(target))
    with qtbot.waitSignal(page.import_done, timeout=WAIT_MS) as again:
        page.import_button.click()
    report = again.args[0]
    assert not report.changed and report.sheets["队员"].unchanged == 5
    assert "已备份到" in page.report_dialog.text()
    assert list((roster_store.path.parent / "backups").glob("*before-roster-import*.db"))


def test_a_file_that_is_not_a_roster_is_refused_with_words(page, qtbot, dialog_log, tmp_path, monkeypatch,
                                                           roster_store):
    bad = tmp_path / "不是名册.xlsx"
    bad.write_text("这不是工作簿", encoding="utf-8")
    before = roster_store.roster.counts()
    monkeypatch.setattr(dialogs, "ask_open_roster", lambda parent, directory: str(bad))
    with qtbot.waitSignal(page.import_done, timeout=WAIT_MS) as done:
        page.import_button.click()
    assert done.args[0] is None
    (message,) = dialog_log.texts("show_error")
    assert "数据库没有改动" in message and "Traceback" not in message
    assert roster_store.roster.counts() == before


def test_ctrl_f_searches_the_roster_even_inside_a_window_with_its_own_ctrl_f(make_page, roster_store, qtbot):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QLineEdit, QMainWindow, QSplitter

    from wz_desktop.ui.context import AppContext
    from wz_desktop.ui.roster.page import RosterPage

    window = QMainWindow()
    qtbot.addWidget(window)
    other = QLineEdit()
    splitter = QSplitter()
    page = RosterPage(AppContext(roster_store))
    splitter.addWidget(other)
    splitter.addWidget(page)
    window.setCentralWidget(splitter)
    searched_tasks = []
    action = QAction("搜索任务", window)
    action.setShortcut(QKeySequence("Ctrl+F"))
    action.triggered.connect(lambda: searched_tasks.append(True))
    window.addAction(action)
    window.show()
    qtbot.waitExposed(window)
    page.member_table.setFocus()
    qtbot.waitUntil(page.member_table.hasFocus)
    qtbot.keyClick(page.member_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus() and searched_tasks == []
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    qtbot.keyClick(other, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # elsewhere: the window's own
    assert searched_tasks == [True]


def test_on_the_demo_roster_a_phone_fragment_finds_its_member(make_page, qtbot, tmp_path):
    from wz_desktop.demo import build_demo_database

    build_demo_database(tmp_path / "demo.db")
    demo = Store.open(tmp_path / "demo.db")
    try:
        page = make_page(demo)
        active = demo.roster.count_members(active_only=True)
        assert page.member_model.rowCount() == active > 300
        wanted = demo.roster.members(active_only=True)[123]
        fragment = f"{wanted.phone[3:7]}-{wanted.phone[7:]}"  # as read off the table: 138-0411-2233
        page.focus_search()
        qtbot.keyClicks(page.search_edit, fragment)
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
        assert wanted.name in listed_names(page) and page.member_model.rowCount() <= 3
        assert page.current_member_id() in {m.id for m in demo.roster.members_by_phone(wanted.phone)}
    finally:
        demo.close()


def test_a_squads_base_typed_in_wgs84_is_kept_in_gcj02_and_shown_again(page, qtbot, roster_store):
    from wz_desktop.domain import geo

    squad_id = roster_store.squad_ids["甘井子分队"]
    dialog = page.open_squad(squad_id)
    assert dialog.base_edit.text() == "" and dialog.base_hint.text() == "驻地未设置"
    dialog.base_system.setCurrentIndex(dialog.base_system.findData(geo.WGS84))
    qtbot.keyClicks(dialog.base_edit, "38.9140N 121.6147E")  # a phone's GPS, in 西岗区
    expected = geo.Point(121.6147, 38.9140, geo.WGS84).to(geo.GCJ02)
    assert dialog.base_hint.text() == f"保存为 {expected.text()}（GCJ-02），西岗区"
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    (base,) = roster_store.cases.squad_bases()
    assert base.squad_id == squad_id and geo.distance_m(base.point, expected) < 0.2
    from wz_desktop.store.audit import AuditFilter

    assert "base" in {e.field for e in roster_store.audit.entries(AuditFilter(table="squads", record_id=squad_id))}
    # opened again: the base as kept, in GCJ-02; cleared, it is not known any more
    dialog = page.open_squad(squad_id)
    assert dialog.base_system.currentData() == geo.GCJ02 and dialog.base_edit.text() == base.point.text()
    dialog.base_edit.clear()
    assert dialog.save()
    assert roster_store.cases.squad_bases() == []


def test_a_base_that_cannot_be_read_or_is_far_away_is_refused_with_a_message(page, roster_store):
    dialog = page.open_squad(roster_store.squad_ids["水上救援分队"])
    dialog.base_edit.setText("38.9140N")  # no longitude
    assert not dialog.save()
    assert dialog.errors.message("squadBase") and dialog.isVisible()
    dialog.base_edit.setText("39.9042N 116.4074E")  # 北京
    assert not dialog.save()
    assert "不在大连附近" in dialog.errors.message("squadBase")
    assert roster_store.cases.squad_bases() == []


def test_a_base_clicked_on_the_map(page, qtbot, roster_store):
    from wz_desktop.domain import geo

    dialog = page.open_squad(roster_store.squad_ids["水上救援分队"])
    maps = dialog.choose_on_map()
    qtbot.waitExposed(maps)
    district = geo.district_named("中山区")
    qtbot.mouseClick(maps.map.graphics.viewport(), Qt.MouseButton.LeftButton, pos=maps.map.widget_pos(district.center))
    maps.take()
    assert not maps.isVisible() and dialog.base_system.currentData() == geo.GCJ02
    point = geo.parse_point(dialog.base_edit.text(), geo.GCJ02)
    assert geo.district_of(point).name == "中山区" and geo.distance_m(point, district.center) < 2000
    assert dialog.save()
    (base,) = roster_store.cases.squad_bases()
    assert geo.distance_m(base.point, point) < 0.2
