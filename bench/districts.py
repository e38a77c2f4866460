"""The map's counts (``store.charts.by_district``) on a database: no filter, a year + a kind, one
squad; the first call in this process and the best of three, and the counts (to compare two runs).

    PYTHONPATH=$PWD .venv/bin/python bench/districts.py bench/out/tasks-1000000.db [--classified] [--pending N]

``--classified``: the old way beside it (``by_district_classified``: each distinct summary
classified in Python), checked equal. ``--pending N``: the N newest tasks' districts set back to
NULL first, as an import whose search index is still pending leaves them (in a transaction rolled
back at the end: the file is not changed), so that the counts work those out in the query.
"""
from __future__ import annotations

import datetime as dt
import sys
import time

from wz_desktop.domain.charts import ChartFilter
from wz_desktop.domain.kinds import TaskKind
from wz_desktop.store import Store


def main() -> None:
    path = sys.argv[1]
    classified = "--classified" in sys.argv
    pending = int(sys.argv[sys.argv.index("--pending") + 1]) if "--pending" in sys.argv else 0
    with Store.open(path, maintain=False) as store:
        conn = store.database.conn
        if pending:
            conn.execute("BEGIN")
            conn.execute("UPDATE tasks SET district = NULL WHERE id > (SELECT max(id) FROM tasks) - ?", (pending,))
            print(f"{conn.execute('SELECT count(*) FROM tasks WHERE district IS NULL').fetchone()[0]} tasks pending")
        squad = store.charts.squads()[0][0]
        cases = {"no filter": ChartFilter(),
                 "2023 + water": ChartFilter(since=dt.date(2023, 1, 1), until=dt.date(2023, 12, 31),
                                             kinds=(TaskKind.WATER,)),
                 "one squad": ChartFilter(squad_id=squad)}
        ways = [("by_district", store.charts.by_district)]
        if classified:
            ways.append(("by_district_classified", store.charts.by_district_classified))
        for name, flt in cases.items():
            results = []
            for label, way in ways:
                times = []
                for _ in range(3):
                    started = time.perf_counter()
                    result = way(flt)
                    times.append(time.perf_counter() - started)
                results.append(result)
                print(f"{name:13} {label:24} first {times[0] * 1000:7.0f} ms, best {min(times) * 1000:7.0f} ms;"
                      f" {result.total} tasks, {result.unknown} unknown")
            if classified:
                assert results[0] == results[1], (name, results)
        if pending:
            conn.execute("ROLLBACK")


if __name__ == "__main__":
    main()
