"""The offline map of Dalian (ui/map_view.py): the districts drawn, a click and typed coordinates
giving a point and its district, rings on the ground, the choropleth."""
from __future__ import annotations


import pytest
from PySide6.QtCore import Qt

from wz_desktop.domain import geo

from .conftest import show_charts_page

pytest.importorskip("pyqtgraph")


@pytest.fixture
def map_view(qtbot):
    from wz_desktop.ui.map_view import MapView

    view = MapView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def _district(name: str) -> geo.District:
    district = geo.district_named(name)
    assert district is not None
    return district


def test_draws_the_ten_districts_with_names(map_view):
    assert len(map_view.shapes) == 10
    assert set(map_view.shapes) == {d.name for d in geo.districts()}
    for name, item in map_view.shapes.items():
        assert not item.path().isEmpty()
        assert map_view.name_items[name].toPlainText() == name  # the window is in Chinese here
    # every district inside the view on start
    shown = map_view.view.viewRect()
    for district in geo.districts():
        assert shown.contains(map_view.to_view(district.center))


def test_equal_aspect_a_kilometre_is_as_long_east_as_north(map_view):
    center = _district("中山区").center
    east, north = (map_view.to_view(geo.destination(center, 10_000, b)) for b in (90, 0))
    c = map_view.to_view(center)
    dx, dy = abs(east.x() - c.x()), abs(north.y() - c.y())
    assert dx == pytest.approx(dy, rel=0.01)
    # and on the screen too (the view keeps its aspect locked)
    pe, pn, pc = (map_view.view.mapViewToScene(p) for p in (east, north, c))
    assert abs(pe.x() - pc.x()) == pytest.approx(abs(pn.y() - pc.y()), rel=0.02)


