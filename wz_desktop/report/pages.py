"""A4 pages drawn with QPainter on a QPdfWriter: a cursor runs down the page, and a block that
does not fit goes on the next page (a table goes on with its header repeated).

Only QPdfWriter, QPainter, QFont and QFontMetricsF are used — no QPixmap, no widget, no pyqtgraph —
so a report can be made in a worker thread as well as on the GUI thread. Everything is vector: the
text stays text (``pdftotext`` reads it), the bars stay sharp at any zoom.

The layout is done first (every block measured and put on a page as a small drawing function),
then the pages are painted; so the footer can say 第 N 页，共 M 页.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPainter,
    QPdfWriter,
    QPen,
)

from wz_desktop.domain.text import msg

# Chinese families, best first: a report in the team's own shapes (not the Japanese ones a
# fallback may pick); any other family that writes Simplified Chinese comes after these
CHINESE_FAMILIES = [
    "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei", "Microsoft YaHei UI",
    "PingFang SC", "Hiragino Sans GB", "Noto Serif CJK SC", "Source Han Serif SC", "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei", "SimHei", "SimSun", "NSimSun", "DengXian", "Droid Sans Fallback",
]

INK = "#222222"
MUTED = "#666666"
RULE = "#999999"
GRID = "#e2e2e2"
HEADER_FILL = "#e8eef5"
STRIPE_FILL = "#f6f8fa"

AlignLeft = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
AlignRight = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
AlignCenter = Qt.AlignmentFlag.AlignCenter
WRAP = Qt.TextFlag.TextWordWrap


def chinese_family() -> str | None:
    """An installed font family that draws Simplified Chinese, or None."""
    installed = QFontDatabase.families()
    names = set(installed)
    for name in CHINESE_FAMILIES:
        if name in names and QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(name):
            return name
    for name in installed:  # any other; the Japanese, Korean and traditional cuts last
        if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(name) \
                and not any(tag in name for tag in (" JP", " KR", " TC", " HK", "Mono")):
            return name
    for name in installed:
        if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(name):
            return name
    return None


Draw = Callable[[QPainter, QRectF], None]


class Pages:
    """The layout: pages of drawing functions, a cursor ``y`` on the last page (device pixels)."""

    def __init__(self, writer: QPdfWriter, family: str):
        self.writer = writer
        self.family = family
        self.dpmm = writer.resolution() / 25.4
        self.width = float(writer.width())
        self.height = float(writer.height())
        self.footer_height = self.mm(9)
        self.bottom = self.height - self.footer_height
        self.pages: list[list[Callable[[QPainter], None]]] = [[]]
        self.y = 0.0
        self._fonts: dict[tuple, QFont] = {}

    # --- units and fonts ---------------------------------------------------------------------------

    def mm(self, value: float) -> float:
        return value * self.dpmm

    def font(self, points: float, bold: bool = False) -> QFont:
        key = (points, bold)
        if key not in self._fonts:
            font = QFont()
            font.setFamilies([self.family])
            font.setPointSizeF(points)
            font.setBold(bold)
            font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
            if hasattr(font, "setFeature"):  # Qt 6.7+
                # Noto Sans CJK's localised forms turn the digits after letters (WZ1321) into glyphs
                # that Qt's PDF text map leaves out: pdftotext and a reader's search would lose them
                font.setFeature(QFont.Tag("locl"), 0)
            self._fonts[key] = font
        return self._fonts[key]

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.writer)

    def text_height(self, text: str, font: QFont, width: float) -> float:
        return self.metrics(font).boundingRect(QRectF(0, 0, width, 1e7), int(WRAP | Qt.AlignmentFlag.AlignLeft),
                                               text).height()

    def text_width(self, text: str, font: QFont) -> float:
        return self.metrics(font).horizontalAdvance(text)

    # --- placing blocks ----------------------------------------------------------------------------

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def space(self, millimetres: float) -> None:
        self.y = min(self.bottom, self.y + self.mm(millimetres))

    def place(self, height: float, draw: Draw, *, keep: float = 0.0, gap: float | None = None) -> None:
        """A block ``height`` high, on this page if it fits (with ``keep`` more below it, so that a
        heading never ends a page), else on the next."""
        if self.y > 0 and self.y + height + keep > self.bottom:
            self.new_page()
        rect = QRectF(0, self.y, self.width, height)
        self.pages[-1].append(lambda painter, rect=rect: draw(painter, rect))
        self.y += height + (self.mm(2) if gap is None else gap)

    def text(self, text: str, points: float = 10, *, bold: bool = False, color: str = INK, align=None,
             keep: float = 0.0, gap: float | None = None, indent: float = 0.0) -> None:
        font = self.font(points, bold)
        width = self.width - self.mm(indent)
        height = self.text_height(text, font, width) + self.mm(0.5)
        flags = int(WRAP | (align if align is not None else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignTop)

        def draw(painter: QPainter, rect: QRectF) -> None:
            painter.setFont(font)
            painter.setPen(QColor(color))
            painter.drawText(rect.adjusted(self.mm(indent), 0, 0, 0), flags, text)

        self.place(height, draw, keep=keep, gap=gap)

    def heading(self, text: str, level: int = 1, keep_mm: float | None = None) -> None:
        """A heading, kept on the page with ``keep_mm`` of what follows it (the next chart)."""
        points = {0: 20, 1: 14, 2: 11.5}[level]
        if level == 1:
            self.space(3)
        keep = self.mm(keep_mm if keep_mm is not None else (45 if level == 1 else 30))
        font = self.font(points, True)
        height = self.metrics(font).height() * 1.35

        def draw(painter: QPainter, rect: QRectF) -> None:
            painter.setFont(font)
            painter.setPen(QColor("#123a63" if level == 1 else INK))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), text)
            if level == 1:
                painter.setPen(QPen(QColor("#123a63"), self.mm(0.35)))
                painter.drawLine(QPointF(rect.left(), rect.bottom() + self.mm(0.6)),
                                 QPointF(rect.right(), rect.bottom() + self.mm(0.6)))

        self.place(height, draw, keep=keep, gap=self.mm(2.5 if level == 1 else 1.5))

    def block(self, height_mm: float, draw: Draw, *, keep: float = 0.0) -> None:
        self.place(self.mm(height_mm), draw, keep=keep)

    def table(self, columns: Sequence[tuple[str, float, object]], rows: Sequence[Sequence[str]], *,
              caption: str = "", points: float = 8.5, total_rows: int = 0) -> None:
        """A table: ``columns`` (title, relative width, alignment); the last ``total_rows`` rows in
        bold. Rows never break; a table that goes on to the next page repeats its header there."""
        font = self.font(points)
        bold = self.font(points, True)
        weights = sum(c[1] for c in columns)
        widths = [self.width * c[1] / weights for c in columns]
        lefts = [sum(widths[:i]) for i in range(len(widths))]
        pad = self.mm(1.5)
        row_height = self.metrics(font).height() * 1.65
        header_height = max(self.text_height(c[0], bold, w - 2 * pad) for c, w in zip(columns, widths)) + self.mm(2.2)

        def cell(painter: QPainter, rect: QRectF, text: str, align, cell_font: QFont) -> None:
            inner = rect.adjusted(pad, 0, -pad, 0)
            shown = self.metrics(cell_font).elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(inner, int(align), shown)

        def draw_header(painter: QPainter, rect: QRectF) -> None:
            painter.fillRect(rect, QColor(HEADER_FILL))
            painter.setFont(bold)
            painter.setPen(QColor(INK))
            for (title, _, align), left, width in zip(columns, lefts, widths):
                inner = QRectF(rect.left() + left + pad, rect.top(), width - 2 * pad, rect.height())
                painter.drawText(inner, int(WRAP | align), title)
            painter.setPen(QPen(QColor(RULE), self.mm(0.25)))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            painter.drawLine(rect.topLeft(), rect.topRight())

        def header(continued: bool) -> None:
            if continued and caption:
                self.text(msg("{caption}（续）", caption=caption), 8, color=MUTED, gap=self.mm(0.8))
            self.place(header_height, draw_header, keep=row_height, gap=0)

        header(False)
        for index, row in enumerate(rows):
            is_total = index >= len(rows) - total_rows
            if self.y + row_height > self.bottom:
                self.new_page()
                header(True)

            def draw_row(painter: QPainter, rect: QRectF, row=row, index=index, is_total=is_total) -> None:
                if is_total:
                    painter.fillRect(rect, QColor(HEADER_FILL))
                elif index % 2:
                    painter.fillRect(rect, QColor(STRIPE_FILL))
                painter.setPen(QColor(INK))
                cell_font = bold if is_total else font
                painter.setFont(cell_font)
                for text, (_, _, align), left, width in zip(row, columns, lefts, widths):
                    cell(painter, QRectF(rect.left() + left, rect.top(), width, rect.height()), str(text), align,
                         cell_font)
                painter.setPen(QPen(QColor(GRID), self.mm(0.15)))
                painter.drawLine(rect.bottomLeft(), rect.bottomRight())

            self.place(row_height, draw_row, gap=0)
        self.space(3)

    # --- painting ----------------------------------------------------------------------------------

    def paint(self, footer: Callable[[QPainter, QRectF, int, int], None],
              cancelled: Callable[[], bool] = lambda: False,
              progress: Callable[[int, int], None] | None = None) -> bool:
        """Paint every page; False where ``cancelled()`` said to stop (the file is then incomplete:
        the caller throws it away)."""
        painter = QPainter()
        if not painter.begin(self.writer):
            raise OSError("PDF")
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            total = len(self.pages)
            for number, ops in enumerate(self.pages, start=1):
                if cancelled():
                    return False
                if number > 1:
                    self.writer.newPage()
                for op in ops:
                    painter.save()
                    op(painter)
                    painter.restore()
                footer(painter, QRectF(0, self.height - self.footer_height, self.width, self.footer_height),
                       number, total)
                if progress is not None:
                    progress(number, total)
        finally:
            painter.end()
        return True


# --- charts --------------------------------------------------------------------------------------

VIRIDIS = [(0.0, (68, 1, 84)), (0.25, (59, 82, 139)), (0.5, (33, 145, 140)), (0.75, (94, 201, 98)),
           (1.0, (253, 231, 37))]


def viridis(t: float) -> QColor:
    """The viridis colour map (as the heat map of the 统计 page) at ``t`` in 0..1."""
    t = min(1.0, max(0.0, t))
    for (t0, c0), (t1, c1) in zip(VIRIDIS, VIRIDIS[1:]):
        if t <= t1:
            f = (t - t0) / (t1 - t0) if t1 > t0 else 0
            return QColor(*(round(a + (b - a) * f) for a, b in zip(c0, c1)))
    return QColor(*VIRIDIS[-1][1])


def nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 times a power of ten) for an axis up to ``top``; at least 1 for counts."""
    if top <= 0:
        return 1
    raw = top / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * magnitude:
            return max(1, m * magnitude)
    return max(1, 10 * magnitude)


