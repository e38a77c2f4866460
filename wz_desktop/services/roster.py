"""The roster's workbook, out of the database and back in (the roster page and ``wz-desktop roster``).

:func:`backup_before_import` takes a copy of the database before an import (when it holds anything).
:func:`export_roster` reads the roster's records and writes them (``workbook.roster.write_roster``).
:func:`import_roster` reads a workbook (``workbook.roster.find_sheets``: files only) and merges it
into the database in one transaction: squads that don't exist are added, members are added or
updated (matched by code, else by phone, else by a unique name in the same squad), certifications
and vehicles are added. Nothing is ever deleted, and an empty cell never blanks a filled field.
"""
from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

from wz_desktop.domain.records import Member, Squad, Vehicle
from wz_desktop.domain.roles import Action, Actor
from wz_desktop.domain.text import msg
from wz_desktop.services.session import Session
from wz_desktop.store.errors import DatabaseFailure, StoreError, describe_failure
from wz_desktop.domain.roster_rules import CellReading, normalise_plate, read_name_cell, read_phone_cell
from wz_desktop.store.roster import Certification, normalise_code, normalise_phone
from wz_desktop.workbook.reader import WorkbookError, read_cells
from wz_desktop.workbook.roster import (
    CERTS,
    MEMBERS,
    NO,
    SQUADS,
    VEHICLES,
    YES,
    Code,
    RosterReport,
    RosterSheet,
    cell_date,
    cell_text,
    find_sheets,
    roster_rows,
    write_roster,
)


