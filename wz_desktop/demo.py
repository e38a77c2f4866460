"""A demo database that looks like the team's real records, and a fast generator for benchmarks.

:func:`build_demo_database` writes a new database through the store: a roster (squads in Dalian's
districts and the specialist squads, a few hundred members with codes, phones, roles,
certifications, about thirty vehicles) and about 5,000 tasks from January 2020 to February 2023 (or, given ``today``, the
38 months up to today: the window's demo) in
the proportions and rhythm of the yearly workbooks: water rescues in summer, epidemic duty in
waves, missing-person searches often at night. For the last year of the data, who went on each
task (attendance, hours, cars) is recorded, and the latest dozen tasks are still under way.
Everything comes from one ``random.Random(seed)``: the same seed gives the same database.

:func:`synthetic_tasks` yields realistic tasks over many years, fast enough for a
million-task benchmark database (no roster, archived, one workbook's worth of fields).

All names, phone numbers and events are made up.
"""
from __future__ import annotations

import bisect
import datetime as dt
import math
import random
from dataclasses import dataclass
from dataclasses import replace as dataclass_replace
from pathlib import Path
from typing import Iterator, Sequence

from wz_desktop.domain import cases as case_rules
from wz_desktop.domain import geo, matching
from wz_desktop.domain.cases import MissingPerson
from wz_desktop.domain.kinds import KIND_ORDER, TaskKind
from wz_desktop.domain.records import DISTRICTS, VERIFY_METHODS, Member, Origin, Squad, Task, TaskStatus, Vehicle
from wz_desktop.domain.roles import SYSTEM, Actor
from wz_desktop.domain.text import msg
from wz_desktop.domain.workflow import Call, Verification
from wz_desktop.store import Store
from wz_desktop.store.roster import Certification, TaskMember

W, U, M, T, E, K = (TaskKind.WATER, TaskKind.URBAN, TaskKind.MOUNTAIN, TaskKind.TRAINING, TaskKind.EPIDEMIC,
                    TaskKind.UPKEEP)

DEMO_FIRST_DAY = dt.date(2020, 1, 1)
DEMO_LAST_DAY = dt.date(2023, 2, 28)
# from this day on, tasks carry who went (attendance, hours, cars): the last year of the data
ATTENDANCE_FROM = dt.date(2022, 3, 1)
LIVE_TASKS = 12  # the latest tasks, still being worked on


@dataclass(frozen=True)
class _Clock:
    """The demo's one "now". Without a day given, the workbooks' own calendar (January 2020 to
    February 2023, what the tests check); with ``today``, every month moved so that the last month
    of the data is today's: the newest tasks are days old, the calls of the night are tonight's, and
    上季度 or 本月 in the window have data. The month-by-month counts keep their order; the seasons
    move with them."""
    months: int = 0  # how many months every date is moved
    last_day: dt.date = DEMO_LAST_DAY
    attendance_from: dt.date = ATTENDANCE_FROM
    now: dt.datetime | None = None  # the time of the night's calls (None: when the demo is built)

    @classmethod
    def ending(cls, today: dt.date | None, now: dt.datetime | None = None) -> "_Clock":
        if today is None:
            return cls()
        months = (today.year * 12 + today.month) - (DEMO_LAST_DAY.year * 12 + DEMO_LAST_DAY.month)
        return cls(months, today, _add_months(ATTENDANCE_FROM, months),
                   now or dt.datetime.combine(today, dt.datetime.now().time()))

    def month(self, year: int, month: int) -> tuple[int, int]:
        index = year * 12 + month - 1 + self.months
        return index // 12, index % 12 + 1


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, day.day)

# Tasks a month, kind by kind, as in the yearly workbooks (2020-2022 whole, 2023 January-February).
MONTHLY: dict[int, dict[TaskKind, tuple[int, ...]]] = {
    2020: {W: (2, 13, 12, 9, 12, 28, 24, 26, 20, 7, 5, 8), U: (42, 37, 45, 34, 47, 41, 41, 46, 40, 46, 51, 49),
           M: (5, 6, 12, 11, 8, 6, 8, 9, 10, 13, 6, 6), T: (29, 7, 10, 9, 23, 32, 27, 15, 24, 24, 25, 26),
           E: (9, 57, 58, 49, 63, 15, 7, 7, 7, 4, 6, 6), K: (7, 14, 14, 18, 15, 16, 7, 14, 16, 14, 14, 18)},
    2021: {W: (6, 3, 15, 12, 10, 29, 26, 31, 25, 15, 10, 10), U: (34, 37, 46, 46, 35, 41, 49, 40, 47, 59, 56, 53),
           M: (12, 4, 10, 8, 12, 5, 1, 6, 7, 6, 1, 11), T: (29, 26, 29, 30, 29, 28, 26, 22, 26, 22, 23, 34),
           E: (12, 11, 15, 9, 10, 7, 15, 39, 10, 14, 19, 39), K: (17, 17, 15, 13, 15, 13, 21, 15, 13, 19, 21, 13)},
    2022: {W: (6, 6, 10, 10, 10, 27, 20, 19, 11, 8, 11, 7), U: (48, 35, 56, 53, 43, 43, 40, 46, 45, 53, 49, 40),
           M: (1, 6, 1, 14, 7, 4, 9, 7, 11, 13, 7, 6), T: (21, 28, 12, 6, 17, 28, 26, 25, 21, 31, 5, 10),
           E: (25, 32, 82, 65, 31, 27, 38, 16, 26, 27, 83, 68), K: (14, 13, 18, 14, 12, 25, 9, 12, 15, 18, 15, 17)},
    2023: {W: (8, 8), U: (57, 32), M: (8, 5), T: (30, 24), E: (4, 0), K: (15, 19)},
}

# --- places, people and words ------------------------------------------------------------------

# district as written in summaries -> the squad of that district
DISTRICT_SQUAD = {
    "中山区": "中山分队", "西岗区": "西岗分队", "沙河口区": "沙河口分队", "甘井子区": "甘井子分队",
    "旅顺口区": "旅顺分队", "金州区": "金州分队", "金普新区": "开发区分队", "高新园区": "高新园区分队",
    "普兰店区": "普兰店分队", "瓦房店市": "瓦房店分队", "庄河市": "庄河分队", "长海县": "长海分队",
}
DISTRICT_WEIGHTS = {"中山区": 9, "西岗区": 8, "沙河口区": 10, "甘井子区": 14, "旅顺口区": 7, "金州区": 9,
                    "金普新区": 10, "高新园区": 7, "普兰店区": 6, "瓦房店市": 6, "庄河市": 6, "长海县": 5}

# squads: name, district, share of tasks led (as in the workbooks), members on the demo roster
SQUADS: list[tuple[str, str, int, int]] = [
    ("中山分队", "中山区", 286, 24), ("西岗分队", "西岗区", 287, 24), ("沙河口分队", "沙河口区", 309, 26),
    ("甘井子分队", "甘井子区", 557, 36), ("旅顺分队", "旅顺口区", 322, 24), ("金州分队", "金州区", 477, 30),
    ("开发区分队", "金普新区", 537, 32), ("高新园区分队", "高新园区", 252, 20), ("普兰店分队", "普兰店区", 186, 16),
    ("瓦房店分队", "瓦房店市", 171, 16), ("庄河分队", "庄河市", 99, 14), ("长海分队", "长海县", 51, 10),
    ("长兴岛分队", "长兴岛经济区", 30, 8), ("保税区分队", "保税区", 40, 10),
    ("水上救援分队", "全市", 631, 36), ("山地救援分队", "全市", 341, 26), ("机动分队", "全市", 163, 18),
    ("医疗救护分队", "全市", 60, 14), ("无人机分队", "全市", 40, 10), ("通讯保障分队", "全市", 20, 8),
]

WATER_PLACES = {
    "黑石礁": "沙河口区", "付家庄海域": "西岗区", "马栏河": "沙河口区", "龙王塘": "旅顺口区", "凌水河入海口": "甘井子区",
    "小平岛": "甘井子区", "星海湾": "沙河口区", "棒棰岛": "中山区", "英那河": "庄河市", "东港码头": "中山区",
    "金州湾": "金州区", "大黑山水库": "金州区", "碧流河水库": "庄河市", "老虎滩": "中山区", "夏家河子": "甘井子区",
    "金石滩": "金普新区", "獐子岛附近海域": "长海县", "夏家河子浴场": "甘井子区",
}
MOUNTAINS = {
    "城山": "庄河市", "老铁山": "旅顺口区", "横山": "旅顺口区", "南山": "中山区", "大黑山": "金州区", "小黑山": "金州区",
    "步云山": "普兰店区", "莲花山": "中山区", "冰峪沟": "庄河市", "西郊森林公园": "甘井子区", "白云山": "西岗区",
}
STREETS = ["友好", "马栏", "华北路", "黑石礁", "春柳", "红旗", "董家沟", "泉水", "凌水", "大连湾", "香炉礁", "周水子"]
ORGS = ["大连理工大学", "东北财经大学", "大连交通大学", "大连海事大学", "大连社区大学", "中山区老年大学",
        "甘井子区第二中学", "旅顺口区中心小学", "金州区实验小学", "开发区管委会", "某化工企业", "某物流企业", "某商场",
        "某幼儿园", "某物业公司", "大连港集团"]
# events and the months they happen in
EVENTS = {"新春庙会": (1, 2), "大连国际马拉松": (4, 5, 10), "旅顺樱花节": (4, 5), "国际徒步大会": (5,),
          "槐花节": (5,), "国际啤酒节": (7, 8), "沙滩音乐节": (7, 8), "全民健身日活动": (8,),
          "服装节开幕式": (9,), "金石滩风筝节": (6, 9)}
POLICE = ["110指挥中心", "辖区派出所", "派出所"]
WATER_SOURCES = ["群众", "消防", "110指挥中心", "家属", "海上搜救中心"]
MOUNTAIN_SOURCES = ["110指挥中心", "派出所", "消防", "群众", "家属"]

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
            "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤")
