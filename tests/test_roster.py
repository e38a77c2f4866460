"""The roster store: squads, members, certifications, vehicles, and members on tasks."""
from __future__ import annotations

import pytest

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.records import Member, Squad, Task, Vehicle
from wz_desktop.store import Store, StoreError
from wz_desktop.store.roster import Certification, TaskMember, normalise_code, normalise_phone


@pytest.fixture
def squads(store):
    with store.transaction():
        ids = store.roster.add_squads([Squad("甘井子分队", "甘井子区"), Squad("水上救援分队", "全市"),
                                       Squad("金州分队", "金州区")], actor=store.roster.audit.actor)
    return dict(zip(["甘井子分队", "水上救援分队", "金州分队"], ids))


@pytest.fixture
def members(store, squads):
    people = [
        Member("段峰", squads["甘井子分队"], "wz0101", "138 0411 2233", "队长", nickname="老段"),
        Member("何洋", squads["甘井子分队"], "WZ0102", "+86 139-0000-1111", "副队长"),
        Member("李娜", squads["甘井子分队"], "WZ0103", "15000000003"),
        Member("何洋", squads["金州分队"], "WZ0201", "15000000004"),
        Member("周海燕", squads["水上救援分队"], "WZ0301", "15000000005", nickname="海燕"),
        Member("王建国", squads["水上救援分队"], "WZ0302", "15000000006", active=False),
    ]
    with store.transaction():
        store.roster.add_members(people, joined_on="2019-05-01", actor=store.roster.audit.actor)
    return people


def _tasks(store, *departures):
    tasks = [Task(kind=TaskKind.URBAN, summary=f"任务{i}", event_no=f"WZ2022-{i:04d}", departure=d,
                  year=int(d[:4]), headcount=2, vehicles=1, squads="甘井子分队")
             for i, d in enumerate(departures, 1)]
    with store.transaction():
        return store.tasks.insert_many(tasks)


def test_normalising_what_people_type():
    assert normalise_phone("138-0411-2233") == "13804112233"
    assert normalise_phone("+86 138 0411 2233") == "13804112233"
    assert normalise_phone("１３８０４１１２２３３") == "13804112233"  # full-width digits
    assert normalise_phone(None) == ""
    assert normalise_code(" wz0312 ") == "WZ0312"
    assert normalise_code("ＷＺ０３１２") == "WZ0312"
    assert normalise_code("") is None


def test_squads_added_listed_and_looked_up(store, squads):
    listed = store.roster.squads()
    assert [s.name for s in listed] == ["甘井子分队", "水上救援分队", "金州分队"]
    assert listed[0].district == "甘井子区" and listed[0].id == squads["甘井子分队"]
    assert store.roster.squad_by_name(" 金州分队 ").id == squads["金州分队"]
    assert store.roster.squad_by_name("不存在分队") is None
    assert store.roster.squad_ids() == squads


def test_single_add_needs_no_transaction_of_its_own(store):
    squad_id = store.roster.add_squad("机动分队", "全市", actor=store.roster.audit.actor)
    member_id = store.roster.add_member(Member("胡军", squad_id, "WZ0312", "13800000000"), actor=store.roster.audit.actor)
    assert store.roster.member(member_id).code == "WZ0312"
    assert not store.database.conn.in_transaction


def test_duplicate_squad_name_is_refused_in_words(store, squads):
    with pytest.raises(StoreError, match="同名分队"):
        store.roster.add_squad("甘井子分队", actor=store.roster.audit.actor)
    with pytest.raises(ValueError, match="不能为空"):
        store.roster.add_squad("  ", actor=store.roster.audit.actor)


def test_members_are_normalised_and_get_ids(store, members, squads):
    first = members[0]
    assert first.id is not None and first.code == "WZ0101" and first.phone == "13804112233"
    assert members[1].phone == "13900001111"  # +86 dropped
    back = store.roster.member(first.id)
    assert back == first
    assert store.roster.count_members() == 6
    assert store.roster.count_members(active_only=True) == 5


def test_members_listed_by_squad_leaders_first(store, members, squads):
    names = [(m.name, m.role) for m in store.roster.members(squads["甘井子分队"])]
    assert names == [("段峰", "队长"), ("何洋", "副队长"), ("李娜", "队员")]
    everyone = store.roster.members(active_only=True)
    assert "王建国" not in [m.name for m in everyone] and len(everyone) == 5


