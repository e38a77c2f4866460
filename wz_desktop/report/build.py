"""The report itself: what goes on its pages, in what order, and the atomic write of the PDF."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from wz_desktop import APP_TITLE, __version__
from wz_desktop.domain import lost_stats as L
from wz_desktop.domain.kinds import KIND_COLORS, KIND_ORDER, TaskKind
from wz_desktop.domain.text import msg
from wz_desktop.domain.words import KIND_NAMES, TEAM_NAME
from wz_desktop.report.figures import (
    ReportCancelled,
    ReportError,
    ReportFigures,
    check_period,
    gather,
    histogram_labels,
    weekday_names,
)
from wz_desktop.report.pages import (
    INK,
    MUTED,
    RULE,
    AlignCenter,
    AlignLeft,
    AlignRight,
    Chart,
    Pages,
    chinese_family,
    fix_text_mapping,
    number,
)

TEAM = TEAM_NAME  # domain/words.py
RESOLUTION = 300  # dots per inch: the charts are vector; this is the grid of positions
MARGINS_MM = (18.0, 16.0, 18.0, 12.0)  # left, top, right, bottom (the footer sits above the bottom margin)

BAR_COLOR = "#1f6fb2"
COMPARE_COLOR = "#9ab8d6"

NO_FONT = msg("没有找到可以显示中文的字体，无法生成报告。请安装一种中文字体（Windows 自带“微软雅黑”；"
              "Linux 可安装 Noto Sans CJK SC，即软件包 fonts-noto-cjk）后再试。")

Progress = Callable[[int, str], None]


@dataclass
class ReportResult:
    path: Path
    title: str
    pages: int
    tasks: int


def kind_label(kind: TaskKind | str) -> str:
    """A kind's name as the window shows it (the word table's, translated in its context, as
    ``ui.labels.kind_label``: the report draws no widgets and does not import ``ui/``)."""
    try:
        kind = TaskKind(kind)
    except ValueError:
        return str(kind)
    return QCoreApplication.translate(KIND_NAMES.context, KIND_NAMES[kind.value])



def report_title(year: int, month: int | None = None) -> str:
    if month is None:
        return msg("{team} {year} 年度工作报告", team=TEAM, year=year)
    return msg("{team} {year} 年 {month} 月工作简报", team=TEAM, year=year, month=month)


def default_file_name(year: int, month: int | None = None) -> str:
    if month is None:
        return msg("{year}年度工作报告.pdf", year=year)
    return msg("{year}年{month:02d}月工作简报.pdf", year=year, month=month)


_application = None  # the QGuiApplication made for the command line, kept alive


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new QGuiApplication for the command line (off screen where
    there is no display: the report needs fonts, not windows)."""
    global _application
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = _application = QGuiApplication([sys.argv[0] if sys.argv else "wz-desktop"])
    return app


# --- the pages -----------------------------------------------------------------------------------

def _kind_rows(fig: ReportFigures) -> list[list[str]]:
    key, prev = fig.key, fig.previous_key
    rows = []
    for kind in KIND_ORDER:
        f, p = key.by_kind[kind.value], prev.by_kind[kind.value]
        rows.append([kind_label(kind), str(f.tasks), str(f.people), str(f.vehicle_trips), str(f.people_helped),
                     str(p.tasks)])
    rows.append(["合计", str(key.tasks), str(key.people), str(key.vehicle_trips), str(key.people_helped),
                 str(prev.tasks)])
    return rows


def _tiles(pages: Pages, fig: ReportFigures) -> None:
    key = fig.key
    tiles = [("任务", key.tasks, "次"), ("出队人次", key.people, "人次"), ("出队车次", key.vehicle_trips, "车次"),
             ("救助人数", key.people_helped, "人")]
    big = pages.font(18, True)
    small = pages.font(8.5)

    def draw(painter: QPainter, rect: QRectF) -> None:
        gap = pages.mm(4)
        width = (rect.width() - gap * (len(tiles) - 1)) / len(tiles)
        for i, (label, value, unit) in enumerate(tiles):
            box = QRectF(rect.left() + i * (width + gap), rect.top(), width, rect.height())
            painter.setPen(QPen(QColor("#c5d3e3"), pages.mm(0.3)))
            painter.setBrush(QColor("#f3f7fb"))
            painter.drawRoundedRect(box, pages.mm(1.5), pages.mm(1.5))
            painter.setPen(QColor("#123a63"))
            painter.setFont(big)
            painter.drawText(QRectF(box.left(), box.top() + pages.mm(2), box.width(), box.height() * 0.55),
                             int(AlignCenter), str(value))
            painter.setFont(small)
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(box.left(), box.top() + box.height() * 0.6, box.width(), box.height() * 0.35),
                             int(AlignCenter), msg("{label}（{unit}）", label=label, unit=unit))

    pages.block(24, draw)


