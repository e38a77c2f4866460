"""The .xlsx side of :mod:`.scan`: a sheet's XML streamed from the zip, scanned without parsing it.

The cheap pass (what every sheet pays) unpacks the XML in chunks and runs one regular expression
and two substring searches over them: is there a cell whose reference is not a plain one inside
A1:Z99999 (a column past Z, a row past 99,999, no reference: calamine then counts its place), a
row marked hidden, a formula. When every cell has a plain reference the sheet's cells lie inside
A1:Z99999 (2.6 million cells at most) and only hidden rows and formulas are looked at. Otherwise an exact pass walks every row and cell tag the way calamine places them and
measures the cells that hold a value; only that extent is checked against MAX_CELLS, so a styled
empty cell at XFD1 costs nothing, a value there is refused.
"""
from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass, field

from wz_desktop.domain.text import msg
from wz_desktop.workbook.scan import (
    MAX_MERGES, MAX_SMALL_PART, MAX_VALUES, MAX_XLSX_PART, ScanRefusal, SheetFacts, TextBudget, chunks as _chunks,
    cell_name, open_part, check_extent, too_many, too_many_merges,
)

# parts calamine reads whole when it opens the workbook: checked before it does
OPEN_PARTS = ("xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml")
# the shortest cell holding a value is 22 bytes ('<c r="A1"><v>1</v></c>'): a sheet's XML up to this
# size can't hold MAX_VALUES of them, and its cell tags are only counted beyond it
COUNT_ABOVE = 22 * MAX_VALUES

_ROOT = re.compile(rb"<([A-Za-z_][\w.-]*:)?worksheet\b")
_LETTERS = re.compile(rb"([A-Z]{1,3})(\d+)$")


def _pattern(p: bytes, text: bytes) -> re.Pattern:
    return re.compile(text.replace(b"<P", b"<" + re.escape(p)).replace(b"</P", b"</" + re.escape(p)))


@dataclass
class _Patterns:
    prefix: bytes
    suspect: re.Pattern = field(init=False)
    hidden_row: re.Pattern = field(init=False)
    formula: re.Pattern = field(init=False)
    formula_body: re.Pattern = field(init=False)
    error_cell: re.Pattern = field(init=False)
    value: re.Pattern = field(init=False)
    string_cell: re.Pattern = field(init=False)
    tag: re.Pattern = field(init=False)
    end_cell: bytes = field(init=False)
    formula_open: bytes = field(init=False)

    def __post_init__(self) -> None:
        p = self.prefix
        # a cell tag whose reference is not the plain r="A1" … r="Z99999" right after its name (a
        # column past Z, a row past 99999, no reference at all, anything odd): the exact pass decides.
        # Where every cell has such a reference, calamine places every cell there, whatever the rows say.
        self.suspect = re.compile(rb"<" + re.escape(p) + rb"""c(?! r="[A-Z]\d{1,5}")[\s>/]""")
        self.hidden_row = _pattern(p, rb"""<Prow\b(?=[^>]*\shidden=["'](?:1|true)["'])([^>]*)>""")
        self.formula = _pattern(p, rb"""<Pc r="([A-Z]+\d+)"([^>]*?)(?<!/)>\s*<Pf\b([^>]*?)(?:/>|>([^<]*)</Pf>)\s*(<Pv\s*/>|<Pv>\s*</Pv>|<Pv\b)?""")
        self.formula_body = _pattern(p, rb"""\s*<Pf\b([^>]*?)(?:/>|>([^<]*)</Pf>)\s*(<Pv\s*/>|<Pv>\s*</Pv>|<Pv\b)?""")
        # a cell holding an error value (t="e"; its <v> holds '#DIV/0!'): calamine reads it as empty
        self.error_cell = _pattern(p, rb"""<Pc r="([A-Z]+\d+)"([^>]*?\st=["']e["'][^>]*?)(?<!/)>(.*?)</Pc>""")
        self.value = _pattern(p, rb"""<Pv>([^<]*)</Pv>""")
        self.string_cell = _pattern(p, rb"""<Pc r="([A-Z]+\d+)"([^>]*?\st=["'](?:s|inlineStr|str)["'][^>]*?)(?<!/)>(.*?)</Pc>""")
        self.tag = re.compile(rb"<(/?)" + re.escape(p) + rb"(row|c)\b([^>]*?)(/?)>")
        self.end_cell = b"</" + p + b"c>"
        self.formula_open = b"<" + p + b"f"


