"""``wz-desktop roster export / import``, run as the user runs it, in its own process."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers.cli import Result, run
from helpers.workbooks import db_snapshot

from wz_desktop.domain.records import Member, Squad, Vehicle
from wz_desktop.store import Store
from wz_desktop.store.roster import Certification

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def assert_clean_failure(result: Result) -> None:
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Traceback" not in output, output
    assert CHINESE.search(result.stderr), f"no Chinese message on stderr: {result.stderr!r}"


@pytest.fixture
def roster_db(tmp_path) -> Path:
    path = tmp_path / "roster.db"
    with Store.open(path) as store:
        r = store.roster
        zs = Squad("中山分队", "中山区")
        r.add_squads([zs], actor=r.audit.actor)
        people = [Member("王强", zs.id, "WZ0001", "13804112233", "队长", "强哥"),
                  Member("李娜", zs.id, "WZ0002", "13900001111"),
                  Member("赵敏", zs.id, "WZ0003", "13600003333", active=False)]
        r.add_members(people, joined_on="2020-05-01", actor=r.audit.actor)
        r.set_squad_leader(zs.id, people[0].id, actor=r.audit.actor)
        r.add_certifications([Certification(people[0].id, "应急救援员（五级）", "2026-06-30", "A123")], actor=r.audit.actor)
        r.add_vehicles([Vehicle("辽B12345", "救援指挥车", seats=7)], actor=r.audit.actor)
    return path


def test_roster_export_then_import_into_a_new_database(roster_db, tmp_path, app_home):
    out = tmp_path / "名册.xlsx"
    exported = run(app_home, "--db", roster_db, "roster", "export", "-o", out)
    assert exported.returncode == 0, exported.stdout + exported.stderr
    assert "1 个分队、3 名队员、1 张证书、1 辆车" in exported.stdout and out.exists()

    fresh = tmp_path / "fresh.db"
    imported = run(app_home, "--db", fresh, "roster", "import", out)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "队员：读取 3 行，新增 3" in imported.stdout
    assert "备份" not in imported.stdout  # an empty database needs no backup
    with Store.open(fresh) as store:
        members = {m.code: m for m in store.roster.members()}
        assert members["WZ0001"].phone == "13804112233" and not members["WZ0003"].active
        assert store.roster.joined_dates()[members["WZ0002"].id] == "2020-05-01"
        assert store.roster.squad_rows()[0].leader_name == "王强"


def test_roster_import_backs_up_first_and_reports_row_by_row(roster_db, tmp_path, app_home):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "队员"
    sheet.append(["编号", "姓名", "分队", "电话", "在队"])
    sheet.append(["WZ0002", "李娜", "中山分队", "13900001111", "是"])
    sheet.append(["WZ0009", "", "中山分队", "13900009999", "是"])  # no name: skipped
    sheet.append(["WZ0010", "孙丽", "西岗分队", "13900001010", "也许"])  # 在队 unreadable: added, the word kept
    source = tmp_path / "补充名册.xlsx"
    book.save(source)
    report_path = tmp_path / "report.json"
    result = run(app_home, "--db", roster_db, "roster", "import", source, "--report", report_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "导入前的数据库已备份到" in result.stdout
    assert list((roster_db.parent / "backups").glob("roster-before-roster-import-*.db"))
    assert "缺少姓名" in result.stdout and "也许" in result.stdout  # --report lists the skipped rows
    data = json.loads(report_path.read_text(encoding="utf-8"))
    assert data["sheets"]["队员"]["skipped"] == 1 and data["sheets"]["队员"]["unchanged"] == 1
    assert data["sheets"]["队员"]["added"] == 1  # 孙丽 is not left out for the 在队 column; the report says what it held

    plain = run(app_home, "--db", roster_db, "roster", "import", source)
    assert plain.returncode == 0 and "缺少姓名" not in plain.stdout and "跳过 1" in plain.stdout


def _not_a_workbook(tmp: Path, db: Path) -> list:
    bad = tmp / "坏文件.xlsx"
    bad.write_text("这不是工作簿", encoding="utf-8")
    return ["--db", db, "roster", "import", bad]


def _no_roster_sheets(tmp: Path, db: Path) -> list:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "任务"
    book.active.append(["事件编号", "事件摘要"])
    path = tmp / "任务.xlsx"
    book.save(path)
    return ["--db", db, "roster", "import", path]


BAD = {
    "missing-file": lambda tmp, db: ["--db", db, "roster", "import", tmp / "没有这个文件.xlsx"],
    "not-a-workbook": _not_a_workbook,
    "no-roster-sheets": _no_roster_sheets,
    "export-not-xlsx": lambda tmp, db: ["--db", db, "roster", "export", "-o", tmp / "名册.txt"],
    "export-missing-folder": lambda tmp, db: ["--db", db, "roster", "export", "-o", tmp / "没有" / "名册.xlsx"],
    "export-no-database": lambda tmp, db: ["--db", tmp / "没有.db", "roster", "export", "-o", tmp / "名册.xlsx"],
    "no-subcommand": lambda tmp, db: ["--db", db, "roster"],
    "export-without-output": lambda tmp, db: ["--db", db, "roster", "export"],
}


@pytest.mark.parametrize("make", list(BAD.values()), ids=list(BAD))
def test_bad_roster_input_gets_a_chinese_message_and_leaves_the_database_alone(roster_db, tmp_path, app_home,
                                                                               make):
    before = db_snapshot(roster_db)
    result = run(app_home, *make(tmp_path, roster_db))
    assert_clean_failure(result)
    assert db_snapshot(roster_db) == before
    assert not (tmp_path / "名册.txt").exists() and not (tmp_path / "没有.db").exists()
