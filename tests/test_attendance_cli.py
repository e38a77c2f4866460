"""``wz-desktop attendance``, run as the user runs it (in this process: helpers/cli.py), on the demo database;
the figures in the file are checked against counts made here from the raw rows."""
from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

import openpyxl
import pytest
from helpers.cli import Result, run
from helpers.databases import copy_of

CHINESE = re.compile(r"[\u4e00-\u9fff]")
ATTENDED = ("出勤", "迟到", "早退")


def assert_clean_failure(result: Result) -> None:
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output, output
    assert CHINESE.search(result.stderr), f"no Chinese message on stderr: {result.stderr!r}"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_file) -> Path:
    return copy_of(demo_file, tmp_path_factory.mktemp("demo"))


def expected_members(db: Path, since: str, until: str, squad: str | None) -> dict[str, dict]:
    """Per member code: attended, late, left early, absent, hours, last day — from the raw rows."""
    conn = sqlite3.connect(db)
    squad_id = conn.execute("SELECT id FROM squads WHERE name = ?", (squad,)).fetchone()[0] if squad else None
    members = {i: (c, s) for i, c, s in conn.execute("SELECT id, code, squad_id FROM members")}
    departures = dict(conn.execute("SELECT id, departure FROM tasks"))
    out: dict[str, dict] = defaultdict(lambda: Counter())
    for task_id, member_id, attendance, hours in conn.execute(
            "SELECT task_id, member_id, attendance, hours FROM task_members"):
        day = (departures[task_id] or "")[:10]
        if not day or not since <= day <= until:
            continue
        code, member_squad = members[member_id]
        if squad_id is not None and member_squad != squad_id:
            continue
        row = out[code]
        row["listed"] += 1
        if attendance in ATTENDED:
            row["tasks"] += 1
            row["hours"] += hours or 0
            row["last"] = max(row["last"] or "", day)
        row["absent"] += attendance == "缺勤"
        row["late"] += attendance == "迟到"
    conn.close()
    return out


def table_of(ws) -> tuple[list[str], list[dict]]:
    rows = list(ws.iter_rows(values_only=True))
    header_at = next(i for i, r in enumerate(rows) if r and r[0] in ("姓名", "分队"))
    header = list(rows[header_at])
    return header, [dict(zip(header, r)) for r in rows[header_at + 1:] if any(v is not None for v in r)]


def test_export_of_a_squad_matches_the_raw_rows(demo_db, tmp_path):
    out = tmp_path / "水上 四季度.xlsx"
    result = run(tmp_path, "--db", demo_db, "attendance", "--from", "2022-10-01", "--to", "2022-12-31",
                 "--squad", "水上救援分队", "-o", out)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    line = result.stdout.strip()
    assert len(line.splitlines()) == 1 and "水上救援分队" in line and "2022-10-01 至 2022-12-31" in line

    expected = expected_members(demo_db, "2022-10-01", "2022-12-31", "水上救援分队")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["按队员", "按分队"]
    ws = wb["按队员"]
    top = [r[:2] for r in ws.iter_rows(min_row=1, max_row=6, values_only=True)]
    assert top[0][0] == "按队员出勤统计"
    assert ("时间：", "2022-10-01 至 2022-12-31") in top and ("分队：", "水上救援分队") in top
    note = " ".join(str(c.value) for row in ws.iter_rows(min_row=1, max_row=8) for c in row if c.value)
    assert "人员出勤按考勤记录统计（自 2022-03 起有记录）" in note and "含导入的历史数据" in note
    header, rows = table_of(ws)
    assert header[:9] == ["姓名", "编号", "分队", "出勤次数", "迟到", "早退", "缺勤", "未考核", "时长（小时）"]
    assert {r["编号"] for r in rows} == set(expected) and rows
    for r in rows:
        e = expected[r["编号"]]
        assert (r["出勤次数"], r["迟到"], r["缺勤"], r["分队"]) == (e["tasks"], e["late"], e["absent"], "水上救援分队")
        assert r["时长（小时）"] == pytest.approx(e["hours"])
        last = r["最近出队"]
        assert (last.date().isoformat() if last else None) == (e["last"] or None)
    assert f"{len(rows)} 名队员出勤 {sum(e['tasks'] for e in expected.values())} 人次" in line

    squads_header, squads = table_of(wb["按分队"])
    assert [s["分队"] for s in squads] == ["水上救援分队"]
    conn = sqlite3.connect(demo_db)
    turnouts = sum(1 for (text,) in conn.execute(
        "SELECT squads FROM tasks WHERE departure >= '2022-10-01' AND departure < '2023-01-01'")
        if "水上救援分队" in text.split("、"))
    conn.close()
    assert squads[0]["出队次数"] == turnouts > 0
    assert f"出队 {turnouts} 次" in line


