"""Extract every translatable string of ``wz_desktop`` into ``wz_desktop_en.ts`` (a dev script).

    .venv/bin/python resources/translations/extract.py          # update the .ts (and report)
    .venv/bin/pyside6-lrelease resources/translations/wz_desktop_en.ts -qm resources/translations/wz_desktop_en.qm

What counts as translatable (found with ``ast``, never by importing the widgets):

* ``self.tr("…")`` (or ``<anything>.tr("…")``) inside a class: the context is the name of the
  class the call is written in. PySide6's ``tr`` walks ``type(self).__mro__`` and takes the first
  class name whose context has a translation, so a base class's ``self.tr`` called on a subclass
  instance still finds the base class's context (checked with a real QTranslator).
* ``_t("…")`` (or any module-level/local helper that returns
  ``QCoreApplication.translate("Ctx", text)``, e.g. ``t = lambda text: …``): the context is the
  literal in that helper.
* ``QCoreApplication.translate("Ctx", "…")`` with literal arguments.
* Strings that reach ``translate`` through a variable, listed in ``DYNAMIC`` below (the module,
  the name of a dict/list/tuple of words, the context).
* ``msg("…")`` (or ``msg(template="…")``) of ``wz_desktop.domain.text`` anywhere in the package: the
  messages of the data layer, context ``"Domain"`` (``wz_desktop.ui.texts.message`` translates them).
* The word table, ``wz_desktop/domain/words.py``: every word of every table in ``TABLES``, in the
  table's context, with the English the table gives it (ahead of ``en_strings.py``); and the
  kinds' sheet names in the attendance page's context (its per-kind columns) with the kind's English.

Translations come from ``en_strings.py`` (``EN``: source -> English, ``EN_IN``: (context, source) ->
English for the few places a word needs another English), then from what the .ts already holds.
Messages no longer in the code are kept, marked ``type="obsolete"`` (lrelease leaves them out).
"""
from __future__ import annotations

import argparse
import ast
import importlib
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PACKAGE = ROOT / "wz_desktop"
TS_FILE = HERE / "wz_desktop_en.ts"
QM_FILE = HERE / "wz_desktop_en.qm"

# Qt's own contexts (their sources are Qt's English; Qt's translations handle them)
QT_CONTEXTS = {"QPlatformTheme", "QDialogButtonBox", "QMessageBox", "QFileDialog", "QShortcut"}
# the context of the data layer's messages (``msg`` of wz_desktop.domain.text)
DOMAIN_CONTEXT = "Domain"
TEXT_MODULE = "wz_desktop.domain.text"

# words that reach a translation call through a variable (``_t(NAMES[i])``, ``self.tr(label)``, a
# class attribute): (module, expression evaluated in that module, context). The calls the scan
# cannot read are printed by ``main`` so that a new one is noticed and added here.
DYNAMIC = [
    ("wz_desktop.ui.call_model", "HEADERS.values()", "CallModel"),
    ("wz_desktop.ui.charts_page", "WEEKDAY_NAMES", "ChartsPage"),
    ("wz_desktop.ui.charts_page", "[c.title for c in ChartTab.__subclasses__()]", "ChartsPage"),
    ("wz_desktop.ui.charts_page", "[t for _, t in SquadLoadTab.MEASURES]", "ChartsPage"),
    ("wz_desktop.ui.charts_page", "['每任务出队人数', '每任务出队车次', '全部', '今年', '去年', '最近 12 个月', '自定义']",
     "ChartsPage"),
    ("wz_desktop.workbook.attendance", "[c.title for t in (member_table([]), squad_table([]), history_table([]), "
     "inactive_table([])) for c in t.columns]", "AttendancePage"),
    ("wz_desktop.ui.audit_dialog", "['时间', '经办人', '表', '记录编号', '操作', '字段', '原值', '新值']", "AuditDialog"),
    ("wz_desktop.domain.signup", "SKIP_LABELS.values()", "DispatchForm"),
    ("wz_desktop.ui.roster.certificates", "CERT_COLUMNS", "MemberDialog"),
    ("wz_desktop.ui.roster.common", "[label for _, label in OWNER_KINDS]", "VehicleDialog"),
    ("wz_desktop.ui.roster.models", "list(MEMBER_HEADERS) + list(VehicleTableModel.headers) + list(SquadTableModel.headers) + "
     "[label for _, label in OWNER_KINDS]", "RosterPage"),
    ("wz_desktop.ui.users", "COLUMNS", "Users"),
    ("wz_desktop.domain.words", "COLUMN_HEADERS.values()", "Labels"),  # ui/labels.field_label
]
# the unreadable calls DYNAMIC above accounts for (file, line text)
DYNAMIC_CALLS = {
    "HEADERS[", "WEEKDAY_NAMES", "_t(title)", "_t(tab.title)", "_t(text), key",
    "self.table.columns[section].title", "_t(c.title)", "_t(h) for h",
    "SKIP_LABELS", "CERT_COLUMNS", "self.tr(label)", "MEMBER_HEADERS", "self.headers[section]", "_t(kind)",
    "_t(c) for c in COLUMNS", "words.context", "COLUMN_HEADERS[name]", "KIND_NAMES.context",
}
# the word table (wz_desktop/domain/words.py): every table's words in its context, with its English
WORDS_MODULE = "wz_desktop.domain.words"
# the context whose per-kind column headers are the kinds' sheet names (see table_english)
KIND_COLUMNS_CONTEXT = "AttendancePage"


