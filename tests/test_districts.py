"""Each task's district kept in tasks.district (schema V9, store/districts.py): worked out whenever a
task is written, its summary or call changes, after a bulk import and after the migration; the
map's counts read from it equal the rule applied task by task (``by_district_classified``)."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from helpers.databases import copy_of
from wz_desktop.domain.charts import ChartFilter
from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.places import district_of_task
from wz_desktop.domain.records import Origin, Task, TaskStatus
from wz_desktop.store import Store
from wz_desktop.store.schema import MIGRATIONS
from wz_desktop.services.session import SYSTEM_SESSION


def _districts(store: Store) -> dict[int, str | None]:
    return dict(store.database.conn.execute("SELECT id, district FROM tasks"))


def _expected(store: Store) -> dict[int, str]:
    """Each task's district by the rule, from its call and summary (independent of the column)."""
    return {i: district_of_task(c, s) or "" for i, c, s in store.database.conn.execute(
        "SELECT t.id, c.district, t.summary FROM tasks t LEFT JOIN calls c ON c.id = t.call_id")}


def _task(summary: str, call_id: int | None = None, departure: str = "2022-03-01 10:00") -> Task:
    return Task(kind=TaskKind.URBAN, summary=summary, departure=departure, year=2022, headcount=3, vehicles=1,
                squads="甘井子分队", status=TaskStatus.ARCHIVED, origin=Origin.DEMO, call_id=call_id)


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file):
    store = Store.open(copy_of(demo_file, tmp_path_factory.mktemp("districts")))
    yield store
    store.close()


def test_demo_tasks_all_have_their_district(demo):
    assert _districts(demo) == _expected(demo)


def test_map_counts_equal_the_rule_applied_task_by_task(demo):
    squad = demo.database.conn.execute(
        "SELECT squad_id FROM task_squads GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    year = (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    for flt in (ChartFilter(), ChartFilter(since=year[0], until=year[1]), ChartFilter(kinds=(TaskKind.URBAN,)),
                ChartFilter(since=year[0], until=year[1], kinds=(TaskKind.URBAN, TaskKind.WATER)),
                ChartFilter(since=dt.date(2021, 3, 15)), ChartFilter(until=dt.date(2020, 2, 29)),
                ChartFilter(squad_id=squad), ChartFilter(since=year[0], until=year[1], kinds=(TaskKind.URBAN,),
                                                         squad_id=squad),
                ChartFilter(since=dt.date(1999, 1, 1), until=dt.date(1999, 12, 31))):
        got = demo.charts.by_district(flt)
        assert got == demo.charts.by_district_classified(flt), flt
        assert got.total == demo.charts.count(flt), flt
    assert demo.charts.by_district(ChartFilter()).located > 0


