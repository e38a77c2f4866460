"""A task's life after the call, as plain Python: the dispatch (出队), the return (返回), the
attendance review (考核) and the archive (归档); and what each form must refuse.

Rescue tasks (water, urban, mountain) start from a call verified as true; training, epidemic duty
and upkeep are dispatched directly (domain.md: "a shorter path: no call and no verification").
The counts of the workbook follow from the lists: 出队人数 is the number of members on the list,
出队车次 the team's vehicles plus the members' own cars; where the lists are not known (a squad
leader phones in "12 people, 3 cars"), the figures can be typed, but never below the lists.

Nothing here knows about SQLite or Qt. Field errors are dicts of field → message in Chinese, for
forms to show beside the field; the store raises :class:`DispatchInvalid` / :class:`ReviewInvalid`
with the same dict.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.text import SEMICOLON, joined, msg, word
from wz_desktop.domain.words import ATTENDANCE, MEMBER_ROLES, RESULTS, STEPS, VOCABULARIES
from wz_desktop.domain.workflow import (
    FUTURE_TOLERANCE,
    WorkflowError,
    field_messages,
    moment_text,
    parse_moment,
)

# what the store says when an archived task is written to (TaskFlow, and the roster's lists of who went)
READ_ONLY = msg("已归档的任务为只读；如需更正，请先写明原因重新打开。")

# rescues start with a call; the other kinds are planned work, dispatched directly (domain/kinds.py says which)
RESCUE_KINDS = frozenset(k for k in TaskKind if k.needs_call)
DIRECT_KINDS = frozenset(k for k in TaskKind if not k.needs_call)
STEP_WORDS = STEPS  # the steps of a task's history (task_history.action) in words: domain/words.py
LONGEST_TURN_OUT_HOURS = 96.0  # a search of four days and nights; more is a typing slip
# a dispatch may be logged a little ahead of the departure (training, event safety planned for
# the morning); a rescue is logged as it leaves
PLANNED_AHEAD = dt.timedelta(days=60)

DISPATCH_FIELD_LABELS = {
    "kind": msg("任务类别"), "call_id": msg("来电"), "event_no": msg("事件编号"), "departure": msg("出队时间"),
    "summary": msg("事件摘要"), "squad_ids": msg("分队"), "leader_id": msg("带队队长"), "members": msg("出队队员"),
    "headcount": msg("出队人数"), "vehicle_trips": msg("出队车次"), "vehicle_ids": msg("车辆"),
}
REVIEW_FIELD_LABELS = {"returned_at": msg("返回时间"), "result": msg("任务结果"), "people_helped": msg("救助人数"),
                       "entries": msg("出勤"), "comment": msg("意见")}


class DispatchInvalid(WorkflowError):
    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__(field_messages(errors, DISPATCH_FIELD_LABELS))


class ReviewInvalid(WorkflowError):
    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__(field_messages(errors, REVIEW_FIELD_LABELS))


@dataclass
class DispatchMember:
    """A member on the dispatch list; ``brings_car``: comes in their own car (带车 / 开车)."""

    member_id: int
    role: str = "队员"
    brings_car: bool = False
    note: str = ""
    name: str = ""  # for display only


@dataclass
class Dispatch:
    """出队: what the dispatch form holds. ``event_no`` empty: the next number of the pattern is issued.
    ``headcount`` / ``vehicle_trips`` None: counted from the lists."""

    kind: TaskKind
    departure: str | None = None  # 'YYYY-MM-DD HH:MM'
    summary: str = ""
    call_id: int | None = None
    event_no: str = ""
    squad_ids: list[int] = field(default_factory=list)
    leader_id: int | None = None
    members: list[DispatchMember] = field(default_factory=list)
    vehicle_ids: list[int] = field(default_factory=list)
    headcount: int | None = None
    vehicle_trips: int | None = None
    remarks: str = ""
    case_id: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.kind, TaskKind):
            self.kind = TaskKind(self.kind)
        if isinstance(self.departure, dt.datetime):
            self.departure = moment_text(self.departure)

    @property
    def listed_people(self) -> int:
        return len({m.member_id for m in self.members})

    @property
    def listed_trips(self) -> int:
        """Team vehicles on the list, and one trip for each member who brings a car."""
        return len(set(self.vehicle_ids)) + sum(1 for m in self.members if m.brings_car)

    def people(self) -> int | None:
        """出队人数 as the workbook will show it."""
        if self.headcount is not None:
            return self.headcount
        return self.listed_people if self.members else None

    def trips(self) -> int | None:
        """出队车次 as the workbook will show it."""
        if self.vehicle_trips is not None:
            return self.vehicle_trips
        return self.listed_trips if (self.members or self.vehicle_ids) else None


def validate_dispatch(dispatch: Dispatch, call_received_at: str | None = None, call_verified: bool | None = None,
                      now: dt.datetime | None = None) -> dict[str, str]:
    """What must be fixed before the team is recorded as gone: field → message."""
    now = now or dt.datetime.now()
    errors: dict[str, str] = {}
    if dispatch.kind in RESCUE_KINDS and dispatch.call_id is None:
        errors["call_id"] = msg("救援任务须从核实属实的来电出队；培训保障、疫情防控、整备保养可直接出队。")
    elif dispatch.call_id is not None and call_verified is False:
        errors["call_id"] = msg("该来电尚未核实属实，不能出队。")
    departure = parse_moment(dispatch.departure)
    if not dispatch.departure:
        errors["departure"] = msg("请填写出队时间，例如 2023-03-05 19:30。")
    elif departure is None:
        errors["departure"] = msg("出队时间“{value}”无法识别，请写成 2023-03-05 19:30 的样子。", value=dispatch.departure)
    else:
        received = parse_moment(call_received_at)
        ahead = PLANNED_AHEAD if dispatch.kind in DIRECT_KINDS else FUTURE_TOLERANCE
        if received is not None and departure < received.replace(second=0):
            errors["departure"] = msg("出队时间 {moment} 早于接报时间 {received}，请检查。", moment=moment_text(departure),
                                      received=moment_text(received))
        elif departure > now + ahead:
            errors["departure"] = msg("出队时间 {moment} 晚于现在，请检查日期和时间。", moment=moment_text(departure))
    if not (dispatch.summary or "").strip():
        errors["summary"] = msg("请写一句事件摘要，例如“星海广场附近海域游客落水”。")
    if not dispatch.squad_ids:
        errors["squad_ids"] = msg("请至少选择一个分队。")
    people = dispatch.listed_people
    if dispatch.headcount is not None:
        if dispatch.headcount < 0:
            errors["headcount"] = msg("出队人数不能为负数。")
        elif dispatch.headcount < people:
            errors["headcount"] = msg("出队人数 {headcount} 少于名单上的 {people} 人；请补全人数或删去名单中未去的人。",
                                        headcount=dispatch.headcount, people=people)
    elif not dispatch.members:
        errors["members"] = msg("请添加出队队员（可粘贴接龙名单），或在名单不详时直接填写出队人数。")
    trips = dispatch.listed_trips
    if dispatch.vehicle_trips is not None:
        if dispatch.vehicle_trips < 0:
            errors["vehicle_trips"] = msg("出队车次不能为负数。")
        elif dispatch.vehicle_trips < trips:
            errors["vehicle_trips"] = msg("出队车次 {trips} 少于所列车辆（含队员自驾）的 {listed} 车次。",
                                            trips=dispatch.vehicle_trips, listed=trips)
    if len({m.member_id for m in dispatch.members}) != len(dispatch.members):
        errors["members"] = msg("名单中有重复的队员，请删去重复的一行。")
    for m in dispatch.members:
        if m.role not in MEMBER_ROLES:
            errors["members"] = msg("角色“{role}”无效：只能是{choices}之一。", role=m.role, choices=joined(
                word(r, VOCABULARIES["member_role"].context) for r in MEMBER_ROLES))
            break
    return errors


def check_dispatch(dispatch: Dispatch, call_received_at: str | None = None, call_verified: bool | None = None,
                   now: dt.datetime | None = None) -> None:
    errors = validate_dispatch(dispatch, call_received_at, call_verified, now)
    if errors:
        raise DispatchInvalid(errors)


# --- the review --------------------------------------------------------------------------------

@dataclass
class AttendanceEntry:
    """One member's line of the attendance review."""

    member_id: int
    attendance: str  # 出勤 / 迟到 / 早退 / 缺勤
    hours: float | None = None
    role: str = "队员"
    note: str = ""
    name: str = ""  # for display only


