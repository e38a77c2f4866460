"""The missing-person notice (寻人启事): only what the family agreed to publish, found by searching
the notice's text for every planted value (not by asking the builder what it wrote)."""
from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

import pytest

from wz_desktop.domain.cases import NOTICE_FIELDS, MissingPerson
from wz_desktop.domain.notice import build_notice, check_phone, contact_phone
from wz_desktop.domain.workflow import WorkflowError

TODAY = dt.date(2025, 12, 6)
DUTY = "0411-66668888"
# every personal field with a value found nowhere else (no digit of one is inside another's)
PLANTED = MissingPerson(
    case_id=7, name="欧阳振华", sex="女", age=83, category="失智老人", description="身高152厘米，穿枣红色棉袄",
    photo_path="/nowhere/欧阳照片.jpg", family_phone="13912345670", last_seen_at="2025-11-23 04:37",
    last_seen_place="金州区拥政街道三里桥", found_at="2025-11-24 10:15", found_place="大黑山南麓水库",
    outcome="找到平安", found_by="群众")
# how each agreed field shows in the text, each searched for independently
SHOWS = {
    "姓名": ["欧阳振华", "欧阳"],
    "性别": ["性别", "女"],
    "年龄": ["83"],
    "体貌特征": ["152", "枣红色棉袄"],
    "最后出现时间": ["11月23日", "4时37分", "04:37"],
    "最后出现地点": ["三里桥", "拥政街道"],
    "联系电话": ["13912345670", "139 1234 5670"],
    "照片": ["照片", "欧阳照片.jpg", "/nowhere"],
}
NEVER = ["失智老人", "大黑山", "水库", "群众", "2025-11-24", "10时15", "找到平安"]  # never in any notice


def all_agreements():
    for size in range(len(NOTICE_FIELDS) + 1):
        yield from (frozenset(c) for c in itertools.combinations(NOTICE_FIELDS, size))


@pytest.mark.parametrize("duty", ["", DUTY])
def test_every_unagreed_field_is_absent_and_every_agreed_one_present(duty):
    checked = 0
    for agreed in all_agreements():
        person = replace(PLANTED, publish=agreed)
        notice = build_notice(person, duty_phone=duty, today=TODAY, photo_ok=lambda _p: True)
        text = notice.text()
        for field, shows in SHOWS.items():
            published_phone = field == "联系电话" and not duty
            if field in agreed and (field != "联系电话" or published_phone):
                if field == "照片":
                    assert "照片：见附图" in text and notice.photo_path == PLANTED.photo_path
                else:
                    assert shows[0] in text, (sorted(agreed), field, text)
            else:
                for value in shows:
                    assert value not in text, (sorted(agreed), field, value, text)
                if field == "照片":
                    assert notice.photo_path == ""
            checked += 1
        for value in NEVER:
            assert value not in text, (sorted(agreed), value, text)
    assert checked == 2 ** len(NOTICE_FIELDS) * len(SHOWS)


def test_the_notice_reads_as_the_teams():
    person = replace(PLANTED, publish=frozenset(NOTICE_FIELDS))
    text = build_notice(person, duty_phone=DUTY, today=TODAY, photo_ok=lambda _p: True).text()
    lines = text.splitlines()
    assert lines[0] == "【寻人启事】"
    assert "姓名：欧阳振华" in lines and "年龄：83岁" in lines and "性别：女" in lines
    assert "最后出现时间：2025年11月23日4时37分许" in lines
    assert "若您见到此人或知道其下落，请立即拨打 0411-66668888 与我们联系，或拨打 110 报警。" in lines
    assert lines[-2:] == ["大连万众应急救援队", "2025年12月6日"]
    assert "13912345670" not in text  # the duty phone is the one to call: the family's stays private


def test_the_phone_to_call():
    agreed = replace(PLANTED, publish=frozenset({"联系电话"}))
    assert contact_phone(agreed, DUTY) == DUTY
    assert contact_phone(agreed, "  ") == "13912345670"
    assert contact_phone(replace(PLANTED, publish=frozenset({"姓名"})), "") == ""
    notice = build_notice(replace(PLANTED, publish=frozenset({"姓名"})), today=TODAY)
    assert "110" in notice.appeal and notice.phone == ""
    assert any("没有联系电话" in w for w in notice.warnings)


