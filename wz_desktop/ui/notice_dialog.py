"""寻人启事: the missing-person notice of a case, for the team's WeChat channel.

The case dialog opens it (``NoticeDialog(context, case_id, parent).exec()``), and so does the desk's
reminder of a notice still out for a person already found. It shows:

* what the family agreed to publish (one box per word of ``cases.NOTICE_FIELDS``): each tick is
  saved to the case at once (``services.cases.agree_to_publish``: audited), so what the preview shows is what
  the case says;
* the notice's text (``domain.notice.build_notice``: only the agreed fields) with 复制文字;
* its picture (``ui/notice_image.py``, 1080 wide) with 保存图片… (PNG, the folder remembered) and
  复制图片;
* the phone to call: the team's duty phone (the settings dialog, administrators), else the
  family's where they agreed to publish it, else 110 alone;
* 已发布 (``services.cases.mark_notice``) and, once the case is closed (the person found), a red
  band asking to withdraw the notice with 已撤回 (``mark_notice(withdrawn=True)``).

The notice is written in Chinese (it is for the channel's readers) whatever the window's language.
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.domain.cases import NOTICE_FIELDS, MissingPerson
from wz_desktop.domain.notice import Notice, build_notice
from wz_desktop.domain.roles import Action
from wz_desktop.domain.workflow import WorkflowError
from wz_desktop.services import cases
from wz_desktop.store.errors import StoreError
from wz_desktop.ui import dialogs
from wz_desktop.ui.forms import button, text_label
from wz_desktop.ui.labels import word
from wz_desktop.ui.notice_image import WIDTH, photo_readable, render_notice
from wz_desktop.ui.settings import save_folder
from wz_desktop.ui.texts import message

FOLDER_KEY = "Paths/notice_dir"
PREVIEW_WIDTH = 360  # the picture's preview in the dialog (the saved picture is WIDTH wide)
WARN_STYLE = "color: #b26a00;"
WITHDRAW_STYLE = ("QFrame#withdrawBand { background: #fdecea; border: 2px solid #c62828; border-radius: 4px; }"
                  " QLabel { color: #8e1b1b; font-weight: bold; }")


def _t(text: str) -> str:
    return QCoreApplication.translate("NoticeDialog", text)


def duty_phone(context) -> str:
    """The team's duty phone from the settings ('' where the team set none)."""
    return str(context.all_settings.get("duty_phone") or "").strip()


