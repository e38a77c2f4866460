"""Points on the map of Dalian: the two coordinate systems, coordinates as people type them, the
district a point is in, distances. Plain Python (no Qt, no SQL, no numpy).

Two coordinate systems are in use, and a point always says which it is in:

* **WGS-84** (:data:`WGS84`): a phone's GPS position, a GPS receiver, the maritime search centre,
  international maps;
* **GCJ-02** (:data:`GCJ02`): the Chinese map apps (高德/AMap, 腾讯, Apple's map in China), and the
  district shapes in ``resources/map/dalian_districts.geojson``. Around Dalian a GCJ-02 position
  is 430-490 m from the WGS-84 one.

The caller says which system a typed coordinate is in (the form asks: from a phone's GPS, or
copied from a map app); nothing here guesses it::

    point = parse_point("38°54.84'N 121°36.88'E", WGS84)
    district_of(point).name        # converts to GCJ-02, then finds the district: "西岗区"
    distance_m(point, other)       # haversine on WGS-84, whichever systems the points are in

WGS-84 -> GCJ-02 is the published algorithm (the Krasovsky-ellipsoid offset formula every
converter uses; outside China it changes nothing). GCJ-02 -> WGS-84 has no closed form: it is
found by iteration until converting back gives the GCJ-02 input to within 1e-9 degrees (0.1 mm),
which takes 3-4 rounds; the error against the true position is the published algorithm's own.
"""
from __future__ import annotations

import functools
import itertools
import json
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from wz_desktop.domain.text import msg

WGS84 = "WGS-84"
GCJ02 = "GCJ-02"
SYSTEMS = (WGS84, GCJ02)

EARTH_RADIUS_M = 6371008.8  # the mean radius (IUGG), for haversine distances
GCJ_TOLERANCE_DEG = 1e-9  # GCJ-02 -> WGS-84: iterate until the round trip is this close (~0.1 mm)

__all__ = [
    "GCJ02",
    "SYSTEMS",
    "WGS84",
    "CoordinateError",
    "District",
    "Point",
    "destination",
    "distance_m",
    "district_named",
    "district_of",
    "districts",
    "gcj_to_wgs",
    "near_dalian",
    "parse_point",
    "wgs_to_gcj",
]


class CoordinateError(ValueError):
    """A coordinate as typed that cannot be read (the message says why, for the person typing)."""


@dataclass(frozen=True)
class Point:
    """A position: longitude and latitude in decimal degrees, and the system they are in."""

    lon: float
    lat: float
    system: str

    def __post_init__(self) -> None:
        if self.system not in SYSTEMS:
            raise ValueError(f"unknown coordinate system {self.system!r} (use geo.WGS84 or geo.GCJ02)")

    def to(self, system: str) -> Point:
        """The same place in ``system``."""
        if system == self.system:
            return self
        if system == GCJ02:
            return Point(*wgs_to_gcj(self.lon, self.lat), GCJ02)
        if system == WGS84:
            return Point(*gcj_to_wgs(self.lon, self.lat), WGS84)
        raise ValueError(f"unknown coordinate system {system!r} (use geo.WGS84 or geo.GCJ02)")

    def __str__(self) -> str:
        return f"{self.text()} ({self.system})"

    def text(self, hand: str = "decimal") -> str:
        """The point written in one of the hands :func:`parse_point` reads back (the system is not said):
        ``decimal`` 38.914000°N 121.614700°E (rounded by at most 0.1 m), ``dm`` 38°54.840′N 121°36.882′E
        as the maritime centre writes it (1 m), ``dms`` 北纬38°54′50.4″ 东经121°36′52.9″ (1.5 m)."""
        ns, ew = "N" if self.lat >= 0 else "S", "E" if self.lon >= 0 else "W"
        lat, lon = abs(self.lat), abs(self.lon)
        if hand == "decimal":
            return f"{lat:.6f}°{ns} {lon:.6f}°{ew}"
        if hand == "dm":
            return f"{_dm(lat, 3)}{ns} {_dm(lon, 3)}{ew}"
        if hand == "dms":
            return (f"{'北纬' if ns == 'N' else '南纬'}{_dms(lat)} "
                    f"{'东经' if ew == 'E' else '西经'}{_dms(lon)}")
        raise ValueError(f"unknown hand {hand!r} (decimal, dm, dms)")


