"""Users: the users window (administrators) and "修改密码" (everyone, their own) call these with
the window's session.

Each hands the session's actor to ``store.users`` (its writes take it explicitly and check it:
``Audit.acting`` refuses a role that may not, and anyone but the person signed in on that store),
and the audit names that person. The rules of who may are ``domain/roles.py``.
"""
from __future__ import annotations

from wz_desktop.domain.roles import Role
from wz_desktop.services.session import Session


def create(store, session: Session, login: str, name: str, password: str, role: Role | str,
           squad_id: int | None = None):
    """A new user (administrators). Returns the ``User``."""
    session.enter(store)
    return store.users.create(login, name, password, role, squad_id, actor=session.actor)


def set_role(store, session: Session, user_id: int, role: Role | str, squad_id: int | None = None,
             name: str | None = None) -> None:
    session.enter(store)
    store.users.set_role(user_id, role, squad_id, name=name, actor=session.actor)


def set_password(store, session: Session, user_id: int, password: str, old_password: str | None = None) -> None:
    """An administrator for anyone; anyone for themselves, with their old password."""
    session.enter(store)
    store.users.set_password(user_id, password, old_password=old_password, actor=session.actor)


def set_active(store, session: Session, user_id: int, active: bool) -> None:
    """启用 / 停用 (nothing is deleted: the audit keeps the name)."""
    session.enter(store)
    (store.users.reactivate if active else store.users.deactivate)(user_id, actor=session.actor)


__all__ = ["create", "set_active", "set_password", "set_role"]
