"""The roster's rules: what a member, a squad or a vehicle needs before it is saved, how a code, a
phone or a date as typed is read, when a certificate expires. No Qt and no SQL here: the editors
of ``ui/roster`` hand over what is typed and show the messages beside their fields; what needs
the database (is this code taken? who is this owner?) is asked through the functions passed in.

    problems = check_member(MemberInput(name="", phone="12345"), code_owner=lambda code: None)
    problems.errors   # {"name": "请填写队员姓名。", "phone": "电话“12345”不像…"}

Every message is a :func:`~wz_desktop.domain.text.msg` (the window shows it in its language).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from wz_desktop.domain.records import Member, Squad, Vehicle
from wz_desktop.domain.text import Text, msg
from wz_desktop.domain.workflow import normalise_phone, phone_looks_valid

EXPIRY_SOON_DAYS = 30  # a certificate that expires within this many days is shown as expiring

__all__ = ["EXPIRY_SOON_DAYS", "CertificateInput", "MemberCheck", "MemberInput", "check_member",
           "check_phone", "check_squad", "check_vehicle", "expiry_state", "find_owner", "normalise_code",
           "normalise_phone", "normalise_plate", "parse_date", "phone_looks_valid"]


# --- values as typed --------------------------------------------------------------------------------

def normalise_plate(text: str | None) -> str:
    """A vehicle's plate as stored: full-width folded, spaces removed, upper case ("" when empty)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).upper()


def normalise_code(text: str | None) -> str | None:
    """A member's code as stored: folded like a plate (:func:`normalise_plate`); None when empty."""
    if text is None:
        return None
    return normalise_plate(text) or None


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_date(text: str | None) -> tuple[str | None, bool]:
    """(YYYY-MM-DD or None, readable) for a date as typed: 2025-06-30, 2025/6/30, 2025年6月30日, 20250630."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text:
        return None, True
    match = _DATE.match(text) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text)
    if not match:
        return None, False
    try:
        return dt.date(*map(int, match.groups())).isoformat(), True
    except ValueError:
        return None, False


def expiry_state(expires_on: str | None, today: dt.date | None = None) -> tuple[str | None, int]:
    """('expired' | 'soon' | None, days left) for a certificate's expiry date ('YYYY-MM-DD')."""
    if not expires_on:
        return None, 0
    try:
        day = dt.date.fromisoformat(expires_on[:10])
    except ValueError:
        return None, 0
    left = (day - (today or dt.date.today())).days
    if left < 0:
        return "expired", left
    if left <= EXPIRY_SOON_DAYS:
        return "soon", left
    return None, left


def check_phone(text: str | None) -> Text | None:
    """The message for a phone that is neither a mobile nor a landline (None when it is, or empty)."""
    text = (text or "").strip()
    if text and not phone_looks_valid(text):
        return msg("电话“{phone}”不像手机或座机号码：手机是 11 位（如 138-0411-2233），座机请带区号（如 0411-84661234）。",
                   phone=text)
    return None


# --- a roster workbook's cells, as other hands fill them ---------------------------------------------

@dataclass
class CellReading:
    """What a roster cell gives: the ``value`` to store, and where it is not the cell read whole, the
    report's line (``note``) and the cell as written (``raw``), kept in the member's notes."""

    value: str
    note: Text | None = None
    raw: str | None = None


_PHONE_LABELS = re.compile(r"手机号码|手机号|手机|联系电话|电话号码|电话|座机|固话|tel|Tel|TEL|mobile|Mobile|"
                           r"[\s:：,，;；/／、|｜\-—()（）\[\]【】+]")


def read_phone_cell(text: str) -> CellReading:
    """A phone column's cell: one number (in any hand the detectors read: spaces, dashes, +86, full-width
    digits, Chinese numerals) is the phone; several numbers, or words beside one (微信同号), keep the
    first and the whole cell in the notes; no number at all keeps the cell in the notes and no phone —
    never the digits of two numbers run together, nor digits picked out of a typo (13800l38000)."""
    from wz_desktop.domain.anonymize import phone_numbers
    from wz_desktop.domain.parse import is_placeholder

    written = (text or "").strip()  # as the report and the notes quote it
    text = unicodedata.normalize("NFKC", written)
    if not text or is_placeholder(text) or text in ("0", "暂无", "同上", "未知", "不详"):
        return CellReading("")  # no phone given
    found = phone_numbers(text)
    numbers = list(dict.fromkeys(number for _, _, number in found))  # the same number twice is one
    if not numbers:
        if phone_looks_valid(text) and re.fullmatch(r"[\d\s\-()（）+]+", text):
            return CellReading(normalise_phone(text))  # a local number (84671234), a service number
        return CellReading("", msg("电话“{text}”读不出手机或座机号码，没有存为电话，原文记入备注", text=written), written)
    rest, cut = "", 0
    for start, end, _ in found:  # the cell without its numbers, then without labels and joins
        rest, cut = rest + text[cut:start], end
    rest = _PHONE_LABELS.sub("", rest + text[cut:])
    if len(numbers) > 1:
        return CellReading(numbers[0], msg("电话一栏有 {count} 个号码（“{text}”）：存第一个 {phone}，原文记入备注",
                                           count=len(numbers), text=written, phone=numbers[0]), written)
    if re.sub(r"\D", "", rest):  # digits left over: a number the detectors did not take whole
        return CellReading(numbers[0], msg("电话“{text}”里除了 {phone} 还有别的数字，已存 {phone}，原文记入备注",
                                           text=written, phone=numbers[0]), written)
    if rest:
        return CellReading(numbers[0], msg("电话“{text}”：存为 {phone}，其余文字记入备注", text=written,
                                           phone=numbers[0]), written)
    return CellReading(numbers[0])


