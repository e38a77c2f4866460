"""Attendance and load figures (store.attendance), checked against counts made in Python from the
same records: the records are written through the store, the expected figures are counted here."""
from __future__ import annotations

import random
import sqlite3
from collections import Counter, defaultdict

import pytest

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.records import Member, Origin, Squad, Task
from wz_desktop.store.roster import TaskMember
from helpers.databases import copy_of

ATTENDED = ("出勤", "迟到", "早退")
KINDS = [k.value for k in TaskKind]
SQUADS = ["甘井子分队", "水上救援分队", "金州分队"]  # 金州分队 never goes out


def _in_period(departure, since=None, until=None) -> bool:
    if departure is None:
        return False
    day = departure[:10]
    return (since is None or day >= since) and (until is None or day <= until)


@pytest.fixture
def world(store):
    """A roster, tasks with squads and counts, members on tasks with attendance; and the same
    records as plain Python lists to count from."""
    rng = random.Random(7)
    roster = store.roster
    squad_ids = dict(zip(SQUADS, roster.add_squads([Squad(n) for n in SQUADS], actor=roster.audit.actor)))
    people = [  # name, squad, active
        ("段峰", "甘井子分队", True), ("何洋", "甘井子分队", True), ("李娜", "甘井子分队", True),
        ("周海燕", "水上救援分队", True), ("王建国", "水上救援分队", False), ("赵磊", "水上救援分队", True),
        ("孙丽", None, True), ("从未出队", "甘井子分队", True), ("只缺勤", "金州分队", True),
        ("早年队员", "金州分队", True),
    ]
    members = [Member(n, squad_ids.get(s), f"WZ{i:04d}", active=a) for i, (n, s, a) in enumerate(people)]
    roster.add_members(members, actor=roster.audit.actor)
    by_name = {m.name: m for m in members}

    squad_texts = ["甘井子分队", "水上救援分队", "甘井子分队、水上救援分队", ""]
    tasks: list[Task] = []
    for _ in range(60):
        day = f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        departure = day if rng.random() < 0.2 else f"{day} {rng.randint(0, 23):02d}:{rng.choice((0, 30)):02d}"
        tasks.append(Task(kind=TaskKind(rng.choice(KINDS)), summary=f"任务{len(tasks)}", departure=departure,
                          year=2022, headcount=None if rng.random() < 0.15 else rng.randint(1, 20),
                          vehicles=None if rng.random() < 0.15 else rng.randint(0, 5),
                          squads=rng.choice(squad_texts)))
    # edges of a period: the last minute of a day, a day-only departure, no departure at all
    tasks += [
        Task(TaskKind.WATER, "年末夜间落水", departure="2022-12-31 23:30", year=2022, headcount=6, vehicles=2,
             squads="水上救援分队"),
        Task(TaskKind.URBAN, "元旦寻人", departure="2023-01-01", year=2023, headcount=3, vehicles=1, squads="甘井子分队"),
        Task(TaskKind.URBAN, "时间不明", departure=None, departure_raw="某日", year=2022, headcount=4, vehicles=1,
             squads="甘井子分队"),
        Task(TaskKind.TRAINING, "早年培训", departure="2020-05-01 09:00", year=2020, headcount=8, vehicles=2,
             squads="金州分队"),
    ]
    # imported history: counts, no names
    for i in range(15):
        tasks.append(Task(TaskKind(rng.choice(KINDS)), f"导入{i}", departure=f"2022-06-{i + 1:02d} 10:00", year=2022,
                          headcount=rng.randint(1, 9), vehicles=rng.randint(0, 3), squads=rng.choice(squad_texts),
                          origin=Origin.IMPORT))
    with store.transaction():
        store.tasks.insert_many(tasks)
    store.tasks.index_pending()

    regulars = [by_name[n] for n in ("段峰", "何洋", "李娜", "周海燕", "王建国", "赵磊", "孙丽")]
    entries: list[TaskMember] = []
    for task in tasks[:63]:  # app tasks (not the 2023, undated, old or imported ones)
        if task.departure is None or task.departure < "2022" or task.departure >= "2023":
            continue
        for m in rng.sample(regulars, rng.randint(0, 5)):
            attendance = rng.choice(("出勤", "出勤", "迟到", "早退", "缺勤", None))
            hours = None if attendance is None else (0.0 if attendance == "缺勤" else round(rng.uniform(0.5, 9), 1))
            entries.append(TaskMember(task.id, m.id, attendance=attendance, hours=hours))
    by_summary = {t.summary: t for t in tasks}
    entries += [
        TaskMember(by_summary["年末夜间落水"].id, by_name["周海燕"].id, "队长", attendance="出勤", hours=3.5),
        TaskMember(by_summary["元旦寻人"].id, by_name["段峰"].id, "队长", attendance="出勤", hours=2),
        TaskMember(by_summary["时间不明"].id, by_name["李娜"].id, attendance="出勤", hours=1),
        TaskMember(by_summary["早年培训"].id, by_name["早年队员"].id, attendance="出勤", hours=6),
        TaskMember(tasks[0].id, by_name["只缺勤"].id, attendance="缺勤", hours=0),
        TaskMember(tasks[1].id, by_name["只缺勤"].id, attendance="缺勤", hours=0),
    ]
    # entries written one way, then attendance recorded another (the review)
    roster.add_task_members([TaskMember(e.task_id, e.member_id, e.role) for e in entries])
    for e in entries:
        if e.attendance is not None:
            roster.record_attendance(e.task_id, e.member_id, e.attendance, e.hours)
    return {"tasks": tasks, "entries": entries, "members": members, "by_name": by_name, "squad_ids": squad_ids}


