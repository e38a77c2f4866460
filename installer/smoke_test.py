"""Start the built bundle the way a machine without Python would: `make installer` runs this.

    python installer/smoke_test.py [dist/wz-desktop]

The bundle is copied to a temporary folder and started from another folder with an empty
environment (as `env -i PATH=/usr/bin:/bin HOME=$tmp ...`: no virtual environment, no PYTHONPATH,
no display; WZ_DESKTOP_HOME points at the temporary folder, QT_QPA_PLATFORM=offscreen), and must:

1. print its version (`--version`);
2. import two sample workbooks (.xlsx and legacy .xls) into a new database and export a year;
3. pass `--self-test`: the main window opens headless, Qt's Chinese translation, the icon and
   pyqtgraph load, and every module and Qt plugin comes from inside the bundle;
4. where `xvfb-run` is installed, pass `--self-test` again on the xcb platform plugin (a real X server).

Each step prints what the bundle printed. Exits non-zero at the first failure.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tests" / "data" / "samples"
IMPORTS = [SAMPLES / "2022年救援任务统计.xlsx", SAMPLES / "2023年救援任务统计.xls"]
WINDOWS = sys.platform == "win32"
TIMEOUT = 180


def version() -> str:
    text = (ROOT / "wz_desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__\s*=\s*"([^"]+)"', text).group(1)


def clean_environment(home: Path, **extra: str) -> dict[str, str]:
    if WINDOWS:  # what Windows itself needs to start a program, nothing of Python's
        keep = ("SystemRoot", "SystemDrive", "WINDIR", "COMSPEC", "TEMP", "TMP")
        env = {k: os.environ[k] for k in keep if k in os.environ}
        env["PATH"] = os.path.join(os.environ.get("SystemRoot", r"C:\Windows"), "System32")
        env["USERPROFILE"] = str(home)
        env["APPDATA"] = str(home / "AppData" / "Roaming")
        env["LOCALAPPDATA"] = str(home / "AppData" / "Local")
    else:
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    env.update(WZ_DESKTOP_HOME=str(home / "data"), QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    return env


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


class Smoke:
    def __init__(self, exe: Path, home: Path, cwd: Path):
        self.exe, self.home, self.cwd = exe, home, cwd

    def run(self, title: str, *args: str, expect: str | None = None, wrapper: list[str] | None = None,
            env: dict[str, str] | None = None, shown: str | None = None) -> str:
        env = env if env is not None else clean_environment(self.home)
        if shown is None:
            shown = "env -i " + " ".join(f"{k}={v}" for k, v in env.items()
                                         if k in ("PATH", "HOME", "WZ_DESKTOP_HOME", "QT_QPA_PLATFORM"))
        command = (wrapper or []) + [str(self.exe), *args]
        print(f"\n== {title}\n$ {shown} {self.exe.name} {' '.join(args)}", flush=True)
        started = time.monotonic()
        try:
            result = subprocess.run(command, env=env, cwd=self.cwd, capture_output=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            raise SystemExit(f"smoke test FAILED: {title}: no answer within {TIMEOUT} s") from None
        seconds = time.monotonic() - started
        out = result.stdout.decode("utf-8", "replace")
        err = result.stderr.decode("utf-8", "replace")
        # Qt's note that the empty environment has no UTF-8 locale (it switches to C.UTF-8 itself)
        err = re.sub(r'Detected locale "C".*?for more information\.\n', "", err, flags=re.S)
        for line in out.splitlines():
            print(f"  {line}")
        for line in err.splitlines():
            print(f"  [stderr] {line}")
        print(f"  -> exit {result.returncode} in {seconds:.1f} s", flush=True)
        if result.returncode != 0:
            raise SystemExit(f"smoke test FAILED: {title}: exit code {result.returncode}")
        if expect and expect not in out:
            raise SystemExit(f"smoke test FAILED: {title}: expected {expect!r} in its output")
        return out


def main(argv: list[str]) -> int:
    built = Path(argv[0] if argv else ROOT / "dist" / "wz-desktop").resolve()
    name = "wz-desktop.exe" if WINDOWS else "wz-desktop"
    if not (built / name).is_file():
        print(f"no bundle at {built} (run `make installer`)", file=sys.stderr)
        return 1
    print(f"bundle: {built} ({size_of(built) / 1e6:.0f} MB, {sum(1 for _ in built.rglob('*'))} files)")
    with tempfile.TemporaryDirectory(prefix="wz-smoke-") as tmp:
        tmp = Path(tmp)
        bundle = tmp / "app" / "wz-desktop"  # a copy away from the source tree and the virtual environment
        shutil.copytree(built, bundle, symlinks=True)
        home, elsewhere = tmp / "home", tmp / "somewhere-else"
        home.mkdir()
        elsewhere.mkdir()
        smoke = Smoke(bundle / name, home, elsewhere)

        smoke.run("version", "--version", expect=version())
        db = home / "smoke.db"
        for workbook in IMPORTS:
            smoke.run(f"import {workbook.name}", "--db", str(db), "import", str(workbook), expect="新增")
        exported = home / "2022-export.xlsx"
        smoke.run("export 2022", "--db", str(db), "export", "--year", "2022", "-o", str(exported), expect="已导出")
        if not exported.is_file() or exported.stat().st_size < 10_000:
            raise SystemExit("smoke test FAILED: the export wrote no workbook")
        smoke.run("the window, headless (offscreen)", "--self-test", expect="自检通过")
        xvfb = shutil.which("xvfb-run")
        if xvfb and not WINDOWS:
            # xvfb-run sets DISPLAY for its child; the child then empties the environment but for it
            env = clean_environment(home, QT_QPA_PLATFORM="xcb")
            assigned = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
            inner = ["sh", "-c", f'exec env -i {assigned} DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" "$0" "$@"']
            smoke.run("the window on X (xcb, under Xvfb)", "--self-test", expect="平台插件 xcb",
                      wrapper=[xvfb, "-a", "-s", "-screen 0 1280x800x24"] + inner, env=dict(os.environ),
                      shown=f"xvfb-run -a env -i {assigned} DISPLAY=$DISPLAY")
        else:
            print("\n(xvfb-run not installed: the xcb platform plugin is not tried)")
    print("\nsmoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
