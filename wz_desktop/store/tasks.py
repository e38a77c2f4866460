"""Tasks: every line of SQL that reads or writes them."""
from __future__ import annotations

import contextlib
import itertools
import logging
import sqlite3
import threading
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from wz_desktop.domain.kinds import KIND_ORDER, TaskKind
from wz_desktop.domain.records import BATCH_COLUMNS, Flag, Origin, Task, TaskBatch, TaskStatus
from wz_desktop.domain.roles import Action
from wz_desktop.domain.text import msg
from wz_desktop.store import districts
from wz_desktop.store.audit import Audit
from wz_desktop.store.db import Database, now_text
from wz_desktop.store.search import phrase, search_text, search_texts

log = logging.getLogger(__name__)
TASK_COLUMNS = [
    "id", "kind", "event_no", "summary", "departure", "departure_raw", "year", "headcount", "headcount_raw",
    "vehicles", "vehicles_raw", "squads", "squads_raw", "remarks", "remarks_raw", "status", "origin",
    "needs_review", "import_key", "import_id", "import_sheet", "import_row", "result", "people_helped",
    "call_id", "case_id", "leader_id", "returned_at",
]
BULK_LOAD_ROWS = 5000
# the triggers on new squad links; a bulk load of links (index_pending) sets them aside: the links it
# writes carry their figures already (task_squads_task_copy) and are summed by it (squad_pairs_insert)
FTS_HASH_SIZE = 64 << 20  # bytes of new search-index entries held in memory before FTS5 writes them
_FEW_ROWS_INDEXES = ("tasks_open", "tasks_call", "tasks_case")  # imported tasks are archived, of no call or case
_LINK_INSERT_TRIGGERS = ("task_squads_task_copy", "squad_pairs_insert")
_KIND_VALUE = {kind: kind.value for kind in TaskKind}
_SELECT = "SELECT " + ", ".join(TASK_COLUMNS) + " FROM tasks"
_KIND_RANK = "CASE kind " + " ".join(f"WHEN '{k.value}' THEN {i}" for i, k in enumerate(KIND_ORDER)) + " END"


def _constant(column: list[Any]) -> str:
    """SQL for a column that holds only None or only False: NULL, or 0."""
    return "0" if column and column[0] is False else "NULL"


def _subset(column: list[Any], picked: list[int]) -> list[Any]:
    return [column[i] for i in picked]


def _task(row: Sequence[Any]) -> Task:  # a row of tasks, as sqlite3 gives it
    values = dict(zip(TASK_COLUMNS, row))
    values["kind"] = TaskKind(values["kind"])
    values["status"] = TaskStatus(values["status"])
    values["origin"] = Origin(values["origin"])
    values["needs_review"] = bool(values["needs_review"])
    return Task(**values)


@dataclass(frozen=True)
class TaskFilter:
    """What the task list shows: a year, a kind, words to search for (all must match)."""

    year: int | None = None
    kind: TaskKind | None = None
    text: str = ""
    needs_review: bool = False

    def terms(self) -> list[str]:
        from wz_desktop.store.search import searchable

        return [t for t in searchable(self.text or "").split() if t]


# one row of the task list: id, kind, event_no, summary, departure (or raw), headcount (or raw),
# vehicles (or raw), squads, remarks, status, needs_review
LIST_COLUMNS = ("id", "kind", "event_no", "summary", "COALESCE(departure, departure_raw, '')",
                "COALESCE(headcount, headcount_raw)", "COALESCE(vehicles, vehicles_raw)", "squads", "remarks",
                "status", "needs_review")


