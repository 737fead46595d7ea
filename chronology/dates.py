"""The date notation of chronology files: parse, validate, order and display event dates.

One notation, ISO 8601 with reduced precision plus EDTF's qualifiers, so that what a person types into a
chronology file is what the resolver writes:

=====================  ==========================  =======================================
notation               meaning                     example
=====================  ==========================  =======================================
``YYYY-MM-DD``         a day                       ``2021-09-05``
``YYYY-MM``            a month                     ``2021-09``
``YYYY``               a year                      ``2021``
``YYYY-Www``           an ISO week                 ``2021-W36``
``YYYY-Qn``            a quarter                   ``2021-Q3``
``YYYY-Hn``            a half year                 ``2021-H2``
``YYYY-SP|SU|FA|WI``   a season (northern)         ``2021-SU``
``YYYX`` / ``YYXX``    a decade / a century        ``199X`` (the 1990s), ``19XX``
``A/B``                a range, either end open    ``2021-09-05/2021-09-06``, ``../2021-09``
suffix ``~ ? %``       approximate, uncertain,     ``2021-09~``, ``2021-09-05?``
                       both (EDTF)
=====================  ==========================  =======================================

An event may also carry a ``qualifier``: a part of a month or year (``early``, ``mid``, ``late``), a part of
a day (``morning``, ``afternoon``, ``evening``, ``night``) or a clock time (``14:30``). It refines the
display and the order, never the date itself, so "mid-August" stays ``2021-08`` and claims no exact day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SEASONS = {"SP": (3, 5, "spring"), "SU": (6, 8, "summer"), "FA": (9, 11, "autumn"), "WI": (12, 14, "winter")}
PERIOD_QUALIFIERS = ("early", "mid", "late")
DAY_PARTS = ("morning", "midday", "afternoon", "evening", "night")
# TIMEX3 parts of day, as the resolver writes them after a day: 2021-09-05TNI.
TIMEX_DAY_PARTS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "day"}
TIMEX_MODS = {"START": "early", "MID": "mid", "END": "late"}

_POINT = re.compile(
    r"""^(?:
        (?P<day>\d{4}-\d{2}-\d{2})
      | (?P<month>\d{4}-\d{2})
      | (?P<week>\d{4})-W(?P<weekno>\d{2})
      | (?P<quarter>\d{4})-Q(?P<qno>[1-4])
      | (?P<half>\d{4})-H(?P<hno>[12])
      | (?P<season>\d{4})-(?P<sname>SP|SU|FA|WI)
      | (?P<year>\d{4})
      | (?P<decade>\d{3})X
      | (?P<century>\d{2})XX
    )$""",
    re.VERBOSE,
)
# 24:00 is ISO 8601's end of the day: "shortly before midnight on Monday" belongs to Monday.
_TIME = re.compile(r"^(?:([01]\d|2[0-3]):[0-5]\d|24:00)$")


class DateNotationError(ValueError):
    """A date that is not in the chronology notation, or names a day that does not exist."""


@dataclass(frozen=True)
class DatePoint:
    """One end of a date: the days it covers and how precisely it was given."""

    text: str
    first: date
    last: date
    precision: str  # day, week, month, quarter, half, season, year, decade, century


def _parse_point(text: str) -> DatePoint:
    match = _POINT.match(text)
    if not match:
        raise DateNotationError(f"{text!r} is not a date in the chronology notation (e.g. 2021-09-05, 2021-09)")
    groups = match.groupdict()
    try:
        if groups["day"]:
            day = date.fromisoformat(groups["day"])
            return DatePoint(text, day, day, "day")
        if groups["month"]:
            year, month = (int(part) for part in groups["month"].split("-"))
            if not 1 <= month <= 12:
                raise DateNotationError(f"{text!r}: there is no month {month}")
            last = calendar.monthrange(year, month)[1]
            return DatePoint(text, date(year, month, 1), date(year, month, last), "month")
        if groups["week"]:
            year, week = int(groups["week"]), int(groups["weekno"])
            monday = date.fromisocalendar(year, week, 1)
            return DatePoint(text, monday, monday + timedelta(days=6), "week")
        if groups["quarter"]:
            year, quarter = int(groups["quarter"]), int(groups["qno"])
            return _months(text, year, 3 * quarter - 2, 3 * quarter, "quarter")
        if groups["half"]:
            year, half = int(groups["half"]), int(groups["hno"])
            return _months(text, year, 6 * half - 5, 6 * half, "half")
        if groups["season"]:
            first_month, last_month, _ = SEASONS[groups["sname"]]
            return _months(text, int(groups["season"]), first_month, last_month, "season")
        if groups["year"]:
            year = int(groups["year"])
            return DatePoint(text, date(year, 1, 1), date(year, 12, 31), "year")
        if groups["decade"]:
            start = int(groups["decade"]) * 10
            return DatePoint(text, date(max(start, 1), 1, 1), date(start + 9, 12, 31), "decade")
        start = int(groups["century"]) * 100
        return DatePoint(text, date(max(start, 1), 1, 1), date(start + 99, 12, 31), "century")
    except ValueError as error:  # date() / fromisocalendar() on a day that does not exist
        if isinstance(error, DateNotationError):
            raise
        raise DateNotationError(f"{text!r} is not a real date: {error}") from None


def _months(text: str, year: int, first_month: int, last_month: int, precision: str) -> DatePoint:
    # Winter runs into the next year: December to February.
    end_year, end_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
    last = date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
    return DatePoint(text, date(year, first_month, 1), last, precision)


@dataclass(frozen=True)
class EventDate:
    """A parsed event date: a point or a range, with EDTF's approximate/uncertain flags."""

    text: str
    start: DatePoint | None  # None: open start (``../2021-09``)
    end: DatePoint | None  # None: open end; same object as start for a single point
    approximate: bool = False
    uncertain: bool = False

    @property
    def is_range(self) -> bool:
        return self.start is not self.end

    @property
    def first(self) -> date:
        return self.start.first if self.start else date.min

    @property
    def last(self) -> date:
        return self.end.last if self.end else date.max

    @property
    def precision(self) -> str:
        if self.is_range:
            return "range"
        assert self.start is not None
        return self.start.precision

    def sort_key(self, qualifier: str | None = None) -> tuple[date, int, date, str]:
        """Earliest day first; within a day, parts of the day in their order; narrower spans first."""
        anchor = self.first if self.start else self.last
        return (anchor, qualifier_rank(qualifier), self.last, self.text)

    def display(self, qualifier: str | None = None) -> str:
        """The date as a reader wants it: "5 Sep 2021", "early Sep 2021", "c. 2021", "night of 5–6 Sep 2021"."""
        if self.is_range:
            text = _display_range(self.start, self.end)
            if qualifier == "night" and self.start and self.end and (self.end.first - self.start.last).days == 1:
                text = f"night of {text}"
                qualifier = None
        else:
            assert self.start is not None
            text = _display_point(self.start)
        if qualifier in PERIOD_QUALIFIERS:
            text = f"{qualifier} {text}" if qualifier != "mid" else f"mid-{text}"
        elif qualifier:
            text = f"{text}, {qualifier}"
        if self.approximate:
            text = f"c. {text}"
        if self.uncertain:
            text = f"{text}?"
        return text


