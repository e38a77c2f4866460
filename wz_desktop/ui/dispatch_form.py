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
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QIntValidator, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wz_desktop.domain.kinds import KIND_ORDER, TaskKind
from wz_desktop.domain.lifecycle import DIRECT_KINDS, MEMBER_ROLES, Dispatch, DispatchInvalid, DispatchMember
from wz_desktop.domain.records import Member, Squad, TaskStatus
from wz_desktop.domain.roles import Action
from wz_desktop.domain.signup import (
    SKIP_LABELS,
    Candidate,
    FunctionLookup,
    Match,
    MatchStatus,
    SkippedLine,
    match_entries,
    parse_signup,
    squad_fits,
)
from wz_desktop.domain.workflow import WorkflowError
from wz_desktop.services import event_numbers
from wz_desktop.store.errors import StoreError
from wz_desktop.ui import dialogs
from wz_desktop.ui.labels import kind_label
from wz_desktop.ui.texts import message
from wz_desktop.ui.widgets import FormErrors, PickCombo, StaleBar, WhenEdit

DRAFT_FORM = "dispatch"
DRAFT_DELAY_MS = 500  # what is typed is kept this long after the last change
SUMMARY_LENGTH = 40  # a summary prefilled from the call is cut to this many characters
PICKER_LIMIT = 20  # members the roster picker lists at most

MATCHED_BG = QColor("#e6f4ea")
AMBIGUOUS_BG = QColor("#fff4d6")
UNKNOWN_BG = QColor("#fde7e7")
SKIPPED_FG = QColor("#888888")
NOTE_STYLE = "color: #2e7d32;"
HINT_STYLE = "color: #666666;"


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchForm", text)


def member_text(member: Member, squad_names: dict[int, str], phone: bool = False) -> str:
    """王建国 · WZ0001 · 甘井子分队 (· 13804110001), as the pickers list a member."""
    parts = [member.name]
    if member.nickname and member.nickname != member.name:
        parts[0] += f"（{member.nickname}）"
    if member.code:
        parts.append(member.code)
    squad = squad_names.get(member.squad_id) if member.squad_id is not None else None
    parts.append(squad or _t("未分队"))
    if phone and member.phone:
        parts.append(member.phone)
    text = " · ".join(parts)
    if not member.active:
        text += _t("（已停用）")
    return text


def short_summary(place: str, description: str, limit: int = SUMMARY_LENGTH) -> str:
    """A summary from the call: the place and the first sentence of what happened, cut short."""
    place = (place or "").strip()
    first = re.split(r"[。！？!?\n；;]", (description or "").strip(), maxsplit=1)[0].strip(" ，,")
    if place and first.startswith(place):
        text = first
    elif place and first:
        text = f"{place}{first}" if len(place) <= 12 else f"{place}，{first}"
    else:
        text = place or first
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- the roster picker ---------------------------------------------------------------------------


