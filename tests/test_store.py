"""The store on a real SQLite file: schema, migrations, backups, search, and what survives a crash."""
from __future__ import annotations

import sqlite3

import pytest

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.records import Origin, Task, TaskBatch, TaskStatus
from wz_desktop.store import summaries
from wz_desktop.store import DatabaseDamaged, DatabaseTooNew, Store, TaskFilter
from wz_desktop.store.schema import LATEST_VERSION


def make_task(summary: str, departure: str, kind=TaskKind.URBAN, **extra) -> Task:
    return Task(kind=kind, summary=summary, departure=departure, year=int(departure[:4]),
                status=TaskStatus.ARCHIVED, origin=Origin.APP, **extra)


def add(store, *tasks):
    with store.transaction():
        ids = store.tasks.insert_many(list(tasks))
        store.tasks.index_pending()
    return ids


def test_new_database_is_at_latest_version_with_wal_and_foreign_keys(db_path):
    with Store.open(db_path) as store:
        conn = store.database.conn
        assert store.database.version == LATEST_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError):
            with store.transaction():
                conn.execute("INSERT INTO task_flags (task_id, field, code) VALUES (999, 'x', 'y')")


def test_migrating_an_old_database_takes_a_copy_first(db_path):
    # a database of an older schema version: the same file with user_version lowered and a table
    with Store.open(db_path) as store:
        add(store, make_task("老人走失", "2021-03-05 19:30"))
        store.database.conn.execute(f"PRAGMA user_version = {LATEST_VERSION - 1}")
        store.database.conn.execute("DROP TABLE IF EXISTS settings")
    from wz_desktop.store import schema

    # pretend the last migration is new: it (re)creates settings only
    original = list(schema.MIGRATIONS)
    schema.MIGRATIONS[:] = [(v, s) for v, s in original if v < LATEST_VERSION] + [
        (LATEST_VERSION, "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);")]
    try:
        with Store.open(db_path) as store:
            assert store.database.version == LATEST_VERSION
            backup = store.database.migration_backup
            assert backup is not None and backup.exists()
            copy = sqlite3.connect(backup)
            assert copy.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION - 1
            assert copy.execute("SELECT summary FROM tasks").fetchall() == [("老人走失",)]
    finally:
        schema.MIGRATIONS[:] = original


def test_a_failed_migration_leaves_the_database_as_it_was(db_path):
    with Store.open(db_path) as store:
        add(store, make_task("老人走失", "2021-03-05 19:30"))
    from wz_desktop.store import schema
    from wz_desktop.store.errors import StoreError

    original = list(schema.MIGRATIONS)
    schema.MIGRATIONS[:] = original + [(LATEST_VERSION + 1, "CREATE TABLE extra (x); INSERT INTO nowhere VALUES (1);")]
    schema_latest = schema.LATEST_VERSION
    try:
        import wz_desktop.store.db as dbmod

        dbmod.LATEST_VERSION = LATEST_VERSION + 1
        dbmod.MIGRATIONS = schema.MIGRATIONS
        with pytest.raises(StoreError, match="未改动"):
            Store.open(db_path)
    finally:
        schema.MIGRATIONS[:] = original
        dbmod.LATEST_VERSION = schema_latest
        dbmod.MIGRATIONS = schema.MIGRATIONS
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM tasks").fetchone()[0] == 1


def test_a_database_from_a_newer_version_is_refused_in_words(db_path):
    with Store.open(db_path) as store:
        store.database.conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    with pytest.raises(DatabaseTooNew, match="更新版本"):
        Store.open(db_path)


def test_a_file_that_is_not_a_database_is_refused_in_words(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseDamaged, match="损坏"):
        Store.open(bad)


