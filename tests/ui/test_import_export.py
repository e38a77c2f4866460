"""Import and export through the File menu, in the background worker, on a real database."""
from __future__ import annotations

import json

import openpyxl
from PySide6.QtCore import Qt, QTimer
import pytest

from wz_desktop.domain.kinds import KIND_ORDER

from .conftest import SAMPLES

SAMPLE_2021 = SAMPLES / "2021年救援任务统计.xlsx"
WAIT_MS = 30000


@pytest.fixture
def empty_window(make_window, store):
    return make_window(store)


def test_import_through_the_menu(empty_window, qtbot, dialog_log, tmp_path, store):
    window = empty_window
    page = window.task_page
    assert page.model.rowCount() == 0
    dialog_log.answers["ask_open_workbooks"] = [str(SAMPLE_2021)]
    with qtbot.waitSignal(window.import_done, timeout=WAIT_MS) as blocker:
        window.import_action.trigger()
        assert window.background is not None and window.background.running
        assert not window.import_action.isEnabled()  # one long job at a time
    reports = blocker.args[0]
    assert [r.ok for r in reports] == [True]
    assert reports[0].added == 1534

    # the list and the year filter show the new tasks
    assert page.model.rowCount() == 1534
    assert page.count_label.text() == "共 1,534 条"
    assert window.total_label.text() == "任务 1,534 条"
    assert page.year_combo.itemText(1) == "2021 年（1534 条）"
    assert window.import_action.isEnabled()
    assert store.tasks.total() == 1534

    # the report dialog: each file's summary and the details, readable and saveable
    dialog = window.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "导入完成"
    text = dialog.text()
    assert "2021年救援任务统计.xlsx" in text and "新增 1534 条" in text and "读取 1534 行任务" in text
    target = tmp_path / "report.json"
    dialog_log.answers["ask_save_file"] = str(target)
    assert dialog.save_json() == target
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["files"][0]["added"] == 1534
    dialog.close()
    assert dialog_log.names() == ["ask_open_workbooks", "ask_save_file"]  # no error box anywhere


def _refused_through_the_menu(window, qtbot, dialog_log, path):
    """Import ``path`` through the File menu; it is refused: the report window, titled so."""
    dialog_log.answers["ask_open_workbooks"] = [str(path)]
    with qtbot.waitSignal(window.import_done, timeout=WAIT_MS) as blocker:
        window.import_action.trigger()
    assert [r.ok for r in blocker.args[0]] == [False]
    dialog = window.report_dialog
    assert dialog.windowTitle() == "导入失败"
    return dialog


def test_a_bad_file_is_refused_in_chinese_and_changes_nothing(window, qtbot, dialog_log, tmp_path, filled_store):
    bad = tmp_path / "不是工作簿.xlsx"
    bad.write_text("这只是一个改了扩展名的文本文件", encoding="utf-8")
    dialog = _refused_through_the_menu(window, qtbot, dialog_log, bad)
    text = dialog.text()
    assert "不是工作簿.xlsx" in text and "未导入" in text and "没有任何改动" in text
    assert filled_store.tasks.total() == 450
    assert window.task_page.model.rowCount() == 450


def test_a_damaged_ods_is_refused_in_words_with_the_technical_reason_in_the_details_only(
        window, qtbot, dialog_log, tmp_path, filled_store):
    """An .ods whose content.xml breaks off inside a table (a copy not finished, then zipped again):
    calamine once spun on such a file for ever; the window says in Chinese what is wrong and what to
    do, the parser's English reason only in the details, and the desk's 450 tasks are as they were."""
    import zipfile

    from test_hostile_files import MANIFEST, ODS_HEAD, ods_task_table

    trailing = ('<table:table-row table:number-rows-repeated="1048574"><table:table-cell '
                'table:number-columns-repeated="16384"/></table:table-row>')
    content = ODS_HEAD + ods_task_table(extra_rows=trailing)
    bad = tmp_path / "2022年（损坏）.ods"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", MANIFEST)
        z.writestr("content.xml", content[: content.rindex("</table:table>") + len("</table:tab")])
    dialog = _refused_through_the_menu(window, qtbot, dialog_log, bad)
    shown = "\n".join([dialog.headline.text(), dialog.below.text(), dialog.summary.text()])
    assert "2022年（损坏）.ods" in shown and "已损坏" in shown and "请" in shown, shown
    assert "content.xml" not in shown and "error" not in shown.lower(), shown  # no English in the words
    details = dialog.details.toPlainText()
    assert "技术细节" in details and "content.xml" in details, details
    assert filled_store.tasks.total() == 450
    assert window.task_page.model.rowCount() == 450
    assert window.import_action.isEnabled()


def test_cancel_in_the_file_dialog_does_nothing(window, dialog_log):
    window.import_action.trigger()
    assert window.background is None
    assert dialog_log.names() == ["ask_open_workbooks"]


