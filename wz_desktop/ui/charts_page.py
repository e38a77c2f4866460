"""The 统计 page: one tab per chart, all filtered by the same bar (period, kinds, squad).

Every figure comes from ``context.store.charts`` (SQL aggregation, no SQL here); the tabs only
draw. Only the visible tab is recomputed when the filter or the data change; the others are marked
stale and recomputed when shown. A chart with nothing to show says so instead of an empty frame.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass, replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.domain import charts as C
from wz_desktop.domain import lost_stats as L
from wz_desktop.domain.charts import ChartFilter
from wz_desktop.domain.kinds import KIND_COLORS, KIND_ORDER, TaskKind
from wz_desktop.domain.text import text_of
from wz_desktop.ui import dialogs
from wz_desktop.ui.context import TASK_TABLES
from wz_desktop.ui.labels import kind_label, word
from wz_desktop.ui.texts import message

log = logging.getLogger(__name__)

BAR_COLOR = "#1f6fb2"
WEEKDAY_NAMES = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")

PERIOD_ALL, PERIOD_THIS_YEAR, PERIOD_LAST_YEAR, PERIOD_12_MONTHS, PERIOD_CUSTOM = (
    "all", "this_year", "last_year", "12_months", "custom")


def _t(text: str) -> str:
    return QCoreApplication.translate("ChartsPage", text)


def _font() -> QFont:
    """The application font: it has the Chinese glyphs the axes need."""
    return QApplication.font()


def _style_plot(plot: pg.PlotItem) -> None:
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTickFont(_font())
        axis.setPen(pg.mkPen("#444"))
        axis.setTextPen(pg.mkPen("#222"))
    plot.showGrid(x=False, y=True, alpha=0.25)
    plot.setMenuEnabled(False)
    plot.getViewBox().setMouseEnabled(x=False, y=False)


def _label(text: str) -> str:
    family = _font().family()
    return f"<span style='font-family:\"{family}\"; color:#222'>{text}</span>"


class ChartTab(QWidget):
    """One chart: a graphics layout (what is saved as PNG), a no-data message, a note below."""

    title = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.empty_label = QLabel(_t("所选范围内没有任务"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #666; font-size: 16px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.graphics)
        self.stack.addWidget(self.empty_label)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.stack, 1)
        self.layout_.addWidget(self.note)
        self.stale = True
        self.figures = None  # what the store returned, for the tests and the hover texts
        self.hover_text = pg.TextItem(color="#111", fill=pg.mkBrush(255, 255, 230, 230), border=pg.mkPen("#999"))
        self.hover_text.setFont(_font())
        self.hover_text.setZValue(100)
        self.hover_plot: pg.PlotItem | None = None
        self._proxy = pg.SignalProxy(self.graphics.scene().sigMouseMoved, rateLimit=30, slot=self._mouse_moved)

    # --- for subclasses ------------------------------------------------------------------------

    def prepare(self, flt: ChartFilter) -> tuple:
        """On the UI thread, before the figures are read: what they depend on besides the filter
        (read from the tab's own widgets). Part of the key under which the page keeps them."""
        return ()

    def fetch(self, store, flt: ChartFilter, params: tuple):  # pragma: no cover - overridden
        """The figures, from the store alone: no widget is read here (it also runs in the page's
        background thread, on a store of its own)."""
        raise NotImplementedError

    def compute(self, store, flt: ChartFilter):
        return self.fetch(store, flt, self.prepare(flt))

    def draw(self, figures) -> bool:  # pragma: no cover - overridden
        """Draw the figures; False where there is nothing to draw."""
        raise NotImplementedError

    def hover(self, plot: pg.PlotItem, x: float, y: float) -> str | None:
        return None

    # --- common --------------------------------------------------------------------------------

    def has_data(self) -> bool:
        return self.stack.currentWidget() is self.graphics

    def refresh(self, store, flt: ChartFilter) -> None:
        params = self.prepare(flt)
        self.show_figures(self.fetch(store, flt, params), params)

    def apply_params(self, params: tuple) -> None:
        """What ``prepare`` read, kept for drawing and the hover texts."""

    def show_figures(self, figures, params: tuple = ()) -> None:
        """Draw figures read for this tab (by ``fetch`` with ``params`` from ``prepare``)."""
        self.apply_params(params)
        self.graphics.clear()
        self.hover_plot = None
        self.figures = figures
        drawn = self.draw(self.figures)
        self.stack.setCurrentWidget(self.graphics if drawn else self.empty_label)
        self.stale = False

    def new_plot(self, row: int = 0, col: int = 0, title: str = "") -> pg.PlotItem:
        plot = self.graphics.addPlot(row=row, col=col)
        if title:
            plot.setTitle(_label(title))
        _style_plot(plot)
        return plot

    def _mouse_moved(self, event) -> None:
        pos = event[0]
        for item in self.graphics.ci.items:
            if isinstance(item, pg.PlotItem) and item.sceneBoundingRect().contains(pos):
                point = item.getViewBox().mapSceneToView(pos)
                text = self.hover(item, point.x(), point.y())
                self.show_hover(item, point.x(), point.y(), text)
                return
        self.show_hover(None, 0, 0, None)

    def show_hover(self, plot: pg.PlotItem | None, x: float, y: float, text: str | None) -> None:
        if self.hover_plot is not None and self.hover_plot is not plot:
            self.hover_plot.removeItem(self.hover_text)
            self.hover_plot = None
        if plot is None or not text:
            self.hover_text.hide()
            return
        if self.hover_plot is None:
            plot.addItem(self.hover_text, ignoreBounds=True)
            self.hover_plot = plot
        self.hover_text.setText(text)
        self.hover_text.setPos(x, y)
        self.hover_text.show()

    def export_target(self):
        return self.graphics.scene()


def _ticks(labels: list[str], every: int = 1) -> list[list[tuple[float, str]]]:
    return [[(i, text) for i, text in enumerate(labels) if i % every == 0]]


def _two_lines(text: str, longest: int = 5) -> str:
    """A long axis label on two lines, so that the axis does not drop it for want of room
    ("队伍整备与设备保养" → "队伍整备与\n设备保养"; English at the space nearest the middle)."""
    if len(text) <= longest or "\n" in text:
        return text
    if " " in text:
        spaces = [i for i, ch in enumerate(text) if ch == " "]
        cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
        return text[:cut] + "\n" + text[cut + 1:]
    cut = text.find("与") + 1 if 0 < text.find("与") < len(text) - 1 else (len(text) + 1) // 2
    return text[:cut] + "\n" + text[cut:]


def _headroom(plot: pg.PlotItem, top: float, share: float = 0.22) -> None:
    """Room above the highest bar for the legend, which sits over the plot's top edge."""
    if top > 0:
        plot.setYRange(0, top * (1 + share), padding=0.02)


def _trim_empty_months(figures):
    """全部: the months from the first with a task of the filter to the last (a kind or squad that
    stopped years ago does not run the axis on through empty years)."""
    totals = [sum(values[i] for values in figures.counts.values()) for i in range(len(figures.months))]
    used = [i for i, n in enumerate(totals) if n]
    if not used or (used[0] == 0 and used[-1] == len(totals) - 1):
        return figures
    first, last = used[0], used[-1] + 1
    return replace(figures, months=figures.months[first:last],
                   counts={k: v[first:last] for k, v in figures.counts.items()})


class MonthlyTab(ChartTab):
    """Tasks per month, stacked by kind; with a second year beside the first when one is chosen."""

    title = "月度任务"

    def __init__(self, parent=None):
        super().__init__(parent)
        row = QHBoxLayout()
        row.addWidget(QLabel(_t("对比年份：")))
        self.compare_combo = QComboBox()
        self.compare_combo.addItem(_t("不对比"), None)
        row.addWidget(self.compare_combo)
        row.addStretch(1)
        self.layout_.insertLayout(0, row)
        self.bars: dict = {}  # (year or None, kind) -> BarGraphItem
        self.main_year: int | None = None
        self.compare_year: int | None = None
        self.latest_year: int | None = None

    def set_years(self, years: list[int], latest: int | None) -> None:
        self.latest_year = latest
        current = self.compare_combo.currentData()
        self.compare_combo.blockSignals(True)
        self.compare_combo.clear()
        self.compare_combo.addItem(_t("不对比"), None)
        for year in years:
            self.compare_combo.addItem(_t("{0} 年").format(year), year)
        index = self.compare_combo.findData(current)
        self.compare_combo.setCurrentIndex(max(0, index))
        self.compare_combo.blockSignals(False)

    def prepare(self, flt):
        compare_year = self.compare_combo.currentData()
        if compare_year is None:
            main_year = None
        # the year the period is about (or the latest year of the data) beside the chosen one
        elif flt.since is not None and flt.until is not None and flt.since.year == flt.until.year:
            main_year = flt.since.year
        else:
            main_year = self.latest_year or dt.date.today().year
        return (compare_year, main_year)

    def apply_params(self, params):
        self.compare_year, self.main_year = params if params else (None, None)

    def fetch(self, store, flt, params):
        compare_year, main_year = params
        if compare_year is None:
            figures = store.charts.monthly_by_kind(flt)
            return figures if flt.has_period else _trim_empty_months(figures)
        years = [main_year] if main_year == compare_year else [main_year, compare_year]
        return store.charts.years_side_by_side(flt, years)

    def draw(self, figures) -> bool:
        self.bars = {}
        plot = self.new_plot()
        # the legend in one or two lines over the top edge, with room kept for it above the bars
        plot.addLegend(offset=(10, 4), labelTextColor="#222", colCount=3)
        if isinstance(figures, dict):  # two years side by side
            if not any(m.total for m in figures.values()):
                return False
            years = list(figures)
            width = 0.8 / len(years)
            for j, year in enumerate(years):
                counts = figures[year]
                rows = [counts.counts[k] for k in counts.counts]
                bottoms = C.stack(rows)
                xs = np.arange(12) + (j - (len(years) - 1) / 2) * width
                for (kind, values), bottom in zip(counts.counts.items(), bottoms):
                    bar = pg.BarGraphItem(x=xs, height=values, y0=bottom, width=width * 0.92,
                                          brush=pg.mkBrush(QColor(KIND_COLORS[kind]).lighter(100 + 35 * j)),
                                          pen=pg.mkPen("#ffffff"), name=kind_label(kind) if j == 0 else None)
                    plot.addItem(bar)
                    self.bars[(year, kind)] = bar
            plot.getAxis("bottom").setTicks(_ticks([f"{m}月" for m in range(1, 13)]))
            _headroom(plot, max(max(C.stack([*figures[y].counts.values(), [0] * 12])[-1]) for y in years))
            plot.setTitle(_label(_t("{0} 年（左）与 {1} 年（右，浅色）").format(*years) if len(years) == 2
                                 else _t("{0} 年").format(years[0])))
            return True
        if not figures.total:
            return False
        rows = [figures.counts[k] for k in figures.counts]
        bottoms = C.stack(rows)
        xs = np.arange(len(figures.months))
        for (kind, values), bottom in zip(figures.counts.items(), bottoms):
            bar = pg.BarGraphItem(x=xs, height=values, y0=bottom, width=0.8, brush=pg.mkBrush(KIND_COLORS[kind]),
                                  pen=pg.mkPen("#ffffff"), name=kind_label(kind))
            plot.addItem(bar)
            self.bars[(None, kind)] = bar
        _headroom(plot, max(C.stack([*figures.counts.values(), [0] * len(figures.months)])[-1]))
        every = max(1, -(-len(figures.months) // 14))
        plot.getAxis("bottom").setTicks(_ticks(figures.months, every))
        note = _t("共 {0} 条任务").format(figures.total)
        if figures.undated:
            note += _t("；另有 {0} 条任务出队时间不明，未计入").format(figures.undated)
        self.note.setText(note)
        return True

    def hover(self, plot, x, y):
        i = int(round(x))
        figures = self.figures
        if isinstance(figures, dict):
            month = int(round(x)) + 1
            if not 1 <= month <= 12:
                return None
            parts = []
            for year, counts in figures.items():
                values = [(k, v[month - 1]) for k, v in counts.counts.items() if v[month - 1]]
                parts.append(f"{year}年{month}月：{sum(v for _, v in values)}\n" +
                             "\n".join(f"  {kind_label(k)} {v}" for k, v in values))
            return "\n".join(parts)
        if figures is None or not 0 <= i < len(figures.months):
            return None
        values = [(k, v[i]) for k, v in figures.counts.items() if v[i]]
        return f"{figures.months[i]}：{sum(v for _, v in values)}\n" + "\n".join(
            f"{kind_label(k)} {v}" for k, v in values)


class ResponseTab(ChartTab):
    """Minutes from the call to the departure: a histogram, and the median by kind and by squad."""

    title = "响应时间"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([_t("类别 / 分队"), _t("任务数"), _t("中位数（分钟）")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter = splitter
        self.layout_.removeWidget(self.stack)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.layout_.insertWidget(0, splitter, 1)
        self.bar: pg.BarGraphItem | None = None
        self.median_line: pg.InfiniteLine | None = None

    def fetch(self, store, flt, params):
        return store.charts.response_minutes(flt)

    def draw(self, figures) -> bool:
        self.note.setText(_t("仅统计登记了来电的任务（{0} 条），其余 {1} 条没有来电记录").format(
            figures.measured, figures.no_call)
            + (_t("；另有 {0} 条有来电但出队时间只有日期").format(figures.unmeasured) if figures.unmeasured else ""))
        self.table.setRowCount(0)
        rows = [(_t("全部"), figures.overall)] + [(kind_label(g.key), g) for g in figures.by_kind] + \
               [(g.label, g) for g in figures.by_squad]
        for name, group in rows:
            r = self.table.rowCount()
            self.table.insertRow(r)
            median = "" if group.median is None else f"{group.median:g}"
            for c, text in enumerate((name, str(group.count), median)):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self._fit_table()
        if not figures.measured:
            self.bar = None
            return False
        plot = self.new_plot(title=_t("从接报到出队的分钟数"))
        width = figures.bin_minutes
        edges = C.histogram_edges(width)
        xs = np.array(edges) + width / 2
        self.bar = pg.BarGraphItem(x=xs, height=figures.overall.histogram, width=width * 0.9,
                                   brush=pg.mkBrush(BAR_COLOR), pen=pg.mkPen("#ffffff"))
        plot.addItem(self.bar)
        labels = [f"{e}–{e + width - 1}" for e in edges[:-1]] + [f"≥{edges[-1]}"]
        plot.getAxis("bottom").setTicks([[(x, text) for x, text in zip(xs, labels)]])
        plot.setLabel("left", _label(_t("任务数")))
        if figures.overall.median is not None:
            self.median_line = pg.InfiniteLine(pos=figures.overall.median, angle=90, pen=pg.mkPen("#d62728", width=2),
                                               label=_t("中位数 {0:g} 分钟").format(figures.overall.median),
                                               labelOpts={"color": "#d62728", "position": 0.96, "anchors": [(0, 0), (0, 0)],
                                                          "fill": pg.mkBrush(255, 255, 255, 220)})
            plot.addItem(self.median_line)
        return True

    def _fit_table(self) -> None:
        """The side table wide enough for whole squad names and the median column."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        width = sum(header.sectionSizeHint(c) if c == 2 else self.table.columnWidth(c)
                    for c in range(self.table.columnCount()))
        width += self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth() + 4
        self.table.setMinimumWidth(min(width, 480))
        sizes = self.splitter.sizes()
        if sum(sizes) > 0 and sizes[1] < self.table.minimumWidth():
            self.splitter.setSizes([sum(sizes) - self.table.minimumWidth(), self.table.minimumWidth()])

    def hover(self, plot, x, y):
        figures = self.figures
        if figures is None or not figures.measured:
            return None
        width = figures.bin_minutes
        i = int(x // width)
        if not 0 <= i < len(figures.overall.histogram):
            return None
        span = f"{i * width}–{i * width + width - 1}" if i < len(figures.overall.histogram) - 1 else f"≥{i * width}"
        return _t("{0} 分钟：{1} 条任务").format(span, figures.overall.histogram[i])


class HourWeekdayTab(ChartTab):
    """When help is needed: departures by hour of day against weekday, as a heat map."""

    title = "出队时段"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image: pg.ImageItem | None = None
        self.matrix: np.ndarray | None = None

    def fetch(self, store, flt, params):
        return store.charts.hour_weekday(flt)

    def draw(self, figures) -> bool:
        self.note.setText(_t("统计出队时间精确到时分的任务 {0} 条").format(figures.timed)
                          + (_t("；{0} 条只有日期，未计入").format(figures.date_only) if figures.date_only else "")
                          + (_t("；{0} 条出队时间不明").format(figures.undated) if figures.undated else ""))
        if not figures.timed:
            self.image = None
            return False
        plot = self.new_plot(title=_t("出队时段（小时 × 星期）"))
        self.matrix = np.array(figures.counts, dtype=float).T  # image[x = hour, y = weekday]
        self.image = pg.ImageItem(self.matrix)
        plot.addItem(self.image)
        plot.invertY(True)
        plot.getAxis("left").setTicks([[(i + 0.5, _t(name)) for i, name in enumerate(WEEKDAY_NAMES)]])
        plot.getAxis("bottom").setTicks([[(h + 0.5, str(h)) for h in range(0, 24, 2)]])
        plot.setLabel("bottom", _label(_t("时")))
        top = max(1.0, float(self.matrix.max()))
        bar = pg.ColorBarItem(values=(0, top), colorMap=pg.colormap.get("viridis"), interactive=False, width=15)
        bar.setImageItem(self.image, insert_in=plot)
        return True

    def hover(self, plot, x, y):
        if self.matrix is None:
            return None
        hour, day = int(np.floor(x)), int(np.floor(y))
        if not (0 <= hour < 24 and 0 <= day < 7):
            return None
        return _t("{0} {1}:00–{1}:59：{2} 条任务").format(_t(WEEKDAY_NAMES[day]), hour, int(self.matrix[hour, day]))


class SquadLoadTab(ChartTab):
    """The squads' load: tasks, people and vehicle trips, as horizontal bars side by side."""

    title = "分队负担"
    MEASURES = (("tasks", "任务数"), ("people", "出队人次"), ("vehicle_trips", "出队车次"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.plots: dict[str, pg.PlotItem] = {}

    def fetch(self, store, flt, params):
        return store.charts.squad_load(flt)

    def draw(self, figures) -> bool:
        self.bars, self.plots = {}, {}
        if not figures:
            return False
        shown = list(reversed(figures))  # most tasks at the top
        names = [r.name for r in shown]
        ys = np.arange(len(shown))
        for col, (attr, title) in enumerate(self.MEASURES):
            plot = self.new_plot(0, col, _t(title))
            plot.showGrid(x=True, y=False, alpha=0.25)
            values = [getattr(r, attr) for r in shown]
            bar = pg.BarGraphItem(x0=0, y=ys, height=0.7, width=values, brush=pg.mkBrush(BAR_COLOR), pen=pg.mkPen(None))
            plot.addItem(bar)
            axis = plot.getAxis("left")
            axis.setTicks([[(i, name) for i, name in enumerate(names)]] if col == 0 else [[]])
            if col:
                axis.setStyle(showValues=False)
            self.bars[attr] = bar
            self.plots[attr] = plot
        unknown = sum(r.no_headcount for r in figures)
        self.note.setText(_t("人次与车次取自各任务登记的出队人数、车次（含导入的历史记录）；一条任务有几个分队参加，就计入每个分队")
                          + (_t("；{0} 条任务人数不明，未计入人次").format(unknown) if unknown else ""))
        return True

    def hover(self, plot, x, y):
        figures = self.figures
        if not figures:
            return None
        shown = list(reversed(figures))
        i = int(round(y))
        if not 0 <= i < len(shown):
            return None
        r = shown[i]
        return _t("{0}\n任务 {1}，人次 {2}，车次 {3}").format(r.name, r.tasks, r.people, r.vehicle_trips)


class PerTaskTab(ChartTab):
    """People and vehicle trips per task by kind: mean as bars, median as a marker."""

    title = "每任务人数与车次"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.medians: dict[str, pg.ScatterPlotItem] = {}
        self.kinds: list[str] = []

    def fetch(self, store, flt, params):
        return store.charts.per_task_by_kind(flt)

    def draw(self, figures) -> bool:
        self.bars, self.medians = {}, {}
        rows = [r for r in figures if r.tasks]
        self.kinds = [r.kind for r in rows]
        if not rows:
            return False
        xs = np.arange(len(rows))
        for col, (prefix, title) in enumerate((("people", "每任务出队人数"), ("trips", "每任务出队车次"))):
            plot = self.new_plot(0, col, _t(title))
            plot.addLegend(offset=(10, 10), labelTextColor="#222")
            means = [getattr(r, f"{prefix}_mean") or 0 for r in rows]
            medians = [getattr(r, f"{prefix}_median") or 0 for r in rows]
            bar = pg.BarGraphItem(x=xs, height=means, width=0.6, brushes=[pg.mkBrush(KIND_COLORS[r.kind]) for r in rows],
                                  pen=pg.mkPen(None), name=_t("平均"))
            marks = pg.ScatterPlotItem(x=xs, y=medians, symbol="d", size=12, brush=pg.mkBrush("#222"),
                                       pen=pg.mkPen("#fff"), name=_t("中位数"))
            plot.addItem(bar)
            plot.addItem(marks)
            plot.getAxis("bottom").setTicks(_ticks([_two_lines(kind_label(r.kind)) for r in rows]))
            axis = plot.getAxis("bottom")
            axis.setStyle(hideOverlappingLabels=False)  # the last kind's name kept
            if any("\n" in _two_lines(kind_label(r.kind)) for r in rows):
                axis.setHeight(2 * QFontMetrics(axis.style.get("tickFont") or _font()).height() + 16)
            _headroom(plot, max(max(means), max(medians)), 0.15)
            self.bars[prefix] = bar
            self.medians[prefix] = marks
        self.note.setText(_t("柱高为平均数，菱形为中位数；人数、车次不明的任务不计入"))
        return True

    def hover(self, plot, x, y):
        rows = [r for r in (self.figures or []) if r.tasks]
        i = int(round(x))
        if not 0 <= i < len(rows):
            return None
        r = rows[i]

        def num(v):
            return "—" if v is None else f"{v:.1f}"
        return _t("{0}（{1} 条任务）\n人数：平均 {2}，中位数 {3}\n车次：平均 {4}，中位数 {5}").format(
            kind_label(r.kind), r.tasks, num(r.people_mean), num(r.people_median), num(r.trips_mean),
            num(r.trips_median))


class SearchOutcomesTab(ChartTab):
    """Outcomes of missing-person searches (城市搜救), by result, with those not recorded."""

    title = "走失搜寻结果"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bar: pg.BarGraphItem | None = None
        self.labels: list[str] = []

    def fetch(self, store, flt, params):
        return store.charts.search_outcomes(flt)

    def draw(self, figures) -> bool:
        self.bar = None
        if not figures.total:
            self.note.setText(_t("走失搜寻按“城市搜救”类别统计"))
            return False
        self.labels = [word(r) if r is not None else _t("未记录") for r, _ in figures.counts]
        values = [n for _, n in figures.counts]
        plot = self.new_plot(title=_t("走失人员搜寻结果（城市搜救，共 {0} 次）").format(figures.total))
        self.bar = pg.BarGraphItem(x=np.arange(len(values)), height=values, width=0.7, brush=pg.mkBrush(BAR_COLOR),
                                   pen=pg.mkPen(None))
        plot.addItem(self.bar)
        plot.getAxis("bottom").setTicks(_ticks(self.labels))
        self.note.setText(_t("走失搜寻按“城市搜救”类别统计；“未记录”为没有登记结果的任务"))
        return True

    def hover(self, plot, x, y):
        if self.figures is None or not self.figures.total:
            return None
        i = int(round(x))
        if not 0 <= i < len(self.labels):
            return None
        n = self.figures.counts[i][1]
        share = n / self.figures.total * 100
        return _t("{0}：{1} 次（{2:.0f}%）").format(self.labels[i], n, share)


@dataclass(frozen=True)
class MapFigures:
    """What the 地图 tab draws: tasks per district, the missing-person cases last seen in the period,
    the squads' bases (the squad's alone when one is chosen)."""

    districts: object  # store.charts.DistrictCounts
    cases: list  # store.cases.CasePoint
    bases: list  # store.cases.SquadBase


# the map's optional layers: key, the setting, shown unless the settings say otherwise
MAP_LAYERS = (("last_seen", "Charts/mapLastSeen", True), ("found", "Charts/mapFound", False),
              ("bases", "Charts/mapBases", True))
MAP_SEARCHING_COLOR = "#d62728"  # a search still going on stands out on the map
MAP_FOUND_SYMBOL, MAP_BASE_SYMBOL, MAP_BASE_COLOR = "d", "star", "#6a3d9a"


class MapTab(ChartTab):
    """Tasks per district on the offline map of 大连市 (a choropleth): the district of a task is its
    call's, else the one its summary names (``store.charts.by_district``). Optional layers, each a
    checkbox remembered in the settings: the missing-person cases' last-seen points (coloured by
    the outcome) and found points (a line from where last seen), last seen in the page's period
    (the kind and squad filters are the tasks'); the squads' bases (a star and the name; only the
    chosen squad's when one is). The note counts the cases, and those with a point drawn."""

    title = "地图"
    case_chosen = Signal(int)  # 打开此案件 for the case last clicked on the map (its id)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.map = None  # made when first drawn (~100 ms: not while the window is being built)
        self.cases: list = []
        self.bases: list = []
        self.chosen_case: int | None = None  # the case whose point was clicked last
        self.layer_checks: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        row.addWidget(QLabel(_t("显示：")))
        texts = {"last_seen": _t("走失最后出现地点"), "found": _t("找到地点"), "bases": _t("分队驻地")}
        for key, _setting, shown in MAP_LAYERS:
            check = QCheckBox(texts[key])
            check.setObjectName(f"mapLayer_{key}")
            check.setChecked(shown)
            check.toggled.connect(self._layers_toggled)
            row.addWidget(check)
            self.layer_checks[key] = check
        self.legend_label = QLabel()
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)  # on two lines where the window is narrow (English at 1366)
        row.addSpacing(12)
        row.addWidget(self.legend_label, 1)
        self.open_case_button = QPushButton(_t("打开此案件"))
        self.open_case_button.setObjectName("mapOpenCase")
        self.open_case_button.setToolTip(_t("先点击地图上案件的点"))
        self.open_case_button.setEnabled(False)
        self.open_case_button.clicked.connect(self._open_chosen)
        row.addWidget(self.open_case_button)
        self.layout_.insertLayout(0, row)
        self._show_legend()

    def ensure_map(self):
        """The map view, made on first use."""
        if self.map is None:
            from wz_desktop.ui.map_view import MapView

            self.map = MapView()
            self.stack.removeWidget(self.graphics)
            self.graphics.hide()
            self.graphics = self.map.graphics  # what 保存图片 saves
            self.stack.insertWidget(0, self.map)
            self.map.point_chosen.connect(self._point_chosen)
            for key, check in self.layer_checks.items():
                self.map.show_layer(key, check.isChecked())
        return self.map

    def fetch(self, store, flt, params):
        since = flt.since.isoformat() if flt.since else None
        until = (flt.until + dt.timedelta(days=1)).isoformat() if flt.until else None  # the last day included
        bases = [b for b in store.cases.squad_bases() if flt.squad_id is None or b.squad_id == flt.squad_id]
        return MapFigures(store.charts.by_district(flt), store.cases.map_points(since=since, until=until), bases)

    def show_figures(self, figures, params: tuple = ()) -> None:
        if isinstance(figures, MapFigures):
            self.cases, self.bases = figures.cases, figures.bases
            figures = figures.districts
        self.figures = figures
        drawn = self.draw(figures)
        self.stack.setCurrentWidget(self.ensure_map() if drawn else self.empty_label)
        self.stale = False

    def has_data(self) -> bool:
        return self.map is not None and self.stack.currentWidget() is self.map

    def draw(self, figures) -> bool:
        if not figures.total and not self.cases:  # the bases alone are no answer to the period
            if self.map is not None:
                self.map.set_counts(None)
                self._draw_layers()
            self.note.setText("")
            return False
        self.ensure_map().set_counts(figures.counts if figures.total else None, _t("任务数"))
        self._draw_layers()
        self._write_note()
        return True

    # --- the layers ------------------------------------------------------------------------------

    def _draw_layers(self) -> None:
        seen = [c for c in self.cases if c.last_seen is not None]
        self.map.set_layer("last_seen", [(c.last_seen, "") for c in seen],
                           colors=[_outcome_color(c.outcome) for c in seen], size=10, outline="#333333",
                           tips=[_case_tip(c) for c in seen], z=32)
        found = [c for c in self.cases if c.found is not None]
        self.map.set_layer("found", [(c.found, "") for c in found], colors=[_outcome_color(c.outcome) for c in found],
                           symbol=MAP_FOUND_SYMBOL, size=11, outline="#000000",
                           tips=[_t("找到地点：") + _case_tip(c) for c in found],
                           lines=[(c.last_seen, c.found) for c in found if c.last_seen is not None], z=34)
        self.map.set_layer("bases", [(b.point, b.name) for b in self.bases], colors=MAP_BASE_COLOR,
                           symbol=MAP_BASE_SYMBOL, size=16, outline="#ffffff",
                           tips=[_t("{0}驻地").format(b.name) for b in self.bases], z=36)

    def _layers_toggled(self) -> None:
        if self.map is not None:
            for key, check in self.layer_checks.items():
                self.map.show_layer(key, check.isChecked())
            if self.figures is not None:
                self._write_note()
        self._show_legend()

    def _show_legend(self) -> None:
        """The colours and symbols of the layers shown, in words."""
        parts = []
        if self.layer_checks["last_seen"].isChecked() or self.layer_checks["found"].isChecked():
            for outcome, color in (*OUTCOME_COLORS.items(), ("", MAP_SEARCHING_COLOR)):
                parts.append(f"<span style='color:{color}'>●</span>&nbsp;{_outcome_word(outcome)}")
        if self.layer_checks["found"].isChecked():
            parts.append("◆&nbsp;" + _t("找到地点"))
        if self.layer_checks["bases"].isChecked():
            parts.append(f"<span style='color:{MAP_BASE_COLOR}'>★</span>&nbsp;" + _t("分队驻地"))
        self.legend_label.setText("&nbsp; ".join(parts))

    def layer_points(self, key: str) -> int:
        """How many points the layer ``key`` shows now (0 hidden)."""
        return self.map.shown_points(key) if self.map is not None else 0

    def _write_note(self) -> None:
        figures = self.figures
        parts = []
        if figures.total:
            note = _t("共 {0} 条任务，{1} 条知道在哪个区（来电登记的区域，或事件摘要写明的区县、地标）").format(
                figures.total, figures.located)
            if figures.unknown:
                note += _t("；{0} 条看不出在哪个区，未计入").format(figures.unknown)
            parts.append(note)
        else:
            parts.append(_t("所选范围内没有任务"))
        checks = self.layer_checks
        if checks["last_seen"].isChecked() or checks["found"].isChecked():
            cases = _t("走失人员案件（按最后出现时间）：共 {0} 个案件").format(len(self.cases))
            if checks["last_seen"].isChecked():
                cases += _t("，{0} 个有坐标").format(sum(1 for c in self.cases if c.last_seen is not None))
            if checks["found"].isChecked():
                cases += _t("，{0} 个有找到地点").format(sum(1 for c in self.cases if c.found is not None))
            parts.append(cases)
        if checks["bases"].isChecked():
            parts.append(_t("分队驻地 {0} 个").format(len(self.bases)))
        self.note.setText(_t("。").join(parts))

    def save_settings(self, settings: QSettings) -> None:
        for key, setting, _shown in MAP_LAYERS:
            settings.setValue(setting, self.layer_checks[key].isChecked())

    def restore_settings(self, settings: QSettings) -> None:
        for key, setting, shown in MAP_LAYERS:
            value = settings.value(setting, shown)
            self.layer_checks[key].setChecked(value is True or str(value).lower() in ("true", "1"))

    def _point_chosen(self, point, district) -> None:
        """A click: on a case's point or a base (within a few pixels), what it is; elsewhere, the
        district's count of tasks."""
        hit = self._hit_at(point)
        self.chosen_case = hit[1] if hit is not None else None
        self.open_case_button.setEnabled(self.chosen_case is not None)
        if hit is not None:
            self.note.setText(hit[0])
            return
        if district is None or self.figures is None:
            return
        from wz_desktop.ui.map_view import district_label

        self.note.setText(_t("{0}：{1} 条任务").format(district_label(district),
                                                      self.figures.counts.get(district.name, 0)))

    def _open_chosen(self) -> None:
        if self.chosen_case is not None:
            self.case_chosen.emit(self.chosen_case)

    def point_at(self, point, pixels: float = 8.0) -> str | None:
        """What the shown layers have within ``pixels`` of ``point`` on the screen (the nearest), in
        words: a case's category, outcome, when last seen and how far away found; a base's squad."""
        hit = self._hit_at(point, pixels)
        return hit[0] if hit is not None else None

    def _hit_at(self, point, pixels: float = 8.0) -> tuple[str, int | None] | None:
        """The nearest point shown within ``pixels``: its words and its case's id (None: a base)."""
        if self.map is None:
            return None
        from wz_desktop.domain import geo

        at = self.map.scene_pos(point)
        candidates = []
        if self.map.shown_points("bases"):
            candidates += [(b.point, _t("{0}驻地").format(b.name), None) for b in self.bases]
        for key, prefix in (("found", _t("找到地点：")), ("last_seen", "")):
            if self.map.shown_points(key):
                for case in self.cases:
                    spot = case.found if key == "found" else case.last_seen
                    if spot is None:
                        continue
                    text = prefix + _case_tip(case)
                    if case.last_seen is not None and case.found is not None:
                        text += _t("，找到处距最后出现地点 {0}").format(
                            message(L.distance_text(geo.distance_m(case.last_seen, case.found))))
                    candidates.append((spot, text, case.case_id))
        best, nearest = None, pixels
        for spot, text, case_id in candidates:
            scene = self.map.scene_pos(spot)
            distance = ((scene.x() - at.x()) ** 2 + (scene.y() - at.y()) ** 2) ** 0.5
            if distance <= nearest:
                best, nearest = (text, case_id), distance
        return best


def _outcome_color(outcome: str) -> str:
    return OUTCOME_COLORS.get(outcome, MAP_SEARCHING_COLOR)


def _outcome_word(outcome: str) -> str:
    return word(outcome) if outcome else _t("仍在搜寻")


def _case_tip(case) -> str:
    """A case point's tooltip: its category, outcome and when last seen (nothing personal)."""
    return f"{word(case.category)} · {_outcome_word(case.outcome)} · {_t('最后出现')} {case.last_seen_at}"


OUTCOME_COLORS = {"找到平安": "#2ca02c", "受伤找到": "#ff7f0e", "遇难": "#444444", "自行返回": "#1f77b4",
                  "未找到": "#b0b0b0"}
SEARCHING_COLOR = "#dddddd"


def _stat_word(value: str) -> str:
    """A word of the lost-person statistics in the window's language: a stored word (an outcome,
    who found them) through the word table, a word of the statistics' own (a ``msg``) translated."""
    return message(value) if text_of(value) is not None else word(value)


class LostStatsTab(ChartTab):
    """走失统计: the team's own lost-person statistics (``domain/lost_stats.py``) of the missing-person
    cases last seen in the period: a table per category (cases, the distance from the last-seen
    point to the find and the time to find at 25/50/75/95 %, the number of cases behind each and the
    warning where too few); the distance and the time per category (25-75 % as a box, the median
    and the 95 % point as marks); the outcome by the time it took, stacked by outcome.

    The page's period applies to the last sighting; its kind and squad filters do not (a case is
    not a task of one kind or one squad): the note says so."""

    title = "走失统计"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.empty_label.setText(_t("所选范围内没有走失人员案件"))
        headers = [_t("人员类别"), _t("案件数"), _t("已找到"), _t("有距离"), _t("距离 25%"), _t("距离 50%"), _t("距离 75%"),
                   _t("距离 95%"), _t("有用时"), _t("用时 25%"), _t("用时 50%"), _t("用时 75%"), _t("用时 95%"), _t("提示")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.layout_.removeWidget(self.stack)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.layout_.insertWidget(0, self.splitter, 1)
        self.boxes: dict[str, pg.BarGraphItem] = {}  # "distance" / "hours" -> the 25-75 % boxes
        self.marks: dict[str, tuple[pg.ScatterPlotItem, pg.ScatterPlotItem]] = {}  # medians, 95 % points
        self.shown: dict[str, list] = {}  # "distance" / "hours" -> the rows drawn (CategoryStats)
        self.plots: dict[str, pg.PlotItem] = {}
        self.outcome_bars: dict[str, pg.BarGraphItem] = {}
        self.buckets: list[str] = []

    def fetch(self, store, flt, params):

        since = flt.since.isoformat() if flt.since else None
        until = (flt.until + dt.timedelta(days=1)).isoformat() if flt.until else None  # the last day included
        return L.lost_stats(store.cases.findings(since=since, until=until))

    def draw(self, figures) -> bool:

        self.boxes, self.marks, self.shown, self.plots, self.outcome_bars = {}, {}, {}, {}, {}
        self._fill_table(figures)
        total = figures.total
        note = _t("按最后出现时间统计所选时间内的走失人员案件，共 {0} 例，已找到 {1} 例。“类别”“分队”筛选不适用于走失统计"
                  "（案件不属于某一类任务或某个分队）。").format(total.cases, total.found)
        if total.found_by:
            note += _t("找到者：{0}。").format(_t("、").join(
                f"{_stat_word(who)} {n}" for who, n in total.found_by.items()))
        note += _t("分位数按线性插值计算（与 numpy、Excel 的 PERCENTILE.INC 相同）；不足 {0} 例不计算，不足 {1} 例仅供参考。"
                   ).format(L.MIN_CASES, L.FEW_CASES)
        self.note.setText(note)
        if not total.cases:
            return False
        for col, (key, title, unit, scale) in enumerate((
                ("distance", _t("距最后出现地点的距离（公里）"), _t("公里"), 1000.0),
                ("hours", _t("找到用时（小时）"), _t("小时"), 1.0))):
            rows = [r for r in figures.rows if getattr(r, key).values]
            self.shown[key] = rows
            plot = self.new_plot(0, col, title)
            self.plots[key] = plot
            if not rows:
                continue
            # one row a category, the first at the top: 25-75 % as a box, the median and 95 % as marks
            ys = np.arange(len(rows))[::-1].astype(float)
            q = np.array([getattr(r, key).values for r in rows]) / scale
            plot.addLegend(offset=(-4, 4), labelTextColor="#222", colCount=3)
            plot.showGrid(x=True, y=False, alpha=0.25)
            box = pg.BarGraphItem(x0=q[:, 0], width=q[:, 2] - q[:, 0], y=ys, height=0.55,
                                  brush=pg.mkBrush("#9ab8d6"), pen=pg.mkPen(BAR_COLOR), name="25%–75%")
            medians = pg.ScatterPlotItem(x=q[:, 1], y=ys, symbol="s", size=10, brush=pg.mkBrush("#d62728"),
                                         pen=pg.mkPen("#fff"), name=_t("中位数"))
            tops = pg.ScatterPlotItem(x=q[:, 3], y=ys, symbol="t2", size=11, brush=pg.mkBrush("#222"),
                                      pen=pg.mkPen("#fff"), name="95%")
            for item in (box, medians, tops):
                plot.addItem(item)
            self.boxes[key], self.marks[key] = box, (medians, tops)
            labels = [_t("{0}（{1} 例）").format(self._category(r.category), getattr(r, key).cases) for r in rows]
            axis = plot.getAxis("left")
            axis.setTicks([[(float(y), label) for y, label in zip(ys, labels)]])
            axis.setStyle(hideOverlappingLabels=False)
            plot.setLabel("bottom", _label(unit))
            plot.setXRange(0, float(q[:, 3].max()) * 1.05, padding=0.02)
            plot.setYRange(-0.6, len(rows) - 0.4 + 0.9, padding=0)  # a free line on top for the legend
        self._draw_outcomes(figures.total)
        return True

    def _draw_outcomes(self, total) -> None:
        plot = self.new_plot(0, 2, _t("结果与用时（全部类别，{0} 例）").format(total.cases))
        self.plots["outcomes"] = plot
        plot.addLegend(offset=(10, 4), labelTextColor="#222", colCount=2)
        self.buckets = [b for b in L.bucket_names() if b in total.by_time]
        outcomes = [o for o in (*OUTCOME_COLORS, L.SEARCHING) if any(o in total.by_time[b] for b in self.buckets)]
        bottom = np.zeros(len(self.buckets))
        xs = np.arange(len(self.buckets))
        for outcome in outcomes:
            values = np.array([total.by_time[b].get(outcome, 0) for b in self.buckets], dtype=float)
            name = _stat_word(outcome)
            bar = pg.BarGraphItem(x=xs, y0=bottom.copy(), height=values, width=0.7,
                                  brush=pg.mkBrush(OUTCOME_COLORS.get(outcome, SEARCHING_COLOR)),
                                  pen=pg.mkPen("#ffffff"), name=name)
            plot.addItem(bar)
            self.outcome_bars[outcome] = bar
            bottom += values
        axis = plot.getAxis("bottom")
        axis.setTicks(_ticks([message(b) for b in self.buckets]))
        axis.setStyle(hideOverlappingLabels=False)
        plot.setLabel("left", _label(_t("案件数")))
        _headroom(plot, float(bottom.max()) if len(bottom) else 0.0, 0.35)

    @staticmethod
    def _category(category: str) -> str:
        return _t("合计") if category == "" else word(category)

    def _fill_table(self, figures) -> None:

        self.table.setRowCount(0)
        for row in figures.rows if figures.total.cases else []:
            r = self.table.rowCount()
            self.table.insertRow(r)
            distances = [message(L.distance_text(v)) for v in row.distance.values] or ["—"] * len(L.PERCENTS)
            hours = [message(L.hours_text(v)) for v in row.hours.values] or ["—"] * len(L.PERCENTS)
            warnings = [message(w) for w in (row.distance.warning, row.hours.warning) if w]
            if row.distance.warning and row.hours.warning:
                warnings = [_t("距离：{0}").format(warnings[0]), _t("用时：{0}").format(warnings[1])]
            elif row.hours.warning:
                warnings = [_t("用时：{0}").format(warnings[0])]
            elif row.distance.warning:
                warnings = [_t("距离：{0}").format(warnings[0])]
            cells = [self._category(row.category), str(row.cases), str(row.found), str(row.distance.cases),
                     *distances, str(row.hours.cases), *hours, _t("；").join(warnings)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 0 < c < len(cells) - 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.category == "":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if c == len(cells) - 1 and text:
                    item.setForeground(QColor("#a05a00"))
                self.table.setItem(r, c, item)
        self._fit_table()

    def _fit_table(self) -> None:
        """Every row of the table in sight where it fits in about half the tab (the plots keep the rest)."""
        self.table.resizeColumnsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        wanted = rows + self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + 4
        total = sum(self.splitter.sizes())
        if total > 0:
            top = min(wanted, int(total * 0.5))
            self.splitter.setSizes([top, total - top])

    def hover(self, plot, x, y):
        i = int(round(x))
        for key, fmt in (("distance", L.distance_text), ("hours", L.hours_text)):
            if self.plots.get(key) is plot:
                rows = self.shown.get(key, [])
                i = len(rows) - 1 - int(round(y))  # the first row at the top
                if not 0 <= i < len(rows):
                    return None
                spread = getattr(rows[i], key)
                values = "\n".join(f"{p}%：{message(fmt(v))}" for p, v in zip(L.PERCENTS, spread.values))
                text = _t("{0}（{1} 例）").format(self._category(rows[i].category), spread.cases) + "\n" + values
                return text + ("\n" + message(spread.warning) if spread.warning else "")
        if self.plots.get("outcomes") is plot and self.figures is not None and 0 <= i < len(self.buckets):
            bucket = self.figures.total.by_time[self.buckets[i]]
            lines = [f"{_stat_word(o)} {n}" for o, n in bucket.items()]
            return _t("{0}：{1} 例").format(message(self.buckets[i]), sum(bucket.values())) + "\n" + "\n".join(lines)
        return None


_MISSING = object()
KEPT_FIGURES = 96  # figures kept (a tab for a filter each): 16 filters of every tab
PREFETCH_DELAY_MS = 300


class _ReadAhead:
    """The figures a prefetch thread still has to read, shared with the page's thread: a tab shown
    meanwhile takes its job off the list (and reads it itself), or waits for the one being read
    now, never reading the same figures twice at once."""

    def __init__(self, jobs: list):
        self.jobs = list(jobs)  # (key, fetch, params), in the order they are read
        self.reading = None  # the key being read now
        self.read: dict = {}
        self.stopped = False
        self.cond = threading.Condition()

    def take(self):
        with self.cond:
            if self.stopped or not self.jobs:
                self.reading = None
                return None
            job = self.jobs.pop(0)
            self.reading = job[0]
            return job

    def done(self, key, figures) -> None:
        with self.cond:
            if figures is not _MISSING:
                self.read[key] = figures
            self.reading = None
            self.cond.notify_all()

    def stop(self) -> None:
        with self.cond:
            self.stopped = True
            self.jobs.clear()
            self.cond.notify_all()

    def claim(self, key, timeout: float = 30.0):
        """The figures for ``key`` if read (waiting while they are being read), else _MISSING (and
        the job is no longer the thread's: the caller reads them)."""
        with self.cond:
            self.jobs = [job for job in self.jobs if job[0] != key]
            self.cond.wait_for(lambda: self.reading != key, timeout)
            return self.read.get(key, _MISSING)


class ChartsPage(QWidget):
    """统计: the filter bar and the chart tabs.

    The figures read for a tab are kept per filter (``prepare``'s parameters too) until the data
    change, and ``prefetch()`` reads every tab's figures for the current filter in a thread of its
    own (its own connection) once the window shows, and again once a changed filter rests:
    opening a tab on a big archive then only draws."""

    filter_changed = Signal(object)  # ChartFilter
    _prefetched = Signal(int, object, object)  # generation, key, figures (from the prefetch thread)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self._latest: dt.date | None = None
        self._building = False
        self._figures: dict = {}  # (tab index, filter, params) -> figures, until the data change
        self._generation = 0  # counts the changes of the data: figures read before one are dropped
        self.reads_ahead = False  # prefetch() was asked for (the window does, once it shows)
        self._read_ahead: _ReadAhead | None = None
        self.prefetch_thread: threading.Thread | None = None
        # after a change of the filter the others are read ahead once it rests (dates typed digit by digit)
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(PREFETCH_DELAY_MS)
        self._prefetch_timer.timeout.connect(self.prefetch)
        self._prefetched.connect(self._keep_prefetched)

        # --- the filter bar
        self.period_combo = QComboBox()
        for key, text in ((PERIOD_ALL, "全部"), (PERIOD_THIS_YEAR, "今年"), (PERIOD_LAST_YEAR, "去年"),
                          (PERIOD_12_MONTHS, "最近 12 个月"), (PERIOD_CUSTOM, "自定义")):
            self.period_combo.addItem(_t(text), key)
        self.since_edit = QDateEdit()
        self.until_edit = QDateEdit()
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.kind_button = QToolButton()
        self.kind_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kind_menu = QMenu(self.kind_button)
        self.kind_actions: dict[TaskKind, QAction] = {}
        for kind in KIND_ORDER:
            action = self.kind_menu.addAction(kind_label(kind))
            action.setCheckable(True)
            action.toggled.connect(self._kinds_toggled)
            self.kind_actions[kind] = action
        self.kind_button.setMenu(self.kind_menu)
        self.squad_combo = QComboBox()
        self.save_button = QPushButton(_t("保存图片…"))
        self.save_button.clicked.connect(self.save_image)
        bar = QHBoxLayout()
        for widget in (QLabel(_t("时间：")), self.period_combo, self.since_edit, QLabel("—"), self.until_edit,
                       QLabel(_t("类别：")), self.kind_button, QLabel(_t("分队：")), self.squad_combo):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.save_button)

        # --- the tabs
        self.tabs = QTabWidget()
        self.monthly_tab = MonthlyTab()
        self.response_tab = ResponseTab()
        self.hour_tab = HourWeekdayTab()
        self.squad_tab = SquadLoadTab()
        self.per_task_tab = PerTaskTab()
        self.search_tab = SearchOutcomesTab()
        self.map_tab = MapTab()
        self.lost_tab = LostStatsTab()
        self.chart_tabs: list[ChartTab] = [self.monthly_tab, self.response_tab, self.hour_tab, self.squad_tab,
                                           self.per_task_tab, self.search_tab, self.map_tab, self.lost_tab]
        for tab in self.chart_tabs:
            self.tabs.addTab(tab, _t(tab.title))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.monthly_tab.compare_combo.currentIndexChanged.connect(self._compare_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

        self._load_choices()
        self._update_kind_text()
        self._show_period_dates()
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.since_edit.dateChanged.connect(self._filter_edited)
        self.until_edit.dateChanged.connect(self._filter_edited)
        self.squad_combo.currentIndexChanged.connect(self._filter_edited)
        context.tasks_changed.connect(self._data_changed)
        context.changed.connect(self._cases_changed)
        self.map_tab.case_chosen.connect(self.open_case)
        self.case_forms: list = []
        self._filter = self._read_filter()
        self.reload()

    # --- public --------------------------------------------------------------------------------

    def current_filter(self) -> ChartFilter:
        return self._filter

    def current_tab(self) -> ChartTab:
        return self.tabs.currentWidget()

    def set_filter(self, flt: ChartFilter) -> None:
        """Show the charts for a filter (the period becomes 自定义 where it has dates)."""
        self._building = True
        try:
            if flt.since is None and flt.until is None:
                self.period_combo.setCurrentIndex(self.period_combo.findData(PERIOD_ALL))
            else:
                self.period_combo.setCurrentIndex(self.period_combo.findData(PERIOD_CUSTOM))
                first, last = self._span()
                self.since_edit.setDate(_qdate(flt.since or first))
                self.until_edit.setDate(_qdate(flt.until or last))
            self._enable_dates()
            chosen = set(flt.kinds)
            for kind, action in self.kind_actions.items():
                action.setChecked(kind in chosen and len(chosen) < len(KIND_ORDER))
            index = self.squad_combo.findData(flt.squad_id)
            if index < 0 and flt.squad_id is not None:
                self.squad_combo.addItem(str(flt.squad_id), flt.squad_id)
                index = self.squad_combo.count() - 1
            self.squad_combo.setCurrentIndex(max(0, index))
            self._update_kind_text()
        finally:
            self._building = False
        self._filter = ChartFilter(since=flt.since, until=flt.until, kinds=tuple(flt.kinds), squad_id=flt.squad_id)
        self._invalidate()

    def reload(self) -> None:
        """Read the choices again (years, squads) and recompute the visible chart."""
        self._forget_figures()
        self._load_choices()
        self._filter = self._read_filter()
        self._show_period_dates()  # a preset's greyed dates: 全部 ends on the newest task's day
        self._invalidate()

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("Charts/tab", self.tabs.currentIndex())
        settings.setValue("Charts/period", self.period_combo.currentData())
        settings.setValue("Charts/compareYear", self.monthly_tab.compare_combo.currentData() or 0)
        self.map_tab.save_settings(settings)

    def restore_settings(self, settings: QSettings) -> None:
        try:
            tab = int(settings.value("Charts/tab", 0) or 0)
        except (TypeError, ValueError):
            tab = 0
        period = settings.value("Charts/period", PERIOD_ALL)
        index = self.period_combo.findData(period)
        if index >= 0 and period != PERIOD_CUSTOM:
            self.period_combo.setCurrentIndex(index)
        try:
            year = int(settings.value("Charts/compareYear", 0) or 0)
        except (TypeError, ValueError):
            year = 0
        index = self.monthly_tab.compare_combo.findData(year) if year else 0
        self.monthly_tab.compare_combo.setCurrentIndex(max(0, index))
        self.map_tab.restore_settings(settings)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def save_image(self) -> str | None:
        """Save the visible chart as a PNG, to a file the user picks."""
        tab = self.current_tab()
        if not tab.has_data():
            dialogs.show_info(self, _t("保存图片"), _t("所选范围内没有任务，没有可保存的图表。"))
            return None
        name = dialogs.ask_save_file(self, _t("保存图片"), f"{_t(tab.title)}.png", _t("PNG 图片 (*.png)"))
        if not name:
            return None
        if not name.lower().endswith(".png"):
            name += ".png"
        from pyqtgraph.exporters import ImageExporter

        try:
            exporter = ImageExporter(tab.export_target())
            width = max(800, int(tab.graphics.width()))
            exporter.parameters()["width"] = width
            exporter.export(name)
        except Exception as exc:  # a full disk, a folder without rights
            log.exception("saving a chart failed")
            dialogs.show_error(self, _t("保存图片"), _t("图片未能保存：{0}").format(exc))
            return None
        return name

    # --- inside --------------------------------------------------------------------------------

    def _span(self) -> tuple[dt.date, dt.date]:
        span = self.store.charts.data_range()
        if span is None:
            today = dt.date.today()
            return dt.date(today.year, 1, 1), today
        return span

    def _load_choices(self) -> None:
        span = self.store.charts.data_range()
        self._latest = span[1] if span else None
        years = list(range(span[1].year, span[0].year - 1, -1)) if span else []
        self.monthly_tab.set_years(years, span[1].year if span else None)
        current = self.squad_combo.currentData()
        self.squad_combo.blockSignals(True)
        self.squad_combo.clear()
        self.squad_combo.addItem(_t("全部分队"), None)
        for squad_id, name in self.store.charts.squads():
            self.squad_combo.addItem(name, squad_id)
        index = self.squad_combo.findData(current)
        self.squad_combo.setCurrentIndex(max(0, index))
        self.squad_combo.blockSignals(False)

    def _enable_dates(self) -> None:
        custom = self.period_combo.currentData() == PERIOD_CUSTOM
        self.since_edit.setEnabled(custom)
        self.until_edit.setEnabled(custom)
        if not custom:
            self._show_period_dates()

    def _show_period_dates(self) -> None:
        """The greyed dates say what a preset period covers (全部: the first task to the last), never
        Qt's default 2000-01-01."""
        if self.period_combo.currentData() == PERIOD_CUSTOM:
            return
        try:
            flt = self._read_filter()
            first, last = self._span()
        except Exception:  # noqa: BLE001 (the dates are a hint)
            return
        for edit, day in ((self.since_edit, flt.since or first), (self.until_edit, flt.until or last)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _period_chosen(self) -> None:
        if self._building:
            return
        key = self.period_combo.currentData()
        if key == PERIOD_CUSTOM:
            first, last = self._span()
            self._building = True
            self.since_edit.setDate(_qdate(self._filter.since or first))
            self.until_edit.setDate(_qdate(self._filter.until or last))
            self._building = False
        self._enable_dates()
        self._filter_edited()

    def _kinds_toggled(self) -> None:
        self._update_kind_text()
        self._filter_edited()

    def _update_kind_text(self) -> None:
        chosen = [k for k, a in self.kind_actions.items() if a.isChecked()]
        if not chosen or len(chosen) == len(KIND_ORDER):
            self.kind_button.setText(_t("全部类别"))
        elif len(chosen) <= 2:
            self.kind_button.setText(_t("、").join(kind_label(k) for k in chosen))
        else:
            self.kind_button.setText(_t("{0} 个类别").format(len(chosen)))
        # the text beside the menu's arrow, never under it ("All kinds" was cut at its last letter)
        self.kind_button.setMinimumWidth(self.kind_button.fontMetrics().horizontalAdvance(self.kind_button.text()) + 32)

    def _read_filter(self) -> ChartFilter:
        key = self.period_combo.currentData()
        latest = self._latest or dt.date.today()
        since = until = None
        if key == PERIOD_THIS_YEAR:
            since, until = C.year_period(latest.year)
        elif key == PERIOD_LAST_YEAR:
            since, until = C.year_period(latest.year - 1)
        elif key == PERIOD_12_MONTHS:  # the latest month of the data and the eleven before it
            year, month = latest.year, latest.month - 11
            if month <= 0:
                year, month = year - 1, month + 12
            since, until = dt.date(year, month, 1), latest
        elif key == PERIOD_CUSTOM:
            since = self.since_edit.date().toPython()
            until = self.until_edit.date().toPython()
        kinds = tuple(k for k, a in self.kind_actions.items() if a.isChecked())
        if len(kinds) == len(KIND_ORDER):
            kinds = ()
        return ChartFilter(since=since, until=until, kinds=kinds, squad_id=self.squad_combo.currentData())

    def _filter_edited(self) -> None:
        if self._building:
            return
        self._filter = self._read_filter()
        self._show_period_dates()
        self._invalidate()

    def _invalidate(self) -> None:
        for tab in self.chart_tabs:
            tab.stale = True
        self._refresh_current()
        self.filter_changed.emit(self._filter)
        if self.reads_ahead:
            self.stop_prefetch()
            self._prefetch_timer.start()

    def _refresh_current(self) -> None:
        tab = self.current_tab()
        if tab is not None and tab.stale:
            flt = self._filter
            params = tab.prepare(flt)
            key = (self.chart_tabs.index(tab), flt, params)
            figures = self._figures.get(key, _MISSING)
            if figures is _MISSING and self._read_ahead is not None:
                figures = self._read_ahead.claim(key)
            if figures is _MISSING:
                figures = tab.fetch(self.store, flt, params)
                self._keep(key, figures)
            tab.show_figures(figures, params)

    # --- the figures kept, and read ahead --------------------------------------------------------

    def _keep(self, key, figures) -> None:
        self._figures[key] = figures
        while len(self._figures) > KEPT_FIGURES:
            del self._figures[next(iter(self._figures))]

    def _forget_figures(self) -> None:
        self._generation += 1
        self._figures.clear()
        self.stop_prefetch()

    def _keep_prefetched(self, generation: int, key, figures) -> None:
        if generation == self._generation:
            self._keep(key, figures)

    def prefetch(self) -> threading.Thread | None:
        """Read, in a thread with a store of its own, the figures of every tab for the current
        filter that are not kept yet (the visible tab's first). From then on also after each
        change of the filter. Returns the thread (None: nothing to read)."""
        self.reads_ahead = True
        self._prefetch_timer.stop()
        self.stop_prefetch()
        flt = self._filter
        current = self.current_tab()
        order = sorted(range(len(self.chart_tabs)), key=lambda i: self.chart_tabs[i] is not current)
        jobs = []
        for index in order:
            tab = self.chart_tabs[index]
            params = tab.prepare(flt)  # (on this thread: it reads the tab's widgets)
            key = (index, flt, params)
            if key not in self._figures:
                jobs.append((key, tab.fetch, params))
        if not jobs:
            return None
        ahead = self._read_ahead = _ReadAhead(jobs)
        generation, path, signal = self._generation, self.store.path, self._prefetched

        def run() -> None:
            from wz_desktop.store import Store

            try:
                store = Store.open(path, maintain=False)
            except Exception:  # the page reads them itself when a tab is shown
                log.exception("opening the database to read the charts ahead")
                ahead.stop()
                return
            try:
                while (job := ahead.take()) is not None:
                    key, fetch, params = job
                    figures = _MISSING
                    try:
                        figures = fetch(store, key[1], params)
                    except Exception:
                        log.exception("reading the charts ahead")
                    finally:
                        ahead.done(key, figures)
                    if figures is not _MISSING and not ahead.stopped:
                        signal.emit(generation, key, figures)  # queued to the page's thread
            except RuntimeError:  # the page was deleted meanwhile
                ahead.stop()
            finally:
                store.close()

        self.prefetch_thread = threading.Thread(target=run, name="charts-prefetch", daemon=True)
        self.prefetch_thread.start()
        return self.prefetch_thread

    def stop_prefetch(self, wait: float = 0.0) -> None:
        """Stop reading ahead (after the query under way); ``wait`` seconds for the thread to end."""
        self._prefetch_timer.stop()
        if self._read_ahead is not None:
            self._read_ahead.stop()
            self._read_ahead = None
        thread = self.prefetch_thread
        if wait and thread is not None:
            thread.join(wait)

    def _tab_shown(self, _index: int) -> None:
        self._refresh_current()

    def _compare_changed(self) -> None:
        self.monthly_tab.stale = True
        if self.current_tab() is self.monthly_tab:
            self._refresh_current()

    def _data_changed(self) -> None:
        self.reload()

    def open_case(self, case_id: int):
        """A missing-person case's form (from a click on the map), not modal; returns it."""
        from wz_desktop.ui.case_form import CaseForm

        form = CaseForm(self.context, case_id=case_id, parent=self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        form.destroyed.connect(lambda *_args, form=form: self.case_forms.remove(form) if form in self.case_forms else None)
        self.case_forms.append(form)
        form.show()
        return form

    def _cases_changed(self, changes) -> None:
        """A case's person (its points, its outcome) or a squad's base changed: not a task, but the
        map and the statistics show them."""
        if changes.touches("missing_persons", "squads") and not changes.touches(*TASK_TABLES):
            self.reload()

def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
