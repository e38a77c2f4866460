"""Attendance and load over a period: per member, per squad, one member's history, who has gone quiet.

Everything is counted in SQL, so a period of a million-task archive and a roster of 3,000 stays
quick (bench: ``--only attendance``); what comes back are plain dataclasses. How: the whole months
of a period are read from the summaries of schema V6 (``member_month``, ``squad_pairs``, kept by
triggers: see ``store/summaries.py``); the days at the period's ends, and the members' figures of
one kind, from the rows, as follows (schema V3): each
attendance row carries a copy of its task's departure and kind, so a member's figures are one walk
of the index ``task_members_figures`` (member, kind, attendance, departure, hours) in member order
-- no join with the tasks and no sort, which on 1.4 million rows took seconds -- and a member's last
turn-out is one seek in ``task_members_turnouts``. The squads' load reads a period's tasks by
departure and looks up their squads; the whole archive walks the squads' links instead.

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
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.text import msg
from wz_desktop.store.db import Database
from wz_desktop.store.summaries import MEMBER_FIGURES, split_months

ATTENDED = ("出勤", "迟到", "早退")
_ATTENDED_SQL = "tm.attendance IN ('出勤', '迟到', '早退')"
# the same rows, written as the partial index task_members_turnouts says it (so the planner uses it):
# the CHECK allows only 出勤 迟到 早退 缺勤 or NULL, and NULL <> '缺勤' is not true
_TURNOUT_SQL = "tm.attendance <> '缺勤'"
_KINDS = [k.value for k in TaskKind]
# a period of at most this many days is counted from its days' rows (task_members_day), not member by member
SHORT_PERIOD_DAYS = 40  # where the two ways cost the same on 1.4 million rows (measured)


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


_Day = str | dt.date | None  # a day of a period: 'YYYY-MM-DD' or a date; None: no bound
_Kind = TaskKind | str | None  # a kind, or its value; None: every kind


def _kind(kind: _Kind) -> str | None:
    if kind is None:
        return None
    value = kind.value if isinstance(kind, TaskKind) else str(kind)
    if value not in _KINDS:
        raise ValueError(msg("任务类别“{value}”无效。", value=value))
    return value


def _period(since: _Day, until: _Day, kind: _Kind, alias: str = "t") -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []
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


@dataclass
class Coverage:
    """What the figures count from: the days the tasks span, and from when attendance is by name."""

    first_task_day: str | None  # 'YYYY-MM-DD' of the earliest task with a departure, or None: no tasks
    last_task_day: str | None
    first_named_day: str | None  # the earliest task with attendance by name (task_members), or None
    last_named_day: str | None


def _member_period(since: _Day, until: _Day, kind: _Kind, alias: str = "tm") -> tuple[list[str], list[object]]:
    """The period and kind as conditions on the copies in task_members (see V3); none: empty."""
    clauses, params = _period(since, until, kind, alias)
    return ([] if clauses == ["1"] else clauses), params


class _Tally:
    """One member's figures, added up from the (kind, attendance) groups of the index walk."""

    __slots__ = ("tasks", "late", "left_early", "absent", "unrecorded", "hours", "by_kind")

    def __init__(self) -> None:
        self.tasks = self.late = self.left_early = self.absent = self.unrecorded = 0
        self.hours = 0.0
        self.by_kind: dict[str, int] = {}

    def add_sums(self, tasks: int, late: int, left_early: int, absent: int, unrecorded: int, hours: float) -> None:
        self.tasks += tasks
        self.late += late
        self.left_early += left_early
        self.absent += absent
        self.unrecorded += unrecorded
        self.hours += hours

    def add(self, kind: str | None, attendance: str | None, count: int, hours: float) -> None:
        if attendance is None:
            self.unrecorded += count
        elif attendance == "缺勤":
            self.absent += count
        else:  # 出勤 迟到 早退
            self.tasks += count
            self.hours += hours
            if attendance == "迟到":
                self.late += count
            elif attendance == "早退":
                self.left_early += count
            if kind is not None:
                self.by_kind[kind] = self.by_kind.get(kind, 0) + count

    def merge(self, other: "_Tally") -> None:
        self.add_sums(other.tasks, other.late, other.left_early, other.absent, other.unrecorded, other.hours)
        for kind, count in other.by_kind.items():
            self.by_kind[kind] = self.by_kind.get(kind, 0) + count


