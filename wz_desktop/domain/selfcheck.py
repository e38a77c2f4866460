"""The import's self-check: every stored value, rendered back the way the export writes it, is
compared with the cell it was read from.

The comparison allows only the documented normalisations (docs/workbook-format.md):

* width (NFKC: ``１６`` is ``16``, ``：`` is ``:``) and white space (trimmed, runs of spaces as one);
* the characters that show nothing (zero-width space, byte-order mark, word joiner, direction marks);
* a whole number stored as a float (``16.0`` is ``16``; an event number ``20200153.0`` is ``20200153``);
* a date or date-time cell against its text (``yyyy-mm-dd hh:mm`` / ``yyyy-mm-dd``, to the minute,
  the workbook's precision);
* the separators of a date (``2020.3.5 14:30``, ``2020年3月5日 14时30分``, ``2020/03/05T14:30`` all
  have the numbers 2020 3 5 14 30), zero seconds, and the workbook's year filled in (``3月5日``);
* the separators between squads (``中山分队,西岗分队`` is ``中山分队、西岗分队``);
* how a time of day is said, checked exactly: a 12-hour clock with its marker (``下午3:45``,
  ``3:45 PM`` are 15:45, ``凌晨12:10`` is 00:10), ``14点``, ``3点半``, seconds to the nearest minute;
  a date in Chinese numerals (``二〇二二年三月五日``); a weekday beside the date, which must be the
  date's own (``2022年1月8日星期六``, ``周六``, ``(六)``, ``Sat``).

Any other difference must be explained by the import report's note on that cell: a GUESS that
names the value stored (``“18人”读作 18``), a RAW value kept as its text, a placeholder read as
empty. A difference nothing explains is *unexplained*: the importer flags the row and reports it.
The check is independent of the readers in ``domain.parse``: it does not call them.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from itertools import compress, repeat
from operator import and_, ne
from typing import Any, NamedTuple

COUNT_FIELDS = ("headcount", "vehicles")
_DATE_CHARS = re.compile(r"^[\d\s\-/.年月日号时分秒点:T,，]+$")
_NUMBER = re.compile(r"\d+")
_WHOLE_FLOAT_TEXT = re.compile(r"^(\d+)\.0+$")
_SQUAD_SEPARATORS = re.compile(r"\s*(?:[、,，;；/|+&]|\s)\s*")
_DATETIME = dt.datetime
# the same table as domain.text.INVISIBLE, written out here: the check does not lean on the readers' modules
_INVISIBLE: dict[int, None] = dict.fromkeys(map(ord, "\u200b\u200e\u200f\u2060\ufeff"))


class Difference(NamedTuple):
    index: int  # type: ignore[assignment]  # the task's index in the columns checked (callers read .index; it shadows tuple.index)
    field: str
    source: str  # the cell, as read (normalised)
    stored: str  # what the export writes back (normalised)


def normal(text: str) -> str:
    """Width folded, the characters that show nothing dropped, white space trimmed, runs of white
    space as one space."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_INVISIBLE).split())


def source_form(cell: Any) -> str:
    """A cell as text, under the normalisations (a date-time to the minute, 16.0 as 16)."""
    if cell is None:
        return ""
    if type(cell) is str:
        return normal(cell)
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else repr(cell)
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, dt.datetime):
        if cell.second or cell.microsecond:  # to the minute as 'hh:mm' shows it: seconds cut, a float's error up
            up = cell.second + cell.microsecond / 1e6 > 59
            cell = cell.replace(second=0, microsecond=0) + dt.timedelta(minutes=1 if up else 0)
        return f"{cell.year:04d}-{cell.month:02d}-{cell.day:02d} {cell.hour:02d}:{cell.minute:02d}"
    if isinstance(cell, dt.date):
        return f"{cell.year:04d}-{cell.month:02d}-{cell.day:02d}"
    if isinstance(cell, dt.time):
        return f"{cell.hour:02d}:{cell.minute:02d}"
    return normal(str(cell))


def stored_form(field: str, value: Any, raw: str | None, is_placeholder: Callable[[str], bool]) -> str:
    """What the export writes for a stored value (and its raw text), as text."""
    if value is not None and value != "":
        return normal(str(value))
    if field in ("departure", "headcount", "vehicles") and raw and not is_placeholder(raw):
        return normal(raw)
    return ""


def _date_numbers(text: str) -> list[int] | None:
    if not _DATE_CHARS.match(text):
        return None
    return [int(n) for n in _NUMBER.findall(text)]


_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_RUN = re.compile(r"[〇零一二两三四五六七八九十]+")
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKDAY = re.compile(r"(?:星期|礼拜|周)([一二三四五六日天])|[(（]([一二三四五六日天])[)）]"
                      r"|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?", re.IGNORECASE)
