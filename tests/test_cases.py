"""Missing-person cases on a real database file: opened from a call's alert, turn-outs linked, the
found point recorded, the audit, the checks, who may see what, the statistics' view, the notice."""
from __future__ import annotations

import datetime as dt
import math
import sqlite3

import pytest

from conftest import PASSWORD
from tests.ui.lifecycle_helpers import dispatch_task, roster_fixture  # noqa: F401  (the fixture ``roster``)
from wz_desktop.domain import cases as case_rules
from wz_desktop.domain import geo
from wz_desktop.domain.cases import CaseInvalid, MissingPerson
from wz_desktop.domain.roles import Actor
from wz_desktop.domain.workflow import Call, moment_text
from wz_desktop.services import cases
from wz_desktop.services.session import SYSTEM_SESSION, Session
from wz_desktop.store import NotAllowed

DESK = Actor("值班秘书甲")
ALERT = ("【110警情】接警时间：2025-12-05 18:42 报警人：王丽（女） 联系电话：138 4112 3456 事发地点：甘井子区红旗镇西山村 "
         "警情内容：报警人称其父亲王德福，男，78岁，患阿尔茨海默病，于今日下午3时许独自外出未归，身高约1米7，"
         "上身穿深蓝色羽绒服，下身黑色裤子。请万众救援队协助搜寻。派警单位：红旗派出所")
NOW = dt.datetime(2025, 12, 6, 9, 0)
SEEN = geo.Point(121.5600, 38.9500, geo.GCJ02)  # 甘井子区
FOUND_WGS = geo.Point(121.5650, 38.9540, geo.WGS84)  # as a phone gives it


def test_an_alert_becomes_a_case_to_confirm():
    person, reading = cases.from_alert(ALERT, now=NOW)
    assert (person.name, person.sex, person.age) == ("王德福", "男", 78)
    assert person.category == "失智老人"  # 阿尔茨海默 → the statistics' category
    assert person.last_seen_at == "2025-12-05 15:00"
    assert "甘井子区红旗镇西山村" in person.last_seen_place
    assert "170" in person.description and "深蓝色羽绒服" in person.description
    assert person.family_phone == "13841123456"
    assert reading.text == ALERT  # the words each guess came from stay with it


def test_open_link_record_the_find_and_read_it_back(store, roster):
    departure = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(hours=5)
    first = dispatch_task(store, roster, departure)
    second = dispatch_task(store, roster, departure + dt.timedelta(hours=1), headcount=None)
    person, _ = cases.from_alert(ALERT, now=NOW)
    person = replace_points(person, last_seen_at=moment_text(departure - dt.timedelta(hours=2)), last_seen=SEEN)
    case_id = cases.open_case(store, SYSTEM_SESSION, person, task_ids=[first, second])
    assert store.flow.case(case_id).title.endswith("失智老人走失（王某）")
    assert [t.id for t in store.flow.case_tasks(case_id)] == [first, second]
    # each task's history says it joined the case
    assert any(h.action == "case_linked" for h in store.flow.history(first))

    found_at = moment_text(departure + dt.timedelta(hours=3))
    store.flow.mark_returned(first, found_at, DESK)
    store.flow.mark_returned(second, found_at, DESK)
    saved = store.cases.person(case_id)
    found = replace_points(saved, found_at=found_at, found=FOUND_WGS, outcome="找到平安", found_by="救援队",
                           found_place="西山水库北侧")
    assert cases.save(store, SYSTEM_SESSION, found) >= 5
    back = store.cases.person(case_id)
    assert back.found.system == geo.GCJ02  # typed in WGS-84, kept in the map's system
    assert geo.distance_m(back.found, FOUND_WGS.to(geo.GCJ02)) < 0.5
    assert back.outcome == "找到平安" and back.closed

    # the search's figures are the turn-outs', computed here independently
    tasks = [store.tasks.get(t) for t in (first, second)]
    people = sum(t.headcount or 0 for t in tasks)
    figures = store.cases.figures(case_id, back.found_at)
    assert figures.turnouts == 2 and figures.people == people
    assert math.isclose(figures.hours, 3.0, abs_tol=0.01)  # first departure to the last return
    assert math.isclose(figures.person_hours, (tasks[0].headcount or 0) * 3 + (tasks[1].headcount or 0) * 2, abs_tol=0.1)

    # the statistics' view: distance and time, nothing personal
    [finding] = store.cases.findings(districts=True)
    assert finding.category == "失智老人" and finding.district == "甘井子区"
    assert math.isclose(finding.distance_m, geo.distance_m(SEEN, FOUND_WGS), rel_tol=1e-3)
    assert math.isclose(finding.hours_to_find, 5.0, abs_tol=0.01)
    assert not any(v == "王德福" for v in vars(finding).values())

    # the audit names every field changed
    fields = {e.field for e in store.audit.entries() if e.table == "missing_persons" and e.action == "update"}
    assert {"found_at", "found_lon", "found_lat", "outcome", "found_by", "found_place"} <= fields


