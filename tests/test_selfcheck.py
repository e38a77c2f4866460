"""The import's self-check (issue 10, item 1): every stored value, rendered back as the export writes
it, is compared with its cell under the documented normalisations; a difference the report does not
explain flags the row and is reported.

A reader broken on purpose (a count one too many, a departure without its time) must be caught on
every row it touched; the four samples must import with no unexplained difference.
"""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from conftest import SAMPLE_FILES
from wz_desktop.domain import parse
from wz_desktop.domain.parse import is_placeholder
from wz_desktop.domain.report import Code
from wz_desktop.domain.selfcheck import check_column, explained, same, source_form
from wz_desktop.workbook import importer
from wz_desktop.services.imports import import_workbook
from wz_desktop.workbook.importer import interpret
from wz_desktop.workbook.reader import iter_cells
from wz_desktop.services.session import SYSTEM_SESSION

D = dt.datetime
HEADER = ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]


# --- the normalisations, and nothing more -----------------------------------------------------------

@pytest.mark.parametrize("field, cell, stored", [
    ("departure", "2020.3.5 14:30", "2020-03-05 14:30"),
    ("departure", "2020年3月5日 14时30分", "2020-03-05 14:30"),
    ("departure", "2020/03/05T14:30", "2020-03-05 14:30"),
    ("departure", "２０２０－０３－０５　１４：３０", "2020-03-05 14:30"),  # full width
    ("departure", "3月5日 14:30", "2020-03-05 14:30"),  # the year filled in
    ("departure", "2020-03-05 14:30:00", "2020-03-05 14:30"),  # zero seconds
    ("departure", D(2020, 3, 5, 14, 30), "2020-03-05 14:30"),  # a date cell against its text
    ("departure", dt.date(2020, 3, 5), "2020-03-05"),
    ("departure", "2022/1/2 3:45 PM", "2022-01-02 15:45"),  # the 12-hour clock, read exactly
    ("departure", "2022年1月2日下午3点半", "2022-01-02 15:30"),
    ("departure", "2022年1月2日 凌晨12:10", "2022-01-02 00:10"),
    ("departure", "2022年1月8日星期六 18:50", "2022-01-08 18:50"),  # the date's own weekday
    ("departure", "2022年1月8日(六)", "2022-01-08"),
    ("departure", "二〇二二年三月五日", "2022-03-05"),  # Chinese numerals
    ("departure", "2022-03-05 14:30:40", "2022-03-05 14:31"),  # seconds to the nearest minute
    ("headcount", 16.0, "16"),
    ("headcount", "16.0", "16"),
    ("headcount", "１６", "16"),
    ("event_no", 20200153.0, "20200153"),
    ("event_no", " WZ2020 -0153 ", "WZ2020-0153"),
    ("squads", "中山分队,西岗分队", "中山分队、西岗分队"),
    ("summary", "  落水  救援 ", "落水 救援"),
])
def test_the_documented_normalisations_are_no_difference(field, cell, stored):
    assert same(field, source_form(cell), stored, 2020)


@pytest.mark.parametrize("field, cell, stored", [
    ("departure", "2020-03-05 14:30", "2020-03-05"),  # the time lost
    ("departure", "2022/1/2 3:45 PM", "2022-01-02 03:45"),  # PM ignored
    ("departure", "2022年1月8日星期六 18:50", "2022-01-08 00:00"),
    ("departure", "3月5日 14:30", "2021-03-05 14:30"),  # another year than the workbook's
    ("departure", "2022年1月7日星期六 18:50", "2022-01-07 18:50"),  # the weekday is not the date's
    ("departure", "2022/1/2 3:45 AM", "2022-01-02 15:45"),
    ("departure", "3月5日-3月7日", "2020-03-05"),  # a range is no departure
    ("departure", "2020-03-05 14:30:40", "2020-03-05 14:30"),  # seconds cut, not rounded
    ("headcount", "16人", "16"),  # words around the number need the report's note
    ("headcount", 16.0, "17"),
    ("summary", "落水救援", "落水"),
    ("squads", "中山分队、中山分队", "中山分队"),
])
def test_other_differences_are_differences(field, cell, stored):
    assert not same(field, source_form(cell), stored, 2020)


def test_a_note_explains_only_the_value_it_names():
    assert explained(("guess", "“16人”读作 16"), "16")
    assert not explained(("guess", "“16人”读作 16"), "17")
    assert not explained(("guess", "“16人”读作 16"), "1")
    assert explained(("guess", "“3月5日 14:30”没有年份，按工作簿年份读作 2020-03-05 14:30"), "2020-03-05 14:30")
    assert not explained(("guess", "“3月5日 14:30”读作 2020-03-05 14:30"), "2020-03-05")
    assert explained(("empty", "占位符，视为空"), "")
    assert not explained(("empty", "占位符，视为空"), "3")
    assert explained(("raw", "无法读出数字，保留原文“若干”"), "若干")
    assert not explained(None, "16")
    assert explained(("guess", "分队“中山分队,西岗分队”整理为“中山分队、西岗分队”"), "中山分队、西岗分队")
    assert not explained(("guess", "分队“中山分队,西岗分队”整理为“中山分队、西岗分队”"), "中山分队")


