"""Where the time of a big import goes: the whole process the user waits for, stage by stage, each
beside python-calamine reading the same file in the same process.

    .venv/bin/python bench/stages.py FILE.xlsx [--rounds 4]     # prints the table
    (run_all.py --only import runs it on the 100,000-task workbooks: case ``import_stages``)

"The whole process" is what the window does from the click until the report (``ui.main_window.
import_job``): ``import_workbook(..., index=False)`` — file check, checksum, read and interpret,
the comparison with the database, the copy taken before an import (where the database holds
tasks), the tasks' transaction — then ``index_pending`` (search index, squad links, their
summaries) and the checkpoint. Each round imports into a fresh database (created and migrated
before the clock starts), then reads the file with calamine alone; round 1 is *cold* (the first
import of the process: the modules are loaded, nothing else is warm), the others *warm*.

Stages are exclusive (they add up to the whole): the SQL statements are timed through a thin
wrapper around the connection and sorted by what they do; the Python around them is charged to
the function it runs in. Reading runs in a background thread (``reader.iter_cells``) beside the
interpretation, so "read and interpret" is wall time on the main thread, and the lines indented
under it (the reader thread's own time, the main thread waiting for it) say how the two overlap.
"""
from __future__ import annotations

import contextlib
import functools
import re
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from statistics import median
from wz_desktop.services.session import SYSTEM_SESSION

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# (label, pattern on the SQL) — the first that matches names a statement's time
SQL_STAGES = [
    ("写入任务行", re.compile(r"^\s*INSERT INTO tasks \(", re.I)),
    ("汇总（squad_pairs）", re.compile(r"^\s*INSERT INTO squad_pairs", re.I)),
    ("分队关联（task_squads）", re.compile(r"task_squads|squad_pairs_insert", re.I)),  # its indexes, triggers too
    ("重建任务表索引", re.compile(r"^\s*(CREATE|DROP) INDEX", re.I)),
    ("提交", re.compile(r"^\s*(COMMIT|RELEASE)", re.I)),
    ("搜索索引（FTS）", re.compile(r"tasks_fts", re.I)),
    ("分队关联（task_squads）", re.compile(r"INTO squads|FROM squads", re.I)),
    ("待复核标记（task_flags）", re.compile(r"task_flags", re.I)),
    ("与数据库比对", re.compile(r"incoming_|import_key IN|event_no IN", re.I)),
    ("检查点", re.compile(r"wal_checkpoint", re.I)),
    ("导入记录与审计", re.compile(r"INTO imports|UPDATE imports|INTO audit|FROM imports", re.I)),
]
OTHER_SQL = "其他 SQL"

# (label, module, attribute): Python functions whose own time (less the SQL and the functions
# inside them) is a stage; missing ones are left out (the importer is still changing)
FUNCTIONS = [
    ("检查文件与校验和", "wz_desktop.workbook.importer", "check_file"),
    ("检查文件与校验和", "wz_desktop.workbook.importer", "file_digest"),
    ("识别（主线程，不含等待读取）", "wz_desktop.workbook.importer", "interpret"),
    ("  其中：查 00:00 时间的单元格格式", "wz_desktop.workbook.importer", "_restore_midnight_times"),
    ("与数据库比对", "wz_desktop.workbook.importer", "_write"),
    ("导入前备份", "wz_desktop.store", "Store.backup"),
    ("写入任务行", "wz_desktop.store.tasks", "TaskRepo.insert_batch"),
    ("导入记录与审计", "wz_desktop.store.imports", "ImportRepo.start"),
    ("导入记录与审计", "wz_desktop.store.imports", "ImportRepo.finish"),
    ("分队关联（task_squads）", "wz_desktop.store.tasks", "TaskRepo.index_pending"),
    # waits for the threads beside the indexing connection: the search texts read ahead, the copy
    # of the tasks' pages from the write-ahead log begun at the import's commit
    ("搜索索引（FTS）", "wz_desktop.store.tasks", "_SearchTexts.result"),
    ("检查点", "wz_desktop.store.db", "Database._wait_for_checkpoint"),
]
WAIT = "等待读取线程（主线程空等）"
READER = "读取线程：calamine 读表（与识别并行）"
ORDER = ["检查文件与校验和", "识别（主线程，不含等待读取）", "  其中：查 00:00 时间的单元格格式", WAIT,
         "与数据库比对", "导入前备份", "写入任务行", "待复核标记（task_flags）", "重建任务表索引",
         "导入记录与审计", "提交", "搜索索引（FTS）", "分队关联（task_squads）", "汇总（squad_pairs）", "检查点",
         OTHER_SQL, "其余（Python 胶水）"]


