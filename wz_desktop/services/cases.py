"""Missing-person cases (走失人员案件): the case form, the task page, the map and the command line
call these with a session.

Opening a case from a call reads the alert kept with the call (``domain.alert``) for the person's
details: each one is a guess the form shows marked until the secretary confirms it, nothing is
saved unconfirmed. Recording a case is a dispatch right (``roles.Action.DISPATCH``); a role that
may not see who is looked for (a squad leader) gets the person with the personal fields blanked
(``cases.shown_to``). The rules are ``domain/cases.py``; the writes ``store/cases.py``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from wz_desktop.domain import cases as case_rules
from wz_desktop.domain import geo
from wz_desktop.domain.alert import AlertReading, read_alert
from wz_desktop.domain.cases import CaseInvalid, MissingPerson
from wz_desktop.domain.text import msg
from wz_desktop.domain.roles import Action
from wz_desktop.services.session import Session
from wz_desktop.store.errors import StoreError, describe_failure


def person(store, session: Session, case_id: int) -> MissingPerson | None:
    """A case's missing person as the session may see it (personal fields blank for a role that
    does not record cases)."""
    found = store.cases.person(case_id)
    return case_rules.shown_to(found, session.may(Action.DISPATCH)) if found is not None else None


MAX_PHOTO_BYTES = 20 * 1024 * 1024
_PICTURES = {b"\xff\xd8\xff": ".jpg", b"\x89PNG\r\n\x1a\n": ".png", b"BM": ".bmp"}


def photo_folder(store) -> Path:
    """Where a database keeps its cases' photos: a folder beside it (``cases.db`` → ``cases-photos``)."""
    from wz_desktop.store.cases import photo_folder as folder_of

    return folder_of(store.path)


def _keep_photo(store, photo: str) -> str:
    """The photo a case keeps: the file chosen (from a phone, a USB stick, a download folder) is
    copied into :func:`photo_folder`, named by its content, so the case still shows it when the
    original is gone. Returns the path kept ('' for none). A file that is missing, unreadable, too
    big or not a JPG, PNG or BMP picture is refused (:class:`CaseInvalid`), nothing copied."""
    if not (photo or "").strip():
        return ""
    source = Path(photo.strip())
    folder = photo_folder(store)
    if source.parent == folder and source.is_file():
        return str(source)
    try:
        size = source.stat().st_size
        if size > MAX_PHOTO_BYTES:
            raise CaseInvalid({"photo_path": msg("照片“{name}”太大（{mb:.0f} MB），请用 20 MB 以内的照片。",
                                                  name=source.name, mb=size / 1024 / 1024)})
        data = source.read_bytes()
    except OSError as exc:
        raise CaseInvalid({"photo_path": msg("照片文件“{path}”无法读取：{reason}", path=str(source),
                                              reason=describe_failure(exc))}) from exc
    suffix = next((ext for magic, ext in _PICTURES.items() if data.startswith(magic)), None)
    if suffix is None:
        raise CaseInvalid({"photo_path": msg("“{name}”不是 JPG、PNG 或 BMP 图片。", name=source.name)})
    target = folder / f"{hashlib.sha256(data).hexdigest()[:16]}{suffix}"
    if not target.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            part = target.with_suffix(target.suffix + ".part")
            part.write_bytes(data)
            os.replace(part, target)
        except OSError as exc:
            raise CaseInvalid({"photo_path": msg("照片无法存入“{folder}”：{reason}", folder=str(folder),
                                                  reason=describe_failure(exc))}) from exc
    return str(target)


def _kept(store, missing: MissingPerson) -> MissingPerson:
    photo = _keep_photo(store, missing.photo_path)
    return missing if photo == missing.photo_path else replace(missing, photo_path=photo)


def open_case(store, session: Session, missing: MissingPerson, *, title: str = "", task_ids: Iterable[int] = (),
              now: dt.datetime | None = None) -> int:
    """A new missing-person case, with the turn-outs ``task_ids`` linked. Returns its id."""
    session.require(Action.DISPATCH)
    session.enter(store)
    case_rules.check_person(missing, now)
    return store.cases.open(_kept(store, missing), session.actor, title=title, task_ids=list(task_ids),
                            link=store.flow.link_to_case, now=now)


