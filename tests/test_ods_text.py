"""The text of an .ods cell is read whole, or kept as the file saves it and flagged: never changed silently.

A cell's text in an .ods is XML: LibreOffice writes a tab as <text:tab/>, a run of spaces as
<text:s text:c="3"/>, lines as paragraphs; other writers put in line breaks (<text:line-break/>), spans,
links, page breaks, and the spec allows ruby readings, footnotes, fields (<text:date>), headings and
lists. python-calamine dropped every tab (a blind trial's remarks came back without their tabs, said
nowhere) and line break, took the indentation between paragraphs for text and read footnotes and ruby
readings into the value. Now the scan reads such cells itself (ods_scan.cell_text): tabs, spaces, line
breaks as the cell has them; what programs show differently (ruby, notes, fields, headings, lists) is
kept as the file saves it and its task flagged in the report. A cell's comment is never its text.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from helpers.libreoffice import libreoffice_copy, soffice_or_skip
from wz_desktop.domain.report import Code
from wz_desktop.services.imports import import_workbook
from wz_desktop.services.session import SYSTEM_SESSION
from wz_desktop.store import Store
from wz_desktop.workbook import ods_scan

HEADER = ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"')
STYLES = ('<office:automatic-styles><style:style style:name="T1" style:family="text">'
          '<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>')
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
            'xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>')
SECRET = "机密批注"


def _text_cell(content: str) -> str:
    return f'<table:table-cell office:value-type="string">{content}</table:table-cell>'


def _plain(text: str) -> str:
    return _text_cell(f"<text:p>{text}</text:p>")


def _table(summaries: list[str], remarks: list[str] | None = None) -> str:
    """The 水上救援 sheet: the header, then one task a summary cell's content (XML), its remark's beside."""
    rows = "<table:table-row>" + "".join(_plain(h) for h in HEADER) + "</table:table-row>"
    for n, summary in enumerate(summaries, 1):
        remark = remarks[n - 1] if remarks else "<text:p>已处置</text:p>"
        rows += ("<table:table-row>" + _plain(f"WZ2022-{n:04d}") + _text_cell(summary) + _plain(f"2022-07-{n:02d} 14:30")
                 + '<table:table-cell office:value-type="float" office:value="5"><text:p>5</text:p></table:table-cell>'
                 + '<table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>'
                 + _plain("水上救援分队") + _text_cell(remark) + "</table:table-row>")
    return f'<table:table table:name="水上救援">{rows}</table:table>'


def _ods(path: Path, table: str) -> Path:
    """An .ods as a writer other than LibreOffice may save it (the elements the spec allows in a cell)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", MANIFEST)
        z.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} '
                                  f'office:version="1.3">{STYLES}<office:body><office:spreadsheet>{table}'
                                  "</office:spreadsheet></office:body></office:document-content>")
    return path


def _fods(path: Path, table: str) -> Path:
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?><office:document {NS} office:version="1.3" '
                    f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{STYLES}<office:body>'
                    f"<office:spreadsheet>{table}</office:spreadsheet></office:body></office:document>", encoding="utf-8")
    return path


def _imported(path: Path, db: Path):
    """The report and the stored tasks: event number -> (summary, remarks, flagged)."""
    with Store.open(db) as store:
        report = import_workbook(store, path, session=SYSTEM_SESSION)
        assert report.ok, report.error
        tasks = {e: (s, r, bool(f)) for e, s, r, f in store.database.execute(
            "SELECT event_no, summary, remarks, needs_review FROM tasks")}
        everything = "".join(str(v) for row in store.database.execute("SELECT * FROM tasks") for v in row)
        everything += "".join(str(v) for row in store.database.execute("SELECT * FROM task_flags") for v in row) \
            if store.database.execute("SELECT 1 FROM sqlite_master WHERE name = 'task_flags'").fetchone() else ""
    return report, tasks, everything


@pytest.fixture(scope="module")
def soffice():
    return soffice_or_skip()


def _convert(soffice: str, source: Path, target: str) -> Path:
    converted = libreoffice_copy(source, target, source.parent)
    assert converted.exists(), f"LibreOffice did not convert {source.name}"
    return converted


# --- LibreOffice's own files ------------------------------------------------------------------------------

LO_SUMMARIES = ["星海湾\t落水救援", "两行\n第二行", "多个   空格", "前\t\t两个制表符", "\t开头制表", "结尾制表\t",
                "空行\n\n之后", "普通"]


