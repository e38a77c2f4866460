"""Reading a workbook's cells with python-calamine (.xlsx, .xls, .xlsm, .ods), whole and as it is.

Before calamine touches a sheet the file is scanned (:mod:`.scan`): calamine allocates a sheet as
one dense block and aborts the process when that fails, so a cell too far away, a zip bomb or an
encrypted file is refused in words first. The scan also brings what calamine does not tell: hidden
rows, formulas saved without their results (their text goes into the cell), and for .ods the
merged ranges and the text of cells without a value type. A file is read whole or not at all.
"""
from __future__ import annotations

import hashlib
import datetime as dt
import logging
import posixpath
import queue
import re
import threading
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import python_calamine

from wz_desktop.workbook import ods_scan, scan, xls_scan, xlsx_scan
from wz_desktop.workbook.layout import column_letter
from wz_desktop.workbook.scan import damaged_or_incomplete
from wz_desktop.domain.text import msg

log = logging.getLogger(__name__)
SUPPORTED_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
PIPELINE_CELLS = 1_000_000  # cells of sheets read ahead of the caller; past it the next sheet waits


class WorkbookError(Exception):
    """A file that cannot be read as a workbook; the message is for people (Chinese). ``detail``:
    the technical reason where a library gave one (English: for the log and the detailed report)."""

    detail: str | None = None


@dataclass
class SheetCells:
    name: str
    rows: list[list[Any]]  # from A1: rows[r][c] is Excel row r+1, column c
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row0, col0, row1, col1), inclusive
    hidden: bool = False  # the sheet is hidden (or very hidden): a view setting, its tasks are imported
    hidden_rows: frozenset[int] = frozenset()  # 0-based indexes into rows of rows hidden in the file
    # cells holding a formula saved without its result: (row, col) -> the formula text ("=SUM(D2:D9)");
    # rows[r][c] holds that text, and the importer keeps it raw and flags the row
    formula_text: dict[tuple[int, int], str] = field(default_factory=dict)
    # the workbook asked to be recalculated on opening: formula_text holds every formula, its saved
    # result (0 from xlsxwriter) ignored
    formulas_stale: bool = False
    # formulas whose saved result is the empty text: rows[r][c] is "" (an .xls from xlwt saves no result
    # at all, and Excel shows 7 where the cell reads as empty); the importer flags a task's row
    empty_results: frozenset[tuple[int, int]] = frozenset()
    # cells holding an error value ('#DIV/0!', '#N/A', 'Err:508'): rows[r][c] holds that text, and the
    # importer keeps it raw and flags the row (calamine alone reads them as empty cells)
    error_text: dict[tuple[int, int], str] = field(default_factory=dict)
    # .ods: text cells holding elements programs show differently (a ruby reading, a field such as
    # <text:date>, a footnote, a heading, a list): (row, col) -> the elements' names; rows[r][c] holds the
    # text as the file saves it (ods_scan.cell_text), and the importer flags the row
    odd_texts: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)
    # date cells whose number format shows a time (date-times at 00:00, which calamine hands over as
    # dates), looked up by the reader's thread while the caller works: column -> the rows of those
    # cells. A column given here covers every date cell of it; for the others (and for a sheet read
    # without it) the importer looks the formats up itself (importer._restore_midnight_times)
    time_shown: dict[int, frozenset[int]] = field(default_factory=dict)
    day_hidden: dict[int, frozenset[int]] = field(default_factory=dict)  # 1st-of-month dates shown without the day
    # the date cells of the columns of ``time_shown`` whose number format shows only the time or only
    # the day (``shown_part``): column -> row -> the format, looked up ahead like ``time_shown``
    shown_apart: dict[int, dict[int, str]] = field(default_factory=dict)

    def weight(self) -> int:
        """How many cells the rows hold (what the sheet costs in memory)."""
        return len(self.rows) * (len(self.rows[0]) if self.rows else 0)


def odd_text_note(elements: tuple[str, ...]):
    """What the report says of a cell of ``SheetCells.odd_texts`` (the elements: 'text:ruby', 'text:date')."""
    return msg("单元格的文字里有 {elements}（注音、字段、脚注、标题或列表之类），不同的程序显示出的文字可能不同；"
               "已按文件中保存的文字读取，请核对", elements="、".join(elements))


