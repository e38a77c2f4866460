"""Small pieces the forms share (a form's messages: ``form_errors.FormErrors``).

- :class:`WhenEdit`: a line edit for a moment, typed as the secretary thinks (``19:30``,
  ``昨天 19:30``, ``3-5 19:30`` — see ``domain.when``) and shown as ``2023-03-05 19:30``.
- :class:`PickCombo`: a pick-list (not editable) where typing selects: the start of an entry, its
  pinyin initials (``js`` → 家属, ``gjzq`` → 甘井子区) or digits (``1`` → 110指挥中心); Chinese
  typed through the input method works too.
- :func:`waited_text`: how long something has waited, in words ("12 分钟", "2 小时 5 分").
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from wz_desktop.domain.when import format_when, parse_when


def _t(text: str) -> str:
    return QCoreApplication.translate("Widgets", text)


# --- times -------------------------------------------------------------------------------------


class WhenEdit(QLineEdit):
    """A moment typed freely; on leaving the field (or Enter) it is shown as ``2023-03-05 19:30``.

    ``moment()`` is the datetime read (None when the text can't be read or is empty);
    ``value_text()`` is what to store: the normalised text, or the text as typed when it can't be
    read (so that validation can quote it). ``now_provider`` gives "now" (tests inject a fixed one);
    ``prefer_past`` as in :func:`domain.when.parse_when` (False for planned work).
    ``moment_changed(datetime | None)`` is emitted when the moment read from the text changes.
    """

    moment_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *,
                 now_provider: Callable[[], dt.datetime] | None = None, prefer_past: bool = True):
        super().__init__(parent)
        self.now_provider = now_provider or dt.datetime.now
        self.prefer_past = prefer_past
        self.setPlaceholderText(_t("如 19:30、昨天 19:30、3-5 19:30"))
        self.setToolTip(_t("可写 19:30、1930、19点半、昨天 19:30、3-5 19:30、2023-03-05 19:30"))
        self.setMaxLength(40)
        self._last_moment: dt.datetime | None = None
        self.textChanged.connect(self._on_text)
        self.editingFinished.connect(self.normalise)

    def moment(self) -> dt.datetime | None:
        return parse_when(self.text(), self.now_provider(), prefer_past=self.prefer_past)

    def set_moment(self, moment: dt.datetime | None) -> None:
        self.setText(format_when(moment))

    def set_now(self) -> None:
        self.set_moment(self.now_provider())

    def value_text(self) -> str:
        moment = self.moment()
        return format_when(moment) if moment is not None else self.text().strip()

    def normalise(self) -> None:
        """Show what was typed as ``YYYY-MM-DD HH:MM`` (text that can't be read is left as it is)."""
        moment = self.moment()
        if moment is not None and self.text() != format_when(moment):
            self.setText(format_when(moment))

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self.normalise()
        super().focusOutEvent(event)

    def _on_text(self, text: str) -> None:
        moment = self.moment()
        if text.strip() and moment is None:
            self.setToolTip(_t("无法识别“{0}”。可写 19:30、昨天 19:30、3-5 19:30、2023-03-05 19:30").format(text))
        elif moment is not None:
            self.setToolTip(_t("即 {0}").format(format_when(moment)))
        if moment != self._last_moment:  # only on a change: typing '19:3' → '19:30' is one signal
            self._last_moment = moment
            self.moment_changed.emit(moment)


# --- pick-lists ----------------------------------------------------------------------------------

# pinyin initials of the fixed pick-lists, so that a few Latin letters select an entry
PINYIN_INITIALS: dict[str, str] = {
    # sources
    "110指挥中心": "110zhzx", "海上搜救中心": "hssjzx", "海警": "hj", "边防": "bf", "派出所": "pcs", "消防": "xf",
    "家属": "js", "群众": "qz", "其他": "qt",
    # districts
    "中山区": "zsq", "西岗区": "xgq", "沙河口区": "shkq", "甘井子区": "gjzq", "旅顺口区": "lskq", "金州区": "jzq",
    "普兰店区": "pldq", "瓦房店市": "wfds", "庄河市": "zhs", "长海县": "chx", "高新园区": "gxyq", "开发区": "kfq",
    "金普新区": "jpxq",
    # kinds
    "水上救援": "ssjy", "城市搜救": "cssj", "山地救援": "sdjy", "培训保障": "pxbz", "疫情防控": "yqfk",
    "队伍整备与设备保养": "dwzbysbby",
    # verification
    "回拨信息来源": "hbxxly", "机构确认": "jgqr", "现场核实": "xchs",
    "属实": "ss", "不实": "bs", "重复": "cf", "已解除": "yjc",
}


class PickCombo(QComboBox):
    """A pick-list that is never edited: typing selects (see the module's doc).

    ``add_choice(text, data, keys)``: ``keys`` are other words that select the entry (by default
    its pinyin initials from :data:`PINYIN_INITIALS`). Letters typed within a second of each other
    add up (``h`` → 海上搜救中心, ``hj`` → 海警), as in Qt's own keyboard search.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(False)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._keys: list[tuple[str, ...]] = []
        self._typed = ""
        self._typing = QElapsedTimer()

    def add_choice(self, text: str, data=None, keys: Iterable[str] | None = None) -> None:
        if keys is None:
            keys = [PINYIN_INITIALS[k] for k in dict.fromkeys((text, data)) if isinstance(k, str) and k in PINYIN_INITIALS]
        self.addItem(text, data)
        self._keys.append(tuple(k.lower() for k in keys))

    def select_data(self, data) -> bool:
        index = self.findData(data)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0

    def select_text(self, text: str) -> bool:
        index = self.findText(text)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0

    def search(self, typed: str) -> bool:
        """Select the first entry whose text or one of whose keys starts with ``typed``."""
        typed = typed.lower()
        if not typed:
            return False
        for i in range(self.count()):
            keys = self._keys[i] if i < len(self._keys) else ()
            text = self.itemText(i).lower()
            if text and (text.startswith(typed) or any(k.startswith(typed) for k in keys)):
                self.setCurrentIndex(i)
                return True
        return False

    def _type(self, text: str) -> None:
        interval = QApplication.keyboardInputInterval() or 1000
        if not self._typing.isValid() or self._typing.elapsed() > interval:
            self._typed = ""
        self._typing.restart()
        if self.search(self._typed + text):
            self._typed += text
        elif self.search(text):  # a fresh start
            self._typed = text

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if plain and text and text.isprintable() and not text.isspace():
            self._type(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802
        if event.commitString():
            self._type(event.commitString())
        event.accept()


# --- waiting -------------------------------------------------------------------------------------


def waited_text(since: dt.datetime | None, now: dt.datetime) -> str:
    """How long since ``since``: "刚刚", "12 分钟", "2 小时 5 分", "3 天 4 小时"; "" when unknown."""
    if since is None:
        return ""
    minutes = int((now - since).total_seconds() // 60)
    if minutes < 1:
        return _t("刚刚")
    if minutes < 60:
        return _t("{0} 分钟").format(minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return _t("{0} 小时 {1} 分").format(hours, minutes) if minutes else _t("{0} 小时").format(hours)
    days, hours = divmod(hours, 24)
    return _t("{0} 天 {1} 小时").format(days, hours) if hours else _t("{0} 天").format(days)


class OpeningTableView(QTableView):
    """A table whose rows are records: Enter or a double click opens the current one
    (``open_requested``)."""

    open_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doubleClicked.connect(self.open_requested)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class StaleBar(QFrame):
    """"这条记录已在别处修改。" with 重新载入: a record window whose record changed under it while
    the user was editing it says so instead of throwing away what is typed. ``reload_requested``
    when the button is pressed (the bar hides itself)."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("staleBar")
        self.setStyleSheet("#staleBar { background: #fff4ce; border: 1px solid #e0c060; }")
        self.label = QLabel(_t("这条记录已在别处修改。重新载入会显示新的内容（这里未保存的修改将丢失）。"), self)
        self.label.setObjectName("staleLabel")
        self.label.setWordWrap(True)
        self.button = QPushButton(_t("重新载入(&L)"), self)
        self.button.setObjectName("reloadButton")
        self.button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self._reload)
        self.hide()

    def _reload(self) -> None:
        self.hide()
        self.reload_requested.emit()


def buddy_label(text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
    """A form label whose Alt key (the ``&`` letter) moves to ``buddy``. ``QFormLayout.addRow(text,
    layout)`` gives a label no buddy: its ``&`` shows literally and Alt does nothing."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def fit_sections(view, widths: dict[int, int], words: dict[int, Iterable[str]], *, bold: bool = False) -> None:
    """Each column at its default width, or wider where a word of its vocabulary needs it: English
    words ("Attendance due", "Team upkeep and equipment") are longer than the Chinese ones the
    defaults were measured on, and a word cut to "Dispatc…" is a word the secretary cannot read."""
    from PySide6.QtGui import QFont, QFontMetrics

    font = QFont(view.font())
    font.setBold(bold)
    metrics = QFontMetrics(font)
    header = view.horizontalHeader()
    for column, width in widths.items():
        needed = max((metrics.horizontalAdvance(text) for text in words.get(column, ()) if text), default=0)
        header.resizeSection(column, max(width, needed + 2 * view.style().pixelMetric(
            view.style().PixelMetric.PM_FocusFrameHMargin) + 12))
