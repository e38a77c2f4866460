"""A task's life in the database: dispatch, return, attendance review, approval, archive, reopening;
cases that link several turn-outs; the history that tells who changed what; drafts of the forms.

Every step is one transaction (``Database.transaction()``): a refused step writes nothing. The
rules are in ``domain.lifecycle`` and ``domain.workflow``; this module asks them and raises what
they raise (:class:`WorkflowError` and its kinds, whose message is for the user).

An archived task is read-only: every write here refuses it, except ``reopen`` (with a reason,
kept as a review row and in the history). Imported tasks come in archived, so correcting one
also goes through ``reopen``; the key it was imported under stays with it, so the old workbook
imported again still recognises it and never overwrites the correction.

Every step takes who does it, ``actor`` (``domain.roles.Actor``: the use cases pass their
session's, ``services/tasks.py``): the step is refused when that role may not do it, or when it is
not the person signed in on this store (when someone is), and is written under that name.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from wz_desktop.domain.lifecycle import (
    READ_ONLY,
    Dispatch,
    DispatchInvalid,
    DispatchMember,
    ReviewInvalid,
    ReviewSheet,
    check_dispatch,
    check_review,
    validate_return,
)
from wz_desktop.domain.matching import import_key
from wz_desktop.domain.records import CallStatus, Origin, Task, TaskStatus, Vehicle
from wz_desktop.domain.workflow import (
    TASK_STATUS_WORDS,
    Call,
    Verification,
    WorkflowError,
    check_task_transition,
    moment_text,
    parse_moment,
)
from wz_desktop.domain.roles import Action, Actor
from wz_desktop.domain.text import joined, msg
from wz_desktop.domain.words import STEPS
from wz_desktop.store.audit import Audit
from wz_desktop.store.calls import CallRepo
from wz_desktop.store.db import Database, inserted_id, now_text
from wz_desktop.store.errors import StoreError
from wz_desktop.store.roster import RosterRepo, TaskMember
from wz_desktop.store.tasks import TaskRepo

EDITABLE_FIELDS = ("event_no", "summary", "departure", "headcount", "vehicles", "squads", "remarks", "result",
                   "people_helped", "returned_at")

# what the history calls each step (the task page shows these words): domain/words.py
ACTIONS = STEPS


@dataclass
class HistoryEntry:
    at: str
    by: str
    action: str
    field: str | None = None
    old: str | None = None
    new: str | None = None
    note: str = ""

    @property
    def action_word(self) -> str:
        return ACTIONS.get(self.action, self.action)


@dataclass
class ReviewRecord:
    stage: str  # submitted / returned / approved / archived / reopened
    by: str
    at: str
    comment: str = ""


@dataclass
class Case:
    id: int
    title: str
    opened_at: str
    notes: str = ""


@dataclass
class DeskTask:
    """A line of the desk: a task that waits for someone."""

    id: int
    event_no: str
    kind: str
    summary: str
    departure: str | None
    squads: str
    status: TaskStatus
    returned_at: str | None = None
    headcount: int | None = None


@dataclass
class TaskStory:
    """Everything the task page shows: the call, its verification, the dispatch, who went, the
    review and every change, and the other turn-outs of the same case."""

    task: Task
    call: Call | None = None
    verifications: list[Verification] = field(default_factory=list)
    leader_name: str = ""
    members: list[TaskMember] = field(default_factory=list)
    vehicles: list[tuple[Vehicle, int]] = field(default_factory=list)  # (Vehicle, trips)
    reviews: list[ReviewRecord] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)
    case: Case | None = None
    case_tasks: list[DeskTask] = field(default_factory=list)
    squad_ids: list[int] = field(default_factory=list)

    @property
    def read_only(self) -> bool:
        return self.task.status == TaskStatus.ARCHIVED


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _attendance_text(name: str, attendance: str | None, hours: float | None, role: str, note: str | None) -> str:
    """One member's line of the attendance, as the history keeps it: '张三：出勤 3 小时（队员）'."""
    text: str = msg("{name}：{attendance}", name=name, attendance=attendance or "—")
    if hours is not None:
        text += msg(" {hours:g} 小时", hours=hours)
    text += msg("（{role}）", role=role)
    if note:
        text += f" {note}"
    return text


