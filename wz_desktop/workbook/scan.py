"""What a workbook file holds beyond what python-calamine says, and whether it is safe to read at all.

python-calamine allocates a sheet as one dense block from its first to its last cell: a 4 KB .xlsx
whose one cell sits at ``XFD1048576`` asks for 512 GB and the allocation failure aborts the process
(a Rust abort, not an exception). So before calamine opens a sheet the file is scanned, streaming,
for the real extent of its cells (never the size the file declares), for how much it unpacks to,
and for what calamine does not report: rows hidden in the file, formulas saved without their
results, merged ranges and text-only cells of .ods. A file that would need more than
:data:`MAX_CELLS` cells, or unpacks to more than :data:`MAX_PART_BYTES`, is refused in words.

One module per format: :mod:`.xlsx_scan`, :mod:`.ods_scan`, :mod:`.xls_scan`; this one holds what
they share.
"""
from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from wz_desktop.domain.text import msg
from wz_desktop.workbook.layout import column_letter

# A sheet is read as a dense block (rows x columns from A1): 32 bytes a cell in calamine and 8 in
# the Python lists (MAX_CELLS of them: about 100 MB), and each cell holding a value costs up to about
# 135 bytes more (a text: calamine's copy and Python's; MAX_VALUES of them: about 200 MB). With the
# process itself that stays under 500 MB. The 100,000-task workbook's biggest sheet has 224,000
# cells, a yearly workbook a few thousand.
MAX_CELLS = 2_600_000  # A1:Z99999 (26 x 99,999): what the cheap pass of an .xlsx proves without counting
MAX_VALUES = 1_500_000
# What one part of a zip (a sheet's XML, the shared strings, content.xml) may unpack to. The
# 100,000-task workbook's largest sheet is 20 MB; a file that unpacks beyond this is a zip bomb.
MAX_PART_BYTES = 512 << 20
# An .xlsx's sheets and shared strings are smaller (the 100,000-task workbook's biggest sheet is 12 MB,
# its strings 3 MB): beyond this their XML is refused (the reader's look at date formats reads one whole)
MAX_XLSX_PART = 128 << 20
# workbook.xml, styles.xml: a few kilobytes in most workbooks, a few megabytes with tens of thousands
# of styles or names; each is parsed whole (a tree of 600,000 sheet entries from 30 MB took 440 MB)
MAX_SMALL_PART = 16 << 20
MAX_MERGES = MAX_CELLS // 8  # merged ranges of one sheet (each a tuple in calamine and in Python)
# Text costs memory three to four times over (calamine's copy, Python's, what the import makes of
# it): a 50 MB cell packed into a 50 KB file took a gigabyte. So the stretches of text between two
# tags are measured as the parts are unpacked: one longer than MAX_TEXT_RUN is refused (Excel holds
# 32,767 characters a cell, at most about 200 KB written out), and those of LONG_TEXT bytes and more
# may not add up to more than MAX_LONG_TEXT in a file (the 100,000-task workbooks hold 1 MB of them).
# Shorter texts are bounded by the number of cells a sheet may hold.
MAX_TEXT_RUN = 256 << 10
MAX_LONG_TEXT = 48 << 20
LONG_TEXT = 64
CHUNK = 4 << 20  # parts are unpacked and scanned this much at a time: memory stays flat


class ScanRefusal(Exception):
    """The file is not safe or not complete to read; the message (a Text) says why, for people.
    ``whole``: the message names the file itself (else the reader puts the file's name before it)."""

    def __init__(self, text, whole: bool = False, detail: str | None = None) -> None:
        super().__init__(text)
        self.whole = whole
        self.detail = detail  # the technical reason (English), for the log and the detailed report