def test_map_counts_tasks_not_worked_out_yet_by_the_rule(demo_file, tmp_path):
    """Tasks whose district is still NULL (a call's district or a summary among them) are worked out
    by the map's query itself, for every filter, as the rule applied task by task counts them."""
    with Store.open(copy_of(demo_file, tmp_path)) as store:
        conn = store.database.conn
        squad = conn.execute("SELECT squad_id FROM task_squads GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        year = (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
        filters = (ChartFilter(), ChartFilter(since=year[0], until=year[1], kinds=(TaskKind.URBAN, TaskKind.WATER)),
                   ChartFilter(kinds=(TaskKind.URBAN,)), ChartFilter(squad_id=squad))
        before = store.charts.by_district(ChartFilter()).counts["长海县"]
        conn.execute("BEGIN")  # left NULL as a pending import leaves them (never committed: no commit fills them)
        assert conn.execute("UPDATE tasks SET district = NULL WHERE id % 2 = 0").rowcount > 0
        # their calls name a district their summaries don't: the call's district counts
        assert conn.execute("UPDATE calls SET district = '长海县' WHERE id IN"
                            " (SELECT call_id FROM tasks WHERE district IS NULL)").rowcount > 0
        for flt in filters:
            assert store.charts.by_district(flt) == store.charts.by_district_classified(flt), flt
        assert store.charts.by_district(ChartFilter()).counts["长海县"] > before
        conn.execute("ROLLBACK")


def test_written_tasks_get_their_district_and_follow_changes(store):
    conn = store.database.conn
    with store.transaction():
        call = conn.execute("INSERT INTO calls (received_at, status, district) VALUES"
                            " ('2022-03-01 09:50', 'dispatched', '西岗区')").lastrowid
    first = store.tasks.insert(_task("沙河口区老人走失", call_id=call))
    second = store.tasks.insert(_task("星海广场附近海域游客落水"))
    third = store.tasks.insert(_task("救援艇发动机保养"))
    assert _districts(store) == {first: "西岗区", second: "沙河口区", third: ""}
    with store.transaction():  # a summary changed
        conn.execute("UPDATE tasks SET summary = '旅顺一名男子登山迷路' WHERE id = ?", (third,))
    assert _districts(store)[third] == "旅顺口区"
    with store.transaction():  # the call's district changed, then left empty
        conn.execute("UPDATE calls SET district = '开发区' WHERE id = ?", (call,))
    assert _districts(store)[first] == "金州区"
    with store.transaction():
        conn.execute("UPDATE calls SET district = '' WHERE id = ?", (call,))
    assert _districts(store)[first] == "沙河口区"
    with store.transaction():  # linked to a call, then the call deleted (call_id set NULL)
        conn.execute("UPDATE calls SET district = '长海县' WHERE id = ?", (call,))
        conn.execute("UPDATE tasks SET call_id = ? WHERE id = ?", (call, second))
    assert _districts(store)[second] == "长海县"
    with store.transaction():
        conn.execute("DELETE FROM calls WHERE id = ?", (call,))
    assert _districts(store) == _expected(store) == {first: "沙河口区", second: "沙河口区", third: "旅顺口区"}


def test_a_bulk_import_is_worked_out_with_its_index_and_counted_before(store):
    summaries = ["沙河口区老人走失", "旅顺一名男子登山迷路", "救援艇发动机保养", "中山路附近老人走失"]
    with store.transaction():
        store.tasks.insert_many([_task(summaries[i % 4], departure=f"2022-0{1 + i % 9}-01") for i in range(200)])
        assert _districts(store) == _expected(store)  # worked out as they went in
        # as another writer would leave them: not yet indexed, so the commit leaves them NULL ...
        store.database.conn.execute("UPDATE tasks SET district = NULL")
    assert set(_districts(store).values()) == {None}
    # ... and the map counts them by the rule meanwhile
    assert store.charts.by_district(ChartFilter()) == store.charts.by_district_classified(ChartFilter())
    store.tasks.index_pending()
    assert _districts(store) == _expected(store)
    assert Counter(_districts(store).values()) == {"沙河口区": 50, "旅顺口区": 50, "": 100}
    flt = ChartFilter(since=dt.date(2022, 2, 1), until=dt.date(2022, 4, 30), kinds=(TaskKind.URBAN,))
    assert store.charts.by_district(flt) == store.charts.by_district_classified(flt)


def test_migration_to_v9_backs_up_and_works_out_every_task(tmp_path):
    import sqlite3

    from wz_desktop.store.db import Database
    from wz_desktop.store.search import search_text

    path = tmp_path / "v8.db"
    conn = sqlite3.connect(str(path))
    conn.isolation_level = None
    conn.create_function("search_text", -1, search_text, deterministic=True)
    for version, script in MIGRATIONS:
        if version <= 8:
            conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")
    conn.executescript("""BEGIN;
INSERT INTO calls (id, received_at, district) VALUES (1, '2022-03-01 09:50', '庄河市');
INSERT INTO tasks (id, kind, summary, departure, year, call_id) VALUES
    (1, 'water', '星海广场附近海域游客落水', '2022-03-01 10:00', 2022, 1),
    (2, 'urban', '金州区与普兰店区交界处山火', '2023-01-05', 2023, NULL),
    (3, 'urban', '旅顺一名男子登山迷路', NULL, 2023, NULL);
UPDATE derived_state SET indexed_upto = 3;
COMMIT;""")
    conn.close()
    with Store(Database(path, backup_dir=tmp_path / "backups")) as store:
        assert store.database.migrated_from == 8 and store.database.migration_backup.exists()
        assert store.database.district_backfill[0] == 3
        assert _districts(store) == {1: "庄河市", 2: "", 3: "旅顺口区"}
        assert not store.database.districts_pending()


def test_an_interrupted_backfill_goes_on_at_the_next_opening(tmp_path, fresh_database):
    import shutil

    path = tmp_path / "db.db"
    shutil.copyfile(fresh_database, path)
    with Store.open(path) as store:
        store.tasks.insert(_task("沙河口区老人走失"))
        store.database.conn.execute("UPDATE tasks SET district = NULL")  # as a migration left it, outside the store
        assert store.database.districts_pending()
    with Store.open(path) as store:
        assert _districts(store) == {1: "沙河口区"}


def test_an_imported_workbook_has_its_districts(store, tmp_path):
    """The import's path (TaskRepo.insert_batch: a column worked out per distinct summary)."""
    from pathlib import Path

    from wz_desktop.services.imports import import_workbook

    samples = sorted((Path(__file__).parent / "data" / "samples").glob("*.xlsx"))
    assert import_workbook(store, samples[0], backup=False, session=SYSTEM_SESSION).ok
    found = _districts(store)
    assert len(found) > 100 and found == _expected(store)
    assert None not in found.values() and len(set(found.values())) > 3


# sha256 of the rule's word lists (domain/places.py's names and landmarks, from domain/alert.py). The
# stored districts were worked out with these: a change here leaves them as they were. When the lists
# change, add a migration `UPDATE tasks SET district = NULL;` (the next opening works every task out
# again: ~6 s a million tasks) and put the new digest here.
RULE_DIGEST = "41875618afc7ccd091b9e9e79a646e2e834c444705863a48c295cf160e790cfc"


def _rule_digest() -> str:
    import hashlib
    import json

    from wz_desktop.domain import districts  # the words places.py's rule reads

    data = {"names": sorted(districts.NAMES.items(), key=lambda kv: kv[0]), "landmarks": sorted(districts.LANDMARKS.items()),
            "ten": list(districts.TEN_DISTRICTS)}
    return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode("utf-8")).hexdigest()


def test_the_rule_the_stored_districts_follow_is_unchanged():
    assert _rule_digest() == RULE_DIGEST, (
        "the place names or landmarks of domain/places.py changed: the districts stored in tasks.district "
        "(schema V9) were worked out with the old ones. Add a migration `UPDATE tasks SET district = NULL;` "
        f"(the next opening works them out again) and set RULE_DIGEST to {_rule_digest()!r}")
