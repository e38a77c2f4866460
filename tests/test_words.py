"""The word table (issue 14, item 4): every word the application shows for a code is in
wz_desktop/domain/words.py with its English, and the data layers write no Chinese f-strings
(a Chinese f-string can never be translated: write ``msg("…{name}…", name=…)`` instead)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from wz_desktop.domain import words
from wz_desktop.domain.kinds import KIND_COLORS, KIND_ORDER, SHEET_NAMES, TaskKind, kind_from_name
from wz_desktop.domain.records import FIELD_LABELS, WORKBOOK_FIELDS

PACKAGE = Path(words.__file__).resolve().parents[1]
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")

# the data layers: their messages go through msg() (wz_desktop/domain/text.py)
DATA_LAYERS = ("domain/", "store/", "workbook/", "report/", "services/", "cli.py", "dataset.py", "demo.py")
# f-strings that are not messages: regular expressions built from pieces and SQL (never shown)
ALLOWED = {
    "domain/anonymize.py",  # patterns of names and places
    "domain/parse.py",  # patterns of dates and counts
    "domain/alert.py",  # patterns of pasted alerts (and the age it reads, "70多": a value, not a message)
    "store/summaries.py",  # SQL counting the stored attendance words
}


def _chinese_fstrings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and any(
                isinstance(part, ast.Constant) and isinstance(part.value, str) and CJK.search(part.value)
                for part in node.values):
            found.append((node.lineno, ast.unparse(node)[:80]))
    return found


def test_the_data_layers_write_no_chinese_fstrings():
    """A Chinese f-string in domain/, store/, workbook/, report/, the CLI or the data set is text
    that no window can put into its language: use msg() of wz_desktop.domain.text."""
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if not rel.startswith(DATA_LAYERS) or rel in ALLOWED:
            continue
        problems += [f"wz_desktop/{rel}:{line}: {text}" for line, text in _chinese_fstrings(path)]
    assert not problems, "Chinese f-strings (write msg(\"…{name}…\", name=…)):\n" + "\n".join(problems)


def test_the_scan_sees_a_chinese_fstring(tmp_path):
    path = tmp_path / "m.py"
    path.write_text('n = 3\nA = f"共 {n} 条"\nB = f"{n} rows"\nC = "共 {n} 条".format(n=n)\n', encoding="utf-8")
    assert [line for line, _ in _chinese_fstrings(path)] == [2]


def test_every_word_has_its_english_and_one_english_per_context():
    seen: dict[tuple[str, str], str] = {}
    problems = []
    for table in words.TABLES:
        assert set(table.english) == set(table), table.context
        for zh, en in table.pairs():
            if not zh.strip() or not en.strip() or CJK.search(en):
                problems.append((table.context, zh, en))
            if seen.setdefault((table.context, zh), en) != en:
                problems.append((table.context, zh, en, "another English: " + seen[(table.context, zh)]))
    assert not problems, problems


@pytest.mark.qt  # the extractor imports the window's modules: not in make check
def test_the_table_words_reach_the_translation_file():
    import sys

    sys.path.insert(0, str(PACKAGE.parent / "resources" / "translations"))
    import extract

    english = extract.table_english()
    assert english[("Labels", "水上救援")] == "Water rescue"
    assert english[("Vocabulary", "回拨信息来源")] == "Called the source back"
    messages, _ = extract.extract()
    assert all(key in messages for key in english)


def test_the_kinds_come_from_the_table():
    assert KIND_ORDER == list(words.KINDS) == list(TaskKind)
    assert KIND_COLORS == {k.value: w.colour for k, w in words.KINDS.items()}
    assert set(SHEET_NAMES) == set(TaskKind)
    for kind in TaskKind:
        assert kind_from_name(SHEET_NAMES[kind]) is kind
        assert kind.needs_call == (kind in (TaskKind.WATER, TaskKind.URBAN, TaskKind.MOUNTAIN))


def test_the_file_format_words_are_the_six_sheets_and_seven_columns_exactly():
    """workbook-format.md: never translated, never reworded."""
    assert [SHEET_NAMES[k] for k in KIND_ORDER] == [
        "水上救援", "城市搜救", "山地救援", "培训保障", "疫情防控", "队伍整备与设备保养"]
    assert [FIELD_LABELS[f] for f in WORKBOOK_FIELDS] == [
        "事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]
    from wz_desktop.workbook.layout import HEADER

    assert HEADER == list(words.COLUMN_HEADERS.values())
    assert words.WORKBOOK_TITLE.format(year=2021) == "2021年救援任务统计"


def test_the_old_names_read_the_table():
    from wz_desktop.domain.roles import ROLE_WORDS, Role
    from wz_desktop.domain.workflow import CALL_STATUS_WORDS, TASK_STATUS_WORDS
    from wz_desktop.store.audit import FIELD_WORDS, TABLE_WORDS
    from wz_desktop.store.lifecycle import ACTIONS

    assert TASK_STATUS_WORDS is words.TASK_STATUSES and CALL_STATUS_WORDS is words.CALL_STATUSES
    assert ROLE_WORDS[Role.ADMIN] == "管理员" and ACTIONS is words.STEPS
    assert TABLE_WORDS is words.AUDIT_TABLES and FIELD_WORDS is words.FIELDS
