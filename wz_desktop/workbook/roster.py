"""The roster as a workbook: squads, members, certifications and vehicles, out and back in.

``export_roster`` writes four sheets (分队, 队员, 证书, 车辆) with xlsxwriter, beside the target first
and moved into place when complete. ``import_roster`` reads such a workbook (as people edit it:
header row anywhere near the top, stray spaces, sheet names like "队员名单") and merges it into the
database in one transaction: squads that don't exist are added, members are added or updated
(matched by code, else by phone, else by a unique name in the same squad), certifications and
vehicles are added. Nothing is ever deleted, and an empty cell never blanks a filled field.

No Qt and no SQL here: everything goes through ``store.roster``.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import xlsxwriter
import xlsxwriter.exceptions

from wz_desktop.leftovers import remove_scratch, scratch_folder

from wz_desktop.domain.records import Member, Squad, Vehicle
from wz_desktop.domain.report import CODE_LABELS as ALL_LABELS
from wz_desktop.domain.report import Code, Entry, entry_groups
from wz_desktop.domain.text import Text, joined, msg
from wz_desktop.store.errors import StoreError
from wz_desktop.store.roster import Certification, normalise_code, normalise_phone
from wz_desktop.workbook.layout import column_letter, normalise_header
from wz_desktop.workbook.reader import SheetCells, WorkbookError, read_cells

SQUADS, MEMBERS, CERTS, VEHICLES = "分队", "队员", "证书", "车辆"
SHEET_ORDER = (SQUADS, MEMBERS, CERTS, VEHICLES)
SHEET_LABELS = {SQUADS: msg("分队"), MEMBERS: msg("队员"), CERTS: msg("证书"), VEHICLES: msg("车辆")}  # as reports say them

HEADERS: dict[str, list[str]] = {
    SQUADS: ["名称", "辖区", "队长"],
    MEMBERS: ["编号", "姓名", "昵称", "分队", "电话", "职务", "在队", "入队日期"],
    CERTS: ["编号", "姓名", "证书", "证书编号", "有效期至"],
    VEHICLES: ["车牌", "名称", "归属", "车主编号", "座位"],
}
WIDTHS: dict[str, list[int]] = {
    SQUADS: [16, 14, 12],
    MEMBERS: [10, 10, 14, 14, 15, 8, 6, 12],
    CERTS: [10, 10, 36, 20, 12],
    VEHICLES: [12, 28, 10, 10, 6],
}
# other labels people use for the same column (matched after normalise_header)
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    SQUADS: {"名称": ("名称", "分队", "分队名称", "队名"), "辖区": ("辖区", "区域", "地区", "所在区"),
             "队长": ("队长", "分队长", "负责人")},
    MEMBERS: {"编号": ("编号", "队员编号", "工号", "队号"), "姓名": ("姓名", "名字", "队员", "队员姓名"),
              "昵称": ("昵称", "微信昵称", "群昵称"), "分队": ("分队", "所属分队", "分队名称"),
              "电话": ("电话", "手机", "手机号", "手机号码", "联系电话", "电话号码"),
              "职务": ("职务", "角色", "职位"), "在队": ("在队", "状态", "是否在队", "在职"),
              "入队日期": ("入队日期", "入队时间", "加入日期")},
    CERTS: {"编号": ("编号", "队员编号"), "姓名": ("姓名", "队员", "队员姓名"),
            "证书": ("证书", "证书名称", "资质"), "证书编号": ("证书编号", "证号"),
            "有效期至": ("有效期至", "有效期", "到期日期", "到期", "有效期限")},
    VEHICLES: {"车牌": ("车牌", "车牌号", "号牌"), "名称": ("名称", "车辆名称", "车型", "车辆"),
               "归属": ("归属", "类别", "类型"), "车主编号": ("车主编号", "车主", "车主姓名"),
               "座位": ("座位", "座位数", "座数", "核载")},
}
REQUIRED = {SQUADS: ("名称",), MEMBERS: ("姓名",), CERTS: ("证书",), VEHICLES: ("名称",)}
SHEET_WORDS = {CERTS: ("证书", "资质"), VEHICLES: ("车辆", "车"), MEMBERS: ("队员", "人员", "花名册"),
               SQUADS: ("分队", "队伍")}
OWNER_LABELS = {"team": "队伍", "member": "队员私家车"}
YES = {"是", "在队", "在", "y", "yes", "true", "1", "√", "✓"}
NO = {"否", "离队", "不在队", "退队", "n", "no", "false", "0", "×", "✗"}


# the report's words are the task import's (domain/report.py); these are the ones a roster uses
CODE_LABELS = {code: ALL_LABELS[code] for code in (Code.SKIPPED_ROW, Code.DUPLICATE, Code.CREATED_SQUAD,
                                                    Code.DIFFERS, Code.UNKNOWN_COLUMN, Code.SKIPPED_SHEET)}


@dataclass
class SheetCounts:
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    differing: int = 0
    skipped: int = 0


@dataclass
class RosterReport:
    file: str
    sheets: dict[str, SheetCounts] = field(default_factory=lambda: {s: SheetCounts() for s in SHEET_ORDER})
    entries: list[Entry] = field(default_factory=list)

    def add(self, code: str, message: str, **where) -> Entry:
        entry = Entry(code=code, message=message, **where)
        self.entries.append(entry)
        return entry

    def skip(self, sheet: str, row: int, message: str, code: str = Code.SKIPPED_ROW) -> None:
        self.sheets[sheet].skipped += 1
        self.add(code, message, sheet=sheet, row=row)

    @property
    def changed(self) -> bool:
        return any(c.added or c.updated for c in self.sheets.values())

    def skipped_rows(self) -> list[Entry]:
        return [e for e in self.entries if e.code in (Code.SKIPPED_ROW, Code.DUPLICATE)]

    def to_dict(self) -> dict:
        return {"file": self.file, "sheets": {k: dict(v.__dict__) for k, v in self.sheets.items()},
                "entries": [dict(e.__dict__) for e in self.entries]}

    def summary_lines(self) -> list[Text]:
        """What the import did, a sheet a line (Chinese Texts, rendered in English where asked)."""
        lines = [msg("✓ {file}：名册已导入。", file=self.file)]
        for name in SHEET_ORDER:
            c = self.sheets[name]
            counts = {"sheet": SHEET_LABELS[name], "rows": c.rows, "added": c.added, "updated": c.updated,
                      "unchanged": c.unchanged, "skipped": c.skipped}
            if c.differing:
                lines.append(msg("  {sheet}：读取 {rows} 行，新增 {added}，更新 {updated}，未变 {unchanged}，跳过 {skipped}，"
                                 "与数据库不一致 {differing}（以数据库为准）。", differing=c.differing, **counts))
            else:
                lines.append(msg("  {sheet}：读取 {rows} 行，新增 {added}，更新 {updated}，未变 {unchanged}，跳过 {skipped}。",
                                 **counts))
        return lines

    def detail_lines(self) -> list[Text]:
        return self.summary_lines() + entry_groups(self.entries, CODE_LABELS)

    def detail_text(self) -> str:
        return "\n".join(self.detail_lines())


# --- export --------------------------------------------------------------------------------------

def _joined_dates(roster) -> dict[int, str]:
    """Members' joining dates, where the store offers a way to read them (it may not yet)."""
    reader = getattr(roster, "joined_dates", None)
    return dict(reader()) if callable(reader) else {}


