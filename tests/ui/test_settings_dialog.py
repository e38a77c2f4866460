"""The settings dialog (issue 5, item 7) on a real store: each setting changed from the keyboard and
found where it is kept (this computer's settings, the database, the backup settings), errors beside
their field with nothing saved, Cancel keeping everything, the pattern closed to leaders and
secretaries, and the data location used at the next start."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.conftest import PASSWORD
from wz_desktop.domain.roles import Role
from wz_desktop.domain.workflow import DEFAULT_EVENT_NO_PATTERN
from wz_desktop.services import event_numbers
from wz_desktop.store import NotAllowed, backups
from wz_desktop.ui import app as app_module
from wz_desktop.ui import dialogs
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.settings import (
    DATABASE_KEY,
    LANGUAGE_KEY,
    configured_database,
    open_settings,
)
from wz_desktop.ui.settings_dialog import SettingsDialog, open_settings_dialog

YEAR = dt.date.today().year


pytestmark = pytest.mark.usefixtures("quick_hashes")


@pytest.fixture
def make_dialog(qtbot):
    def make(store):
        dialog = SettingsDialog(AppContext(store))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def replace_text(qtbot, edit, text: str) -> None:
    """Select what is in a field and type over it, as a person does."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(edit, text)


def press_ok(qtbot, dialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Return)


def nothing_saved(store) -> None:
    assert store.calls.event_no_pattern() == DEFAULT_EVENT_NO_PATTERN
    assert not backups.settings_path().exists()
    settings = open_settings()
    assert settings.value(DATABASE_KEY) is None
    assert settings.value(LANGUAGE_KEY) is None


def test_every_setting_changed_from_the_keyboard_is_stored(qtbot, make_dialog, store, tmp_path, dialog_log):
    (tmp_path / "team").mkdir()
    database = tmp_path / "team" / "wanzhong.db"
    copies = tmp_path / "copies" / "daily"  # not there yet: made
    dialog = make_dialog(store)
    assert dialog.pattern_edit.isEnabled()  # nobody signed in: the system may
    assert dialog.rights_note is None
    assert dialog.pattern_preview.text().startswith(f"WZ{YEAR}-0001")

    replace_text(qtbot, dialog.database_edit, str(database))
    replace_text(qtbot, dialog.pattern_edit, "DL{year}{seq:03d}")
    assert dialog.pattern_preview.text().startswith(f"DL{YEAR}001")  # the live preview
    assert dialog.pattern_error.isHidden()
    replace_text(qtbot, dialog.backup_folder_edit, str(copies))
    replace_text(qtbot, dialog.keep_daily_spin.lineEdit(), "30")
    replace_text(qtbot, dialog.keep_other_spin.lineEdit(), "5")
    dialog.language_combo.setFocus()
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)
    assert dialog.language() == "en"
    press_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.calls.event_no_pattern() == "DL{year}{seq:03d}"
    assert event_numbers.preview(store, YEAR) == f"DL{YEAR}001"
    saved = backups.load_settings()
    assert (saved.folder, saved.keep_daily, saved.keep_other) == (copies, 30, 5)
    assert copies.is_dir()
    assert store.database.backup_dir == copies  # the open store's copies go there now
    assert store.backup("manual").parent == copies
    settings = open_settings()
    assert settings.value(DATABASE_KEY) == str(database)
    assert settings.value(LANGUAGE_KEY) == "en"
    told = dialog_log.texts("show_info")
    assert told and "下次启动" in told[0] and "数据位置" in told[0] and "界面语言" in told[0]
    assert store.database.conn.execute("SELECT old, new FROM audit WHERE field = 'event_no_pattern'").fetchall() == [
        (None, "DL{year}{seq:03d}")]  # in the audit trail

    again = make_dialog(store)  # opened again: shows what is stored
    assert again.pattern_edit.text() == "DL{year}{seq:03d}"
    assert again.database_edit.text() == str(database)
    assert again.backup_folder_edit.text() == str(copies)
    assert (again.keep_daily_spin.value(), again.keep_other_spin.value()) == (30, 5)
    assert again.language() == "en"


