"""The exported yearly workbook opened by another spreadsheet program: LibreOffice, headless.

Partners and researchers open the archive in Excel, WPS or LibreOffice. LibreOffice converts the
export to CSV (every sheet, cells *as shown*, so number formats count) and saves it again as .xlsx;
both must show the same sheets, header, rows, event numbers, departures to the minute and counts, and
the re-saved workbook must still match the sample's truth and import without adding anything.

Skipped when LibreOffice is not installed, unless WZ_REQUIRE_LIBREOFFICE=1 (then it fails).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, SAMPLE_FILES, truth_for
from helpers.workbooks import CANONICAL_SHEETS, HEADER, canonical_sheet, read_export, write_workbook
from helpers.libreoffice import soffice_or_skip
from wz_desktop.services.session import SYSTEM_SESSION

pytestmark = pytest.mark.slow
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"  # all sheets, as shown


@pytest.fixture(scope="module")
def soffice():
    return soffice_or_skip()


def convert(soffice: str, source: Path, target: str, outdir: Path, profile: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nologo",
         "--convert-to", target, "--outdir", str(outdir), str(source)],
        capture_output=True, text=True, timeout=240)
    produced = sorted(outdir.iterdir())
    assert produced, f"LibreOffice produced nothing: {result.stdout} {result.stderr}"
    return produced


def sheets_as_shown(soffice, workbook: Path, folder: Path) -> dict[str, list[list[str]]]:
    files = convert(soffice, workbook, CSV_FILTER, folder / "csv", folder / "profile")
    out = {}
    for f in files:
        sheet = f.stem.split("-", 1)[1]
        with open(f, encoding="utf-8", newline="") as fh:
            out[sheet] = list(csv.reader(fh))
    return out


def shown(value) -> str:
    """How our export's cell should look in LibreOffice: numbers plain, dates in the cell's format."""
    if value is None:
        return ""
    return str(value)


@pytest.fixture(scope="module")
def exported_2022(tmp_path_factory):
    from wz_desktop.store import Store
    from wz_desktop.services.exports import export_year
    from wz_desktop.services.imports import import_workbook

    folder = tmp_path_factory.mktemp("lo-2022")
    (path,) = [p for p in SAMPLE_FILES if p.name.startswith("2022")]
    with Store.open(folder / "wanzhong.db") as store:
        assert import_workbook(store, path, session=SYSTEM_SESSION).ok
        out = folder / "2022年救援任务统计（导出）.xlsx"
        export_year(store, 2022, out, session=SYSTEM_SESSION)
    return folder, path, out


def test_libreoffice_shows_the_export_as_written(soffice, exported_2022, tmp_path):
    _, _, out = exported_2022
    ours = read_export(out)
    theirs = sheets_as_shown(soffice, out, tmp_path)
    assert sorted(theirs) == sorted(CANONICAL_SHEETS)
    total = 0
    for name in CANONICAL_SHEETS:
        rows = theirs[name]
        assert rows[0] == HEADER, name
        expected = [[r.event_no, r.summary, r.departure or "", shown(r.headcount), shown(r.vehicles), r.squads,
                     r.remarks] for r in ours.sheet_rows(name)]
        got = [(row + [""] * 7)[:7] for row in rows[1:]]
        assert len(got) == len(expected), name
        assert got == expected, name  # event numbers, departures to the minute (or the day), counts, text
        total += len(got)
    assert total == len(json.loads(truth_for([p for p in SAMPLE_FILES if p.name.startswith("2022")][0])
                                   .read_text(encoding="utf-8")))
    # both kinds of departure are there and shown as they should be
    departures = [row[2] for rows in theirs.values() for row in rows[1:]]
    assert any(len(d) == 16 for d in departures) and any(len(d) == 10 for d in departures)


def test_saved_again_by_libreoffice_it_still_matches_the_truth_and_imports_unchanged(soffice, exported_2022,
                                                                                     tmp_path):
    from wz_desktop.store import Store
    from wz_desktop.services.imports import import_workbook

    folder, sample, out = exported_2022
    (resaved,) = convert(soffice, out, "xlsx:Calc MS Excel 2007 XML", tmp_path / "xlsx", tmp_path / "profile")
    again = read_export(resaved)
    assert again.sheetnames == CANONICAL_SHEETS
    assert [r.values() for r in again.rows] == [r.values() for r in read_export(out).rows]
    result = subprocess.run([sys.executable, str(DATA / "compare_export.py"), str(resaved), "--truth",
                             str(truth_for(sample))], capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 0, result.stdout
    # a secretary opened the archive in LibreOffice and saved it: importing it adds and changes nothing
    db = tmp_path / "copy.db"
    shutil.copy(folder / "wanzhong.db", db)
    with Store.open(db) as store:
        n = store.tasks.total()
        report = import_workbook(store, resaved, session=SYSTEM_SESSION)
        assert report.ok, report.error
        assert (report.added, report.unchanged, report.differing) == (0, n, 0)


def test_raw_values_come_back_as_text_in_libreoffice(soffice, tmp_path, store):
    from wz_desktop.services.exports import export_year
    from wz_desktop.services.imports import import_workbook

    rows = [["WZ2021-0001", "时间不清的任务", "不详", "若干", "/", "中山分队", None],
            ["WZ2021-0002", "清楚的任务", dt.datetime(2021, 5, 4, 19, 30), 12, 0, "中山分队、西岗分队", "已找到"],
            [20210003, "只知道日期", dt.date(2021, 5, 5), "约20人", "２", "西岗分队", None]]
    path = write_workbook(tmp_path / "2021年.xls", [canonical_sheet("城市搜救", rows)])
    assert import_workbook(store, path, session=SYSTEM_SESSION).ok
    out = tmp_path / "2021导出.xlsx"
    export_year(store, 2021, out, session=SYSTEM_SESSION)
    theirs = sheets_as_shown(soffice, out, tmp_path)
    # sorted by departure, the row whose departure can't be read last; raw text back as text
    assert theirs["城市搜救"][1:] == [
        ["WZ2021-0002", "清楚的任务", "2021-05-04 19:30", "12", "0", "中山分队、西岗分队", "已找到"],
        ["20210003", "只知道日期", "2021-05-05", "20", "2", "西岗分队", ""],
        ["WZ2021-0001", "时间不清的任务", "不详", "若干", "", "中山分队", ""],
    ]