_SST_ROOT = re.compile(rb"<(?:[\w.-]+:)?sst\b([^>]*)>")
_SST_ITEM = re.compile(rb"<(?:[\w.-]+:)?si[\s>/]")
_UNIQUE_COUNT = re.compile(rb"""\suniqueCount\s*=\s*["']\s*([-+]?\d+)""")


def check_open_parts(archive: zipfile.ZipFile, name: str, text: TextBudget | None = None) -> bool:
    """Unpack (and throw away) the parts calamine reads whole on opening: a bomb is refused first.

    The shared strings' ``uniqueCount`` is what calamine reserves room for before reading a single
    string (24 bytes each): a 1 KB part declaring 2^31 of them asks for 51 GB, and the failed
    allocation aborts the process. A declared count beyond the strings really there (and beyond
    what a sheet may hold) is refused in words; a count a little off, as some writers leave it, is not.

    True when the shared strings hold an escape calamine leaves as it is (:data:`_WIDE_ESCAPE`)."""
    names = set(archive.namelist())
    escaped = False
    for part in OPEN_PARTS:
        if part in names:
            declared, items = 0, 0
            strings = part == "xl/sharedStrings.xml"
            with open_part(archive, part) as fh:
                for chunk in _chunks(fh, name, part, limit=MAX_XLSX_PART if strings else MAX_SMALL_PART, text=text):
                    if strings and not escaped and b"_x" in chunk and _WIDE_ESCAPE.search(chunk):
                        escaped = True
                    if strings:
                        if items == 0 and not declared:
                            root = _SST_ROOT.search(chunk)
                            count = _UNIQUE_COUNT.search(root.group(1)) if root else None
                            declared = int(count.group(1)) if count else 0
                        items += len(_SST_ITEM.findall(chunk))
            if items > 2 * MAX_VALUES:
                raise too_many_strings(name, items)
            if declared > max(items, MAX_VALUES):
                raise ScanRefusal(msg(
                    "文件“{name}”的共享字符串表声称有 {declared} 个字符串，实际只有 {items} 个，文件已损坏或是恶意构造的，"
                    "未导入任何内容。请在 Excel 或 WPS 中打开它并另存后再导入。", name=name, declared=declared, items=items),
                    whole=True)
    return escaped


def too_many_strings(name: str, items: int) -> ScanRefusal:
    return ScanRefusal(msg(
        "文件“{name}”的共享字符串表有超过 {limit} 个字符串，超出了能安全读取的范围，未导入任何内容。请把它拆成几个文件后再导入。",
        name=name, limit=2 * MAX_VALUES), whole=True)


def _ref(ref: bytes) -> tuple[int, int] | None:
    m = _LETTERS.match(ref)
    if not m:
        return None
    col = 0
    for ch in m.group(1):
        col = col * 26 + ch - 64
    return int(m.group(2)) - 1, col - 1


def _attr(attrs: bytes, name: bytes) -> bytes | None:
    m = re.search(rb"(?:^|\s)" + name + rb"""=["']([^"']*)["']""", attrs)
    return m.group(1) if m else None


class _FormulaText:
    """Formula texts as written, shared formulas carried to each cell that only points at them."""

    def __init__(self) -> None:
        self.shared: dict[bytes, tuple[str, str]] = {}  # si -> (text, the master's reference)

    def text(self, ref: str, f_attrs: bytes, body: bytes | None) -> str:
        text = html.unescape(body.decode("utf-8", "replace")) if body else ""
        kind = _attr(f_attrs, b"t")
        si = _attr(f_attrs, b"si")
        if kind == b"shared" and si is not None:
            if text:
                self.shared[si] = (text, ref)
            elif si in self.shared:
                master, origin = self.shared[si]
                try:
                    from openpyxl.formula.translate import Translator

                    return Translator("=" + master, origin=origin).translate_formula(ref)
                except Exception:  # noqa: BLE001 (a shared formula that cannot be translated is kept as its master's text)
                    return "=" + master
        if kind == b"dataTable":
            return "=TABLE({0},{1})".format((_attr(f_attrs, b"r1") or b"").decode(), (_attr(f_attrs, b"r2") or b"").decode())
        return "=" + text


