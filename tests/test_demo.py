"""The demo database and the synthetic task generator the benchmarks use."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import time
from collections import Counter
from pathlib import Path

import pytest

from helpers.databases import copy_of
from wz_desktop.cli import main
from wz_desktop import demo as demo_module
from wz_desktop.demo import ATTENDANCE_FROM, LIVE_TASKS, build_demo_database, synthetic_tasks
from wz_desktop.domain import geo
from wz_desktop.domain.kinds import KIND_ORDER, TaskKind
from wz_desktop.domain.records import Origin, Task, TaskStatus
from wz_desktop.store import Store, TaskFilter
from wz_desktop.services.exports import export_year
from wz_desktop.services.imports import import_workbook
from wz_desktop.services.session import SYSTEM_SESSION

YEARS = (2020, 2021, 2022, 2023)


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_build):
    """A copy of the demo database built once per run (tests/conftest.py), its counts and build time."""
    path, counts, seconds = demo_build
    return copy_of(path, tmp_path_factory.mktemp("demo")), counts, seconds


@pytest.fixture
def demo_store(demo):
    with Store.open(demo[0]) as store:
        yield store


def _all_tasks(store) -> list[Task]:
    return [t for year, _ in sorted(store.tasks.years()) for t in store.tasks.for_year(year)]


def _content(path: Path) -> dict:
    """Everything the demo writes, without ids' creation timestamps."""
    with Store.open(path) as store:
        tasks = [(t.id, t.kind, t.workbook_values(), t.status, t.result, t.people_helped, t.leader_id,
                  t.returned_at, t.import_key) for t in _all_tasks(store)]
        roster = store.roster
        members = roster.members()
        return {
            "tasks": tasks,
            "squads": roster.squads(),
            "members": members,
            "certifications": [roster.certifications(m.id) for m in members],
            "vehicles": roster.vehicles(),
            "turnouts": [(roster.task_members(t[0]), roster.task_vehicles(t[0])) for t in tasks[-300:]],
            "as_of": store.database.get_setting("demo_as_of"),
            "cases": [(line.case_id, line.title, line.person) for line in store.cases.lines(limit=10_000)],
            "bases": store.cases.squad_bases(),
        }


def test_builds_quickly_with_the_counts_it_reports(demo, demo_store):
    path, counts, seconds = demo
    assert seconds < 10  # CPU seconds; about one on the project's machine
    assert counts["tasks"] == demo_store.tasks.total()
    assert 4700 <= counts["tasks"] <= 5300
    assert set(counts["years"]) == set(YEARS)
    for year in (2020, 2021, 2022):
        assert 1400 <= counts["years"][year] <= 1850
    assert 150 <= counts["years"][2023] <= 300
    assert counts["squads"] == 20
    assert 300 <= counts["members"] <= 600
    assert 25 <= counts["vehicles"] <= 35
    assert counts["certifications"] > 200
    assert counts["task_members"] > 10_000 and counts["task_vehicles"] > 1_000


@pytest.mark.slow  # two more demo databases built
def test_same_seed_same_content_other_seed_other_content(tmp_path, demo):
    again = tmp_path / "again.db"
    build_demo_database(again, seed=2023)
    first = _content(demo[0])
    assert _content(again) == first
    other = tmp_path / "other.db"
    build_demo_database(other, seed=7)
    assert _content(other)["tasks"] != first["tasks"]


def test_refuses_an_existing_file(tmp_path):
    target = tmp_path / "existing.db"
    target.write_bytes(b"keep me")
    with pytest.raises(FileExistsError, match="已存在"):
        build_demo_database(target)
    assert target.read_bytes() == b"keep me"


