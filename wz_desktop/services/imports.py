"""Importing workbooks: read a file (``workbook.importer``, pure), pair its tasks with what the
database already holds and write the new ones in one transaction (the store), then bring the search
index up to date once for all the files. The window's import job and ``wz-desktop import`` both call
:func:`import_files`; nothing else orchestrates an import.
"""
from __future__ import annotations

import contextlib
import gc
import logging
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Callable, Iterable

from wz_desktop.domain import matching
from wz_desktop.domain.report import Code, FileReport
from wz_desktop.domain.roles import Action
from wz_desktop.domain.text import msg, text_of
from wz_desktop.services.session import Session
from wz_desktop.store.errors import DatabaseFailure, StoreError, describe_failure
from wz_desktop.workbook import importer
from wz_desktop.workbook.importer import ImportCancelled, Interpretation, Progress
from wz_desktop.workbook.reader import (
    WorkbookError,
    check_file,
    file_digest,
    iter_cells,
)

log = logging.getLogger(__name__)
_gc_lock = threading.Lock()
_gc_paused = [0, False]  # imports under way that paused the cyclic garbage collector; whether it was on


@contextlib.contextmanager
def _collector_paused():
    """Python's cyclic garbage collector off while a workbook is read and written: the import makes
    millions of objects that live until it ends (the sheets' cells, the columns of tasks), and each
    full collection walks all of them, for nothing (an import makes no cycles to speak of; what it
    drops goes at once). A fifth of the interpretation's time went into those walks. Back on as it
    was when the last import running ends (imports in several threads count)."""
    with _gc_lock:
        if _gc_paused[0] == 0:
            _gc_paused[1] = gc.isenabled()
            gc.disable()
        _gc_paused[0] += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_paused[0] -= 1
            if _gc_paused[0] == 0 and _gc_paused[1]:
                gc.enable()


def import_files(store, session: Session, paths: Iterable[str | Path], *,
                 progress: Callable[[int, str], None] | None = None, cancelled: Callable[[], bool] | None = None,
                 file_progress: Callable[[int, Path, int, str], None] | None = None,
                 done: Callable[[FileReport], None] | None = None) -> list[FileReport]:
    """Import the workbooks one after the other (each atomic), then index the search once for all
    of them. Returns one report a file. ``session`` must be allowed to import (refused here with
    :class:`NotAllowed` before any file is read). ``file_progress(number, path, percent, message)``:
    a file's own progress (the window words it); ``cancelled``: asked between and inside files;
    ``done(report)``: each file's report as soon as it is imported (the command line prints it)."""
    session.require(Action.IMPORT)
    session.enter(store)
    with _collector_paused():
        return _import_files(store, session, [Path(p) for p in paths], progress, cancelled, file_progress, done)


def _import_files(store, session: Session, files: list[Path], progress, cancelled, file_progress,
                  done) -> list[FileReport]:
    reports: list[FileReport] = []
    for number, path in enumerate(files):
        if cancelled and cancelled():
            reports.append(FileReport(file=path.name, status="failed", error=msg("导入已取消。")))
            if done is not None:
                done(reports[-1])
            continue
        step = None
        if file_progress is not None:
            def step(percent: int, message: str, number=number, path=path) -> None:
                file_progress(number, path, percent, message)
        # the search index and squad links follow once, after the last file (searches stay
        # complete meanwhile: tasks not yet indexed are read with LIKE)
        reports.append(import_workbook(store, path, progress=step, cancelled=cancelled, index=False, session=session))
        if done is not None:
            done(reports[-1])
    if any(report.ok for report in reports):
        if progress:
            progress(99, msg("正在更新搜索索引"))
        try:
            store.tasks.index_pending()
            store.database.checkpoint()
        except Exception:  # the tasks are in; the index is finished when the database next opens
            log.exception("search index after the import")
    return reports


def import_workbook(store, path: str | Path, *, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None, backup: bool = True,
                    index: bool = True, session: Session) -> FileReport:
    """Import one workbook atomically. Returns its report; a file that can't be imported comes back
    with ``status == 'failed'`` and a message, and the database is exactly as it was.

    The tasks are committed in one transaction; the search index then takes them in (``index``),
    in a second one, and the write-ahead log is copied back into the database file
    (``Database.checkpoint_later``). Searches are complete in between (see ``TaskRepo.index_pending``).
    """
    session.require(Action.IMPORT)
    with _collector_paused():
        return _import_workbook(store, Path(path), progress, cancelled, backup, index)


