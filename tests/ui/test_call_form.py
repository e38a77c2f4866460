"""The intake form (接报) driven from the keyboard, as the duty secretary does with the phone in hand,
on a real database file."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.records import CallStatus
from wz_desktop.domain.roles import Actor
from wz_desktop.domain.workflow import Call
from wz_desktop.store import Store
from wz_desktop.ui.call_form import SAVE_DELAY_MS
from wz_desktop.ui.context import AppContext

from .conftest import CALL_NOW as NOW
from .conftest import CALL_OPERATOR as OPERATOR
from .conftest import type_text

DESK = Actor("值班秘书甲")  # who logs and verifies the calls here (nobody is signed in)

def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    assert focused() is not None, "no widget has the keyboard focus"
    qtbot.keyClick(focused(), key, modifier)


def type_here(qtbot, text):
    type_text(qtbot, focused(), text)


def fill_by_keyboard(qtbot, form, *, time="19:30", source="js", caller="王女士", phone="13804112233",
                     district="gjzq", place="红旗西路", description="七十岁老人走失", kind="cssj"):
    """Type a whole call from the time field down, moving on with Tab as a person does."""
    assert focused() is form.received_edit
    type_here(qtbot, time)
    for text, widget in [(source, form.source_combo), (caller, form.caller_edit), (phone, form.phone_edit),
                         (district, form.district_combo), (place, form.place_edit),
                         (description, form.description_edit), (kind, form.kind_combo)]:
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is widget, f"Tab should lead to {widget.objectName()}, not {focused().objectName()}"
        if text:
            type_here(qtbot, text)


def test_a_call_logged_entirely_from_the_keyboard(qtbot, make_call_form, store):
    form = make_call_form()
    assert form.received_edit.text() == "2023-07-15 20:10"  # now, selected: typing replaces it
    assert form.windowTitle() == "新来电"
    fill_by_keyboard(qtbot, form)
    assert form.source_combo.currentText() == "家属"  # pinyin initials picked it
    assert form.district_combo.currentText() == "甘井子区"
    assert form.kind_combo.currentText() == "城市搜救"
    with qtbot.waitSignal(form.logged) as logged, qtbot.waitSignal(form.context.calls_changed):
        press(qtbot, Qt.Key.Key_Return)  # Enter in the last field logs

    waiting = store.calls.waiting()
    assert [c.id for c in waiting] == [logged.args[0]]
    call = waiting[0]
    assert (call.received_at, call.source, call.caller_name, call.caller_phone) == (
        "2023-07-15 19:30", "家属", "王女士", "13804112233")
    assert (call.district, call.place, call.description) == ("甘井子区", "红旗西路", "七十岁老人走失")
    assert call.suggested_kind == TaskKind.URBAN and call.logged_by == OPERATOR and not call.is_draft
    assert store.calls.drafts() == []  # the draft became the call

    # cleared for the next call, the time reset to now, the focus back at the top
    assert form.caller_edit.text() == "" and form.description_edit.toPlainText() == ""
    assert form.source_combo.currentText() == "" and form.call_id is None
    assert form.received_edit.text() == "2023-07-15 20:10"
    assert f"已登记来电 #{call.id}" in form.status_label.text()
    assert form.verify_button.isVisible()
    qtbot.waitUntil(lambda: focused() is form.received_edit)


def test_enter_moves_on_in_one_line_fields_and_ctrl_s_logs(qtbot, make_call_form, store):
    form = make_call_form()
    type_here(qtbot, "昨天 23:50")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is form.source_combo
    assert form.received_edit.text() == "2023-07-14 23:50"  # shown normalised on leaving the field
    type_here(qtbot, "110")
    assert form.source_combo.currentText() == "110指挥中心"
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # no name given
    type_here(qtbot, "0411-84661234")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is form.district_combo
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "星海广场")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is form.description_edit
    type_here(qtbot, "有人落水")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [call] = store.calls.waiting()
    assert (call.received_at, call.source, call.caller_phone, call.place, call.suggested_kind) == (
        "2023-07-14 23:50", "110指挥中心", "041184661234", "星海广场", None)


def test_tab_in_the_description_moves_on_instead_of_typing_a_tab(qtbot, make_call_form):
    form = make_call_form()
    form.description_edit.setFocus()
    type_here(qtbot, "两人被困")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.kind_combo
    assert form.description_edit.toPlainText() == "两人被困"


def test_a_bad_phone_is_shown_beside_the_phone_field_and_nothing_is_logged(qtbot, make_call_form, store):
    form = make_call_form()
    fill_by_keyboard(qtbot, form, phone="138041")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert store.calls.waiting() == [] and store.calls.by_status() == []
    message = form.errors.label("caller_phone")
    assert message.isVisible() and "联系电话“138041”不像手机或座机号码" in message.text()
    assert form.phone_edit.accessibleDescription() == message.text()
    assert form.phone_edit.property("hasError") == "true"  # the red border
    assert not form.errors.label("source").isVisible()  # the other fields are fine
    assert focused() is form.phone_edit  # the first field in error
    # what was typed is still there, and kept as a draft
    assert form.caller_edit.text() == "王女士"
    [draft] = store.calls.drafts()
    assert draft.caller_phone == "138041" and draft.place == "红旗西路"

    # fixing the phone takes the message off, and the call logs in place of the draft
    form.phone_edit.selectAll()
    type_here(qtbot, "13804112233")
    assert not message.isVisible()
    assert form.phone_edit.property("hasError") == "false" and form.phone_edit.accessibleDescription() == ""
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [call] = store.calls.waiting()
    assert call.id == draft.id and call.caller_phone == "13804112233"
    assert store.calls.drafts() == []


def test_every_missing_field_is_named_beside_it(qtbot, make_call_form, store):
    form = make_call_form()
    form.received_edit.selectAll()
    press(qtbot, Qt.Key.Key_Delete)
    type_here(qtbot, "25:00")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    shown = form.errors.shown()
    assert set(shown) == {"received_at", "source", "caller_phone", "place", "description"}
    assert "“25:00”无法识别" in shown["received_at"]
    assert shown["source"] == "请选择信息来源。"
    assert focused() is form.received_edit
    assert store.calls.by_status() == []


def test_a_time_ahead_of_now_is_refused(qtbot, make_call_form, store):
    form = make_call_form()
    fill_by_keyboard(qtbot, form, time="2023-07-16 08:00")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "晚于现在" in form.errors.message("received_at")
    assert store.calls.waiting() == []


def test_esc_keeps_what_was_typed_as_a_draft_and_it_comes_back(qtbot, make_call_form, store):
    form = make_call_form()
    fill_by_keyboard(qtbot, form, phone="1380411", kind="")  # half typed
    with qtbot.waitSignal(form.close_requested):
        press(qtbot, Qt.Key.Key_Escape)
    assert not form.isVisible()
    [draft] = store.calls.drafts()  # saved at once, not after the delay
    assert (draft.caller_phone, draft.source, draft.description) == ("1380411", "家属", "七十岁老人走失")
    assert store.calls.waiting() == []

    again = make_call_form(call_id=draft.id)
    assert again.windowTitle() == f"来电草稿 #{draft.id}"
    assert again.received_edit.text() == "2023-07-15 19:30"
    assert again.source_combo.currentText() == "家属"
    assert again.caller_edit.text() == "王女士"
    assert again.phone_edit.text() == "1380411"
    assert again.district_combo.currentText() == "甘井子区"
    assert again.description_edit.toPlainText() == "七十岁老人走失"
    assert again.kind_combo.currentText() == ""
    # finish it and log: the draft becomes the call
    again.phone_edit.setFocus()
    again.phone_edit.selectAll()
    type_here(qtbot, "13804112233")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [c.id for c in store.calls.waiting()] == [draft.id]
    assert store.calls.drafts() == []


def test_the_draft_is_saved_while_typing_and_survives_a_crash(qtbot, make_call_form, store, db_path):
    form = make_call_form()
    saves = []
    form.draft_saved.connect(saves.append)
    fill_by_keyboard(qtbot, form, kind="")
    # no flush, no close: as if the computer lost power after the pause
    other = Store.open(db_path)  # a new connection, as after a restart
    try:
        qtbot.waitUntil(lambda: [d.description for d in other.calls.drafts()] == ["七十岁老人走失"],
                        timeout=SAVE_DELAY_MS * 10)
        [draft] = other.calls.drafts()
        assert (draft.caller_name, draft.caller_phone, draft.place) == ("王女士", "13804112233", "红旗西路")
        assert len(saves) <= 3  # saved after pauses, not at every key
        restored = make_call_form(call_id=draft.id, ctx=AppContext(other))
        assert restored.caller_edit.text() == "王女士"
        assert restored.place_edit.text() == "红旗西路"
        restored.close()
    finally:
        other.close()


def test_opening_a_form_without_typing_leaves_no_draft(qtbot, make_call_form, store):
    form = make_call_form()
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.wait(SAVE_DELAY_MS + 100)
    press(qtbot, Qt.Key.Key_Escape)
    assert store.calls.drafts() == [] and form.call_id is None


def test_discarding_a_draft_asks_first(qtbot, make_call_form, store, dialog_log):
    form = make_call_form()
    fill_by_keyboard(qtbot, form)
    form.flush()
    assert len(store.calls.drafts()) == 1

    dialog_log.answers["ask_yes_no"] = False
    form.discard_button.click()
    assert dialog_log.names() == ["ask_yes_no"]
    assert "丢弃" in dialog_log.texts("ask_yes_no")[0]
    assert len(store.calls.drafts()) == 1 and form.isVisible()

    dialog_log.answers["ask_yes_no"] = True
    with qtbot.waitSignal(form.close_requested):
        form.discard_button.click()
    assert store.calls.drafts() == []
    assert store.calls.by_status() == []


def test_a_logged_call_cannot_be_loaded_as_a_draft(qtbot, make_call_form, store):
    call = Call(received_at="2023-07-15 19:30", source="家属", caller_phone="13804112233", place="星海",
                description="落水")
    store.calls.log(call, DESK, now=NOW)
    form = make_call_form()
    assert not form.load_draft(call.id)
    assert "已经登记" in form.general_error.text()
    assert form.call_id is None


def test_verify_button_asks_for_the_call_just_logged(qtbot, make_call_form, store):
    form = make_call_form()
    fill_by_keyboard(qtbot, form)
    press(qtbot, Qt.Key.Key_Return)
    [call] = store.calls.waiting()
    assert call.status == CallStatus.LOGGED
    with qtbot.waitSignal(form.verify_requested) as asked:
        form.verify_button.click()
    assert asked.args == [call.id]


def test_pick_lists_answer_to_chinese_pinyin_initials_and_digits(qtbot, make_call_form):
    form = make_call_form()
    type_text(qtbot, form.district_combo, "甘")  # through the input method
    assert form.district_combo.currentText() == "甘井子区"
    type_text(qtbot, form.district_combo, "金普")
    assert form.district_combo.currentText() == "金普新区"
    qtbot.keyClicks(form.source_combo, "1")
    assert form.source_combo.currentText() == "110指挥中心"
    qtbot.wait(1100)  # a pause starts a new search
    qtbot.keyClicks(form.source_combo, "xf")
    assert form.source_combo.currentText() == "消防"
    qtbot.keyClicks(form.kind_combo, "sd")
    assert form.kind_combo.currentText() == "山地救援"


def test_when_edit_reads_what_is_typed_and_leaves_what_it_cannot_read(qtbot):
    from wz_desktop.ui.widgets import WhenEdit

    edit = WhenEdit(now_provider=lambda: NOW)
    qtbot.addWidget(edit)
    seen = []
    edit.moment_changed.connect(seen.append)
    qtbot.keyClicks(edit, "3-5 1930")
    assert edit.moment() == dt.datetime(2023, 3, 5, 19, 30)
    assert seen[-1] == dt.datetime(2023, 3, 5, 19, 30)
    assert edit.toolTip() == "即 2023-03-05 19:30"
    edit.normalise()
    assert edit.text() == "2023-03-05 19:30"
    edit.setText("下周")
    assert edit.moment() is None and edit.value_text() == "下周"
    edit.normalise()
    assert edit.text() == "下周" and "无法识别" in edit.toolTip()
    edit.set_moment(dt.datetime(2023, 1, 2, 3, 4))
    assert edit.text() == "2023-01-02 03:04"
