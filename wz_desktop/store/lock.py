"""One lock for every writer of a database: a lock file beside it, held by whoever writes.

The window holds it as long as it is open; ``import``, ``roster import``, ``restore`` and every
other command that writes hold it from before they open the database until they close it; a
migration takes it before it changes the schema. So a restore can never run under an import or an
open window, and an import never writes into a file a restore is replacing. Within one process
the lock is shared (the window's background import, its own restore): the operating system's lock
is taken once per process and counted.

``wanzhong.db.lock`` is locked with the operating system's file lock (``fcntl.flock`` on Linux and
macOS, ``msvcrt.locking`` on Windows), and holds the owner's process id, computer and start time
for the message the second copy shows. The operating system drops the lock when the process ends,
however it ends (a crash, a kill, a power cut): a lock is never left stale, and nothing has to
guess from a process id whether its owner still lives. The file itself stays (harmless, a few bytes).

No Qt here: the command line (``wz-desktop restore``) takes the same lock as the window.

    lock = DatabaseLock(db_path, purpose=IMPORT)
    if not lock.acquire(wait=10):
        print(lock.holder_text())
    ...
    lock.release()
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

from wz_desktop.domain.text import msg, joined
from wz_desktop.store.errors import StoreError

LOCK_SUFFIX = ".lock"
# Windows locks a byte range, and others can't read a locked range: lock a byte far past the text
_WINDOWS_LOCK_OFFSET = 1 << 30


def _host() -> str:
    """This computer's name, as ``socket.gethostname()`` says it (on POSIX both read uname's
    nodename; importing ``socket`` at the window's start is spared there)."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return str(uname().nodename)
    import socket

    return socket.gethostname()


# what the holder is doing (written in the lock file, said in the message of whoever waits)
WINDOW = "window"
IMPORT = "import"
RESTORE = "restore"
MIGRATION = "migration"
WRITE = "write"  # any other command that writes (roster import ...)

# the locks this process holds: normalised lock path -> [fd, count]
_held: dict[str, list[int]] = {}
_held_guard = threading.Lock()


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


class DatabaseInUse(StoreError):
    """The database is open in another copy of the application (the message says which)."""


def lock_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError:
        pass


class DatabaseLock:
    """The lock of one database file (see the module's text). Shared within one process, counted:
    every ``acquire`` that returned True needs its ``release``."""

    def __init__(self, db_path: str | Path, purpose: str = WINDOW):
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self.purpose = purpose
        self._mine = False

    @property
    def held(self) -> bool:
        return self._mine

    def _try(self, record: bool = True) -> bool:
        key = _key(self.path)
        with _held_guard:
            entry = _held.get(key)
            if entry is not None:  # this process holds it already (the window, and its own import)
                entry[1] += 1
                return True
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # opened without truncating: only the winner rewrites the owner's details
            fd = os.open(str(self.path), os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
            if not _try_lock(fd):
                os.close(fd)
                return False
            if not record:  # a probe (is_locked): the file keeps naming its last real holder
                _held[key] = [fd, 1]
                return True
            try:
                info = json.dumps({"pid": os.getpid(), "host": _host(), "purpose": self.purpose,
                                   "since": dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")}, ensure_ascii=False)
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                os.write(fd, (info + "\n").encode("utf-8"))
            except OSError:
                pass  # the owner's details are for the message only; the lock itself is held
            _held[key] = [fd, 1]
            return True

    def acquire(self, wait: float = 0.0, record: bool = True) -> bool:
        """Take the lock, waiting up to ``wait`` seconds; False when another process holds it.
        Raises ``OSError`` when the lock file cannot be created at all (a read-only folder): the
        caller decides whether that matters."""
        if self._mine:
            return True
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            if self._try(record):
                self._mine = True
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)

    def release(self) -> None:
        if not self._mine:
            return
        self._mine = False
        key = _key(self.path)
        with _held_guard:
            entry = _held.get(key)
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] > 0:
                return
            del _held[key]
            _unlock(entry[0])
            os.close(entry[0])

    def holder(self) -> dict[str, Any] | None:
        """Who holds the lock (pid, host, since, purpose), as its file says; None when it can't be read."""
        try:
            text = self.path.read_bytes().decode("utf-8", "replace").strip()
            return json.loads(text) if text else None
        except (OSError, ValueError):
            return None

    def holder_text(self) -> str:
        """The message for people: who holds the database (Chinese)."""
        who = self.holder() or {}
        details = []
        if who.get("since"):
            details.append(msg("自 {since} 起", since=who["since"]))
        if who.get("host") and who.get("host") != _host():
            details.append(msg("在计算机“{host}”上", host=who["host"]))
        if who.get("pid"):
            details.append(msg("进程号 {pid}", pid=who["pid"]))
        detail = msg("（{details}）", details=joined(details, msg("，"))) if details else ""
        purpose = who.get("purpose", WINDOW)
        name = self.db_path.name
        if purpose == IMPORT:
            return msg("数据库“{name}”正在导入工作簿（另一个万众救援台命令{detail}）。请等导入结束后再试。",
                       name=name, detail=detail)
        if purpose == RESTORE:
            return msg("数据库“{name}”正在从备份恢复（另一个万众救援台命令{detail}）。请等恢复结束后再试。",
                       name=name, detail=detail)
        if purpose == MIGRATION:
            return msg("数据库“{name}”正在升级结构（另一个万众救援台程序{detail}）。请等升级结束后再试。",
                       name=name, detail=detail)
        if purpose == WRITE:
            return msg("数据库“{name}”正被另一个万众救援台命令写入{detail}。请等它结束后再试。", name=name, detail=detail)
        return msg("数据库“{name}”已在另一个万众救援台窗口中打开{detail}。"
                   "同一个数据库同时只能在一个窗口中使用，请切换到那个窗口继续工作。", name=name, detail=detail)

    def __enter__(self) -> "DatabaseLock":
        if not self.acquire():
            raise DatabaseInUse(self.holder_text())
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # a lock object dropped without release: the process still lets it go
        try:
            self.release()
        except Exception:  # noqa: BLE001 (__del__ must not raise)
            pass


def is_locked(db_path: str | Path) -> bool:
    """True when another process holds the database's lock (tries it and lets go at once)."""
    probe = DatabaseLock(db_path)
    if not probe.path.exists():
        return False
    with _held_guard:
        if _key(probe.path) in _held:  # this process holds it: not "another"
            return False
    try:
        if probe.acquire(record=False):
            probe.release()
            return False
    except OSError:
        return False
    return True
