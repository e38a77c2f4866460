"""The map's geometry (domain/geo.py): loading the districts and finding a point's district.

    .venv/bin/python bench/geo.py [--points N] [--runs R]

Prints the time to read resources/map/dalian_districts.geojson (uncached, the median of R runs),
the time per point of ``district_of`` for N random points over the city's box (GCJ-02 points, and
WGS-84 points, which are converted first; a third fall at sea), the time of one conversion each
way, and of parsing a typed coordinate.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--points", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from wz_desktop.domain import geo

    path = geo.default_districts_file()
    print(f"{path.name}: {path.stat().st_size / 1024:.0f} KiB")
    load = timed(lambda: (geo._load.cache_clear(), geo._load_default.cache_clear(), geo.districts()), args.runs)
    print(f"load (read + parse + build, uncached): {1000 * load:.1f} ms; cached: "
          f"{1e6 * timed(geo.districts, 1000):.2f} µs")
    first = timed(lambda: [d.center for d in geo.districts()], 1)
    print(f"a point inside each of the ten districts, the first time (builds the lookup bands): {1000 * first:.1f} ms")

    rng = random.Random(15)
    boxes = [d.bbox for d in geo.districts()]
    min_lon, min_lat = min(b[0] for b in boxes), min(b[1] for b in boxes)
    max_lon, max_lat = max(b[2] for b in boxes), max(b[3] for b in boxes)
    gcj = [geo.Point(rng.uniform(min_lon, max_lon), rng.uniform(min_lat, max_lat), geo.GCJ02)
           for _ in range(args.points)]
    wgs = [p.to(geo.WGS84) for p in gcj]
    for label, points in (("GCJ-02 points", gcj), ("WGS-84 points", wgs)):
        found = 0

        def lookup(points=points):
            nonlocal found
            found = sum(geo.district_of(p) is not None for p in points)

        seconds = timed(lookup, args.runs)
        print(f"district_of, {label}: {1e6 * seconds / len(points):.1f} µs a point "
              f"({len(points):,} points over the city's box, {found / len(points):.0%} in a district)")
    city = [geo.Point(121.6147, 38.914, geo.WGS84)] * 10_000
    print(f"district_of, a point in the city centre: "
          f"{1e6 * timed(lambda: [geo.district_of(p) for p in city], args.runs) / len(city):.1f} µs")
    n = 100_000
    print(f"wgs_to_gcj: {1e6 * timed(lambda: [geo.wgs_to_gcj(121.6, 38.9) for _ in range(n)], args.runs) / n:.2f} µs; "
          f"gcj_to_wgs (iterated): {1e6 * timed(lambda: [geo.gcj_to_wgs(121.6, 38.9) for _ in range(n)], args.runs) / n:.2f} µs")
    texts = ["121.6147,38.9140", "北纬38°54′50″ 东经121°36′53″", "38°54.84'N 121°36.88'E"] * 10_000
    print(f"parse_point: {1e6 * timed(lambda: [geo.parse_point(t, geo.WGS84) for t in texts], args.runs) / len(texts):.1f} µs")


if __name__ == "__main__":
    main()
