"""The classes the fourth blind trial (bench/blind_trial4.py: how the FILE encodes a value) found
stored without a flag, in real workbooks written the way other programs write them.

- a workbook that asks to be recalculated when opened (calcPr fullCalcOnLoad: xlsxwriter, openpyxl):
  the results saved with its formulas were never computed (xlsxwriter saves 0 for =3+4, Excel shows
  7); every formula is kept as its text and flagged, its saved result not read;
- a formula whose saved result is the empty text (.xls from xlwt, which saves no result for any
  formula; <v></v> in an .xlsx) in a task's field: the cell reads as empty, and the row is flagged;
- _xHHHH_ escapes past _x00FF_ (金州_x5206_队, an emoji as _xD83D__xDE4F_) in shared, inline and formula
  strings: python-calamine leaves them as they are written; read as Excel shows them;
- a count saved with a formula's binary rounding (16.000000000000004, 2.9999999999999996): Excel shows
  16 and 3, and so it is read;
- the shared strings, the styles or the workbook part itself under another name than the usual one
  (legal in the format, unreadable for calamine): refused in words that say so, not as "damaged" or
  "not a workbook".
"""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from helpers.workbooks import HEADER
from test_import_structures import exported as export, imp
from wz_desktop.domain.parse import Reading, parse_count
from wz_desktop.domain.report import Code
from wz_desktop.services.imports import import_workbook
from wz_desktop.services.session import SYSTEM_SESSION

D = dt.datetime
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def _xlsx(path: Path, rows: list[list[str | None]], strings: list[str] = (), calc: str = "",
          parts: dict[str, str] | None = None, sst_prefix: str = "") -> Path:
    """A one-sheet .xlsx (水上救援) by hand: each cell given as its XML (after <c r="..."), the header
    row first as inline strings; ``strings``: the <si> contents of the shared strings; ``parts``:
    other names for the workbook, shared strings and styles parts."""
    parts = {"book": "xl/workbook.xml", "sst": "xl/sharedStrings.xml", "styles": "xl/styles.xml", **(parts or {})}
    header = "".join(f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>{h}</t></is></c>' for i, h in enumerate(HEADER))
    body = [f'<row r="1">{header}</row>']
    for r, cells in enumerate(rows, 2):
        body.append(f'<row r="{r}">' + "".join(f'<c r="{chr(65 + i)}{r}"{c}</c>' for i, c in enumerate(cells) if c)
                    + "</row>")
    sheet = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>{"".join(body)}</sheetData></worksheet>'
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" '
              'formatCode="yyyy-mm-dd hh:mm"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/>'
              '<xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>')
    p = f"{sst_prefix}:" if sst_prefix else ""
    xmlns = f"xmlns:{sst_prefix}" if sst_prefix else "xmlns"
    sst = (f'<?xml version="1.0" encoding="UTF-8"?><{p}sst {xmlns}="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f"<{p}si>{s.replace('<t>', f'<{p}t>').replace('</t>', f'</{p}t>')}</{p}si>" for s in strings)
           + f"</{p}sst>")
    book = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets><sheet name="水上救援" '
            f'sheetId="1" r:id="rId1"/></sheets>{calc}</workbook>')
    folder, name = parts["book"].rsplit("/", 1)
    rels = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="/xl/worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="/{parts["sst"]}"/>'
            f'<Relationship Id="rId3" Type="{RELS}/styles" Target="/{parts["styles"]}"/></Relationships>')
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/{parts["book"]}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
             '</Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                                  f'Type="{RELS}/officeDocument" Target="{parts["book"]}"/></Relationships>')
        z.writestr(parts["book"], book)
        z.writestr(f"{folder}/_rels/{name}.rels", rels)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr(parts["sst"], sst)
        z.writestr(parts["styles"], styles)
    return path


def _serial(d: dt.datetime) -> float:
    delta = d - dt.datetime(1899, 12, 30)
    return delta.days + delta.seconds / 86400


def s(i: int) -> str:
    return f' t="s"><v>{i}</v>'


def text(t: str) -> str:
    return f' t="inlineStr"><is><t>{escape(t)}</t></is>'


def number(v, style: int = 0) -> str:
    return (f' s="{style}"' if style else "") + f"><v>{v!r}</v>"


def task(no: str, title: str, day: int, **cells: str) -> list[str | None]:
    row = dict(event_no=text(no), summary=text(title), departure=number(_serial(D(2022, 3, day, 9, 30)), 1),
               headcount=number(5), vehicles=number(1), squads=text("金州分队"), remarks=None)
    row.update(cells)
    return list(row.values())


