"""The verification form (核实) driven from the keyboard, on a real database file."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wz_desktop.domain.records import CallStatus
from wz_desktop.domain.roles import Actor
from wz_desktop.domain.workflow import Call, Verification
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.verify_form import VerifyForm

from .conftest import type_text

DESK = Actor("值班秘书甲")  # who logs and verifies the calls here (nobody is signed in)

NOW = dt.datetime(2023, 7, 15, 20, 10)
OPERATOR = "值班秘书乙"


@pytest.fixture
def context(store):
    ctx = AppContext(store)
    ctx.set_operator(OPERATOR)
    return ctx


@pytest.fixture
def call_id(store):
    call = Call(received_at="2023-07-15 19:30", source="家属", caller_name="王女士", caller_phone="13804112233",
                district="甘井子区", place="红旗西路", description="七十岁老人走失", logged_by="值班秘书甲")
    return store.calls.log(call, DESK, now=NOW)


@pytest.fixture
def make_form(qtbot, context):
    def make(call_id, **kwargs):
        form = VerifyForm(context, call_id, now_provider=lambda: NOW, **kwargs)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        form.activateWindow()
        qtbot.waitUntil(form.isActiveWindow)
        return form
    return make


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    assert focused() is not None, "no widget has the keyboard focus"
    qtbot.keyClick(focused(), key, modifier)


def type_here(qtbot, text):
    type_text(qtbot, focused(), text)


def test_the_call_is_shown_above_with_how_long_it_has_waited(make_form, call_id):
    form = make_form(call_id)
    assert form.windowTitle() == f"核实来电 #{call_id}"
    text = form.call_label.text()
    for value in ("2023-07-15 19:30", "家属", "王女士", "13804112233", "甘井子区 红旗西路", "七十岁老人走失", "值班秘书甲"):
        assert value in text
    assert form.waited_label.text() == "已等待 40 分钟"
    assert form.verifier_edit.text() == OPERATOR
    assert form.method_combo.currentText() == "回拨信息来源"
    assert form.verified_edit.text() == "2023-07-15 20:10"
    assert form.chosen_result() is None  # a deliberate choice
    assert not form.dispatch_button.isVisible()


def test_verified_as_true_from_the_keyboard_then_dispatch(qtbot, make_form, call_id, store, dialog_log):
    form = make_form(call_id)
    qtbot.waitUntil(lambda: focused() is form.verifier_edit)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.method_combo
    type_here(qtbot, "jg")
    assert form.method_combo.currentText() == "机构确认"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.verified_edit
    form.verified_edit.selectAll()
    type_here(qtbot, "19:45")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.result_buttons["属实"]
    press(qtbot, Qt.Key.Key_Space)
    assert form.chosen_result() == "属实"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.note_edit
    type_here(qtbot, "派出所确认仍未找到")
    with qtbot.waitSignal(form.verified) as verified, qtbot.waitSignal(form.context.calls_changed):
        press(qtbot, Qt.Key.Key_Return)  # Enter in the last field saves

    assert verified.args == [call_id, "属实"]
    assert dialog_log.names() == []  # 属实 needs no confirmation
    assert store.calls.get(call_id).status == CallStatus.VERIFIED
    assert store.calls.waiting() == []
    [v] = store.calls.verifications(call_id)
    assert (v.result, v.verified_by, v.method, v.verified_at, v.note) == (
        "属实", OPERATOR, "机构确认", "2023-07-15 19:45", "派出所确认仍未找到")
    # now read-only, with the record and the way on to the dispatch
    assert not form.editor.isVisible() and not form.save_button.isVisible()
    assert "派出所确认仍未找到" in form.history_label.text()
    assert form.dispatch_button.isVisible()
    assert focused() is form.dispatch_button
    with qtbot.waitSignal(form.dispatch_requested) as asked:
        press(qtbot, Qt.Key.Key_Space)
    assert asked.args == [call_id]


def test_false_closes_the_call_after_asking_and_keeps_it_on_record(qtbot, make_form, call_id, store, dialog_log):
    form = make_form(call_id)
    form.result_buttons["属实"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Right)  # arrow keys move along the results
    assert form.chosen_result() == "不实"

    dialog_log.answers["ask_yes_no"] = False  # the secretary thinks again
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "该来电将结案，不生成任务，但会保留记录" in dialog_log.texts("ask_yes_no")[0]
    assert store.calls.get(call_id).status == CallStatus.LOGGED
    assert store.calls.verifications(call_id) == []

    dialog_log.answers["ask_yes_no"] = True
    with qtbot.waitSignal(form.verified) as verified:
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert verified.args == [call_id, "不实"]
    call = store.calls.get(call_id)
    assert call is not None and call.status == CallStatus.FALSE  # closed, still on record
    assert [c.id for c in store.calls.by_status(CallStatus.FALSE)] == [call_id]
    assert [v.result for v in store.calls.verifications(call_id)] == ["不实"]
    assert not form.dispatch_button.isVisible()
    assert "结案" in form.status_label.text()
    assert "状态：不实" in form.heading_label.text()


def test_a_verification_before_the_call_came_in_is_shown_beside_the_time(qtbot, make_form, call_id, store):
    form = make_form(call_id)
    form.verified_edit.setFocus()
    form.verified_edit.selectAll()
    type_here(qtbot, "19:00")
    form.choose_result("属实")
    form.note_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    message = form.errors.label("verified_at")
    assert message.isVisible()
    assert "核实时间 2023-07-15 19:00 早于接报时间 2023-07-15 19:30" in message.text()
    assert focused() is form.verified_edit
    assert store.calls.get(call_id).status == CallStatus.LOGGED
    assert store.calls.verifications(call_id) == []


def test_a_result_must_be_chosen_and_a_verifier_named(qtbot, make_form, call_id, store):
    form = make_form(call_id)
    form.verifier_edit.setFocus()
    form.verifier_edit.selectAll()
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    shown = form.errors.shown()
    assert set(shown) == {"verified_by", "result"}
    assert "请选择核实结果" in shown["result"]
    assert focused() is form.verifier_edit
    assert store.calls.verifications(call_id) == []
    type_here(qtbot, "值班秘书丙")  # typing in the field takes its message off
    assert "verified_by" not in form.errors.shown() and "result" in form.errors.shown()


def test_a_call_verified_elsewhere_meanwhile_gives_a_message_and_writes_nothing(qtbot, make_form, call_id, store):
    form = make_form(call_id)
    form.choose_result("属实")  # the user has begun: the form says the call changed, and keeps what is typed
    store.calls.verify(call_id, Verification(call_id, "重复", verified_by="别人"), DESK, now=NOW)
    assert form.stale_bar.isVisible() and "已在别处修改" in form.stale_bar.label.text()
    assert form.chosen_result() == "属实"
    form.save()
    assert "已按“重复”结案" in form.general_error.text()
    assert [v.verified_by for v in store.calls.verifications(call_id)] == ["别人"]
    qtbot.mouseClick(form.stale_bar.button, Qt.MouseButton.LeftButton)  # 重新载入
    assert not form.stale_bar.isVisible() and not form.editor.isVisible()
    assert "别人" in form.history_label.text()


def test_a_call_verified_elsewhere_shows_at_once_when_nothing_is_typed(qtbot, make_form, call_id, store):
    form = make_form(call_id)
    store.calls.verify(call_id, Verification(call_id, "重复", verified_by="别人"), DESK, now=NOW)
    assert not form.stale_bar.isVisible()
    assert not form.editor.isVisible() and not form.save_button.isVisible()
    assert "别人" in form.history_label.text()


def test_a_closed_call_opens_read_only_with_its_verifications(qtbot, make_form, call_id, store):
    store.calls.verify(call_id, Verification(call_id, "已解除", verified_by="值班秘书甲", method="回拨信息来源",
                                             verified_at="2023-07-15 19:50", note="老人已自行回家"), DESK, now=NOW)
    form = make_form(call_id)
    assert form.windowTitle() == f"来电 #{call_id}"
    assert not form.editor.isVisible() and not form.save_button.isVisible()
    assert not form.dispatch_button.isVisible()
    assert "老人已自行回家" in form.history_label.text() and "已解除" in form.history_label.text()
    assert form.waited_label.text() == ""  # no longer waiting
    assert form.save() is None
    assert len(store.calls.verifications(call_id)) == 1


def test_esc_asks_before_dropping_a_verification_begun(qtbot, make_form, call_id, dialog_log):
    form = make_form(call_id)
    form.verifier_edit.setFocus()
    with qtbot.waitSignal(form.close_requested):
        press(qtbot, Qt.Key.Key_Escape)  # nothing begun: closes without asking
    assert dialog_log.names() == []

    form = make_form(call_id)
    form.choose_result("不实")
    form.note_edit.setFocus()
    dialog_log.answers["ask_yes_no"] = False
    with qtbot.assertNotEmitted(form.close_requested):
        press(qtbot, Qt.Key.Key_Escape)
    assert dialog_log.texts("ask_yes_no") == ["关闭\n核实结果尚未保存，确定关闭吗？"]
    assert form.isVisible()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_alt_key_of_the_verify_form_is_its_own(qapp, make_form, call_id, language):
    """Two buttons or fields on one Alt key: the key goes to one of them only (in English 重复 and
    出队… were both Alt+D; 出队… shows once 属实 is chosen, so the hidden ones count too)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from wz_desktop.ui import app as app_module

    app_module.install_translations(qapp, language)
    try:
        form = make_form(call_id)
        keys: dict[str, list[str]] = {}
        for widget in [*form.findChildren(QAbstractButton), *form.findChildren(QLabel)]:
            match = re.search(r"&([^&\s])", widget.text())
            if match:
                keys.setdefault(match.group(1).lower(), []).append(widget.text())
    finally:
        app_module.install_translations(qapp, "zh_CN")
    assert keys and {k: v for k, v in keys.items() if len(v) > 1} == {}
