"""The classes the third blind trial (bench/blind_trial3.py) found stored without a flag, in real workbooks.

- a whole number past Excel's 15 significant digits (an 18-digit event number typed into Excel keeps
  only 15: ...000001 comes back ...000000): kept as the cell holds it, flagged;
- a date whose format shows no year (3月5日) holding a year that is not the workbook's (Excel adds
  the year of the day it was typed): kept, flagged (.xlsx, .xls, and an .ods written by LibreOffice);
- a squad text joined by a word with the suffix said once (金州及甘井子分队) or left open (金州分队等):
  one 'squad' that is no squad's name, flagged;
- a kind column merged down the rows of one kind: every row of the merge has that kind;
- a month typed where the day was not known (2022年3月, Mar-22): Excel stores the 1st and shows no
  day; kept as the month's text, raw and flagged, not as a day nobody wrote (.xlsx, .xls, .ods);
- a date, a time or TRUE in a column of text (Excel turned '3-5' typed in a remark into 3月5日): kept
  as its text, flagged;
- a sheet whose name says void, backup, draft or copy (水上救援（作废）, 城市搜救 (2)): its tasks
  imported, every one flagged (nothing dropped unseen, no repeat counted silently);
- last year's sheet kept in this year's book (2021年水上救援): its dates without a year are its year's.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess

import pytest

from helpers.workbooks import HEADER, Sheet, write_workbook
from test_import_structures import exported as export, imp
from wz_desktop.domain.report import Code

D = dt.datetime


def entries(report, code, field=None):
    return {(e.sheet.strip(), e.row) for e in report.entries if e.code == code and (field is None or e.field == field)}


def review(store, summary):
    return store.database.execute("SELECT needs_review FROM tasks WHERE summary = ?", (summary,)).fetchone()[0]


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_numbers_past_excels_fifteen_digits_are_kept_and_flagged(store, tmp_path, suffix):
    sheet = Sheet("水上救援", [
        list(HEADER),
        [202203051200000000.0, "十八位编号", D(2022, 3, 5, 9, 0), 5, 1, "水上救援分队", None],
        [2.5e16, "十七位编号", D(2022, 3, 6, 9, 0), 5, 1, "水上救援分队", 1.2345678901234568e17],
        [123456789012345.0, "十五位编号", D(2022, 3, 7, 9, 0), 5, 1, "水上救援分队", 13800001111.0],
    ])
    report = imp(store, write_workbook(tmp_path / f"2022年长编号{suffix}", [sheet]))
    assert entries(report, Code.GUESS, "event_no") == {("水上救援", 2), ("水上救援", 3)}
    assert entries(report, Code.GUESS, "remarks") == {("水上救援", 3)}
    note = next(e.message for e in report.entries if e.code == Code.GUESS and e.row == 2)
    assert "15 位" in note and "202203051200000000" in note
    got = {r.summary: (r.event_no, r.remarks) for r in export(store, 2022, tmp_path).rows}
    assert got["十八位编号"] == ("202203051200000000", "") and got["十五位编号"] == ("123456789012345", "13800001111")
    assert got["十七位编号"][0] == "25000000000000000" and re.fullmatch(r"1234567890123456\d\d", got["十七位编号"][1])


def _hidden_year_xlsx(path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "城市搜救"
    ws.append(HEADER)
    for d, fmt, summary in [(D(2023, 3, 5), 'm"月"d"日"', "次年补录"), (D(2023, 3, 6, 14, 30), 'm"月"d"日" h:mm', "次年补录带时刻"),
                            (D(2023, 3, 7), "d-mmm", "内置格式"), (D(2022, 3, 9), 'm"月"d"日"', "本年"),
                            (D(2023, 1, 3), "yyyy-mm-dd", "显示年份")]:
        ws.append(["", summary, d, 5, 1, "金州分队", None])
        ws.cell(ws.max_row, 3).number_format = fmt
    wb.save(path)
    return path


def _hidden_year_xls(path):
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("城市搜救")
    for c, name in enumerate(HEADER):
        ws.write(0, c, name)
    for r, (d, fmt, summary) in enumerate([(D(2023, 3, 5), 'm"月"d"日"', "次年补录"), (D(2023, 3, 6, 14, 30), 'm"月"d"日" h:mm', "次年补录带时刻"),
                                           (D(2023, 3, 7), "m/d", "内置格式"), (D(2022, 3, 9), 'm"月"d"日"', "本年"),
                                           (D(2023, 1, 3), "yyyy-mm-dd", "显示年份")], 1):
        for c, v in enumerate(["", summary, None, 5, 1, "金州分队"]):
            if v is not None:
                ws.write(r, c, v)
        ws.write(r, 2, d, xlwt.easyxf(num_format_str=fmt))
    wb.save(str(path))
    return path


def _check_hidden_years(store, report, tmp_path):
    assert entries(report, Code.GUESS, "departure") == {("城市搜救", r) for r in (2, 3, 4)}
    note = next(e.message for e in report.entries if e.code == Code.GUESS and e.row == 2)
    assert "不显示年份" in note and "2023" in note and "2022" in note
    assert review(store, "次年补录") and not review(store, "本年") and not review(store, "显示年份")
    got = {r.summary: r.departure for r in export(store, 2023, tmp_path).rows}
    assert got == {"次年补录": "2023-03-05", "次年补录带时刻": "2023-03-06 14:30", "内置格式": "2023-03-07",
                   "显示年份": "2023-01-03"}   # kept as the cells hold them: the flag asks a person


def test_a_date_whose_format_hides_a_year_not_the_books_is_flagged_xlsx(store, tmp_path):
    report = imp(store, _hidden_year_xlsx(tmp_path / "2022年城市搜救.xlsx"))
    _check_hidden_years(store, report, tmp_path)


def test_a_date_whose_format_hides_a_year_not_the_books_is_flagged_xls(store, tmp_path):
    report = imp(store, _hidden_year_xls(tmp_path / "2022年城市搜救.xls"))
    _check_hidden_years(store, report, tmp_path)


@pytest.mark.slow
def test_a_date_whose_format_hides_a_year_not_the_books_is_flagged_ods_by_libreoffice(store, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        if os.environ.get("WZ_REQUIRE_LIBREOFFICE") == "1":
            pytest.fail("WZ_REQUIRE_LIBREOFFICE=1 but LibreOffice (soffice) is not installed")
        pytest.skip("LibreOffice (soffice) is not installed")
    source = _hidden_year_xlsx(tmp_path / "2022年城市搜救.xlsx")
    out = tmp_path / "ods"
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--norestore",
                    "--convert-to", "ods", "--outdir", str(out), str(source)], capture_output=True, timeout=240, check=True)
    report = imp(store, out / "2022年城市搜救.ods")
    _check_hidden_years(store, report, tmp_path)


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_squads_joined_by_a_word_or_left_open_are_flagged(store, tmp_path, suffix):
    sheet = Sheet("城市搜救", [list(HEADER)] + [
        [f"WZ2022-{i:04d}", summary, D(2022, 6, i, 10, 0), 5, 1, squads, None]
        for i, (summary, squads) in enumerate([("后缀只写一次", "金州及甘井子分队"), ("等", "金州分队等"),
                                               ("等几个分队", "金州、甘井子等分队"), ("一个分队", "和平分队"),
                                               ("两个分队", "金州分队、甘井子分队")], 1)])
    report = imp(store, write_workbook(tmp_path / f"2022年分队{suffix}", [sheet]))
    assert entries(report, Code.SELF_CHECK, "squads") == {("城市搜救", r) for r in (2, 3, 4)}
    assert review(store, "后缀只写一次") and review(store, "等") and not review(store, "一个分队")
    got = {r.summary: r.squads for r in export(store, 2022, tmp_path).rows}
    assert got["后缀只写一次"] == "金州及甘井子分队" and got["两个分队"] == "金州分队、甘井子分队"


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_a_kind_merged_down_a_month_sheet_belongs_to_every_row(store, tmp_path, suffix):
    rows = [["类别", *HEADER]]
    for word, n in [("水上救援", 3), ("山地救援", 2), ("疫情防控", 1)]:
        for i in range(n):
            rows.append([word if i == 0 else None, f"WZ2022-{len(rows):04d}", f"{word}{i}", D(2022, 4, len(rows), 9, 0),
                         5, 1, "金州分队", None])
    sheet = Sheet("4月", rows, merges=[(1, 0, 3, 0), (4, 0, 5, 0)])
    report = imp(store, write_workbook(tmp_path / f"2022年4月{suffix}", [sheet]))
    assert not [e for e in report.entries if e.field == "kind" and e.code == Code.RAW_VALUE]
    assert entries(report, Code.FILLED_FROM_MERGE, "kind") == {("4月", 3), ("4月", 4), ("4月", 6)}
    got = {r.summary: r.sheet for r in export(store, 2022, tmp_path).rows}
    assert got == {"水上救援0": "水上救援", "水上救援1": "水上救援", "水上救援2": "水上救援",
                   "山地救援0": "山地救援", "山地救援1": "山地救援", "疫情防控0": "疫情防控"}


MONTHS = [(D(2022, 3, 1), 'yyyy"年"m"月"', "只有年月"), (D(2022, 4, 1), "mmm-yy", "英文月份"), (D(2022, 5, 1), "yyyy/m", "斜杠年月"),
          (D(2022, 6, 1), "yyyy-mm-dd", "一号"), (D(2022, 7, 1), 'yyyy"年"m"月"d"日"', "中文一号"), (D(2022, 8, 2), "yyyy/m", "二号")]


def _months_xlsx(path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "队伍整备与设备保养"
    ws.append(HEADER)
    for d, fmt, summary in MONTHS:
        ws.append(["", summary, d, 3, 0, "水上救援分队", None])
        ws.cell(ws.max_row, 3).number_format = fmt
    wb.save(path)
    return path


def _months_xls(path):
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("队伍整备与设备保养")
    for c, name in enumerate(HEADER):
        ws.write(0, c, name)
    for r, (d, fmt, summary) in enumerate(MONTHS, 1):
        for c, v in enumerate(["", summary, None, 3, 0, "水上救援分队"]):
            if v is not None:
                ws.write(r, c, v)
        ws.write(r, 2, d, xlwt.easyxf(num_format_str=fmt))
    wb.save(str(path))
    return path


def _check_months(store, report, tmp_path):
    raw = {e.row: e.message for e in report.entries if e.code == Code.RAW_VALUE and e.field == "departure"}
    assert set(raw) == {2, 3, 4} and "只有年月" in raw[2]
    got = {r.summary: r.departure for r in export(store, 2022, tmp_path).rows}
    assert got == {"只有年月": "2022年3月", "英文月份": "2022年4月", "斜杠年月": "2022年5月", "一号": "2022-06-01",
                   "中文一号": "2022-07-01", "二号": "2022-08-02"}
    assert review(store, "只有年月") and not review(store, "一号") and not review(store, "二号")


def test_a_month_without_its_day_is_kept_as_the_month_xlsx(store, tmp_path):
    _check_months(store, imp(store, _months_xlsx(tmp_path / "2022年保养.xlsx")), tmp_path)


def test_a_month_without_its_day_is_kept_as_the_month_xls(store, tmp_path):
    _check_months(store, imp(store, _months_xls(tmp_path / "2022年保养.xls")), tmp_path)


@pytest.mark.slow
def test_a_month_without_its_day_is_kept_as_the_month_ods_by_libreoffice(store, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        if os.environ.get("WZ_REQUIRE_LIBREOFFICE") == "1":
            pytest.fail("WZ_REQUIRE_LIBREOFFICE=1 but LibreOffice (soffice) is not installed")
        pytest.skip("LibreOffice (soffice) is not installed")
    source = _months_xlsx(tmp_path / "2022年保养.xlsx")
    out = tmp_path / "ods"
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--norestore",
                    "--convert-to", "ods", "--outdir", str(out), str(source)], capture_output=True, timeout=240, check=True)
    _check_months(store, imp(store, out / "2022年保养.ods"), tmp_path)


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_a_date_or_a_time_in_a_text_column_is_kept_as_text_and_flagged(store, tmp_path, suffix):
    sheet = Sheet("水上救援", [
        list(HEADER),
        ["WZ2022-0001", "备注变日期", D(2022, 7, 1, 9, 0), 5, 1, "水上救援分队", dt.date(2022, 3, 5)],
        ["WZ2022-0002", "分队变日期", D(2022, 7, 2, 9, 0), 5, 1, dt.date(2022, 1, 2), None],
        ["WZ2022-0003", dt.datetime(2022, 5, 6), D(2022, 7, 3, 9, 0), 5, 1, "水上救援分队", None],
        ["WZ2022-0004", "文字备注", D(2022, 7, 4, 9, 0), 5, 1, "水上救援分队", "3-5级风"],
    ])
    report = imp(store, write_workbook(tmp_path / f"2022年文字变日期{suffix}", [sheet]))
    guessed = {(e.row, e.field) for e in report.entries if e.code == Code.GUESS}
    assert {(2, "remarks"), (3, "squads"), (4, "summary")} <= guessed
    assert not {g for g in guessed if g[0] == 5}
    note = next(e.message for e in report.entries if e.code == Code.GUESS and e.row == 2)
    assert "不是文字而是日期" in note
    got = {r.event_no: (r.summary, r.squads, r.remarks) for r in export(store, 2022, tmp_path).rows}
    assert got["WZ2022-0001"][2] == "2022-03-05" and got["WZ2022-0002"][1] == "2022-01-02"
    assert got["WZ2022-0003"][0] == "2022-05-06" and got["WZ2022-0004"][2] == "3-5级风"


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_the_tasks_of_a_void_backup_draft_or_copied_sheet_are_imported_and_flagged(store, tmp_path, suffix):
    def rows(prefix, day):
        return [list(HEADER)] + [[f"{prefix}-{i}", f"{prefix}任务{i}", D(2022, 5, day + i, 9, 0), 5, 1, "金州分队", None]
                                 for i in range(2)]
    sheets = [Sheet("水上救援", rows("WZ2022", 1)), Sheet("水上救援（作废）", rows("ZF", 10)),
              Sheet("城市搜救", rows("CS", 1)), Sheet("城市搜救 (2)", rows("CS2", 1)), Sheet("山地救援备份", rows("BF", 20)),
              Sheet("水上救援(续)", rows("XB", 25)), Sheet("城市搜救（二）", rows("ER", 27))]
    report = imp(store, write_workbook(tmp_path / f"2022年多表{suffix}", sheets))
    assert report.added == 14
    flagged = entries(report, Code.SELF_CHECK)
    assert flagged == {(name, r) for name in ("水上救援（作废）", "城市搜救 (2)", "山地救援备份") for r in (2, 3)}
    note = next(e.message for e in report.entries if e.code == Code.SELF_CHECK and e.sheet == "水上救援（作废）")
    assert "作废" in note and "待复核" in note
    assert review(store, "ZF任务0") and review(store, "CS2任务1") and review(store, "BF任务0")
    assert not review(store, "WZ2022任务0") and not review(store, "XB任务0") and not review(store, "ER任务1")


def test_last_years_sheet_in_this_years_book_reads_its_dates_in_its_year(store, tmp_path):
    sheets = [Sheet("2021年水上救援", [list(HEADER), ["WZ2021-0901", "去年的任务", "12月5日 9:00", 5, 1, "水上救援分队", None]]),
              Sheet("水上救援", [list(HEADER), ["WZ2022-0101", "今年的任务", "3月5日 9:00", 5, 1, "水上救援分队", None]])]
    report = imp(store, write_workbook(tmp_path / "2022年救援任务统计.xlsx", sheets))
    assert any(e.code == Code.GUESS and e.sheet == "2021年水上救援" and e.row is None and "2021" in e.message
               for e in report.entries)
    assert {r.summary: r.departure for r in export(store, 2021, tmp_path).rows} == {"去年的任务": "2021-12-05 09:00"}
    assert {r.summary: r.departure for r in export(store, 2022, tmp_path).rows} == {"今年的任务": "2022-03-05 09:00"}
