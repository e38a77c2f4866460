"""`wz-desktop dataset`: the research dataset of the demo database, loaded with pandas; the
dictionary names every column; pseudonyms unlinkable across two exports; k-anonymity holds and is
reported in the README; no name of the database anywhere."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from helpers.cli import Result
from helpers.cli import run as run_cli
from helpers.databases import copy_of

pd = pytest.importorskip("pandas")


def run(*args: str, home) -> Result:
    return run_cli(home, *args, cwd=Path.cwd())  # in this process (helpers/cli.py)


@pytest.fixture(scope="module")
def datasets(tmp_path_factory, demo_file):
    home = tmp_path_factory.mktemp("dataset")
    db = copy_of(demo_file, home)  # as `wz-desktop demo` builds it (tests/test_demo.py)
    out = []
    for name in ("a", "b"):
        done = run("--db", str(db), "dataset", "--from", "2023-01-01", "--to", "2023-12-31", "-o",
                   str(home / name), home=home)
        assert done.returncode == 0, done.stdout + done.stderr
        out.append(home / name)
    return db, out, done.stdout


def test_tables_load_with_pandas_and_match_the_dictionary(datasets):
    from wz_desktop.dataset import TABLES, load

    _, (a, _), stdout = datasets
    tables = load(a)
    assert set(tables) == set(TABLES)
    assert len(tables["dispatch"]) > 50 and len(tables["attendance_task"]) > 100
    dictionary = pd.read_csv(a / "data_dictionary.csv", encoding="utf-8-sig")
    for name, frame in tables.items():
        named = dictionary[dictionary["table"] == name]
        assert list(named["column"]) == list(frame.columns)
        assert named["name_zh"].str.len().min() > 0 and named["name_en"].str.len().min() > 0
        csv = pd.read_csv(a / f"{name}.csv", encoding="utf-8-sig")
        assert list(csv.columns) == list(frame.columns) and len(csv) == len(frame)
        assert (a / f"{name}.csv").read_bytes()[:3] == b"\xef\xbb\xbf"  # Excel and WPS read it as UTF-8
    assert set(tables["outcomes"]["task_ref"]) <= set(tables["dispatch"]["task_ref"])
    assert "删除" in stdout


def test_pseudonyms_are_stable_within_and_unlinkable_across(datasets):
    from wz_desktop.dataset import load

    _, (a, b), _ = datasets
    ta, tb = load(a), load(b)
    ma, mb = set(ta["attendance_task"]["member"]), set(tb["attendance_task"]["member"])
    assert len(ma) == len(mb) > 10
    assert ma.isdisjoint(mb)
    assert set(ta["attendance_member"]["member"]) == ma
    assert ta["attendance_member"]["tasks"].sum() == len(ta["attendance_task"])


def test_k_anonymity_holds_and_is_reported(datasets):
    from wz_desktop.dataset import K, load

    _, (a, _), _ = datasets
    tables = load(a)
    for name in ("calls", "dispatch"):
        sizes = tables[name].groupby(["kind", "district", "date", "age_band"], dropna=False).size()
        assert sizes.min() >= K, name
    readme = (a / "README.md").read_text(encoding="utf-8")
    assert "k-anonymity" in readme and "| dispatch |" in readme and "suppressed" in readme
    assert tables["dispatch"]["departure_hour"].dropna().str.endswith(":00").all()
    assert set(tables["dispatch"]["age_band"]) <= {"未知"} | {f"{i}-{i + 4}" for i in range(0, 120, 5)}


def test_no_name_phone_or_plate_of_the_database(datasets):
    from wz_desktop.store import Store

    db, (a, _), _ = datasets
    with Store.open(db) as store:
        names = store.sharing.known_names()
        phones = [m.phone for m in store.roster.members() if m.phone]
        plates = [v.plate for v in store.roster.vehicles() if v.plate]
        shares = [e for e in store.audit.entries() if e.table == "shares"]
    assert len(names) > 50 and phones and plates
    text = "\n".join(p.read_text(encoding="utf-8-sig") for p in a.glob("*.csv"))
    assert [n for n in names if n in text] == []
    assert [p for p in phones + plates if p in text] == []
    assert len(shares) == 2 and "研究数据集" in shares[0].note


def test_a_folder_that_is_not_empty_is_refused(datasets, tmp_path):
    db, (a, _), _ = datasets
    done = run("--db", str(db), "dataset", "--from", "2023-01-01", "--to", "2023-12-31", "-o", str(a),
               home=tmp_path)
    assert done.returncode != 0 and "不是空的" in done.stderr


@pytest.mark.slow  # a real process importing the window's modules
def test_the_window_starts_without_pandas_or_jieba():
    """pandas (the dataset) and jieba (the anonymisation) load when they are used, not at start."""
    code = ("import sys, wz_desktop.ui.main_window, wz_desktop.cli, wz_desktop.store;"
            "print(sorted(m for m in ('pandas', 'pyarrow', 'jieba') if m in sys.modules));"
            "import pandas, wz_desktop.dataset; print('pandas', 'pandas' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["[]", "pandas True"]
