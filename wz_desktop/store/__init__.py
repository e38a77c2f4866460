"""All SQL lives here. The rest of the application calls these functions and gets dataclasses back.

    store = Store.open(path)
    with store.transaction():
        store.tasks.insert_many(tasks)
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from wz_desktop.store import _light  # noqa: F401  (first: sqlite-utils without pandas, a quick start)

from wz_desktop.domain.roles import SYSTEM, Action, Actor, Role, may
from wz_desktop.domain.text import msg
from wz_desktop.store.attendance import AttendanceRepo
from wz_desktop.store.audit import audit_of
from wz_desktop.store.calls import CallRepo
from wz_desktop.store.charts import ChartRepo
from wz_desktop.store.db import Database, backup_file, timestamp
from wz_desktop.store.errors import DatabaseBusy, DatabaseDamaged, DatabaseTooNew, NotAllowed, StoreError
from wz_desktop.store.imports import ImportRepo
from wz_desktop.store.lifecycle import TaskFlow
from wz_desktop.store.roster import RosterRepo
from wz_desktop.store.tasks import TaskFilter, TaskRepo
from wz_desktop.store.users import User, UserRepo


class Store:
    """The application's one way into its database."""

    def __init__(self, database: Database):
        self.database = database
        self.audit = audit_of(database)  # who is signed in, what they may do, and the audit trail
        self.users = UserRepo(database)
        self.signed_in_user: User | None = None
        self.tasks = TaskRepo(database)
        self.imports = ImportRepo(database)
        self.roster = RosterRepo(database)
        self.calls = CallRepo(database)
        self.attendance = AttendanceRepo(database)
        self.charts = ChartRepo(database)
        self.flow = TaskFlow(database, self.tasks, self.calls, self.roster)

    @classmethod
    def open(cls, path: str | Path, *, backup_dir: str | Path | None = None) -> "Store":
        """Open (or create) the database. What SQLite meets while opening is told in the store's
        words: a damaged file is :class:`DatabaseDamaged`, anything else it cannot do a StoreError."""
        try:
            store = cls(Database(path, backup_dir=backup_dir))
        except sqlite3.OperationalError as exc:
            raise StoreError(msg("无法打开数据库“{path}”：{reason}", path=path, reason=exc)) from exc
        except sqlite3.DatabaseError as exc:  # a damaged page met while opening (disk image is malformed)
            raise DatabaseDamaged(msg("数据库“{name}”已损坏：{reason}", name=Path(path).name, reason=exc)) from exc
        try:
            if store.tasks.pending_index():  # an import was interrupted before its search index
                store.tasks.index_pending()
        except sqlite3.OperationalError as exc:
            store.close()
            raise StoreError(msg("无法打开数据库“{path}”：{reason}", path=path, reason=exc)) from exc
        except sqlite3.DatabaseError as exc:
            store.close()
            raise DatabaseDamaged(msg("数据库“{name}”已损坏：{reason}", name=Path(path).name, reason=exc)) from exc
        return store

    @property
    def changes(self):
        """Who listens hears what each write changed (``store/changes.py``)."""
        return self.database.changes

    @property
    def path(self) -> Path:
        return self.database.path

    def transaction(self):
        return self.database.transaction()

    # --- the session: who is signed in (domain.roles says what each role may do) ---------------

    def sign_in(self, user: User) -> None:
        """Act as ``user`` from now on (authenticated by ``users.authenticate``): the store refuses
        what their role may not do, and writes their name as "by" and in the audit."""
        current = self.users.get(user.id)
        if current is None or not current.active:
            raise NotAllowed(msg("用户“{user}”已停用或不存在，不能登录。", user=user.name))
        self.audit.actor = current.actor()
        self.signed_in_user = current

    def sign_out(self) -> None:
        """Back to the system (full rights, "系统/命令行" in the audit), as with nobody signed in."""
        self.audit.actor = SYSTEM
        self.signed_in_user = None

    @property
    def session(self) -> Actor | None:
        """The signed-in person (name, role, squad), or None: nobody, the store acts as the system."""
        actor = self.audit.actor
        return None if actor.is_system else actor

    def may(self, action: Action | str, squad_ids=None) -> bool:
        """Whether the signed-in person may do ``action`` (on a task of ``squad_ids``)."""
        return may(self.audit.actor, Action(action), squad_ids)

    def backup(self, reason: str) -> Path:
        """A copy of the database in the backup folder, named for why it was taken."""
        target = self.database.backup_dir / f"{self.database.path.stem}-{reason}-{timestamp()}.db"
        return backup_file(self.database.conn, target)

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


__all__ = ["Store", "TaskFilter", "StoreError", "DatabaseBusy", "DatabaseDamaged", "DatabaseTooNew", "NotAllowed",
           "Action", "Role", "User"]
