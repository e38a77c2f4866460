#!/usr/bin/env python3
"""A blind trial of hostile and damaged files against ``wz-desktop import`` (issue 10, item 4).

    PYTHONPATH=$PWD /work/main/.venv/bin/python bench/hostile_trial.py [--out DIR] [--only NAME ...] [--keep]

Each input below is built in DIR/files (python zipfile and struct, xlwt, openpyxl; LibreOffice where
a real program's output is wanted), then imported by the command line in a process of its own,
exactly as a user runs it:

    python -m wz_desktop --db CASE.db import FILE --report CASE.json      (and again with --lang en)

against a copy of a database holding one task, with an address-space limit of 4 GB (a runaway
dies there, not the machine) and a time limit of 120 s. Recorded for each input:

  refused     failed with a message in Chinese, the database exactly as before (every row of every table)
  imported    imported (tasks added, the report's counts)
  traceback   'Traceback' or a Rust 'panicked' in the output
  abort       the process killed by a signal (SIGABRT: a failed allocation in Rust)
  FAIL …      memory (peak RSS, from wait4) >= 500 MB, more than 60 s, a database changed on a refusal,
              an empty message or one left in Chinese under --lang en, a report over 200 lines or over 1 MB
              (plus 1 KB a task added: a task stored flagged has its entry),
              a secret (/etc/passwd) read through an external entity

Prints one line per input and exits 1 when any failed.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CJK = re.compile(r"[\u4e00-\u9fff]")
LIMIT_AS = 4 << 30
# the kinds of task are sheet names the user must type: an English message names them in Chinese
KINDS = ("水上救援", "城市搜救", "山地救援", "培训保障", "疫情防控", "队伍整备与设备保养")
TIMEOUT = 120

# --- hand-made .xlsx ------------------------------------------------------------------------------

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '</Types>')
ROOT_RELS = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" '
             f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
HEADER = ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]
TASK = ["WZ2022-0001", "星海湾落水救援", "2022-07-01 14:30", 8, 2, "水上救援分队"]


def col(c: int) -> str:
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def cell(r: int, c: int, v) -> str:
    ref = f"{col(c)}{r + 1}"
    if isinstance(v, (int, float)):
        return f'<c r="{ref}"><v>{v}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'


def row(r: int, values) -> str:
    return f'<row r="{r + 1}">' + "".join(cell(r, c, v) for c, v in enumerate(values) if v is not None) + "</row>"


TASK_ROWS = row(0, HEADER) + row(1, TASK)


def sheet_xml(rows: str, before: str = "", after: str = "", prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{MAIN}" xmlns:r="{REL}">{before}'
            f'<sheetData>{rows}</sheetData>{after}</worksheet>')


def xlsx(path: Path, sheets: dict[str, str] | list[tuple[str, str]], extra: dict[str, bytes | str] | None = None,
         workbook: str | None = None, rels: str | None = None, comment: bytes = b"", zip64: bool = False,
         compression=zipfile.ZIP_DEFLATED) -> Path:
    """sheets: name -> the whole sheet XML (or rows, wrapped by sheet_xml)."""
    items = list(sheets.items()) if isinstance(sheets, dict) else list(sheets)
    with zipfile.ZipFile(path, "w", compression) as z:
        z.comment = comment
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", workbook or (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            + "".join(f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>' for i, (n, _) in enumerate(items, 1))
            + "</sheets></workbook>"))
        z.writestr("xl/_rels/workbook.xml.rels", rels or (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
            + "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                      for i in range(1, len(items) + 1))
            + f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
            f'<Relationship Id="rIdT" Type="{REL}/styles" Target="styles.xml"/></Relationships>'))
        for i, (_, xml) in enumerate(items, 1):
            data = xml if xml.lstrip().startswith("<?xml") else sheet_xml(xml)
            if zip64:
                with z.open(f"xl/worksheets/sheet{i}.xml", "w", force_zip64=True) as fh:
                    fh.write(data.encode())
            else:
                z.writestr(f"xl/worksheets/sheet{i}.xml", data)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def streamed_member(path: Path, member: str, head: bytes, unit: bytes, size: int, tail: bytes,
                    others: dict[str, str], compression=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression, compresslevel=1 if compression == zipfile.ZIP_DEFLATED else None) as z:
        for name, data in others.items():
            z.writestr(name, data)
        with z.open(member, "w", force_zip64=True) as fh:
            fh.write(head)
            block = unit * max(1, (4 << 20) // len(unit))
            written = 0
            while written + len(block) <= size:
                fh.write(block)
                written += len(block)
            fh.write(unit * ((size - written) // len(unit)))
            fh.write(tail)
    return path


def base_parts(sheet_rows: str = TASK_ROWS, sst: str | None = None, styles: str | None = None,
               workbook: str | None = None) -> dict[str, str]:
    parts = {"[Content_Types].xml": CT, "_rels/.rels": ROOT_RELS,
             "xl/workbook.xml": workbook or (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" '
                                             f'xmlns:r="{REL}"><sheets><sheet name="水上救援" sheetId="1" r:id="rId1"/>'
                                             '</sheets></workbook>'),
             "xl/_rels/workbook.xml.rels": (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
                                            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                                            f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                                            f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/>'
                                            '</Relationships>'),
             "xl/worksheets/sheet1.xml": sheet_xml(sheet_rows)}
    if sst is not None:
        parts["xl/sharedStrings.xml"] = sst
    if styles is not None:
        parts["xl/styles.xml"] = styles
    return parts


def zip_parts(path: Path, parts: dict[str, str | bytes], compression=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol0 "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)) + "]>")
XXE = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
XXE_PARAM = '<!DOCTYPE r [<!ENTITY % ext SYSTEM "http://127.0.0.1:9/evil.dtd"> %ext;]>'
XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>'
STYLES = (f'{XML_DECL}<styleSheet xmlns="{MAIN}"><numFmts count="0"/><cellXfs count="1"><xf numFmtId="0"/></cellXfs>'
          '</styleSheet>')


def sst_of(strings: list[str], prolog: str = "", count: str | None = None) -> str:
    n = count or str(len(strings))
    return (f'{XML_DECL}{prolog}<sst xmlns="{MAIN}" count="{n}" uniqueCount="{n}">'
            + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>")


SST_ROWS = row(0, HEADER) + ('<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c>'
                             '<c r="C2" t="inlineStr"><is><t>2022-07-01 14:30</t></is></c><c r="D2"><v>8</v></c>'
                             '<c r="E2"><v>2</v></c><c r="F2" t="inlineStr"><is><t>水上救援分队</t></is></c></row>')


# --- hand-made .ods ---------------------------------------------------------------------------------

ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"')
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
            'xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>')


def ods_cell(v, attrs: str = "") -> str:
    if isinstance(v, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{v}"{attrs}><text:p>{v}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"{attrs}><text:p>{v}</text:p></table:table-cell>'


def ods_rows(rows) -> str:
    return "".join("<table:table-row>" + "".join(ods_cell(v) for v in r) + "</table:table-row>" for r in rows)


def ods_content(tables: str, prolog: str = "") -> str:
    return (f'{XML_DECL}{prolog}<office:document-content {ODS_NS} office:version="1.2"><office:body><office:spreadsheet>'
            f'{tables}</office:spreadsheet></office:body></office:document-content>')


def ods(path: Path, content: str | bytes, manifest: str = MANIFEST, content_compression=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", content, compress_type=content_compression)
    return path


TASK_TABLE = f'<table:table table:name="水上救援">{ods_rows([HEADER, TASK])}</table:table>'


# --- .xls --------------------------------------------------------------------------------------------

def xls(path: Path, rows=None, name: str = "水上救援") -> Path:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(name)
    for r, values in enumerate(rows or [HEADER, TASK]):
        for c, v in enumerate(values):
            if v is not None:
                ws.write(r, c, v)
    wb.save(str(path))
    return path


def _workbook_stream_span(data: bytes) -> int:
    return data.find(b"\x09\x08\x10\x00\x00\x06")  # BIFF8 BOF of the globals


def records(data: bytes, start: int):
    pos = start
    while pos + 4 <= len(data):
        code, length = struct.unpack_from("<HH", data, pos)
        yield pos, code, length
        if code == 0x000A and pos > start and False:
            break
        pos += 4 + length
        if code == 0 and length == 0:
            break


def patched_xls(path: Path, code_wanted: int, patch) -> Path:
    data = bytearray(xls(path).read_bytes())
    start = _workbook_stream_span(bytes(data))
    for pos, code, length in records(bytes(data), start):
        if code == code_wanted:
            patch(data, pos + 4, length)
            path.write_bytes(bytes(data))
            return path
    raise AssertionError(f"no record {code_wanted:#x}")


def sst_count_patch(data: bytearray, body: int, length: int) -> None:
    struct.pack_into("<II", data, body, 0xFFFFFFF0, 0xFFFFFFF0)


def sst_string_patch(data: bytearray, body: int, length: int) -> None:
    struct.pack_into("<H", data, body + 8, 0xFFFF)  # the first string's length: past the record's end


def dims_patch(data: bytearray, body: int, length: int) -> None:
    struct.pack_into("<IIHH", data, body, 0, 65536, 0, 256)


def boundsheet_patch(data: bytearray, body: int, length: int) -> None:
    struct.pack_into("<I", data, body, 0x7FFFFFF0)  # the sheet's BOF far past the stream


def cfb_loop(path: Path) -> Path:
    """An .xls whose FAT chains the Workbook stream's first sector to itself (a loop)."""
    data = bytearray(xls(path).read_bytes())
    sector_shift = struct.unpack_from("<H", data, 30)[0]
    ssz = 1 << sector_shift
    first_fat = struct.unpack_from("<I", data, 76)[0]
    dir_start = struct.unpack_from("<I", data, 48)[0]
    # the Workbook entry of the directory: its start sector
    d = 512 + dir_start * ssz
    for k in range(ssz // 128):
        entry = d + 128 * k
        name_len = struct.unpack_from("<H", data, entry + 64)[0]
        name = bytes(data[entry:entry + max(0, name_len - 2)]).decode("utf-16-le", "replace")
        if name in ("Workbook", "Book"):
            start = struct.unpack_from("<I", data, entry + 116)[0]
            fat = 512 + first_fat * ssz
            struct.pack_into("<I", data, fat + 4 * start, start)
            path.write_bytes(bytes(data))
            return path
    raise AssertionError("no Workbook entry")


def truncated(path: Path, source: Path, keep: float) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    source.unlink()
    return path


# --- LibreOffice ------------------------------------------------------------------------------------

def soffice(source: Path, fmt: str, out: Path) -> Path:
    tmp = out.parent / ("lo-" + out.stem)
    tmp.mkdir(exist_ok=True)
    profile = out.parent / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                    "--outdir", str(tmp), str(source)], capture_output=True, timeout=180, check=False)
    made = next(tmp.iterdir())
    shutil.move(str(made), out)
    shutil.rmtree(tmp)
    return out