_CJK_NAME = r"[\u3400-\u9fff\uf900-\ufaff]"
_SPACED_NAME = re.compile(_CJK_NAME + r"+(?:[ \t\u3000]+" + _CJK_NAME + r"+)+")  # 李 娜, 欧阳　娜娜
# what a nickname in brackets looks like: 老刘, 小李, 阿杰, 强哥, 王姐, 娜娜, a Latin name
_NICKNAME = re.compile(r"[老小阿大]" + _CJK_NAME + r"|" + _CJK_NAME + r"{1,2}[哥姐叔姨]|(" + _CJK_NAME
                       + r")\1|[A-Za-z][A-Za-z .'-]{0,20}")
# words of a nickname's shape that say something else (a unit, not a name)
_NOT_NICKNAMES = ("大队", "小队", "小组", "大组")


def read_name_cell(text: str, nickname: str) -> tuple[str, str, list[CellReading]]:
    """A name column's cell → (name, nickname, what was done). A bracket after the name
    (刘洋（老刘）) is the nickname where the row gives none and the words are shaped as one (老刘, 小李,
    阿杰, 强哥, 娜娜, a Latin name), else it goes to the notes; a Chinese name spaced out to line up with
    longer ones (李 娜, 王 建国, 欧阳 娜娜) is the name without the spaces. Two names in one cell (张三 李四)
    and names in other scripts stay as written."""
    from wz_desktop.domain.anonymize import _COMPOUND_SET

    written = name = (text or "").strip()
    done: list[CellReading] = []
    bracket = re.fullmatch(r"(.+?)\s*[(（【\[]\s*([^()（）【】\[\]]+?)\s*[)）】\]]", name)
    if bracket and bracket.group(1).strip():
        inside, name = bracket.group(2), bracket.group(1).strip()
        if not nickname and _NICKNAME.fullmatch(inside) and inside not in _NOT_NICKNAMES:
            nickname = inside
            done.append(CellReading(name, msg("姓名“{text}”：括号里的“{inside}”记为昵称", text=written, inside=inside)))
        else:
            done.append(CellReading(name, msg("姓名“{text}”：括号里的“{inside}”记入备注", text=written, inside=inside),
                                    written))
    parts = re.split(r"[ \t\u3000]+", name)
    if _SPACED_NAME.fullmatch(name) and (all(len(p) == 1 for p in parts)
                                         or (len(parts) == 2 and (len(parts[0]) == 1 or parts[0] in _COMPOUND_SET))):
        tight = "".join(parts)
        done.append(CellReading(tight, msg("姓名“{text}”中间的空格已去掉，记为“{name}”", text=written, name=tight)))
        name = tight
    if re.search(_CJK_NAME + r"\s*[、,，/／;；&＆]\s*" + _CJK_NAME + r"|" + _CJK_NAME + r"{2}[ \u3000]+" + _CJK_NAME, name):
        # "王强、赵敏", "张三 李四": two people in one cell? kept as written, for the user to split
        done.append(CellReading(name, msg("姓名“{text}”像是不止一个人，按原样存为一位队员，请核对", text=written),
                                written))
    return name, nickname, done


# --- a member -------------------------------------------------------------------------------------

@dataclass
class CertificateInput:
    """One row of the member editor's certificates, as typed."""

    name: str = ""
    number: str = ""
    issued: str = ""
    expires: str = ""
    id: int | None = None

    def is_empty(self) -> bool:
        return not any(s.strip() for s in (self.name, self.number, self.issued, self.expires))


@dataclass
class MemberInput:
    """What the member editor holds, as typed."""

    name: str = ""
    nickname: str = ""
    code: str = ""
    squad_id: int | None = None
    phone: str = ""
    role: str = "队员"
    active: bool = True
    joined_on: str = ""
    notes: str = ""
    certificates: Sequence[CertificateInput] = ()
    id: int | None = None


CertificateRead = tuple[str, str, str | None, str | None, int | None]  # name, number, issued, expires, id


@dataclass
class MemberCheck:
    """The outcome of :func:`check_member`: the messages by field (``name``, ``code``, ``phone``,
    ``joined``, ``certificates``), the certificate cell to show (row, column) when one is wrong;
    and, when all is well, the member, their join date and certificates (name, number, issued,
    expires, id) read."""

    errors: dict[str, Text] = field(default_factory=dict)
    certificate_cell: tuple[int, int] | None = None
    member: Member | None = None
    joined_on: str | None = None
    certificates: list[CertificateRead] = field(default_factory=list)
    notes: str = ""

    @property
    def ok(self) -> bool:
        return not self.errors


