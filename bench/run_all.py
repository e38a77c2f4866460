"""Every benchmark of 万众救援台, each beside a floor measured in the same run.

    .venv/bin/python bench/run_all.py            # the full run (make bench), under ten minutes
    .venv/bin/python bench/run_all.py --quick    # smaller inputs, one run each
    .venv/bin/python bench/run_all.py --only import export --runs 5 --profile
    .venv/bin/python bench/run_all.py --strict   # exit status 1 when a target is missed

Every measured case runs in a fresh Python process (bench/cases.py); the times are medians over
the runs, set-up excluded; memory is the peak resident set of that process (ru_maxrss). Prints a
Markdown table and writes bench/out/results.json. Inputs are made once and cached in bench/out
(bench/fixtures.py): a 100,000-task workbook and a 1,000,000-task database.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from statistics import median

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fixtures  # noqa: E402  (bench/fixtures.py)

QUERY_TARGET_MS = 250.0
CHART_TARGET_MS = 500.0
FIRST_OPEN_TARGET_MS = 500.0
ATTENDANCE_TARGET_MS = 500.0


def run_case(case: str, args: dict, profile: Path | None = None) -> dict:
    command = [sys.executable, str(HERE / "cases.py"), case, json.dumps(args, ensure_ascii=False)]
    if profile:
        command += ["--profile", str(profile)]
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=1800,
                          env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["（无输出）"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_pair(ours: tuple[str, dict], floor: tuple[str, dict], runs: int) -> tuple[list[dict], list[dict]]:
    """Runs of our code and of the floor, alternated so that both see the same machine."""
    mine, base = [], []
    for _ in range(runs):
        mine.append(run_case(*ours))
        base.append(run_case(*floor))
    return mine, base


def summarise(runs: list[dict]) -> dict:
    errors = [r["error"] for r in runs if "error" in r]
    good = [r for r in runs if "error" not in r]
    if not good:
        return {"error": errors[0] if errors else "没有结果"}
    return {"median_s": median(r["seconds"] for r in good), "times_s": [round(r["seconds"], 4) for r in good],
            "peak_rss_mb": max(r["peak_rss_mb"] for r in good), "rss_before_mb": max(r["rss_before_mb"] for r in good),
            "detail": {k: v for k, v in good[-1].items()
                       if k not in ("case", "seconds", "peak_rss_mb", "rss_before_mb", "pid")},
            **({"errors": errors} if errors else {})}


def seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description="万众救援台基准测试：导入、导出、任务列表查询，各与同次测得的下限对比。")
    parser.add_argument("--quick", action="store_true", help="小规模快速运行（2 万行工作簿、10 万条任务的数据库，每项一次）")
    parser.add_argument("--runs", type=int, help="每项运行次数（取中位数；默认 3，--quick 时 1）")
    parser.add_argument("--only", nargs="+", choices=["import", "export", "queries", "charts", "attendance", "startup", "first_open"], help="只运行这些基准")
    parser.add_argument("--strict", action="store_true", help="有未达标的项目时以退出码 1 结束（供持续集成使用）")
    parser.add_argument("--profile", action="store_true",
                        help="另外在 cProfile 下运行一次大规模导入和导出，打印耗时最多的函数，.prof 文件存入 bench/out")
    options = parser.parse_args()

    big_n = 20_000 if options.quick else 100_000
    million_n = 100_000 if options.quick else 1_000_000
    runs = options.runs or (1 if options.quick else 3)
    yearly_runs = options.runs or (2 if options.quick else 5)
    only = set(options.only or ["import", "export", "queries", "charts", "attendance", "startup", "first_open"])
    fixtures.OUT.mkdir(parents=True, exist_ok=True)
    tmp = fixtures.OUT / "tmp"
    tmp.mkdir(exist_ok=True)
    started = time.perf_counter()

    big_workbook = fixtures.big_workbook(big_n) if only & {"import", "export"} else None
    yearly_db = fixtures.imported_db(fixtures.YEARLY_SAMPLE, "yearly-2022.db") if "export" in only else None
    big_db = fixtures.imported_db(big_workbook, f"imported-{big_n}.db") if only & {"import", "export"} else None
    tidy_workbook = (fixtures.canonical_workbook(big_db, fixtures.BIG_YEAR, f"{fixtures.BIG_YEAR}年标准格式-{big_n}.xlsx")
                     if "import" in only else None)
    million_db = fixtures.million_db(million_n) if only & {"queries", "charts", "first_open"} else None
    attendance_db = fixtures.attendance_db(million_n) if "attendance" in only else None
    prepared = time.perf_counter() - started

    results: dict = {
        "when": dt.datetime.now().isoformat(timespec="seconds"), "quick": options.quick, "runs": runs,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
                    "platform": platform.platform()},
        "memory": "peak resident memory of the fresh process during the measured work (Linux VmHWM, reset "
                  "with /proc/self/clear_refs just before the work), beside its resident memory before the work",
        "benchmarks": [], "queries": None,
    }
    plan = []
    sample_name = fixtures.YEARLY_SAMPLE.name
    if "import" in only:
        plan.append(("导入：年度工作簿", f"{sample_name}（1,714 条）", ("import_workbook",
                     {"file": str(fixtures.YEARLY_SAMPLE)}), ("floor_read", {"file": str(fixtures.YEARLY_SAMPLE)}),
                     yearly_runs, {"max_s": 1.0}, "python-calamine 读取全部工作表"))
        plan.append(("导入：标准格式大工作簿", f"{big_n:,} 条", ("import_workbook", {"file": str(tidy_workbook)}),
                     ("floor_read", {"file": str(tidy_workbook)}), runs, {"max_ratio": 3.0},
                     "python-calamine 读取全部工作表"))
        plan.append(("导入：标准格式大工作簿，搜索索引另建", f"{big_n:,} 条",
                     ("import_workbook", {"file": str(tidy_workbook), "index": False}),
                     ("floor_read", {"file": str(tidy_workbook)}), runs, {"max_ratio": 3.0},
                     "python-calamine 读取全部工作表"))
        office = fixtures.libreoffice_copy(tidy_workbook, ".ods")
        if office is not None:  # LibreOffice's .ods: calamine expands each cell's XML; the scan walks it too
            plan.append(("导入：LibreOffice 另存的 .ods 大工作簿", f"{big_n:,} 条", ("import_workbook", {"file": str(office)}),
                         ("floor_read", {"file": str(office)}), runs, {"max_ratio": 3.0},
                         "python-calamine 读取全部工作表"))
        plan.append(("导入：杂乱的大工作簿", f"{big_n:,} 条", ("import_workbook", {"file": str(big_workbook)}),
                     ("floor_read", {"file": str(big_workbook)}), runs, {"max_ratio": 3.0},
                     "python-calamine 读取全部工作表"))
        plan.append(("导入：杂乱的大工作簿，搜索索引另建", f"{big_n:,} 条",
                     ("import_workbook", {"file": str(big_workbook), "index": False}),
                     ("floor_read", {"file": str(big_workbook)}), runs, {"max_ratio": 3.0},
                     "python-calamine 读取全部工作表"))
    if "export" in only:
        plan.append(("导出：年度工作簿", "2022 年（1,714 条）", ("export_year", {"db": str(yearly_db), "year": 2022}),
                     ("floor_write", {"db": str(yearly_db), "year": 2022}), yearly_runs, {"max_s": 1.0},
                     "xlsxwriter constant_memory 写同样的单元格"))
        plan.append(("导出：大数据库的一年", f"{big_n:,} 条", ("export_year", {"db": str(big_db), "year": fixtures.BIG_YEAR}),
                     ("floor_write", {"db": str(big_db), "year": fixtures.BIG_YEAR}), runs, {"max_ratio": 1.5},
                     "xlsxwriter constant_memory 写同样的单元格"))

    for label, size, ours, floor, n, target, floor_label in plan:
        for spec in (ours, floor):
            spec[1]["tmp"] = str(tmp)
        print(f"… {label}（{size}），{n} 次", file=sys.stderr, flush=True)
        mine, base = measure_pair(ours, floor, n)
        entry = {"benchmark": label, "size": size, "floor": floor_label, "target": target,
                 "ours": summarise(mine), "floor_result": summarise(base)}
        o, f = entry["ours"], entry["floor_result"]
        if "error" not in o and "error" not in f:
            entry["ratio"] = o["median_s"] / f["median_s"]
            entry["ok"] = (o["median_s"] < target["max_s"]) if "max_s" in target else entry["ratio"] <= target["max_ratio"]
        results["benchmarks"].append(entry)

    if "import" in only:  # where the time of the big imports goes, stage by stage
        results["import_stages"] = []
        for workbook in (tidy_workbook, big_workbook):
            print(f"… 导入的各阶段：{workbook.name}，{runs + 1} 轮", file=sys.stderr, flush=True)
            results["import_stages"].append(run_case("import_stages", {"file": str(workbook), "tmp": str(tmp),
                                                                       "rounds": runs + 1}))

    if "queries" in only:
        print(f"… 任务列表查询（{million_n:,} 条任务的数据库）", file=sys.stderr, flush=True)
        outcome = run_case("queries", {"db": str(million_db), "year": 2022, "repeat": 5 if not options.quick else 3,
                                       "deep_offset": million_n // 2,
                                       "tmp": str(tmp)})
        results["queries"] = outcome
        print(f"… 任务列表窗口（{million_n:,} 条任务，offscreen Qt）", file=sys.stderr, flush=True)
        results["window"] = run_case("task_list_window", {"db": str(million_db), "year": 2022,
                                                          "repeat": 5 if not options.quick else 3, "tmp": str(tmp)})

    if "charts" in only:
        print(f"… 统计图表查询（{million_n:,} 条任务的数据库）", file=sys.stderr, flush=True)
        results["charts"] = run_case("charts", {"db": str(million_db), "year": 2022,
                                                "repeat": 5 if not options.quick else 3, "tmp": str(tmp)})

    if "startup" in only:
        print("… 启动：到登录窗口，与空白 PySide6 窗口对比（各在新进程中）", file=sys.stderr, flush=True)
        results["startup"] = run_case("startup", {"db": str(fixtures.demo_db()), "repeat": 5 if not options.quick else 3,
                                                  "tmp": str(tmp)})

    if "first_open" in only:
        print(f"… 启动后第一次打开任务列表和各图表（{million_n:,} 条任务，各在新进程中，{runs} 轮）", file=sys.stderr, flush=True)
        results["first_open"] = first_open_runs(million_db, tmp, runs, 3 if options.quick else 5)

    if "attendance" in only:
        print(f"… 出勤统计查询（{million_n:,} 条任务、{fixtures.ATTENDANCE_MEMBERS:,} 名队员的数据库）", file=sys.stderr,
              flush=True)
        results["attendance"] = run_case("attendance", {"db": str(attendance_db), "year": 2025,
                                                        "repeat": 5 if not options.quick else 3, "tmp": str(tmp)})

        print("… 出勤与统计页面（offscreen Qt，同一数据库）", file=sys.stderr, flush=True)
        results["stats_window"] = run_case("stats_window", {"db": str(attendance_db), "year": 2025,
                                                            "repeat": 5 if not options.quick else 3, "tmp": str(tmp)})

    if options.profile and big_workbook is not None:
        results["profiles"] = profile_runs(big_workbook, big_db, tmp)

    results["seconds_total"] = round(time.perf_counter() - started, 1)
    results["seconds_preparing"] = round(prepared, 1)
    (fixtures.OUT / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(render(results))
    failed = [b for b in results["benchmarks"] if not b.get("ok")]
    slow = [q for q in (results["queries"] or {}).get("queries", []) if q["warm_ms"] >= QUERY_TARGET_MS]
    slow += [w for w in (results.get("window") or {}).get("steps", []) if w["ms"] >= QUERY_TARGET_MS]
    slow += [c for c in (results.get("charts") or {}).get("charts", []) if c["warm_ms"] >= CHART_TARGET_MS]
    slow += [a for a in (results.get("attendance") or {}).get("views", []) if a["warm_ms"] >= ATTENDANCE_TARGET_MS]
    slow += [s for s in (results.get("stats_window") or {}).get("steps", []) if s["ms"] >= ATTENDANCE_TARGET_MS]
    if (results.get("startup") or {}).get("ratio", 0) > 2:
        slow.append(results["startup"])
    slow += [s for s in (results.get("first_open") or {}).get("steps", [])
             if max(s["first_soon_ms"], s["first_after_ms"]) >= FIRST_OPEN_TARGET_MS]
    missed = failed or slow or any((results.get(k) or {}).get("error")
                                   for k in ("charts", "queries", "window", "attendance", "stats_window"))
    return 1 if options.strict and missed else 0


def first_open_runs(million_db: Path, tmp: Path, runs: int, repeat: int) -> dict:
    """``runs`` rounds, each of three fresh processes: the first openings at once after the window
    shows, the same once its read-ahead finished, and the floor's queries cold (no Qt); medians."""
    soon, after, floor, errors = [], [], [], []
    for _ in range(runs):
        for wait, into in ((False, soon), (True, after)):
            outcome = run_case("first_open", {"db": str(million_db), "tmp": str(tmp), "repeat": repeat, "wait": wait})
            (errors if "error" in outcome else into).append(outcome)
        outcome = run_case("first_open_floor", {"db": str(million_db), "tmp": str(tmp), "repeat": repeat})
        (errors if "error" in outcome else floor).append(outcome)
    if not soon or not after or not floor:
        return {"error": (errors[0]["error"] if errors else "没有结果")}
    steps = []
    for number, step in enumerate(after[0]["steps"]):
        row = {"step": step["step"],
               "first_soon_ms": round(median(r["steps"][number]["first_ms"] for r in soon), 1),
               "first_soon_all_ms": [round(r["steps"][number]["first_ms"]) for r in soon],
               "first_after_ms": round(median(r["steps"][number]["first_ms"] for r in after), 1),
               "first_after_all_ms": [round(r["steps"][number]["first_ms"]) for r in after],
               "later_ms": round(median(r["steps"][number]["later_ms"] for r in soon + after), 1),
               "floor_warm_ms": round(median(r["steps"][number]["floor_ms"] for r in soon + after), 1)}
        # the floor process's queries, by name: the task list's, one per chart tab (统计 itself has none)
        cold = [next((f["cold_ms"] for f in r["steps"] if f["step"] == step["step"]), None) for r in floor]
        if all(c is not None for c in cold):
            row["floor_cold_ms"] = round(median(cold), 1)
        steps.append(row)
    return {"tasks": after[0]["tasks"], "runs": len(after), "window_ms": round(median(r["window_ms"] for r in soon + after)),
            "prefetch_ms": round(median(r["prefetch_ms"] for r in after)), "steps": steps,
            **({"errors": [e["error"] for e in errors]} if errors else {})}


