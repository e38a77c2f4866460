"""The rules of the flow, as plain Python: calls, verifications, the statuses and the event numbers.

接报 (a call is logged) → 核实 (verified: 属实 / 不实 / 重复 / 已解除) → 出队 (a task is made from it)
→ 返回 → 待考核 → 已考核 → 归档. Nothing here knows about SQLite or Qt: the store asks these
functions whether a step is allowed, and raises what they raise.
"""
from __future__ import annotations

import datetime as dt
import re
import string
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from wz_desktop.domain.kinds import TaskKind
from wz_desktop.domain.records import (
    VERIFY_RESULTS,
    CallStatus,
    TaskStatus,
)
from wz_desktop.domain.text import SEMICOLON, Joined, joined, msg, word
from wz_desktop.domain.words import CALL_SOURCES, CALL_STATUSES, TASK_STATUSES

DEFAULT_EVENT_NO_PATTERN = "WZ{year}-{seq:04d}"
NUMERIC_EVENT_NO_PATTERN = "{year}{seq:04d}"  # the 2020 style: 20200153
# styles that numbers of earlier years were written in: a new number continues after all of them
KNOWN_EVENT_NO_PATTERNS = (DEFAULT_EVENT_NO_PATTERN, NUMERIC_EVENT_NO_PATTERN)

FUTURE_TOLERANCE = dt.timedelta(minutes=5)  # clocks differ a little between PCs and phones
EARLIEST_CALL = dt.datetime(2015, 1, 1)  # the team was founded in 2015
SERVICE_NUMBERS = {"110", "119", "120", "122", "12345", "12395", "95110"}
CALL_FIELD_LABELS = {"received_at": msg("接报时间"), "source": msg("信息来源"), "caller_name": msg("求助人"),
                     "caller_phone": msg("联系电话"), "district": msg("区域"), "place": msg("地点"),
                     "description": msg("情况")}


class WorkflowError(ValueError):
    """A step the workflow does not allow; the message says so in Chinese."""


