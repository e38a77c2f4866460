#!/usr/bin/env python3
"""A fourth blind trial of the workbook importer (issue 10): how the FILE encodes a value.

    PYTHONPATH=$PWD python bench/blind_trial4.py [--out DIR] [--only E01 E05 ...] [--code OTHER_CHECKOUT] [--quiet]

The earlier trials (blind_trial.py, blind_trial3.py) wrote every workbook with openpyxl and let
LibreOffice save it: the files were LibreOffice's, whatever a person typed. This one writes the
files itself, the way other programs do, and asks how a value is ENCODED rather than how it was
typed: raw SpreadsheetML zipped by hand (the 1904 date system, rich-text and phonetic runs, inline
strings, formula strings, ISO dates ``t="d"``, booleans and error cells, ``_xHHHH_`` escapes, a
quote prefix, text and percent formats, float noise from formulas, Strict OOXML, parts under odd
names and absolute targets, shared and array formulas, formulas without a cached value), xlsxwriter
(which caches 0 for a formula it was given no value for), openpyxl saved directly (no cached values
at all), xlwt (.xls: DATEMODE 1904, UTF-16 surrogate pairs, long strings, formulas whose cached
result is empty) and LibreOffice's own conversions of some of the raw files.

The truth of each task is what a person sees in Excel or LibreOffice; it was decided before the
importer was read. Grading (the machinery of blind_trial.check): right / flagged (the report has a
line for the row) / refused in words / silently wrong / traceback. A truth wrapped in R() must be
kept raw and flagged.
"""
from __future__ import annotations

import argparse
import re
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind_trial as bt
from blind_trial import FIELDS, H7, R, Book

D = dt.datetime
KIND = "水上救援"

# ---------------------------------------------------------------- cells of raw SpreadsheetML


@dataclass
class X:
    """One cell as the file encodes it: the attributes after r=, and the inner XML."""
    attrs: str = ""
    inner: str = ""
    style: Any = None          # a number format code, or ("quote", code) for quotePrefix


def num(v: float | int, style: Any = None) -> X:
    return X("", f"<v>{v!r}</v>" if isinstance(v, float) else f"<v>{v}</v>", style)


def sst(text: str, style: Any = None) -> X:
    """A plain shared string (the writer puts it in the table)."""
    return X("SST", text, style)


def sst_xml(si_inner: str, style: Any = None) -> X:
    """A shared string whose <si> content is given as XML (runs, phonetic runs)."""
    return X("SSTXML", si_inner, style)


def inline(xml: str, style: Any = None) -> X:
    return X('t="inlineStr"', f"<is>{xml}</is>", style)


def fstr(formula: str, cached: str | None, style: Any = None) -> X:
    v = "" if cached is None else f"<v>{escape(cached)}</v>"
    return X('t="str"', f"<f>{escape(formula)}</f>{v}", style)


def fnum(formula: str, cached: float | int | None, style: Any = None, extra: str = "") -> X:
    v = "" if cached is None else (f"<v>{cached!r}</v>" if isinstance(cached, float) else f"<v>{cached}</v>")
    f = f"<f{extra}>{escape(formula)}</f>" if formula else f"<f{extra}/>"
    return X("", f + v, style)


def iso(text: str, style: Any = None) -> X:
    return X('t="d"', f"<v>{text}</v>", style)


def boolean(v: bool) -> X:
    return X('t="b"', f"<v>{int(v)}</v>")


def error(code: str) -> X:
    return X('t="e"', f"<v>{escape(code)}</v>")


def t(s: str) -> str:
    sp = ' xml:space="preserve"' if s != s.strip() or "\n" in s else ""
    return f"<t{sp}>{escape(s)}</t>"


def serial(d: dt.datetime | dt.date, epoch1904: bool = False) -> float:
    if not isinstance(d, dt.datetime):
        d = dt.datetime(d.year, d.month, d.day)
    delta = d - dt.datetime(1899, 12, 30)
    v = delta.days + delta.seconds / 86400
    if epoch1904:
        v -= 1462
    return float(v) if v != int(v) else int(v)