def rows_of(store) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in store.database.execute(
        "SELECT summary, event_no, headcount, headcount_raw, vehicles, squads, remarks, needs_review FROM tasks")}


def flagged(report, field: str | None = None) -> set[int]:
    return {e.row for e in report.entries if e.code in (Code.RAW_VALUE, Code.GUESS) and (field is None or e.field == field)}


def test_formulas_of_a_workbook_asking_to_be_recalculated_are_not_their_saved_zeros(store, tmp_path):
    import xlsxwriter

    path = tmp_path / "2022年程序生成.xlsx"
    wb = xlsxwriter.Workbook(str(path))   # writes <calcPr fullCalcOnLoad="1"/> and 0 for each formula's result
    ws = wb.add_worksheet("水上救援")
    ws.write_row(0, 0, HEADER)
    ws.write_row(1, 0, ["WZ2022-0001", "公式人数", None, None, 1, "金州分队"])
    ws.write_datetime(1, 2, D(2022, 3, 5, 9, 30), wb.add_format({"num_format": "yyyy-mm-dd hh:mm"}))
    ws.write_formula(1, 3, "=3+4")
    ws.write_row(2, 0, [None, "公式编号", None, 6, 1, "金州分队"])
    ws.write_formula(2, 0, '="WZ2022-"&"0002"')
    ws.write_datetime(2, 2, D(2022, 3, 6, 9, 30), wb.add_format({"num_format": "yyyy-mm-dd hh:mm"}))
    wb.close()
    report = imp(store, path)
    got = rows_of(store)
    assert got["公式人数"][1] is None and got["公式人数"][2] == "=3+4"   # not 0 people
    assert got["公式编号"][0] == '="WZ2022-"&"0002"'                     # not the event number "0"
    assert flagged(report) == {2, 3}
    note = next(e.message for e in report.entries if e.row == 2 and e.field == "headcount")
    assert "=3+4" in note and "重新计算" in note


def test_a_formula_saved_with_its_result_in_a_workbook_computed_by_a_spreadsheet_is_read(store, tmp_path):
    path = _xlsx(tmp_path / "2022年已计算.xlsx", [task("WZ2022-0001", "已算好", 5, headcount="><f>3+4</f><v>7</v>")],
                 calc='<calcPr calcId="191029"/>')
    report = imp(store, path)
    assert rows_of(store)["已算好"][1] == 7 and not flagged(report)


def test_an_xls_formula_saved_without_a_result_is_flagged_not_read_as_empty(store, tmp_path):
    import xlwt

    path = tmp_path / "2022年xlwt.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("水上救援")
    when = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm")
    for c, h in enumerate(HEADER):
        ws.write(0, c, h)
    for r, (summary, count, squad, remark) in enumerate([("公式人数", xlwt.Formula("3+4"), "金州分队", None),
                                                         ("公式分队", 6, xlwt.Formula('"金州"&"分队"'), None),
                                                         ("公式备注", 6, "金州分队", xlwt.Formula('""'))], 1):
        for c, v in enumerate([f"WZ2022-000{r}", summary, D(2022, 3, r, 9, 30), count, 1, squad, remark]):
            if v is not None:
                ws.write(r, c, v, when if c == 2 else xlwt.Style.default_style)
    wb.save(str(path))
    report = imp(store, path)
    assert flagged(report, "headcount") == {2}
    assert flagged(report, "squads") == {3}
    assert 4 not in flagged(report)          # an empty remark from a formula is nothing to look at
    note = next(e.message for e in report.entries if e.row == 2 and e.field == "headcount")
    assert "公式" in note and "空" in note
    assert rows_of(store)["公式人数"][1] is None


def test_a_text_formula_whose_saved_result_is_empty_is_flagged_in_a_tasks_field(store, tmp_path):
    path = _xlsx(tmp_path / "2022年空结果.xlsx", [
        task("WZ2022-0001", "空分队", 5, squads=' t="str"><f>"甘井子"&amp;"分队"</f><v></v>'),
        task("WZ2022-0002", "空备注", 6, remarks=' t="str"><f>IF(D3&gt;9,"多","")</f><v></v>')])
    report = imp(store, path)
    assert flagged(report) == {2}
    assert rows_of(store)["空分队"][4] == ""


