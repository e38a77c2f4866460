"""Reading the values people type into the yearly workbook (and into forms).

Every function takes a cell's value as a reader gives it (text, number, date, date-time, time,
bool or None) and returns a :class:`Parsed`: the canonical value, the original text where the
canonical value is not simply that text, and what kind of reading it was. Nothing here guesses
silently: a reading that needed judgement says so (``GUESS``), and a value that could not be read
keeps its original text (``RAW``).

**Whole text or nothing, by construction.** A text is first normalised (:func:`normal`: NFKC
width folding, every run of spaces one space, trimmed). Then it is read by :class:`Grammar`
objects, which only ever *full*-match: a grammar that reads a date, a time or a count cannot
leave a weekday, a ``PM``, a second date or words after a number unread. The one thing taken
out of a text before its grammar runs is a weekday (``星期六``, ``周六``, ``(六)``, ``Sat``), and
it is then checked against the date it stands beside. A reading that is not the text's plain
canonical form (only width, spaces, separators changed) is a ``GUESS`` whose note says what was
read, so the import report accounts for every difference between a cell and what is stored.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from enum import Enum
from typing import Any, NamedTuple

from wz_desktop.domain.text import INVISIBLE, SEMICOLON, Text, joined, msg


class Reading(str, Enum):
    OK = "ok"  # the cell held the canonical value, or it only needed trimming
    EMPTY = "empty"  # nothing, or a placeholder for nothing
    GUESS = "guess"  # a value was read out of something less tidy; the original is kept
    RAW = "raw"  # could not be read; the original text is kept and comes back on export


class Parsed(NamedTuple):
    value: Any
    reading: Reading = Reading.OK
    raw: str | None = None  # the cell's original text, where it differs from the value
    note: str = ""  # for people: what was read and how (Chinese, a Text made by msg())


# the common placeholders, as typed (the importer's fast paths look them up directly)
PLACEHOLDERS = frozenset(
    {"", "\\", "无", "空", "暂无", "没有", "n/a", "na", "none", "null", "nil", "×", "ｎ/ａ", "ｎ／ａ", "ｎａ"}
    | {mark * n for mark in "-—–/／－_＿.…·" for n in range(1, 5)}
)
# any other way of writing one of them: a run of dashes, slashes, dots or underscores; width folded
_PLACEHOLDER_SHAPE = re.compile(r"[-‐‑‒–—―−─━ー_/\\.…·・~〜]+|n/?a|none|null|nil|无|空|暂无|没有|×")
# A word that says a value is not known ('不详', '未知', '待补') is no placeholder: it stays raw, the
# row is flagged for review and the word comes back on export (tests/helpers/untidy.py RAW_COUNTS).

EXCEL_EPOCH = dt.datetime(1899, 12, 30)


def fold(text: str) -> str:
    """Full-width to half-width (digits, letters, colons), as the eye reads them."""
    return unicodedata.normalize("NFKC", text)


def normal(text: str) -> str:
    """The documented normalisation every reader applies before its grammar: width folded
    (NFKC), the characters that show nothing dropped (text.INVISIBLE), every run of spaces (also
    the ideographic space and line breaks) one space, trimmed."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(INVISIBLE)
    return " ".join(text.split())


def is_placeholder(text: str) -> bool:
    """A placeholder for nothing ('/', '—', '——', '无', 'N/A', full-width forms ...)."""
    t = text.strip().lower()
    if t in PLACEHOLDERS:
        return True
    if len(t) > 24:  # a remark, not a mark
        return False
    return _PLACEHOLDER_SHAPE.fullmatch(normal(t).replace(" ", "")) is not None


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


class Grammar:
    """A pattern that reads a whole (normalised) text or nothing: it has no other way to match
    than ``fullmatch``, so a reader built on it cannot read a prefix and ignore the rest.

    Compiled on first use, not at import: the window's start imports this module (through the
    store) and reads no workbook; compiling the grammars was a tenth of a second of that start."""

    __slots__ = ("source", "pattern", "read")

    def __init__(self, pattern: str):
        self.source = pattern
        self.read = self._compile_and_read  # replaced by the compiled pattern's fullmatch on first use

    def _compile(self) -> re.Pattern:
        self.pattern = re.compile(self.source, re.VERBOSE)
        self.read = self.pattern.fullmatch
        return self.pattern

    def _compile_and_read(self, text: str, *args):
        return self._compile().fullmatch(text, *args)

    def __getattr__(self, name: str):  # ``pattern`` before the first read
        if name == "pattern":
            return self._compile()
        raise AttributeError(name)


# --- text fields -------------------------------------------------------------------------------

_EMPTY_TEXT = Parsed("", Reading.EMPTY)


# Excel keeps 15 significant digits: a whole number of 16 or more digits typed into a cell
# (202203051200000001) is stored with its last digits changed (202203051200000000)
EXCEL_DIGITS = 1e15


def lost_digits(value: Any) -> Parsed | None:
    """A number too long for Excel to have kept whole: its digits as the cell holds them, flagged
    (what was typed can't be known); None for any other value."""
    if type(value) not in (int, float) or not math.isfinite(value) or abs(value) < EXCEL_DIGITS:
        return None
    text = cell_text(value)
    return Parsed(text, Reading.GUESS, text, msg(
        "数字“{value}”超过 15 位，Excel 只保存 15 位有效数字，后面几位可能已被改成 0，按单元格里的“{value}”保存，请核对原始记录",
        value=text))


