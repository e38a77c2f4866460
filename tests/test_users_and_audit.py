"""Users, roles and the audit trail, on real database files (issue 5, items 1 and 2).

- what a squad leader, a duty secretary and an administrator may do, refused by the store itself;
- passwords: salted scrypt hashes, wrong ones refused, guessing slowed down;
- the first run creates the administrator;
- every write function of the store leaves an audit entry with who and when (a walk through all
  of them), an import is one entry, and the whole trail exports to Excel (``wz-desktop audit``).
"""
from __future__ import annotations

import datetime as dt
import inspect

import openpyxl
import pytest

from tests.conftest import PASSWORD, SAMPLE_FILES
from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.lifecycle import (
    AttendanceEntry,
    Dispatch,
    DispatchMember,
    ReviewSheet,
)
from wz_desktop.domain.records import Member, Squad, Task, TaskStatus, Vehicle
from wz_desktop.domain.roles import SYSTEM, SYSTEM_NAME, Action, Actor, Role, may, refusal
from wz_desktop.domain.workflow import Call, Verification, WorkflowError
from wz_desktop.store import NotAllowed, Store, StoreError
from wz_desktop.store import users as users_module
from wz_desktop.store.audit import AuditFilter
from wz_desktop.store.calls import CallRepo
from wz_desktop.store.imports import ImportRepo
from wz_desktop.store.lifecycle import TaskFlow
from wz_desktop.store.roster import Certification, RosterRepo, TaskMember
from wz_desktop.store.tasks import TaskRepo
from wz_desktop.store.users import UserRepo, hash_password, verify_password
from wz_desktop.services.session import SYSTEM_SESSION

NOW = dt.datetime(2023, 7, 16, 8, 0)


pytestmark = pytest.mark.usefixtures("quick_hashes")


def dispatch(store, team, squad: str, departure="2023-07-15 20:05") -> int:
    m = team["members"]
    people = ["王建国", "李海波"] if squad == "甘井子分队" else ["张磊", "刘洋"]
    return store.flow.dispatch(Dispatch(kind=TaskKind.TRAINING, departure=departure, summary=f"{squad}训练",
                                        squad_ids=[team["squads"][squad]], leader_id=m[people[0]],
                                        members=[DispatchMember(m[people[1]])]), store.session or Actor("值班秘书甲"),
                               now=NOW)


def sheet(store, task_id: int) -> ReviewSheet:
    entries = [AttendanceEntry(t.member_id, "出勤", 3.0, t.role) for t in store.roster.task_members(task_id)]
    return ReviewSheet(returned_at="2023-07-15 23:05", result="找到平安", entries=entries, people_helped=1)


def archived(store, task_id: int) -> None:
    who = store.session or Actor("甲")  # whoever is signed in, or a name with nobody
    store.flow.submit_attendance(task_id, sheet(store, task_id), who, now=NOW)
    store.flow.approve(task_id, who)
    store.flow.archive(task_id, who)


# --- the rules ------------------------------------------------------------------------------------

def test_the_roles_table():
    leader = Actor("队长", Role.LEADER, squad_id=3, user_id=1)
    secretary = Actor("秘书", Role.SECRETARY, user_id=2)
    admin = Actor("管理员", Role.ADMIN, user_id=3)
    nobody = Actor()
    assert nobody.is_system and nobody.name == SYSTEM_NAME
    for action in Action:
        assert may(nobody, action) and may(admin, action)
    assert {a for a in Action if may(secretary, a)} == set(Action) - {Action.REOPEN, Action.SETTINGS, Action.USERS}
    assert {a for a in Action if may(leader, a)} == {Action.ATTENDANCE, Action.DRAFTS}
    assert may(leader, Action.ATTENDANCE, [3, 5]) and not may(leader, Action.ATTENDANCE, [5])
    assert "只能为本分队" in refusal(leader, Action.ATTENDANCE, [5])
    assert "无权重新打开" in refusal(secretary, Action.REOPEN)
    assert "没有指定分队" in refusal(Actor("队长", Role.LEADER, user_id=4), Action.ATTENDANCE, [5])


# --- a squad leader ------------------------------------------------------------------------------