def test_every_kind_every_full_year_in_sample_like_proportions(demo_store):
    tasks = _all_tasks(demo_store)
    assert all(t.origin is Origin.DEMO for t in tasks)
    for year in (2020, 2021, 2022):
        kinds = Counter(t.kind for t in tasks if t.year == year)
        assert set(kinds) == set(KIND_ORDER)
        total = sum(kinds.values())
        assert 0.28 < kinds[TaskKind.URBAN] / total < 0.42  # the biggest sheet, as in the workbooks
        assert kinds[TaskKind.MOUNTAIN] < kinds[TaskKind.WATER]
    epidemic = Counter(t.year for t in tasks if t.kind is TaskKind.EPIDEMIC)
    assert epidemic[2022] > epidemic[2021] and epidemic.get(2023, 0) < 20


def test_seasons_and_nights(demo_store):
    tasks = [t for t in _all_tasks(demo_store) if t.departure]
    month = lambda t: int(t.departure[5:7])  # noqa: E731 (a one-line helper)
    water = Counter(month(t) for t in tasks if t.kind is TaskKind.WATER and t.year < 2023)
    assert sum(water[m] for m in (6, 7, 8, 9)) > 2 * sum(water[m] for m in (12, 1, 2, 3))
    epidemic_2020 = Counter(month(t) for t in tasks if t.kind is TaskKind.EPIDEMIC and t.year == 2020)
    assert sum(epidemic_2020[m] for m in (2, 3, 4, 5)) > 3 * sum(epidemic_2020[m] for m in (8, 9, 10, 11))
    searches = [t for t in tasks if t.kind is TaskKind.URBAN and len(t.departure) > 10
                and re.search("走失|未归|离家出走", t.summary)]
    night = sum(1 for t in searches if int(t.departure[11:13]) >= 18 or int(t.departure[11:13]) < 6)
    assert night / len(searches) > 0.4
    training_hours = {int(t.departure[11:13]) for t in tasks if t.kind is TaskKind.TRAINING and len(t.departure) > 10}
    assert training_hours <= {8, 9, 10, 13, 14, 15}
    date_only = sum(1 for t in tasks if len(t.departure) == 10)
    assert 0.01 < date_only / len(tasks) < 0.06