def test_a_bad_pattern_is_refused_beside_the_field_and_nothing_is_saved(qtbot, make_dialog, store, dialog_log):
    dialog = make_dialog(store)
    dialog.language_combo.setCurrentIndex(1)
    replace_text(qtbot, dialog.keep_daily_spin.lineEdit(), "7")
    replace_text(qtbot, dialog.pattern_edit, "WZ-{seq}")
    assert dialog.pattern_error.isVisible()  # already while typing
    assert dialog.pattern_preview.text() == "—"
    press_ok(qtbot, dialog)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.pattern_error.isVisible()
    assert "{year}" in dialog.pattern_error.text() and "WZ-{seq}" in dialog.pattern_error.text()
    assert dialog.focusWidget() is dialog.pattern_edit
    nothing_saved(store)
    assert dialog_log.calls == []

    replace_text(qtbot, dialog.pattern_edit, "")  # blank: told too
    press_ok(qtbot, dialog)
    assert dialog.pattern_error.isVisible() and "请填写" in dialog.pattern_error.text()
    nothing_saved(store)


def test_cancel_changes_nothing(qtbot, make_dialog, store, tmp_path):
    dialog = make_dialog(store)
    replace_text(qtbot, dialog.database_edit, str(tmp_path / "other.db"))
    replace_text(qtbot, dialog.pattern_edit, "X{year}-{seq}")
    replace_text(qtbot, dialog.backup_folder_edit, str(tmp_path / "elsewhere"))
    replace_text(qtbot, dialog.keep_other_spin.lineEdit(), "99")
    dialog.language_combo.setCurrentIndex(1)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    nothing_saved(store)
    assert not (tmp_path / "elsewhere").exists()


def test_a_backup_folder_that_cannot_be_made_is_refused_beside_the_field(qtbot, make_dialog, store, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    dialog = make_dialog(store)
    dialog.language_combo.setCurrentIndex(1)
    replace_text(qtbot, dialog.backup_folder_edit, str(blocker / "backups"))
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.backup_folder_error.isVisible() and "无法在" in dialog.backup_folder_error.text()
    nothing_saved(store)

    replace_text(qtbot, dialog.backup_folder_edit, str(blocker))  # a file, not a folder
    press_ok(qtbot, dialog)
    assert "不是文件夹" in dialog.backup_folder_error.text()
    nothing_saved(store)

    replace_text(qtbot, dialog.backup_folder_edit, "relative/folder")
    press_ok(qtbot, dialog)
    assert "完整" in dialog.backup_folder_error.text()
    nothing_saved(store)


def test_rotation_counts_outside_1_to_365_never_reach_the_backup_settings(qtbot, make_dialog, store):
    dialog = make_dialog(store)
    replace_text(qtbot, dialog.keep_daily_spin.lineEdit(), "999")  # the third 9 is not taken: 99
    replace_text(qtbot, dialog.keep_other_spin.lineEdit(), "0")  # no count of copies: what was there stays
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    saved = backups.load_settings()
    assert (saved.keep_daily, saved.keep_other) == (99, backups.DEFAULT_KEEP_OTHER)


def test_a_bad_data_location_is_refused_beside_the_field(qtbot, make_dialog, store, tmp_path):
    dialog = make_dialog(store)
    replace_text(qtbot, dialog.database_edit, str(tmp_path))  # a folder
    press_ok(qtbot, dialog)
    assert dialog.database_error.isVisible() and "文件夹" in dialog.database_error.text()
    text_file = tmp_path / "notes.db"
    text_file.write_text("hello", encoding="utf-8")
    replace_text(qtbot, dialog.database_edit, str(text_file))
    press_ok(qtbot, dialog)
    assert "不是万众救援台的数据库" in dialog.database_error.text()
    replace_text(qtbot, dialog.database_edit, str(tmp_path / "missing" / "x.db"))
    press_ok(qtbot, dialog)
    assert "不存在" in dialog.database_error.text()
    nothing_saved(store)
    replace_text(qtbot, dialog.database_edit, str(store.path))  # an existing database: fine
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert configured_database() == store.path


def test_the_data_location_is_opened_at_the_next_start(qtbot, make_dialog, store, tmp_path, app_home):
    from wz_desktop.config import paths

    assert app_module.database_path() == paths().default_db  # nothing chosen: the default
    chosen = tmp_path / "team.db"
    dialog = make_dialog(store)
    replace_text(qtbot, dialog.database_edit, str(chosen))
    press_ok(qtbot, dialog)
    assert app_module.database_path() == chosen
    assert app_module.database_path(tmp_path / "given.db") == tmp_path / "given.db"  # --db wins
    assert app_module.database_path(None, demo=True) == paths().demo_db

    again = make_dialog(store)  # emptied: back to the default
    replace_text(qtbot, again.database_edit, "")
    press_ok(qtbot, again)
    assert app_module.database_path() == paths().default_db


def test_run_app_opens_the_configured_database(monkeypatch, tmp_path):
    """run_app itself picks the path through database_path (the window isn't started here)."""
    chosen = tmp_path / "chosen.db"
    settings = open_settings()
    settings.setValue(DATABASE_KEY, str(chosen))
    settings.sync()
    seen = []
    monkeypatch.setattr(app_module, "take_lock", lambda path: seen.append(path))  # None: run_app stops there
    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)
    monkeypatch.setattr(app_module, "setup_logging", lambda: None)
    assert app_module.run_app() == app_module.EXIT_FAILED
    assert seen == [chosen]


