"""The records the application keeps, as plain dataclasses (their words: domain/words.py)."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.words import (  # noqa: F401 (the vocabularies' old names)
    ATTENDANCE,
    CALL_SOURCES,
    COLUMN_HEADERS,
    DISTRICTS,
    RESULTS,
    VERIFY_METHODS,
    VERIFY_RESULT_WORDS,
)


class TaskStatus(str, Enum):
    """接报 → 核实 happen on the call; a task starts at 出队."""

    DISPATCHED = "dispatched"  # 出队
    RETURNED = "returned"  # 返回
    SUBMITTED = "submitted"  # 待考核: attendance handed in
    APPROVED = "approved"  # 已考核
    ARCHIVED = "archived"  # 归档
    CANCELLED = "cancelled"  # 取消


class CallStatus(str, Enum):
    LOGGED = "logged"  # 接报
    VERIFIED = "verified"  # 核实: true, waiting for dispatch
    DISPATCHED = "dispatched"  # a task was made from it
    FALSE = "false"  # 不实
    DUPLICATE = "duplicate"  # 重复
    RESOLVED = "resolved"  # 已解除


class Origin(str, Enum):
    APP = "app"  # logged in the application
    IMPORT = "import"  # read from a yearly workbook (only the seven columns are known)
    DEMO = "demo"  # made up for the demo database


# the vocabularies and the workbook's column headers are in the word table (domain/words.py)
VERIFY_RESULTS = dict(zip(VERIFY_RESULT_WORDS, (CallStatus.VERIFIED, CallStatus.FALSE, CallStatus.DUPLICATE,
                                                CallStatus.RESOLVED), strict=True))


@dataclass
class Task:
    """One task: one row of the yearly workbook, and everything the workflow adds to it.

    ``departure`` is 'YYYY-MM-DD HH:MM', or 'YYYY-MM-DD' where only the day is known, or None where
    the cell could not be read; the ``*_raw`` fields keep a cell's original text where it was not
    already the canonical value (and, where no value could be read, are what export writes back).
    """

    kind: TaskKind
    summary: str = ""
    event_no: str = ""
    departure: str | None = None
    departure_raw: str | None = None
    year: int | None = None
    headcount: int | None = None
    headcount_raw: str | None = None
    vehicles: int | None = None
    vehicles_raw: str | None = None
    squads: str = ""
    squads_raw: str | None = None
    remarks: str = ""
    remarks_raw: str | None = None
    status: TaskStatus = TaskStatus.DISPATCHED
    origin: Origin = Origin.APP
    needs_review: bool = False
    id: int | None = None
    import_key: str | None = None
    import_id: int | None = None
    import_sheet: str | None = None
    import_row: int | None = None
    result: str | None = None
    people_helped: int | None = None
    call_id: int | None = None
    case_id: int | None = None
    leader_id: int | None = None
    returned_at: str | None = None

    @property
    def squad_names(self) -> list[str]:
        return [name for name in self.squads.split("、") if name]

    def workbook_values(self) -> tuple[object, ...]:
        """The seven workbook fields as they are compared between file and database."""
        from wz_desktop.domain.parse import departure_text

        return (self.event_no, self.summary, departure_text(self.departure, self.departure_raw),
                _count_value(self.headcount, self.headcount_raw), _count_value(self.vehicles, self.vehicles_raw),
                self.squads, self.remarks)


# The most one task can turn out: the team has about 3,000 volunteers (docs/domain.md), and the largest
# turn-out of four years of workbooks is 120 people and 37 vehicle trips. A count beyond these is a
# slip (a digit typed twice, a cell damaged, a sum typed into a task's row): kept as it is, the task
# flagged so that a person looks at it. The margin is wide on purpose: a flag nobody can explain is noise.
MOST_PEOPLE = 3000
MOST_VEHICLES = 500


def _count_value(value: int | None, raw: str | None) -> int | str | None:
    if value is not None:
        return value
    from wz_desktop.domain.parse import is_placeholder

    if raw and not is_placeholder(raw):
        return raw
    return None


WORKBOOK_FIELDS = list(COLUMN_HEADERS)  # event_no, summary, departure, headcount, vehicles, squads, remarks
FIELD_LABELS = COLUMN_HEADERS  # the header of each column in the workbook (never translated)


@dataclass
class Squad:
    name: str
    district: str = ""
    leader_id: int | None = None
    active: bool = True
    id: int | None = None


@dataclass
class Member:
    name: str
    squad_id: int | None = None
    code: str | None = None
    phone: str = ""
    role: str = "队员"
    nickname: str = ""
    active: bool = True
    id: int | None = None


@dataclass
class Vehicle:
    plate: str
    name: str = ""
    owner_kind: str = "team"  # 'team' or 'member'
    owner_member_id: int | None = None
    seats: int | None = None
    id: int | None = None


@dataclass
class ImportRecord:
    file_name: str
    sha256: str
    size: int
    imported_at: str
    status: str
    counts: dict[str, int] = field(default_factory=dict)
    id: int | None = None


BATCH_COLUMNS = ("kind", "event_no", "summary", "departure", "departure_raw", "year", "headcount", "headcount_raw",
                 "vehicles", "vehicles_raw", "squads", "squads_raw", "remarks", "remarks_raw", "needs_review",
                 "import_key", "import_sheet", "import_row")
Flag = tuple[str, str, "str | None", str]  # a note on a row: (field, code, raw, note)


class TaskBatch:
    """Many tasks held as columns (one list per field), as a workbook is read and as the store
    writes them: a hundred thousand rows go from the reader to SQLite without building an object
    per row. ``task(i)`` gives one row as a :class:`Task` where one is needed (matching).
    ``import_key`` is kept only where it can't be told from the event number (rows without one);
    ``import_sheet`` only where the file's sheet name was not the canonical one.
    """

    # the columns (BATCH_COLUMNS), each holding what the Task field of its name holds
    kind: list[TaskKind]
    event_no: list[str]
    summary: list[str]
    departure: list[str | None]
    departure_raw: list[str | None]
    year: list[int | None]
    headcount: list[int | None]
    headcount_raw: list[str | None]
    vehicles: list[int | None]
    vehicles_raw: list[str | None]
    squads: list[str]
    squads_raw: list[str | None]
    remarks: list[str]
    remarks_raw: list[str | None]
    needs_review: list[bool]
    import_key: list[str | None]
    import_sheet: list[str | None]
    import_row: list[int | None]

    def __init__(self) -> None:
        for name in BATCH_COLUMNS:
            setattr(self, name, [])
        self.flags: dict[int, list[Flag]] = {}

    def __len__(self) -> int:
        return len(self.event_no)

    def extend(self, columns: dict[str, list[Any]], flags: dict[int, list[Flag]] | None = None) -> None:
        offset = len(self)
        for name in BATCH_COLUMNS:
            getattr(self, name).extend(columns[name])
        for i, entries in (flags or {}).items():
            self.flags.setdefault(offset + i, []).extend(entries)

    def flag(self, i: int, entry: Flag, review: bool = True) -> None:
        self.flags.setdefault(i, []).append(entry)
        if review:
            self.needs_review[i] = True

    def sheet_name(self, i: int) -> str:
        return self.import_sheet[i] or self.kind[i].sheet_name

    def task(self, i: int) -> Task:
        values = {name: getattr(self, name)[i] for name in BATCH_COLUMNS}
        if values["import_sheet"] is None:
            values["import_sheet"] = values["kind"].sheet_name
        return Task(status=TaskStatus.ARCHIVED, origin=Origin.IMPORT, **values)

    def take(self, indices: list[int]) -> "TaskBatch":
        out = TaskBatch()
        for name in BATCH_COLUMNS:
            column = getattr(self, name)
            setattr(out, name, [column[i] for i in indices])
        where = {old: new for new, old in enumerate(indices)}
        out.flags = {where[i]: entries for i, entries in self.flags.items() if i in where}
        return out