def test_a_leader_hands_in_their_squads_attendance_and_nothing_else(store, team):
    own = dispatch(store, team, "甘井子分队")
    other = dispatch(store, team, "水上救援分队")
    leader = store.users.authenticate("gjz", PASSWORD)
    store.sign_in(leader, PASSWORD)
    assert store.session.role == Role.LEADER and store.may(Action.ATTENDANCE, [team["squads"]["甘井子分队"]])

    with pytest.raises(NotAllowed, match="不是在此登录的用户"):  # nobody writes in another's name
        store.flow.submit_attendance(own, sheet(store, own), actor=Actor("someone else"), now=NOW)
    store.flow.submit_attendance(own, sheet(store, own), actor=store.session, now=NOW)
    assert store.tasks.get(own).status == TaskStatus.SUBMITTED
    history = store.flow.history(own)
    assert {h.by for h in history[-4:]} == {"甘井子分队 王建国"}  # written under the actor given

    before = store.tasks.get(other)
    with pytest.raises(NotAllowed, match="只能为本分队"):
        store.flow.submit_attendance(other, sheet(store, other), actor=store.session, now=NOW)
    assert store.tasks.get(other) == before and store.roster.task_members(other)[0].attendance is None
    refused = [
        lambda: store.flow.approve(own, store.session),
        lambda: store.flow.send_back(own, "请改", store.session),
        lambda: store.flow.cancel(other, "人已找到", store.session),
        lambda: store.flow.edit(other, {"summary": "改了"}, store.session),
        lambda: store.flow.mark_returned(other, "2023-07-15 22:00", store.session, now=NOW),
        lambda: store.flow.open_case("案件", [own], store.session),
        lambda: store.calls.log(Call(received_at="2023-07-15 19:00", source="家属", caller_name="王女士",
                                     caller_phone="13804112233", description="老人走失"), store.session, now=NOW),
        lambda: store.calls.set_event_no_pattern("WZ{year}-{seq:04d}", actor=store.audit.actor),
        lambda: store.roster.add_member(Member(name="新队员"), actor=store.roster.audit.actor),
        lambda: store.roster.update_squad(Squad(name="改名", id=team["squads"]["甘井子分队"]), actor=store.audit.actor),
        lambda: store.roster.set_member_active(team["members"]["张磊"], False, actor=store.audit.actor),
        lambda: store.roster.record_attendance(other, team["members"]["刘洋"], "缺勤"),
        lambda: store.users.create("x1", "某人", PASSWORD, Role.SECRETARY, actor=store.audit.actor),
    ]
    entries = store.audit.count()
    for step in refused:
        with pytest.raises(NotAllowed):
            step()
    assert store.audit.count() == entries  # nothing written, not even in the audit


def test_a_leader_cannot_touch_an_archived_task_of_their_own_squad(store, team):
    task_id = dispatch(store, team, "甘井子分队")
    archived(store, task_id)
    store.sign_in(team["leader"], PASSWORD)
    with pytest.raises(NotAllowed):
        store.flow.reopen(task_id, "更正时长", store.session)
    with pytest.raises(WorkflowError, match="只读"):  # read-only for everyone, whatever the role
        store.flow.submit_attendance(task_id, sheet(store, task_id), store.session, now=NOW)
    with pytest.raises(NotAllowed):
        store.flow.edit(task_id, {"summary": "改了"}, store.session)
    assert store.tasks.get(task_id).status == TaskStatus.ARCHIVED


def test_who_went_on_an_archived_task_is_read_only_for_everyone_signed_in(store, team):
    """The roster's own writes of who went and their attendance refuse an archived task too (the
    secretary and the administrator alike: correcting it takes reopening); the system (an import,
    the demo's history) may still write them."""
    task_id = dispatch(store, team, "甘井子分队")
    archived(store, task_id)
    member = store.roster.task_members(task_id)[0]
    for who in ("secretary", "admin"):
        store.sign_in(team[who], PASSWORD)
        refused = [
            lambda: store.roster.record_attendance(task_id, member.member_id, "缺勤", 0),
            lambda: store.roster.add_task_members([TaskMember(task_id, team["members"]["张磊"])]),
            lambda: store.roster.set_task_members(task_id, []),
            lambda: store.roster.add_task_vehicles([(task_id, 1, 2)]),
        ]
        entries = store.audit.count()
        for step in refused:
            with pytest.raises(WorkflowError, match="只读"):
                step()
        assert store.audit.count() == entries
        assert store.roster.task_members(task_id)[0] == member
    store.sign_out()
    store.roster.record_attendance(task_id, member.member_id, "迟到", 2.5)  # the system: as the demo does
    assert store.roster.task_members(task_id)[0].attendance == "迟到"


def test_a_secretary_cannot_reopen_an_archived_task_an_administrator_can(store, team):
    task_id = dispatch(store, team, "甘井子分队")
    store.sign_in(team["secretary"], PASSWORD)
    archived(store, task_id)
    assert store.flow.reviews(task_id)[-1].by == "值班秘书 陈静"
    with pytest.raises(NotAllowed, match="无权重新打开"):
        store.flow.reopen(task_id, "更正时长", store.session)
    with pytest.raises(NotAllowed):
        store.users.create("x2", "某人", PASSWORD, actor=store.audit.actor)
    with pytest.raises(NotAllowed):
        store.calls.set_event_no_pattern("WZ{year}-{seq:04d}", actor=store.audit.actor)
    store.sign_in(team["admin"], PASSWORD)
    store.flow.reopen(task_id, "更正时长", store.session)
    assert store.tasks.get(task_id).status == TaskStatus.APPROVED
    last = store.flow.history(task_id)[-1]
    assert (last.by, last.action, last.note) == ("管理员 王磊", "reopened", "更正时长")


def test_nobody_signed_in_is_the_system_with_every_right(store, team):
    task_id = dispatch(store, team, "水上救援分队")
    archived(store, task_id)
    store.flow.reopen(task_id, "命令行更正", SYSTEM)
    assert store.session is None and store.may(Action.USERS)
    assert store.flow.history(task_id)[-1].by == SYSTEM_NAME
    store.roster.add_member(Member(name="新队员"), actor=store.roster.audit.actor)
    assert store.audit.entries(limit=1)[0].by == SYSTEM_NAME
    store.sign_in(team["leader"], PASSWORD)
    store.sign_out()
    assert store.session is None


