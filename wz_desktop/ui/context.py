"""The application context handed to every widget (as in git-cola): no globals."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from wz_desktop.store import Store
from wz_desktop.ui.settings import open_settings


class AppContext(QObject):
    """The open store, the settings, and the signals that tell widgets the data changed.

    Widgets refresh by listening to ``tasks_changed`` rather than by being called from everywhere.
    """

    tasks_changed = Signal()  # tasks were added or changed (an import, later a form)
    import_finished = Signal(object)  # list[FileReport]
    export_finished = Signal(int, object)  # count, Path

    def __init__(self, store: Store, settings: QSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.settings = settings if settings is not None else open_settings()

    @property
    def db_path(self) -> Path:
        return self.store.path
