"""The review form (考核) driven from the keyboard as the secretary does, on a real database:
hand in attendance, refusals beside the fields, send back and hand in again, approve, archive,
read-only, reopening with a reason, drafts."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from wz_desktop.domain.records import TaskStatus
from wz_desktop.domain.roles import Actor
from wz_desktop.domain.workflow import moment_text
from wz_desktop.ui import dialogs
from wz_desktop.ui.review_form import (
    COL_ATTENDANCE,
    COL_HOURS,
    COL_NOTE,
    DRAFT_FORM,
    ReviewForm,
    draft_key,
)

from .lifecycle_helpers import (  # noqa: F401 (fixtures)
    OPERATOR,
    activate,
    context_fixture,
    dispatch_task,
    focused,
    minutes_ago,
    roster_fixture,
)

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def departure():
    return minutes_ago(4 * 60)


@pytest.fixture
def task_id(store, roster, departure):
    return dispatch_task(store, roster, departure)


@pytest.fixture
def make_form(qtbot, context):
    def make(task_id):
        form = ReviewForm(context, task_id)
        qtbot.addWidget(form)
        activate(qtbot, form)
        return form
    return make


@pytest.fixture
def answers(monkeypatch):
    """What the 'user' answers in the small dialogs: set answers['ask_text'] / ['ask_yes_no']."""
    given: dict = {"ask_text": None, "ask_yes_no": False}
    asked: list[tuple[str, tuple]] = []

    def fake(name):
        def answer(parent, *args, **kwargs):
            asked.append((name, args))
            return given[name]
        return answer

    monkeypatch.setattr(dialogs, "ask_text", fake("ask_text"))
    monkeypatch.setattr(dialogs, "ask_yes_no", fake("ask_yes_no"))
    given["asked"] = asked
    return given


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key on whatever has the focus, as a keyboard does."""
    qtbot.keyClick(focused(), key, modifier)
    QApplication.processEvents()  # a cell's editor commits on Enter through a queued call


def type_keys(qtbot, text):
    """Each key to the widget that has the focus when it is pressed (typing in a table cell opens
    its editor, which then takes the following keys)."""
    for char in text:
        qtbot.keyClicks(focused(), char)


def fill_sheet_by_keyboard(qtbot, form, returned: dt.datetime, result_keys="zd", people="1"):
    """返回时间 typed over the default, result by pinyin initials, people helped; cursor in the table."""
    form.returned_edit.setFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, moment_text(returned))
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.result_combo
    if result_keys:
        type_keys(qtbot, result_keys)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.people_edit
    if people:
        type_keys(qtbot, people)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.table


def cell(form, row, column) -> str:
    return form.table.item(row, column).text()