def _expected_members(world, since, until, squad_id=None, kind=None) -> dict[int, dict]:
    tasks = {t.id: t for t in world["tasks"]}
    members = {m.id: m for m in world["members"]}
    out: dict[int, dict] = {}
    for e in world["entries"]:
        t = tasks[e.task_id]
        if not _in_period(t.departure, since, until) or (kind and t.kind.value != kind):
            continue
        if squad_id is not None and members[e.member_id].squad_id != squad_id:
            continue
        row = out.setdefault(e.member_id, {"tasks": 0, "late": 0, "left_early": 0, "absent": 0, "unrecorded": 0,
                                           "hours": 0.0, "by_kind": Counter(), "last": None})
        if e.attendance in ATTENDED:
            row["tasks"] += 1
            row["hours"] += e.hours or 0
            row["by_kind"][t.kind.value] += 1
            row["last"] = max(row["last"] or "", t.departure[:10])
            row["late"] += e.attendance == "迟到"
            row["left_early"] += e.attendance == "早退"
        elif e.attendance == "缺勤":
            row["absent"] += 1
        else:
            row["unrecorded"] += 1
    return out


def _check_members(store, world, since, until, squad_id=None, kind=None):
    got = store.attendance.member_summary(since, until, squad_id=squad_id, kind=kind)
    expected = _expected_members(world, since, until, squad_id, kind)
    assert {r.member_id for r in got} == set(expected)
    for r in got:
        e = expected[r.member_id]
        assert (r.tasks, r.late, r.left_early, r.absent, r.unrecorded) == (
            e["tasks"], e["late"], e["left_early"], e["absent"], e["unrecorded"]), r.name
        assert r.hours == pytest.approx(e["hours"])
        assert r.by_kind == dict(e["by_kind"])
        assert r.last_turnout == e["last"]
    assert [r.tasks for r in got] == sorted((r.tasks for r in got), reverse=True)
    return got


@pytest.mark.parametrize("since, until", [("2022-01-01", "2022-12-31"), ("2022-03-15", "2022-08-31"),
                                          ("2022-12-31", "2023-01-01"), ("2000-01-01", "2030-12-31")])
def test_member_summary_matches_python_counts(store, world, since, until):
    got = _check_members(store, world, since, until)
    assert got, "the period has attendance"
    for squad in SQUADS:
        _check_members(store, world, since, until, squad_id=world["squad_ids"][squad])
    for kind in KINDS:
        _check_members(store, world, since, until, kind=kind)
    _check_members(store, world, since, until, squad_id=world["squad_ids"]["甘井子分队"], kind="urban")