GIVEN_MALE = "伟刚勇军磊涛明强杰鹏超斌浩宇峰辉建国志海波亮鑫东林平成康俊凯博晨阳健龙飞华文德胜利斌永"
GIVEN_FEMALE = "芳娜敏静丽艳娟霞秀英华红玲萍燕雪琳洁梅莉婷倩颖佳慧璐晶欣悦蕾丹薇月兰凤琴"
PHONE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
                  "156", "157", "158", "159", "166", "171", "173", "175", "176", "177", "180", "181", "182",
                  "183", "185", "186", "187", "188", "189", "199"]
NICKNAMES = ["大海", "海燕", "山鹰", "蓝天", "向日葵", "夜行者", "平安是福", "阿杰", "小鱼儿", "风雨同舟", "橙色救援",
             "浪花", "守望者", "晨曦", "北斗", "老船长", "追风", "石头", "萤火虫", "海豚"]

# People the sign-up lists in the tests name (tests/data/signup-lists): on the roster, so that a
# 接龙 pasted in the demo finds them. (name, squad, code or None)
KNOWN_MEMBERS = [
    ("王建国", "甘井子分队", None), ("李娜", "甘井子分队", None), ("张伟", "沙河口分队", None), ("张伟", "金州分队", None),
    ("刘洋", "甘井子分队", None), ("陈静", "中山分队", None), ("杨帆", "甘井子分队", None), ("赵磊", "开发区分队", None),
    ("黄丽丽", "开发区分队", None), ("周海燕", "水上救援分队", None), ("吴勇", "开发区分队", None),
    ("徐涛", "开发区分队", None), ("孙明", "开发区分队", None), ("马超", "开发区分队", None), ("朱晓红", "西岗分队", None),
    ("胡军", "山地救援分队", "WZ0312"), ("郭敏", "山地救援分队", "WZ0456"), ("何洋", "甘井子分队", None),
    ("何洋", "金州分队", None), ("高静", "山地救援分队", "WZ0789"), ("林杰", "山地救援分队", None),
    ("罗磊", "山地救援分队", None), ("郑凯", "开发区分队", None), ("梁芳芳", "开发区分队", None), ("谢伟", "开发区分队", None),
    ("宋佳", "开发区分队", None), ("唐明", "开发区分队", None), ("许亮", "开发区分队", None), ("韩雪", "开发区分队", None),
    ("冯刚", "医疗救护分队", None), ("邓丽", "医疗救护分队", None), ("曹勇", "高新园区分队", None),
    ("彭静", "医疗救护分队", None), ("曾涛", "高新园区分队", None),
]

# certifications: name, years valid (None: does not expire), which squads hold them most
CERTIFICATIONS = [
    ("红十字救护员证", 3, None),
    ("应急救援员（国家职业资格五级）", 4, None),
    ("潜水员证（PADI开放水域）", None, "水上救援分队"),
    ("救生员国家职业资格证", 2, "水上救援分队"),
    ("内河船舶驾驶证（冲锋舟）", 5, "水上救援分队"),
    ("绳索救援技术员（一级）", 3, "山地救援分队"),
    ("山地救援初级证书", 3, "山地救援分队"),
    ("民用无人机驾驶员执照（CAAC）", 2, "无人机分队"),
    ("心肺复苏及AED培训导师证", 2, "医疗救护分队"),
]
TEAM_VEHICLES = [("救援指挥车（依维柯）", 7), ("皮卡（拖冲锋舟）", 5), ("皮卡（拖冲锋舟）", 5), ("皮卡（拖橡皮艇）", 5),
                 ("越野救援车（普拉多）", 7), ("越野救援车（帕杰罗）", 7), ("水域救援器材车", 5), ("应急照明保障车", 3),
                 ("物资运输车（厢式货车）", 3), ("医疗救护转运车", 5), ("无人机保障车", 5), ("通讯指挥车", 5)]
MEMBER_CARS = [("哈弗H6", 5), ("大众途观", 5), ("丰田汉兰达", 7), ("比亚迪宋", 5), ("本田CR-V", 5), ("别克GL8", 7),
               ("吉利博越", 5), ("日产奇骏", 5), ("长城炮皮卡", 5), ("丰田普拉多", 7), ("五菱宏光", 7), ("大众朗逸", 5)]
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# --- task templates ----------------------------------------------------------------------------

HOURS = {  # departure hour weights, 0-23
    "water": (9, 4, 1, 0, 5, 7, 15, 23, 26, 22, 18, 28, 18, 21, 36, 22, 29, 40, 46, 43, 36, 31, 14, 8),
    "night": (30, 14, 10, 6, 4, 6, 10, 14, 18, 20, 22, 24, 22, 24, 26, 30, 34, 44, 60, 66, 62, 52, 40, 34),
    "city": (6, 3, 2, 2, 3, 6, 12, 20, 26, 30, 32, 32, 28, 30, 30, 32, 30, 30, 28, 24, 20, 16, 12, 8),
    "mountain": (3, 3, 6, 1, 2, 4, 4, 7, 12, 4, 17, 17, 14, 18, 22, 16, 9, 16, 28, 29, 21, 15, 6, 2),
    "mountain_night": (8, 6, 4, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 4, 6, 10, 18, 30, 34, 28, 20, 14, 10),
    "office": (0, 0, 0, 0, 0, 0, 0, 0, 67, 143, 68, 0, 0, 72, 129, 72, 0, 0, 0, 0, 0, 0, 0, 0),
    "training": (0, 0, 0, 0, 0, 0, 0, 0, 116, 214, 105, 0, 0, 100, 199, 104, 0, 0, 0, 0, 0, 0, 0, 0),
    "epidemic": (0, 0, 0, 0, 0, 0, 154, 264, 274, 0, 0, 0, 0, 134, 0, 0, 0, 0, 144, 0, 0, 0, 0, 0),
}
SIZES = {  # people dispatched: median, spread (log-normal sigma), least, most; hours on the task
    "water": (13, 0.5, 4, 54, (2, 6)), "search": (20, 0.55, 5, 85, (3, 10)), "city": (14, 0.5, 3, 60, (2, 5)),
    "mountain": (15, 0.5, 5, 75, (3, 9)), "training": (6, 0.5, 2, 30, (2, 4)), "event": (12, 0.5, 4, 40, (4, 8)),
    "epidemic": (23, 0.55, 5, 120, (4, 9)), "upkeep": (7, 0.45, 3, 35, (2, 4)),
}
R_FOUND, R_SAVED, R_BODY, R_HANDED, R_NOT_FOUND, R_CANCELLED = "找到平安", "救起", "遗体打捞", "移交", "未找到", "取消"
REMARK_RESULTS = {
    "已找到，移交家属": R_FOUND, "已找到，人员安全": R_FOUND, "已找到": R_FOUND, "人员安全下山": R_FOUND,
    "担架转运至救护车": R_HANDED, "人员已救起，送医": R_SAVED, "人员安全转移": R_SAVED, "遗体已打捞，移交公安": R_BODY,
    "未找到，移交派出所继续": R_NOT_FOUND, "未找到，移交海警继续": R_NOT_FOUND, "家属自行找到，途中取消": R_CANCELLED,
    "任务取消，人员已自行上岸": R_CANCELLED, "夜间搜救，凌晨结束": R_FOUND,
}


@dataclass(frozen=True)
class Template:
    kind: TaskKind
    weight: float
    text: str  # with {slots}, see _slots
    remarks: tuple[tuple[str, float], ...] = (("", 1.0),)
    hours: str = "city"
    size: str = "city"
    result: str | None = None  # for rescues when the remarks don't say
    months: tuple[int, ...] | None = None  # only in these months
    windows: tuple[tuple[str, str], ...] | None = None  # only between these 'YYYY-MM' (inclusive)
    squad: str | None = None  # the squad that usually goes

    def fits(self, year: int, month: int) -> bool:
        if self.months and month not in self.months:
            return False
        if "{event}" in self.text and not any(month in months for months in EVENTS.values()):
            return False
        if self.windows:
            ym = f"{year:04d}-{month:02d}"
            return any(a <= ym <= b for a, b in self.windows)
        return True


_SEARCH_REMARKS = (("", 0.3), ("夜间搜寻", 0.14), ("已找到，移交家属", 0.13), ("已找到，人员安全", 0.13),
                   ("未找到，移交派出所继续", 0.12), ("家属自行找到，途中取消", 0.12), ("夜间搜救，凌晨结束", 0.06))
_EPIDEMIC_REMARKS = (("", 0.6), ("轮班", 0.2), ("连续值守", 0.2))
_TRAINING_REMARKS = (("", 0.55), ("出动AED两台", 0.15), ("协议单位", 0.15), ("培训人数约{people}人", 0.15))
_UPKEEP_REMARKS = (("", 0.6), ("发现故障已报修", 0.2), ("季度例行", 0.2))
_ALL_EPIDEMIC = (("2020-01", "2023-01"),)

