"""The roster: squads, members, certifications, vehicles, and who went on which task.

Every write runs in ``Database.transaction()`` (a savepoint when the caller already holds one), so
the single-row calls are safe on their own and the bulk calls (``add_members`` …) cost one
statement batch inside the caller's transaction. Ids of bulk inserts are allotted in the
transaction (the write lock is held), so they come back in input order and are set on the
dataclasses passed in.

Phones are kept as digits only (``138-0411-2233`` → ``13804112233``; a leading +86 is dropped) and
member codes upper-case (``wz0312`` → ``WZ0312``), so lookups find what people type either way.
"""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from types import EllipsisType
from typing import Any, Iterable, Sequence

from wz_desktop.domain.lifecycle import READ_ONLY
from wz_desktop.domain.records import Member, Squad, Vehicle
from wz_desktop.domain.workflow import WorkflowError, normalise_phone  # one rule for phones, calls and roster alike
from wz_desktop.domain.roles import Action, Actor
from wz_desktop.domain.roster_rules import normalise_code, normalise_plate  # the roster's rules (the workbook reads it here too)
from wz_desktop.domain.text import joined, msg
from wz_desktop.domain.words import ATTENDANCE, MEMBER_ROLES
from wz_desktop.store.audit import Audit
from wz_desktop.store.db import Database, now_text
from wz_desktop.store.errors import StoreError

OWNER_KINDS = ("team", "member")


@dataclass
class Certification:
    member_id: int
    name: str
    expires_on: str | None = None  # 'YYYY-MM-DD'; None: does not expire
    number: str = ""
    issued_on: str | None = None
    id: int | None = None


@dataclass
class TaskMember:
    """One member on one task: what the 接龙 list and the review say."""

    task_id: int
    member_id: int
    role: str = "队员"
    brings_car: bool = False
    attendance: str | None = None  # 出勤 / 迟到 / 早退 / 缺勤; None until the review
    hours: float | None = None
    note: str = ""
    member_name: str = ""  # filled in when read back, for display
    member_code: str | None = None


@dataclass
class SquadRow:
    """A squad as the roster page lists it: with its leader's name and how many members it has."""

    squad: Squad
    leader_name: str = ""
    active_members: int = 0
    members: int = 0


@dataclass
class MemberRow:
    """A member as the roster page lists it: with the squad's name and the nearest certificate expiry.

    ``next_expiry`` is the soonest date on which one of the member's certificates runs out ('YYYY-MM-DD',
    possibly in the past); a certificate renewed under the same name counts with its newest date, one
    that does not expire not at all. None: no certificate runs out.
    """

    id: int
    name: str
    code: str | None = None
    nickname: str = ""
    squad_id: int | None = None
    squad_name: str = ""
    phone: str = ""
    role: str = "队员"
    active: bool = True
    next_expiry: str | None = None
    next_expiry_cert: str = ""


@dataclass
class VehicleRow:
    """A vehicle as the roster page lists it: whether it is in use, and its owner's name."""

    vehicle: Vehicle
    active: bool = True
    owner_name: str = ""
    owner_code: str | None = None
    notes: str = ""


MEMBER_SORT_KEYS = ("code", "name", "squad", "role", "expiry")


# --- normalising what people type --------------------------------------------------------------