def test_lookups_by_code_name_nickname_and_phone(store, members, squads):
    roster = store.roster
    assert roster.member_by_code("wz0301").name == "周海燕"
    assert roster.member_by_code("WZ9999") is None
    namesakes = roster.members_named("何洋")
    assert sorted(m.squad_id for m in namesakes) == sorted([squads["甘井子分队"], squads["金州分队"]])
    assert [m.name for m in roster.members_named("海燕")] == ["周海燕"]  # by WeChat nickname
    assert roster.members_named("") == []
    assert [m.name for m in roster.members_by_phone("138-0411-2233")] == ["段峰"]
    assert roster.members_by_phone("") == []
    found = roster.members_by_names(["何洋", "老段", "不在名单", "何洋"])
    assert len(found["何洋"]) == 2 and found["老段"][0].name == "段峰" and found["不在名单"] == []


def test_find_members_type_ahead(store, members):
    roster = store.roster
    assert [m.name for m in roster.find_members("何")] == ["何洋", "何洋"]
    assert [m.name for m in roster.find_members("wz03")] == ["周海燕", "王建国"]
    assert [m.name for m in roster.find_members("04112")] == ["段峰"]  # part of a phone
    assert roster.find_members("%") == []  # LIKE wildcards are taken literally
    assert roster.find_members("  ") == []


def test_update_member(store, members, squads):
    member = members[2]
    member.squad_id = squads["金州分队"]
    member.phone = "186 0000 0000"
    member.active = False
    store.roster.update_member(member, actor=store.audit.actor)
    back = store.roster.member(member.id)
    assert back.squad_id == squads["金州分队"] and back.phone == "18600000000" and not back.active
    other = store.roster.member(members[3].id)
    other.code = "wz0101"  # someone else's
    with pytest.raises(StoreError, match="编号已被"):
        store.roster.update_member(other, actor=store.audit.actor)


def test_duplicate_code_in_a_batch_writes_nothing(store, members, squads):
    batch = [Member("新队员甲", squads["金州分队"], "WZ0500"), Member("新队员乙", squads["金州分队"], "wz0500")]
    with pytest.raises(StoreError, match="编号已被"):
        store.roster.add_members(batch, actor=store.roster.audit.actor)
    assert store.roster.count_members() == 6
    assert store.roster.member_by_code("WZ0500") is None


def test_outer_transaction_rolls_back_roster_writes(store, squads):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.roster.add_member(Member("临时", squads["金州分队"], "WZ0999"), actor=store.roster.audit.actor)
            raise RuntimeError("中途失败")
    assert store.roster.member_by_code("WZ0999") is None


def test_squad_leader_may_be_set_in_the_same_transaction(store):
    with store.transaction():
        squad_id = store.roster.add_squad("长海分队", "长海县", actor=store.roster.audit.actor)
        leader = Member("万龙", squad_id, "WZ0700", role="队长")
        store.roster.add_member(leader, actor=store.roster.audit.actor)
        store.roster.set_squad_leader(squad_id, leader.id, actor=store.roster.audit.actor)
    assert store.roster.squad(squad_id).leader_id == leader.id


def test_joined_on_one_per_member(store, squads):
    people = [Member("甲", squads["金州分队"]), Member("乙", squads["金州分队"])]
    store.roster.add_members(people, joined_on=["2018-01-02", None], actor=store.roster.audit.actor)
    with pytest.raises(ValueError, match="个数"):
        store.roster.add_members([Member("丙")], joined_on=["2018-01-02", "2019-01-01"], actor=store.roster.audit.actor)


def test_certifications_and_what_expires_soon(store, members):
    roster = store.roster
    with store.transaction():
        roster.add_certifications([
            Certification(members[0].id, "红十字救护员证", "2023-03-20", "R001", "2020-03-20"),
            Certification(members[0].id, "潜水员证（PADI开放水域）", None),
            Certification(members[4].id, "救生员国家职业资格证", "2023-03-05"),
            Certification(members[5].id, "救生员国家职业资格证", "2023-03-06"),  # member no longer active
            Certification(members[2].id, "绳索救援技术员（一级）", "2025-01-01"),
        ], actor=roster.audit.actor)
    certs = roster.certifications(members[0].id)
    assert [c.name for c in certs] == ["红十字救护员证", "潜水员证（PADI开放水域）"]  # dated first, then no expiry
    soon = roster.expiring("2023-04-30", since="2023-03-01")
    assert [(c.expires_on, m.name) for c, m in soon] == [("2023-03-05", "周海燕"), ("2023-03-20", "段峰")]
    assert len(roster.expiring("2023-04-30", active_only=False)) == 3
    with pytest.raises(StoreError):
        roster.add_certification(Certification(99999, "不存在的队员的证书", "2024-01-01"), actor=roster.audit.actor)