def test_kind_filter_and_whole_team(demo_db, tmp_path):
    out = tmp_path / "water.xlsx"
    result = run(tmp_path, "--db", demo_db, "attendance", "--from", "2022/6/1", "--to", "2022-08-31",
                 "--kind", "水上救援", "-o", out)
    assert result.returncode == 0, result.stderr
    ws = openpyxl.load_workbook(out)["按队员"]
    assert ("类别：", "水上救援") in [r[:2] for r in ws.iter_rows(min_row=1, max_row=6, values_only=True)]
    header, rows = table_of(ws)
    assert rows and all(r["城市搜救"] == 0 and r["水上救援"] == r["出勤次数"] for r in rows)
    assert "全队" in result.stdout


def test_unknown_squad_lists_close_names(demo_db, tmp_path):
    out = tmp_path / "x.xlsx"
    result = run(tmp_path, "--db", demo_db, "attendance", "--from", "2022-10-01", "--to", "2022-12-31",
                 "--squad", "水上分队", "-o", out)
    assert_clean_failure(result)
    assert "没有名为“水上分队”的分队" in result.stderr and "水上救援分队" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("since, until, words", [("2022-13-01", "2022-12-31", "不是有效的日期"),
                                                 ("昨天", "2022-12-31", "不是有效的日期"),
                                                 ("2022-12-31", "2022-10-01", "晚于")])
def test_bad_dates_are_refused(demo_db, tmp_path, since, until, words):
    out = tmp_path / "x.xlsx"
    result = run(tmp_path, "--db", demo_db, "attendance", "--from", since, "--to", until, "-o", out)
    assert_clean_failure(result)
    assert words in result.stderr and not out.exists()


def test_other_refusals(demo_db, tmp_path):
    assert_clean_failure(run(tmp_path, "--db", demo_db, "attendance", "--from", "2022-01-01", "--to", "2022-12-31",
                             "--kind", "救火", "-o", tmp_path / "x.xlsx"))
    assert_clean_failure(run(tmp_path, "--db", demo_db, "attendance", "--from", "2022-01-01", "--to", "2022-12-31",
                             "-o", tmp_path / "x.csv"))
    assert_clean_failure(run(tmp_path, "--db", demo_db, "attendance", "--from", "2022-01-01", "--to", "2022-12-31",
                             "-o", tmp_path / "nowhere" / "x.xlsx"))
    assert_clean_failure(run(tmp_path, "--db", tmp_path / "missing.db", "attendance", "--from", "2022-01-01",
                             "--to", "2022-12-31", "-o", tmp_path / "x.xlsx"))
    assert not (tmp_path / "missing.db").exists()
    usage = run(tmp_path, "--db", demo_db, "attendance", "--from", "2022-01-01", "-o", tmp_path / "x.xlsx")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr and "缺少必需的参数" in usage.stderr


def test_a_failed_write_leaves_the_old_file(demo_db, tmp_path, monkeypatch):
    """The file is written beside the target and moved into place: a failure leaves what was there."""
    from wz_desktop import cli
    from wz_desktop.workbook import attendance as module

    out = tmp_path / "old.xlsx"
    out.write_bytes(b"the previous export")
    monkeypatch.setenv("WZ_DESKTOP_HOME", str(tmp_path))

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module.os, "replace", broken_replace)
    code = cli.main(["--db", str(demo_db), "attendance", "--from", "2022-10-01", "--to", "2022-12-31", "-o", str(out)])
    assert code == 1
    assert out.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
