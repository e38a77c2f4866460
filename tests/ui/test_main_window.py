"""The main window driven like a person would: filters, search, sort, keys, the detail, settings."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from wz_desktop.ui.task_list import SEARCH_DELAY_MS
from wz_desktop.ui.task_model import NEEDS_REVIEW_ROLE, Column

from .conftest import type_text


def _page(window):
    return window.task_page


def test_window_title_menus_status_bar(window, filled_store):
    assert window.windowTitle() == "万众救援台 — test.db"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "工作(&W)", "用户(&U)", "查看(&V)", "帮助(&H)"]
    file_actions = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert file_actions[:3] == ["导入工作簿(&I)…", "导出年度工作簿(&E)…", "生成报告(&R)…"]
    assert file_actions[-1] == "退出(&Q)"
    work_actions = [a.text() for a in window.work_menu.actions() if not a.isSeparator()]
    assert work_actions == ["新来电(&N)…", "直接出队(&D)…", "走失人员案件(&M)…"]
    assert window.new_call_action.shortcut() == QKeySequence("Ctrl+N")
    assert window.new_call_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    assert window.import_action.shortcut() == QKeySequence("Ctrl+I")
    assert window.export_action.shortcut() == QKeySequence("Ctrl+E")
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.refresh_action.shortcut() == QKeySequence("F5")
    assert window.search_action.shortcut() == QKeySequence("Ctrl+F")
    assert str(filled_store.path) in window.db_label.text()
    assert window.total_label.text() == "任务 450 条"
    assert _page(window).count_label.text() == "共 450 条"
    assert _page(window).table.model().rowCount() == 450


def test_year_and_kind_filters(window, qtbot):
    page = _page(window)
    years = [page.year_combo.itemText(i) for i in range(page.year_combo.count())]
    assert years == ["全部年份", "2022 年（225 条）", "2021 年（225 条）"]
    kinds = [page.kind_combo.itemText(i) for i in range(page.kind_combo.count())]
    assert kinds == ["全部类别", "水上救援", "城市搜救", "山地救援", "培训保障", "疫情防控", "队伍整备与设备保养"]

    page.year_combo.setCurrentIndex(2)  # 2021
    assert page.model.rowCount() == 225
    assert page.count_label.text() == "共 225 条"
    assert window.total_label.text() == "任务 450 条（列出 225 条）"
    page.kind_combo.setCurrentIndex(1)  # 水上救援: the even tasks, all in 2021
    assert page.model.rowCount() == 75
    page.year_combo.setCurrentIndex(1)  # 2022 has no water rescue in the made-up data
    assert page.model.rowCount() == 0
    assert page.count_label.text() == "共 0 条"
    page.review_check.setChecked(True)
    page.year_combo.setCurrentIndex(0)
    assert page.model.rowCount() == sum(1 for i in range(0, 450, 7) if i % 6 == 0)


def test_search_box_is_debounced_and_esc_clears_it(window, qtbot):
    page = _page(window)
    window.activateWindow()
    window.search_action.trigger()  # Ctrl+F
    assert page.search_edit.hasFocus()
    fetched = page.model.pages_fetched
    type_text(qtbot, page.search_edit, "大黑山")
    # nothing happens while typing: the list waits for a pause
    assert page.model.rowCount() == 450
    assert page.search_timer.isActive()
    qtbot.waitUntil(lambda: page.model.rowCount() == 75, timeout=SEARCH_DELAY_MS * 8)
    assert page.count_label.text() == "共 75 条"
    assert all("大黑山" in page.model.display_text(r, Column.SUMMARY) for r in range(75))
    assert page.model.pages_fetched >= fetched

    type_text(qtbot, page.search_edit, " 甘井子")  # several words: all must match
    qtbot.waitUntil(lambda: page.model.rowCount() < 75, timeout=SEARCH_DELAY_MS * 8)
    assert all("甘井子" in page.model.display_text(r, Column.SQUADS) for r in range(page.model.rowCount()))

    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)
    assert page.search_edit.text() == ""
    assert page.model.rowCount() == 450  # cleared: at once, no waiting


def test_enter_in_search_box_searches_at_once(window, qtbot):
    page = _page(window)
    qtbot.keyClicks(page.search_edit, "WZ2021-0003")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1


def test_departure_header_toggles_sort(window, qtbot):
    page = _page(window)
    header = page.table.horizontalHeader()
    first = page.model.display_text(0, Column.DEPARTURE)
    assert header.sortIndicatorSection() == Column.DEPARTURE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def click(column):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click(Column.DEPARTURE)
    assert not page.model.descending
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    ascending_first = page.model.display_text(0, Column.DEPARTURE)
    assert ascending_first < first
    assert page.model.display_text(449, Column.DEPARTURE) == first

    click(Column.SUMMARY)  # other columns do not sort, and the arrow stays on the departure
    assert header.sortIndicatorSection() == Column.DEPARTURE
    assert not page.model.descending
    assert page.model.display_text(0, Column.DEPARTURE) == ascending_first

    click(Column.DEPARTURE)
    assert page.model.descending
    assert page.model.display_text(0, Column.DEPARTURE) == first


def test_detail_opens_on_double_click_and_enter(window, qtbot, filled_store):
    page = _page(window)
    table = page.table
    rect = table.visualRect(page.model.index(2, Column.SUMMARY))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    task_id = page.current_task_id()
    task = filled_store.tasks.get(task_id)
    assert task.summary in page.preview.toPlainText()  # the preview follows the current row
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = window.records[("task", task_id)]  # the task's page, in a window of its own
    assert dialog is not None and dialog.isVisible()
    text = dialog.page.text()
    for value in (task.event_no, task.summary, task.squads, "出队时间", "出队人数", "分队"):
        assert value in text
    dialog.close()

    # a task to review: the workbook's original text is shown beside the value
    row = next(r for r in range(450) if page.model.data(page.model.index(r, 0), NEEDS_REVIEW_ROLE))
    page.select_row(row)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = window.records[("task", page.current_task_id())]
    assert dialog.isVisible()
    text = dialog.page.text()
    assert "待复核" in text and "出队人数原文\n七八人" in text
    dialog.close()


def test_detail_shows_flags(make_window, store, qtbot):
    from wz_desktop.domain.kinds import TaskKind
    from wz_desktop.domain.records import Task

    from .conftest import fill

    fill(store, [Task(kind=TaskKind.MOUNTAIN, summary="夜间山地搜救", departure=None, departure_raw="某日晚上",
                      year=2021, needs_review=True, import_sheet="山地救援", import_row=12)],
         flags={0: [("departure", "raw_value", "某日晚上", "无法识别的出队时间")]})
    window = make_window(store)
    dialog = window.task_page.open_task(window.task_page.model.task_id(0))
    text = dialog.page.text()
    assert "无法识别、保留原文的值" in text and "某日晚上" in text and "无法识别的出队时间" in text
    assert "工作表“山地救援” 第 12 行" in text
    dialog.close()


def test_copy_selected_rows(window, qtbot):
    page = _page(window)
    page.select_row(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QApplication.clipboard().text()
    assert text.split("\t")[0] == page.model.display_text(0, Column.EVENT_NO)


def test_refresh_reads_new_tasks(window, filled_store):
    from .conftest import fill, make_tasks

    fill(filled_store, make_tasks(10, years=(2023,)))  # the store tells the window at once
    assert window.task_page.model.rowCount() == 460
    window.refresh_action.trigger()  # F5 reads it all again
    assert window.task_page.model.rowCount() == 460
    assert window.task_page.year_combo.itemText(1) == "2023 年（10 条）"
    assert window.total_label.text() == "任务 460 条"


def test_about(window, dialog_log):
    window.about_action.trigger()
    assert dialog_log.names() == ["show_about"]
    assert "万众救援台" in dialog_log.texts("show_about")[0]


def test_settings_persist_between_windows(make_window, filled_store, app_home, qtbot):
    first = make_window(filled_store)
    page = first.task_page
    header = page.table.horizontalHeader()
    header.resizeSection(Column.SQUADS, 222)
    page.set_descending(False)
    first.resize(720, 540)  # within the offscreen screen (800x600)
    QApplication.processEvents()
    page.splitter.setSizes([300, 200])
    sizes = page.splitter.sizes()
    first.close()
    assert (app_home / "settings.ini").exists()

    second = make_window(filled_store)
    page2 = second.task_page
    assert page2.table.horizontalHeader().sectionSize(Column.SQUADS) == 222
    assert not page2.model.descending
    assert page2.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert page2.splitter.sizes() == sizes
    assert (second.size().width(), second.size().height()) == (720, 540)


def test_keyboard_shortcuts_reach_the_actions(window, qtbot, dialog_log):
    page = _page(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert dialog_log.names() == ["ask_open_workbooks"]  # the import's file dialog (cancelled)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert dialog_log.names() == ["ask_open_workbooks", "ask_export_target"]
    refreshed = []
    page.model.modelReset.connect(lambda: refreshed.append(True))
    qtbot.keyClick(page.search_edit, Qt.Key.Key_F5)
    assert refreshed


def test_navigation_pages_by_keyboard_and_remembered(make_window, filled_store, qtbot):
    from wz_desktop.ui.main_window import NAV_PAGES

    window = make_window(filled_store)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.current_page_key() == "desk"
    for number, key in enumerate(NAV_PAGES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key
        assert window.pages.currentWidget() is window.page_widgets[key]
        assert window.nav.currentRow() == number - 1
    texts = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert texts[NAV_PAGES.index("tasks")].startswith("任务") and "统计" in texts
    window.show_page("stats")
    window.save_settings()
    again = make_window(filled_store)
    assert again.current_page_key() == "stats"  # the page shown last time


def test_backup_from_the_file_menu(window, filled_store, dialog_log):
    from wz_desktop.store import backups

    before = backups.list_backups(filled_store.database.backup_dir)
    window.backup_action.trigger()
    after = backups.list_backups(filled_store.database.backup_dir)
    assert len(after) == len(before) + 1
    newest = max(after, key=lambda b: b.taken_at)
    assert newest.preview.tasks == 450 and newest.preview.ok
    assert window.backup_label.text().startswith("最近备份：")


def test_settings_from_the_file_menu(window, qtbot):
    from wz_desktop.ui.settings_dialog import SettingsDialog

    dialog = window.open_settings()
    qtbot.waitUntil(dialog.isVisible)
    assert isinstance(dialog, SettingsDialog)
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    dialog.reject()