class BackupBeforeImportFailed(StoreError):
    """The copy before a roster import could not be taken (``reason``: why, in words); nothing
    was imported. The window and the command line word it their own way."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def backup_before_import(store, *, session: Session) -> Path | None:
    """A copy of the database before a roster import, when it holds anything (None when it is
    empty: nothing to lose). Refused (:class:`NotAllowed`) to a role that may not change the roster."""
    session.require(Action.ROSTER)
    counts = store.roster.counts()
    if not (counts["members"] or counts["squads"] or counts["vehicles"] or store.tasks.total()):
        return None
    try:
        return store.backup("before-roster-import")
    except (OSError, StoreError, DatabaseFailure) as exc:
        raise BackupBeforeImportFailed(describe_failure(exc) if not isinstance(exc, StoreError) else exc) from exc


def export_roster(store, path: str | Path, *, session: Session) -> dict[str, int]:
    """Write the roster to ``path`` (.xlsx). Returns the rows written per sheet. Reading the
    roster is open to every role."""
    roster = store.roster
    members = roster.members()
    rows = roster_rows(roster.squads(), members, {m.id: roster.certifications(m.id) for m in members},
                       roster.vehicles(), dict(roster.joined_dates()))
    return write_roster(path, rows)


class _Importer:
    """Made inside the import's transaction: the squads it starts from are read there, once."""

    def __init__(self, store, report: RosterReport, actor: Actor):
        self.roster = store.roster
        self.report = report
        self.actor = actor  # who imports (the session's): the roster's writes take it
        self.squads: dict[str, Squad] = {s.name: s for s in self.roster.squads()}
        self.fresh: set[int] = set()  # squads added (or counted as differing) in this import

    def squad_id(self, name: str, sheet: str, row: int) -> int:
        squad = self.squads.get(name)
        if squad is None:
            squad = Squad(name=name)
            self.roster.add_squads([squad], actor=self.actor)
            self.squads[name] = squad
            self.report.sheets[SQUADS].added += 1
            self.report.add(Code.CREATED_SQUAD, msg("分队“{name}”不存在，已新建", name=name), sheet=sheet, row=row)
        return squad.id

    def member_ref(self, code: str, name: str, squad_id: int | None = None,
                   written: str | None = None) -> tuple[Member | None, str]:
        """A member named in a sheet by code, else by name: (member, why not found). The name is tried as
        the member sheet reads it (李 娜 → 李娜, 刘洋（老刘） → 刘洋) and as written (``written``, or ``name``
        itself): a member stored by an import before that reading is still found, and no twin added."""
        if code:
            member = self.roster.member_by_code(code)
            if member is not None:
                return member, ""
        for form in dict.fromkeys(f for f in (read_name_cell(name, "")[0] if name else "", written or name) if f):
            named = [m for m in self.roster.members_named(form) if m.name == form]
            if squad_id is not None and len(named) > 1:
                named = [m for m in named if m.squad_id == squad_id] or named
            if len(named) == 1:
                return named[0], ""
            if len(named) > 1:
                return None, msg("有 {count} 位队员叫“{name}”，无法确定是哪一位（请填写编号）", count=len(named),
                                 name=form)
        if code or name:
            return None, msg("找不到队员“{who}”", who=code or name)
        return None, msg("没有填写队员编号或姓名")

    # squads first (without leaders: they may be members added below)
    def squads_sheet(self, sheet: RosterSheet) -> list[tuple[int, Squad, str]]:
        counts = self.report.sheets[SQUADS]
        seen: dict[str, int] = {}
        leaders = []
        for row, cells in sheet.records():
            counts.rows += 1
            name = cell_text(cells.get("名称"))
            if not name:
                self.report.skip(SQUADS, row, msg("缺少分队名称"))
                continue
            if name in seen:
                self.report.skip(SQUADS, row, msg("分队“{name}”在文件中重复（第 {seen} 行已有）", name=name, seen=seen[name]),
                                 Code.DUPLICATE)
                continue
            seen[name] = row
            district = cell_text(cells.get("辖区"))
            squad = self.squads.get(name)
            if squad is None:
                squad = Squad(name=name, district=district)
                self.roster.add_squads([squad], actor=self.actor)
                self.squads[name] = squad
                counts.added += 1
                self.fresh.add(squad.id)
            elif district and district != squad.district:
                counts.differing += 1
                self.fresh.add(squad.id)  # counted already
                self.report.add(Code.DIFFERS, msg("辖区“{district}”与数据库中的“{stored}”不同，未修改", district=district,
                                                                  stored=squad.district),
                                sheet=SQUADS, row=row)
            else:
                counts.unchanged += 1
            leaders.append((row, squad, cell_text(cells.get("队长"))))
        return leaders

    def leaders(self, leaders: list[tuple[int, Squad, str]]) -> None:
        counts = self.report.sheets[SQUADS]
        for row, squad, leader in leaders:
            if not leader:
                continue
            member, why = self.member_ref(normalise_code(leader) or "", leader, squad.id)
            if member is None:
                self.report.add(Code.DIFFERS, msg("队长：{why}，未设置", why=why), sheet=SQUADS, row=row)
                continue
            if squad.leader_id != member.id:
                self.roster.set_squad_leader(squad.id, member.id, actor=self.actor)
                squad.leader_id = member.id
                if squad.id not in self.fresh:
                    counts.updated += 1
                    counts.unchanged -= 1

    def _said(self, kept: list[str], row: int, reading: CellReading | None, code: str = Code.GUESS,
              label: str = "") -> None:
        """A member's cell not read whole: the report says what was done, the notes keep it as written."""
        if reading is not None and reading.note is not None:
            self.report.add(code, reading.note, sheet=MEMBERS, row=row)
        if reading is not None and reading.raw:
            kept.append(msg("导入时{label}一栏原文：{raw}", label=label, raw=reading.raw))

    def members_sheet(self, sheet: RosterSheet) -> None:
        counts = self.report.sheets[MEMBERS]
        codes: dict[str, int] = {}
        for row, cells in sheet.records():
            counts.rows += 1
            # what is not read whole is said in the report, and the cell as written goes into the
            # member's notes: a member is never left out for a column other than the name
            kept: list[str] = []
            said = functools.partial(self._said, kept, row)

            written_name, nickname_cell = cell_text(cells.get("姓名")), cell_text(cells.get("昵称"))
            name, nickname, named = read_name_cell(written_name, nickname_cell)
            for reading in named:
                said(reading, label=msg("姓名"))
            code = normalise_code(cell_text(cells.get("编号"))) or ""
            phoned = read_phone_cell(cell_text(cells.get("电话")))
            said(phoned, Code.GUESS if phoned.value else Code.RAW_VALUE, msg("电话"))
            phone = phoned.value
            if not name:
                self.report.skip(MEMBERS, row, msg("缺少姓名（编号“{code}”）", code=code) if code else msg("缺少姓名"))
                continue
            if code in codes:
                self.report.skip(MEMBERS, row, msg("编号“{code}”在文件中重复（第 {seen} 行已有），此行未导入", code=code,
                                                     seen=codes[code]),
                                 Code.DUPLICATE)
                continue
            if code:
                codes[code] = row
            active_text = unicodedata.normalize("NFKC", cell_text(cells.get("在队"))).lower()
            active = None if not active_text else active_text in YES
            if active_text and active_text not in YES and active_text not in NO:
                active = None  # a new member counts as in the team, as where the column is empty
                said(CellReading("", msg("“在队”一栏的“{active}”无法识别（应为“是”或“否”）：新队员按在队记录，已有的队员不改动，"
                                         "原文记入备注",
                                         active=cell_text(cells.get("在队"))), cell_text(cells.get("在队"))),
                     Code.RAW_VALUE, msg("在队"))
            joined, ok = cell_date(cells.get("入队日期"))
            if not ok:
                said(CellReading("", msg("入队日期“{joined}”无法识别，留空，原文记入备注",
                                         joined=cell_text(cells.get("入队日期"))), cell_text(cells.get("入队日期"))),
                     Code.RAW_VALUE, msg("入队日期"))
            squad_name = cell_text(cells.get("分队"))
            squad_id = self.squad_id(squad_name, MEMBERS, row) if squad_name else None
            role = cell_text(cells.get("职务"))

            member = self.roster.member_by_code(code) if code else None
            # the phone as this reads it, and as an import before this reading stored it (every digit of the cell)
            old_phone = normalise_phone(phoned.raw) if phoned.raw else ""
            conflict = None
            for known in dict.fromkeys(p for p in (phone, old_phone) if p and member is None):
                same_phone = self.roster.members_by_phone(known)
                if same_phone:
                    candidate = same_phone[0]
                    if code and candidate.code and candidate.code != code:
                        conflict = msg("电话 {phone} 已属于编号“{code}”的{name}，与此行编号“{row_code}”不符，此行未导入",
                                       phone=known, code=candidate.code, name=candidate.name, row_code=code)
                    else:
                        member = candidate
                    break
            if conflict is not None:
                self.report.skip(MEMBERS, row, conflict)
                continue
            if member is None and not code and not phone:
                member, why = self.member_ref("", name, squad_id, written=written_name)
                if member is None and why.startswith("有 "):
                    self.report.skip(MEMBERS, row, why)
                    continue
            if member is None:
                new = Member(name=name, squad_id=squad_id, code=code or None, phone=phone, role=role or "队员",
                             nickname=nickname, active=True if active is None else active)
                self.roster.add_members([new], joined_on=[joined], actor=self.actor)
                if kept:
                    self.roster.append_member_notes(new.id, kept, actor=self.actor)  # type: ignore[arg-type]
                counts.added += 1
                continue
            before = (member.code, member.name, member.nickname, member.squad_id, member.phone, member.role,
                      member.active)
            member.code = member.code or code or None
            if code and member.code != code:  # matched by phone, the member had no code
                member.code = code
            member.name = name or member.name
            # a nickname of the row is taken; one read from a bracket after the name only fills an empty one
            member.nickname = (nickname or member.nickname) if nickname_cell else (member.nickname or nickname)
            member.squad_id = squad_id if squad_id is not None else member.squad_id
            member.phone = phone or member.phone
            member.role = role or member.role
            member.active = member.active if active is None else active
            after = (member.code, member.name, member.nickname, member.squad_id, member.phone, member.role,
                     member.active)
            noted = bool(kept) and self.roster.append_member_notes(member.id, kept, actor=self.actor)  # type: ignore[arg-type]
            if after != before:
                self.roster.update_member(member, actor=self.actor)
                counts.updated += 1
            elif noted:
                counts.updated += 1
            else:
                counts.unchanged += 1

    def certs_sheet(self, sheet: RosterSheet) -> None:
        counts = self.report.sheets[CERTS]
        seen: dict[tuple, int] = {}
        for row, cells in sheet.records():
            counts.rows += 1
            cert_name = cell_text(cells.get("证书"))
            if not cert_name:
                self.report.skip(CERTS, row, msg("缺少证书名称"))
                continue
            member, why = self.member_ref(normalise_code(cell_text(cells.get("编号"))) or "", cell_text(cells.get("姓名")))
            if member is None:
                self.report.skip(CERTS, row, why)
                continue
            expires, ok = cell_date(cells.get("有效期至"))
            if not ok:
                self.report.skip(CERTS, row, msg("有效期“{expires}”无法识别（应为日期，如 2025-06-30）",
                                                 expires=cell_text(cells.get("有效期至"))))
                continue
            number = cell_text(cells.get("证书编号"))
            key = (member.id, cert_name, number, expires)
            if key in seen:
                self.report.skip(CERTS, row, msg("与第 {seen} 行重复", seen=seen[key]), Code.DUPLICATE)
                continue
            seen[key] = row
            existing = [c for c in self.roster.certifications(member.id) if c.name == cert_name and c.number == number]
            if any(c.expires_on == expires for c in existing):
                counts.unchanged += 1
            elif existing and number:
                counts.differing += 1
                self.report.add(Code.DIFFERS, msg(
                    "{name}的证书“{cert}”（{number}）已在数据库中，有效期“{stored}”与文件中的“{expires}”不同，未修改",
                    name=member.name, cert=cert_name, number=number, stored=existing[0].expires_on or msg("长期"),
                    expires=expires or msg("长期")),
                                sheet=CERTS, row=row)
            else:
                self.roster.add_certifications([Certification(member_id=member.id, name=cert_name,
                                                               expires_on=expires, number=number)],
                                                actor=self.actor)
                counts.added += 1

    def vehicles_sheet(self, sheet: RosterSheet) -> None:
        counts = self.report.sheets[VEHICLES]
        existing = self.roster.vehicles()
        seen: dict[str, int] = {}
        for row, cells in sheet.records():
            counts.rows += 1
            plate = normalise_plate(cell_text(cells.get("车牌")))
            name = cell_text(cells.get("名称"))
            if not plate and not name:
                self.report.skip(VEHICLES, row, msg("缺少车牌和名称"))
                continue
            key = plate or "名称:" + name  # a key, not a message
            if key in seen:
                self.report.skip(VEHICLES, row, msg("车辆“{vehicle}”在文件中重复（第 {seen} 行已有）", vehicle=plate or name,
                                                     seen=seen[key]),
                                 Code.DUPLICATE)
                continue
            seen[key] = row
            kind_text = cell_text(cells.get("归属"))
            kind = "member" if any(w in kind_text for w in ("私", "队员", "个人")) else "team"
            owner_text = cell_text(cells.get("车主编号"))
            owner = None
            if kind == "member" or owner_text:
                owner, why = self.member_ref(normalise_code(owner_text) or "", owner_text)
                if owner is None:
                    self.report.skip(VEHICLES, row, msg("车主：{why}", why=why))
                    continue
                kind = "member"
            seats_text = unicodedata.normalize("NFKC", cell_text(cells.get("座位")))
            seats = None
            if seats_text:
                if not seats_text.isdigit():
                    self.report.skip(VEHICLES, row, msg("座位数“{seats}”不是整数", seats=seats_text))
                    continue
                seats = int(seats_text)
            match = [v for v in existing if (v.plate == plate if plate else (not v.plate and v.name == name))]
            if match:
                v = match[0]
                same = ((not name or v.name == name) and v.owner_kind == kind
                        and (owner is None or v.owner_member_id == owner.id) and (seats is None or v.seats == seats))
                if same:
                    counts.unchanged += 1
                else:
                    counts.differing += 1
                    self.report.add(Code.DIFFERS, msg("车辆“{vehicle}”已在数据库中，与文件内容不同，未修改",
                                                        vehicle=plate or name),
                                    sheet=VEHICLES, row=row)
                continue
            vehicle = Vehicle(plate=plate, name=name, owner_kind=kind, owner_member_id=owner.id if owner else None,
                              seats=seats)
            self.roster.add_vehicles([vehicle], actor=self.actor)
            existing.append(vehicle)
            counts.added += 1


