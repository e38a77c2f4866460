"""接报: the call intake form, for a secretary taking a call with the phone in the other hand.

Fields top to bottom, in tab order: 接报时间 (now), 信息来源, 求助人, 联系电话, 区域, 地点, 情况,
建议任务类别. Enter in a one-line field moves on; Enter in the last field (or Ctrl+S, or
Ctrl+Enter anywhere) logs the call. Esc closes.

Nothing typed is lost: every change starts a short timer (``SAVE_DELAY_MS``) after which what is
on the form is saved as a draft (``store.calls.save_draft``); closing the form (Esc, 关闭, the
window closing, the application quitting) saves at once. ``CallForm(context, call_id=draft)`` or
``load_draft(id)`` brings a draft back.

After a call is logged the form is cleared for the next one and stays open (calls often come in
a row at night, and the last one logged is named at the top with a 核实… button); Esc closes it.

A pasted alert (Ctrl+Shift+V, or 粘贴警情…; ``paste_alert(text)`` for a drop) is read by
``domain.alert.read_alert`` and fills the fields it found. Every field it fills is a guess: tinted,
with the words it came from in its tooltip, until the secretary edits it, presses Enter in it or
presses 全部确认 (a guess is not kept with a draft: a draft brought back shows its fields plain). What it left empty is listed with the reason under the status line. A field the
secretary had already typed is replaced only after asking. The missing person's details, which
the form has no fields for, go into 情况 on a line of their own. The alert itself is kept with the
call (``Call.alert_text``), and shown on the call's window.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QWidget

from wz_desktop.domain.alert import AlertReading, read_alert
from wz_desktop.domain.records import CALL_SOURCES, DISTRICTS
from wz_desktop.domain.workflow import Call, CallInvalid, WorkflowError
from wz_desktop.services import calls as calls_service
from wz_desktop.store.errors import StoreError
from wz_desktop.ui import dialogs
from wz_desktop.ui.context import AppContext
from wz_desktop.ui.form_errors import FormErrors
from wz_desktop.ui.forms import STRETCH, button, form, hbox, line_edit, tab_chain, text_label, vbox
from wz_desktop.ui.labels import kinds_in_order, word
from wz_desktop.ui.texts import message
from wz_desktop.ui.widgets import PickCombo, WhenEdit

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 400
PASTE_ALERT_KEYS = "Ctrl+Shift+V"
GUESS_COLOR = "#fff1b8"  # a field filled from a pasted alert, until confirmed
# the alert reader's fields that the form has no field for: written into 情况, in this order
PERSON_FIELDS = ("person_name", "person_sex", "person_age", "person_height", "person_clothing", "person_condition",
                 "person_phone", "last_seen_place", "last_seen_at", "vessel", "position")


class CallForm(QWidget):
    """The intake form for one call at a time (a new one, or a draft brought back).

    Signals: ``logged(call_id)`` after a call is logged; ``draft_saved(call_id)`` after each
    automatic save; ``verify_requested(call_id)`` from the 核实… button of the call just logged;
    ``close_requested()`` when the user closes the form (Esc, 关闭, after discarding) — the host
    window closes itself on it (a form that is its own window closes itself).
    """

    logged = Signal(int)
    draft_saved = Signal(int)
    verify_requested = Signal(int)
    close_requested = Signal()

    def __init__(self, context: AppContext, call_id: int | None = None, parent: QWidget | None = None, *,
                 now_provider: Callable[[], dt.datetime] | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.now_provider = now_provider or dt.datetime.now
        self.call_id: int | None = None  # the draft on the form, once saved
        self.last_logged_id: int | None = None
        self.alert_text = ""  # the alert(s) pasted into this call, kept with it
        self.guesses: dict[str, str] = {}  # field → the alert's words it was filled from, until confirmed
        self._tips: dict[str, str] = {}  # the fields' own tooltips, while a guess's is shown
        self._alert_lines: list[str] = []  # the lines of the note on the pasted alert
        self._filling = False
        self._dirty = False
        self._loading = False
        self._default_time = ""
        self.setObjectName("CallForm")

        # --- fields ---
        self.received_edit = WhenEdit(self, now_provider=self.now_provider)
        self.received_edit.setObjectName("receivedEdit")
        self.source_combo = self._pick("sourceCombo", [(word(s, "call_source"), s) for s in CALL_SOURCES],
                                       self.tr("输入开头的字或拼音首字母选择，如 js = 家属，1 = 110指挥中心"))
        self.caller_edit = line_edit(self, name="callerEdit", placeholder=self.tr("姓名或称呼，如 王女士"))
        self.phone_edit = line_edit(self, name="phoneEdit", placeholder=self.tr("手机 13804112233 或座机 0411-84661234"))
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.district_combo = self._pick("districtCombo", [(word(d, "district"), d) for d in DISTRICTS],
                                         self.tr("输入开头的字或拼音首字母选择，如 gjzq = 甘井子区；可不选"))
        self.place_edit = line_edit(self, name="placeEdit", placeholder=self.tr("路名、小区、海域、山名、参照物"))
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("descriptionEdit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("发生了什么：谁、几人、何时不见/被困、体貌特征……"))
        self.description_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.kind_combo = self._pick("kindCombo", [(label, kind.value) for kind, label in kinds_in_order()],
                                     self.tr("可不选；输入拼音首字母选择，如 ssjy = 水上救援。在此按 Enter 即登记"))

        # --- messages ---
        self.status_label = text_label(self, name="statusLabel", wrap=True)
        self.verify_button = button(self.tr("核实(&V)…"), self, name="verifyButton", tip=self.tr("核实刚登记的来电"))
        self.verify_button.hide()
        self.general_error = text_label(self, name="generalError")
        self.errors = FormErrors(self.general_error)
        # a draft kept earlier (Esc, or the window closed) is offered back on the next new call
        self.drafts_open_elsewhere: Callable[[], set[int]] = lambda: set()
        self.offered_draft: int | None = None
        self.draft_offer = QWidget(self)
        self.draft_offer.setObjectName("draftOffer")
        self.draft_offer_label = text_label(self.draft_offer, wrap=True, style="color: #8a5a00;")
        self.resume_button = button(self.tr("继续填写草稿(&R)"), self.draft_offer, name="resumeDraftButton",
                                    clicked=self._resume_offered, auto_default=False)
        hbox((self.draft_offer_label, 1), self.resume_button, margins=0, parent=self.draft_offer)
        self.draft_offer.hide()
        # what a pasted alert filled and what it left empty
        self.alert_panel = QWidget(self)
        self.alert_panel.setObjectName("alertPanel")
        self.alert_label = text_label(self.alert_panel, name="alertLabel", wrap=True)
        self.alert_label.setTextFormat(Qt.TextFormat.RichText)
        self.confirm_all_button = button(self.tr("全部确认(&Q)"), self.alert_panel, name="confirmAllButton",
                                         clicked=self.confirm_all_guesses, auto_default=False,
                                         tip=self.tr("核对过了：去掉所有栏目的“从警情读出”标记"))
        hbox((self.alert_label, 1), self.confirm_all_button, margins=0, parent=self.alert_panel)
        self.alert_panel.hide()

        rows = [
            ("received_at", self.tr("接报时间(&T)"), self.received_edit),
            ("source", self.tr("信息来源(&O)"), self.source_combo),
            ("caller_name", self.tr("求助人(&N)"), self.caller_edit),
            ("caller_phone", self.tr("联系电话(&P)"), self.phone_edit),
            ("district", self.tr("区域(&R)"), self.district_combo),
            ("place", self.tr("地点(&A)"), self.place_edit),
            ("description", self.tr("情况(&D)"), self.description_edit),
            ("suggested_kind", self.tr("建议任务类别(&K)"), self.kind_combo),
        ]
        self.field_labels: dict[str, QLabel] = {name: QLabel(text, self) for name, text, _ in rows}
        for name, _, widget in rows:
            self.field_labels[name].setBuddy(widget)
        # a caller seen before: their earlier calls, under the phone number
        self.caller_seen_label = text_label(self, name="callerSeenLabel", wrap=True, style="color: #1565c0;",
                                            hidden=True)
        fields = [(self.field_labels[name], self.errors.field(name, widget, self)) for name, _, widget in rows]
        details = form(*fields[:4], ("", self.caller_seen_label), *fields[4:])

        # --- buttons ---
        self.log_button = button(self.tr("登记(&S)"), self, name="logButton", clicked=self.log_call,
                                 tip=self.tr("登记这个来电（Ctrl+S；在最后一栏按 Enter 也可）"))
        self.discard_button = button(self.tr("丢弃草稿"), self, name="discardButton", clicked=self.discard,
                                     tip=self.tr("删除这份尚未登记的草稿"))
        self.close_button = button(self.tr("关闭"), self, name="closeButton", clicked=self.close_form,
                                   tip=self.tr("关闭（Esc）；已填写的内容保存为草稿"))
        self.paste_alert_button = button(self.tr("粘贴警情…") + f"  {PASTE_ALERT_KEYS}", self,
                                         name="pasteAlertButton", clicked=self.paste_alert,
                                         tip=self.tr("把复制的警情短信、微信读进表格（{0}）：读出的栏目标黄，请逐栏核对")
                                         .format(PASTE_ALERT_KEYS))
        for each in (self.log_button, self.discard_button, self.close_button, self.verify_button,
                     self.paste_alert_button):
            each.setAutoDefault(False)
        vbox(hbox((self.status_label, 1), self.verify_button), self.draft_offer, self.alert_panel, self.general_error,
             (details, 1), hbox(self.discard_button, self.paste_alert_button, STRETCH, self.log_button,
                                self.close_button), parent=self)
        tab_chain(self.received_edit, self.source_combo, self.caller_edit, self.phone_edit, self.district_combo,
                  self.place_edit, self.description_edit, self.kind_combo, self.log_button, self.discard_button,
                  self.close_button, self.verify_button)

        # --- behaviour ---
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.flush)
        for edit in (self.received_edit, self.caller_edit, self.phone_edit, self.place_edit):
            edit.textEdited.connect(self._changed)
            edit.returnPressed.connect(self._next_field)
        self.description_edit.textChanged.connect(self._changed)
        self.phone_edit.textChanged.connect(self.recognise_caller)
        for combo in (self.source_combo, self.district_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self._changed)
        for combo in (self.source_combo, self.district_combo, self.kind_combo):
            combo.installEventFilter(self)
        self.verify_button.clicked.connect(self._verify_last)
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.log_call)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_form)
        paste = QShortcut(QKeySequence(PASTE_ALERT_KEYS), self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste_alert)
        # a guess is confirmed by editing it, or by Enter in it
        self.guess_widgets: dict[str, QWidget] = {name: widget for name, _, widget in rows}
        for name in ("received_at", "caller_name", "caller_phone", "place"):
            edit = self.guess_widgets[name]
            edit.textEdited.connect(lambda *a, n=name: self.confirm_guess(n))
            edit.returnPressed.connect(lambda n=name: self.confirm_guess(n))
        for name in ("source", "district", "suggested_kind"):
            self.guess_widgets[name].currentIndexChanged.connect(lambda *a, n=name: self._edited(n))
        self.description_edit.textChanged.connect(lambda: self._edited("description"))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

        self.clear_form()
        if call_id is not None:
            self.load_draft(call_id)
        else:
            self.offer_draft()
        self._update_title()

    def _pick(self, name: str, choices: list[tuple[str, str]], tip: str) -> PickCombo:
        """A pick-list that may stay empty (its first choice), typed into by pinyin initials."""
        combo = PickCombo(self)
        combo.setObjectName(name)
        combo.add_choice("", None, ())
        for text, value in choices:
            combo.add_choice(text, value)
        combo.setToolTip(tip)
        return combo

    # --- reading the form ------------------------------------------------------------------------

    def current_call(self) -> Call:
        """What is on the form, as a call (the draft's id, the operator as the one who logs it)."""
        return Call(
            received_at=self.received_edit.value_text() or None,
            source=self.source_combo.currentData() or "",
            caller_name=self.caller_edit.text().strip(),
            caller_phone=self.phone_edit.text().strip(),
            district=self.district_combo.currentData() or "",
            place=self.place_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
            suggested_kind=self.kind_combo.currentData() or None,
            logged_by=self.context.session.who,
            is_draft=True,
            id=self.call_id,
            alert_text=self.alert_text,
        )

    def is_blank(self) -> bool:
        """Nothing typed yet (the time put in when the form opened does not count)."""
        return (not any((self.source_combo.currentData(), self.caller_edit.text().strip(),
                         self.phone_edit.text().strip(), self.district_combo.currentData(),
                         self.place_edit.text().strip(), self.description_edit.toPlainText().strip(),
                         self.kind_combo.currentData()))
                and self.received_edit.text().strip() in ("", self._default_time))

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    # --- drafts ------------------------------------------------------------------------------------

    @Slot()
    def _changed(self, *args) -> None:
        if self._loading:
            return
        self._dirty = True
        self.save_timer.start()
        if self.verify_button.isVisible() or self.draft_offer.isVisible():  # a new call is begun: the
            self.verify_button.hide()  # last one's 核实 and the draft's offer would act on another call
            self.draft_offer.hide()

    @Slot()
    def flush(self) -> int | None:
        """Save what is on the form as a draft now (if anything changed). Returns the draft's id."""
        self.save_timer.stop()
        if not self._dirty:
            return self.call_id
        if self.call_id is None and self.is_blank():
            self._dirty = False
            return None
        call = self.current_call()
        try:
            self.store.calls.save_draft(call)
        except (StoreError, WorkflowError) as exc:
            log.warning("draft not saved: %s", exc)
            self.errors.show({"": self.tr("草稿未能保存：{0}").format(message(exc))}, focus=False)
            return self.call_id
        except Exception:  # the database went away (closed): nothing the form can do
            log.exception("draft not saved")
            return self.call_id
        self._dirty = False
        first_save = self.call_id is None
        self.call_id = call.id
        self.status_label.setText(self.tr("草稿已自动保存（{0}）").format(dt.datetime.now().strftime("%H:%M:%S")))
        if first_save:
            self._update_title()
        self.draft_saved.emit(call.id)
        return call.id

    def load_draft(self, call_id: int) -> bool:
        """Bring back a draft (what is on the form now is saved first). False where it is not a draft."""
        if call_id != self.call_id:
            self.flush()
        call = self.store.calls.get(call_id)
        if call is None:
            self.errors.show({"": self.tr("草稿（编号 {0}）不存在，可能已被丢弃。").format(call_id)}, focus=False)
            return False
        if not call.is_draft:
            self.errors.show({"": self.tr("来电 #{0} 已经登记，不是草稿。").format(call_id)}, focus=False)
            return False
        self._loading = True
        try:
            self.clear_fields()
            self.received_edit.setText(call.received_at or "")
            if call.source:
                self.source_combo.select_data(call.source)
            self.caller_edit.setText(call.caller_name)
            self.phone_edit.setText(call.caller_phone)
            if call.district:
                self.district_combo.select_data(call.district)
            self.place_edit.setText(call.place)
            self.description_edit.setPlainText(call.description)
            if call.suggested_kind is not None:
                self.kind_combo.select_data(call.suggested_kind.value)
            self.alert_text = call.alert_text
        finally:
            self._loading = False
        self.call_id = call.id
        self._dirty = False
        self._default_time = ""
        self.status_label.setText(self.tr("草稿 #{0}，接着填写后登记。").format(call.id))
        self.draft_offer.hide()
        self._update_title()
        self.focus_first()
        return True

    @Slot()
    def discard(self) -> None:
        """Throw the draft away (after asking) and close the form."""
        if self.call_id is None and self.is_blank():
            self.close_form()
            return
        if not dialogs.ask_yes_no(self, self.tr("丢弃草稿"),
                                  self.tr("确定丢弃这份草稿吗？已填写的内容将被删除，无法恢复。")):
            return
        self.save_timer.stop()
        if self.call_id is not None:
            try:
                self.store.calls.discard_draft(self.call_id)
            except (StoreError, WorkflowError) as exc:
                self.errors.show({"": message(exc)}, focus=False)
                return
        self.clear_form()
        self.close_form()

    # --- logging -------------------------------------------------------------------------------------

    @Slot()
    def log_call(self) -> int | None:
        """Log the call (接报). Messages show beside the fields when something must be fixed (and the
        draft is kept); on success the form is cleared for the next call. Returns the call's id."""
        self.save_timer.stop()
        self.received_edit.normalise()
        self.errors.clear()
        if self.guesses and not dialogs.ask_yes_no(
                self, self.tr("登记"), self.tr("还有 {0} 栏是从警情读出、尚未核对的：{1}。仍然登记吗？").format(
                    len(self.guesses), "、".join(self._field_name(n) for n in self.guesses))):
            return None
        call = self.current_call()
        try:
            calls_service.log(self.store, self.context.session, call, now=self.now_provider())
        except CallInvalid as exc:
            self.errors.show(exc.errors)
            self.flush()
            return None
        except (WorkflowError, StoreError) as exc:
            self.errors.show({"": message(exc)})
            self.flush()
            return None
        self.call_id = None
        self._dirty = False
        self.last_logged_id = call.id
        self.clear_form()
        from wz_desktop.ui.labels import word

        summary = "　".join(part for part in (call.received_at or "", word(call.source, "call_source"), call.caller_name,
                                             call.place or word(call.district, "district")) if part)
        self.status_label.setText(self.tr("已登记来电 #{0}：{1}。可接着登记下一个来电。").format(call.id, summary))
        self.verify_button.setText(self.tr("核实 #{0}(&V)…").format(call.id))
        self.verify_button.show()
        self.draft_offer.hide()
        self.logged.emit(call.id)
        return call.id

    @Slot()
    def _verify_last(self) -> None:
        if self.last_logged_id is not None:
            self.verify_requested.emit(self.last_logged_id)

    # --- a pasted alert ---------------------------------------------------------------------------

    def _field_name(self, name: str) -> str:
        label = self.field_labels.get(name)
        if label is not None:
            return label.text().split("(&")[0].replace("&", "")
        names = {"person_name": self.tr("姓名"), "person_sex": self.tr("性别"), "person_age": self.tr("年龄"),
                 "person_height": self.tr("身高"), "person_clothing": self.tr("衣着"),
                 "person_condition": self.tr("病情"), "person_phone": self.tr("本人电话"),
                 "last_seen_place": self.tr("最后见到的地点"), "last_seen_at": self.tr("最后见到的时间"),
                 "vessel": self.tr("船名"), "position": self.tr("经纬度"), "kind": self.tr("建议任务类别"),
                 "missing": self.tr("是否走失")}
        return names.get(name, name)

    def _field_text(self, name: str) -> str:
        """What the field holds now, as text ('' when empty; the time put in on opening counts as empty)."""
        widget = self.guess_widgets[name]
        if name == "received_at":
            text = self.received_edit.text().strip()
            return "" if text == self._default_time else text
        if isinstance(widget, PickCombo):
            return widget.currentText() if widget.currentData() else ""
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        return widget.text().strip()  # type: ignore[attr-defined]

    def _set_field(self, name: str, value: object) -> None:
        widget = self.guess_widgets[name]
        if isinstance(widget, PickCombo):
            widget.select_data(getattr(value, "value", value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        else:
            widget.setText(str(value))  # type: ignore[attr-defined]

    def person_line(self, reading: AlertReading) -> str:
        """The missing person's details (or the vessel's), which the form has no field for, on one
        line, in Chinese whatever the window's language: it is stored in 情况 (``AlertReading.person_line``)."""
        return reading.person_line()

    @Slot()
    def paste_alert(self, text: str | None = None) -> AlertReading | None:
        """Read an alert (the clipboard's text when none is given) into the form: see the module's doc.
        Returns the reading (None when there was no text)."""
        if not isinstance(text, str):
            text = QApplication.clipboard().text()
        if not text or not text.strip():
            self.status_label.setText(self.tr("剪贴板里没有文字：先复制警情（短信、微信），再按 {0}。")
                                      .format(PASTE_ALERT_KEYS))
            return None
        reading = read_alert(text, now=self.now_provider())
        values = reading.call_values()
        sources = {name: reading.source_text("kind" if name == "suggested_kind" else name) for name in values}
        extra = self.person_line(reading)
        if extra:
            described = str(values.get("description", "")).strip()
            values["description"] = f"{described}\n{extra}" if described else extra
            sources["description"] = "　".join(
                [sources.get("description", "")] + [reading.source_text(n) for n in PERSON_FIELDS if n in reading.found])
        typed = {name: self._field_text(name) for name in values
                 if name not in self.guesses and self._field_text(name)}
        typed = {name: now for name, now in typed.items() if now != self._shown_value(name, values[name])}
        kept: list[str] = []
        if typed:
            lines = "<br>".join(self.tr("{0}：{1} → {2}").format(
                self._field_name(n), now[:40], self._shown_value(n, values[n])[:40]) for n, now in typed.items())
            if not dialogs.ask_yes_no(self, self.tr("粘贴警情"), self.tr(
                    "这些栏目已经填写了，要换成警情里读出的吗？<br>{0}<br>选“否”则保留已填写的内容。").format(lines)):
                kept = list(typed)
        self._filling = True
        try:
            for name, value in values.items():
                if name in kept:
                    continue
                self._set_field(name, value)
                self._mark_guess(name, sources.get(name, ""))
        finally:
            self._filling = False
        if self.alert_text and text.strip() not in self.alert_text:
            self.alert_text = f"{self.alert_text}\n\n{text}"
        elif not self.alert_text:
            self.alert_text = text
        self._show_alert_panel(reading, [n for n in values if n not in kept], kept)
        self._changed()
        return reading

    def _shown_value(self, name: str, value: object) -> str:
        widget = self.guess_widgets[name]
        if isinstance(widget, PickCombo):
            index = widget.findData(getattr(value, "value", value))
            return widget.itemText(index) if index >= 0 else str(value)
        return str(value)

    def _show_alert_panel(self, reading: AlertReading, filled: list[str], kept: list[str]) -> None:
        import html

        lines = [self.tr("从粘贴的警情填了 {0} 栏（黄底），都是推测，请逐栏核对：改动或在栏内按 Enter 即确认。")
                 .format(len(filled))]
        reasons = [f"{html.escape(self._field_name(n))}：{html.escape(message(d.reason))}"
                   for n, d in reading.doubts.items() if n not in ("missing",)]
        if reasons:
            lines.append(self.tr("没有填（拿不准）：") + "；".join(reasons))
        names = {"suggested_kind": "kind"}
        unread = [self._field_name(n) for n in self.guess_widgets
                  if names.get(n, n) not in reading.found and names.get(n, n) not in reading.doubts]
        if unread:
            lines.append(self.tr("警情里没有读到：{0}").format("、".join(unread)))
        if kept:
            lines.append(self.tr("保留了已填写的：{0}").format("、".join(self._field_name(n) for n in kept)))
        self.alert_label.setText("<br>".join(lines))
        self._alert_lines = lines
        self.alert_panel.show()
        self.confirm_all_button.setVisible(bool(self.guesses))

    def _mark_guess(self, name: str, words: str) -> None:
        widget = self.guess_widgets[name]
        if name not in self.guesses:
            self._tips[name] = widget.toolTip()
        self.guesses[name] = words
        qt_class = ("QComboBox" if isinstance(widget, PickCombo) else
                    "QPlainTextEdit" if isinstance(widget, QPlainTextEdit) else "QLineEdit")
        widget.setStyleSheet(f"{qt_class} {{ background-color: {GUESS_COLOR}; }}")
        widget.setProperty("alertGuess", True)
        words = words if len(words) <= 200 else words[:200] + "…"
        widget.setToolTip(self.tr("从粘贴的警情读出，请核对：{0}").format(words))

    def is_guess(self, name: str) -> bool:
        return name in self.guesses

    def _edited(self, name: str) -> None:
        if not self._filling and not self._loading:
            self.confirm_guess(name)

    def confirm_guess(self, name: str) -> None:
        """The secretary has looked at the field (edited it, or pressed Enter in it): no longer a guess."""
        if name not in self.guesses:
            return
        del self.guesses[name]
        widget = self.guess_widgets[name]
        widget.setStyleSheet("")
        widget.setProperty("alertGuess", False)
        widget.setToolTip(self._tips.pop(name, ""))
        if not self.guesses:
            self.confirm_all_button.hide()
            if self._alert_lines:  # the note no longer says "all guesses" once they are all checked
                self._alert_lines[0] = self.tr("从粘贴的警情填的栏都已核对。")
                self.alert_label.setText("<br>".join(self._alert_lines))

    @Slot()
    def confirm_all_guesses(self) -> None:
        for name in list(self.guesses):
            self.confirm_guess(name)

    # --- clearing, focus, closing -----------------------------------------------------------------

    def clear_fields(self) -> None:
        self._loading = True
        try:
            self.received_edit.clear()
            for combo in (self.source_combo, self.district_combo, self.kind_combo):
                combo.setCurrentIndex(0)
            for edit in (self.caller_edit, self.phone_edit, self.place_edit):
                edit.clear()
            self.description_edit.clear()
        finally:
            self._loading = False
        self.errors.clear()
        self.alert_text = ""
        self.confirm_all_guesses()
        self._alert_lines = []
        self.alert_panel.hide()

    def clear_form(self) -> None:
        """An empty form for a new call, the time set to now."""
        self.save_timer.stop()
        self.clear_fields()
        self.call_id = None
        self._dirty = False
        self.received_edit.set_now()
        self._default_time = self.received_edit.text()
        self._update_title()
        self.focus_first()

    @Slot()
    def recognise_caller(self, *args) -> list:
        """The number typed has called before: say when, who, where and what became of it (the name
        of the last call is offered as the caller's, grey, until typed)."""
        try:
            earlier = self.store.calls.by_phone(self.phone_edit.text(), exclude=self.call_id)
        except Exception:  # noqa: BLE001 (a hint only)
            earlier = []
        if not earlier:
            self.caller_seen_label.hide()
            self.caller_edit.setPlaceholderText(self.tr("姓名或称呼，如 王女士"))
            return []
        from wz_desktop.ui.call_model import call_status_label
        from wz_desktop.ui.labels import word

        last = earlier[0]
        what = "　".join(p for p in (last.received_at or "", last.caller_name, word(last.district), last.place,
                                     last.description[:24], call_status_label(last)) if p)
        self.caller_seen_label.setText(self.tr("这个号码以前来过电话（{0} 次，最近一次 #{1}）：{2}").format(
            len(earlier), last.id, what))
        self.caller_seen_label.show()
        if last.caller_name:
            self.caller_edit.setPlaceholderText(last.caller_name)
        return earlier

    def offer_draft(self) -> int | None:
        """On a blank form: offer the newest draft kept earlier (not open in another window) with
        继续填写草稿. Returns its id (None when there is none)."""
        self.offered_draft = None
        self.draft_offer.hide()
        if self.call_id is not None or not self.is_blank():
            return None
        try:
            elsewhere = self.drafts_open_elsewhere()
            drafts = [c for c in self.store.calls.drafts() if c.id not in elsewhere]
        except Exception:  # an offer is a convenience
            log.exception("reading the drafts")
            return None
        if not drafts:
            return None
        draft = drafts[0]  # the latest touched
        from wz_desktop.ui.labels import word

        what = "　".join(p for p in (draft.received_at or "", word(draft.source, "call_source"), draft.caller_name,
                                     draft.caller_phone, draft.place or word(draft.district, "district"),
                                     draft.description[:20]) if p)
        more = self.tr("（另有 {0} 份草稿在“接报”页）").format(len(drafts) - 1) if len(drafts) > 1 else ""
        self.draft_offer_label.setText(self.tr("有一份未登记的草稿 #{0}：{1}{2}").format(draft.id, what, more))
        self.offered_draft = draft.id
        self.draft_offer.show()
        return draft.id

    @Slot()
    def _resume_offered(self) -> None:
        if self.offered_draft is not None:
            self.load_draft(self.offered_draft)

    def focus_first(self) -> None:
        self.received_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.received_edit.selectAll()

    def _update_title(self) -> None:
        if self.call_id is None:
            self.setWindowTitle(self.tr("新来电"))
        else:
            self.setWindowTitle(self.tr("来电草稿 #{0}").format(self.call_id))

    @Slot()
    def _next_field(self) -> None:
        self.focusNextChild()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        enter = (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if enter and watched in (self.source_combo, self.district_combo, self.kind_combo):
            names = {self.source_combo: "source", self.district_combo: "district", self.kind_combo: "suggested_kind"}
            self.confirm_guess(names[watched])  # a pick-list's guess looked at and accepted
        if enter and watched is self.kind_combo:
            self.log_call()
            return True
        return super().eventFilter(watched, event)

    def may_close(self) -> bool:
        """Always: what is typed is kept as a draft."""
        return True

    @Slot()
    def close_form(self) -> None:
        """Save the draft and ask the host to close (a form that is its own window closes)."""
        self.flush()
        self.close_requested.emit()
        if self.isWindow():
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.flush()
        super().closeEvent(event)
