"""Masking of phone numbers and names in summaries and remarks (the anonymised export)."""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from wz_desktop.domain.anonymize import find_personal_data, mask_text

SAMPLES = Path(__file__).parent / "data" / "samples"
TRUTHS = sorted(SAMPLES.glob("*.truth.json"))

# The three shapes the samples hold, matched strictly and independently of the module.
SHAPES = [
    re.compile(r"岁老人(?P<person>[\u4e00-\u9fff]{2,3})走失，家属(?P<surname>[\u4e00-\u9fff])女士（电话\d{11}）求助"),
    re.compile(r"岁学生(?P<person>[\u4e00-\u9fff]{2,3})未归，其父(?P<surname>[\u4e00-\u9fff])先生\d{11}报警后转来"),
    re.compile(r"驴友(?P<person>[\u4e00-\u9fff]{2,3})等\d+人被困，联系人\d{11}"),
]
# Any run of 7 or more digits, allowing spaces and dashes inside, is taken for a phone.
DIGIT_RUN = re.compile(r"\d(?:[ \-]?\d){6,}")


def _texts() -> list[str]:
    texts = []
    for path in TRUTHS:
        for task in json.loads(path.read_text(encoding="utf-8")):
            texts.append(task["summary"] or "")
            texts.append(task["remarks"] or "")
    return texts


TEXTS = _texts()


@functools.cache
def masked_texts() -> list[str]:
    """Every text of the samples masked (~10,000: seconds; made when a test asks, not at collection)."""
    return [mask_text(t) for t in TEXTS]


def test_four_truth_files():
    assert len(TRUTHS) == 4
    assert len(TEXTS) == 2 * 4949


@pytest.mark.slow  # every sample text masked (test_anonymized_export masks them in the fast lane)
def test_masked_samples_hold_nothing_personal():
    leaks = [(t, m, find_personal_data(m)) for t, m in zip(TEXTS, masked_texts()) if find_personal_data(m)]
    assert leaks == []
    runs = [m for m in masked_texts() if DIGIT_RUN.search(m)]
    assert runs == []


@pytest.mark.slow  # every sample text masked (test_anonymized_export masks them in the fast lane)
def test_names_of_the_originals_are_gone():
    persons, callers = set(), set()
    shaped = 0
    for text, masked in zip(TEXTS, masked_texts()):
        for shape in SHAPES:
            m = shape.search(text)
            if m:
                shaped += 1
                persons.add(m.group("person"))
                assert m.group("person") not in masked
                if "surname" in m.groupdict():
                    callers.add(m.group("surname"))
                    assert m.group("surname") + "女士" not in masked
                    assert m.group("surname") + "先生" not in masked
    assert shaped == 365
    assert len(persons) > 300
    everything = "\n".join(masked_texts())
    assert [p for p in persons if p in everything] == []
    # every 先生/女士 left is 某先生/某女士
    assert re.findall(r"(.)(?:先生|女士)", everything) and set(re.findall(r"(.)(?:先生|女士)", everything)) == {"某"}
    # by hand, from the samples
    for name in ("范勇", "程淑磊", "龚军洋", "于杰平", "蔡女士", "贾先生", "林女士", "18418435508",
                 "17975242753", "18843217092", "17534742301"):
        assert any(name in t for t in TEXTS), name
        assert name not in everything, name


@pytest.mark.slow  # every sample text masked (test_anonymized_export masks them in the fast lane)
def test_texts_without_personal_data_are_unchanged():
    changed = [(t, m) for t, m in zip(TEXTS, masked_texts()) if t != m]
    assert len(changed) == 365
    assert all(DIGIT_RUN.search(t) for t, _ in changed)
    unchanged = len(TEXTS) - len(changed)
    assert unchanged == 9533
    for t, m in zip(TEXTS, masked_texts()):
        if not DIGIT_RUN.search(t):
            assert m == t
            assert find_personal_data(t) == []


@pytest.mark.slow  # every sample text masked (test_anonymized_export masks them in the fast lane)
def test_masking_is_idempotent_and_deterministic():
    assert [mask_text(m) for m in masked_texts()] == masked_texts()
    assert [mask_text(t) for t in TEXTS] == masked_texts()


@pytest.mark.parametrize("text, expected", [
    # the shapes of the samples
    ("普兰店区64岁老人范勇走失，家属蔡女士（电话18418435508）求助", "普兰店区64岁老人某某走失，家属某女士（电话***）求助"),
    ("长海县15岁学生程淑磊未归，其父贾先生17975242753报警后转来", "长海县15岁学生某某未归，其父某先生***报警后转来"),
    ("冰峪沟驴友龚军洋等3人被困，联系人18843217092", "冰峪沟驴友某某等3人被困，联系人***"),
    ("金州区69岁老人于杰平走失，家属林女士（电话17534742301）求助", "金州区69岁老人某某走失，家属某女士（电话***）求助"),
    # phones
    ("联系电话 138 0411 2233", "联系电话 ***"),
    ("回拨138-0411-2233核实", "回拨***核实"),
    ("+86 13804112233", "***"),
    ("电话：+86-138-0411-2233。", "电话：***。"),
    ("座机0411-84661234", "座机***"),
    ("（0411）84661234转", "***转"),
    ("报警电话84661234", "报警电话***"),
    ("联系：8466 1234", "联系：***"),
    ("身份证210203199001011234", "身份证***"),
    ("全角１３８０４１１２２３３", "全角***"),
    # names
    ("男子王建国离家未归", "男子某某离家未归"),
    ("女子李娜失联两天", "女子某某失联两天"),
    ("人员刘洋落水", "人员某某落水"),
    ("驴友欧阳娜娜等三人被困", "驴友某某等三人被困"),
    ("家属王伟（电话0411-84661234）求助", "家属某某（电话***）求助"),
    ("联系人张强13804112233", "联系人某某***"),
    ("其母李秀英报警", "其母某某报警"),
    ("感谢王建国先生提供线索", "感谢某先生提供线索"),
    ("感谢高先生", "感谢某先生"),
    ("向王女士了解情况", "向某女士了解情况"),
    ("王老师、李师傅协助搜寻", "某老师、某师傅协助搜寻"),
    ("欧阳娜娜女士来电", "某女士来电"),
    # no personal data: unchanged
    ("中山区一名男子欲轻生，配合派出所现场处置", None),
    ("金州区80岁老人外出未归，110指挥中心指令协助寻找", None),
    ("城山驴友迷路被困，群众求助", None),
    ("班主任老师带队参加防溺水宣讲", None),
    ("某化工企业应急救护培训（心肺复苏+AED）", None),
    ("人员安全下山", None),
    ("2023年共出队12次，行程300公里", None),
    ("", None),
])
def test_shapes(text, expected):
    expected = text if expected is None else expected
    assert mask_text(text) == expected
    assert mask_text(expected) == expected
    assert find_personal_data(expected) == []
    assert bool(find_personal_data(text)) == (text != expected)
