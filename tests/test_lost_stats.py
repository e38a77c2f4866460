"""The lost-person statistics (domain/lost_stats.py) checked against independent computations:
numpy's and the standard library's percentiles, counts made here by hand; the small-sample
warnings, empty input, and the rings' sentence."""
from __future__ import annotations

import random
import statistics

import numpy as np
import pytest

from wz_desktop.domain import lost_stats as L
from wz_desktop.domain.cases import CATEGORIES, FOUND_OUTCOMES, Finding
from wz_desktop.domain.text import render


def finding(case_id: int, category: str = "失智老人", outcome: str = "找到平安", distance: float | None = 500.0,
            hours: float | None = 3.0, found_by: str = "救援队") -> Finding:
    return Finding(case_id=case_id, category=category, outcome=outcome, distance_m=distance, hours_to_find=hours,
                   found_by=found_by)


def synthetic(seed: int = 7, count: int = 300) -> list[Finding]:
    """Cases of every category and outcome, with points and times sometimes missing."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        category = rng.choice(CATEGORIES)
        outcome = rng.choice(["找到平安"] * 6 + ["受伤找到", "遇难", "自行返回", "未找到", ""])
        found = outcome in FOUND_OUTCOMES
        distance = rng.lognormvariate(7, 1.2) if found and rng.random() < 0.8 else None
        resolved = found or outcome == "自行返回"
        hours = rng.expovariate(1 / 20) if resolved and rng.random() < 0.9 else None
        who = rng.choice(["救援队", "警方", "家属", "群众", ""]) if found else ""
        out.append(Finding(case_id=i + 1, category=category, outcome=outcome, distance_m=distance,
                           hours_to_find=hours, found_by=who))
    return out


@pytest.mark.parametrize("n", [1, 2, 3, 5, 7, 19, 20, 101])
def test_percentile_is_numpy_linear_and_statistics_inclusive(n):
    rng = random.Random(n)
    values = [rng.uniform(0, 5000) for _ in range(n)]
    for p in (0, 5, 25, 50, 75, 95, 100):
        ours = L.percentile(values, p)
        assert ours == pytest.approx(float(np.percentile(values, p, method="linear")), rel=1e-12, abs=1e-9)
    if n >= 2:  # the standard library's 99 cut points, definition 7 ("inclusive")
        cuts = statistics.quantiles(values, n=100, method="inclusive")
        for p in L.PERCENTS:
            assert L.percentile(values, p) == pytest.approx(cuts[p - 1], rel=1e-12)


def test_percentile_by_hand():
    # rank (4-1)*0.25 = 0.75 → 10 + 0.75*(20-10); the median of 10 20 30 40 is 25; 95 %: rank 2.85
    assert L.percentile([40, 10, 30, 20], 25) == 17.5
    assert L.percentile([40, 10, 30, 20], 50) == 25
    assert L.percentile([40, 10, 30, 20], 95) == pytest.approx(30 + 0.85 * 10)
    assert L.percentile([7.0], 95) == 7.0
    with pytest.raises(ValueError):
        L.percentile([], 50)


def test_every_figure_against_counts_made_here():
    findings = synthetic()
    stats = L.lost_stats(findings)
    assert stats.total.cases == len(findings)
    assert [row.category for row in stats.categories] == [c for c in CATEGORIES if any(f.category == c for f in findings)]
    for row in stats.rows:
        mine = [f for f in findings if row.category == L.ALL or f.category == row.category]
        found = [f for f in mine if f.outcome in ("找到平安", "受伤找到", "遇难")]
        assert row.cases == len(mine)
        assert row.found == len(found)
        distances = [f.distance_m for f in found if f.distance_m is not None]
        hours = [f.hours_to_find for f in mine if f.hours_to_find is not None]
        assert row.distance.cases == len(distances)
        assert row.hours.cases == len(hours)
        if len(distances) >= 5:
            assert row.distance.values == pytest.approx(tuple(np.percentile(distances, [25, 50, 75, 95])))
        else:
            assert row.distance.values == ()
        if len(hours) >= 5:
            assert row.hours.values == pytest.approx(tuple(np.percentile(hours, [25, 50, 75, 95])))
        # outcome by time: each case in exactly one bucket, by the hours counted here
        expected: dict[str, int] = {}
        for f in mine:
            if not f.outcome:
                key = "仍在搜寻"
            elif f.outcome == "未找到":
                key = "未找到"
            elif f.hours_to_find is None:
                key = "用时不明"
            elif f.hours_to_find <= 6:
                key = "6 小时内"
            elif f.hours_to_find <= 24:
                key = "6–24 小时"
            elif f.hours_to_find <= 72:
                key = "1–3 天"
            else:
                key = "3 天以上"
            expected[key] = expected.get(key, 0) + 1
        assert {str(b): row.bucket_total(b) for b in row.by_time} == expected
        assert sum(sum(o.values()) for o in row.by_time.values()) == row.cases
        safe_fast = sum(1 for f in mine if f.outcome == "找到平安" and f.hours_to_find is not None
                        and f.hours_to_find <= 6)
        assert row.by_time.get("6 小时内", {}).get("找到平安", 0) == safe_fast
        # who found them: the found cases only, the unrecorded apart
        by_hand = {}
        for f in found:
            by_hand[f.found_by or "未记录"] = by_hand.get(f.found_by or "未记录", 0) + 1
        assert {str(k): v for k, v in row.found_by.items()} == by_hand


def test_bucket_edges_are_inclusive_above():
    cases = [finding(1, hours=6.0), finding(2, hours=6.01), finding(3, hours=24.0), finding(4, hours=72.0),
             finding(5, hours=72.5), finding(6, outcome="自行返回", distance=None, hours=0.5),
             finding(7, outcome="未找到", distance=None, hours=None), finding(8, outcome="", distance=None, hours=None),
             finding(9, hours=None)]
    assert [str(L.time_bucket(f)) for f in cases] == [
        "6 小时内", "6–24 小时", "6–24 小时", "1–3 天", "3 天以上", "6 小时内", "未找到", "仍在搜寻", "用时不明"]


def test_small_samples_warn_and_give_no_percents_under_five():
    four = L.spread([100, 200, 300, 400])
    assert four.cases == 4 and four.values == () and four.median is None
    assert "不足 5 例" in four.warning
    five = L.spread([100, 200, 300, 400, 500])
    assert five.median == 300 and "仅供参考" in five.warning
    nineteen = L.spread(range(19))
    assert "仅供参考" in nineteen.warning and nineteen.at(95) == pytest.approx(17.1)
    twenty = L.spread(range(20))
    assert twenty.warning == "" and twenty.values


def test_empty_input():
    stats = L.lost_stats([])
    assert stats.categories == [] and stats.total.cases == 0 and stats.total.found == 0
    assert stats.total.distance.values == () and stats.total.distance.cases == 0
    assert stats.total.by_time == {} and stats.total.found_by == {}
    assert "只有 0 例" in stats.total.warning
    ring_list, sentence = L.rings([], "失智老人")
    assert ring_list == []
    assert "不画搜索圈" in sentence and "0 例" in sentence


def test_rings_of_the_category_with_the_count_and_the_warning():
    distances = [100.0 * (i + 1) for i in range(37)]  # 100 m … 3.7 km
    findings = [finding(i, distance=d) for i, d in enumerate(distances)]
    findings += [finding(100 + i, category="登山徒步", distance=9000.0) for i in range(10)]
    findings += [finding(200, outcome="未找到", distance=None, hours=None)]  # not found: no distance
    ring_list, sentence = L.rings(findings, "失智老人")
    assert [r.percent for r in ring_list] == [25, 50, 75, 95]
    assert [r.radius_m for r in ring_list] == pytest.approx(list(np.percentile(distances, [25, 50, 75, 95])))
    assert all(r.cases == 37 for r in ring_list)
    assert sentence == "37 例有已知地点的失智老人案件中，一半在距最后出现地点 1.9 公里以内找到，95% 在 3.5 公里以内。"
    assert "仅供参考" not in sentence

    # 10 hikers: their own rings, with the warning
    ring_list, sentence = L.rings(findings, "登山徒步")
    assert [r.radius_m for r in ring_list] == [9000.0] * 4
    assert sentence.startswith("10 例有已知地点的登山徒步案件中") and sentence.endswith("（仅 10 例，仅供参考）")


def test_rings_fall_back_to_all_categories_and_say_so():
    findings = [finding(i, distance=200.0 + 10 * i) for i in range(8)] + [finding(50, category="儿童", distance=900.0)]
    ring_list, sentence = L.rings(findings, "儿童")
    assert all(r.cases == 9 for r in ring_list)
    assert ring_list[1].radius_m == pytest.approx(float(np.percentile([200.0 + 10 * i for i in range(8)] + [900.0], 50)))
    assert "儿童案件只有 1 例" in sentence and "改用全部类别的 9 例" in sentence and "仅供参考" in sentence
    # nothing at all in the category: still the fallback, said
    ring_list, sentence = L.rings(findings, "垂钓赶海")
    assert len(ring_list) == 4 and "垂钓赶海案件只有 0 例" in sentence


def test_no_rings_when_too_few_anywhere():
    findings = [finding(i) for i in range(4)]
    ring_list, sentence = L.rings(findings, "失智老人")
    assert ring_list == []
    assert sentence == "有已知地点的案件只有 4 例（失智老人 4 例），不足 5 例，不画搜索圈。"


def test_the_sentence_translates_whole():
    findings = [finding(i, distance=1200.0) for i in range(6)]
    _, sentence = L.rings(findings, "失智老人")
    english = {
        "{cases} 例有已知地点的{category}案件中，一半在距最后出现地点 {half}以内找到，95% 在 {most}以内。":
            "Of {cases} {category} cases with known points, half were found within {half} of the last-seen point, "
            "95% within {most}.",
        "{km:.1f} 公里": "{km:.1f} km", "{sentence}（仅 {cases} 例，仅供参考）": "{sentence} (only {cases} cases: for reference only)",
    }

    def translate(context, source):
        return "dementia" if (context, source) == ("Vocabulary", "失智老人") else english.get(source, source)

    assert render(sentence, translate) == ("Of 6 dementia cases with known points, half were found within 1.2 km of "
                                           "the last-seen point, 95% within 1.2 km. (only 6 cases: for reference only)")


def test_distance_and_time_words():
    assert L.distance_text(843) == "840 米"
    assert L.distance_text(994) == "990 米"
    assert L.distance_text(1234) == "1.2 公里"
    assert L.hours_text(0.75) == "45 分钟"
    assert L.hours_text(5.5) == "5.5 小时"
    assert L.hours_text(60) == "2.5 天"
