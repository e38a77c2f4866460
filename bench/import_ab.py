"""Before and after on the same workbook: the whole import as the window runs it
(``services.imports.import_files``, one file) into a fresh database, then python-calamine reading
the same file, in one process, ``ROUNDS`` times (the first cold); wall and CPU ratios.

    .venv/bin/python bench/import_ab.py CHECKOUT WORKBOOK [ROUNDS]

``CHECKOUT`` is the source tree to measure (this one, or an older commit unpacked with
``git archive REV | tar -x -C DIR``): run it alternately for two trees to compare them on a busy
machine. Databases go to a temporary folder beside the workbook.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    root, workbook = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    sys.path.insert(0, str(root))
    import python_calamine

    from wz_desktop.services.imports import import_files
    from wz_desktop.services.session import SYSTEM_SESSION
    from wz_desktop.store import Store

    for number in range(rounds):
        with tempfile.TemporaryDirectory(dir=workbook.parent) as folder:
            store = Store.open(Path(folder) / "fresh.db")
            wall, cpu = time.perf_counter(), time.process_time()
            (report,) = import_files(store, SYSTEM_SESSION, [workbook])
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            store.close()
        if not report.ok:
            raise SystemExit(f"导入失败：{report.error}")
        floor, floor_cpu = time.perf_counter(), time.process_time()
        book = python_calamine.CalamineWorkbook.from_path(str(workbook))
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python()
        floor, floor_cpu = time.perf_counter() - floor, time.process_time() - floor_cpu
        print(f"{root.name} round {number} ({'cold' if number == 0 else 'warm'}): import {wall * 1000:.0f} ms / "
              f"calamine {floor * 1000:.0f} ms = {wall / floor:.2f}x; CPU {cpu * 1000:.0f} / {floor_cpu * 1000:.0f} ms = "
              f"{cpu / floor_cpu:.2f}x; load {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()
