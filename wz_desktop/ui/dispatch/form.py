"""出队: the dispatch form, and the 接龙 panel that reads a WeChat sign-up list into it.

    form = DispatchForm(context, call_id=12)              # from a verified call
    form = DispatchForm(context, kind=TaskKind.TRAINING)  # training / epidemic duty / upkeep: no call
    form = DispatchForm(context, task_id=345)             # correcting a dispatch already recorded

Fields top to bottom (and in tab order): 任务类别, 事件编号 (empty: the next number is issued; the
placeholder shows which, without reserving it), 出队时间, 事件摘要, 分队 (type to find, Enter ticks),
带队队长, 出队队员 (the roster picker: name, phone or code; Enter or Down to choose; Delete removes
the selected rows), 车辆, 出队人数 / 出队车次 (empty: follow the lists, shown live), 备注 (Enter
saves). ``Ctrl+S`` saves, ``Ctrl+Shift+V`` opens the 接龙 panel, ``Esc`` closes (what is typed is
kept as a draft, saved ~500 ms after each change, and restored when the form is opened again for
the same call / task / direct dispatch).

Every read and write goes through ``context.store`` (``flow``, ``roster``, ``calls``); nothing here
knows SQL. The rules are the store's (``domain.lifecycle.validate_dispatch``): its messages are
shown beside their fields, the call's at the top.
"""
from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QWidget

from wz_desktop.domain.kinds import KIND_ORDER, TaskKind
from wz_desktop.domain.lifecycle import DIRECT_KINDS, MEMBER_ROLES, Dispatch, DispatchInvalid, DispatchMember
from wz_desktop.domain.records import Member, TaskStatus
from wz_desktop.domain.roles import Action
from wz_desktop.domain.signup import prepare as prepare_signup
from wz_desktop.domain.workflow import WorkflowError
from wz_desktop.services import event_numbers, tasks
from wz_desktop.store.errors import StoreError
from wz_desktop.ui.dispatch.check_list import CheckList
from wz_desktop.ui.dispatch.common import HINT_STYLE, NOTE_STYLE, member_text, short_summary
from wz_desktop.ui.dispatch.member_picker import MemberPicker
from wz_desktop.ui.dispatch.member_table import MemberTable
from wz_desktop.ui.dispatch.new_member import ask_new_member
from wz_desktop.ui.dispatch.signup_dialog import SignupDialog
from wz_desktop.ui.form_errors import FormErrors
from wz_desktop.ui.forms import STRETCH, boxed, button, form, hbox, line_edit, tab_chain, text_label, vbox
from wz_desktop.ui.labels import kind_label, word
from wz_desktop.ui.texts import message
from wz_desktop.ui.widgets import PickCombo, StaleBar, WhenEdit


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchForm", text)


DRAFT_FORM = "dispatch"
DRAFT_DELAY_MS = 500  # what is typed is kept this long after the last change