@pytest.mark.slow
def test_a_libreoffice_ods_stores_what_the_same_xlsx_stores(soffice, tmp_path):
    """A workbook with tabs, runs of spaces and lines in its summaries and remarks, and comments on its
    cells, saved by LibreOffice as .ods (<text:tab/>, <text:s/>, paragraphs, office:annotation): every
    task is stored as from the .xlsx it came from. Before, every tab of the .ods was dropped, unsaid."""
    import xlsxwriter

    source = tmp_path / "2022年.xlsx"
    book = xlsxwriter.Workbook(str(source))
    sheet = book.add_worksheet("水上救援")
    sheet.write_row(0, 0, HEADER)
    for n, summary in enumerate(LO_SUMMARIES, 1):
        sheet.write_row(n, 0, [f"WZ2022-{n:04d}", summary, f"2022-07-{n:02d} 14:30", 5, 1, "水上救援分队",
                               f"备注\t{n}  号"])
    sheet.write_url(len(LO_SUMMARIES) + 1, 0, "http://example.org/", string="WZ2022-0099")
    sheet.write_row(len(LO_SUMMARIES) + 1, 1, ["链接\t任务", "2022-08-01 14:30", 5, 1, "水上救援分队"])
    sheet.write_url(len(LO_SUMMARIES) + 1, 6, "http://example.org/", string="见  链接\t说明")
    sheet.write_comment(1, 1, SECRET + "：摘要")
    sheet.write_comment(2, 6, SECRET + "：备注")
    book.close()
    converted = _convert(soffice, source, "ods")
    content = zipfile.ZipFile(converted).read("content.xml")
    assert b"<text:tab/>" in content and b"<office:annotation" in content and b"<text:a " in content

    _, expected, _ = _imported(source, tmp_path / "xlsx.db")
    report, tasks, everything = _imported(converted, tmp_path / "ods.db")
    assert tasks == expected
    assert tasks["WZ2022-0001"] == ("星海湾\t落水救援", "备注\t1  号", False)
    assert tasks["WZ2022-0099"] == ("链接\t任务", "见  链接\t说明", False)
    assert tasks["WZ2022-0004"][0] == "前\t\t两个制表符"
    assert not [e for e in report.entries if e.code in (Code.RAW_VALUE, Code.SELF_CHECK)]
    assert SECRET not in everything


@pytest.mark.slow
def test_libreoffice_fields_are_kept_as_saved_and_flagged(soffice, tmp_path):
    """LibreOffice keeps a field in a cell (<text:date>, <text:sheet-name>) and updates a date field each time
    the file is opened: what the cell shows is not what was typed. Its saved text is kept and the task
    flagged; spans and links beside it read exactly, without a flag."""
    summaries = ['<text:p>报警<text:span text:style-name="T1">星海湾<text:s text:c="2"/>落水</text:span>救援</text:p>',
                 '<text:p>见<text:a xlink:href="http://example.org/" xlink:type="simple">链接 说明'
                 "</text:a>后续</text:p>",
                 '<text:p>表<text:sheet-name>???</text:sheet-name>日期<text:date text:date-value="2022-03-04">'
                 "2022-03-04</text:date></text:p>"]
    converted = _convert(soffice, _fods(tmp_path / "2022年.fods", _table(summaries)), "ods")
    content = zipfile.ZipFile(converted).read("content.xml")
    assert b"<text:span" in content and b"<text:date" in content and b"<text:sheet-name" in content
    report, tasks, _ = _imported(converted, tmp_path / "w.db")
    assert tasks["WZ2022-0001"] == ("报警星海湾  落水救援", "已处置", False)
    assert tasks["WZ2022-0002"] == ("见链接 说明后续", "已处置", False)
    summary, _, flagged = tasks["WZ2022-0003"]
    assert flagged and summary.startswith("表水上救援日期")
    (entry,) = [e for e in report.entries if e.code == Code.RAW_VALUE]
    assert (entry.row, entry.column, entry.field, entry.raw) == (4, "B", "summary", summary)
    assert "text:date" in entry.message and "text:sheet-name" in entry.message


# --- every kind of element the spec allows in a cell's text -------------------------------------------------