def _title_block(pages: Pages, fig: ReportFigures) -> None:
    p = fig.period
    pages.text(APP_TITLE, 10, color=MUTED, gap=pages.mm(1))
    pages.text(TEAM, 22, bold=True, color="#123a63", gap=pages.mm(1))
    pages.text(msg("{year} 年度工作报告", year=p.year) if p.month is None
               else msg("{year} 年 {month} 月工作简报", year=p.year, month=p.month), 18, bold=True, gap=pages.mm(3))

    def rule(painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(QColor("#123a63"), pages.mm(0.6)))
        painter.drawLine(rect.topLeft(), rect.topRight())

    pages.block(1, rule)
    pages.text(msg("统计期间：{span}（按出队时间）", span=p.span_text()), 10.5, gap=pages.mm(1))
    pages.text(msg("生成时间：{made}\u3000由{app} {version} 生成", made=fig.made_at.strftime("%Y-%m-%d %H:%M"), app=APP_TITLE,
                   version=__version__), 10.5, gap=pages.mm(1))
    pages.text("本报告的数字与“统计”页选同一期间时的图表一致：任务按出队时间计入期间；出队人次、车次取自各任务登记的"
               "出队人数与车次（含导入的历史记录）；一条任务有几个分队参加，就计入每个分队。", 8.5, color=MUTED,
               gap=pages.mm(4))


def _key_figures(pages: Pages, fig: ReportFigures) -> None:
    p, key, prev = fig.period, fig.key, fig.previous_key
    pages.heading("一、主要数据")
    _tiles(pages, fig)
    pages.space(1)
    change = ""
    if prev.tasks:
        diff = (key.tasks - prev.tasks) / prev.tasks * 100
        change = (msg("，增加 {percent:.1f}%", percent=diff) if diff >= 0
                  else msg("，减少 {percent:.1f}%", percent=abs(diff)))
    pages.text(msg("{period}共执行任务 {tasks} 次，出队 {people} 人次、车辆 {trips} 车次，救助群众 {helped} 人。"
                   "{before}（{previous}）共 {previous_tasks} 次任务{change}。", period=p.text(), tasks=key.tasks,
                   people=key.people, trips=key.vehicle_trips, helped=key.people_helped,
                   before=msg("去年同月") if p.is_month else msg("上年"), previous=p.previous().text(),
                   previous_tasks=prev.tasks, change=change), 10)
    previous_title = "去年同月任务数" if p.is_month else "上年任务数"
    pages.table([("类别", 2.4, AlignLeft), ("任务数", 1, AlignRight), ("出队人次", 1, AlignRight),
                 ("出队车次", 1, AlignRight), ("救助人数", 1, AlignRight), (previous_title, 1.3, AlignRight)],
                _kind_rows(fig), caption="各类任务", total_rows=1, points=9)
    if key.no_headcount:
        pages.text(msg("另有 {count} 条任务出队人数不明，未计入人次。", count=key.no_headcount), 8.5, color=MUTED)


