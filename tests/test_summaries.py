"""The summary tables of schema V6 (member_year, squad_pairs): kept right by every kind of write,
and the figures read from them the same as the figures counted from the rows, for periods that
split into whole years or months and days at the ends."""
from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest

from wz_desktop.domain.charts import ChartFilter
from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.lifecycle import Dispatch, DispatchMember
from wz_desktop.domain.records import Member, Origin, Squad, Task
from wz_desktop.domain.roles import Actor
from wz_desktop.store import Store, summaries
from wz_desktop.store.attendance import AttendanceRepo
from wz_desktop.store.charts import ChartRepo
from wz_desktop.store.roster import TaskMember
from helpers.databases import copy_of

D = dt.date
KINDS = list(TaskKind)
SQUADS = ["甘井子分队", "水上救援分队", "金州分队", "旅顺分队"]


# --- splitting a period ----------------------------------------------------------------------------

@pytest.mark.parametrize("since, until, keys, days", [
    (D(2022, 7, 1), D(2022, 9, 30), ("2022-07", "2022-09"), []),
    (D(2022, 2, 1), D(2022, 2, 28), ("2022-02", "2022-02"), []),
    (D(2024, 2, 1), D(2024, 2, 28), None, [(D(2024, 2, 1), D(2024, 2, 28))]),  # a leap year: not all of February
    (D(2022, 7, 15), D(2022, 9, 10), ("2022-08", "2022-08"),
     [(D(2022, 7, 15), D(2022, 7, 31)), (D(2022, 9, 1), D(2022, 9, 10))]),
    (D(2022, 12, 31), D(2023, 1, 1), None, [(D(2022, 12, 31), D(2023, 1, 1))]),
    ("2022-12-01", "2022-12-31", ("2022-12", "2022-12"), []),
    (D(2022, 1, 1), D(2024, 12, 31), ("2022-01", "2024-12"), []),
    (D(2023, 3, 15), D(2025, 6, 30), ("2023-04", "2025-06"), [(D(2023, 3, 15), D(2023, 3, 31))]),
    (None, D(2022, 6, 15), (None, "2022-05"), [(D(2022, 6, 1), D(2022, 6, 15))]),
    (D(2022, 6, 2), None, ("2022-07", None), [(D(2022, 6, 2), D(2022, 6, 30))]),
    (D(2023, 2, 1), D(2023, 1, 31), None, [(D(2023, 2, 1), D(2023, 1, 31))]),  # empty: the rows say so
])
def test_split_months(since, until, keys, days):
    split = summaries.split_months(since, until)
    assert (split.keys, split.undated, split.days) == (keys, False, days)


def test_no_period_is_every_month_and_the_undated():
    split = summaries.split_months(None, None)
    assert (split.keys, split.undated, split.days) == ((None, None), True, [])


# --- a world to write to --------------------------------------------------------------------------

def _departure(rng: random.Random) -> str | None:
    if rng.random() < 0.04:
        return None
    day = D(2020, 1, 1) + dt.timedelta(days=rng.randrange(5 * 365))
    if rng.random() < 0.2:
        return day.isoformat()
    return f"{day} {rng.randrange(24):02d}:{rng.choice((0, 15, 30, 45)):02d}"


@pytest.fixture
def world(store):
    rng = random.Random(11)
    squad_ids = dict(zip(SQUADS, store.roster.add_squads([Squad(n) for n in SQUADS], actor=store.roster.audit.actor)))
    members = [Member(f"队员{i}", squad_ids[SQUADS[i % 4]] if i % 7 else None, f"WZ{i:04d}") for i in range(24)]
    store.roster.add_members(members, actor=store.roster.audit.actor)
    texts = ["甘井子分队", "水上救援分队", "甘井子分队、水上救援分队", "金州分队、旅顺分队、甘井子分队", ""]
    tasks = [Task(kind=rng.choice(KINDS), summary=f"任务{i}", departure=(d := _departure(rng)),
                  departure_raw="" if d else "某日", year=int(d[:4]) if d else 2021,
                  headcount=None if rng.random() < 0.15 else rng.randint(1, 30),
                  vehicles=None if rng.random() < 0.15 else rng.randint(0, 6), squads=rng.choice(texts),
                  origin=rng.choice((Origin.IMPORT, Origin.APP)))
             for i in range(400)]
    with store.transaction():
        store.tasks.insert_many(tasks)
    store.tasks.index_pending()
    entries = []
    for task in tasks:
        for member in rng.sample(members, rng.randint(0, 4)):
            attendance = rng.choice(("出勤", "出勤", "迟到", "早退", "缺勤", None))
            entries.append(TaskMember(task.id, member.id, attendance=attendance,
                                      hours=None if attendance is None else round(rng.uniform(0, 9) * 2) / 2))
    store.roster.add_task_members(entries)
    return {"rng": rng, "tasks": tasks, "members": members, "squad_ids": squad_ids}


