"""The districts of 大连市 as the team's texts name them: the ten districts and counties, their
names written out or short, the areas that are not one of the ten, and the landmarks the team's
alerts name; and the patterns that find them in a text (:data:`NAME_RX`, :data:`LANDMARK_RX`, built
once here). Read by the alert reader (``alert.py``) and the district of a task (``places.py``).
Plain Python (no Qt, no SQL).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["AREAS", "DISTRICT_NAMES", "LANDMARKS", "LANDMARK_RX", "NAMES", "NAME_RX", "TEN_DISTRICTS"]

TEN_DISTRICTS = ("中山区", "西岗区", "沙河口区", "甘井子区", "旅顺口区", "金州区", "普兰店区", "瓦房店市", "庄河市",
                 "长海县")

DISTRICT_NAMES: list[tuple[str, str]] = [
    ("中山区", "中山区"), ("西岗区", "西岗区"), ("西岗", "西岗区"), ("沙河口区", "沙河口区"), ("沙河口", "沙河口区"),
    ("甘井子区", "甘井子区"), ("甘井子", "甘井子区"), ("旅顺口区", "旅顺口区"), ("旅顺", "旅顺口区"),
    ("金州区", "金州区"), ("金州", "金州区"), ("普兰店区", "普兰店区"), ("普兰店", "普兰店区"),
    ("瓦房店市", "瓦房店市"), ("瓦房店", "瓦房店市"), ("庄河市", "庄河市"), ("庄河", "庄河市"),
    ("长海县", "长海县"), ("长海", "长海县"),
]
# areas that are not one of the ten: the development zone lies in 金州区; the others straddle two
AREAS: dict[str, str | None] = {"开发区": "金州区", "金普新区": None, "高新园区": None, "高新区": None}
# landmarks the team's alerts name, and their district; None: several places of that name
LANDMARKS: dict[str, str | None] = {
    "老虎滩": "中山区", "棒棰岛": "中山区", "劳动公园": "中山区", "胜利广场": "中山区", "青泥洼桥": "中山区",
    "友好广场": "中山区", "中山广场": "中山区", "港湾广场": "中山区", "三八广场": "中山区", "燕窝岭": "中山区",
    "海之韵": "中山区", "东港": "中山区", "人民广场": "西岗区", "香炉礁": "西岗区", "八一路": "西岗区",
    "傅家庄": "西岗区", "付家庄": "西岗区", "北大桥": "西岗区", "森林动物园": "西岗区", "星海广场": "沙河口区",
    "星海公园": "沙河口区", "星海湾": "沙河口区", "马栏": "沙河口区", "黑石礁": "沙河口区", "西安路": "沙河口区",
    "春柳": "沙河口区", "七贤岭": "甘井子区", "周水子": "甘井子区", "泉水": "甘井子区", "红旗镇": "甘井子区",
    "西山水库": "甘井子区", "凌水": "甘井子区", "夏家河": "甘井子区", "营城子": "甘井子区", "大连湾街道": "甘井子区",
    "南关岭": "甘井子区", "革镇堡": "甘井子区", "辛寨子": "甘井子区", "软件园": "甘井子区", "老铁山": "旅顺口区",
    "白玉山": "旅顺口区", "羊头洼": "旅顺口区", "龙王塘": "旅顺口区", "水师营": "旅顺口区", "黄金山": "旅顺口区",
    "大黑山": "金州区", "金石滩": "金州区", "黄金海岸": "金州区", "登沙河": "金州区", "大魏家": "金州区",
    "杏树屯": "金州区", "小窑湾": "金州区", "金马路": "金州区", "皮口": "普兰店区", "仙浴湾": "瓦房店市",
    "复州城": "瓦房店市", "得利寺": "瓦房店市", "长兴岛": "瓦房店市", "祝华": "瓦房店市", "步云山": "庄河市",
    "冰峪沟": "庄河市", "石城岛": "庄河市", "光明山": "庄河市", "獐子岛": "长海县", "广鹿岛": "长海县",
    "大长山岛": "长海县", "小长山岛": "长海县", "海洋岛": "长海县",
    "大连北站": "甘井子区",
    "大连湾": None, "体育中心": None, "滨海路": None, "火车站": None, "新华街道": None, "白云山": None,
}

# every name of a district (written out or short) and every area: its district (None: across two)
NAMES: dict[str, str | None] = {**dict(DISTRICT_NAMES), **AREAS}


def _longest_first(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


NAME_RX = re.compile("(?:" + _longest_first(NAMES) + ")(?!分队)")  # a district's name, not a squad's (旅顺分队)
LANDMARK_RX = re.compile(_longest_first(LANDMARKS))