TEMPLATES: list[Template] = [
    # water
    Template(W, 11, "{water}有人落水失踪，水下搜寻", (("", .35), ("遗体已打捞，移交公安", .35), ("未找到，移交海警继续", .3)),
             "water", "water", R_BODY, squad="水上救援分队"),
    Template(W, 12, "{water}溺水人员打捞，配合海上搜救中心作业", (("", .4), ("遗体已打捞，移交公安", .4), ("配合海警完成", .2)),
             "water", "water", R_BODY, squad="水上救援分队"),
    Template(W, 12, "{water}游客涨潮被困礁石，协助海警转移被困人员",
             (("", .3), ("人员安全转移", .35), ("配合海警完成", .2), ("任务取消，人员已自行上岸", .15)), "water", "water",
             R_SAVED, months=(4, 5, 6, 7, 8, 9, 10)),
    Template(W, 10, "{water}摩托艇故障漂流，救援人员及船只", (("", .4), ("人员安全转移", .35), ("配合海警完成", .25)),
             "water", "water", R_SAVED, months=(5, 6, 7, 8, 9)),
    Template(W, 9, "{water}附近渔船失联，协助搜寻", (("", .5), ("配合海警完成", .4), ("未找到，移交海警继续", .1)),
             "water", "water", R_HANDED),
    Template(W, 12, "{water}有人落水，{water_source}求助，队员携橡皮艇赶赴现场搜救",
             (("", .3), ("人员已救起，送医", .45), ("任务取消，人员已自行上岸", .25)), "water", "water", R_SAVED,
             squad="水上救援分队"),
    Template(W, 5, "{water}皮划艇侧翻，两人落水，协助救援", (("", .3), ("人员已救起，送医", .7)), "water", "water", R_SAVED,
             months=(6, 7, 8, 9)),
    Template(W, 4, "{water}儿童戏水被冲离岸边，紧急救援", (("", .3), ("人员已救起，送医", .7)), "water", "water", R_SAVED,
             months=(6, 7, 8)),
    # urban: missing people (often at night) and people in danger in the city
    Template(U, 12, "{district}{old}岁老人走失（阿尔茨海默症），家属求助，组织队员分片搜寻", _SEARCH_REMARKS, "night",
             "search", R_FOUND),
    Template(U, 10, "{district}{old}岁老人{person}走失，家属{surname}女士（电话{phone}）求助", _SEARCH_REMARKS, "night",
             "search", R_FOUND),
    Template(U, 10, "{district}{old}岁老人外出未归，{police}指令协助寻找", _SEARCH_REMARKS, "night", "search", R_FOUND),
    Template(U, 9, "{district}{old}岁老人走失，调取监控后扩大搜索范围", _SEARCH_REMARKS, "night", "search", R_FOUND),
    Template(U, 8, "{district}{teen}岁学生离家出走，家属求助协助寻找", _SEARCH_REMARKS, "night", "search", R_FOUND),
    Template(U, 7, "{district}{teen}岁学生{person}未归，其父{person_surname}先生{phone}报警后转来", _SEARCH_REMARKS, "night",
             "search", R_FOUND),
    Template(U, 8, "{district}智力障碍人员走失，{police}转来求助", _SEARCH_REMARKS, "night", "search", R_FOUND),
    Template(U, 3, "{district}一名女子情绪失控离家，家属求助协助寻找", _SEARCH_REMARKS, "night", "search", R_FOUND),
    Template(U, 9, "{district}居民楼火灾后协助消防搜索", (("", .6), ("配合消防完成", .4)), "city", "city", R_HANDED),
    Template(U, 12, "{district}暴雨致道路积水，转移被困群众", (("", .5), ("人员安全转移", .5)), "city", "city", R_SAVED,
             months=(6, 7, 8, 9)),
    Template(U, 10, "{district}一名男子欲轻生，配合派出所现场处置", (("", .6), ("已劝下，移交派出所", .4)), "night", "city",
             R_HANDED),
    Template(U, 2, "{district}大风致广告牌脱落，协助警戒疏导", (("", 1.0),), "city", "city", R_HANDED,
             months=(3, 4, 5, 11)),
    # mountain
    Template(M, 10, "{mountain}登山者腿部受伤无法下山，担架转运", (("", .4), ("担架转运至救护车", .6)), "mountain",
             "mountain", R_HANDED, squad="山地救援分队"),
    Template(M, 8, "{mountain}越野跑者突发不适，山地救护转运", (("", .5), ("担架转运至救护车", .5)), "mountain", "mountain",
             R_HANDED),
    Template(M, 8, "{mountain}游客失联，组织山地搜寻", (("", .4), ("已找到", .4), ("夜间搜救，凌晨结束", .2)),
             "mountain_night", "mountain", R_FOUND, squad="山地救援分队"),
    Template(M, 6, "{mountain}夜间有人被困山中，协助{police}搜救", (("", .3), ("人员安全下山", .4), ("夜间搜救，凌晨结束", .3)),
             "mountain_night", "mountain", R_FOUND, squad="山地救援分队"),
    Template(M, 5, "{mountain}驴友迷路被困，{mountain_source}求助", (("", .4), ("人员安全下山", .6)), "mountain_night",
             "mountain", R_FOUND),
    Template(M, 4, "{mountain}驴友{person}等{party}人被困，联系人{phone}", (("", .3), ("人员安全下山", .7)), "mountain_night",
             "mountain", R_FOUND, squad="山地救援分队"),
    # training and event safety
    Template(T, 14, "新队员入队基础培训", _TRAINING_REMARKS, "training", "training"),
    Template(T, 9, "{org}应急救护培训（心肺复苏+AED）", _TRAINING_REMARKS, "training", "training", squad="医疗救护分队"),
    Template(T, 9, "{org}防溺水安全宣讲", _TRAINING_REMARKS, "training", "training", months=(4, 5, 6, 7, 8, 9)),
    Template(T, 7, "{org}地震逃生自救互救培训", _TRAINING_REMARKS, "training", "training"),
    Template(T, 8, "{org}消防疏散演练保障", _TRAINING_REMARKS, "training", "training"),
    Template(T, 10, "{street}街道社区防灾减灾应急演练", _TRAINING_REMARKS, "training", "training"),
    Template(T, 14, "{event}大型活动安全保障", (("", .6), ("出动AED两台", .3), ("协议单位", .1)), "training", "event"),
    Template(T, 3, "水域救援技能复训", _TRAINING_REMARKS, "training", "training", squad="水上救援分队"),
    # epidemic duty, in waves
    Template(E, 16, "高速公路出口防疫卡口值守", _EPIDEMIC_REMARKS, "epidemic", "epidemic",
             windows=(("2020-01", "2020-06"), ("2020-12", "2021-01"), ("2021-08", "2021-08"), ("2021-11", "2022-05"),
                      ("2022-10", "2022-12"))),
    Template(E, 8, "{street}街道社区出入口体温检测登记", _EPIDEMIC_REMARKS, "epidemic", "epidemic",
             windows=(("2020-01", "2020-05"),)),
    Template(E, 9, "{district}核酸检测点秩序维护", _EPIDEMIC_REMARKS, "epidemic", "epidemic",
             windows=(("2020-06", "2022-12"),)),
    Template(E, 10, "{street}街道核酸采样信息登记", _EPIDEMIC_REMARKS, "epidemic", "epidemic",
             windows=(("2020-07", "2022-12"),)),
    Template(E, 10, "{street}街道封控区生活物资配送", _EPIDEMIC_REMARKS, "epidemic", "epidemic",
             windows=(("2020-07", "2023-01"),)),
    Template(E, 9, "{district}疫苗接种点志愿服务", _EPIDEMIC_REMARKS, "epidemic", "epidemic",
             windows=(("2021-01", "2022-08"),)),
    Template(E, 7, "{district}隔离点物资转运", _EPIDEMIC_REMARKS, "epidemic", "epidemic", windows=_ALL_EPIDEMIC),
    Template(E, 3, "大连北站旅客健康码查验", _EPIDEMIC_REMARKS, "epidemic", "epidemic", windows=(("2020-03", "2022-11"),)),
    Template(E, 6, "{district}发热门诊就诊秩序维护", _EPIDEMIC_REMARKS, "epidemic", "epidemic",
             windows=(("2022-12", "2023-01"),)),
    # readiness and upkeep
    Template(K, 10, "队员体能训练及装备整备", _UPKEEP_REMARKS, "office", "upkeep"),
    Template(K, 9, "发电机、照明设备试机", _UPKEEP_REMARKS, "office", "upkeep"),
    Template(K, 9, "潜水装备检查维护", _UPKEEP_REMARKS, "office", "upkeep", squad="水上救援分队"),
    Template(K, 9, "救援车辆例行检修", _UPKEEP_REMARKS, "office", "upkeep"),
    Template(K, 9, "无人机巡检训练", _UPKEEP_REMARKS, "office", "upkeep", squad="无人机分队"),
    Template(K, 9, "冲锋舟、橡皮艇保养及试航", _UPKEEP_REMARKS, "office", "upkeep", squad="水上救援分队"),
    Template(K, 9, "库房物资盘点整理", _UPKEEP_REMARKS, "office", "upkeep"),
    Template(K, 8, "绳索救援器材检测", _UPKEEP_REMARKS, "office", "upkeep", squad="山地救援分队"),
    Template(K, 3, "冬季防冻装备检查", _UPKEEP_REMARKS, "office", "upkeep", months=(11, 12, 1)),
]
TEMPLATES_BY_KIND: dict[TaskKind, list[Template]] = {kind: [t for t in TEMPLATES if t.kind is kind]
                                                     for kind in KIND_ORDER}
_LEADING_SQUADS = [name for name, _, _, _ in SQUADS]
_LEADING_WEIGHTS = [share for _, _, share, _ in SQUADS]


def _cumulate(weights: Sequence[float]) -> list[float]:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


_HOUR_CUM = {key: _cumulate(w) for key, w in HOURS.items()}
_HOUR_RANGE = list(range(24))


# --- filling in a task -------------------------------------------------------------------------

def _pick(rng: random.Random, pairs: Sequence[tuple[str, float]]) -> str:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def _person_name(rng: random.Random, female: bool | None = None) -> str:
    if female is None:
        female = rng.random() < 0.45
    pool = GIVEN_FEMALE if female else GIVEN_MALE
    given = rng.choice(pool) if rng.random() < 0.4 else rng.choice(pool) + rng.choice(pool)
    return rng.choice(SURNAMES) + given


def _phone(rng: random.Random) -> str:
    return rng.choice(PHONE_PREFIXES) + f"{rng.randrange(10 ** 8):08d}"


def _fill(template: Template, rng: random.Random, month: int) -> tuple[str, str | None]:
    """The summary of a task from its template, and the district it happened in (if known)."""
    text = template.text
    values: dict[str, object] = {}
    district = None
    if "{district}" in text:
        district = rng.choices(list(DISTRICT_WEIGHTS), list(DISTRICT_WEIGHTS.values()))[0]
        values["district"] = district
    if "{water}" in text:
        place = rng.choice(list(WATER_PLACES))
        values["water"], district = place, WATER_PLACES[place]
    if "{mountain}" in text:
        place = rng.choice(list(MOUNTAINS))
        values["mountain"], district = place, MOUNTAINS[place]
    if "{old}" in text:
        values["old"] = rng.randint(60, 92)
    if "{teen}" in text:
        values["teen"] = rng.randint(12, 17)
    if "{person}" in text:
        values["person"] = _person_name(rng)
        values["person_surname"] = values["person"][0]
    if "{surname}" in text:
        values["surname"] = rng.choice(SURNAMES)
    if "{phone}" in text:
        values["phone"] = _phone(rng)
    if "{police}" in text:
        values["police"] = rng.choice(POLICE)
    if "{water_source}" in text:
        values["water_source"] = rng.choice(WATER_SOURCES)
    if "{mountain_source}" in text:
        values["mountain_source"] = rng.choice(MOUNTAIN_SOURCES)
    if "{party}" in text:
        values["party"] = rng.randint(2, 5)
    if "{org}" in text:
        values["org"] = rng.choice(ORGS)
    if "{street}" in text:
        values["street"] = rng.choice(STREETS)
    if "{event}" in text:
        values["event"] = rng.choice([e for e, months in EVENTS.items() if month in months] or list(EVENTS))
    return text.format(**values), district


