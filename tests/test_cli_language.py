"""The command line speaks the language: ``--lang en``, else the language chosen in the settings
(as the window stores it), else Chinese, which stays exactly what it was.

English is run as the user runs it (``python -m wz_desktop ...`` in its own process: it makes a Qt
application), Chinese in this process (helpers/cli.py); the English lines of the import reports are
checked against the reports' own Chinese in-process.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLE_FILES
from wz_desktop.services.session import SYSTEM_SESSION

CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
SAMPLE = next(p for p in SAMPLE_FILES if p.name.startswith("2023"))  # the smallest of the four


def run(home: Path, *args, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "WZ_DESKTOP_HOME": str(home), "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "wz_desktop", *map(str, args)], env=env, cwd=home, check=False,
                          capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=timeout)


def english(output: str, *data: str) -> bool:
    """Output in English: no Chinese left once the data named (file names, paths) are taken out."""
    for value in data:
        output = output.replace(value, "")
    return bool(output.strip()) and not CJK.search(output)


def assert_clean_failure(result: subprocess.CompletedProcess) -> None:
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output, output


@pytest.fixture(scope="module")
def english_home(tmp_path_factory):
    """A data folder with the 2023 sample imported with ``--lang en``, and what the import printed."""
    home = tmp_path_factory.mktemp("cli-english")
    result = run(home, "--lang", "en", "import", SAMPLE)
    return home, result


def test_an_import_prints_its_summary_in_english(english_home):
    _, result = english_home
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith(f"✓ {SAMPLE.name}: year 2023, 210 task rows read: 210 added, "), result.stdout
    assert "rows skipped" in result.stdout and "tasks marked for review" in result.stdout, result.stdout
    assert english(result.stdout, SAMPLE.name), result.stdout


@pytest.mark.slow  # five processes; test_an_english_summary_of_a_command_that_works stays in the fast lane
def test_refusals_are_in_english_and_fail(english_home, tmp_path):
    home, _ = english_home
    nothing = run(home, "--lang", "en", "export", "--year", "1999", "-o", tmp_path / "1999.xlsx")  # no task of 1999
    assert_clean_failure(nothing)
    assert nothing.stderr.strip() == "Error: The database has no tasks in 1999 (years with tasks: 2023).", nothing.stderr
    assert not (tmp_path / "1999.xlsx").exists()

    missing = tmp_path / "none.db"
    no_database = run(home, "--lang", "en", "--db", missing, "export", "--year", "2023", "-o", tmp_path / "x.xlsx")
    assert_clean_failure(no_database)
    assert no_database.stderr.startswith(f'Error: the database "{missing}" does not exist.'), no_database.stderr
    assert english(no_database.stderr, str(missing)), no_database.stderr
    assert not missing.exists()

    no_file = run(home, "--lang", "en", "restore", tmp_path / "missing.db", "--yes")
    assert_clean_failure(no_file)
    assert english(no_file.stderr, str(tmp_path)), no_file.stderr

    not_a_workbook = tmp_path / "bad.xlsx"
    not_a_workbook.write_text("not a workbook", encoding="utf-8")
    bad = run(home, "--lang", "en", "import", not_a_workbook)
    assert_clean_failure(bad)
    assert "bad.xlsx: not imported. The file" in bad.stderr and english(bad.stderr, "bad.xlsx"), bad.stderr

    usage = run(home, "--lang", "en", "export", "--year")  # argparse's own words, in English
    assert usage.returncode == 2
    assert "Error: argument --year: expected one argument" in usage.stderr, usage.stderr


def test_an_english_summary_of_a_command_that_works(english_home, tmp_path):
    home, _ = english_home
    out = tmp_path / "2023.xlsx"
    result = run(home, "--lang", "en", "export", "--year", "2023", "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Exported 210 tasks of 2023 to {out}", result.stdout


def test_without_lang_the_command_line_stays_chinese(app_home, tmp_path):
    from helpers.cli import run  # Chinese: in this process (English needs a process of its own)

    home = app_home
    imported = run(home, "import", SAMPLE)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith(f"✓ {SAMPLE.name}：2023 年，读取 210 行任务，新增 210 条，"), imported.stdout
    refused = run(home, "export", "--year", "1999", "-o", tmp_path / "1999.xlsx")
    assert_clean_failure(refused)
    assert refused.stderr == "错误：数据库中没有 1999 年的任务（有任务的年份：2023）。\n", refused.stderr
    usage = run(home, "export", "--year")
    assert usage.returncode == 2 and "错误：argument --year: 需要一个参数值" in usage.stderr, usage.stderr


@pytest.mark.slow  # three real processes, English among them
def test_the_language_chosen_in_the_settings_is_followed(app_home, tmp_path):
    from wz_desktop.ui.settings import LANGUAGE_KEY, open_settings

    home = app_home  # WZ_DESKTOP_HOME: the settings file is written there
    settings = open_settings()  # as the settings dialog stores it
    settings.setValue(LANGUAGE_KEY, "en")
    settings.sync()
    missing = tmp_path / "none.db"

    result = run(home, "--db", missing, "export", "--year", "2023", "-o", tmp_path / "x.xlsx")
    assert_clean_failure(result)
    assert result.stderr.startswith(f'Error: the database "{missing}" does not exist.'), result.stderr
    imported = run(home, "import", SAMPLE)
    assert imported.returncode == 0, imported.stderr
    assert english(imported.stdout, SAMPLE.name), imported.stdout

    chinese = run(home, "--lang", "zh_CN", "--db", missing, "export", "--year", "2023", "-o", tmp_path / "x.xlsx")
    assert_clean_failure(chinese)
    assert chinese.stderr.startswith(f"错误：数据库“{missing}”不存在。"), chinese.stderr


# --- the reports' own lines, in both languages -------------------------------------------------------

@pytest.fixture
def cli_in(qapp):
    """Switch the command line's language in this process (``use_language``), back to Chinese after."""
    from wz_desktop import cli

    yield cli
    cli.use_language("zh_CN")


