"""The district of a task, from what the database already holds: the district written on its call
(the call form's 区域), else the district its summary names. Plain Python (no Qt, no SQL).

The rule, in order (``district_of_task``):

1. the call's district, where it is one of the ten districts and counties of 大连市 (开发区, which
   lies in 金州区, counts as 金州区; 金普新区 and 高新园区 straddle two districts and count as none);
2. the summary: the districts it names, written out or short (中山区, 旅顺, 甘井子 …; not 中山 alone,
   which is also a road and a square), when they are all one district;
3. the summary's landmarks (星海广场, 老铁山 …, the alert reader's list), when they are all in one district.

Anything else has no district (a choropleth counts it apart, as 区域不明).
"""
from __future__ import annotations

from wz_desktop.domain.districts import LANDMARK_RX, LANDMARKS, NAME_RX, NAMES, TEN_DISTRICTS

__all__ = ["TEN_DISTRICTS", "district_in_text", "district_of_task"]


def district_in_text(text: str) -> str | None:
    """The one district a text names (by name, or else by landmarks), None where it names none or several."""
    if not text:
        return None
    named = {NAMES[m.group(0)] for m in NAME_RX.finditer(text)}
    if named:
        return named.pop() if len(named) == 1 else None  # {None}: an area of two districts
    marks = {LANDMARKS[m.group(0)] for m in LANDMARK_RX.finditer(text)}
    return marks.pop() if len(marks) == 1 else None


def district_of_task(call_district: str | None, summary: str | None) -> str | None:
    """A task's district (one of :data:`TEN_DISTRICTS`) from its call's district and its summary."""
    written = (call_district or "").strip()
    if written:
        if written in TEN_DISTRICTS:
            return written
        if written in NAMES:
            found = NAMES[written]
            if found is not None:
                return found
    return district_in_text(summary or "")
