"""The whole life of a rescue in the main window, as a new duty secretary would go through it, from
the keyboard: Ctrl+N and the call typed in; the desk shows it waiting and opens the verification;
属实 leads to the dispatch, where the squad's 接龙 list is pasted; the squad leader's attendance is
handed in, approved and archived; the archived task is read-only; and the year's workbook carries
the task with the right people and vehicle trips. A real database file throughout."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wz_desktop.domain.records import CallStatus, Member, TaskStatus, Vehicle
from wz_desktop.domain.roles import Actor
from wz_desktop.domain.workflow import moment_text
from wz_desktop.ui import dialogs
from wz_desktop.ui.call_form import CallForm
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.main_window import MainWindow
from wz_desktop.ui.verify_form import VerifyForm
from wz_desktop.services.exports import export_year
from wz_desktop.services.session import SYSTEM_SESSION

from .conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SIGNUP = """【甘井子分队】红旗西路老人走失 集合接龙
1. 王建国
2. 李娜 带车
3. 张伟
4. 刘洋 开车
5. 陈静 请假
"""


@pytest.fixture
def roster(store):
    squad = store.roster.add_squad("甘井子分队", "甘井子区", actor=store.roster.audit.actor)
    water = store.roster.add_squad("水上救援分队", "中山区", actor=store.roster.audit.actor)
    ids = {}
    for code, name, squad_id in (("WZ0001", "王建国", squad), ("WZ0002", "李娜", squad), ("WZ0003", "张伟", squad),
                                 ("WZ0004", "刘洋", water), ("WZ0005", "陈静", squad)):
        ids[name] = store.roster.add_member(Member(name=name, code=code, squad_id=squad_id,
                                                   phone=f"1380411{code[-4:]}"), actor=store.roster.audit.actor)
    store.roster.add_vehicle(Vehicle(plate="辽B12345", name="救援车1"), actor=store.roster.audit.actor)
    return ids


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    assert focused() is not None, "no widget has the keyboard focus"
    qtbot.keyClick(focused(), key, modifier)
    QApplication.processEvents()


def type_here(qtbot, text: str) -> None:
    type_text(qtbot, focused(), text)


def active_window(qtbot, widget) -> None:
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def test_a_rescue_from_call_to_archive(qtbot, store, roster, monkeypatch, tmp_path):
    answers = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text: answers.append(title) or True)
    monkeypatch.setattr(dialogs, "show_error", lambda *args: pytest.fail(f"error shown: {args}"))
    context = AppContext(store)
    context.set_operator("值班秘书 陈静")
    now = dt.datetime.now().replace(second=0, microsecond=0)
    received = now - dt.timedelta(hours=4)
    window = MainWindow(context)
    window.desk_page.now = lambda: now  # the desk's clock stands still: the call waited exactly 4 hours
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    active_window(qtbot, window)
    assert window.current_page_key() == "desk"  # the window opens on what waits now

    # 1. Ctrl+N, from anywhere: the intake form, typed top to bottom with Tab, Enter logs it
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: any(isinstance(f, CallForm) for f in window.calls_page.open_forms()))
    form = next(f for f in window.calls_page.open_forms() if isinstance(f, CallForm))
    active_window(qtbot, form)
    qtbot.waitUntil(lambda: focused() is form.received_edit)
    form.received_edit.selectAll()
    type_here(qtbot, moment_text(received))
    for text in ("js", "王女士", "138 0411 2233", "gjzq", "红旗西路地铁站", "78岁老人走失，穿蓝色外套", "cssj"):
        press(qtbot, Qt.Key.Key_Tab)
        type_here(qtbot, text)
    with qtbot.waitSignal(form.logged) as logged:
        press(qtbot, Qt.Key.Key_Return)
    call_id = logged.args[0]
    call = store.calls.get(call_id)
    assert (call.source, call.caller_phone, call.district, call.logged_by) == (
        "家属", "13804112233", "甘井子区", "值班秘书 陈静")
    form.window().close()

    # 2. the desk shows it waiting; Enter opens the verification
    desk = window.desk_page
    qtbot.waitUntil(lambda: desk.calls_list.topLevelItemCount() == 1)
    assert desk.calls_list.topLevelItem(0).text(1) == "4 小时 0 分"
    assert window.nav.item(0).text().startswith("工作台")
    active_window(qtbot, window)
    desk.calls_list.setFocus()
    desk.calls_list.setCurrentItem(desk.calls_list.topLevelItem(0))
    press(qtbot, Qt.Key.Key_Return)
    verify = next(f for f in window.calls_page.open_forms() if isinstance(f, VerifyForm))
    active_window(qtbot, verify)
    verify.verified_edit.setText(moment_text(received + dt.timedelta(minutes=8)))
    verify.choose_result("属实")
    verify.note_edit.setFocus()
    type_here(qtbot, "回拨家属，仍未找到")
    with qtbot.waitSignal(verify.verified):
        press(qtbot, Qt.Key.Key_Return)
    assert store.calls.get(call_id).status == CallStatus.VERIFIED

    # 3. 出队… opens the dispatch form for this call
    verify.dispatch_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ("dispatch", f"call:{call_id}") in window.records)
    dispatch = window.records[("dispatch", f"call:{call_id}")]
    active_window(qtbot, dispatch)
    dispatch.departure_edit.setFocus()
    dispatch.departure_edit.selectAll()
    type_here(qtbot, moment_text(received + dt.timedelta(minutes=30)))
    press(qtbot, Qt.Key.Key_Tab)
    # the 接龙 list, pasted from the clipboard (Ctrl+Shift+V, then Ctrl+V, then Ctrl+Enter)
    QApplication.clipboard().setText(SIGNUP)
    qtbot.keyClick(dispatch.summary_edit, Qt.Key.Key_V, CTRL | Qt.KeyboardModifier.ShiftModifier)
    signup = dispatch.signup_dialog
    qtbot.waitUntil(lambda: signup.isVisible())
    active_window(qtbot, signup)
    signup.text_edit.setFocus()
    qtbot.keyClick(signup.text_edit, Qt.Key.Key_V, CTRL)
    outcomes = {m.name: text for text, m in signup.rows() if m}
    assert outcomes["陈静"].startswith("不来")
    qtbot.keyClick(signup.text_edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not signup.isVisible())
    assert sorted(r["name"] for r in dispatch.member_table.rows()) == ["刘洋", "张伟", "李娜", "王建国"]
    assert dispatch.headcount_edit.placeholderText() == "按名单：4"
    assert dispatch.trips_edit.placeholderText() == "按名单：2"  # two members bring their cars
    active_window(qtbot, dispatch)
    with qtbot.waitSignal(dispatch.dispatched) as done:
        qtbot.keyClick(dispatch.summary_edit, Qt.Key.Key_S, CTRL)
    task_id = done.args[0]
    task = store.tasks.get(task_id)
    assert (task.status, task.headcount, task.vehicles, task.call_id) == (TaskStatus.DISPATCHED, 4, 2, call_id)
    assert store.calls.get(call_id).status == CallStatus.DISPATCHED
    dispatch.close()

    # 4. the desk shows the team out; the review form takes the attendance
    qtbot.waitUntil(lambda: desk.out_list.topLevelItemCount() == 1)
    review = window.review_task(task_id).form
    active_window(qtbot, review)
    review.returned_edit.setFocus()
    review.returned_edit.selectAll()
    type_here(qtbot, moment_text(received + dt.timedelta(hours=3, minutes=30)))
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "zd")  # 找到平安
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "1")
    assert review.result_combo.currentText() == "找到平安"
    with qtbot.waitSignal(review.changed):
        qtbot.keyClick(review, Qt.Key.Key_S, CTRL)
    assert store.tasks.get(task_id).status == TaskStatus.SUBMITTED
    hours = {m.member_name: (m.attendance, m.hours) for m in store.roster.task_members(task_id)}
    assert hours["李娜"] == ("出勤", 3.0)

    # 5. the secretariat approves, then archives (asked first); the task is read-only from then on
    with qtbot.waitSignal(review.changed):
        review.approve_button.click()
    with qtbot.waitSignal(review.changed):
        review.archive_button.click()
    assert answers and store.tasks.get(task_id).status == TaskStatus.ARCHIVED
    assert review.banner.isVisible() and not review.result_combo.isEnabled()
    assert review.reopen_button.isVisible() and not review.submit_button.isVisible()
    review.window().close()

    # 6. the task's page tells the story; the desk is clear again
    page = window.open_task(task_id).page
    text = page.text()
    for expected in ("王女士", "回拨家属，仍未找到", "李娜", "找到平安", "值班秘书 陈静", "归档"):
        assert expected in text, expected
    assert not page.edit_dispatch_button.isVisible()  # an archived task's dispatch cannot be changed
    qtbot.waitUntil(lambda: desk.waiting_total() == 0)

    # 7. the year's workbook has the task with its people and vehicle trips
    path = tmp_path / "export.xlsx"
    export_year(store, received.year, path, session=SYSTEM_SESSION)
    sheet = openpyxl.load_workbook(path)["城市搜救"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    [row] = [r for r in rows if r[0] == task.event_no]
    assert row[1].startswith("红旗西路") and row[3:6] == [4, 2, "甘井子分队"]


def test_flush_drafts_keeps_every_open_form(qtbot, store, roster):
    """What the window does on an unexpected error or on closing: every open form's draft saved."""
    from wz_desktop.domain.kinds import TaskKind
    from wz_desktop.domain.lifecycle import Dispatch, DispatchMember

    context = AppContext(store)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    call = window.new_call()
    type_text(qtbot, call.caller_edit, "周先生")
    dispatch = window.direct_dispatch()
    dispatch.summary_edit.clear()
    type_text(qtbot, dispatch.summary_edit, "社区防溺水宣讲")
    task_id = store.flow.dispatch(Dispatch(kind=TaskKind.TRAINING, departure="2023-07-15 09:00", summary="培训",
                                           squad_ids=[store.roster.squad_by_name("甘井子分队").id],
                                           members=[DispatchMember(roster["王建国"])]), Actor("甲"))
    review = window.review_task(task_id)
    type_text(qtbot, review.form.people_edit, "3")
    window.flush_drafts()  # no timers waited for
    assert [c.caller_name for c in store.calls.drafts()] == ["周先生"]
    assert store.flow.form_draft("dispatch", "direct")["summary"] == "社区防溺水宣讲"
    assert store.flow.form_draft("review", f"task:{task_id}") is not None
