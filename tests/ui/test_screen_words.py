"""English complete: in English mode the main screens show no Chinese where a word of a vocabulary
stands (call sources, verification methods and results, statuses, kinds, roles, attendance,
districts): headers, labels, buttons, combos and the vocabulary columns of every table. What the team
typed (names, places, summaries, squad names) stays as it was written and is not looked at."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabBar,
)

CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")

# columns that show a word of a vocabulary, never what was typed (by their English header)
VOCABULARY_HEADERS = {"Source", "Kind", "Status", "Role", "Method", "Result", "Attendance", "Outcome", "Stage",
                      "Verification", "Origin", "Position"}  # a squad's area is typed: not here
# combos of what the team wrote: squads, members, years
DATA_COMBOS = re.compile(r"squad|member|year|leader|vehicle", re.IGNORECASE)


@pytest.fixture
def english(qapp):
    from wz_desktop.ui import app as app_module

    app_module.install_translations(qapp, "en")
    yield
    app_module.install_translations(qapp, "zh_CN")  # as every other test expects


def vocabulary_words() -> list[str]:
    """The stored (Chinese) words of every vocabulary, the longest first. In a label a word counts
    where it stands alone: 开发区 in the squad name 开发区分队 is part of a name."""
    from wz_desktop.domain.kinds import SHEET_NAMES
    from wz_desktop.domain.workflow import CALL_STATUS_WORDS, TASK_STATUS_WORDS
    from wz_desktop.ui.labels import vocabularies

    words = {w for table in vocabularies().values() for w in table}
    words |= set(SHEET_NAMES.values()) | set(CALL_STATUS_WORDS.values()) | set(TASK_STATUS_WORDS.values())
    return sorted(words, key=len, reverse=True)


def _visible(widget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.window().isVisible()


def chinese_on_screen(root) -> list[str]:
    """Where ``root`` (a page or a window) shows Chinese in a place that is not data."""
    found: list[str] = []
    words = vocabulary_words()
    for label in root.findChildren(QLabel):  # a label may quote what was typed: its vocabulary words only
        text = label.text()
        if _visible(label) and CJK.search(text):
            left = [w for w in words if re.search(rf"(?<![\u3400-\u9fff]){w}(?![\u3400-\u9fff])", text)]
            if left:
                found.append(f"label {label.objectName() or '?'}: {left}: {text[:80]}")
    for button in root.findChildren(QAbstractButton):
        if _visible(button) and CJK.search(button.text()) and not DATA_COMBOS.search(button.objectName() or ""):
            parent = button.parentWidget()
            if parent is not None and isinstance(parent.parentWidget(), QAbstractItemView):
                continue  # a check box in a list of squads or vehicles
            found.append(f"button: {button.text()}")
    for box in root.findChildren(QGroupBox):
        if _visible(box) and CJK.search(box.title()):
            found.append(f"group: {box.title()}")
    for bar in root.findChildren(QTabBar):
        for index in range(bar.count()):
            if _visible(bar) and CJK.search(bar.tabText(index)):
                found.append(f"tab: {bar.tabText(index)}")
    for combo in root.findChildren(QComboBox):
        if not _visible(combo) or combo.isEditable() or DATA_COMBOS.search(combo.objectName() or ""):
            continue
        items = [combo.itemText(i) for i in range(combo.count())]
        if any(CJK.search(item) for item in items) and not all(CJK.search(item) for item in items[1:]):
            # a vocabulary combo, where some words are English and some are not
            found.append(f"combo {combo.objectName() or '?'}: {[i for i in items if CJK.search(i)]}")
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not _visible(view) or model is None:
            continue
        try:
            columns = model.columnCount()
        except TypeError:  # a list model
            columns = 1
        for column in range(columns):
            header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            if CJK.search(header):
                found.append(f"header: {header}")
            if header not in VOCABULARY_HEADERS:
                continue
            for row in range(min(model.rowCount(), 60)):
                text = str(model.data(model.index(row, column)) or "")
                if CJK.search(text):
                    found.append(f"cell {header}: {text}")
                    break
    return found


def test_the_main_pages_show_no_chinese_words_in_english(english, demo_store, make_window, qtbot):
    from wz_desktop.demo import DEMO_PASSWORD, DEMO_SECRETARY

    demo_store.sign_in(DEMO_SECRETARY, DEMO_PASSWORD)
    window = make_window(demo_store)
    window.resize(1366, 768)
    problems = {}
    for key in ("desk", "calls", "tasks", "attendance", "stats", "roster"):
        window.show_page(key)
        page = window.page_widgets[key]
        tabs = getattr(page, "tabs", None)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            qtbot.wait(10)
            found = chinese_on_screen(page)
            if found:
                problems[f"{key}{f' tab {index}' if tabs is not None else ''}"] = found
    assert problems == {}


def test_a_call_in_english_reads_english(english, demo_store, make_window, qtbot):
    """The call form, and the dispatch form opened on a verified call: the call's line and the roles."""
    from wz_desktop.demo import DEMO_PASSWORD, DEMO_SECRETARY
    from wz_desktop.domain.records import CallStatus

    demo_store.sign_in(DEMO_SECRETARY, DEMO_PASSWORD)
    window = make_window(demo_store)
    form = window.new_call()
    qtbot.wait(10)
    assert chinese_on_screen(form.window()) == []
    form.window().close()
    verified = demo_store.calls.by_status(CallStatus.VERIFIED)
    if not verified:
        pytest.skip("the demo has no verified call")
    dispatch = window.dispatch_call(verified[0].id)
    qtbot.wait(10)
    squad = demo_store.roster.squad_by_name("甘井子分队")
    if squad.leader_id is not None and hasattr(dispatch, "add_member"):
        dispatch.add_member(squad.leader_id)
    problems = chinese_on_screen(dispatch.window())
    assert problems == []
    dispatch.window().close()