def _dm(value: float, places: int) -> str:
    degrees, minutes = divmod(round(value * 60, places), 60)
    return f"{int(degrees)}°{minutes:0{places + 3}.{places}f}′"


def _dms(value: float) -> str:
    degrees, rest = divmod(round(value * 36000), 36000)  # tenths of a second
    minutes, tenths = divmod(rest, 600)
    return f"{degrees}°{minutes:02d}′{tenths / 10:04.1f}″"


# the area of 大连市 (its districts' box, WGS-84 and GCJ-02 alike, widened by about 20 km): a typed
# point outside it is probably a mistake (latitude and longitude swapped, a digit wrong)
DALIAN_AREA = (120.7, 38.5, 123.8, 40.4)


def near_dalian(point: Point) -> bool:
    """Whether ``point`` is in or near 大连市 (within about 20 km of its districts' box)."""
    min_lon, min_lat, max_lon, max_lat = DALIAN_AREA
    return min_lon <= point.lon <= max_lon and min_lat <= point.lat <= max_lat


# --- WGS-84 <-> GCJ-02 -----------------------------------------------------------------------------

_A = 6378245.0  # Krasovsky 1940, as the algorithm has it
_EE = 0.00669342162296594323


def _out_of_china(lon: float, lat: float) -> bool:
    return not (72.004 <= lon <= 137.8347 and 0.8293 <= lat <= 55.8271)


def _offset_lat(x: float, y: float) -> float:
    ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (160.0 * math.sin(y / 12.0 * math.pi) + 320.0 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return ret


def _offset_lon(x: float, y: float) -> float:
    ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return ret


def wgs_to_gcj(lon: float, lat: float) -> tuple[float, float]:
    """(lon, lat) in GCJ-02 of a WGS-84 (lon, lat); unchanged outside China."""
    if _out_of_china(lon, lat):
        return lon, lat
    dlat = _offset_lat(lon - 105.0, lat - 35.0)
    dlon = _offset_lon(lon - 105.0, lat - 35.0)
    radlat = math.radians(lat)
    magic = 1 - _EE * math.sin(radlat) ** 2
    sqrtmagic = math.sqrt(magic)
    dlat = (dlat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrtmagic) * math.pi)
    dlon = (dlon * 180.0) / (_A / sqrtmagic * math.cos(radlat) * math.pi)
    return lon + dlon, lat + dlat


@functools.lru_cache(maxsize=65_536)
def gcj_to_wgs(lon: float, lat: float) -> tuple[float, float]:
    """(lon, lat) in WGS-84 of a GCJ-02 (lon, lat), by iteration: converting the result back gives
    the input to within :data:`GCJ_TOLERANCE_DEG` (about 0.1 mm). Remembered (a pure function of
    its two numbers): the statistics convert every stored point each time a case's point is set."""
    if _out_of_china(lon, lat):
        return lon, lat
    wlon, wlat = lon, lat
    for _ in range(30):
        glon, glat = wgs_to_gcj(wlon, wlat)
        dlon, dlat = lon - glon, lat - glat
        if abs(dlon) < GCJ_TOLERANCE_DEG and abs(dlat) < GCJ_TOLERANCE_DEG:
            break
        wlon, wlat = wlon + dlon, wlat + dlat
    return wlon, wlat


# --- distances -------------------------------------------------------------------------------------

def distance_m(a: Point, b: Point) -> float:
    """Metres between two points on a sphere (haversine), each taken in WGS-84 first."""
    a, b = a.to(WGS84), b.to(WGS84)
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi, dlmb = phi2 - phi1, math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