def import_roster(store, path: str | Path, *, session: Session) -> RosterReport:
    """Merge a roster workbook into the database, all or nothing. Returns what was done, row by row.

    Raises WorkbookError (Chinese) for files that can't be read or don't hold a roster, and when
    the database refuses a write; the database is then unchanged. A role that may not change the
    roster is refused here (:class:`NotAllowed`), before the file is read.
    """
    session.require(Action.ROSTER)
    session.enter(store)
    path = Path(path)
    report = RosterReport(file=path.name)
    sheets = find_sheets(path, read_cells(path), report)
    try:
        with store.transaction(), store.audit.as_actor(session.actor, Action.ROSTER):
            with store.audit.quiet():  # the import is one entry in the audit (below), not one per row
                importer = _Importer(store, report, session.actor)
                leaders = importer.squads_sheet(sheets[SQUADS]) if SQUADS in sheets else []
                if MEMBERS in sheets:
                    importer.members_sheet(sheets[MEMBERS])
                importer.leaders(leaders)
                if CERTS in sheets:
                    importer.certs_sheet(sheets[CERTS])
                if VEHICLES in sheets:
                    importer.vehicles_sheet(sheets[VEHICLES])
            store.audit.record("roster", None, "import", None, None, path.name,
                               note=msg("导入名册 {name}：{summary}", name=path.name,
                                        summary=" ".join(line.strip() for line in report.summary_lines()[1:])))
    except (StoreError, ValueError) as exc:
        raise WorkbookError(msg("导入“{name}”时出错，数据库没有任何改动：{reason}", name=path.name, reason=exc)) from exc
    return report


__all__ = ["BackupBeforeImportFailed", "backup_before_import", "export_roster", "import_roster"]
