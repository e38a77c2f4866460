"""The squad editor: name, district, leader (one of its members), active (rules: ``domain.roster_rules``),
and the squad's base on the map (驻地): coordinates typed as ``geo.parse_point`` reads them, WGS-84 from
a phone or GCJ-02 from a map app (kept in GCJ-02, ``services.cases.set_squad_base``), or clicked on a
small map of 大连市 (:class:`BaseMapDialog`)."""
from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWidget

from wz_desktop.domain import geo
from wz_desktop.domain.records import DISTRICTS
from wz_desktop.domain.roster_rules import check_squad
from wz_desktop.domain.workflow import WorkflowError
from wz_desktop.services import cases as case_service
from wz_desktop.services.session import Session
from wz_desktop.store.errors import DatabaseFailure, StoreError
from wz_desktop.ui import texts
from wz_desktop.ui.form_errors import FormErrors
from wz_desktop.ui.forms import boxed, button, check_box, dialog_buttons, form, hbox, line_edit, text_label, vbox
from wz_desktop.ui.labels import word


class SquadDialog(QDialog):
    """Add or edit a squad: name, district, leader (one of its members), active."""

    saved = Signal(int)

    def __init__(self, store, squad_id: int | None = None, parent: QWidget | None = None, *, session: Session):
        super().__init__(parent)
        self.store = store
        self.roster = store.roster
        self.session = session  # who saves (the window's)
        self.squad = self.roster.squad(squad_id) if squad_id is not None else None
        self.setObjectName("SquadDialog")
        self.setWindowTitle(self.tr("编辑分队") if self.squad else self.tr("新增分队"))
        self.name_edit = line_edit(self, name="squadNameEdit")
        self.district_combo = QComboBox(self)
        self.district_combo.setObjectName("districtCombo")
        self.district_combo.setEditable(True)
        self.district_combo.addItems([""] + DISTRICTS)
        self.leader_combo = QComboBox(self)
        self.leader_combo.setObjectName("leaderCombo")
        self.leader_combo.addItem(self.tr("（未指定）"), None)
        self.active_check = check_box(self.tr("在用"), self, name="squadActiveCheck", checked=True)
        # the base: typed coordinates and their system, or a click on the map
        self.base: geo.Point | None = None  # as stored (GCJ-02)
        self.base_edit = line_edit(self, name="squadBaseEdit",
                                   placeholder=self.tr("如 38.9140N 121.6147E 或 121.6147,38.9140；空着表示不知道"))
        self.base_edit.setAccessibleName(self.tr("驻地坐标"))
        self.base_edit.setMinimumWidth(self.base_edit.fontMetrics().horizontalAdvance("38.956000°N 121.580000°E") + 24)
        self.base_system = QComboBox(self)
        self.base_system.setObjectName("squadBaseSystem")
        self.base_system.addItem(self.tr("WGS-84（手机 GPS）"), geo.WGS84)
        self.base_system.addItem(self.tr("GCJ-02（地图应用）"), geo.GCJ02)
        self.base_map_button = button(self.tr("在地图上选(&M)…"), self, name="squadBaseMapButton",
                                      tip=self.tr("在大连地图上点选驻地"))
        self.base_map_button.clicked.connect(self.choose_on_map)
        self.base_hint = text_label(self, name="squadBaseHint", style="color: #555;")
        self.base_edit.textChanged.connect(self._show_base_hint)
        self.base_system.currentIndexChanged.connect(self._show_base_hint)
        self.map_dialog: BaseMapDialog | None = None
        if self.squad is not None:
            self.name_edit.setText(self.squad.name)
            self.district_combo.setCurrentText(self.squad.district)
            for m in self.roster.members(self.squad.id):
                if m.active or m.id == self.squad.leader_id:
                    self.leader_combo.addItem(f"{m.name}（{m.role}{'，' + m.code if m.code else ''}）", m.id)
            index = self.leader_combo.findData(self.squad.leader_id) if self.squad.leader_id else 0
            self.leader_combo.setCurrentIndex(max(index, 0))
            self.active_check.setChecked(self.squad.active)
            self.base = next((b.point for b in store.cases.squad_bases() if b.squad_id == self.squad.id), None)
            if self.base is not None:
                self.base_system.setCurrentIndex(self.base_system.findData(geo.GCJ02))
                self.base_edit.setText(self.base.text())
                self.base_edit.setCursorPosition(0)
        else:
            self.leader_combo.setEnabled(False)
            self.leader_combo.setToolTip(self.tr("分队保存并有了队员之后再指定队长"))
        self._show_base_hint()
        self.form_error = QLabel(self)
        self.form_error.setObjectName("squadFormError")
        self.errors = FormErrors(self.form_error)
        name_field = self.errors.field("squadName", self.name_edit)
        self.name_error = self.errors.label("squadName")
        base_error = QLabel(self)
        base_error.setObjectName("squadBaseError")
        self.errors.add("squadBase", self.base_edit, base_error)
        base_field = boxed(vbox(hbox(self.base_edit, self.base_system, self.base_map_button), base_error,
                                spacing=2), self)
        vbox(form((self.tr("名称"), name_field), (self.tr("辖区"), self.district_combo),
                  (self.tr("队长"), self.leader_combo), ("", self.active_check),
                  (self.tr("驻地(&B)"), base_field), ("", self.base_hint), grow=None),
             self.form_error,
             dialog_buttons(self, self.tr("保存(&S)"), self.tr("取消"), accepted=self.save, rejected=self.reject,
                            save=True), parent=self)

    # --- the base ----------------------------------------------------------------------------------

    def read_base(self) -> geo.Point | None:
        """The base typed (GCJ-02), None when the line is empty; raises geo.CoordinateError (or
        WorkflowError: not near 大连) with what is wrong."""
        text = self.base_edit.text().strip()
        if not text:
            return None
        point = geo.parse_point(text, self.base_system.currentData()).to(geo.GCJ02)
        if not geo.near_dalian(point):
            raise WorkflowError(self.tr("坐标 {0} 不在大连附近，请检查经纬度是否写反或坐标系是否选对。").format(point.text()))
        return point

    def _show_base_hint(self) -> None:
        """Under the line: the point as it will be kept (GCJ-02) and its district, as one types."""
        try:
            point = self.read_base()
        except (geo.CoordinateError, WorkflowError):
            self.base_hint.setText("")
            return
        if point is None:
            self.base_hint.setText(self.tr("驻地未设置"))
            return
        district = geo.district_of(point)
        where = word(district.name, "district") if district else self.tr("不在大连市各区县内")
        self.base_hint.setText(self.tr("保存为 {0}（GCJ-02），{1}").format(point.text(), where))

    def choose_on_map(self) -> "BaseMapDialog":
        """A map of 大连市 to click the base on (opened, not waited for: OK fills the line)."""
        if self.map_dialog is None:
            self.map_dialog = BaseMapDialog(self)
            self.map_dialog.chosen.connect(self._base_from_map)
        try:
            current = self.read_base()
        except (geo.CoordinateError, WorkflowError):
            current = None
        if current is not None:
            self.map_dialog.map.choose(current)
        self.map_dialog.open()
        return self.map_dialog

    def _base_from_map(self, point: geo.Point) -> None:
        self.base_system.setCurrentIndex(self.base_system.findData(geo.GCJ02))
        self.base_edit.setText(point.to(geo.GCJ02).text())
        self.base_edit.setCursorPosition(0)

    @Slot()
    def save(self) -> bool:
        squad, errors = check_squad(self.name_edit.text(), self.district_combo.currentText(),
                                    self.leader_combo.currentData(), self.active_check.isChecked(),
                                    self.squad.id if self.squad else None)
        if squad is None:
            self.errors.show({"squadName": errors["name"]})
            return False
        try:
            base = self.read_base()
        except (geo.CoordinateError, WorkflowError) as exc:
            self.errors.show({"squadBase": texts.message(exc)})
            return False
        self.errors.clear()
        try:
            if squad.id is None:
                self.roster.add_squads([squad], actor=self.session.actor)
                if not squad.active:
                    self.roster.update_squad(squad, actor=self.session.actor)
            else:
                self.roster.update_squad(squad, actor=self.session.actor)
            if base != self.base and squad.id is not None:
                case_service.set_squad_base(self.store, self.session, squad.id, base)
                self.base = base
        except (StoreError, WorkflowError, ValueError, DatabaseFailure) as exc:
            target = "squadName" if "分队" in str(exc) and "名" in str(exc) else ""
            self.errors.show({target: texts.message(exc)})
            return False
        self.saved.emit(squad.id)
        self.accept()
        return True


class BaseMapDialog(QDialog):
    """A squad's base clicked (or typed, or a district's centre chosen) on the map of 大连市: OK
    emits :attr:`chosen` with the point (GCJ-02)."""

    chosen = Signal(object)  # geo.Point (GCJ-02)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from wz_desktop.ui.map_view import MapView  # pyqtgraph: only when a map is shown

        self.setObjectName("BaseMapDialog")
        self.setWindowTitle(self.tr("在地图上选驻地"))
        self.point: geo.Point | None = None
        self.map = MapView(self)
        self.map.point_chosen.connect(self._chosen)
        self.buttons = dialog_buttons(self, self.tr("确定"), self.tr("取消"), accepted=self.take,
                                      rejected=self.reject)
        self.hint = text_label(self, self.tr("点击地图选定驻地，或在下方输入坐标"), name="baseMapHint")
        vbox(self.hint, (self.map, 1), self.buttons, parent=self)
        self.resize(760, 600)

    def _chosen(self, point: geo.Point, _district) -> None:
        self.point = point

    @Slot()
    def take(self) -> None:
        if self.point is None:
            self.hint.setText(self.tr("还没有选定地点：点击地图，或输入坐标后按回车。"))
            return
        self.chosen.emit(self.point)
        self.accept()