def _monthly(pages: Pages, fig: ReportFigures) -> None:
    p, monthly = fig.period, fig.monthly
    chart = Chart(pages)
    pages.heading("二、任务数量", keep_mm=88)
    series = [(kind_label(kind), KIND_COLORS[kind], values) for kind, values in monthly.counts.items()]
    years = {m[:4] for m in monthly.months}
    labels = []
    for i, m in enumerate(monthly.months):
        text = msg("{month}月", month=int(m[5:7]))
        if len(years) > 1 and (i == 0 or m.endswith("-01")):
            text = msg("{month}\n{year}年", month=text, year=m[:4])
        labels.append(text)
    title = (msg("{year} 年各月任务数（按类别堆叠）", year=p.year) if not p.is_month
             else msg("近 12 个月任务数（{first} 至 {last}，按类别堆叠）", first=monthly.months[0], last=monthly.months[-1]))
    pages.block(80, lambda painter, rect: chart.bars(painter, rect, labels, series, title=title, stacked=True,
                                                     y_title="任务数", label_lines=2 if len(years) > 1 else 1))
    pages.text(msg("近 12 个月共 {total} 条任务", total=monthly.total) if p.is_month
               else msg("共 {total} 条任务", total=monthly.total), 8.5, color=MUTED)
    if p.is_month:
        prev = p.previous()
        kinds = [kind for kind in KIND_ORDER]
        now = [fig.key.by_kind[k.value].tasks for k in kinds]
        before = [fig.previous_key.by_kind[k.value].tasks for k in kinds]
        compare = [(f"{p.text()}", BAR_COLOR, now), (f"{prev.text()}", COMPARE_COLOR, before)]
        pages.block(62, lambda painter, rect: chart.bars(
            painter, rect, [kind_label(k) for k in kinds], compare,
            title=msg("{period}与去年同月对比（按类别）", period=p.text()),
            stacked=False, y_title="任务数", label_lines=2))


def _response(pages: Pages, fig: ReportFigures) -> None:
    r = fig.response
    chart = Chart(pages)
    pages.heading("三、响应时间（从接报到出队）", keep_mm=75 if fig.response.measured else 20)
    note = msg("仅统计登记了来电的任务（{measured} 条），其余 {no_call} 条没有来电记录", measured=r.measured,
               no_call=r.no_call)
    if r.unmeasured:
        note += msg("；另有 {unmeasured} 条有来电但出队时间只有日期", unmeasured=r.unmeasured)
    pages.text(note + "。", 9, color=MUTED)
    if not r.measured:
        pages.text("本期没有可以计算响应时间的任务。", 10)
        return
    labels = histogram_labels(r.bin_minutes)
    marker = None
    if r.overall.median is not None:
        marker = (min(len(labels), r.overall.median / r.bin_minutes),
                  msg("中位数 {median:g} 分钟", median=r.overall.median))
    pages.block(62, lambda painter, rect: chart.bars(
        painter, rect, labels, [("任务数", BAR_COLOR, r.overall.histogram)], title="从接报到出队的分钟数",
        stacked=True, y_title="任务数", marker=marker))
    rows = [["全部", str(r.overall.count), number(r.overall.median), number(r.overall.mean)]]
    rows += [[kind_label(g.key), str(g.count), number(g.median), number(g.mean)] for g in r.by_kind]
    rows += [[g.label, str(g.count), number(g.median), number(g.mean)] for g in r.by_squad]
    pages.table([("类别 / 分队", 3, AlignLeft), ("任务数", 1, AlignRight), ("中位数（分钟）", 1.4, AlignRight),
                 ("平均（分钟）", 1.4, AlignRight)], rows, caption="响应时间（按类别、分队）")


def _hours(pages: Pages, fig: ReportFigures) -> None:
    h = fig.hours
    chart = Chart(pages)
    pages.heading("四、求助时段（星期 × 时刻）", keep_mm=75 if fig.hours.timed else 20)
    note = msg("统计出队时间精确到时分的任务 {timed} 条", timed=h.timed)
    if h.date_only:
        note += msg("；{date_only} 条只有日期，未计入", date_only=h.date_only)
    if h.undated:
        note += msg("；{undated} 条出队时间不明", undated=h.undated)
    pages.text(note + "。格中数字为该时段出队的任务数。", 9, color=MUTED)
    if not h.timed:
        pages.text("本期没有出队时间精确到时分的任务。", 10)
        return
    pages.block(62, lambda painter, rect: chart.heatmap(painter, rect, h.counts, weekday_names()))


