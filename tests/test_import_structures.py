"""Workbook structures kept by other hands (issue 10, item 3): headers anywhere and over several rows
with merged group cells, extra columns, totals and subtotals in every wording, footers, hidden rows
and sheets, one kind over several sheets, several kinds on one sheet, a date and a time column.

Each test writes a real workbook with openpyxl (merged cells, hidden rows and sheets are openpyxl's
own), imports it end to end into a real database, exports the year and reads the export back: what
the secretary would see. Where the reader's part (hidden rows, formulas without results) is
exercised, the sheets are built as ``SheetCells`` and given to ``interpret``.
"""
from __future__ import annotations

import datetime as dt
import time

import openpyxl
import pytest

from helpers.workbooks import read_export
from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.report import Code
from wz_desktop.services.exports import export_year
from wz_desktop.services.imports import import_workbook
from wz_desktop.workbook.importer import interpret
from wz_desktop.workbook.reader import SheetCells, read_cells
from wz_desktop.services.session import SYSTEM_SESSION

D = dt.datetime


def book(path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None,
         hidden_rows: dict[str, list[int]] | None = None, hidden_sheets=(), formats=True):
    """A workbook written by openpyxl: sheets by name (rows from A1), merges as 'A1:B2', hidden rows
    by Excel number, hidden sheets by name."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = ws.cell(row=r, column=c, value=value)
                if formats and isinstance(value, dt.datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif formats and isinstance(value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
                elif formats and isinstance(value, dt.time):
                    cell.number_format = "hh:mm"
        for ref in (merges or {}).get(name, []):
            ws.merge_cells(ref)
        for r in (hidden_rows or {}).get(name, []):
            ws.row_dimensions[r].hidden = True
        if name in hidden_sheets:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


def imp(store, path):
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok, report.error
    return report


def exported(store, year, tmp_path):
    out = tmp_path / f"导出{year}.xlsx"
    export_year(store, year, out, session=SYSTEM_SESSION)
    return read_export(out)


def entries(report, code):
    return [e for e in report.entries if e.code == code]


def skipped_rows(report):
    return {(e.sheet, e.row) for e in entries(report, Code.SKIPPED_ROW)}


def no_self_check(report):
    assert not entries(report, Code.SELF_CHECK), [e.message for e in entries(report, Code.SELF_CHECK)]


# --- headers ---------------------------------------------------------------------------------------

def test_a_header_over_two_rows_with_a_merged_group_cell_keeps_both_counts(store, tmp_path):
    """'出队情况' merged over '人数 | 车次', the other header cells merged down two rows, a 序号 column."""
    rows = [
        ["2022年水上救援任务统计表"] + [None] * 7,
        ["序号", "事件编号", "事件摘要", "出队时间", "出队情况", None, "分队名称", "备注"],
        [None, None, None, None, "人数", "车次", None, None],
        [1, "WZ2022-0001", "星海湾游客落水救援", D(2022, 7, 1, 14, 30), 8, 2, "水上救援分队", "已救起"],
        [2, "WZ2022-0002", "渔船漂流搜寻", D(2022, 7, 2, 21, 5), 12, 3, "中山分队", None],
    ]
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3", "H2:H3"]
    report = imp(store, book(tmp_path / "2022年.xlsx", {"水上救援": rows}, {"水上救援": merges}))
    assert report.added == 2 and report.skipped == 0
    assert not entries(report, Code.MISSING_COLUMN)
    assert any(e.code == Code.HEADER and "2–3" in e.message for e in report.entries)
    serial = [e for e in entries(report, Code.UNKNOWN_COLUMN) if e.column == "A"]
    assert serial and "序号" in serial[0].message
    no_self_check(report)
    got = {r.event_no: r.values() for r in exported(store, 2022, tmp_path).rows}
    assert got == {
        "WZ2022-0001": ("WZ2022-0001", "星海湾游客落水救援", "2022-07-01 14:30", 8, 2, "水上救援分队", "已救起"),
        "WZ2022-0002": ("WZ2022-0002", "渔船漂流搜寻", "2022-07-02 21:05", 12, 3, "中山分队", ""),
    }


def test_a_group_cell_over_time_people_and_vehicles_is_read_per_column(store, tmp_path):
    """'出队' merged over '时间 | 人数 | 车次': each column's header is the group and its part together."""
    rows = [
        ["编号", "事件", "出队", None, None, "分队"],
        [None, None, "时间", "人数", "车次", None],
        ["WZ2021-0101", "大黑山迷路游客搜寻", D(2021, 5, 1, 9, 0), 15, 4, "金州分队"],
    ]
    merges = ["A1:A2", "B1:B2", "C1:E1", "F1:F2"]
    report = imp(store, book(tmp_path / "2021年.xlsx", {"山地救援": rows}, {"山地救援": merges}))
    assert report.added == 1
    (row,) = exported(store, 2021, tmp_path).rows
    assert row.values()[:6] == ("WZ2021-0101", "大黑山迷路游客搜寻", "2021-05-01 09:00", 15, 4, "金州分队")


