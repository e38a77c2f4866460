"""What changed in the database, told to whoever listens (no Qt here: ``ui/context.py`` bridges it).

Every write made on this connection is caught by SQLite itself, not by the code that writes: once
:meth:`ChangeFeed.watch` has run, TEMP triggers on every record table note ``(table, id)`` (and the
task or call a row belongs to: a member added to task 12 is a change of ``("tasks", 12)``) in a
private temp table. After each commit the feed reads and empties it and calls its listeners with one
:class:`Changes`, so no write path can forget to announce itself.

Writes made by other connections (a background import in a worker thread, another copy of the
application on the same file) are seen by :meth:`ChangeFeed.poll`, which asks ``PRAGMA data_version``
(a number SQLite changes whenever another connection commits; cheap, no file read) and, when it
moved, reads the audit trail written since to say which records changed.

    feed = store.changes
    feed.watch()
    feed.subscribe(lambda changes: print(changes.tables))
    ...  # writes: listeners are called after each commit
    feed.poll()  # on a timer: others' writes, and writes made outside a transaction
"""
from __future__ import annotations

import logging
import sqlite3
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

TEMP_TABLE = "temp.wz_changed"
WHOLE = 0  # the id noted for a row of a table without ids of its own: "some row of this table"
# tables whose writes are no one's business: caches, the search index, the trail itself, form drafts
IGNORED_TABLES = {"audit", "derived_state", "member_month", "squad_pairs", "form_drafts", "sqlite_sequence"}
IGNORED_PREFIXES = ("tasks_fts", "sqlite_")
# a row of these tables belongs to a record: its change is also that record's (column → table)
OWNERS = {"task_id": "tasks", "call_id": "calls", "case_id": "cases"}
OWNED_BY_MEMBER = {"certifications"}


@dataclass(frozen=True)
class Changes:
    """What one operation changed. ``ids``: ``(table, id)`` pairs; ``tables``: every table touched
    (also those in ``ids``); ``everything``: unknown, assume all changed. ``external``: made by
    another connection (a background import, another window). ``origin``: set by the UI to the
    widget whose action made the change (it need not tell itself)."""

    tables: frozenset[str] = frozenset()
    ids: frozenset[tuple[str, int]] = frozenset()
    everything: bool = False
    external: bool = False
    whole: frozenset[str] = frozenset()  # tables changed in bulk: which records is not known
    origin: object = field(default=None, compare=False)

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, int | None]] = (), *, everything: bool = False,
           external: bool = False) -> "Changes":
        ids, tables, whole = set(), set(), set()
        for table, record_id in pairs:
            tables.add(table)
            if record_id is None or record_id == WHOLE:
                whole.add(table)
            else:
                ids.add((table, int(record_id)))
        return cls(frozenset(tables), frozenset(ids), everything, external, frozenset(whole))

    def __bool__(self) -> bool:
        return self.everything or bool(self.tables)

    def touches(self, *tables: str) -> bool:
        """Whether any of ``tables`` changed (or maybe did)."""
        return self.everything or any(t in self.tables for t in tables)

    def touches_record(self, table: str, record_id: int | None) -> bool:
        """Whether the record ``table``/``record_id`` changed (or maybe did: a bulk change of its table)."""
        if self.everything or table in self.whole:
            return True
        return record_id is not None and (table, int(record_id)) in self.ids

    def merged(self, other: "Changes") -> "Changes":
        return Changes(self.tables | other.tables, self.ids | other.ids, self.everything or other.everything,
                       self.external or other.external, self.whole | other.whole, self.origin or other.origin)

    def with_origin(self, origin: object) -> "Changes":
        return Changes(self.tables, self.ids, self.everything, self.external, self.whole, origin)


