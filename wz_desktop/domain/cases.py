"""The missing-person case (走失人员案件): who is missing, where and when they were last seen, where
they were found, and what the notice may say. Plain Python: no Qt, no SQL.

A case (``cases``: a title, when it was opened, notes) links the turn-outs of one search
(``tasks.case_id``, ``store.lifecycle``). A missing-person case is a case with a
:class:`MissingPerson` beside it (``missing_persons``, one row per case, migration 0010):

* the subject: name, sex, age, :data:`CATEGORIES` (what the statistics group by), description
  (height, clothing, condition), a photo file, the family's phone;
* the last-seen point and time (the IPP, "initial planning point"): the place as written, and a
  :class:`~wz_desktop.domain.geo.Point` where one is known, stored in GCJ-02 (the map's system);
* the result: when and where found (place and point), the outcome (:data:`OUTCOMES`), who found
  them (:data:`FOUND_BY`); empty while the search goes on;
* the notice (寻人启事): the fields the family agreed to publish (:data:`NOTICE_FIELDS`), when it
  was published and when withdrawn (a published notice of a closed case is a reminder on the desk).

The search hours and people are not typed: they are the linked turn-outs' figures
(``store.cases``). The statistics read :class:`Finding` s (``domain.lost_stats``). The personal
fields (:data:`PERSONAL_FIELDS`) are masked wherever anything is shared and shown only to the roles
that record cases (``roles.Action.DISPATCH``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from wz_desktop.domain import geo
from wz_desktop.domain.text import joined, msg, word
from wz_desktop.domain.workflow import WorkflowError, field_messages, moment_text, parse_moment
from wz_desktop.domain.words import VOCABULARIES, field_word

CATEGORIES: list[str] = list(VOCABULARIES["person_category"])  # the statistics' groups, in this order
OTHER = "其他"
SEXES: list[str] = list(VOCABULARIES["sex"])
OUTCOMES: list[str] = list(VOCABULARIES["case_outcome"])
FOUND_OUTCOMES = ("找到平安", "受伤找到", "遇难")  # found by somebody, at a place: a distance and a time
FOUND_BY: list[str] = list(VOCABULARIES["found_by"])
NOTICE_FIELDS: list[str] = list(VOCABULARIES["notice_field"])
# what a notice may show when the family said nothing yet: nothing personal
DEFAULT_PUBLISH: frozenset[str] = frozenset()
# the fields that identify somebody: masked when shared, shown only to who records cases
PERSONAL_FIELDS = ("name", "description", "photo_path", "family_phone", "last_seen_place", "found_place")
MAX_AGE = 120

# the condition words of an alert (domain.alert's person_condition) to a category
_CONDITION_CATEGORY = {"阿尔茨海默": "失智老人", "老年痴呆": "失智老人", "失智": "失智老人", "认知障碍": "失智老人",
                       "智力障碍": "智力障碍", "智障": "智力障碍", "精神疾病": "精神疾病", "精神病": "精神疾病",
                       "精神分裂": "精神疾病", "抑郁": "轻生倾向", "轻生": "轻生倾向"}


class CaseInvalid(WorkflowError):
    """A case that cannot be saved as it is: ``errors`` maps each field to what to do about it."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        labels = {name: word(field_word(name, "missing_persons"), "Field") for name in errors}
        super().__init__(field_messages(errors, labels))


@dataclass(frozen=True)
class MissingPerson:
    """The missing-person side of a case (see the module). Times are 'YYYY-MM-DD HH:MM' or ''."""

    case_id: int | None = None
    name: str = ""
    sex: str = ""  # 男 / 女 / '' unknown
    age: int | None = None
    category: str = OTHER
    description: str = ""
    photo_path: str = ""
    family_phone: str = ""
    last_seen_at: str = ""
    last_seen_place: str = ""
    last_seen: geo.Point | None = None  # GCJ-02
    found_at: str = ""
    found_place: str = ""
    found: geo.Point | None = None  # GCJ-02
    outcome: str = ""  # '' while the search goes on
    found_by: str = ""
    publish: frozenset[str] = field(default_factory=frozenset)  # NOTICE_FIELDS the family agreed to publish
    notice_at: str = ""  # when the notice was published ('' never)
    notice_withdrawn_at: str = ""

    @property
    def closed(self) -> bool:
        return bool(self.outcome)

    @property
    def notice_to_withdraw(self) -> bool:
        """A notice still out for a person already found (or a case closed otherwise)."""
        return bool(self.notice_at) and not self.notice_withdrawn_at and self.closed

    def with_points(self, last_seen: geo.Point | None, found: geo.Point | None) -> MissingPerson:
        """The same person with the points given in any system, kept in GCJ-02."""
        return replace(self, last_seen=last_seen.to(geo.GCJ02) if last_seen else None,
                       found=found.to(geo.GCJ02) if found else None)


