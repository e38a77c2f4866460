"""What the reader tells about real files: hidden sheets and rows, merged ranges of .ods, formulas saved
with and without their results. The files are written by openpyxl (formulas without results, as it
always writes them) and saved again by LibreOffice itself as .ods, .xls and .xlsx (results saved).

The LibreOffice part is skipped when LibreOffice is not installed, unless WZ_REQUIRE_LIBREOFFICE=1.
"""
from __future__ import annotations

import datetime as dt
import subprocess
import zipfile
from pathlib import Path

import pytest

from helpers.libreoffice import soffice_or_skip
from wz_desktop.domain.report import Code
from wz_desktop.services.imports import import_workbook
from wz_desktop.workbook.reader import read_cells
from wz_desktop.services.session import SYSTEM_SESSION

D = dt.datetime
HEADER = ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]
SQUAD = "水上救援分队"


def source_workbook(path: Path) -> Path:
    """Six tasks on 水上救援: the squad merged over the first three (F2:F4), rows 5 and 6 hidden,
    column H a formula per row; 城市搜救 hidden with one task, a notes sheet very hidden."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "水上救援"
    ws.append(HEADER)
    for i in range(1, 7):
        ws.append([f"WZ2022-{i:04d}", f"落水救援{i}", D(2022, 7, i, 10, 30), i + 2, 1, SQUAD if i <= 3 or i == 6 else "中山分队", None])
        ws.cell(row=i + 1, column=3).number_format = "yyyy-mm-dd hh:mm"
    ws.merge_cells("F2:F4")
    ws["H1"] = "合计人数"
    ws["H2"] = "=D2+E2"
    ws["H3"] = "=SUM(D2:D7)"
    ws["I2"] = '="编号"&A2'
    ws.row_dimensions[5].hidden = True
    ws.row_dimensions[6].hidden = True
    city = wb.create_sheet("城市搜救")
    city.append(HEADER)
    city.append(["WZ2022-0100", "寻找走失老人", D(2022, 8, 1, 9, 0), 20, 2, "甲井子分队", None])
    city.sheet_state = "hidden"
    notes = wb.create_sheet("填表说明")
    notes.append(["说明"])
    notes.sheet_state = "veryHidden"
    wb.save(path)
    return path


def by_name(path: Path):
    return {s.name: s for s in read_cells(path)}


def test_formulas_saved_without_results_are_read_as_their_text(tmp_path):
    sheets = by_name(source_workbook(tmp_path / "2022年.xlsx"))
    water = sheets["水上救援"]
    assert water.formula_text == {(1, 7): "=D2+E2", (2, 7): "=SUM(D2:D7)", (1, 8): '="编号"&A2'}
    assert water.rows[1][7] == "=D2+E2" and water.rows[2][7] == "=SUM(D2:D7)" and water.rows[1][8] == '="编号"&A2'
    assert water.rows[1][3] == 3  # values stay values


def test_hidden_sheets_and_rows_of_an_xlsx_are_told(tmp_path):
    sheets = by_name(source_workbook(tmp_path / "2022年.xlsx"))
    assert not sheets["水上救援"].hidden and sheets["城市搜救"].hidden and sheets["填表说明"].hidden
    assert sheets["水上救援"].hidden_rows == {4, 5}
    assert sheets["水上救援"].merged == [(1, 5, 3, 5)]


def test_hidden_rows_are_found_with_or_without_their_own_row_number(tmp_path):
    from test_hostile_files import xlsx

    path = xlsx(tmp_path / "2022年.xlsx", {"水上救援": (
        '<row r="1"><c r="A1"><v>1</v></c></row>'
        '<row spans="1:1" hidden="1"><c r="A2"><v>2</v></c></row>'  # no r=: the second row, by counting
        '<row r="5" hidden="true" ht="0"><c r="A5"><v>5</v></c></row>'
        '<row r="6" hidden="0"><c r="A6"><v>6</v></c></row>')})
    (sheet,) = read_cells(path)
    assert sheet.hidden_rows == {1, 4}
    assert [row[0] for row in sheet.rows] == [1, 2, "", "", 5, 6]


def test_a_shared_formula_without_results_is_carried_to_each_cell(tmp_path):
    from test_hostile_files import xlsx

    path = xlsx(tmp_path / "2022年.xlsx", {"水上救援": (
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f></c></row>'
        '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/></c></row>'
        '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row>'
        '<row r="4"><c r="A4" t="str"><f>IF(A3&gt;9,"x","")</f><v></v></c></row>')})
    (sheet,) = read_cells(path)
    assert sheet.formula_text == {(0, 1): "=A1*2", (1, 1): "=A2*2"}  # B3 has its result, A4 its empty text
    assert [row[1] for row in sheet.rows[:3]] == ["=A1*2", "=A2*2", 6]


def test_a_formula_without_result_in_a_task_column_is_not_a_silent_success(store, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "水上救援"
    ws.append(HEADER)
    ws.append(["WZ2022-0001", "落水救援", D(2022, 7, 1, 10, 30), "=2+3", 1, SQUAD, None])
    path = tmp_path / "2022年.xlsx"
    wb.save(path)
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok, report.error
    raw = [e for e in report.entries if e.code == Code.RAW_VALUE]
    assert raw and any("=2+3" in str(e) or "=2+3" in repr(e.__dict__) for e in raw), report.entries


def test_text_an_ods_cell_holds_without_a_value_type_is_read(tmp_path):
    from test_hostile_files import ods

    path = ods(tmp_path / "2022年.ods", '<table:table table:name="水上救援"><table:table-row>'
               '<table:table-cell><text:p>甲<text:s text:c="2"/>分队</text:p><text:p>第二行</text:p></table:table-cell>'
               '<table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell>'
               '<table:table-cell table:formula="of:=SUM([.B1:.B1];1)"/></table:table-row></table:table>')
    (sheet,) = read_cells(path)
    assert sheet.rows == [["甲  分队\n第二行", 3.0, "=SUM(B1:B1,1)"]]
    assert sheet.formula_text == {(0, 2): "=SUM(B1:B1,1)"}


# --- saved by LibreOffice ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def soffice():
    return soffice_or_skip()


@pytest.fixture(scope="module")
def saved_by_libreoffice(soffice, tmp_path_factory):
    folder = tmp_path_factory.mktemp("lo-reader")
    source = source_workbook(folder / "2022年救援任务.xlsx")
    out = {}
    for target, suffix in [("ods", ".ods"), ("xls", ".xls"), ("xlsx:Calc MS Excel 2007 XML", ".xlsx")]:
        outdir = folder / suffix.strip(".")
        subprocess.run([soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", "--norestore",
                        "--convert-to", target, "--outdir", str(outdir), str(source)],
                       capture_output=True, timeout=240, check=True)
        (made,) = outdir.iterdir()
        out[suffix] = made
    return source, out


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".ods", ".xls", ".xlsx"])
def test_libreoffice_files_tell_hidden_sheets_rows_merges_and_keep_formula_results(saved_by_libreoffice, suffix):
    _, files = saved_by_libreoffice
    sheets = by_name(files[suffix])
    water = sheets["水上救援"]
    assert not water.hidden and sheets["城市搜救"].hidden and sheets["填表说明"].hidden
    assert water.hidden_rows == {4, 5}
    assert (1, 5, 3, 5) in water.merged
    assert water.formula_text == {}  # LibreOffice saves the results: they are what counts
    assert water.rows[1][7] == 4 and water.rows[2][7] == 33 and water.rows[1][8] == "编号WZ2022-0001"


@pytest.mark.slow
def test_an_ods_from_libreoffice_imports_its_merged_squads_like_the_xlsx(saved_by_libreoffice, tmp_path):
    from wz_desktop.store import Store

    source, files = saved_by_libreoffice
    squads = {}
    for name, path in [("xlsx", source), ("ods", files[".ods"])]:
        with Store.open(tmp_path / f"{name}.db") as store:
            report = import_workbook(store, path, session=SYSTEM_SESSION)
            assert report.ok, report.error
            squads[name] = dict(store.database.execute(
                "SELECT event_no, squads FROM tasks ORDER BY event_no").fetchall())
    assert squads["ods"] == squads["xlsx"]
    for n in (1, 2, 3, 6):
        assert SQUAD in squads["ods"][f"WZ2022-{n:04d}"]
    assert len(squads["ods"]) == 7  # the hidden rows' and the hidden sheet's tasks are imported


def test_an_ods_whose_content_is_not_a_zip_member_is_refused(tmp_path):
    path = tmp_path / "2022年.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    from wz_desktop.workbook.reader import WorkbookError

    with pytest.raises(WorkbookError):
        read_cells(path)
