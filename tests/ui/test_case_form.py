"""The missing-person case as a secretary records it, on a real database: a 110 alert pasted into
the call form, the call verified and a team dispatched, then from the task's page the case, filled
from the alert (every field a guess until confirmed), the last-seen point clicked on the map, the
rings of the team's own statistics around it, the found point clicked later, the outcome saved and
counted in the statistics."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from wz_desktop.domain import geo
from wz_desktop.domain.cases import MissingPerson
from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.lifecycle import Dispatch, DispatchMember
from wz_desktop.domain.roles import Actor
from wz_desktop.domain.workflow import Call, Verification, moment_text
from wz_desktop.services import cases
from wz_desktop.services.session import SYSTEM_SESSION
from wz_desktop.ui import dialogs
from wz_desktop.ui.case_form import CaseForm
from wz_desktop.ui.task_page import TaskPage

from .lifecycle_helpers import activate, context_fixture, minutes_ago, roster_fixture  # noqa: F401 (fixtures)

DESK = Actor("值班秘书甲")


def alert(now: dt.datetime) -> str:
    """A 110 alert for an elderly man with dementia, received 20 minutes ago, last seen 3 hours ago."""
    received = now - dt.timedelta(minutes=20)
    seen = now - dt.timedelta(hours=3)
    return (f"【110警情】接警时间：{moment_text(received)} 报警人：王丽（女） 联系电话：138 4112 3456 "
            f"事发地点：甘井子区红旗镇西山村 警情内容：报警人称其父亲王德福，男，78岁，患阿尔茨海默病，"
            f"于{seen.month}月{seen.day}日{seen.hour}时许独自外出未归，身高约1米7，上身穿深蓝色羽绒服，下身黑色裤子。"
            f"请万众救援队协助搜寻。派警单位：红旗派出所")


@pytest.fixture
def task_with_alert(store, roster):
    return dispatched_with(store, roster, alert(minutes_ago(0)))


def dispatched_with(store, roster, text: str) -> int:
    """A task dispatched from a verified call whose alert is ``text``."""
    now = minutes_ago(0)
    call_id = store.calls.log(Call(received_at=moment_text(now - dt.timedelta(minutes=20)), source="110指挥中心",
                                   caller_name="王丽", caller_phone="13841123456", district="甘井子区",
                                   place="甘井子区红旗镇西山村", description="老人走失", suggested_kind=TaskKind.URBAN,
                                   alert_text=text), DESK)
    store.calls.verify(call_id, Verification(call_id=call_id, result="属实", verified_by="甲", method="回拨信息来源",
                                             verified_at=moment_text(now - dt.timedelta(minutes=15))), DESK)
    m = roster["members"]
    task_id = store.flow.dispatch(Dispatch(kind=TaskKind.URBAN, departure=moment_text(now - dt.timedelta(minutes=10)),
                                           summary="西山村老人走失搜寻", call_id=call_id,
                                           squad_ids=[roster["squads"]["甘井子分队"]], leader_id=m["王建国"],
                                           members=[DispatchMember(m["李海波"]), DispatchMember(m["张磊"])]), DESK)
    return task_id


def past_cases(store, n: int = 12) -> None:
    """Earlier dementia cases found at known distances north of their last-seen points: 100 m, 200 m … """
    seen = geo.Point(121.5600, 38.9500, geo.GCJ02)
    for i in range(1, n + 1):
        found = geo.Point(seen.lon, seen.lat + i * 100 / 111_000, geo.GCJ02)
        cases.open_case(store, SYSTEM_SESSION, MissingPerson(
            name=f"测试{i}", category="失智老人", last_seen_at="2024-05-01 08:00", last_seen=seen,
            found_at="2024-05-01 12:00", found=found, outcome="找到平安", found_by="救援队"))


def click(qtbot, form: CaseForm, point: geo.Point) -> None:
    with qtbot.waitSignal(form.map.point_chosen, timeout=2000):
        qtbot.mouseClick(form.map.graphics.viewport(), Qt.MouseButton.LeftButton, pos=form.map.widget_pos(point))


def open_from_page(qtbot, context, task_id) -> tuple[TaskPage, CaseForm]:
    page = TaskPage(context, task_id)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.person_case_button, Qt.MouseButton.LeftButton)
    form = page.case_form
    qtbot.addWidget(form)
    qtbot.waitExposed(form)
    return page, form


def test_from_the_alert_to_the_found_point(store, context, task_with_alert, qtbot, monkeypatch):
    past_cases(store)
    page, form = open_from_page(qtbot, context, task_with_alert)
    # filled from the alert kept with the call, every field a guess
    assert form.name_edit.text() == "王德福" and form.age_spin.value() == 78
    assert form.category_combo.currentData() == "失智老人"
    assert form.phone_edit.text() == "13841123456"
    for name in ("name", "age", "category", "family_phone", "last_seen_at", "last_seen_place"):
        assert form.is_guess(name), name
    assert form.name_edit.property("alertGuess") is True
    # editing a field confirms it; 全部确认 the rest
    qtbot.keyClicks(form.name_edit, "X")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Backspace)
    assert not form.is_guess("name") and form.name_edit.property("alertGuess") is False
    # the last-seen point clicked on the map: the rings of the 12 earlier dementia cases around it
    district = geo.district_named("甘井子区")
    click(qtbot, form, district.center)
    assert form.points["last_seen"] is not None
    assert geo.district_of(form.points["last_seen"]).name == "甘井子区"
    assert len(form.map.ring_items) > 0
    assert "12" in form.rings_label.text()  # the number of cases behind the rings is said
    # the map comes to the rings (a ring of a kilometre is a dot on the whole city's map)
    shown = form.map.view.viewRect()
    assert shown.contains(form.map.to_view(form.points["last_seen"]))
    assert shown.height() < 0.1  # degrees: about 10 km, not the 200 km of 大连市
    qtbot.mouseClick(form.confirm_all_button, Qt.MouseButton.LeftButton)
    assert not form.guesses
    activate(qtbot, form)
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible(), (form.errors.shown(), form.errors.general.text())
    case_id = form.case_id
    assert store.tasks.get(task_with_alert).case_id == case_id
    saved = store.cases.person(case_id)
    assert saved.name == "王德福" and saved.category == "失智老人" and saved.age == 78
    assert geo.distance_m(saved.last_seen, form.points["last_seen"]) < 1
    assert "王德福" in page.section_text("case")  # the page shows the case's person
    # the team is still out: no hours made up, the form says so
    assert store.cases.figures(case_id).out == 1

    # later: found 800 m east, clicked on the map; the outcome and the time
    page, form = open_from_page(qtbot, context, task_with_alert)
    assert form.existing and form.name_edit.text() == "王德福" and not form.guesses
    assert "1 次出队尚未返回" in form.figures_label.text() and "小时" not in form.figures_label.text().split("；")[0]
    qtbot.mouseClick(form.found_radio, Qt.MouseButton.LeftButton)
    found = geo.Point(saved.last_seen.lon + 800 / (111_000 * 0.777), saved.last_seen.lat, geo.GCJ02)
    click(qtbot, form, found)
    assert form.points["last_seen"] == saved.last_seen  # the other point did not move
    form.outcome_combo.select_data("找到平安")
    form.found_by_combo.select_data("救援队")
    form.found_at_edit.setText(moment_text(minutes_ago(0)))
    assert form.save()
    back = store.cases.person(case_id)
    assert back.outcome == "找到平安"
    [finding] = [f for f in store.cases.findings() if f.case_id == case_id]
    # the distance as clicked, to within what a pixel is at this zoom
    pixel = geo.distance_m(form.map.from_view(0, 38.9), form.map.from_view(form.map.view.viewPixelSize()[0], 38.9))
    assert abs(finding.distance_m - 800) < 3 * pixel + 5
    assert 3.0 <= finding.hours_to_find < 4.0  # the alert says "15时许": the hour, 3 hours ago


def test_nothing_wrong_is_saved_and_every_message_is_shown(store, context, task_with_alert, qtbot):
    _page, form = open_from_page(qtbot, context, task_with_alert)
    form.confirm_all()
    form.found_at_edit.setText("明天")
    form.found_by_combo.select_data("警方")
    assert not form.save()
    shown = form.errors.shown()
    assert "found_at" in shown and "无法识别" in shown["found_at"]
    assert "outcome" in shown
    assert form.isVisible() and store.cases.lines() == []


def test_unconfirmed_guesses_are_asked_about(store, context, task_with_alert, qtbot, monkeypatch):
    _page, form = open_from_page(qtbot, context, task_with_alert)
    asked = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text: asked.append(text) or False)
    assert not form.save()
    assert asked and "尚未核对" in asked[0] and store.cases.lines() == []


def test_coordinates_typed_from_a_phone_are_converted(store, context, task_with_alert, qtbot):
    _page, form = open_from_page(qtbot, context, task_with_alert)
    wgs = geo.Point(121.5600, 38.9500, geo.WGS84)
    form.map.system_combo.setCurrentIndex(form.map.system_combo.findData(geo.WGS84))
    form.map.coord_edit.setText("38.9500, 121.5600")
    qtbot.keyClick(form.map.coord_edit, Qt.Key.Key_Return)
    assert form.points["last_seen"].system == geo.GCJ02
    assert geo.distance_m(form.points["last_seen"], wgs) < 1
    assert geo.distance_m(form.points["last_seen"], geo.Point(121.56, 38.95, geo.GCJ02)) > 100  # converted, not copied


def test_a_squad_leader_sees_the_search_without_the_person(store, team, context, qtbot):
    from conftest import PASSWORD

    case_id = cases.open_case(store, SYSTEM_SESSION, MissingPerson(
        name="王德福", age=78, category="失智老人", family_phone="13841123456", last_seen_place="红旗镇西山村",
        last_seen=geo.Point(121.56, 38.95, geo.GCJ02)))
    store.sign_in("gjz", PASSWORD)  # the leader of 甘井子分队
    form = CaseForm(context, case_id=case_id)
    qtbot.addWidget(form)
    form.show()
    assert form.name_edit.text() == "" and form.phone_edit.text() == "" and form.seen_place_edit.text() == ""
    assert form.age_spin.value() == 78 and form.points["last_seen"] is not None  # the search itself is shown
    assert not form.name_edit.isEnabled() and not form.save()
    assert "个人信息不显示" in form.errors.general.text()
    assert store.cases.person(case_id).name == "王德福"


# --- found in a user trial (notes/usertrial.md) ---------------------------------------------------


def test_every_label_key_goes_to_its_field(store, context, task_with_alert, qtbot):
    """年龄(&A) and 结果(&R) showed their '&' instead of underlining a key that moves to the field."""
    from PySide6.QtWidgets import QLabel

    _page, form = open_from_page(qtbot, context, task_with_alert)
    keyed = [label for label in form.findChildren(QLabel) if "(&" in label.text()]
    assert {label.text() for label in keyed} >= {"年龄(&A)", "结果(&R)"}
    for label in keyed:
        assert label.buddy() is not None, label.text()
    assert [label for label in keyed if label.text() == "结果(&R)"][0].buddy() is form.outcome_combo
    assert [label for label in keyed if label.text() == "年龄(&A)"][0].buddy() is form.age_spin


def test_the_found_point_does_not_push_the_window_off_the_screen(store, context, task_with_alert, qtbot):
    """The found point's line (two coordinates, the district, the distance) is long: it wraps
    instead of widening the dialog past the screen."""
    _page, form = open_from_page(qtbot, context, task_with_alert)
    width = form.width()
    seen = geo.district_named("沙河口区").center
    form.set_point("last_seen", seen)
    form.set_point("found", geo.Point(seen.lon + 0.009, seen.lat + 0.003, geo.GCJ02))
    assert "距最后出现地点" in form.found_point_label.text()
    qtbot.wait(50)
    assert form.minimumSizeHint().width() <= width
    assert form.width() == width


def test_times_are_typed_as_in_the_call_form(store, context, task_with_alert, qtbot):
    """找到时间 took only '2025-12-05 19:30'; '16:40' (today) is read as everywhere else."""
    _page, form = open_from_page(qtbot, context, task_with_alert)
    form.confirm_all()
    found = minutes_ago(1).replace(second=0, microsecond=0)
    form.found_at_edit.setText(found.strftime("%H:%M"))
    form.outcome_combo.select_data("找到平安")
    form.found_by_combo.select_data("救援队")
    assert form.current().found_at == moment_text(found)
    assert form.save(), form.errors.shown()
    assert store.cases.person(form.case_id).found_at == moment_text(found)


def test_the_note_says_when_every_guess_is_checked(store, context, task_with_alert, qtbot):
    _page, form = open_from_page(qtbot, context, task_with_alert)
    assert "都是推测" in form.alert_label.text()
    qtbot.mouseClick(form.confirm_all_button, Qt.MouseButton.LeftButton)
    assert "都是推测" not in form.alert_label.text() and "都已核对" in form.alert_label.text()


@pytest.fixture
def english(qapp):
    from wz_desktop.ui import app as app_module

    app_module.install_translations(qapp, "en")
    yield
    app_module.install_translations(qapp, "zh_CN")  # as every other test expects


def test_english_lines_have_english_commas(english, store, context, task_with_alert, qtbot):
    """Found in a user trial: '(WGS-84)，Shahekou' and 'Missing person: 王德福，Male，78 years old'."""
    page, form = open_from_page(qtbot, context, task_with_alert)
    form.set_point("last_seen", geo.district_named("沙河口区").center)
    assert "，" not in form.seen_point_label.text() and ", Shahekou" in form.seen_point_label.text()
    form.confirm_all()
    assert form.save()
    line = page.section_text("case")
    assert "Missing person: 王德福, Male, 78" in line, line


def test_the_rings_say_the_figures_of_the_statistics(store, context, task_with_alert, qtbot):
    """Found in a user trial: the ring said '25%：369 m' where 走失统计 said 370 米 (and 公里, not km)."""
    from wz_desktop.domain import lost_stats
    from wz_desktop.ui.texts import message

    past_cases(store)
    _page, form = open_from_page(qtbot, context, task_with_alert)
    form.set_point("last_seen", geo.district_named("甘井子区").center)
    rings, _sentence = lost_stats.rings(store.cases.findings(), "失智老人")
    labels = [item.toPlainText() for item in form.map.ring_items if hasattr(item, "toPlainText")]
    assert labels == [f"{r.percent}%：{message(lost_stats.distance_text(r.radius_m))}" for r in rings]
    assert all(" m" not in text and "km" not in text for text in labels), labels
    assert any("米" in text for text in labels)


def test_alt_p_on_the_task_page_opens_the_case(store, context, task_with_alert, qtbot):
    """Found in a user trial: 走失人员案件… is at the bottom of a long page, reached only by scrolling."""
    page = TaskPage(context, task_with_alert)
    qtbot.addWidget(page)
    activate(qtbot, page)
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: getattr(page, "case_form", None) is not None, timeout=2000)  # a key clicks after a beat
    form = page.case_form
    qtbot.addWidget(form)
    assert form.isVisible() and form.name_edit.text() == "王德福"


def test_a_category_the_alert_does_not_say_is_a_guess_too(store, roster, context, qtbot):
    """An alert with no condition, age or activity the reader knows: the category falls back to 其他,
    and it is tinted to be checked like the fields read (a blind trial found 12 of 30 alerts so)."""
    task_id = dispatched_with(store, roster, "家属报警：我妈今天下午出门到现在没回来，有点糊涂，电话 139 4115 2086，"
                                             "最后在红旗西路菜市场附近")
    _page, form = open_from_page(qtbot, context, task_id)
    assert form.category_combo.currentData() == "其他"
    assert form.is_guess("category") and form.category_combo.property("alertGuess") is True