def test_vehicles_team_and_members_own(store, members):
    roster = store.roster
    team = Vehicle("辽b 12345", "救援指挥车（依维柯）", "team", seats=7)
    own = Vehicle("辽BD00001", "哈弗H6（段峰私家车）", "member", members[0].id, 5)
    roster.add_vehicles([team, own], actor=roster.audit.actor)
    assert team.plate == "辽B12345"
    assert [v.plate for v in roster.vehicles()] == ["辽B12345", "辽BD00001"]
    assert [v.name for v in roster.vehicles(owner_member_id=members[0].id)] == ["哈弗H6（段峰私家车）"]
    with pytest.raises(ValueError, match="车主"):
        roster.add_vehicle(Vehicle("辽B99999", "无主私家车", "member"), actor=roster.audit.actor)
    with pytest.raises(ValueError, match="车辆归属"):
        roster.add_vehicle(Vehicle("辽B99998", "？", "company"), actor=roster.audit.actor)
    assert len(roster.vehicles()) == 2


def test_task_members_attendance_and_hours(store, members):
    roster = store.roster
    task_id, = _tasks(store, "2022-07-01 20:10")
    leader, deputy, member = members[0], members[1], members[2]
    roster.add_task_members([
        TaskMember(task_id, member.id),
        TaskMember(task_id, leader.id, "队长", brings_car=True),
        TaskMember(task_id, deputy.id, "副队长"),
    ])
    listed = roster.task_members(task_id)
    assert [(t.member_name, t.role, t.brings_car, t.attendance) for t in listed] == [
        ("段峰", "队长", True, None), ("何洋", "副队长", False, None), ("李娜", "队员", False, None)]
    # the review: attendance and hours; adding the same member again updates the entry
    roster.add_task_members([TaskMember(task_id, leader.id, "队长", True, "出勤", 5.5)])
    roster.record_attendance(task_id, deputy.id, "早退", 3.0, note="家中有事")
    roster.record_attendance(task_id, member.id, "缺勤", 0)
    by_name = {t.member_name: t for t in roster.task_members(task_id)}
    assert (by_name["段峰"].attendance, by_name["段峰"].hours) == ("出勤", 5.5)
    assert (by_name["何洋"].attendance, by_name["何洋"].note) == ("早退", "家中有事")
    assert by_name["李娜"].member_code == "WZ0103"
    with pytest.raises(ValueError, match="考勤"):
        roster.record_attendance(task_id, member.id, "请假")
    with pytest.raises(StoreError, match="不在"):
        roster.record_attendance(task_id, members[4].id, "出勤", 1)
    with pytest.raises(StoreError):
        roster.add_task_members([TaskMember(99999, member.id)])


def test_set_task_members_replaces_the_list(store, members):
    task_id, = _tasks(store, "2022-07-02 09:00")
    roster = store.roster
    roster.set_task_members(task_id, [TaskMember(task_id, members[0].id, "队长"), TaskMember(task_id, members[2].id)])
    roster.set_task_members(task_id, [TaskMember(task_id, members[3].id)])
    assert [t.member_id for t in roster.task_members(task_id)] == [members[3].id]
    with pytest.raises(ValueError):
        roster.set_task_members(task_id, [TaskMember(task_id + 1, members[3].id)])


def test_attendance_per_member_and_period(store, members, squads):
    roster = store.roster
    early, late, next_year = _tasks(store, "2022-03-01 08:00", "2022-12-31 23:30", "2023-01-01 08:00")
    leader, member = members[0], members[2]
    roster.add_task_members([
        TaskMember(early, leader.id, "队长", attendance="出勤", hours=4),
        TaskMember(late, leader.id, "队长", attendance="迟到", hours=2.5),
        TaskMember(next_year, leader.id, "队长", attendance="出勤", hours=8),
        TaskMember(early, member.id, attendance="缺勤", hours=0),
        TaskMember(late, member.id, attendance="早退", hours=1),
        TaskMember(late, members[3].id, attendance="出勤", hours=9),  # another squad
    ])
    # the figures themselves live in store.attendance (one place for them); until is inclusive
    rows = store.attendance.member_summary("2022-01-01", "2022-12-31", squad_id=squads["甘井子分队"])
    assert [(r.name, r.tasks, r.late, r.left_early, r.absent, r.hours) for r in rows] == [
        ("段峰", 2, 1, 0, 0, 6.5), ("李娜", 1, 0, 1, 1, 1.0)]
    assert rows[0].squad == "甘井子分队" and rows[0].code == "WZ0101"
    everyone = store.attendance.member_summary("2000-01-01", "2099-12-31")
    assert [r.name for r in everyone] == ["段峰", "何洋", "李娜"]  # most turn-outs, then hours
    history = roster.member_tasks(leader.id)
    assert [h[0] for h in history] == [next_year, late, early]


