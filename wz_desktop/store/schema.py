"""The schema, as numbered migrations: ``migrations/NNNN.sql``, one file per version, run in order.
``PRAGMA user_version`` says which have run.

Each migration runs in one transaction together with the version bump; a copy of the database
file is taken before any migration of a database that already holds data (see ``db.py``).

The files are history: a shipped file is never edited (tests/test_migrations.py checksums them),
and none is built from live code, so what a migration does never changes with the code around it.
A change of the schema is a new file, the next number. What each migration is for:
``migrations/README.md``; adding a kind of task: ``docs/adding-a-kind.md``.
"""
from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")  # package data (pyproject, installer/wz_desktop.spec)


def _load(folder: Path) -> list[tuple[int, str]]:
    """(version, SQL) of every ``NNNN.sql`` in ``folder``, in order; versions must run 1, 2, 3 …"""
    found = []
    for path in folder.iterdir():
        match = re.fullmatch(r"(\d{4})\.sql", path.name)
        if match:
            # bytes, not text: no newline translation, the SQL runs exactly as shipped
            found.append((int(match.group(1)), path.read_bytes().decode("utf-8")))
    found.sort()
    versions = [v for v, _ in found]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"schema migrations in {folder} are not numbered 1 to {len(versions)}: {versions}")
    return found


MIGRATIONS: list[tuple[int, str]] = _load(MIGRATIONS_DIR)

LATEST_VERSION = MIGRATIONS[-1][0]
