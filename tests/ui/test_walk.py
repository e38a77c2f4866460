"""What a night's walk through the window found, each fixed as a secretary would notice it."""
from __future__ import annotations

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QLabel

from wz_desktop.domain.roles import Actor
from wz_desktop.domain.workflow import Call
from wz_desktop.ui.call_form import CallForm
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.settings import save_folder
from wz_desktop.ui.settings_dialog import SettingsDialog

DESK = Actor("值班秘书甲")  # who logs and verifies the calls here (nobody is signed in)


def test_every_alt_key_label_of_the_settings_has_a_buddy(qtbot, store):
    dialog = SettingsDialog(AppContext(store))
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label for label in dialog.findChildren(QLabel) if "(&" in label.text()]
    assert len(labels) >= 5
    assert [label.text() for label in labels if label.buddy() is None] == []
    language = next(label for label in labels if label.text().startswith("语言"))
    assert language.buddy() is dialog.language_combo


def test_the_lists_count_stays_on_the_task_list(window):
    window.task_page.search_edit.setText("老人走失")
    window.task_page.reload()
    assert "列出" in window.total_label.text()
    window.show_page("desk")
    assert window.total_label.text() == "任务 450 条"
    window.show_page("tasks")
    assert "列出" in window.total_label.text()


def test_a_new_database_opens_on_the_desk(make_window, store, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("MainWindow/page", "roster")  # the page last used on another database
    settings.setValue("MainWindow/page_db", str(tmp_path / "other.db"))
    from wz_desktop.ui.main_window import MainWindow

    window = MainWindow(AppContext(store, settings))
    assert window.current_page_key() == "desk"
    window.show_page("stats")
    window.save_settings()
    again = MainWindow(AppContext(store, settings))  # the same database: the page last used
    assert again.current_page_key() == "stats"
    for w in (window, again):
        w.close()
        w.deleteLater()


def test_the_proposed_folder_exists(monkeypatch, tmp_path):
    documents = tmp_path / "home" / "Documents"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda *_: str(documents))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("Paths/export_dir", str(tmp_path / "gone"))  # removed since
    assert save_folder(settings, "Paths/export_dir") == str(documents) and documents.is_dir()
    settings.setValue("Paths/export_dir", str(tmp_path))
    assert save_folder(settings, "Paths/export_dir") == str(tmp_path)


def test_call_form_drops_the_last_calls_verify_button_and_offers_a_kept_draft(qtbot, window, filled_store):
    store = filled_store
    draft = Call(received_at="2026-12-04 02:10", source="家属", caller_name="于女士", place="泉水K2区")
    store.calls.save_draft(draft)
    form = window.calls_page.new_call()  # Ctrl+N
    assert isinstance(form, CallForm) and form.draft_offer.isVisible()
    assert "于女士" in form.draft_offer_label.text()
    qtbot.mouseClick(form.resume_button, Qt.MouseButton.LeftButton)
    assert form.call_id == draft.id and form.caller_edit.text() == "于女士"
    assert not form.draft_offer.isVisible()
    # a draft open in one window is not offered in the next
    other = window.calls_page.new_call()
    assert not other.draft_offer.isVisible()
    # logged: 核实 names the call; typing the next call takes it away
    form.phone_edit.setText("13942615870")
    form.description_edit.setPlainText("82岁父亲出门未归")
    call_id = form.log_call()
    assert call_id == draft.id and form.verify_button.isVisible()
    assert f"#{call_id}" in form.verify_button.text()
    qtbot.keyClicks(form.caller_edit, "Li")
    assert not form.verify_button.isVisible()


def test_vocabularies_in_english_keep_their_pinyin_keys(qtbot, qapp, store):
    from wz_desktop.ui import app as app_module
    from wz_desktop.ui.labels import word

    app_module.install_translations(qapp, "en")
    try:
        assert word("家属") == "Family" and word("回拨信息来源") == "Called the source back"
        assert word("找到平安") == "Found safe" and word("出勤", "attendance") == "Present"
        assert word("某个旧工作簿里的词") == "某个旧工作簿里的词"  # not in a vocabulary: as it is
        form = CallForm(AppContext(store))
        qtbot.addWidget(form)
        texts = [form.source_combo.itemText(i) for i in range(form.source_combo.count())]
        assert "Family" in texts and "110 Command Centre" in texts
        assert form.source_combo.search("js") and form.source_combo.currentData() == "家属"  # 家属 by pinyin
        assert form.district_combo.search("gjzq") and form.district_combo.currentText() == "Ganjingzi"
        assert app_module._t("，") == ", "  # the second window's message: no Chinese comma
    finally:
        app_module.install_translations(qapp, "zh_CN")
    assert word("家属") == "家属"


