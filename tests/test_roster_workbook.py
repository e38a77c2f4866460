"""The roster workbook: export, import into fresh and existing databases, edits, refusals."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from wz_desktop.domain.records import Member, Squad, Vehicle
from wz_desktop.store import Store
from wz_desktop.store.roster import Certification
from wz_desktop.workbook.reader import WorkbookError
from wz_desktop.services.roster import export_roster, import_roster
from wz_desktop.workbook.roster import HEADERS, SHEET_ORDER
from wz_desktop.services.session import SYSTEM_SESSION

from helpers.databases import copy_of
from helpers.libreoffice import libreoffice_copy


def snapshot(store) -> dict:
    """The roster as people see it, independent of ids."""
    r = store.roster
    members = r.members()
    by_id = {m.id: m for m in members}
    squads = {s.id: s.name for s in r.squads()}
    return {
        "squads": sorted((s.name, s.district, by_id[s.leader_id].code if s.leader_id else None)
                         for s in r.squads()),
        "members": sorted((m.code or "", m.name, m.nickname, squads.get(m.squad_id), m.phone, m.role, m.active)
                          for m in members),
        "certs": sorted((m.code or "", c.name, c.number, c.expires_on or "")
                        for m in members for c in r.certifications(m.id)),
        "vehicles": sorted((v.plate, v.name, v.owner_kind, by_id[v.owner_member_id].code if v.owner_member_id else "",
                            v.seats or 0) for v in r.vehicles()),
    }


@pytest.fixture
def small(store):
    r = store.roster
    zs, xg = Squad("中山分队", "中山区"), Squad("西岗分队", "西岗区")
    r.add_squads([zs, xg], actor=r.audit.actor)
    members = [Member("王强", zs.id, "wz0001", "138-0411-2233", "队长", "强哥"),
               Member("李娜", zs.id, "WZ0002", "13900001111", "队员", "娜娜"),
               Member("张伟", xg.id, "WZ0003", "+86 137 0000 2222", "队长"),
               Member("赵敏", xg.id, "WZ0004", "13600003333", "队员", active=False)]
    r.add_members(members, joined_on="2020-05-01", actor=r.audit.actor)
    r.set_squad_leaders([(zs.id, members[0].id), (xg.id, members[2].id)], actor=r.audit.actor)
    r.add_certifications([Certification(members[0].id, "应急救援员（五级）", "2026-06-30", "A123"),
                          Certification(members[1].id, "红十字救护员", None, "0012")], actor=r.audit.actor)
    r.add_vehicles([Vehicle("辽B 12345", "救援指挥车（依维柯）", seats=7),
                    Vehicle("辽B67890", "私家车", "member", members[1].id, 5)], actor=r.audit.actor)
    return store


def fresh(tmp_path, name="fresh.db") -> Store:
    return Store.open(tmp_path / name)


def test_export_layout(small, tmp_path):
    path = tmp_path / "名册.xlsx"
    counts = export_roster(small, path, session=SYSTEM_SESSION)
    assert counts == {"分队": 2, "队员": 4, "证书": 2, "车辆": 2}
    wb = load_workbook(path)
    assert wb.sheetnames == list(SHEET_ORDER)
    for name in SHEET_ORDER:
        ws = wb[name]
        assert [c.value for c in ws[1]] == HEADERS[name]
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref
        assert ws["A1"].font.b
    members = wb["队员"]
    assert members["A2"].value == "WZ0001" and members["A2"].data_type == "s"
    phones = [members.cell(row=r, column=5) for r in range(2, 6)]
    assert all(c.data_type == "s" for c in phones)
    assert "13804112233" in [c.value for c in phones]
    assert wb["证书"]["D3"].value == "0012" and wb["证书"]["D3"].data_type == "s"
    assert not list(tmp_path.glob("*.part"))


def test_round_trip_into_fresh_database_and_again(small, tmp_path):
    path = tmp_path / "名册.xlsx"
    export_roster(small, path, session=SYSTEM_SESSION)
    with fresh(tmp_path) as other:
        report = import_roster(other, path, session=SYSTEM_SESSION)
        assert snapshot(other) == snapshot(small)
        assert report.sheets["队员"].added == 4 and report.sheets["分队"].added == 2
        assert report.sheets["证书"].added == 2 and report.sheets["车辆"].added == 2
        assert not report.skipped_rows()
        before = snapshot(other)
        again = import_roster(other, path, session=SYSTEM_SESSION)
        assert snapshot(other) == before
        assert not again.changed
        assert {k: (c.unchanged, c.skipped) for k, c in again.sheets.items()} == \
            {"分队": (2, 0), "队员": (4, 0), "证书": (2, 0), "车辆": (2, 0)}
    # and into the database it came from: nothing changes either
    report = import_roster(small, path, session=SYSTEM_SESSION)
    assert not report.changed and not report.entries


def test_edited_file(small, tmp_path):
    path = tmp_path / "名册.xlsx"
    export_roster(small, path, session=SYSTEM_SESSION)
    wb = load_workbook(path)
    ws = wb["队员"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "WZ0002":
            row[4].value = "139 0000 9999"  # changed phone
            row[2].value = None  # emptied nickname: must not blank the database's
    ws.append(["WZ0005", "  孙悦 ", "", "甘井子分队", "15000004444", "队员", "是", "2023-03-01"])  # new, new squad
    ws.append(["WZ0006", None, "无名", "中山分队", "15000005555", "队员", "是", None])  # no name
    ws.append(["wz0005", "孙悦悦", "", "中山分队", "", "队员", "是", None])  # same code again
    wb["证书"].append(["WZ0005", "孙悦", "", "X1", "2027-01-01"])  # certificate without a name
    wb.save(path)

    report = import_roster(small, path, session=SYSTEM_SESSION)
    counts = report.sheets["队员"]
    assert (counts.rows, counts.added, counts.updated, counts.unchanged, counts.skipped) == (7, 1, 1, 3, 2)
    assert report.sheets["分队"].added == 1  # 甘井子分队, created for the new member
    skipped = [(e.sheet, e.row, e.message) for e in report.skipped_rows()]
    assert ("队员", 7, "缺少姓名（编号“WZ0006”）") in skipped
    assert any(s == "队员" and r == 8 and "重复" in m and "第 6 行" in m for s, r, m in skipped)
    assert any(s == "证书" and r == 4 and "缺少证书名称" in m for s, r, m in skipped)
    created = [e for e in report.entries if e.code == "created_squad"]
    assert [(e.sheet, e.row) for e in created] == [("队员", 6)] and "甘井子分队" in created[0].message

    r = small.roster
    li = r.member_by_code("WZ0002")
    assert li.phone == "13900009999" and li.nickname == "娜娜"
    sun = r.member_by_code("WZ0005")
    assert sun.name == "孙悦" and r.squad(sun.squad_id).name == "甘井子分队"
    assert r.count_members() == 5
    assert "跳过 2" in report.detail_text() and "缺少姓名" in report.detail_text()


def test_loose_sheet_names_headers_and_numbers(store, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = " 队员名单 "
    ws.append(["大连万众应急救援队 队员名单"])
    ws.append([" 姓 名 ", "手机号", "所属分队", "队员编号", "备用"])
    ws.append(["周杰", 13812345678, "金州分队", "wz0100", "x"])
    ws.append(["吴芳", "", "金州分队", None, None])
    wb.save(tmp_path / "untidy.xlsx")
    report = import_roster(store, tmp_path / "untidy.xlsx", session=SYSTEM_SESSION)
    assert report.sheets["队员"].added == 2
    assert store.roster.member_by_code("WZ0100").phone == "13812345678"
    assert [e.column for e in report.entries if e.code == "unknown_column"] == ["E"]
    again = import_roster(store, tmp_path / "untidy.xlsx", session=SYSTEM_SESSION)  # 吴芳: no code, no phone, found by name
    assert again.sheets["队员"].unchanged == 2 and store.roster.count_members() == 2


def test_phone_match_adds_code(store, tmp_path):
    from openpyxl import Workbook

    store.roster.add_member(Member("钱多", phone="13700001111"), actor=store.roster.audit.actor)
    wb = Workbook()
    wb.active.title = "队员"
    wb.active.append(["编号", "姓名", "电话"])
    wb.active.append(["WZ0200", "钱多", "137-0000-1111"])
    wb.save(tmp_path / "m.xlsx")
    report = import_roster(store, tmp_path / "m.xlsx", session=SYSTEM_SESSION)
    assert report.sheets["队员"].updated == 1
    assert store.roster.count_members() == 1 and store.roster.member_by_code("WZ0200").name == "钱多"


def test_failure_midway_leaves_database_unchanged(small, tmp_path, monkeypatch):
    path = tmp_path / "名册.xlsx"
    export_roster(small, path, session=SYSTEM_SESSION)
    wb = load_workbook(path)
    wb["队员"].append(["WZ0009", "新人", "", "新分队", "18800000000", "队员", "是", None])
    wb["车辆"].append(["辽B00001", "新车", "队伍", "", 4])
    wb.save(path)
    before = snapshot(small)
    counts = small.roster.counts()

    def broken(vehicles, *, actor):
        raise OSError("磁盘已满")

    monkeypatch.setattr(small.roster, "add_vehicles", broken)
    with pytest.raises(OSError):
        import_roster(small, path, session=SYSTEM_SESSION)
    assert snapshot(small) == before and small.roster.counts() == counts
    assert small.roster.member_by_code("WZ0009") is None


def test_store_refusal_becomes_workbook_error(small, tmp_path, monkeypatch):
    path = tmp_path / "名册.xlsx"
    export_roster(small, path, session=SYSTEM_SESSION)
    wb = load_workbook(path)
    wb["队员"].append(["WZ0009", "新人", "", "", "", "队员", "是", None])
    wb.save(path)
    before = snapshot(small)
    from wz_desktop.store.errors import StoreError

    def refuse(cert, *, actor):
        raise StoreError("无法添加证书：引用的分队、队员、车辆或任务不存在。")

    wb = load_workbook(path)
    wb["证书"].append(["WZ0009", "新人", "新证书", "", None])
    wb.save(path)
    monkeypatch.setattr(small.roster, "add_certifications", refuse)
    with pytest.raises(WorkbookError, match="数据库没有任何改动"):
        import_roster(small, path, session=SYSTEM_SESSION)
    assert snapshot(small) == before


@pytest.mark.parametrize("name, content, words", [
    ("名册.xlsx", b"this is not a workbook at all", "不是 Excel 工作簿"),
    ("名册.txt", b"hello", "不是 Excel 工作簿"),
    ("名册.xlsx", b"", "空文件"),
    ("名册.xlsx", b"PK\x03\x04broken", "损坏"),
])
def test_non_workbook_refused_in_chinese(small, tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    before = snapshot(small)
    with pytest.raises(WorkbookError, match=words):
        import_roster(small, path, session=SYSTEM_SESSION)
    assert snapshot(small) == before


def test_workbook_without_roster_refused(small, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "抢险救援"
    wb.active.append(["事件编号", "事件摘要"])
    wb.save(tmp_path / "tasks.xlsx")
    with pytest.raises(WorkbookError, match="没有名册工作表"):
        import_roster(small, tmp_path / "tasks.xlsx", session=SYSTEM_SESSION)
    wb = Workbook()
    wb.active.title = "队员"
    wb.active.append(["甲", "乙"])
    wb.save(tmp_path / "noheader.xlsx")
    with pytest.raises(WorkbookError, match="找不到表头"):
        import_roster(small, tmp_path / "noheader.xlsx", session=SYSTEM_SESSION)


def test_export_refuses_bad_target(small, tmp_path):
    with pytest.raises(WorkbookError, match="应以 .xlsx 结尾"):
        export_roster(small, tmp_path / "名册.xls", session=SYSTEM_SESSION)
    with pytest.raises(WorkbookError, match="不存在"):
        export_roster(small, tmp_path / "nowhere" / "名册.xlsx", session=SYSTEM_SESSION)


def test_demo_round_trip(tmp_path, demo_file):
    path = tmp_path / "demo-roster.xlsx"
    with Store.open(copy_of(demo_file, tmp_path)) as demo:
        counts = export_roster(demo, path, session=SYSTEM_SESSION)
        expected = snapshot(demo)
        same = import_roster(demo, path, session=SYSTEM_SESSION)
        assert not same.changed and not same.entries
        assert snapshot(demo) == expected
    assert counts["队员"] == len(expected["members"]) and counts["证书"] == len(expected["certs"])
    with fresh(tmp_path) as other:
        report = import_roster(other, path, session=SYSTEM_SESSION)
        assert snapshot(other) == expected
        assert report.sheets["队员"].added == counts["队员"] and not report.skipped_rows()
        assert not import_roster(other, path, session=SYSTEM_SESSION).changed


def _roster_in_other_hands(path):
    """A roster kept by another squad: a name spaced out, a nickname in brackets, two phone numbers in
    one cell, a typo in a number, a join date given by month, a status nobody reads."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "队员名单"
    ws.append(["序号", "姓名", "所属分队", "手机号码", "是否在队", "入队时间"])
    ws.append([1, "李 娜", "中山分队", "139 0013 9000", "是", "2020.5.1"])
    ws.append([2, "刘洋（老刘）", "甘井子分队", "+86-137-0013-7000", "√", "2021年6月"])
    ws.append([3, "欧阳娜娜", "金州分队", "13600136000/0411-84671234", "离队", None])
    ws.append([4, "赵磊", "高新分队", "13800l38000", "暂停", "2022-13-01"])
    ws.append([5, "孙丽", "沙河口分队", "手机：13800138001（微信同号）", "否", None])
    wb.save(path)
    return path


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_a_roster_in_other_hands_loses_no_member_and_bends_no_value(store, tmp_path, suffix):
    path = _roster_in_other_hands(tmp_path / "名册.xlsx")
    if suffix == ".xls":  # the same roster as LibreOffice saves it
        path = libreoffice_copy(path, "xls", tmp_path)
    report = import_roster(store, path, session=SYSTEM_SESSION)
    # nobody is left out for a column other than the name
    assert report.sheets["队员"].added == 5 and report.sheets["队员"].skipped == 0
    people = {m.name: m for m in store.roster.members()}
    assert set(people) == {"李娜", "刘洋", "欧阳娜娜", "赵磊", "孙丽"}
    assert people["刘洋"].nickname == "老刘"
    # a phone is one whole number or none: never two numbers run together, never digits out of a typo
    assert {n: people[n].phone for n in people} == {"李娜": "13900139000", "刘洋": "13700137000",
                                                    "欧阳娜娜": "13600136000", "赵磊": "", "孙丽": "13800138001"}
    assert (people["欧阳娜娜"].active, people["孙丽"].active, people["赵磊"].active) == (False, False, True)
    # what was not read whole is kept as written in the member's notes, and said in the report
    notes = {n: store.roster.member_notes(people[n].id) for n in people}
    assert "13600136000/0411-84671234" in notes["欧阳娜娜"]
    assert "13800l38000" in notes["赵磊"] and "2022-13-01" in notes["赵磊"] and "暂停" in notes["赵磊"]
    assert "2021年6月" in notes["刘洋"] and "微信同号" in notes["孙丽"] and notes["李娜"] == ""
    assert store.roster.member_joined_on(people["李娜"].id) == "2020-05-01"
    said = "\n".join(report.detail_text().splitlines())
    for words in ("“李 娜”", "“老刘”记为昵称", "有 2 个号码", "“13800l38000”读不出", "“2021年6月”无法识别", "“暂停”无法识别",
                  "微信同号"):
        assert words in said, words
    # the report names the sheet as the file does
    assert "工作表“队员名单”" in said and "工作表“队员”" not in said
    # imported again: nothing changes, the notes are not written twice
    again = import_roster(store, path, session=SYSTEM_SESSION)
    assert again.sheets["队员"].unchanged == 5 and not again.changed
    assert {n: store.roster.member_notes(people[n].id) for n in people} == notes


