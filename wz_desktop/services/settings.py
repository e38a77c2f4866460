"""Settings: one object to read and write every setting, whatever keeps it.

A setting lives in one of three places, chosen for what it is (docs/settings.md says which and why):

- ``computer``: this computer's settings file (``settings.ini`` in the data folder, Qt's INI
  format): what belongs to this desk, not to the team's data — which database opens at start,
  the language, the operator's name when nobody signs in;
- ``backup file``: ``backup-settings.json`` in the data folder (``store/backup_settings.py``):
  where the copies go and how many are kept — never in the database, so that a damaged or
  missing database does not hide its own backups;
- ``database``: the ``settings`` table: what the team shares and what travels with the data
  (the event-number pattern), changed by administrators, in the audit trail.

:class:`Settings` reads them all by name (:meth:`Settings.get`) and writes them (:meth:`Settings.save`,
the session's right checked first for the team's settings). The window and the command line
use it; nothing else opens the backings for these settings. The window's own memory (sizes,
columns, last folders) stays in the same INI file but is not a setting: ``ui/settings.py``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from wz_desktop.domain.notice import DUTY_PHONE_KEY, check_phone
from wz_desktop.domain.roles import Action
from wz_desktop.domain.workflow import DEFAULT_EVENT_NO_PATTERN, check_pattern
from wz_desktop.services.session import Session
from wz_desktop.store import backup_settings

COMPUTER = "computer"
BACKUP_FILE = "backup file"
DATABASE = "database"

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"


@dataclass(frozen=True)
class Setting:
    name: str
    where: str  # COMPUTER, BACKUP_FILE or DATABASE
    key: str  # its key in that place
    default: Any
    team: bool  # the team's setting: changing it is the "settings" right (administrators)
    what: str


SETTINGS: dict[str, Setting] = {s.name: s for s in (
    Setting("database", COMPUTER, "data/database", None, False,
            "the database opened at start when no --db is given (None: the default beside the settings)"),
    Setting("language", COMPUTER, "ui/language", DEFAULT_LANGUAGE, False,
            "the window's and the command line's language, 'zh_CN' or 'en' (from the next start)"),
    Setting("operator_name", COMPUTER, "operator/name", "", False,
            "who is at the desk when nobody signs in (written on what they record)"),
    Setting("backup_folder", BACKUP_FILE, "folder", None, True,
            "where the copies of the database go (None: 'backups' beside the database)"),
    Setting("keep_daily", BACKUP_FILE, "keep_daily", backup_settings.DEFAULT_KEEP_DAILY, True,
            "how many daily copies are kept"),
    Setting("keep_other", BACKUP_FILE, "keep_other", backup_settings.DEFAULT_KEEP_OTHER, True,
            "how many other copies (before an import, a restore …) are kept"),
    Setting("event_no_pattern", DATABASE, "event_no_pattern", DEFAULT_EVENT_NO_PATTERN, True,
            "the pattern of new event numbers, e.g. WZ{year}-{seq:04d}"),
    Setting("duty_phone", DATABASE, DUTY_PHONE_KEY, "", True,
            "the team's duty phone: the number a missing-person notice asks people to call ('' none: the family's"
            " where they agreed to publish it, else 110 only)"),
)}


class SettingsNotSaved(OSError):
    """This computer's settings file could not be written (``filename``: which)."""


class Settings:
    """Every setting by name. ``store``: the open database (for the team's settings; None where
    there is none, e.g. before one is chosen); ``computer``: this computer's settings file as the
    caller opened it (a ``QSettings``: ``value``, ``setValue``, ``sync``; the window's
    ``context.settings``), None where it is not needed."""

    def __init__(self, store=None, computer=None):
        self.store = store
        self.computer = computer

    # --- reading ---------------------------------------------------------------------------------

    def get(self, name: str) -> Any:
        setting = SETTINGS[name]
        if setting.where == COMPUTER:
            return self._computer_value(setting)
        if setting.where == BACKUP_FILE:
            return getattr(backup_settings.load_settings(), setting.key)
        if self.store is None:
            return setting.default
        return self.store.database.get_setting(setting.key) or setting.default

    def values(self) -> dict[str, Any]:
        return {name: self.get(name) for name in SETTINGS}

    def _computer_value(self, setting: Setting) -> Any:
        if self.computer is None:
            return setting.default
        raw = self.computer.value(setting.key, "")
        text = str(raw or "").strip()
        if setting.name == "database":
            return Path(text).expanduser() if text else None
        if setting.name == "language":
            return text if text in LANGUAGES else DEFAULT_LANGUAGE
        return text or setting.default

    # --- writing ---------------------------------------------------------------------------------

    def save(self, changes: Mapping[str, Any], *, session: Session) -> list[str]:
        """Write the settings in ``changes`` that differ from what is kept: the database's in one
        transaction (audited), the backup file in one write (audited in the database), this
        computer's last. A team setting needs the session's "settings" right: refused
        (:class:`NotAllowed`) before anything is written. Returns the names written."""
        changed = {name: value for name, value in changes.items() if self.get(name) != value}
        if any(SETTINGS[name].team for name in changed):
            session.require(Action.SETTINGS)
        for name, value in changed.items():
            if name == "event_no_pattern":
                check_pattern(value)
            elif name == "duty_phone":
                check_phone(value)
        if self.store is not None:
            session.enter(self.store)
        database = {n: v for n, v in changed.items() if SETTINGS[n].where == DATABASE}
        if database:
            with self.store.transaction():
                for name, value in database.items():
                    if name == "event_no_pattern":
                        self.store.calls.set_event_no_pattern(value, actor=session.actor)
                    elif name == "duty_phone":
                        self.store.cases.set_duty_phone(value, session.actor)
        backup = {n: v for n, v in changed.items() if SETTINGS[n].where == BACKUP_FILE}
        if backup:
            new = backup_settings.load_settings()
            if "backup_folder" in backup:
                new.folder = Path(backup["backup_folder"]) if backup["backup_folder"] else None
            for name in ("keep_daily", "keep_other"):
                if name in backup:
                    setattr(new, name, max(1, int(backup[name])))
            if self.store is not None:
                self.store.change_backup_settings(new, actor=session.actor)  # audited; the open store's folder follows
            else:
                backup_settings.save_settings(new)
        computer = {n: v for n, v in changed.items() if SETTINGS[n].where == COMPUTER}
        if computer:
            for name, value in computer.items():
                self.computer.setValue(SETTINGS[name].key, "" if value is None else str(value).strip())
            self.computer.sync()
            status = self.computer.status()
            if status != type(status).NoError:
                raise SettingsNotSaved(f"cannot write {self.computer.fileName()}", self.computer.fileName())
        return list(changed)


def describe() -> str:
    """Every setting, where it lives and what it is (a table for docs/settings.md and support)."""
    lines = ["| setting | where | key | team's (administrators) | what |", "|---|---|---|---|---|"]
    for s in SETTINGS.values():
        lines.append(f"| `{s.name}` | {s.where} | `{s.key}` | {'yes' if s.team else 'no'} | {s.what} |")
    return "\n".join(lines)


__all__ = ["BACKUP_FILE", "COMPUTER", "DATABASE", "SETTINGS", "Setting", "Settings", "SettingsNotSaved", "describe"]
