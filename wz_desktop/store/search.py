"""How task text is cut for the search index: one token per character.

SQLite's unicode61 tokenizer keeps a run of Chinese characters together as one token, and the
trigram tokenizer finds nothing under three characters; spacing every character makes each one a
token, and a search term becomes a phrase of its characters: any substring of any length is found
through the index (落水, 走失, 0153). Registered on every connection as the SQL function
``search_text`` (the triggers and ``index_pending`` use it).
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator


def search_text(*parts: str | None) -> str:
    # the parts' characters spaced, the parts one space apart: the same as spacing each part and
    # joining them with a space, in one join (a quarter of the search index's build was this call)
    return " ".join("".join([part for part in parts if part]))


def search_texts(joined: Iterable[str]) -> Iterator[str]:
    """``search_text`` of each task whose parts are already joined into one text (SQLite joined
    them: the index's bulk reader), spaced without a Python call a task."""
    return map(" ".join, joined)


def searchable(text: str) -> str:
    """``text`` as a search may use it: control characters (a NUL pasted into the search box) and
    lone surrogates become spaces, so that no query ever fails on them."""
    if text.isprintable():
        return text
    return "".join(" " if unicodedata.category(c) in ("Cc", "Cs") else c for c in text)


def phrase(term: str) -> str:
    """An FTS5 phrase query matching ``term`` as a substring of the indexed text."""
    return '"' + " ".join(searchable(term).replace(" ", "")).replace('"', '""') + '"'
