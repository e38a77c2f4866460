"""Where a database's copies go and how many are kept: a small JSON file in the data folder
(``backup-settings.json``), not in the database, so that a damaged or missing database never
hides its own backups. ``store.backups`` takes the copies; ``store.db`` asks :func:`folder_for`
when it opens. See docs/settings.md for every setting and where it lives.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from wz_desktop.config import paths

DEFAULT_KEEP_DAILY = 14
DEFAULT_KEEP_OTHER = 10
SETTINGS_FILE_NAME = "backup-settings.json"


@dataclass
class BackupSettings:
    folder: Path | None = None  # None: the ``backups`` folder beside the database
    keep_daily: int = DEFAULT_KEEP_DAILY
    keep_other: int = DEFAULT_KEEP_OTHER


def settings_path() -> Path:
    return paths().data_dir / SETTINGS_FILE_NAME


def load_settings() -> BackupSettings:
    """The backup settings (defaults where the file is missing or unreadable)."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return BackupSettings()
    settings = BackupSettings()
    if isinstance(data, dict):
        folder = data.get("folder")
        settings.folder = Path(folder) if isinstance(folder, str) and folder.strip() else None
        for name in ("keep_daily", "keep_other"):
            value = data.get(name)
            if isinstance(value, int) and value >= 1:
                setattr(settings, name, value)
    return settings


def save_settings(settings: BackupSettings) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = asdict(settings)
    data["folder"] = str(settings.folder) if settings.folder else None
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def keep_daily() -> int:
    return load_settings().keep_daily


def keep_other() -> int:
    return load_settings().keep_other


def set_keep_daily(count: int) -> None:
    settings = load_settings()
    settings.keep_daily = max(1, int(count))
    save_settings(settings)


def set_keep_other(count: int) -> None:
    settings = load_settings()
    settings.keep_other = max(1, int(count))
    save_settings(settings)


def configured_folder() -> Path | None:
    """The folder chosen in the settings; None for the default (beside each database)."""
    return load_settings().folder


def set_backup_folder(folder: str | Path | None) -> None:
    """Where new copies go (None: back to the ``backups`` folder beside the database). An open
    ``Store`` keeps its folder until it is opened again: set ``store.database.backup_dir`` too."""
    settings = load_settings()
    settings.folder = Path(folder) if folder else None
    save_settings(settings)


def folder_for(db_path: str | Path) -> Path:
    """The backup folder of a database: the configured one, or ``backups`` beside the database."""
    return configured_folder() or Path(db_path).parent / "backups"


def search_folders(db_path: str | Path) -> list[Path]:
    """Where a database's copies may be: the configured folder and the default one beside it."""
    folders = [folder_for(db_path), Path(db_path).parent / "backups"]
    seen, result = set(), []
    for folder in folders:
        key = os.path.normcase(os.path.abspath(folder))
        if key not in seen:
            seen.add(key)
            result.append(folder)
    return result
