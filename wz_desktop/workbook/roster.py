"""The roster as a workbook: squads, members, certifications and vehicles, out and back in.

``write_roster`` writes four sheets (分队, 队员, 证书, 车辆) with xlsxwriter, beside the target first
and moved into place when complete (``roster_rows`` makes them from the roster's records).
``find_sheets`` reads such a workbook as people edit it (header row anywhere near the top, stray
spaces, sheet names like "队员名单") into its sheets, rows and a report.

Files only: no Qt, no SQL, no store. Exporting the roster and merging a workbook into the database
are the use cases in ``services/roster.py``.
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
from wz_desktop.workbook.layout import column_letter, normalise_header
from wz_desktop.workbook.reader import SheetCells, WorkbookError, odd_text_note

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
YES = {"是", "在队", "在", "在册", "正常", "y", "yes", "true", "1", "√", "✓", "✔"}
NO = {"否", "离队", "已离队", "不在队", "退队", "已退队", "退出", "已退出", "离职", "已离职", "停用", "已停用", "注销", "已注销",
      "n", "no", "false", "0", "×", "✗", "✖", "❌"}


# the report's words are the task import's (domain/report.py); these are the ones a roster uses
CODE_LABELS = {code: ALL_LABELS[code] for code in (Code.SKIPPED_ROW, Code.DUPLICATE, Code.CREATED_SQUAD,
                                                    Code.DIFFERS, Code.UNKNOWN_COLUMN, Code.SKIPPED_SHEET,
                                                    Code.RAW_VALUE, Code.GUESS)}


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
    sheet_names: dict[str, str] = field(default_factory=dict)  # kind → the sheet's name in the file (队员 → 队员名单)

    def add(self, code: str, message: str, **where) -> Entry:
        if where.get("sheet") in self.sheet_names:  # the report names the sheet as the user sees it in the file
            where["sheet"] = self.sheet_names[where["sheet"]]
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

def roster_rows(squads: list[Squad], members: list[Member], certifications: dict[int, list],
                vehicles: list[Vehicle], joined: dict[int, str]) -> dict[str, list[list[Any]]]:
    """The four sheets' rows (分队, 队员, 证书, 车辆) of a roster read from the store
    (``certifications``: each member's, by member id; ``joined``: joining dates by member id)."""
    by_id = {m.id: m for m in members}
    squad_names = {s.id: s.name for s in squads}
    rows: dict[str, list[list[Any]]] = {name: [] for name in SHEET_ORDER}
    for s in squads:
        leader = by_id.get(s.leader_id)
        rows[SQUADS].append([s.name, s.district, leader.name if leader else ""])
    for m in members:
        rows[MEMBERS].append([m.code or "", m.name, m.nickname, squad_names.get(m.squad_id, ""), m.phone, m.role,
                              "是" if m.active else "否", joined.get(m.id) or ""])
    for m in members:
        for c in certifications.get(m.id, ()):
            rows[CERTS].append([m.code or "", m.name, c.name, c.number, c.expires_on or ""])
    for v in vehicles:
        owner = by_id.get(v.owner_member_id)
        rows[VEHICLES].append([v.plate, v.name, OWNER_LABELS.get(v.owner_kind, v.owner_kind),
                               (owner.code or owner.name) if owner else "", v.seats])
    return rows


def write_roster(path: str | Path, rows: dict[str, list[list[Any]]]) -> dict[str, int]:
    """Write the roster's sheets (:func:`roster_rows`) to ``path`` (.xlsx), beside the target first
    and moved into place when complete. Returns the rows written per sheet."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise WorkbookError(msg("导出文件名“{path}”应以 .xlsx 结尾。", path=path.name))
    if not path.parent.exists():
        raise WorkbookError(msg("文件夹“{parent}”不存在。", parent=path.parent))
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

def cell_text(value: Any) -> str:
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


def cell_date(value: Any) -> tuple[str | None, bool]:
    """(YYYY-MM-DD or None, readable). Empty cells are readable and None."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat(), True
    if isinstance(value, dt.date):
        return value.isoformat(), True
    text = unicodedata.normalize("NFKC", cell_text(value))
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


def _member_header(rows: list[list[Any]]) -> bool:
    """Whether one of ``rows`` is a members header: a name column and one more of a member's."""
    return any("姓名" in (columns := _columns(MEMBERS, row)) and len(columns) >= 2 for row in rows)


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
class RosterSheet:
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
            if all(cell_text(v) == "" for v in cells.values()):
                continue
            yield r + 1, cells


def find_sheets(path: Path, sheets: list[SheetCells], report: RosterReport) -> dict[str, RosterSheet]:
    found: dict[str, RosterSheet] = {}
    for sheet in sheets:
        kind = _sheet_kind(sheet.name)
        if kind is None and MEMBERS not in found and _member_header(sheet.rows[:15]):
            # "Sheet1" holding 姓名 | 电话 | 分队: a members sheet by its header, as people keep one
            kind = MEMBERS
            report.add(Code.GUESS, msg("工作表名没有说明是什么表，按表头（姓名、电话等）读作队员"), sheet=sheet.name)
        if kind is None:
            report.add(Code.SKIPPED_SHEET, msg("不是名册的工作表（应为分队、队员、证书或车辆）"), sheet=sheet.name)
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
            if not any(cell_text(c) for row in sheet.rows for c in row):
                continue  # an empty sheet: nothing to import
            raise WorkbookError(msg("文件“{name}”的工作表“{sheet}”找不到表头（应有“{need}”等列），未导入任何内容。",
                                    name=path.name, sheet=sheet.name, need=joined(REQUIRED[kind])))
        r, columns = header
        for i, cell in enumerate(sheet.rows[r]):
            if cell_text(cell) and i not in columns.values():
                report.add(Code.UNKNOWN_COLUMN, msg("列“{label}”无法识别，已忽略", label=cell_text(cell)), sheet=sheet.name,
                           row=r + 1, column=column_letter(i))
        found[kind] = RosterSheet(kind, sheet.name, r, columns, sheet.rows)
        read = set(columns.values())
        for (row, c), elements in sorted(sheet.odd_texts.items()):  # an .ods text programs show differently
            if row > r and c in read:
                report.add(Code.RAW_VALUE, odd_text_note(elements), sheet=sheet.name, row=row + 1,
                           column=column_letter(c), raw=cell_text(sheet.rows[row][c]))
        report.sheet_names[kind] = sheet.name
    if not found:
        raise WorkbookError(msg("文件“{name}”中没有名册工作表（分队、队员、证书或车辆），未导入任何内容。", name=path.name))
    return found


__all__ = [
    "CODE_LABELS",
    "HEADERS",
    "SHEET_ORDER",
    "Code",
    "RosterReport",
    "RosterSheet",
    "SheetCounts",
    "WorkbookError",
    "cell_date",
    "cell_text",
    "find_sheets",
    "roster_rows",
    "write_roster",
]
