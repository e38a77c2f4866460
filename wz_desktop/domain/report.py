"""What an import did, row by row: the report people read and the JSON a program reads."""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from wz_desktop.domain.text import SEMICOLON, Text, joined, msg


class Code:
    """The kinds of report entry. Each names file, sheet, row and column where it applies."""

    SKIPPED_SHEET = "skipped_sheet"  # not a task sheet (notes, instructions)
    SKIPPED_ROW = "skipped_row"  # empty row, repeated header, totals row, note
    RAW_VALUE = "raw_value"  # could not be read: kept as its text, task flagged for review
    GUESS = "guess"  # a value read out of something untidy, a year filled in, a merged cell
    UNKNOWN_COLUMN = "unknown_column"  # a header that matches none of the seven columns
    MISSING_COLUMN = "missing_column"
    HEADER = "header"  # where the header row was found, when not on row 1
    DUPLICATE_EVENT_NO = "duplicate_event_no"
    DIFFERS = "differs"  # the same task holds other values in the database; the database wins
    FILLED_FROM_MERGE = "merged"
    DUPLICATE = "duplicate"  # roster import: a row repeating an earlier one of the file
    CREATED_SQUAD = "created_squad"  # roster import: a squad the database did not have
    HIDDEN = "hidden"  # a hidden sheet or hidden rows: a view setting, their tasks are imported
    SELF_CHECK = "self_check"  # a stored value differs from its cell in a way no other entry explains
    CONTROL_CHARS = "control_chars"  # a cell held control characters (NUL, ESC …): read without them, task flagged
    IMPLAUSIBLE = "implausible"  # a count or a year no task can have (more people than the team, 1944): kept, flagged


CODE_LABELS = {  # Texts: Chinese, and translated where the window or the command line speaks English
    Code.SKIPPED_SHEET: msg("跳过的工作表"),
    Code.SKIPPED_ROW: msg("跳过的行"),
    Code.RAW_VALUE: msg("无法识别、保留原文的值"),
    Code.GUESS: msg("推断的值"),
    Code.UNKNOWN_COLUMN: msg("无法识别的列"),
    Code.MISSING_COLUMN: msg("缺少的列"),
    Code.HEADER: msg("表头位置"),
    Code.DUPLICATE_EVENT_NO: msg("重复的事件编号"),
    Code.DIFFERS: msg("与数据库不一致（以数据库为准）"),
    Code.FILLED_FROM_MERGE: msg("由合并单元格补齐的值"),
    Code.DUPLICATE: msg("文件内重复的行"),
    Code.CREATED_SQUAD: msg("新建的分队"),
    Code.HIDDEN: msg("隐藏的工作表和行（任务照常导入）"),
    Code.SELF_CHECK: msg("自检发现的差异（已标记待复核）"),
    Code.CONTROL_CHARS: msg("含有看不见的控制字符的单元格（已去掉，已标记待复核）"),
    Code.IMPLAUSIBLE: msg("不合常理的人数、车次或年份（按原值保存，已标记待复核）"),
}
SPACE = Text(" ")  # between the parts of where an entry is (not translated: a space in every language)


@dataclass
class Entry:
    code: str
    message: str
    sheet: str | None = None
    row: int | None = None  # as Excel numbers it, from 1
    column: str | None = None  # letter, as Excel names it
    field: str | None = None
    raw: str | None = None
    value: str | None = None
    database: str | None = None  # with DIFFERS: what the database holds

    def where(self) -> Text:
        """工作表“…” 第 N 行 C 列, each part where known ('' where none is)."""
        parts: list[Text] = []
        if self.sheet is not None:
            parts.append(msg("工作表“{sheet}”", sheet=self.sheet))
        if self.row is not None:
            parts.append(msg("第 {row} 行", row=self.row))
        if self.column:
            parts.append(msg("{column} 列", column=self.column))
        return joined(parts, SPACE)

    def line(self, raw: bool = True) -> Text:
        """The entry as the detailed report lists it; ``raw``: with the cell's original text."""
        extra = msg("（原文：{raw}）", raw=self.raw) if raw and self.raw is not None else ""
        return msg("  {where}：{message}{extra}", where=self.where(), message=self.message, extra=extra)


def entry_groups(entries: list[Entry], labels: Mapping[str, Text], raw_codes: Collection[str] = (),
                 limit: int | None = None) -> list[Text]:
    """The entries grouped by kind in the order of ``labels``, each group headed 【label】N 处;
    ``raw_codes``: the kinds whose entries show the cell's original text; ``limit``: entries a group."""
    lines: list[Text] = []
    for code, label in labels.items():
        group = [e for e in entries if e.code == code]
        if not group:
            continue
        lines += [Text(""), msg("【{label}】{count} 处", label=label, count=len(group))]
        lines += [e.line(raw=code in raw_codes) for e in (group[:limit] if limit else group)]
        if limit and len(group) > limit:
            lines.append(msg("  …… 另有 {count} 处，见完整报告", count=len(group) - limit))
    return lines