_EN_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_MARKER = re.compile(r"上午|早上|早晨|凌晨|中午|下午|晚上|夜间|夜里|晚|\b[ap]\.?m\.?(?![a-z])", re.IGNORECASE)
_AFTERNOON = {"下午", "晚上", "夜间", "夜里", "晚", "pm"}


def _cn_number(run: str) -> str:
    """'二〇二二' -> '2022', '十二' -> '12', '三十一' -> '31' (digits read one by one, or tens)."""
    if "十" not in run:
        return "".join(str(_CN_DIGIT[ch]) for ch in run)
    tens, _, ones = run.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return run  # no number of a date: left as it is, and the text is then no date
    return str((_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0))


def _departure_parts(text: str) -> tuple[list[int], str | None, int | None] | None:
    """The numbers of a date-time text, its 12-hour marker (上午/下午/AM/PM …) and weekday, if any."""
    weekday = None
    for m in _WEEKDAY.finditer(text):
        word = m.group(1) or m.group(2)
        day = _WEEKDAYS[word] if word else _EN_WEEKDAYS[m.group(3).lower()]
        if weekday is not None and weekday != day:
            return None
        weekday = day
    text = _WEEKDAY.sub(" ", text)
    markers = {m.group(0).lower().replace(".", "") for m in _MARKER.finditer(text)}
    if len(markers) > 1:
        return None
    text = _MARKER.sub(" ", text)
    text = _CN_RUN.sub(lambda m: _cn_number(m.group(0)), text.replace("点半", ":30").replace("时半", ":30"))
    numbers = _date_numbers(text)
    if numbers is None:
        return None
    return numbers, (markers.pop() if markers else None), weekday


def _same_departure(source: str, stored: str, year: int | None) -> bool:
    parts, b = _departure_parts(source), _date_numbers(stored)
    if not parts or not b:
        return False
    a, marker, weekday = parts
    if len(a) == 6:  # seconds: to the nearest minute, as a date-time cell is
        if a[5] >= 60:
            return False
        if a[5] >= 30:
            h, m = divmod(a[3] * 60 + a[4] + 1, 60)
            a = a[:3] + [h, m]  # (a day's last half-minute is left to the reader's note)
        else:
            a = a[:5]
    if len(a) + 1 == len(b) and b[1:3] == a[:2] and (year is None or b[0] == year):
        a = [b[0]] + a  # the year filled in (the workbook's): '3月5日 14:30' is 2020-03-05 14:30
    if marker is not None:  # a 12-hour clock: the hour as the marker says
        if len(a) < 4:
            return False
        hour = a[3]
        if not 0 <= hour <= 12:
            return False
        if marker in _AFTERNOON:
            hour = hour + 12 if hour < 12 else hour
        elif marker == "中午":
            hour = hour + 12 if hour < 11 else hour
        elif hour == 12:  # 12 AM, 凌晨12点: midnight
            hour = 0
        a = a[:3] + [hour] + a[4:]
    if len(a) == 4:
        a = a + [0]  # '14点', '14时': on the hour
    if a != b:
        return False
    if weekday is not None:
        try:
            return dt.date(a[0], a[1], a[2]).weekday() == weekday
        except ValueError:
            return False
    return True


def same(field: str, source: str, stored: str, year: int | None = None) -> bool:
    """Whether a cell and a stored value are the same under the documented normalisations."""
    if source == stored:
        return True
    if field == "event_no":
        return source.replace(" ", "") == stored
    if field == "departure":
        return _same_departure(source, stored, year)
    if field in COUNT_FIELDS:
        whole = _WHOLE_FLOAT_TEXT.match(source)
        return whole is not None and str(int(whole.group(1))) == stored
    if field == "squads":
        return [p for p in _SQUAD_SEPARATORS.split(source) if p] == stored.split("、")
    return False


def explained(note: tuple[str, str] | None, stored: str) -> bool:
    """Whether the report's note on a cell accounts for the stored value: a guess that names what
    was stored, a raw value (kept as its text), or a placeholder read as empty."""
    if note is None:
        return False
    reading, text = note
    if reading == "raw":
        return True
    if reading == "empty":
        return stored == ""
    if not stored:
        return False
    # the value named whole, not as a part of another ('1' in '16', '2020-03-05' in '2020-03-05 14:30',
    # '中山分队' in '“中山分队、西岗分队”'): between spaces, quotes, brackets or the ends of a clause
    text = normal(text)
    at = text.find(stored)
    while at >= 0:
        end = at + len(stored)
        before = text[at - 1] if at else ""
        after = text[end] if end < len(text) else ""
        if (not before or before in _BEFORE) and (not after or after in _AFTER):
            if not (after == " " and end + 1 < len(text) and text[end + 1].isdigit()):
                return True
        at = text.find(stored, at + 1)
    return False