def test_escapes_past_x00ff_are_read_as_excel_shows_them(store, tmp_path):
    strings = ["<t>金州_x5206_队</t>", "<t>家属致谢_xD83D__xDE4F_</t>", "<t>文件名_x005F_x5206_保留</t>",
               '<r><t>甘井</t></r><r><rPr><b/></rPr><t>子_x5206_队</t></r><rPh sb="0" eb="1"><t>カン_x30AB_</t></rPh>']
    path = _xlsx(tmp_path / "2022年转义.xlsx", [
        task("WZ2022-0001", "共享字符串", 5, squads=s(0), remarks=s(1)),
        task("WZ2022-0002", "字面转义", 6, remarks=s(2), squads=s(3)),
        task("WZ2022-0003", "内联与公式", 7, squads=text("金州_x5206_队"), summary=' t="str"><f>"落水"</f><v>落_x6C34_救援</v>')],
        strings)
    imp(store, path)
    got = rows_of(store)
    assert got["共享字符串"][4:6] == ("金州分队", "家属致谢🙏")
    assert got["字面转义"][4:6] == ("甘井子分队", "文件名_x5206_保留")
    assert got["落水救援"][4] == "金州分队"


def test_escaped_shared_strings_far_into_a_long_prefixed_table_go_to_their_own_cells(store, tmp_path):
    # the shared strings written with a prefix (<x:si>), 17 MB: read in several pieces, cut elsewhere than at </si>
    strings = [f"<t>填充{i:06d}{' ' * 430}</t>" for i in range(40000)]
    strings[39990] = "<t>金州_x5206_队</t>"
    strings[25001] = "<t>甘井子_x5206_队</t>"
    strings[39999] = "<t>老虎滩落水</t>"
    path = _xlsx(tmp_path / "2022年长表.xlsx", [task("WZ2022-0001", "远处的字符串", 5, squads=s(39990), remarks=s(39999)),
                                              task("WZ2022-0002", "中间的字符串", 6, squads=s(25001), remarks=s(25002))],
                 strings, sst_prefix="x")
    imp(store, path)
    got = rows_of(store)
    assert got["远处的字符串"][4:6] == ("金州分队", "老虎滩落水")
    assert got["中间的字符串"][4:6] == ("甘井子分队", "填充025002")  # trimmed


@pytest.mark.parametrize("value, count", [(16.000000000000004, 16), (2.9999999999999996, 3), (7.000000000000001, 7)])
def test_a_count_with_a_formulas_binary_rounding_is_the_number_excel_shows(value, count):
    assert parse_count(value).value == count and parse_count(value).reading is Reading.OK


def test_a_count_that_is_no_whole_number_stays_raw():
    for value in (16.5, 16.0001, -2.9999999999999996):
        assert parse_count(value).reading is Reading.RAW


def test_a_count_with_float_noise_from_a_file_is_read_without_a_flag(store, tmp_path):
    path = _xlsx(tmp_path / "2022年浮点.xlsx", [task("WZ2022-0001", "浮点人数", 5, headcount="><f>0.1*30*6-2</f><v>16.000000000000004</v>",
                                                  vehicles="><f>0.1*30</f><v>2.9999999999999996</v>")])
    report = imp(store, path)
    got = rows_of(store)["浮点人数"]
    assert (got[1], got[3]) == (16, 3) and not flagged(report)
    assert [(r.headcount, r.vehicles) for r in export(store, 2022, tmp_path).rows] == [(16, 3)]


@pytest.mark.parametrize("parts, part", [({"sst": "xl/strings/ss.xml"}, "xl/strings/ss.xml"),
                                         ({"styles": "xl/styles/st.xml"}, "xl/styles/st.xml"),
                                         ({"book": "xl/book.xml"}, "xl/book.xml")])
def test_parts_under_other_names_are_refused_in_words_that_say_so(store, tmp_path, parts, part):
    path = _xlsx(tmp_path / "2022年部件改名.xlsx", [task("WZ2022-0001", "部件", 5, squads=s(0))], ["<t>金州分队</t>"], parts=parts)
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert not report.ok
    assert "不常见的位置" in report.error and part in report.error
    assert store.database.execute("SELECT count(*) FROM tasks").fetchone()[0] == 0


def test_parts_under_the_usual_names_with_absolute_targets_are_read(store, tmp_path):
    path = _xlsx(tmp_path / "2022年绝对路径.xlsx", [task("WZ2022-0001", "绝对路径", 5, squads=s(0))], ["<t>甘井子分队</t>"])
    imp(store, path)
    assert rows_of(store)["绝对路径"][4] == "甘井子分队"
