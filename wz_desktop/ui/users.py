"""Signing in, the first run's administrator, and the administrator's user management.

- ``sign_in_at_start(context, parent, demo=False)``: what ``run_app`` calls before the window shows.
  A database without users asks for its administrator (name and password twice); one with users
  asks for a login and password. A demo database signs in as its duty secretary by itself (the
  demo's users and password are in the README and the log). False: nobody signed in, the
  application quits.
- ``install_user_actions(window, menu)``: "用户管理…" (administrators), "切换用户…", "修改密码…" and
  "修改记录…" in a menu of the window; ``signed_in_text(context)`` for the status bar.
- ``SignInDialog`` (also the first-run form), ``UsersDialog``, ``UserEditDialog``.

The modal dialogs are opened through the small ``ask_*`` functions below, which tests replace
(as ``ui/dialogs.py``); what a role may not do is refused by the store, whatever the window shows.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

# the sign-in dialog shows at the start: what only the users' list needs (the ``Qt`` namespace,
# whose hundred enums PySide6 makes on first import, the item views) is imported there, not here
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.domain.roles import Action, Role
from wz_desktop.domain.words import ROLES
from wz_desktop.services import users as user_service
from wz_desktop.store.errors import StoreError
from wz_desktop.store.users import MIN_PASSWORD, User
from wz_desktop.ui import dialogs
from wz_desktop.ui.labels import translated
from wz_desktop.ui.form_errors import FormErrors
from wz_desktop.ui.texts import message

log = logging.getLogger(__name__)



def _t(text: str) -> str:
    return QCoreApplication.translate("Users", text)


def role_label(role: Role | str) -> str:
    return translated(ROLES, Role(role).value)


def signed_in_text(context) -> str:
    """For the status bar: who is signed in, with the role (and squad of a squad leader)."""
    store = context.store
    session = store.session
    if session is None:
        return _t("未登录（以系统身份运行）")
    # the role and squad, unless the name already says them ("值班秘书 陈静", "甘井子分队 王建国")
    name = session.name or ""
    role = role_label(session.role)
    squad = None
    if session.role == Role.LEADER and session.squad_id is not None:
        squad = store.roster.squad(session.squad_id)
    squad_name = squad.name if squad is not None and squad.name not in name else None
    if role in name:
        if squad_name:
            return _t("当前用户：{0}（{1}）").format(name, squad_name)
        return _t("当前用户：{0}").format(name)
    if squad_name:
        return _t("当前用户：{0}（{1}，{2}）").format(name, role, squad_name)
    return _t("当前用户：{0}（{1}）").format(name, role)


def _error_label(parent: QWidget) -> tuple[QLabel, FormErrors]:
    """The dialog's line for what is wrong, and the FormErrors that shows it (the one way forms say it)."""
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    return label, FormErrors(label)


def _password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


# --- signing in ----------------------------------------------------------------------------------