def test_member_summary_edges(store, world):
    by_name, att = world["by_name"], store.attendance
    rows = {r.name: r for r in att.member_summary("2022-12-31", "2022-12-31")}
    assert rows["周海燕"].last_turnout == "2022-12-31"  # 23:30 on the last day is in the period
    new_year = {r.name: r for r in att.member_summary("2023-01-01", "2023-01-01")}
    assert list(new_year) == ["段峰"] and new_year["段峰"].tasks == 1 and new_year["段峰"].hours == 2
    # 缺勤 is not a turn-out
    only_absent = {r.name: r for r in att.member_summary("2022-01-01", "2022-12-31")}["只缺勤"]
    assert (only_absent.tasks, only_absent.absent, only_absent.hours, only_absent.last_turnout) == (0, 2, 0, None)
    assert only_absent.squad == "金州分队"
    # a member who never went out is in no summary, and has no history
    assert all(r.name != "从未出队" for r in att.member_summary("2000-01-01", "2030-12-31"))
    assert att.member_history(by_name["从未出队"].id) == []
    # an undated task is in no period: 李娜's turn-out on it counts in no summary
    tasks = {t.id: t for t in world["tasks"]}
    hers = [e for e in world["entries"] if e.member_id == by_name["李娜"].id and e.attendance in ATTENDED]
    everything = {r.name: r for r in att.member_summary("1900-01-01", "2099-12-31")}
    assert everything["李娜"].tasks == sum(tasks[e.task_id].departure is not None for e in hers) == len(hers) - 1
    with pytest.raises(ValueError, match="类别"):
        att.member_summary("2022-01-01", "2022-12-31", kind="rescue")


@pytest.mark.parametrize("since, until, kind", [("2022-01-01", "2022-12-31", None), ("2022-06-01", "2022-06-30", None),
                                                ("2022-01-01", "2022-12-31", "water"),
                                                ("2022-01-01", "2022-12-31", "training"),
                                                ("2000-01-01", "2030-12-31", None)])
def test_squad_summary_matches_python_counts(store, world, since, until, kind):
    tasks = [t for t in world["tasks"] if _in_period(t.departure, since, until) and (not kind or t.kind.value == kind)]
    ids = world["squad_ids"]
    members = {m.id: m for m in world["members"]}
    task_by_id = {t.id: t for t in world["tasks"]}
    expected: dict[int, dict] = defaultdict(lambda: {"turnouts": 0, "people": 0, "trips": 0, "no_headcount": 0,
                                                     "members": set(), "hours": 0.0})
    for t in tasks:
        for name in filter(None, t.squads.split("、")):
            row = expected[ids[name]]
            row["turnouts"] += 1
            row["people"] += t.headcount or 0
            row["trips"] += t.vehicles or 0
            row["no_headcount"] += t.headcount is None
    for e in world["entries"]:
        t, m = task_by_id[e.task_id], members[e.member_id]
        if t in tasks and e.attendance in ATTENDED and m.squad_id is not None:
            expected[m.squad_id]["members"].add(m.id)
            expected[m.squad_id]["hours"] += e.hours or 0
    got = store.attendance.squad_summary(since, until, kind=kind)
    assert {s.squad_id for s in got} == set(expected)
    for s in got:
        e = expected[s.squad_id]
        assert (s.turnouts, s.people, s.vehicle_trips, s.no_headcount, s.members_active) == (
            e["turnouts"], e["people"], e["trips"], e["no_headcount"], len(e["members"])), s.name
        assert s.hours == pytest.approx(e["hours"])
        assert s.period_tasks == len(tasks)
        assert s.share == pytest.approx(e["turnouts"] / len(tasks))
    assert [s.turnouts for s in got] == sorted((s.turnouts for s in got), reverse=True)


