"""Calls, verifications, the workflow's rules and event numbers, on a real database file."""
from __future__ import annotations

import datetime as dt

import pytest

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.records import CallStatus, Origin, Task, TaskStatus
from wz_desktop.domain.roles import Actor
from wz_desktop.domain.workflow import (
    Call,
    CallInvalid,
    Verification,
    WorkflowError,
    check_call_transition,
    check_task_transition,
    event_no_sequence,
    format_event_no,
    next_sequence,
    phone_looks_valid,
    validate_call,
)
from wz_desktop.store import Store, StoreError

DESK = Actor("值班秘书甲")  # who logs and verifies the calls here (nobody is signed in)

NOW = dt.datetime(2023, 7, 15, 20, 0)


def a_call(**changes) -> Call:
    values = {"received_at": "2023-07-15 19:30", "source": "家属", "caller_name": "王女士",
              "caller_phone": "138-0411-2233", "district": "甘井子区", "place": "红旗西路",
              "description": "七十岁老人走失，患阿尔茨海默症", "suggested_kind": TaskKind.URBAN, "logged_by": "值班秘书甲"}
    values.update(changes)
    return Call(**values)


def rows(store: Store, table: str) -> int:
    return store.database.one(f"SELECT count(*) FROM {table}")


def add_tasks(store: Store, *numbers_by_year: tuple[str, int]) -> None:
    with store.transaction():
        store.tasks.insert_many([Task(kind=TaskKind.WATER, event_no=no, year=year, summary="导入",
                                      status=TaskStatus.ARCHIVED, origin=Origin.IMPORT)
                                 for no, year in numbers_by_year])
        store.tasks.index_pending()


# --- logging and drafts -------------------------------------------------------------------------

def test_log_and_read_back(store):
    call = a_call()
    call_id = store.calls.log(call, DESK, now=NOW)
    assert call.id == call_id
    got = store.calls.get(call_id)
    assert got.status == CallStatus.LOGGED and not got.is_draft
    assert got.caller_phone == "13804112233"  # digits only, as in the roster
    assert got.suggested_kind == TaskKind.URBAN
    assert got.received_at == "2023-07-15 19:30"
    assert (got.source, got.place, got.logged_by) == ("家属", "红旗西路", "值班秘书甲")
    assert store.calls.get(9999) is None


def test_log_refuses_an_invalid_call_and_writes_nothing(store):
    with pytest.raises(CallInvalid) as caught:
        store.calls.log(a_call(caller_phone="12", source="微博", description=" "), DESK, now=NOW)
    assert set(caught.value.errors) == {"caller_phone", "source", "description"}
    assert "联系电话" in str(caught.value)
    assert rows(store, "calls") == 0


def test_draft_is_kept_updated_and_then_logged(store):
    draft = Call(caller_phone="1380411", place="星海")  # half typed: no time, no source
    draft_id = store.calls.save_draft(draft)
    assert [c.id for c in store.calls.drafts()] == [draft_id]
    assert store.calls.waiting() == []  # a draft does not wait for verification
    assert store.calls.get(draft_id).caller_phone == "1380411"  # what was typed, as it was typed

    draft.caller_phone = "13804112233"
    draft.description = "有人落水"
    assert store.calls.save_draft(draft) == draft_id  # the same draft, updated
    got = store.calls.get(draft_id)
    assert (got.is_draft, got.description, got.received_at) == (True, "有人落水", None)
    assert rows(store, "calls") == 1

    with pytest.raises(CallInvalid):  # still not complete: stays a draft
        store.calls.log(draft, DESK, now=NOW)
    assert store.calls.get(draft_id).is_draft

    draft.received_at, draft.source = "2023-07-15 19:00", "群众"
    assert store.calls.log(draft, DESK, now=NOW) == draft_id
    assert store.calls.drafts() == []
    assert [c.id for c in store.calls.waiting()] == [draft_id]
    assert rows(store, "calls") == 1
    with pytest.raises(StoreError):  # a logged call is no draft any more
        store.calls.save_draft(draft)
    with pytest.raises(StoreError):
        store.calls.log(draft, DESK, now=NOW)


def test_discard_only_drafts(store):
    draft_id = store.calls.save_draft(Call(place="老虎滩"))
    logged_id = store.calls.log(a_call(), DESK, now=NOW)
    store.calls.discard_draft(draft_id)
    assert store.calls.get(draft_id) is None
    with pytest.raises(StoreError):
        store.calls.discard_draft(logged_id)
    assert store.calls.get(logged_id) is not None


