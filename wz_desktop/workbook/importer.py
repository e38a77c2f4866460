"""Importing hand-kept yearly workbooks: every kind of untidiness, nothing lost, nothing invented.

Two steps. :func:`interpret` reads the cells of a workbook into tasks and report entries (plain
Python, testable without a database): a file in, a batch of rows and a report out. Pairing them with
what the database already holds and writing the new ones is a use case:
``wz_desktop.services.imports.import_workbook``. No store here.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections import Counter, defaultdict
from itertools import zip_longest
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from wz_desktop.domain import selfcheck
from wz_desktop.domain.kinds import SHEET_NAMES, TaskKind, kind_from_label, kind_from_name
from wz_desktop.domain.parse import (
    EXCEL_DIGITS,
    PLACEHOLDERS,
    Parsed,
    Reading,
    cell_text,
    departure_text,
    fold,
    is_blank,
    is_placeholder,
    looks_like_event_no,
    normal,
    parse_count,
    parse_departure,
    parse_departure_parts,
    parse_event_no,
    parse_remarks,
    parse_squads,
    parse_text,
)
from wz_desktop.domain.records import FIELD_LABELS, MOST_PEOPLE, MOST_VEHICLES, TaskBatch
from wz_desktop.domain.report import Code, FileReport
from wz_desktop.domain.text import (
    CONTROL_CHAR,
    INVISIBLE,
    Text,
    control_codes,
    joined,
    msg,
    shown_controls,
    without_controls,
)
from wz_desktop.workbook.layout import (
    FIELDS,
    HEADER_DEPTH,
    NOTE_PREFIXES,
    PIVOT_WORDS,
    HeaderLayout,
    column_letter,
    exact_field,
    find_header,
    is_aggregate_label,
    is_footer_cell,
    is_total_label,
    normalise_header,
)
from wz_desktop.workbook.reader import (
    DAY_ONLY,
    TIME_ONLY,
    SheetCells,
    WorkbookError,
    cells_shown_apart,
    format_hides_day,
    format_hides_year,
    format_shows_time,
    number_formats,
    odd_text_note,
    ods_shown_numbers,
    shown_part,
    shown_text_part,
    shows_day,
    shows_time,
)

log = logging.getLogger(__name__)
Progress = Callable[[int, str], None]  # percent, what is happening (Chinese)
HEADER_SEARCH_ROWS = 30


class ImportCancelled(Exception):
    pass


@dataclass
class Interpretation:
    batch: TaskBatch
    report: FileReport
    year: int | None


# --- reading the sheets ------------------------------------------------------------------------

def _sheet_year(name: str) -> int | None:
    """The one year a sheet's name writes ('2021年水上救援'); None where it writes none or several."""
    years = set(re.findall(r"(?<!\d)(?:199\d|20\d\d)(?!\d)", fold(name)))
    return int(years.pop()) if len(years) == 1 else None


def _year_from_text(text: str) -> int | None:
    """The year a file name or a title gives the book: a year written with 年 first ('（2024-03-15导出）
    2022年任务统计' is a book of 2022), then one that is not part of a date ('备份2024.1' is not), then
    the first."""
    text = fold(text)
    years = list(re.finditer(r"(?<!\d)(19[9]\d|20\d\d)(?!\d)", text))
    for match in years:
        if re.match(r"\s*年", text[match.end():]):
            return int(match.group(1))
    for match in years:
        if not re.match(r"\s*[-./]\s*\d", text[match.end():]):
            return int(match.group(1))
    return int(years[0].group(1)) if years else None


def _find_header(sheet: SheetCells) -> HeaderLayout | None:
    """The sheet's header, found by content in its first rows (see ``layout.find_header``)."""
    return find_header(sheet.rows, sheet.merged, HEADER_SEARCH_ROWS)


def _kind_of_value(value: Any) -> TaskKind | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return kind_from_label(value.strip())


def _kind_column(sheet: SheetCells, layout: HeaderLayout, sheet_kind: TaskKind | None) -> int | None:
    """The column that says each row's kind (类型 / 类别 / 任务类型), where its values name the kinds:
    several kinds, or any kind on a sheet whose name names none. Otherwise it is an extra column."""
    c = layout.kind_col
    if c is None:
        return None
    kinds = set()
    for row in sheet.rows[layout.bottom + 1:]:
        if c < len(row):
            kind = _kind_of_value(row[c])
            if kind is not None:
                kinds.add(kind)
                if len(kinds) > 1:
                    return c
    if kinds and sheet_kind is None:
        return c
    return None


_GENERIC_NUMBER_LABELS = {"编号", "号", "no", "no.", "号码"}


def _row_numbers_are_no_event_numbers(sheet: SheetCells, layout: HeaderLayout) -> None:
    """A column headed only '编号' whose values run 1, 2, 3 … numbers the rows (a 序号), not the events:
    taken as event numbers, the same '1' of every sheet and every year would make different tasks one."""
    c = next((c for c, name in layout.mapping.items() if name == "event_no"), None)
    if c is None or normalise_header(layout.labels.get(c, "").split("/")[-1]).lower() not in _GENERIC_NUMBER_LABELS:
        return
    numbers = []
    for row in sheet.rows[layout.bottom + 1:]:
        value = row[c] if c < len(row) else None
        if is_blank(value):
            continue
        if type(value) is float and value.is_integer():
            numbers.append(int(value))
        elif type(value) is int:
            numbers.append(value)
        elif isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 5:
            numbers.append(int(value.strip()))
        elif isinstance(value, str) and (is_total_label(value) or _header_like([value] * 3)):
            continue
        else:
            return
    if len(numbers) < 3 or numbers[0] > 2:
        return
    running = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1 or b == 1)
    if running < 0.9 * (len(numbers) - 1):
        return
    del layout.mapping[c]
    layout.serial_cols = layout.serial_cols | {c}


def _report_header(sheet: SheetCells, layout: HeaderLayout, kind: TaskKind | None, report: FileReport) -> None:
    """Where the header is, and each column that is none of the seven fields."""
    name, top, bottom, mapping = sheet.name, layout.top, layout.bottom, layout.mapping
    if bottom > top:
        report.add(Code.HEADER, msg("表头在第 {top}–{bottom} 行（多行表头：合并的分组单元格与下面的列名合起来读）",
                                    top=top + 1, bottom=bottom + 1), sheet=name, row=top + 1)
    elif top != 0:
        report.add(Code.HEADER, msg("表头在第 {top} 行，上面的标题行不是任务", top=top + 1), sheet=name, row=top + 1)
    if layout.time_col is not None:
        d = next(c for c, f in mapping.items() if f == "departure")
        report.add(Code.HEADER, msg("出队日期（{date} 列）和出队时间（{time} 列）合为一个出队时间",
                                    date=column_letter(d), time=column_letter(layout.time_col)),
                   sheet=name, row=top + 1, column=column_letter(layout.time_col), field="departure")
    if layout.kind_col is not None:
        report.add(Code.HEADER, msg("“{label}”列说明每行任务的类别，按该列归入各类任务",
                                    label=layout.labels.get(layout.kind_col, "")),
                   sheet=name, row=top + 1, column=column_letter(layout.kind_col), field="kind")
    data = sheet.rows[bottom + 1:]
    for c, label in layout.labels.items():
        if c in mapping or c == layout.time_col or c == layout.kind_col:
            continue
        column_has_data = any(c < len(row) and not is_blank(row[c]) for row in data)
        twin = layout.twins.get(c)
        if twin is not None and twin in mapping:
            message = msg("“{label}”列与 {first} 列都是“{header}”：取 {first} 列；本列的值随任务保存在待复核标记中，"
                          "两列不一致的行逐行报告", label=label, first=column_letter(twin),
                          header=FIELD_LABELS[mapping[twin]])
            report.add(Code.UNKNOWN_COLUMN, message, sheet=name, row=top + 1, column=column_letter(c),
                       field=mapping[twin])
            continue
        if c in layout.serial_cols:
            message = msg("“{label}”是序号列，不是事件编号，也不是七列之一；该列的值随任务保存在待复核标记中，不写入导出",
                          label=label)
        else:
            message = (msg("表头“{label}”不是七列之一，该列的值随任务保存在待复核标记中，不写入导出", label=label)
                       if column_has_data else msg("表头“{label}”不是七列之一（该列为空）", label=label))
        report.add(Code.UNKNOWN_COLUMN, message, sheet=name, row=top + 1, column=column_letter(c))
    for field_name in FIELDS:
        if field_name not in mapping.values():
            report.add(Code.MISSING_COLUMN, msg("没有“{header}”列", header=FIELD_LABELS[field_name]), sheet=name, row=top + 1,
                       field=field_name)


def _header_like(row: list[Any], words: frozenset[str] = frozenset()) -> bool:
    """A header row repeated further down (a page break printed as a row): three cells that name
    fields, or (under a header of several rows) cells that are all words of the header."""
    short = 0
    texts = []
    for v in row:
        if isinstance(v, str):
            if v.strip():
                texts.append(v)
                if len(v) <= 16:
                    short += 1
        elif v is not None and v != "":
            return False  # a date or a number: a task, not a header
    if words and len(texts) >= 2 and all(normalise_header(v) in words for v in texts):
        return True
    if short < 3:
        return False
    names = {exact_field(v) for v in texts}
    names.discard(None)
    return len(names) >= 3


def _merge_fill(sheet: SheetCells, first_data_row: int, mapped: set[int],
                blank: set[int] | None = None) -> dict[tuple[int, int], Any]:
    """Cells covered by a merge below the header take the merge's value (a squad or date merged down).
    Rows with nothing of their own are not filled but put in ``blank`` (a merge run past the last task,
    to the bottom of the sheet: a million rows filled took gigabytes)."""
    filled: dict[tuple[int, int], Any] = {}
    empty: dict[int, bool] = {}
    for r0, c0, r1, _ in sheet.merged:
        if r1 <= r0 or r1 < first_data_row:
            continue  # only ranges that run down several rows mean 'every row has it'
        if r0 >= len(sheet.rows) or c0 >= len(sheet.rows[r0]):
            continue
        value = sheet.rows[r0][c0]
        if is_blank(value):
            continue
        if c0 not in mapped:
            continue
        for r in range(max(r0 + 1, first_data_row), min(r1, len(sheet.rows) - 1) + 1):
            nothing = empty.get(r)
            if nothing is None:
                nothing = empty[r] = all(is_blank(v) for v in sheet.rows[r])
            if nothing:
                if blank is not None:
                    blank.add(r)
                continue
            filled[(r, c0)] = value
    return filled


def _row_total_word(values: list[Any]) -> str | None:
    """The total word of a row with a totals label ('合计', '3月合计', '本页合计', 'Total'), if any;
    also a label typed over two cells side by side ('合' | '计')."""
    for v in values:
        word = is_total_label(v)
        if word:
            return word
    texts = [v.strip() for v in values if isinstance(v, str) and v.strip()]
    for a, b in zip(texts, texts[1:]):
        if len(a) <= 2 and len(b) <= 2:
            word = is_total_label(a + b)
            if word:
                return word
    return None