def _where(flt: TaskFilter, pending: bool = False, many_matches: bool = False) -> tuple[str, list[object]]:
    """SQL conditions for a filter. ``pending``: some tasks are not in the search index yet.
    ``many_matches``: the search matches many tasks, so let SQLite walk the departure index and
    test each task ('+id' keeps it from looking the matches up by id and sorting them all)."""
    clauses: list[str] = []
    params: list[object] = []
    if flt.year is not None:
        clauses.append("year = ?")
        params.append(flt.year)
    if flt.kind is not None:
        # with a year too, '+kind' keeps SQLite on the year index (a year is the narrower of the two;
        # without statistics it would take the kind index: 168 ms against 11 ms on a million tasks)
        clauses.append("+kind = ?" if flt.year is not None else "kind = ?")
        params.append(flt.kind.value)
    if flt.needs_review:
        clauses.append("needs_review = 1")
    for term in flt.terms():
        # the index has every task up to derived_state.indexed_upto; the few after it (an import
        # that has just committed) are read with LIKE, so a search never misses a task
        if not pending:  # the usual case; a bare IN lets SQLite look the few matches up by id
            column = "+id" if many_matches else "id"
            clauses.append(column + " IN (SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH ?)")
            params.append(phrase(term))
            continue
        pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append(
            "(" + ("+id" if many_matches else "id") + " IN (SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH ?)"
            " OR (id > (SELECT indexed_upto FROM derived_state WHERE id = 1) AND"
            " (summary LIKE ? ESCAPE '\\' OR event_no LIKE ? ESCAPE '\\' OR squads LIKE ? ESCAPE '\\'"
            " OR remarks LIKE ? ESCAPE '\\')))"
        )
        params.append(phrase(term))
        params.extend([pattern] * 4)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_TEXTS_STRETCH = 2048  # ids a statement (see _read_texts)
_UNIT = "\x1f"  # between the texts handed over in one value (a text holding it is read row by row)


def _read_texts(conn: sqlite3.Connection, span: tuple[int, int]) -> list[tuple[int, str]]:
    """(id, search text) of the tasks ``first < id <= last``. SQLite joins each task's four texts
    and the tasks' of a stretch of ids into one value (ids into another, in the same order): two
    values handed to Python instead of one a task, split in C; only the spacing (search_text) is
    Python's, a task at a time. Where a text holds the separator, the parts don't match the ids:
    that stretch is read row by row.

    A stretch at a time (``_TEXTS_STRETCH`` ids), because this runs beside the indexing connection:
    one C call over every task (a split, a ``list(map(...))``) holds Python's lock from start to end,
    and the indexing thread, its statement done in SQLite, waited for that lock (a hundred thousand
    tasks: 180 ms added to the statements it ran meanwhile). Between stretches the lock changes hands.
    """
    first, last = span
    result: list[tuple[int, str]] = []
    for low in range(first, last, _TEXTS_STRETCH):
        stretch = (low, min(low + _TEXTS_STRETCH, last))
        ids, joined = conn.execute(
            "SELECT group_concat(id), group_concat(coalesce(event_no, '') || coalesce(summary, '') ||"
            " coalesce(squads, '') || coalesce(remarks, ''), char(31)) FROM tasks WHERE id > ? AND id <= ?",
            stretch).fetchone()
        if ids is None:
            continue
        numbers = ids.split(",")
        texts = joined.split(_UNIT)
        if len(texts) == len(numbers):
            result.extend(zip(map(int, numbers), search_texts(texts)))
        else:
            result.extend((task_id, search_text(text)) for task_id, text in conn.execute(
                "SELECT id, coalesce(event_no, '') || coalesce(summary, '') || coalesce(squads, '') ||"
                " coalesce(remarks, '') FROM tasks WHERE id > ? AND id <= ?", stretch))
    return result


class _SearchTexts:
    """The search index's texts of the tasks ``first < id <= last`` (``search.search_text``), read
    and spaced in a thread of its own through a connection of its own, while the connection that
    indexes runs statements that hold no Python lock (the links' indexes put back, their sums): a
    bulk import's search index then waits only for FTS5 itself (a third of its time was the texts).

    Only for tasks committed before the indexing transaction began: that transaction holds the
    write lock, so the reader sees exactly the rows the index takes in. Any failure (the file can't
    be opened a second time …) gives None: the index then reads the texts itself, as before."""

    def __init__(self, uri: str, span: tuple[int, int]) -> None:
        self._uri, self._span = uri, span
        self._texts: list[tuple[int, str]] | None = None
        self._thread = threading.Thread(target=self._run, name="search-texts", daemon=True)

    @classmethod
    def start(cls, uri: str, span: tuple[int, int]) -> "_SearchTexts":
        reader = cls(uri, span)
        reader._thread.start()
        return reader

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._uri, timeout=10, uri=True)
            try:
                self._texts = _read_texts(conn, self._span)
            finally:
                conn.close()
        except Exception:  # the index reads the texts itself
            log.warning("search texts not read ahead", exc_info=True)
            self._texts = None

    def result(self) -> list[tuple[int, str]] | None:
        self._thread.join()
        return self._texts


