"""The cell readers (wz_desktop/domain/parse.py) on the shapes an import meets most, in microseconds a call.

    .venv/bin/python bench/parse_readers.py                 # this tree
    .venv/bin/python bench/parse_readers.py --against fd9011c   # and parse.py of another commit beside it

Each shape is 30,000 different cells (dates 17 minutes apart, counts 0 to 39), the readers' caches
emptied before each of 5 runs; the best run is shown. The importer reads date-time cells and whole-number
cells in its own fast path (`_fast_*` in workbook/importer.py); the other shapes come here.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

N = 30_000
BASE = dt.datetime(2020, 1, 1)
MOMENTS = [BASE + dt.timedelta(minutes=17 * i) for i in range(N)]

DEPARTURES = {
    "date-time cell": MOMENTS,
    "'2020.3.5 14:30'": [f"{d.year}.{d.month}.{d.day} {d.hour}:{d.minute:02d}" for d in MOMENTS],
    "'2020-03-05 14:30'": [d.strftime("%Y-%m-%d %H:%M") for d in MOMENTS],
    "'2020年3月5日 14:30'": [f"{d.year}年{d.month}月{d.day}日 {d.hour}:{d.minute:02d}" for d in MOMENTS],
    "'3月5日 14:30' (year of the workbook)": [f"{d.month}月{d.day}日 {d.hour}:{d.minute:02d}" for d in MOMENTS],
    "'2020年3月5日' (a day)": [f"{d.year}年{d.month}月{d.day}日" for d in MOMENTS],
    "'2022/1/8 3:45 PM'": [f"{d.year}/{d.month}/{d.day} {d.hour % 12 or 12}:{d.minute:02d} {'PM' if d.hour >= 12 else 'AM'}"
                           for d in MOMENTS],
    "serial number 43895.6": [43831 + i * 0.0118 for i in range(N)],
}
COUNTS = {
    "12.0 (number)": [float(i % 40) for i in range(N)],
    "'12'": [str(i % 40) for i in range(N)],
    "'12人'": [f"{i % 40}人" for i in range(N)],
    "'/'": ["/"] * N,
}


def load(source: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, source)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def per_call(module, reader: str, values: list) -> float:
    f = getattr(module, reader)
    best = float("inf")
    for _ in range(5):
        for cached in ("_departure_text", "_count_text"):
            if hasattr(module, cached):
                getattr(module, cached).cache_clear()
        start = time.perf_counter()
        if reader == "parse_departure":
            for v in values:
                f(v, 2020)
        else:
            for v in values:
                f(v)
        best = min(best, time.perf_counter() - start)
    return best / len(values) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", help="a commit whose parse.py is measured beside this tree's")
    args = parser.parse_args()
    modules = [("this tree", load(ROOT / "wz_desktop/domain/parse.py", "parse_here"))]
    if args.against:
        text = subprocess.run(["git", "show", f"{args.against}:wz_desktop/domain/parse.py"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout
        other = Path(tempfile.mkdtemp()) / "parse_then.py"
        other.write_text(text, encoding="utf-8")
        modules.append((args.against, load(other, "parse_then")))
    print("| reader | cell | " + " | ".join(f"{name} (µs)" for name, _ in modules) + " |")
    print("|---|---|" + "---:|" * len(modules))
    for reader, table in (("parse_departure", DEPARTURES), ("parse_count", COUNTS)):
        for shape, values in table.items():
            figures = " | ".join(f"{per_call(m, reader, values):.2f}" for _, m in modules)
            print(f"| {reader} | {shape} | {figures} |")


if __name__ == "__main__":
    main()