@dataclass
class FileReport:
    file: str
    status: str = "pending"  # imported | failed
    error: str | None = None
    # with ``error``: the technical reason a library gave (English), for the detailed report and the log
    error_detail: str | None = None
    sha256: str = ""
    year: int | None = None
    sheets: list[dict[str, object]] = field(default_factory=list)  # name, kind, header_row, rows
    rows_read: int = 0
    added: int = 0
    unchanged: int = 0
    differing: int = 0
    skipped: int = 0
    raw_values: int = 0
    guesses: int = 0
    flagged: int = 0
    backup: str | None = None
    previously_imported: list[str] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == "imported"

    def add(self, code: str, message: str, *, sheet: str | None = None, row: int | None = None,
            column: str | None = None, field: str | None = None, raw: str | None = None, value: str | None = None,
            database: str | None = None) -> Entry:
        """An entry of ``code`` where it applies (the fields of :class:`Entry`), added to the report."""
        entry = Entry(code=code, message=message, sheet=sheet, row=row, column=column, field=field, raw=raw,
                      value=value, database=database)
        self.entries.append(entry)
        return entry

    def counts(self) -> dict[str, int]:
        return {"rows_read": self.rows_read, "added": self.added, "unchanged": self.unchanged,
                "differing": self.differing, "skipped": self.skipped, "raw_values": self.raw_values,
                "guesses": self.guesses, "flagged": self.flagged}

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {name: getattr(self, name) for name in self.__dataclass_fields__ if name != "entries"}
        data["sheets"] = [dict(sheet) for sheet in self.sheets]
        data["previously_imported"] = list(self.previously_imported)
        data["entries"] = [dict(entry.__dict__) for entry in self.entries]  # asdict() took 0.3 s for 6,000
        data["entry_counts"] = dict(Counter(e.code for e in self.entries))
        return data

    def summary_lines(self) -> list[Text]:
        """A short summary for people, as the command line prints it (Chinese Texts: the window
        and the command line render them in English where asked)."""
        if not self.ok:
            return [msg("✗ {file}：未导入。{error}", file=self.file, error=self.error or ""), msg("  数据库没有任何改动。")]
        counts = {"file": self.file, "rows": self.rows_read, "added": self.added, "unchanged": self.unchanged,
                  "differing": self.differing}
        if self.year:
            first = msg("✓ {file}：{year} 年，读取 {rows} 行任务，新增 {added} 条，已有且一致 {unchanged} 条，"
                        "与数据库不一致 {differing} 条（以数据库为准）。", year=self.year, **counts)
        else:
            first = msg("✓ {file}：读取 {rows} 行任务，新增 {added} 条，已有且一致 {unchanged} 条，"
                        "与数据库不一致 {differing} 条（以数据库为准）。", **counts)
        lines = [first, msg("  跳过 {skipped} 行，保留原文 {raw} 个值，推断 {guesses} 个值，{flagged} 条任务标记为待复核。",
                            skipped=self.skipped, raw=self.raw_values, guesses=self.guesses, flagged=self.flagged)]
        by_code = Counter(e.code for e in self.entries)
        for code in (Code.SELF_CHECK, Code.CONTROL_CHARS, Code.IMPLAUSIBLE, Code.SKIPPED_SHEET, Code.UNKNOWN_COLUMN, Code.MISSING_COLUMN,
                     Code.DUPLICATE_EVENT_NO, Code.HIDDEN):
            if by_code.get(code):
                examples = [joined([p for p in (e.where(), e.message) if p], SPACE)
                            for e in self.entries if e.code == code][:3]
                lines.append(msg("  {label} {count} 处，例如：{examples}", label=CODE_LABELS[code], count=by_code[code],
                                 examples=joined(examples, SEMICOLON)))
        if self.previously_imported:
            lines.append(msg("  此文件以前导入过：{imports}", imports=joined(self.previously_imported, msg("，"))))
        if self.backup:
            lines.append(msg("  导入前的数据库备份：{path}", path=self.backup))
        return lines

    def summary_text(self) -> str:
        return "\n".join(self.summary_lines())

    def detail_lines(self, limit: int | None = None) -> list[Text]:
        """The summary, then every entry, one line each, grouped by kind (at most ``limit`` a kind)."""
        if not self.ok and self.error_detail:
            return self.summary_lines() + [msg("  技术细节（供排查问题用）：{detail}", detail=self.error_detail)]
        return self.summary_lines() + entry_groups(
            self.entries, CODE_LABELS, raw_codes=set(CODE_LABELS) - {Code.SKIPPED_ROW}, limit=limit)

    def detail_text(self, limit: int | None = None) -> str:
        """Every entry, one line each, grouped by kind: for the report window and the text report."""
        return "\n".join(self.detail_lines(limit))
