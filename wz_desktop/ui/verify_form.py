"""核实: verifying one logged call, with the call shown read-only above the fields.

Fields in tab order: 核实人 (the operator), 核实方式, 核实时间 (now), 核实结果 (four radio buttons:
arrow keys move between them, Alt+S/B/C/J pick one), 说明; Enter in 说明 or Ctrl+S saves, Esc closes.
A result other than 属实 closes the call without a task, after asking. After 属实 the form offers
出队…, which emits ``dispatch_requested``.

A call that is no longer waiting for verification (verified, dispatched, closed) opens read-only:
the call and its verifications, and 出队… where it is verified.
"""
from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QPlainTextEdit, QRadioButton, QToolButton, QWidget

from wz_desktop.domain.records import VERIFY_METHODS, VERIFY_RESULTS, CallStatus
from wz_desktop.domain.workflow import Call, Verification, WorkflowError, validate_verification
from wz_desktop.services import calls as calls_service
from wz_desktop.store.errors import StoreError
from wz_desktop.ui import dialogs
from wz_desktop.ui.call_model import call_place, call_status_label, call_waited
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.form_errors import FormErrors
from wz_desktop.ui.forms import STRETCH, button, form, hbox, line_edit, tab_chain, text_label, vbox
from wz_desktop.ui.labels import kind_label, word
from wz_desktop.ui.texts import message
from wz_desktop.ui.widgets import PickCombo, StaleBar, WhenEdit

WAITED_REFRESH_MS = 30_000
TRUE_RESULT = "属实"


def _esc(value) -> str:
    if value in (None, ""):
        return "<span style='color:#999'>—</span>"
    return html.escape(str(value)).replace("\n", "<br>")