def destination(center: Point, distance_m: float, bearing_deg: float) -> Point:
    """The point ``distance_m`` metres from ``center`` on the bearing (degrees from north), on a
    sphere in WGS-84, returned in ``center``'s system (the map's rings: a vertex at each bearing)."""
    start = center.to(WGS84)
    phi1, lmb1 = math.radians(start.lat), math.radians(start.lon)
    delta, theta = distance_m / EARTH_RADIUS_M, math.radians(bearing_deg)
    phi2 = math.asin(math.sin(phi1) * math.cos(delta) + math.cos(phi1) * math.sin(delta) * math.cos(theta))
    lmb2 = lmb1 + math.atan2(math.sin(theta) * math.sin(delta) * math.cos(phi1),
                             math.cos(delta) - math.sin(phi1) * math.sin(phi2))
    return Point(math.degrees(lmb2), math.degrees(phi2), WGS84).to(center.system)


# --- coordinates as typed --------------------------------------------------------------------------

# the axis and sign each marker gives; the longer words first (the regex tries them in this order)
_MARKERS = {"北纬": ("lat", 1), "南纬": ("lat", -1), "东经": ("lon", 1), "西经": ("lon", -1),
            "纬度": ("lat", 0), "经度": ("lon", 0), "N": ("lat", 1), "S": ("lat", -1), "E": ("lon", 1),
            "W": ("lon", -1)}
_MARKER = re.compile(r"北纬|南纬|东经|西经|纬度|经度|(?<![A-Za-z])[NSEWnsew](?![A-Za-z])")
_NUMBER = re.compile(r"(-?)(\d+(?:\.\d*)?|\.\d+)\s*([°'\"]?)")
_SEPARATOR = re.compile(r"[,;/、]")
_SYMBOLS = str.maketrans({"度": "°", "º": "°", "˚": "°", "分": "'", "′": "'", "’": "'", "‘": "'", "´": "'", "`": "'",
                          "秒": '"', "″": '"', "”": '"', "“": '"', "，": ",", "；": ";", "：": ":"})


def _unreadable(text: str) -> CoordinateError:
    return CoordinateError(msg("坐标“{text}”无法识别：请写成 121.6147,38.9140、38.9140N 121.6147E、"
                               "北纬38°54′50″ 东经121°36′53″ 或 38°54.84′N 121°36.88′E。", text=text))


