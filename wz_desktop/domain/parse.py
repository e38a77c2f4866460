"""Reading the values people type into the yearly workbook (and into forms).

Every function takes a cell's value as a reader gives it (text, number, date, date-time, time,
bool or None) and returns a :class:`Parsed`: the canonical value, the original text where the
canonical value is not simply that text, and what kind of reading it was. Nothing here guesses
silently: a reading that needed judgement says so (``GUESS``), and a value that could not be read
keeps its original text (``RAW``).
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from enum import Enum
from typing import Any, NamedTuple


class Reading(str, Enum):
    OK = "ok"  # the cell held the canonical value, or it only needed trimming
    EMPTY = "empty"  # nothing, or a placeholder for nothing
    GUESS = "guess"  # a value was read out of something less tidy; the original is kept
    RAW = "raw"  # could not be read; the original text is kept and comes back on export


class Parsed(NamedTuple):
    value: Any
    reading: Reading = Reading.OK
    raw: str | None = None  # the cell's original text, where it differs from the value
    note: str = ""  # for people: what was read and how (Chinese)


PLACEHOLDERS = frozenset(
    {"", "/", "／", "\\", "—", "——", "–", "-", "－", "--", "无", "空", "暂无", "n/a", "na", "none", "null", "×"}
)

EXCEL_EPOCH = dt.datetime(1899, 12, 30)


def is_placeholder(text: str) -> bool:
    return text.strip().lower() in PLACEHOLDERS


def fold(text: str) -> str:
    """Full-width to half-width (digits, letters, colons), as the eye reads them."""
    return unicodedata.normalize("NFKC", text)


def cell_text(value: Any) -> str:
    """The text a person sees in a cell (whole numbers without '.0')."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.second or value.microsecond:
            return value.isoformat(sep=" ")
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --- text fields -------------------------------------------------------------------------------

_EMPTY_TEXT = Parsed("", Reading.EMPTY)


def parse_text(value: Any) -> Parsed:
    """Summary: the text as written, trimmed."""
    if type(value) is str and value and not value[0].isspace() and not value[-1].isspace():
        return Parsed(value)
    if is_blank(value):
        return Parsed("", Reading.EMPTY)
    text = cell_text(value).strip()
    if isinstance(value, str):
        return Parsed(text)
    return Parsed(text, Reading.OK, None, "")


def parse_remarks(value: Any) -> Parsed:
    """Remarks: trimmed; a placeholder ('/', '—') means none, and is kept as the original."""
    if value == "" or value is None:
        return _EMPTY_TEXT
    if (type(value) is str and not value[0].isspace() and not value[-1].isspace()
            and value.lower() not in PLACEHOLDERS):
        return Parsed(value)
    if is_blank(value):
        return Parsed("", Reading.EMPTY)
    text = cell_text(value).strip()
    if is_placeholder(text):
        return Parsed("", Reading.EMPTY, text, "占位符，视为空")
    return Parsed(text)


_ANY_SPACE = re.compile(r"\s")
EVENT_NO_SHAPE = re.compile(r"^[A-Za-z]{0,4}-?\d{2,4}[-_/]?\d{1,6}$|^\d{4,12}$")


def parse_event_no(value: Any) -> Parsed:
    """Event numbers are text: 'WZ2021-0153', or 20200153 typed as a number (read as 20200153.0)."""
    if (type(value) is str and len(value) > 1 and value.isascii() and not _ANY_SPACE.search(value)
            and value.lower() not in PLACEHOLDERS):
        return Parsed(value)  # the common case: 'WZ2021-0153'
    if is_blank(value):
        return Parsed("", Reading.EMPTY)
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return Parsed(str(int(value)))
    if isinstance(value, int) and not isinstance(value, bool):
        return Parsed(str(value))
    text = cell_text(value).strip()
    if is_placeholder(text):
        return Parsed("", Reading.EMPTY, text, "占位符，视为无编号")
    folded = re.sub(r"\s+", "", fold(text))
    if folded != text:
        return Parsed(folded, Reading.GUESS, text, f"编号“{text}”按“{folded}”读取")
    return Parsed(text)


def looks_like_event_no(text: str) -> bool:
    return bool(EVENT_NO_SHAPE.match(re.sub(r"\s+", "", fold(text))))


# --- counts ------------------------------------------------------------------------------------

_BRACKETS = re.compile(r"[（(\[【][^）)\]】]*[）)\]】]")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_UNIT_ONLY = re.compile(r"^\s*(\d+)\s*(人|名|位|个|辆|台|车|次|趟|车次|人次)?\s*$")
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百]+")


def chinese_number(text: str) -> int | None:
    """'十二' -> 12, '二十' -> 20, '一百零五' -> 105, '三' -> 3."""
    if not text or any(ch not in _CN_DIGITS and ch not in "十百" for ch in text):
        return None
    for a, b in zip(text, text[1:]):  # '两三', '三四': a range, not a number ('一百零五' is one)
        if a in _CN_DIGITS and b in _CN_DIGITS and a not in "零〇":
            return None
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
    return total + current


