#!/usr/bin/env python3
"""A blind trial of the workbook importer: workbooks in other hands, written by LibreOffice.

    PYTHONPATH=$PWD python bench/blind_trial.py --all-formats [--out DIR] [--only B07 B35 ...]
    PYTHONPATH=$PWD python bench/blind_trial.py --all-formats --files DIR/files --code OTHER_CHECKOUT
    PYTHONPATH=$PWD python bench/blind_trial.py --corpus tests/data/corpus     # the 2021-blind-* corpus files

--all-formats saves every workbook as .xlsx, .xls and .ods (else each in one format); --files
re-checks files written before; --code tries the wz_desktop of another checkout (e.g. `git archive
e11b5fd wz_desktop resources | tar -x -C /tmp/before`: the importer before this trial).

Each workbook below is first written with openpyxl (the source: merged cells, hidden rows and
sheets, formulas without saved results), then opened and saved by LibreOffice itself
(`soffice --headless --convert-to xlsx|xls|ods`), so that the file the importer reads is really
LibreOffice's. Beside each, a truth: what every task must become. A truth value wrapped in R()
is a text that cannot be read whole: the task must keep it raw AND the report must flag it.

Every workbook is imported through the command line into a fresh database, its year(s) exported
back, and every task compared field by field with the truth:

  right          every field equal to the truth (and a raw value is flagged in the report)
  flagged        a field differs, but the report has an entry for that row (a reader said so)
  silently wrong a field differs and the report says nothing about that row; or a task missing
                 without a report entry; or a row that is not a task (a total, a footer) stored
  traceback      the command line failed

Prints one line per workbook and the totals; exit 0 only when nothing is silently wrong and no
command failed. The classes are those of issue 10, not its examples.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

PY = sys.executable
HERE = Path(__file__).resolve().parent.parent
CODE = HERE  # the checkout whose importer is tried (--code: another one, e.g. before a fix)
SHEETS = ["水上救援", "城市搜救", "山地救援", "培训保障", "疫情防控", "队伍整备与设备保养"]
KIND = dict(water="水上救援", urban="城市搜救", mountain="山地救援", training="培训保障",
            epidemic="疫情防控", upkeep="队伍整备与设备保养")
FIELDS = ["event_no", "summary", "departure", "headcount", "vehicles", "squad", "remarks"]
H7 = ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]
F7 = FIELDS


@dataclass(frozen=True)
class R:
    """A truth that is the cell's raw text, kept raw and flagged."""
    text: str


@dataclass
class Cell:
    value: Any
    fmt: str | None = None


@dataclass
class Sheet:
    title: str
    hidden: bool = False
    rows: list[list[Any]] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    columns: list[str | None] = field(default_factory=list)   # field of each column of the header


@dataclass
class Book:
    name: str          # file name without extension
    fmt: str           # xlsx | xls | ods
    year: int
    sheets: list[Sheet] = field(default_factory=list)
    truth: list[dict[str, Any]] = field(default_factory=list)
    not_tasks: list[tuple[str, int]] = field(default_factory=list)   # rows that must not be stored
    csv: str | None = None   # a CSV source instead of openpyxl
    epoch1904: bool = False  # written in the 1904 date system (Excel for Mac)

    def sheet(self, title: str, hidden: bool = False) -> Sheet:
        s = Sheet(title, hidden)
        self.sheets.append(s)
        return s


def row(sh: Sheet, cells: list[Any]) -> int:
    sh.rows.append(list(cells))
    return len(sh.rows)


def header(sh: Sheet, names: list[Any], fields: list[str | None]) -> int:
    sh.columns = list(fields)
    return row(sh, names)


def canon(v: Any) -> Any:
    if isinstance(v, Cell):
        v = v.value
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M")
    if isinstance(v, dt.date):
        return v.strftime("%Y-%m-%d")
    if isinstance(v, str):
        return v.strip()
    return v


def task(book: Book, sh: Sheet, kind: str, cells: dict[str, Any], truth: dict[str, Any] | None = None,
         extra: dict[str, Any] | None = None) -> int:
    """One task row. cells: by field (and by extra column name); truth: overrides of canon(cell)."""
    truth = dict(truth or {})
    values = []
    for f in sh.columns:
        if f is None:
            values.append(None)
        elif f in cells:
            values.append(cells[f])
        elif extra and f in extra:
            values.append(extra[f])
        else:
            values.append(None)
    n = row(sh, values)
    t: dict[str, Any] = {"sheet": KIND[kind]}
    for f in FIELDS:
        if f in truth:
            t[f] = truth[f]
        else:
            v = canon(cells.get(f))
            if f in ("headcount", "vehicles"):
                t[f] = v if isinstance(v, int) or v is None else v
            else:
                t[f] = "" if v is None else v
    t["_src"] = [sh.title, n]
    book.truth.append(t)
    return n


def not_task(book: Book, sh: Sheet, cells: list[Any]) -> int:
    n = row(sh, cells)
    book.not_tasks.append((sh.title, n))
    return n


D = dt.datetime
BOOKS: list[Book] = []


def book(name: str, fmt: str, year: int) -> Book:
    b = Book(name, fmt, year)
    BOOKS.append(b)
    return b


_n = [0]


def ev(y: int = 2021) -> str:
    _n[0] += 1
    return f"WZ{y}-{_n[0]:04d}"


def summ(s: str) -> str:
    return f"{s}（{_n[0]}）"


# ---------------------------------------------------------------- the workbooks

def b01() -> None:   # title rows, header on row 4
    b = book("2021年度任务台账（B01标题多行）", "xlsx", 2021)
    s = b.sheet("水上救援")
    row(s, ["大连万众应急救援队2021年水上救援任务统计表"])
    s.merges.append("A1:G1")
    row(s, ["填报单位：秘书处", None, None, None, "填报日期：2022年1月5日"])
    row(s, [])
    header(s, H7, F7)
    for d, hc, vh, sq in [(D(2021, 3, 5, 14, 30), 12, 3, "金州分队"), (D(2021, 4, 1, 9, 0), 8, 2, "甘井子分队"),
                          (D(2021, 5, 2, 20, 15), 15, 0, "水上救援分队")]:
        task(b, s, "water", dict(event_no=ev(), summary=summ("星海湾游客落水救援"), departure=Cell(d, "yyyy-mm-dd hh:mm"),
                                 headcount=hc, vehicles=vh, squad=sq, remarks=""))


def b02() -> None:   # header on row 6, 序号 and 联系人 columns
    b = book("2021年救援任务统计（B02）", "xls", 2021)
    s = b.sheet("城市搜救")
    row(s, ["2021年城市搜救任务统计"])
    row(s, ["说明：本表由各分队每月汇总"])
    row(s, ["统计口径：出队即计"])
    row(s, [])
    row(s, ["单位：人、台次"])
    header(s, ["序号", "事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "联系人", "备注"],
           ["_seq", *F7[:6], "_contact", "remarks"])
    for i, (d, hc) in enumerate([(D(2021, 2, 1, 8, 0), 20), (D(2021, 2, 3, 19, 45), 31), (D(2021, 2, 9, 6, 5), 7)], 1):
        task(b, s, "urban", dict(event_no=ev(), summary=summ("甘井子区老人走失搜寻"), departure=Cell(d, "yyyy-mm-dd hh:mm"),
                                 headcount=hc, vehicles=2, squad="甘井子分队", remarks="寻回", _seq=i,
                                 _contact="王女士 13800001111"))


def b03() -> None:   # two-row merged header: groups over 人数 | 车次
    b = book("2021年任务统计（B03两行表头）", "ods", 2021)
    s = b.sheet("山地救援")
    row(s, ["2021年山地救援"])
    s.merges.append("A1:G1")
    row(s, ["基本信息", None, None, "出队情况", None, "分队", "备注"])
    header(s, ["事件编号", "事件摘要", "出队时间", "人数", "车次", "分队", None], F7)
    s.merges += ["A2:C2", "D2:E2", "G2:G3"]
    for d, hc, vh in [(D(2021, 6, 1, 21, 0), 18, 4), (D(2021, 6, 7, 2, 30), 25, 6), (D(2021, 7, 1, 10, 0), 9, 0)]:
        task(b, s, "mountain", dict(event_no=ev(), summary=summ("大黑山驴友迷路夜间搜救"), departure=Cell(d, "yyyy-mm-dd hh:mm"),
                                    headcount=hc, vehicles=vh, squad="山地救援分队", remarks="平安下山"))


def b04() -> None:   # extra columns, order shuffled
    b = book("2021年救援任务（B04列序打乱）", "xlsx", 2021)
    s = b.sheet("水上救援")
    names = ["分队名称", "出队时间", "事件摘要", "天气", "出队人数", "地点", "事件编号", "负责人", "出队车次", "类型", "备注"]
    fields = ["squad", "departure", "summary", "_w", "headcount", "_p", "event_no", "_lead", "vehicles", "_type", "remarks"]
    header(s, names, fields)
    for d, hc, vh in [(D(2021, 8, 1, 15, 0), 6, 1), (D(2021, 8, 2, 11, 20), 14, 3), (D(2021, 8, 3, 23, 50), 10, 2)]:
        task(b, s, "water", dict(event_no=ev(), summary=summ("棒棰岛附近渔船失去动力"), departure=Cell(d, "yyyy-mm-dd hh:mm"),
                                 headcount=hc, vehicles=vh, squad="水上救援分队", remarks="拖带回港",
                                 _w="小雨", _p="棒棰岛", _lead="刘强", _type="船只遇险"))


def b05() -> None:   # 出队日期 + 出队时间 as date and time cells
    b = book("2021年救援任务统计（B05日期时间分列）", "xls", 2021)
    s = b.sheet("城市搜救")
    header(s, ["事件编号", "事件摘要", "出队日期", "出队时间", "出队人数", "出队车次", "分队名称", "备注"],
           ["event_no", "summary", "_date", "_time", "headcount", "vehicles", "squad", "remarks"])
    for d, t, tr in [(dt.date(2021, 9, 1), dt.time(14, 30), "2021-09-01 14:30"),
                     (dt.date(2021, 9, 2), dt.time(7, 5), "2021-09-02 07:05"),
                     (dt.date(2021, 9, 3), None, "2021-09-03"),
                     (dt.date(2021, 9, 4), "21:40", "2021-09-04 21:40")]:
        task(b, s, "urban", dict(event_no=ev(), summary=summ("沙河口区少年离家出走"), headcount=5, vehicles=1,
                                 squad="沙河口分队", remarks=""),
             truth=dict(departure=tr),
             extra=dict(_date=Cell(d, "yyyy/m/d"), _time=Cell(t, "hh:mm") if isinstance(t, dt.time) else t))


def b06() -> None:   # split date and time as texts in people's hands
    b = book("2021年任务（B06分列文字）", "ods", 2021)
    s = b.sheet("山地救援")
    header(s, ["编号", "摘要", "出队日期", "出队时间", "人数", "车次", "分队名称", "备注"],
           ["event_no", "summary", "_date", "_time", "headcount", "vehicles", "squad", "remarks"])
    for d, t, tr in [("2021年10月5日", "下午3点", "2021-10-05 15:00"), ("2021.10.6", "15时20分", "2021-10-06 15:20"),
                     ("10月7日", "晚上8:30", "2021-10-07 20:30"), ("2021/10/8", "凌晨1:15", "2021-10-08 01:15"),
                     ("2021-10-09", "不详", "2021-10-09")]:
        task(b, s, "mountain", dict(event_no=ev(), summary=summ("南部山区登山者受伤"), headcount=11, vehicles=3,
                                    squad="山地救援分队", remarks=""),
             truth=dict(departure=tr), extra=dict(_date=d, _time=t))


def b07() -> None:   # 上午/下午/晚上/凌晨/中午 in one cell
    b = book("2021年救援任务统计（B07上下午）", "xlsx", 2021)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    for c, tr in [("2021年3月5日下午3:45", "2021-03-05 15:45"), ("2021/3/6 晚上8点", "2021-03-06 20:00"),
                  ("2021-03-07 凌晨2:10", "2021-03-07 02:10"), ("2021年3月8日 中午12:30", "2021-03-08 12:30"),
                  ("2021.3.9 上午10时", "2021-03-09 10:00"), ("3月10日下午4点20分", "2021-03-10 16:20"),
                  ("2021年3月11日 晚上11:05", "2021-03-11 23:05"), ("2021-03-12 下午 2:00", "2021-03-12 14:00")]:
        task(b, s, "water", dict(event_no=ev(), summary=summ("金石滩游客被困礁石"), departure=c, headcount=8,
                                 vehicles=2, squad="金州分队", remarks=""), truth=dict(departure=tr))


def b08() -> None:   # AM/PM
    b = book("2022年救援任务统计（B08 AMPM）", "xls", 2022)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    for c, tr in [("2022/1/2 3:45 PM", "2022-01-02 15:45"), ("2022/1/3 3:45 AM", "2022-01-03 03:45"),
                  ("2022/1/4 12:10 AM", "2022-01-04 00:10"), ("2022/1/5 12:30 PM", "2022-01-05 12:30"),
                  ("2022-01-06 9:05 pm", "2022-01-06 21:05"), ("1/7/2022 10:00 PM", R("1/7/2022 10:00 PM")),
                  ("2022年1月8日 8:15PM", "2022-01-08 20:15")]:
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("中山区老人走失"), departure=c, headcount=9,
                                 vehicles=2, squad="中山分队", remarks=""), truth=dict(departure=tr))


def b09() -> None:   # weekdays
    b = book("2022年救援任务统计（B09星期）", "ods", 2022)
    s = b.sheet("培训保障")
    header(s, H7, F7)
    for c, tr in [("2022年1月8日星期六 18:50", "2022-01-08 18:50"), ("2022年1月9日 周日 08:00", "2022-01-09 08:00"),
                  ("2022-01-10(一) 9:30", "2022-01-10 09:30"), ("2022年1月11日（星期二）", "2022-01-11"),
                  ("2022/1/12 周三 下午2点", "2022-01-12 14:00"), ("2022年1月13日 礼拜四", "2022-01-13"),
                  ("2022年1月14日星期一 10:00", R("2022年1月14日星期一 10:00"))]:   # the 14th is a Friday
        task(b, s, "training", dict(event_no=ev(2022), summary=summ("大连理工大学急救培训"), departure=c, headcount=4,
                                    vehicles=1, squad="高新园区分队", remarks="AED演示"), truth=dict(departure=tr))


def b10() -> None:   # Chinese numerals in dates
    b = book("2022年救援任务统计（B10中文数字）", "xlsx", 2022)
    s = b.sheet("疫情防控")
    header(s, H7, F7)
    for c, tr in [("二〇二二年三月五日", "2022-03-05"), ("三月六日", "2022-03-06"), ("二〇二二年三月十七日 14:30", "2022-03-17 14:30"),
                  ("三月二十一日下午三点", "2022-03-21 15:00"), ("二零二二年三月三十一日", "2022-03-31"),
                  ("三月上旬", R("三月上旬"))]:
        task(b, s, "epidemic", dict(event_no=ev(2022), summary=summ("核酸采样点秩序维护"), departure=c, headcount=30,
                                    vehicles=0, squad="甘井子分队", remarks=""), truth=dict(departure=tr))