def _fill_years(batch: TaskBatch, start: int, year: int | None, report: FileReport, file_name: str) -> None:
    """A task whose departure can't be read takes the workbook's year (and says so)."""
    for i in range(start, len(batch)):
        if batch.year[i] is not None:
            continue
        if year is None:
            raise WorkbookError(msg("“{name}”里的出队时间都无法识别，文件名和标题里也没有年份，无法确定年份。"
                                    "请在文件名中写上年份（如“2021年救援任务统计.xlsx”）后再导入。", name=file_name))
        batch.year[i] = year
        batch.flag(i, ("year", "guess", None, msg("出队时间无法识别，年份按工作簿认作 {year}", year=year)))
        report.add(Code.GUESS, msg("出队时间无法识别，年份按工作簿认作 {year}", year=year), sheet=batch.sheet_name(i),
                   row=batch.import_row[i], field="departure")
        report.guesses += 1


def _take_sheet(plan, path: Path | None, year_hint: int | None, report: FileReport, batch: TaskBatch) -> None:
    sheet, kind, header_row, mapping, layout = plan
    start = len(batch)
    own_year = _sheet_year(sheet.name)
    if own_year is not None and own_year != year_hint:
        # last year's sheet kept in this year's book ('2021年水上救援'): its dates without a year are its year
        report.add(Code.GUESS, msg("工作表名写明 {year} 年，与工作簿的年份不同：本表没有年份的日期按 {year} 年读取",
                                   year=own_year), sheet=sheet.name)
        year_hint = own_year
    apart: dict[int, tuple[str, Text]] = {}
    if path is not None:
        _restore_midnight_times(path, [plan])
        _shown_event_numbers(path, plan)
        apart = _shown_apart(path, plan)
    blocks = _blocks(sheet, kind, layout, report)
    if len(blocks) == 1:
        taken = _read_sheet(sheet, kind, header_row, mapping, year_hint, report, batch, layout)
    else:
        taken = sum(_read_sheet(part, kind, part_layout.bottom, part_layout.mapping, year_hint, report, batch, part_layout)
                    for part, part_layout in blocks)
    report.sheets.append({"name": sheet.name, "kind": kind.value if kind else None, "header_row": layout.top + 1,
                          "tasks": taken})
    if apart:
        _flag_shown_apart(apart, mapping, batch, start, report)
    _ODS_SHOWN[:] = [None, {}]
    if path is not None and year_hint is not None:
        _flag_hidden_years(path, plan, batch, start, year_hint, report)
    _flag_far_years(batch, start, year_hint, report)
    _flag_doubtful_sheet(sheet.name, batch, start, report)


# a sheet name that says the sheet is not the record itself: void, a backup, a draft, a test, a
# copy ('水上救援 (2)' is how Excel names a copied sheet); '续', '二', '2' continue a sheet and are not here
_DOUBTFUL_SHEET = re.compile(r"作废|废弃|无效|备份|副本|草稿|旧|临时|测试|复制|拷贝"
                             r"|(?<![a-z])(?:copy|backup|draft|test|old)(?![a-z])|\s\(\d+\)$", re.IGNORECASE)


def _flag_doubtful_sheet(name: str, batch: TaskBatch, start: int, report: FileReport) -> None:
    """The tasks of a sheet whose name says it is void, a backup, a draft or a copy: imported (nothing
    in a file is dropped unseen) and every one flagged, for a person to say whether it is a task of
    the record or a repeat of one."""
    found = _DOUBTFUL_SHEET.search(name.strip())
    if found is None or start == len(batch):
        return
    note = msg("自检：工作表名“{sheet}”中有“{word}”，可能是作废、备份、草稿或复制出的表；其中的任务照常导入并标记待复核，"
               "请核对它是否已作废或与其他工作表重复", sheet=name.strip(), word=found.group(0).strip())
    for i in range(start, len(batch)):
        batch.flag(i, ("row", "self_check", None, note))
        report.add(Code.SELF_CHECK, note, sheet=batch.sheet_name(i), row=batch.import_row[i])


def _years_hidden(path: Path, plan, days: set[str], year_hint: int) -> dict[str, str]:
    """Of the date cells of the departure column on these days, those whose format shows no year
    ('3月5日'): their days (YYYY-MM-DD), each with the text the cell shows ('' where only its format
    is known)."""
    sheet, _, header_row, mapping, _layout = plan
    column = next((c for c, name in mapping.items() if name == "departure"), None)
    if column is None:
        return {}
    rows = sheet.rows
    cells = [(r, column) for r in range(header_row + 1, len(rows)) if column < len(rows[r])
             and type(rows[r][column]) in _DATE_TYPES and rows[r][column].year != year_hint
             and rows[r][column].strftime("%Y-%m-%d") in days]
    if not cells:
        return {}
    days_hidden: dict[str, str] = {}
    for (_, r, c), code in number_formats(path, {sheet.name: cells}).items():
        if format_hides_year(code):
            days_hidden[rows[r][c].strftime("%Y-%m-%d")] = ""
    shown = ods_shown_numbers(path, {sheet.name: {column}}).get(sheet.name, {})
    for r, c in cells:
        text = shown.get((r, c))
        value = rows[r][c]
        if text and str(value.year) not in text and f"{value.year % 100:02d}" not in text:
            days_hidden[value.strftime("%Y-%m-%d")] = text.strip()
    return days_hidden


# a departure this many years or more from the sheet's year is a slip (2012 typed for 2021, a damaged
# cell): a book of one year holds the days around its turn (the last of December, the first of January)
FAR_YEARS = 2


def _flag_far_years(batch: TaskBatch, start: int, year_hint: int | None, report: FileReport) -> None:
    """A departure years away from the year of the sheet's other tasks, on a few rows: stored as written,
    it would leave the year's list, statistics and export without a word. Kept as the cell holds it,
    flagged and reported. The sheet's year is the one most of its tasks have (the book's name may say
    another, or none); a year many rows share is a book of several years, not a slip."""
    counts = Counter(year for year in batch.year[start:] if year is not None)
    if not counts or (len(counts) == 1 and (year_hint is None or year_hint in counts)):
        return  # the common case: every dated task of one year
    common, most = counts.most_common(1)[0]
    if year_hint is not None and counts.get(year_hint) == most:
        common = year_hint
    rare = max(1, sum(counts.values()) // 20)
    far = {year for year, n in counts.items() if abs(year - common) >= FAR_YEARS and n <= rare}
    if not far:
        return
    for i in range(start, len(batch)):
        year = batch.year[i]
        if year not in far:
            continue
        if any(f[0] == "departure" for f in batch.flags.get(i, ())):
            continue  # its departure is flagged already (a year the cell's format hides, a raw text)
        departure = batch.departure[i] or ""
        note = msg("出队时间 {value} 是 {year} 年，与本表多数任务的 {common} 年相差 {gap} 年；按原值保存，请核对（可能是年份打错了）",
                   value=departure, year=year, common=common, gap=abs(year - common))
        batch.flag(i, ("departure", "implausible", departure, note))
        report.add(Code.IMPLAUSIBLE, note, sheet=batch.sheet_name(i), row=batch.import_row[i], field="departure",
                   raw=departure, value=departure)


def _flag_hidden_years(path: Path, plan, batch: TaskBatch, start: int, year_hint: int, report: FileReport) -> None:
    """A departure of another year than the workbook's, from a date cell whose format shows no year:
    typing 3月5日 into Excel stores the year of the day of typing, so a book filled in the next year
    holds dates of that year that look right on screen. Kept as the cell holds it, flagged. A sheet
    whose tasks are all of the book's year (or have no year) pays two counts over its years."""
    years = batch.year[start:]
    if years.count(year_hint) + years.count(None) == len(years):
        return
    other = [i for i in range(start, len(batch)) if batch.year[i] is not None and batch.year[i] != year_hint]
    hidden = _years_hidden(path, plan, {batch.departure[i][:10] for i in other if batch.departure[i]}, year_hint)
    if not hidden:
        return
    for i in other:
        departure = batch.departure[i]
        if not departure or departure[:10] not in hidden:
            continue
        shown = hidden[departure[:10]]
        note = msg("出队时间单元格{shown}不显示年份，单元格里存的却是 {year} 年，与工作簿的 {book} 年不同"
                   "（在 Excel 里输入“3月5日”会自动补上输入当天的年份）；按 {value} 保存，请核对",
                   shown=f"“{shown}”" if shown else "", year=departure[:4], book=year_hint, value=departure)
        batch.flag(i, ("departure", "guess", departure, note))
        report.add(Code.GUESS, note, sheet=batch.sheet_name(i), row=batch.import_row[i], field="departure",
                   raw=shown or departure, value=departure)
        report.guesses += 1


def _blocks(sheet: SheetCells, kind: TaskKind | None, layout: HeaderLayout | None,
            report: FileReport) -> list[tuple[SheetCells, HeaderLayout | None]]:
    """A sheet holding a second table under the first, whose header puts the columns in another
    order: each table read with its own header (never the rows under the second header with the
    first one's columns). One block where the sheet has one header, or repeats the same one."""
    if layout is None or not layout.mapping:
        return [(sheet, layout)]
    departure_col = next((c for c, name in layout.mapping.items() if name == "departure"), None)
    rows = sheet.rows
    found: list[HeaderLayout] = []
    current = layout
    r = layout.bottom + 1
    while r < len(rows):
        row = rows[r]
        if (departure_col is not None and departure_col < len(row) and type(row[departure_col]) is not str) \
                or not _header_like(row):
            r += 1
            continue
        merged = [(a - r, b, c - r, d) for a, b, c, d in sheet.merged if r <= a <= r + HEADER_DEPTH]
        again = find_header(rows[r:r + HEADER_DEPTH + 1], merged, 1)
        if again is None or (again.mapping == current.mapping and again.time_col == current.time_col):
            r += 1
            continue
        again = dataclasses.replace(again, top=again.top + r, bottom=again.bottom + r)
        again.kind_col = _kind_column(sheet, again, kind)
        found.append(again)
        report.add(Code.HEADER, msg("第 {row} 行起是另一张表，列的顺序不同，按它自己的表头读取", row=again.top + 1),
                   sheet=sheet.name, row=again.top + 1)
        current = again
        departure_col = next((c for c, name in again.mapping.items() if name == "departure"), None)
        r = again.bottom + 1
    if not found:
        return [(sheet, layout)]
    layouts = [layout, *found]
    blocks = []
    for i, part_layout in enumerate(layouts):
        end = layouts[i + 1].top if i + 1 < len(layouts) else len(rows)
        blocks.append((dataclasses.replace(sheet, rows=rows[:end]) if end < len(rows) else sheet, part_layout))
    return blocks


def _shown_event_numbers(path: Path, plan) -> None:
    """An event number typed as a number and shown through its format ('000' shows 15 as 015,
    '"WZ2022-"000' as WZ2022-015): the number alone is not what the cell says; the text shown is
    read instead (.xlsx and .xls: reader.number_formats; .ods: the text the cell shows, reader.ods_shown_numbers)."""
    sheet, _, header_row, mapping, _layout = plan
    column = next((c for c, name in mapping.items() if name == "event_no"), None)
    if column is None:
        return
    rows = sheet.rows
    cells = [(r, column) for r in range(header_row + 1, len(rows)) if column < len(rows[r])
             and type(rows[r][column]) in (int, float)]
    if not cells:
        return
    for (_, r, c), code in number_formats(path, {sheet.name: cells}).items():
        shown = shown_number(rows[r][c], code)
        if shown is not None:
            rows[r][c] = shown
    for (r, c), text in ods_shown_numbers(path, {sheet.name: {column}}).get(sheet.name, {}).items():
        value = rows[r][c] if r < len(rows) and c < len(rows[r]) else None
        if type(value) in (int, float) and value >= 0 and value == int(value) and text != str(int(value)) \
                and re.fullmatch(r"(?:.*\D)?0*" + str(int(value)) + r"[^\d.,]*", text.strip(), re.S):
            rows[r][c] = text.strip()  # digit places or words around the number; other notations are left


# an .ods date-time cell whose style shows only the time: LibreOffice writes it as a duration since
# 1899-12-30 ('PT1071014H29M59.999999162S' is 2022-03-05 14:30), which python-calamine hands over as text
_ODS_DURATION = re.compile(r"PT(\d+)H(\d+)M(\d+(?:\.\d+)?)S")
_EPOCH = dt.datetime(1899, 12, 30)


_ODS_SHOWN: list[Any] = [None, {}]  # the last column asked for, and what its cells show


def _ods_shown(path: Path, name: str, column: int) -> dict[tuple[int, int], str]:
    """The text the number and date cells of one column of an .ods show (reader.ods_shown_numbers),
    kept for the next question about the same column: the departure column is asked about twice (a
    time at 00:00, a part of a date-time not shown), and each asking walks the whole content.xml."""
    try:
        key = (str(path), path.stat().st_mtime_ns, name, column)
    except OSError:
        key = None
    if key is not None and _ODS_SHOWN[0] == key:
        return _ODS_SHOWN[1]
    shown = ods_shown_numbers(path, {name: {column}}).get(name, {})
    _ODS_SHOWN[:] = [key, shown]
    return shown


def _shown_apart(path: Path, plan) -> dict[int, tuple[str, Text]]:
    """The departure cells holding a date and a time of which the cell shows only one part: a format
    showing the time alone ('h:mm', '[$-F400]h:mm:ss AM/PM') over a date-time of a real day, or the day
    alone ('yyyy/m/d') over a date-time with a time. What the cell holds is kept (what Excel computes
    with, sorts and filters on); each such row is flagged for a person to check the part not seen.
    Row -> (reader.TIME_ONLY or DAY_ONLY, how the cell shows it: its format, or the text it shows)."""
    sheet, _, header_row, mapping, _layout = plan
    column = next((c for c, name in mapping.items() if name == "departure"), None)
    if column is None:
        return {}
    rows = sheet.rows
    suffix = path.suffix.lower()
    found: dict[int, tuple[str, Text]] = {}
    if suffix == ".ods":
        for r in range(header_row + 1, len(rows)):
            v = rows[r][column] if column < len(rows[r]) else None
            if type(v) is str and v.startswith("PT"):
                m = _ODS_DURATION.fullmatch(v)
                if m and int(m.group(1)) >= 24:
                    seconds = round(int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3)))
                    moment = _EPOCH + dt.timedelta(seconds=seconds)
                    if moment.year > 1900:
                        rows[r][column] = moment
        for (r, c), text in _ods_shown(path, sheet.name, column).items():
            v = rows[r][c] if r > header_row and r < len(rows) and c < len(rows[r]) else None
            part = shown_text_part(text) if type(v) in _DATE_TYPES else None
            if _hides_part(v, part):
                found[r] = (part, msg("显示为“{shown}”", shown=text.strip()))
        return _without_time_apart(found, _layout)
    ahead = sheet.shown_apart.get(column)
    if ahead is not None:
        codes = {(r, column): code for r, code in ahead.items() if r > header_row}
    else:
        if suffix in (".xlsx", ".xlsm"):
            codes = cells_shown_apart(path, sheet.name, [column])
            codes = {(r, c): code for (r, c), code in codes.items() if r > header_row}
        else:
            cells = [(r, column) for r in range(header_row + 1, len(rows))
                     if column < len(rows[r]) and type(rows[r][column]) in _DATE_TYPES]
            codes = {(r, c): code for (_, r, c), code in number_formats(path, {sheet.name: cells}).items()}
    for (r, c), code in codes.items():
        v = rows[r][c] if r < len(rows) and c < len(rows[r]) else None
        part = shown_part(code)
        if _hides_part(v, part):
            found[r] = (part, msg("数字格式“{format}”", format=code))
    return _without_time_apart(found, _layout)