def replace_points(person: MissingPerson, **changes) -> MissingPerson:
    from dataclasses import replace

    return replace(person, **changes)


def test_what_cannot_be_saved_is_refused_whole(store):
    bad = MissingPerson(category="外星人", age=150, sex="X", last_seen_at="2025-12-05 15:00",
                        found_at="2025-12-05 14:00", outcome="找到平安",
                        last_seen=geo.Point(2.35, 48.85, geo.WGS84))  # Paris: latitude and longitude fine, place not
    with pytest.raises(CaseInvalid) as caught:
        cases.open_case(store, SYSTEM_SESSION, bad)
    assert set(caught.value.errors) == {"category", "age", "sex", "found_at", "last_seen"}
    assert "不在大连附近" in str(caught.value)
    assert store.database.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 0  # nothing half-written
    with pytest.raises(CaseInvalid, match="请同时选择结果"):
        cases.open_case(store, SYSTEM_SESSION, MissingPerson(found_by="警方"))
    with pytest.raises(sqlite3.IntegrityError):  # the schema refuses half a point even behind the store's back
        store.database.conn.execute("INSERT INTO cases (id, title) VALUES (99, 'x')")
        store.database.conn.execute("INSERT INTO missing_persons (case_id, last_seen_lon) VALUES (99, 121.5)")


def test_a_squad_leader_sees_the_search_not_who_it_is_for(store, team):
    case_id = cases.open_case(store, SYSTEM_SESSION, MissingPerson(name="王德福", age=78, category="失智老人",
                                                                   family_phone="13841123456",
                                                                   last_seen_place="红旗镇西山村"))
    store.sign_in("gjz", PASSWORD)  # the leader of 甘井子分队
    leader = Session.of(store)
    shown = cases.person(store, leader, case_id)
    assert shown.name == "" and shown.family_phone == "" and shown.last_seen_place == ""
    assert shown.age == 78 and shown.category == "失智老人"
    with pytest.raises(NotAllowed):
        cases.save(store, leader, shown)
    assert store.cases.person(case_id).name == "王德福"  # untouched
    store.sign_in("mishu", PASSWORD)
    assert cases.person(store, Session.of(store), case_id).name == "王德福"


def test_the_notice_is_a_reminder_until_withdrawn(store):
    case_id = cases.open_case(store, SYSTEM_SESSION, MissingPerson(name="李娜", age=15, category="离家出走青少年",
                                                                   publish=frozenset({"姓名", "年龄", "照片"})))
    assert store.cases.person(case_id).publish == {"姓名", "年龄", "照片"}
    with pytest.raises(Exception, match="还没有发布"):
        cases.mark_notice(store, SYSTEM_SESSION, case_id, withdrawn=True)
    cases.mark_notice(store, SYSTEM_SESSION, case_id, now=dt.datetime(2025, 12, 5, 20, 0))
    assert store.cases.notices_to_withdraw() == []  # still looking: the notice belongs out
    person = store.cases.person(case_id)
    cases.save(store, SYSTEM_SESSION, replace_points(person, outcome="自行返回", found_at="2025-12-06 08:00",
                                                     last_seen_at="2025-12-05 18:00"))
    assert [c for c, _ in store.cases.notices_to_withdraw()] == [case_id]
    cases.mark_notice(store, SYSTEM_SESSION, case_id, withdrawn=True, now=dt.datetime(2025, 12, 6, 9, 0))
    assert store.cases.notices_to_withdraw() == []
    assert store.cases.person(case_id).notice_withdrawn_at == "2025-12-06 09:00"


def test_a_call_without_an_alert_gives_its_place_and_phone(store):
    call_id = store.calls.log(Call(received_at="2025-12-05 19:00", source="家属", caller_name="王女士",
                                   caller_phone="13804112233", district="甘井子区", place="红旗西路",
                                   description="老人走失"), DESK, now=NOW)
    person = cases.from_call(store, call_id)
    assert person.last_seen_place == "红旗西路" and person.family_phone == "13804112233"
    assert person.name == ""  # nothing invented


def test_squad_bases_are_kept_in_the_maps_system(store, roster):
    squad = roster["squads"]["甘井子分队"]
    cases.set_squad_base(store, SYSTEM_SESSION, squad, geo.Point(121.55, 38.95, geo.WGS84))
    [base] = store.cases.squad_bases()
    assert base.name == "甘井子分队" and base.point.system == geo.GCJ02
    assert geo.distance_m(base.point, geo.Point(121.55, 38.95, geo.WGS84)) < 0.5
    with pytest.raises(Exception, match="不在大连附近"):
        cases.set_squad_base(store, SYSTEM_SESSION, squad, geo.Point(38.95, 121.55, geo.WGS84))  # swapped


