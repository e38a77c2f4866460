"""A small roster, a verified call and a dispatched task on a real database, for the review form's
and the task page's tests. Times are taken relative to the real clock: the forms read "now".

The fixtures are named ``roster`` and ``context``; a test module imports ``roster_fixture`` and
``context_fixture`` to make them available. tests/test_lifecycle.py (no Qt) uses the roster: Qt is
imported inside the functions that need it."""
from __future__ import annotations

import datetime as dt

import pytest

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.lifecycle import Dispatch, DispatchMember
from wz_desktop.domain.records import Member, Vehicle
from wz_desktop.domain.roles import Actor
from wz_desktop.domain.workflow import Call, Verification, moment_text

DESK = Actor("值班秘书甲")  # who logs and verifies the calls here (nobody is signed in)

OPERATOR = "秘书组乙"


def minutes_ago(minutes: int) -> dt.datetime:
    return dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(minutes=minutes)


@pytest.fixture(name="roster")
def roster_fixture(store):
    squads = {name: store.roster.add_squad(name, district, actor=store.roster.audit.actor) for name, district in
              (("甘井子分队", "甘井子区"), ("水上救援分队", "中山区"))}
    members = {}
    for code, name, squad in (("WZ0001", "王建国", "甘井子分队"), ("WZ0002", "李海波", "甘井子分队"),
                              ("WZ0003", "张磊", "水上救援分队"), ("WZ0004", "刘洋", "水上救援分队")):
        members[name] = store.roster.add_member(Member(name=name, code=code, squad_id=squads[squad],
                                                       phone="1380411" + code[-4:]), actor=store.roster.audit.actor)
    car = store.roster.add_vehicle(Vehicle(plate="辽B12345", name="救援车1"), actor=store.roster.audit.actor)
    return {"squads": squads, "members": members, "vehicle": car}


def verified_call(store, received: dt.datetime) -> int:
    call_id = store.calls.log(Call(received_at=moment_text(received), source="家属", caller_name="王女士",
                                   caller_phone="13804112233", district="甘井子区", place="红旗西路",
                                   description="老人走失，穿灰色外套", suggested_kind=TaskKind.URBAN,
                                   logged_by="值班秘书甲"), DESK)
    store.calls.verify(call_id, Verification(call_id=call_id, result="属实", verified_by="值班秘书甲",
                                             method="回拨信息来源",
                                             verified_at=moment_text(received + dt.timedelta(minutes=10)),
                                             note="家属确认仍未找到"), DESK)
    return call_id


def dispatch_task(store, roster, departure: dt.datetime, with_call: bool = True, **changes) -> int:
    """A rescue (from a verified call) with 王建国 leading, 李海波 (own car) and 张磊; 3 people."""
    m = roster["members"]
    call_id = verified_call(store, departure - dt.timedelta(minutes=30)) if with_call else None
    values = {"kind": TaskKind.URBAN if with_call else TaskKind.TRAINING, "departure": moment_text(departure),
              "summary": "红旗西路老人走失搜寻", "call_id": call_id,
              "squad_ids": [roster["squads"]["甘井子分队"], roster["squads"]["水上救援分队"]],
              "leader_id": m["王建国"],
              "members": [DispatchMember(m["李海波"], brings_car=True), DispatchMember(m["张磊"])],
              "vehicle_ids": [roster["vehicle"]]}
    values.update(changes)
    return store.flow.dispatch(Dispatch(**values), Actor("值班秘书甲"))


@pytest.fixture(name="context")
def context_fixture(store):
    from wz_desktop.ui.context import AppContext

    ctx = AppContext(store)
    ctx.set_operator(OPERATOR)
    return ctx


def activate(qtbot, widget) -> None:
    """Show a widget as the active window, so that its keyboard shortcuts work."""
    from PySide6.QtWidgets import QApplication

    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def focused():
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()