def test_hand_in_attendance_from_the_keyboard(store, task_id, departure, make_form, qtbot, context):
    form = make_form(task_id)
    assert form.submit_button.isVisible() and not form.approve_button.isVisible()
    assert "出队" in form.heading.text() and "WZ" in form.heading.text()
    names = [cell(form, r, 0) for r in range(form.table.rowCount())]
    assert names == ["王建国", "李海波", "张磊"]
    assert [cell(form, r, COL_ATTENDANCE) for r in range(3)] == ["出勤"] * 3

    fill_sheet_by_keyboard(qtbot, form, departure + dt.timedelta(hours=3))
    assert form.result_combo.currentText() == "找到平安"
    # hours follow the return time: three hours out
    assert [cell(form, r, COL_HOURS) for r in range(3)] == ["3"] * 3
    # the cursor starts on the first member's attendance; down to 张磊, 3 = 早退, hours typed
    assert (form.table.currentRow(), form.table.currentColumn()) == (0, COL_ATTENDANCE)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_3)
    assert cell(form, 2, COL_ATTENDANCE) == "早退"
    press(qtbot, Qt.Key.Key_Right)
    type_keys(qtbot, "1.5")
    press(qtbot, Qt.Key.Key_Return)
    assert cell(form, 2, COL_HOURS) == "1.5"
    # a later change of the return time moves only the hours nobody typed
    form.returned_edit.setFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, moment_text(departure + dt.timedelta(hours=3, minutes=30)))
    assert [cell(form, r, COL_HOURS) for r in range(3)] == ["3.5", "3.5", "1.5"]

    with qtbot.waitSignal(context.tasks_changed), qtbot.waitSignal(form.changed) as changed:
        press(qtbot, Qt.Key.Key_S, CTRL)
    assert changed.args == [task_id]

    task = store.tasks.get(task_id)
    assert task.status == TaskStatus.SUBMITTED
    assert (task.result, task.people_helped) == ("找到平安", 1)
    assert task.returned_at == moment_text(departure + dt.timedelta(hours=3, minutes=30))
    members = store.roster.task_members(task_id)
    assert [(m.member_name, m.attendance, m.hours) for m in members] == [
        ("王建国", "出勤", 3.5), ("李海波", "出勤", 3.5), ("张磊", "早退", 1.5)]
    assert [(r.stage, r.by) for r in store.flow.reviews(task_id)] == [("submitted", OPERATOR)]
    # the form now offers the secretariat's steps, and the sheet is no longer editable
    assert not form.submit_button.isVisible()
    assert form.approve_button.isVisible() and form.send_back_button.isVisible()
    assert not form.result_combo.isEnabled()
    assert "待考核" in form.heading.text()
    assert store.flow.form_draft(DRAFT_FORM, draft_key(task_id)) is None


def test_missing_result_and_bad_hours_shown_beside_the_fields(store, task_id, departure, make_form, qtbot):
    form = make_form(task_id)
    fill_sheet_by_keyboard(qtbot, form, departure + dt.timedelta(hours=2), result_keys="")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert "请选择任务结果" in form.error_text("result")
    assert form.errors.label("result").isVisible()
    assert form.result_combo.hasFocus()  # the first field in error
    assert form.error_text("returned_at") == ""
    # nothing written
    assert store.tasks.get(task_id).status == TaskStatus.DISPATCHED
    assert all(m.attendance is None for m in store.roster.task_members(task_id))
    assert store.flow.reviews(task_id) == []

    # a result picked; hours that are not a number
    type_keys(qtbot, "1")
    assert form.result_combo.currentText() == "找到平安"
    assert form.error_text("result") == ""  # choosing takes the message off
    form.table.setFocus()
    form.table.setCurrentCell(1, COL_HOURS)
    type_keys(qtbot, "abc")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert "李海波 的时长“abc”不是数字" in form.error_text("entries")
    assert store.tasks.get(task_id).status == TaskStatus.DISPATCHED
    # a return before the departure: the store's own message, beside the field
    form.table.setCurrentCell(1, COL_HOURS)
    type_keys(qtbot, "2")
    press(qtbot, Qt.Key.Key_Return)
    form.returned_edit.setFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, moment_text(departure - dt.timedelta(hours=1)))
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert "早于出队时间" in form.error_text("returned_at")
    assert store.tasks.get(task_id).status == TaskStatus.DISPATCHED
    assert store.flow.reviews(task_id) == []


def test_absent_member_gets_no_hours_and_all_present_button(task_id, departure, make_form, qtbot, store):
    form = make_form(task_id)
    fill_sheet_by_keyboard(qtbot, form, departure + dt.timedelta(hours=2))
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_4)
    assert (cell(form, 1, COL_ATTENDANCE), cell(form, 1, COL_HOURS)) == ("缺勤", "0")
    press(qtbot, Qt.Key.Key_X)  # no free text in a pick-list column
    assert cell(form, 1, COL_ATTENDANCE) == "缺勤"
    qtbot.mouseClick(form.all_present_button, Qt.MouseButton.LeftButton)
    assert [cell(form, r, COL_ATTENDANCE) for r in range(3)] == ["出勤"] * 3
    assert [cell(form, r, COL_HOURS) for r in range(3)] == ["2"] * 3
    assert form.submit()
    assert [m.hours for m in store.roster.task_members(task_id)] == [2.0, 2.0, 2.0]