@pytest.mark.parametrize("role", [Role.SECRETARY, Role.LEADER])
def test_a_leader_or_secretary_cannot_change_the_pattern(qtbot, make_dialog, store, role):
    store.users.create_first_admin("admin", "管理员 王磊", PASSWORD)
    squad = store.roster.add_squad("甘井子分队", actor=store.roster.audit.actor)
    user = store.users.create("who", "张 某", PASSWORD, role, squad if role == Role.LEADER else None, actor=store.audit.actor)
    store.sign_in(user, PASSWORD)
    assert not store.may("settings")

    dialog = make_dialog(store)
    for widget in (dialog.pattern_edit, dialog.backup_folder_edit, dialog.backup_browse_button,
                   dialog.keep_daily_spin, dialog.keep_other_spin):
        assert not widget.isEnabled()
    assert dialog.rights_note is not None and dialog.rights_note.isVisible()
    assert "管理员" in dialog.rights_note.text() and "张 某" in dialog.rights_note.text()
    assert dialog.language_combo.isEnabled() and dialog.database_edit.isEnabled()

    dialog.pattern_edit.setText("HACK{year}{seq}")  # even if the field were changed somehow …
    dialog.language_combo.setCurrentIndex(1)
    press_ok(qtbot, dialog)
    assert store.calls.event_no_pattern() == DEFAULT_EVENT_NO_PATTERN  # … the pattern isn't written
    assert open_settings().value(LANGUAGE_KEY) == "en"  # a personal choice: anyone
    assert not backups.settings_path().exists()

    with pytest.raises(NotAllowed):  # and the store refuses it anyway
        store.calls.set_event_no_pattern("HACK{year}{seq}", actor=store.audit.actor)


def test_an_administrator_signed_in_may_change_the_pattern(qtbot, make_dialog, store):
    admin = store.users.create_first_admin("admin", "管理员 王磊", PASSWORD)
    store.sign_in(admin, PASSWORD)
    dialog = make_dialog(store)
    assert dialog.pattern_edit.isEnabled() and dialog.rights_note is None
    replace_text(qtbot, dialog.pattern_edit, "{year}{seq:04d}")
    press_ok(qtbot, dialog)
    assert store.calls.event_no_pattern() == "{year}{seq:04d}"


def test_the_log_file_is_shown_with_a_button_for_its_folder(qtbot, make_dialog, store, monkeypatch, app_home):
    from wz_desktop.logs import log_file

    opened = []
    monkeypatch.setattr(dialogs, "open_folder", lambda folder: opened.append(Path(folder)) or True)
    dialog = make_dialog(store)
    assert dialog.log_label.text() == str(log_file())
    assert str(app_home) in dialog.log_label.text()
    qtbot.mouseClick(dialog.open_log_button, Qt.MouseButton.LeftButton)
    assert opened == [log_file().parent]
    assert dialog.isVisible()  # the button doesn't close the dialog


def test_open_settings_dialog_shows_it_without_waiting(qtbot, store):
    context = AppContext(store)
    dialog = open_settings_dialog(context, None)
    try:
        assert isinstance(dialog, SettingsDialog)
        assert dialog.isVisible() and dialog.isModal()
        assert dialog.windowTitle() == "设置"
    finally:
        dialog.reject()