def test_a_two_row_header_without_merges_and_a_repeated_header_further_down(store, tmp_path):
    rows = [
        ["事件编号", "事件摘要", "出队时间", "出队情况", None, "分队名称"],
        [None, None, None, "人数", "车次", None],
        ["WZ2022-0201", "寻找走失老人", D(2022, 3, 1, 8, 0), 10, 2, "西岗分队"],
        ["事件编号", "事件摘要", "出队时间", "出队情况", None, "分队名称"],  # printed again at a page break
        [None, None, None, "人数", "车次", None],
        ["WZ2022-0202", "寻找离家少年", D(2022, 3, 2, 9, 0), 6, 1, "中山分队"],
    ]
    report = imp(store, book(tmp_path / "2022年.xlsx", {"城市搜救": rows}))
    assert report.added == 2
    assert skipped_rows(report) == {("城市搜救", 4), ("城市搜救", 5)}
    got = sorted(r.values()[:6] for r in exported(store, 2022, tmp_path).rows)
    assert got == [("WZ2022-0201", "寻找走失老人", "2022-03-01 08:00", 10, 2, "西岗分队"),
                   ("WZ2022-0202", "寻找离家少年", "2022-03-02 09:00", 6, 1, "中山分队")]


def test_extra_columns_are_never_taken_for_a_task_field(store, tmp_path):
    """序号, 联系人, 联系电话, 天气, 类型, 地点, 事件地点, 返回时间 hold words of the fields but are none of them;
    the header is found under a title and empty rows."""
    header = ["序号", "事件地点", "返回时间", "事件编号", "联系人", "事件摘要", "联系电话", "出队时间", "天气",
              "出队人数", "出队车次", "类型", "分队名称", "地点", "备注"]
    task = [7, "星海广场", D(2022, 8, 1, 18, 0), "WZ2022-0301", "王敏", "游客落水救援", "13800000000",
            D(2022, 8, 1, 15, 20), "晴", 6, 2, "溺水", "水上救援分队", "星海湾", None]
    rows = [["2022年水上救援统计"], [], [], ["单位：大连万众应急救援队"], header, task]
    report = imp(store, book(tmp_path / "2022年.xlsx", {"水上救援": rows}))
    assert report.added == 1
    unknown = {e.column for e in entries(report, Code.UNKNOWN_COLUMN)}
    assert unknown == {"A", "B", "C", "E", "G", "I", "L", "N"}
    assert not entries(report, Code.MISSING_COLUMN)
    no_self_check(report)
    (row,) = exported(store, 2022, tmp_path).rows
    assert row.values() == ("WZ2022-0301", "游客落水救援", "2022-08-01 15:20", 6, 2, "水上救援分队", "")


# --- rows that are not tasks -------------------------------------------------------------------------

TOTAL_LABELS = ["合计", "总计", "小计", "3月合计", "三月合计", "本页合计", "共计：", "累计", "Total", "1-3月小计",
                "2022年合计"]