@dataclass(frozen=True)
class Finding:
    """One case as the statistics see it (``domain.lost_stats``): nothing personal."""

    case_id: int
    category: str
    outcome: str  # '' still searching
    distance_m: float | None = None  # last-seen point to found point, where both are known
    hours_to_find: float | None = None  # last-seen time to found time, where both are known
    found_by: str = ""
    age: int | None = None
    district: str = ""  # of the last-seen point (or place), '' unknown
    date: str = ""  # of the last sighting, 'YYYY-MM-DD' ('' unknown)


def check_person(person: MissingPerson, now: dt.datetime | None = None) -> None:
    """Raise :class:`CaseInvalid` with every field's message when the case can't be saved."""
    errors = validate_person(person, now)
    if errors:
        raise CaseInvalid(errors)


def shown_to(person: MissingPerson, may_see: bool) -> MissingPerson:
    """The person as a role sees it: whole for who records cases (``may_see``), the personal
    fields (:data:`PERSONAL_FIELDS`) blanked for everyone else (a squad leader sees the search,
    not who it is for)."""
    if may_see:
        return person
    blank: dict[str, Any] = dict.fromkeys(PERSONAL_FIELDS, "")
    return replace(person, **blank)


def default_title(person: MissingPerson) -> str:
    """A case's title when none is typed: 3·5 失智老人走失（王某） — the date of the last sighting,
    the category, and the surname only."""
    moment = parse_moment(person.last_seen_at)
    date = str(msg("{month}·{day} ", month=moment.month, day=moment.day)) if moment else ""
    who = str(msg("（{surname}某）", surname=person.name[0])) if person.name else ""
    what = person.category if person.category != OTHER else "人员"
    return str(msg("{date}{what}走失{who}", date=date, what=what, who=who))


def description_of(height: str = "", clothing: str = "", condition: str = "") -> str:
    """The description a case keeps (in the team's words, whatever the window's language):
    身高170厘米，穿深蓝色羽绒服，阿尔茨海默."""
    parts = [str(msg("身高{height}厘米", height=height)) if height else "",
             str(msg("穿{clothing}", clothing=clothing)) if clothing else "", condition]
    return "，".join(part for part in parts if part)


def category_for(condition: str = "", age: int | None = None, text: str = "") -> str:
    """The category an alert suggests (the secretary confirms it): a condition first, then the age
    (under 14 a child, 14-17 a runaway teenager when the text says 出走/离家), else 其他."""
    for said, category in _CONDITION_CATEGORY.items():
        if said in condition or said in text:
            return category
    if age is not None and age < 14:
        return "儿童"
    if age is not None and age < 18 and any(w in text for w in ("出走", "离家", "跑了")):
        return "离家出走青少年"
    if any(w in text for w in ("登山", "爬山", "徒步", "驴友")):
        return "登山徒步"
    if any(w in text for w in ("钓鱼", "垂钓", "赶海")):
        return "垂钓赶海"
    return OTHER


def hours_between(start: str, end: str) -> float | None:
    """Hours from one 'YYYY-MM-DD HH:MM' to another; None if either is missing or unreadable."""
    a: dt.datetime | None
    b: dt.datetime | None
    try:  # as stored: 'YYYY-MM-DD HH:MM' (ten times faster than the reader of what people type)
        a, b = dt.datetime.fromisoformat(start), dt.datetime.fromisoformat(end)
    except (TypeError, ValueError):
        a, b = parse_moment(start), parse_moment(end)
    if a is None or b is None:
        return None
    return (b - a).total_seconds() / 3600


