"""The third blind trial (tests/fresh_personal3.py), per class: what the masking leaves (by plain
substring and by digits alone), what the independent check misses (on the masked text that leaks,
and alone on the raw text), what a masked text the check still refuses (an export it would block),
and the clean texts over-masked or refused.

    PYTHONPATH=. python bench/privacy_fresh3.py [--held-out] [-v]
"""
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from fresh_personal3 import CLEAN, HELD_OUT, HELD_OUT_CLEAN, SENTENCES, leaks

from wz_desktop.domain.anonymize import Masker
from wz_desktop.domain.privacy_check import PrivacyChecker

TEAM = ["甘井子分队", "沙河口分队", "西岗分队", "中山分队", "甘井子区"]


def main() -> None:
    verbose = "-v" in sys.argv
    held = "--held-out" in sys.argv
    batch, clean = (HELD_OUT, HELD_OUT_CLEAN) if held else (SENTENCES, CLEAN)
    m, c = Masker((), TEAM), PrivacyChecker((), TEAM)
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for kind, text, frags in batch:
        out = m.mask(text).text or ""
        left = leaks(out, frags)
        sure_out = [p for p in c.problems(out) if p[2]]
        row = per[kind]
        row[0] += 1
        row[1] += bool(left)
        row[2] += bool(left) and not sure_out
        raw_miss = not [p for p in c.problems(text) if p[2]]
        row[3] += raw_miss
        row[4] += bool(sure_out) and not left
        if verbose and (left or sure_out or raw_miss):
            print(f"  {text}\n    -> {out}\n    leaks {left}  check on masked {sure_out}"
                  f"{'  CHECK ALONE MISSES THE RAW TEXT' if raw_miss else ''}")
    print(f"{'class':10} texts  leak  leak-unrefused  check-alone-misses  masked-but-refused")
    tot = [0] * 5
    for kind, row in per.items():
        print(f"{kind:10} {row[0]:5} {row[1]:5} {row[2]:15} {row[3]:19} {row[4]:19}")
        tot = [a + b for a, b in zip(tot, row)]
    print(f"{'total':10} {tot[0]:5} {tot[1]:5} {tot[2]:15} {tot[3]:19} {tot[4]:19}")
    over = [(t, m.mask(t).text) for t in clean if m.mask(t).text != t]
    refused = [(t, [p for p in c.problems(t) if p[2]]) for t in clean if [p for p in c.problems(t) if p[2]]]
    print(f"clean {len(clean)}: over-masked {len(over)} {over}; check refuses {len(refused)} {refused}")


if __name__ == "__main__":
    main()