def _template_for(kind: TaskKind, year: int, month: int, rng: random.Random) -> Template:
    candidates = [t for t in TEMPLATES_BY_KIND[kind] if t.fits(year, month)] or TEMPLATES_BY_KIND[kind]
    return rng.choices(candidates, [t.weight for t in candidates])[0]


def _squads_for(template: Template, district: str | None, headcount: int, rng: random.Random) -> list[str]:
    roll = rng.random()
    if template.squad and roll < 0.45:
        first = template.squad
    elif district in DISTRICT_SQUAD and roll < 0.75:
        first = DISTRICT_SQUAD[district]
    else:
        first = rng.choices(_LEADING_SQUADS, _LEADING_WEIGHTS)[0]
    squads = [first]
    if rng.random() < (0.35 if headcount >= 35 else 0.06):
        second = rng.choices(_LEADING_SQUADS, _LEADING_WEIGHTS)[0]
        if second != first:
            squads.append(second)
    return squads


def _headcount(size: str, rng: random.Random) -> int:
    median, sigma, least, most, _ = SIZES[size]
    return max(least, min(most, int(round(median * math.exp(rng.gauss(0.0, sigma))))))


def _vehicle_trips(kind: TaskKind, headcount: int, rng: random.Random) -> int:
    if kind is E and rng.random() < 0.2:
        return 0  # on foot to a site nearby
    return max(1, int(round(headcount / rng.uniform(3.5, 5.5))))


def _remarks(template: Template, rng: random.Random) -> str:
    text = _pick(rng, template.remarks)
    if "{people}" in text:
        text = text.format(people=rng.randrange(30, 210, 10))
    return text


def _departure(rng: random.Random, year: int, month: int, hours: str, last_day: dt.date = DEMO_LAST_DAY) -> str:
    """'YYYY-MM-DD HH:MM', or now and then 'YYYY-MM-DD' (only the day was noted)."""
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    if year == last_day.year and month == last_day.month:
        last = last_day.day
    day = rng.randint(1, last)
    if rng.random() < 0.034:
        return f"{year:04d}-{month:02d}-{day:02d}"
    hour = min(23, bisect.bisect_right(_HOUR_CUM[hours], rng.random() * _HOUR_CUM[hours][-1]))
    minute = rng.randrange(0, 60, 5)
    if hour == 0 and minute == 0:
        # a date-time at exactly midnight comes back from the workbook reader as a date (see
        # tests/test_demo.py::test_midnight_departure_survives_round_trip); the demo avoids it
        minute = 5
    return f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}"


def _result(template: Template, remarks: str) -> str | None:
    if not template.kind.needs_call:
        return None
    return REMARK_RESULTS.get(remarks, template.result)


def _people_helped(template: Template, result: str | None, summary: str, rng: random.Random) -> int | None:
    if not template.kind.needs_call:
        return None
    if result in (R_FOUND, R_SAVED, R_HANDED):
        if "等" in summary and "人被困" in summary:
            return int(summary.split("等")[1].split("人")[0])
        if "暴雨" in summary:
            return rng.randint(3, 20)
        if "涨潮" in summary or "摩托艇" in summary or "两人" in summary:
            return rng.randint(1, 4)
        return 1
    return 0


def _event_numbers(tasks: list[Task], year: int, first_year: bool | None = None) -> None:
    """Number a year's tasks in order of departure: WZ2021-0153; in 2020 (the data's first year)
    numbers were typed as numbers (20200153) and upkeep rows had none."""
    seq = 0
    if first_year is None:
        first_year = year == 2020
    for task in tasks:
        if first_year and task.kind is K:
            task.event_no = ""
            continue
        seq += 1
        task.event_no = f"{year}{seq:04d}" if first_year else f"WZ{year}-{seq:04d}"


# --- the demo database -------------------------------------------------------------------------

@dataclass
class _Planned:
    task: Task
    template: Template
    hours_range: tuple[int, int]
    squad_names: list[str]
    hours: float | None = None  # how long the task took (planned tasks that have returned)


def _plan_tasks(rng: random.Random, clock: _Clock = _Clock()) -> list[_Planned]:
    planned: list[_Planned] = []
    for year, table in MONTHLY.items():
        year_tasks: list[_Planned] = []
        for kind in KIND_ORDER:
            for month_index, base in enumerate(table[kind]):
                month = month_index + 1
                count = max(0, int(round(base * rng.uniform(0.88, 1.12))))
                for _ in range(count):
                    template = _template_for(kind, year, month, rng)
                    summary, district = _fill(template, rng, month)
                    on_year, on_month = clock.month(year, month)  # the workbook's month, on the demo's clock
                    departure = _departure(rng, on_year, on_month, template.hours, clock.last_day)
                    if clock.now is not None and departure > clock.now.strftime("%Y-%m-%d %H:%M"):
                        # today's tasks left before now: a team is never "out" since a time to come
                        earlier = clock.now - dt.timedelta(minutes=rng.randrange(5, 12 * 60, 5))
                        departure = earlier.strftime("%Y-%m-%d %H:%M")
                    headcount = _headcount(template.size, rng)
                    squads = _squads_for(template, district, headcount, rng)
                    remarks = _remarks(template, rng)
                    result = _result(template, remarks)
                    task = Task(kind=kind, summary=summary, departure=departure, year=on_year, headcount=headcount,
                                vehicles=_vehicle_trips(kind, headcount, rng), squads="、".join(squads),
                                remarks=remarks, status=TaskStatus.ARCHIVED, origin=Origin.DEMO, result=result,
                                people_helped=_people_helped(template, result, summary, rng))
                    year_tasks.append(_Planned(task, template, SIZES[template.size][4], squads))
        planned.extend(year_tasks)
    # numbered year by year of the demo's calendar (a workbook year moved by months spans two)
    first = min(p.task.year for p in planned)
    planned.sort(key=lambda p: (p.task.departure, p.task.kind.order, p.task.summary))
    for year in sorted({p.task.year for p in planned}):
        _event_numbers([p.task for p in planned if p.task.year == year], year, first_year=year == first)
    for p in planned:
        # the demo stands for history read from the yearly workbooks: each task keeps the key its
        # row is recognised by, so that importing an exported year again adds nothing
        p.task.import_key = matching.import_key(p.task)
    return planned


def _roster(rng: random.Random) -> tuple[list[Squad], list[Member], dict[str, list[Member]]]:
    squads = [Squad(name=name, district=district) for name, district, _, _ in SQUADS]
    members: list[Member] = []
    by_squad: dict[str, list[Member]] = {name: [] for name, _, _, _ in SQUADS}
    for name, _, _, size in SQUADS:
        for _ in range(size):
            member = Member(name=_person_name(rng), phone=_phone(rng))
            by_squad[name].append(member)
            members.append(member)
    known: list[Member] = []
    for name, squad, code in KNOWN_MEMBERS:  # in place of a generated member of that squad
        pool = [m for m in by_squad[squad] if all(m is not k for k in known)]
        target = pool[rng.randrange(1, len(pool))]  # never the first: that one becomes the leader
        target.name, target.code = name, code
        known.append(target)
    # codes: WZ0001 … in order of joining, with gaps (members who left, other teams' numbers)
    reserved = {code for _, _, code in KNOWN_MEMBERS if code}
    numbers = sorted(rng.sample([n for n in range(1, 3400) if f"WZ{n:04d}" not in reserved],
                                len(members) - len(reserved)))
    order = list(members)
    rng.shuffle(order)
    free = iter(numbers)
    for member in order:
        if member.code is None:
            member.code = f"WZ{next(free):04d}"
    phones: set[str] = set()
    for member in members:
        while member.phone in phones:
            member.phone = _phone(rng)
        phones.add(member.phone)
        if rng.random() < 0.3 and all(member is not k for k in known):
            roll = rng.random()
            if roll < 0.3:
                member.nickname = "老" + member.name[0]
            elif roll < 0.55:
                member.nickname = member.name[-1] * 2
            else:
                member.nickname = rng.choice(NICKNAMES)
    for _squad_name, squad_members in by_squad.items():
        squad_members[0].role = "队长"
        for deputy in squad_members[1:1 + (2 if len(squad_members) >= 20 else 1)]:
            deputy.role = "副队长"
        for member in squad_members[1:]:
            if rng.random() < 0.05 and member.role == "队员":
                member.active = False
    return squads, members, by_squad


