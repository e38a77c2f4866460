"""Two classes a blind trial found, in real workbooks (LibreOffice-written where it can be).

- A sheet whose name names a kind but which holds no task table (a monthly summary, a pivot table,
  notes, a list of something else, a chart, nothing): the tasks of the other sheets are imported and
  the report says, in words, which sheet was not read as tasks and why. Before, the whole file was
  refused. A task table that lost its header is still refused in words, and a file where no sheet is
  a task table is refused saying which sheets it looked at; nothing is written either way.
- A date-time cell shown through a format of one part only: the time alone ('h:mm',
  '[$-F400]h:mm:ss AM/PM', 'hh:mm:ss AM/PM': the day is not seen) or the day alone ('yyyy/m/d' over a
  date-time with a time). What the cell holds is stored (Excel computes, sorts and filters on it) and
  the row is flagged, the report saying the cell showed only a part. Before, .xlsx and .xls stored it
  without a word, and an .ods by LibreOffice (which saves such a cell as a duration since 1899-12-30)
  kept 'PT1071014H29M59.999999162S' as the raw departure.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers.workbooks import HEADER, Sheet, write_workbook
from test_import_structures import exported
from helpers.libreoffice import libreoffice_copy
from wz_desktop.domain.report import Code
from wz_desktop.services.imports import import_workbook
from wz_desktop.services.session import SYSTEM_SESSION

D = dt.datetime

TASKS = Sheet("城市搜救", [list(HEADER),
                          ["WZ2022-0001", "寻找走失老人", D(2022, 3, 5, 14, 30), 5, 1, "金州分队", None],
                          ["WZ2022-0002", "寻找走失儿童", D(2022, 3, 6, 9, 0), 3, 1, "甘井子分队", None]])

NOT_TABLES = {
    "monthly": [["月份", "任务数", "出队人数", "出队车次"], ["1月", 3, 20, 4], ["2月", 5, 30, 6], ["合计", 8, 50, 10]],
    "titled": [["2022年水上救援月度汇总"], ["月份", "次数", "人数"], ["1月", 3, 20], ["2月", 5, 30]],
    "pivot": [["行标签", "求和项:出队人数", "计数项:事件编号"], ["金州分队", 30, 3], ["甘井子分队", 10, 1], ["总计", 40, 4]],
    "pivot_by_day": [["出队时间", "计数项:事件编号", "求和项:出队人数"], [D(2022, 3, 5), 2, 10], [D(2022, 3, 6), 1, 4],
                     ["总计", 3, 14]],
    "pivot_tabular": [["分队名称", "出队时间", "求和项:出队人数"], ["金州分队", D(2022, 3, 5), 10],
                      ["甘井子分队", D(2022, 3, 6), 4], ["总计", None, 14]],
    "daily": [["日期", "事件数", "出队人数", "出队车次"], [D(2022, 3, 5), 2, 10, 2], [D(2022, 3, 6), 1, 4, 1]],
    "notes": [["说明：本表由秘书处填写"], ["每月底汇总一次，报送总队"], ["联系人：王五"]],
    "roster": [["姓名", "电话", "分队"], ["张三", "13800000000", "金州分队"], ["李四", "13900000000", "甘井子分队"]],
    "squads_by_month": [["分队名称", "1月", "2月", "3月"], ["金州分队", 3, 2, 1], ["甘井子分队", 1, 0, 2]],
}


def libreoffice(source: Path, fmt: str, tmp_path: Path) -> Path:
    """``source`` opened and saved by LibreOffice as ``fmt`` (xls, ods, xlsx)."""
    return libreoffice_copy(source, fmt, tmp_path)


def _skipped(report):
    return {e.sheet: str(e.message) for e in report.entries if e.code == Code.SKIPPED_SHEET}


def _summaries(store):
    return {row[0] for row in store.database.execute("SELECT summary FROM tasks")}


# --- a sheet named for a kind that is no task table ------------------------------------------------

@pytest.mark.parametrize("shape", sorted(NOT_TABLES))
@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_a_kind_named_sheet_that_is_no_task_table_is_skipped_and_said(store, tmp_path, shape, suffix):
    path = write_workbook(tmp_path / f"2022年救援任务{suffix}", [Sheet("水上救援", NOT_TABLES[shape]), TASKS])
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok, report.error
    assert _summaries(store) == {"寻找走失老人", "寻找走失儿童"}  # the other sheet's tasks came in
    said = _skipped(report)["水上救援"]
    assert "工作表名是“水上救援”，但它不是任务表" in said and "行内容未导入" in said
    if shape.startswith("pivot"):
        assert "数据透视表" in said
    summary = report.summary_text()
    assert "跳过的工作表 1 处" in summary and "水上救援" in summary


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_a_summary_sheet_in_a_workbook_saved_by_libreoffice_is_skipped(store, tmp_path, fmt):
    source = write_workbook(tmp_path / "2022年救援任务.xlsx", [Sheet("水上救援", NOT_TABLES["monthly"]),
                                                               Sheet("山地救援", NOT_TABLES["pivot"]), TASKS])
    report = import_workbook(store, libreoffice(source, fmt, tmp_path), session=SYSTEM_SESSION)
    assert report.ok, report.error
    assert _summaries(store) == {"寻找走失老人", "寻找走失儿童"}
    assert set(_skipped(report)) == {"水上救援", "山地救援"}


def test_a_chart_sheet_named_for_a_kind_is_said_to_hold_no_tasks(store, tmp_path):
    import openpyxl
    from openpyxl.chart import BarChart, Reference

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "城市搜救"
    for row in TASKS.rows:
        ws.append(row)
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=4, min_row=1, max_row=3), titles_from_data=True)
    wb.create_chartsheet("水上救援").add_chart(chart)
    path = tmp_path / "2022年图表.xlsx"
    wb.save(path)
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok and store.tasks.total() == 2
    assert "工作表名是“水上救援”，但其中没有任何内容" in _skipped(report)["水上救援"]


# Task tables that lost their header, in another order than the canonical one: damaged, not summaries
LOST_HEADER = {
    # event numbers, a date beside a summary
    "numbered": [["2022年水上救援"], ["WZ2022-0009", "落水人员救援", "金州分队", D(2022, 3, 5, 14, 30), 5, 1],
                 ["WZ2022-0010", "渔船漂流救援", "金州分队", D(2022, 3, 6, 14, 30), 5, 1]],
    # no event number and no long summary, but a departure's moment beside a word and counts on every
    # row: tasks, not a summary (whose rows are days); skipping them would lose them
    "short_texts": [[i + 1, D(2022, 4, i + 1, 9, 0), "溺水", "西岗", 6, 2] for i in range(5)],
}


@pytest.mark.parametrize("shape", sorted(LOST_HEADER))
@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_a_task_table_that_lost_its_header_is_still_refused_in_words(store, tmp_path, suffix, shape):
    """A damaged task table is refused in words, whichever sheet comes first; nothing is written."""
    damaged = Sheet("水上救援", LOST_HEADER[shape])
    sheets = [damaged, TASKS] if shape == "numbered" else [TASKS, damaged]
    report = import_workbook(store, write_workbook(tmp_path / f"2022年救援任务{suffix}", sheets), session=SYSTEM_SESSION)
    assert not report.ok and "找不到表头" in report.error and "水上救援" in report.error
    assert store.tasks.total() == 0


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_a_file_where_no_sheet_is_a_task_table_is_refused_saying_which(store, tmp_path, suffix):
    path = write_workbook(tmp_path / f"2022年汇总{suffix}", [Sheet("水上救援", NOT_TABLES["pivot"]),
                                                           Sheet("城市搜救", NOT_TABLES["monthly"])])
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert not report.ok
    assert "没有任务表" in report.error and "“水上救援”" in report.error and "“城市搜救”" in report.error
    assert "没有导入任何内容" in report.error
    assert store.tasks.total() == 0


# --- a date-time shown through a format of one part --------------------------------------------------

PARTS = [  # value, format, summary, what the cell hides (None: shows it whole)
    (D(2022, 3, 5, 14, 30), "h:mm", "只显示时刻", "day"),
    (D(2022, 3, 6, 15, 45), "[$-F400]h:mm:ss\\ AM/PM", "系统时间格式", "day"),
    (D(2022, 3, 7, 9, 5), "hh:mm:ss AM/PM", "上下午格式", "day"),
    (D(2022, 3, 8, 16, 20), "yyyy/m/d", "只显示日期", "time"),
    (D(2022, 3, 9, 10, 0), "yyyy-mm-dd hh:mm", "完整格式", None),
    (D(2022, 3, 10), "yyyy/m/d", "只有日期", None),
    (D(2022, 3, 11, 0, 0), "h:mm", "零点只显示时刻", "day"),
]


def _parts_xlsx(path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "水上救援"
    ws.append(HEADER)
    for i, (value, fmt, summary, _) in enumerate(PARTS, 1):
        ws.append([f"WZ2022-{i:04d}", summary, value, 5, 1, "金州分队", None])
        ws.cell(ws.max_row, 3).number_format = fmt
    wb.save(path)
    return path


def _parts_xls(path):
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("水上救援")
    for c, name in enumerate(HEADER):
        ws.write(0, c, name)
    for r, (value, fmt, summary, _) in enumerate(PARTS, 1):
        for c, v in enumerate([f"WZ2022-{r:04d}", summary, None, 5, 1, "金州分队"]):
            if v is not None:
                ws.write(r, c, v)
        ws.write(r, 2, value, xlwt.easyxf(num_format_str=fmt))
    wb.save(str(path))
    return path


def _check_parts(store, report, tmp_path):
    said = {e.row: str(e.message) for e in report.entries if e.code == Code.SELF_CHECK and e.field == "departure"}
    hides = {r: part for r, (_, _, _, part) in enumerate(PARTS, 2) if part}
    assert set(said) == set(hides), said
    for r, part in hides.items():
        assert ("只显示时刻" if part == "day" else "只显示日期") in said[r]
        assert PARTS[r - 2][0].strftime("%Y-%m-%d %H:%M") in said[r]  # the value stored, said
    assert not [e for e in report.entries if e.code == Code.RAW_VALUE]
    got = {r.summary: r.departure for r in exported(store, 2022, tmp_path).rows}
    assert got == {summary: value.strftime("%Y-%m-%d %H:%M") if summary != "只有日期" else "2022-03-10"
                   for value, _, summary, _ in PARTS}  # what the cells hold, to the minute
    review = dict(store.database.execute("SELECT summary, needs_review FROM tasks"))
    assert {s for s, flagged in review.items() if flagged} == {PARTS[r - 2][2] for r in hides}


def test_a_date_time_shown_in_part_is_kept_and_flagged_xlsx(store, tmp_path):
    report = import_workbook(store, _parts_xlsx(tmp_path / "2022年水上救援.xlsx"), session=SYSTEM_SESSION)
    _check_parts(store, report, tmp_path)


def test_a_date_time_shown_in_part_is_kept_and_flagged_xls(store, tmp_path):
    report = import_workbook(store, _parts_xls(tmp_path / "2022年水上救援.xls"), session=SYSTEM_SESSION)
    _check_parts(store, report, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["ods", "xls", "xlsx"])
def test_a_date_time_shown_in_part_is_kept_and_flagged_by_libreoffice(store, tmp_path, fmt):
    (tmp_path / "src").mkdir()
    source = _parts_xlsx(tmp_path / "src" / "2022年水上救援.xlsx")
    if fmt == "xlsx":  # LibreOffice's own .xlsx: through an .ods first, so that LibreOffice writes every byte
        source = libreoffice(source, "ods", tmp_path)
    report = import_workbook(store, libreoffice(source, fmt, tmp_path), session=SYSTEM_SESSION)
    _check_parts(store, report, tmp_path)
    if fmt == "ods":  # the text the cell shows is quoted
        said = {e.row: str(e.message) for e in report.entries if e.code == Code.SELF_CHECK}
        assert "显示为“14:30”" in said[2] and "显示为“2022/3/8”" in said[5]