def test_export_through_the_menu(window, qtbot, dialog_log, tmp_path):
    target = tmp_path / "2021年救援任务统计.xlsx"
    asked = {}

    def choose(parent, years, directory):
        asked["years"] = years
        return 2021, target

    dialog_log.answers["ask_export_target"] = choose
    with qtbot.waitSignal(window.export_done, timeout=WAIT_MS) as blocker:
        window.export_action.trigger()
    ok, message = blocker.args
    assert ok, message
    assert asked["years"] == [(2022, 225), (2021, 225)]  # newest first: the default
    assert target.exists()
    workbook = openpyxl.load_workbook(target, read_only=True)
    assert workbook.sheetnames == [kind.sheet_name for kind in KIND_ORDER]
    rows = sum(ws.max_row - 1 for ws in workbook.worksheets)
    workbook.close()
    assert rows == 225
    assert dialog_log.names() == ["ask_export_target", "show_export_done"]
    done_text = dialog_log.texts("show_export_done")[0]
    assert "已导出 2021 年的 225 条任务" in done_text and str(target) in done_text
    assert window.settings.value("Paths/export_dir") == str(tmp_path)


def test_export_error_is_shown_in_chinese(window, qtbot, dialog_log, tmp_path):
    target = tmp_path / "没有这个文件夹" / "2021年救援任务统计.xlsx"
    dialog_log.answers["ask_export_target"] = (2021, target)
    with qtbot.waitSignal(window.export_done, timeout=WAIT_MS) as blocker:
        window.export_action.trigger()
    assert blocker.args[0] is False
    assert dialog_log.names() == ["ask_export_target", "show_error"]
    error = dialog_log.texts("show_error")[0]
    assert "导出失败" in error and "不存在" in error
    assert not target.exists()


def test_export_with_an_empty_database_says_so(empty_window, dialog_log):
    empty_window.export_action.trigger()
    assert dialog_log.names() == ["show_info"]
    assert "还没有任务" in dialog_log.texts("show_info")[0]


def test_export_dialog_defaults(qtbot, tmp_path, dialog_log):
    from wz_desktop.ui.export_dialog import ExportDialog

    dialog = ExportDialog([(2023, 210), (2022, 1600), (2021, 1534)], str(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.year() == 2023
    assert dialog.path() == tmp_path / "2023年救援任务统计.xlsx"
    dialog.year_combo.setCurrentIndex(2)
    assert dialog.year() == 2021
    assert dialog.path() == tmp_path / "2021年救援任务统计.xlsx"  # the default name follows the year

    dialog.path_edit.setText(str(tmp_path / "nowhere" / "x.xlsx"))
    assert not dialog.validate()
    assert dialog.error_label.isVisibleTo(dialog) and "不存在" in dialog.error_label.text()

    existing = tmp_path / "old.xlsx"
    existing.write_bytes(b"")
    dialog.path_edit.setText(str(existing))
    assert not dialog.validate()  # the 'user' said no to replacing it
    assert dialog_log.names() == ["ask_yes_no"]
    dialog_log.answers["ask_yes_no"] = True
    assert dialog.validate()

    dialog.path_edit.setText(str(tmp_path / "named"))
    assert dialog.validate()
    assert dialog.path() == tmp_path / "named.xlsx"


def test_a_workbook_dropped_on_the_window_is_imported(empty_window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    window = empty_window
    assert "导入工作簿" in window.task_page.preview.placeholderText()  # the empty list says what to do
    note = tmp_path / "说明.txt"
    note.write_text("不是工作簿", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE_2021)), QUrl.fromLocalFile(str(note))])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.import_done, timeout=WAIT_MS) as blocker:
        window.dropEvent(event)
    assert [r.file for r in blocker.args[0]] == [SAMPLE_2021.name]  # only the workbook
    assert window.task_page.model.rowCount() == 1534
    window.report_dialog.close()