def file_digest(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


class _Kind:
    """What a file holds, by its first bytes and (for a zip) its parts, whatever its name says."""

    XLSX, XLS, ODS, EMPTY_ZIP, OTHER_ZIP, BROKEN_ZIP, OTHER = "xlsx", "xls", "ods", "empty zip", "zip", "broken zip", "?"


_SUFFIX_OF_KIND = {_Kind.XLSX: (".xlsx", ".xlsm"), _Kind.XLS: (".xls",), _Kind.ODS: (".ods",)}


def _kind_of(path: Path) -> str:
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError:
        return _Kind.OTHER
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return _Kind.XLS
    if not head.startswith(b"PK"):
        return _Kind.OTHER
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return _Kind.BROKEN_ZIP
    if "xl/workbook.xml" in names:
        return _Kind.XLSX
    if "content.xml" in names:
        return _Kind.ODS
    return _Kind.EMPTY_ZIP if not names else _Kind.OTHER_ZIP


def _wrong_suffix(path: Path, kind: str) -> WorkbookError | None:
    """A workbook named as another kind ('2022年.xls' that is an .xlsx): calamine reads by the name."""
    suffixes = _SUFFIX_OF_KIND.get(kind)
    if suffixes is None or path.suffix.lower() in suffixes:
        return None
    return WorkbookError(msg("文件“{name}”的扩展名是 {suffix}，但内容其实是 {real} 格式的工作簿，所以无法按 {suffix} 读取。"
                             "请把文件扩展名改为 {real} 后再导入，或在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。",
                             name=path.name, suffix=path.suffix, real=suffixes[0]))


def _explain(path: Path, exc: BaseException) -> WorkbookError:
    """python-calamine could not read the file: say in words what is wrong and what to do; its own
    (English, technical) reason goes to the log and to the error's ``detail``."""
    detail = f"{type(exc).__name__}: {exc}"
    log.warning("python-calamine could not read %s: %s", path.name, detail)
    kind = _kind_of(path)
    reason = str(exc).lower()
    wrong = _wrong_suffix(path, kind)
    if wrong is not None:
        error = wrong
    elif kind == _Kind.BROKEN_ZIP or "eocd" in reason or "end of stream" in reason or "unexpected eof" in reason:
        error = WorkbookError(_incomplete(path))
    elif kind in (_Kind.XLSX, _Kind.ODS, _Kind.XLS):
        if type(exc).__name__ == "WorksheetNotFound" or "file not found" in reason or "not found in archive" in reason:
            error = WorkbookError(msg("文件“{name}”已损坏：缺少工作簿必需的组成部分（例如某张工作表的数据），无法读取。"
                                      "请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入；如果打不开，请向发送人要一份原文件。",
                                      name=path.name))
        elif kind == _Kind.XLS:
            error = WorkbookError(scan.damaged_records(path.name))
        else:
            error = WorkbookError(scan.damaged_xml(path.name))
    elif kind in (_Kind.EMPTY_ZIP, _Kind.OTHER_ZIP):
        error = WorkbookError(_zip_of_something_else(path, kind == _Kind.EMPTY_ZIP))
    else:
        error = WorkbookError(_not_a_workbook(path))
    error.detail = detail
    return error


def _incomplete(path: Path) -> str:
    return damaged_or_incomplete(path.name)


def _zip_of_something_else(path: Path, empty: bool) -> str:
    if empty:
        return msg("文件“{name}”是一个空的压缩包，里面没有工作簿，无法读取。请确认选的是任务统计工作簿。", name=path.name)
    return msg("文件“{name}”是压缩包，但不是 Excel 工作簿（里面没有工作表），无法读取。"
               "如果它是下载来的压缩文件，请先解压，再导入里面的工作簿（.xlsx、.xls、.xlsm 或 .ods）。", name=path.name)


def _parts_elsewhere(archive: zipfile.ZipFile, names: set[str], rels_part: str, usual: dict[str, str]) -> str | None:
    """A part the relationships put under another name than the usual one (its type -> usual name),
    which is there in the file: the first such name, else None. The format allows any name, but
    calamine looks for the usual ones only: the shared strings under another name made every text
    "damaged", a workbook part under another name the whole file "no workbook"."""
    import xml.etree.ElementTree as ET

    try:
        rels = ET.fromstring(archive.read(rels_part))
    except (ET.ParseError, KeyError):
        return None
    base = posixpath.dirname(posixpath.dirname(rels_part))  # the folder of the part these relationships are of
    for rel in rels.iter():
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        if kind not in usual or (rel.get("TargetMode") or "").lower() == "external":
            continue
        target = rel.get("Target") or ""
        target = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
        target = posixpath.normpath(target)
        if target != usual[kind] and target in names:
            return target
    return None


def _parts_moved(path: Path, part: str) -> str:
    return msg("文件“{name}”是 Excel 工作簿，但它的一个内部部件放在不常见的位置（{part}），本程序读不了，未导入任何内容。"
               "请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。", name=path.name, part=part)


def read_cells(path: str | Path) -> list[SheetCells]:
    """Every sheet's cells, from A1, with its merged ranges. Raises WorkbookError for bad files."""
    return list(iter_cells(path))


def iter_cells(path: str | Path) -> Iterator[SheetCells]:
    """The sheets one by one, read in a background thread while the caller works on the last one.

    python-calamine parses a sheet without holding Python's lock, so on two cores reading the next
    sheet and interpreting this one overlap (the import of a big workbook gains about a third).
    Raises WorkbookError for files that are not workbooks, are damaged, encrypted, or would not fit
    in memory (then before any sheet is handed over where the scan can tell it up front: .xls, .ods).
    """
    path = Path(path)
    check_file(path)
    sheets: queue.Queue = queue.Queue()
    stop = threading.Event()
    done = object()
    # cells of the sheets read but not yet let go by the caller (in the queue, or the one it holds):
    # the next sheet is read only while they are fewer than PIPELINE_CELLS, so a workbook of huge
    # sheets is read one sheet at a time and memory stays bounded; ordinary ones overlap as before
    held = [0]
    room = threading.Condition()

    def put(item, weight: int = 0) -> bool:
        with room:
            if stop.is_set():
                return False
            held[0] += weight
        sheets.put(item)
        return True

    def work() -> None:
        try:
            for sheet in _read_sheets(path, lambda: wait_for_room()):
                weight = sheet.weight()
                if not put(sheet, weight):
                    return
                sheet = None  # the caller's copy is the only one: let it go when the caller does
            put(done)
        except BaseException as exc:  # noqa: BLE001 (handed to the caller's thread, raised there)
            put(exc)

    def wait_for_room() -> bool:
        """Before calamine reads the next sheet: wait while the sheets held are big."""
        with room:
            while held[0] >= PIPELINE_CELLS and not stop.is_set():
                room.wait(0.1)
        return not stop.is_set()

    reader = threading.Thread(target=work, name="workbook-reader", daemon=True)
    reader.start()
    last = 0
    try:
        while True:
            with room:  # the caller asks for the next sheet: it is done with the last one
                held[0] -= last
                room.notify_all()
            item = sheets.get()
            last = item.weight() if isinstance(item, SheetCells) else 0
            if item is done:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
            item = None
    finally:
        stop.set()
        with room:
            room.notify_all()
        reader.join(timeout=5)


def check_file(path: Path) -> None:
    """Refuse in words what is not a workbook file at all (missing, a folder, empty, another kind)."""
    if not path.exists():
        raise WorkbookError(msg("找不到文件“{path}”。", path=path))
    if path.is_dir():
        raise WorkbookError(msg("“{path}”是文件夹，不是工作簿。", path=path))
    if path.stat().st_size == 0:
        raise WorkbookError(msg("文件“{path}”是空文件（0 字节），无法读取。", path=path.name))
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise WorkbookError(_unsupported_suffix(path))


def _unsupported_suffix(path: Path) -> str:
    """A kind of file the import does not read, with what to do about it."""
    suffix = path.suffix.lower()
    if suffix in (".et", ".ett"):
        return msg("文件“{name}”是 WPS 表格文件（{suffix}），不能直接导入。请在 WPS 中打开它，"
                   "选“另存为”，保存类型选 Excel 工作簿（.xlsx），再导入保存的文件。", name=path.name, suffix=path.suffix)
    if suffix == ".xlsb":
        return msg("文件“{name}”是 Excel 二进制工作簿（.xlsb），不能直接导入。请在 Excel 或 WPS 中打开它，"
                   "另存为 Excel 工作簿（.xlsx），再导入保存的文件。", name=path.name)
    if suffix in (".xltx", ".xltm", ".xlt", ".ots"):
        return msg("文件“{name}”是表格模板（{suffix}），不能直接导入。请在 Excel 或 WPS 中打开它，"
                   "另存为 Excel 工作簿（.xlsx），再导入保存的文件。", name=path.name, suffix=path.suffix)
    if suffix in (".fods", ".xml"):
        return msg("文件“{name}”是 XML 格式的表格（{suffix}），不能直接导入。请在 LibreOffice、Excel 或 WPS 中打开它，"
                   "另存为 Excel 工作簿（.xlsx）或 .ods，再导入保存的文件。", name=path.name, suffix=path.suffix)
    if suffix in (".csv", ".txt", ".tsv"):
        return msg("文件“{name}”是文本文件（{suffix}），不是 Excel 工作簿，不能直接导入（文本里没有日期格式和合并单元格，"
                   "容易读错）。请在 Excel 或 WPS 中打开它，另存为 Excel 工作簿（.xlsx），再导入保存的文件。",
                   name=path.name, suffix=path.suffix)
    return msg("文件“{name}”不是 Excel 工作簿：只能导入 .xlsx、.xlsm、.xls 和 .ods 文件。"
               "如果它是别的表格文件，请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。", name=path.name)


def _read_sheets(path: Path, wait_for_room=lambda: True) -> Iterator[SheetCells]:
    plan = _plan(path)
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # calamine's own errors, and a Rust panic (a BaseException) on damaged files
        raise _explain(path, exc) from exc
    try:
        try:
            hidden = {m.name for m in workbook.sheets_metadata if m.visible != python_calamine.SheetVisibleEnum.Visible}
        except Exception:  # noqa: BLE001 (hidden sheets are a note in the report; without them the import still works)
            hidden = set()
        for name in workbook.sheet_names:
            facts = plan.facts(name)  # before calamine allocates the sheet: refuses what it can't hold
            if not wait_for_room():
                return
            sheet = workbook.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False) if sheet.start is not None else []
            if facts.merged is not None:
                merged = facts.merged
            else:
                merged = []
                try:
                    ranges = sheet.merged_cell_ranges or []
                except Exception:  # noqa: BLE001 (merged cells are a help to read headers; without them the import still works)
                    ranges = []
                for (r0, c0), (r1, c1) in ranges:
                    merged.append((r0, c0, r1, c1))
            del sheet  # calamine's copy of the cells, as big as the Python one
            cells = SheetCells(name=name, rows=scan.apply(rows, facts), merged=merged, hidden=name in hidden,
                               hidden_rows=frozenset(facts.hidden_rows), formula_text=dict(facts.formulas),
                               error_text=dict(facts.errors), formulas_stale=facts.stale,
                               empty_results=frozenset(facts.empty_results), odd_texts=dict(facts.odd_texts))
            del rows, facts
            cells.time_shown = _time_shown(path, cells)
            yield cells
            del cells  # held by the caller alone from now on
    except scan.ScanRefusal as exc:
        raise _refused(path, exc) from exc
    except (WorkbookError, KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:  # see above: a truncated .xls can make calamine panic mid-sheet
        raise _explain(path, exc) from exc
    finally:
        try:
            workbook.close()
        except Exception:  # noqa: BLE001 (closing after the read: its result or failure is what counts)
            pass
        plan.close()


class _Plan:
    """What the pre-scan knows of each sheet, asked for just before calamine reads it."""

    def facts(self, name: str) -> scan.SheetFacts:
        return scan.SheetFacts()

    def close(self) -> None:
        pass


class _XlsxPlan(_Plan):
    """Scans the sheets one after the other in a thread of its own, ahead of calamine: while calamine
    reads a sheet (without Python's lock) the next one is being scanned."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, members: dict[str, str],
                 text: scan.TextBudget | None = None, strings: dict[int, str] | None = None) -> None:
        self.path, self.archive, self.members, self.text = path, archive, members, text
        self.strings = strings  # shared strings calamine leaves escaped: index -> their text
        self.stale = xlsx_scan.results_not_computed(archive)
        self.results: dict[str, object] = {}
        self.ready = threading.Condition()
        self.stopped = False
        self.ahead = threading.Thread(target=self._scan_ahead, name="workbook-scan", daemon=True)
        self.ahead.start()

    def _scan_ahead(self) -> None:
        for name in self.members:  # the order of workbook.xml: calamine's order
            if self.stopped:
                return
            try:
                result: object = self._scan(name)
            except BaseException as exc:  # noqa: BLE001 (handed over when calamine gets to that sheet)
                result = exc
            with self.ready:
                self.results[name] = result
                self.ready.notify_all()
            if isinstance(result, BaseException):
                return

    def _scan(self, name: str) -> scan.SheetFacts:
        try:
            member = self.members.get(name)
            if member is not None:
                return xlsx_scan.scan_sheet(self.archive, member, name, self.path.name, self.text, self.stale,
                                            self.strings)
            # a sheet the relationships did not lead to: check every sheet-like part calamine might read
            for other in self.archive.namelist():
                if other.endswith(".xml") and other not in self.members.values() and xlsx_scan.is_sheet(self.archive, other):
                    xlsx_scan.scan_sheet(self.archive, other, name, self.path.name)
            return scan.SheetFacts()
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise WorkbookError(damaged_or_incomplete(self.path.name)) from exc

    def facts(self, name: str) -> scan.SheetFacts:
        result = None
        if name in self.members:
            with self.ready:
                while name not in self.results and self.ahead.is_alive():
                    self.ready.wait(0.1)
                result = self.results.get(name)
        if result is None:
            result = self._scan(name)
        if isinstance(result, BaseException):
            raise result
        return result

    def close(self) -> None:
        self.stopped = True
        self.ahead.join(timeout=10)
        self.archive.close()


class _KnownPlan(_Plan):
    def __init__(self, facts: dict[str, scan.SheetFacts]) -> None:
        self.by_name = facts

    def facts(self, name: str) -> scan.SheetFacts:
        return self.by_name.get(name) or scan.SheetFacts()


def _plan(path: Path) -> _Plan:
    """Scan the file before calamine opens it: refuse a bomb, a cell too far, an encrypted file."""
    head = b""
    with open(path, "rb") as fh:
        head = fh.read(8)
    try:
        if head.startswith(b"PK"):
            return _zip_plan(path)
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            facts = xls_scan.scan(path)  # an encrypted .xlsx is a compound document too: refused here as such
            wrong = _wrong_suffix(path, _Kind.XLS)
            if wrong is not None:
                raise wrong
            return _KnownPlan(facts)
    except scan.ScanRefusal as exc:
        raise _refused(path, exc) from exc
    raise WorkbookError(_not_a_workbook(path, head))


def _refused(path: Path, exc: scan.ScanRefusal) -> WorkbookError:
    if exc.whole:
        error = WorkbookError(exc.args[0])
    else:
        error = WorkbookError(msg("文件“{name}”未导入：{reason}", name=path.name, reason=exc.args[0]))
    error.detail = exc.detail
    return error


def _zip_plan(path: Path) -> _Plan:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise WorkbookError(_incomplete(path)) from exc
    try:
        names = set(archive.namelist())
        text = scan.TextBudget(path.name)  # the long texts of the whole file, over all its parts
        if "content.xml" in names and "xl/workbook.xml" not in names:
            if _ods_encrypted(archive, names):
                raise xls_scan.encrypted(path.name)
            wrong = _wrong_suffix(path, _Kind.ODS)
            if wrong is not None:
                raise wrong
            facts = ods_scan.scan(archive, path.name, text)
            archive.close()
            return _KnownPlan(facts)
        if "xl/workbook.xml" not in names:
            moved = _parts_elsewhere(archive, names, "_rels/.rels", {"officeDocument": "xl/workbook.xml"})
            raise WorkbookError(_parts_moved(path, moved) if moved else _zip_of_something_else(path, not names))
        moved = _parts_elsewhere(archive, names, "xl/_rels/workbook.xml.rels",
                                 {"sharedStrings": "xl/sharedStrings.xml", "styles": "xl/styles.xml"})
        if moved:
            raise WorkbookError(_parts_moved(path, moved))
        wrong = _wrong_suffix(path, _Kind.XLSX)
        if wrong is not None:
            raise wrong
        escaped = xlsx_scan.check_open_parts(archive, path.name, text)
        strings = xlsx_scan.wide_escaped_strings(archive, path.name) if escaped else {}
        return _XlsxPlan(path, archive, _sheet_members(archive, path.name), text, strings)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError) as exc:
        archive.close()
        error = WorkbookError(damaged_or_incomplete(path.name))
        error.detail = f"{type(exc).__name__}: {exc}"
        raise error from exc
    except BaseException:
        archive.close()
        raise


def _ods_encrypted(archive: zipfile.ZipFile, names: set[str]) -> bool:
    """An .ods saved with a password: its manifest describes how each part is encrypted."""
    if "META-INF/manifest.xml" not in names:
        return False
    try:
        with archive.open("META-INF/manifest.xml") as fh:
            return b"encryption-data" in fh.read(1 << 20)
    except Exception:  # noqa: BLE001 (a manifest that cannot be read says nothing of a password; the read says what is wrong)
        return False


def _sheet_members(archive: zipfile.ZipFile, file_name: str = "") -> dict[str, str]:
    """Sheet name -> the zip member holding its XML (workbook.xml and its relationships). A workbook
    listing one sheet twice (one name, or one XML under two names) is refused: calamine reads it as
    often as it is listed, and its tasks were imported two or three times over."""
    import xml.etree.ElementTree as ET

    try:
        book = ET.fromstring(archive.read("xl/workbook.xml"))
        rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (ET.ParseError, KeyError):
        return {}
    targets = {rel.get("Id"): rel.get("Target") or "" for rel in rels.iter() if rel.get("Id")}
    names = set(archive.namelist())
    members: dict[str, str] = {}
    named: dict[str, str] = {}  # member -> the name it was first listed under
    for sheet in book.iter():
        if not sheet.tag.endswith("}sheet"):
            continue
        target = targets.get(sheet.get(f"{{{_NS['r']}}}id"), "")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        target = posixpath.normpath(target)
        if target in names:
            name = sheet.get("name")
            first = name if name in members else named.get(target)
            if first is not None:
                raise WorkbookError(msg(
                    "文件“{name}”的工作簿目录（workbook.xml）把同一张工作表列了两次（“{first}”和“{second}”），"
                    "文件已损坏，未导入任何内容。请在 Excel 或 WPS 中打开它并另存后再导入。",
                    name=file_name, first=first, second=name))
            members[name] = target
            named[target] = name
    return members


def _not_a_workbook(path: Path, head: bytes = b"") -> str:
    try:
        with open(path, "rb") as fh:
            start = fh.read(2048).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    except OSError:
        start = head.lower()
    if start.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml", b"<meta")) or b"<html" in start[:512]:
        return msg("文件“{name}”其实是网页（HTML/XML）文件，只是扩展名是 {suffix}，无法作为工作簿读取。"
                   "请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。", name=path.name, suffix=path.suffix)
    if b"\x00" not in start and (b"," in start or b"\t" in start):
        return msg("文件“{name}”其实是文本（CSV）文件，只是扩展名是 {suffix}，无法作为工作簿读取。"
                   "请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。", name=path.name, suffix=path.suffix)
    return msg("文件“{name}”不是 Excel 工作簿（内容既不是 .xlsx、.xls，也不是 .ods），无法读取。"
               "请确认选的是任务统计工作簿；如果它在 Excel 或 WPS 中能打开，请另存为 .xlsx 后再导入。", name=path.name)


# --- a date-time at exactly 00:00 ------------------------------------------------------------------
# python-calamine gives a date-time cell whose time is 00:00 as a date, the same as a date-only
# cell. Only the cell's number format tells them apart ('yyyy-mm-dd hh:mm' or 'yyyy-mm-dd'), so
# where a sheet has such cells their formats are looked up (openpyxl for .xlsx, xlrd for .xls) and
# the ones formatted with a time become date-times again. Files without date cells pay nothing.

_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


def format_hides_year(code: str | None) -> bool:
    """A date format that shows the day and month but no year ('m"月"d"日"', 'm/d', 'mm-dd')."""
    if not code or code.lower() == "general":
        return False
    bare = _QUOTED.sub("", code).lower()
    return ("d" in bare or "m" in bare) and "y" not in bare and "e" not in bare


def format_hides_day(code: str | None) -> bool:
    """A date format that shows the month and year but no day ('yyyy"年"m"月"', 'mmm-yy', 'yyyy/m')."""
    if not code or code.lower() == "general":
        return False
    bare = _QUOTED.sub("", code).lower()
    return "d" not in bare and "h" not in bare and ("y" in bare or "mmm" in bare)


_DIGITS = re.compile(r"\d+")


def shows_day(text: str, day: dt.date) -> bool:
    """Whether the text a cell shows for a date names its day (an .ods keeps that text): once the
    year (or its last two digits) and the month are taken out of its numbers, the day is left."""
    groups = [int(g) for g in _DIGITS.findall(text)]
    for year in (day.year, day.year % 100):
        if year in groups:
            groups.remove(year)
            break
    if day.month in groups:
        groups.remove(day.month)
    return day.day in groups


_TIME_SHOWN = re.compile(r"\d\s*[:：]\s*\d\d|\d\s*[时点]|(?<![A-Za-z])[AaPp]\.?[Mm]\.?(?![A-Za-z])|上午|下午|晚上|凌晨|中午")


def shows_time(text: str) -> bool:
    """Whether the text a cell shows for a date names a time of day (an .ods keeps that text:
    '2022-03-17 00:00', '03/17/22 12:00 AM', '3月17日 0时')."""
    return _TIME_SHOWN.search(text) is not None


def format_shows_time(code: str | None) -> bool:
    if not code:
        return False
    bare = _QUOTED.sub("", code).lower()
    return "h" in bare or ("s" in bare and ":" in bare) or "am/pm" in bare


TIME_ONLY, DAY_ONLY = "time", "day"


def shown_part(code: str | None) -> str | None:
    """What of a date-time a number format shows where it shows only a part: TIME_ONLY ('h:mm',
    '[$-F400]h:mm:ss AM/PM': the day is not seen), DAY_ONLY ('yyyy/m/d': the time is not seen);
    None for a format showing both, neither, or no date at all ('General', '0.00')."""
    if not code or code.lower() == "general":
        return None
    bare = _QUOTED.sub("", code).lower()
    has_day = "d" in bare or "y" in bare
    if format_shows_time(code):
        return None if has_day else TIME_ONLY
    return DAY_ONLY if has_day else None


_TIME_IN_TEXT = re.compile(r"\d{1,2}\s*[:：]\s*\d\d(?:\s*[:：]\s*\d\d(?:[.,]\d+)?)?|(?<![A-Za-z])[AaPp]\.?[Mm]\.?(?![A-Za-z])"
                           r"|上午|下午|晚上|凌晨|中午|\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?")


def shown_text_part(text: str) -> str | None:
    """What of a date-time the text a cell shows holds (an .ods keeps that text): TIME_ONLY ('14:30',
    '03:45:00 PM'), DAY_ONLY ('2022/3/8'), None for both or neither."""
    if not text or not text.strip():
        return None
    if shows_time(text):
        return None if _DIGITS.search(_TIME_IN_TEXT.sub("", text)) else TIME_ONLY
    return DAY_ONLY if _DIGITS.search(text) else None


_DATE_COLUMNS_SEEN = 200  # rows of a sheet whose date cells say which columns hold dates
# sheets up to this many cells are looked up ahead: the sheet's XML is unpacked whole for it, beside
# the sheet the caller holds, so a huge one is left to the importer (memory stays as it was)
_AHEAD_CELLS = 500_000


def _time_shown(path: Path, cells: SheetCells) -> dict[int, frozenset[int]]:
    """``SheetCells.time_shown`` of an .xlsx sheet just read: the columns with a date or date-time
    among the first rows, each with all its date cells looked up (the sheet's XML unpacked again,
    without Python's lock, beside the caller's work). Empty for other files, for sheets of more
    than ``_AHEAD_CELLS`` cells, and where it fails."""
    if path.suffix.lower() not in (".xlsx", ".xlsm") or cells.weight() > _AHEAD_CELLS:
        return {}
    rows = cells.rows
    columns = sorted({c for row in rows[:_DATE_COLUMNS_SEEN] for c, v in enumerate(row) if isinstance(v, dt.date)})
    if not columns:
        return {}
    date = dt.date
    wanted = {c: [r for r, row in enumerate(rows) if c < len(row) and type(row[c]) is date] for c in columns}
    cells_wanted = [(r, c) for c, rs in wanted.items() for r in rs]
    try:
        unpacked: dict[str, bytes] = {}  # the sheet's XML, unpacked once for both
        apart = cells_shown_apart(path, cells.name, columns, unpacked)
        # the date cells the search for formats of one part found (most: a date shown as a date) are
        # known; only the others are looked for one by one (each such walk goes over the whole XML)
        found = {(cells.name, r, c): apart[(r, c)] for r, c in cells_wanted if (r, c) in apart}
        rest = [(r, c) for r, c in cells_wanted if (r, c) not in apart]
        if rest:
            found.update(_xlsx_formats(path, {cells.name: rest}, unpacked))
    except Exception:  # the importer looks them up itself, as for any sheet
        log.warning("number formats of %s not read ahead", path, exc_info=True)
        return {}
    if len(found) != len(cells_wanted):  # a cell not found: the importer looks again (and says what it finds)
        return {}
    cells.shown_apart = {c: {r: code for (r, cc), code in apart.items() if cc == c} for c in columns}
    if not cells_wanted:
        return {c: frozenset() for c in columns}
    shown: dict[int, set[int]] = {c: set() for c in columns}
    hidden: dict[int, set[int]] = {}
    for (_, r, c), code in found.items():
        if format_shows_time(code):
            shown[c].add(r)
        elif rows[r][c].day == 1 and format_hides_day(code):
            hidden.setdefault(c, set()).add(r)
    cells.day_hidden = {c: frozenset(rs) for c, rs in hidden.items()}
    return {c: frozenset(rs) for c, rs in shown.items()}


def cells_shown_apart(path: str | Path, name: str, columns: list[int],
                      unpacked: dict[str, bytes] | None = None) -> dict[tuple[int, int], str]:
    """Of an .xlsx sheet, the cells of some columns whose number format shows only the time or only
    the day of a date (``shown_part``): (row, column) -> the format. The styles say which formats those
    are; where none is, the sheet is not read; else each such style is looked for in the sheet's XML
    (a search over the bytes: the cells are few, the sheet may be big)."""
    import xml.etree.ElementTree as ET

    found: dict[tuple[int, int], str] = {}
    wanted = {column_letter(c).encode(): c for c in columns}
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        if "xl/styles.xml" not in names:
            return found
        styles = ET.fromstring(archive.read("xl/styles.xml"))
        codes: dict[int, str] = {}
        for fmt in styles.findall("m:numFmts/m:numFmt", _NS):
            codes[int(fmt.get("numFmtId"))] = fmt.get("formatCode") or ""
        xf_formats = [int(xf.get("numFmtId") or 0) for xf in styles.findall("m:cellXfs/m:xf", _NS)]
        odd: dict[int, str] = {}
        for index, fmt_id in enumerate(xf_formats):
            code = codes.get(fmt_id) or ("h:mm" if fmt_id in _BUILTIN_TIME_FORMATS
                                         else _BUILTIN_DAY_FORMATS.get(fmt_id) or _BUILTIN_DATE_FORMATS.get(fmt_id, ""))
            if code and shown_part(code) is not None:
                odd[index] = code
        if not odd:
            return found
        book = ET.fromstring(archive.read("xl/workbook.xml"))
        rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets = {rel.get("Id"): rel.get("Target") for rel in rels.findall("p:Relationship", _NS)}
        member = None
        for sheet in book.findall("m:sheets/m:sheet", _NS):
            if sheet.get("name") == name:
                target = (targets.get(sheet.get(f"{{{_NS['r']}}}id"), "") or "").lstrip("/")
                member = target if target.startswith("xl/") else "xl/" + target
        if not member or member not in names:
            return found
        xml = _unpack(archive, member, unpacked)
    for index, code in odd.items():
        needle = b' s="' + str(index).encode() + b'"'
        at = xml.find(needle)
        while at >= 0:
            start = xml.rfind(b"<", 0, at)
            ref = _ATTR_R.search(xml, start, xml.find(b">", at)) if xml.startswith(b"<c ", start) else None
            if ref is not None and ref.group(1) in wanted:
                found[(int(ref.group(2)) - 1, wanted[ref.group(1)])] = code
            at = xml.find(needle, at + len(needle))
    return found


def cells_showing_time(path: str | Path, wanted: dict[str, list[tuple[int, int]]]) -> set[tuple[str, int, int]]:
    """Of the given date cells (sheet name -> (row, column) from 0), those whose number format shows
    a time: date-times at 00:00 that python-calamine handed over as dates. Empty when the formats
    can't be read (a date then stays a date, as calamine read it)."""
    return {key for key, code in number_formats(path, wanted).items() if format_shows_time(code)}


def ods_shown_numbers(path: str | Path, columns: dict[str, set[int]]) -> dict[str, dict[tuple[int, int], str]]:
    """Of an .ods, the text the number cells of some columns show (ods_scan.shown_numbers); empty for
    other files or where it can't be read."""
    path = Path(path)
    if not columns or path.suffix.lower() != ".ods":
        return {}
    try:
        with zipfile.ZipFile(path) as archive:
            return ods_scan.shown_numbers(archive, path.name, columns)
    except Exception:
        log.warning("could not read the shown numbers of %s", path, exc_info=True)
        return {}


def number_formats(path: str | Path, wanted: dict[str, list[tuple[int, int]]]) -> dict[tuple[str, int, int], str]:
    """The number formats of some cells (sheet name -> (row, column) from 0) of an .xlsx or .xls;
    empty for an .ods or where the formats can't be read."""
    path = Path(path)
    if not wanted or path.suffix.lower() not in (".xlsx", ".xlsm", ".xls"):
        return {}
    try:
        return _xls_formats(path, wanted) if path.suffix.lower() == ".xls" else _xlsx_formats(path, wanted)
    except Exception:
        log.warning("could not read the number formats of %s", path, exc_info=True)
        return {}


_BUILTIN_TIME_FORMATS = {18, 19, 20, 21, 22, 32, 33, 34, 35, 45, 46, 47, 55, 56}  # ids Excel doesn't write out
# built-in date formats without a year or without a day (16, 17 everywhere; the others in a Chinese Excel)
_BUILTIN_DAY_FORMATS = {16: "d-mmm", 28: 'm"月"d"日"', 29: 'm"月"d"日"', 51: 'm"月"d"日"', 53: 'm"月"d"日"',
                        54: 'm"月"d"日"', 58: 'm"月"d"日"',
                        17: "mmm-yy", 27: 'yyyy"年"m"月"', 36: 'yyyy"年"m"月"', 50: 'yyyy"年"m"月"', 52: 'yyyy"年"m"月"',
                        57: 'yyyy"年"m"月"'}
# the built-in date formats showing the day alone (14: m/d/yyyy, 'yyyy/m/d' in a Chinese Excel)
_BUILTIN_DATE_FORMATS = {14: "yyyy/m/d", 15: "d-mmm-yy", 30: "m/d/yy", 31: 'yyyy"年"m"月"d"日"'}
_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "p": "http://schemas.openxmlformats.org/package/2006/relationships"}
_CELL = re.compile(rb'<c\b([^>]*)>')
_ATTR_R = re.compile(rb'\br="([A-Z]+)(\d+)"')
_ATTR_S = re.compile(rb'\bs="(\d+)"')