def not_text(value: Any) -> Parsed | None:
    """A date, a time or TRUE/FALSE in a column of text (a summary, a remark, squads): Excel turns
    what is typed into one ('3-5' into 3月5日, '8:30' into a time); what was typed is not known. Its
    text (a day at 00:00 as the day alone), flagged; None for any other value."""
    if not isinstance(value, (dt.date, dt.time, bool)):
        return None
    text = value.date().isoformat() if type(value) is dt.datetime and value.time() == dt.time(0, 0) else cell_text(value)
    return Parsed(text, Reading.GUESS, text, msg(
        "单元格不是文字而是{what}（可能是 Excel 自动改写了输入），按“{value}”保存，请核对",
        what=msg("日期或时刻") if isinstance(value, (dt.date, dt.time)) else msg("逻辑值"), value=text))


def parse_text(value: Any) -> Parsed:
    """Summary: the text as written, trimmed."""
    if type(value) is str and value and not value[0].isspace() and not value[-1].isspace():
        return Parsed(value)
    if is_blank(value):
        return Parsed("", Reading.EMPTY)
    long_number = lost_digits(value) or not_text(value)
    if long_number is not None:
        return long_number
    text = cell_text(value).strip()
    if isinstance(value, str):
        return Parsed(text)
    return Parsed(text, Reading.OK, None, "")


def parse_remarks(value: Any) -> Parsed:
    """Remarks: trimmed; a placeholder ('/', '—') means none, and is kept as the original."""
    if value == "" or value is None:
        return _EMPTY_TEXT
    if (type(value) is str and not value[0].isspace() and not value[-1].isspace()
            and value.lower() not in PLACEHOLDERS and not is_placeholder(value)):
        return Parsed(value)
    if is_blank(value):
        return Parsed("", Reading.EMPTY)
    long_number = lost_digits(value) or not_text(value)
    if long_number is not None:
        return long_number
    text = cell_text(value).strip()
    if is_placeholder(text):
        return Parsed("", Reading.EMPTY, text, msg("占位符，视为空"))
    return Parsed(text)


_ANY_SPACE = re.compile(r"\s")
EVENT_NO_SHAPE = re.compile(r"[A-Za-z]{0,4}-?\d{2,4}[-_/]?\d{1,6}|\d{4,12}")


def parse_event_no(value: Any) -> Parsed:
    """Event numbers are text: 'WZ2021-0153', or 20200153 typed as a number (read as 20200153.0).
    The whole text is the number: only width and spaces are normalised (a GUESS that says so)."""
    if (type(value) is str and len(value) > 1 and value.isascii() and not _ANY_SPACE.search(value)
            and value.lower() not in PLACEHOLDERS):
        return Parsed(value)  # the common case: 'WZ2021-0153'
    if is_blank(value):
        return Parsed("", Reading.EMPTY)
    long_number = lost_digits(value)
    if long_number is not None:
        return long_number
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return Parsed(str(int(value)))
    if isinstance(value, int) and not isinstance(value, bool):
        return Parsed(str(value))
    text = cell_text(value).strip()
    if not isinstance(value, str):  # a date, a time, TRUE, 12.5: what was typed is not known
        if type(value) is dt.datetime and value.time() == dt.time(0, 0):
            text = value.date().isoformat()
        return Parsed(text, Reading.GUESS, text, msg(
            "编号单元格不是文字而是{what}（可能是 Excel 自动改写了输入），按“{value}”保存，请核对",
            what=msg("日期或时刻") if isinstance(value, (dt.date, dt.time)) else msg("逻辑值或小数"), value=text))
    if is_placeholder(text):
        return Parsed("", Reading.EMPTY, text, msg("占位符，视为无编号"))
    folded = re.sub(r"\s+", "", fold(text))
    if folded != text:
        return Parsed(folded, Reading.GUESS, text, msg("编号“{raw}”按“{value}”读取", raw=text, value=folded))
    return Parsed(text)


def looks_like_event_no(text: str) -> bool:
    return EVENT_NO_SHAPE.fullmatch(re.sub(r"\s+", "", fold(text))) is not None


# --- numerals ----------------------------------------------------------------------------------

_CN_VALUE = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_D = "一二三四五六七八九"
# 0 to 999 in the standard form: 零, 三, 两, 十二, 二十, 二十五, 一百, 两百, 一百零五, 一百二十五.
# Not '两三' or '三四' (a range), '一百二' (colloquial 120), '十十' or any other string of numerals.
CN_NUMBER = rf"(?:[零〇]|[{_D}]?十[{_D}]?|[两{_D}](?:百(?:[零〇][{_D}]|[{_D}]十[{_D}]?)?)?)"
_CN_SMALL = rf"(?:[{_D}]?十[{_D}]?|[{_D}])"  # 1 to 99 without 两 or 零: months, days, hours
_CN_NUMBER_WHOLE = Grammar(CN_NUMBER)


def _cn_value(text: str) -> int:
    """The value of a numeral that one of the grammars above matched."""
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += current * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_VALUE[ch]
    return total + current


def chinese_number(text: str) -> int | None:
    """'十二' -> 12, '二十' -> 20, '一百零五' -> 105, '三' -> 3; None unless the whole text is one
    number in the standard form ('两三', '三四' are ranges; '二十余' is not a number)."""
    if not _CN_NUMBER_WHOLE.read(text):
        return None
    return _cn_value(text)


