"""Reading a workbook's cells with python-calamine (.xlsx, .xls, .xlsm, .ods), whole and as it is."""
from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import python_calamine

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
    except Exception as exc:  # calamine raises its own errors and plain ones for damaged files
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
    except WorkbookError:
        raise
    except Exception as exc:
        raise WorkbookError(_explain(path, exc)) from exc
    finally:
        try:
            workbook.close()
        except Exception:
            pass
    return sheets
