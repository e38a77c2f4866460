"""The .ods side of :mod:`.scan`: content.xml walked tag by tag (rows, cells and their repeats).

python-calamine reads an .ods's values but not its merged ranges, nor which rows are hidden, nor
the formulas saved without a result, nor text typed in a cell that has no value type (some
writers leave it out; calamine then reads the cell as empty). And it expands repeated rows and
cells as it goes: one cell repeated 16,384 times in a row repeated a million times is a 4 KB file.
This walk places every cell as calamine does (``number-rows-repeated``, ``number-columns-repeated``,
covered cells), measures the cells that hold something and refuses the sheet beyond MAX_CELLS,
and collects what calamine leaves out. Repeated empty rows and cells (LibreOffice ends every
sheet with a million of them) cost nothing. It also reads the text of the cells calamine reads
otherwise than they say (a tab, a line break, a footnote, a ruby reading: :func:`cell_text`); the
rows without such a cell cost one search of each piece.
"""
from __future__ import annotations

import html
import re
import zipfile
from xml.parsers import expat

from wz_desktop.workbook.scan import (
    MAX_CELLS, MAX_VALUES, ScanRefusal, SheetFacts, TextBudget, check_extent, chunks, damaged_xml, open_part, too_many,
)

_TAG = re.compile(rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)((?:\s[^>]*?)?)(/?)>")
_ATTR = re.compile(rb"""([\w.-]+:[\w.-]+)=(?:"([^"]*)"|'([^']*)')""")
_END_CELL = b"</table:table-cell>"
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
    """The text of a cell's content (see :func:`cell_text`)."""
    return cell_text(content)[0]


# The text of a cell, element by element (ODF 1.3 part 3, 6.1: paragraph content). Read for what it says:
# <text:s text:c="N"/> is N spaces, <text:tab/> a tab, <text:line-break/> a line break, each paragraph a
# line; spans, links and marks (bookmarks, page breaks, tracked-change marks) add only their text; a cell's
# comment (office:annotation) is none of it. python-calamine leaves tabs and line breaks out ('a<text:tab/>b'
# is 'ab'), takes the whitespace between paragraphs of an indented file for text, and reads notes and ruby
# readings into the value: the scan gives such cells' text in their stead (SheetFacts.texts).
_TOKEN = re.compile(rb"<(/?)([\w.-]+:[\w.-]+)((?:\s[^>]*?)?)(/?)>|<[!?][^>]*>|([^<]+)")
_PARAGRAPHS = (b"text:p", b"text:h")
_INLINE_TEXT = {b"text:span", b"text:a"}  # hold text and nothing else of their own
_MARKS = re.compile(rb"text:(?:soft-page-break|bookmark(?:-start|-end|-ref)?|reference-mark(?:-start|-end)?|"
                    rb"change(?:-start|-end)?|[\w-]*-mark(?:-start|-end)?)$|office:annotation-end$")
# elements whose text is no part of the cell's (the comment), or whose text programs show differently
# (a footnote's body, a ruby reading above the characters, a drawing anchored in the text)
_NOT_TEXT = re.compile(rb"office:annotation$|text:note$|text:ruby-text$|(?:draw|dr3d|svg|form|office|table):")
_ANNOTATION_ONLY = b"office:annotation"
# what in a cell's content calamine may read otherwise than the cell says: any text element but a
# paragraph, a run of spaces, a span or a link; a drawing (a text box's text); whitespace after a
# paragraph (an indented file). One pattern (a third of the time of three searches over 100 MB).
_SPECIAL = re.compile(rb"<(?:text:(?!(?:p|s|span|a)[\s/>])|draw:|/text:[ph]>[ \t\r\n])")
_GAP = re.compile(rb">[ \t]*[\r\n][ \t\r\n]*<(?:text:|/table:table-cell)")  # only where a piece has a line end


def special(data: bytes) -> bool:
    """Whether ``data`` (a row, a cell) holds what calamine may read otherwise than :func:`cell_text`."""
    return _SPECIAL.search(data) is not None or ((b"\n" in data or b"\r" in data) and _GAP.search(data) is not None)


