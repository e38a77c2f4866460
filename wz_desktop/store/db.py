"""Opening the database: pragmas, migrations (with a copy taken first), transactions, backups."""
from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import logging
import sqlite3
import threading
import time
from pathlib import Path
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Iterator

from wz_desktop.domain.text import msg
from wz_desktop.leftovers import private_file
from wz_desktop.store import districts
from wz_desktop.store.backup_settings import folder_for
from wz_desktop.store.changes import ChangeFeed
from wz_desktop.store.errors import (
    SQLITE_CANTOPEN,
    SQLITE_FULL,
    SQLITE_PERM,
    SQLITE_READONLY,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseTooNew,
    StoreError,
    describe_failure,
)
from wz_desktop.store.schema import LATEST_VERSION, MIGRATIONS
from wz_desktop.store.search import search_text

log = logging.getLogger(__name__)
DISTRICT_VERSION = 9  # tasks.district (store/districts.py)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=10, check_same_thread=False)
    conn.isolation_level = None  # transactions are explicit (see Database.transaction)
    return conn


def backup_file(source: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the open database, with SQLite's backup API (safe while in use)."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            with dest:
                source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # a copy is one file: opening it leaves no -wal beside it
        finally:
            dest.close()
        private_file(tmp)
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)  # never leave half a copy behind
        raise
    return target


def inserted_id(cur: sqlite3.Cursor) -> int:
    """The id of the row the INSERT just run on ``cur`` made (sqlite3 gives ``lastrowid`` as
    ``int | None``: None only where no row was inserted, which a successful INSERT never leaves)."""
    row_id = cur.lastrowid
    if row_id is None:
        raise StoreError(msg("数据库没有给出新记录的编号。"))
    return row_id


def timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def now_text() -> str:
    return dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")


_SAVEPOINTS = itertools.count(1)  # names of nested transactions (Database._savepoint), unique in the process

MIGRATION_WAIT = 10.0  # seconds a migration waits for the writers' lock before it says who holds it

# databases this process found damaged after opening them (normalised path -> why): every
# connection to them refuses to write, the window's background workers' too, until a restore
_refused: dict[str, str] = {}


def _key(path: Path) -> str:
    import os

    return os.path.normcase(os.path.abspath(path))


def refuse_path(path: str | Path, why: str) -> None:
    _refused[_key(Path(path))] = why


def clear_refusal(path: str | Path) -> None:
    _refused.pop(_key(Path(path)), None)


def refusal_of(path: str | Path) -> str | None:
    return _refused.get(_key(Path(path)))


