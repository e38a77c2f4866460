"""The log file: one rotating file in the log folder, for the window and the command line alike.

People read messages in Chinese on the screen; the details (tracebacks) go here, never to them.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from wz_desktop.config import paths

LOG_FILE_NAME = "wz-desktop.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_handler: logging.Handler | None = None


class RotatingLog(logging.FileHandler):
    """``logging.handlers.RotatingFileHandler``'s rotation (``wz-desktop.log`` → ``.1`` … ``.5`` once
    it would pass ``max_bytes``), without importing ``logging.handlers``: that module brings
    sockets, pickle and queues, a part of the window's start for nothing the log uses."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS):
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_overflow(record):
                self._rotate()
        except Exception:  # noqa: BLE001 (logging's rule: a handler's failure goes to handleError, never to the caller)
            self.handleError(record)
            return
        super().emit(record)

    def _would_overflow(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        if self.max_bytes <= 0 or not os.path.isfile(self.baseFilename):
            return False
        text = self.format(record) + self.terminator
        return self.stream.tell() + len(text.encode("utf-8", "replace")) >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        base = self.baseFilename
        for number in range(self.backups - 1, 0, -1):
            older = f"{base}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{number + 1}")
        if self.backups > 0 and os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def log_file() -> Path:
    return paths().log_dir / LOG_FILE_NAME


def setup_logging() -> Path | None:
    """A rotating log file in the log folder. Returns its path (None if it cannot be written)."""
    global _handler
    log_dir = paths().log_dir
    try:
        log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler: logging.Handler = RotatingLog(log_dir / LOG_FILE_NAME)
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
