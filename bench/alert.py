"""The alert reader (wz_desktop/domain/alert.py) on the corpus of tests/data/alerts/: accuracy per
field, alerts per second, import time.

    .venv/bin/python bench/alert.py              # the table
    .venv/bin/python bench/alert.py --show       # and every field not right, alert by alert
    .venv/bin/python bench/alert.py --compare    # and the libraries of the module's doc, where importable

Per field: right (the corpus's value), wrong (another value), missed (left empty where the corpus
has a value), extra (filled where the alert says nothing of it), doubted (left empty with a reason,
as the corpus expects). Accuracy = right / (fields the corpus has a value for); precision = right /
(fields filled). The import time is `python -X importtime -c "import wz_desktop.domain.alert"` in a
fresh process (cumulative, the module and what it brings that `wz_desktop` had not loaded).
"""
from __future__ import annotations

import argparse
import collections
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers.alerts import judge, load_alerts  # noqa: E402 (after the sys.path line above)
from wz_desktop.domain.alert import FIELDS, read_alert  # noqa: E402 (after the sys.path line above)


def import_ms(runs: int = 5) -> tuple[float, float]:
    """(ms for wz_desktop.domain.alert alone, ms with what it imports), the best of ``runs`` fresh processes."""
    results = [_import_ms() for _ in range(runs)]
    return min(r[0] for r in results), min(r[1] for r in results)


def _import_ms() -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", "import wz_desktop.domain.alert"],
                         capture_output=True, text=True, check=False, cwd=ROOT, env={"PYTHONPATH": str(ROOT)}).stderr
    total = own = 0.0
    for line in out.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
        if m and m.group(4) == "wz_desktop.domain.alert":
            own, total = int(m.group(1)) / 1000, int(m.group(2)) / 1000
    return own, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--only", metavar="PREFIX", help="only the alerts whose id starts so (held, fam, sea …)")
    args = parser.parse_args()
    alerts = [a for a in load_alerts() if not args.only or a.id.startswith(args.only)]
    counts: dict[str, collections.Counter] = {name: collections.Counter() for name in FIELDS}
    for alert in alerts:
        reading = read_alert(alert.text, now=alert.now)
        for name in FIELDS:
            verdict = judge(alert, reading, name)
            counts[name][verdict] += 1
            if args.show and verdict not in ("right", "empty", "doubted"):
                print(f"{alert.id:8} {name:17} {verdict:7} expected {alert.expected.get(name)!r} read "
                      f"{reading.shown(name)!r}")
    print(f"{len(alerts)} alerts\n")
    print("| field | expected | right | wrong | missed | extra | doubted as expected | accuracy |")
    print("|---|---|---|---|---|---|---|---|")
    total = collections.Counter()
    for name in FIELDS:
        c = counts[name]
        total.update(c)
        expected = c["right"] + c["wrong"] + c["missed"]
        accuracy = f"{c['right'] / expected:.0%}" if expected else "-"
        print(f"| {name} | {expected} | {c['right']} | {c['wrong']} | {c['missed']} | {c['extra']} | {c['doubted']} "
              f"| {accuracy} |")
    expected = total["right"] + total["wrong"] + total["missed"]
    filled = total["right"] + total["wrong"] + total["extra"]
    print(f"| all | {expected} | {total['right']} | {total['wrong']} | {total['missed']} | {total['extra']} "
          f"| {total['doubted']} | {total['right'] / expected:.1%} |")
    unsure = sum(v == "?" for a in alerts for v in a.expected.values())
    print(f"\nprecision (right / filled): {total['right'] / max(filled, 1):.1%}; "
          f"unsure fields left empty with a reason: {total['doubted']} of {unsure}")
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(args.rounds):
            for alert in alerts:
                read_alert(alert.text, now=alert.now)
        best = min(best, time.perf_counter() - start)
    n = args.rounds * len(alerts)
    print(f"speed: {n / best:,.0f} alerts/s ({best / n * 1e6:,.0f} µs an alert, best of 5 runs of {n})")
    own, whole = import_ms()
    print(f"import (best of 5 fresh processes): wz_desktop.domain.alert {own:.1f} ms itself, {whole:.1f} ms with "
          "what it imports")
    if args.compare:
        compare(alerts)


