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

    tasks_changed = Signal()  # tasks were added or changed (an import, a form)
    calls_changed = Signal()  # a call was logged, verified, dispatched, or a draft saved
    roster_changed = Signal()  # squads, members, certifications or vehicles changed
    open_call_requested = Signal(int)  # a widget asks the window to show a call (its id)
    open_task_requested = Signal(int)  # a widget asks the window to show a task's page (its id)
    import_finished = Signal(object)  # list[FileReport]
    export_finished = Signal(int, object)  # count, Path
    user_changed = Signal()  # someone signed in, or the user was switched (ui/users.py)

    def __init__(self, store: Store, settings: QSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.settings = settings if settings is not None else open_settings()

    @property
    def db_path(self) -> Path:
        return self.store.path

    @property
    def operator(self) -> str:
        """Who is at the desk: written on every record as the one who logged, verified or changed it.
        The signed-in user's name; with nobody signed in, the name set in the settings, or the
        computer's user name. (The store writes the signed-in name anyway: the session wins.)"""
        session = getattr(self.store, "session", None)
        if session is not None:
            return session.name
        name = str(self.settings.value("operator/name", "") or "").strip()
        if not name:
            import getpass

            try:
                name = getpass.getuser()
            except Exception:  # no user name in the environment
                name = ""
        return name or "值班员"

    def set_operator(self, name: str) -> None:
        self.settings.setValue("operator/name", (name or "").strip())
