"""The 走失统计 tab of the 统计 page on a real database with missing-person cases opened through the
use case: what the table and the plots show is compared with counts and percentiles computed here,
from the cases this test made (numpy for the percentiles); the period filter, the filters that do
not apply, too few cases, no case at all, and a case added while the page is open."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from wz_desktop.domain import geo
from wz_desktop.domain import lost_stats as L
from wz_desktop.domain.charts import ChartFilter
from wz_desktop.domain.kinds import TaskKind
from helpers.lost_cases import SEEN, Made, north, open_cases, the_cases

HEADERS = ["人员类别", "案件数", "已找到", "有距离", "距离 25%", "距离 50%", "距离 75%", "距离 95%", "有用时", "用时 25%",
           "用时 50%", "用时 75%", "用时 95%", "提示"]


@pytest.fixture
def made(store):
    made = the_cases()
    open_cases(store, made)
    return made


@pytest.fixture
def page(qtbot, store, made):
    from wz_desktop.ui.charts_page import ChartsPage
    from wz_desktop.ui.context import AppContext

    context = AppContext(store, QSettings(str(store.path.with_suffix(".ini")), QSettings.Format.IniFormat))
    widget = ChartsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.tabs.setCurrentWidget(widget.lost_tab)
    return widget


def table(tab) -> list[list[str]]:
    t = tab.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def expected_rows(made: list[Made], years: set[int]) -> dict[str, list[str]]:
    """The table's rows computed here from the cases made: category → cells."""
    chosen = [m for m in made if m.year in years]
    out = {}
    for category in ["失智老人", "儿童", "登山徒步", "合计"]:  # the word table's order, then all
        mine = [m for m in chosen if category == "合计" or m.category == category]
        if not mine:
            continue
        found = [m for m in mine if m.outcome in ("找到平安", "受伤找到", "遇难")]
        distances = [geo.distance_m(SEEN, m.found) for m in found if m.found is not None]
        hours = [m.hours for m in mine if m.hours is not None]
        d_cells = [str(L.distance_text(v)) for v in np.percentile(distances, [25, 50, 75, 95])] \
            if len(distances) >= 5 else ["—"] * 4
        h_cells = [str(L.hours_text(v)) for v in np.percentile(hours, [25, 50, 75, 95])] if len(hours) >= 5 else ["—"] * 4
        notes = []
        for what, n in (("距离", len(distances)), ("用时", len(hours))):
            if n < 5:
                notes.append(f"{what}：只有 {n} 例，不足 5 例，不计算")
            elif n < 20:
                notes.append(f"{what}：仅 {n} 例，仅供参考")
        out[category] = [category, str(len(mine)), str(len(found)), str(len(distances)), *d_cells, str(len(hours)),
                         *h_cells, "；".join(notes)]
    return out


def test_the_table_shows_the_counts_and_percentiles_computed_here(page, made):
    tab = page.lost_tab
    assert page.tabs.tabText(page.tabs.currentIndex()) == "走失统计"
    assert [tab.table.horizontalHeaderItem(c).text() for c in range(tab.table.columnCount())] == HEADERS
    assert tab.has_data()
    expected = expected_rows(made, {2023, 2024})
    assert table(tab) == list(expected.values())
    assert expected["失智老人"][1:4] == ["26", "24", "24"]  # the test's own arithmetic, spelled out
    assert expected["合计"][1] == str(len(made))
    assert "按最后出现时间统计所选时间内的走失人员案件，共 34 例，已找到 31 例" in tab.note.text()
    assert "“类别”“分队”筛选不适用于走失统计" in tab.note.text()
    assert "找到者：救援队 31" in tab.note.text()


def test_the_plots_draw_the_same_figures(page, made):
    tab = page.lost_tab
    dementia = [geo.distance_m(SEEN, m.found) / 1000 for m in made
                if m.category == "失智老人" and m.found is not None]
    everyone = [geo.distance_m(SEEN, m.found) / 1000 for m in made if m.found is not None]
    hikers = [geo.distance_m(SEEN, m.found) / 1000 for m in made if m.category == "登山徒步"]
    q = np.percentile(dementia, [25, 50, 75, 95])
    q_all = np.percentile(everyone, [25, 50, 75, 95])
    box = tab.boxes["distance"]
    # drawn: 失智老人, 登山徒步 (6 cases), 全部; the children (1 distance) are not
    assert [r.category for r in tab.shown["distance"]] == ["失智老人", "登山徒步", ""]
    # one row a category, the first at the top: the box from 25 % to 75 %, the marks at 50 % and 95 %
    assert list(np.asarray(box.opts["x0"]))[0] == pytest.approx(q[0], rel=1e-4)
    assert list(np.asarray(box.opts["width"]))[0] == pytest.approx(q[2] - q[0], rel=1e-4)
    assert list(np.asarray(box.opts["y"])) == [2, 1, 0]
    medians, tops = tab.marks["distance"]
    assert list(medians.getData()[0]) == pytest.approx([q[1], np.median(hikers), q_all[1]], rel=1e-4)
    assert list(tops.getData()[0])[2] == pytest.approx(q_all[3], rel=1e-4)
    ticks = {y: text for y, text in tab.plots["distance"].getAxis("left")._tickLevels[0]}
    assert ticks[2] == "失智老人（24 例）" and ticks[0] == "合计（31 例）"
    # outcome by time, all categories: each bucket's stacked total counted here
    counts: dict[str, int] = {}
    for m in made:
        if not m.outcome:
            key = "仍在搜寻"
        elif m.outcome == "未找到":
            key = "未找到"
        else:
            key = "6 小时内" if m.hours <= 6 else "6–24 小时" if m.hours <= 24 else "1–3 天" if m.hours <= 72 else "3 天以上"
        counts[key] = counts.get(key, 0) + 1
    assert [str(b) for b in tab.buckets] == [b for b in ["6 小时内", "6–24 小时", "1–3 天", "3 天以上", "未找到", "仍在搜寻"]
                                             if b in counts]
    stacked = np.zeros(len(tab.buckets))
    for bar in tab.outcome_bars.values():
        stacked += np.asarray(bar.opts["height"])
    assert list(stacked) == [counts[str(b)] for b in tab.buckets]
    safe = np.asarray(tab.outcome_bars["找到平安"].opts["height"])
    assert safe[0] == sum(1 for m in made if m.outcome == "找到平安" and m.hours <= 6)
    # hovering the dementia box names the cases behind it
    text = tab.hover(tab.plots["distance"], q[1], 2)
    assert text.startswith("失智老人（24 例）") and f"50%：{L.distance_text(q[1] * 1000)}" in text