def test_search_finds_chinese_words_long_and_short(store):
    add(store, make_task("金州区78岁老人走失，家属求助", "2021-03-05 19:30", squads="金州分队"),
        make_task("星海湾有人落水", "2021-07-01 14:00", kind=TaskKind.WATER, remarks="人员已救起"),
        make_task("大黑山驴友被困", "2022-05-01 09:00", kind=TaskKind.MOUNTAIN, event_no="WZ2022-0153"))
    assert store.tasks.count(TaskFilter(text="老人走失")) == 1  # trigram (4 characters)
    assert store.tasks.count(TaskFilter(text="落水")) == 1  # two characters: LIKE
    assert store.tasks.count(TaskFilter(text="救")) == 1  # one character: 救起 in the remarks
    assert store.tasks.count(TaskFilter(text="0153")) == 1  # event number
    assert store.tasks.count(TaskFilter(text="金州 老人")) == 1  # every word must match
    assert store.tasks.count(TaskFilter(text="100%")) == 0  # LIKE wildcards are searched for literally
    assert store.tasks.count(TaskFilter(year=2021)) == 2
    assert store.tasks.count(TaskFilter(year=2021, kind=TaskKind.WATER)) == 1


def test_search_finds_tasks_the_index_has_not_taken_in_yet(store):
    with store.transaction():
        store.tasks.insert_many([make_task("开发区走失学生搜寻", "2021-03-05 19:30")])
    assert store.tasks.pending_index() == 1
    assert store.tasks.count(TaskFilter(text="走失学生")) == 1
    store.tasks.index_pending()
    assert store.tasks.pending_index() == 0
    assert store.tasks.count(TaskFilter(text="走失学生")) == 1


def test_edits_keep_the_search_index_right(store):
    (task_id,) = add(store, make_task("开发区走失学生搜寻", "2021-03-05 19:30"))
    with store.transaction():
        store.database.execute("UPDATE tasks SET summary = '老虎滩落水救援' WHERE id = ?", (task_id,))
    assert store.tasks.count(TaskFilter(text="走失学生")) == 0
    assert store.tasks.count(TaskFilter(text="老虎滩")) == 1
    with store.transaction():
        store.database.execute("DELETE FROM tasks WHERE id = ?", (task_id,))
    assert store.tasks.count(TaskFilter(text="老虎滩")) == 0
    assert store.database.conn.execute("INSERT INTO tasks_fts(tasks_fts) VALUES ('integrity-check')")


def test_a_search_counts_what_its_pages_list(store):
    """Words alone are counted by the search index itself; the count must equal the rows listed."""
    summaries = ["星海湾有人落水", "老人走失", "落水儿童救起", "水库落水", "大黑山驴友被困", "落 水"]
    add(store, *[make_task(text, f"2021-03-{day + 1:02d} 19:30") for day, text in enumerate(summaries * 3)])
    for words in ("落水", "落水 星海", "水", "走失", "被困 落水", "摩托艇"):
        flt = TaskFilter(text=words)
        listed = store.tasks.page(flt, 0, 1000)
        assert store.tasks.count(flt) == len(listed), words
        # spaces in the text do not part a word ('落 水' is found by 落水)
        expected = sum(all(w in text.replace(" ", "") for w in words.split()) for text in summaries * 3)
        assert len(listed) == expected, words


def test_opening_the_store_finishes_an_interrupted_index(db_path):
    with Store.open(db_path) as store:
        with store.transaction():
            store.tasks.insert_many([make_task("长海县渔船失联", "2021-03-05 19:30", squads="水上救援分队、旅顺分队")])
        # the process stops here, before index_pending
    with Store.open(db_path) as store:
        assert store.tasks.pending_index() == 0
        assert store.tasks.count(TaskFilter(text="渔船失联")) == 1
        names = [r[0] for r in store.database.conn.execute(
            "SELECT s.name FROM task_squads ts JOIN squads s ON s.id = ts.squad_id ORDER BY s.name")]
        assert names == sorted(["水上救援分队", "旅顺分队"])


def test_pages_come_in_departure_order_both_ways(store):
    add(store, *[make_task(f"任务{i:03d}", f"2021-01-{1 + i % 28:02d} {i % 24:02d}:00") for i in range(250)])
    first = store.tasks.page(TaskFilter(), 0, 200, descending=True)
    second = store.tasks.page(TaskFilter(), 200, 200, descending=True)
    assert len(first) == 200 and len(second) == 50
    departures = [row[4] for row in first + second]
    assert departures == sorted(departures, reverse=True)
    ascending = [row[4] for row in store.tasks.page(TaskFilter(), 0, 300, descending=False)]
    assert ascending == sorted(departures)