def number(value: float | None, digits: int = 1) -> str:
    """12 → '12', 12.5 → '12.5', None → '—'."""
    if value is None:
        return "—"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.{digits}f}"


class Chart:
    """Drawing helpers bound to the layout (its units and fonts)."""

    def __init__(self, pages: Pages):
        self.pages = pages
        self.mm = pages.mm

    def _title(self, painter: QPainter, rect: QRectF, title: str) -> float:
        if not title:
            return rect.top()
        font = self.pages.font(9.5, True)
        height = self.pages.metrics(font).height() * 1.3
        painter.setFont(font)
        painter.setPen(QColor(INK))
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), height), int(AlignCenter), title)
        return rect.top() + height

    def _legend(self, painter: QPainter, rect: QRectF, top: float, entries: Sequence[tuple[str, str]]) -> float:
        if not entries:
            return top
        font = self.pages.font(7.5)
        metrics = self.pages.metrics(font)
        box = self.mm(3)
        widths = [box + self.mm(1.2) + metrics.horizontalAdvance(name) + self.mm(4) for name, _ in entries]
        x = rect.left() + max(0.0, (rect.width() - sum(widths)) / 2)
        height = metrics.height() * 1.4
        painter.setFont(font)
        for (name, color), width in zip(entries, widths):
            painter.fillRect(QRectF(x, top + (height - box) / 2, box, box), QColor(color))
            painter.setPen(QColor(INK))
            painter.drawText(QRectF(x + box + self.mm(1.2), top, width, height), int(AlignLeft), name)
            x += width
        return top + height + self.mm(1)

    def bars(self, painter: QPainter, rect: QRectF, labels: Sequence[str],
             series: Sequence[tuple[str, str, Sequence[float]]], *, title: str = "", stacked: bool = True,
             legend: bool = True, y_title: str = "", marker: tuple[float, str] | None = None,
             label_lines: int = 1) -> None:
        """Vertical bars, one slot per label: the series stacked (the total written above each bar)
        or side by side (each value above its bar). ``marker``: (x in slots, text) a red line, as
        the median of the response times."""
        top = self._title(painter, rect, title)
        if legend and len(series) > 1:
            top = self._legend(painter, rect, top, [(name, color) for name, color, _ in series])
        tick_font = self.pages.font(7.5)
        small = self.pages.font(6.5)
        metrics = self.pages.metrics(tick_font)
        n = len(labels)
        if stacked:
            totals = [sum(s[2][i] for s in series) for i in range(n)]
        else:
            totals = [max((s[2][i] for s in series), default=0) for i in range(n)]
        high = max(totals, default=0)
        step = nice_step(high)
        axis_top = max(step, math.ceil(high / step) * step)
        if axis_top == high:
            axis_top += step  # room for the values written above the highest bar
        tick_texts = [number(step * i) for i in range(int(round(axis_top / step)) + 1)]
        left_width = max(metrics.horizontalAdvance(t) for t in tick_texts) + self.mm(2)
        if y_title:
            left_width += metrics.height() * 1.1
        bottom_height = metrics.height() * (label_lines + 0.4)
        plot = QRectF(rect.left() + left_width, top + self.mm(1), rect.width() - left_width - self.mm(1),
                      rect.bottom() - top - self.mm(1) - bottom_height)

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / axis_top

        painter.setFont(tick_font)
        for i, text in enumerate(tick_texts):
            y = y_of(step * i)
            painter.setPen(QPen(QColor(GRID if i else RULE), self.mm(0.15 if i else 0.25)))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(rect.left(), y - metrics.height(), left_width - self.mm(1.5), 2 * metrics.height()),
                             int(AlignRight), text)
        if y_title:
            painter.save()
            painter.translate(rect.left() + metrics.height() * 0.55, plot.center().y())
            painter.rotate(-90)
            painter.drawText(QRectF(-plot.height() / 2, -metrics.height() / 2, plot.height(), metrics.height()),
                             int(AlignCenter), y_title)
            painter.restore()
        slot = plot.width() / max(1, n)
        for i, label in enumerate(labels):
            x0 = plot.left() + slot * i
            painter.setPen(QColor(INK))
            painter.setFont(tick_font)
            painter.drawText(QRectF(x0, plot.bottom() + self.mm(0.8), slot, bottom_height),
                             int(WRAP | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), label)
            painter.setFont(small)
            if stacked:
                width = slot * 0.7
                bottom = 0.0
                for _name, color, values in series:
                    value = values[i]
                    if value:
                        bar = QRectF(x0 + (slot - width) / 2, y_of(bottom + value), width,
                                     y_of(bottom) - y_of(bottom + value))
                        painter.fillRect(bar, QColor(color))
                    bottom += value
                if totals[i]:
                    painter.setPen(QColor(INK))
                    painter.drawText(QRectF(x0, y_of(totals[i]) - metrics.height(), slot, metrics.height()),
                                     int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                                     number(totals[i]))
            else:
                group = slot * 0.8
                width = group / max(1, len(series))
                for j, (_name, color, values) in enumerate(series):
                    value = values[i]
                    bx = x0 + (slot - group) / 2 + j * width
                    if value:
                        painter.fillRect(QRectF(bx + width * 0.05, y_of(value), width * 0.9,
                                                plot.bottom() - y_of(value)), QColor(color))
                    painter.setPen(QColor(INK))
                    painter.drawText(QRectF(bx - width, y_of(value) - metrics.height(), width * 3, metrics.height()),
                                     int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), number(value))
        if marker is not None:
            at, text = marker
            x = plot.left() + slot * at
            painter.setPen(QPen(QColor("#d62728"), self.mm(0.5)))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setFont(tick_font)
            painter.drawText(QRectF(x + self.mm(1), plot.top(), plot.right() - x, metrics.height() * 1.2),
                             int(AlignLeft), text)

    def hbars(self, painter: QPainter, rect: QRectF, names: Sequence[str],
              columns: Sequence[tuple[str, Sequence[float], str]]) -> None:
        """Horizontal bars, one row per name, one panel per measure (title, values, colour), the value
        written at the end of each bar: the squads' load."""
        font = self.pages.font(7.5)
        bold = self.pages.font(8.5, True)
        metrics = self.pages.metrics(font)
        name_width = max((metrics.horizontalAdvance(n) for n in names), default=0) + self.mm(2)
        title_height = self.pages.metrics(bold).height() * 1.4
        gap = self.mm(4)
        panel_width = (rect.width() - name_width - gap * (len(columns) - 1)) / max(1, len(columns))
        row = (rect.height() - title_height) / max(1, len(names))
        painter.setFont(font)
        painter.setPen(QColor(INK))
        for i, name in enumerate(names):
            painter.drawText(QRectF(rect.left(), rect.top() + title_height + row * i, name_width - self.mm(1.5), row),
                             int(AlignRight), name)
        for c, (title, values, color) in enumerate(columns):
            left = rect.left() + name_width + c * (panel_width + gap)
            painter.setFont(bold)
            painter.setPen(QColor(INK))
            painter.drawText(QRectF(left, rect.top(), panel_width, title_height), int(AlignCenter), title)
            high = max(values, default=0) or 1
            value_room = metrics.horizontalAdvance(number(high)) + self.mm(1.5)
            span = panel_width - value_room
            painter.setPen(QPen(QColor(RULE), self.mm(0.25)))
            painter.drawLine(QPointF(left, rect.top() + title_height), QPointF(left, rect.bottom()))
            painter.setFont(font)
            for i, value in enumerate(values):
                y = rect.top() + title_height + row * i
                width = span * value / high
                if value:
                    painter.fillRect(QRectF(left, y + row * 0.15, width, row * 0.7), QColor(color))
                painter.setPen(QColor(INK))
                painter.drawText(QRectF(left + width + self.mm(0.8), y, value_room, row), int(AlignLeft), number(value))

    def heatmap(self, painter: QPainter, rect: QRectF, counts: Sequence[Sequence[int]], rows: Sequence[str]) -> None:
        """Counts by weekday (rows) and hour (columns), each cell coloured by its count (viridis, as
        the 统计 page) and written in it; a colour scale on the right."""
        font = self.pages.font(7.5)
        small = self.pages.font(5.5)
        metrics = self.pages.metrics(font)
        label_width = max(metrics.horizontalAdvance(r) for r in rows) + self.mm(2)
        scale_width = self.mm(16)
        bottom_height = metrics.height() * 2.4
        grid = QRectF(rect.left() + label_width, rect.top(), rect.width() - label_width - scale_width,
                      rect.height() - bottom_height)
        hours = len(counts[0]) if counts else 24
        cw, ch = grid.width() / hours, grid.height() / max(1, len(counts))
        high = max((max(r) for r in counts), default=0) or 1
        for d, values in enumerate(counts):
            painter.setFont(font)
            painter.setPen(QColor(INK))
            painter.drawText(QRectF(rect.left(), grid.top() + ch * d, label_width - self.mm(1.5), ch),
                             int(AlignRight), rows[d])
            painter.setFont(small)
            for h, value in enumerate(values):
                cell = QRectF(grid.left() + cw * h, grid.top() + ch * d, cw, ch)
                t = value / high
                painter.fillRect(cell, viridis(t))
                painter.setPen(QColor("#000000" if t > 0.6 else "#ffffff"))
                painter.drawText(cell, int(AlignCenter), str(value))
        painter.setFont(font)
        painter.setPen(QColor(INK))
        for h in range(hours):
            painter.drawText(QRectF(grid.left() + cw * h, grid.bottom() + self.mm(0.5), cw, metrics.height()),
                             int(AlignCenter), str(h))
        painter.drawText(QRectF(grid.left(), grid.bottom() + metrics.height() * 1.2, grid.width(), metrics.height()),
                         int(AlignCenter), "出队时刻（时）")
        # the colour scale
        bar = QRectF(grid.right() + self.mm(3), grid.top(), self.mm(3.5), grid.height())
        steps = 40
        for i in range(steps):
            painter.fillRect(QRectF(bar.left(), bar.bottom() - bar.height() * (i + 1) / steps, bar.width(),
                                    bar.height() / steps + 0.5), viridis((i + 0.5) / steps))
        painter.setPen(QColor(INK))
        for value, y in ((high, bar.top()), (0, bar.bottom())):
            painter.drawText(QRectF(bar.right() + self.mm(1), y - metrics.height() / 2, self.mm(12), metrics.height()),
                             int(AlignLeft), str(value))


