"""The corpus of alerts in tests/data/alerts/ (its README.md says the format), and how a reading is
judged against it: by tests/test_alert.py and bench/alert.py."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from wz_desktop.domain.alert import FIELDS, AlertReading

CORPUS = Path(__file__).resolve().parent.parent / "data" / "alerts"
DEFAULT_NOW = dt.datetime(2025, 12, 5, 21, 0)
UNSURE = "?"


@dataclass
class Alert:
    id: str
    text: str
    expected: dict[str, str] = field(default_factory=dict)
    now: dt.datetime = DEFAULT_NOW


def load_alerts(folder: Path = CORPUS) -> list[Alert]:
    alerts: list[Alert] = []
    for path in sorted(folder.glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("### ")[1:]:
            head, _, rest = block.partition("\n")
            text, sep, fields = rest.partition("\n---\n")
            assert sep, f"{path.name}: {head} has no '---' line"
            alert = Alert(head.strip(), text.strip("\n"))
            for line in fields.strip().splitlines():
                name, _, value = line.partition(":")
                name, value = name.strip(), value.strip()
                if name == "now":
                    alert.now = dt.datetime.strptime(value, "%Y-%m-%d %H:%M")
                    continue
                assert name in FIELDS, f"{path.name}: {head}: unknown field {name!r}"
                alert.expected[name] = value
            alerts.append(alert)
    return alerts


def judge(alert: Alert, reading: AlertReading, name: str) -> str:
    """'right', 'wrong' (filled with another value), 'missed' (left empty), 'extra' (filled where the
    text says nothing of it), 'doubted' (left empty with a reason, as expected), 'empty' (rightly
    left empty), or 'silent' (expected unsure, left empty without a reason)."""
    want = alert.expected.get(name)
    got = reading.shown(name)
    if want is None:
        return "extra" if got else "empty"
    if want == UNSURE:
        if got:
            return "wrong"
        return "doubted" if name in reading.doubts else "silent"
    if not got:
        return "missed"
    if want.startswith("~"):
        return "right" if want[1:] in got else "wrong"
    if name == "missing":
        return "right" if want == got else "wrong"
    return "right" if got == want else "wrong"
