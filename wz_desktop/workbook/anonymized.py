"""The anonymised yearly workbook: every text cell masked in layers (``domain/anonymize.py``), then
judged by the independent check (``domain/privacy_check.py``), then — only when nothing sure is
left — written as the canonical workbook (``exporter.write_year``), with one audit entry.

:func:`mask_rows` gives a :class:`SharePlan` (the masked rows, every changed cell with what was
masked, the problems the check found) that the window shows before anything is written;
:func:`write_plan` writes it. Files only: reading the year from the database and recording the
share are the use cases in ``services/exports.py`` (``prepare_share``, ``write_share``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from wz_desktop.domain.anonymize import LAYERS, Finding, Masker, is_common_word
from wz_desktop.domain.kinds import KIND_ORDER
from wz_desktop.domain.privacy_check import PrivacyChecker, Problem, describe
from wz_desktop.domain.text import joined, msg
from wz_desktop.workbook.exporter import ExportError, write_year
from wz_desktop.workbook.layout import HEADER

# the text fields of TaskRepo.workbook_rows, by position, and their column in the file
_TEXT_FIELDS = {1: ("event_no", 0), 2: ("summary", 1), 4: ("departure", 2), 6: ("headcount", 3),
                8: ("vehicles", 4), 9: ("squads", 5), 10: ("remarks", 6)}


class PrivacyRefused(ExportError):
    """The check found personal data left after masking. The message is for people (Chinese)."""

    def __init__(self, message, problems: list[Problem]):
        super().__init__(message)
        self.problems = problems


@dataclass(frozen=True)
class CellChange:
    sheet: str
    row: int
    column: str
    before: str
    after: str
    findings: tuple[Finding, ...]
    index: int = -1   # the row in SharePlan.rows
    slot: int = -1    # the field in that row (TaskRepo.workbook_rows' order)


@dataclass
class SharePlan:
    year: int
    rows: list[tuple] = field(default_factory=list)
    changes: list[CellChange] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    checker: PrivacyChecker | None = field(default=None, repr=False)
    places: dict = field(default_factory=dict, repr=False)  # (sheet, row, column header) → (index, field)
    edited: set = field(default_factory=set)  # the cells the secretary reworded

    def text_at(self, sheet: str, row: int, column: str) -> str:
        index, fld = self.places.get((sheet, row, column), (-1, -1))
        return self.rows[index][fld] if index >= 0 and isinstance(self.rows[index][fld], str) else ""

    def edit(self, sheet: str, row: int, column: str, text: str) -> list[Problem]:
        """The secretary's own wording of a cell; the check judges it again. Returns its problems."""
        index, fld = self.places[(sheet, row, column)]
        values = list(self.rows[index])
        values[fld] = text
        self.rows[index] = tuple(values)
        self.edited.add((sheet, row, column))
        self.problems = [p for p in self.problems if (p.sheet, p.row, p.column) != (sheet, row, column)]
        found = self.checker.check_rows([(sheet, row, column, text, fld == 1)]) if self.checker else []
        self.problems += found
        return found

    @property
    def refused(self) -> list[Problem]:
        return [p for p in self.problems if p.sure]

    @property
    def unsure(self) -> list[Problem]:
        return [p for p in self.problems if not p.sure]


def maskers_for(names: Iterable[str], words: Iterable[str], free_texts: Iterable[str] = (),
                layers: Iterable[str] = LAYERS, texts: Iterable[str] = ()) -> tuple[Masker, PrivacyChecker]:
    """The masking and the check of a share: the names the database holds (``names``; ``words``:
    the team's own words), and the names its free texts (``free_texts``, ``texts``) give by their
    context (老人王秀英走失 in a call: 王秀英 is masked in every cell, also where nothing around it
    says it is a name) — except names that are also common words (黄海)."""
    layers = list(layers)
    names = list(names)
    words = list(words)
    if "known" in layers and "contexts" in layers:  # what the contexts find, masked everywhere
        names = sorted(set(names) | harvest_names([*free_texts, *texts], names, words))
    return Masker(names, words, layers=layers), PrivacyChecker(names, words)


def harvest_names(texts: Iterable[str], names: Iterable[str] = (), words: Iterable[str] = ()) -> set[str]:
    """Names the contexts find in ``texts`` (no segmenter: quick), without common words."""
    finder = Masker(names, words, layers=("contexts",))
    found = set()
    for text in texts:
        if text:
            for f in finder.mask(text).findings:
                if f.kind == "name" and 2 <= len(f.text) <= 4 and not is_common_word(f.text):
                    found.add(f.text)
    return found


def mask_rows(rows, masker: Masker, checker: PrivacyChecker, year: int) -> SharePlan:
    plan = SharePlan(year, checker=checker)
    sheet_of = {kind.value: kind.sheet_name for kind in KIND_ORDER}
    counters: dict[str, int] = {}
    cells = []
    for row in rows:
        row = list(row)
        sheet = sheet_of[row[0]]
        counters[sheet] = counters.get(sheet, 1) + 1
        number = counters[sheet]
        for index, (name, column) in _TEXT_FIELDS.items():
            value = row[index]
            if not value or not isinstance(value, str):
                continue
            masked = masker.mask_cell(name, value)
            plan.places[(sheet, number, HEADER[column])] = (len(plan.rows), index)
            if masked.changed:
                plan.changes.append(CellChange(sheet, number, HEADER[column], value, masked.text, masked.findings,
                                               len(plan.rows), index))
                row[index] = masked.text
            if _written(row, index):
                cells.append((sheet, number, HEADER[column], row[index], name == "event_no"))
        plan.rows.append(tuple(row))
    plan.problems = checker.check_rows(cells)
    return plan


def _written(row: list, index: int) -> bool:
    """Whether a text field ends up in the file (a raw count or departure only where no value was read)."""
    if index == 4:
        return row[3] is None
    if index == 6:
        return row[5] is None
    if index == 8:
        return row[7] is None
    return True


def refusal(problems: list[Problem]):
    shown = [describe(p) for p in problems[:5]]
    more = msg("等共 {n} 处", n=len(problems)) if len(problems) > 5 else ""
    return msg("隐去个人信息后仍有个人信息：{cells}{more}。已停止导出，没有写出文件。",
               cells=joined(shown, msg("；")), more=more)


def write_plan(plan: SharePlan, path: str | Path, *, progress: Callable[[int, str], None] | None = None) -> int:
    """Write the masked rows (refused while the check found something sure). Recording the share
    in the audit is the use case's (``services.exports.write_share``)."""
    if plan.refused:
        raise PrivacyRefused(refusal(plan.refused), plan.refused)
    return write_year(plan.rows, plan.year, path, total=len(plan.rows), progress=progress)
