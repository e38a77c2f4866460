"""Files that try to hurt: each refused in words or read whole, never an abort, a traceback or a half import.

Every hostile file is made here, byte by byte where it must be (a hand-made zip, a patched .xls):
a 2 KB .xlsx whose one cell sits at XFD1048576 (python-calamine alone aborts the process asking for
512 GB), an .ods whose one cell is repeated over the whole sheet, an .xls with a value at IV65536,
zip bombs (a sheet, the shared strings), damaged and encrypted files, web pages and CSV files named
.xls. The abort and the memory bound are checked in their own process, as the user runs the
command line; the rest through ``import_workbook`` with the database compared before and after.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import struct
import subprocess
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path

import pytest

from helpers.workbooks import Sheet, canonical_sheet, db_snapshot, task_count, write_workbook
from wz_desktop.services.imports import import_workbook
from wz_desktop.workbook.reader import read_cells
from wz_desktop.services.session import SYSTEM_SESSION

CHINESE = re.compile(r"[\u4e00-\u9fff]")
ROOT = Path(__file__).resolve().parent.parent
D = dt.datetime

# --- hand-made workbooks --------------------------------------------------------------------------

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                 'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
                 '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
                 'main+xml"/>{sheets}</Types>')
SHEET_TYPE = ('<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-'
              'officedocument.spreadsheetml.worksheet+xml"/>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
             '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
             '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '{sheets}</sheets></workbook>')
BOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
             '2006/relationships">{rels}</Relationships>')
SHEET_REL = ('<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'worksheet" Target="worksheets/sheet{n}.xml"/>')
SHEET = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
         '2006/main"><sheetData>{rows}</sheetData></worksheet>')
HEADER_ROW = ''.join(f'<c r="{col}1" t="inlineStr"><is><t>{text}</t></is></c>' for col, text in
                     zip("ABCDEFG", ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]))
TASK_ROW = ('<row r="2"><c r="A2" t="inlineStr"><is><t>WZ2022-0001</t></is></c><c r="B2" t="inlineStr"><is><t>'
            '星海湾落水救援</t></is></c><c r="C2" t="inlineStr"><is><t>2022-07-01 14:30</t></is></c><c r="D2">'
            '<v>8</v></c><c r="E2"><v>2</v></c><c r="F2" t="inlineStr"><is><t>水上救援分队</t></is></c></row>')


def xlsx(path: Path, sheets: dict[str, str], extra: dict[str, bytes] | None = None) -> Path:
    """A minimal .xlsx: sheet name -> the XML inside <sheetData>."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES.format(
            sheets="".join(SHEET_TYPE.format(n=n) for n in range(1, len(sheets) + 1))))
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK.format(sheets="".join(
            f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>' for n, name in enumerate(sheets, 1))))
        z.writestr("xl/_rels/workbook.xml.rels", BOOK_RELS.format(
            rels="".join(SHEET_REL.format(n=n) for n in range(1, len(sheets) + 1))))
        for n, rows in enumerate(sheets.values(), 1):
            z.writestr(f"xl/worksheets/sheet{n}.xml", SHEET.format(rows=rows))
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


ODS_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:'
            'opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:'
            'xmlns:of:1.2" office:version="1.2"><office:body><office:spreadsheet>')
ODS_TAIL = '</office:spreadsheet></office:body></office:document-content>'
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
            'xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>')