def export_roster(store, path: str | Path) -> dict[str, int]:
    """Write the roster to ``path`` (.xlsx). Returns the rows written per sheet."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise WorkbookError(msg("导出文件名“{path}”应以 .xlsx 结尾。", path=path.name))
    if not path.parent.exists():
        raise WorkbookError(msg("文件夹“{parent}”不存在。", parent=path.parent))
    roster = store.roster
    squads = roster.squads()
    members = roster.members()
    by_id = {m.id: m for m in members}
    squad_names = {s.id: s.name for s in squads}
    joined = _joined_dates(roster)
    rows: dict[str, list[list[Any]]] = {name: [] for name in SHEET_ORDER}
    for s in squads:
        leader = by_id.get(s.leader_id)
        rows[SQUADS].append([s.name, s.district, leader.name if leader else ""])
    for m in members:
        rows[MEMBERS].append([m.code or "", m.name, m.nickname, squad_names.get(m.squad_id, ""), m.phone, m.role,
                              "是" if m.active else "否", joined.get(m.id) or ""])
    for m in members:
        for c in roster.certifications(m.id):
            rows[CERTS].append([m.code or "", m.name, c.name, c.number, c.expires_on or ""])
    for v in roster.vehicles():
        owner = by_id.get(v.owner_member_id)
        rows[VEHICLES].append([v.plate, v.name, OWNER_LABELS.get(v.owner_kind, v.owner_kind),
                               (owner.code or owner.name) if owner else "", v.seats])
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    scratch = scratch_folder(path)  # xlsxwriter's scratch files hold the text: beside the target, not in /tmp
    try:
        workbook = xlsxwriter.Workbook(str(tmp), {"tmpdir": str(scratch), "strings_to_numbers": False, "strings_to_formulas": False,
                                                  "strings_to_urls": False})
        workbook.set_properties({"title": "队伍名册", "author": "万众救援台", "company": "大连万众应急救援队"})
        bold = workbook.add_format({"bold": True, "valign": "vcenter"})
        text = workbook.add_format({"num_format": "@"})
        date = workbook.add_format({"num_format": "yyyy-mm-dd", "align": "left"})
        for name in SHEET_ORDER:
            ws = workbook.add_worksheet(name)
            header = HEADERS[name]
            date_columns = {i for i, h in enumerate(header) if h in ("入队日期", "有效期至")}
            for col, width in enumerate(WIDTHS[name]):
                ws.set_column(col, col, width, text)
            for col, title in enumerate(header):
                ws.write_string(0, col, title, bold)
            for r, values in enumerate(rows[name], start=1):
                for col, value in enumerate(values):
                    if value is None or value == "":
                        continue
                    if isinstance(value, (int, float)) and not isinstance(value, bool):
                        ws.write_number(r, col, value)
                    elif isinstance(value, str) and col in date_columns and _DATE.match(value):
                        ws.write_datetime(r, col, dt.datetime.fromisoformat(value[:10]), date)
                    else:
                        ws.write_string(r, col, str(value), text)
            ws.freeze_panes(1, 0)
            ws.autofilter(0, 0, max(len(rows[name]), 0), len(header) - 1)
        workbook.close()
        os.replace(tmp, path)
    except (OSError, xlsxwriter.exceptions.XlsxFileError) as exc:
        if tmp.exists():
            tmp.unlink()
        reason = getattr(exc, "strerror", None) or exc
        raise WorkbookError(msg("无法写入“{path}”：{reason}。请检查文件夹能否写入、文件是否在 Excel 中打开。", path=path,
                                reason=reason)) from exc
    except BaseException:
        if tmp.exists():
            tmp.unlink()
        raise
    finally:
        remove_scratch(scratch)
    return {name: len(rows[name]) for name in SHEET_ORDER}


# --- reading the file ----------------------------------------------------------------------------

def _text(value: Any) -> str:
    """A cell as the text a person sees: numbers typed into a phone column lose their '.0'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()  # as typed: names keep their full-width brackets


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def _date(value: Any) -> tuple[str | None, bool]:
    """(YYYY-MM-DD or None, readable). Empty cells are readable and None."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat(), True
    if isinstance(value, dt.date):
        return value.isoformat(), True
    text = unicodedata.normalize("NFKC", _text(value))
    if not text:
        return None, True
    match = _DATE.match(text)
    if match:
        try:
            return dt.date(*map(int, match.groups())).isoformat(), True
        except ValueError:
            return None, False
    return None, False


def _sheet_kind(name: str) -> str | None:
    label = re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))
    for kind in (CERTS, VEHICLES, MEMBERS, SQUADS):  # 证书 before 队员: "队员证书" is certificates
        if any(word in label for word in SHEET_WORDS[kind]):
            return kind
    return None


def _columns(kind: str, row: list[Any]) -> dict[str, int]:
    found: dict[str, int] = {}
    labels = [normalise_header(c) for c in row]
    for column, synonyms in SYNONYMS[kind].items():
        for i, label in enumerate(labels):
            if label and label in synonyms and i not in found.values():
                found[column] = i
                break
    return found


@dataclass
class _Sheet:
    kind: str
    name: str
    header_row: int  # from 0
    columns: dict[str, int]
    rows: list[list[Any]]

    def records(self):
        """(Excel row number, {column: cell}) for every non-empty row under the header."""
        for r in range(self.header_row + 1, len(self.rows)):
            row = self.rows[r]
            cells = {k: (row[i] if i < len(row) else None) for k, i in self.columns.items()}
            if all(_text(v) == "" for v in cells.values()):
                continue
            yield r + 1, cells


def _find_sheets(path: Path, sheets: list[SheetCells], report: RosterReport) -> dict[str, _Sheet]:
    found: dict[str, _Sheet] = {}
    for sheet in sheets:
        kind = _sheet_kind(sheet.name)
        if kind is None:
            report.add(Code.SKIPPED_SHEET, "不是名册的工作表（应为分队、队员、证书或车辆）", sheet=sheet.name)
            continue
        if kind in found:
            report.add(Code.SKIPPED_SHEET, msg("已有一张“{kind}”工作表（“{name}”），这张未读取", kind=kind,
                                                  name=found[kind].name),
                       sheet=sheet.name)
            continue
        header = None
        for r, row in enumerate(sheet.rows[:15]):
            columns = _columns(kind, row)
            if all(c in columns for c in REQUIRED[kind]):
                header = (r, columns)
                break
        if header is None:
            if not any(_text(c) for row in sheet.rows for c in row):
                continue  # an empty sheet: nothing to import
            raise WorkbookError(msg("文件“{name}”的工作表“{sheet}”找不到表头（应有“{need}”等列），未导入任何内容。",
                                    name=path.name, sheet=sheet.name, need=joined(REQUIRED[kind])))
        r, columns = header
        for i, cell in enumerate(sheet.rows[r]):
            if _text(cell) and i not in columns.values():
                report.add(Code.UNKNOWN_COLUMN, msg("列“{label}”无法识别，已忽略", label=_text(cell)), sheet=sheet.name,
                           row=r + 1, column=column_letter(i))
        found[kind] = _Sheet(kind, sheet.name, r, columns, sheet.rows)
    if not found:
        raise WorkbookError(msg("文件“{name}”中没有名册工作表（分队、队员、证书或车辆），未导入任何内容。", name=path.name))
    return found


# --- import --------------------------------------------------------------------------------------

class _Importer:
    def __init__(self, store, report: RosterReport):
        self.roster = store.roster
        self.report = report
        self.squads: dict[str, Squad] = {s.name: s for s in self.roster.squads()}
        self.fresh: set[int] = set()  # squads added (or counted as differing) in this import

    def squad_id(self, name: str, sheet: str, row: int) -> int:
        squad = self.squads.get(name)
        if squad is None:
            squad = Squad(name=name)
            self.roster.add_squads([squad])
            self.squads[name] = squad
            self.report.sheets[SQUADS].added += 1
            self.report.add(Code.CREATED_SQUAD, msg("分队“{name}”不存在，已新建", name=name), sheet=sheet, row=row)
        return squad.id

    def member_ref(self, code: str, name: str, squad_id: int | None = None) -> tuple[Member | None, str]:
        """A member named in a sheet by code, else by name: (member, why not found)."""
        if code:
            member = self.roster.member_by_code(code)
            if member is not None:
                return member, ""
        if name:
            named = [m for m in self.roster.members_named(name) if m.name == name]
            if squad_id is not None and len(named) > 1:
                named = [m for m in named if m.squad_id == squad_id] or named
            if len(named) == 1:
                return named[0], ""
            if len(named) > 1:
                return None, msg("有 {count} 位队员叫“{name}”，无法确定是哪一位（请填写编号）", count=len(named),
                                 name=name)
        if code or name:
            return None, msg("找不到队员“{who}”", who=code or name)
        return None, "没有填写队员编号或姓名"

    # squads first (without leaders: they may be members added below)
    def squads_sheet(self, sheet: _Sheet) -> list[tuple[int, Squad, str]]:
        counts = self.report.sheets[SQUADS]
        seen: dict[str, int] = {}
        leaders = []
        for row, cells in sheet.records():
            counts.rows += 1
            name = _text(cells.get("名称"))
            if not name:
                self.report.skip(SQUADS, row, "缺少分队名称")
                continue
            if name in seen:
                self.report.skip(SQUADS, row, msg("分队“{name}”在文件中重复（第 {seen} 行已有）", name=name, seen=seen[name]),
                                 Code.DUPLICATE)
                continue
            seen[name] = row
            district = _text(cells.get("辖区"))
            squad = self.squads.get(name)
            if squad is None:
                squad = Squad(name=name, district=district)
                self.roster.add_squads([squad])
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
            leaders.append((row, squad, _text(cells.get("队长"))))
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
                self.roster.set_squad_leader(squad.id, member.id)
                squad.leader_id = member.id
                if squad.id not in self.fresh:
                    counts.updated += 1
                    counts.unchanged -= 1

    def members_sheet(self, sheet: _Sheet) -> None:
        counts = self.report.sheets[MEMBERS]
        codes: dict[str, int] = {}
        for row, cells in sheet.records():
            counts.rows += 1
            name = _text(cells.get("姓名"))
            code = normalise_code(_text(cells.get("编号"))) or ""
            phone = normalise_phone(_text(cells.get("电话")))
            if not name:
                self.report.skip(MEMBERS, row, msg("缺少姓名（编号“{code}”）", code=code) if code else "缺少姓名")
                continue
            if code in codes:
                self.report.skip(MEMBERS, row, msg("编号“{code}”在文件中重复（第 {seen} 行已有），此行未导入", code=code,
                                                     seen=codes[code]),
                                 Code.DUPLICATE)
                continue
            if code:
                codes[code] = row
            active_text = unicodedata.normalize("NFKC", _text(cells.get("在队"))).lower()
            if active_text and active_text not in YES and active_text not in NO:
                self.report.skip(MEMBERS, row, msg("“在队”一栏的“{active}”无法识别（应为“是”或“否”）", active=active_text))
                continue
            active = None if not active_text else active_text in YES
            joined, ok = _date(cells.get("入队日期"))
            if not ok:
                self.report.skip(MEMBERS, row, msg("入队日期“{joined}”无法识别", joined=_text(cells.get("入队日期"))))
                continue
            squad_name = _text(cells.get("分队"))
            squad_id = self.squad_id(squad_name, MEMBERS, row) if squad_name else None
            nickname, role = _text(cells.get("昵称")), _text(cells.get("职务"))

            member = self.roster.member_by_code(code) if code else None
            if member is None and phone:
                same_phone = self.roster.members_by_phone(phone)
                if same_phone:
                    candidate = same_phone[0]
                    if code and candidate.code and candidate.code != code:
                        self.report.skip(MEMBERS, row, msg("电话 {phone} 已属于编号“{code}”的{name}，与此行编号“{row_code}”不符，此行未导入",
                                                           phone=phone, code=candidate.code, name=candidate.name,
                                                           row_code=code))
                        continue
                    member = candidate
            if member is None and not code and not phone:
                member, why = self.member_ref("", name, squad_id)
                if member is None and why.startswith("有 "):
                    self.report.skip(MEMBERS, row, why)
                    continue
            if member is None:
                new = Member(name=name, squad_id=squad_id, code=code or None, phone=phone, role=role or "队员",
                             nickname=nickname, active=True if active is None else active)
                self.roster.add_members([new], joined_on=[joined])
                counts.added += 1
                continue
            before = (member.code, member.name, member.nickname, member.squad_id, member.phone, member.role,
                      member.active)
            member.code = member.code or code or None
            if code and member.code != code:  # matched by phone, the member had no code
                member.code = code
            member.name = name or member.name
            member.nickname = nickname or member.nickname
            member.squad_id = squad_id if squad_id is not None else member.squad_id
            member.phone = phone or member.phone
            member.role = role or member.role
            member.active = member.active if active is None else active
            after = (member.code, member.name, member.nickname, member.squad_id, member.phone, member.role,
                     member.active)
            if after != before:
                self.roster.update_member(member)
                counts.updated += 1
            else:
                counts.unchanged += 1

    def certs_sheet(self, sheet: _Sheet) -> None:
        counts = self.report.sheets[CERTS]
        seen: dict[tuple, int] = {}
        for row, cells in sheet.records():
            counts.rows += 1
            cert_name = _text(cells.get("证书"))
            if not cert_name:
                self.report.skip(CERTS, row, "缺少证书名称")
                continue
            member, why = self.member_ref(normalise_code(_text(cells.get("编号"))) or "", _text(cells.get("姓名")))
            if member is None:
                self.report.skip(CERTS, row, why)
                continue
            expires, ok = _date(cells.get("有效期至"))
            if not ok:
                self.report.skip(CERTS, row, msg("有效期“{expires}”无法识别（应为日期，如 2025-06-30）",
                                                 expires=_text(cells.get("有效期至"))))
                continue
            number = _text(cells.get("证书编号"))
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
                                                               expires_on=expires, number=number)])
                counts.added += 1

    def vehicles_sheet(self, sheet: _Sheet) -> None:
        counts = self.report.sheets[VEHICLES]
        existing = self.roster.vehicles()
        seen: dict[str, int] = {}
        for row, cells in sheet.records():
            counts.rows += 1
            plate = re.sub(r"\s+", "", unicodedata.normalize("NFKC", _text(cells.get("车牌")))).upper()
            name = _text(cells.get("名称"))
            if not plate and not name:
                self.report.skip(VEHICLES, row, "缺少车牌和名称")
                continue
            key = plate or "名称:" + name  # a key, not a message
            if key in seen:
                self.report.skip(VEHICLES, row, msg("车辆“{vehicle}”在文件中重复（第 {seen} 行已有）", vehicle=plate or name,
                                                     seen=seen[key]),
                                 Code.DUPLICATE)
                continue
            seen[key] = row
            kind_text = _text(cells.get("归属"))
            kind = "member" if any(w in kind_text for w in ("私", "队员", "个人")) else "team"
            owner_text = _text(cells.get("车主编号"))
            owner = None
            if kind == "member" or owner_text:
                owner, why = self.member_ref(normalise_code(owner_text) or "", owner_text)
                if owner is None:
                    self.report.skip(VEHICLES, row, msg("车主：{why}", why=why))
                    continue
                kind = "member"
            seats_text = unicodedata.normalize("NFKC", _text(cells.get("座位")))
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
            self.roster.add_vehicles([vehicle])
            existing.append(vehicle)
            counts.added += 1


def import_roster(store, path: str | Path) -> RosterReport:
    """Merge a roster workbook into the database, all or nothing. Returns what was done, row by row.

    Raises WorkbookError (Chinese) for files that can't be read or don't hold a roster, and when
    the database refuses a write; the database is then unchanged.
    """
    path = Path(path)
    report = RosterReport(file=path.name)
    sheets = _find_sheets(path, read_cells(path), report)
    importer = _Importer(store, report)
    try:
        with store.transaction():
            with store.audit.quiet():  # the import is one entry in the audit (below), not one per row
                importer.squads = {s.name: s for s in store.roster.squads()}
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


__all__ = [
    "CODE_LABELS",
    "HEADERS",
    "SHEET_ORDER",
    "Code",
    "RosterReport",
    "SheetCounts",
    "WorkbookError",
    "export_roster",
    "import_roster",
]
