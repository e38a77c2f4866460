"""The task page tells a task's whole story from the real database: the call, its verification, who
went, the review stages, the history with who did what, the case; and links tasks into cases."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.lifecycle import AttendanceEntry, ReviewSheet
from wz_desktop.domain.records import Origin, Task, TaskStatus
from wz_desktop.domain.roles import Actor
from wz_desktop.domain.workflow import moment_text
from wz_desktop.ui import dialogs
from wz_desktop.ui.task_page import TaskPage, TaskPageDialog, open_task_page

from .conftest import fill
from .lifecycle_helpers import (  # noqa: F401 (fixtures)
    OPERATOR,
    context_fixture,
    dispatch_task,
    minutes_ago,
    roster_fixture,
)


@pytest.fixture
def make_page(qtbot, context):
    def make(task_id):
        page = TaskPage(context, task_id)
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        return page
    return make


@pytest.fixture
def picked(monkeypatch):
    """What the 'user' picks or types in the case chooser."""
    given = {"ask_item": None, "offered": []}

    def ask_item(parent, title, label, items, editable=False):
        given["offered"].append(list(items))
        return given["ask_item"]

    monkeypatch.setattr(dialogs, "ask_item", ask_item)
    return given


def reviewed(store, task_id, departure, by="王建国"):
    members = store.roster.task_members(task_id)
    entries = [AttendanceEntry(m.member_id, "出勤", 3.0, m.role) for m in members]
    entries[-1].attendance, entries[-1].hours = "早退", 1.5
    store.flow.submit_attendance(task_id, ReviewSheet(returned_at=moment_text(departure + dt.timedelta(hours=3)),
                                                      result="找到平安", entries=entries, people_helped=1), Actor(by))


def test_page_tells_the_whole_story(store, roster, make_page, context):
    departure = minutes_ago(5 * 60)
    task_id = dispatch_task(store, roster, departure)
    page = make_page(task_id)
    heading = page.heading.text()
    assert "WZ" in heading and "城市搜救" in heading and "红旗西路老人走失搜寻" in heading
    assert "#1f6fb2" in heading  # 出队 in the colour of "under way"
    call = page.section_text("call")
    for words in ("家属", "王女士", "13804112233", "红旗西路", "老人走失，穿灰色外套", "值班秘书甲"):
        assert words in call, words
    verification = page.section_text("verification")
    for words in ("值班秘书甲", "回拨信息来源", "属实", "家属确认仍未找到"):
        assert words in verification, words
    dispatch = page.section_text("dispatch")
    for words in (moment_text(departure), "甘井子分队、水上救援分队", "王建国", "辽B12345", "队长", "李海波", "自驾",
                  "张磊"):
        assert words in dispatch, words
    assert "尚未交考勤" in page.section_text("review")
    assert page.edit_dispatch_button.isVisible() and not page.banner.isVisible()
    assert page.boxes["import"].isHidden()  # nothing imported here

    # the story goes on elsewhere: the page follows (tasks_changed)
    reviewed(store, task_id, departure)
    store.flow.send_back(task_id, "张磊的时长不对", Actor("秘书组乙"))
    reviewed(store, task_id, departure)
    store.flow.approve(task_id, Actor("秘书组乙"))
    store.flow.archive(task_id, Actor("秘书组乙"))
    context.tasks_changed.emit()
    review = page.section_text("review")
    for words in ("找到平安", "早退", "1.5", "交考勤", "退回", "张磊的时长不对", "考核通过", "归档", "王建国", "秘书组乙"):
        assert words in review, words
    history = page.history_lines()
    assert history[0].split("　")[1] == "值班秘书甲" and "出队（WZ" in history[0]
    assert any("王建国　返回：状态 出队 → 待交考勤" in line for line in history)
    assert any("秘书组乙　退回：状态 待考核 → 待交考勤（张磊的时长不对）" in line for line in history)
    assert any("秘书组乙　归档：状态 已考核 → 归档" in line for line in history)
    # archived: a banner, no dispatch editing; the review stays reachable (to reopen)
    assert page.banner.isVisible() and "已归档，只读" in page.banner.text()
    assert not page.edit_dispatch_button.isVisible() and page.review_button.isVisible()
    assert "#757575" in page.heading.text()


def test_changes_in_words_and_the_buttons_for_the_lead(store, roster, make_page, qtbot):
    task_id = dispatch_task(store, roster, minutes_ago(60))
    dispatch = store.flow.dispatch_of(task_id)
    dispatch.headcount = 5
    dispatch.members = [m for m in dispatch.members if m.name != "张磊"]
    store.flow.update_dispatch(task_id, dispatch, Actor("值班秘书丙"))
    page = make_page(task_id)
    history = "\n".join(page.history_lines())
    assert "值班秘书丙　修改出队：出队人数 3 → 5" in history
    assert "修改出队：出队队员 去掉 张磊" in history
    with qtbot.waitSignal(page.edit_dispatch_requested) as edit:
        qtbot.mouseClick(page.edit_dispatch_button, Qt.MouseButton.LeftButton)
    assert edit.args == [task_id]
    with qtbot.waitSignal(page.review_requested) as review:
        qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    assert review.args == [task_id]


def test_direct_dispatch_has_no_call(store, roster, make_page):
    task_id = dispatch_task(store, roster, minutes_ago(60), with_call=False, summary="社区应急救护培训")
    page = make_page(task_id)
    assert "直接出队" in page.section_text("call")
    assert page.section_text("verification") == ""  # no call, nothing verified
    assert "培训保障" in page.heading.text()


def test_imported_task_shows_the_originals_and_flags(store, make_page):
    [task_id] = fill(store, [Task(kind=TaskKind.WATER, event_no="WZ2021-0007", summary="星海广场游客落水",
                                  departure=None, departure_raw="某日晚上", headcount=None, headcount_raw="七八人",
                                  squads="水上救援分队", year=2021, status=TaskStatus.ARCHIVED, origin=Origin.IMPORT,
                                  needs_review=True, import_sheet="水上救援", import_row=9)],
                     flags={0: [("departure", "raw_value", "某日晚上", "无法识别的出队时间")]})
    page = make_page(task_id)
    imported = page.section_text("import")
    for words in ("工作簿导入", "工作表“水上救援” 第 9 行", "某日晚上", "七八人", "无法识别的出队时间", "未处理"):
        assert words in imported, words
    assert "没有来电信息" in page.section_text("call")
    assert "某日晚上" in page.section_text("dispatch")
    assert "已归档，只读" in page.text()


def test_cases_linked_from_the_page(store, roster, make_page, context, qtbot, picked):
    first = dispatch_task(store, roster, minutes_ago(26 * 60))
    second = dispatch_task(store, roster, minutes_ago(2 * 60))
    page = make_page(first)
    assert "未并入案件" in page.section_text("case") and not page.unlink_case_button.isVisible()
    # cancelled: nothing happens
    qtbot.mouseClick(page.link_case_button, Qt.MouseButton.LeftButton)
    assert store.tasks.get(first).case_id is None
    # a new case, by its title
    picked["ask_item"] = "红旗西路老人走失搜寻"
    with qtbot.waitSignal(context.tasks_changed):
        qtbot.mouseClick(page.link_case_button, Qt.MouseButton.LeftButton)
    case_id = store.tasks.get(first).case_id
    assert case_id is not None and store.flow.case(case_id).title == "红旗西路老人走失搜寻"
    assert "红旗西路老人走失搜寻" in page.section_text("case") and page.unlink_case_button.isVisible()
    assert any(f"{OPERATOR}　并案：案件 — → 红旗西路老人走失搜寻" in line for line in page.history_lines())

    # the second turn-out joins the same case, chosen from the list
    other = make_page(second)
    picked["ask_item"] = None
    qtbot.mouseClick(other.link_case_button, Qt.MouseButton.LeftButton)
    offered = picked["offered"][-1]
    assert len(offered) == 1 and offered[0].startswith("红旗西路老人走失搜寻（")
    picked["ask_item"] = offered[0]
    qtbot.mouseClick(other.link_case_button, Qt.MouseButton.LeftButton)
    assert store.tasks.get(second).case_id == case_id
    assert len(store.flow.cases()) == 1
    # each page lists the other turn-out; a click asks the window to open it
    assert [b.property("task_id") for b in page.case_task_buttons] == [second]  # refreshed by tasks_changed
    assert [b.property("task_id") for b in other.case_task_buttons] == [first]
    with qtbot.waitSignal(context.open_task_requested) as opened:
        qtbot.mouseClick(other.case_task_buttons[0], Qt.MouseButton.LeftButton)
    assert opened.args == [first]

    # out of the case again
    qtbot.mouseClick(other.unlink_case_button, Qt.MouseButton.LeftButton)
    assert store.tasks.get(second).case_id is None
    assert "未并入案件" in other.section_text("case")
    assert page.case_task_buttons == []
    assert store.flow.history(second)[-1].action == "case_unlinked"


def test_open_task_page_gives_a_window_that_is_not_modal(store, roster, context, qtbot):
    task_id = dispatch_task(store, roster, minutes_ago(60))
    dialog = open_task_page(context, task_id)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, TaskPageDialog) and dialog.isVisible() and not dialog.isModal()
    assert dialog.page.task_id == task_id and "WZ" in dialog.windowTitle()
    assert dialog.width() <= 1366 and dialog.height() <= 768


def test_missing_task_says_so(make_page):
    page = make_page(999)
    assert "不存在" in page.heading.text()
    assert not page.review_button.isVisible()