@dataclass
class ReviewSheet:
    """What the squad leader hands in after the task (交考勤)."""

    returned_at: str | None
    result: str
    entries: list[AttendanceEntry] = field(default_factory=list)
    people_helped: int | None = None
    comment: str = ""


def default_hours(departure: str | None, returned_at: str | None) -> float | None:
    """Hours from departure to return, rounded to the half hour; None where either is unknown."""
    start, end = parse_moment(departure), parse_moment(returned_at)
    if start is None or end is None or end < start:
        return None
    return round((end - start).total_seconds() / 1800) / 2


def validate_return(departure: str | None, returned_at: str | None, now: dt.datetime | None = None) -> dict[str, str]:
    now = now or dt.datetime.now()
    errors: dict[str, str] = {}
    back = parse_moment(returned_at)
    if not returned_at:
        errors["returned_at"] = msg("请填写返回时间。")
    elif back is None:
        errors["returned_at"] = msg("返回时间“{value}”无法识别，请写成 2023-03-05 23:10 的样子。", value=returned_at)
    else:
        start = parse_moment(departure)
        if start is not None and back < start:
            errors["returned_at"] = msg("返回时间 {moment} 早于出队时间 {departure}，请检查。", moment=moment_text(back),
                                        departure=moment_text(start))
        elif back > now + FUTURE_TOLERANCE:
            errors["returned_at"] = msg("返回时间 {moment} 晚于现在，请检查日期和时间。", moment=moment_text(back))
    return errors


