"""The roster's rules (``domain.roster_rules``), without Qt and without a database."""
from __future__ import annotations

import datetime as dt

import pytest

from wz_desktop.domain.records import Member
from wz_desktop.domain.roster_rules import (
    CertificateInput,
    MemberInput,
    check_member,
    check_phone,
    check_squad,
    check_vehicle,
    expiry_state,
    find_owner,
    normalise_code,
    normalise_plate,
    parse_date,
)

DUAN = Member("段峰", 1, "WZ0101", "13804112233", "队长", id=7)
HE = [Member("何洋", 1, "WZ0102", id=8)]


def no_one(_code):
    return None


@pytest.mark.parametrize(("typed", "read"), [
    ("2025-06-30", ("2025-06-30", True)), ("2025/6/3", ("2025-06-03", True)),
    ("2025年6月30日", ("2025-06-30", True)), ("20250630", ("2025-06-30", True)), ("２０２５-０６-３０", ("2025-06-30", True)),
    ("", (None, True)), ("  ", (None, True)), ("明年", (None, False)), ("2025-02-30", (None, False)),
])
def test_a_date_is_read_as_typed(typed, read):
    assert parse_date(typed) == read


def test_a_code_is_folded_and_upper_cased():
    assert normalise_code(" wz 0312 ") == "WZ0312"
    assert normalise_code("ＷＺ０３１２") == "WZ0312"
    assert normalise_code("  ") is None and normalise_code(None) is None


def test_a_plate_is_folded_like_a_code_but_empty_is_empty_text():
    assert normalise_plate("辽ｂ　12 3\t45") == "辽B12345"
    assert normalise_plate("  ") == "" and normalise_plate(None) == ""


def test_expiry():
    today = dt.date(2026, 1, 1)
    assert expiry_state("2025-12-31", today) == ("expired", -1)
    assert expiry_state("2026-01-01", today) == ("soon", 0)
    assert expiry_state("2026-01-31", today) == ("soon", 30)
    assert expiry_state("2026-02-01", today) == (None, 31)
    assert expiry_state(None, today) == (None, 0) and expiry_state("不详", today) == (None, 0)


def test_a_phone_is_a_mobile_or_a_landline():
    assert check_phone("138-0411-2233") is None and check_phone("0411-84661234") is None and check_phone("") is None
    assert "138041" in check_phone("138041")


def test_a_member_is_read_when_all_is_well():
    check = check_member(MemberInput(name=" 李娜 ", code="wz0103", phone="150 0000 0003", joined_on="2023/4/1",
                                     nickname=" 娜娜 ", notes=" 会游泳 ",
                                     certificates=[CertificateInput("潜水证", "D-1", "", "2027年6月30日", 3),
                                                   CertificateInput()]), no_one)
    assert check.ok
    assert (check.member.name, check.member.code, check.member.phone, check.member.nickname) == (
        "李娜", "WZ0103", "15000000003", "娜娜")
    assert check.joined_on == "2023-04-01" and check.notes == "会游泳"
    assert check.certificates == [("潜水证", "D-1", None, "2027-06-30", 3)]  # the empty row is left out


def test_every_problem_of_a_member_is_said_by_field():
    check = check_member(MemberInput(name=" ", code="WZ0101", phone="138041", joined_on="去年"),
                         lambda code: DUAN if code == "WZ0101" else None)
    assert not check.ok and check.member is None
    assert set(check.errors) == {"name", "code", "phone", "joined"}
    assert "段峰" in check.errors["code"] and "去年" in check.errors["joined"]


def test_a_members_own_code_is_not_taken():
    assert check_member(MemberInput(name="段峰", code="WZ0101", id=7), lambda code: DUAN).ok


@pytest.mark.parametrize(("cert", "cell", "words"), [
    (CertificateInput(number="X-1"), (1, 0), "没有名称"),
    (CertificateInput("潜水证", issued="前年"), (1, 2), "前年"),
    (CertificateInput("潜水证", expires="明年"), (1, 3), "明年"),
])
def test_a_certificate_problem_names_its_row_and_cell(cert, cell, words):
    check = check_member(MemberInput(name="李娜", certificates=[CertificateInput("红十字救护员"), cert]), no_one)
    assert check.certificate_cell == cell
    assert "第 2 张" in check.errors["certificates"] and words in check.errors["certificates"]


def test_a_squad_needs_a_name():
    squad, errors = check_squad("  ")
    assert squad is None and "分队名称" in errors["name"]
    squad, errors = check_squad(" 甘井子分队 ", " 甘井子区 ", 7, False, 3)
    assert not errors and (squad.name, squad.district, squad.leader_id, squad.active, squad.id) == (
        "甘井子分队", "甘井子区", 7, False, 3)


def test_a_cars_owner_is_found_by_code_or_by_name():
    by_code = {"WZ0101": DUAN}.get
    assert find_owner("WZ0101", by_code, lambda name: []) == (7, None)
    assert find_owner("何洋", by_code, lambda name: HE) == (8, None)
    two = [Member("王伟", id=1), Member("王伟", id=2)]
    owner, why = find_owner("王伟", by_code, lambda name: two)
    assert owner is None and "2 位" in why
    owner, why = find_owner("赵六", by_code, lambda name: [])
    assert owner is None and "赵六" in why
    assert find_owner("", by_code, lambda name: [])[0] is None


def test_a_vehicle_needs_a_plate_or_a_name_and_a_members_car_its_owner():
    by_code, named = {"WZ0101": DUAN}.get, (lambda name: [])
    assert check_vehicle("", " ", "team", "", 0, by_code, named)[1].keys() == {"plate"}
    assert check_vehicle("辽B1", "", "member", "赵六", 5, by_code, named)[1].keys() == {"owner"}
    vehicle, errors = check_vehicle(" 辽B1 ", "私家车", "member", "WZ0101", 0, by_code, named, 4)
    assert not errors and (vehicle.plate, vehicle.owner_member_id, vehicle.seats, vehicle.id) == ("辽B1", 7, None, 4)
    vehicle, _ = check_vehicle("辽B2", "", "team", "WZ0101", 7, by_code, named)
    assert vehicle.owner_member_id is None and vehicle.seats == 7  # a team car has no owner