# a content of paragraphs holding only text, spans, links, runs of spaces, tabs and line breaks, nothing
# between them: read by a few replacements (a tab in every text cell of 100,000 tasks: 4 s less)
_NOT_PLAIN = re.compile(rb"<(?!/?text:(?:p|span|a)[\s/>]|text:(?:s|tab|line-break)(?:\s[^>]*)?/>)|</text:p>[^<]")
_SPACE_RUN = re.compile(rb"""<text:s(?:\s+text:c=["'](\d+)["'])?\s*/>""")
_TAGS = re.compile(rb"<[^>]*>")


def cell_text(content: bytes) -> tuple[str, tuple[str, ...]]:
    """The text of a cell's content as it reads (paragraphs on lines, tabs, runs of spaces and line breaks
    as such, the comment left out), and the elements in it whose text programs show differently (a ruby
    reading, a footnote, a field such as <text:date>, a heading, a list), which the import flags."""
    if content[:7] == b"<text:p" and _NOT_PLAIN.search(content) is None:
        if b"<text:s" in content:
            content = _SPACE_RUN.sub(lambda m: b" " * _count(m.group(1)), content)
        content = content.replace(b"<text:tab/>", b"\t").replace(b"<text:line-break/>", b"\n")
        content = _TAGS.sub(b"", content.replace(b"</text:p>", b"\n").replace(b"<text:p/>", b"\n"))
        text = content.decode("utf-8", "replace")
        return (html.unescape(text) if "&" in text else text)[:-1], ()
    return walk_text(content)


def walk_text(content: bytes) -> tuple[str, tuple[str, ...]]:
    """:func:`cell_text` element by element (any content)."""
    lines: list[str] = []
    line: list[str] = []
    depth = 0  # open paragraphs
    skip = 0  # depth inside an element whose text is left out
    skipped = b""  # that element (its text left out: said where it had any, but of a comment)
    odd: set[str] = set()
    for m in _TOKEN.finditer(content):
        closing, name, attrs, empty, chars = m.groups()
        if name is None:
            if chars is None:
                continue
            if skip:
                if skipped != _ANNOTATION_ONLY and chars.strip(b" \t\r\n"):
                    odd.add(skipped.decode("ascii", "replace"))
                continue
            if depth:
                line.append(html.unescape(chars.decode("utf-8", "replace")))
            elif chars.strip(b" \t\r\n"):  # text outside any paragraph: no ODF writer puts it there
                odd.add("#text")
                lines.append(html.unescape(chars.decode("utf-8", "replace")))
            continue
        if skip:
            if not empty:
                skip += -1 if closing else 1
            continue
        if closing:
            if name in _PARAGRAPHS and depth:
                depth -= 1
                if not depth:
                    lines.append("".join(line))
                    line = []
            continue
        if name in _PARAGRAPHS:
            if name == b"text:h":
                odd.add("text:h")
            if empty:
                if not depth:
                    lines.append("")
            else:
                depth += 1
            continue
        if name == b"text:s":
            if depth:
                c = re.search(rb"""text:c=["'](\d+)""", attrs) if attrs else None
                line.append(" " * _count(c.group(1) if c else None))
            continue
        if name == b"text:tab":
            if depth:
                line.append("\t")
            continue
        if name == b"text:line-break":
            if depth:
                line.append("\n")
            continue
        if name in _INLINE_TEXT or _MARKS.match(name):
            continue
        if _NOT_TEXT.match(name):
            if not empty:
                skip, skipped = 1, name
            continue
        odd.add(name.decode("ascii", "replace"))  # a field, a ruby, a list, meta …: its text is kept
    if depth:
        lines.append("".join(line))
    odd.discard("text:ruby-base")
    return "\n".join(lines), tuple(sorted(odd))


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
        self.cells = 0
        self.kept = 0  # merged ranges, formulas and texts collected
        self.max_row = self.max_col = -1
        self.far: tuple[int, int] | None = None
        self.far_area = 0

    def holds(self, r0: int, c0: int, rows: int, cols: int, cells: int) -> None:
        """Cells r0.. (rows of them) x c0.. (cols) reach that far; ``cells`` of each row hold something."""
        self.cells += rows * cells
        r1, c1 = r0 + rows - 1, c0 + cols - 1
        area = (r1 + 1) * (c1 + 1)
        if area > self.far_area:
            self.far, self.far_area = (r1, c1), area
        if r1 > self.max_row:
            self.max_row = r1
        if c1 > self.max_col:
            self.max_col = c1
        if (self.max_row + 1) * (self.max_col + 1) > MAX_CELLS:
            check_extent(self.name, (self.max_row + 1, self.max_col + 1), self.far)
        if self.cells > MAX_VALUES:
            raise too_many(self.name, self.cells)

    def keep(self, count: int) -> None:
        self.kept += count
        if self.kept > MAX_KEPT:
            raise too_many(self.name, self.kept)

    def finish(self) -> SheetFacts:
        facts = self.facts
        facts.extent = (self.max_row + 1, self.max_col + 1)
        for first, count in self.hidden:
            for r in range(first, min(first + count, self.max_row + 1, first + MAX_HIDDEN)):
                facts.hidden_rows.add(r)
        return facts