# --- text that can be searched and copied --------------------------------------------------------

# A CJK font draws 水 (U+6C34) and the Kangxi radical ⽔ (U+2F54) with one glyph; Qt's PDF engine
# writes, for each glyph, the lowest code point that maps to it, so a reader copying or searching
# the text would get ⽔ instead of 水. The radicals' ordinary characters: Kangxi radicals by NFKC,
# the Radicals Supplement from this table (Unicode's equivalent unified ideographs).
RADICAL_SUPPLEMENT = {
    0x2E81: 0x5382, 0x2E84: 0x4E59, 0x2E85: 0x4EBB, 0x2E86: 0x5182, 0x2E89: 0x5202, 0x2E8A: 0x535C,
    0x2E8C: 0x5C0F, 0x2E8E: 0x5C22, 0x2E92: 0x5DF3, 0x2E93: 0x5E7A, 0x2E94: 0x5F51, 0x2E95: 0x5F50,
    0x2E96: 0x5FC4, 0x2E97: 0x5FC3, 0x2E98: 0x624C, 0x2E99: 0x6535, 0x2E9C: 0x65E5, 0x2E9D: 0x6708,
    0x2E9F: 0x6BCD, 0x2EA0: 0x6C11, 0x2EA1: 0x6C35, 0x2EA3: 0x706C, 0x2EA4: 0x722B, 0x2EA6: 0x4E2C,
    0x2EA7: 0x725B, 0x2EA8: 0x72AD, 0x2EA9: 0x738B, 0x2EAB: 0x76EE, 0x2EAC: 0x793A, 0x2EAD: 0x793B,
    0x2EAF: 0x7CF9, 0x2EB0: 0x7E9F, 0x2EB1: 0x7F53, 0x2EB2: 0x7F52, 0x2EB3: 0x7F51, 0x2EB6: 0x7F8A,
    0x2EB9: 0x8002, 0x2EBA: 0x8080, 0x2EBB: 0x807F, 0x2EBC: 0x8089, 0x2EBE: 0x8279, 0x2EC1: 0x864E,
    0x2EC2: 0x8864, 0x2EC3: 0x8980, 0x2EC4: 0x897F, 0x2EC5: 0x89C1, 0x2EC6: 0x89D2, 0x2EC8: 0x8BA0,
    0x2EC9: 0x8D1D, 0x2ECB: 0x8F66, 0x2ECC: 0x8FB6, 0x2ED0: 0x9485, 0x2ED1: 0x9577, 0x2ED2: 0x9578,
    0x2ED3: 0x957F, 0x2ED4: 0x95E8, 0x2ED6: 0x961D, 0x2ED7: 0x96E8, 0x2ED8: 0x9752, 0x2ED9: 0x97E6,
    0x2EDA: 0x9875, 0x2EDB: 0x98CE, 0x2EDC: 0x98DE, 0x2EDD: 0x98DF, 0x2EDF: 0x98E0, 0x2EE0: 0x9963,
    0x2EE2: 0x9A6C, 0x2EE3: 0x9AA8, 0x2EE4: 0x9B3C, 0x2EE5: 0x9C7C, 0x2EE6: 0x9E1F, 0x2EE7: 0x5364,
    0x2EE8: 0x9EA6, 0x2EE9: 0x9EC4, 0x2EEA: 0x9EFE, 0x2EEC: 0x9F50, 0x2EEE: 0x9F7F, 0x2EF0: 0x9F99,
    0x2EF3: 0x9F9F,
}


