"""Property-based: a phone number, ID number or plate written in any of the hands secretaries use,
anywhere in a clean sentence, never survives the masking (scanned by this test's own detector),
and the sentence around it is kept."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import re

from planted_personal import CLEAN as ALL_CLEAN
from wz_desktop.domain.anonymize import NUMBER_MASK, Masker

MASKER = Masker()
CLEAN = [t for t in ALL_CLEAN if not re.search(r"\d{4}[-.年]", t)]  # (this test's detector counts dates)
FULL = str.maketrans("0123456789", "０１２３４５６７８９")
CHINESE = str.maketrans("0123456789", "零一二三四五六七八九")
SEPARATORS = ["", " ", "-", ".", "·", "－", "　"]
PREFIXES = ["", "+86", "+86 ", "0086 ", "(+86)", "（+86）", "86-", "＋８６"]


def longest_digits(text: str) -> int:
    digits = set("0123456789０１２３４５６７８９零一二三四五六七八九幺〇")
    best = run = 0
    for c in text:
        if c in digits:
            run += 1
        elif c not in " -.·－　()（）+＋" or not run:
            run = 0
        best = max(best, run)
    return best


@st.composite
def mobiles(draw):
    number = "1" + draw(st.sampled_from("3456789")) + "".join(draw(st.lists(st.sampled_from("0123456789"),
                                                                            min_size=9, max_size=9)))
    sep = draw(st.sampled_from(SEPARATORS))
    grouped = sep.join([number[:3], number[3:7], number[7:]]) if draw(st.booleans()) else number
    hand = draw(st.sampled_from(["ascii", "full", "chinese"]))
    grouped = grouped.translate(FULL if hand == "full" else CHINESE if hand == "chinese" else {})
    return draw(st.sampled_from(PREFIXES)) + grouped


@st.composite
def landlines(draw):
    local = draw(st.sampled_from("2345678")) + "".join(draw(st.lists(st.sampled_from("0123456789"),
                                                                     min_size=7, max_size=7)))
    sep = draw(st.sampled_from(["-", " ", ".", ""]))
    area = draw(st.sampled_from(["0411", "(0411)", "（0411）", "024"]))
    return area + sep + local[:4] + draw(st.sampled_from(["", " ", "-"])) + local[4:]


@st.composite
def ids(draw):
    body = draw(st.sampled_from("123456")) + "".join(draw(st.lists(st.sampled_from("0123456789"),
                                                                    min_size=16, max_size=16)))
    last = draw(st.sampled_from("0123456789Xx"))
    sep = draw(st.sampled_from(["", " "]))
    number = body + last
    return sep.join([number[:6], number[6:14], number[14:]]) if sep else number


@st.composite
def plates(draw):
    province = draw(st.sampled_from("辽京吉黑鲁"))
    letter = draw(st.sampled_from("ABCDEFGH"))
    tail = draw(st.lists(st.sampled_from("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), min_size=5, max_size=6))
    tail[draw(st.integers(0, len(tail) - 1))] = draw(st.sampled_from("0123456789"))
    return province + letter + draw(st.sampled_from(["", "·", " "])) + "".join(tail)


@settings(max_examples=150, deadline=None)
@given(st.one_of(mobiles(), landlines(), ids()), st.sampled_from(CLEAN), st.sampled_from(CLEAN),
       st.sampled_from(["电话", "联系：", "回拨", "", "，家属", "证件 "]))
def test_numbers_in_any_hand_are_masked(number, before, after, cue):
    text = before + cue + number + "，" + after
    masked = MASKER.mask(text).text
    assert longest_digits(masked) < 7, (text, masked)
    assert masked.startswith(before) and masked.endswith("，" + after) and NUMBER_MASK in masked


@settings(max_examples=80, deadline=None)
@given(plates(), st.sampled_from(CLEAN))
def test_plates_are_masked(plate, after):
    text = "车辆" + plate + "，" + after
    masked = MASKER.mask(text).text
    assert masked == "车辆" + NUMBER_MASK + "，" + after, (text, masked)