def _number(digits: str | None, chinese: str | None) -> int | None:
    if digits is not None:
        return int(digits)
    if chinese is not None:
        return _cn_value(chinese)
    return None


# --- counts ------------------------------------------------------------------------------------

_SP = r"\ ?"  # at most one space: the text is normalised
_COUNT_UNITS = (r"(?:人次|车次|台次|辆次|架次|艘次|[辆台部]车|[艘条只]船|[名位个]?(?:队员|人员|志愿者)"
                r"|人|名|位|个|辆|台|车|次|趟|艘|部|架|条|只)")
_COUNT = Grammar(rf"""
    (?P<who>队员|人员|志愿者|出队|出动|派出|车辆|出车|派车)? {_SP}  # '队员8人', '出动车辆3台'
    (?:(?P<about>约|大约|约计|大概|近|将近|接近)|(?P<total>共|共计|合计|总计|一共|总共|计)|(?P<over>超过|逾))? {_SP}
    (?: (?P<n>\d+) (?P<zero>\.0+)? | (?P<dec>\d*\.\d+) | (?P<cn>{CN_NUMBER}) ) {_SP}
    (?P<more>余|多|来)? {_SP}
    (?P<unit>{_COUNT_UNITS})? {_SP}
    (?P<around>左右|上下|许)? {_SP}
    (?P<bracket>\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】)?
""")


def parse_count(value: Any) -> Parsed:
    """People or vehicle trips: a whole number, or empty where unknown (0 is a real value).

    Text is read whole (:data:`_COUNT`): an optional '约' or '共', the number (digits, '16.0', or a
    Chinese numeral), an optional '余'/'多'/'左右', a unit ('人', '辆', '车次' ...) and a note in
    brackets at the end ('12（含队长1人）'). An approximate number is a GUESS that keeps the text,
    as is every reading out of words (docs/workbook-format.md); anything else stays RAW."""
    if type(value) is float and value.is_integer() and value >= 0:  # the common case first
        return Parsed(int(value))
    if is_blank(value):
        return Parsed(None, Reading.EMPTY)
    if isinstance(value, bool):
        return Parsed(None, Reading.RAW, cell_text(value), msg("不是数字，保留原值"))
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isfinite(value) and not value.is_integer() \
                and abs(value - round(value)) < 1e-9 and round(value) >= 0:
            # a formula's binary rounding (=0.1*30 is 2.9999999999999996, saved so): Excel shows 3
            return Parsed(int(round(value)))
        if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
            return Parsed(None, Reading.RAW, cell_text(value), msg("不是整数，保留原值"))
        if value < 0:
            return Parsed(None, Reading.RAW, cell_text(value), msg("负数，保留原值"))
        return Parsed(int(value))
    if not isinstance(value, str):
        return Parsed(None, Reading.RAW, cell_text(value), msg("不是数字，保留原值"))
    if value.isascii() and value.isdigit():
        return Parsed(int(value))
    return _count_text(value)


@functools.lru_cache(maxsize=4096)
def _count_text(value: str) -> Parsed:
    original = value.strip()
    if is_placeholder(original):
        return Parsed(None, Reading.EMPTY, original, msg("占位符，视为空"))
    text = normal(original)
    if text.isascii() and text.isdigit():
        number = int(text)
        if text == original:
            return Parsed(number)
        return Parsed(number, Reading.GUESS, original, msg("全角数字“{raw}”读作 {value}", raw=original, value=number))
    g = _COUNT.read(text)
    if g is None:
        return Parsed(None, Reading.RAW, original, msg("无法读出数字，保留原文“{raw}”", raw=original))
    if g["dec"] is not None:
        return Parsed(None, Reading.RAW, original, msg("“{raw}”不是整数，保留原文", raw=original))
    number = _number(g["n"], g["cn"])
    if g["about"] or g["more"] or g["around"] or g["over"]:
        note = msg("“{raw}”是约数，按 {value} 记录，原文保留", raw=original, value=number)
    elif g["cn"] is not None:
        note = msg("中文数字“{raw}”读作 {value}", raw=original, value=number)
    else:
        note = msg("从文字“{raw}”中读出 {value}", raw=original, value=number)
    return Parsed(number, Reading.GUESS, original, note)


# --- departure time ----------------------------------------------------------------------------

# The pieces of a date. Each form below is a whole grammar: date, then optionally a time.
_YEAR = rf"(?:(?P<y>\d{{4}})|(?P<ycn>[零〇{_D}]{{4}}))"
_MONTH = rf"(?:(?P<m>\d{{1,2}})|(?P<mcn>{_CN_SMALL}))"
_DAY = rf"(?:(?P<d>\d{{1,2}})|(?P<dcn>{_CN_SMALL}))"
_MON = (r"(?i:january|february|march|april|may|june|july|august|september|october|november|december"
        r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)")

