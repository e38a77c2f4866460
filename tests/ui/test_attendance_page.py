"""The 出勤 page as a squad leader uses it, on the demo database (a real SQLite store): the figures
shown are checked against counts made here from the raw rows (plain SQL written apart from the
store's), and the Excel export against the table."""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter, defaultdict

import openpyxl
import pytest
from PySide6.QtCore import QDate, QSettings, Qt

from wz_desktop.domain import attendance as periods
from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.records import Task
from wz_desktop.store.roster import TaskMember
from wz_desktop.ui.attendance_page import TAB_HISTORY, TAB_INACTIVE, TAB_MEMBERS, TAB_SQUADS, AttendancePage
from wz_desktop.ui.context import AppContext

from .conftest import type_text

ATTENDED = ("出勤", "迟到", "早退")
TODAY = dt.date(2023, 2, 15)  # the demo's data ends in February 2023
SQUAD = "水上救援分队"


@pytest.fixture
def make_page(qtbot, tmp_path):
    def make(store, today=TODAY):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        context = AppContext(store, settings)
        page = AttendancePage(context, today=lambda: today)
        qtbot.addWidget(page)
        page.resize(1300, 700)
        page.show()
        qtbot.waitExposed(page)
        return page
    return make


# --- counts made here, from the raw rows -----------------------------------------------------------

def raw(store) -> dict:
    conn = sqlite3.connect(store.path)
    data = {
        "tasks": {i: (d, k, s, h, v) for i, d, k, s, h, v in conn.execute(
            "SELECT id, departure, kind, squads, headcount, vehicles FROM tasks")},
        "members": {i: (n, c, s, a) for i, n, c, s, a in conn.execute(
            "SELECT id, name, code, squad_id, active FROM members")},
        "squads": dict(conn.execute("SELECT name, id FROM squads")),
        "entries": conn.execute("SELECT task_id, member_id, attendance, hours FROM task_members").fetchall(),
    }
    conn.close()
    return data


def in_period(departure, since, until) -> bool:
    if departure is None:
        return since is None and until is None
    day = departure[:10]
    return (since is None or day >= since) and (until is None or day <= until)


def expected_members(data, since, until, squad_id=None, kind=None) -> dict[str, dict]:
    out: dict[str, dict] = defaultdict(Counter)
    for task_id, member_id, attendance, hours in data["entries"]:
        departure, task_kind, *_ = data["tasks"][task_id]
        name, code, member_squad, _ = data["members"][member_id]
        if not in_period(departure, since, until) or (kind and task_kind != kind):
            continue
        if squad_id is not None and member_squad != squad_id:
            continue
        row = out[code]
        if attendance in ATTENDED:
            row["tasks"] += 1
            row["hours"] += hours or 0
            row["last"] = max(row["last"] or "", departure[:10])
        row["late"] += attendance == "迟到"
        row["early"] += attendance == "早退"
        row["absent"] += attendance == "缺勤"
        row["unrecorded"] += attendance is None
    return out


def shown(view) -> list[dict]:
    """The rows as the table shows them (display text), in the order shown."""
    model = view.model()
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [{header[c]: model.index(r, c).data() for c in range(model.columnCount())} for r in range(model.rowCount())]


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


# --- the squad leader's way through ----------------------------------------------------------------

def test_last_quarter_of_a_squad(make_page, demo_store):
    page = make_page(demo_store)
    choose(page.period_combo, "上季度")
    choose(page.squad_combo, SQUAD)
    assert page.period() == (dt.date(2022, 10, 1), dt.date(2022, 12, 31))
    assert page.since_edit.date() == QDate(2022, 10, 1) and page.until_edit.date() == QDate(2022, 12, 31)
    assert page.tabs.currentIndex() == TAB_MEMBERS
    data = raw(demo_store)
    expected = expected_members(data, "2022-10-01", "2022-12-31", squad_id=data["squads"][SQUAD])
    rows = shown(page.member_table)
    assert rows and {r["编号"] for r in rows} == set(expected)
    for r in rows:
        e = expected[r["编号"]]
        assert r["分队"] == SQUAD
        assert (int(r["出勤次数"]), int(r["迟到"]), int(r["早退"]), int(r["缺勤"]), int(r["未考核"])) == (
            e["tasks"], e["late"], e["early"], e["absent"], e["unrecorded"]), r["姓名"]
        assert r["时长（小时）"] == f"{e['hours']:.1f}"
        assert r["最近出队"] == (e["last"] or "")
    assert [int(r["出勤次数"]) for r in rows] == sorted((int(r["出勤次数"]) for r in rows), reverse=True)
    assert f"共 {len(rows)} 名队员" in page.member_count.text()


