"""The missing-person notice (寻人启事) for the team's WeChat channel: what it says, from a case.
Plain Python: no Qt, no SQL.

:func:`build_notice` reads a :class:`~wz_desktop.domain.cases.MissingPerson` and writes ONLY what the
family agreed to publish (``person.publish``, words of :data:`~wz_desktop.domain.cases.NOTICE_FIELDS`):
every other field of the person (the category, the found place, the family's phone when 联系电话 is
not agreed …) never reaches the notice. The window (``ui/notice_dialog.py``) shows its text and
draws its picture from the same :class:`Notice`, so the picture cannot show more than the text.

The phone people are asked to call is the team's duty phone where the team set one; otherwise the
family's phone, and only when the family agreed to publish 联系电话; otherwise 110 alone.

The notice is published in Chinese (the channel's readers), whatever the window's language: its
words are ``msg()`` (the translation file has them for reference) and used as their Chinese value.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wz_desktop.domain.cases import NOTICE_FIELDS, MissingPerson
from wz_desktop.domain.text import Text, msg
from wz_desktop.domain.words import TEAM_NAME
from wz_desktop.domain.workflow import WorkflowError, parse_moment

DUTY_PHONE_KEY = "duty_phone"  # the team's setting (services/settings.py), kept in the database
PHONE_DIGITS = (5, 20)  # 110 is said anyway; a duty phone has at least 5 digits (a short number), at most 20
_PHONE_CHARS = set("0123456789 -+()（）－—")

PHOTO = "照片"
PHONE = "联系电话"
TEXT_FIELDS = [f for f in NOTICE_FIELDS if f not in (PHOTO, PHONE)]  # the lines of the notice, in this order


@dataclass(frozen=True)
class NoticeLine:
    field: str  # a word of NOTICE_FIELDS
    value: str

    @property
    def label(self) -> str:
        return str(msg("{field}：", field=self.field))


@dataclass(frozen=True)
class Notice:
    """What a notice says. ``lines``: the agreed fields that have a value, in the notice's order;
    ``photo_path``: the photo to show ('' none: not agreed, not recorded or not readable);
    ``phone``: the number in the appeal ('' none: only 110); ``warnings``: what the secretary should
    know before publishing (never part of the notice)."""

    title: str
    lines: tuple[NoticeLine, ...]
    photo_path: str
    phone: str
    appeal: str
    thanks: str
    team: str
    date: str
    warnings: tuple[str, ...] = ()

    @property
    def identifies(self) -> bool:
        """Whether the notice says anything by which the person could be recognised."""
        return bool(self.lines or self.photo_path)

    def text(self) -> str:
        """The notice as text to paste under the picture (WeChat keeps line breaks)."""
        parts = [str(msg("【{title}】", title=self.title)), ""]
        parts += [line.label + line.value for line in self.lines]
        if self.photo_path:
            parts.append(str(msg("照片：见附图")))
        parts += ["", self.appeal, self.thanks, "", self.team, self.date]
        return "\n".join(parts)


def file_readable(path: str) -> bool:
    """A file that exists and can be read (what the window can check more closely: an image)."""
    try:
        with Path(path).open("rb") as handle:
            return bool(handle.read(16))
    except (OSError, ValueError):
        return False


def moment_words(text: str) -> str:
    """'2025-12-05 15:00' as a notice says it: 2025年12月5日15时许 (15时30分许); as written when unreadable."""
    moment = parse_moment(text)
    if moment is None:
        return text.strip()
    if moment.minute:
        return str(msg("{year}年{month}月{day}日{hour}时{minute:02d}分许", year=moment.year, month=moment.month,
                       day=moment.day, hour=moment.hour, minute=moment.minute))
    return str(msg("{year}年{month}月{day}日{hour}时许", year=moment.year, month=moment.month, day=moment.day,
                   hour=moment.hour))


def date_words(day: dt.date) -> str:
    return str(msg("{year}年{month}月{day}日", year=day.year, month=day.month, day=day.day))


def _value(person: MissingPerson, field: str) -> str:
    if field == "姓名":
        return person.name.strip()
    if field == "性别":
        return person.sex.strip()
    if field == "年龄":
        return str(msg("{age}岁", age=person.age)) if person.age is not None else ""
    if field == "体貌特征":
        return person.description.strip()
    if field == "最后出现时间":
        return moment_words(person.last_seen_at) if person.last_seen_at.strip() else ""
    if field == "最后出现地点":
        return person.last_seen_place.strip()
    raise ValueError(field)


def check_phone(text: str) -> str:
    """The team's duty phone as kept (spaces at the ends gone, full-width dashes and brackets made
    plain); '' for none. Raises :class:`WorkflowError` saying what is wrong with anything else."""
    value = (text or "").strip()
    if not value:
        return ""
    if any(char not in _PHONE_CHARS for char in value):
        raise WorkflowError(msg("值班电话“{value}”里有不是号码的字：只写数字，可以用空格、-、+ 和括号。", value=value))
    digits = sum(char.isdigit() for char in value)
    if not PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]:
        raise WorkflowError(msg("值班电话“{value}”有 {digits} 位数字：应在 {low} 到 {high} 位之间，例如 0411-12345678。",
                                value=value, digits=digits, low=PHONE_DIGITS[0], high=PHONE_DIGITS[1]))
    return value.translate(str.maketrans("（）－—", "()--"))


def contact_phone(person: MissingPerson, duty_phone: str = "") -> str:
    """The number a notice asks people to call: the team's duty phone, else the family's when they
    agreed to publish it, else '' (110 only)."""
    if duty_phone.strip():
        return duty_phone.strip()
    if PHONE in person.publish and person.family_phone.strip():
        return person.family_phone.strip()
    return ""


def build_notice(person: MissingPerson, *, duty_phone: str = "", today: dt.date | None = None,
                 photo_ok: Callable[[str], bool] = file_readable) -> Notice:
    """The notice of ``person``: only the fields in ``person.publish``. ``photo_ok`` says whether a
    photo file can be shown (the window checks that it is an image it can read)."""
    today = today or dt.date.today()
    warnings: list[Text] = []
    lines = []
    for field in TEXT_FIELDS:
        if field not in person.publish:
            continue
        value = _value(person, field)
        if value:
            lines.append(NoticeLine(field, value))
        else:
            warnings.append(msg("家属同意公开“{field}”，但案件里没有填写：启事里不写这一项。", field=field))
    photo = ""
    if PHOTO in person.publish:
        path = person.photo_path.strip()
        if not path:
            warnings.append(msg("家属同意公开照片，但案件里没有照片：启事里不放照片。"))
        elif not _safe(photo_ok, path):
            warnings.append(msg("照片文件“{path}”不存在或无法读取：启事里不放照片。请在案件里重新选择照片。", path=path))
        else:
            photo = path
    phone = contact_phone(person, duty_phone)
    if phone:
        appeal = msg("若您见到此人或知道其下落，请立即拨打 {phone} 与我们联系，或拨打 110 报警。", phone=phone)
    else:
        appeal = msg("若您见到此人或知道其下落，请立即拨打 110 报警，或联系{team}。", team=TEAM_NAME)
        warnings.append(msg("启事里没有联系电话：队里没有设置值班电话（设置 → 值班电话，管理员可改），家属也没有同意公开电话。只写了 110。"))
    if not lines and not photo:
        warnings.insert(0, msg("家属还没有同意公开任何能认出此人的项目：这样的启事帮不上忙。"))
    return Notice(title=str(msg("寻人启事")), lines=tuple(lines), photo_path=photo, phone=phone, appeal=str(appeal),
                  thanks=str(msg("感谢您的关注与转发！")), team=TEAM_NAME, date=date_words(today),
                  warnings=tuple(warnings))


def _safe(check: Callable[[str], bool], path: str) -> bool:
    try:
        return bool(check(path))
    except Exception:  # noqa: BLE001 (a photo that cannot be checked is a photo not shown, never a crash)
        return False


__all__ = ["DUTY_PHONE_KEY", "PHONE", "PHOTO", "check_phone", "TEXT_FIELDS", "Notice", "NoticeLine", "build_notice", "contact_phone", "date_words",
           "file_readable", "moment_words"]
