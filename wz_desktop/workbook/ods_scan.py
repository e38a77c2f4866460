"""The .ods side of :mod:`.scan`: content.xml walked tag by tag (rows, cells and their repeats).

python-calamine reads an .ods's values but not its merged ranges, nor which rows are hidden, nor
the formulas saved without a result, nor text typed in a cell that has no value type (some
writers leave it out; calamine then reads the cell as empty). And it expands repeated rows and
cells as it goes: one cell repeated 16,384 times in a row repeated a million times is a 4 KB file.
This walk places every cell as calamine does (``number-rows-repeated``, ``number-columns-repeated``,
covered cells), measures the cells that hold something and refuses the sheet beyond MAX_CELLS,
and collects what calamine leaves out. Repeated empty rows and cells (LibreOffice ends every
sheet with a million of them) cost nothing.
"""
from __future__ import annotations

import html
import re
import zipfile

from wz_desktop.workbook.scan import (
    MAX_CELLS, SheetFacts, check_extent, chunks, too_many,
)

_TAG = re.compile(rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)((?:\s[^>]*?)?)(/?)>")
_ATTR = re.compile(rb"""([\w.-]+:[\w.-]+)=(?:"([^"]*)"|'([^']*)')""")
_END_CELL = b"</table:table-cell>"
_ANNOTATION = re.compile(rb"<office:annotation\b.*?</office:annotation>", re.S)
_PARAGRAPH = re.compile(rb"<text:(?:p|h)\b[^>]*?(?:/>|>(.*?)</text:(?:p|h)>)", re.S)
_SPACES = re.compile(rb"""<text:s(?:\s+text:c=["'](\d+)["'])?\s*/>""")
_INLINE = re.compile(rb"<[^>]*>")
_REF = re.compile(r"\[\$?'?([^\].']*?)'?\.(\$?[A-Z]+\$?\d+)(?::\$?'?([^\].']*?)'?\.(\$?[A-Z]+\$?\d+))?\]")

MAX_KEPT = MAX_CELLS // 8  # merged ranges, formulas and texts kept of one sheet (each a few hundred bytes)
MAX_HIDDEN = 1 << 20  # hidden rows are only remembered inside the cells' extent; this caps a lie


def _attrs(raw: bytes) -> dict[bytes, bytes]:
    return {m.group(1): m.group(2) if m.group(2) is not None else m.group(3) for m in _ATTR.finditer(raw)} if raw else {}


def _count(value: bytes | None) -> int:
    if not value:
        return 1
    try:
        return max(1, int(value))
    except ValueError:
        return 1


def _text(content: bytes) -> str:
    """The text of a cell's content as LibreOffice shows it: paragraphs on lines, <text:s> as spaces."""
    content = _ANNOTATION.sub(b"", content)
    lines = []
    for m in _PARAGRAPH.finditer(content):
        inner = m.group(1) or b""
        inner = _SPACES.sub(lambda s: b" " * _count(s.group(1)), inner)
        inner = inner.replace(b"<text:tab/>", b"\t").replace(b"<text:line-break/>", b"\n")
        lines.append(html.unescape(_INLINE.sub(b"", inner).decode("utf-8", "replace")))
    return "\n".join(lines)


def formula_text(raw: str) -> str:
    """An ODF formula ("of:=SUM([.D2:.D7])") in the spreadsheet's usual form ("=SUM(D2:D7)")."""
    text = raw.split(":", 1)[1] if re.match(r"^[a-z]+:=", raw) else raw

    def ref(m: re.Match) -> str:
        sheet, start, sheet2, end = m.groups()
        out = (f"{sheet}!" if sheet else "") + start
        if end:
            out += ":" + (f"{sheet2}!" if sheet2 and sheet2 != sheet else "") + end
        return out

    parts = text.split('"')
    for i in range(0, len(parts), 2):  # outside quoted strings
        parts[i] = _REF.sub(ref, parts[i]).replace(";", ",")
    text = '"'.join(parts)
    return text if text.startswith("=") else "=" + text