@pytest.mark.parametrize("name", ["庄河市", "甘井子区", "旅顺口区"])
def test_a_click_inside_a_district_emits_it(map_view, qtbot, name):
    district = _district(name)
    pos = map_view.widget_pos(district.center)
    with qtbot.waitSignal(map_view.point_chosen, timeout=2000) as blocker:
        qtbot.mouseClick(map_view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    point, chosen = blocker.args
    assert point.system == geo.GCJ02
    assert chosen is not None and chosen.name == name
    # the point is where the click was, to within a pixel or two
    metres_per_pixel = geo.distance_m(map_view.from_view(0, 38.9), map_view.from_view(
        map_view.view.viewPixelSize()[0], 38.9))
    assert geo.distance_m(point, district.center) < 3 * metres_per_pixel


def test_typed_wgs84_coordinates_are_converted(map_view, qtbot):
    # 38.9140N 121.6147E from a phone's GPS (WGS-84) in 中山区/西岗区's centre
    map_view.system_combo.setCurrentIndex(map_view.system_combo.findData(geo.WGS84))
    map_view.coord_edit.setText("38.9140N 121.6147E")
    with qtbot.waitSignal(map_view.point_chosen, timeout=2000) as blocker:
        qtbot.keyClick(map_view.coord_edit, Qt.Key.Key_Return)
    point, district = blocker.args
    expected = geo.Point(*geo.wgs_to_gcj(121.6147, 38.9140), geo.GCJ02)
    assert point.system == geo.GCJ02
    assert (point.lon, point.lat) == pytest.approx((expected.lon, expected.lat), abs=1e-9)
    assert 400 < geo.distance_m(point, geo.Point(121.6147, 38.9140, geo.GCJ02)) < 600  # moved by the offset
    assert district is geo.district_of(expected)


def test_typed_gcj02_coordinates_are_taken_as_they_are(map_view, qtbot):
    map_view.system_combo.setCurrentIndex(map_view.system_combo.findData(geo.GCJ02))
    map_view.coord_edit.setText("121.6147,38.9140")
    with qtbot.waitSignal(map_view.point_chosen, timeout=2000) as blocker:
        map_view.enter_coordinates()
    point, _ = blocker.args
    assert (point.lon, point.lat) == pytest.approx((121.6147, 38.9140))


def test_a_district_from_the_list_gives_its_centre(map_view, qtbot):
    combo = map_view.district_combo
    assert combo.count() == 11
    index = combo.findData("旅顺口区")
    with qtbot.waitSignal(map_view.point_chosen, timeout=2000) as blocker:
        combo.activated.emit(index)
    point, district = blocker.args
    assert district.name == "旅顺口区" and point == geo.district_named("旅顺口区").center
    assert combo.currentIndex() == 0


def test_unreadable_or_faraway_coordinates_say_so_and_emit_nothing(map_view, qtbot):
    for text in ("abc", "121.6147,138.9"):
        map_view.coord_edit.setText(text)
        with qtbot.assertNotEmitted(map_view.point_chosen):
            assert map_view.enter_coordinates() is None
        assert map_view.message.text()


def test_rings_are_circles_on_the_ground(map_view):
    center = _district("金州区").center
    map_view.set_rings(center, [500, 2000])
    outline = map_view.ring_outline(center, 2000)
    for spot in outline:
        assert geo.distance_m(center, map_view.from_view(spot.x(), spot.y())) == pytest.approx(2000, rel=1e-3)
    assert len(map_view.ring_items) == 2 * 2 + 1  # each ring and its label, the centre
    map_view.set_rings(None)
    assert map_view.ring_items == []


def test_points_layer(map_view):
    points = [(_district("庄河市").center, "A"), (geo.Point(121.6147, 38.9140, geo.WGS84), "")]
    map_view.set_points(points)
    scatter = map_view.point_items[0]
    xs, ys = scatter.getData()
    assert len(xs) == 2
    assert ys[1] == pytest.approx(geo.wgs_to_gcj(121.6147, 38.9140)[1])
    assert len(map_view.point_items) == 2  # the scatter and one label
    map_view.set_points([])
    assert map_view.point_items == []


def test_choropleth_colours_by_count_with_a_legend(map_view):
    map_view.set_counts({"甘井子区": 20, "中山区": 5}, "任务数")
    assert map_view.counts["甘井子区"] == 20 and map_view.counts["庄河市"] == 0
    darkest, pale, empty = (map_view.fill_color(n).lightness() for n in ("甘井子区", "中山区", "庄河市"))
    assert darkest < pale < empty
    assert map_view.legend_values()[0] == 20 and map_view.legend_values()[-1] == 0
    assert map_view.name_items["甘井子区"].toPlainText() == "甘井子区\n20"
    map_view.set_counts(None)
    assert map_view.legend is None and map_view.name_items["甘井子区"].toPlainText() == "甘井子区"


def test_names_that_would_overlap_are_hidden_until_zoomed_in(map_view, qtbot):
    map_view.set_counts({"中山区": 284, "西岗区": 240, "沙河口区": 438, "甘井子区": 589})
    qtbot.wait(50)  # the legend's column laid out, the view's range set again
    whole = map_view.visible_names()
    assert "庄河市" in whole and "甘井子区" in whole  # the largest count's name always shown
    assert not {"中山区", "西岗区", "沙河口区"} <= set(whole)  # the three small city districts do not all fit
    center = map_view.to_view(geo.district_named("西岗区").center)
    map_view.view.setRange(xRange=(center.x() - 0.08, center.x() + 0.08), yRange=(center.y() - 0.06, center.y() + 0.06))
    qtbot.waitUntil(lambda: {"中山区", "西岗区", "沙河口区"} <= set(map_view.visible_names()), timeout=2000)
    # the legend lists every district with its count, however small on the map
    texts = [item.text for item in map_view.legend.items if hasattr(item, "text")]
    assert any("西岗区&nbsp;&nbsp;240" in text and "庄河市&nbsp;&nbsp;0" in text for text in texts)


# --- the 地图 tab of the charts page: tasks per district ------------------------------------------

TEN = ("中山区", "西岗区", "沙河口区", "甘井子区", "旅顺口区", "金州区", "普兰店区", "瓦房店市", "庄河市", "长海县")
# written out or short (not 中山 alone); areas: 开发区 is in 金州区, the other two straddle two districts
NAMES = {**{n: n for n in TEN}, "西岗": "西岗区", "沙河口": "沙河口区", "甘井子": "甘井子区", "旅顺": "旅顺口区",
         "金州": "金州区", "普兰店": "普兰店区", "瓦房店": "瓦房店市", "庄河": "庄河市", "长海": "长海县",
         "开发区": "金州区", "金普新区": None, "高新园区": None, "高新区": None}


def _scan(text: str, table: dict, skip_after: str = "") -> list:
    """What the words of ``table`` found in ``text`` stand for, the longest word at each position
    (大连湾街道, not 大连湾), a word followed by ``skip_after`` left out (甘井子分队 is a squad)."""
    found, i = [], 0
    words = sorted(table, key=len, reverse=True)
    while i < len(text):
        for name in words:
            if text.startswith(name, i) and not (skip_after and text.startswith(skip_after, i + len(name))):
                found.append(table[name])
                i += len(name) - 1
                break
        i += 1
    return found


def independent_counts(path, since=None, until=None, kinds=(), squad_id=None):
    """Tasks per district counted straight from the database file: the call's district, else the
    districts the summary names (all one), else its landmarks (all in one district)."""
    import sqlite3

    from wz_desktop.domain.alert import LANDMARKS

    counts = dict.fromkeys(TEN, 0)
    unknown = 0
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT t.departure, t.kind, t.summary, c.district FROM tasks t"
                        " LEFT JOIN calls c ON c.id = t.call_id"
                        + ("" if squad_id is None else " WHERE t.id IN (SELECT task_id FROM task_squads"
                                                        f" WHERE squad_id = {int(squad_id)})")).fetchall()
    conn.close()
    for departure, kind, summary, call_district in rows:
        if since is not None and (departure is None or departure[:10] < since.isoformat()):
            continue
        if until is not None and (departure is None or departure[:10] > until.isoformat()):
            continue
        if kinds and kind not in kinds:
            continue
        district = NAMES.get(call_district or "")
        if district is None:
            found = _scan(summary, NAMES, skip_after="分队")
            if not found:
                found = _scan(summary, LANDMARKS)
            district = found[0] if found and len(set(found)) == 1 else None
        if district is None:
            unknown += 1
        else:
            counts[district] += 1
    return counts, unknown