EXACT = {  # the cell's content -> the stored summary; read exactly, the task not flagged
    "tab": ("<text:p>星海湾<text:tab/>落水救援</text:p>", "星海湾\t落水救援"),
    "tab in a span": ('<text:p>星海湾<text:span text:style-name="T1"><text:tab/>落水</text:span>救援</text:p>',
                      "星海湾\t落水救援"),
    "runs of spaces": ('<text:p>多个<text:s text:c="3"/>空格<text:s/>一个</text:p>', "多个   空格 一个"),
    "line break": ("<text:p>第一行<text:line-break/>第二行</text:p>", "第一行\n第二行"),
    "paragraphs": ("<text:p>第一段</text:p><text:p/><text:p>第三段</text:p>", "第一段\n\n第三段"),
    "indented paragraphs": ("\n  <text:p>第一段</text:p>\n  <text:p>第二段</text:p>\n", "第一段\n第二段"),
    "link": ('<text:p>见<text:a xlink:href="http://example.org/">链接<text:tab/>说明</text:a></text:p>',
             "见链接\t说明"),
    "soft page break": ("<text:p>星海湾<text:soft-page-break/>落水救援</text:p>", "星海湾落水救援"),
    "bookmark and change marks": ('<text:p>星海<text:bookmark text:name="b"/>湾<text:change-start text:change-id="c"/>'
                                  '落水<text:change-end text:change-id="c"/>救援</text:p>', "星海湾落水救援"),
    "comment": ("<office:annotation><dc:creator>甲</dc:creator><text:p>" + SECRET + "<text:tab/>勿录</text:p>"
                "</office:annotation><text:p>星海湾<text:tab/>落水救援</text:p>", "星海湾\t落水救援"),
    "image anchored in the cell": ('<draw:frame svg:width="1cm" svg:height="1cm"><draw:image xlink:href="x.png"/>'
                                   "</draw:frame><text:p>星海湾<text:tab/>落水救援</text:p>", "星海湾\t落水救援"),
}
FLAGGED = {  # the cell's content -> (the stored summary, an element the flag names)
    "ruby": ("<text:p><text:ruby><text:ruby-base>星海湾</text:ruby-base><text:ruby-text>xinghaiwan</text:ruby-text>"
             "</text:ruby>落水救援</text:p>", "星海湾落水救援", "text:ruby"),
    "footnote": ('<text:p>落水救援<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                 "<text:note-body><text:p>脚注</text:p></text:note-body></text:note></text:p>", "落水救援", "text:note"),
    "date field": ('<text:p>日期<text:date text:date-value="2022-03-04">2022-03-04</text:date></text:p>',
                   "日期2022-03-04", "text:date"),
    "page field": ("<text:p>第<text:page-number>1</text:page-number>页</text:p>", "第1页", "text:page-number"),
    "heading": ("<text:h text:outline-level=\"1\">标题</text:h><text:p>落水救援</text:p>", "标题\n落水救援", "text:h"),
    "list": ("<text:list><text:list-item><text:p>甲</text:p></text:list-item><text:list-item><text:p>乙</text:p>"
             "</text:list-item></text:list>", "甲\n乙", "text:list"),
    "text box": ("<text:p>落水<draw:frame><draw:text-box><text:p>框内</text:p></draw:text-box></draw:frame>救援</text:p>",
                 "落水救援", "draw:frame"),
    "meta": ("<text:p>落水<text:meta>救援</text:meta></text:p>", "落水救援", "text:meta"),
}


def test_every_element_of_a_cells_text_is_read_exactly_or_flagged(tmp_path):
    """One .ods with a task for each kind of element: the exact ones stored as the cell says, unflagged;
    the others kept as saved, each task flagged and its cell in the report. The comment is nowhere."""
    cases = list(EXACT.items()) + [(k, (c, t)) for k, (c, t, _) in FLAGGED.items()]
    path = _ods(tmp_path / "2022年.ods", _table([content for _, (content, _) in cases]))
    report, tasks, everything = _imported(path, tmp_path / "w.db")
    flagged_rows = {e.row: e for e in report.entries if e.code == Code.RAW_VALUE}
    for n, (name, (_, expected)) in enumerate(cases, 1):
        summary, _, flagged = tasks[f"WZ2022-{n:04d}"]
        assert summary == expected, name
        if name in FLAGGED:
            assert flagged, name
            entry = flagged_rows[n + 1]
            assert (entry.column, entry.field, entry.raw) == ("B", "summary", expected), name
            assert FLAGGED[name][2] in entry.message, name
        else:
            assert not flagged and n + 1 not in flagged_rows, name
    assert len(flagged_rows) == len(FLAGGED)
    assert SECRET not in everything
    assert not [e for e in report.entries if e.code == Code.SELF_CHECK]


def test_remarks_and_other_columns_are_read_as_well(tmp_path):
    """Not the summary alone: a remark with a tab, a line break and spaces keeps them; one with a footnote
    is flagged in its own column."""
    remarks = ['<text:p>备注<text:tab/>甲<text:line-break/>乙<text:s text:c="2"/>丙</text:p>',
               '<text:p>备注<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>注'
               "</text:p></text:note-body></text:note></text:p>"]
    path = _ods(tmp_path / "2022年.ods", _table(["<text:p>甲</text:p>", "<text:p>乙</text:p>"], remarks))
    report, tasks, _ = _imported(path, tmp_path / "w.db")
    assert tasks["WZ2022-0001"] == ("甲", "备注\t甲\n乙  丙", False)
    assert tasks["WZ2022-0002"] == ("乙", "备注", True)
    (entry,) = [e for e in report.entries if e.code == Code.RAW_VALUE]
    assert (entry.row, entry.column, entry.field) == (3, "G", "remarks")


def test_a_text_in_a_cell_without_a_value_type_is_read(tmp_path):
    """Some writers leave the value type out (and every attribute: '<table:table-cell>'); calamine reads such
    a cell as empty, the scan reads its text itself, tabs included. Before, a cell without attributes was
    passed over and its summary lost, unsaid."""
    table = _table(["<text:p>甲</text:p>", "<text:p>乙</text:p>"])
    table = table.replace(_text_cell("<text:p>甲</text:p>"),
                          "<table:table-cell><text:p>星海湾<text:tab/>落水救援</text:p></table:table-cell>")
    table = table.replace(_text_cell("<text:p>乙</text:p>"), "<table:table-cell><text:p>老虎滩救援</text:p></table:table-cell>")
    _, tasks, _ = _imported(_ods(tmp_path / "2022年.ods", table), tmp_path / "w.db")
    assert tasks["WZ2022-0001"][0] == "星海湾\t落水救援"
    assert tasks["WZ2022-0002"][0] == "老虎滩救援"


def test_a_cell_whose_string_value_is_saved_is_read_from_it(tmp_path):
    """office:string-value is the cell's text when a writer saves it (LibreOffice and calamine read it so):
    the paragraphs under it are what the cell showed, not its value, and are not read instead."""
    table = _table(["<text:p>占位</text:p>"]).replace(
        _text_cell("<text:p>占位</text:p>"),
        '<table:table-cell office:value-type="string" office:string-value="星海湾&#9;落水救援">'
        "<text:p>星海湾<text:tab/>落水</text:p></table:table-cell>")
    _, tasks, _ = _imported(_ods(tmp_path / "2022年.ods", table), tmp_path / "w.db")
    assert tasks["WZ2022-0001"][0] == "星海湾\t落水救援"


def test_cell_text():
    """The reading itself, element by element."""
    assert ods_scan.cell_text(b'<text:p>a<text:s text:c="2"/>b<text:tab/>c</text:p><text:p>d</text:p>') == ("a  b\tc\nd", ())
    assert ods_scan.cell_text(b"<text:p>&amp;&lt;&#9;</text:p>") == ("&<\t", ())
    assert ods_scan.cell_text(b"<text:p/>") == ("", ())
    assert ods_scan.cell_text(b"<office:annotation><text:p>x</text:p></office:annotation><text:p>y</text:p>") == ("y", ())
    assert ods_scan.cell_text(b'<text:p>a<text:note><text:note-body><text:p/></text:note-body></text:note></text:p>') \
        == ("a", ())  # a note without text changes nothing
    assert not ods_scan.special(b"<text:p>a<text:s/>b</text:p><text:p>c</text:p>")
    assert ods_scan.special(b"<text:p>a<text:tab/>b</text:p>")


def test_the_quick_reading_reads_what_the_walk_reads():
    """cell_text reads plain paragraphs by a few replacements and the rest element by element (walk_text):
    both give the same on every content of these tests and on what LibreOffice writes."""
    contents = [c for c, _ in EXACT.values()] + [c for c, _, _ in FLAGGED.values()] + [
        '<text:p>a <text:s text:c="3"/>b <text:s/>c</text:p>', "<text:p>line</text:p><text:p>break</text:p>",
        "<text:p>p1</text:p><text:p/><text:p>p3</text:p>", "<text:p><text:s/>lead <text:s/>trail </text:p>",
        "<text:p><text:tab/></text:p>", "<text:p/>", '<text:p text:style-name="P1">a&amp;b&lt;<text:tab/></text:p>',
        '<text:p><text:a xlink:href="http://e.x/" xlink:type="simple">链接  文字</text:a></text:p>',
        "<text:p>a<text:tab></text:tab>b</text:p>", "<text:p>a</text:p> ", "<text:p>a</text:p>\n<text:p>b</text:p>"]
    quick = 0
    for content in contents:
        data = content.encode()
        assert ods_scan.cell_text(data) == ods_scan.walk_text(data), content
        quick += ods_scan._NOT_PLAIN.search(data) is None and data.startswith(b"<text:p")
    assert quick >= 10  # the quick reading was tried, not only the walk


def test_the_text_lands_in_its_own_cell_whatever_the_row(tmp_path):
    """The quick walk counts a row's cells to place a text (the n-th cell is column n): a repeated row, a
    row under a merged cell (covered cells), a row with a repeated cell before the text and a row with a
    formula each put the tab's text where calamine has the cell."""
    tab = _text_cell("<text:p>甲<text:tab/>乙</text:p>")
    rows = ('<table:table-row table:number-rows-repeated="2">' + _plain("a") + tab + "</table:table-row>"
            '<table:table-row><table:table-cell table:number-rows-spanned="2" office:value-type="string">'
            "<text:p>合并</text:p></table:table-cell>" + tab + "</table:table-row>"
            "<table:table-row><table:covered-table-cell/>" + _plain("b") + tab + "</table:table-row>"
            '<table:table-row><table:table-cell table:number-columns-repeated="3"/>' + tab + "</table:table-row>"
            '<table:table-row><table:table-cell table:formula="of:=1+1" office:value-type="float" office:value="2">'
            "<text:p>2</text:p></table:table-cell>" + tab + _plain("c") + tab
            + '<table:table-cell table:number-columns-repeated="1000"/></table:table-row>')
    path = _ods(tmp_path / "x.ods", f'<table:table table:name="表">{rows}</table:table>')
    with zipfile.ZipFile(path) as archive:
        facts = ods_scan.scan(archive, path.name)["表"]
    assert facts.texts == {(0, 1): "甲\t乙", (1, 1): "甲\t乙", (2, 1): "甲\t乙", (3, 2): "甲\t乙", (4, 3): "甲\t乙",
                           (5, 1): "甲\t乙", (5, 3): "甲\t乙"}
    import python_calamine

    rows_read = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("表").to_python()
    assert all(rows_read[r][c] == "甲乙" for r, c in facts.texts)  # where calamine has the cell (without its tab)


def test_a_roster_name_with_a_ruby_reading_is_read_as_its_characters_and_reported(store, tmp_path):
    """A name written with its reading above it (单 read shàn: <text:ruby>) is stored as its characters, not
    run into one word with its reading ('单shàn雄', as calamine read it), and the roster's report says so."""
    from wz_desktop.services.roster import import_roster

    rows = ("<table:table-row>" + _plain("姓名") + _plain("电话") + "</table:table-row>"
            "<table:table-row>" + _text_cell("<text:p><text:ruby><text:ruby-base>单</text:ruby-base><text:ruby-text>shàn"
                                             "</text:ruby-text></text:ruby>雄</text:p>") + _plain("13812345678")
            + "</table:table-row><table:table-row>" + _plain("李娜") + _plain("13912345678") + "</table:table-row>")
    path = _ods(tmp_path / "名册.ods", f'<table:table table:name="队员">{rows}</table:table>')
    report = import_roster(store, path, session=SYSTEM_SESSION)
    names = sorted(n for (n,) in store.database.execute("SELECT name FROM members"))
    assert names == sorted(["单雄", "李娜"])
    (entry,) = [e for e in report.entries if e.code == Code.RAW_VALUE]
    assert (entry.row, entry.column, entry.raw) == (2, "A", "单雄") and "text:ruby" in entry.message
