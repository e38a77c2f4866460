"""How low can a big import go on this machine? The floors under issue 10's item 6 (3x calamine).

    .venv/bin/python bench/floors.py WORKBOOK [ROUNDS]

Measured in one process, on the same workbook, warm (the first round is dropped):

1. python-calamine's read, split in two: parsing the sheets (``get_sheet_by_name``) and building
   Python values (``to_python``). A thread counting in a loop beside each part says how much of it
   Python's lock lets other Python code run (1.00: the part releases the lock; 0: it holds it).
2. The whole import as the window runs it (``services.imports.import_files``) into a fresh database:
   wall and CPU of the process. On two cores, the wall cannot be below CPU / 2 whatever overlaps.
3. SQLite's own work for what the import stores, with no Python in it: the same tasks copied by one
   ``INSERT … SELECT`` from the imported database into an empty one with the same schema, then each
   index built, the search index filled from texts already spaced, the squad links and their sums,
   the commit and the checkpoint. One connection writes a database file: these run one after the
   other whatever the reading does.

The figures say which floor the whole import stands on: calamine's read (1x) plus SQLite's serial
work, and the part of reading and interpretation that holds Python's lock.
"""
from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


SUMS = (
    "SELECT squad_id, squad_id, coalesce(substr(departure, 1, 7), ''), coalesce(kind, ''), count(*),"
    " total(headcount), total(vehicles), count(headcount) FROM main.task_squads WHERE task_id > 0 GROUP BY 1, 3, 4",
    "SELECT a.squad_id, b.squad_id, coalesce(substr(a.departure, 1, 7), ''), coalesce(a.kind, ''),"
    " count(*), total(a.headcount), total(a.vehicles), count(a.headcount)"
    " FROM main.task_squads a JOIN main.task_squads b ON b.task_id = a.task_id AND b.squad_id <> a.squad_id"
    " WHERE a.task_id IN (SELECT task_id FROM main.task_squads WHERE task_id > 0 GROUP BY task_id HAVING count(*) > 1)"
    " GROUP BY 1, 2, 3, 4",
)


class Spinner:
    """A Python thread counting as fast as it can: its rate beside a call says whether the call lets
    other Python code run (the call releases Python's lock) or not."""

    def __init__(self) -> None:
        self.count = 0
        self.stop = False
        self.thread = threading.Thread(target=self._spin, daemon=True)

    def _spin(self) -> None:
        while not self.stop:
            self.count += 1

    def __enter__(self) -> "Spinner":
        self.thread.start()
        time.sleep(0.2)
        before = self.count
        time.sleep(0.3)
        self.rate = (self.count - before) / 0.3  # alone: nothing else runs Python
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop = True
        self.thread.join()

    def share(self, call):  # the part of the call's wall time the spinner could run
        start, wall = self.count, time.perf_counter()
        result = call()
        wall = time.perf_counter() - wall
        return result, wall, min(1.0, (self.count - start) / self.rate / wall)


def calamine_read(workbook: Path) -> dict[str, float]:
    import python_calamine

    wall, cpu = time.perf_counter(), time.process_time()
    book = python_calamine.CalamineWorkbook.from_path(str(workbook))
    sheets = [book.get_sheet_by_name(name) for name in book.sheet_names]
    parse = time.perf_counter() - wall
    for sheet in sheets:
        sheet.to_python()
    return {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu, "parse": parse}


def calamine_lock(workbook: Path) -> dict[str, float]:
    import python_calamine

    with Spinner() as spinner:
        book = python_calamine.CalamineWorkbook.from_path(str(workbook))
        sheets, parse, parse_free = spinner.share(lambda: [book.get_sheet_by_name(n) for n in book.sheet_names])
        _, build, build_free = spinner.share(lambda: [s.to_python() for s in sheets])
    return {"parse": parse, "parse_free": parse_free, "build": build, "build_free": build_free}


def whole_import(workbook: Path, folder: Path) -> tuple[dict[str, float], Path]:
    from wz_desktop.services.imports import import_files
    from wz_desktop.services.session import SYSTEM_SESSION
    from wz_desktop.store import Store

    path = folder / "imported.db"
    store = Store.open(path)
    wall, cpu = time.perf_counter(), time.process_time()
    (report,) = import_files(store, SYSTEM_SESSION, [workbook])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    store.close()
    if not report.ok:
        raise SystemExit(f"导入失败：{report.error}")
    return {"wall": wall, "cpu": cpu}, path


