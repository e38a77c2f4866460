"""The summary tables of schema V6 (``member_month``, ``squad_pairs``): how a period is read from
them, and how they are checked and rebuilt.

A period of days is split into the whole months the summaries answer and, at its two ends, the
days they do not: those are counted from the rows themselves, as before V6. The whole archive, a
year, a quarter, 本月 read the summaries alone; 2023-03-15 to 2025-06-30 reads April 2023 to June
2025 from them and 15 to 31 March 2023 from the rows.

``check(conn)`` recounts both tables from the rows they sum and says where they differ (a test
runs it after every kind of write); ``rebuild(conn)`` writes them afresh, for a repair.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field


Day = dt.date | None


@dataclass
class Split:
    """A period as summary keys and days. ``keys``: (first, last) key of the summary, both
    included, either None for no bound; None where the summary has nothing to give. ``undated``:
    the summary's '' key (tasks with no departure) belongs to the period (only where no period is
    set). ``days``: the (since, until) ranges, both included, counted from the rows."""

    keys: tuple[str | None, str | None] | None
    undated: bool = False
    days: list[tuple[Day, Day]] = field(default_factory=list)

    def key_clauses(self, column: str) -> tuple[list[str], list[object]]:
        """Conditions on ``column`` (the summary's month) for ``keys``."""
        assert self.keys is not None
        first, last = self.keys
        clauses: list[str] = []
        params: list[object] = []
        if not self.undated:
            clauses.append(f"{column} <> ''")
        if first is not None:
            clauses.append(f"{column} >= ?")
            params.append(first)
        if last is not None:
            clauses.append(f"{column} <= ?")
            params.append(last)
        return clauses, params


def _as_day(value: dt.date | str | None) -> Day:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip()[:10])


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + 1, 1, 1) if day.month == 12 else dt.date(day.year, day.month + 1, 1)


def split_months(since: dt.date | str | None, until: dt.date | str | None) -> Split:
    """The whole months of [since, until] (days, both included; None: no bound) from the
    summaries, the days at either end from the rows."""
    first, last = _as_day(since), _as_day(until)
    if first is None and last is None:
        return Split(keys=(None, None), undated=True)
    # the first day of the first whole month, the last day of the last whole month
    start = None if first is None else (first if first.day == 1 else _next_month(first))
    end = None if last is None else (
        last if _next_month(last) - dt.timedelta(days=1) == last else last.replace(day=1) - dt.timedelta(days=1))
    if start is not None and end is not None and start > end:
        return Split(keys=None, days=[(first, last)])
    days: list[tuple[Day, Day]] = []
    if first is not None and start is not None and first < start:
        days.append((first, start - dt.timedelta(days=1)))
    if last is not None and end is not None and last > end:
        days.append((end + dt.timedelta(days=1), last))
    return Split(keys=(None if start is None else start.strftime("%Y-%m"), None if end is None else end.strftime("%Y-%m")),
                 days=days)


# --- checking and rebuilding -----------------------------------------------------------------------

# member_month's columns after (member_id, month), in order. Since V7 its attended tasks per kind
# are in slots kind1 … kind12, a kind's slot given by task_kinds (a new kind takes a free one).
KIND_SLOTS = tuple(range(1, 13))
MEMBER_FIGURES = ("tasks", "late", "left_early", "absent", "unrecorded", "hours", *(f"kind{n}" for n in KIND_SLOTS))
_ATTENDED = "coalesce(attendance, '') IN ('出勤', '迟到', '早退')"
MEMBER_MONTH_FROM_ROWS = f"""
SELECT member_id, coalesce(substr(departure, 1, 7), ''),
       sum({_ATTENDED}), sum(attendance IS '迟到'), sum(attendance IS '早退'), sum(attendance IS '缺勤'),
       sum(attendance IS NULL), total(CASE WHEN {_ATTENDED} THEN hours END),
       {', '.join(f"sum({_ATTENDED} AND k.slot IS {n})" for n in KIND_SLOTS)}
FROM task_members LEFT JOIN task_kinds k ON k.code = kind GROUP BY 1, 2"""

SQUAD_PAIRS_FROM_ROWS = """
SELECT a.squad_id, b.squad_id, coalesce(substr(a.departure, 1, 7), ''), coalesce(a.kind, ''),
       count(*), total(a.headcount), total(a.vehicles), count(a.headcount)
FROM task_squads a JOIN task_squads b ON b.task_id = a.task_id GROUP BY 1, 2, 3, 4"""


def _rows(conn: sqlite3.Connection, sql: str, key_length: int) -> dict[tuple[object, ...], tuple[float, ...]]:
    """{key: figures} with empty buckets left out and hours rounded (sums of added and taken
    away hours differ from a fresh sum in the last bits)."""
    out: dict[tuple[object, ...], tuple[float, ...]] = {}
    for row in conn.execute(sql):
        figures = tuple(round(float(v), 6) if isinstance(v, float) else int(v) for v in row[key_length:])
        if any(figures):
            out[tuple(row[:key_length])] = figures
    return out


def check(conn: sqlite3.Connection) -> list[str]:
    """Where the summary tables differ from a count of the rows they sum, a line each; [] when right."""
    problems: list[str] = []
    for table, key_length, fresh_sql, kept_sql in (
            ("member_month", 2, MEMBER_MONTH_FROM_ROWS,
             f"SELECT member_id, month, {', '.join(MEMBER_FIGURES)} FROM member_month"),
            ("squad_pairs", 4, SQUAD_PAIRS_FROM_ROWS,
             "SELECT squad_id, with_id, month, kind, tasks, people, trips, with_heads FROM squad_pairs")):
        fresh, kept = _rows(conn, fresh_sql, key_length), _rows(conn, kept_sql, key_length)
        for key in sorted(set(fresh) | set(kept), key=repr):
            if fresh.get(key) != kept.get(key):
                problems.append(f"{table} {key}: {kept.get(key)} ≠ {fresh.get(key)}")
    return problems


def rebuild(conn: sqlite3.Connection) -> None:
    """Write both summary tables afresh from the rows (in the caller's transaction)."""
    conn.execute("DELETE FROM member_month")
    conn.execute(f"INSERT INTO member_month (member_id, month, {', '.join(MEMBER_FIGURES)})" + MEMBER_MONTH_FROM_ROWS)
    conn.execute("DELETE FROM squad_pairs")
    conn.execute("INSERT INTO squad_pairs (squad_id, with_id, month, kind, tasks, people, trips, with_heads)"
                 + SQUAD_PAIRS_FROM_ROWS)
