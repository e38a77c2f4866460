"""Calls (接报), their verifications (核实) and the event numbers: every line of SQL for them.

Every write runs in ``Database.transaction()`` (a savepoint inside the caller's transaction), so a
refused step writes nothing. The rules (what may be logged, which status may follow which) are in
``domain.workflow``; this module asks them and raises what they raise.

Phones are kept as digits only, as in the roster. Drafts (``is_draft = 1``) hold whatever was typed
so far, unchecked; they are not in the waiting list until logged.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from typing import Any

from wz_desktop.domain.records import CallStatus
from wz_desktop.domain.roles import Action, Actor
from wz_desktop.domain.text import SEMICOLON, joined, msg
from wz_desktop.domain.workflow import (
    DEFAULT_EVENT_NO_PATTERN,
    Call,
    CallInvalid,
    Verification,
    WorkflowError,
    check_call,
    check_call_transition,
    check_pattern,
    format_event_no,
    moment_text,
    next_sequence,
    normalise_phone,
    parse_moment,
    validate_verification,
    verification_status,
)
from wz_desktop.store.audit import Audit
from wz_desktop.store.db import Database, inserted_id, now_text
from wz_desktop.store.errors import StoreError

EVENT_NO_PATTERN_KEY = "event_no_pattern"
EVENT_NO_LAST_KEY = "event_no_last:{year}"  # the last sequence issued for a year

CALL_COLUMNS = ["id", "received_at", "source", "caller_name", "caller_phone", "district", "place", "description",
                "suggested_kind", "status", "logged_by", "is_draft", "alert_text"]
_SELECT = "SELECT " + ", ".join(CALL_COLUMNS) + " FROM calls"
_WRITE_COLUMNS = CALL_COLUMNS[1:]
VERIFICATION_COLUMNS = ["id", "call_id", "result", "verified_by", "method", "verified_at", "note"]


def _call(row: Sequence[Any]) -> Call:  # a row of calls, as sqlite3 gives it
    values = dict(zip(CALL_COLUMNS, row))
    values["is_draft"] = bool(values["is_draft"])
    values["received_at"] = values["received_at"] or None
    return Call(**values)


# the values of _WRITE_COLUMNS, in their order (caller_phone is the fourth)
_CallValues = tuple[str, str, str, str, str, str, str, str | None, str, str, int, str]


def _values(call: Call, is_draft: bool, status: CallStatus) -> _CallValues:
    kind = call.suggested_kind.value if call.suggested_kind is not None else None
    received = call.received_at or ""
    moment = parse_moment(received)
    if moment is not None:
        received = moment_text(moment)
    phone = normalise_phone(call.caller_phone) if not is_draft else (call.caller_phone or "").strip()
    return (received, (call.source or "").strip(), (call.caller_name or "").strip(), phone,
            (call.district or "").strip(), (call.place or "").strip(), (call.description or "").strip(), kind,
            status.value, (call.logged_by or "").strip(), int(is_draft), call.alert_text or "")


class CallRepo:
    def __init__(self, database: Database, audit: Audit):
        self.database = database
        self.conn = database.conn
        self.audit = audit  # the store's one Audit: who acts, and the trail

    # --- reading -----------------------------------------------------------------------------

    def get(self, call_id: int) -> Call | None:
        row = self.conn.execute(_SELECT + " WHERE id = ?", (call_id,)).fetchone()
        return _call(row) if row else None

    def _require(self, call_id: int) -> Call:
        call = self.get(call_id)
        if call is None:
            raise StoreError(msg("来电（编号 {call_id}）不存在，可能已被删除。", call_id=call_id))
        return call

    def waiting(self) -> list[Call]:
        """Calls logged and not yet verified, oldest first: what the desk shows at the top."""
        rows = self.conn.execute(
            _SELECT + " WHERE status = 'logged' AND is_draft = 0 ORDER BY received_at, id").fetchall()
        return [_call(r) for r in rows]

    def by_status(self, *statuses: CallStatus | str, newest_first: bool = True) -> list[Call]:
        """Logged calls (not drafts) in any of ``statuses`` (all calls when none is given)."""
        values = [CallStatus(s).value for s in statuses]
        where = "is_draft = 0"
        if values:
            where += " AND status IN (" + ", ".join("?" * len(values)) + ")"
        order = "DESC" if newest_first else ""
        rows = self.conn.execute(
            f"{_SELECT} WHERE {where} ORDER BY received_at {order}, id {order}", values).fetchall()
        return [_call(r) for r in rows]

    def search(self, text: str, limit: int = 500) -> list[Call]:
        """Calls and drafts with every word of ``text`` in the caller, the phone (digits, spaces or
        dashes typed or not), the place, the district, the source or what happened; newest first."""
        words = [w for w in (text or "").split() if w]
        if not words:
            return []
        where, values = [], []
        for w in words:
            digits = "".join(ch for ch in w if ch.isdigit())
            like = "%" + w.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"
            part = ("(caller_name LIKE ? ESCAPE '!' OR place LIKE ? ESCAPE '!' OR district LIKE ? ESCAPE '!'"
                    " OR source LIKE ? ESCAPE '!' OR description LIKE ? ESCAPE '!' OR caller_phone LIKE ? ESCAPE '!'")
            values += [like] * 6
            if digits and len(digits) >= 3:
                part += " OR replace(replace(caller_phone, '-', ''), ' ', '') LIKE ?"
                values.append(f"%{digits}%")
            where.append(part + ")")
        rows = self.conn.execute(f"{_SELECT} WHERE {' AND '.join(where)} ORDER BY received_at DESC, id DESC LIMIT ?",
                                 (*values, int(limit))).fetchall()
        return [_call(r) for r in rows]

    def by_phone(self, phone: str, limit: int = 5, exclude: int | None = None) -> list[Call]:
        """Logged calls from the same number (as stored, normalised), newest first: a caller seen before."""
        number = normalise_phone(phone)
        if len(number) < 7:
            return []
        rows = self.conn.execute(
            _SELECT + " WHERE is_draft = 0 AND caller_phone = ? AND id IS NOT ? ORDER BY received_at DESC, id DESC"
            " LIMIT ?", (number, exclude, int(limit))).fetchall()
        return [_call(r) for r in rows]

    def drafts(self) -> list[Call]:
        """Calls begun and not yet logged, the latest touched first."""
        rows = self.conn.execute(_SELECT + " WHERE is_draft = 1 ORDER BY updated_at DESC, id DESC").fetchall()
        return [_call(r) for r in rows]

    def count_waiting(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM calls WHERE status = 'logged' AND is_draft = 0").fetchone()[0])

    def verifications(self, call_id: int) -> list[Verification]:
        rows = self.conn.execute(
            "SELECT " + ", ".join(VERIFICATION_COLUMNS) + " FROM verifications WHERE call_id = ? ORDER BY id",
            (call_id,)).fetchall()
        return [Verification(**dict(zip(VERIFICATION_COLUMNS, r))) for r in rows]

    # --- writing calls -----------------------------------------------------------------------

    def save_draft(self, call: Call) -> int:
        """Keep what has been typed so far, checked or not (Esc closes a form, nothing is lost).

        A new call becomes a draft; a draft already saved is updated. Sets ``call.id``. Drafts are not
        records yet: they are not in the audit (logging them is).
        """
        self.audit.require(Action.CALLS)
        with self.database.transaction():
            values = _values(call, is_draft=True, status=CallStatus.LOGGED)
            if call.id is None:
                call.id = self._insert(values)
            else:
                current = self._require(call.id)
                if not current.is_draft:
                    raise StoreError(msg("该来电已登记，不能再存为草稿；请直接修改来电记录。"))
                self._update(call.id, values)
            call.is_draft = True
            call.status = CallStatus.LOGGED
            return call.id

    def log(self, call: Call, actor: Actor, now: dt.datetime | None = None) -> int:
        """Log a call (接报) as ``actor``: checked first (:class:`CallInvalid` with every field's message).

        ``actor`` is who logs it (given by the caller, ``session.actor``): refused
        (:class:`NotAllowed`) when their role may not, or when someone else is signed in on this
        store (``Audit.acting``); ``call.logged_by`` is set to their name. A call that was saved as a
        draft is logged in place of the draft. Sets ``call.id``.
        """
        call.logged_by = self.audit.acting(actor, Action.CALLS)
        check_call(call, now)
        with self.database.transaction():
            values = _values(call, is_draft=False, status=CallStatus.LOGGED)
            was_draft = call.id is not None
            if call.id is None:
                call.id = self._insert(values)
            else:
                current = self._require(call.id)
                if not current.is_draft:
                    raise StoreError(msg("该来电已经登记过了。"))
                self._update(call.id, values)
            self.audit.inserted("calls", call.id, dict(zip(_WRITE_COLUMNS, values)),
                                note="由草稿登记" if was_draft else "", by=call.logged_by)
            call.is_draft = False
            call.status = CallStatus.LOGGED
            call.caller_phone = values[3]
            return call.id

    def discard_draft(self, call_id: int) -> None:
        """Throw a draft away (only drafts: a logged call stays on record)."""
        self.audit.require(Action.CALLS)
        with self.database.transaction():
            if not self._require(call_id).is_draft:
                raise StoreError(msg("已登记的来电不能删除，只能核实为不实、重复或已解除。"))
            self.conn.execute("DELETE FROM calls WHERE id = ? AND is_draft = 1", (call_id,))

    def _insert(self, values: _CallValues) -> int:
        try:
            cur = self.conn.execute(
                f"INSERT INTO calls ({', '.join(_WRITE_COLUMNS)}, created_at, updated_at)"
                f" VALUES ({', '.join('?' * len(_WRITE_COLUMNS))}, ?, ?)", (*values, now_text(), now_text()))
        except sqlite3.IntegrityError as exc:
            raise StoreError(msg("来电未能保存：{reason}", reason=exc)) from exc
        return inserted_id(cur)

    def _update(self, call_id: int, values: _CallValues) -> None:
        try:
            self.conn.execute(
                f"UPDATE calls SET {', '.join(c + ' = ?' for c in _WRITE_COLUMNS)}, updated_at = ? WHERE id = ?",
                (*values, now_text(), call_id))
        except sqlite3.IntegrityError as exc:
            raise StoreError(msg("来电未能保存：{reason}", reason=exc)) from exc

    # --- the workflow ------------------------------------------------------------------------

    def verify(self, call_id: int, verification: Verification, actor: Actor,
               now: dt.datetime | None = None) -> int:
        """Record a verification (核实), done as ``actor``, and move the call by its result.

        ``actor`` (the caller's ``session.actor``) is checked like :meth:`log` and is who the audit
        names; ``verification.verified_by`` is the form's data (who verified: it may be someone on
        the phone), kept as typed, ``actor``'s name when left empty.

        属实 → verified (waits for dispatch); 不实 / 重复 / 已解除 close the call without a task (it
        stays on record). A call that is a draft, or already verified or closed, is refused
        (:class:`WorkflowError`), and nothing is written. Returns the verification's id.
        """
        by = self.audit.acting(actor, Action.CALLS)
        verification.verified_by = (verification.verified_by or "").strip() or by
        with self.database.transaction():
            call = self._require(call_id)
            if call.is_draft:
                raise WorkflowError(msg("草稿尚未登记，请先登记来电再核实。"))
            new_status = verification_status(verification.result)
            check_call_transition(call.status, new_status)
            errors = validate_verification(verification, call.received_at, now)
            if errors:
                raise WorkflowError(joined(errors.values(), SEMICOLON))
            at = verification.verified_at or moment_text(now or dt.datetime.now())
            moment = parse_moment(at)
            at = moment_text(moment) if moment else at
            cur = self.conn.execute(
                "INSERT INTO verifications (call_id, result, verified_by, method, verified_at, note)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (call_id, verification.result, (verification.verified_by or "").strip(),
                 (verification.method or "").strip(), at, (verification.note or "").strip()))
            verification_id = inserted_id(cur)
            self.audit.inserted("verifications", verification_id, {
                "call_id": call_id, "result": verification.result, "verified_by": verification.verified_by,
                "method": verification.method, "verified_at": at, "note": verification.note}, by=by)
            self._set_status(call_id, call.status, new_status, by=by)
            verification.id, verification.call_id, verification.verified_at = verification_id, call_id, at
            return verification_id

    def mark_dispatched(self, call_id: int) -> None:
        """A task was made from the call (核实属实 → 出队); to be called in the task's transaction."""
        self.audit.require(Action.CALLS)
        with self.database.transaction():
            call = self._require(call_id)
            check_call_transition(call.status, CallStatus.DISPATCHED)
            self._set_status(call_id, call.status, CallStatus.DISPATCHED)

    def _set_status(self, call_id: int, old: CallStatus, new: CallStatus, by: str | None = None) -> None:
        cur = self.conn.execute("UPDATE calls SET status = ?, updated_at = ? WHERE id = ? AND status = ?",
                                (new.value, now_text(), call_id, old.value))
        if cur.rowcount != 1:  # changed by someone else since it was read
            raise StoreError(msg("该来电刚被其他人修改过，请刷新后再试。"))
        self.audit.record("calls", call_id, "update", "status", old.value, new.value, by=by)

    # --- event numbers -----------------------------------------------------------------------

    def event_no_pattern(self) -> str:
        return self.database.get_setting(EVENT_NO_PATTERN_KEY) or DEFAULT_EVENT_NO_PATTERN

    def set_event_no_pattern(self, pattern: str, *, actor: Actor) -> None:
        """The event numbers' pattern (a team setting), set by ``actor`` (checked by ``Audit.acting``)."""
        by = self.audit.acting(actor, Action.SETTINGS)
        check_pattern(pattern)
        with self.database.transaction():
            old = self.database.get_setting(EVENT_NO_PATTERN_KEY)
            self.database.set_setting(EVENT_NO_PATTERN_KEY, pattern)
            if old != pattern:
                self.audit.record("settings", None, "update", EVENT_NO_PATTERN_KEY, old, pattern, by=by)

    def _next_in_sequence(self, year: int, pattern: str | None) -> tuple[str, int, str | None]:
        """The one reading of "the next event number of ``year``": after the highest number of that
        year among the tasks (imported ones too, in this pattern or the styles of earlier years;
        and the years either side: a task just after New Year may carry last year's number) and
        after the last one issued (kept in ``settings``). Returns (pattern, sequence, last issued)."""
        pattern = check_pattern(pattern or self.event_no_pattern())
        numbers = (r[0] for r in self.conn.execute(
            "SELECT event_no FROM tasks WHERE year BETWEEN ? AND ? AND event_no <> ''", (year - 1, year + 1)))
        seq = next_sequence(numbers, pattern, year)
        last = self.database.get_setting(EVENT_NO_LAST_KEY.format(year=year))
        if last is not None and last.isdigit():
            seq = max(seq, int(last) + 1)
        return pattern, seq, last

    def peek_event_no(self, year: int, pattern: str | None = None) -> str:
        """The number :meth:`next_event_no` would issue now, WITHOUT reserving it (a read: what the
        dispatch form and the settings dialog show). ``pattern``: one not yet saved; a bad one is a
        WorkflowError."""
        pattern, seq, _ = self._next_in_sequence(year, pattern)
        return format_event_no(pattern, year, seq)

    def next_event_no(self, year: int, pattern: str | None = None) -> str:
        """Issue the next event number of ``year`` (事件编号), and reserve it: two calls in a row
        never get the same number, even when the first number was never used on a task."""
        self.audit.require(Action.DISPATCH)
        with self.database.transaction():
            pattern, seq, last = self._next_in_sequence(year, pattern)
            number = format_event_no(pattern, year, seq)
            key = EVENT_NO_LAST_KEY.format(year=year)
            self.database.set_setting(key, str(seq))
            self.audit.record("settings", None, "update", key, last, str(seq), note=msg("发出事件编号 {number}",
                                                                                             number=number))
            return number

__all__ = ["Call", "CallInvalid", "CallRepo", "Verification", "WorkflowError"]
