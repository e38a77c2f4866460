"""Users of the application: who may sign in, with which role, and their passwords.

Passwords are kept as a salted scrypt hash (standard library), the parameters stored with it::

    scrypt$16384$8$5$<salt, base64>$<hash, base64>

so that stronger parameters later still read the old hashes. Comparison is constant-time
(``hmac.compare_digest``), and an unknown login costs as much as a wrong password, so the time
taken tells nothing. After ``FREE_ATTEMPTS`` wrong passwords in a row an account waits before it
may try again (30 s, doubling, at most 15 min); a right password resets the count.

Users are never deleted, only deactivated: the audit keeps their names. Every change here is in
the audit; only administrators change users (``domain.roles``), except the very first one, which
the first run creates, and people changing their own password (with the old one).
"""
from __future__ import annotations

import base64
import datetime as dt
import os
import re
import sqlite3
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from wz_desktop.domain.roles import ROLE_WORDS, SYSTEM, Action, Actor, Role
from wz_desktop.domain.text import msg
from wz_desktop.store.audit import Audit
from wz_desktop.store.db import Database, inserted_id, now_text
from wz_desktop.store.errors import NotAllowed, StoreError

# scrypt at N=2^14, r=8, p=5: one of OWASP's recommended settings (16 MiB, about 0.2 s a try)
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 5
SALT_BYTES = 16
HASH_BYTES = 32
MIN_PASSWORD = 8
FREE_ATTEMPTS = 5
LOCK_SECONDS = 30
LONGEST_LOCK_SECONDS = 15 * 60

_COLUMNS = "id, login, display_name, role, squad_id, active, created_at, last_sign_in"


class PasswordInvalid(StoreError):
    """A password that may not be used (too short); the message says why."""


@dataclass
class User:
    id: int
    login: str
    name: str  # the display name, written as "by" on records
    role: Role
    squad_id: int | None = None
    active: bool = True
    created_at: str = ""
    last_sign_in: str | None = None

    @property
    def role_word(self) -> str:
        return ROLE_WORDS[self.role]

    def actor(self) -> Actor:
        return Actor(name=self.name, role=self.role, squad_id=self.squad_id, user_id=self.id, login=self.login)


def _user(row: Sequence[Any]) -> User:  # a row of users, as sqlite3 gives it
    return User(id=row[0], login=row[1], name=row[2], role=Role(row[3]), squad_id=row[4], active=bool(row[5]),
                created_at=row[6], last_sign_in=row[7])


# --- passwords -----------------------------------------------------------------------------------

