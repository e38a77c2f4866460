"""Importing hand-kept yearly workbooks: every kind of untidiness, nothing lost, nothing invented.

Two steps. :func:`interpret` reads the cells of a workbook into tasks and report entries (plain
Python, testable without a database). :func:`import_workbook` then pairs those tasks with what the
database already holds and writes the new ones, all in one transaction, through the store.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from wz_desktop.domain import matching
from wz_desktop.domain.kinds import TaskKind, kind_from_name
from wz_desktop.domain.parse import (
    Parsed,
    Reading,
    cell_text,
    fold,
    is_blank,
    looks_like_event_no,
    parse_count,
    parse_departure,
    parse_event_no,
    parse_remarks,
    parse_squads,
    parse_text,
)
from wz_desktop.domain.records import FIELD_LABELS, Origin, Task, TaskStatus
from wz_desktop.domain.report import Code, FileReport
from wz_desktop.workbook.layout import (
    FIELDS,
    NOTE_PREFIXES,
    TOTAL_WORDS,
    column_letter,
    field_for_header,
)
from wz_desktop.workbook.reader import SheetCells, WorkbookError, file_digest, read_cells

Progress = Callable[[int, str], None]  # percent, what is happening (Chinese)
HEADER_SEARCH_ROWS = 30


class ImportCancelled(Exception):
    pass


@dataclass
class Incoming:
    """One task read from a workbook row, with what should stay flagged on it."""

    task: Task
    flags: list[tuple[str, str, str | None, str]] = field(default_factory=list)  # field, code, raw, note
    year_guessed: bool = False


@dataclass
class Interpretation:
    rows: list[Incoming]
    report: FileReport
    year: int | None


# --- reading the sheets ------------------------------------------------------------------------

def _year_from_text(text: str) -> int | None:
    for match in re.finditer(r"(?<!\d)(19[9]\d|20\d\d)(?!\d)", fold(text)):
        return int(match.group(1))
    return None


def _find_header(rows: list[list[Any]]) -> tuple[int, dict[int, str]] | None:
    """The first row in which at least three cells name distinct columns, summary or departure among them."""
    for r, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        mapping: dict[int, str] = {}
        for c, value in enumerate(row):
            if isinstance(value, str) and value.strip():
                name = field_for_header(value)
                if name and name not in mapping.values():
                    mapping[c] = name
        if len(mapping) >= 3 and ("summary" in mapping.values() or "departure" in mapping.values()):
            return r, mapping
    return None


def _header_like(row: list[Any]) -> bool:
    names = {field_for_header(v) for v in row if isinstance(v, str) and v.strip()}
    names.discard(None)
    return len(names) >= 3


def _merge_fill(sheet: SheetCells, first_data_row: int, mapped: set[int]) -> dict[tuple[int, int], Any]:
    """Cells covered by a merge below the header take the merge's value (a squad or date merged down)."""
    filled: dict[tuple[int, int], Any] = {}
    for r0, c0, r1, c1 in sheet.merged:
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
            filled[(r, c0)] = value
    return filled


def _row_total_word(values: list[Any]) -> str | None:
    for v in values:
        if isinstance(v, str):
            text = re.sub(r"\s+", "", fold(v))
            for word in TOTAL_WORDS:
                if text.startswith(word) or text.endswith(word) and len(text) <= 6:
                    return word
    return None