def render(results: dict) -> str:
    lines = [f"## 基准测试结果（{results['when']}，{'快速' if results['quick'] else '完整'}运行，"
             f"每项 {results['runs']} 次取中位数）", "",
             f"机器：{results['machine']['cpus']} 核，Python {results['machine']['python']}，"
             f"SQLite {results['machine']['sqlite']}。内存：每项在新进程中运行，取计时期间该进程的峰值常驻内存"
             f"（Linux VmHWM，计时前用 /proc/self/clear_refs 归零；括号内为计时前的常驻内存）。", ""]
    if results["benchmarks"]:
        lines += ["| 基准 | 规模 | 本程序 | 下限 | 倍数 | 目标 | 结果 | 峰值内存 本程序 / 下限 |",
                  "|---|---|---:|---:|---:|---|---|---|"]
        for b in results["benchmarks"]:
            o, f = b["ours"], b["floor_result"]
            if "error" in o or "error" in f:
                lines.append(f"| {b['benchmark']} | {b['size']} | 出错：{o.get('error') or f.get('error')} | | | | ✗ | |")
                continue
            target = f"< {b['target']['max_s']:.0f} s" if "max_s" in b["target"] else f"≤ {b['target']['max_ratio']}× 下限"
            lines.append(
                f"| {b['benchmark']} | {b['size']} | {seconds(o['median_s'])} | {seconds(f['median_s'])} | "
                f"{b['ratio']:.2f}× | {target} | {'✓' if b['ok'] else '✗ 未达标'} | "
                f"{o['peak_rss_mb']:.0f} MB（{o['rss_before_mb']:.0f}）/ {f['peak_rss_mb']:.0f} MB（{f['rss_before_mb']:.0f}） |")
        lines += ["", "下限：导入为 python-calamine 读取同一文件的全部工作表（`to_python()`）；导出为 xlsxwriter "
                      "（constant_memory）以相同格式写同样的单元格。"]
    for staged in results.get("import_stages") or []:
        lines += [""]
        if "error" in staged:
            lines.append(f"导入各阶段出错：{staged['error']}")
        else:
            from stages import render as render_stages

            lines.append(render_stages(staged))
    q = results.get("queries")
    if q:
        lines += [""]
        if "error" in q:
            lines.append(f"任务列表查询出错：{q['error']}")
        else:
            lines += [f"### 任务列表（{q['tasks']:,} 条任务，`store.tasks.count` / `store.tasks.page` 每页 200 行）", "",
                      "| 查询 | 结果 | 首次 | 之后（中位数） | 目标 < 250 ms |", "|---|---:|---:|---:|---|"]
            for row in q["queries"]:
                result = f"{row['result']:,}" + (" 条" if row["kind"] == "count" else " 行")
                verdict = _verdict(row["warm_ms"], QUERY_TARGET_MS, slow=100)
                lines.append(f"| {row['query']} | {result} | {row['cold_ms']:.1f} ms | {row['warm_ms']:.1f} ms | {verdict} |")
    w = results.get("window")
    if w:
        lines += [""]
        if "error" in w:
            lines.append(f"任务列表窗口出错：{w['error']}")
        else:
            lines += [f"### 任务列表窗口（{w['tasks']:,} 条任务，offscreen Qt，含模型、视图与绘制）", "",
                      "| 操作 | 窗口（中位数） | 首次 | 下限：同样的查询 | 倍数 | 目标 < 250 ms |",
                      "|---|---:|---:|---:|---:|---|"]
            for row in w["steps"]:
                ratio = row["ms"] / row["floor_ms"] if row["floor_ms"] else float("nan")
                verdict = _verdict(row["ms"], QUERY_TARGET_MS)
                lines.append(f"| {row['step']} | {row['ms']:.1f} ms | {row['first_ms']:.1f} ms | "
                             f"{row['floor_ms']:.1f} ms | {ratio:.2f}× | {verdict} |")
    st = results.get("startup")
    if st:
        lines += [""]
        if "error" in st:
            lines.append(f"启动测量出错：{st['error']}")
        else:
            verdict = "✅" if st["ratio"] <= 2 else "❌"
            lines += ["### 启动（新进程，offscreen）", "",
                      "| 从启动到 | 中位数 | 下限：空白 PySide6 窗口 | 倍数 | 目标 ≤ 2× |", "|---|---:|---:|---:|---|",
                      f"| 登录窗口（已有数据库） | {st['ours_ms']:.0f} ms | {st['floor_ms']:.0f} ms | {st['ratio']:.2f}× | "
                      f"{verdict} |"]
    fo = results.get("first_open")
    if fo:
        lines += [""]
        if "error" in fo:
            lines.append(f"启动后第一次打开出错：{fo['error']}")
        else:
            lines += [f"### 启动后第一次打开（{fo['tasks']:,} 条任务，offscreen Qt，各在新进程中，{fo['runs']} 轮中位数）", "",
                      f"主窗口从创建到显示 {fo['window_ms']} ms；显示后后台预读各图表用时 {fo['prefetch_ms']} ms。", "",
                      "| 打开 | 第一次：窗口显示后立即 | 第一次：预读完成后 | 之后（重新读取，中位数） | 下限：同样的查询，冷（新进程） | 下限：同样的查询，热 | 目标 < 500 ms |",
                      "|---|---:|---:|---:|---:|---:|---|"]
            for row in fo["steps"]:
                worst = max(row["first_soon_ms"], row["first_after_ms"])
                cold = f"{row['floor_cold_ms']:.1f} ms" if "floor_cold_ms" in row else "—"
                lines.append(f"| {row['step']} | {row['first_soon_ms']:.1f} ms | {row['first_after_ms']:.1f} ms | "
                             f"{row['later_ms']:.1f} ms | {cold} | {row['floor_warm_ms']:.1f} ms | "
                             f"{_verdict(worst, FIRST_OPEN_TARGET_MS, slow=250)} |")
    c = results.get("charts")
    if c:
        lines += [""]
        if "error" in c:
            lines.append(f"统计图表查询出错：{c['error']}")
        else:
            lines += [f"### 统计图表（{c['tasks']:,} 条任务，`store.charts` 各图表的查询）", "",
                      "| 图表 | 筛选 | 任务数 | 首次 | 之后（中位数） | 下限：count(*) 同样的任务 | 倍数 | 逐行计数（V6 前） | 目标 < 500 ms |",
                      "|---|---|---:|---:|---:|---:|---:|---:|---|"]
            for row in c["charts"]:
                ratio = row["warm_ms"] / row["floor_ms"] if row["floor_ms"] else float("nan")
                verdict = _verdict(row["warm_ms"], CHART_TARGET_MS, slow=250)
                lines.append(f"| {row['chart']} | {row['filter']} | {row['tasks']:,} | {row['cold_ms']:.1f} ms | "
                             f"{row['warm_ms']:.1f} ms | {row['floor_ms']:.1f} ms | {ratio:.1f}× | "
                             f"{_before(row)} | {verdict} |")
    a = results.get("attendance")
    if a:
        lines += [""]
        if "error" in a:
            lines.append(f"出勤统计查询出错：{a['error']}")
        else:
            lines += [f"### 出勤统计（{a['tasks']:,} 条任务，{a['members']:,} 名队员，{a['attendance_rows']:,} 条考勤记录；"
                      "`store.attendance` 各视图的查询）", "",
                      "| 视图 | 时间 | 结果行数 | 首次 | 之后（中位数） | 下限：读同样的行 | 读的行数 | 倍数 | 逐行计数（V6 前） | 目标 < 500 ms |",
                      "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"]
            for row in a["views"]:
                floor = row.get("floor_ms")
                ratio = f"{row['warm_ms'] / floor:.1f}×" if floor else ""
                verdict = _verdict(row["warm_ms"], ATTENDANCE_TARGET_MS, slow=250)
                lines.append(f"| {row['view']} | {row['period']} | {row['rows']:,} | {row['cold_ms']:.1f} ms | "
                             f"{row['warm_ms']:.1f} ms | {f'{floor:.1f} ms' if floor is not None else '—'} | "
                             + (f"{row['floor_rows']:,} | " if "floor_rows" in row else "— | ") + f"{ratio} | {_before(row)} | {verdict} |")
    sw = results.get("stats_window")
    if sw:
        lines += [""]
        if "error" in sw:
            lines.append(f"出勤与统计页面出错：{sw['error']}")
        else:
            lines += [f"### 出勤与统计页面（{sw['tasks']:,} 条任务，offscreen Qt，含查询、表格或图表与绘制）", "",
                      "| 页面 | 筛选 | 页面（中位数） | 首次 | 下限：同样的查询 | 目标 < 500 ms |",
                      "|---|---|---:|---:|---:|---|"]
            for row in sw["steps"]:
                verdict = _verdict(row["ms"], ATTENDANCE_TARGET_MS, slow=250)
                lines.append(f"| {row['step']} | {row['filter']} | {row['ms']:.1f} ms | {row['first_ms']:.1f} ms | "
                             f"{row['floor_ms']:.1f} ms | {verdict} |")
    for name, text in (results.get("profiles") or {}).items():
        lines += ["", f"### cProfile：{name}", "", "```", text, "```"]
    lines += ["", f"总用时 {results['seconds_total']:.0f} 秒（其中准备输入 {results['seconds_preparing']:.0f} 秒）。"
                  "结果另存于 bench/out/results.json。"]
    return "\n".join(lines)


