"""What a missing-person case costs the person waiting at the window (offscreen Qt), on a database of
N cases with points (the team has about 2,000): opening the case form cold (the first in the process:
its modules, the map's file, the districts drawn) and warm, setting the last-seen point (the
statistics of every earlier case read and the rings drawn), and the list of cases; beside a floor
measured in the same run: ``SELECT count(*)`` over the cases, and reading every case's row.

    .venv/bin/python bench/case_form.py [--cases N] [--runs R]
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build(path: Path, n: int) -> None:
    """N cases with last-seen and found points around the districts' centres, in one transaction."""
    from wz_desktop.domain import cases as case_rules
    from wz_desktop.domain import geo
    from wz_desktop.domain.cases import MissingPerson
    from wz_desktop.domain.roles import SYSTEM
    from wz_desktop.store import Store

    rng = random.Random(15)
    centres = [d.center for d in geo.districts()]
    with Store.open(path) as store, store.transaction():
        for i in range(n):
            seen = rng.choice(centres)
            seen = geo.destination(seen, rng.uniform(0, 3000), rng.uniform(0, 360))
            found = geo.destination(seen, rng.lognormvariate(6.5, 0.9), rng.uniform(0, 360))
            store.cases.open(MissingPerson(
                name=f"测试{i}", category=rng.choice(case_rules.CATEGORIES), age=rng.randint(5, 90),
                last_seen_at="2024-05-01 08:00", last_seen=seen, found_at="2024-05-01 13:00", found=found,
                outcome="找到平安", found_by="救援队"), SYSTEM)


def timed(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cases.db"
        started = time.perf_counter()
        build(path, args.cases)
        print(f"{args.cases} cases built in {time.perf_counter() - started:.1f} s")

        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([])
        from wz_desktop.store import Store

        store = Store.open(path)
        from wz_desktop.ui.context import AppContext

        context = AppContext(store)
        conn = store.database.conn
        floor_count = timed(lambda: conn.execute("SELECT count(*) FROM missing_persons").fetchone(), args.runs)
        floor_rows = timed(lambda: conn.execute("SELECT * FROM missing_persons").fetchall(), args.runs)
        print(f"floor: count {1000 * floor_count:.2f} ms; every row read {1000 * floor_rows:.1f} ms")

        case_id = store.cases.lines(limit=1)[0].case_id

        def open_form():
            from wz_desktop.ui.case_form import CaseForm

            form = CaseForm(context, case_id=case_id)
            form.show()
            app.processEvents()
            return form

        started = time.perf_counter()
        form = open_form()
        cold = time.perf_counter() - started
        form.close()
        warm = timed(lambda: open_form().close(), args.runs)
        print(f"case form with its map and rings: cold {1000 * cold:.0f} ms, warm {1000 * warm:.0f} ms "
              f"({warm / floor_rows:.0f}x reading every row)")

        from wz_desktop.domain import geo

        form = open_form()
        point = geo.Point(121.60, 38.92, geo.GCJ02)

        def set_point():
            form.set_point("last_seen", point)
            app.processEvents()

        rings = timed(set_point, args.runs)
        print(f"a last-seen point set (every earlier case's statistics, rings drawn): {1000 * rings:.0f} ms")
        findings = timed(store.cases.findings, args.runs)
        print(f"  of which store.cases.findings() ({args.cases} cases): {1000 * findings:.0f} ms")

        from wz_desktop.ui.case_list import CaseList

        started = time.perf_counter()
        listing = CaseList(context)
        listing.show()
        app.processEvents()
        print(f"case list (every case, its turn-outs' figures): {1000 * (time.perf_counter() - started):.0f} ms")
        store.close()


if __name__ == "__main__":
    main()
