"""The missing-person notice's window (寻人启事) on a real database, driven from the keyboard and the
mouse: what the family agreed to publish changes the text and the picture at once and is saved to the
case; the picture is 1080 wide and saved as a real PNG in a remembered folder; published, then the
case closed: the desk reminds to withdraw it until it is marked withdrawn."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage

from wz_desktop.domain.cases import MissingPerson
from wz_desktop.services import cases
from wz_desktop.services.session import SYSTEM_SESSION
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.desk_page import DeskPage
from wz_desktop.ui.notice_dialog import FOLDER_KEY, NoticeDialog
from wz_desktop.ui.notice_image import WIDTH

TODAY = dt.date(2025, 12, 6)
PHOTO_COLOUR = QColor(12, 201, 34)  # a green found nowhere else in the picture


def a_photo(folder: Path) -> Path:
    image = QImage(300, 400, QImage.Format.Format_RGB32)
    image.fill(PHOTO_COLOUR)
    path = folder / "照片.png"
    assert image.save(str(path), "PNG")
    return path


def photo_pixels(image: QImage) -> int:
    """How many pixels of the picture are the photo's green (counted on a grid of every 4th pixel)."""
    target = PHOTO_COLOUR.rgb()
    return sum(1 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
               if image.pixel(x, y) == target)