def test_task_vehicles(store, members):
    task_id, = _tasks(store, "2022-08-01 10:00")
    roster = store.roster
    team = Vehicle("辽B11111", "皮卡（拖冲锋舟）", "team", seats=5)
    own = Vehicle("辽B22222", "大众途观（段峰私家车）", "member", members[0].id, 5)
    roster.add_vehicles([own, team], actor=roster.audit.actor)
    roster.add_task_vehicles([(task_id, own.id, 1), (task_id, team.id, 1)])
    roster.add_task_vehicles([(task_id, team.id, 2)])
    assert [(v.name, trips) for v, trips in roster.task_vehicles(task_id)] == [
        ("皮卡（拖冲锋舟）", 2), ("大众途观（段峰私家车）", 1)]
    assert roster.counts()["task_vehicles"] == 2


def test_deleting_a_member_takes_their_task_entries(store, members):
    """Members are not normally deleted (they are made inactive), but the schema cascades."""
    task_id, = _tasks(store, "2022-08-02 10:00")
    store.roster.add_task_members([TaskMember(task_id, members[2].id, attendance="出勤", hours=2)])
    with store.transaction():
        store.database.execute("DELETE FROM members WHERE id = ?", (members[2].id,))
    assert store.roster.task_members(task_id) == []


def test_roster_is_attached_to_every_store(db_path):
    with Store.open(db_path) as store:
        assert store.roster.counts() == {"squads": 0, "members": 0, "certifications": 0, "vehicles": 0,
                                         "task_members": 0, "task_vehicles": 0}


# --- what the roster page needs ------------------------------------------------------------------

def test_squad_rows_count_active_members_and_name_the_leader(store, squads, members):
    store.roster.set_squad_leader(squads["甘井子分队"], members[0].id, actor=store.roster.audit.actor)
    rows = {r.squad.name: r for r in store.roster.squad_rows()}
    assert rows["甘井子分队"].leader_name == "段峰"
    assert (rows["甘井子分队"].active_members, rows["甘井子分队"].members) == (3, 3)
    assert (rows["水上救援分队"].active_members, rows["水上救援分队"].members) == (1, 2)
    assert rows["金州分队"].leader_name == ""
    assert store.roster.squad_member_counts() == {squads["甘井子分队"]: 3, squads["金州分队"]: 1,
                                                   squads["水上救援分队"]: 1}


def test_update_squad_saves_district_and_leader_and_refuses_a_taken_name(store, squads, members):
    squad = store.roster.squad(squads["金州分队"])
    squad.district, squad.leader_id = "金普新区", members[3].id
    store.roster.update_squad(squad, actor=store.audit.actor)
    back = store.roster.squad(squad.id)
    assert (back.district, back.leader_id) == ("金普新区", members[3].id)
    squad.name = "甘井子分队"
    with pytest.raises(StoreError, match="同名分队"):
        store.roster.update_squad(squad, actor=store.audit.actor)
    assert store.roster.squad(squad.id).name == "金州分队"


def test_member_ids_filter_by_name_nickname_code_and_phone_fragment(store, squads, members):
    r = store.roster
    assert r.member_ids("段") == [members[0].id]
    assert r.member_ids("老段") == [members[0].id]  # nickname
    assert r.member_ids("wz03") == [members[4].id, members[5].id]  # code, any case
    assert r.member_ids("0411") == [members[0].id]  # phone fragment
    assert r.member_ids("138-0411") == [members[0].id]  # typed with a dash
    assert r.member_ids("何洋") == [members[1].id, members[3].id]
    assert r.member_ids("何洋", squad_id=squads["金州分队"]) == [members[3].id]
    assert members[5].id not in r.member_ids(active_only=True)
    assert len(r.member_ids()) == 6
    assert r.member_ids("100%") == []  # LIKE wildcards are taken literally
    assert r.member_ids("", sort="code", descending=True)[0] == members[5].id


