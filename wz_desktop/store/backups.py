"""Backups: the copies, what each holds, keeping some and removing others, restoring one. No Qt.

Every copy is a whole SQLite database taken with SQLite's backup API (safe while the database is
in use), named ``<database>-<reason>-<YYYYmmdd-HHMMSS-ffffff>.db`` in the backup folder. Only files
named so are ever listed, rotated away or offered for a restore: anything else in the folder is
left alone.

Reasons: ``daily`` (the first start of each day), ``before-import``, ``before-migration`` (older
copies say ``before-v<N>``), ``before-restore`` (the database a restore replaced), ``manual``
(the menu, ``wz-desktop backup``), ``before-roster-import``, and ``damaged`` (a damaged database
copied byte for byte before a restore replaced it, for the record).

Settings (where the copies go and how many are kept) live in ``backup-settings.json`` in the data
folder, not in the database: a damaged database must not hide where its backups are
(``store/backup_settings.py``, re-exported here).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wz_desktop.domain.text import msg
from wz_desktop.domain.roles import SYSTEM
from wz_desktop.leftovers import private_file
from wz_desktop.store.audit import Audit
from wz_desktop.store.backup_settings import (  # noqa: F401  (re-exported: callers know them as backups.*)
    DEFAULT_KEEP_DAILY,
    DEFAULT_KEEP_OTHER,
    SETTINGS_FILE_NAME,
    BackupSettings,
    configured_folder,
    folder_for,
    load_settings,
    save_settings,
    search_folders,
    set_backup_folder,
    set_keep_daily,
    set_keep_other,
    settings_path,
)
from wz_desktop.store.db import Database, clear_refusal, timestamp
from wz_desktop.store.errors import DatabaseBusy, DatabaseDamaged, DatabaseTooNew, StoreError, describe_failure
from wz_desktop.store.lock import RESTORE, DatabaseInUse, DatabaseLock
from wz_desktop.store.schema import LATEST_VERSION

if TYPE_CHECKING:  # the store imports this module where it backs up
    from wz_desktop.domain.roles import Actor
    from wz_desktop.store import Store

log = logging.getLogger(__name__)

DAILY = "daily"
BEFORE_IMPORT = "before-import"
BEFORE_MIGRATION = "before-migration"
BEFORE_RESTORE = "before-restore"
MANUAL = "manual"
BEFORE_ROSTER_IMPORT = "before-roster-import"
DAMAGED = "damaged"
REASONS = (DAILY, BEFORE_IMPORT, BEFORE_MIGRATION, BEFORE_RESTORE, MANUAL, BEFORE_ROSTER_IMPORT, DAMAGED)

# why a copy was taken, for people
REASON_LABELS = {
    DAILY: "每日自动备份",
    BEFORE_IMPORT: "导入前",
    BEFORE_MIGRATION: "升级前",
    BEFORE_RESTORE: "恢复前",
    MANUAL: "手动备份",
    BEFORE_ROSTER_IMPORT: "名册导入前",
    DAMAGED: "损坏的数据库（留档）",
}


_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<reason>daily|before-import|before-migration|before-v\d+|before-restore|manual"
    r"|before-roster-import|damaged)-(?P<stamp>\d{8}-\d{6}-\d{6})\.db$"
)


class BackupUnusable(StoreError):
    """A copy that can't be restored (damaged, not ours, from a newer version); the message says why."""


# --- what a copy holds ------------------------------------------------------------------------

@dataclass
class BackupPreview:
    """What a copy holds, read from it opened read-only. ``error`` says why it can't be used."""

    version: int | None = None
    tasks: int = 0
    tasks_by_year: dict[int, int] = field(default_factory=dict)
    calls: int = 0
    members: int = 0
    latest_departure: str | None = None
    latest_change: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str  # one of REASONS (``before-v<N>`` reads as ``before-migration``)
    size: int
    stem: str = ""  # the name of the database it is a copy of (without .db)
    preview: BackupPreview | None = None

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)

    @property
    def usable(self) -> bool:
        """Readable, whole and not from a newer version (only known once the preview was read)."""
        return self.preview is not None and self.preview.ok


