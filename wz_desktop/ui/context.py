"""The application context handed to every widget (as in git-cola): no globals."""
from __future__ import annotations

import contextlib
import logging
import weakref
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from wz_desktop.domain.roles import Actor
from wz_desktop.services.session import Session
from wz_desktop.services.settings import Settings
from wz_desktop.store import Store
from wz_desktop.store.changes import Changes
from wz_desktop.ui.settings import open_settings

log = logging.getLogger(__name__)

POLL_MS = 1000  # how often others' writes are looked for (PRAGMA data_version: no file read)
TASK_TABLES = ("tasks", "task_members", "task_vehicles", "task_squads", "task_flags", "reviews", "cases", "imports")
CALL_TABLES = ("calls", "verifications")
ROSTER_TABLES = ("squads", "members", "certifications", "vehicles")


_CONTEXTS: "weakref.WeakSet[AppContext]" = weakref.WeakSet()
_POLLER: list[QTimer] = []  # one timer for the application, whatever the number of contexts


def _ensure_poller() -> None:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if _POLLER or app is None:
        return
    timer = QTimer(app)
    timer.setObjectName("changePoller")
    timer.setInterval(POLL_MS)
    timer.timeout.connect(_poll_all)
    timer.start()
    _POLLER.append(timer)


def _poll_all() -> None:
    """Every second: each open context looks for what others wrote. Not inside a modal dialog's own
    event loop (a progress dialog, a question: the windows behind it would be rebuilt under the code
    that opened it) nor while a job runs in a worker thread (it may draw with Qt's fonts): the next
    tick after tells."""
    from PySide6.QtWidgets import QApplication

    from wz_desktop.ui.worker import background_running

    if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
        return
    if background_running():
        return
    for context in list(_CONTEXTS):
        try:
            context._on_timer()
        except RuntimeError:  # deleted meanwhile
            continue


class AppContext(QObject):
    """The open store, the settings, and the signals that tell widgets the data changed.

    ``changed(Changes)`` is the one change notification: the store announces every commit of this
    window (``store/changes.py``: SQLite's own triggers note each record written, so no write path
    can forget), and a timer looks every second for what other connections wrote (a background
    import, another copy of the application on the same file). Every page, record window, list and
    count listens to it. ``tasks_changed``, ``calls_changed`` and ``roster_changed`` follow from it
    (for widgets that only need to know "something of that kind changed").
    """

    changed = Signal(object)  # Changes: what changed, by record
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
        self._acting: list[object] = []
        self._feed = None
        self._attach()
        self.polling = True  # looked at by the application's one poller (``_poll_all``) every second
        _CONTEXTS.add(self)
        _ensure_poller()

    # --- the change notification ------------------------------------------------------------------

    def _attach(self) -> bool:
        """Listen to the store's changes (again, after a restore opened the database afresh)."""
        feed = getattr(self.store, "changes", None)
        if feed is None or feed is self._feed:
            return False
        if self._feed is not None:
            self._feed.unsubscribe(self._on_store_changes)
        try:
            feed.watch()
        except Exception:  # a database that cannot take TEMP triggers: F5 still works
            log.exception("watching the database's changes")
            return False
        feed.subscribe(self._on_store_changes)
        self._feed = feed
        return True

    def _on_store_changes(self, changes: Changes) -> None:
        if self._acting and changes.origin is None:
            changes = changes.with_origin(self._acting[-1])
        self.announce(changes)

    def announce(self, changes: Changes) -> None:
        """Tell every listener (also for changes the UI knows of itself, as after F5)."""
        if not changes:
            return
        self.changed.emit(changes)
        if changes.touches(*TASK_TABLES):
            self.tasks_changed.emit()
        if changes.touches(*CALL_TABLES):
            self.calls_changed.emit()
        if changes.touches(*ROSTER_TABLES):
            self.roster_changed.emit()

    def _on_timer(self) -> None:
        if not self.polling:
            return
        if not self._open():  # a context left behind on a closed database: it stops looking
            self.polling = False
            return
        self.poll_changes()

    def _open(self) -> bool:
        store = getattr(self, "store", None)
        return store is not None and store.is_open

    def poll_changes(self) -> Changes:
        """What others wrote since the last look (and writes of this window made outside a
        transaction), announced. The timer calls it every second; call it to look at once."""
        if self._attach():  # the database was opened afresh (a restore): everything may differ
            changes = Changes(everything=True, external=True)
            self.announce(changes)
            return changes
        if self._feed is None:
            return Changes()
        return self._feed.poll()

    @contextlib.contextmanager
    def acting(self, widget: object):
        """Inside, the changes this window writes name ``widget`` as their origin (``Changes.origin``):
        a record window need not take its own save for a change made elsewhere."""
        self._acting.append(widget)
        try:
            yield
        finally:
            self._acting.pop()

    # --- who -------------------------------------------------------------------------------------

    @property
    def db_path(self) -> Path:
        return self.store.path

    @property
    def session(self) -> Session:
        """Who acts in this window, what the use cases take: the person signed in; with nobody
        signed in, the system's rights under the name of who is at the desk (``operator``)."""
        session = Session.of(self.store)
        return Session(Actor(name=self.operator)) if session.is_system else session

    @property
    def all_settings(self) -> Settings:
        """Every setting, wherever it lives (``services/settings.py``, docs/settings.md)."""
        return Settings(self.store, self.settings)

    @property
    def operator(self) -> str:
        """Who is at the desk: written on every record as the one who logged, verified or changed it.
        The signed-in user's name; with nobody signed in, the name set in the settings, or the
        computer's user name. (The store writes the signed-in name anyway: the session wins.)"""
        session = getattr(self.store, "session", None)
        if session is not None:
            return session.name
        name = self.all_settings.get("operator_name")
        if not name:
            import getpass

            try:
                name = getpass.getuser()
            except Exception:  # noqa: BLE001 (no user name in the environment)
                name = ""
        return name or "值班员"

    def set_operator(self, name: str) -> None:
        self.all_settings.save({"operator_name": (name or "").strip()}, session=self.session)