@pytest.mark.parametrize("label", TOTAL_LABELS)
def test_a_totals_row_in_any_wording_is_skipped_and_reported(store, tmp_path, label):
    rows = [
        ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"],
        ["WZ2022-0401", "社区急救培训", D(2022, 3, 5, 9, 0), 4, 1, "高新园区分队", None],
        ["WZ2022-0402", "马拉松安全保障", D(2022, 3, 6, 6, 30), 30, 6, "中山分队", None],
        [None, label, None, 34, 7, None, None],
        ["WZ2022-0403", "学校应急演练", D(2022, 4, 1, 14, 0), 5, 1, "金州分队", None],
        [label, None, None, 39, 8, None, None],
    ]
    report = imp(store, book(tmp_path / "2022年.xlsx", {"培训保障": rows}))
    assert report.added == 3
    assert skipped_rows(report) == {("培训保障", 4), ("培训保障", 6)}
    assert len(exported(store, 2022, tmp_path).rows) == 3


def test_a_row_of_sums_without_a_label_is_a_total_and_other_numbers_are_a_task(store, tmp_path):
    rows = [
        ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称"],
        ["WZ2022-0501", "冲锋舟保养", D(2022, 1, 5, 9, 0), 3, 1, "水上救援分队"],
        ["WZ2022-0502", "发电机试机", D(2022, 1, 6, 9, 0), 2, 1, "中山分队"],
        [None, None, None, 5, 2, None],  # the sums of the two rows above: a subtotal
        ["WZ2022-0503", "船外机检修", D(2022, 2, 1, 9, 0), 4, 2, "水上救援分队"],
        [None, None, None, 4, 2, None],  # the sum since the last subtotal
        [None, None, None, 9, 4, None],  # the sum of all tasks: the grand total
        [None, None, None, 7, 1, "西岗分队"],  # numbers that are no sum: kept as a task, flagged
        ["WZ2022-0504", "库房盘点", D(2022, 3, 1, 9, 0), "5人", "1辆", "中山分队"],
        [None, None, None, "12人", "2", None],  # the sum of the two rows above, written with units
    ]
    report = imp(store, book(tmp_path / "2022年.xlsx", {"队伍整备与设备保养": rows}))
    assert skipped_rows(report) == {("队伍整备与设备保养", r) for r in (4, 6, 7, 10)}
    assert report.added == 5
    assert report.flagged == 1


def test_footer_rows_are_skipped_and_each_reported(store, tmp_path):
    rows = [
        ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"],
        ["WZ2022-0601", "核酸检测点秩序维护", D(2022, 4, 1, 8, 0), 6, 1, "金州分队", None],
        ["制表人：陈静", None, None, "审核：李强", None, "填表日期：2022年12月31日", None],
        ["注：本表由秘书组每月汇总"],
        ["备注：出队人数含带队队长", None, None, None, None, None, None],
        [None, None, "填表日期：2022-12-31"],
    ]
    report = imp(store, book(tmp_path / "2022年.xlsx", {"疫情防控": rows}, {"疫情防控": ["A5:G5"]}))
    assert report.added == 1
    assert skipped_rows(report) == {("疫情防控", r) for r in (3, 4, 5, 6)}
    assert not report.flagged


# --- sheets --------------------------------------------------------------------------------------------

def test_one_kind_over_several_sheets(store, tmp_path):
    header = ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]
    sheets = {
        "水上救援": [header, ["WZ2022-0701", "落水救援", D(2022, 6, 1, 10, 0), 5, 1, "水上救援分队", None]],
        "水上救援(续)": [header, ["WZ2022-0702", "渔船搁浅救援", D(2022, 6, 2, 10, 0), 6, 2, "旅顺分队", None]],
        "水上救援2": [header, ["WZ2022-0703", "皮划艇翻覆救援", D(2022, 6, 3, 10, 0), 7, 2, "中山分队", None]],
    }
    report = imp(store, book(tmp_path / "2022年.xlsx", sheets))
    assert report.added == 3
    ex = exported(store, 2022, tmp_path)
    assert [r.event_no for r in ex.sheet_rows("水上救援")] == ["WZ2022-0701", "WZ2022-0702", "WZ2022-0703"]