def _unpack(archive: zipfile.ZipFile, member: str, unpacked: dict[str, bytes] | None) -> bytes:
    """A part of the archive, unpacked once where ``unpacked`` keeps it for the next asking."""
    if unpacked is None:
        return archive.read(member)
    xml = unpacked.get(member)
    if xml is None:
        xml = unpacked[member] = archive.read(member)
    return xml


def _xlsx_formats(path: Path, wanted: dict[str, list[tuple[int, int]]],
                  unpacked: dict[str, bytes] | None = None) -> dict[tuple[str, int, int], str]:
    """Number formats of some cells, read straight from the sheet XML: a regular expression over the
    cell tags finds their style, styles.xml says the format. A second or two of openpyxl on a big
    sheet becomes a few tens of milliseconds."""
    import xml.etree.ElementTree as ET

    found: dict[tuple[str, int, int], str] = {}
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        book = ET.fromstring(archive.read("xl/workbook.xml"))
        rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets = {rel.get("Id"): rel.get("Target") for rel in rels.findall("p:Relationship", _NS)}
        sheet_files = {}
        for sheet in book.findall("m:sheets/m:sheet", _NS):
            target = targets.get(sheet.get(f"{{{_NS['r']}}}id"), "")
            target = target.lstrip("/")
            sheet_files[sheet.get("name")] = target if target.startswith("xl/") else "xl/" + target
        styles = ET.fromstring(archive.read("xl/styles.xml")) if "xl/styles.xml" in names else None
        codes: dict[int, str] = {}
        xf_formats: list[int] = []
        if styles is not None:
            for fmt in styles.findall("m:numFmts/m:numFmt", _NS):
                codes[int(fmt.get("numFmtId"))] = fmt.get("formatCode") or ""
            xf_formats = [int(xf.get("numFmtId") or 0) for xf in styles.findall("m:cellXfs/m:xf", _NS)]
        for name, cells in wanted.items():
            member = sheet_files.get(name)
            if not member or member not in names:
                continue
            xml = _unpack(archive, member, unpacked)
            by_column: dict[int, set[int]] = {}
            for r, c in cells:
                by_column.setdefault(c, set()).add(r)
            for c, rows in by_column.items():
                letters = column_letter(c).encode()
                if _find_cells(xml, letters, sorted(rows), name, c, xf_formats, codes, found):
                    continue
                # a writer that does not put r first in the cell tag: the general pattern
                for tag in _CELL.finditer(xml):
                    ref = _ATTR_R.search(tag.group(1))
                    if ref and ref.group(1) == letters and int(ref.group(2)) - 1 in rows:
                        found[(name, int(ref.group(2)) - 1, c)] = _format_of(tag.group(1), xf_formats, codes)
    return found