class _Sheet:
    def __init__(self, name: str) -> None:
        self.name = name
        self.facts = SheetFacts(merged=[])
        self.hidden: list[tuple[int, int]] = []  # (first row, how many)
        self.row = 0
        self.col = 0
        self.row_repeat = 1
        self.row_hidden = False
        self.cells = 0
        self.kept = 0  # merged ranges, formulas and texts collected
        self.max_row = self.max_col = -1
        self.far: tuple[int, int] | None = None
        self.far_area = 0

    def holds(self, r0: int, c0: int, rows: int, cols: int) -> None:
        """Cells r0.. (rows of them) x c0.. (cols) hold something."""
        self.cells += rows * cols
        r1, c1 = r0 + rows - 1, c0 + cols - 1
        area = (r1 + 1) * (c1 + 1)
        if area > self.far_area:
            self.far, self.far_area = (r1, c1), area
        self.max_row, self.max_col = max(self.max_row, r1), max(self.max_col, c1)
        check_extent(self.name, (self.max_row + 1, self.max_col + 1), self.far)
        if self.cells > MAX_CELLS:
            raise too_many(self.name, self.cells)

    def finish(self) -> SheetFacts:
        facts = self.facts
        facts.extent = (self.max_row + 1, self.max_col + 1)
        for first, count in self.hidden:
            for r in range(first, min(first + count, self.max_row + 1, first + MAX_HIDDEN)):
                facts.hidden_rows.add(r)
        return facts


def scan(archive: zipfile.ZipFile, file_name: str) -> dict[str, SheetFacts]:
    """Every table of content.xml: merged ranges, hidden rows, formulas without results and texts
    calamine misses, by sheet name. Raises ScanRefusal for a sheet too big or a bomb."""
    found: dict[str, SheetFacts] = {}
    sheet: _Sheet | None = None
    depth = 0  # tables inside a cell are not sheets
    with archive.open("content.xml") as fh:
        for chunk in chunks(fh, file_name, "content.xml", end=b"</table:table-row>"):
            for m in _TAG.finditer(chunk):
                closing, what, raw, empty = m.groups()
                if what == b"table":
                    if closing:
                        depth -= 1
                        if depth == 0 and sheet is not None:
                            found.setdefault(sheet.name, sheet.finish())
                            sheet = None
                    elif not empty:
                        depth += 1
                        if depth == 1:
                            name = _attrs(raw).get(b"table:name", b"")
                            sheet = _Sheet(html.unescape(name.decode("utf-8", "replace")))
                    continue
                if sheet is None or depth != 1:
                    continue
                if what == b"table-row":
                    if closing:
                        sheet.row += sheet.row_repeat
                        continue
                    attrs = _attrs(raw)
                    sheet.row_repeat = _count(attrs.get(b"table:number-rows-repeated"))
                    sheet.col = 0
                    if attrs.get(b"table:visibility") in (b"collapse", b"filter"):
                        sheet.hidden.append((sheet.row, sheet.row_repeat))
                    if empty:
                        sheet.row += sheet.row_repeat
                    continue
                if closing:
                    continue
                attrs = _attrs(raw)
                repeat = _count(attrs.get(b"table:number-columns-repeated"))
                r, c = sheet.row, sheet.col
                sheet.col += repeat
                if what == b"covered-table-cell":
                    continue
                spans = (_count(attrs.get(b"table:number-rows-spanned")), _count(attrs.get(b"table:number-columns-spanned")))
                if spans != (1, 1):
                    sheet.kept += repeat
                    if sheet.kept > MAX_KEPT:
                        raise too_many(sheet.name, sheet.kept)
                    for k in range(repeat):
                        sheet.facts.merged.append((r, c + k, r + spans[0] - 1, c + k + spans[1] - 1))
                formula = attrs.get(b"table:formula")
                has_type = b"office:value-type" in attrs
                text = None
                if not has_type and not empty:
                    stop = chunk.find(_END_CELL, m.end())
                    text = _text(chunk[m.end():stop if stop >= 0 else len(chunk)])
                if not has_type and formula is None and not text:
                    continue  # an empty cell (a style only)
                sheet.holds(r, c, sheet.row_repeat, repeat)
                if has_type:
                    continue  # a value (a formula's saved result too): calamine reads it
                sheet.kept += sheet.row_repeat * repeat
                if sheet.kept > MAX_KEPT:
                    raise too_many(sheet.name, sheet.kept)
                for dr in range(sheet.row_repeat):
                    for dc in range(repeat):
                        if formula is not None and not has_type:
                            sheet.facts.formulas[(r + dr, c + dc)] = formula_text(html.unescape(formula.decode("utf-8", "replace")))
                        elif text:
                            sheet.facts.texts[(r + dr, c + dc)] = text
    if sheet is not None:
        found.setdefault(sheet.name, sheet.finish())
    return found
