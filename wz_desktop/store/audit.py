"""Who is acting, what they may do, and the audit trail of every change to a record.

One :class:`Audit` per open store (``store.audit``), made by the ``Store`` and handed to each of
its repositories. Every write function of the store starts with ``audit.acting(actor, action)``
(the task steps, calls, users, settings and roster, given who acts by the caller; ``as_actor`` for
a write of several steps) or ``audit.require(action)`` (the rest, the signed-in person), which
refuses (:class:`NotAllowed`, nothing written) what that role may not do (the rules are in
``domain.roles``) and gives the name to write as "by"; it then writes its change and an entry
here, in the same transaction:

- the ``audit`` table: when, who (name and user id), which table and record, what was done
  (``insert`` / ``update`` / ``delete`` / ``import`` …), which field, before and after;
- tasks keep their story in ``task_history`` (the task page shows it); :meth:`Audit.entries`
  reads both, so the whole trail is one list.

Bulk writes are one entry each (``新增 3,000 条``, an import with its ``imports`` row), never one
per row: a 100,000-task import costs one INSERT more than before. Drafts (what a form holds while
it is typed) are not records and are not audited.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass

from wz_desktop.domain.roles import SYSTEM, SYSTEM_NAME, Action, Actor, refusal
from wz_desktop.domain.text import msg
from wz_desktop.domain.words import AUDIT_ACTIONS, AUDIT_TABLES, FIELDS, STEPS
from wz_desktop.store.db import Database, now_text
from wz_desktop.store.errors import NotAllowed

# what the audit calls each table, action and field (the audit window shows these words): domain/words.py
TABLE_WORDS = AUDIT_TABLES
FIELD_WORDS = FIELDS


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(getattr(value, "value", value))


@dataclass
class AuditEntry:
    at: str
    by: str
    table: str
    record_id: int | None
    action: str
    field: str | None = None
    old: str | None = None
    new: str | None = None
    note: str = ""
    user_id: int | None = None
    import_id: int | None = None

    @property
    def table_word(self) -> str:
        return TABLE_WORDS.get(self.table, self.table)

    @property
    def action_word(self) -> str:
        if self.action in AUDIT_ACTIONS:
            return AUDIT_ACTIONS[self.action]
        return STEPS.get(self.action, self.action)  # the task history's steps

    @property
    def field_word(self) -> str:
        if not self.field:
            return ""
        return FIELD_WORDS.get(self.field, self.field)


@dataclass
class AuditFilter:
    since: str | dt.date | None = None  # 'YYYY-MM-DD', included
    until: str | dt.date | None = None  # 'YYYY-MM-DD', its whole day included
    by: str | None = None
    table: str | None = None
    record_id: int | None = None


def _day(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)[:10]


def _next_day(value: object) -> str | None:
    day = _day(value)
    if day is None:
        return None
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


class Audit:
    """The session (who acts) and the audit trail of one open database."""

    def __init__(self, database: Database):
        self.database = database
        self.conn = database.conn
        self.actor: Actor = SYSTEM
        self._quiet = 0
        self._by: str | None = None  # inside ``as_actor``: the name its entries are written under

    # --- who ---------------------------------------------------------------------------------

    def require(self, action: Action, squad_ids: Collection[int] | None = None) -> Actor:
        """Refuse (:class:`NotAllowed`) what the signed-in role may not do; the acting person otherwise."""
        message = refusal(self.actor, action, squad_ids)
        if message:
            raise NotAllowed(message)
        return self.actor

    def acting(self, actor: Actor, action: Action | None, squad_ids: Collection[int] | None = None) -> str:
        """A write done as ``actor`` (given explicitly by the caller, never replaced): refused
        (:class:`NotAllowed`) when someone else is signed in on this store, or when ``actor``'s role
        may not do ``action`` (None: a write anyone may do for themselves, as their own password);
        the name to write as "by" otherwise (the system's when it has none)."""
        if not self.actor.is_system and actor != self.actor:
            raise NotAllowed(msg("“{name}”不是在此登录的用户（{signed_in}），不能以其名义修改记录。", name=actor.name,
                                 signed_in=self.actor.name))
        message = refusal(actor, action, squad_ids) if action is not None else None
        if message:
            raise NotAllowed(message)
        return actor.name.strip() or SYSTEM_NAME

    @contextlib.contextmanager
    def as_actor(self, actor: Actor, action: Action, squad_ids: Collection[int] | None = None) -> Iterator[str]:
        """A write of several steps done as ``actor`` (checked as :meth:`acting`): inside, every
        entry is written under ``actor``'s name (the inner writes' own)."""
        name = self.acting(actor, action, squad_ids)
        with self.written_as(name):
            yield name

    @contextlib.contextmanager
    def written_as(self, name: str) -> Iterator[None]:
        """Inside: every entry is written under ``name`` (already checked by :meth:`acting`), so the
        rows a step writes through other repositories (its members, vehicles, attendance) carry the
        step's actor, not the session's."""
        previous, self._by = self._by, name
        try:
            yield
        finally:
            self._by = previous

    # --- writing -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def quiet(self) -> Iterator[None]:
        """Inside: the writes leave no entry of their own (a bulk write records one entry itself)."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def record(self, table: str, record_id: int | None, action: str, field: str | None = None, old: object = None,
               new: object = None,
               note: str = "", import_id: int | None = None, by: str | None = None) -> None:
        """One entry (in the caller's transaction)."""
        if self._quiet:
            return
        self.conn.execute(
            "INSERT INTO audit (at, user_id, by_name, record_table, record_id, action, field, old, new, note, import_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (now_text(), self.actor.user_id, by or self._by or self.actor.name, table, record_id, action, field, _text(old),
             _text(new), note or "", import_id))

    def changes(self, table: str, record_id: int | None, before: Mapping[str, object] | None,
                after: Mapping[str, object], note: str = "", by: str | None = None) -> int:
        """One entry per field that changed between ``before`` and ``after``. Returns how many."""
        if self._quiet:
            return 0
        if before is None:
            self.inserted(table, record_id, after, note, by=by)
            return 1
        rows = [(name, before.get(name), value) for name, value in after.items()
                if name in before and _text(before.get(name)) != _text(value)]
        for name, old, new in rows:
            self.record(table, record_id, "update", name, old, new, note, by=by)
        return len(rows)

    def inserted(self, table: str, record_id: int | None, values: Mapping[str, object] | None = None, note: str = "",
                 by: str | None = None) -> None:
        self.record(table, record_id, "insert", None, None, {k: v for k, v in (values or {}).items() if v not in (None, "")},
                    note, by=by)

    def inserted_many(self, table: str, ids: list[int], describe: Iterable[Mapping[str, object]] | None = None,
                      note: str = "") -> None:
        """A batch of new records: one entry each up to a few, one entry for the batch beyond."""
        if self._quiet or not ids:
            return
        if len(ids) <= 3 and describe is not None:
            for record_id, values in zip(ids, describe):
                self.inserted(table, record_id, values, note)
            return
        self.record(table, ids[0] if len(ids) == 1 else None, "insert",
                    note=note or msg("新增 {count:,} 条（编号 {first}–{last}）", count=len(ids), first=min(ids),
                                            last=max(ids)))

    def deleted(self, table: str, record_id: int | None, values: Mapping[str, object] | None = None,
                note: str = "") -> None:
        self.record(table, record_id, "delete", None, values or None, None, note)

    def row(self, table: str, record_id: int, columns: Iterable[str]) -> dict[str, object] | None:
        """A record's values before a change (for :meth:`changes`)."""
        columns = list(columns)
        found = self.conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?", (record_id,)).fetchone()
        return dict(zip(columns, found)) if found else None

    # --- reading -----------------------------------------------------------------------------

    def entries(self, flt: AuditFilter | None = None, limit: int | None = None, newest_first: bool = True
                ) -> list[AuditEntry]:
        """The whole trail (the audit table and the tasks' history), filtered, newest first."""
        flt = flt or AuditFilter()
        audit_where, history_where = ["1"], ["1"]
        a_params: list[object] = []
        h_params: list[object] = []

        def both(audit_clause: str, history_clause: str, value: object) -> None:
            audit_where.append(audit_clause)
            a_params.append(value)
            history_where.append(history_clause)
            h_params.append(value)

        since, until = _day(flt.since), _next_day(flt.until)
        if since:
            both("at >= ?", "at >= ?", since)
        if until:
            both("at < ?", "at < ?", until)
        if flt.by:
            both("by_name = ?", "by_name = ?", flt.by)
        if flt.table:
            audit_where.append("record_table = ?")
            a_params.append(flt.table)
            if flt.table != "tasks":
                history_where.append("0")
        if flt.record_id is not None:
            both("record_id = ?", "task_id = ?", flt.record_id)
        order = "DESC" if newest_first else ""
        sql = (
            "SELECT at, by_name, record_table, record_id, action, field, old, new, note, user_id, import_id, 1, id"
            f" FROM audit WHERE {' AND '.join(audit_where)}"
            " UNION ALL SELECT at, by_name, 'tasks', task_id, action, field, old, new, note, NULL, NULL, 0, id"
            f" FROM task_history WHERE {' AND '.join(history_where)}"
            f" ORDER BY 1 {order}, 12 {order}, 13 {order}")
        params = [*a_params, *h_params]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [AuditEntry(*row[:11]) for row in self.conn.execute(sql, params)]

    def count(self) -> int:
        return (int(self.conn.execute("SELECT count(*) FROM audit").fetchone()[0])
                + int(self.conn.execute("SELECT count(*) FROM task_history").fetchone()[0]))

    def names(self) -> list[str]:
        """Everyone who appears in the trail (for the audit window's filter)."""
        return [r[0] for r in self.conn.execute(
            "SELECT by_name FROM audit UNION SELECT by_name FROM task_history ORDER BY 1") if r[0]]

    def tables(self) -> list[str]:
        found = {r[0] for r in self.conn.execute("SELECT DISTINCT record_table FROM audit")}
        if self.conn.execute("SELECT 1 FROM task_history LIMIT 1").fetchone():
            found.add("tasks")
        return sorted(found, key=lambda t: (list(TABLE_WORDS).index(t) if t in TABLE_WORDS else 99, t))


__all__ = ["AUDIT_ACTIONS", "FIELD_WORDS", "TABLE_WORDS", "Audit", "AuditEntry", "AuditFilter"]