class CallInvalid(WorkflowError):
    """A call that cannot be logged as it is: ``errors`` maps each field to what to do about it."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__(field_messages(errors, CALL_FIELD_LABELS))


def field_messages(errors: Mapping[str, str], labels: Mapping[str, str]) -> Joined:
    """The messages of a form as one text: ``接报时间：…；联系电话：…`` (each part translatable)."""
    return joined((msg("{field}：{message}", field=labels.get(k, k), message=v) for k, v in errors.items()),
                  SEMICOLON)


@dataclass
class Call:
    """A help request as the duty secretary logs it. Times are 'YYYY-MM-DD HH:MM'."""

    received_at: str | None = None
    source: str = ""
    caller_name: str = ""
    caller_phone: str = ""
    district: str = ""
    place: str = ""
    description: str = ""
    suggested_kind: TaskKind | None = None
    status: CallStatus = CallStatus.LOGGED
    logged_by: str = ""
    is_draft: bool = False
    id: int | None = None
    alert_text: str = ""  # the alert as pasted (Ctrl+Shift+V), kept word for word; '' when typed

    def __post_init__(self) -> None:
        if isinstance(self.suggested_kind, str) and not isinstance(self.suggested_kind, TaskKind):
            try:
                self.suggested_kind = TaskKind(self.suggested_kind) if self.suggested_kind else None
            except ValueError:
                raise WorkflowError(msg("任务类别“{kind}”无效。", kind=self.suggested_kind)) from None
        if not isinstance(self.status, CallStatus):
            self.status = CallStatus(self.status)
        if isinstance(self.received_at, dt.datetime):
            self.received_at = moment_text(self.received_at)


@dataclass
class Verification:
    """核实: who called back whom, how, when, and what came of it."""

    call_id: int | None
    result: str  # 属实 / 不实 / 重复 / 已解除
    verified_by: str = ""
    method: str = ""
    verified_at: str | None = None  # None: now
    note: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if isinstance(self.verified_at, dt.datetime):
            self.verified_at = moment_text(self.verified_at)

    @property
    def call_status(self) -> CallStatus:
        """The status the call moves to with this result."""
        return verification_status(self.result)


# --- times -------------------------------------------------------------------------------------

def moment_text(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def parse_moment(text: str | dt.datetime | None) -> dt.datetime | None:
    """'YYYY-MM-DD HH:MM' (seconds allowed) as a datetime; None where it cannot be read."""
    if isinstance(text, dt.datetime):
        return text
    if not text:
        return None
    value = unicodedata.normalize("NFKC", str(text)).strip().replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(value, fmt)
        except ValueError:
            continue
    return None


# --- phones ------------------------------------------------------------------------------------

def normalise_phone(text: str | None) -> str:
    """Digits only; a leading country code 86 (or +86) on a mobile number is dropped."""
    digits = re.sub(r"\D", "", unicodedata.normalize("NFKC", text or ""))
    if len(digits) == 13 and digits.startswith("861"):
        digits = digits[2:]
    return digits


def phone_looks_valid(text: str | None) -> bool:
    """A Chinese mobile (1[3-9] and 11 digits), a landline with area code (0411-84661234) or
    without (84661234), or a service number (110, 12395 …)."""
    digits = normalise_phone(text)
    return bool(
        re.fullmatch(r"1[3-9]\d{9}", digits)
        or re.fullmatch(r"0[1-9]\d{8,10}", digits)  # area code of 3–4 digits and 7–8 digits
        or re.fullmatch(r"[2-9]\d{6,7}", digits)  # a local number, area code left out
        or digits in SERVICE_NUMBERS
    )


# --- validation --------------------------------------------------------------------------------

def validate_call(call: Call, now: dt.datetime | None = None) -> dict[str, str]:
    """What must be fixed before a call is logged: field → message (empty when all is well)."""
    now = now or dt.datetime.now()
    errors: dict[str, str] = {}
    received = parse_moment(call.received_at)
    if not call.received_at:
        errors["received_at"] = msg("请填写接报时间，例如 2023-03-05 19:30。")
    elif received is None:
        errors["received_at"] = msg("接报时间“{value}”无法识别，请写成 2023-03-05 19:30 的样子。", value=call.received_at)
    elif received > now + FUTURE_TOLERANCE:
        errors["received_at"] = msg("接报时间 {moment} 晚于现在，请检查日期和时间。", moment=moment_text(received))
    elif received < EARLIEST_CALL:
        errors["received_at"] = msg("接报时间 {moment} 早于建队时间（2015 年），请检查年份。", moment=moment_text(received))
    if not call.source:
        errors["source"] = msg("请选择信息来源。")
    elif call.source not in CALL_SOURCES:
        errors["source"] = msg("信息来源“{value}”不在列表中，请从{choices}中选择。", value=call.source,
                               choices=joined(CALL_SOURCES))
    if not (call.caller_phone or "").strip():
        errors["caller_phone"] = msg("请填写联系电话，核实时要回拨。")
    elif not phone_looks_valid(call.caller_phone):
        errors["caller_phone"] = msg("联系电话“{value}”不像手机或座机号码：手机为 11 位（如 13804112233），"
                                      "座机如 0411-84661234。", value=call.caller_phone)
    if not (call.place or "").strip() and not (call.district or "").strip():
        errors["place"] = msg("请填写地点或区域。")
    if not (call.description or "").strip():
        errors["description"] = msg("请简要写明发生了什么。")
    return errors


def check_call(call: Call, now: dt.datetime | None = None) -> None:
    """Raise :class:`CallInvalid` (with every field's message) where the call cannot be logged."""
    errors = validate_call(call, now)
    if errors:
        raise CallInvalid(errors)


def verification_status(result: str) -> CallStatus:
    try:
        return VERIFY_RESULTS[result]
    except KeyError:
        raise WorkflowError(msg("核实结果“{value}”无效：只能是{choices}之一。", value=result,
                                choices=joined(VERIFY_RESULTS))) from None


def validate_verification(verification: Verification, received_at: str | None = None,
                          now: dt.datetime | None = None) -> dict[str, str]:
    now = now or dt.datetime.now()
    errors: dict[str, str] = {}
    if verification.result not in VERIFY_RESULTS:
        errors["result"] = msg("核实结果“{value}”无效：只能是{choices}之一。", value=verification.result,
                               choices=joined(VERIFY_RESULTS))
    if verification.verified_at:
        at = parse_moment(verification.verified_at)
        received = parse_moment(received_at)
        if at is None:
            errors["verified_at"] = msg("核实时间“{value}”无法识别，请写成 2023-03-05 19:30 的样子。",
                                         value=verification.verified_at)
        elif at > now + FUTURE_TOLERANCE:
            errors["verified_at"] = msg("核实时间 {moment} 晚于现在，请检查日期和时间。", moment=moment_text(at))
        elif received is not None and at < received.replace(second=0):
            errors["verified_at"] = msg("核实时间 {moment} 早于接报时间 {received}，请检查。", moment=moment_text(at),
                                         received=moment_text(received))
    return errors


# --- statuses ----------------------------------------------------------------------------------

CALL_STATUS_WORDS = CALL_STATUSES  # the words: domain/words.py
TASK_STATUS_WORDS = TASK_STATUSES


def _call_word(status: CallStatus) -> str:
    return word(CALL_STATUSES[status], CALL_STATUSES.context)


def task_word(status: TaskStatus) -> str:
    """The word of a task status, translated by the window as its status column does."""
    return word(TASK_STATUSES[status], TASK_STATUSES.context)


CALL_TRANSITIONS: dict[CallStatus, frozenset[CallStatus]] = {
    CallStatus.LOGGED: frozenset({CallStatus.VERIFIED, CallStatus.FALSE, CallStatus.DUPLICATE, CallStatus.RESOLVED}),
    CallStatus.VERIFIED: frozenset({CallStatus.DISPATCHED}),
}
CLOSED_CALL_STATUSES = frozenset({CallStatus.FALSE, CallStatus.DUPLICATE, CallStatus.RESOLVED})

TASK_TRANSITIONS: dict[TaskStatus, frozenset[TaskStatus]] = {
    TaskStatus.DISPATCHED: frozenset({TaskStatus.RETURNED, TaskStatus.CANCELLED}),
    TaskStatus.RETURNED: frozenset({TaskStatus.SUBMITTED, TaskStatus.CANCELLED}),
    TaskStatus.SUBMITTED: frozenset({TaskStatus.APPROVED, TaskStatus.RETURNED}),  # → returned: sent back
    # → returned: an approved hand-in (or one reopened from the archive) sent back for a correction
    TaskStatus.APPROVED: frozenset({TaskStatus.ARCHIVED, TaskStatus.RETURNED}),
    TaskStatus.ARCHIVED: frozenset({TaskStatus.APPROVED}),  # reopened, only with a reason
}


def can_move_call(old: CallStatus | str, new: CallStatus | str) -> bool:
    return CallStatus(new) in CALL_TRANSITIONS.get(CallStatus(old), frozenset())


def check_call_transition(old: CallStatus | str, new: CallStatus | str) -> None:
    old, new = CallStatus(old), CallStatus(new)
    if new in CALL_TRANSITIONS.get(old, frozenset()):
        return
    if old in CLOSED_CALL_STATUSES:
        raise WorkflowError(msg("该来电已按“{old}”结案，不能再改为“{new}”。", old=_call_word(old), new=_call_word(new)))
    if old == CallStatus.DISPATCHED:
        raise WorkflowError(msg("该来电已出队，不能再改为“{new}”。", new=_call_word(new)))
    if old == new:
        raise WorkflowError(msg("该来电已是“{old}”状态。", old=_call_word(old)))
    if new == CallStatus.DISPATCHED:
        raise WorkflowError(msg("来电须先核实属实，才能出队。"))
    raise WorkflowError(msg("来电不能从“{old}”改为“{new}”。", old=_call_word(old), new=_call_word(new)))


def can_move_task(old: TaskStatus | str, new: TaskStatus | str, reason: str | None = None) -> bool:
    try:
        check_task_transition(old, new, reason)
    except WorkflowError:
        return False
    return True


def check_task_transition(old: TaskStatus | str, new: TaskStatus | str, reason: str | None = None) -> None:
    """Raise :class:`WorkflowError` where a task may not go from ``old`` to ``new``.

    Reopening an archived task (归档 → 已考核) needs a reason: a correction is deliberate and leaves
    a trace.
    """
    old, new = TaskStatus(old), TaskStatus(new)
    if new not in TASK_TRANSITIONS.get(old, frozenset()):
        if old == TaskStatus.CANCELLED:
            raise WorkflowError(msg("任务已取消，不能再改为“{new}”。", new=task_word(new)))
        if old == new:
            raise WorkflowError(msg("任务已是“{old}”状态。", old=task_word(old)))
        if old == TaskStatus.ARCHIVED:
            raise WorkflowError(msg("已归档的任务只能写明原因后重新打开（回到“已考核”），不能直接修改状态。"))
        if new == TaskStatus.CANCELLED:
            raise WorkflowError(msg("任务已“{old}”，不能再取消；只有出队或返回的任务可以取消。", old=task_word(old)))
        raise WorkflowError(msg("任务不能从“{old}”改为“{new}”。", old=task_word(old), new=task_word(new)))
    if old == TaskStatus.ARCHIVED and not (reason or "").strip():
        raise WorkflowError(msg("重新打开已归档的任务须写明原因。"))


# --- event numbers -----------------------------------------------------------------------------

def _fields(pattern: str) -> list[tuple[str, str | None, str | None]]:
    """(literal, field name, format spec) pieces of a pattern; a bad pattern is a WorkflowError."""
    try:
        pieces = [(literal, name, spec) for literal, name, spec, _ in string.Formatter().parse(pattern)]
    except ValueError as exc:
        raise WorkflowError(msg("事件编号格式“{pattern}”无效（{reason}），例如 WZ{{year}}-{{seq:04d}}。",
                                 pattern=pattern, reason=exc)) from None
    names = [name for _, name, _ in pieces if name is not None]
    if any(name not in ("year", "seq") for name in names) or names.count("seq") != 1 or names.count("year") != 1:
        raise WorkflowError(msg("事件编号格式“{pattern}”无效：须含一个 {{year}}（年份）和一个 {{seq}}（序号），"
                                "例如 WZ{{year}}-{{seq:04d}}。", pattern=pattern))
    return pieces


def check_pattern(pattern: str) -> str:
    """The pattern, where it makes numbers (a year and a sequence); a WorkflowError where not."""
    format_event_no(pattern, 2000, 1)
    return pattern


def format_event_no(pattern: str | None, year: int, seq: int) -> str:
    """The event number ``seq`` of ``year``: ``format_event_no('WZ{year}-{seq:04d}', 2023, 5)`` → 'WZ2023-0005'."""
    pattern = pattern or DEFAULT_EVENT_NO_PATTERN
    _fields(pattern)
    try:
        return pattern.format(year=year, seq=seq)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise WorkflowError(msg("事件编号格式“{pattern}”无效（{reason}），例如 WZ{{year}}-{{seq:04d}}。",
                                 pattern=pattern, reason=exc)) from None


def event_no_regex(pattern: str, year: int) -> re.Pattern[str]:
    """A regex that reads the sequence (group 'seq') out of the numbers ``pattern`` gives for ``year``."""
    parts: list[str] = []
    for literal, name, spec in _fields(pattern):
        parts.append(re.escape(literal.upper()))
        if name == "year":
            parts.append(re.escape(format(year, spec or "")))
        elif name == "seq":
            digits = re.match(r"0?(\d*)", spec or "")  # matches any spec (both parts may be empty)
            width = digits.group(1) if digits else ""
            parts.append(rf"(?P<seq>\d{{{int(width)},}})" if width else r"(?P<seq>\d+)")
    return re.compile("".join(parts))


def event_no_sequence(number: str, pattern: str, year: int) -> int | None:
    """The sequence of an event number written in ``pattern`` for ``year``; None where it is not one."""
    text = unicodedata.normalize("NFKC", number or "").strip().upper()
    found = event_no_regex(pattern, year).fullmatch(text)
    return int(found.group("seq")) if found else None


def next_sequence(existing_numbers: Iterable[str], pattern: str | None, year: int) -> int:
    """The sequence after the highest one already used in ``year``.

    Numbers are read in ``pattern`` and in the styles of earlier years (WZ2023-0197, 20200153), so a
    new number never repeats or falls behind an imported one, whichever style the year used.
    """
    pattern = pattern or DEFAULT_EVENT_NO_PATTERN
    regexes = [event_no_regex(p, year) for p in dict.fromkeys((pattern, *KNOWN_EVENT_NO_PATTERNS))]
    highest = 0
    for number in existing_numbers:
        text = unicodedata.normalize("NFKC", number or "").strip().upper()
        if not text:
            continue
        for regex in regexes:
            found = regex.fullmatch(text)
            if found:
                highest = max(highest, int(found.group("seq")))
                break
    return highest + 1
