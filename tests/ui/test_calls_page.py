"""The 接报 page: its filters, the waiting times, and the forms it opens, on a real database file."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wz_desktop.domain.records import CallStatus
from wz_desktop.domain.roles import Actor
from wz_desktop.domain.workflow import Call, Verification
from wz_desktop.ui.call_form import CallForm
from wz_desktop.ui.call_model import Column
from wz_desktop.ui.calls_page import CallsPage
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.verify_form import VerifyForm
from wz_desktop.ui.widgets import waited_text

from .conftest import type_text

DESK = Actor("值班秘书甲")  # who logs and verifies the calls here (nobody is signed in)

NOW = dt.datetime(2023, 7, 15, 20, 10)


def log(store, received_at, place, **changes) -> int:
    values = {"received_at": received_at, "source": "家属", "caller_name": "王女士",
              "caller_phone": "13804112233", "place": place, "description": f"{place}有人求助"}
    values.update(changes)
    return store.calls.log(Call(**values), DESK, now=NOW)


@pytest.fixture
def calls(store):
    """Three waiting (logged out of order), one verified, one false, one resolved, one draft."""
    ids = {
        "recent": log(store, "2023-07-15 19:30", "红旗西路"),
        "oldest": log(store, "2023-07-15 18:05", "星海广场"),
        "yesterday": log(store, "2023-07-14 17:00", "大黑山"),
        "verified": log(store, "2023-07-15 12:00", "棒棰岛"),
        "false": log(store, "2023-07-15 11:00", "老虎滩"),
        "resolved": log(store, "2023-07-15 10:00", "付家庄"),
    }
    store.calls.verify(ids["verified"], Verification(None, "属实", verified_by="甲"), DESK, now=NOW)
    store.calls.verify(ids["false"], Verification(None, "不实", verified_by="甲"), DESK, now=NOW)
    store.calls.verify(ids["resolved"], Verification(None, "已解除", verified_by="甲"), DESK, now=NOW)
    ids["draft"] = store.calls.save_draft(Call(caller_phone="1380411", place="金石滩"))
    return ids


@pytest.fixture
def page(qtbot, store, calls):
    context = AppContext(store)
    context.set_operator("值班秘书甲")
    widget = CallsPage(context, now_provider=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def column(page, col) -> list[str]:
    return [page.model.display_text(r, col) for r in range(page.model.rowCount())]


def test_waiting_calls_oldest_first_with_how_long_they_have_waited(page):
    assert page.current_filter() == "waiting"
    assert column(page, Column.PLACE) == ["大黑山", "星海广场", "红旗西路"]
    assert column(page, Column.WAITED) == ["1 天 3 小时", "2 小时 5 分", "40 分钟"]
    assert column(page, Column.STATUS) == ["接报"] * 3
    assert column(page, Column.RECEIVED)[0] == "2023-07-14 17:00"
    assert page.filter_buttons["waiting"].text() == "待核实（3）"
    assert page.filter_buttons["verified"].text() == "待出队（1）"
    assert page.filter_buttons["drafts"].text() == "草稿（1）"
    assert page.count_label.text() == "共 3 条"
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["接报时间", "来源", "求助人", "电话", "地点", "情况", "状态", "已等待"]


def test_filters(page, qtbot):
    page.filter_buttons["verified"].click()
    assert column(page, Column.PLACE) == ["棒棰岛"]
    assert column(page, Column.STATUS) == ["核实"]
    assert column(page, Column.WAITED) == [""]  # waits for a dispatch, not for verification
    page.filter_buttons["closed"].click()
    assert sorted(column(page, Column.STATUS)) == sorted(["不实", "已解除"])
    assert column(page, Column.PLACE) == ["老虎滩", "付家庄"]  # newest first
    page.filter_buttons["drafts"].click()
    assert column(page, Column.PLACE) == ["金石滩"] and column(page, Column.STATUS) == ["草稿"]
    page.filter_buttons["dispatched"].click()
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisible() and page.empty_label.text() == "还没有出队的来电。"
    page.filter_buttons["all"].click()
    assert page.model.rowCount() == 7
    assert column(page, Column.STATUS)[0] == "草稿"


def test_waited_text():
    base = dt.datetime(2023, 7, 15, 12, 0)
    assert waited_text(base, base + dt.timedelta(seconds=50)) == "刚刚"
    assert waited_text(base, base + dt.timedelta(minutes=12)) == "12 分钟"
    assert waited_text(base, base + dt.timedelta(minutes=60)) == "1 小时"
    assert waited_text(base, base + dt.timedelta(minutes=125)) == "2 小时 5 分"
    assert waited_text(base, base + dt.timedelta(days=2)) == "2 天"
    assert waited_text(None, base) == ""


def _select(page, call_id):
    row = page.model.row_of(call_id)
    assert row >= 0
    page.select_row(row)
    page.table.setFocus()


def test_enter_on_a_waiting_call_opens_its_verification_once(page, qtbot, calls):
    _select(page, calls["oldest"])
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    [form] = page.open_forms()
    assert isinstance(form, VerifyForm) and form.call_id == calls["oldest"]
    assert form.window().isVisible() and form.window().windowTitle() == f"核实来电 #{calls['oldest']}"
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # again: the same window, not a second one
    assert page.open_forms() == [form]


def test_verifying_from_the_page_moves_the_call_out_of_the_waiting_list(page, qtbot, calls, store):
    form = page.open_call(calls["recent"])
    form.choose_result("属实")
    with qtbot.waitSignal(page.dispatch_requested) as asked:
        form.save()
        form.dispatch_button.click()
    assert asked.args == [calls["recent"]]
    assert column(page, Column.PLACE) == ["大黑山", "星海广场"]  # refreshed on calls_changed
    assert page.filter_buttons["verified"].text() == "待出队（2）"


def test_a_verified_call_asks_for_a_dispatch(page, qtbot, calls):
    page.filter_buttons["verified"].click()
    _select(page, calls["verified"])
    with qtbot.waitSignal(page.dispatch_requested) as asked:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert asked.args == [calls["verified"]]
    assert page.open_forms() == []


def test_a_closed_call_opens_read_only(page, qtbot, calls):
    page.filter_buttons["closed"].click()
    _select(page, calls["false"])
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    [form] = page.open_forms()
    assert isinstance(form, VerifyForm) and not form.is_editable()
    assert "不实" in form.history_label.text()


def test_a_draft_opens_in_the_intake_form_and_is_logged_from_there(page, qtbot, calls, store):
    page.filter_buttons["drafts"].click()
    _select(page, calls["draft"])
    where = page.table.visualRect(page.table.currentIndex()).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    [form] = page.open_forms()
    assert isinstance(form, CallForm) and form.call_id == calls["draft"]
    assert form.place_edit.text() == "金石滩"
    assert form.received_edit.text() == ""  # the draft had no time yet
    form.log_call()
    assert "请填写接报时间" in form.errors.message("received_at")
    assert store.calls.get(calls["draft"]).is_draft
    form.received_edit.setText("19:55")
    form.source_combo.search("qz")
    form.phone_edit.setText("13804112233")
    form.description_edit.setPlainText("游客被困礁石")
    form.log_call()
    assert store.calls.get(calls["draft"]).status == CallStatus.LOGGED
    assert page.model.rowCount() == 0  # the drafts list, refreshed
    page.filter_buttons["waiting"].click()
    assert "金石滩" in column(page, Column.PLACE)


def test_new_call_esc_keeps_a_draft_and_the_window_goes(page, qtbot, store):
    form = page.new_call()
    window = form.window()
    assert window is not page and window.isVisible() and window.windowTitle() == "新来电"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.received_edit)
    qtbot.keyClick(form.received_edit, Qt.Key.Key_Tab)
    type_text(qtbot, QApplication.focusWidget(), "hj")
    assert form.source_combo.currentText() == "海警"
    qtbot.keyClick(form.source_combo, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert page.open_forms() == []
    [draft] = store.calls.drafts()[:1]
    assert draft.source == "海警"
    page.filter_buttons["drafts"].click()
    assert page.filter_buttons["drafts"].text() == "草稿（2）"


def test_two_new_calls_at_once_and_the_draft_is_not_opened_twice(page, qtbot, store):
    first = page.new_call()
    second = page.new_call()
    assert first is not second and len(page.open_forms()) == 2
    first.place_edit.setText("星海湾")
    first._changed()
    draft_id = first.flush()
    assert page.open_call(draft_id) is first


def test_flush_forms_saves_every_open_draft(page, qtbot, store):
    form = page.new_call()
    form.caller_edit.setText("李先生")
    form._changed()
    page.flush_forms()
    assert [d.caller_name for d in store.calls.drafts()][:1] == ["李先生"]