@dataclass
class SheetFacts:
    """What the scan found on one sheet, in the coordinates of SheetCells.rows (from A1, 0-based)."""

    hidden_rows: set[int] = field(default_factory=set)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # saved without a result
    # the workbook asks to be recalculated when opened (calcPr fullCalcOnLoad: xlsxwriter, openpyxl): the
    # results it saved were not computed by a spreadsheet (xlsxwriter saves 0 for each), so every formula
    # is in ``formulas``, its saved result ignored
    stale: bool = False
    # formulas whose saved result is the empty text (.xls: xlwt saves every formula so, Excel only those
    # that gave ""; .xlsx: <v></v>): the cell reads as empty, and the importer says so on a task's row
    empty_results: set[tuple[int, int]] = field(default_factory=set)
    merged: list[tuple[int, int, int, int]] | None = None  # None: calamine's are right (not .ods)
    # cells calamine reads as empty or otherwise than they say (.ods: a tab, a line break, a footnote)
    texts: dict[tuple[int, int], str] = field(default_factory=dict)
    # .ods: cells of ``texts`` holding elements programs show differently (a ruby reading, a field, a
    # footnote: ods_scan.cell_text), by the elements' names; the import flags their tasks
    odd_texts: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)
    # cells holding an error value ('#DIV/0!', '#N/A', 'Err:508'): calamine reads them as empty
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    # .ods only, when asked for (ods_scan.shown_numbers): the text a number cell shows ('015' for 15)
    shown: dict[tuple[int, int], str] = field(default_factory=dict)
    extent: tuple[int, int] = (0, 0)  # rows, columns of the cells with values, from A1 (an upper bound)


class _Inflated:
    """A zip member unpacked from its compressed bytes, however long the result: the size the zip
    declares is not trusted (Python's zipfile stops there; another reader might not)."""

    def __init__(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        self.fh = open(archive.filename, "rb")
        self.fh.seek(info.header_offset)
        header = self.fh.read(30)
        if len(header) < 30 or header[:4] != b"PK\x03\x04":
            self.fh.close()
            raise zipfile.BadZipFile("bad local header")
        name_len, extra_len = struct.unpack_from("<HH", header, 26)
        self.fh.seek(info.header_offset + 30 + name_len + extra_len)
        self.left = info.compress_size
        self.inflate = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
        self.tail = b""

    def read(self, n: int) -> bytes:
        while True:
            if self.tail:
                out = self.inflate.decompress(self.tail, n)
                self.tail = self.inflate.unconsumed_tail
                if out:
                    return out
            if self.left <= 0:
                return self.inflate.flush() if self.inflate is not None else b""
            block = self.fh.read(min(self.left, 1 << 20))
            if not block:
                raise EOFError("the zip member is cut short")
            self.left -= len(block)
            if self.inflate is None:
                return block
            out = self.inflate.decompress(block, n)
            self.tail = self.inflate.unconsumed_tail
            if out:
                return out

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.fh.close()


def open_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo | str):
    """A zip member to read in pieces: unpacked from its compressed bytes where it is stored or
    deflated (what spreadsheet programs write), through zipfile otherwise."""
    if isinstance(info, str):
        info = archive.getinfo(info)
    if info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) and archive.filename:
        return _Inflated(archive, info)
    return archive.open(info)


_LONG_RUN = re.compile(rb">([^<]{%d,})" % LONG_TEXT)  # a literal first: searched fast
_LONG_START = re.compile(rb"[^<]{%d,}" % LONG_TEXT)  # a piece that begins inside a text (a cut in a long one)