def test_event_numbers_squads_and_counts_look_like_the_workbooks(demo_store):
    tasks = _all_tasks(demo_store)
    squads = {s.name for s in demo_store.roster.squads()}
    for year in YEARS:
        numbers = [t.event_no for t in tasks if t.year == year and t.event_no]
        assert len(numbers) == len(set(numbers))
        pattern = r"2020\d{4}" if year == 2020 else rf"WZ{year}-\d{{4}}"
        assert all(re.fullmatch(pattern, n) for n in numbers)
    assert {t.kind for t in tasks if not t.event_no} == {TaskKind.UPKEEP}  # old upkeep rows had none
    assert all(t.year == 2020 for t in tasks if not t.event_no)
    for t in tasks:
        assert t.squad_names and set(t.squad_names) <= squads
        assert t.headcount >= 1 and t.vehicles >= 0 and t.summary
        assert t.departure[:4] == str(t.year)
        assert t.vehicles <= t.headcount
    median = lambda xs: sorted(xs)[len(xs) // 2]  # noqa: E731 (a one-line helper)
    by_kind = {k: median([t.headcount for t in tasks if t.kind is k]) for k in KIND_ORDER}
    assert by_kind[TaskKind.TRAINING] < by_kind[TaskKind.WATER] < by_kind[TaskKind.EPIDEMIC]
    assert by_kind[TaskKind.UPKEEP] < by_kind[TaskKind.URBAN]
    rescues = [t for t in tasks if t.kind.needs_call and t.status is TaskStatus.ARCHIVED]
    assert all(t.result for t in rescues)
    assert all(t.result is None for t in tasks if not t.kind.needs_call)


def test_latest_dozen_are_live_the_rest_archived(demo_store):
    rows = demo_store.tasks.page(TaskFilter(), 0, LIVE_TASKS + 5)
    statuses = [r[9] for r in rows]
    # out, back, handed in, one sent back (back again) and one approved waiting for the archive
    assert set(statuses[:LIVE_TASKS]) == {"dispatched", "returned", "submitted", "approved"}
    assert statuses[:3] == ["dispatched"] * 3  # the newest are still out
    assert set(statuses[LIVE_TASKS:]) == {"archived"}
    counted = Counter(t.status for t in _all_tasks(demo_store))
    assert counted[TaskStatus.ARCHIVED] == demo_store.tasks.total() - LIVE_TASKS


def test_every_state_of_the_workflow_is_shown(demo_store):
    """Calls in every state, rescues with the call they began with, reviews, a reopening, a case."""
    from wz_desktop.domain.records import CallStatus

    calls = demo_store.calls
    assert len(calls.waiting()) == 3 and len(calls.drafts()) == 1
    for status in CallStatus:
        assert calls.by_status(status), status
    flow = demo_store.flow
    counts = flow.status_counts()
    assert all(counts[s] for s in (TaskStatus.DISPATCHED, TaskStatus.RETURNED, TaskStatus.SUBMITTED,
                                   TaskStatus.APPROVED))
    rescue = demo_store.tasks.get(flow.with_status(TaskStatus.DISPATCHED)[0].id)
    if rescue.kind.needs_call:
        story = flow.story(rescue.id)
        assert story.call is not None and story.verifications[0].result == "属实"
    sent_back = [t for t in flow.with_status(TaskStatus.RETURNED) if any(
        r.stage == "returned" for r in flow.reviews(t.id))]
    assert len(sent_back) == 1 and flow.reviews(sent_back[0].id)[-1].comment
    reopened = demo_store.database.one("SELECT task_id FROM reviews WHERE stage = 'reopened'")
    story = flow.story(reopened)
    assert story.read_only and [h.action for h in story.history] == ["reopened", "edited", "archived"]
    case = next(c for c in flow.cases(limit=1000) if c.notes == "同一走失人员的连续搜寻（演示）")
    assert len(flow.case_tasks(case.id)) == 3


def test_roster_looks_like_a_team(demo_store):
    roster = demo_store.roster
    squads = roster.squads()
    names = {s.name for s in squads}
    assert {"甘井子分队", "水上救援分队", "山地救援分队", "机动分队", "长海分队"} <= names
    members = roster.members()
    for squad in squads:
        own = [m for m in members if m.squad_id == squad.id]
        assert [m.role for m in own].count("队长") == 1
        assert roster.member(squad.leader_id).role == "队长" and roster.member(squad.leader_id).squad_id == squad.id
    codes = [m.code for m in members]
    assert len(set(codes)) == len(codes) and all(re.fullmatch(r"WZ\d{4}", c) for c in codes)
    phones = [m.phone for m in members]
    assert len(set(phones)) == len(phones) and all(re.fullmatch(r"1[3-9]\d{9}", p) for p in phones)
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", m.name) for m in members)
    assert 0 < sum(not m.active for m in members) < len(members) * 0.1
    assert any(m.nickname for m in members)
    # the people of the sign-up lists in tests/data/signup-lists are on the roster
    assert roster.member_by_code("WZ0312").name == "胡军"
    assert {m.squad_id for m in roster.members_named("何洋")} == {
        roster.squad_by_name("甘井子分队").id, roster.squad_by_name("金州分队").id}
    vehicles = roster.vehicles()
    kinds = Counter(v.owner_kind for v in vehicles)
    assert kinds["team"] >= 10 and kinds["member"] >= 10
    assert all(v.plate.startswith("辽B") for v in vehicles)


def test_some_certifications_expire_soon(demo_store):
    as_of = dt.date.fromisoformat(demo_store.database.get_setting("demo_as_of"))
    soon = demo_store.roster.expiring(as_of + dt.timedelta(days=60), since=as_of)
    assert 5 <= len(soon) <= 30
    expired = demo_store.roster.expiring(as_of - dt.timedelta(days=1))
    assert expired  # and some have run out already


def test_last_year_has_who_went_and_headcounts_agree(demo_store):
    tasks = _all_tasks(demo_store)
    roster = demo_store.roster
    since = ATTENDANCE_FROM.isoformat()
    recent = [t for t in tasks if t.departure >= since]
    assert all(not roster.task_members(t.id) for t in tasks[:50] if t.departure < since)
    for task in recent[::25] + recent[-LIVE_TASKS:]:
        entries = roster.task_members(task.id)
        present = [e for e in entries if e.attendance != "缺勤"]
        assert len(present) == task.headcount
        assert sum(e.brings_car for e in entries) <= task.vehicles
        if task.status in (TaskStatus.ARCHIVED, TaskStatus.SUBMITTED):
            assert all(e.attendance in ("出勤", "迟到", "早退", "缺勤") and e.hours is not None for e in entries)
        else:
            assert all(e.attendance is None for e in entries)  # not reviewed yet
    summary = demo_store.attendance.member_summary(since, "2099-12-31")
    assert summary[0].hours > summary[-1].hours and sum(r.absent for r in summary) > 0


@pytest.mark.parametrize("year", YEARS)
def test_exported_year_reimports_adding_nothing(demo, tmp_path, year):
    copy = tmp_path / "demo.db"
    shutil.copy(demo[0], copy)
    with Store.open(copy) as store:
        out = tmp_path / f"{year}年救援任务统计.xlsx"
        written = export_year(store, year, out, session=SYSTEM_SESSION)
        assert written == store.tasks.count_year(year)
        before = store.tasks.total()
        report = import_workbook(store, out, backup=False, session=SYSTEM_SESSION)
        assert report.ok, report.error
        assert (report.added, report.differing, report.unchanged) == (0, 0, written)
        assert (report.raw_values, report.skipped) == (0, 0)
        assert store.tasks.total() == before


def test_midnight_departure_survives_round_trip(tmp_path):
    with Store.open(tmp_path / "m.db") as store:
        task = Task(kind=TaskKind.URBAN, summary="午夜出队", event_no="WZ2022-0001", departure="2022-05-01 00:00",
                    year=2022, headcount=3, vehicles=1, squads="甘井子分队", status=TaskStatus.ARCHIVED)
        store.tasks.insert(task)
        out = tmp_path / "2022.xlsx"
        export_year(store, 2022, out, session=SYSTEM_SESSION)
    with Store.open(tmp_path / "fresh.db") as fresh:
        import_workbook(fresh, out, backup=False, session=SYSTEM_SESSION)
        assert next(fresh.tasks.for_year(2022)).departure == "2022-05-01 00:00"


@pytest.mark.slow  # builds a demo database of its own
def test_cli_demo_command(tmp_path, capsys):
    target = tmp_path / "cli-demo.db"
    assert main(["demo", "-o", str(target)]) == 0
    assert "演示数据库已生成" in capsys.readouterr().out
    assert main(["demo", "-o", str(target)]) == 1
    assert "已存在" in capsys.readouterr().err


# --- synthetic tasks -----------------------------------------------------------------------------

@pytest.mark.slow  # 60,000 tasks made
def test_synthetic_tasks_are_many_realistic_and_deterministic():
    started = time.perf_counter()
    tasks = list(synthetic_tasks(30_000, seed=5))
    assert time.perf_counter() - started < 10  # about 0.2 s here; a million takes seconds
    assert len(tasks) == 30_000
    assert [t.workbook_values() for t in tasks[:500]] == [t.workbook_values() for t in
                                                          list(synthetic_tasks(30_000, seed=5))[:500]]
    assert tasks[0].workbook_values() != next(synthetic_tasks(30_000, seed=6)).workbook_values()
    years = Counter(t.year for t in tasks)
    assert sorted(years) == list(range(2010, 2026)) and max(years.values()) - min(years.values()) <= 1
    assert set(Counter(t.kind for t in tasks)) == set(KIND_ORDER)
    numbers = [t.event_no for t in tasks]
    assert len(set(numbers)) == len(numbers)
    for year in (2010, 2025):
        of_year = [t for t in tasks if t.year == year]
        assert [t.departure for t in of_year] == sorted(t.departure for t in of_year)
        assert all(t.departure.startswith(str(year)) for t in of_year)
    assert all(t.status is TaskStatus.ARCHIVED and t.origin is Origin.DEMO for t in tasks[:1000])


def test_synthetic_tasks_for_chosen_years():
    tasks = list(synthetic_tasks(2_001, seed=1, years=[2022]))
    assert len(tasks) == 2_001 and {t.year for t in tasks} == {2022}
    assert tasks[0].event_no == "WZ2022-0001" and tasks[-1].event_no == "WZ2022-2001"
    summer = sum(1 for t in tasks if t.kind is TaskKind.WATER and t.departure[5:7] in ("06", "07", "08"))
    winter = sum(1 for t in tasks if t.kind is TaskKind.WATER and t.departure[5:7] in ("12", "01", "02"))
    assert summer > 2 * winter


@pytest.mark.slow  # builds a demo database of its own
def test_the_windows_demo_runs_on_one_clock(tmp_path):
    """Given today, the tasks end today, the night's calls are tonight's, and the periods the window
    offers (本月, 上季度) hold tasks and attendance."""
    today = dt.date(2026, 12, 4)
    now = dt.datetime(2026, 12, 4, 2, 30)
    path = tmp_path / "today.db"
    build_demo_database(path, today=today, now=now)
    with Store.open(path) as store:
        tasks = _all_tasks(store)
        last = max(t.departure[:10] for t in tasks)
        assert today - dt.timedelta(days=10) <= dt.date.fromisoformat(last) <= today
        # no team left at a time still to come: every departure is before now (02:30 that night)
        assert max(t.departure for t in tasks) <= "2026-12-04 02:30"
        assert min(t.departure[:10] for t in tasks) >= "2023-11-01"  # 38 months back, as the workbooks' data
        assert {t.year for t in tasks} == {2023, 2024, 2025, 2026}
        waiting = store.calls.waiting()
        assert waiting and all(str(call.received_at)[:10] in ("2026-12-03", "2026-12-04") for call in waiting)
        numbers = [t.event_no for t in tasks if t.year == 2025 and t.event_no]
        assert len(numbers) == len(set(numbers)) and min(numbers) == "WZ2025-0001"
        for since, until in (("2026-12-01", "2026-12-04"), ("2026-07-01", "2026-09-30")):  # 本月, 上季度
            period = [t for t in tasks if since <= t.departure[:10] <= until]
            assert period
            assert sum(len(store.roster.task_members(t.id)) for t in period) > 0
        as_of = dt.date.fromisoformat(store.database.get_setting("demo_as_of"))
        assert as_of == dt.date.fromisoformat(last)


# --- missing-person cases and squads' bases (the map, the lost-person statistics) ---------------

def _quantile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


@pytest.fixture(scope="module")
def demo_cases(demo):
    with Store.open(demo[0]) as store:
        lines = store.cases.lines(limit=10_000)
        tasks = {t.id: t for t in _all_tasks(store) if t.case_id is not None}
        bases = store.cases.squad_bases()
        squads = {s.id: s for s in store.roster.squads()}
    by_case: dict[int, list[Task]] = {}
    for task in tasks.values():
        by_case.setdefault(task.case_id, []).append(task)
    return lines, by_case, bases, squads


def test_the_places_the_demo_draws_around_are_in_their_districts():
    for district, places in demo_module.PLACES.items():
        for name, lon, lat in places:
            found = geo.district_of(geo.Point(lon, lat, geo.GCJ02))
            assert found is not None and found.name == district, (district, name)
    for table, districts in ((demo_module.MOUNTAIN_POINTS, demo_module.MOUNTAINS),
                             (demo_module.SHORE_POINTS, demo_module.WATER_PLACES)):
        for name, (lon, lat) in table.items():
            found = geo.district_of(geo.Point(lon, lat, geo.GCJ02))
            intended = demo_module.AREA_DISTRICT.get(districts[name], districts[name])
            assert found is not None and found.name == intended, name


def test_missing_person_cases_in_realistic_proportions(demo, demo_cases):
    lines, by_case, _, _ = demo_cases
    assert demo[1]["cases"] == len(lines)
    assert 110 <= len(lines) <= 135
    categories = Counter(line.person.category for line in lines)
    assert categories.most_common(1)[0][0] == "失智老人" and categories["失智老人"] >= 0.3 * len(lines)
    assert set(categories) == set(demo_module.CASE_QUOTAS)
    outcomes = Counter(line.person.outcome for line in lines)
    assert outcomes["找到平安"] > 0.6 * len(lines)
    assert all(outcomes[o] > 0 for o in ("未找到", "遇难", "自行返回", "受伤找到", ""))  # '' still searching
    found_by = Counter(line.person.found_by for line in lines if line.person.outcome in ("找到平安", "受伤找到"))
    assert found_by["救援队"] == max(found_by.values()) and len(found_by) >= 3
    # the demo's people are obviously made up: 王某甲, a phone of 1390000…
    assert all(re.fullmatch(r".某[甲乙丙丁戊己庚辛壬癸]", line.person.name) for line in lines)
    assert all(line.person.family_phone.startswith("1390000") for line in lines)
    assert sum(1 for line in lines if line.person.last_seen is not None) > 0.8 * len(lines)
    assert any(line.person.last_seen is None for line in lines)  # only the place written: the map counts them apart


def test_each_case_is_linked_to_its_search(demo_cases):
    lines, by_case, _, _ = demo_cases
    for line in lines:
        tasks = by_case.get(line.case_id)
        assert tasks, line.title
        kinds = {t.kind for t in tasks}
        assert kinds <= ({TaskKind.WATER} if line.person.category == "垂钓赶海" else {TaskKind.URBAN, TaskKind.MOUNTAIN})
        first = min(t.departure for t in tasks)
        assert line.person.last_seen_at < first  # last seen before the team set out
        if line.person.outcome == "":
            assert not line.person.found_at and any(t.status is not TaskStatus.ARCHIVED for t in tasks) or len(tasks) > 1


def test_points_fall_in_the_districts_their_searches_name(demo_cases):
    lines, by_case, _, _ = demo_cases
    for line in lines:
        person = line.person
        if person.last_seen is not None:
            summary = min(by_case[line.case_id], key=lambda t: t.departure).summary
            intended = demo_module._district_in(summary)
            found_in = geo.district_of(person.last_seen)
            assert found_in is not None and found_in.name == intended, (summary, person.last_seen)
        if person.found is not None:
            assert geo.district_of(person.found) is not None, person.found  # on land, not at sea
            assert person.outcome in ("找到平安", "受伤找到", "遇难")
        if person.found_at:
            assert person.found_at >= person.last_seen_at


def test_found_distances_by_category_are_plausible(demo_cases):
    lines, _, _, _ = demo_cases
    distances: dict[str, list[float]] = {}
    for line in lines:
        p = line.person
        if p.last_seen is not None and p.found is not None:
            distances.setdefault(p.category, []).append(geo.distance_m(p.last_seen, p.found))
    dementia = distances["失智老人"]
    assert len(dementia) >= 25
    assert _quantile(dementia, 0.5) < 1500 and _quantile(dementia, 0.75) < 2500  # mostly within 1-2 km
    for farther in ("登山徒步", "离家出走青少年"):
        assert _quantile(distances[farther], 0.5) > _quantile(dementia, 0.5), farther
    assert max(max(values) for values in distances.values()) <= 25_000


def test_squads_have_bases_in_their_districts(demo_cases):
    _, _, bases, squads = demo_cases
    assert len(bases) == len(squads) - 1  # one base not known yet: the map says so
    for base in bases:
        district = squads[base.squad_id].district
        found_in = geo.district_of(base.point)
        assert found_in is not None
        if district != "全市":
            assert found_in.name == demo_module.AREA_DISTRICT.get(district, district), base.name