def qualifier_rank(qualifier: str | None) -> int:
    if qualifier is None:
        return 0
    if qualifier in PERIOD_QUALIFIERS:
        return 1 + PERIOD_QUALIFIERS.index(qualifier)
    if qualifier in DAY_PARTS:
        return 10 + DAY_PARTS.index(qualifier) * 360  # morning sorts before 09:00, evening after 17:00
    if _TIME.match(qualifier):
        hours, minutes = (int(part) for part in qualifier.split(":"))
        return 10 + hours * 60 + minutes
    return 99_999


def validate_qualifier(qualifier: object) -> str | None:
    """Check an event's ``qualifier``; returns a message when it is not one the notation knows."""
    if qualifier is None:
        return None
    if not isinstance(qualifier, str) or not (
        qualifier in PERIOD_QUALIFIERS or qualifier in DAY_PARTS or _TIME.match(qualifier)
    ):
        known = ", ".join((*PERIOD_QUALIFIERS, *DAY_PARTS))
        return f"qualifier {qualifier!r} is not one of {known} or a time HH:MM"
    return None


def parse_event_date(text: object) -> EventDate:
    """Parse a date in the chronology notation; raises DateNotationError saying what is wrong."""
    if isinstance(text, date):  # YAML loaders turn 2021-09-05 into a date; accept it as written
        text = text.isoformat()
    if isinstance(text, int):  # and 2021 into an int
        text = str(text)
    if not isinstance(text, str) or not text.strip():
        raise DateNotationError(f"{text!r} is not a date in the chronology notation (e.g. 2021-09-05, 2021-09)")
    raw = text.strip()
    body, approximate, uncertain = raw, False, False
    if body[-1] in "~?%":
        approximate = body[-1] in "~%"
        uncertain = body[-1] in "?%"
        body = body[:-1]
    if "/" in body:
        left, _, right = body.partition("/")
        start = None if left == ".." else _parse_point(left)
        end = None if right == ".." else _parse_point(right)
        if start is None and end is None:
            raise DateNotationError(f"{raw!r}: a range needs at least one end")
        if start and end and end.last < start.first:
            raise DateNotationError(f"{raw!r}: the range ends before it starts")
        return EventDate(raw, start, end, approximate, uncertain)
    point = _parse_point(body)
    return EventDate(raw, point, point, approximate, uncertain)


