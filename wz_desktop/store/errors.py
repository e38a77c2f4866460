"""Errors the store raises, with a message for people (Chinese)."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from wz_desktop.domain.text import msg

if TYPE_CHECKING:  # backups imports this module
    from wz_desktop.store.backups import BackupInfo

# what SQLite itself raises (disk full, read-only file, ...): callers outside the store catch this
# name, so that only the store knows it is SQLite underneath
DatabaseFailure = sqlite3.Error

# SQLite's result codes (sqlite3.h; the sqlite3 module names them from Python 3.11 on, and this
# package runs on 3.10 too): the numbers an error's ``sqlite_errorcode`` is compared with
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_AUTH = 23
SQLITE_NOTADB = 26


class StoreError(Exception):
    """Something about the database that a person must be told, in words they can act on."""


class DatabaseTooNew(StoreError):
    pass


class DatabaseDamaged(StoreError):
    pass


class DatabaseBusy(StoreError):
    pass


class DatabaseMissing(StoreError):
    """The database file is not there (and nothing says it should be: no copies of it)."""


class DatabaseEmptied(StoreError):
    """The database is missing or 0 bytes although copies of it exist: not a new database.
    ``backup`` is the newest good copy (a ``backups.BackupInfo``)."""

    def __init__(self, message: str, backup: BackupInfo | None = None):
        super().__init__(message)
        self.backup = backup


def describe_failure(exc: BaseException) -> str:
    """What SQLite's or the system's error means, in Chinese (disk full, read-only, locked ...)."""
    import errno

    text = str(exc)
    code = getattr(exc, "sqlite_errorcode", None)
    if code == SQLITE_FULL or "disk is full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return msg("磁盘已满，没有空间写入。请腾出磁盘空间后再试")
    if code == SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return msg("数据库文件或所在文件夹是只读的，无法写入")
    if getattr(exc, "errno", None) in (errno.EACCES, errno.EPERM):
        return msg("没有写入权限（文件可能正被其他程序打开，或文件夹不允许写入）")
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text:
        return msg("数据库正被另一个程序写入，请稍后再试")
    if code == SQLITE_IOERR or "disk I/O error" in text:
        return msg("读写磁盘时出错，请检查磁盘和文件是否完好")
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text \
            or "not a database" in text:
        return msg("文件已损坏或不是数据库")
    if code == SQLITE_CANTOPEN or "unable to open" in text:
        return msg("无法打开数据库文件（文件夹不存在、没有权限，或文件正被占用）")
    if code == SQLITE_PERM or getattr(exc, "errno", None) in (errno.EACCES, errno.EPERM):
        return msg("没有读写权限")
    if code == SQLITE_NOMEM or isinstance(exc, MemoryError):
        return msg("内存不足")
    if getattr(exc, "errno", None) == errno.EISDIR:
        return msg("这是一个文件夹，不是文件")
    if getattr(exc, "errno", None) == errno.ELOOP:
        return msg("路径中的符号链接指向自己（形成了循环）")
    if getattr(exc, "errno", None) == errno.ENOENT:
        return msg("文件不存在")
    if isinstance(exc, OSError) and exc.errno is not None:
        return msg("系统错误（错误号 {code}）", code=exc.errno)
    if isinstance(exc, sqlite3.Error):  # SQLite's own words stay in the log, never in front of people
        import logging

        logging.getLogger(__name__).error("database failure: %s (%s)", text, getattr(exc, "sqlite_errorname", ""))
        return msg("数据库操作失败（{name}），详细信息已写入日志", name=getattr(exc, "sqlite_errorname", None) or "SQLITE_ERROR")
    return text


from wz_desktop.domain.workflow import WorkflowError  # noqa: E402 (after the classes above, which need nothing)


class NotAllowed(StoreError, WorkflowError):
    """What the signed-in role may not do (domain.roles); the store refuses it and writes nothing.

    A ``StoreError`` and a ``WorkflowError`` both, so every place that shows either shows this too."""
