"""Times as the duty secretary types them (domain/when.py): many shapes, the edges, what is refused."""
from __future__ import annotations

import datetime as dt

import pytest

from wz_desktop.domain.when import format_when, parse_when

NOW = dt.datetime(2023, 7, 15, 20, 10, 42)  # a summer evening


def at(text: str, now: dt.datetime = NOW, **kwargs) -> str | None:
    moment = parse_when(text, now, **kwargs)
    return format_when(moment) if moment is not None else None


@pytest.mark.parametrize("text", [
    "19:30", "1930", "19.30", "19点30", "19点30分", "19时30分", "19:30:00", " 19:30 ", "１９：３０", "１９３０",
    "今天 19:30", "今天19:30", "今日 19:30", "晚上7:30", "下午7点半", "今晚7点半", "7月15日 19:30",
    "7-15 19:30", "7/15 19:30", "7.15 19:30", "7月15号 19:30", "7月15日19:30", "2023-07-15 19:30", "2023/7/15 19:30",
    "2023.07.15 19:30", "2023年7月15日 19:30", "23年7月15日 19:30", "20230715 1930", "202307151930",
    "2023-07-15T19:30", "2023-07-15 19:30:59", "２０２３－０７－１５　１９：３０", "2023-07-15, 19:30",
])
def test_shapes_that_mean_this_evening_at_half_past_seven(text):
    assert at(text) == "2023-07-15 19:30", text


@pytest.mark.parametrize("text, expected", [
    ("19点半", "2023-07-15 19:30"),
    ("19点", "2023-07-15 19:00"),
    ("19点整", "2023-07-15 19:00"),
    ("8点5分", "2023-07-15 08:05"),
    ("0805", "2023-07-15 08:05"),
    ("805", "2023-07-15 08:05"),
    ("0:00", "2023-07-15 00:00"),
    ("00:00", "2023-07-15 00:00"),
    ("上午9点", "2023-07-15 09:00"),
    ("早上7点", "2023-07-15 07:00"),
    ("中午12点", "2023-07-15 12:00"),
    ("中午1点", "2023-07-15 13:00"),
    ("下午3点", "2023-07-15 15:00"),
    ("下午15点", "2023-07-15 15:00"),
    ("凌晨2点", "2023-07-15 02:00"),
    ("凌晨12点", "2023-07-15 00:00"),
    ("昨天 19:30", "2023-07-14 19:30"),
    ("昨天19:30", "2023-07-14 19:30"),
    ("昨日 23:59", "2023-07-14 23:59"),
    ("昨晚11点", "2023-07-14 23:00"),
    ("昨天晚上 8点半", "2023-07-14 20:30"),
    ("前天 8:05", "2023-07-13 08:05"),
    ("今天 7:00", "2023-07-15 07:00"),
    ("今早7点", "2023-07-15 07:00"),
    ("明天 9:00", "2023-07-16 09:00"),
    ("3-5 19:30", "2023-03-05 19:30"),
    ("3/5 19:30", "2023-03-05 19:30"),
    ("3月5日 19:30", "2023-03-05 19:30"),
    ("03-05 07:05", "2023-03-05 07:05"),
    ("2023-03-05 19:30", "2023-03-05 19:30"),
    ("2023/3/5 19:30", "2023-03-05 19:30"),
    ("20230305 1930", "2023-03-05 19:30"),
    ("2021-12-31 23:59", "2021-12-31 23:59"),
    ("2024-02-29 10:00", "2024-02-29 10:00"),  # a leap day
])
def test_shapes(text, expected):
    assert at(text) == expected


def test_a_bare_time_up_to_an_hour_ahead_is_today():
    assert at("21:10") == "2023-07-15 21:10"  # exactly an hour ahead: a clock a little fast
    assert at("20:15") == "2023-07-15 20:15"


def test_a_bare_time_further_ahead_is_yesterday():
    assert at("21:11") == "2023-07-14 21:11"
    assert at("23:50") == "2023-07-14 23:50"


def test_after_midnight_a_call_about_late_last_night():
    just_after_midnight = dt.datetime(2023, 7, 16, 0, 10)
    assert at("23:50", just_after_midnight) == "2023-07-15 23:50"
    assert at("0:05", just_after_midnight) == "2023-07-16 00:05"
    assert at("1:00", just_after_midnight) == "2023-07-16 01:00"  # within the hour: today
    # on New Year's night the day before is last year's
    assert at("23:50", dt.datetime(2024, 1, 1, 0, 5)) == "2023-12-31 23:50"


def test_a_date_without_a_year_still_to_come_is_last_years():
    assert at("12-31 22:00") == "2022-12-31 22:00"
    assert at("7-16 08:00") == "2022-07-16 08:00"  # tomorrow's date: last year
    assert at("7-15 23:00") == "2023-07-15 23:00"  # today's date stays this year
    assert at("1-1 0:00", dt.datetime(2024, 1, 1, 0, 30)) == "2024-01-01 00:00"
    assert at("12-31 23:55", dt.datetime(2024, 1, 1, 0, 30)) == "2023-12-31 23:55"


def test_without_prefer_past_times_and_dates_are_taken_as_they_come():
    assert at("23:50", prefer_past=False) == "2023-07-15 23:50"
    assert at("12-31 22:00", prefer_past=False) == "2023-12-31 22:00"


def test_a_full_date_is_kept_even_in_the_future():
    assert at("2030-01-01 08:00") == "2030-01-01 08:00"  # validation elsewhere says it is ahead


@pytest.mark.parametrize("text", [
    "", "   ", None, "abc", "25:00", "24:00", "19:60", "19:5", "1960", "2-30 10:00", "13-01 10:00", "2023-02-29 10:00",
    "2023-13-01 10:00", "20230230 1000", "202302301000", "2023-03-05", "3-5", "昨天", "今天 25:00", "3-5 19:30 多",
    "19:30:99x", "上午15点", "下午", "3-519:30", "12345", "19点61分", "7:30pm",
])
def test_what_cannot_be_read_gives_none(text):
    assert parse_when(text, NOW) is None, text


def test_seconds_of_now_do_not_push_a_time_into_the_future():
    assert at("21:10", dt.datetime(2023, 7, 15, 20, 10, 59)) == "2023-07-15 21:10"


def test_format_when():
    assert format_when(dt.datetime(2023, 3, 5, 7, 5, 33)) == "2023-03-05 07:05"
    assert format_when(None) == ""


def test_what_is_shown_reads_back_the_same():
    for text in ["19:30", "昨天 8:05", "3月5日 19:30", "20230305 1930"]:
        shown = at(text)
        assert at(shown) == shown