def test_squads_tab_counts_every_task_and_the_members(make_page, demo_store):
    page = make_page(demo_store)
    choose(page.period_combo, "上季度")
    page.tabs.setCurrentIndex(TAB_SQUADS)
    data = raw(demo_store)
    period = [t for t in data["tasks"].values() if in_period(t[0], "2022-10-01", "2022-12-31")]
    rows = {r["分队"]: r for r in shown(page.squad_table)}
    ours = [t for t in period if SQUAD in t[2].split("、")]
    row = rows[SQUAD]
    assert int(row["出队次数"]) == len(ours) > 0
    assert int(row["出队人数"].replace(",", "")) == sum(t[3] or 0 for t in ours)
    assert int(row["出队车次"]) == sum(t[4] or 0 for t in ours)
    assert row["负担占比"] == f"{len(ours) / len(period) * 100:.1f}%"
    squad_id = data["squads"][SQUAD]
    went = {m for t, m, a, _ in data["entries"]
            if a in ATTENDED and in_period(data["tasks"][t][0], "2022-10-01", "2022-12-31")
            and data["members"][m][2] == squad_id}
    assert int(row["出勤队员"]) == len(went)
    # the squad filter narrows this view to the squad too
    choose(page.squad_combo, SQUAD)
    assert [r["分队"] for r in shown(page.squad_table)] == [SQUAD]