@pytest.fixture
def charts(qtbot, demo_store):
    return show_charts_page(qtbot, demo_store, (1200, 760))


def test_the_map_tab_counts_tasks_per_district_as_the_database_has_them(charts, demo_store):
    import datetime as dt

    from wz_desktop.domain.charts import ChartFilter
    from wz_desktop.domain.kinds import TaskKind

    assert charts.map_tab.map is None  # not made while the window is built (~100 ms), only when shown
    charts.tabs.setCurrentWidget(charts.map_tab)
    tab = charts.map_tab
    assert tab.has_data() and tab.graphics is tab.map.graphics
    assert charts.tabs.tabText(charts.tabs.currentIndex()) == "地图"
    counts, unknown = independent_counts(demo_store.path)
    assert tab.map.counts == counts
    assert tab.figures.unknown == unknown
    assert all(counts[name] > 0 for name in TEN)  # the demo has tasks in every district
    assert f"{unknown} 条看不出在哪个区" in tab.note.text()
    assert tab.map.name_items["甘井子区"].toPlainText() == f"甘井子区\n{counts['甘井子区']}"
    # the page's filters: a year and one kind
    flt = ChartFilter(since=dt.date(2022, 1, 1), until=dt.date(2022, 12, 31), kinds=(TaskKind.URBAN,))
    charts.set_filter(flt)
    counts, unknown = independent_counts(demo_store.path, flt.since, flt.until, ("urban",))
    assert tab.map.counts == counts and tab.figures.unknown == unknown
    assert 0 < sum(counts.values()) < sum(independent_counts(demo_store.path)[0].values())


