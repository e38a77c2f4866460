"""What the dispatch form's parts share: colours, and how a member or a call is written short."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from wz_desktop.domain.records import Member

SUMMARY_LENGTH = 40  # a summary prefilled from the call is cut to this many characters
PICKER_LIMIT = 20  # members the roster picker lists at most

MATCHED_BG = QColor("#e6f4ea")
AMBIGUOUS_BG = QColor("#fff4d6")
UNKNOWN_BG = QColor("#fde7e7")
SKIPPED_FG = QColor("#888888")
NOTE_STYLE = "color: #2e7d32;"
HINT_STYLE = "color: #666666;"


def _t(text: str) -> str:
    return QCoreApplication.translate("DispatchForm", text)


def member_text(member: Member, squad_names: dict[int, str], phone: bool = False) -> str:
    """王建国 · WZ0001 · 甘井子分队 (· 13804110001), as the pickers list a member."""
    parts = [member.name]
    if member.nickname and member.nickname != member.name:
        parts[0] += f"（{member.nickname}）"
    if member.code:
        parts.append(member.code)
    squad = squad_names.get(member.squad_id) if member.squad_id is not None else None
    parts.append(squad or _t("未分队"))
    if phone and member.phone:
        parts.append(member.phone)
    text = " · ".join(parts)
    if not member.active:
        text += _t("（已停用）")
    return text


def short_summary(place: str, description: str, limit: int = SUMMARY_LENGTH) -> str:
    """A summary from the call: the place and the first sentence of what happened, cut short."""
    place = (place or "").strip()
    first = re.split(r"[。！？!?\n；;]", (description or "").strip(), maxsplit=1)[0].strip(" ，,")
    if place and first.startswith(place):
        text = first
    elif place and first:
        text = f"{place}{first}" if len(place) <= 12 else f"{place}，{first}"
    else:
        text = place or first
    return text if len(text) <= limit else text[: limit - 1] + "…"