def test_kind_and_custom_period_and_all(make_page, demo_store):
    page = make_page(demo_store)
    data = raw(demo_store)
    choose(page.kind_combo, "水上救援")
    page.period_combo.setCurrentIndex(page.period_combo.findData("custom"))
    assert page.since_edit.isEnabled()
    page.since_edit.setDate(QDate(2022, 6, 1))
    page.until_edit.setDate(QDate(2022, 8, 31))
    expected = expected_members(data, "2022-06-01", "2022-08-31", kind="water")
    rows = shown(page.member_table)
    assert {r["编号"] for r in rows} == set(expected)
    for r in rows:
        assert int(r["出勤次数"]) == expected[r["编号"]]["tasks"] == int(r["水上救援"])
        assert int(r["城市搜救"]) == 0
    choose(page.kind_combo, "全部类别")
    choose(page.period_combo, "全部")
    assert page.period() == (None, None) and not page.since_edit.isVisible()
    everything = expected_members(data, None, None)
    assert {r["编号"] for r in shown(page.member_table)} == set(everything)
    assert sum(int(r["出勤次数"]) for r in shown(page.member_table)) == sum(e["tasks"] for e in everything.values())
    # the quick periods follow the injected clock
    for text, period in (("本月", (dt.date(2023, 2, 1), dt.date(2023, 2, 28))),
                         ("上月", (dt.date(2023, 1, 1), dt.date(2023, 1, 31))),
                         ("本季度", (dt.date(2023, 1, 1), dt.date(2023, 3, 31))),
                         ("今年", (dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
                         ("去年", (dt.date(2022, 1, 1), dt.date(2022, 12, 31)))):
        choose(page.period_combo, text)
        assert page.period() == period, text
    page.set_period("2022-03-01", "2022-03-31")
    assert page.period_combo.currentData() == "custom"
    assert {r["编号"] for r in shown(page.member_table)} == set(expected_members(data, "2022-03-01", "2022-03-31"))


def test_one_members_history_found_by_typing(make_page, demo_store, qtbot):
    page = make_page(demo_store)
    choose(page.period_combo, "去年")
    data = raw(demo_store)
    # the busiest member of the squad last year, found by typing their name
    squad_id = data["squads"][SQUAD]
    counts = Counter(m for t, m, a, _ in data["entries"] if data["members"][m][2] == squad_id
                     and in_period(data["tasks"][t][0], "2022-01-01", "2022-12-31"))
    member_id = counts.most_common(1)[0][0]
    name, code = data["members"][member_id][:2]
    page.focus_search()
    assert page.tabs.currentIndex() == TAB_HISTORY
    type_text(qtbot, page.member_search, name)
    qtbot.waitUntil(lambda: page.member_choice.count() > 0)
    index = page.member_choice.findData(member_id)
    assert index >= 0
    page.member_choice.setCurrentIndex(index)
    page.member_choice.activated.emit(index)
    assert page.member_id == member_id and name in page.member_label.text() and code in page.member_label.text()
    mine = sorted((data["tasks"][t][0], a) for t, m, a, _ in data["entries"]
                  if m == member_id and in_period(data["tasks"][t][0], "2022-01-01", "2022-12-31"))
    rows = shown(page.history_table)
    assert sorted((r["出队时间"], None if r["考勤"] == "未考核" else r["考勤"]) for r in rows) == mine
    assert [r["出队时间"] for r in rows] == sorted((r["出队时间"] for r in rows), reverse=True)
    assert f"共 {len(mine)} 次" in page.history_count.text()


def test_double_click_in_the_members_opens_the_history(make_page, demo_store, qtbot):
    page = make_page(demo_store)
    choose(page.period_combo, "上季度")
    table = page.member_table
    name = table.model().index(0, 0).data()
    member_id = table.key_at(0)
    rect = table.visualRect(table.model().index(0, 0))
    with qtbot.waitSignal(page.member_shown) as signal:  # a double click: a click, then the second press
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [member_id]
    assert page.tabs.currentIndex() == TAB_HISTORY and name in page.member_label.text()
    assert page.history_table.model().rowCount() > 0


def test_inactive_members(make_page, demo_store):
    page = make_page(demo_store)
    choose(page.period_combo, "上季度")
    page.tabs.setCurrentIndex(TAB_INACTIVE)
    assert page.quiet_since() == dt.date(2022, 9, 30)  # three months before the period's end
    page.set_quiet_since("2023-02-01")
    data = raw(demo_store)
    last: dict[int, str] = {}
    for t, m, a, _ in data["entries"]:
        departure = data["tasks"][t][0]
        if a in ATTENDED and departure:
            last[m] = max(last.get(m, ""), departure[:10])
    expected = {code: last.get(i) for i, (name, code, squad, active) in data["members"].items()
                if active and (i not in last or last[i] < "2023-02-01")}
    rows = shown(page.inactive_table)
    assert rows and {r["编号"]: (None if r["最近出队"] == "从未出队" else r["最近出队"]) for r in rows} == expected
    choose(page.squad_combo, SQUAD)
    squad_id = data["squads"][SQUAD]
    assert {r["编号"] for r in shown(page.inactive_table)} == {
        code for i, (_, code, squad, _) in data["members"].items() if code in expected and squad == squad_id}


def test_the_note_says_what_the_figures_count_from(make_page, demo_store, store):
    page = make_page(demo_store)
    text = page.note_label.text()
    assert "人员出勤按考勤记录统计（自 2022-03 起有记录）" in text
    assert "自 2020-01 起" in text and "含导入的历史数据" in text
    empty = make_page(store)
    assert "目前还没有按人员的考勤记录" in empty.note_label.text()
    assert "没有按人员的考勤记录" in empty.member_count.text()


def test_export_writes_what_the_view_shows(make_page, demo_store, dialog_log, tmp_path, qtbot):
    page = make_page(demo_store)
    choose(page.period_combo, "上季度")
    choose(page.squad_combo, SQUAD)
    page.member_table.sortByColumn(8, Qt.SortOrder.DescendingOrder)  # by hours, as a leader might
    target = tmp_path / "出勤.xlsx"
    dialog_log.answers["ask_save_file"] = str(target)
    with qtbot.waitSignal(page.exported):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "show_export_done" in dialog_log.names() and "show_error" not in dialog_log.names()
    ws = openpyxl.load_workbook(target).active
    cells = list(ws.iter_rows(values_only=True))
    assert cells[0][0] == "按队员出勤统计"
    labels = {r[0]: r[1] for r in cells[1:6] if r[0]}
    assert labels["时间："] == "上季度（2022-10-01 至 2022-12-31）"
    assert labels["分队："] == SQUAD and labels["类别："] == "全部类别"
    assert any(r[0] == page.note_text() for r in cells[:8])
    header_at = next(i for i, r in enumerate(cells) if r[0] == "姓名")
    table = shown(page.member_table)
    assert list(cells[header_at]) == list(table[0])
    body = cells[header_at + 1:]
    assert len(body) == len(table)
    for got, want in zip(body, table):
        assert got[0] == want["姓名"] and got[1] == want["编号"]
        assert got[3] == int(want["出勤次数"]) and f"{got[8]:.1f}" == want["时长（小时）"]
        assert (got[-1].date().isoformat() if got[-1] else "") == want["最近出队"]
    assert [r[8] for r in body] == sorted((r[8] for r in body), reverse=True)
    # the squads view exports its own table
    page.tabs.setCurrentIndex(TAB_SQUADS)
    second = tmp_path / "squads.xlsx"
    assert page.export_excel(second) == second
    squad_cells = list(openpyxl.load_workbook(second).active.iter_rows(values_only=True))
    assert squad_cells[0][0] == "按分队出勤统计"
    assert any(r[0] == SQUAD for r in squad_cells)


def test_export_cancelled_or_failing(make_page, demo_store, dialog_log, tmp_path):
    page = make_page(demo_store)
    dialog_log.answers["ask_save_file"] = None
    assert page.export_excel() is None and "show_error" not in dialog_log.names()
    assert page.export_excel(tmp_path / "no-such-folder" / "x.xlsx") is None
    assert dialog_log.texts("show_error") and "不存在" in dialog_log.texts("show_error")[0]


def test_refreshes_when_tasks_change(make_page, demo_store):
    page = make_page(demo_store, today=dt.date(2023, 4, 10))
    choose(page.period_combo, "本季度")  # 2023-04 … 06: nothing yet
    assert page.member_table.model().rowCount() == 0
    member = next(m for m in demo_store.roster.members() if m.active)
    with demo_store.transaction():
        task_id = demo_store.tasks.insert_many([Task(TaskKind.WATER, "新的落水救援", departure="2023-04-05 10:00",
                                                     year=2023, headcount=1, vehicles=1)])[0]
    demo_store.roster.add_task_members([TaskMember(task_id, member.id, attendance="出勤", hours=2.5)])
    page.context.tasks_changed.emit()
    rows = shown(page.member_table)
    assert [(r["姓名"], r["出勤次数"], r["时长（小时）"], r["水上救援"], r["最近出队"]) for r in rows] == [
        (member.name, "1", "2.5", "1", "2023-04-05")]


def test_settings_are_kept(make_page, demo_store, tmp_path):
    page = make_page(demo_store)
    page.set_period("2022-05-01", "2022-05-31")
    choose(page.squad_combo, SQUAD)
    choose(page.kind_combo, "城市搜救")
    page.tabs.setCurrentIndex(TAB_SQUADS)
    page.member_table.setColumnWidth(0, 177)
    settings = QSettings(str(tmp_path / "kept.ini"), QSettings.Format.IniFormat)
    page.save_settings(settings)
    again = make_page(demo_store)
    again.restore_settings(settings)
    assert again.period() == (dt.date(2022, 5, 1), dt.date(2022, 5, 31))
    assert again.squad_combo.currentText() == SQUAD and again.kind() == "urban"
    assert again.tabs.currentIndex() == TAB_SQUADS
    assert again.member_table.columnWidth(0) == 177
    assert [r["分队"] for r in shown(again.squad_table)] == [SQUAD]


def test_the_windows_demo_has_figures_for_this_month_and_last_quarter(qtbot, tmp_path):
    """The window's demo ends today (one clock): 本月 and 上季度 on the page's own clock show members."""
    from wz_desktop.demo import build_demo_database
    from wz_desktop.store import Store

    path = tmp_path / "today.db"
    today = dt.date.today()
    build_demo_database(path, today=today)
    with Store.open(path) as store:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        page = AttendancePage(AppContext(store, settings))  # the page's own clock: the demo's last day
        qtbot.addWidget(page)
        page.show()
        assert today - page._default_today() <= dt.timedelta(days=10)
        for key in (periods.PERIOD_THIS_MONTH, periods.PERIOD_LAST_QUARTER):
            page.period_combo.setCurrentIndex(page.period_combo.findData(key))
            page.reload()
            rows = shown(page.member_table)
            assert any(int(row["出勤次数"]) > 0 for row in rows), key
        page.close()
