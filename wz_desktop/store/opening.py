"""Opening a database with suspicion: the one way the window and every command open it.

    store = open_checked(path, write=True, purpose=lock.IMPORT)   # or write=False for a report

Before a byte is written or a figure reported, the file is looked at:

1. **Missing or emptied** (0 bytes: a sync tool, a crash) while copies of it exist in the backup
   folders: not a new database. :class:`DatabaseEmptied` names the newest good copy and the
   command that restores it. Without copies a missing file is a new database only where the
   caller allows it (``create``: the first import, the window's first start).
2. **Writers take the lock** (``store.lock``): the window, import, restore, migrations and every
   command that writes; whoever waits or is refused is told who holds the database.
3. **Checked** (:func:`check_file`): the header (SQLite's magic, page size, the page count it
   records against the file's size: a damaged header, a truncated file), the freelist's bounds,
   the schema read through SQLite, then SQLite's ``quick_check`` (every page of every table and
   index, their order and links, the freelist) within a time budget. A file that fails any of
   these is :class:`DatabaseDamaged`, with the newest good copy and how to restore it.
   Measured on the million-task database (642 MB, ``bench/check_open.py``): header and schema
   2 ms; the whole ``quick_check`` 1.1 s warm, 1.7 s cold on a quiet machine (3-5 s with the
   machine's two cores shared). So the commands run it whole (milliseconds at the team's real
   size, tens of thousands of tasks), and the window runs it 0.35 s at its start (interrupted
   then: 0.40 s in all) and finishes it in the background, refusing every write
   (``Database.refuse``) and naming the newest good copy if it fails. A complete check that
   passed is remembered with the file's size and times (and its write-ahead log's): a command
   on an unchanged file takes 0.03 s.
4. Every failure of SQLite is told in the user's language (``errors.describe_failure``).
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import struct
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from wz_desktop.domain.text import msg
from wz_desktop.store import backups
from wz_desktop.store.errors import (SQLITE_AUTH, SQLITE_BUSY, SQLITE_CANTOPEN, SQLITE_LOCKED, SQLITE_PERM,
                                     SQLITE_READONLY, DatabaseDamaged, DatabaseEmptied, DatabaseMissing, StoreError,
                                     describe_failure)
from wz_desktop.store.lock import WRITE, DatabaseInUse, DatabaseLock

log = logging.getLogger(__name__)

MAGIC = b"SQLite format 3\x00"
CHECK_BUDGET = 0.35  # seconds of quick_check at the window's start; it finishes in the background
CHECK_RECORD = "integrity-checks.json"  # in the data folder: the last full check of each database
LOCK_WAIT = 10.0  # seconds a writing command waits for the lock before it says who holds it


@dataclass
class CheckResult:
    problems: list = field(default_factory=list)  # what is wrong, for people (empty: sound)
    complete: bool = True  # False: the quick_check ran out of its budget (the cheap checks passed)
    seconds: float = 0.0
    cached: bool = False  # the verdict of an earlier complete check of the unchanged file
    foreign: bool = False  # a sound SQLite file, but not one of ours (another program's database)
    access: bool = False  # not read for want of rights (a read-only folder, no permission): not damage

    @property
    def ok(self) -> bool:
        return not self.problems


# --- the file itself ---------------------------------------------------------------------------

def header_problems(path: Path) -> list:
    """What the first 100 bytes and the file's size say (microseconds): not a database, a damaged
    header, a truncated file, a freelist pointing outside the file."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        return [msg("无法读取文件：{reason}", reason=describe_failure(exc))]
    if size == 0:
        return [msg("文件是空的（0 字节）")]
    if len(header) < 100 or header[:16] != MAGIC:
        return [msg("文件头已损坏，或不是万众救援台的数据库文件")]
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return [msg("文件头已损坏（页大小 {size} 无效）", size=page_size)]
    if header[21:24] != b"\x40\x20\x20":  # payload fractions: fixed by the file format
        return [msg("文件头已损坏（格式字段无效）")]
    if size % page_size:
        return [msg("文件被截断（大小 {size} 字节不是页大小 {page} 的整数倍）", size=size, page=page_size)]
    pages_in_file = size // page_size
    change_counter, pages, trunk, free = struct.unpack(">IIII", header[24:40])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if pages and valid_for == change_counter and pages > pages_in_file and not _wal_holds_more(path):
        return [msg("文件被截断（应有 {pages} 页，只剩 {left} 页）", pages=pages, left=pages_in_file)]
    limit = max(pages, pages_in_file)
    if trunk > limit or free > limit:
        return [msg("文件头已损坏（空闲页记录超出文件）")]
    return []