_DATE_FORMS = {
    "ymd": rf"(?P<y>\d{{4}}) {_SP} (?P<sep>[-/.]) {_SP} (?P<m>\d{{1,2}}) {_SP} (?P=sep) {_SP} (?P<d>\d{{1,2}})",
    "ymd_cn": rf"{_YEAR} {_SP} 年 {_SP} {_MONTH} {_SP} 月 {_SP} {_DAY} {_SP} [日号]?",
    "md_cn": rf"{_MONTH} {_SP} 月 {_SP} {_DAY} {_SP} [日号]?",
    "md": rf"(?P<m>\d{{1,2}}) {_SP} (?P<sep>[-/.]) {_SP} (?P<d>\d{{1,2}})",
    "compact": r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})",
    "en_dmy": rf"(?P<d>\d{{1,2}}) [-\ ] (?P<mon>{_MON}) \.? (?:,?\ |-) (?P<y>\d{{4}})",
    "en_mdy": rf"(?P<mon>{_MON}) \.? \  (?P<d>\d{{1,2}}) ,? \  (?P<y>\d{{4}})",
}
_MONTHS_EN = {name: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], start=1) for name in names}

_PERIODS = "凌晨|半夜|深夜|清晨|早上|早晨|早|上午|中午|午后|下午|傍晚|晚上|晚间|夜晚|夜里|夜间|晚"
# hour as written -> hour of the day, for each period; an hour not listed contradicts its period
_PERIOD_HOURS: dict[str, dict[int, int]] = {}
for _names, _hours in [
    (("凌晨",), {12: 0, **{h: h for h in range(0, 7)}}),
    (("半夜", "深夜"), {**{h: h for h in range(0, 5)}, 10: 22, 11: 23, 22: 22, 23: 23}),
    (("清晨", "早上", "早晨", "早"), {h: h for h in range(4, 12)}),
    (("上午",), {h: h for h in range(0, 12)}),
    (("中午",), {11: 11, 12: 12, 1: 13, 2: 14, 13: 13, 14: 14}),
    (("午后", "下午"), {12: 12, **{h: h + 12 for h in range(1, 12)}, **{h: h for h in range(13, 24)}}),
    (("傍晚",), {**{h: h + 12 for h in range(4, 9)}, **{h: h for h in range(16, 21)}}),
    (("晚上", "晚间", "夜晚", "夜里", "夜间", "晚"), {**{h: h + 12 for h in range(6, 12)}, **{h: h for h in range(18, 24)}}),
]:
    for _name in _names:
        _PERIOD_HOURS[_name] = _hours

_TIME = rf"""
    (?: (?P<pre>{_PERIODS}) {_SP} )?
    (?:
        (?P<h>\d{{1,2}}) {_SP} : {_SP} (?P<mi>\d{{2}}) (?: {_SP} : {_SP} (?P<s>\d{{2}}) (?P<frac>\.\d+)? )?
      | (?: (?P<h2>\d{{1,2}}) | (?P<hcn>[零〇]|{_CN_SMALL}) ) {_SP} [时点]
        (?: {_SP} (?: (?P<mi2>\d{{1,2}}) | (?P<micn>[零〇]?{_CN_SMALL}|[零〇]) | (?P<half>半) | (?P<quarter>[一三]刻) ) )?
        (?: {_SP} (?P<fen>分) )?
        (?: {_SP} (?P<s2>\d{{1,2}}) {_SP} 秒 )?
        (?: {_SP} (?:钟|整) )?
      | (?P<h3>\d{{1,2}}) (?= {_SP} (?i:[ap]\.?m) )
    )
    (?: {_SP} (?P<post>(?i:a\.?m\.?|p\.?m\.?)) )?
"""
# between a date and its time: a space, 'T' or a comma; nothing where a digit does not meet a digit
_DATE_TIME_SEPARATOR = r"(?: \ ?[T,]\ ? | \  | (?<=\D) | (?=\D) )"

_DATE_TIME_GRAMMARS = [(form, Grammar(rf"{pattern} (?: {_DATE_TIME_SEPARATOR} {_TIME} )?"))
                       for form, pattern in _DATE_FORMS.items()]
# the time written first ('19:30 2022/1/8'), a space between: the same pieces, read whole
_TIME_FIRST_GRAMMARS = [(form, Grammar(rf"{_TIME} \  {_DATE_FORMS[form]}")) for form in ("ymd", "ymd_cn", "md_cn", "md")]
_DATE_GRAMMARS = [(form, Grammar(pattern)) for form, pattern in _DATE_FORMS.items()]
_TIME_GRAMMAR = Grammar(_TIME)
_SERIAL_TEXT = Grammar(r"\d{5}(?:\.\d+)?")

_WEEKDAY_CN = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKDAY_EN = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_WEEKDAY_NAMES = (msg("星期一"), msg("星期二"), msg("星期三"), msg("星期四"), msg("星期五"), msg("星期六"), msg("星期日"))
_WEEKDAY_EN_NAMES = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                     r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun")
_WEEKDAY = re.compile(
    r"\((?:星期|周|礼拜)?([一二三四五六日天])\)"
    r"|(?:星期|周|礼拜)([一二三四五六日天])"
    rf"|\((?<![A-Za-z])({_WEEKDAY_EN_NAMES})\.?\)"
    rf"|(?<![A-Za-z])({_WEEKDAY_EN_NAMES})(?![A-Za-z])\.?,?",
    re.IGNORECASE,
)


_NO_WEEKDAY = re.compile(r"[^星周礼(a-zA-Z]*").fullmatch  # no character a weekday can start with

# The tidy shapes, read at once (the general grammars above read them too, only slower): whole texts
_TIDY = Grammar(r"(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日)(?:(?:\ |T|(?<=日))(\d{1,2}):(\d{2}))?")
_TIDY_NO_YEAR = Grammar(r"(\d{1,2})月(\d{1,2})日(?:\ ?(\d{1,2}):(\d{2}))?")


