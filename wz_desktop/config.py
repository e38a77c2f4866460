"""Where the application keeps its files. One place, overridable for tests and portable use.

``WZ_DESKTOP_HOME`` puts everything (database, backups, logs, settings) under one folder.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

from wz_desktop import APP_NAME, ORG_NAME

DB_FILE_NAME = "wanzhong.db"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    log_dir: Path

    @property
    def default_db(self) -> Path:
        return self.data_dir / DB_FILE_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def demo_db(self) -> Path:
        return self.data_dir / "demo.db"


def paths() -> Paths:
    home = os.environ.get("WZ_DESKTOP_HOME")
    if home:
        base = Path(home)
        return Paths(data_dir=base, log_dir=base / "logs")
    return Paths(
        data_dir=Path(user_data_dir(APP_NAME, ORG_NAME)),
        log_dir=Path(user_log_dir(APP_NAME, ORG_NAME)),
    )


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside the bundle when frozen."""
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