def interpret(sheets: list[SheetCells], file_name: str) -> Interpretation:
    """Read a workbook's cells into tasks and a report. Raises WorkbookError if nothing can be imported."""
    report = FileReport(file=file_name)
    year_hint = _year_from_text(Path(file_name).stem)
    plans = []
    title_years: list[int] = []
    for sheet in sheets:
        found = _find_header(sheet.rows)
        non_empty = sum(1 for row in sheet.rows if any(not is_blank(v) for v in row))
        kind = kind_from_name(sheet.name)
        header_row = found[0] if found else None
        titles = [cell_text(v) for row in sheet.rows[: header_row if header_row is not None else 3]
                  for v in row if isinstance(v, str) and v.strip()]
        for title in titles:
            year = _year_from_text(title)
            if year:
                title_years.append(year)
        if kind is None:
            for title in titles:
                kind = kind_from_name(title)
                if kind:
                    report.add(Code.GUESS, f"工作表名看不出类别，按标题“{title}”认作“{kind.sheet_name}”",
                               sheet=sheet.name)
                    break
        if non_empty == 0:
            report.add(Code.SKIPPED_SHEET, "空工作表，跳过", sheet=sheet.name)
            report.sheets.append({"name": sheet.name, "kind": kind.value if kind else None, "skipped": "empty"})
            continue
        if kind is None and found is None:
            report.add(Code.SKIPPED_SHEET, f"不是任务表（没有任务表头），跳过；其中有 {non_empty} 行内容未导入",
                       sheet=sheet.name)
            report.sheets.append({"name": sheet.name, "kind": None, "skipped": "not a task sheet"})
            continue
        if kind is None:
            raise WorkbookError(
                f"工作表“{sheet.name}”有任务表头，但看不出属于六类任务中的哪一类。"
                f"请把工作表改名为六类之一（水上救援、城市搜救、山地救援、培训保障、疫情防控、队伍整备与设备保养）后再导入。"
            )
        if found is None:
            mapping = {i: name for i, name in enumerate(FIELDS)}
            start = next(r for r, row in enumerate(sheet.rows) if any(not is_blank(v) for v in row))
            report.add(Code.GUESS, "没有找到表头行，按标准的七列顺序读取", sheet=sheet.name, row=start + 1)
            header_row = start - 1
        else:
            mapping = found[1]
            if header_row != 0:
                report.add(Code.HEADER, f"表头在第 {header_row + 1} 行，上面的标题行不是任务", sheet=sheet.name,
                           row=header_row + 1)
            header = sheet.rows[header_row]
            for c, value in enumerate(header):
                if c not in mapping and not is_blank(value):
                    column_has_data = any(c < len(row) and not is_blank(row[c]) for row in sheet.rows[header_row + 1:])
                    report.add(Code.UNKNOWN_COLUMN,
                               f"表头“{cell_text(value).strip()}”不是七列之一"
                               + ("，该列的值随任务保存在待复核标记中，不写入导出" if column_has_data else "（该列为空）"),
                               sheet=sheet.name, row=header_row + 1, column=column_letter(c))
            for name in FIELDS:
                if name not in mapping.values():
                    report.add(Code.MISSING_COLUMN, f"没有“{FIELD_LABELS[name]}”列", sheet=sheet.name,
                               row=header_row + 1, field=name)
        plans.append((sheet, kind, header_row, mapping))

    if not plans:
        raise WorkbookError(f"“{file_name}”里没有任务表：没有一个工作表是六类任务之一，也没有任务表头。")

    if year_hint is None and title_years:
        year_hint = Counter(title_years).most_common(1)[0][0]

    rows: list[Incoming] = []
    for sheet, kind, header_row, mapping in plans:
        taken = _read_sheet(sheet, kind, header_row, mapping, year_hint, report)
        rows.extend(taken)
        report.sheets.append({"name": sheet.name, "kind": kind.value, "header_row": header_row + 1,
                              "tasks": len(taken)})

    year = year_hint
    if year is None:
        years = Counter(r.task.year for r in rows if r.task.year is not None)
        year = years.most_common(1)[0][0] if years else None
    for item in rows:
        if item.task.year is None:
            if year is None:
                raise WorkbookError(f"“{file_name}”里的出队时间都无法识别，文件名和标题里也没有年份，无法确定年份。"
                                    "请在文件名中写上年份（如“2021年救援任务统计.xlsx”）后再导入。")
            item.task.year = year
            item.year_guessed = True
            item.flags.append(("year", "guess", None, f"出队时间无法识别，年份按工作簿认作 {year}"))
            report.add(Code.GUESS, f"出队时间无法识别，年份按工作簿认作 {year}", sheet=item.task.import_sheet,
                       row=item.task.import_row, field="departure")
            report.guesses += 1
    _flag_duplicate_numbers(rows, report)
    report.year = year
    report.rows_read = len(rows)
    return Interpretation(rows=rows, report=report, year=year)


_PARSERS: dict[str, Callable[..., Parsed]] = {
    "event_no": parse_event_no,
    "summary": parse_text,
    "headcount": parse_count,
    "vehicles": parse_count,
    "squads": parse_squads,
    "remarks": parse_remarks,
}