def _tidy_departure(text: str, original: str, year_hint: int | None) -> Parsed | None:
    match = _TIDY.read(text)
    if match is not None:
        year, _, m1, d1, m2, d2, hour, minute = match.groups()
        year = int(year)
        if not 1990 <= year <= 2100:
            return None
        month, day = int(m1 or m2), int(d1 or d2)
    else:
        match = _TIDY_NO_YEAR.read(text)
        if match is None or not year_hint:
            return None
        m1, d1, hour, minute = match.groups()
        year, month, day = year_hint, int(m1), int(d1)
    try:
        if hour is None:
            canonical = day_text(dt.date(year, month, day))
        else:
            canonical = minute_text(dt.datetime(year, month, day, int(hour), int(minute)))
    except ValueError:
        return None  # the general reader says why
    if match.re is _TIDY.pattern:
        return Parsed(canonical, Reading.OK, original)
    return Parsed(canonical, Reading.GUESS, original, msg("“{raw}”没有年份，按工作簿年份读作 {value}", raw=original, value=canonical))


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


def _cell_minute(moment: dt.datetime) -> dt.datetime:
    """A date-time or time cell to the minute as Excel and LibreOffice show it under 'hh:mm': the
    seconds cut (08:00:59 is shown, and meant, as 08:00). Only a float's error just under the next
    minute (07:59:59.9995, 'a second or less short') goes up. A serial number typed by hand is
    another thing (its few decimals are no seconds anyone wrote): it goes to the nearest minute."""
    if not moment.second and not moment.microsecond:
        return moment
    base = moment.replace(second=0, microsecond=0)
    return base + dt.timedelta(minutes=1) if moment.second + moment.microsecond / 1e6 > 59 else base


def from_excel_serial(serial: float) -> dt.datetime:
    return EXCEL_EPOCH + dt.timedelta(days=serial)


class _Moment(NamedTuple):
    """What a text said: a day, perhaps a time of day, and why the reading is a guess (if it is)."""
    day: dt.date
    time: tuple[int, int] | None
    why: tuple[Text, ...]


class _Unread(NamedTuple):
    why: Text  # why the text could not be read as one departure


def _take_weekday(text: str) -> tuple[str, int | None, str | None] | _Unread:
    """The text without its weekday, the weekday (Monday 0) and how it was written."""
    if _NO_WEEKDAY(text):
        return text, None, None
    found = list(_WEEKDAY.finditer(text))
    if not found:
        return text, None, None
    if len(found) > 1:
        return _Unread(msg("写了不止一个星期几"))
    m = found[0]
    cn = m.group(1) or m.group(2)
    weekday = _WEEKDAY_CN[cn] if cn else _WEEKDAY_EN[(m.group(3) or m.group(4))[:3].lower()]
    rest = " ".join((text[:m.start()] + " " + text[m.end():]).split())
    return rest, weekday, m.group(0)


def _hour_of_day(hour: int, pre: str | None, post: str | None) -> int | None:
    """The hour on a 24-hour clock, or None where the hour and its period contradict each other."""
    result = hour if 0 <= hour <= 23 else None
    if post is not None:
        if post[0] in "aA":
            result = 0 if hour == 12 else hour if 0 <= hour <= 11 else None
        else:
            result = 12 if hour == 12 else hour + 12 if 1 <= hour <= 11 else hour if 13 <= hour <= 23 else None
        if result is None:
            return None
    if pre is not None:
        by_period = _PERIOD_HOURS[pre].get(hour)
        if by_period is None or (post is not None and by_period != result):
            return None
        result = by_period
    return result


def _time_of(g: dict[str, Any]) -> tuple[int, int, list[Text]] | _Unread | None:
    """(hour, minute, why) from the groups of a time, None where there is no time."""
    why: list[Text] = []
    if g["h"] is not None:
        hour, minute, second = int(g["h"]), int(g["mi"]), g["s"]
    elif g["h2"] is not None or g["hcn"] is not None:
        hour = _number(g["h2"], g["hcn"])
        if g["hcn"] is not None:
            why.append(msg("中文数字的时刻"))
        second = g["s2"]
        if g["half"] or g["quarter"]:
            minute = 30 if g["half"] else 15 if g["quarter"][0] == "一" else 45
            why.append(msg("“{word}”读作 {minute} 分", word=g["half"] or g["quarter"], minute=minute))
        elif g["mi2"] is not None or g["micn"] is not None:
            minute = _number(g["mi2"], g["micn"])
            # '3点5' and '三点五': 3:05 or 3:30 (three and a half)? Only with '分' or two digits
            written = g["mi2"] or g["micn"]
            if not g["fen"] and minute < 10 and not (g["mi2"] and len(g["mi2"]) == 2) and written[0] not in "零〇":
                return _Unread(msg("分钟数不清楚（应写成两位数字或带“分”字）"))
            if g["micn"] is not None and g["hcn"] is None:
                why.append(msg("中文数字的时刻"))
        else:
            minute = 0
    elif g["h3"] is not None:
        hour, minute, second = int(g["h3"]), 0, None
    else:
        return None
    pre, post = g["pre"], g["post"]
    h = _hour_of_day(hour, pre, post)
    if h is None:
        said = " ".join(p for p in (pre, str(hour), post) if p)
        return _Unread(msg("时刻“{time}”前后矛盾或超出范围", time=said))
    if not 0 <= minute <= 59 or (second is not None and not 0 <= int(second) <= 59):
        return _Unread(msg("分钟或秒数超出范围"))
    if pre is not None or post is not None:
        said = pre or post
        why.append(msg("时段“{period}”的 {hour} 点读作 {h} 时", period=said, hour=hour, h=f"{h:02d}"))
    if (second is not None and int(second)) or (g.get("frac") and float(g["frac"])):
        why.append(msg("秒数不计"))
    return h, minute, why


