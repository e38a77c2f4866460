"""The corpus of workbooks LibreOffice itself wrote (tests/data/corpus), each against its truth.

Every workbook in ``tests/data/corpus`` was written by ``make_corpus.py`` and saved by LibreOffice
as .xlsx, .xls and .ods; each covers one class of issue 10 (times with 下午/PM, weekdays, Chinese
numerals, serials as text, a date range, date and time in two columns, counts in words, a title row
and a two-row header, extra columns, totals, footers, hidden rows and sheets, a kind over two
sheets, a kind column, formulas). Each file is imported into a fresh store, its year exported, and
the export compared with ``STEM.truth.json`` by ``tests/data/compare_export.py``: every task back
field for field, nothing extra.

A case that today's importer gets wrong is marked ``xfail(strict=True)`` with what is missing:
when the feature lands the case XPASSes, the run fails, and the mark is to be removed.
"""
from __future__ import annotations

import contextlib
import functools
import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

from conftest import DATA
from wz_desktop.services.session import SYSTEM_SESSION

CORPUS = DATA / "corpus"
COMPARE = DATA / "compare_export.py"
SUFFIXES = ("xlsx", "xls", "ods")
STEMS = sorted(p.name[: -len(".truth.json")] for p in CORPUS.glob("*.truth.json"))

# (stem, suffix or None for every format) -> what the importer does not do yet
MISSING: dict[tuple[str, str | None], str] = {
}


def _case(stem: str, suffix: str):
    reason = MISSING.get((stem, suffix)) or MISSING.get((stem, None))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(stem, suffix, marks=marks, id=f"{stem}.{suffix}")


CASES = [_case(stem, suffix) for stem in STEMS for suffix in SUFFIXES]


def test_the_corpus_is_complete():
    """Each workbook in its three formats, each with its truth, each class of the issue present."""
    assert len(STEMS) >= 15
    for stem in STEMS:
        for suffix in SUFFIXES:
            assert (CORPUS / f"{stem}.{suffix}").is_file(), f"{stem}.{suffix}"
    assert set(MISSING) <= {(s, x) for s in STEMS for x in (*SUFFIXES, None)}, "a mark names no file"


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_each_file_holds_every_task_of_its_truth(suffix):
    """What LibreOffice wrote holds every task of the truth once (hidden sheets and rows included):
    a failure of the import is the importer's, not a file that lost a row on its way."""
    from python_calamine import CalamineWorkbook

    for stem in STEMS:
        book = CalamineWorkbook.from_path(str(CORPUS / f"{stem}.{suffix}"))
        texts = [cell for name in book.sheet_names for row in book.get_sheet_by_name(name).to_python()
                 for cell in row if isinstance(cell, str)]
        truth = json.loads((CORPUS / f"{stem}.truth.json").read_text(encoding="utf-8"))
        for task in truth:
            assert texts.count(task["summary"]) == 1, (stem, suffix, task["summary"])
        assert len({t["event_no"] for t in truth}) == len(truth), stem


@pytest.mark.parametrize(("stem", "suffix"), CASES)
def test_corpus_workbook_imports_and_exports_back_to_its_truth(stem, suffix, tmp_path, new_database):
    from wz_desktop.store import Store
    from wz_desktop.services.exports import export_year
    from wz_desktop.services.imports import import_workbook

    source = CORPUS / f"{stem}.{suffix}"
    year = int(stem[:4])
    out = tmp_path / f"{year}年救援任务统计（导出）.xlsx"
    with Store.open(new_database(tmp_path / "wanzhong.db")) as store:
        report = import_workbook(store, source, backup=False, session=SYSTEM_SESSION)
        assert report.ok, report.error
        export_year(store, year, out, session=SYSTEM_SESSION)
    code, said = compare(out, CORPUS / f"{stem}.truth.json")
    assert code == 0, said


def compare(export: Path, truth: Path) -> tuple[int, str]:
    """compare_export.py run on ``export`` against ``truth``: (exit code, what it printed)."""
    module = _compare_module()
    argv, sys.argv = sys.argv, ["compare_export.py", str(export), "--truth", str(truth), "--show", "20"]
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            code = module.main()
    finally:
        sys.argv = argv
    return code, printed.getvalue()


