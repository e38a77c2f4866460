"""Reading the values people type into the yearly workbook (docs/workbook-format.md, "What import must accept").

Table-driven: each row is a cell as a reader hands it over (text, number, date, date-time ...) and what
the application must make of it. A value that can be read comes out canonical; a value read out of
something untidy is a GUESS that keeps the original text; a value that can't be read is RAW and keeps
its text (it comes back on export); a placeholder is EMPTY.
"""
from __future__ import annotations

import datetime as dt

import pytest

from wz_desktop.domain.kinds import TaskKind, kind_from_name
from wz_desktop.domain.parse import (
    Reading,
    parse_count,
    parse_departure,
    parse_event_no,
    parse_remarks,
    parse_squads,
)
from wz_desktop.workbook.layout import field_for_header

OK, GUESS, RAW, EMPTY = Reading.OK, Reading.GUESS, Reading.RAW, Reading.EMPTY

# --- departure time ----------------------------------------------------------------------------

# (cell, year of the workbook, canonical value) for everything that can be read
DEPARTURES_READ = [
    # text in many hands, with the year
    ("2020.3.5 14:30", None, "2020-03-05 14:30"),
    ("2020/3/5 14:30", None, "2020-03-05 14:30"),
    ("2020-03-05T14:30", None, "2020-03-05 14:30"),
    ("2020-3-5 14:30", None, "2020-03-05 14:30"),
    ("2020-03-05 14:30", None, "2020-03-05 14:30"),
    ("2020-03-05 14:30:00", None, "2020-03-05 14:30"),
    ("2020年3月5日 14:30", None, "2020-03-05 14:30"),
    ("2020年3月5日14时30分", None, "2020-03-05 14:30"),
    ("2020年3月5日 9:05", None, "2020-03-05 09:05"),
    ("  2020.3.5 14:30  ", None, "2020-03-05 14:30"),
    ("2021/12/31 23:59", None, "2021-12-31 23:59"),
    # only the day known
    ("2020年3月5日", None, "2020-03-05"),
    ("2020.3.5", None, "2020-03-05"),
    ("2020/03/05", None, "2020-03-05"),
    ("2020-03-05", None, "2020-03-05"),
    # full-width digits and colon
    ("２０２０年３月５日 １４：３０", None, "2020-03-05 14:30"),
    ("２０２０．３．５ １４：３０", None, "2020-03-05 14:30"),
    ("２０２０年３月５日", None, "2020-03-05"),
    # the text's own year wins over the workbook's
    ("2020.3.5 14:30", 2021, "2020-03-05 14:30"),
    # real cells
    (dt.datetime(2020, 3, 5, 14, 30), None, "2020-03-05 14:30"),
    (dt.datetime(2020, 3, 5, 0, 0), None, "2020-03-05 00:00"),
    (dt.datetime(2020, 3, 5, 23, 59), None, "2020-03-05 23:59"),
    (dt.datetime(2020, 3, 5, 14, 29, 59, 999000), None, "2020-03-05 14:30"),  # float noise of a saved 14:30
    (dt.datetime(2020, 3, 5, 14, 30, 1), None, "2020-03-05 14:30"),
    (dt.date(2020, 3, 5), None, "2020-03-05"),
    (dt.date(2020, 2, 29), None, "2020-02-29"),
]


@pytest.mark.parametrize("cell, year, expected", DEPARTURES_READ)
def test_departure_shapes_are_read_to_the_canonical_value(cell, year, expected):
    parsed = parse_departure(cell, year)
    assert parsed.value == expected
    assert parsed.reading in (OK, GUESS)
    if isinstance(cell, str) and parsed.reading is GUESS:
        assert parsed.raw == cell.strip()  # the original stays with the task


# a year filled in from the workbook is a guess, and says so
YEARLESS = [
    ("3月5日 14:30", 2020, "2020-03-05 14:30"),
    ("3月5日", 2021, "2021-03-05"),
    ("3月5日14:30", 2022, "2022-03-05 14:30"),
    ("12月31日 23:10", 2020, "2020-12-31 23:10"),
    ("３月５日 １４：３０", 2020, "2020-03-05 14:30"),
]


@pytest.mark.parametrize("cell, year, expected", YEARLESS)
def test_a_date_without_a_year_takes_the_workbooks_year_as_a_guess(cell, year, expected):
    parsed = parse_departure(cell, year)
    assert parsed.value == expected
    assert parsed.reading is GUESS
    assert parsed.raw == cell
    assert str(year) in parsed.note