def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, n: int | None = None, r: int | None = None, p: int | None = None) -> str:
    n, r, p = n or SCRYPT_N, r or SCRYPT_R, p or SCRYPT_P
    import hashlib  # (here: OpenSSL is loaded when a password is checked, not at the window's start)

    salt = os.urandom(SALT_BYTES)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=128 * r * n * 2,
                            dklen=HASH_BYTES)
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` is the one ``stored`` was made from (constant-time compare)."""
    import hashlib
    import hmac

    try:
        scheme, n_text, r_text, p_text, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        n, r, p = int(n_text), int(r_text), int(p_text)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=n, r=r, p=p,
                                maxmem=128 * r * n * 2, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


# an unknown login is checked against this, so that it takes as long as a wrong password
_NOBODY = None


def _nobody_hash() -> str:
    global _NOBODY
    if _NOBODY is None:
        _NOBODY = hash_password("nobody signs in with this")
    return _NOBODY


def check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise PasswordInvalid(msg("密码至少需要 {count} 个字符。", count=MIN_PASSWORD))
    if password != password.strip():
        raise PasswordInvalid(msg("密码的开头和结尾不能是空格。"))


def normalise_login(login: str) -> str:
    return unicodedata.normalize("NFKC", login or "").strip()


def _moment(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now()).replace(microsecond=0)


class UserRepo:
    def __init__(self, database: Database, audit: Audit):
        self.database = database
        self.conn = database.conn
        self.audit = audit  # the store's one Audit: who acts, and the trail

    # --- reading -----------------------------------------------------------------------------

    def count(self, active_only: bool = False) -> int:
        return int(self.conn.execute("SELECT count(*) FROM users" + (" WHERE active = 1" if active_only else "")
                                     ).fetchone()[0])

    def list(self, include_inactive: bool = True) -> list[User]:
        where = "" if include_inactive else " WHERE active = 1"
        return [_user(r) for r in self.conn.execute(
            f"SELECT {_COLUMNS} FROM users{where} ORDER BY active DESC, role = 'leader', login")]

    def get(self, user_id: int) -> User | None:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,)).fetchone()
        return _user(row) if row else None

    def by_login(self, login: str) -> User | None:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM users WHERE login = ?", (normalise_login(login),)).fetchone()
        return _user(row) if row else None

    def _require(self, user_id: int) -> User:
        user = self.get(user_id)
        if user is None:
            raise StoreError(msg("用户（编号 {user_id}）不存在。", user_id=user_id))
        return user

    # --- creating and changing ---------------------------------------------------------------

    def create(self, login: str, name: str, password: str, role: Role | str = Role.SECRETARY,
               squad_id: int | None = None, *, actor: Actor) -> User:
        """A new user, added by ``actor`` (the caller's ``session.actor``, checked by ``Audit.acting``).
        Only administrators, except the first user of a database (the first run), who must be an
        administrator."""
        role = Role(role)
        first = self.count() == 0
        by = self.audit.acting(actor, None if first else Action.USERS)
        if first and role != Role.ADMIN:
            raise StoreError(msg("第一个用户必须是管理员。"))
        login = normalise_login(login)
        name = (name or "").strip()
        if not login or not re.fullmatch(r"[^\s]{1,40}", login):
            raise StoreError(msg("登录名不能为空，不能含空格，最多 40 个字符。"))
        if not name:
            raise StoreError(msg("请填写姓名（将记在经办的记录上）。"))
        check_password(password)
        self._check_squad(role, squad_id)
        hashed = hash_password(password)
        with self.database.transaction():
            try:
                cur = self.conn.execute(
                    "INSERT INTO users (login, display_name, role, squad_id, password_hash, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (login, name, role.value, squad_id if role == Role.LEADER else None, hashed, now_text()))
            except sqlite3.IntegrityError as exc:
                if "UNIQUE" in str(exc):
                    raise StoreError(msg("登录名“{login}”已被使用。", login=login)) from exc
                raise StoreError(msg("无法添加用户：{reason}", reason=exc)) from exc
            user = self._require(inserted_id(cur))
            self.audit.inserted("users", user.id, {"login": login, "display_name": name, "role": role.value,
                                                   "squad_id": user.squad_id},
                                note="首次运行创建管理员" if first else "", by=by)
            return user

    def create_first_admin(self, login: str, name: str, password: str) -> User:
        """The first run: the administrator (refused once any user exists)."""
        if self.count():
            raise NotAllowed(msg("已经有用户了：新用户请由管理员在“用户管理”中添加。"))
        return self.create(login, name, password, Role.ADMIN, actor=SYSTEM)

    def _check_squad(self, role: Role, squad_id: int | None) -> None:
        if role != Role.LEADER:
            return
        if squad_id is None:
            raise StoreError(msg("分队长须指定所属分队。"))
        if self.conn.execute("SELECT 1 FROM squads WHERE id = ?", (squad_id,)).fetchone() is None:
            raise StoreError(msg("分队（编号 {squad_id}）不存在。", squad_id=squad_id))

    def _active_admins(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1").fetchone()[0])

    def set_password(self, user_id: int, password: str, old_password: str | None = None, *, actor: Actor) -> None:
        """A new password, set by ``actor``: an administrator for anyone, or people for themselves
        with their old one."""
        own = not actor.is_system and actor.user_id == user_id
        by = self.audit.acting(actor, None if own else Action.USERS)
        check_password(password)
        with self.database.transaction():
            user = self._require(user_id)
            if own:
                stored = self.conn.execute("SELECT password_hash FROM users WHERE id = ?", (user_id,)).fetchone()[0]
                if old_password is None or not verify_password(old_password, stored):
                    raise NotAllowed(msg("原密码不对，密码没有修改。"))
            self.conn.execute("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL"
                              " WHERE id = ?", (hash_password(password), user.id))
            self.audit.record("users", user.id, "update", "password", None, "（已更改）",
                              note="本人修改" if own else "管理员重设", by=by)

    def set_role(self, user_id: int, role: Role | str, squad_id: int | None = None, name: str | None = None, *,
                 actor: Actor) -> None:
        """Change a user's role (and squad, for a squad leader; and the name, where given), as ``actor``."""
        by = self.audit.acting(actor, Action.USERS)
        role = Role(role)
        self._check_squad(role, squad_id)
        with self.database.transaction():
            user = self._require(user_id)
            if user.role == Role.ADMIN and role != Role.ADMIN and user.active and self._active_admins() <= 1:
                raise StoreError(msg("这是唯一的管理员，不能改为其他角色：请先指定另一位管理员。"))
            after = {"role": role.value, "squad_id": squad_id if role == Role.LEADER else None}
            if name is not None and name.strip():
                after["display_name"] = name.strip()
            before = self.audit.row("users", user.id, after)
            self.conn.execute(f"UPDATE users SET {', '.join(k + ' = ?' for k in after)} WHERE id = ?",
                              (*after.values(), user.id))
            self.audit.changes("users", user.id, before, after, by=by)

    def deactivate(self, user_id: int, *, actor: Actor) -> None:
        """停用 (by ``actor``): the user can no longer sign in; nothing is deleted (the audit keeps the name)."""
        self._set_active(user_id, False, actor)

    def reactivate(self, user_id: int, *, actor: Actor) -> None:
        self._set_active(user_id, True, actor)

    def _set_active(self, user_id: int, active: bool, actor: Actor) -> None:
        by = self.audit.acting(actor, Action.USERS)
        with self.database.transaction():
            user = self._require(user_id)
            if user.active == active:
                return
            if not active and user.role == Role.ADMIN and self._active_admins() <= 1:
                raise StoreError(msg("这是唯一的管理员，不能停用：请先指定另一位管理员。"))
            if not active and actor.user_id == user.id:
                raise StoreError(msg("不能停用正在使用的账号。"))
            self.conn.execute("UPDATE users SET active = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?",
                              (int(active), user.id))
            self.audit.changes("users", user.id, {"active": user.active}, {"active": active}, by=by)

    # --- signing in --------------------------------------------------------------------------

    def locked_for(self, login: str, now: dt.datetime | None = None) -> int:
        """Seconds before this login may try again (0: it may now)."""
        row = self.conn.execute("SELECT locked_until FROM users WHERE login = ?", (normalise_login(login),)).fetchone()
        if not row or not row[0]:
            return 0
        left = (dt.datetime.fromisoformat(row[0]) - _moment(now)).total_seconds()
        return max(0, int(left + 0.999))

    def authenticate(self, login: str, password: str, now: dt.datetime | None = None) -> User | None:
        """The user, when the login is active and the password right; None otherwise (wrong password,
        unknown or deactivated login, or an account waiting after too many wrong tries: ``locked_for``)."""
        login = normalise_login(login)
        moment = _moment(now)
        row = self.conn.execute(
            "SELECT id, password_hash, active, failed_attempts, locked_until FROM users WHERE login = ?",
            (login,)).fetchone()
        if row is None:
            verify_password(password or "", _nobody_hash())  # as long as a wrong password
            return None
        user_id, stored, active, failed, locked_until = row
        if locked_until and dt.datetime.fromisoformat(locked_until) > moment:
            return None
        right = verify_password(password or "", stored)
        with self.database.transaction():
            if right and active:
                self.conn.execute("UPDATE users SET failed_attempts = 0, locked_until = NULL, last_sign_in = ?"
                                  " WHERE id = ?", (moment.strftime("%Y-%m-%d %H:%M:%S"), user_id))
                user = self._require(user_id)
                self.audit.record("users", user_id, "sign_in", by=user.name)
                return user
            failed += 1
            lock = None
            if failed >= FREE_ATTEMPTS:
                seconds = min(LONGEST_LOCK_SECONDS, LOCK_SECONDS * 2 ** (failed - FREE_ATTEMPTS))
                lock = (moment + dt.timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S")
            self.conn.execute("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?",
                              (failed, lock, user_id))
            self.audit.record("users", user_id, "sign_in_failed", by=msg("（登录名 {login}）", login=login),
                              note="账号已停用" if right else msg("密码错误（连续第 {failed} 次）", failed=failed))
        return None


__all__ = ["MIN_PASSWORD", "PasswordInvalid", "User", "UserRepo", "check_password", "hash_password",
           "verify_password"]
