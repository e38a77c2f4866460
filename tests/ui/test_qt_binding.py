"""The Qt binding the application runs on must not carry PySide6 6.12.0's reference-count bug: every
``Signal.emit()`` took a reference from Python's ``True`` until the interpreter aborted
(``Fatal Python error: bool_dealloc``) — in a window that emits signals all night, a crash."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal()
    counted = Signal(int)


def test_emitting_signals_leaves_reference_counts_alone():
    emitter = _Emitter()
    received = []
    emitter.counted.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.happened.emit()
        emitter.counted.emit(i)
    assert len(received) == 200
    assert sys.getrefcount(True) >= before - 5, "this PySide6 drops references on emit; pyproject.toml excludes it"
