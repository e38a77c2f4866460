"""Attendance and load over a period: per member, per squad, one member's history, who has gone quiet.

Everything is counted in SQL (GROUP BY over the departure index), so a period of a million-task
archive and a roster of 3,000 stays quick; what comes back are plain dataclasses.

What each figure counts from:

- **Member figures** (tasks, hours, kinds, last turn-out, members active, member hours) come from
  ``task_members``: only tasks logged in the application (and the demo data since March 2022) have
  them. Imported workbook history has counts but no names, so it adds nothing to these figures.
- **Squad turn-outs, people and vehicle trips** come from the tasks linked to the squad in
  ``task_squads`` (read from each task's squads text) and the tasks' headcount and vehicles: the
  workbook figures, so imported history counts too.
- A turn-out (attended) is attendance 出勤, 迟到 or 早退. 缺勤 is counted apart, and so are members on
  a task whose attendance is not yet recorded (None, before the review). Hours are summed over
  attended entries only.
- A member's squad is the squad on the roster now, not the one at the time of the task.
- Periods are days, 'YYYY-MM-DD', compared on ``tasks.departure``; ``until`` includes its whole day.
  Tasks whose departure could not be read (NULL) are in no period.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.store.db import Database

ATTENDED = ("出勤", "迟到", "早退")
_ATTENDED_SQL = "tm.attendance IN ('出勤', '迟到', '早退')"
_KINDS = [k.value for k in TaskKind]


@dataclass
class MemberSummary:
    """One member over a period (from task_members)."""

    member_id: int
    name: str
    code: str | None
    squad_id: int | None
    squad: str  # the member's squad on the roster now; '' where none
    tasks: int  # tasks attended: 出勤 + 迟到 + 早退
    late: int  # of those, 迟到
    left_early: int  # of those, 早退
    absent: int  # 缺勤, not in ``tasks``
    unrecorded: int  # listed on a task whose attendance is not recorded yet
    hours: float  # sum of hours on attended tasks
    by_kind: dict[str, int] = field(default_factory=dict)  # attended tasks per kind ('water' …)
    last_turnout: str | None = None  # 'YYYY-MM-DD' of the latest attended task in the period


@dataclass
class SquadSummary:
    """One squad over a period."""

    squad_id: int
    name: str
    turnouts: int  # tasks linked to the squad (task_squads), workbook history included
    people: int  # sum of headcount on those tasks (workbook figures)
    vehicle_trips: int  # sum of vehicles on those tasks (workbook figures)
    no_headcount: int  # of the turn-outs, tasks whose headcount is unknown (not in ``people``)
    members_active: int  # distinct members of the squad (roster) who attended a task (task_members)
    hours: float  # hours of those members on attended tasks (task_members)
    share: float  # turnouts / all tasks in the period (several squads may share a task)
    period_tasks: int  # all tasks in the period (with the kind, where given)


@dataclass
class HistoryEntry:
    """One task of a member's history."""

    task_id: int
    date: str  # departure as recorded ('YYYY-MM-DD HH:MM' or 'YYYY-MM-DD'), or its raw text, or ''
    kind: str
    summary: str
    role: str
    attendance: str | None
    hours: float | None


@dataclass
class InactiveMember:
    """An active member with no turn-out since a date."""

    member_id: int
    name: str
    code: str | None
    squad_id: int | None
    squad: str
    joined_on: str | None
    last_turnout: str | None  # 'YYYY-MM-DD' of the latest attended task ever, or None: never


def _day(value: str | dt.date) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()[:10]
    dt.date.fromisoformat(text)  # refuse anything that is not a day
    return text


def _after(value: str | dt.date) -> str:
    """The day after: ``departure < _after(until)`` takes the whole of ``until``."""
    return (dt.date.fromisoformat(_day(value)) + dt.timedelta(days=1)).isoformat()


def _kind(kind: TaskKind | str | None) -> str | None:
    if kind is None:
        return None
    value = kind.value if isinstance(kind, TaskKind) else str(kind)
    if value not in _KINDS:
        raise ValueError(f"任务类别“{value}”无效。")
    return value


def _period(since, until, kind, alias: str = "t") -> tuple[list[str], list]:
    clauses, params = [], []
    if since is not None:
        clauses.append(f"{alias}.departure >= ?")
        params.append(_day(since))
    if until is not None:
        clauses.append(f"{alias}.departure < ?")
        params.append(_after(until))
    if kind is not None:
        clauses.append(f"{alias}.kind = ?")
        params.append(_kind(kind))
    return clauses or ["1"], params