def _squads(pages: Pages, fig: ReportFigures) -> None:
    chart = Chart(pages)
    pages.heading("五、分队负担", keep_mm=min(170.0, 10 + 5.2 * len(fig.squad_load[:25])) + 4)
    load = fig.squad_load
    if load:
        shown = load[:25]
        names = [s.name for s in shown]
        columns = [("任务数", [s.tasks for s in shown], BAR_COLOR), ("出队人次", [s.people for s in shown], BAR_COLOR),
                   ("出队车次", [s.vehicle_trips for s in shown], BAR_COLOR)]
        height = min(170.0, 10 + 5.2 * len(shown))
        pages.block(height, lambda painter, rect: chart.hbars(painter, rect, names, columns))
        note = "人次与车次取自各任务登记的出队人数、车次（含导入的历史记录）；一条任务有几个分队参加，就计入每个分队"
        unknown = sum(s.no_headcount for s in load)
        if unknown:
            note += msg("；{unknown} 条任务人数不明，未计入人次", unknown=unknown)
        if len(load) > len(shown):
            note += msg("；图中为任务最多的 {shown} 个分队，全部 {squads} 个分队见下表", shown=len(shown),
                        squads=len(load))
        pages.text(note + "。", 8.5, color=MUTED)
    else:
        pages.text("本期没有关联到分队的任务。", 10)
    if not fig.squads:
        return
    rows = [[s.name, str(s.turnouts), str(s.people), str(s.vehicle_trips), str(s.members_active), number(s.hours),
             f"{s.share * 100:.1f}%"] for s in fig.squads]
    pages.heading("分队出队与出勤", 2)
    pages.table([("分队", 2.4, AlignLeft), ("出队次数", 1, AlignRight), ("出队人次", 1, AlignRight),
                 ("出队车次", 1, AlignRight), ("出勤队员", 1, AlignRight), ("出勤时长（小时）", 1.4, AlignRight),
                 ("占全部任务", 1.1, AlignRight)], rows, caption="分队出队与出勤")
    pages.text(msg("占全部任务 = 分队出队次数 ÷ 本期全部任务数（{tasks} 条）；一条任务可有几个分队参加，合计可超过 100%。"
                   "出勤队员和出勤时长按队员的出勤记录统计（见“八、队员出勤”）。", tasks=fig.key.tasks), 8.5, color=MUTED)


def _per_task(pages: Pages, fig: ReportFigures) -> None:
    rows = [[kind_label(r.kind), str(r.tasks), number(r.people_mean), number(r.people_median), number(r.trips_mean),
             number(r.trips_median)] for r in fig.per_task if r.tasks]
    pages.heading("六、每任务出队人数与车次")
    pages.table([("类别", 2.4, AlignLeft), ("任务数", 1, AlignRight), ("人数平均", 1, AlignRight),
                 ("人数中位数", 1.1, AlignRight), ("车次平均", 1, AlignRight), ("车次中位数", 1.1, AlignRight)],
                rows, caption="每任务人数与车次")
    pages.text("人数、车次不明的任务不计入平均数和中位数。", 8.5, color=MUTED)


def _searches(pages: Pages, fig: ReportFigures) -> None:
    s = fig.searches
    chart = Chart(pages)
    pages.heading("七、走失人员搜寻结果", keep_mm=66 if fig.searches.total else 20)
    if not s.total:
        pages.text("本期没有走失人员搜寻任务（按“城市搜救”类别统计）。", 10)
        return
    labels = [r if r is not None else "未记录" for r, _ in s.counts]
    values = [n for _, n in s.counts]
    pages.block(62, lambda painter, rect: chart.bars(
        painter, rect, labels, [("次数", BAR_COLOR, values)],
        title=msg("走失人员搜寻结果（城市搜救，共 {total} 次）", total=s.total),
        stacked=True, y_title="次数"))
    rows = [[label, str(n), f"{n / s.total * 100:.1f}%"] for label, n in zip(labels, values)]
    rows.append(["合计", str(s.total), "100%"])
    pages.table([("结果", 3, AlignLeft), ("次数", 1, AlignRight), ("占比", 1, AlignRight)], rows,
                caption="走失人员搜寻结果", total_rows=1)
    pages.text("走失搜寻按“城市搜救”类别统计；“未记录”为没有登记结果的任务。", 8.5, color=MUTED)


