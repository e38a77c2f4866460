"""The 统计 page: every tab opened, every filter applied, the plotted values read back from the plot
items and compared with the store's figures; the no-data message; saving a chart as PNG."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QDate, QSettings

from wz_desktop.domain.charts import ChartFilter
from wz_desktop.domain.kinds import TaskKind

from .conftest import show_charts_page


@pytest.fixture
def page(qtbot, demo_store):
    return show_charts_page(qtbot, demo_store)


def heights(bar) -> list[float]:
    return [float(v) for v in np.asarray(bar.opts["height"])]


def widths(bar) -> list[float]:
    return [float(v) for v in np.asarray(bar.opts["width"])]


def check_tab(page, index: int) -> None:
    """Show a tab and compare what it plots with the store's figures for the page's filter."""
    page.tabs.setCurrentIndex(index)
    tab = page.current_tab()
    assert not tab.stale
    charts, flt = page.store.charts, page.current_filter()
    if tab is page.monthly_tab:
        figures = charts.monthly_by_kind(flt)
        assert tab.has_data() == bool(figures.total)
        if figures.total:
            for kind, values in figures.counts.items():
                assert heights(tab.bars[(None, kind)]) == values
                bottoms = np.asarray(tab.bars[(None, kind)].opts["y0"])
                assert list(bottoms) == [sum(figures.counts[k][i] for k in list(figures.counts)[:list(figures.counts).index(kind)])
                                         for i in range(len(values))]
    elif tab is page.response_tab:
        figures = charts.response_minutes(flt)
        assert f"仅统计登记了来电的任务（{figures.measured} 条），其余 {figures.no_call} 条没有来电记录" in tab.note.text()
        assert tab.has_data() == bool(figures.measured)
        if figures.measured:
            assert heights(tab.bar) == figures.overall.histogram
            assert tab.median_line.value() == figures.overall.median
            assert tab.table.item(0, 1).text() == str(figures.measured)
            assert tab.table.rowCount() == 1 + len(figures.by_kind) + len(figures.by_squad)
    elif tab is page.hour_tab:
        figures = charts.hour_weekday(flt)
        assert tab.has_data() == bool(figures.timed)
        if figures.timed:
            assert tab.image.image.T.tolist() == [[float(v) for v in row] for row in figures.counts]
    elif tab is page.squad_tab:
        figures = charts.squad_load(flt)
        assert tab.has_data() == bool(figures)
        if figures:
            shown = list(reversed(figures))
            assert widths(tab.bars["tasks"]) == [r.tasks for r in shown]
            assert widths(tab.bars["people"]) == [r.people for r in shown]
            assert widths(tab.bars["vehicle_trips"]) == [r.vehicle_trips for r in shown]
            ticks = tab.plots["tasks"].getAxis("left")._tickLevels[0]
            assert [name for _, name in ticks] == [r.name for r in shown]
    elif tab is page.per_task_tab:
        figures = [r for r in charts.per_task_by_kind(flt) if r.tasks]
        assert tab.has_data() == bool(figures)
        if figures:
            assert heights(tab.bars["people"]) == pytest.approx([r.people_mean or 0 for r in figures])
            assert heights(tab.bars["trips"]) == pytest.approx([r.trips_mean or 0 for r in figures])
            xs, ys = tab.medians["people"].getData()
            assert list(ys) == pytest.approx([r.people_median or 0 for r in figures])
    elif tab is page.search_tab:
        figures = charts.search_outcomes(flt)
        assert tab.has_data() == bool(figures.total)
        if figures.total:
            assert heights(tab.bar) == [n for _, n in figures.counts]
            assert tab.labels[-1] == "未记录"
    elif tab is page.map_tab:
        figures = charts.by_district(flt)
        assert tab.has_data() == bool(figures.total)
        if figures.total:
            assert tab.map.counts == figures.counts
    elif tab is page.lost_tab:  # the cases last seen in the period (tests/ui/test_lost_stats_tab.py: the figures)
        until = (flt.until + dt.timedelta(days=1)).isoformat() if flt.until else None
        findings = page.store.cases.findings(since=flt.since.isoformat() if flt.since else None, until=until)
        assert tab.has_data() == bool(findings)
        if findings:
            assert tab.table.item(tab.table.rowCount() - 1, 1).text() == str(len(findings))
    if not tab.has_data():
        assert tab.stack.currentWidget() is tab.empty_label
        assert tab.empty_label.text() == ("所选范围内没有走失人员案件" if tab is page.lost_tab else "所选范围内没有任务")


def check_every_tab(page) -> None:
    for index in range(page.tabs.count()):
        check_tab(page, index)


def test_every_tab_opens_with_the_store_figures(page):
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "月度任务", "响应时间", "出队时段", "分队负担", "每任务人数与车次", "走失搜寻结果", "地图", "走失统计"]
    check_every_tab(page)
    for tab in page.chart_tabs:
        assert tab.has_data() or (tab is page.lost_tab and not page.store.cases.findings())
    assert page.response_tab.note.text().startswith("仅统计登记了来电的任务（200 条），其余 ")


def test_only_the_visible_tab_is_computed(page):
    page.tabs.setCurrentIndex(0)
    page.set_filter(ChartFilter(kinds=(TaskKind.WATER,)))
    assert not page.monthly_tab.stale
    assert all(tab.stale for tab in page.chart_tabs[1:])
    page.tabs.setCurrentIndex(2)
    assert not page.hour_tab.stale and page.squad_tab.stale


@pytest.mark.parametrize("period", ["all", "this_year", "last_year", "12_months"])
def test_period_choices(page, period):
    page.period_combo.setCurrentIndex(page.period_combo.findData(period))
    flt = page.current_filter()
    latest = page.store.charts.data_range()[1]
    expected = {"all": (None, None), "this_year": (dt.date(latest.year, 1, 1), dt.date(latest.year, 12, 31)),
                "last_year": (dt.date(latest.year - 1, 1, 1), dt.date(latest.year - 1, 12, 31)),
                "12_months": (dt.date(latest.year - 1, latest.month + 1, 1) if latest.month < 12
                              else dt.date(latest.year, 1, 1), latest)}[period]
    assert (flt.since, flt.until) == expected
    check_every_tab(page)


def test_custom_period(page):
    page.period_combo.setCurrentIndex(page.period_combo.findData("custom"))
    assert page.since_edit.isEnabled() and page.until_edit.isEnabled()
    page.since_edit.setDate(QDate(2021, 3, 15))
    page.until_edit.setDate(QDate(2021, 8, 20))
    flt = page.current_filter()
    assert (flt.since, flt.until) == (dt.date(2021, 3, 15), dt.date(2021, 8, 20))
    check_every_tab(page)


def test_kind_filter(page):
    page.kind_actions[TaskKind.URBAN].setChecked(True)
    assert page.current_filter().kinds == (TaskKind.URBAN,)
    assert page.kind_button.text() == "城市搜救"
    check_every_tab(page)
    assert set(page.monthly_tab.bars) == {(None, "urban")}
    page.kind_actions[TaskKind.WATER].setChecked(True)
    assert set(page.current_filter().kinds) == {TaskKind.URBAN, TaskKind.WATER}
    check_every_tab(page)
    page.kind_actions[TaskKind.URBAN].setChecked(False)
    page.kind_actions[TaskKind.WATER].setChecked(False)
    page.kind_actions[TaskKind.TRAINING].setChecked(True)
    check_every_tab(page)  # no missing-person searches among trainings: the message
    assert page.search_tab.stack.currentWidget() is page.search_tab.empty_label
    for action in page.kind_actions.values():
        action.setChecked(True)
    assert page.current_filter().kinds == ()
    assert page.kind_button.text() == "全部类别"


def test_squad_filter(page):
    assert page.squad_combo.itemText(0) == "全部分队"
    names = [page.squad_combo.itemText(i) for i in range(1, page.squad_combo.count())]
    assert "水上救援分队" in names
    page.squad_combo.setCurrentIndex(page.squad_combo.findText("水上救援分队"))
    squad_id = page.current_filter().squad_id
    assert squad_id is not None
    check_every_tab(page)
    # the squad's own bar carries all of the filtered tasks
    load = {r.squad_id: r.tasks for r in page.squad_tab.figures}
    assert load[squad_id] == page.store.charts.count(page.current_filter())


def test_filters_combined_and_set_filter(page):
    flt = ChartFilter(since=dt.date(2022, 1, 1), until=dt.date(2022, 12, 31), kinds=(TaskKind.URBAN, TaskKind.WATER),
                      squad_id=page.squad_combo.itemData(1))
    page.set_filter(flt)
    assert page.current_filter() == flt
    assert page.period_combo.currentData() == "custom"
    assert page.since_edit.date() == QDate(2022, 1, 1)
    check_every_tab(page)


def test_empty_range_says_so(page):
    page.set_filter(ChartFilter(since=dt.date(1999, 1, 1), until=dt.date(1999, 12, 31)))
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        tab = page.current_tab()
        assert not tab.has_data()
        assert tab.stack.currentWidget() is tab.empty_label
        assert tab.empty_label.text() == ("所选范围内没有走失人员案件" if tab is page.lost_tab else "所选范围内没有任务")
    assert "（0 条），其余 0 条" in page.response_tab.note.text()


def test_compare_two_years(page):
    page.tabs.setCurrentIndex(0)
    combo = page.monthly_tab.compare_combo
    combo.setCurrentIndex(combo.findData(2021))
    tab = page.monthly_tab
    assert (tab.main_year, tab.compare_year) == (2023, 2021)
    store_figures = page.store.charts.years_side_by_side(page.current_filter(), [2023, 2021])
    for year in (2023, 2021):
        for kind in store_figures[year].counts:
            assert heights(tab.bars[(year, kind)]) == store_figures[year].counts[kind]
    # a period of one year is compared with the chosen one
    page.period_combo.setCurrentIndex(page.period_combo.findData("last_year"))
    assert tab.main_year == 2022
    assert heights(tab.bars[(2022, "urban")]) == page.store.charts.years_side_by_side(
        page.current_filter(), [2022])[2022].counts["urban"]
    assert "月" in tab.hover(None, 5.0, 10.0)


def test_hover_texts(page):
    page.tabs.setCurrentIndex(0)
    figures = page.monthly_tab.figures
    text = page.monthly_tab.hover(None, 3.0, 1.0)
    assert text.startswith(f"{figures.months[3]}：{figures.month_totals()[3]}")
    page.tabs.setCurrentIndex(2)
    counts = page.hour_tab.figures.counts
    assert page.hour_tab.hover(None, 20.5, 0.5).endswith(f"{counts[0][20]} 条任务")
    assert page.hour_tab.hover(None, 30, 0.5) is None
    page.tabs.setCurrentIndex(3)
    first = page.squad_tab.figures[0]
    assert page.squad_tab.hover(None, 1.0, len(page.squad_tab.figures) - 1).startswith(first.name)
    page.tabs.setCurrentIndex(5)
    assert "次" in page.search_tab.hover(None, 0.0, 1.0)
    # the text item follows the mouse in the plot
    plot = page.search_tab.graphics.ci.items and next(iter(page.search_tab.graphics.ci.items))
    page.search_tab.show_hover(plot, 0.0, 1.0, "找到平安：1 次")
    assert page.search_tab.hover_text.isVisible()
    page.search_tab.show_hover(None, 0, 0, None)
    assert not page.search_tab.hover_text.isVisible()


def test_save_png(page, dialog_log, tmp_path):
    for index in (0, 2, 3):
        page.tabs.setCurrentIndex(index)
        target = tmp_path / f"chart{index}"  # the suffix is added
        dialog_log.answers["ask_save_file"] = str(target)
        saved = page.save_image()
        assert saved == str(target) + ".png"
        data = (tmp_path / f"chart{index}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 2000
    assert "ask_save_file" in dialog_log.names()


def test_save_cancelled_and_without_data(page, dialog_log, tmp_path):
    dialog_log.answers["ask_save_file"] = None
    assert page.save_image() is None
    page.set_filter(ChartFilter(since=dt.date(1999, 1, 1), until=dt.date(1999, 1, 2)))
    assert page.save_image() is None
    assert "show_info" in dialog_log.names()


def test_recomputes_when_tasks_change(page, demo_store):
    from wz_desktop.domain.records import Origin, Task, TaskStatus

    page.tabs.setCurrentIndex(4)
    page.set_filter(ChartFilter(since=dt.date(2024, 1, 1), until=dt.date(2024, 12, 31)))
    assert not page.per_task_tab.has_data()
    with demo_store.transaction():
        demo_store.tasks.insert_many([Task(kind=TaskKind.MOUNTAIN, summary="新任务", departure="2024-05-01 10:00",
                                           year=2024, headcount=7, vehicles=2, squads="山地救援分队",
                                           status=TaskStatus.DISPATCHED, origin=Origin.APP)])
    demo_store.tasks.index_pending()
    page.context.tasks_changed.emit()
    assert page.per_task_tab.has_data()
    assert heights(page.per_task_tab.bars["people"]) == [7.0]
    assert page.monthly_tab.stale  # the others wait until shown
    page.tabs.setCurrentIndex(0)
    assert page.monthly_tab.figures.total == 1
    assert page.monthly_tab.compare_combo.findData(2024) >= 0  # the new year can be compared


def test_settings_round_trip(page, qtbot, demo_store, tmp_path):
    from wz_desktop.ui.charts_page import ChartsPage

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page.tabs.setCurrentIndex(3)
    page.period_combo.setCurrentIndex(page.period_combo.findData("last_year"))
    page.monthly_tab.compare_combo.setCurrentIndex(page.monthly_tab.compare_combo.findData(2020))
    page.save_settings(settings)
    other = ChartsPage(page.context)
    qtbot.addWidget(other)
    other.restore_settings(settings)
    assert other.tabs.currentIndex() == 3
    assert other.period_combo.currentData() == "last_year"
    assert other.current_filter().since == dt.date(2022, 1, 1)
    assert other.monthly_tab.compare_combo.currentData() == 2020
    assert not other.squad_tab.stale


def test_axes_use_the_application_font(page):
    from PySide6.QtWidgets import QApplication

    page.tabs.setCurrentIndex(3)
    axis = page.squad_tab.plots["tasks"].getAxis("left")
    assert axis.style["tickFont"].family() == QApplication.font().family()


def test_what_the_walk_found_on_the_charts(page):
    """The legend above the bars, the x axis ending where the kind's tasks end, the sixth kind's
    name under its bar, the side table wide enough for whole names and the median column."""
    monthly = page.monthly_tab
    page.tabs.setCurrentIndex(page.tabs.indexOf(monthly))
    figures = monthly.figures
    totals = [sum(v[i] for v in figures.counts.values()) for i in range(len(figures.months))]
    plot = monthly.graphics.getItem(0, 0)
    assert plot.viewRange()[1][1] >= max(totals) * 1.2  # room above the highest bar for the legend
    page.kind_actions[TaskKind.EPIDEMIC].setChecked(True)  # epidemic duty ended in January 2023
    months = monthly.figures.months
    assert months[-1] == "2023-01" and months[0] == "2020-01"
    assert all(monthly.figures.counts["epidemic"][i] for i in (0, -1))
    page.kind_actions[TaskKind.EPIDEMIC].setChecked(False)

    per_task = page.per_task_tab
    page.tabs.setCurrentIndex(page.tabs.indexOf(per_task))
    axis = per_task.graphics.getItem(0, 0).getAxis("bottom")
    labels = [text for _, text in axis._tickLevels[0]]
    assert len(labels) == 6 and labels[-1] == "队伍整备与\n设备保养"
    assert axis.height() >= 40  # two lines of text

    response = page.response_tab
    page.tabs.setCurrentIndex(page.tabs.indexOf(response))
    table = response.table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    widest = max(table.fontMetrics().horizontalAdvance(n) for n in names)
    assert table.columnWidth(0) >= widest
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width() + 1  # the median column whole, no sideways scrolling


def _wait_prefetch(qtbot, page) -> None:
    thread = page.prefetch_thread
    qtbot.waitUntil(lambda: thread is None or not thread.is_alive(), timeout=10000)
    qtbot.wait(50)  # the figures arrive through the event loop


def test_prefetch_reads_every_tab_ahead_and_opening_only_draws(page, qtbot, monkeypatch):
    page.tabs.setCurrentIndex(0)
    page.prefetch()
    _wait_prefetch(qtbot, page)
    flt = page.current_filter()
    assert {key[0] for key in page._figures if key[1] == flt} == set(range(len(page.chart_tabs)))

    def refused(*args, **kwargs):
        raise AssertionError("read again although kept")

    for name in ("response_minutes", "hour_weekday", "squad_load", "per_task_by_kind", "search_outcomes"):
        monkeypatch.setattr(page.store.charts, name, refused)
    for index in range(1, page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert not page.chart_tabs[index].stale
    monkeypatch.undo()
    check_every_tab(page)


def test_prefetch_follows_the_filter_and_forgets_on_a_data_change(page, qtbot, demo_store):
    from wz_desktop.domain.records import Origin, Task, TaskStatus

    page.prefetch()
    _wait_prefetch(qtbot, page)
    water = ChartFilter(kinds=(TaskKind.WATER,))
    page.set_filter(water)  # the visible tab now, the others read ahead once the filter rests
    every = set(range(len(page.chart_tabs)))
    qtbot.waitUntil(lambda: {key[0] for key in page._figures if key[1] == water} == every, timeout=10000)
    with demo_store.transaction():
        demo_store.tasks.insert_many([Task(kind=TaskKind.WATER, summary="新任务", departure="2024-05-01 10:00",
                                           year=2024, headcount=7, vehicles=2, squads="山地救援分队",
                                           status=TaskStatus.DISPATCHED, origin=Origin.APP)])
    demo_store.tasks.index_pending()
    page.context.tasks_changed.emit()
    qtbot.wait(400)  # the read-ahead after the change begins once it rests
    _wait_prefetch(qtbot, page)
    check_every_tab(page)  # every tab as the store says now, none from before the change


def test_a_tab_shown_while_read_ahead_is_read_once(page, qtbot, monkeypatch):
    calls = []
    original = page.store.charts.hour_weekday

    def counted(flt):
        calls.append(flt)
        return original(flt)

    monkeypatch.setattr(page.store.charts, "hour_weekday", counted)
    page.tabs.setCurrentIndex(0)
    ahead = page.prefetch()
    page.tabs.setCurrentIndex(2)  # before or while the thread reads it: on its own store, or here
    _wait_prefetch(qtbot, page)
    assert ahead is not None
    assert not page.hour_tab.stale and page.hour_tab.figures is not None
    assert len(calls) <= 1  # this store read it only if the thread had not
    assert page.hour_tab.figures == original(page.current_filter())


def test_the_greyed_dates_of_all_follow_a_new_task(page, demo_store):
    """全部 shows the first and the last day with a task; a task dispatched later moves the last."""
    from wz_desktop.domain.records import Origin, Task, TaskStatus

    page.period_combo.setCurrentIndex(page.period_combo.findData("all"))
    last = demo_store.charts.data_range()[1]
    assert page.until_edit.date() == QDate(last.year, last.month, last.day)
    with demo_store.transaction():
        demo_store.tasks.insert_many([Task(kind=TaskKind.URBAN, summary="今晚的搜寻", departure="2026-12-05 21:40",
                                           year=2026, headcount=5, vehicles=1, squads="山地救援分队",
                                           status=TaskStatus.DISPATCHED, origin=Origin.APP)])
    demo_store.tasks.index_pending()
    page.context.tasks_changed.emit()
    assert page.until_edit.date() == QDate(2026, 12, 5)