def test_a_deactivated_user_cannot_sign_in_or_be_signed_in(store, team):
    store.users.deactivate(team["secretary"].id, actor=store.audit.actor)
    assert store.users.authenticate("mishu", PASSWORD) is None
    with pytest.raises(NotAllowed):
        store.sign_in(team["secretary"], PASSWORD)
    with pytest.raises(StoreError, match="唯一的管理员"):
        store.users.deactivate(team["admin"].id, actor=store.audit.actor)
    with pytest.raises(StoreError, match="唯一的管理员"):
        store.users.set_role(team["admin"].id, Role.SECRETARY, actor=store.audit.actor)
    store.users.reactivate(team["secretary"].id, actor=store.audit.actor)
    assert store.users.authenticate("MISHU", PASSWORD).name == "值班秘书 陈静"  # logins ignore case


# --- passwords and the first run ------------------------------------------------------------------

def test_passwords_are_salted_scrypt_hashes():
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first != second and first.startswith("scrypt$") and PASSWORD not in first
    assert verify_password(PASSWORD, first) and verify_password(PASSWORD, second)
    assert not verify_password("correct horsE", first) and not verify_password(PASSWORD, "garbage")
    assert "hmac.compare_digest" in inspect.getsource(verify_password)


def test_the_stored_hash_and_wrong_passwords(store, team):
    stored = store.database.one("SELECT password_hash FROM users WHERE login = 'mishu'")
    assert stored.startswith("scrypt$") and PASSWORD not in stored
    n, r, p = (int(v) for v in stored.split("$")[1:4])
    assert (n, r, p) == (users_module.SCRYPT_N, users_module.SCRYPT_R, users_module.SCRYPT_P)
    assert store.users.authenticate("mishu", "wrong password") is None
    assert store.users.authenticate("nobody", PASSWORD) is None
    user = store.users.authenticate("mishu", PASSWORD)
    assert user.role == Role.SECRETARY and user.last_sign_in
    with pytest.raises(StoreError, match="至少"):
        store.users.create("short", "某人", "1234567", Role.SECRETARY, actor=store.audit.actor)


def test_guessing_is_slowed_down(store, team):
    now = dt.datetime(2024, 1, 1, 9, 0)
    for _ in range(users_module.FREE_ATTEMPTS):
        assert store.users.authenticate("mishu", "guess", now=now) is None
    assert store.users.locked_for("mishu", now=now) == users_module.LOCK_SECONDS
    # while it waits even the right password is refused; afterwards it works and the count resets
    assert store.users.authenticate("mishu", PASSWORD, now=now + dt.timedelta(seconds=10)) is None
    assert store.users.authenticate("mishu", PASSWORD, now=now + dt.timedelta(seconds=31)) is not None
    assert store.users.locked_for("mishu", now=now) == 0
    failures = store.audit.entries(AuditFilter(table="users"))
    assert sum(e.action == "sign_in_failed" for e in failures) == users_module.FREE_ATTEMPTS


def test_the_first_run_creates_the_administrator(store):
    assert store.users.count() == 0
    with pytest.raises(StoreError, match="管理员"):
        store.users.create("mishu", "秘书", PASSWORD, Role.SECRETARY, actor=store.audit.actor)
    admin = store.users.create_first_admin("admin", "管理员 王磊", PASSWORD)
    assert admin.role == Role.ADMIN and store.users.count() == 1
    with pytest.raises(NotAllowed):
        store.users.create_first_admin("admin2", "另一位", PASSWORD)
    [entry] = store.audit.entries(AuditFilter(table="users"))
    assert entry.action == "insert" and entry.note == "首次运行创建管理员" and PASSWORD not in (entry.new or "")


def test_people_change_their_own_password_with_the_old_one(store, team):
    store.sign_in(team["secretary"], PASSWORD)
    with pytest.raises(NotAllowed, match="原密码"):
        store.users.set_password(team["secretary"].id, "new password 1", old_password="wrong", actor=store.audit.actor)
    store.users.set_password(team["secretary"].id, "new password 1", old_password=PASSWORD, actor=store.audit.actor)
    with pytest.raises(NotAllowed):  # someone else's: administrators only
        store.users.set_password(team["leader"].id, "new password 2", actor=store.audit.actor)
    assert store.users.authenticate("mishu", "new password 1") is not None


# --- the audit trail ----------------------------------------------------------------------------

