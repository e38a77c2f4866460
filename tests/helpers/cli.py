"""The command line in this process: ``cli.main(args)`` with its own data folder, working folder,
stdout and stderr, and its exit code, as ``subprocess.run`` would give them, in milliseconds
instead of a second and a half of Python and imports per run.

Use it where a real process proves nothing more. Keep a real process (``python -m wz_desktop``)
where the process itself is the point: a crash or a traceback reaching the terminal, locks held by
another process, races, a broken pipe, the exit of an interrupted run, and English (``--lang en``
makes a QCoreApplication that would stay for the rest of the test run) or ``report`` (a
QGuiApplication); both are refused here.
"""
from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Result:
    """What ``subprocess.run(..., capture_output=True, text=True)`` returns, for the same assertions."""

    returncode: int
    stdout: str
    stderr: str
    args: list[str] = field(default_factory=list)


def _stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="replace", write_through=True)


def _read(stream: io.TextIOWrapper) -> str:
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8", errors="replace")


@contextlib.contextmanager
def _environment(home: Path | None, cwd: Path | None):
    old_home = os.environ.get("WZ_DESKTOP_HOME")
    old_cwd = Path.cwd()
    if home is not None:
        os.environ["WZ_DESKTOP_HOME"] = str(home)
    if cwd is not None:
        os.chdir(cwd)
    try:
        yield
    finally:
        os.chdir(old_cwd)
        if old_home is None:
            os.environ.pop("WZ_DESKTOP_HOME", None)
        else:
            os.environ["WZ_DESKTOP_HOME"] = old_home


@contextlib.contextmanager
def _logging_put_back():
    """main() installs a log file handler in the data folder: remove it afterwards."""
    from wz_desktop import logs

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        yield
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
        logs._handler = None


def run(home: Path | None, *args, cwd: Path | None = None, stdin: str = "") -> Result:
    """``wz-desktop ARGS`` with WZ_DESKTOP_HOME=home in ``cwd`` (default: home), stdin ``stdin``."""
    from wz_desktop import cli

    argv = [str(a) for a in args]
    if "report" in argv or any(a == "--lang" and i + 1 < len(argv) and argv[i + 1] == "en" or a == "--lang=en"
                               for i, a in enumerate(argv)):
        raise AssertionError(f"wz-desktop {' '.join(argv)}: English and the report need a real process "
                             "(they make a Qt application that would stay for every later test)")
    out, err = _stream(), _stream()
    code: int
    with _environment(home, cwd or home), _logging_put_back(), \
            contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        old_stdin = sys.stdin
        sys.stdin = io.StringIO(stdin)
        try:
            code = cli.main(argv)
        except SystemExit as exit_:  # argparse: --help, --version, a usage error
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
        finally:
            sys.stdin = old_stdin
    if cli._application is not None:
        raise AssertionError("the command made a Qt application (the settings chose English?): "
                             "run it in a real process")
    return Result(code, _read(out), _read(err), ["wz-desktop", *argv])