def _degrees(numbers: list[tuple[str, str, str]], text: str, *, compact: bool) -> float:
    """Decimal degrees of one coordinate's numbers: d, d m or d m s; with ``compact`` a lone number
    of 4 or more digits before its point is read as the maritime/NMEA ddmm.mm (3854.84 = 38°54.84′)."""
    signs = [sign for sign, _, _ in numbers]
    values = [float(value) for _, value, _ in numbers]
    if not values or len(values) > 3 or any(signs[1:]):
        raise _unreadable(text)
    if len(values) == 1 and compact and len(numbers[0][1].split(".")[0]) >= 4:
        whole = int(values[0] // 100)
        values = [float(whole), values[0] - 100 * whole]
    if any(v >= 60 for v in values[1:]) or any(v != int(v) for v in values[:-1]):
        raise CoordinateError(msg("坐标“{text}”中的分或秒不对：分、秒应小于 60，只有最后一个数可以带小数。", text=text))
    degrees = values[0] + sum(v / 60.0 ** i for i, v in enumerate(values[1:], 1))
    return -degrees if signs[0] else degrees


def _numbers(chunk: str) -> list[tuple[str, str, str]]:
    # a hyphen between numbers separates degrees and minutes (38-54.84N), it is no minus sign
    return [(sign if (m.start() == 0 or not chunk[m.start() - 1].isdigit()) else "", value, unit)
            for m in _NUMBER.finditer(chunk) for sign, value, unit in [m.groups()]]


# a map app's share link names the system its numbers are in, whatever the person chose: 高德 and
# 腾讯 give GCJ-02; 百度 gives its own BD-09 (GCJ-02 shifted again, ~500-900 m in Dalian) unless the
# link says coord_type=gcj02 or wgs84
_LINK_NUMBERS = re.compile(r"(?:location|position|marker|latlng|center|coord|q)=\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)",
                           re.IGNORECASE)
_COORD_TYPE = re.compile(r"coord_?type=([a-z0-9]+)", re.IGNORECASE)
BD09 = "BD-09"


def _link(norm: str) -> tuple[str, str] | None:
    """(the link's system, the coordinate's text) of a map app's share link or text, else None."""
    low = norm.lower()
    baidu = "baidu.com" in low or "百度" in norm
    if not (baidu or "amap.com" in low or "高德" in norm or "map.qq.com" in low or "腾讯地图" in norm):
        return None
    numbers = _LINK_NUMBERS.search(norm)
    coordinate = f"{numbers.group(1)},{numbers.group(2)}" if numbers else _URL.sub(" ", norm)
    coordinate = re.sub(r"百度|高德|腾讯|地图", " ", coordinate)
    if not baidu:
        return GCJ02, coordinate
    named = _COORD_TYPE.search(norm)
    return {"gcj02": GCJ02, "wgs84": WGS84}.get(named.group(1).lower() if named else "", BD09), coordinate


_URL = re.compile(r"https?://\S*")


def bd09_to_gcj(lon: float, lat: float) -> tuple[float, float]:
    """(lon, lat) in GCJ-02 of a 百度 BD-09 (lon, lat) (Baidu's published inverse, to about a metre)."""
    x, y = lon - 0.0065, lat - 0.006
    z = math.sqrt(x * x + y * y) - 0.00002 * math.sin(y * math.pi * 3000.0 / 180.0)
    theta = math.atan2(y, x) - 0.000003 * math.cos(x * math.pi * 3000.0 / 180.0)
    return z * math.cos(theta), z * math.sin(theta)


def parse_point(text: str, system: str, *, links: bool = True) -> Point:
    """A point from a coordinate as typed, in ``system`` (the caller says which: WGS84 for a phone's
    GPS or the maritime centre, GCJ02 for a map app). Raises :class:`CoordinateError`.

    Read: ``121.6147,38.9140`` and ``38.9140, 121.6147`` (the one over 90, or over 55 beside one
    under it, is the longitude: this is for China); ``38.9140N 121.6147E``, ``N38.9140 E121.6147``;
    ``北纬38°54'50" 东经121°36'53"`` (also 度分秒, ′ ″ and full-width forms); degrees and minutes as
    maritime centres write them: ``38°54.84'N 121°36.88'E``, ``38-54.84N 121-36.88E``,
    ``3854.84N 12136.88E``. A map app's share link (高德, 腾讯, 百度) is read in the link's own system
    whatever ``system`` says: a 百度 link's BD-09 numbers are converted to GCJ-02.
    """
    if system not in SYSTEMS:
        raise ValueError(f"unknown coordinate system {system!r} (use geo.WGS84 or geo.GCJ02)")
    original = (text or "").strip()
    norm = unicodedata.normalize("NFKC", original).translate(_SYMBOLS).replace("''", '"')
    link = _link(unicodedata.normalize("NFKC", original)) if links else None  # before 度 becomes ° (百度)
    if link is not None:  # the link's own system, not the one chosen
        link_system, coordinate = link
        try:
            point = parse_point(coordinate, GCJ02 if link_system == BD09 else link_system, links=False)
        except CoordinateError:
            raise _unreadable(original) from None
        return Point(*bd09_to_gcj(point.lon, point.lat), GCJ02) if link_system == BD09 else point
    markers = list(_MARKER.finditer(norm))
    if markers:
        if len(markers) != 2:
            raise _unreadable(original)
        first_digit = re.search(r"\d", norm)
        prefix = first_digit is not None and markers[0].start() < first_digit.start()
        chunks = []
        for i, marker in enumerate(markers):
            if prefix:
                end = markers[i + 1].start() if i + 1 < len(markers) else len(norm)
                chunk = norm[marker.end():end]
            else:
                start = markers[i - 1].end() if i else 0
                chunk = norm[start:marker.start()]
            axis, sign = _MARKERS[marker.group().upper() if len(marker.group()) == 1 else marker.group()]
            chunks.append((axis, sign, _SEPARATOR.sub(" ", chunk)))
        if {axis for axis, _, _ in chunks} != {"lat", "lon"}:
            raise _unreadable(original)
        found = {}
        for axis, sign, chunk in chunks:
            numbers = _numbers(chunk.strip(" :"))
            value = _degrees(numbers, original, compact=True)
            if sign and value < 0:  # N-38 or 南纬-38: say the hemisphere once
                raise _unreadable(original)
            found[axis] = value * (sign or 1)
        lat, lon = found["lat"], found["lon"]
    else:
        numbers = _numbers(norm)
        if any(unit == "°" for _, _, unit in numbers):  # each coordinate starts with its degrees
            groups: list[list[tuple[str, str, str]]] = []
            for number in numbers:
                if number[2] == "°" or not groups:
                    groups.append([])
                groups[-1].append(number)
        elif len(numbers) == 2:
            groups = [[numbers[0]], [numbers[1]]]
        else:
            raise _unreadable(original)
        if len(groups) != 2:
            raise _unreadable(original)
        first, second = (_degrees(group, original, compact=False) for group in groups)
        if abs(first) > 90 >= abs(second) or (abs(second) <= 55 < abs(first)):
            lon, lat = first, second
        elif abs(second) > 90 >= abs(first) or (abs(first) <= 55 < abs(second)):
            lat, lon = first, second
        else:
            raise CoordinateError(msg("坐标“{text}”分不清哪个是经度、哪个是纬度：请加上 N/E 或 北纬/东经。",
                                      text=original))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise CoordinateError(msg("坐标“{text}”超出范围：纬度在 -90 到 90 之间，经度在 -180 到 180 之间。",
                                  text=original))
    return Point(lon, lat, system)


# --- the districts ---------------------------------------------------------------------------------

Ring = tuple[tuple[float, float], ...]


@dataclass(frozen=True, eq=False)  # one object per district (compared and hashed by identity, not by shape)
class District:
    """One district or county of 大连市: its shape in GCJ-02 (polygons of rings, first point repeated last)."""

    adcode: str
    name: str
    name_en: str
    polygons: tuple[tuple[Ring, ...], ...]
    bbox: tuple[float, float, float, float]  # min lon, min lat, max lon, max lat

    def contains(self, point: Point) -> bool:
        """Whether ``point`` (any system) is inside; a point on the border may fall on either side."""
        gcj = point.to(GCJ02)
        return self._contains(gcj.lon, gcj.lat)

    def _contains(self, lon: float, lat: float) -> bool:
        min_lon, min_lat, max_lon, max_lat = self.bbox
        if not (min_lon <= lon <= max_lon and min_lat <= lat <= max_lat):
            return False
        inside = False
        for ring in self._rings:
            if ring.crossings(lon, lat) % 2:
                inside = not inside  # even-odd over every ring: holes and islands in lakes too
        return inside

    @functools.cached_property
    def _rings(self) -> tuple[_BandedRing, ...]:
        return tuple(_BandedRing(ring) for polygon in self.polygons for ring in polygon)

    @functools.cached_property
    def center(self) -> Point:
        """A point inside the district, where a case known only by its district is drawn: the centroid
        of its main piece (of the pieces at least half the largest's area, the one nearest the centroid
        of them all, so not a far island), moved inside along its latitude if the shape curves round it."""
        outers = [polygon[0] for polygon in self.polygons]
        areas = [abs(_area(ring)) for ring in outers]
        centroids = [_centroid(ring) for ring in outers]
        mean_lon = sum(a * c[0] for a, c in zip(areas, centroids)) / sum(areas)
        mean_lat = sum(a * c[1] for a, c in zip(areas, centroids)) / sum(areas)
        _, outer, (clon, clat) = min(
            ((c[0] - mean_lon) ** 2 + (c[1] - mean_lat) ** 2, ring, c)
            for ring, area, c in zip(outers, areas, centroids) if area >= max(areas) / 2)
        if self._contains(clon, clat):
            return Point(clon, clat, GCJ02)
        crossings = sorted(x for (x1, y1), (x2, y2) in itertools.pairwise(outer)
                           if (y1 > clat) != (y2 > clat) for x in [x1 + (clat - y1) * (x2 - x1) / (y2 - y1)])
        left, right = max(zip(crossings[::2], crossings[1::2]), key=lambda pair: pair[1] - pair[0])
        return Point((left + right) / 2, clat, GCJ02)


class _BandedRing:
    """A ring's edges sorted into bands of latitude, so that a ray cast east from a point looks only
    at the edges of the point's band (about 1/64 of them), not the whole ring."""

    BANDS = 64

    def __init__(self, ring: Ring) -> None:
        self.min_lon, self.min_lat, self.max_lon, self.max_lat = _bbox(ring)
        self.height = (self.max_lat - self.min_lat) / self.BANDS or 1.0
        self.bands: list[list[tuple[float, float, float, float]]] = [[] for _ in range(self.BANDS)]
        for (x1, y1), (x2, y2) in itertools.pairwise(ring):
            if y1 == y2:
                continue  # a horizontal edge is never crossed (the test below skips it too)
            low, high = sorted((y1, y2))
            for band in range(self._band(low), self._band(high) + 1):
                self.bands[band].append((x1, y1, x2, y2))

    def _band(self, lat: float) -> int:
        return min(self.BANDS - 1, max(0, int((lat - self.min_lat) / self.height)))

    def crossings(self, lon: float, lat: float) -> int:
        """How many edges a ray east from (lon, lat) crosses (odd: inside)."""
        if not (self.min_lon <= lon <= self.max_lon and self.min_lat <= lat <= self.max_lat):
            return 0
        count = 0
        for x1, y1, x2, y2 in self.bands[self._band(lat)]:
            if (y2 > lat) != (y1 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                count += 1
        return count


def _bbox(points: Iterable[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs, ys = zip(*points)
    return min(xs), min(ys), max(xs), max(ys)


def _area(ring: Ring) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(ring)) / 2


def _centroid(ring: Ring) -> tuple[float, float]:
    area = _area(ring)
    cx = sum((x1 + x2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in itertools.pairwise(ring))
    cy = sum((y1 + y2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in itertools.pairwise(ring))
    return cx / (6 * area), cy / (6 * area)


def default_districts_file() -> Path:
    from wz_desktop.config import resources_dir

    return resources_dir() / "map" / "dalian_districts.geojson"


def districts(path: Path | None = None) -> tuple[District, ...]:
    """The ten districts of 大连市 from ``resources/map/dalian_districts.geojson`` (read once)."""
    return _load(Path(path)) if path else _load_default()


@functools.lru_cache(maxsize=1)
def _load_default() -> tuple[District, ...]:
    return _load(default_districts_file())


@functools.lru_cache(maxsize=4)
def _load(path: Path) -> tuple[District, ...]:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if data.get("coordinate_system") != GCJ02:
        raise ValueError(f"{path}: the district shapes must say \"coordinate_system\": \"GCJ-02\"")
    result = []
    for feature in data["features"]:
        properties, geometry = feature["properties"], feature["geometry"]
        coordinates = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        polygons = tuple(tuple(tuple((float(x), float(y)) for x, y in ring) for ring in polygon)
                         for polygon in coordinates)
        result.append(District(adcode=str(properties["adcode"]), name=properties["name"],
                               name_en=properties.get("name_en", ""), polygons=polygons,
                               bbox=_bbox(point for polygon in polygons for ring in polygon for point in ring)))
    return tuple(result)


def district_of(point: Point, path: Path | None = None) -> District | None:
    """The district ``point`` is in (None at sea or outside 大连市)."""
    gcj = point.to(GCJ02)
    for district in districts(path):
        if district._contains(gcj.lon, gcj.lat):
            return district
    return None


def district_named(name: str, path: Path | None = None) -> District | None:
    """The district of this name (中山区, or 中山 without 区/县/市), None if there is none."""
    name = name.strip()
    for district in districts(path):
        if name in (district.name, district.name[:-1], district.adcode):
            return district
    return None