def test_the_review_form_reads_english(english, demo_store, make_window, qtbot):
    """Roles and attendance in the attendance table, the columns wide enough for their words."""
    from wz_desktop.demo import DEMO_ADMIN, DEMO_PASSWORD
    from wz_desktop.domain.records import TaskStatus
    from wz_desktop.ui.review_form import COL_ATTENDANCE, COL_ROLE

    demo_store.sign_in(DEMO_ADMIN, DEMO_PASSWORD)
    window = make_window(demo_store)
    task_id = demo_store.database.one("SELECT id FROM tasks WHERE status = ? AND id IN "
                                      "(SELECT task_id FROM task_members) ORDER BY id DESC LIMIT 1",
                                      (TaskStatus.RETURNED.value,))
    assert task_id is not None
    review = window.review_task(task_id)
    qtbot.wait(10)
    form = review.form
    assert form.table.rowCount() > 0
    assert chinese_on_screen(review) == []
    metrics = form.table.horizontalHeader().fontMetrics()
    for column in (COL_ROLE, COL_ATTENDANCE):
        header = form.table.horizontalHeaderItem(column).text()
        assert form.table.columnWidth(column) > metrics.horizontalAdvance(header), header
    review.close()


def test_the_file_dialog_is_chinese_in_chinese(qapp):
    """Qt's own Chinese leaves the file dialog's "Look in:" and "Files of type:" in English."""
    from PySide6.QtWidgets import QFileDialog

    from wz_desktop.ui import app as app_module

    app_module.install_translations(qapp, "zh_CN")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"].startswith("查找范围") and labels["fileTypeLabel"].startswith("文件类型"), labels
    dialog.deleteLater()


def test_a_members_position_reads_english_and_is_kept_as_written(english, demo_store, make_window, qtbot):
    from wz_desktop.demo import DEMO_ADMIN, DEMO_PASSWORD

    demo_store.sign_in(DEMO_ADMIN, DEMO_PASSWORD)
    window = make_window(demo_store)
    window.show_page("roster")
    leader = demo_store.roster.squad_by_name("甘井子分队").leader_id
    dialog = window.roster_page.open_member(leader)
    qtbot.wait(10)
    assert dialog.role_combo.currentText() == "Leader" and dialog.role() == "队长"
    assert chinese_on_screen(window.roster_page) == []
    dialog.close()