def _without_time_apart(found: dict[int, tuple[str, Text]], layout: HeaderLayout | None) -> dict[int, tuple[str, Text]]:
    """Where the time of day has a column of its own (出队日期 | 出队时间), a date shown without its time is
    what the date column is for: only a time shown without its day is said."""
    if layout is None or layout.time_col is None:
        return found
    return {r: got for r, got in found.items() if got[0] != DAY_ONLY}


def _hides_part(value: Any, part: str | None) -> bool:
    """A date-time of a real day whose time only is shown, or with a time whose day only is shown."""
    if part == TIME_ONLY:
        return type(value) in _DATE_TYPES and value.year > 1900
    if part == DAY_ONLY:  # a time of its own, not the dust of a floating-point day (under half a minute)
        return type(value) is dt.datetime and value.year > 1900 \
            and 30 <= value.hour * 3600 + value.minute * 60 + value.second < 86370
    return False


def _flag_shown_apart(apart: dict[int, tuple[str, Text]], mapping: dict[int, str], batch: TaskBatch, start: int,
                      report: FileReport) -> None:
    column = column_letter(next(c for c, name in mapping.items() if name == "departure"))
    for i in range(start, len(batch)):
        got = apart.get(batch.import_row[i] - 1)
        stored = batch.departure[i]
        if got is None or stored is None:
            continue
        part, how = got
        if part == TIME_ONLY:
            note = msg("自检：出队时间单元格只显示时刻（{how}），看不到日期；单元格里存的是 {value}，按此保存，请核对日期",
                       how=how, value=stored)
        else:
            note = msg("自检：出队时间单元格只显示日期（{how}），看不到时刻；单元格里存的是 {value}，按此保存，请核对时刻",
                       how=how, value=stored)
        batch.flag(i, ("departure", "self_check", stored, note))
        report.add(Code.SELF_CHECK, note, sheet=batch.sheet_name(i), row=batch.import_row[i], column=column,
                   field="departure", raw=stored, value=stored)


_FORMAT_PART = re.compile(r'"([^"]*)"|\\(.)|([0#]+)|(.)')


def shown_number(value: Any, code: str | None) -> str | None:
    """A whole number as a number format made only of text and one run of digit places shows it
    ('000' → 015, '"WZ2022-"000' → WZ2022-015, '"第"0"号"' → 第18号); None where the format adds
    nothing or is another kind (decimals, thousands, dates: the number is read as it is)."""
    if not code or type(value) not in (int, float) or value < 0 or value != int(value):
        return None
    section = code.split(";")[0]
    parts: list[str] = []
    places = None
    for literal, escaped, digits, other in _FORMAT_PART.findall(section):
        if digits:
            if places is not None:
                return None
            places = digits
            parts.append(str(int(value)).zfill(digits.count("0")))
        elif literal or escaped:
            parts.append(literal or escaped)
        elif other in "-/ ()" or (other and not other.isascii()):
            parts.append(other)
        else:
            return None
    shown = "".join(parts)
    if places is None or shown == str(int(value)):
        return None
    return shown


_MONTH_TEXT = "{}年{}月"  # a cell's value, not a message: the month as a secretary writes it, kept raw


def _restore_midnight_times(path: Path, plans) -> None:
    """python-calamine gives a date-time cell at 00:00 as a date; the cell's format tells (reader).

    The same formats tell a month typed where the day was not known: Excel stores '2022年3月' (or
    2022-3, Mar-22) as the 1st of the month, shown through a format without the day. That cell holds
    a day nobody wrote; it becomes the month as text ('2022年3月'), kept raw and flagged like the text.
    Looked up by the reader's thread where it did (``SheetCells.time_shown``, ``day_hidden``), else here."""
    wanted: dict[str, list[tuple[int, int]]] = {}
    for sheet, _, header_row, mapping, _layout in plans:
        column = next((c for c, name in mapping.items() if name == "departure"), None)
        if column is None:
            continue
        rows = sheet.rows
        ahead = sheet.time_shown.get(column)
        if ahead is not None:
            for r in ahead:
                if r > header_row and type(rows[r][column]) is dt.date:
                    day = rows[r][column]
                    rows[r][column] = dt.datetime(day.year, day.month, day.day)
            for r in sheet.day_hidden.get(column, ()):
                if r > header_row and type(rows[r][column]) is dt.date:
                    day = rows[r][column]
                    rows[r][column] = _MONTH_TEXT.format(day.year, day.month)
            continue
        cells = [(r, column) for r in range(header_row + 1, len(rows))
                 if column < len(rows[r]) and type(rows[r][column]) is dt.date]
        if cells:
            wanted[sheet.name] = cells
    if not wanted:
        return
    by_name = {sheet.name: sheet for sheet, *_ in plans}
    firsts = {name: {c for r, c in cells if by_name[name].rows[r][c].day == 1} for name, cells in wanted.items()}
    firsts = {name: columns for name, columns in firsts.items() if columns}
    for (name, r, c), code in number_formats(path, wanted).items():
        day = by_name[name].rows[r][c]
        if format_shows_time(code):
            by_name[name].rows[r][c] = dt.datetime(day.year, day.month, day.day)
        elif day.day == 1 and format_hides_day(code):
            by_name[name].rows[r][c] = _MONTH_TEXT.format(day.year, day.month)
    # an .ods keeps the text each date cell shows: a time at 00:00 ('2022-03-17 00:00'), a month without its day
    columns = {name: {c for _, c in cells} for name, cells in wanted.items()}
    for name, shown in ((name, _ods_shown(path, name, c)) for name, cs in columns.items() for c in cs):
        rows = by_name[name].rows
        for (r, c), text in shown.items():
            day = rows[r][c] if r < len(rows) and c < len(rows[r]) else None
            if type(day) is not dt.date:
                continue
            if shows_time(text):
                rows[r][c] = dt.datetime(day.year, day.month, day.day)
            elif day.day == 1 and not shows_day(text, day):
                rows[r][c] = _MONTH_TEXT.format(day.year, day.month)


