"""The attendance views as tables, and an .xlsx a squad leader can forward (no Qt).

The window's tables and the export are built by the same functions here (``member_table``,
``squad_table``, ``history_table``, ``inactive_table``), so the file holds what the window
shows. A sheet starts with its title, the filters it was made with and the note on what the
figures count from, then the table (header frozen, filters on). Written to a temporary file
beside the target and moved into place: the target is never half-written.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import xlsxwriter
import xlsxwriter.exceptions

from wz_desktop.leftovers import remove_scratch, scratch_folder

from wz_desktop.domain.kinds import KIND_ORDER, SHEET_NAMES, TaskKind
from wz_desktop.domain.text import msg

# how a column's values are shown: as text, whole numbers, hours (one decimal), a share, or a day
TEXT, COUNT, HOURS, SHARE, DAY = "text", "count", "hours", "share", "day"
NEVER = "从未出队"


class AttendanceExportError(Exception):
    """The file could not be written; the message is for people (Chinese)."""


@dataclass
class Column:
    title: str
    kind: str = TEXT
    width: int = 10


@dataclass
class Table:
    """A view's rows as values (str, int, float, None), with its columns."""

    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    keys: list[int] = field(default_factory=list)  # the record behind each row (member, squad or task id)

    @property
    def header(self) -> list[str]:
        return [c.title for c in self.columns]


@dataclass
class Sheet:
    """One sheet of the export: a table with the title, filters and note above it."""

    title: str
    table: Table
    filters: list[tuple[str, str]] = field(default_factory=list)  # ("时间", "2022-10-01 至 2022-12-31") …
    note: str = ""
    name: str = ""  # the sheet's tab name (the title where empty)


def kind_text(kind: str | TaskKind | None) -> str:
    try:
        return SHEET_NAMES[TaskKind(kind)]
    except ValueError:
        return str(kind or "")


def share_text(value: float) -> str:
    return f"{value * 100:.1f}%"


def display_text(value: Any, kind: str) -> str:
    """A cell as the window shows it."""
    if value is None or value == "":
        return ""
    if kind == HOURS:
        return f"{float(value):.1f}"
    if kind == SHARE:
        return share_text(float(value))
    if kind == COUNT:
        return f"{int(value):,}"
    return str(value)


# --- the four views ----------------------------------------------------------------------------

def member_table(rows: Iterable) -> Table:
    """``store.attendance.member_summary`` rows."""
    columns = [Column("姓名", TEXT, 10), Column("编号", TEXT, 9), Column("分队", TEXT, 14),
               Column("出勤次数", COUNT, 9), Column("迟到", COUNT, 6), Column("早退", COUNT, 6),
               Column("缺勤", COUNT, 6), Column("未考核", COUNT, 7), Column("时长（小时）", HOURS, 11)]
    columns += [Column(SHEET_NAMES[k], COUNT, 9) for k in KIND_ORDER]
    columns.append(Column("最近出队", DAY, 12))
    table = Table(columns)
    for r in rows:
        table.rows.append([r.name, r.code or "", r.squad, r.tasks, r.late, r.left_early, r.absent, r.unrecorded,
                           round(r.hours, 2), *[r.by_kind.get(k.value, 0) for k in KIND_ORDER],
                           r.last_turnout or ""])
        table.keys.append(r.member_id)
    return table


def squad_table(rows: Iterable) -> Table:
    """``store.attendance.squad_summary`` rows."""
    table = Table([Column("分队", TEXT, 16), Column("出勤队员", COUNT, 9), Column("出队次数", COUNT, 9),
                   Column("出队人数", COUNT, 9), Column("出队车次", COUNT, 9), Column("人数不详的出队", COUNT, 13),
                   Column("队员时长（小时）", HOURS, 14), Column("负担占比", SHARE, 9)])
    for s in rows:
        table.rows.append([s.name, s.members_active, s.turnouts, s.people, s.vehicle_trips, s.no_headcount,
                           round(s.hours, 2), s.share])
        table.keys.append(s.squad_id)
    return table


def history_table(rows: Iterable) -> Table:
    """``store.attendance.member_history`` rows."""
    table = Table([Column("出队时间", TEXT, 17), Column("类别", TEXT, 10), Column("事件摘要", TEXT, 48),
                   Column("角色", TEXT, 8), Column("考勤", TEXT, 8), Column("时长（小时）", HOURS, 11)])
    for h in rows:
        table.rows.append([h.date, kind_text(h.kind), h.summary, h.role, h.attendance or "未考核", h.hours])
        table.keys.append(h.task_id)
    return table


def inactive_table(rows: Iterable) -> Table:
    """``store.attendance.inactive_members`` rows."""
    table = Table([Column("姓名", TEXT, 10), Column("编号", TEXT, 9), Column("分队", TEXT, 16),
                   Column("入队日期", DAY, 12), Column("最近出队", DAY, 12)])
    for m in rows:
        table.rows.append([m.name, m.code or "", m.squad, m.joined_on or "", m.last_turnout or NEVER])
        table.keys.append(m.member_id)
    return table


