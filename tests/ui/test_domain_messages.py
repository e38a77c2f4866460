"""The data layer's messages in the window's language: ``wz_desktop.ui.texts.message`` translates
a ``Text`` (context "Domain") with the installed .qm, and the forms show the store's refusals and
the domain's field messages in English when the window is in English."""
from __future__ import annotations

import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from wz_desktop.domain.roles import Role
from wz_desktop.domain.text import msg, word
from wz_desktop.domain.workflow import WorkflowError
from wz_desktop.store.errors import NotAllowed
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.texts import message

from .test_call_form import fill_by_keyboard, press


@pytest.fixture
def make_form(make_call_form):
    """The call form as the duty secretary opens it (tests/ui/conftest.py)."""
    return make_call_form

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
PASSWORD = "correct horse 7"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _domain_messages() -> dict[str, str]:
    for element in ET.parse(FOLDER / "wz_desktop_en.ts").getroot().iter("context"):
        if element.findtext("name") == "Domain":
            return {m.findtext("source"): m.findtext("translation") or "" for m in element.iter("message")
                    if (m.find("translation").get("type") or "") != "obsolete"}
    return {}


def test_every_domain_message_is_extracted_and_keeps_its_placeholders():
    sys.path.insert(0, str(FOLDER))
    import extract

    messages, _ = extract.extract()
    domain = {source for ctx, source in messages if ctx == "Domain"}
    assert len(domain) > 200
    assert "{role}“{name}”无权{action}。如需操作，请用有权限的账号登录。" in domain  # the role refusal
    assert "任务类别“{kind}”无效。" in domain
    ts = _domain_messages()
    assert domain <= set(ts)
    wrong = [(source, ts[source]) for source in domain if _fields(source) != _fields(ts[source])]
    assert not wrong, wrong
    # every template and its English format with the template's names (no stray brace)
    for source in domain:
        values = {name: 1 for name in _fields(source)}
        source.format(**values)
        ts[source].format(**values)


@pytest.fixture
def language(qapp):
    from wz_desktop.ui import app as app_module

    yield lambda name: app_module.install_translations(qapp, name)
    app_module.install_translations(qapp, "zh_CN")


def test_message_follows_the_installed_language(language):
    refusal = NotAllowed(msg("{role}“{name}”无权{action}。如需操作，请用有权限的账号登录。",
                             role=word("分队长", "Users"), name="王建国", action=msg("登记和核实来电")))
    language("zh_CN")
    assert message(refusal) == "分队长“王建国”无权登记和核实来电。如需操作，请用有权限的账号登录。" == str(refusal)
    language("en")
    assert message(refusal) == 'Squad leader "王建国" may not log and verify calls. To do this, sign in with an account that may.'
    assert message(refusal.args[0]) == message(refusal)  # the Text itself
    assert message(WorkflowError(msg("任务类别“{kind}”无效。", kind="xx"))) == 'The task kind "xx" is not valid.'
    assert message("不是 Text 的字") == "不是 Text 的字" and message(ValueError("plain")) == "plain"


def test_the_call_form_shows_the_domain_messages_in_english(language, make_form, qtbot, store):
    language("en")
    form = make_form()
    fill_by_keyboard(qtbot, form, phone="138041", source="")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    shown = form.errors.shown()
    assert shown["source"] == "Please choose the source."
    assert shown["caller_phone"].startswith('The phone number "138041" does not look like a mobile or landline')
    assert form.phone_edit.accessibleDescription() == shown["caller_phone"]
    assert store.calls.waiting() == []


def test_a_refusal_of_the_store_is_shown_in_english(language, make_form, qtbot, store, quick_hashes):
    store.users.create_first_admin("admin", "管理员 王磊", PASSWORD)
    squad = store.roster.add_squad("甘井子分队", actor=store.roster.audit.actor)
    leader = store.users.create("gjz", "王建国", PASSWORD, Role.LEADER, squad_id=squad, actor=store.audit.actor)
    store.sign_in(leader, PASSWORD)
    language("en")
    form = make_form()
    fill_by_keyboard(qtbot, form)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # (a leader may not keep call drafts either: the form says so with the same refusal)
    assert form.general_error.isVisible()
    assert form.general_error.text().endswith('Squad leader "王建国" may not log and verify calls. '
                                              'To do this, sign in with an account that may.')
    assert "无权" not in form.general_error.text()
    assert store.calls.waiting() == []
    # and in Chinese, the store's own words
    language("zh_CN")
    form.log_call()
    assert form.general_error.text().endswith("分队长“王建国”无权登记和核实来电。如需操作，请用有权限的账号登录。")


def test_the_attendance_note_follows_the_language(language, qtbot, demo_store):
    """The sentence that says what the attendance figures count from is the domain's own
    (``coverage_note``), in the window's language."""
    from wz_desktop.domain.attendance import coverage_note, period_text
    from wz_desktop.ui.attendance_page import AttendancePage

    language("en")
    page = AttendancePage(AppContext(demo_store))
    qtbot.addWidget(page)
    note = page.note_label.text()
    assert note.startswith("Member attendance is counted from attendance records (recorded since 2022-03)"), note
    assert "imported history has headcounts but no names" in note and not any("\u4e00" <= ch <= "\u9fff" for ch in note)
    assert message(period_text("2022-10-01", "2022-12-31")) == "2022-10-01 to 2022-12-31"
    assert message(period_text(None, None)) == "All"
    language("zh_CN")
    page.reload()
    c = demo_store.attendance.coverage()
    assert page.note_label.text() == coverage_note(c.first_named_day, c.first_task_day)
    assert page.note_label.text().startswith("人员出勤按考勤记录统计（自 2022-03 起有记录）")