def ods(path: Path, tables: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", MANIFEST)
        z.writestr("content.xml", ODS_HEAD + tables + ODS_TAIL)
    return path


def ods_text(text: str, attrs: str = "") -> str:
    return f'<table:table-cell office:value-type="string"{attrs}><text:p>{text}</text:p></table:table-cell>'


def ods_number(value: float, attrs: str = "") -> str:
    return f'<table:table-cell office:value-type="float" office:value="{value}"{attrs}><text:p>{value}</text:p></table:table-cell>'


def ods_task_table(name: str = "水上救援", extra_rows: str = "") -> str:
    header = "".join(ods_text(t) for t in ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"])
    task = (ods_text("WZ2022-0001") + ods_text("星海湾落水救援") + ods_text("2022-07-01 14:30") + ods_number(8)
            + ods_number(2) + ods_text("水上救援分队"))
    return (f'<table:table table:name="{name}"><table:table-row>{header}</table:table-row>'
            f'<table:table-row>{task}</table:table-row>{extra_rows}</table:table>')


def far_xls(path: Path) -> Path:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("水上救援")
    ws.write(0, 0, "事件编号")
    ws.write(65535, 255, "x")
    wb.save(str(path))
    return path


def _records(stream: bytes):
    pos = 0
    while pos + 4 <= len(stream):
        code, length = struct.unpack_from("<HH", stream, pos)
        yield pos, code, length
        pos += 4 + length


def password_xls(path: Path) -> Path:
    """An .xls whose globals hold a FILEPASS record (what Excel writes for a file with an open password):
    an xlwt file whose WINDOWPROTECT record (same length) is turned into one, in place."""
    data = bytearray(write_workbook(path, [canonical_sheet("水上救援", [["WZ1", "a", D(2022, 1, 1, 8), 1, 1, "甲", None]])])
                     .read_bytes())
    start = data.find(b"\x09\x08")  # the workbook BOF
    for pos, code, _length in _records(bytes(data[start:])):
        if code == 0x0019:  # WINDOWPROTECT, 2 bytes
            struct.pack_into("<H", data, start + pos, 0x002F)
            break
    else:
        raise AssertionError("no WINDOWPROTECT record to turn into FILEPASS")
    path.write_bytes(bytes(data))
    return path


def encrypted_xlsx(path: Path) -> Path:
    """How Excel saves an .xlsx with an open password: a compound document holding EncryptionInfo and
    EncryptedPackage streams (here an xlwt compound document whose stream is renamed)."""
    data = bytearray(write_workbook(path.with_suffix(".xls"), [Sheet("s", [["x"]])]).read_bytes())
    old = "Workbook".encode("utf-16-le")
    new = "EncryptedPackage".encode("utf-16-le")
    at = data.find(old)
    assert at > 0
    data[at:at + 64] = (new + b"\0\0").ljust(64, b"\0")
    struct.pack_into("<H", data, at + 64, len(new) + 2)
    path.write_bytes(bytes(data))
    return path


# --- through import_workbook ----------------------------------------------------------------------

def seeded(store, tmp_path):
    report = import_workbook(store, write_workbook(tmp_path / "2021年.xlsx", [canonical_sheet("城市搜救", [
        ["WZ2021-0001", "已有任务", D(2021, 1, 1, 10, 0), 5, 1, "甲分队", None]])]), session=SYSTEM_SESSION)
    assert report.ok, report.error
    return db_snapshot(store.path)


def refused(store, path: Path, before) -> str:
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok is False, f"{path.name} was imported"
    assert report.error and CHINESE.search(report.error), report.error
    assert "Traceback" not in report.error
    assert db_snapshot(store.path) == before
    assert task_count(store.path) == 1
    return report.error


FAR = {
    # a value at XFD1048576 beside a real task: the task is not imported alone (never partly)
    "xlsx-value-at-XFD1048576": lambda p: xlsx(p / "2022年.xlsx", {"水上救援": f'<row r="1">{HEADER_ROW}</row>{TASK_ROW}'
                                                                       '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'}),
    # the far cell on a later sheet: the first sheet's task is not imported either
    "xlsx-far-cell-on-the-second-sheet": lambda p: xlsx(p / "2022年.xlsx", {
        "城市搜救": f'<row r="1">{HEADER_ROW}</row>{TASK_ROW}',
        "水上救援": f'<row r="1">{HEADER_ROW}</row><row r="900000"><c r="AB900000"><v>1</v></c></row>'}),
    "xlsx-only-cell-at-XFD1048576": lambda p: xlsx(p / "2022年.xlsx", {"水上救援": '<row r="1048576"><c r="XFD1048576" '
                                                                           't="inlineStr"><is><t>x</t></is></c></row>'}),
    # cells without references, placed by counting: 20,000 empty ones, then a value, and a row far down
    "xlsx-counted-cells": lambda p: xlsx(p / "2022年.xlsx", {"水上救援": '<row r="1">' + "<c/>" * 20000 + '<c><v>1</v></c></row>'
                                                                 '<row r="5000"><c r="A5000"><v>2</v></c></row>'}),
    "ods-cell-repeated-over-the-sheet": lambda p: ods(p / "2022年.ods", '<table:table table:name="水上救援">'
                                                      '<table:table-row table:number-rows-repeated="1048576">'
                                                      '<table:table-cell table:number-columns-repeated="16384" '
                                                      'office:value-type="float" office:value="1"/></table:table-row>'
                                                      '</table:table>'),
    "ods-value-after-a-million-empty-rows": lambda p: ods(p / "2022年.ods", ods_task_table(extra_rows=(
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell/></table:table-row><table:table-row>'
        '<table:table-cell table:number-columns-repeated="16383"/>' + ods_number(1) + '</table:table-row>'))),
    "xls-value-at-IV65536": lambda p: far_xls(p / "2022年.xls"),
}
FAR_CELL = {"xlsx-value-at-XFD1048576": "XFD1048576", "xlsx-far-cell-on-the-second-sheet": "AB900000", "xlsx-only-cell-at-XFD1048576": "XFD1048576",
            "xlsx-counted-cells": "ACOG1", "ods-cell-repeated-over-the-sheet": "XFD1048576",
            "ods-value-after-a-million-empty-rows": "XFD1048573", "xls-value-at-IV65536": "IV65536"}


@pytest.mark.parametrize("case", list(FAR))
def test_a_value_far_from_the_rest_is_refused_naming_the_sheet_and_the_cell(store, tmp_path, case):
    before = seeded(store, tmp_path)
    path = FAR[case](tmp_path)
    assert path.stat().st_size < 20_000
    error = refused(store, path, before)
    assert "水上救援" in error and FAR_CELL[case] in error, error


def test_styled_empty_cells_far_away_cost_nothing_and_the_tasks_are_read(store, tmp_path):
    path = xlsx(tmp_path / "2022年.xlsx", {"水上救援": f'<row r="1">{HEADER_ROW}<c r="XFD1" s="0"/></row>{TASK_ROW}'
                                                     '<row r="1048576"><c r="A1048576" s="0"/><c r="XFD1048576"/></row>'})
    (sheet,) = read_cells(path)
    assert len(sheet.rows) == 2 and len(sheet.rows[0]) == 7
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok and report.added == 1, report.error


def test_libreoffice_style_trailing_repeats_in_an_ods_cost_nothing(store, tmp_path):
    trailing = ('<table:table-row table:number-rows-repeated="1048574"><table:table-cell '
                'table:number-columns-repeated="16384"/></table:table-row>')
    path = ods(tmp_path / "2022年.ods", ods_task_table(extra_rows=trailing))
    (sheet,) = read_cells(path)
    assert len(sheet.rows) == 2
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok and report.added == 1, report.error


def _broken_forms(content: str) -> dict[str, str]:
    """content.xml broken every way a cut or a slip of the hand breaks it: each tag (opening, closing
    or empty) with its end cut off, each closing tag dropped, and the text cut short after each tag."""
    forms = {}
    for m in re.finditer(r"<[^>]*>", content):
        tag, at, end = m.group(), m.start(), m.end()
        name = re.match(r"</?([\w:.-]+)", tag).group(1) if not tag.startswith("<?") else "?xml"
        forms[f"{name}@{at} cut"] = content[:at] + tag[: max(2, len(tag) // 2)] + content[end:]
        if tag.startswith("</"):
            forms[f"{name}@{at} dropped"] = content[:at] + content[end:]
        if end < len(content):
            forms[f"ends after {name}@{at}"] = content[:end]
    return forms


def test_an_ods_whose_xml_is_broken_anywhere_is_refused_in_words_and_never_hangs(store, tmp_path):
    """calamine, given a table whose end tag is broken, expanded LibreOffice's million repeated empty rows
    and never returned (a hang found with a file LibreOffice wrote, then damaged). Every broken form of
    such a file is refused, in words, in moments, the database untouched."""
    import threading

    before = seeded(store, tmp_path)
    trailing = ('<table:table-row table:number-rows-repeated="1048574"><table:table-cell '
                'table:number-columns-repeated="16384"/></table:table-row>')
    content = ODS_HEAD + ods_task_table(extra_rows=trailing) + ODS_TAIL
    forms = _broken_forms(content)
    assert len(forms) > 100
    for case, broken in forms.items():
        path = tmp_path / "2022年.ods"
        path.unlink(missing_ok=True)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
            z.writestr("META-INF/manifest.xml", MANIFEST)
            z.writestr("content.xml", broken)
        outcome: list = []
        worker = threading.Thread(target=lambda out=outcome, p=path: out.append(
            import_workbook(store, p, session=SYSTEM_SESSION)), daemon=True)
        worker.start()
        worker.join(timeout=30)
        assert outcome, f"{case}: the import did not return in 30 s"
        report = outcome[0]
        assert report.ok is False, f"{case}: imported"
        assert "已损坏" in report.error or "不完整" in report.error, (case, report.error)
        assert "Traceback" not in report.error and db_snapshot(store.path) == before, case


def _damaged_zip(p: Path) -> Path:
    good = xlsx(p / "good.xlsx", {"水上救援": f'<row r="1">{HEADER_ROW}</row>{TASK_ROW}'})
    with zipfile.ZipFile(good) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray(good.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 10, start + 40):  # garble the compressed sheet data: the CRC no longer matches
        data[i] ^= 0x55
    bad = p / "2022年（损坏）.xlsx"
    bad.write_bytes(bytes(data))
    return bad


OTHER = {
    "damaged-zip": (_damaged_zip, "损坏"),
    "truncated-zip": (lambda p: _write(p / "2022年.xlsx", xlsx(p / "t.xlsx", {"水上救援": TASK_ROW}).read_bytes()[:300]),
                      "损坏"),
    "zip-without-sheets": (lambda p: _zip(p / "2022年.xlsx", {"readme.txt": b"hello"}), "不是 Excel"),
    "html-named-xls": (lambda p: _write(p / "2022年.xls", "<html><body><table><tr><td>事件编号</td></tr></table>"
                                                          "</body></html>".encode()), "网页"),
    "csv-named-xls": (lambda p: _write(p / "2022年.xls", "事件编号,事件摘要,出队时间\nWZ1,a,2022-01-01\n".encode("gbk")),
                      "CSV"),
    "xls-with-a-password": (lambda p: password_xls(p / "2022年.xls"), "密码"),
    "xlsx-with-a-password": (lambda p: encrypted_xlsx(p / "2022年.xlsx"), "密码"),
    "empty-file": (lambda p: _write(p / "2022年.xlsx", b""), "空文件"),
    "a-folder": (lambda p: _folder(p / "2022年.xlsx"), "文件夹"),
    "ods-without-content": (lambda p: _zip(p / "2022年.ods", {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
                            "不是 Excel"),
    # a BOUNDSHEET record whose sheet begins past the end of the stream: python-calamine panics on it
    "xls-sheet-past-the-end": (lambda p: boundsheet_past_the_end(p / "2022年.xls"), "损坏或不完整"),
    # one cell of a megabyte of text in a 2 KB file (Excel holds 32,767 characters a cell)
    "xlsx-cell-of-a-megabyte": (lambda p: xlsx(p / "2022年.xlsx", {"水上救援": f'<row r="1">{HEADER_ROW}</row>{TASK_ROW}'
                                                               '<row r="3"><c r="B3" t="inlineStr"><is><t>' + "x" * (1 << 20)
                                                               + '</t></is></c></row>'}), "32767"),
    "shared-string-of-a-megabyte": (lambda p: xlsx(p / "2022年.xlsx", {"水上救援": f'<row r="1">{HEADER_ROW}</row>{TASK_ROW}'},
                                                   extra={"xl/sharedStrings.xml": SST.format(items="<si><t>" + "x" * (1 << 20)
                                                                                             + "</t></si>")}), "32767"),
    # workbook.xml lists one sheet's XML under two names: its tasks were imported twice over
    "xlsx-sheet-listed-twice": (lambda p: listed_twice(p / "2022年.xlsx", '<sheet name="水上救援" sheetId="1" r:id="rId1"/>'
                                                                      '<sheet name="水上救援(续)" sheetId="2" r:id="rId1"/>'),
                                "两次"),
    "xlsx-sheet-name-twice": (lambda p: listed_twice(p / "2022年.xlsx", '<sheet name="水上救援" sheetId="1" r:id="rId1"/>'
                                                                    '<sheet name="水上救援" sheetId="2" r:id="rId2"/>'),
                              "两次"),
    "ods-cell-of-a-megabyte": (lambda p: ods(p / "2022年.ods", ods_task_table(extra_rows="<table:table-row>" + ods_text(
        "x" * (1 << 20)) + "</table:table-row>")), "32767"),
}

SST = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{items}</sst>'


def listed_twice(path: Path, sheets: str) -> Path:
    xlsx(path, {"水上救援": f'<row r="1">{HEADER_ROW}</row>{TASK_ROW}', "b": f'<row r="1">{HEADER_ROW}</row>{TASK_ROW}'})
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["xl/workbook.xml"] = WORKBOOK.format(sheets=sheets).encode()
    return _zip(path, parts)


def boundsheet_past_the_end(path: Path) -> Path:
    data = bytearray(write_workbook(path, [canonical_sheet("水上救援", [["WZ1", "a", D(2022, 1, 1, 8), 1, 1, "甲", None]])])
                     .read_bytes())
    start = data.find(b"\x09\x08")  # the workbook BOF
    for pos, code, _length in _records(bytes(data[start:])):
        if code == 0x0085:  # BOUNDSHEET: the offset of the sheet's BOF first
            struct.pack_into("<I", data, start + pos + 4, 0x7FFFFFF0)
            break
    path.write_bytes(bytes(data))
    return path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


@pytest.mark.parametrize("case", list(OTHER))
def test_damaged_encrypted_and_disguised_files_are_refused_in_words(store, tmp_path, case, capfd):
    before = seeded(store, tmp_path)
    make, word = OTHER[case]
    error = refused(store, make(tmp_path), before)
    assert word in error, error
    assert "panicked" not in capfd.readouterr().err  # a Rust panic caught still prints its story on the terminal


def test_texts_are_measured_over_the_whole_file(store, tmp_path, monkeypatch):
    """The long texts of all parts add up: each sheet under the budget, together over it, is refused."""
    from wz_desktop.workbook import scan

    monkeypatch.setattr(scan, "MAX_LONG_TEXT", 300_000)
    before = seeded(store, tmp_path)
    texts = "".join(f'<row r="{r}"><c r="B{r}" t="inlineStr"><is><t>{"x" * 30_000}</t></is></c></row>' for r in range(3, 9))
    path = xlsx(tmp_path / "2022年.xlsx", {"城市搜救": f'<row r="1">{HEADER_ROW}</row>{TASK_ROW}{texts}',
                                           "水上救援": f'<row r="1">{HEADER_ROW}</row>{TASK_ROW}{texts}'},
                extra={"xl/sharedStrings.xml": SST.format(items="<si><t>" + "y" * 30_000 + "</t></si>" * 1)})
    error = refused(store, path, before)
    assert "长段文字" in error, error
    monkeypatch.setattr(scan, "MAX_LONG_TEXT", 600_000)  # all of it fits: read whole
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok, report.error


# --- in a process of its own: no abort, bounded memory ----------------------------------------------

def _bomb(path: Path, sheet_rows: str, member: str, head: bytes, unit: bytes, size: int, tail: bytes) -> Path:
    """A workbook one of whose parts is ``unit`` repeated to ``size`` bytes, written as it is packed."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES.format(sheets=SHEET_TYPE.format(n=1))),
                           ("_rels/.rels", ROOT_RELS),
                           ("xl/workbook.xml", WORKBOOK.format(sheets='<sheet name="水上救援" sheetId="1" r:id="rId1"/>')),
                           ("xl/_rels/workbook.xml.rels", BOOK_RELS.format(rels=SHEET_REL.format(n=1)))]:
            z.writestr(name, data)
        if member != "xl/worksheets/sheet1.xml":
            z.writestr("xl/worksheets/sheet1.xml", SHEET.format(rows=sheet_rows))
        with z.open(member, "w", force_zip64=True) as fh:
            fh.write(head)
            block = unit * ((4 << 20) // len(unit))
            for _ in range(size // len(block)):
                fh.write(block)
            fh.write(tail)
    return path


def _dense_texts(path: Path, rows: int) -> Path:
    """A1:Z``rows``, every cell the same shared string."""
    cells = [chr(65 + i) for i in range(26)]
    rels = BOOK_RELS.format(rels=SHEET_REL.format(n=1) + '<Relationship Id="rId9" Type="http://schemas.openxmlformats.'
                            'org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES.format(sheets=SHEET_TYPE.format(n=1)))
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK.format(sheets='<sheet name="水上救援" sheetId="1" r:id="rId1"/>'))
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr("xl/sharedStrings.xml", '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                           '<si><t>水上救援分队甲乙丙丁</t></si></sst>')
        head, tail = SHEET.split("{rows}")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(head.encode())
            for r in range(1, rows + 1):
                fh.write((f'<row r="{r}">' + "".join(f'<c r="{c}{r}" t="s"><v>0</v></c>' for c in cells)
                          + "</row>").encode())
            fh.write(tail.encode())
    return path


def _merges(path: Path, count: int) -> Path:
    head, tail = SHEET.split("{rows}")
    unit = b'<mergeCell ref="H3:I3"/>'
    return _bomb(path, "", "xl/worksheets/sheet1.xml", (head + TASK_ROW + "</sheetData><mergeCells>").encode(), unit,
                 count * len(unit), b"</mergeCells></worksheet>")


def _sheet_list(path: Path, count: int) -> Path:
    path = xlsx(path, {"水上救援": f'<row r="1">{HEADER_ROW}</row>{TASK_ROW}'})
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["xl/workbook.xml"] = WORKBOOK.format(sheets="".join(
        f'<sheet name="s{i}" sheetId="{i + 1}" r:id="rId1"/>' for i in range(count))).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def bombs(folder: Path) -> dict[str, Path]:
    """Files under 10 MB that unpack (or would be read) to gigabytes."""
    folder.mkdir(exist_ok=True)
    head, tail = SHEET.split("{rows}")
    out = {
        # 600 MB of cells, every one of them at A1: calamine would keep 30 million of them
        "sheet-bomb": _bomb(folder / "2022年（炸弹）.xlsx", "", "xl/worksheets/sheet1.xml", head.encode(),
                            b'<row r="1"><c r="A1"><v>1</v></c></row>', 600 << 20, tail.encode()),
        # 40 million shared strings, read whole when the workbook is opened
        "shared-strings-bomb": _bomb(folder / "2022年（字符串）.xlsx", TASK_ROW, "xl/sharedStrings.xml",
                                     b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
                                     b"<si><t>x</t></si>", 680 << 20, b"</sst>"),
        "far-xlsx": FAR["xlsx-value-at-XFD1048576"](folder),
        # 9 million cells of one value, from a few hundred bytes
        "repeated-ods": ods(folder / "2022年（重复）.ods", '<table:table table:name="水上救援"><table:table-row '
                            'table:number-rows-repeated="1000"><table:table-cell table:number-columns-repeated="9000" '
                            'office:value-type="float" office:value="1"/></table:table-row></table:table>'),
        "far-xls": far_xls(folder / "2022年（远）.xls"),
        # the shared strings claim 2^31 of them: calamine reserved room for all (51 GB) and aborted
        "shared-strings-count": xlsx(folder / "2022年（计数）.xlsx", {"水上救援": TASK_ROW}, extra={
            "xl/sharedStrings.xml": SST.replace("<sst ", '<sst count="2147483648" uniqueCount="2147483648" ').format(
                items="<si><t>甲</t></si>")}),
        "shared-strings-count-2^64": xlsx(folder / "2022年（计数64）.xlsx", {"水上救援": TASK_ROW}, extra={
            "xl/sharedStrings.xml": SST.replace("<sst ", '<sst uniqueCount="18446744073709551615" ').format(
                items="<si><t>甲</t></si>")}),
        # one cell of 50 MB of text in a 50 KB file: a gigabyte when read
        "cell-of-50MB": _bomb(folder / "2022年（长文字）.xlsx", "", "xl/worksheets/sheet1.xml",
                              (head + f'<row r="1">{HEADER_ROW}</row><row r="2"><c r="B2" t="inlineStr"><is><t>').encode(),
                              b"x" * 4096, 50 << 20, b"</t></is></c></row>" + tail.encode()),
        # 300 MB of spaces between two rows
        "padding": _bomb(folder / "2022年（空白）.xlsx", "", "xl/worksheets/sheet1.xml", (head + TASK_ROW).encode(),
                         b" " * 4096, 300 << 20, tail.encode()),
        # 1.5 million merged ranges: each a tuple in calamine and in Python
        "merged-ranges": _merges(folder / "2022年（合并）.xlsx", 1_500_000),
        # a million sheets listed in workbook.xml, parsed whole into a tree
        "sheet-list": _sheet_list(folder / "2022年（目录）.xlsx", 1_000_000),
        # 2.6 million cells each holding a text (one shared string): every cell a string in calamine and in Python
        "many-texts": _dense_texts(folder / "2022年（满）.xlsx", 99_999),
    }
    for p in out.values():
        assert p.stat().st_size < 10 << 20, (p, p.stat().st_size)
    return out


CHILD = textwrap.dedent("""
    import json, resource, sys
    from pathlib import Path
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))  # a runaway dies here, not the machine
    from wz_desktop.store import Store
    from wz_desktop.services.imports import import_workbook
    from wz_desktop.services.session import SYSTEM_SESSION
    with Store.open(Path(sys.argv[2])) as store:
        report = import_workbook(store, Path(sys.argv[1]), backup=False, session=SYSTEM_SESSION)
    # VmHWM: this process's own peak (ru_maxrss on Linux also counts what the parent held when it
    # started this process, hundreds of MB in a full test run)
    try:
        status = Path("/proc/self/status").read_text()
        peak = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))) // 1024
    except (OSError, StopIteration):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps({"ok": report.ok, "error": report.error, "peak_mb": peak}, ensure_ascii=False))
