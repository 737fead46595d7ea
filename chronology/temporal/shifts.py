"""Shifts counted in calendar units: from publication ("last week", "two days ago", "next year"), from the date
the text last named ("two days later", "a year earlier"), or from the quarter a financial report is about ("the
quarter", "the year-ago quarter"). The resolver (resolver.py) keeps those dates as it reads; these functions
only count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from chronology.temporal.occurrences import Resolution
from chronology.temporal.periods import Period, finer_or_same, same_day_months_away

# The granularities a shift can count in: a calendar unit each has a period of its own.
CALENDAR_GRANULARITY = ("day", "week", "weekend", "month", "quarter", "year", "decade", "century")
# "half a century later": a part of a decade or a century is counted in years.
_YEARS_IN = {"decade": 10, "century": 100}
# A unit counted from a date named more finely keeps that date's granularity, as a whole number of its periods:
# "a year earlier" after a quarter is that quarter a year before, "a century later" after the 1890s the 1990s.
_PERIODS_IN = {("year", "quarter"): 4, ("year", "half"): 2, ("century", "decade"): 10}


def shift(
    match: re.Match[str],
    published: date,
    reference: Period | None,
    reported_quarter: Callable[[], tuple[Period, str]],
) -> Resolution:
    """A value ``UNDEF-this|REF-UNIT[-PLUS|MINUS-n|-LAST|-NEXT]`` (``match``, groups: anchor, unit, direction,
    count, calendar step): "last week", "two days ago" from publication; "two days later", "a year earlier"
    from ``reference``, the date the text last named; "the quarter", "the year-ago quarter" from the quarter a
    report is about (``reported_quarter``)."""
    anchor_kind, unit, direction, count, calendar_step = match.groups()
    if calendar_step:
        # "last week", "next year": the calendar unit before or after the publication's own; "the following
        # decade": after the one the date last named falls in.
        steps = -1 if calendar_step == "LAST" else 1
        if unit not in CALENDAR_GRANULARITY:
            return Resolution(match.group(0), f"no calendar {unit}")
        if anchor_kind == "REF" and reference is not None:
            return _shift_from_reference(reference, unit, steps)
        return Resolution(
            Period.containing(published, unit).shift(steps).value(), _shift_why(unit, steps, "publication")
        )
    if unit not in CALENDAR_GRANULARITY:
        return Resolution(match.group(0), f"no calendar {unit}")
    if count and "." in count and unit in _YEARS_IN and (float(count) * _YEARS_IN[unit]).is_integer():
        unit, count = "year", str(int(float(count) * _YEARS_IN[unit]))
    if (
        count
        and "." in count
        and unit == "year"
        and (float(count) * 12).is_integer()
        and (anchor_kind != "REF" or reference is None or reference.granularity in ("day", "week", "month"))
    ):
        # "three and a half years later" after July 2015: 42 months on, January 2019 (after a year, as vague
        # as the year: only the direction)
        unit, count = "month", str(int(float(count) * 12))
    if count == "X" or (count and "." in count):
        vague = "PAST_REF" if direction == "MINUS" else "FUTURE_REF"
        return Resolution(vague, "an unknown number of units: only the direction is known", type="DATE")
    steps = int(count or 0) * (-1 if direction == "MINUS" else 1)
    if unit in ("decade", "century") and steps:
        named = reference if anchor_kind == "REF" else None
        if named is None or named.granularity not in ("decade", "century"):
            # "a decade ago", "amended a decade later" after 1998: ten years on from a year (or from
            # publication), 2012 and 2008, not the calendar decade 201 or 200, which would take in years
            # the text never meant. Counted from a decade ("the 1970s ... two decades later"): decades.
            years = steps * (10 if unit == "decade" else 100)
            base, where = (
                (published, "publication") if named is None else (named.first, f"{named.value()} (mentioned before)")
            )
            result = Period.containing(base, "year").shift(years)
            return Resolution(result.value(), _shift_why("year", years, where))
    if anchor_kind == "REF" and unit == "quarter":
        # "the quarter", "the latest period", "the year-ago quarter": counted from the quarter reported; the
        # quarter next to the one the text last named, also one to come, from that one ("the cap for the first
        # quarter of 2024 ... up 5% from the previous quarter").
        quarter, why = reported_quarter()
        if abs(steps) == 1 and reference is not None and reference.granularity == "quarter":
            quarter, why = reference, f"{reference.value()}, the quarter the text last named"
        if not steps:
            return Resolution(quarter.value(), why)
        return Resolution(quarter.shift(steps).value(), _shift_why(unit, steps, why), comparison=True)
    if (
        unit == "year"
        and steps
        and reference is not None
        and reference.granularity == "quarter"
        and reference.first <= published
    ):
        # "up from $10 million a year ago": in a report on a quarter, the same quarter a year before.
        result = reference.shift(4 * steps)
        why = _shift_why("year", steps, f"{reference.value()} (the quarter reported)")
        return Resolution(result.value(), why, comparison=True)
    if anchor_kind == "REF" and reference is not None:
        resolution = _shift_from_reference(reference, unit, steps)
        # "a year earlier" compares ("up from $10 million a year earlier") and leaves the story where it was; "a
        # year later" moves it on ("A year later colleagues raised concerns ... the following January").
        resolution.comparison = unit == "year" and steps < 0
        return resolution
    containing = Period.containing(published, unit)
    result = containing.shift(steps)
    where = "no earlier date in the text; counted from publication" if anchor_kind == "REF" else "publication"
    # "a year ago", "year-earlier" compare with the year before; they do not move the story there.
    return Resolution(result.value(), _shift_why(unit, steps, where), comparison=unit == "year" and steps == -1)


def same_day(published: date, direction: str, count: int, unit: str) -> Resolution:
    """ "a week from today", "a year ago today": publication's day, so many days, weeks, months or years away (the
    29th-31st of a shorter month becomes its last day)."""
    steps = count if direction == "PLUS" else -count
    if unit in ("day", "week"):
        day = published + timedelta(days=steps * (7 if unit == "week" else 1))
    else:
        day = same_day_months_away(published, steps * (12 if unit == "year" else 1))
    return Resolution(
        day.isoformat(),
        f"{count} {unit}{'s' if count != 1 else ''} {'after' if steps > 0 else 'before'} the day of publication",
    )


def _shift_from_reference(reference: Period, unit: str, steps: int) -> Resolution:
    """``steps`` units from the date the text last named, at the unit's granularity when that date is as fine."""
    # "a year earlier" after "the third quarter": the same quarter a year before, as financial news means.
    # After a month or a season, "a year later" is a year: an anniversary only roughly.
    if steps and (per_unit := _PERIODS_IN.get((unit, reference.granularity))):
        result = reference.shift(steps * per_unit)
        return Resolution(result.value(), _shift_why(unit, steps, f"{reference.value()} (mentioned before)"))
    if finer_or_same(reference.granularity, unit):
        # A weekend's own days are its Saturday and Sunday (the period starts on the Monday of its week):
        # "That weekend ... by the end of that month" after Aug. 2, 2024 is August, not July.
        base = Period.containing(reference.last if reference.granularity == "weekend" else reference.first, unit)
    else:
        return Resolution(reference.value(), f"the date last mentioned is only known to the {reference.granularity}")
    if unit == "weekend" and steps > 0 and reference.last < base.start_day:  # before its Saturday
        # A weekday's own week ends in the weekend after it: "on Wednesday ... the following weekend" is
        # that Saturday and Sunday, not the next week's.
        steps -= 1
        result = base.shift(steps)
        return Resolution(result.value(), f"the first weekend after {reference.value()} (mentioned before)")
    result = base.shift(steps)
    return Resolution(result.value(), _shift_why(unit, steps, f"{reference.value()} (mentioned before)"))


def _shift_why(unit: str, steps: int, where: str) -> str:
    if steps == 0:
        return f"the {unit} of {where}"
    plural = "s" if abs(steps) != 1 else ""
    return f"{abs(steps)} {unit}{plural} {'before' if steps < 0 else 'after'} the {unit} of {where}"