def _verdict(ms: float, target: float, slow: float | None = None) -> str:
    """✓ under the target (✓（偏慢） from ``slow`` on), ✗ 慢 at or over it."""
    if ms >= target:
        return "✗ 慢"
    return "✓（偏慢）" if slow is not None and ms >= slow else "✓"


def _before(row: dict) -> str:
    """The same query counted from the rows, as before the summaries of schema V6 (same run), and
    how many times slower that was."""
    if "rows_ms" not in row:
        return "—"
    return f"{row['rows_ms']:.1f} ms（{row['rows_ms'] / row['warm_ms']:.0f}×）" if row["warm_ms"] else f"{row['rows_ms']:.1f} ms"


def profile_runs(big_workbook: Path, big_db: Path | None, tmp: Path) -> dict:
    import io
    import pstats

    out = {}
    specs = [("导入大工作簿", "import_workbook", {"file": str(big_workbook), "tmp": str(tmp)})]
    if big_db is not None:
        specs.append(("导出大数据库的一年", "export_year", {"db": str(big_db), "year": fixtures.BIG_YEAR, "tmp": str(tmp)}))
    for label, case, args in specs:
        target = fixtures.OUT / f"{case}.prof"
        print(f"… cProfile：{label}", file=sys.stderr, flush=True)
        result = run_case(case, args, profile=target)
        if "error" in result:
            out[label] = f"出错：{result['error']}"
            continue
        buffer = io.StringIO()
        stats = pstats.Stats(str(target), stream=buffer)
        stats.sort_stats("tottime").print_stats(18)
        text = buffer.getvalue()
        out[label] = text[text.find("ncalls"):].rstrip() + f"\n（{target}）"
    return out


if __name__ == "__main__":
    sys.exit(main())