def interpret(sheets: Iterable[SheetCells], file_name: str, path: Path | None = None) -> Interpretation:
    """Read a workbook's cells into tasks and a report. Raises WorkbookError if nothing can be imported.

    ``sheets`` may come one by one (``reader.iter_cells``): where the file name gives the year, each
    sheet is read as it arrives, while the next is still being parsed; otherwise the titles of all
    sheets are looked at for the year first. (Writing each sheet while the next is read was tried
    too: SQLite releases Python's lock for every row it steps, the two threads then hand the lock
    back and forth, and the import got slower.)
    """
    report = FileReport(file=file_name)
    year_hint = _year_from_text(Path(file_name).stem)
    streaming = year_hint is not None
    batch = TaskBatch()
    plans = []
    not_tables: list[str] = []  # sheets named for a kind that hold no task table
    title_years: list[int] = []
    for sheet in sheets:
        found = _find_header(sheet)
        non_empty = any(any(not is_blank(v) for v in row) for row in sheet.rows)
        kind = kind_from_name(sheet.name)
        header_row = found.top if found else None
        titles = [cell_text(v) for row in sheet.rows[: header_row if header_row is not None else 3]
                  for v in row if isinstance(v, str) and v.strip()]
        for title in titles:
            year = _year_from_text(title)
            if year:
                title_years.append(year)
        kind_column = _kind_column(sheet, found, kind) if found is not None else None
        if kind is None and found is not None and kind_column is None:
            for title in titles:
                kind = kind_from_name(title)
                if kind:
                    report.add(Code.GUESS, msg("工作表名看不出类别，按标题“{title}”认作“{sheet}”", title=title,
                                               sheet=kind.sheet_name),
                               sheet=sheet.name)
                    break
        if non_empty == 0:
            report.add(Code.SKIPPED_SHEET, msg("空工作表，跳过") if kind is None else
                       msg("工作表名是“{kind}”，但其中没有任何内容（空表，或只有图表、图片），没有任务导入",
                           kind=kind.sheet_name), sheet=sheet.name)
            if kind is not None:
                not_tables.append(sheet.name)
            report.sheets.append({"name": sheet.name, "kind": kind.value if kind else None, "skipped": "empty"})
            continue
        if kind is None and found is None:
            lines = sum(1 for row in sheet.rows if any(not is_blank(v) for v in row))
            report.add(Code.SKIPPED_SHEET, msg("不是任务表（没有任务表头），跳过；其中有 {lines} 行内容未导入", lines=lines),
                       sheet=sheet.name)
            report.sheets.append({"name": sheet.name, "kind": None, "skipped": "not a task sheet"})
            continue
        if kind is None and kind_column is None:
            raise WorkbookError(msg(
                "工作表“{sheet}”有任务表头，但看不出属于哪一类任务。请把工作表改名为其中一类（{kinds}）后再导入。",
                sheet=sheet.name, kinds="、".join(SHEET_NAMES.values())))
        if found is None:
            # a sheet named for a kind but with no header: read it in the canonical column order
            # only if its rows look like that (a date in column C); rows that look like tasks in
            # another order are a task table that lost its header: say so and stop; a sheet whose
            # rows are no tasks at all (a monthly summary, a pivot table, notes, another list) is
            # not a task table whatever its name says: skipped, and the report says so
            content = [row for row in sheet.rows if any(not is_blank(v) for v in row)]
            dated = sum(1 for row in content if len(row) > 2 and parse_departure(row[2], year_hint).value)
            if dated * 2 < len(content):
                why = _no_task_table(content, year_hint)
                if why is None:
                    raise WorkbookError(msg(
                        "工作表“{sheet}”找不到表头（事件编号、事件摘要、出队时间……），其中的 {rows} 行"
                        "无法可靠地读取。请在任务上方加上表头行后再导入。", sheet=sheet.name, rows=len(content)))
                report.add(Code.SKIPPED_SHEET, msg("工作表名是“{kind}”，但它不是任务表（{why}），没有作为任务读取；"
                                                   "其中 {lines} 行内容未导入，请核对",
                                                   kind=kind.sheet_name, why=why, lines=len(content)),
                           sheet=sheet.name)
                report.sheets.append({"name": sheet.name, "kind": kind.value, "skipped": "not a task sheet"})
                not_tables.append(sheet.name)
                continue
            mapping = {i: name for i, name in enumerate(FIELDS)}
            start = next(r for r, row in enumerate(sheet.rows) if any(not is_blank(v) for v in row))
            report.add(Code.GUESS, msg("没有找到表头行，按标准的七列顺序读取"), sheet=sheet.name, row=start + 1)
            header_row = start - 1
            found = HeaderLayout(top=header_row, bottom=header_row, mapping=mapping, labels={})
        else:
            _row_numbers_are_no_event_numbers(sheet, found)
            mapping = found.mapping
            found.kind_col = kind_column
            _report_header(sheet, found, kind, report)
            header_row = found.bottom
        if sheet.hidden:
            report.add(Code.HIDDEN, msg("这是隐藏的工作表（隐藏只是显示设置），其中的任务照常导入"), sheet=sheet.name)
        plans.append((sheet, kind, header_row, mapping, found))
        if streaming:
            start = len(batch)
            _take_sheet(plans[-1], path, year_hint, report, batch)
            _fill_years(batch, start, year_hint, report, file_name)

    if not plans:
        if not_tables:
            raise WorkbookError(msg("“{name}”里没有任务表：工作表{sheets}虽以任务类别命名，但都不是任务表"
                                    "（空表，或没有任务表头、各行也不像任务，如汇总表、数据透视表、说明），"
                                    "没有导入任何内容。请确认选的是任务统计工作簿。", name=file_name,
                                    sheets=joined(msg("“{sheet}”", sheet=n) for n in not_tables)))
        raise WorkbookError(msg("“{name}”里没有任务表：没有一个工作表以任务类别命名，也没有任务表头。", name=file_name))
    if not streaming:
        if title_years:
            year_hint = Counter(title_years).most_common(1)[0][0]
        for plan in plans:
            _take_sheet(plan, path, year_hint, report, batch)
        year = year_hint
        if year is None:
            years = Counter(y for y in batch.year if y is not None)
            year = years.most_common(1)[0][0] if years else None
        _fill_years(batch, 0, year, report, file_name)
        year_hint = year

    year = year_hint
    _flag_duplicate_numbers(batch, report)
    report.year = year
    report.rows_read = len(batch)
    return Interpretation(batch=batch, report=report, year=year)


_PIVOT_WORDS = frozenset(PIVOT_WORDS)
_PIVOT_LABELS = frozenset({"行标签", "列标签", "rowlabels", "columnlabels"})  # only a pivot table has them
# an event number with its year ('WZ2022-0153', '20220153'): a task's, not a phone number or a count
_YEAR_EVENT_NO = re.compile(r"[A-Za-z]{1,4}-?(?:19|20)\d\d[-_/]?\d{1,6}|(?:19|20)\d{6}")


def _no_task_table(content: list[list[Any]], year_hint: int | None) -> Text | None:
    """Why the rows of a sheet without a task header are no task table (a summary or pivot table,
    notes, a list of something else), or None where they look like tasks that lost their header:
    rows with an event number, a date beside a text of some length (a summary), or a moment of a day
    (a departure) beside two more values (溺水, 西岗, 6). Such rows in a third of the sheet or more
    make it a task table, damaged."""
    tasks = 0
    pivot = summed = None  # a pivot table's own label ('求和项:出队人数', '行标签'); a totals word
    for row in content:
        dated = texted = timed = False
        short = 0  # other values: a short text (溺水, 西岗) or a count
        for v in row:
            if is_blank(v):
                continue
            if type(v) in (dt.datetime, dt.date):
                dated = True
                # a departure's time of day: a summary's rows are days, a task's a moment
                timed = timed or (type(v) is dt.datetime and (v.hour, v.minute) != (0, 0))
                continue
            if isinstance(v, (int, float)) and not isinstance(v, bool) or isinstance(v, str) and len(v.strip()) >= 2:
                short += 1
            if isinstance(v, str):
                text = v.strip()
                if pivot is None and (normalise_header(text).lower() in _PIVOT_LABELS or is_aggregate_label(text)):
                    pivot = text
                if summed is None and (normalise_header(text).lower() in _PIVOT_WORDS or is_total_label(text)):
                    summed = text
                if _YEAR_EVENT_NO.fullmatch(re.sub(r"\s+", "", fold(text))):
                    dated = texted = True
                elif len(text) >= 4 and not is_total_label(text) and not is_footer_cell(text) \
                        and not fold(text).startswith(NOTE_PREFIXES):
                    if parse_departure(text, year_hint).value is not None:
                        dated = True
                    else:
                        texted = True
        tasks += (dated and texted) or (timed and short >= 2)
    if pivot is None and tasks * 3 >= len(content):
        return None  # a pivot table's rows may be a squad and a day each: its labels say what it is
    if pivot is not None or summed is not None:
        return msg("像是汇总表或数据透视表，有“{word}”", word=pivot or summed)
    return msg("没有任务表头，各行也不像任务")


_PARSERS: dict[str, Callable[..., Parsed]] = {
    "event_no": parse_event_no,
    "summary": parse_text,
    "headcount": parse_count,
    "vehicles": parse_count,
    "squads": parse_squads,
    "remarks": parse_remarks,
}


