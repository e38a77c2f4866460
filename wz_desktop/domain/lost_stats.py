"""The team's own lost-person statistics (走失统计): how far from the last-seen point, and how long
after, the people of each category were found; the outcome by the time it took; who found them.
Plain Python: no Qt, no SQL. The cases come as :class:`~wz_desktop.domain.cases.Finding` s
(``store.cases.findings``: nothing personal).

The figures, per category (:data:`~wz_desktop.domain.cases.CATEGORIES`, in that order) and for all
categories together (:func:`lost_stats`):

* the cases, those found (:data:`~wz_desktop.domain.cases.FOUND_OUTCOMES`);
* the distance from the last-seen point to the found point at :data:`PERCENTS` (25/50/75/95 %), over
  the found cases with both points known; the time from the last sighting to the find (or the
  return home, 自行返回) at the same percents, over the cases with both times known;
* the outcome by the time it took (:data:`TIME_BUCKETS`: within 6 h, 6-24 h, 1-3 days, over 3 days;
  then resolved with the time unknown, 未找到, still searching);
* who found them (:data:`~wz_desktop.domain.cases.FOUND_BY`, and those not recorded).

**The percentile method** (:func:`percentile`): linear interpolation between the closest ranks, the
definition 7 of Hyndman & Fan (1996), which is ``numpy.percentile``'s default, Excel's
``PERCENTILE.INC`` and ``statistics.quantiles(method="inclusive")``: for ``n`` values sorted
``x[0] <= … <= x[n-1]`` the ``p`` % point is at rank ``h = (n - 1) * p / 100`` and is
``x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)])``. It never goes beyond the
smallest or largest value seen: with few cases the 95 % point is close to the farthest find.

**How many cases are enough** (every figure comes with the number of cases behind it):

* under :data:`MIN_CASES` (5) values no percent is given at all (the figure is empty and the
  warning says why): with four finds the "95 %" would only be the farthest of four;
* under :data:`FEW_CASES` (20) the percents are given with the warning "仅供参考" (for reference only):
  the 95 % point of 19 values rests on the one or two farthest.

**The rings** (:func:`rings`) around a new case's last-seen point use its category's distances.
Where the category has fewer than :data:`MIN_CASES` cases with known points, the rings are those
of all categories together, and the sentence says so (never silently: a hiker walks farther than
a person with dementia, and the secretary must know which figures are drawn); where all categories
together have too few, there are no rings and the sentence says why.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from wz_desktop.domain.cases import CATEGORIES, FOUND_BY, FOUND_OUTCOMES, OUTCOMES, Finding
from wz_desktop.domain.text import Text, msg, word

PERCENTS: tuple[int, ...] = (25, 50, 75, 95)
MIN_CASES = 5  # fewer values than this: no percents at all
FEW_CASES = 20  # fewer than this: the percents with "仅供参考"
ALL = ""  # the category of the row of all categories together
# the outcome by the time it took: (upper bound in hours, included; None: no bound, its word)
# (the words are Text: the window translates them, ``ui.texts.message``)
TIME_BUCKETS: tuple[tuple[float | None, str], ...] = (
    (6.0, msg("6 小时内")), (24.0, msg("6–24 小时")), (72.0, msg("1–3 天")), (None, msg("3 天以上")))
TIME_UNKNOWN = msg("用时不明")  # resolved (found, or home on their own) with a time missing
NOT_FOUND = word("未找到", "Vocabulary")  # the outcome 未找到
SEARCHING = msg("仍在搜寻")  # no outcome yet
RESOLVED_OUTCOMES: tuple[str, ...] = (*FOUND_OUTCOMES, "自行返回")  # the outcomes that have a time to find
NOT_RECORDED = msg("未记录")  # found, and who found them not recorded


def percentile(values: Sequence[float], percent: float) -> float:
    """The ``percent`` point of ``values`` by linear interpolation between the closest ranks
    (Hyndman & Fan's definition 7, ``numpy.percentile``'s default; see the module). ``values``
    must not be empty; they need not be sorted."""
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= percent <= 100:
        raise ValueError(f"percent {percent} not in 0..100")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * percent / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (rank - low) * (ordered[high] - ordered[low])


@dataclass(frozen=True)
class Spread:
    """The percents (:data:`PERCENTS`) of one measure over ``cases`` values; ``values`` empty when
    there are fewer than :data:`MIN_CASES`; ``warning`` '' when there are enough."""

    cases: int
    values: tuple[float, ...]
    warning: str

    def at(self, percent: int) -> float | None:
        return self.values[PERCENTS.index(percent)] if self.values else None

    @property
    def median(self) -> float | None:
        return self.at(50)


def warning_for(cases: int) -> str:
    """The plain warning for a figure resting on ``cases`` values ('' when enough)."""
    if cases < MIN_CASES:
        return msg("只有 {cases} 例，不足 {least} 例，不计算", cases=cases, least=MIN_CASES)
    if cases < FEW_CASES:
        return msg("仅 {cases} 例，仅供参考", cases=cases)
    return ""


def spread(values: Iterable[float]) -> Spread:
    """The percents of ``values`` (see the module for the method and the thresholds)."""
    known = [float(v) for v in values]
    shown = tuple(percentile(known, p) for p in PERCENTS) if len(known) >= MIN_CASES else ()
    return Spread(cases=len(known), values=shown, warning=warning_for(len(known)))


def time_bucket(finding: Finding) -> str:
    """The row of the outcome-by-time table a case belongs to (see :data:`TIME_BUCKETS`)."""
    if not finding.outcome:
        return SEARCHING
    if finding.outcome not in RESOLVED_OUTCOMES:
        return NOT_FOUND
    hours = finding.hours_to_find
    if hours is None:
        return TIME_UNKNOWN
    for top, name in TIME_BUCKETS:
        if top is None or hours <= top:
            return name
    return TIME_BUCKETS[-1][1]  # pragma: no cover - the last bucket has no bound


def bucket_names() -> list[str]:
    """The rows of the outcome-by-time table, in order."""
    return [name for _, name in TIME_BUCKETS] + [TIME_UNKNOWN, NOT_FOUND, SEARCHING]


@dataclass(frozen=True)
class CategoryStats:
    """The figures of one category (``category`` :data:`ALL` for all together)."""

    category: str
    cases: int
    found: int  # outcome in FOUND_OUTCOMES
    distance: Spread  # metres, last-seen point to found point
    hours: Spread  # hours, last sighting to the find (or the return home)
    by_time: dict[str, dict[str, int]]  # bucket_names() → outcome → cases (only buckets and outcomes that occur)
    found_by: dict[str, int]  # FOUND_BY word (or NOT_RECORDED) → found cases, only those that occur

    @property
    def warning(self) -> str:
        """The warning of the row: the distance's (the figure the rings are drawn from)."""
        return self.distance.warning

    def bucket_total(self, bucket: str) -> int:
        return sum(self.by_time.get(bucket, {}).values())


