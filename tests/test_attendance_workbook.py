"""workbook/attendance.py (the attendance tables and their .xlsx) and domain/attendance.py (periods,
the note on what the figures count from)."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from wz_desktop.domain import attendance as periods
from wz_desktop.store.attendance import HistoryEntry, InactiveMember, MemberSummary, SquadSummary
from wz_desktop.workbook.attendance import (
    AttendanceExportError,
    Sheet,
    history_table,
    inactive_table,
    member_table,
    squad_table,
    write_attendance,
)

MEMBERS = [
    MemberSummary(1, "段峰", "WZ0001", 1, "甘井子分队", tasks=5, late=1, left_early=0, absent=2, unrecorded=1,
                  hours=17.5, by_kind={"water": 3, "urban": 2}, last_turnout="2022-12-30"),
    MemberSummary(2, "何洋", None, None, "", tasks=0, late=0, left_early=0, absent=1, unrecorded=0, hours=0.0),
]
SQUADS = [SquadSummary(1, "甘井子分队", turnouts=12, people=80, vehicle_trips=20, no_headcount=1, members_active=4,
                       hours=40.25, share=0.375, period_tasks=32)]


def test_tables_hold_the_figures():
    members = member_table(MEMBERS)
    assert members.header[:9] == ["姓名", "编号", "分队", "出勤次数", "迟到", "早退", "缺勤", "未考核", "时长（小时）"]
    assert members.rows[0] == ["段峰", "WZ0001", "甘井子分队", 5, 1, 0, 2, 1, 17.5, 3, 2, 0, 0, 0, 0, "2022-12-30"]
    assert members.rows[1][-1] == "" and members.keys == [1, 2]
    assert squad_table(SQUADS).rows == [["甘井子分队", 4, 12, 80, 20, 1, 40.25, 0.375]]
    history = history_table([HistoryEntry(7, "2022-05-01 09:30", "training", "培训", "队员", None, None)])
    assert history.rows == [["2022-05-01 09:30", "培训保障", "培训", "队员", "未考核", None]]
    quiet = inactive_table([InactiveMember(3, "李娜", "WZ0003", 1, "甘井子分队", "2019-04-01", None)])
    assert quiet.rows == [["李娜", "WZ0003", "甘井子分队", "2019-04-01", "从未出队"]]


def test_write_and_read_back(tmp_path):
    path = tmp_path / "出勤.xlsx"
    filters = [("时间", "2022-10-01 至 2022-12-31"), ("分队", "全部分队")]
    note = periods.coverage_note("2022-03-05", "2020-01-01")
    sheets = [Sheet("按队员出勤统计", member_table(MEMBERS), filters, note, name="按队员"),
              Sheet("按分队出勤统计", squad_table(SQUADS), filters, note, name="按队员")]  # a name used twice
    assert write_attendance(path, sheets) == 3
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["按队员", "按队员(2)"]
    ws = wb["按队员"]
    cells = list(ws.iter_rows(values_only=True))
    assert cells[0][0] == "按队员出勤统计"
    assert cells[1][:2] == ("时间：", "2022-10-01 至 2022-12-31") and cells[2][:2] == ("分队：", "全部分队")
    assert cells[3][0] == note and "自 2022-03 起" in note and "自 2020-01 起" in note
    header_at = 5
    assert cells[header_at][0] == "姓名"
    first = cells[header_at + 1]
    assert first[:9] == ("段峰", "WZ0001", "甘井子分队", 5, 1, 0, 2, 1, 17.5)
    assert first[-1] == dt.datetime(2022, 12, 30)
    assert ws.freeze_panes == f"A{header_at + 2}"
    assert ws.auto_filter.ref.startswith(f"A{header_at + 1}")
    squad_row = list(wb["按队员(2)"].iter_rows(values_only=True))[header_at + 1]
    assert squad_row[-1] == 0.375 and wb["按队员(2)"].cell(header_at + 2, 8).number_format == "0.0%"
    assert not list(tmp_path.glob("*.part"))


def test_refusals_leave_nothing(tmp_path):
    table = member_table(MEMBERS)
    with pytest.raises(AttendanceExportError, match="xlsx"):
        write_attendance(tmp_path / "x.csv", Sheet("t", table))
    with pytest.raises(AttendanceExportError, match="不存在"):
        write_attendance(tmp_path / "nowhere" / "x.xlsx", Sheet("t", table))
    many = member_table(MEMBERS * 300)
    target = tmp_path / "x.xlsx"
    with pytest.raises(AttendanceExportError, match="取消"):
        write_attendance(target, Sheet("t", many), cancelled=lambda: True)
    assert [p.name for p in tmp_path.iterdir() if p.name != "home"] == []  # "home": the test's data folder


@pytest.mark.parametrize("key, today, expected", [
    ("this_month", dt.date(2023, 2, 15), (dt.date(2023, 2, 1), dt.date(2023, 2, 28))),
    ("last_month", dt.date(2023, 1, 3), (dt.date(2022, 12, 1), dt.date(2022, 12, 31))),
    ("this_quarter", dt.date(2023, 2, 15), (dt.date(2023, 1, 1), dt.date(2023, 3, 31))),
    ("last_quarter", dt.date(2023, 2, 15), (dt.date(2022, 10, 1), dt.date(2022, 12, 31))),
    ("last_quarter", dt.date(2022, 8, 31), (dt.date(2022, 4, 1), dt.date(2022, 6, 30))),
    ("this_year", dt.date(2024, 2, 29), (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
    ("last_year", dt.date(2024, 2, 29), (dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
    ("all", dt.date(2024, 2, 29), (None, None)),
])
def test_quick_periods(key, today, expected):
    assert periods.quick_period(key, today) == expected


def test_period_helpers():
    with pytest.raises(ValueError):
        periods.quick_period("custom", dt.date(2023, 1, 1))
    assert periods.months_before(dt.date(2022, 12, 31), 3) == dt.date(2022, 9, 30)
    assert periods.months_before(dt.date(2023, 5, 31), 3) == dt.date(2023, 2, 28)
    assert periods.period_text(None, None) == "全部"
    assert periods.period_text(dt.date(2022, 1, 1), "2022-03-31") == "2022-01-01 至 2022-03-31"
    assert "目前还没有按人员的考勤记录" in periods.coverage_note(None, "2020-01-01")