class MemberPicker(QWidget):
    """A search box over the roster: name, nickname or code starting with what is typed, or a phone
    containing its digits (``RosterRepo.find_members``), listed as you type. Down / Up move in the
    list, Enter chooses (the first one unless another is highlighted), Esc closes the list.

    ``single`` (the leader): the chosen member stays in the box (``member_id``); typing again searches
    anew. Otherwise (the members list) the box is emptied for the next name.
    """

    picked = Signal(int)

    def __init__(self, roster, squad_names: Callable[[], dict[int, str]], single: bool = False,
                 placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.roster = roster
        self.squad_names = squad_names
        self.single = single
        self.member_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder or _t("输入姓名、电话或编号查找队员，回车选中"))
        self.edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus stays in the box while choosing
        self.results.hide()
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self.search)
        self.edit.installEventFilter(self)
        self.results.itemClicked.connect(self._pick_item)

    def search(self, text: str | None = None) -> None:
        text = self.edit.text() if text is None else text
        if self.single:
            self.member_id = None
        self.results.clear()
        if not text.strip():
            self.results.hide()
            return
        names = self.squad_names()
        found = self.roster.find_members(text, limit=PICKER_LIMIT)
        for member in found:
            item = QListWidgetItem(member_text(member, names, phone=True))
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            if not member.active:
                item.setForeground(QBrush(SKIPPED_FG))
            self.results.addItem(item)
        if not found:
            item = QListWidgetItem(_t("名册中没有找到“{0}”").format(text.strip()))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        else:
            self.results.setCurrentRow(0)
        rows = min(self.results.count(), 6)
        self.results.setFixedHeight(rows * max(self.results.sizeHintForRow(0), 18) + 2 * self.results.frameWidth() + 2)
        self.results.show()

    def candidates(self) -> list[int]:
        """The ids the list shows now."""
        return [self.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.results.count())
                if self.results.item(i).data(Qt.ItemDataRole.UserRole) is not None]

    def pick(self, member_id: int) -> None:
        member = self.roster.member(member_id)
        if member is None:
            return
        self.results.hide()
        self.results.clear()
        if self.single:
            self.set_member(member_id, member_text(member, self.squad_names()))
        else:
            self.edit.clear()
        self.picked.emit(member_id)

    def set_member(self, member_id: int | None, text: str = "") -> None:
        """Show a chosen member (single mode) without searching."""
        self.member_id = member_id
        self.edit.setText(text if member_id is not None else "")

    def clear(self) -> None:
        self.set_member(None)
        self.results.hide()

    def _pick_item(self, item: QListWidgetItem) -> None:
        member_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if member_id is not None:
            self.pick(member_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            showing = self.results.isVisible() and self.results.count() > 0
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                if not showing:
                    if self.edit.text().strip() and self.member_id is None:
                        self.search()
                    return True
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if showing:
                    self._pick_item(self.results.currentItem() or self.results.item(0))
                return True  # Enter in the picker never saves the form
            if key == Qt.Key.Key_Escape and showing:
                self.results.hide()
                return True
        return super().eventFilter(watched, event)


# --- the members table ---------------------------------------------------------------------------


class RoleDelegate(QStyledItemDelegate):
    """The role column is edited with a pick-list of 队长 / 副队长 / 队员."""

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        combo.addItems(list(MEMBER_ROLES))
        return combo

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentText(index.data() or "队员")

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentText())


class MemberTable(QTableWidget):
    """Who goes: name, code, squad, role, own car, note. Delete removes the selected rows."""

    NAME, CODE, SQUAD, ROLE, CAR, NOTE = range(6)
    rows_removed = Signal()
    rows_added = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels([_t("姓名"), _t("编号"), _t("分队"), _t("角色"), _t("自带车"), _t("备注")])
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setItemDelegateForColumn(self.ROLE, RoleDelegate(self))
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.NOTE, QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(160)

    def member_ids(self) -> list[int]:
        return [self.item(r, self.NAME).data(Qt.ItemDataRole.UserRole) for r in range(self.rowCount())]

    def row_of(self, member_id: int) -> int:
        ids = self.member_ids()
        return ids.index(member_id) if member_id in ids else -1

    def add_row(self, member_id: int, name: str, code: str, squad: str, role: str = "队员",
                brings_car: bool = False, note: str = "") -> int:
        blocked = self.blockSignals(True)  # no itemChanged for a row half built
        try:
            row = self._add_row(member_id, name, code, squad, role, brings_car, note)
        finally:
            self.blockSignals(blocked)
        self.rows_added.emit()
        return row

    def move_to_top(self, row: int) -> None:
        blocked = self.blockSignals(True)
        try:
            items = [self.takeItem(row, column) for column in range(self.columnCount())]
            self.removeRow(row)
            self.insertRow(0)
            for column, item in enumerate(items):
                self.setItem(0, column, item)
        finally:
            self.blockSignals(blocked)

    def _add_row(self, member_id: int, name: str, code: str, squad: str, role: str, brings_car: bool,
                 note: str) -> int:
        row = self.rowCount()
        self.insertRow(row)
        fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        name_item = QTableWidgetItem(name)
        name_item.setData(Qt.ItemDataRole.UserRole, member_id)
        for column, item in ((self.NAME, name_item), (self.CODE, QTableWidgetItem(code or "")),
                             (self.SQUAD, QTableWidgetItem(squad or ""))):
            item.setFlags(fixed)
            self.setItem(row, column, item)
        role_item = QTableWidgetItem(role if role in MEMBER_ROLES else "队员")
        role_item.setFlags(fixed | Qt.ItemFlag.ItemIsEditable)
        self.setItem(row, self.ROLE, role_item)
        car = QTableWidgetItem()
        car.setFlags(fixed | Qt.ItemFlag.ItemIsUserCheckable)
        car.setCheckState(Qt.CheckState.Checked if brings_car else Qt.CheckState.Unchecked)
        self.setItem(row, self.CAR, car)
        note_item = QTableWidgetItem(note or "")
        note_item.setFlags(fixed | Qt.ItemFlag.ItemIsEditable)
        self.setItem(row, self.NOTE, note_item)
        return row

    def row_data(self, row: int) -> dict:
        return {"member_id": self.item(row, self.NAME).data(Qt.ItemDataRole.UserRole),
                "name": self.item(row, self.NAME).text(), "code": self.item(row, self.CODE).text(),
                "squad": self.item(row, self.SQUAD).text(), "role": self.item(row, self.ROLE).text(),
                "brings_car": self.item(row, self.CAR).checkState() == Qt.CheckState.Checked,
                "note": self.item(row, self.NOTE).text()}

    def rows(self) -> list[dict]:
        return [self.row_data(r) for r in range(self.rowCount())]

    def set_role(self, row: int, role: str) -> None:
        self.item(row, self.ROLE).setText(role)

    def set_car(self, row: int, brings_car: bool) -> None:
        self.item(row, self.CAR).setCheckState(Qt.CheckState.Checked if brings_car else Qt.CheckState.Unchecked)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.selectedIndexes()} or
                      ({self.currentRow()} if self.currentRow() >= 0 else set()), reverse=True)
        for row in rows:
            self.removeRow(row)
        if rows:
            self.rows_removed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != self.State.EditingState:
            self.remove_selected()
            event.accept()
            return
        super().keyPressEvent(event)


