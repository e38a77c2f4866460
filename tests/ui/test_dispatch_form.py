"""The dispatch form (出队), driven from the keyboard on a real database file: a verified call
dispatched with a pasted 接龙 list, the roster picker, refusals shown beside their fields, drafts,
a training without a call, and a dispatch corrected through the form."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.lifecycle import Dispatch, DispatchMember
from wz_desktop.domain.records import CallStatus, Member, Vehicle
from wz_desktop.domain.roles import Actor
from wz_desktop.domain.signup import MatchStatus
from wz_desktop.domain.workflow import Call, Verification, moment_text
from wz_desktop.services import event_numbers
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.dispatch import form as module
from wz_desktop.ui.dispatch.form import DRAFT_FORM, DispatchForm

from .conftest import type_text

DESK = Actor("值班秘书甲")  # who logs and verifies the calls here (nobody is signed in)

SIGNUP = """#接龙
甘井子区老人走失，今晚红旗西路地铁站B口集合，能出队的接龙

1. 李娜 带车
2. 张伟
3. 何洋
4. 刘洋 开车
5. 赵新人
6. 陈静 请假
7. 张伟
"""


@pytest.fixture
def roster(store):
    squads = {name: store.roster.add_squad(name, district, actor=store.roster.audit.actor) for name, district in
              (("甘井子分队", "甘井子区"), ("水上救援分队", "中山区"), ("沙河口分队", "沙河口区"))}
    people = [("WZ0001", "王建国", "甘井子分队", "13804110001"), ("WZ0002", "李娜", "甘井子分队", "13804110002"),
              ("WZ0003", "张伟", "甘井子分队", "13904117788"), ("WZ0004", "何洋", "甘井子分队", "13804110004"),
              ("WZ0005", "何洋", "水上救援分队", "13804110005"), ("WZ0006", "刘洋", "水上救援分队", "13804110006"),
              ("WZ0007", "陈静", "沙河口分队", "13804110007")]
    members = {}
    for code, name, squad, phone in people:
        members[code] = store.roster.add_member(Member(name=name, code=code, squad_id=squads[squad], phone=phone), actor=store.roster.audit.actor)
    car = store.roster.add_vehicle(Vehicle(plate="辽B12345", name="救援车1"), actor=store.roster.audit.actor)
    tow = store.roster.add_vehicle(Vehicle(plate="辽B54321", name="救援艇拖车"), actor=store.roster.audit.actor)
    own = store.roster.add_vehicle(Vehicle(plate="辽B99999", name="私家车", owner_kind="member",
                                           owner_member_id=members["WZ0002"]), actor=store.roster.audit.actor)
    return {"squads": squads, "members": members, "vehicles": {"car": car, "tow": tow, "own": own}}


def verified_call(store, minutes_ago: int = 60) -> int:
    received = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(minutes=minutes_ago)
    call_id = store.calls.log(Call(received_at=moment_text(received), source="家属", caller_name="王女士",
                                   caller_phone="13804112233", district="甘井子区", place="红旗西路",
                                   description="78岁老人走失，穿蓝色外套。家属已报警", suggested_kind=TaskKind.URBAN), DESK)
    store.calls.verify(call_id, Verification(call_id=call_id, result="属实", verified_by="甲", method="回拨信息来源",
                                             verified_at=moment_text(received + dt.timedelta(minutes=5))), DESK)
    return call_id


@pytest.fixture
def context(store):
    return AppContext(store)


@pytest.fixture
def open_form(qtbot, context):
    forms = []

    def make(**kwargs) -> DispatchForm:
        form = DispatchForm(context, **kwargs)
        qtbot.addWidget(form)
        forms.append(form)
        form.resize(900, 760)
        form.show()
        qtbot.waitExposed(form)
        form.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
        return form

    yield make
    for form in forms:  # closed (a draft kept) while the database is still open
        form.close()


def focus(qtbot, widget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def type_into(qtbot, widget, text: str) -> None:
    """Select what the field holds and type over it."""
    focus(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, widget, text)


def save(qtbot, form) -> None:
    qtbot.keyClick(form.summary_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def table_members(form) -> dict[str, dict]:
    return {f"{r['name']}{r['code']}": r for r in form.member_table.rows()}


def test_dispatch_a_verified_call_with_a_pasted_signup_list(qtbot, store, roster, context, open_form):
    call_id = verified_call(store)
    added = []

    def add_member(name, squad_id):
        added.append((name, squad_id))
        return store.roster.add_member(Member(name=name, squad_id=squad_id, phone="13800001111"), actor=store.roster.audit.actor)

    form = open_form(call_id=call_id, add_member_callback=add_member)
    # prefilled from the call: its kind, a short summary, the departure now, and the number to come
    assert form.kind() == TaskKind.URBAN
    assert form.summary_edit.text() == "红旗西路78岁老人走失，穿蓝色外套"
    assert form.departure_edit.moment() is not None
    year = dt.datetime.now().year
    assert form.event_no_edit.placeholderText() == f"自动：WZ{year}-0001"
    assert event_numbers.preview(store, year) == f"WZ{year}-0001"  # showing it reserved nothing

    # the leader, found by name through the picker
    type_into(qtbot, form.leader_picker.edit, "王建国")
    qtbot.keyClick(form.leader_picker.edit, Qt.Key.Key_Return)
    assert form.leader_picker.member_id == roster["members"]["WZ0001"]

    # Ctrl+Shift+V: the 接龙 panel; the list pasted from the clipboard
    qtbot.keyClick(form.summary_edit, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = form.signup_dialog
    assert dialog is not None and dialog.isVisible()
    QApplication.clipboard().setText(SIGNUP)
    focus(qtbot, dialog.text_edit)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    outcomes = {(m.name if m else None): text for text, m in dialog.rows()}
    assert outcomes["李娜"].startswith("已找到")
    assert "2人符合" in outcomes["何洋"]
    assert "名册中没有“赵新人”" in outcomes["赵新人"]
    assert outcomes["陈静"].startswith("不来")
    assert outcomes[None] == "跳过：重复"  # the second 张伟
    # an ambiguous name taken without a choice is refused, nothing guessed
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and "何洋" in dialog.error_label.text()
    # choose the second 何洋 (水上救援分队) with the keyboard
    combo = dialog.member_widget("何洋")
    assert isinstance(combo, QComboBox)
    focus(qtbot, combo)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: {m.name: t for t, m in dialog.rows() if m}["何洋"].startswith("已选定"))
    assert dialog.member_widget("何洋").currentData() == roster["members"]["WZ0005"]  # may still be changed
    # 赵新人 is added to the roster (in the squad the list is about)
    button = dialog.member_widget("赵新人")
    assert isinstance(button, QPushButton) and button.text() == "加入名册"
    focus(qtbot, button)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.member_widget("赵新人") is None)
    assert added == [("赵新人", roster["squads"]["甘井子分队"])]
    assert "甘井子分队" in dialog.squad_box.text() and dialog.squad_box.isVisible()
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)

    rows = table_members(form)
    new_id = store.roster.members_named("赵新人")[0].id
    assert sorted(r["member_id"] for r in rows.values()) == sorted(
        [roster["members"][c] for c in ("WZ0001", "WZ0002", "WZ0003", "WZ0005", "WZ0006")] + [new_id])
    assert rows["王建国WZ0001"]["role"] == "队长"
    assert [r["name"] for r in form.member_table.rows() if r["brings_car"]] == ["李娜", "刘洋"]
    assert form.squad_list.checked() == [roster["squads"]["甘井子分队"]]  # named by the list's heading

    # a second squad typed in the filter, Enter ticks it; a team vehicle ticked with Space
    type_into(qtbot, form.squad_filter, "水上")
    qtbot.keyClick(form.squad_filter, Qt.Key.Key_Return)
    assert form.squad_list.checked() == [roster["squads"]["甘井子分队"], roster["squads"]["水上救援分队"]]
    assert form.vehicle_list.count() == 2  # the team's vehicles only, not members' own cars
    focus(qtbot, form.vehicle_list)
    form.vehicle_list.setCurrentRow(0)
    qtbot.keyClick(form.vehicle_list, Qt.Key.Key_Space)
    # the counts follow the lists, live
    assert form.headcount_edit.placeholderText() == "按名单：6"
    assert form.trips_edit.placeholderText() == "按名单：3"

    dispatched = []
    form.dispatched.connect(dispatched.append)
    with qtbot.waitSignals([form.dispatched, context.tasks_changed, context.calls_changed]):
        save(qtbot, form)
    [task_id] = dispatched
    task = store.tasks.get(task_id)
    assert (task.headcount, task.vehicles) == (6, 3)
    assert task.event_no == f"WZ{year}-0001" and form.issued_event_no() == task.event_no
    assert f"事件编号 WZ{year}-0001" in form.done_label.text() and form.done_label.isVisible()
    assert task.squads == "甘井子分队、水上救援分队" and task.call_id == call_id
    members = {m.member_id: m for m in store.roster.task_members(task_id)}
    assert set(members) == {r["member_id"] for r in rows.values()}
    assert members[roster["members"]["WZ0001"]].role == "队长"
    assert {i for i, m in members.items() if m.brings_car} == {roster["members"]["WZ0002"], roster["members"]["WZ0006"]}
    assert roster["members"]["WZ0004"] not in members and roster["members"]["WZ0007"] not in members
    assert [v.id for v, _ in store.roster.task_vehicles(task_id)] == [roster["vehicles"]["car"]]
    assert store.calls.get(call_id).status == CallStatus.DISPATCHED
    assert store.flow.form_draft(DRAFT_FORM, f"call:{call_id}") is None


def test_roster_picker_finds_a_member_by_a_phone_fragment(qtbot, store, roster, open_form):
    form = open_form(call_id=verified_call(store))
    picker = form.member_picker
    type_into(qtbot, picker.edit, "7788")
    assert picker.results.isVisible()
    assert picker.candidates() == [roster["members"]["WZ0003"]]
    assert "13904117788" in picker.results.item(0).text()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert [r["name"] for r in form.member_table.rows()] == ["张伟"]
    assert picker.edit.text() == "" and not picker.results.isVisible()
    # several fit: Down moves to the next, Enter takes it
    type_into(qtbot, picker.edit, "1380411000")
    found = picker.candidates()
    assert len(found) == 6
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert form.member_table.member_ids() == [roster["members"]["WZ0003"], found[1]]
    # the same member again is not listed twice; Delete removes the selected row
    type_into(qtbot, picker.edit, "WZ0003")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert len(form.member_table.member_ids()) == 2
    focus(qtbot, form.member_table)
    form.member_table.selectRow(0)
    qtbot.keyClick(form.member_table, Qt.Key.Key_Delete)
    assert form.member_table.member_ids() == [found[1]]
    assert form.headcount_edit.placeholderText() == "按名单：1"
    # Space on the 自带车 cell: one more trip
    form.member_table.setCurrentCell(0, form.member_table.CAR)
    qtbot.keyClick(form.member_table, Qt.Key.Key_Space)
    assert form.member_table.rows()[0]["brings_car"] and form.trips_edit.placeholderText() == "按名单：1"
    # Esc in the picker closes its list, not the form
    type_into(qtbot, picker.edit, "刘")
    assert picker.results.isVisible()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Escape)
    assert not picker.results.isVisible() and form.isVisible()


def test_headcount_below_the_list_is_refused_beside_the_field(qtbot, store, roster, open_form):
    call_id = verified_call(store)
    form = open_form(call_id=call_id)
    form.squad_list.set_checked(roster["squads"]["甘井子分队"])
    for code in ("WZ0001", "WZ0002", "WZ0003"):
        form.add_member(roster["members"][code])
    type_into(qtbot, form.headcount_edit, "2")
    save(qtbot, form)
    message = form.shown_errors()["headcount"]
    assert "出队人数 2 少于名单上的 3 人" in message
    label = form.errors.label("headcount")
    assert label.isVisible() and label.text() == message
    assert form.headcount_edit.hasFocus()  # the field to fix
    assert store.tasks.total() == 0 and store.calls.get(call_id).status == CallStatus.VERIFIED
    # a larger number (people not on the list) is fine
    type_into(qtbot, form.headcount_edit, "5")
    assert not label.isVisible()  # editing takes the message off
    save(qtbot, form)
    assert store.tasks.total() == 1
    assert store.tasks.get(form.task_id).headcount == 5


def test_departure_before_the_call_is_refused(qtbot, store, roster, open_form):
    call_id = verified_call(store, minutes_ago=60)
    form = open_form(call_id=call_id)
    form.squad_list.set_checked(roster["squads"]["甘井子分队"])
    form.add_member(roster["members"]["WZ0002"])
    call = store.calls.get(call_id)
    before = dt.datetime.strptime(call.received_at, "%Y-%m-%d %H:%M") - dt.timedelta(minutes=30)
    type_into(qtbot, form.departure_edit, moment_text(before))
    save(qtbot, form)
    message = form.shown_errors()["departure"]
    assert f"早于接报时间 {call.received_at}" in message
    assert form.errors.label("departure").isVisible()
    assert store.tasks.total() == 0


def test_no_squad_and_a_rescue_without_a_call(qtbot, store, roster, open_form):
    form = open_form(kind=TaskKind.WATER)  # a rescue, but no call
    form.add_member(roster["members"]["WZ0006"])
    save(qtbot, form)
    shown = form.shown_errors()
    assert "请至少选择一个分队" in shown["squad_ids"]
    assert "救援任务须从核实属实的来电出队" in shown[""]  # at the top …
    assert "救援任务须从核实属实的来电出队" in shown["kind"]  # … and beside the kind
    assert store.tasks.total() == 0


def test_a_draft_survives_closing_and_is_restored(qtbot, store, roster, context, open_form):
    call_id = verified_call(store)
    form = open_form(call_id=call_id)
    type_into(qtbot, form.summary_edit, "红旗西路老人走失搜寻")
    type_into(qtbot, form.member_picker.edit, "WZ0006")
    qtbot.keyClick(form.member_picker.edit, Qt.Key.Key_Return)
    type_into(qtbot, form.remarks_edit, "夜间")
    qtbot.keyClick(form.summary_edit, Qt.Key.Key_Escape)  # closes; what was typed is kept
    assert not form.isVisible()
    draft = store.flow.form_draft(DRAFT_FORM, f"call:{call_id}")
    assert draft["summary"] == "红旗西路老人走失搜寻"

    again = open_form(call_id=call_id)
    assert again.draft_note.text() == "已恢复未保存的草稿" and again.draft_row.isVisible()
    assert again.summary_edit.text() == "红旗西路老人走失搜寻"
    assert again.remarks_edit.text() == "夜间"
    assert again.member_table.member_ids() == [roster["members"]["WZ0006"]]
    # another call's form starts clean
    other = open_form(call_id=verified_call(store, minutes_ago=30))
    assert not other.draft_row.isVisible() and other.member_table.rowCount() == 0
    other.close()
    again.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    # typed changes are kept by themselves after a short pause, without closing
    type_into(qtbot, again.remarks_edit, "夜间搜寻")
    qtbot.waitUntil(lambda: store.flow.form_draft(DRAFT_FORM, f"call:{call_id}")["remarks"] == "夜间搜寻",
                    timeout=3000)
    # dispatched: the draft is gone
    again.squad_list.set_checked(roster["squads"]["水上救援分队"])
    qtbot.keyClick(again.remarks_edit, Qt.Key.Key_Return)  # Enter in the last field saves
    assert again.task_id is not None
    # closed and opened again, neither the call's form nor the task's brings an old draft back
    again.close()
    assert store.flow.form_draft(DRAFT_FORM, f"call:{call_id}") is None
    assert store.flow.form_draft(DRAFT_FORM, f"task:{again.task_id}") is None
    reopened = open_form(task_id=again.task_id)
    assert not reopened.draft_row.isVisible() and reopened.remarks_edit.text() == "夜间搜寻"


def test_training_is_dispatched_without_a_call(qtbot, store, roster, open_form):
    form = open_form()
    kinds = [form.kind_combo.itemText(i) for i in range(form.kind_combo.count())]
    assert kinds == ["培训保障", "疫情防控", "队伍整备与设备保养"]  # no rescue without a call
    focus(qtbot, form.kind_combo)
    qtbot.keyClicks(form.kind_combo, "pxbz")  # pinyin initials pick 培训保障
    assert form.kind() == TaskKind.TRAINING
    type_into(qtbot, form.summary_edit, "社区应急救护培训")
    type_into(qtbot, form.squad_filter, "沙河口")
    qtbot.keyClick(form.squad_filter, Qt.Key.Key_Return)
    type_into(qtbot, form.headcount_edit, "12")  # who exactly is not known yet
    type_into(qtbot, form.trips_edit, "3")
    with qtbot.waitSignal(form.dispatched) as blocker:
        save(qtbot, form)
    task = store.tasks.get(blocker.args[0])
    assert (task.kind, task.call_id, task.headcount, task.vehicles) == (TaskKind.TRAINING, None, 12, 3)
    assert task.squads == "沙河口分队" and task.summary == "社区应急救护培训"
    assert store.flow.form_draft(DRAFT_FORM, "direct") is None


def test_correcting_a_dispatch_through_the_form_is_in_the_history(qtbot, store, roster, context, open_form):
    call_id = verified_call(store)
    m = roster["members"]
    task_id = store.flow.dispatch(Dispatch(
        kind=TaskKind.URBAN, departure=moment_text(dt.datetime.now() - dt.timedelta(minutes=20)),
        summary="红旗西路老人走失", call_id=call_id, squad_ids=[roster["squads"]["甘井子分队"]], leader_id=m["WZ0001"],
        members=[DispatchMember(m["WZ0002"], brings_car=True), DispatchMember(m["WZ0003"])],
        vehicle_ids=[roster["vehicles"]["car"]]), Actor("甲"))
    number = store.tasks.get(task_id).event_no
    form = open_form(task_id=task_id)
    assert form.summary_edit.text() == "红旗西路老人走失" and form.event_no_edit.text() == number
    assert form.leader_picker.member_id == m["WZ0001"]
    assert form.member_table.member_ids() == [m["WZ0001"], m["WZ0002"], m["WZ0003"]]
    assert form.vehicle_list.checked() == [roster["vehicles"]["car"]]
    assert form.headcount_edit.text() == ""  # following the list

    type_into(qtbot, form.summary_edit, "红旗西路老人走失搜寻")
    focus(qtbot, form.member_table)
    form.member_table.selectRow(2)  # 张伟 did not go
    qtbot.keyClick(form.member_table, Qt.Key.Key_Delete)
    with qtbot.waitSignals([form.saved, context.tasks_changed]):
        save(qtbot, form)
    assert not form.shown_errors()
    task = store.tasks.get(task_id)
    assert task.summary == "红旗西路老人走失搜寻" and task.headcount == 2 and task.event_no == number
    changes = {(h.action, h.field): (h.old, h.new) for h in store.flow.history(task_id)}
    assert changes[("dispatch_changed", "summary")] == ("红旗西路老人走失", "红旗西路老人走失搜寻")
    assert changes[("dispatch_changed", "members")] == ("张伟", None)
    assert changes[("dispatch_changed", "headcount")] == ("3", "2")
    assert store.tasks.total() == 1  # corrected, not dispatched again


def test_default_add_member_asks_and_adds_to_the_roster(qtbot, store, roster, context, open_form, monkeypatch):
    asked = []

    def fake_ask(parent, name, squads, squad_id):
        asked.append((name, squad_id))
        return name, "13912345678", roster["squads"]["沙河口分队"]

    monkeypatch.setattr(module, "ask_new_member", fake_ask)
    form = open_form(call_id=verified_call(store))
    dialog = form.open_signup()
    dialog.set_text("1. 钱多多 带车\n2. 李娜\n")
    [unknown] = [m for _, m in dialog.rows() if m and m.status == MatchStatus.UNKNOWN]
    with qtbot.waitSignal(context.roster_changed):
        member_id = dialog.add_to_roster(unknown)
    member = store.roster.member(member_id)
    assert (member.name, member.phone, member.squad_id) == ("钱多多", "13912345678", roster["squads"]["沙河口分队"])
    assert asked == [("钱多多", None)]
    dialog.accept()
    rows = {r["name"]: r for r in form.member_table.rows()}
    assert set(rows) == {"钱多多", "李娜"} and rows["钱多多"]["brings_car"] and rows["钱多多"]["squad"] == "沙河口分队"


def test_signup_lines_with_several_people_doubts_and_two_lists(qtbot, store, roster, context, open_form):
    """Several people on a line are each a row; a count that disagrees is shown and its names must be
    confirmed (never taken silently); a second list pasted under the first is merged and said, and a
    person missing from the later version of an edited list is left open."""
    form = open_form(call_id=verified_call(store))
    dialog = form.open_signup()
    dialog.set_text("#接龙\n甘井子 19:00\n1. 王建国、张伟\n2. 李娜 +1（家属刘洋、陈静）\n"
                    "#接龙\n甘井子 19:00\n1. 王建国\n2. 李娜 +1（家属刘洋、陈静）\n")
    rows = {(m.name if m else None): (text, m) for text, m in dialog.rows()}
    assert rows["王建国"][0].startswith("已找到")
    # the same list posted again after an edit: 张伟, gone from its later version, is left to the leader
    assert rows["张伟"][0].startswith("待定") and "可能已删去" in rows["张伟"][0]
    assert rows["王建国"][1].entry.line_no == rows["张伟"][1].entry.line_no == 3
    assert "+1" in rows["李娜"][0] and "2人" in rows["李娜"][0]  # the line shows what to check
    # both are in the roster, yet neither is taken without the leader's choice
    for name in ("刘洋", "陈静"):
        assert rows[name][1].is_extra and rows[name][1].status == MatchStatus.AMBIGUOUS
        assert rows[name][0].startswith("请选择")
    assert "2份接龙" in dialog.summary_label.text()
    # the doubtful 刘洋 must be picked before the list is taken
    dialog.accept()
    assert dialog.isVisible() and "刘洋" in dialog.error_label.text()


def test_on_a_line_of_several_each_person_comes_with_those_they_bring(qtbot, store, roster, context, open_form):
    form = open_form(call_id=verified_call(store))
    dialog = form.open_signup()
    dialog.set_text("1. 李娜（+1 家属陈静） 张伟\n")
    assert [(m.name, m.is_extra) for _, m in dialog.rows()] == [("李娜", False), ("陈静", True), ("张伟", False)]


def test_the_form_fits_1366x768_with_no_scroll_bar_around_its_lists(qtbot, open_form, roster):
    from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea

    form = open_form()
    assert form.findChildren(QScrollArea) == []  # no outer scroll bar: only the lists scroll
    parent = form.member_table.parentWidget()
    while parent is not None:
        assert not isinstance(parent, QAbstractScrollArea)
        parent = parent.parentWidget()
    # what is left of 1366x768 under a title bar and a task bar
    assert form.minimumSizeHint().width() <= 1326 and form.minimumSizeHint().height() <= 690
    form.resize(1120, 690)
    for member_id in roster["members"].values():
        form.add_member(member_id)
    table = form.member_table
    assert table.rowCount() == 7
    qtbot.waitUntil(lambda: table.viewport().height() > 0)
    last = table.visualRect(table.model().index(6, 0))
    assert last.isValid() and last.bottom() <= table.viewport().height()  # all seven in sight
    assert table.viewport().height() >= 8 * table.rowHeight(0)  # more than four: eight and more


def test_a_name_the_roster_refuses_is_said_on_the_signup_list(qtbot, store, roster, open_form, monkeypatch,
                                                              dialog_log):
    monkeypatch.setattr(module, "ask_new_member", lambda parent, name, squads, squad_id: ("", "13912345678", None))
    form = open_form(call_id=verified_call(store))
    dialog = form.open_signup()
    dialog.set_text("1. 钱多多\n")
    [unknown] = [m for _, m in dialog.rows() if m and m.status == MatchStatus.UNKNOWN]
    assert dialog.add_to_roster(unknown) is None
    assert "没有加入名册" in dialog.error_label.text() and dialog.error_label.isVisibleTo(dialog)
    assert not dialog_log.names()  # no message box: the list says it, as the form says its other messages


def test_the_first_list_pasted_after_the_form_opens_reads_at_once(qtbot, monkeypatch, store, roster, open_form):
    """The 接龙 reader asks jieba's dictionary whether a word beside a name is an everyday word
    (王五 周六可以); loading it takes about two seconds the first time in a process. The form loads
    it in a thread as it opens: the secretary's first paste does not freeze the window."""
    import time

    from wz_desktop.domain import anonymize
    from wz_desktop.domain.signup import parse_signup

    monkeypatch.setattr(anonymize, "_jieba", {})  # as in a window just started: nothing loaded yet
    open_form(call_id=verified_call(store))
    qtbot.waitUntil(lambda: bool(anonymize._jieba), timeout=30_000)
    started = time.perf_counter()
    signup = parse_signup("#接龙\n出队\n1. 张伟\n2. 王五 周六可以\n")
    assert time.perf_counter() - started < 0.5
    assert [e.name for e in signup.entries if e.name] == ["张伟", "王五"]
