"""An offline map of 大连市: the ten districts' outlines and names, drawn with pyqtgraph (no network,
no tiles). Import it only where a map is shown (pyqtgraph is not loaded before the window shows).

Layers, each set and cleared on its own:

* the districts (always): outlines and translated names; with :meth:`MapView.set_counts` a
  choropleth, a count per district on a sequential scale with a legend;
* points (:meth:`MapView.set_points`): GCJ-02 (or WGS-84) points with labels;
* named point layers (:meth:`MapView.set_layer`), each with its own symbol and a colour per point,
  labels, tooltips and lines (a last-seen point to where the person was found), shown or hidden
  on their own (:meth:`MapView.show_layer`): the map tab's cases and squads' bases;
* rings (:meth:`MapView.set_rings`): circles of given radii in metres around a point, true circles
  on the ground (each vertex ``geo.destination`` at that distance and bearing, on a sphere).

The view is in GCJ-02 (the district shapes' system), projected equal-aspect: x is the longitude
times cos(the map's middle latitude), y the latitude, so that Dalian is not squashed. Pan and zoom
with the mouse. A click emits :attr:`MapView.point_chosen` (the GCJ-02 point, its district or
None); the keyboard's way to the same: the 输入坐标 line under the map (a point as
``geo.parse_point`` reads it, and whether it is WGS-84 from a phone's GPS or GCJ-02 from a map app).
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGraphicsPathItem,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.domain import geo
from wz_desktop.ui.labels import word
from wz_desktop.ui.texts import message

# the sequential scale of the choropleth: a pale to a deep blue (ColorBrewer "Blues", 5 stops)
SCALE = ("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c")
OUTLINE = "#555555"
EMPTY_FILL = "#f4f4f0"
POINT_COLOR = "#d62728"
RING_COLOR = "#d62728"


POINTS_LAYER = "points"  # the layer set_points draws


def _t(text: str) -> str:
    return QCoreApplication.translate("MapView", text)


@dataclass
class PointLayer:
    """One named layer of points: what it draws (``items``, in the view), how many points."""

    name: str
    items: list = field(default_factory=list)
    count: int = 0
    visible: bool = True
    scatter: pg.ScatterPlotItem | None = None
    labels: list = field(default_factory=list)  # the points' labels (hidden where they would overlap)


def district_label(district: geo.District) -> str:
    """A district's name in the window's language (the word table's district vocabulary)."""
    return word(district.name, "district")


def scale_color(value: float, top: float) -> QColor:
    """The colour of ``value`` on the sequential scale from 0 to ``top`` (interpolated between stops)."""
    if top <= 0 or value <= 0:
        return QColor(SCALE[0])
    share = min(1.0, value / top) * (len(SCALE) - 1)
    i = min(int(share), len(SCALE) - 2)
    a, b, f = QColor(SCALE[i]), QColor(SCALE[i + 1]), share - i
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * f, a.greenF() + (b.greenF() - a.greenF()) * f,
                           a.blueF() + (b.blueF() - a.blueF()) * f)


