"""The masking layers and the independent check, text by text (no files): every planted fragment
goes, clean texts stay, each layer does its part, and the check — by its own means — sees what a
layer switched off leaves behind."""
from __future__ import annotations

import pytest

from planted_personal import CLEAN, KNOWN_NAMES, RAW_CELLS, SENTENCES
from wz_desktop.domain.anonymize import LAYERS, Masker
from wz_desktop.domain.privacy_check import PrivacyChecker, digit_runs, latin_tokens, room_numbers

TEAM = ["甘井子分队", "沙河口分队", "西岗分队", "甘井子区"]
ALL = Masker(KNOWN_NAMES, TEAM)
CHECK = PrivacyChecker(KNOWN_NAMES, TEAM)
TEXTS = SENTENCES + [(raw, frags) for _, raw, frags in RAW_CELLS]
CELLS = [("summary", t, f) for t, f in SENTENCES] + RAW_CELLS


@pytest.mark.parametrize("column, text, fragments", CELLS)
def test_every_planted_fragment_is_masked_and_the_check_passes(column, text, fragments):
    masked = ALL.mask_cell(column, text)
    assert [f for f in fragments if f in masked.text] == [], masked.text
    assert masked.changed
    assert [p for p in CHECK.problems(masked.text, event_no=column == "event_no") if p[2]] == [], masked.text
    assert ALL.mask(masked.text).text == masked.text  # idempotent


@pytest.mark.parametrize("text", CLEAN)
def test_texts_with_nothing_personal_are_kept(text):
    assert ALL.mask(text).text == text
    assert [p for p in CHECK.problems(text) if p[2]] == []


def test_the_check_alone_sees_most_of_the_planted_data():
    """Without any masking, the check (its own scanners, not the masking's rules) refuses nearly
    every planted sentence: it is a check, not a formality."""
    seen = [text for text, _ in TEXTS if any(sure for _, _, sure in CHECK.problems(text))]
    assert len(seen) >= 0.9 * len(TEXTS), [t for t, _ in TEXTS if t not in seen]


def test_the_scanners_of_the_check():
    assert digit_runs("回拨一三九八六五四三二一零") == ["一三九八六五四三二一零"]
    assert digit_runs("电话１３８ ０４１１ ２２３３") == ["１３８ ０４１１ ２２３３"]
    assert digit_runs("2023-05-12 出队，20230512 归档") == []  # dates are no phones
    assert digit_runs("出动12人3车") == []
    assert [t for t, _ in latin_tokens("车牌辽Ｂ６Ｋ２Ｍ７，AED 培训，mail a.b@c.cn")] == ["B6K2M7", "a.b@c.cn"]
    assert room_numbers("住5号楼1单元302室") and room_numbers("8-2-601") and not room_numbers("3号分机")


@pytest.mark.parametrize("layer, text, kind", [
    ("detectors", "家属电话186.4088.1234", "digits"),
    ("detectors", "车辆辽B·7Q3D1", "latin"),
    ("detectors", "照片发 liu@163.com", "email"),
    ("detectors", "家住8-2-601室", "address"),
    ("known", "队员韩立新带队，禤志坚驾驶", "known_name"),
    ("contexts", "家属：刘强，称其父凌晨外出未归", "name_after_cue"),
])
def test_a_layer_off_leaves_what_the_check_refuses(layer, text, kind):
    layers = [x for x in LAYERS if x != layer and not (layer == "contexts" and x == "segmenter")]
    left = Masker(KNOWN_NAMES, TEAM, layers=layers).mask(text).text
    problems = CHECK.problems(left)
    assert any(reason == kind and sure for _, reason, sure in problems), (left, problems)
    assert not [p for p in CHECK.problems(ALL.mask(text).text) if p[2]]


def test_the_segmenter_layer_finds_names_without_context():
    seg = Masker([], TEAM, layers=("segmenter",))
    assert seg.mask("笪红梅报警称其子落水").text.startswith("某某")
    assert seg.mask("甘井子分队12名队员出动，队员张开搜索线").changed is False


def test_findings_say_which_layer_and_kind():
    found = {(f.layer, f.kind, f.text) for f in ALL.mask(SENTENCES[-1][0]).findings}
    assert ("detectors", "plate", "辽B·5T8K2") in found
    assert ("detectors", "wechat", "zm_0411") in found
    assert ("detectors", "address", "3号楼2单元501") in found
    assert ("contexts", "name", "张敏") in found


def test_event_numbers_keep_their_shape():
    assert ALL.mask_cell("event_no", "20230015").text == "20230015"
    assert ALL.mask_cell("event_no", "WZ2023-0015").text == "WZ2023-0015"
    assert ALL.mask_cell("event_no", "WZ2023-报警人勾丽娟").text == "WZ2023-报警人某某"
    assert CHECK.problems("WZ2023-0015", event_no=True) == []
