"""What sharing data needs from the database (all SQL here): the names it holds (to mask them
wherever they appear), the team's own words (never masked), the rows of the research dataset, and
the audit entry of every share.

API (``store.sharing``, a :class:`SharingRepo`):

- ``known_names()``: every person's name the database holds — members (name, nickname), callers,
  users, whoever verified, reviewed or changed a record — without organisations (110指挥中心,
  派出所 …) and the system's own name;
- ``team_words()``: squad names, their districts, the districts and places of calls;
- ``free_texts()``: what people typed about people outside the workbook (calls, cases, notes);
- ``dataset_*(since, until)``: the rows of the research dataset (``wz_desktop/dataset.py``), periods
  are days 'YYYY-MM-DD' inclusive on the task's departure (calls: on their received time);
- ``record_share(...)``: one audit entry per share (who, when, what, which file, how many cells).
"""
from __future__ import annotations

import re
from typing import Any

from wz_desktop.domain.text import msg
from wz_desktop.store.audit import Audit
from wz_desktop.store.db import Database

_PERSON_NAME = re.compile(r"[\u4e00-\u9fff·]{2,6}")
_NOT_A_PERSON = re.compile(r"中心|派出所|消防|公安|医院|学校|公司|队|局|站|委|办|群众|匿名|网友|市民|未知|不详|"
                           r"系统|命令行|政府|社区|街道|物业|指挥|热线|部门|单位|海事|边防|民警|警方|无$")


class SharingRepo:
    def __init__(self, database: Database, audit: Audit) -> None:
        self.conn = database.conn
        self.audit = audit

    def known_names(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT name FROM members UNION SELECT nickname FROM members"
            " UNION SELECT caller_name FROM calls UNION SELECT display_name FROM users"
            " UNION SELECT verified_by FROM verifications UNION SELECT by_name FROM reviews"
            " UNION SELECT by_name FROM task_history UNION SELECT by_name FROM audit"
            " UNION SELECT name FROM missing_persons").fetchall()
        names = set()
        for (value,) in rows:
            value = (value or "").strip()
            for suffix in ("女士", "先生", "小姐"):
                if value.endswith(suffix) and len(value) > len(suffix):
                    value = value[:-len(suffix)] if len(value) - len(suffix) >= 2 else value
            if _PERSON_NAME.fullmatch(value) and not _NOT_A_PERSON.search(value):
                names.add(value)
        return sorted(names)

    def free_texts(self) -> list[str]:
        """What people typed about people outside the workbook's columns: calls' descriptions and
        places, cases, verification and review notes, members' and vehicles' notes, attendance notes.
        The names the masking finds in them are masked wherever they appear."""
        rows = self.conn.execute(
            "SELECT description FROM calls UNION ALL SELECT place FROM calls UNION ALL SELECT alert_text FROM calls"
            " UNION ALL SELECT title FROM cases"
            " UNION ALL SELECT notes FROM cases UNION ALL SELECT note FROM verifications"
            " UNION ALL SELECT description FROM missing_persons UNION ALL SELECT last_seen_place FROM missing_persons"
            " UNION ALL SELECT found_place FROM missing_persons"
            " UNION ALL SELECT comment FROM reviews UNION ALL SELECT notes FROM members"
            " UNION ALL SELECT notes FROM vehicles UNION ALL SELECT note FROM task_members WHERE note <> ''").fetchall()
        return [v for (v,) in rows if v]

    def team_words(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT name FROM squads UNION SELECT district FROM squads UNION SELECT district FROM calls"
            " UNION SELECT place FROM calls").fetchall()
        return sorted({v.strip() for (v,) in rows if v and 2 <= len(v.strip()) <= 12
                       and not any(c.isdigit() for c in v)})

    def record_share(self, what: str, path: str, masked_cells: int, note: str = "") -> None:
        """One audit entry: who shared what (which years), to which file, with how many cells masked."""
        with self.conn:
            self.audit.record("shares", None, "share", "file", None, str(path),
                              note=msg("{what}；隐去 {cells} 个单元格；{note}", what=what, cells=masked_cells, note=note)
                              if note else msg("{what}；隐去 {cells} 个单元格", what=what, cells=masked_cells))

    # --- the research dataset -------------------------------------------------------------------

    def dataset_tasks(self, since: str, until: str) -> list[dict[str, Any]]:
        """Tasks departing in the period, with their call (district, place, description, received
        time), squads' district, result."""
        cur = self.conn.execute(
            "SELECT t.id AS task_id, t.call_id, t.kind, t.departure, t.returned_at, t.headcount, t.vehicles, t.status,"
            " t.result, t.people_helped, t.summary, t.squads, t.case_id,"
            " c.received_at, c.district AS call_district, c.place AS call_place, c.source AS call_source,"
            " c.description AS call_description,"
            " (SELECT s.district FROM task_squads ts JOIN squads s ON s.id = ts.squad_id"
            "   WHERE ts.task_id = t.id AND s.district <> '' ORDER BY s.id LIMIT 1) AS squad_district,"
            " (SELECT count(*) FROM task_squads ts WHERE ts.task_id = t.id) AS squad_count"
            " FROM tasks t LEFT JOIN calls c ON c.id = t.call_id"
            " WHERE t.departure >= ? AND t.departure < date(?, '+1 day') ORDER BY t.departure, t.id",
            (since, until))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]

    def dataset_calls(self, since: str, until: str) -> list[dict[str, Any]]:
        cur = self.conn.execute(
            "SELECT c.id AS call_id, c.received_at, c.source, c.district, c.place, c.description,"
            " c.suggested_kind, c.status,"
            " (SELECT v.result FROM verifications v WHERE v.call_id = c.id ORDER BY v.id DESC LIMIT 1) AS verified,"
            " (SELECT v.verified_at FROM verifications v WHERE v.call_id = c.id ORDER BY v.id DESC LIMIT 1)"
            "   AS verified_at,"
            " (SELECT min(t.departure) FROM tasks t WHERE t.call_id = c.id) AS first_departure"
            " FROM calls c WHERE c.is_draft = 0 AND c.received_at >= ? AND c.received_at < date(?, '+1 day')"
            " ORDER BY c.received_at, c.id", (since, until))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]

    def dataset_attendance(self, since: str, until: str) -> list[dict[str, Any]]:
        cur = self.conn.execute(
            "SELECT tm.task_id, tm.member_id, tm.role, tm.brings_car, tm.attendance, tm.hours,"
            " s.name AS squad"
            " FROM task_members tm JOIN tasks t ON t.id = tm.task_id"
            " JOIN members m ON m.id = tm.member_id LEFT JOIN squads s ON s.id = m.squad_id"
            " WHERE t.departure >= ? AND t.departure < date(?, '+1 day') ORDER BY tm.task_id, tm.member_id",
            (since, until))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]

    def dataset_vehicles(self, since: str, until: str) -> list[dict[str, Any]]:
        cur = self.conn.execute(
            "SELECT tv.task_id, tv.vehicle_id, v.owner_kind, v.seats, tv.trips"
            " FROM task_vehicles tv JOIN tasks t ON t.id = tv.task_id JOIN vehicles v ON v.id = tv.vehicle_id"
            " WHERE t.departure >= ? AND t.departure < date(?, '+1 day') ORDER BY tv.task_id, tv.vehicle_id",
            (since, until))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]