def test_squad_summary_counts_imported_history(store, world):
    """Imported tasks have no names but their headcount and vehicles count for the squad."""
    ours = [t for t in world["tasks"] if _in_period(t.departure, "2022-06-01", "2022-06-30")
            and "甘井子分队" in t.squads.split("、")]
    imported = [t for t in ours if t.origin is Origin.IMPORT]
    assert imported, "the seed gives the squad imported tasks in June"
    got = {s.name: s for s in store.attendance.squad_summary("2022-06-01", "2022-06-30")}["甘井子分队"]
    assert got.turnouts == len(ours) > len(ours) - len(imported)
    assert got.people == sum(t.headcount or 0 for t in ours)
    assert got.vehicle_trips == sum(t.vehicles or 0 for t in ours)
    # a squad with nothing in the period is not listed; an old task is only in its own period
    assert "金州分队" not in {s.name for s in store.attendance.squad_summary("2022-01-01", "2022-01-31")}
    old = {s.name: s for s in store.attendance.squad_summary("2020-01-01", "2020-12-31")}
    assert (old["金州分队"].turnouts, old["金州分队"].people, old["金州分队"].members_active, old["金州分队"].hours,
            old["金州分队"].share) == (1, 8, 1, 6.0, 1.0)


def test_member_history(store, world):
    by_name = world["by_name"]
    tasks = {t.id: t for t in world["tasks"]}
    member = by_name["段峰"]
    mine = [e for e in world["entries"] if e.member_id == member.id]
    history = store.attendance.member_history(member.id)
    assert sorted(h.task_id for h in history) == sorted(e.task_id for e in mine)
    assert [h.date for h in history] == sorted((h.date for h in history), reverse=True)
    for h in history:
        e = next(x for x in mine if x.task_id == h.task_id)
        t = tasks[h.task_id]
        assert (h.date, h.kind, h.summary, h.role, h.attendance, h.hours) == (
            t.departure, t.kind.value, t.summary, e.role, e.attendance, e.hours)
    summer = store.attendance.member_history(member.id, "2022-06-01", "2022-08-31")
    assert sorted(h.task_id for h in summer) == sorted(
        e.task_id for e in mine if _in_period(tasks[e.task_id].departure, "2022-06-01", "2022-08-31"))
    undated = store.attendance.member_history(by_name["李娜"].id)
    assert any(h.summary == "时间不明" and h.date == "某日" for h in undated)  # no period: every task


def test_inactive_members(store, world):
    tasks = {t.id: t for t in world["tasks"]}
    last: dict[int, str] = {}
    for e in world["entries"]:
        d = tasks[e.task_id].departure
        if e.attendance in ATTENDED and d is not None:
            last[e.member_id] = max(last.get(e.member_id, ""), d[:10])
    for since in ("2020-01-01", "2022-06-01", "2022-12-31", "2023-01-01", "2023-01-02"):
        got = store.attendance.inactive_members(since)
        expected = {m.id: last.get(m.id) for m in world["members"]
                    if m.active and (m.id not in last or last[m.id] < since)}
        assert {r.member_id: r.last_turnout for r in got} == expected, since
        never = [r for r in got if r.last_turnout is None]
        assert got[:len(never)] == never  # those who never went out first, then the longest quiet
        assert [r.last_turnout for r in got[len(never):]] == sorted(r.last_turnout for r in got[len(never):])
    names = {r.name: r for r in store.attendance.inactive_members("2021-01-01")}
    assert names["从未出队"].last_turnout is None and names["只缺勤"].last_turnout is None  # 缺勤 is no turn-out
    assert names["早年队员"].last_turnout == "2020-05-01"
    assert "王建国" not in {r.name for r in store.attendance.inactive_members("2030-01-01")}  # not active
    squad = world["squad_ids"]["金州分队"]
    assert {r.name for r in store.attendance.inactive_members("2021-01-01", squad_id=squad)} == {"只缺勤", "早年队员"}


