"""The report's page 九、走失人员统计: on a real database with missing-person cases opened through
the use case, the PDF's text (pdftotext) holds the counts and percentiles computed here from the
cases made (numpy), the warnings where too few, only the cases last seen in the report's period;
a period without cases says so."""
from __future__ import annotations

import re

import numpy as np
import pytest

from helpers.lost_cases import FOUND, SEEN, Made, north, open_cases, the_cases
from test_report import MADE_AT, pdf_text, row
from wz_desktop.domain import geo
from wz_desktop.domain import lost_stats as L
from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.records import Task
from wz_desktop.report import build_report


def add_tasks(store, years) -> None:
    """A task in each year: a report needs one."""
    with store.transaction():
        store.tasks.insert_many([Task(kind=TaskKind.URBAN, summary="老人走失搜寻", departure=f"{year}-03-02 10:00",
                                      year=year, headcount=6, vehicles=1) for year in years])


@pytest.fixture
def made(store):
    add_tasks(store, (2023, 2024, 2025))
    made = the_cases()
    open_cases(store, made)
    return made


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_yearly_report_has_the_lost_person_statistics_of_its_year(store, made, qapp, tmp_path):
    result = build_report(store, tmp_path / "2024.pdf", 2024, made_at=MADE_AT)
    text = pdf_text(result.path)
    assert "九、走失人员统计" in text
    mine = [m for m in made if m.year == 2024]  # the 2023 hikers are not in the 2024 report
    found = [m for m in mine if m.outcome in FOUND]
    assert f"本期最后出现的走失人员案件{len(mine)}例，已找到{len(found)}例" in flat(text)
    assert (len(mine), len(found)) == (32, 29)
    for category in ("失智老人", "儿童", "登山徒步", None):
        cases = [m for m in mine if category is None or m.category == category]
        done = [m for m in cases if m.outcome in FOUND]
        distances = [geo.distance_m(SEEN, m.found) for m in done if m.found is not None]
        hours = [m.hours for m in cases if m.hours is not None]
        name = category or "全部类别"
        if len(distances) >= 5:
            quantiles = [str(L.distance_text(v)) for v in np.percentile(distances, [25, 50, 75, 95])]
        else:
            quantiles = ["—"] * 4
        warning = "" if len(distances) >= 20 else (
            f"仅 {len(distances)} 例，仅供参考" if len(distances) >= 5 else f"只有 {len(distances)} 例，不足 5 例，不计算")
        assert row(name, len(cases), len(done), len(distances), *quantiles, *([warning] if warning else [])).search(text), name
        if len(hours) >= 5:
            times = [str(L.hours_text(v)) for v in np.percentile(hours, [25, 50, 75, 95])]
            assert re.search(r"\s+".join(re.escape(c) for c in [name, str(len(hours)), *times]), text), name
    # 4 hikers in 2024: too few for percents, said
    assert row("登山徒步", 4, 4, 4, "—", "—", "—", "—", "只有 4 例，不足 5 例，不计算").search(text)
    # outcome by time: the bucket rows add up to the cases, counted here
    fast_safe = sum(1 for m in mine if m.outcome == "找到平安" and m.hours is not None and m.hours <= 6)
    assert re.search(rf"6 小时内\s+{fast_safe}\s", text)
    assert re.search(rf"合计\s+(\d+\s+)+{len(mine)}\s", text)
    assert f"找到者（已找到的{len(found)}例）：救援队{len(found)}" in flat(text)
    # beside the year, every case up to its end (the figures the rings use): the 2023 hikers too
    assert f"历年累计：距最后出现地点的距离（截至2024-12-31，共{len(made)}例）" in flat(text)
    hikers = [geo.distance_m(SEEN, m.found) for m in made if m.category == "登山徒步"]
    assert len(hikers) == 6
    assert row("登山徒步", 6, 6, 6, *[str(L.distance_text(v)) for v in np.percentile(hikers, [25, 50, 75, 95])],
               "仅 6 例，仅供参考").search(text)


def test_a_period_without_cases_says_so(store, made, qapp, tmp_path):
    result = build_report(store, tmp_path / "2025.pdf", 2025, made_at=MADE_AT)
    text = pdf_text(result.path)
    assert "九、走失人员统计" in text
    assert "本期没有最后出现时间在本期内的走失人员案件。" in text
    assert "历年累计" not in text  # nothing of the period: no table of the years before either


def test_a_month_counts_only_its_cases(store, made, qapp, tmp_path):
    open_cases(store, [Made("垂钓赶海", 2025, "找到平安", north(400), 1.5)])  # seen 2025-03-01 08:00
    result = build_report(store, tmp_path / "2025-03.pdf", 2025, 3, made_at=MADE_AT)
    text = pdf_text(result.path)
    assert "本期最后出现的走失人员案件1例，已找到1例" in flat(text)
    assert row("垂钓赶海", 1, 1, 1, "—", "—", "—", "—", "只有 1 例，不足 5 例，不计算").search(text)
