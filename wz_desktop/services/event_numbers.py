"""Event numbers (事件编号): the next one of a year, previewed or issued, and the pattern.

Where things are:

- the pattern's grammar (``{year}``, ``{seq:04d}``), how a number is formatted and how the highest
  number of a year is read from numbers written in other styles: ``domain/workflow.py``
  (``check_pattern``, ``format_event_no``, ``next_sequence``);
- reading "the next number of a year" from the tasks and the last number issued, and reserving it:
  ``store/calls.py`` (``CallRepo._next_in_sequence``, one reading for both ``peek_event_no`` and
  ``next_event_no``; a dispatch without a number takes ``next_event_no`` inside its transaction);
- the saved pattern: the ``settings`` table (``event_no_pattern``), changed by administrators.

The dispatch form and the settings dialog preview through :func:`preview`. A number is issued only
by a dispatch, inside its own transaction (``store/lifecycle.py``), so there is no use case here
that issues one.
"""
from __future__ import annotations


def preview(store, year: int, pattern: str | None = None) -> str:
    """The number a dispatch in ``year`` would be issued now, without reserving it (a later
    dispatch may get a later one). ``pattern``: one not yet saved (the settings dialog shows what
    it would give); a bad one is a WorkflowError."""
    return store.calls.peek_event_no(year, pattern)


def pattern(store) -> str:
    """The saved pattern (``WZ{year}-{seq:04d}`` until an administrator changes it)."""
    return store.calls.event_no_pattern()


__all__ = ["pattern", "preview"]