def test_by_district_for_one_squad(demo_store):
    from wz_desktop.domain.charts import ChartFilter

    squad_id, _name = demo_store.charts.squads()[0]
    figures = demo_store.charts.by_district(ChartFilter(squad_id=squad_id))
    counts, unknown = independent_counts(demo_store.path, squad_id=squad_id)
    assert figures.counts == counts and figures.unknown == unknown and figures.total > 0


def test_a_click_on_the_map_tab_says_the_districts_count(charts, qtbot):
    charts.tabs.setCurrentWidget(charts.map_tab)
    tab = charts.map_tab
    district = geo.district_named("金州区")
    qtbot.mouseClick(tab.map.graphics.viewport(), Qt.MouseButton.LeftButton, pos=tab.map.widget_pos(district.center))
    assert tab.note.text() == f"金州区：{tab.figures.counts['金州区']} 条任务"


def test_the_map_in_english(qapp, qtbot):
    from wz_desktop.ui import app as app_module
    from wz_desktop.ui.map_view import MapView

    app_module.install_translations(qapp, "en")
    try:
        view = MapView()
        qtbot.addWidget(view)
        assert view.name_items["甘井子区"].toPlainText() == "Ganjingzi"
        assert view.coord_label.text() == "Coordinates:"
        view.set_counts({"甘井子区": 3}, "Tasks")
        assert view.name_items["甘井子区"].toPlainText() == "Ganjingzi\n3"
    finally:
        app_module.install_translations(qapp, "zh_CN")


# --- the map tab's layers: missing-person cases and squads' bases -------------------------------

def _independent_cases(path, since: str | None = None, until: str | None = None) -> tuple[int, int, int]:
    """Cases last seen in [since, until], those with a last-seen point, those with a found point:
    counted with SQL of the test's own."""
    import sqlite3

    where, values = [], []
    if since:
        where.append("last_seen_at >= ?")
        values.append(since)
    if until:
        where.append("substr(last_seen_at, 1, 10) <= ?")
        values.append(until)
    sql = ("SELECT count(*), count(last_seen_lon), count(found_lon) FROM missing_persons"
           + (" WHERE " + " AND ".join(where) if where else ""))
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, values).fetchone()