def test_a_date_without_a_year_and_no_workbook_year_is_not_invented():
    parsed = parse_departure("3月5日 14:30", None)
    assert parsed.value is None
    assert parsed.reading is RAW
    assert parsed.raw == "3月5日 14:30"


SERIALS = [
    (43895, "2020-03-05"),  # a whole serial: the day only
    (43895.0, "2020-03-05"),
    (43895.604166666664, "2020-03-05 14:30"),
    (43895.60416, "2020-03-05 14:30"),  # a serial rounded by hand still reads to the minute
    (44561.999305555553, "2021-12-31 23:59"),
    (44197.5, "2021-01-01 12:00"),
]


@pytest.mark.parametrize("cell, expected", SERIALS)
def test_bare_excel_serial_numbers_are_read_as_dates_and_reported_as_guesses(cell, expected):
    parsed = parse_departure(cell, 2020)
    assert parsed.value == expected
    assert parsed.reading is GUESS  # a number read as a date is a guess, with the number kept
    assert parsed.raw is not None and parsed.raw.startswith(str(int(cell)))


UNREADABLE_DEPARTURES = [
    ("不详", "不详"),
    ("待补", "待补"),
    ("2020.13.5", "2020.13.5"),  # no 13th month
    ("2020-02-30 10:00", "2020-02-30 10:00"),  # no 30 February
    ("2021-02-29", "2021-02-29"),  # not a leap year
    ("下午三点左右", "下午三点左右"),
    ("  约在傍晚  ", "约在傍晚"),
    (dt.time(14, 30), "14:30"),  # a time without a day
    (12, "12"),  # a small number is not a date
    (True, "TRUE"),
]


@pytest.mark.parametrize("cell, raw", UNREADABLE_DEPARTURES)
def test_an_unreadable_departure_is_kept_as_its_raw_text(cell, raw):
    parsed = parse_departure(cell, 2020)
    assert parsed.value is None
    assert parsed.reading is RAW
    assert parsed.raw == raw
    assert parsed.note  # says why, for the report


@pytest.mark.parametrize("cell", [None, "", "   ", "/", "—", "－", "-"])
def test_an_empty_departure_or_a_placeholder_is_empty(cell):
    parsed = parse_departure(cell, 2020)
    assert parsed.value is None
    assert parsed.reading is EMPTY


# --- counts --------------------------------------------------------------------------------------

COUNTS = [
    # (cell, value, reading)
    (12, 12, OK),
    (12.0, 12, OK),
    ("12", 12, OK),
    (0, 0, OK),  # 0 is a value (on foot), not 'unknown'
    (0.0, 0, OK),
    ("0", 0, OK),
    ("12人", 12, GUESS),
    ("12 人", 12, GUESS),
    ("3辆", 3, GUESS),
    ("2车次", 2, GUESS),
    ("0人", 0, GUESS),
    ("１２", 12, GUESS),
    ("１２人", 12, GUESS),
    ("约20人", 20, GUESS),
    ("约２０人", 20, GUESS),
    ("12（含队长1人）", 12, GUESS),
    ("12(含队长1人)", 12, GUESS),
    ("共15人", 15, GUESS),
    ("十二人", 12, GUESS),
    ("两车", 2, GUESS),
]


@pytest.mark.parametrize("cell, value, reading", COUNTS)
def test_counts_are_read_as_whole_numbers(cell, value, reading):
    parsed = parse_count(cell)
    assert parsed.value == value
    assert isinstance(parsed.value, int) and not isinstance(parsed.value, bool)
    assert parsed.reading is reading
    if reading is GUESS:
        assert parsed.raw == cell  # the cell's original text stays with the task
        assert str(value) in parsed.note


@pytest.mark.parametrize("cell", [None, "", "  ", "/", "／", "—", "——", "-", "－", "无"])
def test_count_placeholders_mean_empty(cell):
    parsed = parse_count(cell)
    assert parsed.value is None
    assert parsed.reading is EMPTY


