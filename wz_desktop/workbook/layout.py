"""The canonical shape of the yearly workbook, and how to recognise the untidy variants of it."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from wz_desktop.domain.records import WORKBOOK_FIELDS
from wz_desktop.domain.words import COLUMN_HEADERS

HEADER = list(COLUMN_HEADERS.values())  # the file format's words (domain/words.py): never translated
FIELDS = WORKBOOK_FIELDS  # event_no, summary, departure, headcount, vehicles, squads, remarks

# Short synonyms seen in hand-kept workbooks, by meaning. Matching is on the normalised label.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "event_no": ("事件编号", "编号", "任务编号", "事件号", "任务号", "事件序号", "案件编号", "编码", "事件编码"),
    "summary": ("事件摘要", "摘要", "事件", "事件内容", "任务内容", "内容", "事由", "事件概要", "概要", "简要情况",
                "任务摘要", "任务名称", "事件名称", "事件概况", "事件简介", "任务概况", "概况", "任务简介", "简介",
                "基本情况", "事件情况", "任务情况", "事件描述", "任务描述", "描述", "情况"),
    "departure": ("出队时间", "时间", "出发时间", "出队日期", "日期", "出动时间", "任务时间", "出队日期时间", "日期时间",
                  "出队时刻", "出发时刻", "出动时刻", "时刻", "出发", "几点"),
    "headcount": ("出队人数", "人数", "出动人数", "参与人数", "出队人员", "人员", "参加人数", "出勤人数"),
    "vehicles": ("出队车次", "车次", "车辆", "出动车辆", "车辆数", "出车", "出车次数", "出动车次", "车数"),
    "squads": ("分队名称", "分队", "队伍", "参与分队", "出队分队", "队伍名称", "出队队伍", "责任分队",
               "参加单位", "参与单位", "出队单位", "出动单位", "参战单位"),
    "remarks": ("备注", "说明", "其他", "附注", "备考", "备注说明"),
}
# the same in English (matched lower-cased, spaces and dots dropped): 'Event No.', 'Departure time'
SYNONYMS_EN: dict[str, tuple[str, ...]] = {
    "event_no": ("eventno", "eventnumber", "eventid", "taskno", "tasknumber", "caseno", "incidentno"),
    "summary": ("summary", "event", "description", "task", "incident", "eventsummary", "details"),
    "departure": ("departure", "departuretime", "departuredate", "time", "date", "datetime", "dispatchtime"),
    "headcount": ("headcount", "people", "persons", "members", "volunteers", "personnel", "numberofpeople"),
    "vehicles": ("vehicles", "cars", "vehicletrips", "trips", "numberofvehicles"),
    "squads": ("squad", "squads", "team", "teams", "unit", "units"),
    "remarks": ("remarks", "remark", "notes", "note", "comments", "comment"),
}

_UNITS = re.compile(r"[（(\[【][^）)\]】]*[）)\]】]")


def normalise_header(text: object) -> str:
    label = unicodedata.normalize("NFKC", str(text or ""))
    label = _UNITS.sub("", label)
    label = re.sub(r"[\s:：*＊]+", "", label)
    return label


def field_for_header(text: object) -> str | None:
    """Which of the seven columns a header cell means, by meaning; None if it can't be told."""
    label = normalise_header(text)
    if not label:
        return None
    for name, words in SYNONYMS.items():
        if label in words:
            return name
    english = _english(label)
    if english is not None:
        return english
    if is_extra_label(label):
        return None
    # a longer label that contains one field's words, e.g. '出队人数合计' or '分队名称（多队用顿号）'
    best: tuple[int, str] | None = None
    ambiguous = False
    for name, words in SYNONYMS.items():
        for word in words:
            if len(word) >= 2 and word in label:
                if best is None or len(word) > best[0]:
                    best, ambiguous = (len(word), name), False
                elif len(word) == best[0] and name != best[1]:
                    ambiguous = True
    if best and not ambiguous and best[0] >= 2:
        return best[1]
    return None


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


TOTAL_WORDS = ("合计", "总计", "小计", "共计", "总数", "累计", "汇总")
# a totals row's label: the word alone, or after a period ('2022年合计', '3月合计', '三月合计', '1-3月小计',
# '第一季度合计', '本页合计', '本年累计', '上半年总计'), with a colon or a unit in brackets; or in English
_PERIOD = (r"(?:[0-9一二三四五六七八九十〇零两]+|本年度?|本月|本季度?|本页|本周|全年|上半年|下半年|以上|上述"
           r"|[年月日度季周第至到和及份~～—\-、.]|q[1-4])*")
