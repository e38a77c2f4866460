"""The number formats of an .xls's cells (a date shown without its year, a time hidden, an event number
shown as 015) are read from the records the scan walks (xls_scan.number_formats), not by xlrd opening
the book again for each sheet (a 100,000-task .xls: 5.3 s of import, most of it xlrd). They must be
exactly xlrd's, for every value cell of every sheet: built-in formats, the book's own, MULRK rows."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import xlrd
import xlwt

from wz_desktop.workbook import reader, xls_scan

DATA = Path(__file__).parent / "data"
FILES = sorted(DATA.glob("corpus/*.xls")) + sorted(DATA.glob("samples/*.xls"))


def _value_cells(path: Path) -> dict[str, list[tuple[int, int]]]:
    book = xlrd.open_workbook(str(path), on_demand=True)
    try:
        out = {}
        for name in book.sheet_names():
            sheet = book.sheet_by_name(name)
            out[name] = [(r, c) for r in range(sheet.nrows) for c in range(sheet.ncols)
                         if sheet.cell_type(r, c) not in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK)]
        return out
    finally:
        book.release_resources()


def _formatted() -> xlwt.Workbook:
    """Dates and numbers under built-in and own formats, numbers xlwt writes as MULRK runs."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("水上救援")
    styles = ['m"月"d"日"', "yyyy-mm-dd hh:mm", "h:mm", "000", "0.0", "General", "yyyy\"年\"m\"月\"", "d-mmm",
              "[$-804]aaaa", "m/d/yy"]
    for r, code in enumerate(styles):
        style = xlwt.easyxf(num_format_str=code)
        ws.write(r, 0, dt.datetime(2022, 3, 5, 14, 30), style)
        for c in range(1, 6):  # a run of numbers on one row: xlwt writes MULRK
            ws.write(r, c, c * 1.0, style)
        ws.write(r, 6, "文字", style)
    return wb


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_formats_from_the_records_are_xlrds(path):
    wanted = _value_cells(path)
    assert sum(len(v) for v in wanted.values()) > 0
    quick = xls_scan.number_formats(path, wanted)
    assert quick is not None
    assert quick == reader._xls_formats_by_xlrd(path, wanted)


def test_own_and_built_in_formats_and_mulrk_runs_are_xlrds(tmp_path):
    path = tmp_path / "2022年.xls"
    _formatted().save(str(path))
    wanted = _value_cells(path)
    quick = xls_scan.number_formats(path, wanted)
    assert quick == reader._xls_formats_by_xlrd(path, wanted)
    assert quick[("水上救援", 0, 0)] == 'm"月"d"日"' and quick[("水上救援", 3, 4)] == "000"


def test_the_reader_takes_the_quick_path(tmp_path, monkeypatch):
    path = tmp_path / "2022年.xls"
    _formatted().save(str(path))
    monkeypatch.setattr(reader, "_xls_formats_by_xlrd", lambda *a: pytest.fail("xlrd opened the book"))
    assert reader.number_formats(path, {"水上救援": [(2, 0)]}) == {("水上救援", 2, 0): "h:mm"}