def test_send_back_hand_in_again_approve_archive_reopen(store, task_id, departure, make_form, qtbot, answers):
    from wz_desktop.ui.task_page import TaskPage

    form = make_form(task_id)
    fill_sheet_by_keyboard(qtbot, form, departure + dt.timedelta(hours=3))
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_3)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert store.tasks.get(task_id).status == TaskStatus.SUBMITTED

    # 退回: cancelled, then blank (refused, said beside the buttons), then with a comment
    qtbot.mouseClick(form.send_back_button, Qt.MouseButton.LeftButton)
    assert store.tasks.get(task_id).status == TaskStatus.SUBMITTED and form.error_text("comment") == ""
    answers["ask_text"] = "   "
    qtbot.mouseClick(form.send_back_button, Qt.MouseButton.LeftButton)
    assert "写明原因" in form.error_text("comment")
    assert store.tasks.get(task_id).status == TaskStatus.SUBMITTED
    answers["ask_text"] = "张磊的时长不对"
    qtbot.mouseClick(form.send_back_button, Qt.MouseButton.LeftButton)
    assert store.tasks.get(task_id).status == TaskStatus.RETURNED
    assert "张磊的时长不对" in form.banner.text() and OPERATOR in form.banner.text()
    # the leader corrects: what was handed in is there to correct
    assert form.submit_button.isVisible() and form.table.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    assert cell(form, 2, COL_ATTENDANCE) == "早退" and form.result_combo.currentText() == "找到平安"
    form.table.setFocus()
    form.table.setCurrentCell(2, COL_HOURS)
    type_keys(qtbot, "2")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Right)
    type_keys(qtbot, "xian")  # a note, typed
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert store.tasks.get(task_id).status == TaskStatus.SUBMITTED
    zhang = store.roster.task_members(task_id)[2]
    assert (zhang.attendance, zhang.hours, zhang.note) == ("早退", 2.0, "xian")

    qtbot.mouseClick(form.approve_button, Qt.MouseButton.LeftButton)
    assert store.tasks.get(task_id).status == TaskStatus.APPROVED
    assert form.archive_button.isVisible() and not form.approve_button.isVisible()
    # 归档 asks first; "no" leaves it
    qtbot.mouseClick(form.archive_button, Qt.MouseButton.LeftButton)
    assert "归档后任务为只读" in answers["asked"][-1][1][1]
    assert store.tasks.get(task_id).status == TaskStatus.APPROVED
    answers["ask_yes_no"] = True
    qtbot.mouseClick(form.archive_button, Qt.MouseButton.LeftButton)
    assert store.tasks.get(task_id).status == TaskStatus.ARCHIVED

    # read-only: a banner, nothing to edit, no submit buttons, the keys do nothing
    assert form.banner.isVisible() and "已归档，只读" in form.banner.text()
    for button in (form.submit_button, form.approve_button, form.send_back_button, form.archive_button,
                   form.cancel_task_button, form.all_present_button):
        assert not button.isVisible()
    assert not form.returned_edit.isEnabled() and not form.result_combo.isEnabled()
    assert not form.people_edit.isEnabled()
    assert form.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    form.table.setFocus()
    form.table.setCurrentCell(0, COL_ATTENDANCE)
    press(qtbot, Qt.Key.Key_4)
    assert cell(form, 0, COL_ATTENDANCE) == "出勤"
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert store.roster.task_members(task_id)[0].attendance == "出勤"
    assert form.reopen_button.isVisible()

    # reopening without a reason is refused; with one it is kept
    answers["ask_text"] = ""
    qtbot.mouseClick(form.reopen_button, Qt.MouseButton.LeftButton)
    assert "须写明原因" in form.error_text("comment")
    assert store.tasks.get(task_id).status == TaskStatus.ARCHIVED
    answers["ask_text"] = "家属来电更正救助人数"
    qtbot.mouseClick(form.reopen_button, Qt.MouseButton.LeftButton)
    assert store.tasks.get(task_id).status == TaskStatus.APPROVED
    assert "家属来电更正救助人数" in form.banner.text()
    assert form.archive_button.isVisible()

    page = TaskPage(form.context, task_id)
    qtbot.addWidget(page)
    review = page.section_text("review")
    for words in ("交考勤", "退回", "张磊的时长不对", "考核通过", "归档", "重新打开", "家属来电更正救助人数", OPERATOR):
        assert words in review, words
    history = "\n".join(page.history_lines())
    assert "重新打开：状态 归档 → 已考核（家属来电更正救助人数）" in history