def build_demo_database(path: Path, *, seed: int = 2023, today: dt.date | None = None,
                        now: dt.datetime | None = None) -> dict:
    """Create a new demo database at ``path`` (which must not exist). Returns what it holds, counted.

    Deterministic: the same seed (and ``today``) gives the same content (apart from creation
    timestamps). ``today``: the data ends on that day (see ``_Clock``); the window's demo passes
    the real today, so that the tasks, the calls and the window's periods run on one clock.
    """
    clock = _Clock.ending(today, now)
    path = Path(path)
    if path.exists():
        raise FileExistsError(msg("“{path}”已存在。演示数据库只写入新文件。", path=path))
    rng = random.Random(seed)
    squads, members, by_squad = _roster(rng)
    planned = _plan_tasks(rng, clock)
    store = Store.open(path)
    try:
        with store.transaction():
            roster = store.roster
            roster.add_squads(squads, actor=SYSTEM)
            squad_id = {s.name: s.id for s in squads}
            for name, squad_members in by_squad.items():
                for m in squad_members:
                    m.squad_id = squad_id[name]
            joined = [f"{rng.randint(2015, 2022) + clock.months // 12}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in members]
            roster.add_members(members, joined_on=joined, actor=SYSTEM)
            leaders = {name: ms[0] for name, ms in by_squad.items()}
            roster.set_squad_leaders(((squad_id[name], m.id) for name, m in leaders.items()), actor=SYSTEM)
            roster.add_certifications(_certifications(rng, members, by_squad, clock.last_day), actor=SYSTEM)
            vehicles = _vehicles(rng, members)
            roster.add_vehicles(vehicles, actor=SYSTEM)

            # the latest tasks are still being worked on; the rest is archived
            for p in planned:
                p.task.leader_id = leaders[p.squad_names[0]].id
            live = planned[-LIVE_TASKS:]
            states = ([TaskStatus.SUBMITTED] * 5 + [TaskStatus.RETURNED] * 4 + [TaskStatus.DISPATCHED] * 3)
            for p, state in zip(live, states[-len(live):]):
                p.task.status = state
                if state is TaskStatus.DISPATCHED:
                    p.task.remarks, p.task.result, p.task.people_helped = "", None, None
            for p in planned:
                if p.task.status is not TaskStatus.DISPATCHED and len(p.task.departure) > 10:
                    start = dt.datetime.strptime(p.task.departure, "%Y-%m-%d %H:%M")
                    p.hours = rng.uniform(*p.hours_range)
                    p.task.returned_at = (start + dt.timedelta(minutes=5 * round(p.hours * 12))).strftime(
                        "%Y-%m-%d %H:%M")
            story_rng = random.Random(seed + 1)  # its own stream: the tasks above stay as they were
            _calls_for_rescues(store, story_rng, planned)
            store.tasks.insert_many([p.task for p in planned])
            task_members, task_vehicles = _turnouts(rng, planned, members, by_squad, vehicles, clock.attendance_from)
            roster.add_task_members(task_members)
            roster.add_task_vehicles(task_vehicles)
            _past_reviews(store, story_rng, planned, leaders, clock.attendance_from)
            store.database.set_setting("demo_as_of", planned[-1].task.departure[:10])
            store.tasks.index_pending()
        several = _workflow_examples(store, story_rng, planned, members, clock.now)
        with store.transaction():
            cases = _missing_person_cases(store, seed, planned, several, clock.now or dt.datetime.now())
            _squad_bases(store, seed)
        _demo_users(store, planned, leaders, squad_id)
        counts = {"tasks": store.tasks.total(), **store.roster.counts(), "cases": cases,
                  "years": {year: n for year, n in sorted(store.tasks.years())}}
    except BaseException:
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    store.close()
    return counts


# the demo's users (README): one of each role, all with the same password; the window signs in
# as the secretary by itself on a demo database (ui/users.py)
DEMO_PASSWORD = "wanzhong"
DEMO_ADMIN, DEMO_SECRETARY, DEMO_LEADER = "admin", "mishu", "duizhang"


def _demo_users(store: Store, planned: list["_Planned"], leaders: dict[str, Member], squad_id: dict[str, int]) -> None:
    """An administrator, a duty secretary, and the leader of a squad with a task waiting for its
    attendance (so that signing in as the leader shows what a leader may do)."""
    from wz_desktop.domain.roles import Role

    waiting = [p.squad_names[0] for p in planned[-LIVE_TASKS:]
               if p.task.status in (TaskStatus.RETURNED, TaskStatus.DISPATCHED)]
    squad = waiting[0] if waiting else next(iter(leaders))
    store.users.create(DEMO_ADMIN, "管理员 王磊", DEMO_PASSWORD, Role.ADMIN, actor=SYSTEM)
    store.users.create(DEMO_SECRETARY, SECRETARIES[0], DEMO_PASSWORD, Role.SECRETARY, actor=SYSTEM)
    store.users.create(DEMO_LEADER, f"{squad} {leaders[squad].name}", DEMO_PASSWORD, Role.LEADER,
                       squad_id=squad_id[squad], actor=SYSTEM)


CALLED_RESCUES = 200  # the latest rescue tasks come with the call and verification they began with
SECRETARIES = ("值班秘书 陈静", "值班秘书 刘伟", "值班秘书 赵敏")
SECRETARIAT = "秘书组 孙丽"
CALL_SOURCES_BY_KIND = {W: ("海上搜救中心", "海警", "110指挥中心", "群众", "家属"),
                        U: ("家属", "110指挥中心", "派出所", "家属"),
                        M: ("110指挥中心", "派出所", "消防", "家属")}
WAITING_CALLS = [  # (minutes ago, source, caller, phone, district, place, what happened, kind)
    (7, "家属", "于女士", "13942615870", "甘井子区", "泉水K2区", "82岁父亲早饭后出门未归，患阿尔茨海默症，穿灰色棉袄", U),
    (26, "110指挥中心", "值班民警", "0411-83632110", "中山区", "老虎滩渔人码头", "有人看到一名男子从码头落水", W),
    (49, "派出所", "李警官", "0411-86652110", "旅顺口区", "老铁山", "两名驴友下山迷路，手机电量不足", M),
]
VERIFIED_CALLS = [
    (95, "海上搜救中心", "值班员", "0411-82625000", "金州区", "金石滩东海岸", "一艘小渔船失去联系，船上两人", W),
    (130, "家属", "王先生", "13604093317", "沙河口区", "星海湾一带", "15岁儿子与家人争吵后离家，已两小时未联系上", U),
]
CLOSED_CALLS = [  # (minutes ago, result, note, source, caller, phone, district, place, what, kind)
    (300, "不实", "回拨求助人称为误会，无人落水", "群众", "路人", "15840912233", "西岗区", "滨海路北大桥下",
     "称看到有人在海边呼救", W),
    (420, "重复", "与上午海上搜救中心转来的同一警情", "海警", "值班员", "0411-82793000", "金州区", "金石滩东海岸",
     "渔船失联", W),
    (600, "已解除", "老人已自行回家，家属来电告知", "家属", "周女士", "13889507721", "甘井子区", "华北路",
     "母亲外出买菜未归", U),
]


def _calls_for_rescues(store: Store, rng: random.Random, planned: list["_Planned"]) -> None:
    """The call and verification each of the latest rescue tasks began with (接报 → 核实 → 出队)."""
    rescues = [p for p in planned if p.task.kind in CALL_SOURCES_BY_KIND and len(p.task.departure) > 10]
    for p in rescues[-CALLED_RESCUES:]:
        task = p.task
        departure = dt.datetime.strptime(task.departure, "%Y-%m-%d %H:%M")
        received = departure - dt.timedelta(minutes=rng.randint(12, 50))
        verified = received + dt.timedelta(minutes=rng.randint(3, 10))
        district = next((d for d in _districts_in(task.summary)), "")
        call = Call(received_at=received, source=rng.choice(CALL_SOURCES_BY_KIND[task.kind]),
                    caller_name=_person_name(rng)[0] + rng.choice(("先生", "女士")), caller_phone=_phone(rng),
                    district=district, place=task.summary[:14], description=task.summary, suggested_kind=task.kind,
                    logged_by=rng.choice(SECRETARIES))
        store.calls.log(call, Actor(call.logged_by), now=departure)
        store.calls.verify(call.id, Verification(call_id=call.id, result="属实", verified_by=call.logged_by,
                                                 method=rng.choice(VERIFY_METHODS), verified_at=verified), Actor(call.logged_by), now=departure)
        store.calls.mark_dispatched(call.id)
        task.call_id = call.id


def _districts_in(text: str) -> list[str]:
    return [d for d in DISTRICTS if d in text]


def _past_reviews(store: Store, rng: random.Random, planned: list["_Planned"], leaders: dict[str, Member],
                  attendance_from: dt.date = ATTENDANCE_FROM) -> None:
    """The review stages of the tasks with attendance: handed in by the leader, approved and archived
    by the secretariat a day or two after the return."""
    rows = []
    since = attendance_from.isoformat()
    for p in planned:
        task = p.task
        if task.departure < since or task.status not in (TaskStatus.ARCHIVED, TaskStatus.SUBMITTED):
            continue
        back = dt.datetime.strptime((task.returned_at or task.departure[:10] + " 23:00")[:16], "%Y-%m-%d %H:%M")
        handed = back + dt.timedelta(hours=rng.randint(2, 30))
        rows.append((task.id, "submitted", leaders[p.squad_names[0]].name, handed.strftime("%Y-%m-%d %H:%M:%S"), ""))
        if task.status is TaskStatus.ARCHIVED:
            approved = handed + dt.timedelta(hours=rng.randint(4, 48))
            rows.append((task.id, "approved", SECRETARIAT, approved.strftime("%Y-%m-%d %H:%M:%S"), ""))
            rows.append((task.id, "archived", SECRETARIAT,
                         (approved + dt.timedelta(minutes=rng.randint(1, 90))).strftime("%Y-%m-%d %H:%M:%S"), ""))
    store.flow.add_past_reviews(rows)


def _workflow_examples(store: Store, rng: random.Random, planned: list["_Planned"], members: list[Member],
                       now: dt.datetime | None = None) -> tuple[int | None, list[Task], set[int]]:
    """What the desk shows on a live night, through the same store functions as the forms: calls
    waiting for verification, calls verified and waiting for dispatch, calls closed without a task,
    a draft; a hand-in sent back; an archived task reopened and corrected; a search of several
    turn-outs linked into one case. Returned: that case's id and tasks, and the tasks whose story
    these examples tell (the missing-person cases leave them alone). The calls are timed from the
    moment the demo is built."""
    now = (now or dt.datetime.now()).replace(second=0, microsecond=0)

    def call_of(minutes, source, caller, phone, district, place, what, kind) -> Call:
        return Call(received_at=now - dt.timedelta(minutes=minutes), source=source, caller_name=caller,
                    caller_phone=phone, district=district, place=place, description=what, suggested_kind=kind,
                    logged_by=SECRETARIES[0])

    for entry in WAITING_CALLS:
        store.calls.log(call_of(*entry), Actor(SECRETARIES[0]), now=now)
    for entry in VERIFIED_CALLS:
        call = call_of(*entry)
        store.calls.log(call, Actor(call.logged_by), now=now)
        store.calls.verify(call.id, Verification(call_id=call.id, result="属实", verified_by=SECRETARIES[0],
                                                 method="回拨信息来源",
                                                 verified_at=now - dt.timedelta(minutes=entry[0] - 6)), Actor(call.logged_by), now=now)
    for minutes, result, note, *rest in CLOSED_CALLS:
        call = call_of(minutes, *rest)
        store.calls.log(call, Actor(call.logged_by), now=now)
        store.calls.verify(call.id, Verification(call_id=call.id, result=result, verified_by=SECRETARIES[1],
                                                 method="回拨信息来源", note=note,
                                                 verified_at=now - dt.timedelta(minutes=minutes - 8)), Actor(call.logged_by), now=now)
    store.calls.save_draft(Call(received_at=now - dt.timedelta(minutes=2), source="群众", caller_name="张",
                                caller_phone="1394", place="黑石礁", logged_by=SECRETARIES[0]))

    live = [p.task for p in planned if p.task.status is TaskStatus.SUBMITTED]
    if live:
        store.flow.send_back(live[0].id, "缺勤队员的时长应为 0，请核对后重新提交", Actor(SECRETARIAT))
    if len(live) > 1:
        store.flow.approve(live[1].id, Actor(SECRETARIAT))  # approved, waiting to be archived
    archived = [p.task for p in planned if p.task.status is TaskStatus.ARCHIVED and p.task.people_helped]
    touched = {t.id for t in live[:2]}
    if archived:
        task = archived[-1]
        touched.add(task.id)
        store.flow.reopen(task.id, "家属来电更正：获救人数多计一人", Actor(SECRETARIAT))
        store.flow.edit(task.id, {"people_helped": max(0, task.people_helped - 1)}, Actor(SECRETARIAT))
        store.flow.archive(task.id, Actor(SECRETARIAT))
    searches = [p.task for p in planned if p.task.kind is U and "走失" in p.task.summary and p.task.call_id]
    if len(searches) >= 3:
        first = searches[-3]
        case_id = store.flow.open_case(f"{first.departure[5:10].replace('-', '·')} {first.summary.split('，')[0][:16]}",
                             [t.id for t in searches[-3:]], Actor(SECRETARIAT),
                             notes="同一走失人员的连续搜寻（演示）")
        return case_id, searches[-3:], touched
    return None, [], touched


def _certifications(rng: random.Random, members: list[Member], by_squad: dict[str, list[Member]],
                    as_of: dt.date = DEMO_LAST_DAY) -> list[Certification]:
    squad_of = {id(m): name for name, ms in by_squad.items() for m in ms}
    certs = []
    soon = 0
    for member in members:
        squad = squad_of[id(member)]
        for name, years, home in CERTIFICATIONS:
            chance = 0.35 if home is None else (0.6 if home == squad else 0.03)
            if name == "红十字救护员证" and squad == "医疗救护分队":
                chance = 0.95
            if rng.random() >= chance:
                continue
            issued = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange((as_of - dt.date(2016, 1, 1)).days))
            expires = None
            if years is not None:
                expires = issued.replace(year=issued.year + years, day=min(issued.day, 28))
                # some run out within the next two months: the roster page warns about them
                if member.active and soon < 14 and rng.random() < 0.06:
                    expires = as_of + dt.timedelta(days=rng.randint(3, 60))
                    issued = expires.replace(year=expires.year - years)
                    soon += 1
            number = f"{rng.randrange(10 ** 9, 10 ** 10)}"
            certs.append(Certification(member_id=member.id, name=name, expires_on=expires and expires.isoformat(),
                              number=number, issued_on=issued.isoformat()))
    return certs


