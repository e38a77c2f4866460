"""The window side of users and roles (issue 5): signing in, the first run, user management, the
review form by role (its buttons hidden AND the store refusing), the audit window and its export."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu

from tests.conftest import PASSWORD
from tests.ui.lifecycle_helpers import minutes_ago
from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.lifecycle import (
    AttendanceEntry,
    Dispatch,
    DispatchMember,
    ReviewSheet,
)
from wz_desktop.domain.records import Member, TaskStatus
from wz_desktop.domain.roles import Actor, Role
from wz_desktop.domain.workflow import moment_text
from wz_desktop.ui import users as users_ui
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.review_form import ReviewForm

pytestmark = pytest.mark.usefixtures("quick_hashes")


@pytest.fixture
def context(store):
    return AppContext(store)


def dispatch(store, team, squad: str) -> int:
    m = team["members"]
    people = ["王建国", "李海波"] if squad == "甘井子分队" else ["张磊", "刘洋"]
    return store.flow.dispatch(Dispatch(kind=TaskKind.TRAINING, departure=moment_text(minutes_ago(240)),
                                        summary=f"{squad}训练", squad_ids=[team["squads"][squad]],
                                        leader_id=m[people[0]], members=[DispatchMember(m[people[1]])]),
                               store.session or Actor("秘书"))


def hand_in(store, task_id: int) -> None:
    entries = [AttendanceEntry(t.member_id, "出勤", 3.0, t.role) for t in store.roster.task_members(task_id)]
    store.flow.submit_attendance(task_id, ReviewSheet(returned_at=moment_text(minutes_ago(30)), result="找到平安",
                                                      entries=entries), store.session or Actor("秘书"))


def form_on(qtbot, context, task_id) -> ReviewForm:
    form = ReviewForm(context, task_id)
    qtbot.addWidget(form)
    form.show()
    return form


def shown(form) -> set[str]:
    buttons = {"submit": form.submit_button, "cancel": form.cancel_task_button, "approve": form.approve_button,
               "send_back": form.send_back_button, "archive": form.archive_button, "reopen": form.reopen_button}
    return {name for name, b in buttons.items() if b.isVisible() and b.isEnabled()}


# --- the review form by role ----------------------------------------------------------------------

def test_a_leader_hands_in_their_own_squads_attendance_in_the_form(qtbot, store, team, context, dialog_log):
    task_id = dispatch(store, team, "甘井子分队")
    store.sign_in(team["leader"], PASSWORD)
    form = form_on(qtbot, context, task_id)
    assert shown(form) == {"submit"} and form.table.editable
    form.result_combo.setCurrentIndex(form.result_combo.findText("找到平安"))
    assert form.submit(), (form.errors.shown(), dialog_log.calls)
    assert store.tasks.get(task_id).status == TaskStatus.SUBMITTED
    assert store.flow.history(task_id)[-1].by == "甘井子分队 王建国"
    assert shown(form) == set()  # approving is the secretariat's
    assert not form.approve() and "无权" in form.general_error.text() and not dialog_log.names()  # said on the form
    assert store.tasks.get(task_id).status == TaskStatus.SUBMITTED


def test_a_leader_cannot_hand_in_another_squads_attendance_in_the_form(qtbot, store, team, context, dialog_log):
    task_id = dispatch(store, team, "水上救援分队")
    store.sign_in(team["leader"], PASSWORD)
    form = form_on(qtbot, context, task_id)
    assert shown(form) == set() and not form.table.editable
    assert "分队长" in form.banner.text()
    assert not form.submit()  # the hidden button, pressed anyway: the store refuses
    assert "只能为本分队" in form.general_error.text() and not dialog_log.names()
    assert store.tasks.get(task_id).status == TaskStatus.DISPATCHED


def test_archived_tasks_reopened_by_administrators_only(qtbot, store, team, context, dialog_log, monkeypatch):
    from wz_desktop.ui import dialogs

    task_id = dispatch(store, team, "甘井子分队")
    hand_in(store, task_id)
    store.flow.approve(task_id, store.session or Actor("秘书"))
    store.flow.archive(task_id, store.session or Actor("秘书"))
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "更正时长")
    for who in ("leader", "secretary"):
        store.sign_in(team[who], PASSWORD)
        form = form_on(qtbot, context, task_id)
        assert shown(form) == set() and "请管理员" in form.banner.text()
        assert not form.reopen()
        assert "无权重新打开" in form.general_error.text() and form.general_error.isVisibleTo(form)
        assert store.tasks.get(task_id).status == TaskStatus.ARCHIVED
    store.sign_in(team["admin"], PASSWORD)
    context.user_changed.emit()  # the open form follows the switch
    assert shown(form) == {"reopen"}
    assert form.reopen() and store.tasks.get(task_id).status == TaskStatus.APPROVED
    assert store.flow.history(task_id)[-1].by == "管理员 王磊"


def test_the_secretary_sees_every_step_but_reopening(qtbot, store, team, context):
    task_id = dispatch(store, team, "水上救援分队")
    store.sign_in(team["secretary"], PASSWORD)
    form = form_on(qtbot, context, task_id)
    assert shown(form) == {"submit", "cancel"}
    hand_in(store, task_id)
    form.reload()
    assert shown(form) == {"approve", "send_back"}


# --- signing in -----------------------------------------------------------------------------------

def test_first_run_asks_for_the_administrator_twice(qtbot, store, context):
    dialog = users_ui.SignInDialog(context, first_run=True)
    qtbot.addWidget(dialog)
    assert dialog.login_edit.text() == "admin"
    dialog.name_edit.setText("王磊")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClicks(dialog.again_edit, PASSWORD + "x")
    assert not dialog.try_accept() and "不一样" in dialog.error_text()
    assert store.users.count() == 0
    qtbot.keyClicks(dialog.again_edit, PASSWORD)
    assert dialog.try_accept()
    assert dialog.user.role == Role.ADMIN and store.users.authenticate("admin", PASSWORD).name == "王磊"


def test_sign_in_dialog_refuses_a_wrong_password(qtbot, store, team, context):
    dialog = users_ui.SignInDialog(context)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.login_edit, "mishu")
    qtbot.keyClicks(dialog.password_edit, "wrong one")
    assert not dialog.try_accept() and "不对" in dialog.error_text()
    assert dialog.password_edit.text() == "" and dialog.user is None
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    assert dialog.try_accept() and dialog.user.login == "mishu"


def test_sign_in_at_start(store, team, context, monkeypatch):
    asked = []
    monkeypatch.setattr(users_ui, "ask_sign_in", lambda ctx, parent=None: asked.append(1) or None)
    assert not users_ui.sign_in_at_start(context) and store.session is None  # cancelled: the application quits
    monkeypatch.setattr(users_ui, "ask_sign_in", lambda ctx, parent=None: store.sign_in("mishu", PASSWORD))
    changed = []
    context.user_changed.connect(lambda: changed.append(1))
    assert users_ui.sign_in_at_start(context)
    assert context.operator == "值班秘书 陈静" and changed == [1]
    assert users_ui.signed_in_text(context) == "当前用户：值班秘书 陈静"  # the name says the role: once
    store.sign_in(team["leader"], PASSWORD)
    assert users_ui.signed_in_text(context) == "当前用户：甘井子分队 王建国（分队长）"  # the squad once
    store.sign_in("admin", PASSWORD)
    store.users.create("lina", "李娜", PASSWORD, Role.LEADER, squad_id=team["squads"]["水上救援分队"], actor=store.audit.actor)
    store.sign_in("lina", PASSWORD)
    assert users_ui.signed_in_text(context) == "当前用户：李娜（分队长，水上救援分队）"


def test_first_start_creates_the_administrator_and_a_demo_signs_in_by_itself(tmp_path, monkeypatch):
    from wz_desktop.demo import DEMO_PASSWORD, DEMO_SECRETARY
    from wz_desktop.store import Store

    with Store.open(tmp_path / "fresh.db") as store:
        context = AppContext(store)
        assert users_ui.sign_in_at_start(context)  # the conftest's stand-in for the first-run dialog
        assert store.session.role == Role.ADMIN and store.users.count() == 1
    with Store.open(tmp_path / "demo.db") as store:
        store.users.create_first_admin("admin", "管理员", PASSWORD)
        store.users.create(DEMO_SECRETARY, "值班秘书 陈静", DEMO_PASSWORD, Role.SECRETARY, actor=store.audit.actor)
        monkeypatch.setattr(users_ui, "ask_sign_in", lambda *a: pytest.fail("a demo asks nobody"))
        context = AppContext(store)
        assert users_ui.sign_in_at_start(context, demo=True)
        assert store.session.name == "值班秘书 陈静"


# --- managing users and the menu --------------------------------------------------------------------

def test_the_administrator_adds_changes_resets_and_deactivates_users(qtbot, store, team, context, dialog_log,
                                                                     monkeypatch):
    store.sign_in(team["admin"], PASSWORD)
    dialog = users_ui.UsersDialog(context)
    qtbot.addWidget(dialog)
    assert [u.login for u in dialog.users] == ["admin", "mishu", "gjz"]
    monkeypatch.setattr(users_ui, "ask_user_details", lambda ctx, parent=None, user=None: {
        "login": "shuishang", "name": "水上分队 张磊", "role": Role.LEADER, "squad_id": team["squads"]["水上救援分队"],
        "password": PASSWORD})
    assert dialog.add_user()
    created = store.users.by_login("shuishang")
    assert created.role == Role.LEADER and created.squad_id == team["squads"]["水上救援分队"]
    assert dialog.selected().login == "shuishang"
    monkeypatch.setattr(users_ui, "ask_user_details", lambda ctx, parent=None, user=None: {
        "login": user.login, "name": user.name, "role": Role.SECRETARY, "squad_id": None, "password": ""})
    assert dialog.edit_user() and store.users.get(created.id).role == Role.SECRETARY
    monkeypatch.setattr(users_ui, "ask_new_password", lambda *a, **k: (None, "brand new password"))
    assert dialog.reset_password()
    assert store.users.authenticate("shuishang", "brand new password") is not None
    dialog_log.answers["ask_yes_no"] = True
    assert dialog.toggle_active()
    assert not store.users.get(created.id).active and dialog.active_button.text().startswith("启用")
    dialog.select("admin")
    assert not dialog.toggle_active() and "唯一的管理员" in dialog_log.texts("show_error")[-1]


def test_the_user_edit_form_checks_what_is_typed(qtbot, store, team, context):
    form = users_ui.UserEditDialog(context)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.login_edit, "new")
    form.name_edit.setText("新人")
    form.role_combo.setCurrentIndex(form.role_combo.findData("leader"))
    assert form.squad_combo.isEnabled()
    assert not form.try_accept() and "分队" in form.error_label.text()
    form.squad_combo.setCurrentIndex(1)
    qtbot.keyClicks(form.password_edit, "short")
    assert not form.try_accept() and "至少" in form.error_label.text()
    form.password_edit.setText(PASSWORD)
    form.again_edit.setText(PASSWORD)
    assert form.try_accept() and form.values()["squad_id"] == team["squads"]["甘井子分队"]


def test_menu_actions_follow_the_signed_in_user(qtbot, store, team, context, monkeypatch):
    window = QMainWindow()
    window.context = context
    qtbot.addWidget(window)
    menu = QMenu("用户", window)
    store.sign_in(team["admin"], PASSWORD)
    actions = users_ui.install_user_actions(window, menu)
    assert {a.text() for a in menu.actions()} >= {"用户管理(&U)…", "切换用户(&W)…", "修改密码(&P)…", "修改记录(&H)…"}
    assert actions.manage_action.isVisible()
    monkeypatch.setattr(users_ui, "ask_sign_in", lambda ctx, parent=None: store.sign_in("gjz", PASSWORD))
    assert actions.switch()
    assert store.session.role == Role.LEADER and not actions.manage_action.isVisible()
    assert "分队长" in window.statusBar().currentMessage()


def test_a_background_job_acts_as_the_signed_in_user(qtbot, store, team, context):
    from wz_desktop.ui.worker import BackgroundTask

    window = QMainWindow()
    window.context = context
    qtbot.addWidget(window)
    store.sign_in(team["leader"], PASSWORD)
    task = BackgroundTask(window, store.path, lambda s, progress, cancelled: s.session, title="t", label="l",
                          show_progress=False)
    with qtbot.waitSignal(task.succeeded, timeout=10000) as result:
        task.start()
    assert result.args[0].name == "甘井子分队 王建国"


# --- the audit window ---------------------------------------------------------------------------------

def test_the_audit_window_filters_and_exports(qtbot, store, team, context, dialog_log, tmp_path):
    from wz_desktop.ui.audit_dialog import AuditDialog

    task_id = dispatch(store, team, "甘井子分队")
    store.sign_in(team["secretary"], PASSWORD)
    store.flow.edit(task_id, {"summary": "改过"}, store.session or Actor("x"))
    store.roster.add_member(Member(name="赵强"), actor=store.roster.audit.actor)
    dialog = AuditDialog(context)
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert rows[0][1] == "值班秘书 陈静" and rows[0][2] == "队员" and rows[0][4] == "新增"
    assert any(r[2] == "任务" and r[5] == "事件摘要" and r[7] == "改过" for r in rows)
    dialog.by_combo.setCurrentIndex(dialog.by_combo.findData("值班秘书 陈静"))
    # her sign-in (with her password), the task changed, the member added
    assert {r[1] for r in dialog.rows()} == {"值班秘书 陈静"} and len(dialog.rows()) == 3
    dialog.by_combo.setCurrentIndex(0)
    dialog.table_combo.setCurrentIndex(dialog.table_combo.findData("users"))
    assert {r[2] for r in dialog.rows()} == {"用户"}
    dialog.table_combo.setCurrentIndex(0)
    dialog.since_check.setChecked(True)
    dialog.since_edit.setDate(dt.date.today() + dt.timedelta(days=1))
    assert dialog.rows() == []
    dialog.since_check.setChecked(False)
    target = tmp_path / "trail.xlsx"
    dialog_log.answers["ask_save_file"] = str(target)
    assert dialog.export() == target
    exported = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert len(exported) == len(dialog.rows()) + 1 and exported[0][0] == "时间"
    assert "已导出" in dialog_log.texts("show_info")[-1]


def test_the_task_page_shows_who_changed_the_attendance(qtbot, store, team, context):
    from wz_desktop.ui.task_page import TaskPage

    task_id = dispatch(store, team, "甘井子分队")
    store.sign_in(team["leader"], PASSWORD)
    hand_in(store, task_id)
    page = TaskPage(context, task_id)
    qtbot.addWidget(page)
    lines = page.history_lines()
    assert any("甘井子分队 王建国" in line and "考勤：出勤" in line and "王建国：出勤 3 小时" in line for line in lines)


def test_pages_enable_only_what_the_role_may_do(qtbot, store, team, context):
    """A squad leader sees the calls page and the roster, but their changing buttons are disabled
    (the store would refuse anyway); the secretary's are enabled; switching user follows."""
    from wz_desktop.ui.calls_page import CallsPage
    from wz_desktop.ui.roster.page import RosterPage

    store.sign_in(team["leader"], PASSWORD)
    calls, roster = CallsPage(context), RosterPage(context)
    qtbot.addWidget(calls)
    qtbot.addWidget(roster)
    assert not calls.new_button.isEnabled()
    assert not roster.import_button.isEnabled() and not roster.new_member_button.isEnabled()
    assert not roster.new_member_action.isEnabled()
    assert roster.export_button.isEnabled()  # looking and exporting stay open
    store.sign_in(team["secretary"], PASSWORD)
    context.user_changed.emit()
    assert calls.new_button.isEnabled()
    assert roster.import_button.isEnabled() and roster.new_member_button.isEnabled()


# --- the dispatch form by role --------------------------------------------------------------------

def test_a_leader_sees_a_dispatch_but_cannot_save_it(qtbot, store, team, context):
    from wz_desktop.ui.dispatch.form import DispatchForm

    task_id = dispatch(store, team, "甘井子分队")
    before = store.flow.dispatch_of(task_id)
    store.sign_in(team["leader"], PASSWORD)
    form = DispatchForm(context, task_id=task_id)
    qtbot.addWidget(form)
    form.show()
    assert not form.save_button.isEnabled()
    assert "只有值班秘书或管理员可以登记或修改出队" in form.call_label.text()
    form.summary_edit.setText("分队长改的摘要")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S: nothing is written
    assert store.flow.dispatch_of(task_id).summary == before.summary
    store.sign_in(team["secretary"], PASSWORD)
    form = DispatchForm(context, task_id=task_id)
    qtbot.addWidget(form)
    form.show()
    assert form.save_button.isEnabled() and "只能查看" not in form.call_label.text()
    form.summary_edit.setText("秘书更正的摘要")
    assert form.save() == task_id and store.flow.dispatch_of(task_id).summary == "秘书更正的摘要"