def sqlite_floor(imported: Path, folder: Path) -> dict[str, float]:
    """SQLite's work for the stored tasks and what follows them, timed statement by statement."""
    from wz_desktop.store import Store

    empty = folder / "empty.db"
    Store.open(empty).close()  # the schema, migrated: the same tables, indexes and triggers
    conn = sqlite3.connect(empty, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "cache_size = -65536", "temp_store = MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("ATTACH ? AS src", (str(imported),))
    from wz_desktop.store.search import search_text

    # the search texts, spaced by Python beforehand (not timed: the import does this beside SQLite)
    conn.execute("CREATE TEMP TABLE texts (id INTEGER PRIMARY KEY, text TEXT)")
    conn.executemany("INSERT INTO texts VALUES (?, ?)", (
        (i, search_text(a, b, c, d)) for i, a, b, c, d in
        conn.execute("SELECT id, event_no, summary, squads, remarks FROM src.tasks").fetchall()))
    indexes = {table: conn.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ?"
                                   " AND sql IS NOT NULL", (table,)).fetchall() for table in ("tasks", "task_squads")}
    triggers = conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = 'task_squads'"
                            ).fetchall()
    times: dict[str, float] = {}

    def timed(label: str, sql: str) -> None:
        start = time.perf_counter()
        conn.execute(sql)
        times[label] = times.get(label, 0.0) + time.perf_counter() - start

    conn.execute("BEGIN")
    for rows in indexes.values():
        for name, _ in rows:
            conn.execute(f'DROP INDEX main."{name}"')
    for (name,) in triggers:
        conn.execute(f'DROP TRIGGER main."{name}"')
    conn.execute("INSERT INTO main.squads SELECT * FROM src.squads")
    timed("rows", "INSERT INTO main.tasks SELECT * FROM src.tasks WHERE id > 0 ORDER BY id")
    for _, sql in indexes["tasks"]:
        timed("tasks' indexes", sql)
    timed("commit", "COMMIT")
    conn.execute("BEGIN")
    timed("squad links", "INSERT INTO main.task_squads SELECT * FROM src.task_squads WHERE task_id > 0")
    for _, sql in indexes["task_squads"]:
        timed("squad links", sql)
    for pairs in SUMS:  # the import's two statements (store.tasks.TaskRepo.index_pending)
        timed("sums", "INSERT INTO main.squad_pairs (squad_id, with_id, month, kind, tasks, people, trips, with_heads) "
              + pairs + " ON CONFLICT (squad_id, with_id, month, kind) DO UPDATE SET tasks = tasks + excluded.tasks,"
              " people = people + excluded.people, trips = trips + excluded.trips,"
              " with_heads = with_heads + excluded.with_heads")
    timed("search index", "INSERT INTO main.tasks_fts (rowid, text) SELECT id, text FROM temp.texts")
    timed("commit", "COMMIT")
    timed("checkpoint", "PRAGMA main.wal_checkpoint(TRUNCATE)")
    conn.close()
    return times


def main() -> None:
    workbook = Path(sys.argv[1]).resolve()
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    rows: list[dict[str, float]] = []
    for number in range(rounds):
        with tempfile.TemporaryDirectory(dir=workbook.parent) as name:
            folder = Path(name)
            whole, imported = whole_import(workbook, folder)
            floor = sqlite_floor(imported, folder)
            read = calamine_read(workbook)
            lock = calamine_lock(workbook)
        row = {"calamine": read["wall"], "calamine_cpu": read["cpu"], "whole": whole["wall"], "whole_cpu": whole["cpu"],
               **{f"sql {k}": v for k, v in floor.items()}, **lock}
        print(f"round {number} ({'cold' if number == 0 else 'warm'}): whole {whole['wall'] * 1000:.0f} ms, "
              f"calamine {read['wall'] * 1000:.0f} ms, SQLite alone {sum(floor.values()) * 1000:.0f} ms; "
              f"load {os.getloadavg()[0]:.1f}", flush=True)
        if number or rounds == 1:
            rows.append(row)

    def med(key: str) -> float:
        return median(r[key] for r in rows)

    base = med("calamine")
    sql = {k[4:]: med(k) for k in rows[0] if k.startswith("sql ")}
    sql_total = sum(sql.values())
    print(f"\n#### The floors under a big import: {workbook.name} (warm medians of {len(rows)}, × calamine's read "
          f"{base * 1000:.0f} ms)\n")
    print("| | ms | × calamine |\n|---|---:|---:|")

    def line(label: str, seconds: float) -> None:
        print(f"| {label} | {seconds * 1000:.0f} | {seconds / base:.2f} |")

    line("calamine's read (the floor of the ratio)", base)
    line(f"  parsing the sheets (Python's lock free {med('parse_free'):.0%} of it)", med("parse"))
    line(f"  building Python values (lock free {med('build_free'):.0%})", med("build"))
    line("**the whole import, wall**", med("whole"))
    line("the whole import, CPU", med("whole_cpu"))
    line("its floor on 2 cores: CPU / 2, whatever overlaps", med("whole_cpu") / 2)
    line("SQLite's work alone, no Python (one writer: one after the other)", sql_total)
    for label, seconds in sql.items():
        line(f"  {label}", seconds)
    line("calamine's read + SQLite's work alone", base + sql_total)


if __name__ == "__main__":
    main()