def _wal_holds_more(path: Path) -> bool:
    """A write-ahead log beside the file may hold pages not yet copied into it."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 32
    except OSError:
        return False


def _signature(path: Path) -> list:
    parts = []
    for side in ("", "-wal"):
        try:
            st = path.with_name(path.name + side).stat()
        except OSError:
            st = None
        if st is None or side and st.st_size == 0:  # an empty log (a reader leaves one) holds nothing
            parts += [None, None, None]
        else:
            parts += [st.st_size, st.st_mtime_ns, st.st_ino]
    return parts


def _record_path() -> Path:
    from wz_desktop.config import paths

    return paths().data_dir / CHECK_RECORD


def _records() -> dict:
    try:
        data = json.loads(_record_path().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _checked_before(path: Path) -> bool:
    """The last complete check of this file passed and the file has not changed since."""
    entry = _records().get(os.path.normcase(os.path.abspath(path)))
    if not isinstance(entry, dict) or entry.get("ok") is not True or entry.get("signature") != _signature(path):
        return False
    # a change within the clock's granularity of the check might keep the same times: only a file
    # already unchanged for 2 seconds when it was checked is trusted unchanged since
    times = [t for t in entry["signature"][1::3] if t is not None]
    return bool(times) and entry.get("checked_ns", 0) - max(times) > 2_000_000_000


def _remember(path: Path, ok: bool, signature: list, checked_ns: int) -> None:
    records = _records()
    records[os.path.normcase(os.path.abspath(path))] = {"signature": signature, "ok": ok, "checked_ns": checked_ns,
                                                         "at": time.strftime("%Y-%m-%d %H:%M:%S")}
    target = _record_path()
    tmp = target.with_name(target.name + f".{os.getpid()}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        log.warning("cannot record the integrity check in %s", target)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


# SQLite's failures that say nothing of the file's soundness: no right to read it or to make the
# -shm file its write-ahead log needs beside it (a read-only folder), or another program's lock
_ACCESS_CODES = {SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_AUTH}


def _access_code(exc: BaseException) -> bool:
    return ((getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF) in _ACCESS_CODES  # (extended codes too)


def check_file(path: str | Path, *, budget: float | None = CHECK_BUDGET) -> CheckResult:
    """The checks of the module's text, read-only. ``budget`` (seconds) bounds SQLite's quick_check;
    None lets it run to the end."""
    path = Path(path)
    started = time.perf_counter()
    result = CheckResult()
    result.problems = header_problems(path)
    if result.problems:
        result.seconds = time.perf_counter() - started
        return result
    try:
        conn = backups.open_read_only(path, immutable=False)
    except (OSError, sqlite3.Error) as exc:
        result.problems = [msg("无法作为数据库打开：{reason}", reason=describe_failure(exc))]
        result.access = isinstance(exc, PermissionError) or _access_code(exc)
        if result.access:
            result.problems = [describe_failure(exc)]
        return result
    signature, checked_ns = _signature(path), time.time_ns()  # before the check: a change during it shows
    try:
        schema = conn.execute("SELECT type, name, rootpage, sql FROM sqlite_master").fetchall()
        foreign = foreign_problem(path, schema, conn.execute("PRAGMA user_version").fetchone()[0])
        if foreign is not None:
            result.problems, result.foreign = [foreign], True
            return result
        if _checked_before(path):
            result.cached = True
            return result
        timer = None
        if budget is not None:  # (the progress handler is not called inside SQLite's check: interrupt it)
            timer = threading.Timer(max(0.0, budget), conn.interrupt)
            timer.daemon = True
            timer.start()
        try:
            rows = conn.execute("PRAGMA quick_check(20)").fetchall()
        except sqlite3.OperationalError as exc:
            if timer is not None and "interrupt" in str(exc):
                result.complete = False
                return result
            raise
        finally:
            if timer is not None:
                timer.cancel()
        problems = [str(row[0]) for row in rows]
        if problems != ["ok"]:
            log.error("quick_check of %s: %s", path, "; ".join(problems))
            result.problems = [msg("完整性检查未通过（{count} 处问题，如：{first}）", count=len(problems),
                                   first=problems[0][:200])]
    except sqlite3.Error as exc:
        log.error("checking %s: %s", path, exc)
        result.problems = [msg("读取时出错：{reason}", reason=describe_failure(exc))]
        result.access = _access_code(exc)
        if result.access:
            result.problems = [describe_failure(exc)]
            result.complete = False  # nothing learnt about the file: nothing to remember
    finally:
        conn.close()
        result.seconds = time.perf_counter() - started
    if result.complete and not result.cached:
        _remember(path, result.ok, signature, checked_ns)
    return result


# tables every database of ours has had since its first version (migrations 0001)
OUR_TABLES = {"tasks", "settings", "imports"}


def foreign_problem(path: Path, schema: list, version: int):
    """A file SQLite reads but that is not one of ours (another program's database; or a write-ahead
    log of another database beside it, whose pages now show instead of ours): what to say, or None.
    A file without any table is an empty new database; a newer version is said by the migration."""
    from wz_desktop.store.schema import LATEST_VERSION

    tables = sorted(name for kind, name, *_ in schema if kind == "table" and not name.startswith("sqlite_"))
    if not tables or version > LATEST_VERSION:
        return None
    if OUR_TABLES <= set(tables):  # (version 0 with our tables: a database from before the migrations)
        return None
    problem = msg("它不是万众救援台的数据库（结构版本 {version}，其中的表：{tables}）", version=version,
                  tables="、".join(tables[:8]) + ("……" if len(tables) > 8 else ""))
    wal = path.with_name(path.name + "-wal")
    with contextlib.suppress(OSError):
        if wal.stat().st_size > 32:
            problem = msg("{problem}；旁边的“{wal}”文件可能属于另一个数据库", problem=problem, wal=wal.name)
    return problem


# --- what to say -----------------------------------------------------------------------------

def restore_hint(path: str | Path):
    """The newest good copy and the command that restores it, or that there is none (a Text)."""
    path = Path(path)
    try:
        good = backups.newest_good_backup(path)
    except Exception:  # the hint must never hide the message it belongs to
        log.exception("looking for the copies of %s", path)
        good = None
    if good is None:
        folders = "；".join(str(f) for f in backups.search_folders(path))
        return msg("没有找到可以用来恢复的完好备份（查找了：{folders}）。数据库文件没有被改动，请联系维护人员。",
                   folders=folders)
    return msg("最新的完好备份是“{copy}”（{when}，{tasks} 条任务）。恢复它：wz-desktop --db \"{db}\" restore \"{copy}\"",
               copy=good.path, when=good.taken_at.strftime("%Y-%m-%d %H:%M"),
               tasks=good.preview.tasks if good.preview else 0, db=path)


def damaged_error(path: Path, problem) -> DatabaseDamaged:
    """The refusal of a damaged file: what is wrong, that nothing was done, the copy to restore.
    ``problem`` (what is wrong, without the hint) is kept on the exception for the window."""
    exc = DatabaseDamaged(msg("数据库“{path}”已损坏：{problem}。没有写入、报告或备份任何内容。{hint}",
                              path=path, problem=problem, hint=restore_hint(path)))
    exc.problem = problem
    return exc


def file_state(path: Path) -> str:
    """'missing', 'empty' (0 bytes), 'present', or what makes it no database file at all: 'directory',
    'special' (a device, a pipe), 'unreachable' (a symbolic link loop, no permission to look)."""
    import stat as stat_

    try:
        st = path.stat()
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "unreachable"
    if stat_.S_ISDIR(st.st_mode):
        return "directory"
    if not stat_.S_ISREG(st.st_mode):
        return "special"
    return "empty" if st.st_size == 0 else "present"


def _not_a_file(path: Path, state: str) -> StoreError:
    if state == "unreachable":
        try:
            path.stat()
            reason = msg("无法访问")
        except OSError as exc:
            reason = describe_failure(exc)
        what = msg("无法访问（{reason}）", reason=reason)
    elif state == "directory":
        what = msg("是一个文件夹")
    else:
        what = msg("不是普通文件")
    return StoreError(msg("数据库“{path}”{what}，不是数据库文件。没有写入任何内容。请用 --db 指定正确的数据库文件，"
                          "或把它移开后用 restore 从备份恢复。", path=path, what=what))


def _clean(path: Path, writer: bool) -> None:
    """What a killed export or backup left (``leftovers``): backup ``.part`` files only by a writer."""
    from wz_desktop.leftovers import clean_leftovers, private_folder

    try:
        clean_leftovers(backups.search_folders(path) if writer else ())
        for folder in backups.search_folders(path):
            if folder.exists():
                private_folder(folder)
                for copy in folder.glob("*.db"):
                    if backups.parse_name(copy):
                        from wz_desktop.leftovers import private_file

                        private_file(copy)
    except Exception:  # tidying never stops an opening
        log.exception("cleaning what a killed program left")


def sides_absent(path: Path) -> list:
    """The -wal and -shm files not (yet) beside the database."""
    return [side for side in (path.with_name(path.name + s) for s in ("-wal", "-shm")) if not os.path.lexists(side)]


def remove_new_sides(absent: list) -> None:
    """A refused file is left as it was found: the empty -wal and -shm files that SQLite made beside it
    while it was looked at are removed (never a log that holds pages)."""
    wal = [side for side in absent if side.name.endswith("-wal")]
    with contextlib.suppress(OSError):
        if wal and wal[0].exists() and wal[0].stat().st_size > 0:
            return
    for side in absent:
        with contextlib.suppress(OSError):
            side.unlink(missing_ok=True)


# --- opening -----------------------------------------------------------------------------------

def open_checked(path: str | Path, *, write: bool, purpose: str = WRITE, create: bool = False,
                 wait: float | None = None, backup_dir: str | Path | None = None, lock: DatabaseLock | None = None,
                 budget: float | None = None, on_wait=None):
    """The :class:`~wz_desktop.store.Store` of ``path``, opened as the module's text says; raises a
    ``StoreError`` (its message for people) instead. ``write``: the caller writes (takes the lock,
    ``purpose`` says what for, waits ``wait`` seconds for it; or passes a held ``lock``).
    ``create``: a missing file without copies is a new database. ``budget``: seconds for SQLite's
    quick_check (None: to the end; the window gives it a budget and finishes it in the background,
    ``store.unchecked`` then True). ``on_wait(text)`` is told who holds the lock when it must wait."""
    from wz_desktop.store import Store

    path = Path(path)
    wait = LOCK_WAIT if wait is None else wait
    if not path.parent.is_dir() and not create:
        raise DatabaseMissing(msg("数据库“{path}”不存在。请先用 import 导入工作簿，或用 --db 指定数据库。", path=path))
    own_lock = None
    if write and lock is None:
        own_lock = lock = DatabaseLock(path, purpose=purpose)
        try:
            if not lock.acquire():
                if on_wait is not None and wait > 0:
                    on_wait(msg("{holder}（最多等待 {seconds:.0f} 秒）", holder=lock.holder_text(), seconds=wait))
                if not lock.acquire(wait=wait):
                    raise DatabaseInUse(lock.holder_text())
        except OSError as exc:  # no lock file possible (a read-only folder): nothing else can write there either
            log.warning("cannot create the lock file %s: %s", lock.path, exc)
            own_lock = lock = None
    absent = sides_absent(path)  # what reading a refused file must not leave
    try:
        state = file_state(path)  # (after the lock: a restore may have just put the file in place)
        if state in ("directory", "special", "unreachable"):
            raise _not_a_file(path, state)
        if state != "present":
            good = backups.newest_good_backup(path)
            what = msg("是空的（0 字节）") if state == "empty" else msg("不存在")
            if good is not None:
                raise DatabaseEmptied(msg("数据库“{path}”{what}，但它有备份：这不是一个新数据库，没有新建。{hint}",
                                          path=path, what=what, hint=restore_hint(path)), good)
            copies = backups.backups_of(path, preview=False)
            if copies:  # copies exist, none of them sound: still not a new database
                raise DatabaseEmptied(msg("数据库“{path}”{what}，它有 {count} 个备份，但都已损坏或无法使用："
                                          "这不是一个新数据库，没有新建。{hint}", path=path, what=what,
                                          count=len(copies), hint=restore_hint(path)))
            if state == "empty" and not create:
                raise DatabaseMissing(msg("数据库“{path}”是空的（0 字节），也没有找到它的备份。请用 import 导入工作簿"
                                          "重新建立，或用 --db 指定正确的数据库。", path=path))
            if not create:
                raise DatabaseMissing(msg("数据库“{path}”不存在。请先用 import 导入工作簿，或用 --db 指定数据库。",
                                          path=path))
        _clean(path, write and lock is not None)
        if state == "present":
            result = check_file(path, budget=budget)
            log.info("integrity check of %s: %s in %.3f s%s", path, "ok" if result.ok else result.problems,
                     result.seconds, "" if result.complete else " (partial: the quick_check ran out of time)")
            if not result.ok:
                if result.access:
                    raise StoreError(msg("无法读取数据库“{path}”：{reason}。数据库没有被改动，没有写入任何内容。"
                                         "请检查这个文件和它所在文件夹的权限（读取数据库也需要在它旁边建立临时文件），"
                                         "或把它复制到可以写入的文件夹后再用 --db 指定。", path=path,
                                         reason=result.problems[0]))
                if result.foreign:
                    exc = DatabaseDamaged(msg("“{path}”不是万众救援台可以使用的数据库：{problem}。没有写入、报告或备份任何内容。"
                                              "如果选错了文件，请用 --db 指定正确的数据库。{hint}",
                                              path=path, problem=result.problems[0], hint=restore_hint(path)))
                    exc.problem, exc.foreign = result.problems[0], True
                    raise exc
                raise damaged_error(path, result.problems[0])
        try:
            store = Store.open(path, backup_dir=backup_dir, maintain=write)
        except DatabaseDamaged as exc:
            raise damaged_error(path, exc) from exc
    except BaseException as exc:
        if isinstance(exc, StoreError):
            remove_new_sides(absent)
        if own_lock is not None:
            own_lock.release()
        raise
    store.lock = own_lock
    store.unchecked = state == "present" and not result.complete
    return store


__all__ = ["open_checked", "check_file", "header_problems", "restore_hint", "CheckResult", "DatabaseEmptied",
           "DatabaseMissing", "DatabaseInUse", "StoreError"]
