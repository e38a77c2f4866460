"""Hypothesis strategies for hand-kept yearly workbooks, with the ground truth of what is in them.

``untidy_workbooks()`` draws a :class:`Case`: the sheets of a workbook kept by hand (every kind of
untidiness of docs/workbook-format.md, in random combinations) and, beside it, what the application
must make of it: the canonical value of every task (as the export must show it), and the places
(sheet, row, column) that the import report must name: skipped rows, raw values, guesses, cells filled
from a merge, repeated event numbers.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from helpers.workbooks import CANONICAL_SHEETS, FIELDS, Sheet

# Known bugs (see the xfail tests in test_import_untidy.py / test_parse.py) that the generator keeps away
# from while they are open, so that these properties guard everything else. Set to False once they are
# fixed: the generator then also writes midnight departures, task rows whose text contains header words
# (e.g. '走失人员搜寻' + '已移交其他部门'), notes sheets mentioning a kind word, '--' for no event number, and
# placeholders ('/', '—') for an unknown departure.
AVOID_KNOWN_BUGS = False

EPOCH = dt.datetime(1899, 12, 30)

SHEET_VARIANTS = {
    "水上救援": ["水上救援", " 水上救援", "水上救援 ", "水上 救援", "水域救援", "水上"],
    "城市搜救": ["城市搜救", "城市搜救 ", " 城市搜救", "城市搜救（含走失）", "走失寻人"],
    "山地救援": ["山地救援", " 山地救援 ", "山地", "登山救援"],
    "培训保障": ["培训保障", "培训保障 ", "培训与保障", "赛事保障"],
    "疫情防控": ["疫情防控", " 疫情防控", "防疫", "疫情防控工作"],
    "队伍整备与设备保养": ["队伍整备与设备保养", "队伍整备与设备保养 ", "队伍整备", "设备保养"],
}

HEADER_VARIANTS = {
    "event_no": ["事件编号", " 事件编号", "事件 编号", "编号", "任务编号", "事件编号*"],
    "summary": ["事件摘要", "事件摘要 ", "摘要", "事件 摘要", "任务内容"],
    "departure": ["出队时间", "出 队 时 间", "时间", "出发时间", "出队时间（年月日时分）", "出队日期"],
    "headcount": ["出队人数", "出队人数（人）", "出队人数(人)", "人数", " 出队人数"],
    "vehicles": ["出队车次", "出队车次（辆）", "车次", "车辆", "出队车次 "],
    "squads": ["分队名称", "分队", "分队名称 ", "队伍", "参与分队"],
    "remarks": ["备注", "备 注", "说明", "备注 "],
}
EXTRA_HEADERS = ["序号", "联系人", "地点"]

SUMMARIES = {
    "水上救援": ["星海湾游客落水救援", "渔船漂流搜寻", "礁石被困游客救援", "皮划艇翻覆救援", "海上遗体打捞", "涨潮被困滩涂"],
    "城市搜救": ["寻找走失老人", "寻找离家少年", "协助消防搜索", "暴雨积水转移居民", "寻找失智老人", "高楼坠物排查"],
    "山地救援": ["大黑山迷路游客搜寻", "登山者受伤转运", "夜间山地搜寻", "野长城被困驴友", "崴脚游客背送下山"],
    "培训保障": ["社区急救培训", "防溺水安全宣讲", "马拉松安全保障", "服装节开幕式安全保障", "学校应急演练"],
    "疫情防控": ["核酸检测点秩序维护", "疫苗接种点引导", "封控小区物资配送", "方舱物资搬运", "高速路口查验协助"],
    "队伍整备与设备保养": ["冲锋舟保养", "发电机试机", "船外机检修", "体能训练", "绳索装备检查", "库房盘点"],
}
# task texts that happen to contain header words (known bug: taken for a repeated header)
HEADER_WORD_SUMMARIES = ["走失人员搜寻", "车辆落水救援", "事件复盘", "任务交接"]
REMARKS = ["已救起", "家属自行找到", "已移交派出所", "协议单位", "夜间出队", "潮水上涨", "培训约80人", "途中取消"]
HEADER_WORD_REMARKS = ["已移交其他部门", "说明会", "人员安全"]
SQUADS = ["中山分队", "西岗分队", "沙河口分队", "甘井子分队", "旅顺分队", "金州分队", "水上救援分队", "山地救援分队",
          "高新园区分队", "开发区分队"]
RAW_DEPARTURES = ["不详", "待补", "待核实", "见附件"]
RAW_COUNTS = ["若干", "不详", "待统计"]
NOTES = ["本工作簿由秘书组填写", "请勿修改表头", "每月五日前更新"]
NOTES_WITH_KIND_WORDS = ["本表由秘书组负责维护", "含活动保障"]

FULL_WIDTH = str.maketrans("0123456789:", "０１２３４５６７８９：")


@dataclass
class Expected:
    """One task as the export must show it (see helpers.workbooks.ExportedRow.values)."""

    sheet: str
    event_no: str
    summary: str
    departure: str | None
    headcount: Any
    vehicles: Any
    squads: str
    remarks: str
    position: tuple = ()  # (sheet name stripped, excel row)
    raw_fields: set = field(default_factory=set)
    extra: bool = False  # a value in an unrecognised column, kept with the task
    duplicate: bool = False

    @property
    def needs_review(self) -> bool:
        return (not self.summary or self.departure is None or bool(self.raw_fields) or self.extra
                or self.duplicate)

    def key(self) -> tuple:
        return (self.sheet, self.event_no, self.summary, self.departure, self.headcount, self.vehicles,
                self.squads, self.remarks)


@dataclass
class Case:
    year: int
    suffix: str
    sheets: list[Sheet]
    tasks: list[Expected]
    skipped_rows: set = field(default_factory=set)  # (sheet name stripped, excel row)
    skipped_sheets: set = field(default_factory=set)
    raw_cells: set = field(default_factory=set)  # (sheet stripped, row, column letter)
    guess_cells: set = field(default_factory=set)
    merged_cells: set = field(default_factory=set)
    duplicate_rows: set = field(default_factory=set)  # (sheet stripped, row)
    unknown_columns: set = field(default_factory=set)  # (sheet stripped, header row, letter)

    @property
    def file_name(self) -> str:
        return f"{self.year}年救援任务统计{self.suffix}"

    def truth(self) -> Counter:
        return Counter(t.key() for t in self.tasks)

    def describe(self) -> str:
        lines = [self.file_name]
        for s in self.sheets:
            lines.append(f"== {s.name!r} merges={s.merges}")
            lines.extend(f"  {i + 1}: {row}" for i, row in enumerate(s.rows))
        return "\n".join(lines)


def letter(index: int) -> str:
    return chr(65 + index)


# --- cells -----------------------------------------------------------------------------------------

@st.composite
def departures(draw, year: int, allow_missing: bool = True):
    """(cell, canonical text or raw text or None, reading) where reading is 'ok' | 'guess' | 'raw' | 'empty'."""
    roll = draw(st.integers(0, 99))
    if roll < 4:
        raw = draw(st.sampled_from(RAW_DEPARTURES))
        return raw, raw, "raw"
    if roll < 7 and allow_missing:
        return draw(st.sampled_from([None] if AVOID_KNOWN_BUGS else [None, "/", "—"])), None, "empty"
    day = dt.date(year, 1, 1) + dt.timedelta(days=draw(st.integers(0, 364)))
    has_time = draw(st.integers(0, 9)) < 8
    hour = draw(st.integers(1 if AVOID_KNOWN_BUGS else 0, 23))
    minute = draw(st.integers(0, 59))
    moment = dt.datetime(day.year, day.month, day.day, hour, minute)
    y, m, d, H, M = day.year, day.month, day.day, hour, minute
    if has_time:
        canonical = f"{y:04d}-{m:02d}-{d:02d} {H:02d}:{M:02d}"
        shape = draw(st.sampled_from(["cell", "cell", "cell", "serial", "dot", "slash", "iso", "cn", "noyear",
                                      "fullwidth"]))
        if shape == "cell":
            return moment, canonical, "ok"
        if shape == "serial":
            serial = (moment - EPOCH).total_seconds() / 86400
            if float(serial).is_integer():  # a bare whole serial number says a day, not 00:00 of it
                return serial, f"{y:04d}-{m:02d}-{d:02d}", "guess"
            return serial, canonical, "guess"
        texts = {"dot": f"{y}.{m}.{d} {H}:{M:02d}", "slash": f"{y}/{m}/{d} {H}:{M:02d}",
                 "iso": f"{y:04d}-{m:02d}-{d:02d}T{H:02d}:{M:02d}", "cn": f"{y}年{m}月{d}日 {H}:{M:02d}",
                 "noyear": f"{m}月{d}日 {H}:{M:02d}", "fullwidth": f"{y}年{m}月{d}日 {H}:{M:02d}".translate(FULL_WIDTH)}
        return texts[shape], canonical, "guess" if shape == "noyear" else "ok"
    canonical = f"{y:04d}-{m:02d}-{d:02d}"
    shape = draw(st.sampled_from(["cell", "cell", "serial", "cn", "dot", "noyear"]))
    if shape == "cell":
        return day, canonical, "ok"
    if shape == "serial":
        return (day - EPOCH.date()).days, canonical, "guess"
    texts = {"cn": f"{y}年{m}月{d}日", "dot": f"{y}.{m}.{d}", "noyear": f"{m}月{d}日"}
    return texts[shape], canonical, "guess" if shape == "noyear" else "ok"


@st.composite
def counts(draw, unit: str, largest: int):
    """(cell, canonical value, reading)."""
    roll = draw(st.integers(0, 99))
    if roll < 3:
        raw = draw(st.sampled_from(RAW_COUNTS))
        return raw, raw, "raw"
    if roll < 15:
        return draw(st.sampled_from([None, None, "/", "—", "－"])), None, "empty"
    n = draw(st.integers(0, largest))
    shape = draw(st.sampled_from(["int", "int", "int", "float", "text", "unit", "fullwidth", "about", "with"]))
    if shape == "int":
        return n, n, "ok"
    if shape == "float":
        return float(n), n, "ok"
    if shape == "text":
        return str(n), n, "ok"
    if shape == "unit":
        return f"{n}{unit}", n, "guess"
    if shape == "fullwidth":
        return str(n).translate(FULL_WIDTH), n, "guess"
    if shape == "about":
        return f"约{n}{unit}", n, "guess"
    return f"{n}（含队长1人）", n, "guess"


# --- a sheet -------------------------------------------------------------------------------------

@st.composite
def task_rows(draw, kind: str, year: int, numbering: str, used_numbers: list[str], seq: list[int]):
    """One task: (cells by field, Expected, readings by field)."""
    cells: dict[str, Any] = {}
    readings: dict[str, str] = {}
    # event number
    missing_no = draw(st.integers(0, 99)) < (50 if kind == "队伍整备与设备保养" else 3)
    if missing_no:
        cells["event_no"] = draw(st.sampled_from([None, None, "/", "—"] + ([] if AVOID_KNOWN_BUGS else ["--"])))
        event_no = ""
    elif used_numbers and draw(st.integers(0, 99)) < 5:
        event_no = draw(st.sampled_from(used_numbers))  # the same number typed on another task
        cells["event_no"] = int(event_no) if event_no.isdigit() and draw(st.booleans()) else event_no
    else:
        seq[0] += 1
        if numbering == "numeric":
            number = year * 10000 + seq[0]
            event_no = str(number)
            cells["event_no"] = draw(st.sampled_from([number, float(number), event_no]))
        else:
            event_no = f"WZ{year}-{seq[0]:04d}"
            cells["event_no"] = draw(st.sampled_from([event_no, event_no, f" {event_no}"]))
        used_numbers.append(event_no)
    # summary (sometimes missing, then the departure must be there)
    vocab = SUMMARIES[kind] + ([] if AVOID_KNOWN_BUGS else HEADER_WORD_SUMMARIES)
    summary = draw(st.sampled_from(vocab)) if draw(st.integers(0, 99)) >= 3 else ""
    cells["summary"] = draw(st.sampled_from([summary, summary, f" {summary} "])) if summary else None
    cell, departure, readings["departure"] = draw(departures(year, allow_missing=bool(summary)))
    if not summary and readings["departure"] == "raw":
        cell, departure, readings["departure"] = dt.datetime(year, 6, 1, 12, 0), f"{year}-06-01 12:00", "ok"
    cells["departure"] = cell
    cells["headcount"], headcount, readings["headcount"] = draw(counts("人", 60))
    cells["vehicles"], vehicles, readings["vehicles"] = draw(counts("辆", 12))
    # squads
    names = draw(st.lists(st.sampled_from(SQUADS), min_size=0, max_size=3, unique=True))
    if names and draw(st.integers(0, 9)) < 9:
        sep = draw(st.sampled_from(["、", "、", "、", ",", "，", " ", "/"]))
        cells["squads"] = sep.join(names)
        readings["squads"] = "guess" if sep != "、" and len(names) > 1 else "ok"
        squads = "、".join(names)
    else:
        cells["squads"], squads, readings["squads"] = None, "", "empty"
    # remarks
    roll = draw(st.integers(0, 99))
    remark_vocab = REMARKS + ([] if AVOID_KNOWN_BUGS else HEADER_WORD_REMARKS)
    if roll < 55:
        cells["remarks"], remarks = None, ""
    elif roll < 65:
        cells["remarks"], remarks = draw(st.sampled_from(["/", "—"])), ""
    else:
        remarks = draw(st.sampled_from(remark_vocab))
        cells["remarks"] = draw(st.sampled_from([remarks, remarks, f"{remarks} "]))
    expected = Expected(kind, event_no, summary, departure, headcount, vehicles, squads, remarks)
    expected.raw_fields = {f for f, r in readings.items() if r == "raw"}
    return cells, expected, readings


def _header_cells(order: list[str], labels: dict[str, str], extra_at: int | None, extra_label: str) -> list:
    row = [labels[f] for f in order]
    if extra_at is not None:
        row.insert(extra_at, extra_label)
    return row


@st.composite
def task_sheet(draw, kind: str, year: int, numbering: str, used_numbers: list[str], seq: list[int], case: Case):
    name = draw(st.sampled_from(SHEET_VARIANTS[kind]))
    sname = name.strip()
    order = draw(st.permutations(FIELDS)) if draw(st.integers(0, 9)) < 4 else list(FIELDS)
    labels = {f: draw(st.sampled_from(HEADER_VARIANTS[f])) if draw(st.booleans()) else HEADER_VARIANTS[f][0]
              for f in FIELDS}
    extra_at = draw(st.integers(0, 7)) if draw(st.integers(0, 9)) < 2 else None
    extra_label = draw(st.sampled_from(EXTRA_HEADERS))
    width = 7 + (extra_at is not None)
    col_of = {}
    for i, f in enumerate(order):
        col_of[f] = i + (1 if extra_at is not None and i >= extra_at else 0)
    header = _header_cells(order, labels, extra_at, extra_label)

    rows: list[list] = []
    merges: list[tuple[int, int, int, int]] = []
    if draw(st.integers(0, 9)) < 4:  # a title row, merged across, perhaps with an empty row under it
        rows.append([f"{year}年{kind}任务统计表"] + [None] * (width - 1))
        if draw(st.booleans()):
            merges.append((0, 0, 0, width - 1))
        if draw(st.booleans()):
            rows.append([None] * width)
    header_row = len(rows)
    rows.append(header)
    if extra_at is not None:
        case.unknown_columns.add((sname, header_row + 1, letter(extra_at)))

    n = draw(st.integers(0, 9))
    task_positions: list[tuple[int, int]] = []  # (row index, task index in case.tasks)
    for i in range(n):
        if i > 0 and draw(st.integers(0, 99)) < 10:
            rows.append([None] * width)
            case.skipped_rows.add((sname, len(rows)))
        if i > 0 and draw(st.integers(0, 99)) < 5:
            rows.append(list(header))
            case.skipped_rows.add((sname, len(rows)))
        cells, expected, readings = draw(task_rows(kind, year, numbering, used_numbers, seq))
        row = [None] * width
        for f, value in cells.items():
            row[col_of[f]] = value
        if extra_at is not None and draw(st.booleans()):
            row[extra_at] = i + 1
            expected.extra = True  # its value is kept with the task, for review
        rows.append(row)
        excel_row = len(rows)
        expected.position = (sname, excel_row)
        for f, reading in readings.items():
            if reading == "raw":
                case.raw_cells.add((sname, excel_row, letter(col_of[f])))
            elif reading == "guess":
                case.guess_cells.add((sname, excel_row, letter(col_of[f])))
        case.tasks.append(expected)
        task_positions.append((len(rows) - 1, len(case.tasks) - 1))

    # merged squads or dates down runs of adjacent task rows
    for f in ("squads", "departure"):
        if len(task_positions) < 2 or draw(st.integers(0, 9)) >= 3:
            continue
        start = draw(st.integers(0, len(task_positions) - 2))
        length = draw(st.integers(2, min(4, len(task_positions) - start)))
        run = task_positions[start:start + length]
        if any(b[0] - a[0] != 1 for a, b in zip(run, run[1:])):
            continue  # not adjacent: something lies between
        top_row, top_task = run[0]
        top = case.tasks[top_task]
        value = rows[top_row][col_of[f]]
        if f == "squads" and not top.squads:
            continue
        if f == "departure" and (top.departure is None or "departure" in top.raw_fields
                                 or any(not case.tasks[t].summary for _, t in run)):
            continue  # a row whose only cell is a merged-down date has nothing of its own: not a task
        c = col_of[f]
        for r, t in run[1:]:
            rows[r][c] = None
            cell = (sname, r + 1, letter(c))
            case.raw_cells.discard(cell)
            case.guess_cells.discard(cell)
            if (sname, top_row + 1, letter(c)) in case.guess_cells:
                case.guess_cells.add(cell)
            case.merged_cells.add(cell)
            task = case.tasks[t]
            task.raw_fields.discard(f)
            if f == "squads":
                task.squads = top.squads
            else:
                task.departure = top.departure
        merges.append((top_row, c, run[-1][0], c))
        rows[top_row][c] = value

    if n and draw(st.integers(0, 9)) < 3:  # a totals row with the sums
        total = [None] * width
        total[col_of[draw(st.sampled_from(["event_no", "summary"]))]] = draw(st.sampled_from(["合计", "总计", "合 计"]))
        tasks = case.tasks[len(case.tasks) - n:]
        total[col_of["headcount"]] = sum(t.headcount for t in tasks if isinstance(t.headcount, int))
        total[col_of["vehicles"]] = sum(t.vehicles for t in tasks if isinstance(t.vehicles, int))
        rows.append(total)
        case.skipped_rows.add((sname, len(rows)))
    if n and draw(st.integers(0, 9)) < 2:  # a note under the table, in the first column as people write it
        note = [None] * width
        note[col_of[order[0]] if order[0] in ("event_no", "summary") else col_of["summary"]] = \
            "注：" + draw(st.sampled_from(NOTES))
        rows.append(note)
        case.skipped_rows.add((sname, len(rows)))
    return Sheet(name, rows, merges)


@st.composite
def untidy_workbooks(draw, xls_share: int = 25):
    year = draw(st.integers(2020, 2023))
    suffix = ".xls" if draw(st.integers(0, 99)) < xls_share else ".xlsx"
    case = Case(year=year, suffix=suffix, sheets=[], tasks=[])
    kinds = draw(st.lists(st.sampled_from(CANONICAL_SHEETS), min_size=1, max_size=6, unique=True))
    numbering = draw(st.sampled_from(["numeric", "wz"]))
    used: list[str] = []
    seq = [0]
    sheets = [draw(task_sheet(kind, year, numbering, used, seq, case)) for kind in kinds]
    if draw(st.integers(0, 9)) < 3:
        notes = NOTES + ([] if AVOID_KNOWN_BUGS else NOTES_WITH_KIND_WORDS)
        sheets.append(Sheet("填表说明", [["填表说明"], *[[draw(st.sampled_from(notes))]]]))
        case.skipped_sheets.add("填表说明")
    if draw(st.integers(0, 9)) < 2:
        sheets.append(Sheet("Sheet3", []))
        case.skipped_sheets.add("Sheet3")
    case.sheets = draw(st.permutations(sheets))
    # the same number on different tasks: every row carrying it is reported
    by_number = Counter(t.event_no for t in case.tasks if t.event_no)
    for t in case.tasks:
        if by_number.get(t.event_no, 0) > 1:
            t.duplicate = True
            case.duplicate_rows.add(t.position)
    return case


def _check_vocabulary() -> None:
    """The words the generator writes into task rows must not look like header cells while the bug is open."""
    from wz_desktop.workbook.layout import field_for_header

    if not AVOID_KNOWN_BUGS:
        return
    words = [w for ws in SUMMARIES.values() for w in ws] + REMARKS + RAW_DEPARTURES + RAW_COUNTS
    bad = [w for w in words if field_for_header(w) is not None]
    assert not bad, f"generator words that read as headers: {bad}"


_check_vocabulary()
