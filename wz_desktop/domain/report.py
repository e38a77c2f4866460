"""What an import did, row by row: the report people read and the JSON a program reads."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


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


CODE_LABELS = {
    Code.SKIPPED_SHEET: "跳过的工作表",
    Code.SKIPPED_ROW: "跳过的行",
    Code.RAW_VALUE: "无法识别、保留原文的值",
    Code.GUESS: "推断的值",
    Code.UNKNOWN_COLUMN: "无法识别的列",
    Code.MISSING_COLUMN: "缺少的列",
    Code.HEADER: "表头位置",
    Code.DUPLICATE_EVENT_NO: "重复的事件编号",
    Code.DIFFERS: "与数据库不一致（以数据库为准）",
    Code.FILLED_FROM_MERGE: "由合并单元格补齐的值",
    Code.DUPLICATE: "文件内重复的行",
    Code.CREATED_SQUAD: "新建的分队",
}


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

    def where(self) -> str:
        parts = []
        if self.sheet is not None:
            parts.append(f"工作表“{self.sheet}”")
        if self.row is not None:
            parts.append(f"第 {self.row} 行")
        if self.column:
            parts.append(f"{self.column} 列")
        return " ".join(parts)


@dataclass
class FileReport:
    file: str
    status: str = "pending"  # imported | failed
    error: str | None = None
    sha256: str = ""
    year: int | None = None
    sheets: list[dict] = field(default_factory=list)  # name, kind, header_row, rows
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

    def add(self, code: str, message: str, **where) -> Entry:
        entry = Entry(code=code, message=message, **where)
        self.entries.append(entry)
        return entry

    def counts(self) -> dict:
        return {"rows_read": self.rows_read, "added": self.added, "unchanged": self.unchanged,
                "differing": self.differing, "skipped": self.skipped, "raw_values": self.raw_values,
                "guesses": self.guesses, "flagged": self.flagged}

    def to_dict(self) -> dict:
        data = {name: getattr(self, name) for name in self.__dataclass_fields__ if name != "entries"}
        data["sheets"] = [dict(sheet) for sheet in self.sheets]
        data["previously_imported"] = list(self.previously_imported)
        data["entries"] = [dict(entry.__dict__) for entry in self.entries]  # asdict() took 0.3 s for 6,000
        data["entry_counts"] = dict(Counter(e.code for e in self.entries))
        return data

    def summary_lines(self) -> list[str]:
        """A short summary for people (Chinese), as the command line prints it."""
        if not self.ok:
            return [f"✗ {self.file}：未导入。{self.error or ''}".rstrip(), "  数据库没有任何改动。"]
        year = f"{self.year} 年，" if self.year else ""
        lines = [
            f"✓ {self.file}：{year}读取 {self.rows_read} 行任务，新增 {self.added} 条，"
            f"已有且一致 {self.unchanged} 条，与数据库不一致 {self.differing} 条（以数据库为准）。",
            f"  跳过 {self.skipped} 行，保留原文 {self.raw_values} 个值，推断 {self.guesses} 个值，"
            f"{self.flagged} 条任务标记为待复核。",
        ]
        by_code = Counter(e.code for e in self.entries)
        for code in (Code.SKIPPED_SHEET, Code.UNKNOWN_COLUMN, Code.MISSING_COLUMN, Code.DUPLICATE_EVENT_NO):
            if by_code.get(code):
                examples = [e for e in self.entries if e.code == code][:3]
                lines.append(f"  {CODE_LABELS[code]} {by_code[code]} 处，例如：" +
                             "；".join(f"{e.where()} {e.message}".strip() for e in examples))
        if self.previously_imported:
            lines.append("  此文件以前导入过：" + "，".join(self.previously_imported))
        if self.backup:
            lines.append(f"  导入前的数据库备份：{self.backup}")
        return lines

    def summary_text(self) -> str:
        return "\n".join(self.summary_lines())

    def detail_text(self, limit: int | None = None) -> str:
        """Every entry, one line each, grouped by kind: for the report window and the text report."""
        lines = self.summary_lines()
        for code, label in CODE_LABELS.items():
            group = [e for e in self.entries if e.code == code]
            if not group:
                continue
            lines.append("")
            lines.append(f"【{label}】{len(group)} 处")
            for e in group[:limit] if limit else group:
                extra = ""
                if e.raw is not None and code != Code.SKIPPED_ROW:
                    extra = f"（原文：{e.raw}）"
                lines.append(f"  {e.where()}：{e.message}{extra}")
            if limit and len(group) > limit:
                lines.append(f"  …… 另有 {len(group) - limit} 处，见完整报告")
        return "\n".join(lines)
