"""The .xls side of :mod:`.scan`: the BIFF records of the Workbook stream, walked once.

A sheet of an .xls can reach IV65536 (16.7 million cells: 540 MB in calamine, more in Python)
from a file of a few kilobytes, whatever its DIMENSIONS record says. The walk reads each sheet's
cell records (their row and column: the first four bytes of every one of them) and ROW records (a
row of height zero is hidden), and notices a FILEPASS record (the file is encrypted). An .xls
always holds its formulas' results; those that are error values ('#DIV/0!', and error constants),
which calamine reads as empty cells, are collected. Encrypted .xlsx files
are compound documents too (an ``EncryptedPackage`` stream): they are refused here in words.
"""
from __future__ import annotations

import functools
import io
import struct
from pathlib import Path

from wz_desktop.domain.text import msg
from wz_desktop.workbook.scan import (
    MAX_VALUES, ScanRefusal, SheetFacts, check_extent, damaged_or_incomplete, damaged_records, too_many,
)

_VALUE_RECORDS = {0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x0006, 0x0206, 0x0406, 0x00D6,  # NUMBER … RSTRING
                  0x0003, 0x0004, 0x0005, 0x0002, 0x0007}  # BIFF2 NUMBER, LABEL, BOOLERR, INTEGER, STRING
_BOOLERR, _FORMULA = 0x0205, 0x0006
# the error values of BOOLERR and FORMULA records (calamine reads them as empty cells)
ERROR_CODES = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!",
               0x2A: "#N/A"}
_MULRK, _ROW, _BOF, _EOF, _FILEPASS, _BOUNDSHEET = 0x00BD, 0x0208, 0x0809, 0x000A, 0x002F, 0x0085
_DIMENSIONS, _SST, _CONTINUE = 0x0200, 0x00FC, 0x003C
# the grid of an .xls sheet (BIFF8): a DIMENSIONS record holding more cells than it is damage
XLS_ROWS, XLS_COLS = 65536, 256


def _damaged(name: str) -> ScanRefusal:
    return ScanRefusal(damaged_or_incomplete(name), whole=True)


def _bad_records(name: str, detail: str) -> ScanRefusal:
    """A record whose numbers cannot be (calamine would set aside room for billions of cells or strings)."""
    return ScanRefusal(damaged_records(name), whole=True, detail=detail)


def encrypted(name: str) -> ScanRefusal:
    return ScanRefusal(msg("文件“{name}”设置了打开密码（已加密），无法读取。请在 Excel 或 WPS 中打开它，取消密码后另存，再导入。",
                           name=name), whole=True)


def _stream(path: Path) -> bytes:
    from xlrd import compdoc

    data = path.read_bytes()
    try:
        doc = compdoc.CompDoc(data, logfile=io.StringIO())
    except Exception as exc:
        raise _damaged(path.name) from exc
    for name in ("EncryptedPackage", "EncryptionInfo"):
        try:
            if doc.get_named_stream(name) is not None:
                raise encrypted(path.name)
        except ScanRefusal:
            raise
        except Exception:  # noqa: BLE001 (a stream that cannot be read is no sign of encryption; the read says what is wrong)
            pass
    for name in ("Workbook", "Book"):
        try:
            stream = doc.get_named_stream(name)
        except Exception as exc:
            raise _damaged(path.name) from exc
        if stream is not None:
            return stream
    raise ScanRefusal(msg("文件“{name}”不是 Excel 工作簿（里面没有工作表数据），无法读取。", name=path.name), whole=True)


