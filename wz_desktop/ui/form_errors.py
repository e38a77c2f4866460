"""A form's messages: each beside its field, the rest at the top of the form (``FormErrors``).

The one way a form says what is wrong (docs/layers.md): the rules return messages by field name,
the form shows them here. A module of its own, light to import (the sign-in dialog uses it before
the rest of the window is loaded).
"""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.ui.texts import message

ERROR_COLOR = "#c62828"


class FormErrors:
    """The messages of a form, each shown in red below its field.

        errors = FormErrors()
        layout.addRow(label, errors.field("caller_phone", phone_edit))  # the field with its message slot
        errors.show({"caller_phone": "请填写联系电话"})  # red message, red border, focus on the field
        errors.clear()

    A message for a name without a field goes to ``general`` (a label for the whole form, if one
    was given). Editing a field clears its message.
    """

    def __init__(self, general: QLabel | None = None):
        self.general = general
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._saved: dict[str, tuple[str, str]] = {}  # name → (style sheet, accessible description)
        if general is not None:
            _style_error_label(general)

    def field(self, name: str, widget: QWidget, parent: QWidget | None = None) -> QWidget:
        """``widget`` with its (hidden) message label below it, as one widget to put in a layout."""
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = QLabel(box)
        label.setObjectName(f"{name}Error")
        layout.addWidget(label)
        self.add(name, widget, label)
        return box

    def add(self, name: str, widget: QWidget, label: QLabel) -> None:
        """Register a field and the label (placed by the caller) that shows its message."""
        _style_error_label(label)
        label.setBuddy(widget)
        self._fields[name] = (widget, label)
        signal = _edited_signal(widget)
        if signal is not None:
            signal.connect(lambda *args, name=name: self.clear(name))

    def widget(self, name: str) -> QWidget | None:
        entry = self._fields.get(name)
        return entry[0] if entry else None

    def label(self, name: str) -> QLabel | None:
        entry = self._fields.get(name)
        return entry[1] if entry else None

    def message(self, name: str) -> str:
        """The message on show for a field ('' when none); for a name without a field, the general one."""
        entry = self._fields.get(name)
        if entry is None:
            return self.general.text() if self.general is not None else ""
        return entry[1].text()

    def show(self, errors: Mapping[str, str], focus: bool = True) -> None:
        """Show these messages (and only these); focus the first field in error, in form order.

        A message of the data layer (a ``Text``) is shown in the window's language."""
        self.clear()
        general: list[str] = []
        first: QWidget | None = None
        for name, text in errors.items():
            text = message(text)
            if name in self._fields:
                self._put(name, text)
            else:
                general.append(text)
        if general and self.general is not None:
            _show_on(self.general, "\n".join(general))
        if focus:
            for name, (widget, _) in self._fields.items():  # the order the fields were added: the form's
                if name in errors and widget.isEnabled():
                    first = widget
                    break
            if first is not None:
                first.setFocus(_qt().FocusReason.OtherFocusReason)

    def set(self, name: str, text: str) -> None:
        """Show the message of one field (``""``: take it off), leaving the others' as they are
        (a check made when the field is left, not on saving)."""
        if not text:
            self.clear(name)
        elif name in self._fields:
            self._put(name, message(text))

    def _put(self, name: str, text: str) -> None:
        widget, label = self._fields[name]
        _show_on(label, text)
        if name not in self._saved:
            self._saved[name] = (widget.styleSheet(), widget.accessibleDescription())
        # the selector keeps the border on the field itself, not on the widgets inside it
        widget.setProperty("hasError", "true")
        widget.setStyleSheet(f'*[hasError="true"] {{ border: 1px solid {ERROR_COLOR}; }}')
        widget.setAccessibleDescription(text)

    def clear(self, name: str | None = None) -> None:
        """Take the message off one field (``name``) or off all of them."""
        names = [name] if name is not None else list(self._fields)
        for each in names:
            entry = self._fields.get(each)
            if entry is None:
                continue
            widget, label = entry
            label.clear()
            label.hide()
            if each in self._saved:
                style, description = self._saved.pop(each)
                widget.setProperty("hasError", "false")
                widget.setStyleSheet(style)
                widget.setAccessibleDescription(description)
        if name is None and self.general is not None:
            self.general.clear()
            self.general.hide()

    def shown(self) -> dict[str, str]:
        """The messages on show, by field."""
        return {name: label.text() for name, (_, label) in self._fields.items() if label.text()}


def _edited_signal(widget: QWidget):
    """The signal that says the user changed the field (its message is then taken off)."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return None


def _style_error_label(label: QLabel) -> None:
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.setWordWrap(True)
    label.hide()


def _show_on(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setTextInteractionFlags(_qt().TextInteractionFlag.TextSelectableByMouse)  # the text can be copied
    label.show()


def _qt():
    """Qt's namespace, imported when a message is first shown: building its enums takes ~60 ms, which
    the sign-in dialog (a FormErrors of its own) does not spend at start."""
    from PySide6.QtCore import Qt  # start-up time

    return Qt
