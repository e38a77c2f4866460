"""Control characters in a cell (an .xls written by another program, an .xlsx cell escaped as _x001B_, a
paste from a terminal): nothing shows them and no XML file may hold them, so the value is read without
them, the task is flagged for a person to check, and the report names the cell with the original written
out ([U+001B]). Never stored as they are, never dropped unseen."""
from __future__ import annotations

import datetime as dt

import pytest
import python_calamine

from helpers.workbooks import canonical_sheet, write_workbook
from test_hostile_files import HEADER_ROW, xlsx
from wz_desktop.domain.report import Code
from wz_desktop.services.exports import export_year
from wz_desktop.services.imports import import_workbook
from wz_desktop.services.session import SYSTEM_SESSION


def _task(store, event_no):
    return store.database.execute(
        "SELECT summary, needs_review FROM tasks WHERE event_no = ?", (event_no,)).fetchone()


def _check(store, tmp_path, path, cells):
    """cells: event number -> (the summary as stored, the original shown in the report)."""
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok, report.error
    found = {(e.row, e.column, e.raw) for e in report.entries if e.code == Code.CONTROL_CHARS}
    for row, (event_no, (clean, shown)) in enumerate(cells.items(), start=2):
        summary, needs_review = _task(store, event_no)
        assert summary == clean and needs_review == 1, (event_no, summary, needs_review)
        assert (row, "B", shown) in found, (row, found)
    assert _task(store, "WZ2022-0009") == ("无控制字符的任务", 0)  # a clean neighbour is neither changed nor flagged
    out = tmp_path / "导出2022.xlsx"
    export_year(store, 2022, out, session=SYSTEM_SESSION)
    book = python_calamine.CalamineWorkbook.from_path(str(out))
    exported = [cell for name in book.sheet_names for row in book.get_sheet_by_name(name).to_python()
                for cell in row if isinstance(cell, str)]
    assert "星海湾落水救援" in exported or "老虎滩救援" in exported
    assert not any(ch in text for text in exported for ch in "\x00\x07\x1b\x7f\x85"), "a control character exported"


def test_control_characters_in_an_xls_are_taken_out_flagged_and_reported(store, tmp_path):
    cells = {"WZ2022-0001": ("星海湾落水救援", "星海湾[U+001B]落水救援"),
             "WZ2022-0002": ("老虎滩救援", "老虎滩[U+0007]救援[U+007F]"),
             "WZ2022-0003": ("棒棰岛搜寻", "[U+0085]棒棰岛搜寻")}
    raw = {"WZ2022-0001": "星海湾\x1b落水救援", "WZ2022-0002": "老虎滩\x07救援\x7f", "WZ2022-0003": "\x85棒棰岛搜寻"}
    rows = [[no, text, dt.datetime(2022, 7, 1 + i, 14, 30), 8, 2, "水上救援分队", None]
            for i, (no, text) in enumerate(raw.items())]
    rows.append(["WZ2022-0009", "无控制字符的任务", dt.datetime(2022, 7, 9, 9, 0), 3, 1, "水上救援分队", None])
    path = write_workbook(tmp_path / "2022年.xls", [canonical_sheet("水上救援", rows)])
    _check(store, tmp_path, path, cells)


def test_control_characters_escaped_in_an_xlsx_are_taken_out_flagged_and_reported(store, tmp_path):
    def row(r, no, text, day):
        return (f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{no}</t></is></c><c r="B{r}" t="inlineStr"><is><t>'
                f'{text}</t></is></c><c r="C{r}" t="inlineStr"><is><t>2022-07-0{day} 14:30</t></is></c>'
                f'<c r="D{r}"><v>8</v></c><c r="E{r}"><v>2</v></c><c r="F{r}" t="inlineStr"><is><t>水上救援分队</t>'
                f'</is></c></row>')

    data = (f'<row r="1">{HEADER_ROW}</row>' + row(2, "WZ2022-0001", "星海湾_x001B_落水救援", 1)
            + row(3, "WZ2022-0002", "_x0000_老虎滩救援", 2) + row(4, "WZ2022-0009", "无控制字符的任务", 9))
    path = xlsx(tmp_path / "2022年.xlsx", {"水上救援": data})
    _check(store, tmp_path, path, {"WZ2022-0001": ("星海湾落水救援", "星海湾[U+001B]落水救援"),
                                   "WZ2022-0002": ("老虎滩救援", "[U+0000]老虎滩救援")})


@pytest.mark.parametrize("text", ["星海湾\t落水", "星海湾\n落水", "星海湾\u3000落水"])
def test_tabs_line_breaks_and_wide_spaces_are_not_control_characters(store, tmp_path, text):
    path = write_workbook(tmp_path / "2022年.xls", [canonical_sheet("水上救援", [
        ["WZ2022-0001", text, dt.datetime(2022, 7, 1, 14, 30), 8, 2, "水上救援分队", None]])])
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok, report.error
    assert not [e for e in report.entries if e.code == Code.CONTROL_CHARS]


def test_control_characters_in_an_ods_are_taken_out_flagged_and_reported(store, tmp_path):
    """A program that writes content.xml itself (odfpy, a script) can leave a raw ESC in a cell: no XML may
    hold one, but the file is read (the form check lets control characters through) and the cell flagged."""
    from test_hostile_files import ods, ods_number, ods_text

    header = "".join(ods_text(t) for t in ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"])

    def row(no, text, day):
        return ("<table:table-row>" + ods_text(no) + ods_text(text) + ods_text(f"2022-07-0{day} 14:30")
                + ods_number(8) + ods_number(2) + ods_text("水上救援分队") + "</table:table-row>")

    table = ('<table:table table:name="水上救援"><table:table-row>' + header + "</table:table-row>"
             + row("WZ2022-0001", "星海湾\x1b落水救援", 1) + row("WZ2022-0009", "无控制字符的任务", 9) + "</table:table>")
    path = ods(tmp_path / "2022年.ods", table)
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok, report.error
    assert _task(store, "WZ2022-0001") == ("星海湾落水救援", 1)
    assert _task(store, "WZ2022-0009") == ("无控制字符的任务", 0)
    assert {(e.row, e.column, e.raw) for e in report.entries if e.code == Code.CONTROL_CHARS} == {
        (2, "B", "星海湾[U+001B]落水救援")}