def scan(path: Path) -> dict[str, SheetFacts]:
    """Hidden rows by sheet name; ScanRefusal for an encrypted file or a sheet beyond MAX_CELLS."""
    stream = _stream(path)
    unpack = struct.unpack_from
    size = len(stream)
    names: dict[int, str] = {}  # offset of a sheet's BOF -> its name
    others: dict[int, str] = {}  # the same, of the sheets that are not worksheets
    biff8 = True
    pos = 0
    # the globals: sheet names and where each sheet starts, and FILEPASS
    while pos + 4 <= size:
        code, length = unpack("<HH", stream, pos)
        body = pos + 4
        if code == _BOF and pos == 0 and length >= 2:
            biff8 = unpack("<H", stream, body)[0] == 0x0600
        elif code == _FILEPASS:
            raise encrypted(path.name)
        elif code == _SST and length >= 8 and _sst_overstated(stream, body, length):
            raise _bad_records(path.name, f"SST at {pos}: {struct.unpack_from('<i', stream, body + 4)[0]} strings "
                                          "declared, more than its records can hold")
        elif code == _BOUNDSHEET and length >= 8:
            offset, _state, kind = unpack("<IBB", stream, body)
            if kind == 0:
                names[offset] = _sheet_name(stream[body + 6:body + length], biff8)
            else:  # a macro, chart or VBA sheet: calamine reads its records too
                others[offset] = _sheet_name(stream[body + 6:body + length], biff8)
        elif code == _EOF:
            _check_end(stream, body + length, path.name, "the workbook's globals")
            break
        pos = body + length
    found: dict[str, SheetFacts] = {}
    if any(start + 4 > size for start in names):
        raise _damaged(path.name)  # a sheet said to begin past the end (calamine panics on it)
    for start, name in names.items():
        if name in found:
            continue
        found[name] = _sheet(stream, start, name, path.name)
    for start, name in others.items():
        _dimensions_only(stream, start, name, path.name)
    return found


def _dimensions_only(stream: bytes, start: int, name: str, file_name: str) -> None:
    """The DIMENSIONS records of a sheet that is not a worksheet, up to its first EOF (where calamine stops)."""
    pos = start
    while pos + 4 <= len(stream):
        code, length = struct.unpack_from("<HH", stream, pos)
        body = pos + 4
        pos = body + length
        if code == _EOF:
            return
        if code == _DIMENSIONS:
            _check_dimensions(stream[body:pos], name, file_name)


_BOFS = {b"\x09\x08", b"\x09\x00", b"\x09\x02", b"\x09\x04"}  # BOF of BIFF5-8, 2, 3, 4


def _check_end(stream: bytes, end: int, file_name: str, where: str) -> None:
    """An EOF record ends a substream: the next one (a BOF) begins right after it, or the stream ends (a
    writer may pad it with zeros). Anything else means the walk lost the records' framing (a length
    damaged: every record after it is read from the wrong place, by calamine too, and a sheet of tasks
    comes out empty or as noise) and landed on an EOF by chance."""
    if end >= len(stream) or stream[end:end + 2] in _BOFS or not stream[end:].strip(b"\0"):
        return
    raise _bad_records(file_name, f"{where}: the EOF record at {end - 4} is not followed by a BOF record")


def _sst_overstated(stream: bytes, body: int, length: int) -> bool:
    """The shared strings' count (cstUnique) more than the record and its CONTINUE records can hold
    (three bytes a string at the least). calamine sets aside room for that many strings before it reads
    one: a count damaged into the hundreds of millions aborts the whole program, beyond any error."""
    unique = struct.unpack_from("<i", stream, body + 4)[0]
    if unique < 0:
        return True  # calamine panics on it: refused here, in words
    room = length - 8
    pos = body + length
    while pos + 4 <= len(stream) and struct.unpack_from("<H", stream, pos)[0] == _CONTINUE:
        more = struct.unpack_from("<H", stream, pos + 2)[0]
        room += more
        pos += 4 + more
    return unique > room // 3 + 1


def _check_dimensions(raw: bytes, name: str, file_name: str) -> None:
    if _dimensions_beyond_the_grid(raw):
        raise _bad_records(file_name, f"sheet {name!r}: DIMENSIONS {raw.hex()} beyond 65536 x 256")


def _dimensions_beyond_the_grid(raw: bytes) -> bool:
    """A DIMENSIONS record (BIFF8: first row, last row + 1 as u32; first column, last column + 1 as u16;
    BIFF5: all u16) whose range, as calamine computes it (unsigned, wrapping), holds more cells than the
    65,536 x 256 of a whole sheet (a sloppy writer's range a little too wide is let through). calamine
    sets aside room for that many cells before it reads one, so a damaged record (one byte changed
    makes it 4 billion rows) aborts the whole program, beyond any error."""
    if len(raw) == 14:
        first_row, end_row, first_col, end_col = struct.unpack_from("<IIHH", raw)
    elif len(raw) == 10:
        first_row, end_row, first_col, end_col = struct.unpack_from("<HHHH", raw)
    else:
        return False  # calamine refuses it with an error of its own
    if end_row < 1 or end_col < 1:
        return False  # calamine takes the range as one cell
    rows = (end_row - 1 - first_row + 1) % (1 << 32)
    cols = (end_col - 1 - first_col + 1) % (1 << 32)
    return rows * cols > XLS_ROWS * XLS_COLS  # room for more cells than a whole sheet has: 670 MB and up