def col(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


NS_T = dict(main="http://schemas.openxmlformats.org/spreadsheetml/2006/main",
            r="http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            pkg="http://schemas.openxmlformats.org/package/2006/relationships")
NS_S = dict(main="http://purl.oclc.org/ooxml/spreadsheetml/main",
            r="http://purl.oclc.org/ooxml/officeDocument/relationships",
            rel="http://purl.oclc.org/ooxml/officeDocument/relationships",
            pkg="http://schemas.openxmlformats.org/package/2006/relationships")


@dataclass
class RawBook:
    sheets: list[tuple[str, list[list[X | None]]]]
    date1904: bool = False
    strict: bool = False
    odd_paths: bool = False          # sheet10.xml first, absolute targets, strings and styles under other names
    odd_book: bool = False           # and the workbook part itself at xl/book.xml
    no_refs: bool = False            # cells and rows without r=
    calc_on_load: bool = False
    phonetic: bool = False
    dimension: str | None = None     # a <dimension ref=…> that may lie
    no_styles: bool = False          # no styles part at all (some generators write none)
    inline_only: bool = False        # every text inline, no shared strings part


def write_raw(rb: RawBook, path: Path) -> None:
    ns = NS_S if rb.strict else NS_T
    strings: list[str] = []
    index: dict[str, int] = {}

    def si(inner: str) -> int:
        if inner not in index:
            index[inner] = len(strings)
            strings.append(inner)
        return index[inner]

    fmts: list[Any] = [None]
    custom: dict[str, int] = {}

    def xf(style: Any) -> int:
        if style is None:
            return 0
        if style not in fmts:
            fmts.append(style)
        return fmts.index(style)

    sheet_xml = []
    for _name, rows in rb.sheets:
        out = []
        for r, cells in enumerate(rows, 1):
            cs = []
            for c, cell in enumerate(cells, 1):
                if cell is None:
                    continue
                ref = "" if rb.no_refs else f' r="{col(c)}{r}"'
                s = xf(cell.style)
                sa = f' s="{s}"' if s else ""
                if cell.attrs == "SST" and rb.inline_only:
                    cs.append(f'<c{ref}{sa} t="inlineStr"><is>{t(cell.inner)}</is></c>')
                elif cell.attrs == "SST":
                    cs.append(f'<c{ref}{sa} t="s"><v>{si(t(cell.inner))}</v></c>')
                elif cell.attrs == "SSTXML":
                    cs.append(f'<c{ref}{sa} t="s"><v>{si(cell.inner)}</v></c>')
                else:
                    a = f" {cell.attrs}" if cell.attrs else ""
                    cs.append(f"<c{ref}{sa}{a}>{cell.inner}</c>")
            rr = "" if rb.no_refs else f' r="{r}"'
            out.append(f"<row{rr}>{''.join(cs)}</row>")
        sheet_xml.append(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         f'<worksheet xmlns="{ns["main"]}" xmlns:r="{ns["r"]}">'
                         + (f'<dimension ref="{rb.dimension}"/>' if rb.dimension else "") +
                         f'<sheetData>{"".join(out)}</sheetData></worksheet>')
    numfmts = []
    xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']
    for st in fmts[1:]:
        quote = isinstance(st, tuple) and st[0] == "quote"
        if isinstance(st, tuple) and st[0] == "id":   # a built-in format id, no numFmt written
            xfs.append(f'<xf numFmtId="{st[1]}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>')
            continue
        code = st[1] if quote else st
        builtin = {"General": 0, "0": 1, "0%": 9, "0.00%": 10, "# ?/?": 12, "@": 49, "m/d/yyyy": 14}
        if code in builtin:
            fid = builtin[code]
        else:
            if code not in custom:
                custom[code] = 164 + len(custom)
                numfmts.append(f'<numFmt numFmtId="{custom[code]}" formatCode="{escape(code, {chr(34): "&quot;"})}"/>')
            fid = custom[code]
        q = ' quotePrefix="1"' if quote else ""
        xfs.append(f'<xf numFmtId="{fid}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"{q}/>')
    nf = f'<numFmts count="{len(numfmts)}">{"".join(numfmts)}</numFmts>' if numfmts else ""
    fonts = '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><sz val="9"/><name val="MS PGothic"/></font></fonts>'
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{ns["main"]}">{nf}{fonts}'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs></styleSheet>')
    sst_doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{ns["main"]}" count="{len(strings)}" '
               f'uniqueCount="{len(strings)}">{"".join(f"<si>{s}</si>" for s in strings)}</sst>')
    rel_base = ns["rel"]
    if rb.odd_paths:
        wb_part = "xl/book.xml" if rb.odd_book else "xl/workbook.xml"
        # the first sheet in the book's order lives in sheet10.xml, the second in sheet2.xml ...
        sheet_parts = [f"xl/worksheets/sheet{10 if i == 0 else i + 1}.xml" for i in range(len(rb.sheets))]
        sst_part, sty_part = "xl/strings/ss.xml", "xl/styles/st.xml"
        target = lambda p: "/" + p  # noqa: E731  (absolute targets)
    else:
        wb_part = "xl/workbook.xml"
        sheet_parts = [f"xl/worksheets/sheet{i + 1}.xml" for i in range(len(rb.sheets))]
        sst_part, sty_part = "xl/sharedStrings.xml", "xl/styles.xml"
        target = lambda p: p[3:]  # noqa: E731
    rid = {p: f"rId{i + 7}" for i, p in enumerate(reversed(sheet_parts))}   # ids not in sheet order
    wb_rels = "".join(f'<Relationship Id="{rid[p]}" Type="{rel_base}/worksheet" Target="{target(p)}"/>' for p in sheet_parts)
    if not rb.inline_only:
        wb_rels += f'<Relationship Id="rId1" Type="{rel_base}/sharedStrings" Target="{target(sst_part)}"/>'
    if not rb.no_styles:
        wb_rels += f'<Relationship Id="rId2" Type="{rel_base}/styles" Target="{target(sty_part)}"/>'
    calc = '<calcPr calcId="0" fullCalcOnLoad="1"/>' if rb.calc_on_load else ""
    pr = '<workbookPr date1904="1"/>' if rb.date1904 else ("<workbookPr/>" if not rb.strict else '<workbookPr dateCompatibility="0"/>')
    sheets = "".join(f'<sheet name="{escape(n)}" sheetId="{i + 3}" r:id="{rid[p]}"/>'
                     for i, ((n, _), p) in enumerate(zip(rb.sheets, sheet_parts)))
    wb_doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{ns["main"]}" xmlns:r="{ns["r"]}">'
              f'{pr}<bookViews><workbookView/></bookViews><sheets>{sheets}</sheets>{calc}</workbook>')
    odoc = ("http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" if rb.strict
            else "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument")
    root_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{ns["pkg"]}">'
                 f'<Relationship Id="rId1" Type="{odoc}" Target="{wb_part}"/></Relationships>')
    ct = ("application/vnd.openxmlformats-officedocument.spreadsheetml")
    overrides = [f'<Override PartName="/{wb_part}" ContentType="{ct}.sheet.main+xml"/>']
    if not rb.inline_only:
        overrides.append(f'<Override PartName="/{sst_part}" ContentType="{ct}.sharedStrings+xml"/>')
    if not rb.no_styles:
        overrides.append(f'<Override PartName="/{sty_part}" ContentType="{ct}.styles+xml"/>')
    overrides += [f'<Override PartName="/{p}" ContentType="{ct}.worksheet+xml"/>' for p in sheet_parts]
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>")
    wb_dir, wb_file = wb_part.rsplit("/", 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", root_rels)
        z.writestr(wb_part, wb_doc)
        z.writestr(f"{wb_dir}/_rels/{wb_file}.rels",
                   f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{ns["pkg"]}">{wb_rels}</Relationships>')
        # the parts in the zip in another order than the book's
        for p, doc in sorted(zip(sheet_parts, sheet_xml), key=lambda x: x[0], reverse=True):
            z.writestr(p, doc)
        if not rb.inline_only:
            z.writestr(sst_part, sst_doc)
        if not rb.no_styles:
            z.writestr(sty_part, styles)


# ---------------------------------------------------------------- cases

DT_FMT = "yyyy-mm-dd hh:mm"


@dataclass
class Case:
    name: str                 # E01 …
    title: str
    fmt: str                  # xlsx | xls | ods (of the file finally read)
    writer: Callable[[Path], None]
    book: Book
    lo: tuple[str, ...] = ()  # also read LibreOffice's conversion into these formats
    notes: str = ""


CASES: list[Case] = []
_seq = [0]


def base(n: int, **over: Any) -> dict[str, Any]:
    """The default values of task n (cells are plain), then the overrides."""
    d = dict(event_no=f"WZ2022-{n:04d}", summary=f"编码试验任务（{n}）", departure=D(2022, 3, 1 + n % 27, 9, 30),
             headcount=5, vehicles=1, squad="金州分队", remarks="")
    d.update(over)
    return d


def truth_of(cells: dict[str, Any], truth: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in FIELDS:
        v = truth[f] if f in truth else cells[f]
        if isinstance(v, X):
            raise ValueError(f"truth needed for the encoded {f}")
        if isinstance(v, dt.datetime):
            v = v.strftime("%Y-%m-%d %H:%M")
        elif isinstance(v, dt.date):
            v = v.strftime("%Y-%m-%d")
        out[f] = v
    return out


def plain(v: Any, epoch1904: bool = False) -> X | None:
    if isinstance(v, X):
        return v
    if v is None or v == "":
        return None
    if isinstance(v, (dt.datetime, dt.date)):
        return num(serial(v, epoch1904), DT_FMT)
    if isinstance(v, (int, float)):
        return num(v)
    return sst(v)


@dataclass
class Spec:
    """Rows of one sheet: (cells by field, truth overrides)."""
    sheet: str = KIND
    rows: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)

    def add(self, truth: dict[str, Any] | None = None, **cells: Any) -> None:
        _seq[0] += 1
        self.rows.append((base(_seq[0], **cells), truth or {}))


def raw_case(name: str, title: str, specs: list[Spec], lo: tuple[str, ...] = (), notes: str = "", **rbargs: Any) -> Case:
    b = Book(f"2022年{title}（{name}）", "xlsx", 2022)
    sheets = []
    for sp in specs:
        rows: list[list[X | None]] = [[sst(h) for h in H7]]
        for cells, tr in sp.rows:
            rows.append([plain(cells[f], rbargs.get("date1904", False)) for f in FIELDS])
            tt = truth_of(cells, tr)
            tt["sheet"] = KIND if sp.sheet not in bt.SHEETS else sp.sheet
            tt["_src"] = [sp.sheet, len(rows)]
            b.truth.append(tt)
        sheets.append((sp.sheet, rows))
    rb = RawBook(sheets, **rbargs)
    c = Case(name, title, "xlsx", lambda p, rb=rb: write_raw(rb, p), b, lo, notes)
    CASES.append(c)
    return c


def e01() -> None:   # the 1904 date system written by hand (Mac Excel): serials are 1462 days smaller
    s = Spec()
    s.add(departure=D(2022, 3, 5, 15, 30))
    s.add(departure=D(2022, 3, 6))
    # a time under a date-only format: the file holds 08:00 (the formula bar shows it); keeping it is right
    s.add(departure=num(serial(D(2022, 3, 7, 8, 0), True), "m/d/yyyy"), truth=dict(departure="2022-03-07 08:00"))
    s.add(departure=num(serial(D(2022, 3, 8, 20, 15), True), 'yyyy"年"m"月"d"日" h:mm'), truth=dict(departure="2022-03-08 20:15"))
    raw_case("E01", "1904日期系统", [s], lo=("xls", "ods"), date1904=True)


def e02() -> None:   # shared strings with rich-text runs and phonetic runs (Japanese Excel adds furigana)
    s = Spec()
    s.add(squad=sst_xml('<r><rPr><b/><sz val="11"/></rPr><t>金州</t></r><r><rPr><sz val="11"/></rPr><t>分队</t></r>'),
          truth=dict(squad="金州分队"))
    s.add(summary=sst_xml('<r><t>老虎滩</t></r><r><rPr><color rgb="FFFF0000"/></rPr><t xml:space="preserve"> 落水救援</t></r>'),
          truth=dict(summary="老虎滩 落水救援"))
    s.add(squad=sst_xml('<t>水上救援分队</t><rPh sb="0" eb="2"><t>スイジョウ</t></rPh><phoneticPr fontId="1" type="noConversion"/>'),
          truth=dict(squad="水上救援分队"))
    s.add(remarks=sst_xml('<r><t>平安</t></r><r><t>返回</t></r><rPh sb="0" eb="2"><t>ヘイアン</t></rPh><phoneticPr fontId="1"/>'),
          truth=dict(remarks="平安返回"))
    s.add(event_no=sst_xml('<r><t>WZ2022-</t></r><r><rPr><b/></rPr><t>0777</t></r>'), truth=dict(event_no="WZ2022-0777"))
    s.add(headcount=sst_xml('<r><t>1</t></r><r><rPr><b/></rPr><t>2</t></r><rPh sb="0" eb="1"><t>ジュウ</t></rPh>'),
          truth=dict(headcount=12))
    raw_case("E02", "富文本与注音", [s], lo=("xls", "ods"), phonetic=True)


def e03() -> None:   # inline strings, formula strings, ISO dates t="d"
    s = Spec()
    s.add(summary=inline(t("内联文本的摘要（甲）")), truth=dict(summary="内联文本的摘要（甲）"))
    s.add(squad=inline("<r><t>甘井子</t></r><r><rPr><i/></rPr><t>分队</t></r>"), truth=dict(squad="甘井子分队"))
    s.add(event_no=fstr('CONCATENATE("WZ2022-","0901")', "WZ2022-0901"), truth=dict(event_no="WZ2022-0901"))
    s.add(headcount=fstr('TEXT(7,"0")', "7"), truth=dict(headcount=7))
    s.add(departure=iso("2022-03-05T15:30:00", DT_FMT), truth=dict(departure="2022-03-05 15:30"))
    s.add(departure=iso("2022-03-06", "yyyy-mm-dd"), truth=dict(departure="2022-03-06"))
    s.add(departure=iso("2022-03-07T08:05:00Z", DT_FMT), truth=dict(departure="2022-03-07 08:05"))
    s.add(departure=fstr('TEXT(DATE(2022,3,8),"yyyy-mm-dd")&" 10:00"', "2022-03-08 10:00"), truth=dict(departure="2022-03-08 10:00"))
    raw_case("E03", "内联与公式文本与ISO日期", [s], lo=("xls", "ods"))


def e04() -> None:   # booleans and error cells in every column
    s = Spec()
    s.add(headcount=boolean(True), truth=dict(headcount=R("TRUE")))
    s.add(vehicles=boolean(False), truth=dict(vehicles=R("FALSE")))
    s.add(headcount=error("#N/A"), truth=dict(headcount=R("#N/A")))
    s.add(vehicles=error("#DIV/0!"), truth=dict(vehicles=R("#DIV/0!")))
    s.add(departure=error("#REF!"), truth=dict(departure=R("#REF!")))
    s.add(departure=boolean(True), truth=dict(departure=R("TRUE")))
    s.add(event_no=error("#N/A"), truth=dict(event_no=R("#N/A")))
    s.add(squad=error("#NAME?"), truth=dict(squad=R("#NAME?")))
    s.add(remarks=error("#VALUE!"), truth=dict(remarks=R("#VALUE!")))
    s.add(remarks=boolean(True), truth=dict(remarks=R("TRUE")))
    s.add(squad=boolean(False), truth=dict(squad=R("FALSE")))
    s.add(headcount=X('t="e"', '<f>VLOOKUP(A1,Z:Z,2,0)</f><v>#N/A</v>'), truth=dict(headcount=R("#N/A")))
    raw_case("E04", "布尔与错误值", [s], lo=("xls", "ods"))


def e05() -> None:   # OOXML escapes _xHHHH_ in shared and inline strings
    s = Spec()
    s.add(remarks=sst("第一次返回_x000D_\n第二次返回"), truth=dict(remarks="第一次返回\n第二次返回"))
    s.add(summary=sst("码头_x0009_落水"), truth=dict(summary="码头\t落水"))
    s.add(remarks=sst("文件名_x005F_x000D_保留"), truth=dict(remarks="文件名_x000D_保留"))
    s.add(event_no=sst("WZ2022_x002D_0905"), truth=dict(event_no="WZ2022-0905"))
    s.add(squad=inline(t("金州_x5206_队")), truth=dict(squad="金州分队"))
    s.add(headcount=sst("_x0031__x0032_"), truth=dict(headcount=12))
    s.add(remarks=sst("家属致谢_xD83D__xDE4F_"), truth=dict(remarks="家属致谢🙏"))
    s.add(summary=fstr('"落水"&"救援"', "落_x6C34_救援"), truth=dict(summary="落水救援"))
    s.add(squad=sst_xml('<r><t>甘井</t></r><r><t>子_x5206_队</t></r><rPh sb="0" eb="1"><t>カン</t></rPh>'), truth=dict(squad="甘井子分队"))
    s.add(departure=sst("2022-03-09_x0020_14:00"), truth=dict(departure="2022-03-09 14:00"))
    # not through LibreOffice: it reads _x002D_ and _x5206_ as they are written (only control characters are
    # unescaped), so its files hold other texts than Excel shows
    raw_case("E05", "转义字符", [s])


def e06() -> None:   # quote prefix, a number under the text format @, percent and fraction formats, float noise
    s = Spec()
    s.add(departure=sst("2022-03-10 16:00", ("quote", "General")), truth=dict(departure="2022-03-10 16:00"))
    s.add(headcount=sst("12", ("quote", "General")), truth=dict(headcount=12))
    s.add(event_no=num(906, "@"), truth=dict(event_no="906"))
    s.add(headcount=num(9, "@"), truth=dict(headcount=9))
    s.add(headcount=num(0.12, "0%"), truth=dict(headcount=R("12%")))
    s.add(vehicles=num(0.03, "0%"), truth=dict(vehicles=R("3%")))
    s.add(headcount=num(5.5, "# ?/?"), truth=dict(headcount=R("5 1/2")))
    s.add(headcount=num(6, "# ?/?"), truth=dict(headcount=6))
    s.add(headcount=fnum("A1*0+16", 16.000000000000004), truth=dict(headcount=16))
    s.add(vehicles=fnum("0.1*30", 2.9999999999999996), truth=dict(vehicles=3))
    s.add(headcount=num(7.000000000000001), truth=dict(headcount=7))
    s.add(departure=fnum("DATE(2022,3,11)+15/24", serial(D(2022, 3, 11, 15)) + 7e-12, DT_FMT),
          truth=dict(departure="2022-03-11 15:00"))
    s.add(departure=num(serial(D(2022, 3, 12, 10, 0)) - 0.0001 / 86400, DT_FMT), truth=dict(departure="2022-03-12 10:00"))
    s.add(departure=num(serial(D(2022, 3, 12, 9, 59)) + 40 / 86400, DT_FMT), truth=dict(departure="2022-03-12 09:59"))
    raw_case("E06", "引号前缀与文本格式与百分比", [s], lo=("xls", "ods"))


def e07() -> None:   # Strict Open XML (Excel's "Strict Open XML Spreadsheet")
    s = Spec()
    s.add()
    s.add(departure=D(2022, 3, 13, 22, 0))
    s.add(squad="甘井子分队", headcount=14)
    s.add(departure=iso("2022-03-14T06:45:00", DT_FMT), truth=dict(departure="2022-03-14 06:45"))
    raw_case("E07", "严格格式", [s], lo=("xls", "ods"), strict=True)


def e08() -> None:   # parts under unusual names and absolute targets; sheets in another order than the files
    s1, s2, s3 = Spec("水上救援"), Spec("城市搜救"), Spec("山地救援")
    s1.add(summary="水上的任务（第一个工作表）")
    s2.add(summary="城市的任务（第二个工作表）")
    s2.add(summary="城市的任务（第二个工作表，二）")
    s3.add(summary="山地的任务（第三个工作表）")
    raw_case("E08", "部件名与绝对路径", [s1, s2, s3], lo=("xls",), odd_paths=True)


def e08b() -> None:   # the same, and the workbook part itself under another name (xl/book.xml)
    s1, s2 = Spec("水上救援"), Spec("城市搜救")
    s1.add(summary="水上的任务（工作簿部件改名）")
    s2.add(summary="城市的任务（工作簿部件改名）")
    raw_case("E08b", "工作簿部件改名", [s1, s2], lo=("xls",), odd_paths=True, odd_book=True)


def e09() -> None:   # rows and cells without r= (allowed by the schema; some writers leave them out)
    s = Spec()
    s.add()
    s.add(remarks="无坐标的单元格")
    s.add(headcount=11, vehicles=3)
    raw_case("E09", "无单元格坐标", [s], lo=("xls",), no_refs=True)


def e10() -> None:   # invisible and look-alike characters, emoji, variation selectors, very long texts
    s = Spec()
    s.add(squad="金州分队\u3000", truth=dict(squad="金州分队"))
    s.add(squad="\u00a0甘井子分队\u00a0", truth=dict(squad="甘井子分队"))
    s.add(event_no="WZ2022-\u200b0931", truth=dict(event_no="WZ2022-0931"))
    s.add(summary="\ufeff落水救援（BOM）", truth=dict(summary="落水救援（BOM）"))
    s.add(remarks="平安返回👍🏻，家属致谢🙏", truth=dict(remarks="平安返回👍🏻，家属致谢🙏"))
    s.add(remarks="注意⚠\ufe0f 暗礁", truth=dict(remarks="注意⚠\ufe0f 暗礁"))
    s.add(summary="寻找葛\U000e0100某（异体字选择符）", truth=dict(summary="寻找葛\U000e0100某（异体字选择符）"))
    s.add(summary="兼容汉字\uf900\uf951测试", truth=dict(summary="兼容汉字\uf900\uf951测试"))
    long = "长备注" + "某" * 32000
    s.add(remarks=long, truth=dict(remarks=long))
    longsum = "很长的摘要：" + "落水者位置不明，" * 900
    s.add(summary=longsum, truth=dict(summary=longsum.strip()))
    s.add(headcount="\u3000１２\u3000", truth=dict(headcount=12))
    s.add(squad="𠮷野分队", truth=dict(squad="𠮷野分队"))
    raw_case("E10", "特殊字符", [s], lo=("xls", "ods"))


def e11() -> None:   # shared and array formulas with cached values; some without one
    s = Spec()
    s.add(headcount=fnum("ROW()*0+8", 8, extra=' t="shared" ref="D2:D4" si="0"'), truth=dict(headcount=8))
    s.add(headcount=fnum("", 8, extra=' t="shared" si="0"'), truth=dict(headcount=8))
    s.add(headcount=fnum("", 8, extra=' t="shared" si="0"'), truth=dict(headcount=8))
    s.add(vehicles=fnum("SUM({1,1})", 2, extra=' t="array" ref="E5"'), truth=dict(vehicles=2))
    s.add(headcount=fnum("3+4", None), truth=dict(headcount=7))
    s.add(vehicles=fnum("1+1", None), truth=dict(vehicles=2))
    s.add(departure=fnum("DATE(2022,3,20)+0.5", None, DT_FMT), truth=dict(departure="2022-03-20 12:00"))
    s.add(event_no=X('t="str"', '<f>"WZ2022-"&amp;"0950"</f>'), truth=dict(event_no="WZ2022-0950"))
    s.add(squad=X('t="str"', '<f>"甘井子"&amp;"分队"</f><v></v>'), truth=dict(squad="甘井子分队"))
    raw_case("E11", "共享与数组公式", [s], lo=("xls", "ods"))


# --- a held-out batch: written after the fixes, run once before looking at anything

def e17() -> None:   # date formats as Chinese Excel writes them: locale and system codes, Chinese numerals
    s = Spec()
    s.add(departure=num(serial(D(2022, 7, 1)), "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"), truth=dict(departure="2022-07-01"))
    s.add(departure=num(serial(D(2022, 7, 2)), '[$-804]yyyy"年"m"月"d"日";@'), truth=dict(departure="2022-07-02"))
    s.add(departure=num(serial(D(2022, 7, 3)), '[DBNum1][$-804]yyyy"年"m"月"d"日";@'), truth=dict(departure="2022-07-03"))
    s.add(departure=num(serial(D(2022, 7, 4, 16, 20)), "yyyy/m/d\\ h:mm;@"), truth=dict(departure="2022-07-04 16:20"))
    s.add(departure=num(serial(D(2022, 7, 5, 16, 20)), "[$-409]yyyy/m/d\\ h:mm\\ AM/PM;@"), truth=dict(departure="2022-07-05 16:20"))
    s.add(departure=num(serial(D(2022, 7, 6, 7, 5)), '[$-F400]h:mm:ss\\ AM/PM'), truth=dict(departure="2022-07-06 07:05"))
    s.add(departure=num(serial(D(2022, 7, 7, 21, 0)), 'yyyy"年"m"月"d"日" [$-804]aaaa h"时"mm"分"'), truth=dict(departure="2022-07-07 21:00"))
    s.add(headcount=num(12, "[DBNum1]G/通用格式"), truth=dict(headcount=12))
    s.add(headcount=num(8, '0"人"'), vehicles=num(2, '0"辆"'), truth=dict(headcount=8, vehicles=2))
    raw_case("E17", "中文日期格式代码", [s], lo=("xls", "ods"))


def e18() -> None:   # oddities of encoding: ISO dates in a 1904 book, t="str" without a formula, NaN, a style past the table
    s = Spec()
    s.add(departure=iso("2022-07-10T10:00:00", DT_FMT), truth=dict(departure="2022-07-10 10:00"))
    s.add(squad=X('t="str"', "<v>甘井子分队</v>"), truth=dict(squad="甘井子分队"))
    s.add(headcount=X("", "<v>NaN</v>"), truth=dict(headcount=R("NaN")))
    s.add(vehicles=X('s="99"', "<v>2</v>"), truth=dict(vehicles=2))
    # (first run with the text 无, which the importer reads as the placeholder "none" by design: not an encoding matter)
    s.add(remarks=inline("<r><t/></r><r><t>平安</t></r><r><t></t></r>"), truth=dict(remarks="平安"))
    s.add(headcount=X("", "<v>+12</v>"), truth=dict(headcount=12))
    s.add(headcount=X('t="n"', ""), truth=dict(headcount=None))
    s.add(departure=num(serial(D(2022, 7, 14, 8, 0), True), DT_FMT), truth=dict(departure="2022-07-14 08:00"))
    raw_case("E18", "编码怪癖", [s], date1904=True)


def e19() -> None:   # a dimension that lies (A1:B2 over A1:G5), every text inline, no shared strings part
    s = Spec()
    for i in range(4):
        s.add(departure=D(2022, 7, 20 + i, 10, 0), squad="甘井子分队")
    raw_case("E19", "尺寸谎报与全内联", [s], dimension="A1:B2", inline_only=True)


def e20() -> None:   # no styles part at all: a date cell is a bare serial number (Excel shows the number too)
    s = Spec()
    s.add(departure=num(serial(D(2022, 7, 25, 10, 0))), truth=dict(departure=R(repr(serial(D(2022, 7, 25, 10, 0))))))
    s.add(departure=num(serial(D(2022, 7, 26))), truth=dict(departure=R(str(serial(D(2022, 7, 26))))))
    s.add(departure=sst("2022-07-27 11:00"), truth=dict(departure="2022-07-27 11:00"))
    raw_case("E20", "无样式部件", [s], no_styles=True)


# --- other writers

def xlsxwriter_case() -> None:   # E12: xlsxwriter: 1904, rich strings, formulas it caches as 0, escapes
    import xlsxwriter
    b = Book("2022年xlsxwriter写法（E12）", "xlsx", 2022)
    rows: list[tuple[dict[str, Any], dict[str, Any]]] = []

    def add(truth: dict[str, Any] | None = None, **cells: Any) -> None:
        _seq[0] += 1
        rows.append((base(_seq[0], **cells), truth or {}))

    add(departure=D(2022, 4, 1, 9, 0))
    add(headcount=("=3+4", None), truth=dict(headcount=7))            # cached 0 by xlsxwriter
    add(vehicles=("=1+1", 2), truth=dict(vehicles=2))
    add(departure=("=DATE(2022,4,3)+0.25", None), truth=dict(departure="2022-04-03 06:00"))
    add(squad=("RICH", ["金州", "分队"]), truth=dict(squad="金州分队"))
    add(remarks="行一_x000D_保留", truth=dict(remarks="行一_x000D_保留"))
    add(remarks="行一\r\n行二", truth=dict(remarks="行一\n行二"))
    add(event_no=("=\"WZ2022-\"&\"0960\"", None), truth=dict(event_no="WZ2022-0960"))
    add(headcount=("{=SUM({3,4})}", 7), truth=dict(headcount=7))

    def write(path: Path) -> None:
        wb = xlsxwriter.Workbook(str(path), {"date_1904": True, "strings_to_numbers": False})
        ws = wb.add_worksheet(KIND)
        dfmt = wb.add_format({"num_format": DT_FMT})
        bold = wb.add_format({"bold": True})
        ws.write_row(0, 0, H7)
        for r, (cells, _tr) in enumerate(rows, 1):
            for c, f in enumerate(FIELDS):
                v = cells[f]
                if isinstance(v, tuple) and v[0] == "RICH":
                    ws.write_rich_string(r, c, bold, v[1][0], v[1][1])
                elif isinstance(v, tuple) and v[0].startswith("{"):
                    ws.write_array_formula(r, c, r, c, v[0], None, v[1])
                elif isinstance(v, tuple):
                    if v[1] is None:
                        ws.write_formula(r, c, v[0], dfmt if f == "departure" else None)
                    else:
                        ws.write_formula(r, c, v[0], None, v[1])
                elif isinstance(v, dt.datetime):
                    ws.write_datetime(r, c, v, dfmt)
                elif v == "":
                    continue
                else:
                    ws.write(r, c, v)
        wb.close()

    for r, (cells, tr) in enumerate(rows, 2):
        tt = truth_of({k: (None if isinstance(v, tuple) else v) for k, v in cells.items()}, tr)
        tt["sheet"], tt["_src"] = KIND, [KIND, r]
        b.truth.append(tt)
    # not through LibreOffice: it keeps xlsxwriter's cached 0s (the file says it was written by Excel), and its
    # .xls then shows 0 where Excel shows 7
    CASES.append(Case("E12", "xlsxwriter写法", "xlsx", write, b))


def openpyxl_case() -> None:   # E13: openpyxl saved directly: formulas with no cached value at all; 1904
    from openpyxl import Workbook
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    b = Book("2022年openpyxl直接保存（E13）", "xlsx", 2022)
    rows: list[tuple[dict[str, Any], dict[str, Any]]] = []

    def add(truth: dict[str, Any] | None = None, **cells: Any) -> None:
        _seq[0] += 1
        rows.append((base(_seq[0], **cells), truth or {}))

    add(departure=D(2022, 4, 10, 19, 0))
    add(headcount="=2*3", truth=dict(headcount=6))
    add(squad='="金州"&"分队"', truth=dict(squad="金州分队"))
    add(departure="=DATE(2022,4,12)", truth=dict(departure="2022-04-12"))

    def write(path: Path) -> None:
        wb = Workbook()
        wb.epoch = CALENDAR_MAC_1904
        ws = wb.active
        ws.title = KIND
        ws.append(H7)
        for r, (cells, _tr) in enumerate(rows, 2):
            for c, f in enumerate(FIELDS, 1):
                v = cells[f]
                if v == "":
                    continue
                cell = ws.cell(r, c, v)
                if f == "departure":
                    cell.number_format = DT_FMT
        wb.save(path)

    for r, (cells, tr) in enumerate(rows, 2):
        tt = truth_of({k: (None if isinstance(v, str) and v.startswith("=") else v) for k, v in cells.items()}, tr)
        tt["sheet"], tt["_src"] = KIND, [KIND, r]
        b.truth.append(tt)
    CASES.append(Case("E13", "openpyxl直接保存", "xlsx", write, b))


def xlwt_case() -> None:   # E14: .xls by xlwt: DATEMODE 1904, surrogate pairs, long strings, formulas, booleans, errors
    import xlwt
    b = Book("2022年xlwt写法（E14）", "xls", 2022)
    rows: list[tuple[dict[str, Any], dict[str, Any]]] = []

    def add(truth: dict[str, Any] | None = None, **cells: Any) -> None:
        _seq[0] += 1
        rows.append((base(_seq[0], **cells), truth or {}))

    add(departure=D(2022, 5, 1, 9, 0))
    add(departure=D(2022, 5, 2, 23, 45))
    add(remarks="平安返回👍，家属致谢🙏", truth=dict(remarks="平安返回👍，家属致谢🙏"))
    add(squad="𠮷野分队", truth=dict(squad="𠮷野分队"))
    long = "长备注" + "某" * 20000
    add(remarks=long, truth=dict(remarks=long))
    add(headcount=("F", "3+4"), truth=dict(headcount=7))
    add(headcount=("B", True), truth=dict(headcount=R("TRUE")))
    add(vehicles=("E", "#N/A"), truth=dict(vehicles=R("#N/A")))
    add(departure=("E", "#REF!"), truth=dict(departure=R("#REF!")))
    add(squad=("F", '"金州"&"分队"'), truth=dict(squad="金州分队"))

    def write(path: Path) -> None:
        wb = xlwt.Workbook(encoding="utf-8")
        wb.dates_1904 = True
        ws = wb.add_sheet(KIND)
        dstyle = xlwt.easyxf(num_format_str=DT_FMT)
        for c, h in enumerate(H7):
            ws.write(0, c, h)
        for r, (cells, _tr) in enumerate(rows, 1):
            for c, f in enumerate(FIELDS):
                v = cells[f]
                if isinstance(v, tuple) and v[0] == "F":
                    ws.write(r, c, xlwt.Formula(v[1]))
                elif isinstance(v, tuple) and v[0] == "B":
                    ws.row(r).set_cell_boolean(c, v[1])
                elif isinstance(v, tuple) and v[0] == "E":
                    ws.row(r).set_cell_error(c, {"#N/A": 0x2A}.get(v[1], v[1]))   # xlwt's table lacks the text #N/A
                elif isinstance(v, dt.datetime):
                    ws.write(r, c, v, dstyle)
                elif v == "":
                    continue
                else:
                    ws.write(r, c, v)
        wb.save(str(path))

    for r, (cells, tr) in enumerate(rows, 2):
        tt = truth_of({k: (None if isinstance(v, tuple) else v) for k, v in cells.items()}, tr)
        tt["sheet"], tt["_src"] = KIND, [KIND, r]
        b.truth.append(tt)
    CASES.append(Case("E14", "xlwt写法", "xls", write, b))


def e15() -> None:   # built-in number formats by id only (no numFmt): 14, 22 and the Chinese ids 31, 57, 58, 20
    s = Spec()
    s.add(departure=num(serial(D(2022, 6, 1)), ("id", 14)), truth=dict(departure="2022-06-01"))
    s.add(departure=num(serial(D(2022, 6, 2, 14, 30)), ("id", 22)), truth=dict(departure="2022-06-02 14:30"))
    s.add(departure=num(serial(D(2022, 6, 3)), ("id", 31)), truth=dict(departure="2022-06-03"))        # 2022年6月3日
    s.add(departure=num(serial(D(2022, 6, 4)), ("id", 58)), truth=dict(departure="2022-06-04"))        # 6月4日
    s.add(departure=num(serial(D(2022, 6, 5, 9, 15)), ("id", 32)), truth=dict(departure="2022-06-05 09:15"))  # 9时15分 (the day kept)
    s.add(departure=num(serial(D(2022, 6, 6)), ("id", 27)), truth=dict(departure="2022-06-06"))        # 2022年6月
    raw_case("E15", "内置格式编号", [s], lo=("xls", "ods"))


def e16() -> None:   # values spelled the way some writers spell them: an exponent, spaces, a boolean as a word
    # (not through LibreOffice: it reads <v>true</v> as FALSE, so its files hold another value than Excel shows)
    s = Spec()
    s.add(departure=X("", f"<v>{serial(D(2022, 6, 7, 18, 0)) / 10000!r}E4</v>", DT_FMT), truth=dict(departure="2022-06-07 18:00"))
    s.add(headcount=X("", "<v>1.2E1</v>"), truth=dict(headcount=12))
    s.add(headcount=X("", "<v> 9 </v>"), truth=dict(headcount=9))
    s.add(remarks=X('t="b"', "<v>true</v>"), truth=dict(remarks=R("TRUE")))
    s.add(headcount=X('t="n"', "<v>11</v>"), truth=dict(headcount=11))
    raw_case("E16", "数字写法", [s])


for _make in (e01, e02, e03, e04, e05, e06, e07, e08, e08b, e09, e10, e11, e15, e16, e17, e18, e19, e20, xlsxwriter_case, openpyxl_case, xlwt_case):
    _make()


# ---------------------------------------------------------------- running

def convert(src: Path, fmt: str, out: Path) -> Path | None:
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        filt = "xls:MS Excel 95" if fmt == "xls95" else bt.FILTERS[fmt]
        where = out / "95" if fmt == "xls95" else out   # BIFF5: the same suffix, another folder
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        filt, "--outdir", str(where), str(src)], capture_output=True, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    p = (out / "95" / f"{src.stem}.xls") if fmt == "xls95" else out / f"{src.stem}.{fmt}"
    return p if p.exists() else None


_WS = re.compile(r"[ \t\r\n]+")


def _squash(v: Any) -> Any:
    """Runs of spaces, tabs and line breaks are one space (a tab or CR LF shown as a break is not a wrong value)."""
    return _WS.sub(" ", v).strip() if isinstance(v, str) else v


_exported = bt.exported


def _exported_unescaped(path: Path) -> list[dict[str, Any]]:
    """The export read back; openpyxl's read-only mode leaves the _xHHHH_ escapes that xlsxwriter writes
    (a CR as _x000D_, a written "_x000D_" as _x005F_x000D_): unescaped here, as Excel shows them."""
    from openpyxl.utils.escape import unescape
    return [{k: unescape(v) if isinstance(v, str) else v for k, v in g.items()} for g in _exported(path)]


bt.exported = _exported_unescaped
_norm = bt.norm
bt.norm = lambda f, v: _squash(_norm(f, v))  # type: ignore[assignment]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=None)
    ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--code", default=None, help="try the wz_desktop of this folder")
    ap.add_argument("--files", default=None, help="read the files written before into this folder")
    ap.add_argument("--no-lo", action="store_true", help="skip LibreOffice's conversions")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    if args.code:
        bt.CODE = Path(args.code).resolve()
    out = Path(args.out or tempfile.mkdtemp(prefix="blind4-")).resolve()
    files = Path(args.files).resolve() if args.files else out / "files"
    files.mkdir(parents=True, exist_ok=True)
    work = out / "work"
    work.mkdir(parents=True, exist_ok=True)
    total = {"right": 0, "flagged": 0, "refused": 0, "silent": 0, "traceback": 0, "tasks": 0}
    lines = []
    for c in CASES:
        if args.only and c.name not in args.only:
            continue
        b = c.book
        main_file = files / f"{b.name}.{c.fmt}"
        if not args.files:
            c.writer(main_file)
        todo = [(c.fmt, main_file, c.title if c.name in ("E12", "E13", "E14") else "by hand")]
        for fmt in ([] if args.no_lo else c.lo):
            lo_dir = files / "lo"
            lo_dir.mkdir(exist_ok=True)
            p = (lo_dir / "95" / f"{b.name}.xls") if fmt == "xls95" else lo_dir / f"{b.name}.{fmt}"
            if not args.files:
                p = convert(main_file, fmt, lo_dir) or p
            todo.append((fmt, p, "LibreOffice"))
        for fmt, f, who in todo:
            if not f.exists():
                lines.append(f"| {c.name} | {who} .{fmt} | LibreOffice wrote nothing | | | | | |")
                continue
            truth = [{k: (R(_squash(v.text)) if isinstance(v, R) else v if k in ("sheet", "_src") else _squash(v))
                      for k, v in tt.items()} for tt in b.truth]
            bb = Book(b.name + ("" if who != "LibreOffice" else "-lo"), fmt, b.year, truth=truth)
            if fmt == "xls95":
                bb = Book(b.name + "-lo95", "xls", b.year, truth=truth)
            r = bt.check(bb, f, work)
            refused = any(p.startswith("  refused") for p in r["problems"])
            k = dict(right=r["right"], flagged=0 if refused else r["flagged"], refused=r["flagged"] if refused else 0,
                     silent=r["silent"], traceback=r["traceback"])
            for key, v in k.items():
                total[key] += v
            total["tasks"] += len(b.truth)
            lines.append(f"| {c.name} {c.title} | {who} .{fmt} | {len(b.truth)} | {k['right']} | {k['flagged']} | "
                         f"{k['refused']} | {k['silent']} | {k['traceback']} |")
            if not args.quiet:
                for p in r["problems"]:
                    print(f"    {c.name} .{fmt} {who}: {p}")
    print("| case | file | tasks | right | flagged | refused | silently wrong | traceback |")
    print("|---|---|---|---|---|---|---|---|")
    for ln in lines:
        print(ln)
    print(f"TOTAL: {total['tasks']} tasks: right {total['right']}, flagged {total['flagged']}, refused {total['refused']}, "
          f"silently wrong {total['silent']}, tracebacks {total['traceback']}")
    print(f"files in {files}")
    return 0 if total["silent"] == 0 and total["traceback"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