class DispatchForm(QWidget):
    """出队 (see the module's doc).

    Signals: ``dispatched(task_id)`` after a new dispatch was recorded (the form then stays open on
    the new task, in correcting mode, and shows the issued event number); ``saved(task_id)`` after
    every successful save (new or corrected); ``closed()`` when Esc (or ``close_form``) closed it.
    ``add_member_callback(name, squad_id) -> member id | None`` adds a name of the 接龙 list to the
    roster (default: a small dialog for phone and squad, then ``store.roster.add_member``).
    """

    dispatched = Signal(int)
    saved = Signal(int)
    closed = Signal()

    def __init__(self, context, call_id: int | None = None, task_id: int | None = None, kind=None,
                 parent: QWidget | None = None,
                 add_member_callback: Callable[[str, int | None], int | None] | None = None):
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.call_id = call_id
        self.task_id = task_id
        self.call = None
        self.add_member_callback = add_member_callback or self._add_member_default
        self.signup_dialog: SignupDialog | None = None
        # a 接龙 list pasted soon after the form opens must not freeze it while the dictionary loads
        threading.Thread(target=prepare_signup, name="signup-dictionary", daemon=True).start()
        self._case_id: int | None = None
        self._loading = True
        self._dirty = False
        self._edited = False
        self._loaded: Dispatch | None = None
        self._preview_year: int | None = None
        self._read_only = False
        self._leader_on_list: int | None = None
        self._squad_names: dict[int, str] = {}
        self._refresh_squad_names()
        self.setWindowTitle(_t("出队"))

        existing = self.store.flow.dispatch_of(task_id) if task_id is not None else None
        if existing is not None:
            self.call_id = existing.call_id
            self._case_id = existing.case_id
            task = self.store.tasks.get(task_id)
            self._read_only = task is not None and task.status == TaskStatus.ARCHIVED
        if self.call_id is not None:
            self.call = self.store.calls.get(self.call_id)

        self._build(kind, existing)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        if existing is not None:
            self._load(existing)
        else:
            self._defaults(kind)
        draft = self.store.flow.form_draft(DRAFT_FORM, self.draft_key)
        self._edited = bool(draft)  # typed into since the record was read (a draft counts)
        if draft:
            self._apply(draft)
            self.draft_note.setText(_t("已恢复未保存的草稿"))
            self.draft_row.show()
        self._update_counts()
        self._update_preview()
        self._loading = False
        self._connect_changes()
        self.squad_list.changed.connect(lambda *_: self.suggest_leader())
        context.roster_changed.connect(self._refresh_squad_names)
        context.changed.connect(self._on_record_changed)

    def _on_record_changed(self, changes) -> None:
        """The task (or the call) changed elsewhere: read it again, or, where something is typed
        here, say so and offer to reload (``stale_bar``)."""
        if changes.origin is self or self._loading:
            return
        try:
            if self.task_id is not None:
                if not changes.touches_record("tasks", self.task_id):
                    return
                if self.store.flow.dispatch_of(self.task_id) == self._loaded:
                    return
            elif self.call_id is not None and changes.touches_record("calls", self.call_id):
                call = self.store.calls.get(self.call_id)
                if call is None or self.call is None or call.status == self.call.status:
                    return
                self.call = call
                self.stale_bar.label.setText(_t("这个来电已在别处出队或结案，不能再从这里出队。"))
                self.stale_bar.button.hide()
                self.stale_bar.show()
                return
            else:
                return
        except Exception:  # noqa: BLE001 (the store closed under us: the window is shutting down)
            return
        if self._edited:
            self.stale_bar.show()
        else:
            self.discard_draft()

    # --- building --------------------------------------------------------------------------------

    def _build(self, kind, existing: Dispatch | None) -> None:
        self.stale_bar = StaleBar(self)
        self.stale_bar.reload_requested.connect(self.discard_draft)
        self.call_label = text_label(self, style=HINT_STYLE, wrap=True)
        self.draft_row = QWidget(self)
        self.draft_note = text_label(self.draft_row, style="color: #8a5a00;")
        self.discard_button = button(_t("放弃草稿"), self.draft_row, clicked=self.discard_draft)
        self.discard_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        hbox(self.draft_note, self.discard_button, STRETCH, margins=0, parent=self.draft_row)
        self.draft_row.hide()
        self.general_error = QLabel(self)
        self.general_error.setObjectName("generalError")
        self.done_label = text_label(self, style=NOTE_STYLE + " font-weight: bold;", hidden=True)
        self.errors = FormErrors(self.general_error)
        body = QWidget(self)

        self.kind_combo = PickCombo(body)
        self._fill_kinds(kind, existing)
        self.event_no_edit = QLineEdit(body)
        self.event_no_edit.setToolTip(_t("留空则由系统按顺序编号；旧编号可照原样填写。"))
        self.departure_edit = WhenEdit(body)
        self.summary_edit = line_edit(body, placeholder=_t("一句话写明事件，例如“星海广场附近海域游客落水”"))
        squads_box = QWidget(body)
        self.squad_filter = line_edit(squads_box, placeholder=_t("输入分队名称筛选，回车勾选第一个"), clear_button=True)
        self.squad_list = CheckList(squads_box)
        shown = {s.id for s in self.store.roster.squads(active_only=True)}
        for squad in self.store.roster.squads():
            if squad.id in shown or (existing is not None and squad.id in existing.squad_ids):
                self.squad_list.add(squad.name, squad.id)
        self.squad_list.fit(8)
        vbox(self.squad_filter, self.squad_list, margins=0, spacing=2, parent=squads_box)

        # two columns, no scroll bar around them: the task on the left, who goes on the right (the
        # list of members takes the height that is left: a dozen rows at 1366x768)
        right = QWidget(body)
        self.leader_picker = MemberPicker(self.store.roster, lambda: self._squad_names, single=True,
                                          placeholder=_t("输入带队队长的姓名、电话或编号"), parent=right)
        members_box = QWidget(right)
        self.member_picker = MemberPicker(self.store.roster, lambda: self._squad_names,
                                          placeholder=_t("加队员：输入姓名、电话或编号，回车加入名单"), parent=members_box)
        self.paste_button = button(_t("粘贴接龙…"), members_box, tip=_t("粘贴微信接龙名单（Ctrl+Shift+V）"),
                                   clicked=self.open_signup)
        self.member_table = MemberTable(members_box)
        self.member_table.setMinimumHeight(120)
        vbox(hbox((self.member_picker, 1), (self.paste_button, 0, Qt.AlignmentFlag.AlignTop)), self.member_table,
             text_label(members_box, _t("Delete 删除选中的行；F2 修改角色或备注；空格勾选自带车。"), style=HINT_STYLE),
             margins=0, spacing=2, parent=members_box)

        self.vehicle_list = CheckList(body)
        self._fill_vehicles(existing)
        self.headcount_edit, self.headcount_hint, headcount_box = self._count_field(body)
        self.trips_edit, self.trips_hint, trips_box = self._count_field(body)
        self.remarks_edit = line_edit(body, placeholder=_t("备注（回车保存）"))

        field = self.errors.field  # in the form's order: the first field in error gets the focus
        task_rows = [(_t("任务类别"), field("kind", self.kind_combo)),
                     (_t("事件编号"), field("event_no", self.event_no_edit)),
                     (_t("出队时间"), field("departure", self.departure_edit)),
                     (_t("事件摘要"), field("summary", self.summary_edit)),
                     (_t("分队"), field("squad_ids", squads_box))]
        people_rows = [(_t("带队队长"), field("leader_id", self.leader_picker)),
                       (_t("出队队员"), field("members", members_box))]
        people_rows[1][1].setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        task_rows += [(_t("车辆"), field("vehicle_ids", self.vehicle_list)),
                      (_t("出队人数"), field("headcount", headcount_box)),
                      (_t("出队车次"), field("vehicle_trips", trips_box)),
                      (_t("备注"), field("remarks", self.remarks_edit))]
        # the red border goes on the field itself, not on the box that holds it with its hint
        for name, widget in (("squad_ids", self.squad_list), ("members", self.member_table),
                             ("headcount", self.headcount_edit), ("vehicle_trips", self.trips_edit)):
            self.errors.add(name, widget, self.errors.label(name))
        form(*people_rows, margins=0, parent=right)
        hbox((boxed(vbox(form(*task_rows), STRETCH), body), 4), (right, 5), margins=0, parent=body)

        self.cancel_button = button(_t("关闭（Esc）"), self, clicked=self.close_form)
        self.save_button = button(_t("出队（Ctrl+S）") if self.task_id is None else _t("保存修改（Ctrl+S）"), self,
                                  clicked=self.save)
        self.save_button.setDefault(True)
        vbox(self.stale_bar, self.call_label, self.draft_row, self.general_error, self.done_label, (body, 1),
             hbox(STRETCH, self.cancel_button, self.save_button), parent=self)
        tab_chain(self.kind_combo, self.event_no_edit, self.departure_edit, self.summary_edit, self.squad_filter,
                  self.squad_list, self.leader_picker.edit, self.member_picker.edit, self.paste_button,
                  self.member_table, self.vehicle_list, self.headcount_edit, self.trips_edit, self.remarks_edit,
                  self.save_button, self.cancel_button)
        self._connect_keys()
        self._explain()

    def _fill_kinds(self, kind, existing: Dispatch | None) -> None:
        kinds = list(KIND_ORDER) if self.call_id is not None else [k for k in KIND_ORDER if k in DIRECT_KINDS]
        wanted = existing.kind if existing is not None else (TaskKind(kind) if kind else None)
        if wanted is not None and wanted not in kinds:
            kinds.append(wanted)  # (a rescue without a call is refused on saving, with the reason)
        if self.call is not None and self.call.suggested_kind is None and existing is None:
            self.kind_combo.add_choice(_t("— 请选择 —"), None, keys=[])
        for each in kinds:
            self.kind_combo.add_choice(kind_label(each), each.value)

    def _fill_vehicles(self, existing: Dispatch | None) -> None:
        on_task = set(existing.vehicle_ids) if existing is not None else set()
        listed = set()
        for vehicle in self.store.roster.vehicles(active_only=True):
            if vehicle.owner_kind == "team":
                self.vehicle_list.add(self._vehicle_text(vehicle), vehicle.id)
                listed.add(vehicle.id)
        for vehicle_id in sorted(on_task - listed):
            vehicle = self.store.roster.vehicle(vehicle_id)
            if vehicle is not None:
                self.vehicle_list.add(self._vehicle_text(vehicle), vehicle.id)
        self.vehicle_list.fit(6)

    def _connect_keys(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save, context=context)
        QShortcut(QKeySequence("Ctrl+Shift+V"), self, activated=self.open_signup, context=context)
        self.squad_filter.textChanged.connect(self._filter_squads)
        self.squad_filter.returnPressed.connect(self._tick_first_squad)
        self.leader_picker.picked.connect(self._leader_picked)
        self.member_picker.picked.connect(lambda member_id: self.add_member(member_id))
        self.remarks_edit.returnPressed.connect(self.save)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.departure_edit.textChanged.connect(lambda _text: self._update_preview())
        self.member_table.itemChanged.connect(lambda _i: self._update_counts())
        self.member_table.rows_removed.connect(self._update_counts)
        self.member_table.rows_added.connect(self._update_counts)
        self.vehicle_list.changed.connect(self._update_counts)

    def _explain(self) -> None:
        """What the form is for (the call), and why it cannot be saved, when it cannot."""
        if self.call is not None:
            self.call_label.setText(_t("来电：{0}　{1}　{2}　{3}").format(
                self.call.received_at or "", word(self.call.source, "call_source"),
                self.call.place or word(self.call.district, "district"),
                self.call.description))
        elif self.call_id is not None:
            self.call_label.setText(_t("来电（编号 {0}）不存在。").format(self.call_id))
        else:
            self.call_label.setText(_t("直接出队：培训保障、疫情防控、整备保养不需要来电。"))
        if self._read_only:
            self.call_label.setText(self.call_label.text() + "\n" + _t("已归档的任务为只读；如需更正，请先在任务页写明原因重新打开。"))
            self.save_button.setEnabled(False)
        elif not self.may_dispatch():
            self.call_label.setText(self.call_label.text() + "\n" + _t("只有值班秘书或管理员可以登记或修改出队；这里只能查看。"))
            self.save_button.setEnabled(False)

    def may_dispatch(self) -> bool:
        """Whether the signed-in person may dispatch or correct a dispatch (``domain.roles``): the
        save button is disabled for the others; the store refuses them anyway."""
        may = getattr(self.store, "may", None)
        return True if may is None else may(Action.DISPATCH)

    def _count_field(self, parent: QWidget) -> tuple[QLineEdit, QLabel, QWidget]:
        box = QWidget(parent)
        edit = QLineEdit(box)
        edit.setValidator(QIntValidator(0, 9999, edit))
        edit.setMaximumWidth(120)
        edit.setToolTip(_t("留空则按名单计算；名单不全时可填写更大的数。"))
        hint = text_label(box, style=HINT_STYLE)
        hbox(edit, (hint, 1), margins=0, parent=box)
        return edit, hint, box

    @staticmethod
    def _vehicle_text(vehicle) -> str:
        text = " ".join(p for p in (vehicle.plate, vehicle.name) if p) or _t("车辆 {0}").format(vehicle.id)
        if vehicle.seats:
            text += _t("（{0} 座）").format(vehicle.seats)
        if vehicle.owner_kind == "member":
            text += _t("（队员私家车）")
        return text

    def _connect_changes(self) -> None:
        for signal in (self.kind_combo.currentIndexChanged, self.event_no_edit.textChanged,
                       self.departure_edit.textChanged, self.summary_edit.textChanged, self.squad_list.changed,
                       self.member_table.itemChanged, self.member_table.rows_removed,
                       self.member_table.rows_added, self.vehicle_list.changed,
                       self.headcount_edit.textChanged, self.trips_edit.textChanged, self.remarks_edit.textChanged,
                       self.leader_picker.picked, self.leader_picker.edit.textEdited):
            signal.connect(self._changed)

    # --- filling ---------------------------------------------------------------------------------

    def _refresh_squad_names(self) -> None:
        self._squad_names = {s.id: s.name for s in self.store.roster.squads()}

    def _defaults(self, kind) -> None:
        if self.call is not None:
            wanted = kind or self.call.suggested_kind
            if wanted is not None:
                self.kind_combo.select_data(TaskKind(wanted).value)
            self.summary_edit.setText(short_summary(self.call.place or self.call.district, self.call.description))
        elif kind is not None:
            self.kind_combo.select_data(TaskKind(kind).value)
        self._kind_changed()
        self.departure_edit.set_now()

    def _load(self, dispatch: Dispatch) -> None:
        self._loaded = dispatch
        self.kind_combo.select_data(dispatch.kind.value)
        self._kind_changed()
        self.event_no_edit.setText(dispatch.event_no or "")
        self.departure_edit.setText(dispatch.departure or "")
        self.summary_edit.setText(dispatch.summary)
        self.squad_list.set_checked_only(dispatch.squad_ids)
        self._set_leader(dispatch.leader_id)
        for member in dispatch.members:
            self.add_member(member.member_id, member.role, member.brings_car, member.note)
        self.vehicle_list.set_checked_only(dispatch.vehicle_ids)
        self.headcount_edit.setText("" if dispatch.headcount is None else str(dispatch.headcount))
        self.trips_edit.setText("" if dispatch.vehicle_trips is None else str(dispatch.vehicle_trips))
        self.remarks_edit.setText(dispatch.remarks)

    def _set_leader(self, member_id: int | None) -> None:
        member = self.store.roster.member(member_id) if member_id is not None else None
        if member is None:
            self.leader_picker.set_member(None)
        else:
            self.leader_picker.set_member(member.id, member_text(member, self._squad_names))
        self._leader_on_list = member_id

    def _kind_changed(self) -> None:
        kind = self.kind()
        # planned work may lie ahead (a bare 9:00 is today's); a rescue has just happened
        self.departure_edit.prefer_past = kind not in DIRECT_KINDS

    # --- reading the fields --------------------------------------------------------------------

    def kind(self) -> TaskKind | None:
        data = self.kind_combo.currentData()
        return TaskKind(data) if data else None

    def members(self) -> list[DispatchMember]:
        return [DispatchMember(member_id=r["member_id"], role=r["role"], brings_car=r["brings_car"],
                               note=r["note"].strip(), name=r["name"]) for r in self.member_table.rows()]

    @staticmethod
    def _count(edit: QLineEdit) -> int | None:
        text = edit.text().strip()
        return int(text) if text.isdigit() else None

    def dispatch_data(self) -> Dispatch | None:
        """What the form holds, as the store takes it (None where no kind is chosen yet)."""
        kind = self.kind()
        if kind is None:
            return None
        return Dispatch(kind=kind, departure=self.departure_edit.value_text() or None,
                        summary=self.summary_edit.text().strip(), call_id=self.call_id,
                        event_no=self.event_no_edit.text().strip(), squad_ids=self.squad_list.checked(),
                        leader_id=self.leader_picker.member_id, members=self.members(),
                        vehicle_ids=self.vehicle_list.checked(), headcount=self._count(self.headcount_edit),
                        vehicle_trips=self._count(self.trips_edit), remarks=self.remarks_edit.text().strip(),
                        case_id=self._case_id)

    def listed_counts(self) -> tuple[int, int]:
        """(people, trips) as the lists give them: the members (and the leader), the ticked team
        vehicles and the members who bring their own car."""
        rows = self.member_table.rows()
        people = {r["member_id"] for r in rows}
        if self.leader_picker.member_id is not None:
            people.add(self.leader_picker.member_id)
        trips = len(self.vehicle_list.checked()) + sum(1 for r in rows if r["brings_car"])
        return len(people), trips

    # --- editing the lists -----------------------------------------------------------------------

    def add_member(self, member_id: int, role: str | None = None, brings_car: bool = False, note: str = "") -> bool:
        """Put a member on the list (False where already there: a car or a note may be added). The
        role is the roster's (a 副队长 stays 副队长) unless given; a squad leader on the list is
        suggested as the turn-out's leader when none is chosen yet."""
        row = self.member_table.row_of(member_id)
        if row >= 0:
            if brings_car:
                self.member_table.set_car(row, True)
            if note and not self.member_table.item(row, MemberTable.NOTE).text():
                self.member_table.item(row, MemberTable.NOTE).setText(note)
            self.member_table.selectRow(row)
            return False
        member = self.store.roster.member(member_id)
        if member is None:
            return False
        name = member.name
        if role is None:
            role = member.role if member.role in MEMBER_ROLES and member.role != "队长" else "队员"
        row = self.member_table.add_row(member.id, name, member.code or "",
                                        self._squad_names.get(member.squad_id, "") if member.squad_id else "",
                                        role, brings_car, note)
        self.member_table.scrollToItem(self.member_table.item(row, 0))
        self._update_counts()
        self.suggest_leader()
        return True

    def suggest_leader(self) -> int | None:
        """No leader chosen yet: the first on the list who leads one of the ticked squads, or is a
        队长 in the roster, becomes the leader (shown in 带队队长; any other can be typed over it)."""
        if self._loading or self._read_only or self.leader_picker.member_id is not None:
            return None
        listed = [r["member_id"] for r in self.member_table.rows()]
        if not listed:
            return None
        leaders = set()
        for squad_id in self.squad_list.checked():
            squad = self.store.roster.squad(squad_id)
            if squad is not None and squad.leader_id is not None:
                leaders.add(squad.leader_id)
        chosen = next((m for m in listed if m in leaders), None)
        if chosen is None:
            chosen = next((m for m in listed if (member := self.store.roster.member(m)) is not None
                           and member.role == "队长"), None)
        if chosen is None:
            return None
        self._set_leader(chosen)
        self._leader_picked(chosen)
        return chosen

    def _leader_picked(self, member_id: int) -> None:
        """The leader goes too: on the list as 队长 (a leader chosen before goes back to 队员)."""
        previous = self._leader_on_list
        if previous is not None and previous != member_id:
            row = self.member_table.row_of(previous)
            if row >= 0 and self.member_table.role(row) == "队长":
                self.member_table.set_role(row, "队员")
        self._leader_on_list = member_id
        row = self.member_table.row_of(member_id)
        if row >= 0:
            self.member_table.set_role(row, "队长")
        elif self.add_member(member_id, role="队长"):
            self.member_table.move_to_top(self.member_table.rowCount() - 1)  # leaders first
        self._update_counts()

    def _filter_squads(self, text: str) -> None:
        text = text.strip()
        for i in range(self.squad_list.count()):
            item = self.squad_list.item(i)
            item.setHidden(bool(text) and text not in item.text())

    def _tick_first_squad(self) -> None:
        for i in range(self.squad_list.count()):
            item = self.squad_list.item(i)
            if not item.isHidden():
                item.setCheckState(Qt.CheckState.Checked)
                self.squad_filter.clear()
                self.squad_list.scrollToItem(item)
                return

    def _update_counts(self) -> None:
        people, trips = self.listed_counts()
        self.headcount_edit.setPlaceholderText(_t("按名单：{0}").format(people))
        self.trips_edit.setPlaceholderText(_t("按名单：{0}").format(trips))
        self.headcount_hint.setText(_t("名单 {0} 人；留空则按名单").format(people))
        self.trips_hint.setText(_t("队伍车辆 {0} + 队员自驾 {1}；留空则按名单").format(
            len(self.vehicle_list.checked()), trips - len(self.vehicle_list.checked())))

    def _update_preview(self) -> None:
        if self.task_id is not None:
            self.event_no_edit.setPlaceholderText(_t("留空则保持原编号"))
            return
        moment = self.departure_edit.moment()
        year = (moment or dt.datetime.now()).year
        if year != self._preview_year:
            self._preview_year = year
            self.event_no_edit.setPlaceholderText(_t("自动：{0}").format(event_numbers.preview(self.store, year)))

    # --- the 接龙 list -----------------------------------------------------------------------------

    def open_signup(self) -> SignupDialog:
        """The 接龙 panel (not blocking: "确定" merges the list into the table)."""
        if self.signup_dialog is None:
            self.signup_dialog = SignupDialog(
                self.store.roster, self.store.roster.squads(active_only=True), lambda: self._squad_names,
                self._add_member_from_list, lambda: (self.squad_list.checked() or [None])[0], self)
            self.signup_dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.signup_dialog.accepted.connect(self._merge_signup)
        self.signup_dialog.show()
        self.signup_dialog.raise_()
        self.signup_dialog.activateWindow()
        self.signup_dialog.text_edit.setFocus()
        return self.signup_dialog

    def _add_member_from_list(self, name: str, squad_id: int | None) -> int | None:
        member_id = self.add_member_callback(name, squad_id)
        if member_id is not None:
            self._refresh_squad_names()
        # the roster's editor belongs to the main window, which came to the front when it closed:
        # the dispatch form, and the 接龙 list over it, come back in front
        self.window().raise_()
        front = self.signup_dialog if self.signup_dialog is not None and self.signup_dialog.isVisible() else None
        if front is not None:
            front.raise_()
            front.activateWindow()
        else:
            self.window().activateWindow()
        return member_id

    def _merge_signup(self) -> None:
        dialog = self.signup_dialog
        for choice in dialog.choices():
            self.add_member(choice.member_id, brings_car=choice.brings_car, note=choice.note)
        for squad_id in dialog.squad_ids():
            self.squad_list.set_checked(squad_id)
        self._update_counts()
        self._changed()
        self.window().activateWindow()
        self.member_table.setFocus()

    def _add_member_default(self, name: str, squad_id: int | None) -> int | None:
        answer = ask_new_member(self, name, self.store.roster.squads(active_only=True), squad_id)
        if answer is None:
            return None
        name, phone, squad = answer
        try:
            member_id = self.store.roster.add_member(Member(name=name or "", squad_id=squad, phone=phone),
                                                     actor=self.context.session.actor)
        except (StoreError, ValueError) as exc:
            # said where the name was asked for: on the 接龙 list (over the form), else on the form
            shown = self.signup_dialog if self.signup_dialog is not None and self.signup_dialog.isVisible() else self
            shown.errors.show({"": _t("没有加入名册：{0}").format(message(exc))})
            return None
        return member_id

    # --- saving ----------------------------------------------------------------------------------

    def save(self) -> int | None:
        """出队 (or save the correction): the task id, or None where the store refused (the messages
        are then beside their fields and nothing is written)."""
        if self._read_only or not self.save_button.isEnabled():
            return None
        self.errors.clear()
        self.done_label.hide()
        self.departure_edit.normalise()
        dispatch = self.dispatch_data()
        if dispatch is None:
            self.errors.show({"kind": _t("请选择任务类别。")})
            return None
        try:
            with self.context.acting(self):
                if self.task_id is None:
                    task_id = tasks.dispatch(self.store, self.context.session, dispatch)
                else:
                    tasks.update_dispatch(self.store, self.context.session, self.task_id, dispatch)
                    task_id = self.task_id
        except DispatchInvalid as exc:
            errors = dict(exc.errors)
            if "squad_ids" in errors and self.squad_list.count() == 0:  # say where squads come from
                errors["squad_ids"] = _t("名册中还没有分队。请先在“名册”页（Ctrl+6）的“分队”中新增分队，"
                                         "或在“名册”页导入队伍名册工作簿。")
            if "call_id" in errors and self.call_id is None:
                errors.setdefault("kind", errors["call_id"])  # a rescue needs its call: said beside the kind too
            self.errors.show(errors)
            return None
        except (WorkflowError, StoreError) as exc:
            self.errors.show({"_": message(exc)})
            return None
        old_key = self.draft_key
        first = self.task_id is None
        self.task_id = task_id
        self._draft_timer.stop()
        self.store.flow.discard_form_draft(DRAFT_FORM, old_key)
        self.store.flow.discard_form_draft(DRAFT_FORM, self.draft_key)
        self._dirty = False
        self._edited = False
        self.stale_bar.hide()
        self._loaded = self.store.flow.dispatch_of(task_id)
        self.draft_row.hide()
        number = self.store.tasks.get(task_id).event_no
        self._loading = True
        self.event_no_edit.setText(number)
        self._loading = False
        self._update_preview()
        if first:
            self.done_label.setText(_t("已出队，事件编号 {0}").format(number))
            self.save_button.setText(_t("保存修改（Ctrl+S）"))
        else:
            self.done_label.setText(_t("已保存修改（事件编号 {0}）").format(number))
        self.done_label.show()
        if first:
            self.dispatched.emit(task_id)
        self.saved.emit(task_id)
        return task_id

    def issued_event_no(self) -> str:
        """The event number shown after saving ('' before)."""
        return self.event_no_edit.text() if self.task_id is not None else ""

    def shown_errors(self) -> dict[str, str]:
        """The messages beside the fields, by field; the one at the top under ``""``."""
        shown = self.errors.shown()
        if self.general_error.text() and self.general_error.isVisibleTo(self):
            shown[""] = self.general_error.text()
        return shown

    # --- drafts ----------------------------------------------------------------------------------

    @property
    def draft_key(self) -> str:
        if self.task_id is not None:
            return f"task:{self.task_id}"
        if self.call_id is not None:
            return f"call:{self.call_id}"
        return "direct"

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self._dirty = True
        self._edited = True
        self.done_label.hide()
        self._draft_timer.start()

    def draft_data(self) -> dict:
        kind = self.kind()
        return {"kind": kind.value if kind else None, "event_no": self.event_no_edit.text(),
                "departure": self.departure_edit.text(), "summary": self.summary_edit.text(),
                "squad_ids": self.squad_list.checked(), "leader_id": self.leader_picker.member_id,
                "leader_text": self.leader_picker.edit.text(), "members": self.member_table.rows(),
                "vehicle_ids": self.vehicle_list.checked(), "headcount": self.headcount_edit.text(),
                "vehicle_trips": self.trips_edit.text(), "remarks": self.remarks_edit.text()}

    def save_draft(self) -> None:
        """Keep what is typed (called ~500 ms after the last change, and on closing)."""
        self._draft_timer.stop()
        if not self._dirty or self._read_only:
            return
        self.store.flow.save_form_draft(DRAFT_FORM, self.draft_key, self.draft_data())
        self._dirty = False

    def _apply(self, data: dict) -> None:
        if data.get("kind"):
            self.kind_combo.select_data(data["kind"])
            self._kind_changed()
        self.event_no_edit.setText(data.get("event_no", ""))
        self.departure_edit.setText(data.get("departure", ""))
        self.summary_edit.setText(data.get("summary", ""))
        self.squad_list.set_checked_only(data.get("squad_ids", []))
        if data.get("leader_id") is not None:
            self._set_leader(data["leader_id"])
        else:
            self.leader_picker.set_member(None)
            self.leader_picker.edit.setText(data.get("leader_text", ""))
        self.member_table.setRowCount(0)
        for row in data.get("members", []):
            self.member_table.add_row(row["member_id"], row.get("name", ""), row.get("code", ""),
                                      row.get("squad", ""), row.get("role", "队员"), bool(row.get("brings_car")),
                                      row.get("note", ""))
        self.vehicle_list.set_checked_only(data.get("vehicle_ids", []))
        self.headcount_edit.setText(data.get("headcount", ""))
        self.trips_edit.setText(data.get("vehicle_trips", ""))
        self.remarks_edit.setText(data.get("remarks", ""))

    def discard_draft(self) -> None:
        """"放弃草稿": back to what the call / task / defaults say."""
        self._draft_timer.stop()
        self.store.flow.discard_form_draft(DRAFT_FORM, self.draft_key)
        self._loading = True
        self.member_table.setRowCount(0)
        self.leader_picker.clear()
        self.squad_list.set_checked_only([])
        self.vehicle_list.set_checked_only([])
        for edit in (self.event_no_edit, self.summary_edit, self.headcount_edit, self.trips_edit, self.remarks_edit):
            edit.clear()
        if self.task_id is not None:
            self._load(self.store.flow.dispatch_of(self.task_id))
        else:
            self._defaults(None)
        self._loading = False
        self._dirty = False
        self._edited = False
        self.stale_bar.hide()
        self._update_counts()
        self.draft_row.hide()

    # --- closing ---------------------------------------------------------------------------------

    def close_form(self) -> None:
        """Esc: keep the draft, then close."""
        self.save_draft()
        self.close()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.close_form()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.save_draft()
        if self.signup_dialog is not None:
            self.signup_dialog.close()
        super().closeEvent(event)


__all__ = ["DispatchForm", "DRAFT_FORM"]