def scan(archive: zipfile.ZipFile, file_name: str, text: TextBudget | None = None) -> dict[str, SheetFacts]:
    """Every table of content.xml: merged ranges, hidden rows, formulas without results and texts
    calamine misses, by sheet name. Raises ScanRefusal for a sheet too big, a bomb, or texts too long
    (``text``: the file's budget)."""
    walker = _Walker()
    checker = _WellFormed(file_name)
    with open_part(archive, "content.xml") as fh:
        for chunk in chunks(fh, file_name, "content.xml", end=_END_ROW, text=text):
            checker.feed(chunk)
            walker.feed(chunk)
    checker.feed(b"", final=True)
    return walker.finish()


class _WellFormed:
    """content.xml parsed by expat as it is unpacked, for its form only (no handlers: C speed). The walk
    above reads tags by pattern and would pass over a broken one; calamine, given a table whose end tag
    is broken, goes on expanding LibreOffice's repeated empty rows (a million rows of 16,384 cells) and
    never returns. So a content.xml that is not well-formed XML is refused here, before calamine."""

    def __init__(self, file_name: str) -> None:
        self.name = file_name
        self.parser = expat.ParserCreate()
        # ODF declares no entities; one declared in a DOCTYPE is not expanded (nor fetched)
        self.parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.parser.EntityDeclHandler = self._entity

    def _entity(self, name, *_args) -> None:
        raise _Declared(name)

    def feed(self, chunk: bytes, final: bool = False) -> None:
        try:
            # control characters, which no XML may hold, are let through as calamine does: the import takes
            # them out of the cell and flags its task (importer._flag_controls)
            self.parser.Parse(chunk.translate(None, _CONTROLS), final)
        except (expat.ExpatError, _Declared) as exc:
            raise ScanRefusal(damaged_xml(self.name), whole=True, detail=f"content.xml: {exc}") from exc


_CONTROLS = bytes(c for c in range(32) if c not in (9, 10, 13))


class _Declared(Exception):
    """An entity declared in content.xml (ODF has none: a bomb or a damaged file)."""


_END_ROW = b"</table:table-row>"
_CELL_START = b"<table:table-cell"  # an opening tag (a closing one starts </)
_ROW_OPEN = b"<table:table-row"
# a cell with content but no value type (text calamine does not read), anywhere in a chunk
# ('<table:table-cell>' too: a writer that saves no attribute at all)
_UNTYPED = re.compile(rb"<table:table-cell(?![^>]*office:value-type)(?:[^>]*[^/>])?>")
_REPEATED = re.compile(rb"""table:number-(?:rows|columns)-repeated=["'](\d+)""")


# the cells whose shown text is kept: numbers, dates, and times (a date-time shown through a time-only
# style is saved as a time: a duration since 1899-12-30)
_SHOWN_TYPES = (b"float", b"date", b"time")


def shown_numbers(archive: zipfile.ZipFile, file_name: str, columns: dict[str, set[int]]) -> dict[str, dict[tuple[int, int], str]]:
    """The text each number or date cell of the given columns shows (sheet name -> columns from 0): a
    second walk, cell by cell, made only where a sheet has numbers in such a column (an event number
    kept as a number shown through a style: 15 shown as 015; a date shown without its year)."""
    walker = _Walker()
    walker.shown_cols = columns
    with open_part(archive, "content.xml") as fh:
        for chunk in chunks(fh, file_name, "content.xml", end=_END_ROW):
            walker.feed(chunk)
            if walker.shown_done:
                break  # the sheets asked about are behind: the rest of the file is not read again
    return {name: facts.shown for name, facts in walker.finish().items() if facts.shown}