def _read_sheet(sheet: SheetCells, kind: TaskKind | None, header_row: int, mapping: dict[int, str],
                year_hint: int | None, report: FileReport, batch: TaskBatch, layout: HeaderLayout | None = None) -> int:
    """The task rows of one sheet, read column by column.

    Most cells of a real workbook are already tidy (a date-time cell, a whole number, plain text),
    so each column is first read with a cheap test for the tidy case; only the cells that fail it
    go through the full readers in ``domain.parse``, which report what they did.
    """
    if layout is None:
        layout = HeaderLayout(top=header_row, bottom=header_row, mapping=mapping, labels={})
    first = header_row + 1
    blank_under_merges: set[int] = set()
    # a kind or a time of day merged down rows is every row's too, as a squad or a date is
    fill_cols = set(mapping) | {c for c in (layout.time_col, layout.kind_col) if c is not None}
    filled_cells = _merge_fill(sheet, first, fill_cols, blank_under_merges)
    filled_by_row: dict[int, dict[int, Any]] = defaultdict(dict)
    for (fr, fc), value in filled_cells.items():
        filled_by_row[fr][fc] = value
    by_field = {name: c for c, name in mapping.items()}
    departure_col = by_field.get("departure")
    name = sheet.name

    # 1. which rows are tasks: a real date in the departure column says 'task' at once; the other
    # rows are looked at one by one. Rows under a merge are copied with the merged value filled in.
    rows_all = sheet.rows
    filled_rows: dict[int, list[Any]] = {}
    skipped_here: set[int] = set()
    empty_rows: list[int] = []
    merge_rows = sorted(blank_under_merges)  # nothing of their own: a merge running past the last task
    report.skipped += len(merge_rows)
    skipped_here.update(merge_rows)
    for r, fills in sorted(filled_by_row.items()):
        if r < first or r >= len(rows_all):
            continue
        if all(is_blank(v) for v in rows_all[r]):
            merge_rows.append(r)
            report.skipped += 1
            skipped_here.add(r)
            continue
        row = list(rows_all[r])
        for fc, value in fills.items():
            while len(row) <= fc:
                row.append("")
            if is_blank(row[fc]):
                row[fc] = value
        filled_rows[r] = row
    view = [filled_rows.get(r) or rows_all[r] for r in range(first, len(rows_all))]
    words = layout.words
    field_cols = frozenset(c for c in (*mapping, layout.time_col, layout.kind_col) if c is not None)
    date_cols = frozenset(c for c in (departure_col, layout.time_col) if c is not None)
    numbered_rows: list[int] = []
    dated_rows: list[int] = []
    if departure_col is None:
        undated = [r for r in range(first, len(rows_all)) if r not in skipped_here]
    else:
        undated = [first + i for i, row in enumerate(view)
                   if departure_col >= len(row) or type(row[departure_col]) not in _DATE_TYPES]
        summary_col = by_field.get("summary")
        if summary_col is not None:
            # a day of a log that says nothing was done (无任务): only a summary holding 无 or 未 can
            # (_NO_TASK_MARKS), so the rows are sieved for those first, in a comprehension
            marked = [first + i for i, row in enumerate(view)
                      if summary_col < len(row) and type(text := row[summary_col]) is str
                      and (_NO in text or _NOT_YET in text or _NO_RADICAL in text)]
            if marked:
                not_dated = set(undated)
                for r in marked:
                    row = view[r - first]
                    if r not in not_dated and r not in skipped_here and _says_no_task(row[summary_col]) \
                            and _only_a_date(row, date_cols, field_cols) == _SAID:
                        dated_rows.append(r)
                        skipped_here.add(r)
                        report.skipped += 1
    listed, unlisted = 0, []  # rows skipped for a reason: each listed up to _MAX_LISTED_SKIPS, the rest counted
    for r in undated:
        if r in skipped_here:
            continue
        reason = _not_a_task(view[r - first], mapping, by_field, year_hint, words, field_cols, date_cols)
        if reason is not None:
            message, column, raw = reason
            report.skipped += 1
            skipped_here.add(r)
            if message is _EMPTY_ROW:
                empty_rows.append(r)
                continue
            if message is _NUMBERED_ROW:
                numbered_rows.append(r)
                continue
            if message is _DATED_ROW:
                dated_rows.append(r)
                continue
            if listed < _MAX_LISTED_SKIPS:
                listed += 1
                report.add(Code.SKIPPED_ROW, message, sheet=name, row=r + 1, column=column, raw=raw)
            else:
                unlisted.append(r)
    if unlisted:
        report.add(Code.SKIPPED_ROW, msg("第 {first}–{last} 行之间另有 {count} 行也不是任务，跳过（未逐行列出）",
                                         first=unlisted[0] + 1, last=unlisted[-1] + 1, count=len(unlisted)),
                   sheet=name, row=unlisted[0] + 1)
    _report_merge_rows(merge_rows, name, report)
    _report_empty_rows(empty_rows, name, report)
    _report_numbered_rows(numbered_rows, view, first, name, report)
    _report_dated_rows(sorted(dated_rows), view, first, name, report)
    candidates = [r for r in undated if r not in skipped_here and _may_be_sum_row(view[r - first], by_field, sheet, r)]
    if candidates:
        for r, message in _sum_rows(view, first, candidates, skipped_here, by_field, sheet):
            report.add(Code.SKIPPED_ROW, message, sheet=name, row=r + 1,
                       raw=_row_text([(c, v) for c, v in enumerate(view[r - first]) if not is_blank(v)]))
            report.skipped += 1
            skipped_here.add(r)
    if skipped_here:
        task_rows = [(first + i, row) for i, row in enumerate(view) if first + i not in skipped_here]
    else:
        task_rows = list(enumerate(view, start=first))
    if sheet.hidden_rows:
        _report_hidden_rows(sorted(sheet.hidden_rows & {r for r, _ in task_rows}), name, report)
    return _read_task_rows(task_rows, filled_by_row, mapping, kind, name, year_hint, report, batch, layout, sheet)


_EMPTY_ROW = "空行"
_LONG_EMPTY_RUN = 10  # a longer run of empty rows is one line of the report, not one line a row


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for r in rows:
        if runs and r == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    return runs


# rows skipped for a reason, listed one by one in a sheet's report; beyond, they are one line with
# their count (a sheet of 200,000 rows of notes made a report of 53 MB and 600 MB of memory)
_MAX_LISTED_SKIPS = 1000


def _report_merge_rows(rows: list[int], name: str, report: FileReport) -> None:
    for a, b in _runs(rows):
        if a == b:
            report.add(Code.SKIPPED_ROW, msg("空行（只有合并单元格延伸下来的值）"), sheet=name, row=a + 1)
        else:
            report.add(Code.SKIPPED_ROW, msg("第 {first}–{last} 行共 {count} 行是空行（只有合并单元格延伸下来的值），跳过",
                                             first=a + 1, last=b + 1, count=b - a + 1), sheet=name, row=a + 1)


def _report_empty_rows(rows: list[int], name: str, report: FileReport) -> None:
    for a, b in _runs(rows):
        if b - a + 1 > _LONG_EMPTY_RUN:
            report.add(Code.SKIPPED_ROW, msg("第 {first}–{last} 行共 {count} 行是空行，跳过",
                                             first=a + 1, last=b + 1, count=b - a + 1), sheet=name, row=a + 1)
        else:
            for r in range(a, b + 1):
                report.add(Code.SKIPPED_ROW, _EMPTY_ROW, sheet=name, row=r + 1)


# a row numbered in advance and never filled: a 序号 (or another lone number outside the seven
# columns) and, in the seven, nothing but placeholders ('12 | — | — | —')
_NUMBERED_ROW = "只有序号"


def _report_row_runs(rows: list[int], view: list[list[Any]], first: int, name: str, report: FileReport,
                     run: Callable[[int, int, int], Text], one: Text) -> None:
    """Rows skipped for one reason: a long run is one line (``run(first, last, count)``), a short one
    a line a row with what the row held."""
    for a, b in _runs(rows):
        if b - a + 1 > _LONG_EMPTY_RUN:
            report.add(Code.SKIPPED_ROW, run(a + 1, b + 1, b - a + 1), sheet=name, row=a + 1)
        else:
            for r in range(a, b + 1):
                present = [(c, v) for c, v in enumerate(view[r - first]) if not is_blank(v)]
                report.add(Code.SKIPPED_ROW, one, sheet=name, row=r + 1, raw=_row_text(present))


def _report_numbered_rows(rows: list[int], view: list[list[Any]], first: int, name: str, report: FileReport) -> None:
    _report_row_runs(rows, view, first, name, report,
                     lambda a, b, n: msg("第 {first}–{last} 行共 {count} 行只有序号，没有任务内容，跳过",
                                         first=a, last=b, count=n),
                     msg("只有序号，没有任务内容，跳过"))


# a day of a log kept one row a day: its date (and time), at most a 序号 or a weekday beside it, in the
# other columns placeholders, and a word that says nothing was done (无任务): no task, skipped. The
# same row without such a word ('bare') is kept, flagged and reported (the application's own export
# of a task of which only the departure is known looks the same).
_DATED_ROW = "只有日期"
_SAID, _BARE = "said", "bare"
_DATE_LIKE = re.compile(r"\d|[〇零一二三四五六七八九十]月")
_NO_TASK_WORDS = frozenset({"无任务", "无出队", "无出动", "无事件", "无警情", "未出队", "当日无任务", "今日无任务"})
# every word above holds 无 or 未, and these are all the characters whose width folding (NFKC) gives
# one of them (U+2F46, the Kangxi radical, is 无): a cell without any of them can't be one of the
# words, and is not normalised to find out (tests/test_import_untidy.py checks both facts)
_NO_TASK_MARKS = ("无", "未", "\u2f46")
_NO, _NOT_YET, _NO_RADICAL = _NO_TASK_MARKS  # three tests of 'in' are quicker than a loop over the three


def _says_no_task(text: str) -> bool:
    """``text`` is one of _NO_TASK_WORDS under the readers' normalisation (a day of a log: 无任务)."""
    return (_NO in text or _NOT_YET in text or _NO_RADICAL in text) and normal(text) in _NO_TASK_WORDS


_WEEKDAY_CELL = re.compile(r"(?:星期|周|礼拜)?[一二三四五六日天]|(?i:mon|tue|wed|thu|fri|sat|sun)\w*")


def _nothing(raw: Any) -> bool:
    return raw is None or (type(raw) is str and (not raw.strip() or is_placeholder(raw)))


def _only_a_date(row: list[Any], date_cols: frozenset[int], field_cols: frozenset[int]) -> str | None:
    """_SAID, _BARE, or None where the row holds more than a day."""
    dated = said = False
    for c, v in enumerate(row):
        if is_blank(v):
            continue
        if c in date_cols:
            dated = dated or type(v) in _DATE_TYPES or (type(v) is str and _DATE_LIKE.search(v) is not None)
            continue
        if c in field_cols:
            if type(v) is str and _says_no_task(v):
                said = True
                continue
            if type(v) is str and is_placeholder(v):
                continue
            return None
        if _row_number(v) or (type(v) is str and _WEEKDAY_CELL.fullmatch(v.strip())):
            continue
        return None
    if not dated:
        return None
    return _SAID if said else _BARE


def _report_dated_rows(rows: list[int], view: list[list[Any]], first: int, name: str, report: FileReport) -> None:
    _report_row_runs(rows, view, first, name, report,
                     lambda a, b, n: msg("第 {first}–{last} 行共 {count} 行只有日期，没有任务内容，跳过",
                                         first=a, last=b, count=n),
                     msg("只有日期，没有任务内容，跳过"))


def _only_numbered(present: list[tuple[int, Any]], field_cols: frozenset[int]) -> bool:
    """The row holds a row number outside the seven columns and, in them, at most placeholders."""
    numbered = False
    for c, v in present:
        if c in field_cols:
            if not (type(v) is str and is_placeholder(v)):
                return False
        elif _row_number(v):
            numbered = True
        else:
            return False
    return numbered


def _row_number(value: Any) -> bool:
    if type(value) is int:
        return 0 <= value < 100_000
    if type(value) is float:
        return value.is_integer() and 0 <= value < 100_000
    return type(value) is str and value.strip().isdigit() and len(value.strip()) <= 5


def _report_hidden_rows(rows: list[int], name: str, report: FileReport) -> None:
    for a, b in _runs(rows):
        if a == b:
            message = msg("第 {row} 行是隐藏行（隐藏只是显示设置），其中的任务照常导入", row=a + 1)
        else:
            message = msg("第 {first}–{last} 行是隐藏行（隐藏只是显示设置），其中 {count} 条任务照常导入",
                          first=a + 1, last=b + 1, count=b - a + 1)
        report.add(Code.HIDDEN, message, sheet=name, row=a + 1)


def _number(value: Any) -> int | float | None:
    if type(value) in (int, float) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        match = _COUNT_TEXT.match(fold(value))
        if match:
            return float(match.group(1))
    return None


_COUNT_TEXT = re.compile(r"^\s*(\d+)(?:\.0+)?\s*(?:人次|车次|人|名|位|辆|台|次|趟)?\s*$")


