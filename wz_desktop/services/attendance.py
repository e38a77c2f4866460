"""The attendance figures of a period, and the workbook a squad leader can forward.

The attendance page and ``wz-desktop attendance`` read the same figures through :func:`members`
and :func:`squads` (a squad's filter applied the same way), and write them through
:func:`write_workbook`; the command line's two-sheet workbook is :func:`period_workbook`. The
tables and the file are ``workbook/attendance.py`` (pure); the reading is the store's.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from wz_desktop.domain.attendance import coverage_note, period_text
from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.words import KIND_NAMES
from wz_desktop.services.session import Session
from wz_desktop.workbook.attendance import (
    Sheet,
    member_table,
    squad_table,
    write_attendance,
)


def members(store, since: dt.date | None, until: dt.date | None, *, squad_id: int | None = None,
            kind: TaskKind | str | None = None) -> list:
    """Each member's figures in the period (``store.attendance.member_summary``)."""
    return store.attendance.member_summary(since, until, squad_id=squad_id, kind=kind)


def squads(store, since: dt.date | None, until: dt.date | None, *, squad_id: int | None = None,
           kind: TaskKind | str | None = None) -> list:
    """Each squad's figures in the period; only ``squad_id``'s when given (its share is still of
    all the period's turnouts)."""
    rows = store.attendance.squad_summary(since, until, kind=kind)
    if squad_id is not None:
        rows = [r for r in rows if r.squad_id == squad_id]
    return rows


def write_workbook(path: str | Path, sheets: Sheet | Sequence[Sheet], *, session: Session) -> int:
    """Write the sheets to an .xlsx (a temporary file moved into place). Returns the rows written.
    Reading attendance is open to every role."""
    return write_attendance(Path(path), sheets)


@dataclass
class PeriodWorkbook:
    """What :func:`period_workbook` wrote: the rows behind its two sheets."""

    members: list
    squads: list


def period_workbook(store, path: str | Path, since: dt.date, until: dt.date, *, squad=None,
                    kind: TaskKind | None = None, session: Session) -> PeriodWorkbook:
    """The period's attendance by member and by squad, as a two-sheet workbook (the command line's
    ``attendance``). ``squad``: a roster Squad, or None for the whole team. The workbook's own
    words (its filters and note) are the data's: Chinese."""
    squad_id = squad.id if squad is not None else None
    member_rows = members(store, since, until, squad_id=squad_id, kind=kind)
    squad_rows = squads(store, since, until, squad_id=squad_id, kind=kind)
    coverage = store.attendance.coverage()
    note = coverage_note(coverage.first_named_day, coverage.first_task_day)
    filters = [("时间", period_text(since, until)), ("分队", squad.name if squad else "全部分队"),
               ("类别", KIND_NAMES[kind.value] if kind else "全部类别"),
               ("导出时间", dt.datetime.now().strftime("%Y-%m-%d %H:%M"))]
    write_workbook(path, [Sheet("按队员出勤统计", member_table(member_rows), filters, note, name="按队员"),
                          Sheet("按分队出勤统计", squad_table(squad_rows), filters, note, name="按分队")],
                   session=session)
    return PeriodWorkbook(member_rows, squad_rows)


__all__ = ["PeriodWorkbook", "members", "period_workbook", "squads", "write_workbook"]
