"""The attendance views' periods and what their figures count from (plain Python: no Qt, no SQL).

- :func:`quick_period`: the days of 本月, 上月, 本季度, 上季度, 今年, 去年 (or 全部: no bounds) seen
  from a given day, so that the window and the tests use the same arithmetic and "today" can be
  injected (the demo's data ends in February 2023).
- :func:`coverage_note`: the sentence every attendance view shows and exports, saying honestly
  what it counts from: member figures only where attendance was recorded by name; turn-outs,
  people and vehicle trips from every task, imported history included.
"""
from __future__ import annotations

import datetime as dt

from wz_desktop.domain.text import Text, msg

PERIOD_THIS_MONTH = "this_month"
PERIOD_LAST_MONTH = "last_month"
PERIOD_THIS_QUARTER = "this_quarter"
PERIOD_LAST_QUARTER = "last_quarter"
PERIOD_THIS_YEAR = "this_year"
PERIOD_LAST_YEAR = "last_year"
PERIOD_ALL = "all"
PERIOD_CUSTOM = "custom"
QUICK_PERIODS = (PERIOD_THIS_MONTH, PERIOD_LAST_MONTH, PERIOD_THIS_QUARTER, PERIOD_LAST_QUARTER, PERIOD_THIS_YEAR,
                 PERIOD_LAST_YEAR, PERIOD_ALL)
PERIOD_LABELS = {  # the words the command line and the workbook use (the window has its own, translated)
    PERIOD_THIS_MONTH: "本月", PERIOD_LAST_MONTH: "上月", PERIOD_THIS_QUARTER: "本季度",
    PERIOD_LAST_QUARTER: "上季度", PERIOD_THIS_YEAR: "今年", PERIOD_LAST_YEAR: "去年", PERIOD_ALL: "全部",
    PERIOD_CUSTOM: "自定义",
}


def _month_end(year: int, month: int) -> dt.date:
    first_next = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return first_next - dt.timedelta(days=1)


def quick_period(key: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day (both included) of a quick period seen from ``today``; (None, None)
    for 全部. ``ValueError`` for 自定义 or an unknown key (a custom period has its own dates)."""
    y, m = today.year, today.month
    if key == PERIOD_THIS_MONTH:
        return dt.date(y, m, 1), _month_end(y, m)
    if key == PERIOD_LAST_MONTH:
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        return dt.date(y, m, 1), _month_end(y, m)
    if key in (PERIOD_THIS_QUARTER, PERIOD_LAST_QUARTER):
        q = (m - 1) // 3  # 0..3
        if key == PERIOD_LAST_QUARTER:
            y, q = (y - 1, 3) if q == 0 else (y, q - 1)
        return dt.date(y, 3 * q + 1, 1), _month_end(y, 3 * q + 3)
    if key == PERIOD_THIS_YEAR:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if key == PERIOD_LAST_YEAR:
        return dt.date(y - 1, 1, 1), dt.date(y - 1, 12, 31)
    if key == PERIOD_ALL:
        return None, None
    raise ValueError(msg("没有这样的时间段：{key}", key=key))


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months earlier (the last day of that month where it is shorter)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    return min(dt.date(year, month, 1) + dt.timedelta(days=day.day - 1), _month_end(year, month))


def period_text(since: dt.date | str | None, until: dt.date | str | None) -> Text:
    """A period as people read it: '2022-10-01 至 2022-12-31', '2022-10-01 起', '全部'."""
    a = str(since)[:10] if since else ""
    b = str(until)[:10] if until else ""
    if a and b:
        return msg("{since} 至 {until}", since=a, until=b)
    if a:
        return msg("{since} 起", since=a)
    if b:
        return msg("至 {until}", until=b)
    return msg("全部")


def coverage_note(first_named_day: str | None, first_task_day: str | None) -> Text:
    """The sentence each view shows and exports: what member figures and squad figures count
    from. Dates are the data's own (months 'YYYY-MM'). A Text: the window shows it in its language."""
    named = (msg("人员出勤按考勤记录统计（自 {month} 起有记录）", month=first_named_day[:7]) if first_named_day
             else msg("人员出勤按考勤记录统计（目前还没有按人员的考勤记录）"))
    if first_task_day:
        tasks = msg("出队次数、人数、车次按任务记录统计（自 {month} 起），含导入的历史数据", month=first_task_day[:7])
    else:
        tasks = msg("出队次数、人数、车次按任务记录统计，含导入的历史数据")
    if first_named_day and first_task_day and first_task_day < first_named_day:
        return msg("{named}；{tasks}；导入的历史数据只有人数，没有姓名，不计入人员出勤。", named=named, tasks=tasks)
    return msg("{named}；{tasks}。", named=named, tasks=tasks)