def _may_be_sum_row(row: list[Any], by_field: dict[str, int], sheet: SheetCells, r: int) -> bool:
    """No event number or departure, and a number (or a formula) in a count column. A summary may
    have words ('本月共出队2次'), and so may the event number's cell when it holds no event number
    ('本月共2起'): whether the numbers are the sums of the rows above decides."""
    for name in ("event_no", "departure"):
        c = by_field.get(name)
        if c is not None and c < len(row) and not is_blank(row[c]):
            if name == "event_no" and isinstance(row[c], str) and not looks_like_event_no(row[c]) \
                    and not fold(row[c]).strip()[:1].isdigit():
                continue  # words, not an event number: the sums decide
            return False
    counts = [by_field[n] for n in ("headcount", "vehicles") if n in by_field]
    return any(c < len(row) and (_number(row[c]) is not None or (r, c) in sheet.formula_text) for c in counts)


def _sum_rows(view, first: int, candidates: list[int], skipped: set[int], by_field: dict[str, int],
              sheet: SheetCells) -> list[tuple[int, str]]:
    """Of the candidate rows, those whose numbers are the sums of the task rows above them (since
    the sheet's first task, or since the last totals row): a subtotal or total without a label."""
    counts = [by_field[n] for n in ("headcount", "vehicles") if n in by_field]
    wanted = set(candidates)
    found: list[tuple[int, str]] = []
    totals = {c: 0.0 for c in counts}
    since = {c: 0.0 for c in counts}
    tasks_since = tasks_all = 0
    for i, row in enumerate(view):
        r = first + i
        if r in wanted:
            formulas = [sheet.formula_text[(r, c)] for c in counts if (r, c) in sheet.formula_text]
            cells = {c: _number(row[c]) for c in counts if c < len(row) and not is_blank(row[c])
                     and (r, c) not in sheet.formula_text}
            is_sum = False
            if formulas and all(re.match(r"^=\s*(SUM|SUBTOTAL)\s*\(", f, re.I) for f in formulas) \
                    and all(v is not None for v in cells.values()):
                is_sum = True
            elif cells and all(v is not None for v in cells.values()) and any(cells.values()):
                # one task under a subtotal sums itself too, once the sheet has shown it keeps subtotals
                enough = tasks_since >= 2 or (tasks_since == 1 and bool(found))
                is_sum = ((enough and all(v == since[c] for c, v in cells.items()))
                          or (tasks_all >= 2 and all(v == totals[c] for c, v in cells.items())))
            if is_sum:
                found.append((r, msg("合计行（没有编号、摘要和时间，数字是上面各行之和），不是任务")))
                since = {c: 0.0 for c in counts}
                tasks_since = 0
                continue
        if r in skipped:
            if _row_total_word([v for v in row if not is_blank(v)]):
                since = {c: 0.0 for c in counts}  # a labelled subtotal closes its run too ('3月合计')
                tasks_since = 0
            continue
        for c in counts:
            v = _number(row[c]) if c < len(row) else None
            if v is not None:
                totals[c] += v
                since[c] += v
        tasks_since += 1
        tasks_all += 1
    return found


# what shows nothing (text.INVISIBLE) and the control characters (text.CONTROL_CHAR), looked for at once
_HIDDEN_CHAR = re.compile("[" + "".join(map(chr, INVISIBLE)) + CONTROL_CHAR.pattern[1:])


def _sieve(cells: list[Any]) -> tuple[list[Any], list[Any], dict[int, str]]:
    """A column's cells (1) without control characters, as the self-check is to see them, (2) also
    without what shows nothing (text.INVISIBLE: a zero-width space copied from a chat), to be read;
    (3) the original texts of the cells that held control characters, by index (to be flagged). The
    same list twice where there is neither (looked for in the texts joined, in C: one search a column)."""
    texts = [v for v in cells if type(v) is str]
    if not texts or _HIDDEN_CHAR.search("".join(texts)) is None:
        return cells, cells, {}
    controlled = {i: v for i, v in enumerate(cells) if type(v) is str and CONTROL_CHAR.search(v)}
    if controlled:
        cells = [without_controls(v) if i in controlled else v for i, v in enumerate(cells)]
    return cells, [v.translate(INVISIBLE) if type(v) is str else v for v in cells], controlled


def _flag_outsized(values: dict[str, list], mapping: dict[int, str], task_rows, name: str, report: FileReport,
                   flags: dict[int, list]) -> None:
    """Counts no task of the team can have (records.MOST_PEOPLE, MOST_VEHICLES): kept, each task flagged
    and each cell reported. One max() a column where none is (the common case)."""
    columns = {field_name: c for c, field_name in mapping.items()}
    for field_name, most in (("headcount", MOST_PEOPLE), ("vehicles", MOST_VEHICLES)):
        counts = values[field_name]
        if max((v for v in counts if type(v) is int), default=0) <= most:
            continue
        for i, v in enumerate(counts):
            if type(v) is not int or v <= most:
                continue
            if field_name == "headcount":
                note = msg("出队人数 {value} 多于全队的人数（约 {most} 人），按原值保存，请核对原始记录（可能多打了数字）",
                           value=v, most=most)
            else:
                note = msg("出队车次 {value} 大得不合常理（超过 {most}），按原值保存，请核对原始记录（可能多打了数字）",
                           value=v, most=most)
            flags[i].append((field_name, "implausible", str(v), note))
            c = columns.get(field_name)
            report.add(Code.IMPLAUSIBLE, note, sheet=name, row=task_rows[i][0] + 1,
                       column=column_letter(c) if c is not None else None, field=field_name, raw=str(v))


def _flag_controls(found: list[tuple[int, int, str, str]], task_rows, name: str, report: FileReport,
                   flags: dict[int, list]) -> None:
    """The cells that held control characters (task index, column, field, original text): each task
    flagged, each cell reported; the original kept in the flag with the characters written out."""
    for i, c, field_name, original in found:
        shown = shown_controls(original)
        note = msg("单元格里有看不见的控制字符（{codes}），已去掉后读取；原文中写作 [U+…]，请核对",
                   codes=control_codes(original))
        flags[i].append((field_name, "control_chars", shown, note))
        report.add(Code.CONTROL_CHARS, note, sheet=name, row=task_rows[i][0] + 1, column=column_letter(c),
                   field=field_name, raw=shown)


def _flag_odd_texts(odd_texts: dict[tuple[int, int], tuple[str, ...]], task_rows, mapping: dict[int, str],
                    layout: HeaderLayout | None, name: str, report: FileReport, flags: dict[int, list]) -> None:
    """The .ods cells of the tasks whose text holds elements programs show differently (a ruby reading,
    a field such as <text:date>, a footnote, a heading: reader.SheetCells.odd_texts): read as the file
    saves their text, each task flagged and each cell reported, never taken as sure."""
    index_of = {r: i for i, (r, _) in enumerate(task_rows)}
    for (r, c), elements in sorted(odd_texts.items()):
        i = index_of.get(r)
        if i is None:
            continue
        row = task_rows[i][1]
        text = cell_text(row[c]) if c < len(row) else ""
        field_name = mapping.get(c) or ("kind" if layout is not None and c == layout.kind_col else f"extra:{column_letter(c)}")
        note = odd_text_note(elements)
        flags[i].append((field_name, "odd_text", text, note))
        report.raw_values += 1
        report.add(Code.RAW_VALUE, note, sheet=name, row=r + 1, column=column_letter(c), field=field_name, raw=text)


def _parts_text(date: Any, time: Any) -> str:
    def text(v: Any) -> str:
        if type(v) is dt.datetime and v.time() == dt.time(0):
            return v.date().isoformat()
        if type(v) is dt.datetime and v.date() in (dt.date(1899, 12, 30), dt.date(1899, 12, 31)):
            return v.strftime("%H:%M")
        if type(v) is float and 0 <= v < 1:
            seconds = round(v * 86400)
            return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"
        return cell_text(v).strip()
    return " ".join(t for t in (text(date), text(time)) if t)