Listener = Callable[[Changes], None]
ListenerRef = Callable[[], "Listener | None"]  # a listener held weakly (a bound method) or as it is; None once collected


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class ChangeFeed:
    """The changes of one open database (see the module's doc). One per ``Database``."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.listeners: list[ListenerRef] = []
        self.watching = False
        self._data_version: int | None = None
        self._audit_seen = (0, 0)  # the last audit id, the last task_history id
        self._calls_seen: tuple[object, ...] | None = None

    # --- setting up ---------------------------------------------------------------------------

    def record_tables(self) -> list[str]:
        names = [r[0] for r in self.conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY name")]
        return [n for n in names if n not in IGNORED_TABLES and not n.startswith(IGNORED_PREFIXES)]

    def watch(self) -> None:
        """Catch this connection's writes from now on (TEMP triggers: nothing is written to the file)."""
        if self.watching:
            return
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS wz_changed (tbl TEXT NOT NULL, id INTEGER,"
                          " PRIMARY KEY (tbl, id)) WITHOUT ROWID")
        for table in self.record_tables():
            columns = {r[1] for r in self.conn.execute(f"PRAGMA main.table_info({_quote(table)})")}
            sql = self.conn.execute("SELECT sql FROM main.sqlite_master WHERE name = ?", (table,)).fetchone()[0] or ""
            rowid = "rowid" if "WITHOUT ROWID" not in sql.upper() else ("id" if "id" in columns else None)
            owners = [(column, owner) for column, owner in OWNERS.items() if column in columns and owner != table]
            if table in OWNED_BY_MEMBER and "member_id" in columns:
                owners.append(("member_id", "members"))
            for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
                values = [f"'{table}', {row}.{rowid}" if rowid else f"'{table}', {WHOLE}"]
                values += [f"'{owner}', {row}.{_quote(column)}" for column, owner in owners]
                if event == "UPDATE":
                    values += [f"'{owner}', OLD.{_quote(column)}" for column, owner in owners]
                body = " ".join(f"INSERT OR IGNORE INTO wz_changed (tbl, id) SELECT {v}"
                                f" WHERE {v.split(', ', 1)[1]} IS NOT NULL;" for v in values)
                name = _quote(f"wz_changed_{table}_{event.lower()}")
                self.conn.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS {name} AFTER {event}"
                                  f" ON main.{_quote(table)} BEGIN {body} END")
        self.watching = True
        self._data_version = self.data_version()
        self._audit_seen = self._audit_marks()
        self._calls_seen = self._calls_mark()

    def subscribe(self, listener: Listener) -> None:
        """``listener(changes)`` after each commit. A bound method is held weakly: the feed never keeps
        its listener alive (a window's context, collected by the garbage collector at some odd moment,
        would take its Qt objects with it from under Qt)."""
        if getattr(listener, "__self__", None) is not None and hasattr(listener, "__func__"):
            self.listeners.append(weakref.WeakMethod(listener))
        else:
            self.listeners.append(lambda: listener)

    def unsubscribe(self, listener: Listener) -> None:
        self.listeners = [ref for ref in self.listeners if ref() not in (None, listener)]

    # --- this connection's writes ---------------------------------------------------------------

    def collect(self) -> Changes:
        """What this connection changed since the last call (committed or not: call after a commit)."""
        if not self.watching:
            return Changes()
        rows = self.conn.execute("SELECT tbl, id FROM temp.wz_changed").fetchall()
        if not rows:
            return Changes()
        self.conn.execute("DELETE FROM temp.wz_changed")
        return Changes.of(rows)

    def committed(self) -> None:
        """Called by ``Database.transaction`` after each outermost commit: tell the listeners."""
        if not self.watching or self.conn.in_transaction:
            return
        try:
            changes = self.collect()
        except sqlite3.Error:  # the connection closed meanwhile
            log.debug("changes not collected", exc_info=True)
            return
        if changes:
            self._announce(changes)

    def _announce(self, changes: Changes) -> None:
        alive = [(ref, ref()) for ref in self.listeners]
        self.listeners = [ref for ref, listener in alive if listener is not None]
        for _, listener in alive:
            if listener is None:
                continue
            try:
                listener(changes)
            except Exception:  # one listener's trouble must not stop the others, nor the write's caller
                log.exception("a listener of the database's changes failed")

    # --- other connections' writes ---------------------------------------------------------------

    def data_version(self) -> int:
        return int(self.conn.execute("PRAGMA main.data_version").fetchone()[0])

    def _audit_marks(self) -> tuple[int, int]:
        audit = self.conn.execute("SELECT coalesce(max(id), 0) FROM main.audit").fetchone()[0]
        history = self.conn.execute("SELECT coalesce(max(id), 0) FROM main.task_history").fetchone()[0]
        return int(audit), int(history)

    def _calls_mark(self) -> tuple[object, ...]:
        return tuple(self.conn.execute("SELECT count(*), max(id), max(updated_at) FROM main.calls").fetchone())

    def external(self) -> Changes:
        """What other connections changed since the last look (``Changes()`` when nothing)."""
        version = self.data_version()
        if version == self._data_version:
            return Changes()
        self._data_version = version
        audit_seen, history_seen = self._audit_seen
        marks = self._audit_marks()
        calls = self._calls_mark()
        if marks[0] < audit_seen or marks[1] < history_seen:  # the file was replaced (a restore)
            self._audit_seen, self._calls_seen = marks, calls
            return Changes(everything=True, external=True)
        pairs: list[tuple[str, int | None]] = []
        for table, record_id, action in self.conn.execute(
                "SELECT record_table, record_id, action FROM main.audit WHERE id > ?", (audit_seen,)):
            if action in ("sign_in", "sign_in_failed"):
                continue
            if table == "roster" or (table == "imports" and action == "import"):
                pairs += [("tasks", None)] if table == "imports" else [("members", None), ("squads", None)]
            pairs.append((table, record_id))
            if table in ("task_members", "task_vehicles", "reviews") and record_id is not None:
                pairs.append(("tasks", record_id))  # these entries name the task
        pairs += [("tasks", r[0]) for r in self.conn.execute(
            "SELECT DISTINCT task_id FROM main.task_history WHERE id > ?", (history_seen,))]
        if calls != self._calls_seen:  # drafts are not in the trail
            pairs.append(("calls", None))
        self._audit_seen, self._calls_seen = marks, calls
        if not pairs:  # something not in the trail: assume everything
            return Changes(everything=True, external=True)
        return Changes.of(pairs, external=True)

    def poll(self) -> Changes:
        """On a timer: writes of this connection not yet told (made outside a transaction) and other
        connections' writes, told to the listeners as one. Returns what was told."""
        if not self.watching:
            return Changes()
        try:
            changes = self.collect().merged(self.external())
        except sqlite3.Error:  # closed, or busy for a moment: the next poll sees it
            log.debug("changes not polled", exc_info=True)
            return Changes()
        if changes:
            self._announce(changes)
        return changes


__all__ = ["ChangeFeed", "Changes"]
