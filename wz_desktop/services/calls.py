"""Calls (接报, 核实): the call form and the verify form call these with the window's session.

Each checks the session's right first (``domain/roles.py``), makes the store act as it, and
hands its actor to the store (``store.calls.log`` / ``verify`` take it explicitly and check
again): who logs a call, and who the audit names for a verification, is the session, never a
name typed or passed along. Who verified (``Verification.verified_by``) is the verify form's
data — a person on the phone may have verified — and is kept as typed (the session's name when
empty). The rules of a call are ``domain/workflow.py``; the writes are ``store/calls.py``.
"""
from __future__ import annotations

import datetime as dt

from wz_desktop.domain.roles import Action
from wz_desktop.domain.workflow import Call, Verification
from wz_desktop.services.session import Session


def log(store, session: Session, call: Call, *, now: dt.datetime | None = None) -> int:
    """接报: log ``call`` (a draft of it is logged in its place) as the session's person. Returns its id."""
    session.require(Action.CALLS)
    session.enter(store)
    return store.calls.log(call, session.actor, now=now)


def verify(store, session: Session, call_id: int, verification: Verification, *,
           now: dt.datetime | None = None) -> int:
    """核实: record ``verification`` of the call and move it by its result. Returns the verification's id."""
    session.require(Action.CALLS)
    session.enter(store)
    return store.calls.verify(call_id, verification, session.actor, now=now)


__all__ = ["log", "verify"]