def _uri(path: Path, *, immutable: bool) -> str:
    uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def open_read_only(path: str | Path, *, immutable: bool = True) -> sqlite3.Connection:
    """A read-only connection. ``immutable`` for copies nobody writes (no lock, no -wal/-shm files
    made beside them); never for the live database."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(str(path))
    return sqlite3.connect(_uri(path, immutable=immutable), uri=True)


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def read_preview(path: str | Path) -> BackupPreview:
    """Open the copy read-only and count what it holds. Never raises: a problem is ``error``."""
    preview = BackupPreview()
    try:
        conn = open_read_only(path)
    except (OSError, sqlite3.Error) as exc:
        preview.error = msg("无法打开：{reason}", reason=describe_failure(exc))
        return preview
    try:
        preview.version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "tasks" not in tables:
            preview.error = msg("不是万众救援台的数据库（没有任务表）")
            return preview
        if "tasks" in tables:
            preview.tasks_by_year = {year: count for year, count in conn.execute(
                "SELECT year, count(*) FROM tasks GROUP BY year ORDER BY year")}
            preview.tasks = sum(preview.tasks_by_year.values())
            preview.latest_departure = conn.execute("SELECT max(departure) FROM tasks").fetchone()[0]
        if "calls" in tables:
            preview.calls = conn.execute("SELECT count(*) FROM calls WHERE is_draft = 0"
                                         if "is_draft" in _columns(conn, "calls")
                                         else "SELECT count(*) FROM calls").fetchone()[0]
        if "members" in tables:
            preview.members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
        changes = []
        for table, column in (("tasks", "updated_at"), ("calls", "updated_at"), ("members", "updated_at"),
                              ("task_history", "at"), ("imports", "finished_at")):
            if table in tables and column in _columns(conn, table):
                changes.append(conn.execute(f'SELECT max("{column}") FROM "{table}"').fetchone()[0])
        changes = [c for c in changes if c]
        preview.latest_change = max(changes) if changes else None
        if preview.version > LATEST_VERSION:
            preview.error = msg("由更新版本的万众救援台创建（结构版本 {version}）", version=preview.version)
    except sqlite3.Error as exc:
        preview.error = msg("已损坏或不是数据库：{reason}", reason=describe_failure(exc))
    finally:
        conn.close()
    return preview


def parse_name(path: str | Path) -> tuple[str, str, dt.datetime] | None:
    """(database stem, reason, when) of one of our copies; None for any other file."""
    match = _NAME.match(Path(path).name)
    if not match:
        return None
    try:
        when = dt.datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None
    reason = match.group("reason")
    if reason.startswith("before-v"):
        reason = BEFORE_MIGRATION
    return match.group("stem"), reason, when


def list_backups(folder: str | Path, *, stem: str | None = None, preview: bool = True) -> list[BackupInfo]:
    """Our copies in ``folder`` (of the database named ``stem``, or all), newest first."""
    folder = Path(folder)
    infos = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        parsed = parse_name(path)
        if parsed is None or not path.is_file():
            continue
        name, reason, when = parsed
        if stem is not None and name != stem:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        infos.append(BackupInfo(path=path, taken_at=when, reason=reason, size=size, stem=name))
    infos.sort(key=lambda info: (info.taken_at, info.path.name), reverse=True)
    if preview:
        for info in infos:
            info.preview = read_preview(info.path)
    return infos


def backups_of(db_path: str | Path, *, preview: bool = True) -> list[BackupInfo]:
    """Every copy of this database, in the configured folder and beside it, newest first."""
    db_path = Path(db_path)
    found: dict[str, BackupInfo] = {}
    for folder in search_folders(db_path):
        for info in list_backups(folder, stem=db_path.stem, preview=False):
            found.setdefault(os.path.normcase(os.path.abspath(info.path)), info)
    infos = sorted(found.values(), key=lambda info: (info.taken_at, info.path.name), reverse=True)
    if preview:
        for info in infos:
            info.preview = read_preview(info.path)
    return infos


def newest_good_backup(db_path: str | Path) -> BackupInfo | None:
    """The newest copy that opens, passes the integrity check and is not from a newer version."""
    for info in backups_of(db_path, preview=True):
        if info.usable and not check_integrity(info.path, immutable=True):
            return info
    return None


def latest_backup(db_path: str | Path) -> BackupInfo | None:
    infos = backups_of(db_path, preview=False)
    return infos[0] if infos else None


# --- taking copies and keeping some --------------------------------------------------------

def take_backup(store: Store, reason: str, *, rotate_after: bool = True) -> Path:
    """A copy of the open store's database in its backup folder (``Store.backup``), then the old
    copies beyond the rotation settings removed."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    path = store.backup(reason)
    log.info("backup (%s) taken: %s", reason, path)
    try:
        copied = mirror_photos(store.path, path.parent)
        if copied:
            log.info("backup: %d new case photo(s) copied to %s", copied, path.parent)
    except OSError:  # the database's copy is taken; the photos are tried again at the next backup
        log.exception("copying the cases' photos to %s", path.parent)
    if rotate_after:
        settings = load_settings()
        try:
            rotate(path.parent, settings.keep_daily, settings.keep_other, stem=store.path.stem)
        except OSError:
            log.exception("rotating the backups in %s", path.parent)
    return path