def test_the_period_applies_to_the_last_sighting_and_the_kind_filter_does_not(page, made):
    page.set_filter(ChartFilter(since=dt.date(2023, 1, 1), until=dt.date(2023, 12, 31)))
    tab = page.lost_tab
    assert table(tab) == list(expected_rows(made, {2023}).values())
    assert "共 2 例" in tab.note.text()
    # the last day of the period is included: a case seen on 2024-03-01 08:00 is in a period ending that day
    page.set_filter(ChartFilter(since=dt.date(2024, 1, 1), until=dt.date(2024, 3, 1)))
    assert table(tab)[-1][1] == "1"
    page.set_filter(ChartFilter(kinds=(TaskKind.WATER,)))
    assert table(tab) == list(expected_rows(made, {2023, 2024}).values())


def test_no_case_in_the_period_says_so(page):
    page.set_filter(ChartFilter(since=dt.date(2001, 1, 1), until=dt.date(2001, 12, 31)))
    tab = page.lost_tab
    assert not tab.has_data()
    assert tab.stack.currentWidget() is tab.empty_label
    assert tab.empty_label.text() == "所选范围内没有走失人员案件"
    assert tab.table.rowCount() == 0


def test_a_case_saved_while_the_page_is_open_is_counted(page, store, qtbot):
    tab = page.lost_tab
    before = int(table(tab)[-1][1])
    open_cases(store, [Made("垂钓赶海", 2024, "找到平安", north(800), 3.0)])
    qtbot.waitUntil(lambda: tab.table.rowCount() and table(tab)[-1][1] == str(before + 1), timeout=5000)
    row = next(r for r in table(tab) if r[0] == "垂钓赶海")
    assert row[1:4] == ["1", "1", "1"] and row[4] == "—"
    assert row[-1] == "距离：只有 1 例，不足 5 例，不计算；用时：只有 1 例，不足 5 例，不计算"


def test_in_english_nothing_chinese_is_left(qapp, qtbot, store, made):
    import re

    from wz_desktop.ui import app as app_module
    from wz_desktop.ui.charts_page import ChartsPage
    from wz_desktop.ui.context import AppContext

    assert app_module.install_translations(qapp, "en") == ["wz_desktop_en"]
    try:
        context = AppContext(store, QSettings(str(store.path.with_suffix(".ini")), QSettings.Format.IniFormat))
        page = ChartsPage(context)
        qtbot.addWidget(page)
        page.resize(1400, 800)
        page.show()
        page.tabs.setCurrentWidget(page.lost_tab)
        tab = page.lost_tab
        shown = [page.tabs.tabText(page.tabs.currentIndex()), tab.note.text()]
        shown += [tab.table.horizontalHeaderItem(c).text() for c in range(tab.table.columnCount())]
        shown += [cell for line in table(tab) for cell in line]
        for plot in tab.plots.values():
            for side in ("left", "bottom"):
                levels = plot.getAxis(side)._tickLevels  # set ticks (None: numbers)
                shown += [text for _, text in levels[0]] if levels else []
            shown += [plot.getAxis(side).labelText for side in ("left", "bottom")]
            shown.append(plot.titleLabel.text)
            shown += [label.text for _, label in plot.legend.items] if plot.legend else []
        assert table(tab)[0][:3] == ["Elderly with dementia", "26", "24"]
        assert table(tab)[-1][4].endswith(" km") and table(tab)[-1][9].endswith(" h")
        assert table(tab)[1][-1] == "distance: n = 1, fewer than 5: not computed; time: n = 2, fewer than 5: not computed"
        assert "one squad). Found by: The team 31. Percentiles" in tab.note.text()
        chinese = [text for text in shown if re.search(r"[\u4e00-\u9fff]", text)]
        assert chinese == []
    finally:
        app_module.install_translations(qapp, "zh_CN")
