"""The third blind trial (tests/fresh_personal3.py): personal data in shapes the earlier trials did
not hold — a phone's last four digits (尾号5682, 后四位), bank cards, birthdays, plates with 学 or
警, WeChat ids without digits, a name before a phone or after a bracketed relation, a Mongol name,
老李头. Each is masked (no span left, by plain text or by its digits alone), the check refuses each
raw text by its own means and passes the masked one, clean texts stay as they are, and — end to
end through the command line — neither the anonymised workbook nor the research dataset holds any
of it. The held-out batch, written after the fixes, is held to the same."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fresh_personal3 import CLEAN, HELD_OUT, SENTENCES, build_workbook, digits_only, leaks
from helpers.cli import Result
from helpers.cli import run as run_cli
from test_privacy_fresh import import_and_share
from wz_desktop.domain.anonymize import Masker
from wz_desktop.domain.privacy_check import PrivacyChecker

TEAM = ["甘井子分队", "沙河口分队", "西岗分队", "中山分队", "甘井子区"]
MASK = Masker((), TEAM)
CHECK = PrivacyChecker((), TEAM)
ALL = SENTENCES + HELD_OUT


def _sure(text: str) -> list[tuple[str, str, bool]]:
    return [p for p in CHECK.problems(text) if p[2]]


@pytest.mark.parametrize("kind, text, fragments", ALL)
def test_each_shape_is_masked_and_the_masked_text_passes_the_check(kind, text, fragments):
    masked = MASK.mask(text).text
    assert leaks(masked, fragments) == [], masked
    assert _sure(masked) == [], masked
    assert MASK.mask(masked).text == masked  # idempotent


@pytest.mark.parametrize("kind, text, fragments", ALL)
def test_the_check_alone_refuses_each_raw_text(kind, text, fragments):
    assert _sure(text), text


@pytest.mark.parametrize("text", CLEAN)
def test_clean_texts_are_kept_and_pass_the_check(text):
    assert MASK.mask(text).text == text
    assert _sure(text) == []


def test_the_grading_sees_a_leak():
    """The grading itself: a span left as it is, or its digits in another hand, is a leak."""
    assert leaks("电话１３９ ４１１３ ５６７８", ["139 4113 5678"]) == ["139 4113 5678"]
    assert leaks("尾号五六八二", ["5682"]) == ["5682"]
    assert leaks("john miller", ["John Miller"]) == ["John Miller"]
    assert leaks("电话***", ["139 4113 5678"]) == []


# --- end to end: a workbook, imported, exported anonymised, and the research dataset ------------------
YEAR = 2025


def _run(*args, home) -> Result:
    return run_cli(home, *args, cwd=Path.cwd())


def _cells(path) -> list[str]:
    book = load_workbook(path, read_only=True)
    try:
        return [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row
                if v is not None]
    finally:
        book.close()


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    home = tmp_path_factory.mktemp("fresh3")
    book, db = home / "fresh3.xlsx", home / "records.db"
    fragments = build_workbook(book, ALL, CLEAN, YEAR)
    plain, anon, folder = import_and_share(book, db, home, YEAR)
    return fragments, _cells(plain), _cells(anon), folder


def _found(cells: list[str], fragments: list[str]) -> list[tuple[str, str]]:
    """Each personal span found in a cell, as it is or by its digits alone."""
    out = []
    for cell in cells:
        if re.fullmatch(r"\d{4}-\d\d-\d\d(?: \d\d:\d\d(?::\d\d)?)?", cell):
            continue  # a departure's date and time is no one's number
        cell_digits = digits_only(cell)
        for f in fragments:
            d = digits_only(f)
            if f in cell or (len(d) >= 4 and d in cell_digits):
                out.append((f, cell))
    return out


def test_the_plain_export_holds_the_data_the_anonymised_one_none(shared):
    fragments, plain, anon, _ = shared
    everything = "\n".join(plain)
    assert [f for f in fragments if f not in everything] == []  # the trial is real: all of it was there
    assert _found(anon, fragments) == []
    kept = set(anon)
    assert [t for t in CLEAN if t not in kept] == []


def test_the_research_dataset_holds_none_of_it(shared):
    fragments, _, _, folder = shared
    cells = []
    for path in sorted(set(folder.glob("*.csv")) - {folder / "data_dictionary.csv"}):
        for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]:
            cells += [c for c in line.split(",")
                      if not re.fullmatch(r"[MV][0-9a-f]+|[TC]\d{5}|\d{4}-(?:Q\d|\d\d(?:-\d\d)?)(?: \d\d:00)?", c)]
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert _found(cells + [readme], fragments) == []


def test_a_squad_cell_that_says_who_led_is_not_the_teams_word():
    """The importer keeps "带队:邹海涛" as a squad; neither the masking nor the check trusts it."""
    squads = [*TEAM, "带队:邹海涛"]
    assert "邹海涛" not in Masker((), squads).mask("中山分队、带队:邹海涛").text
    assert [p for p in PrivacyChecker((), squads).problems("中山分队、带队:邹海涛") if p[2]]


def test_what_the_check_lets_pass_and_what_it_still_refuses():
    assert _sure("照片发到 ***（#换成@）") == []  # a lone @ is no address
    assert _sure("IC-V86电台2部") == []  # a model the equipment's word follows
    assert _sure("事件编号WZ2024-0137") == []  # the team's event number
    assert _sure("微信 zm_0411")  # an id is still an id
    assert _sure("V86 IC-V86 wz2024x0137")  # a model number with no equipment after it is refused
    assert _sure("张三 13941135678")


def test_the_check_says_a_birthday_in_words():
    from wz_desktop.domain.privacy_check import Problem

    problems = CHECK.check_rows([("城市搜救", 3, "备注", "出生日期：1958-03-12", False)])
    assert {p.reason for p in problems if p.sure} == {"birthday"}
    assert "出生日期" in str(Problem("城市搜救", 3, "备注", "1958-03-12", "birthday", True))
