"""The desk (工作台): what waits now, on a real database, opened from the keyboard."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.lifecycle import Dispatch, DispatchMember
from wz_desktop.domain.records import Member
from wz_desktop.domain.roles import Actor
from wz_desktop.domain.workflow import Call, Verification
from wz_desktop.store.roster import Certification
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.desk_page import DeskPage, waited_text

DESK = Actor("值班秘书甲")  # who logs and verifies the calls here (nobody is signed in)

NOW = dt.datetime(2023, 7, 15, 21, 0)


def a_call(store, received: str, place: str) -> int:
    return store.calls.log(Call(received_at=received, source="家属", caller_name="王女士", caller_phone="13804112233",
                                district="甘井子区", place=place, description="老人走失"), DESK, now=NOW)


def test_waited_text():
    assert waited_text("2023-07-15 20:48", NOW) == "12 分钟"
    assert waited_text("2023-07-15 18:55", NOW) == "2 小时 5 分"
    assert waited_text("2023-07-12 17:00", NOW) == "3 天 4 小时"
    assert waited_text(None, NOW) == ""


def test_desk_shows_what_waits_and_opens_it(qtbot, store):
    squad = store.roster.add_squad("甘井子分队", "甘井子区", actor=store.roster.audit.actor)
    member = store.roster.add_member(Member(name="王建国", code="WZ0001", squad_id=squad, phone="13800000001"), actor=store.roster.audit.actor)
    store.roster.add_certification(Certification(member_id=member, name="潜水员证", expires_on="2023-07-30"), actor=store.roster.audit.actor)
    store.roster.add_certification(Certification(member_id=member, name="救护员证", expires_on="2024-07-30"), actor=store.roster.audit.actor)
    newer = a_call(store, "2023-07-15 20:48", "红旗西路")
    older = a_call(store, "2023-07-15 20:10", "泉水K2区")
    verified = a_call(store, "2023-07-15 19:00", "星海湾")
    store.calls.verify(verified, Verification(call_id=verified, result="属实", verified_at="2023-07-15 19:05"), DESK, now=NOW)
    out = store.flow.dispatch(Dispatch(kind=TaskKind.TRAINING, departure="2023-07-15 18:00", summary="夜间搜救训练",
                                       squad_ids=[squad], members=[DispatchMember(member)]), Actor("甲"), now=NOW)
    back = store.flow.dispatch(Dispatch(kind=TaskKind.UPKEEP, departure="2023-07-15 09:00", summary="救援艇保养",
                                        squad_ids=[squad], headcount=3), Actor("甲"), now=NOW)
    store.flow.mark_returned(back, "2023-07-15 12:00", Actor("甲"), now=NOW)

    page = DeskPage(AppContext(store), now=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    calls = page.calls_list
    assert calls.topLevelItemCount() == 2
    first = calls.topLevelItem(0)
    assert first.text(0) == "2023-07-15 20:10" and first.text(1) == "50 分钟"  # oldest first, how long it waited
    assert "待核实来电（2）" == page.boxes["calls"].title()
    assert page.verified_list.topLevelItem(0).text(3) == "甘井子区 星海湾"
    assert page.out_list.topLevelItem(0).text(5) == "夜间搜救训练"
    assert page.out_list.topLevelItem(0).text(1) == "3 小时 0 分"
    assert page.review_list.topLevelItem(0).text(0) == "待交考勤"
    assert page.expiry_list.topLevelItemCount() == 1 and page.expiry_list.topLevelItem(0).text(2) == "潜水员证"

    calls.setFocus()
    calls.setCurrentItem(calls.topLevelItem(1))
    with qtbot.waitSignal(page.open_call) as opened:
        qtbot.keyClick(calls, Qt.Key.Key_Return)
    assert opened.args == [newer]
    with qtbot.waitSignal(page.review_task) as review:
        page.review_list.setCurrentItem(page.review_list.topLevelItem(0))
        qtbot.keyClick(page.review_list, Qt.Key.Key_Return)
    assert review.args == [back]
    with qtbot.waitSignal(page.dispatch_call) as dispatch:
        page.verified_list.setCurrentItem(page.verified_list.topLevelItem(0))
        qtbot.keyClick(page.verified_list, Qt.Key.Key_Return)
    assert dispatch.args == [verified]
    assert older != newer and out


def test_desk_follows_changes(qtbot, store):
    context = AppContext(store)
    page = DeskPage(context, now=lambda: NOW)
    qtbot.addWidget(page)
    assert page.calls_list.topLevelItemCount() == 0
    with qtbot.waitSignal(page.counts_changed) as counted:  # the store tells what it wrote
        a_call(store, "2023-07-15 20:48", "红旗西路")
    assert counted.args == [1]
    assert page.calls_list.topLevelItemCount() == 1


def test_a_place_that_names_its_district_shows_it_once(qtbot, store):
    """Found in a user trial: a pasted alert's place '甘井子区红旗镇西山村' with the district 甘井子区
    read '甘井子区 甘井子区红旗镇西山村' on the desk, the call's window and the task's page."""
    a_call(store, "2023-07-15 20:48", "甘井子区红旗镇西山村")
    a_call(store, "2023-07-15 20:40", "红旗西路")
    page = DeskPage(AppContext(store), now=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    places = {page.calls_list.topLevelItem(i).text(3) for i in range(page.calls_list.topLevelItemCount())}
    assert places == {"甘井子区红旗镇西山村", "甘井子区 红旗西路"}


def test_a_squad_leader_is_not_told_of_keys_they_do_not_have(qtbot, store, team):
    """Found in a user trial: signed in as a squad leader the desk said 'Ctrl+N 新来电 … drop an
    alert here', and Ctrl+N did nothing."""
    from conftest import PASSWORD

    store.sign_in("gjz", PASSWORD)
    page = DeskPage(AppContext(store), now=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    assert "Ctrl+N" not in page.hint.text() and "F5" in page.hint.text()
    store.sign_in("mishu", PASSWORD)
    page = DeskPage(AppContext(store), now=lambda: NOW)
    qtbot.addWidget(page)
    assert "Ctrl+N" in page.hint.text()
