"""Write small real workbooks (.xlsx with openpyxl, .xls with xlwt) and read the application's exports.

A workbook is described as a list of :class:`Sheet`: a name, its rows from A1 (``None`` is an empty
cell) and merged ranges. Datetime values get a date-time number format, dates a date format, so the
files look as Excel or WPS would have saved them.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CANONICAL_SHEETS = ["水上救援", "城市搜救", "山地救援", "培训保障", "疫情防控", "队伍整备与设备保养"]
HEADER = ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]
FIELDS = ["event_no", "summary", "departure", "headcount", "vehicles", "squads", "remarks"]


@dataclass
class Sheet:
    name: str
    rows: list[list[Any]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based (r0, c0, r1, c1) inclusive


def _covered(merges) -> set[tuple[int, int]]:
    cells = set()
    for r0, c0, r1, c1 in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    cells.add((r, c))
    return cells


def write_xlsx(path: Path, sheets: list[Sheet]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for spec in sheets:
        ws = wb.create_sheet(spec.name)
        covered = _covered(spec.merges)
        for r, row in enumerate(spec.rows):
            for c, value in enumerate(row):
                if value is None or (r, c) in covered:
                    continue
                cell = ws.cell(row=r + 1, column=c + 1, value=value)
                if isinstance(value, dt.datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
        for r0, c0, r1, c1 in spec.merges:
            ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    wb.save(path)
    return path


def write_xls(path: Path, sheets: list[Sheet]) -> Path:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    datetime_style = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for spec in sheets:
        ws = wb.add_sheet(spec.name, cell_overwrite_ok=True)
        covered = _covered(spec.merges)
        for r, row in enumerate(spec.rows):
            for c, value in enumerate(row):
                if value is None or (r, c) in covered:
                    continue
                if isinstance(value, dt.datetime):
                    ws.write(r, c, value, datetime_style)
                elif isinstance(value, dt.date):
                    ws.write(r, c, dt.datetime(value.year, value.month, value.day), date_style)
                else:
                    ws.write(r, c, value)
        for r0, c0, r1, c1 in spec.merges:
            ws.merge(r0, r1, c0, c1)
    wb.save(str(path))
    return path


def write_workbook(path: Path, sheets: list[Sheet]) -> Path:
    path = Path(path)
    if path.suffix.lower() == ".xls":
        return write_xls(path, sheets)
    return write_xlsx(path, sheets)


def canonical_sheet(name: str, tasks: list[list[Any]]) -> Sheet:
    """A tidy sheet: the seven headers on row 1, then the rows."""
    return Sheet(name, [list(HEADER), *[list(t) for t in tasks]])


# --- reading exports --------------------------------------------------------------------------

def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def departure_text(v, number_format: str = "yyyy-mm-dd hh:mm") -> str | None:
    """What a person sees in a departure cell: minute or day as the cell's number format shows it."""
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        if "h" not in number_format.lower():
            return v.strftime("%Y-%m-%d")
        return v.strftime("%Y-%m-%d %H:%M")
    if isinstance(v, dt.date):
        return v.strftime("%Y-%m-%d")
    return str(v)


@dataclass
class ExportedRow:
    sheet: str
    row: int
    event_no: str
    summary: str
    departure: str | None
    departure_format: str
    departure_is_date: bool  # a real date cell (not text)
    headcount: Any
    vehicles: Any
    squads: str
    remarks: str
    cells: tuple = ()  # the seven cell values as openpyxl reads them

    def values(self) -> tuple:
        return (self.event_no, self.summary, self.departure, self.headcount, self.vehicles, self.squads,
                self.remarks)


@dataclass
class Export:
    sheetnames: list[str]
    headers: dict[str, list]
    rows: list[ExportedRow]
    frozen: dict[str, str | None]
    bold_header: dict[str, bool]
    autofilter: dict[str, str | None]

    def by_summary(self) -> dict[str, ExportedRow]:
        return {r.summary: r for r in self.rows}

    def sheet_rows(self, name: str) -> list[ExportedRow]:
        return [r for r in self.rows if r.sheet == name]


def read_export(path: Path) -> Export:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    headers, rows, frozen, bold, autofilter = {}, [], {}, {}, {}
    for ws in wb.worksheets:
        header = [c.value for c in ws[1]][:7] if ws.max_row >= 1 else []
        headers[ws.title] = header
        frozen[ws.title] = ws.freeze_panes
        bold[ws.title] = all(ws.cell(1, c).font.b for c in range(1, 8))
        autofilter[ws.title] = ws.auto_filter.ref
        for r in range(2, ws.max_row + 1):
            cells = [ws.cell(r, c) for c in range(1, 8)]
            values = [c.value for c in cells]
            if all(v is None for v in values):
                rows.append(ExportedRow(ws.title, r, "", "", None, "", False, None, None, "", "", tuple(values)))
                continue
            dep = cells[2]
            rows.append(ExportedRow(
                sheet=ws.title, row=r, event_no=_text(values[0]) if not isinstance(values[0], str) else values[0],
                summary=_text(values[1]), departure=departure_text(values[2], dep.number_format),
                departure_format=dep.number_format,
                departure_is_date=isinstance(values[2], (dt.date, dt.datetime)),
                headcount=values[3], vehicles=values[4], squads=_text(values[5]), remarks=_text(values[6]), cells=tuple(values),
            ))
    return Export(wb.sheetnames, headers, rows, frozen, bold, autofilter)


# --- the database -----------------------------------------------------------------------------

def db_snapshot(db_path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of the database (through a separate connection), for 'unchanged' checks."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'tasks_fts%' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def task_count(db_path: Path) -> int:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM tasks").fetchone()[0]
    finally:
        conn.close()