# _xHHHH_: a UTF-16 code unit written as an escape (ECMA-376 ST_Xstring; "_x000D_" is a carriage return,
# "_x005F_x000D_" the text "_x000D_"). calamine unescapes only _x00HH_: "金州_x5206_队" stayed as it was,
# and an emoji written as _xD83D__xDC4D_ too. Excel shows 金州分队 and 👍.
_WIDE_ESCAPE = re.compile(rb"_x(?!00)[0-9A-Fa-f]{4}_")
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_T = re.compile(rb"<(?:[\w.-]+:)?t(?:\s[^>]*)?>([^<]*)</(?:[\w.-]+:)?t>|<(?:[\w.-]+:)?t\s*/>")
_PHONETIC = re.compile(rb"<(?:[\w.-]+:)?rPh\b.*?</(?:[\w.-]+:)?rPh>", re.S)
_SI = re.compile(rb"<(?:[\w.-]+:)?si\b[^>]*?(?:/>|>(.*?)</(?:[\w.-]+:)?si>)", re.S)


def unescape(text: str) -> str:
    """A string of SpreadsheetML as Excel shows it: every _xHHHH_ escape read (surrogate pairs joined)."""
    if "_x" not in text:
        return text
    out = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    if any("\ud800" <= ch <= "\udfff" for ch in out):
        out = out.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return out


def _string_text(body: bytes) -> str:
    """The text of a <si> or <is>: its <t> and its runs' <t>, without the phonetic runs (<rPh>)."""
    body = _PHONETIC.sub(b"", body)
    return unescape(html.unescape("".join(m.group(1).decode("utf-8", "replace") for m in _T.finditer(body) if m.group(1))))


def wide_escaped_strings(archive: zipfile.ZipFile, name: str) -> dict[int, str]:
    """The shared strings holding an escape calamine leaves (:data:`_WIDE_ESCAPE`): index -> the text
    Excel shows. Read only where check_open_parts found one (the part's size is checked there)."""
    out: dict[int, str] = {}
    index = 0
    rest = b""  # an item cut by the chunk's end (a prefixed </x:si> is no cut mark): read with the next one
    with open_part(archive, "xl/sharedStrings.xml") as fh:
        for chunk in _chunks(fh, name, "xl/sharedStrings.xml", limit=MAX_XLSX_PART):
            data, end = rest + chunk, 0
            for m in _SI.finditer(data):
                body = m.group(1) or b""
                if _WIDE_ESCAPE.search(body):
                    out[index] = _string_text(body)
                index += 1
                end = m.end()
            rest = data[end:]
    return out


_FULL_CALC = re.compile(rb"""<(?:[\w.-]+:)?calcPr\b[^>]*?\sfullCalcOnLoad\s*=\s*["']\s*(?:1|true)\s*["']""")


def results_not_computed(archive: zipfile.ZipFile, book_part: str = "xl/workbook.xml") -> bool:
    """The workbook asks the spreadsheet to recalculate everything when it opens it (calcPr's
    fullCalcOnLoad): the results saved with its formulas were not computed. xlsxwriter saves 0 for a
    formula it was given no value for, openpyxl saves none; Excel opens the file and shows 7 for =3+4."""
    try:
        with archive.open(book_part) as fh:
            return _FULL_CALC.search(fh.read(MAX_SMALL_PART)) is not None
    except (KeyError, OSError, zipfile.BadZipFile):
        return False


def is_sheet(archive: zipfile.ZipFile, member: str) -> bool:
    with archive.open(member) as fh:
        return _ROOT.search(fh.read(4096)) is not None


