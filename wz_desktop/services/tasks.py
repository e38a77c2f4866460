"""A task's life, step by step: dispatch, return, attendance, review, archive, reopen, cancel, cases.

The dispatch form, the review form and the task page call these with the window's session
(``context.session``). Each checks the session's right first (``domain/roles.py``: a squad
leader hands in attendance only for a task of their own squad) and writes the step under the
session's actor (``store.flow``'s steps take it explicitly): the session is the one place "who"
comes from, the callers pass no name. The
rules of each step (which status may follow which, what a form must refuse) are
``domain/lifecycle.py`` and ``domain/workflow.py``; the writes are ``store/lifecycle.py``.
"""
from __future__ import annotations

import datetime as dt

from wz_desktop.domain.lifecycle import Dispatch, ReviewSheet
from wz_desktop.domain.roles import Action, Actor
from wz_desktop.services.session import Session


def _as(store, session: Session, action: Action, task_id: int | None = None) -> Actor:
    """Check ``session``'s right to ``action`` (on ``task_id``'s squads for attendance) and make
    ``store`` act as it; who the store's step is done as (it checks again, and writes that name)."""
    squads = store.flow.squad_ids(task_id) if task_id is not None and action == Action.ATTENDANCE else None
    session.require(action, squads)
    session.enter(store)
    return session.actor


def dispatch(store, session: Session, form: Dispatch, *, now: dt.datetime | None = None) -> int:
    """出队: a new task from the dispatch form. Returns its id (``form.event_no`` is filled in)."""
    return store.flow.dispatch(form, _as(store, session, Action.DISPATCH), now=now)


def update_dispatch(store, session: Session, task_id: int, form: Dispatch, *, now: dt.datetime | None = None) -> None:
    store.flow.update_dispatch(task_id, form, _as(store, session, Action.DISPATCH), now=now)


def submit_attendance(store, session: Session, task_id: int, sheet: ReviewSheet, *,
                      now: dt.datetime | None = None) -> None:
    """交考勤 (a squad leader: only for their own squad's task)."""
    store.flow.submit_attendance(task_id, sheet, _as(store, session, Action.ATTENDANCE, task_id), now=now)


def approve(store, session: Session, task_id: int, comment: str = "") -> None:
    store.flow.approve(task_id, _as(store, session, Action.REVIEW), comment)


def send_back(store, session: Session, task_id: int, comment: str) -> None:
    store.flow.send_back(task_id, comment, _as(store, session, Action.REVIEW))


def archive(store, session: Session, task_id: int) -> None:
    store.flow.archive(task_id, _as(store, session, Action.REVIEW))


def reopen(store, session: Session, task_id: int, reason: str) -> None:
    """Unlock an archived task (administrators), with the reason in its history."""
    store.flow.reopen(task_id, reason, _as(store, session, Action.REOPEN))


def cancel(store, session: Session, task_id: int, reason: str) -> None:
    store.flow.cancel(task_id, reason, _as(store, session, Action.REVIEW))


def open_case(store, session: Session, title: str, task_ids: list[int], notes: str = "") -> int:
    return store.flow.open_case(title, task_ids, _as(store, session, Action.DISPATCH), notes)


def link_to_case(store, session: Session, task_id: int, case_id: int | None) -> None:
    """并案 (``case_id`` None: out of its case)."""
    store.flow.link_to_case(task_id, case_id, _as(store, session, Action.DISPATCH))


__all__ = ["approve", "archive", "cancel", "dispatch", "link_to_case", "open_case", "reopen", "send_back",
           "submit_attendance", "update_dispatch"]