def _find_cells(xml: bytes, letters: bytes, rows: list[int], name: str, c: int, xf_formats: list[int],
                codes: dict[int, str], found: dict[tuple[str, int, int], str]) -> bool:
    """The tags of the given cells of one column ('<c r="C123" s="5" ...>': every writer puts r
    first), each looked for from where the last was found (rows come in order in the XML): a few
    thousand searches over the bytes instead of a match object for every cell of the column.
    False (nothing of ``found`` changed) where one is not where expected: the caller looks again."""
    here: dict[tuple[str, int, int], str] = {}
    at = 0
    for r in rows:
        tag = b'<c r="' + letters + str(r + 1).encode() + b'"'
        start = xml.find(tag, at)
        if start < 0:
            return False
        end = xml.find(b">", start)
        if end < 0:
            return False
        here[(name, r, c)] = _format_of(xml[start + len(tag):end], xf_formats, codes)
        at = end
    found.update(here)
    return True


def _format_of(attrs: bytes, xf_formats: list[int], codes: dict[int, str]) -> str:
    style = _ATTR_S.search(attrs)
    index = int(style.group(1)) if style else 0
    fmt_id = xf_formats[index] if index < len(xf_formats) else 0
    return codes.get(fmt_id) or ("h:mm" if fmt_id in _BUILTIN_TIME_FORMATS else _BUILTIN_DAY_FORMATS.get(fmt_id, ""))


def _xls_formats(path: Path, wanted: dict[str, list[tuple[int, int]]]) -> dict[tuple[str, int, int], str | None]:
    quick = xls_scan.number_formats(path, wanted)
    return quick if quick is not None else _xls_formats_by_xlrd(path, wanted)


def _xls_formats_by_xlrd(path: Path, wanted: dict[str, list[tuple[int, int]]]) -> dict[tuple[str, int, int], str | None]:
    import xlrd

    found: dict[tuple[str, int, int], str] = {}
    book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    try:
        for name, cells in wanted.items():
            try:
                sheet = book.sheet_by_name(name)
            except xlrd.XLRDError:
                continue
            for r, c in cells:
                if r < sheet.nrows and c < sheet.ncols:
                    xf = book.xf_list[sheet.cell_xf_index(r, c)]
                    fmt = book.format_map.get(xf.format_key)
                    found[(name, r, c)] = fmt.format_str if fmt else None
    finally:
        book.release_resources()
    return found