class SignInDialog(QDialog):
    """Login and password; or, on the first run (``first_run``), the administrator to create:
    login, name, and the password twice. ``user`` is who signed in once accepted."""

    def __init__(self, context, parent: QWidget | None = None, *, first_run: bool = False,
                 now: Callable[[], dt.datetime] | None = None):
        super().__init__(parent)
        self.setObjectName("SignInDialog")
        self.context = context
        self.store = context.store
        self.first_run = first_run
        self.now = now or dt.datetime.now
        self.user: User | None = None
        self.setWindowTitle(_t("创建管理员") if first_run else _t("登录万众救援台"))

        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("login")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("displayName")
        self.name_edit.setPlaceholderText(_t("例如 王磊（记在经办的记录上）"))
        self.password_edit = _password_edit(self, "password")
        self.again_edit = _password_edit(self, "passwordAgain")
        self.error_label, self.errors = _error_label(self)

        intro = QLabel(self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_t("登录名(&L)："), self.login_edit)
        if first_run:
            intro.setText(_t("这是第一次使用这个数据库。请先创建管理员账号：管理员可以添加值班秘书和分队长的账号、"
                             "修改设置、重新打开已归档的任务。密码至少 {0} 个字符，请牢记。").format(MIN_PASSWORD))
            self.login_edit.setText("admin")
            form.addRow(_t("姓名(&N)："), self.name_edit)
            form.addRow(_t("密码(&P)："), self.password_edit)
            form.addRow(_t("再次输入密码(&A)："), self.again_edit)
        else:
            intro.setText(_t("数据库：{0}").format(context.db_path))
            form.addRow(_t("密码(&P)："), self.password_edit)
            self.name_edit.hide()
            self.again_edit.hide()
        form.addRow("", self.error_label)
        # two buttons of our own, not a QDialogButtonBox: making the first one of those builds the
        # hundred enums of Qt's namespace, a tenth of the way from launch to this dialog
        self.ok_button = QPushButton(_t("创建并登录") if first_run else _t("登录"), self)
        self.ok_button.setObjectName("signInOk")
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(_t("退出"), self)
        self.cancel_button.setObjectName("signInCancel")
        self.ok_button.clicked.connect(self.try_accept)
        self.cancel_button.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.ok_button)
        self.buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(self.buttons)
        self.setMinimumWidth(420)
        (self.name_edit if first_run else self.login_edit).setFocus()
        if first_run:
            self.name_edit.setFocus()

    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def _fail(self, text: str) -> bool:
        self.errors.show({"": text})
        return False

    def try_accept(self) -> bool:
        """Sign in (or create the administrator); True and accepted when it worked."""
        login = self.login_edit.text().strip()
        password = self.password_edit.text()
        if not login:
            self.login_edit.setFocus()
            return self._fail(_t("请填写登录名。"))
        if self.first_run:
            if password != self.again_edit.text():
                self.again_edit.clear()
                self.again_edit.setFocus()
                return self._fail(_t("两次输入的密码不一样，请重新输入。"))
            try:
                self.user = self.store.users.create_first_admin(login, self.name_edit.text(), password)
            except StoreError as exc:
                return self._fail(message(exc))
            self.store._begin_session(self.user)  # the password was set just now
            log.info("first run: administrator %s created", login)
        else:
            try:  # signs in on the store itself: a session only ever begins with the password
                user = self.store.sign_in(login, password, now=self.now())
            except StoreError:
                user = None
            if user is None:
                self.password_edit.clear()
                self.password_edit.setFocus()
                wait = self.store.users.locked_for(login, now=self.now())
                if wait:
                    return self._fail(_t("密码错误次数过多，请 {0} 秒后再试。").format(wait))
                return self._fail(_t("登录名或密码不对，或账号已停用。"))
            self.user = user
        self.accept()
        return True


def ask_sign_in(context, parent: QWidget | None = None) -> User | None:
    """Who signs in (the dialog); None when cancelled. Tests replace this function."""
    dialog = SignInDialog(context, parent)
    return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_first_admin(context, parent: QWidget | None = None) -> User | None:
    """The first run's administrator (the dialog creates it); None when cancelled. Tests replace this."""
    dialog = SignInDialog(context, parent, first_run=True)
    return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None


def _demo_user(store) -> User | None:
    """The demo's duty secretary, signed in with the demo's published password (None if it fails)."""
    from wz_desktop.demo import DEMO_PASSWORD, DEMO_SECRETARY

    user = store.users.by_login(DEMO_SECRETARY)
    if user is None or not user.active:
        return None
    try:
        return store.sign_in(DEMO_SECRETARY, DEMO_PASSWORD)
    except StoreError:
        return None


def sign_in_at_start(context, parent: QWidget | None = None, *, demo: bool = False) -> bool:
    """Before the window shows: the first run creates the administrator, otherwise someone signs in.
    A demo database signs in as its duty secretary. False: nobody signed in (the application quits)."""
    store = context.store
    if store.users.count() == 0:
        if demo:  # a demo database made without users: the system, as on the command line
            return True
        user = ask_first_admin(context, parent)
    else:
        user = _demo_user(store) if demo else None
        if user is not None:
            from wz_desktop.demo import (
                DEMO_ADMIN,
                DEMO_LEADER,
                DEMO_PASSWORD,
                DEMO_SECRETARY,
            )

            log.info("demo database: signed in as %s; the demo's users are %s, %s and %s, password %s",
                     DEMO_SECRETARY, DEMO_ADMIN, DEMO_SECRETARY, DEMO_LEADER, DEMO_PASSWORD)
        else:
            user = ask_sign_in(context, parent)
    if user is None:
        log.info("nobody signed in")
        return False
    if store.session is None or store.session.user_id != user.id:  # the dialog signs in, with the password
        log.error("%s was not signed in with a password: nobody signed in", user.login)
        return False
    _changed(context)
    log.info("signed in as %s (%s)", user.login, user.role.value)
    return True


