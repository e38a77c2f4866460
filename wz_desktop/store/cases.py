"""Missing-person cases (走失人员案件, ``domain/cases.py``): every line of SQL for them.

A case is a row of ``cases`` (its title; ``store.lifecycle`` links turn-outs to it) and, for a
missing person, a row of ``missing_persons`` beside it (migration 0010). Points are stored in
GCJ-02 (the map's), whatever system they were typed in. The search's figures (turn-outs, people,
hours) are read from the linked tasks, never typed. Every write is checked first
(``cases.check_person``), runs in one transaction, is refused to a role that may not dispatch
(``roles.Action.DISPATCH``) and leaves one audit entry per field changed.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wz_desktop.domain import cases as case_rules
from wz_desktop.domain import geo
from wz_desktop.domain import notice as notice_rules
from wz_desktop.domain.cases import Finding, MissingPerson
from wz_desktop.domain.roles import Action, Actor
from wz_desktop.domain.text import msg
from wz_desktop.domain.workflow import WorkflowError, moment_text, parse_moment
from wz_desktop.store.audit import Audit
from wz_desktop.store.db import Database, inserted_id, now_text
from wz_desktop.store.errors import StoreError

PERSON_COLUMNS = ["case_id", "name", "sex", "age", "category", "description", "photo_path", "family_phone",
                  "last_seen_at", "last_seen_place", "last_seen_lon", "last_seen_lat", "found_at", "found_place",
                  "found_lon", "found_lat", "outcome", "found_by", "publish", "notice_at", "notice_withdrawn_at"]
_SELECT = "SELECT " + ", ".join(f"p.{c}" for c in PERSON_COLUMNS) + " FROM missing_persons p"


def photo_folder(db_path: Path) -> Path:
    """Where a database keeps its cases' photos: a folder beside it (``cases.db`` → ``cases-photos``),
    its files named by their content (the backups copy it beside the database's copies)."""
    return db_path.parent / f"{db_path.stem}-photos"


def _point(lon: float | None, lat: float | None) -> geo.Point | None:
    return geo.Point(float(lon), float(lat), geo.GCJ02) if lon is not None and lat is not None else None


def _person(row: Sequence[Any]) -> MissingPerson:
    v = dict(zip(PERSON_COLUMNS, row))
    return MissingPerson(
        case_id=v["case_id"], name=v["name"], sex=v["sex"], age=v["age"], category=v["category"],
        description=v["description"], photo_path=v["photo_path"], family_phone=v["family_phone"],
        last_seen_at=v["last_seen_at"], last_seen_place=v["last_seen_place"],
        last_seen=_point(v["last_seen_lon"], v["last_seen_lat"]), found_at=v["found_at"],
        found_place=v["found_place"], found=_point(v["found_lon"], v["found_lat"]), outcome=v["outcome"],
        found_by=v["found_by"], publish=frozenset(p for p in v["publish"].split(",") if p),
        notice_at=v["notice_at"], notice_withdrawn_at=v["notice_withdrawn_at"])


def _period(since: str | None, until: str | None, prefix: str = "") -> tuple[list[str], list[Any]]:
    """The WHERE clauses (and their values) of the cases last seen in [since, until), either open."""
    where: list[str] = []
    values: list[Any] = []
    for bound, operator in ((since, ">="), (until, "<")):
        if bound:
            where.append(f"{prefix}last_seen_at {operator} ?")
            values.append(bound)
    return where, values


def _moment(text: str) -> str:
    """A time as stored: 'YYYY-MM-DD HH:MM' (what was typed, read by the workflow's reader), '' for none."""
    moment = parse_moment(text) if text else None
    return moment_text(moment) if moment is not None else (text or "").strip()


def _row(person: MissingPerson) -> dict[str, Any]:
    """The stored values of a person (case_id aside), points in GCJ-02, rounded to 0.1 m."""
    seen = person.last_seen.to(geo.GCJ02) if person.last_seen else None
    found = person.found.to(geo.GCJ02) if person.found else None
    return {
        "name": person.name.strip(), "sex": person.sex, "age": person.age, "category": person.category,
        "description": person.description.strip(), "photo_path": person.photo_path.strip(),
        "family_phone": person.family_phone.strip(), "last_seen_at": _moment(person.last_seen_at),
        "last_seen_place": person.last_seen_place.strip(),
        "last_seen_lon": round(seen.lon, 6) if seen else None, "last_seen_lat": round(seen.lat, 6) if seen else None,
        "found_at": _moment(person.found_at), "found_place": person.found_place.strip(),
        "found_lon": round(found.lon, 6) if found else None, "found_lat": round(found.lat, 6) if found else None,
        "outcome": person.outcome, "found_by": person.found_by,
        "publish": ",".join(f for f in case_rules.NOTICE_FIELDS if f in person.publish),
        "notice_at": person.notice_at, "notice_withdrawn_at": person.notice_withdrawn_at,
    }


@dataclass(frozen=True)
class SearchFigures:
    """What a case's linked turn-outs add up to."""

    turnouts: int = 0
    people: int = 0  # the turn-outs' headcounts added up (a member out twice counts twice)
    hours: float = 0.0  # from the first departure to the last return (or the person found), in hours
    person_hours: float = 0.0  # each turn-out's headcount times its length
    out: int = 0  # turn-outs not back yet (no return, no find): their time is not counted


@dataclass(frozen=True)
class CaseLine:
    """A missing-person case as a list and the map show it."""

    case_id: int
    title: str
    opened_at: str
    person: MissingPerson
    figures: SearchFigures


@dataclass(frozen=True)
class SquadBase:
    squad_id: int
    name: str
    point: geo.Point  # GCJ-02


@dataclass(frozen=True)
class CasePoint:
    """A missing-person case as the map draws it: where last seen and found (GCJ-02, None where not
    known), its category and outcome; nothing personal."""

    case_id: int
    category: str
    outcome: str  # '' still searching
    last_seen_at: str
    last_seen: geo.Point | None
    found: geo.Point | None


class CaseRepo:
    def __init__(self, database: Database, audit: Audit):
        self.database = database
        self.conn = database.conn
        self.audit = audit

    # --- reading -------------------------------------------------------------------------------

    def person(self, case_id: int | None) -> MissingPerson | None:
        """The missing person of a case (None: the case is not a missing-person case, or no case)."""
        if case_id is None:
            return None
        row = self.conn.execute(_SELECT + " WHERE p.case_id = ?", (case_id,)).fetchone()
        return _person(row) if row else None

    def title(self, case_id: int) -> str | None:
        row = self.conn.execute("SELECT title FROM cases WHERE id = ?", (case_id,)).fetchone()
        return str(row[0]) if row else None

    def figures(self, case_id: int, found_at: str = "") -> SearchFigures:
        """The linked turn-outs' figures (cancelled turn-outs left out)."""
        rows = self.conn.execute(
            "SELECT departure, returned_at, headcount FROM tasks WHERE case_id = ? AND status <> 'cancelled'",
            (case_id,)).fetchall()
        if not rows:
            return SearchFigures()
        people = sum(int(r[2] or 0) for r in rows)
        starts, ends, person_hours, out = [], [], 0.0, 0
        found = parse_moment(found_at)
        for departure, returned, headcount in rows:
            start = parse_moment(departure)
            end = parse_moment(returned) or found
            if start is None:
                continue
            if end is None:
                out += 1
            starts.append(start)
            if end is not None and end >= start:
                ends.append(end)
                person_hours += (end - start).total_seconds() / 3600 * int(headcount or 0)
        hours = (max(ends) - min(starts)).total_seconds() / 3600 if starts and ends and max(ends) >= min(starts) else 0.0
        return SearchFigures(len(rows), people, round(hours, 2), round(person_hours, 1), out)

    def lines(self, *, open_only: bool = False, text: str = "", limit: int = 500) -> list[CaseLine]:
        """Missing-person cases, the latest opened first (``open_only``: the searches still going on)."""
        where, values = [], []
        if open_only:
            where.append("p.outcome = ''")
        if text.strip():
            like = "%" + text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"
            where.append("(c.title LIKE ? ESCAPE '!' OR p.name LIKE ? ESCAPE '!' OR p.last_seen_place LIKE ? ESCAPE '!')")
            values += [like] * 3
        sql = (_SELECT.replace(" FROM missing_persons p", ", c.title, c.opened_at FROM missing_persons p")
               + " JOIN cases c ON c.id = p.case_id"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY c.opened_at DESC, c.id DESC LIMIT ?")
        out = []
        for row in self.conn.execute(sql, (*values, int(limit))).fetchall():
            person = _person(row[:len(PERSON_COLUMNS)])
            title, opened = row[len(PERSON_COLUMNS):]
            out.append(CaseLine(person.case_id or 0, title, opened, person, self.figures(person.case_id or 0,
                                                                                          person.found_at)))
        return out

    def findings(self, *, since: str | None = None, until: str | None = None,
                 categories: Iterable[str] | None = None, districts: bool = False) -> list[Finding]:
        """Every missing-person case as the statistics see it (nothing personal), the last sighting
        in [since, until) when given ('YYYY-MM-DD'). ``districts``: work out the district of each
        last-seen point too (a point-in-polygon test each, ~70 µs: the research dataset wants it,
        the statistics and the rings do not)."""
        where, values = _period(since, until, "p.")
        chosen = list(categories or [])
        if chosen:
            where.append("p.category IN (" + ", ".join("?" * len(chosen)) + ")")
            values += chosen
        sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY p.case_id"
        out = []
        for row in self.conn.execute(sql, values).fetchall():
            person = _person(row)
            district = ""
            if districts and person.last_seen is not None:
                found_in = geo.district_of(person.last_seen)
                district = found_in.name if found_in else ""
            out.append(case_rules.finding_of(person, district))
        return out

    def map_points(self, *, since: str | None = None, until: str | None = None) -> list[CasePoint]:
        """Every missing-person case last seen in [since, until) ('YYYY-MM-DD', either None: open),
        with or without points (the map counts those it cannot draw)."""
        where, values = _period(since, until)
        sql = ("SELECT case_id, category, outcome, last_seen_at, last_seen_lon, last_seen_lat, found_lon, found_lat"
               " FROM missing_persons" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY case_id")
        return [CasePoint(int(r[0]), str(r[1]), str(r[2]), str(r[3]), _point(r[4], r[5]), _point(r[6], r[7]))
                for r in self.conn.execute(sql, values)]

    def notices_to_withdraw(self) -> list[tuple[int, str]]:
        """Cases whose person was found (or the case closed) while their notice is still out."""
        return [(int(r[0]), str(r[1])) for r in self.conn.execute(
            "SELECT c.id, c.title FROM missing_persons p JOIN cases c ON c.id = p.case_id"
            " WHERE p.notice_at <> '' AND p.notice_withdrawn_at = '' AND p.outcome <> '' ORDER BY c.id")]

    def squad_bases(self) -> list[SquadBase]:
        return [SquadBase(int(r[0]), str(r[1]), geo.Point(float(r[2]), float(r[3]), geo.GCJ02))
                for r in self.conn.execute(
                    "SELECT id, name, base_lon, base_lat FROM squads WHERE base_lon IS NOT NULL ORDER BY id")]

    # --- writing -------------------------------------------------------------------------------

    def _by(self, actor: Actor) -> str:
        return self.audit.acting(actor, Action.DISPATCH)

    def open(self, person: MissingPerson, actor: Actor, *, title: str = "", task_ids: Iterable[int] = (),
             link: Any = None, now: dt.datetime | None = None) -> int:
        """Open a missing-person case: the case (its title, or :func:`cases.default_title`), the
        person, and the turn-outs ``task_ids`` linked (through ``link(task_id, case_id, actor)``:
        ``TaskFlow.link_to_case``, which writes each task's history). Returns the case's id."""
        by = self._by(actor)
        case_rules.check_person(person, now)
        title = (title or "").strip() or case_rules.default_title(person)
        with self.database.transaction(), self.audit.written_as(by):
            cur = self.conn.execute("INSERT INTO cases (title, opened_at, notes) VALUES (?, ?, '')", (title, now_text()))
            case_id = inserted_id(cur)
            self.audit.inserted("cases", case_id, {"title": title}, by=by)
            values = _row(person)
            self.conn.execute(
                "INSERT INTO missing_persons (case_id, " + ", ".join(values) + ") VALUES (?"
                + ", ?" * len(values) + ")", (case_id, *values.values()))
            self.audit.inserted("missing_persons", case_id, values, by=by)
            for task_id in task_ids:
                if link is None:
                    raise StoreError(msg("内部错误：并入案件需要任务流程。"))
                link(task_id, case_id, actor)
            return case_id

    def add_person(self, case_id: int, person: MissingPerson, actor: Actor, *, now: dt.datetime | None = None) -> None:
        """Make an existing case (linked turn-outs, a title) a missing-person case."""
        by = self._by(actor)
        case_rules.check_person(person, now)
        with self.database.transaction(), self.audit.written_as(by):
            if self.title(case_id) is None:
                raise StoreError(msg("案件（编号 {case_id}）不存在。", case_id=case_id))
            if self.person(case_id) is not None:
                raise StoreError(msg("该案件已有走失人员记录，请直接修改。"))
            values = _row(person)
            self.conn.execute(
                "INSERT INTO missing_persons (case_id, " + ", ".join(values) + ") VALUES (?"
                + ", ?" * len(values) + ")", (case_id, *values.values()))
            self.audit.inserted("missing_persons", case_id, values, by=by)

    def save(self, person: MissingPerson, actor: Actor, *, title: str | None = None,
             now: dt.datetime | None = None) -> int:
        """Save the changes of a case's person (and its title, when given): one audit entry per
        field changed. Returns how many fields changed."""
        by = self._by(actor)
        case_rules.check_person(person, now)
        if person.case_id is None:
            raise WorkflowError(msg("内部错误：保存走失人员需要案件编号。"))
        with self.database.transaction(), self.audit.written_as(by):
            current = self.person(person.case_id)
            if current is None:
                raise StoreError(msg("走失人员案件（编号 {case_id}）不存在，可能已被删除。", case_id=person.case_id))
            before, after = _row(current), _row(person)
            changed = {k: v for k, v in after.items() if before[k] != v}
            if changed:
                self.conn.execute("UPDATE missing_persons SET " + ", ".join(f"{k} = ?" for k in changed)
                                  + " WHERE case_id = ?", (*changed.values(), person.case_id))
            count = self.audit.changes("missing_persons", person.case_id, before, after, by=by)
            if title is not None and title.strip() and title.strip() != self.title(person.case_id):
                old = self.title(person.case_id)
                self.conn.execute("UPDATE cases SET title = ? WHERE id = ?", (title.strip(), person.case_id))
                count += self.audit.changes("cases", person.case_id, {"title": old}, {"title": title.strip()}, by=by)
            return count

    def mark_notice(self, case_id: int, actor: Actor, *, withdrawn: bool = False,
                    now: dt.datetime | None = None) -> None:
        """The notice went out (or was withdrawn) now."""
        by = self._by(actor)
        moment = moment_text(now or dt.datetime.now())
        with self.database.transaction(), self.audit.written_as(by):
            person = self.person(case_id)
            if person is None:
                raise StoreError(msg("走失人员案件（编号 {case_id}）不存在，可能已被删除。", case_id=case_id))
            column = "notice_withdrawn_at" if withdrawn else "notice_at"
            if withdrawn and not person.notice_at:
                raise WorkflowError(msg("该案件的寻人启事还没有发布，无需撤回。"))
            old = getattr(person, column)
            values: dict[str, str] = {column: moment}
            if not withdrawn:
                values["notice_withdrawn_at"] = ""  # published again
            self.conn.execute("UPDATE missing_persons SET " + ", ".join(f"{k} = ?" for k in values)
                              + " WHERE case_id = ?", (*values.values(), case_id))
            self.audit.changes("missing_persons", case_id, {column: old}, {column: moment}, by=by)

    def set_squad_base(self, squad_id: int, point: geo.Point | None, actor: Actor) -> None:
        """A squad's base on the map (None: not known)."""
        by = self.audit.acting(actor, Action.ROSTER)
        gcj = point.to(geo.GCJ02) if point else None
        if gcj is not None and not geo.near_dalian(gcj):
            raise WorkflowError(msg("坐标 {point} 不在大连附近，请检查经纬度是否写反或坐标系是否选对。", point=gcj.text()))
        with self.database.transaction(), self.audit.written_as(by):
            row = self.conn.execute("SELECT base_lon, base_lat FROM squads WHERE id = ?", (squad_id,)).fetchone()
            if row is None:
                raise StoreError(msg("分队（编号 {squad_id}）不存在。", squad_id=squad_id))
            new = (round(gcj.lon, 6), round(gcj.lat, 6)) if gcj else (None, None)
            self.conn.execute("UPDATE squads SET base_lon = ?, base_lat = ? WHERE id = ?", (*new, squad_id))
            self.audit.changes("squads", squad_id, {"base": _text_point(row)}, {"base": _text_point(new)}, by=by)

    # --- the team's duty phone (what a notice asks people to call) --------------------------------

    def duty_phone(self) -> str:
        return self.database.get_setting(notice_rules.DUTY_PHONE_KEY) or ""

    def set_duty_phone(self, phone: str, actor: Actor) -> None:
        """The team's duty phone (a team setting: administrators), '' for none; audited."""
        by = self.audit.acting(actor, Action.SETTINGS)
        value = notice_rules.check_phone(phone)
        with self.database.transaction():
            old = self.duty_phone()
            if old != value:
                self.database.set_setting(notice_rules.DUTY_PHONE_KEY, value)
                self.audit.record("settings", None, "update", notice_rules.DUTY_PHONE_KEY, old, value, by=by)


def _text_point(pair: Sequence[Any]) -> str:
    return "" if pair[0] is None else f"{pair[1]:.6f},{pair[0]:.6f}"


__all__ = ["CaseLine", "CasePoint", "CaseRepo", "SearchFigures", "SquadBase"]