""")


@pytest.mark.slow
def test_bombs_are_refused_in_a_few_hundred_megabytes_at_most(tmp_path):
    for case, path in bombs(tmp_path / "bombs").items():
        db = tmp_path / f"{case}.db"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
        result = subprocess.run([sys.executable, "-c", CHILD, str(path), str(db)], capture_output=True, text=True,
                                encoding="utf-8", timeout=300, env=env)
        assert result.returncode == 0, f"{case}: the reading process died ({result.returncode}): {result.stderr[-2000:]}"
        outcome = json.loads(result.stdout.strip().splitlines()[-1])
        assert outcome["ok"] is False and CHINESE.search(outcome["error"]), (case, outcome)
        assert "未导入" in outcome["error"], (case, outcome)  # refused by the scan, before anything was read
        assert outcome["peak_mb"] < 500, (case, outcome)


@pytest.mark.slow
def test_the_biggest_sheet_read_stays_under_500_megabytes(tmp_path):
    """Just under MAX_VALUES cells, each a text: read whole (no task sheet in it), in bounded memory."""
    path = _dense_texts(tmp_path / "2022年.xlsx", 57_000)  # 1.48 million cells
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-c", CHILD, str(path), str(tmp_path / "x.db")], capture_output=True,
                            text=True, encoding="utf-8", timeout=300, env=env)
    assert result.returncode == 0, f"the reading process died ({result.returncode}): {result.stderr[-2000:]}"
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert "未导入" not in (outcome["error"] or ""), outcome  # read, not refused
    assert outcome["peak_mb"] < 500, outcome


@pytest.mark.slow  # a real process that must live
def test_the_command_line_refuses_a_cell_at_XFD1048576_and_lives(tmp_path):  # noqa: N802 (XFD1048576: the cell's name)
    home = tmp_path / "cli-home"
    home.mkdir()
    env = {**os.environ, "WZ_DESKTOP_HOME": str(home), "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "wz_desktop", *map(str, args)], env=env, cwd=home,
                              capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120)

    good = write_workbook(tmp_path / "2021年.xlsx", [canonical_sheet("城市搜救", [
        ["WZ2021-0001", "已有任务", D(2021, 1, 1, 10, 0), 5, 1, "甲分队", None]])])
    assert run("import", good).returncode == 0
    before = db_snapshot(home / "wanzhong.db")
    far = FAR["xlsx-only-cell-at-XFD1048576"](tmp_path)
    assert far.stat().st_size < 4096
    result = run("import", far)
    output = result.stdout + result.stderr
    assert result.returncode not in (0, -6, 134), output  # failed, in words; not aborted (SIGABRT)
    assert "Traceback" not in output and "panicked" not in output, output
    assert "XFD1048576" in result.stderr and CHINESE.search(result.stderr), output
    assert db_snapshot(home / "wanzhong.db") == before


def test_a_zip_that_understates_a_sheets_size_is_scanned_to_its_real_end(store, tmp_path):
    """The zip says the sheet's XML stops before its far cell (and gives the checksum of that much):
    Python's zipfile would read that much only; the scan unpacks what is really there."""
    before = seeded(store, tmp_path)
    path = FAR["xlsx-value-at-XFD1048576"](tmp_path)
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
        xml = z.read(info)
    short = xml.index(b'<row r="1048576">')
    crc = zlib.crc32(xml[:short])
    data = bytearray(path.read_bytes())
    struct.pack_into("<I", data, info.header_offset + 14, crc)
    struct.pack_into("<I", data, info.header_offset + 22, short)
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(b"xl/worksheets/sheet1.xml"))
    struct.pack_into("<I", data, central + 16, crc)
    struct.pack_into("<I", data, central + 24, short)
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as z:
        assert b"XFD1048576" not in z.read("xl/worksheets/sheet1.xml")  # what zipfile alone sees
    error = refused(store, path, before)
    assert "XFD1048576" in error, error


