#!/usr/bin/env python3
"""Write the corpus of yearly workbooks that LibreOffice itself saved, each with its truth.

    python tests/data/corpus/make_corpus.py            # (re)writes tests/data/corpus/*.{xlsx,xls,ods,truth.json}

Each workbook below is written with openpyxl into a temporary folder, then opened and saved by
LibreOffice (``soffice --headless --convert-to xlsx|xls|ods``), so that the committed files are
really LibreOffice's: its styles, its shared strings, its merged cells, its hidden rows and sheets,
and its saved formula results. Beside each stem, ``STEM.truth.json`` holds what a careful secretary
means by every task in it, in the format of ``tests/data/samples/*.truth.json`` (the canonical
sheet, the event number, the departure as ``YYYY-MM-DD HH:MM`` / ``YYYY-MM-DD`` / the raw text where
it is no single moment, the counts as numbers or null, the squad, the remarks). The truth is
written here by hand beside each cell, never taken from what the importer does.

Each workbook covers one class of issue 10 (values in other hands, and structures), so that a
test can say which class passes and which is still missing. The content is fixed (no clock, no
randomness): running the script again gives the same cells (LibreOffice stamps its own save time
into the files' metadata, nothing else differs).
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FORMATS = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods:calc8"}
HEADER = ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]
YEAR = 2022


@dataclass
class Task:
    """One task row: its cells as typed and what they mean."""

    kind: str  # the canonical sheet it belongs to
    event_no: str
    summary: str
    departure: Any  # the cell as typed
    when: str  # what it means: 'YYYY-MM-DD HH:MM', 'YYYY-MM-DD' or the raw text
    headcount: Any = 12
    people: int | None = 12
    vehicles: Any = 3
    cars: int | None = 3
    squad: str = "甘井子分队"
    remarks: str = ""

    def cells(self) -> list[Any]:
        return [self.event_no, self.summary, self.departure, self.headcount, self.vehicles, self.squad,
                self.remarks or None]

    def truth(self) -> dict:
        return {"sheet": self.kind, "event_no": self.event_no, "summary": self.summary, "departure": self.when,
                "headcount": self.people, "vehicles": self.cars, "squad": self.squad, "remarks": self.remarks}


@dataclass
class Sheet:
    name: str
    rows: list[list[Any]] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)  # "A1:G1"
    hidden_rows: list[int] = field(default_factory=list)  # 1-based
    hidden: bool = False
    formats: dict[str, str] = field(default_factory=dict)  # "C5": number format


@dataclass
class Workbook:
    stem: str
    what: str  # the class it covers (for the README and the test ids)
    sheets: list[Sheet]
    tasks: list[Task]


def moment(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M")


def serial(when: dt.datetime) -> float:
    """The Excel serial number of a moment (days since 1899-12-30, the time as a fraction)."""
    delta = when - dt.datetime(1899, 12, 30)
    return delta.days + delta.seconds / 86400


_N = iter(range(1, 10_000))


def no() -> str:
    return f"WZ{YEAR}-{next(_N):04d}"


def plain(kind: str, when: str, summary: str, squad: str = "甘井子分队", people: int = 10, cars: int = 2,
          remarks: str = "") -> Task:
    """An ordinary row: a real date-time cell, numbers."""
    value = moment(when) if " " in when else dt.datetime.strptime(when, "%Y-%m-%d")
    return Task(kind, no(), summary, value, when, people, people, cars, cars, squad, remarks)


def typed(kind: str, cell: Any, when: str, summary: str, **kw) -> Task:
    """A row whose departure is typed in some hand (``cell``) and means ``when``."""
    return Task(kind, no(), summary, cell, when, **kw)


def standard(name: str, tasks: list[Task], **kw) -> Sheet:
    return Sheet(name, [HEADER] + [t.cells() for t in tasks], **kw)


def weekday(day: str) -> tuple[str, str, str]:
    """(星期六, 周六, 六) of an ISO date: the weekday as people write it (computed, never typed by hand)."""
    names = "一二三四五六日"
    ch = names[dt.date.fromisoformat(day).weekday()]
    return f"星期{ch}", f"周{ch}", ch


# --- the workbooks -------------------------------------------------------------------------------

def times_cn() -> Workbook:
    u, w = "城市搜救", "水上救援"
    tasks = [
        plain(u, "2022-03-01 08:30", "甘井子区72岁老人走失，家属求助"),
        typed(u, "2022-03-05 下午3:20", "2022-03-05 15:20", "金州区学生离家未归，协助寻找"),
        typed(u, "2022年3月6日 晚上8点15分", "2022-03-06 20:15", "沙河口区老人走失，穿灰色棉服"),
        typed(w, "2022/3/7 凌晨2:05", "2022-03-07 02:05", "星海湾有人落水，配合海警搜寻"),
        typed(u, "2022.3.8 上午9:30", "2022-03-08 09:30", "西岗区失智老人走失"),
        typed(u, "2022-03-09 中午12:10", "2022-03-09 12:10", "中山区儿童走失，商场求助"),
        typed(w, "2022年3月10日下午12点半", "2022-03-10 12:30", "棒棰岛游客被困礁石"),
        typed(u, "2022-03-11 晚上11:50", "2022-03-11 23:50", "高新园区老人夜间走失"),
        typed(w, "2022-03-12 凌晨0:30", "2022-03-12 00:30", "小平岛渔船失联，协助搜寻"),
        typed(u, "2022-03-13 上午 10:05", "2022-03-13 10:05", "旅顺口区老人走失，家属求助"),
        plain(w, "2022-03-14 16:40", "老虎滩有人落水，群众求助", squad="水上救援分队"),
    ]
    return Workbook(f"{YEAR}-times-cn", "times with 上午/下午/晚上/凌晨/中午",
                    [standard(u, [t for t in tasks if t.kind == u]), standard(w, [t for t in tasks if t.kind == w])],
                    tasks)


def times_ampm() -> Workbook:
    u = "城市搜救"
    tasks = [
        plain(u, "2022-01-01 09:00", "甘井子区老人走失"),
        typed(u, "2022/1/2 3:45 PM", "2022-01-02 15:45", "金州区老人走失，家属求助"),
        typed(u, "2022/1/3 12:05 AM", "2022-01-03 00:05", "开发区学生夜间未归"),
        typed(u, "2022-01-04 9:10 am", "2022-01-04 09:10", "西岗区失智老人走失"),
        typed(u, "2022/1/6 12:30 PM", "2022-01-06 12:30", "中山区儿童走失"),
        typed(u, "2022/1/8 8:00PM", "2022-01-08 20:00", "沙河口区老人走失"),
        typed(u, "2022-01-09 11:15 A.M.", "2022-01-09 11:15", "高新园区老人走失"),
    ]
    return Workbook(f"{YEAR}-times-ampm", "times with AM/PM", [standard(u, tasks)], tasks)


def weekdays() -> Workbook:
    m = "山地救援"
    d = {day: weekday(day) for day in ("2022-01-08", "2022-01-09", "2022-01-10", "2022-01-11", "2022-01-13")}
    tasks = [
        plain(m, "2022-01-05 07:00", "大黑山驴友迷路，协助搜寻", squad="山地救援分队"),
        typed(m, f"2022年1月8日{d['2022-01-08'][0]} 18:50", "2022-01-08 18:50", "大黑山驴友被困，夜间搜寻",
              squad="山地救援分队"),
        typed(m, f"2022-01-09 {d['2022-01-09'][1]} 07:30", "2022-01-09 07:30", "老铁山登山者受伤", squad="山地救援分队"),
        typed(m, f"2022年1月10日({d['2022-01-10'][2]}) 14:00", "2022-01-10 14:00", "小黑山驴友失联",
              squad="山地救援分队"),
        typed(m, f"2022/1/11（{d['2022-01-11'][2]}）", "2022-01-11", "横山登山者迷路", squad="山地救援分队"),
        typed(m, f"2022.1.13 {d['2022-01-13'][1]} 9:05", "2022-01-13 09:05", "大赫山驴友受伤", squad="山地救援分队"),
    ]
    return Workbook(f"{YEAR}-weekdays", "dates with a weekday (星期六, 周六, (六))", [standard(m, tasks)], tasks)


def cn_numeral_dates() -> Workbook:
    t = "培训保障"
    tasks = [
        plain(t, "2022-03-01 09:00", "大连理工大学心肺复苏培训", squad="培训部"),
        typed(t, "二〇二二年三月五日", "2022-03-05", "星海广场马拉松安全保障", squad="培训部"),
        typed(t, "二〇二二年十二月二十一日", "2022-12-21", "社区防溺水宣讲", squad="培训部"),
        typed(t, "三月十六日", "2022-03-16", "中小学防溺水安全宣讲", squad="培训部"),
        typed(t, "二〇二二年四月一日 14:30", "2022-04-01 14:30", "企业急救培训", squad="培训部"),
        typed(t, "二零二二年五月三十日", "2022-05-30", "水上救援技能培训", squad="培训部"),
    ]
    return Workbook(f"{YEAR}-cn-numeral-dates", "dates in Chinese numerals (二〇二二年三月五日, 三月五日)",
                    [standard(t, tasks)], tasks)


def serial_text() -> Workbook:
    e = "疫情防控"
    tasks = [
        plain(e, "2022-01-02 06:30", "黑石礁街道核酸采样秩序维护"),
        typed(e, f"{serial(moment('2022-01-01 12:00')):.10g}", "2022-01-01 12:00", "凌水街道核酸采样信息登记"),
        typed(e, f"{serial(dt.datetime(2022, 2, 8)):.10g}", "2022-02-08", "泉水社区物资配送"),
        typed(e, f"{serial(moment('2022-03-01 18:00')):.10g}", "2022-03-01 18:00", "疫苗接种点秩序维护"),
        typed(e, serial(moment("2022-03-02 07:45")), "2022-03-02 07:45", "封控小区物资配送"),
    ]
    return Workbook(f"{YEAR}-serial-text", "Excel serial numbers stored as text (and one as a bare number)",
                    [standard(e, tasks)], tasks)


def hour_minute() -> Workbook:
    u = "城市搜救"
    tasks = [
        plain(u, "2022-03-04 10:00", "甘井子区老人走失"),
        typed(u, "2022年3月5日14时30分", "2022-03-05 14:30", "金州区老人走失，家属求助"),
        typed(u, "2022-03-06 9时5分", "2022-03-06 09:05", "西岗区学生未归"),
        typed(u, "2022/3/7 14时", "2022-03-07 14:00", "中山区儿童走失"),
        typed(u, "2022-03-08 14:30:15", "2022-03-08 14:30", "沙河口区老人走失"),
        typed(u, "2022年3月9日8点20分", "2022-03-09 08:20", "高新园区老人走失"),
    ]
    return Workbook(f"{YEAR}-hour-minute", "14时30分, 8点20分 and seconds", [standard(u, tasks)], tasks)


def date_range() -> Workbook:
    t = "培训保障"
    tasks = [
        plain(t, "2022-03-01 09:00", "心肺复苏培训", squad="培训部"),
        typed(t, "3月5日-3月7日", "3月5日-3月7日", "水上救援技能集训（三天）", squad="培训部"),
        typed(t, "2022.4.1-4.3", "2022.4.1-4.3", "山地救援野外拉练", squad="山地救援分队"),
        typed(t, "2022年5月2日至5日", "2022年5月2日至5日", "马拉松赛事安全保障", squad="培训部"),
        plain(t, "2022-05-10 08:00", "防溺水宣讲", squad="培训部"),
    ]
    return Workbook(f"{YEAR}-date-range", "a date range, kept raw", [standard(t, tasks)], tasks)


def split_date_time() -> Workbook:
    w = "水上救援"
    tasks = [
        Task(w, no(), "星海湾有人落水，配合海警搜寻", None, "2022-06-01 14:30", squad="水上救援分队"),
        Task(w, no(), "老虎滩游客被困礁石", None, "2022-06-03 19:05", squad="水上救援分队"),
        Task(w, no(), "棒棰岛溺水人员打捞", None, "2022-06-05", squad="水上救援分队"),
        Task(w, no(), "小平岛渔船故障漂流", None, "2022-06-07 06:40", squad="水上救援分队"),
    ]
    cells = [  # (出队日期, 出队时间) as typed
        (dt.datetime(2022, 6, 1), dt.time(14, 30)),
        ("2022-06-03", "19:05"),
        (dt.datetime(2022, 6, 5), None),
        (dt.datetime(2022, 6, 7), "6:40"),
    ]
    header = ["事件编号", "事件摘要", "出队日期", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]
    rows = [header] + [[t.event_no, t.summary, d, h, t.headcount, t.vehicles, t.squad, None]
                       for t, (d, h) in zip(tasks, cells)]
    formats = {f"D{i}": "hh:mm" for i, (_, h) in enumerate(cells, start=2) if isinstance(h, dt.time)}
    formats.update({f"C{i}": "yyyy-mm-dd" for i, (d, _) in enumerate(cells, start=2) if isinstance(d, dt.datetime)})
    return Workbook(f"{YEAR}-split-date-time", "date and time in separate columns (出队日期 + 出队时间)",
                    [Sheet(w, rows, formats=formats)], tasks)


def counts() -> Workbook:
    u = "城市搜救"

    def c(when, summary, hc, people, vc, cars, **kw):
        t = plain(u, when, summary, **kw)
        t.headcount, t.people, t.vehicles, t.cars = hc, people, vc, cars
        return t

    tasks = [
        c("2022-04-01 08:00", "甘井子区老人走失", "16.0", 16, "3.0", 3),
        c("2022-04-02 09:00", "金州区老人走失", 16.0, 16, 3.0, 3),
        c("2022-04-03 10:00", "西岗区学生未归", "二十", 20, "两", 2),
        c("2022-04-04 11:00", "中山区儿童走失", "两人", 2, "一", 1),
        c("2022-04-05 12:00", "沙河口区老人走失", "十二人", 12, "/", None),
        c("2022-04-06 13:00", "高新园区老人走失", "二十五", 25, "—", None),
        c("2022-04-07 14:00", "旅顺口区老人走失", "——", None, "－", None),
        c("2022-04-08 15:00", "开发区老人走失", "-", None, "0", 0, remarks="步行前往"),
        c("2022-04-09 16:00", "普兰店区老人走失", "8.0人", 8, "2.0", 2),
    ]
    return Workbook(f"{YEAR}-counts", "counts 16.0, 二十, 两人 and placeholders", [standard(u, tasks)], tasks)


def title_two_row_header() -> Workbook:
    u, m = "城市搜救", "山地救援"
    tu = [plain(u, "2022-05-01 08:10", "甘井子区老人走失", people=15, cars=4),
          plain(u, "2022-05-02 19:30", "金州区学生未归", people=22, cars=5, squad="金州分队"),
          plain(u, "2022-05-03 06:45", "西岗区失智老人走失", people=9, cars=0, remarks="步行搜寻")]
    tm = [plain(m, "2022-05-04 17:00", "大黑山驴友被困", people=18, cars=6, squad="山地救援分队"),
          plain(m, "2022-05-05 21:20", "老铁山登山者受伤", people=11, cars=3, squad="山地救援分队")]

    def sheet(name: str, tasks: list[Task]) -> Sheet:
        rows = [[f"{YEAR}年{name}任务统计表"] + [None] * 6,
                ["事件编号", "事件摘要", "出队时间", "出队情况", None, "分队名称", "备注"],
                [None, None, None, "人数", "车次", None, None]] + [t.cells() for t in tasks]
        merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "G2:G3"]
        return Sheet(name, rows, merges)

    return Workbook(f"{YEAR}-title-two-row-header", "a title row and a header over two merged rows (出队情况 over 人数 / 车次)",
                    [sheet(u, tu), sheet(m, tm)], tu + tm)


def extra_columns() -> Workbook:
    u = "城市搜救"
    tasks = [plain(u, "2022-06-01 08:00", "甘井子区老人走失", people=14, cars=3),
             plain(u, "2022-06-02 09:30", "金州区学生未归", people=20, cars=5, squad="金州分队"),
             plain(u, "2022-06-03 20:15", "西岗区失智老人走失", people=8, cars=2, remarks="家属已找到"),
             plain(u, "2022-06-04 13:45", "中山区儿童走失", people=6, cars=1)]
    header = ["序号", "事件编号", "事件摘要", "类型", "出队时间", "联系人", "天气", "出队人数", "出队车次", "分队名称",
              "备注"]
    extra = [("老人走失", "王女士", "晴"), ("学生走失", "李先生", "小雨"), ("老人走失", "张女士", "阴"),
             ("儿童走失", "商场保安", "晴")]
    rows = [header] + [[i, t.event_no, t.summary, k, t.departure, who, sky, t.headcount, t.vehicles, t.squad,
                        t.remarks or None] for i, (t, (k, who, sky)) in enumerate(zip(tasks, extra), start=1)]
    return Workbook(f"{YEAR}-extra-columns", "extra columns (序号, 类型, 联系人, 天气)", [Sheet(u, rows)], tasks)


def totals() -> Workbook:
    w = "水上救援"
    march = [plain(w, "2022-03-02 10:00", "星海湾有人落水", people=12, cars=3, squad="水上救援分队"),
             plain(w, "2022-03-15 14:20", "老虎滩游客被困", people=8, cars=2, squad="水上救援分队")]
    april = [plain(w, "2022-04-03 09:10", "棒棰岛溺水人员打捞", people=15, cars=4, squad="水上救援分队"),
             plain(w, "2022-04-20 16:00", "小平岛渔船失联", people=10, cars=3, squad="水上救援分队")]
    may = [plain(w, "2022-05-06 07:30", "黑石礁有人落水", people=9, cars=2, squad="水上救援分队"),
           plain(w, "2022-05-18 18:45", "夏家河子游客被困", people=7, cars=1, squad="水上救援分队")]

    def total(label, tasks):
        return [label, None, None, sum(t.people for t in tasks), sum(t.cars for t in tasks), None, None]

    rows = [HEADER]
    rows += [t.cells() for t in march] + [total("3月合计", march)]
    rows += [t.cells() for t in april] + [total("小计", april)]
    rows += [total("本页合计", march + april)]
    rows += [t.cells() for t in may]
    rows += [[None, None, None, sum(t.people for t in may), sum(t.cars for t in may), None, None]]  # sums only
    rows += [total("合计", march + april + may), ["总计", None, None, sum(t.people for t in march + april + may),
                                                   sum(t.cars for t in march + april + may), None, None]]
    return Workbook(f"{YEAR}-totals", "subtotal and total rows (合计, 3月合计, 小计, 本页合计, 总计, sums only)",
                    [Sheet(w, rows)], march + april + may)


def footer() -> Workbook:
    r = "队伍整备与设备保养"
    tasks = [plain(r, "2022-07-01 09:00", "冲锋舟发动机保养", people=4, cars=1, squad="水上救援分队"),
             plain(r, "2022-07-08 14:00", "救援车辆年检", people=2, cars=2, squad="装备部"),
             plain(r, "2022-07-15 08:30", "队员体能训练", people=25, cars=0, squad="甘井子分队")]
    rows = [HEADER] + [t.cells() for t in tasks] + [
        [None] * 7,
        ["制表人：王秀英", None, None, None, None, None, None],
        ["注：出队人数含带队队长，车次含私家车。", None, None, None, None, None, None],
        ["填表日期：2023年1月5日", None, None, None, None, "审核：李明", None],
    ]
    return Workbook(f"{YEAR}-footer", "footer rows (制表人：…, 注：…, 填表日期)", [Sheet(r, rows)], tasks)


def hidden() -> Workbook:
    u, t = "城市搜救", "培训保障"
    tu = [plain(u, "2022-08-01 08:00", "甘井子区老人走失"),
          plain(u, "2022-08-02 09:00", "金州区学生未归（隐藏行）"),
          plain(u, "2022-08-03 10:00", "西岗区老人走失（隐藏行）"),
          plain(u, "2022-08-04 11:00", "中山区儿童走失")]
    tt = [plain(t, "2022-08-05 09:00", "心肺复苏培训（隐藏表）", squad="培训部"),
          plain(t, "2022-08-06 14:00", "防溺水宣讲（隐藏表）", squad="培训部")]
    return Workbook(f"{YEAR}-hidden", "hidden rows and a hidden sheet (their tasks imported)",
                    [standard(u, tu, hidden_rows=[3, 4]), standard(t, tt, hidden=True)], tu + tt)


def continued() -> Workbook:
    w = "水上救援"
    first = [plain(w, f"2022-09-{d:02d} 10:00", f"星海湾落水搜寻（第{d}次）", squad="水上救援分队") for d in (1, 3, 5)]
    more = [plain(w, f"2022-09-{d:02d} 15:00", f"老虎滩游客被困（第{d}次）", squad="水上救援分队") for d in (7, 9)]
    return Workbook(f"{YEAR}-continued-sheet", "one kind over two sheets (水上救援, 水上救援(续))",
                    [standard(w, first), standard("水上救援(续)", more)], first + more)


def kind_column() -> Workbook:
    tasks = [plain("水上救援", "2022-10-01 10:00", "星海湾有人落水", squad="水上救援分队"),
             plain("城市搜救", "2022-10-02 11:00", "甘井子区老人走失"),
             plain("山地救援", "2022-10-03 12:00", "大黑山驴友被困", squad="山地救援分队"),
             plain("培训保障", "2022-10-04 13:00", "心肺复苏培训", squad="培训部"),
             plain("城市搜救", "2022-10-05 14:00", "金州区学生未归", squad="金州分队")]
    header = ["事件编号", "任务类型", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]
    rows = [header] + [[t.event_no, t.kind, t.summary, t.departure, t.headcount, t.vehicles, t.squad, None]
                       for t in tasks]
    return Workbook(f"{YEAR}-kind-column", "one sheet of several kinds told apart by a kind column",
                    [Sheet(f"{YEAR}年任务登记", rows)], tasks)


def formulas() -> Workbook:
    u = "城市搜救"
    tasks = [plain(u, "2022-11-01 08:00", "甘井子区老人走失", people=16, cars=4),
             plain(u, "2022-11-02 09:15", "金州区学生未归", people=9, cars=2),
             plain(u, "2022-11-03 19:40", "西岗区老人走失", people=12, cars=3)]
    tasks[0].headcount, tasks[0].vehicles = "=12+4", "=2*2"  # typed as sums: the saved result counts
    tasks[1].event_no = "WZ2022-0999"
    tasks[1].departure = "=DATE(2022,11,2)+TIME(9,15,0)"
    rows = [HEADER] + [t.cells() for t in tasks]
    rows[2][0] = '="WZ2022-"&TEXT(999,"0000")'
    rows.append(["合计", None, None, f"=SUM(D2:D{len(tasks) + 1})", f"=SUM(E2:E{len(tasks) + 1})", None, None])
    return Workbook(f"{YEAR}-formulas", "formulas with saved results (counts, event number, departure, a total)",
                    [Sheet(u, rows, formats={"C3": "yyyy-mm-dd hh:mm"})], tasks)


def merged_cells() -> Workbook:
    u = "城市搜救"
    tasks = [plain(u, "2022-12-01 08:00", "甘井子区老人走失（第一批）", squad="甘井子分队、金州分队"),
             plain(u, "2022-12-01 08:00", "甘井子区老人走失（第二批）", squad="甘井子分队、金州分队"),
             plain(u, "2022-12-01 08:00", "甘井子区老人走失（第三批）", squad="甘井子分队、金州分队"),
             plain(u, "2022-12-02 19:30", "西岗区学生未归", squad="西岗分队"),
             plain(u, "2022-12-03 10:15", "中山区儿童走失", squad="中山分队"),
             plain(u, "2022-12-03 10:15", "中山区儿童走失（增援）", squad="中山分队")]
    sheet = standard(u, tasks)
    for r in (3, 4, 7):  # the range's top cell holds the value, the cells under it are empty
        sheet.rows[r - 1][2] = None
    for r in (3, 4, 7):
        sheet.rows[r - 1][5] = None
    sheet.merges = ["C2:C4", "F2:F4", "C6:C7", "F6:F7"]
    return Workbook(f"{YEAR}-merged-cells", "a departure and a squad merged down several rows", [sheet], tasks)


def header_deep() -> Workbook:
    r = "队伍整备与设备保养"
    tasks = [plain(r, "2022-02-10 09:00", "冲锋舟发动机保养", people=4, cars=1, squad="水上救援分队"),
             plain(r, "2022-02-17 14:00", "救援车辆年检", people=2, cars=2, squad="装备部"),
             plain(r, "2022-02-24 08:30", "队员体能训练", people=25, cars=0, squad="甘井子分队")]
    placeholders = ["/", "—", "－"]  # a remark that says nothing
    rows = [[f"大连万众救援队{YEAR}年队伍整备与设备保养记录"] + [None] * 6,
            [None] * 7,
            ["填报单位：大连万众救援队", None, None, None, "统计时间：2022年全年", None, None],
            HEADER] + [t.cells()[:6] + [p] for t, p in zip(tasks, placeholders)]
    rows.append([None, "合 计", None, sum(t.people for t in tasks), sum(t.cars for t in tasks), None, None])
    return Workbook(f"{YEAR}-header-deep", "the header on row 4 under a title, a blank row and a unit line; "
                    "remarks that are placeholders; '合 计' in the summary column", [Sheet(r, rows, ["A1:G1"])], tasks)


def mixed() -> Workbook:
    """A workbook as another secretary keeps it: many classes at once (the check of them together)."""
    u, w = "城市搜救", "水上救援"
    d = {day: weekday(day) for day in ("2022-02-05", "2022-02-12")}
    jan = [typed(u, None, "2022-01-03 15:20", "甘井子区老人走失，家属求助", people=14, cars=3),
           typed(u, None, "2022-01-15 20:15", "金州区学生未归", people=20, cars=5, squad="金州分队"),
           typed(u, None, "2022-01-28 09:05", "西岗区失智老人走失（隐藏行）", people=8, cars=2)]
    feb = [typed(u, None, "2022-02-05 07:30", "中山区儿童走失", people=6, cars=1, squad="中山分队"),
           typed(u, None, "2022-02-12", "高新园区老人走失", people=None, cars=None, remarks="人数未统计")]
    cells = [  # (出队日期, 出队时间) as this secretary typed them
        (dt.datetime(2022, 1, 3), "下午3:20"), ("2022/1/15", "8:15 PM"), (dt.datetime(2022, 1, 28), "9时5分"),
        (f"2022年2月5日{d['2022-02-05'][0]}", "07:30"), (f"2022/2/12（{d['2022-02-12'][2]}）", None)]
    counts = [("14", "3"), ("二十", "5.0"), (8, 2), ("6人", "一"), ("/", "—")]
    rows = [[f"{YEAR}年城市搜救任务统计表"] + [None] * 10,
            ["序号", "事件编号", "事件摘要", "出队日期", "出队时间", "出队情况", None, "分队名称", "联系人", "天气", "备注"],
            [None, None, None, None, None, "人数", "车次", None, None, None, None]]
    tasks = jan + feb
    for i, (t, (day, hour), (hc, vc)) in enumerate(zip(tasks, cells, counts), start=1):
        rows.append([i, t.event_no, t.summary, day, hour, hc, vc, t.squad, "王女士", "晴", t.remarks or None])
        if t is jan[-1]:
            rows.append([None, "1月合计", None, None, None, sum(x.people for x in jan), sum(x.cars for x in jan),
                         None, None, None, None])
    rows.append([None, "2月合计", None, None, None, 6, 1, None, None, None, None])
    rows.append([None, "合计", None, None, None, 48, 11, None, None, None, None])
    rows.append(["制表人：王秀英", None, None, None, None, None, None, None, None, None, None])
    merges = ["A1:K1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:G2", "H2:H3", "I2:I3", "J2:J3", "K2:K3"]
    city = Sheet(f"{u} ", rows, merges, hidden_rows=[6])
    water = [plain(w, "2022-01-09 10:40", "星海湾有人落水", people=16, cars=4, squad="水上救援分队"),
             plain(w, "2022-02-20 16:10", "老虎滩游客被困", people=9, cars=2, squad="水上救援分队")]
    water[0].headcount = "=10+6"
    water[1].departure = "2022/2/20 4:10 PM"
    notes = Sheet("填表说明", [["填表说明"], ["1. 每次出队后三日内填写。"], ["2. 出队时间写到分钟。"]])
    return Workbook(f"{YEAR}-mixed", "many classes at once, as another secretary keeps a workbook",
                    [city, standard(w, water), notes], tasks + water)


README = """# Workbooks LibreOffice wrote, each with its truth