def _members(pages: Pages, fig: ReportFigures) -> None:
    pages.heading("八、队员出勤")
    since = fig.attendance_since
    if since is None:
        pages.text("数据库中还没有按姓名的出勤记录：导入的历史记录只有人数、没有姓名，不能统计到每名队员。", 10)
        return
    pages.text(msg("出勤按队员的出勤记录统计，自有记录的第一天（{since}）起；此前导入的历史记录只有人数、没有姓名，"
                   "不计入队员的出勤。出勤包括迟到和早退，缺勤不计；时长只计出勤的任务。", since=since), 9, color=MUTED)
    if not fig.members:
        pages.text("本期没有按姓名的出勤记录。", 10)
        return
    pages.text(msg("出勤时长前 {count} 名队员（本期共 {total} 名队员出勤）", count=len(fig.members), total=fig.members_total),
               10, bold=True, keep=pages.mm(20))
    rows = [[str(i), m.name, m.code or "", m.squad, str(m.tasks), str(m.late), str(m.left_early), number(m.hours),
             m.last_turnout or ""] for i, m in enumerate(fig.members, start=1)]
    pages.table([("序号", 0.7, AlignRight), ("姓名", 1.2, AlignLeft), ("编号", 1.1, AlignLeft), ("分队", 1.9, AlignLeft),
                 ("出勤次数", 1, AlignRight), ("迟到", 0.7, AlignRight), ("早退", 0.7, AlignRight),
                 ("时长（小时）", 1.3, AlignRight), ("最近出勤", 1.4, AlignLeft)], rows, caption="队员出勤")


OUTCOME_COLORS = {"找到平安": "#2ca02c", "受伤找到": "#ff7f0e", "遇难": "#444444", "自行返回": "#1f77b4",
                  "未找到": "#b0b0b0", str(L.SEARCHING): "#cccccc"}  # as the 统计 page's 走失统计 tab


def _lost(pages: Pages, fig: ReportFigures) -> None:
    """九、走失人员统计: the team's own statistics (domain/lost_stats.py) of the cases last seen in
    the period, with the cases behind every figure and the warnings where too few."""
    lost = fig.lost
    total = lost.total if lost is not None else None
    pages.heading("九、走失人员统计", keep_mm=60 if total and total.cases else 20)
    if lost is None or total is None or not total.cases:
        pages.text("本期没有最后出现时间在本期内的走失人员案件。", 10)
        return
    pages.text(msg("本期最后出现的走失人员案件 {cases} 例，已找到 {found} 例。距离为最后出现地点到找到地点的直线距离，"
                   "用时为最后出现到找到（或自行返回）的时间。分位数按线性插值计算（与 numpy、Excel 的 PERCENTILE.INC 相同）；"
                   "不足 {least} 例不计算，不足 {few} 例仅供参考。", cases=total.cases, found=total.found,
                   least=L.MIN_CASES, few=L.FEW_CASES), 9, color=MUTED)

    def name(category: str) -> str:
        return "全部类别" if category == L.ALL else category

    def cells(spread: L.Spread, words) -> list[str]:
        return [str(words(v)) for v in spread.values] or ["—"] * len(L.PERCENTS)

    pages.heading("距最后出现地点的距离（按类别）", 2)
    rows = [[name(r.category), str(r.cases), str(r.found), str(r.distance.cases), *cells(r.distance, L.distance_text),
             str(r.distance.warning)] for r in lost.rows]
    pages.table([("类别", 2, AlignLeft), ("案件", 0.8, AlignRight), ("已找到", 0.9, AlignRight),
                 ("有距离", 0.9, AlignRight), ("25%", 1.1, AlignRight), ("50%", 1.1, AlignRight),
                 ("75%", 1.1, AlignRight), ("95%", 1.1, AlignRight), ("提示", 3.2, AlignLeft)], rows,
                caption="距最后出现地点的距离", total_rows=1)
    pages.heading("找到用时（按类别）", 2)
    rows = [[name(r.category), str(r.hours.cases), *cells(r.hours, L.hours_text), str(r.hours.warning)]
            for r in lost.rows]
    pages.table([("类别", 2, AlignLeft), ("有用时", 0.9, AlignRight), ("25%", 1.1, AlignRight),
                 ("50%", 1.1, AlignRight), ("75%", 1.1, AlignRight), ("95%", 1.1, AlignRight),
                 ("提示", 3.2, AlignLeft)], rows, caption="找到用时", total_rows=1)

    buckets = [b for b in L.bucket_names() if b in total.by_time]
    outcomes = [o for o in OUTCOME_COLORS if any(o in total.by_time[b] for b in buckets)]
    series = [(o, OUTCOME_COLORS[o], [total.by_time[b].get(o, 0) for b in buckets]) for o in outcomes]
    chart = Chart(pages)
    pages.block(62, lambda painter, rect: chart.bars(
        painter, rect, [str(b) for b in buckets], series,
        title=msg("结果与用时（全部类别，共 {cases} 例）", cases=total.cases), stacked=True, y_title="案件数"))
    rows = [[str(b), *[str(total.by_time[b].get(o, 0)) for o in outcomes], str(total.bucket_total(b))] for b in buckets]
    rows.append(["合计", *[str(sum(total.by_time[b].get(o, 0) for b in buckets)) for o in outcomes], str(total.cases)])
    pages.table([("用时", 1.6, AlignLeft), *[(o, 1, AlignRight) for o in outcomes], ("合计", 1, AlignRight)], rows,
                caption="结果与用时", total_rows=1)
    if total.found_by:
        pages.text(msg("找到者（已找到的 {found} 例）：{who}。", found=total.found,
                       who="、".join(f"{w} {n}" for w, n in total.found_by.items())), 9)
    history = fig.lost_history
    if history is not None and history.total.cases > total.cases:
        # the figures a new case's search rings are drawn from: every case up to the period's end
        pages.heading(msg("历年累计：距最后出现地点的距离（截至 {until}，共 {cases} 例）", until=fig.period.until.isoformat(),
                          cases=history.total.cases), 2)
        rows = [[name(r.category), str(r.cases), str(r.found), str(r.distance.cases),
                 *cells(r.distance, L.distance_text), str(r.distance.warning)] for r in history.rows]
        pages.table([("类别", 2, AlignLeft), ("案件", 0.8, AlignRight), ("已找到", 0.9, AlignRight),
                     ("有距离", 0.9, AlignRight), ("25%", 1.1, AlignRight), ("50%", 1.1, AlignRight),
                     ("75%", 1.1, AlignRight), ("95%", 1.1, AlignRight), ("提示", 3.2, AlignLeft)], rows,
                    caption="历年累计距离", total_rows=1)
        pages.text("新案件的搜索圈用同样的方法、按画圈时已有的全部案件计算（该类别不足 5 例时改用全部类别，并注明）。", 8.5,
                   color=MUTED)