# Every write function of the store, as it is walked through below. Reads, and drafts (what a form
# holds while it is typed, not a record yet) and the derived search index are not audited.
NOT_AUDITED = {
    ("CallRepo", "save_draft"), ("CallRepo", "discard_draft"), ("TaskFlow", "save_form_draft"),
    ("TaskFlow", "discard_form_draft"), ("TaskRepo", "index_pending"),
}
READS = {
    "CallRepo": {"by_phone", "by_status", "count_waiting", "drafts", "event_no_pattern", "get", "peek_event_no", "search",
                 "verifications", "waiting"},
    "TaskFlow": {"case", "case_tasks", "cases", "dispatch_of", "form_draft", "form_drafts", "history",
                 "reviews", "squad_ids", "status_counts", "story", "with_status"},
    "RosterRepo": {"certifications", "count_members", "counts", "expiring", "find_members", "joined_dates", "member",
                   "member_by_code", "member_ids", "member_joined_on", "member_notes", "member_rows", "member_tasks",
                   "members", "members_by_names", "members_by_phone", "members_named", "squad", "squad_by_name",
                   "squad_ids", "squad_member_counts", "squad_rows", "squads", "task_members", "task_vehicles",
                   "vehicle", "vehicle_rows", "vehicles"},
    "UserRepo": {"by_login", "count", "get", "list", "locked_for"},
    "ImportRepo": {"all", "previous", "report"},
    "TaskRepo": {"count", "count_year", "flags", "for_year", "get", "matching_candidates", "page", "pending_index",
                 "total", "workbook_rows", "years"},
}


