"""Periods told by a day: "the week of March 6", "the Easter weekend", "a week on Monday".

The finder writes such an expression as a prefix before the day's own value (``WEEKOF:UNDEF-year-03-06``); the
resolver resolves the day as any other, then one of these functions turns the day into the period meant. A value
that is no single day is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from chronology.temporal.occurrences import Resolution
from chronology.temporal.periods import Period, period_of


def _week_of(day: date) -> tuple[str, str]:
    return Period.containing(day, "week").value(), "the week of"


def _weekend_nearest(day: date) -> tuple[str, str]:
    # The Saturday nearest the day: a Monday holiday's weekend is the one before it, a Friday's the one after.
    saturday = day + timedelta(days=(5 - day.weekday() + 3) % 7 - 3)
    return Period.containing(saturday, "weekend").value(), "the weekend nearest"


def _week_on(day: date) -> tuple[str, str]:
    return (day + timedelta(days=7)).isoformat(), "a week after"


def _fortnight_on(day: date) -> tuple[str, str]:
    return (day + timedelta(days=14)).isoformat(), "a fortnight after"


# Prefix in a rule's value -> what the resolved day becomes.
AROUND_A_DAY: dict[str, Callable[[date], tuple[str, str]]] = {
    "WEEKOF:": _week_of,
    "WEEKENDOF:": _weekend_nearest,
    "WEEKON:": _week_on,
    "FORTNIGHTON:": _fortnight_on,
}


def around(prefix: str, day: Resolution) -> Resolution:
    """The period ``prefix`` names around the resolved ``day``."""
    period = period_of(day.value)
    if period is None or period.granularity != "day":
        return day
    value, relation = AROUND_A_DAY[prefix](period.first)
    return Resolution(value, f"{relation} {day.value} ({day.why})")