def _repeat(raw: bytes) -> int:
    if b"repeated" not in raw:
        return 1
    m = _REPEATED.search(raw)
    return max(1, int(m.group(1))) if m else 1


class _Walker:
    """content.xml piece by piece. Most rows are measured with a few substring counts (how many cells,
    does one hold a value, is the only repeat the empty run LibreOffice puts at the end); a row with
    merged cells, formulas, text without a value type or other repeats is walked cell by cell."""

    def __init__(self) -> None:
        self.found: dict[str, SheetFacts] = {}
        self.sheet: _Sheet | None = None
        self.depth = 0  # tables inside a cell are not sheets
        self.row_last = -1  # the last column of the open row that holds something
        self.row_cells = 0
        self.shown_cols: dict[str, set[int]] | None = None  # see shown_numbers
        self.shown_done = False  # every sheet of shown_cols walked

    def finish(self) -> dict[str, SheetFacts]:
        if self.sheet is not None:
            self.found.setdefault(self.sheet.name, self.sheet.finish())
        return self.found

    def feed(self, chunk: bytes) -> None:
        if (self.shown_cols is not None and (self.sheet is None or self.sheet.name not in self.shown_cols)
                and b"</table:table>" not in chunk and b"<table:table " not in chunk and b"<table:table>" not in chunk):
            return  # rows of a sheet not asked about, no table beginning or ending: nothing to count
        untyped = _UNTYPED.search(chunk) is not None
        # text calamine may read otherwise (a tab, a line break, a footnote): those rows are walked cell by cell
        odd_text = self.shown_cols is None and special(chunk)
        pieces = chunk.split(_END_ROW)
        for i, piece in enumerate(pieces):
            if i == len(pieces) - 1:
                if piece:
                    self.tags(piece)  # what follows the last row: the end of a table, the next one's start
                continue
            at = piece.rfind(_ROW_OPEN)
            close = piece.find(b">", at)
            sheet = self.sheet
            shown = self.shown_cols
            if (at < 0 or close < 0 or piece[close - 1:close] == b"/" or sheet is None or self.depth != 1
                    or piece.count(_ROW_OPEN) != 1):
                self.tags(piece + _END_ROW)  # anything unusual: tag by tag
                continue
            if at and b"<table:" in piece[:at]:
                self.tags(piece[:at])  # a table's start, its columns, a row group
                sheet = self.sheet
                if sheet is None or self.depth != 1:
                    self.tags(piece[at:] + _END_ROW)
                    continue
            asked = shown.get(sheet.name) if shown is not None else None
            self.open_row(piece[at + len(_ROW_OPEN):close], False)
            body = piece[close + 1:]
            detail = b"spanned" in body or b"table:formula" in body or (untyped and _UNTYPED.search(body))
            odd = odd_text and special(body)
            last_empty_run = False
            if not detail and b"repeated" in body:
                tail = body[body.rfind(b"<table:"):]
                last_empty_run = (body.count(b"repeated") == 1 and b"repeated" in tail
                                  and tail.startswith(b"<table:table-cell")
                                  and tail.endswith(b"/>") and b"value-type" not in tail and b"formula" not in tail)
                detail = not last_empty_run
            if asked is not None:  # texts of some columns asked for (shown_numbers)
                if detail or b"covered" in body:
                    self.tags(body)
                else:
                    self.shown_simple(body, asked)
            elif detail or (odd and b"covered" in body):
                self.tags(body)
            elif b"office:value-type" in body:
                n = body.count(b"<table:table-cell") + body.count(b"<table:covered-table-cell") - last_empty_run
                self.row_last = n - 1
                self.row_cells = n
                if odd:
                    self.odd_simple(body)
            self.close_row()

    def odd_simple(self, body: bytes) -> None:
        """The texts calamine may read otherwise (see cell_text) of a row of plain cells (no spans, no
        covered cells, no repeat but the empty run at its end): the n-th cell is column n; only the cells
        whose content holds such an element are read."""
        sheet = self.sheet
        start, col = body.find(_CELL_START), 0
        while start >= 0:
            gt = body.find(b">", start)
            if gt < 0:
                return
            after = gt + 1
            if body[gt - 1:gt] != b"/":
                stop = body.find(_END_CELL, gt)
                if stop < 0:
                    stop = len(body)
                content = body[gt + 1:stop]
                if special(content):
                    self.odd_cell(body[start + len(_CELL_START):gt], content, sheet.row, col, 1)
                after = stop
            col += 1
            start = body.find(_CELL_START, after)

    def odd_cell(self, raw: bytes, content: bytes, r: int, c: int, repeat: int) -> None:
        """A text cell whose content holds what calamine may read otherwise: its text (SheetFacts.texts) and
        the elements programs show differently (SheetFacts.odd_texts). A cell whose text is saved apart
        (office:string-value, read so by calamine and LibreOffice) is left to calamine."""
        if b"office:string-value" in raw:
            return
        if b'office:value-type="string"' not in raw or b"error" in raw:
            attrs = _attrs(raw)
            if attrs.get(b"office:value-type") != b"string" or attrs.get(b"calcext:value-type") == b"error":
                return
        sheet = self.sheet
        text, odd = cell_text(content)
        sheet.keep(sheet.row_repeat * repeat)
        for dr in range(sheet.row_repeat):
            for dc in range(repeat):
                sheet.facts.texts[(r + dr, c + dc)] = text
                if odd:
                    sheet.facts.odd_texts[(r + dr, c + dc)] = odd

    def shown_simple(self, body: bytes, asked: set[int]) -> None:
        """The texts of the asked columns of a row of plain cells (no spans, no covered cells, no repeat
        but the empty run at its end): the n-th cell is column n, so only those cells are looked at."""
        sheet = self.sheet
        for w in asked:
            start = body.find(_CELL_START)
            for _ in range(w):
                if start < 0:
                    break
                start = body.find(_CELL_START, start + 1)
            if start < 0:
                continue
            gt = body.find(b">", start)
            if gt < 0 or body[gt - 1:gt] == b"/":
                continue  # an empty cell
            raw = body[start + len(_CELL_START):gt]
            if raw[:1] not in (b" ", b"\t", b"\n", b"\r") or _attrs(raw).get(b"office:value-type") not in _SHOWN_TYPES:
                continue
            stop = body.find(_END_CELL, gt)
            text = _text(body[gt + 1:stop if stop >= 0 else len(body)])
            sheet.keep(sheet.row_repeat)
            for dr in range(sheet.row_repeat):
                sheet.facts.shown[(sheet.row + dr, w)] = text

    def open_row(self, raw: bytes, empty: bool) -> None:
        sheet = self.sheet
        sheet.row_repeat = _repeat(raw)
        sheet.col = 0
        self.row_last, self.row_cells = -1, 0
        if b"visibility" in raw and _attrs(raw).get(b"table:visibility") in (b"collapse", b"filter"):
            sheet.hidden.append((sheet.row, sheet.row_repeat))
        if empty:
            sheet.row += sheet.row_repeat

    def close_row(self) -> None:
        sheet = self.sheet
        if self.row_last >= 0:
            sheet.holds(sheet.row, 0, sheet.row_repeat, self.row_last + 1, self.row_cells)
        sheet.row += sheet.row_repeat
        self.row_last, self.row_cells = -1, 0

    def tags(self, data: bytes) -> None:
        """Tag by tag: tables, rows and cells, with their repeats, spans, formulas and texts."""
        for m in _TAG.finditer(data):
            closing, what, raw, empty = m.groups()
            if what == b"table":
                if closing:
                    self.depth -= 1
                    if self.depth == 0 and self.sheet is not None:
                        self.found.setdefault(self.sheet.name, self.sheet.finish())
                        self.sheet = None
                        if self.shown_cols is not None and all(n in self.found for n in self.shown_cols):
                            self.shown_done = True
                elif not empty:
                    self.depth += 1
                    if self.depth == 1:
                        name = _attrs(raw).get(b"table:name", b"")
                        self.sheet = _Sheet(html.unescape(name.decode("utf-8", "replace")))
                continue
            sheet = self.sheet
            if sheet is None or self.depth != 1:
                continue
            if what == b"table-row":
                if closing:
                    self.close_row()
                else:
                    self.open_row(raw, bool(empty))
                continue
            if closing:
                continue
            repeat = _repeat(raw)
            r, c = sheet.row, sheet.col
            sheet.col += repeat
            if what == b"covered-table-cell":
                continue
            if self.shown_cols is not None:  # only the texts of some columns are asked for: the rest is passed over
                asked = self.shown_cols.get(sheet.name)
                if not asked or not (c in asked if repeat == 1 else any(c <= w < c + repeat for w in asked)):
                    continue
            attrs = _attrs(raw)
            spans = (_count(attrs.get(b"table:number-rows-spanned")), _count(attrs.get(b"table:number-columns-spanned")))
            if spans != (1, 1):
                sheet.keep(repeat)
                for k in range(repeat):
                    sheet.facts.merged.append((r, c + k, r + spans[0] - 1, c + k + spans[1] - 1))
            formula = attrs.get(b"table:formula")
            has_type = b"office:value-type" in attrs
            text = None
            odd: tuple[str, ...] = ()
            if not has_type and not empty:
                stop = data.find(_END_CELL, m.end())
                text, odd = cell_text(data[m.end():stop if stop >= 0 else len(data)])
            if not has_type and formula is None and not text:
                continue  # an empty cell (a style only)
            self.row_last = max(self.row_last, c + repeat - 1)
            self.row_cells += repeat
            if has_type:
                wanted = self.shown_cols.get(sheet.name) if self.shown_cols is not None else None
                if wanted and not empty and attrs.get(b"office:value-type") in _SHOWN_TYPES \
                        and any(c <= w < c + repeat for w in wanted):
                    stop = data.find(_END_CELL, m.end())
                    shown = _text(data[m.end():stop if stop >= 0 else len(data)])
                    sheet.keep(sheet.row_repeat * repeat)
                    for dr in range(sheet.row_repeat):
                        for dc in range(repeat):
                            if c + dc in wanted:
                                sheet.facts.shown[(r + dr, c + dc)] = shown
                if formula is not None and not empty and attrs.get(b"office:value-type") == b"float" \
                        and attrs.get(b"office:value") in (b"0", b"1"):
                    # a formula whose result LibreOffice shows as TRUE or FALSE (=TRUE(), =A1>0): saved as
                    # the number 1 or 0, which calamine reads; the cell says TRUE, and that is kept
                    stop = data.find(_END_CELL, m.end())
                    shown = _text(data[m.end():stop if stop >= 0 else len(data)])
                    if shown.upper() in ("TRUE", "FALSE"):
                        sheet.keep(sheet.row_repeat * repeat)
                        for dr in range(sheet.row_repeat):
                            for dc in range(repeat):
                                sheet.facts.texts[(r + dr, c + dc)] = shown
                    continue
                if b"error" in raw and attrs.get(b"calcext:value-type") == b"error" and not empty:
                    stop = data.find(_END_CELL, m.end())
                    error = _text(data[m.end():stop if stop >= 0 else len(data)]) or "#VALUE!"
                    sheet.keep(sheet.row_repeat * repeat)
                    for dr in range(sheet.row_repeat):
                        for dc in range(repeat):
                            sheet.facts.errors[(r + dr, c + dc)] = error
                if not empty and self.shown_cols is None and attrs.get(b"office:value-type") == b"string":
                    # a text: calamine reads it, but for what it may read otherwise (see cell_text)
                    stop = data.find(_END_CELL, m.end())
                    content = data[m.end():stop if stop >= 0 else len(data)]
                    if special(content):
                        self.odd_cell(raw, content, r, c, repeat)
                continue  # a value (a formula's saved result too): calamine reads it
            sheet.keep(sheet.row_repeat * repeat)
            for dr in range(sheet.row_repeat):
                for dc in range(repeat):
                    if formula is not None:
                        sheet.facts.formulas[(r + dr, c + dc)] = formula_text(html.unescape(formula.decode("utf-8", "replace")))
                    else:
                        sheet.facts.texts[(r + dr, c + dc)] = text
                        if odd:
                            sheet.facts.odd_texts[(r + dr, c + dc)] = odd
