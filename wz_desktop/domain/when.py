"""Times as the duty secretary types them, read into a datetime; and shown back as 'YYYY-MM-DD HH:MM'.

    parse_when("19:30", now)          → today 19:30 (yesterday when that is over an hour ahead:
                                        a call logged at 00:10 about 23:50)
    parse_when("昨天 19:30", now)      → yesterday 19:30; also 前天, 今天, 明天, 昨晚 8点, 今早7点
    parse_when("3-5 19:30", now)      → 5 March of this year (of last year when that is still to come);
                                        also 3/5, 3月5日, 3月5号
    parse_when("2023-03-05 19:30", now), "2023/3/5 19:30", "2023年3月5日 19:30", "20230305 1930",
               "202303051930"         → that very moment
    times: 19:30, 1930, 930, 19.30, 19点30, 19点30分, 19点半, 19点, 19时30分, 下午7点, 晚上7:30, 凌晨2点

Full-width digits and colons are read like ASCII ones (NFKC). A time is always needed: a date
alone, or anything else that cannot be read (25:00, 2-30 10:00), gives None. Pure Python.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

# a bare time or a date without its year may lie this far ahead (clocks differ, a call noted a
# little early); further ahead, it is read as yesterday / last year
BARE_TIME_AHEAD = dt.timedelta(hours=1)

_RELATIVE_DAYS = {"今天": 0, "今日": 0, "今": 0, "昨天": -1, "昨日": -1, "昨": -1, "前天": -2, "明天": 1, "明日": 1,
                  "明": 1}
_AM_WORDS = ("凌晨", "早上", "早晨", "上午", "清晨", "早", "am")
_NOON_WORDS = ("中午",)
_PM_WORDS = ("下午", "傍晚", "晚上", "夜里", "夜间", "晚间", "晚", "夜", "pm")
_PERIOD = "|".join(sorted(_AM_WORDS + _NOON_WORDS + _PM_WORDS, key=len, reverse=True))
_RELATIVE = "|".join(sorted(_RELATIVE_DAYS, key=len, reverse=True))

# a date at the start of the text; groups y (may be absent), m, d. ``tight`` dates end in a
# character (日, 号) after which the time may follow without a space.
_DATES: list[tuple[re.Pattern[str], bool]] = [
    (re.compile(r"(?P<y>\d{4}|\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]?"), True),
    (re.compile(r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})[日号]?"), False),
    (re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?=\d{3,4}$|\s|$)"), False),
    (re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]?"), True),
    (re.compile(r"(?P<m>\d{1,2})[-/](?P<d>\d{1,2})[日号]?"), False),
    (re.compile(r"(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?=\s)"), False),  # 3.5 19:30 (a time alone is 19.30)
]
_TIMES: list[re.Pattern[str]] = [
    re.compile(r"(?P<h>\d{1,2})[:.](?P<min>\d{2})(?::\d{2}(?:\.\d+)?)?"),
    re.compile(r"(?P<h>\d{1,2})(?P<min>\d{2})"),  # 1930, 930, 0005
    re.compile(r"(?P<h>\d{1,2})[点时]钟?(?:(?P<half>半)|整|(?P<min>\d{1,2})分?)?"),
]


def _normalise(text: str) -> str:
    value = unicodedata.normalize("NFKC", text or "").strip().lower()
    value = re.sub(r"(?<=\d)t(?=\d)", " ", value)  # 2023-03-05T19:30
    value = re.sub(r"[,、;]", " ", value)
    return re.sub(r"\s+", " ", value)


def _read_time(text: str) -> tuple[int, int] | None:
    """(hour, minute) of a time such as '19:30', '晚上7点半'; None where it is not one."""
    text = text.strip()
    period = None
    found = re.match(rf"({_PERIOD})\s*", text)
    if found:
        period, text = found.group(1), text[found.end():]
    for pattern in _TIMES:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        hour = int(match.group("h"))
        minute = 30 if match.groupdict().get("half") else int(match.group("min") or 0)
        if period in _PM_WORDS:
            if hour < 12:
                hour += 12
        elif period in _NOON_WORDS:
            if 1 <= hour <= 3:
                hour += 12
        elif period in _AM_WORDS:
            if hour == 12:
                hour = 0 if period == "凌晨" else 12
            elif hour > 12:
                return None  # 上午15点 says two things
        if 0 <= hour <= 23 and 0 <= minute <= 59:
            return hour, minute
        return None
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_when(text: str | None, now: dt.datetime, *, prefer_past: bool = True) -> dt.datetime | None:
    """The moment ``text`` means, read as the secretary types it (see the module's doc); None where it
    can't be read. ``now`` is the present (injected, so tests can choose it).

    With ``prefer_past`` (the default, for calls and verifications that have happened) a bare time
    more than an hour ahead is yesterday's, and a date without a year that is still to come is last
    year's. Without it (planned work) a bare time is today's and a date is this year's.
    """
    value = _normalise(text or "")
    if not value:
        return None
    now = now.replace(second=0, microsecond=0)

    # 202303051930: a date and a time without a space
    packed = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})", value)
    if packed:
        y, m, d, h, mi = (int(g) for g in packed.groups())
        day = _safe_date(y, m, d)
        if day is None or h > 23 or mi > 59:
            return None
        return dt.datetime.combine(day, dt.time(h, mi))

    # 昨天 19:30, 昨晚8点, 今天7:00
    relative = re.match(rf"({_RELATIVE})(?=\s|\d|{_PERIOD}|$)", value)
    if relative:
        rest = value[relative.end():]
        time = _read_time(rest)
        if time is None:
            return None
        day = now.date() + dt.timedelta(days=_RELATIVE_DAYS[relative.group(1)])
        return dt.datetime.combine(day, dt.time(*time))

    for pattern, tight in _DATES:
        match = pattern.match(value)
        if match is None:
            continue
        rest = value[match.end():]
        if rest and not (tight or rest[0] == " "):
            continue  # 3-519:30 is not a date and a time
        time = _read_time(rest)
        if time is None:
            continue
        month, day_of_month = int(match.group("m")), int(match.group("d"))
        year_text = match.groupdict().get("y")
        if year_text:
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
            day = _safe_date(year, month, day_of_month)
        else:
            day = _safe_date(now.year, month, day_of_month)
            if day is not None and prefer_past and day > now.date():
                day = _safe_date(now.year - 1, month, day_of_month)
        if day is None:
            return None
        return dt.datetime.combine(day, dt.time(*time))

    time = _read_time(value)
    if time is None:
        return None
    moment = dt.datetime.combine(now.date(), dt.time(*time))
    if prefer_past and moment > now + BARE_TIME_AHEAD:
        moment -= dt.timedelta(days=1)
    return moment


def format_when(moment: dt.datetime | None) -> str:
    """'YYYY-MM-DD HH:MM', as every time is shown; '' for None."""
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else ""


__all__ = ["BARE_TIME_AHEAD", "format_when", "parse_when"]
