"""`wz-desktop export --anonymize`: the samples' export with no phone number and no caller or missing
person's name in any cell, and otherwise the same workbook."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import SAMPLE_FILES
from helpers.cli import Result
from helpers.cli import run as run_cli

# written apart from the masking code: the shapes in which the samples name people
NAME_SHAPES = [re.compile(p) for p in (r"(?:老人|学生|男子|女子|驴友)([\u4e00-\u9fff]{2,3}?)(?:走失|未归|离家|等\d+人)",
                                       r"(?:家属|其父|其母)([\u4e00-\u9fff])(?:女士|先生)",
                                       r"([\u4e00-\u9fff])(?:女士|先生)")]
DIGITS = re.compile(r"\d(?:[ \-]?\d){6,}")


def run(*args: str, home) -> Result:
    return run_cli(home, *args, cwd=Path.cwd())  # in this process (helpers/cli.py)


def cells(path):
    book = load_workbook(path, read_only=True)
    try:
        return {name: [list(row) for row in book[name].iter_rows(values_only=True)] for name in book.sheetnames}
    finally:
        book.close()


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    home = tmp_path_factory.mktemp("anon")
    db = home / "records.db"
    done = run("--db", str(db), "import", *map(str, SAMPLE_FILES), home=home)
    assert done.returncode == 0, done.stderr
    out = {}
    for year in (2020, 2021, 2022, 2023):
        plain, anonymous = home / f"{year}.xlsx", home / f"{year}-anon.xlsx"
        assert run("--db", str(db), "export", "--year", str(year), "-o", str(plain), home=home).returncode == 0
        done = run("--db", str(db), "export", "--year", str(year), "--anonymize", "-o", str(anonymous), home=home)
        assert done.returncode == 0, done.stderr
        assert "隐去" in done.stdout
        out[year] = (cells(plain), cells(anonymous))
    return out


@pytest.mark.parametrize("year", [2020, 2021, 2022, 2023])
def test_no_phone_number_and_no_name_in_any_cell(exports, year):
    plain, anonymous = exports[year]
    names = set()
    for rows in plain.values():
        for row in rows:
            for value in row[1:]:
                # in the samples a text that names someone also gives a phone number
                if isinstance(value, str) and DIGITS.search(value):
                    for shape in NAME_SHAPES:
                        names.update(m for m in shape.findall(value) if "某" not in m)
    people = [n for n in names if len(n) >= 2]
    callers = {m.group(0) for rows in plain.values() for row in rows for v in row[1:]
               if isinstance(v, str) and DIGITS.search(v) for m in re.finditer(r"[\u4e00-\u9fff](?:女士|先生)", v)}
    assert people or year == 2023  # the samples do name people, so the scan scans something
    if year == 2021:  # two of them, checked by hand
        assert "范勇" in people and "蔡女士" in callers
    for rows in anonymous.values():
        for row in rows:
            for column, value in enumerate(row):
                if not isinstance(value, str):
                    continue
                if column != 0:  # column A is the event number (20200026), not a phone
                    assert not DIGITS.search(value), value
                for name in people:
                    assert name not in value, (name, value)
                for caller in callers:
                    assert caller not in value or caller.startswith("某"), (caller, value)


@pytest.mark.parametrize("year", [2020, 2021, 2022, 2023])
def test_otherwise_the_same_workbook(exports, year):
    plain, anonymous = exports[year]
    assert list(plain) == list(anonymous)
    changed = 0
    for sheet in plain:
        assert len(plain[sheet]) == len(anonymous[sheet])
        for before, after in zip(plain[sheet], anonymous[sheet]):
            for column, (a, b) in enumerate(zip(before, after)):
                if column in (1, 6) and a != b:  # summary and remarks may be masked, nothing else
                    assert isinstance(a, str) and DIGITS.search(a), a
                    changed += 1
                else:
                    assert a == b, (sheet, column, a, b)
    if year != 2023:
        assert changed > 0