def _date_of(form: str, g: dict[str, Any], year_hint: int | None) -> tuple[dt.date, list[Text]] | _Unread:
    why: list[Text] = []
    if form in ("md", "md_cn"):
        if not year_hint:
            return _Unread(msg("没有年份，工作簿的年份也不知道"))
        year = year_hint
        why.append(msg("没有年份，按工作簿年份 {year} 年读取", year=year_hint))
    elif g.get("ycn") is not None:
        year = int("".join(str(_CN_VALUE[ch]) for ch in g["ycn"]))
    else:
        year = int(g["y"])
    if g.get("mon") is not None:
        month = _MONTHS_EN[g["mon"].lower()]
        why.append(msg("英文月份"))
    else:
        month = _number(g["m"], g.get("mcn"))
    day = _number(g["d"], g.get("dcn"))
    if g.get("ycn") or g.get("mcn") or g.get("dcn"):
        why.append(msg("中文数字的日期"))
    if form == "compact":
        why.append(msg("连写的日期"))
    if not 1990 <= year <= 2100:
        return _Unread(msg("年份 {year} 不在 1990 到 2100 之间", year=year))
    try:
        return dt.date(year, month, day), why
    except ValueError:
        return _Unread(msg("没有这一天"))


def _read_moment(text: str, year_hint: int | None, with_time: bool = True) -> _Moment | _Unread:
    """A normalised text as one departure (a day, with a time where one is written), read whole."""
    taken = _take_weekday(text)
    if type(taken) is _Unread:
        return taken
    rest, weekday, weekday_text = taken
    grammars = _DATE_TIME_GRAMMARS if with_time else _DATE_GRAMMARS
    if with_time:
        grammars = grammars + [(form, grammar, True) for form, grammar in _TIME_FIRST_GRAMMARS]
    for form, grammar, *time_first in grammars:
        match = grammar.read(rest)
        if match is None:
            continue
        g = match.groupdict()
        got = _date_of(form, g, year_hint)
        if type(got) is _Unread:
            return got
        day, why = got
        time = _time_of(g) if with_time else None
        if type(time) is _Unread:
            return time
        if time_first:
            why.append(msg("时刻写在日期之前"))
        if time is not None:
            why.extend(time[2])
            time = time[:2]
        if weekday is not None:
            if weekday != day.weekday():
                return _Unread(msg("“{weekday}”与日期 {day} 不符（那天是{actual}）", weekday=weekday_text,
                                   day=day_text(day), actual=_WEEKDAY_NAMES[day.weekday()]))
            why.append(msg("星期几与日期相符"))
        return _Moment(day, time, tuple(why))
    if _MONTH_ONLY.read(rest):
        return _Unread(msg("只有年月，没有哪一天"))
    return _Unread(msg("不是一个日期或时间"))


_MONTH_ONLY = Grammar(r"(?:\d{4}|\d{2})\s*(?:年\s*\d{1,2}\s*月(?:份)?|[-/.]\s*\d{1,2})")


def _read_time(text: str) -> tuple[int, int, list[Text]] | _Unread | None:
    match = _TIME_GRAMMAR.read(text)
    if match is None:
        return _Unread(msg("不是一个时刻"))
    return _time_of(match.groupdict())


def _moment_text(moment: _Moment) -> str:
    if moment.time is None:
        return day_text(moment.day)
    hour, minute = moment.time
    d = moment.day
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d} {hour:02d}:{minute:02d}"


def _serial(value: float, raw: str) -> Parsed:
    moment = from_excel_serial(float(value))
    if float(value).is_integer():
        text = day_text(moment.date())
    else:
        text = minute_text(_round_minute(moment))
    return Parsed(text, Reading.GUESS, raw, msg("数字 {raw} 按 Excel 日期序号读作 {value}", raw=raw, value=text))