def test_waiting_list_oldest_first(store):
    late = store.calls.log(a_call(received_at="2023-07-15 19:50"), DESK, now=NOW)
    early = store.calls.log(a_call(received_at="2023-07-15 08:05"), DESK, now=NOW)
    middle = store.calls.log(a_call(received_at="2023-07-15 12:00"), DESK, now=NOW)
    store.calls.save_draft(Call(received_at="2023-07-15 01:00"))
    assert [c.id for c in store.calls.waiting()] == [early, middle, late]
    store.calls.verify(middle, Verification(call_id=middle, result="不实"), DESK, now=NOW)
    assert [c.id for c in store.calls.waiting()] == [early, late]
    assert store.calls.count_waiting() == 2


# --- verification -------------------------------------------------------------------------------

@pytest.mark.parametrize("result, status", [("属实", CallStatus.VERIFIED), ("不实", CallStatus.FALSE),
                                            ("重复", CallStatus.DUPLICATE), ("已解除", CallStatus.RESOLVED)])
def test_verification_moves_the_call(store, result, status):
    call_id = store.calls.log(a_call(), DESK, now=NOW)
    v = Verification(call_id=call_id, result=result, verified_by="值班秘书甲", method="回拨信息来源",
                     verified_at="2023-07-15 19:40", note="家属确认")
    store.calls.verify(call_id, v, DESK, now=NOW)
    assert store.calls.get(call_id).status == status
    [kept] = store.calls.verifications(call_id)
    assert (kept.result, kept.verified_by, kept.method, kept.verified_at, kept.note) == (
        result, "值班秘书甲", "回拨信息来源", "2023-07-15 19:40", "家属确认")
    assert kept.id == v.id
    assert [c.id for c in store.calls.by_status(status)] == [call_id]  # closed calls stay on record
    assert rows(store, "tasks") == 0  # verifying never makes a task


def test_by_status_lists_several(store):
    a = store.calls.log(a_call(received_at="2023-07-15 10:00"), DESK, now=NOW)
    b = store.calls.log(a_call(received_at="2023-07-15 11:00"), DESK, now=NOW)
    c = store.calls.log(a_call(received_at="2023-07-15 12:00"), DESK, now=NOW)
    store.calls.verify(a, Verification(a, "重复"), DESK, now=NOW)
    store.calls.verify(b, Verification(b, "已解除"), DESK, now=NOW)
    assert [x.id for x in store.calls.by_status(CallStatus.DUPLICATE, "resolved")] == [b, a]
    assert [x.id for x in store.calls.by_status(CallStatus.DUPLICATE, "resolved", newest_first=False)] == [a, b]
    assert [x.id for x in store.calls.by_status()] == [c, b, a]


@pytest.mark.parametrize("first, second", [("不实", "属实"), ("属实", "不实"), ("重复", "已解除"), ("属实", "属实")])
def test_second_verification_is_refused_and_nothing_written(store, first, second):
    call_id = store.calls.log(a_call(), DESK, now=NOW)
    store.calls.verify(call_id, Verification(call_id, first), DESK, now=NOW)
    before = store.calls.get(call_id)
    with pytest.raises(WorkflowError) as caught:
        store.calls.verify(call_id, Verification(call_id, second), DESK, now=NOW)
    assert "来电" in str(caught.value)
    assert store.calls.get(call_id) == before
    assert rows(store, "verifications") == 1


def test_bad_verifications_refused(store):
    call_id = store.calls.log(a_call(), DESK, now=NOW)
    draft_id = store.calls.save_draft(Call(place="星海"))
    with pytest.raises(WorkflowError, match="核实结果"):
        store.calls.verify(call_id, Verification(call_id, "可能"), DESK, now=NOW)
    with pytest.raises(WorkflowError, match="早于接报时间"):
        store.calls.verify(call_id, Verification(call_id, "属实", verified_at="2023-07-15 18:00"), DESK, now=NOW)
    with pytest.raises(WorkflowError, match="晚于现在"):
        store.calls.verify(call_id, Verification(call_id, "属实", verified_at="2023-07-16 18:00"), DESK, now=NOW)
    with pytest.raises(WorkflowError, match="草稿"):
        store.calls.verify(draft_id, Verification(draft_id, "属实"), DESK, now=NOW)
    with pytest.raises(StoreError, match="不存在"):
        store.calls.verify(4242, Verification(4242, "属实"), DESK, now=NOW)
    assert rows(store, "verifications") == 0
    assert store.calls.get(call_id).status == CallStatus.LOGGED


