"""What the safety scan of ``workbook.reader`` costs: python-calamine alone beside ``iter_cells``.

    .venv/bin/python bench/reader.py [--runs 7] [FILE ...]

Without files: the two 100,000-task workbooks of ``fixtures`` (made once, cached in bench/out).
For each file, in the same process and interleaved run by run:

- ``calamine``: python-calamine alone, every sheet to Python values (the floor of the import);
- ``iter_cells``: the reader as the import uses it (the scan before each sheet, calamine, the facts);
- ``no scan``: the same reader with the pre-scan switched off (what it cost before the scan existed);
- ``scan``: the pre-scan alone (unpacking every sheet's XML and searching it);
- ``unzip``: unpacking the sheets' XML alone (the part of the scan that runs without Python's lock).

Wall-clock minimum and median, and the minimum of the process's CPU time (all threads), in seconds.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    files = args.files
    if not files:
        import fixtures

        big = fixtures.big_workbook(100_000)
        database = fixtures.imported_db(big, "big-100000.db")
        files = [big, fixtures.canonical_workbook(database, fixtures.BIG_YEAR, "canonical-100000.xlsx")]

    from python_calamine import CalamineWorkbook

    from wz_desktop.workbook import reader

    def calamine(path: Path) -> None:
        workbook = CalamineWorkbook.from_path(str(path))
        for name in workbook.sheet_names:
            workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)

    def iter_cells(path: Path) -> None:
        for _ in reader.iter_cells(path):
            pass

    def no_scan(path: Path) -> None:
        planned = reader._plan
        reader._plan = lambda _path: reader._Plan()
        try:
            iter_cells(path)
        finally:
            reader._plan = planned

    def scan(path: Path) -> None:
        plan = reader._plan(path)
        for name in getattr(plan, "members", {}):
            plan.facts(name)
        plan.close()

    def unzip(path: Path) -> None:
        if path.suffix.lower() not in (".xlsx", ".xlsm"):
            return
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/"):
                    with archive.open(name) as fh:
                        while fh.read(4 << 20):
                            pass

    cases = {"calamine": calamine, "iter_cells": iter_cells, "no scan": no_scan, "scan": scan, "unzip": unzip}
    for path in files:
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, run in cases.items():
                wall, cpu = time.perf_counter(), time.process_time()
                run(path)
                times[name].append((time.perf_counter() - wall, time.process_time() - cpu))
        print(f"\n{path.name} ({path.stat().st_size / 1e6:.1f} MB), {args.runs} runs")
        print("| case | wall min | wall median | CPU min |")
        print("|---|---|---|---|")
        for name, values in times.items():
            walls = [w for w, _ in values]
            print(f"| {name} | {min(walls):.3f} | {statistics.median(walls):.3f} | {min(c for _, c in values):.3f} |")


if __name__ == "__main__":
    main()