def category_stats(findings: Sequence[Finding], category: str = ALL) -> CategoryStats:
    """The figures of ``category`` (:data:`ALL`: every finding)."""
    chosen = [f for f in findings if category == ALL or f.category == category]
    found = [f for f in chosen if f.outcome in FOUND_OUTCOMES]
    by_time: dict[str, dict[str, int]] = {}
    for f in chosen:
        outcomes = by_time.setdefault(time_bucket(f), {})
        key = f.outcome or SEARCHING
        outcomes[key] = outcomes.get(key, 0) + 1
    ordered_time = {b: {o: by_time[b][o] for o in (*OUTCOMES, SEARCHING) if o in by_time[b]}
                    | {o: n for o, n in by_time[b].items() if o not in OUTCOMES and o != SEARCHING}
                    for b in bucket_names() if b in by_time}
    who: dict[str, int] = {}
    for f in found:
        key = f.found_by or NOT_RECORDED
        who[key] = who.get(key, 0) + 1
    ordered_who = {w: who[w] for w in (*FOUND_BY, NOT_RECORDED) if w in who} | \
                  {w: n for w, n in who.items() if w not in FOUND_BY and w != NOT_RECORDED}
    return CategoryStats(
        category=category, cases=len(chosen), found=len(found),
        distance=spread(f.distance_m for f in found if f.distance_m is not None),
        hours=spread(f.hours_to_find for f in chosen
                     if f.hours_to_find is not None and f.outcome in RESOLVED_OUTCOMES),
        by_time=ordered_time, found_by=ordered_who)


