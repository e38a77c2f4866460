"""What the roster's parts share: colours, how a phone or a certificate's expiry is shown (the
rules themselves, expiry included, are ``domain.roster_rules``)."""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from wz_desktop.domain.roster_rules import expiry_state, normalise_phone

SEARCH_DELAY_MS = 150
PAGE_SIZE = 200
# the colours of a certificate's expiry (they mean only that, across the application)
EXPIRED_COLOR = QColor("#c62828")
EXPIRED_TINT = QColor(198, 40, 40, 40)
EXPIRING_COLOR = QColor("#e65100")
EXPIRING_TINT = QColor(230, 81, 0, 36)
INACTIVE_COLOR = QColor("#9e9e9e")
# a vehicle belongs to the team or to a member (the words of ``Vehicle.owner_kind``)
OWNER_KINDS = (("team", "队伍车辆"), ("member", "队员私家车"))


def _t(text: str) -> str:
    return QCoreApplication.translate("RosterPage", text)


# --- how values are shown ------------------------------------------------------------------------

def phone_text(phone: str | None) -> str:
    """Digits as people read them: 138-0411-2233, 0411-84661234 (010-…, 02x-… with a 3-digit area code)."""
    digits = normalise_phone(phone)
    if re.fullmatch(r"1\d{10}", digits):
        return f"{digits[:3]}-{digits[3:7]}-{digits[7:]}"
    if digits.startswith("0") and len(digits) >= 10:
        area = 3 if digits[1] in "12" else 4
        return f"{digits[:area]}-{digits[area:]}"
    return digits or (phone or "")


def expiry_text(expires_on: str | None, today: dt.date | None = None) -> str:
    state, left = expiry_state(expires_on, today)
    if not expires_on:
        return ""
    if state == "expired":
        return _t("{0}（已过期）").format(expires_on)
    if state == "soon":
        return _t("{0}（今天到期）").format(expires_on) if left == 0 else _t("{0}（{1} 天后）").format(expires_on, left)
    return expires_on

