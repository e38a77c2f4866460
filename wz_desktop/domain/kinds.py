"""The kinds of task, which are also the sheets of the yearly workbook.

The kinds' words (code, name, colour, the words that recognise a sheet, the sheet's name) are in
the word table, ``wz_desktop/domain/words.py``; a kind is that and a row of the database's
``task_kinds`` (a migration adds it): docs/adding-a-kind.md. This module re-exports the old names
and reads a kind out of a sheet name or a title.
"""
from __future__ import annotations

import re
import unicodedata

from wz_desktop.domain.words import KIND_COLORS, KIND_ORDER, KINDS, SHEET_NAMES, TaskKind

# Words that say which kind a sheet (or a title row) is about, most specific first. A name is
# recognised when exactly one kind's words are found in it.
_KIND_WORDS: dict[TaskKind, tuple[str, ...]] = {kind: words.recognise for kind, words in KINDS.items()}

__all__ = ["KIND_COLORS", "KIND_ORDER", "SHEET_NAMES", "TaskKind", "kind_from_label", "kind_from_name",
           "normalise_label"]


def normalise_label(text: str) -> str:
    """Fold width, drop white space (also the ideographic space) and case."""
    return re.sub(r"[\s\u3000]+", "", unicodedata.normalize("NFKC", str(text))).lower()


def kind_from_name(name: str) -> TaskKind | None:
    """Which kind a sheet name or a title such as '2020年水上救援任务统计表' names, if any."""
    label = normalise_label(name)
    if not label:
        return None
    named = [kind for kind, sheet in SHEET_NAMES.items() if sheet in label]
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        return None  # '水上救援、城市搜救' names two kinds: not guessed
    found = {kind for kind, words in _KIND_WORDS.items() if any(w in label for w in words)}
    if len(found) == 1:
        return found.pop()
    # "城市搜救" says urban even though "搜救" alone says nothing; mixed words say nothing
    return None


def kind_from_label(label: str) -> TaskKind | None:
    """A kind from its code, its sheet name, or a variant of the sheet name."""
    try:
        return TaskKind(label)
    except ValueError:
        return kind_from_name(label)