def test_a_roster_read_again_after_the_reading_changed_finds_its_members_and_adds_no_twin(store, tmp_path):
    """Members stored by an import before names and phones were read whole (李 娜 with its space, a phone
    with its extension's digits run on) are the same people when the file comes again; the other sheets
    find the members by the name as written too."""
    from openpyxl import Workbook

    r = store.roster
    r.add_members([Member("李 娜"), Member("王五", phone="0411-84671234-802"), Member("刘洋")], actor=r.audit.actor)
    r.update_member(next(m for m in r.members() if m.name == "刘洋"), actor=r.audit.actor)
    wb = Workbook()
    ws = wb.active
    ws.title = "队员"
    ws.append(["姓名", "电话", "在队"])
    ws.append(["李 娜", None, "是"])
    ws.append(["王五", "0411-84671234-802", "是"])
    ws.append(["刘洋（老刘）", None, "已离队"])
    ws.append(["张三 李四", None, "是"])
    ws.append(["陈晨", "13800138000\n13900139000", "是"])
    ws.append(["吴磊", "暂无", "是"])
    certs = wb.create_sheet("证书")
    certs.append(["姓名", "证书", "有效期至"])
    certs.append(["刘洋（老刘）", "红十字救护员", "2027-06-30"])
    squads = wb.create_sheet("分队")
    squads.append(["名称", "队长"])
    squads.append(["中山分队", "李 娜"])
    wb.save(tmp_path / "again.xlsx")
    report = import_roster(store, tmp_path / "again.xlsx", session=SYSTEM_SESSION)
    people = {m.name: m for m in r.members()}
    # no twin: 李 娜 and 王五 are found as stored (李 娜 now without the space, as the report says); two
    # names in one cell stay as written (not one 张三李四)
    assert sorted(people) == sorted(["李娜", "王五", "刘洋", "张三 李四", "陈晨", "吴磊"]), sorted(people)
    assert report.sheets["队员"].added == 3
    assert people["刘洋"].active is False and people["刘洋"].nickname == "老刘"  # 已离队: left the team
    assert people["陈晨"].phone == "13800138000" and people["吴磊"].phone == ""
    assert store.roster.member_notes(people["吴磊"].id) == ""  # 暂无 is no phone: nothing to keep
    assert [c.name for c in r.certifications(people["刘洋"].id)] == ["红十字救护员"]
    assert report.sheets["证书"].skipped == 0 and report.sheets["分队"].skipped == 0
    notes = {m.id: store.roster.member_notes(m.id) for m in r.members()}
    for _ in range(2):  # again and again: the notes of a cell with a line break are not written twice
        again = import_roster(store, tmp_path / "again.xlsx", session=SYSTEM_SESSION)
        assert {m.id: store.roster.member_notes(m.id) for m in r.members()} == notes
        assert again.sheets["队员"].added == 0 and again.sheets["队员"].updated == 0