def add_person(store, session: Session, case_id: int, missing: MissingPerson, *,
               now: dt.datetime | None = None) -> None:
    """Make an existing case (turn-outs already linked) a missing-person case."""
    session.require(Action.DISPATCH)
    session.enter(store)
    case_rules.check_person(missing, now)
    store.cases.add_person(case_id, _kept(store, missing), session.actor, now=now)


def save(store, session: Session, missing: MissingPerson, *, title: str | None = None,
         now: dt.datetime | None = None) -> int:
    """Save a case's person (and title): returns how many fields changed."""
    session.require(Action.DISPATCH)
    session.enter(store)
    case_rules.check_person(missing, now)
    return int(store.cases.save(_kept(store, missing), session.actor, title=title, now=now))


def agree_to_publish(store, session: Session, case_id: int, fields: Iterable[str], *,
                     now: dt.datetime | None = None) -> int:
    """What the family agreed to publish in the notice (words of ``cases.NOTICE_FIELDS``), saved
    alone: the rest of the case stays as stored (a photo gone missing since does not block the
    family's word). Returns how many fields changed (0 or 1)."""
    session.require(Action.DISPATCH)
    session.enter(store)
    current = store.cases.person(case_id)
    if current is None:
        raise StoreError(msg("走失人员案件（编号 {case_id}）不存在，可能已被删除。", case_id=case_id))
    return int(store.cases.save(replace(current, publish=frozenset(fields)), session.actor, now=now))


def mark_notice(store, session: Session, case_id: int, *, withdrawn: bool = False,
                now: dt.datetime | None = None) -> None:
    """The missing-person notice went out (or was withdrawn)."""
    session.require(Action.DISPATCH)
    session.enter(store)
    store.cases.mark_notice(case_id, session.actor, withdrawn=withdrawn, now=now)


def set_squad_base(store, session: Session, squad_id: int, point: geo.Point | None) -> None:
    session.require(Action.ROSTER)
    session.enter(store)
    store.cases.set_squad_base(squad_id, point, session.actor)


def from_alert(text: str, now: dt.datetime | None = None) -> tuple[MissingPerson, AlertReading]:
    """What an alert says of the missing person, as a case to confirm (every field a guess; the
    reading says which words each came from). The last-seen point is the alert's position
    (WGS-84, as phones and charts give it) where it has one."""
    reading = read_alert(text, now=now)
    age_text = reading.shown("person_age")
    age = int(age_text) if age_text.isdigit() else None  # the reader gives the age as written, in digits
    condition = reading.shown("person_condition")
    description = case_rules.description_of(reading.shown("person_height"), reading.shown("person_clothing"),
                                            condition)
    seen_at = reading.shown("last_seen_at")
    position = reading.value("position")
    point = None
    if isinstance(position, tuple):
        point = geo.Point(float(position[1]), float(position[0]), geo.WGS84).to(geo.GCJ02)
    sex = reading.shown("person_sex")
    missing = MissingPerson(
        name=reading.shown("person_name"), sex=sex if sex in case_rules.SEXES else "",
        age=age, category=case_rules.category_for(condition, age, text),
        description=description, family_phone=reading.shown("caller_phone"), last_seen_at=seen_at,
        last_seen_place=reading.shown("last_seen_place") or reading.shown("place"), last_seen=point)
    return missing, reading


def from_call(store, call_id: int, now: dt.datetime | None = None) -> MissingPerson:
    """A new case's person from a call: its alert read again where one was pasted, else its place."""
    call = store.calls.get(call_id)
    if call is None:
        return MissingPerson()
    if call.alert_text:
        missing, _reading = from_alert(call.alert_text, now=now)
    else:
        missing = MissingPerson(last_seen_place=call.place or "")
    if not missing.family_phone and call.caller_phone:
        missing = replace(missing, family_phone=call.caller_phone)
    if not missing.last_seen_place and call.place:
        missing = replace(missing, last_seen_place=call.place)
    return missing


__all__ = ["agree_to_publish", "photo_folder", "add_person", "from_alert", "from_call", "mark_notice", "open_case", "person", "save", "set_squad_base"]
