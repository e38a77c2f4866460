"""Words for codes: kinds, statuses, origins, fields, flag codes. Every word goes through Qt's translation."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wz_desktop.domain.kinds import KIND_ORDER, SHEET_NAMES, TaskKind
from wz_desktop.domain.records import Origin, TaskStatus
from wz_desktop.domain.report import CODE_LABELS


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def kind_label(kind: TaskKind | str | None) -> str:
    if kind is None:
        return ""
    try:
        kind = TaskKind(kind)
    except ValueError:
        return str(kind)
    return _t(SHEET_NAMES[kind])  # the sheet's name (domain/kinds.py), translated


def kinds_in_order() -> list[tuple[TaskKind, str]]:
    return [(kind, kind_label(kind)) for kind in KIND_ORDER]


def status_label(status: TaskStatus | str | None) -> str:
    if status is None:
        return ""
    try:
        status = TaskStatus(status)
    except ValueError:
        return str(status)
    return {
        TaskStatus.DISPATCHED: _t("出队"),
        TaskStatus.RETURNED: _t("返回"),
        TaskStatus.SUBMITTED: _t("待考核"),
        TaskStatus.APPROVED: _t("已考核"),
        TaskStatus.ARCHIVED: _t("归档"),
        TaskStatus.CANCELLED: _t("取消"),
    }[status]


def origin_label(origin: Origin | str | None) -> str:
    if origin is None:
        return ""
    try:
        origin = Origin(origin)
    except ValueError:
        return str(origin)
    return {
        Origin.APP: _t("本程序录入"),
        Origin.IMPORT: _t("工作簿导入"),
        Origin.DEMO: _t("演示数据"),
    }[origin]


def field_label(name: str | None) -> str:
    labels = {
        "event_no": _t("事件编号"),
        "summary": _t("事件摘要"),
        "departure": _t("出队时间"),
        "headcount": _t("出队人数"),
        "vehicles": _t("出队车次"),
        "squads": _t("分队名称"),
        "remarks": _t("备注"),
        "year": _t("年份"),
        "kind": _t("类别"),
    }
    return labels.get(name or "", name or "")


def flag_label(code: str | None) -> str:
    labels = {
        "raw_value": _t("无法识别、保留原文的值"),
        "guess": _t("推断的值"),
        "merged": _t("由合并单元格补齐的值"),
        "differs": _t("与数据库不一致（以数据库为准）"),
        "duplicate_event_no": _t("重复的事件编号"),
    }
    return labels.get(code or "", CODE_LABELS.get(code or "", code or ""))


def review_tooltip() -> str:
    return _t("待复核：导入时有值无法识别或是推断出来的，请打开详情核对原文。")
