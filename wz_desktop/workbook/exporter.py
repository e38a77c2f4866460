"""Writing one year in the canonical six-sheet form (see docs/workbook-format.md), exactly.

xlsxwriter in constant-memory mode: rows go straight to disk, sheet by sheet, so a year of any
size exports in flat memory. The file is written beside the target and moved into place only when
complete, so an interrupted export never leaves half a workbook under the real name.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Callable

import xlsxwriter
import xlsxwriter.exceptions

from wz_desktop.domain.anonymize import find_personal_data, mask_text
from wz_desktop.domain.kinds import KIND_ORDER
from wz_desktop.domain.parse import is_placeholder
from wz_desktop.domain.text import msg
from wz_desktop.domain.words import WORKBOOK_AUTHOR, WORKBOOK_COMPANY, WORKBOOK_TITLE
from wz_desktop.leftovers import remove_scratch, scratch_folder
from wz_desktop.workbook.layout import HEADER

# widths in Excel's character units, to fit Chinese text (a Chinese character is about two units)
COLUMN_WIDTHS = [14, 60, 18, 10, 10, 28, 30]
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
fromisoformat = dt.datetime.fromisoformat  # 'YYYY-MM-DD HH:MM' and 'YYYY-MM-DD', in C


class ExportError(Exception):
    """The message is for people (Chinese)."""


CELL_LIMIT = 32_767  # the most characters an Excel cell holds


class Written(int):
    """How many tasks an export wrote, with what it had to cut (``cuts``: messages, one per cell)."""

    cuts: list

    def __new__(cls, count: int, cuts: list | None = None):
        value = super().__new__(cls, count)
        value.cuts = list(cuts or [])
        return value


def _cut(text: str, sheet: str, row: int, column: int, event_no, departure, cuts) -> str:
    """A text longer than a cell holds, cut to the limit and said (``cuts``: what the export names)."""
    cuts.append(msg("“{sheet}”第 {row} 行（事件编号 {event_no}，出队时间 {departure}）的“{column}”有 {length} 字，"
                    "超过 Excel 单元格的上限 {limit} 字：导出时截去了最后 {cut} 字（从“{start}”起）。数据库中的原文完整保留。",
                    sheet=sheet, row=row + 1, event_no=event_no or msg("无"), departure=departure or msg("无"),
                    column=HEADER[column].strip(), length=len(text), limit=CELL_LIMIT, cut=len(text) - CELL_LIMIT,
                    start=text[CELL_LIMIT:CELL_LIMIT + 12]))
    return text[:CELL_LIMIT]


def write_year(rows, year: int, path: str | Path, *, total: int | None = None,
               progress: Callable[[int, str], None] | None = None, modified: dt.datetime | None = None,
               anonymize: bool = False, cuts: list | None = None) -> int:
    """Write a year's rows (``TaskRepo.workbook_rows``: sheet by sheet, by departure) to ``path``.
    Returns the number of rows written. A text longer than a cell holds (32,767 characters) is
    cut to fit and said in ``cuts`` (a list the caller shows), one message per cell cut."""
    cuts = [] if cuts is None else cuts
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExportError(msg("导出文件名“{path}”应以 .xlsx 结尾。", path=path.name))
    if not path.parent.exists():
        raise ExportError(msg("文件夹“{parent}”不存在。", parent=path.parent))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    scratch = scratch_folder(path)  # xlsxwriter's row files hold task text: beside the target, never in /tmp
    workbook = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_numbers": False,
                                              "strings_to_formulas": False, "strings_to_urls": False,
                                              "tmpdir": str(scratch)})
    created = modified or dt.datetime(year, 12, 31, 0, 0)
    workbook.set_properties({"title": WORKBOOK_TITLE.format(year=year), "author": WORKBOOK_AUTHOR, "created": created,
                             "company": WORKBOOK_COMPANY})
    header_format = workbook.add_format({"bold": True, "valign": "vcenter"})
    datetime_format = workbook.add_format({"num_format": DATETIME_FORMAT, "align": "left"})
    date_format = workbook.add_format({"num_format": DATE_FORMAT, "align": "left"})
    sheets = {}
    for kind in KIND_ORDER:
        ws = workbook.add_worksheet(kind.sheet_name)
        for col, width in enumerate(COLUMN_WIDTHS):
            ws.set_column(col, col, width)
        ws.freeze_panes(1, 0)
        for col, title in enumerate(HEADER):
            ws.write_string(0, col, title, header_format)
        sheets[kind] = [ws, 0]
    written = 0
    by_kind = {kind.value: entry for kind, entry in sheets.items()}
    try:
        for kind, event_no, summary, departure, departure_raw, headcount, headcount_raw, vehicles, \
                vehicles_raw, squads, remarks in rows:
            entry = by_kind[kind]
            ws = entry[0]
            entry[1] += 1
            r = entry[1]
            if event_no:
                ws.write_string(r, 0, event_no)
            if anonymize:  # for researchers and partners: names and phone numbers masked
                summary, remarks = _masked(summary), _masked(remarks)
            if summary and len(summary) > CELL_LIMIT or remarks and len(remarks) > CELL_LIMIT \
                    or squads and len(squads) > CELL_LIMIT:
                name = ws.get_name()
                summary = _cut(summary, name, r, 1, event_no, departure, cuts) if summary and len(summary) > CELL_LIMIT \
                    else summary
                squads = _cut(squads, name, r, 5, event_no, departure, cuts) if squads and len(squads) > CELL_LIMIT \
                    else squads
                remarks = _cut(remarks, name, r, 6, event_no, departure, cuts) if remarks and len(remarks) > CELL_LIMIT \
                    else remarks
            if summary:
                ws.write_string(r, 1, summary)
            if departure:
                ws.write_datetime(r, 2, fromisoformat(departure), datetime_format if len(departure) > 10 else date_format)
            elif departure_raw and not is_placeholder(departure_raw):
                ws.write_string(r, 2, departure_raw)
            if headcount is not None:
                ws.write_number(r, 3, headcount)
            elif headcount_raw and not is_placeholder(headcount_raw):
                ws.write_string(r, 3, headcount_raw)
            if vehicles is not None:
                ws.write_number(r, 4, vehicles)
            elif vehicles_raw and not is_placeholder(vehicles_raw):
                ws.write_string(r, 4, vehicles_raw)
            if squads:
                ws.write_string(r, 5, squads)
            if remarks:
                ws.write_string(r, 6, remarks)
            written += 1
            if progress and total and written % 2000 == 0:
                progress(min(95, 5 + int(90 * written / total)), msg("已写入 {written} / {total} 条", written=written,
                                                                     total=total))
        for ws, last in sheets.values():
            ws.autofilter(0, 0, max(last, 0), len(HEADER) - 1)
        workbook.close()
        os.replace(tmp, path)
    except BaseException:
        try:
            workbook.close()
        except Exception:  # noqa: BLE001 (cleaning up after the failure being raised: that one counts)
            pass
        if tmp.exists():
            tmp.unlink()
        raise
    finally:
        remove_scratch(scratch)
    return written


def _masked(text: str) -> str:
    masked = mask_text(text)
    if masked and find_personal_data(masked):  # a guard against a later change to the masking rules
        raise ExportError(msg("隐去个人信息后仍有疑似姓名或电话，已停止导出，没有写出文件。"))
    return masked
