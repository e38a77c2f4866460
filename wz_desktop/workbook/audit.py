"""The audit trail as an Excel workbook: one sheet, one row per entry (``store.audit.entries``)."""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import xlsxwriter
import xlsxwriter.exceptions

from wz_desktop.leftovers import remove_scratch, scratch_folder

from wz_desktop.domain.text import msg
from wz_desktop.workbook.exporter import ExportError

HEADER = ["时间", "经办人", "表", "记录编号", "操作", "字段", "原值", "新值", "说明"]
WIDTHS = [19, 14, 8, 9, 10, 12, 30, 30, 50]


def entry_row(entry) -> list:
    """What one entry shows (the audit window and the workbook alike)."""
    return [entry.at, entry.by, entry.table_word, "" if entry.record_id is None else entry.record_id,
            entry.action_word, entry.field_word, entry.old or "", entry.new or "", entry.note or ""]


def write_audit(entries: Iterable, path: str | Path) -> int:
    """Write the entries to ``path`` (.xlsx), all or nothing. Returns how many rows were written."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExportError(msg("导出文件名“{path}”应以 .xlsx 结尾。", path=path.name))
    if not path.parent.exists():
        raise ExportError(msg("文件夹“{parent}”不存在。", parent=path.parent))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    scratch = scratch_folder(path)  # xlsxwriter's scratch files hold the text: beside the target, not in /tmp
    written = 0
    try:
        workbook = xlsxwriter.Workbook(str(tmp), {"tmpdir": str(scratch), "constant_memory": True, "strings_to_numbers": False,
                                                  "strings_to_formulas": False, "strings_to_urls": False})
        workbook.set_properties({"title": "修改记录（审计）", "author": "万众救援台", "company": "大连万众应急救援队"})
        bold = workbook.add_format({"bold": True})
        sheet = workbook.add_worksheet("修改记录")
        for col, width in enumerate(WIDTHS):
            sheet.set_column(col, col, width)
        sheet.freeze_panes(1, 0)
        for col, title in enumerate(HEADER):
            sheet.write_string(0, col, title, bold)
        for entry in entries:
            written += 1
            for col, value in enumerate(entry_row(entry)):
                if isinstance(value, int):
                    sheet.write_number(written, col, value)
                elif value:
                    sheet.write_string(written, col, str(value))
        workbook.close()
        tmp.replace(path)
    except (OSError, xlsxwriter.exceptions.XlsxFileError) as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(msg("无法写入“{path}”：{reason}。没有写出文件。", path=path,
                              reason=getattr(exc, "strerror", None) or exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        remove_scratch(scratch)
    return written


__all__ = ["HEADER", "entry_row", "write_audit"]