class AttendanceRepo:
    """``summaries=False`` counts everything from the rows, as before schema V6 (the tests compare
    the two ways; the benchmark measures both)."""

    def __init__(self, database: Database, *, summaries: bool = True):
        self.database = database
        self.conn = database.conn
        self.summaries = summaries

    # --- per member ----------------------------------------------------------------------------

    def _tallies(self, since: _Day, until: _Day, squad_id: int | None, kind: _Kind) -> dict[int, _Tally]:
        """Each member's figures in the period: its whole months from the summary member_month
        (schema V6), the days at its ends from the rows; one kind's figures from the rows."""
        if not self.summaries or kind is not None:
            return self._row_tallies(since, until, squad_id, kind)
        split = split_months(since, until)
        tallies: dict[int, _Tally] = {}
        if split.keys is not None:
            clauses, params = split.key_clauses("mm.month")
            if squad_id is not None:
                clauses.append("mm.member_id IN (SELECT id FROM members WHERE squad_id = ?)")
                params.append(squad_id)
            # the kinds' slots (V7: member_month's kind1 … kind12), only those in use: an empty column summed costs
            kinds = self.conn.execute("SELECT slot, code FROM task_kinds ORDER BY slot").fetchall()
            columns = [*MEMBER_FIGURES[:6], *(f"kind{slot}" for slot, _ in kinds)]
            # summed per member in SQL: a Python loop over a row per member and month cost more than the walk
            for member_id, *sums in self.conn.execute(
                    f"SELECT mm.member_id, {', '.join(f'sum(mm.{c})' for c in columns)} FROM member_month mm"
                    f" WHERE 1{''.join(' AND ' + c for c in clauses)} GROUP BY mm.member_id"
                    " HAVING sum(mm.tasks) <> 0 OR sum(mm.absent) <> 0 OR sum(mm.unrecorded) <> 0", params):
                tally = tallies.get(member_id)
                if tally is None:
                    tally = tallies[member_id] = _Tally()
                tally.add_sums(*sums[:6])  # and the attended tasks of each kind:
                for (_, kind_code), count in zip(kinds, sums[6:]):
                    if count:
                        tally.by_kind[kind_code] = tally.by_kind.get(kind_code, 0) + count
        for first, last in split.days:
            for member_id, part in self._row_tallies(first, last, squad_id, None).items():
                tally = tallies.get(member_id)
                if tally is None:
                    tallies[member_id] = part
                else:
                    tally.merge(part)
        return tallies

    def _row_tallies(self, since: _Day, until: _Day, squad_id: int | None, kind: _Kind) -> dict[int, _Tally]:
        """Each member's figures in the period from the rows: a walk of task_members_figures in member order,
        grouped by (member, kind, attendance) as it goes (no sort, no look-up); the members are
        seeks (all of them, or a squad's)."""
        kind_value = _kind(kind)
        if squad_id is None and since is not None and until is not None and \
                (dt.date.fromisoformat(_day(until)) - dt.date.fromisoformat(_day(since))).days <= SHORT_PERIOD_DAYS:
            # a few weeks (the ends of a longer period, read from the summaries): the rows of those
            # days through task_members_day, each looked up, beat a seek per member, kind and attendance
            clauses, params = _member_period(since, until, kind_value)
            rows = self.conn.execute(
                "SELECT tm.member_id, tm.kind, tm.attendance, count(*), total(tm.hours)"
                f" FROM task_members tm INDEXED BY task_members_day WHERE {' AND '.join(clauses)}"
                " GROUP BY tm.member_id, tm.kind, tm.attendance", params).fetchall()
            return self._tally_rows(rows)
        members = "SELECT id FROM members" + (" WHERE squad_id = ?" if squad_id is not None else "")
        clauses, params = _member_period(since, until, None)
        if not clauses:  # no period: every row of each member (of the kind)
            kinds = " AND tm.kind = ?" if kind_value is not None else ""
            passes = [kinds]
        else:
            # a period: kinds and attendances listed, so that the period is a range within each
            # (member, kind, attendance) of the index rather than a test on every row of a member;
            # rows without attendance yet (NULL) in a pass of their own
            kinds = " AND tm.kind = ?" if kind_value is not None else \
                f" AND tm.kind IN ({', '.join(repr(k) for k in _KINDS)})"
            passes = [kinds + " AND tm.attendance IN ('出勤', '迟到', '早退', '缺勤')", kinds + " AND tm.attendance IS NULL"]
        head = ([squad_id] if squad_id is not None else []) + ([kind_value] if kind_value is not None else [])
        rows = []
        for extra in passes:
            rows += self.conn.execute(
                "SELECT tm.member_id, tm.kind, tm.attendance, count(*), total(tm.hours)"
                " FROM task_members tm INDEXED BY task_members_figures"
                f" WHERE tm.member_id IN ({members}){extra}{''.join(' AND ' + c for c in clauses)}"
                " GROUP BY tm.member_id, tm.kind, tm.attendance", head + params).fetchall()
        return self._tally_rows(rows)

    @staticmethod
    def _tally_rows(rows: Iterable[Any]) -> dict[int, _Tally]:  # rows as sqlite3 gives them
        """Tallies from (member, kind, attendance, count, hours) groups."""
        tallies: dict[int, _Tally] = {}
        for member_id, kind_value, attendance, count, hours in rows:
            tally = tallies.get(member_id)
            if tally is None:
                tally = tallies[member_id] = _Tally()
            tally.add(kind_value, attendance, count, hours)
        return tallies

    def _last_turnouts(self, since: _Day, until: _Day, kind: _Kind, member_ids: Iterable[int]) -> dict[int, str]:
        """Each member's latest attended departure in the period (of the kind): a seek or three each."""
        if kind is None:
            clauses, params = _member_period(since, until, None)
            inner = ("SELECT max(tm.departure) FROM task_members tm INDEXED BY task_members_turnouts"
                     f" WHERE tm.member_id = m.id AND {_TURNOUT_SQL}{''.join(' AND ' + c for c in clauses)}")
            all_params = params
        else:  # (member, kind, attendance) fixed: the latest departure is the end of a range, three times
            clauses, params = _member_period(since, until, kind)
            where = "".join(" AND " + c for c in clauses)
            parts = [f"SELECT max(tm.departure) AS d FROM task_members tm INDEXED BY task_members_figures"
                     f" WHERE tm.member_id = m.id AND tm.attendance = '{a}'{where}" for a in ATTENDED]
            inner = f"SELECT max(d) FROM ({' UNION ALL '.join(parts)})"
            all_params = params * len(ATTENDED)
        result: dict[int, str] = {}
        ids = list(member_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for member_id, last in self.conn.execute(
                    f"SELECT m.id, ({inner}) FROM members m WHERE m.id IN ({marks})", [*all_params, *chunk]):
                if last:
                    result[member_id] = last[:10]
        return result

    def _member_info(self, member_ids: Iterable[int]) -> dict[int, tuple[Any, ...]]:
        """(name, code, squad_id, squad name) of these members."""
        info: dict[int, tuple[Any, ...]] = {}
        ids = list(member_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for member_id, name, code, squad_id, squad in self.conn.execute(
                    "SELECT m.id, m.name, m.code, m.squad_id, coalesce(s.name, '') FROM members m"
                    f" LEFT JOIN squads s ON s.id = m.squad_id WHERE m.id IN ({marks})", chunk):
                info[member_id] = (name, code, squad_id, squad)
        return info

    def member_summary(self, since: str | dt.date | None, until: str | dt.date | None, squad_id: int | None = None,
                       kind: TaskKind | str | None = None) -> list[MemberSummary]:
        """Members listed on a task in the period (of the kind), with their figures; most tasks
        attended first, then most hours. ``squad_id``: members of that squad (roster) only.
        ``since`` / ``until`` None: no bound (both None: every task, undated ones too)."""
        tallies = self._tallies(since, until, squad_id, kind)
        if not tallies:
            return []
        info = self._member_info(tallies)
        last = self._last_turnouts(since, until, kind, [i for i, t in tallies.items() if t.tasks])
        result = []
        for member_id, t in tallies.items():
            name, code, sq_id, squad = info[member_id]
            result.append(MemberSummary(
                member_id=member_id, name=name, code=code, squad_id=sq_id, squad=squad, tasks=t.tasks, late=t.late,
                left_early=t.left_early, absent=t.absent, unrecorded=t.unrecorded, hours=round(float(t.hours), 6),
                by_kind={k: t.by_kind[k] for k in _KINDS if t.by_kind.get(k)}, last_turnout=last.get(member_id)))
        result.sort(key=lambda r: (-r.tasks, -r.hours, r.member_id))
        return result

    # --- per squad -----------------------------------------------------------------------------

    def _loads(self, since: _Day, until: _Day, kind: _Kind) -> dict[int, tuple[int, int, int, int]]:
        """Per squad: (turn-outs, people, vehicle trips, turn-outs without a headcount): the
        period's whole months from the summary squad_pairs (schema V6), the days at its ends from
        the links."""
        if not self.summaries:
            return self._link_loads(since, until, kind)
        split = split_months(since, until)
        loads: dict[int, list[int]] = {}
        if split.keys is not None:
            clauses, params = split.key_clauses("p.month")
            kind_value = _kind(kind)
            if kind_value is not None:
                clauses.append("p.kind = ?")
                params.append(kind_value)
            for squad_id, *figures in self.conn.execute(
                    "SELECT p.squad_id, sum(p.tasks), sum(p.people), sum(p.trips), sum(p.tasks) - sum(p.with_heads)"
                    f" FROM squad_pairs p WHERE p.with_id = p.squad_id{''.join(' AND ' + c for c in clauses)}"
                    " GROUP BY p.squad_id", params):
                loads[squad_id] = figures
        for first, last in split.days:
            for squad_id, figures in self._link_loads(first, last, kind).items():
                total = loads.setdefault(squad_id, [0, 0, 0, 0])
                for i, value in enumerate(figures):
                    total[i] += value
        return {s: (f[0], f[1], f[2], f[3]) for s, f in loads.items() if f[0]}

    def _link_loads(self, since: _Day, until: _Day, kind: _Kind) -> dict[int, tuple[int, int, int, int]]:
        """Per squad: (turn-outs, people, vehicle trips, turn-outs without a headcount), from the
        copies of the tasks' figures on the links (V3): a walk of task_squads_load in squad order,
        and where there is a period a seek and a range per squad."""
        clauses, params = _member_period(since, until, kind, alias="ts")
        if since is not None or until is not None:
            clauses.insert(0, "ts.squad_id IN (SELECT id FROM squads)")
        where = " AND ".join(clauses or ["1"])
        sql = ("SELECT ts.squad_id, count(*), total(ts.headcount), total(ts.vehicles), count(ts.headcount)"
               f" FROM task_squads ts INDEXED BY task_squads_load WHERE {where} GROUP BY ts.squad_id")
        return {s: (n, int(p), int(v), n - with_heads) for s, n, p, v, with_heads in self.conn.execute(sql, params)}

    def _squad_people(self, since: _Day, until: _Day, kind: _Kind) -> dict[int, list[float]]:
        """Per squad (the members' squad on the roster): [members who turned out, their hours]."""
        squad_of = dict(self.conn.execute("SELECT id, squad_id FROM members WHERE squad_id IS NOT NULL"))
        turnouts: dict[int, list[float]] = {}  # member: [attended tasks, hours]
        if kind is not None:
            for member_id, t in self._tallies(since, until, None, kind).items():
                turnouts[member_id] = [t.tasks, t.hours]
        else:
            split = split_months(since, until) if self.summaries else None
            # the days counted from the rows: the ends of the period, or (without the summaries) all of it
            days: list[tuple[_Day, _Day]] = [*split.days] if split is not None else [(since, until)]
            parts = []
            if split is not None and split.keys is not None:  # whole months: the summary member_month (V6)
                clauses, params = split.key_clauses("mm.month")
                parts.append(self.conn.execute(
                    "SELECT mm.member_id, sum(mm.tasks), total(mm.hours) FROM member_month mm"
                    " WHERE mm.member_id IN (SELECT id FROM members WHERE squad_id IS NOT NULL)"
                    f"{''.join(' AND ' + c for c in clauses)} GROUP BY mm.member_id", params))
            for first, last in days:  # the turn-outs alone, with their hours: a seek and a range per member
                clauses, params = _member_period(first, last, None)
                parts.append(self.conn.execute(
                    "SELECT tm.member_id, count(*), total(tm.hours) FROM task_members tm INDEXED BY task_members_turnouts"
                    f" WHERE tm.member_id IN (SELECT id FROM members WHERE squad_id IS NOT NULL) AND {_TURNOUT_SQL}"
                    f"{''.join(' AND ' + c for c in clauses)} GROUP BY tm.member_id", params))
            for rows in parts:
                for member_id, count, hours in rows:
                    entry = turnouts.setdefault(member_id, [0, 0.0])
                    entry[0] += count
                    entry[1] += hours
        people: dict[int, list[float]] = {}
        for member_id, (count, hours) in turnouts.items():
            squad_id = squad_of.get(member_id)
            if squad_id is None or not count:
                continue
            entry = people.setdefault(squad_id, [0, 0.0])
            entry[0] += 1
            entry[1] += hours
        return people

    def squad_summary(self, since: str | dt.date | None, until: str | dt.date | None,
                      kind: TaskKind | str | None = None) -> list[SquadSummary]:
        """Squads with a turn-out or an active member in the period (of the kind); most turn-outs first."""
        clauses, params = _period(since, until, kind)
        period_tasks = self.conn.execute(
            f"SELECT count(*) FROM tasks t WHERE {' AND '.join(clauses)}", params).fetchone()[0]
        loads = self._loads(since, until, kind)
        people = self._squad_people(since, until, kind)
        names = dict(self.conn.execute("SELECT id, name FROM squads"))
        result = []
        for squad_id in set(loads) | set(people):
            turnouts, heads, trips, no_heads = loads.get(squad_id, (0, 0, 0, 0))
            active, hours = people.get(squad_id, (0, 0.0))
            result.append(SquadSummary(
                squad_id=squad_id, name=names.get(squad_id, ""), turnouts=turnouts, people=heads,
                vehicle_trips=trips, no_headcount=no_heads, members_active=int(active), hours=round(float(hours), 6),
                share=turnouts / period_tasks if period_tasks else 0.0, period_tasks=period_tasks))
        result.sort(key=lambda s: (-s.turnouts, -s.hours, s.name, s.squad_id))
        return result

    # --- one member, and the quiet ones --------------------------------------------------------

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
        params: list[object] = []
        squad_clause = ""
        if squad_id is not None:
            squad_clause = " AND m.squad_id = ?"
            params.append(squad_id)
        params.append(_day(since))
        rows = self.conn.execute(
            "SELECT * FROM (SELECT m.id, m.name, m.code, m.squad_id, coalesce(s.name, ''), m.joined_on,"
            " (SELECT max(tm.departure) FROM task_members tm INDEXED BY task_members_turnouts"
            f"  WHERE tm.member_id = m.id AND {_TURNOUT_SQL}) AS last"
            " FROM members m LEFT JOIN squads s ON s.id = m.squad_id"
            f" WHERE m.active = 1{squad_clause})"
            " WHERE last IS NULL OR last < ? ORDER BY last IS NOT NULL, last, id", params)
        return [InactiveMember(member_id=i, name=n, code=c, squad_id=sq, squad=s, joined_on=j,
                               last_turnout=last[:10] if last else None)
                for i, n, c, sq, s, j, last in rows]

    # --- what the figures count from -----------------------------------------------------------

    def first_recorded_day(self) -> str | None:
        """'YYYY-MM-DD' of the earliest task with attendance by name (task_members), or None: the
        day from which member figures count (imported history has counts but no names)."""
        row = self.conn.execute("SELECT min(departure) FROM task_members").fetchone()
        return row[0][:10] if row and row[0] else None

    def coverage(self) -> Coverage:
        """The days the tasks span and the days attendance by name spans (each a seek)."""
        def day(sql: str) -> str | None:  # one min() or max() alone: SQLite reads it off the index's end
            value = self.conn.execute(sql).fetchone()[0]
            return value[:10] if value else None

        return Coverage(day("SELECT min(departure) FROM tasks"), day("SELECT max(departure) FROM tasks"),
                        day("SELECT min(departure) FROM task_members"), day("SELECT max(departure) FROM task_members"))