def _ideograph(code: int) -> int:
    import unicodedata

    if 0x2F00 <= code <= 0x2FD5:
        normal = unicodedata.normalize("NFKC", chr(code))
        return ord(normal) if len(normal) == 1 and normal >= "\u3400" else code
    return RADICAL_SUPPLEMENT.get(code, code)


def fix_text_mapping(path) -> int:
    """Rewrite, in the PDF at ``path``, the ToUnicode maps' radicals as the ordinary characters
    (each 4-digit code in place of another: nothing moves, the cross-reference table stays right).
    Returns how many codes were changed; leaves a file it does not understand as it is."""
    import re
    from pathlib import Path

    path = Path(path)
    data = bytearray(path.read_bytes())
    changed = 0
    for ref in set(re.findall(rb"/ToUnicode (\d+) 0 R", data)):
        head = re.search(rb"(?:^|\n)" + ref + rb" 0 obj\s*<< /Length (\d+) >>\s*stream\r?\n", data)
        if head is None:
            continue
        start, length = head.end(), int(head.group(1))
        stream = data[start:start + length]

        def swap(match: re.Match) -> bytes:
            nonlocal changed
            code = int(match.group(1), 16)
            if not 0x2E80 <= code <= 0x2FDF:
                return match.group(0)
            new = _ideograph(code)
            if new == code or new > 0xFFFF:
                return match.group(0)
            changed += 1
            return b"<%04X>" % new

        def in_array(match: re.Match) -> bytes:
            return re.sub(rb"<([0-9A-Fa-f]{4})>", swap, match.group(0))

        def single(match: re.Match) -> bytes:  # <glyph> <glyph> <code>: one glyph, one code
            if match.group(1) != match.group(2):
                return match.group(0)
            return match.group(0)[:-6] + swap(re.match(rb"<([0-9A-Fa-f]{4})>", match.group(0)[-6:]))

        fixed = re.sub(rb"\[[^\]]*\]", in_array, bytes(stream))
        fixed = re.sub(rb"<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})> <[0-9A-Fa-f]{4}>", single, fixed)
        if len(fixed) == length:
            data[start:start + length] = fixed
    if changed:
        path.write_bytes(bytes(data))
    return changed