class AttendanceRepo:
    def __init__(self, database: Database):
        self.database = database
        self.conn = database.conn

    def member_summary(self, since: str | dt.date, until: str | dt.date, squad_id: int | None = None,
                       kind: TaskKind | str | None = None) -> list[MemberSummary]:
        """Members listed on a task in the period (of the kind), with their figures; most tasks
        attended first, then most hours. ``squad_id``: members of that squad (roster) only."""
        clauses, params = _period(since, until, kind)
        kind_columns = ", ".join(f"sum({_ATTENDED_SQL} AND t.kind = '{k}')" for k in _KINDS)
        inner = (
            "SELECT tm.member_id AS member_id,"
            f" sum({_ATTENDED_SQL}) AS attended, sum(tm.attendance = '迟到') AS late,"
            " sum(tm.attendance = '早退') AS left_early, sum(tm.attendance = '缺勤') AS absent,"
            " sum(tm.attendance IS NULL) AS unrecorded,"
            f" coalesce(sum(CASE WHEN {_ATTENDED_SQL} THEN tm.hours END), 0) AS hours,"
            f" max(CASE WHEN {_ATTENDED_SQL} THEN t.departure END) AS last, {kind_columns}"
            " FROM tasks t JOIN task_members tm ON tm.task_id = t.id"
            f" WHERE {' AND '.join(clauses)} GROUP BY tm.member_id"
        )
        outer = ""
        if squad_id is not None:
            outer = " WHERE m.squad_id = ?"
            params.append(squad_id)
        rows = self.conn.execute(
            "SELECT m.id, m.name, m.code, m.squad_id, coalesce(s.name, ''), a.*"
            f" FROM ({inner}) a JOIN members m ON m.id = a.member_id LEFT JOIN squads s ON s.id = m.squad_id"
            f"{outer} ORDER BY a.attended DESC, a.hours DESC, m.id", params)
        result = []
        for r in rows:
            member_id, name, code, sq_id, squad, _, attended, late, early, absent, unrecorded, hours, last = r[:13]
            result.append(MemberSummary(
                member_id=member_id, name=name, code=code, squad_id=sq_id, squad=squad, tasks=attended or 0,
                late=late or 0, left_early=early or 0, absent=absent or 0, unrecorded=unrecorded or 0,
                hours=float(hours), by_kind={k: n for k, n in zip(_KINDS, r[13:]) if n},
                last_turnout=last[:10] if last else None))
        return result

    def squad_summary(self, since: str | dt.date, until: str | dt.date,
                      kind: TaskKind | str | None = None) -> list[SquadSummary]:
        """Squads with a turn-out or an active member in the period (of the kind); most turn-outs first."""
        clauses, params = _period(since, until, kind)
        where = " AND ".join(clauses)
        period_tasks = self.conn.execute(f"SELECT count(*) FROM tasks t WHERE {where}", params).fetchone()[0]
        loads = {r[0]: r[1:] for r in self.conn.execute(
            "SELECT ts.squad_id, count(*), coalesce(sum(t.headcount), 0), coalesce(sum(t.vehicles), 0),"
            " sum(t.headcount IS NULL) FROM tasks t JOIN task_squads ts ON ts.task_id = t.id"
            f" WHERE {where} GROUP BY ts.squad_id", params)}
        people = {r[0]: r[1:] for r in self.conn.execute(
            "SELECT m.squad_id, count(DISTINCT tm.member_id), coalesce(sum(tm.hours), 0)"
            " FROM tasks t JOIN task_members tm ON tm.task_id = t.id JOIN members m ON m.id = tm.member_id"
            f" WHERE {where} AND {_ATTENDED_SQL} AND m.squad_id IS NOT NULL GROUP BY m.squad_id", params)}
        names = dict(self.conn.execute("SELECT id, name FROM squads"))
        result = []
        for squad_id in set(loads) | set(people):
            turnouts, heads, trips, no_heads = loads.get(squad_id, (0, 0, 0, 0))
            active, hours = people.get(squad_id, (0, 0))
            result.append(SquadSummary(
                squad_id=squad_id, name=names.get(squad_id, ""), turnouts=turnouts, people=heads,
                vehicle_trips=trips, no_headcount=no_heads or 0, members_active=active, hours=float(hours),
                share=turnouts / period_tasks if period_tasks else 0.0, period_tasks=period_tasks))
        result.sort(key=lambda s: (-s.turnouts, -s.hours, s.name, s.squad_id))
        return result

    def member_history(self, member_id: int, since: str | dt.date | None = None,
                       until: str | dt.date | None = None) -> list[HistoryEntry]:
        """The tasks a member was listed on (缺勤 and unrecorded too), newest first."""
        clauses, params = _period(since, until, None)
        extra = "".join(f" AND {c}" for c in clauses)
        rows = self.conn.execute(
            "SELECT t.id, coalesce(t.departure, t.departure_raw, ''), t.kind, t.summary, tm.role, tm.attendance,"
            " tm.hours FROM task_members tm JOIN tasks t ON t.id = tm.task_id"
            f" WHERE tm.member_id = ?{extra} ORDER BY t.departure DESC, t.id DESC", [member_id, *params])
        return [HistoryEntry(task_id=i, date=d, kind=k, summary=s, role=r, attendance=a, hours=h)
                for i, d, k, s, r, a, h in rows]

    def inactive_members(self, since: str | dt.date, squad_id: int | None = None) -> list[InactiveMember]:
        """Active members with no attended task departing on or after ``since``; those who never
        turned out first, then the longest quiet. Only tasks with names (task_members) count."""
        params: list = []
        squad_clause = ""
        if squad_id is not None:
            squad_clause = " AND m.squad_id = ?"
            params.append(squad_id)
        params.append(_day(since))
        rows = self.conn.execute(
            "SELECT * FROM (SELECT m.id, m.name, m.code, m.squad_id, coalesce(s.name, ''), m.joined_on,"
            " (SELECT max(t.departure) FROM task_members tm JOIN tasks t ON t.id = tm.task_id"
            f"  WHERE tm.member_id = m.id AND {_ATTENDED_SQL}) AS last"
            " FROM members m LEFT JOIN squads s ON s.id = m.squad_id"
            f" WHERE m.active = 1{squad_clause})"
            " WHERE last IS NULL OR last < ? ORDER BY last IS NOT NULL, last, id", params)
        return [InactiveMember(member_id=i, name=n, code=c, squad_id=sq, squad=s, joined_on=j,
                               last_turnout=last[:10] if last else None)
                for i, n, c, sq, s, j, last in rows]
