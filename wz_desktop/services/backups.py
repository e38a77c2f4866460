"""Backups and restores: back up now, the copies of a database, restore one.

The window's backup dialog (文件 → 备份数据库… / 从备份恢复…, and the offer at start when the
database is damaged) and the command line (``wz-desktop backup`` / ``restore``) call these; they
only ask, show and say. A copy changes nothing, anyone may take one; a restore replaces the whole
database and is the administrators' (the "settings" right, ``domain/roles.py``): it is refused here,
before the lock is taken or a file read. The copying, checking and rotating are ``store/backups.py``.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from wz_desktop.domain.roles import Action
from wz_desktop.domain.text import msg
from wz_desktop.services.session import Session
from wz_desktop.store import backups
from wz_desktop.store.backups import BackupInfo, BackupPreview, RestoreResult
from wz_desktop.store.lock import RESTORE, DatabaseInUse, DatabaseLock

RESTORE_RIGHT = Action.SETTINGS  # who may replace the database: the window's menu is enabled by the same


def backup_now(store, session: Session, reason: str = backups.MANUAL) -> Path:
    """A copy of the open database in its backup folder now (then the old copies rotated); its path."""
    session.enter(store)
    return backups.take_backup(store, reason)


def backup_to(store, session: Session, target: str | Path) -> int:
    """A copy of the open database into ``target`` (a new file); how many tasks it holds."""
    session.enter(store)
    store.database.backup_to(Path(target))
    return store.tasks.total()


def copies(db_path: str | Path, *, preview: bool = True) -> list[BackupInfo]:
    """The copies of a database, newest first (with what each holds unless ``preview`` is False)."""
    return backups.backups_of(db_path, preview=preview)


def folders(db_path: str | Path) -> list[Path]:
    """Where the copies of a database are looked for."""
    return backups.search_folders(db_path)


def restore(session: Session, backup_path: str | Path, db_path: str | Path, *, folder: str | Path | None = None,
            confirm: Callable[[BackupPreview], bool] | None = None) -> RestoreResult | None:
    """Put the copy ``backup_path`` in the place of the database ``db_path`` (closed: the window
    closes its store first). Refused (:class:`NotAllowed`) to a role without the right; then under
    the database's lock (:class:`DatabaseInUse` when a window, an import … holds it) the copy is
    checked (:class:`BackupUnusable` …), ``confirm(preview)`` asked (False: nothing done, None
    returned), the current database kept as a "before restore" copy and the restore written in the
    audit trail of the restored database under the session's name."""
    session.require(RESTORE_RIGHT)
    lock = DatabaseLock(db_path, purpose=RESTORE)
    try:
        held = lock.acquire()
    except OSError:  # no lock file possible (a read-only folder): nothing else can hold one either
        held = True
    if not held:
        raise DatabaseInUse(msg("没有恢复，数据库没有改动：{holder}", holder=lock.holder_text()))
    try:
        preview = backups.check_backup(backup_path)
        if confirm is not None and not confirm(preview):
            return None
        return backups.restore(backup_path, db_path, folder=folder, actor=session.actor)
    finally:
        lock.release()


__all__ = ["RESTORE_RIGHT", "backup_now", "backup_to", "copies", "folders", "restore"]