def b11() -> None:   # Excel serials stored as text, numbers stored as text
    b = book("2021年救援任务统计（B11序列号文本）", "ods", 2021)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    for c, tr in [("44260.6041666667", "2021-03-05 14:30"), ("44261", "2021-03-06"), (" 44262.375 ", "2021-03-07 09:00")]:
        task(b, s, "water", dict(event_no=ev(), summary=summ("夏家河子海域搜寻"), departure=c, headcount="12",
                                 vehicles="3", squad="水上救援分队", remarks=""),
             truth=dict(departure=tr, headcount=12, vehicles=3))
    task(b, s, "water", dict(event_no="20210153", summary=summ("数字编号文本"), departure=Cell(D(2021, 3, 8, 10, 0), "yyyy-mm-dd hh:mm"),
                             headcount=4, vehicles=1, squad="水上救援分队", remarks=""))
    task(b, s, "water", dict(event_no=20210154, summary=summ("数字编号数值"), departure=Cell(D(2021, 3, 9, 10, 0), "yyyy-mm-dd hh:mm"),
                             headcount=4, vehicles=1, squad="水上救援分队", remarks=""), truth=dict(event_no="20210154"))


def b12() -> None:   # date ranges: not one departure
    b = book("2021年救援任务统计（B12日期范围）", "xlsx", 2021)
    s = b.sheet("培训保障")
    header(s, H7, F7)
    for c in ["3月5日-3月7日", "2021.3.8—3.9", "3月10日至12日", "2021年3月13日~2021年3月14日", "2021/3/15-16"]:
        task(b, s, "training", dict(event_no=ev(), summary=summ("马拉松赛事安全保障"), departure=c, headcount=40,
                                    vehicles=5, squad="开发区分队", remarks=""), truth=dict(departure=R(c)))
    task(b, s, "training", dict(event_no=ev(), summary=summ("单日保障"), departure="2021年3月20日 7:00", headcount=20,
                                vehicles=2, squad="开发区分队", remarks=""), truth=dict(departure="2021-03-20 07:00"))


