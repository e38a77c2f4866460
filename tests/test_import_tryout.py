"""Hands nobody had shown the importer (helper 'tryout', issue 10): each was silently wrong before.

A total in words with a colon ('合计：2起') and a sum row whose summary has words ('本月共出队2次')
were stored as tasks; a note between tasks ('（以下为夜间出队）') was stored as a task; an English
header was refused; '队员8人' was kept raw. And the self-check could not see a row that is no task
at all (stored verbatim, every cell equal to its source): it now flags and reports every task with
neither an event number nor a departure, which the test below shows by breaking the note reader.
"""
from __future__ import annotations

import datetime as dt

import pytest

from test_import_structures import book, entries, exported, imp, no_self_check, skipped_rows
from wz_desktop.domain.parse import parse_count
from wz_desktop.domain.report import Code
from wz_desktop.workbook import importer

D = dt.datetime
HEADER = ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]
TASKS = [["WZ2021-001", "甘井子区老人走失", D(2021, 5, 1, 8, 0), 10, 2, "甘井子分队", None],
         ["WZ2021-002", "金州区学生未归", D(2021, 5, 2, 9, 0), 12, 3, "金州分队", None]]


def summaries(store, tmp_path):
    return sorted(r.summary for r in exported(store, 2021, tmp_path).rows if r.summary or r.event_no)


@pytest.mark.parametrize("label", ["合计：2起", "总计: 共出队2次", "本月合计：22人"])
def test_a_total_label_with_words_after_its_colon_is_no_task(store, tmp_path, label):
    path = book(tmp_path / "t.xlsx", {"城市搜救": [HEADER, *TASKS, [label, None, None, 22, 5, None, None]]})
    report = imp(store, path)
    assert ("城市搜救", 4) in skipped_rows(report)
    assert summaries(store, tmp_path) == ["甘井子区老人走失", "金州区学生未归"]
    no_self_check(report)


def test_a_sum_row_whose_summary_has_words_is_no_task(store, tmp_path):
    path = book(tmp_path / "t.xlsx", {"城市搜救": [HEADER, *TASKS, [None, "本月共出队2次", None, 22, 5, None, None]]})
    report = imp(store, path)
    assert ("城市搜救", 4) in skipped_rows(report)
    assert summaries(store, tmp_path) == ["甘井子区老人走失", "金州区学生未归"]


def test_a_task_with_words_and_counts_that_are_no_sums_stays_a_task(store, tmp_path):
    row = [None, "夜间协助寻找走失老人", None, 7, 1, "甘井子分队", None]
    path = book(tmp_path / "t.xlsx", {"城市搜救": [HEADER, *TASKS, row]})
    imp(store, path)
    assert "夜间协助寻找走失老人" in summaries(store, tmp_path)


@pytest.mark.parametrize("note", ["（以下为夜间出队）", "【2月】", "以下为二月任务", "接上页"])
def test_a_note_between_tasks_is_no_task(store, tmp_path, note):
    path = book(tmp_path / "t.xlsx", {"城市搜救": [HEADER, TASKS[0], [None, note], TASKS[1]]})
    report = imp(store, path)
    assert ("城市搜救", 3) in skipped_rows(report)
    assert summaries(store, tmp_path) == ["甘井子区老人走失", "金州区学生未归"]
    no_self_check(report)


def test_the_self_check_reports_a_row_with_neither_number_nor_departure(store, tmp_path, monkeypatch):
    """The note reader broken on purpose: the note becomes a task, and the self-check says so."""
    monkeypatch.setattr(importer, "_NOTE_TEXT", importer.re.compile(r"(?!)"))
    path = book(tmp_path / "t.xlsx", {"城市搜救": [HEADER, TASKS[0], [None, "（以下为夜间出队）"], TASKS[1]]})
    report = imp(store, path)
    found = entries(report, Code.SELF_CHECK)
    assert [(e.sheet, e.row) for e in found] == [("城市搜救", 3)]
    assert "既没有事件编号也没有出队时间" in found[0].message


def test_an_english_header_is_read(store, tmp_path):
    header = ["No.", "Event No.", "Summary", "Departure", "People", "Vehicles", "Squad", "Remarks"]
    rows = [[i, *t] for i, t in enumerate(TASKS, start=1)]
    report = imp(store, book(tmp_path / "t.xlsx", {"城市搜救": [header, *rows]}))
    got = exported(store, 2021, tmp_path).by_summary()
    assert got["金州区学生未归"].event_no == "WZ2021-002"
    assert got["金州区学生未归"].headcount == 12 and got["金州区学生未归"].vehicles == 3
    assert got["金州区学生未归"].departure == "2021-05-02 09:00"
    no_self_check(report)


def test_an_english_date_and_time_column_make_one_departure(store, tmp_path):
    header = ["Event No.", "Summary", "Date", "Time", "People", "Vehicles", "Squad", "Remarks"]
    rows = [["WZ2021-009", "老人走失", D(2021, 6, 1), "19:30", 5, 1, "甘井子分队", None]]
    imp(store, book(tmp_path / "t.xlsx", {"城市搜救": [header, *rows]}))
    assert exported(store, 2021, tmp_path).by_summary()["老人走失"].departure == "2021-06-01 19:30"


@pytest.mark.parametrize("text,value", [("队员8人", 8), ("出动12人", 12), ("车辆3台", 3), ("人员约20人", 20)])
def test_a_count_named_before_its_number_is_read_and_its_text_kept(text, value):
    got = parse_count(text)
    assert (got.value, got.raw) == (value, text)


@pytest.mark.parametrize("text", ["队员", "队员8人9", "车辆3台2"])
def test_a_count_named_before_anything_else_stays_raw(text):
    assert parse_count(text).value is None