def test_a_sheet_of_several_kinds_is_told_apart_by_its_kind_column(store, tmp_path):
    rows = [
        ["序号", "任务类型", "事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称"],
        [1, "水上救援", "WZ2022-0801", "游客落水救援", D(2022, 7, 1, 14, 0), 8, 2, "水上救援分队"],
        [2, "城市", "WZ2022-0802", "寻找走失老人", D(2022, 7, 2, 9, 0), 10, 2, "西岗分队"],
        [3, "培训", "WZ2022-0803", "社区急救培训", D(2022, 7, 3, 9, 0), 3, 1, "高新园区分队"],
        [4, "疫情防控", "WZ2022-0804", "核酸点秩序维护", D(2022, 7, 4, 9, 0), 6, 1, "金州分队"],
        [5, "其他", "WZ2022-0805", "协助交警疏导", D(2022, 7, 5, 9, 0), 4, 1, "中山分队"],
    ]
    report = imp(store, book(tmp_path / "2022年.xlsx", {"2022年任务汇总": rows}))
    assert report.added == 5
    raw = [e for e in entries(report, Code.RAW_VALUE) if e.field == "kind"]
    assert [(e.row, e.raw) for e in raw] == [(6, "其他")]
    ex = exported(store, 2022, tmp_path)
    by_sheet = {name: [r.event_no for r in ex.sheet_rows(name)] for name in ex.sheetnames}
    assert by_sheet["水上救援"][:1] == ["WZ2022-0801"]
    assert by_sheet["城市搜救"] == ["WZ2022-0802"]
    assert by_sheet["培训保障"] == ["WZ2022-0803"]
    assert by_sheet["疫情防控"] == ["WZ2022-0804"]
    assert sum(len(v) for v in by_sheet.values()) == 5  # '其他' is kept, not dropped
    other = store.database.execute("SELECT needs_review FROM tasks WHERE event_no = 'WZ2022-0805'").fetchone()
    assert other[0]


def test_a_kind_column_of_sub_types_on_a_kind_sheet_is_only_an_extra_column(store, tmp_path):
    rows = [
        ["事件编号", "事件摘要", "出队时间", "类型", "出队人数"],
        ["WZ2022-0901", "游客落水救援", D(2022, 7, 1, 14, 0), "溺水", 8],
        ["WZ2022-0902", "渔船故障", D(2022, 7, 2, 14, 0), "船只故障", 5],
    ]
    report = imp(store, book(tmp_path / "2022年.xlsx", {"水上救援": rows}))
    assert report.added == 2
    assert not [e for e in report.entries if e.field == "kind"]
    assert {r.event_no for r in exported(store, 2022, tmp_path).sheet_rows("水上救援")} == {"WZ2022-0901", "WZ2022-0902"}


def test_a_date_column_and_a_time_column_make_one_departure(store, tmp_path):
    rows = [
        ["事件编号", "事件摘要", "出队日期", "出队时间", "出队人数", "出队车次"],
        ["WZ2022-1001", "礁石被困游客救援", dt.date(2022, 8, 2), dt.time(18, 40), 9, 2],
        ["WZ2022-1002", "海上遗体打捞", dt.date(2022, 8, 3), "06:15", 5, 1],
        ["WZ2022-1003", "涨潮被困滩涂", "2022年8月4日", "14时30分", 7, 2],
        ["WZ2022-1004", "皮划艇翻覆救援", dt.date(2022, 8, 5), None, 4, 1],
    ]
    report = imp(store, book(tmp_path / "2022年.xlsx", {"水上救援": rows}))
    assert report.added == 4
    assert not entries(report, Code.UNKNOWN_COLUMN)
    no_self_check(report)
    got = {r.event_no: r.departure for r in exported(store, 2022, tmp_path).rows}
    assert got == {"WZ2022-1001": "2022-08-02 18:40", "WZ2022-1002": "2022-08-03 06:15",
                   "WZ2022-1003": "2022-08-04 14:30", "WZ2022-1004": "2022-08-05"}


