"""Inputs the benchmarks measure against, made once and cached in bench/out (git-ignored).

Each fixture is rebuilt when what it depends on changes (its size, its seed, or the source of the
generator and of the store's schema), recorded in a ``.key`` file beside it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import sys
import time
from pathlib import Path
from wz_desktop.services.session import SYSTEM_SESSION

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SAMPLES = ROOT / "tests" / "data" / "samples"
YEARLY_SAMPLE = SAMPLES / "2022年救援任务统计.xlsx"
BIG_YEAR = 2022

sys.path.insert(0, str(ROOT))


def _source_digest(*relative: str) -> str:
    digest = hashlib.sha256()
    for name in relative:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()[:16]


def _fresh(path: Path, key: str) -> bool:
    marker = path.with_name(path.name + ".key")
    return path.exists() and marker.exists() and marker.read_text() == key


def _mark(path: Path, key: str) -> None:
    path.with_name(path.name + ".key").write_text(key)


def _remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".key"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- a big workbook in the canonical shape, kept by hand ----------------------------------------

SHEET_NAMES = {  # how the hand-kept big workbook names its sheets (the importer recognises them)
    "water": " 水上救援 ", "urban": "城市搜救", "mountain": "山地救援（含夜间搜索）", "training": "培训保障",
    "epidemic": "疫情防控", "upkeep": "队伍整备与设备保养",
}
SHEET_ORDER = ["urban", "water", "mountain", "epidemic", "training", "upkeep"]  # not the canonical order
HEADER = ["事件编号", "事件摘要 ", "出队时间", "出队人数（人）", "出队车次", "分队", "备注"]


def big_workbook(n: int) -> Path:
    """A yearly workbook of ``n`` tasks (all in 2022): six task sheets plus a notes sheet, with title
    rows, header variants, text dates, counts in words, merged squads, repeated headers, empty rows
    and totals rows: the untidiness of docs/workbook-format.md, at scale."""
    path = OUT / f"{BIG_YEAR}年全省救援任务统计-{n}.xlsx"
    key = f"n={n};seed=100;src={_source_digest('wz_desktop/demo.py', 'bench/fixtures.py')}"
    if _fresh(path, key):
        return path
    import xlsxwriter

    from wz_desktop.demo import synthetic_tasks

    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    say(f"生成 {n} 条任务的工作簿 {path.name} …")
    rng = random.Random(100)
    by_kind: dict[str, list] = {k: [] for k in SHEET_ORDER}
    for task in synthetic_tasks(n, seed=100, years=[BIG_YEAR]):
        by_kind[task.kind.value].append(task)
    tmp = path.with_suffix(".part.xlsx")
    wb = xlsxwriter.Workbook(str(tmp), {"strings_to_numbers": False, "strings_to_formulas": False,
                                        "strings_to_urls": False})
    bold = wb.add_format({"bold": True})
    title_format = wb.add_format({"bold": True, "align": "center", "font_size": 14})
    datetime_format = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    date_format = wb.add_format({"num_format": "yyyy-mm-dd"})
    for kind in SHEET_ORDER:
        ws = wb.add_worksheet(SHEET_NAMES[kind])
        ws.set_column(0, 0, 14)
        ws.set_column(1, 1, 60)
        ws.set_column(2, 2, 18)
        ws.set_column(5, 6, 28)
        r = 0
        if kind in ("water", "mountain", "epidemic"):  # a merged title row above the header
            ws.merge_range(0, 0, 0, 6, f"{BIG_YEAR}年{SHEET_NAMES[kind].strip()[:4]}任务统计表", title_format)
            r = 1
        for c, title in enumerate(HEADER):
            ws.write_string(r, c, title, bold)
        r += 1
        merge_left = 0
        previous_no = ""
        heads = vehicles = 0
        for i, task in enumerate(by_kind[kind]):
            if i and i % 10_000 == 0:  # a header repeated where a page was printed
                for c, title in enumerate(HEADER):
                    ws.write_string(r, c, title, bold)
                r += 1
            if i and i % 5_000 == 0:
                r += 1  # an empty row
            roll = rng.random()
            number = task.event_no
            if roll < 0.0005 and previous_no:
                number = previous_no  # the same number typed on two tasks
            ws.write_string(r, 0, number)
            previous_no = task.event_no
            ws.write_string(r, 1, task.summary)
            _write_departure(ws, r, task.departure, rng, datetime_format, date_format)
            heads += task.headcount
            vehicles += task.vehicles
            _write_count(ws, r, 3, task.headcount, rng, people=True)
            _write_count(ws, r, 4, task.vehicles, rng, people=False)
            if merge_left:
                merge_left -= 1  # covered by the merge above
            elif i % 2_000 == 1_000 and i + 3 < len(by_kind[kind]):
                ws.merge_range(r, 5, r + 2, 5, task.squads)  # a squad merged down three rows
                for later in by_kind[kind][i + 1:i + 3]:
                    later.squads = task.squads
                merge_left = 2
            else:
                squads = task.squads
                if rng.random() < 0.01 and "、" in squads:
                    squads = squads.replace("、", rng.choice([",", "/", " ", "，"]))
                elif rng.random() < 0.005:
                    squads = squads + " "
                ws.write_string(r, 5, squads)
            remarks = task.remarks
            if not remarks and rng.random() < 0.02:
                remarks = rng.choice(["/", "—", "无"])
            if remarks:
                ws.write_string(r, 6, remarks)
            r += 1
        ws.write_string(r, 0, "合计")  # a totals row with sums
        ws.write_number(r, 3, heads)
        ws.write_number(r, 4, vehicles)
    notes = wb.add_worksheet("填表说明")
    for r, line in enumerate(["填表说明：", "1. 每次出队填写一行，事件编号按年度顺序编写。", "2. 出队时间精确到分钟。",
                              "3. 多个分队参与时用顿号分隔。", "制表：秘书组"]):
        notes.write_string(r, 0, line)
    wb.set_properties({"title": f"{BIG_YEAR}年全省救援任务统计", "author": "秘书组", "created": dt.datetime(2023, 1, 5)})
    wb.close()
    os.replace(tmp, path)
    _mark(path, key)
    say(f"  完成，用时 {time.perf_counter() - started:.1f} 秒，{path.stat().st_size / 1e6:.1f} MB")
    return path


def _write_departure(ws, r: int, departure: str, rng: random.Random, datetime_format, date_format) -> None:
    roll = rng.random()
    y, mo, d = int(departure[:4]), int(departure[5:7]), int(departure[8:10])
    has_time = len(departure) > 10
    h, mi = (int(departure[11:13]), int(departure[14:16])) if has_time else (0, 0)
    if not has_time or roll < 0.02:
        ws.write_datetime(r, 2, dt.datetime(y, mo, d), date_format)
    elif roll < 0.935:
        ws.write_datetime(r, 2, dt.datetime(y, mo, d, h, mi), datetime_format)
    elif roll < 0.95:
        ws.write_string(r, 2, f"{y}.{mo}.{d} {h}:{mi:02d}")
    elif roll < 0.96:
        ws.write_string(r, 2, f"{y}/{mo}/{d} {h}:{mi:02d}")
    elif roll < 0.965:
        ws.write_string(r, 2, f"{y}年{mo}月{d}日")
    elif roll < 0.97:
        ws.write_string(r, 2, f"{mo}月{d}日 {h}:{mi:02d}")
    elif roll < 0.975:
        ws.write_string(r, 2, f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}")
    elif roll < 0.98:  # a bare serial number
        serial = (dt.datetime(y, mo, d, h, mi) - dt.datetime(1899, 12, 30)).total_seconds() / 86400
        ws.write_number(r, 2, round(serial, 6))
    elif roll < 0.981:
        ws.write_string(r, 2, "待补")  # unreadable: kept as raw text
    else:
        ws.write_datetime(r, 2, dt.datetime(y, mo, d, h, mi), datetime_format)


def _write_count(ws, r: int, c: int, value: int, rng: random.Random, people: bool) -> None:
    roll = rng.random()
    if people:
        if roll < 0.96:
            ws.write_number(r, c, value)
        elif roll < 0.98:
            ws.write_string(r, c, f"{value}人")
        elif roll < 0.985:
            ws.write_string(r, c, str(value).translate(str.maketrans("0123456789", "０１２３４５６７８９")))
        elif roll < 0.99:
            ws.write_string(r, c, f"约{value}人")
        elif roll < 0.995:
            ws.write_string(r, c, f"{value}（含队长1人）")
        else:
            ws.write_string(r, c, "/")
    else:
        if roll < 0.97:
            ws.write_number(r, c, value)
        elif roll < 0.98:
            ws.write_string(r, c, "/")
        elif roll < 0.99:
            ws.write_string(r, c, f"{value}辆")
        # else: left empty


# --- databases -----------------------------------------------------------------------------------

def _schema_key() -> str:
    migrations = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "wz_desktop" / "store" / "migrations").glob("*.sql"))
    return _source_digest("wz_desktop/store/schema.py", "wz_desktop/store/tasks.py", *migrations)


def imported_db(workbook: Path, name: str) -> Path:
    """A database made by importing ``workbook`` (what the export benchmarks read)."""
    from wz_desktop.store import Store
    from wz_desktop.services.imports import import_workbook

    path = OUT / name
    key = (f"wb={workbook.name}:{workbook.stat().st_size}:{workbook.stat().st_mtime_ns};schema={_schema_key()};"
           f"importer={_source_digest('wz_desktop/workbook/importer.py', 'wz_desktop/services/imports.py', 'wz_desktop/domain/parse.py')}")
    if _fresh(path, key):
        return path
    _remove_db(path)
    say(f"导入 {workbook.name} 到 {path.name} …")
    with Store.open(path) as store:
        report = import_workbook(store, workbook, backup=False, session=SYSTEM_SESSION)
        if not report.ok:
            raise SystemExit(f"导入失败：{report.error}")
    _mark(path, key)
    return path


def canonical_workbook(database: Path, year: int, name: str) -> Path:
    """The canonical six-sheet form (what export writes, and the shape docs/performance.md measured
    its floors on) of the tasks of ``database``: the tidy counterpart of ``big_workbook``."""
    from wz_desktop.store import Store
    from wz_desktop.services.exports import export_year

    path = OUT / name
    key = f"db={database.name}:{database.stat().st_mtime_ns};exporter={_source_digest('wz_desktop/workbook/exporter.py')}"
    if _fresh(path, key):
        return path
    say(f"导出 {database.name} 的 {year} 年为标准格式 {path.name} …")
    with Store.open(database) as store:
        export_year(store, year, path, session=SYSTEM_SESSION)
    _mark(path, key)
    return path


def libreoffice_copy(workbook: Path, suffix: str) -> Path | None:
    """``workbook`` as LibreOffice saves it (``suffix`` ".ods" or ".xls"), beside it; None where
    LibreOffice (soffice) is not installed."""
    import shutil
    import subprocess
    import tempfile

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    path = workbook.with_suffix(suffix)
    key = f"from={workbook.name}:{workbook.stat().st_mtime_ns}"
    if _fresh(path, key):
        return path
    if soffice is None:
        return None
    say(f"用 LibreOffice 把 {workbook.name} 另存为 {suffix} …")
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([soffice, f"-env:UserInstallation={Path(folder, 'profile').as_uri()}", "--headless",
                        "--norestore", "--convert-to", suffix.lstrip("."), "--outdir", folder, str(workbook)],
                       capture_output=True, timeout=600, check=True)
        shutil.move(Path(folder) / path.name, path)
    _mark(path, key)
    return path


def demo_db() -> Path:
    """The demo database (about 5,000 tasks, a roster, users): an existing database to start on."""
    from wz_desktop.demo import build_demo_database

    path = OUT / "demo.db"
    key = f"demo;schema={_schema_key()};gen={_source_digest('wz_desktop/demo.py')}"
    if _fresh(path, key):
        return path
    _remove_db(path)
    OUT.mkdir(parents=True, exist_ok=True)
    build_demo_database(path)
    _mark(path, key)
    return path


def million_db(n: int) -> Path:
    """A database of ``n`` synthetic tasks over 2010-2025, inserted with ``insert_many`` in one
    transaction, search index built."""
    from wz_desktop.demo import synthetic_tasks
    from wz_desktop.store import Store

    path = OUT / f"tasks-{n}.db"
    key = f"n={n};seed=7;schema={_schema_key()};gen={_source_digest('wz_desktop/demo.py')}"
    if _fresh(path, key):
        return path
    _remove_db(path)
    say(f"生成 {n} 条任务的数据库 {path.name}（只需一次）…")
    started = time.perf_counter()
    with Store.open(path) as store:
        with store.transaction():
            batch = []
            for task in synthetic_tasks(n, seed=7):
                batch.append(task)
                if len(batch) == 50_000:
                    store.tasks.insert_many(batch)
                    batch = []
            store.tasks.insert_many(batch)
        inserted = time.perf_counter() - started
        store.tasks.index_pending()
        say(f"  写入 {inserted:.1f} 秒，建搜索索引 {time.perf_counter() - started - inserted:.1f} 秒")
    _mark(path, key)
    say(f"  完成，{path.stat().st_size / 1e6:.0f} MB")
    return path


# --- attendance: a roster of 3,000 on the million tasks --------------------------------------------

ATTENDANCE_MEMBERS = 3_000
ATTENDANCE_SQUADS = 60
ATTENDANCE_FROM = "2023-01-01"  # attendance by name on the tasks of the last three years (2023-2025)
ATTENDANCE_PER_TASK = 8  # at most this many members a task (the headcount where smaller)


def attendance_db(n: int) -> Path:
    """``million_db(n)`` with a roster and attendance: 3,000 members in 60 squads (the 20 squads the
    tasks name, and 40 more), and members on every task departing from ATTENDANCE_FROM on (up to
    ATTENDANCE_PER_TASK each, mostly from the task's squads: about 1.4 million rows on a million
    tasks), reviewed with 出勤 / 迟到 / 早退 / 缺勤 and hours, the latest few hundred not yet. The
    older tasks are "imported history": counts but no names."""
    from wz_desktop.store.db import backup_file
    import sqlite3

    base = million_db(n)
    path = OUT / f"attendance-{n}.db"
    key = (f"base={base.name}:{base.with_name(base.name + '.key').read_text()};members={ATTENDANCE_MEMBERS};"
           f"squads={ATTENDANCE_SQUADS};from={ATTENDANCE_FROM};per={ATTENDANCE_PER_TASK};seed=11;"
           f"src={_source_digest('bench/fixtures.py')};schema={_schema_key()}")
    if _fresh(path, key):
        return path
    _remove_db(path)
    say(f"在 {base.name} 的副本上加入 {ATTENDANCE_MEMBERS} 名队员和出勤记录：{path.name}（只需一次）…")
    started = time.perf_counter()
    source = sqlite3.connect(str(base))
    try:
        backup_file(source, path)
    finally:
        source.close()
    add_attendance(path, seed=11)
    _mark(path, key)
    say(f"  完成，用时 {time.perf_counter() - started:.1f} 秒，{path.stat().st_size / 1e6:.0f} MB")
    return path


def add_attendance(path: Path, *, seed: int = 11, members: int = ATTENDANCE_MEMBERS,
                   squads: int = ATTENDANCE_SQUADS, since: str = ATTENDANCE_FROM,
                   per_task: int = ATTENDANCE_PER_TASK) -> int:
    """Add squads up to ``squads``, ``members`` members, and attendance on the tasks departing from
    ``since`` on. Returns the attendance rows written."""
    from wz_desktop.demo import GIVEN_FEMALE, GIVEN_MALE, PHONE_PREFIXES, SURNAMES
    from wz_desktop.domain.records import Member, Squad
    from wz_desktop.store import Store

    rng = random.Random(seed)
    districts = ["中山", "西岗", "沙河口", "甘井子", "旅顺", "金州", "开发区", "普兰店", "瓦房店", "庄河", "长海", "高新园区"]
    with Store.open(path) as store:
        roster = store.roster
        have = [s.name for s in roster.squads()]
        extra, i = [], 0
        while len(have) + len(extra) < squads:
            i += 1
            name = f"{districts[i % len(districts)]}第{i // len(districts) + 2}分队"
            if name not in have:
                extra.append(Squad(name=name, district=districts[i % len(districts)] + "区"))
        if extra:
            roster.add_squads(extra, actor=roster.audit.actor)
        squad_ids = [s.id for s in roster.squads()]
        weights = [rng.uniform(0.4, 2.0) for _ in squad_ids]  # squads of different sizes
        people = []
        for k in range(members):
            female = rng.random() < 0.4
            pool = GIVEN_FEMALE if female else GIVEN_MALE
            given = rng.choice(pool) if rng.random() < 0.4 else rng.choice(pool) + rng.choice(pool)
            people.append(Member(name=rng.choice(SURNAMES) + given, code=f"WZ{k + 1:05d}",
                                 squad_id=rng.choices(squad_ids, weights)[0],
                                 phone=rng.choice(PHONE_PREFIXES) + f"{k:08d}", active=rng.random() > 0.06))
        roster.add_members(people, joined_on=[f"{rng.randint(2010, 2023)}-{rng.randint(1, 12):02d}-01"
                                              for _ in people], actor=roster.audit.actor)
        by_squad: dict[int, list[int]] = {}
        for m in people:
            if m.active:
                by_squad.setdefault(m.squad_id, []).append(m.id)
        everyone = [m.id for m in people if m.active]
        conn = store.database.conn
        task_squads: dict[int, list[int]] = {}
        for task_id, squad_id in conn.execute(
                "SELECT ts.task_id, ts.squad_id FROM task_squads ts JOIN tasks t ON t.id = ts.task_id"
                " WHERE t.departure >= ?", (since,)):
            task_squads.setdefault(task_id, []).append(squad_id)
        tasks = conn.execute("SELECT id, headcount, kind FROM tasks WHERE departure >= ? ORDER BY departure, id",
                             (since,)).fetchall()
        unreviewed = {task_id for task_id, _, _ in tasks[-300:]}
        hours_of = {"water": (2, 8), "urban": (3, 12), "mountain": (4, 14), "training": (2, 6), "epidemic": (4, 9),
                    "upkeep": (1, 4)}
        rows = []
        random_, choice, sample = rng.random, rng.choice, rng.sample
        for task_id, headcount, kind in tasks:
            wanted = min(per_task, headcount or 3)
            pool = [m for s in task_squads.get(task_id, ()) for m in by_squad.get(s, ())]
            chosen = set(sample(pool, min(len(pool), wanted - wanted // 4))) if pool else set()
            while len(chosen) < wanted:  # a quarter or more from other squads (help across districts)
                chosen.add(choice(everyone))
            low, high = hours_of[kind]
            base = low + (high - low) * random_()
            for member_id in chosen:
                if task_id in unreviewed:
                    rows.append((task_id, member_id, None, None))
                    continue
                roll = random_()
                if roll < 0.04:
                    rows.append((task_id, member_id, "缺勤", 0.0))
                elif roll < 0.09:
                    rows.append((task_id, member_id, "迟到", max(0.5, round(base * 2 - 2) / 2)))
                elif roll < 0.13:
                    rows.append((task_id, member_id, "早退", max(0.5, round(base * 2 - 3) / 2)))
                else:
                    rows.append((task_id, member_id, "出勤", round(base * 2) / 2))
        with store.transaction():
            conn.executemany("INSERT INTO task_members (task_id, member_id, attendance, hours) VALUES (?, ?, ?, ?)",
                             rows)
        store.database.checkpoint()
    return len(rows)
