"""Every open window tells the truth: one change notification (``AppContext.changed``) that the
store sends after each commit of this window, and that a timer sends for what other connections
wrote (a background job's own connection, another copy of the application on the same file)."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.records import CallStatus, Member
from wz_desktop.domain.roles import Actor
from wz_desktop.domain.workflow import Call, moment_text
from wz_desktop.store.changes import Changes
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.worker import BackgroundTask

DESK = Actor("值班秘书甲")  # who logs and verifies the calls here (nobody is signed in)

ROOT = Path(__file__).resolve().parents[2]


def a_call(store, minutes_ago: int = 30) -> int:
    received = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(minutes=minutes_ago)
    return store.calls.log(Call(received_at=moment_text(received), source="家属", caller_name="王女士",
                                caller_phone="13804112233", district="甘井子区", place="红旗西路",
                                description="78岁老人走失，穿蓝色外套", suggested_kind=TaskKind.URBAN), DESK)


def test_the_store_names_what_each_write_changed(store):
    context = AppContext(store)
    heard: list[Changes] = []
    context.changed.connect(heard.append)
    call_id = a_call(store)
    assert heard and heard[-1].touches_record("calls", call_id) and not heard[-1].external
    assert not heard[-1].touches_record("calls", call_id + 1)
    squad = store.roster.add_squad("甘井子分队", "甘井子区", actor=store.roster.audit.actor)
    assert heard[-1].touches_record("squads", squad) and not heard[-1].touches("calls")
    context.polling = False
    assert not context.poll_changes()  # nothing left untold


def test_call_window_follows_its_dispatch_from_another_window(qtbot, make_window, store):
    squad = store.roster.add_squad("甘井子分队", "甘井子区", actor=store.roster.audit.actor)
    member = store.roster.add_member(Member(name="李娜", code="WZ0002", squad_id=squad, phone="13804110002"), actor=store.roster.audit.actor)
    window = make_window(store)
    call_id = a_call(store)
    verify = window.calls_page.open_verification(call_id)
    verify.choose_result("属实")
    verify.save()
    assert "等待出队" in verify.status_label.text() and verify.dispatch_button.isVisible()

    dispatch = window.dispatch_call(call_id)  # the dispatch form, a window of its own
    qtbot.waitExposed(dispatch)
    dispatch.squad_list.set_checked(squad)
    dispatch.add_member(member)
    dispatch.save()
    assert dispatch.task_id is not None, dispatch.shown_errors()
    assert store.calls.get(call_id).status == CallStatus.DISPATCHED

    # the call's own window says so at once, and no longer offers 出队…
    assert not verify.dispatch_button.isVisible()
    assert "等待出队" not in verify.status_label.text()
    assert "等待出队" not in verify.heading_label.text()
    assert not verify.stale_bar.isVisible()  # nothing was being typed there
    # and the desk no longer lists it as waiting for dispatch
    assert window.desk_page.verified_list.topLevelItemCount() == 0
    assert window.desk_page.out_list.topLevelItemCount() == 1


def test_task_page_follows_a_change_made_by_a_background_job(qtbot, make_window, filled_store):
    """A background import writes on its own connection (the worker's): the page hears it through
    ``PRAGMA data_version`` and the trail, within a second."""
    window = make_window(filled_store)
    task = next(t for t in filled_store.flow.with_status(*window.context.store.flow.status_counts()))
    dialog = window.open_task(task.id)
    qtbot.waitExposed(dialog)
    assert "改过的摘要" not in dialog.page.text()

    def job(store, progress, cancelled):
        store.flow.edit(task.id, {"summary": "改过的摘要：老人已找到"}, actor=Actor("导入"))
        return 1

    worker = BackgroundTask(window, filled_store.path, job, title="导入", label="导入")
    with qtbot.waitSignal(worker.done, timeout=10000):
        worker.start()
    qtbot.waitUntil(lambda: "改过的摘要：老人已找到" in dialog.page.text(), timeout=3000)
    assert "改过的摘要：老人已找到" in dialog.windowTitle() or task.event_no in dialog.windowTitle()


def test_a_second_process_write_reaches_the_desk(qtbot, make_window, store):
    window = make_window(store)
    desk = window.desk_page
    assert desk.calls_list.topLevelItemCount() == 0
    code = textwrap.dedent(f"""
        import datetime as dt
        from wz_desktop.store import Store
        from wz_desktop.domain.roles import Actor
        from wz_desktop.domain.workflow import Call
        with Store.open({str(store.path)!r}) as other:
            other.calls.log(Call(received_at=dt.datetime.now().strftime("%Y-%m-%d %H:%M"), source="110指挥中心",
                                 caller_name="张先生", caller_phone="13904117788", place="大黑山",
                                 description="两人迷路"), Actor("值班秘书乙"))
    """)
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)
    qtbot.waitUntil(lambda: desk.calls_list.topLevelItemCount() == 1, timeout=3000)
    assert "大黑山" in desk.calls_list.topLevelItem(0).text(3)
    assert window.nav.item(1).text().endswith("1")  # the navigation's count follows too


def test_dispatch_window_reloads_or_says_its_task_changed_elsewhere(qtbot, make_window, store):
    squad = store.roster.add_squad("甘井子分队", "甘井子区", actor=store.roster.audit.actor)
    member = store.roster.add_member(Member(name="李娜", code="WZ0002", squad_id=squad, phone="13804110002"), actor=store.roster.audit.actor)
    window = make_window(store)
    first = window.direct_dispatch()
    first.squad_list.set_checked(squad)
    first.add_member(member)
    first.summary_edit.setText("社区应急救护培训")
    task_id = first.save()
    assert task_id is not None
    form = window.edit_dispatch(task_id)
    assert form is not first and form.summary_edit.text() == "社区应急救护培训"
    # nothing typed here: the form follows
    store.flow.edit(task_id, {"summary": "社区应急救护培训（改期）"}, actor=Actor("别人"))
    assert form.summary_edit.text() == "社区应急救护培训（改期）" and not form.stale_bar.isVisible()
    # something typed here: the form keeps it and says the task changed
    form.remarks_edit.setText("带两台AED")
    store.flow.edit(task_id, {"summary": "社区应急救护培训（取消）"}, actor=Actor("别人"))
    assert form.stale_bar.isVisible() and form.remarks_edit.text() == "带两台AED"
    qtbot.mouseClick(form.stale_bar.button, Qt.MouseButton.LeftButton)  # 重新载入
    assert form.summary_edit.text() == "社区应急救护培训（取消）" and not form.stale_bar.isVisible()


def test_dispatch_keeps_roster_roles_and_suggests_the_squad_leader(qtbot, make_window, store):
    squad = store.roster.add_squad("甘井子分队", "甘井子区", actor=store.roster.audit.actor)
    chief = store.roster.add_member(Member(name="王建国", code="WZ0001", squad_id=squad, phone="13804110001",
                                           role="队长"), actor=store.roster.audit.actor)
    deputy = store.roster.add_member(Member(name="李娜", code="WZ0002", squad_id=squad, phone="13804110002",
                                            role="副队长"), actor=store.roster.audit.actor)
    window = make_window(store)
    form = window.direct_dispatch()
    form.squad_list.set_checked(squad)
    form.add_member(deputy)
    assert {r["member_id"]: r["role"] for r in form.member_table.rows()} == {deputy: "副队长"}
    assert form.leader_picker.member_id is None
    form.add_member(chief)
    assert form.leader_picker.member_id == chief  # suggested: the squad's 队长 on the list
    assert {r["member_id"]: r["role"] for r in form.member_table.rows()} == {deputy: "副队长", chief: "队长"}


def test_direct_dispatch_without_squads_says_where_to_add_one(qtbot, make_window, store):
    window = make_window(store)
    form = window.direct_dispatch()
    form.summary_edit.setText("社区应急救护培训")
    assert form.save() is None
    assert "名册" in form.shown_errors()["squad_ids"] and "新增分队" in form.shown_errors()["squad_ids"]