def test_anonymised_export_from_the_window(make_window, store, qtbot, dialog_log, tmp_path):
    """The export form's 匿名导出 box: the same workbook, with names and phone numbers masked."""
    from wz_desktop.domain.kinds import TaskKind
    from wz_desktop.domain.records import Task
    from wz_desktop.ui.export_dialog import ExportDialog

    from .conftest import fill

    fill(store, [Task(kind=TaskKind.URBAN, event_no="WZ2022-0007", year=2022, departure="2022-03-05 19:30",
                      summary="金州区老人王秀英走失，家属蔡女士（电话13804112233）求助", headcount=6, vehicles=2,
                      squads="金州分队", remarks="已找到，交家属李建国")])
    window = make_window(store)
    # the form: ticking the box names the file for what it is
    form = ExportDialog([(2022, 1)], str(tmp_path))
    qtbot.addWidget(form)
    assert form.path().name == "2022年救援任务统计.xlsx" and not form.anonymize()
    form.anonymize_check.setChecked(True)
    assert form.path().name == "2022年救援任务统计（匿名）.xlsx" and form.anonymize()

    target = tmp_path / "anon.xlsx"
    dialog_log.answers["ask_export_target"] = (2022, target, True)
    seen = {}

    def review():  # the secretary looks at the masked cells, then confirms
        dialog = getattr(window, "share_review", None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, review)
            return
        table = dialog.table
        seen["rows"] = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
        seen["written_before_confirm"] = target.exists()
        qtbot.mouseClick(dialog.confirm_button, Qt.LeftButton)

    QTimer.singleShot(50, review)
    with qtbot.waitSignal(window.export_done, timeout=WAIT_MS) as blocker:
        window.export_action.trigger()
    assert blocker.args[0], blocker.args
    assert seen["written_before_confirm"] is False
    before = [r[1] for r in seen["rows"]]
    assert "金州区老人王秀英走失，家属蔡女士（电话13804112233）求助" in before and "已找到，交家属李建国" in before
    masked = " ".join(r[3] for r in seen["rows"])
    assert "王秀英" in masked and "13804112233" in masked and "李建国" in masked
    assert all("城市搜救表 第 2 行" in r[0] for r in seen["rows"])
    shares = [e for e in store.audit.entries() if e.table == "shares"]
    assert shares and str(target) == shares[0].new and "2022" in shares[0].note
    sheet = openpyxl.load_workbook(target)["城市搜救"]
    row = [c.value for c in sheet[2]]
    text = " ".join(str(v) for v in row if v is not None)
    for personal in ("王秀英", "蔡女士", "13804112233", "李建国"):
        assert personal not in text, personal
    assert row[0] == "WZ2022-0007" and row[3:6] == [6, 2, "金州分队"]  # the rest of the row as it was
    assert "金州区" in row[1] and "***" in row[1]


def test_report_from_the_file_menu(window, qtbot, dialog_log, tmp_path, monkeypatch):
    """文件 → 生成报告…: a year's PDF in the background, then where it went."""
    from wz_desktop.ui import report_dialog

    target = tmp_path / "2022年度报告.pdf"
    asked = {}

    def choose(parent, years, directory):
        asked["years"] = years
        return 2022, None, target

    monkeypatch.setattr(report_dialog, "ask_report_target", choose)
    with qtbot.waitSignal(window.report_done, timeout=WAIT_MS) as blocker:
        window.report_action.trigger()
    ok, where = blocker.args
    assert ok, where
    assert target.read_bytes()[:5] == b"%PDF-"
    assert [y for y, _ in asked["years"]] == [2022, 2021]
    assert "show_export_done" in dialog_log.names()
    assert window.settings.value("Paths/report_dir") == str(tmp_path)


def test_anonymised_export_cancelled_in_the_review_writes_nothing(make_window, store, qtbot, dialog_log, tmp_path):
    from wz_desktop.domain.kinds import TaskKind
    from wz_desktop.domain.records import Task

    from .conftest import fill

    fill(store, [Task(kind=TaskKind.URBAN, event_no="WZ2022-0008", year=2022, departure="2022-04-05 19:30",
                      summary="老人走失，其女张敏（微信zm_0411）求助，家住5号楼1单元302", headcount=6, vehicles=2,
                      squads="金州分队", remarks="")])
    window = make_window(store)
    target = tmp_path / "anon.xlsx"
    dialog_log.answers["ask_export_target"] = (2022, target, True)
    seen = {}

    def review():
        dialog = getattr(window, "share_review", None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, review)
            return
        seen["after"] = dialog.table.item(0, 2).text()
        dialog.reject()

    QTimer.singleShot(50, review)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: "after" in seen and window.background is None, timeout=WAIT_MS)
    assert seen["after"] == "老人走失，其女某某（微信***）求助，家住***"
    assert not target.exists()
    assert not [e for e in store.audit.entries() if e.table == "shares"]


def test_research_dataset_from_the_window(window, qtbot, dialog_log, tmp_path):
    """文件 → 导出研究数据集…: the period and a folder, written in the background; pandas reads it."""
    folder = tmp_path / "dataset"
    dialog_log.answers["ask_dataset_target"] = ("2021-01-01", "2022-12-31", folder)
    with qtbot.waitSignal(window.export_done, timeout=WAIT_MS) as blocker:
        window.dataset_action.trigger()
    assert blocker.args[0], blocker.args
    from wz_desktop.dataset import load

    tables = load(folder)
    assert len(tables["dispatch"]) > 0 and len(tables["outcomes"]) == len(tables["dispatch"])
    assert "k-anonymity" in (folder / "README.md").read_text(encoding="utf-8")
    assert dialog_log.names() == ["ask_dataset_target", "show_export_done"]


def test_the_dataset_dialog_refuses_a_folder_that_is_not_empty(qtbot, tmp_path):
    from wz_desktop.ui.share_review import DatasetDialog

    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("x")
    dialog = DatasetDialog(str(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.target()[2].parent == tmp_path
    dialog.folder_edit.setText(str(tmp_path / "full"))
    dialog._accept()
    assert dialog.error_label.isVisibleTo(dialog) and "不是空的" in dialog.error_label.text()
    dialog.folder_edit.setText(str(tmp_path / "new"))
    dialog._accept()
    assert dialog.result() == DatasetDialog.DialogCode.Accepted