TOTAL_LABEL = re.compile(
    r"^" + _PERIOD + r"(合计|总计|小计|共计|总数|累计|汇总|total|subtotal|grandtotal|sum)"
    r"(?:数|[（(][^）)]*[）)])*(?:[:：].*)?$", re.IGNORECASE)  # '合计：2起', '总计:共3次' too
# how a note under or above the table begins (not merely a word starting with 注, like 注射)
NOTE_PREFIXES = ("注：", "注:", "注1", "注①", "注 ", "备注：", "备注:", "说明：", "说明:", "填表", "制表", "审核人",
                 "审核：", "审核:", "数据来源", "统计人", "统计时间", "统计日期", "*", "※", "★", "填报", "报送",
                 "负责人：", "负责人:", "签字", "盖章")
# the labels of a footer row's cells ('制表人：张三 | 审核：李四 | 填表日期：2022-12-31')
FOOTER_WORDS = ("制表人", "制表", "填表人", "填表日期", "填表时间", "填表", "填报人", "填报日期", "填报单位", "填报",
                "审核人", "审核", "审批", "负责人", "统计人", "统计时间", "统计日期", "统计", "报送", "签字", "盖章",
                "日期", "单位", "联系电话", "电话", "注", "备注", "说明", "单位负责人", "统计负责人", "部门负责人",
                "主管领导", "经办人", "复核人", "复核", "核对人", "校对", "数据来源", "联系人")
_FOOTER_CELL = re.compile(r"^(?:" + "|".join(sorted(FOOTER_WORDS, key=len, reverse=True)) + r")\s*[:：]")

# headers that are no task field: never mapped to one of the seven, even where they contain a field's
# word ('事件地点' is no summary, '返回时间' no departure, '出队人员名单' no headcount, '序号' no event number)
SERIAL_LABELS = ("序号", "序", "no", "no.", "#", "行号", "顺序号", "编号序号")
KIND_LABELS = ("类型", "类别", "任务类型", "任务类别", "事件类型", "事件类别", "救援类型", "救援类别", "分类",
               "任务分类", "种类", "任务种类", "业务类型")
EXTRA_WORDS = ("序号", "联系人", "联系电话", "电话", "手机", "天气", "类型", "类别", "分类", "地点", "地址", "位置",
               "区域", "辖区", "负责人", "带队", "队长", "姓名", "名单", "车牌", "号牌", "结果", "经过", "返回",
               "归队", "结束", "收队", "用时", "时长", "来源", "报警", "接报", "接警", "到达", "求助人", "报告人",
               "被困", "伤亡", "里程", "金额", "费用", "星期", "周几", "年份", "月份",
               # counts of tasks, a summary table's columns ('事件数' is no summary, '出队次数' no vehicles)
               "事件数", "任务数", "起数", "出队次数", "出动次数")
# a value field of a pivot table ('求和项:出队人数', '计数项:事件编号', 'Sum of 出队人数'): a sum over
# tasks, never one task's field; and the labels a pivot table puts around its values
_AGGREGATE_LABEL = re.compile(r"^(?:求和项|计数项|平均值项|最大值项|最小值项|乘积项|数值计数项|标准偏差项|方差项"
                              r"|(?:sum|count|average|max|min|product)of)", re.IGNORECASE)
PIVOT_WORDS = ("行标签", "列标签", "值", "总计", "rowlabels", "columnlabels", "grandtotal", "values")


def is_aggregate_label(text: object) -> bool:
    """A pivot table's value field ('求和项:出队人数', 'Sum of 出队人数'): a sum over tasks."""
    return _AGGREGATE_LABEL.match(normalise_header(text)) is not None


def is_footer_cell(text: str) -> bool:
    """'制表人：张三', '审核：', '填表日期：2022-12-31': a label of the footer under the table."""
    label = unicodedata.normalize("NFKC", text).strip()
    return bool(_FOOTER_CELL.match(label)) or label.startswith(NOTE_PREFIXES)


def is_total_label(text: object) -> str | None:
    """The total word of a totals row's label ('合计', '3月合计', '本页合计', 'Total'), or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    match = TOTAL_LABEL.match(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)))
    return match.group(1) if match else None


def is_serial_label(text: object) -> bool:
    return normalise_header(text).lower() in SERIAL_LABELS


def is_kind_label(text: object) -> bool:
    return normalise_header(text) in KIND_LABELS


def is_extra_label(text: object) -> bool:
    """A header that names something else than the seven fields, though it may contain a field's word."""
    label = normalise_header(text)
    if not label:
        return False
    if any(label in words for words in SYNONYMS.values()):
        return False
    if _AGGREGATE_LABEL.match(label):
        return True
    return label.lower() in SERIAL_LABELS or label in KIND_LABELS or any(word in label for word in EXTRA_WORDS)