def scan_sheet(archive: zipfile.ZipFile, member: str, sheet: str, file_name: str,
               text: TextBudget | None = None, stale: bool = False, strings: dict[int, str] | None = None) -> SheetFacts:
    """Hidden rows and formulas without results of one sheet; refuses it (ScanRefusal) when its
    cells would need more than MAX_CELLS, it has more than MAX_MERGES merged ranges, its XML
    unpacks beyond MAX_XLSX_PART, or its texts are too long (``text``, the file's budget). ``stale``:
    the saved results of the formulas were not computed (:func:`results_not_computed`): every formula
    is kept as its text. ``strings``: the shared strings calamine does not unescape whole
    (:func:`wide_escaped_strings`); the cells holding them get their text in ``facts.texts``, as do
    inline and formula strings holding such an escape."""
    facts = SheetFacts(stale=stale)
    info = archive.getinfo(member)
    with archive.open(info) as fh:
        first = fh.read(4096)
    root = _ROOT.search(first)
    pats = _Patterns((root.group(1) or b"") if root else b"")
    suspect = False
    formulas = _FormulaText()
    size = tags = 0
    counting = info.file_size > COUNT_ABOVE
    cell_tag = b"<" + pats.prefix + b"c "
    merge_tag, merges_tag = b"<" + pats.prefix + b"mergeCell", b"<" + pats.prefix + b"mergeCells"
    merges = 0
    with open_part(archive, info) as fh:
        for chunk in _chunks(fh, file_name, member, limit=MAX_XLSX_PART, end=pats.end_cell, text=text):
            if merge_tag in chunk:
                merges += chunk.count(merge_tag) - chunk.count(merges_tag)
                if merges > MAX_MERGES:
                    raise too_many_merges(sheet)
            if not suspect and pats.suspect.search(chunk):
                suspect = True
            size += len(chunk)
            if counting and not suspect:
                # big enough to hold more than MAX_VALUES cells: count their tags (styled empty cells
                # too; where that is too many, the exact pass counts only the ones holding a value)
                tags += chunk.count(cell_tag)
                suspect = tags > MAX_VALUES
            elif size > COUNT_ABOVE:
                suspect = True  # bigger than the zip said: the exact pass counts
            if suspect:
                continue  # the exact pass redoes everything; only the size is still checked here
            if b"hidden" in chunk:
                for m in pats.hidden_row.finditer(chunk):
                    r = _attr(m.group(1), b"r")
                    if r is None or not r.isdigit():
                        suspect = True  # a hidden row placed by counting: the exact pass counts
                        break
                    facts.hidden_rows.add(int(r) - 1)
            if b'"e"' in chunk or b"'e'" in chunk:
                for m in pats.error_cell.finditer(chunk):
                    pos = _ref(m.group(1))
                    if pos is not None:
                        _error(pats, pos, m.group(3), facts)
            if strings or (b"_x" in chunk and _WIDE_ESCAPE.search(chunk)):
                _escaped_cells(pats, chunk, strings or {}, facts)
            if pats.formula_open in chunk:
                for m in pats.formula.finditer(chunk):
                    ref, c_attrs = m.group(1), m.group(2)
                    pos = _ref(ref)
                    if pos is not None:
                        _formula(pats, ref.decode(), pos, c_attrs, m, 3, facts, formulas)
    if suspect:
        return _exact(archive, info, sheet, file_name, pats, stale, strings)
    return facts


def _escaped_cells(pats: _Patterns, chunk: bytes, strings: dict[int, str], facts: SheetFacts) -> None:
    """The texts of cells calamine leaves escaped: shared strings of ``strings``, inline strings and
    formula strings holding a _xHHHH_ escape past _x00FF_ (into ``facts.texts``)."""
    for m in pats.string_cell.finditer(chunk):
        pos = _ref(m.group(1))
        if pos is not None:
            _escaped_cell(pats, pos, m.group(2), m.group(3), strings, facts)


def _escaped_cell(pats: _Patterns, pos: tuple[int, int], attrs: bytes, body: bytes, strings: dict[int, str],
                  facts: SheetFacts) -> None:
    kind = _attr(attrs, b"t")
    if kind in (b"s", b"inlineStr", b"str"):
        if kind == b"s":
            v = pats.value.search(body)
            if v is not None and v.group(1).strip().isdigit() and int(v.group(1)) in strings:
                facts.texts[pos] = strings[int(v.group(1))]
        elif _WIDE_ESCAPE.search(body):
            if kind == b"str":
                v = pats.value.search(body)
                if v is not None:
                    facts.texts[pos] = unescape(html.unescape(v.group(1).decode("utf-8", "replace")))
            else:
                facts.texts[pos] = _string_text(body)