class MapView(QWidget):
    """The map of 大连市's ten districts, with a choropleth, points and rings (see the module)."""

    point_chosen = Signal(object, object)  # geo.Point (GCJ-02), geo.District or None

    def __init__(self, parent: QWidget | None = None, *, entry: bool = True):
        super().__init__(parent)
        self.districts = geo.districts()
        boxes = [d.bbox for d in self.districts]
        self.lat0 = (min(b[1] for b in boxes) + max(b[3] for b in boxes)) / 2
        self.kx = math.cos(math.radians(self.lat0))

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.view = pg.ViewBox(lockAspect=True, enableMenu=False)
        self.view.setAspectLocked(True, 1.0)
        self.graphics.addItem(self.view, row=0, col=0)
        self.legend: pg.GraphicsLayout | None = None
        self.shapes: dict[str, QGraphicsPathItem] = {}
        self.name_items: dict[str, pg.TextItem] = {}
        self.counts: dict[str, int] = {}
        self.layers: dict[str, PointLayer] = {}
        self.ring_items: list = []
        self.marker: pg.ScatterPlotItem | None = None
        self._draw_districts()
        self.home()
        self.graphics.scene().sigMouseClicked.connect(self._clicked)
        self.view.sigRangeChanged.connect(self._declutter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics, 1)
        self.coord_edit = QLineEdit()
        self.coord_edit.setPlaceholderText(_t("如 38.9140N 121.6147E 或 121.6147,38.9140"))
        self.coord_edit.setAccessibleName(_t("输入坐标"))
        self.system_combo = QComboBox()
        self.system_combo.addItem(_t("WGS-84（手机 GPS）"), geo.WGS84)
        self.system_combo.addItem(_t("GCJ-02（地图应用）"), geo.GCJ02)
        self.go_button = QPushButton(_t("定位"))
        self.district_combo = QComboBox()  # a point from a district: its centre (where a case known only by it is drawn)
        self.district_combo.setAccessibleName(_t("按区县定位"))
        self.district_combo.addItem(_t("按区县定位…"), None)
        for district in self.districts:
            self.district_combo.addItem(district_label(district), district.name)
        self.coord_label = QLabel(_t("输入坐标："))
        self.coord_label.setBuddy(self.coord_edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.entry_row = QWidget()
        row = QHBoxLayout(self.entry_row)
        row.setContentsMargins(4, 0, 4, 0)
        for widget in (self.coord_label, self.coord_edit, self.system_combo, self.go_button, self.district_combo):
            row.addWidget(widget)
        row.addWidget(self.message, 1)
        layout.addWidget(self.entry_row)
        self.entry_row.setVisible(entry)
        self.coord_edit.returnPressed.connect(self.enter_coordinates)
        self.go_button.clicked.connect(self.enter_coordinates)
        self.district_combo.activated.connect(self._district_picked)

    # --- the projection --------------------------------------------------------------------------

    def to_view(self, point: geo.Point) -> QPointF:
        """Where a point (any system) is drawn in the view's coordinates."""
        gcj = point.to(geo.GCJ02)
        return QPointF(gcj.lon * self.kx, gcj.lat)

    def from_view(self, x: float, y: float) -> geo.Point:
        """The GCJ-02 point drawn at view coordinates (x, y)."""
        return geo.Point(x / self.kx, y, geo.GCJ02)

    def scene_pos(self, point: geo.Point) -> QPointF:
        """Where a point is in the graphics scene (for a click: the widget's mapFromScene of this)."""
        return self.view.mapViewToScene(self.to_view(point))

    def widget_pos(self, point: geo.Point):
        """Where a point is on :attr:`graphics`' viewport, in pixels (for a simulated click)."""
        return self.graphics.mapFromScene(self.scene_pos(point))

    # --- the districts ---------------------------------------------------------------------------

    def _path(self, district: geo.District) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for polygon in district.polygons:
            for ring in polygon:
                path.moveTo(ring[0][0] * self.kx, ring[0][1])
                for lon, lat in ring[1:]:
                    path.lineTo(lon * self.kx, lat)
                path.closeSubpath()
        return path

    def _draw_districts(self) -> None:
        pen = QPen(QColor(OUTLINE))
        pen.setCosmetic(True)
        pen.setWidthF(1.2)
        font = QApplication.font()
        for district in self.districts:
            item = QGraphicsPathItem(self._path(district))
            item.setPen(pen)
            item.setBrush(QBrush(QColor(EMPTY_FILL)))
            item.setToolTip(district_label(district))
            self.view.addItem(item)
            self.shapes[district.name] = item
            label = pg.TextItem(district_label(district), color="#111", anchor=(0.5, 0.5))
            label.setFont(font)
            label.setZValue(20)
            label.setPos(self.to_view(district.center))
            self.view.addItem(label)
            self.name_items[district.name] = label

    def _declutter(self, *_args) -> None:
        """Names that would overlap at this zoom: the one with the larger count (or else the larger
        district) shown, the other hidden (its name is in the shape's tooltip, its count in the
        legend's list; zoom in to see it)."""
        shown: list = []
        for district in sorted(self.districts, key=lambda d: (self.counts.get(d.name, 0), _area(d)), reverse=True):
            label = self.name_items[district.name]
            size = label.textItem.boundingRect().size()  # pixels: a TextItem is not scaled with the view
            at = self.view.mapViewToScene(label.pos())
            rect = QRectF(at.x() - size.width() / 2, at.y() - size.height() / 2, size.width(), size.height())
            overlaps = any(rect.intersects(other) for other in shown)
            label.setVisible(not overlaps)
            if not overlaps:
                shown.append(rect)
        # the layers' labels after the districts' names: one that would cover a shown name is hidden
        # (its point stays, and its tooltip says it); zoom in to read it
        for layer in self.layers.values():
            for label in layer.labels:
                if not layer.visible:
                    label.setVisible(False)
                    continue
                size = label.textItem.boundingRect().size()
                at = self.view.mapViewToScene(label.pos())  # the label's bottom left (anchor (0, 1))
                rect = QRectF(at.x(), at.y() - size.height(), size.width(), size.height())
                overlaps = any(rect.intersects(other) for other in shown)
                label.setVisible(not overlaps)
                if not overlaps:
                    shown.append(rect)

    def visible_names(self) -> list[str]:
        """The districts whose names are shown at this zoom."""
        return [name for name, label in self.name_items.items() if label.isVisible()]

    def home(self) -> None:
        """Show the whole of 大连市."""
        boxes = [d.bbox for d in self.districts]
        self.view.setRange(xRange=(min(b[0] for b in boxes) * self.kx, max(b[2] for b in boxes) * self.kx),
                           yRange=(min(b[1] for b in boxes), max(b[3] for b in boxes)), padding=0.02)

    def zoom_to(self, center: geo.Point, radius_m: float) -> None:
        """Show the ground within ``radius_m`` metres of ``center`` (a case's rings, a search area)."""
        c = self.to_view(center)
        dy = radius_m / 111_320.0  # degrees of latitude; the view's x is longitude scaled to match
        self.view.setRange(xRange=(c.x() - dy, c.x() + dy), yRange=(c.y() - dy, c.y() + dy), padding=0.05)

    def retranslate(self) -> None:
        for district in self.districts:
            self.shapes[district.name].setToolTip(district_label(district))
        self._relabel()

    def _relabel(self) -> None:
        for district in self.districts:
            text = district_label(district)
            if self.counts:
                text += f"\n{self.counts.get(district.name, 0)}"
            self.name_items[district.name].setText(text)
        self._declutter()

    # --- the choropleth --------------------------------------------------------------------------

    def set_counts(self, counts: Mapping[str, int] | None, title: str = "") -> None:
        """Colour each district by its count (keys: the districts' Chinese names), with a legend;
        None or {} for the plain map."""
        self.counts = {d.name: int((counts or {}).get(d.name, 0)) for d in self.districts} if counts else {}
        top = max(self.counts.values(), default=0)
        for district in self.districts:
            color = scale_color(self.counts[district.name], top) if self.counts else QColor(EMPTY_FILL)
            self.shapes[district.name].setBrush(QBrush(color))
            self.name_items[district.name].setColor("#ffffff" if self.counts and top and
                                                    self.counts[district.name] / top > 0.6 else "#111111")
        self._relabel()
        self._draw_legend(top, title)

    def _draw_legend(self, top: int, title: str) -> None:
        if self.legend is not None:
            self.graphics.removeItem(self.legend)
            self.legend = None
        if not self.counts:
            return
        self.legend = self.graphics.addLayout(row=0, col=1)
        self.legend.setContentsMargins(4, 20, 12, 20)
        family = QApplication.font().family()
        if title:
            self.legend.addLabel(f"<span style='font-family:\"{family}\"; color:#222'>{title}</span>", row=0, col=0,
                                 colspan=2)
        steps = 5 if top >= 5 else max(1, top)
        for i in range(steps + 1):
            value = round(top * (steps - i) / steps)
            swatch = pg.LabelItem(f"<span style='background-color:{scale_color(value, top).name()};"
                                  f"color:{scale_color(value, top).name()}'>&nbsp;████&nbsp;</span>")
            self.legend.addItem(swatch, row=i + 1, col=0)
            self.legend.addLabel(f"<span style='font-family:\"{family}\"; color:#222'>{value}</span>", row=i + 1, col=1)
        # every district's count, most first: readable however small the district is on the map
        ranked = sorted(self.districts, key=lambda d: -self.counts[d.name])
        rows = "<br>".join(f"{district_label(d)}&nbsp;&nbsp;{self.counts[d.name]}" for d in ranked)
        self.legend.addLabel(f"<span style='font-family:\"{family}\"; color:#222'>{rows}</span>", row=steps + 2,
                             col=0, colspan=2)
        self.graphics.ci.layout.setColumnStretchFactor(0, 10)

    def legend_values(self) -> list[int]:
        """The values the legend shows, top first ([] without a choropleth)."""
        if self.legend is None:
            return []
        top = max(self.counts.values(), default=0)
        steps = 5 if top >= 5 else max(1, top)
        return [round(top * (steps - i) / steps) for i in range(steps + 1)]

    def fill_color(self, name: str) -> QColor:
        return self.shapes[name].brush().color()

    # --- points and rings ------------------------------------------------------------------------

    def set_points(self, points: Iterable[tuple[geo.Point, str]], color: str = POINT_COLOR) -> None:
        """Points with labels (each point in its own system; drawn where it is in GCJ-02)."""
        self.set_layer(POINTS_LAYER, points, colors=color)

    @property
    def point_items(self) -> list:
        """What :meth:`set_points` drew: the scatter, then a label per labelled point ([] for none)."""
        layer = self.layers.get(POINTS_LAYER)
        return layer.items if layer is not None else []

    def set_layer(self, name: str, points: Iterable[tuple[geo.Point, str]], *,
                  colors: str | Sequence[str] = POINT_COLOR, symbol: str = "o", size: float = 9,
                  outline: str = "#ffffff", tips: Sequence[str] | None = None,
                  lines: Iterable[tuple[geo.Point, geo.Point]] = (), line_color: str = "#888888",
                  z: float = 30) -> None:
        """Draw (or draw again) the layer ``name``: ``points`` with their labels ('' none), one
        colour for all or one per point, a pyqtgraph ``symbol`` ("o", "s", "t", "d", "star", "+"
        …), a tooltip per point (``tips``), and ``lines`` between pairs of points beneath them.
        The layer keeps its shown or hidden state (:meth:`show_layer`)."""
        old = self.layers.get(name)
        visible = old.visible if old is not None else True
        self.clear_layer(name)
        layer = PointLayer(name, visible=visible)
        self.layers[name] = layer
        points = list(points)
        pairs = list(lines)
        if pairs:
            xs: list[float] = []
            ys: list[float] = []
            for a, b in pairs:
                for p in (self.to_view(a), self.to_view(b)):
                    xs.append(p.x())
                    ys.append(p.y())
            curve = pg.PlotCurveItem(x=xs, y=ys, connect="pairs", pen=pg.mkPen(line_color, width=1))
            curve.setZValue(z - 1)
            layer.items.append(curve)
        if points:
            spots = [self.to_view(p) for p, _ in points]
            brushes = ([pg.mkBrush(colors)] * len(points) if isinstance(colors, str)
                       else [pg.mkBrush(c) for c in colors])
            options: dict = {}
            if tips is not None:
                options = {"data": list(tips), "hoverable": True, "tip": _tip}
            scatter = pg.ScatterPlotItem(x=[s.x() for s in spots], y=[s.y() for s in spots], size=size,
                                         symbol=symbol, brush=brushes, pen=pg.mkPen(outline), **options)
            scatter.setZValue(z)
            layer.items.append(scatter)
            layer.scatter = scatter
            layer.count = len(points)
            for spot, (_, text) in zip(spots, points):
                if not text:
                    continue
                label = pg.TextItem(text, color="#222", anchor=(0, 1), fill=pg.mkBrush(255, 255, 255, 200))
                label.setFont(QApplication.font())
                label.setZValue(z + 1)
                label.setPos(spot)
                layer.items.append(label)
                if name != POINTS_LAYER:  # set_points' labels are always shown, as before
                    layer.labels.append(label)
        if name == POINTS_LAYER and layer.scatter is not None:  # set_points' items: the scatter first
            layer.items.remove(layer.scatter)
            layer.items.insert(0, layer.scatter)
        for item in layer.items:
            item.setVisible(visible)
            self.view.addItem(item)
        if layer.labels:
            self._declutter()

    def clear_layer(self, name: str) -> None:
        """Remove what the layer ``name`` drew (its shown or hidden state is forgotten too)."""
        layer = self.layers.pop(name, None)
        if layer is None:
            return
        for item in layer.items:
            self.view.removeItem(item)

    def show_layer(self, name: str, visible: bool) -> None:
        """Show or hide the layer ``name`` (kept for when it is drawn again)."""
        layer = self.layers.setdefault(name, PointLayer(name))
        layer.visible = visible
        for item in layer.items:
            item.setVisible(visible)
        self._declutter()

    def shown_points(self, name: str) -> int:
        """How many points of the layer ``name`` are on the map now (0 when hidden or empty)."""
        layer = self.layers.get(name)
        return layer.count if layer is not None and layer.visible else 0

    def ring_outline(self, center: geo.Point, radius_m: float, vertices: int = 90) -> list[QPointF]:
        """The view coordinates of a circle ``radius_m`` metres around ``center`` on the ground."""
        return [self.to_view(geo.destination(center, radius_m, 360.0 * i / vertices)) for i in range(vertices + 1)]

    def set_rings(self, center: geo.Point | None, radii_m: Iterable[float] = (),
                  labels: Iterable[str] | None = None, color: str = RING_COLOR) -> None:
        """Circles around ``center`` (None clears them), ``radii_m`` in metres, each with its label
        (by default its radius: 800 m, 1.2 km)."""
        for item in self.ring_items:
            self.view.removeItem(item)
        self.ring_items = []
        if center is None:
            return
        radii = list(radii_m)
        texts = list(labels) if labels is not None else [_radius_text(r) for r in radii]
        for radius, text in zip(radii, texts):
            outline = self.ring_outline(center, radius)
            curve = pg.PlotCurveItem(x=[p.x() for p in outline], y=[p.y() for p in outline],
                                     pen=pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine))
            curve.setZValue(25)
            self.view.addItem(curve)
            self.ring_items.append(curve)
            if text:
                label = pg.TextItem(text, color=color, anchor=(0.5, 1))
                label.setFont(QApplication.font())
                label.setZValue(26)
                label.setPos(outline[0])  # the northernmost point
                self.view.addItem(label)
                self.ring_items.append(label)
        centre = pg.ScatterPlotItem(x=[self.to_view(center).x()], y=[self.to_view(center).y()], size=10, symbol="+",
                                    pen=pg.mkPen(color, width=2))
        centre.setZValue(27)
        self.view.addItem(centre)
        self.ring_items.append(centre)

    # --- choosing a point ------------------------------------------------------------------------

    def choose(self, point: geo.Point) -> None:
        """Mark ``point`` and emit :attr:`point_chosen` with it in GCJ-02 and its district."""
        gcj = point.to(geo.GCJ02)
        spot = self.to_view(gcj)
        if self.marker is None:
            self.marker = pg.ScatterPlotItem(size=14, symbol="o", brush=pg.mkBrush(None), pen=pg.mkPen("#000", width=2))
            self.marker.setZValue(40)
            self.view.addItem(self.marker)
        self.marker.setData(x=[spot.x()], y=[spot.y()])
        district = geo.district_of(gcj)
        self.message.setText(f"{gcj.text()} (GCJ-02)" + (f"，{district_label(district)}" if district else
                                                           _t("，不在大连市各区县内")))
        self.point_chosen.emit(gcj, district)

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.isAccepted() and event.double():
            return
        pos = event.scenePos()
        if not self.view.sceneBoundingRect().contains(pos):
            return
        spot = self.view.mapSceneToView(pos)
        self.choose(self.from_view(spot.x(), spot.y()))

    def _district_picked(self, index: int) -> None:
        name = self.district_combo.itemData(index)
        if name:
            self.choose(geo.district_named(name).center)
        self.district_combo.setCurrentIndex(0)

    def enter_coordinates(self) -> geo.Point | None:
        """Read the 输入坐标 line in the chosen system; mark and emit the point, or say what is wrong."""
        text = self.coord_edit.text().strip()
        if not text:
            return None
        try:
            point = geo.parse_point(text, self.system_combo.currentData())
        except geo.CoordinateError as exc:
            self.message.setText(message(exc))
            return None
        if not geo.near_dalian(point):
            self.message.setText(_t("这个坐标不在大连附近，请检查经纬度是否写反。"))
            return None
        self.choose(point)
        return point.to(geo.GCJ02)


def _tip(x: float = 0.0, y: float = 0.0, data: object = None) -> str:
    return str(data or "")


def _area(district: geo.District) -> float:
    min_lon, min_lat, max_lon, max_lat = district.bbox
    return (max_lon - min_lon) * (max_lat - min_lat)


def _radius_text(radius_m: float) -> str:
    return f"{radius_m / 1000:g} km" if radius_m >= 1000 else f"{radius_m:g} m"