def walk_every_write(store, team, tmp_path):
    """(class, method, step) for every write function of the store, in an order that works."""
    m, squads = team["members"], team["squads"]
    state: dict = {}

    def new_call():
        call = Call(received_at="2023-07-15 19:30", source="家属", caller_name="王女士", caller_phone="13804112233",
                    district="甘井子区", place="红旗西路", description="老人走失", suggested_kind=TaskKind.URBAN)
        return store.calls.log(call, store.session, now=NOW)

    def verify(call_id):
        return store.calls.verify(call_id, Verification(call_id=call_id, result="属实", method="回拨信息来源",
                                                        verified_at="2023-07-15 19:40"), store.session, now=NOW)

    def the_dispatch(**changes):
        values = {"kind": TaskKind.URBAN, "departure": "2023-07-15 20:05", "summary": "红旗西路老人走失搜寻",
                  "call_id": state.get("call"), "squad_ids": [squads["甘井子分队"]], "leader_id": m["王建国"],
                  "members": [DispatchMember(m["李海波"])], "vehicle_ids": [team["car"]]}
        values.update(changes)
        return Dispatch(**values)

    def cert_of(member):
        return store.roster.certifications(member)[0]

    def import_sample():
        from wz_desktop.services.imports import import_workbook

        report = import_workbook(store, SAMPLE_FILES[0], backup=False, session=SYSTEM_SESSION)
        assert report.ok, report.error

    def insert_many():
        with store.transaction():
            store.tasks.insert_many([Task(kind=TaskKind.TRAINING, summary=f"培训{i}", year=2022,
                                          departure=f"2022-05-0{i} 09:00") for i in (1, 2, 3, 4)])

    steps = [
        ("RosterRepo", "add_squad", lambda: state.update(squad=store.roster.add_squad("机动分队", actor=store.roster.audit.actor))),
        ("RosterRepo", "add_squads", lambda: store.roster.add_squads([Squad(name="中山分队"), Squad(name="西岗分队")], actor=store.roster.audit.actor)),
        ("RosterRepo", "update_squad", lambda: store.roster.update_squad(Squad(name="机动分队", district="全市",
                                                                              id=state["squad"]), actor=store.audit.actor)),
        ("RosterRepo", "add_member", lambda: state.update(member=store.roster.add_member(
            Member(name="赵强", code="WZ0100", squad_id=state["squad"]), actor=store.roster.audit.actor))),
        ("RosterRepo", "add_members", lambda: store.roster.add_members([Member(name=f"队员{i}") for i in range(5)], actor=store.roster.audit.actor)),
        ("RosterRepo", "update_member", lambda: store.roster.update_member(
            Member(name="赵强", code="WZ0100", squad_id=state["squad"], phone="13900001111", id=state["member"]), actor=store.audit.actor)),
        ("RosterRepo", "set_member_active", lambda: store.roster.set_member_active(state["member"], False, actor=store.audit.actor)),
        ("RosterRepo", "append_member_notes", lambda: store.roster.append_member_notes(
            state["member"], ["导入时电话一栏原文：138 0013 8000 转 2"], actor=store.audit.actor)),
        ("RosterRepo", "save_member", lambda: store.roster.save_member(
            Member(name="赵强", code="WZ0100", squad_id=state["squad"], id=state["member"]), notes="有船证", actor=store.audit.actor)),
        ("RosterRepo", "set_squad_leader", lambda: store.roster.set_squad_leader(state["squad"], state["member"], actor=store.roster.audit.actor)),
        ("RosterRepo", "set_squad_leaders", lambda: store.roster.set_squad_leaders([(squads["甘井子分队"], m["王建国"])], actor=store.roster.audit.actor)),
        ("RosterRepo", "add_certification", lambda: store.roster.add_certification(
            Certification(member_id=state["member"], name="救生员证", expires_on="2025-01-01"), actor=store.roster.audit.actor)),
        ("RosterRepo", "add_certifications", lambda: store.roster.add_certifications(
            [Certification(member_id=m["张磊"], name="潜水证"), Certification(member_id=m["刘洋"], name="红十字救护员")], actor=store.roster.audit.actor)),
        ("RosterRepo", "update_certification", lambda: store.roster.update_certification(
            Certification(member_id=state["member"], name="救生员证", expires_on="2027-01-01",
                          id=cert_of(state["member"]).id), actor=store.audit.actor)),
        ("RosterRepo", "replace_certifications", lambda: store.roster.replace_certifications(
            state["member"], [Certification(member_id=state["member"], name="船员证")], actor=store.audit.actor)),
        ("RosterRepo", "delete_certification", lambda: store.roster.delete_certification(cert_of(state["member"]).id, actor=store.audit.actor)),
        ("RosterRepo", "add_vehicle", lambda: state.update(vehicle=store.roster.add_vehicle(
            Vehicle(plate="辽B55555", name="冲锋舟拖车"), actor=store.roster.audit.actor))),
        ("RosterRepo", "add_vehicles", lambda: store.roster.add_vehicles([Vehicle(plate="辽B66666")], actor=store.roster.audit.actor)),
        ("RosterRepo", "save_vehicle", lambda: store.roster.save_vehicle(
            Vehicle(plate="辽B55555", name="冲锋舟拖车", seats=5, id=state["vehicle"]), notes="停在基地", actor=store.audit.actor)),
        ("RosterRepo", "set_vehicle_active", lambda: store.roster.set_vehicle_active(state["vehicle"], False, actor=store.audit.actor)),
        ("CallRepo", "log", lambda: state.update(call=new_call())),
        ("CallRepo", "verify", lambda: verify(state["call"])),
        ("CallRepo", "set_event_no_pattern", lambda: store.calls.set_event_no_pattern("WZ{year}-{seq:04d}", actor=store.audit.actor)),
        ("CallRepo", "next_event_no", lambda: store.calls.next_event_no(2023)),
        ("TaskFlow", "dispatch", lambda: state.update(task=store.flow.dispatch(the_dispatch(), store.session,
                                                                             now=NOW))),
        ("CallRepo", "mark_dispatched", lambda: (verify(c := new_call()), store.calls.mark_dispatched(c))),
        ("TaskFlow", "update_dispatch", lambda: store.flow.update_dispatch(
            state["task"], the_dispatch(summary="红旗西路老人走失搜寻（第二次）"), store.session, now=NOW)),
        ("TaskFlow", "edit", lambda: store.flow.edit(state["task"], {"remarks": "夜间出队"}, store.session)),
        ("TaskFlow", "open_case", lambda: state.update(case=store.flow.open_case("老人走失", [], store.session))),
        ("TaskFlow", "link_to_case", lambda: store.flow.link_to_case(state["task"], state["case"], store.session)),
        ("TaskFlow", "mark_returned", lambda: store.flow.mark_returned(state["task"], "2023-07-15 23:00", store.session,
                                                                         now=NOW)),
        ("TaskFlow", "submit_attendance", lambda: store.flow.submit_attendance(state["task"], sheet(store, state["task"]),
                                                                                 store.session, now=NOW)),
        ("TaskFlow", "send_back", lambda: store.flow.send_back(state["task"], "时长不对", store.session)),
        ("RosterRepo", "record_attendance", lambda: store.roster.record_attendance(state["task"], m["李海波"], "早退",
                                                                                     1.5)),
        ("RosterRepo", "add_task_members", lambda: store.roster.add_task_members(
            [TaskMember(state["task"], m["张磊"])])),
        ("RosterRepo", "set_task_members", lambda: store.roster.set_task_members(
            state["task"], [TaskMember(state["task"], m["王建国"], "队长"), TaskMember(state["task"], m["李海波"])])),
        ("RosterRepo", "add_task_vehicles", lambda: store.roster.add_task_vehicles([(state["task"], team["car"], 2)])),
        ("TaskFlow", "approve", lambda: (store.flow.submit_attendance(state["task"], sheet(store, state["task"]),
                                                                      store.session, now=NOW),
                                         store.flow.approve(state["task"], store.session))),
        ("TaskFlow", "archive", lambda: store.flow.archive(state["task"], store.session)),
        ("TaskFlow", "reopen", lambda: store.flow.reopen(state["task"], "更正", store.session)),
        ("TaskFlow", "cancel", lambda: store.flow.cancel(dispatch(store, team, "水上救援分队"), "人已找到", store.session)),
        ("TaskFlow", "add_past_reviews", lambda: store.flow.add_past_reviews(
            [(state["task"], "submitted", "王建国", "2023-07-16 10:00:00", "")])),
        ("TaskRepo", "insert", lambda: store.tasks.insert(Task(kind=TaskKind.UPKEEP, summary="保养", year=2022,
                                                               departure="2022-06-01 09:00"))),
        ("TaskRepo", "insert_many", insert_many),
        ("ImportRepo", "start", import_sample),  # start, insert_batch and finish: one import
        ("ImportRepo", "finish", import_sample),
        ("TaskRepo", "insert_batch", import_sample),
        ("UserRepo", "create", lambda: state.update(user=store.users.create("new", "新秘书", PASSWORD, Role.SECRETARY, actor=store.audit.actor))),
        ("UserRepo", "set_role", lambda: store.users.set_role(state["user"].id, Role.LEADER, squads["甘井子分队"], actor=store.audit.actor)),
        ("UserRepo", "set_password", lambda: store.users.set_password(state["user"].id, "another password", actor=store.audit.actor)),
        ("UserRepo", "deactivate", lambda: store.users.deactivate(state["user"].id, actor=store.audit.actor)),
        ("UserRepo", "reactivate", lambda: store.users.reactivate(state["user"].id, actor=store.audit.actor)),
        ("UserRepo", "authenticate", lambda: store.users.authenticate("new", "another password")),
        ("UserRepo", "create_first_admin", lambda: pytest.raises(NotAllowed, store.users.create_first_admin,
                                                                 "again", "再一位", PASSWORD)),
    ]
    return steps