def mirror_photos(db_path: Path, folder: Path) -> int:
    """The cases' photos (``store.cases.photo_folder``) copied into the backup folder beside the
    database's copies, each file once (they are named by their content, never changed): a case's
    photo outlives the disk it was kept on. Returns how many files were new."""
    from wz_desktop.store.cases import photo_folder

    source = photo_folder(Path(db_path))
    if not source.is_dir():
        return 0
    target = Path(folder) / source.name
    copied = 0
    for photo in source.iterdir():
        if not photo.is_file() or photo.suffix == ".part":
            continue
        kept = target / photo.name
        if kept.exists() and kept.stat().st_size == photo.stat().st_size:
            continue
        target.mkdir(parents=True, exist_ok=True)
        part = kept.with_suffix(kept.suffix + ".part")
        shutil.copyfile(photo, part)
        os.replace(part, kept)
        copied += 1
    return copied


def keep_daily() -> int:
    return load_settings().keep_daily


def keep_other() -> int:
    return load_settings().keep_other


def _kind(reason: str) -> str:
    return DAILY if reason == DAILY else "other"


def rotate(folder: str | Path, keep_daily: int = DEFAULT_KEEP_DAILY, keep_other: int = DEFAULT_KEEP_OTHER,
           *, stem: str | None = None) -> list[Path]:
    """Remove the oldest copies beyond ``keep_daily`` daily ones and ``keep_other`` others, for each
    database. The newest copy of each reason is always kept, and only our files are ever touched.
    Returns what was removed."""
    keep_daily, keep_other = max(1, int(keep_daily)), max(1, int(keep_other))
    by_stem: dict[str, list[BackupInfo]] = {}
    for info in list_backups(folder, stem=stem, preview=False):
        by_stem.setdefault(info.stem, []).append(info)
    removed: list[Path] = []
    for infos in by_stem.values():  # newest first
        newest_of_reason: dict[str, Path] = {}
        for info in infos:
            newest_of_reason.setdefault(info.reason, info.path)
        keep = set(newest_of_reason.values())
        for kind, limit in ((DAILY, keep_daily), ("other", keep_other)):
            keep.update(info.path for info in [i for i in infos if _kind(i.reason) == kind][:limit])
        for info in infos:
            if info.path in keep:
                continue
            try:
                info.path.unlink()
                for side in ("-wal", "-shm", "-journal"):
                    info.path.with_name(info.path.name + side).unlink(missing_ok=True)
                removed.append(info.path)
                log.info("old backup removed: %s", info.path)
            except OSError as exc:
                log.warning("cannot remove old backup %s: %s", info.path, exc)
    return removed


def daily_backup_due(folder: str | Path, now: dt.datetime | None = None, *, stem: str | None = None) -> bool:
    """True when no daily copy (of the database ``stem``) was taken on ``now``'s day."""
    today = (now or dt.datetime.now()).date()
    return not any(info.reason == DAILY and info.taken_at.date() == today
                   for info in list_backups(folder, stem=stem, preview=False))


def holds_data(store: Store) -> bool:
    """Whether the database holds anything worth a copy (a new, empty one does not)."""
    conn = store.database.conn
    for table in ("tasks", "calls", "members", "squads"):
        with contextlib.suppress(sqlite3.Error):
            if conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0]:
                return True
    return False


def ensure_daily_backup(store: Store, now: dt.datetime | None = None) -> Path | None:
    """The day's copy, if none was taken today and the database holds anything; its path, or None."""
    folder = store.database.backup_dir
    if not daily_backup_due(folder, now, stem=store.path.stem) or not holds_data(store):
        return None
    return take_backup(store, DAILY)


# --- checking and restoring ----------------------------------------------------------------

