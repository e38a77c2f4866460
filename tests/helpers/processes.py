"""Real processes for the tests of the one lock: another program holding a database's lock."""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_HOLD = """
import sys
from wz_desktop.store.lock import DatabaseLock
lock = DatabaseLock(sys.argv[1], purpose=sys.argv[2])
assert lock.acquire(wait=30)
print("held", flush=True)
sys.stdin.read()
"""


def env(home: Path | None = None) -> dict:
    result = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    if home is not None:
        result["WZ_DESKTOP_HOME"] = str(home)
    return result


@contextlib.contextmanager
def lock_held_elsewhere(db: Path, purpose: str = "window"):
    """Another process holds ``db``'s lock (as a window or an import would) until the block ends."""
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(db), purpose], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env())
    try:
        assert proc.stdout.readline().strip() == "held"
        yield proc
    finally:
        proc.stdin.close()
        proc.wait(10)
