"""The picture of a missing-person notice (寻人启事) for the team's WeChat channel, drawn with
QPainter into a QImage: a red band with the title, the photo (only where the notice has one: the
family agreed and the file reads), the agreed fields, the appeal with the phone, the team's name and
the date. Everything it writes comes from the :class:`~wz_desktop.domain.notice.Notice`, so it
shows no more than the notice's text. 1080 pixels wide (WeChat's full width); as tall as it needs."""
from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QImageReader, QPainter, QPen

from wz_desktop.domain.notice import Notice
from wz_desktop.report.pages import chinese_family

WIDTH = 1080
MARGIN = 72
RED = QColor("#c62828")
INK = QColor("#1f1f1f")
MUTED = QColor("#5f5f5f")
APPEAL_FILL = QColor("#fff4d6")
FOOT_FILL = QColor("#f1f1f1")
PHOTO_MAX = (620, 760)  # the photo's largest width and height in the picture
WRAP = int(Qt.TextFlag.TextWordWrap)

Block = tuple[float, Callable[[QPainter, QRectF], None]]  # a band's height and how to draw it


def read_photo(path: str) -> QImage:
    """The photo as the phone meant it (turned by its EXIF orientation); a null image where it can't
    be read. Read once while the file stays the same (each tick of the dialog draws again)."""
    if not path:
        return QImage()
    try:
        stat = os.stat(path)
    except OSError:
        return QImage()
    return _read(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _read(path: str, _mtime_ns: int, _size: int) -> QImage:
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    return reader.read()


def photo_readable(path: str) -> bool:
    """Whether the photo at ``path`` is a picture Qt can read (the notice's check of an agreed photo)."""
    return not read_photo(path).isNull()


def _font(family: str, pixels: int, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _height(font: QFont, width: float, text: str) -> float:
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 100_000), WRAP, text).height()


def _text_block(font: QFont, text: str, colour: QColor, *, pad: float = 0, fill: QColor | None = None,
                align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, inset: float = 0) -> Block:
    inner = WIDTH - 2 * MARGIN - 2 * inset
    height = _height(font, inner, text) + 2 * pad

    def draw(painter: QPainter, band: QRectF) -> None:
        if fill is not None:
            painter.fillRect(QRectF(MARGIN, band.top(), WIDTH - 2 * MARGIN, band.height()), fill)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QRectF(MARGIN + inset, band.top() + pad, inner, band.height() - 2 * pad),
                         WRAP | int(align), text)
    return height, draw


def _space(height: float) -> Block:
    return height, lambda _painter, _band: None


def blocks(notice: Notice, family: str, photo: QImage) -> list[Block]:
    """The picture's bands, top to bottom."""
    out: list[Block] = []
    title = _font(family, 120, bold=True)

    def banner(painter: QPainter, band: QRectF) -> None:
        painter.fillRect(band, RED)
        painter.setFont(title)
        painter.setPen(QColor("white"))
        painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), notice.title)
    out.append((230.0, banner))
    out.append(_space(56))
    if not photo.isNull():
        scaled = photo.scaled(*PHOTO_MAX, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)

        def picture(painter: QPainter, band: QRectF) -> None:
            left = (WIDTH - scaled.width()) / 2
            painter.drawImage(QRectF(left, band.top(), scaled.width(), scaled.height()), scaled)
            painter.setPen(QPen(MUTED, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(left, band.top(), scaled.width(), scaled.height()))
        out.append((float(scaled.height()), picture))
        out.append(_space(48))
    label_font, value_font = _font(family, 46, bold=True), _font(family, 46)
    label_width = max((QFontMetricsF(label_font).horizontalAdvance(line.label) for line in notice.lines), default=0) + 8
    for line in notice.lines:
        label = line.label
        value_width = WIDTH - 2 * MARGIN - label_width
        height = max(_height(label_font, label_width, label), _height(value_font, value_width, line.value)) + 22

        def field_line(painter: QPainter, band: QRectF, label: str = label, value: str = line.value,
                       value_width: float = value_width) -> None:
            painter.setFont(label_font)
            painter.setPen(RED)
            painter.drawText(QRectF(MARGIN, band.top(), label_width, band.height()), WRAP, label)
            painter.setFont(value_font)
            painter.setPen(INK)
            painter.drawText(QRectF(MARGIN + label_width, band.top(), value_width, band.height()), WRAP, value)
        out.append((height, field_line))
    out.append(_space(36))
    out.append(_text_block(_font(family, 44, bold=True), notice.appeal, INK, pad=32, fill=APPEAL_FILL, inset=32))
    out.append(_space(28))
    out.append(_text_block(_font(family, 40), notice.thanks, MUTED, align=Qt.AlignmentFlag.AlignHCenter))
    out.append(_space(48))
    foot = _font(family, 40, bold=True)

    def footer(painter: QPainter, band: QRectF) -> None:
        painter.fillRect(band, FOOT_FILL)
        painter.setFont(foot)
        painter.setPen(INK)
        inner = band.adjusted(MARGIN, 0, -MARGIN, 0)
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), notice.team)
        painter.setFont(_font(family, 36))
        painter.setPen(MUTED)
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), notice.date)
    out.append((140.0, footer))
    return out


def render_notice(notice: Notice, family: str | None = None) -> QImage:
    """The notice's picture, :data:`WIDTH` wide."""
    family = family or chinese_family() or QFont().family()
    photo = read_photo(notice.photo_path)
    bands = blocks(notice, family, photo)
    height = int(sum(h for h, _ in bands) + 0.999)
    image = QImage(WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    top = 0.0
    for band_height, draw in bands:
        draw(painter, QRectF(0, top, WIDTH, band_height))
        top += band_height
    painter.end()
    return image


__all__ = ["WIDTH", "photo_readable", "read_photo", "render_notice"]