def check_integrity(db_path: str | Path, *, immutable: bool = False, full: bool = False) -> list[str]:
    """SQLite's ``quick_check`` (``integrity_check`` when ``full``) of a database file, read-only.
    An empty list when it is fine; else what is wrong, in SQLite's words (a file that doesn't open
    as a database is one problem)."""
    try:
        conn = open_read_only(db_path, immutable=immutable)
    except FileNotFoundError:
        return [msg("文件不存在：{path}", path=db_path)]
    except (OSError, sqlite3.Error) as exc:
        return [str(exc)]
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def check_backup(backup_path: str | Path) -> BackupPreview:
    """The preview of a copy, after making sure it can be restored; raises ``BackupUnusable`` saying why."""
    backup_path = Path(backup_path)
    if not backup_path.is_file():
        raise BackupUnusable(msg("备份文件“{path}”不存在。", path=backup_path))
    preview = read_preview(backup_path)
    if preview.version is not None and preview.version > LATEST_VERSION:
        raise DatabaseTooNew(
            msg("备份“{name}”由更新版本的万众救援台创建（结构版本 {version}，本程序只认识到 {latest}），"
                "不能用本程序恢复。请升级程序后再恢复。", name=backup_path.name, version=preview.version,
                latest=LATEST_VERSION))
    if not preview.ok:
        raise BackupUnusable(msg("备份“{name}”不能用来恢复：{error}。", name=backup_path.name, error=preview.error))
    problems = check_integrity(backup_path, immutable=True, full=True)
    if problems:
        raise BackupUnusable(msg("备份“{name}”已损坏（完整性检查未通过：{problem}），不能用来恢复。",
                                 name=backup_path.name, problem=problems[0]))
    return preview