def parse_departure(value: Any, year_hint: int | None = None) -> Parsed:
    """Departure: 'YYYY-MM-DD HH:MM', or 'YYYY-MM-DD' where only the day is known."""
    if type(value) is dt.datetime and value.year > 1900:  # the common case first
        if value.second or value.microsecond:
            value = _cell_minute(value)
        return Parsed(value.isoformat(" ", "minutes"))
    if is_blank(value):
        return Parsed(None, Reading.EMPTY)
    if isinstance(value, dt.date) and value.year <= 1900:
        # Excel's day 0 or 1 (1899-12-30, 1900-01-01): a time-of-day cell or a small number shown as a date
        if isinstance(value, dt.datetime) and value.date() <= dt.date(1900, 1, 1) and value.time() != dt.time(0, 0):
            return Parsed(None, Reading.RAW, value.strftime("%H:%M"), msg("只有时刻没有日期，保留原值"))
        return Parsed(None, Reading.RAW, cell_text(value), msg("日期 {raw} 不是出队日期，保留原值", raw=cell_text(value)))
    if isinstance(value, dt.datetime):
        return Parsed(minute_text(_cell_minute(value)))
    if isinstance(value, dt.date):
        return Parsed(day_text(value))
    if isinstance(value, bool):
        return Parsed(None, Reading.RAW, cell_text(value), msg("不是日期，保留原值"))
    if isinstance(value, (int, float)):
        if 20000 <= value <= 80000:  # an Excel serial number: 1954 to 2119
            return _serial(value, cell_text(value))
        return Parsed(None, Reading.RAW, cell_text(value), msg("数字“{raw}”不是日期，保留原值", raw=cell_text(value)))
    if isinstance(value, dt.time):
        return Parsed(None, Reading.RAW, cell_text(value), msg("只有时刻没有日期，保留原值"))
    if isinstance(value, dt.timedelta):
        return Parsed(None, Reading.RAW, str(value), msg("不是日期，保留原值"))
    return _departure_text(str(value), year_hint)


@functools.lru_cache(maxsize=8192)
def _departure_text(value: str, year_hint: int | None) -> Parsed:
    original = value.strip()
    text = normal(original)
    tidy = _tidy_departure(text, original, year_hint)
    if tidy is not None:
        return tidy
    if is_placeholder(original):
        return Parsed(None, Reading.EMPTY, original, msg("占位符，视为空"))
    if _SERIAL_TEXT.read(text):
        number = float(text)
        if 20000 <= number <= 80000:
            return _serial(number, original)
    moment = _read_moment(text, year_hint)
    if type(moment) is _Unread:
        return Parsed(None, Reading.RAW, original,
                      msg("无法读出一个出队时间（{why}），保留原文“{raw}”", why=moment.why, raw=original))
    canonical = _moment_text(moment)
    if moment.why:
        return Parsed(canonical, Reading.GUESS, original,
                      msg("“{raw}”读作 {value}：{why}", raw=original, value=canonical,
                          why=joined(moment.why, SEMICOLON)))
    return Parsed(canonical, Reading.OK, original)


def _part_text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else cell_text(value)


def _whole_in_time_column(date_value: Any, time_value: dt.datetime, both: str, year_hint: int | None) -> Parsed | None:
    """The time column holds a whole date and time (出队时间 beside an extra 日期 column): that moment,
    where the date column is empty or names the same day; None where they disagree."""
    whole = parse_departure(time_value, year_hint)
    if whole.reading is not Reading.OK or not isinstance(whole.value, str):
        return None
    if not is_blank(date_value):
        if type(date_value) is dt.datetime and date_value.time() == dt.time(0, 0):
            date_value = date_value.date()
        day = parse_departure(date_value, year_hint)
        if day.reading is not Reading.OK or not isinstance(day.value, str) or day.value[:10] != whole.value[:10]:
            return None
    return Parsed(whole.value, Reading.GUESS, both,
                  msg("时间一栏里是完整的日期和时间“{value}”，与日期一栏相符，按它读取", value=whole.value))


