"""What a report shows, gathered from the store (``store.charts``, ``store.attendance``): plain
dataclasses, no Qt, no SQL. The same calls the 统计 page makes, with the report's period as the
filter, so that the report and the window show the same figures."""
from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from wz_desktop.domain import charts as C
from wz_desktop.domain import lost_stats as L
from wz_desktop.domain.charts import ChartFilter
from wz_desktop.domain.text import joined, msg

TOP_MEMBERS = 20  # members listed in the attendance table, by hours


class ReportError(Exception):
    """A report that cannot be made; the message is for people (Chinese)."""


class ReportCancelled(Exception):
    """The user stopped the report; nothing was written."""


@dataclass(frozen=True)
class Period:
    """A year (``month`` None) or one month of it."""

    year: int
    month: int | None = None

    @property
    def since(self) -> dt.date:
        return dt.date(self.year, self.month or 1, 1)

    @property
    def until(self) -> dt.date:
        if self.month is None:
            return dt.date(self.year, 12, 31)
        return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    @property
    def is_month(self) -> bool:
        return self.month is not None

    def filter(self) -> ChartFilter:
        return ChartFilter(since=self.since, until=self.until)

    def previous(self) -> Period:
        """The same period a year earlier (last year, or the same month last year)."""
        return Period(self.year - 1, self.month)

    def text(self) -> str:
        return msg("{year} 年 {month} 月", year=self.year, month=self.month) if self.month else msg("{year} 年", year=self.year)

    def span_text(self) -> str:
        return msg("{since} 至 {until}", since=self.since.isoformat(), until=self.until.isoformat())


def check_period(year: int, month: int | None) -> Period:
    if not 1900 <= int(year) <= 2999:
        raise ReportError(msg("年份“{year}”无效。", year=year))
    if month is not None and not 1 <= int(month) <= 12:
        raise ReportError(msg("月份“{month}”无效，应为 1 到 12。", month=month))
    return Period(int(year), None if month is None else int(month))


@dataclass
class ReportFigures:
    period: Period
    made_at: dt.datetime
    key: object  # store.charts.KeyFigures
    previous_key: object  # the same for Period.previous()
    monthly: object  # MonthlyCounts: the year's months, or the twelve months up to the report's month
    response: object  # ResponseTimes
    hours: object  # HourWeekday
    squad_load: list  # list[SquadLoad]
    per_task: list  # list[KindPerTask]
    searches: object  # SearchOutcomes
    squads: list  # list[attendance.SquadSummary]
    members: list  # list[attendance.MemberSummary], the top ones by hours
    members_total: int  # members with a turn-out in the period
    attendance_since: str | None  # the first day attendance by name was recorded
    extra: dict = field(default_factory=dict)
    lost: L.LostStats | None = None  # the missing-person cases last seen in the period (domain.lost_stats)
    lost_history: L.LostStats | None = None  # every case last seen up to the period's end (what the rings use)


def _years_text(store) -> str:
    years = sorted(year for year, count in store.tasks.years() if year and count)
    return joined(str(y) for y in years) if years else msg("（数据库中还没有任务）")


def gather(store, period: Period, *, step: Callable[[int, str], None] | None = None,
           made_at: dt.datetime | None = None) -> ReportFigures:
    """Every figure of the report. ``step(percent, message)`` is called between the parts (and may
    raise ReportCancelled). Raises ReportError where the period has no task."""
    def tick(percent: int, message: str) -> None:
        if step is not None:
            step(percent, message)

    flt = period.filter()
    tick(2, "正在统计主要数据……")
    key = store.charts.key_figures(flt)
    if not key.tasks:
        if period.is_month:
            months = store.charts.monthly_by_kind(Period(period.year).filter()).month_totals()
            having = [str(i + 1) for i, n in enumerate(months) if n]
            if having:
                raise ReportError(msg("{period}没有任务记录，无法生成报告。{year} 年有任务的月份：{months} 月。",
                                      period=period.text(), year=period.year, months=joined(having)))
        raise ReportError(msg("{period}没有任务记录，无法生成报告。数据库中有任务的年份：{years}。", period=period.text(),
                              years=_years_text(store)))
    previous_key = store.charts.key_figures(period.previous().filter())
    tick(8, "正在统计月度任务……")
    if period.is_month:  # the twelve months up to the report's month
        first = dt.date(period.year - 1, period.month + 1, 1) if period.month < 12 else dt.date(period.year, 1, 1)
        monthly = store.charts.monthly_by_kind(flt.with_period(first, period.until))
    else:
        monthly = store.charts.monthly_by_kind(flt)
    tick(14, "正在统计响应时间……")
    response = store.charts.response_minutes(flt)
    tick(20, "正在统计求助时段……")
    hours = store.charts.hour_weekday(flt)
    tick(26, "正在统计分队负担……")
    squad_load = store.charts.squad_load(flt)
    per_task = store.charts.per_task_by_kind(flt)
    searches = store.charts.search_outcomes(flt)
    tick(32, "正在统计出勤……")
    squads = store.attendance.squad_summary(period.since, period.until)
    members = store.attendance.member_summary(period.since, period.until)
    top = sorted((m for m in members if m.tasks), key=lambda m: (-m.hours, -m.tasks, m.member_id))[:TOP_MEMBERS]
    tick(34, "正在统计走失人员案件……")
    end = (period.until + dt.timedelta(days=1)).isoformat()
    history = store.cases.findings(until=end)
    lost = L.lost_stats(store.cases.findings(since=period.since.isoformat(), until=end))
    lost_history = L.lost_stats(history)
    return ReportFigures(
        period=period, made_at=made_at or dt.datetime.now().replace(microsecond=0), key=key,
        previous_key=previous_key, monthly=monthly, response=response, hours=hours, squad_load=squad_load,
        per_task=per_task, searches=searches, squads=squads, members=top,
        members_total=sum(1 for m in members if m.tasks),
        attendance_since=store.attendance.first_recorded_day(), lost=lost, lost_history=lost_history)


def weekday_names() -> tuple[str, ...]:
    return ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def month_label(month: str, with_year: bool) -> str:
    """'2022-03' as '3月' (or '2022年3月' where the year changes within a chart)."""
    y, m = int(month[:4]), int(month[5:7])
    return msg("{y}年{m}月", y=y, m=m) if with_year else msg("{m}月", m=m)


def histogram_labels(width: int) -> list[str]:
    edges = C.histogram_edges(width)
    return [f"{e}–{e + width - 1}" for e in edges[:-1]] + [f"≥{edges[-1]}"]
