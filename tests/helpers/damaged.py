"""What the suspicion tests share: a database with a good copy in backups/ beside it, and every
command that opens a database, with where each writes."""
from __future__ import annotations

from pathlib import Path

from wz_desktop.store import Store, backups

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "samples" / "2021年救援任务统计.xlsx"


def kept_database(tmp_path: Path) -> tuple[Path, Path]:
    """A database of 120 tasks with a good copy in backups/ beside it; returns (db, the copy).
    The database holds more than the copy (5 tasks of 2024 added after it)."""
    from ui.conftest import fill, make_tasks  # tests/ is on the path of every caller

    db = tmp_path / "records.db"
    with Store.open(db) as store:
        fill(store, make_tasks(120))
        copy = backups.take_backup(store, backups.MANUAL)
        fill(store, make_tasks(5, years=(2024,)))
    return db, copy


def commands(out: Path) -> dict[str, list[str]]:
    """Every command that opens the database, writing what it writes under ``out``."""
    out.mkdir(exist_ok=True)
    return {
        "import": ["import", str(SAMPLE)],
        "export": ["export", "--year", "2021", "-o", str(out / "2021.xlsx")],
        "backup": ["backup", "-o", str(out / "copy.db")],
        "report": ["report", "--year", "2021", "-o", str(out / "r.pdf")],
        "audit": ["audit", "-o", str(out / "audit.xlsx")],
        "attendance": ["attendance", "--from", "2021-01-01", "--to", "2021-12-31", "-o", str(out / "att.xlsx")],
        "roster export": ["roster", "export", "-o", str(out / "roster.xlsx")],
        "roster import": ["roster", "import", str(SAMPLE)],
        "dataset": ["dataset", "--from", "2021-01-01", "--to", "2021-12-31", "-o", str(out / "ds")],
    }
