"""The figures behind the charts (统计) and the reports, all counted in SQL.

API (``store.charts``, a :class:`ChartRepo`); every method takes a ``domain.charts.ChartFilter``
(period ``since``/``until`` inclusive days, ``kinds`` () = all, ``squad_id`` via task_squads):

=============================  ==========================  =========================================
method                         returns                     what
=============================  ==========================  =========================================
``monthly_by_kind(flt)``       :class:`MonthlyCounts`      tasks per month and kind (``.rows()``:
                                                           (year, month, kind, count))
``years_side_by_side(flt, ys)`` ``dict[int, MonthlyCounts]`` each year's twelve months, same filter
``response_minutes(flt)``      :class:`ResponseTimes`      minutes from call received to departure,
                                                           per kind and per squad: count, median,
                                                           histogram; how many had no call
``hour_weekday(flt)``          :class:`HourWeekday`        7 x 24 counts (Monday first), tasks with
                                                           only a date / no departure counted apart
``squad_load(flt)``            ``list[SquadLoad]``         per squad: tasks, people, vehicle trips
``per_task_by_kind(flt)``      ``list[KindPerTask]``       per kind: tasks, mean/median people and
                                                           trips, and their distributions
``search_outcomes(flt)``       :class:`SearchOutcomes`     missing-person searches (urban) by result
``by_district(flt)``           :class:`DistrictCounts`     tasks per district of 大连市 (the map),
                                                           from ``tasks.district`` (V9)
``key_figures(flt)``           :class:`KeyFigures`         tasks, people, trips, people helped; per kind
``data_range()``               ``(first_day, last_day)``   the departures' first and last day, or None
``squads()``                   ``list[(id, name)]``        squads that have tasks (for a filter list)
=============================  ==========================  =========================================

What each figure counts from:

- People and vehicle trips are the workbook's counts on each task (``tasks.headcount``,
  ``tasks.vehicles``), so imported history counts; a task whose count is unknown (NULL) adds
  nothing to a sum and is counted apart (``no_headcount`` …).
- A squad's figures come from the tasks linked to it in ``task_squads``; a task of several squads
  counts once for each of them.
- Periods compare ``tasks.departure``; a task whose departure could not be read is in no period, so
  it counts only when no period is set, and never in the charts over time (month, hour).
- Response times need a logged call (``tasks.call_id``) and a departure with a time; the rest is
  counted apart so the chart can say what it leaves out.

Speed (a million tasks): months are counted as index ranges of ``tasks_kind``; the heat map walks
the ``tasks_slot`` index (weekday x hour, schema V4) in order; figures per kind walk
``tasks_figures``; the squads' load, and the months of one squad, read the summary
``squad_pairs`` (V6: per squad, squad shared with, month and kind) for the period's whole months
and the copies each squad link carries (V3, ``task_squads_load``) for the days at its ends.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from wz_desktop.domain import charts as C
from wz_desktop.domain.charts import ChartFilter
from wz_desktop.domain.kinds import KIND_ORDER, TaskKind
from wz_desktop.domain.words import RESULTS
from wz_desktop.store.db import Database
from wz_desktop.store.summaries import Day, Split, split_months

# the weekday x hour of a departure, exactly as the tasks_slot index (schema V4) spells it, so that
# SQLite uses the index; 0 = Sunday (strftime's %w)
SLOT_SQL = ("(CAST(strftime('%w', t.departure) AS INTEGER) * 24"
            " + CAST(substr(t.departure, 12, 2) AS INTEGER))")
HAS_TIME_SQL = "length(t.departure) > 10"
MINUTES_SQL = "CAST(round((julianday(t.departure) - julianday(c.received_at)) * 1440) AS INTEGER)"
SEARCH_KIND = TaskKind.URBAN


# --- what comes back ---------------------------------------------------------------------------

@dataclass
class MonthlyCounts:
    """Tasks per month and kind. ``months`` are 'YYYY-MM' in order (every month of the range, also
    those without tasks); ``counts[kind][i]`` is the count of ``months[i]`` for that kind code
    ('water' …), for every kind of the filter in the workbook's order. ``undated``: tasks of the
    filter whose departure is unknown (only counted when no period is set)."""

    months: list[str]
    counts: dict[str, list[int]]
    undated: int = 0

    @property
    def total(self) -> int:
        return sum(sum(v) for v in self.counts.values())

    def month_totals(self) -> list[int]:
        return [sum(col) for col in zip(*self.counts.values())] if self.counts else [0] * len(self.months)

    def rows(self) -> list[tuple[int, int, str, int]]:
        """(year, month, kind, count) for every non-zero cell."""
        return [(int(m[:4]), int(m[5:7]), kind, values[i])
                for kind, values in self.counts.items() for i, m in enumerate(self.months) if values[i]]


@dataclass
class ResponseGroup:
    """Response times of one kind, one squad, or all: ``distribution`` {minutes: tasks}."""

    key: str  # kind code, str(squad id), or 'all'
    label: str  # squad name ('' for kinds and all: the UI names kinds)
    count: int
    median: float | None
    mean: float | None
    histogram: list[int]  # C.RESPONSE_BINS bins of C.RESPONSE_BIN_MINUTES minutes
    distribution: dict[int, int] = field(default_factory=dict)


@dataclass
class ResponseTimes:
    """Minutes from the call received to the departure.

    ``measured``: tasks with a logged call and a departure time (what the figures count);
    ``no_call``: tasks of the filter with no call logged; ``unmeasured``: tasks with a call whose
    departure has no time (or whose call time is unreadable)."""

    measured: int
    no_call: int
    unmeasured: int
    overall: ResponseGroup
    by_kind: list[ResponseGroup]
    by_squad: list[ResponseGroup]
    bin_minutes: int = C.RESPONSE_BIN_MINUTES


@dataclass
class HourWeekday:
    """``counts[weekday][hour]``, weekday 0 = Monday … 6 = Sunday, for tasks whose departure has a
    time. ``date_only``: tasks of the filter with only a day; ``undated``: with no departure."""

    counts: list[list[int]]
    date_only: int
    undated: int

    @property
    def timed(self) -> int:
        return sum(sum(r) for r in self.counts)


@dataclass
class SquadLoad:
    """One squad's load: tasks linked to it, and the sums of those tasks' workbook counts."""

    squad_id: int
    name: str
    tasks: int
    people: int
    vehicle_trips: int
    no_headcount: int  # tasks whose headcount is unknown (not in ``people``)


@dataclass
class KindPerTask:
    """People and vehicle trips per task for one kind; means and medians over tasks whose count is known."""

    kind: str
    tasks: int
    people_mean: float | None
    people_median: float | None
    trips_mean: float | None
    trips_median: float | None
    people_distribution: dict[int, int] = field(default_factory=dict)  # {people: tasks}
    trips_distribution: dict[int, int] = field(default_factory=dict)  # {trips: tasks}
    no_headcount: int = 0
    no_vehicles: int = 0


@dataclass
class SearchOutcomes:
    """Missing-person searches (城市搜救 tasks) by result: ``counts`` as (result, tasks) with the
    results of ``records.RESULTS`` in that order (also those with none), any other result after
    them, and None (no result recorded) last."""

    counts: list[tuple[str | None, int]]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)

    def as_dict(self) -> dict[str | None, int]:
        return dict(self.counts)


@dataclass
class DistrictCounts:
    """Tasks per district of 大连市: ``counts`` has each of the ten (``places.TEN_DISTRICTS``, in
    that order, also those with none); ``unknown`` the tasks of the filter whose district is not
    known (``places.district_of_task``: the call's district, else the summary's)."""

    counts: dict[str, int]
    unknown: int

    @property
    def located(self) -> int:
        return sum(self.counts.values())

    @property
    def total(self) -> int:
        return self.located + self.unknown


@dataclass
class KindFigures:
    tasks: int = 0
    people: int = 0
    vehicle_trips: int = 0
    people_helped: int = 0
    no_headcount: int = 0


@dataclass
class KeyFigures:
    """The headline figures of a period: totals and per kind code (every kind of the filter)."""

    tasks: int
    people: int
    vehicle_trips: int
    people_helped: int
    no_headcount: int
    by_kind: dict[str, KindFigures]


# --- the filter in SQL ---------------------------------------------------------------------------

def _after(day: dt.date) -> str:
    return (day + dt.timedelta(days=1)).isoformat()


def _where(flt: ChartFilter, *, kinds: bool = True, squad: bool = True,
           probe: bool = False) -> tuple[list[str], list[object]]:
    """Conditions on ``tasks t`` for a filter. ``probe``: the squad tested task by task (a look-up
    in task_squads' key), for a query driven by another index that reads few tasks (those with a
    call); otherwise the squad's tasks are gathered first (all of a squad's, for a walk of the tasks)."""
    clauses: list[str] = []
    params: list[object] = []
    if flt.since is not None:
        clauses.append("t.departure >= ?")
        params.append(flt.since.isoformat())
    if flt.until is not None:
        clauses.append("t.departure < ?")
        params.append(_after(flt.until))
    if kinds and flt.kinds and len(set(flt.kinds)) < len(KIND_ORDER):
        values = flt.kind_values()
        clauses.append(f"t.kind IN ({', '.join('?' * len(values))})")
        params.extend(values)
    if squad and flt.squad_id is not None:
        clauses.append("EXISTS (SELECT 1 FROM task_squads s WHERE s.task_id = t.id AND s.squad_id = ?)" if probe
                       else "t.id IN (SELECT task_id FROM task_squads WHERE squad_id = ?)")
        params.append(flt.squad_id)
    return clauses, params


def _linked(flt: ChartFilter) -> tuple[str, list[str], list[object]]:
    """The table and conditions for a chart that needs only a task's departure, kind, headcount and
    vehicles: with a squad chosen, that squad's links (each carries those four, schema V3), read
    through task_squads_load without looking a task up; otherwise the tasks."""
    if flt.squad_id is None:
        clauses, params = _where(flt)
        return "tasks t", clauses, params
    clauses, params = _where(flt, squad=False)
    return "task_squads t INDEXED BY task_squads_load", ["t.squad_id = ?", *clauses], [flt.squad_id, *params]


def _and(clauses: list[str]) -> str:
    return "".join(f" AND {c}" for c in clauses)


def _kinds_filtered(flt: ChartFilter) -> bool:
    return bool(flt.kinds) and len(set(flt.kinds)) < len(KIND_ORDER)


class ChartRepo:
    """``summaries=False`` counts the squads' charts from the links, as before schema V6 (the
    tests compare the two ways)."""

    def __init__(self, database: Database, *, summaries: bool = True):
        self.database = database
        self.conn = database.conn
        self.summaries = summaries

    def _pairs(self, flt: ChartFilter, group: str, period: Split, *,
               own: bool) -> tuple[list[Any], list[tuple[Day, Day]]]:
        """Sums of the summary squad_pairs (schema V6) over the whole months of the filter's period,
        grouped by ``group`` (columns of ``p``), and the (since, until) day ranges left over at the
        period's ends, to count from the rows. ``period``: the split of the filter's period;
        ``own``: each squad's own tasks only (with a squad chosen: its tasks, once each), not the
        squads they were shared with."""
        clauses, params = period.key_clauses("p.month") if period.keys is not None else ([], [])
        if _kinds_filtered(flt):
            values = flt.kind_values()
            clauses.append(f"p.kind IN ({', '.join('?' * len(values))})")
            params.extend(values)
        if own:
            clauses.append("p.with_id = p.squad_id")
        if flt.squad_id is not None:
            clauses.append("p.squad_id = ?")
            params.append(flt.squad_id)
        rows = [] if period.keys is None else self.conn.execute(
            f"SELECT {group}, sum(p.tasks), sum(p.people), sum(p.trips), sum(p.tasks) - sum(p.with_heads)"
            f" FROM squad_pairs p WHERE {' AND '.join(clauses)} GROUP BY {group}", params).fetchall()
        return rows, period.days

    # --- helpers for the filter bar ------------------------------------------------------------

    def data_range(self) -> tuple[dt.date, dt.date] | None:
        """The first and the last day a task departed, or None where no task has a departure."""
        first = self.conn.execute(
            "SELECT departure FROM tasks WHERE departure IS NOT NULL ORDER BY departure LIMIT 1").fetchone()
        if not first:
            return None
        last = self.conn.execute(
            "SELECT departure FROM tasks WHERE departure IS NOT NULL ORDER BY departure DESC LIMIT 1").fetchone()
        return dt.date.fromisoformat(first[0][:10]), dt.date.fromisoformat(last[0][:10])

    def squads(self) -> list[tuple[int, str]]:
        """Squads linked to at least one task, by name."""
        return self.conn.execute(
            "SELECT s.id, s.name FROM squads s WHERE EXISTS (SELECT 1 FROM task_squads ts WHERE ts.squad_id = s.id)"
            " ORDER BY s.name").fetchall()

    def count(self, flt: ChartFilter) -> int:
        """How many tasks the filter takes (the floor the benchmark compares with)."""
        clauses, params = _where(flt)
        return int(self.conn.execute("SELECT count(*) FROM tasks t WHERE 1" + _and(clauses), params).fetchone()[0])

    # --- months ------------------------------------------------------------------------------

    def _month_span(self, flt: ChartFilter) -> tuple[str, str] | None:
        span = self.data_range()
        first = flt.since.isoformat()[:7] if flt.since else (span[0].isoformat()[:7] if span else None)
        last = flt.until.isoformat()[:7] if flt.until else (span[1].isoformat()[:7] if span else None)
        if first is None or last is None or first > last:
            return None
        return first, last

    def monthly_by_kind(self, flt: ChartFilter) -> MonthlyCounts:
        """Tasks per month and kind over the filter's period (or the data's, where none is set)."""
        kinds = flt.kind_values()
        undated = 0
        if not flt.has_period:
            clauses, params = _where(flt)
            undated = self.conn.execute(
                "SELECT count(*) FROM tasks t WHERE t.departure IS NULL" + _and(clauses), params).fetchone()[0]
        span = self._month_span(flt)
        if span is None:
            return MonthlyCounts(months=[], counts={k: [] for k in kinds}, undated=undated)
        months = C.months_between(*span)
        index = {m: i for i, m in enumerate(months)}
        counts = {k: [0] * len(months) for k in kinds}
        rows: Iterable[tuple[Any, ...]]  # (month, kind, tasks)
        if flt.squad_id is None:
            # each (month, kind) a range of the tasks_kind index (kind, departure): counting ranges
            # of an index is a walk without a sort (a million tasks: ~60 ms against ~450 ms for a
            # GROUP BY over substr(departure, 1, 7))
            lows_highs: list[str] = []
            for m in months:
                lo, hi = m, C.next_month(m)
                if flt.since is not None and m == months[0]:
                    lo = max(lo, flt.since.isoformat())
                if flt.until is not None and m == months[-1]:
                    hi = min(hi, _after(flt.until))
                lows_highs.extend((m, lo, hi))
            values = ", ".join("(?, ?, ?)" for _ in months)
            kind_values = ", ".join("(?)" for _ in kinds)
            sql = (f"WITH m(month, lo, hi) AS (VALUES {values}), k(kind) AS (VALUES {kind_values})"
                   " SELECT m.month, k.kind, (SELECT count(*) FROM tasks t INDEXED BY tasks_kind"
                   "  WHERE t.kind = k.kind AND t.departure >= m.lo AND t.departure < m.hi) FROM m, k")
            rows = self.conn.execute(sql, [*lows_highs, *kinds])
        elif self.summaries:  # one squad's own tasks: whole months from squad_pairs (V6), the ends from its links
            period = split_months(flt.since, flt.until)
            period.undated = False  # months only; the undated are counted above
            pairs, days = self._pairs(flt, "p.month, p.kind", period, own=True)
            rows = ([(month, kind, n) for month, kind, n, *_ in pairs if month]
                    + [row for first, last in days for row in self._link_months(flt.with_period(first, last))])
        else:
            rows = self._link_months(flt)
        for month, kind, n in rows:
            if kind in counts and month in index:
                counts[kind][index[month]] += n
        return MonthlyCounts(months=months, counts=counts, undated=undated)

    def _link_months(self, flt: ChartFilter) -> list[tuple[str, str, int]]:
        """(month, kind, tasks) of one squad's tasks, counted from its links."""
        source, clauses, params = _linked(flt)
        return self.conn.execute(
            f"SELECT substr(t.departure, 1, 7), t.kind, count(*) FROM {source} WHERE t.departure IS NOT NULL"
            f"{_and(clauses)} GROUP BY 1, 2", params).fetchall()

    def years_side_by_side(self, flt: ChartFilter, years: list[int]) -> dict[int, MonthlyCounts]:
        """Each year's twelve months (January to December) with the filter's kinds and squad (its
        period is replaced by the year)."""
        return {year: self.monthly_by_kind(flt.with_period(*C.year_period(year))) for year in years}

    # --- response ----------------------------------------------------------------------------

    def response_minutes(self, flt: ChartFilter) -> ResponseTimes:
        """Minutes from the call received (calls.received_at) to the departure, for tasks with a
        logged call and a departure time: overall, per kind and per squad."""
        source, total_clauses, total_params = _linked(flt)  # one squad: its links, no task looked up
        total = self.conn.execute(f"SELECT count(*) FROM {source} WHERE 1{_and(total_clauses)}",
                                  total_params).fetchone()[0]
        clauses, params = _where(flt, probe=True)
        where = _and(clauses)
        # tasks with a call are few (the rescues logged in the application): walk them by tasks_call
        with_call = self.conn.execute(
            f"SELECT count(*) FROM tasks t INDEXED BY tasks_call WHERE t.call_id IS NOT NULL{where}",
            params).fetchone()[0]
        measured_where = (f" WHERE t.call_id IS NOT NULL AND {HAS_TIME_SQL} AND c.received_at <> ''"
                          f" AND julianday(c.received_at) IS NOT NULL{where}")
        by_kind: dict[str, dict[int, int]] = {}
        for kind, minutes, n in self.conn.execute(
                f"SELECT t.kind, {MINUTES_SQL}, count(*) FROM tasks t INDEXED BY tasks_call CROSS JOIN calls c ON c.id = t.call_id"
                f"{measured_where} GROUP BY 1, 2", params):
            by_kind.setdefault(kind, {})[minutes] = n
        by_squad: dict[int, dict[int, int]] = {}
        for squad_id, minutes, n in self.conn.execute(
                f"SELECT ts.squad_id, {MINUTES_SQL}, count(*) FROM tasks t INDEXED BY tasks_call"
                " CROSS JOIN calls c ON c.id = t.call_id"
                f" CROSS JOIN task_squads ts ON ts.task_id = t.id{measured_where} GROUP BY 1, 2", params):
            by_squad.setdefault(squad_id, {})[minutes] = n
        names = dict(self.conn.execute("SELECT id, name FROM squads"))
        overall: dict[int, int] = {}
        for dist in by_kind.values():
            for minutes, n in dist.items():
                overall[minutes] = overall.get(minutes, 0) + n
        measured = C.total(overall)

        def group(key: str, label: str, dist: dict[int, int]) -> ResponseGroup:
            return ResponseGroup(key=key, label=label, count=C.total(dist), median=C.median(dist), mean=C.mean(dist),
                                 histogram=C.histogram(dist), distribution=dict(sorted(dist.items())))

        kinds = [group(k, "", by_kind[k]) for k in flt.kind_values() if k in by_kind]
        squads = sorted((group(str(s), names.get(s, ""), d) for s, d in by_squad.items()),
                        key=lambda g: (-g.count, g.label))
        return ResponseTimes(measured=measured, no_call=total - with_call, unmeasured=with_call - measured,
                             overall=group("all", "", overall), by_kind=kinds, by_squad=squads)

    # --- hour and weekday ------------------------------------------------------------------------

    def hour_weekday(self, flt: ChartFilter) -> HourWeekday:
        """Departures by weekday and hour (a heat map), for tasks whose departure has a time."""
        source, clauses, params = _linked(flt)
        where = _and(clauses)
        counts = [[0] * C.HOURS for _ in range(C.WEEKDAYS)]
        for slot, n in self.conn.execute(
                f"SELECT {SLOT_SQL}, count(*) FROM {source} WHERE {HAS_TIME_SQL}{where} GROUP BY 1", params):
            if slot is None:
                continue
            sunday_first, hour = divmod(int(slot), 24)
            if 0 <= sunday_first < 7 and 0 <= hour < 24:
                counts[(sunday_first + 6) % 7][hour] += n
        date_only = self.conn.execute(
            f"SELECT count(*) FROM {source} WHERE length(t.departure) <= 10{where}", params).fetchone()[0]
        undated = 0
        if not flt.has_period:
            undated = self.conn.execute(
                f"SELECT count(*) FROM {source} WHERE t.departure IS NULL{where}", params).fetchone()[0]
        return HourWeekday(counts=counts, date_only=date_only, undated=undated)

    # --- squads ----------------------------------------------------------------------------------

    def squad_load(self, flt: ChartFilter) -> list[SquadLoad]:
        """Per squad: tasks linked to it, people and vehicle trips on them; most tasks first. With
        a squad chosen: the squads that shared its tasks (itself first among equals), with those
        tasks' figures. The period's whole months come from the summary squad_pairs (V6), the days
        at its ends from the links."""
        if not self.summaries:
            return self._link_squad_load(flt)
        group = "p.squad_id" if flt.squad_id is None else "p.with_id"
        rows, days = self._pairs(flt, group, split_months(flt.since, flt.until), own=flt.squad_id is None)
        totals: dict[int, list[int]] = {s: list(figures) for s, *figures in rows}
        for first, last in days:
            for load in self._link_squad_load(flt.with_period(first, last)):
                entry = totals.setdefault(load.squad_id, [0, 0, 0, 0])
                for i, value in enumerate((load.tasks, load.people, load.vehicle_trips, load.no_headcount)):
                    entry[i] += value
        names = dict(self.conn.execute("SELECT id, name FROM squads"))
        result = [SquadLoad(squad_id=s, name=names.get(s, ""), tasks=n, people=p, vehicle_trips=v, no_headcount=u)
                  for s, (n, p, v, u) in totals.items() if n]
        result.sort(key=lambda r: (-r.tasks, r.name, r.squad_id))
        return result

    def _link_squad_load(self, flt: ChartFilter) -> list[SquadLoad]:
        """:meth:`squad_load` counted from the links."""
        figures = ("count(*), coalesce(sum(t.headcount), 0), coalesce(sum(t.vehicles), 0),"
                   " sum(t.headcount IS NULL)")
        clauses, params = _where(flt)
        if flt.squad_id is None:
            # each link carries its task's departure, kind and counts (schema V3): one walk of the
            # index task_squads_load in squad order, no task looked up, no sort (the whole archive
            # of a million tasks: about 0.2 s, against 0.56 s looking each task up)
            linked = figures.replace("t.", "ts.")
            sql = (f"SELECT ts.squad_id, {linked} FROM task_squads ts INDEXED BY task_squads_load"
                   f" WHERE 1{_and([c.replace('t.', 'ts.') for c in clauses])} GROUP BY ts.squad_id")
        else:  # the tasks of one squad, per squad they were shared with: found by the filter, links looked up
            sql = (f"SELECT ts.squad_id, {figures} FROM tasks t JOIN task_squads ts ON ts.task_id = t.id"
                   f" WHERE 1{_and(clauses)} GROUP BY ts.squad_id")
        names = dict(self.conn.execute("SELECT id, name FROM squads"))
        result = [SquadLoad(squad_id=s, name=names.get(s, ""), tasks=n, people=p, vehicle_trips=v, no_headcount=u or 0)
                  for s, n, p, v, u in self.conn.execute(sql, params)]
        result.sort(key=lambda r: (-r.tasks, r.name, r.squad_id))
        return result

    # --- per task, outcomes, key figures -------------------------------------------------------

    def per_task_by_kind(self, flt: ChartFilter) -> list[KindPerTask]:
        """People and vehicle trips per task, kind by kind (every kind of the filter, in order)."""
        source, clauses, params = _linked(flt)
        people: dict[str, dict[int, int]] = {}
        trips: dict[str, dict[int, int]] = {}
        tasks: dict[str, int] = {}
        no_heads: dict[str, int] = {}
        no_trips: dict[str, int] = {}
        for kind, heads, vehicles, n in self.conn.execute(
                f"SELECT t.kind, t.headcount, t.vehicles, count(*) FROM {source}"
                f" WHERE 1{_and(clauses)} GROUP BY 1, 2, 3", params):
            tasks[kind] = tasks.get(kind, 0) + n
            if heads is None:
                no_heads[kind] = no_heads.get(kind, 0) + n
            else:
                people.setdefault(kind, {})[heads] = people.setdefault(kind, {}).get(heads, 0) + n
            if vehicles is None:
                no_trips[kind] = no_trips.get(kind, 0) + n
            else:
                trips.setdefault(kind, {})[vehicles] = trips.setdefault(kind, {}).get(vehicles, 0) + n
        out = []
        for kind in flt.kind_values():
            p, v = people.get(kind, {}), trips.get(kind, {})
            out.append(KindPerTask(kind=kind, tasks=tasks.get(kind, 0), people_mean=C.mean(p), people_median=C.median(p),
                                   trips_mean=C.mean(v), trips_median=C.median(v),
                                   people_distribution=dict(sorted(p.items())),
                                   trips_distribution=dict(sorted(v.items())),
                                   no_headcount=no_heads.get(kind, 0), no_vehicles=no_trips.get(kind, 0)))
        return out

    def search_outcomes(self, flt: ChartFilter) -> SearchOutcomes:
        """Missing-person searches (城市搜救) by result, None where no result is recorded. A filter
        whose kinds leave out 城市搜救 has none."""
        found: dict[str | None, int] = {}
        if not _kinds_filtered(flt) or SEARCH_KIND in flt.kinds:
            if flt.squad_id is None:
                clauses, params = _where(flt, kinds=False)
                sql = f"SELECT t.result, count(*) FROM tasks t WHERE t.kind = ?{_and(clauses)} GROUP BY 1"
                params = [SEARCH_KIND.value, *params]
            else:  # the squad's searches through its links (their kind and departure are copies), each task looked up
                clauses, params = _where(flt, kinds=False, squad=False)
                sql = ("SELECT t.result, count(*) FROM task_squads ts INDEXED BY task_squads_load"
                       " CROSS JOIN tasks t ON t.id = ts.task_id WHERE ts.squad_id = ? AND ts.kind = ?"
                       f"{_and([c.replace('t.', 'ts.') for c in clauses])} GROUP BY 1")
                params = [flt.squad_id, SEARCH_KIND.value, *params]
            found = dict(self.conn.execute(sql, params).fetchall())
        counts: list[tuple[str | None, int]] = [(r, found.pop(r, 0)) for r in RESULTS]
        unknown = found.pop(None, 0)
        counts += sorted(found.items(), key=lambda kv: str(kv[0]))
        counts.append((None, unknown))
        return SearchOutcomes(counts=counts)

    def by_district(self, flt: ChartFilter) -> DistrictCounts:
        """Tasks per district: the call's district where the task has a call that names one, else the
        district its summary names (``domain.places.district_of_task``), as the store worked it out
        and keeps it in ``tasks.district`` (schema V9, ``store/districts.py``; '' = none). Without a
        squad each (district, kind) is a range of the index ``tasks_district`` (district, kind,
        departure) counted without reading a task; one squad's tasks are looked up one by one. The
        few tasks not worked out yet (NULL: an import whose search index is still pending) are
        worked out in the query by the store's SQL function ``wz_district`` (``store/districts.py``,
        the rule :meth:`by_district_classified` applies), once per (call district, summary)."""
        from wz_desktop.domain import places
        from wz_desktop.store.districts import FUNCTION

        if flt.squad_id is None:
            clauses, params = _where(flt, kinds=False)
            if flt.has_period or _kinds_filtered(flt):  # a seek per (district, kind), the period a range in it
                kinds = flt.kind_values()
                groups = ", ".join("(?)" for _ in kinds)
                rows = self.conn.execute(
                    f"WITH k(kind) AS (VALUES {groups}), d(district) AS (SELECT ? UNION ALL"
                    f" {' UNION ALL '.join('SELECT ?' for _ in places.TEN_DISTRICTS)})"
                    " SELECT d.district, (SELECT count(*) FROM tasks t INDEXED BY tasks_district"
                    f" WHERE t.district = d.district AND t.kind = k.kind{_and(clauses)}) FROM d, k",
                    [*kinds, "", *places.TEN_DISTRICTS, *params]).fetchall()
            else:  # the whole archive: one range per district
                rows = self.conn.execute(
                    "SELECT t.district, count(*) FROM tasks t INDEXED BY tasks_district"
                    " WHERE t.district IS NOT NULL GROUP BY 1").fetchall()
            pending_clauses, pending_params = _where(flt)
        else:
            clauses, params = _where(flt)
            rows = self.conn.execute(
                f"SELECT t.district, count(*) FROM tasks t WHERE t.district IS NOT NULL{_and(clauses)} GROUP BY 1",
                params).fetchall()
            pending_clauses, pending_params = clauses, params
        # the tasks whose district is not worked out yet (NULL): grouped by call district and summary,
        # the rule applied once per group in SQL, the groups summed per district it answers
        rows += self.conn.execute(
            f"SELECT {FUNCTION}(call_district, summary), sum(n) FROM (SELECT c.district AS call_district,"
            " t.summary AS summary, count(*) AS n FROM tasks t INDEXED BY tasks_district"
            f" LEFT JOIN calls c ON c.id = t.call_id WHERE t.district IS NULL{_and(pending_clauses)} GROUP BY 1, 2)"
            " GROUP BY 1", pending_params).fetchall()
        counts = dict.fromkeys(places.TEN_DISTRICTS, 0)
        unknown = 0
        for district, n in rows:
            if district in counts:
                counts[district] += n
            else:
                unknown += n
        return DistrictCounts(counts=counts, unknown=unknown)

    def by_district_classified(self, flt: ChartFilter) -> DistrictCounts:
        """:meth:`by_district` worked out here and now from each task's call and summary, not read
        from ``tasks.district`` (what the map counted before schema V9; seconds on a million tasks:
        the tests compare the two). SQL groups the tasks by (call district, summary); the rule is
        applied once per group. A task whose call was deleted (call_id set NULL) counts by its summary."""
        from wz_desktop.domain import places

        clauses, params = _where(flt)
        rows = [("", summary, n) for summary, n in self.conn.execute(
            f"SELECT t.summary, count(*) FROM tasks t WHERE t.call_id IS NULL{_and(clauses)} GROUP BY 1", params)]
        rows += self.conn.execute(
            "SELECT coalesce(c.district, ''), t.summary, count(*) FROM tasks t INDEXED BY tasks_call"
            f" LEFT JOIN calls c ON c.id = t.call_id WHERE t.call_id IS NOT NULL{_and(clauses)} GROUP BY 1, 2",
            params).fetchall()
        counts = dict.fromkeys(places.TEN_DISTRICTS, 0)
        unknown = 0
        for call_district, summary, n in rows:
            district = places.district_of_task(call_district, summary)
            if district is None:
                unknown += n
            else:
                counts[district] += n
        return DistrictCounts(counts=counts, unknown=unknown)

    def key_figures(self, flt: ChartFilter) -> KeyFigures:
        """Tasks, people, vehicle trips and people helped, in all and per kind."""
        by_kind = {k: KindFigures() for k in flt.kind_values()}
        if flt.squad_id is None:
            clauses, params = _where(flt)
            rows = self.conn.execute(
                "SELECT t.kind, count(*), coalesce(sum(t.headcount), 0), coalesce(sum(t.vehicles), 0),"
                " coalesce(sum(t.people_helped), 0), sum(t.headcount IS NULL) FROM tasks t"
                f" WHERE 1{_and(clauses)} GROUP BY 1", params).fetchall()
        else:  # one squad: the whole months from squad_pairs (V6), the ends from the copies on its links;
            # people helped (rare) from the tasks that have it
            helped_clauses, helped_params = _where(flt, probe=True)
            helped = dict(self.conn.execute(
                "SELECT t.kind, sum(t.people_helped) FROM tasks t WHERE t.people_helped IS NOT NULL"
                f"{_and(helped_clauses)} GROUP BY 1", helped_params).fetchall())
            period = split_months(flt.since, flt.until) if self.summaries else None
            if period is not None:
                sums, days = self._pairs(flt, "p.kind", period, own=True)
            else:
                sums, days = [], [(flt.since, flt.until)]
            totals: dict[str, list[int]] = {}
            for kind, *figures in sums:
                totals[kind] = list(figures)
            for first, last in days:
                source, clauses, params = _linked(flt.with_period(first, last))
                for kind, *figures in self.conn.execute(
                        "SELECT t.kind, count(*), coalesce(sum(t.headcount), 0), coalesce(sum(t.vehicles), 0),"
                        f" sum(t.headcount IS NULL) FROM {source} WHERE 1{_and(clauses)} GROUP BY 1", params):
                    entry = totals.setdefault(kind, [0, 0, 0, 0])
                    for i, value in enumerate(figures):
                        entry[i] += value or 0
            rows = [(kind, n, heads, trips, helped.get(kind, 0), no_heads)
                    for kind, (n, heads, trips, no_heads) in totals.items() if n]
        for kind, n, heads, trips, helped_count, no_heads in rows:
            by_kind[kind] = KindFigures(tasks=n, people=heads, vehicle_trips=trips, people_helped=helped_count,
                                        no_headcount=no_heads or 0)
        values = by_kind.values()
        return KeyFigures(tasks=sum(f.tasks for f in values), people=sum(f.people for f in values),
                          vehicle_trips=sum(f.vehicle_trips for f in values),
                          people_helped=sum(f.people_helped for f in values),
                          no_headcount=sum(f.no_headcount for f in values), by_kind=by_kind)
