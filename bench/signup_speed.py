"""How long reading a pasted 接龙 of 200 lines takes once jieba's dictionary is loaded (issue 10 item 5).

    cd /work/wt/signup3 && PYTHONPATH=$PWD nice -n 19 /work/main/.venv/bin/python bench/signup_speed.py
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from signup_trial_lists import LISTS, LISTS_K

from wz_desktop.domain.signup import parse_signup, prepare


def main() -> int:
    prepare()
    body = [line for item in (*LISTS, *LISTS_K) for line in item["text"].splitlines()[1:] if line.strip()]
    text = "#接龙\n" + "\n".join(body[:199]) + "\n"
    parse_signup(text)
    runs = []
    for _ in range(15):
        start = time.perf_counter()
        parse_signup(text)
        runs.append((time.perf_counter() - start) * 1000)
    print(f"{len(text.splitlines())} lines: median {statistics.median(runs):.1f} ms, worst {max(runs):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
