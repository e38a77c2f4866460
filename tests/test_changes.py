"""store/changes.py: every write of a watched connection is told after its commit, by record;
other connections' writes are found through PRAGMA data_version and the audit trail."""
from __future__ import annotations

import datetime as dt

import pytest

from wz_desktop.domain.records import Member
from wz_desktop.domain.roles import Actor
from wz_desktop.domain.workflow import Call
from wz_desktop.store import Store
from wz_desktop.store.changes import Changes

DESK = Actor("值班秘书甲")  # who logs and verifies the calls here (nobody is signed in)

NOW = dt.datetime(2026, 12, 4, 11, 0)


def a_call(store) -> int:
    return store.calls.log(Call(received_at="2026-12-04 10:00", source="家属", caller_name="王女士",
                                caller_phone="13804112233", place="红旗西路", description="老人走失"), DESK, now=NOW)


@pytest.fixture
def heard(store):
    told: list[Changes] = []
    store.changes.watch()
    store.changes.subscribe(told.append)
    return told


def test_each_commit_is_told_once_by_record(store, heard):
    call_id = a_call(store)
    assert len(heard) == 1 and heard[0].touches_record("calls", call_id) and not heard[0].external
    squad = store.roster.add_squad("甘井子分队", "甘井子区", actor=store.roster.audit.actor)
    member = store.roster.add_member(Member(name="李娜", squad_id=squad), actor=store.roster.audit.actor)
    assert heard[-1].touches_record("members", member) and not heard[-1].touches("calls")
    assert not store.changes.poll()  # nothing left untold


def test_a_rolled_back_write_is_not_told(store, heard):
    with pytest.raises(RuntimeError):
        with store.transaction():
            a_call(store)
            raise RuntimeError("the caller gave up")
    assert heard == [] and not store.changes.poll()


def test_other_connections_writes_are_found(store, heard, db_path):
    with Store.open(db_path) as other:
        call_id = a_call(other)
        squad = other.roster.add_squad("水上救援分队", "中山区", actor=other.roster.audit.actor)
    found = store.changes.poll()
    assert found.external and found.touches_record("calls", call_id) and found.touches_record("squads", squad)
    assert heard[-1] == found
    assert not store.changes.poll()  # told once
