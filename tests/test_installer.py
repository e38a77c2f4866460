"""The installer's pieces that can be checked without building the bundle (`make installer` builds it
and runs installer/smoke_test.py on it): resources found when frozen, the hidden `--self-test`, the
Windows icon, and the files in installer/ agreeing with each other and with the application."""
from __future__ import annotations

import configparser
import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from wz_desktop import APP_NAME, APP_TITLE, __version__

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"


def test_resources_found_in_a_checkout():
    from wz_desktop.config import resources_dir

    assert resources_dir() == ROOT / "resources"
    assert (resources_dir() / "icons" / "wz-desktop.svg").is_file()


def test_resources_found_inside_a_frozen_bundle(tmp_path, monkeypatch):
    from wz_desktop.config import resources_dir

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "WZ_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "wz_desktop", *args], env=env, cwd=home, capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=180)


@pytest.mark.slow  # a real process opening the window
def test_self_test_opens_the_window_headless_and_touches_no_data(app_home):
    result = run_cli("--self-test", home=app_home)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "平台插件 offscreen" in out
    assert "qtbase_zh_CN" in out and "取消" in out  # Qt's own Chinese is loaded
    assert "图标：有" in out
    assert "地图：10 个区县" in out  # resources/map (the bundle carries resources/ whole)
    assert "主窗口：万众救援台" in out and "已显示" in out
    assert "自检通过" in out
    assert "Traceback" not in result.stderr
    assert not (app_home / "wanzhong.db").exists()  # a temporary database, not the user's
    assert not (app_home / "settings.ini").exists()


def test_self_test_is_not_in_the_help(app_home):
    result = run_cli("--help", home=app_home)
    assert result.returncode == 0
    assert "self-test" not in result.stdout


def test_make_icon_writes_an_ico_with_every_size(tmp_path):
    ico, png = tmp_path / "wz.ico", tmp_path / "wz.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, str(INSTALLER / "make_icon.py"), str(ico), str(png)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = set()
    for i in range(count):
        width, _height, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(INSTALLER / "wz-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == APP_TITLE
    assert section["Name[en]"] == "Wanzhong Rescue Desk"
    assert section["Exec"].split()[0] == "wz-desktop"
    assert section["Icon"] == "wz-desktop" and (ROOT / "resources" / "icons" / "wz-desktop.svg").is_file()
    assert "Office" in section["Categories"].split(";")
    # the window says which entry it belongs to (app.setDesktopFileName(APP_NAME)): the file's own name
    assert (INSTALLER / f"{APP_NAME}.desktop").is_file()


def test_inno_setup_script_matches_the_spec():
    raw = (INSTALLER / "wz-desktop.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads a UTF-8 script by its BOM
    iss = raw.decode("utf-8-sig")
    spec = (INSTALLER / "wz_desktop.spec").read_text(encoding="utf-8")
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$", iss, re.M)
    for exe in re.findall(r'#define \w+Exe "([^"]+)\.exe"', iss):  # the executables the spec builds
        assert f'executable("{exe}"' in spec
    assert 'name="wz-desktop"' in spec and r"..\dist\wz-desktop" in iss
    assert "ChineseSimplified.isl" in iss and 'MessagesFile: "compiler:Default.isl"' in iss
    assert r"{autoprograms}" in iss  # the Start-menu shortcut
    assert "[UninstallDelete]" not in iss.split("[Code]")[0].replace("no [UninstallDelete]", "")  # data kept
    assert r"{localappdata}\Wanzhong\wz-desktop" in iss


def test_the_data_folder_named_by_the_installer_is_the_one_platformdirs_uses_on_windows(monkeypatch):
    import platformdirs.windows as windows

    from wz_desktop import ORG_NAME

    folders = {"CSIDL_LOCAL_APPDATA": "C:/Users/mishu/AppData/Local", "CSIDL_APPDATA": "C:/Users/mishu/AppData/Roaming"}
    monkeypatch.setattr(windows, "get_win_folder", folders.__getitem__)
    layout = windows.Windows(APP_NAME, ORG_NAME)
    data, logs = (Path(folder).as_posix() for folder in (layout.user_data_dir, layout.user_log_dir))
    assert data == "C:/Users/mishu/AppData/Local/Wanzhong/wz-desktop"  # {localappdata}\Wanzhong\wz-desktop
    assert logs == data + "/Logs"


def test_installer_extra_pins_pyinstaller():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'installer = \[[^\]]*"pyinstaller>=6\.\d+,<7"', text)
    assert re.search(r"^installer:", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M)
    assert __version__
