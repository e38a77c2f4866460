"""The alert reader (domain/alert.py) on the corpus of tests/data/alerts/: every expected field on
every alert, nothing filled that the alert does not say, nothing unsure filled."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers.alerts import judge, load_alerts
from wz_desktop.domain.alert import FIELDS, Confidence, read_alert
from wz_desktop.domain.records import CALL_SOURCES, DISTRICTS
from wz_desktop.domain.workflow import Call

ALERTS = load_alerts()
# fields the reader still leaves empty on an alert where the corpus has the value (a miss, never a
# wrong value): each one is reported by bench/alert.py
KNOWN_MISSES: set[tuple[str, str]] = set()


def test_corpus_is_large_and_varied():
    assert len(ALERTS) >= 60
    prefixes = {a.id.split("-")[0] for a in ALERTS}
    assert {"110", "sea", "fam", "fwd", "odd"} <= prefixes
    assert sum(a.expected.get("missing") == "yes" for a in ALERTS) >= 30
    assert sum(a.expected.get("missing") != "yes" for a in ALERTS) >= 15


@pytest.mark.parametrize("alert", ALERTS, ids=[a.id for a in ALERTS])
def test_alert_fields(alert):
    reading = read_alert(alert.text, now=alert.now)
    verdicts = {name: judge(alert, reading, name) for name in FIELDS}
    wrong = {n: (alert.expected.get(n), reading.shown(n)) for n, v in verdicts.items()
             if v in ("wrong", "extra", "silent") or (v == "missed" and (alert.id, n) not in KNOWN_MISSES)}
    assert not wrong, f"{alert.id}: field: (expected, read) {wrong}"


@pytest.mark.parametrize("alert", ALERTS, ids=[a.id for a in ALERTS])
def test_every_field_points_into_the_text(alert):
    reading = read_alert(alert.text, now=alert.now)
    assert reading.text == alert.text  # kept whole
    for name, found in reading.found.items():
        assert 0 <= found.start < found.end <= len(alert.text), name
        assert isinstance(found.confidence, Confidence)
        assert name not in reading.doubts
    for name, doubt in reading.doubts.items():
        assert doubt.reason
        for start, end in doubt.spans:
            assert 0 <= start < end <= len(alert.text), name


def test_values_fit_the_call_form():
    for alert in ALERTS:
        reading = read_alert(alert.text, now=alert.now)
        values = reading.call_values()
        assert values.get("source", "110指挥中心") in CALL_SOURCES
        assert values.get("district", "中山区") in DISTRICTS
        Call(**values)  # the form's record takes them as they are


def test_sure_fields_are_labelled():
    reading = read_alert("接警时间：2025-12-05 18:42 报警人：王丽 联系电话：13841123456 事发地点：甘井子区红旗镇",
                         now=dt.datetime(2025, 12, 5, 21, 0))
    for name in ("received_at", "caller_name", "caller_phone", "place", "district"):
        assert reading.found[name].confidence is Confidence.SURE, name
    assert reading.source_text("caller_phone") == "13841123456"
    family = read_alert("我爸走丢了，七十多了，电话13633334444", now=dt.datetime(2025, 12, 5, 21, 0))
    assert family.found["source"].confidence is Confidence.GUESS
    assert family.found["person_age"].confidence is Confidence.GUESS


def test_empty_and_unreadable_text():
    for text in ("", "   ", "你好", "1234567"):
        reading = read_alert(text, now=dt.datetime(2025, 12, 5, 21, 0))
        assert set(reading.found) <= {"description"}
        assert "received_at" in reading.doubts


def test_full_width_and_split_phone():
    reading = read_alert("联系电话：１３９ ４１７１-２２３３（儿子）我妈走失了", now=dt.datetime(2025, 12, 5, 21, 0))
    assert reading.shown("caller_phone") == "13941712233"
    assert reading.source_text("caller_phone") == "１３９ ４１７１-２２３３"


def test_any_text_is_read_without_error():
    """Any text (emoji, control characters, half an alert) gives a reading whose spans lie in it."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from(["报警人：", "王女士", "联系电话：", "138 4112 3456", "１３９", "今天下午三点", "到", "4点",
                              "走失", "甘井子区", "星海广场", "北纬38°55.2′", "东经121°42.6′", "渔船“辽大渔1”", "身高一米七",
                              "七十五六岁", "1950年生", "穿黑色羽绒服", "，", "。", "\n", "我妈", "其子", "😭", "\u3000"])
    texts = st.one_of(st.text(max_size=80), st.lists(st.one_of(pieces, st.text(max_size=3)), max_size=25).map("".join))

    @settings(max_examples=300, deadline=None)
    @given(texts)
    def check(text):
        reading = read_alert(text, now=dt.datetime(2025, 12, 5, 21, 0))
        assert reading.text == text
        for name, found in reading.found.items():
            assert name in FIELDS
            assert 0 <= found.start <= found.end <= len(text), (name, found)
        assert not set(reading.found) & set(reading.doubts)

    check()


