"""A workbook with personal data planted in every shape (tests/planted_personal.py) in summaries,
remarks and raw cells, imported, then exported with ``--anonymize`` from the command line: no cell
holds any of it (scanned by detectors written here, apart from the masking code), every other cell
equals the plain export, and the check refuses when a masking layer is switched off."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from helpers.cli import Result
from helpers.cli import run as run_cli
from openpyxl import Workbook, load_workbook
from planted_personal import CLEAN, KNOWN_CALLERS, KNOWN_MEMBERS, KNOWN_USERS, RAW_CELLS, SENTENCES

from wz_desktop.domain.roles import Actor
from wz_desktop.services.session import SYSTEM_SESSION

DESK = Actor("值班秘书甲")  # who logs and verifies the calls here (nobody is signed in)

HEADER = ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]
SHEETS = ["水上救援", "城市搜救", "山地救援", "培训保障", "疫情防控", "队伍整备与设备保养"]
YEAR = 2023

# --- detectors of this test, written apart from wz_desktop/domain/anonymize.py -----------------
_DIGITS = "0123456789０１２３４５６７８９〇零一二三四五六七八九幺"


_DATE_TIME = re.compile(r"\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s*\d{1,2}[:：时]\d{2})?")


def digit_count(text: str) -> int:
    """The longest run of digit characters of any hand, with up to two separators between them
    (dates and times left out)."""
    text = _DATE_TIME.sub("", text)
    best = run = gap = 0
    for c in text:
        if c in _DIGITS:
            run += 1
            gap = 0
        elif run and c in " -.·()（）+＋" and gap < 2:
            gap += 1
        else:
            run = gap = 0
        best = max(best, run)
    return best


LATIN_ID = re.compile(r"[A-Za-z0-9_\-]*[A-Za-z][A-Za-z0-9_\-]*\d[A-Za-z0-9_\-]*|[A-Za-z0-9_\-]*\d[A-Za-z0-9_\-]*[A-Za-z][A-Za-z0-9_\-]*")


def leaks(text: str, fragments: list[str]) -> list[str]:
    found = [f for f in fragments if f in text]
    if digit_count(text) >= 7:
        found.append(f"digits:{text}")
    if "@" in text:
        found.append(f"email:{text}")
    found += [f"latin:{t}" for t in LATIN_ID.findall(text) if len(t) >= 5]
    found += [f"room:{m}" for m in re.findall(r"\d+(?:室|单元)", text)]
    return found


def run(*args: str, home) -> Result:
    return run_cli(home, *args, cwd=Path.cwd())  # in this process (helpers/cli.py)


def cells(path) -> dict[str, list[list]]:
    book = load_workbook(path, read_only=True)
    try:
        return {name: [list(row) for row in book[name].iter_rows(values_only=True)] for name in book.sheetnames}
    finally:
        book.close()


def planted_workbook(path) -> list[str]:
    """The workbook, and every fragment planted in it."""
    wb = Workbook()
    wb.remove(wb.active)
    sheets = {name: wb.create_sheet(name) for name in SHEETS}
    for ws in sheets.values():
        ws.append(HEADER)
    fragments: list[str] = []
    day = dt.datetime(YEAR, 1, 1, 8, 0)
    n = 0
    for k, (text, frags) in enumerate(SENTENCES):
        n += 1
        day += dt.timedelta(days=1)
        clean = CLEAN[k % len(CLEAN)]
        # alternately in the summary and in the remarks, the other one a clean text
        summary, remarks = (text, clean) if k % 2 == 0 else (clean, text)
        sheets[SHEETS[k % len(SHEETS)]].append([f"{YEAR}{n:04d}", summary, day, 5, 2, "甘井子分队", remarks])
        fragments += frags
    for column, raw, frags in RAW_CELLS:
        n += 1
        day += dt.timedelta(days=1)
        row = [f"{YEAR}{n:04d}", "配合派出所寻找走失老人", day, 6, 1, "沙河口分队", ""]
        index = {"event_no": 0, "departure": 2, "headcount": 3, "vehicles": 4, "squads": 5}[column]
        row[index] = raw
        sheets["城市搜救"].append(row)
        fragments += frags
    # a name only a call's description gives by its context (老人侯淑芬走失), here without any
    n += 1
    day += dt.timedelta(days=1)
    sheets["城市搜救"].append([f"{YEAR}{n:04d}", "配合派出所寻找走失老人", day, 6, 1, "沙河口分队", "侯淑芬已找到，送回家中"])
    fragments.append("侯淑芬")
    for text in CLEAN:  # rows with nothing personal at all
        n += 1
        day += dt.timedelta(days=1)
        sheets["培训保障"].append([f"{YEAR}{n:04d}", text, day, 12, 3, "西岗分队", "无"])
    wb.save(path)
    return fragments


def seed_names(db) -> None:
    from wz_desktop.domain.records import Member
    from wz_desktop.domain.workflow import Call
    from wz_desktop.store import Store

    with Store.open(db) as store:
        squad = store.roster.add_squad("甘井子分队", "甘井子区", actor=store.roster.audit.actor)
        store.roster.add_squad("沙河口分队", "沙河口区", actor=store.roster.audit.actor)
        store.roster.add_squad("西岗分队", "西岗区", actor=store.roster.audit.actor)
        for i, name in enumerate(KNOWN_MEMBERS):
            store.roster.add_member(Member(name, squad_id=squad, code=f"T{i:03d}", phone=f"1390411{i:04d}"), actor=store.roster.audit.actor)
        for name in KNOWN_CALLERS:
            store.calls.log(Call(received_at=f"{YEAR}-06-01 10:00", source="家属", caller_name=name,
                                 caller_phone="13904110000", district="金州区", place="海边",
                                 description="老人走失"), DESK)
        for k, (text, _) in enumerate(SENTENCES[:20]):  # calls that hold personal data in every field
            store.calls.log(Call(received_at=f"{YEAR}-07-{k + 1:02d} 09:30", source="家属", caller_name="刘强",
                                 caller_phone="13904118888", district="中山区", place="星海湾小区5号楼1单元302",
                                 description=text), DESK)
        store.calls.log(Call(received_at=f"{YEAR}-06-02 07:00", source="家属", caller_name="某女士",
                             caller_phone="13904117777", district="金州区", place="友谊街道",
                             description="金州区老人侯淑芬走失，黄海边最后出现"), DESK)
        store.calls.log(Call(received_at=f"{YEAR}-06-01 11:00", source="110指挥中心", caller_name="110指挥中心", caller_phone="110",
                             district="金州区", place="海边", description="有人落水"), DESK)
        for name in KNOWN_USERS:
            store.users.create_first_admin("chenjing", name, "wanzhong-test-1")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    home = tmp_path_factory.mktemp("planted")
    book, db = home / "planted.xlsx", home / "records.db"
    fragments = planted_workbook(book)
    seed_names(db)
    done = run("--db", str(db), "import", str(book), home=home)
    assert done.returncode == 0, done.stdout + done.stderr
    plain, anonymous = home / "plain.xlsx", home / "anon.xlsx"
    assert run("--db", str(db), "export", "--year", str(YEAR), "-o", str(plain), home=home).returncode == 0
    done = run("--db", str(db), "export", "--year", str(YEAR), "--anonymize", "-o", str(anonymous), home=home)
    assert done.returncode == 0, done.stdout + done.stderr
    return db, fragments, cells(plain), cells(anonymous), done.stdout


def test_the_plain_export_holds_the_planted_data(exported):
    _, fragments, plain, _, _ = exported
    everything = "\n".join(str(v) for rows in plain.values() for row in rows for v in row if v is not None)
    missing = [f for f in fragments if f not in everything]
    assert missing == []  # the scan below scans something
    assert len(fragments) > 75


def test_no_planted_fragment_in_any_cell(exported):
    _, fragments, _, anonymous, stdout = exported
    assert "隐去个人信息" in stdout
    found = []
    for sheet, rows in anonymous.items():
        for r, row in enumerate(rows[1:], start=2):
            for c, value in enumerate(row):
                if isinstance(value, str):
                    hits = leaks(value, fragments)
                    if c == 0:  # the event numbers 20230001, WZ2023-… are no phones
                        hits = [h for h in hits if not re.fullmatch(r"digits:\d{8}|latin:WZ2023-?", h)]
                    if hits:
                        found.append((sheet, r, c, value, hits))
    assert found == []


def test_every_other_cell_equals_the_plain_export(exported):
    """The cells that changed are exactly the plain export's cells that hold a planted fragment."""
    _, fragments, plain, anonymous, _ = exported
    assert list(plain) == list(anonymous)
    changed = 0
    for sheet in plain:
        assert len(plain[sheet]) == len(anonymous[sheet])
        for before, after in zip(plain[sheet], anonymous[sheet]):
            for a, b in zip(before, after):
                personal = isinstance(a, str) and any(f in a for f in fragments)
                assert (a != b) == personal, (sheet, a, b)
                changed += a != b
    assert changed >= len(SENTENCES)  # and the raw cells the importer kept as text


