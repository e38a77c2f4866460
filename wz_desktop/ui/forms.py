"""Small helpers that build a form's layout in one expression (after git-cola's ``qtutils``).

    layout = vbox(self.draft_label,
                  form(("姓名(&M)", errors.field("name", self.name_edit)),
                       ("职务(&R)", hbox(self.role_combo, 16, self.active_check, STRETCH))),
                  (self.cert_table, 1),
                  self.buttons, parent=self)

What a box takes, in order: a widget; a layout; ``(widget or layout, stretch)``; ``(widget,
stretch, alignment)``; an ``int`` (that much space); ``STRETCH`` (a stretch of 1); ``None``
(skipped, for a part that exists only sometimes). A nested box has no margins unless ``margins`` is given (it should
not indent what it holds); ``parent`` puts the layout on that widget (with the style's margins).

``form(*rows)``: each row is ``(label, field)`` (``label`` a text or a widget; a text with an ``&`` gets
a buddy label whose key moves to the field, or to the first widget in it that takes the focus), a lone widget or layout (spanning both columns),
or ``None``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class _Stretch:
    def __repr__(self) -> str:
        return "STRETCH"


STRETCH = _Stretch()


Margins = int | tuple[int, int, int, int] | None


def _margins(layout: QLayout, margins: Margins, parent: QWidget | None) -> None:
    if margins is None and parent is None:
        margins = 0  # a nested layout does not indent what it holds
    if isinstance(margins, int):
        layout.setContentsMargins(margins, margins, margins, margins)
    elif margins is not None:
        layout.setContentsMargins(*margins)


def _fill(layout: QBoxLayout, items: Iterable, margins: Margins, spacing: int | None, parent: QWidget | None):
    _margins(layout, margins, parent)
    if spacing is not None:
        layout.setSpacing(spacing)
    for item in items:
        if item is None:
            continue
        if item is STRETCH:
            layout.addStretch(1)
        elif isinstance(item, int):
            layout.addSpacing(item)
        elif isinstance(item, tuple):
            thing, *rest = item
            if isinstance(thing, QLayout):
                layout.addLayout(thing, *rest)
            else:
                layout.addWidget(thing, *rest)
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return layout


def hbox(*items, margins: Margins = None, spacing: int | None = None, parent: QWidget | None = None) -> QHBoxLayout:
    """A row of ``items`` (see the module's doc)."""
    return _fill(QHBoxLayout(parent) if parent is not None else QHBoxLayout(), items, margins, spacing, parent)


def vbox(*items, margins: Margins = None, spacing: int | None = None, parent: QWidget | None = None) -> QVBoxLayout:
    """A column of ``items`` (see the module's doc)."""
    return _fill(QVBoxLayout(parent) if parent is not None else QVBoxLayout(), items, margins, spacing, parent)


def boxed(layout: QLayout, parent: QWidget | None = None) -> QWidget:
    """``layout`` in a widget of its own (for a form's field made of several widgets)."""
    widget = QWidget(parent)
    widget.setLayout(layout)
    return widget


GROW = QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow


def form(*rows, grow: QFormLayout.FieldGrowthPolicy | None = GROW, margins: Margins = None,
         parent: QWidget | None = None) -> QFormLayout:
    """A form of ``rows`` (see the module's doc). ``grow``: how the fields take the width (by
    default all but the fixed ones grow; None: the style's way)."""
    layout = QFormLayout(parent) if parent is not None else QFormLayout()
    if grow is not None:
        layout.setFieldGrowthPolicy(grow)
    if margins is not None:
        _margins(layout, margins, parent)
    for row in rows:
        if row is None:
            continue
        if not isinstance(row, tuple):
            layout.addRow(row)
            continue
        label, field = row
        if isinstance(label, str) and "&" in label:  # (Qt makes the other labels, the field their buddy)
            label = QLabel(label, parent)
            target = _focus_target(field)
            if target is not None:
                label.setBuddy(target)
        layout.addRow(label, field)
    return layout


def _focus_target(field) -> QWidget | None:
    """The widget a label's key should move to: the field, or the first focusable one in a box."""
    if isinstance(field, QLayout):
        for i in range(field.count()):
            item = field.itemAt(i)
            if item.layout() is not None:
                target = _focus_target(item.layout())
            elif item.widget() is not None and not isinstance(item.widget(), QLabel):
                target = _focus_target(item.widget())  # a field in a box of its own (with its error line)
            else:
                continue
            if target is not None and (target.focusProxy() is not None
                                       or target.focusPolicy() != Qt.FocusPolicy.NoFocus):
                return target
        return None
    if field.focusProxy() is not None or field.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return field
    for child in field.findChildren(QWidget):
        if child.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(child, QLabel):
            return child
    return field


def button(text: str, parent: QWidget | None = None, *, name: str = "", tip: str = "",
           clicked: Callable | None = None, auto_default: bool | None = None) -> QPushButton:
    """A push button with its object name, tool tip and what a click does."""
    widget = QPushButton(text, parent)
    if name:
        widget.setObjectName(name)
    if tip:
        widget.setToolTip(tip)
    if clicked is not None:
        widget.clicked.connect(clicked)
    if auto_default is not None:
        widget.setAutoDefault(auto_default)
    return widget


def text_label(parent: QWidget | None = None, text: str = "", *, name: str = "", style: str = "", wrap: bool = False,
               hidden: bool = False) -> QLabel:
    """A label for words (a note, a hint, a status), with its object name and style."""
    widget = QLabel(text, parent)
    if name:
        widget.setObjectName(name)
    if style:
        widget.setStyleSheet(style)
    widget.setWordWrap(wrap)
    if hidden:
        widget.hide()
    return widget


def line_edit(parent: QWidget | None = None, *, name: str = "", placeholder: str = "", text: str = "",
              clear_button: bool = False) -> QLineEdit:
    """A line edit with its object name, placeholder and first text."""
    widget = QLineEdit(text, parent)
    if name:
        widget.setObjectName(name)
    if placeholder:
        widget.setPlaceholderText(placeholder)
    widget.setClearButtonEnabled(clear_button)
    return widget


def check_box(text: str, parent: QWidget | None = None, *, name: str = "", checked: bool = False) -> QCheckBox:
    widget = QCheckBox(text, parent)
    if name:
        widget.setObjectName(name)
    widget.setChecked(checked)
    return widget


def dialog_buttons(parent: QWidget, ok: str, cancel: str, *, accepted: Callable, rejected: Callable,
                   save: bool = False) -> QDialogButtonBox:
    """OK (or Save) and Cancel with these words, wired to ``accepted`` / ``rejected``."""
    first = QDialogButtonBox.StandardButton.Save if save else QDialogButtonBox.StandardButton.Ok
    buttons = QDialogButtonBox(first | QDialogButtonBox.StandardButton.Cancel, parent)
    buttons.button(first).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.accepted.connect(accepted)
    buttons.rejected.connect(rejected)
    return buttons


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes through ``widgets`` in this order."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)


__all__ = ["STRETCH", "boxed", "button", "check_box", "dialog_buttons", "form", "hbox", "line_edit", "tab_chain", "text_label", "vbox"]