def _entry(code: str, message: str, **where):
    from wz_desktop.domain.report import Entry

    return Entry(code=code, message=message, **where)


def _made_import_report():
    from wz_desktop.domain.report import CODE_LABELS, Code, FileReport

    made = FileReport(file="a.xlsx", status="imported", year=None, rows_read=5, added=2, unchanged=1, differing=1,
                      skipped=3, raw_values=1, guesses=2, flagged=1, backup="/b/a-before-import.db",
                      previously_imported=["2023-01-01 10:00（a.xlsx）", "2023-02-01 10:00（b.xlsx）"])
    made.entries = [_entry(code, "说明", sheet="表一" if i % 2 else None, row=i or None,
                           column="C" if i % 3 else None, raw="原文" if i % 4 == 1 else None)
                    for i, code in enumerate(list(CODE_LABELS) * 2)]
    made.entries.append(_entry(Code.SKIPPED_SHEET, "", sheet="说明"))
    return made


def test_the_import_report_in_both_languages(cli_in, store):
    """The report's lines are the same Chinese as ever through the command line, and every word of
    theirs is English with --lang en (what is left is the data: file, sheet, the entries' own notes)."""
    from wz_desktop.domain.report import FileReport
    from wz_desktop.services.imports import import_workbook

    real = import_workbook(store, SAMPLE, index=False, session=SYSTEM_SESSION)
    reports = [real, _made_import_report(), FileReport(file="b.xlsx", status="failed", error="x"),
               FileReport(file="c.xlsx", status="failed")]
    cli_in.use_language("zh_CN")
    for report in reports:
        assert cli_in.import_report_text(report) == report.summary_text()
        assert cli_in.import_report_text(report, details=True) == report.detail_text()
    made = reports[1]
    assert report.summary_text().startswith("✗ c.xlsx：未导入。")
    assert "\n【跳过的工作表】3 处\n" in made.detail_text() and "（原文：原文）" in made.detail_text()
    cli_in.use_language("en")
    data = ("2023-01-01 10:00（a.xlsx）", "2023-02-01 10:00（b.xlsx）",  # the store's record of earlier imports
            "a.xlsx", "b.xlsx", "c.xlsx", "表一", "说明", "原文", SAMPLE.name)
    for report in reports[1:]:
        assert english(cli_in.import_report_text(report, details=True), *data), report.file
    assert "【" not in cli_in.import_report_text(made, details=True)


def test_the_roster_report_in_both_languages(cli_in):
    from wz_desktop.domain.report import Code
    from wz_desktop.workbook.roster import RosterReport

    report = RosterReport(file="名册.xlsx")
    for i, counts in enumerate(report.sheets.values()):
        counts.rows, counts.added, counts.updated, counts.unchanged, counts.skipped = 9, i, 2, 3, 1
        counts.differing = i % 2
    report.skip("队员", 4, "空行")
    report.add(Code.CREATED_SQUAD, "分队“新”不存在，已新建", sheet="队员", row=5)
    cli_in.use_language("zh_CN")
    assert cli_in.roster_report_text(report, True) == report.detail_text()
    assert report.summary_lines()[1] == "  分队：读取 9 行，新增 0，更新 2，未变 3，跳过 1。"
    cli_in.use_language("en")
    shown = cli_in.roster_report_text(report, True)
    assert english(shown, "名册.xlsx", "队员", "空行", "分队“新”不存在，已新建"), shown