# --- writing -----------------------------------------------------------------------------------

def write_attendance(path: str | Path, sheets: Sheet | Sequence[Sheet], *,
                     progress: Callable[[int, str], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> int:
    """Write the sheets to ``path`` (.xlsx); returns the table rows written. Raises
    :class:`AttendanceExportError` (the target left as it was) when it can't."""
    path = Path(path)
    if isinstance(sheets, Sheet):
        sheets = [sheets]
    if path.suffix.lower() != ".xlsx":
        raise AttendanceExportError(msg("导出文件名“{path}”应以 .xlsx 结尾。", path=path.name))
    if not path.parent.is_dir():
        raise AttendanceExportError(msg("文件夹“{parent}”不存在。", parent=path.parent))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    scratch = scratch_folder(path)  # xlsxwriter's scratch files hold the text: beside the target, not in /tmp
    total = sum(len(s.table.rows) for s in sheets) or 1
    written = 0
    try:
        workbook = xlsxwriter.Workbook(str(tmp), {"tmpdir": str(scratch), "strings_to_numbers": False, "strings_to_formulas": False,
                                                  "strings_to_urls": False})
        workbook.set_properties({"title": sheets[0].title if sheets else "出勤统计", "author": "万众救援台",
                                 "company": "大连万众应急救援队"})
        title_format = workbook.add_format({"bold": True, "font_size": 14})
        label_format = workbook.add_format({"bold": True})
        note_format = workbook.add_format({"italic": True, "font_color": "#555555", "text_wrap": True,
                                           "valign": "top"})
        header_format = workbook.add_format({"bold": True, "valign": "vcenter", "bottom": 1, "text_wrap": True})
        formats = {HOURS: workbook.add_format({"num_format": "0.0"}), SHARE: workbook.add_format({"num_format": "0.0%"}),
                   COUNT: workbook.add_format({"num_format": "0"}),
                   DAY: workbook.add_format({"num_format": "yyyy-mm-dd", "align": "left"})}
        used: set[str] = set()
        for sheet in sheets:
            ws = workbook.add_worksheet(_sheet_name(sheet.name or sheet.title, used))
            columns = sheet.table.columns
            for col, column in enumerate(columns):
                ws.set_column(col, col, column.width)
            ws.write_string(0, 0, sheet.title, title_format)
            r = 1
            for label, value in sheet.filters:
                ws.write_string(r, 0, msg("{label}：", label=label), label_format)
                ws.write_string(r, 1, value)
                r += 1
            if sheet.note:
                last = max(len(columns) - 1, 3)
                ws.merge_range(r, 0, r, last, sheet.note, note_format)
                ws.set_row(r, 33)
                r += 1
            r += 1  # an empty row, then the table
            header_row = r
            for col, column in enumerate(columns):
                ws.write_string(r, col, column.title, header_format)
            for values in sheet.table.rows:
                r += 1
                for col, (value, column) in enumerate(zip(values, columns)):
                    _write_cell(ws, r, col, value, column.kind, formats)
                written += 1
                if written % 500 == 0:
                    if cancelled is not None and cancelled():
                        raise AttendanceExportError(msg("导出已取消，没有写入文件。"))
                    if progress is not None:
                        progress(int(written * 100 / total), msg("已写入 {written:,} 行", written=written))
            ws.freeze_panes(header_row + 1, 0)
            ws.autofilter(header_row, 0, max(r, header_row), max(len(columns) - 1, 0))
        workbook.close()
        os.replace(tmp, path)
    except (OSError, xlsxwriter.exceptions.XlsxFileError) as exc:
        tmp.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or exc
        raise AttendanceExportError(msg("无法写入“{path}”：{reason}", path=path, reason=reason)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        remove_scratch(scratch)
    if progress is not None:
        progress(100, msg("已写入 {written:,} 行", written=written))
    return written


def _sheet_name(text: str, used: set[str]) -> str:
    name = "".join("_" if c in "[]:*?/\\" else c for c in text)[:31] or "出勤统计"
    base, n = name, 2
    while name in used:
        suffix = f"({n})"
        name = base[:31 - len(suffix)] + suffix
        n += 1
    used.add(name)
    return name


def _write_cell(ws, r: int, col: int, value: Any, kind: str, formats: dict) -> None:
    if value is None or value == "":
        return
    if isinstance(value, bool):
        ws.write_string(r, col, "是" if value else "否")
    elif isinstance(value, (int, float)):
        ws.write_number(r, col, value, formats.get(kind))
    elif kind == DAY and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            ws.write_datetime(r, col, dt.datetime.fromisoformat(value), formats[DAY])
        except ValueError:
            ws.write_string(r, col, value)
    else:
        ws.write_string(r, col, str(value))