# --- hidden rows and sheets, formulas without results, a million empty rows --------------------------

def test_hidden_rows_and_a_hidden_sheet_are_imported(store, tmp_path):
    header = ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称"]
    sheets = {
        "城市搜救": [header, ["WZ2022-1101", "寻找走失老人", D(2022, 3, 1, 8, 0), 10, 2, "中山分队"],
                 ["WZ2022-1102", "寻找失智老人", D(2022, 3, 2, 8, 0), 11, 2, "中山分队"],
                 ["WZ2022-1103", "协助消防搜索", D(2022, 3, 3, 8, 0), 12, 2, "中山分队"]],
        "山地救援": [header, ["WZ2022-1104", "夜间山地搜寻", D(2022, 3, 4, 20, 0), 13, 3, "金州分队"]],
    }
    path = book(tmp_path / "2022年.xlsx", sheets, hidden_rows={"城市搜救": [3, 4]}, hidden_sheets={"山地救援"})
    report = imp(store, path)
    assert report.added == 4
    cells = {s.name: s for s in read_cells(path)}
    assert cells["城市搜救"].hidden_rows == frozenset({2, 3}) and cells["山地救援"].hidden
    hidden = entries(report, Code.HIDDEN)
    assert {(e.sheet, e.row) for e in hidden} == {("城市搜救", 3), ("山地救援", None)}


def _cells(name, rows, **kw) -> SheetCells:
    return SheetCells(name=name, rows=rows, **kw)


HEADER = ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]


def test_hidden_rows_are_one_report_line_a_run_and_their_tasks_are_kept():
    rows = [HEADER] + [[f"WZ2022-{i:04d}", f"任务{i}", D(2022, 1, 1 + i % 28, 9, 0), 3, 1, "中山分队", None]
                       for i in range(1, 21)]
    sheet = _cells("城市搜救", rows, hidden_rows=frozenset(range(5, 15)) | {18}, hidden=True)
    result = interpret([sheet], "2022年.xlsx")
    assert len(result.batch) == 20
    hidden = entries(result.report, Code.HIDDEN)
    assert sorted((e.row, e.message) for e in hidden if e.row) == [
        (6, "第 6–15 行是隐藏行（隐藏只是显示设置），其中 10 条任务照常导入"),
        (19, "第 19 行是隐藏行（隐藏只是显示设置），其中的任务照常导入")]
    assert any(e.row is None for e in hidden)  # the sheet itself


def test_formulas_saved_without_results_are_kept_raw_and_flagged_and_a_sum_formula_row_is_a_total():
    rows = [HEADER,
            ["WZ2022-1201", "=A2&\"救援\"", D(2022, 5, 1, 9, 0), "=2+3", 1, "中山分队", None],
            ["WZ2022-1202", "寻找走失老人", D(2022, 5, 2, 9, 0), 6, 2, "西岗分队", None],
            [None, None, None, "=SUM(D2:D3)", "=SUM(E2:E3)", None, None]]
    formulas = {(1, 1): "=A2&\"救援\"", (1, 3): "=2+3", (3, 3): "=SUM(D2:D3)", (3, 4): "=SUM(E2:E3)"}
    result = interpret([_cells("城市搜救", rows, formula_text=formulas)], "2022年.xlsx")
    batch, report = result.batch, result.report
    assert len(batch) == 2
    assert batch.headcount[0] is None and batch.headcount_raw[0] == "=2+3"
    assert batch.summary[0] == "=A2&\"救援\""
    assert batch.needs_review[0] and not batch.needs_review[1]
    raw = {(e.row, e.column) for e in entries(report, Code.RAW_VALUE)}
    assert raw == {(2, "B"), (2, "D")}
    assert (report.sheets[0]["name"], 4) in {(e.sheet, e.row) for e in entries(report, Code.SKIPPED_ROW)}
    no_self_check(report)