def test_every_write_function_leaves_an_audit_entry_with_who_and_when(store, team, tmp_path):
    store.sign_in(team["admin"], PASSWORD)
    steps = walk_every_write(store, team, tmp_path)
    walked = {(cls, name) for cls, name, _ in steps}
    for cls in (CallRepo, TaskFlow, RosterRepo, UserRepo, ImportRepo, TaskRepo):
        public = {n for n, v in vars(cls).items() if not n.startswith("_") and callable(v)}
        unclassified = public - READS[cls.__name__] - {n for c, n in walked | NOT_AUDITED if c == cls.__name__}
        assert not unclassified, (f"{cls.__name__}: classify {sorted(unclassified)} in this test: a write needs "
                                  "audit.require(...) and an audit entry, and a step here")
    for cls, name, step in steps:
        before = store.audit.count()
        started = dt.datetime.now().replace(microsecond=0)
        step()
        if (cls, name) == ("UserRepo", "create_first_admin"):
            assert store.audit.count() == before  # refused: nothing written
            continue
        new = store.audit.entries(limit=store.audit.count() - before)
        assert new, f"{cls}.{name} left no audit entry"
        for entry in new:
            assert entry.by in ("管理员 王磊", "新秘书"), (cls, name, entry)
            assert dt.datetime.fromisoformat(entry.at) >= started - dt.timedelta(seconds=1), (cls, name, entry)
            assert entry.table and entry.action


def test_an_edit_names_the_field_with_before_and_after(store, team):
    store.sign_in(team["secretary"], PASSWORD)
    member = team["members"]["张磊"]
    store.roster.update_member(Member(name="张磊", code="WZ0003", squad_id=team["squads"]["甘井子分队"],
                                      phone="139-0000-1111", id=member), actor=store.audit.actor)
    changes = {e.field: (e.old, e.new) for e in store.audit.entries(AuditFilter(table="members", record_id=member))
               if e.action == "update"}
    assert changes == {"squad_id": (str(team["squads"]["水上救援分队"]), str(team["squads"]["甘井子分队"])),
                       "phone": ("", "13900001111")}
    [entry] = [e for e in store.audit.entries(AuditFilter(table="members")) if e.field == "phone"]
    assert entry.by == "值班秘书 陈静" and entry.user_id == team["secretary"].id and entry.field_word == "电话"


def test_a_task_edit_shows_who_and_when_in_the_tasks_history_and_the_trail(store, team):
    task_id = dispatch(store, team, "甘井子分队")
    store.sign_in(team["secretary"], PASSWORD)
    with pytest.raises(NotAllowed, match="不是在此登录的用户"):
        store.flow.edit(task_id, {"summary": "改过的摘要"}, actor=Actor("值班秘书甲"))
    store.flow.edit(task_id, {"summary": "改过的摘要"}, actor=store.session)
    last = store.flow.history(task_id)[-1]
    assert (last.by, last.field, last.new) == ("值班秘书 陈静", "summary", "改过的摘要") and last.at
    trail = store.audit.entries(AuditFilter(table="tasks", record_id=task_id))
    assert trail[0].by == "值班秘书 陈静" and trail[0].field_word == "事件摘要"
    store.flow.submit_attendance(task_id, sheet(store, task_id), store.session, now=NOW)
    attendance = [h for h in store.flow.history(task_id) if h.action == "attendance"]
    assert len(attendance) == 2 and all(h.by == "值班秘书 陈静" for h in attendance)
    assert attendance[0].new.endswith("出勤 3 小时（队长）")


def test_an_import_is_one_audit_entry_pointing_at_the_imports_row(store, team):
    from wz_desktop.services.imports import import_workbook

    store.sign_in(team["secretary"], PASSWORD)
    before = store.audit.count()
    report = import_workbook(store, SAMPLE_FILES[0], backup=False, session=SYSTEM_SESSION)
    assert report.ok and report.added > 1000
    new = store.audit.entries(limit=store.audit.count() - before)
    assert [e.action for e in new] == ["import"]
    [entry] = new
    import_id = store.imports.all()[0][0]
    assert (entry.table, entry.record_id, entry.import_id) == ("imports", import_id, import_id)
    assert entry.note.startswith(f"导入 {SAMPLE_FILES[0].name}：新增 {report.added:,} 条")
    assert entry.by == "值班秘书 陈静"
    store.sign_in(team["leader"], PASSWORD)
    again = import_workbook(store, SAMPLE_FILES[1], backup=False, session=SYSTEM_SESSION)
    assert not again.ok and "无权导入" in again.error


