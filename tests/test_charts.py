"""The chart figures (store.charts) against counts computed here, independently, in Python over the
rows read with plain SQL: on the demo database and on a small made-up one with the awkward cases
(no departure, only a date, unknown counts, a call but no time, several squads)."""
from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict

import pytest

from wz_desktop.domain import charts as C
from wz_desktop.domain.charts import ChartFilter
from wz_desktop.domain.kinds import KIND_ORDER, TaskKind
from wz_desktop.domain.records import RESULTS, Origin, Task, TaskStatus
from wz_desktop.store import Store
from helpers.databases import copy_of

W, U, M, T, E, K = KIND_ORDER


# --- the independent side: plain rows, Python ------------------------------------------------------

class Rows:
    def __init__(self, store: Store):
        conn = store.database.conn
        self.tasks = conn.execute(
            "SELECT id, kind, departure, headcount, vehicles, people_helped, result, call_id FROM tasks").fetchall()
        self.links = defaultdict(set)
        for task_id, squad_id in conn.execute("SELECT task_id, squad_id FROM task_squads"):
            self.links[task_id].add(squad_id)
        self.calls = dict(conn.execute("SELECT id, received_at FROM calls"))
        self.squad_names = dict(conn.execute("SELECT id, name FROM squads"))

    def select(self, flt: ChartFilter) -> list[tuple]:
        out = []
        for row in self.tasks:
            task_id, kind, departure = row[0], row[1], row[2]
            day = dt.date.fromisoformat(departure[:10]) if departure else None
            if flt.since is not None and (day is None or day < flt.since):
                continue
            if flt.until is not None and (day is None or day > flt.until):
                continue
            if flt.kinds and kind not in {k.value for k in flt.kinds}:
                continue
            if flt.squad_id is not None and flt.squad_id not in self.links.get(task_id, ()):
                continue
            out.append(row)
        return out


def _minutes(departure: str, received: str) -> int:
    a = dt.datetime.fromisoformat(departure)
    b = dt.datetime.fromisoformat(received)
    return round((a - b).total_seconds() / 60)


def _median(values):
    return float(statistics.median(values)) if values else None