def tick(qtbot, box) -> None:
    """Click a box where a person does: on its mark (a wide box's middle is empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def open_case(store, tmp_path: Path, **changes) -> int:
    person = MissingPerson(name="欧阳振华", sex="女", age=83, category="失智老人",
                           description="身高152厘米，穿枣红色棉袄", photo_path=str(a_photo(tmp_path)),
                           family_phone="13912345670", last_seen_at="2025-11-23 04:37",
                           last_seen_place="金州区拥政街道三里桥")
    for name, value in changes.items():
        person = MissingPerson(**{**vars(person), name: value})
    return cases.open_case(store, SYSTEM_SESSION, person)


@pytest.fixture
def context(store):
    return AppContext(store)


def make_dialog(qtbot, context, case_id: int) -> NoticeDialog:
    dialog = NoticeDialog(context, case_id, None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_ticking_what_the_family_agreed_changes_the_notice_and_is_saved(qtbot, store, context, tmp_path):
    case_id = open_case(store, tmp_path)
    dialog = make_dialog(qtbot, context, case_id)
    text = dialog.text_view.toPlainText()
    assert text.startswith("【寻人启事】") and "欧阳振华" not in text and "83" not in text
    assert "帮不上忙" in dialog.warnings_label.text()
    assert not dialog.publish_button.isEnabled()  # a notice that says nothing is not published
    assert dialog.image.width() == WIDTH and photo_pixels(dialog.image) == 0

    name_box = dialog.checks["姓名"]
    assert dialog.focusWidget() is name_box  # the first box: Space ticks it, Tab goes on
    qtbot.keyClick(name_box, Qt.Key.Key_Space)
    assert "姓名：欧阳振华" in dialog.text_view.toPlainText()
    assert store.cases.person(case_id).publish == {"姓名"}
    assert dialog.publish_button.isEnabled()

    tick(qtbot, dialog.checks["年龄"])
    tick(qtbot, dialog.checks["照片"])
    assert "年龄：83岁" in dialog.text_view.toPlainText()
    assert photo_pixels(dialog.image) > 1000  # the photo is in the picture
    with_photo = dialog.image.height()
    assert store.cases.person(case_id).publish == {"姓名", "年龄", "照片"}

    tick(qtbot, dialog.checks["照片"])  # the family changed their mind
    assert photo_pixels(dialog.image) == 0 and dialog.image.height() < with_photo
    qtbot.keyClick(name_box, Qt.Key.Key_Space)
    text = dialog.text_view.toPlainText()
    assert "欧阳" not in text and "年龄：83岁" in text
    for never in ("13912345670", "三里桥", "枣红色", "失智老人"):
        assert never not in text
    assert store.cases.person(case_id).publish == {"年龄"}
    # a new window on the same case shows what was saved
    again = make_dialog(qtbot, context, case_id)
    assert [f for f, box in again.checks.items() if box.isChecked()] == ["年龄"]


def test_the_picture_is_saved_as_a_png_in_the_remembered_folder(qtbot, store, context, tmp_path, dialog_log):
    case_id = open_case(store, tmp_path, publish=frozenset({"姓名", "照片", "体貌特征"}))
    dialog = make_dialog(qtbot, context, case_id)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    folder = tmp_path / "公众号"
    folder.mkdir()
    dialog_log.answers["ask_save_file"] = str(folder / "启事")  # no suffix typed: .png is added
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = folder / "启事.png"
    assert saved.is_file() and saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    back = QImage(str(saved))
    assert (back.width(), back.height()) == (WIDTH, dialog.image.height())
    assert photo_pixels(back) > 1000
    assert not [p for p in folder.iterdir() if p.name.startswith(".notice-")]  # nothing left beside it
    assert context.settings.value(FOLDER_KEY) == str(folder)
    dialog_log.answers["ask_save_file"] = None  # cancelled: nothing written
    dialog.save_image()
    proposed = dialog_log.calls[-1][1][1]
    assert proposed == str(folder / "寻人启事-案件{0}-2025-12-06.png".format(case_id))
    assert sorted(p.name for p in folder.iterdir()) == ["启事.png"]

    dialog_log.answers["ask_save_file"] = str(tmp_path / "没有这个文件夹" / "x.png")
    assert dialog.save_image() is None
    assert "没有保存" in dialog_log.texts("show_error")[-1]


def test_copying_the_text_and_the_picture(qtbot, store, context, tmp_path):
    case_id = open_case(store, tmp_path, publish=frozenset({"姓名", "最后出现地点"}))
    dialog = make_dialog(qtbot, context, case_id)
    qtbot.mouseClick(dialog.copy_text_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == dialog.notice.text() and "三里桥" in clipboard.text()
    qtbot.mouseClick(dialog.copy_image_button, Qt.MouseButton.LeftButton)
    assert clipboard.image().width() == WIDTH


def test_an_agreed_photo_that_cannot_be_read_is_said_and_left_out(qtbot, store, context, tmp_path):
    broken = tmp_path / "坏照片.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not a picture after all" * 10)  # a PNG's first bytes only
    case_id = open_case(store, tmp_path, photo_path=str(broken), publish=frozenset({"姓名", "照片"}))
    dialog = make_dialog(qtbot, context, case_id)
    assert "不存在或无法读取" in dialog.warnings_label.text() and dialog.warnings_label.isVisible()
    assert "照片" not in dialog.text_view.toPlainText()
    assert dialog.image.width() == WIDTH and photo_pixels(dialog.image) == 0


def test_a_kept_photo_gone_missing_is_said_and_the_family_can_still_change_their_mind(qtbot, store, context,
                                                                                       tmp_path, dialog_log):
    case_id = open_case(store, tmp_path, publish=frozenset({"姓名", "照片"}))
    kept = Path(store.cases.person(case_id).photo_path)
    assert kept.is_file()  # the case keeps its own copy
    kept.unlink()  # deleted by hand, a disk tidied up …
    dialog = make_dialog(qtbot, context, case_id)
    assert "不存在或无法读取" in dialog.warnings_label.text() and photo_pixels(dialog.image) == 0
    tick(qtbot, dialog.checks["年龄"])
    assert dialog_log.texts("show_error") == []
    assert store.cases.person(case_id).publish == {"姓名", "照片", "年龄"}
    assert "年龄：83岁" in dialog.text_view.toPlainText()


def test_a_case_without_a_missing_person_is_said(qtbot, context):
    dialog = make_dialog(qtbot, context, 4242)
    assert dialog.problem_label.isVisible() and "没有走失人员记录" in dialog.problem_label.text()
    assert not dialog.publish_button.isEnabled() and not dialog.save_image_button.isEnabled()


def test_published_then_found_the_desk_reminds_until_withdrawn(qtbot, store, context, tmp_path, monkeypatch):
    case_id = open_case(store, tmp_path, publish=frozenset({"姓名", "年龄", "照片"}))
    desk = DeskPage(context, now=lambda: dt.datetime(2025, 12, 6, 9, 0))
    qtbot.addWidget(desk)
    desk.show()
    dialog = make_dialog(qtbot, context, case_id)
    assert dialog.state_label.text() == "尚未发布。" and not dialog.withdraw_band.isVisible()
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    assert store.cases.person(case_id).notice_at
    assert "发布" in dialog.state_label.text() and not dialog.withdraw_band.isVisible()
    assert not desk.reminders.isVisible()  # still searching: the notice belongs out
    dialog.close()

    person = store.cases.person(case_id)
    cases.save(store, SYSTEM_SESSION, MissingPerson(**{**vars(person), "outcome": "找到平安",
                                                       "found_at": "2025-11-24 10:15", "found_by": "群众"}))
    qtbot.waitUntil(lambda: desk.reminders.isVisible())
    [reminder] = desk.reminder_buttons
    assert "请撤回" in reminder.text() and "找到平安" in reminder.text() and store.cases.title(case_id) in reminder.text()

    opened: list[NoticeDialog] = []
    monkeypatch.setattr(NoticeDialog, "exec", lambda self: opened.append(self) or 0)
    reminder.setFocus()
    qtbot.keyClick(reminder, Qt.Key.Key_Space)  # from the keyboard
    [from_desk] = opened
    qtbot.addWidget(from_desk)
    from_desk.show()
    assert from_desk.case_id == case_id and from_desk.withdraw_band.isVisible()
    assert "找到平安" in from_desk.withdraw_label.text()
    assert not from_desk.publish_button.isEnabled()  # a found person's notice is not published again
    qtbot.mouseClick(from_desk.withdraw_button, Qt.MouseButton.LeftButton)
    assert store.cases.person(case_id).notice_withdrawn_at
    assert store.cases.notices_to_withdraw() == []
    qtbot.waitUntil(lambda: not desk.reminders.isVisible())
    assert desk.reminder_buttons == [] and not from_desk.withdraw_band.isVisible()
    assert "已撤回" in from_desk.state_label.text()


def test_the_duty_phone_set_in_the_settings_is_the_one_to_call(qtbot, store, context, tmp_path):
    from wz_desktop.ui.settings_dialog import SettingsDialog

    case_id = open_case(store, tmp_path, publish=frozenset({"姓名", "联系电话"}))
    dialog = make_dialog(qtbot, context, case_id)
    assert "请立即拨打 13912345670" in dialog.text_view.toPlainText()  # agreed, and the team set no phone

    settings = SettingsDialog(context)
    qtbot.addWidget(settings)
    settings.show()
    edit = settings.duty_phone_edit
    assert edit.isEnabled()  # nobody signed in: the system's rights
    edit.setFocus()
    qtbot.keyClicks(edit, "12")
    qtbot.keyClick(settings, Qt.Key.Key_Return)
    assert settings.isVisible() and "位数字" in settings.duty_phone_error.text()  # said beside it, nothing saved
    assert store.cases.duty_phone() == ""
    edit.clear()
    qtbot.keyClicks(edit, "0411-66668888")
    qtbot.keyClick(settings, Qt.Key.Key_Return)
    assert not settings.isVisible() and store.cases.duty_phone() == "0411-66668888"

    qtbot.waitUntil(lambda: "0411-66668888" in dialog.text_view.toPlainText())  # the open notice follows
    assert "13912345670" not in dialog.text_view.toPlainText()  # the family's phone stays private


def test_a_squad_leader_sees_no_one_and_changes_nothing(qtbot, store, context, tmp_path):
    from tests.conftest import PASSWORD
    from wz_desktop.domain.roles import Role

    case_id = open_case(store, tmp_path, publish=frozenset({"姓名", "年龄"}))
    cases.mark_notice(store, SYSTEM_SESSION, case_id)
    store.users.create_first_admin("admin", "管理员 王磊", PASSWORD)
    squad = store.roster.add_squad("甘井子分队", actor=store.roster.audit.actor)
    user = store.users.create("leader", "队长 张某", PASSWORD, Role.LEADER, squad, actor=store.audit.actor)
    store.sign_in(user, PASSWORD)
    dialog = make_dialog(qtbot, context, case_id)
    assert "不能记录案件" in dialog.problem_label.text() and dialog.problem_label.isVisible()
    assert not dialog.agree_box.isEnabled() and not dialog.publish_button.isEnabled()
    assert "欧阳" not in dialog.text_view.toPlainText()  # the personal fields are blank for this role
    assert store.cases.person(case_id).publish == {"姓名", "年龄"}


def test_a_found_person_s_notice_says_it_is_not_to_be_published(qtbot, store, context, tmp_path):
    """Found in a user trial: on a case already 找到平安 the dialog said only 尚未发布, the reason the
    publish button is greyed hidden in its tooltip."""
    case_id = open_case(store, tmp_path, publish=frozenset({"姓名", "年龄"}), outcome="找到平安",
                        found_at="2025-11-24 10:15", found_by="救援队")
    dialog = make_dialog(qtbot, context, case_id)
    assert not dialog.publish_button.isEnabled()
    assert "案件已结束（找到平安）" in dialog.state_label.text() and "不再发布" in dialog.state_label.text()
