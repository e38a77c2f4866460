"""Recognising a workbook row as a task the database already holds, so that importing twice adds
nothing and edits made in the application are never overwritten.

A task's identity is its event number where it has one; rows without a number (old upkeep rows)
are known by kind, departure and summary. The key a task was first imported under stays with it,
so a task edited in the application is still recognised when the old file comes again.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from wz_desktop.domain.parse import departure_text
from wz_desktop.domain.records import FIELD_LABELS, WORKBOOK_FIELDS, Task
from wz_desktop.domain.text import msg


def import_key(task: Task) -> str:
    if task.event_no:
        return "no:" + task.event_no
    return f"nn:{task.kind.value}|{departure_text(task.departure, task.departure_raw)}|{task.summary}"


def task_keys(task: Task) -> set[str]:
    keys = {import_key(task)}
    if task.import_key:
        keys.add(task.import_key)
    return keys


def differences(incoming: Task, existing: Task) -> list[tuple[str, object, object]]:
    """(field, value in the file, value in the database) for every workbook field that differs."""
    diffs = []
    for name, mine, theirs in zip(WORKBOOK_FIELDS, incoming.workbook_values(), existing.workbook_values()):
        if mine != theirs:
            diffs.append((name, mine, theirs))
    if incoming.kind != existing.kind:
        diffs.append(("kind", incoming.kind.sheet_name, existing.kind.sheet_name))
    return diffs


def match(incoming: Sequence[Task], existing: Sequence[Task]) -> list[Task | None]:
    """For each incoming row, the existing task it is, or None for a new task.

    Rows sharing a key are paired with that key's tasks: identical ones first, then the closest.
    Each existing task is claimed at most once, so a number typed on two different tasks in the
    file stays two tasks.
    """
    index: dict[str, list[Task]] = defaultdict(list)
    for task in existing:
        for key in task_keys(task):
            index[key].append(task)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, task in enumerate(incoming):
        groups[import_key(task)].append(i)
    result: list[Task | None] = [None] * len(incoming)
    used: set[int | None] = set()
    for key, rows in groups.items():
        candidates = index.get(key)
        if not candidates:
            continue
        values = {id(c): (c.kind, c.workbook_values()) for c in candidates}
        # identical first
        for i in rows:
            wanted = (incoming[i].kind, incoming[i].workbook_values())
            for cand in candidates:
                if cand.id not in used and values[id(cand)] == wanted:
                    result[i] = cand
                    used.add(cand.id)
                    break
        # then the closest remaining
        for i in rows:
            if result[i] is not None:
                continue
            mine = incoming[i].workbook_values()
            best, best_score = None, -1
            for cand in candidates:
                if cand.id in used:
                    continue
                score = sum(a == b for a, b in zip(mine, values[id(cand)][1])) + (cand.kind == incoming[i].kind)
                if score > best_score:
                    best, best_score = cand, score
            if best is not None:
                result[i] = best
                used.add(best.id)
    return result


def describe(diffs: list[tuple[str, object, object]]) -> str:
    labels = dict(FIELD_LABELS, kind="类别")
    return "；".join(msg("{field}：文件为“{file}”，数据库为“{database}”", field=labels.get(f, f),
                         file=a if a is not None else "", database=b if b is not None else "")
                    for f, a, b in diffs)