def test_a_sums_only_row_after_a_labelled_subtotal_is_no_task(store, tmp_path):
    """'3月合计' closes March: the unlabelled row under April's tasks sums April alone."""
    april = [["WZ2021-003", "棒棰岛溺水打捞", D(2021, 4, 3, 9, 10), 15, 4, "水上救援分队", None],
             ["WZ2021-004", "小平岛渔船失联", D(2021, 4, 20, 16, 0), 10, 3, "水上救援分队", None]]
    rows = [HEADER, *TASKS, ["3月合计", None, None, 22, 5, None, None], *april, [None, None, None, 25, 7, None, None]]
    report = imp(store, book(tmp_path / "t.xlsx", {"水上救援": rows}))
    assert {("水上救援", 4), ("水上救援", 7)} <= skipped_rows(report)
    assert len(summaries(store, tmp_path)) == 4
    no_self_check(report)


def test_a_departure_cell_with_seconds_is_the_minute_excel_shows(store, tmp_path):
    """08:00:59 under 'yyyy-mm-dd hh:mm' shows 08:00 in Excel and LibreOffice: stored 08:00, not 08:01;
    a float's error just under the minute (07:59:59.9995) is still 08:00."""
    rows = [HEADER, ["WZ2021-011", "秒", D(2021, 5, 1, 8, 0, 59), 3, 1, "甘井子分队", None],
            ["WZ2021-012", "浮点误差", D(2021, 5, 2, 7, 59, 59, 999500), 3, 1, "甘井子分队", None]]
    report = imp(store, book(tmp_path / "t.xlsx", {"城市搜救": rows}))
    got = exported(store, 2021, tmp_path).by_summary()
    assert (got["秒"].departure, got["浮点误差"].departure) == ("2021-05-01 08:00", "2021-05-02 08:00")
    no_self_check(report)


@pytest.mark.parametrize("cell,stored", [(D(2021, 1, 8), "2021-01-08"), (12.5, "12.5"), (True, "TRUE")])
def test_an_event_number_that_excel_turned_into_a_date_is_kept_and_said(store, tmp_path, cell, stored):
    rows = [HEADER, [cell, "编号", D(2021, 5, 1, 8, 0), 3, 1, "甘井子分队", None]]
    report = imp(store, book(tmp_path / "t.xlsx", {"城市搜救": rows}))
    assert exported(store, 2021, tmp_path).by_summary()["编号"].event_no == stored
    said = [e for e in entries(report, Code.GUESS) if e.field == "event_no"]
    assert len(said) == 1 and "不是文字" in said[0].message
    no_self_check(report)


@pytest.mark.parametrize("text,names", [("一、二分队", ["一分队", "二分队"]), ("甘井子、金州分队", ["甘井子分队", "金州分队"]),
                                        ("一、二、三中队", ["一中队", "二中队", "三中队"])])
def test_a_squad_suffix_written_once_is_every_name_s(store, tmp_path, text, names):
    """'一、二分队' is squads 一分队 and 二分队, not a squad '一' (which the squad links would make)."""
    rows = [HEADER, ["WZ2021-021", "两队", D(2021, 5, 1, 8, 0), 3, 1, text, None]]
    report = imp(store, book(tmp_path / "t.xlsx", {"城市搜救": rows}))
    assert exported(store, 2021, tmp_path).by_summary()["两队"].squads == "、".join(names)
    assert [e.raw for e in entries(report, Code.GUESS) if e.field == "squads"] == [text]
    no_self_check(report)


@pytest.mark.parametrize("text", ["培训部、甘井子分队", "甘井子分队、沙河口分队", "水上救援分队", "一二分队"])
def test_squads_written_whole_are_left_as_they_are(text):
    from wz_desktop.domain.parse import parse_squads
    assert parse_squads(text).value == text


def test_the_self_check_reports_a_squad_split_into_no_names(store, tmp_path, monkeypatch):
    """The shared-suffix reader broken on purpose: '一、二分队' is stored as 一、二分队 (squads '一' and
    '二分队'), equal to its cell under the separators' normalisation; the self-check still says so."""
    from wz_desktop.domain import parse

    monkeypatch.setattr(parse, "_shared_suffix", lambda names: None)
    parse._parse_squads_text.cache_clear()
    try:
        rows = [HEADER, ["WZ2021-031", "两队", D(2021, 5, 1, 8, 0), 3, 1, "一、二分队", None]]
        report = imp(store, book(tmp_path / "t.xlsx", {"城市搜救": rows}))
    finally:
        parse._parse_squads_text.cache_clear()
    found = [e for e in entries(report, Code.SELF_CHECK) if e.field == "squads"]
    assert [(e.row, e.raw) for e in found] == [(2, "一、二分队")]


@pytest.mark.parametrize("text,value", [("19:30 2021/1/8", "2021-01-08 19:30"), ("晚上7点 2021年1月8日", "2021-01-08 19:00"),
                                        ("19:30 1/8", "2021-01-08 19:30")])
def test_a_time_written_before_its_date_is_read_and_said(text, value):
    from wz_desktop.domain.parse import Reading, parse_departure
    got = parse_departure(text, 2021)
    assert (got.value, got.reading, got.raw) == (value, Reading.GUESS, text)
    assert "时刻写在日期之前" in got.note


@pytest.mark.parametrize("text", ["19:30 2021/1/8 20:00", "1930 2021/1/8", "19 2021/1/8", "19:30 2021/1/8 接警"])
def test_a_time_before_a_date_with_anything_more_stays_raw(text):
    from wz_desktop.domain.parse import parse_departure
    assert parse_departure(text, 2021).value is None