# --- checkable lists (squads, vehicles) ---------------------------------------------------------


def _check_item(text: str, data, checked: bool = False) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


class CheckList(QListWidget):
    """A list of ticks (Space ticks the current line); ``checked()`` keeps the order of ticking."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._order: list = []
        self.itemChanged.connect(self._on_item)

    def add(self, text: str, data, checked: bool = False) -> None:
        self.addItem(_check_item(text, data, checked))
        if checked and data not in self._order:
            self._order.append(data)

    def _on_item(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            if data not in self._order:
                self._order.append(data)
        elif data in self._order:
            self._order.remove(data)
        self.changed.emit()

    def fit(self, most: int = 5) -> None:
        """As high as its lines (at most ``most``; then it scrolls)."""
        rows = max(1, min(self.count(), most))
        self.setFixedHeight(rows * max(self.sizeHintForRow(0), 18) + 2 * self.frameWidth() + 2)

    def item_for(self, data) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == data:
                return self.item(i)
        return None

    def set_checked(self, data, checked: bool = True) -> bool:
        item = self.item_for(data)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item is not None

    def set_checked_only(self, values) -> None:
        values = list(values)
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) not in values:
                item.setCheckState(Qt.CheckState.Unchecked)
        for value in values:
            self.set_checked(value)

    def checked(self) -> list:
        present = {self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                   if self.item(i).checkState() == Qt.CheckState.Checked}
        return [d for d in self._order if d in present] + sorted(present - set(self._order))


# --- the 接龙 panel --------------------------------------------------------------------------------


@dataclass
class SignupChoice:
    """A member the 接龙 list puts on the dispatch."""

    member_id: int
    brings_car: bool = False
    note: str = ""


class SignupDialog(QDialog):
    """Paste the WeChat 接龙 list; each line's outcome is shown as it is read:

    matched (green), several members fit (a pick-list: nothing is guessed), not in the roster (a
    button "加入名册"), not coming or undecided (shown, not taken), lines skipped with the reason.
    "确定" (or Ctrl+Enter) hands the chosen members to the form (``choices()``), and the squads the
    list names (``squad_ids()``) when "同时选中分队" is ticked.
    """

    LINE, TEXT, OUTCOME, MEMBER, CAR, TAKE = range(6)

    def __init__(self, roster, squads: list[Squad], squad_names: Callable[[], dict[int, str]],
                 add_member: Callable[[str, int | None], int | None],
                 default_squad: Callable[[], int | None] = lambda: None, parent: QWidget | None = None):
        super().__init__(parent)
        self.roster = roster
        self.squads = squads
        self.squad_names = squad_names
        self.add_member = add_member
        self.default_squad = default_squad
        self.matches: list[Match] = []
        self.skipped: list[SkippedLine] = []
        self.remarks: list = []  # what reading did to the whole list (two lists merged), shown under the text
        self._hinted: list[int] = []
        self._choice: dict[tuple, int | None] = {}  # (line, name) → member chosen (or added)
        self._take: dict[tuple, bool] = {}  # (line, name) → taken or not, as the secretary set it
        self._car: dict[tuple, bool] = {}
        self._rows: list[tuple[tuple, Match | None]] = []
        self._building = False
        self.setWindowTitle(_t("粘贴接龙名单"))
        self.resize(900, 620)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_t("把微信群里的接龙整段粘贴到下面（Ctrl+V），每行的识别结果随即列出：")))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(_t("#接龙\n甘井子区老人走失，19:00 集合\n1. 王建国\n2. 李娜 带车\n3. 张伟 请假"))
        self.text_edit.setMaximumHeight(170)
        layout.addWidget(self.text_edit)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([_t("行"), _t("接龙原文"), _t("识别结果"), _t("队员"), _t("带车"),
                                              _t("加入")])
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.OUTCOME, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.squad_box = QCheckBox(self)
        self.squad_box.setChecked(True)
        self.squad_box.hide()
        layout.addWidget(self.squad_box)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(_t("确定"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(_t("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)

        self.text_edit.textChanged.connect(self.reread)
        self.table.itemChanged.connect(self._on_item)
        self.summary_label.setText(_t("还没有粘贴名单。"))

    # --- reading ---------------------------------------------------------------------------------

    def _lookup(self) -> FunctionLookup:
        names = self.squad_names()

        def candidate(member: Member) -> Candidate:
            return Candidate.from_member(member, names.get(member.squad_id, "") if member.squad_id else "")

        def by_code(code: str):
            member = self.roster.member_by_code(code)
            return candidate(member) if member is not None else None

        return FunctionLookup(code_fn=by_code,
                              name_fn=lambda name: [candidate(m) for m in self.roster.members_named(name)],
                              search_fn=lambda text: [candidate(m) for m in self.roster.find_members(text, limit=10)])

    def set_text(self, text: str) -> None:
        self.text_edit.setPlainText(text)

    def reread(self) -> None:
        """Read the list again as it stands (called as it is typed or pasted)."""
        signup = parse_signup(self.text_edit.toPlainText())
        self.matches = match_entries(signup, self._lookup())
        self.skipped = list(signup.skipped)
        self.remarks = list(signup.remarks)
        self._hinted = self._squads_named(signup)
        self._build()

    def _squads_named(self, signup) -> list[int]:
        """Squads the list names: in its heading (山地救援分队 …, 甘井子区 …) or before names (甘井子-何洋)."""
        heading = " ".join(signup.heading)
        found: list[int] = []
        for squad in self.squads:
            key = re.sub(r"(分队|中队|小队|大队|救援队|队)$", "", squad.name)
            named = len(key) >= 2 and key in heading
            hinted = any(squad_fits(e.squad_hint, squad.name) for e in signup.entries if e.squad_hint)
            if (named or hinted) and squad.id not in found:
                found.append(squad.id)
        return found

    @staticmethod
    def _key(match: Match) -> tuple:
        return (match.entry.line_no, match.name)

    def member_of(self, match: Match) -> int | None:
        """The member this line stands for: the one chosen or added, else the roster's match."""
        chosen = self._choice.get(self._key(match))
        if chosen is not None:
            return chosen
        return match.member_id if match.status == MatchStatus.MATCHED else None

    def _default_take(self, match: Match) -> bool:
        return match.entry.coming is True and match.status != MatchStatus.UNKNOWN  # (those brought along: as their line)

    def taken(self, match: Match) -> bool:
        key = self._key(match)
        if match.status == MatchStatus.UNKNOWN and self._choice.get(key) is None:
            return False
        return self._take.get(key, self._default_take(match))

    def _build(self) -> None:
        self._building = True
        try:
            self.table.setRowCount(0)
            self._rows = []
            names = self.squad_names()
            lines: list[tuple[int, int, object]] = [(m.entry.line_no, 1 if m.is_extra else 0, m) for m in self.matches]
            lines += [(s.line_no, 0, s) for s in self.skipped]
            lines.sort(key=lambda x: x[0])  # stable: on a line of several, each person before the next, with theirs
            counts = {"matched": 0, "ambiguous": 0, "unknown": 0, "away": 0, "skipped": len(self.skipped)}
            for line_no, _, thing in lines:
                row = self.table.rowCount()
                self.table.insertRow(row)
                self._cell(row, self.LINE, str(line_no))
                if isinstance(thing, SkippedLine):
                    self._rows.append(((line_no, None), None))
                    self._cell(row, self.TEXT, thing.line, fg=SKIPPED_FG)
                    self._cell(row, self.OUTCOME, _t("跳过：{0}").format(_t(SKIP_LABELS[thing.reason])), fg=SKIPPED_FG)
                    continue
                match: Match = thing
                key = self._key(match)
                self._rows.append((key, match))
                self._cell(row, self.TEXT, (_t("（随行）") if match.is_extra else "") + match.entry.line)
                member_id = self.member_of(match)
                outcome, background = self._outcome(match, member_id)
                if match.entry.coming is not True:
                    counts["away"] += 1
                elif member_id is not None:
                    counts["matched"] += 1
                elif match.status == MatchStatus.AMBIGUOUS:
                    counts["ambiguous"] += 1
                else:
                    counts["unknown"] += 1
                self._cell(row, self.OUTCOME, outcome, bg=background)
                self._member_cell(row, match, member_id, names)
                car = self._car.get(key, match.entry.car and not match.is_extra)
                self._check(row, self.CAR, car, enabled=True)
                can_take = member_id is not None or match.status == MatchStatus.AMBIGUOUS
                self._check(row, self.TAKE, self.taken(match), enabled=can_take)
            people = sum(1 for m in self.matches if self.taken(m))
            self.summary_label.setText(
                _t("共 {0} 人：已找到 {1}，需选择 {2}，名册中没有 {3}，不来或待定 {4}；跳过 {5} 行。将加入 {6} 人。").format(
                    len(self.matches), counts["matched"], counts["ambiguous"], counts["unknown"], counts["away"],
                    counts["skipped"], people)
                + "".join(" " + message(remark) for remark in self.remarks))
            if self._hinted:
                self.squad_box.setText(_t("同时选中分队：{0}").format(
                    "、".join(names.get(s, str(s)) for s in self._hinted)))
                self.squad_box.show()
            else:
                self.squad_box.hide()
        finally:
            self._building = False

    def _outcome(self, match: Match, member_id: int | None) -> tuple[str, QColor | None]:
        text, background = self._plain_outcome(match, member_id)
        if match.entry.doubts and not match.is_extra:  # what the line leaves to check (a count, a note of several)
            text += "".join(" — " + message(d) for d in match.entry.doubts)
            if background is MATCHED_BG:
                background = AMBIGUOUS_BG
        return text, background

    def _plain_outcome(self, match: Match, member_id: int | None) -> tuple[str, QColor | None]:
        note = match.entry.note
        if match.entry.coming is False:
            return _t("不来，跳过（{0}）").format(note), None
        if match.entry.coming is None:
            return _t("待定（{0}），需要时勾选“加入”").format(note), AMBIGUOUS_BG
        if member_id is not None:
            if match.status == MatchStatus.MATCHED:
                how = {"code": _t("按编号"), "nickname": _t("按昵称"), "nickname+squad": _t("按昵称和分队"),
                       "name+squad": _t("按姓名和分队"), "partial": _t("按部分姓名"),
                       "partial+squad": _t("按部分姓名和分队")}.get(match.how, "")
                text = _t("已找到") + (f"（{how}）" if how else "")
            else:
                text = _t("已选定")
            if match.entry.repeats and not match.is_extra:
                text += _t("；重复接龙的第 {0} 行已合并").format("、".join(str(n) for n in match.entry.repeats))
            return text, MATCHED_BG
        if match.status == MatchStatus.AMBIGUOUS:
            return _t("请选择：{0}").format(message(match.reason)), AMBIGUOUS_BG
        return message(match.reason) if match.reason else _t("名册中没有这个人"), UNKNOWN_BG

    def _cell(self, row: int, column: int, text: str, bg: QColor | None = None, fg: QColor | None = None) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if bg is not None:
            item.setBackground(QBrush(bg))
        if fg is not None:
            item.setForeground(QBrush(fg))
        self.table.setItem(row, column, item)

    def _check(self, row: int, column: int, checked: bool, enabled: bool) -> None:
        item = QTableWidgetItem()
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if enabled else flags)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table.setItem(row, column, item)

    def _member_cell(self, row: int, match: Match, member_id: int | None, names: dict[int, str]) -> None:
        key = self._key(match)
        if match.status == MatchStatus.AMBIGUOUS:
            combo = QComboBox()
            combo.addItem(_t("— 请选择是哪一位 —"), None)
            for candidate in match.candidates:
                member = self.roster.member(candidate.id)
                combo.addItem(member_text(member, names, phone=True) if member else candidate.name, candidate.id)
            if member_id is not None:
                combo.setCurrentIndex(max(0, combo.findData(member_id)))
            combo.currentIndexChanged.connect(lambda _i, combo=combo, key=key: self._choose(key, combo.currentData()))
            self.table.setCellWidget(row, self.MEMBER, combo)
        elif member_id is not None:
            member = self.roster.member(member_id)
            self._cell(row, self.MEMBER, member_text(member, names) if member else str(member_id))
        else:
            button = QPushButton(_t("加入名册"))
            button.setToolTip(_t("把“{0}”作为新队员加入名册").format(match.name))
            # later, not inside the click: adding rebuilds the table, and this button with it
            button.clicked.connect(lambda _=False, match=match: QTimer.singleShot(0, lambda: self.add_to_roster(match)))
            self.table.setCellWidget(row, self.MEMBER, button)

    def _choose(self, key: tuple, member_id: int | None) -> None:
        self._choice[key] = member_id
        self.error_label.hide()
        QTimer.singleShot(0, self._build)  # rebuilding removes the combo that is sending this signal

    def _on_item(self, item: QTableWidgetItem) -> None:
        if self._building or item.column() not in (self.CAR, self.TAKE):
            return
        key, match = self._rows[item.row()]
        if match is None:
            return
        target = self._car if item.column() == self.CAR else self._take
        target[key] = item.checkState() == Qt.CheckState.Checked
        if item.column() == self.TAKE:
            self.error_label.hide()
            QTimer.singleShot(0, self._build)  # the counts follow

    def add_to_roster(self, match: Match) -> int | None:
        """"加入名册": the callback adds the person (asking what it needs); the line is then theirs."""
        squad_id = None
        if match.entry.squad_hint and not match.is_extra:
            squad_id = next((s.id for s in self.squads if squad_fits(match.entry.squad_hint, s.name)), None)
        if squad_id is None and self._hinted:
            squad_id = self._hinted[0]  # the squad the list is about
        if squad_id is None:
            squad_id = self.default_squad()
        member_id = self.add_member(match.name, squad_id)
        if member_id is None:
            return None
        key = self._key(match)
        self._choice[key] = member_id
        self._take[key] = match.entry.coming is True
        self.reread()
        return member_id

    # --- what it hands over ------------------------------------------------------------------------

    def rows(self) -> list[tuple[str, Match | None]]:
        """(outcome shown, match or None for a skipped line) per table row, for tests and reading."""
        return [(self.table.item(r, self.OUTCOME).text(), self._rows[r][1]) for r in range(self.table.rowCount())]

    def member_widget(self, name: str) -> QWidget | None:
        """The pick-list or button of the first line of this name (None where the name is settled)."""
        for row, (_, match) in enumerate(self._rows):
            if match is not None and match.name == name:
                return self.table.cellWidget(row, self.MEMBER)
        return None

    def problems(self) -> list[tuple[int, str]]:
        """(row, message) of the lines taken without knowing who they are."""
        found = []
        for row, (_, match) in enumerate(self._rows):
            if match is not None and self.taken(match) and self.member_of(match) is None:
                found.append((row, _t("第 {0} 行“{1}”名册中有多人符合，请选择是哪一位，或取消勾选“加入”。").format(
                    match.entry.line_no, match.name)))
        return found

    def choices(self) -> list[SignupChoice]:
        chosen: dict[int, SignupChoice] = {}
        for match in self.matches:
            member_id = self.member_of(match)
            if member_id is None or not self.taken(match):
                continue
            car = self._car.get(self._key(match), match.entry.car and not match.is_extra)
            note = "" if match.is_extra else match.entry.note
            if member_id in chosen:
                chosen[member_id].brings_car = chosen[member_id].brings_car or car
            else:
                chosen[member_id] = SignupChoice(member_id, car, note)
        return list(chosen.values())

    def squad_ids(self) -> list[int]:
        return list(self._hinted) if self._hinted and self.squad_box.isChecked() else []

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            row, message = problems[0]
            self.error_label.setText(message)
            self.error_label.show()
            widget = self.table.cellWidget(row, self.MEMBER)
            if widget is not None:
                widget.setFocus()
            return
        super().accept()


