"""Reading a workbook's cells with python-calamine (.xlsx, .xls, .xlsm, .ods), whole and as it is."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import python_calamine

log = logging.getLogger(__name__)
SUPPORTED_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}


class WorkbookError(Exception):
    """A file that cannot be read as a workbook; the message is for people (Chinese)."""


@dataclass
class SheetCells:
    name: str
    rows: list[list[Any]]  # from A1: rows[r][c] is Excel row r+1, column c
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row0, col0, row1, col1), inclusive


def file_digest(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _explain(path: Path, exc: Exception) -> str:
    head = b""
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError:
        pass
    if head.startswith(b"PK") and not zipfile.is_zipfile(path):
        return f"文件“{path.name}”已损坏或不完整（可能没有下载或复制完），无法读取。"
    if head.startswith(b"PK") or head.startswith(b"\xd0\xcf\x11\xe0"):
        return f"文件“{path.name}”已损坏，或受密码保护，无法读取（{exc}）。"
    return f"文件“{path.name}”不是 Excel 工作簿（.xlsx 或 .xls），无法读取。"


def read_cells(path: str | Path) -> list[SheetCells]:
    """Every sheet's cells, from A1, with its merged ranges. Raises WorkbookError for bad files."""
    path = Path(path)
    if not path.exists():
        raise WorkbookError(f"找不到文件“{path}”。")
    if path.is_dir():
        raise WorkbookError(f"“{path}”是文件夹，不是工作簿。")
    if path.stat().st_size == 0:
        raise WorkbookError(f"文件“{path.name}”是空文件（0 字节），无法读取。")
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise WorkbookError(f"文件“{path.name}”不是 Excel 工作簿：只能导入 .xlsx 和 .xls 文件。")
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # calamine's own errors, and a Rust panic (a BaseException) on damaged files
        raise WorkbookError(_explain(path, exc)) from exc
    sheets: list[SheetCells] = []
    try:
        for name in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)
            merged: list[tuple[int, int, int, int]] = []
            try:
                ranges = sheet.merged_cell_ranges or []
            except Exception:
                ranges = []
            for (r0, c0), (r1, c1) in ranges:
                merged.append((r0, c0, r1, c1))
            sheets.append(SheetCells(name=name, rows=rows, merged=merged))
    except (WorkbookError, KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # see above: a truncated .xls can make calamine panic mid-sheet
        raise WorkbookError(_explain(path, exc)) from exc
    finally:
        try:
            workbook.close()
        except Exception:
            pass
    _restore_midnight_times(path, sheets)
    return sheets


# --- a date-time at exactly 00:00 ------------------------------------------------------------------
# python-calamine gives a date-time cell whose time is 00:00 as a date, the same as a date-only
# cell. Only the cell's number format tells them apart ('yyyy-mm-dd hh:mm' or 'yyyy-mm-dd'), so
# where a sheet has such cells their formats are looked up (openpyxl for .xlsx, xlrd for .xls) and
# the ones formatted with a time become date-times again. Files without date cells pay nothing.

_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


def format_shows_time(code: str | None) -> bool:
    if not code:
        return False
    bare = _QUOTED.sub("", code).lower()
    return "h" in bare or ("s" in bare and ":" in bare) or "am/pm" in bare


def _restore_midnight_times(path: Path, sheets: list[SheetCells]) -> None:
    wanted: dict[str, list[tuple[int, int]]] = {}
    for sheet in sheets:
        cells = [(r, c) for r, row in enumerate(sheet.rows) for c, v in enumerate(row)
                 if type(v) is dt.date]
        if cells:
            wanted[sheet.name] = cells
    if not wanted:
        return
    try:
        formats = _xls_formats(path, wanted) if path.suffix.lower() == ".xls" else _xlsx_formats(path, wanted)
    except Exception:  # the formats are a refinement: without them a date stays a date
        log.warning("could not read the number formats of %s", path, exc_info=True)
        return
    for sheet in sheets:
        for r, c in wanted.get(sheet.name, ()):
            if format_shows_time(formats.get((sheet.name, r, c))):
                day = sheet.rows[r][c]
                sheet.rows[r][c] = dt.datetime(day.year, day.month, day.day)


def _xlsx_formats(path: Path, wanted: dict[str, list[tuple[int, int]]]) -> dict[tuple[str, int, int], str]:
    import openpyxl

    found: dict[tuple[str, int, int], str] = {}
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        for name, cells in wanted.items():
            if name not in workbook.sheetnames:
                continue
            positions = set(cells)
            last_row = max(r for r, _ in cells)
            for r, row in enumerate(workbook[name].iter_rows(min_row=1, max_row=last_row + 1)):
                for cell in row:
                    column = getattr(cell, "column", None)
                    if column is not None and (r, column - 1) in positions:
                        found[(name, r, column - 1)] = cell.number_format
    finally:
        workbook.close()
    return found


def _xls_formats(path: Path, wanted: dict[str, list[tuple[int, int]]]) -> dict[tuple[str, int, int], str]:
    import xlrd

    found: dict[tuple[str, int, int], str] = {}
    book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    try:
        for name, cells in wanted.items():
            try:
                sheet = book.sheet_by_name(name)
            except xlrd.XLRDError:
                continue
            for r, c in cells:
                if r < sheet.nrows and c < sheet.ncols:
                    xf = book.xf_list[sheet.cell_xf_index(r, c)]
                    fmt = book.format_map.get(xf.format_key)
                    found[(name, r, c)] = fmt.format_str if fmt else None
    finally:
        book.release_resources()
    return found