class Clock:
    """Exclusive time per label on the main thread: a span's time less the spans inside it."""

    def __init__(self):
        self.spent: dict[str, float] = defaultdict(float)
        self.main = threading.get_ident()
        self.stack: list[list] = []  # [label, started, time of the children]
        self.reader = 0.0
        self.lock = threading.Lock()

    @contextlib.contextmanager
    def span(self, label: str):
        if threading.get_ident() != self.main:
            yield
            return
        entry = [label, time.perf_counter(), 0.0]
        self.stack.append(entry)
        try:
            yield
        finally:
            self.stack.pop()
            elapsed = time.perf_counter() - entry[1]
            self.spent[label] += elapsed - entry[2]
            if self.stack:
                self.stack[-1][2] += elapsed


def _sql_label(sql: str) -> str:
    for label, pattern in SQL_STAGES:
        if pattern.search(sql):
            return label
    return OTHER_SQL


class TimedConnection:
    """Forwards to a sqlite3 connection, timing ``execute`` / ``executemany`` by what they do."""

    def __init__(self, conn, clock: Clock):
        self._conn = conn
        self._clock = clock

    def execute(self, sql, params=()):
        with self._clock.span(_sql_label(sql)):
            return self._conn.execute(sql, params)

    def executemany(self, sql, rows):
        with self._clock.span(_sql_label(sql)):
            return self._conn.executemany(sql, rows)

    def executescript(self, script):
        with self._clock.span(_sql_label(script)):
            return self._conn.executescript(script)

    def __getattr__(self, name):
        return getattr(self._conn, name)


@contextlib.contextmanager
def instrumented(clock: Clock):
    """Wrap the functions of FUNCTIONS and the reader's thread for the duration."""
    import importlib

    from wz_desktop.workbook import importer, reader

    undo = []

    def patch(owner, name, wrapper):
        original = getattr(owner, name)
        setattr(owner, name, wrapper(original))
        undo.append((owner, name, original))

    for label, module_name, attribute in FUNCTIONS:
        owner = importlib.import_module(module_name)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        if not hasattr(owner, name):
            continue

        def wrapper(original, label=label):
            @functools.wraps(original)
            def timed(*args, **kwargs):
                with clock.span(label):
                    return original(*args, **kwargs)
            return timed
        patch(owner, name, wrapper)

    def reading(original):  # the reader thread's own time, summed
        @functools.wraps(original)
        def timed(*args, **kwargs):
            it = original(*args, **kwargs)
            while True:
                started = time.perf_counter()
                try:
                    item = next(it)
                except StopIteration:
                    return
                finally:
                    with clock.lock:
                        clock.reader += time.perf_counter() - started
                yield item
        return timed

    def waiting(original):  # the main thread's waits for the next sheet
        @functools.wraps(original)
        def timed(*args, **kwargs):
            it = original(*args, **kwargs)
            while True:
                with clock.span(WAIT):
                    try:
                        item = next(it)
                    except StopIteration:
                        return
                yield item
        return timed

    if hasattr(reader, "_read_sheets"):
        patch(reader, "_read_sheets", reading)
    from wz_desktop.services import imports as import_service  # the use case hands iter_cells to interpret

    for owner in (importer, import_service):
        if hasattr(owner, "iter_cells"):
            patch(owner, "iter_cells", waiting)
    try:
        yield
    finally:
        for owner, name, original in reversed(undo):
            setattr(owner, name, original)


def calamine_read(path: Path) -> float:
    """The floor: python-calamine reading every sheet to Python values (as bench/cases.floor_read)."""
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    workbook = CalamineWorkbook.from_path(str(path))
    for name in workbook.sheet_names:
        workbook.get_sheet_by_name(name).to_python()
    return time.perf_counter() - started


def whole_import(store, path: Path, clock: Clock | None = None):
    """What the window does from the click until the report (ui.main_window.import_job, one file):
    ``services.imports.import_files`` — the import (``import_workbook(..., index=False)``), then the
    search index, squad links and their sums (``index_pending``), then the checkpoint (timed as the
    SQL statement ``wal_checkpoint``)."""
    from wz_desktop.services.imports import import_files

    (report,) = import_files(store, SYSTEM_SESSION, [path], progress=lambda percent, message: None,
                             cancelled=lambda: False, file_progress=lambda number, p, percent, message: None)
    return report


