"""A file that cannot be imported is refused in words the duty secretary can act on.

Each kind of failure is made as a real file (a workbook written by openpyxl, xlwt or LibreOffice,
then damaged in Python) and refused with a message in Chinese that says what is wrong (damaged, not
finished downloading, password, another kind of file under a workbook's name, a zip of something
else) and what to do (download again, ask the sender for the original, re-save in Excel/WPS, rename
it); python-calamine's English reason is never the explanation (it stays in the log and in the
detailed report's technical line). The kinds of file the import does not read (.et, .xlsb, .fods,
.csv …) are named with what to do, and the refusal names what is read: .xlsx, .xlsm, .xls, .ods.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import struct
import subprocess
import zipfile
from pathlib import Path

import pytest

from helpers.workbooks import canonical_sheet, write_workbook
from test_hostile_files import (
    HEADER_ROW,
    MANIFEST,
    TASK_ROW,
    _records,
    encrypted_xlsx,
    ods,
    ods_task_table,
    password_xls,
    refused,
    seeded,
    xlsx,
)
from wz_desktop.services.imports import import_workbook
from wz_desktop.services.session import SYSTEM_SESSION

D = dt.datetime
# what python-calamine, zipfile and the XML parser say: never the whole explanation for people
TECHNICAL = re.compile(r"error|entity|eocd|not found|stream|cfb|ole\b|syntax|signature|panick|invalid|zip archive"
                       r"|unexpected|worksheet", re.I)


def tasks_xlsx(path: Path) -> Path:
    return write_workbook(path, [canonical_sheet("水上救援", [["WZ2022-0001", "星海湾落水救援", D(2022, 7, 1, 14, 30), 8, 2,
                                                          "水上救援分队", None]])])


def tasks_xls(path: Path) -> Path:
    return write_workbook(path, [canonical_sheet("水上救援", [["WZ2022-0001", "星海湾落水救援", D(2022, 7, 1, 14, 30), 8, 2,
                                                          "水上救援分队", None]])])


def _rezip(source: Path, target: Path, member: str, change) -> Path:
    """``source`` zipped again as ``target`` with one member changed (``change(bytes) -> bytes``)."""
    with zipfile.ZipFile(source) as z:
        parts = {info.filename: z.read(info.filename) for info in z.infolist()}
    parts[member] = change(parts[member])
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return target


def _sheet_member(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return next(n for n in z.namelist() if n.startswith("xl/worksheets/sheet"))


def truncated(make, name: str):
    def build(p: Path) -> Path:
        data = make(p / ("whole" + Path(name).suffix)).read_bytes()
        (p / name).write_bytes(data[: len(data) // 2])
        return p / name
    return build


def bad_sheet_xml(p: Path) -> Path:
    good = tasks_xlsx(p / "good.xlsx")
    return _rezip(good, p / "2022年.xlsx", _sheet_member(good), lambda b: b[: len(b) * 2 // 3])


def unknown_entity(p: Path) -> Path:
    """A cell holding an entity no DTD declares (what is left of a 'billion laughs' file cut down)."""
    return xlsx(p / "2022年.xlsx", {"水上救援": f'<row r="1">{HEADER_ROW}</row>' + TASK_ROW.replace(
        "星海湾落水救援", "&lol9;")})


def bad_boundsheet(p: Path) -> Path:
    """An .xls whose sheet entry (BOUNDSHEET) points into the middle of a record."""
    data = bytearray(tasks_xls(p / "good.xls").read_bytes())
    start = data.find(b"\x09\x08")
    for pos, code, _length in _records(bytes(data[start:])):
        if code == 0x0085:
            offset = struct.unpack_from("<I", data, start + pos + 4)[0]
            struct.pack_into("<I", data, start + pos + 4, offset + 7)
            break
    (p / "2022年.xls").write_bytes(bytes(data))
    return p / "2022年.xls"


def bad_ods_content(p: Path) -> Path:
    good = ods(p / "good.ods", ods_task_table())
    return _rezip(good, p / "2022年.ods", "content.xml", lambda b: b[: len(b) // 2])


def encrypted_ods(p: Path) -> Path:
    """An .ods saved with a password: the manifest says how content.xml is encrypted (and it is not XML)."""
    manifest = MANIFEST.replace('manifest:media-type="text/xml"/>', 'manifest:media-type="text/xml" manifest:size="900">'
                                '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x">'
                                '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector'
                                '="x"/></manifest:encryption-data></manifest:file-entry>')
    path = p / "2022年.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", os.urandom(900))
    return path


def renamed(make, name: str):
    def build(p: Path) -> Path:
        made = make(p / ("real" + {".xls": ".xlsx", ".xlsx": ".xls", ".ods": ".xlsx"}[Path(name).suffix]))
        return Path(shutil.copyfile(made, p / name))
    return build


def missing_sheet(p: Path) -> Path:
    good = tasks_xlsx(p / "good.xlsx")
    member = _sheet_member(good)
    with zipfile.ZipFile(good) as z:
        parts = {n: z.read(n) for n in z.namelist() if n != member}
    with zipfile.ZipFile(p / "2022年.xlsx", "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return p / "2022年.xlsx"


def zipped(name: str, members: dict[str, bytes]):
    def build(p: Path) -> Path:
        with zipfile.ZipFile(p / name, "w") as z:
            for member, data in members.items():
                z.writestr(member, data)
        return p / name
    return build


def written(name: str, data: bytes):
    def build(p: Path) -> Path:
        (p / name).write_bytes(data)
        return p / name
    return build


# case -> (make the file in a folder, words the message must hold)
CASES = {
    "truncated-xlsx": (truncated(tasks_xlsx, "2022年.xlsx"), ["不完整", "重新下载", "发送人"]),
    "truncated-xls": (truncated(tasks_xls, "2022年.xls"), ["不完整", "重新下载", "发送人"]),
    "bad-sheet-xml": (bad_sheet_xml, ["已损坏", "XML", "另存为 .xlsx", "发送人"]),
    "unknown-entity": (unknown_entity, ["已损坏", "XML", "另存为 .xlsx"]),
    "encrypted-ooxml": (lambda p: encrypted_xlsx(p / "2022年.xlsx"), ["密码", "取消密码"]),
    "encrypted-xls": (lambda p: password_xls(p / "2022年.xls"), ["密码", "取消密码"]),
    "xls-bad-boundsheet": (bad_boundsheet, ["损坏", "发送人"]),
    "ods-bad-content": (bad_ods_content, ["已损坏", "XML", "另存为 .xlsx"]),
    "ods-encrypted": (encrypted_ods, ["密码", "取消密码"]),
    "html-named-xlsx": (written("2022年.xlsx", b"<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body>"
                                               b"</html>"), ["网页", "另存为 .xlsx"]),
    "csv-named-xlsx": (written("2022年.xlsx", "事件编号,事件摘要\nWZ1,落水\n".encode("gbk")), ["CSV", "另存为 .xlsx"]),
    "xlsx-named-xls": (renamed(tasks_xlsx, "2022年.xls"), ["扩展名是 .xls", "其实是 .xlsx", "改为 .xlsx"]),
    "xls-named-xlsx": (renamed(tasks_xls, "2022年.xlsx"), ["扩展名是 .xlsx", "其实是 .xls", "改为 .xls"]),
    "ods-named-xlsx": (renamed(lambda p: ods(p, ods_task_table()), "2022年.xlsx"), ["其实是 .ods", "改为 .ods"]),
    "empty-zip": (zipped("2022年.xlsx", {}), ["空的压缩包"]),
    "zip-of-photos": (zipped("2022年.xlsx", {"现场照片/1.jpg": b"\xff\xd8\xff\xe0" + bytes(200)}), ["压缩包", "解压"]),
    "missing-sheet-part": (missing_sheet, ["已损坏", "缺少", "另存为 .xlsx"]),
    "pdf-named-xlsx": (written("2022年.xlsx", b"%PDF-1.4\n" + bytes(300)), ["不是 Excel 工作簿", "请确认"]),
    "wps-et": (lambda p: Path(shutil.copyfile(tasks_xls(p / "t.xls"), p / "2022年.et")), ["WPS", "另存为", ".xlsx"]),
    "xlsb": (written("2022年.xlsb", b"PK\x03\x04" + bytes(300)), ["二进制", "另存为", ".xlsx"]),
    "fods": (written("2022年.fods", b'<?xml version="1.0"?><office:document/>'), ["XML", "另存为", ".xlsx"]),
    "csv": (written("2022年.csv", "事件编号,事件摘要\n".encode()), ["文本文件", "另存为", ".xlsx"]),
    "xltx": (written("2022年.xltx", b"PK\x03\x04" + bytes(300)), ["模板", "另存为"]),
    "unknown-suffix": (written("2022年.numbers", b"PK\x03\x04" + bytes(300)), [".xlsx、.xlsm、.xls 和 .ods"]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_file_that_cannot_be_read_is_refused_saying_what_is_wrong_and_what_to_do(store, tmp_path, case, capfd):
    before = seeded(store, tmp_path)
    make, words = CASES[case]
    folder = tmp_path / "in"
    folder.mkdir()
    error = refused(store, make(folder), before)
    for word in words:
        assert word in error, (word, error)
    assert "请" in error, error  # says what to do
    assert not TECHNICAL.search(error), error  # the library's English is not the explanation
    assert "panicked" not in capfd.readouterr().err


def test_the_technical_reason_is_kept_for_the_detailed_report_only(store, tmp_path):
    report = import_workbook(store, unknown_entity(tmp_path), session=SYSTEM_SESSION)
    assert not report.ok and "lol9" not in report.error
    assert report.error_detail and "lol9" in report.error_detail  # calamine's words, for whoever helps
    assert "lol9" in report.detail_text() and "技术细节" in report.detail_text()
    assert "lol9" not in report.summary_text()
    assert report.to_dict()["error_detail"] == report.error_detail


@pytest.mark.parametrize("suffix", [".ods", ".xlsm"])
def test_the_suffixes_the_refusal_names_are_really_read(store, tmp_path, suffix):
    if suffix == ".ods":
        path = ods(tmp_path / "2022年.ods", ods_task_table())
    else:
        path = Path(shutil.copyfile(tasks_xlsx(tmp_path / "t.xlsx"), tmp_path / "2022年.xlsm"))
    report = import_workbook(store, path, session=SYSTEM_SESSION)
    assert report.ok and report.added == 1, report.error


# --- real files written by LibreOffice, then damaged ----------------------------------------------

@pytest.fixture(scope="module")
def office_files(tmp_path_factory):
    """The tasks workbook as LibreOffice writes it: .xls, .ods and .xlsx."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        if os.environ.get("WZ_REQUIRE_LIBREOFFICE") == "1":
            pytest.fail("WZ_REQUIRE_LIBREOFFICE=1 but LibreOffice (soffice) is not installed")
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("office")
    source = tasks_xlsx(folder / "source.xlsx")
    out = folder / "out"
    for target in ("xls", "ods", 'xlsx:"Calc MS Excel 2007 XML"'.replace('"', "")):
        subprocess.run([found, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", "--norestore",
                        "--convert-to", target, "--outdir", str(out), str(source)], capture_output=True, timeout=240)
    files = {p.suffix: p for p in out.iterdir()}
    assert set(files) == {".xls", ".ods", ".xlsx"}, files
    return files