class VerifyForm(QWidget):
    """Verify the call ``call_id``; read-only where it is not waiting for verification (or ``read_only``).

    Signals: ``verified(call_id, result)`` once saved; ``dispatch_requested(call_id)`` from 出队…;
    ``close_requested()`` when the user closes the form (the host window closes on it).
    """

    verified = Signal(int, str)
    dispatch_requested = Signal(int)
    close_requested = Signal()

    def __init__(self, context: AppContext, call_id: int, parent: QWidget | None = None, *,
                 now_provider: Callable[[], dt.datetime] | None = None, read_only: bool | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.call_id = call_id
        self.now_provider = now_provider or dt.datetime.now
        self.forced_read_only = read_only
        self.call: Call | None = None
        self.setObjectName("VerifyForm")

        # --- the call ---
        self.heading_label = text_label(self, name="headingLabel")
        self.call_label = self._rich_label("callLabel")
        self.waited_label = text_label(self, name="waitedLabel")
        self.history_label = self._rich_label("historyLabel")
        # the alert as it was pasted into the call form: read-only, folded until asked for
        self.alert_toggle = QToolButton(self)
        self.alert_toggle.setObjectName("alertToggle")
        self.alert_toggle.setText(self.tr("原始警情"))
        self.alert_toggle.setCheckable(True)
        self.alert_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.alert_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.alert_toggle.setAutoRaise(True)
        self.alert_toggle.setToolTip(self.tr("接报时粘贴的警情原文（只读）"))
        self.alert_view = QPlainTextEdit(self)
        self.alert_view.setObjectName("alertView")
        self.alert_view.setReadOnly(True)
        self.alert_view.setTabChangesFocus(True)
        self.alert_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.alert_view.hide()
        self.alert_toggle.toggled.connect(self._show_alert)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        # --- the verification ---
        self.editor = QWidget(self)
        self.editor.setObjectName("verifyEditor")
        self.verifier_edit = line_edit(self.editor, name="verifierEdit")
        self.method_combo = PickCombo(self.editor)
        self.method_combo.setObjectName("methodCombo")
        for method in VERIFY_METHODS:
            self.method_combo.add_choice(word(method, "verify_method"), method)
        self.method_combo.setToolTip(self.tr("输入拼音首字母选择，如 hb = 回拨信息来源，xc = 现场核实"))
        self.verified_edit = WhenEdit(self.editor, now_provider=self.now_provider)
        self.verified_edit.setObjectName("verifiedEdit")
        self.result_box = QFrame(self.editor)
        self.result_box.setObjectName("resultBox")
        self.result_group = QButtonGroup(self)
        self.result_group.setExclusive(True)
        self.result_buttons: dict[str, QRadioButton] = {}
        texts = {"属实": self.tr("属实(&S)"), "不实": self.tr("不实(&B)"), "重复": self.tr("重复(&C)"),
                 "已解除": self.tr("已解除(&J)")}
        for result in VERIFY_RESULTS:
            radio = QRadioButton(texts.get(result, result), self.result_box)
            radio.setObjectName(f"result_{result}")
            radio.setProperty("result", result)
            self.result_group.addButton(radio)
            self.result_buttons[result] = radio
        hbox(*self.result_buttons.values(), STRETCH, margins=2, parent=self.result_box)
        self.result_buttons[TRUE_RESULT].setToolTip(self.tr("属实：等待出队"))
        for result in ("不实", "重复", "已解除"):
            self.result_buttons[result].setToolTip(self.tr("该来电将结案，不生成任务，但会保留记录"))
        self.note_edit = line_edit(self.editor, name="noteEdit",
                                   placeholder=self.tr("如：已与家属通话，老人仍未找到；在此按 Enter 即保存"))

        self.general_error = text_label(self, name="generalError")
        self.errors = FormErrors(self.general_error)
        rows = []
        for name, text, widget in [
            ("verified_by", self.tr("核实人(&R)"), self.verifier_edit),
            ("method", self.tr("核实方式(&M)"), self.method_combo),
            ("verified_at", self.tr("核实时间(&T)"), self.verified_edit),
            ("result", self.tr("核实结果"), self.result_box),
            ("note", self.tr("说明(&N)"), self.note_edit),
        ]:
            label = QLabel(text, self.editor)
            label.setBuddy(widget if widget is not self.result_box else self.result_buttons[TRUE_RESULT])
            rows.append((label, self.errors.field(name, widget, self.editor)))
        form(*rows, margins=0, parent=self.editor)
        self.result_group.idToggled.connect(lambda *args: self.errors.clear("result"))

        # --- buttons ---
        self.status_label = text_label(self, name="statusLabel", wrap=True)
        self.save_button = button(self.tr("保存"), self, name="saveButton", clicked=self.save, auto_default=False,
                                  tip=self.tr("保存核实结果（Ctrl+S；在“说明”中按 Enter 也可）"))
        self.dispatch_button = button(self.tr("出队(&D)…"), self, name="dispatchButton", auto_default=False,
                                      tip=self.tr("为这个来电登记出队"), clicked=self.request_dispatch)
        self.close_button = button(self.tr("关闭"), self, name="closeButton", tip=self.tr("关闭（Esc）"),
                                   clicked=self.close_form, auto_default=False)
        self.stale_bar = StaleBar(self)
        self.stale_bar.reload_requested.connect(self._reload_discarding)
        vbox(self.stale_bar, hbox((self.heading_label, 1), self.waited_label), self.call_label, self.alert_toggle,
             self.alert_view, self.history_label, line, self.general_error, self.editor, STRETCH,
             hbox((self.status_label, 1), self.save_button, self.dispatch_button, self.close_button), parent=self)
        tab_chain(self.verifier_edit, self.method_combo, self.verified_edit, *self.result_buttons.values(),
                  self.note_edit, self.save_button, self.dispatch_button, self.close_button)

        # --- behaviour ---
        self.verifier_edit.returnPressed.connect(self.focusNextChild)
        self.verified_edit.returnPressed.connect(self.focusNextChild)
        self.note_edit.returnPressed.connect(self.save)
        for keys in (QKeySequence(QKeySequence.StandardKey.Save), QKeySequence("Ctrl+Return"),
                     QKeySequence("Ctrl+Enter")):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_form)
        self.waited_timer = QTimer(self)
        self.waited_timer.setInterval(WAITED_REFRESH_MS)
        self.waited_timer.timeout.connect(self._show_waited)
        self.waited_timer.start()

        self.verifier_edit.setText(context.operator)
        self.verified_edit.set_now()
        context.changed.connect(self._on_changed)
        self.reload()
        if self.is_editable():
            self.verifier_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rich_label(self, name: str) -> QLabel:
        label = text_label(self, name=name, wrap=True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- the call ------------------------------------------------------------------------------------

    def is_editable(self) -> bool:
        """Whether the form takes a verification: the call is logged and waiting for one."""
        if self.forced_read_only or self.call is None or self.call.is_draft:
            return False
        return CallStatus(self.call.status) == CallStatus.LOGGED

    def reload(self) -> None:
        """Read the call and its verifications again, and show the fields only where they apply."""
        self.call = self.store.calls.get(self.call_id)
        call = self.call
        if call is None:
            self.heading_label.setText(self.tr("来电 #{0} 不存在，可能已被删除。").format(self.call_id))
            self.call_label.clear()
            self.history_label.hide()
            self.editor.hide()
            self.save_button.hide()
            self.dispatch_button.hide()
            self.setWindowTitle(self.tr("来电 #{0}").format(self.call_id))
            return
        self.heading_label.setText(self.tr("<b>来电 #{0}</b>　状态：{1}").format(
            call.id, html.escape(call_status_label(call))))
        rows = [
            (self.tr("接报时间"), call.received_at),
            (self.tr("信息来源"), word(call.source)),
            (self.tr("求助人"), call.caller_name),
            (self.tr("联系电话"), call.caller_phone),
            (self.tr("地点"), call_place(call)),
            (self.tr("情况"), call.description),
            (self.tr("建议任务类别"), kind_label(call.suggested_kind)),
            (self.tr("登记人"), call.logged_by),
        ]
        self.call_label.setText("<table cellspacing='2'>" + "".join(
            f"<tr><td style='color:#666; padding-right:8px' valign='top'>{html.escape(label)}</td>"
            f"<td>{_esc(value)}</td></tr>" for label, value in rows) + "</table>")
        self.alert_view.setPlainText(call.alert_text)
        self.alert_toggle.setVisible(bool(call.alert_text))
        self._show_alert(self.alert_toggle.isChecked())
        verifications = self.store.calls.verifications(call.id)
        if verifications:
            lines = []
            for v in verifications:
                text = self.tr("{0}　{1}　{2}：<b>{3}</b>").format(
                    _esc(v.verified_at), _esc(v.verified_by), _esc(word(v.method)), html.escape(word(v.result)))
                if v.note:
                    text += "　" + _esc(v.note)
                lines.append(text)
            self.history_label.setText(self.tr("核实记录：") + "<br>" + "<br>".join(lines))
            self.history_label.show()
        else:
            self.history_label.clear()
            self.history_label.hide()
        editable = self.is_editable()
        self.editor.setVisible(editable)
        self.save_button.setVisible(editable)
        self.dispatch_button.setVisible(not call.is_draft and CallStatus(call.status) == CallStatus.VERIFIED
                                        and not self.forced_read_only)
        if editable:
            self.setWindowTitle(self.tr("核实来电 #{0}").format(call.id))
        else:
            self.setWindowTitle(self.tr("来电 #{0}").format(call.id))
        self._show_waited()

    @Slot(bool)
    def _show_alert(self, shown: bool) -> None:
        shown = shown and self.alert_toggle.isVisibleTo(self)
        self.alert_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.alert_view.setVisible(shown)

    @Slot(object)
    def _on_changed(self, changes) -> None:
        """The call changed elsewhere (dispatched from its dispatch window, verified in another copy of
        the application): show it as it is now; where a verification is being typed, say so and offer
        to reload instead."""
        if changes.origin is self or not changes.touches_record("calls", self.call_id):
            return
        try:
            call = self.store.calls.get(self.call_id)
        except Exception:  # noqa: BLE001 (the store closed under us: the window is shutting down)
            return
        if call is not None and self.call is not None and call == self.call:
            return
        if self.has_unsaved_input():
            self.stale_bar.show()
            return
        self.status_label.clear()
        self.reload()

    @Slot()
    def _reload_discarding(self) -> None:
        self.note_edit.clear()
        self.result_group.setExclusive(False)
        for radio in self.result_buttons.values():
            radio.setChecked(False)
        self.result_group.setExclusive(True)
        self.status_label.clear()
        self.reload()

    @Slot()
    def _show_waited(self) -> None:
        waited = call_waited(self.call, self.now_provider()) if self.call is not None else ""
        self.waited_label.setText(self.tr("已等待 {0}").format(waited) if waited else "")

    # --- the verification ----------------------------------------------------------------------------

    def chosen_result(self) -> str | None:
        button = self.result_group.checkedButton()
        return button.property("result") if button is not None else None

    def choose_result(self, result: str) -> None:
        self.result_buttons[result].setChecked(True)

    def current_verification(self) -> Verification:
        return Verification(
            call_id=self.call_id,
            result=self.chosen_result() or "",
            verified_by=self.verifier_edit.text().strip(),
            method=self.method_combo.currentData() or "",
            verified_at=self.verified_edit.value_text() or None,
            note=self.note_edit.text().strip(),
        )

    def check(self, verification: Verification) -> dict[str, str]:
        """What must be fixed before saving: field → message."""
        errors: dict[str, str] = {}
        if not verification.verified_by:
            errors["verified_by"] = self.tr("请填写核实人。")
        if not verification.verified_at:
            errors["verified_at"] = self.tr("请填写核实时间，例如 19:40 或 2023-03-05 19:40。")
        if not verification.result:
            errors["result"] = self.tr("请选择核实结果：属实、不实、重复或已解除。")
        found = validate_verification(verification, self.call.received_at if self.call else None,
                                      self.now_provider())
        if verification.result:
            errors.update(found)
        else:
            errors.update({k: v for k, v in found.items() if k != "result"})
        # in the order of the form
        order = ["verified_by", "method", "verified_at", "result", "note"]
        return dict(sorted(errors.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)))

    @Slot()
    def save(self) -> int | None:
        """Save the verification; returns its id (None when something must be fixed or the user said no)."""
        if not self.is_editable():
            return None
        self.verified_edit.normalise()
        self.errors.clear()
        verification = self.current_verification()
        errors = self.check(verification)
        if errors:
            self.errors.show(errors)
            return None
        if verification.result != TRUE_RESULT and not dialogs.ask_yes_no(
                self, self.tr("结案"),
                self.tr("核实结果为“{0}”：该来电将结案，不生成任务，但会保留记录。\n确定吗？").format(verification.result)):
            return None
        try:
            with self.context.acting(self):
                verification_id = calls_service.verify(self.store, self.context.session, self.call_id, verification,
                                                         now=self.now_provider())
        except WorkflowError as exc:
            self.errors.show({"verified_at" if "核实时间" in message(exc) else "": message(exc)})
            return None
        except StoreError as exc:
            self.errors.show({"": message(exc)})
            return None
        self.note_edit.clear()
        self.result_group.setExclusive(False)
        for radio in self.result_buttons.values():
            radio.setChecked(False)
        self.result_group.setExclusive(True)
        self.reload()
        if verification.result == TRUE_RESULT:
            self.status_label.setText(self.tr("已核实属实，等待出队。"))
            self.dispatch_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.status_label.setText(self.tr("已按“{0}”结案，记录已保留。").format(verification.result))
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.verified.emit(self.call_id, verification.result)
        return verification_id

    @Slot()
    def request_dispatch(self) -> None:
        if self.call is not None and CallStatus(self.call.status) == CallStatus.VERIFIED:
            self.dispatch_requested.emit(self.call_id)

    # --- closing -------------------------------------------------------------------------------------

    def has_unsaved_input(self) -> bool:
        return self.is_editable() and (self.chosen_result() is not None or bool(self.note_edit.text().strip()))

    def may_close(self) -> bool:
        """Whether the form may close: asks first where a verification was begun and not saved."""
        if not self.has_unsaved_input():
            return True
        return dialogs.ask_yes_no(self, self.tr("关闭"), self.tr("核实结果尚未保存，确定关闭吗？"))

    def flush(self) -> None:
        """Nothing to keep: a verification is saved whole or not at all."""

    @Slot()
    def close_form(self) -> None:
        if not self.may_close():
            return
        self._closing_asked = True
        self.close_requested.emit()
        if self.isWindow():
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not getattr(self, "_closing_asked", False) and not self.may_close():
            event.ignore()
            return
        super().closeEvent(event)
