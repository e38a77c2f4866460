"""Messages for people that the window can put into its language (no Qt here).

The data layer (domain, store, workbook, report) writes its messages in Chinese. A message made
with :func:`msg` is a :class:`Text`: a ``str`` whose value is the Chinese text, as before, so
``str(exc)``, the logs, the command line and every comparison see the same Chinese words. It also
remembers its template and arguments, so that the window can translate the template (Qt context
``"Domain"``) and fill in the arguments again::

    raise StoreError(msg("分队（编号 {squad_id}）不存在。", squad_id=squad_id))

``resources/translations/extract.py`` finds every ``msg("…")`` (a literal template) and puts it in
the .ts. :func:`render` turns a Text into another language with a translate function (the window
passes ``QCoreApplication.translate``: ``wz_desktop.ui.texts.message``); :func:`text_of` finds
the Text of an exception.

Two helpers cover the words that reach a message from a table:

* :func:`word` marks a word that the window already translates in a context of its own (a status
  word: ``word(TASK_STATUS_WORDS[old], "Labels")``);
* :func:`joined` joins words or sentences with "、" or "；", each translated, and the separator too.

Two tables for reading what people type, one character for another (a span found in the folded copy
stands at the same place in the original): :data:`WIDTH_FOLD` (full-width letters, digits and
punctuation, wide and no-break spaces, dashes: to one width) and :data:`CN_DIGITS` (the numerals
said for a phone number's digits, 幺 and 洞 too). The alert reader and the masking use them; the
privacy check keeps its own on purpose (it checks the masking by other means).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

DOMAIN = "Domain"  # the translation context of every msg()

Translate = Callable[[str, str], str]  # (context, source) -> translation, as QCoreApplication.translate


class Text(str):
    """A message in Chinese (the str value) that remembers how it was made.

    ``template`` is the Chinese source (what a translation is looked up by), ``args`` the values
    put into its ``{names}`` (``None`` for a word used as it is, not formatted) and ``context``
    the translation context (``"Domain"`` unless made by :func:`word`).
    """

    template: str
    args: dict[str, Any] | None
    context: str

    def __new__(cls, template: str, args: dict[str, Any] | None = None, context: str = DOMAIN) -> Text:
        value = template if args is None else template.format(**args)
        self = super().__new__(cls, value)
        self.template = template
        self.args = None if args is None else dict(args)
        self.context = context
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.template, self.args, self.context))


class Joined(Text):
    """Words or sentences joined by a separator (itself a :class:`Text`); each part is translated."""

    parts: tuple[Any, ...]
    separator: Text

    def __new__(cls, parts: Iterable[Any], separator: Text) -> Joined:
        parts = tuple(parts)
        self = str.__new__(cls, str(separator).join(str(p) for p in parts))
        self.template = str(separator)
        self.args = None
        self.context = separator.context
        self.parts = parts
        self.separator = separator
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.parts, self.separator))


def msg(template: str, /, **args: Any) -> Text:
    """The message ``template.format(**args)`` as a :class:`Text` (write the template as a literal,
    so that ``extract.py`` finds it; ``{{`` and ``}}`` stand for a brace, as in ``str.format``)."""
    return Text(template, args)


def word(text: str, context: str) -> Text:
    """A word from a table (a status, a role) that the window translates in ``context``."""
    return Text(str(text), None, context)


WIDTH_FOLD: dict[int, str] = {i: chr(i - 0xFEE0) for i in range(0xFF01, 0xFF5F)}  # full-width ASCII
WIDTH_FOLD.update({ord("\u3000"): " ", ord("\u00a0"): " ", ord("—"): "-", ord("–"): "-", ord("－"): "-"})
# characters that show nothing and come along when text is copied from a chat or a web page (the
# zero-width space, the byte-order mark, the word joiner, the direction marks): a cell's text is
# read without them (the cell '金州分队\u200b' is the squad 金州分队, not a squad of its own)
INVISIBLE: dict[int, None] = dict.fromkeys(map(ord, "\u200b\u200e\u200f\u2060\ufeff"))
# control characters: C0 but tab, line feed and carriage return, DEL, C1, the lone halves of a surrogate
# pair and the two non-characters U+FFFE and U+FFFF. Nothing shows them, no XML file may hold them (Excel
# refuses such a file); an .xls cell, an escaped .xlsx cell (_x001B_) or a paste can bring them. A cell's
# value is read without them, and where one held them its task is flagged (workbook.importer).
CONTROL_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def without_controls(text: str) -> str:
    return CONTROL_CHAR.sub("", text)


def shown_controls(text: str) -> str:
    """``text`` with each control character written out as [U+001B]: safe on a terminal and in a
    workbook, and still saying what the cell held."""
    return CONTROL_CHAR.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def control_codes(text: str) -> str:
    """The control characters of ``text``, each once, as 'U+0000 U+001B'."""
    return " ".join(f"U+{code:04X}" for code in sorted({ord(c) for c in CONTROL_CHAR.findall(text)}))


CN_DIGITS: dict[str, str] = {"零": "0", "〇": "0", "洞": "0", "一": "1", "幺": "1", "二": "2", "三": "3", "四": "4",
                             "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}

COMMA = msg("、")  # between the words of a list
SEMICOLON = msg("；")  # between sentences


def joined(parts: Iterable[Any], separator: Text = COMMA) -> Joined:
    """``parts`` joined by ``separator`` ("、" unless told): translated part by part."""
    return Joined(parts, separator)


def text_of(obj: Any) -> Text | None:
    """The :class:`Text` of a message or of an exception (its own ``__str__`` or its one argument);
    None where there is none (an ordinary string, an error of Python or of the system)."""
    if isinstance(obj, Text):
        return obj
    if isinstance(obj, BaseException):
        method = type(obj).__str__
        if method is not BaseException.__str__:
            try:
                value = method(obj)
            except Exception:  # noqa: BLE001 (a broken __str__ is no reason to fail here)
                value = None
            if isinstance(value, Text):
                return value
        if len(obj.args) == 1 and isinstance(obj.args[0], Text):
            return obj.args[0]
    return None


def render(obj: Any, translate: Translate) -> str:
    """``obj`` (a :class:`Text`, an exception or anything else) in the language of ``translate``.

    The template is translated and its arguments filled in again, each argument that is itself a
    Text (or an exception carrying one) translated the same way. Without a Text: ``str(obj)``. A
    translation that cannot be filled in (a broken placeholder) gives the Chinese text."""
    text = text_of(obj)
    if text is None:
        return str(obj)
    if isinstance(text, Joined):
        return render(text.separator, translate).join(render(p, translate) for p in text.parts)
    translated = translate(text.context, text.template) or text.template
    if text.args is None:
        return translated
    args = {name: (render(value, translate) if text_of(value) is not None else value)
            for name, value in text.args.items()}
    try:
        return translated.format(**args)
    except (KeyError, IndexError, ValueError):
        return str(text)
