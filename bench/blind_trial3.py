#!/usr/bin/env python3
"""A third blind trial of the workbook importer (cases B87 onward): written before reading B01..B86.

    PYTHONPATH=$PWD python bench/blind_trial3.py --all-formats [--out DIR] [--only B87 ...]
    PYTHONPATH=$PWD python bench/blind_trial3.py --held-out --all-formats   # the second batch (B101 on)

The machinery (writing with openpyxl, saving through LibreOffice as .xlsx/.xls/.ods, importing
through the command line, exporting, grading every task as right / flagged / silently wrong) is
bench/blind_trial.py's; only the workbooks are new. The first batch (B87..B100) was written and
graded before the fixes of this trial; the second (``--held-out``, B101 on) was written after
them, without looking at its results first.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind_trial as bt
from blind_trial import D, F7, H7, Cell, R, book, ev, header, not_task, row, summ, task

bt.BOOKS.clear()   # B01..B86 are blind_trial.py's: this trial runs only its own


def b87() -> None:   # departure texts in a secretary's hand: dots, two-digit years, US order, no zero padding
    b = book("2022年救援任务统计（B87日期写法）", "xlsx", 2022)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    for text, truth in [("2022.3.5", "2022-03-05"),
                        ("22/3/6", "2022-03-06"),
                        ("3/7/2022", R("3/7/2022")),          # March 7 (US) or 3 July (UK): can't tell
                        ("13/3/2022", R("13/3/2022")),        # D/M/Y: no Chinese hand writes it; never silently
                        ("2022-3-8 8:5", "2022-03-08 08:05"),
                        ("二〇二二年三月九日 下午三点半", "2022-03-09 15:30"),
                        ("3月10日 傍晚", R("3月10日 傍晚")),
                        ("11号", R("11号")),
                        ("２０２２年３月１２日", "2022-03-12"),
                        ("2022年3月13日8点", "2022-03-13 08:00"),
                        ("3月14日8点半", "2022-03-14 08:30"),
                        ("3月15日 20:30-22:00", R("3月15日 20:30-22:00")),
                        ("2022.03.16.", "2022-03-16"),
                        ("2022年3月17日—18日", R("2022年3月17日—18日")),
                        ("3月18日、19日", R("3月18日、19日")),
                        ("2022-03-20 全天", R("2022-03-20 全天")),
                        ("2022年3月21日 8：30", "2022-03-21 08:30"),
                        ("2022/3/22 下午", R("2022/3/22 下午")),
                        ("3.23", "2022-03-23"),
                        ("20220324", "2022-03-24")]:
        task(b, s, "water", dict(event_no=ev(2022), summary=summ("日期写法"), departure=text, headcount=6, vehicles=1,
                                 squad="水上救援分队", remarks=""), truth=dict(departure=truth))


def b88() -> None:   # counts: about, more than, a dozen-odd, +, Chinese numerals, 廿, words after the number
    b = book("2022年救援任务统计（B88人数写法）", "xls", 2022)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    cases = [("约20人", 20), ("20余人", R("20余人")), ("十几人", R("十几人")), ("20+", R("20+")),
             ("二十一", 21), ("廿", 20), ("１２", 12), ("16（含2名新队员）", 16), ("12人次", 12),
             ("12-15人", R("12-15人")), ("12~15", R("12~15")), ("12或13", R("12或13")),
             ("5+3", R("5+3")), ("两人", 2), ("12人 3车", R("12人 3车")), ("一百零五", 105),
             ("不少于10人", R("不少于10人")), ("10人左右", 10), ("1２", 12), (12.5, R("12.5")), (-3, R("-3"))]
    for i, (cell, truth) in enumerate(cases):
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("人数写法"), departure=Cell(D(2022, 4, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=cell, vehicles=1, squad="甘井子分队", remarks=""), truth=dict(headcount=truth))


def b89() -> None:   # vehicle counts: 3车, 2辆, 两台, on foot, a boat, plates
    b = book("2022年救援任务统计（B89车次写法）", "ods", 2022)
    s = b.sheet("山地救援")
    header(s, H7, F7)
    cases = [("3车", 3), ("2辆", 2), ("两台", 2), ("1台次", 1), ("步行", R("步行")), ("0", 0), (0, 0),
             ("2辆+1船", R("2辆+1船")), ("辽B12345", R("辽B12345")), ("私家车2辆", R("私家车2辆")),
             ("3（其中1辆保障车）", 3), ("３辆", 3)]
    for i, (cell, truth) in enumerate(cases):
        task(b, s, "mountain", dict(event_no=ev(2022), summary=summ("车次写法"), departure=Cell(D(2022, 5, 1 + i, 21, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=8, vehicles=cell, squad="山地救援分队", remarks=""), truth=dict(vehicles=truth))


def b90() -> None:   # squads joined with ，/ + 及 和 spaces and line breaks
    b = book("2022年救援任务统计（B90分队写法）", "xlsx", 2022)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    cases = [("金州分队，甘井子分队", "金州分队、甘井子分队"), ("金州分队/甘井子分队", "金州分队、甘井子分队"),
             ("金州分队+甘井子分队", "金州分队、甘井子分队"), ("金州分队 甘井子分队", "金州分队、甘井子分队"),
             ("金州分队\n甘井子分队", "金州分队、甘井子分队"),
             ("金州分队及甘井子分队", R("金州分队及甘井子分队")), ("金州分队和甘井子分队", R("金州分队和甘井子分队")),
             ("金州及甘井子分队", R("金州及甘井子分队")), ("金州分队等", R("金州分队等")),
             ("水上救援分队", "水上救援分队")]
    for i, (cell, truth) in enumerate(cases):
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("分队写法"), departure=Cell(D(2022, 6, 1 + i, 10, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad=cell, remarks=""), truth=dict(squad=truth))


def b91() -> None:   # header words of another hand, with units, on row 5 under a title and a blank row; order shuffled
    b = book("2022年救援任务统计（B91表头写法）", "xls", 2022)
    s = b.sheet("山地救援")
    row(s, ["万众应急救援队2022年山地救援任务登记表"])
    s.merges.append("A1:G1")
    row(s, ["填表人：李秘书"])
    row(s, [])
    row(s, ["（单位：人、辆）"])
    header(s, ["任务概况", "出动时间", "编号", "参与人数(人)", "出车数（辆）", "参与分队", "备注说明"],
           ["summary", "departure", "event_no", "headcount", "vehicles", "squad", "remarks"])
    for i in range(4):
        task(b, s, "mountain", dict(event_no=ev(2022), summary=summ("大黑山夜间搜救"),
                                    departure=Cell(D(2022, 7, 2 + i, 19, 30), "yyyy-mm-dd hh:mm"),
                                    headcount=10 + i, vehicles=2, squad="山地救援分队", remarks="平安"))


def b92() -> None:   # two tables side by side on one sheet: 上半年 | 下半年
    b = book("2022年救援任务统计（B92左右两表）", "xlsx", 2022)
    s = b.sheet("水上救援")
    row(s, ["上半年", None, None, None, None, None, None, None, "下半年"])
    header(s, H7 + [None] + H7, F7 + [None] + [f"{f}_2" for f in F7])
    left = [(D(2022, 2, 1, 9, 0), 5), (D(2022, 3, 1, 9, 0), 6), (D(2022, 4, 1, 9, 0), 7)]
    right = [(D(2022, 8, 1, 9, 0), 15), (D(2022, 9, 1, 9, 0), 16), (D(2022, 10, 1, 9, 0), 17)]
    for (d1, h1), (d2, h2) in zip(left, right):
        cells = dict(event_no=ev(2022), summary=summ("左表任务"), departure=Cell(d1, "yyyy-mm-dd hh:mm"), headcount=h1,
                     vehicles=1, squad="水上救援分队", remarks="")
        n2 = ev(2022)
        extra = {"event_no_2": n2, "summary_2": summ("右表任务"), "departure_2": Cell(d2, "yyyy-mm-dd hh:mm"),
                 "headcount_2": h2, "vehicles_2": 2, "squad_2": "金州分队", "remarks_2": "右"}
        n = task(b, s, "water", cells, extra=extra)
        b.truth.append({"sheet": "水上救援", "event_no": n2, "summary": extra["summary_2"], "departure": d2.strftime("%Y-%m-%d %H:%M"),
                        "headcount": h2, "vehicles": 2, "squad": "金州分队", "remarks": "右", "_src": ["水上救援", n]})


def b93() -> None:   # a sheet per month, the kind in a column
    b = book("2022年救援任务统计（B93按月分表）", "xlsx", 2022)
    kinds = [("水上救援", "water"), ("城市搜救", "urban"), ("培训保障", "training")]
    for m in (1, 2, 3):
        s = b.sheet(f"{m}月")
        header(s, ["事件编号", "任务类型", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"],
               ["event_no", "_kind", "summary", "departure", "headcount", "vehicles", "squad", "remarks"])
        for i, (word, kind) in enumerate(kinds):
            task(b, s, kind, dict(event_no=ev(2022), summary=summ(f"{m}月任务"), departure=Cell(D(2022, m, 3 + i, 14, 0), "yyyy-mm-dd hh:mm"),
                                  headcount=4 + i, vehicles=1, squad="金州分队", remarks=""), extra=dict(_kind=word))


def b94() -> None:   # one date merged down several rows beside a time column
    b = book("2022年救援任务统计（B94合并日期）", "ods", 2022)
    s = b.sheet("培训保障")
    header(s, ["事件编号", "事件摘要", "日期", "时间", "出队人数", "出队车次", "分队名称", "备注"],
           ["event_no", "summary", "_date", "_time", "headcount", "vehicles", "squad", "remarks"])
    first = len(s.rows) + 1
    for i, (t, tr) in enumerate([("8:00", "2022-05-20 08:00"), ("13:30", "2022-05-20 13:30"), ("19:00", "2022-05-20 19:00")]):
        task(b, s, "training", dict(event_no=ev(2022), summary=summ("马拉松赛事保障"), headcount=20, vehicles=3,
                                    squad="培训保障分队", remarks=""), truth=dict(departure=tr),
             extra=dict(_date=Cell(dt.date(2022, 5, 20), "yyyy-mm-dd") if i == 0 else None, _time=t))
    s.merges.append(f"C{first}:C{first + 2}")


def b95() -> None:   # formulas: numbers counted up, a sum of two squads' people, a departure computed
    b = book("2022年救援任务统计（B95公式）", "xlsx", 2022)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    for i in range(4):
        r = len(s.rows) + 1
        no = 20220100 if i == 0 else f"=A{r - 1}+1"
        task(b, s, "urban", dict(event_no=no, summary=summ("公式行"), departure=Cell(f"=DATE(2022,8,{1 + i})+TIME(9,30,0)", "yyyy-mm-dd hh:mm"),
                                 headcount=f"={3 + i}+2", vehicles="=1*2", squad="金州分队", remarks=""),
             truth=dict(event_no=str(20220100 + i), departure=f"2022-08-{1 + i:02d} 09:30", headcount=5 + i, vehicles=2))


def b96() -> None:   # dates stored as numbers under a text format; yyyymmdd numbers; M.D numbers
    b = book("2022年救援任务统计（B96数字日期）", "xlsx", 2022)
    s = b.sheet("疫情防控")
    header(s, H7, F7)
    serial = (dt.datetime(2022, 4, 5, 8, 0) - dt.datetime(1899, 12, 30)).total_seconds() / 86400
    cases = [(Cell(44656, "@"), "2022-04-05"), (Cell(round(serial, 6), "@"), "2022-04-05 08:00"),
             (20220406, "2022-04-06"), (Cell(20220407, "0"), "2022-04-07"),
             (4.08, R("4.08")), (4.1, R("4.1")), (4.15, R("4.15"))]
    for cell, truth in cases:
        task(b, s, "epidemic", dict(event_no=ev(2022), summary=summ("核酸采样点秩序维护"), departure=cell, headcount=6, vehicles=0,
                                    squad="疫情防控分队", remarks=""), truth=dict(departure=truth))


def b97() -> None:   # a date column and a time column in words: 8点, 8点半, a range, 次日凌晨, a number 8
    b = book("2022年救援任务统计（B97时间列）", "xlsx", 2022)
    s = b.sheet("山地救援")
    header(s, ["事件编号", "事件摘要", "出队日期", "出队时间", "出队人数", "出队车次", "分队名称", "备注"],
           ["event_no", "summary", "_date", "_time", "headcount", "vehicles", "squad", "remarks"])
    cases = [("8点", "2022-09-01 08:00"), ("8点半", "2022-09-02 08:30"), ("20:30-22:00", R("20:30-22:00")),
             ("次日凌晨2点", R("次日凌晨2点")), (8, R("8")), (14.3, R("14.3")), ("0830", "2022-09-07 08:30"),
             ("24:00", R("24:00")), ("晚上", R("晚上")), ("下午两点", "2022-09-10 14:00"), ("12点", "2022-09-11 12:00")]
    for i, (t, truth) in enumerate(cases):
        d = dt.date(2022, 9, 1 + i)
        task(b, s, "mountain", dict(event_no=ev(2022), summary=summ("时间列写法"), headcount=9, vehicles=2,
                                    squad="山地救援分队", remarks=""),
             truth=dict(departure=truth if not isinstance(truth, R) else R(truth.text)),
             extra=dict(_date=Cell(d, "yyyy-mm-dd"), _time=t))


def b98() -> None:   # event numbers with prefixes and suffixes, long numbers, apostrophes
    b = book("2022年救援任务统计（B98编号写法）", "xls", 2022)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    cases = [("编号：WZ2022-0301", "编号：WZ2022-0301"), (202203050001, "202203050001"), ("'0302", "'0302"),
             ("WZ2022-0303（补录）", "WZ2022-0303（补录）"), (20220304.0, "20220304"), ("No.305", "No.305")]
    for i, (cell, truth) in enumerate(cases):
        task(b, s, "water", dict(event_no=cell, summary=summ("编号写法"), departure=Cell(D(2022, 10, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad="水上救援分队", remarks=""), truth=dict(event_no=truth))


def b99() -> None:   # counts with notes, the summary that looks like a date or a number; remarks that look like counts
    b = book("2022年救援任务统计（B99看似别的值）", "ods", 2022)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    cases = [dict(summary="3月5日", remarks="12人"), dict(summary="110", remarks="2022-03-05"),
             dict(summary="寻找走失老人（第2次）", remarks="/")]
    for i, c in enumerate(cases):
        task(b, s, "urban", dict(event_no=ev(2022), summary=c["summary"], departure=Cell(D(2022, 11, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad="甘井子分队", remarks=c["remarks"]),
             truth=dict(remarks="" if c["remarks"] == "/" else c["remarks"]))


def b100() -> None:  # a year's book that starts with last December; 12月 under 1月 in the next book
    b = book("2022年救援任务统计（B100跨年）", "xlsx", 2022)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    for text, truth in [("12月30日 22:00", R("12月30日 22:00")), ("1月2日 9:00", "2022-01-02 09:00"),
                        ("1月5日 9:00", "2022-01-05 09:00")]:
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("跨年"), departure=text, headcount=5, vehicles=1,
                                 squad="金州分队", remarks=""), truth=dict(departure=truth))


def b101() -> None:  # numbers past Excel's 15 significant digits in the event number column
    b = book("2022年救援任务统计（B101长编号）", "xlsx", 2022)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    # typed 202203051200000001 and 202203051200000002: Excel kept 15 digits, both read back as ...000
    for i, cell in enumerate([202203051200000000, 202203051200000000.0, 123456789012345, 2.5e16]):
        truth = str(int(cell))
        task(b, s, "water", dict(event_no=cell, summary=summ("长编号"), departure=Cell(D(2022, 3, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad="水上救援分队", remarks=""),
             truth=dict(event_no=R(truth) if len(truth) > 15 else truth))


def b102() -> None:  # dates typed as 3月5日 in the next year: Excel gave them the year of typing, the format hides it
    b = book("2022年救援任务统计（B102隐藏年份）", "xlsx", 2022)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    for d, fmt, truth in [(D(2023, 3, 5), 'm"月"d"日"', R("2023-03-05")), (D(2023, 3, 6, 14, 30), 'm"月"d"日" h:mm', R("2023-03-06 14:30")),
                          (D(2023, 3, 7), "m/d", R("2023-03-07")), (D(2023, 3, 8), "mm-dd", R("2023-03-08")),
                          (D(2022, 3, 9), 'm"月"d"日"', "2022-03-09"), (D(2023, 1, 3), "yyyy-mm-dd", "2023-01-03")]:
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("隐藏年份"), departure=Cell(d, fmt), headcount=5, vehicles=1,
                                 squad="金州分队", remarks=""), truth=dict(departure=truth))


def b103() -> None:  # no header row at all: the seven columns in the canonical order from row 1
    b = book("2022年救援任务统计（B103无表头）", "xls", 2022)
    s = b.sheet("山地救援")
    s.columns = list(F7)
    for i in range(3):
        task(b, s, "mountain", dict(event_no=ev(2022), summary=summ("无表头"), departure=Cell(D(2022, 4, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=5 + i, vehicles=1, squad="山地救援分队", remarks=""))


def b104() -> None:  # starred template headers, line breaks in header cells, an empty gap column
    b = book("2022年救援任务统计（B104模板表头）", "xlsx", 2022)
    s = b.sheet("培训保障")
    header(s, ["*事件编号", "*事件摘要", None, "★出队时间", "出队\n人数", "出队车次\n（台）", "分队\n名称", "备注"],
           ["event_no", "summary", None, "departure", "headcount", "vehicles", "squad", "remarks"])
    for i in range(3):
        task(b, s, "training", dict(event_no=ev(2022), summary=summ("模板表头"), departure=Cell(D(2022, 5, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=5 + i, vehicles=1, squad="培训保障分队", remarks="演练"))


def b105() -> None:  # month sheets whose kind column is merged down the rows of one kind
    b = book("2022年救援任务统计（B105合并类别）", "xlsx", 2022)
    s = b.sheet("4月")
    header(s, ["类别", "事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"],
           ["_kind", "event_no", "summary", "departure", "headcount", "vehicles", "squad", "remarks"])
    for word, kind, n in [("水上救援", "water", 3), ("山地救援", "mountain", 2), ("疫情防控", "epidemic", 2)]:
        first = len(s.rows) + 1
        for i in range(n):
            task(b, s, kind, dict(event_no=ev(2022), summary=summ(f"{word}任务"), departure=Cell(D(2022, 4, 10 + first + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                  headcount=5, vehicles=1, squad="金州分队", remarks=""), extra=dict(_kind=word if i == 0 else None))
        if n > 1:
            s.merges.append(f"A{first}:A{first + n - 1}")


def b106() -> None:  # one column for people and vehicles: 人数/车次 holding 12/3
    b = book("2022年救援任务统计（B106人车一列）", "ods", 2022)
    s = b.sheet("水上救援")
    header(s, ["事件编号", "事件摘要", "出队时间", "人数/车次", "分队名称", "备注"],
           ["event_no", "summary", "departure", "_both", "squad", "remarks"])
    for i, (both, hc, vh) in enumerate([("12/3", R("12/3"), None), ("8/2", R("8/2"), None), ("6人2车", R("6人2车"), None)]):
        task(b, s, "water", dict(event_no=ev(2022), summary=summ("人车一列"), departure=Cell(D(2022, 6, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 squad="水上救援分队", remarks=""), truth=dict(headcount=hc, vehicles=vh), extra=dict(_both=both))


def b107() -> None:  # the time in a column far from the date: after 备注, headed 时间
    b = book("2022年救援任务统计（B107时间列在后）", "xlsx", 2022)
    s = b.sheet("城市搜救")
    header(s, ["事件编号", "事件摘要", "出队日期", "出队人数", "出队车次", "分队名称", "备注", "时间"],
           ["event_no", "summary", "_date", "headcount", "vehicles", "squad", "remarks", "_time"])
    for i, (t, truth) in enumerate([(dt.time(8, 30), "2022-07-01 08:30"), ("20:15", "2022-07-02 20:15"), (None, "2022-07-03")]):
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("时间列在后"), headcount=5, vehicles=1, squad="金州分队", remarks=""),
             truth=dict(departure=truth), extra=dict(_date=Cell(dt.date(2022, 7, 1 + i), "yyyy-mm-dd"),
                                                     _time=Cell(t, "hh:mm") if isinstance(t, dt.time) else t))


def b108() -> None:  # a totals row right under the header; a 本月小计 row with an event number-like text
    b = book("2022年救援任务统计（B108合计在上）", "xlsx", 2022)
    s = b.sheet("山地救援")
    header(s, H7, F7)
    not_task(b, s, ["合计", None, None, "=SUM(D4:D6)", "=SUM(E4:E6)", None, None])
    row(s, [])
    for i in range(3):
        task(b, s, "mountain", dict(event_no=ev(2022), summary=summ("合计在上"), departure=Cell(D(2022, 8, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=5 + i, vehicles=1, squad="山地救援分队", remarks=""))
    not_task(b, s, ["本月小计：3起", None, None, "=SUM(D4:D6)", "=SUM(E4:E6)", None, None])


def b109() -> None:  # one event, two departures: the event number and the summary merged over both rows
    b = book("2022年救援任务统计（B109合并编号）", "xlsx", 2022)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    first = len(s.rows) + 1
    no, text = ev(2022), summ("合并编号")
    for i, sq in enumerate(["金州分队", "水上救援分队"]):
        task(b, s, "water", dict(event_no=no if i == 0 else None, summary=text if i == 0 else None,
                                 departure=Cell(D(2022, 9, 1, 9 + i, 0), "yyyy-mm-dd hh:mm"), headcount=5 + i, vehicles=1,
                                 squad=sq, remarks=""), truth=dict(event_no=no, summary=text))
    s.merges += [f"A{first}:A{first + 1}", f"B{first}:B{first + 1}"]


def b110() -> None:  # a month typed where the day was not known: Excel made it the 1st, the format hides the day
    b = book("2022年救援任务统计（B110只有年月）", "xlsx", 2022)
    s = b.sheet("队伍整备与设备保养")
    header(s, H7, F7)
    for i, (d, fmt, truth) in enumerate([(D(2022, 3, 1), 'yyyy"年"m"月"', R("2022年3月")), (D(2022, 4, 1), "mmm-yy", R("2022年4月")),
                                         (D(2022, 5, 1), "yyyy/m", R("2022年5月")), (D(2022, 6, 1), "yyyy-mm-dd", "2022-06-01"),
                                         (D(2022, 7, 1), 'yyyy"年"m"月"d"日"', "2022-07-01")]):
        task(b, s, "upkeep", dict(event_no="", summary=f"冲锋舟保养（B110-{i}）", departure=Cell(d, fmt), headcount=3, vehicles=0,
                                  squad="水上救援分队", remarks=""), truth=dict(departure=truth))


def b111() -> None:  # a date-time shown as its time only: the day is in the cell but no one sees it
    b = book("2022年救援任务统计（B111只显示时刻）", "xlsx", 2022)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    for d, fmt, truth in [(D(2022, 8, 5, 8, 30), "h:mm", R("2022-08-05 08:30")), (D(2022, 8, 6, 9, 0), "yyyy-mm-dd hh:mm", "2022-08-06 09:00")]:
        task(b, s, "water", dict(event_no=ev(2022), summary=summ("只显示时刻"), departure=Cell(d, fmt), headcount=3, vehicles=1,
                                 squad="水上救援分队", remarks=""), truth=dict(departure=truth))


def b112() -> None:  # sheets kept beside the real ones: 作废 (void), 备份 (backup), an Excel copy '城市搜救 (2)', 草稿
    b = book("2022年救援任务统计（B112作废备份）", "xlsx", 2022)
    real = {}
    for title, kind in [("水上救援", "water"), ("城市搜救", "urban")]:
        s = b.sheet(title)
        header(s, H7, F7)
        real[title] = []
        for i in range(3):
            cells = dict(event_no=ev(2022) if kind == "water" else "", summary=summ(f"{title}真任务{i}"),
                         departure=Cell(D(2022, 5, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"), headcount=5, vehicles=1, squad="金州分队", remarks="")
            task(b, s, kind, cells)
            real[title].append(cells)
    for title, source in [("水上救援（作废）", None), ("水上救援备份", "水上救援"), ("城市搜救 (2)", "城市搜救"), ("城市搜救草稿", None)]:
        s = b.sheet(title)
        header(s, H7, F7)
        rows = real[source] if source else [dict(event_no=ev(2022), summary=summ("作废的记录"), departure=Cell(D(2022, 6, 1, 9, 0), "yyyy-mm-dd hh:mm"),
                                                  headcount=5, vehicles=1, squad="金州分队", remarks="")]
        for cells in rows:
            not_task(b, s, [cells[f] for f in F7])


def b113() -> None:  # text columns where Excel turned the typing into a date: 3-5 in the remarks, 1-2 in the squad, 5/6 in the summary
    b = book("2022年救援任务统计（B113文字变日期）", "xlsx", 2022)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    for i, (field, cell, truth) in enumerate([("remarks", Cell(D(2022, 3, 5), 'm"月"d"日"'), R("2022-03-05")),
                                              ("squad", Cell(D(2022, 1, 2), 'm"月"d"日"'), R("2022-01-02")),
                                              ("remarks", Cell(dt.time(8, 30), "h:mm"), R("08:30")),
                                              ("remarks", "3-5级风", "3-5级风")]):
        cells = dict(event_no=ev(2022), summary=summ("文字变日期"), departure=Cell(D(2022, 7, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                     headcount=5, vehicles=1, squad="水上救援分队", remarks="")
        cells[field] = cell
        task(b, s, "water", cells, truth={field: truth})


def b114() -> None:  # the same row typed twice: an upkeep row without a number, a task with its number
    b = book("2022年救援任务统计（B114重复行）", "xlsx", 2022)
    s = b.sheet("队伍整备与设备保养")
    header(s, H7, F7)
    for _ in range(2):
        task(b, s, "upkeep", dict(event_no="", summary="冲锋舟发动机保养（B114）", departure=Cell(D(2022, 9, 3, 9, 0), "yyyy-mm-dd hh:mm"),
                                  headcount=3, vehicles=0, squad="水上救援分队", remarks=""))
    s = b.sheet("水上救援")
    header(s, H7, F7)
    for _ in range(2):
        task(b, s, "water", dict(event_no="WZ2022-0914", summary="渔船失联搜寻（B114）", departure=Cell(D(2022, 9, 14, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=8, vehicles=2, squad="水上救援分队", remarks=""))


def b115() -> None:  # a small tally beside the table (分队 | 次数), and under it
    b = book("2022年救援任务统计（B115旁边的统计）", "xlsx", 2022)
    s = b.sheet("城市搜救")
    header(s, H7 + [None, "分队", "次数"], F7 + [None, "_t1", "_t2"])
    tallies = [("金州分队", 2), ("甘井子分队", 1)]
    for i in range(3):
        extra = {"_t1": tallies[i][0], "_t2": tallies[i][1]} if i < len(tallies) else {}
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("旁边的统计"), departure=Cell(D(2022, 10, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad="金州分队" if i != 1 else "甘井子分队", remarks=""), extra=extra)
    row(s, [])
    not_task(b, s, ["分队出队统计", None, None, None, None, None, None])
    not_task(b, s, ["金州分队", 2, None, 10, 2])
    not_task(b, s, ["甘井子分队", 1, None, 5, 1])


def b116() -> None:  # last year's sheet kept in this year's book: text dates without a year on it
    b = book("2022年救援任务统计（B116去年的表）", "xlsx", 2022)
    s = b.sheet("2021年水上救援")
    header(s, H7, F7)
    for d, t in (("12月5日 9:00", "2021-12-05 09:00"), ("12月6日 10:00", "2021-12-06 10:00")):
        task(b, s, "water", dict(event_no=ev(2021), summary=summ("去年的表"), departure=d, headcount=5, vehicles=1,
                                 squad="水上救援分队", remarks=""), truth=dict(departure=t))
    s = b.sheet("水上救援")
    header(s, H7, F7)
    task(b, s, "water", dict(event_no=ev(2022), summary=summ("今年的表"), departure="3月5日 9:00", headcount=5, vehicles=1,
                             squad="水上救援分队", remarks=""), truth=dict(departure="2022-03-05 09:00"))


# ---------------------------------------------------------------- held out: written after the fixes, run once

def b120() -> None:  # a month typed into the date column of a date | time pair
    b = book("2022年救援任务统计（B120年月加时刻）", "xlsx", 2022)
    s = b.sheet("队伍整备与设备保养")
    header(s, ["事件编号", "事件摘要", "日期", "时间", "出队人数", "出队车次", "分队名称", "备注"],
           ["event_no", "summary", "_date", "_time", "headcount", "vehicles", "squad", "remarks"])
    for i, (d, fmt, t, truth) in enumerate([(D(2022, 3, 1), 'yyyy"年"m"月"', "9:00", R("2022年3月 9:00")),
                                            (D(2022, 4, 1), "yyyy-mm-dd", "9:00", "2022-04-01 09:00"),
                                            (D(2022, 5, 1), "mmm-yy", None, R("2022年5月"))]):
        task(b, s, "upkeep", dict(event_no="", summary=f"器材盘点（B120-{i}）", headcount=4, vehicles=0, squad="水上救援分队", remarks=""),
             truth=dict(departure=truth), extra=dict(_date=Cell(d, fmt), _time=t))


def b121() -> None:  # next year's dates under a format without the year, in a date column beside a time column
    b = book("2022年救援任务统计（B121日期列隐藏年份）", "xls", 2022)
    s = b.sheet("山地救援")
    header(s, ["事件编号", "事件摘要", "出队日期", "出队时间", "出队人数", "出队车次", "分队名称", "备注"],
           ["event_no", "summary", "_date", "_time", "headcount", "vehicles", "squad", "remarks"])
    for d, t, truth in [(dt.date(2023, 6, 3), "20:00", R("2023-06-03 20:00")), (dt.date(2022, 6, 4), "21:00", "2022-06-04 21:00")]:
        task(b, s, "mountain", dict(event_no=ev(2022), summary=summ("日期列隐藏年份"), headcount=9, vehicles=2, squad="山地救援分队", remarks=""),
             truth=dict(departure=truth), extra=dict(_date=Cell(d, 'm"月"d"日"'), _time=t))


def b122() -> None:  # squads in other hands
    b = book("2022年救援任务统计（B122分队再写法）", "ods", 2022)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    cases = [("金州、甘井子、旅顺等分队", R("金州、甘井子、旅顺等分队")), ("金州分队与甘井子分队", R("金州分队与甘井子分队")),
             ("一、二分队", "一分队、二分队"), ("金州分队（3人）", R("金州分队（3人）")), ("金州分队;甘井子分队", "金州分队、甘井子分队")]
    for i, (cell, truth) in enumerate(cases):
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("分队再写法"), departure=Cell(D(2022, 7, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad=cell, remarks=""), truth=dict(squad=truth))


def b123() -> None:  # long numbers in the remarks and the event number; phone numbers
    b = book("2022年救援任务统计（B123长数字）", "xlsx", 2022)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    for i, (no, remark, tno, tremark) in enumerate([(1234567890123456, 210202199001011234, R("1234567890123456"), R("210202199001011234")),
                                                    (20220801, 13800001111, "20220801", "13800001111")]):
        task(b, s, "water", dict(event_no=no, summary=summ("长数字"), departure=Cell(D(2022, 8, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad="水上救援分队", remarks=remark),
             truth=dict(event_no=tno, remarks=R(str(int(float(remark)))) if isinstance(tremark, R) else tremark))


def b124() -> None:  # copies named by Excel and WPS: 水上救援 (2), 水上救援 (3), 城市搜救 - 副本, Copy of 山地救援
    b = book("2022年救援任务统计（B124复制的表）", "xlsx", 2022)
    real = []
    s = b.sheet("水上救援")
    header(s, H7, F7)
    for i in range(2):
        cells = dict(event_no="", summary=f"码头巡查（B124-{i}）", departure=Cell(D(2022, 9, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                     headcount=3, vehicles=1, squad="水上救援分队", remarks="")
        task(b, s, "water", cells)
        real.append(cells)
    for title in ("水上救援 (2)", "水上救援 (3)", "城市搜救 - 副本", "Copy of 山地救援"):
        c = b.sheet(title)
        header(c, H7, F7)
        for cells in real:
            not_task(b, c, [cells[f] for f in F7])


def b125() -> None:  # month-only and part-of-month texts in the departure column
    b = book("2022年救援任务统计（B125月份文字）", "xls", 2022)
    s = b.sheet("培训保障")
    header(s, H7, F7)
    for text in (["2022.3", "2022年3月份", "2022年3月上旬", "3月中旬", "2022年第一季度", "2022-03"]):
        task(b, s, "training", dict(event_no=ev(2022), summary=summ("月份文字"), departure=text, headcount=20, vehicles=2,
                                    squad="培训保障分队", remarks=""), truth=dict(departure=R(text)))


def b126() -> None:  # TRUE, a time and a date where a text was typed: summary, remarks
    b = book("2022年救援任务统计（B126逻辑值）", "xlsx", 2022)
    s = b.sheet("疫情防控")
    header(s, H7, F7)
    for i, (field, cell, truth) in enumerate([("remarks", True, R("TRUE")), ("remarks", dt.time(8, 30), R("08:30")),
                                              ("remarks", Cell(D(2022, 10, 1), "yyyy/m/d"), R("2022-10-01"))]):
        cells = dict(event_no=ev(2022), summary=summ("逻辑值"), departure=Cell(D(2022, 10, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                     headcount=5, vehicles=1, squad="疫情防控分队", remarks="")
        cells[field] = cell
        task(b, s, "epidemic", cells, truth={field: truth})


def b127() -> None:  # month sheets, a kind merged down the rows, next year's dates without the year shown
    b = book("2022年救援任务统计（B127合并类别与年份）", "ods", 2022)
    s = b.sheet("12月")
    header(s, ["任务类型", "事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"],
           ["_kind", "event_no", "summary", "departure", "headcount", "vehicles", "squad", "remarks"])
    first = len(s.rows) + 1
    for i, (d, truth) in enumerate([(D(2022, 12, 28, 9, 0), "2022-12-28 09:00"), (D(2023, 12, 29, 9, 0), R("2023-12-29 09:00")),
                                    (D(2022, 12, 30, 9, 0), "2022-12-30 09:00")]):
        task(b, s, "water", dict(event_no=ev(2022), summary=summ("年末"), departure=Cell(d, 'm"月"d"日" hh:mm'), headcount=5, vehicles=1,
                                 squad="水上救援分队", remarks=""), truth=dict(departure=truth), extra=dict(_kind="水上救援" if i == 0 else None))
    s.merges.append(f"A{first}:A{first + 2}")


def b128() -> None:  # counts shown through formats with words: 12 shown 12人, 0 shown 0辆
    b = book("2022年救援任务统计（B128计数格式）", "xlsx", 2022)
    s = b.sheet("山地救援")
    header(s, H7, F7)
    for i, (hc, vh) in enumerate([(Cell(12, '0"人"'), Cell(0, '0"辆"')), (Cell(7, '0" 人"'), Cell(2, '0"台次"'))]):
        task(b, s, "mountain", dict(event_no=ev(2022), summary=summ("计数格式"), departure=Cell(D(2022, 11, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=hc, vehicles=vh, squad="山地救援分队", remarks=""),
             truth=dict(headcount=hc.value, vehicles=vh.value))


def b129() -> None:  # a date reformatted to show the month only: the day is in the cell
    b = book("2022年救援任务统计（B129改格式）", "xlsx", 2022)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    task(b, s, "water", dict(event_no=ev(2022), summary=summ("改格式"), departure=Cell(D(2022, 3, 15), 'yyyy"年"m"月"'), headcount=5,
                             vehicles=1, squad="水上救援分队", remarks=""), truth=dict(departure="2022-03-15"))


def b130() -> None:  # last December's month sheet in this year's book, text dates
    b = book("2022年救援任务统计（B130去年十二月）", "xlsx", 2022)
    for title, d, truth in [("2021年12月", "12月28日 9:00", "2021-12-28 09:00"), ("2022年1月", "1月3日 9:00", "2022-01-03 09:00")]:
        s = b.sheet(title)
        header(s, ["事件编号", "类别", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"],
               ["event_no", "_kind", "summary", "departure", "headcount", "vehicles", "squad", "remarks"])
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("月表"), departure=d, headcount=5, vehicles=1, squad="金州分队", remarks=""),
             truth=dict(departure=truth), extra=dict(_kind="城市搜救"))


FIRST = [b87, b88, b89, b90, b91, b92, b93, b94, b95, b96, b97, b98, b99, b100,
         b101, b102, b103, b104, b105, b106, b107, b108, b109, b110, b111, b112, b113, b114, b115, b116]
HELD_OUT = [b120, b121, b122, b123, b124, b125, b126, b127, b128, b129, b130]


if __name__ == "__main__":
    held = "--held-out" in sys.argv
    if held:
        sys.argv.remove("--held-out")
    for _f in (HELD_OUT if held else FIRST):
        _f()
    sys.exit(bt.main())
