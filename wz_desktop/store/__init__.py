"""All SQL lives here. The rest of the application calls these functions and gets dataclasses back.

    store = Store.open(path)
    with store.transaction():
        store.tasks.insert_many(tasks)
"""
from __future__ import annotations

from pathlib import Path

from wz_desktop.store.attendance import AttendanceRepo
from wz_desktop.store.calls import CallRepo
from wz_desktop.store.charts import ChartRepo
from wz_desktop.store.db import Database, backup_file, timestamp
from wz_desktop.store.errors import DatabaseBusy, DatabaseDamaged, DatabaseTooNew, StoreError
from wz_desktop.store.imports import ImportRepo
from wz_desktop.store.lifecycle import TaskFlow
from wz_desktop.store.roster import RosterRepo
from wz_desktop.store.tasks import TaskFilter, TaskRepo


class Store:
    """The application's one way into its database."""

    def __init__(self, database: Database):
        self.database = database
        self.tasks = TaskRepo(database)
        self.imports = ImportRepo(database)
        self.roster = RosterRepo(database)
        self.calls = CallRepo(database)
        self.attendance = AttendanceRepo(database)
        self.charts = ChartRepo(database)
        self.flow = TaskFlow(database, self.tasks, self.calls, self.roster)

    @classmethod
    def open(cls, path: str | Path, *, backup_dir: str | Path | None = None) -> "Store":
        store = cls(Database(path, backup_dir=backup_dir))
        if store.tasks.pending_index():  # an import was interrupted before its search index
            store.tasks.index_pending()
        return store

    @property
    def path(self) -> Path:
        return self.database.path

    def transaction(self):
        return self.database.transaction()

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


__all__ = ["Store", "TaskFilter", "StoreError", "DatabaseBusy", "DatabaseDamaged", "DatabaseTooNew"]
