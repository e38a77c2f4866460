"""Who is acting: one :class:`Session` (who, role, ticket), given to every use case.

The window makes it from the person signed in (``Session.of(store)``); the command line acts as
the system (``SYSTEM_SESSION``: every action allowed, the audit names it ``系统/命令行``). A use
case starts with ``session.require(action)``: a role that may not do it is refused there
(:class:`~wz_desktop.store.errors.NotAllowed`), before any file is read or any row written. The
rules themselves are ``domain/roles.py``.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from wz_desktop.domain.roles import SYSTEM, Action, Actor, Role, refusal
from wz_desktop.store.errors import NotAllowed


@dataclass(frozen=True)
class Session:
    """Who acts (``actor``: name, role, squad, user id) and, for a person signed in with their
    password, the ``ticket`` that lets a background job's own store act as the same person
    (``Store.session_ticket`` / ``Store.resume``)."""

    actor: Actor = SYSTEM
    ticket: Any = None

    @classmethod
    def of(cls, store) -> "Session":
        """The session of whoever is signed in on ``store`` (the system with nobody)."""
        return cls(store.audit.actor, store.session_ticket())

    @property
    def who(self) -> str:
        return self.actor.name

    @property
    def role(self) -> Role | None:
        return self.actor.role

    @property
    def is_system(self) -> bool:
        return self.actor.is_system

    def may(self, action: Action | str, squad_ids: Collection[int] | None = None) -> bool:
        return refusal(self.actor, Action(action), squad_ids) is None

    def require(self, action: Action | str, squad_ids: Collection[int] | None = None) -> Actor:
        """Refuse (:class:`NotAllowed`, nothing done) what this session's role may not do."""
        message = refusal(self.actor, Action(action), squad_ids)
        if message:
            raise NotAllowed(message)
        return self.actor

    def enter(self, store) -> None:
        """Make ``store`` (a background job's own) act as this session: its writes are checked
        against this role and written under this name. The system's session leaves it as it is."""
        if self.ticket is not None and store.audit.actor != self.actor:
            store.resume(self.ticket)


SYSTEM_SESSION = Session()

__all__ = ["SYSTEM_SESSION", "Session"]