def test_check_column_passes_tidy_cells_and_names_the_others():
    cells = [16.0, "16人", "16", None, "/", 3.0]
    values = [16, 16, 17, None, None, 4]
    raws = [None, "16人", None, None, "/", None]
    notes = {1: ("guess", "“16人”读作 16"), 4: ("empty", "占位符，视为空")}
    got = check_column("headcount", cells, values, raws, notes, is_placeholder)
    assert [(d.index, d.source, d.stored) for d in got] == [(2, "16", "17"), (5, "3", "4")]


# --- a reader broken on purpose ----------------------------------------------------------------------

def _untidy_book(path):
    """Counts and departures written the ways people write them, so that they go through the readers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "城市搜救"
    ws.append(HEADER)
    rows = [
        ["WZ2022-0001", "寻找走失老人", "2022-03-01 08:00", "10", "2", "中山分队", None],
        ["WZ2022-0002", "寻找离家少年", "2022.3.2 09:30", "12人", "3辆", "西岗分队", None],
        ["WZ2022-0003", "协助警方搜索", "3月3日 10:15", "１２", "１", "沙河口分队", None],
        ["WZ2022-0004", "暴雨积水转移居民", "2022年3月4日 11时20分", "约20人", "4", "中山分队", None],
        ["WZ2022-0005", "寻找失智老人", D(2022, 3, 5, 12, 0), 8, 2, "中山分队", None],  # tidy cells
    ]
    for row in rows:
        ws.append(row)
    ws["C6"].number_format = "yyyy-mm-dd hh:mm"
    wb.save(path)
    return path


def _self_check_rows(report):
    return {(e.row, e.field) for e in report.entries if e.code == Code.SELF_CHECK}


def test_an_honest_import_of_the_untidy_book_has_no_unexplained_difference(store, tmp_path):
    report = import_workbook(store, _untidy_book(tmp_path / "2022年.xlsx"), session=SYSTEM_SESSION)
    assert report.ok, report.error
    assert report.added == 5
    assert not _self_check_rows(report)


def test_a_count_reader_that_adds_one_is_caught_on_every_row_it_read(store, tmp_path, monkeypatch):
    real = parse.parse_count

    def broken(value):
        parsed = real(value)
        return parsed._replace(value=parsed.value + 1) if parsed.value is not None else parsed

    monkeypatch.setattr(importer, "parse_count", broken)
    monkeypatch.setitem(importer._PARSERS, "headcount", broken)
    monkeypatch.setitem(importer._PARSERS, "vehicles", broken)
    report = import_workbook(store, _untidy_book(tmp_path / "2022年.xlsx"), session=SYSTEM_SESSION)
    assert report.ok, report.error
    # rows 2-5 hold text counts (the readers' work); row 6 holds number cells, read without them
    assert _self_check_rows(report) == {(r, f) for r in (2, 3, 4, 5) for f in ("headcount", "vehicles")}
    flagged = {row for (row,) in store.database.execute(
        "SELECT import_row FROM tasks WHERE needs_review = 1").fetchall()}
    assert flagged >= {2, 3, 4, 5}
    kept = store.database.execute(
        "SELECT count(*) FROM task_flags WHERE code = 'self_check'").fetchone()[0]
    assert kept == 8
    assert any("自检" in str(line) for line in report.summary_lines())


def test_a_departure_reader_that_drops_the_time_is_caught_on_every_row_it_read(store, tmp_path, monkeypatch):
    real = parse.parse_departure

    def broken(value, year_hint=None):
        parsed = real(value, year_hint)
        return parsed._replace(value=parsed.value[:10]) if parsed.value else parsed

    monkeypatch.setattr(importer, "parse_departure", broken)
    report = import_workbook(store, _untidy_book(tmp_path / "2022年.xlsx"), session=SYSTEM_SESSION)
    assert report.ok, report.error
    assert _self_check_rows(report) == {(r, "departure") for r in (2, 3, 4, 5)}


def test_a_squad_reader_that_loses_a_squad_is_caught(tmp_path, monkeypatch):
    real = parse.parse_squads

    def broken(value):
        parsed = real(value)
        return parsed._replace(value=parsed.value.split("、")[0]) if parsed.value else parsed

    monkeypatch.setattr(importer, "parse_squads", broken)
    monkeypatch.setitem(importer._PARSERS, "squads", broken)
    rows = [HEADER, ["WZ2022-0101", "寻找走失老人", D(2022, 3, 1, 8, 0), 10, 2, "中山分队,西岗分队", None]]
    from wz_desktop.workbook.reader import SheetCells

    result = interpret([SheetCells("城市搜救", rows)], "2022年.xlsx")
    assert {(e.row, e.field) for e in result.report.entries if e.code == Code.SELF_CHECK} == {(2, "squads")}
    assert result.batch.needs_review[0]


# --- the samples: nothing unexplained ----------------------------------------------------------------

@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_the_samples_import_with_no_unexplained_difference(sample):
    result = interpret(iter_cells(sample), sample.name, sample)
    unexplained = [(e.sheet, e.row, e.column, e.message) for e in result.report.entries if e.code == Code.SELF_CHECK]
    assert unexplained == []
    assert len(result.batch) > 100
