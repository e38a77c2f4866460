"""The log file: one rotating file in the log folder, for the window and the command line alike.

People read messages in Chinese on the screen; the details (tracebacks) go here, never to them.
"""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from wz_desktop.config import paths

LOG_FILE_NAME = "wz-desktop.log"
_handler: logging.Handler | None = None


def log_file() -> Path:
    return paths().log_dir / LOG_FILE_NAME


def setup_logging() -> Path | None:
    """A rotating log file in the log folder. Returns its path (None if it cannot be written)."""
    global _handler
    log_dir = paths().log_dir
    try:
        log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(log_dir / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=5,
                                                       encoding="utf-8")
        from wz_desktop.leftovers import private_file, private_folder

        private_folder(log_dir)  # names, phone numbers and paths of the team's records: the user's only
        for old in log_dir.glob(LOG_FILE_NAME + "*"):
            private_file(old)
    except OSError:
        handler = logging.NullHandler()  # still: nothing reaches the screen as a traceback
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _handler = handler
    return None if isinstance(handler, logging.NullHandler) else log_dir / LOG_FILE_NAME