@pytest.mark.parametrize("cell, raw", [
    ("若干", "若干"),
    ("不详", "不详"),
    ("20人，另2车", "20人，另2车"),  # two numbers: which one?
    ("1-2", "1-2"),
    ("12.5", "12.5"),
    (12.5, "12.5"),
    (-3, "-3"),
    (True, "TRUE"),
    ("  若干  ", "若干"),
])
def test_an_unreadable_count_is_kept_as_its_raw_text(cell, raw):
    parsed = parse_count(cell)
    assert parsed.value is None
    assert parsed.reading is RAW
    assert parsed.raw == raw


@pytest.mark.parametrize("cell", ["两三辆车", "三四人", "一两辆"])
def test_a_range_in_chinese_numerals_is_not_read_as_one_number(cell):
    parsed = parse_count(cell)
    assert parsed.value is None
    assert parsed.reading is RAW
    assert parsed.raw == cell


# --- event numbers -------------------------------------------------------------------------------

EVENT_NUMBERS = [
    (20200153.0, "20200153"),  # a whole number stored as a number, read back as a float
    (20200153, "20200153"),
    ("20200153", "20200153"),
    ("WZ2021-0153", "WZ2021-0153"),
    (" WZ2021-0153 ", "WZ2021-0153"),
    ("WZ2021-0153\n", "WZ2021-0153"),
    ("ＷＺ２０２１－０１５３", "WZ2021-0153"),
    ("WZ 2021-0153", "WZ2021-0153"),
]


@pytest.mark.parametrize("cell, expected", EVENT_NUMBERS)
def test_event_numbers_are_text(cell, expected):
    parsed = parse_event_no(cell)
    assert parsed.value == expected
    assert parsed.reading in (OK, GUESS)


@pytest.mark.parametrize("cell", [None, "", "  ", "/", "—", "-", "无"])
def test_an_empty_event_number_or_a_placeholder_is_no_number(cell):
    parsed = parse_event_no(cell)
    assert parsed.value == ""
    assert parsed.reading is EMPTY


@pytest.mark.parametrize("cell", [
    "--",
    "N/A",
])
def test_ascii_placeholders_in_the_event_number_column_are_no_number(cell):
    parsed = parse_event_no(cell)
    assert parsed.value == ""
    assert parsed.reading is EMPTY


# --- squads and remarks --------------------------------------------------------------------------

SQUADS = [
    ("甲分队", "甲分队", OK),
    ("甲分队、乙分队", "甲分队、乙分队", OK),
    ("  甲分队  ", "甲分队", OK),
    ("甲分队,乙分队", "甲分队、乙分队", GUESS),
    ("甲分队，乙分队", "甲分队、乙分队", GUESS),
    ("甲分队 乙分队", "甲分队、乙分队", GUESS),
    ("甲分队/乙分队", "甲分队、乙分队", GUESS),
    ("甲分队；乙分队", "甲分队、乙分队", GUESS),
    ("甲分队+乙分队", "甲分队、乙分队", GUESS),
    ("甲分队、、乙分队", "甲分队、乙分队", GUESS),
    ("甲分队、乙分队、甲分队", "甲分队、乙分队", GUESS),
    ("甲分队、乙分队、丙分队", "甲分队、乙分队、丙分队", OK),
]


@pytest.mark.parametrize("cell, expected, reading", SQUADS)
def test_squads_are_joined_with_the_enumeration_comma(cell, expected, reading):
    parsed = parse_squads(cell)
    assert parsed.value == expected
    assert parsed.reading is reading
    if reading is GUESS:
        assert parsed.raw == cell.strip()


@pytest.mark.parametrize("cell", [None, "", " ", "/", "—"])
def test_no_squad_is_empty_text(cell):
    parsed = parse_squads(cell)
    assert parsed.value == ""
    assert parsed.reading is EMPTY


@pytest.mark.parametrize("cell, expected, reading", [
    ("已找到", "已找到", OK),
    ("  已找到，移交派出所  ", "已找到，移交派出所", OK),
    ("培训人数约80人", "培训人数约80人", OK),
    (12, "12", OK),
    (None, "", EMPTY),
    ("", "", EMPTY),
    ("/", "", EMPTY),
    ("—", "", EMPTY),
    (" / ", "", EMPTY),
])
def test_remarks_are_trimmed_text_and_a_placeholder_means_none(cell, expected, reading):
    parsed = parse_remarks(cell)
    assert parsed.value == expected
    assert parsed.reading is reading


# --- sheet names ---------------------------------------------------------------------------------