def _display_point(point: DatePoint) -> str:
    first = point.first
    if point.precision == "day":
        return f"{first.day} {MONTH_ABBR[first.month - 1]} {first.year}"
    if point.precision == "month":
        return f"{MONTH_ABBR[first.month - 1]} {first.year}"
    if point.precision == "week":
        return f"week of {first.day} {MONTH_ABBR[first.month - 1]} {first.year}"
    if point.precision == "quarter":
        return f"Q{(first.month + 2) // 3} {first.year}"
    if point.precision == "half":
        return f"H{1 if first.month < 7 else 2} {first.year}"
    if point.precision == "season":
        name = next(label for start, _, label in SEASONS.values() if start == first.month)
        return f"{name} {first.year}"
    if point.precision == "year":
        return str(first.year)
    if point.precision == "decade":
        return f"{point.text[:3]}0s"
    return f"{point.text[:2]}00s"


def _display_range(start: DatePoint | None, end: DatePoint | None) -> str:
    if start is None:
        return f"before {_display_point(end)}" if end else ""
    if end is None:
        return f"from {_display_point(start)}"
    if start.precision == end.precision == "day":
        a, b = start.first, end.first
        if (a.year, a.month) == (b.year, b.month):
            return f"{a.day}–{b.day} {MONTH_ABBR[a.month - 1]} {a.year}"
        if a.year == b.year:
            return f"{a.day} {MONTH_ABBR[a.month - 1]} – {b.day} {MONTH_ABBR[b.month - 1]} {a.year}"
    return f"{_display_point(start)} – {_display_point(end)}"


@dataclass(frozen=True)
class ResolvedDate:
    """What a TIMEX3 value means on a timeline: a date in the notation and an optional qualifier."""

    date: str
    qualifier: str | None = None


_TIMEX_DAY_PART = re.compile(r"^(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI|DT)$")
_TIMEX_CLOCK = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})")
_TIMEX_DECADE = re.compile(r"^(\d{3})$")
_TIMEX_CENTURY = re.compile(r"^(\d{2})$")


def date_from_timex(value: str, mod: str | None = None) -> ResolvedDate | None:
    """Turn a resolved TIMEX3 value into an event date, or None when it names no place on a calendar.

    Durations (``P2D``), sets and the vague references ``PAST_REF``/``PRESENT_REF``/``FUTURE_REF`` have no date,
    and neither has a value the resolver left underspecified (``XXXX-09-05``).
    """
    qualifier = TIMEX_MODS.get(mod or "")
    approximate = mod == "APPROX"
    if match := _TIMEX_DAY_PART.match(value):
        day, part = date.fromisoformat(match.group(1)), TIMEX_DAY_PARTS[match.group(2)]
        if part == "night":
            # A night belongs to two days: "overnight" in a Monday paper is the night of Sunday to Monday.
            text = f"{day.isoformat()}/{(day + timedelta(days=1)).isoformat()}"
            return ResolvedDate(text + ("~" if approximate else ""), "night")
        return ResolvedDate(day.isoformat() + ("~" if approximate else ""), None if part == "day" else part)
    if match := _TIMEX_CLOCK.match(value):
        return ResolvedDate(match.group(1), f"{match.group(2)}:{match.group(3)}")
    if match := _TIMEX_DECADE.match(value):
        value = f"{match.group(1)}X"
    elif match := _TIMEX_CENTURY.match(value):
        value = f"{match.group(1)}XX"
    try:
        parse_event_date(value)
    except DateNotationError:
        return None
    return ResolvedDate(value + ("~" if approximate else ""), qualifier)