def _english(label: str) -> str | None:
    key = re.sub(r"[\s._\-/]+", "", label).lower()
    if not key.isascii():
        return None
    for name, words in SYNONYMS_EN.items():
        if key in words:
            return name
    return None


def exact_field(text: object) -> str | None:
    """The column a header cell names exactly (after trimming spaces and units); no guessing."""
    label = normalise_header(text)
    for name, words in SYNONYMS.items():
        if label in words:
            return name
    return _english(label)


# --- finding the header: anywhere in the first rows, on one row or several ---------------------

HEADER_SEARCH_ROWS = 30
HEADER_DEPTH = 3  # a header spread over at most three rows (a group cell merged over its parts)
_UNIT_CELL = re.compile(r"^[（(\[【][^）)\]】]{1,6}[）)\]】]$")
_DATE_PART = re.compile(r"日期|年月日|^日$|^(?i:date)$")
_TIME_PART = re.compile(r"时间|时刻|时分|钟点|几点|^时$|^出发$|^(?i:time)$")


@dataclass
class HeaderLayout:
    """Where a sheet's header is and what each column means.

    ``top``..``bottom`` are the header's rows (0-based, inclusive); ``mapping`` the columns of the seven
    fields (where the departure is split in a date and a time column, ``mapping`` holds the date
    column and ``time_col`` the other); ``kind_col`` a column that may name each row's kind;
    ``labels`` each column's header as read (the parts of a multi-row header joined by '/');
    ``serial_cols`` the 序号 columns; ``words`` every header cell's text, to know a repeated header;
    ``twins`` a column that names a field as surely as the column taken for it (two '出队人数'
    columns) -> that column: not read, but each row where the two differ is reported.
    """

    top: int
    bottom: int
    mapping: dict[int, str]
    labels: dict[int, str]
    time_col: int | None = None
    kind_col: int | None = None
    serial_cols: frozenset[int] = frozenset()
    words: frozenset[str] = frozenset()
    twins: dict[int, int] = field(default_factory=dict)


def _merge_index(merged, limit: int) -> dict[tuple[int, int], tuple[int, int, int, int]]:
    """(row, col) -> the merge covering it, for the rows above ``limit`` (header rows only)."""
    index: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    for r0, c0, r1, c1 in merged:
        if r0 >= limit:
            continue
        for r in range(r0, min(r1, limit) + 1):
            for c in range(c0, min(c1, c0 + 200) + 1):
                index[(r, c)] = (r0, c0, r1, c1)
    return index


def _cell(rows, r: int, c: int):
    if r < len(rows) and c < len(rows[r]):
        return rows[r][c]
    return None


def _is_header_text(value) -> bool:
    return isinstance(value, str) and bool(value.strip()) and len(value.strip()) <= 20


def _continues(rows, merges, top: int, bottom: int, row: int) -> bool:
    """Whether ``row`` is one more row of the header ``top``..``bottom``."""
    if row >= len(rows):
        return False
    cells = rows[row]
    present = [(c, v) for c, v in enumerate(cells) if v is not None and not (isinstance(v, str) and not v.strip())]
    # a merge of the header reaching down into this row ('事件编号' merged over two rows)
    for (_r, c), (r0, _c0, r1, _c1) in merges.items():
        if top <= r0 <= bottom and r1 >= row:
            if all(_is_header_text(v) or (row, c) in merges for c, v in present):
                return True
    if not present or not all(_is_header_text(v) for _, v in present):
        return False
    # a row of sub-headers: every cell names a field, an extra column or a part (时间 / 人数 / 车次),
    # or is a unit in brackets under its column ('（人）', '(辆)')
    return all(exact_field(v) or is_extra_label(v) or is_serial_label(v) or _UNIT_CELL.match(v.strip())
               for _, v in present)


def _one_cell(merges, top: int, bottom: int, a: int, b: int) -> bool:
    """Columns a and b are headed by one merged cell (in some row of the header)."""
    return any(merges.get((r, a)) is not None and merges.get((r, a)) == merges.get((r, b)) for r in range(top, bottom + 1))


def _column_labels(rows, merges, top: int, bottom: int, width: int) -> dict[int, list[str]]:
    labels: dict[int, list[str]] = {}
    for c in range(width):
        parts: list[str] = []
        for r in range(top, bottom + 1):
            m = merges.get((r, c))
            value = _cell(rows, m[0], m[1]) if m else _cell(rows, r, c)
            if isinstance(value, str) and value.strip():
                text = value.strip()
                if not parts or parts[-1] != text:
                    parts.append(text)
            elif value is not None and not isinstance(value, str):
                parts.append(str(value))
        if parts:
            labels[c] = parts
    return labels