def _read_task_rows(task_rows: list[tuple[int, list[Any]]], filled_by_row: dict, mapping: dict[int, str],
                    kind: TaskKind | None, name: str, year_hint: int | None, report: FileReport, batch: TaskBatch,
                    layout: HeaderLayout | None = None, sheet: SheetCells | None = None) -> int:
    # 2. each column: the tidy cells at once, the others one by one
    values: dict[str, list[Any]] = {}
    raws: dict[str, list[Any]] = {}
    notes: dict[str, dict[int, tuple[str, str]]] = {}
    sources: dict[str, list[Any]] = {}
    slow_rows: set[int] = set()
    n = len(task_rows)
    transposed = list(zip_longest(*(row for _, row in task_rows)))
    time_col = layout.time_col if layout is not None else None
    formula_text = sheet.formula_text if sheet is not None else {}
    formulas: dict[int, dict[int, str]] = defaultdict(dict)  # column -> task index -> formula
    error_text = sheet.error_text if sheet is not None else {}
    errors: dict[int, dict[int, str]] = defaultdict(dict)  # column -> task index -> error value
    empty_results = sheet.empty_results if sheet is not None else frozenset()
    empties: dict[int, set[int]] = defaultdict(set)  # column -> task indexes whose formula saved an empty result
    if formula_text or error_text or empty_results:
        index_of = {r: i for i, (r, _) in enumerate(task_rows)}
        for r, c in empty_results:
            if r in index_of:
                empties[c].add(index_of[r])
        for (r, c), text in formula_text.items():
            if r in index_of:
                formulas[c][index_of[r]] = text
        for (r, c), text in error_text.items():
            if r in index_of:
                errors[c][index_of[r]] = text
    controls: list[tuple[int, int, str, str]] = []  # cells that held control characters: flagged below
    for c, field_name in mapping.items():
        cells = list(transposed[c]) if c < len(transposed) else [None] * n
        # read without what shows nothing; the self-check sees the cell as it was (but its control characters)
        source, cells, found = _sieve(cells)
        controls += [(i, c, field_name, text) for i, text in found.items()]
        sources[field_name] = source
        times = None
        if field_name == "departure" and time_col is not None:
            times = transposed[time_col] if time_col < len(transposed) else [None] * n
            time_source, times, found = _sieve(list(times))
            controls += [(i, time_col, field_name, text) for i, text in found.items()]
            sources[field_name] = [_parts_text(d, t) if not is_blank(t) else d for d, t in zip(source, time_source)]
        fast = _FAST[field_name](cells) if times is None else [_SLOW] * n  # two columns: read together below
        raw_list: list[Any] = [None] * len(cells)
        field_notes: dict[int, tuple[str, str]] = {}
        letter = column_letter(c)
        is_text = field_name in _TEXT_ATTRS
        for i in formulas.get(c, {}):
            fast[i] = _SLOW  # a formula saved without its result: kept as its text, never read
        for i in errors.get(c, {}):
            fast[i] = _SLOW  # an error value ('#DIV/0!'): kept as its text, never read
        if field_name != "remarks":  # a remark left empty by a formula (=IF(…,"",…)) is common and harmless
            for i in empties.get(c, ()):
                fast[i] = _SLOW  # a formula whose saved result is empty: flagged below
        for i in [i for i, value in enumerate(fast) if value is _SLOW]:
            cell = cells[i]
            slow_rows.add(i)
            formula = formulas.get(c, {}).get(i)
            error = errors.get(c, {}).get(i)
            if formula is not None and sheet is not None and sheet.formulas_stale:
                parsed = Parsed(None, Reading.RAW, formula, msg(
                    "公式“{formula}”保存的结果不是算出来的（文件要求打开时重新计算，由程序生成），保留公式原文", formula=formula))
            elif formula is not None:
                parsed = Parsed(None, Reading.RAW, formula, msg("公式“{formula}”没有保存计算结果，保留公式原文",
                                                                formula=formula))
            elif error is not None:
                parsed = Parsed(None, Reading.RAW, error, msg("单元格是错误值“{error}”（公式算不出结果），保留原文",
                                                              error=error))
            elif i in empties.get(c, ()) and is_blank(cell):
                parsed = Parsed(None, Reading.RAW, "", msg(
                    "单元格是公式，文件里保存的结果是空的（生成文件的程序可能没有计算它），在 Excel 中打开时可能不是空的，请核对"))
            elif times is not None:
                parsed = parse_departure_parts(cell, times[i], year_hint)
            elif field_name == "departure":
                parsed = parse_departure(cell, year_hint)
            else:
                parsed = _PARSERS[field_name](cell)
            result = parsed.value
            fast[i] = "" if result is None and is_text else result
            raw_list[i] = parsed.raw
            reading = parsed.reading
            if reading is _OK:
                continue
            if reading is _EMPTY:
                if parsed.raw is not None:
                    field_notes[i] = ("empty", parsed.note)
                continue
            field_notes[i] = (reading.value, parsed.note)
            excel_row = task_rows[i][0] + 1
            if reading is _GUESS:
                report.guesses += 1
                report.add(Code.GUESS, parsed.note, sheet=name, row=excel_row, column=letter, field=field_name,
                           raw=parsed.raw, value=None if result is None else str(result))
            else:
                report.raw_values += 1
                report.add(Code.RAW_VALUE, parsed.note, sheet=name, row=excel_row, column=letter, field=field_name,
                           raw=parsed.raw)
                if is_text and formula is not None:
                    fast[i] = formula  # a text field keeps the formula as its text
                    raw_list[i] = (_RAW_MARK, None, parsed.note)
                else:
                    raw_list[i] = (_RAW_MARK, parsed.raw, parsed.note)
        values[field_name] = fast
        raws[field_name] = raw_list
        notes[field_name] = field_notes
    for field_name in FIELDS:
        if field_name not in values:
            values[field_name] = [None if field_name in ("departure", "headcount", "vehicles") else ""] * n
            raws[field_name] = [None] * n

    # 3. the tasks, as columns
    flags: dict[int, list[tuple[str, str, str | None, str]]] = defaultdict(list)
    for field_name in ("event_no", "summary", "departure", "headcount", "vehicles", "squads", "remarks"):
        raw_list = raws[field_name]
        for i in slow_rows:
            raw = raw_list[i]
            if type(raw) is tuple:
                flags[i].append((field_name, "raw", raw[1] if raw[1] is not None else values[field_name][i], raw[2]))
                raw_list[i] = raw[1]
    _flag_controls(controls, task_rows, name, report, flags)
    if sheet is not None and sheet.odd_texts:
        _flag_odd_texts(sheet.odd_texts, task_rows, mapping, layout, name, report, flags)
    _flag_outsized(values, mapping, task_rows, name, report, flags)
    if layout is not None and layout.twins:
        _check_twins(layout, transposed, sources, task_rows, name, report, flags)
    kinds = _row_kinds(task_rows, layout, kind, name, report, flags)
    _self_check(task_rows, mapping, sources, values, raws, notes, year_hint, name, report, flags)
    for i in selfcheck.unanchored_rows(values["event_no"], values["departure"], raws["departure"]):
        text = _row_text([(c, v) for c, v in enumerate(task_rows[i][1]) if not is_blank(v)])
        note = msg("自检：本行既没有事件编号也没有出队时间，可能不是任务（说明文字或合计），已作为任务导入，请核对")
        flags[i].append(("row", "self_check", text, note))
        report.add(Code.SELF_CHECK, note, sheet=name, row=task_rows[i][0] + 1, raw=text)
    squad_col = next((c for c, f in mapping.items() if f == "squads"), None)
    for i in selfcheck.nameless_squads(values["squads"]):
        source = cell_text(sources["squads"][i]).strip()
        note = msg("自检：分队“{source}”保存为“{stored}”，其中有不是分队名称的部分，请核对",
                   source=source, stored=values["squads"][i])
        flags[i].append(("squads", "self_check", source, note))
        report.add(Code.SELF_CHECK, note, sheet=name, row=task_rows[i][0] + 1,
                   column=column_letter(squad_col) if squad_col is not None else None, field="squads",
                   raw=source, value=values["squads"][i])
    width = max((len(row) for _, row in task_rows), default=0)
    skip_cols = {time_col, layout.kind_col if layout is not None else None}
    if layout is not None:
        skip_cols.update(c for c, first in layout.twins.items() if first in mapping)  # a differing value: flagged above
    extra_cols = [c for c in range(width) if c not in mapping and c not in skip_cols]
    departures_only_days = time_col is None and "departure" in values
    for c in extra_cols:
        column = transposed[c] if c < len(transposed) else ()
        letter = column_letter(c)
        extra = {i: cell_text(value).strip() for i, value in enumerate(column) if not is_blank(value)}
        if CONTROL_CHAR.search("".join(extra.values())):  # kept as they are, but their control characters written out
            found = [(i, c, f"extra:{letter}", text) for i, text in extra.items() if CONTROL_CHAR.search(text)]
            _flag_controls(found, task_rows, name, report, flags)
            extra.update((i, shown_controls(text)) for i, _, _, text in found)
        for i, text in extra.items():
            flags[i].append((f"extra:{letter}", "extra", text, "无法识别的列中的值，原样保存"))
        if departures_only_days and _times_of_day(column):
            _flag_unnamed_times(column, c, layout, values["departure"], task_rows, name, report, flags)
    if filled_by_row:
        taken = {r for r, _ in task_rows}
        for r in sorted(set(filled_by_row) & taken):
            for c, value in filled_by_row[r].items():
                field_name = mapping.get(c) or ("kind" if layout is not None and c == layout.kind_col else "departure")
                report.add(Code.FILLED_FROM_MERGE, msg("合并单元格，本行取“{value}”", value=cell_text(value).strip()),
                           sheet=name, row=r + 1, column=column_letter(c), field=field_name)
    summaries, departures, departure_raws = values["summary"], values["departure"], raws["departure"]
    for i in [i for i, text in enumerate(summaries) if not text]:
        flags[i].append(("summary", "missing", None, "没有事件摘要"))
    for i in [i for i, text in enumerate(summaries) if not text or (len(text) < 5 and is_placeholder(text))]:
        if (departures[i] is not None or departure_raws[i] is not None) and not values["event_no"][i] \
                and not values["squads"][i] and not values["remarks"][i] \
                and values["headcount"][i] is None and _nothing(raws["headcount"][i]) \
                and values["vehicles"][i] is None and _nothing(raws["vehicles"][i]) \
                and not any(code == "extra" for _, code, _, _ in flags[i]):
            text = _row_text([(c, v) for c, v in enumerate(task_rows[i][1]) if not is_blank(v)])
            note = msg("自检：本行只有出队时间，没有摘要、编号、人数等内容，可能不是任务（如值班日志里没有任务的一天），"
                       "已作为任务导入，请核对")
            flags[i].append(("row", "self_check", text, note))
            report.add(Code.SELF_CHECK, note, sheet=name, row=task_rows[i][0] + 1, raw=text)
    for i in [i for i, (d, dr) in enumerate(zip(departures, departure_raws)) if d is None and dr is None]:
        flags[i].append(("departure", "missing", None, "没有出队时间"))
    columns = {
        "kind": kinds,
        "event_no": values["event_no"], "summary": summaries, "departure": departures,
        "departure_raw": departure_raws, "year": [int(d[:4]) if d else None for d in departures],
        "headcount": values["headcount"], "headcount_raw": raws["headcount"],
        "vehicles": values["vehicles"], "vehicles_raw": raws["vehicles"],
        "squads": values["squads"], "squads_raw": raws["squads"],
        "remarks": values["remarks"], "remarks_raw": raws["remarks"],
        "needs_review": [i in flags for i in range(n)],
        "import_key": [None if e else f"nn:{k.value}|{d or departure_text(None, dr)}|{su}"
                       for e, d, dr, su, k in zip(values["event_no"], departures, departure_raws, summaries, kinds)],
        "import_sheet": ([None if name == kind.sheet_name else name] * n if layout is None or layout.kind_col is None
                         else [None if name == k.sheet_name else name for k in kinds]),
        "import_row": [r + 1 for r, _ in task_rows],
    }
    batch.extend(columns, flags)
    return n


# a lone text that is an aside, not a task: wholly in brackets ('（以下为夜间出队）'), or pointing at
# the rows around it ('以下为2月任务', '以上为一季度', '接上页', '续表')
_NOTE_TEXT = re.compile(r"^\s*(?:[（(【\[〔<《].*[）)】\]〕>》]|(?:以下|以上|下接|接上|续上|续表|上接).*)\s*$", re.S)


def _not_a_task(row: list[Any], mapping: dict[int, str], by_field: dict[str, int],
                year_hint: int | None, words: frozenset[str] = frozenset(),
                field_cols: frozenset[int] | None = None,
                date_cols: frozenset[int] = frozenset()) -> tuple[str, str | None, str | None] | None:
    """Why a row is not a task (message, column, original text), or None when it is one."""
    if _footer_row(row, by_field):
        present = [(c, v) for c, v in enumerate(row) if not is_blank(v)]
        return msg("表尾（制表人、审核、日期等），不是任务"), None, _row_text(present)
    if date_cols and field_cols is not None and _only_a_date(row, date_cols, field_cols) == _SAID:
        return _DATED_ROW, None, None
    departure_col = by_field.get("departure")
    if departure_col is not None and departure_col < len(row):
        cell = row[departure_col]
        if type(cell) is str and cell.strip() and parse_departure(cell, year_hint).value is not None:
            return None  # a date typed as text ('2020.3.5 14:30'): a task, not a header, total or note
    present = [(c, v) for c, v in enumerate(row) if not is_blank(v)]
    if not present:
        return _EMPTY_ROW, None, None
    if _only_numbered(present, frozenset(mapping) if field_cols is None else field_cols):
        return _NUMBERED_ROW, None, None
    if _header_like(row, words):
        return "重复的表头行", None, _row_text(present)
    total = _row_total_word([v for _, v in present])
    if total:
        departure_cell = row[departure_col] if departure_col is not None and departure_col < len(row) else None
        if parse_departure(departure_cell, year_hint).value is None:
            return msg("{total}行，不是任务", total=total), None, _row_text(present)
    if len(present) > 1 and all(isinstance(v, str) and is_footer_cell(v) for _, v in present):
        return msg("表尾（制表人、审核、日期等），不是任务"), None, _row_text(present)
    if len(present) == 1:
        c, v = present[0]
        field_name = mapping.get(c)
        text = cell_text(v).strip()
        is_note = isinstance(v, str) and (
            fold(text).startswith(NOTE_PREFIXES)
            or is_footer_cell(text)
            or field_name not in ("event_no", "summary", "departure", "headcount", "vehicles")
            or (field_name == "event_no" and not looks_like_event_no(text))
        )
        if is_note or (field_name == "summary" and _NOTE_TEXT.match(text)):
            return "说明文字，不是任务（原文见此处）", column_letter(c), text
    return None


