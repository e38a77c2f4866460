"""The command line, run as the user runs it: ``wz-desktop ...`` (in this process; ``--version`` in its own).

The four sample workbooks are imported and exported year by year and compared with their truth files
(the acceptance test); re-importing changes no export by a single byte; the JSON report names file,
sheet, row and column; bad input gets a Chinese message, no traceback, a non-zero exit and an
untouched database.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, SAMPLE_FILES, truth_for
from helpers.cli import Result
from helpers.cli import run as run_cli
from helpers.workbooks import Sheet, canonical_sheet, db_snapshot, read_export, write_workbook
from wz_desktop.services.session import SYSTEM_SESSION

CHINESE = re.compile(r"[\u4e00-\u9fff]")
COMPARE = DATA / "compare_export.py"
YEARS = {2020: "2020年救援任务统计", 2021: "2021年救援任务统计", 2022: "2022年救援任务统计", 2023: "2023年救援任务统计"}


def run(home: Path, *args, cwd: Path | None = None) -> Result:
    """In this process (helpers/cli.py); test_version runs the real ``python -m wz_desktop``."""
    return run_cli(home, *args, cwd=cwd)


def sample(year: int) -> Path:
    (path,) = [p for p in SAMPLE_FILES if p.name.startswith(YEARS[year])]
    return path


def assert_clean_failure(result: Result) -> None:
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output, output
    assert CHINESE.search(result.stderr), f"no Chinese message on stderr: {result.stderr!r}"


@pytest.fixture(scope="module")
def samples_home(tmp_path_factory):
    """One data folder with the four samples imported and each year exported, shared by the tests that read it."""
    home = tmp_path_factory.mktemp("cli-samples")
    report = home / "import-report.json"
    result = run(home, "import", *SAMPLE_FILES, "--report", report)
    assert result.returncode == 0, result.stdout + result.stderr
    exports = {}
    for year in YEARS:
        out = home / f"导出{year}.xlsx"
        exported = run(home, "export", "--year", year, "-o", out)
        assert exported.returncode == 0, exported.stdout + exported.stderr
        assert f"{year}" in exported.stdout
        exports[year] = out
    return home, exports, json.loads(report.read_text(encoding="utf-8"))


def test_version():
    result = subprocess.run([sys.executable, "-m", "wz_desktop", "--version"], capture_output=True, text=True,
                            encoding="utf-8", timeout=60)
    assert result.returncode == 0
    from wz_desktop import __version__

    assert __version__ in result.stdout and "万众救援台" in result.stdout


@pytest.mark.parametrize("year", list(YEARS))
def test_every_sample_imported_and_exported_matches_its_truth(samples_home, year, monkeypatch, capsys):
    """The acceptance test: every task of every sample comes back exactly, nothing failed, nothing extra."""
    home, exports, _ = samples_home
    truth = truth_for(sample(year))
    monkeypatch.setattr(sys, "argv", [str(COMPARE), str(exports[year]), "--truth", str(truth)])
    compare = runpy.run_path(str(COMPARE))  # the acceptance script, in this process
    code = compare["main"]()
    out = capsys.readouterr().out
    n = len(json.loads(truth.read_text(encoding="utf-8")))
    assert code == 0, out
    assert f"{n} passed, 0 failed" in out, out


def test_the_import_report_counts_every_sample_task(samples_home):
    _, _, report = samples_home
    by_file = {f["file"]: f for f in report["files"]}
    for year in YEARS:
        path = sample(year)
        entry = by_file[path.name]
        n = len(json.loads(truth_for(path).read_text(encoding="utf-8")))
        assert entry["status"] == "imported"
        assert entry["year"] == year
        assert entry["rows_read"] == entry["added"] == n


@pytest.mark.parametrize("year", [2020, 2021,
                                  2022, 2023])
def test_exports_keep_the_time_of_day_the_truth_has(samples_home, year):
    """compare_export accepts a date-only cell for a 00:00 truth; the spec and a person reading the export do not."""
    _, exports, _ = samples_home
    truth = json.loads(truth_for(sample(year)).read_text(encoding="utf-8"))
    # upkeep rows without an event number repeat their summaries: compare each such group as a whole
    expected = defaultdict(list)
    for t in truth:
        expected[(t["sheet"], t["event_no"], t["summary"], t["departure"][:10])].append(t["departure"])
    got = defaultdict(list)
    shown_as = {}
    ex = read_export(exports[year])
    for r in ex.rows:
        if not r.departure_is_date:
            continue
        key = (r.sheet, r.event_no, r.summary, r.departure[:10])
        got[key].append(r.departure)
        shown_as[(key, r.departure)] = r.departure_format
    wrong = []
    for key, whens in expected.items():
        if sorted(whens) != sorted(got.get(key, [])):
            wrong.append((key, sorted(whens), sorted(got.get(key, []))))
            continue
        for when in whens:
            if (len(when) == 16) != (shown_as[(key, when)] == "yyyy-mm-dd hh:mm"):
                wrong.append((key, when, shown_as[(key, when)]))
    assert not wrong


def test_reimporting_samples_and_exports_leaves_every_export_byte_identical(samples_home, tmp_path):
    home, exports, _ = samples_home
    import shutil

    # work on a copy of the data folder, so the other tests keep theirs
    copy = tmp_path / "copy"
    shutil.copytree(home, copy)
    before = db_snapshot(copy / "wanzhong.db")["tasks"]
    report = tmp_path / "again.json"
    result = run(copy, "import", *SAMPLE_FILES, *exports.values(), "--report", report)
    assert result.returncode == 0, result.stdout + result.stderr
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert [f["added"] for f in files] == [0] * 8
    assert all(f["differing"] == 0 for f in files[:4]), [(f["file"], f["differing"]) for f in files]
    assert db_snapshot(copy / "wanzhong.db")["tasks"] == before
    for year, first in exports.items():
        out = tmp_path / f"again{year}.xlsx"
        assert run(copy, "export", "--year", year, "-o", out).returncode == 0
        assert out.read_bytes() == first.read_bytes(), f"the {year} export changed"


def test_the_json_report_names_file_sheet_row_and_column(tmp_path, app_home):
    messy = write_workbook(tmp_path / "2020年救援任务统计.xlsx", [
        Sheet("说明", [["本工作簿由秘书组填写"]]),
        Sheet(" 城市搜救", [["2020年城市搜救任务统计表"], ["编号", "摘要", "出队时间", "出队人数（人）", "车次", "分队", "备注", "序号"],
                          ["20200001", "寻找走失老人", "3月5日 14:30", "约20人", 2, "中山分队", None, 1],
                          [None] * 8,
                          ["20200002", "协助消防搜索", "不详", "若干", 1, "西岗分队", None, 2],
                          ["20200002", "寻找离家少年", dt.datetime(2020, 3, 7, 21, 0), 8, 1, "西岗分队", None, 3],
                          ["合计", None, None, 28, 4, None, None, None]], merges=[(0, 0, 0, 6)]),
    ])
    report_path = tmp_path / "报告.json"
    result = run(app_home, "import", messy, "--report", report_path, "--details")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "完整报告已写入" in result.stdout
    data = json.loads(report_path.read_text(encoding="utf-8"))
    (f,) = data["files"]
    assert f["file"] == "2020年救援任务统计.xlsx" and f["status"] == "imported" and f["added"] == 3
    entries = {(e["code"], (e["sheet"] or "").strip(), e["row"], e["column"]) for e in f["entries"]}
    assert ("skipped_sheet", "说明", None, None) in entries
    assert ("skipped_row", "城市搜救", 4, None) in entries  # the empty row
    assert ("skipped_row", "城市搜救", 7, None) in entries  # the totals row
    assert ("guess", "城市搜救", 3, "C") in entries  # the year filled in
    assert ("guess", "城市搜救", 3, "D") in entries  # a number read out of words
    assert ("raw_value", "城市搜救", 5, "C") in entries and ("raw_value", "城市搜救", 5, "D") in entries
    assert ("unknown_column", "城市搜救", 2, "H") in entries
    assert {(e["code"], e["row"]) for e in f["entries"] if e["code"] == "duplicate_event_no"} == {
        ("duplicate_event_no", 5), ("duplicate_event_no", 6)}
    raw = {e["raw"] for e in f["entries"] if e["code"] == "raw_value"}
    assert raw == {"不详", "若干"}
    # --details prints every entry for people, in Chinese, with where it is
    assert "第 5 行" in result.stdout and "C 列" in result.stdout


# --- bad input ---------------------------------------------------------------------------------

@pytest.fixture
def home_with_data(tmp_path, app_home):
    """A data folder whose database already holds tasks (imported in-process), and its snapshot."""
    from wz_desktop.store import Store
    from wz_desktop.services.imports import import_workbook

    path = write_workbook(tmp_path / "2021年.xlsx", [canonical_sheet("城市搜救", [
        ["WZ2021-0001", "寻找走失老人", dt.datetime(2021, 1, 1, 10, 0), 5, 1, "中山分队", None]])])
    with Store.open(app_home / "wanzhong.db") as store:
        assert import_workbook(store, path, session=SYSTEM_SESSION).ok
    return app_home, db_snapshot(app_home / "wanzhong.db")


def _not_a_workbook(tmp):
    p = tmp / "2020年救援任务统计.xlsx"
    p.write_text("name,age\n张三,30\n", encoding="utf-8")
    return ["import", p]


def _truncated_xlsx(tmp):
    data = sample(2021).read_bytes()
    p = tmp / "2021年救援任务统计（不完整）.xlsx"
    p.write_bytes(data[: len(data) // 2])
    return ["import", p]


def _truncated_xls_half(tmp):
    data = sample(2023).read_bytes()
    p = tmp / "2023年救援任务统计（不完整）.xls"
    p.write_bytes(data[: len(data) // 2])
    return ["import", p]


def _truncated_xls_near_end(tmp):
    data = sample(2023).read_bytes()
    p = tmp / "2023年救援任务统计（不完整）.xls"
    p.write_bytes(data[: int(len(data) * 0.99)])
    return ["import", p]


def _empty(tmp):
    p = tmp / "2020年救援任务统计.xlsx"
    p.write_bytes(b"")
    return ["import", p]


def _no_task_sheets(tmp):
    return ["import", write_workbook(tmp / "2020年说明.xlsx", [Sheet("填表说明", [["说明"], ["更多说明"]])])]


def _unknown_kind(tmp):
    return ["import", write_workbook(tmp / "2020年.xlsx", [canonical_sheet("Sheet1", [
        ["20209001", "新任务", dt.datetime(2020, 8, 1, 10, 0), 3, 1, "甲分队", None]])])]


def _missing_file(tmp):
    return ["import", tmp / "不存在.xlsx"]


def _good_and_bad(tmp):
    good = write_workbook(tmp / "2022年.xlsx", [canonical_sheet("水上救援", [
        ["WZ2022-0001", "落水救援", dt.datetime(2022, 7, 1, 10, 0), 6, 2, "水上救援分队", None]])])
    bad = tmp / "坏文件.xlsx"
    bad.write_bytes(b"PK\x03\x04broken")
    return ["import", bad, good]


def _unknown_year(tmp):
    return ["export", "--year", "1999", "-o", tmp / "1999.xlsx"]


def _export_not_xlsx(tmp):
    return ["export", "--year", "2021", "-o", tmp / "2021.csv"]


def _export_into_missing_folder(tmp):
    return ["export", "--year", "2021", "-o", tmp / "没有这个文件夹" / "2021.xlsx"]


def _export_under_a_file(tmp):
    blocker = tmp / "是文件不是文件夹"
    blocker.write_text("x", encoding="utf-8")
    return ["export", "--year", "2021", "-o", blocker / "2021.xlsx"]


def _year_not_a_number(tmp):
    return ["export", "--year", "二〇二一", "-o", tmp / "x.xlsx"]


def _export_without_output(tmp):
    return ["export", "--year", "2021"]


def _import_without_files(tmp):
    return ["import"]


def _unknown_command(tmp):
    return ["导出"]


def _unknown_option(tmp):
    return ["import", "--frobnicate", tmp / "x.xlsx"]


def _db_not_a_database(tmp):
    p = tmp / "不是数据库.db"
    p.write_text("这不是数据库", encoding="utf-8")
    return ["--db", p, "export", "--year", "2021", "-o", tmp / "x.xlsx"]


BAD_INPUT = {
    "not-a-workbook": _not_a_workbook,
    "truncated-xlsx": _truncated_xlsx,
    "truncated-xls-half": _truncated_xls_half,
    "truncated-xls-near-end": _truncated_xls_near_end,
    "empty-file": _empty,
    "no-task-sheets": _no_task_sheets,
    "unknown-kind": _unknown_kind,
    "missing-file": _missing_file,
    "one-good-one-bad": _good_and_bad,
    "unknown-year": _unknown_year,
    "export-not-xlsx": _export_not_xlsx,
    "export-missing-folder": _export_into_missing_folder,
    "export-under-a-file": _export_under_a_file,
    "year-not-a-number": _year_not_a_number,
    "export-without-output": _export_without_output,
    "import-without-files": _import_without_files,
    "unknown-command": _unknown_command,
    "unknown-option": _unknown_option,
    "db-not-a-database": _db_not_a_database,
}


@pytest.mark.parametrize("make", [v for v in BAD_INPUT.values()], ids=list(BAD_INPUT))
def test_bad_input_gets_a_chinese_message_no_traceback_and_leaves_the_database_alone(home_with_data, tmp_path,
                                                                                       make):
    home, before = home_with_data
    args = make(tmp_path)
    result = run(home, *args)
    assert_clean_failure(result)
    if make is _good_and_bad:  # one good file and one bad one: the good one goes in
        assert "失败 1 个" in result.stdout + result.stderr
        assert len(db_snapshot(home / "wanzhong.db")["tasks"]) == len(before["tasks"]) + 1
        return
    assert db_snapshot(home / "wanzhong.db") == before
    if "-o" in args:  # a failed export leaves no file behind, not even half of one
        target = Path(args[args.index("-o") + 1])
        assert not target.exists()
        if target.parent.is_dir():
            assert not [p for p in target.parent.iterdir() if ".part" in p.name]


def test_export_of_an_empty_data_folder_says_there_is_no_database(tmp_path, app_home):
    result = run(app_home, "export", "--year", "2021", "-o", tmp_path / "2021.xlsx")
    assert_clean_failure(result)
    assert not (tmp_path / "2021.xlsx").exists()
