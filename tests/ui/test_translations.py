"""English (issue 5, item 6): the .ts covers every string of the window, the committed .qm matches
it, and with 'en' installed a real main window speaks English; 'zh_CN' keeps Chinese.

Every test that installs English takes it out again (``language`` fixture), so the other tests
still see the Chinese sources."""
from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QPushButton

from tests.ui.conftest import fill, make_tasks

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
PLACEHOLDER = re.compile(r"\{[0-9a-z_]+(?::[^}]*)?\}")

sys.path.insert(0, str(FOLDER))
import extract  # noqa: E402 (after the sys.path line above)


def _ts_messages() -> dict[tuple[str, str], ET.Element]:
    result = {}
    for context in ET.parse(FOLDER / "wz_desktop_en.ts").getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            result[(name, message.findtext("source"))] = message.find("translation")
    return result


@pytest.fixture(scope="module")
def found():
    messages, unread = extract.extract()
    return messages, unread


def test_the_extractor_reads_every_translation_call(found):
    messages, unread = found
    assert not unread, f"translation calls the extractor cannot read (add them to DYNAMIC): {unread}"
    assert len(messages) > 1000
    # the three kinds of call, with their contexts
    assert ("MainWindow", "文件(&F)") in messages  # self.tr in MainWindow
    assert ("Labels", "水上救援") in messages  # _t of labels.py
    assert ("TaskTableModel", "点击切换按出队时间升序 / 降序排列") in messages  # translate("Ctx", "…")
    assert ("CallStatus", "核实") in messages  # a word reaching translate through a variable


def test_every_string_is_translated_with_its_placeholders_and_accelerator(found):
    messages, _ = found
    ts = _ts_messages()
    missing = [key for key in messages if key not in ts]
    assert not missing, f"{len(missing)} strings not in the .ts: run resources/translations/extract.py"
    untranslated = [key for key in messages if not (ts[key].text or "").strip() or ts[key].get("type")]
    assert not untranslated, f"{len(untranslated)} untranslated: {untranslated[:20]}"
    problems = []
    for (ctx, source) in messages:
        english = ts[(ctx, source)].text
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(english)):
            problems.append((ctx, source, english, "placeholders"))
        accelerators = len(re.findall(r"&(?=[^&\s])", source))
        if accelerators != len(re.findall(r"&(?=[^&\s])", english)) or accelerators > 1:
            problems.append((ctx, source, english, "accelerator"))
        if CJK.search(english) and not re.search(r"辽B|昨天|点半", english):
            problems.append((ctx, source, english, "Chinese left in the English"))
    assert not problems, problems


def test_the_committed_qm_is_compiled_from_the_ts(tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not installed")
    out = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(FOLDER / "wz_desktop_en.ts"), "-qm", str(out)], check=True)
    assert out.read_bytes() == (FOLDER / "wz_desktop_en.qm").read_bytes(), \
        "wz_desktop_en.qm is out of date: run pyside6-lrelease (see README, Languages)"


@pytest.fixture
def language(qapp):
    from wz_desktop.ui import app as app_module

    def install(name: str) -> list[str]:
        return app_module.install_translations(qapp, name)

    yield install
    app_module.install_translations(qapp, "zh_CN")  # as every other test expects


def _menu_texts(window) -> list[str]:
    texts = []
    for action in window.menuBar().actions():
        texts.append(action.text())
        menu = action.menu()
        if menu is not None:
            texts.extend(a.text() for a in menu.actions() if not a.isSeparator())
    return texts


def _nav_texts(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_english_main_window(language, store, make_window, qtbot):
    loaded = language("en")
    assert loaded == ["wz_desktop_en"]
    assert QLocale().language() == QLocale.Language.English
    assert QCoreApplication.translate("MainWindow", "文件(&F)") == "&File"
    fill(store, make_tasks(12))
    window = make_window(store)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:5] == ["&File", "&Work", "&Users", "&View", "&Help"], menus
    texts = _menu_texts(window) + _nav_texts(window)
    assert not [t for t in texts if CJK.search(t)], [t for t in texts if CJK.search(t)]
    nav = " ".join(_nav_texts(window))
    for word in ("Desk", "Calls", "Tasks", "Attendance", "Charts", "Roster"):
        assert word in nav, nav
    assert "Wanzhong Rescue Desk" in window.windowTitle()
    assert window.findChild(object, "importAction").text() == "&Import workbooks…"
    # a form: the call intake
    form = window.new_call()
    qtbot.addWidget(form)
    labels = [label.text() for label in form.findChildren(QLabel) if label.text()]
    assert "Caller &name" in labels and "&Phone" in labels, labels
    assert form.findChild(QPushButton, "logButton").text() == "&Log"
    form.close()


def test_chinese_stays_chinese(language, store, make_window):
    assert language("zh_CN") == ["qtbase_zh_CN"]
    window = make_window(store)
    assert [a.text() for a in window.menuBar().actions()][:2] == ["文件(&F)", "工作(&W)"]
    assert "工作台" in " ".join(_nav_texts(window))
    assert QLocale().language() == QLocale.Language.Chinese


def test_qt_dialog_strings_follow_the_language(language):
    language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    language("zh_CN")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_the_language_setting_and_the_command_line(qapp, monkeypatch):
    from wz_desktop.ui import app as app_module
    from wz_desktop.ui import settings as settings_module
    from wz_desktop.ui.settings import LANGUAGE_KEY, open_settings

    settings = open_settings()
    settings.setValue(LANGUAGE_KEY, "en")
    settings.sync()
    assert app_module.current_language() == "en"
    settings.setValue(LANGUAGE_KEY, "zh_CN")
    settings.sync()
    monkeypatch.setattr(settings_module, "_language_override", None)
    assert app_module.current_language() == "zh_CN"
    app_module.set_language_override("en")
    assert app_module.current_language() == "en"
    app_module.set_language_override(None)
    from wz_desktop.cli import build_parser

    assert build_parser().parse_args(["--lang", "en"]).lang == "en"