def test_a_bracket_after_a_name_fills_a_nickname_only_where_it_looks_like_one(store, tmp_path):
    from openpyxl import Workbook

    r = store.roster
    r.add_members([Member("赵敏", nickname="敏敏")], actor=r.audit.actor)
    wb = Workbook()
    ws = wb.active
    ws.title = "队员"
    ws.append(["姓名"])
    for name in ("张伟（中山）", "王强（强哥）", "赵敏（小赵）"):
        ws.append([name])
    wb.save(tmp_path / "b.xlsx")
    import_roster(store, tmp_path / "b.xlsx", session=SYSTEM_SESSION)
    people = {m.name: m for m in r.members()}
    assert people["张伟"].nickname == "" and "张伟（中山）" in r.member_notes(people["张伟"].id)  # a squad, not a nickname
    assert people["王强"].nickname == "强哥"
    assert people["赵敏"].nickname == "敏敏"  # the nickname typed in the app stays


@pytest.mark.parametrize("cell, phone, kept", [
    ("联系电话：13800138000", "13800138000", False), ("+86-137-0013-7000", "13700137000", False),
    ("一三八零零一三八零零零", "13800138000", False), ("15840001111 15840001111", "15840001111", False),
    ("13600136000/0411-84671234", "13600136000", True), ("13800l38000", "", True), ("暂无", "", False)])
def test_a_phone_cell_is_one_whole_number_or_none(cell, phone, kept):
    from wz_desktop.domain.roster_rules import read_phone_cell

    reading = read_phone_cell(cell)
    assert reading.value == phone and (reading.raw == cell) is kept and (reading.note is not None) is kept


def test_a_members_list_on_sheet1_is_read_by_its_header_and_two_people_in_a_cell_are_said(store, tmp_path):
    """A secretary's plain list: the sheet keeps Excel's name, the header says what it is. A cell naming
    two people is stored as written and put to the user, never silently taken for one member."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["队员姓名", "手机", "所属分队"])
    ws.append(["周杰", "13812345678", "金州分队"])
    ws.append(["王强、赵敏", None, "金州分队"])
    wb.save(tmp_path / "plain.xlsx")
    report = import_roster(store, tmp_path / "plain.xlsx", session=SYSTEM_SESSION)
    assert report.sheets["队员"].added == 2
    said = report.detail_text()
    assert "按表头" in said and "“王强、赵敏”像是不止一个人" in said
    two = next(m for m in store.roster.members() if m.name == "王强、赵敏")
    assert "王强、赵敏" in store.roster.member_notes(two.id)
