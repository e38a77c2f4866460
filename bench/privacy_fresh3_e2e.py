"""The third blind trial end to end, through the real sharing path: the texts of
tests/fresh_personal3.py as tasks of a workbook, imported with the command line into a new
database; then the anonymised workbook's plan (``services.exports.prepare_share``, the masking the
window and ``export --anonymize`` use, with the names the database's texts give) — which cells
would still give a personal span away (by plain substring and by digits alone), what the check
refuses (on a personal text or on a clean one) — then ``export --anonymize`` and ``dataset`` as the
secretary runs them, and every output file searched for each span.

    PYTHONPATH=. python bench/privacy_fresh3_e2e.py [--held-out]
"""
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from fresh_personal3 import CLEAN, HELD_OUT, HELD_OUT_CLEAN, SENTENCES, build_workbook, digits_only  # noqa: E402
from helpers.cli import run as run_cli  # noqa: E402

from wz_desktop.services.exports import prepare_share  # noqa: E402
from wz_desktop.services.session import SYSTEM_SESSION  # noqa: E402
from wz_desktop.store.opening import open_checked  # noqa: E402

YEAR = 2025


def found(cells, fragments):
    out = []
    for cell in cells:
        if re.fullmatch(r"\d{4}-\d\d-\d\d(?: \d\d:\d\d(?::\d\d)?)?", cell):
            continue  # a departure's date and time is no one's number
        cd = digits_only(cell)
        out += [(f, cell) for f in fragments
                if f in cell or (len(digits_only(f)) >= 4 and digits_only(f) in cd)]
    return out


def main() -> None:
    entries, CLEAN[:] = (HELD_OUT, HELD_OUT_CLEAN) if "--held-out" in sys.argv else (SENTENCES, CLEAN)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        book, db = home / "trial.xlsx", home / "records.db"
        fragments = build_workbook(book, entries, CLEAN, YEAR)
        done = run_cli(home, "--db", db, "import", book, cwd=home)
        assert done.returncode == 0, done.stderr
        store = open_checked(db, write=False, create=False)
        try:
            plan = prepare_share(store, YEAR, session=SYSTEM_SESSION)
        finally:
            store.close()
        cells = [v for row in plan.rows for v in row if isinstance(v, str)]
        left = found(cells, fragments)
        spans_left = sorted({f for f, _ in left})
        print(f"texts {len(entries)} (+{len(CLEAN)} clean), personal spans {len(fragments)}")
        print(f"plan of the anonymised workbook: spans left {len(spans_left)} {spans_left}")
        clean_refused = [p for p in plan.refused if plan.text_at(p.sheet, p.row, p.column) in CLEAN]
        print(f"the check refuses {len(plan.refused)} cells ({len(clean_refused)} of them clean texts): "
              + "; ".join(f"{p.fragment}[{p.reason}] in {plan.text_at(p.sheet, p.row, p.column)!r}"
                          for p in plan.refused))
        left_unrefused = [(f, c) for f, c in left if not any(plan.text_at(p.sheet, p.row, p.column) == c
                                                             for p in plan.refused)]
        print(f"spans left in cells the check passes: {len(left_unrefused)} {left_unrefused}")
        kept = {v for row in plan.rows for v in row if isinstance(v, str)}
        print(f"clean texts changed: {[t for t in CLEAN if t not in kept]}")
        anon, folder = home / "anon.xlsx", home / "dataset"
        done = run_cli(home, "--db", db, "export", "--year", YEAR, "--anonymize", "-o", anon, cwd=home)
        print(f"export --anonymize: exit {done.returncode} {done.stderr.strip()[:300]}")
        if anon.exists():
            from openpyxl import load_workbook
            wb = load_workbook(anon, read_only=True)
            out = [str(v) for ws in wb.worksheets for r in ws.iter_rows(values_only=True) for v in r if v is not None]
            wb.close()
            print(f"  anonymised workbook: spans found {found(out, fragments)}")
        done = run_cli(home, "--db", db, "dataset", "--from", f"{YEAR}-01-01", "--to", f"{YEAR}-12-31",
                       "-o", folder, cwd=home)
        print(f"dataset: exit {done.returncode}")
        cells = []
        for path in folder.glob("*.csv"):
            for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]:
                cells += [c for c in line.split(",") if not c.startswith(("M", "V", "T", "C", "20"))]
        cells.append((folder / "README.md").read_text(encoding="utf-8"))
        print(f"  research dataset: spans found {found(cells, fragments)}")


if __name__ == "__main__":
    main()