def test_a_roster_workbook_import_is_one_entry(store, team, tmp_path):
    from wz_desktop.services.roster import export_roster, import_roster

    export_roster(store, tmp_path / "roster.xlsx", session=SYSTEM_SESSION)
    other = Store.open(tmp_path / "other.db")
    try:
        before = other.audit.count()
        import_roster(other, tmp_path / "roster.xlsx", session=SYSTEM_SESSION)
        [entry] = other.audit.entries(limit=other.audit.count() - before)
        assert entry.action == "import" and entry.note.startswith("导入名册 roster.xlsx：")
        assert other.roster.count_members() == 4
    finally:
        other.close()


def test_the_audit_exports_to_excel_from_the_command_line(tmp_path, store, team, capsys):
    from wz_desktop.cli import main

    store.sign_in(team["admin"], PASSWORD)
    store.roster.add_member(Member(name="赵强"), actor=store.roster.audit.actor)
    store.close()
    target = tmp_path / "audit.xlsx"
    today = dt.date.today().isoformat()
    assert main(["--db", str(store.path), "audit", "--from", today, "--to", today, "-o", str(target)]) == 0
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][:5] == ("时间", "经办人", "表", "记录编号", "操作")
    assert ("管理员 王磊", "队员", "新增") in {(r[1], r[2], r[4]) for r in rows[1:]}
    assert "已导出" in capsys.readouterr().out
    assert main(["--db", str(store.path), "audit", "--from", "2020-13-01", "-o", str(target)]) == 2
    empty = tmp_path / "none.xlsx"
    assert main(["--db", str(store.path), "audit", "--to", "2001-01-01", "-o", str(empty)]) == 0
    assert len(list(openpyxl.load_workbook(empty).active.iter_rows())) == 1


def test_the_migration_adds_users_and_audit_to_an_existing_database(tmp_path):
    import sqlite3

    from wz_desktop.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.create_function("search_text", -1, lambda *a: " ".join(str(x) for x in a if x))
    for version, script in MIGRATIONS:
        if version >= 5:
            break
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")
    conn.close()
    with Store.open(path) as store:
        assert store.users.count() == 0 and store.audit.count() == 0
        assert store.database.version >= 5


# --- switching needs the password; settings and restores in the audit (issue 12) -----------------------

def test_switching_the_signed_in_user_needs_the_password(store, team):
    from wz_desktop.store import NotAllowed

    store.sign_in(team["admin"], PASSWORD)
    with pytest.raises(TypeError):
        store.sign_in(team["secretary"])  # no password: no way in
    with pytest.raises(NotAllowed, match="密码不对"):
        store.sign_in(team["secretary"], "wrong password")
    assert store.session.name == "管理员 王磊"  # the session stays as it was
    assert store.sign_in("mishu", PASSWORD).name == "值班秘书 陈静"
    assert store.session.name == "值班秘书 陈静"
    with pytest.raises(NotAllowed):
        store.resume(object())  # a made-up ticket acts as nobody


def test_backup_settings_are_role_checked_and_audited(store, team, tmp_path):
    from wz_desktop.store import NotAllowed, backups

    store.sign_in(team["secretary"], PASSWORD)
    new = backups.BackupSettings(folder=tmp_path / "elsewhere", keep_daily=3, keep_other=4)
    with pytest.raises(NotAllowed):
        store.change_backup_settings(new, actor=store.audit.actor)
    assert backups.load_settings() == backups.BackupSettings()
    store.sign_in(team["admin"], PASSWORD)
    store.change_backup_settings(new, actor=store.audit.actor)
    assert backups.load_settings() == new and store.database.backup_dir == tmp_path / "elsewhere"
    entries = [e for e in store.audit.entries() if e.table == "settings"]
    assert {e.field for e in entries} == {"backup_folder", "keep_daily", "keep_other"}
    assert all(e.by == "管理员 王磊" for e in entries)


def test_a_restore_is_in_the_audit_trail(store, team):
    from wz_desktop.store import Store, backups

    store.sign_in(team["admin"], PASSWORD)
    copy = backups.take_backup(store, backups.MANUAL)
    actor = store.audit.actor
    store.close()
    result = backups.restore(copy, store.path, actor=actor)
    with Store.open(store.path) as again:
        [entry] = [e for e in again.audit.entries() if e.action == "restore"]
    assert entry.by == "管理员 王磊" and copy.name in (entry.new or "") and str(result.safety_copy) in entry.note


