"""The record of every import: file, checksum, when, counts, report.

An import is one entry in the audit (``finish``): "导入 FILE：新增 N 条…", pointing at its row here,
not one entry per task (the tasks carry ``import_id``)."""
from __future__ import annotations

import json
from typing import Any

from wz_desktop.domain.roles import Action
from wz_desktop.domain.text import joined, msg
from wz_desktop.store.audit import Audit
from wz_desktop.store.db import Database, now_text


class ImportRepo:
    def __init__(self, database: Database, audit: Audit):
        self.database = database
        self.conn = database.conn
        self.audit = audit  # the store's one Audit: who acts, and the trail

    def start(self, file_name: str, file_path: str, sha256: str, size: int) -> int:
        """Record an import as begun (call inside the import's transaction)."""
        self.audit.require(Action.IMPORT)
        cur = self.conn.execute(
            "INSERT INTO imports (file_name, file_path, sha256, size, started_at) VALUES (?, ?, ?, ?, ?)",
            (file_name, file_path, sha256, size, now_text()),
        )
        assert cur.lastrowid is not None  # an INSERT gives its row's id
        return cur.lastrowid

    def finish(self, import_id: int, *, year: int | None, counts: dict[str, int], report: dict[str, Any]) -> None:
        self.conn.execute(
            "UPDATE imports SET finished_at = ?, year = ?, rows_read = ?, added = ?, unchanged = ?, differing = ?,"
            " skipped = ?, raw_values = ?, guesses = ?, report_json = ? WHERE id = ?",
            (now_text(), year, counts.get("rows_read", 0), counts.get("added", 0), counts.get("unchanged", 0),
             counts.get("differing", 0), counts.get("skipped", 0), counts.get("raw_values", 0),
             counts.get("guesses", 0), json.dumps(report, ensure_ascii=False), import_id),
        )
        name = self.conn.execute("SELECT file_name FROM imports WHERE id = ?", (import_id,)).fetchone()
        words = [msg("新增 {count:,} 条", count=counts.get("added", 0))]
        if counts.get("unchanged"):
            words.append(msg("已有相同 {count:,} 条", count=counts["unchanged"]))
        if counts.get("differing"):
            words.append(msg("与数据库不一致 {count:,} 条（保留数据库的值）", count=counts["differing"]))
        if counts.get("skipped"):
            words.append(msg("跳过 {count:,} 行", count=counts["skipped"]))
        self.audit.record("imports", import_id, "import", None, None, name[0] if name else None,
                          note=msg("导入 {file}：{counts}", file=name[0] if name else "", counts=joined(words, msg("，"))),
                          import_id=import_id)

    def previous(self, sha256: str) -> list[tuple[Any, ...]]:
        return self.conn.execute(
            "SELECT id, file_name, finished_at FROM imports WHERE sha256 = ? AND finished_at IS NOT NULL ORDER BY id",
            (sha256,),
        ).fetchall()

    def all(self) -> list[tuple[Any, ...]]:
        return self.conn.execute(
            "SELECT id, file_name, finished_at, year, rows_read, added, unchanged, differing, skipped, raw_values,"
            " guesses FROM imports ORDER BY id DESC"
        ).fetchall()

    def report(self, import_id: int) -> dict[str, Any]:
        row = self.conn.execute("SELECT report_json FROM imports WHERE id = ?", (import_id,)).fetchone()
        report: dict[str, Any] = json.loads(row[0]) if row else {}
        return report
