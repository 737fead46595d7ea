"""Any text and any publication date: no exception, and the contract's invariants hold."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.temporal import tag
from chronology.temporal.expression import TIMEX_TYPES

PIECES = [
    "Feb. 30, 1996",
    "31 April",
    "2/31/2021",
    "Monday",
    "the third quarter",
    "every",
    "Christmas",
    "'90s",
    "nineteen ninety-nine",
    "12:75 p.m.",
    "two and a half years ago",
    "the 1988 period",
    "last week",
    "overnight",
    "May",
    "since Sunday",
    "will meet",
    "said",
    "0 days later",
    "the year two thousand and ten",
    "İstanbul",
    "ﬁscal 1998",
    "\n\n",
    "U.S.",
    "``",
    "a year earlier",
    "year-end",
    "Mid-August",
    "9999",
]
VALUE = re.compile(
    r"^(?:\d{2,4}(?:-(?:\d\d(?:-\d\d)?|W\d\d(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?(?:T(?:MO|AF|EV|NI|\d\d:\d\d))?"
    r"|P(?:T?[\dX.]+[A-Z]+)+|(?:PAST|PRESENT|FUTURE)_REF|XXXX-(?:WXX-[1-7](?:TNI|TMO|TEV|TAF)?|WXX-WE|XX-XXT(?:MO|AF|EV|NI)|\d\d(?:-\d\d)?|SP|SU|FA|WI))$"
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=12),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
)
def test_tag_never_fails_and_keeps_its_contract(pieces: list[str], published: date) -> None:
    text = " ".join(pieces)
    found = tag(text, published)
    for expression in found:
        assert text[expression.start : expression.end] == expression.text
        assert expression.type in TIMEX_TYPES
        assert VALUE.match(expression.value), expression
    assert all(a.end <= b.start for a, b in pairwise(found))


def test_impossible_calendar_dates_are_not_claimed() -> None:
    for text in ("It happened on Feb. 30, 1996.", "It happened on 31 April.", "Signed 2/31/2021."):
        for expression in tag(text, date(2021, 9, 6)):
            assert not re.match(r"^\d{4}-(02-3\d|04-31)", expression.value), expression
