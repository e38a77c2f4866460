"""sqlite-utils without pandas and numpy: it imports both when they are installed, only to map their
types to columns (the store never hands it a DataFrame or a numpy value). That import is most of the
application's start (about a second on an office PC). Imported first by ``wz_desktop.store``; a later
``import pandas`` (the charts' numpy, a test) works as usual."""
from __future__ import annotations

import sys


def load_sqlite_utils():
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    blocked = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # ``import name`` raises ImportError
    try:
        import sqlite_utils
    finally:
        for name in blocked:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    return sqlite_utils


sqlite_utils = load_sqlite_utils()
