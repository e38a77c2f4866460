"""A count no task of the team can have: more people than the whole team (about 3,000), or hundreds of
vehicle trips. A digit typed twice, a sum typed into a task's row, or a damaged file (flipping bits of a
real workbook made 8 people 65,537) reads as a perfectly good number, so nothing else would look at it
again. It is kept as it is, the task flagged for review and the cell reported; the largest real turn-outs
(120 people, 37 trips in four years of workbooks) are untouched."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers.workbooks import canonical_sheet, write_workbook
from wz_desktop.domain.records import MOST_PEOPLE, MOST_VEHICLES
from wz_desktop.domain.report import Code
from wz_desktop.services.imports import import_workbook
from wz_desktop.services.session import SYSTEM_SESSION


def _row(no, people, trips, day):
    return [no, f"任务{no}", dt.datetime(2022, 7, day, 14, 30), people, trips, "水上救援分队", None]


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_counts_beyond_the_team_are_kept_flagged_and_reported(store, tmp_path, suffix):
    rows = [_row("WZ2022-0001", 120, 37, 1), _row("WZ2022-0002", 65537, 2, 2), _row("WZ2022-0003", 8, 9999, 3),
            _row("WZ2022-0004", MOST_PEOPLE, MOST_VEHICLES, 4), _row("WZ2022-0005", MOST_PEOPLE + 1, 3, 5),
            _row("WZ2022-0006", "八十八人", 2, 6)]
    path = write_workbook(tmp_path / f"2022年{suffix}", [canonical_sheet("水上救援", rows)])
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok, report.error
    stored = {no: (h, v, r) for no, h, v, r in store.database.execute(
        "SELECT event_no, headcount, vehicles, needs_review FROM tasks")}
    assert stored["WZ2022-0001"] == (120, 37, 0)
    assert stored["WZ2022-0002"] == (65537, 2, 1)  # kept as the cell holds it: only a person knows the number
    assert stored["WZ2022-0003"] == (8, 9999, 1)
    assert stored["WZ2022-0004"] == (MOST_PEOPLE, MOST_VEHICLES, 0)
    assert stored["WZ2022-0005"] == (MOST_PEOPLE + 1, 3, 1)
    assert stored["WZ2022-0006"][0] == 88  # read out of words, under the line
    found = {(e.row, e.column, e.raw) for e in report.entries if e.code == Code.IMPLAUSIBLE}
    assert found == {(3, "D", "65537"), (4, "E", "9999"), (6, "D", str(MOST_PEOPLE + 1))}
    summary = report.summary_text()
    assert "不合常理的人数、车次或年份" in summary and "3 处" in summary, summary


def test_a_workbook_of_real_turn_outs_gets_no_such_flag(store):
    from pathlib import Path

    sample = Path(__file__).parent / "data" / "samples" / "2022年救援任务统计.xlsx"
    report = import_workbook(store, sample, session=SYSTEM_SESSION)
    assert report.ok and report.added > 1000, report.error
    assert not [e for e in report.entries if e.code == Code.IMPLAUSIBLE]


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_a_departure_years_from_the_books_year_is_kept_flagged_and_reported(store, tmp_path, suffix):
    """2012 typed for 2021, or a damaged cell (flipping bits of a real workbook made 2021-06-09 into 1944):
    stored as written, the task would leave the year's list, statistics and export without a word. The
    days around the turn of the year (a book of 2021 with the 1st of January 2022) are not flagged."""
    rows = [_row("WZ2021-0001", 8, 2, 1), _row("WZ2021-0002", 8, 2, 2), _row("WZ2021-0003", 8, 2, 3),
            _row("WZ2021-0004", 8, 2, 4)]
    rows[0][2] = dt.datetime(2021, 3, 5, 14, 30)
    rows[1][2] = dt.datetime(2012, 3, 5, 14, 30)  # the digits swapped
    rows[2][2] = dt.datetime(2022, 1, 1, 9, 0)  # the next year's first day: a book's own
    rows[3][2] = dt.datetime(1944, 11, 8, 18, 35)
    path = write_workbook(tmp_path / f"2021年救援任务统计{suffix}", [canonical_sheet("水上救援", rows)])
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok, report.error
    stored = {no: (d, r) for no, d, r in store.database.execute("SELECT event_no, departure, needs_review FROM tasks")}
    assert stored["WZ2021-0001"] == ("2021-03-05 14:30", 0)
    assert stored["WZ2021-0002"] == ("2012-03-05 14:30", 1)  # kept as written: only a person knows the year
    assert stored["WZ2021-0003"] == ("2022-01-01 09:00", 0)
    assert stored["WZ2021-0004"] == ("1944-11-08 18:35", 1)
    found = {(e.row, e.raw) for e in report.entries if e.code == Code.IMPLAUSIBLE}
    assert found == {(3, "2012-03-05 14:30"), (5, "1944-11-08 18:35")}
    assert "相差 9 年" in report.detail_text()


def test_the_books_year_is_not_taken_from_an_export_date_in_its_name(store, tmp_path):
    """'（2024-03-15导出）2022年任务统计': the book is 2022's; 2024 is the day it was exported (a blind trial's
    name: every task was flagged as two years off). A year many rows share is a book of several years."""
    rows = [_row(f"WZ2022-{n:04d}", 8, 2, n) for n in range(1, 6)]
    path = write_workbook(tmp_path / "（2024-03-15导出）2022年任务统计.xlsx", [canonical_sheet("水上救援", rows)])
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok and report.year == 2022, report.error
    assert not [e for e in report.entries if e.code == Code.IMPLAUSIBLE]
    assert store.database.execute("SELECT sum(needs_review) FROM tasks").fetchone()[0] == 0


def test_a_far_year_is_flagged_in_a_book_whose_name_gives_no_year(store, tmp_path):
    rows = [_row(f"WZ2022-{n:04d}", 8, 2, n) for n in range(1, 6)]
    rows[2][2] = dt.datetime(1944, 11, 8, 18, 35)
    path = write_workbook(tmp_path / "任务统计表.xlsx", [canonical_sheet("水上救援", rows)])
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok, report.error
    assert {(e.row, e.raw) for e in report.entries if e.code == Code.IMPLAUSIBLE} == {(4, "1944-11-08 18:35")}
