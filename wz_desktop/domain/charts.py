"""What the charts are filtered by, and small pure helpers over counted figures (no Qt, no SQL).

The store counts in SQL and hands back *distributions* (value -> how many tasks); the helpers here
turn those into medians, means and histogram bins, so that a million tasks never cross into Python.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from wz_desktop.domain.kinds import KIND_ORDER, TaskKind

WEEKDAYS = 7
HOURS = 24
RESPONSE_BIN_MINUTES = 10  # the response histogram's bins: 0-9, 10-19, … minutes
RESPONSE_BINS = 12  # twelve bins of ten minutes; a last bin holds two hours and more


@dataclass(frozen=True)
class ChartFilter:
    """Which tasks a chart counts.

    ``since`` and ``until`` are days, both included, compared on the departure; a task whose
    departure could not be read (NULL) is in no period, so it counts only where no period is set
    (and never in the charts over time). ``kinds``: the kinds to count, () for all. ``squad_id``:
    only tasks the squad took part in (task_squads), None for all.
    """

    since: dt.date | None = None
    until: dt.date | None = None
    kinds: tuple[TaskKind, ...] = ()
    squad_id: int | None = None

    @property
    def has_period(self) -> bool:
        return self.since is not None or self.until is not None

    def kind_values(self) -> list[str]:
        """The kinds as codes, in the workbook's order; every kind where none is chosen."""
        chosen = set(self.kinds) if self.kinds else set(KIND_ORDER)
        return [k.value for k in KIND_ORDER if k in chosen]

    def with_period(self, since: dt.date | None, until: dt.date | None) -> "ChartFilter":
        return ChartFilter(since=since, until=until, kinds=self.kinds, squad_id=self.squad_id)


def year_period(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def months_between(first: str, last: str) -> list[str]:
    """Every month 'YYYY-MM' from ``first`` to ``last``, both included."""
    y, m = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    out = []
    while (y, m) <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def next_month(month: str) -> str:
    y, m = int(month[:4]), int(month[5:7])
    return f"{y + 1:04d}-01" if m == 12 else f"{y:04d}-{m + 1:02d}"


def total(distribution: Mapping[int, int]) -> int:
    return sum(distribution.values())


def mean(distribution: Mapping[int, int] | Mapping[float, int]) -> float | None:
    """The mean of a distribution {value: how many}; None where it is empty."""
    n = sum(distribution.values())
    if not n:
        return None
    return sum(v * c for v, c in distribution.items()) / n


def median(distribution: Mapping[int, int] | Mapping[float, int]) -> float | None:
    """The median of a distribution {value: how many}: the middle value, or the mean of the two
    middle values where the count is even; None where it is empty."""
    n = sum(distribution.values())
    if not n:
        return None
    items = sorted(distribution.items())

    def nth(index: int) -> float:  # 0-based position in the sorted values
        seen = 0
        for value, count in items:
            seen += count
            if index < seen:
                return value
        return items[-1][0]

    if n % 2:
        return float(nth(n // 2))
    return (nth(n // 2 - 1) + nth(n // 2)) / 2


def median_of(values: Iterable[float]) -> float | None:
    """The median of plain values (for tests and small lists)."""
    counts: dict[float, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return median(counts)


def histogram(distribution: Mapping[int, int], width: int = RESPONSE_BIN_MINUTES,
              bins: int = RESPONSE_BINS) -> list[int]:
    """Counts in ``bins`` bins of ``width`` from 0: value v goes to bin v // width; values below 0
    go to the first bin, and values at or above ``width * (bins - 1)`` to the last one."""
    out = [0] * bins
    for value, count in distribution.items():
        index = min(bins - 1, max(0, int(value) // width))
        out[index] += count
    return out


def histogram_edges(width: int = RESPONSE_BIN_MINUTES, bins: int = RESPONSE_BINS) -> list[int]:
    """The left edge of each bin (the last bin is open to the right)."""
    return [i * width for i in range(bins)]


def weekday_of(day: dt.date) -> int:
    """0 = Monday … 6 = Sunday (the heat map's rows)."""
    return day.weekday()


def stack(rows: Sequence[Sequence[int]]) -> list[list[int]]:
    """Cumulative sums down the rows: the bottoms of stacked bars (row i starts where i-1 ended)."""
    out: list[list[int]] = []
    running = [0] * (len(rows[0]) if rows else 0)
    for row in rows:
        out.append(list(running))
        running = [a + b for a, b in zip(running, row)]
    return out