def _footer_row(row: list[Any], by_field: dict[str, int]) -> bool:
    """A footer under the table: its first cell a footer label ('填报单位（盖章）：…', '说明：',
    '单位负责人：王五'), whatever follows it (a date, a name, a sentence), and nothing a task has of
    its own: no event number, no number in a count column."""
    first = next((v for v in row if not is_blank(v)), None)
    if not isinstance(first, str) or not is_footer_cell(first):
        return False
    c = by_field.get("event_no")
    if c is not None and c < len(row) and isinstance(row[c], (str, int, float)) and not is_blank(row[c]) \
            and row[c] is not first and looks_like_event_no(cell_text(row[c])):
        return False
    return not any(c is not None and c < len(row) and not is_blank(row[c]) and _number(row[c]) is not None
                   for c in (by_field.get("headcount"), by_field.get("vehicles")))


_TIME_TEXT = re.compile(r"(?:上午|下午|晚上|凌晨|中午|早上|傍晚|夜里)?\s*\d{1,2}\s*(?:[:：]\s*\d{2}(?:[:：]\d{2})?|[点时](?:\s*\d{1,2}\s*分?|半)?)")


def _time_of_day(value: Any) -> bool:
    if type(value) is dt.time:
        return True
    if type(value) is dt.datetime:
        return value.date() in (dt.date(1899, 12, 30), dt.date(1899, 12, 31))
    if type(value) is float:
        return 0 < value < 1
    return type(value) is str and _TIME_TEXT.fullmatch(normal(value)) is not None


def _times_of_day(column) -> bool:
    """Most of a column's values are times of day (a time column whose header does not say so)."""
    present = [v for v in column if not is_blank(v)]
    return bool(present) and sum(map(_time_of_day, present)) >= 0.8 * len(present)


def _flag_unnamed_times(column, c: int, layout: HeaderLayout | None, departures: list[Any], task_rows, name: str,
                        report: FileReport, flags: dict[int, list]) -> None:
    """A departure of only a day beside a column of times whose header names no departure: the two are not
    joined (the header does not say so); each such row is flagged and reported."""
    label = layout.labels.get(c, "") if layout is not None else ""
    for i, (value, departure) in enumerate(zip(column, departures)):
        if is_blank(value) or not _time_of_day(value) or not (type(departure) is str and len(departure) == 10):
            continue
        shown = _parts_text(None, value)
        note = msg("自检：出队时间只有日期“{day}”，“{label}”列（{column} 列）的“{time}”像是时刻，表头没有说明，未并入出队时间，请核对",
                   day=departure, label=label, column=column_letter(c), time=shown)
        flags[i].append(("departure", "self_check", shown, note))
        report.add(Code.SELF_CHECK, note, sheet=name, row=task_rows[i][0] + 1, column=column_letter(c),
                   field="departure", raw=shown, value=departure)


def _check_twins(layout: HeaderLayout, transposed, sources: dict[str, list[Any]], task_rows, name: str,
                 report: FileReport, flags: dict[int, list]) -> None:
    """Two columns under one field's name: the first is read; each row where the other says
    something else is flagged and reported (which of the two is right, the file does not say)."""
    for c, first in layout.twins.items():
        field_name = layout.mapping.get(first)
        if field_name is None or c >= len(transposed):
            continue
        taken = sources[field_name] if layout.time_col is None or field_name != "departure" else transposed[first]
        for i, (other, cell) in enumerate(zip(transposed[c], taken)):
            if is_blank(other) or selfcheck.source_form(other) == selfcheck.source_form(cell):
                continue
            note = msg("{first} 列和 {second} 列都是“{header}”：取 {first} 列的“{value}”，{second} 列是“{other}”，请核对",
                       first=column_letter(first), second=column_letter(c), header=FIELD_LABELS[field_name],
                       value=cell_text(cell).strip(), other=cell_text(other).strip())
            flags[i].append((field_name, "guess", cell_text(other).strip(), note))
            report.guesses += 1
            report.add(Code.GUESS, note, sheet=name, row=task_rows[i][0] + 1, column=column_letter(c),
                       field=field_name, raw=cell_text(other).strip(), value=cell_text(cell).strip())


def _row_kinds(task_rows, layout: HeaderLayout | None, kind: TaskKind | None, name: str, report: FileReport,
               flags: dict[int, list]) -> list[TaskKind]:
    """Each row's kind: the sheet's, or, on a sheet with a kind column, the one its cell names. A
    row whose cell names none is kept (in the sheet's kind, or the kind most rows of the sheet
    have), flagged and reported."""
    c = layout.kind_col if layout is not None else None
    n = len(task_rows)
    if c is None:
        return [kind] * n
    _, cells, controlled = _sieve([row[c] if c < len(row) else None for _, row in task_rows])
    _flag_controls([(i, c, "kind", text) for i, text in controlled.items()], task_rows, name, report, flags)
    found = [_kind_of_value(v) for v in cells]
    fallback = kind or Counter(k for k in found if k is not None).most_common(1)[0][0]
    letter = column_letter(c)
    kinds = []
    for i, (cell, got) in enumerate(zip(cells, found)):
        if got is not None:
            kinds.append(got)
            continue
        kinds.append(fallback)
        if kind is not None and is_blank(cell):
            continue  # no kind of its own: the sheet's
        text = cell_text(cell).strip()
        note = (msg("类别“{value}”不是任何一类任务，暂归入“{kind}”", value=text, kind=fallback.sheet_name) if text
                else msg("没有类别，暂归入“{kind}”", kind=fallback.sheet_name))
        flags[i].append(("kind", "raw", text or None, note))
        report.raw_values += 1
        report.add(Code.RAW_VALUE, note, sheet=name, row=task_rows[i][0] + 1, column=letter, field="kind",
                   raw=text or None)
    return kinds


def _self_check(task_rows, mapping: dict[int, str], sources: dict[str, list[Any]], values: dict[str, list[Any]],
                raws: dict[str, list[Any]], notes: dict[str, dict[int, tuple[str, str]]], year_hint: int | None,
                name: str, report: FileReport, flags: dict[int, list]) -> None:
    """Every stored value, rendered back as the export writes it, against its cell (domain.selfcheck):
    a difference the report does not explain flags the row and is itself reported."""
    for c, field_name in mapping.items():
        differences = selfcheck.check_column(field_name, sources[field_name], values[field_name], raws[field_name],
                                             notes.get(field_name, {}), is_placeholder, year_hint)
        for d in differences:
            note = msg("自检：单元格“{source}”保存为“{stored}”，报告中没有说明这一差异，请核对",
                       source=d.source, stored=d.stored)
            flags[d.index].append((field_name, "self_check", d.source, note))
            report.add(Code.SELF_CHECK, note, sheet=name, row=task_rows[d.index][0] + 1, column=column_letter(c),
                       field=field_name, raw=d.source, value=d.stored)


def _row_text(present: list[tuple[int, Any]]) -> str:
    return " | ".join(cell_text(v).strip() for _, v in present)


# --- the tidy case of each column, read in one pass; _SLOW marks a cell for the full reader -------

_SLOW = object()
_RAW_MARK = "raw"
_DATE_TYPES = (dt.datetime, dt.date)
_DATETIME = dt.datetime


def _fast_event_no(cells: list[Any]) -> list[Any]:
    return [v if type(v) is str and len(v) > 1 and v.isascii() and " " not in v and v == v.strip()
            and (len(v) > 4 or v.lower() not in PLACEHOLDERS)
            else str(int(v)) if type(v) is float and v.is_integer() and 0 < v < EXCEL_DIGITS
            else _SLOW for v in cells]


def _fast_text(cells: list[Any]) -> list[Any]:
    return [v if type(v) is str and v and v == v.strip() else _SLOW for v in cells]


def _fast_departure(cells: list[Any]) -> list[Any]:
    # a date-time on Excel's first days is a time-only cell or a small number shown as a date: the
    # reader decides (kept raw), never the fast path
    return [v.isoformat(" ", "minutes") if type(v) is _DATETIME and not v.second and not v.microsecond and v.year > 1900
            else _SLOW for v in cells]


def _fast_count(cells: list[Any]) -> list[Any]:
    return [int(v) if type(v) is float and v.is_integer() and v >= 0
            else v if type(v) is int and v >= 0
            else _SLOW for v in cells]


def _fast_squads(cells: list[Any]) -> list[Any]:
    out = []
    known: dict[str, Any] = {}
    for v in cells:
        if type(v) is str:
            got = known.get(v)
            if got is None:
                parsed = parse_squads(v)
                got = parsed.value if parsed.reading is _OK else _SLOW
                known[v] = got
            out.append(got)
        else:
            out.append(_SLOW)
    return out


def _fast_remarks(cells: list[Any]) -> list[Any]:
    return ["" if v == "" or v is None
            else v if type(v) is str and v == v.strip() and (len(v) > 4 or v.lower() not in PLACEHOLDERS)
            else _SLOW for v in cells]


_FAST = {"event_no": _fast_event_no, "summary": _fast_text, "departure": _fast_departure,
         "headcount": _fast_count, "vehicles": _fast_count, "squads": _fast_squads, "remarks": _fast_remarks}


_TEXT_ATTRS = {"event_no", "summary", "squads", "remarks"}  # never None: empty text
_RAW_ATTRS = {"departure": "departure_raw", "headcount": "headcount_raw", "vehicles": "vehicles_raw",
              "squads": "squads_raw", "remarks": "remarks_raw"}
_OK, _EMPTY, _GUESS = Reading.OK, Reading.EMPTY, Reading.GUESS


_PLACES_NAMED = 10


def _flag_duplicate_numbers(batch: TaskBatch, report: FileReport) -> None:
    """Flag the rows that share an event number with another row (both are kept)."""
    counts = Counter(batch.event_no)
    counts.pop("", None)
    repeated = {number for number, n in counts.items() if n > 1}
    if not repeated:
        return
    by_number: dict[str, list[int]] = defaultdict(list)
    for i, number in enumerate(batch.event_no):
        if number in repeated:
            by_number[number].append(i)
    for number, rows in by_number.items():
        # a few places named, the rest counted: every row's flag naming all the others was n² of text
        # (one number in 10,000 rows took 4 GB)
        places = joined(msg("“{sheet}”第 {row} 行", sheet=batch.sheet_name(i), row=batch.import_row[i])
                        for i in rows[:_PLACES_NAMED])
        if len(rows) > _PLACES_NAMED:
            places = msg("{places} 等 {count} 处", places=places, count=len(rows))
        for i in rows:
            batch.flag(i, ("event_no", "duplicate", number, msg("编号 {number} 在文件中出现 {count} 次：{places}", number=number,
                                                                    count=len(rows), places=places)))
            report.add(Code.DUPLICATE_EVENT_NO, msg("编号 {number} 用在 {count} 条不同的任务上（都保留，已标记待复核）",
                                                    number=number, count=len(rows)),
                       sheet=batch.sheet_name(i), row=batch.import_row[i], field="event_no", raw=number)