def check_all(store: Store, rows: Rows, flt: ChartFilter) -> None:
    chosen = rows.select(flt)
    kinds = [k.value for k in KIND_ORDER if not flt.kinds or k in flt.kinds]
    charts = store.charts

    # months
    monthly = charts.monthly_by_kind(flt)
    expected = Counter((r[2][:7], r[1]) for r in chosen if r[2])
    got = Counter({(m, k): v[i] for k, v in monthly.counts.items() for i, m in enumerate(monthly.months) if v[i]})
    assert got == expected
    assert set(monthly.counts) == set(kinds)
    assert monthly.undated == (0 if flt.has_period else sum(1 for r in chosen if not r[2]))
    assert sorted(monthly.rows()) == sorted((int(m[:4]), int(m[5:7]), k, n) for (m, k), n in expected.items())
    if monthly.months:  # every month of the range, in order, none missing
        assert monthly.months == C.months_between(monthly.months[0], monthly.months[-1])

    # response times
    response = charts.response_minutes(flt)
    timed_calls = [r for r in chosen if r[7] is not None and r[2] and len(r[2]) > 10]
    assert response.measured == len(timed_calls)
    assert response.no_call == sum(1 for r in chosen if r[7] is None)
    assert response.unmeasured == sum(1 for r in chosen if r[7] is not None) - len(timed_calls)
    minutes = [_minutes(r[2], rows.calls[r[7]]) for r in timed_calls]
    assert response.overall.count == len(minutes)
    assert response.overall.median == _median(minutes)
    expected_hist = [0] * C.RESPONSE_BINS
    for m in minutes:
        expected_hist[min(C.RESPONSE_BINS - 1, max(0, m // C.RESPONSE_BIN_MINUTES))] += 1
    assert response.overall.histogram == expected_hist
    for group in response.by_kind:
        values = [_minutes(r[2], rows.calls[r[7]]) for r in timed_calls if r[1] == group.key]
        assert group.count == len(values) and group.median == _median(values)
    assert {g.key for g in response.by_kind} == {r[1] for r in timed_calls}
    per_squad = defaultdict(list)
    for r in timed_calls:
        for s in rows.links.get(r[0], ()):
            per_squad[s].append(_minutes(r[2], rows.calls[r[7]]))
    assert {int(g.key): (g.count, g.median, g.label) for g in response.by_squad} == {
        s: (len(v), _median(v), rows.squad_names[s]) for s, v in per_squad.items()}

    # hour and weekday
    heat = charts.hour_weekday(flt)
    cells = Counter()
    for r in chosen:
        if r[2] and len(r[2]) > 10:
            moment = dt.datetime.fromisoformat(r[2])
            cells[(moment.weekday(), moment.hour)] += 1
    assert {(d, h): heat.counts[d][h] for d in range(7) for h in range(24) if heat.counts[d][h]} == dict(cells)
    assert heat.date_only == sum(1 for r in chosen if r[2] and len(r[2]) == 10)
    assert heat.undated == (0 if flt.has_period else sum(1 for r in chosen if not r[2]))

    # squads' load
    load = defaultdict(lambda: [0, 0, 0, 0])
    for r in chosen:
        for s in rows.links.get(r[0], ()):
            entry = load[s]
            entry[0] += 1
            entry[1] += r[3] or 0
            entry[2] += r[4] or 0
            entry[3] += r[3] is None
    got_load = {x.squad_id: [x.tasks, x.people, x.vehicle_trips, x.no_headcount] for x in charts.squad_load(flt)}
    assert got_load == dict(load)
    assert [x.name for x in charts.squad_load(flt)] == [rows.squad_names[x.squad_id] for x in charts.squad_load(flt)]

    # per task by kind
    per_kind = {p.kind: p for p in charts.per_task_by_kind(flt)}
    assert list(per_kind) == kinds
    for kind in kinds:
        of_kind = [r for r in chosen if r[1] == kind]
        heads = [r[3] for r in of_kind if r[3] is not None]
        trips = [r[4] for r in of_kind if r[4] is not None]
        p = per_kind[kind]
        assert p.tasks == len(of_kind)
        assert p.people_median == _median(heads) and p.trips_median == _median(trips)
        assert p.people_mean == (pytest.approx(statistics.mean(heads)) if heads else None)
        assert p.trips_mean == (pytest.approx(statistics.mean(trips)) if trips else None)
        assert p.people_distribution == dict(sorted(Counter(heads).items()))
        assert p.no_headcount == len(of_kind) - len(heads) and p.no_vehicles == len(of_kind) - len(trips)

    # missing-person searches
    outcomes = charts.search_outcomes(flt)
    searches = Counter(r[6] for r in chosen if r[1] == U.value)
    assert {k: v for k, v in outcomes.counts if v} == dict(searches)
    assert [k for k, _ in outcomes.counts[:len(RESULTS)]] == RESULTS and outcomes.counts[-1][0] is None
    assert outcomes.total == sum(searches.values())

    # key figures
    figures = charts.key_figures(flt)
    assert figures.tasks == len(chosen)
    assert figures.people == sum(r[3] or 0 for r in chosen)
    assert figures.vehicle_trips == sum(r[4] or 0 for r in chosen)
    assert figures.people_helped == sum(r[5] or 0 for r in chosen)
    assert figures.no_headcount == sum(1 for r in chosen if r[3] is None)
    for kind in kinds:
        of_kind = [r for r in chosen if r[1] == kind]
        f = figures.by_kind[kind]
        assert (f.tasks, f.people, f.vehicle_trips, f.people_helped) == (
            len(of_kind), sum(r[3] or 0 for r in of_kind), sum(r[4] or 0 for r in of_kind),
            sum(r[5] or 0 for r in of_kind))
    assert charts.count(flt) == len(chosen)


# --- the demo database --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file):
    store = Store.open(copy_of(demo_file, tmp_path_factory.mktemp("charts")))
    yield store, Rows(store)
    store.close()


def _busiest_squad(rows: Rows) -> int:
    return Counter(s for links in rows.links.values() for s in links).most_common(1)[0][0]


DEMO_FILTERS = {
    "all": lambda rows: ChartFilter(),
    "year 2022": lambda rows: ChartFilter(since=dt.date(2022, 1, 1), until=dt.date(2022, 12, 31)),
    "custom days": lambda rows: ChartFilter(since=dt.date(2021, 3, 15), until=dt.date(2021, 8, 20)),
    "since only": lambda rows: ChartFilter(since=dt.date(2022, 11, 3)),
    "until only": lambda rows: ChartFilter(until=dt.date(2020, 2, 29)),
    "one kind": lambda rows: ChartFilter(kinds=(TaskKind.WATER,)),
    "two kinds": lambda rows: ChartFilter(kinds=(TaskKind.URBAN, TaskKind.MOUNTAIN)),
    "all six kinds": lambda rows: ChartFilter(kinds=tuple(KIND_ORDER)),
    "squad": lambda rows: ChartFilter(squad_id=_busiest_squad(rows)),
    "year, kind and squad": lambda rows: ChartFilter(since=dt.date(2022, 1, 1), until=dt.date(2022, 12, 31),
                                                     kinds=(TaskKind.URBAN,), squad_id=_busiest_squad(rows)),
    "response period": lambda rows: ChartFilter(since=dt.date(2022, 9, 1), until=dt.date(2023, 2, 28)),
    "empty range": lambda rows: ChartFilter(since=dt.date(1999, 1, 1), until=dt.date(1999, 12, 31)),
    "kinds without searches": lambda rows: ChartFilter(kinds=(TaskKind.TRAINING,)),
}


@pytest.mark.parametrize("name", list(DEMO_FILTERS))
def test_demo_figures_match_independent_counts(demo, name):
    store, rows = demo
    check_all(store, rows, DEMO_FILTERS[name](rows))


def test_demo_makes_every_chart_meaningful(demo):
    store, rows = demo
    charts = store.charts
    assert charts.response_minutes(ChartFilter()).measured == 200  # the latest rescues have calls
    assert charts.hour_weekday(ChartFilter()).date_only > 0
    outcomes = charts.search_outcomes(ChartFilter())
    assert sum(1 for r, n in outcomes.counts if r is not None and n) >= 3
    assert len(charts.squad_load(ChartFilter())) >= 15
    span = charts.data_range()
    assert span == (dt.date(2020, 1, 1), dt.date(2023, 2, 28)) or span[0].year == 2020


def test_years_side_by_side(demo):
    store, rows = demo
    flt = ChartFilter(kinds=(TaskKind.WATER, TaskKind.URBAN))
    both = store.charts.years_side_by_side(flt, [2021, 2022])
    for year, counts in both.items():
        assert counts.months == [f"{year}-{m:02d}" for m in range(1, 13)]
        expected = Counter((int(r[2][5:7]), r[1]) for r in rows.select(
            ChartFilter(since=dt.date(year, 1, 1), until=dt.date(year, 12, 31), kinds=flt.kinds)))
        assert {(i + 1, k): v[i] for k, v in counts.counts.items() for i in range(12) if v[i]} == dict(expected)


def test_empty_range_has_nothing(demo):
    store, _ = demo
    flt = ChartFilter(since=dt.date(1999, 1, 1), until=dt.date(1999, 12, 31))
    assert store.charts.monthly_by_kind(flt).total == 0
    assert store.charts.hour_weekday(flt).timed == 0
    assert store.charts.squad_load(flt) == []
    assert store.charts.response_minutes(flt).measured == 0
    assert store.charts.response_minutes(flt).overall.median is None
    assert store.charts.search_outcomes(flt).total == 0
    assert store.charts.key_figures(flt).tasks == 0
    assert all(p.tasks == 0 and p.people_median is None for p in store.charts.per_task_by_kind(flt))


# --- a small made-up database with the awkward cases ---------------------------------------------------

def _task(kind, departure, year=None, headcount=5, vehicles=2, squads="甘井子分队", result=None, helped=None,
          call_id=None) -> Task:
    return Task(kind=kind, summary="测试", departure=departure,
                year=year or int((departure or "2022")[:4]), headcount=headcount, vehicles=vehicles,
                squads=squads, status=TaskStatus.ARCHIVED, origin=Origin.DEMO, result=result, people_helped=helped,
                call_id=call_id)


@pytest.fixture
def awkward(store):
    conn = store.database.conn
    with store.transaction():
        call_ids = []
        for received in ("2022-03-01 19:40", "2022-03-02 07:00", "2022-05-05 23:50", "2022-06-01 10:00",
                         "2022-06-02 10:00"):
            call_ids.append(conn.execute("INSERT INTO calls (received_at, status) VALUES (?, 'dispatched')",
                                         (received,)).lastrowid)
        store.tasks.insert_many([
            _task(U, "2022-03-01 20:05", result="找到平安", helped=1, call_id=call_ids[0]),  # 25 min
            _task(U, "2022-03-02 08:30", squads="甘井子分队、水上救援分队", result="未找到", call_id=call_ids[1]),  # 90
            _task(W, "2022-05-06 00:20", squads="水上救援分队", result="救起", helped=2, call_id=call_ids[2]),  # 30, next day
            _task(W, "2022-06-01", squads="水上救援分队", call_id=call_ids[3]),  # a call, but only a date
            _task(M, "2022-06-02 09:55", squads="山地救援分队", call_id=call_ids[4]),  # departed before the call: -5
            _task(U, "2022-07-10 03:00", headcount=None, vehicles=None, result=None),  # no result, counts unknown
            _task(U, "2022-07-11", result="自行回家"),  # a result not in the list
            _task(U, None, year=2022, headcount=9, vehicles=3),  # departure unreadable
            _task(T, "2021-12-31 23:59", headcount=40, vehicles=0, squads=""),  # no squad
            _task(E, "2023-01-01 00:05", headcount=12, vehicles=1, squads="机动分队"),
        ])
    store.tasks.index_pending()
    return store


AWKWARD_FILTERS = [
    ChartFilter(),
    ChartFilter(since=dt.date(2022, 1, 1), until=dt.date(2022, 12, 31)),
    ChartFilter(since=dt.date(2022, 3, 2), until=dt.date(2022, 6, 1)),
    ChartFilter(kinds=(TaskKind.URBAN,)),
    ChartFilter(kinds=(TaskKind.WATER, TaskKind.MOUNTAIN)),
    ChartFilter(since=dt.date(2030, 1, 1)),
]


@pytest.mark.parametrize("index", range(len(AWKWARD_FILTERS)))
def test_awkward_figures_match_independent_counts(awkward, index):
    check_all(awkward, Rows(awkward), AWKWARD_FILTERS[index])


def test_awkward_by_squad(awkward):
    rows = Rows(awkward)
    for squad_id in rows.squad_names:
        check_all(awkward, rows, ChartFilter(squad_id=squad_id))


def test_awkward_known_values(awkward):
    charts = awkward.charts
    response = charts.response_minutes(ChartFilter())
    assert sorted(response.overall.distribution.items()) == [(-5, 1), (25, 1), (30, 1), (90, 1)]
    assert response.measured == 4 and response.unmeasured == 1 and response.no_call == 5
    assert response.overall.median == 27.5
    assert response.overall.histogram[0] == 1 and response.overall.histogram[9] == 1
    heat = charts.hour_weekday(ChartFilter())
    assert heat.counts[1][20] == 1  # 2022-03-01 was a Tuesday, 20:05
    assert heat.counts[4][23] == 1  # 2021-12-31, a Friday, 23:59
    assert heat.date_only == 2 and heat.undated == 1
    monthly = charts.monthly_by_kind(ChartFilter())
    assert monthly.months[0] == "2021-12" and monthly.months[-1] == "2023-01" and len(monthly.months) == 14
    assert monthly.undated == 1
    outcomes = charts.search_outcomes(ChartFilter()).as_dict()
    assert outcomes["找到平安"] == 1 and outcomes["未找到"] == 1 and outcomes["自行回家"] == 1 and outcomes[None] == 2
    squads = {x.name: x for x in charts.squad_load(ChartFilter())}
    assert squads["水上救援分队"].tasks == 3 and squads["甘井子分队"].tasks == 5
    assert squads["甘井子分队"].no_headcount == 1 and squads["甘井子分队"].people == 24
    assert "培训" not in "".join(squads)  # the task without a squad is in no squad's load
    figures = charts.key_figures(ChartFilter())
    assert figures.tasks == 10 and figures.people_helped == 3


def test_empty_database(store):
    charts = store.charts
    assert charts.data_range() is None
    assert charts.monthly_by_kind(ChartFilter()).months == []
    assert charts.hour_weekday(ChartFilter()).timed == 0
    assert charts.key_figures(ChartFilter()).tasks == 0
    assert charts.squads() == []


# --- the pure helpers ------------------------------------------------------------------------------

def test_median_and_histogram_helpers():
    assert C.median({}) is None
    assert C.median({5: 1}) == 5
    assert C.median({1: 1, 3: 1}) == 2
    assert C.median({1: 2, 10: 1}) == 1
    assert C.median_of([4, 1, 3, 2]) == 2.5
    assert C.mean({2: 1, 4: 3}) == 3.5
    assert C.histogram({-3: 1, 0: 2, 9: 1, 10: 1, 500: 4}, width=10, bins=3) == [4, 1, 4]
    assert C.months_between("2022-11", "2023-02") == ["2022-11", "2022-12", "2023-01", "2023-02"]
    assert C.stack([[1, 2], [3, 4], [5, 6]]) == [[0, 0], [1, 2], [4, 6]]
    assert ChartFilter(kinds=(TaskKind.UPKEEP, TaskKind.WATER)).kind_values() == ["water", "upkeep"]
