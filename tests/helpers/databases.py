"""Databases shared by many tests (the demo database of tests/conftest.py, built once per run)."""
from __future__ import annotations

import shutil
from pathlib import Path


def copy_of(database: Path, folder: Path) -> Path:
    """A copy of a shared database of one's own (in ``folder``), to open and write to."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(database, folder / database.name))