def test_calls_are_logged_and_verified_as_the_actor_passed_never_in_another_name(store, team):
    store.sign_in(team["secretary"], PASSWORD)
    me = store.session
    call = Call(received_at="2023-07-15 19:30", source="家属", caller_name="王女士", caller_phone="13804112233",
                district="甘井子区", place="红旗西路", description="老人走失", logged_by="别人")
    with pytest.raises(NotAllowed, match="不是在此登录的用户"):  # nobody logs a call in another's name
        store.calls.log(call, Actor("管理员 王磊", Role.ADMIN), now=NOW)
    assert store.calls.count_waiting() == 0
    call_id = store.calls.log(call, me, now=NOW)
    assert store.calls.get(call_id).logged_by == "值班秘书 陈静"  # who logs it is the actor, not what was typed
    # who verified is the form's data (someone on the phone may have): kept; the audit names the actor
    store.calls.verify(call_id, Verification(call_id, "重复", verified_by="队员 李海波", verified_at="2023-07-15 19:40"),
                       me, now=NOW)
    [verification] = store.calls.verifications(call_id)
    assert verification.verified_by == "队员 李海波"
    [entry] = store.audit.entries(AuditFilter(table="verifications"))
    assert entry.by == "值班秘书 陈静" and entry.user_id == team["secretary"].id
    other = store.calls.log(Call(received_at="2023-07-15 19:35", source="家属", caller_name="李先生",
                                 caller_phone="13804112234", place="红旗西路", description="老人走失"), me, now=NOW)
    store.calls.verify(other, Verification(other, "不实", verified_at="2023-07-15 19:41"), me, now=NOW)
    assert store.calls.verifications(other)[0].verified_by == "值班秘书 陈静"  # left empty: the actor's name


def test_the_call_services_act_as_the_session(store, team):
    from wz_desktop.services import calls as calls_service
    from wz_desktop.services.session import Session
    store.sign_in(team["leader"], PASSWORD)
    call = Call(received_at="2023-07-15 19:30", source="家属", caller_name="王女士", caller_phone="13804112233",
                place="红旗西路", description="老人走失")
    with pytest.raises(NotAllowed):  # a squad leader does not log calls
        calls_service.log(store, Session.of(store), call, now=NOW)
    store.sign_out()  # nobody signed in (the desk's operator): the session's name logs and verifies
    call_id = calls_service.log(store, Session(Actor("值班秘书乙")), call, now=NOW)
    calls_service.verify(store, Session(Actor("值班秘书乙")), call_id,
                         Verification(call_id, "属实", verified_at="2023-07-15 19:40"), now=NOW)
    assert store.calls.get(call_id).logged_by == store.calls.verifications(call_id)[0].verified_by == "值班秘书乙"
    assert {e.by for e in store.audit.entries(AuditFilter(table="calls", record_id=call_id))} == {"值班秘书乙"}


def test_user_writes_take_the_actor_explicitly_and_never_another_name(store, team):
    from wz_desktop.services import users as user_service
    from wz_desktop.services.session import Session
    store.sign_in(team["secretary"], PASSWORD)
    admin = team["admin"].actor()
    with pytest.raises(NotAllowed, match="不是在此登录的用户"):  # the secretary cannot add a user as the admin
        store.users.create("x3", "某人", PASSWORD, Role.SECRETARY, actor=admin)
    with pytest.raises(NotAllowed):  # nor as themselves
        user_service.create(store, Session.of(store), "x3", "某人", PASSWORD, Role.SECRETARY)
    assert store.users.by_login("x3") is None
    store.sign_in(team["admin"], PASSWORD)
    user = user_service.create(store, Session.of(store), "x3", "某人", PASSWORD, Role.SECRETARY)
    user_service.set_active(store, Session.of(store), user.id, False)
    assert {e.by for e in store.audit.entries(AuditFilter(table="users", record_id=user.id))} == {"管理员 王磊"}


def test_roster_writes_take_the_actor_explicitly_inner_writes_too(store, team):
    from wz_desktop.store.roster import Certification
    desk = Actor("值班秘书乙")  # nobody signed in: any name acts, and every entry of the write names it
    member_id = store.roster.save_member(Member(name="新队员", squad_id=team["squads"]["甘井子分队"]),
                                         [Certification(0, "潜水证", None)], notes="会游泳", actor=desk)
    store.roster.set_member_active(member_id, False, actor=desk)
    by = {e.by for e in store.audit.entries() if e.table in ("members", "certifications")
          and (e.record_id == member_id or e.table == "certifications")}
    assert by == {"值班秘书乙"}
    store.sign_in(team["secretary"], PASSWORD)
    with pytest.raises(NotAllowed, match="不是在此登录的用户"):
        store.roster.set_member_active(member_id, True, actor=desk)
    assert not store.roster.member(member_id).active


def test_a_steps_inner_writes_carry_the_steps_actor(store, team):
    # nobody signed in: the name given to the step is on every entry the step writes, also those
    # written by other repositories inside it (the event number's sequence in the settings) —
    # never 系统/命令行
    desk = Actor("值班秘书丙")
    m = team["members"]
    before = store.audit.entries()
    task_id = store.flow.dispatch(Dispatch(kind=TaskKind.TRAINING, departure="2023-07-15 20:05", summary="训练",
                                           squad_ids=[team["squads"]["甘井子分队"]], leader_id=m["王建国"],
                                           members=[DispatchMember(m["李海波"])]), desk, now=NOW)
    store.flow.submit_attendance(task_id, sheet(store, task_id), desk, now=NOW)
    entries = [e for e in store.audit.entries() if e not in before]
    assert {e.table for e in entries} >= {"tasks", "settings"}
    assert {e.by for e in entries} == {"值班秘书丙"}