def test_draft_kept_while_typing_and_restored(store, task_id, departure, make_form, qtbot):
    form = make_form(task_id)
    fill_sheet_by_keyboard(qtbot, form, departure + dt.timedelta(hours=2), result_keys="wzd", people="")
    form.table.setCurrentCell(1, COL_NOTE)
    type_keys(qtbot, "late")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: (store.flow.form_draft(DRAFT_FORM, draft_key(task_id)) or {}).get("rows", [{}] * 2)[1]
                    .get("note") == "late")
    form.close()

    again = make_form(task_id)
    assert again.result_combo.currentText() == "未找到"
    assert again.returned_edit.text() == moment_text(departure + dt.timedelta(hours=2))
    assert cell(again, 1, COL_NOTE) == "late" and cell(again, 1, COL_HOURS) == "2"
    assert again.submit()
    assert store.flow.form_draft(DRAFT_FORM, draft_key(task_id)) is None
    assert store.roster.task_members(task_id)[1].note == "late"


def test_cancel_task_needs_a_reason(store, task_id, make_form, qtbot, answers):
    form = make_form(task_id)
    answers["ask_text"] = ""
    qtbot.mouseClick(form.cancel_task_button, Qt.MouseButton.LeftButton)
    assert "取消任务须写明原因" in form.error_text("comment")
    assert store.tasks.get(task_id).status == TaskStatus.DISPATCHED
    answers["ask_text"] = "人已找到，队伍返回"
    qtbot.mouseClick(form.cancel_task_button, Qt.MouseButton.LeftButton)
    assert store.tasks.get(task_id).status == TaskStatus.CANCELLED
    assert "任务已取消" in form.banner.text() and not form.submit_button.isVisible()
    assert store.flow.history(task_id)[-1].note == "人已找到，队伍返回"


def test_form_follows_a_step_taken_elsewhere(store, task_id, departure, make_form, context):
    form = make_form(task_id)
    assert form.submit_button.isVisible()
    store.flow.cancel(task_id, "重复出队", Actor(OPERATOR))
    context.tasks_changed.emit()
    assert not form.submit_button.isVisible() and "任务已取消" in form.banner.text()


def test_zero_hours_asked_then_next_step_and_close_in_reach(store, task_id, departure, make_form, qtbot, answers):
    form = make_form(task_id)
    fill_sheet_by_keyboard(qtbot, form, departure + dt.timedelta(hours=3))
    form.table.item(1, COL_HOURS).setText("0")  # present, yet 0 hours: a slip more often than not
    assert not form.submit()  # the 'user' says no
    assert answers["asked"][-1][0] == "ask_yes_no" and "李海波" in answers["asked"][-1][1][1]
    assert store.tasks.get(task_id).status == TaskStatus.DISPATCHED
    answers["ask_yes_no"] = True
    assert form.submit()
    assert form.close_button.isVisible() and form.approve_button.hasFocus()  # handed in: the next step
    assert form.approve()
    assert form.archive_button.hasFocus()  # after 考核通过 the next step, never 退回…
    assert form.archive()
    assert form.close_button.isVisible() and form.close_button.hasFocus()