Written by `make_corpus.py` (openpyxl, then `soffice --headless --convert-to xlsx|xls|ods`, so the
files are LibreOffice's own) and checked by `tests/test_import_corpus.py`: each file imported into a
fresh store, its year exported, the export compared with `STEM.truth.json` by
`tests/data/compare_export.py`. The truth is what a careful secretary means by each cell
(`2022/1/2 3:45 PM` is `2022-01-02 15:45`; a date range is no departure: its raw text), written by
hand in `make_corpus.py`, never taken from the importer. Regenerate with
`python tests/data/corpus/make_corpus.py` (needs LibreOffice); the cells come out the same.

"""


WORKBOOKS = [times_cn, times_ampm, weekdays, cn_numeral_dates, serial_text, hour_minute, date_range, split_date_time,
             counts, title_two_row_header, extra_columns, totals, footer, hidden, continued, kind_column, formulas,
             merged_cells, header_deep, mixed]


# --- writing -----------------------------------------------------------------------------------------

def write_openpyxl(book: Workbook, path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for spec in book.sheets:
        ws = wb.create_sheet(spec.name)
        for r, row in enumerate(spec.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, dt.datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm" if value.time() != dt.time() else "yyyy-mm-dd"
        for ref, number_format in spec.formats.items():
            ws[ref].number_format = number_format
        for ref in spec.merges:
            ws.merge_cells(ref)
        for r in spec.hidden_rows:
            ws.row_dimensions[r].hidden = True
        if spec.hidden:
            ws.sheet_state = "hidden"
        ws.column_dimensions["B"].width = 30
        ws.column_dimensions["C"].width = 22
    wb.save(path)


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        sys.exit("LibreOffice (soffice) is needed to write the corpus")
    return found


def main() -> int:
    global _N
    _N = iter(range(1, 10_000))
    books = []
    for make in WORKBOOKS:
        _N = iter(range(1, 10_000))  # each workbook numbers its own events
        books.append(make())
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "src"
        src.mkdir()
        for book in books:
            write_openpyxl(book, src / f"{book.stem}.xlsx")
        profile = (tmp / "profile").as_uri()
        for suffix, target in FORMATS.items():
            out = tmp / suffix
            out.mkdir()
            subprocess.run([soffice(), f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nologo",
                            "--convert-to", target, "--outdir", str(out), *sorted(str(p) for p in src.iterdir())],
                           check=True, capture_output=True, timeout=600)
            for book in books:
                produced = out / f"{book.stem}.{suffix}"
                if not produced.exists():
                    sys.exit(f"LibreOffice did not write {produced.name}")
                shutil.copyfile(produced, HERE / produced.name)
    for book in books:
        truth = [t.truth() for t in book.tasks]
        (HERE / f"{book.stem}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=0) + "\n",
                                                     encoding="utf-8")
    lines = [f"| `{b.stem}` | {b.what} | {len(b.tasks)} |" for b in books]
    (HERE / "README.md").write_text(README + "| workbook | class | tasks |\n|---|---|---|\n" + "\n".join(lines) + "\n",
                                    encoding="utf-8")
    print(f"wrote {len(books)} workbooks x {len(FORMATS)} formats into {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
