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

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from wz_desktop.domain.text import msg
from wz_desktop.workbook.layout import column_letter

# A sheet is read as a dense block (rows x columns from A1): 32 bytes a cell in calamine and 8 in
# the Python lists, plus the values. Four million cells stay well inside 500 MB; the 100,000-task
# workbook has 700,000 cells in all, a yearly one a few thousand.
MAX_CELLS = 4_000_000
# What one part of a zip (a sheet's XML, the shared strings, content.xml) may unpack to. The
# 100,000-task workbook's largest sheet is 20 MB; a file that unpacks beyond this is a zip bomb.
MAX_PART_BYTES = 512 << 20
CHUNK = 4 << 20  # parts are unpacked and scanned this much at a time: memory stays flat


class ScanRefusal(Exception):
    """The file is not safe or not complete to read; the message (a Text) says why, for people.
    ``whole``: the message names the file itself (else the reader puts the file's name before it)."""

    def __init__(self, text, whole: bool = False) -> None:
        super().__init__(text)
        self.whole = whole


@dataclass
class SheetFacts:
    """What the scan found on one sheet, in the coordinates of SheetCells.rows (from A1, 0-based)."""

    hidden_rows: set[int] = field(default_factory=set)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # saved without a result
    merged: list[tuple[int, int, int, int]] | None = None  # None: calamine's are right (not .ods)
    texts: dict[tuple[int, int], str] = field(default_factory=dict)  # cells calamine reads as empty
    extent: tuple[int, int] = (0, 0)  # rows, columns of the cells with values, from A1 (an upper bound)


def chunks(fh, name: str, part: str, limit: int = MAX_PART_BYTES, end: bytes = b">") -> Iterator[bytes]:
    """A zip part unpacked in pieces of about CHUNK bytes, each cut just after the last ``end`` in it
    (a whole cell or row where one fits in four pieces). Refuses a part that unpacks beyond ``limit``."""
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


def too_many(sheet: str, cells: int) -> ScanRefusal:
    return ScanRefusal(msg(
        "工作表“{sheet}”有 {cells} 个单元格，超出了能安全读取的范围（{limit} 个），未导入任何内容。",
        sheet=sheet, cells=cells, limit=MAX_CELLS))


def check_extent(sheet: str, extent: tuple[int, int], far: tuple[int, int] | None) -> None:
    rows, cols = extent
    if rows * cols > MAX_CELLS:
        raise too_far(sheet, far if far is not None else (rows - 1, cols - 1), extent)


def apply(rows: list[list[Any]], facts: SheetFacts) -> list[list[Any]]:
    """Put the formula texts and the texts calamine missed into ``rows`` (grown where needed)."""
    extra = {**facts.texts, **facts.formulas}
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