def _import_workbook(store, path: Path, progress: Progress | None, cancelled: Callable[[], bool] | None,
                     backup: bool, index: bool) -> FileReport:
    report = FileReport(file=path.name)
    pending_backup = None  # the copy taken before the import, while the file is read

    def step(percent: int, message: str) -> None:
        if cancelled and cancelled():
            raise ImportCancelled()
        if progress:
            progress(percent, message)

    try:
        step(0, msg("正在读取“{name}”", name=path.name))
        check_file(path)
        if backup and store.tasks.total() > 0:
            pending_backup = store.backup_in_background("before-import")
        with _private_copy(path) as copy:
            sha, size = file_digest(copy)
            step(10, msg("正在读取并识别表头和数据"))
            interpretation = importer.interpret(iter_cells(copy), path.name, copy)
        report = interpretation.report
        report.sha256 = sha
        report.previously_imported = [msg("{when}（{name}）", when=when, name=name)
                                      for _, name, when in store.imports.previous(sha)]
        step(60, msg("正在与数据库比对"))
        if pending_backup is not None:
            report.backup = str(pending_backup.result())
            pending_backup = None
        with store.database.checkpoint_later(), store.transaction():
            _write(store, path, sha, size, interpretation, step)
            step(95, msg("正在提交"))
        report.status = "imported"
        # the tasks' pages go from the write-ahead log into the database file while the search
        # index is built (the checkpoint after it then copies only the index's)
        store.database.checkpoint_in_background()
        if index:
            if progress:
                progress(97, msg("正在更新搜索索引"))
            try:
                store.tasks.index_pending()
                store.database.checkpoint()
            except Exception as exc:  # the tasks are in; the index catches up when the database opens
                log.exception("search index after importing %s", path)
                report.add(Code.GUESS, msg("任务已导入，但搜索索引和分队关联暂未更新（{exc}），下次打开数据库时会自动补齐；"
                                           "在此之前搜索仍能找到这些任务。", exc=exc))
    except ImportCancelled:
        report.status = "failed"
        report.error = msg("导入已取消。")
    except WorkbookError as exc:
        report.status = "failed"
        report.error = text_of(exc) or str(exc)  # the Text, so that the window and the command line can translate it
        report.error_detail = exc.detail
    except StoreError as exc:  # busy, damaged, too new: said in words already
        report.status = "failed"
        report.error = text_of(exc) or str(exc)
    except DatabaseFailure as exc:  # disk full, read-only folder ...: the transaction was rolled back
        log.warning("import of %s failed: %s", path, exc)
        report.status = "failed"
        report.error = msg("写入数据库时出错：{reason}。已撤销本次导入，数据库没有改动。", reason=describe_failure(exc))
    except OSError as exc:  # the workbook unreadable, or no room for the copy taken before the import
        log.warning("import of %s failed: %s", path, exc)
        report.status = "failed"
        report.error = msg("读写文件时出错：{reason}。没有导入，数据库没有改动。", reason=describe_failure(exc))
    except Exception as exc:  # a fault of ours: say so plainly, keep the details for the log
        log.exception("import of %s failed", path)
        report.status = "failed"
        report.error = msg("导入时发生内部错误（{error}），已撤销本次导入，数据库没有改动。",
                           error=f"{type(exc).__name__}: {exc}")
    if pending_backup is not None:  # the import stopped before writing: nobody needs that copy
        pending_backup.discard()
    if progress:
        progress(100, msg("完成") if report.ok else msg("未导入"))
    return report


@contextlib.contextmanager
def _private_copy(path: Path):
    """The workbook copied once into a folder of its own, under its own name, for the import to read:
    its digest, the safety scan, python-calamine and the look at number formats then all read the
    same bytes. Read from where it lies, a file changing meanwhile (a cloud drive syncing it, a
    program saving it again) could pass the scan as one file and reach calamine as another: a
    harmless sheet scanned, a cell at XFD1048576 read, and the process aborted."""
    with tempfile.TemporaryDirectory(prefix="wz-import-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        yield copy


def _write(store, path: Path, sha: str, size: int, interpretation: Interpretation, step) -> None:
    """Pair the rows with the tasks the database already holds and insert the new ones (one statement;
    into an empty table with its indexes set aside and rebuilt after). Runs in the import's transaction."""
    report, batch = interpretation.report, interpretation.batch
    pairs: dict[int, object] = {}
    if store.tasks.total():
        # every row's key, numbered ones too: a task corrected in the window (its number changed)
        # keeps the key it was imported under, and is found by it
        keys = [("no:" + n) if n else k for n, k in zip(batch.event_no, batch.import_key)]
        candidates = store.tasks.matching_candidates([k for k in keys if k], batch.event_no)
        known = set()
        for task in candidates:
            known |= matching.task_keys(task)
        maybe = [i for i in range(len(batch))
                 if ("no:" + batch.event_no[i] if batch.event_no[i] else batch.import_key[i]) in known]
        if maybe:
            pairs = dict(zip(maybe, matching.match([batch.task(i) for i in maybe], candidates)))
    step(75, msg("正在写入数据库"))
    import_id = store.imports.start(path.name, str(path.resolve()), sha, size)
    new_rows: list[int] = []
    for i in range(len(batch)):
        existing = pairs.get(i)
        if existing is None:
            new_rows.append(i)
            continue
        task = batch.task(i)
        diffs = matching.differences(task, existing)
        if diffs:
            report.differing += 1
            report.add(Code.DIFFERS, msg("与数据库中的任务（{task}）不一致，保留数据库中的值：{differences}",
                                             task=existing.event_no or existing.summary,
                                             differences=matching.describe(diffs)), sheet=task.import_sheet,
                       row=task.import_row, value=str(existing.id))
        else:
            report.unchanged += 1
    fresh = batch if len(new_rows) == len(batch) else batch.take(new_rows)
    store.tasks.insert_batch(fresh, import_id=import_id)
    report.added = len(fresh)
    report.flagged = sum(fresh.needs_review)
    store.imports.finish(import_id, year=interpretation.year, counts=report.counts(), report=report.to_dict())