def _read_sheet(sheet: SheetCells, kind: TaskKind, header_row: int, mapping: dict[int, str],
                year_hint: int | None, report: FileReport) -> list[Incoming]:
    first = header_row + 1
    filled = _merge_fill(sheet, first, set(mapping))
    by_field = {name: c for c, name in mapping.items()}
    out: list[Incoming] = []
    name = sheet.name
    for r in range(first, len(sheet.rows)):
        row = sheet.rows[r]
        if filled:
            row = list(row)
            for (fr, fc), value in filled.items():
                if fr == r:
                    while len(row) <= fc:
                        row.append("")
                    if is_blank(row[fc]):
                        row[fc] = value
        excel_row = r + 1
        present = [(c, v) for c, v in enumerate(row) if not is_blank(v)]
        if not present:
            report.add(Code.SKIPPED_ROW, "空行", sheet=name, row=excel_row)
            report.skipped += 1
            continue
        texts = " | ".join(cell_text(v).strip() for _, v in present)
        if _header_like(row):
            report.add(Code.SKIPPED_ROW, "重复的表头行", sheet=name, row=excel_row, raw=texts)
            report.skipped += 1
            continue
        departure_cell = row[by_field["departure"]] if "departure" in by_field and by_field["departure"] < len(row) else None
        total = _row_total_word([row[c] for c in (by_field.get("event_no"), by_field.get("summary"),
                                                  by_field.get("squads")) if c is not None and c < len(row)]
                                + [present[0][1]])
        if total and parse_departure(departure_cell, year_hint).value is None:
            report.add(Code.SKIPPED_ROW, f"{total}行，不是任务", sheet=name, row=excel_row, raw=texts)
            report.skipped += 1
            continue
        if len(present) == 1:
            c, v = present[0]
            field_name = mapping.get(c)
            text = cell_text(v).strip()
            is_note = isinstance(v, str) and (
                field_name not in ("event_no", "summary", "departure", "headcount", "vehicles")
                or (field_name == "event_no" and not looks_like_event_no(text))
                or (field_name == "summary" and fold(text).startswith(NOTE_PREFIXES))
            )
            if is_note:
                report.add(Code.SKIPPED_ROW, "说明文字，不是任务（原文见此处）", sheet=name, row=excel_row,
                           column=column_letter(c), raw=text)
                report.skipped += 1
                continue
        out.append(_read_task_row(row, mapping, kind, name, excel_row, year_hint, report, filled, r))
    return out


def _read_task_row(row: list[Any], mapping: dict[int, str], kind: TaskKind, sheet: str, excel_row: int,
                   year_hint: int | None, report: FileReport, filled: dict, r: int) -> Incoming:
    task = Task(kind=kind, status=TaskStatus.ARCHIVED, origin=Origin.IMPORT, import_sheet=sheet,
                import_row=excel_row)
    item = Incoming(task=task)
    for c, name in mapping.items():
        value = row[c] if c < len(row) else None
        if (r, c) in filled and value is filled[(r, c)]:
            report.add(Code.FILLED_FROM_MERGE, f"合并单元格，本行取“{cell_text(value).strip()}”", sheet=sheet,
                       row=excel_row, column=column_letter(c), field=name)
        parsed = parse_departure(value, year_hint) if name == "departure" else _PARSERS[name](value)
        _apply(task, name, parsed)
        if parsed.reading is Reading.GUESS:
            report.guesses += 1
            report.add(Code.GUESS, parsed.note, sheet=sheet, row=excel_row, column=column_letter(c), field=name,
                       raw=parsed.raw, value=None if parsed.value is None else str(parsed.value))
        elif parsed.reading is Reading.RAW:
            report.raw_values += 1
            item.flags.append((name, "raw", parsed.raw, parsed.note))
            report.add(Code.RAW_VALUE, parsed.note, sheet=sheet, row=excel_row, column=column_letter(c), field=name,
                       raw=parsed.raw)
    for c, value in enumerate(row):
        if c not in mapping and not is_blank(value):
            item.flags.append((f"extra:{column_letter(c)}", "extra", cell_text(value).strip(),
                               "无法识别的列中的值，原样保存"))
    if task.departure is not None:
        task.year = int(task.departure[:4])
    if not task.summary:
        item.flags.append(("summary", "missing", None, "没有事件摘要"))
    if task.departure is None and task.departure_raw is None:
        item.flags.append(("departure", "missing", None, "没有出队时间"))
    task.needs_review = any(code in ("raw", "missing", "extra") for _, code, _, _ in item.flags)
    task.import_key = matching.import_key(task)
    return item