def test_verification_inside_a_failing_transaction_leaves_nothing(store):
    call_id = store.calls.log(a_call(), DESK, now=NOW)
    with pytest.raises(RuntimeError), store.transaction():
        store.calls.verify(call_id, Verification(call_id, "属实"), DESK, now=NOW)
        raise RuntimeError("the task could not be saved")
    assert store.calls.get(call_id).status == CallStatus.LOGGED
    assert rows(store, "verifications") == 0


def test_dispatch_only_after_true_verification(store):
    call_id = store.calls.log(a_call(), DESK, now=NOW)
    with pytest.raises(WorkflowError, match="先核实"):
        store.calls.mark_dispatched(call_id)
    store.calls.verify(call_id, Verification(call_id, "属实"), DESK, now=NOW)
    store.calls.mark_dispatched(call_id)
    assert store.calls.get(call_id).status == CallStatus.DISPATCHED
    with pytest.raises(WorkflowError, match="已出队"):
        store.calls.mark_dispatched(call_id)


# --- the rules, without a database --------------------------------------------------------------

def test_call_transitions():
    for new in (CallStatus.VERIFIED, CallStatus.FALSE, CallStatus.DUPLICATE, CallStatus.RESOLVED):
        check_call_transition(CallStatus.LOGGED, new)
    check_call_transition("verified", "dispatched")
    for old, new in [("logged", "dispatched"), ("false", "verified"), ("dispatched", "logged"),
                     ("verified", "false"), ("resolved", "logged")]:
        with pytest.raises(WorkflowError):
            check_call_transition(old, new)


def test_task_transitions():
    S = TaskStatus
    allowed = [(S.DISPATCHED, S.RETURNED), (S.RETURNED, S.SUBMITTED), (S.SUBMITTED, S.APPROVED),
               (S.APPROVED, S.ARCHIVED), (S.SUBMITTED, S.RETURNED), (S.DISPATCHED, S.CANCELLED),
               (S.RETURNED, S.CANCELLED)]
    for old, new in allowed:
        check_task_transition(old, new)
    for old, new in [(S.DISPATCHED, S.APPROVED), (S.APPROVED, S.CANCELLED), (S.CANCELLED, S.DISPATCHED),
                     (S.ARCHIVED, S.DISPATCHED), (S.RETURNED, S.ARCHIVED), (S.SUBMITTED, S.CANCELLED)]:
        with pytest.raises(WorkflowError):
            check_task_transition(old, new)
    with pytest.raises(WorkflowError, match="原因"):
        check_task_transition(S.ARCHIVED, S.APPROVED)
    with pytest.raises(WorkflowError, match="原因"):
        check_task_transition(S.ARCHIVED, S.APPROVED, reason="  ")
    check_task_transition(S.ARCHIVED, S.APPROVED, reason="出勤时长记错，更正")


@pytest.mark.parametrize("phone, ok", [
    ("13804112233", True), ("+86 138 0411 2233", True), ("0411-84661234", True), ("041184661234", True),
    ("84661234", True), ("110", True), ("12395", True), ("1380411223", False), ("23804112233", False),
    ("12345678901234", False), ("abc", False), ("0000000", False),
])
def test_phone_shapes(phone, ok):
    assert phone_looks_valid(phone) is ok


def test_validation_messages():
    assert validate_call(a_call(), now=NOW) == {}
    errors = validate_call(Call(), now=NOW)
    assert errors["received_at"].startswith("请填写接报时间")
    assert errors["source"] == "请选择信息来源。"
    assert "回拨" in errors["caller_phone"]
    assert errors["place"] == "请填写地点或区域。"
    assert "发生了什么" in errors["description"]
    assert "晚于现在" in validate_call(a_call(received_at="2023-07-15 20:30"), now=NOW)["received_at"]
    assert validate_call(a_call(received_at="2023-07-15 20:04"), now=NOW) == {}  # clocks differ a little
    assert "无法识别" in validate_call(a_call(received_at="昨晚"), now=NOW)["received_at"]
    assert "建队" in validate_call(a_call(received_at="2013-07-15 20:00"), now=NOW)["received_at"]
    assert "不在列表" in validate_call(a_call(source="微信群"), now=NOW)["source"]
    assert validate_call(a_call(place="", district="金州区"), now=NOW) == {}
    with pytest.raises(WorkflowError):
        Call(suggested_kind="boats")


