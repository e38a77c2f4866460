"""The 接龙 panel: a WeChat sign-up list read into the dispatch form."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from wz_desktop.domain.records import Member, Squad
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
from wz_desktop.ui.dispatch.common import AMBIGUOUS_BG, MATCHED_BG, SKIPPED_FG, UNKNOWN_BG, member_text
from wz_desktop.ui.form_errors import FormErrors
from wz_desktop.ui.forms import vbox
from wz_desktop.ui.texts import message


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchForm", text)


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

        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(_t("#接龙\n甘井子区老人走失，19:00 集合\n1. 王建国\n2. 李娜 带车\n3. 张伟 请假"))
        self.text_edit.setMaximumHeight(170)
        self.summary_label = QLabel(_t("还没有粘贴名单。"), self)
        self.summary_label.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([_t("行"), _t("接龙原文"), _t("识别结果"), _t("队员"), _t("带车"),
                                              _t("加入")])
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.OUTCOME, QHeaderView.ResizeMode.Stretch)
        self.squad_box = QCheckBox(self)
        self.squad_box.setChecked(True)
        self.squad_box.hide()
        self.error_label = QLabel(self)  # what keeps the list from being taken (FormErrors' message for the whole form)
        self.errors = FormErrors(self.error_label)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(_t("确定"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(_t("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        vbox(QLabel(_t("把微信群里的接龙整段粘贴到下面（Ctrl+V），每行的识别结果随即列出：")), self.text_edit,
             self.summary_label, (self.table, 1), self.squad_box, self.error_label, self.buttons, parent=self)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.text_edit.textChanged.connect(self.reread)
        self.table.itemChanged.connect(self._on_item)

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
        self.errors.clear()
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
            self.errors.clear()
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
            self.errors.show({"": message})
            widget = self.table.cellWidget(row, self.MEMBER)
            if widget is not None:
                widget.setFocus()
            return
        super().accept()
