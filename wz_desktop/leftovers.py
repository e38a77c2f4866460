"""What a killed program leaves behind, kept out of sight and removed on the next start. No Qt.

* An export's scratch files (xlsxwriter's row files hold task text): in a hidden folder
  ``.wz-scratch-<pid>-<random>`` beside the target, never in the system's temporary folder;
  removed when the export ends, and listed in ``scratch-folders.json`` in the data folder so that
  the next start removes those a killed export left.
* ``*.part`` of a killed backup in the backup folders: removed by the next start that holds the
  writers' lock (only writers take copies there, so none is being written then).
* Private by default on POSIX: the database, its copies and the logs readable by the user only
  (files 0600, folders 0700), see :func:`private_file`.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import stat
import sys
from pathlib import Path

log = logging.getLogger(__name__)

SCRATCH_PREFIX = ".wz-scratch-"
REGISTRY = "scratch-folders.json"


def _registry() -> Path:
    from wz_desktop.config import paths

    return paths().data_dir / REGISTRY


def _read() -> dict:
    try:
        data = json.loads(_registry().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write(entries: dict) -> None:
    target = _registry()
    tmp = target.with_name(f"{target.name}.{os.getpid()}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        log.warning("cannot write %s", target)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def scratch_folder(target: str | Path) -> Path:
    """A private scratch folder beside ``target`` (made now, listed for the next start's clean-up)."""
    import secrets  # (here: the store imports this module at the window's start, which needs no scratch folder)

    target = Path(target)
    folder = target.parent / f"{SCRATCH_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
    folder.mkdir(mode=0o700)
    entries = _read()
    entries[str(folder.resolve())] = os.getpid()
    _write(entries)
    return folder


def remove_scratch(folder: str | Path) -> None:
    folder = Path(folder)
    shutil.rmtree(folder, ignore_errors=True)
    entries = _read()
    if entries.pop(str(folder.resolve()), None) is not None:
        _write(entries)


def clean_leftovers(backup_folders=()) -> list[Path]:
    """Remove the scratch folders (and the hidden ``.part`` files beside them) of exports whose
    process is gone, and the ``*.part`` files in ``backup_folders`` (call it holding the writers'
    lock). Returns what was removed."""
    removed: list[Path] = []
    entries = _read()
    kept = {}
    for name, pid in entries.items():
        folder = Path(name)
        if isinstance(pid, int) and _alive(pid):
            kept[name] = pid
            continue
        if folder.exists():
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
        if isinstance(pid, int):  # the half-written workbook the same export left beside its target
            with contextlib.suppress(OSError):
                for part in folder.parent.glob(f".*.{pid}.part"):
                    part.unlink()
                    removed.append(part)
    if kept != entries:
        _write(kept)
    for backup_folder in backup_folders:
        with contextlib.suppress(OSError):
            for part in Path(backup_folder).glob("*.db.part"):
                part.unlink()
                removed.append(part)
    for path in removed:
        log.info("removed what a killed program left: %s", path)
    return removed


# --- private files --------------------------------------------------------------------------

def private_file(path: str | Path) -> None:
    """Nobody but the user may read it (POSIX; elsewhere the folder's permissions apply); the user's
    own rights are kept (a file made read-only is never made writable)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:  # only the others' rights are taken: a file the user made read-only stays so
            os.chmod(path, mode & ~0o077)


def private_folder(path: str | Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:  # (a folder the user made read-only stays so)
            os.chmod(path, mode & ~0o077)