def _vehicles(rng: random.Random, members: list[Member]) -> list[Vehicle]:
    used: list[str] = []

    def plate() -> str:
        while True:
            if rng.random() < 0.2:  # new-energy plates have six characters
                text = "辽B" + rng.choice("DF") + f"{rng.randrange(10 ** 5):05d}"
            else:
                text = "辽B" + "".join(rng.choice(PLATE_LETTERS + "0123456789" * 2) for _ in range(5))
            if text not in used:
                used.append(text)
                return text

    vehicles = [Vehicle(plate=plate(), name=name, owner_kind="team", seats=seats) for name, seats in TEAM_VEHICLES]
    drivers = [m for m in members if m.active and m.role in ("队长", "副队长")]
    drivers += [m for m in members if m.active and m.role == "队员"]
    owners = rng.sample(drivers[:60], 12) + rng.sample(drivers[60:], 6)
    for owner in owners:
        name, seats = rng.choice(MEMBER_CARS)
        vehicles.append(Vehicle(plate=plate(), name=msg("{name}（{owner}私家车）", name=name, owner=owner.name), owner_kind="member",
                                owner_member_id=owner.id, seats=seats))
    return vehicles


def _turnouts(rng: random.Random, planned: list[_Planned], members: list[Member],
              by_squad: dict[str, list[Member]], vehicles: list[Vehicle],
              attendance_from: dt.date = ATTENDANCE_FROM) -> tuple[list[TaskMember], list[tuple]]:
    """Who went on each task of the last year: the squads' members first, then others; the leader
    leads. Present members make up the headcount; a few signed up and did not come."""
    since = attendance_from.isoformat()
    active = [m for m in members if m.active]
    car_of = {v.owner_member_id: v for v in vehicles if v.owner_kind == "member"}
    team_cars = [v for v in vehicles if v.owner_kind == "team"]
    entries, task_vehicles = [], []
    for p in planned:
        task = p.task
        if task.departure < since:
            continue
        pool: list[Member] = []
        for name in p.squad_names:
            pool += [m for m in by_squad[name] if m.active]
        rng.shuffle(pool)
        leader = by_squad[p.squad_names[0]][0]
        chosen = [leader] if leader.active else []
        chosen += [m for m in pool if m is not leader]
        chosen = chosen[:task.headcount]
        taken = {m.id for m in chosen}
        if len(chosen) < task.headcount:
            chosen += rng.sample([m for m in active if m.id not in taken], task.headcount - len(chosen))
            taken = {m.id for m in chosen}
        left = [m for m in pool if m.id not in taken]
        absent = rng.sample(left, min(len(left), rng.choice((0, 0, 1, 2))))
        absent_ids = {m.id for m in absent}
        reviewed = task.status in (TaskStatus.ARCHIVED, TaskStatus.SUBMITTED)
        hours = p.hours
        drivers = sorted(chosen, key=lambda m: (m.id not in car_of, rng.random()))[:task.vehicles]
        driver_ids = {m.id for m in drivers}
        for member in chosen + absent:
            attendance, worked = None, None
            if reviewed:
                if member.id in absent_ids:
                    attendance, worked = "缺勤", 0.0
                else:
                    attendance = rng.choices(("出勤", "迟到", "早退"), (0.9, 0.055, 0.045))[0]
                    base = hours if hours is not None else rng.uniform(*p.hours_range)
                    if attendance == "迟到":
                        base -= rng.uniform(0.5, 1.0)
                    elif attendance == "早退":
                        base -= rng.uniform(1.0, 2.5)
                    worked = max(0.5, round(base * 2) / 2)
            role = member.role if member.role in ("队长", "副队长") else "队员"
            entries.append(TaskMember(task_id=task.id, member_id=member.id, role=role, brings_car=member.id in driver_ids,
                                attendance=attendance, hours=worked))
        for driver in drivers:
            if driver.id in car_of:
                task_vehicles.append((task.id, car_of[driver.id].id, 1))
        needed = task.vehicles - sum(1 for d in drivers if d.id in car_of)
        for vehicle in rng.sample(team_cars, min(len(team_cars), max(0, min(needed, 3)))):
            task_vehicles.append((task.id, vehicle.id, 1))
    return entries, task_vehicles


# --- missing-person cases and the squads' bases (the map, the lost-person statistics) -----------

# places in each district (GCJ-02, the map's system) where a sighting or a base is plausible: the
# first is the district's town centre; a point is drawn around one and kept only where
# geo.district_of puts it in that district (on land, not at sea); tests/test_demo.py checks each
PLACES: dict[str, list[tuple[str, float, float]]] = {
    "中山区": [("青泥洼桥", 121.6380, 38.9170), ("人民路", 121.6460, 38.9215), ("桃源街道", 121.6530, 38.9050),
            ("老虎滩", 121.6740, 38.8730), ("劳动公园", 121.6330, 38.9130)],
    "西岗区": [("人民广场", 121.6160, 38.9150), ("香炉礁", 121.6300, 38.9300), ("八一路", 121.6100, 38.9120),
            ("北京街", 121.6210, 38.9230)],
    "沙河口区": [("西安路", 121.5910, 38.9160), ("星海广场", 121.5880, 38.8850), ("马栏", 121.5700, 38.9050),
             ("黑石礁", 121.5630, 38.8740), ("春柳", 121.5900, 38.9370)],
    "甘井子区": [("周水子", 121.5820, 38.9560), ("泉水", 121.6020, 38.9990), ("红旗镇", 121.5300, 38.9000),
             ("凌水", 121.5300, 38.8780), ("南关岭", 121.5550, 38.9860), ("华北路", 121.5860, 38.9550),
             ("营城子", 121.3700, 38.9700), ("革镇堡", 121.4900, 38.9620), ("软件园", 121.5260, 38.8860)],
    "旅顺口区": [("旅顺市区", 121.2620, 38.8170), ("水师营", 121.2900, 38.8500), ("龙王塘", 121.3900, 38.8250),
             ("铁山", 121.2000, 38.8000)],
    "金州区": [("金州老城", 121.7150, 39.0950), ("开发区", 121.8000, 39.0600), ("董家沟", 121.7500, 39.0300),
            ("大魏家", 121.7200, 39.2000), ("保税区", 121.9300, 39.0600)],
    "普兰店区": [("普兰店城区", 121.9700, 39.3950), ("皮口", 122.3400, 39.4200), ("城子坦", 122.5000, 39.5100)],
    "瓦房店市": [("瓦房店城区", 122.0000, 39.6300), ("复州城", 121.7200, 39.7500), ("长兴岛", 121.4500, 39.5800)],
    "庄河市": [("庄河城区", 122.9700, 39.6900), ("英那河", 123.0500, 39.7500)],
    "长海县": [("大长山岛", 122.5860, 39.2766), ("小长山岛", 122.6800, 39.2300), ("广鹿岛", 122.3600, 39.1900),
            ("獐子岛", 122.7350, 39.0280)],
}
# the demo's mountains and shores (demo.MOUNTAINS, demo.WATER_PLACES) on the map
MOUNTAIN_POINTS = {
    "城山": (122.70, 39.85), "老铁山": (121.14, 38.75), "横山": (121.31, 38.87), "南山": (121.634, 38.906),
    "大黑山": (121.83, 39.11), "小黑山": (121.77, 39.08), "步云山": (122.33, 39.75), "莲花山": (121.655, 38.885),
    "冰峪沟": (122.88, 40.05), "西郊森林公园": (121.44, 38.905), "白云山": (121.608, 38.890),
}
SHORE_POINTS = {
    "黑石礁": (121.563, 38.874), "星海湾": (121.585, 38.878), "棒棰岛": (121.705, 38.878), "老虎滩": (121.674, 38.872),
    "小平岛": (121.520, 38.830), "夏家河子": (121.500, 38.990), "夏家河子浴场": (121.497, 38.992),
    "金石滩": (122.010, 39.085), "付家庄海域": (121.625, 38.868), "龙王塘": (121.390, 38.823),
    "东港码头": (121.668, 38.928), "凌水河入海口": (121.530, 38.866), "马栏河": (121.575, 38.880),
}
# the areas of the summaries that are not one of the ten districts
AREA_DISTRICT = {"金普新区": "金州区", "高新园区": "甘井子区", "长兴岛经济区": "瓦房店市", "保税区": "金州区"}
# the specialist squads' bases (squads of 全市): a place of PLACES; 通讯保障分队 has none (not known yet)
SPECIALIST_BASES = {"水上救援分队": ("沙河口区", "星海广场"), "山地救援分队": ("甘井子区", "红旗镇"),
                    "机动分队": ("甘井子区", "周水子"), "医疗救护分队": ("西岗区", "人民广场"),
                    "无人机分队": ("甘井子区", "软件园")}