@functools.cache
def _compare_module():
    spec = importlib.util.spec_from_file_location("compare_export", COMPARE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_hidden_rows_and_the_hidden_sheet_are_said_in_the_report(suffix, tmp_path, new_database):
    from wz_desktop.store import Store
    from wz_desktop.services.imports import import_workbook

    with Store.open(new_database(tmp_path / "wanzhong.db")) as store:
        report = import_workbook(store, CORPUS / f"2022-hidden.{suffix}", backup=False, session=SYSTEM_SESSION)
    assert report.ok
    hidden = [e for e in report.entries if "隐藏" in e.message]
    said = [f"{e.sheet} {e.row}: {e.message}" for e in hidden]
    assert any(e.sheet == "培训保障" or "培训保障" in e.message for e in hidden), said  # the hidden sheet
    assert any(e.sheet == "城市搜救" for e in hidden), said  # its rows 3 and 4


# rows (as the file numbers them) that are no task and must each be skipped and said, per workbook
NOT_TASKS = {
    "2022-totals": ("水上救援", {4, 7, 8, 11, 12, 13}),  # 3月合计, 小计, 本页合计, sums only, 合计, 总计
    "2022-footer": ("队伍整备与设备保养", {6, 7, 8}),  # 制表人：…, 注：…, 填表日期：… 审核：…
    "2022-header-deep": ("队伍整备与设备保养", {8}),  # 合 计
    "2021-hands-month-sheets": ("3月", {3, 4, 5, 7}),
    "2021-blind-footers": ("城市搜救", {6, 7, 8, 9}),
    "2021-blind-totals": ("培训保障", {4, 5, 7}),  # 3月份小计, 本月共2起 (sums, words in the number's cell), 合 | 计  # 填报单位（盖章）：… + a date, 说明：…, 单位负责人：…, 数据来源：…
    "2022-blind-numbered-rows": ("城市搜救", {5, 6, 7, 8, 9, 10}),  # only a 序号; a 序号 and placeholders
    "2022-blind-log-days": ("城市搜救", {3}),  # a day of a duty log: its date and 无任务
    "2021-hands-english": ("城市搜救", {4, 6}),  # 合计：2起, 本月共出队3次 (sums)  # （以下为夜间出队）, 本月小计, 合  计 (merged), 全年总计
}
NOT_SAID: dict[str, str] = {}


@pytest.mark.parametrize(("stem", "suffix"), [
    pytest.param(stem, suffix, id=f"{stem}.{suffix}",
                 marks=[pytest.mark.xfail(strict=True, reason=NOT_SAID[stem])] if stem in NOT_SAID else [])
    for stem in sorted(NOT_TASKS) for suffix in SUFFIXES])
def test_rows_that_are_no_task_are_skipped_and_said(stem, suffix, tmp_path, new_database):
    from wz_desktop.domain.report import Code
    from wz_desktop.store import Store
    from wz_desktop.services.imports import import_workbook

    sheet, rows = NOT_TASKS[stem]
    with Store.open(new_database(tmp_path / "wanzhong.db")) as store:
        report = import_workbook(store, CORPUS / f"{stem}.{suffix}", backup=False, session=SYSTEM_SESSION)
    assert report.ok, report.error
    said = {e.row for e in report.entries if e.code == Code.SKIPPED_ROW and e.sheet == sheet}
    assert rows <= said, sorted(said)
    truth = json.loads((CORPUS / f"{stem}.truth.json").read_text(encoding="utf-8"))
    assert report.added == len(truth)


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_error_values_are_kept_raw_and_said(suffix, tmp_path, new_database):
    """A cell holding an error value (#DIV/0!, #N/A, #VALUE!) reads as an empty cell in calamine: the
    count was stored as 'unknown' and nobody was told. It is kept as its text and reported."""
    from wz_desktop.domain.report import Code
    from wz_desktop.store import Store
    from wz_desktop.services.imports import import_workbook

    with Store.open(new_database(tmp_path / "wanzhong.db")) as store:
        report = import_workbook(store, CORPUS / f"2021-blind-error-values.{suffix}", backup=False,
                                 session=SYSTEM_SESSION)
    assert report.ok, report.error
    raw = {(e.row, e.field, e.raw) for e in report.entries if e.code == Code.RAW_VALUE}
    assert {(2, "headcount", "#DIV/0!"), (3, "vehicles", "#N/A"), (4, "departure", "#VALUE!")} <= raw, sorted(raw)