def test_f1_opens_the_guide_and_the_shortcuts(qtbot, window, qapp):
    from wz_desktop.ui import app as app_module

    help_menu = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert len(help_menu) >= 3 and help_menu[-1].startswith("关于")
    form = window.new_call()  # F1 works from a record's window too
    qtbot.waitExposed(form.window())
    form.window().activateWindow()
    qtbot.waitUntil(lambda: qapp.activeWindow() is form.window())
    qtbot.keyClick(form.window(), Qt.Key.Key_F1)
    dialog = window._help_dialog
    assert dialog.isVisible() and "Ctrl+N" in dialog.guide.toPlainText() and "接龙" in dialog.guide.toPlainText()
    shortcuts = dialog.shortcuts.toPlainText()
    assert "Ctrl+I" in shortcuts and "导入工作簿" in shortcuts and "F5" in shortcuts
    dialog.close()
    app_module.install_translations(qapp, "en")
    try:
        from wz_desktop.ui.help_dialog import HelpDialog

        english = HelpDialog(window.actions(), "en")
        qtbot.addWidget(english)
        assert "night shift" in english.guide.toPlainText() and "Pinyin initials" in english.shortcuts.toPlainText()
    finally:
        app_module.install_translations(qapp, "zh_CN")


def test_calls_page_finds_a_repeat_caller_and_the_form_recognises_the_number(qtbot, window, filled_store):
    import datetime as dt

    store = filled_store
    first = store.calls.log(Call(received_at="2026-11-03 21:40", source="家属", caller_name="于女士",
                                 caller_phone="139-4261-5870", district="甘井子区", place="泉水K2区",
                                 description="82岁父亲出门未归"), DESK, now=dt.datetime(2026, 11, 3, 22, 0))
    window.show_page("calls")
    window.search_action.trigger()  # Ctrl+F on the calls page: its own search
    page = window.calls_page
    assert page.search_edit.hasFocus()
    qtbot.keyClicks(page.search_edit, "4261 5870")
    assert [c.id for c in page.model._calls] == [first] and "找到 1 条" in page.count_label.text()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)
    assert page.search_edit.text() == ""

    form = window.calls_page.new_call()
    qtbot.keyClicks(form.phone_edit, "13942615870")
    assert form.caller_seen_label.isVisible()
    assert f"#{first}" in form.caller_seen_label.text() and "于女士" in form.caller_seen_label.text()
    assert form.caller_edit.placeholderText() == "于女士"
    form.phone_edit.setText("13800000000")
    assert not form.caller_seen_label.isVisible()


def test_charts_greyed_dates_say_what_the_period_covers(qtbot, window):
    page = window.charts_page
    assert page.period_combo.currentIndex() == 0  # 全部
    assert not page.since_edit.isEnabled()
    assert page.since_edit.date().year() != 2000
    first, last = page._span()
    assert page.since_edit.date().toPython() == first and page.until_edit.date().toPython() == last


def _alt_labels(dialog):
    return [label for label in dialog.findChildren(QLabel) if "(&" in label.text()]


def test_every_alt_key_label_of_the_save_dialogs_has_a_buddy_and_alt_moves_there(qtbot, qapp, tmp_path):
    from wz_desktop.ui.export_dialog import ExportDialog
    from wz_desktop.ui.report_dialog import ReportDialog
    from wz_desktop.ui.share_review import DatasetDialog

    export = ExportDialog([(2023, 210)], str(tmp_path))
    report = ReportDialog([2023], str(tmp_path))
    dataset = DatasetDialog(str(tmp_path))
    for dialog, least in ((export, 2), (report, 3), (dataset, 3)):
        qtbot.addWidget(dialog)
        dialog.show()
        labels = _alt_labels(dialog)
        assert len(labels) >= least
        # a label with a buddy draws its "&F" as an underlined F; without one the "&" shows as it is
        assert [label.text() for label in labels if label.buddy() is None] == []
    save_to = next(label for label in _alt_labels(export) if label.text().startswith("保存到"))
    assert save_to.buddy() is export.path_edit
    folder = next(label for label in _alt_labels(dataset) if label.text().startswith("文件夹"))
    assert folder.buddy() is dataset.folder_edit
    export.activateWindow()
    qtbot.waitUntil(lambda: qapp.activeWindow() is export)
    export.year_combo.setFocus()
    qtbot.keyClick(export, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: export.path_edit.hasFocus())


def test_the_dispatch_window_opens_whole_on_the_screen(window, filled_store):
    form = window.direct_dispatch()
    screen = window.screen().availableGeometry()
    frame = form.frameGeometry()
    assert screen.contains(form.geometry()) and frame.top() >= screen.top()
    assert form.height() <= 720 and form.width() <= 1120
    form.close()
