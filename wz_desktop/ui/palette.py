"""Colours and small icons. Each colour means one thing across the application (ui.md):
under way, to review, done, archived — and the amber tint of a row that needs checking (待复核)."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication

from wz_desktop.config import resources_dir
from wz_desktop.domain.records import TaskStatus

UNDER_WAY = QColor("#1f6fb2")  # 出队, 返回: the team is out or just back
TO_REVIEW = QColor("#b26a00")  # 待考核: waits for the secretariat
DONE = QColor("#2e7d32")  # 已考核
ARCHIVED = QColor("#757575")  # 归档, 取消
# translucent, so that it reads on a light and on a dark palette
NEEDS_REVIEW_TINT = QColor(255, 176, 0, 56)

STATUS_COLORS: dict[TaskStatus, QColor] = {
    TaskStatus.DISPATCHED: UNDER_WAY,
    TaskStatus.RETURNED: UNDER_WAY,
    TaskStatus.SUBMITTED: TO_REVIEW,
    TaskStatus.APPROVED: DONE,
    TaskStatus.ARCHIVED: ARCHIVED,
    TaskStatus.CANCELLED: ARCHIVED,
}


@lru_cache(maxsize=None)
def status_brush(status: str) -> QBrush | None:
    try:
        color = STATUS_COLORS[TaskStatus(status)]
    except (ValueError, KeyError):
        return None
    return QBrush(color)


@lru_cache(maxsize=1)
def needs_review_brush() -> QBrush:
    return QBrush(NEEDS_REVIEW_TINT)


@lru_cache(maxsize=1)
def needs_review_icon() -> QIcon:
    # (here, not at the top: its enums are many, and the start shows no such icon)
    from PySide6.QtWidgets import QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def app_icon_path():
    return resources_dir() / "icons" / "wz-desktop.svg"


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    path = app_icon_path()
    return QIcon(str(path)) if path.exists() else QIcon()