def _date_text(value: str | dt.date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _check_attendance(value: str | None) -> None:
    if value is not None and value not in ATTENDANCE:
        raise ValueError(msg("考勤“{value}”无效：只能是{choices}之一。", value=value, choices=joined(ATTENDANCE)))


def _check_vehicle(vehicle: Vehicle) -> None:
    if vehicle.owner_kind not in OWNER_KINDS:
        raise ValueError(msg("车辆归属“{value}”无效：只能是队伍车辆（team）或队员私家车（member）。",
                             value=vehicle.owner_kind))
    if vehicle.owner_kind == "member" and vehicle.owner_member_id is None:
        raise ValueError(msg("队员私家车“{vehicle}”需要指明车主。", vehicle=vehicle.plate or vehicle.name))


_MEMBER_COLUMNS = "m.id, m.name, m.squad_id, m.code, m.phone, m.role, m.nickname, m.active"


def _member(row: Sequence[Any]) -> Member:  # a row of members, as sqlite3 gives it
    member_id, name, squad_id, code, phone, role, nickname, active = row[:8]
    return Member(name=name, squad_id=squad_id, code=code, phone=phone, role=role, nickname=nickname,
                  active=bool(active), id=member_id)


def _integrity(exc: sqlite3.IntegrityError, what: str) -> StoreError:
    """The error for a refused write: ``what`` (a :func:`msg`, "无法添加队员") and why."""
    text = str(exc)
    if "UNIQUE" in text and "members.code" in text:
        return StoreError(msg("{what}：队员编号已被其他队员使用。", what=what))
    if "UNIQUE" in text and "squads.name" in text:
        return StoreError(msg("{what}：同名分队已存在。", what=what))
    if "FOREIGN KEY" in text:
        return StoreError(msg("{what}：引用的分队、队员、车辆或任务不存在。", what=what))
    return StoreError(msg("{what}：{reason}", what=what, reason=text))


_MEMBER_AUDIT = ("code", "name", "nickname", "squad_id", "phone", "role", "active")
_SQUAD_AUDIT = ("name", "district", "leader_id", "active")
_CERT_AUDIT = ("member_id", "name", "number", "issued_on", "expires_on")
_VEHICLE_AUDIT = ("plate", "name", "owner_kind", "owner_member_id", "seats", "active", "notes")


class RosterRepo:
    """Every write checks the role first (``Action.ROSTER``; who went on a task: ``Action.DISPATCH``)
    and leaves its entry in the audit (a batch: one entry)."""

    def __init__(self, database: Database, audit: Audit):
        self.database = database
        self.conn = database.conn
        self.audit = audit  # the store's one Audit: who acts, and the trail

    def _next_id(self, table: str) -> int:
        return (self.conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0) + 1

    # --- squads ------------------------------------------------------------------------------

    def add_squad(self, name: str, district: str = "", leader_id: int | None = None, *, actor: Actor) -> int:
        return self.add_squads([Squad(name=name, district=district, leader_id=leader_id)], actor=actor)[0]

    def add_squads(self, squads: Sequence[Squad], *, actor: Actor) -> list[int]:
        """Add squads (names must be new); returns their ids in order and sets ``squad.id``."""
        with self.audit.as_actor(actor, Action.ROSTER):
            names = [s.name.strip() for s in squads]
            if any(not n for n in names):
                raise ValueError(msg("分队名称不能为空。"))
            try:
                with self.database.transaction():
                    start = self._next_id("squads")
                    ids = list(range(start, start + len(squads)))
                    self.conn.executemany(
                        "INSERT INTO squads (id, name, district, leader_id, active) VALUES (?, ?, ?, ?, ?)",
                        ((i, n, s.district, s.leader_id, int(s.active)) for i, n, s in zip(ids, names, squads)),
                    )
                    self.audit.inserted_many("squads", ids, ({"name": n, "district": s.district, "leader_id": s.leader_id}
                                                             for n, s in zip(names, squads)))
            except sqlite3.IntegrityError as exc:
                raise _integrity(exc, msg("无法添加分队")) from exc
            for squad, squad_id, name in zip(squads, ids, names):
                squad.id, squad.name = squad_id, name
            return ids

    def set_squad_leader(self, squad_id: int, member_id: int | None, *, actor: Actor) -> None:
        self.set_squad_leaders([(squad_id, member_id)], actor=actor)

    def set_squad_leaders(self, pairs: Iterable[tuple[int, int | None]], *, actor: Actor) -> None:
        with self.audit.as_actor(actor, Action.ROSTER):
            pairs = list(pairs)
            try:
                with self.database.transaction():
                    before = dict(self.conn.execute("SELECT id, leader_id FROM squads"))
                    self.conn.executemany("UPDATE squads SET leader_id = ? WHERE id = ?",
                                          ((member_id, squad_id) for squad_id, member_id in pairs))
                    if len(pairs) > 3:
                        self.audit.record("squads", None, "update", "leader_id", note=msg("设置 {count} 个分队的队长", count=len(pairs)))
                    else:
                        for squad_id, member_id in pairs:
                            if squad_id in before:
                                self.audit.changes("squads", squad_id, {"leader_id": before[squad_id]},
                                                   {"leader_id": member_id})
            except sqlite3.IntegrityError as exc:
                raise _integrity(exc, msg("无法设置分队队长")) from exc

    def squads(self, active_only: bool = False) -> list[Squad]:
        sql = "SELECT id, name, district, leader_id, active FROM squads"
        if active_only:
            sql += " WHERE active = 1"
        return [Squad(name=n, district=d, leader_id=lead, active=bool(a), id=i)
                for i, n, d, lead, a in self.conn.execute(sql + " ORDER BY id")]

    def squad(self, squad_id: int) -> Squad | None:
        row = self.conn.execute("SELECT id, name, district, leader_id, active FROM squads WHERE id = ?",
                                (squad_id,)).fetchone()
        return Squad(name=row[1], district=row[2], leader_id=row[3], active=bool(row[4]), id=row[0]) if row else None

    def squad_by_name(self, name: str) -> Squad | None:
        row = self.conn.execute("SELECT id FROM squads WHERE name = ?", (name.strip(),)).fetchone()
        return self.squad(row[0]) if row else None

    def squad_ids(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT name, id FROM squads"))

    # --- members -----------------------------------------------------------------------------

    def add_member(self, member: Member, *, actor: Actor) -> int:
        return self.add_members([member], actor=actor)[0]

    def add_members(self, members: Sequence[Member],
                    joined_on: str | dt.date | Sequence[str | dt.date | None] | None = None, *,
                    actor: Actor) -> list[int]:
        """Add members; returns their ids in order and sets ``member.id``.

        ``joined_on`` is one date for all, or one per member. Codes are upper-cased and phones kept
        as digits (on the dataclasses too).
        """
        for m in members:
            if not m.name.strip():
                raise ValueError(msg("队员姓名不能为空。"))
            m.name = m.name.strip()
            m.code = normalise_code(m.code)
            m.phone = normalise_phone(m.phone)
        if joined_on is None or isinstance(joined_on, (str, dt.date)):
            joined = [_date_text(joined_on)] * len(members)
        else:
            joined = [_date_text(j) for j in joined_on]
            if len(joined) != len(members):
                raise ValueError(msg("入队日期的个数与队员人数不一致。"))
        with self.audit.as_actor(actor, Action.ROSTER):
            now = now_text()
            try:
                with self.database.transaction():
                    start = self._next_id("members")
                    ids = list(range(start, start + len(members)))
                    self.conn.executemany(
                        "INSERT INTO members (id, code, name, nickname, squad_id, phone, role, active, joined_on,"
                        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        ((i, m.code, m.name, m.nickname, m.squad_id, m.phone, m.role, int(m.active), j, now, now)
                         for i, m, j in zip(ids, members, joined)),
                    )
                    self.audit.inserted_many("members", ids, ({"code": m.code, "name": m.name, "squad_id": m.squad_id,
                                                               "role": m.role, "joined_on": j}
                                                              for m, j in zip(members, joined)))
            except sqlite3.IntegrityError as exc:
                raise _integrity(exc, msg("无法添加队员")) from exc
            for m, member_id in zip(members, ids):
                m.id = member_id
            return ids

    def update_member(self, member: Member, *, actor: Actor) -> None:
        if member.id is None:
            raise ValueError(msg("队员还没有保存，无法修改。"))
        with self.audit.as_actor(actor, Action.ROSTER):
            member.code = normalise_code(member.code)
            member.phone = normalise_phone(member.phone)
            try:
                with self.database.transaction():
                    before = self.audit.row("members", member.id, _MEMBER_AUDIT)
                    self.conn.execute(
                        "UPDATE members SET code = ?, name = ?, nickname = ?, squad_id = ?, phone = ?, role = ?,"
                        " active = ?, updated_at = ? WHERE id = ?",
                        (member.code, member.name.strip(), member.nickname, member.squad_id, member.phone, member.role,
                         int(member.active), now_text(), member.id),
                    )
                    if before is not None:
                        self.audit.changes("members", member.id, before, {
                            "code": member.code, "name": member.name.strip(), "nickname": member.nickname,
                            "squad_id": member.squad_id, "phone": member.phone, "role": member.role,
                            "active": int(member.active)})
            except sqlite3.IntegrityError as exc:
                raise _integrity(exc, msg("无法保存队员")) from exc

    def member(self, member_id: int) -> Member | None:
        row = self.conn.execute(f"SELECT {_MEMBER_COLUMNS} FROM members m WHERE m.id = ?", (member_id,)).fetchone()
        return _member(row) if row else None

    def members(self, squad_id: int | None = None, active_only: bool = False) -> list[Member]:
        """Members ordered by squad, role (队长, 副队长, 队员) and code."""
        clauses, params = [], []
        if squad_id is not None:
            clauses.append("m.squad_id = ?")
            params.append(squad_id)
        if active_only:
            clauses.append("m.active = 1")
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        order = "CASE m.role " + " ".join(f"WHEN '{r}' THEN {i}" for i, r in enumerate(MEMBER_ROLES)) + " ELSE 9 END"
        sql = (f"SELECT {_MEMBER_COLUMNS} FROM members m{where}"
               f" ORDER BY m.squad_id IS NULL, m.squad_id, {order}, m.code IS NULL, m.code, m.id")
        return [_member(r) for r in self.conn.execute(sql, params)]

    def count_members(self, active_only: bool = False) -> int:
        sql = "SELECT count(*) FROM members" + (" WHERE active = 1" if active_only else "")
        return int(self.conn.execute(sql).fetchone()[0])

    def member_by_code(self, code: str) -> Member | None:
        row = self.conn.execute(f"SELECT {_MEMBER_COLUMNS} FROM members m WHERE m.code = ?",
                                (normalise_code(code),)).fetchone()
        return _member(row) if row else None

    def members_by_phone(self, phone: str) -> list[Member]:
        digits = normalise_phone(phone)
        if not digits:
            return []
        return [_member(r) for r in self.conn.execute(
            f"SELECT {_MEMBER_COLUMNS} FROM members m WHERE m.phone = ? ORDER BY m.active DESC, m.id", (digits,))]

    def members_named(self, name: str) -> list[Member]:
        """Members whose name (or WeChat nickname) is exactly this; several people may share a name."""
        name = name.strip()
        if not name:
            return []
        return [_member(r) for r in self.conn.execute(
            f"SELECT {_MEMBER_COLUMNS} FROM members m WHERE m.name = ? OR (m.nickname <> '' AND m.nickname = ?)"
            " ORDER BY m.name <> ?, m.active DESC, m.id", (name, name, name))]

    def members_by_names(self, names: Iterable[str]) -> dict[str, list[Member]]:
        """For each name (as in a 接龙 list), the members it may be (by name or nickname)."""
        wanted = list(dict.fromkeys(n.strip() for n in names if n and n.strip()))
        result: dict[str, list[Member]] = {n: [] for n in wanted}
        for start in range(0, len(wanted), 400):
            chunk = wanted[start:start + 400]
            marks = ", ".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT {_MEMBER_COLUMNS} FROM members m WHERE m.name IN ({marks}) OR m.nickname IN ({marks})"
                " ORDER BY m.active DESC, m.id", [*chunk, *chunk]).fetchall()
            for row in rows:
                member = _member(row)
                for key in {member.name, member.nickname}:
                    if key in result:
                        result[key].append(member)
        return result

    def find_members(self, text: str, limit: int = 50) -> list[Member]:
        """Type-ahead: name, nickname or code starting with the text, or a phone containing its digits."""
        from wz_desktop.store.search import searchable

        text = searchable(text or "").strip()
        if not text:
            return []
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        prefix = escaped + "%"
        clauses = ["m.name LIKE ? ESCAPE '\\'", "m.nickname LIKE ? ESCAPE '\\'", "m.code LIKE ? ESCAPE '\\'"]
        params: list[object] = [prefix, prefix, (normalise_code(escaped) or "") + "%"]
        digits = normalise_phone(text)
        if len(digits) >= 4 and digits == re.sub(r"\D", "", text):
            clauses.append("m.phone LIKE ?")
            params.append(f"%{digits}%")
        sql = (f"SELECT {_MEMBER_COLUMNS} FROM members m WHERE {' OR '.join(clauses)}"
               " ORDER BY m.name <> ?, m.active DESC, m.name, m.id LIMIT ?")
        return [_member(r) for r in self.conn.execute(sql, [*params, text, limit])]

    # --- certifications ----------------------------------------------------------------------

    def add_certification(self, cert: Certification, *, actor: Actor) -> int:
        return self.add_certifications([cert], actor=actor)[0]

    def add_certifications(self, certs: Sequence[Certification], *, actor: Actor) -> list[int]:
        for c in certs:
            if not c.name.strip():
                raise ValueError(msg("证书名称不能为空。"))
            c.expires_on = _date_text(c.expires_on)
            c.issued_on = _date_text(c.issued_on)
        with self.audit.as_actor(actor, Action.ROSTER):
            try:
                with self.database.transaction():
                    start = self._next_id("certifications")
                    ids = list(range(start, start + len(certs)))
                    self.conn.executemany(
                        "INSERT INTO certifications (id, member_id, name, number, issued_on, expires_on)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        ((i, c.member_id, c.name.strip(), c.number, c.issued_on, c.expires_on) for i, c in zip(ids, certs)),
                    )
                    self.audit.inserted_many("certifications", ids, (
                        {"member_id": c.member_id, "name": c.name.strip(), "number": c.number, "expires_on": c.expires_on}
                        for c in certs))
            except sqlite3.IntegrityError as exc:
                raise _integrity(exc, msg("无法添加证书")) from exc
            for c, cert_id in zip(certs, ids):
                c.id = cert_id
            return ids

    def certifications(self, member_id: int) -> list[Certification]:
        return [Certification(member_id=m, name=n, expires_on=e, number=no, issued_on=iss, id=i)
                for i, m, n, no, iss, e in self.conn.execute(
                    "SELECT id, member_id, name, number, issued_on, expires_on FROM certifications"
                    " WHERE member_id = ? ORDER BY expires_on IS NULL, expires_on, id", (member_id,))]

    def expiring(self, until: str | dt.date, since: str | dt.date | None = None,
                 active_only: bool = True) -> list[tuple[Certification, Member]]:
        """Certifications expiring on or before ``until`` (and on or after ``since``), soonest first."""
        clauses = ["c.expires_on IS NOT NULL", "c.expires_on <= ?"]
        params: list[object] = [_date_text(until)]
        if since is not None:
            clauses.append("c.expires_on >= ?")
            params.append(_date_text(since))
        if active_only:
            clauses.append("m.active = 1")
        rows = self.conn.execute(
            f"SELECT c.id, c.member_id, c.name, c.number, c.issued_on, c.expires_on, {_MEMBER_COLUMNS}"
            " FROM certifications c JOIN members m ON m.id = c.member_id"
            f" WHERE {' AND '.join(clauses)} ORDER BY c.expires_on, m.id", params)
        return [(Certification(member_id=r[1], name=r[2], number=r[3], issued_on=r[4], expires_on=r[5], id=r[0]),
                 _member(r[6:])) for r in rows]

    # --- vehicles ----------------------------------------------------------------------------

    def add_vehicle(self, vehicle: Vehicle, *, actor: Actor) -> int:
        return self.add_vehicles([vehicle], actor=actor)[0]

    def add_vehicles(self, vehicles: Sequence[Vehicle], *, actor: Actor) -> list[int]:
        for v in vehicles:
            _check_vehicle(v)
            v.plate = normalise_plate(v.plate)
        with self.audit.as_actor(actor, Action.ROSTER):
            try:
                with self.database.transaction():
                    start = self._next_id("vehicles")
                    ids = list(range(start, start + len(vehicles)))
                    self.conn.executemany(
                        "INSERT INTO vehicles (id, plate, name, owner_kind, owner_member_id, seats) VALUES (?, ?, ?, ?, ?, ?)",
                        ((i, v.plate, v.name, v.owner_kind, v.owner_member_id if v.owner_kind == "member" else None,
                          v.seats) for i, v in zip(ids, vehicles)),
                    )
                    self.audit.inserted_many("vehicles", ids, ({"plate": v.plate, "name": v.name, "owner_kind": v.owner_kind,
                                                                "owner_member_id": v.owner_member_id, "seats": v.seats}
                                                               for v in vehicles))
            except sqlite3.IntegrityError as exc:
                raise _integrity(exc, msg("无法添加车辆")) from exc
            for v, vehicle_id in zip(vehicles, ids):
                v.id = vehicle_id
            return ids

    def vehicles(self, owner_member_id: int | None = None, active_only: bool = False) -> list[Vehicle]:
        clauses, params = [], []
        if owner_member_id is not None:
            clauses.append("owner_member_id = ?")
            params.append(owner_member_id)
        if active_only:
            clauses.append("active = 1")
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return [Vehicle(plate=p, name=n, owner_kind=k, owner_member_id=o, seats=s, id=i)
                for i, p, n, k, o, s in self.conn.execute(
                    f"SELECT id, plate, name, owner_kind, owner_member_id, seats FROM vehicles{where}"
                    " ORDER BY owner_kind = 'member', id", params)]

    # --- who went on a task ------------------------------------------------------------------

    def _refuse_archived(self, task_ids: Iterable[int]) -> None:
        """Who went on an archived task, and their attendance, are read-only for a person signed in
        (correcting them takes reopening the task: TaskFlow.reopen); the system (an import, the demo,
        a script) writes the history of archived tasks through here."""
        if self.audit.actor.is_system:
            return
        ids = sorted(set(task_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            if self.conn.execute(f"SELECT 1 FROM tasks WHERE status = 'archived' AND id IN ({', '.join('?' * len(chunk))})"
                                 " LIMIT 1", chunk).fetchone():
                raise WorkflowError(READ_ONLY)

    def add_task_members(self, entries: Iterable[TaskMember]) -> int:
        """Put members on tasks (a member already on the task is updated). Returns rows written."""
        self.audit.require(Action.DISPATCH)
        rows = []
        for e in entries:
            _check_attendance(e.attendance)
            rows.append((e.task_id, e.member_id, e.role, int(e.brings_car), e.attendance, e.hours, e.note))
        self._refuse_archived(r[0] for r in rows)
        try:
            with self.database.transaction():
                self.conn.executemany(
                    "INSERT INTO task_members (task_id, member_id, role, brings_car, attendance, hours, note)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_id, member_id) DO UPDATE SET"
                    " role = excluded.role, brings_car = excluded.brings_car, attendance = excluded.attendance,"
                    " hours = excluded.hours, note = excluded.note",
                    rows,
                )
                if rows:
                    tasks = sorted({r[0] for r in rows})
                    self.audit.record("task_members", tasks[0] if len(tasks) == 1 else None, "insert",
                                      note=msg("{count:,} 名队员记入 {tasks:,} 次任务的出队名单", count=len(rows),
                                                   tasks=len(tasks)))
        except sqlite3.IntegrityError as exc:
            raise _integrity(exc, msg("无法记录出队队员")) from exc
        return len(rows)

    def set_task_members(self, task_id: int, entries: Iterable[TaskMember]) -> int:
        """The members of one task become exactly these."""
        entries = list(entries)
        if any(e.task_id != task_id for e in entries):
            raise ValueError(msg("出队队员的任务编号与所改任务不一致。"))
        self.audit.require(Action.DISPATCH)
        self._refuse_archived([task_id])
        with self.database.transaction():
            self.conn.execute("DELETE FROM task_members WHERE task_id = ?", (task_id,))
            with self.audit.quiet():
                written = self.add_task_members(entries)
            self.audit.record("task_members", task_id, "update", "members", None,
                              "、".join(str(e.member_id) for e in entries), note="出队名单改为这些队员（编号）")
            return written

    def record_attendance(self, task_id: int, member_id: int, attendance: str | None,
                          hours: float | None = None, note: str | None = None) -> None:
        _check_attendance(attendance)
        self.audit.require(Action.REVIEW)
        self._refuse_archived([task_id])
        with self.database.transaction():
            before = self.conn.execute("SELECT attendance, hours, note FROM task_members WHERE task_id = ? AND member_id = ?",
                                       (task_id, member_id)).fetchone()
            cur = self.conn.execute(
                "UPDATE task_members SET attendance = ?, hours = ?, note = coalesce(?, note)"
                " WHERE task_id = ? AND member_id = ?", (attendance, hours, note, task_id, member_id))
            if cur.rowcount == 0:
                raise StoreError(msg("该队员不在这次任务的出队名单上。"))
            after = {"attendance": attendance, "hours": hours, "note": before[2] if note is None else note}
            self.audit.changes("task_members", task_id, dict(zip(("attendance", "hours", "note"), before)), after,
                               note=msg("队员编号 {member_id}", member_id=member_id))

    def task_members(self, task_id: int) -> list[TaskMember]:
        """The members of a task: leaders first, then by code."""
        order = "CASE tm.role " + " ".join(f"WHEN '{r}' THEN {i}" for i, r in enumerate(MEMBER_ROLES)) + " ELSE 9 END"
        return [TaskMember(task_id=t, member_id=m, role=r, brings_car=bool(c), attendance=a, hours=h, note=n,
                           member_name=name, member_code=code)
                for t, m, r, c, a, h, n, name, code in self.conn.execute(
                    "SELECT tm.task_id, tm.member_id, tm.role, tm.brings_car, tm.attendance, tm.hours, tm.note,"
                    " m.name, m.code FROM task_members tm JOIN members m ON m.id = tm.member_id"
                    f" WHERE tm.task_id = ? ORDER BY {order}, m.code IS NULL, m.code, m.id", (task_id,))]

    def member_tasks(self, member_id: int, limit: int = 200) -> list[tuple[Any, ...]]:
        """A member's latest tasks: (task id, departure, kind, summary, role, attendance, hours)."""
        return self.conn.execute(
            "SELECT t.id, coalesce(t.departure, t.departure_raw, ''), t.kind, t.summary, tm.role, tm.attendance,"
            " tm.hours FROM task_members tm JOIN tasks t ON t.id = tm.task_id WHERE tm.member_id = ?"
            " ORDER BY t.departure DESC, t.id DESC LIMIT ?", (member_id, limit)).fetchall()

    def add_task_vehicles(self, rows: Iterable[tuple[int, int, int]]) -> int:
        """(task id, vehicle id, trips) rows; a vehicle already on the task gets the new trips."""
        self.audit.require(Action.DISPATCH)
        rows = list(rows)
        self._refuse_archived(r[0] for r in rows)
        try:
            with self.database.transaction():
                self.conn.executemany(
                    "INSERT INTO task_vehicles (task_id, vehicle_id, trips) VALUES (?, ?, ?)"
                    " ON CONFLICT (task_id, vehicle_id) DO UPDATE SET trips = excluded.trips", rows)
                if rows:
                    tasks = sorted({r[0] for r in rows})
                    self.audit.record("task_vehicles", tasks[0] if len(tasks) == 1 else None, "insert",
                                      note=msg("{count:,} 车次记入 {tasks:,} 次任务", count=len(rows), tasks=len(tasks)))
        except sqlite3.IntegrityError as exc:
            raise _integrity(exc, msg("无法记录出队车辆")) from exc
        return len(rows)

    def task_vehicles(self, task_id: int) -> list[tuple[Vehicle, int]]:
        return [(Vehicle(plate=p, name=n, owner_kind=k, owner_member_id=o, seats=s, id=i), trips)
                for i, p, n, k, o, s, trips in self.conn.execute(
                    "SELECT v.id, v.plate, v.name, v.owner_kind, v.owner_member_id, v.seats, tv.trips"
                    " FROM task_vehicles tv JOIN vehicles v ON v.id = tv.vehicle_id WHERE tv.task_id = ?"
                    " ORDER BY v.owner_kind = 'member', v.id", (task_id,))]

    def counts(self) -> dict[str, int]:
        """How many of each roster record there are (for status lines and the demo's summary)."""
        tables = ("squads", "members", "certifications", "vehicles", "task_members", "task_vehicles")
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    # --- the roster page: lists with what they show, and edits in one transaction --------------

    def squad_rows(self, active_only: bool = False) -> list[SquadRow]:
        """Squads with their leader's name and their member counts (active, all), in id order."""
        where = " WHERE s.active = 1" if active_only else ""
        rows = self.conn.execute(
            "SELECT s.id, s.name, s.district, s.leader_id, s.active, coalesce(l.name, ''),"
            " coalesce(c.active_members, 0), coalesce(c.members, 0) FROM squads s"
            " LEFT JOIN members l ON l.id = s.leader_id"
            " LEFT JOIN (SELECT squad_id, sum(active) AS active_members, count(*) AS members FROM members"
            "            GROUP BY squad_id) c ON c.squad_id = s.id"
            f"{where} ORDER BY s.id").fetchall()
        return [SquadRow(Squad(name=n, district=d, leader_id=lead, active=bool(a), id=i), leader, act, total)
                for i, n, d, lead, a, leader, act, total in rows]

    def update_squad(self, squad: Squad, *, actor: Actor) -> None:
        """Save a squad's name, district, leader and whether it is active."""
        if squad.id is None:
            raise ValueError(msg("分队还没有保存，无法修改。"))
        name = squad.name.strip()
        if not name:
            raise ValueError(msg("分队名称不能为空。"))
        with self.audit.as_actor(actor, Action.ROSTER):
            try:
                with self.database.transaction():
                    before = self.audit.row("squads", squad.id, _SQUAD_AUDIT)
                    cur = self.conn.execute("UPDATE squads SET name = ?, district = ?, leader_id = ?, active = ? WHERE id = ?",
                                            (name, squad.district.strip(), squad.leader_id, int(squad.active), squad.id))
                    if cur.rowcount == 0:
                        raise StoreError(msg("这个分队已不在数据库中。"))
                    self.audit.changes("squads", squad.id, before, {"name": name, "district": squad.district.strip(),
                                                                    "leader_id": squad.leader_id,
                                                                    "active": int(squad.active)})
            except sqlite3.IntegrityError as exc:
                raise _integrity(exc, msg("无法保存分队")) from exc
            squad.name = name

    @staticmethod
    def _member_filter(text: str = "", squad_id: int | None = None,
                       active_only: bool = False) -> tuple[list[str], list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if squad_id is not None:
            clauses.append("m.squad_id = ?")
            params.append(squad_id)
        if active_only:
            clauses.append("m.active = 1")
        from wz_desktop.store.search import searchable

        text = searchable(unicodedata.normalize("NFKC", text or "")).strip()
        if not text:
            return clauses, params
        if re.fullmatch(r"[\d\s\-+()]+", text) and len(re.sub(r"\D", "", text)) >= 3:
            words = [re.sub(r"\D", "", text)]  # a phone (or code) fragment, typed with or without dashes
        else:
            words = text.split()
        for word in words:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            like = f"%{escaped}%"
            alternatives = ["m.name LIKE ? ESCAPE '\\'", "m.nickname LIKE ? ESCAPE '\\'", "m.code LIKE ? ESCAPE '\\'"]
            values = [like, like, like]
            if word.isdigit() and len(word) >= 3:
                alternatives.append("m.phone LIKE ?")
                values.append(f"%{word}%")
            clauses.append("(" + " OR ".join(alternatives) + ")")
            params.extend(values)
        return clauses, params

    _NEXT_EXPIRY = ("(SELECT min(e) FROM (SELECT CASE WHEN count(*) > count(c.expires_on) THEN NULL"
                    " ELSE max(c.expires_on) END AS e FROM certifications c WHERE c.member_id = m.id"
                    " GROUP BY c.name))")

    def member_ids(self, text: str = "", squad_id: int | None = None, active_only: bool = False,
                   sort: str = "squad", descending: bool = False) -> list[int]:
        """The ids of the members the roster page lists, in order; filtering and sorting in SQL.

        ``text`` matches a name, nickname or code containing it (several words: all of them), or,
        when it is digits (dashes and spaces allowed), a phone containing them. ``sort`` is one of
        ``squad`` (squad, then 队长/副队长/队员, then code), ``code``, ``name``, ``role`` or ``expiry``.
        """
        clauses, params = self._member_filter(text, squad_id, active_only)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        direction = " DESC" if descending else ""
        role_order = ("CASE m.role " + " ".join(f"WHEN '{r}' THEN {i}" for i, r in enumerate(MEMBER_ROLES))
                      + " ELSE 9 END")
        orders = {
            "squad": f"m.squad_id IS NULL, m.squad_id{direction}, {role_order}, m.code IS NULL, m.code, m.id",
            "code": f"m.code IS NULL, m.code{direction}, m.id",
            "name": f"m.name{direction}, m.code IS NULL, m.code, m.id",
            "role": f"{role_order}{direction}, m.squad_id IS NULL, m.squad_id, m.code IS NULL, m.code, m.id",
            "expiry": f"{self._NEXT_EXPIRY} IS NULL, {self._NEXT_EXPIRY}{direction}, m.id",
        }
        if sort not in orders:
            raise ValueError(msg("无法按“{sort}”排序。", sort=sort))
        sql = f"SELECT m.id FROM members m{where} ORDER BY {orders[sort]}"
        return [r[0] for r in self.conn.execute(sql, params)]

    def member_rows(self, ids: Sequence[int]) -> list[MemberRow]:
        """The listed rows of these members, in the order of ``ids`` (ids no longer there are left out)."""
        ids = list(ids)
        found: dict[int, MemberRow] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self.conn.execute(
                    "SELECT m.id, m.name, m.code, m.nickname, m.squad_id, coalesce(s.name, ''), m.phone, m.role,"
                    f" m.active FROM members m LEFT JOIN squads s ON s.id = m.squad_id WHERE m.id IN ({marks})",
                    chunk):
                found[row[0]] = MemberRow(id=row[0], name=row[1], code=row[2], nickname=row[3], squad_id=row[4],
                                          squad_name=row[5], phone=row[6], role=row[7], active=bool(row[8]))
            certs: dict[int, dict[str, str | None]] = {}
            for member_id, name, expires in self.conn.execute(
                    f"SELECT member_id, name, expires_on FROM certifications WHERE member_id IN ({marks})"
                    " ORDER BY member_id, id", chunk):
                by_name = certs.setdefault(member_id, {})
                if name in by_name and by_name[name] is None:
                    continue  # one of this name does not expire
                by_name[name] = None if expires is None else max(expires, by_name.get(name) or "")
            for member_id, by_name in certs.items():
                dated = [(expires, name) for name, expires in by_name.items() if expires]
                if dated and member_id in found:
                    found[member_id].next_expiry, found[member_id].next_expiry_cert = min(dated)
        return [found[i] for i in ids if i in found]

    def squad_member_counts(self, active_only: bool = True) -> dict[int | None, int]:
        """How many members each squad has (None: members in no squad)."""
        where = " WHERE active = 1" if active_only else ""
        return dict(self.conn.execute(f"SELECT squad_id, count(*) FROM members{where} GROUP BY squad_id"))

    def member_notes(self, member_id: int) -> str:
        row = self.conn.execute("SELECT notes FROM members WHERE id = ?", (member_id,)).fetchone()
        return row[0] if row else ""

    def append_member_notes(self, member_id: int, lines: Sequence[str], *, actor: Actor) -> bool:
        """Add lines to a member's notes, each once (a roster imported again adds nothing); returns
        whether the notes changed."""
        with self.audit.as_actor(actor, Action.ROSTER):
            with self.database.transaction():
                before = self.member_notes(member_id)
                new = [str(line) for line in lines if str(line) not in before]  # a line may hold line breaks
                if not new:
                    return False
                notes = "\n".join([before, *new] if before else new)
                self.conn.execute("UPDATE members SET notes = ?, updated_at = ? WHERE id = ?",
                                  (notes, now_text(), member_id))
                self.audit.changes("members", member_id, {"notes": before}, {"notes": notes})
                return True

    def member_joined_on(self, member_id: int) -> str | None:
        row = self.conn.execute("SELECT joined_on FROM members WHERE id = ?", (member_id,)).fetchone()
        return row[0] if row else None

    def joined_dates(self) -> dict[int, str]:
        """Every member's joining date where it is known (the roster workbook's 入队日期)."""
        return dict(self.conn.execute("SELECT id, joined_on FROM members WHERE joined_on IS NOT NULL"))

    def set_member_active(self, member_id: int, active: bool, *, actor: Actor) -> None:
        """停用 (or take back) a member: nothing is deleted, the task history stays."""
        with self.audit.as_actor(actor, Action.ROSTER):
            with self.database.transaction():
                before = self.audit.row("members", member_id, ("active",))
                cur = self.conn.execute("UPDATE members SET active = ?, updated_at = ? WHERE id = ?",
                                        (int(active), now_text(), member_id))
                if cur.rowcount == 0:
                    raise StoreError(msg("这位队员已不在数据库中。"))
                self.audit.changes("members", member_id, before, {"active": int(active)})

    def save_member(self, member: Member, certifications: Sequence[Certification] | None = None, *,
                    notes: str | None = None, joined_on: str | dt.date | None | EllipsisType = ..., actor: Actor) -> int:
        """Add or update a member, their notes, joining date and certificates, all or nothing.

        ``certifications`` (when given) become exactly the member's certificates: those with an id
        are updated, those without are added, the others removed. ``notes`` None and ``joined_on``
        left out keep what is stored. Returns the member's id (also set on ``member``).
        """
        if not member.name.strip():
            raise ValueError(msg("队员姓名不能为空。"))
        with self.audit.as_actor(actor, Action.ROSTER):
            member.role = (member.role or "").strip() or "队员"
            with self.database.transaction():
                if member.id is None:
                    joined = None if isinstance(joined_on, EllipsisType) else joined_on
                    member_id = self.add_members([member], joined_on=[joined], actor=actor)[0]
                else:
                    member_id = member.id
                    if self.conn.execute("SELECT 1 FROM members WHERE id = ?", (member.id,)).fetchone() is None:
                        raise StoreError(msg("这位队员已不在数据库中。"))
                    member.name = member.name.strip()
                    self.update_member(member, actor=actor)
                    if not isinstance(joined_on, EllipsisType):
                        before = self.audit.row("members", member_id, ("joined_on",))
                        self.conn.execute("UPDATE members SET joined_on = ? WHERE id = ?",
                                          (_date_text(joined_on), member_id))
                        self.audit.changes("members", member_id, before, {"joined_on": _date_text(joined_on)})
                if notes is not None:
                    before = self.audit.row("members", member_id, ("notes",))
                    self.conn.execute("UPDATE members SET notes = ? WHERE id = ?", (notes, member_id))
                    self.audit.changes("members", member_id, before, {"notes": notes})
                if certifications is not None:
                    self.replace_certifications(member_id, certifications, actor=actor)
            return member_id

    def replace_certifications(self, member_id: int, certs: Sequence[Certification], *, actor: Actor) -> None:
        """The member's certificates become exactly these (with an id: updated; without: added)."""
        with self.audit.as_actor(actor, Action.ROSTER):
            with self.database.transaction():
                existing = {r[0] for r in self.conn.execute("SELECT id FROM certifications WHERE member_id = ?",
                                                            (member_id,))}
                keep = {c.id for c in certs if c.id is not None}
                if keep - existing:
                    raise StoreError(msg("要修改的证书不属于这位队员。"))
                gone = existing - keep
                if gone:
                    for cert_id in sorted(gone):
                        self.audit.deleted("certifications", cert_id, self.audit.row("certifications", cert_id, _CERT_AUDIT))
                    self.conn.executemany("DELETE FROM certifications WHERE id = ?", ((i,) for i in sorted(gone)))
                for cert in certs:
                    cert.member_id = member_id
                    if cert.id is not None:
                        self.update_certification(cert, actor=actor)
                new = [c for c in certs if c.id is None]
                if new:
                    self.add_certifications(new, actor=actor)

    def update_certification(self, cert: Certification, *, actor: Actor) -> None:
        if cert.id is None:
            raise ValueError(msg("证书还没有保存，无法修改。"))
        if not cert.name.strip():
            raise ValueError(msg("证书名称不能为空。"))
        cert.name = cert.name.strip()
        cert.expires_on = _date_text(cert.expires_on)
        cert.issued_on = _date_text(cert.issued_on)
        with self.audit.as_actor(actor, Action.ROSTER):
            with self.database.transaction():
                before = self.audit.row("certifications", cert.id, _CERT_AUDIT)
                cur = self.conn.execute(
                    "UPDATE certifications SET member_id = ?, name = ?, number = ?, issued_on = ?, expires_on = ?"
                    " WHERE id = ?", (cert.member_id, cert.name, cert.number, cert.issued_on, cert.expires_on, cert.id))
                if cur.rowcount == 0:
                    raise StoreError(msg("这张证书已不在数据库中。"))
                self.audit.changes("certifications", cert.id, before, {
                    "member_id": cert.member_id, "name": cert.name, "number": cert.number, "issued_on": cert.issued_on,
                    "expires_on": cert.expires_on})

    def delete_certification(self, cert_id: int, *, actor: Actor) -> None:
        with self.audit.as_actor(actor, Action.ROSTER):
            with self.database.transaction():
                before = self.audit.row("certifications", cert_id, _CERT_AUDIT)
                self.conn.execute("DELETE FROM certifications WHERE id = ?", (cert_id,))
                if before is not None:
                    self.audit.deleted("certifications", cert_id, before)

    def vehicle(self, vehicle_id: int) -> Vehicle | None:
        row = self.conn.execute("SELECT id, plate, name, owner_kind, owner_member_id, seats FROM vehicles WHERE id = ?",
                                (vehicle_id,)).fetchone()
        if row is None:
            return None
        return Vehicle(plate=row[1], name=row[2], owner_kind=row[3], owner_member_id=row[4], seats=row[5], id=row[0])

    def vehicle_rows(self, active_only: bool = False) -> list[VehicleRow]:
        """Vehicles with whether they are in use and their owner: the team's first, then members' cars."""
        where = " WHERE v.active = 1" if active_only else ""
        rows = self.conn.execute(
            "SELECT v.id, v.plate, v.name, v.owner_kind, v.owner_member_id, v.seats, v.active, coalesce(m.name, ''),"
            " m.code, v.notes FROM vehicles v LEFT JOIN members m ON m.id = v.owner_member_id"
            f"{where} ORDER BY v.owner_kind = 'member', v.id").fetchall()
        return [VehicleRow(Vehicle(plate=p, name=n, owner_kind=k, owner_member_id=o, seats=s, id=i), bool(a),
                           owner, code, notes)
                for i, p, n, k, o, s, a, owner, code, notes in rows]

    def save_vehicle(self, vehicle: Vehicle, active: bool = True, notes: str | None = None, *, actor: Actor) -> int:
        """Add or update a vehicle (and whether it is in use). Returns its id."""
        _check_vehicle(vehicle)
        vehicle.plate = normalise_plate(vehicle.plate)
        if not vehicle.plate and not vehicle.name.strip():
            raise ValueError(msg("请填写车牌或车辆名称。"))
        with self.audit.as_actor(actor, Action.ROSTER):
            try:
                with self.database.transaction():
                    before = None
                    if vehicle.id is None:
                        vehicle_id = self.add_vehicles([vehicle], actor=actor)[0]
                    else:
                        vehicle_id = vehicle.id
                        before = self.audit.row("vehicles", vehicle_id, _VEHICLE_AUDIT)
                    cur = self.conn.execute(
                        "UPDATE vehicles SET plate = ?, name = ?, owner_kind = ?, owner_member_id = ?, seats = ?,"
                        " active = ?, notes = coalesce(?, notes) WHERE id = ?",
                        (vehicle.plate, vehicle.name.strip(), vehicle.owner_kind,
                         vehicle.owner_member_id if vehicle.owner_kind == "member" else None, vehicle.seats,
                         int(active), notes, vehicle_id))
                    if cur.rowcount == 0:
                        raise StoreError(msg("这辆车已不在数据库中。"))
                    if before is not None:
                        after = self.audit.row("vehicles", vehicle_id, _VEHICLE_AUDIT)
                        if after is not None:  # the row just updated (rowcount 1): it is there
                            self.audit.changes("vehicles", vehicle_id, before, after)
            except sqlite3.IntegrityError as exc:
                raise _integrity(exc, msg("无法保存车辆")) from exc
            return vehicle_id

    def set_vehicle_active(self, vehicle_id: int, active: bool, *, actor: Actor) -> None:
        with self.audit.as_actor(actor, Action.ROSTER):
            with self.database.transaction():
                before = self.audit.row("vehicles", vehicle_id, ("active",))
                cur = self.conn.execute("UPDATE vehicles SET active = ? WHERE id = ?", (int(active), vehicle_id))
                if cur.rowcount == 0:
                    raise StoreError(msg("这辆车已不在数据库中。"))
                self.audit.changes("vehicles", vehicle_id, before, {"active": int(active)})