def test_demo_database_squad_figures(tmp_path, demo_file):
    from wz_desktop.store import Store

    path = copy_of(demo_file, tmp_path)
    since, until, squad = "2022-03-01", "2022-12-31", "水上救援分队"
    # the independent count reads the raw rows and the tasks' squads text (not task_squads)
    conn = sqlite3.connect(path)
    squad_id, = conn.execute("SELECT id FROM squads WHERE name = ?", (squad,)).fetchone()
    tasks = {i: (d, k, s, h, v) for i, d, k, s, h, v in conn.execute(
        "SELECT id, departure, kind, squads, headcount, vehicles FROM tasks")}
    member_squad = dict(conn.execute("SELECT id, squad_id FROM members"))
    entries = conn.execute("SELECT task_id, member_id, attendance, hours FROM task_members").fetchall()
    conn.close()
    in_period = {i for i, (d, *_rest) in tasks.items() if _in_period(d, since, until)}
    ours = [i for i in in_period if squad in tasks[i][2].split("、")]
    went = [(m, h) for t, m, a, h in entries if t in in_period and a in ATTENDED and member_squad[m] == squad_id]
    with Store.open(path) as store:
        got = {s.name: s for s in store.attendance.squad_summary(since, until)}[squad]
        members = store.attendance.member_summary(since, until, squad_id=squad_id)
    assert got.turnouts == len(ours) > 0
    assert got.people == sum(tasks[i][3] or 0 for i in ours)
    assert got.vehicle_trips == sum(tasks[i][4] or 0 for i in ours)
    assert got.members_active == len({m for m, _ in went}) > 0
    assert got.hours == pytest.approx(sum(h or 0 for _, h in went))
    assert got.share == pytest.approx(len(ours) / len(in_period))
    assert sum(r.tasks for r in members) == len(went)
    assert sum(r.hours for r in members) == pytest.approx(got.hours)


def test_copies_follow_the_tasks(store, world):
    """Schema V3: attendance rows and squad links carry a copy of their task's departure and kind
    (and the links its counts); a change to the task reaches them, and a link written without them
    (as the dispatch form writes it) gets them from the task."""
    conn = store.database.conn
    task = next(t for t in world["tasks"] if t.summary == "年末夜间落水")
    member = world["by_name"]["周海燕"]
    before = {r.name: r for r in store.attendance.member_summary("2022-12-31", "2022-12-31")}
    assert before["周海燕"].by_kind == {"water": 1}
    with store.transaction():
        conn.execute("UPDATE tasks SET departure = '2021-03-03 08:00', kind = 'mountain', headcount = 9 WHERE id = ?",
                     (task.id,))
    assert "周海燕" not in {r.name for r in store.attendance.member_summary("2022-12-31", "2022-12-31")}
    moved = {r.name: r for r in store.attendance.member_summary("2021-03-01", "2021-03-31")}["周海燕"]
    assert (moved.by_kind, moved.last_turnout) == ({"mountain": 1}, "2021-03-03")
    squads = {s.name: s for s in store.attendance.squad_summary("2021-03-01", "2021-03-31")}
    assert (squads["水上救援分队"].turnouts, squads["水上救援分队"].people) == (1, 9)
    assert store.attendance.member_history(member.id, "2021-03-03", "2021-03-03")[0].kind == "mountain"
    # a link written with the ids only
    squad_id = world["squad_ids"]["金州分队"]
    with store.transaction():
        conn.execute("INSERT INTO task_squads (task_id, squad_id) VALUES (?, ?)", (task.id, squad_id))
    row = conn.execute("SELECT departure, kind, headcount, vehicles FROM task_squads WHERE task_id = ? AND squad_id = ?",
                       (task.id, squad_id)).fetchone()
    assert row == ("2021-03-03 08:00", "mountain", 9, 2)
    assert {s.name: s for s in store.attendance.squad_summary("2021-03-01", "2021-03-31")}["金州分队"].turnouts == 1


def test_coverage(store, world):
    c = store.attendance.coverage()
    assert (c.first_task_day, c.last_task_day) == ("2020-05-01", "2023-01-01")
    assert c.first_named_day == "2020-05-01" and c.last_named_day == "2023-01-01"
    assert store.attendance.first_recorded_day() == "2020-05-01"