def test_the_map_tab_draws_the_cases_of_the_period_and_the_squads_bases(charts, demo_store, qtbot):
    import datetime as dt

    from wz_desktop.domain.charts import ChartFilter

    charts.tabs.setCurrentWidget(charts.map_tab)
    tab = charts.map_tab
    cases, with_point, with_found = _independent_cases(demo_store.path)
    assert cases > 100 and 0 < with_point < cases and with_found > 0  # the demo has cases without a point
    assert tab.layer_points("last_seen") == with_point
    assert tab.layer_points("found") == 0  # off unless chosen
    bases = len(demo_store.cases.squad_bases())
    assert tab.layer_points("bases") == bases > 0
    assert f"共 {cases} 个案件，{with_point} 个有坐标" in tab.note.text()
    assert f"分队驻地 {bases} 个" in tab.note.text()
    # a base is labelled with its squad's name
    labels = [item.toPlainText() for item in tab.map.layers["bases"].items if hasattr(item, "toPlainText")]
    assert "甘井子分队" in labels and len(labels) == bases
    # colours by outcome: a found-safe case green, a search still going on red
    from wz_desktop.ui.charts_page import MAP_SEARCHING_COLOR, OUTCOME_COLORS

    brushes = [b.color().name() for b in tab.map.layers["last_seen"].scatter.data["brush"]]
    assert OUTCOME_COLORS["找到平安"] in brushes and MAP_SEARCHING_COLOR in brushes

    # the found points, with the line from where last seen
    tab.layer_checks["found"].setChecked(True)
    assert tab.layer_points("found") == with_found
    assert f"{with_found} 个有找到地点" in tab.note.text()

    # the page's period: a year's cases
    charts.set_filter(ChartFilter(since=dt.date(2022, 1, 1), until=dt.date(2022, 12, 31)))
    cases_2022, point_2022, found_2022 = _independent_cases(demo_store.path, "2022-01-01", "2022-12-31")
    assert 0 < point_2022 < with_point
    assert tab.layer_points("last_seen") == point_2022 and tab.layer_points("found") == found_2022
    assert f"共 {cases_2022} 个案件，{point_2022} 个有坐标" in tab.note.text()

    # toggling hides a layer (and its words in the note), and shows it again
    qtbot.mouseClick(tab.layer_checks["last_seen"], Qt.MouseButton.LeftButton)
    assert not tab.layer_checks["last_seen"].isChecked()
    assert tab.layer_points("last_seen") == 0
    assert not any(item.isVisible() for item in tab.map.layers["last_seen"].items)
    assert "个有坐标" not in tab.note.text()
    tab.layer_checks["bases"].setChecked(False)
    assert tab.layer_points("bases") == 0 and "分队驻地" not in tab.note.text()
    # hidden stays hidden when the filter changes and the layers are drawn again
    charts.set_filter(ChartFilter())
    assert tab.layer_points("last_seen") == 0 and tab.layer_points("found") == with_found
    tab.layer_checks["last_seen"].setChecked(True)
    assert tab.layer_points("last_seen") == with_point

    # one squad chosen: its base alone
    squad = demo_store.cases.squad_bases()[0]
    tab.layer_checks["bases"].setChecked(True)
    charts.set_filter(ChartFilter(squad_id=squad.squad_id))
    assert tab.layer_points("bases") == 1


