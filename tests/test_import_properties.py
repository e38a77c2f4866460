"""Properties of import and export over workbooks with random untidiness in random combinations.

The generator (tests/helpers/untidy.py) writes what hand-kept workbooks hold: title rows, headers in
other words, with units and stray spaces, columns in another order, sheet names in variants and any
order, notes sheets, empty rows, repeated headers, totals rows, notes under the table, squads and dates
merged down, departures as text in many hands, serial numbers or date-only cells, counts with words,
full-width digits or placeholders, unreadable values, repeated and missing event numbers, .xlsx and
.xls. Beside each workbook it knows the truth: which rows are tasks and their canonical values.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, note, settings
from hypothesis import strategies as st

from helpers.untidy import Case, untidy_workbooks
from helpers.workbooks import HEADER, Sheet, db_snapshot, read_export, write_workbook
from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.report import Code
from wz_desktop.store import Store
from wz_desktop.services.exports import ExportError, export_year
from wz_desktop.services.imports import import_workbook
from wz_desktop.services.session import SYSTEM_SESSION

pytestmark = pytest.mark.slow

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                      HealthCheck.function_scoped_fixture])


def exported(store, year, folder: Path) -> Counter:
    out = folder / f"导出{year}.xlsx"
    export_year(store, year, out, session=SYSTEM_SESSION)
    ex = read_export(out)
    assert ex.sheetnames == ["水上救援", "城市搜救", "山地救援", "培训保障", "疫情防控", "队伍整备与设备保养"]
    assert all(h == HEADER for h in ex.headers.values())
    got = Counter()
    for r in ex.rows:
        assert r.summary or r.departure, f"an empty row in the export: {r}"
        if r.departure is not None and len(r.departure) in (10, 16) and r.departure[:4].isdigit():
            # a readable departure is a real date cell with the format for what is known
            assert r.departure_is_date, r
            assert r.departure_format == ("yyyy-mm-dd hh:mm" if len(r.departure) == 16 else "yyyy-mm-dd"), r
        assert r.cells[0] is None or isinstance(r.cells[0], str), f"event number not text: {r.cells[0]!r}"
        got[(r.sheet, *r.values())] += 1
    return got, out


def places(report, code):
    return {((e.sheet or "").strip(), e.row, e.column) for e in report.entries if e.code == code}


def rows_of(report, code):
    return {((e.sheet or "").strip(), e.row) for e in report.entries if e.code == code}


def show_difference(truth: Counter, got: Counter) -> str:
    missing = truth - got
    extra = got - truth
    return f"lost or changed: {sorted(missing.elements())}\ninvented or changed: {sorted(extra.elements())}"


@settings(max_examples=80, **SETTINGS)
@given(case=untidy_workbooks())
def test_every_task_comes_back_canonical_and_every_untidiness_is_reported(case: Case):
    note(case.describe())
    for what, present in (("xls", case.suffix == ".xls"), ("merged cells", case.merged_cells),
                          ("skipped rows", case.skipped_rows), ("raw values", case.raw_cells),
                          ("repeated event numbers", case.duplicate_rows), ("unknown column", case.unknown_columns),
                          ("guesses", case.guess_cells)):
        if present:
            event(what)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = write_workbook(folder / case.file_name, case.sheets)
        with Store.open(folder / "wanzhong.db") as store:
            report = import_workbook(store, path, session=SYSTEM_SESSION)
            note("\n".join(f"{e.code} {e.sheet!r} {e.row} {e.column} {e.raw!r} {e.message}" for e in report.entries))
            assert report.ok, report.error
            n = len(case.tasks)
            # every task-looking row is exactly one task: nothing lost, nothing invented
            assert (report.rows_read, report.added) == (n, n)
            assert store.tasks.total() == n

            # what was skipped, read raw, guessed, filled from a merge or repeated is said, with its place
            assert rows_of(report, Code.SKIPPED_ROW) == case.skipped_rows
            assert {e.sheet for e in report.entries if e.code == Code.SKIPPED_SHEET} == case.skipped_sheets
            assert places(report, Code.RAW_VALUE) == case.raw_cells
            assert case.guess_cells <= places(report, Code.GUESS)
            assert places(report, Code.FILLED_FROM_MERGE) == case.merged_cells
            assert rows_of(report, Code.DUPLICATE_EVENT_NO) == case.duplicate_rows
            assert places(report, Code.UNKNOWN_COLUMN) == case.unknown_columns
            assert report.raw_values == len(case.raw_cells)
            assert report.skipped == len(case.skipped_rows)

            # tasks that need a person's eye are flagged, the others not
            flagged = {((sheet or TaskKind(kind).sheet_name).strip(), row) for kind, sheet, row in store.database.execute(
                "SELECT kind, import_sheet, import_row FROM tasks WHERE needs_review = 1")}
            assert flagged == {t.position for t in case.tasks if t.needs_review}

            if not n:
                with pytest.raises(ExportError):
                    export_year(store, case.year, folder / "empty.xlsx", session=SYSTEM_SESSION)
                return
            # the export shows every task once, with its canonical values (raw text where unreadable)
            truth = case.truth()
            got, out = exported(store, case.year, folder)
            assert got == truth, show_difference(truth, got)

            # importing the same file again adds nothing and changes nothing
            before = db_snapshot(store.path)["tasks"]
            again = import_workbook(store, path, session=SYSTEM_SESSION)
            assert again.ok, again.error
            assert (again.added, again.unchanged, again.differing) == (0, n, 0)
            assert db_snapshot(store.path)["tasks"] == before

            # nor does importing the application's own export of it
            third = import_workbook(store, out, session=SYSTEM_SESSION)
            assert third.ok, third.error
            assert (third.added, third.unchanged, third.differing) == (0, n, 0)
            assert db_snapshot(store.path)["tasks"] == before


@st.composite
def failures(draw):
    """Two workbooks (the first is imported, the second fails) and where the failure strikes."""
    first = draw(untidy_workbooks(xls_share=0))
    second = draw(untidy_workbooks())
    where = draw(st.sampled_from(["task", "flag", "finish", "matching"]))
    nth = draw(st.integers(0, 4))
    return first, second, where, nth


@settings(max_examples=60, **SETTINGS)
@given(data=failures())
def test_an_import_that_fails_leaves_the_database_exactly_as_it_was(data, monkeypatch):
    first, second, where, nth = data
    note(second.describe())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Store.open(folder / "wanzhong.db") as store:
            assert import_workbook(store, write_workbook(folder / first.file_name, first.sheets), session=SYSTEM_SESSION).ok
            path = write_workbook(folder / ("2-" + second.file_name), second.sheets)
            with monkeypatch.context() as patch:
                if where == "task":  # the n-th task written fails inside SQLite
                    with store.database.transaction():
                        store.database.execute("CREATE TEMP TABLE written (n INTEGER)")
                        store.database.execute(
                            "CREATE TEMP TRIGGER fail_task BEFORE INSERT ON main.tasks BEGIN "
                            "INSERT INTO written VALUES (1); "
                            f"SELECT RAISE(ABORT, 'database or disk is full') WHERE (SELECT count(*) FROM written) > {nth}; END")
                elif where == "flag":  # the first review flag written fails
                    with store.database.transaction():
                        store.database.execute(
                            "CREATE TEMP TRIGGER fail_flag BEFORE INSERT ON main.task_flags "
                            "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
                elif where == "finish":  # the last write of the import fails
                    def finish(*args, **kwargs):
                        raise sqlite3.OperationalError("disk I/O error")
                    patch.setattr(store.imports, "finish", finish)
                else:  # a fault of ours while pairing rows with the database
                    def broken(*args, **kwargs):
                        raise RuntimeError("simulated fault")
                    patch.setattr(store.tasks, "matching_candidates", broken)
                before = db_snapshot(store.path)
                report = import_workbook(store, path, session=SYSTEM_SESSION)
            after = db_snapshot(store.path)
            event(f"{where}: {'failed' if not report.ok else 'nothing struck'}")
            if report.ok:
                # the failure did not strike (nothing new to write, no flags, ...): then the import is whole
                assert where in ("task", "flag", "matching")
                return
            assert report.error
            assert after == before, "a failed import changed the database"


# --- whatever is in the cells, import answers with a report ----------------------------------------

CELL_TEXT = st.sampled_from(["合计", "总计", "注：说明", "事件编号", "出队时间", "出队人数", "分队", "备注", "2020.3.5",
                             "3月5日 14:30", "约20人", "１２", "/", "—", "--", "不详", "WZ2020-0001", "甲分队、乙分队",
                             " ", "", "2020-02-30", "24:00", "下午", "十二", "人员", "车辆"])
CELLS = st.one_of(
    st.none(), CELL_TEXT, st.text(max_size=12),
    st.integers(-10, 10 ** 9), st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e9),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 12, 31)),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)),
)


@st.composite
def garbage_sheets(draw):
    header = draw(st.permutations(HEADER))
    width = len(header)
    rows = [list(header)] if draw(st.booleans()) else []
    for _ in range(draw(st.integers(0, 12))):
        rows.append([draw(CELLS) for _ in range(draw(st.integers(0, width + 1)))])
    merges = []
    if len(rows) > 3 and draw(st.booleans()):
        c = draw(st.integers(0, width - 1))
        r0 = draw(st.integers(1, len(rows) - 2))
        merges.append((r0, c, draw(st.integers(r0 + 1, len(rows) - 1)), c))
    name = draw(st.sampled_from(["水上救援", "城市搜救 ", "Sheet1", "说明", "防疫"]))
    return Sheet(name, rows, merges)


def _clean(value):
    """Cells a spreadsheet can hold: no control characters (openpyxl refuses them)."""
    if isinstance(value, str):
        return "".join(ch for ch in value if ch.isprintable() or ch == " ")
    return value


@settings(max_examples=80, **SETTINGS)
@given(sheets=st.lists(garbage_sheets(), min_size=1, max_size=3, unique_by=lambda s: s.name),
       suffix=st.sampled_from([".xlsx", ".xlsx", ".xls"]))
def test_whatever_the_cells_hold_import_answers_with_a_report(sheets, suffix):
    for sheet in sheets:
        sheet.rows = [[_clean(v) for v in row] for row in sheet.rows]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = write_workbook(folder / f"2021年救援任务统计{suffix}", sheets)
        with Store.open(folder / "wanzhong.db") as store:
            report = import_workbook(store, path, session=SYSTEM_SESSION)  # never raises
            assert report.status in ("imported", "failed")
            if not report.ok:
                assert report.error and "内部错误" not in report.error, report.error  # a fault of ours shows here
                assert store.tasks.total() == 0
                return
            assert store.tasks.total() == report.added == report.rows_read
            for year, _ in store.tasks.years():
                out = folder / f"{year}.xlsx"
                assert export_year(store, year, out, session=SYSTEM_SESSION) > 0
                read_export(out)
            again = import_workbook(store, path, session=SYSTEM_SESSION)
            assert again.ok and again.added == 0 and again.differing == 0
