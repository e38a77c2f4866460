"""Exporting a year: the canonical workbook, or the anonymised one for researchers and partners.

The window's export jobs and ``wz-desktop export`` call these; the workbook modules only write
files (``workbook.exporter.write_year``, ``workbook.anonymized``) and never see the store.

- :func:`export_year`: one year as the canonical six-sheet workbook.
- :func:`export_audit`: the audit trail (who changed what) as a workbook.
- :func:`prepare_share` / :func:`write_share`: the anonymised workbook in two steps, so that the
  window can show every masked cell before anything is written; ``write_share`` records the share
  in the audit under the session's name. :func:`export_anonymized`: both at once (the command line).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

import xlsxwriter.exceptions

from wz_desktop.domain.anonymize import LAYERS
from wz_desktop.domain.roles import SYSTEM_NAME
from wz_desktop.domain.text import SEMICOLON, joined, msg
from wz_desktop.services.session import Session
from wz_desktop.store.errors import describe_failure
from wz_desktop.workbook.anonymized import SharePlan, mask_rows, maskers_for, write_plan
from wz_desktop.workbook.audit import write_audit
from wz_desktop.workbook.exporter import ExportError, Written, write_year

Progress = Callable[[int, str], None]


def _refuse_empty(store, year: int) -> int:
    total = store.tasks.count_year(year)
    if total == 0:
        years = joined(str(y) for y, _ in store.tasks.years()) or msg("无")
        raise ExportError(msg("数据库中没有 {year} 年的任务（有任务的年份：{years}）。", year=year, years=years))
    return total


def _unwritable(path, exc: BaseException) -> ExportError:
    return ExportError(msg("无法写入“{path}”：{reason}。请检查文件夹能否写入、文件是否在 Excel 中打开、"
                           "磁盘是否已满。没有写出文件。", path=path, reason=describe_failure(exc)))


def export_year(store, year: int, path: str | Path, *, progress: Progress | None = None,
                cuts: list | None = None, session: Session) -> int:
    """Export one year of the database to ``path`` in the canonical form. Returns the number of
    tasks (a :class:`Written`: its ``cuts`` name every text cut to fit a cell). Reading is open to
    every role. The anonymised workbook is :func:`export_anonymized` (or :func:`prepare_share` and
    :func:`write_share`)."""
    total = _refuse_empty(store, year)
    if progress:
        progress(2, msg("正在导出 {year} 年的 {total} 条任务", year=year, total=total))
    try:
        cuts = [] if cuts is None else cuts
        written = write_year(store.tasks.workbook_rows(year), year, path, total=total, progress=progress, cuts=cuts)
    except (OSError, xlsxwriter.exceptions.XlsxFileError) as exc:
        raise _unwritable(path, exc) from exc
    if progress:
        progress(100, msg("已导出 {written} 条任务", written=written))
    return Written(written, cuts)


def prepare_share(store, year: int, layers: Iterable[str] = LAYERS, *,
                  session: Session) -> SharePlan:
    """The anonymised workbook's plan: the year's rows masked in layers and checked, not written."""
    _refuse_empty(store, year)
    rows = list(store.tasks.workbook_rows(year))
    sharing = store.sharing
    masker, checker = maskers_for(sharing.known_names(), sharing.team_words(), sharing.free_texts(), layers,
                                  (text for row in rows for text in (row[2], row[10])))
    return mask_rows(rows, masker, checker, year)


def write_share(store, plan: SharePlan, path: str | Path, *, progress: Progress | None = None,
                session: Session) -> int:
    """Write a share's plan (refused while its check found something sure) and record it in the
    audit: who confirmed it (the session), how many cells were masked and reworded."""
    try:
        written = write_plan(plan, path, progress=progress)
    except (OSError, xlsxwriter.exceptions.XlsxFileError) as exc:
        raise _unwritable(path, exc) from exc
    confirmed_by = "" if session.who == SYSTEM_NAME else session.who
    notes = ([msg("确认人 {name}", name=confirmed_by)] if confirmed_by else []) + \
        ([msg("人工修改 {count} 个单元格", count=len(plan.edited))] if plan.edited else [])
    store.sharing.record_share(msg("匿名工作簿 {year} 年（{written} 条任务）", year=plan.year, written=written), str(path),
                               len(plan.changes), note=joined(notes, SEMICOLON))
    return written


def export_audit(store, path: str | Path, audit_filter=None, *, session: Session) -> int:
    """The audit trail (``audit_filter``: a ``store.audit.AuditFilter``, None for all of it), oldest
    first, as an .xlsx. Returns the entries written."""
    entries = store.audit.entries(audit_filter, newest_first=False)
    return write_audit(entries, Path(path))


def export_anonymized(store, year: int, path: str | Path, *, layers: Iterable[str] = LAYERS,
                      progress: Progress | None = None, session: Session) -> SharePlan:
    """Both steps at once (the command line): the plan, written when its check found nothing sure."""
    plan = prepare_share(store, year, layers, session=session)
    write_share(store, plan, path, progress=progress, session=session)
    return plan


__all__ = ["ExportError", "export_anonymized", "export_audit", "export_year", "prepare_share", "write_share"]