def parse_count(value: Any) -> Parsed:
    """People or vehicle trips: a whole number, or empty where unknown (0 is a real value)."""
    if type(value) is float and value.is_integer() and value >= 0:  # the common case first
        return Parsed(int(value))
    if is_blank(value):
        return Parsed(None, Reading.EMPTY)
    if isinstance(value, bool):
        return Parsed(None, Reading.RAW, cell_text(value), "不是数字")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
            return Parsed(None, Reading.RAW, cell_text(value), "不是整数，保留原值")
        if value < 0:
            return Parsed(None, Reading.RAW, cell_text(value), "负数，保留原值")
        return Parsed(int(value))
    if not isinstance(value, str):
        return Parsed(None, Reading.RAW, cell_text(value), "不是数字，保留原值")
    original = value.strip()
    if is_placeholder(original):
        return Parsed(None, Reading.EMPTY, original, "占位符，视为空")
    text = fold(original).strip()
    if text.isdigit():
        if text == original:
            return Parsed(int(text))
        return Parsed(int(text), Reading.GUESS, original, f"全角数字“{original}”读作 {int(text)}")
    unit = _UNIT_ONLY.match(text)
    if unit:
        number = int(unit.group(1))
        return Parsed(number, Reading.GUESS, original, f"“{original}”读作 {number}")
    stripped = _BRACKETS.sub(" ", text)
    numbers = _DIGITS.findall(stripped)
    if len(numbers) == 1 and "." not in numbers[0]:
        number = int(numbers[0])
        return Parsed(number, Reading.GUESS, original, f"从文字“{original}”中读出 {number}")
    if not numbers:
        words = _CN_NUMBER.findall(stripped)
        if len(words) == 1:
            number = chinese_number(words[0])
            if number is not None:
                return Parsed(number, Reading.GUESS, original, f"从文字“{original}”中读出 {number}")
    return Parsed(None, Reading.RAW, original, f"无法读出数字，保留原文“{original}”")


# --- departure time ----------------------------------------------------------------------------

_TIME = (
    r"(?:\s*[T\s,，]?\s*(?P<ampm>上午|下午|晚上|晚|凌晨|早上|早晨|中午|夜间|夜里)?\s*"
    r"(?P<hour>\d{1,2})\s*(?::|时|点)\s*(?P<minute>\d{1,2}|半)?\s*(?:分)?(?:\s*:\s*(?P<second>\d{1,2})(?:\.\d+)?)?)?"
)
_WITH_YEAR = re.compile(
    r"^\s*(?P<year>\d{4})\s*(?:[-/.]|年)\s*(?P<month>\d{1,2})\s*(?:[-/.]|月)\s*(?P<day>\d{1,2})\s*[日号]?" + _TIME + r"(?P<rest>.*)$"
)
_NO_YEAR = re.compile(
    r"^\s*(?P<month>\d{1,2})\s*(?:[-/.]|月)\s*(?P<day>\d{1,2})\s*[日号]?" + _TIME + r"(?P<rest>.*)$"
)
_COMPACT = re.compile(r"^\s*(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?:\s*(?P<hour>\d{1,2}):?(?P<minute>\d{2}))?\s*$")
_PM = {"下午", "晚上", "晚", "夜间", "夜里"}


def minute_text(moment: dt.datetime) -> str:
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} {moment.hour:02d}:{moment.minute:02d}"