def compare(alerts) -> None:
    """The libraries of the module's doc on the same corpus, where they can be imported."""
    from wz_desktop.domain.anonymize import phone_spans

    phones = [(a, v) for a in alerts for n, v in a.expected.items() if n.endswith("_phone") and v not in ("?",)]
    ours = sum(any(re.sub(r"\D", "", a.text[s:e].translate(str.maketrans("１２３４５６７８９０一二三四五六七八九零",
                                                                          "12345678901234567890")))
                   .endswith(v.replace("-", "")[-8:]) for s, e in phone_spans(a.text)) for a, v in phones)
    print(f"\nphones the corpus names ({len(phones)}): found by anonymize.phone_spans {ours}")
    try:
        start = time.perf_counter()
        import phonenumbers
        took = time.perf_counter() - start
        theirs = sum(any(phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164).endswith(
            v.replace("-", "")[-8:]) for m in phonenumbers.PhoneNumberMatcher(a.text, "CN")) for a, v in phones)
        print(f"  phonenumbers {phonenumbers.__version__}: {theirs} (import {took * 1000:.0f} ms)")
    except ImportError:
        print("  phonenumbers: not installed")
    districts = [(a, a.expected["district"]) for a in alerts if a.expected.get("district", "?") != "?"]
    ours = sum(read_alert(a.text, now=a.now).shown("district") == v for a, v in districts)
    print(f"districts the corpus names ({len(districts)}): alert.py {ours}")
    try:
        start = time.perf_counter()
        import cpca
        frame = cpca.transform([a.text for a, _ in districts])
        took = time.perf_counter() - start
        theirs = sum(got == v for got, (_, v) in zip(frame["区"], districts))
        print(f"  cpca: {theirs} (import and first call {took * 1000:.0f} ms)")
    except ImportError:
        print("  cpca: not installed")
    ages = [(a, a.expected["person_age"]) for a in alerts if a.expected.get("person_age", "?") != "?"]
    ours = sum(read_alert(a.text, now=a.now).shown("person_age") == v for a, v in ages)
    print(f"ages the corpus names ({len(ages)}): alert.py {ours}")
    try:
        start = time.perf_counter()
        import cn2an
        took = time.perf_counter() - start
        theirs = 0
        for a, v in ages:
            m = re.search(r"(\d{1,3})(多)?(?:岁|了)", cn2an.transform(a.text, "cn2an"))
            theirs += bool(m) and (m.group(1) + (m.group(2) or "")) == v
        print(f"  cn2an.transform then one regex: {theirs} (import {took * 1000:.0f} ms)")
    except ImportError:
        print("  cn2an: not installed")
    times = [(a, a.expected["last_seen_at"]) for a in alerts if a.expected.get("last_seen_at", "?") != "?"]
    ours = sum(read_alert(a.text, now=a.now).shown("last_seen_at") == v for a, v in times)
    print(f"last-seen times the corpus names ({len(times)}): alert.py {ours}")
    try:
        start = time.perf_counter()
        import jionlp
        took = time.perf_counter() - start
        theirs = 0
        for a, v in times:
            try:
                found = jionlp.ner.extract_time(a.text, time_base=a.now.timestamp())
            except Exception:  # noqa: BLE001 — a library's failure counts as a miss
                found = []
            points = [f["detail"]["time"][0][:16] for f in found if f.get("detail", {}).get("type") == "time_point"]
            theirs += v in points
        print(f"  jionlp.ner.extract_time (any time point of the text equal): {theirs} (import {took * 1000:.0f} ms)")
    except ImportError:
        print("  jionlp: not installed")


if __name__ == "__main__":
    main()