class NewMemberDialog(QDialog):
    """The default "加入名册": a name (as written in the list), a phone and a squad."""

    def __init__(self, name: str, squads: list[Squad], squad_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_t("加入名册"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit(name, self)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setPlaceholderText(_t("手机号，如 13804112233"))
        self.squad_combo = PickCombo(self)
        self.squad_combo.add_choice(_t("（未分队）"), None)
        for squad in squads:
            self.squad_combo.add_choice(squad.name, squad.id)
        self.squad_combo.select_data(squad_id)
        form.addRow(_t("姓名"), self.name_edit)
        form.addRow(_t("电话"), self.phone_edit)
        form.addRow(_t("分队"), self.squad_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("加入"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.phone_edit.setFocus()


def ask_new_member(parent: QWidget | None, name: str, squads: list[Squad],
                   squad_id: int | None) -> tuple[str, str, int | None] | None:
    """(name, phone, squad id) for a new member, or None when cancelled. A function, so that tests
    replace it (as those of ``ui.dialogs``) and no modal dialog waits."""
    dialog = NewMemberDialog(name, squads, squad_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.name_edit.text().strip(), dialog.phone_edit.text().strip(), dialog.squad_combo.currentData()


# --- the form -------------------------------------------------------------------------------------


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
        outer = QVBoxLayout(self)
        self.stale_bar = StaleBar(self)
        self.stale_bar.reload_requested.connect(self.discard_draft)
        outer.addWidget(self.stale_bar)
        self.call_label = QLabel(self)
        self.call_label.setWordWrap(True)
        self.call_label.setStyleSheet(HINT_STYLE)
        outer.addWidget(self.call_label)
        self.draft_row = QWidget(self)
        draft_layout = QHBoxLayout(self.draft_row)
        draft_layout.setContentsMargins(0, 0, 0, 0)
        self.draft_note = QLabel(self.draft_row)
        self.draft_note.setStyleSheet("color: #8a5a00;")
        self.discard_button = QPushButton(_t("放弃草稿"), self.draft_row)
        self.discard_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.discard_button.clicked.connect(self.discard_draft)
        draft_layout.addWidget(self.draft_note)
        draft_layout.addWidget(self.discard_button)
        draft_layout.addStretch(1)
        self.draft_row.hide()
        outer.addWidget(self.draft_row)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("generalError")
        outer.addWidget(self.general_error)
        self.done_label = QLabel(self)
        self.done_label.setStyleSheet(NOTE_STYLE + " font-weight: bold;")
        self.done_label.hide()
        outer.addWidget(self.done_label)
        self.errors = FormErrors(self.general_error)

        # two columns, no scroll bar around them: the task on the left, who goes on the right (the
        # list of members takes the height that is left: a dozen rows at 1366x768)
        body = QWidget(self)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QWidget(body)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        left_layout.addLayout(form)
        left_layout.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right = QWidget(body)
        people = QFormLayout(right)
        people.setContentsMargins(0, 0, 0, 0)
        people.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns.addWidget(left, 4)
        columns.addWidget(right, 5)

        self.kind_combo = PickCombo(body)
        kinds = list(KIND_ORDER) if self.call_id is not None else [k for k in KIND_ORDER if k in DIRECT_KINDS]
        wanted = existing.kind if existing is not None else (TaskKind(kind) if kind else None)
        if wanted is not None and wanted not in kinds:
            kinds.append(wanted)  # (a rescue without a call is refused on saving, with the reason)
        if self.call is not None and self.call.suggested_kind is None and existing is None:
            self.kind_combo.add_choice(_t("— 请选择 —"), None, keys=[])
        for each in kinds:
            self.kind_combo.add_choice(kind_label(each), each.value)
        form.addRow(_t("任务类别"), self.errors.field("kind", self.kind_combo))

        self.event_no_edit = QLineEdit(body)
        self.event_no_edit.setToolTip(_t("留空则由系统按顺序编号；旧编号可照原样填写。"))
        form.addRow(_t("事件编号"), self.errors.field("event_no", self.event_no_edit))

        self.departure_edit = WhenEdit(body)
        form.addRow(_t("出队时间"), self.errors.field("departure", self.departure_edit))

        self.summary_edit = QLineEdit(body)
        self.summary_edit.setPlaceholderText(_t("一句话写明事件，例如“星海广场附近海域游客落水”"))
        form.addRow(_t("事件摘要"), self.errors.field("summary", self.summary_edit))

        squads_box = QWidget(body)
        squads_layout = QVBoxLayout(squads_box)
        squads_layout.setContentsMargins(0, 0, 0, 0)
        squads_layout.setSpacing(2)
        self.squad_filter = QLineEdit(squads_box)
        self.squad_filter.setPlaceholderText(_t("输入分队名称筛选，回车勾选第一个"))
        self.squad_filter.setClearButtonEnabled(True)
        self.squad_list = CheckList(squads_box)
        shown = {s.id for s in self.store.roster.squads(active_only=True)}
        for squad in self.store.roster.squads():
            if squad.id in shown or (existing is not None and squad.id in existing.squad_ids):
                self.squad_list.add(squad.name, squad.id)
        self.squad_list.fit(8)
        squads_layout.addWidget(self.squad_filter)
        squads_layout.addWidget(self.squad_list)
        form.addRow(_t("分队"), self.errors.field("squad_ids", squads_box))

        self.leader_picker = MemberPicker(self.store.roster, lambda: self._squad_names, single=True,
                                          placeholder=_t("输入带队队长的姓名、电话或编号"), parent=right)
        people.addRow(_t("带队队长"), self.errors.field("leader_id", self.leader_picker))

        members_box = QWidget(right)
        members_layout = QVBoxLayout(members_box)
        members_layout.setContentsMargins(0, 0, 0, 0)
        members_layout.setSpacing(2)
        picker_row = QHBoxLayout()
        self.member_picker = MemberPicker(self.store.roster, lambda: self._squad_names,
                                          placeholder=_t("加队员：输入姓名、电话或编号，回车加入名单"), parent=members_box)
        self.paste_button = QPushButton(_t("粘贴接龙…"), members_box)
        self.paste_button.setToolTip(_t("粘贴微信接龙名单（Ctrl+Shift+V）"))
        self.paste_button.clicked.connect(self.open_signup)
        picker_row.addWidget(self.member_picker, 1)
        picker_row.addWidget(self.paste_button, 0, Qt.AlignmentFlag.AlignTop)
        members_layout.addLayout(picker_row)
        self.member_table = MemberTable(members_box)
        members_layout.addWidget(self.member_table)
        hint = QLabel(_t("Delete 删除选中的行；F2 修改角色或备注；空格勾选自带车。"), members_box)
        hint.setStyleSheet(HINT_STYLE)
        members_layout.addWidget(hint)
        self.member_table.setMinimumHeight(120)
        members_field = self.errors.field("members", members_box)
        members_field.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        people.addRow(_t("出队队员"), members_field)

        self.vehicle_list = CheckList(body)
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
        form.addRow(_t("车辆"), self.errors.field("vehicle_ids", self.vehicle_list))

        self.headcount_edit, self.headcount_hint, headcount_box = self._count_field(body)
        form.addRow(_t("出队人数"), self.errors.field("headcount", headcount_box))
        self.trips_edit, self.trips_hint, trips_box = self._count_field(body)
        form.addRow(_t("出队车次"), self.errors.field("vehicle_trips", trips_box))
        # the red border goes on the field itself, not on the box that holds it with its hint
        for name, widget in (("squad_ids", self.squad_list), ("members", self.member_table),
                             ("headcount", self.headcount_edit), ("vehicle_trips", self.trips_edit)):
            self.errors.add(name, widget, self.errors.label(name))

        self.remarks_edit = QLineEdit(body)
        self.remarks_edit.setPlaceholderText(_t("备注（回车保存）"))
        form.addRow(_t("备注"), self.errors.field("remarks", self.remarks_edit))

        outer.addWidget(body, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(_t("关闭（Esc）"), self)
        self.save_button = QPushButton(_t("出队（Ctrl+S）") if self.task_id is None else _t("保存修改（Ctrl+S）"), self)
        self.save_button.setDefault(True)
        self.cancel_button.clicked.connect(self.close_form)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        chain = [self.kind_combo, self.event_no_edit, self.departure_edit, self.summary_edit, self.squad_filter,
                 self.squad_list, self.leader_picker.edit, self.member_picker.edit, self.paste_button,
                 self.member_table, self.vehicle_list, self.headcount_edit, self.trips_edit, self.remarks_edit,
                 self.save_button, self.cancel_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

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

        if self.call is not None:
            self.call_label.setText(_t("来电：{0}　{1}　{2}　{3}").format(
                self.call.received_at or "", self.call.source, self.call.place or self.call.district,
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
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(box)
        edit.setValidator(QIntValidator(0, 9999, edit))
        edit.setMaximumWidth(120)
        edit.setToolTip(_t("留空则按名单计算；名单不全时可填写更大的数。"))
        hint = QLabel(box)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(edit)
        layout.addWidget(hint, 1)
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
            if row >= 0 and self.member_table.item(row, MemberTable.ROLE).text() == "队长":
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
            member_id = self.store.roster.add_member(Member(name=name or "", squad_id=squad, phone=phone))
        except (StoreError, ValueError) as exc:
            dialogs.show_error(self, _t("加入名册"), message(exc))
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
                    task_id = self.store.flow.dispatch(dispatch, by=self.context.operator)
                else:
                    self.store.flow.update_dispatch(self.task_id, dispatch, by=self.context.operator)
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


__all__ = ["DispatchForm", "SignupDialog", "MemberPicker", "MemberTable", "ask_new_member", "short_summary",
           "member_text", "DRAFT_FORM"]
