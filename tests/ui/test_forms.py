"""ui/forms.py: a form's layout in one expression."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpacerItem, QWidget

from wz_desktop.ui.form_errors import FormErrors
from wz_desktop.ui.forms import STRETCH, boxed, button, form, hbox, line_edit, tab_chain, text_label, vbox


def test_boxes_take_widgets_layouts_stretches_spaces_and_skip_none(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    a, b = QLineEdit(window), QLineEdit(window)
    inner = hbox(a, 8, (b, 2), STRETCH, None)
    assert inner.count() == 4 and inner.contentsMargins().left() == 0  # nested: no margins of its own
    assert inner.itemAt(1).spacerItem() is not None and inner.stretch(2) == 2
    assert isinstance(inner.itemAt(3), QSpacerItem) and inner.stretch(3) == 1
    outer = vbox(inner, text_label(window, "说明", name="note", wrap=True), parent=window)
    assert window.layout() is outer and outer.itemAt(0).layout() is inner
    assert window.findChild(QLabel, "note").wordWrap()


def test_a_form_gives_a_label_with_a_key_its_buddy_inside_the_fields_box(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    errors = FormErrors()
    name = line_edit(window, name="nameEdit", placeholder="姓名")
    phone = line_edit(window)
    layout = form(("姓名(&M)", errors.field("name", name)), ("电话", phone), button("保存", window),
                  grow=None, parent=window)
    assert layout.rowCount() == 3 and window.layout() is layout
    label = layout.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
    assert label.text() == "姓名(&M)" and label.buddy() is name  # the edit, not the box around it
    assert layout.itemAt(1, QFormLayout.ItemRole.LabelRole).widget().buddy() is phone
    assert name.objectName() == "nameEdit" and name.placeholderText() == "姓名"


def test_tab_chain_and_boxed(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    a, b, c = QLineEdit(window), QLineEdit(window), QLineEdit(window)
    tab_chain(c, a, b)
    assert _next_taking_focus(c) is a and _next_taking_focus(a) is b
    box = boxed(hbox(QLineEdit()), window)
    assert box.parentWidget() is window and box.layout().count() == 1


def _next_taking_focus(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    while following.focusPolicy() == Qt.FocusPolicy.NoFocus:
        following = following.nextInFocusChain()
    return following