def b13() -> None:   # counts in many hands
    b = book("2021年救援任务统计（B13人数写法）", "xls", 2021)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    cases = [("16.0", "3.0", 16, 3), ("二十", "两台", 20, 2), ("两人", "一", 2, 1), ("约10人", "3", 10, 3),
             ("10余人", "2", R("10余人"), 2), ("3-5人", "1", R("3-5人"), 1), ("十二", "零", 12, 0),
             ("二十三人", "4辆", 23, 4), ("１２", "０", 12, 0), ("12（含队长1人）", "2", 12, 2), ("5+2", "1", R("5+2"), 1),
             (16.0, 3.0, 16, 3), ("8 人", "2 台次", 8, 2)]
    for hc, vh, thc, tvh in cases:
        task(b, s, "urban", dict(event_no=ev(), summary=summ("西岗区儿童走失"), departure=Cell(D(2021, 5, 1 + len(b.truth), 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=hc, vehicles=vh, squad="西岗分队", remarks=""),
             truth=dict(headcount=thc, vehicles=tvh))


def b14() -> None:   # placeholders
    b = book("2021年救援任务统计（B14占位符）", "ods", 2021)
    s = b.sheet("山地救援")
    header(s, H7, F7)
    for hc, vh, sq, rm in [("—", "/", "山地救援分队", "无"), ("不详", "N/A", "/", "—"), ("－", "——", "无", "/"),
                           ("/", "不详", "山地救援分队", "N/A"), ("n/a", "-", "山地救援分队", "暂无")]:
        task(b, s, "mountain", dict(event_no=ev(), summary=summ("老铁山迷路"), departure=Cell(D(2021, 6, 1 + len(b.truth), 16, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=hc, vehicles=vh, squad=sq, remarks=rm),
             truth=dict(headcount=None, vehicles=None, squad="" if sq in ("/", "无") else sq,
                        remarks="" if rm in ("无", "—", "/", "N/A", "暂无") else rm))
    task(b, s, "mountain", dict(event_no=ev(), summary=summ("出队时间不详"), departure="不详", headcount=3, vehicles=1,
                                squad="山地救援分队", remarks=""), truth=dict(departure=R("不详")))


def b15() -> None:   # subtotal and total rows in many forms
    b = book("2021年救援任务统计（B15合计行）", "xlsx", 2021)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    def t(m: int, d: int, hc: int, vh: int) -> None:
        task(b, s, "water", dict(event_no=ev(), summary=summ("海上遇险渔民救助"), departure=Cell(D(2021, m, d, 10, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=hc, vehicles=vh, squad="水上救援分队", remarks=""))
    t(3, 1, 5, 1)
    t(3, 9, 7, 2)
    not_task(b, s, ["3月合计", None, None, 12, 3])
    t(4, 2, 4, 1)
    t(4, 20, 6, 1)
    not_task(b, s, [None, "四月小计", None, 10, 2])
    t(5, 3, 9, 2)
    not_task(b, s, [None, "本页合计", None, 9, 2])
    t(6, 4, 3, 1)
    t(6, 5, 2, 0)
    not_task(b, s, [None, None, None, 5, 1])          # a bare row of sums
    not_task(b, s, ["总 计", None, None, 36, 9])
    not_task(b, s, ["合计：", "共9起", None, "36人次", "9台次"])
    not_task(b, s, ["第二季度合计", None, None, 24, 6])


def b16() -> None:   # footers
    b = book("2021年救援任务统计（B16表尾）", "xls", 2021)
    s = b.sheet("城市搜救")
    row(s, ["2021年城市搜救任务"])
    header(s, H7, F7)
    for d in [D(2021, 7, 1, 8, 0), D(2021, 7, 2, 9, 0)]:
        task(b, s, "urban", dict(event_no=ev(), summary=summ("暴雨积水转移群众"), departure=Cell(d, "yyyy-mm-dd hh:mm"),
                                 headcount=22, vehicles=4, squad="中山分队", remarks=""))
    row(s, [])
    not_task(b, s, ["制表人：张三", None, None, None, "审核人：李四"])
    not_task(b, s, ["注：1. 出队人数含带队队长；2. 车次按往返计。"])
    not_task(b, s, ["填表日期：2022年1月5日"])
    not_task(b, s, [None, "填报单位（盖章）：大连万众应急救援队", "2022年1月6日"])


def b17() -> None:   # hidden rows and a hidden sheet
    b = book("2021年救援任务统计（B17隐藏）", "xlsx", 2021)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    for i in range(4):
        n = task(b, s, "water", dict(event_no=ev(), summary=summ("老虎滩附近游客落水"), departure=Cell(D(2021, 7, 10 + i, 13, 0), "yyyy-mm-dd hh:mm"),
                                     headcount=6, vehicles=1, squad="水上救援分队", remarks=""))
        if i in (1, 2):
            s.hidden_rows.add(n)
    h = b.sheet("山地救援", hidden=True)
    header(h, H7, F7)
    for i in range(2):
        task(b, h, "mountain", dict(event_no=ev(), summary=summ("隐藏表中的任务"), departure=Cell(D(2021, 8, 1 + i, 13, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=7, vehicles=2, squad="山地救援分队", remarks=""))


def b18() -> None:   # one kind over several sheets
    b = book("2021年救援任务统计（B18续表）", "ods", 2021)
    for title, kind in [("水上救援", "water"), ("水上救援(续)", "water"), ("水上救援2", "water"), ("城市搜救 续表", "urban"),
                        ("城市搜救（二）", "urban")]:
        s = b.sheet(title)
        header(s, H7, F7)
        for _ in range(2):
            task(b, s, kind, dict(event_no=ev(), summary=summ(f"{title}的任务"), departure=Cell(D(2021, 9, len(b.truth) + 1, 10, 0), "yyyy-mm-dd hh:mm"),
                                  headcount=5, vehicles=1, squad="金州分队", remarks=""))


def b19() -> None:   # one sheet, a 类别 column
    b = book("2021年救援任务统计（B19类别列）", "xlsx", 2021)
    s = b.sheet("任务登记")
    header(s, ["序号", "类别", *H7], ["_seq", "_kind", *F7])
    for i, (k, kind) in enumerate([("水上救援", "water"), ("城市搜救", "urban"), ("山地", "mountain"), ("培训", "training"),
                                   ("疫情防控", "epidemic"), ("装备保养", "upkeep"), ("水上", "water")], 1):
        task(b, s, kind, dict(event_no=ev(), summary=summ("类别列中的任务"), departure=Cell(D(2021, 10, i, 10, 0), "yyyy-mm-dd hh:mm"),
                              headcount=5, vehicles=1, squad="旅顺分队", remarks="", _seq=i, _kind=k))


def b20() -> None:   # formulas with saved results, =SUM totals
    b = book("2021年救援任务统计（B20公式）", "xls", 2021)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    for i in range(3):
        task(b, s, "urban", dict(event_no=f'="WZ2021-"&TEXT({900 + i},"0000")', summary=summ("公式生成的任务"),
                                 departure=Cell(f"=DATE(2021,11,{i + 1})+TIME(14,{10 * i},0)", "yyyy-mm-dd hh:mm"),
                                 headcount=f"=3+{i}", vehicles=f"=ROUND({i}*1.4,0)", squad="中山分队", remarks=""),
             truth=dict(event_no=f"WZ2021-{900 + i:04d}", departure=f"2021-11-{i + 1:02d} 14:{10 * i:02d}",
                        headcount=3 + i, vehicles=round(i * 1.4)))
    not_task(b, s, ["合计", None, None, "=SUM(D2:D4)", "=SUM(E2:E4)"])


def b21() -> None:   # merged squad cells and merged dates (ods too)
    for fmt in ("ods", "xlsx"):
        b = book(f"2021年救援任务统计（B21合并单元格{fmt}）", fmt, 2021)
        s = b.sheet("山地救援")
        header(s, ["事件编号", "事件摘要", "出队日期", "出队时间", "出队人数", "出队车次", "分队名称", "备注"],
               ["event_no", "summary", "_date", "_time", "headcount", "vehicles", "squad", "remarks"])
        start = len(s.rows) + 1
        for i in range(4):
            task(b, s, "mountain", dict(event_no=ev(), summary=summ("大黑山联合搜救"), headcount=10, vehicles=2,
                                        squad="山地救援分队" if i == 0 else None, remarks=""),
                 truth=dict(squad="山地救援分队", departure=f"2021-06-{12 if i < 2 else 13} {8 + i:02d}:00"),
                 extra=dict(_date=Cell(dt.date(2021, 6, 12 if i < 2 else 13), "yyyy-mm-dd") if i in (0, 2) else None,
                            _time=f"{8 + i}:00"))
        s.merges += [f"G{start}:G{start + 3}", f"C{start}:C{start + 1}", f"C{start + 2}:C{start + 3}"]


def b22() -> None:   # full-width digits, trailing spaces, spaced headers
    b = book("2021年救援任务统计（B22全角空格）", "ods", 2021)
    s = b.sheet("水上救援 ")
    header(s, ["事件编号 ", " 事件摘要", "出 队 时 间", "出队人数（人）", "出队车次（台）", "分队名称　", "备注"], F7)
    for c, tr in [("２０２１年３月５日　１４：３０", "2021-03-05 14:30"), ("2021-03-06 09：05", "2021-03-06 09:05"),
                  ("２０２１．３．７", "2021-03-07"), ("2021/3/8  10:00 ", "2021-03-08 10:00")]:
        e = ev()
        task(b, s, "water", dict(event_no=e + " ", summary=summ("付家庄浴场溺水") + "  ", departure=c, headcount="１５",
                                 vehicles="３ ", squad="水上救援分队 ", remarks=" 家属到场 "),
             truth=dict(event_no=e, departure=tr, headcount=15, vehicles=3))


def b23() -> None:   # line breaks inside cells
    b = book("2021年救援任务统计（B23换行）", "xlsx", 2021)
    s = b.sheet("城市搜救")
    header(s, ["事件编号", "事件\n摘要", "出队\n时间", "出队\n人数", "出队\n车次", "分队\n名称", "备注"], F7)
    task(b, s, "urban", dict(event_no=ev(), summary=summ("老人走失"), departure="2021-04-05\n14:30", headcount="12\n（含队长）",
                             vehicles="2", squad="金州分队\n甘井子分队", remarks="寻回"),
         truth=dict(departure="2021-04-05 14:30", headcount=12, vehicles=2, squad="金州分队、甘井子分队"))
    task(b, s, "urban", dict(event_no=ev(), summary=summ("少年离家"), departure="2021年4月6日\n下午2点", headcount="6",
                             vehicles="1", squad="中山分队", remarks="第一次出队\n第二次复查"),
         truth=dict(departure="2021-04-06 14:00", headcount=6, vehicles=1, remarks="第一次出队\n第二次复查"))
    task(b, s, "urban", dict(event_no=ev(), summary=summ("两次出队"), departure="2021-04-07 10:00\n2021-04-08 09:00", headcount="6",
                             vehicles="1", squad="中山分队", remarks=""),
         truth=dict(departure=R("2021-04-07 10:00\n2021-04-08 09:00"), headcount=6, vehicles=1))


def b24() -> None:   # seconds, 时分, numbers as text
    b = book("2021年救援任务统计（B24时分秒）", "xls", 2021)
    s = b.sheet("山地救援")
    header(s, H7, F7)
    for c, tr in [("2021-03-05 14:30:00", "2021-03-05 14:30"), ("2021年3月6日14时30分", "2021-03-06 14:30"),
                  ("2021年3月7日14时30分05秒", "2021-03-07 14:30"), ("2021/3/8 14点", "2021-03-08 14:00"),
                  ("2021-03-09 14:30:59", "2021-03-09 14:30"), ("2021.3.10 8时", "2021-03-10 08:00")]:
        task(b, s, "mountain", dict(event_no=ev(), summary=summ("登山者脚踝扭伤"), departure=c, headcount="7",
                                    vehicles="2", squad="山地救援分队", remarks=""),
             truth=dict(departure=tr, headcount=7, vehicles=2))


def b25() -> None:   # the year in the file name only
    b = book("2019年救援任务统计（B25年份仅在文件名）", "xlsx", 2019)
    s = b.sheet("水上救援")
    row(s, ["水上救援任务统计表"])
    header(s, H7, F7)
    for c, tr in [("3月5日 14:30", "2019-03-05 14:30"), ("3/6 9:00", R("3/6 9:00")), ("3月7日", "2019-03-07"),
                  ("03-08 10:00", R("03-08 10:00"))]:
        task(b, s, "water", dict(event_no=ev(2019), summary=summ("渔船搁浅"), departure=c, headcount=5, vehicles=1,
                                 squad="旅顺分队", remarks=""), truth=dict(departure=tr))


def b26() -> None:   # two years in one workbook
    b = book("2021-2022年度救援任务统计（B26跨年）", "ods", 2021)
    s = b.sheet("城市搜救")
    row(s, ["2021-2022年度（2021年12月至2022年1月）城市搜救"])
    header(s, H7, F7)
    for c, tr in [(Cell(D(2021, 12, 20, 10, 0), "yyyy-mm-dd hh:mm"), "2021-12-20 10:00"),
                  ("2021年12月30日 22:00", "2021-12-30 22:00"),
                  (Cell(D(2022, 1, 3, 9, 0), "yyyy-mm-dd hh:mm"), "2022-01-03 09:00"),
                  ("2022/1/4 8:00", "2022-01-04 08:00"),
                  ("1月5日 9:00", R("1月5日 9:00"))]:
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("冬季冰面救援"), departure=c, headcount=5, vehicles=1,
                                 squad="甘井子分队", remarks=""), truth=dict(departure=tr))


def b27() -> None:   # sheet names in other words, notes and empty sheets
    b = book("2021年救援任务统计（B27表名）", "xls", 2021)
    n = b.sheet("填表说明")
    row(n, ["1. 每起任务一行"])
    row(n, ["2. 出队时间请写到分钟"])
    for title, kind in [(" 水上 ", "water"), ("城市搜救任务", "urban"), ("山地救援统计", "mountain"), ("培训与保障", "training"),
                        ("疫情防控工作", "epidemic"), ("装备保养", "upkeep")]:
        s = b.sheet(title)
        header(s, H7, F7)
        task(b, s, kind, dict(event_no=ev(), summary=summ(f"{title.strip()}任务"), departure=Cell(D(2021, 2, len(b.truth) + 1, 10, 0), "yyyy-mm-dd hh:mm"),
                              headcount=5, vehicles=1, squad="旅顺分队", remarks=""))
    b.sheet("Sheet3")


def b28() -> None:   # a CSV saved as xlsx by LibreOffice: one sheet named after the file
    b = book("2021年水上救援（B28CSV）", "xlsx", 2021)
    s = b.sheet("2021年水上救援（B28CSV）")
    header(s, H7, F7)
    for c, tr in [("2021-05-01 08:00", "2021-05-01 08:00"), ("2021/5/2 9:30", "2021-05-02 09:30")]:
        task(b, s, "water", dict(event_no=ev(), summary=summ("海钓人员被困"), departure=c, headcount="6", vehicles="0",
                                 squad="水上救援分队", remarks="无"),
             truth=dict(departure=tr, headcount=6, vehicles=0, remarks=""))
    b.csv = "\n".join(",".join("" if v is None else str(v) for v in r) for r in s.rows) + "\n"


def b29() -> None:   # date cells formatted as Chinese dates, time as a fraction in its own column
    b = book("2021年救援任务统计（B29日期格式）", "ods", 2021)
    s = b.sheet("培训保障")
    header(s, ["事件编号", "事件摘要", "日期", "时间", "人数", "车次", "分队", "备注"],
           ["event_no", "summary", "_date", "_time", "headcount", "vehicles", "squad", "remarks"])
    for d, t, tr in [(dt.date(2021, 4, 1), dt.time(9, 0), "2021-04-01 09:00"), (dt.date(2021, 4, 2), dt.time(15, 45), "2021-04-02 15:45"),
                     (D(2021, 4, 3, 0, 0), None, "2021-04-03")]:
        task(b, s, "training", dict(event_no=ev(), summary=summ("社区应急演练"), headcount=12, vehicles=2, squad="高新园区分队", remarks=""),
             truth=dict(departure=tr),
             extra=dict(_date=Cell(d, 'yyyy"年"m"月"d"日"'), _time=Cell(t, 'h"时"mm"分"') if t else None))


def b30() -> None:   # 序号 but no event-number column; 任务编号 as the event number elsewhere
    b = book("2021年救援任务统计（B30序号）", "xlsx", 2021)
    s = b.sheet("队伍整备与设备保养")
    header(s, ["序号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"], ["_seq", *F7[1:]])
    for i in range(3):
        task(b, s, "upkeep", dict(summary=summ("冲锋舟保养"), departure=Cell(D(2021, 1, 5 + i, 9, 0), "yyyy-mm-dd hh:mm"), headcount=3,
                                  vehicles=0, squad="水上救援分队", remarks="", _seq=i + 1), truth=dict(event_no=""))
    s2 = b.sheet("水上救援")
    header(s2, ["序号", "任务编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"], ["_seq", *F7])
    for i in range(2):
        task(b, s2, "water", dict(event_no=ev(), summary=summ("海上搜寻"), departure=Cell(D(2021, 1, 9 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                  headcount=3, vehicles=1, squad="水上救援分队", remarks="", _seq=i + 1))


def b31() -> None:   # bare serial numbers in the departure column
    b = book("2021年救援任务统计（B31序列号）", "xls", 2021)
    s = b.sheet("疫情防控")
    header(s, H7, F7)
    for c, tr in [(44260.6041666667, "2021-03-05 14:30"), (44261, "2021-03-06"), (44262.75, "2021-03-07 18:00")]:
        task(b, s, "epidemic", dict(event_no=ev(), summary=summ("隔离点物资转运"), departure=c, headcount=20, vehicles=3,
                                    squad="金州分队", remarks=""), truth=dict(departure=tr))


def b32() -> None:   # a header over three rows: title group, name, unit
    b = book("2021年救援任务统计（B32三行表头）", "ods", 2021)
    s = b.sheet("水上救援")
    row(s, ["2021年水上救援统计"])
    row(s, ["事件", None, "出队", None, None, "参与", "其他"])
    row(s, ["编号", "摘要", "时间", "人数", "车次", "分队名称", "备注"])
    header(s, [None, None, None, "（人）", "（台次）", None, None], F7)
    s.merges += ["A2:B2", "C2:E2", "A1:G1"]
    for i in range(3):
        task(b, s, "water", dict(event_no=ev(), summary=summ("三行表头的任务"), departure=Cell(D(2021, 8, 10 + i, 10, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5 + i, vehicles=1 + i, squad="水上救援分队", remarks="备注文字"))


def b33() -> None:   # header synonyms, 地点 and 类型 columns that must not become fields
    b = book("2021年救援任务统计（B33同义表头）", "xlsx", 2021)
    s = b.sheet("山地救援")
    header(s, ["编号", "地点", "事由", "时间", "类型", "人数", "车辆", "参与分队", "说明", "负责人"],
           ["event_no", "_p", "summary", "departure", "_type", "headcount", "vehicles", "squad", "remarks", "_lead"])
    for i in range(3):
        task(b, s, "mountain", dict(event_no=ev(), summary=summ("同义表头任务"), departure=Cell(D(2021, 9, 10 + i, 10, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=5, vehicles=1, squad="山地救援分队", remarks="说明文字", _p="大黑山", _type="迷路",
                                    _lead="孙伟"))


def b34() -> None:   # squads in many separators
    b = book("2021年救援任务统计（B34分队分隔）", "xls", 2021)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    for c, tr in [("金州分队,甘井子分队", "金州分队、甘井子分队"), ("金州分队/甘井子分队", "金州分队、甘井子分队"),
                  ("金州分队 甘井子分队", "金州分队、甘井子分队"), ("金州分队；甘井子分队", "金州分队、甘井子分队"),
                  ("金州分队、甘井子分队、", "金州分队、甘井子分队"), ("金州、甘井子分队", "金州、甘井子分队")]:
        task(b, s, "urban", dict(event_no=ev(), summary=summ("联合搜寻"), departure=Cell(D(2021, 3, len(b.truth) + 1, 10, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=10, vehicles=2, squad=c, remarks=""), truth=dict(squad=tr))


def b35() -> None:   # other time-of-day words; a word the reader does not know must not be dropped
    b = book("2021年救援任务统计（B35时段词）", "xlsx", 2021)
    s = b.sheet("山地救援")
    header(s, H7, F7)
    for c, tr in [("2021年5月1日傍晚6点", "2021-05-01 18:00"), ("2021年5月2日早上7点", "2021-05-02 07:00"),
                  ("2021年5月3日 夜里11点", "2021-05-03 23:00"), ("2021年5月4日清晨5:30", "2021-05-04 05:30"),
                  ("2021年5月5日 下午15:30", "2021-05-05 15:30"), ("2021年5月6日 上午15:30", R("2021年5月6日 上午15:30")),
                  ("2021年5月7日下午", R("2021年5月7日下午")), ("2021年5月8日晚", R("2021年5月8日晚")),
                  ("2021年5月9日 14:30左右", R("2021年5月9日 14:30左右")), ("2021年5月10日14:30-16:00", R("2021年5月10日14:30-16:00")),
                  ("2021/5/11 14:30（补录）", R("2021/5/11 14:30（补录）")), ("2021年5月12日 深夜", R("2021年5月12日 深夜")),
                  ("2021年5月13日 晚上12点", R("2021年5月13日 晚上12点")), ("2021年5月14日 下午两点半", "2021-05-14 14:30"),
                  ("2021/5/15 3:45 p.m.", "2021-05-15 15:45"), ("2021/5/16 3PM", "2021-05-16 15:00")]:
        task(b, s, "mountain", dict(event_no=ev(), summary=summ("夜间山林搜寻"), departure=c, headcount=8, vehicles=2,
                                    squad="山地救援分队", remarks=""), truth=dict(departure=tr))


def b36() -> None:   # dates that are no dates; compact and short forms
    b = book("2021年救援任务统计（B36怪日期）", "xls", 2021)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    for c, tr in [("2021年2月30日", R("2021年2月30日")), ("2021-03-05 24:00", R("2021-03-05 24:00")),
                  ("2021-03-06 14:61", R("2021-03-06 14:61")), (20210307, R("20210307")), ("20210308", R("20210308")),
                  ("21.3.9 14:30", R("21.3.9 14:30")), ("3.10 14:30", "2021-03-10 14:30"),
                  ("下午3:45 2021/3/11", "2021-03-11 15:45"), ("2021年3月12日 星期五 下午 3:45", "2021-03-12 15:45"),
                  (dt.time(14, 30), R("14:30")), ("2021年13月1日", R("2021年13月1日")), ("2021.03.14.", "2021-03-14"),
                  ("2021-3-15 8:5", R("2021-3-15 8:5"))]:
        task(b, s, "urban", dict(event_no=ev(), summary=summ("城区搜寻"), departure=Cell(c, "hh:mm") if isinstance(c, dt.time) else c,
                                 headcount=8, vehicles=2, squad="中山分队", remarks=""), truth=dict(departure=tr))


def b37() -> None:   # counts that are not one number
    b = book("2021年救援任务统计（B37怪人数）", "ods", 2021)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    for hc, vh, thc, tvh in [("12/3", "1", R("12/3"), 1), ("约二十人", "2", 20, 2), ("数十人", "2", R("数十人"), 2),
                             ("0.5", "1", R("0.5"), 1), ("12.5", "1", R("12.5"), 1), ("-3", "1", R("-3"), 1),
                             ("二十余人", "1", R("二十余人"), 1), ("队员5人，车2辆", "2", R("队员5人，车2辆"), 2),
                             ("5人（另有3名志愿者）", "1", 5, 1), ("一百零五", "3", 105, 3), ("十五", "两辆", 15, 2),
                             ("1,200", "3", R("1,200"), 3), ("12人次", "3车次", 12, 3), ("五六人", "1", R("五六人"), 1),
                             ("8~10人", "1", R("8~10人"), 1), ("15名", "2", 15, 2)]:
        task(b, s, "water", dict(event_no=ev(), summary=summ("海边搜寻"), departure=Cell(D(2021, 7, 1 + len(b.truth), 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=hc, vehicles=vh, squad="水上救援分队", remarks=""), truth=dict(headcount=thc, vehicles=tvh))


def b38() -> None:   # rows that look like totals but are tasks; totals in other words
    b = book("2021年救援任务统计（B38像合计的任务）", "xlsx", 2021)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    def t(summary: str, hc: int, vh: int, d: int) -> None:
        task(b, s, "water", dict(event_no=ev(), summary=summ(summary), departure=Cell(D(2021, 8, d, 10, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=hc, vehicles=vh, squad="水上救援分队", remarks=""))
    t("总计3名儿童落水，全部救起", 5, 1, 1)
    t("小计划出海的渔民失联", 7, 2, 2)
    t("合计出动两次搜寻落水者", 12, 3, 3)      # its numbers are the sums of the two rows above
    not_task(b, s, ["共计", None, None, 24, 6])
    not_task(b, s, ["累计", None, None, 24, 6])
    not_task(b, s, [None, "以上合计", None, 24, 6])
    not_task(b, s, ["Total", None, None, 24, 6])
    not_task(b, s, ["小  计", None, None, 24, 6])
    not_task(b, s, ["全年合计", "—", "—", 24, 6, "—", "—"])


def b39() -> None:   # footers in other words
    b = book("2021年救援任务统计（B39表尾其他）", "ods", 2021)
    s = b.sheet("培训保障")
    header(s, H7, F7)
    for i in range(2):
        task(b, s, "training", dict(event_no=ev(), summary=summ("校园防溺水宣讲"), departure=Cell(D(2021, 6, 1 + i, 10, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=4, vehicles=1, squad="高新园区分队", remarks=""))
    not_task(b, s, ["备注：本表人数不含学校老师"])
    not_task(b, s, ["说明：", "数据截至2021年12月31日"])
    not_task(b, s, ["数据来源：各分队月报", None, "报送日期：2022-01-05"])
    not_task(b, s, ["联系电话：0411-88888888"])
    not_task(b, s, [None, None, None, None, None, "第1页 共1页"])
    not_task(b, s, ["单位负责人：王五", None, "统计负责人：赵六", None, None, "填表人：孙七", "2022年1月6日"])


def b40() -> None:   # columns that look like fields: 接警时间, 返回时间, 被困人数, 车牌号
    b = book("2021年救援任务统计（B40近似列）", "xls", 2021)
    s = b.sheet("水上救援")
    header(s, ["事件编号", "事件摘要", "接警时间", "出队时间", "返回时间", "被困人数", "出队人数", "车牌号", "出队车次", "分队名称", "备注"],
           ["event_no", "summary", "_call", "departure", "_back", "_trapped", "headcount", "_plate", "vehicles", "squad", "remarks"])
    for i in range(3):
        task(b, s, "water", dict(event_no=ev(), summary=summ("渔船遇险"), departure=Cell(D(2021, 9, 1 + i, 10, 30), "yyyy-mm-dd hh:mm"),
                                 headcount=9, vehicles=2, squad="水上救援分队", remarks=""),
             extra=dict(_call=Cell(D(2021, 9, 1 + i, 10, 5), "yyyy-mm-dd hh:mm"), _back=Cell(D(2021, 9, 1 + i, 16, 0), "yyyy-mm-dd hh:mm"),
                        _trapped=3, _plate="辽B12345"))


def b41() -> None:   # a group header 出队时间 over 日期 | 时间; 出队人数 over 队员 | 志愿者 is not one count
    b = book("2021年救援任务统计（B41分组时间）", "xlsx", 2021)
    s = b.sheet("城市搜救")
    row(s, ["事件编号", "事件摘要", "出队时间", None, "出队人数", "出队车次", "分队名称", "备注"])
    header(s, [None, None, "日期", "时间", None, None, None, None],
           ["event_no", "summary", "_date", "_time", "headcount", "vehicles", "squad", "remarks"])
    s.merges += ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2", "G1:G2", "H1:H2"]
    for i in range(3):
        task(b, s, "urban", dict(event_no=ev(), summary=summ("分组表头任务"), headcount=6 + i, vehicles=1, squad="西岗分队", remarks=""),
             truth=dict(departure=f"2021-10-{1 + i:02d} {9 + i:02d}:15"),
             extra=dict(_date=Cell(dt.date(2021, 10, 1 + i), "yyyy-mm-dd"), _time=Cell(dt.time(9 + i, 15), "hh:mm")))


def b42() -> None:   # the year: a date stamp in the file name, a title of another year
    b = book("救援任务统计_2021年度_终稿_20220105", "xlsx", 2021)
    s = b.sheet("水上救援")
    row(s, ["水上救援任务统计表"])
    header(s, H7, F7)
    for c, tr in [("3月5日 14:30", "2021-03-05 14:30"), ("3月6日", "2021-03-06")]:
        task(b, s, "water", dict(event_no=ev(), summary=summ("年份在文件名中间"), departure=c, headcount=5, vehicles=1,
                                 squad="旅顺分队", remarks=""), truth=dict(departure=tr))


def b43() -> None:   # no year anywhere
    b = book("救援任务统计表（B43无年份）", "ods", 0)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    for c in ["3月5日 14:30", "3月6日"]:
        task(b, s, "urban", dict(event_no="", summary=summ("无年份的任务"), departure=c, headcount=5, vehicles=1,
                                 squad="旅顺分队", remarks=""), truth=dict(departure=R(c)))


def b44() -> None:   # file name and title disagree on the year
    b = book("2021年救援任务统计（B44年份矛盾）", "xls", 2021)
    s = b.sheet("城市搜救")
    row(s, ["2020年城市搜救任务统计"])
    header(s, H7, F7)
    for c in ["3月5日 14:30", "3月6日"]:
        task(b, s, "urban", dict(event_no="", summary=summ("年份矛盾"), departure=c, headcount=5, vehicles=1,
                                 squad="旅顺分队", remarks=""), truth=dict(departure=R(c)))


def b45() -> None:   # table starting in column B, header on row 9 after a long preamble
    b = book("2021年救援任务统计（B45左边距）", "xlsx", 2021)
    s = b.sheet("山地救援")
    for line in ["大连万众应急救援队", "2021年山地救援任务统计", "", "填表说明：", "1. 每起任务一行", "2. 时间写到分钟",
                 "3. 人数写数字", ""]:
        row(s, [None, line or None])
    header(s, [None, *H7], [None, *F7])
    for i in range(3):
        task(b, s, "mountain", dict(event_no=ev(), summary=summ("左边距任务"), departure=Cell(D(2021, 11, 1 + i, 10, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=5, vehicles=1, squad="山地救援分队", remarks=""))


def b46() -> None:   # a kind column with a value that is no kind, and kinds in other words
    b = book("2021年救援任务统计（B46类别未知）", "ods", 2021)
    s = b.sheet("综合")
    header(s, ["类别", *H7], ["_kind", *F7])
    for i, (k, kind) in enumerate([("水域救援", "water"), ("城市救援", "urban"), ("山野救援", "mountain"), ("安全保障", "training"),
                                   ("防疫", "epidemic"), ("设备维护", "upkeep")], 1):
        task(b, s, kind, dict(event_no=ev(), summary=summ("综合表任务"), departure=Cell(D(2021, 12, i, 10, 0), "yyyy-mm-dd hh:mm"),
                              headcount=5, vehicles=1, squad="旅顺分队", remarks="", _kind=k))
    n = row(s, ["其他", ev(), summ("类别为其他的任务"), Cell(D(2021, 12, 20, 10, 0), "yyyy-mm-dd hh:mm"), 3, 1, "旅顺分队", None])
    b.truth.append(dict(sheet="?", event_no=f"WZ2021-{_n[0]:04d}", summary=summ("类别为其他的任务"), departure="2021-12-20 10:00",
                        headcount=3, vehicles=1, squad="旅顺分队", remarks="", _src=["综合", n], _anysheet=True))


def b47() -> None:   # a row holding only what is known; a time-only departure; an empty sheet; a header-only sheet
    b = book("2021年救援任务统计（B47残缺行）", "xlsx", 2021)
    s = b.sheet("队伍整备与设备保养")
    header(s, H7, F7)
    task(b, s, "upkeep", dict(event_no=ev(), summary=summ("仓库盘点"), departure=None, headcount=None, vehicles=None, squad=None,
                              remarks=None), truth=dict(departure=""))
    task(b, s, "upkeep", dict(event_no="", summary=summ("体能训练"), departure=Cell(dt.date(2021, 1, 10), "yyyy-mm-dd"),
                              headcount=None, vehicles=None, squad="甘井子分队", remarks=None))
    task(b, s, "upkeep", dict(event_no="", summary="", departure=Cell(D(2021, 1, 11, 9, 0), "yyyy-mm-dd hh:mm"),
                              headcount=4, vehicles=1, squad="金州分队", remarks="只有时间和人数"))
    h = b.sheet("水上救援")
    header(h, H7, F7)
    b.sheet("城市搜救")


def b48() -> None:   # a repeated header in the middle (page break) and a second title
    b = book("2021年救援任务统计（B48重复表头）", "xls", 2021)
    s = b.sheet("疫情防控")
    row(s, ["2021年疫情防控任务（第1页）"])
    header(s, H7, F7)
    for i in range(2):
        task(b, s, "epidemic", dict(event_no=ev(), summary=summ("疫苗接种点引导"), departure=Cell(D(2021, 1, 1 + i, 8, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=10, vehicles=0, squad="甘井子分队", remarks=""))
    not_task(b, s, ["2021年疫情防控任务（第2页）"])
    not_task(b, s, list(H7))
    for i in range(2):
        task(b, s, "epidemic", dict(event_no=ev(), summary=summ("疫苗接种点引导"), departure=Cell(D(2021, 2, 1 + i, 8, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=10, vehicles=0, squad="甘井子分队", remarks=""))


def b49() -> None:   # a formula whose result is text, an error value, a date from a formula over another cell
    b = book("2021年救援任务统计（B49公式结果）", "ods", 2021)
    s = b.sheet("水上救援")
    header(s, [*H7, "日期"], [*F7, "_d"])
    r = len(s.rows) + 1
    task(b, s, "water", dict(event_no=ev(), summary=summ("公式文字人数"), departure=Cell(f"=H{r}+TIME(9,0,0)", "yyyy-mm-dd hh:mm"),
                             headcount='=IF(1>0,"12人","")', vehicles="=1+1", squad='="水上"&"救援分队"', remarks=""),
         truth=dict(departure="2021-05-05 09:00", headcount=12, vehicles=2, squad="水上救援分队"),
         extra=dict(_d=Cell(dt.date(2021, 5, 5), "yyyy-mm-dd")))
    task(b, s, "water", dict(event_no=ev(), summary=summ("公式错误值"), departure=Cell(D(2021, 5, 6, 9, 0), "yyyy-mm-dd hh:mm"),
                             headcount="=1/0", vehicles=2, squad="水上救援分队", remarks=""),
         truth=dict(headcount=R("#DIV/0!"), vehicles=2))


def b50() -> None:   # hidden columns with old data; a very hidden sheet
    b = book("2021年救援任务统计（B50隐藏表）", "xls", 2021)
    s = b.sheet("培训保障", hidden=True)
    header(s, H7, F7)
    for i in range(2):
        task(b, s, "training", dict(event_no=ev(), summary=summ("隐藏表任务"), departure=Cell(D(2021, 3, 1 + i, 8, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=10, vehicles=0, squad="甘井子分队", remarks=""))
    v = b.sheet("城市搜救")
    header(v, H7, F7)
    n = task(b, v, "urban", dict(event_no=ev(), summary=summ("隐藏行任务"), departure=Cell(D(2021, 3, 5, 8, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=10, vehicles=0, squad="甘井子分队", remarks=""))
    v.hidden_rows.add(n)


def b51() -> None:   # date-time cells with seconds; a count column holding a date, a boolean
    b = book("2021年救援任务统计（B51单元格类型）", "xlsx", 2021)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    task(b, s, "water", dict(event_no=ev(), summary=summ("秒数45"), departure=Cell(D(2021, 3, 5, 14, 30, 45), "yyyy-mm-dd hh:mm"),
                             headcount=5, vehicles=1, squad="水上救援分队", remarks=""), truth=dict(departure="2021-03-05 14:30"))
    task(b, s, "water", dict(event_no=ev(), summary=summ("秒数59"), departure=Cell(D(2021, 3, 6, 23, 59, 59), "yyyy-mm-dd hh:mm:ss"),
                             headcount=5, vehicles=1, squad="水上救援分队", remarks=""), truth=dict(departure="2021-03-06 23:59"))
    task(b, s, "water", dict(event_no=ev(), summary=summ("人数被改成日期"), departure=Cell(D(2021, 3, 7, 9, 0), "yyyy-mm-dd hh:mm"),
                             headcount=Cell(dt.date(2021, 3, 5), "m/d"), vehicles=1, squad="水上救援分队", remarks=""),
         truth=dict(headcount=R("3/5")))
    task(b, s, "water", dict(event_no=ev(), summary=summ("车次是真假值"), departure=Cell(D(2021, 3, 8, 9, 0), "yyyy-mm-dd hh:mm"),
                             headcount=5, vehicles=True, squad="水上救援分队", remarks=""), truth=dict(vehicles=R("TRUE")))
    task(b, s, "water", dict(event_no=ev(), summary=summ("时区"), departure="2021-03-09T14:30:00+08:00",
                             headcount=5, vehicles=1, squad="水上救援分队", remarks=""), truth=dict(departure=R("2021-03-09T14:30:00+08:00")))
    task(b, s, "water", dict(event_no=ev(), summary=summ("人数小数"), departure=Cell(D(2021, 3, 10, 9, 0), "yyyy-mm-dd hh:mm"),
                             headcount=11.6, vehicles=1, squad="水上救援分队", remarks=""), truth=dict(headcount=R("11.6")))


def b52() -> None:   # squads and remarks that only look like placeholders or lists
    b = book("2021年救援任务统计（B52分队备注）", "ods", 2021)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    for sq, rm, tsq, trm in [("金州分队（5人）", "无人员伤亡", R("金州分队（5人）"), "无人员伤亡"),
                             ("金州分队等", "无", "金州分队等", ""),
                             ("金州分队、甘井子分队（各3人）", "/", R("金州分队、甘井子分队（各3人）"), ""),
                             ("金州分队", "——已寻回——", "金州分队", "——已寻回——"),
                             ("金州分队", "-1", "金州分队", "-1")]:
        task(b, s, "urban", dict(event_no=ev(), summary=summ("分队写法"), departure=Cell(D(2021, 4, len(b.truth) + 1, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad=sq, remarks=rm), truth=dict(squad=tsq, remarks=trm))


def b53() -> None:   # event numbers in other hands
    b = book("2021年救援任务统计（B53编号）", "xls", 2021)
    s = b.sheet("山地救援")
    header(s, H7, F7)
    for no, tno in [("/", ""), ("无", ""), ("待补", "待补"), ("WZ2021-0301、WZ2021-0302", "WZ2021-0301、WZ2021-0302"),
                    (20210303.0, "20210303"), ("  WZ2021-0304\n", "WZ2021-0304")]:
        task(b, s, "mountain", dict(event_no=no, summary=summ("编号写法"), departure=Cell(D(2021, 4, len(b.truth) + 1, 9, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=5, vehicles=1, squad="山地救援分队", remarks=""), truth=dict(event_no=tno))


def b54() -> None:   # totals whose label is in another column; a month row with a month; sums with words
    b = book("2021年救援任务统计（B54合计位置）", "ods", 2021)
    s = b.sheet("培训保障")
    header(s, H7, F7)
    def t(d: int, hc: int, vh: int) -> None:
        task(b, s, "training", dict(event_no=ev(), summary=summ("急救培训"), departure=Cell(D(2021, 3, d, 9, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=hc, vehicles=vh, squad="高新园区分队", remarks=""))
    t(1, 4, 1)
    t(2, 6, 1)
    not_task(b, s, [None, None, None, 10, 2, "小计"])
    not_task(b, s, [None, "3月份小计", "2021年3月", 10, 2])
    not_task(b, s, [None, None, None, 10, 2, None, "合计"])
    not_task(b, s, ["本月共2起", None, None, "10人次", "2车次"])
    t(5, 3, 0)
    not_task(b, s, ["合", "计", None, 13, 2])


def b55() -> None:   # header words in another order and with extra words; an English header
    b = book("2021年救援任务统计（B55表头写法）", "xlsx", 2021)
    s = b.sheet("水上救援")
    header(s, ["编号（事件）", "任务概况", "出发时间", "参与人数", "出动车辆（台）", "参与分队", "其他说明"], F7)
    for i in range(2):
        task(b, s, "water", dict(event_no=ev(), summary=summ("表头写法"), departure=Cell(D(2021, 5, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad="水上救援分队", remarks="说明"))
    e = b.sheet("城市搜救")
    header(e, ["Event No.", "Summary", "Departure", "People", "Vehicles", "Squad", "Remarks"], F7)
    for i in range(2):
        task(b, e, "urban", dict(event_no=ev(), summary=summ("英文表头"), departure=Cell(D(2021, 5, 3 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad="中山分队", remarks=""))


def b56() -> None:   # merged cells across a task's own columns; a merged count over two rows
    b = book("2021年救援任务统计（B56合并跨列）", "ods", 2021)
    s = b.sheet("山地救援")
    header(s, H7, F7)
    n = task(b, s, "mountain", dict(event_no=ev(), summary=summ("摘要跨两列"), departure=None, headcount=5, vehicles=1,
                                    squad="山地救援分队", remarks=""), truth=dict(departure=""))
    s.merges.append(f"B{n}:C{n}")
    n1 = task(b, s, "mountain", dict(event_no=ev(), summary=summ("联合出队甲"), departure=Cell(D(2021, 6, 1, 9, 0), "yyyy-mm-dd hh:mm"),
                                     headcount=20, vehicles=4, squad="山地救援分队", remarks="两起共用人数"),
              truth=dict(headcount=20, vehicles=4))
    task(b, s, "mountain", dict(event_no=ev(), summary=summ("联合出队乙"), departure=Cell(D(2021, 6, 1, 9, 30), "yyyy-mm-dd hh:mm"),
                                headcount=None, vehicles=None, squad="山地救援分队", remarks="两起共用人数"),
         truth=dict(headcount=R("20"), vehicles=R("4")))
    s.merges += [f"D{n1}:D{n1 + 1}", f"E{n1}:E{n1 + 1}"]


def b57() -> None:   # a second table under the first on one sheet, its columns in another order
    b = book("2021年救援任务统计（B57第二张表）", "xlsx", 2021)
    s = b.sheet("城市搜救")
    row(s, ["第一季度"])
    header(s, H7, F7)
    for i in range(2):
        task(b, s, "urban", dict(event_no=ev(), summary=summ("一季度任务"), departure=Cell(D(2021, 2, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=9, vehicles=2, squad="中山分队", remarks="一季度"))
    row(s, [])
    row(s, ["第二季度"])
    header(s, ["事件编号", "出队时间", "事件摘要", "出队车次", "出队人数", "备注", "分队名称"],
           ["event_no", "departure", "summary", "vehicles", "headcount", "remarks", "squad"])
    for i in range(2):
        task(b, s, "urban", dict(event_no=ev(), summary=summ("二季度任务"), departure=Cell(D(2021, 5, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=9, vehicles=2, squad="中山分队", remarks="二季度"))


# ---------------------------------------------------------------- a second blind trial (B58…): shapes of a
# Chinese secretariat's own habits (WPS/Excel), written before reading the specs above; the ones those
# already covered were dropped.

def b58() -> None:   # a date column and a time column in many hands: 15点, 1530, 15:30:00, 十五时, numbers
    b = book("2022年救援任务统计（B58时间列写法）", "xlsx", 2022)
    s = b.sheet("城市搜救")
    header(s, ["事件编号", "事件摘要", "出队日期", "出队时间", "出队人数", "出队车次", "分队名称", "备注"],
           ["event_no", "summary", "_date", "_time", "headcount", "vehicles", "squad", "remarks"])
    for d, t, tr in [("2022.3.5", "15点", "2022-03-05 15:00"), ("2022.3.6", "1530", R("2022.3.6 1530")),
                     ("2022.3.7", "15:30:00", "2022-03-07 15:30"), ("2022.3.8", "3点一刻", R("2022.3.8 3点一刻")),
                     ("2022.3.9", "十五时", "2022-03-09 15:00"), ("2022.3.10", "下午3点半", "2022-03-10 15:30"),
                     ("2022.3.11", 1530, R("2022.3.11 1530")),     # a number typed in a time column: no serial
                     ("2022.3.12", 15, R("2022.3.12 15")),
                     ("2022.3.13", "15.30", R("2022.3.13 15.30")),
                     ("2022.3.14", 15.5, R("2022.3.14 15.5")),
                     ("2022.3.15", "十五时三十分", "2022-03-15 15:30"),
                     (3.16, "15:30", R("3.16 15:30")),              # a number in the date column
                     ("2022.3.17", "晚8点", "2022-03-17 20:00")]:
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("分列时间写法"), headcount=6, vehicles=1,
                                 squad="中山分队", remarks=""), truth=dict(departure=tr), extra=dict(_date=d, _time=t))


def b59() -> None:   # one departure cell in a secretary's hand
    b = book("2022年救援任务统计（B59出队时间写法）", "xls", 2022)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    for c, tr in [("2022-3-5 下午3点半", "2022-03-05 15:30"), ("22/3/6", R("22/3/6")), ("22/3/7 15:30", R("22/3/7 15:30")),
                  ("13/3/2022", R("13/3/2022")), ("3/14/2022 15:30", R("3/14/2022 15:30")),
                  ("2022年3月15号", "2022-03-15"), ("2022年3月16号 15:30", "2022-03-16 15:30"),
                  ("2022年3月18日15点30分", "2022-03-18 15:30"), ("2022.3.19 3点一刻", R("2022.3.19 3点一刻")),
                  ("2022年3月20日 十五时", "2022-03-20 15:00"), ("2022年3月21日 十五时三十分", "2022-03-21 15:30"),
                  ("2022-03-24 10:00。", R("2022-03-24 10:00。")), ("2022年3月27日 午后2点", R("2022年3月27日 午后2点")),
                  ("2022年3月28日 上午十点", "2022-03-28 10:00"), ("2022年3月29日 晚上十点半", "2022-03-29 22:30"),
                  ("2022年3月31日 12点", "2022-03-31 12:00"), ("2022年4月1日 12点半", "2022-04-01 12:30"),
                  ("2022年4月2日 下午3时许", R("2022年4月2日 下午3时许")), ("2022年4月3日 15:30分", "2022-04-03 15:30"),
                  ("2022/4/4 15:30:00 下午", R("2022/4/4 15:30:00 下午")), ("2022年4月5日 3:30下午", R("2022年4月5日 3:30下午")),
                  ("2022年4月6日 24点", R("2022年4月6日 24点")), ("2022年4月7日 二十三点", "2022-04-07 23:00"),
                  ("2022年4月8日 23点59分", "2022-04-08 23:59"), ("4月9日15:30", "2022-04-09 15:30"),
                  ("2022年4月10、11日", R("2022年4月10、11日")), ("2022年4月12日、13日", R("2022年4月12日、13日")),
                  ("2022年4月14日 15:30、18:00", R("2022年4月14日 15:30、18:00"))]:
        task(b, s, "water", dict(event_no=ev(2022), summary=summ("单格时间写法"), departure=c, headcount=6, vehicles=1,
                                 squad="水上救援分队", remarks=""), truth=dict(departure=tr))


def b60() -> None:   # counts in a secretary's hand
    b = book("2022年救援任务统计（B60人数车次写法）", "ods", 2022)
    s = b.sheet("山地救援")
    header(s, H7, F7)
    for hc, vh, thc, tvh in [("3人", "2车", 3, 2), ("10来人", "1辆", R("10来人"), 1), ("十几人", "1", R("十几人"), 1),
                             ("3+", "1", R("3+"), 1), ("三十余", "2", R("三十余"), 2), ("5（含司机）", "1", 5, 1),
                             ("5人。", "1台。", R("5人。"), R("1台。")), ("12\u00a0", "2\u00a0", 12, 2),
                             ("自驾", "自驾", R("自驾"), R("自驾")), ("俩", "一辆", R("俩"), 1), ("十来个", "1", R("十来个"), 1),
                             ("4人/2车", "", R("4人/2车"), None), ("3人+2人", "1", R("3人+2人"), 1),
                             ("全体", "1", R("全体"), 1), ("约5-6人", "1", R("约5-6人"), 1), ("2（两组）", "1", 2, 1),
                             ("二十多人", "2", R("二十多人"), 2), ("6人左右", "1", R("6人左右"), 1), ("≥5", "1", R("≥5"), 1),
                             ("5位", "1部", 5, 1), ("一十二", "1", 12, 1), ("廿", "1", R("廿"), 1)]:
        task(b, s, "mountain", dict(event_no=ev(2022), summary=summ("人数写法"), departure=Cell(D(2022, 5, 1 + len(b.truth) % 28, 9, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=hc, vehicles=vh, squad="山地救援分队", remarks=""), truth=dict(headcount=thc, vehicles=tvh))


def b61() -> None:   # squads: ， 和 及 + & 及 等, an invisible space copied from WeChat, a trailing 。
    b = book("2022年救援任务统计（B61分队写法）", "xlsx", 2022)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    for c, tr in [("金州分队，甘井子分队", "金州分队、甘井子分队"), ("金州分队和甘井子分队", R("金州分队和甘井子分队")),
                  ("金州分队及甘井子分队", R("金州分队及甘井子分队")), ("金州分队 、 甘井子分队", "金州分队、甘井子分队"),
                  ("金州分队、甘井子分队等", "金州分队、甘井子分队等"), ("金州分队\u200b", "金州分队"),
                  ("金州分队。", R("金州分队。")), ("金州分队+甘井子分队", R("金州分队+甘井子分队")),
                  ("金州分队&甘井子分队", R("金州分队&甘井子分队")), ("金州分队\r\n甘井子分队", "金州分队、甘井子分队"),
                  ("\ufeff金州分队", "金州分队"), ("金州分队（带队：王强）", R("金州分队（带队：王强）"))]:
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("分队写法二"), departure=Cell(D(2022, 6, 1 + len(b.truth) % 28, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=8, vehicles=2, squad=c, remarks=""), truth=dict(squad=tr))


def b62() -> None:   # ditto marks 〃 同上 in any column: never resolved silently, never stored as a value
    b = book("2022年救援任务统计（B62同上）", "ods", 2022)
    s = b.sheet("培训保障")
    header(s, H7, F7)
    task(b, s, "training", dict(event_no=ev(2022), summary=summ("第一行"), departure=Cell(D(2022, 7, 1, 9, 0), "yyyy-mm-dd hh:mm"),
                                headcount=6, vehicles=1, squad="高新园区分队", remarks="宣讲"))
    for cells, truth in [(dict(departure="同上", headcount=6, vehicles=1, squad="高新园区分队"), dict(departure=R("同上"))),
                         (dict(departure=Cell(D(2022, 7, 3, 9, 0), "yyyy-mm-dd hh:mm"), headcount="〃", vehicles="〃", squad="〃"),
                          dict(headcount=R("〃"), vehicles=R("〃"), squad=R("〃"))),
                         (dict(departure=Cell(D(2022, 7, 4, 9, 0), "yyyy-mm-dd hh:mm"), headcount="同上", vehicles="同上", squad="同上"),
                          dict(headcount=R("同上"), vehicles=R("同上"), squad=R("同上"))),
                         (dict(departure="〃", headcount='"', vehicles="”", squad="同上。"),
                          dict(departure=R("〃"), headcount=R('"'), vehicles=R("”"), squad=R("同上。"))),
                         (dict(departure=Cell(D(2022, 7, 6, 9, 0), "yyyy-mm-dd hh:mm"), headcount=6, vehicles=1, squad="高新园区分队",
                               remarks="同上"), {})]:
        task(b, s, "training", dict(event_no=ev(2022), summary=summ("同上写法"), **{"remarks": "", **cells}), truth=truth)


def b63() -> None:   # rows that are no task: only a 序号, blank rows inside, month sections, 以下空白
    b = book("2022年救援任务统计（B63空行序号）", "xlsx", 2022)
    s = b.sheet("水上救援")
    header(s, ["序号", *H7], ["_seq", *F7])
    not_task(b, s, ["一月份"])
    for i in range(2):
        task(b, s, "water", dict(event_no=ev(2022), summary=summ("一月任务"), departure=Cell(D(2022, 1, 5 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad="水上救援分队", remarks="", _seq=i + 1))
    row(s, [])
    not_task(b, s, ["二月份", None, None, None, None, None, None, None])
    not_task(b, s, ["二、二月份任务"])
    task(b, s, "water", dict(event_no=ev(2022), summary=summ("二月任务"), departure=Cell(D(2022, 2, 5, 9, 0), "yyyy-mm-dd hh:mm"),
                             headcount=5, vehicles=1, squad="水上救援分队", remarks="", _seq=3))
    row(s, [])
    row(s, [])
    task(b, s, "water", dict(event_no=ev(2022), summary=summ("空行之后的任务"), departure=Cell(D(2022, 2, 6, 9, 0), "yyyy-mm-dd hh:mm"),
                             headcount=5, vehicles=1, squad="水上救援分队", remarks="", _seq=4))
    not_task(b, s, ["以下空白"])
    for i in range(5, 12):
        not_task(b, s, [i])   # rows numbered in advance, nothing else written
    not_task(b, s, [12, None, None, None, "—", "—", "—"])
    not_task(b, s, [None, "以下无内容"])


def b64() -> None:   # header synonyms: 出动人数, 出车数, 车辆(台), 人员数量, 参加单位, 附注; sheets named with a year
    b = book("2022年救援任务统计（B64同义表头二）", "xls", 2022)
    s = b.sheet("2022年水上救援")
    header(s, ["任务编号", "任务内容", "出动时间", "出动人数", "出车数", "出动队伍", "备注"], F7)
    for i in range(2):
        task(b, s, "water", dict(event_no=ev(2022), summary=summ("同义表头甲"), departure=Cell(D(2022, 8, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5 + i, vehicles=1 + i, squad="水上救援分队", remarks="甲"))
    e = b.sheet("城市搜救2022")
    header(e, ["编号", "事件", "时间", "人员数量", "车辆(台)", "参加单位", "附注"], F7)
    for i in range(2):
        task(b, e, "urban", dict(event_no=ev(2022), summary=summ("同义表头乙"), departure=Cell(D(2022, 8, 3 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=7 + i, vehicles=2 + i, squad="中山分队", remarks="乙"))
    m = b.sheet("山地救援（1-6月）")
    header(m, ["事件编号", "事件简述", "出队日期及时间", "出队人员（人）", "出动车辆数", "出队分队", "情况说明"], F7)
    for i in range(2):
        task(b, m, "mountain", dict(event_no=ev(2022), summary=summ("同义表头丙"), departure=Cell(D(2022, 8, 5 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=9 + i, vehicles=3 + i, squad="山地救援分队", remarks="丙"))


def b65() -> None:   # columns with 人数/车 words that are no count: 其中女队员, 伤员人数, 车辆类型, 获救人数
    b = book("2022年救援任务统计（B65近似人数列）", "ods", 2022)
    s = b.sheet("水上救援")
    header(s, ["事件编号", "事件摘要", "出队时间", "出队人数", "其中女队员", "获救人数", "出队车次", "车辆类型", "分队名称", "备注"],
           ["event_no", "summary", "departure", "headcount", "_f", "_saved", "vehicles", "_vt", "squad", "remarks"])
    for i in range(3):
        task(b, s, "water", dict(event_no=ev(2022), summary=summ("近似列任务"), departure=Cell(D(2022, 9, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=10 + i, vehicles=2, squad="水上救援分队", remarks=""),
             extra=dict(_f=2, _saved=1 + i, _vt="越野车"))
    e = b.sheet("城市搜救")   # only the look-alike columns: no real count column
    header(e, ["事件编号", "事件摘要", "出队时间", "被困人数", "车辆类型", "分队名称", "备注"],
           ["event_no", "summary", "departure", "_trapped", "_vt", "squad", "remarks"])
    for i in range(2):
        task(b, e, "urban", dict(event_no=ev(2022), summary=summ("没有人数列"), departure=Cell(D(2022, 9, 5 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 squad="中山分队", remarks=""), truth=dict(headcount=None, vehicles=None),
             extra=dict(_trapped=3, _vt="皮卡"))


def b66() -> None:   # a date column, a weekday column, a time column
    b = book("2022年救援任务统计（B66星期列）", "xlsx", 2022)
    s = b.sheet("疫情防控")
    header(s, ["事件编号", "事件摘要", "日期", "星期", "时间", "人数", "车次", "分队", "备注"],
           ["event_no", "summary", "_date", "_wd", "_time", "headcount", "vehicles", "squad", "remarks"])
    for d, wd, t, tr in [(Cell(dt.date(2022, 4, 2), "yyyy-mm-dd"), "星期六", Cell(dt.time(8, 0), "hh:mm"), "2022-04-02 08:00"),
                         ("2022/4/3", "日", "9:30", "2022-04-03 09:30"),
                         ("4月4日", "周一", "下午2点", "2022-04-04 14:00"),
                         (Cell(dt.date(2022, 4, 5), "yyyy-mm-dd"), "星期五", "10:00", "2022-04-05 10:00")]:   # the 5th is a Tuesday
        task(b, s, "epidemic", dict(event_no=ev(2022), summary=summ("星期列任务"), headcount=12, vehicles=1, squad="甘井子分队",
                                    remarks=""), truth=dict(departure=tr), extra=dict(_date=d, _wd=wd, _time=t))


def b67() -> None:   # a departure (date and time in one cell) merged over three task rows; a merged squad and count
    b = book("2022年救援任务统计（B67合并出队时间）", "ods", 2022)
    s = b.sheet("山地救援")
    header(s, H7, F7)
    start = len(s.rows) + 1
    for i in range(3):
        task(b, s, "mountain", dict(event_no=ev(2022), summary=summ("联合行动分组"),
                                    departure=Cell(D(2022, 10, 2, 6, 30), "yyyy-mm-dd hh:mm") if i == 0 else None,
                                    headcount=4 + i, vehicles=1, squad="山地救援分队" if i == 0 else None, remarks=""),
             truth=dict(departure="2022-10-02 06:30", squad="山地救援分队"))
    s.merges += [f"C{start}:C{start + 2}", f"F{start}:F{start + 2}"]
    task(b, s, "mountain", dict(event_no=ev(2022), summary=summ("合并之后"), departure=Cell(D(2022, 10, 3, 6, 30), "yyyy-mm-dd hh:mm"),
                                headcount=4, vehicles=1, squad="金州分队", remarks=""))


def b68() -> None:   # a summary sheet laid out like a pivot table; a notes sheet; an index sheet
    b = book("2022年救援任务统计（B68汇总表）", "xlsx", 2022)
    p = b.sheet("汇总")
    row(p, ["2022年各类任务汇总"])
    row(p, ["类别", "1月", "2月", "3月", "合计"])
    for k in ["水上救援", "城市搜救", "山地救援"]:
        not_task(b, p, [k, 1, 2, 0, 3])
    not_task(b, p, ["合计", 3, 6, 0, 9])
    q = b.sheet("统计")
    row(q, ["分队名称", "出队次数", "出队人数", "出队车次"])
    for sq in ["金州分队", "中山分队"]:
        not_task(b, q, [sq, 3, 25, 4])
    s = b.sheet("水上救援")
    header(s, H7, F7)
    for i in range(2):
        task(b, s, "water", dict(event_no=ev(2022), summary=summ("汇总表旁的任务"), departure=Cell(D(2022, 1, 3 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad="金州分队", remarks=""))
    n = b.sheet("说明")
    row(n, ["事件编号", "按 WZ年份-序号 填写"])
    row(n, ["出队时间", "写到分钟"])
    row(n, ["出队人数", "只写数字"])


def b69() -> None:   # totals in other words: 总数, 汇总, 合计数, TOTAL, Sum, 1-3月合计, 截至…累计, 共 N 起
    b = book("2022年救援任务统计（B69合计写法二）", "ods", 2022)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    def t(d: int) -> None:
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("合计之间的任务"), departure=Cell(D(2022, 3, d, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad="中山分队", remarks=""))
    t(1)
    t(2)
    not_task(b, s, ["总数", None, None, 10, 2])
    not_task(b, s, [None, "汇 总", None, 10, 2])
    not_task(b, s, ["合计数", None, None, 10, 2])
    t(3)
    not_task(b, s, ["TOTAL", None, None, 15, 3])
    not_task(b, s, ["Sum", None, None, 15, 3])
    not_task(b, s, ["1-3月合计", None, None, 15, 3])
    not_task(b, s, ["截至3月31日累计", None, None, 15, 3])
    not_task(b, s, ["共 3 起", None, None, 15, 3])
    not_task(b, s, [None, "合计（3起）", None, "15人", "3车"])
    not_task(b, s, [None, None, "合计", 15, 3])
    not_task(b, s, ["合计", None, None, "=D2+D3+D10", "=E2+E3+E10"])


def b70() -> None:   # text that only looks clean: long remarks, leading apostrophes, NBSP, zero-width spaces
    b = book("2022年救援任务统计（B70隐形字符）", "xls", 2022)
    s = b.sheet("队伍整备与设备保养")
    header(s, H7, F7)
    long = "、".join(f"检查第{i}号冲锋舟发动机及救生衣" for i in range(1, 200))
    task(b, s, "upkeep", dict(event_no=ev(2022), summary=summ("长备注"), departure=Cell(D(2022, 11, 1, 9, 0), "yyyy-mm-dd hh:mm"),
                              headcount=3, vehicles=0, squad="水上救援分队", remarks=long))
    e = ev(2022)
    task(b, s, "upkeep", dict(event_no="'" + e, summary=summ("撇号"), departure="'2022-11-02 09:00", headcount="'3",
                              vehicles="'0", squad="水上救援分队", remarks=""),
         truth=dict(event_no=R("'" + e), departure=R("'2022-11-02 09:00"), headcount=R("'3"), vehicles=R("'0")))
    e = ev(2022)
    task(b, s, "upkeep", dict(event_no=e + "\u200b", summary=summ("零宽字符"), departure="2022-11-03\u200b 09:00",
                              headcount="3\u200b", vehicles="\u00a00", squad="水上救援分队", remarks=""),
         truth=dict(event_no=e, departure="2022-11-03 09:00", headcount=3, vehicles=0))
    task(b, s, "upkeep", dict(event_no=ev(2022), summary=summ("全角空格"), departure="2022-11-04\u300009:00",
                              headcount="\u30003", vehicles="0", squad="\u3000水上救援分队\u3000", remarks=""),
         truth=dict(departure="2022-11-04 09:00", headcount=3, vehicles=0, squad="水上救援分队"))


def b71() -> None:   # a workbook from a Mac: the 1904 date system
    b = book("2022年救援任务统计（B71苹果1904）", "xlsx", 2022)
    b.epoch1904 = True
    s = b.sheet("水上救援")
    header(s, ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注", "出队日期", "时刻"],
           [*F7, "_d", "_t"])
    for i in range(3):
        task(b, s, "water", dict(event_no=ev(2022), summary=summ("苹果电脑填写"), departure=Cell(D(2022, 6, 1 + i, 9, 30), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad="水上救援分队", remarks=""),
             extra=dict(_d=Cell(dt.date(2022, 6, 1 + i), "yyyy-mm-dd"), _t=Cell(dt.time(9, 30), "hh:mm")))


def b72() -> None:   # English month names, a weekday after the time, other separators between date and time
    b = book("2022年救援任务统计（B72英文月份）", "ods", 2022)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    for c, tr in [("5-Mar-2022", "2022-03-05"), ("Mar 6, 2022", "2022-03-06"), ("March 7 2022 3:30 PM", "2022-03-07 15:30"),
                  ("2022年3月8日 15:30（周二）", "2022-03-08 15:30"), ("2022-03-09 15:30 星期三", "2022-03-09 15:30"),
                  ("2022-03-10 15:30 星期一", R("2022-03-10 15:30 星期一")),   # the 10th is a Thursday
                  ("2022.03.11/15:30", R("2022.03.11/15:30")), ("2022-03-12 15:30 PM", R("2022-03-12 15:30 PM")),
                  ("2022年3月13日 下午 15点", "2022-03-13 15:00"), ("2022年03月14日15时30分", "2022-03-14 15:30"),
                  ("Sat 2022-03-19 09:00", "2022-03-19 09:00"), ("2022-03-20 9:00 Sun", "2022-03-20 09:00"),
                  ("15:30 3月21日", R("15:30 3月21日")), ("2022年3月22日 15:30 至 17:00", R("2022年3月22日 15:30 至 17:00")),
                  ("2022年3月23日 次日凌晨2点", R("2022年3月23日 次日凌晨2点"))]:
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("英文月份与星期"), departure=c, headcount=6, vehicles=1,
                                 squad="中山分队", remarks=""), truth=dict(departure=tr))


def b73() -> None:   # a daily log: one row per day, most days only their date
    b = book("2022年救援任务统计（B73值班日志）", "xlsx", 2022)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    for d in range(1, 8):
        if d in (2, 5):
            task(b, s, "urban", dict(event_no=ev(2022), summary=summ("值班日志中的任务"), departure=Cell(D(2022, 4, d, 9, 0), "yyyy-mm-dd hh:mm"),
                                     headcount=6, vehicles=1, squad="中山分队", remarks=""))
        else:
            not_task(b, s, [None, None, Cell(dt.date(2022, 4, d), "yyyy-mm-dd")])
    not_task(b, s, [None, "无任务", Cell(dt.date(2022, 4, 8), "yyyy-mm-dd")])
    not_task(b, s, [None, "/", Cell(dt.date(2022, 4, 9), "yyyy-mm-dd"), "/", "/", "/", "/"])


def b74() -> None:   # two columns under one name: 出队人数 twice (an old one and a corrected one); an English sub-header row
    b = book("2022年救援任务统计（B74重名列）", "ods", 2022)
    s = b.sheet("山地救援")
    header(s, ["事件编号", "事件摘要", "出队时间", "出队人数", "出队人数", "出队车次", "分队名称", "备注"],
           ["event_no", "summary", "departure", "_old", "headcount", "vehicles", "squad", "remarks"])
    for i in range(2):
        task(b, s, "mountain", dict(event_no=ev(2022), summary=summ("重名列任务"), departure=Cell(D(2022, 5, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                    headcount=8 + i, vehicles=1, squad="山地救援分队", remarks=""),
             truth=dict(headcount=R(str(8 + i))), extra=dict(_old=20 + i))
    e = b.sheet("城市搜救")
    row(e, H7)
    header(e, ["Event No.", "Summary", "Departure", "People", "Vehicles", "Squad", "Remarks"], F7)
    for i in range(2):
        task(b, e, "urban", dict(event_no=ev(2022), summary=summ("中英表头"), departure=Cell(D(2022, 5, 3 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad="中山分队", remarks=""))


def b75() -> None:   # a date column and a time column that disagree or cannot be one departure
    b = book("2022年救援任务统计（B75日期时间冲突）", "xlsx", 2022)
    s = b.sheet("培训保障")
    header(s, ["事件编号", "事件摘要", "出队日期", "出队时间", "出队人数", "出队车次", "分队名称", "备注"],
           ["event_no", "summary", "_date", "_time", "headcount", "vehicles", "squad", "remarks"])
    for d, t, tr in [(Cell(dt.date(2022, 7, 1), "yyyy-mm-dd"), Cell(D(2022, 7, 2, 15, 30), "yyyy-mm-dd hh:mm"), R("2022-07-01 2022-07-02 15:30")),
                     (Cell(D(2022, 7, 3, 9, 0), "yyyy-mm-dd hh:mm"), "16:00", R("2022-07-03 09:00 16:00")),
                     ("同上", "15:30", R("同上 15:30")),
                     (Cell(dt.date(2022, 7, 5), "yyyy-mm-dd"), "次日2:00", R("2022-07-05 次日2:00")),
                     (Cell(dt.date(2022, 7, 6), "yyyy-mm-dd"), "2022-07-06 15:30", "2022-07-06 15:30"),
                     (Cell(dt.date(2022, 7, 7), "yyyy-mm-dd"), "15：30", "2022-07-07 15:30"),
                     ("7月8日", Cell(dt.time(15, 30), "hh:mm"), "2022-07-08 15:30"),
                     (Cell(dt.date(2022, 7, 9), "yyyy-mm-dd"), "7月10日 15:30", R("2022-07-09 7月10日 15:30"))]:
        task(b, s, "training", dict(event_no=ev(2022), summary=summ("日期时间两列冲突"), headcount=6, vehicles=1,
                                    squad="高新园区分队", remarks=""), truth=dict(departure=tr), extra=dict(_date=d, _time=t))


def b76() -> None:   # counts with words around them
    b = book("2022年救援任务统计（B76人数括号）", "xls", 2022)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    for hc, vh, thc, tvh in [("3人（女2）", "1", 3, 1), ("12（+2）", "1", R("12（+2）"), 1), ("10-", "1", R("10-"), 1),
                             ("１０名队员", "1", 10, 1), ("10人次/2车次", "", R("10人次/2车次"), None),
                             ("壹拾贰", "1", R("壹拾贰"), 1), ("3.0人", "1", 3, 1), ("5", "2台（含1辆拖车）", 5, 2),
                             ("5", "冲锋舟1艘", 5, R("冲锋舟1艘")), ("5", "2车3船", 5, R("2车3船")),
                             ("队员3人", "车1辆", 3, 1), ("3人 2车", "", R("3人 2车"), None), ("0人", "0车", 0, 0),
                             ("共8人", "共2车", 8, 2), ("8人（其中2人为新队员）", "2", 8, 2), ("8（待核实）", "2", R("8（待核实）"), 2),
                             ("8?", "2", R("8?"), 2), ("8（?）", "2", R("8（?）"), 2), ("十人", "二", 10, 2), ("10 人", "2 辆", 10, 2)]:
        task(b, s, "water", dict(event_no=ev(2022), summary=summ("人数括号写法"), departure=Cell(D(2022, 8, 1 + len(b.truth) % 28, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=hc, vehicles=vh, squad="水上救援分队", remarks=""), truth=dict(headcount=thc, vehicles=tvh))


def b77() -> None:   # one task written over two rows: its cells merged down, the summary continued in the second row
    b = book("2022年救援任务统计（B77一事两行）", "ods", 2022)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    n = task(b, s, "urban", dict(event_no=ev(2022), summary=summ("一件事写两行"), departure=Cell(D(2022, 9, 1, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=12, vehicles=3, squad="中山分队", remarks=""))
    not_task(b, s, [None, "（续）家属到场后继续搜寻至傍晚"])
    s.merges += [f"A{n}:A{n + 1}", f"C{n}:C{n + 1}", f"D{n}:D{n + 1}", f"E{n}:E{n + 1}", f"F{n}:F{n + 1}"]
    task(b, s, "urban", dict(event_no=ev(2022), summary=summ("下一件事"), departure=Cell(D(2022, 9, 2, 9, 0), "yyyy-mm-dd hh:mm"),
                             headcount=4, vehicles=1, squad="中山分队", remarks=""))


def b78() -> None:   # kinds that are not the sheet's: a row of another kind on a kind sheet, told by its summary only
    b = book("2022年救援任务统计（B78年份错位）", "xlsx", 2022)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    for c, tr in [(Cell(D(2021, 12, 31, 23, 0), "yyyy-mm-dd hh:mm"), "2021-12-31 23:00"), ("2021年12月30日 8:00", "2021-12-30 08:00"),
                  ("12月29日 8:00", "2022-12-29 08:00"), (Cell(D(2022, 1, 2, 8, 0), "yyyy-mm-dd hh:mm"), "2022-01-02 08:00"),
                  (Cell(D(2202, 1, 3, 8, 0), "yyyy-mm-dd hh:mm"), "2202-01-03 08:00")]:
        task(b, s, "water", dict(event_no=ev(2022), summary=summ("年份错位"), departure=c, headcount=6, vehicles=1,
                                 squad="水上救援分队", remarks=""), truth=dict(departure=tr))


def b79() -> None:   # one header cell merged over two columns: 出队时间 over a date column and a time column, no sub-header
    b = book("2022年救援任务统计（B79合并表头两列）", "xlsx", 2022)
    s = b.sheet("城市搜救")
    header(s, ["事件编号", "事件摘要", "出队时间", None, "出队人数", "出队车次", "分队名称", "备注"],
           ["event_no", "summary", "_date", "_time", "headcount", "vehicles", "squad", "remarks"])
    s.merges.append("C1:D1")
    for i in range(3):
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("合并表头下两列"), headcount=6, vehicles=1, squad="中山分队", remarks=""),
             truth=dict(departure=f"2022-10-{1 + i:02d} {9 + i:02d}:30"),
             extra=dict(_date=Cell(dt.date(2022, 10, 1 + i), "yyyy-mm-dd"), _time=Cell(dt.time(9 + i, 30), "hh:mm")))


def b80() -> None:   # the month, the day and the time in three columns; a year column
    b = book("2022年救援任务统计（B80月日分列）", "ods", 2022)
    s = b.sheet("山地救援")
    header(s, ["事件编号", "事件摘要", "月", "日", "时间", "出队人数", "出队车次", "分队名称", "备注"],
           ["event_no", "summary", "_m", "_d", "_t", "headcount", "vehicles", "squad", "remarks"])
    for i in range(3):
        task(b, s, "mountain", dict(event_no=ev(2022), summary=summ("月日分列"), headcount=6, vehicles=1, squad="山地救援分队", remarks=""),
             truth=dict(departure=R(f"{5 + i} {9 + i}:30")), extra=dict(_m=3, _d=5 + i, _t=f"{9 + i}:30"))
    e = b.sheet("城市搜救")
    header(e, ["事件编号", "事件摘要", "年", "月", "日", "出队人数", "出队车次", "分队名称", "备注"],
           ["event_no", "summary", "_y", "_m", "_d", "headcount", "vehicles", "squad", "remarks"])
    for i in range(2):
        task(b, e, "urban", dict(event_no=ev(2022), summary=summ("年月日分列"), headcount=6, vehicles=1, squad="中山分队", remarks=""),
             truth=dict(departure=R(str(5 + i))), extra=dict(_y=2022, _m=3, _d=5 + i))


def b81() -> None:   # a month label merged down the first column beside the tasks; M.D dates as text
    b = book("2022年救援任务统计（B81月份合并列）", "xlsx", 2022)
    s = b.sheet("水上救援")
    header(s, ["月份", *H7], ["_month", *F7])
    start = len(s.rows) + 1
    for i, (c, tr) in enumerate([("3.5", "2022-03-05"), ("3.15", "2022-03-15"), ("3.5 14:30", "2022-03-05 14:30"),
                                 ("3.30", "2022-03-30")]):
        task(b, s, "water", dict(event_no=ev(2022), summary=summ("月份合并列"), departure=c, headcount=6, vehicles=1,
                                 squad="水上救援分队", remarks="", _month="3月" if i == 0 else None), truth=dict(departure=tr))
    s.merges.append(f"A{start}:A{start + 3}")


def b82() -> None:   # the time column under other names: 出队时刻, 具体时间, 出发, 时段
    b = book("2022年救援任务统计（B82时间列名称）", "xlsx", 2022)
    for title, kind, tname in [("城市搜救", "urban", "出队时刻"), ("水上救援", "water", "具体时间"), ("山地救援", "mountain", "出发"),
                               ("培训保障", "training", "时刻"), ("疫情防控", "epidemic", "几点出发")]:
        s = b.sheet(title)
        header(s, ["事件编号", "事件摘要", "出队日期", tname, "出队人数", "出队车次", "分队名称", "备注"],
               ["event_no", "summary", "_date", "_time", "headcount", "vehicles", "squad", "remarks"])
        for i in range(2):
            task(b, s, kind, dict(event_no=ev(2022), summary=summ(f"时间列叫{tname}"), headcount=6, vehicles=1, squad="中山分队", remarks=""),
                 truth=dict(departure=f"2022-11-{1 + i:02d} {14 + i}:30"),
                 extra=dict(_date=Cell(dt.date(2022, 11, 1 + i), "yyyy-mm-dd"), _time=f"{14 + i}:30"))


def b83() -> None:   # a time column whose header says nothing of time: the day alone must not pass silently
    b = book("2022年救援任务统计（B83无名时间列）", "ods", 2022)
    s = b.sheet("城市搜救")
    header(s, ["事件编号", "事件摘要", "出队日期", "（具体）", "出队人数", "出队车次", "分队名称", "备注"],
           ["event_no", "summary", "_date", "_time", "headcount", "vehicles", "squad", "remarks"])
    for i, t in enumerate([Cell(dt.time(14, 30), "hh:mm"), "下午3点", "15:45"]):
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("无名时间列"), headcount=6, vehicles=1, squad="中山分队", remarks=""),
             truth=dict(departure=f"2022-12-0{1 + i}"), extra=dict(_date=Cell(dt.date(2022, 12, 1 + i), "yyyy-mm-dd"), _time=t))


def b84() -> None:   # the kind said only by the title row; a sheet name and a title that disagree
    b = book("2022年救援任务统计（B84标题说类别）", "xlsx", 2022)
    s = b.sheet("Sheet1")
    row(s, ["2022年水上救援任务统计表"])
    header(s, H7, F7)
    for i in range(2):
        task(b, s, "water", dict(event_no=ev(2022), summary=summ("标题说类别"), departure=Cell(D(2022, 2, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad="水上救援分队", remarks=""))


def b85() -> None:   # a year's book kept into January: 1月2日 under 12月30日, no year written
    b = book("2022年救援任务统计（B85跨年无年份）", "ods", 2022)
    s = b.sheet("城市搜救")
    header(s, H7, F7)
    for c, tr in [("12月28日 9:00", "2022-12-28 09:00"), ("12月30日 9:00", "2022-12-30 09:00"),
                  ("1月2日 9:00", R("2022-01-02 09:00")), ("1月5日 9:00", R("2022-01-05 09:00"))]:
        task(b, s, "urban", dict(event_no=ev(2022), summary=summ("跨年无年份"), departure=c, headcount=5, vehicles=1,
                                 squad="中山分队", remarks=""), truth=dict(departure=tr))


def b86() -> None:   # event numbers that are numbers shown through a format: 015 (000), WZ2022-015 ("WZ2022-"000)
    b = book("2022年救援任务统计（B86编号格式）", "xlsx", 2022)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    for no, fmt, tno in [(15, "000", "015"), (16, '"WZ2022-"000', "WZ2022-016"), (17, "0", "17"), (18, '"第"0"号"', "第18号"),
                         (19, "General", "19")]:
        task(b, s, "water", dict(event_no=Cell(no, fmt), summary=summ("编号格式"), departure=Cell(D(2022, 3, no, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=Cell(5, '0"人"'), vehicles=Cell(1, '0"台"'), squad="水上救援分队", remarks=""),
             truth=dict(event_no=tno, headcount=5, vehicles=1))


for _f in [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19, b20, b21,
           b22, b23, b24, b25, b26, b27, b28, b29, b30, b31, b32, b33, b34,
           b35, b36, b37, b38, b39, b40, b41, b42, b43, b44, b45, b46, b47, b48, b49, b50,
           b51, b52, b53, b54, b55, b56, b57,
           b58, b59, b60, b61, b62, b63, b64, b65, b66, b67, b68, b69, b70,
           b71, b72, b73, b74, b75, b76, b77, b78, b79, b80, b81, b82, b83, b84, b85, b86]:
    _f()


# ---------------------------------------------------------------- the corpus (tests/data/corpus)
# Small workbooks of the classes this trial found wrong, written in the three formats into
# tests/data/corpus by `--corpus`, with truths in the format of the samples (tests/test_import_corpus.py).

def corpus_footers() -> Book:
    b = Book("2021-blind-footers", "xlsx", 2021)
    s = b.sheet("城市搜救")
    row(s, ["2021年城市搜救任务"])
    header(s, H7, F7)
    for i, d in enumerate([D(2021, 7, 1, 8, 0), D(2021, 7, 2, 9, 0)]):
        task(b, s, "urban", dict(event_no=f"WZ2021-B{i + 1:03d}", summary=f"暴雨积水转移群众（{i + 1}）",
                                 departure=Cell(d, "yyyy-mm-dd hh:mm"), headcount=22, vehicles=4, squad="中山分队", remarks=""))
    row(s, [])
    not_task(b, s, [None, "填报单位（盖章）：大连万众应急救援队", "2022年1月6日"])
    not_task(b, s, ["说明：", "数据截至2021年12月31日"])
    not_task(b, s, ["单位负责人：王五", None, "统计负责人：赵六", None, None, "填表人：孙七", "2022年1月6日"])
    not_task(b, s, ["数据来源：各分队月报", None, "报送日期：2022-01-05"])
    return b


def corpus_errors() -> Book:
    b = Book("2021-blind-error-values", "xlsx", 2021)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    task(b, s, "water", dict(event_no="WZ2021-E001", summary="人数公式除以零", departure=Cell(D(2021, 5, 6, 9, 0), "yyyy-mm-dd hh:mm"),
                             headcount="=1/0", vehicles=2, squad="水上救援分队", remarks=""), truth=dict(headcount=R("#DIV/0!")))
    task(b, s, "water", dict(event_no="WZ2021-E002", summary="车次查无此值", departure=Cell(D(2021, 5, 7, 9, 0), "yyyy-mm-dd hh:mm"),
                             headcount=6, vehicles="=NA()", squad="水上救援分队", remarks=""), truth=dict(vehicles=R("#N/A")))
    task(b, s, "water", dict(event_no="WZ2021-E003", summary="时间公式出错", departure=Cell('=DATE(2021,5,"八")', "yyyy-mm-dd hh:mm"),
                             headcount=6, vehicles=1, squad="水上救援分队", remarks=""), truth=dict(departure=R("#VALUE!")))
    task(b, s, "water", dict(event_no="WZ2021-E004", summary="正常的一行", departure=Cell(D(2021, 5, 9, 9, 0), "yyyy-mm-dd hh:mm"),
                             headcount="=3+4", vehicles=1, squad="水上救援分队", remarks=""), truth=dict(headcount=7))
    task(b, s, "water", dict(event_no="WZ2021-E005", summary="车次显示为TRUE", departure=Cell(D(2021, 5, 10, 9, 0), "yyyy-mm-dd hh:mm"),
                             headcount=6, vehicles="=TRUE()", squad="水上救援分队", remarks=""), truth=dict(vehicles=R("TRUE")))
    return b


def corpus_date_and_datetime() -> Book:
    b = Book("2021-blind-date-and-datetime", "xlsx", 2021)
    s = b.sheet("水上救援")
    header(s, ["日期", *H7], ["_d", *F7])
    for i in range(3):
        day = dt.date(2021, 5, 5 + i)
        task(b, s, "water", dict(event_no=f"WZ2021-D{i + 1:03d}", summary=f"出队时间一栏写全日期时间（{i + 1}）",
                                 departure=Cell(D(2021, 5, 5 + i, 9 + i, 30), "yyyy-mm-dd hh:mm"), headcount=5, vehicles=1,
                                 squad="水上救援分队", remarks=""), extra=dict(_d=Cell(day, "yyyy-mm-dd")))
    return b


def corpus_totals() -> Book:
    b = Book("2021-blind-totals", "xlsx", 2021)
    s = b.sheet("培训保障")
    header(s, H7, F7)
    for i, (d, hc, vh) in enumerate([(1, 4, 1), (2, 6, 1)]):
        task(b, s, "training", dict(event_no=f"WZ2021-T{i + 1:03d}", summary=f"急救培训（{i + 1}）",
                                    departure=Cell(D(2021, 3, d, 9, 0), "yyyy-mm-dd hh:mm"), headcount=hc, vehicles=vh,
                                    squad="高新园区分队", remarks=""))
    not_task(b, s, [None, "3月份小计", "2021年3月", 10, 2])         # row 4: 月份 before the word
    not_task(b, s, ["本月共2起", None, None, "10人次", "2车次"])    # row 5: words in the event number's cell, sums
    task(b, s, "training", dict(event_no="WZ2021-T003", summary="急救培训（3）", departure=Cell(D(2021, 4, 5, 9, 0), "yyyy-mm-dd hh:mm"),
                                headcount=3, vehicles=0, squad="高新园区分队", remarks=""))
    not_task(b, s, ["合", "计", None, 13, 2])                       # row 7: the word over two cells
    return b


def corpus_header_words() -> Book:
    b = Book("2021-blind-header-words", "xlsx", 2021)
    s = b.sheet("水上救援")
    header(s, ["编号（事件）", "任务概况", "出发时间", "参与人数", "出动车辆（台）", "参与分队", "其他说明"], F7)
    for i in range(2):
        task(b, s, "water", dict(event_no=f"WZ2021-H{i + 1:03d}", summary=f"任务概况一栏是摘要（{i + 1}）",
                                 departure=Cell(D(2021, 5, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"), headcount=5, vehicles=1,
                                 squad="水上救援分队", remarks="说明"))
    return b


def corpus_second_table() -> Book:
    b = Book("2021-blind-second-table", "xlsx", 2021)
    s = b.sheet("城市搜救")
    row(s, ["第一季度"])
    header(s, H7, F7)
    for i in range(2):
        task(b, s, "urban", dict(event_no=f"WZ2021-S{i + 1:03d}", summary=f"一季度任务（{i + 1}）",
                                 departure=Cell(D(2021, 2, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"), headcount=9, vehicles=2,
                                 squad="中山分队", remarks="一季度"))
    row(s, [])
    row(s, ["第二季度"])
    # the counts and the last two columns swapped: read with the first header, every value is plausible and wrong
    header(s, ["事件编号", "事件摘要", "出队时间", "出队车次", "出队人数", "备注", "分队名称"],
           ["event_no", "summary", "departure", "vehicles", "headcount", "remarks", "squad"])
    for i in range(2):
        task(b, s, "urban", dict(event_no=f"WZ2021-S{i + 3:03d}", summary=f"二季度任务（{i + 1}）",
                                 departure=Cell(D(2021, 5, 1 + i, 9, 0), "yyyy-mm-dd hh:mm"), headcount=9, vehicles=2,
                                 squad="中山分队", remarks="二季度"))
    return b


def corpus_numbered_rows() -> Book:
    """The second blind trial's classes: rows numbered in advance and never filled (stored as empty
    tasks before), characters that show nothing (a squad of its own before), 参加单位 for the squads."""
    b = Book("2022-blind-numbered-rows", "xlsx", 2022)
    s = b.sheet("城市搜救")
    header(s, ["序号", "编号", "事件", "时间", "人员数量", "车辆(台)", "参加单位", "附注"], ["_seq", *F7])
    for i, (no, sq) in enumerate([("WZ2022-N001", "中山分队"), ("WZ2022-N002\u200b", "中山分队\u200b"),
                                  ("WZ2022-N003", "\ufeff金州分队")]):
        task(b, s, "urban", dict(event_no=no, summary=f"商场寻人（{i + 1}）", departure=Cell(D(2022, 8, 3 + i, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=7 + i, vehicles=2, squad=sq, remarks="", _seq=i + 1),
             truth=dict(event_no=no.strip("\u200b"), squad=sq.strip("\u200b\ufeff")))
    for n in range(4, 9):
        not_task(b, s, [n])                                      # rows 5–9: only the 序号
    not_task(b, s, [9, None, None, None, "—", "—", "—"])         # row 10: the 序号 and placeholders
    return b


def corpus_log_days() -> Book:
    """A duty log's day that says 无任务 (stored as a task before), 出队时间 merged over a date and a time
    column (the time was dropped before), two 出队人数 columns (the second one's rows were unreported)."""
    b = Book("2022-blind-log-days", "xlsx", 2022)
    s = b.sheet("城市搜救")
    header(s, ["事件编号", "事件摘要", "出队时间", None, "出队人数", "出队人数", "出队车次", "分队名称", "备注"],
           ["event_no", "summary", "_date", "_time", "headcount", "_again", "vehicles", "squad", "remarks"])
    s.merges.append("C1:D1")
    for i in range(3):
        if i == 1:
            not_task(b, s, [None, "无任务", Cell(dt.date(2022, 10, 2), "yyyy-mm-dd")])     # row 3
            continue
        task(b, s, "urban", dict(event_no=f"WZ2022-L{i + 1:03d}", summary=f"值班日志任务（{i + 1}）", headcount=6 + i, vehicles=1,
                                 squad="中山分队", remarks=""),
             truth=dict(departure=f"2022-10-{1 + i:02d} {9 + i:02d}:30"),
             extra=dict(_date=Cell(dt.date(2022, 10, 1 + i), "yyyy-mm-dd"), _time=Cell(dt.time(9 + i, 30), "hh:mm"),
                        _again=6 + i if i == 0 else 20))
    return b


def corpus_number_formats() -> Book:
    """Event numbers typed as numbers and shown through a format: the bare number was stored."""
    b = Book("2022-blind-number-formats", "xlsx", 2022)
    s = b.sheet("水上救援")
    header(s, H7, F7)
    for no, fmt, tno in [(15, "000", "015"), (16, '"WZ2022-"000', "WZ2022-016"), (18, '"第"0"号"', "第18号"), (19, "General", "19")]:
        task(b, s, "water", dict(event_no=Cell(no, fmt), summary=f"编号格式（{no}）", departure=Cell(D(2022, 3, no, 9, 0), "yyyy-mm-dd hh:mm"),
                                 headcount=5, vehicles=1, squad="水上救援分队", remarks=""), truth=dict(event_no=tno))
    return b


CORPUS_BOOKS = [corpus_second_table, corpus_footers, corpus_errors, corpus_date_and_datetime, corpus_totals, corpus_header_words,
                corpus_numbered_rows, corpus_log_days, corpus_number_formats]


def write_corpus(target: Path, only: list[str] | None = None) -> None:
    """The corpus books in .xlsx, .xls and .ods (LibreOffice's), each with STEM.truth.json
    (``only``: the books whose name holds one of these words)."""
    src = Path(tempfile.mkdtemp(prefix="blind-corpus-"))
    try:
        for make in CORPUS_BOOKS:
            b = make()
            if only and not any(o in b.name for o in only):
                continue
            write_source(b, src / f"{b.name}.xlsx")
            books = [Book(b.name, fmt, b.year) for fmt in ("xlsx", "xls", "ods")]
            convert(books, src, target)
            truth = []
            for t in b.truth:
                d = {k: (v.text if isinstance(v, R) else v) for k, v in t.items() if not k.startswith("_")}
                truth.append({k: d[k] for k in ("sheet", *FIELDS)})
            (target / f"{b.name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=0) + "\n",
                                                         encoding="utf-8")
    finally:
        shutil.rmtree(src, ignore_errors=True)


# ---------------------------------------------------------------- writing

def write_source(b: Book, path: Path) -> None:
    if b.csv is not None:
        path.write_text(b.csv, encoding="utf-8")
        return
    wb = Workbook()
    wb.remove(wb.active)
    if b.epoch1904:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904
        wb.epoch = CALENDAR_MAC_1904
    for sh in b.sheets:
        ws = wb.create_sheet(sh.title.strip() if not sh.title.strip() == "" else "Sheet")
        ws.title = sh.title
        for r, cells in enumerate(sh.rows, 1):
            for c, v in enumerate(cells, 1):
                if v is None:
                    continue
                fmt = None
                if isinstance(v, Cell):
                    v, fmt = v.value, v.fmt
                    if v is None:
                        continue
                cell = ws.cell(r, c, v)
                if fmt:
                    cell.number_format = fmt
                if isinstance(v, str) and "\n" in v:
                    from openpyxl.styles import Alignment
                    cell.alignment = Alignment(wrap_text=True)
        for m in sh.merges:
            ws.merge_cells(m)
        for r in sh.hidden_rows:
            ws.row_dimensions[r].hidden = True
        if sh.hidden:
            ws.sheet_state = "hidden"
    wb.save(path)


FILTERS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods:calc8"}


def convert(books: list[Book], src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        for fmt in ("xlsx", "xls", "ods"):
            files = [str(src / (b.name + (".csv" if b.csv is not None else ".xlsx"))) for b in books if b.fmt == fmt]
            if not files:
                continue
            cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", FILTERS[fmt]]
            csv_files = [f for f in files if f.endswith(".csv")]
            if csv_files:
                subprocess.run([*cmd, "--infilter=CSV:44,34,76", "--outdir", str(out), *csv_files],
                               check=True, capture_output=True, timeout=600)
            other = [f for f in files if not f.endswith(".csv")]
            if other:
                subprocess.run([*cmd, "--outdir", str(out), *other], check=True, capture_output=True, timeout=600)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def write_truth(b: Book, path: Path) -> None:
    rows = []
    for t in b.truth:
        d = {k: (v.text if isinstance(v, R) else v) for k, v in t.items() if not k.startswith("_")}
        d["raw"] = [k for k, v in t.items() if isinstance(v, R)]
        d["source"] = {"sheet": t["_src"][0], "row": t["_src"][1]}
        rows.append(d)
    doc = {"file": f"{b.name}.{b.fmt}", "tasks": rows,
           "not_tasks": [{"sheet": s, "row": r} for s, r in b.not_tasks]}
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")


# ---------------------------------------------------------------- checking

def exported(path: Path) -> list[dict[str, Any]]:
    wb = load_workbook(path, read_only=True, data_only=True)
    out = []
    for name in wb.sheetnames:
        it = wb[name].iter_rows(values_only=True)
        next(it, None)
        for cells in it:
            cells = list(cells) + [None] * (7 - len(cells))
            if all(c is None or str(c).strip() == "" for c in cells[:7]):
                continue
            out.append({"sheet": name, **{f: cells[i] for i, f in enumerate(FIELDS)}})
    return out


def norm(f: str, v: Any) -> Any:
    if f == "departure":
        if isinstance(v, dt.datetime):
            return v.strftime("%Y-%m-%d %H:%M") if (v.hour, v.minute) != (0, 0) else v.strftime("%Y-%m-%d")
        if isinstance(v, dt.date):
            return v.strftime("%Y-%m-%d")
    if f in ("headcount", "vehicles"):
        if v is None or (isinstance(v, str) and v.strip() in ("", "/", "—", "-", "－")):
            return None
        if isinstance(v, float) and v.is_integer():
            return int(v)
        return v if isinstance(v, int) else str(v).strip()
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def truth_norm(f: str, v: Any) -> Any:
    if f == "departure" and isinstance(v, str) and v.endswith(" 00:00"):
        return v[:10]
    if f in ("remarks", "squad") and v in ("/", "—", "-"):
        return ""
    return v


FLAG_CODES = {"raw_value", "guess", "self_check", "merged", "skipped_row", "duplicate_event_no"}


def alias(fields: set[str]) -> set[str]:
    out = set(fields)
    if "squad" in fields:
        out.add("squads")
    return out


def check(b: Book, file: Path, work: Path) -> dict[str, Any]:
    db = work / f"{b.name}-{b.fmt}.db"
    rep = work / f"{b.name}-{b.fmt}.report.json"
    for p in (db, rep):
        if p.exists():
            p.unlink()
    env = dict(os.environ, PYTHONPATH=str(CODE), QT_QPA_PLATFORM="offscreen")
    res: dict[str, Any] = {"file": file.name, "right": 0, "silent": 0, "flagged": 0, "traceback": 0, "problems": []}
    p = subprocess.run([PY, "-m", "wz_desktop", "--db", str(db), "import", str(file), "--report", str(rep)],
                       capture_output=True, text=True, env=env, timeout=300, cwd=str(CODE))
    if "Traceback" in p.stderr or p.returncode not in (0, 1, 2):
        res["traceback"] = 1
        res["problems"].append(f"import exit {p.returncode}: {p.stderr.strip().splitlines()[-1:]} ")
        return res
    try:
        report = json.loads(rep.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        res["traceback"] = 1
        res["problems"].append(f"no report (exit {p.returncode}): {(p.stdout + p.stderr).strip()[-300:]}")
        return res
    entries = [e for f in report["files"] for e in f.get("entries", [])]
    refusal = next((f.get("error") for f in report["files"] if f.get("status") == "failed" and f.get("error")), None)
    if refusal:  # the whole file refused in words: nothing stored, nothing silently wrong
        res["flagged"] += len(b.truth)
        res["problems"].append(f"  refused: {refusal}")
        return res
    import sqlite3
    con = sqlite3.connect(db)
    try:
        db_years = [r[0] for r in con.execute("select distinct year from tasks")]
        stored = con.execute("select count(*) from tasks").fetchone()[0]
        stored_rows = [(sheet or KIND.get(kind, kind), r) for sheet, kind, r in
                       con.execute("select import_sheet, kind, import_row from tasks")]
    except sqlite3.Error:
        db_years, stored, stored_rows = [], 0, []
    con.close()
    if None in db_years:
        res["problems"].append("  note: tasks stored without a year (in no export)")
    years = sorted({int(y) for y in db_years if y is not None} | ({b.year} if b.year else set()))
    got: list[dict[str, Any]] = []
    for y in years:
        out = work / f"{b.name}-{b.fmt}.{y}.export.xlsx"
        p = subprocess.run([PY, "-m", "wz_desktop", "--db", str(db), "export", "--year", str(y), "-o", str(out)],
                           capture_output=True, text=True, env=env, timeout=300, cwd=str(CODE))
        if "Traceback" in p.stderr:
            res["traceback"] = 1
            res["problems"].append(f"export {y}: {p.stderr.strip().splitlines()[-1:]}")
            return res
        if out.exists():
            got += exported(out)
    if stored != len(got):
        res["silent"] += stored - len(got)
        res["problems"].append(f"SILENT: {stored - len(got)} task(s) stored but in no year's export")

    # a column the header did not name: the report says at the header that the sheet has no such
    # column and that the unnamed column's values are kept with each task (in its review marks)
    kept_apart = {str(e.get("sheet") or "").strip() for e in entries
                  if e.get("code") == "unknown_column" and "待复核标记" in str(e.get("message"))}
    no_column = {(str(e.get("sheet") or "").strip(), e.get("field")) for e in entries if e.get("code") == "missing_column"}

    def flagged(src: tuple[str, int], fields: set[str] | None) -> bool:
        if fields and src[0] in kept_apart and all((src[0], f) in no_column for f in fields if f != "squad"):
            return True
        for e in entries:
            if (str(e.get("sheet") or "").strip(), e.get("row")) != src or e.get("code") not in FLAG_CODES:
                continue
            if fields is None or e.get("field") is None or e.get("field") in fields:
                return True
        return False

    used: set[int] = set()
    for t in b.truth:
        src = (t["_src"][0].strip(), t["_src"][1])
        match = None
        for i, g in enumerate(got):
            if i in used:
                continue
            if norm("summary", g["summary"]) == t["summary"].strip():
                match = i
                break
        if match is None and t["event_no"] and not isinstance(t["event_no"], R):
            for i, g in enumerate(got):   # the summary lost or changed: the same task by its event number
                if i not in used and norm("event_no", g["event_no"]) == str(t["event_no"]).strip():
                    match = i
                    break
        if match is None:
            if flagged(src, None):
                res["flagged"] += 1
                res["problems"].append(f"  flagged: {src} not exported ({t['summary']})")
            else:
                res["silent"] += 1
                res["problems"].append(f"SILENT: {src} task missing, nothing in the report ({t['summary']})")
            continue
        used.add(match)
        g = got[match]
        diffs = []
        bad: set[str] = set()
        if g["sheet"] != t["sheet"]:
            diffs.append(f"sheet {t['sheet']!r} → {g['sheet']!r}")
            bad.add("sheet")
        need_flag = False
        for f in FIELDS:
            tv = t[f]
            if isinstance(tv, R):
                need_flag = True
                tv = tv.text
            tv = truth_norm(f, tv.strip() if isinstance(tv, str) and f != "departure" else tv)
            gv = norm(f, g[f])
            if f == "departure" and isinstance(tv, str):
                tv = tv.strip()
            if gv != tv:
                diffs.append(f"{f} {tv!r} → {gv!r}")
                bad.add(f)
        raw_fields = {f for f in FIELDS if isinstance(t[f], R)}
        if not diffs and (not need_flag or flagged(src, alias(raw_fields))):
            res["right"] += 1
        elif not diffs:
            res["flagged"] += 1   # kept raw but not flagged: counted apart
            res["problems"].append(f"  raw but unflagged: {src} {t['summary']}")
            res.setdefault("raw_unflagged", 0)
            res["raw_unflagged"] += 1
        elif flagged(src, alias(bad) if "sheet" not in bad else None):
            res["flagged"] += 1
            res["problems"].append(f"  flagged: {src} " + "; ".join(diffs))
        else:
            res["silent"] += 1
            res["problems"].append(f"SILENT: {src} " + "; ".join(diffs))
    extra = [g for i, g in enumerate(got) if i not in used]
    # rows that are no task (totals, footers) but were stored: flagged when the report names their row
    stored_not_tasks = [src for src in stored_rows if (src[0].strip(), src[1]) in {(a.strip(), r) for a, r in b.not_tasks}]
    for src in stored_not_tasks:
        if flagged((src[0].strip(), src[1]), None):
            res["flagged"] += 1
            res["problems"].append(f"  flagged: {src} is no task but was stored (and flagged)")
        else:
            res["silent"] += 1
            res["problems"].append(f"SILENT: {src} is no task but was stored")
    for g in extra[len(stored_not_tasks):]:
        res["silent"] += 1
        res["problems"].append(f"SILENT: extra task stored: {g['summary']!r} {g['departure']!r} {g['headcount']!r}")
    res["entries"] = report["files"][0].get("entry_counts") if report.get("files") else None
    return res


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=None, help="where the files go (default: a temporary folder)")
    ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--files", default=None, help="check the LibreOffice files already in this folder")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--all-formats", action="store_true", help="every workbook as .xlsx, .xls and .ods")
    ap.add_argument("--corpus", default=None, help="write the corpus books into this folder and stop")
    ap.add_argument("--code", default=None, help="try the wz_desktop of this folder (default: this checkout)")
    args = ap.parse_args()
    global CODE
    if args.code:
        CODE = Path(args.code).resolve()
    if args.corpus:
        write_corpus(Path(args.corpus), args.only)
        return 0
    books = [b for b in BOOKS if not args.only or any(o in b.name for o in args.only)]
    if args.all_formats:
        import dataclasses
        books = [dataclasses.replace(b, fmt=fmt) for b in books
                 for fmt in ((b.fmt,) if b.csv is not None else ("xlsx", "xls", "ods"))]
    out = Path(args.out or tempfile.mkdtemp(prefix="blind-trial-")).resolve()
    files = Path(args.files).resolve() if args.files else out / "files"
    if not args.files:
        src = out / "source"
        src.mkdir(parents=True, exist_ok=True)
        for b in {b.name: b for b in books}.values():
            write_source(b, src / (b.name + (".csv" if b.csv is not None else ".xlsx")))
        convert(books, src, files)
        for b in books:
            write_truth(b, files / f"{b.name}.truth.json")
    work = out / "work"
    work.mkdir(parents=True, exist_ok=True)
    total = {"right": 0, "silent": 0, "flagged": 0, "traceback": 0, "tasks": 0}
    for b in books:
        f = files / f"{b.name}.{b.fmt}"
        if not f.exists():
            print(f"{b.name}: LibreOffice wrote nothing")
            total["traceback"] += 1
            continue
        r = check(b, f, work)
        total["tasks"] += len(b.truth)
        for k in ("right", "silent", "flagged", "traceback"):
            total[k] += r[k]
        print(f"{f.name}: {len(b.truth)} tasks, right {r['right']}, silently wrong {r['silent']}, "
              f"flagged {r['flagged']}, traceback {r['traceback']}")
        if not args.quiet:
            for p in r["problems"]:
                print("   ", p)
    print(f"TOTAL: {len(books)} workbooks, {total['tasks']} tasks: right {total['right']}, "
          f"silently wrong {total['silent']}, flagged {total['flagged']}, tracebacks {total['traceback']}")
    print(f"files in {files}")
    return 0 if total["silent"] == 0 and total["traceback"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