def finding_of(person: MissingPerson, district: str = "") -> Finding:
    """The statistics' view of a case."""
    distance = None
    if person.outcome in FOUND_OUTCOMES and person.last_seen is not None and person.found is not None:
        distance = geo.distance_m(person.last_seen, person.found)
    hours = None
    if person.outcome in FOUND_OUTCOMES or person.outcome == "自行返回":
        hours = hours_between(person.last_seen_at, person.found_at)
    return Finding(case_id=person.case_id or 0, category=person.category, outcome=person.outcome,
                   distance_m=distance, hours_to_find=hours, found_by=person.found_by, age=person.age,
                   district=district, date=person.last_seen_at[:10])


def validate_person(person: MissingPerson, now: dt.datetime | None = None) -> dict[str, str]:
    """What must be fixed before the case is saved: field → message (empty when all is well)."""
    now = now or dt.datetime.now()
    errors: dict[str, str] = {}
    if person.category not in CATEGORIES:
        errors["category"] = msg("类别“{value}”不在列表中，请从{choices}中选择。", value=person.category,
                                 choices=joined(CATEGORIES))
    if person.sex and person.sex not in SEXES:
        errors["sex"] = msg("性别只能是“男”或“女”，不知道就空着。")
    if person.age is not None and not 0 <= person.age <= MAX_AGE:
        errors["age"] = msg("年龄 {value} 不对：应在 0 到 {top} 之间，不知道就空着。", value=person.age, top=MAX_AGE)
    seen = found = None
    for name in ("last_seen_at", "found_at"):
        value = getattr(person, name)
        if not value:
            continue
        moment = parse_moment(value)
        if moment is None:
            errors[name] = msg("时间“{value}”无法识别，请写成 2023-03-05 19:30 的样子。", value=value)
        elif moment > now + dt.timedelta(minutes=10):
            errors[name] = msg("时间 {moment} 晚于现在，请检查日期和时间。", moment=moment_text(moment))
        elif name == "last_seen_at":
            seen = moment
        else:
            found = moment
    if seen is not None and found is not None and found < seen:
        errors["found_at"] = msg("找到时间 {found} 早于最后出现时间 {seen}，请检查。", found=moment_text(found),
                                 seen=moment_text(seen))
    if person.outcome and person.outcome not in OUTCOMES:
        errors["outcome"] = msg("结果“{value}”不在列表中，请从{choices}中选择。", value=person.outcome,
                                choices=joined(OUTCOMES))
    if person.found_by and person.found_by not in FOUND_BY:
        errors["found_by"] = msg("找到者“{value}”不在列表中，请从{choices}中选择。", value=person.found_by,
                                 choices=joined(FOUND_BY))
    if person.outcome in FOUND_OUTCOMES and not person.found_at and "found_at" not in errors:
        errors["found_at"] = msg("已找到：请填写找到的时间（统计找到用时要用）。")
    if not person.outcome and (person.found_at or person.found is not None or person.found_by):
        errors["outcome"] = msg("填了找到的时间、地点或找到者，请同时选择结果。")
    unknown = sorted(person.publish - set(NOTICE_FIELDS))
    if unknown:
        errors["publish"] = msg("同意公开的项目“{value}”不认识。", value=joined(unknown))
    for name, point in (("last_seen", person.last_seen), ("found", person.found)):
        if point is not None and not geo.near_dalian(point):
            errors[name] = msg("坐标 {point} 不在大连附近，请检查经纬度是否写反或坐标系是否选对。", point=point.text())
    return errors


__all__ = ["CaseInvalid", "check_person", "default_title", "description_of", "shown_to", "CATEGORIES", "DEFAULT_PUBLISH", "FOUND_BY", "FOUND_OUTCOMES", "NOTICE_FIELDS", "OTHER", "OUTCOMES",
           "PERSONAL_FIELDS", "SEXES", "Finding", "MissingPerson", "category_for", "finding_of", "hours_between",
           "validate_person"]