def check_member(values: MemberInput, code_owner: Callable[[str], Member | None]) -> MemberCheck:
    """Check a member as typed. ``code_owner(code)`` is the member who has that code already (or None)."""
    result = MemberCheck()
    name = values.name.strip()
    if not name:
        result.errors["name"] = msg("请填写队员姓名。")
    code = normalise_code(values.code)
    if code:
        other = code_owner(code)
        if other is not None and other.id != values.id:
            result.errors["code"] = msg("编号 {code} 已是{name}的编号，请换一个，或不填。", code=code, name=other.name)
    phone_problem = check_phone(values.phone)
    if phone_problem:
        result.errors["phone"] = phone_problem
    joined, ok = parse_date(values.joined_on)
    if not ok:
        result.errors["joined"] = msg("入队日期“{date}”无法识别，请写成 2023-04-01，或留空。", date=values.joined_on.strip())
    certificates = _check_certificates(values.certificates, result)
    if result.errors:
        return result
    result.member = Member(name=name, squad_id=values.squad_id, code=code, phone=normalise_phone(values.phone),
                           role=values.role or "队员", nickname=values.nickname.strip(), active=values.active,
                           id=values.id)
    result.joined_on = joined
    result.certificates = certificates
    result.notes = values.notes.strip()
    return result


def _check_certificates(rows: Sequence[CertificateInput], result: MemberCheck) -> list[CertificateRead]:
    read: list[CertificateRead] = []
    for row, cert in enumerate(rows):
        if cert.is_empty():
            continue  # a row added and never filled in
        name, number = cert.name.strip(), cert.number.strip()
        issued_text, expires_text = cert.issued.strip(), cert.expires.strip()
        if not name:
            return _certificate_problem(result, row, 0, msg("第 {row} 张证书没有名称，请填写证书名称或删除这一行。",
                                                            row=row + 1))
        issued, ok = parse_date(issued_text)
        if not ok:
            return _certificate_problem(result, row, 2, msg("第 {row} 张证书的发证日期“{date}”无法识别，请写成 2023-06-30。",
                                                            row=row + 1, date=issued_text))
        expires, ok = parse_date(expires_text)
        if not ok:
            return _certificate_problem(result, row, 3, msg(
                "第 {row} 张证书的有效期“{date}”无法识别，请写成 2026-06-30；长期有效的留空。", row=row + 1, date=expires_text))
        read.append((name, number, issued, expires, cert.id))
    return read


def _certificate_problem(result: MemberCheck, row: int, column: int, message: Text) -> list[CertificateRead]:
    result.errors["certificates"] = message
    result.certificate_cell = (row, column)
    return []


# --- a squad, a vehicle -----------------------------------------------------------------------------

def check_squad(name: str, district: str = "", leader_id: int | None = None, active: bool = True,
                squad_id: int | None = None) -> tuple[Squad | None, dict[str, Text]]:
    """The squad to save, or the messages by field (``name``)."""
    name = name.strip()
    if not name:
        return None, {"name": msg("请填写分队名称。")}
    return Squad(name=name, district=district.strip(), leader_id=leader_id, active=active, id=squad_id), {}


def find_owner(text: str, by_code: Callable[[str], Member | None],
               named: Callable[[str], list[Member]]) -> tuple[int | None, Text | None]:
    """The member a car belongs to, typed as a code or a name: (id, None), or (None, why not)."""
    text = text.strip()
    if not text:
        return None, msg("队员私家车请填写车主的编号或姓名。")
    member = by_code(text)
    if member is not None:
        return member.id, None
    found = named(text)
    exact = [m for m in found if m.name == text] or found
    if len(exact) == 1:
        return exact[0].id, None
    if exact:
        return None, msg("有 {count} 位队员叫“{name}”，请填写车主的编号。", count=len(exact), name=text)
    return None, msg("找不到队员“{name}”，请填写车主的编号或姓名。", name=text)


def check_vehicle(plate: str, name: str, owner_kind: str, owner: str, seats: int | None,
                  by_code: Callable[[str], Member | None], named: Callable[[str], list[Member]],
                  vehicle_id: int | None = None) -> tuple[Vehicle | None, dict[str, Text]]:
    """The vehicle to save, or the messages by field (``plate``, ``owner``). A member's car needs
    its owner (``owner`` is a code or a name); a team car has none."""
    plate, name = plate.strip(), name.strip()
    if not plate and not name:
        return None, {"plate": msg("请填写车牌或车辆名称。")}
    owner_id = None
    if owner_kind == "member":
        owner_id, why = find_owner(owner, by_code, named)
        if why is not None:
            return None, {"owner": why}
    return Vehicle(plate=plate, name=name, owner_kind=owner_kind, owner_member_id=owner_id, seats=seats or None,
                   id=vehicle_id), {}