def test_an_agreed_photo_that_cannot_be_read_is_left_out_with_a_warning(tmp_path):
    person = replace(PLANTED, publish=frozenset({"姓名", "照片"}))
    missing = build_notice(person, today=TODAY)  # the planted path does not exist: the real check
    assert missing.photo_path == "" and "照片" not in missing.text()
    assert any("不存在或无法读取" in w for w in missing.warnings)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    assert build_notice(replace(person, photo_path=str(empty)), today=TODAY).photo_path == ""
    real = tmp_path / "real.jpg"
    real.write_bytes(b"\xff\xd8\xff\xe0" + b"0" * 64)
    assert build_notice(replace(person, photo_path=str(real)), today=TODAY).photo_path == str(real)

    def broken(_path):
        raise RuntimeError("a check that fails")
    assert build_notice(replace(person, photo_path=str(real)), today=TODAY, photo_ok=broken).photo_path == ""
    no_photo = build_notice(replace(person, photo_path=""), today=TODAY)
    assert any("没有照片" in w for w in no_photo.warnings)


def test_nothing_agreed_says_so_and_an_agreed_empty_field_is_skipped():
    nothing = build_notice(replace(PLANTED, publish=frozenset()), today=TODAY)
    assert not nothing.identifies and "帮不上忙" in nothing.warnings[0]
    blank_name = build_notice(replace(PLANTED, name="", publish=frozenset({"姓名", "年龄"})), today=TODAY)
    assert "姓名" not in blank_name.text() and "年龄：83岁" in blank_name.text()
    assert any("“姓名”" in w for w in blank_name.warnings)


def test_a_duty_phone_is_a_phone():
    assert check_phone("  0411－8888 6666 ") == "0411-8888 6666"
    assert check_phone("(0411) 66668888") == "(0411) 66668888"
    assert check_phone("") == ""
    with pytest.raises(WorkflowError, match="不是号码"):
        check_phone("请打 0411-66668888")
    with pytest.raises(WorkflowError, match="3 位数字"):
        check_phone("110")


def test_the_duty_phone_is_the_teams_setting_refused_to_others_and_audited(store):
    from conftest import PASSWORD
    from wz_desktop.domain.roles import Role
    from wz_desktop.services.session import SYSTEM_SESSION, Session
    from wz_desktop.services.settings import Settings
    from wz_desktop.store import NotAllowed

    settings = Settings(store)
    assert settings.get("duty_phone") == ""
    with pytest.raises(WorkflowError, match="位数字"):
        settings.save({"duty_phone": "12"}, session=SYSTEM_SESSION)
    assert store.cases.duty_phone() == ""  # nothing written
    settings.save({"duty_phone": DUTY}, session=SYSTEM_SESSION)
    assert settings.get("duty_phone") == DUTY == store.cases.duty_phone()
    assert any(e.field == "duty_phone" and e.new == DUTY for e in store.audit.entries())

    store.users.create_first_admin("admin", "管理员 王磊", PASSWORD)
    user = store.users.create("mishu", "秘书 李娜", PASSWORD, Role.SECRETARY, None, actor=store.audit.actor)
    store.sign_in(user, PASSWORD)
    with pytest.raises(NotAllowed):
        settings.save({"duty_phone": "0411-12345678"}, session=Session.of(store))
    assert store.cases.duty_phone() == DUTY


def test_the_familys_word_is_saved_alone_and_audited(store):
    from wz_desktop.services import cases
    from wz_desktop.services.session import SYSTEM_SESSION

    case_id = cases.open_case(store, SYSTEM_SESSION, replace(PLANTED, photo_path="", outcome="", found_at="",
                                                             found_place="", found_by=""))
    assert cases.agree_to_publish(store, SYSTEM_SESSION, case_id, ["姓名", "年龄"]) == 1
    assert cases.agree_to_publish(store, SYSTEM_SESSION, case_id, {"年龄", "姓名"}) == 0  # the same: nothing written
    back = store.cases.person(case_id)
    assert back.publish == {"姓名", "年龄"} and back.name == PLANTED.name and back.description == PLANTED.description
    assert [e.new for e in store.audit.entries() if e.field == "publish"] == ["姓名,年龄"]
    with pytest.raises(WorkflowError, match="不认识"):
        cases.agree_to_publish(store, SYSTEM_SESSION, case_id, ["身份证号"])
    assert store.cases.person(case_id).publish == {"姓名", "年龄"}
