"""Who may do what: the three roles, the actions of the store, and the rule that joins them.

Plain Python (no Qt, no SQL). The store asks :func:`refusal` at the start of every write
(``store.audit.require``) and raises its message; the window asks :func:`may` to hide or disable
what the signed-in person may not do. The window only hides: the store refuses anyway.

| action                          | 值班秘书 | 分队长         | 管理员 |
|---------------------------------|----------|----------------|--------|
| calls: 来电、核实                | yes      | no             | yes    |
| dispatch: 出队、改任务、并案     | yes      | no             | yes    |
| attendance: 交考勤               | yes      | own squad only | yes    |
| review: 考核通过、退回、归档、取消 | yes      | no             | yes    |
| reopen: 重新打开已归档任务       | no       | no             | yes    |
| roster: 分队、队员、证书、车辆   | yes      | no             | yes    |
| import: 导入工作簿、批量写入     | yes      | no             | yes    |
| settings: 设置（事件编号格式等） | no       | no             | yes    |
| users: 用户管理                  | no       | no             | yes    |
| drafts: 表单草稿                 | yes      | yes            | yes    |

Nobody signed in (the command line, scripts, tests) is the system: every action is allowed and
the audit names it ``系统/命令行``. An archived task is read-only for everyone whatever the role
(``store.lifecycle``); only reopening it (administrators) makes it writable again.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import Enum

from wz_desktop.domain.text import msg, word
from wz_desktop.domain.words import ROLES, SYSTEM_NAME


class Role(str, Enum):
    SECRETARY = "secretary"  # 值班秘书: records everything but users, settings and reopening
    LEADER = "leader"  # 分队长: hands in the attendance of their own squad's tasks
    ADMIN = "admin"  # 管理员: everything, users and unlocking archived tasks included


ROLE_WORDS = ROLES  # the words: domain/words.py


class Action(str, Enum):
    CALLS = "calls"
    DISPATCH = "dispatch"
    ATTENDANCE = "attendance"
    REVIEW = "review"
    REOPEN = "reopen"
    ROSTER = "roster"
    IMPORT = "import"
    SETTINGS = "settings"
    USERS = "users"
    DRAFTS = "drafts"


ACTION_WORDS = {
    Action.CALLS: msg("登记和核实来电"), Action.DISPATCH: msg("登记或修改出队"), Action.ATTENDANCE: msg("交考勤"),
    Action.REVIEW: msg("考核、退回、归档或取消任务"), Action.REOPEN: msg("重新打开已归档的任务"),
    Action.ROSTER: msg("修改名册"), Action.IMPORT: msg("导入数据"), Action.SETTINGS: msg("修改设置"),
    Action.USERS: msg("管理用户"), Action.DRAFTS: msg("保存草稿"),
}

# what each role may do (the leader's attendance is further limited to their own squad's tasks)
ALLOWED: dict[Role, frozenset[Action]] = {
    Role.ADMIN: frozenset(Action),
    Role.SECRETARY: frozenset(Action) - {Action.REOPEN, Action.SETTINGS, Action.USERS},
    Role.LEADER: frozenset({Action.ATTENDANCE, Action.DRAFTS}),
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in user, or the system (``role`` None) when nobody is."""

    name: str = SYSTEM_NAME
    role: Role | None = None
    squad_id: int | None = None
    user_id: int | None = None
    login: str = ""

    @property
    def is_system(self) -> bool:
        return self.role is None

    @property
    def role_word(self) -> str:
        return ROLE_WORDS[self.role] if self.role is not None else "系统"


SYSTEM = Actor()


def refusal(actor: Actor, action: Action, squad_ids: Collection[int] | None = None) -> str | None:
    """None when ``actor`` may do ``action``; otherwise why not, in words for the user.

    ``squad_ids``: the squads of the task the action is on (attendance: a leader only for their own).
    """
    if actor.is_system:
        return None
    action = Action(action)
    if actor.role is None or action not in ALLOWED.get(actor.role, frozenset()):
        return msg("{role}“{name}”无权{action}。如需操作，请用有权限的账号登录。",
                   role=word(actor.role_word, ROLES.context), name=actor.name, action=ACTION_WORDS[action])
    if actor.role == Role.LEADER and action == Action.ATTENDANCE and squad_ids is not None:
        if actor.squad_id is None:
            return msg("分队长“{name}”的账号没有指定分队，不能交考勤。请管理员在用户管理中设置分队。", name=actor.name)
        if actor.squad_id not in set(squad_ids):
            return msg("分队长“{name}”只能为本分队的任务交考勤，这项任务不属于本分队。", name=actor.name)
    return None


def may(actor: Actor | None, action: Action, squad_ids: Collection[int] | None = None) -> bool:
    return refusal(actor or SYSTEM, action, squad_ids) is None


__all__ = [
    "ACTION_WORDS",
    "ALLOWED",
    "ROLE_WORDS",
    "SYSTEM",
    "SYSTEM_NAME",
    "Action",
    "Actor",
    "Role",
    "may",
    "refusal",
]