def test_two_phones_with_no_word_whose():
    reading = read_alert("我哥走丢了，电话13744445555、13855556666", now=dt.datetime(2025, 12, 5, 21, 0))
    assert "caller_phone" not in reading.found
    doubt = reading.doubts["caller_phone"]
    assert [reading.text[s:e] for s, e in doubt.spans] == ["13744445555", "13855556666"]


def test_a_time_range_is_not_a_last_seen_time():
    reading = read_alert("我爸今天下午2点到4点之间在劳动公园走失", now=dt.datetime(2025, 12, 5, 21, 0))
    assert "last_seen_at" not in reading.found
    assert "范围" in reading.doubts["last_seen_at"].reason


def test_relative_times_follow_the_received_time():
    reading = read_alert("110指令：接警时间2025-12-03 08:30 报警人孙子马小宝，男，8岁，今早7点30分走失",
                         now=dt.datetime(2025, 12, 5, 21, 0))
    assert reading.shown("last_seen_at") == "2025-12-03 07:30"


def test_landmark_gives_a_guessed_district():
    reading = read_alert("我儿子在胜利广场附近不见了", now=dt.datetime(2025, 12, 5, 21, 0))
    found = reading.found["district"]
    assert found.value == "中山区" and found.confidence is Confidence.GUESS
    assert reading.text[found.start:found.end] == "胜利广场"


def test_a_muster_time_is_neither_received_nor_last_seen():
    """A squad's 接龙 message repeats the alert and says when to gather: that time is the muster's."""
    reading = read_alert("🔴 城市搜救 开发区走失学生 ✅接龙\n今晚8点 开发区金马路派出所 集合\n\n1. 郑凯",
                         now=dt.datetime(2025, 12, 5, 21, 0))
    assert "received_at" not in reading.found and "last_seen_at" not in reading.found
    reading = read_alert("甘井子区78岁老人走失，今晚19:00红旗西路地铁站B口集合，能出队的接龙",
                         now=dt.datetime(2025, 12, 5, 21, 0))
    assert "last_seen_at" not in reading.found and "place" not in reading.found
    assert reading.shown("person_age") == "78" and reading.shown("district") == "甘井子区"


def test_a_malformed_coordinate_is_a_doubt_not_a_position():
    """75 minutes is no coordinate: the words are pointed at with geo.parse_point's reason, and no
    position is filled (the old reader of its own made 38°75′ a sure 39.25)."""
    text = "渔船在北纬38°75′ 东经121°42.6′附近失去动力，船上3人"
    reading = read_alert(text, now=dt.datetime(2025, 12, 5, 21, 0))
    assert "position" not in reading.found
    doubt = reading.doubts["position"]
    assert "分或秒不对" in doubt.reason
    assert [text[s:e] for s, e in doubt.spans] == ["北纬38°75′ 东经121°42.6′"]
    out_of_range = read_alert("位置：北纬95.2 东经121.6，渔船漏水", now=dt.datetime(2025, 12, 5, 21, 0))
    assert "position" not in out_of_range.found and "超出范围" in out_of_range.doubts["position"].reason
    good = read_alert("北纬38°55.2′，东经121°42.6′渔船失去动力", now=dt.datetime(2025, 12, 5, 21, 0))
    assert good.shown("position") == "38.9200,121.7100" and "position" not in good.doubts


def test_last_seen_said_after_the_home_is_the_last_seen_place():
    """Found in a user trial: '从…家中独自外出未归，最后一次被人看到是在星海公园南门附近' — the last
    sighting is the park, not the home the man walked out of."""
    reading = read_alert("报警人刘女士称其父亲刘某，男，79岁，患老年痴呆，于今日上午10时许从沙河口区黑石礁街道家中独自"
                         "外出未归，最后一次被人看到是在星海公园南门附近。", now=dt.datetime(2025, 12, 5, 12, 40))
    assert reading.shown("last_seen_place") == "星海公园南门附近"
    assert reading.shown("place") == "沙河口区黑石礁街道"


def test_a_resident_named_in_the_alert_is_the_missing_person():
    """Found in a user trial: '泉水B3区居民赵宝林，男，82岁' left the name empty."""
    reading = read_alert("甘井子区泉水街道泉水B3区居民赵宝林，男，82岁，患阿尔茨海默病，今日上午11时左右在小区门口遛弯"
                         "后走失。", now=dt.datetime(2025, 12, 5, 13, 0))
    assert reading.shown("person_name") == "赵宝林" and reading.shown("person_age") == "82"
    assert "person_name" not in read_alert("小区居民发现一名老人坐在路边", now=dt.datetime(2025, 12, 5, 13, 0)).found