SWAPPING_CHILD = textwrap.dedent("""
    import json, os, resource, shutil, sys
    from pathlib import Path
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
    import python_calamine
    from wz_desktop.store import Store
    from wz_desktop.services.imports import import_workbook
    from wz_desktop.services.session import SYSTEM_SESSION
    original, far = Path(sys.argv[1]), Path(sys.argv[3])
    opened = python_calamine.CalamineWorkbook.from_path

    def from_path(path, *args, **kwargs):  # the file is saved again between the scan and the read
        shutil.copyfile(far, original)
        return opened(path, *args, **kwargs)

    python_calamine.CalamineWorkbook.from_path = from_path
    with Store.open(Path(sys.argv[2])) as store:
        report = import_workbook(store, original, backup=False, session=SYSTEM_SESSION)
    print(json.dumps({"ok": report.ok, "error": report.error, "added": report.added}, ensure_ascii=False))
""")


@pytest.mark.slow  # a real process that must live
def test_a_file_changing_while_it_is_read_is_read_as_it_was_scanned(tmp_path):
    """A cloud drive syncing the workbook, a program saving it again: the scan saw a harmless file,
    calamine must not read another (a cell at XFD1048576 aborted the process)."""
    harmless = xlsx(tmp_path / "2022年.xlsx", {"水上救援": f'<row r="1">{HEADER_ROW}</row>{TASK_ROW}'})
    (tmp_path / "far").mkdir()
    far = FAR["xlsx-value-at-XFD1048576"](tmp_path / "far")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-c", SWAPPING_CHILD, str(harmless), str(tmp_path / "x.db"), str(far)],
                            capture_output=True, text=True, encoding="utf-8", timeout=300, env=env)
    assert result.returncode == 0, f"the reading process died ({result.returncode}): {result.stderr[-2000:]}"
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["ok"] and outcome["added"] == 1, outcome  # the file as it was when the import began