@dataclass
class Message:
    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _translate_wrapper_context(node: ast.AST) -> str | None:
    """The context of ``def f(text): return QCoreApplication.translate("Ctx", text)`` or of such a lambda."""
    if isinstance(node, ast.FunctionDef):
        if len(node.body) != 1 or not isinstance(node.body[0], ast.Return) or len(node.args.args) < 1:
            return None
        body, param = node.body[0].value, node.args.args[0].arg
    elif isinstance(node, ast.Lambda):
        if not node.args.args:
            return None
        body, param = node.body, node.args.args[0].arg
    else:
        return None
    if not (isinstance(body, ast.Call) and _is_translate(body.func) and len(body.args) >= 2):
        return None
    ctx = _literal(body.args[0])
    if ctx is not None and isinstance(body.args[1], ast.Name) and body.args[1].id == param:
        return ctx
    return None


def _is_translate(func: ast.AST) -> bool:
    return isinstance(func, ast.Attribute) and func.attr == "translate" and (
        isinstance(func.value, ast.Name) and func.value.id in ("QCoreApplication", "QApplication"))


class _Visitor(ast.NodeVisitor):
    def __init__(self, rel: str, wrappers: dict[str, str], msg_names: set[str] | None = None):
        self.rel = rel
        self.wrappers = wrappers
        self.msg_names = msg_names or set()
        self.classes: list[str] = []
        self.found: list[tuple[str, str, int]] = []
        self.dynamic: list[tuple[str, int, str]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr" and node.args:
            text = _literal(node.args[0])
            if not self.classes:
                self.dynamic.append((self.rel, node.lineno, "tr() outside a class"))
            elif text is None:
                self.dynamic.append((self.rel, node.lineno, "tr() of a non-literal"))
            else:
                self.found.append((self.classes[-1], text, node.lineno))
        elif _is_translate(func) and len(node.args) >= 2:
            ctx, text = _literal(node.args[0]), _literal(node.args[1])
            if ctx is None or text is None:
                if not (isinstance(node.args[1], ast.Name) and node.args[1].id == "text"):
                    self.dynamic.append((self.rel, node.lineno, "translate() of a non-literal"))
            elif ctx not in QT_CONTEXTS:
                self.found.append((ctx, text, node.lineno))
        elif isinstance(func, ast.Name) and func.id in self.msg_names:
            template = node.args[0] if node.args else next(
                (k.value for k in node.keywords if k.arg == "template"), None)
            text = _literal(template)
            if text is None:
                self.dynamic.append((self.rel, node.lineno, f"{func.id}() of a non-literal"))
            else:
                self.found.append((DOMAIN_CONTEXT, text, node.lineno))
        elif isinstance(func, ast.Name) and func.id in self.wrappers and node.args:
            text = _literal(node.args[0])
            if text is None:
                self.dynamic.append((self.rel, node.lineno, f"{func.id}() of a non-literal"))
            else:
                self.found.append((self.wrappers[func.id], text, node.lineno))
        self.generic_visit(node)


def scan_file(path: Path) -> tuple[list[tuple[str, str, int]], list[tuple[str, int, str]]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    wrappers: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            ctx = _translate_wrapper_context(node)
            if ctx:
                wrappers[node.name] = ctx
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            ctx = _translate_wrapper_context(node.value)
            if ctx:
                wrappers[node.targets[0].id] = ctx
    visitor = _Visitor(path.relative_to(ROOT).as_posix(), wrappers, _msg_names(tree, path))
    visitor.visit(tree)
    return visitor.found, visitor.dynamic


def _msg_names(tree: ast.Module, path: Path) -> set[str]:
    """The names ``msg`` of wz_desktop.domain.text goes by in a module (``msg`` in text.py itself)."""
    names = {"msg"} if path.resolve() == (PACKAGE / "domain" / "text.py").resolve() else set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == TEXT_MODULE:
            names.update(alias.asname or alias.name for alias in node.names if alias.name == "msg")
    return names


def _dynamic_words(module: str, expression: str) -> list[str]:
    namespace = dict(vars(importlib.import_module(module)))
    return [str(v) for v in eval(expression, namespace)]  # our own expressions


def extract(package: Path = PACKAGE) -> tuple[dict[tuple[str, str], Message], list[tuple[str, int, str]]]:
    """Every (context, source) in the code, in order of first appearance; and the calls it could not read."""
    messages: dict[tuple[str, str], Message] = {}
    unread: list[tuple[str, int, str]] = []
    for path in sorted(package.rglob("*.py")):
        found, dynamic = scan_file(path)
        rel = path.relative_to(ROOT).as_posix()
        for ctx, text, line in found:
            messages.setdefault((ctx, text), Message(ctx, text)).locations.append((rel, line))
        lines = path.read_text(encoding="utf-8").splitlines()
        unread.extend(d for d in dynamic if not any(k in lines[d[1] - 1] for k in DYNAMIC_CALLS))
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    for module, expression, ctx in DYNAMIC:
        rel = module.replace(".", "/") + ".py"
        for text in _dynamic_words(module, expression):
            messages.setdefault((ctx, text), Message(ctx, text)).locations.append((rel, 0))
    rel = WORDS_MODULE.replace(".", "/") + ".py"
    for (ctx, text) in table_english():
        messages.setdefault((ctx, text), Message(ctx, text)).locations.append((rel, 0))
    return messages, unread


def table_english() -> dict[tuple[str, str], str]:
    """(context, Chinese) -> English of every word of the word table."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    words = importlib.import_module(WORDS_MODULE)
    result: dict[tuple[str, str], str] = {}
    for table in words.TABLES:
        for zh, en in table.pairs():
            result.setdefault((table.context, zh), en)
    # the attendance page's per-kind columns are the kinds' sheet names (workbook/attendance.py,
    # translated in DYNAMIC's "AttendancePage"): their English is the kind's, so a new kind needs
    # no line in en_strings.py
    for kind, sheet in words.SHEET_NAMES.items():
        result.setdefault((KIND_COLUMNS_CONTEXT, sheet), words.KINDS[kind].english)
    return result


def read_ts(path: Path = TS_FILE) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, type attribute) of an existing .ts."""
    result: dict[tuple[str, str], tuple[str, str | None]] = {}
    if not path.exists():
        return result
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            result[(name, message.findtext("source") or "")] = (
                (tr.text or "") if tr is not None else "", tr.get("type") if tr is not None else None)
    return result


def load_authored() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """English by source, and by (context, source): the word table's words first, then en_strings.py's."""
    sys.path.insert(0, str(HERE))
    try:
        import en_strings
        importlib.reload(en_strings)
        return dict(en_strings.EN), {**dict(getattr(en_strings, "EN_IN", {})), **table_english()}
    finally:
        sys.path.remove(str(HERE))


def english_for(ctx: str, source: str, authored, by_context, old) -> str | None:
    if (ctx, source) in by_context:
        return by_context[(ctx, source)]
    if source in authored:
        return authored[source]
    previous = old.get((ctx, source))
    if previous and previous[0] and previous[1] not in ("unfinished",):
        return previous[0]
    return None


def write_ts(messages: dict[tuple[str, str], Message], path: Path = TS_FILE) -> dict[str, int]:
    old = read_ts(path)
    authored, by_context = load_authored()
    root = ET.Element("TS", version="2.1", language="en_US", sourcelanguage="zh_CN")
    contexts: dict[str, list[tuple[str, Message | None]]] = {}
    for (ctx, source), message in messages.items():
        contexts.setdefault(ctx, []).append((source, message))
    for (ctx, source) in old:
        if (ctx, source) not in messages:
            contexts.setdefault(ctx, []).append((source, None))
    counts = {"messages": 0, "finished": 0, "unfinished": 0, "obsolete": 0}
    for ctx in sorted(contexts):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for source, message in contexts[ctx]:
            m = ET.SubElement(c, "message")
            if message is not None:
                for file, line in message.locations:
                    loc = ET.SubElement(m, "location", filename="../../" + file)
                    if line:
                        loc.set("line", str(line))
            ET.SubElement(m, "source").text = source
            tr = ET.SubElement(m, "translation")
            if message is None:
                tr.text = old[(ctx, source)][0]
                tr.set("type", "obsolete")
                counts["obsolete"] += 1
                continue
            counts["messages"] += 1
            english = english_for(ctx, source, authored, by_context, old)
            if english:
                tr.text = english
                counts["finished"] += 1
            else:
                tr.set("type", "unfinished")
                counts["unfinished"] += 1
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list-untranslated", action="store_true", help="print the sources still without English")
    args = parser.parse_args(argv)
    messages, unread = extract()
    counts = write_ts(messages)
    print(f"{TS_FILE.name}: {counts['messages']} messages, {counts['finished']} translated, "
          f"{counts['unfinished']} untranslated, {counts['obsolete']} obsolete")
    for rel, line, what in unread:
        print(f"  not extracted: {rel}:{line}: {what}")
    if args.list_untranslated:
        authored, by_context = load_authored()
        old = read_ts()
        for (ctx, source) in messages:
            if not english_for(ctx, source, authored, by_context, old):
                print(f"{ctx}\t{source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