@dataclass
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None  # the database as it was before the restore (None: there was none)
    preview: BackupPreview


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(str(folder), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy_with_backup_api(source: sqlite3.Connection, target: Path) -> None:
    """A whole copy of ``source`` in ``target`` (a new file), in rollback-journal mode, synced to disk."""
    target.unlink(missing_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    private_file(target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _side_files(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + side) for side in ("-wal", "-shm", "-journal")]


def _safety_copy(db_path: Path, folder: Path) -> Path | None:
    """The database as it is, kept before it is replaced: through SQLite (with what its write-ahead
    log holds) while it reads; byte for byte, with its side files, when it is too damaged for that."""
    if not db_path.exists():
        return None
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = timestamp()
    target = folder / f"{db_path.stem}-{BEFORE_RESTORE}-{stamp}.db"
    part = target.with_name(target.name + ".part")
    try:
        conn = sqlite3.connect(str(db_path), timeout=5)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            with contextlib.suppress(sqlite3.Error):  # fold the log into the file while we are at it
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            _copy_with_backup_api(conn, part)
        finally:
            conn.close()
        os.replace(part, target)
        return target
    except sqlite3.Error as exc:
        log.warning("database %s can't be copied through SQLite (%s): copying its bytes", db_path, exc)
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
    target = folder / f"{db_path.stem}-{DAMAGED}-{stamp}.db"
    shutil.copyfile(db_path, target)
    for side in _side_files(db_path):
        if side.exists():
            shutil.copy2(side, target.with_name(target.name + side.name[len(db_path.name):]))
    return target


def restore(backup_path: str | Path, db_path: str | Path, *, folder: str | Path | None = None,
            actor: Actor | None = None) -> RestoreResult:
    """Put a copy in the database's place. The database must be closed (in this process and every
    other: callers hold its ``DatabaseLock``).

    First the copy is checked (whole, ours, not from a newer version: ``BackupUnusable`` /
    ``DatabaseTooNew`` otherwise, and nothing is touched); then the current database is kept as a
    ``before-restore`` copy (or, too damaged to read, byte for byte as ``damaged``); then the copy
    is written beside the database and moved into its place in one step, after its old write-ahead
    log and shared-memory files are removed (they belong to the old file and must not be applied
    to the new one). A failure before that step leaves the database as it was.
    """
    lock = DatabaseLock(db_path, purpose=RESTORE)  # never under an import, a migration or another window
    try:
        held = lock.acquire()
    except OSError:  # no lock file possible (a read-only folder): the restore can't write there either
        held = True
    if not held:
        raise DatabaseInUse(msg("没有恢复，数据库没有改动：{holder}", holder=lock.holder_text()))
    try:
        result = _restore(Path(backup_path), Path(db_path), folder)
        _record_restore(result, Path(db_path), actor)
        return result
    finally:
        lock.release()


def _record_restore(result: "RestoreResult", db_path: Path, actor: Actor | None) -> None:
    """The restore in the audit trail of the database it produced (who, from which copy, where the
    replaced one went). A failure to write it is logged: the restore itself is done."""
    try:
        database = Database(db_path)
    except Exception:
        log.exception("recording the restore of %s", db_path)
        return
    try:
        audit = Audit(database)
        audit.actor = actor or SYSTEM
        with database.transaction():
            audit.record("database", None, "restore", None, None, result.restored_from.name,
                         note=msg("从备份“{backup}”恢复；替换前的数据库另存为“{copy}”", backup=result.restored_from,
                                  copy=result.safety_copy) if result.safety_copy
                         else msg("从备份“{backup}”恢复", backup=result.restored_from))
        database.conn.execute("PRAGMA journal_mode = DELETE")  # one file, as the copy was: no -wal left beside it
    except Exception:
        log.exception("recording the restore of %s", db_path)
    finally:
        database.close()


def _restore(backup_path: Path, db_path: Path, folder_given: str | Path | None) -> RestoreResult:
    folder = Path(folder_given) if folder_given else folder_for(db_path)
    if os.path.normcase(os.path.abspath(backup_path)) == os.path.normcase(os.path.abspath(db_path)):
        raise BackupUnusable(msg("不能用数据库自己来恢复它。"))
    preview = check_backup(backup_path)
    try:
        safety = _safety_copy(db_path, folder)
    except OSError as exc:
        raise StoreError(msg("恢复前无法保存当前数据库的副本（{reason}），没有恢复，数据库没有改动。",
                             reason=describe_failure(exc))) from exc
    wal = db_path.with_name(db_path.name + "-wal")
    kept_as = parse_name(safety) if safety is not None else None  # (stem, reason, when) of our own copy's name
    if safety is not None and kept_as is not None and kept_as[1] == BEFORE_RESTORE and wal.exists():
        # the last connection to close removes the log: one is still open (a background task, another program)
        safety.unlink(missing_ok=True)
        raise DatabaseBusy(msg("数据库“{name}”仍被其他程序或后台任务打开，没有恢复，数据库没有改动。"
                               "请关闭它们后再试。", name=db_path.name))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    part = db_path.with_name(db_path.name + ".restore-part")
    try:
        source = open_read_only(backup_path)
        try:
            _copy_with_backup_api(source, part)
        finally:
            source.close()
        for side in _side_files(db_path):
            side.unlink(missing_ok=True)
        os.replace(part, db_path)
        _fsync_dir(db_path.parent)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        reason = describe_failure(exc)
        kept = msg("恢复前的数据库已保存在“{path}”。", path=safety) if safety else ""
        raise StoreError(msg("恢复失败：{reason}。{kept}", reason=reason, kept=kept)) from exc
    clear_refusal(db_path)
    problems = check_integrity(db_path)
    if problems:  # never expected: the copy was checked; say so rather than carry on quietly
        raise DatabaseDamaged(msg("恢复后的数据库未通过完整性检查：{problem}", problem=problems[0]))
    log.info("database %s restored from %s; the one it replaced kept as %s", db_path, backup_path, safety)
    return RestoreResult(restored_from=backup_path, safety_copy=safety, preview=preview)


def reopen(store: Store) -> None:
    """Open the database again into the same ``Store`` object (after a restore), so that every widget
    holding the store keeps working: its database and repositories are replaced by fresh ones, any
    other attribute (set on it after it opened) is kept."""
    old_audit = getattr(store, "audit", None)
    old_database = store.database
    fresh = type(store).open(store.path, backup_dir=store.database.backup_dir)
    for name, value in list(vars(store).items()):  # a repository made on first use: made again on the next
        if name not in vars(fresh) and getattr(value, "database", None) is old_database:
            del store.__dict__[name]
    for name, value in vars(fresh).items():
        if value is fresh.database or getattr(value, "database", None) is fresh.database \
                or not hasattr(store, name):
            setattr(store, name, value)
    if old_audit is not None and hasattr(old_audit, "actor") and getattr(store, "audit", None) is not old_audit:
        store.audit.actor = old_audit.actor  # whoever was signed in stays signed in
