"""The check at every opening (store.opening), measured on the million-task database.

    .venv/bin/python bench/check_open.py [N]      (N tasks, default 1,000,000; built once, cached)

Prints the time of the header and schema checks, of SQLite's whole quick_check (cold: first
read; warm: again), of the window's budgeted check, and of ``open_checked`` for a reader and a
writer (the whole check, then the remembered verdict of the unchanged file).
"""
from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    import os

    os.environ.setdefault("WZ_DESKTOP_HOME", tempfile.mkdtemp(prefix="wz-bench-home-"))
    import fixtures

    from wz_desktop.store.opening import CHECK_BUDGET, check_file, header_problems, open_checked

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    path = fixtures.million_db(n)
    print(f"{path.name}: {path.stat().st_size / 1e6:.0f} MB")
    started = time.perf_counter()
    header_problems(path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute("SELECT * FROM sqlite_master").fetchall()
    print(f"header + schema: {1000 * (time.perf_counter() - started):.2f} ms")
    for label in ("cold", "warm"):
        started = time.perf_counter()
        conn.execute("PRAGMA quick_check").fetchall()
        print(f"quick_check ({label}): {time.perf_counter() - started:.2f} s")
    conn.close()
    result = check_file(path, budget=CHECK_BUDGET)
    print(f"window's start (budget {CHECK_BUDGET} s): {result.seconds:.2f} s, complete: {result.complete}")
    for label in ("command, first", "command, unchanged file"):
        started = time.perf_counter()
        open_checked(path, write=False).close()
        print(f"open_checked ({label}): {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
