"""The lost-person statistics (domain/lost_stats.py) and what they read (store.cases.findings).

    .venv/bin/python bench/lost_stats.py [--cases N] [--runs R]

Makes a new database in a temporary folder with N missing-person cases (default 2,000, the size of
the team's history), opened through ``store.cases.open`` with last-seen and found points around
大连, categories and outcomes mixed; then prints, each the median of R runs: ``store.cases.findings``
(the SQL and each case's district by its last-seen point: what the 走失统计 tab and the report read),
``lost_stats`` over those findings (every category's percentiles, outcome by time, who found them),
and ``rings`` for one category (what the case form does each time the category or the point
changes), beside numpy.percentile of the same distances as a floor.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(function, runs: int) -> tuple[float, float]:
    """(first run, median of the rest) in milliseconds."""
    times = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return times[0], statistics.median(times[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import numpy as np

    from wz_desktop.domain import geo
    from wz_desktop.domain import lost_stats as L
    from wz_desktop.domain.cases import CATEGORIES, FOUND_BY, MissingPerson
    from wz_desktop.domain.roles import Actor
    from wz_desktop.store import Store

    rng = random.Random(15)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "cases.db")
        started = time.perf_counter()
        for i in range(args.cases):
            seen = geo.Point(121.45 + rng.random() * 0.25, 38.86 + rng.random() * 0.12, geo.GCJ02)
            seen_at = dt.datetime(2015, 1, 1, 8) + dt.timedelta(hours=i * 37)
            outcome = rng.choice(["找到平安"] * 6 + ["受伤找到", "遇难", "自行返回", "未找到", ""])
            found = found_at = None
            if outcome in ("找到平安", "受伤找到", "遇难"):
                metres = rng.lognormvariate(7, 1)
                found = geo.Point(seen.lon, seen.lat + metres / 111_195, geo.GCJ02)
            if outcome in ("找到平安", "受伤找到", "遇难", "自行返回"):
                found_at = (seen_at + dt.timedelta(hours=rng.expovariate(1 / 15))).strftime("%Y-%m-%d %H:%M")
            store.cases.open(MissingPerson(category=rng.choice(CATEGORIES), last_seen=seen, outcome=outcome,
                                           last_seen_at=seen_at.strftime("%Y-%m-%d %H:%M"), found=found,
                                           found_at=found_at or "", found_by=rng.choice(FOUND_BY) if found else ""),
                             Actor("bench"))
        made = time.perf_counter() - started
        findings = store.cases.findings()
        distances = [f.distance_m for f in findings if f.distance_m is not None]
        rows = [
            ("store.cases.findings()", timed(store.cases.findings, args.runs)),
            ("lost_stats(findings)", timed(lambda: L.lost_stats(findings), args.runs)),
            ("rings(findings, '失智老人')", timed(lambda: L.rings(findings, "失智老人"), args.runs)),
            ("floor: numpy.percentile of the distances", timed(lambda: np.percentile(distances, L.PERCENTS), args.runs)),
        ]
        store.close()
    print(f"{args.cases} cases ({len(distances)} with both points) opened in {made:.1f} s\n")
    print("| step | first (ms) | warm median (ms) |")
    print("|---|---:|---:|")
    for name, (first, warm) in rows:
        print(f"| {name} | {first:.1f} | {warm:.2f} |")


if __name__ == "__main__":
    main()