@pytest.mark.slow
def test_a_million_empty_rows_are_one_line_of_the_report():
    empty = [None] * 7
    rows = [HEADER, ["WZ2022-1301", "冲锋舟保养", D(2022, 1, 5, 9, 0), 3, 1, "水上救援分队", None]]
    rows += [empty] * 1_000_000
    rows += [["注：以上为全年任务"]]
    started = time.perf_counter()
    result = interpret([_cells("队伍整备与设备保养", rows)], "2022年.xlsx")
    elapsed = time.perf_counter() - started
    assert len(result.batch) == 1
    assert result.report.skipped == 1_000_001
    assert len(result.report.entries) <= 3
    assert any("1000000 行是空行" in e.message for e in result.report.entries)
    assert elapsed < 20


def test_a_few_empty_rows_are_still_named_one_by_one():
    rows = [HEADER, ["WZ2022-1401", "冲锋舟保养", D(2022, 1, 5, 9, 0), 3, 1, "水上救援分队", None],
            [None] * 7, [None] * 7,
            ["WZ2022-1402", "发电机试机", D(2022, 1, 6, 9, 0), 2, 1, "水上救援分队", None]]
    result = interpret([_cells("队伍整备与设备保养", rows)], "2022年.xlsx")
    assert sorted(e.row for e in entries(result.report, Code.SKIPPED_ROW)) == [3, 4]
    assert [k for k in result.batch.kind] == [TaskKind.UPKEEP, TaskKind.UPKEEP]


def test_a_row_of_units_under_the_header_is_part_of_the_header():
    rows = [HEADER, [None, None, None, "（人）", "(辆)", None, None],
            ["WZ2022-1501", "冲锋舟保养", D(2022, 1, 5, 9, 0), 3, 1, "水上救援分队", None]]
    result = interpret([_cells("队伍整备与设备保养", rows)], "2022年.xlsx")
    assert len(result.batch) == 1 and result.batch.headcount == [3] and result.batch.vehicles == [1]
    assert not entries(result.report, Code.SKIPPED_ROW)


def test_a_title_row_of_two_cells_is_not_taken_for_the_header_s_first_row():
    rows = [["2022年水上救援统计", None, None, "单位：人"], HEADER,
            ["WZ2022-1601", "游客落水救援", D(2022, 7, 1, 14, 0), 8, 2, "水上救援分队", None]]
    result = interpret([_cells("Sheet1", rows)], "统计.xlsx")
    assert result.year == 2022 and result.batch.kind == [TaskKind.WATER]
    assert result.report.sheets[0]["header_row"] == 2


def test_a_departure_group_over_date_and_time_and_a_return_group_that_is_no_field():
    rows = [["事件编号", "事件摘要", "出队时间", None, "出队人数", "返回", None],
            [None, None, "日期", "时间", None, "时间", "人数"],
            ["WZ2022-1701", "夜间山地搜寻", dt.date(2022, 9, 1), dt.time(20, 15), 12, dt.time(23, 50), 11]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 0, 6)]
    result = interpret([_cells("山地救援", rows, merged=merges)], "2022年.xlsx")
    batch = result.batch
    assert (batch.departure, batch.headcount, batch.vehicles) == (["2022-09-01 20:15"], [12], [None])
    assert {e.column for e in entries(result.report, Code.UNKNOWN_COLUMN)} == {"F", "G"}
    no_self_check(result.report)


def test_a_column_headed_bianhao_that_numbers_the_rows_is_no_event_number(store, tmp_path):
    """'编号' with 1, 2, 3 on every sheet is a 序号: as event numbers, the 1 of one sheet (or year) would
    be taken for the 1 of another and a task would be lost as 'already in the database'."""
    header = ["编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称"]
    sheets = {
        "水上救援": [header, [1, "游客落水救援", D(2022, 7, 1, 14, 0), 8, 2, "水上救援分队"],
                 [2, "渔船漂流搜寻", D(2022, 7, 2, 14, 0), 9, 2, "中山分队"],
                 [3, "皮划艇翻覆救援", D(2022, 7, 3, 14, 0), 5, 1, "中山分队"]],
        "城市搜救": [header, [1, "寻找走失老人", D(2022, 7, 1, 9, 0), 10, 2, "西岗分队"],
                 [2, "寻找离家少年", D(2022, 7, 2, 9, 0), 6, 1, "西岗分队"],
                 [3, "协助消防搜索", D(2022, 7, 3, 9, 0), 7, 1, "西岗分队"]],
    }
    report = imp(store, book(tmp_path / "2022年.xlsx", sheets))
    assert report.added == 6
    assert not entries(report, Code.DUPLICATE_EVENT_NO)
    assert {e.column for e in entries(report, Code.UNKNOWN_COLUMN)} == {"A"}
    assert all(r.event_no == "" for r in exported(store, 2022, tmp_path).rows)