class TextBudget:
    """The long stretches of text of one file, added up over its parts as they are unpacked."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.left = MAX_LONG_TEXT

    def take(self, piece: bytes, part: str) -> None:
        start = _LONG_START.match(piece)
        sizes = [start.end()] if start else []
        sizes += [m.end(1) - m.start(1) for m in _LONG_RUN.finditer(piece)]
        for size in sizes:
            if size > MAX_TEXT_RUN:
                raise ScanRefusal(msg(
                    "文件“{name}”的“{part}”中有一段超过 {kb} KB 的连续文字（Excel 的一个单元格最多只能放 32767 个字符），"
                    "不像正常的工作簿（可能已损坏或是恶意构造的），未导入任何内容。",
                    name=self.name, part=part, kb=MAX_TEXT_RUN >> 10), whole=True)
            self.left -= size
        if self.left < 0:
            raise ScanRefusal(msg(
                "文件“{name}”中的长段文字解压后超过 {limit} MB，超出了能安全读取的范围，未导入任何内容。"
                "请把它拆成几个文件后再导入。", name=self.name, limit=MAX_LONG_TEXT >> 20), whole=True)


def chunks(fh, name: str, part: str, limit: int = MAX_PART_BYTES, end: bytes = b">",
           text: TextBudget | None = None) -> Iterator[bytes]:
    """A zip part unpacked in pieces of about CHUNK bytes, each cut just after the last ``end`` in it
    (a whole cell or row where one fits in four pieces). Refuses a part that unpacks beyond ``limit``,
    and (with ``text``) one whose texts are too long (see :class:`TextBudget`)."""
    for piece in _pieces(fh, name, part, limit, end):
        if text is not None:
            text.take(piece, part)
        yield piece


def _pieces(fh, name: str, part: str, limit: int, end: bytes) -> Iterator[bytes]:
    tail = b""
    total = 0
    while True:
        block = fh.read(CHUNK)
        if not block:
            if tail:
                yield tail
            return
        total += len(block)
        if total > limit:
            raise too_big(name, part, limit)
        data = tail + block
        cut = data.rfind(end)
        if cut >= 0:
            cut += len(end)
        elif len(data) < 4 * CHUNK:
            tail = data
            continue
        else:
            cut = data.rfind(b">") + 1 or len(data)
        yield data[:cut]
        tail = data[cut:]


def damaged_or_incomplete(name: str) -> str:
    """A file cut short or damaged on the way (a download or a copy not finished), with what to do."""
    return msg("文件“{name}”已损坏或不完整（可能没有下载或复制完），无法读取。请重新下载或复制一次；"
               "如果还是这样，请向发送人要一份完整的原文件。", name=name)


def damaged_xml(name: str) -> str:
    """A workbook whose XML is broken or cut short inside (.xlsx, .ods), with what to do."""
    return msg("文件“{name}”已损坏：内部的表格数据（XML）格式错误或不完整，无法读取。"
               "请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入；如果打不开，请向发送人要一份原文件。", name=name)


def damaged_records(name: str) -> str:
    """An .xls whose records are wrong inside, with what to do."""
    return msg("文件“{name}”已损坏：内部的记录有误，无法读取。请在 Excel 或 WPS 中打开它，"
               "另存为 .xlsx 后再导入；如果打不开，请向发送人要一份原文件。", name=name)


def cell_name(row: int, col: int) -> str:
    return f"{column_letter(col)}{row + 1}"


def too_far(sheet: str, far: tuple[int, int], extent: tuple[int, int]) -> ScanRefusal:
    rows, cols = extent
    return ScanRefusal(msg(
        "工作表“{sheet}”的单元格 {cell} 离表格其余部分太远：要读它，须按 {rows} 行 × {cols} 列（{cells} 个单元格）"
        "整块读取，超出了能安全读取的范围，未导入任何内容。请在 Excel 或 WPS 中删除该单元格（或多余的行列）后另存，再导入。",
        sheet=sheet, cell=cell_name(*far), rows=rows, cols=cols, cells=rows * cols))


def too_big(name: str, part: str, limit: int) -> ScanRefusal:
    return ScanRefusal(msg(
        "文件“{name}”中的“{part}”解压后超过 {limit} MB，不像正常的工作簿（可能是恶意构造的压缩文件），未导入任何内容。",
        name=name, part=part, limit=limit >> 20), whole=True)


def too_many_merges(sheet: str) -> ScanRefusal:
    return ScanRefusal(msg(
        "工作表“{sheet}”有超过 {limit} 个合并区域，超出了能安全读取的范围，未导入任何内容。请取消多余的合并单元格后另存，再导入。",
        sheet=sheet, limit=MAX_MERGES))


def too_many(sheet: str, cells: int) -> ScanRefusal:
    return ScanRefusal(msg(
        "工作表“{sheet}”有超过 {limit} 个有内容的单元格，超出了能安全读取的范围，未导入任何内容。请把它拆成几个工作表或几个文件后再导入。",
        sheet=sheet, limit=MAX_VALUES))


def check_extent(sheet: str, extent: tuple[int, int], far: tuple[int, int] | None) -> None:
    rows, cols = extent
    if rows * cols > MAX_CELLS:
        raise too_far(sheet, far if far is not None else (rows - 1, cols - 1), extent)


def apply(rows: list[list[Any]], facts: SheetFacts) -> list[list[Any]]:
    """Put the formula texts, error values and texts calamine missed into ``rows`` (grown where needed)."""
    extra = {**facts.texts, **facts.errors, **facts.formulas}
    if not extra:
        return rows
    height = max(r for r, _ in extra) + 1
    width = max(max(c for _, c in extra) + 1, max((len(row) for row in rows), default=0))
    if rows and len(rows[0]) < width or len(rows) < height:
        rows = [list(row) + [""] * (width - len(row)) for row in rows]
        rows.extend([""] * width for _ in range(height - len(rows)))
    for (r, c), text in extra.items():
        rows[r][c] = text
    return rows