def parse_departure_parts(date_value: Any, time_value: Any, year_hint: int | None = None) -> Parsed:
    """One departure from a workbook that keeps the day (出队日期) and the time (出队时间) in two
    columns: the day and its time, or the day alone where the time is empty; RAW keeping both
    texts ('date time') where either cannot be read whole or they disagree."""
    if is_blank(time_value) or (isinstance(time_value, str) and is_placeholder(time_value)):
        if type(date_value) is dt.datetime and date_value.year > 1900 and date_value.time() == dt.time(0, 0):
            date_value = date_value.date()  # a date column holds days: its 00:00 is no time of day
        day = parse_departure(date_value, year_hint)
        if day.reading is Reading.EMPTY and not is_blank(time_value):  # a placeholder in both columns
            return Parsed(None, Reading.EMPTY, " ".join(t for t in (day.raw, time_value.strip()) if t),
                          msg("占位符，视为空"))
        return day
    both = " ".join(t for t in (_part_text(date_value), _part_text(time_value)) if t)

    def unread(why: Text) -> Parsed:
        return Parsed(None, Reading.RAW, both, msg("无法读出一个出队时间（{why}），保留原文“{raw}”", why=why, raw=both))

    # the time of day
    why: list[Text] = []
    if isinstance(time_value, dt.datetime):
        if time_value.date() not in (dt.date(1899, 12, 30), dt.date(1899, 12, 31), dt.date(1900, 1, 1)):
            return _whole_in_time_column(date_value, time_value, both, year_hint) or unread(msg("时间一栏里是日期"))
        moment = _cell_minute(dt.datetime(2000, 1, 1, time_value.hour, time_value.minute, time_value.second,
                                           time_value.microsecond))
        time = (moment.hour, moment.minute) if moment.day == 1 else None
    elif isinstance(time_value, dt.time):
        moment = _cell_minute(dt.datetime.combine(dt.date(2000, 1, 1), time_value))
        time = (moment.hour, moment.minute) if moment.day == 1 else None
    elif isinstance(time_value, dt.timedelta) or (isinstance(time_value, (int, float))
                                                   and not isinstance(time_value, bool)):
        fraction = (time_value.total_seconds() / 86400 if isinstance(time_value, dt.timedelta)
                    else float(time_value))
        if not (math.isfinite(fraction) and 0 <= fraction < 1):
            return unread(msg("时间一栏里的数字不是一天中的时刻"))
        moment = _round_minute(dt.datetime(2000, 1, 1) + dt.timedelta(days=fraction))
        time = (moment.hour, moment.minute) if moment.day == 1 else None
        if isinstance(time_value, (int, float)):
            why.append(msg("数字按 Excel 时刻读取"))
    elif isinstance(time_value, str):
        got = _read_time(normal(time_value))
        if type(got) is _Unread:
            return unread(got.why)
        time = got[:2]
        why.extend(got[2])
    else:
        return unread(msg("不是一个时刻"))
    if time is None:
        return unread(msg("时刻超出一天"))

    # the day
    if is_blank(date_value) or (isinstance(date_value, str) and is_placeholder(date_value)):
        return unread(msg("只有时刻没有日期"))
    if isinstance(date_value, dt.date) and date_value.year <= 1900:  # Excel's day 0: a time, or a small number
        return unread(msg("不是日期"))
    if isinstance(date_value, dt.datetime):
        day, day_time = date_value.date(), None
        if date_value.time() != dt.time(0, 0):
            rounded = _cell_minute(date_value)
            day, day_time = rounded.date(), (rounded.hour, rounded.minute)
    elif isinstance(date_value, dt.date):
        day, day_time = date_value, None
    elif isinstance(date_value, (int, float)) and not isinstance(date_value, bool):
        if not 20000 <= date_value <= 80000:
            return unread(msg("日期一栏里的数字不是日期"))
        moment = _round_minute(from_excel_serial(float(date_value)))
        day = moment.date()
        day_time = None if float(date_value).is_integer() else (moment.hour, moment.minute)
        why.append(msg("数字按 Excel 日期序号读取"))
    elif isinstance(date_value, str):
        text = normal(date_value)
        if _SERIAL_TEXT.read(text) and 20000 <= float(text) <= 80000:
            moment = _round_minute(from_excel_serial(float(text)))
            day = moment.date()
            day_time = None if float(text).is_integer() else (moment.hour, moment.minute)
            why.append(msg("数字按 Excel 日期序号读取"))
        else:
            got = _read_moment(text, year_hint)
            if type(got) is _Unread:
                return unread(got.why)
            day, day_time = got.day, got.time
            why.extend(got.why)
    else:
        return unread(msg("不是日期"))
    if day_time is not None and day_time != time:
        return unread(msg("日期一栏里的时刻与时间一栏不同"))
    canonical = _moment_text(_Moment(day, time, ()))
    if not isinstance(date_value, str) and not isinstance(time_value, str):
        if why:
            return Parsed(canonical, Reading.GUESS, both, msg("“{raw}”读作 {value}：{why}", raw=both, value=canonical,
                                                              why=joined(why, SEMICOLON)))
        return Parsed(canonical)
    if why:
        return Parsed(canonical, Reading.GUESS, both,
                      msg("“{raw}”读作 {value}：{why}", raw=both, value=canonical, why=joined(why, SEMICOLON)))
    return Parsed(canonical, Reading.OK, both)


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
    """Squads: several joined with '、' in the canonical form (every name of the text is kept)."""
    if is_blank(value):
        return Parsed("", Reading.EMPTY)
    if type(value) is str:
        return _parse_squads_text(value)  # a team has tens of squads: the same texts come again and again
    return lost_digits(value) or not_text(value) or _parse_squads_text(cell_text(value))


_SQUAD_WITH_SUFFIX = Grammar(r"(?P<stem>.+?)(?P<suffix>分队|中队|小队|大队|支队)")
_UNIT_NAME = Grammar(r".*(?:队|部|组|站|中心|办|室|会)")


def _shared_suffix(names: list[str]) -> tuple[list[str], str] | None:
    """'一、二分队', '甘井子、金州分队': the last name's '分队' said once for all; the names written
    whole ('一分队、二分队') and the suffix, or None where the text is no such list."""
    if len(names) < 2:
        return None
    last = _SQUAD_WITH_SUFFIX.read(names[-1])
    if last is None or any(_UNIT_NAME.read(name) for name in names[:-1]):
        return None
    suffix = last["suffix"]
    return [name + suffix for name in names[:-1]] + [names[-1]], suffix


@functools.lru_cache(maxsize=4096)
def _parse_squads_text(value: str) -> Parsed:
    original = value.strip()
    if unicodedata.is_normalized("NFKC", original) and not _SQUADS_UNTIDY.search(original):
        names = original.split("、")
        if len(set(names)) == len(names) and not is_placeholder(original) and _shared_suffix(names) is None:
            return Parsed(original)  # the common case: already canonical
    if is_placeholder(original):
        return Parsed("", Reading.EMPTY, original, msg("占位符，视为空"))
    names = split_squads(original)
    shared = _shared_suffix(names)
    if shared is not None:
        canonical = "、".join(dict.fromkeys(shared[0]))
        return Parsed(canonical, Reading.GUESS, original, msg(
            "分队“{raw}”中“{suffix}”只写了一次，读作“{value}”", raw=original, suffix=shared[1], value=canonical))
    canonical = "、".join(names)
    if canonical == original:
        return Parsed(canonical)
    if not names:
        return Parsed("", Reading.EMPTY, original, "")
    return Parsed(canonical, Reading.GUESS, original, msg("分队“{raw}”整理为“{value}”", raw=original, value=canonical))
