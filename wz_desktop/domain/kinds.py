"""The kinds of task, which are also the sheets of the yearly workbook: the word table of the kinds.

A kind is known by its code here and by a row of the database's ``task_kinds`` (a migration adds
it): a new kind is those two things (docs/adding-a-kind.md). Everything else (the store, the
workbook, the charts, the attendance figures, the window's labels) reads the kinds from here.
"""
from __future__ import annotations

import re
import unicodedata
from enum import Enum


class TaskKind(str, Enum):
    WATER = "water"
    URBAN = "urban"
    MOUNTAIN = "mountain"
    TRAINING = "training"
    EPIDEMIC = "epidemic"
    UPKEEP = "upkeep"

    @property
    def sheet_name(self) -> str:
        return SHEET_NAMES[self]

    @property
    def order(self) -> int:
        return KIND_ORDER.index(self)

    @property
    def needs_call(self) -> bool:
        """Rescues start with a call and a verification; the others are planned work."""
        return self in (TaskKind.WATER, TaskKind.URBAN, TaskKind.MOUNTAIN)


KIND_ORDER: list[TaskKind] = [
    TaskKind.WATER,
    TaskKind.URBAN,
    TaskKind.MOUNTAIN,
    TaskKind.TRAINING,
    TaskKind.EPIDEMIC,
    TaskKind.UPKEEP,
]

SHEET_NAMES: dict[TaskKind, str] = {
    TaskKind.WATER: "水上救援",
    TaskKind.URBAN: "城市搜救",
    TaskKind.MOUNTAIN: "山地救援",
    TaskKind.TRAINING: "培训保障",
    TaskKind.EPIDEMIC: "疫情防控",
    TaskKind.UPKEEP: "队伍整备与设备保养",
}

# one colour per kind, the same in every chart (the 统计 page and the printed report); by code
KIND_COLORS: dict[str, str] = {
    "water": "#1f77b4",
    "urban": "#ff7f0e",
    "mountain": "#2ca02c",
    "training": "#9467bd",
    "epidemic": "#d62728",
    "upkeep": "#8c564b",
}

# Words that say which kind a sheet (or a title row) is about, most specific first. A name is
# recognised when exactly one kind's words are found in it.
_KIND_WORDS: dict[TaskKind, tuple[str, ...]] = {
    TaskKind.WATER: ("水上", "水域", "海上", "涉水", "水难", "溺水"),
    TaskKind.URBAN: ("城市", "城区", "走失", "寻人", "市区"),
    TaskKind.MOUNTAIN: ("山地", "山野", "登山", "山区", "野外"),
    TaskKind.TRAINING: ("培训", "保障", "演练", "宣讲", "赛事", "活动"),
    TaskKind.EPIDEMIC: ("疫情", "防疫", "抗疫", "核酸", "防控"),
    TaskKind.UPKEEP: ("整备", "保养", "装备", "设备", "维护", "器材"),
}

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
