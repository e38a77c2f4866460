"""All SQL lives here. The rest of the application calls these functions and gets dataclasses back.

    store = Store.open(path)
    with store.transaction():
        store.tasks.insert_many(tasks)
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import weakref
from collections.abc import Collection
from contextlib import AbstractContextManager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from wz_desktop.domain.roles import SYSTEM, Action, Actor, Role, may
from wz_desktop.domain.text import msg
from wz_desktop.store.audit import Audit
from wz_desktop.store.backup_settings import BackupSettings, folder_for, load_settings, save_settings
from wz_desktop.store.changes import ChangeFeed
from wz_desktop.store.db import Database, backup_file, timestamp
from wz_desktop.store.errors import (DatabaseBusy, DatabaseDamaged, DatabaseTooNew, NotAllowed, StoreError,
                                     describe_failure)
from wz_desktop.store.tasks import TaskFilter, TaskRepo
from wz_desktop.store.users import User, UserRepo

if TYPE_CHECKING:  # the other repositories are imported when first used (the window's start needs none)
    from wz_desktop.store.attendance import AttendanceRepo
    from wz_desktop.store.calls import CallRepo
    from wz_desktop.store.cases import CaseRepo
    from wz_desktop.store.charts import ChartRepo
    from wz_desktop.store.imports import ImportRepo
    from wz_desktop.store.lifecycle import TaskFlow
    from wz_desktop.store.roster import RosterRepo
    from wz_desktop.store.sharing import SharingRepo


class PendingBackup:
    """A copy of a database being taken in a background thread (``Store.backup_in_background``).

    The thread reads through a connection of its own: SQLite's backup API copies the database as
    one read transaction, so the copy is the database as committed when it began whatever is
    written later. ``result()`` waits for it and raises what went wrong (no room for the copy …);
    ``discard()`` waits and removes the copy (the import it was for stopped before writing)."""

    def __init__(self, source: Path, target: Path):
        self.source = source
        self.target = target
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="backup", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(str(self.source), timeout=10)
            try:
                backup_file(conn, self.target)
            finally:
                conn.close()
        except BaseException as exc:  # noqa: BLE001 (handed to the caller's thread by result())
            self._error = exc

    def result(self) -> Path:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self.target

    def discard(self) -> None:
        self._thread.join()
        if self._error is None:
            self.target.unlink(missing_ok=True)


class _SessionTicket:
    """Proof, within one process, that someone signed in with their password (``Store.session_ticket``)."""

    __slots__ = ("user_id", "__weakref__")

    def __init__(self, user_id: int):
        self.user_id = user_id


_ISSUED: "weakref.WeakSet[_SessionTicket]" = weakref.WeakSet()


class Store:
    """The application's one way into its database."""

    def __init__(self, database: Database):
        self.database = database
        self.audit = Audit(database)  # who acts, what they may do, and the audit trail: given to each repository
        self.users = UserRepo(database, self.audit)
        self.signed_in_user: User | None = None
        self.tasks = TaskRepo(database, self.audit)
        self.unchecked = False  # opened before its integrity check finished (the window finishes it)
        self.lock = None  # the writers' lock (store.lock.DatabaseLock) when opened to write; let go on close

    # the repositories the sign-in does not need, made (and their modules imported) on first use:
    # the window's start is then the database, the users and the tasks' pending index only

    @cached_property
    def imports(self) -> "ImportRepo":
        from wz_desktop.store.imports import ImportRepo

        return ImportRepo(self.database, self.audit)

    @cached_property
    def roster(self) -> "RosterRepo":
        from wz_desktop.store.roster import RosterRepo

        return RosterRepo(self.database, self.audit)

    @cached_property
    def calls(self) -> "CallRepo":
        from wz_desktop.store.calls import CallRepo

        return CallRepo(self.database, self.audit)

    @cached_property
    def cases(self) -> "CaseRepo":
        from wz_desktop.store.cases import CaseRepo

        return CaseRepo(self.database, self.audit)

    @cached_property
    def attendance(self) -> "AttendanceRepo":
        from wz_desktop.store.attendance import AttendanceRepo

        return AttendanceRepo(self.database)

    @cached_property
    def charts(self) -> "ChartRepo":
        from wz_desktop.store.charts import ChartRepo

        return ChartRepo(self.database)

    @cached_property
    def flow(self) -> "TaskFlow":
        from wz_desktop.store.lifecycle import TaskFlow

        return TaskFlow(self.database, self.audit, self.tasks, self.calls, self.roster)

    @cached_property
    def sharing(self) -> "SharingRepo":
        from wz_desktop.store.sharing import SharingRepo

        return SharingRepo(self.database, self.audit)

    @classmethod
    def open(cls, path: str | Path, *, backup_dir: str | Path | None = None, maintain: bool = True) -> "Store":
        """Open (or create) the database. What SQLite meets while opening is told in the store's
        words: a damaged file is :class:`DatabaseDamaged`, anything else it cannot do a StoreError.
        ``maintain``: finish a search index an interrupted import left (a write: only for writers).

        The window and the commands open through ``store.opening.open_checked`` (the checks, the
        lock, missing and emptied files); this is the bare opening under it."""
        try:
            store = cls(Database(path, backup_dir=backup_dir))
        except sqlite3.OperationalError as exc:
            raise StoreError(msg("无法打开数据库“{path}”：{reason}", path=path, reason=describe_failure(exc))) from exc
        except sqlite3.DatabaseError as exc:  # a damaged page met while opening (disk image is malformed)
            raise DatabaseDamaged(msg("数据库“{name}”已损坏：{reason}", name=Path(path).name,
                                      reason=describe_failure(exc))) from exc
        if not maintain:
            return store
        try:
            if store.tasks.pending_index():  # an import was interrupted before its search index
                store.tasks.index_pending()
            if store.database.districts_pending():  # a backfill of the tasks' districts was interrupted
                store.database.backfill_districts()
        except sqlite3.OperationalError as exc:
            store.close()
            raise StoreError(msg("无法打开数据库“{path}”：{reason}", path=path, reason=describe_failure(exc))) from exc
        except sqlite3.DatabaseError as exc:
            store.close()
            raise DatabaseDamaged(msg("数据库“{name}”已损坏：{reason}", name=Path(path).name,
                                      reason=describe_failure(exc))) from exc
        return store

    @property
    def changes(self) -> ChangeFeed:
        """Who listens hears what each write changed (``store/changes.py``)."""
        return self.database.changes

    @property
    def path(self) -> Path:
        return self.database.path

    def transaction(self) -> AbstractContextManager[Database]:
        return self.database.transaction()

    # --- the session: who is signed in (domain.roles says what each role may do) ---------------

    def sign_in(self, user: User | str, password: str, *, now: dt.datetime | None = None) -> User:
        """Act as ``user`` (a User or a login) from now on, once their password is verified
        (``users.authenticate``: wrong tries counted and audited, the account made to wait after
        too many): the store refuses what their role may not do, and writes their name as "by" and
        in the audit. A wrong password raises :class:`NotAllowed` and the session stays as it was."""
        login = user if isinstance(user, str) else user.login
        found = self.users.authenticate(login, password or "", now=now)
        if found is None:
            raise NotAllowed(msg("登录名或密码不对，或账号已停用，没有切换用户。"))
        self._begin_session(found)
        return found

    def _begin_session(self, user: User) -> None:
        """The session of a user whose password was just verified (or just set: the first administrator)."""
        current = self.users.get(user.id)
        if current is None or not current.active:
            raise NotAllowed(msg("用户“{user}”已停用或不存在，不能登录。", user=user.name))
        self.audit.actor = current.actor()
        self.signed_in_user = current
        self._ticket = _SessionTicket(current.id)
        _ISSUED.add(self._ticket)

    def session_ticket(self) -> "_SessionTicket | None":
        """A token of this signed-in session for another ``Store`` of this process (a background
        job's): ``resume(ticket)`` acts as the same person without asking the password again."""
        return getattr(self, "_ticket", None) if self.signed_in_user is not None else None

    def resume(self, ticket: "_SessionTicket") -> None:
        """Act as the person of a session signed in with a password in this process (``session_ticket``)."""
        if not isinstance(ticket, _SessionTicket) or ticket not in _ISSUED:
            raise NotAllowed(msg("没有有效的登录，不能代为操作。"))
        user = self.users.get(ticket.user_id)
        if user is None:
            raise NotAllowed(msg("没有有效的登录，不能代为操作。"))
        self._begin_session(user)

    def refresh_session(self) -> None:
        """The signed-in person's name or role changed: the session follows (the same person)."""
        if self.signed_in_user is not None:
            self._begin_session(self.signed_in_user)

    def sign_out(self) -> None:
        """Back to the system (full rights, "系统/命令行" in the audit), as with nobody signed in."""
        self.audit.actor = SYSTEM
        self.signed_in_user = None

    @property
    def session(self) -> Actor | None:
        """The signed-in person (name, role, squad), or None: nobody, the store acts as the system."""
        actor = self.audit.actor
        return None if actor.is_system else actor

    def may(self, action: Action | str, squad_ids: Collection[int] | None = None) -> bool:
        """Whether the signed-in person may do ``action`` (on a task of ``squad_ids``)."""
        return may(self.audit.actor, Action(action), squad_ids)

    def change_backup_settings(self, new: BackupSettings, *, actor: Actor) -> None:
        """Where the copies go and how many are kept (``backups.BackupSettings``), changed by
        ``actor`` (checked by ``Audit.acting``): administrators only, as every setting, and in the
        audit trail. The settings live in a file beside the database (a damaged database must not
        hide its backups); the entry goes in the database."""
        by = self.audit.acting(actor, Action.SETTINGS)
        old = load_settings()
        changes = [(name, getattr(old, name), getattr(new, name)) for name in ("folder", "keep_daily", "keep_other")
                   if getattr(old, name) != getattr(new, name)]
        if not changes:
            return
        with self.transaction():  # the entry first: a refused write leaves the file as it was
            for name, before, after in changes:
                self.audit.record("settings", None, "update", "backup_folder" if name == "folder" else name,
                                  str(before) if before is not None else "", str(after) if after is not None else "",
                                  by=by)
            save_settings(new)
        self.database.backup_dir = folder_for(self.path)

    def backup(self, reason: str) -> Path:
        """A copy of the database in the backup folder, named for why it was taken."""
        if self.database.refused is not None:  # a damaged file is never "backed up" as if it were sound
            raise DatabaseDamaged(self.database.refused)
        return backup_file(self.database.conn, self._backup_target(reason))

    def backup_in_background(self, reason: str) -> "PendingBackup":
        """Start ``backup(reason)`` in a thread, from a connection of its own, and return at once:
        the copy is of the database as committed now, and is taken while the caller does other
        work (an import reads its workbook meanwhile). Write nothing before ``result()``."""
        if self.database.refused is not None:
            raise DatabaseDamaged(self.database.refused)
        return PendingBackup(self.database.path, self._backup_target(reason))

    def _backup_target(self, reason: str) -> Path:
        return self.database.backup_dir / f"{self.database.path.stem}-{reason}-{timestamp()}.db"

    @property
    def is_open(self) -> bool:
        return self.database.is_open

    def close(self) -> None:
        self.database.close()
        lock, self.lock = self.lock, None
        if lock is not None:
            lock.release()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["Store", "TaskFilter", "StoreError", "DatabaseBusy", "DatabaseDamaged", "DatabaseTooNew", "NotAllowed",
           "Action", "Role", "User"]