PERIODS = [(None, None), (D(2022, 1, 1), D(2022, 12, 31)), (D(2021, 3, 15), D(2023, 6, 30)),
           (D(2022, 7, 1), D(2022, 9, 30)), (D(2022, 7, 15), D(2022, 9, 10)), (None, D(2022, 6, 30)),
           (D(2023, 2, 1), None), (D(2020, 1, 1), D(2024, 12, 31)), (D(2019, 1, 1), D(2019, 12, 31))]


def _same_figures(store: Store) -> None:
    """Every view read through the summaries equals the same view counted from the rows."""
    fast, rows = store.attendance, AttendanceRepo(store.database, summaries=False)
    fast_charts, row_charts = store.charts, ChartRepo(store.database, summaries=False)
    squads = list(store.roster.squads())
    for since, until in PERIODS:
        for kind in (None, TaskKind.WATER):
            assert fast.member_summary(since, until, kind=kind) == rows.member_summary(since, until, kind=kind)
            assert fast.squad_summary(since, until, kind=kind) == rows.squad_summary(since, until, kind=kind)
        squad = squads[0]
        assert (fast.member_summary(since, until, squad_id=squad.id)
                == rows.member_summary(since, until, squad_id=squad.id))
        for flt in (ChartFilter(since, until), ChartFilter(since, until, kinds=(TaskKind.URBAN, TaskKind.WATER)),
                    *(ChartFilter(since, until, squad_id=s.id) for s in squads)):
            assert fast_charts.squad_load(flt) == row_charts.squad_load(flt), flt
            assert fast_charts.monthly_by_kind(flt) == row_charts.monthly_by_kind(flt), flt
            assert fast_charts.key_figures(flt) == row_charts.key_figures(flt), flt


def _right(store: Store) -> None:
    assert summaries.check(store.database.conn) == []


def test_summaries_follow_every_write(store, world):
    """Attendance written, recorded, replaced; tasks moved to another year, month or kind, their
    counts changed; squads changed through the dispatch; tasks deleted; a bulk import: after each,
    the tables equal a fresh count, and the views read from them equal the views from the rows."""
    rng, tasks, members = world["rng"], world["tasks"], world["members"]
    conn = store.database.conn
    _right(store)
    _same_figures(store)

    # attendance recorded and corrected, one member at a time (the review)
    for task in rng.sample(tasks, 40):
        for entry in store.roster.task_members(task.id):
            store.roster.record_attendance(task.id, entry.member_id, rng.choice(("出勤", "迟到", "早退", "缺勤")),
                                           rng.choice((0.5, 2.0, 7.5)))
    _right(store)
    # a task's members replaced (the dispatch corrected)
    for task in rng.sample(tasks, 20):
        store.roster.set_task_members(task.id, [TaskMember(task.id, m.id, attendance="出勤", hours=1.5)
                                                for m in rng.sample(members, 3)])
    _right(store)
    # tasks moved: another year, month, kind; counts changed; a departure lost and found again
    with store.transaction():
        for task in rng.sample(tasks, 60):
            conn.execute("UPDATE tasks SET departure = ?, kind = ?, headcount = ?, vehicles = ? WHERE id = ?",
                         (_departure(rng), rng.choice(KINDS).value, rng.choice((None, 3, 12)),
                          rng.choice((None, 0, 2)), task.id))
    _right(store)
    _same_figures(store)
    # squads changed and members listed through the dispatch
    squad_ids = list(world["squad_ids"].values())
    direct = {TaskKind.TRAINING.value, TaskKind.EPIDEMIC.value, TaskKind.UPKEEP.value}  # no call needed
    movable = [i for i, in conn.execute("SELECT id FROM tasks WHERE length(departure) > 10 AND kind IN (?, ?, ?)",
                                        sorted(direct))]
    for task_id in rng.sample(movable, 10):
        task = store.tasks.get(task_id)
        dispatch = store.flow.dispatch_of(task.id)
        dispatch.squad_ids = rng.sample(squad_ids, rng.randint(1, 3))
        dispatch.members = [DispatchMember(m.id) for m in rng.sample(members, 2)]
        dispatch.headcount = max(dispatch.headcount or 0, 2) + rng.randint(0, 3)  # a count that changes too
        store.flow.update_dispatch(task.id, dispatch, actor=Actor("测试"))
    _right(store)
    # a new task dispatched with two squads
    store.flow.dispatch(Dispatch(kind=TaskKind.TRAINING, departure="2023-05-06 09:00", summary="新的培训",
                                 squad_ids=squad_ids[:2], members=[DispatchMember(members[1].id)]), actor=Actor("测试"))
    _right(store)
    # tasks deleted (their attendance and links go with them)
    with store.transaction():
        for task in rng.sample(tasks, 25):
            conn.execute("DELETE FROM tasks WHERE id = ?", (task.id,))
    _right(store)
    # a bulk import: links summed in one statement by index_pending
    more = [Task(kind=rng.choice(KINDS), summary=f"导入{i}", departure=_departure(rng), year=2022,
                 headcount=rng.choice((None, 5)), vehicles=rng.choice((None, 1)),
                 squads=rng.choice(["甘井子分队、水上救援分队", "新分队", ""]), origin=Origin.IMPORT) for i in range(300)]
    with store.transaction():
        store.tasks.insert_many(more)
        store.tasks.index_pending()
    _right(store)
    _same_figures(store)


