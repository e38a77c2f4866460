"""How long the window's constructors are: per widget class of ``wz_desktop/ui``, the lines of
``__init__`` plus its ``_build*`` methods, the biggest first (a size, not a time).

    .venv/bin/python bench/constructor_lines.py                 # the working tree
    .venv/bin/python bench/constructor_lines.py --rev 92eaeb6   # a commit (read with git show)
    .venv/bin/python bench/constructor_lines.py --min 0         # every class
"""
from __future__ import annotations

import argparse
import ast
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = "wz_desktop/ui"


def _sources(rev: str | None) -> dict[str, str]:
    if rev is None:
        return {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8")
                for p in sorted((ROOT / UI).rglob("*.py"))}
    names = subprocess.run(["git", "ls-tree", "-r", "--name-only", rev, UI], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.split()
    return {n: subprocess.run(["git", "show", f"{rev}:{n}"], cwd=ROOT, check=True, capture_output=True,
                              text=True).stdout for n in names if n.endswith(".py")}


def constructor_lines(rev: str | None = None) -> list[tuple[int, str]]:
    rows = []
    for name, text in _sources(rev).items():
        for cls in (n for n in ast.walk(ast.parse(text)) if isinstance(n, ast.ClassDef)):
            methods = [m for m in cls.body if isinstance(m, ast.FunctionDef)]
            if not any(m.name == "__init__" for m in methods):
                continue
            lines = sum(m.end_lineno - m.lineno + 1 for m in methods
                        if m.name == "__init__" or m.name.startswith("_build"))
            rows.append((lines, f"{name}:{cls.name}"))
    return sorted(rows, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", help="a commit to measure instead of the working tree")
    parser.add_argument("--min", type=int, default=60, help="list the classes of at least this many lines")
    args = parser.parse_args()
    rows = constructor_lines(args.rev)
    for lines, where in rows:
        if lines >= args.min:
            print(f"{lines:5d}  {where}")
    print(f"{sum(n for n, _ in rows)} lines in {len(rows)} constructors; the longest {rows[0][0]}")


if __name__ == "__main__":
    main()
