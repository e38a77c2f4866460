"""An .xls whose records promise more than a sheet can hold. python-calamine sets aside room for what a
sheet's DIMENSIONS record or the shared strings' count says before it reads a cell; one byte changed by a
bad copy makes it billions, and the allocation fails by aborting the whole program (no error to catch: the
window would vanish). The scan that walks the records first refuses such a file in words. Each case runs
the real command line in its own process: an abort is seen as one, not as a test run that died."""
from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from xlrd import compdoc

from test_hostile_files import ROOT, _records

SAMPLE = Path(__file__).parent / "data" / "samples" / "2023年救援任务统计.xls"


def _patched(tmp_path: Path, code: int, change, nth: int = 0) -> Path:
    """The sample with the ``nth`` record of type ``code`` changed (``change(body) -> body``; a change
    made with :func:`_length` changes the length in the record's header instead), found in the Workbook
    stream and then in the file by its bytes (the stream's sectors lie in the file as they are)."""
    data = SAMPLE.read_bytes()
    stream = compdoc.CompDoc(data, logfile=io.StringIO()).get_named_stream("Workbook")
    pos, _, length = [r for r in _records(stream) if r[1] == code][nth]
    record = stream[pos:pos + 4 + length]
    before = min(pos, 64)
    probe = stream[pos - before:pos + 64]  # with what lies around it: a ROW record looks like others
    at = data.find(probe)
    assert at > 0 and data.find(probe, at + 1) < 0, "the record is not found once in the file"
    at += before
    if getattr(change, "zeroed", False):
        patched = data[:at] + bytes(4 + length) + data[at + 4 + length:]
        body = record[4:]
    elif getattr(change, "length", None) is not None:
        patched = data[:at + 2] + struct.pack("<H", change.length) + data[at + 4:]
        body = record[4:]
    else:
        body = change(bytearray(record[4:]))
        patched = data[:at + 4] + bytes(body) + data[at + 4 + length:]
    assert len(body) == length
    out = tmp_path / "2023年（损坏）.xls"
    out.write_bytes(patched)
    again = compdoc.CompDoc(patched, logfile=io.StringIO()).get_named_stream("Workbook")
    assert again[pos:pos + 4 + length] != stream[pos:pos + 4 + length], "the change did not land in the Workbook stream"
    return out


def _set(fmt: str, offset: int, value: int):
    def change(body: bytearray) -> bytearray:
        struct.pack_into(fmt, body, offset, value)
        return body
    return change


def _length(value: int):
    """A change of a record's length (in its header): every record after it is read from the wrong place."""
    def change(body: bytearray) -> bytearray:
        raise AssertionError("a length change is made by _patched")
    change.length = value  # type: ignore[attr-defined]
    return change


def _zeroed():
    """The whole record, its header too, written over with zero bytes (a block of a copy lost)."""
    def change(body: bytearray) -> bytearray:
        raise AssertionError("a zeroed record is made by _patched")
    change.zeroed = True  # type: ignore[attr-defined]
    return change


def _import(tmp_path: Path, path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), RUST_BACKTRACE="0")
    return subprocess.run([sys.executable, "-m", "wz_desktop", "--db", str(tmp_path / "t.db"), "--lang", "zh_CN",
                           "import", str(path), "--details"], capture_output=True, text=True, env=env, timeout=120)


CASES = {
    # DIMENSIONS (BIFF8): first row u32, last row + 1 u32, first column u16, last column + 1 u16
    "last row + 1 made 4 billion (one byte)": (0x0200, _set("<I", 4, 0xFA00000E)),
    "first row past the last (wraps to 4 billion rows)": (0x0200, _set("<I", 0, 0x00010000)),
    "first column past the last (wraps)": (0x0200, lambda body: _set("<H", 10, 3)(_set("<H", 8, 5)(body))),
    "every row and 1,000 columns": (0x0200, lambda body: _set("<H", 10, 1000)(_set("<I", 4, 65536)(body))),
    # SST: total count u32, unique count i32
    "shared strings' count in the hundreds of millions": (0x00FC, _set("<i", 4, 0x10000000)),
    "shared strings' count negative": (0x00FC, _set("<i", 4, -5)),
    # a record's length one bit off (16 -> 20, found by flipping bits at random): calamine read the rest of
    # the sheet from the wrong places, found no cell, and the sheet of 54 tasks was reported as empty
    "a row record's length damaged": (0x0208, _length(20)),
    "a row record's length cut": (0x0208, _length(12)),
    # zero bytes over a sheet's records (found by a blind trial: 512 of them took a sheet's header and 4 of its
    # 5 tasks; the framing holds, as 4 zero bytes read as an empty record): no record is 4 zero bytes
    "a row record written over with zeros": (0x0208, _zeroed()),
    # a sheet said to begin where its BOF is not: calamine reads whatever lies there as the sheet
    "a sheet said to begin elsewhere": (0x0085, lambda body: _set("<I", 0, struct.unpack_from("<I", body)[0] + 20)(body)),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(CASES))
def test_records_that_promise_the_impossible_are_refused_in_words_not_an_abort(tmp_path, case):
    code, change = CASES[case]
    path = _patched(tmp_path, code, change)
    done = _import(tmp_path, path)
    assert done.returncode > 0, (done.returncode, done.stderr[-500:])  # refused, not killed by a signal
    out = done.stdout + done.stderr
    assert "已损坏" in out and "另存为" in out, out
    assert "Traceback" not in out and "panicked" not in out, out


@pytest.mark.slow
@pytest.mark.parametrize("change", [_set("<I", 4, 65536), _set("<H", 10, 16384)], ids=["rows to 65536", "columns to XFD"])
def test_a_dimensions_record_within_a_sheets_cells_still_imports(tmp_path, change):
    """A DIMENSIONS record larger than the cells (formatted blanks down to row 65,536; a writer that
    took the columns of an .xlsx) is no damage: room for fewer cells than a whole sheet is let through."""
    path = _patched(tmp_path, 0x0200, change)
    done = _import(tmp_path, path)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_a_chart_on_a_sheet_is_no_damage(tmp_path):
    """A chart placed on a sheet is kept among the sheet's records as a substream of its own, with its own
    BOF and EOF (Excel and LibreOffice write it so): the sheet's tasks import, no refusal. (The file: the
    corpus's counts sheet with a bar chart, saved by LibreOffice as .xls.)"""
    chart = Path(__file__).parent / "data" / "xls" / "2022-chart.xls"
    done = _import(tmp_path, chart)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "新增 9 条" in done.stdout, done.stdout
