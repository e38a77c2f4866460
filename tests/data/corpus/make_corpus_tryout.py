#!/usr/bin/env python3
"""More workbooks LibreOffice wrote, in other secretaries' hands (helper 'tryout' of issue 10).

    python tests/data/corpus/make_corpus_tryout.py     # writes tests/data/corpus/2021-*.{xlsx,xls,ods,truth.json}

Same method and truth format as ``make_corpus.py`` (whose writer it uses): each workbook written with
openpyxl, then saved by LibreOffice; the truth written by hand beside each cell. Only the 2021-*
files are written; the 2022-* files of ``make_corpus.py`` are left as they are.
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_corpus as mc
from make_corpus import HEADER, Sheet, Task, Workbook

HERE = mc.HERE
YEAR = 2021


def wd(day: str) -> str:
    return "一二三四五六日"[dt.date.fromisoformat(day).weekday()]


def t(kind, no, summary, cell, when, hc=10, people=10, vc=2, cars=2, squad="甘井子分队", squad_cell=None,
      remarks="", no_cell=None):
    task = Task(kind, no, summary, cell, when, hc, people, vc, cars, squad, remarks)
    task.no_cell = no_cell if no_cell is not None else no
    task.squad_cell = squad_cell if squad_cell is not None else squad
    return task


def row(task: Task) -> list:
    return [task.no_cell, task.summary, task.departure, task.headcount, task.vehicles, task.squad_cell,
            task.remarks or None]


def departures() -> Workbook:
    """Departures as a secretary types them in 2021 (the workbook's year fills month/day hands)."""
    u = "城市搜救"
    n = iter(range(1, 100))
    no = lambda: f"WZ{YEAR}-{next(n):03d}"  # noqa: E731 (a one-line helper)
    tasks = [
        t(u, no(), "甘井子区老人走失", "2021.01.08 晚8点", "2021-01-08 20:00"),
        t(u, no(), "金州区学生未归", "1/9 19:30", "2021-01-09 19:30"),
        t(u, no(), "西岗区老人走失", "2021-1-10 19:30:00", "2021-01-10 19:30"),
        t(u, no(), "中山区儿童走失", f"2021年1月12日(星期{wd('2021-01-12')})下午3点", "2021-01-12 15:00"),
        t(u, no(), "沙河口区老人走失", f"{mc.serial(dt.datetime(2021, 1, 13, 19, 30)):.10g}", "2021-01-13 19:30"),
        t(u, no(), "高新园区老人走失", "2021/01/14 07:05:45", "2021-01-14 07:05"),
        t(u, no(), "旅顺口区老人走失", "1月15日晚7点半", "2021-01-15 19:30"),
        t(u, no(), "开发区学生未归", "2021年1月16日 19：30", "2021-01-16 19:30"),
        t(u, no(), "普兰店区老人走失", "19:30 2021/1/17", "2021-01-17 19:30"),  # the time first
        t(u, no(), "瓦房店老人走失", "8日19时", "8日19时"),  # no month: kept raw
        t(u, no(), "庄河老人走失", "2021/1/19 19:30-22:00", "2021/1/19 19:30-22:00"),  # a span: raw
    ]
    return Workbook(f"{YEAR}-hands-departure", "departures in other hands (晚8点, month/day, 秒, (星期二)下午3点, "
                    "serial text, the time first; a day only and a span kept raw)",
                    [Sheet(u, [HEADER] + [row(x) for x in tasks])], tasks)


def counts_squads_numbers() -> Workbook:
    """Counts with words around them, squads joined by / and 、, event numbers with spaces or full width."""
    w = "水上救援"
    tasks = [
        t(w, "WZ2021-001", "星海湾有人落水", dt.datetime(2021, 6, 1, 14, 30), "2021-06-01 14:30",
          hc="10名", people=10, vc="2辆", cars=2, squad="甘井子分队、沙河口分队", squad_cell="甘井子分队/沙河口分队"),
        t(w, "WZ2021-002", "老虎滩游客被困", dt.datetime(2021, 6, 2, 9, 0), "2021-06-02 09:00",
          hc="10+2", people="10+2", squad="水上救援分队", remarks="2名家属随行"),
        t(w, "WZ2021-003", "棒棰岛溺水打捞", dt.datetime(2021, 6, 3, 6, 40), "2021-06-03 06:40",
          hc="约 20", people=20, vc="3.0", cars=3, squad="水上救援分队"),
        t(w, "WZ2021-004", "小平岛渔船故障", dt.datetime(2021, 6, 4, 22, 15), "2021-06-04 22:15",
          hc="队员8人", people=8, squad="水上救援分队", no_cell="ＷＺ２０２１－００４"),
        t(w, "WZ2021-005", "黑石礁游客落水", dt.datetime(2021, 6, 5, 16, 0), "2021-06-05 16:00",
          hc="１２", people=12, vc="２", cars=2, squad="一分队、二分队", squad_cell="一、二分队",
          no_cell=" WZ2021-005 "),
    ]
    return Workbook(f"{YEAR}-hands-counts", "counts 10名, 队员8人, 约 20, 10+2 (raw); squads a/b and 一、二分队; full-width numbers",
                    [Sheet(w, [HEADER] + [row(x) for x in tasks])], tasks)


def shuffled_header() -> Workbook:
    """Line breaks inside header cells, columns in another order, a blank column, long remarks."""
    m = "山地救援"
    tasks = [
        t(m, "WZ2021-101", "大黑山驴友迷路", dt.datetime(2021, 9, 1, 7, 0), "2021-09-01 07:00", hc=15, people=15,
          vc=4, cars=4, squad="山地救援分队",
          remarks="接110转警后出队，山地救援分队与甘井子分队协同搜索，于次日凌晨在南坡找到被困者，无受伤，移交家属。"),
        t(m, "WZ2021-102", "老铁山登山者受伤", dt.datetime(2021, 9, 2, 18, 20), "2021-09-02 18:20", hc=9, people=9,
          vc=2, cars=2, squad="山地救援分队"),
        t(m, "WZ2021-103", "小黑山驴友失联", dt.datetime(2021, 9, 3, 13, 5), "2021-09-03 13:05", hc=12, people=12,
          vc=3, cars=3, squad="山地救援分队", remarks="天黑前找到"),
    ]
    header = ["出队\n时间", "事件\n编号", None, "分队\n名称", "出队\n人数", "出队\n车次", "事件摘要", "备  注"]
    rows = [header] + [[x.departure, x.event_no, None, x.squad, x.headcount, x.vehicles, x.summary, x.remarks or None]
                       for x in tasks]
    return Workbook(f"{YEAR}-hands-header", "header cells with line breaks, shuffled columns, a blank column, long remarks",
                    [Sheet(m, rows)], tasks)


def month_sheets() -> Workbook:
    """A sheet a month, the kind in a column; totals in other words, note rows, a merged total over two rows."""
    kinds = {"城市搜救": "城市搜救", "水上": "水上救援", "培训": "培训保障"}
    header = ["序号", "类别", "事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]
    sheets, tasks = [], []
    n = iter(range(1, 100))
    plan = {
        1: [("城市搜救", "2021-01-05 08:30", 10, 2), ("水上", "2021-01-09 15:00", 8, 2)],
        2: [("培训", "2021-02-03 09:00", 30, 5), ("城市搜救", "2021-02-14 21:10", 12, 3)],
        3: [("水上", "2021-03-01 06:00", 6, 1)],
    }
    for month, items in plan.items():
        rows = [header]
        people = cars = 0
        for i, (label, when, p, c) in enumerate(items, start=1):
            x = t(kinds[label], f"WZ{YEAR}-{next(n):03d}", f"{month}月第{i}次任务（{label}）",
                  dt.datetime.strptime(when, "%Y-%m-%d %H:%M"), when, p, p, c, c)
            tasks.append(x)
            rows.append([i, label, x.event_no, x.summary, x.departure, p, c, x.squad, None])
            people, cars = people + p, cars + c
            if i == 1:
                rows.append([None, None, None, "（以下为夜间出队）", None, None, None, None, None])
        rows.append([None, None, "本月小计", None, None, people, cars, None, None])
        merges = []
        if month == 3:
            rows.append([None, None, "合  计", None, None, 66, 13, None, None])
            rows.append([None, None, None, None, None, None, None, None, None])
            merges = [f"C{len(rows) - 1}:C{len(rows)}"]
            rows.append([None, None, "全年总计", None, None, 66, 13, None, None])
        sheets.append(Sheet(f"{month}月", rows, merges))
    return Workbook(f"{YEAR}-hands-month-sheets", "a sheet a month with a kind column; 本月小计, 合  计 merged over "
                    "two rows, 全年总计; a note row between tasks", sheets, tasks)


def english_totals() -> Workbook:
    """An English header; a date-time cell with seconds (the minute Excel shows); totals in words."""
    u = "城市搜救"
    tasks = [
        t(u, "WZ2021-301", "甘井子区老人走失", dt.datetime(2021, 4, 1, 8, 0, 59), "2021-04-01 08:00", hc=10, people=10,
          vc=2, cars=2),
        t(u, "WZ2021-302", "金州区学生未归", dt.datetime(2021, 4, 2, 21, 15), "2021-04-02 21:15", hc=12, people=12,
          vc=3, cars=3, squad="金州分队"),
        t(u, "WZ2021-303", "西岗区老人走失", dt.datetime(2021, 4, 9, 6, 30), "2021-04-09 06:30", hc=7, people=7,
          vc=1, cars=1, remarks="Found by family"),
    ]
    header = ["No.", "Event No.", "Summary", "Departure", "People", "Vehicles", "Squad", "Remarks"]
    rows = [header] + [[i, x.event_no, x.summary, x.departure, x.headcount, x.vehicles, x.squad, x.remarks or None]
                       for i, x in enumerate(tasks[:2], start=1)]
    rows.append([None, "合计：2起", None, None, 22, 5, None, None])
    rows.append([3, tasks[2].event_no, tasks[2].summary, tasks[2].departure, 7, 1, tasks[2].squad, tasks[2].remarks])
    rows.append([None, None, "本月共出队3次", None, 29, 6, None, None])
    return Workbook(f"{YEAR}-hands-english", "an English header; seconds in a date-time cell; '合计：2起' and a sum "
                    "row with words ('本月共出队3次')", [Sheet(u, rows)], tasks)


WORKBOOKS = [departures, counts_squads_numbers, shuffled_header, month_sheets, english_totals]


def truth(task: Task) -> dict:
    d = task.truth()
    return d


def main() -> int:
    books = [make() for make in WORKBOOKS]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "src"
        src.mkdir()
        for book in books:
            mc.write_openpyxl(book, src / f"{book.stem}.xlsx")
        profile = (tmp / "profile").as_uri()
        for suffix, target in mc.FORMATS.items():
            out = tmp / suffix
            out.mkdir()
            subprocess.run([mc.soffice(), f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nologo",
                            "--convert-to", target, "--outdir", str(out), *sorted(str(p) for p in src.iterdir())],
                           check=True, capture_output=True, timeout=600)
            for book in books:
                shutil.copyfile(out / f"{book.stem}.{suffix}", HERE / f"{book.stem}.{suffix}")
    for book in books:
        (HERE / f"{book.stem}.truth.json").write_text(
            json.dumps([truth(x) for x in book.tasks], ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print("\n".join(f"| `{b.stem}` | {b.what} | {len(b.tasks)} |" for b in books))
    return 0


if __name__ == "__main__":
    sys.exit(main())