SECTIONS = [
    ("主要数据", _key_figures), ("任务数量", _monthly), ("响应时间", _response), ("求助时段", _hours),
    ("分队负担", _squads), ("每任务人数与车次", _per_task), ("走失人员搜寻结果", _searches), ("队员出勤", _members),
    ("走失人员统计", _lost),
]


def compose(pages: Pages, fig: ReportFigures, step: Progress) -> None:
    _title_block(pages, fig)
    for index, (name, section) in enumerate(SECTIONS):
        step(36 + index, msg("正在排版：{name}……", name=name))
        section(pages, fig)


def _footer(title: str, made: str, pages: Pages):
    font = pages.font(8)

    def draw(painter: QPainter, rect: QRectF, number_: int, total: int) -> None:
        painter.setPen(QPen(QColor(RULE), pages.mm(0.2)))
        line_y = rect.top() + pages.mm(2.5)
        painter.drawLine(rect.left(), line_y, rect.right(), line_y)
        painter.setFont(font)
        painter.setPen(QColor(MUTED))
        text_rect = QRectF(rect.left(), line_y + pages.mm(1), rect.width(), rect.bottom() - line_y - pages.mm(1))
        painter.drawText(text_rect, int(AlignLeft), title)
        painter.setPen(QColor(INK))
        painter.drawText(text_rect, int(AlignCenter), msg("第 {number} 页，共 {total} 页", number=number_, total=total))
        painter.setPen(QColor(MUTED))
        painter.drawText(text_rect, int(AlignRight), made)

    return draw


# --- the file ------------------------------------------------------------------------------------