# --- event numbers ------------------------------------------------------------------------------

def test_format_and_read_event_numbers():
    assert format_event_no(None, 2023, 5) == "WZ2023-0005"
    assert format_event_no("{year}{seq:04d}", 2020, 153) == "20200153"
    assert format_event_no("DL-{year}-{seq:05d}", 2024, 12345) == "DL-2024-12345"
    assert event_no_sequence("WZ2023-0197", "WZ{year}-{seq:04d}", 2023) == 197
    assert event_no_sequence("ｗｚ2023-0197 ", "WZ{year}-{seq:04d}", 2023) == 197  # full-width, lower case
    assert event_no_sequence("WZ2022-0197", "WZ{year}-{seq:04d}", 2023) is None
    assert event_no_sequence("20200153", "{year}{seq:04d}", 2020) == 153
    for bad in ("WZ-{seq:04d}", "WZ{year}", "WZ{year}-{seq:04d}-{name}", "WZ{year-{seq}", "{year}{seq:04d}{seq}"):
        with pytest.raises(WorkflowError, match="事件编号格式"):
            format_event_no(bad, 2023, 1)


def test_next_sequence_continues_after_the_highest():
    assert next_sequence([], None, 2023) == 1
    assert next_sequence(["WZ2023-0005", "WZ2023-0197", "WZ2023-0010", "WZ2022-0900", "", "无"], None, 2023) == 198
    assert next_sequence(["20200153", "20200017", "20190400"], "{year}{seq:04d}", 2020) == 154
    # a year numbered the old way continues in the new style after the old numbers
    assert next_sequence(["20200153"], None, 2020) == 154
    assert next_sequence(["WZ2023-12000"], None, 2023) == 12001  # past four digits


def test_event_numbers_continue_after_imported_ones(store):
    add_tasks(store, ("WZ2023-0197", 2023), ("WZ2023-0012", 2023), ("WZ2022-0950", 2022), ("20200153", 2020),
              ("WZ2024-0003", 2023))  # a number of the next year on a task dated at New Year's Eve
    assert store.calls.next_event_no(2023) == "WZ2023-0198"
    assert store.calls.next_event_no(2022) == "WZ2022-0951"
    assert store.calls.next_event_no(2020) == "WZ2020-0154"
    assert store.calls.next_event_no(2020, pattern="{year}{seq:04d}") == "20200155"
    assert store.calls.next_event_no(2024) == "WZ2024-0004"
    assert store.calls.next_event_no(2021) == "WZ2021-0001"


def test_event_numbers_never_reused(store):
    add_tasks(store, ("WZ2023-0197", 2023))
    first = store.calls.next_event_no(2023)
    second = store.calls.next_event_no(2023)  # the first was never used on a task: still not given again
    assert (first, second) == ("WZ2023-0198", "WZ2023-0199")
    add_tasks(store, (second, 2023))
    assert store.calls.next_event_no(2023) == "WZ2023-0200"
    # an import that brings higher numbers is followed as well
    add_tasks(store, ("WZ2023-0450", 2023))
    assert store.calls.next_event_no(2023) == "WZ2023-0451"
    # reserved numbers survive closing and opening the database
    path = store.path
    store.close()
    with Store.open(path) as again:
        assert again.calls.next_event_no(2023) == "WZ2023-0452"


def test_event_number_pattern_from_settings(store):
    assert store.calls.event_no_pattern() == "WZ{year}-{seq:04d}"
    store.database.set_setting("event_no_pattern", "DLWZ-{year}-{seq:05d}")
    add_tasks(store, ("DLWZ-2023-00042", 2023), ("WZ2023-0030", 2023))
    assert store.calls.next_event_no(2023) == "DLWZ-2023-00043"
    with pytest.raises(WorkflowError):
        store.calls.set_event_no_pattern("WZ-{seq}", actor=store.audit.actor)
    assert store.calls.event_no_pattern() == "DLWZ-{year}-{seq:05d}"
    store.calls.set_event_no_pattern("{year}{seq:04d}", actor=store.audit.actor)
    assert store.calls.next_event_no(2023) == "20230044"


def test_bad_pattern_in_settings_is_refused_and_nothing_reserved(store):
    store.database.set_setting("event_no_pattern", "WZ{seq}")
    with pytest.raises(WorkflowError, match="事件编号格式"):
        store.calls.next_event_no(2023)
    assert store.database.get_setting("event_no_last:2023") is None
