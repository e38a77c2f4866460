"""A task's life on a real database file: dispatch from a verified call, return, attendance review,
approval, archive (read-only), reopening with a reason, cases, history, drafts, and the export."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.lifecycle import (
    AttendanceEntry,
    Dispatch,
    DispatchInvalid,
    DispatchMember,
    ReviewInvalid,
    ReviewSheet,
    default_hours,
)
from wz_desktop.domain.records import CallStatus, Origin, Task, TaskStatus
from wz_desktop.domain.roles import Actor
from wz_desktop.domain.workflow import Call, Verification, WorkflowError
from wz_desktop.services import event_numbers
from wz_desktop.services.exports import export_year
from wz_desktop.store import Store, StoreError
from wz_desktop.services.session import SYSTEM_SESSION

NOW = dt.datetime(2023, 7, 16, 8, 0)


from tests.ui.lifecycle_helpers import roster_fixture  # noqa: E402,F401  (the fixture ``roster``)

DESK = Actor("值班秘书甲")  # who logs and verifies the calls here (nobody is signed in)


def verified_call(store, received="2023-07-15 19:30", verified="2023-07-15 19:40") -> int:
    call_id = store.calls.log(Call(received_at=received, source="家属", caller_name="王女士",
                                   caller_phone="13804112233", district="甘井子区", place="红旗西路",
                                   description="老人走失", suggested_kind=TaskKind.URBAN), DESK, now=NOW)
    store.calls.verify(call_id, Verification(call_id=call_id, result="属实", verified_by="甲",
                                             method="回拨信息来源", verified_at=verified), DESK, now=NOW)
    return call_id


def a_dispatch(roster, call_id=None, **changes) -> Dispatch:
    m = roster["members"]
    values = dict(kind=TaskKind.URBAN, departure="2023-07-15 20:05", summary="红旗西路老人走失搜寻", call_id=call_id,
                  squad_ids=[roster["squads"]["甘井子分队"], roster["squads"]["水上救援分队"]],
                  leader_id=m["王建国"],
                  members=[DispatchMember(m["李海波"], brings_car=True), DispatchMember(m["张磊"])],
                  vehicle_ids=[roster["vehicle"]])
    values.update(changes)
    return Dispatch(**values)


def test_dispatch_from_verified_call(store, roster):
    call_id = verified_call(store)
    dispatch = a_dispatch(roster, call_id)
    task_id = store.flow.dispatch(dispatch, Actor("值班秘书甲"), now=NOW)
    task = store.tasks.get(task_id)
    assert task.status == TaskStatus.DISPATCHED and task.origin == Origin.APP
    assert task.event_no == "WZ2023-0001" == dispatch.event_no
    assert task.squads == "甘井子分队、水上救援分队"
    # the leader went too; people from the list (3), trips: the team car and one member's own car
    assert (task.headcount, task.vehicles) == (3, 2)
    assert store.calls.get(call_id).status == CallStatus.DISPATCHED
    story = store.flow.story(task_id)
    assert [m.member_name for m in story.members] == ["王建国", "李海波", "张磊"]
    assert story.members[0].role == "队长" and story.leader_name == "王建国"
    assert story.call.caller_name == "王女士" and story.verifications[0].result == "属实"
    assert [h.action for h in story.history] == ["dispatched"]
    assert story.history[0].by == "值班秘书甲"
    # found by search, and linked to its squads
    from wz_desktop.store import TaskFilter
    assert store.tasks.count(TaskFilter(text="老人走失")) == 1
    assert sorted(store.flow.squad_ids(task_id)) == sorted(roster["squads"].values())


def test_dispatch_refusals_write_nothing(store, roster):
    call_id = verified_call(store)
    cases = [
        (dict(departure="2023-07-15 19:00"), "departure"),  # before the call
        (dict(headcount=2), "headcount"),  # fewer than the three listed
        (dict(vehicle_trips=1), "vehicle_trips"),
        (dict(squad_ids=[]), "squad_ids"),
        (dict(summary=" "), "summary"),
        (dict(call_id=None), "call_id"),  # a rescue needs its call
        (dict(members=[], leader_id=None), "members"),
    ]
    for changes, field in cases:
        with pytest.raises(DispatchInvalid) as err:
            store.flow.dispatch(a_dispatch(roster, **{"call_id": call_id, **changes}), Actor("甲"), now=NOW)
        assert field in err.value.errors, (changes, err.value.errors)
        assert "：" in str(err.value)
    assert store.tasks.total() == 0
    assert store.database.one("SELECT count(*) FROM task_members") == 0
    assert store.calls.get(call_id).status == CallStatus.VERIFIED


def test_unverified_call_and_second_dispatch_refused(store, roster):
    call_id = store.calls.log(Call(received_at="2023-07-15 19:30", source="家属", caller_phone="13804112233",
                                   place="红旗西路", description="老人走失"), DESK, now=NOW)
    with pytest.raises(DispatchInvalid) as err:
        store.flow.dispatch(a_dispatch(roster, call_id), Actor("甲"), now=NOW)
    assert "尚未核实" in err.value.errors["call_id"]
    verified = verified_call(store)
    store.flow.dispatch(a_dispatch(roster, verified), Actor("甲"), now=NOW)
    with pytest.raises(DispatchInvalid) as err:
        store.flow.dispatch(a_dispatch(roster, verified), Actor("甲"), now=NOW)
    assert "已经出队" in err.value.errors["call_id"]


def test_training_goes_without_a_call_and_typed_counts(store, roster):
    task_id = store.flow.dispatch(Dispatch(kind=TaskKind.TRAINING, departure="2023-07-20 09:00",
                                           summary="社区应急救护培训", squad_ids=[roster["squads"]["甘井子分队"]],
                                           headcount=12, vehicle_trips=3), Actor("甲"), now=NOW)
    task = store.tasks.get(task_id)
    assert (task.headcount, task.vehicles, task.call_id) == (12, 3, None)


def test_event_numbers_continue_after_imports_and_refuse_duplicates(store, roster):
    with store.transaction():
        store.tasks.insert_many([Task(kind=TaskKind.WATER, event_no="WZ2023-0196", year=2023, summary="导入",
                                      status=TaskStatus.ARCHIVED, origin=Origin.IMPORT)])
    first = store.flow.dispatch(a_dispatch(roster, verified_call(store)), Actor("甲"), now=NOW)
    assert store.tasks.get(first).event_no == "WZ2023-0197"
    with pytest.raises(DispatchInvalid) as err:
        store.flow.dispatch(a_dispatch(roster, verified_call(store), event_no="WZ2023-0196"), Actor("甲"), now=NOW)
    assert "event_no" in err.value.errors


def full_review(store, roster, task_id, **changes) -> ReviewSheet:
    members = store.roster.task_members(task_id)
    entries = [AttendanceEntry(m.member_id, "出勤", 3.0, m.role) for m in members]
    entries[-1].attendance = "早退"
    entries[-1].hours = 1.5
    values = dict(returned_at="2023-07-15 23:05", result="找到平安", entries=entries, people_helped=1)
    values.update(changes)
    return ReviewSheet(**values)


def test_whole_life_to_the_archive_and_the_export(store, roster, tmp_path):
    call_id = verified_call(store)
    task_id = store.flow.dispatch(a_dispatch(roster, call_id), Actor("值班秘书甲"), now=NOW)
    store.flow.mark_returned(task_id, "2023-07-15 23:05", Actor("值班秘书甲"), now=NOW)
    assert store.tasks.get(task_id).status == TaskStatus.RETURNED
    store.flow.submit_attendance(task_id, full_review(store, roster, task_id), Actor("王建国"), now=NOW)
    task = store.tasks.get(task_id)
    assert (task.status, task.result, task.people_helped) == (TaskStatus.SUBMITTED, "找到平安", 1)
    store.flow.send_back(task_id, "张磊的时长不对", Actor("秘书组乙"))
    assert store.tasks.get(task_id).status == TaskStatus.RETURNED
    store.flow.submit_attendance(task_id, full_review(store, roster, task_id), Actor("王建国"), now=NOW)
    store.flow.approve(task_id, Actor("秘书组乙"))
    store.flow.archive(task_id, Actor("秘书组乙"))
    assert store.tasks.get(task_id).status == TaskStatus.ARCHIVED
    story = store.flow.story(task_id)
    assert [r.stage for r in story.reviews] == ["submitted", "returned", "submitted", "approved", "archived"]
    assert story.reviews[1].comment == "张磊的时长不对"
    assert [m.attendance for m in story.members] == ["出勤", "出勤", "早退"]
    assert story.members[2].hours == 1.5
    # the figures reach attendance
    summary = {s.name: s for s in store.attendance.member_summary("2023-01-01", "2023-12-31")}
    assert summary["张磊"].left_early == 1
    # and the yearly workbook
    out = export_year(store, 2023, tmp_path / "2023.xlsx", session=SYSTEM_SESSION)
    assert out == 1
    sheet = openpyxl.load_workbook(tmp_path / "2023.xlsx")["城市搜救"]
    row = [c.value for c in sheet[2]]
    assert row[0] == "WZ2023-0001" and row[3:6] == [3, 2, "甘井子分队、水上救援分队"]


def test_archived_task_is_read_only_until_reopened_with_reason(store, roster):
    task_id = store.flow.dispatch(a_dispatch(roster, verified_call(store)), Actor("甲"), now=NOW)
    store.flow.submit_attendance(task_id, full_review(store, roster, task_id), Actor("王建国"), now=NOW)
    store.flow.approve(task_id, Actor("乙"))
    store.flow.archive(task_id, Actor("乙"))
    attempts = [
        lambda: store.flow.edit(task_id, {"summary": "改"}, Actor("乙")),
        lambda: store.flow.update_dispatch(task_id, store.flow.dispatch_of(task_id), Actor("乙"), now=NOW),
        lambda: store.flow.send_back(task_id, "再看看", Actor("乙")),
        lambda: store.flow.cancel(task_id, "不去了", Actor("乙")),
        lambda: store.flow.submit_attendance(task_id, full_review(store, roster, task_id), Actor("王"), now=NOW),
    ]
    for attempt in attempts:
        with pytest.raises(WorkflowError, match="只读"):
            attempt()
    with pytest.raises(ReviewInvalid):
        store.flow.reopen(task_id, "  ", Actor("乙"))
    assert store.tasks.get(task_id).status == TaskStatus.ARCHIVED
    store.flow.reopen(task_id, "家属来电更正走失人数", Actor("乙"))
    store.flow.edit(task_id, {"people_helped": 2}, Actor("乙"))
    # the attendance too: sent back to the leader, handed in again, approved
    store.flow.send_back(task_id, "张磊实际为早退", Actor("乙"))
    store.flow.submit_attendance(task_id, full_review(store, roster, task_id, people_helped=2), Actor("王建国"), now=NOW)
    store.flow.approve(task_id, Actor("乙"))
    store.flow.archive(task_id, Actor("乙"))
    story = store.flow.story(task_id)
    reopened = [r for r in story.reviews if r.stage == "reopened"]
    assert reopened[0].comment == "家属来电更正走失人数" and reopened[0].by == "乙"
    edit = [h for h in story.history if h.action == "edited"][0]
    assert (edit.field, edit.old, edit.new, edit.by) == ("people_helped", "1", "2", "乙")


def test_review_refusals(store, roster):
    task_id = store.flow.dispatch(a_dispatch(roster, verified_call(store)), Actor("甲"), now=NOW)
    sheet = full_review(store, roster, task_id)
    sheet.entries = sheet.entries[:-1]  # one member left out
    with pytest.raises(ReviewInvalid) as err:
        store.flow.submit_attendance(task_id, sheet, Actor("王"), now=NOW)
    assert "没有填写出勤" in err.value.errors["entries"]
    with pytest.raises(ReviewInvalid) as err:
        store.flow.submit_attendance(task_id, full_review(store, roster, task_id, returned_at="2023-07-15 19:00"),
                                     Actor("王"), now=NOW)
    assert "早于出队时间" in err.value.errors["returned_at"]
    with pytest.raises(ReviewInvalid) as err:
        store.flow.submit_attendance(task_id, full_review(store, roster, task_id, result="还行"), Actor("王"), now=NOW)
    assert "result" in err.value.errors
    with pytest.raises(ReviewInvalid):
        store.flow.send_back(task_id, "", Actor("乙"))
    assert store.tasks.get(task_id).status == TaskStatus.DISPATCHED
    assert store.flow.reviews(task_id) == []
    assert all(m.attendance is None for m in store.roster.task_members(task_id))


def test_update_dispatch_records_changes(store, roster):
    task_id = store.flow.dispatch(a_dispatch(roster, verified_call(store)), Actor("甲"), now=NOW)
    dispatch = store.flow.dispatch_of(task_id)
    dispatch.members.append(DispatchMember(roster["members"]["刘洋"], brings_car=True))
    dispatch.summary = "红旗西路老人走失搜寻（夜间）"
    store.flow.update_dispatch(task_id, dispatch, Actor("乙"), now=NOW)
    task = store.tasks.get(task_id)
    assert (task.headcount, task.vehicles, task.summary) == (4, 3, "红旗西路老人走失搜寻（夜间）")
    changes = {h.field: h for h in store.flow.history(task_id) if h.action == "dispatch_changed"}
    assert changes["members"].new == "刘洋" and changes["summary"].by == "乙"
    assert changes["headcount"].old == "3" and changes["headcount"].new == "4"


def test_corrected_imported_task_is_still_recognised(store):
    """An imported task corrected in the window (number and summary) is not added again, nor
    overwritten, when its old workbook is imported again."""
    from tests.conftest import SAMPLES
    from wz_desktop.services.imports import import_workbook

    sample = SAMPLES / "2022年救援任务统计.xlsx"
    first = import_workbook(store, sample, session=SYSTEM_SESSION)
    total = store.tasks.total()
    task_id = store.database.one("SELECT min(id) FROM tasks WHERE event_no <> ''")
    task = store.tasks.get(task_id)
    assert task.status == TaskStatus.ARCHIVED
    with pytest.raises(WorkflowError, match="只读"):
        store.flow.edit(task_id, {"summary": "改"}, Actor("乙"))
    store.flow.reopen(task_id, "编号录错", Actor("乙"))
    store.flow.edit(task_id, {"event_no": task.event_no + "X", "summary": task.summary + "（更正）"}, Actor("乙"))
    store.flow.archive(task_id, Actor("乙"))
    again = import_workbook(store, sample, session=SYSTEM_SESSION)
    assert again.added == 0 and store.tasks.total() == total
    assert again.differing == first.differing + 1
    kept = store.tasks.get(task_id)
    assert kept.event_no == task.event_no + "X" and kept.summary.endswith("（更正）")


def test_cases_link_turn_outs(store, roster):
    first = store.flow.dispatch(a_dispatch(roster, verified_call(store)), Actor("甲"), now=NOW)
    second = store.flow.dispatch(a_dispatch(roster, verified_call(store, "2023-07-16 06:00", "2023-07-16 06:10"),
                                            departure="2023-07-16 06:30"), Actor("甲"), now=NOW)
    case_id = store.flow.open_case("7·15 红旗西路老人走失", [first, second], Actor("甲"))
    story = store.flow.story(second)
    assert story.case.title == "7·15 红旗西路老人走失"
    assert [t.id for t in story.case_tasks] == [first, second]
    store.flow.link_to_case(first, None, Actor("甲"))
    assert [t.id for t in store.flow.case_tasks(case_id)] == [second]
    assert [h.action for h in store.flow.history(first)][-1] == "case_unlinked"
    with pytest.raises(WorkflowError):
        store.flow.open_case(" ", [], Actor("甲"))


def test_desk_lists_and_counts(store, roster):
    out = store.flow.dispatch(a_dispatch(roster, verified_call(store)), Actor("甲"), now=NOW)
    back = store.flow.dispatch(a_dispatch(roster, verified_call(store)), Actor("甲"), now=NOW)
    store.flow.mark_returned(back, "2023-07-15 22:00", Actor("甲"), now=NOW)
    assert [t.id for t in store.flow.with_status(TaskStatus.DISPATCHED)] == [out]
    assert [t.id for t in store.flow.with_status(TaskStatus.RETURNED, TaskStatus.SUBMITTED)] == [back]
    counts = store.flow.status_counts()
    assert counts[TaskStatus.DISPATCHED] == 1 and counts[TaskStatus.RETURNED] == 1
    store.flow.cancel(out, "人已找到", Actor("甲"))
    assert store.flow.status_counts()[TaskStatus.CANCELLED] == 1
    with pytest.raises(WorkflowError):
        store.flow.cancel(out, "再取消", Actor("甲"))


def test_form_drafts_survive_reopening(db_path):
    with Store.open(db_path) as store:
        store.flow.save_form_draft("dispatch", "call:7", {"summary": "落水", "members": [1, 2]})
        store.flow.save_form_draft("dispatch", "call:7", {"summary": "游客落水", "members": [1, 2, 3]})
    with Store.open(db_path) as store:
        assert store.flow.form_draft("dispatch", "call:7") == {"summary": "游客落水", "members": [1, 2, 3]}
        assert [k for k, _, _ in store.flow.form_drafts("dispatch")] == ["call:7"]
        store.flow.discard_form_draft("dispatch", "call:7")
        assert store.flow.form_draft("dispatch", "call:7") is None


def test_default_hours():
    assert default_hours("2023-07-15 20:05", "2023-07-15 23:05") == 3.0
    assert default_hours("2023-07-15 20:05", "2023-07-16 01:20") == 5.0
    assert default_hours("2023-07-15 20:05", "2023-07-15 20:50") == 1.0
    assert default_hours(None, "2023-07-15 23:05") is None
    assert default_hours("2023-07-15 20:05", "2023-07-15 19:00") is None


def test_missing_task_is_a_clear_error(store):
    with pytest.raises(StoreError, match="不存在"):
        store.flow.approve(999, Actor("乙"))


def test_preview_event_no_does_not_reserve(store, roster):
    """The dispatch form shows the number that will be issued; looking at it reserves nothing."""
    assert event_numbers.preview(store, 2023) == "WZ2023-0001"
    assert event_numbers.preview(store, 2023) == "WZ2023-0001"  # asking again: still the same
    call_id = verified_call(store)
    store.flow.dispatch(a_dispatch(roster, call_id), Actor("甲"), now=NOW)
    assert event_numbers.preview(store, 2023) == "WZ2023-0002"
    assert store.calls.next_event_no(2023) == "WZ2023-0002"  # reserved here, for a call …
    assert event_numbers.preview(store, 2023) == "WZ2023-0003"  # … so the preview moves on past it
    assert event_numbers.preview(store, 2024) == "WZ2024-0001"