AREA_PLACE = {"金普新区": "开发区", "高新园区": "软件园", "长兴岛经济区": "长兴岛", "保税区": "保税区"}

# how many demo cases of each category (the team's proportions: dementia elderly the most)
CASE_QUOTAS = {"失智老人": 46, "其他": 5, "智力障碍": 12, "精神疾病": 8, "轻生倾向": 9, "儿童": 6,
               "离家出走青少年": 14, "登山徒步": 14, "垂钓赶海": 6}
# per category: distance from the last-seen point to where found (median km, log-normal sigma),
# hours from the last sighting to found (median, sigma), hours between the sighting and the turn-out
# (least, most), the outcomes' weights (找到平安 受伤找到 遇难 自行返回 未找到)
CASE_PROFILES: dict[str, tuple[float, float, float, float, tuple[float, float], tuple[int, ...]]] = {
    "失智老人": (0.8, 0.75, 6.0, 0.8, (1, 6), (80, 7, 3, 5, 5)),
    "智力障碍": (1.5, 0.85, 8.0, 0.8, (1, 6), (80, 5, 2, 8, 5)),
    "精神疾病": (2.0, 0.9, 12.0, 0.8, (2, 10), (75, 5, 5, 10, 5)),
    "轻生倾向": (1.5, 0.8, 10.0, 0.9, (1, 5), (60, 5, 25, 0, 10)),
    "儿童": (0.6, 0.75, 3.0, 0.7, (1, 4), (90, 3, 0, 7, 0)),
    "离家出走青少年": (3.0, 0.9, 24.0, 0.8, (4, 20), (65, 0, 0, 30, 5)),
    "登山徒步": (2.5, 0.6, 8.0, 0.6, (2, 8), (78, 15, 3, 2, 2)),
    "垂钓赶海": (0.7, 0.8, 6.0, 0.8, (0.5, 3), (50, 5, 35, 0, 10)),
    "其他": (1.2, 0.9, 8.0, 0.8, (1, 6), (75, 5, 5, 10, 5)),
}
CASE_OUTCOMES = ("找到平安", "受伤找到", "遇难", "自行返回", "未找到")
_FOUND_BY = {"找到平安": (("救援队", 45), ("警方", 20), ("群众", 25), ("家属", 10)),
             "受伤找到": (("救援队", 60), ("警方", 20), ("群众", 20)), "遇难": (("救援队", 55), ("警方", 45))}
_COMPATIBLE = {  # the task's remarks an outcome agrees with
    "找到平安": {"", "夜间搜寻", "已找到，移交家属", "已找到，人员安全", "已找到", "人员安全下山", "夜间搜救，凌晨结束",
             "家属自行找到，途中取消"},
    "未找到": {"", "夜间搜寻", "未找到，移交派出所继续", "未找到，移交海警继续"},
    "遇难": {"", "夜间搜寻", "遗体已打捞，移交公安", "夜间搜救，凌晨结束"},
    "自行返回": {"", "夜间搜寻", "任务取消，人员已自行上岸"},
}
_COMPATIBLE["受伤找到"] = _COMPATIBLE["找到平安"] - {"家属自行找到，途中取消"}
_TEN = ("甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸")
_CLOTHES = ("深蓝色羽绒服", "灰色棉袄", "黑色夹克", "红色上衣", "白色运动服", "格子衬衫", "军绿色外套", "校服")
_CONDITIONS = {"失智老人": "阿尔茨海默", "智力障碍": "智力障碍", "精神疾病": "精神疾病", "轻生倾向": "情绪低落"}


def _case_categories(task: Task) -> tuple[str, ...]:
    """The categories a demo task's summary fits (a missing-person search), () for any other task."""
    text = task.summary
    if task.kind is U:
        if "老人" in text and ("走失" in text or "未归" in text):
            return ("失智老人", "其他") if "阿尔茨海默" not in text else ("失智老人",)
        if "智力障碍人员走失" in text:
            return ("智力障碍",)
        if "情绪失控离家" in text:
            return ("精神疾病", "轻生倾向")
        if "学生" in text and ("离家出走" in text or "未归" in text):
            age = _age_in(text)
            return ("儿童",) if age is not None and age < 14 else ("离家出走青少年",)
    if task.kind is M and any(w in text for w in ("失联", "被困山中", "迷路被困", "人被困")):
        return ("登山徒步",)
    if task.kind is W and "落水失踪" in text and any(text.startswith(p) for p in SHORE_POINTS):
        return ("垂钓赶海",)
    return ()


def _age_in(text: str) -> int | None:
    digits = ""
    for ch in text:
        if ch.isdigit():
            digits += ch
        elif digits:
            return int(digits) if text[text.index(digits) + len(digits):].startswith("岁") else None
    return None


def _district_in(text: str) -> str | None:
    """The district (one of the ten, as the map has them) a demo summary is in."""
    for name in list(DISTRICT_WEIGHTS):
        if text.startswith(name):
            return AREA_DISTRICT.get(name, name)
    for places, table in ((MOUNTAINS, MOUNTAINS), (WATER_PLACES, WATER_PLACES)):
        for place in places:
            if text.startswith(place):
                return AREA_DISTRICT.get(table[place], table[place])
    return None


def _offset(start: "geo.Point", distance_m: float, bearing_deg: float) -> "geo.Point":
    """The point ``distance_m`` metres from ``start`` on the bearing (degrees from north): a flat
    offset, close enough over the demo's distances (tens of kilometres at most)."""
    theta = math.radians(bearing_deg)
    dlat = distance_m * math.cos(theta) / geo.EARTH_RADIUS_M
    dlon = distance_m * math.sin(theta) / (geo.EARTH_RADIUS_M * math.cos(math.radians(start.lat)))
    return geo.Point(start.lon + math.degrees(dlon), start.lat + math.degrees(dlat), start.system)


def _near(rng: random.Random, district: str, lon: float, lat: float, radius_m: float,
          tries: int = 30) -> "geo.Point":
    """A point up to ``radius_m`` from (lon, lat) that geo.district_of puts in ``district``."""
    centre = geo.Point(lon, lat, geo.GCJ02)
    for _ in range(tries):
        point = _offset(centre, radius_m * math.sqrt(rng.random()), rng.uniform(0, 360))
        found = geo.district_of(point)
        if found is not None and found.name == district:
            return point
    return centre


def _last_seen(rng: random.Random, task: Task, district: str) -> tuple[str, "geo.Point"]:
    """Where a demo case's person was last seen: the mountain or shore its summary names, else a
    place of its district."""
    for table, radius in ((MOUNTAIN_POINTS, 900.0), (SHORE_POINTS, 500.0)):
        for place, (lon, lat) in table.items():
            if task.summary.startswith(place):
                return place, _near(rng, district, lon, lat, radius)
    area = next((a for a in AREA_PLACE if task.summary.startswith(a)), None)
    places = PLACES[district]
    if area is not None:
        place = next(p for p in places if p[0] == AREA_PLACE[area])
    else:
        place = rng.choice(places)
    return place[0] + "附近", _near(rng, district, place[1], place[2], 1200.0)


def _found_point(rng: random.Random, category: str, seen: "geo.Point") -> "geo.Point | None":
    """Where a demo case's person was found: at a distance drawn from the category's (log-normal),
    on land; the despondent and the anglers near the shore (a step further is the sea)."""
    median_km, sigma = CASE_PROFILES[category][:2]
    near_water = category in ("轻生倾向", "垂钓赶海")
    fallback = None
    for _ in range(40):
        distance = min(25_000.0, median_km * 1000 * math.exp(rng.gauss(0.0, sigma)))
        point = _offset(seen, distance, rng.uniform(0, 360))
        if geo.district_of(point) is None:
            continue
        if not near_water:
            return point
        fallback = fallback or point
        if any(geo.district_of(_offset(point, 400.0, bearing)) is None for bearing in range(0, 360, 45)):
            return point
    return fallback


def _place_near(point: "geo.Point") -> str:
    """How a found point is written: its district and the nearest demo place (中山区老虎滩一带)."""
    district = geo.district_of(point)
    named = [(name, lon, lat) for places in PLACES.values() for name, lon, lat in places]
    named += [(name, lon, lat) for table in (MOUNTAIN_POINTS, SHORE_POINTS) for name, (lon, lat) in table.items()]
    name, _, _ = min(named, key=lambda p: (p[1] - point.lon) ** 2 + (p[2] - point.lat) ** 2)
    return (district.name if district else "") + name + "一带"


