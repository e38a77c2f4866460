"""Importing the untidy workbooks of docs/workbook-format.md, one kind of untidiness at a time and together.

Every test writes a real workbook (openpyxl, xlsxwriter or xlwt), imports it into a real SQLite database
with ``import_workbook``, exports the year with ``export_year`` and reads the export back with openpyxl:
what the secretary would see. The import report must name every skipped row, raw value and guess by
sheet, row and column; re-importing adds nothing; a file that can't be imported changes nothing.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest

from helpers.workbooks import (
    CANONICAL_SHEETS,
    HEADER,
    Sheet,
    canonical_sheet,
    db_snapshot,
    read_export,
    task_count,
    write_workbook,
)
from wz_desktop.domain.report import Code
from wz_desktop.services.exports import export_year
from wz_desktop.services.imports import import_workbook
from wz_desktop.services.session import SYSTEM_SESSION

CHINESE = re.compile(r"[\u4e00-\u9fff]")
D = dt.datetime


def imp(store, path):
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok, report.error
    return report


def export(store, year, tmp_path, name=None):
    out = tmp_path / (name or f"导出{year}.xlsx")
    export_year(store, year, out, session=SYSTEM_SESSION)
    return read_export(out)


def where(report, code):
    """(sheet, row, column) of every report entry of a kind; sheet names compared without stray spaces."""
    return {((e.sheet or "").strip(), e.row, e.column) for e in report.entries if e.code == code}


def rows_of(report, code):
    return {((e.sheet or "").strip(), e.row) for e in report.entries if e.code == code}


def task_by_summary(store, summary):
    row = store.database.execute("SELECT id FROM tasks WHERE summary = ?", (summary,)).fetchall()
    assert len(row) == 1, f"{summary!r}: {len(row)} tasks"
    return store.tasks.get(row[0][0])


# --- the tidy case, as a baseline --------------------------------------------------------------

TIDY = {
    "水上救援": [
        ["WZ2020-0002", "星海湾游客落水救援", D(2020, 7, 1, 14, 30), 8, 2, "水上救援分队", "已救起"],
        ["WZ2020-0001", "老虎滩渔船漂流搜寻", D(2020, 6, 30, 21, 5), 12, 3, "水上救援分队、中山分队", None],
    ],
    "城市搜救": [["WZ2020-0003", "寻找走失老人", dt.date(2020, 7, 2), 20, 0, "甲井子分队", "家属自行找到"]],
    "队伍整备与设备保养": [[None, "冲锋舟保养", D(2020, 7, 3, 9, 0), 3, 1, "水上救援分队", None]],
}


def tidy_sheets():
    return [canonical_sheet(name, TIDY.get(name, [])) for name in CANONICAL_SHEETS]


def test_a_tidy_workbook_comes_back_in_the_canonical_form(store, tmp_path):
    path = write_workbook(tmp_path / "2020年救援任务统计.xlsx", tidy_sheets())
    report = imp(store, path)
    assert (report.added, report.rows_read, report.skipped, report.raw_values) == (4, 4, 0, 0)
    assert not [e for e in report.entries if e.code in (Code.SKIPPED_ROW, Code.RAW_VALUE, Code.GUESS)]

    ex = export(store, 2020, tmp_path)
    assert ex.sheetnames == CANONICAL_SHEETS
    for name in CANONICAL_SHEETS:
        assert ex.headers[name] == HEADER
        assert ex.bold_header[name], name
        assert ex.frozen[name] == "A2", name
        assert ex.autofilter[name] and ex.autofilter[name].startswith("A1:G"), name
    water = ex.sheet_rows("水上救援")
    # sorted by departure, whatever the order in the file
    assert [r.values() for r in water] == [
        ("WZ2020-0001", "老虎滩渔船漂流搜寻", "2020-06-30 21:05", 12, 3, "水上救援分队、中山分队", ""),
        ("WZ2020-0002", "星海湾游客落水救援", "2020-07-01 14:30", 8, 2, "水上救援分队", "已救起"),
    ]
    assert all(r.departure_is_date and r.departure_format == "yyyy-mm-dd hh:mm" for r in water)
    (urban,) = ex.sheet_rows("城市搜救")
    assert urban.values() == ("WZ2020-0003", "寻找走失老人", "2020-07-02", 20, 0, "甲井子分队", "家属自行找到")
    assert urban.departure_is_date and urban.departure_format == "yyyy-mm-dd"
    assert urban.cells[4] == 0  # 0 vehicle trips is a number, not an empty cell
    (upkeep,) = ex.sheet_rows("队伍整备与设备保养")
    assert upkeep.cells[0] is None and upkeep.summary == "冲锋舟保养"
    assert not ex.sheet_rows("山地救援") and not ex.sheet_rows("培训保障") and not ex.sheet_rows("疫情防控")


# --- above the header, headers, sheets ---------------------------------------------------------

def test_a_merged_title_row_and_a_header_further_down_are_found(store, tmp_path):
    sheet = Sheet("水上救援", [
        ["2020年水上救援任务统计表", None, None, None, None, None, None],
        [None, None, None, None, None, "制表：秘书组", None],
        [None] * 7,
        list(HEADER),
        ["20200001", "海水浴场溺水救援", D(2020, 8, 1, 15, 20), 6, 2, "水上救援分队", None],
        ["20200002", "礁石被困游客救援", D(2020, 8, 2, 18, 40), 9, 2, "水上救援分队", "潮水上涨"],
    ], merges=[(0, 0, 0, 6)])
    report = imp(store, write_workbook(tmp_path / "2020年水上.xlsx", [sheet]))
    assert report.added == 2
    assert ("水上救援", 4, None) in where(report, Code.HEADER)  # says where the header was found
    ex = export(store, 2020, tmp_path)
    assert sorted(r.summary for r in ex.rows) == ["海水浴场溺水救援", "礁石被困游客救援"]
    assert "2020年水上救援任务统计表" not in {r.summary for r in ex.rows} | {r.event_no for r in ex.rows}


def test_headers_with_spaces_units_synonyms_in_another_order_are_mapped_by_meaning(store, tmp_path):
    header = ["分 队", "出队人数（人）", "摘要", "出队车次(辆)", " 事件编号 ", "备注说明", "出队\u3000时间"]
    sheet = Sheet("城市搜救", [header,
                            ["甲井子分队", "12人", "寻找走失少年", 2, 20200007, "/", "2020.5.4 19:30"],
                            ["中山分队", 5, "协助消防搜索", "0", "20200008", "已移交", D(2020, 5, 5, 8, 15)]])
    report = imp(store, write_workbook(tmp_path / "2020年城市.xlsx", [sheet]))
    assert report.added == 2
    assert not where(report, Code.UNKNOWN_COLUMN) and not where(report, Code.MISSING_COLUMN)
    # the guess names the column where the value actually is: B (people), not D
    assert ("城市搜救", 2, "B") in where(report, Code.GUESS)
    ex = export(store, 2020, tmp_path)
    assert [r.values() for r in ex.rows] == [
        ("20200007", "寻找走失少年", "2020-05-04 19:30", 12, 2, "甲井子分队", ""),
        ("20200008", "协助消防搜索", "2020-05-05 08:15", 5, 0, "中山分队", "已移交"),
    ]


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_sheet_names_with_spaces_and_variants_in_any_order_land_in_the_right_sheets(store, tmp_path, suffix):
    names = {"队伍整备 ": "队伍整备与设备保养", " 防疫": "疫情防控", "山地 救援": "山地救援", "水域救援": "水上救援",
             "城市搜救（含走失）": "城市搜救", "赛事保障": "培训保障"}
    sheets = [canonical_sheet(name, [[f"2021{i:04d}", f"{canonical}的任务", D(2021, 3, i + 1, 10, 0), 3, 1, "甲分队", None]])
              for i, (name, canonical) in enumerate(names.items())]
    report = imp(store, write_workbook(tmp_path / f"2021年统计{suffix}", sheets))
    assert report.added == 6
    ex = export(store, 2021, tmp_path)
    assert ex.sheetnames == CANONICAL_SHEETS
    assert {r.sheet: r.summary for r in ex.rows} == {c: f"{c}的任务" for c in names.values()}


def test_a_sheet_whose_name_says_nothing_is_recognised_by_its_title(store, tmp_path):
    sheet = Sheet("Sheet1", [["2020年山地救援任务统计表"], list(HEADER),
                             ["20200010", "大黑山迷路游客搜寻", D(2020, 10, 2, 16, 0), 15, 4, "金州分队", None]],
                  merges=[(0, 0, 0, 6)])
    report = imp(store, write_workbook(tmp_path / "2020年.xlsx", [sheet]))
    assert report.added == 1
    assert any(e.code == Code.GUESS and e.sheet == "Sheet1" and "山地救援" in e.message for e in report.entries)
    assert export(store, 2020, tmp_path).sheet_rows("山地救援")[0].summary == "大黑山迷路游客搜寻"


def test_notes_and_empty_sheets_are_skipped_and_said_so(store, tmp_path):
    sheets = [
        Sheet("填表说明", [["填表说明"], ["1. 出队时间精确到分钟"], ["2. 多个分队用顿号分隔"]]),
        canonical_sheet("水上救援", [["20200001", "落水救援", D(2020, 7, 1, 10, 0), 5, 1, "水上救援分队", None]]),
        Sheet("Sheet3", []),
    ]
    report = imp(store, write_workbook(tmp_path / "2020年.xlsx", sheets))
    assert report.added == 1
    skipped = {e.sheet for e in report.entries if e.code == Code.SKIPPED_SHEET}
    assert "填表说明" in skipped
    assert task_count(store.path) == 1


# --- rows that are not tasks -------------------------------------------------------------------

def test_empty_rows_repeated_headers_totals_and_notes_are_skipped_and_reported_by_row(store, tmp_path):
    import xlsxwriter

    path = tmp_path / "2020年救援任务统计.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("城市搜救")
    when = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    rows = [
        HEADER,                                                                                   # 1
        ["20200001", "寻找走失老人", D(2020, 3, 1, 8, 0), 10, 2, "中山分队", None],                  # 2
        [None] * 7,                                                                               # 3 empty
        ["20200002", "寻找走失儿童", D(2020, 3, 2, 9, 0), 12, 3, "西岗分队", None],                  # 4
        HEADER,                                                                                   # 5 repeated header
        ["20200003", "协助警方搜索", D(2020, 3, 3, 10, 0), 8, 1, "沙河口分队", None],                # 6
        ["合计", None, None, "=SUM(D2:D6)", "=SUM(E2:E6)", None, None],                           # 7 totals
        [None, "总计", None, "=SUM(D2:D6)", "=SUM(E2:E6)", None, None],                           # 8 totals
        ["注：本表由秘书组每月汇总", None, None, None, None, None, None],                              # 9 note
    ]
    sums = {3: 30, 4: 6}
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, str) and v.startswith("="):
                ws.write_formula(r, c, v, None, sums[c])  # with the cached sum, as Excel saves it
            elif isinstance(v, dt.datetime):
                ws.write_datetime(r, c, v, when)
            else:
                ws.write(r, c, v)
    wb.close()

    report = imp(store, path)
    assert (report.added, report.rows_read, report.skipped) == (3, 3, 5)
    assert rows_of(report, Code.SKIPPED_ROW) == {("城市搜救", n) for n in (3, 5, 7, 8, 9)}
    ex = export(store, 2020, tmp_path)
    assert [r.event_no for r in ex.rows] == ["20200001", "20200002", "20200003"]
    assert all(r.summary for r in ex.rows)  # no empty rows in the export


# --- merged cells ----------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_a_squad_and_a_date_merged_down_several_rows_belong_to_every_row(store, tmp_path, suffix):
    sheet = Sheet("疫情防控", [
        list(HEADER),
        ["WZ2022-0001", "核酸检测点秩序维护", dt.date(2022, 4, 1), 6, 1, "金州分队、开发区分队", None],
        ["WZ2022-0002", "方舱物资搬运", None, 8, 2, None, None],
        ["WZ2022-0003", "封控小区物资配送", None, 10, 3, None, "夜间"],
        ["WZ2022-0004", "疫苗接种点引导", D(2022, 4, 2, 8, 30), 4, 0, "中山分队", None],
    ], merges=[(1, 2, 3, 2), (1, 5, 3, 5)])
    report = imp(store, write_workbook(tmp_path / f"2022年{suffix}", [sheet]))
    assert report.added == 4
    assert where(report, Code.FILLED_FROM_MERGE) == {("疫情防控", r, c) for r in (3, 4) for c in "CF"}
    ex = export(store, 2022, tmp_path)
    got = {r.event_no: (r.departure, r.squads) for r in ex.rows}
    assert got == {
        "WZ2022-0001": ("2022-04-01", "金州分队、开发区分队"),
        "WZ2022-0002": ("2022-04-01", "金州分队、开发区分队"),
        "WZ2022-0003": ("2022-04-01", "金州分队、开发区分队"),
        "WZ2022-0004": ("2022-04-02 08:30", "中山分队"),
    }
    assert not task_by_summary(store, "方舱物资搬运").needs_review


def test_a_date_merged_over_an_empty_row_does_not_invent_a_task(store, tmp_path):
    sheet = Sheet("培训保障", [
        list(HEADER),
        ["WZ2022-0100", "社区急救培训", dt.date(2022, 5, 10), 4, 1, "高新园区分队", None],
        ["WZ2022-0101", "防溺水宣讲", None, 3, 1, "高新园区分队", None],
        [None] * 7,  # a spacer row under the day's tasks, inside the merged date
        ["WZ2022-0102", "马拉松赛事保障", D(2022, 5, 11, 6, 30), 30, 6, "中山分队", None],
    ], merges=[(1, 2, 3, 2)])
    report = imp(store, write_workbook(tmp_path / "2022年.xlsx", [sheet]))
    assert report.added == 3
    assert ("培训保障", 4) in rows_of(report, Code.SKIPPED_ROW)
    assert len(export(store, 2022, tmp_path).rows) == 3


# --- event numbers -----------------------------------------------------------------------------------

def test_event_numbers_stored_as_numbers_come_back_as_text(store, tmp_path):
    sheet = canonical_sheet("水上救援", [[20200153, "渔船搁浅救援", D(2020, 9, 1, 6, 10), 7, 2, "旅顺分队", None],
                                      [20200154.0, "皮划艇翻覆", D(2020, 9, 2, 16, 45), 5, 1, "旅顺分队", None]])
    imp(store, write_workbook(tmp_path / "2020年.xlsx", [sheet]))
    ex = export(store, 2020, tmp_path)
    assert [r.cells[0] for r in ex.rows] == ["20200153", "20200154"]  # text cells, no '.0'


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_the_same_number_on_two_different_tasks_keeps_both_and_flags_them(store, tmp_path, suffix):
    sheets = [
        canonical_sheet("城市搜救", [["WZ2021-0153", "寻找走失老人", D(2021, 4, 1, 20, 0), 15, 3, "中山分队", None]]),
        canonical_sheet("水上救援", [["WZ2021-0153", "游船故障拖带", D(2021, 4, 3, 11, 0), 6, 1, "水上救援分队", None],
                                  ["WZ2021-0154", "落水者搜寻", D(2021, 4, 4, 11, 0), 6, 1, "水上救援分队", None]]),
    ]
    report = imp(store, write_workbook(tmp_path / f"2021年{suffix}", sheets))
    assert report.added == 3
    assert rows_of(report, Code.DUPLICATE_EVENT_NO) == {("城市搜救", 2), ("水上救援", 2)}
    for summary in ("寻找走失老人", "游船故障拖带"):
        task = task_by_summary(store, summary)
        assert task.needs_review
        assert any(f[0] == "event_no" and f[1] == "duplicate" for f in store.tasks.flags(task.id))
    assert not task_by_summary(store, "落水者搜寻").needs_review
    ex = export(store, 2021, tmp_path)
    assert sorted((r.sheet, r.event_no) for r in ex.rows) == [
        ("城市搜救", "WZ2021-0153"), ("水上救援", "WZ2021-0153"), ("水上救援", "WZ2021-0154")]
    # and importing it again still makes two, not one and not four
    again = imp(store, write_workbook(tmp_path / f"2021年again{suffix}", sheets))
    assert (again.added, again.unchanged, again.differing) == (0, 3, 0)


def test_upkeep_rows_without_event_numbers_are_kept_and_known_again(store, tmp_path):
    sheet = canonical_sheet("队伍整备与设备保养", [
        [None, "冲锋舟保养", D(2020, 4, 1, 9, 0), 3, 1, "水上救援分队", None],
        ["", "冲锋舟保养", D(2020, 5, 1, 9, 0), 3, 1, "水上救援分队", None],
        ["/", "车辆年检", dt.date(2020, 5, 6), 2, 1, "山地救援分队", None],
        [None, "体能训练", "2020年5月9日", 25, 0, "金州分队", None],
    ])
    path = write_workbook(tmp_path / "2020年整备.xlsx", [sheet])
    report = imp(store, path)
    assert report.added == 4
    ex = export(store, 2020, tmp_path)
    assert [(r.cells[0], r.summary, r.departure) for r in ex.rows] == [
        (None, "冲锋舟保养", "2020-04-01 09:00"), (None, "冲锋舟保养", "2020-05-01 09:00"),
        (None, "车辆年检", "2020-05-06"), (None, "体能训练", "2020-05-09")]
    again = imp(store, path)
    assert (again.added, again.unchanged, again.differing) == (0, 4, 0)


# --- departure times and counts ----------------------------------------------------------------------

DEPARTURE_CELLS = [
    ("2020.3.5 14:30", "2020-03-05 14:30", False),
    ("2020/3/5 14:30", "2020-03-05 14:30", False),
    ("2020-03-05T14:30", "2020-03-05 14:30", False),
    ("2020年3月5日", "2020-03-05", False),
    ("3月5日 14:30", "2020-03-05 14:30", True),  # the year is the workbook's: a guess
    ("３月５日　１４：３０", "2020-03-05 14:30", True),
    (43895.604166666664, "2020-03-05 14:30", True),  # a bare serial number
    (43895, "2020-03-05", True),
    (D(2020, 3, 5, 14, 30), "2020-03-05 14:30", False),
    (dt.date(2020, 3, 5), "2020-03-05", False),
]


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_departures_in_every_shape_come_out_as_date_cells(store, tmp_path, suffix):
    rows = [[f"2020{i:04d}", f"任务{i}", cell, 5, 1, "中山分队", None] for i, (cell, _, _) in enumerate(DEPARTURE_CELLS)]
    report = imp(store, write_workbook(tmp_path / f"2020年救援任务统计{suffix}", [canonical_sheet("城市搜救", rows)]))
    assert report.added == len(rows)
    ex = {r.summary: r for r in export(store, 2020, tmp_path).rows}
    guessed = where(report, Code.GUESS)
    for i, (cell, expected, is_guess) in enumerate(DEPARTURE_CELLS):
        got = ex[f"任务{i}"]
        assert got.departure == expected, cell
        assert got.departure_is_date, cell
        assert got.departure_format == ("yyyy-mm-dd hh:mm" if len(expected) > 10 else "yyyy-mm-dd"), cell
        assert (("城市搜救", i + 2, "C") in guessed) == is_guess, cell
    # no raw values: everything was readable
    assert not where(report, Code.RAW_VALUE)


def test_a_year_missing_from_the_file_name_is_taken_from_the_title(store, tmp_path):
    sheet = Sheet("城市搜救", [["2021年城市搜救任务统计表"], list(HEADER),
                               ["WZ2021-0001", "寻找走失老人", "3月5日 14:30", 5, 1, "中山分队", None]],
                  merges=[(0, 0, 0, 6)])
    report = imp(store, write_workbook(tmp_path / "任务统计.xlsx", [sheet]))
    assert report.year == 2021
    (row,) = export(store, 2021, tmp_path).rows
    assert row.departure == "2021-03-05 14:30"
    assert any(e.code == Code.GUESS and e.row == 3 and e.column == "C" and e.raw == "3月5日 14:30"
               for e in report.entries)


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_counts_with_words_full_width_digits_and_placeholders(store, tmp_path, suffix):
    rows = [
        ["WZ2020-0001", "人数带单位", D(2020, 6, 1, 10, 0), "12人", "2辆", "甲分队", None],
        ["WZ2020-0002", "全角数字", D(2020, 6, 2, 10, 0), "１２", "３", "甲分队", None],
        ["WZ2020-0003", "约数", D(2020, 6, 3, 10, 0), "约20人", 1, "甲分队", None],
        ["WZ2020-0004", "含队长", D(2020, 6, 4, 10, 0), "12（含队长1人）", 0, "甲分队", None],
        ["WZ2020-0005", "占位符", D(2020, 6, 5, 10, 0), "/", "—", "甲分队", "—"],
        ["WZ2020-0006", "零车次", D(2020, 6, 6, 10, 0), 4, "0", "甲分队", "/"],
    ]
    report = imp(store, write_workbook(tmp_path / f"2020年{suffix}", [canonical_sheet("山地救援", rows)]))
    ex = {r.summary: r for r in export(store, 2020, tmp_path).rows}
    assert (ex["人数带单位"].headcount, ex["人数带单位"].vehicles) == (12, 2)
    assert (ex["全角数字"].headcount, ex["全角数字"].vehicles) == (12, 3)
    assert ex["约数"].headcount == 20
    assert (ex["含队长"].headcount, ex["含队长"].vehicles) == (12, 0)
    assert (ex["占位符"].headcount, ex["占位符"].vehicles, ex["占位符"].remarks) == (None, None, "")
    assert (ex["零车次"].vehicles, ex["零车次"].remarks) == (0, "")
    # every number read out of words is a guess in the report, with its place and its text
    guesses = {(e.row, e.column): e.raw for e in report.entries if e.code == Code.GUESS}
    assert guesses[(2, "D")] == "12人" and guesses[(2, "E")] == "2辆"
    assert guesses[(3, "D")] == "１２" and guesses[(3, "E")] == "３"
    assert guesses[(4, "D")] == "约20人" and guesses[(5, "D")] == "12（含队长1人）"
    # and the cell's original text stays with the task
    assert task_by_summary(store, "约数").headcount_raw == "约20人"
    assert task_by_summary(store, "含队长").headcount_raw == "12（含队长1人）"
    # placeholders are not problems: nothing to review
    assert not task_by_summary(store, "占位符").needs_review
    assert not where(report, Code.RAW_VALUE)


def test_unreadable_values_are_kept_raw_flagged_and_come_back_on_export(store, tmp_path):
    rows = [
        ["WZ2020-0001", "时间不清楚的任务", "不详", "若干", "不清楚", "甲分队", None],
        ["WZ2020-0002", "人数不清楚的任务", D(2020, 6, 2, 10, 0), "20人，另2车", 1, "甲分队", None],
        ["WZ2020-0003", "一切清楚的任务", D(2020, 6, 3, 10, 0), 5, 1, "甲分队", None],
    ]
    report = imp(store, write_workbook(tmp_path / "2020年.xlsx", [canonical_sheet("城市搜救", rows)]))
    assert report.added == 3
    assert where(report, Code.RAW_VALUE) == {("城市搜救", 2, "C"), ("城市搜救", 2, "D"), ("城市搜救", 2, "E"),
                                             ("城市搜救", 3, "D")}
    assert {e.raw for e in report.entries if e.code == Code.RAW_VALUE} == {"不详", "若干", "不清楚", "20人，另2车"}
    unclear = task_by_summary(store, "时间不清楚的任务")
    assert unclear.needs_review and unclear.year == 2020  # the workbook's year, said in the report
    assert {(f[0], f[1], f[2]) for f in store.tasks.flags(unclear.id)} >= {
        ("departure", "raw", "不详"), ("headcount", "raw", "若干"), ("vehicles", "raw", "不清楚")}
    assert task_by_summary(store, "人数不清楚的任务").needs_review
    assert not task_by_summary(store, "一切清楚的任务").needs_review
    assert any(e.code == Code.GUESS and e.row == 2 and e.field == "departure" and "2020" in e.message
               for e in report.entries)

    ex = {r.summary: r for r in export(store, 2020, tmp_path).rows}
    assert ex["时间不清楚的任务"].cells[2:5] == ("不详", "若干", "不清楚")  # back as the same text
    assert ex["人数不清楚的任务"].cells[3] == "20人，另2车"


def test_an_unrecognised_column_is_reported_and_its_values_kept_with_the_task(store, tmp_path):
    header = ["序号", *HEADER[:3], "联系人", *HEADER[3:]]
    sheet = Sheet("山地救援", [header,
                             [1, "WZ2020-0001", "登山者受伤转运", D(2020, 10, 1, 13, 0), "张三", 10, 2, "金州分队", None],
                             [2, "WZ2020-0002", "夜间搜寻迷路者", D(2020, 10, 2, 20, 0), None, 18, 4, "金州分队", None]])
    report = imp(store, write_workbook(tmp_path / "2020年.xlsx", [sheet]))
    assert report.added == 2
    assert where(report, Code.UNKNOWN_COLUMN) == {("山地救援", 1, "A"), ("山地救援", 1, "E")}
    first = task_by_summary(store, "登山者受伤转运")
    kept = {(f[0], f[2]) for f in store.tasks.flags(first.id) if f[1] == "extra"}
    assert kept == {("extra:A", "1"), ("extra:E", "张三")}
    assert first.needs_review
    second = task_by_summary(store, "夜间搜寻迷路者")
    assert {(f[0], f[2]) for f in store.tasks.flags(second.id) if f[1] == "extra"} == {("extra:A", "2")}
    ex = export(store, 2020, tmp_path)
    assert ex.headers["山地救援"] == HEADER
    assert [r.values() for r in ex.rows] == [
        ("WZ2020-0001", "登山者受伤转运", "2020-10-01 13:00", 10, 2, "金州分队", ""),
        ("WZ2020-0002", "夜间搜寻迷路者", "2020-10-02 20:00", 18, 4, "金州分队", "")]


# --- everything at once, in .xlsx and .xls -----------------------------------------------------------

def messy_workbook():
    water = Sheet(" 水上救援 ", [
        ["2020年水上救援任务统计表", None, None, None, None, None, None, None],
        [None] * 8,
        ["编号", " 事件 摘要 ", "出队时间", "出队人数（人）", "车次", "分队", "备注", "序号"],
        [20200001, "星海湾溺水救援", "2020.7.5 14:30", "12人", 2, "水上救援分队,中山分队", "/", 1],
        [20200002, "渔船失联搜寻", "7月6日 9:00", "１２", "—", "水上救援分队", None, 2],
        [None] * 8,
        ["编号", "摘要", "出队时间", "出队人数", "车次", "分队", "备注", "序号"],
        ["20200003", "皮划艇翻覆", D(2020, 7, 7, 6, 40), "约20人", 0, "旅顺分队", "已救起", 3],
        ["20200003", "礁石被困", dt.date(2020, 7, 8), "12（含队长1人）", 1, None, None, 4],
        ["20200005", "潮水围困", 44021.5, 6, 1, None, None, 5],
        ["合计", None, None, 50, 4, None, None, None],
    ], merges=[(0, 0, 0, 6), (7, 5, 9, 5)])
    notes = Sheet("说明", [["本工作簿由秘书组填写"], ["请勿修改表头"]])
    upkeep = Sheet("队伍整备", [list(HEADER),
                              [None, "冲锋舟保养", "2020/4/1", 3, 1, "水上救援分队", None],
                              [None, "车辆保养", "不详", "若干", "/", "山地救援分队", None]])
    return [notes, upkeep, water]


MESSY_EXPECTED = {
    ("水上救援", "20200001", "星海湾溺水救援", "2020-07-05 14:30", 12, 2, "水上救援分队、中山分队", ""),
    ("水上救援", "20200002", "渔船失联搜寻", "2020-07-06 09:00", 12, None, "水上救援分队", ""),
    ("水上救援", "20200003", "皮划艇翻覆", "2020-07-07 06:40", 20, 0, "旅顺分队", "已救起"),
    ("水上救援", "20200003", "礁石被困", "2020-07-08", 12, 1, "旅顺分队", ""),
    ("水上救援", "20200005", "潮水围困", "2020-07-09 12:00", 6, 1, "旅顺分队", ""),
    ("队伍整备与设备保养", "", "冲锋舟保养", "2020-04-01", 3, 1, "水上救援分队", ""),
    ("队伍整备与设备保养", "", "车辆保养", "不详", "若干", None, "山地救援分队", ""),
}


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_every_untidiness_at_once(store, tmp_path, suffix):
    path = write_workbook(tmp_path / f"2020年救援任务统计{suffix}", messy_workbook())
    report = imp(store, path)
    assert (report.added, report.rows_read) == (7, 7)
    assert {e.sheet for e in report.entries if e.code == Code.SKIPPED_SHEET} == {"说明"}
    assert rows_of(report, Code.SKIPPED_ROW) == {("水上救援", 6), ("水上救援", 7), ("水上救援", 11)}
    assert ("水上救援", 3, "H") in where(report, Code.UNKNOWN_COLUMN)
    assert rows_of(report, Code.DUPLICATE_EVENT_NO) == {("水上救援", 8), ("水上救援", 9)}
    assert where(report, Code.RAW_VALUE) == {("队伍整备", 3, "C"), ("队伍整备", 3, "D")}
    assert {("水上救援", 4, "D"), ("水上救援", 4, "F"), ("水上救援", 5, "C"), ("水上救援", 5, "D"),
            ("水上救援", 8, "D"), ("水上救援", 9, "D"), ("水上救援", 10, "C")} <= where(report, Code.GUESS)
    assert where(report, Code.FILLED_FROM_MERGE) == {("水上救援", 9, "F"), ("水上救援", 10, "F")}
    for e in report.entries:  # every entry says which sheet; every row-level entry says which row
        if e.code not in (Code.SKIPPED_SHEET,):
            assert e.sheet, e
        if e.code in (Code.SKIPPED_ROW, Code.RAW_VALUE, Code.FILLED_FROM_MERGE, Code.DUPLICATE_EVENT_NO):
            assert e.row, e
        if e.code in (Code.RAW_VALUE, Code.FILLED_FROM_MERGE, Code.UNKNOWN_COLUMN):
            assert e.column, e

    ex = export(store, 2020, tmp_path)
    got = {(r.sheet, r.event_no, r.summary, r.departure, r.headcount, r.vehicles, r.squads, r.remarks)
           for r in ex.rows}
    assert got == MESSY_EXPECTED
    assert len(ex.rows) == 7

    # the same file again adds nothing and changes nothing
    before = db_snapshot(store.path)["tasks"]
    again = imp(store, path)
    assert (again.added, again.unchanged, again.differing) == (0, 7, 0)
    assert db_snapshot(store.path)["tasks"] == before

    # nor does the application's own export of it
    out = tmp_path / "导出.xlsx"
    export_year(store, 2020, out, session=SYSTEM_SESSION)
    third = imp(store, out)
    assert (third.added, third.unchanged, third.differing) == (0, 7, 0)


# --- importing again, and edits in the database -------------------------------------------------------

def test_an_edit_in_the_database_wins_over_the_file_and_the_difference_is_reported(store, tmp_path):
    sheets = [canonical_sheet("城市搜救", [["WZ2021-0001", "寻找走失老人", D(2021, 2, 1, 19, 0), 10, 2, "中山分队", None]]),
              canonical_sheet("队伍整备与设备保养", [[None, "冲锋舟保养", D(2021, 2, 3, 9, 0), 3, 1, "水上救援分队", None]])]
    path = write_workbook(tmp_path / "2021年.xlsx", sheets)
    imp(store, path)
    numbered = task_by_summary(store, "寻找走失老人")
    unnumbered = task_by_summary(store, "冲锋舟保养")
    with store.database.transaction():
        store.database.execute("UPDATE tasks SET summary=? WHERE id=?", ("寻找走失老人（已找到）", numbered.id))
        store.database.execute("UPDATE tasks SET summary=? WHERE id=?", ("冲锋舟及船外机保养", unnumbered.id))

    report = imp(store, path)
    assert (report.added, report.unchanged, report.differing) == (0, 0, 2)
    differs = [e for e in report.entries if e.code == Code.DIFFERS]
    assert {(e.sheet, e.row) for e in differs} == {("城市搜救", 2), ("队伍整备与设备保养", 2)}
    assert any("寻找走失老人（已找到）" in e.message for e in differs)
    assert task_count(store.path) == 2
    ex = export(store, 2021, tmp_path)
    assert sorted(r.summary for r in ex.rows) == ["冲锋舟及船外机保养", "寻找走失老人（已找到）"]


def test_an_overlapping_workbook_adds_only_the_new_tasks(store, tmp_path):
    first = [["WZ2021-0001", "任务一", D(2021, 1, 1, 10, 0), 5, 1, "甲分队", None],
             [None, "无编号任务", D(2021, 1, 2, 10, 0), 3, 1, "乙分队", None]]
    second = [*first, ["WZ2021-0002", "任务二", D(2021, 1, 3, 10, 0), 6, 1, "甲分队", None]]
    imp(store, write_workbook(tmp_path / "2021年一月.xlsx", [canonical_sheet("城市搜救", first)]))
    # the later copy: other sheet order, a title row, the header in other words
    later = Sheet("城市搜救 ", [["2021年城市搜救"], ["编号", "摘要", "时间", "人数", "车次", "分队", "备注"], *second])
    report = imp(store, write_workbook(tmp_path / "2021年一至二月.xls", [Sheet("说明", [["x"]]), later]))
    assert (report.added, report.unchanged, report.differing) == (1, 2, 0)
    assert task_count(store.path) == 3


# --- files that can't be imported change nothing ------------------------------------------------------

def _bad_not_a_workbook(tmp_path):
    p = tmp_path / "2020年救援任务统计.xlsx"
    p.write_text("这不是工作簿，只是改了扩展名的文本文件。\n", encoding="utf-8")
    return p


def _bad_truncated_xlsx(tmp_path):
    full = write_workbook(tmp_path / "full.xlsx", tidy_sheets())
    data = full.read_bytes()
    p = tmp_path / "2020年救援任务统计（未下载完）.xlsx"
    p.write_bytes(data[: len(data) // 2])
    return p


def _bad_truncated_xls(tmp_path):
    full = write_workbook(tmp_path / "full.xls", tidy_sheets())
    data = full.read_bytes()
    p = tmp_path / "2020年救援任务统计（未下载完）.xls"
    p.write_bytes(data[: len(data) // 2])
    return p


def _bad_empty(tmp_path):
    p = tmp_path / "2020年救援任务统计.xlsx"
    p.write_bytes(b"")
    return p


def _bad_no_task_sheets(tmp_path):
    return write_workbook(tmp_path / "2020年说明.xlsx", [Sheet("填表说明", [["说明文字"], ["更多说明"]]),
                                                      Sheet("Sheet2", [])])


def _bad_unknown_kind(tmp_path):
    return write_workbook(tmp_path / "2020年.xlsx", [
        canonical_sheet("水上救援", [["20209001", "新任务", D(2020, 8, 1, 10, 0), 3, 1, "甲分队", None]]),
        canonical_sheet("Sheet2", [["20209002", "另一个任务", D(2020, 8, 2, 10, 0), 3, 1, "甲分队", None]])])


def _bad_missing(tmp_path):
    return tmp_path / "不存在的文件.xlsx"


def _bad_csv(tmp_path):
    p = tmp_path / "2020年.csv"
    p.write_text(",".join(HEADER) + "\n", encoding="utf-8")
    return p


BAD_FILES = {
    "not-a-workbook": _bad_not_a_workbook,
    "truncated-xlsx": _bad_truncated_xlsx,
    "truncated-xls": _bad_truncated_xls,
    "empty": _bad_empty,
    "no-task-sheets": _bad_no_task_sheets,
    "unknown-kind": _bad_unknown_kind,
    "missing": _bad_missing,
    "csv": _bad_csv,
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_file_that_cannot_be_imported_says_why_in_chinese_and_changes_nothing(store, tmp_path, case):
    imp(store, write_workbook(tmp_path / "2021年.xlsx", [canonical_sheet("城市搜救", [
        ["WZ2021-0001", "已有任务", D(2021, 1, 1, 10, 0), 5, 1, "甲分队", None]])]))
    before = db_snapshot(store.path)
    bad = BAD_FILES[case](tmp_path)
    report = import_workbook(store, bad, session=SYSTEM_SESSION)
    assert report.ok is False
    assert report.status == "failed"
    assert report.error and CHINESE.search(report.error), report.error
    assert "Traceback" not in report.error
    assert db_snapshot(store.path) == before
    assert task_count(store.path) == 1


def test_an_xls_cut_short_near_its_end_fails_cleanly(store, tmp_path):
    rows = [[f"2020{i:04d}", f"任务{i}", D(2020, 1, 1, 8, 0) + dt.timedelta(hours=7 * i), i % 20, i % 3, "甲分队",
             "备注" * (i % 3)] for i in range(1, 400)]
    full = write_workbook(tmp_path / "full.xls", [canonical_sheet("水上救援", rows)])
    data = full.read_bytes()
    bad = tmp_path / "2020年（未下载完）.xls"
    bad.write_bytes(data[: int(len(data) * 0.99)])
    before = db_snapshot(store.path)
    report = import_workbook(store, bad, session=SYSTEM_SESSION)
    assert report.ok is False and CHINESE.search(report.error or "")
    assert db_snapshot(store.path) == before


def test_a_failure_half_way_through_writing_the_tasks_rolls_everything_back(store, tmp_path):
    imp(store, write_workbook(tmp_path / "2020年.xlsx", tidy_sheets()))
    # a real SQLite error in the middle of the batch: the sixth new task can't be written (disk full, ...)
    with store.database.transaction():
        store.database.execute("CREATE TRIGGER fail_sixth BEFORE INSERT ON tasks WHEN NEW.summary = '新任务5' "
                               "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    before = db_snapshot(store.path)
    rows = [[f"WZ2022-{i:04d}", f"新任务{i}", D(2022, 1, 1, 8, 0) + dt.timedelta(days=i), 3, 1, "甲分队", None]
            for i in range(10)]
    report = import_workbook(store, write_workbook(tmp_path / "2022年.xlsx", [canonical_sheet("城市搜救", rows)]), session=SYSTEM_SESSION)
    assert report.ok is False and CHINESE.search(report.error)
    assert db_snapshot(store.path) == before
    assert store.tasks.count_year(2022) == 0


def test_a_failure_after_the_tasks_are_written_rolls_them_back(store, tmp_path, monkeypatch):
    import sqlite3

    imp(store, write_workbook(tmp_path / "2020年.xlsx", tidy_sheets()))
    before = db_snapshot(store.path)

    def finish_fails(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store.imports, "finish", finish_fails)  # the very last write of an import
    rows = [[f"WZ2022-{i:04d}", f"新任务{i}", D(2022, 1, 1, 8, 0) + dt.timedelta(days=i), 3, 1, "甲分队", None]
            for i in range(10)]
    report = import_workbook(store, write_workbook(tmp_path / "2022年.xlsx", [canonical_sheet("城市搜救", rows)]), session=SYSTEM_SESSION)
    assert report.ok is False and CHINESE.search(report.error)
    assert db_snapshot(store.path) == before


def test_a_failure_inside_sqlite_rolls_everything_back(store, tmp_path):
    imp(store, write_workbook(tmp_path / "2020年.xlsx", tidy_sheets()))
    # a real SQLite error half-way through the writing: the first task with a flag aborts the statement
    with store.database.transaction():
        store.database.execute(
            "CREATE TRIGGER fail_flags BEFORE INSERT ON task_flags BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    before = db_snapshot(store.path)
    rows = [["WZ2022-0001", "好任务", D(2022, 1, 1, 8, 0), 3, 1, "甲分队", None],
            ["WZ2022-0002", "需复核的任务", "不详", "若干", 1, "甲分队", None]]
    report = import_workbook(store, write_workbook(tmp_path / "2022年.xlsx", [canonical_sheet("城市搜救", rows)]), session=SYSTEM_SESSION)
    assert report.ok is False and CHINESE.search(report.error)
    assert db_snapshot(store.path) == before
    assert store.tasks.count_year(2022) == 0


# --- known bugs: rows that look like tasks must never be dropped, and the time of day must not be lost --

def test_a_task_row_written_all_in_text_is_not_taken_for_a_repeated_header(store, tmp_path):
    rows = [["WZ2021-0153", "走失人员搜寻", "2021.3.5 14:30", "12人", "/", "甲分队", "已移交其他部门"],
            ["WZ2021-0154", "寻找走失老人", "2021.3.6 10:00", "8人", "1", "乙分队", None]]
    report = imp(store, write_workbook(tmp_path / "2021年.xls", [canonical_sheet("城市搜救", rows)]))
    assert report.added == 2
    assert not rows_of(report, Code.SKIPPED_ROW)


def test_a_task_whose_summary_starts_with_a_total_word_is_kept(store, tmp_path):
    rows = [["WZ2021-0154", "共计3名老人走失，组织搜寻", "时间不详", 5, 1, "乙分队", None],
            ["WZ2021-0155", "寻找走失少年", D(2021, 3, 6, 20, 0), 8, 1, "乙分队", None]]
    report = imp(store, write_workbook(tmp_path / "2021年.xlsx", [canonical_sheet("城市搜救", rows)]))
    assert report.added == 2
    assert export(store, 2021, tmp_path).by_summary()["共计3名老人走失，组织搜寻"].departure == "时间不详"


def test_a_summary_only_row_that_begins_like_a_note_is_still_a_task(store, tmp_path):
    rows = [["WZ2022-0001", "核酸检测点秩序维护", D(2022, 4, 1, 7, 0), 6, 1, "金州分队", None],
            [None, "注射点秩序维护", None, None, None, None, None]]
    report = imp(store, write_workbook(tmp_path / "2022年.xlsx", [canonical_sheet("疫情防控", rows)]))
    assert report.added == 2
    task = task_by_summary(store, "注射点秩序维护")
    assert task.needs_review  # no departure: for review, but kept


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_a_departure_at_midnight_keeps_its_time(store, tmp_path, suffix):
    rows = [["WZ2021-0155", "午夜寻人", D(2021, 3, 6, 0, 0), 5, 1, "乙分队", None]]
    imp(store, write_workbook(tmp_path / f"2021年{suffix}", [canonical_sheet("城市搜救", rows)]))
    (row,) = export(store, 2021, tmp_path).rows
    assert (row.departure, row.departure_format) == ("2021-03-06 00:00", "yyyy-mm-dd hh:mm")


@pytest.mark.parametrize("dates_from_row, ahead_cells", [(1, None), (400, None), (1, 1000)])
def test_midnight_times_looked_up_ahead_are_those_the_formats_say(store, tmp_path, monkeypatch, dates_from_row,
                                                                  ahead_cells):
    """The reader's thread looks up the formats of a sheet's date cells while the importer works
    (reader.SheetCells.time_shown): where a date column shows from the first rows on, every date
    cell of it down to the last row is looked up there; where the dates start further down, the
    importer looks them up itself, as it does for a sheet too big to look up ahead (its XML is
    unpacked whole for it). Either way a date-time at 00:00 keeps its time, a date cell formatted as
    a date stays a date, and no other task changes."""
    from wz_desktop.workbook import reader
    from wz_desktop.workbook.reader import iter_cells

    if ahead_cells is not None:
        monkeypatch.setattr(reader, "_AHEAD_CELLS", ahead_cells)

    n = 600
    rows = []
    for i in range(n):
        when = D(2021, 1 + i % 12, 1 + i % 28, (i * 7) % 24, (i * 13) % 60) if i >= dates_from_row - 1 else "时间不详"
        if i % 50 == 7 and i >= dates_from_row - 1:
            when = D(2021, 3, 6, 0, 0)  # a date-time at midnight: calamine hands over a date
        if i % 50 == 23 and i >= dates_from_row - 1:
            when = dt.date(2021, 3, 6)  # a date alone, formatted as one: stays a date
        rows.append([f"WZ2021-{i:04d}", f"任务{i}", when, 5, 1, "乙分队", None])
    midnight = {i for i, row in enumerate(rows) if isinstance(row[2], dt.datetime) and row[2].hour == row[2].minute == 0}
    assert len(midnight) >= 5
    path = write_workbook(tmp_path / "2021年.xlsx", [canonical_sheet("城市搜救", rows)])
    (sheet,) = iter_cells(path)
    if dates_from_row == 1 and ahead_cells is None:
        assert sheet.time_shown[2] == {i + 1 for i in midnight}  # row 0 is the header
    else:
        assert 2 not in sheet.time_shown
    imp(store, path)
    got = {r.summary: (r.departure, r.departure_format) for r in export(store, 2021, tmp_path).rows}
    for i, row in enumerate(rows):
        if isinstance(row[2], dt.datetime):
            assert got[f"任务{i}"] == (row[2].strftime("%Y-%m-%d %H:%M"), "yyyy-mm-dd hh:mm"), i
        elif isinstance(row[2], dt.date):
            assert got[f"任务{i}"][0] == "2021-03-06", i


def test_reimporting_an_export_with_a_midnight_task_reports_no_difference(store, tmp_path):
    rows = [["WZ2021-0156", "跨夜搜寻", "2021-03-07 00:00", 5, 1, "乙分队", None]]
    imp(store, write_workbook(tmp_path / "2021年.xlsx", [canonical_sheet("城市搜救", rows)]))
    out = tmp_path / "导出2021.xlsx"
    export_year(store, 2021, out, session=SYSTEM_SESSION)
    report = imp(store, out)
    assert (report.added, report.unchanged, report.differing) == (0, 1, 0)


def test_an_instructions_sheet_is_skipped_even_when_its_text_mentions_a_kind_word(store, tmp_path):
    sheets = [canonical_sheet("水上救援", [["20200001", "海边救人", D(2020, 3, 5, 14, 30), 12, 2, "甲分队", None]]),
              Sheet("填表说明", [["填表说明（本表由秘书组负责维护）"], ["列名", "填写要求"],
                                  ["出队时间", "精确到分钟"], ["分队名称", "多个分队用顿号分隔"]])]
    report = imp(store, write_workbook(tmp_path / "2020年.xlsx", sheets))
    assert report.added == 1
    assert "填表说明" in {e.sheet for e in report.entries if e.code == Code.SKIPPED_SHEET}
    assert [r.summary for r in export(store, 2020, tmp_path).rows] == ["海边救人"]


def test_a_statistics_sheet_is_skipped_not_fatal(store, tmp_path):
    sheets = [canonical_sheet("水上救援", [["20200001", "海边救人", D(2020, 3, 5, 14, 30), 12, 2, "甲分队", None]]),
              Sheet("汇总", [["月份", "任务数", "出队人数", "出队车次"], ["1月", 10, 100, 20], ["2月", 12, 90, 18]])]
    report = import_workbook(store, write_workbook(tmp_path / "2020年.xlsx", sheets), session=SYSTEM_SESSION)
    assert report.ok, report.error
    assert report.added == 1
    assert "汇总" in {e.sheet for e in report.entries if e.code == Code.SKIPPED_SHEET}


def test_a_placeholder_departure_does_not_make_the_task_new_when_its_export_is_imported(store, tmp_path):
    rows = [[None, "库房盘点", "/", 3, 0, "金州分队", None],
            ["WZ2020-0009", "绳索装备检查", "—", 2, 0, "金州分队", None],
            ["WZ2020-0010", "体能训练", D(2020, 6, 1, 7, 0), 20, 0, "金州分队", None]]
    imp(store, write_workbook(tmp_path / "2020年.xlsx", [canonical_sheet("队伍整备与设备保养", rows)]))
    out = tmp_path / "导出2020.xlsx"
    export_year(store, 2020, out, session=SYSTEM_SESSION)
    report = imp(store, out)
    assert (report.added, report.unchanged, report.differing) == (0, 3, 0)
    assert task_count(store.path) == 3


def test_a_note_under_the_table_is_skipped_whatever_the_first_column_is(store, tmp_path):
    header = ["出队时间", "事件编号", "事件摘要", "出队人数", "出队车次", "分队名称", "备注"]
    sheet = Sheet("城市搜救", [header,
                             [D(2021, 3, 5, 10, 0), "WZ2021-0001", "寻找走失老人", 5, 1, "中山分队", None],
                             ["注：本表由秘书组填写", None, None, None, None, None, None]])
    report = imp(store, write_workbook(tmp_path / "2021年.xlsx", [sheet]))
    assert report.added == 1
    assert ("城市搜救", 3) in rows_of(report, Code.SKIPPED_ROW)


def test_a_failure_while_linking_squads_is_all_or_nothing(store, tmp_path):
    imp(store, write_workbook(tmp_path / "2020年.xlsx", tidy_sheets()))
    with store.database.transaction():
        store.database.execute("CREATE TRIGGER fail_links BEFORE INSERT ON task_squads "
                               "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    before = db_snapshot(store.path)
    rows = [["WZ2022-0001", "新任务", D(2022, 1, 1, 8, 0), 3, 1, "新成立分队", None]]
    report = import_workbook(store, write_workbook(tmp_path / "2022年.xlsx", [canonical_sheet("城市搜救", rows)]), session=SYSTEM_SESSION)
    after = db_snapshot(store.path)
    # either the import went in whole, or it failed and changed nothing; never 'failed' with the tasks written
    assert report.ok or after == before, (report.error, store.tasks.count_year(2022))


# --- a second blind trial (bench/blind_trial.py B58–B70) ------------------------------------------

@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_rows_numbered_in_advance_and_never_filled_are_no_tasks(store, tmp_path, suffix):
    """A sheet whose 序号 column runs on below the last task (rows prepared for the year, or a row
    with only placeholders): those rows are skipped and reported, not stored as empty tasks."""
    header = ["序号", *HEADER]
    rows = [header,
            [1, "WZ2022-0001", "海边救人", D(2022, 1, 5, 9, 0), 5, 1, "水上救援分队", None],
            [2, "WZ2022-0002", "渔船搁浅", D(2022, 1, 6, 9, 0), 5, 1, "水上救援分队", None],
            *[[n] for n in range(3, 9)],
            [9, None, None, None, "—", "—", "—"],
            ["10"]]
    report = imp(store, write_workbook(tmp_path / f"2022年{suffix}", [Sheet("水上救援", rows)]))
    assert (report.added, task_count(store.path)) == (2, 2)
    skipped = {r for s, r in rows_of(report, Code.SKIPPED_ROW) if s == "水上救援"}
    assert set(range(4, 12)) <= skipped
    assert [r.summary for r in export(store, 2022, tmp_path).rows] == ["海边救人", "渔船搁浅"]


def test_a_row_with_a_number_and_a_task_field_is_still_a_task(store, tmp_path):
    header = ["序号", *HEADER]
    rows = [header, [1, None, "只有摘要的任务", None, None, None, None, None], [2, None, None, None, 4, None, None, None]]
    report = imp(store, write_workbook(tmp_path / "2022年.xlsx", [Sheet("水上救援", rows)]))
    assert report.added == 2


def test_characters_that_show_nothing_are_not_part_of_a_value(store, tmp_path):
    """A zero-width space or a byte-order mark copied from a chat: '金州分队\\u200b' is the squad 金州分队
    (not a second squad of that name), 'WZ2022-0001\\u200b' its event number, '3\\u200b' a count."""
    rows = [["WZ2022-0001\u200b", "零宽字符", "2022-11-03\u200b 09:00", "3\u200b", "\ufeff1", "金州分队\u200b", None],
            ["WZ2022-0002", "字节序标记", D(2022, 11, 4, 9, 0), 3, 1, "\ufeff金州分队", "\u2060已完成"]]
    report = imp(store, write_workbook(tmp_path / "2022年.xlsx", [canonical_sheet("城市搜救", rows)]))
    assert report.added == 2 and report.raw_values == 0
    got = export(store, 2022, tmp_path).rows
    assert [(r.event_no, r.departure, r.headcount, r.vehicles, r.squads, r.remarks) for r in got] == [
        ("WZ2022-0001", "2022-11-03 09:00", 3, 1, "金州分队", ""),
        ("WZ2022-0002", "2022-11-04 09:00", 3, 1, "金州分队", "已完成")]
    assert store.database.execute("SELECT count(*) FROM squads WHERE name LIKE '%金州%'").fetchone()[0] == 1


def test_a_squad_column_headed_as_the_units_taking_part_is_the_squads(store, tmp_path):
    header = ["编号", "事件", "时间", "人员数量", "车辆(台)", "参加单位", "附注"]
    rows = [header, ["WZ2022-0001", "商场寻人", D(2022, 8, 3, 9, 0), 7, 2, "中山分队", "乙"]]
    report = imp(store, write_workbook(tmp_path / "2022年.xlsx", [Sheet("城市搜救", rows)]))
    assert Code.MISSING_COLUMN not in {e.code for e in report.entries}
    (row,) = export(store, 2022, tmp_path).rows
    assert (row.headcount, row.vehicles, row.squads, row.remarks) == (7, 2, "中山分队", "乙")


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_the_empty_days_of_a_log_kept_one_row_a_day_are_never_silent_tasks(store, tmp_path, suffix):
    """A duty log with a row for every day: a day that says 无任务 is skipped and said; a day with only
    its date (or placeholders) is kept (the export of a task known only by its departure looks the
    same) but flagged and reported, never stored as a task like any other."""
    rows = [[None, None, dt.date(2022, 4, 1), None, None, None, None],
            ["WZ2022-0001", "商场寻人", D(2022, 4, 2, 9, 0), 6, 1, "中山分队", None],
            [None, None, dt.date(2022, 4, 3), None, None, None, None],
            [None, "无任务", dt.date(2022, 4, 4), None, None, None, None],
            [None, "/", dt.date(2022, 4, 5), "/", "/", "/", "/"],
            [None, None, "2022年4月6日", None, None, None, None],
            [None, None, dt.date(2022, 4, 7), None, None, "中山分队", None]]   # a squad went out: kept
    report = imp(store, write_workbook(tmp_path / f"2022年{suffix}", [canonical_sheet("城市搜救", rows)]))
    assert report.added == 6
    assert ("城市搜救", 5) in rows_of(report, Code.SKIPPED_ROW)
    assert {("城市搜救", r) for r in (2, 4, 6, 7)} <= rows_of(report, Code.SELF_CHECK)
    assert {("城市搜救", r) for r in (3, 8)}.isdisjoint(rows_of(report, Code.SELF_CHECK))
    assert "无任务" not in [r.summary for r in export(store, 2022, tmp_path).rows]


def test_two_columns_under_one_name_each_row_where_they_differ_is_said(store, tmp_path):
    """Two 出队人数 columns (an old one and a corrected one): the file does not say which holds; the
    first is read, and each row where the other differs is flagged and reported, never silently."""
    header = ["事件编号", "事件摘要", "出队时间", "出队人数", "出队人数", "出队车次", "分队名称", "备注"]
    rows = [header,
            ["WZ2022-0001", "重名列甲", D(2022, 5, 1, 9, 0), 20, 8, 1, "山地救援分队", None],
            ["WZ2022-0002", "重名列乙", D(2022, 5, 2, 9, 0), 9, 9, 1, "山地救援分队", None]]
    report = imp(store, write_workbook(tmp_path / "2022年.xlsx", [Sheet("山地救援", rows)]))
    assert ("山地救援", 2, "E") in where(report, Code.GUESS)
    assert ("山地救援", 3) not in rows_of(report, Code.GUESS)
    assert task_by_summary(store, "重名列甲").needs_review
    assert not task_by_summary(store, "重名列乙").needs_review
    said = [e.message for e in report.entries if e.code == Code.UNKNOWN_COLUMN]
    assert any("都是" in m for m in said) and not any("不是七列之一" in m for m in said), said


def test_two_squads_joined_by_a_word_are_flagged_not_one_squad_silently(store, tmp_path):
    """'金州分队和甘井子分队' is not split (和 may be part of a name) but is no squad's name either: kept
    as written, flagged and reported; so is a squad ending in a full stop."""
    rows = [["WZ2022-0001", "两队联合", D(2022, 6, 1, 9, 0), 8, 2, "金州分队和甘井子分队", None],
            ["WZ2022-0002", "带句号", D(2022, 6, 2, 9, 0), 8, 2, "金州分队。", None],
            ["WZ2022-0003", "一队", D(2022, 6, 3, 9, 0), 8, 2, "和平分队", None]]
    report = imp(store, write_workbook(tmp_path / "2022年.xlsx", [canonical_sheet("城市搜救", rows)]))
    assert {("城市搜救", 2), ("城市搜救", 3)} <= rows_of(report, Code.SELF_CHECK)
    assert ("城市搜救", 4) not in rows_of(report, Code.SELF_CHECK)
    assert task_by_summary(store, "两队联合").needs_review and not task_by_summary(store, "一队").needs_review


@pytest.mark.parametrize(("number", "code", "shown"), [(15, "000", "015"), (16, '"WZ2022-"000', "WZ2022-016"),
                                                       (18, '"第"0"号"', "第18号"), (19, "General", "19"), (20, "0", "20")])
def test_an_event_number_typed_as_a_number_is_what_its_format_shows(store, tmp_path, number, code, shown):
    """Event numbers kept as numbers and shown through a format (015, WZ2022-016): the bare number
    was stored, silently not what the cell says."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "水上救援"
    ws.append(HEADER)
    ws.append([number, "编号格式", D(2022, 3, 5, 9, 0), 5, 1, "水上救援分队", None])
    ws["A2"].number_format = code
    ws["C2"].number_format = "yyyy-mm-dd hh:mm"
    wb.save(tmp_path / "2022年.xlsx")
    report = imp(store, tmp_path / "2022年.xlsx")
    assert report.added == 1 and not rows_of(report, Code.SELF_CHECK)
    assert [r.event_no for r in export(store, 2022, tmp_path).rows] == [shown]


def test_the_no_task_words_are_sieved_by_characters_every_one_of_them_holds():
    """A day of a log that says 无任务 is found without normalising every summary: only a text
    holding 无 or 未, or a character whose width folding gives one of them, can be such a word.
    Both facts are checked here against the words and against every character Unicode has."""
    import sys
    import unicodedata

    from wz_desktop.workbook import importer

    marks = set(importer._NO_TASK_MARKS)
    assert all(any(m in word for m in marks) for word in importer._NO_TASK_WORDS)
    plain = {m for m in marks if unicodedata.normalize("NFKC", m) == m}
    folding = {chr(c) for c in range(sys.maxunicode + 1)
               if any(p in unicodedata.normalize("NFKC", chr(c)) for p in plain)}
    assert folding <= marks, folding - marks
    assert importer._says_no_task("\u2f46任务") and importer._says_no_task(" 无\u200b任务 ")
    assert not importer._says_no_task("无人机搜索") and not importer._says_no_task("任务")