def test_the_map_layers_chosen_are_remembered(charts, demo_store, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from wz_desktop.ui.charts_page import ChartsPage
    from wz_desktop.ui.context import AppContext

    settings = QSettings(str(tmp_path / "layers.ini"), QSettings.Format.IniFormat)
    tab = charts.map_tab
    tab.layer_checks["last_seen"].setChecked(False)
    tab.layer_checks["found"].setChecked(True)
    charts.save_settings(settings)
    settings.sync()
    again = ChartsPage(AppContext(demo_store, settings))
    qtbot.addWidget(again)
    again.restore_settings(QSettings(str(tmp_path / "layers.ini"), QSettings.Format.IniFormat))
    checks = again.map_tab.layer_checks
    assert not checks["last_seen"].isChecked() and checks["found"].isChecked() and checks["bases"].isChecked()


def test_a_point_layer_has_its_symbol_colours_and_keeps_hidden(map_view):
    zs, gj = _district("中山区").center, _district("甘井子区").center
    map_view.set_layer("cases", [(zs, ""), (gj, "")], colors=["#2ca02c", "#d62728"], symbol="d",
                       tips=["一", "二"], lines=[(zs, gj)])
    layer = map_view.layers["cases"]
    assert layer.count == 2 and map_view.shown_points("cases") == 2
    assert [b.color().name() for b in layer.scatter.data["brush"]] == ["#2ca02c", "#d62728"]
    assert layer.scatter.opts["symbol"] == "d"
    assert len(layer.items) == 2  # the line beneath, the points
    map_view.show_layer("cases", False)
    assert map_view.shown_points("cases") == 0 and not any(i.isVisible() for i in layer.items)
    map_view.set_layer("cases", [(zs, "中山")])
    assert map_view.shown_points("cases") == 0 and not any(i.isVisible() for i in map_view.layers["cases"].items)
    map_view.show_layer("cases", True)
    assert map_view.shown_points("cases") == 1
    # set_points is a layer of its own: drawing it leaves the others
    map_view.set_points([(gj, "")])
    assert map_view.shown_points("cases") == 1 and len(map_view.point_items) == 1
    map_view.clear_layer("cases")
    assert "cases" not in map_view.layers and len(map_view.point_items) == 1


def test_a_click_on_a_cases_point_says_what_it_is(charts, demo_store, qtbot):
    from wz_desktop.domain import geo

    charts.tabs.setCurrentWidget(charts.map_tab)
    tab = charts.map_tab
    tab.layer_checks["bases"].setChecked(False)
    # a case found away from the others (no other point within a few pixels of where it was last seen)
    shown = [c for c in tab.cases if c.last_seen is not None]
    case = next(c for c in shown if c.found is not None and all(
        other is c or geo.distance_m(other.last_seen, c.last_seen) > 5000 for other in shown))
    qtbot.mouseClick(tab.map.graphics.viewport(), Qt.MouseButton.LeftButton, pos=tab.map.widget_pos(case.last_seen))
    from wz_desktop.domain.lost_stats import distance_text

    away = distance_text(geo.distance_m(case.last_seen, case.found))  # the statistics' wording: 850 米, 1.2 公里
    assert tab.note.text() == f"{case.category} · {case.outcome} · 最后出现 {case.last_seen_at}，找到处距最后出现地点 {away}"
    # and opens the case's form
    assert tab.open_case_button.isEnabled()
    qtbot.mouseClick(tab.open_case_button, Qt.MouseButton.LeftButton)
    (form,) = charts.case_forms
    assert form.case_id == case.case_id and form.isVisible()
    form.close()
    # the layer hidden: the click gives the district again
    tab.layer_checks["last_seen"].setChecked(False)
    qtbot.mouseClick(tab.map.graphics.viewport(), Qt.MouseButton.LeftButton, pos=tab.map.widget_pos(case.last_seen))
    assert tab.note.text().endswith(" 条任务") and not tab.open_case_button.isEnabled()


def test_the_map_follows_a_base_set_and_a_case_found_elsewhere(charts, demo_store, qtbot):
    """Not a task changed: a squad's base set (the roster) and a case's found point (the case form)
    still redraw the map."""
    from dataclasses import replace

    from wz_desktop.services import cases as case_service
    from wz_desktop.services.session import SYSTEM_SESSION

    charts.tabs.setCurrentWidget(charts.map_tab)
    tab = charts.map_tab
    tab.layer_checks["found"].setChecked(True)
    bases, found = tab.layer_points("bases"), tab.layer_points("found")
    with_base = {b.squad_id for b in demo_store.cases.squad_bases()}
    squad = next(s for s in demo_store.roster.squads() if s.id not in with_base)
    case_service.set_squad_base(demo_store, SYSTEM_SESSION, squad.id, geo.Point(121.6147, 38.9140, geo.WGS84))
    qtbot.waitUntil(lambda: tab.layer_points("bases") == bases + 1, timeout=5000)
    line = next(line for line in demo_store.cases.lines(limit=1000)
                if line.person.outcome == "找到平安" and line.person.found is None and line.person.last_seen)
    person = replace(line.person, found=geo.district_named("中山区").center)
    case_service.save(demo_store, SYSTEM_SESSION, person)
    qtbot.waitUntil(lambda: tab.layer_points("found") == found + 1, timeout=5000)


def test_the_map_tabs_layer_row_fits_a_small_screen_in_english(qapp, qtbot):
    """The legend beside the checkboxes wraps rather than widen the window past 1366 pixels."""
    from wz_desktop.ui import app as app_module
    from wz_desktop.ui.charts_page import MapTab

    app_module.install_translations(qapp, "en")
    try:
        tab = MapTab()
        qtbot.addWidget(tab)
        assert tab.layer_checks["bases"].text() == "Squads' bases"
        assert tab.minimumSizeHint().width() < 1366 - 200  # the page's side bar and margins beside it
    finally:
        app_module.install_translations(qapp, "zh_CN")