def _changed(context) -> None:
    signal = getattr(context, "user_changed", None)
    if signal is not None:
        signal.emit()


# --- managing users -------------------------------------------------------------------------------

class UserEditDialog(QDialog):
    """A user's details: login (new users only), name, role, squad (squad leaders), and for a new
    user the password twice. ``values()`` once accepted."""

    def __init__(self, context, user: User | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("UserEditDialog")
        self.context = context
        self.user = user
        self.setWindowTitle(_t("添加用户") if user is None else _t("修改用户 {0}").format(user.login))
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("login")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("displayName")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("role")
        for role in (Role.SECRETARY, Role.LEADER, Role.ADMIN):
            self.role_combo.addItem(role_label(role), role.value)
        self.squad_combo = QComboBox(self)
        self.squad_combo.setObjectName("squad")
        self.squad_combo.addItem(_t("（无）"), None)
        for squad in context.store.roster.squads():
            self.squad_combo.addItem(squad.name, squad.id)
        self.password_edit = _password_edit(self, "password")
        self.again_edit = _password_edit(self, "passwordAgain")
        self.error_label, self.errors = _error_label(self)
        form = QFormLayout()
        form.addRow(_t("登录名(&L)："), self.login_edit)
        form.addRow(_t("姓名(&N)："), self.name_edit)
        form.addRow(_t("角色(&R)："), self.role_combo)
        form.addRow(_t("所属分队(&S)："), self.squad_combo)
        if user is None:
            form.addRow(_t("密码(&P)："), self.password_edit)
            form.addRow(_t("再次输入密码(&A)："), self.again_edit)
        else:
            self.login_edit.setText(user.login)
            self.login_edit.setReadOnly(True)
            self.name_edit.setText(user.name)
            self.role_combo.setCurrentIndex(self.role_combo.findData(user.role.value))
            if user.squad_id is not None:
                self.squad_combo.setCurrentIndex(max(0, self.squad_combo.findData(user.squad_id)))
            self.password_edit.hide()
            self.again_edit.hide()
        form.addRow("", self.error_label)
        hint = QLabel(_t("值班秘书：登记一切记录（用户、设置和重新打开已归档任务除外）。分队长：只能为本分队的任务交考勤。"
                         "管理员：全部权限。"), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#666")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.role_combo.currentIndexChanged.connect(self._role_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self._role_changed()

    def _role_changed(self, *_args) -> None:
        self.squad_combo.setEnabled(self.role_combo.currentData() == Role.LEADER.value)

    def values(self) -> dict:
        role = Role(self.role_combo.currentData())
        return {"login": self.login_edit.text().strip(), "name": self.name_edit.text().strip(), "role": role,
                "squad_id": self.squad_combo.currentData() if role == Role.LEADER else None,
                "password": self.password_edit.text()}

    def try_accept(self) -> bool:
        values = self.values()
        problem = ""
        if not values["login"]:
            problem = _t("请填写登录名。")
        elif not values["name"]:
            problem = _t("请填写姓名。")
        elif values["role"] == Role.LEADER and values["squad_id"] is None:
            problem = _t("分队长须选择所属分队。")
        elif self.user is None and len(values["password"]) < MIN_PASSWORD:
            problem = _t("密码至少需要 {0} 个字符。").format(MIN_PASSWORD)
        elif self.user is None and values["password"] != self.again_edit.text():
            problem = _t("两次输入的密码不一样。")
        if problem:
            self.errors.show({"": problem})
            return False
        self.accept()
        return True


class PasswordDialog(QDialog):
    """A new password, twice (and the old one when people change their own)."""

    def __init__(self, title: str, parent: QWidget | None = None, *, ask_old: bool = False):
        super().__init__(parent)
        self.setObjectName("PasswordDialog")
        self.setWindowTitle(title)
        self.old_edit = _password_edit(self, "oldPassword")
        self.password_edit = _password_edit(self, "password")
        self.again_edit = _password_edit(self, "passwordAgain")
        self.error_label, self.errors = _error_label(self)
        form = QFormLayout()
        if ask_old:
            form.addRow(_t("原密码(&O)："), self.old_edit)
        else:
            self.old_edit.hide()
        form.addRow(_t("新密码(&P)："), self.password_edit)
        form.addRow(_t("再次输入(&A)："), self.again_edit)
        form.addRow("", self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def try_accept(self) -> bool:
        if len(self.password_edit.text()) < MIN_PASSWORD:
            problem = _t("密码至少需要 {0} 个字符。").format(MIN_PASSWORD)
        elif self.password_edit.text() != self.again_edit.text():
            problem = _t("两次输入的密码不一样。")
        else:
            self.accept()
            return True
        self.errors.show({"": problem})
        return False


def ask_user_details(context, parent: QWidget | None = None, user: User | None = None) -> dict | None:
    """A new user's details (``user`` None) or changes to one; None when cancelled. Tests replace this."""
    dialog = UserEditDialog(context, user, parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_password(parent: QWidget | None, title: str, ask_old: bool = False) -> tuple[str | None, str] | None:
    """(old password or None, new password); None when cancelled. Tests replace this."""
    dialog = PasswordDialog(title, parent, ask_old=ask_old)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return (dialog.old_edit.text() if ask_old else None), dialog.password_edit.text()


COLUMNS = ("登录名", "姓名", "角色", "所属分队", "状态", "上次登录")


class UsersDialog(QDialog):
    """The administrator's list of users: add, change role and squad, reset a password, deactivate."""

    def __init__(self, context, parent: QWidget | None = None):
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

        super().__init__(parent)
        self.setObjectName("UsersDialog")
        self.context = context
        self.store = context.store
        self.setWindowTitle(_t("用户管理"))
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([_t(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(_t("添加用户(&N)…"), self)
        self.edit_button = QPushButton(_t("修改角色(&E)…"), self)
        self.password_button = QPushButton(_t("重设密码(&P)…"), self)
        self.active_button = QPushButton(_t("停用(&D)"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.password_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(_t("用户不会被删除，只能停用：修改记录中保留他们的名字。"), self)
        note.setStyleSheet("color:#666")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(note)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda *_: self.edit_user())
        self.resize(720, 420)
        self.users: list[User] = []
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QTableWidgetItem

        squads = {s.id: s.name for s in self.store.roster.squads()}
        self.users = self.store.users.list()
        self.table.setRowCount(0)
        for user in self.users:
            row = self.table.rowCount()
            self.table.insertRow(row)
            values = (user.login, user.name, role_label(user.role), squads.get(user.squad_id, ""),
                      _t("启用") if user.active else _t("已停用"), user.last_sign_in or "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not user.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
            if user.id == select_id:
                self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def select(self, login: str) -> None:
        for row, user in enumerate(self.users):
            if user.login == login:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        user = self.selected()
        for button in (self.edit_button, self.password_button, self.active_button):
            button.setEnabled(user is not None)
        self.active_button.setText(_t("启用(&D)") if user is not None and not user.active else _t("停用(&D)"))

    def _run(self, title: str, action: Callable[[], object]) -> bool:
        try:
            action()
        except (StoreError, ValueError) as exc:
            dialogs.show_error(self, title, message(exc))
            return False
        return True

    def add_user(self) -> bool:
        values = ask_user_details(self.context, self)
        if values is None:
            return False
        created: list[User] = []
        ok = self._run(_t("添加用户"), lambda: created.append(user_service.create(
            self.store, self.context.session, values["login"], values["name"], values["password"], values["role"],
            values["squad_id"])))
        self.reload(created[0].id if created else None)
        return ok

    def edit_user(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        values = ask_user_details(self.context, self, user)
        if values is None:
            return False
        ok = self._run(_t("修改用户"), lambda: user_service.set_role(
            self.store, self.context.session, user.id, values["role"], values["squad_id"], name=values["name"]))
        self.reload(user.id)
        if ok:
            self._refresh_session(user)
        return ok

    def reset_password(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        answer = ask_new_password(self, _t("重设 {0} 的密码").format(user.login))
        if answer is None:
            return False
        ok = self._run(_t("重设密码"), lambda: user_service.set_password(
            self.store, self.context.session, user.id, answer[1]))
        if ok:
            dialogs.show_info(self, _t("重设密码"), _t("已为 {0} 设置新密码，请当面告知本人。").format(user.name))
        return ok

    def toggle_active(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        if user.active:
            if not dialogs.ask_yes_no(self, _t("停用用户"), _t("停用后 {0} 不能再登录（记录和修改历史都保留）。确定停用吗？")
                                      .format(user.name)):
                return False
            ok = self._run(_t("停用用户"), lambda: user_service.set_active(
                self.store, self.context.session, user.id, False))
        else:
            ok = self._run(_t("启用用户"), lambda: user_service.set_active(
                self.store, self.context.session, user.id, True))
        self.reload(user.id)
        return ok

    def _refresh_session(self, user: User) -> None:
        """The signed-in administrator changed their own name or role: the session follows."""
        session = self.store.session
        if session is not None and session.user_id == user.id:
            self.store.refresh_session()
            _changed(self.context)


def open_users_dialog(context, parent: QWidget | None = None) -> UsersDialog:
    dialog = UsersDialog(context, parent)
    dialog.exec()
    return dialog


# --- the window's menu ------------------------------------------------------------------------------

class UserActions(QObject):
    """The user menu's actions; their visibility follows who is signed in."""

    def __init__(self, window: QWidget, menu: QMenu):
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.manage_action = QAction(_t("用户管理(&U)…"), window)
        self.manage_action.setObjectName("manageUsersAction")
        self.switch_action = QAction(_t("切换用户(&W)…"), window)
        self.switch_action.setObjectName("switchUserAction")
        self.password_action = QAction(_t("修改密码(&P)…"), window)
        self.password_action.setObjectName("changePasswordAction")
        self.audit_action = QAction(_t("修改记录(&H)…"), window)
        self.audit_action.setObjectName("auditAction")
        self.audit_action.setToolTip(_t("谁在何时改了哪条记录；可按日期、用户、表筛选并导出 Excel"))
        for action in (self.audit_action, self.manage_action, self.switch_action, self.password_action):
            menu.addAction(action)
        self.manage_action.triggered.connect(self.manage)
        self.switch_action.triggered.connect(self.switch)
        self.password_action.triggered.connect(self.change_password)
        self.audit_action.triggered.connect(self.show_audit)
        signal = getattr(self.context, "user_changed", None)
        if signal is not None:
            signal.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        store = self.context.store
        self.manage_action.setVisible(store.session is not None and store.may(Action.USERS))
        self.password_action.setVisible(store.session is not None)

    def manage(self) -> None:
        open_users_dialog(self.context, self.window)

    def switch(self) -> bool:
        user = ask_sign_in(self.context, self.window)  # signs in on the store, with the password
        store = self.context.store
        if user is None or store.session is None or store.session.user_id != user.id:
            return False
        log.info("switched user to %s (%s)", user.login, user.role.value)
        _changed(self.context)
        status = getattr(self.window, "statusBar", None)
        if callable(status):
            status().showMessage(signed_in_text(self.context), 5000)
        return True

    def change_password(self) -> bool:
        session = self.context.store.session
        if session is None:
            return False
        answer = ask_new_password(self.window, _t("修改密码"), ask_old=True)
        if answer is None:
            return False
        try:
            user_service.set_password(self.context.store, self.context.session, session.user_id, answer[1],
                                      old_password=answer[0])
        except StoreError as exc:
            dialogs.show_error(self.window, _t("修改密码"), message(exc))
            return False
        dialogs.show_info(self.window, _t("修改密码"), _t("密码已修改，下次登录请用新密码。"))
        return True

    def show_audit(self) -> None:
        from wz_desktop.ui.audit_dialog import open_audit_dialog

        open_audit_dialog(self.context, self.window)


def install_user_actions(window: QWidget, menu: QMenu) -> UserActions:
    """Add "修改记录…", "用户管理…" (administrators only), "切换用户…" and "修改密码…" to ``menu``
    (``window.context`` is the AppContext). Keeps them up to date as users switch."""
    actions = UserActions(window, menu)
    window._user_actions = actions  # kept alive with the window
    return actions


def signed_in_html(context) -> str:
    import html

    return html.escape(signed_in_text(context))


__all__ = ["PasswordDialog", "SignInDialog", "UserActions", "UserEditDialog", "UsersDialog", "ask_first_admin",
           "ask_new_password", "ask_sign_in", "ask_user_details", "install_user_actions", "open_users_dialog",
           "sign_in_at_start", "signed_in_text"]