@dataclass(frozen=True)
class LostStats:
    """Every category that has a case (in :data:`CATEGORIES` order, then any other word met), and
    all together."""

    categories: list[CategoryStats]
    total: CategoryStats

    @property
    def rows(self) -> list[CategoryStats]:
        """The categories, then all together (the table's rows)."""
        return [*self.categories, self.total]


def lost_stats(findings: Sequence[Finding]) -> LostStats:
    """The statistics of ``findings`` (empty input: no category, a total of 0 cases)."""
    present = {f.category for f in findings}
    order = [c for c in CATEGORIES if c in present] + sorted(present - set(CATEGORIES))
    return LostStats(categories=[category_stats(findings, c) for c in order],
                     total=category_stats(findings, ALL))


# --- words ---------------------------------------------------------------------------------------

def distance_text(metres: float) -> Text:
    """A distance as people say it: 850 米 (to 10 m) under a kilometre, else 1.2 公里."""
    if metres < 995:
        return msg("{metres} 米", metres=int(round(metres, -1)))
    return msg("{km:.1f} 公里", km=metres / 1000)


def hours_text(hours: float) -> Text:
    """A time to find: 45 分钟 under an hour, 5.5 小时 under two days, else 3.2 天."""
    if hours < 1:
        return msg("{minutes} 分钟", minutes=int(round(hours * 60)))
    if hours < 48:
        return msg("{hours:.1f} 小时", hours=hours)
    return msg("{days:.1f} 天", days=hours / 24)


def category_word(category: str) -> Text:
    """A category as the window shows it (translated in the word table's context); 全部类别 for ALL."""
    return msg("全部类别") if category == ALL else word(category, "Vocabulary")


# --- the rings around a new case's last-seen point -----------------------------------------------

@dataclass(frozen=True)
class Ring:
    """A circle around the last-seen point: ``percent`` % of the ``cases`` cases with known points
    were found within ``radius_m`` metres."""

    percent: int
    radius_m: float
    cases: int


def _rings_of(stats: Spread) -> list[Ring]:
    return [Ring(p, v, stats.cases) for p, v in zip(PERCENTS, stats.values)]


def rings(findings: Sequence[Finding], category: str) -> tuple[list[Ring], str]:
    """The rings (25/50/75/95 %) for a new case of ``category`` and one sentence saying what they
    rest on. The category's own cases with known points where there are at least
    :data:`MIN_CASES`; else all categories together, and the sentence says so; else no ring (an
    empty list) and the sentence says why. Under :data:`FEW_CASES` the sentence ends with the
    warning "仅供参考"."""
    own = category_stats(findings, category).distance
    name = category_word(category)
    if own.values:
        sentence = msg("{cases} 例有已知地点的{category}案件中，一半在距最后出现地点 {half}以内找到，"
                       "95% 在 {most}以内。", cases=own.cases, category=name,
                       half=distance_text(own.values[1]), most=distance_text(own.values[3]))
        return _rings_of(own), _with_warning(sentence, own.cases)
    every = category_stats(findings, ALL).distance
    if every.values:
        sentence = msg("有已知地点的{category}案件只有 {own} 例，不足 {least} 例，改用全部类别的 {cases} 例："
                       "一半在距最后出现地点 {half}以内找到，95% 在 {most}以内。", category=name, own=own.cases,
                       least=MIN_CASES, cases=every.cases, half=distance_text(every.values[1]),
                       most=distance_text(every.values[3]))
        return _rings_of(every), _with_warning(sentence, every.cases)
    return [], msg("有已知地点的案件只有 {cases} 例（{category} {own} 例），不足 {least} 例，不画搜索圈。",
                   cases=every.cases, category=name, own=own.cases, least=MIN_CASES)


def _with_warning(sentence: Text, cases: int) -> str:
    if cases < FEW_CASES:
        return msg("{sentence}（仅 {cases} 例，仅供参考）", sentence=sentence, cases=cases)
    return sentence


__all__ = ["ALL", "FEW_CASES", "MIN_CASES", "NOT_FOUND", "NOT_RECORDED", "PERCENTS", "SEARCHING", "TIME_BUCKETS",
           "TIME_UNKNOWN", "CategoryStats", "LostStats", "Ring", "Spread", "bucket_names", "category_stats",
           "category_word", "distance_text", "hours_text", "lost_stats", "percentile", "rings", "spread",
           "time_bucket", "warning_for"]