def _sheet_name(raw: bytes, biff8: bool) -> str:
    if not raw:
        return ""
    count = raw[0]
    if not biff8:
        return raw[1:1 + count].decode("cp1252", "replace")
    flags = raw[1] if len(raw) > 1 else 0
    if flags & 1:
        return raw[2:2 + 2 * count].decode("utf-16-le", "replace")
    return raw[2:2 + count].decode("latin-1")


def _sheet(stream: bytes, start: int, name: str, file_name: str) -> SheetFacts:
    facts = SheetFacts()
    unpack = struct.unpack_from
    size = len(stream)
    pos = start
    max_row = max_col = -1
    far, far_area = None, 0
    cells = 0
    value_records = _VALUE_RECORDS
    first = True
    nested = 0
    after_nested = False
    while pos + 4 <= size:
        code, length = unpack("<HH", stream, pos)
        body = pos + 4
        pos = body + length
        if first:
            first = False
            if code != _BOF:  # BOUNDSHEET points into the middle of something: calamine reads noise as the sheet
                raise _bad_records(file_name, f"sheet {name!r}: no BOF record at {start} (0x{code:04X} found)")
            continue
        if code == 0 and length == 0:  # no record is 4 zero bytes: a run of zeros written over the records
            raise _bad_records(file_name, f"sheet {name!r}: zero bytes at {pos - 4} in place of records")
        if code == _BOF:  # a chart or an object embedded in the sheet: its own records, to its own EOF
            nested += 1
            continue
        if code == _EOF:
            if nested:
                nested -= 1
                after_nested = True  # calamine stops reading the sheet here, at the first EOF
                continue
            _check_end(stream, pos, file_name, f"sheet {name!r}")
            break
        if nested and code != _DIMENSIONS:
            continue
        if after_nested and (code in value_records or code == _MULRK):
            raise _bad_records(file_name, f"sheet {name!r}: cells after an embedded chart's EOF at {pos - length - 4} "
                                          "(calamine stops reading the sheet at the first EOF)")
        if code in value_records and length >= 4:
            r, c = unpack("<HH", stream, body)
            last = c
            if code == _BOOLERR and length >= 8 and stream[body + 7] == 1:
                facts.errors[(r, c)] = ERROR_CODES.get(stream[body + 6], "#VALUE!")
            elif code == _FORMULA and length >= 14 and stream[body + 6] == 2 and stream[body + 12:body + 14] == b"\xff\xff":
                facts.errors[(r, c)] = ERROR_CODES.get(stream[body + 8], "#VALUE!")
            elif code == _FORMULA and length >= 14 and stream[body + 6] == 3 and stream[body + 12:body + 14] == b"\xff\xff":
                facts.empty_results.add((r, c))  # its saved result is the empty text (xlwt saves no result)
        elif code == _MULRK and length >= 6:
            r, c = unpack("<HH", stream, body)
            last = unpack("<H", stream, body + length - 2)[0]
        elif code == _DIMENSIONS:
            _check_dimensions(stream[body:pos], name, file_name)
            continue
        elif code == _ROW and length >= 14:
            r = unpack("<H", stream, body)[0]
            if unpack("<H", stream, body + 12)[0] & 0x20:
                facts.hidden_rows.add(r)
            continue
        else:
            continue
        cells += max(1, last - c + 1)
        if r > max_row or last > max_col:
            max_row, max_col = max(max_row, r), max(max_col, last)
        area = (r + 1) * (last + 1)
        if area > far_area:
            far, far_area = (r, last), area
    else:
        raise _bad_records(file_name, f"sheet {name!r}: its records run past the stream's end without an EOF record")
    facts.extent = (max_row + 1, max_col + 1)
    check_extent(name, facts.extent, far)
    if cells > MAX_VALUES:
        raise too_many(name, cells)
    return facts


# --- number formats of some cells ------------------------------------------------------------------

