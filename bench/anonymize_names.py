"""How well the anonymisation finds people, measured (a script, not a test):

    .venv/bin/python bench/anonymize_names.py

1. jieba's part-of-speech tagger alone (``nr`` = person name) on the planted sentences of
   tests/planted_personal.py: recall on the names nobody recorded, and the words it tags as names
   that are none (places, verbs), on the planted and the clean texts;
2. the masking (``domain/anonymize.py``) with each layer set: fragments left of the planted data,
   clean texts changed, and the samples' texts changed without a phone number in them (on the
   samples a text that names someone also gives a phone: so these are false positives);
3. the independent check alone on the unmasked planted texts: how many it would refuse;
4. speed: texts per second masked and checked (the samples' 9,898 summaries and remarks).
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from planted_personal import CLEAN, KNOWN_NAMES, RAW_CELLS, SENTENCES  # noqa: E402 (after the sys.path line above)

from wz_desktop.domain.anonymize import LAYERS, Masker, pos_tokens  # noqa: E402 (after the sys.path line above)
from wz_desktop.domain.privacy_check import PrivacyChecker  # noqa: E402 (after the sys.path line above)

TEAM = ["甘井子分队", "沙河口分队", "西岗分队"]
NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
DIGITS = re.compile(r"\d(?:[ \-]?\d){6,}")


def samples() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "data" / "samples").glob("*.truth.json")):
        for task in json.loads(path.read_text(encoding="utf-8")):
            texts += [task["summary"] or "", task["remarks"] or ""]
    return texts


def main() -> None:
    texts = SENTENCES + [(raw, frags) for _, raw, frags in RAW_CELLS]
    unrecorded = {f for _, frags in SENTENCES for f in frags if NAME.fullmatch(f) and f not in KNOWN_NAMES}
    tagged, wrong = set(), []
    for text in [t for t, _ in SENTENCES] + CLEAN:
        for word, flag in pos_tokens(text):
            if flag.startswith("nr"):
                if word in unrecorded:
                    tagged.add(word)
                elif word not in KNOWN_NAMES:  # the database's names are masked by their own layer
                    wrong.append(word)
    print(f"jieba alone: {len(tagged)}/{len(unrecorded)} unrecorded names tagged whole "
          f"({len(tagged) / len(unrecorded):.0%}); {len(wrong)} words tagged as names that are none "
          f"or only part of one: {' '.join(wrong)}")
    sample_texts = samples()
    configs = [("all layers", LAYERS), ("no segmenter", [x for x in LAYERS if x != "segmenter"]),
               ("no contexts", [x for x in LAYERS if x != "contexts"]),
               ("no known names", [x for x in LAYERS if x != "known"]),
               ("segmenter and detectors only", ["detectors", "segmenter"]),
               ("no detectors", [x for x in LAYERS if x != "detectors"])]
    total = sum(len(f) for _, f in texts)
    print(f"\n{'layers':32} {'fragments left':>16} {'clean changed':>14} {'samples: false positives':>25}")
    for label, layers in configs:
        masker = Masker(KNOWN_NAMES, TEAM, layers=layers)
        left = sum(1 for t, frags in texts for f in frags if f in masker.mask(t).text)
        clean = sum(masker.mask(t).changed for t in CLEAN)
        fp = sum(1 for t in sample_texts if not DIGITS.search(t) and masker.mask(t).changed)
        print(f"{label:32} {left:>9} of {total:<4} {clean:>8} of {len(CLEAN):<3} {fp:>14} of {len(sample_texts)}")
    check = PrivacyChecker(KNOWN_NAMES, TEAM)
    refused = sum(any(sure for _, _, sure in check.problems(t)) for t, _ in texts)
    unsure = sum(1 for t in CLEAN for _, _, sure in check.problems(t) if not sure)
    print(f"\nthe check alone, on the unmasked planted texts: refuses {refused} of {len(texts)}; "
          f"unsure fragments on the clean texts: {unsure}")
    masker = Masker(KNOWN_NAMES, TEAM)
    pos_tokens.cache_clear()
    start = time.perf_counter()
    masked = [masker.mask(t).text for t in sample_texts]
    middle = time.perf_counter()
    for t in masked:
        check.problems(t)
    end = time.perf_counter()
    print(f"speed on the samples ({len(sample_texts)} texts): masking {len(sample_texts) / (middle - start):,.0f}"
          f" texts/s, check {len(sample_texts) / (end - middle):,.0f} texts/s")


if __name__ == "__main__":
    main()