def build_report(store, path: str | Path, year: int, month: int | None = None, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, *, made_at: dt.datetime | None = None) -> ReportResult:
    """Write the yearly (``month`` None) or monthly report of ``store`` to ``path`` as an A4 PDF.

    The figures come from ``store.charts`` and ``store.attendance`` (the 统计 page's). The PDF is
    written to a temporary file beside ``path`` and moved into place when complete: never a
    half-written report. ``cancelled()`` is looked at between the sections and the pages; where
    it says stop, ``ReportCancelled`` is raised and no file is left. A period without tasks, a
    missing folder or no Chinese font raise ``ReportError`` with a message for people.

    Needs a QGuiApplication (``ensure_gui_application()``); may run in a worker thread (no pixmap,
    no widget)."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise ReportError(msg("报告文件名“{path}”应以 .pdf 结尾。", path=path.name))
    if path.is_dir():
        raise ReportError(msg("“{path}”是一个文件夹，请给出文件名。", path=path))
    if not path.parent.is_dir():
        raise ReportError(msg("文件夹“{parent}”不存在。", parent=path.parent))
    period = check_period(year, month)
    if QGuiApplication.instance() is None:
        raise ReportError(msg("内部错误：生成 PDF 之前需要创建 Qt 应用程序（QGuiApplication）。"))
    family = chinese_family()
    if family is None:
        raise ReportError(NO_FONT)

    def step(percent: int, message: str) -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        if progress is not None:
            progress(percent, message)

    figures = gather(store, period, step=step, made_at=made_at)
    title = report_title(period.year, period.month)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    writer = None
    try:
        writer = QPdfWriter(str(tmp))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        left, top, right, bottom = MARGINS_MM
        writer.setPageMargins(QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter)
        writer.setResolution(RESOLUTION)
        writer.setTitle(title)
        writer.setCreator(f"{APP_TITLE} {__version__}")
        pages = Pages(writer, family)
        compose(pages, figures, step)
        total = len(pages.pages)
        step(45, msg("正在绘制（共 {total} 页）……", total=total))

        def page_done(number_: int, count: int) -> None:
            if progress is not None:
                progress(45 + int(53 * number_ / count), msg("正在绘制第 {number} / {count} 页……", number=number_,
                                                             count=count))

        made = msg("生成于 {made}", made=figures.made_at.strftime("%Y-%m-%d %H:%M"))
        try:
            finished = pages.paint(_footer(title, made, pages), cancelled or (lambda: False), page_done)
        except OSError:
            raise ReportError(msg("无法写入“{path}”：文件夹不可写或磁盘已满。", path=path)) from None
        pages.writer = None
        writer = None  # the file is closed once the writer is gone (before it is moved, for Windows)
        if not finished:
            raise ReportCancelled()
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise ReportError(msg("无法写入“{path}”：文件夹不可写或磁盘已满。", path=path))
        fix_text_mapping(tmp)  # 水, not the radical ⽔, when the text is searched or copied
        try:
            os.replace(tmp, path)
        except OSError as exc:
            raise ReportError(msg("无法写入“{path}”：{reason}（文件是否正在被其他程序打开？）", path=path,
                                  reason=exc.strerror or exc)) from None
    except BaseException:
        writer = None
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    if progress is not None:
        progress(100, msg("报告已生成。"))
    return ReportResult(path=path, title=title, pages=total, tasks=figures.key.tasks)


def report_years(store) -> list[tuple[int, int]]:
    """(year, tasks) that a report can be made for, newest first (the years with tasks)."""
    return [(year, n) for year, n in store.tasks.years() if year and n]


def render_report_page(store, out_dir: str | Path, year: int | None = None, *, name: str = "report-page.png") -> Path:
    """The first page of a yearly report as a PNG (for the README): ``pdftoppm -png -r 60 -f 1 -l 1``.
    ``year``: the latest year whose December has tasks where none is given (2022 on the demo)."""
    ensure_gui_application()
    if year is None:
        span = store.charts.data_range()
        if span is None:
            raise ReportError(msg("数据库中还没有任务，无法生成报告。"))
        year = span[1].year if span[1].month == 12 else span[1].year - 1
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise ReportError(msg("找不到 pdftoppm（poppler-utils），无法把报告页面转成图片。"))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / name
    with tempfile.TemporaryDirectory(prefix="wz-report-") as tmp:
        pdf = Path(tmp) / "report.pdf"
        build_report(store, pdf, year)
        subprocess.run([pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(Path(tmp) / "page")], check=True, capture_output=True)
        shutil.move(str(Path(tmp) / "page.png"), target)
    return target

