"""This computer's settings file (an INI file): the window's memory (geometry, splitters, columns,
sort order, last folders), and the computer's settings that ``services.settings.Settings`` reads
and writes here (``data/database``, ``ui/language``, ``operator/name``; docs/settings.md).

The file lives in ``paths().data_dir`` beside the database, so ``WZ_DESKTOP_HOME`` isolates it in
tests and portable use, and it is readable by people.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from wz_desktop.config import paths
from wz_desktop.services.settings import DEFAULT_LANGUAGE, LANGUAGES, SETTINGS, Settings  # noqa: F401 (re-exported)

SETTINGS_FILE_NAME = "settings.ini"


def settings_path() -> Path:
    return paths().data_dir / SETTINGS_FILE_NAME


def open_settings() -> QSettings:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def read_bool(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


def read_int_list(settings: QSettings, key: str) -> list[int]:
    value = settings.value(key)
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        value = [value]
    try:
        return [int(v) for v in value]
    except (TypeError, ValueError):
        return []


# --- the computer's settings kept here (read and written through services.settings.Settings) -------

DATABASE_KEY = SETTINGS["database"].key  # the database opened at start when no --db is given (empty: the default)
LANGUAGE_KEY = SETTINGS["language"].key  # 'zh_CN' or 'en'; read at start (applies after a restart)


def configured_database(settings: QSettings | None = None) -> Path | None:
    """The database chosen in the settings dialog; None for the default (``paths().default_db``)."""
    return Settings(computer=settings if settings is not None else open_settings()).get("database")


def configured_language(settings: QSettings | None = None) -> str:
    return Settings(computer=settings if settings is not None else open_settings()).get("language")


_language_override: str | None = None  # ``--lang`` on the command line


def set_language_override(language: str | None) -> None:
    """Use ``language`` ('zh_CN' or 'en') instead of the setting ``ui/language`` (``wz-desktop --lang``)."""
    global _language_override
    _language_override = language


def current_language() -> str:
    """'zh_CN' (the default) or 'en': ``--lang`` if given, else the settings' ``ui/language``."""
    if _language_override:
        return _language_override
    try:
        return configured_language()
    except Exception:  # no settings file, or one that cannot be read: Chinese
        import logging

        logging.getLogger(__name__).exception("reading the language setting")
        return "zh_CN"


def save_folder(settings: QSettings, key: str | None = None) -> str:
    """Where to propose saving or opening files: the folder last used for ``key`` (when it still
    exists); else the documents folder, made when missing (a fresh account may have none); else the
    home folder. Always a folder that exists."""
    import logging

    from PySide6.QtCore import QStandardPaths

    value = settings.value(key) if key else None
    if value and Path(str(value)).is_dir():
        return str(value)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents:
        try:
            Path(documents).mkdir(parents=True, exist_ok=True)
            return documents
        except OSError:
            logging.getLogger(__name__).info("cannot create the documents folder %s", documents)
    return str(Path.home())