# --- the inputs -----------------------------------------------------------------------------------------

def cases(folder: Path) -> dict[str, callable]:
    f = folder
    c: dict[str, callable] = {}

    # entities
    c["xlsx-billion-laughs-in-sheet"] = lambda: xlsx(f / "bl-sheet.xlsx", {"水上救援": sheet_xml(
        TASK_ROWS + row(2, ["WZ2022-0002", "&lol9;", "2022-07-02 10:00", 1, 1, "甲"]), prolog=LAUGHS)})
    c["xlsx-billion-laughs-in-sharedStrings"] = lambda: zip_parts(f / "bl-sst.xlsx", base_parts(
        SST_ROWS, sst=sst_of(["WZ2022-0001", "&lol9;"], prolog=LAUGHS)))
    c["xlsx-billion-laughs-in-workbook"] = lambda: zip_parts(f / "bl-book.xlsx", base_parts(
        workbook=f'{XML_DECL}{LAUGHS}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="&lol9;" sheetId="1" '
                 'r:id="rId1"/></sheets></workbook>'))
    c["xlsx-billion-laughs-in-styles"] = lambda: zip_parts(f / "bl-styles.xlsx", base_parts(
        row(0, HEADER) + '<row r="2"><c r="A2" t="inlineStr"><is><t>WZ1</t></is></c><c r="B2" t="inlineStr"><is><t>a'
        '</t></is></c><c r="C2" s="1"><v>44743.5</v></c></row>',
        styles=f'{XML_DECL}{LAUGHS}<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" '
               'formatCode="&lol9;"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>'))
    c["xlsx-xxe-in-sharedStrings"] = lambda: zip_parts(f / "xxe-sst.xlsx", base_parts(
        SST_ROWS, sst=sst_of(["WZ2022-0001", "&xxe;"], prolog=XXE)))
    c["xlsx-xxe-in-sheet"] = lambda: xlsx(f / "xxe-sheet.xlsx", {"水上救援": sheet_xml(
        TASK_ROWS + row(2, ["WZ2022-0002", "&xxe;", "2022-07-02 10:00", 1, 1, "甲"]), prolog=XXE)})
    c["xlsx-external-dtd-in-workbook"] = lambda: zip_parts(f / "xxe-book.xlsx", base_parts(
        workbook=f'{XML_DECL}{XXE_PARAM}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="水上救援" '
                 'sheetId="1" r:id="rId1"/></sheets></workbook>'))
    c["ods-billion-laughs"] = lambda: ods(f / "bl.ods", ods_content(
        f'<table:table table:name="水上救援">{ods_rows([HEADER, TASK, ["WZ2", "&lol9;", "2022-07-02 10:00", 1, 1, "甲"]])}'
        '</table:table>', prolog=LAUGHS))
    c["ods-xxe"] = lambda: ods(f / "xxe.ods", ods_content(
        f'<table:table table:name="水上救援">{ods_rows([HEADER, TASK, ["WZ2", "&xxe;", "2022-07-02 10:00", 1, 1, "甲"]])}'
        '</table:table>', prolog=XXE))
    c["fods-flat-xml"] = lambda: _text(f / "flat.fods", ods_content(TASK_TABLE).replace("office:document-content",
                                                                                        "office:document"))
    c["fods-renamed-ods"] = lambda: _text(f / "flat-named.ods", ods_content(TASK_TABLE, prolog=LAUGHS))

    # sizes that lie or are huge
    c["xlsx-sst-count-2^31"] = lambda: zip_parts(f / "sst-count.xlsx", base_parts(
        SST_ROWS, sst=sst_of(["WZ2022-0001", "星海湾"], count="2147483648")))
    c["xlsx-sst-count-2^64"] = lambda: zip_parts(f / "sst-count64.xlsx", base_parts(
        SST_ROWS, sst=sst_of(["WZ2022-0001", "星海湾"], count="18446744073709551615")))
    c["xlsx-one-cell-50MB-text"] = lambda: xlsx(f / "cell50.xlsx", {"水上救援": TASK_ROWS + row(2, [
        "WZ2022-0002", "x" * (50 << 20), "2022-07-02 10:00", 1, 1, "甲"])})
    c["xlsx-one-shared-string-400MB"] = lambda: streamed_member(
        f / "sst400.xlsx", "xl/sharedStrings.xml", f'{XML_DECL}<sst xmlns="{MAIN}"><si><t>WZ2022-0001</t></si><si><t>'.encode(),
        b"x" * 4096, 400 << 20, b"</t></si></sst>", base_parts(SST_ROWS))
    c["xlsx-one-inline-cell-400MB"] = lambda: streamed_member(
        f / "cell400.xlsx", "xl/worksheets/sheet1.xml",
        (sheet_xml(TASK_ROWS).split("</sheetData>")[0] + '<row r="3"><c r="B3" t="inlineStr"><is><t>').encode(),
        b"y" * 4096, 400 << 20, b"</t></is></c></row></sheetData></worksheet>",
        {k: v for k, v in base_parts().items() if k != "xl/worksheets/sheet1.xml"})
    c["xlsx-dimension-XFD1048576"] = lambda: xlsx(f / "dimension.xlsx", {"水上救援": sheet_xml(
        TASK_ROWS, before='<dimension ref="A1:XFD1048576"/>')})
    c["xlsx-million-merged-ranges"] = lambda: xlsx(f / "merged1m.xlsx", {"水上救援": sheet_xml(
        TASK_ROWS, after='<mergeCells count="1000000">' + "".join(
            f'<mergeCell ref="H{i}:I{i}"/>' for i in range(3, 1_000_003)) + "</mergeCells>")})
    c["xlsx-merge-over-the-whole-sheet"] = lambda: xlsx(f / "merged-all.xlsx", {"水上救援": sheet_xml(
        TASK_ROWS, after='<mergeCells count="2"><mergeCell ref="F2:F1048576"/><mergeCell ref="A3:XFD1048576"/></mergeCells>')})
    c["xlsx-merge-down-860k-empty-rows"] = lambda: xlsx(f / "merged-down.xlsx", {"水上救援": sheet_xml(
        row(0, ["事件编号", "出队时间", "分队名称"]) + row(1, ["WZ2022-0001", "2022-07-01 14:30", "水上救援分队"])
        + row(859_999, ["x"]), after='<mergeCells count="1"><mergeCell ref="C2:C860000"/></mergeCells>')})
    c["xlsx-million-empty-rows"] = lambda: xlsx(f / "empty-rows.xlsx", {"水上救援": TASK_ROWS + "".join(
        f'<row r="{r}"><c r="A{r}" s="0"/></row>' for r in range(3, 1_000_003))})
    c["xlsx-200k-junk-rows"] = lambda: xlsx(f / "junk-rows.xlsx", {"水上救援": TASK_ROWS + "".join(
        f'<row r="{r}"><c r="G{r}" t="inlineStr"><is><t>备注{r}</t></is></c></row>' for r in range(3, 200_003))})
    c["xlsx-10000-sheets"] = lambda: xlsx(f / "sheets10k.xlsx", [(f"水上救援({i})", TASK_ROWS) for i in range(10_000)])
    c["xlsx-sheet-listed-twice"] = lambda: zip_parts(f / "twice.xlsx", base_parts(workbook=(
        f'{XML_DECL}<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="水上救援" sheetId="1" r:id="rId1"/>'
        '<sheet name="水上救援(续)" sheetId="2" r:id="rId1"/><sheet name="水上救援" sheetId="3" r:id="rId1"/></sheets></workbook>')))
    c["xlsx-row-0"] = lambda: xlsx(f / "row0.xlsx", {"水上救援": TASK_ROWS + '<row r="0"><c r="A0"><v>1</v></c></row>'})
    c["xlsx-row-4294967297"] = lambda: xlsx(f / "row-overflow.xlsx", {"水上救援": TASK_ROWS +
                                            '<row r="4294967297"><c r="A4294967297"><v>1</v></c></row>'})
    c["xlsx-column-XFE-and-lowercase"] = lambda: xlsx(f / "badcols.xlsx", {"水上救援": TASK_ROWS +
                                                      '<row r="3"><c r="XFE3"><v>1</v></c><c r="h3"><v>2</v></c>'
                                                      '<c r="AAAA3"><v>3</v></c></row>'})
    c["xlsx-deep-nesting"] = lambda: xlsx(f / "deep.xlsx", {"水上救援": sheet_xml(
        TASK_ROWS, after="<extLst>" + "<x>" * 200_000 + "</x>" * 200_000 + "</extLst>")})

    # the zip itself
    c["zip-dotdot-member"] = lambda: xlsx(f / "dotdot.xlsx", {"水上救援": TASK_ROWS},
                                          extra={"../../../../tmp/hostile-evil.txt": "evil", "/etc/evil": "x"})
    c["zip-duplicate-sheet-far-first"] = lambda: _dup(f / "dup1.xlsx", far_first=True)
    c["zip-duplicate-sheet-far-last"] = lambda: _dup(f / "dup2.xlsx", far_first=False)
    c["zip64-members"] = lambda: xlsx(f / "zip64.xlsx", {"水上救援": TASK_ROWS}, zip64=True)
    c["zip-comment-64KB"] = lambda: xlsx(f / "comment.xlsx", {"水上救援": TASK_ROWS}, comment=b"C" * 65535)
    c["zip-stored-300MB-sheet"] = lambda: streamed_member(
        f / "stored300.xlsx", "xl/worksheets/sheet1.xml", sheet_xml(TASK_ROWS).split("</sheetData>")[0].encode(),
        b" " * 4096, 300 << 20, b"</sheetData></worksheet>",
        {k: v for k, v in base_parts().items() if k != "xl/worksheets/sheet1.xml"}, compression=zipfile.ZIP_STORED)
    c["zip-deflated-300MB-whitespace"] = lambda: streamed_member(
        f / "ws300.xlsx", "xl/worksheets/sheet1.xml", sheet_xml(TASK_ROWS).split("</sheetData>")[0].encode(),
        b" " * 4096, 300 << 20, b"</sheetData></worksheet>",
        {k: v for k, v in base_parts().items() if k != "xl/worksheets/sheet1.xml"})
    c["zip-wrong-crc-only"] = lambda: _bad_crc(f / "crc.xlsx")
    c["zip-bzip2-sheet"] = lambda: zip_parts(f / "bzip2.xlsx", base_parts(), compression=zipfile.ZIP_BZIP2)
    c["xlsx-truncated-half"] = lambda: truncated(f / "half.xlsx", xlsx(f / "half-src.xlsx", {"水上救援": TASK_ROWS}), 0.5)
    c["xlsx-missing-sheet-part"] = lambda: zip_parts(f / "nosheet.xlsx", {k: v for k, v in base_parts().items()
                                                                          if k != "xl/worksheets/sheet1.xml"})
    c["xlsx-no-content-types"] = lambda: zip_parts(f / "noct.xlsx", {k: v for k, v in base_parts().items()
                                                                     if k != "[Content_Types].xml"})

    # other kinds of file, right and wrong names
    c["xlsb-named-xlsb"] = lambda: zip_parts(f / "book.xlsb", {"[Content_Types].xml": CT, "xl/workbook.bin": b"\x83\x01\x00"})
    c["xlsb-named-xlsx"] = lambda: zip_parts(f / "xlsb.xlsx", {"[Content_Types].xml": CT, "xl/workbook.bin": b"\x83\x01\x00",
                                                                "xl/worksheets/sheet1.bin": b"\x00" * 64})
    c["xlsm-macro-workbook"] = lambda: xlsx(f / "macro.xlsm", {"水上救援": TASK_ROWS}, extra={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\0" * 508})
    c["xltx-template"] = lambda: xlsx(f / "template.xltx", {"水上救援": TASK_ROWS})
    c["wps-et-named-et"] = lambda: _renamed(xls(f / "et-src.xls"), f / "wps.et")
    c["xls-named-xlsx"] = lambda: _renamed(xls(f / "xls-src.xls"), f / "really-xls.xlsx")
    c["xlsx-named-xls"] = lambda: _renamed(xlsx(f / "xlsx-src.xlsx", {"水上救援": TASK_ROWS}), f / "really-xlsx.xls")
    c["ods-named-xlsx"] = lambda: _renamed(ods(f / "ods-src.ods", ods_content(TASK_TABLE)), f / "really-ods.xlsx")
    c["strict-ooxml"] = lambda: _strict(f / "strict.xlsx")
    c["libreoffice-xlsx"] = lambda: soffice(xls(f / "lo-src.xls"), "xlsx", f / "libreoffice.xlsx")
    c["libreoffice-ods"] = lambda: soffice(xls(f / "lo-src2.xls"), "ods", f / "libreoffice.ods")

    # .xls damage
    c["xls-sst-count-2^32"] = lambda: patched_xls(f / "sst-count.xls", 0x00FC, sst_count_patch)
    c["xls-sst-string-past-the-end"] = lambda: patched_xls(f / "sst-string.xls", 0x00FC, sst_string_patch)
    c["xls-dimensions-IV65536"] = lambda: patched_xls(f / "dims.xls", 0x0200, dims_patch)
    c["xls-boundsheet-past-the-end"] = lambda: patched_xls(f / "boundsheet.xls", 0x0085, boundsheet_patch)
    c["xls-fat-loop"] = lambda: cfb_loop(f / "fatloop.xls")
    c["xls-truncated-half"] = lambda: truncated(f / "half.xls", xls(f / "half-src.xls"), 0.5)
    c["xls-random-after-header"] = lambda: _write(f / "random.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(20000))

    # .ods shapes
    c["ods-repeats-inside-merged-cells"] = lambda: ods(f / "merged-repeat.ods", ods_content(
        f'<table:table table:name="水上救援">{ods_rows([HEADER, TASK])}<table:table-row table:number-rows-repeated="1000">'
        '<table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="2" '
        'table:number-columns-repeated="16000" office:value-type="string"><text:p>甲</text:p></table:table-cell>'
        '</table:table-row></table:table>'))
    c["ods-span-past-the-sheet"] = lambda: ods(f / "span.ods", ods_content(
        f'<table:table table:name="水上救援">{ods_rows([HEADER])}<table:table-row>'
        + "".join(ods_cell(v) for v in TASK[:5])
        + '<table:table-cell table:number-columns-spanned="2000000000" table:number-rows-spanned="2000000000" '
          'office:value-type="string"><text:p>水上救援分队</text:p></table:table-cell>'
          '<table:covered-table-cell table:number-columns-repeated="2000000000"/></table:table-row>'
          '<table:table-row table:number-rows-repeated="2000000000"><table:covered-table-cell '
          'table:number-columns-repeated="2000000000"/></table:table-row></table:table>'))
    c["ods-2e9-empty-cells-in-a-row"] = lambda: ods(f / "empties.ods", ods_content(
        f'<table:table table:name="水上救援">{ods_rows([HEADER])}<table:table-row>'
        + "".join(ods_cell(v) for v in TASK)
        + '<table:table-cell table:number-columns-repeated="2000000000"/></table:table-row></table:table>'))
    c["ods-encrypted"] = lambda: ods(f / "encrypted.ods", os.urandom(4000), manifest=MANIFEST.replace(
        'manifest:media-type="text/xml"/>', 'manifest:media-type="text/xml" manifest:size="9000"><manifest:encryption-data '
        'manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name='
        '"Blowfish CFB" manifest:initialisation-vector="AAAA"/><manifest:key-derivation manifest:key-derivation-name='
        '"PBKDF2" manifest:iteration-count="1024" manifest:salt="AAAA"/></manifest:encryption-data></manifest:file-entry>'),
        content_compression=zipfile.ZIP_STORED)
    c["ods-merged-squads"] = lambda: ods(f / "merged-squads.ods", ods_content(
        f'<table:table table:name="水上救援">{ods_rows([HEADER])}<table:table-row>'
        + "".join(ods_cell(v) for v in TASK[:5])
        + ods_cell("水上救援分队", ' table:number-rows-spanned="2"') + '</table:table-row><table:table-row>'
        + "".join(ods_cell(v) for v in ["WZ2022-0002", "第二起", "2022-07-02 10:00", 3, 1])
        + '<table:covered-table-cell/></table:table-row></table:table>'))

    # the file system
    c["path-non-ascii-and-spaces"] = lambda: xlsx(_mkdir(f / "任务 表 (副本)") / "2022年 水上 救援（最终版）.xlsx",
                                                  {"水上救援": TASK_ROWS})
    c["file-unreadable"] = lambda: _unreadable(xlsx(f / "locked.xlsx", {"水上救援": TASK_ROWS}))
    c["file-changing-while-read"] = lambda: _changing(f / "changing.xlsx")
    c["file-is-a-fifo"] = lambda: _fifo(f / "fifo.xlsx")
    c["file-is-dev-zero-link"] = lambda: _symlink(f / "zero.xlsx", "/dev/zero")

    # odd cells
    c["header-32767-characters"] = lambda: xlsx(f / "longheader.xlsx", {"水上救援": row(0, HEADER + ["备" * 32767])
                                                                         + row(1, TASK)})
    c["formula-8000-characters-no-result"] = lambda: xlsx(f / "longformula.xlsx", {"水上救援": TASK_ROWS.replace(
        '<c r="D2"><v>8</v></c>', '<c r="D2"><f>' + "+".join(["1"] * 4000) + '</f></c>')})
    c["cells-with-nul-and-control-chars"] = lambda: xlsx(f / "control.xlsx", {"水上救援": TASK_ROWS + row(2, [
        "WZ2022-0002", "a&#0;b\x01c\x1b[31mRED\x1b]0;owned\x07", "2022-07-02 10:00", 1, 1, "甲\x00乙"])})
    c["xls-cells-with-control-chars"] = lambda: xls(f / "control.xls", [HEADER, TASK, [
        "WZ2022-0002", "a\x00b\x01c\x1b[2J\x1b]0;owned\x07", "2022-07-02 10:00", 1, 1, "甲"]])
    c["xlsx-invalid-utf8"] = lambda: _raw_sheet(f / "badutf8.xlsx", sheet_xml(TASK_ROWS).encode().replace(
        "星海湾".encode(), b"\xff\xfe\xc3("))
    c["xlsx-utf16-sheet"] = lambda: _raw_sheet(f / "utf16.xlsx", sheet_xml(TASK_ROWS).replace(
        'encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    return c


def _text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _mkdir(path: Path) -> Path:
    path.mkdir(exist_ok=True)
    return path


def _renamed(source: Path, target: Path) -> Path:
    source.rename(target)
    return target


def _raw_sheet(path: Path, sheet: bytes) -> Path:
    parts: dict[str, str | bytes] = dict(base_parts())
    parts["xl/worksheets/sheet1.xml"] = sheet
    return zip_parts(path, parts)


def _dup(path: Path, far_first: bool) -> Path:
    """Two members named xl/worksheets/sheet1.xml: one harmless, one with a value at XFD1048576."""
    far = sheet_xml(TASK_ROWS + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    good = sheet_xml(TASK_ROWS)
    parts = base_parts()
    del parts["xl/worksheets/sheet1.xml"]
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                z.writestr(name, data)
            for data in ([far, good] if far_first else [good, far]):
                z.writestr("xl/worksheets/sheet1.xml", data)
    return path


def _bad_crc(path: Path) -> Path:
    xlsx(path, {"水上救援": TASK_ROWS})
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray(path.read_bytes())
    struct.pack_into("<I", data, info.header_offset + 14, info.CRC ^ 0xFFFF)
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(b"xl/worksheets/sheet1.xml"))
    struct.pack_into("<I", data, central + 16, info.CRC ^ 0xFFFF)
    path.write_bytes(bytes(data))
    return path


def _strict(path: Path) -> Path:
    """A Strict OOXML workbook (what Excel writes as 'Strict Open XML Spreadsheet')."""
    smain = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    srel = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    parts = {
        "[Content_Types].xml": CT,
        "_rels/.rels": (f'{XML_DECL}<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{srel}/officeDocument" '
                        'Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (f'{XML_DECL}<workbook xmlns="{smain}" xmlns:r="{srel}" conformance="strict"><sheets>'
                            '<sheet name="水上救援" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (f'{XML_DECL}<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                                       f'Type="{srel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": sheet_xml(TASK_ROWS).replace(MAIN, smain).replace(REL, srel),
    }
    return zip_parts(path, parts)


def _unreadable(path: Path) -> Path:
    os.chmod(path, 0)
    return path


def _changing(path: Path) -> Path:
    """Made at run time by run_case: a harmless workbook rewritten with a far cell again and again."""
    xlsx(path, {"水上救援": TASK_ROWS})
    return path


def _fifo(path: Path) -> Path:
    if path.exists():
        path.unlink()
    os.mkfifo(path)
    return path


def _symlink(path: Path, target: str) -> Path:
    if path.is_symlink() or path.exists():
        path.unlink()
    path.symlink_to(target)
    return path


# --- running ----------------------------------------------------------------------------------------------

def snapshot(db: Path) -> dict:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE "
                                             "'sqlite_%' AND name NOT LIKE 'tasks_fts%' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def task_count(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM tasks").fetchone()[0]
    finally:
        conn.close()


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_AS, LIMIT_AS))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run_cli(args: list[str], env: dict, cwd: Path) -> dict:
    start = time.monotonic()
    proc = subprocess.Popen([PYTHON, "-m", "wz_desktop", *args], env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, preexec_fn=_limit)
    out: dict[str, bytes] = {}

    def drain(name, stream):
        out[name] = stream.read()

    readers = [threading.Thread(target=drain, args=(n, s)) for n, s in (("out", proc.stdout), ("err", proc.stderr))]
    for t in readers:
        t.start()
    status, usage, hung = None, None, False
    deadline = start + TIMEOUT
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            hung = True
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.05)
    proc.returncode = os.waitstatus_to_exitcode(status)
    for t in readers:
        t.join()
    return {"rc": proc.returncode, "hung": hung, "seconds": time.monotonic() - start, "peak_mb": usage.ru_maxrss // 1024,
            "stdout": out["out"].decode("utf-8", "replace"), "stderr": out["err"].decode("utf-8", "replace")}


def judge(name: str, path: Path, work: Path, base_db: Path, env: dict) -> dict:
    db = work / f"{name}.db"
    for suffix in ("", "-wal", "-shm"):
        if Path(str(base_db) + suffix).exists():
            shutil.copy(str(base_db) + suffix, str(db) + suffix)
    before = snapshot(db)
    report_path = work / f"{name}.json"
    changer = None
    stop = threading.Event()
    if name == "file-changing-while-read":
        changer = threading.Thread(target=_keep_changing, args=(path, stop), daemon=True)
        changer.start()
    r = run_cli(["--db", str(db), "import", str(path), "--report", str(report_path)], env, work)
    stop.set()
    if changer:
        changer.join()
        xlsx(path, {"水上救援": TASK_ROWS})
    output = r["stdout"] + r["stderr"]
    fails = []
    if r["hung"]:
        outcome = "hang"
        fails.append(f"no answer in {TIMEOUT} s")
    elif r["rc"] < 0:
        outcome = f"abort ({signal.Signals(-r['rc']).name})"
        fails.append("aborted")
    elif "Traceback" in output or "panicked" in output:
        outcome = "traceback"
        fails.append("traceback")
    elif r["rc"] == 0:
        outcome = "imported"
    else:
        outcome = "refused"
    added = None
    lines = len(output.splitlines())
    report_bytes = report_path.stat().st_size if report_path.exists() else 0
    if report_path.exists():
        try:
            files = json.loads(report_path.read_text(encoding="utf-8"))["files"]
            added = files[0].get("added")
            error = files[0].get("error") or ""
        except (ValueError, KeyError, IndexError):
            error = ""
    else:
        error = ""
    after_tasks = task_count(db) if db.exists() else None
    if outcome == "refused":
        if snapshot(db) != before:
            fails.append("database changed on a refusal")
        if not CJK.search(r["stderr"]) or not error.strip():
            fails.append("no message in Chinese")
        if "内部错误" in output:
            fails.append("an internal error, not a refusal in words")
        # the same in English: nothing Chinese left but the file's name
        english = run_cli(["--lang", "en", "--db", str(db), "import", str(path)], env, work)
        said = english["stdout"] + english["stderr"]
        for part in (str(path), path.name, path.parent.name, *KINDS):
            said = said.replace(part, "")
        said = re.sub(r'"[^"\n]*"', "", said)  # quoted names (a sheet's, the file's) are the user's own words
        left = CJK.findall(said)
        if left:
            fails.append("Chinese left in English: " + "".join(left)[:40])
    if outcome == "imported" and added is not None and after_tasks is not None and after_tasks - 1 != added:
        fails.append(f"report says {added} added, database has {after_tasks - 1} more")
    if r["peak_mb"] >= 500:
        fails.append(f"peak {r['peak_mb']} MB")
    if r["seconds"] > 60:
        fails.append(f"{r['seconds']:.0f} s")
    # a task stored flagged has its entry (10,000 tasks sharing one number: 10,000 entries); beyond
    # those the report stays under a megabyte, however many rows the file has
    if lines > 200 or report_bytes > (1 << 20) + 1000 * (added or 0):
        fails.append(f"report too big ({lines} lines, {report_bytes} bytes)")
    if "root:x:0:0" in output or (report_path.exists() and "root:x:0:0" in report_path.read_text(errors="replace")):
        fails.append("/etc/passwd leaked")
    if db.exists():
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            dumped = "\n".join(conn.iterdump())
        finally:
            conn.close()
        if "root:x:0:0" in dumped:
            fails.append("/etc/passwd stored")
    if Path("/tmp/hostile-evil.txt").exists():
        fails.append("a zip member written outside")
    first_line = (error or r["stderr"].strip() or r["stdout"].strip()).splitlines()[0][:150] if (
        error or output.strip()) else ""
    return {"name": name, "outcome": outcome, "added": added, "fails": fails, "peak_mb": r["peak_mb"],
            "seconds": round(r["seconds"], 2), "size": _size(path), "lines": lines, "report_bytes": report_bytes,
            "message": first_line, "tail": output[-1500:] if fails else ""}


def _size(path: Path) -> int:
    try:
        return path.lstat().st_size if path.is_symlink() else path.stat().st_size
    except OSError:
        return -1


def _keep_changing(path: Path, stop: threading.Event) -> None:
    good = path.read_bytes()
    far = xlsx(path.with_name("changing-far.xlsx"), {"水上救援": TASK_ROWS + '<row r="1048576"><c r="XFD1048576"><v>1</v>'
                                                                      '</c></row>'}).read_bytes()
    tmp = path.with_name("changing.tmp")
    k = 0
    while not stop.is_set():
        tmp.write_bytes(far if k % 2 else good)
        os.replace(tmp, path)
        k += 1
        time.sleep(0.001)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "bench" / "out" / "hostile"))
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--keep", action="store_true", help="keep the files built before (faster re-runs)")
    parser.add_argument("--build", help=argparse.SUPPRESS)  # one file, in a process of its own: prints its path
    args = parser.parse_args()
    out = Path(args.out)
    files = out / "files"
    if args.build:
        print(cases(files)[args.build]())
        return 0
    work = out / "work"
    if not args.keep and files.exists():
        for p in files.iterdir():
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink()
    files.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    home = out / "home"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen",
           "WZ_DESKTOP_HOME": str(home)}
    base_db = work / "base.db"
    seed = xls(work / "seed.xls", [HEADER, ["WZ2021-0001", "已有任务", "2021-01-01 10:00", 5, 1, "甲分队"]], name="城市搜救")
    made = run_cli(["--db", str(base_db), "import", str(seed)], env, work)
    assert made["rc"] == 0 and task_count(base_db) == 1, made
    results = []
    failed = 0
    for name in cases(files):
        if args.only and not any(o in name for o in args.only):
            continue
        built = subprocess.run([PYTHON, __file__, "--out", str(out), "--build", name], capture_output=True, text=True,
                               env=env, timeout=600)
        if built.returncode != 0:
            print(f"{name:42} NOT BUILT: {built.stderr.strip().splitlines()[-1:]}", flush=True)
            continue
        path = Path(built.stdout.strip().splitlines()[-1])
        result = judge(name, path, work, base_db, env)
        results.append(result)
        failed += bool(result["fails"])
        mark = "FAIL " + "; ".join(result["fails"]) if result["fails"] else "ok"
        print(f"{name:42} {result['outcome']:10} {result['peak_mb']:5} MB {result['seconds']:6.1f} s  "
              f"{mark}  | {result['message'][:110]}", flush=True)
        if result["fails"] and result["tail"]:
            print("    " + result["tail"][-600:].replace("\n", "\n    "), flush=True)
        (work / f"{name}.db").unlink(missing_ok=True)
    (out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\n{len(results)} inputs, {failed} failed; results in {out / 'results.json'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