def _damaged_zip_member(data: bytes, pick, change) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            member = src.read(info.filename)
            z.writestr(info.filename, change(member) if pick(info.filename) else member)
    return buffer.getvalue()


OFFICE_CASES = {
    # what LibreOffice wrote, then: -> (name, damage(bytes) -> bytes, words)
    "xls-cut-short": (".xls", "2022年.xls", lambda b: b[: len(b) // 2], ["不完整"]),
    "xlsx-cut-short": (".xlsx", "2022年.xlsx", lambda b: b[: len(b) // 2], ["不完整"]),
    "ods-cut-short": (".ods", "2022年.ods", lambda b: b[: len(b) // 2], ["不完整"]),
    "ods-content-xml-broken": (".ods", "2022年.ods", lambda b: _damaged_zip_member(
        b, lambda n: n == "content.xml", lambda m: m.replace(b"</table:table>", b"</table:tab", 1)), ["已损坏", "XML"]),
    "ods-undeclared-entity": (".ods", "2022年.ods", lambda b: _damaged_zip_member(
        b, lambda n: n == "content.xml", lambda m: m.replace("星海湾".encode(), b"&lol9;", 1)), ["已损坏", "XML"]),
    "xlsx-sheet-xml-broken": (".xlsx", "2022年.xlsx", lambda b: _damaged_zip_member(
        b, lambda n: n.startswith("xl/worksheets/sheet"), lambda m: m[: len(m) // 2]), ["已损坏", "XML"]),
    "xls-named-xlsx": (".xls", "2022年.xlsx", lambda b: b, ["其实是 .xls", "改为 .xls"]),
    "xlsx-named-xls": (".xlsx", "2022年.xls", lambda b: b, ["其实是 .xlsx", "改为 .xlsx"]),
    "ods-named-xls": (".ods", "2022年.xls", lambda b: b, ["其实是 .ods", "改为 .ods"]),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(OFFICE_CASES))
def test_libreoffice_files_damaged_are_refused_in_words(store, tmp_path, office_files, case):
    before = seeded(store, tmp_path)
    kind, name, damage, words = OFFICE_CASES[case]
    path = tmp_path / name
    path.write_bytes(damage(office_files[kind].read_bytes()))
    error = refused(store, path, before)
    for word in words:
        assert word in error, (word, error)
    assert "请" in error and not TECHNICAL.search(error), error


@pytest.mark.slow
@pytest.mark.parametrize("kind", [".xls", ".ods", ".xlsx"])
def test_libreoffice_files_whole_are_imported(store, tmp_path, office_files, kind):
    report = import_workbook(store, office_files[kind], session=SYSTEM_SESSION)
    assert report.ok and report.added == 1, report.error


def test_the_command_line_says_it_in_chinese_and_english_without_a_traceback(tmp_path):
    import sys

    from test_hostile_files import ROOT

    path = unknown_entity(tmp_path)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for lang, words in (("zh_CN", "已损坏"), ("en", "is damaged")):
        done = subprocess.run([sys.executable, "-m", "wz_desktop", "--db", str(tmp_path / "t.db"), "--lang", lang,
                               "import", str(path), "--details"], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode != 0, done.stdout
        assert words in done.stderr and "Traceback" not in done.stderr + done.stdout, done.stderr
        assert "lol9" in done.stderr  # the technical line of --details