def test_member_rows_carry_squad_name_and_nearest_expiry(store, members):
    r = store.roster
    first = members[0]
    r.add_certifications([Certification(first.id, "应急救援员", "2020-01-01", "A1"),
                          Certification(first.id, "应急救援员", "2030-01-01", "A2"),  # renewed
                          Certification(first.id, "潜水证", "2026-05-01"),
                          Certification(first.id, "红十字救护员", None)], actor=r.audit.actor)
    r.add_certifications([Certification(members[1].id, "红十字救护员", None)], actor=r.audit.actor)
    rows = r.member_rows([members[1].id, first.id])
    assert [row.id for row in rows] == [members[1].id, first.id]
    assert rows[1].squad_name == "甘井子分队" and rows[1].phone == "13804112233"
    assert (rows[1].next_expiry, rows[1].next_expiry_cert) == ("2026-05-01", "潜水证")
    assert rows[0].next_expiry is None
    assert r.member_ids(sort="expiry")[0] == first.id


def test_save_member_adds_with_certificates_notes_and_joining_date(store, squads):
    r = store.roster
    member = Member("孙丽", squads["金州分队"], "wz0901", "139-0411-0000")
    certs = [Certification(0, "应急救援员（五级）", "2027-06-30", "B7", "2022-06-30")]
    member_id = r.save_member(member, certs, notes="会开船", joined_on="2023-04-01", actor=store.audit.actor)
    assert r.member(member_id).code == "WZ0901"
    assert r.member_notes(member_id) == "会开船"
    assert r.member_joined_on(member_id) == "2023-04-01"
    assert r.joined_dates()[member_id] == "2023-04-01"
    (back,) = r.certifications(member_id)
    assert (back.name, back.number, back.issued_on, back.expires_on) == ("应急救援员（五级）", "B7", "2022-06-30",
                                                                        "2027-06-30")


def test_save_member_replaces_certificates_and_is_all_or_nothing(store, members):
    r = store.roster
    first = members[0]
    keep, drop = (Certification(first.id, "潜水证", "2026-01-01"), Certification(first.id, "旧证", "2020-01-01"))
    r.add_certifications([keep, drop], actor=r.audit.actor)
    keep.expires_on = "2029-01-01"
    first.nickname = "段队"
    r.save_member(first, [keep, Certification(0, "新证", None)], notes="队长", actor=store.audit.actor)
    assert sorted((c.name, c.expires_on) for c in r.certifications(first.id)) == [("新证", None),
                                                                                   ("潜水证", "2029-01-01")]
    # a code someone else has: refused, and neither the member nor the certificates changed
    before = (r.member(first.id), r.certifications(first.id), r.member_notes(first.id))
    changed = r.member(first.id)
    changed.code, changed.name = "WZ0102", "段峰峰"
    with pytest.raises(StoreError, match="编号已被其他队员使用"):
        r.save_member(changed, [], notes="改了", actor=store.audit.actor)
    assert (r.member(first.id), r.certifications(first.id), r.member_notes(first.id)) == before


def test_deactivating_a_member_keeps_their_tasks(store, members):
    (task_id,) = _tasks(store, "2022-03-05 19:30")
    store.roster.add_task_members([TaskMember(task_id, members[2].id)])
    store.roster.set_member_active(members[2].id, False, actor=store.audit.actor)
    assert store.roster.member(members[2].id).active is False
    assert [t[0] for t in store.roster.member_tasks(members[2].id)] == [task_id]
    store.roster.set_member_active(members[2].id, True, actor=store.audit.actor)
    assert store.roster.member(members[2].id).active is True
    with pytest.raises(StoreError):
        store.roster.set_member_active(99999, False, actor=store.audit.actor)


def test_vehicle_rows_and_save_vehicle(store, members):
    r = store.roster
    team = Vehicle("辽B 12345", "指挥车", seats=7)
    vehicle_id = r.save_vehicle(team, actor=store.audit.actor)
    car_id = r.save_vehicle(Vehicle("辽b67890", "私家车", "member", members[0].id, 5), active=False, actor=store.audit.actor)
    rows = r.vehicle_rows()
    assert [(v.vehicle.plate, v.active, v.owner_name) for v in rows] == [("辽B12345", True, ""),
                                                                         ("辽B67890", False, "段峰")]
    assert [v.vehicle.id for v in r.vehicle_rows(active_only=True)] == [vehicle_id]
    team.seats, team.name = 9, "指挥车（新）"
    r.save_vehicle(team, active=True, notes="2023 年更换", actor=store.audit.actor)
    assert (r.vehicle(vehicle_id).seats, r.vehicle(vehicle_id).name) == (9, "指挥车（新）")
    r.set_vehicle_active(car_id, True, actor=store.audit.actor)
    assert all(v.active for v in r.vehicle_rows())
    with pytest.raises(ValueError, match="车主"):
        r.save_vehicle(Vehicle("辽B00001", "私家车", "member"), actor=store.audit.actor)