class TaskRepo:
    def __init__(self, database: Database, audit: Audit):
        self.database = database
        self.conn = database.conn
        self.audit = audit  # the store's one Audit: who acts, and the trail

    # --- reading -----------------------------------------------------------------------------

    def get(self, task_id: int) -> Task | None:
        row = self.conn.execute(_SELECT + " WHERE id = ?", (task_id,)).fetchone()
        return _task(row) if row else None

    def _pending(self, flt: TaskFilter) -> bool:
        return bool(flt.terms()) and self.conn.execute(
            "SELECT coalesce(max(id), 0) > (SELECT indexed_upto FROM derived_state WHERE id = 1) FROM tasks"
        ).fetchone()[0] == 1

    def count(self, flt: TaskFilter = TaskFilter()) -> int:
        pending = self._pending(flt)
        if flt.terms() and not pending and flt.year is None and flt.kind is None and not flt.needs_review:
            # words alone: the search index counts its matches itself, without looking each task up
            # (落水 on a million tasks: 8 ms against 143 ms); it holds every task while none is pending
            query = " AND ".join(phrase(term) for term in flt.terms())
            return int(self.conn.execute("SELECT count(*) FROM tasks_fts WHERE tasks_fts MATCH ?", (query,)).fetchone()[0])
        where, params = _where(flt, pending)
        return int(self.conn.execute("SELECT count(*) FROM tasks" + where, params).fetchone()[0])

    def page(self, flt: TaskFilter, offset: int, limit: int, descending: bool = True,
             matches: int | None = None) -> list[tuple[Any, ...]]:
        """One page of the task list, ordered by departure (then id), in SQL with the indexes.

        ``matches``: how many tasks the filter has (the list knows it from ``count``). Where a
        search matches many tasks, walking the departure index and testing each is quicker than
        fetching every match and sorting them (落水 on a million tasks: 32 ms against 196 ms);
        where it matches few, the reverse.
        """
        where, params = _where(flt, self._pending(flt), many_matches=matches is not None and matches > 5000)
        direction = "DESC" if descending else "ASC"
        sql = (f"SELECT {', '.join(LIST_COLUMNS)} FROM tasks{where} "
               f"ORDER BY departure {direction}, id {direction} LIMIT ? OFFSET ?")
        return self.conn.execute(sql, [*params, limit, offset]).fetchall()

    def years(self) -> list[tuple[int, int]]:
        """(year, number of tasks) for every year in the database, newest first."""
        return self.conn.execute("SELECT year, count(*) FROM tasks GROUP BY year ORDER BY year DESC").fetchall()

    def total(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM tasks").fetchone()[0])

    def for_year(self, year: int) -> Iterator[Task]:
        """Every task of a year in the order of the workbook: sheet by sheet, by departure."""
        cursor = self.conn.execute(
            _SELECT + f" WHERE year = ? ORDER BY {_KIND_RANK}, departure IS NULL, departure, event_no, id",
            (year,),
        )
        for row in cursor:
            yield _task(row)

    def workbook_rows(self, year: int) -> Iterator[tuple[Any, ...]]:
        """A year's tasks as the workbook needs them, sheet by sheet, by departure: tuples of
        (kind, event_no, summary, departure, departure_raw, headcount, headcount_raw, vehicles,
        vehicles_raw, squads, remarks). Lean on purpose: export streams these straight to the file."""
        return self.conn.execute(
            "SELECT kind, event_no, summary, departure, departure_raw, headcount, headcount_raw, vehicles,"
            f" vehicles_raw, squads, remarks FROM tasks WHERE year = ? ORDER BY {_KIND_RANK},"
            " departure IS NULL, departure, event_no, id",
            (year,),
        )

    def count_year(self, year: int) -> int:
        return int(self.conn.execute("SELECT count(*) FROM tasks WHERE year = ?", (year,)).fetchone()[0])

    def matching_candidates(self, keys: Iterable[str], event_nos: Iterable[str]) -> list[Task]:
        """Tasks that a workbook's rows may be: same import key, or same event number."""
        keys = list(dict.fromkeys(keys))
        numbers = [n for n in dict.fromkeys(event_nos) if n]
        if not keys and not numbers:
            return []
        conn = self.conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS incoming_keys (key TEXT PRIMARY KEY) WITHOUT ROWID")
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS incoming_numbers (event_no TEXT PRIMARY KEY) WITHOUT ROWID")
        conn.execute("DELETE FROM incoming_keys")
        conn.execute("DELETE FROM incoming_numbers")
        conn.executemany("INSERT OR IGNORE INTO incoming_keys VALUES (?)", ((k,) for k in keys))
        conn.executemany("INSERT OR IGNORE INTO incoming_numbers VALUES (?)", ((n,) for n in numbers))
        rows = conn.execute(
            _SELECT + " WHERE import_key IN (SELECT key FROM incoming_keys)"
            " UNION " + _SELECT + " WHERE event_no <> '' AND event_no IN (SELECT event_no FROM incoming_numbers)"
        ).fetchall()
        conn.execute("DELETE FROM incoming_keys")
        conn.execute("DELETE FROM incoming_numbers")
        return [_task(r) for r in rows]

    def flags(self, task_id: int) -> list[tuple[Any, ...]]:  # (field, code, raw, note, resolved)
        return self.conn.execute(
            "SELECT field, code, raw, note, resolved FROM task_flags WHERE task_id = ? ORDER BY id", (task_id,)
        ).fetchall()

    # --- writing (callers hold a transaction) -------------------------------------------------

    def insert_many(self, tasks: Sequence[Task], flags: dict[int, list[Flag]] | None = None) -> list[int]:
        """Insert tasks in one statement batch; returns their ids in order.

        ``flags`` maps an index in ``tasks`` to (field, code, raw, note) tuples kept with that task.
        Must be called inside a transaction (ids are allotted from the current maximum). A batch
        larger than what the table holds is loaded with the indexes set aside and rebuilt after,
        in the same transaction: sorting once is much cheaper than growing five indexes row by row.
        """
        if not tasks:
            return []
        self.audit.require(Action.IMPORT)
        assert self.conn.in_transaction, "insert_many needs a transaction"
        rebuild: list[str] = []
        if len(tasks) >= BULK_LOAD_ROWS and len(tasks) > self.total():
            rebuild = self._set_indexes_aside()
        try:
            ids = self._insert_many(tasks, flags)
        finally:
            for sql in rebuild:
                self.conn.execute(sql)
        self.audit.inserted_many("tasks", ids, ({"event_no": t.event_no, "summary": t.summary, "departure": t.departure}
                                                for t in tasks) if len(ids) <= 3 else None)
        return ids

    def insert_batch(self, batch: TaskBatch, *, import_id: int | None = None, status: TaskStatus = TaskStatus.ARCHIVED,
                     origin: Origin = Origin.IMPORT) -> range:
        """Insert a batch of tasks held as columns (a workbook's rows); returns their ids.

        One ``executemany`` over the columns zipped together, constants in the statement: a
        hundred thousand rows go in without a Python object per row. Must run in a transaction.
        Search index and squad links follow with ``index_pending``.
        """
        n = len(batch)
        if not n:
            return range(0)
        self.audit.require(Action.IMPORT)
        assert self.conn.in_transaction, "insert_batch needs a transaction"
        rebuild = self._set_indexes_aside() if n >= BULK_LOAD_ROWS and n > self.total() else []
        try:
            start = self._next_id()
            ids = range(start, start + n)
            # constants go into the statement, and rows with no original text to keep (most of a
            # real workbook) go through a statement without the *_raw columns: binding fewer
            # parameters is most of what an insert costs here
            constants = f"'{status.value}', '{origin.value}', {int(import_id) if import_id is not None else 'NULL'}"
            raw_columns = ("departure_raw", "headcount_raw", "vehicles_raw", "squads_raw", "remarks_raw")
            # each task's district (schema V9) as it goes in: the rule once per distinct summary
            # (store/districts.py caches it), no UPDATE of the rows after
            district_column = list(map(districts.district, itertools.repeat(None), batch.summary))

            def column(name: str) -> list[Any]:
                return district_column if name == "district" else getattr(batch, name)

            lean = [c for c in BATCH_COLUMNS if c != "kind" and c not in raw_columns] + ["district"]
            full = [c for c in BATCH_COLUMNS if c != "kind"] + ["district"]
            raws = [getattr(batch, c) for c in raw_columns]
            untouched = [a is None and b is None and c is None and d is None and e is None
                         for a, b, c, d, e in zip(*raws)]
            for columns, chosen in ((lean, True), (full, False)):
                picked = [i for i, tidy in enumerate(untouched) if tidy is chosen]
                if not picked:
                    continue
                kinds = map(_KIND_VALUE.__getitem__, batch.kind)
                if len(picked) == n:
                    values = {c: column(c) for c in columns}
                    first = [ids, kinds]
                else:
                    kind_list = list(kinds)
                    values = {c: _subset(column(c), picked) for c in columns}
                    first = [[start + i for i in picked], [kind_list[i] for i in picked]]
                # a column that is empty throughout (no import key, no sheet name of its own) is
                # written as a constant rather than bound a hundred thousand times
                bound = [c for c in columns if any(v is not None and v is not False for v in values[c])]
                fixed = [c for c in columns if c not in bound]
                sql = (f"INSERT INTO tasks (id, kind, {', '.join(bound + fixed)}, status, origin, import_id)"
                       f" VALUES (?, ?, {', '.join(['?'] * len(bound) + [_constant(values[c]) for c in fixed])},"
                       f" {constants})")
                self.conn.executemany(sql, zip(*first, *(values[c] for c in bound)))
            if batch.flags:
                self.conn.executemany(
                    "INSERT INTO task_flags (task_id, field, code, raw, note, import_id) VALUES (?, ?, ?, ?, ?, ?)",
                    ((start + i, field, code, raw, note, import_id)
                     for i, entries in sorted(batch.flags.items()) for field, code, raw, note in entries),
                )
        finally:
            for sql in rebuild:
                self.conn.execute(sql)
        if import_id is None:  # an import is one entry of its own (ImportRepo.finish)
            self.audit.record("tasks", None, "insert", note=msg("批量新增 {n:,} 条任务（编号 {first}–{last}）", n=n,
                                                                       first=ids[0], last=ids[-1]))
        return ids

    def _next_id(self) -> int:
        # above both the largest id and the search index's mark, so new tasks are never taken for
        # indexed ones (see index_pending)
        return int(self.conn.execute(
            "SELECT max(coalesce((SELECT max(id) FROM tasks), 0), (SELECT indexed_upto FROM derived_state))"
        ).fetchone()[0]) + 1

    def _set_indexes_aside(self) -> list[str]:
        # the partial indexes that hold few rows of a bulk load (open tasks, tasks of a call or a
        # case) stay: adding the few is cheaper than a scan of the table to rebuild each
        return self._set_aside("tasks", keep=_FEW_ROWS_INDEXES)

    def _set_aside(self, table: str, triggers: Sequence[str] = (), keep: Sequence[str] = ()) -> list[str]:
        """Drop ``table``'s indexes but those in ``keep`` (and the named triggers) for a bulk load in
        the current transaction; returns the statements that put them back (run them in the same
        transaction)."""
        rows = [(kind, name, sql) for kind, name, sql in self.conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name = ?"
            " AND type IN ('index', 'trigger')", (table,))
            if (kind == "index" and name not in keep) or (kind == "trigger" and name in triggers)]
        for kind, name, _ in rows:
            self.conn.execute(f'DROP {kind.upper()} "{name}"')
        return [sql for _, _, sql in rows]

    def _link_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM task_squads").fetchone()[0])

    def _insert_many(self, tasks: Sequence[Task], flags: dict[int, list[Flag]] | None) -> list[int]:
        # (here, not at the top: the window's start reads no workbook)
        from wz_desktop.domain.matching import import_key

        start = self._next_id()
        ids = list(range(start, start + len(tasks)))
        for t in tasks:  # a task without an event number is recognised by its key when its export comes back
            if not t.event_no and not t.import_key:
                t.import_key = import_key(t)
        now = now_text()
        # each task's district (schema V9) as it goes in, the rule cached per summary (store/districts.py)
        call_ids = sorted({t.call_id for t in tasks if t.call_id is not None})
        call_districts = dict(self.conn.execute(
            f"SELECT id, district FROM calls WHERE id IN ({', '.join('?' * len(call_ids))})", call_ids)) if call_ids else {}
        columns = [*TASK_COLUMNS, "created_at", "updated_at", "district"]
        placeholders = ", ".join("?" * len(columns))
        self.conn.executemany(
            f"INSERT INTO tasks ({', '.join(columns)}) VALUES ({placeholders})",
            (
                (task_id, t.kind.value, t.event_no, t.summary, t.departure, t.departure_raw, t.year, t.headcount,
                 t.headcount_raw, t.vehicles, t.vehicles_raw, t.squads, t.squads_raw, t.remarks, t.remarks_raw,
                 t.status.value, t.origin.value, int(t.needs_review), t.import_key, t.import_id, t.import_sheet,
                 t.import_row, t.result, t.people_helped, t.call_id, t.case_id, t.leader_id, t.returned_at, now, now,
                 districts.district(call_districts.get(t.call_id), t.summary))
                for task_id, t in zip(ids, tasks)
            ),
        )
        if flags:
            self.conn.executemany(
                "INSERT INTO task_flags (task_id, field, code, raw, note, import_id) VALUES (?, ?, ?, ?, ?, ?)",
                ((ids[i], field, code, raw, note, tasks[i].import_id)
                 for i, entries in flags.items() for field, code, raw, note in entries),
            )
        for t, task_id in zip(tasks, ids):
            t.id = task_id
        return ids

    def insert(self, task: Task) -> int:
        with self.database.transaction():
            task_id = self.insert_many([task])[0]
            self.index_pending()
            return task_id

    def pending_index(self) -> int:
        """How many tasks the search index and squad links have not taken in yet."""
        return int(self.conn.execute(
            "SELECT count(*) FROM tasks WHERE id > (SELECT indexed_upto FROM derived_state WHERE id = 1)"
        ).fetchone()[0])

    def index_pending(self) -> int:
        """Take every task not yet in the search index and squad links into them (see schema.py).

        Runs in the caller's transaction, or in its own. Returns how many tasks it indexed. The
        write-ahead log is not copied back at its commit (``Database.checkpoint_later``): the import
        calls ``checkpoint()`` after it, anything else's next commit or closing does it.
        """
        own = not self.conn.in_transaction  # the rows are committed: another connection can read them
        with self.database.checkpoint_later(), self.database.transaction():
            upto = self.conn.execute("SELECT indexed_upto FROM derived_state WHERE id = 1").fetchone()[0]
            top = self.conn.execute("SELECT max(id) FROM tasks").fetchone()[0] or 0
            if top <= upto:
                return 0
            parallel = own and top - upto >= BULK_LOAD_ROWS and self.database.path.is_file()
            if top - upto >= BULK_LOAD_ROWS:
                # FTS5 keeps new entries in memory until this much (1 MB by default), then writes them
                # out as a segment and merges segments as they pile up: for a bulk load, fewer and
                # larger segments cost a fifth less (a setting kept in the index's config table)
                with contextlib.suppress(sqlite3.OperationalError):  # an SQLite without the setting: as before
                    self.conn.execute("INSERT INTO tasks_fts (tasks_fts, rank) VALUES ('hashsize', ?)",
                                      (FTS_HASH_SIZE,))
            # each task's district (schema V9): the inserts above work it out as they write; what
            # another writer left NULL, in one pass with the answers cached per summary
            districts.fill_range(self.conn, upto, top)
            # each link carries a copy of its task's figures (schema V3: the squads' load is a walk
            # of task_squads_load); written here with the link, so no trigger runs for it
            span = (upto, top)
            # a task of several squads ('、' between them) has its text split here; most tasks name
            # one squad, and their links are one statement below (no row through Python)
            links = [(task_id, name, figures) for task_id, text, *figures in self.conn.execute(
                "SELECT id, squads, departure, kind, headcount, vehicles FROM tasks"
                " WHERE id > ? AND id <= ? AND instr(squads, '、') > 0", span)
                for name in text.split("、") if name]
            alone = "t.id > ? AND t.id <= ? AND t.squads <> '' AND instr(t.squads, '、') = 0"
            names = {name for _, name, _ in links}
            names.update(name for (name,) in self.conn.execute(f"SELECT DISTINCT t.squads FROM tasks t WHERE {alone}",
                                                              span))
            squad_ids = self._squad_ids(names)
            # many links (a bulk import) go into the table with its indexes and insert triggers set
            # aside and put back after, in this transaction: sorting once is cheaper than growing
            # two indexes link by link, and the triggers would only find (per link) that they have
            # nothing to do (the figures are given; the sums follow below)
            aside = (self._set_aside("task_squads", triggers=_LINK_INSERT_TRIGGERS)
                     if top - upto >= BULK_LOAD_ROWS and top - upto > self._link_count() else [])
            texts = None
            try:
                self.conn.execute(
                    "INSERT OR IGNORE INTO task_squads (task_id, squad_id, departure, kind, headcount, vehicles)"
                    f" SELECT t.id, s.id, t.departure, t.kind, t.headcount, t.vehicles FROM tasks t"
                    f" JOIN squads s ON s.name = t.squads WHERE {alone} ORDER BY t.id", span)
                self.conn.executemany(
                    "INSERT OR IGNORE INTO task_squads (task_id, squad_id, departure, kind, headcount, vehicles)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    ((task_id, squad_ids[name], *figures) for task_id, name, figures in links))
                # the texts of the search index are read and spaced meanwhile (below): the
                # statements from here to the search index run in SQLite without Python's lock
                texts = _SearchTexts.start(self.database.uri, span) if parallel else None
            finally:
                for sql in aside:
                    self.conn.execute(sql)
            # and their sums (schema V6, squad_pairs), the triggers leaving links of tasks not yet
            # indexed to this: a squad with itself is a sum over the links (no join); a squad with
            # another, the pairs of links of one task, read only for the tasks of several links
            # (a few in a hundred, found in the links' key order): the same figures as the join of every link with every link of
            # its task (summaries.SQUAD_PAIRS_FROM_ROWS), in a fraction of its time
            for pairs in (
                    "SELECT squad_id, squad_id, coalesce(substr(departure, 1, 7), ''), coalesce(kind, ''), count(*),"
                    " total(headcount), total(vehicles), count(headcount) FROM task_squads"
                    " WHERE task_id > ? AND task_id <= ? GROUP BY 1, 3, 4",
                    "SELECT a.squad_id, b.squad_id, coalesce(substr(a.departure, 1, 7), ''), coalesce(a.kind, ''),"
                    " count(*), total(a.headcount), total(a.vehicles), count(a.headcount)"
                    " FROM task_squads a JOIN task_squads b ON b.task_id = a.task_id AND b.squad_id <> a.squad_id"
                    " WHERE a.task_id IN (SELECT task_id FROM task_squads WHERE task_id > ? AND task_id <= ?"
                    " GROUP BY task_id HAVING count(*) > 1)"
                    " GROUP BY 1, 2, 3, 4"):
                self.conn.execute(
                    "INSERT INTO squad_pairs (squad_id, with_id, month, kind, tasks, people, trips, with_heads) "
                    + pairs + " ON CONFLICT (squad_id, with_id, month, kind) DO UPDATE SET tasks = tasks + excluded.tasks,"
                    " people = people + excluded.people, trips = trips + excluded.trips,"
                    " with_heads = with_heads + excluded.with_heads", span)
            # the search index: each task's text spaced character by character (search.search_text)
            # read and spaced by the background reader while the links and their sums were written,
            # else by SQLite calling search_text row by row
            indexed = texts.result() if texts is not None else None
            if indexed is not None:
                count = len(indexed)
                self.conn.executemany("INSERT INTO tasks_fts (rowid, text) VALUES (?, ?)", indexed)
                del indexed
            else:
                count = self.conn.execute(
                    "INSERT INTO tasks_fts (rowid, text) SELECT id, search_text(event_no, summary, squads, remarks)"
                    " FROM tasks WHERE id > ? AND id <= ?", (upto, top)).rowcount
            self.conn.execute("UPDATE derived_state SET indexed_upto = ? WHERE id = 1", (top,))
            return count

    def _squad_ids(self, names: set[str]) -> dict[str, int]:
        if not names:
            return {}
        self.conn.executemany("INSERT OR IGNORE INTO squads (name) VALUES (?)", ((n,) for n in sorted(names)))
        result: dict[str, int] = {}
        ordered = sorted(names)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for name, squad_id in self.conn.execute(f"SELECT name, id FROM squads WHERE name IN ({marks})", chunk):
                result[name] = squad_id
        return result
