"""The import report in the window says which sheet named for a kind was not read as tasks, and why;
and which departure cell showed only a part of what it holds (tests/test_import_sheetkinds.py)."""
from __future__ import annotations

import datetime as dt

import openpyxl

from helpers.workbooks import HEADER, Sheet, write_workbook

WAIT_MS = 30000


def _import(window, qtbot, dialog_log, path):
    dialog_log.answers["ask_open_workbooks"] = [str(path)]
    with qtbot.waitSignal(window.import_done, timeout=WAIT_MS) as blocker:
        window.import_action.trigger()
    return blocker.args[0], window.report_dialog


def test_the_report_window_names_a_summary_sheet_not_read_and_a_time_shown_alone(make_window, store, qtbot,
                                                                                    dialog_log, tmp_path):
    window = make_window(store)
    path = tmp_path / "2022年救援任务.xlsx"
    write_workbook(path, [
        Sheet("水上救援", [["行标签", "求和项:出队人数"], ["金州分队", 30], ["总计", 30]]),
        Sheet("城市搜救", [list(HEADER), ["WZ2022-0001", "寻找走失老人", dt.datetime(2022, 3, 5, 14, 30), 5, 1, "金州分队", None],
                           ["WZ2022-0002", "寻找走失儿童", dt.datetime(2022, 3, 6, 9, 0), 3, 1, "金州分队", None]]),
    ])
    wb = openpyxl.load_workbook(path)
    wb["城市搜救"]["C2"].number_format = "h:mm"  # shows 14:30, holds 2022-03-05 14:30
    wb.save(path)
    reports, dialog = _import(window, qtbot, dialog_log, path)
    assert [r.ok for r in reports] == [True] and store.tasks.total() == 2
    assert dialog.windowTitle() == "导入完成"
    summary = dialog.summary.text()
    assert "跳过的工作表 1 处" in summary and "工作表名是“水上救援”，但它不是任务表" in summary
    details = dialog.details.toPlainText()
    assert "数据透视表" in details and "行标签" in details
    assert "出队时间单元格只显示时刻（数字格式“h:mm”），看不到日期；单元格里存的是 2022-03-05 14:30" in details
    dialog.close()
    assert "show_error" not in dialog_log.names()


def test_a_file_of_summaries_only_is_refused_in_words_in_the_window(make_window, store, qtbot, dialog_log, tmp_path):
    window = make_window(store)
    path = write_workbook(tmp_path / "2022年汇总.xlsx", [
        Sheet("水上救援", [["月份", "任务数", "出队人数"], ["1月", 3, 20], ["合计", 3, 20]])])
    reports, dialog = _import(window, qtbot, dialog_log, path)
    assert [r.ok for r in reports] == [False] and store.tasks.total() == 0
    assert dialog.windowTitle() == "导入失败"
    text = dialog.text()
    assert "没有任务表" in text and "“水上救援”" in text and "数据库没有任何改动" in text