_XF, _FORMAT, _MULBLANK = 0x00E0, 0x041E, 0x00BE
_CELL_RECORDS = {0x0203, 0x027E, 0x00FD, 0x0204, 0x0006, 0x0205, 0x0201, 0x00D6}  # row, column, XF index first


@functools.lru_cache(maxsize=1)  # the importer asks once a sheet, of the same file: its globals are read once
def _format_tables(path: str, file_size: int, mtime_ns: int) -> tuple[bytes, list[int], dict[int, str], dict[str, int]] | None:
    """The Workbook stream of an .xls (BIFF8) with its XF records' formats, its FORMAT records and where
    each worksheet begins; None for what number_formats leaves to xlrd. ``file_size`` and ``mtime_ns`` make a
    changed file a new entry."""
    stream = _stream(Path(path))
    unpack = struct.unpack_from
    size = len(stream)
    xfs: list[int] = []
    formats: dict[int, str] = {}
    starts: dict[str, int] = {}
    pos = 0
    while pos + 4 <= size:
        code, length = unpack("<HH", stream, pos)
        body = pos + 4
        if code == _BOF and pos == 0 and length >= 2:
            if unpack("<H", stream, body)[0] != 0x0600:
                return None  # BIFF5 and older: their texts follow the book's code page, which xlrd reads
        elif code == _XF and length >= 4:
            xfs.append(unpack("<H", stream, body + 2)[0])
        elif code == _FORMAT and length >= 3:
            if body + length + 4 <= size and unpack("<H", stream, body + length)[0] == _CONTINUE:
                return None
            key = unpack("<H", stream, body)[0]
            count, flags = unpack("<HB", stream, body + 2)
            raw = stream[body + 5:body + length]
            if flags & 0x0C:
                return None  # rich or extended text in a format: not written by anyone we know
            formats[key] = raw[:2 * count].decode("utf-16-le", "replace") if flags & 1 else raw[:count].decode("latin-1")
        elif code == _BOUNDSHEET and length >= 8:
            offset, _state, kind = unpack("<IBB", stream, body)
            if kind == 0:
                starts.setdefault(_sheet_name(stream[body + 6:body + length], True), offset)
        elif code == _EOF:
            break
        pos = body + length
    return stream, xfs, formats, starts


def number_formats(path: Path, wanted: dict[str, list[tuple[int, int]]]) -> dict[tuple[str, int, int], str | None] | None:
    """The number format of some cells (sheet name -> (row, column) from 0), from the records: each cell
    record's XF index, the XF's format, the FORMAT records over Excel's built-in ones (as xlrd gives
    them, without xlrd reading every string and cell of the book again for each sheet asked about).
    None for what this walk does not read (BIFF2-7, whose texts follow the book's code page; a format
    continued in another record): then xlrd does."""
    from xlrd.formatting import std_format_strings

    stat = path.stat()
    book = _format_tables(str(path), stat.st_size, stat.st_mtime_ns)
    if book is None:
        return None
    stream, xfs, formats, starts = book
    unpack = struct.unpack_from
    size = len(stream)
    found: dict[tuple[str, int, int], str | None] = {}
    for name, cells in wanted.items():
        start = starts.get(name)
        if start is None or not cells:
            continue
        want = set(cells)
        rows = {r for r, _ in want}
        xf_of: dict[tuple[int, int], int] = {}
        pos = start
        while pos + 4 <= size:
            code, length = unpack("<HH", stream, pos)
            body = pos + 4
            pos = body + length
            if code == _EOF:
                break
            if code in _CELL_RECORDS and length >= 6:
                r, c, xf = unpack("<HHH", stream, body)
                if (r, c) in want:
                    xf_of[(r, c)] = xf
            elif code in (_MULRK, _MULBLANK) and length >= 6:
                r, first = unpack("<HH", stream, body)
                if r not in rows:
                    continue
                step = 6 if code == _MULRK else 2
                last = unpack("<H", stream, body + length - 2)[0]
                for c in range(first, last + 1):
                    if (r, c) in want:
                        xf_of[(r, c)] = unpack("<H", stream, body + 4 + (c - first) * step)[0]
        for cell in cells:
            xf = xf_of.get(cell)
            if xf is None or xf >= len(xfs):
                continue
            key = xfs[xf]
            found[(name, *cell)] = formats[key] if key in formats else std_format_strings.get(key)
    return found
