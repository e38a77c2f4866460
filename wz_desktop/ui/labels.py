"""Words for codes: kinds, statuses, origins, fields, flag codes. Every word goes through Qt's translation.

The words themselves are in the word table (``wz_desktop/domain/words.py``); here they are put
into the window's language, each table in its own context.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wz_desktop.domain import words as table
from wz_desktop.domain.kinds import KIND_ORDER, TaskKind
from wz_desktop.domain.records import Origin, TaskStatus
from wz_desktop.domain.report import CODE_LABELS


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def translated(words: table.Words, code: str, default: str | None = None) -> str:
    """The word of ``code`` in ``words`` (a table of domain/words.py) in the window's language;
    ``default`` (the code itself unless told) where the table has no such code."""
    if code not in words:
        return code if default is None else default
    return QCoreApplication.translate(words.context, words[code])


def step_label(action: str | None) -> str:
    """A step of a task's history or an action of the audit (出队, 考核通过, 新增 …)."""
    if not action:
        return ""
    return translated(table.STEPS if action in table.STEPS else table.AUDIT_ACTIONS, action)


def audit_table_label(name: str | None) -> str:
    return translated(table.AUDIT_TABLES, name or "")


def record_field_label(field: str | None, of_table: str | None = None) -> str:
    """A field of a record (the audit, a task's history), ``of_table``'s own word where it has one."""
    if not field:
        return ""
    if of_table and f"{of_table}.{field}" in table.FIELDS:
        return translated(table.FIELDS, f"{of_table}.{field}")
    return translated(table.FIELDS, field)


def kind_label(kind: TaskKind | str | None) -> str:
    if kind is None:
        return ""
    try:
        kind = TaskKind(kind)
    except ValueError:
        return str(kind)
    return translated(table.KIND_NAMES, kind.value)


def kinds_in_order() -> list[tuple[TaskKind, str]]:
    return [(kind, kind_label(kind)) for kind in KIND_ORDER]


def status_label(status: TaskStatus | str | None) -> str:
    if status is None:
        return ""
    try:
        status = TaskStatus(status)
    except ValueError:
        return str(status)
    return translated(table.TASK_STATUSES, status.value)


def call_status_word(status: str) -> str:
    return translated(table.CALL_STATUSES, str(getattr(status, "value", status)))


def origin_label(origin: Origin | str | None) -> str:
    if origin is None:
        return ""
    try:
        origin = Origin(origin)
    except ValueError:
        return str(origin)
    return translated(table.ORIGINS, origin.value)


def field_label(name: str | None) -> str:
    """A task's field as the window names it: a workbook column by its header (事件编号 …)."""
    if name in table.COLUMN_HEADERS:
        return _t(table.COLUMN_HEADERS[name])  # the file format's word, shown translated
    return record_field_label(name)


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

def _vocabularies() -> dict[str, dict[str, str]]:
    """One table per vocabulary (domain/words.py), each word translated once (context "Vocabulary")."""
    return {name: {zh: QCoreApplication.translate(words.context, zh) for zh in words}
            for name, words in table.VOCABULARIES.items()}


_vocabulary_cache: tuple[str, dict[str, dict[str, str]]] | None = None


def vocabularies() -> dict[str, dict[str, str]]:
    """The tables, read again when the language changes (the key: how one word reads now)."""
    global _vocabulary_cache
    key = QCoreApplication.translate("Vocabulary", "家属")
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
    for words in tables.values():
        if value in words:
            return words[value]
    return value