def _formula(pats: _Patterns, ref: str, pos: tuple[int, int], c_attrs: bytes, m: re.Match, at: int,
             facts: SheetFacts, formulas: _FormulaText) -> None:
    """Groups at, at+1, at+2 of ``m``: the <f> tag's attributes, its text, what follows it (<v…)."""
    f_attrs, body, value = m.group(at), m.group(at + 1), m.group(at + 2)
    text = formulas.text(ref, f_attrs, body)
    if facts.stale:
        facts.formulas[pos] = text  # a result saved without being computed: not the value Excel shows
        return
    if value == b"<" + pats.prefix + b"v":
        return  # <v>…</v>: the result was saved, calamine reads it
    if value is not None and _attr(c_attrs, b"t") == b"str":
        facts.empty_results.add(pos)  # <v></v> on a text formula: its result is the empty text
        return
    facts.formulas[pos] = text


def _error(pats: _Patterns, pos: tuple[int, int], body: bytes, facts: SheetFacts) -> None:
    """An error value's text ('#DIV/0!'), from the <v> of a cell whose type is e."""
    v = pats.value.search(body)
    text = html.unescape(v.group(1).decode("utf-8", "replace")).strip() if v else ""
    facts.errors[pos] = text or "#VALUE!"


def _exact(archive: zipfile.ZipFile, info: zipfile.ZipInfo, sheet: str, file_name: str, pats: _Patterns,
           stale: bool = False, strings: dict[int, str] | None = None) -> SheetFacts:
    """Every row and cell tag, placed as calamine places them; the extent of the cells with values."""
    facts = SheetFacts(stale=stale)
    formulas = _FormulaText()
    row, col, cells = -1, 0, 0
    max_row = max_col = -1
    far, far_area = None, 0
    end_cell = pats.end_cell
    opens = (b"<" + pats.prefix + b"v", b"<" + pats.prefix + b"is", pats.formula_open)
    with open_part(archive, info) as fh:
        for chunk in _chunks(fh, file_name, info.filename, limit=MAX_XLSX_PART, end=end_cell):
            for m in pats.tag.finditer(chunk):
                closing, what, attrs, empty = m.groups()
                if closing:
                    continue
                if what == b"row":
                    r = _attr(attrs, b"r")
                    row = int(r) - 1 if r and r.isdigit() else row + 1
                    col = 0
                    if _attr(attrs, b"hidden") in (b"1", b"true"):
                        facts.hidden_rows.add(row)
                    continue
                ref = _attr(attrs, b"r")
                pos = _ref(ref) if ref else None
                r, c = pos if pos is not None else (row, col)
                col = c + 1
                if empty or r < 0:
                    continue
                stop = chunk.find(end_cell, m.end())
                body = chunk[m.end():stop if stop >= 0 else len(chunk)]
                if not any(o in body for o in opens):
                    continue  # an empty cell (a style only): calamine skips it
                if _attr(attrs, b"t") == b"e":
                    _error(pats, (r, c), body, facts)
                if strings or (b"_x" in body and _WIDE_ESCAPE.search(body)):
                    _escaped_cell(pats, (r, c), attrs, body, strings or {}, facts)
                if pats.formula_open in body:
                    fm = pats.formula_body.match(body)
                    if fm is not None:
                        _formula(pats, cell_name(r, c), (r, c), attrs, fm, 1, facts, formulas)
                cells += 1
                if cells > MAX_VALUES:
                    raise too_many(sheet, cells)
                area = (r + 1) * (c + 1)
                if area > far_area:
                    far, far_area = (r, c), area
                max_row, max_col = max(max_row, r), max(max_col, c)
    facts.extent = (max_row + 1, max_col + 1)
    check_extent(sheet, facts.extent, far)
    return facts
