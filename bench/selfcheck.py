"""What the import's self-check costs (issue 10, item 1), beside python-calamine's read of the same file.

    .venv/bin/python bench/selfcheck.py [N] [--runs R] [--cpu]

Builds (once, cached in bench/out) the untidy N-task workbook of ``fixtures.big_workbook`` (default
100,000), then, R times each (median): python-calamine reading every sheet (the floor of the import),
``importer.interpret`` as it is, and the time spent inside the self-check during that interpretation.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from fixtures import big_workbook  # noqa: E402 (after the sys.path line above)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cpu", action="store_true",
                        help="processor time instead of wall-clock time (steadier on a busy machine)")
    args = parser.parse_args()
    path = big_workbook(args.n)

    from python_calamine import CalamineWorkbook

    from wz_desktop.domain.report import Code
    from wz_desktop.workbook import importer
    from wz_desktop.workbook.reader import iter_cells

    clock = time.process_time if args.cpu else time.perf_counter
    spent = [0.0]
    real = importer._self_check

    def timed(*a, **kw):
        started = clock()
        try:
            return real(*a, **kw)
        finally:
            spent[0] += clock() - started

    importer._self_check = timed
    floors, totals, checks = [], [], []
    for _ in range(args.runs):
        started = clock()
        wb = CalamineWorkbook.from_path(str(path))
        for name in wb.sheet_names:
            wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        floors.append(clock() - started)
        spent[0] = 0.0
        started = clock()
        result = importer.interpret(iter_cells(path), path.name, path)
        totals.append(clock() - started)
        checks.append(spent[0])
    unexplained = sum(1 for e in result.report.entries if e.code == Code.SELF_CHECK)
    # the self-check alone, again on the columns of the last interpretation (the least of R runs: the
    # figure least disturbed by other work on the machine)
    calls = []
    importer._self_check = lambda *a, **kw: calls.append((a, kw)) or real(*a, **kw)
    importer.interpret(iter_cells(path), path.name, path)
    alone = []
    for _ in range(max(args.runs, 3)):
        started = clock()
        for a, _kw in calls:
            real(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], importer.FileReport(file=""),
                 importer.defaultdict(list))
        alone.append(clock() - started)
    floor, total, check = (statistics.median(x) for x in (floors, totals, checks))
    print(f"{len(result.batch)} tasks from {path.name} ({'processor' if args.cpu else 'wall-clock'} time, "
          f"median of {args.runs})")
    print(f"calamine read (floor)   {floor * 1000:8.0f} ms")
    print(f"interpret (whole)       {total * 1000:8.0f} ms  ({total / floor:.2f}x the floor)")
    print(f"  of which self-check   {check * 1000:8.0f} ms  ({check / floor:.1%} of the floor, "
          f"{check / total:.1%} of interpret)")
    print(f"self-check alone        {min(alone) * 1000:8.0f} ms  (least of {len(alone)}, "
          f"{min(alone) / floor:.1%} of the floor)")
    print(f"unexplained differences {unexplained}")


if __name__ == "__main__":
    main()