def _skipped_entries(report) -> int:
    return sum(1 for e in report.entries if e.code == "skipped_row")


def test_a_merge_run_down_thousands_of_empty_rows_is_one_line_of_the_report(store, tmp_path):
    """The squad merged from the first task down to row 20,002, where a footer sits: the empty rows
    under the merge are one line (they were an entry each, and filling them took gigabytes at 860,000)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "水上救援"
    ws.append(["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"])
    ws.append(["WZ2022-0001", "星海湾落水救援", D(2022, 7, 1, 14, 30), 8, 2, "水上救援分队"])
    ws.merge_cells("F2:F20001")
    ws["A20002"] = "制表人：张三"
    path = tmp_path / "2022年.xlsx"
    wb.save(path)
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok and report.added == 1, report.error
    assert _skipped_entries(report) <= 3, [e.message for e in report.entries][:5]
    assert report.skipped >= 20_000


def test_thousands_of_rows_that_are_not_tasks_are_listed_up_to_a_limit_and_counted(store, tmp_path):
    notes = "".join(f'<row r="{r}"><c r="G{r}" t="inlineStr"><is><t>备注{r}</t></is></c></row>' for r in range(3, 3003))
    path = xlsx(tmp_path / "2022年.xlsx", {"水上救援": f'<row r="1">{HEADER_ROW}</row>{TASK_ROW}{notes}'})
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok and report.added == 1, report.error
    assert report.skipped == 3000
    assert 900 <= _skipped_entries(report) <= 1001, _skipped_entries(report)
    last = [e for e in report.entries if e.code == "skipped_row"][-1]
    assert "2000" in str(last.message) and "3002" in str(last.message), last.message  # the rest: counted, with where


def test_one_event_number_on_thousands_of_rows_costs_little(tmp_path):
    """Every row flagged as a duplicate named every other row: n² of text (10,000 rows: 4 GB)."""
    import tracemalloc

    from wz_desktop.workbook import importer

    rows = "".join(TASK_ROW.replace('r="2"', f'r="{r}"').replace("2>", f"{r}>").replace('r="A2"', f'r="A{r}"')
                   .replace('r="B2"', f'r="B{r}"').replace('r="C2"', f'r="C{r}"').replace('r="D2"', f'r="D{r}"')
                   .replace('r="E2"', f'r="E{r}"').replace('r="F2"', f'r="F{r}"') for r in range(2, 2002))
    path = xlsx(tmp_path / "2022年.xlsx", {"水上救援": f'<row r="1">{HEADER_ROW}</row>{rows}'})
    sheets = read_cells(path)
    tracemalloc.start()
    try:
        interpretation = importer.interpret(sheets, path.name, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(interpretation.batch) == 2000
    duplicates = [e for e in interpretation.report.entries if e.code == "duplicate_event_no"]
    assert len(duplicates) == 2000 and "2000" in str(duplicates[0].message)
    assert peak < 40 << 20, f"{peak >> 20} MB"
