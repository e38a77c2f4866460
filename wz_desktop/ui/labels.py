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
        TaskStatus.RETURNED: _t("待交考勤"),  # one word per state: the desk, the list, the page
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


# --- the vocabularies: words stored as the team writes them (Chinese), shown in the window's language

def _v(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def _vocabularies() -> dict[str, dict[str, str]]:
    """One table per vocabulary, each word translated once (context "Vocabulary")."""
    return {
        "call_source": {
            "110指挥中心": _v("110指挥中心"), "海上搜救中心": _v("海上搜救中心"), "海警": _v("海警"), "边防": _v("边防"),
            "派出所": _v("派出所"), "消防": _v("消防"), "家属": _v("家属"), "群众": _v("群众"), "其他": _v("其他"),
        },
        "verify_method": {"回拨信息来源": _v("回拨信息来源"), "机构确认": _v("机构确认"), "现场核实": _v("现场核实")},
        "verify_result": {"属实": _v("属实"), "不实": _v("不实"), "重复": _v("重复"), "已解除": _v("已解除")},
        "result": {
            "找到平安": _v("找到平安"), "救起": _v("救起"), "遗体打捞": _v("遗体打捞"), "移交": _v("移交"),
            "未找到": _v("未找到"), "取消": _v("取消"), "误报": _v("误报"),
        },
        "attendance": {"出勤": _v("出勤"), "迟到": _v("迟到"), "早退": _v("早退"), "缺勤": _v("缺勤")},
        "member_role": {"队长": _v("队长"), "副队长": _v("副队长"), "队员": _v("队员")},
        "district": {
            "中山区": _v("中山区"), "西岗区": _v("西岗区"), "沙河口区": _v("沙河口区"), "甘井子区": _v("甘井子区"),
            "旅顺口区": _v("旅顺口区"), "金州区": _v("金州区"), "普兰店区": _v("普兰店区"), "瓦房店市": _v("瓦房店市"),
            "庄河市": _v("庄河市"), "长海县": _v("长海县"), "高新园区": _v("高新园区"), "开发区": _v("开发区"),
            "金普新区": _v("金普新区"),
        },
    }


_vocabulary_cache: tuple[str, dict[str, dict[str, str]]] | None = None


def vocabularies() -> dict[str, dict[str, str]]:
    """The tables, read again when the language changes (the key: how one word reads now)."""
    global _vocabulary_cache
    key = _v("家属")
    if _vocabulary_cache is None or _vocabulary_cache[0] != key:
        _vocabulary_cache = (key, _vocabularies())
    return _vocabulary_cache[1]


def word(value: str | None, vocabulary: str | None = None) -> str:
    """A stored word (家属, 回拨信息来源, 找到平安, 出勤 …) in the window's language; anything not in
    the vocabulary (a value typed in, an old workbook's own word) as it is."""
    if not value:
        return value or ""
    tables = vocabularies()
    if vocabulary is not None:
        return tables.get(vocabulary, {}).get(value, value)
    for table in tables.values():
        if value in table:
            return table[value]
    return value
