"""One window per database: a lock file beside the database, held by the window's process.

``wanzhong.db.lock`` is locked with the operating system's file lock (``fcntl.flock`` on Linux and
macOS, ``msvcrt.locking`` on Windows), and holds the owner's process id, computer and start time
for the message the second copy shows. The operating system drops the lock when the process ends,
however it ends (a crash, a kill, a power cut): a lock is never left stale, and nothing has to
guess from a process id whether its owner still lives. The file itself stays (harmless, a few bytes).

No Qt here: the command line (``wz-desktop restore``) takes the same lock as the window.

    lock = DatabaseLock(db_path)
    if not lock.acquire():
        print(lock.holder_text())
    ...
    lock.release()
"""
from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
from pathlib import Path

from wz_desktop.domain.text import msg, joined
from wz_desktop.store.errors import StoreError

LOCK_SUFFIX = ".lock"
# Windows locks a byte range, and others can't read a locked range: lock a byte far past the text
_WINDOWS_LOCK_OFFSET = 1 << 30


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
    """The lock of one database file (see the module's text). Re-entrant within one object only."""

    def __init__(self, db_path: str | Path):
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock; False when another process holds it. Raises ``OSError`` when the lock file
        cannot be created at all (a read-only folder): the caller decides whether that matters."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # opened without truncating: only the winner rewrites the owner's details
        fd = os.open(str(self.path), os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        if not _try_lock(fd):
            os.close(fd)
            return False
        try:
            info = json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                               "since": dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")}, ensure_ascii=False)
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, (info + "\n").encode("utf-8"))
        except OSError:
            pass  # the owner's details are for the message only; the lock itself is held
        self._fd = fd
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        _unlock(fd)
        os.close(fd)

    def holder(self) -> dict | None:
        """Who holds the lock (pid, host, since), as its file says; None when it can't be read."""
        try:
            text = self.path.read_bytes().decode("utf-8", "replace").strip()
            return json.loads(text) if text else None
        except (OSError, ValueError):
            return None

    def holder_text(self) -> str:
        """The message for people: the database is open elsewhere (Chinese)."""
        who = self.holder() or {}
        details = []
        if who.get("since"):
            details.append(msg("自 {since} 起", since=who["since"]))
        if who.get("host") and who.get("host") != socket.gethostname():
            details.append(msg("在计算机“{host}”上", host=who["host"]))
        if who.get("pid"):
            details.append(msg("进程号 {pid}", pid=who["pid"]))
        detail = msg("（{details}）", details=joined(details, msg("，"))) if details else ""
        return msg("数据库“{name}”已在另一个万众救援台窗口中打开{detail}。"
                   "同一个数据库同时只能在一个窗口中使用，请切换到那个窗口继续工作。", name=self.db_path.name, detail=detail)

    def __enter__(self) -> "DatabaseLock":
        if not self.acquire():
            raise DatabaseInUse(self.holder_text())
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def __del__(self):  # a lock object dropped without release: the process still lets it go
        try:
            self.release()
        except Exception:
            pass


def is_locked(db_path: str | Path) -> bool:
    """True when another process holds the database's lock (tries it and lets go at once)."""
    probe = DatabaseLock(db_path)
    if not probe.path.exists():
        return False
    try:
        if probe.acquire():
            probe.release()
            return False
    except OSError:
        return False
    return True