class Database:
    """One SQLite file (``sqlite3`` alone: nothing more to import at the window's start), migrated to
    the latest schema.

    Each thread opens its own ``Database`` on the same path; connections are never shared.
    """

    def __init__(self, path: str | Path, *, backup_dir: str | Path | None = None, migrate: bool = True):
        self.path = Path(path)
        # the file as a URI, fixed now: a second connection (a checkpoint, a read ahead) opens this
        # very file whatever the working folder later is, and never creates one (mode=rw)
        self.uri = self.path.absolute().as_uri() + "?mode=rw"
        if backup_dir is None:  # the folder chosen in the settings, else ``backups`` beside the database
            backup_dir = folder_for(self.path)
        self.backup_dir = Path(backup_dir)
        existed = self.path.exists() and self.path.stat().st_size > 0
        if not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = _connect(self.path)
            self.conn.create_function("search_text", -1, search_text, deterministic=True)
            districts.register(self.conn)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 10000")
            if existed:
                self._check_readable()
            if refusal_of(self.path) is not None:  # read-only: not even the journal mode is changed
                if self.version != LATEST_VERSION:
                    raise DatabaseDamaged(refusal_of(self.path))
                migrate = False
                self.conn.execute("PRAGMA query_only = 1")
            elif self.conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                self.conn.execute("PRAGMA journal_mode = WAL")
            for side in ("", "-wal", "-shm"):  # the team's records: the user's only (POSIX)
                private_file(self.path.with_name(self.path.name + side))
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: bulk imports touch many index pages
            self.conn.execute("PRAGMA temp_store = MEMORY")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseBusy(msg("数据库“{name}”正被另一个程序占用，请稍后再试。", name=self.path.name)) from exc
            if getattr(exc, "sqlite_errorcode", None) in (SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_FULL, SQLITE_PERM):
                raise StoreError(msg("无法打开数据库“{path}”：{reason}", path=self.path,
                                     reason=describe_failure(exc))) from exc
            raise DatabaseDamaged(msg("无法打开数据库“{path}”：{reason}", path=self.path,
                                      reason=describe_failure(exc))) from exc
        except sqlite3.DatabaseError as exc:
            raise DatabaseDamaged(msg("无法打开数据库“{path}”：文件不是数据库或已损坏（{reason}）", path=self.path,
                                      reason=describe_failure(exc))) from exc
        self.migrated_from: int | None = None
        self.migration_backup: Path | None = None
        self.changes = ChangeFeed(self.conn)  # what each commit changed, for whoever listens (store/changes.py)
        self.district_backfill: tuple[int, float] | None = None  # (tasks, seconds) after the migration to V9
        self._districts = False
        self._checkpointing: threading.Thread | None = None  # checkpoint_in_background
        if migrate:
            self.migrate()
        # tasks.district (V9) is worked out before each commit (store/districts.py)
        self._districts = self.version >= DISTRICT_VERSION

    # --- lifecycle ---------------------------------------------------------------------------

    def refuse(self, why: str) -> None:
        """From now on every write and every copy of this file is refused with ``why``, in every
        connection of this process (a damaged file found by the window's check), until a restore."""
        refuse_path(self.path, why)
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA query_only = 1")

    @property
    def refused(self) -> str | None:
        """Why nothing may be written (see ``refuse``), or None."""
        return refusal_of(self.path)

    def _check_readable(self) -> None:
        self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # errors mapped by the caller

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        current = self.version
        if current > LATEST_VERSION:
            raise DatabaseTooNew(
                msg("数据库“{name}”由更新版本的万众救援台创建（结构版本 {version}，本程序只认识到 {latest}）。"
                    "请升级程序后再打开。", name=self.path.name, version=current, latest=LATEST_VERSION)
            )
        if current == LATEST_VERSION:
            return
        from wz_desktop.store.lock import MIGRATION, DatabaseInUse, DatabaseLock

        lock = DatabaseLock(self.path, purpose=MIGRATION)  # one writer: never under a restore or an import
        try:
            held = lock.acquire(wait=MIGRATION_WAIT)
        except OSError:  # no lock file possible (a read-only folder): the migration will say what it can't write
            held = True
        if not held:
            raise DatabaseInUse(msg("数据库需要升级结构，但现在不能升级：{holder}", holder=lock.holder_text()))
        try:
            current = self.version  # another program may have upgraded it while we waited
            if current < LATEST_VERSION:
                self._migrate(current)
                if current < DISTRICT_VERSION:
                    self.backfill_districts()
        finally:
            lock.release()

    def _migrate(self, current: int) -> None:
        if current > 0 or self._has_tables():
            self.migration_backup = backup_file(
                self.conn, self.backup_dir / f"{self.path.stem}-before-v{LATEST_VERSION}-{timestamp()}.db"
            )
        for version, script in MIGRATIONS:
            if version <= current:
                continue
            try:
                self.conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")
            except sqlite3.Error as exc:
                if self.conn.in_transaction:
                    self.conn.rollback()
                raise StoreError(msg("数据库结构升级到版本 {version} 失败，数据库未改动：{reason}", version=version,
                                     reason=describe_failure(exc))) from exc
        self.migrated_from = current

    def backfill_districts(self) -> int:
        """Work out the district of every task where it is not yet (after the migration to V9, or
        what an interrupted one left), in chunks each committed on its own. How many tasks."""
        started = time.perf_counter()
        try:
            count = districts.backfill(self.conn)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseBusy(msg("数据库正被另一个程序写入，请稍后再试。")) from exc
            raise
        self.district_backfill = (count, time.perf_counter() - started)
        return count

    def districts_pending(self) -> bool:
        """Whether some task's district (V9) is not worked out yet."""
        return self._districts and districts.pending(self.conn)

    def _has_tables(self) -> bool:
        return bool(self.conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0])

    def close(self) -> None:
        self._wait_for_checkpoint()
        with contextlib.suppress(Exception):
            self.conn.close()

    @property
    def is_open(self) -> bool:
        """False once closed (a window or timer left behind on it asks before reading)."""
        try:
            self.conn.total_changes  # noqa: B018 (raises on a closed connection)
        except sqlite3.ProgrammingError:
            return False
        return True

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions ------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator["Database"]:
        """All or nothing; nested use becomes a savepoint. Takes the write lock at once."""
        if self.refused is not None:
            raise DatabaseDamaged(self.refused)
        try:
            if self.conn.in_transaction:
                with self._savepoint():
                    yield self
            else:
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self
                except BaseException:
                    self.conn.rollback()
                    raise
                else:
                    if self._districts:  # the tasks this transaction wrote, or whose call or summary changed
                        districts.fill(self.conn)
                    self.conn.execute("COMMIT")
                    self.changes.committed()
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseBusy(msg("数据库正被另一个程序写入，请稍后再试。")) from exc
            raise

    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[None]:
        """A nested transaction: released at the end, rolled back to its start on an error."""
        name = f"wz_{next(_SAVEPOINTS)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            # an error such as a RAISE(ROLLBACK) trigger may have ended the whole transaction, the
            # savepoint with it: undoing it then would hide the error behind "no such savepoint"
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            self.conn.execute(f"RELEASE SAVEPOINT {name}")

    @contextlib.contextmanager
    def checkpoint_later(self) -> Iterator["Database"]:
        """Commit a big transaction without copying the write-ahead log into the database file at once.

        SQLite copies the log back (a checkpoint) in the committing connection once the log passes
        1,000 pages: for a 100,000-task import that is a quarter of a second spent after the data is
        already committed. Inside this block that copy is left to ``checkpoint()``, which the import
        runs with its other after-commit work (the search index); whatever happens, the next commit
        or closing the database does it too. Durability is the same: the commit is in the log.
        """
        previous = self.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]  # nested: left as the outer set it
        self.conn.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            yield self
        finally:
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {int(previous)}")

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file, as far as readers allow (never blocks)."""
        self._wait_for_checkpoint()
        self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def checkpoint_in_background(self) -> None:
        """Start copying what the write-ahead log holds (committed) into the database file, in a
        thread with a connection of its own, while this connection goes on writing: an import's
        tasks are copied while its search index is built (SQLite lets a checkpoint run beside a
        writer; the frames still being written are left to the next one). ``checkpoint()`` and
        ``close()`` wait for it. Nothing to wait for where the file can't be opened twice."""
        if self._checkpointing is not None and self._checkpointing.is_alive():
            return  # the one under way copies this commit too, or the next checkpoint does
        if not self.path.is_file() or self.refused is not None:
            return
        path, uri = self.path, self.uri

        def run() -> None:
            try:
                conn = sqlite3.connect(uri, timeout=0, uri=True)
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                finally:
                    conn.close()
            except sqlite3.Error:  # the next checkpoint (or commit, or closing) copies it instead
                log.warning("background checkpoint of %s", path, exc_info=True)

        self._checkpointing = threading.Thread(target=run, name="checkpoint", daemon=True)
        self._checkpointing.start()

    def _wait_for_checkpoint(self) -> None:
        thread, self._checkpointing = self._checkpointing, None
        if thread is not None:
            thread.join()

    def backup_to(self, target: str | Path) -> Path:
        if self.refused is not None:
            raise DatabaseDamaged(self.refused)
        return backup_file(self.conn, Path(target))

    # --- small helpers for the repositories --------------------------------------------------

    def execute(self, sql: str, params: Sequence[object] | Mapping[str, object] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def one(self, sql: str, params: Sequence[object] | Mapping[str, object] = ()) -> Any:  # a value as SQLite gives it
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
