"""Damage a real workbook at random, import every damaged copy in a process of its own, count what happens.

    .venv/bin/python bench/damage_trial.py WORKBOOK [CASES] [SEED]

What a bad copy, a crashed writer or a flipped bit does to a file nobody here has seen. An ``.xls``
(no checksum anywhere) gets bytes flipped, zeroed, cut short, or a 16/32-bit field set to 0, -1, 2^31
…; an ``.xlsx`` or ``.ods`` gets a number or a byte inside one of its XML parts changed and is zipped
again (so that its checksums hold and the damage reaches the reader). Each copy is imported into a
fresh database by a child process with a time limit, so that an abort (a failed allocation in Rust
ends the process: no exception to catch) or a hang is counted, not fatal to the trial.

Outcomes, each counted:

- ``refused``: refused in words (what the import must do with a damaged file it cannot read whole);
- ``same``: imported, every task as in the undamaged file (the damage hit nothing read);
- ``changed, flagged``: imported, the tasks that differ all flagged for review;
- ``changed, unflagged``: imported, a task differs and is not flagged. In a file without checksums a
  changed digit or character is a different value that no reader can tell from the original (an
  event number WZ2022-0001 made WZ2022-0081); listed so that a person can look for a class;
- ``fewer``: imported, tasks missing with no task changed (a sheet or rows lost);
- ``HANG``, ``ABORT``, ``EXCEPTION``: must never happen.

The cases that are neither refused, the same nor flagged are kept in bench/out/damage/ for a look.
2026-12-06 (stop 21), before the fixes of that day: an ``.xls`` aborted the program at one case in
~100 (a DIMENSIONS record damaged into 4 billion rows), and a damaged record length emptied a sheet of
54 tasks reported as "an empty sheet"; an ``.ods`` with a table's end tag broken hung for ever.
"""
from __future__ import annotations

import collections
import io
import json
import os
import random
import re
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "damage"
LIMIT_S = 90

CHILD = """
import json, sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from wz_desktop.services.imports import import_workbook
from wz_desktop.services.session import SYSTEM_SESSION
from wz_desktop.store import Store
store = Store.open(Path(tempfile.mkdtemp()) / "t.db")
try:
    report = import_workbook(store, Path(sys.argv[1]), session=SYSTEM_SESSION)
except BaseException as exc:
    print(json.dumps({"exception": f"{type(exc).__name__}: {exc}"[:300]}))
    raise SystemExit(0)
rows = store.database.execute(
    "SELECT event_no, summary, departure, headcount, vehicles, needs_review FROM tasks").fetchall()
print(json.dumps({"ok": report.ok, "added": report.added, "error": report.error,
                  "rows": sorted(json.dumps(list(r), ensure_ascii=False, default=str) for r in rows)}))
"""


def imported(path: Path) -> dict:
    env = dict(os.environ, RUST_BACKTRACE="0")
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, str(path), str(ROOT)], capture_output=True, text=True,
                              timeout=LIMIT_S, env=env)
    except subprocess.TimeoutExpired:
        return {"outcome": "HANG"}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [""])[-1]
        return {"outcome": "ABORT", "why": f"exit {done.returncode}: {last[:200]}"}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if "exception" in result:
        return {"outcome": "EXCEPTION", "why": result["exception"]}
    return result


def xls_damage(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    b = bytearray(data)
    start = 512  # the compound document's header: damaged, the file is no workbook at all (covered elsewhere)
    how = rng.choice(["flip", "flip8", "zero", "cut", "u32", "u16"])
    at = rng.randrange(start, len(b) - 4)
    if how == "flip":
        b[at] ^= 1 << rng.randrange(8)
    elif how == "flip8":
        for _ in range(8):
            b[rng.randrange(start, len(b))] ^= rng.randrange(1, 256)
    elif how == "zero":
        size = rng.randrange(1, 64)
        b[at:at + size] = bytes(len(b[at:at + size]))
    elif how == "cut":
        del b[at:]
    elif how == "u32":
        b[at:at + 4] = struct.pack("<I", rng.choice([0, 0xFFFFFFFF, 0x7FFFFFFF, 0x10000000, 0x80000000]))
    else:
        b[at:at + 2] = struct.pack("<H", rng.choice([0, 0xFFFF, 0x7FFF, 0x2020]))
    return bytes(b), f"{how} at {at}"


_BIG = [b"0", b"-1", b"2147483648", b"4294967301", b"1048576", b"16384", b"99999999999", b"1048577", b"65537"]


def zip_damage(parts: dict[str, bytes], rng: random.Random) -> tuple[bytes, str]:
    xmls = [k for k in parts if k.endswith((".xml", ".rels"))]
    part = rng.choices(xmls, [max(1.0, len(parts[k]) ** 0.5) for k in xmls])[0]
    x = bytearray(parts[part])
    numbers = list(re.finditer(rb"\d+", bytes(x)))
    if numbers and rng.random() < 0.75:
        m = rng.choice(numbers)
        x[m.start():m.end()] = rng.choice(_BIG)
        how = f"{part}: number at {m.start()}"
    else:
        at = rng.randrange(len(x))
        x[at] = rng.randrange(32, 127)
        how = f"{part}: byte at {at}"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in parts.items():
            z.writestr(name, bytes(x) if name == part else body)
    return buffer.getvalue(), how


def main() -> None:
    source = Path(sys.argv[1]).resolve()
    cases = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    data = source.read_bytes()
    zipped = data[:2] == b"PK"
    parts = {}
    if zipped:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    good = imported(source)
    assert good.get("ok"), good
    good_rows = set(good["rows"])
    print(f"{source.name}: {good['added']} tasks undamaged; {cases} damaged copies (seed {seed})", flush=True)
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    counts: collections.Counter = collections.Counter()
    with tempfile.TemporaryDirectory() as folder:
        for k in range(cases):
            damaged, how = zip_damage(parts, rng) if zipped else xls_damage(data, rng)
            path = Path(folder) / f"{source.stem}（损坏{k}）{source.suffix}"
            path.write_bytes(damaged)
            result = imported(path)
            outcome = result.get("outcome")
            if outcome is None:
                if not result["ok"]:
                    outcome = "refused"
                else:
                    rows = set(result["rows"])
                    changed = rows - good_rows
                    if rows == good_rows:
                        outcome = "same"
                    elif not changed:
                        outcome = "fewer"
                    elif all(json.loads(r)[5] for r in changed):
                        outcome = "changed, flagged"
                    else:
                        outcome = "changed, unflagged"
                        result["why"] = "; ".join(sorted(changed)[:2])[:300]
            counts[outcome] += 1
            if outcome not in ("refused", "same", "changed, flagged"):
                kept = OUT / path.name
                kept.write_bytes(damaged)
                print(f"  {outcome}: {how} -> {kept.relative_to(ROOT)} {result.get('why', '')}", flush=True)
    print("outcomes:", ", ".join(f"{name} {n}" for name, n in counts.most_common()))
    if counts["HANG"] or counts["ABORT"] or counts["EXCEPTION"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