def test_default_titles_and_categories():
    assert case_rules.default_title(MissingPerson(name="王德福", category="失智老人",
                                                  last_seen_at="2025-03-05 15:00")) == "3·5 失智老人走失（王某）"
    assert case_rules.category_for("", 9, "") == "儿童"
    assert case_rules.category_for("", 15, "离家出走") == "离家出走青少年"
    assert case_rules.category_for("智力障碍", 30, "") == "智力障碍"
    assert case_rules.category_for("", 45, "周末去大黑山徒步") == "登山徒步"
    assert case_rules.category_for("", 45, "") == "其他"


def test_a_missing_persons_name_is_masked_wherever_it_is_shared(store, tmp_path):
    """The case's name is a known name of the sharing's masking: with only that layer on (no
    detectors, no segmenter, no contexts), a summary that names the person is still masked."""
    import openpyxl

    from wz_desktop.domain.kinds import TaskKind
    from wz_desktop.domain.records import Task
    from wz_desktop.services.exports import prepare_share, write_share

    store.tasks.insert(Task(kind=TaskKind.URBAN, departure="2025-05-01 09:00", year=2025, summary="檀小满返家途中走失",
                            headcount=6, vehicles=2, squads="甘井子分队", remarks="檀小满已找到"))
    store.tasks.index_pending()
    cases.open_case(store, SYSTEM_SESSION, MissingPerson(name="檀小满", age=8, category="儿童",
                                                         description="穿黄色雨衣，右耳后有痣",
                                                         last_seen_place="红旗西路檀家小卖部"))
    assert "檀小满" in store.sharing.known_names()
    assert any("檀家小卖部" in t for t in store.sharing.free_texts())
    plan = prepare_share(store, 2025, ("known",), session=SYSTEM_SESSION)
    target = tmp_path / "share.xlsx"
    write_share(store, plan, target, session=SYSTEM_SESSION)
    cells = [str(c) for ws in openpyxl.load_workbook(target, read_only=True).worksheets
             for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert cells and not any("檀小满" in c for c in cells)


def test_the_research_dataset_has_the_searches_and_no_one_in_them(store, tmp_path):
    """Researchers get each search's category, district, age band, outcome, distance (to 100 m) and
    time to find (to the half hour), k-anonymous like the other tables: no name, no place, no point."""
    pytest.importorskip("pandas")
    from wz_desktop import dataset

    seen = geo.Point(121.5600, 38.9500, geo.GCJ02)  # 甘井子区
    for i in range(4):
        found = geo.Point(seen.lon, seen.lat + (430 + 10 * i) / 111_000, geo.GCJ02)
        cases.open_case(store, SYSTEM_SESSION, MissingPerson(
            name=f"檀{'一二三四'[i]}", age=81 + i % 2, category="失智老人", description="右耳后有痣",
            last_seen_at=f"2024-05-0{i + 1} 08:00", last_seen=seen, last_seen_place="檀家小卖部",
            found_at=f"2024-05-0{i + 1} 10:40", found=found, outcome="找到平安", found_by="救援队"))
    tables, reports = dataset.build(store, "2024-01-01", "2024-12-31")
    searches = tables["searches"]
    assert list(searches.columns) == list(dataset.DICTIONARY["searches"])
    assert len(searches) == 4 and set(searches["category"]) == {"失智老人"}
    assert set(searches["district"]) == {"甘井子区"} and set(searches["age_band"]) == {"80-84"}
    assert set(searches["distance_m"]) == {400, 500}  # 430 … 460 m to the 100 m
    assert set(searches["hours_to_find"]) == {2.5}  # 2 h 40 min to the half hour
    assert set(searches["date"]) == {"2024-05"}  # four different days: coarsened to the month (k = 3)
    assert reports["searches"]["date_to_month"] == 4 and reports["searches"]["suppressed"] == 0
    text = searches.to_csv()
    for secret in ("檀", "痣", "小卖部", "121.56", "38.95"):
        assert secret not in text


def test_the_command_line_lists_the_cases_and_prints_the_statistics(store, tmp_path):
    from helpers.cli import run as run_cli

    seen = geo.Point(121.56, 38.95, geo.GCJ02)
    for i in range(6):  # 150 m, 300 m … 900 m north
        cases.open_case(store, SYSTEM_SESSION, MissingPerson(
            name=f"测试{i}", category="失智老人", last_seen_at="2024-05-01 08:00", last_seen=seen,
            found_at=f"2024-05-01 {9 + i:02d}:00", found=geo.Point(seen.lon, seen.lat + (i + 1) * 150 / 111_000,
                                                                  geo.GCJ02), outcome="找到平安", found_by="救援队"))
    cases.open_case(store, SYSTEM_SESSION, MissingPerson(name="李娜", category="儿童"))
    db = store.path
    store.close()
    listed = run_cli(tmp_path, "--db", str(db), "cases", "--open")
    assert listed.returncode == 0, listed.stderr
    assert "儿童走失（李某）" in listed.stdout and "仍在搜寻" in listed.stdout and "共 1 个案件" in listed.stdout
    figures = run_cli(tmp_path, "--db", str(db), "cases", "--stats", "--from", "2024-01-01", "--to", "2024-12-31")
    assert figures.returncode == 0, figures.stderr
    line = next(ln for ln in figures.stdout.splitlines() if ln.startswith("失智老人"))
    import statistics

    median = statistics.median([geo.distance_m(seen, geo.Point(seen.lon, seen.lat + (i + 1) * 150 / 111_000,
                                                               geo.GCJ02)) for i in range(6)])  # about 525 m
    assert "失智老人：6 例，找到 6 例" in line and f"50%≤{int(round(median, -1))} 米" in line
    assert "仅供参考" in line
    bad = run_cli(tmp_path, "--db", str(db), "cases", "--stats", "--from", "2024-13-01")
    assert bad.returncode != 0 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr


def test_an_imported_history_gets_no_case_until_the_secretariat_links_one(store):
    """Years of workbooks hold many searches for missing people; none becomes a case by itself
    (nothing invented): a case exists only where someone links the turn-outs."""
    from pathlib import Path

    from wz_desktop.services import imports

    sample = Path(__file__).parent / "data" / "samples" / "2022年救援任务统计.xlsx"
    [report] = imports.import_files(store, SYSTEM_SESSION, [sample])
    assert report.ok
    urban = store.database.conn.execute(
        "SELECT id FROM tasks WHERE kind = 'urban' AND summary LIKE '%走失%' ORDER BY id").fetchall()
    assert urban, "the sample has searches for missing people"
    assert store.cases.lines() == [] and store.cases.findings() == []
    case_id = cases.open_case(store, SYSTEM_SESSION, MissingPerson(category="失智老人"), task_ids=[urban[0][0]])
    assert [line.case_id for line in store.cases.lines()] == [case_id]
    assert store.cases.figures(case_id).turnouts == 1


def test_the_photo_is_kept_beside_the_database_and_a_bad_one_refused(store, tmp_path):
    from wz_desktop.services.cases import photo_folder

    usb = tmp_path / "usb"
    usb.mkdir()
    photo = usb / "爸爸.png"
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    photo.write_bytes(png)
    case_id = cases.open_case(store, SYSTEM_SESSION, MissingPerson(name="王德福", photo_path=str(photo)))
    kept = store.cases.person(case_id).photo_path
    assert kept.startswith(str(photo_folder(store))) and kept.endswith(".png")
    photo.unlink()  # the stick is gone: the case still has its photo
    from pathlib import Path

    assert Path(kept).read_bytes() == png
    # saving again does not copy it again
    cases.save(store, SYSTEM_SESSION, store.cases.person(case_id))
    assert len(list(photo_folder(store).iterdir())) == 1
    text = usb / "notes.jpg"
    text.write_text("not a picture")
    for bad, words in ((text, "不是 JPG、PNG 或 BMP 图片"), (usb / "missing.jpg", "无法读取")):
        with pytest.raises(CaseInvalid, match=words):
            cases.save(store, SYSTEM_SESSION, replace_points(store.cases.person(case_id), photo_path=str(bad)))
    assert store.cases.person(case_id).photo_path == kept  # nothing changed


def test_the_backups_keep_the_cases_photos_too(store, tmp_path):
    """A backup copies the database and, beside its copies, the photos (each file once); rotating
    the copies leaves the photos alone."""
    from wz_desktop.services.cases import photo_folder
    from wz_desktop.store import backups

    photo = tmp_path / "爸爸.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    cases.open_case(store, SYSTEM_SESSION, MissingPerson(name="王德福", photo_path=str(photo)))
    [kept] = list(photo_folder(store).iterdir())
    first = backups.take_backup(store, backups.MANUAL)
    copy = first.parent / photo_folder(store).name / kept.name
    assert copy.read_bytes() == kept.read_bytes()
    assert backups.mirror_photos(store.path, first.parent) == 0  # already there: nothing copied again
    for _ in range(3):
        backups.rotate(first.parent, keep_daily=1, keep_other=1, stem=store.path.stem)
    assert copy.exists()