SHEET_NAMES = [
    ("水上救援", TaskKind.WATER),
    ("城市搜救", TaskKind.URBAN),
    ("山地救援", TaskKind.MOUNTAIN),
    ("培训保障", TaskKind.TRAINING),
    ("疫情防控", TaskKind.EPIDEMIC),
    ("队伍整备与设备保养", TaskKind.UPKEEP),
    # stray spaces, also the ideographic one
    (" 水上救援", TaskKind.WATER),
    ("城市搜救 ", TaskKind.URBAN),
    ("山地 救援", TaskKind.MOUNTAIN),
    ("\u3000培训保障\u3000", TaskKind.TRAINING),
    ("队伍整备 与 设备保养", TaskKind.UPKEEP),
    # variants that still say which one
    ("水上", TaskKind.WATER),
    ("水域救援", TaskKind.WATER),
    ("海上救援", TaskKind.WATER),
    ("城市搜救（含走失）", TaskKind.URBAN),
    ("走失寻人", TaskKind.URBAN),
    ("山地", TaskKind.MOUNTAIN),
    ("登山救援", TaskKind.MOUNTAIN),
    ("培训", TaskKind.TRAINING),
    ("赛事保障", TaskKind.TRAINING),
    ("培训与保障", TaskKind.TRAINING),
    ("防疫", TaskKind.EPIDEMIC),
    ("疫情防控工作", TaskKind.EPIDEMIC),
    ("队伍整备", TaskKind.UPKEEP),
    ("设备保养", TaskKind.UPKEEP),
    ("装备维护", TaskKind.UPKEEP),
    ("队伍整备与设备保养 (2)", TaskKind.UPKEEP),
    ("水上救援2020", TaskKind.WATER),
    # a title row says it too
    ("2020年水上救援任务统计表", TaskKind.WATER),
    ("2021年城市搜救任务统计", TaskKind.URBAN),
]


@pytest.mark.parametrize("name, kind", SHEET_NAMES)
def test_sheet_names_and_their_variants_are_recognised(name, kind):
    assert kind_from_name(name) is kind


@pytest.mark.parametrize("name", ["说明", "填表说明", "Sheet1", "Sheet3", "汇总", "救援", "", "   ", "备注"])
def test_names_that_say_no_kind_are_not_recognised(name):
    assert kind_from_name(name) is None


def test_a_name_that_names_two_kinds_is_not_guessed():
    assert kind_from_name("水上救援、城市搜救") is None


# --- header cells --------------------------------------------------------------------------------

HEADERS = [
    # the seven
    ("事件编号", "event_no"), ("事件摘要", "summary"), ("出队时间", "departure"), ("出队人数", "headcount"),
    ("出队车次", "vehicles"), ("分队名称", "squads"), ("备注", "remarks"),
    # stray spaces (also ideographic and line breaks)
    (" 事件编号 ", "event_no"), ("事件 摘要", "summary"), ("出 队 时 间", "departure"),
    ("出队\u3000人数", "headcount"), ("出队车次\n", "vehicles"), ("备 注", "remarks"),
    # units in brackets, full- and half-width
    ("出队人数（人）", "headcount"), ("出队人数(人)", "headcount"), ("出队车次（辆）", "vehicles"),
    ("出队车次（台次）", "vehicles"), ("出队时间（年月日时分）", "departure"),
    ("分队名称（多队用顿号）", "squads"), ("出队人数【人】", "headcount"),
    # short synonyms
    ("编号", "event_no"), ("任务编号", "event_no"), ("摘要", "summary"), ("事件", "summary"),
    ("任务内容", "summary"), ("时间", "departure"), ("日期", "departure"), ("出发时间", "departure"),
    ("人数", "headcount"), ("出动人数", "headcount"), ("车次", "vehicles"), ("车辆", "vehicles"),
    ("分队", "squads"), ("队伍", "squads"), ("参与分队", "squads"), ("说明", "remarks"), ("备注说明", "remarks"),
    # marks around the name
    ("事件编号*", "event_no"), ("出队时间：", "departure"),
]


@pytest.mark.parametrize("label, field", HEADERS)
def test_header_cells_are_recognised_by_meaning(label, field):
    assert field_for_header(label) == field


@pytest.mark.parametrize("label", ["序号", "负责人", "联系电话", "地点", "", "   ", None])
def test_header_cells_that_are_none_of_the_seven_are_not_guessed(label):
    assert field_for_header(label) is None