def test_an_interrupted_write_leaves_the_summaries_as_they_were(store, world):
    conn = store.database.conn
    before = conn.execute("SELECT * FROM member_month ORDER BY 1, 2").fetchall()
    task = world["tasks"][5]
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction():
            conn.execute("UPDATE tasks SET departure = '2010-01-01' WHERE id = ?", (task.id,))
            conn.execute("INSERT INTO task_members (task_id, member_id) VALUES (?, ?)", (task.id, 999_999))
    assert conn.execute("SELECT * FROM member_month ORDER BY 1, 2").fetchall() == before
    _right(store)


def test_rebuild_mends_a_summary(store, world):
    conn = store.database.conn
    with store.transaction():
        conn.execute("UPDATE member_month SET hours = hours + 5 WHERE month = (SELECT min(month) FROM member_month)")
        conn.execute("DELETE FROM squad_pairs WHERE month = (SELECT max(month) FROM squad_pairs)")
    problems = summaries.check(conn)
    assert any(p.startswith("member_month") for p in problems) and any(p.startswith("squad_pairs") for p in problems)
    with store.transaction():
        summaries.rebuild(conn)
    _right(store)


def test_migration_fills_the_summaries_from_existing_rows(tmp_path):
    """A database of schema V5 with attendance and links: opened, its summaries equal a fresh count."""
    from wz_desktop.store.db import Database
    from wz_desktop.store.schema import LATEST_VERSION, MIGRATIONS

    path = tmp_path / "v5.db"
    conn = sqlite3.connect(path)
    conn.create_function("search_text", -1, lambda *a: " ".join(str(x) for x in a if x), deterministic=True)
    for version, script in MIGRATIONS:
        if version <= 5:
            conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")
    conn.executescript("""
        INSERT INTO squads (id, name) VALUES (1, '甲分队'), (2, '乙分队');
        INSERT INTO members (id, name, squad_id) VALUES (1, '甲', 1), (2, '乙', 2);
        INSERT INTO tasks (id, kind, summary, departure, year, headcount, vehicles, squads)
            VALUES (1, 'water', 'a', '2022-03-01 10:00', 2022, 5, 1, '甲分队、乙分队'),
                   (2, 'urban', 'b', '2023-01-05', 2023, NULL, 2, '乙分队');
        INSERT INTO task_squads (task_id, squad_id) VALUES (1, 1), (1, 2), (2, 2);
        INSERT INTO task_members (task_id, member_id, attendance, hours) VALUES (1, 1, '出勤', 3), (1, 2, NULL, NULL),
            (2, 2, '迟到', 1.5);
        UPDATE derived_state SET indexed_upto = 2;
    """)
    conn.close()
    database = Database(path, backup_dir=tmp_path / "backups")
    assert database.version == LATEST_VERSION and database.migrated_from == 5
    assert summaries.check(database.conn) == []
    assert database.conn.execute("SELECT tasks, people, trips, with_heads FROM squad_pairs"
                                 " WHERE squad_id = 1 AND with_id = 2").fetchone() == (1, 5, 1, 1)
    store = Store(database)
    got = {s.name: (s.turnouts, s.people, s.members_active, s.hours) for s in store.attendance.squad_summary(None, None)}
    assert got == {"乙分队": (2, 5, 1, 1.5), "甲分队": (1, 5, 1, 3.0)}
    store.close()


def test_demo_database_summaries_are_right(tmp_path, demo_file):
    store = Store.open(copy_of(demo_file, tmp_path))
    try:
        _right(store)
        _same_figures(store)
    finally:
        store.close()