def one_round(path: Path, tmp: Path, seed: Path | None = None) -> dict:
    """One import into a fresh database (a copy of ``seed`` where given), stage by stage, then the
    floor. Seconds."""
    import shutil

    from wz_desktop.store import Store
    from wz_desktop.store.db import Database

    clock = Clock()
    with tempfile.TemporaryDirectory(dir=tmp) as folder:
        target = Path(folder) / "fresh.db"
        if seed is not None:
            shutil.copyfile(seed, target)
        database = Database(target, backup_dir=Path(folder) / "backups")
        database.conn = TimedConnection(database.conn, clock)
        store = Store(database)
        with instrumented(clock):
            started, cpu = time.perf_counter(), time.process_time()
            report = whole_import(store, path, clock)
            whole, whole_cpu = time.perf_counter() - started, time.process_time() - cpu
        store.close()
    if not report.ok:
        raise SystemExit(f"导入失败：{report.error}")
    spent = dict(clock.spent)
    spent["其余（Python 胶水）"] = whole - sum(spent.values())
    cpu = time.process_time()
    floor = calamine_read(path)
    return {"whole": whole, "floor": floor, "stages": spent, "reader": clock.reader, "added": report.added,
            "whole_cpu": whole_cpu, "floor_cpu": time.process_time() - cpu}


def stages(path: Path, tmp: Path, rounds: int = 4, seed: Path | None = None) -> dict:
    """``rounds`` rounds in this process: the first cold, the others warm (medians)."""
    import wz_desktop.store  # loaded before the clock, as in the running window
    import wz_desktop.workbook.importer  # noqa: F401 (loaded before the clock, as above)

    runs = [one_round(path, tmp, seed) for _ in range(rounds)]
    labels = [label for label in ORDER if any(label in r["stages"] for r in runs)]
    labels += sorted({label for r in runs for label in r["stages"]} - set(labels))

    def summary(chosen: list[dict]) -> dict:
        floor = median(r["floor"] for r in chosen)
        whole = median(r["whole"] for r in chosen)
        ratios = {label: median(r["stages"].get(label, 0.0) / r["floor"] for r in chosen) for label in labels}
        return {"floor_s": floor, "whole_s": whole, "ratio": median(r["whole"] / r["floor"] for r in chosen),
                "stage_ratio": ratios, "stage_ms": {label: median(r["stages"].get(label, 0.0) for r in chosen) * 1000
                                                     for label in labels},
                "reader_ratio": median(r["reader"] / r["floor"] for r in chosen),
                "cpu_ratio": median(r["whole_cpu"] / r["floor_cpu"] for r in chosen)}

    warm = runs[1:] or runs
    return {"file": path.name, "tasks": runs[0]["added"], "rounds": rounds, "labels": labels,
            "cold": summary(runs[:1]), "warm": summary(warm),
            "runs": [{"whole_s": round(r["whole"], 3), "floor_s": round(r["floor"], 3),
                      "whole_cpu_s": round(r["whole_cpu"], 3), "floor_cpu_s": round(r["floor_cpu"], 3)} for r in runs]}


def render(result: dict) -> str:
    cold, warm = result["cold"], result["warm"]
    lines = [f"#### 导入的各阶段：{result['file']}（{result['tasks']:,} 条，{result['rounds']} 轮，第 1 轮为冷启动）", "",
             "各阶段用时以同一轮中 python-calamine 读取同一文件的时间为 1（倍数）；各阶段互不重叠，相加即全过程。", "",
             "| 阶段 | 冷（倍） | 热（倍，中位数） | 热（ms） |", "|---|---:|---:|---:|"]
    for label in result["labels"]:
        lines.append(f"| {label} | {cold['stage_ratio'][label]:.2f} | {warm['stage_ratio'][label]:.2f} | "
                     f"{warm['stage_ms'][label]:.0f} |")
    lines.append(f"| **全过程（从点击到报告）** | **{cold['ratio']:.2f}** | **{warm['ratio']:.2f}** | "
                 f"**{warm['whole_s'] * 1000:.0f}** |")
    lines.append(f"| 下限：calamine 读取 | 1 | 1 | {warm['floor_s'] * 1000:.0f} |")
    lines.append(f"| （{READER}） | {cold['reader_ratio']:.2f} | {warm['reader_ratio']:.2f} | |")
    lines.append(f"| （全过程的 CPU 时间 / calamine 读取的 CPU 时间：机器忙时比墙钟稳定；两个线程的 CPU 相加） | "
                 f"{cold['cpu_ratio']:.2f} | {warm['cpu_ratio']:.2f} | |")
    return "\n".join(lines)


def main() -> None:
    import argparse
    import json

    parser = argparse.ArgumentParser(description="大工作簿导入的各阶段用时（与同一进程中 calamine 读取同一文件对比）")
    parser.add_argument("file")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seed", help="导入到这个数据库的副本中（默认：空数据库）")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    tmp = Path(__file__).resolve().parent / "out" / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    result = stages(Path(options.file), tmp, options.rounds, Path(options.seed) if options.seed else None)
    print(json.dumps(result, ensure_ascii=False) if options.json else render(result))


if __name__ == "__main__":
    main()
