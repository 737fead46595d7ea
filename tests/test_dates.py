"""The event date notation: parsing, validation, order and display."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.dates import DateNotationError, date_from_timex, parse_event_date


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [
        ("2021-09-05", date(2021, 9, 5), date(2021, 9, 5), "day"),
        ("2021-09", date(2021, 9, 1), date(2021, 9, 30), "month"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2021-W36", date(2021, 9, 6), date(2021, 9, 12), "week"),
        ("2021-Q3", date(2021, 7, 1), date(2021, 9, 30), "quarter"),
        ("2021-H1", date(2021, 1, 1), date(2021, 6, 30), "half"),
        ("2021-WI", date(2021, 12, 1), date(2022, 2, 28), "season"),
        ("2021", date(2021, 1, 1), date(2021, 12, 31), "year"),
        ("199X", date(1990, 1, 1), date(1999, 12, 31), "decade"),
        ("19XX", date(1900, 1, 1), date(1999, 12, 31), "century"),
        ("2021-09-05/2021-09-06", date(2021, 9, 5), date(2021, 9, 6), "range"),
    ],
)
def test_notation_covers_the_right_days(text: str, first: date, last: date, precision: str) -> None:
    parsed = parse_event_date(text)
    assert (parsed.first, parsed.last, parsed.precision) == (first, last, precision)


@pytest.mark.parametrize(
    "text", ["2021-02-30", "2021-13", "2021-00", "2021-W54", "Sept 5", "", "2021-09-06/2021-09-05"]
)
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(DateNotationError):
        parse_event_date(text)


def test_yaml_native_values_are_accepted() -> None:
    assert parse_event_date(date(2021, 9, 5)).text == "2021-09-05"
    assert parse_event_date(2021).precision == "year"


@pytest.mark.parametrize(
    ("text", "qualifier", "shown"),
    [
        ("2021-09-05", None, "5 Sep 2021"),
        ("2021-09", None, "Sep 2021"),
        ("2021-08", "mid", "mid-Aug 2021"),
        ("2021-09", "early", "early Sep 2021"),
        ("2021-08~", "mid", "c. mid-Aug 2021"),
        ("2021-09-05/2021-09-06", "night", "night of 5–6 Sep 2021"),
        ("2021-08-30/2021-09-02", None, "30 Aug – 2 Sep 2021"),
        ("2021-09-06", "morning", "6 Sep 2021, morning"),
        ("199X", None, "1990s"),
        ("2021-09-05?", None, "5 Sep 2021?"),
        ("2021-W36", None, "week of 6 Sep 2021"),
    ],
)
def test_display_is_as_exact_as_the_date(text: str, qualifier: str | None, shown: str) -> None:
    assert parse_event_date(text).display(qualifier) == shown


def test_order_is_by_first_day_then_part_of_day_then_span() -> None:
    dates = [
        ("2021-09", None),
        ("2021-09-05", "evening"),
        ("2021-09-05", "morning"),
        ("2021-09-01", None),
        ("2021", None),
    ]
    ordered = sorted(dates, key=lambda item: parse_event_date(item[0]).sort_key(item[1]))
    assert ordered == [
        ("2021", None),
        ("2021-09-01", None),
        ("2021-09", None),
        ("2021-09-05", "morning"),
        ("2021-09-05", "evening"),
    ]


@pytest.mark.parametrize(
    ("value", "mod", "expected"),
    [
        ("2021-09-05", None, ("2021-09-05", None)),
        ("2021-09-05TNI", None, ("2021-09-05/2021-09-06", "night")),
        ("2021-09-06TMO", None, ("2021-09-06", "morning")),
        ("2021-09-06T14:30", None, ("2021-09-06", "14:30")),
        ("2021-08", "MID", ("2021-08", "mid")),
        ("2021-09", "START", ("2021-09", "early")),
        ("199", None, ("199X", None)),
        ("2021-W35", None, ("2021-W35", None)),
        ("2021", "APPROX", ("2021~", None)),
    ],
)
def test_timex_values_become_event_dates(value: str, mod: str | None, expected: tuple[str, str | None]) -> None:
    resolved = date_from_timex(value, mod)
    assert resolved is not None
    assert (resolved.date, resolved.qualifier) == expected


@pytest.mark.parametrize("value", ["P2D", "PAST_REF", "PRESENT_REF", "XXXX-09-05", "2021-WXX-1"])
def test_timex_values_without_a_calendar_place_make_no_date(value: str) -> None:
    assert date_from_timex(value) is None
