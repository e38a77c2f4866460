"""The canonical shape of the yearly workbook, and how to recognise the untidy variants of it."""
from __future__ import annotations

import re
import unicodedata

from wz_desktop.domain.records import WORKBOOK_FIELDS

HEADER = ["事件编号", "事件摘要", "出队时间", "出队人数", "出队车次", "分队名称", "备注"]
FIELDS = WORKBOOK_FIELDS  # event_no, summary, departure, headcount, vehicles, squads, remarks

# Short synonyms seen in hand-kept workbooks, by meaning. Matching is on the normalised label.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "event_no": ("事件编号", "编号", "任务编号", "事件号", "任务号", "事件序号", "案件编号", "编码", "事件编码"),
    "summary": ("事件摘要", "摘要", "事件", "事件内容", "任务内容", "内容", "事由", "事件概要", "概要", "简要情况",
                "任务摘要", "任务名称", "事件名称", "事件概况", "事件简介"),
    "departure": ("出队时间", "时间", "出发时间", "出队日期", "日期", "出动时间", "任务时间", "出队日期时间", "日期时间"),
    "headcount": ("出队人数", "人数", "出动人数", "参与人数", "出队人员", "人员", "参加人数", "出勤人数"),
    "vehicles": ("出队车次", "车次", "车辆", "出动车辆", "车辆数", "出车", "出车次数", "出动车次", "车数"),
    "squads": ("分队名称", "分队", "队伍", "参与分队", "出队分队", "队伍名称", "出队队伍", "责任分队"),
    "remarks": ("备注", "说明", "其他", "附注", "备考", "备注说明"),
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


TOTAL_WORDS = ("合计", "总计", "小计", "共计", "总数", "累计")
# a totals row's label: the word alone, or with a year or a colon ('2022年合计', '总计：')
TOTAL_LABEL = re.compile(r"^(?:\d{4}年?(?:度)?)?(?:全年)?(合计|总计|小计|共计|总数|累计)[:：]?$")
# how a note under or above the table begins (not merely a word starting with 注, like 注射)
NOTE_PREFIXES = ("注：", "注:", "注1", "注①", "注 ", "备注：", "备注:", "说明：", "说明:", "填表", "制表", "审核人",
                 "审核：", "数据来源", "统计人", "统计时间", "*", "※", "★")


def exact_field(text: object) -> str | None:
    """The column a header cell names exactly (after trimming spaces and units); no guessing."""
    label = normalise_header(text)
    for name, words in SYNONYMS.items():
        if label in words:
            return name
    return None