def _apply(task: Task, name: str, parsed: Parsed) -> None:
    if name == "event_no":
        task.event_no = parsed.value or ""
    elif name == "summary":
        task.summary = parsed.value or ""
    elif name == "departure":
        task.departure = parsed.value
        task.departure_raw = parsed.raw
    elif name == "headcount":
        task.headcount, task.headcount_raw = parsed.value, parsed.raw
    elif name == "vehicles":
        task.vehicles, task.vehicles_raw = parsed.value, parsed.raw
    elif name == "squads":
        task.squads, task.squads_raw = parsed.value or "", parsed.raw
    elif name == "remarks":
        task.remarks, task.remarks_raw = parsed.value or "", parsed.raw


def _flag_duplicate_numbers(rows: list[Incoming], report: FileReport) -> None:
    by_number: dict[str, list[Incoming]] = defaultdict(list)
    for item in rows:
        if item.task.event_no:
            by_number[item.task.event_no].append(item)
    for number, items in by_number.items():
        if len(items) < 2:
            continue
        places = "、".join(f"“{i.task.import_sheet}”第 {i.task.import_row} 行" for i in items)
        for item in items:
            item.flags.append(("event_no", "duplicate", number, f"编号 {number} 在文件中出现 {len(items)} 次：{places}"))
            item.task.needs_review = True
            report.add(Code.DUPLICATE_EVENT_NO, f"编号 {number} 用在 {len(items)} 条不同的任务上（都保留，已标记待复核）",
                       sheet=item.task.import_sheet, row=item.task.import_row, field="event_no", raw=number)


# --- into the database -------------------------------------------------------------------------

def import_workbook(store, path: str | Path, *, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None, backup: bool = True) -> FileReport:
    """Import one workbook atomically. Returns its report; a file that can't be imported comes back
    with ``status == 'failed'`` and a message, and the database is exactly as it was."""
    path = Path(path)
    report = FileReport(file=path.name)

    def step(percent: int, message: str) -> None:
        if cancelled and cancelled():
            raise ImportCancelled()
        if progress:
            progress(percent, message)

    try:
        step(0, f"正在读取“{path.name}”")
        sheets = read_cells(path)
        sha, size = file_digest(path)
        step(35, "正在识别表头和数据")
        interpretation = interpret(sheets, path.name)
        report = interpretation.report
        report.sha256 = sha
        report.previously_imported = [f"{when}（{name}）" for _, name, when in store.imports.previous(sha)]
        step(60, "正在与数据库比对")
        if backup and store.tasks.total() > 0:
            report.backup = str(store.backup("before-import"))
        with store.transaction():
            _write(store, path, sha, size, interpretation, step)
            step(99, "正在提交")
        report.status = "imported"
    except ImportCancelled:
        report.status = "failed"
        report.error = "导入已取消。"
    except WorkbookError as exc:
        report.status = "failed"
        report.error = str(exc)
    except Exception as exc:  # the database said no (busy, disk full, ...): nothing was written
        from wz_desktop.store import StoreError

        report.status = "failed"
        if isinstance(exc, StoreError):
            report.error = str(exc)
        else:
            report.error = f"写入数据库时出错，已撤销本次导入：{exc}"
    if progress:
        progress(100, "完成" if report.ok else "未导入")
    return report


def _write(store, path: Path, sha: str, size: int, interpretation: Interpretation, step) -> None:
    report = interpretation.report
    rows = interpretation.rows
    tasks = [item.task for item in rows]
    candidates = store.tasks.matching_candidates((t.import_key for t in tasks), (t.event_no for t in tasks))
    pairs = matching.match(tasks, candidates) if candidates else [None] * len(tasks)
    step(75, "正在写入数据库")
    import_id = store.imports.start(path.name, str(path.resolve()), sha, size)
    new_tasks: list[Task] = []
    new_flags: dict[int, list[tuple]] = {}
    for item, existing in zip(rows, pairs):
        task = item.task
        if existing is None:
            task.import_id = import_id
            if item.flags:
                new_flags[len(new_tasks)] = item.flags
            new_tasks.append(task)
            continue
        diffs = matching.differences(task, existing)
        if diffs:
            report.differing += 1
            report.add(Code.DIFFERS, f"与数据库中的任务（{existing.event_no or existing.summary}）不一致，保留数据库中的值："
                       + matching.describe(diffs), sheet=task.import_sheet, row=task.import_row,
                       value=str(existing.id))
        else:
            report.unchanged += 1
    store.tasks.insert_many(new_tasks, new_flags)
    report.added = len(new_tasks)
    report.flagged = sum(1 for t in new_tasks if t.needs_review)
    store.imports.finish(import_id, year=interpretation.year, counts=report.counts(), report=report.to_dict())