def test_a_large_batch_keeps_every_index(store):
    batch = TaskBatch()
    n = 6000  # above the bulk-load size: indexes are set aside and rebuilt
    batch.extend({
        "kind": [TaskKind.EPIDEMIC] * n, "event_no": [f"WZ2022-{i:05d}" for i in range(n)],
        "summary": ["核酸检测点秩序维护"] * n, "departure": [f"2022-03-{1 + i % 28:02d} 08:00" for i in range(n)],
        "departure_raw": [None] * n, "year": [2022] * n, "headcount": [10] * n, "headcount_raw": [None] * n,
        "vehicles": [0] * n, "vehicles_raw": [None] * n, "squads": ["甘井子分队"] * n, "squads_raw": [None] * n,
        "remarks": [""] * n, "remarks_raw": [None] * n, "needs_review": [False] * n, "import_key": [None] * n,
        "import_sheet": [None] * n, "import_row": list(range(2, n + 2)),
    })
    conn = store.database.conn
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
    before = set(conn.execute(schema))
    with store.transaction():
        store.tasks.insert_batch(batch)
    store.tasks.index_pending()  # 6,000 links: their indexes and insert triggers are set aside too
    assert set(conn.execute(schema)) == before
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert summaries.check(conn) == []
    assert store.tasks.count(TaskFilter(text="甘井子")) == n
    # the triggers put back do their work: a link added as the dispatch form adds it (no figures)
    # gets its task's figures and is summed
    with store.transaction():
        conn.execute("INSERT INTO squads (name) VALUES ('旅顺分队')")
        conn.execute("INSERT INTO task_squads (task_id, squad_id) SELECT min(t.id), s.id FROM tasks t, squads s"
                     " WHERE s.name = '旅顺分队'")
    assert conn.execute("SELECT count(*) FROM task_squads WHERE kind = 'epidemic' AND headcount = 10").fetchone()[0] \
        == n + 1
    assert summaries.check(conn) == []
    assert store.tasks.count(TaskFilter(year=2022, kind=TaskKind.EPIDEMIC)) == n
    plan = " ".join(str(r) for r in store.database.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM tasks WHERE year = 2022 ORDER BY departure DESC LIMIT 200"))
    assert "tasks_year" in plan


def test_migrations_are_numbered_one_after_another():
    """A database only runs the migrations above its version: a number out of order would be skipped."""
    from wz_desktop.store.schema import LATEST_VERSION, MIGRATIONS

    assert [v for v, _ in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert LATEST_VERSION == len(MIGRATIONS)


def _bulk_batch(n: int, odd: str = "") -> TaskBatch:
    batch = TaskBatch()
    summaries_ = ["核酸检测点秩序维护", "星海湾落水人员搜救 (夜间)", "Lost hiker 走失", odd, "疫情防控·小区封控"]
    batch.extend({
        "kind": [TaskKind.EPIDEMIC] * n, "event_no": [f"WZ2022-{i:05d}" if i % 7 else "" for i in range(n)],
        "summary": [summaries_[i % 5] for i in range(n)],
        "departure": [f"2022-03-{1 + i % 28:02d} 08:00" for i in range(n)],
        "departure_raw": [None] * n, "year": [2022] * n, "headcount": [10] * n, "headcount_raw": [None] * n,
        "vehicles": [0] * n, "vehicles_raw": [None] * n,
        "squads": ["甘井子分队" if i % 3 else "中山分队、西岗分队" for i in range(n)], "squads_raw": [None] * n,
        "remarks": ["" if i % 4 else f"备注{i}号 ＡＢ" for i in range(n)], "remarks_raw": [None] * n,
        "needs_review": [False] * n, "import_key": [None] * n, "import_sheet": [None] * n,
        "import_row": list(range(2, n + 2)),
    })
    return batch


def _index_entries(conn) -> list[tuple]:
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms USING fts5vocab(main, tasks_fts, instance)")
    return conn.execute("SELECT term, doc, col, offset FROM temp.fts_terms ORDER BY doc, offset").fetchall()


@pytest.mark.parametrize("reader", ["ahead", "separator in a text", "separator in one text", "fails"])
def test_a_bulk_search_index_read_ahead_is_the_one_sqlite_builds(store, tmp_path, fresh_database, monkeypatch,
                                                                 reader):
    """A bulk load's search texts are read and spaced by a thread of their own (tasks._SearchTexts)
    while the links are written: the index holds exactly what SQLite's own search_text gives, term
    by term and position by position — also where a text holds the separator the reader joins the
    texts with (then read task by task); a reader that fails leaves the index to SQLite."""
    import shutil

    from wz_desktop.store import tasks as tasks_module

    n = 6000
    odd = "控制符\x1f之后" if reader == "separator in a text" else ""

    def batch():  # one text of the middle stretch of ids (tasks._TEXTS_STRETCH) holds the separator
        made = _bulk_batch(n, odd)
        if reader == "separator in one text":
            made.summary[3000] = "控制符\x1f之后"
        return made
    with store.transaction():
        store.tasks.insert_batch(batch())
    started = []
    original = tasks_module._SearchTexts.start

    def start(uri, span):
        started.append(span)
        reader = original(uri, span)
        if reader == "fails":
            reader._thread.join()
            reader._texts = None
        return reader
    monkeypatch.setattr(tasks_module._SearchTexts, "start", staticmethod(start))
    assert store.tasks.index_pending() == n
    assert started  # the bulk path was taken

    # the same tasks indexed by SQLite alone (the reader never started: inside a transaction)
    other_path = tmp_path / "other.db"
    shutil.copyfile(fresh_database, other_path)
    other = Store.open(other_path)
    try:
        with other.transaction():
            other.tasks.insert_batch(batch())
            other.tasks.index_pending()
        assert len(started) == 1
        assert _index_entries(store.database.conn) == _index_entries(other.database.conn)
        for word in ("落水", "走失", "甘井子", "西岗", "00153", "ＡＢ", "夜间", "hiker"):
            assert store.tasks.count(TaskFilter(text=word)) == other.tasks.count(TaskFilter(text=word)) > 0, word
        assert summaries.check(store.database.conn) == []
        assert store.database.conn.execute("SELECT indexed_upto FROM derived_state").fetchone()[0] == n
    finally:
        other.close()


@pytest.mark.parametrize("n", [40, 6000])  # one by one, and a bulk load (links' indexes set aside)
def test_squad_sums_of_tasks_of_several_squads_are_those_of_every_pair(store, n):
    """The sums a squad's load and its work with other squads are read from (squad_pairs) equal a
    count of the links pair by pair, for tasks of one, two and three squads, a squad named twice,
    unknown headcounts, months and kinds apart; a squad's tasks are found through its index."""
    texts = ["甘井子分队", "中山分队、西岗分队", "甘井子分队、中山分队、旅顺分队", "西岗分队、西岗分队", ""]
    batch = _bulk_batch(n)
    batch.squads[:] = [texts[i % 5] for i in range(n)]
    batch.headcount[:] = [None if i % 6 == 0 else i % 9 for i in range(n)]
    batch.departure[:] = [f"2022-{1 + i % 12:02d}-03 08:00" if i % 11 else None for i in range(n)]
    batch.kind[:] = [(TaskKind.EPIDEMIC, TaskKind.WATER, TaskKind.URBAN)[i % 3] for i in range(n)]
    conn = store.database.conn
    with store.transaction():
        store.tasks.insert_batch(batch)
    store.tasks.index_pending()
    assert summaries.check(conn) == []
    pairs = dict(((a, b), t) for a, b, t in conn.execute(
        "SELECT s.name, w.name, sum(p.tasks) FROM squad_pairs p JOIN squads s ON s.id = p.squad_id"
        " JOIN squads w ON w.id = p.with_id GROUP BY 1, 2"))
    per_text = [sum(1 for i in range(n) if i % 5 == k) for k in range(5)]
    assert pairs[("西岗分队", "西岗分队")] == per_text[1] + per_text[3]
    assert pairs[("甘井子分队", "旅顺分队")] == pairs[("旅顺分队", "甘井子分队")] == per_text[2]
    assert pairs[("中山分队", "西岗分队")] == per_text[1]
    assert ("旅顺分队", "西岗分队") not in pairs
    squad = conn.execute("SELECT id FROM squads WHERE name = '旅顺分队'").fetchone()[0]
    for sql in ("SELECT task_id FROM task_squads WHERE squad_id = ?", "DELETE FROM task_squads WHERE squad_id = ?"):
        plan = " ".join(str(r) for r in conn.execute("EXPLAIN QUERY PLAN " + sql, (squad,)))
        assert "task_squads_load (squad_id=?)" in plan, plan