def validate_review(sheet: ReviewSheet, departure: str | None, listed_members: set[int],
                    now: dt.datetime | None = None) -> dict[str, str]:
    """What must be fixed before the attendance is handed in: field → message."""
    errors = validate_return(departure, sheet.returned_at, now)
    if not sheet.result:
        errors["result"] = msg("请选择任务结果。")
    elif sheet.result not in RESULTS:
        errors["result"] = msg("任务结果“{value}”无效：请从{choices}中选择。", value=sheet.result, choices=joined(RESULTS))
    if sheet.people_helped is not None and sheet.people_helped < 0:
        errors["people_helped"] = msg("救助人数不能为负数。")
    seen: set[int] = set()
    problems: list[str] = []
    for entry in sheet.entries:
        who = entry.name or msg("队员 {member_id}", member_id=entry.member_id)
        if entry.member_id in seen:
            problems.append(msg("{who} 重复出现", who=who))
        seen.add(entry.member_id)
        if entry.attendance not in ATTENDANCE:
            problems.append(msg("{who} 的出勤未填（出勤 / 迟到 / 早退 / 缺勤）", who=who))
        if entry.hours is not None and not 0 <= entry.hours <= LONGEST_TURN_OUT_HOURS:
            problems.append(msg("{who} 的时长 {hours:g} 小时不合理（0–{longest:g}）", who=who, hours=entry.hours,
                                 longest=LONGEST_TURN_OUT_HOURS))
        if entry.attendance == "缺勤" and entry.hours:
            problems.append(msg("{who} 缺勤，时长应为 0", who=who))
        if entry.role not in MEMBER_ROLES:
            problems.append(msg("{who} 的角色“{role}”无效", who=who, role=entry.role))
    missing = listed_members - seen
    if missing:
        problems.append(msg("出队名单上还有 {count} 人没有填写出勤", count=len(missing)))
    if problems:
        listed = joined(problems[:5], SEMICOLON)
        errors["entries"] = (msg("{problems}……。", problems=listed) if len(problems) > 5
                             else msg("{problems}。", problems=listed))
    return errors


def check_review(sheet: ReviewSheet, departure: str | None, listed_members: set[int],
                 now: dt.datetime | None = None) -> None:
    errors = validate_review(sheet, departure, listed_members, now)
    if errors:
        raise ReviewInvalid(errors)