def _score(parts: list[str]) -> tuple[int, str | None]:
    """How surely a column's header parts name a field: (score, field); 0 where none."""
    leaf, whole = parts[-1], "".join(parts)
    if is_extra_label(leaf):
        return 0, None
    exact_whole, exact_leaf = exact_field(whole), exact_field(leaf)
    if exact_whole:
        return 4, exact_whole
    if len(parts) > 1 and is_extra_label(whole):
        return 0, None  # '返回' over '时间' is no departure
    if exact_leaf:
        return 3, exact_leaf
    found = field_for_header(whole)
    if found:
        return 2, found
    found = field_for_header(leaf)
    return (1, found) if found else (0, None)


def _layout(rows, merges, top: int, bottom: int) -> HeaderLayout | None:
    width = max((len(rows[r]) for r in range(top, bottom + 1)), default=0)
    parts_by_col = _column_labels(rows, merges, top, bottom, width)
    best: dict[str, tuple[int, int]] = {}  # field -> (score, column)
    scored: list[tuple[int, int, str]] = []  # (column, score, field)
    departures: list[int] = []
    serial, kind_col = set(), None
    for c, parts in parts_by_col.items():
        if is_serial_label(parts[-1]):
            serial.add(c)
            continue
        if kind_col is None and is_kind_label(parts[-1]):
            kind_col = c
            continue
        score, name = _score(parts)
        if not name:
            continue
        if name == "departure":
            departures.append(c)
        scored.append((c, score, name))
        if name not in best or score > best[name][0]:
            best[name] = (score, c)
    mapping = {c: name for name, (_, c) in best.items()}
    time_col = None
    if len(departures) >= 2:  # '出队日期 | 出队时间', or '出队' over '日期 | 时间'
        dates = [c for c in departures if _DATE_PART.search(normalise_header(parts_by_col[c][-1]))
                 and not _TIME_PART.search(normalise_header(parts_by_col[c][-1]))]
        times = [c for c in departures if _TIME_PART.search(normalise_header(parts_by_col[c][-1]))
                 and not _DATE_PART.search(normalise_header(parts_by_col[c][-1]))]
        if dates and times:
            mapping = {c: n for c, n in mapping.items() if n != "departure"}
            mapping[dates[0]] = "departure"
            time_col = times[0]
        else:  # one '出队时间' cell merged over two columns: the date in the first, the time in the second
            pair = next((c for c in departures if c + 1 in departures and _one_cell(merges, top, bottom, c, c + 1)), None)
            if pair is not None:
                mapping = {c: n for c, n in mapping.items() if n != "departure"}
                mapping[pair] = "departure"
                time_col = pair + 1
    names = set(mapping.values())
    if not (len(mapping) >= 3 and "departure" in names and names & {"summary", "event_no"}):
        return None
    words = frozenset(normalise_header(p) for parts in parts_by_col.values() for p in parts)
    taken = {name: c for c, name in mapping.items()}
    twins = {c: taken[name] for c, score, name in scored
             if name != "departure" and name in taken and c != taken[name] and score == best[name][0]}
    return HeaderLayout(top=top, bottom=bottom, mapping=dict(sorted(mapping.items())),
                        labels={c: "/".join(p) for c, p in parts_by_col.items()}, time_col=time_col,
                        kind_col=kind_col, serial_cols=frozenset(serial), words=words, twins=twins)


def find_header(rows: list[list], merged=(), search: int = HEADER_SEARCH_ROWS) -> HeaderLayout | None:
    """The first header in the first ``search`` rows: a row (or two or three rows read together,
    where group cells are merged over their parts) in which at least three columns name distinct
    fields: the departure, and the summary or the event number among them."""
    merges = _merge_index(merged, search + HEADER_DEPTH)
    for top in range(min(search, len(rows))):
        row = rows[top]
        texts = [v for v in row if _is_header_text(v)]
        if len(texts) < 2 or not any(field_for_header(v) or is_extra_label(v) for v in texts):
            continue  # a title row ('2022年水上救援统计 | 单位：人') is no header's first row
        bottom = top
        while bottom + 1 < top + HEADER_DEPTH and _continues(rows, merges, top, bottom, bottom + 1):
            bottom += 1
        layout = _layout(rows, merges, top, bottom)
        if layout is None and bottom > top:
            layout = _layout(rows, merges, top, top)
        if layout is not None:
            return layout
    return None