def _moment_text(moment: dt.datetime) -> str:
    return moment.replace(minute=moment.minute - moment.minute % 5).strftime("%Y-%m-%d %H:%M")


def _demo_person(rng: random.Random, number: int, category: str, tasks: list[Task], outcome: str | None,
                 now: dt.datetime) -> "MissingPerson":
    """A demo case's person: an obviously made-up name (王某甲), the category's age, the last
    sighting before the first turn-out, the result after it (outcome None: still searching)."""
    first = tasks[0]
    district = _district_in(first.summary) or "中山区"
    median_km, sigma, hours_median, hours_sigma, lead, _ = CASE_PROFILES[category]
    age = _age_in(first.summary) if category in ("失智老人", "其他", "儿童", "离家出走青少年") else None
    female = "女子" in first.summary or rng.random() < {"登山徒步": 0.3, "垂钓赶海": 0.1}.get(category, 0.45)
    if age is None:
        age = {"智力障碍": rng.randint(14, 45), "精神疾病": rng.randint(22, 60), "轻生倾向": rng.randint(18, 66),
               "登山徒步": rng.randint(22, 64), "垂钓赶海": rng.randint(35, 72)}.get(category, rng.randint(30, 70))
    name = rng.choice(SURNAMES) + "某" + _TEN[number % 10]
    departure = dt.datetime.strptime(first.departure, "%Y-%m-%d %H:%M")
    seen_at = departure - dt.timedelta(minutes=5 * round(rng.uniform(*lead) * 12))
    place, seen = _last_seen(rng, first, district)
    clothes = _CLOTHES if age < 18 else _CLOTHES[:-1]  # 校服 only for the young
    description = case_rules.description_of(str(rng.randrange(120 if age < 14 else 150, 185, 5)),
                                            rng.choice(clothes), _CONDITIONS.get(category, ""))
    person = MissingPerson(name=name, sex="女" if female else "男", age=age, category=category,
                           description=description, family_phone=f"1390000{number:04d}",
                           last_seen_at=_moment_text(seen_at), last_seen_place=place,
                           last_seen=seen if rng.random() < 0.9 else None)
    if outcome is None:
        return person
    hours = hours_median * math.exp(rng.gauss(0.0, hours_sigma))
    found_at = seen_at + dt.timedelta(hours=hours)
    remarks = {t.remarks for t in tasks}
    found_by = "本人" if outcome == "自行返回" else ""
    if outcome in _FOUND_BY:
        found_by = "家属" if "家属自行找到，途中取消" in remarks else _pick(rng, _FOUND_BY[outcome])
        if found_by == "救援队" and found_at < departure + dt.timedelta(minutes=30):
            found_at = departure + dt.timedelta(minutes=rng.randint(30, 300))
    if outcome == "未找到":
        return dataclass_replace(person, outcome=outcome)
    if found_at > now:
        return person  # would be found after now: still searching
    found = _found_point(rng, category, seen) if outcome in case_rules.FOUND_OUTCOMES else None
    if found is not None and rng.random() < 0.1:
        found = None  # where they were found was not noted
    found_place = _place_near(found) if found is not None else ""
    return dataclass_replace(person, outcome=outcome, found_by=found_by, found_at=_moment_text(found_at),
                             found=found, found_place=found_place if outcome != "自行返回" else "")


def _missing_person_cases(store: Store, seed: int, planned: list["_Planned"],
                          several: tuple[int | None, list[Task], set[int]], now: dt.datetime) -> int:
    """About 120 missing-person cases (CASE_QUOTAS) on the demo's searches, each linked to its
    turn-out; the searches still going on (the live tasks, the linked case of _workflow_examples)
    open. Their own random stream: the rest of the demo stays as it was. Returns how many."""
    rng = random.Random(seed + 2)
    actor = Actor(SECRETARIAT)
    live = {id(p.task) for p in planned[-LIVE_TASKS:]}
    pools: dict[str, list[Task]] = {category: [] for category in CASE_QUOTAS}
    open_tasks = []
    case_of_several, several_tasks, touched = several
    taken = {t.id for t in several_tasks} | touched
    for p in planned:
        task = p.task
        categories = _case_categories(task)
        if not categories or len(task.departure) <= 10 or task.id in taken:
            continue
        if id(task) in live:
            open_tasks.append(task)
        else:
            for category in categories:
                pools[category].append(task)
    used: set[int] = set()
    made = []  # (task, category, outcome)
    for category, quota in CASE_QUOTAS.items():
        weights = CASE_PROFILES[category][5]
        for _ in range(quota):
            outcome = rng.choices(CASE_OUTCOMES, weights)[0]
            free = [t for t in pools[category] if t.id not in used]
            fitting = [t for t in free if t.remarks in _COMPATIBLE[outcome]] or free
            if not fitting:
                break
            task = rng.choice(fitting)
            used.add(task.id)
            made.append(([task], category, outcome))
    made.sort(key=lambda entry: entry[0][0].departure)
    made += [([task], _case_categories(task)[0], None) for task in open_tasks]
    for number, (tasks, category, outcome) in enumerate(made):
        person = _demo_person(rng, number, category, tasks, outcome, now)
        store.cases.open(person, actor, task_ids=[t.id for t in tasks], link=store.flow.link_to_case, now=now)
    if case_of_several is not None and _case_categories(several_tasks[0]):  # the search of several turn-outs
        person = _demo_person(rng, len(made), _case_categories(several_tasks[0])[0], several_tasks, None, now)
        store.cases.add_person(case_of_several, person, actor, now=now)
        made.append((several_tasks, person.category, None))
    return len(made)


def _squad_bases(store: Store, seed: int) -> None:
    """Each squad's base: near its district's town centre (or the place its area names); the
    specialist squads' in the city; 通讯保障分队's not known (the map says so)."""
    rng = random.Random(seed + 3)
    for squad in store.roster.squads():
        if squad.name in SPECIALIST_BASES:
            district, name = SPECIALIST_BASES[squad.name]
        elif squad.district in PLACES or squad.district in AREA_DISTRICT:
            district = AREA_DISTRICT.get(squad.district, squad.district)
            name = AREA_PLACE.get(squad.district, PLACES[district][0][0])
        else:
            continue
        _, lon, lat = next(p for p in PLACES[district] if p[0] == name)
        store.cases.set_squad_base(squad.id, _near(rng, district, lon, lat, 400.0), SYSTEM)


# --- many tasks, fast, for benchmarks ----------------------------------------------------------

_POOL_SIZE = 400


def _synthetic_pools(rng: random.Random) -> dict:
    """Ready-made rows per (kind, month): summary, remarks, squads, hour profile. Drawn once, picked from
    many times, so that a million tasks take seconds, not minutes."""
    pools: dict[tuple[TaskKind, int], list[tuple[str, str, str, str]]] = {}
    for kind in KIND_ORDER:
        for month in range(1, 13):
            rows = []
            for _ in range(_POOL_SIZE):
                year = rng.choice((2020, 2021, 2022))
                template = _template_for(kind, year, month, rng)
                summary, district = _fill(template, rng, month)
                squads = _squads_for(template, district, _headcount(template.size, rng), rng)
                rows.append((summary, _remarks(template, rng), "、".join(squads), template.hours, template.size))
            pools[(kind, month)] = rows
    sizes = {}
    for kind in KIND_ORDER:
        templates = TEMPLATES_BY_KIND[kind]
        drawn = rng.choices(templates, [t.weight for t in templates], k=_POOL_SIZE)
        sizes[kind] = [(h, _vehicle_trips(kind, h, rng)) for h in (_headcount(t.size, rng) for t in drawn)]
    return {"rows": pools, "sizes": sizes}


def _synthetic_pattern(year: int) -> dict[TaskKind, tuple[int, ...]]:
    """Tasks a month by kind: the workbooks' own for 2020-2022; other years like 2021 without epidemic duty."""
    if year in (2020, 2021, 2022):
        return MONTHLY[year]
    return {**MONTHLY[2021], E: (0,) * 12}


def synthetic_tasks(n: int, seed: int, *, years: Sequence[int] | None = None) -> Iterator[Task]:
    """``n`` archived tasks over ``years`` (default 2010-2025), year by year in order of departure,
    with the kinds, seasons, hours, summaries and squads of the demo. Event numbers WZ2015-00001.

    Fast (a million in well under a minute) and deterministic for a seed.
    """
    rng = random.Random(seed)
    years = list(years) if years else list(range(2010, 2026))
    pools = _synthetic_pools(rng)
    rows, sizes = pools["rows"], pools["sizes"]
    share, extra = divmod(n, len(years))
    month_days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    for index, year in enumerate(years):
        count = share + (1 if index < extra else 0)
        if count == 0:
            continue
        table = _synthetic_pattern(year)
        cells = [(kind, month) for kind in KIND_ORDER for month in range(1, 13)]
        cum = _cumulate([table[kind][month - 1] for kind, month in cells])
        picks = rng.choices(cells, cum_weights=cum, k=count)
        days_in = month_days[:]
        if year % 4 == 0 and (year % 100 or year % 400 == 0):
            days_in[1] = 29
        drafts = []
        random_ = rng.random
        randrange = rng.randrange
        for kind, month in picks:
            summary, remarks, squads, hours, _ = rows[(kind, month)][randrange(_POOL_SIZE)]
            day = randrange(days_in[month - 1]) + 1
            if random_() < 0.034:
                departure = f"{year:04d}-{month:02d}-{day:02d}"
            else:
                hour_cum = _HOUR_CUM[hours]
                hour = min(23, bisect.bisect_right(hour_cum, random_() * hour_cum[-1]))
                departure = f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{randrange(12) * 5:02d}"
            headcount, trips = sizes[kind][randrange(_POOL_SIZE)]
            drafts.append((departure, kind, summary, remarks, squads, headcount, trips))
        drafts.sort(key=lambda d: d[0])
        width = max(4, len(str(count)))
        archived, demo = TaskStatus.ARCHIVED, Origin.DEMO
        for seq, (departure, kind, summary, remarks, squads, headcount, trips) in enumerate(drafts, 1):
            yield Task(kind=kind, summary=summary, event_no=f"WZ{year}-{seq:0{width}d}", departure=departure,
                       year=year, headcount=headcount, vehicles=trips, squads=squads, remarks=remarks,
                       status=archived, origin=demo)
