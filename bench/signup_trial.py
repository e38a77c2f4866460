"""Blind trial of the WeChat 接龙 reader (issue 10 item 5): right / flagged / silently wrong.

    cd /work/wt/signup3 && PYTHONPATH=$PWD /work/main/.venv/bin/python bench/signup_trial.py [-v] [K ...]

Runs every list of bench/signup_trial_lists.py (written before the reader's own tests and samples
were read) through :func:`wz_desktop.domain.signup.parse_signup` and compares with what the
secretary expects. A list is *right* when every person is read with the expected attributes and
nobody else is read; *flagged* when each difference is put to the leader (a doubt on the line, a
name in ``unsure``, ``coming`` left open, or the line skipped as unreadable); *silently wrong* when
some difference is not (a person lost or bent, a companion dropped, a withdrawn person kept, a
non-person read as a person, a car or count misread). A line skipped as a remark, heading or
duplicate that held a person is silent: the dialog labels it as not a person.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from signup_trial_lists import LISTS, LISTS_B, LISTS_C, LISTS_D, LISTS_E, LISTS_F, LISTS_G, LISTS_H, LISTS_I, LISTS_J, LISTS_K, LISTS_L

from wz_desktop.domain.signup import SignupList, SkipReason, parse_signup

RIGHT, FLAGGED, SILENT = "right", "flagged", "silently wrong"


@dataclass
class Person:
    name: str
    line_no: int
    coming: bool | None
    car: bool | None  # None for someone brought along
    unnamed: int
    flagged: bool  # a doubt on the line or the name in ``unsure``
    used: bool = False


def people(signup: SignupList) -> list[Person]:
    found = []
    for e in signup.entries:
        doubt = bool(e.doubts)
        found.append(Person(e.name, e.line_no, e.coming, e.car, max(0, e.plus - len(e.extra)), doubt))
        for x in e.extra:
            if any(x == other.name for other in signup.entries):
                continue  # brought along and on the list too: one person (matching takes them once)
            found.append(Person(x, e.line_no, e.coming, None, 0, doubt or x in e.unsure))
    return found


def line_flagged(signup: SignupList, line_nos: set[int]) -> bool:
    if any(s.line_no in line_nos and s.reason == SkipReason.UNREADABLE for s in signup.skipped):
        return True
    return any(e.line_no in line_nos and (e.doubts or e.unsure) for e in signup.entries)


def grade(item: dict[str, str]) -> tuple[str, list[str]]:
    text = item["text"]
    signup = parse_signup(text)
    found = people(signup)
    lines = text.splitlines()
    issues: list[tuple[str, str]] = []

    def issue(flagged: bool, what: str) -> None:
        issues.append((FLAGGED if flagged else SILENT, what))

    for token in item["expect"].split():
        if token.startswith("?="):
            want = token[2:].replace("_", " ")
            nos = {i + 1 for i, line in enumerate(lines) if line.strip().replace(" ", "") == want.replace(" ", "")}
            if not line_flagged(signup, nos):
                issue(False, f"line {want!r} not put to the leader")
            continue
        if token.startswith("!"):
            continue
        spec, _, attrs_text = token.partition(":")
        names = [n.replace("_", " ") for n in spec.split("|")]
        attrs = dict((a.split("=") + [""])[:2] for a in attrs_text.split(",") if a)
        person = next((p for p in found if not p.used and p.name in names), None)
        if person is None:
            if "out" in attrs or "any" in attrs:
                continue
            nos = {i + 1 for i, line in enumerate(lines) if any(n in line for n in names)}
            issue(line_flagged(signup, nos), f"{names[0]} lost")
            continue
        person.used = True
        if "any" in attrs:
            continue
        if "out" in attrs:
            if person.coming is True:
                issue(person.flagged, f"{person.name} withdrew but is coming")
            elif person.coming is None:
                issue(True, f"{person.name} withdrew, read as open")
            continue
        if "open" in attrs:
            if person.coming is True:
                issue(person.flagged, f"{person.name} open but read as coming")
            elif person.coming is False:
                issue(True, f"{person.name} open but read as not coming")
        elif person.coming is False:
            issue(person.flagged, f"{person.name} comes but read as not coming")
        elif person.coming is None and "maybe" not in attrs:
            issue(True, f"{person.name} comes but read as open")
        if person.car is not None and person.car != ("car" in attrs):
            issue(person.flagged, f"{person.name} car read as {person.car}")
        want_unnamed = int(attrs.get("bring", "0") or 0)
        if person.car is not None and person.unnamed != want_unnamed:
            issue(person.flagged, f"{person.name} brings {person.unnamed} unnamed, expected {want_unnamed}")
    for p in found:
        if not p.used:
            issue(p.flagged, f"{p.name!r} read as a person (line {p.line_no})")
    if not issues:
        return RIGHT, []
    worst = SILENT if any(k == SILENT for k, _ in issues) else FLAGGED
    return worst, [f"{k}: {w}" for k, w in issues]


def main() -> int:
    verbose = "-v" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("-")]  # e.g. K: only the lists whose id starts so
    for title, lists in (("first batch (written before the reader was read)", LISTS),
                         ("second batch (written after the fixes of the first)", LISTS_B),
                         ("third batch (written after the fixes of the second)", LISTS_C),
                         ("fourth batch (written after the fixes of the third)", LISTS_D),
                         ("fifth batch (written after the fixes of the fourth)", LISTS_E),
                         ("sixth batch (written after the fixes of the fifth)", LISTS_F),
                         ("seventh batch (written after the fixes of the sixth)", LISTS_G),
                         ("eighth batch (written after the fixes of the seventh)", LISTS_H),
                         ("ninth batch (written after the fixes of the eighth)", LISTS_I),
                         ("tenth batch (written after the fixes of the ninth)", LISTS_J),
                         ("eleventh batch (signup3, written before the earlier lists were read)", LISTS_K),
                         ("twelfth batch (signup3, written after the fixes of the eleventh)", LISTS_L)):
        if only and not any(item["id"].startswith(tuple(only)) for item in lists):
            continue
        totals = {RIGHT: 0, FLAGGED: 0, SILENT: 0}
        print(f"== {title}")
        for item in lists:
            outcome, details = grade(item)
            totals[outcome] += 1
            print(f"{item['id']:32} {outcome}")
            if verbose or outcome == SILENT:
                for d in details:
                    print(f"    {d}")
        print(f"{len(lists)} lists: {totals[RIGHT]} right, {totals[FLAGGED]} flagged, {totals[SILENT]} silently wrong\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