def day_text(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def _round_minute(moment: dt.datetime) -> dt.datetime:
    if not moment.second and not moment.microsecond:
        return moment
    seconds = moment.second + moment.microsecond / 1e6
    base = moment.replace(second=0, microsecond=0)
    return base + dt.timedelta(minutes=1) if seconds >= 30 else base


def from_excel_serial(serial: float) -> dt.datetime:
    return EXCEL_EPOCH + dt.timedelta(days=serial)


def _build(match: re.Match, year: int) -> tuple[str, bool] | None:
    """(canonical text, has_time) from a regex match, or None when the numbers are no date."""
    month, day = int(match.group("month")), int(match.group("day"))
    groups = match.groupdict()
    if not 1990 <= year <= 2100:
        return None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    hour = groups.get("hour")
    if hour is None:
        return day_text(date), False
    h = int(hour)
    minute_group = groups.get("minute")
    m = 30 if minute_group == "半" else int(minute_group or 0)
    ampm = groups.get("ampm")
    if ampm in _PM and h < 12:
        h += 12
    if ampm == "凌晨" and h == 12:
        h = 0
    if ampm == "中午" and h < 11:
        h += 12
    if h == 24 and m == 0:
        return None
    try:
        moment = dt.datetime(year, month, day, h, m)
    except ValueError:
        return None
    return minute_text(moment), True


def parse_departure(value: Any, year_hint: int | None = None) -> Parsed:
    """Departure: 'YYYY-MM-DD HH:MM', or 'YYYY-MM-DD' where only the day is known."""
    if type(value) is dt.datetime:  # the common case first
        if value.second or value.microsecond:
            value = _round_minute(value)
        return Parsed(value.isoformat(" ", "minutes"))
    if is_blank(value):
        return Parsed(None, Reading.EMPTY)
    if isinstance(value, dt.datetime):
        return Parsed(minute_text(_round_minute(value)))
    if isinstance(value, dt.date):
        return Parsed(day_text(value))
    if isinstance(value, bool):
        return Parsed(None, Reading.RAW, cell_text(value), "不是日期，保留原值")
    if isinstance(value, (int, float)):
        if 20000 <= value <= 80000:  # an Excel serial number: 1954 to 2119
            moment = from_excel_serial(float(value))
            if float(value).is_integer():
                return Parsed(day_text(moment.date()), Reading.GUESS, cell_text(value),
                              f"数字 {cell_text(value)} 按 Excel 日期序号读作 {day_text(moment.date())}")
            text = minute_text(_round_minute(moment))
            return Parsed(text, Reading.GUESS, cell_text(value), f"数字 {cell_text(value)} 按 Excel 日期序号读作 {text}")
        return Parsed(None, Reading.RAW, cell_text(value), f"数字“{cell_text(value)}”不是日期，保留原值")
    if isinstance(value, dt.time):
        return Parsed(None, Reading.RAW, cell_text(value), "只有时刻没有日期，保留原值")
    if isinstance(value, dt.timedelta):
        return Parsed(None, Reading.RAW, str(value), "不是日期，保留原值")
    original = str(value).strip()
    if is_placeholder(original):
        return Parsed(None, Reading.EMPTY, original, "占位符，视为空")
    text = fold(original)
    match = _WITH_YEAR.match(text)
    if match:
        built = _build(match, int(match.group("year")))
        if built:
            canonical, _ = built
            rest = match.group("rest").strip()
            if rest:
                return Parsed(canonical, Reading.GUESS, original, f"“{original}”读作 {canonical}，其余文字“{rest}”保留在原文中")
            return Parsed(canonical, Reading.OK, original)
    match = _COMPACT.match(text)
    if match:
        built = _build(match, int(match.group("year")))
        if built:
            return Parsed(built[0], Reading.GUESS, original, f"“{original}”读作 {built[0]}")
    match = _NO_YEAR.match(text)
    if match and year_hint:
        built = _build(match, year_hint)
        if built:
            canonical, _ = built
            rest = match.group("rest").strip()
            note = f"“{original}”没有年份，按工作簿年份读作 {canonical}"
            if rest:
                note += f"，其余文字“{rest}”保留在原文中"
            return Parsed(canonical, Reading.GUESS, original, note)
    return Parsed(None, Reading.RAW, original, f"无法读出日期，保留原文“{original}”")


def departure_text(departure: str | None, raw: str | None) -> str:
    """What a departure is, for comparing and recognising tasks: the value, else the raw text
    (a placeholder such as '/' is no text: the export writes an empty cell for it)."""
    if departure:
        return departure
    if raw and not is_placeholder(raw):
        return raw
    return ""


# --- squads ------------------------------------------------------------------------------------

_SQUADS_UNTIDY = re.compile(r"[,，;；/／|+＋&\s]|、、|^、|、$")
_SQUAD_SEPARATORS = re.compile(r"\s*(?:[、,，;；/／|+＋&]|\s)\s*")


def split_squads(text: str) -> list[str]:
    parts = [p.strip() for p in _SQUAD_SEPARATORS.split(fold(text)) if p.strip()]
    seen: list[str] = []
    for part in parts:
        if part not in seen:
            seen.append(part)
    return seen


def parse_squads(value: Any) -> Parsed:
    """Squads: several joined with '、' in the canonical form."""
    if is_blank(value):
        return Parsed("", Reading.EMPTY)
    if type(value) is str:
        return _parse_squads_text(value)  # a team has tens of squads: the same texts come again and again
    return _parse_squads_text(cell_text(value))


@functools.lru_cache(maxsize=4096)
def _parse_squads_text(value: str) -> Parsed:
    original = value.strip()
    if unicodedata.is_normalized("NFKC", original) and not _SQUADS_UNTIDY.search(original):
        names = original.split("、")
        if len(set(names)) == len(names) and not is_placeholder(original):
            return Parsed(original)  # the common case: already canonical
    if is_placeholder(original):
        return Parsed("", Reading.EMPTY, original, "占位符，视为空")
    names = split_squads(original)
    canonical = "、".join(names)
    if canonical == original:
        return Parsed(canonical)
    if not names:
        return Parsed("", Reading.EMPTY, original, "")
    return Parsed(canonical, Reading.GUESS, original, f"分队“{original}”整理为“{canonical}”")