def test_a_column_headed_event_number_keeps_short_numbers():
    rows = [HEADER] + [[i, f"任务{i}", D(2022, 1, i, 9, 0), 3, 1, "中山分队", None] for i in range(1, 5)]
    result = interpret([_cells("水上救援", rows)], "2022年.xlsx")
    assert result.batch.event_no == ["1", "2", "3", "4"]


def test_one_departure_header_merged_over_a_date_and_a_time_column_is_one_departure(store, tmp_path):
    """'出队时间' merged over two columns, the date in the first and the time in the second, no sub-header:
    the time was dropped (kept only in the review marks) and the second column called 'none of the seven'."""
    rows = [
        ["事件编号", "事件摘要", "出队时间", None, "出队人数", "出队车次", "分队名称", "备注"],
        ["WZ2022-0001", "合并表头甲", dt.date(2022, 10, 1), dt.time(9, 30), 6, 1, "中山分队", None],
        ["WZ2022-0002", "合并表头乙", dt.date(2022, 10, 2), "下午3点", 6, 1, "中山分队", None],
    ]
    report = imp(store, book(tmp_path / "2022年.xlsx", {"城市搜救": rows}, {"城市搜救": ["C1:D1"]}))
    assert not entries(report, Code.UNKNOWN_COLUMN)
    no_self_check(report)
    assert [r.departure for r in exported(store, 2022, tmp_path).rows] == ["2022-10-01 09:30", "2022-10-02 15:00"]


@pytest.mark.parametrize("label", ["出队时刻", "时刻", "出发", "几点出发"])
def test_a_time_column_under_another_word_joins_the_date(store, tmp_path, label):
    """出队日期 beside a column headed 出队时刻 / 时刻 / 出发 / 几点出发: one departure (the time was dropped)."""
    rows = [["事件编号", "事件摘要", "出队日期", label, "出队人数", "出队车次", "分队名称", "备注"],
            ["WZ2022-0001", "时刻列", dt.date(2022, 11, 1), "14:30", 6, 1, "中山分队", None]]
    report = imp(store, book(tmp_path / "2022年.xlsx", {"城市搜救": rows}))
    assert not entries(report, Code.UNKNOWN_COLUMN)
    assert [r.departure for r in exported(store, 2022, tmp_path).rows] == ["2022-11-01 14:30"]


def test_a_column_of_times_under_a_header_that_says_nothing_is_not_joined_but_every_row_is_said(store, tmp_path):
    """A departure of only a day, and beside it a column of times headed '（具体）': the header does not
    say these are departure times, so they are not joined; but each row is flagged and reported."""
    rows = [["事件编号", "事件摘要", "出队日期", "（具体）", "出队人数", "出队车次", "分队名称", "备注"],
            ["WZ2022-0001", "无名时间列甲", dt.date(2022, 12, 1), dt.time(14, 30), 6, 1, "中山分队", None],
            ["WZ2022-0002", "无名时间列乙", dt.date(2022, 12, 2), "下午3点", 6, 1, "中山分队", None]]
    report = imp(store, book(tmp_path / "2022年.xlsx", {"城市搜救": rows}))
    checked = [(e.row, e.column, e.field) for e in entries(report, Code.SELF_CHECK)]
    assert checked == [(2, "D", "departure"), (3, "D", "departure")]