_BEFORE = frozenset(" “\"'(（")
_AFTER = frozenset(" ”\"')），。;；")


def check_column(field: str, cells: list[Any], values: list[Any], raws: list[Any],
                 notes: dict[int, tuple[str, str]], is_placeholder: Callable[[str], bool],
                 year: int | None = None) -> list[Difference]:
    """The unexplained differences between one column's cells and the values stored for them.

    ``cells[i]`` is the cell (or, for a departure read from a date and a time column, the two
    cells' text joined), ``values[i]``/``raws[i]`` what is stored, ``notes[i]`` the report's note
    on the cell as (reading, text) where there is one. The tidy cells are passed over first with
    a cheap test of identity; only the others are normalised.
    """
    out: list[Difference] = []
    for i in _not_identical(field, cells, values, raws):
        stored = stored_form(field, values[i], raws[i], is_placeholder)
        note = notes.get(i)
        if note is not None and explained(note, stored):
            continue  # the report says what was stored (the cheaper test first)
        source = source_form(cells[i])
        if same(field, source, stored, year):
            continue
        out.append(Difference(i, field, source, stored))
    return out


def _not_identical(field: str, cells: list[Any], values: list[Any], raws: list[Any]) -> list[int]:
    """The rows whose stored value is not simply the cell itself (the same text, the same number,
    the date-time cell's own minute, nothing for an empty cell): only these are normalised. The
    first sieve runs in C (``map``/``compress``), so the tidy rows cost well under a microsecond."""
    n = len(cells)
    if field in COUNT_FIELDS:  # 16.0 == 16 and None == None in C; a raw text is always looked at
        differing = set(compress(range(n), map(ne, cells, values)))
        return sorted(differing.union(compress(range(n), raws)))
    if field == "departure":
        # a date-time cell and its minute: equal once the stored text is read back (fromisoformat, in C);
        # a stored day ('2022-01-05') under a cell with a time is looked at whatever the comparison says
        filler = "0001-01-01 00:00"
        safe = values if None not in values else [filler if v is None else v for v in values]
        try:
            differing = set(compress(range(n), map(ne, cells, map(_DATETIME.fromisoformat, safe))))
        except (TypeError, ValueError):  # a stored value that is no date at all: every row is looked at
            differing = set(range(n))
        differing.update(compress(range(n), map(ne, map(len, safe), repeat(16))))
        return sorted(i for i in differing
                      if not (cells[i] is None and values[i] is None and raws[i] is None))
    # text: the stored text is the cell's own object, or an equal text; an empty cell is empty text
    not_empty = map((None, "").__ne__, zip(cells, values))
    return list(compress(range(n), map(and_, map(ne, cells, values), not_empty)))


def unanchored_rows(event_nos: list[Any], departures: list[Any], departure_raws: list[Any]) -> list[int]:
    """The rows kept as tasks with neither an event number nor a departure (read or raw).

    The cell check above compares each value with its cell, so it cannot see a row that should not
    be a task at all (a note between tasks, a total in words, a remark continued on its own line):
    such a row is stored verbatim. Every task the team records has a number or a day; a row with
    neither is what a misread structure leaves behind, so it is flagged and reported, never stored
    silently."""
    return [i for i, (e, d, r) in enumerate(zip(event_nos, departures, departure_raws))
            if not (e and str(e).strip()) and d is None and not (r and str(r).strip())]


_NO_NAME = re.compile(r"[\d一二三四五六七八九十〇零两第]+|.")
# two squads in one name ('金州分队和甘井子分队': the reader does not split at a word; '金州及甘井子分队',
# the suffix said once after the word), a list left open ('金州分队等', '甘井子等分队': squads not named),
# or a name ending in a sentence's mark ('金州分队。')
_NOT_ONE_NAME = re.compile(r".+队\s*(?:和|及|与|跟|同|以及|还有)\s*.+|.+(?:和|及|与|以及).+队"
                           r"|.+等(?:\d+|[一二三四五六七八九十两几多]+)?个?(?:分队|中队|小队|支队|队伍|单位|队)?"
                           r"|.*[。.!！?？]")


def nameless_squads(squads: list[Any]) -> list[int]:
    """The rows whose stored squads hold a 'name' that names nothing: a numeral or one character
    ('一' of '一、二分队' split at its comma), two squads joined by a word ('金州分队和甘井子分队'), a name
    ending in a full stop. Compared under the separators' normalisation, such a
    value equals its cell, so the cell check cannot see it; a squad list is checked for names here."""
    bad = {text for text in set(squads) if text and any(_NO_NAME.fullmatch(name.strip()) or _NOT_ONE_NAME.fullmatch(name.strip())
                                                         for name in str(text).split("、") if name.strip())}
    return [i for i, text in enumerate(squads) if text in bad] if bad else []  # a team has few squad texts