class NoticeDialog(QDialog):
    def __init__(self, context, case_id: int, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.setObjectName("NoticeDialog")
        self.context = context
        self.store = context.store
        self.case_id = int(case_id)
        self.today = today
        self.person: MissingPerson | None = None
        self.notice: Notice | None = None
        self.image = QImage()
        self.may_record = context.session.may(Action.DISPATCH)

        self.agree_box = QGroupBox(_t("家属同意公开的项目"), self)
        self.agree_box.setObjectName("agreeBox")
        self.checks: dict[str, QCheckBox] = {}
        agree_layout = QVBoxLayout(self.agree_box)
        for field in NOTICE_FIELDS:
            box = QCheckBox(word(field, "notice_field"), self.agree_box)
            box.setObjectName("agree_" + str(NOTICE_FIELDS.index(field)))
            box.toggled.connect(self._on_agreement)
            self.checks[field] = box
            agree_layout.addWidget(box)
        self.agree_note = text_label(self.agree_box, _t("勾选即保存到案件。只勾选家属明确同意公开的项目。"), wrap=True)
        self.agree_note.setEnabled(False)
        agree_layout.addWidget(self.agree_note)

        self.warnings_label = text_label(self, name="noticeWarnings", style=WARN_STYLE, wrap=True)
        self.state_label = text_label(self, name="noticeState", wrap=True)
        self.publish_button = button(_t("已发布(&P)"), self, name="publishButton", clicked=self.mark_published,
                                     tip=_t("启事已在微信公众号发出：记下时间。案件结束后工作台会提醒撤回。"),
                                     auto_default=False)
        self.withdraw_label = text_label(self, wrap=True)
        self.withdraw_button = button(_t("已撤回(&W)"), self, name="withdrawButton", clicked=self.mark_withdrawn,
                                      auto_default=False)
        self.withdraw_band = QFrame(self)
        self.withdraw_band.setObjectName("withdrawBand")
        self.withdraw_band.setStyleSheet(WITHDRAW_STYLE)
        band = QVBoxLayout(self.withdraw_band)
        band.addWidget(self.withdraw_label)
        band.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignLeft)

        left = QVBoxLayout()
        left.addWidget(self.agree_box)
        left.addWidget(self.withdraw_band)
        left.addWidget(self.warnings_label)
        left.addStretch(1)
        left.addWidget(self.state_label)
        left.addWidget(self.publish_button)

        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("noticeText")
        self.text_view.setReadOnly(True)
        self.copy_text_button = button(_t("复制文字(&T)"), self, name="copyTextButton", clicked=self.copy_text,
                                       auto_default=False)
        text_side = QWidget(self)
        text_layout = QVBoxLayout(text_side)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(text_label(text_side, _t("文字（贴在图片下面）")))
        text_layout.addWidget(self.text_view, 1)
        text_layout.addWidget(self.copy_text_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.image_label = QLabel(self)
        self.image_label.setObjectName("noticeImage")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidget(self.image_label)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(PREVIEW_WIDTH + 24)
        self.save_image_button = button(_t("保存图片(&S)…"), self, name="saveImageButton", clicked=self.save_image,
                                        auto_default=False)
        self.copy_image_button = button(_t("复制图片(&I)"), self, name="copyImageButton", clicked=self.copy_image,
                                        auto_default=False)
        self.image_size_label = text_label(self, name="imageSize")
        self.image_size_label.setEnabled(False)
        image_side = QWidget(self)
        image_layout = QVBoxLayout(image_side)
        image_layout.setContentsMargins(0, 0, 0, 0)
        image_layout.addWidget(text_label(image_side, _t("图片（发到公众号）")))
        image_layout.addWidget(scroll, 1)
        image_buttons = QHBoxLayout()
        image_buttons.addWidget(self.save_image_button)
        image_buttons.addWidget(self.copy_image_button)
        image_buttons.addStretch(1)
        image_buttons.addWidget(self.image_size_label)
        image_layout.addLayout(image_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(text_side)
        splitter.addWidget(image_side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.close_button = button(_t("关闭"), self, name="closeButton", clicked=self.reject, auto_default=False)
        self.problem_label = text_label(self, name="noticeProblem", style=WARN_STYLE, wrap=True, hidden=True)
        body = QHBoxLayout()
        body.addLayout(left, 0)
        body.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(text_label(self, _t("Ctrl+S 保存图片，Ctrl+Shift+C 复制文字，Esc 关闭。")), 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_image)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, activated=self.copy_text)
        self.resize(1100, 700)

        context.changed.connect(self._on_changed)
        self.reload()
        self.checks[NOTICE_FIELDS[0]].setFocus()

    # --- reading --------------------------------------------------------------------------------

    @Slot(object)
    def _on_changed(self, changes) -> None:
        """The case changed elsewhere (the case form, another desk): show what it says now."""
        if (changes.touches_record("missing_persons", self.case_id) or changes.touches_record("cases", self.case_id)
                or changes.touches("settings")):  # the duty phone
            self.reload()

    def reload(self) -> None:
        person = cases.person(self.store, self.context.session, self.case_id)
        title = self.store.cases.title(self.case_id) or ""
        self.setWindowTitle(_t("寻人启事 — {0}").format(title) if title else _t("寻人启事"))
        self.person = person
        if person is None:
            self.problem_label.setText(_t("这个案件没有走失人员记录，不能写寻人启事。"))
            self.problem_label.show()
            for widget in (self.agree_box, self.publish_button, self.copy_text_button, self.save_image_button,
                           self.copy_image_button):
                widget.setEnabled(False)
            self.withdraw_band.hide()
            self.notice = None
            self.image = QImage()
            return
        self.problem_label.setVisible(not self.may_record)
        if not self.may_record:
            self.problem_label.setText(_t("你的角色不能记录案件：只能看，不能修改、发布或撤回。"))
        for field, box in self.checks.items():
            box.blockSignals(True)
            box.setChecked(field in person.publish)
            box.blockSignals(False)
        self.agree_box.setEnabled(self.may_record)
        self._refresh()

    def _refresh(self) -> None:
        """The notice, its text and picture, and the buttons, from ``self.person``."""
        person = self.person
        if person is None:
            return
        notice = build_notice(person, duty_phone=duty_phone(self.context), today=self.today or dt.date.today(),
                              photo_ok=photo_readable)
        self.notice = notice
        self.text_view.setPlainText(notice.text())
        self.image = render_notice(notice)
        self.image_label.setPixmap(QPixmap.fromImage(self.image).scaledToWidth(
            PREVIEW_WIDTH, Qt.TransformationMode.SmoothTransformation))
        self.image_size_label.setText(_t("{0} × {1} 像素").format(self.image.width(), self.image.height()))
        self.warnings_label.setText("\n".join(message(w) for w in notice.warnings))
        self.warnings_label.setVisible(bool(notice.warnings))
        for widget in (self.copy_text_button, self.save_image_button, self.copy_image_button):
            widget.setEnabled(True)
        if person.notice_withdrawn_at:
            state = _t("{0} 发布，{1} 已撤回。").format(person.notice_at, person.notice_withdrawn_at)
        elif person.notice_at:
            state = _t("已于 {0} 发布。").format(person.notice_at)
        else:
            state = _t("尚未发布。")
        if person.closed and not person.notice_to_withdraw:  # said, not only in the disabled button's tooltip
            state += _t("案件已结束（{0}）：不再发布寻人启事。").format(word(person.outcome))
        self.state_label.setText(state)
        can_publish = self.may_record and not person.closed and notice.identifies
        self.publish_button.setEnabled(can_publish)
        if person.closed:
            self.publish_button.setToolTip(_t("案件已结束（{0}）：不再发布寻人启事。").format(word(person.outcome)))
        elif not notice.identifies:
            self.publish_button.setToolTip(_t("先勾选家属同意公开的项目。"))
        else:
            self.publish_button.setToolTip(_t("启事已在微信公众号发出：记下时间。案件结束后工作台会提醒撤回。"))
        self.publish_button.setText(_t("再次发布(&P)") if person.notice_at and not person.notice_withdrawn_at
                                    else _t("已发布(&P)"))
        withdraw = person.notice_to_withdraw
        self.withdraw_band.setVisible(withdraw)
        if withdraw:
            self.withdraw_label.setText(_t("案件已结束（{0}），寻人启事仍在发布：请到微信公众号删除或更新这篇启事，"
                                           "然后点“已撤回”。").format(word(person.outcome)))
        self.withdraw_button.setEnabled(withdraw and self.may_record)

    # --- agreeing -------------------------------------------------------------------------------

    def agreed(self) -> frozenset[str]:
        return frozenset(field for field, box in self.checks.items() if box.isChecked())

    @Slot()
    def _on_agreement(self) -> None:
        """A tick changed: save what the family agreed to at once, then show the notice it gives."""
        if self.person is None:
            return
        try:
            with self.context.acting(self):
                cases.agree_to_publish(self.store, self.context.session, self.case_id, self.agreed())
        except (StoreError, WorkflowError) as exc:  # refused or invalid: say so, show what is kept
            dialogs.show_error(self, _t("寻人启事"), _t("同意公开的项目没有保存：{0}").format(message(exc)))
            self.reload()
            return
        self.person = cases.person(self.store, self.context.session, self.case_id)
        self._refresh()

    # --- publishing -----------------------------------------------------------------------------

    @Slot()
    def mark_published(self) -> None:
        self._mark(withdrawn=False)

    @Slot()
    def mark_withdrawn(self) -> None:
        self._mark(withdrawn=True)

    def _mark(self, withdrawn: bool) -> None:
        try:
            with self.context.acting(self):
                cases.mark_notice(self.store, self.context.session, self.case_id, withdrawn=withdrawn)
        except (StoreError, WorkflowError) as exc:  # refused: say why
            dialogs.show_error(self, _t("寻人启事"), message(exc))
        self.reload()

    # --- copying and saving ---------------------------------------------------------------------

    @Slot()
    def copy_text(self) -> None:
        if self.notice is not None:
            QGuiApplication.clipboard().setText(self.notice.text())

    @Slot()
    def copy_image(self) -> None:
        if not self.image.isNull():
            QGuiApplication.clipboard().setImage(self.image)

    def default_file_name(self) -> str:
        day = (self.today or dt.date.today()).isoformat()
        return _t("寻人启事-案件{0}-{1}.png").format(self.case_id, day)

    @Slot()
    def save_image(self) -> Path | None:
        """Ask where, write the PNG beside it and move it into place; the folder is remembered."""
        if self.image.isNull() or not self.save_image_button.isEnabled():
            return None
        folder = save_folder(self.context.settings, FOLDER_KEY)
        chosen = dialogs.ask_save_file(self, _t("保存寻人启事图片"), str(Path(folder) / self.default_file_name()),
                                       _t("PNG 图片 (*.png)"))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".png":
            target = target.with_name(target.name + ".png")
        try:
            write_png(self.image, target)
        except OSError as exc:
            dialogs.show_error(self, _t("保存寻人启事图片"),
                               _t("图片没有保存到 {0}：{1}").format(target, exc.strerror or exc))
            return None
        self.context.settings.setValue(FOLDER_KEY, str(target.parent))
        return target


def write_png(image: QImage, target: Path) -> None:
    """The picture as a PNG at ``target``, written beside it first (a failed write leaves no half file)."""
    if not target.parent.is_dir():
        raise FileNotFoundError(2, _t("文件夹不存在"), str(target.parent))
    handle, temporary = tempfile.mkstemp(prefix=".notice-", suffix=".png", dir=target.parent)
    os.close(handle)
    try:
        if not image.save(temporary, "PNG"):
            raise OSError(5, _t("写入失败（磁盘满了或没有权限？）"), str(target))
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


__all__ = ["FOLDER_KEY", "WIDTH", "NoticeDialog", "duty_phone", "write_png"]
