"""The offline map of Dalian (ui/map_view.py): the districts drawn, a click and typed coordinates
giving a point and its district, rings on the ground, the choropleth."""
from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt

from wz_desktop.domain import geo

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
    east, north = (map_view.to_view(map_view_module().destination(center, 10_000, b)) for b in (90, 0))
    c = map_view.to_view(center)
    dx, dy = abs(east.x() - c.x()), abs(north.y() - c.y())
    assert dx == pytest.approx(dy, rel=0.01)
    # and on the screen too (the view keeps its aspect locked)
    pe, pn, pc = (map_view.view.mapViewToScene(p) for p in (east, north, c))
    assert abs(pe.x() - pc.x()) == pytest.approx(abs(pn.y() - pc.y()), rel=0.02)


def map_view_module():
    from wz_desktop.ui import map_view

    return map_view


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


def test_destination_round_trip():
    from wz_desktop.ui.map_view import destination

    start = geo.Point(121.6, 38.9, geo.GCJ02)
    for bearing in range(0, 360, 45):
        end = destination(start, 1234.0, bearing)
        assert end.system == geo.GCJ02
        assert geo.distance_m(start, end) == pytest.approx(1234.0, rel=1e-6)
    assert math.isfinite(destination(start, 0, 0).lon)