def test_the_share_is_in_the_audit_trail(exported):
    from wz_desktop.store import Store

    db = exported[0]
    with Store.open(db) as store:
        entries = [e for e in store.audit.entries() if e.table == "shares"]
    assert entries and "anon.xlsx" in (entries[-1].new or "")
    assert "2023" in entries[-1].note and "隐去" in entries[-1].note


@pytest.mark.parametrize("off", ["detectors", "known", "contexts"])
def test_the_check_refuses_when_a_layer_is_off(exported, tmp_path, off):
    from wz_desktop.domain.anonymize import LAYERS
    from wz_desktop.services.exports import export_anonymized, prepare_share
    from wz_desktop.store import Store
    from wz_desktop.workbook.anonymized import PrivacyRefused

    db = exported[0]
    target = tmp_path / "out.xlsx"
    layers = [layer for layer in LAYERS if layer != off and not (off == "contexts" and layer == "segmenter")]
    with Store.open(db) as store:
        assert not prepare_share(store, YEAR, session=SYSTEM_SESSION).refused  # all layers: nothing left
        with pytest.raises(PrivacyRefused) as refused:
            export_anonymized(store, YEAR, target, layers=layers, session=SYSTEM_SESSION)
    assert not target.exists()
    message = str(refused.value)
    assert "表第" in message and "行" in message and "列" in message  # names the cell
    reasons = {p.reason for p in refused.value.problems}
    expected = {"detectors": {"digits", "latin", "address", "email"}, "known": {"known_name"},
                "contexts": {"name_after_cue"}}[off]
    assert reasons & expected, reasons


def test_the_research_dataset_holds_none_of_it(exported, tmp_path):
    db, fragments, _, _, _ = exported
    folder = tmp_path / "dataset"
    done = run("--db", str(db), "dataset", "--from", f"{YEAR}-01-01", "--to", f"{YEAR}-12-31", "-o", str(folder),
               home=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    # the CSV files are read as text: every cell of every column
    found = []
    names = fragments + KNOWN_MEMBERS + KNOWN_CALLERS + KNOWN_USERS + ["刘强", "星海湾", "13904118888"]
    for path in sorted(set(folder.glob("*.csv")) - {folder / "data_dictionary.csv"}):
        for r, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines()):
            for c, cell in enumerate(line.split(",")):
                hits = leaks(cell, names)
                if hits and not (r == 0 or re.fullmatch(r"[MV][0-9a-f]+|[TC]\d{5}|\d{4}-(?:Q\d|\d\d(?:-\d\d)?)"
                                                        r"(?: \d\d:00)?", cell)):
                    found.append((path.name, r, c, cell, hits))
    assert found == [], found[:10]
    calls = (folder / "calls.csv").read_text(encoding="utf-8-sig")
    assert calls.count("中山区") >= 20  # the district is kept
