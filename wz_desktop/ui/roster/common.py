"""What the roster's parts share: colours, how a phone or a certificate's expiry is shown, a date as typed."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wz_desktop.store.roster import normalise_phone

SEARCH_DELAY_MS = 150
PAGE_SIZE = 200
EXPIRY_SOON_DAYS = 30
# the colours of a certificate's expiry (they mean only that, across the application)
EXPIRED_COLOR = QColor("#c62828")
EXPIRED_TINT = QColor(198, 40, 40, 40)
EXPIRING_COLOR = QColor("#e65100")
EXPIRING_TINT = QColor(230, 81, 0, 36)
INACTIVE_COLOR = QColor("#9e9e9e")
ERROR_STYLE = "color: #c62828;"
# a vehicle belongs to the team or to a member (the words of ``Vehicle.owner_kind``)
OWNER_KINDS = (("team", "队伍车辆"), ("member", "队员私家车"))


def _t(text: str) -> str:
    return QCoreApplication.translate("RosterPage", text)


# --- how values are shown and read -----------------------------------------------------------------

def phone_text(phone: str | None) -> str:
    """Digits as people read them: 138-0411-2233, 0411-84661234 (010-…, 02x-… with a 3-digit area code)."""
    digits = normalise_phone(phone)
    if re.fullmatch(r"1\d{10}", digits):
        return f"{digits[:3]}-{digits[3:7]}-{digits[7:]}"
    if digits.startswith("0") and len(digits) >= 10:
        area = 3 if digits[1] in "12" else 4
        return f"{digits[:area]}-{digits[area:]}"
    return digits or (phone or "")


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


def expiry_text(expires_on: str | None, today: dt.date | None = None) -> str:
    state, left = expiry_state(expires_on, today)
    if not expires_on:
        return ""
    if state == "expired":
        return _t("{0}（已过期）").format(expires_on)
    if state == "soon":
        return _t("{0}（今天到期）").format(expires_on) if left == 0 else _t("{0}（{1} 天后）").format(expires_on, left)
    return expires_on


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_date(text: str) -> tuple[str | None, bool]:
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


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _with_error(parent: QWidget, field: QWidget, error: QLabel) -> QWidget:
    """A field with its error message right under it (empty and hidden while all is well)."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
