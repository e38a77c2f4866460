"""A task's district (domain/places.py): the call's, else the one its summary names."""
from __future__ import annotations

import pytest

from wz_desktop.domain.places import district_in_text, district_of_task


@pytest.mark.parametrize("text, district", [
    ("沙河口区68岁老人走失，调取监控后扩大搜索范围", "沙河口区"),
    ("旅顺一名男子登山迷路", "旅顺口区"),  # short names
    ("甘井子分队协助中山区寻人", "中山区"),  # 甘井子分队 is a squad, not a place
    ("中山路附近老人走失", None),  # 中山 alone is also a road and a square
    ("星海广场附近海域游客落水", "沙河口区"),  # a landmark
    ("大连湾街道核酸采样信息登记", "甘井子区"),  # the longest landmark (大连湾 alone is ambiguous)
    ("大连湾附近落水", None),
    ("金州区与普兰店区交界处山火", None),  # two districts
    ("开发区一名儿童走失", "金州区"),
    ("金普新区一名儿童走失", None),  # straddles two
    ("救援艇发动机保养", None),
    ("", None),
])
def test_district_in_text(text, district):
    assert district_in_text(text) == district


def test_the_calls_district_comes_first():
    assert district_of_task("西岗区", "沙河口区老人走失") == "西岗区"
    assert district_of_task("开发区", "老人走失") == "金州区"
    assert district_of_task("金普新区", "金州区老人走失") == "金州区"  # an area of two: the summary decides
    assert district_of_task("", "庄河市老人走失") == "庄河市"
    assert district_of_task(None, None) is None
