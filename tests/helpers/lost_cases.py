"""Missing-person cases for the statistics' tests (the 走失统计 tab, the report's page), opened
through the use case on a real database: what each case is, kept here so that a test can compute
the expected figures from them on its own."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wz_desktop.domain import geo
from wz_desktop.domain.cases import MissingPerson
from wz_desktop.services import cases
from wz_desktop.services.session import SYSTEM_SESSION

SEEN = geo.Point(121.5600, 38.9500, geo.GCJ02)  # 甘井子区: every case's last-seen point
FOUND = ("找到平安", "受伤找到", "遇难")


@dataclass
class Made:
    category: str
    year: int
    outcome: str
    found: geo.Point | None
    hours: float | None


def north(metres: float) -> geo.Point:
    """A point ``metres`` north of SEEN (a degree of latitude is about 111 km)."""
    return geo.Point(SEEN.lon, SEEN.lat + metres / 111_195, geo.GCJ02)


def open_cases(store, made: list[Made]) -> None:
    """One case per ``Made``, last seen on 1 March of its year plus a day per case, 08:00."""
    for i, m in enumerate(made):
        seen_at = dt.datetime(m.year, 3, 1, 8, 0) + dt.timedelta(days=i)
        found_at = "" if m.hours is None else (seen_at + dt.timedelta(hours=m.hours)).strftime("%Y-%m-%d %H:%M")
        person = MissingPerson(name=f"测试{i}", category=m.category, last_seen_at=seen_at.strftime("%Y-%m-%d %H:%M"),
                               last_seen=SEEN, outcome=m.outcome, found=m.found, found_at=found_at,
                               found_by="救援队" if m.found is not None else "")
        cases.open_case(store, SYSTEM_SESSION, person)


def the_cases() -> list[Made]:
    made = []
    # 23 dementia cases found in 2024 at 150 m … 3.45 km, after 1 … 45 hours
    made += [Made("失智老人", 2024, "找到平安", north(150 * (i + 1)), 1.0 + 2 * i) for i in range(23)]
    made += [Made("失智老人", 2024, "遇难", north(5000), 80.0)]
    made += [Made("失智老人", 2024, "未找到", None, None), Made("失智老人", 2024, "", None, None)]
    # 6 hikers found farther (some only in 2023), and 2 children (too few for percents)
    made += [Made("登山徒步", 2023 if i < 2 else 2024, "受伤找到", north(2000 + 700 * i), 10.0 + 5 * i) for i in range(6)]
    made += [Made("儿童", 2024, "找到平安", north(300), 2.0), Made("儿童", 2024, "自行返回", None, 5.0)]
    return made
