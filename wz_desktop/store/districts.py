"""Each task's district (``tasks.district``, schema V9), worked out by the store from what it holds.

The rule is ``domain.places.district_of_task`` (the call's district, else the one the summary
names), in Python: SQLite calls it as the function ``wz_district(call_district, summary)``, which
remembers its answers (a million imported tasks have some thousands of distinct summaries), so a
whole import is worked out in one UPDATE. ``tasks.district`` is NULL until worked out, '' where no
district was found.

When it is worked out:

- every commit of ``Database.transaction`` first fills the tasks left NULL (``fill``: a seek into
  the NULL range of the index ``tasks_district``, nothing to do for a write that touched no task):
  new tasks (``TaskRepo``, ``TaskFlow``), and those whose summary or call link changed, or whose
  call's district changed (the triggers of schema V9 set them back to NULL); tasks not yet taken
  into the search index (``derived_state.indexed_upto``) are left to ``index_pending``;
- new tasks as they are inserted (``TaskRepo.insert_batch``, the import: a column worked out
  per distinct summary; ``TaskRepo.insert_many``); what is still NULL of a bulk import in
  ``TaskRepo.index_pending`` with its other derived data (``fill_range``);
- after the migration to V9, every existing task, in chunks of ``CHUNK`` (``backfill``, each chunk
  its own commit: an interrupted backfill goes on at the next opening).
"""
from __future__ import annotations

import sqlite3
from functools import lru_cache

CHUNK = 100_000
FUNCTION = "wz_district"


@lru_cache(maxsize=65536)
def district(call_district: str | None, summary: str | None) -> str:
    """The district of a task ('' where none), as stored in ``tasks.district``."""
    from wz_desktop.domain import places  # on first use: its word lists are not for the start-up

    return places.district_of_task(call_district, summary) or ""


def register(conn: sqlite3.Connection) -> None:
    conn.create_function(FUNCTION, 2, district, deterministic=True)


def has_column(conn: sqlite3.Connection) -> bool:
    return any(row[1] == "district" for row in conn.execute("PRAGMA table_info(tasks)"))


_WORKED_OUT = (f"{FUNCTION}((SELECT c.district FROM calls c WHERE c.id = tasks.call_id), tasks.summary)")


def fill(conn: sqlite3.Connection) -> int:
    """Work out the district of the tasks where it is NULL, but those not yet taken into the search
    index (a bulk import: ``TaskRepo.index_pending`` works them out, ``fill_range``); how many.
    Runs in the caller's transaction; a seek into the NULL range of ``tasks_district`` (a read
    first: no write statement where there is nothing to do)."""
    if not pending(conn):
        return 0
    return conn.execute(
        f"UPDATE tasks INDEXED BY tasks_district SET district = {_WORKED_OUT}"
        " WHERE district IS NULL AND id <= (SELECT indexed_upto FROM derived_state WHERE id = 1)").rowcount


def pending(conn: sqlite3.Connection) -> bool:
    """Whether some task's district is not worked out yet (one seek)."""
    return conn.execute("SELECT 1 FROM tasks INDEXED BY tasks_district WHERE district IS NULL LIMIT 1").fetchone() is not None


def fill_range(conn: sqlite3.Connection, first: int, last: int, *, walk: bool = False) -> int:
    """Work out the districts left NULL of the tasks ``first`` < id <= ``last`` (a bulk import), in
    one pass. ``walk``: read the tasks of the range in id order (all of them NULL: the backfill),
    rather than seek the NULL range of ``tasks_district`` (an import's tasks mostly worked out
    already as they were inserted)."""
    table = "tasks NOT INDEXED" if walk else "tasks INDEXED BY tasks_district"
    return conn.execute(f"UPDATE {table} SET district = {_WORKED_OUT} WHERE district IS NULL AND id > ? AND id <= ?",
                        (first, last)).rowcount


def backfill(conn: sqlite3.Connection, chunk: int = CHUNK) -> int:
    """Work out every district left NULL, in chunks of ``chunk`` tasks each committed on its own
    (after the migration to V9). Outside any transaction. How many tasks."""
    total = 0
    top = conn.execute("SELECT max(id) FROM tasks").fetchone()[0] or 0
    low = 0
    while low < top:
        conn.execute("BEGIN IMMEDIATE")
        try:
            total += fill_range(conn, low, low + chunk, walk=True)
        except BaseException:
            conn.rollback()
            raise
        conn.execute("COMMIT")
        low += chunk
    return total