_DESK_COLUMNS = "id, event_no, kind, summary, departure, squads, status, returned_at, headcount"


def _desk(row: Sequence[Any]) -> DeskTask:  # a row of _DESK_COLUMNS, as sqlite3 gives it
    return DeskTask(row[0], row[1], row[2], row[3], row[4], row[5], status=TaskStatus(row[6]), returned_at=row[7],
                    headcount=row[8])


def _stored_id(record_id: int | None) -> int:
    """The id of a record read from the database (a Task's or a Call's id is None only before it is written)."""
    if record_id is None:
        raise StoreError(msg("记录尚未保存，没有编号。"))
    return record_id


def _read_moment(text: str | None) -> str:
    """A time the form's check has already read, as stored ('YYYY-MM-DD HH:MM')."""
    moment = parse_moment(text)
    if moment is None:
        raise WorkflowError(msg("时间“{text}”无法识别。", text=text or ""))
    return moment_text(moment)


class TaskFlow:
    def __init__(self, database: Database, audit: Audit, tasks: TaskRepo, calls: CallRepo, roster: RosterRepo):
        self.database = database
        self.conn = database.conn
        self.tasks = tasks
        self.calls = calls
        self.roster = roster
        self.audit = audit  # the store's one Audit: who acts, and the trail

    # --- helpers -----------------------------------------------------------------------------

    def _by(self, action: Action, actor: Actor, task_id: int | None = None) -> str:
        """Refuse what ``actor`` may not do (a squad leader: attendance of their own squad's tasks
        only; anyone but the person signed in on this store, when someone is); the name to write."""
        squads = self.squad_ids(task_id) if task_id is not None and action == Action.ATTENDANCE else None
        return self.audit.acting(actor, action, squads)

    def _require(self, task_id: int) -> Task:
        task = self.tasks.get(task_id)
        if task is None:
            raise StoreError(msg("任务（编号 {task_id}）不存在，可能已被删除。", task_id=task_id))
        return task

    def _writable(self, task_id: int) -> Task:
        task = self._require(task_id)
        if task.status == TaskStatus.ARCHIVED:
            raise WorkflowError(READ_ONLY)
        return task

    def _log(self, task_id: int, by: str, action: str, field_name: str | None = None, old: object = None,
             new: object = None, note: str = "") -> None:
        self.conn.execute(
            "INSERT INTO task_history (task_id, at, by_name, action, field, old, new, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (task_id, now_text(), (by or "").strip(), action, field_name, _text(old), _text(new), note or ""))

    def _review_row(self, task_id: int, stage: str, by: str, comment: str = "") -> None:
        self.conn.execute("INSERT INTO reviews (task_id, stage, by_name, at, comment) VALUES (?, ?, ?, ?, ?)",
                          (task_id, stage, (by or "").strip(), now_text(), (comment or "").strip()))

    def _move(self, task: Task, new: TaskStatus, by: str, action: str, reason: str | None = None,
              extra: dict[str, object] | None = None) -> None:
        check_task_transition(task.status, new, reason)
        sets = {"status": new.value, "updated_at": now_text(), **(extra or {})}
        cur = self.conn.execute(
            f"UPDATE tasks SET {', '.join(k + ' = ?' for k in sets)} WHERE id = ? AND status = ?",
            (*sets.values(), task.id, task.status.value))
        if cur.rowcount != 1:
            raise StoreError(msg("该任务刚被其他人修改过，请刷新后再试。"))
        self._log(_stored_id(task.id), by, action, "status", TASK_STATUS_WORDS[task.status], TASK_STATUS_WORDS[new],
                  (reason or "").strip())
        task.status = new

    def _keep_import_key(self, task: Task) -> None:
        """An imported task keeps the key it came in under, whatever is corrected later."""
        if task.origin == Origin.IMPORT and not task.import_key:
            self.conn.execute("UPDATE tasks SET import_key = ? WHERE id = ?", (import_key(task), task.id))

    # --- dispatch ----------------------------------------------------------------------------

    def _squad_names(self, squad_ids: list[int]) -> list[str]:
        names = []
        for squad_id in dict.fromkeys(squad_ids):
            squad = self.roster.squad(squad_id)
            if squad is None:
                raise DispatchInvalid({"squad_ids": msg("分队（编号 {squad_id}）不存在，请重新选择。", squad_id=squad_id)})
            names.append(squad.name)
        return names

    @staticmethod
    def _with_leader(dispatch: Dispatch) -> None:
        """The leader went too: on the list as 队长 if the list does not have them yet."""
        if dispatch.leader_id is None:
            return
        for member in dispatch.members:
            if member.member_id == dispatch.leader_id:
                return
        dispatch.members.insert(0, DispatchMember(member_id=dispatch.leader_id, role="队长"))

    def _check_dispatch(self, dispatch: Dispatch, task_id: int | None, now: dt.datetime | None) -> Call | None:
        call = self.calls.get(dispatch.call_id) if dispatch.call_id is not None else None
        if dispatch.call_id is not None and call is None:
            raise DispatchInvalid({"call_id": msg("来电（编号 {call_id}）不存在。", call_id=dispatch.call_id)})
        verified = None
        if call is not None:
            linked = self.conn.execute("SELECT id FROM tasks WHERE call_id = ? AND id IS NOT ?",
                                       (call.id, task_id)).fetchone()
            if task_id is None and linked is not None:
                raise DispatchInvalid({"call_id": msg("该来电已经出队，请在原任务上修改；同一案件的再次出队请用“并案”。")})
            verified = call.status == CallStatus.VERIFIED or (task_id is not None and call.status == CallStatus.DISPATCHED)
        check_dispatch(dispatch, call.received_at if call else None, verified, now)
        number = (dispatch.event_no or "").strip()
        if number:
            other = self.conn.execute("SELECT id FROM tasks WHERE event_no = ? AND id IS NOT ?",
                                      (number, task_id)).fetchone()
            if other is not None:
                raise DispatchInvalid({"event_no": msg("事件编号 {number} 已被另一任务使用，请留空由系统编号。", number=number)})
        return call

    def dispatch(self, dispatch: Dispatch, actor: Actor, now: dt.datetime | None = None) -> int:
        """出队: make the task, its squads, members and vehicles; move the call to 出队. Returns the id.

        :class:`DispatchInvalid` (field → message) where the form must be corrected; nothing written.
        """
        by = self._by(Action.DISPATCH, actor)
        self._with_leader(dispatch)
        with self.database.transaction(), self.audit.written_as(by):
            call = self._check_dispatch(dispatch, None, now)
            names = self._squad_names(dispatch.squad_ids)
            departure = _read_moment(dispatch.departure)
            year = int(departure[:4])
            number = (dispatch.event_no or "").strip() or self.calls.next_event_no(year)
            task = Task(kind=dispatch.kind, summary=dispatch.summary.strip(), event_no=number, departure=departure,
                        year=year, headcount=dispatch.people(), vehicles=dispatch.trips(), squads="、".join(names),
                        remarks=(dispatch.remarks or "").strip(), status=TaskStatus.DISPATCHED, origin=Origin.APP,
                        call_id=call.id if call else None, case_id=dispatch.case_id, leader_id=dispatch.leader_id)
            try:
                with self.audit.quiet():  # the task's history says it (below)
                    task_id = self.tasks.insert_many([task])[0]
            except sqlite3.IntegrityError as exc:
                raise StoreError(msg("任务未能保存：{reason}", reason=exc)) from exc
            self._write_lists(task_id, dispatch)
            self.tasks.index_pending()
            if call is not None:
                self.calls.mark_dispatched(_stored_id(call.id))
            self._log(task_id, by, "dispatched", note=f"{number} {task.summary}")
            dispatch.event_no = number
            return task_id

    def _write_lists(self, task_id: int, dispatch: Dispatch) -> None:
        with self.audit.quiet():  # the task's history has the changes (dispatch, update_dispatch)
            self._write_lists_quietly(task_id, dispatch)

    def _write_lists_quietly(self, task_id: int, dispatch: Dispatch) -> None:
        self.conn.execute("DELETE FROM task_squads WHERE task_id = ?", (task_id,))
        self.conn.executemany("INSERT OR IGNORE INTO task_squads (task_id, squad_id) VALUES (?, ?)",
                              ((task_id, s) for s in dict.fromkeys(dispatch.squad_ids)))
        # attendance already written (a dispatch corrected after the review was sent back) stays
        kept = {m.member_id: m for m in self.roster.task_members(task_id)}
        self.roster.set_task_members(task_id, [
            TaskMember(task_id=task_id, member_id=m.member_id, role=m.role, brings_car=m.brings_car, note=m.note,
                       attendance=kept[m.member_id].attendance if m.member_id in kept else None,
                       hours=kept[m.member_id].hours if m.member_id in kept else None)
            for m in dispatch.members])
        self.conn.execute("DELETE FROM task_vehicles WHERE task_id = ?", (task_id,))
        self.roster.add_task_vehicles((task_id, v, 1) for v in dict.fromkeys(dispatch.vehicle_ids))

    def dispatch_of(self, task_id: int) -> Dispatch:
        """The dispatch as the form shows it, read back from the task."""
        task = self._require(task_id)
        members = [DispatchMember(member_id=m.member_id, role=m.role, brings_car=m.brings_car, note=m.note,
                                  name=m.member_name) for m in self.roster.task_members(task_id)]
        listed = len(members)
        vehicle_ids = [_stored_id(v.id) for v, _ in self.roster.task_vehicles(task_id)]
        trips = len(vehicle_ids) + sum(1 for m in members if m.brings_car)
        return Dispatch(kind=task.kind, departure=task.departure, summary=task.summary, call_id=task.call_id,
                        event_no=task.event_no, squad_ids=self.squad_ids(task_id), leader_id=task.leader_id,
                        members=members, vehicle_ids=vehicle_ids,
                        headcount=task.headcount if task.headcount != listed or not members else None,
                        vehicle_trips=task.vehicles if task.vehicles != trips or not (members or vehicle_ids) else None,
                        remarks=task.remarks, case_id=task.case_id)

    def squad_ids(self, task_id: int) -> list[int]:
        """The task's squads, in the order the squads column names them."""
        rows = self.conn.execute("SELECT s.id, s.name, t.squads FROM task_squads ts JOIN squads s ON s.id = ts.squad_id"
                                 " JOIN tasks t ON t.id = ts.task_id WHERE ts.task_id = ?", (task_id,)).fetchall()
        order = {name: i for i, name in enumerate(rows[0][2].split("、"))} if rows else {}
        return [squad_id for squad_id, name, _ in sorted(rows, key=lambda r: (order.get(r[1], 99), r[0]))]

    def update_dispatch(self, task_id: int, dispatch: Dispatch, actor: Actor, now: dt.datetime | None = None) -> None:
        """Correct a dispatch (not archived). Every changed field goes into the history."""
        by = self._by(Action.DISPATCH, actor)
        self._with_leader(dispatch)
        with self.database.transaction(), self.audit.written_as(by):
            task = self._writable(task_id)
            if dispatch.call_id != task.call_id:
                raise DispatchInvalid({"call_id": msg("出队后不能更换来电。")})
            self._check_dispatch(dispatch, task_id, now)
            names = self._squad_names(dispatch.squad_ids)
            departure = _read_moment(dispatch.departure)
            number = (dispatch.event_no or "").strip() or task.event_no
            before = self.dispatch_of(task_id)
            self._keep_import_key(task)
            new_values = {"kind": dispatch.kind.value, "event_no": number, "summary": dispatch.summary.strip(),
                          "departure": departure, "year": int(departure[:4]), "headcount": dispatch.people(),
                          "vehicles": dispatch.trips(), "squads": "、".join(names),
                          "remarks": (dispatch.remarks or "").strip(), "leader_id": dispatch.leader_id,
                          "case_id": dispatch.case_id}
            old_values = {"kind": task.kind.value, "event_no": task.event_no, "summary": task.summary,
                          "departure": task.departure, "year": task.year, "headcount": task.headcount,
                          "vehicles": task.vehicles, "squads": task.squads, "remarks": task.remarks,
                          "leader_id": task.leader_id, "case_id": task.case_id}
            self.conn.execute(
                f"UPDATE tasks SET {', '.join(k + ' = ?' for k in new_values)}, departure_raw = NULL,"
                " headcount_raw = NULL, vehicles_raw = NULL, updated_at = ? WHERE id = ?",
                (*new_values.values(), now_text(), task_id))
            self._write_lists(task_id, dispatch)
            for name, old in old_values.items():
                if name != "year" and old != new_values[name]:
                    self._log(task_id, by, "dispatch_changed", name, old, new_values[name])
            old_people = {m.member_id: m.name for m in before.members}
            new_people = {m.member_id for m in dispatch.members}
            added = [self._member_name(m) for m in new_people - set(old_people)]
            removed = [old_people[m] or self._member_name(m) for m in set(old_people) - new_people]
            if added or removed:
                self._log(task_id, by, "dispatch_changed", "members", "、".join(sorted(removed)) or None,
                          "、".join(sorted(added)) or None)
            if set(before.vehicle_ids) != set(dispatch.vehicle_ids):
                self._log(task_id, by, "dispatch_changed", "vehicle_ids", len(before.vehicle_ids),
                          len(set(dispatch.vehicle_ids)))

    def _member_name(self, member_id: int) -> str:
        member = self.roster.member(member_id)
        return member.name if member else str(member_id)

    def edit(self, task_id: int, changes: dict[str, Any], actor: Actor) -> None:
        """Change some fields of a task that is not archived (a correction of the workbook row).

        ``changes`` maps field names (``EDITABLE_FIELDS``) to new values; each change is in the history.
        """
        by = self._by(Action.DISPATCH, actor)
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise StoreError(msg("不能修改这些字段：{fields}", fields=joined(sorted(unknown))))
        with self.database.transaction(), self.audit.written_as(by):
            task = self._writable(task_id)
            self._keep_import_key(task)
            values = dict(changes)
            if "departure" in values:
                moment = parse_moment(values["departure"])
                if moment is None:
                    raise WorkflowError(msg("出队时间“{value}”无法识别，请写成 2023-03-05 19:30 的样子。",
                                              value=values["departure"]))
                values["departure"] = moment_text(moment)
                values["year"] = moment.year
                values["departure_raw"] = None
            for count in ("headcount", "vehicles"):
                if count in values:
                    value = values[count]
                    if value is not None and (not isinstance(value, int) or value < 0):
                        raise WorkflowError(msg("出队人数和车次须为不小于 0 的整数。"))
                    values[count + "_raw"] = None
            changed = {k: v for k, v in values.items() if getattr(task, k) != v}
            if not changed:
                return
            self.conn.execute(f"UPDATE tasks SET {', '.join(k + ' = ?' for k in changed)}, updated_at = ? WHERE id = ?",
                              (*changed.values(), now_text(), task_id))
            for name in changes:
                if name in changed:
                    self._log(task_id, by, "edited", name, getattr(task, name), changed[name])

    # --- after the task ----------------------------------------------------------------------

    def mark_returned(self, task_id: int, returned_at: str, actor: Actor, now: dt.datetime | None = None) -> None:
        """返回: the team is back (出队 → 返回)."""
        by = self._by(Action.DISPATCH, actor)
        with self.database.transaction(), self.audit.written_as(by):
            task = self._writable(task_id)
            errors = validate_return(task.departure, returned_at, now)
            if errors:
                raise ReviewInvalid(errors)
            self._move(task, TaskStatus.RETURNED, by, "returned",
                       extra={"returned_at": _read_moment(returned_at)})

    def submit_attendance(self, task_id: int, sheet: ReviewSheet, actor: Actor, now: dt.datetime | None = None) -> None:
        """交考勤: the squad leader hands in each member's attendance, hours and role, the result and
        the people helped (返回 → 待考核; a task still out is marked back on the way).

        A squad leader signed in may hand in only the attendance of their own squad's tasks.
        Each member whose attendance, hours, role or note changes is in the task's history."""
        by = self._by(Action.ATTENDANCE, actor, task_id)
        with self.database.transaction(), self.audit.written_as(by):
            task = self._writable(task_id)
            on_task = {m.member_id: m for m in self.roster.task_members(task_id)}
            listed = set(on_task)
            check_review(sheet, task.departure, listed, now)
            unknown = {e.member_id for e in sheet.entries} - listed
            if unknown:
                raise ReviewInvalid({"entries": msg("考勤表中有不在出队名单上的队员，请先在出队记录中添加。")})
            returned_at = _read_moment(sheet.returned_at)
            if task.status == TaskStatus.DISPATCHED:
                self._move(task, TaskStatus.RETURNED, by, "returned", extra={"returned_at": returned_at})
            self.conn.executemany(
                "UPDATE task_members SET attendance = ?, hours = ?, role = ?, note = ? WHERE task_id = ? AND member_id = ?",
                ((e.attendance, e.hours, e.role, e.note or "", task_id, e.member_id) for e in sheet.entries))
            for e in sheet.entries:
                was = on_task[e.member_id]
                old = _attendance_text(was.member_name, was.attendance, was.hours, was.role, was.note)
                new = _attendance_text(was.member_name, e.attendance, e.hours, e.role, e.note)
                if old != new:
                    self._log(task_id, by, "attendance", "attendance",
                              old if was.attendance is not None else None, new)
            self._move(task, TaskStatus.SUBMITTED, by, "submitted", sheet.comment,
                       extra={"returned_at": returned_at, "result": sheet.result,
                              "people_helped": sheet.people_helped})
            self._review_row(task_id, "submitted", by, sheet.comment)

    def send_back(self, task_id: int, comment: str, actor: Actor) -> None:
        """退回: the secretariat sends the attendance back to the squad leader, saying why."""
        by = self._by(Action.REVIEW, actor)
        if not (comment or "").strip():
            raise ReviewInvalid({"comment": msg("退回时请写明原因，队长才知道要改什么。")})
        with self.database.transaction(), self.audit.written_as(by):
            task = self._writable(task_id)
            self._move(task, TaskStatus.RETURNED, by, "sent_back", comment)
            self._review_row(task_id, "returned", by, comment)

    def approve(self, task_id: int, actor: Actor, comment: str = "") -> None:
        """考核通过 (待考核 → 已考核)."""
        by = self._by(Action.REVIEW, actor)
        with self.database.transaction(), self.audit.written_as(by):
            task = self._writable(task_id)
            self._move(task, TaskStatus.APPROVED, by, "approved", comment)
            self._review_row(task_id, "approved", by, comment)

    def archive(self, task_id: int, actor: Actor) -> None:
        """归档 (已考核 → 归档): from now on the task is read-only."""
        by = self._by(Action.REVIEW, actor)
        with self.database.transaction(), self.audit.written_as(by):
            task = self._writable(task_id)
            self._move(task, TaskStatus.ARCHIVED, by, "archived")
            self._review_row(task_id, "archived", by)

    def reopen(self, task_id: int, reason: str, actor: Actor) -> None:
        """重新打开 an archived task (归档 → 已考核); the reason is required and kept. Administrators only
        when someone is signed in."""
        by = self._by(Action.REOPEN, actor)
        if not (reason or "").strip():
            raise ReviewInvalid({"comment": msg("重新打开已归档的任务须写明原因。")})
        with self.database.transaction(), self.audit.written_as(by):
            task = self._require(task_id)
            self._move(task, TaskStatus.APPROVED, by, "reopened", reason)
            self._review_row(task_id, "reopened", by, reason)

    def cancel(self, task_id: int, reason: str, actor: Actor) -> None:
        """取消 a task that is out or back (e.g. the person was found before the team arrived)."""
        by = self._by(Action.REVIEW, actor)
        if not (reason or "").strip():
            raise ReviewInvalid({"comment": msg("取消任务须写明原因。")})
        with self.database.transaction(), self.audit.written_as(by):
            task = self._writable(task_id)
            self._move(task, TaskStatus.CANCELLED, by, "cancelled", reason)

    def add_past_reviews(self, rows: Iterable[Sequence[Any]]) -> int:
        """Review stages that happened before the application kept them (the demo's past year,
        records brought over by hand): (task id, stage, by, at, comment) rows, written as they are."""
        self.audit.require(Action.IMPORT)
        rows = list(rows)
        with self.database.transaction():
            self.conn.executemany("INSERT INTO reviews (task_id, stage, by_name, at, comment) VALUES (?, ?, ?, ?, ?)",
                                  rows)
            if rows:
                self.audit.record("reviews", None, "import", note=msg("补录以往的考核记录 {count:,} 条", count=len(rows)))
        return len(rows)

    # --- cases -------------------------------------------------------------------------------

    def open_case(self, title: str, task_ids: list[int], actor: Actor, notes: str = "") -> int:
        """A case (案件) links the turn-outs of one search; returns its id."""
        self._by(Action.DISPATCH, actor)
        if not (title or "").strip():
            raise WorkflowError(msg("请写案件名称，例如“3·5 老人走失搜寻”。"))
        with self.database.transaction():
            cur = self.conn.execute("INSERT INTO cases (title, opened_at, notes) VALUES (?, ?, ?)",
                                    (title.strip(), now_text(), notes or ""))
            case_id = inserted_id(cur)
            self.audit.inserted("cases", case_id, {"title": title.strip(), "notes": notes or ""})
            for task_id in task_ids:
                self.link_to_case(task_id, case_id, actor)
            return case_id

    def link_to_case(self, task_id: int, case_id: int | None, actor: Actor) -> None:
        """Put a task in a case (None: take it out). Allowed on archived tasks too: it changes no
        field of the record, and the link is in the history."""
        by = self._by(Action.DISPATCH, actor)
        with self.database.transaction(), self.audit.written_as(by):
            task = self._require(task_id)
            if case_id is not None and self.case(case_id) is None:
                raise StoreError(msg("案件（编号 {case_id}）不存在。", case_id=case_id))
            if task.case_id == case_id:
                return
            self.conn.execute("UPDATE tasks SET case_id = ? WHERE id = ?", (case_id, task_id))
            old_case = self.case(task.case_id) if task.case_id else None
            new_case = self.case(case_id) if case_id else None  # there: checked above
            old = old_case.title if old_case else None
            new = new_case.title if new_case else None
            self._log(task_id, by, "case_linked" if case_id else "case_unlinked", "case_id", old, new)

    def case(self, case_id: int | None) -> Case | None:
        if case_id is None:
            return None
        row = self.conn.execute("SELECT id, title, opened_at, notes FROM cases WHERE id = ?", (case_id,)).fetchone()
        return Case(*row) if row else None

    def cases(self, text: str = "", limit: int = 100) -> list[Case]:
        pattern = "%" + (text or "").strip() + "%"
        return [Case(*r) for r in self.conn.execute(
            "SELECT id, title, opened_at, notes FROM cases WHERE title LIKE ? ORDER BY opened_at DESC, id DESC LIMIT ?",
            (pattern, limit))]

    def case_tasks(self, case_id: int) -> list[DeskTask]:
        return [_desk(r) for r in self.conn.execute(
            f"SELECT {_DESK_COLUMNS} FROM tasks WHERE case_id = ? ORDER BY departure, id", (case_id,))]

    # --- reading -----------------------------------------------------------------------------

    def history(self, task_id: int) -> list[HistoryEntry]:
        return [HistoryEntry(*r) for r in self.conn.execute(
            "SELECT at, by_name, action, field, old, new, note FROM task_history WHERE task_id = ? ORDER BY id",
            (task_id,))]

    def reviews(self, task_id: int) -> list[ReviewRecord]:
        return [ReviewRecord(*r) for r in self.conn.execute(
            "SELECT stage, by_name, at, comment FROM reviews WHERE task_id = ? ORDER BY id", (task_id,))]

    def story(self, task_id: int) -> TaskStory:
        task = self._require(task_id)
        story = TaskStory(task=task)
        if task.call_id is not None:
            story.call = self.calls.get(task.call_id)
            story.verifications = self.calls.verifications(task.call_id)
        if task.leader_id is not None:
            story.leader_name = self._member_name(task.leader_id)
        story.members = self.roster.task_members(task_id)
        story.vehicles = self.roster.task_vehicles(task_id)
        story.reviews = self.reviews(task_id)
        story.history = self.history(task_id)
        story.squad_ids = self.squad_ids(task_id)
        if task.case_id is not None:
            story.case = self.case(task.case_id)
            story.case_tasks = self.case_tasks(task.case_id)
        return story

    def with_status(self, *statuses: TaskStatus, limit: int = 500) -> list[DeskTask]:
        """Tasks in some statuses (not archived), oldest departure first: the desk's lists."""
        values = [TaskStatus(s).value for s in statuses]
        marks = ", ".join("?" * len(values))
        return [_desk(r) for r in self.conn.execute(
            f"SELECT {_DESK_COLUMNS} FROM tasks WHERE status <> 'archived' AND status IN ({marks})"
            " ORDER BY departure, id LIMIT ?", (*values, limit))]

    def status_counts(self) -> dict[TaskStatus, int]:
        """How many tasks wait in each status short of the archive (through the open-tasks index)."""
        counts: dict[TaskStatus, int] = {s: 0 for s in TaskStatus if s != TaskStatus.ARCHIVED}
        for status, n in self.conn.execute(
                "SELECT status, count(*) FROM tasks WHERE status <> 'archived' GROUP BY status"):
            counts[TaskStatus(status)] = n
        return counts

    # --- drafts of forms ---------------------------------------------------------------------

    def save_form_draft(self, form: str, key: str, data: dict[str, Any]) -> None:
        """Keep what a form holds (dispatch, review …) as it is typed; ``key`` tells drafts apart
        (e.g. the call or task it is for). Drafts are not records: not in the audit."""
        self.audit.require(Action.DRAFTS)
        with self.database.transaction():
            self.conn.execute(
                "INSERT INTO form_drafts (form, key, data, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (form, key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
                (form, str(key), json.dumps(data, ensure_ascii=False), now_text()))

    def form_draft(self, form: str, key: str) -> dict[str, Any] | None:  # the form's JSON
        row = self.conn.execute("SELECT data FROM form_drafts WHERE form = ? AND key = ?", (form, str(key))).fetchone()
        return json.loads(row[0]) if row else None

    def form_drafts(self, form: str) -> list[tuple[str, dict[str, Any], str]]:
        """(key, data, updated_at) of a form's drafts, latest first."""
        return [(k, json.loads(d), u) for k, d, u in self.conn.execute(
            "SELECT key, data, updated_at FROM form_drafts WHERE form = ? ORDER BY updated_at DESC", (form,))]

    def discard_form_draft(self, form: str, key: str) -> None:
        self.audit.require(Action.DRAFTS)
        with self.database.transaction():
            self.conn.execute("DELETE FROM form_drafts WHERE form = ? AND key = ?", (form, str(key)))


__all__ = ["TaskFlow", "TaskStory", "HistoryEntry", "ReviewRecord", "Case", "DeskTask", "READ_ONLY", "ACTIONS"]
