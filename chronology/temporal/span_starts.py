"""The start of a span of days is read from its end: "runs from June 1 to Nov. 30", "from 6pm on Sunday until
midday on Monday".

Each end is resolved on its own (resolver.py), and the two can look different ways: in "a warning is in force
from 6pm on Sunday until midday on Monday" the limit "until Monday" is still to come, while "from Sunday", told
in the present, looks back a week. A span is told for where it stands now, which its end settles (a warning in
force until Monday, a season that runs until Nov. 30), and a span of named days is shorter than the cycle that
repeats them: a weekday span is under a week, a month-and-day span under a year. So a start that falls after its
end, or a whole cycle or more before it, is moved to its latest occurrence on or before the end; but a weekday
that starts a span ending on a date still to come ("closed from 6am on Monday until 30 April") is the first such
day from publication on, whenever the span ends: the span is announced before it starts. Only starts
whose text leaves the choice open are moved: a weekday, a month and day, or a month, without a year ("the
January-November period" in December is this year's January); not a weekday with its date ("from Saturday 6
June to Sunday 14 June"), which the weekday fixes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from chronology.temporal.calendar_names import MONTH_NAMES, WEEKDAY_NAMES, names_pattern
from chronology.temporal.expression import TemporalExpression
from chronology.temporal.occurrences import NEAREST_WHY
from chronology.temporal.periods import same_day_months_away

# What joins two dates into one span: a dash, "to", "through"; "until" or "till" after "from"; "and" after
# "between" (events/ranges.py makes such a pair one event).
_JOINER = re.compile(r"\s*(?:[-\u2013\u2014]|to|through|thru)\s*|\s+(?P<open>until|till|and)\s+", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_OPENER = {"until": _FROM, "till": _FROM, "and": re.compile(r"\bbetween\s+$", re.IGNORECASE)}
_OPENER_REACH = 12  # characters before the start searched for "from" or "between"
_DAY = re.compile(r"(\d{4}-\d\d-\d\d)(.*)$")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)$")
_WEEKDAY = re.compile(names_pattern(WEEKDAY_NAMES), re.IGNORECASE)
_MONTH = re.compile(names_pattern(MONTH_NAMES), re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b")
_CLOCK = re.compile(r"T\d\d:\d\d$")
_DAY_WORD = re.compile(r"\b(?:today|tomorrow|tonight)\b", re.IGNORECASE)


def joins_span(text: str, first: TemporalExpression, last: TemporalExpression) -> bool:
    """Whether only a span word stands between ``first`` and ``last`` ("June 14-15", "from May until July")."""
    joiner = _JOINER.fullmatch(text, first.end, last.start)
    if joiner is None:
        return False
    word = (joiner.group("open") or "").lower()
    return not word or bool(_OPENER[word].search(text, max(0, first.start - _OPENER_REACH), first.start))


def align_span_starts(text: str, published: date, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """``expressions`` with the start of each span of named days put on or before its end, within a cycle, and
    the end of a span of clock times that comes before its start on the next day ("from 8 p.m. to 6 a.m.")."""
    result = list(expressions)
    for index in range(len(result) - 1):
        first, last = result[index], result[index + 1]
        if not joins_span(text, first, last):
            continue
        start, end = _DAY.match(first.value), _DAY.match(last.value)
        if start is None or end is None:
            if (season_end := _coming_month_span_end(published, first, last)) is not None:
                result[index + 1] = season_end
            elif (months := _month_span_start(first, last)) is not None:
                result[index] = months
            continue
        start_day, end_day = date.fromisoformat(start.group(1)), date.fromisoformat(end.group(1))
        if (later := _clock_end_next_day(last, start_day, start.group(2), end_day, end.group(2))) is not None:
            result[index + 1] = later
            continue
        why = f"the latest {first.text} on or before {end.group(1)}, where the span it starts ends"
        moved = _latest_on_or_before(first.text, start_day, end_day)
        if end_day >= published and _WEEKDAY.search(first.text) and not _WEEKDAY.search(last.text):
            coming = published + timedelta(days=(start_day.weekday() - published.weekday()) % 7)
            if coming <= end_day and not _MONTH.search(first.text):
                moved, why = (
                    coming,
                    f"the first {first.text} from publication on, in a span that ends on {end.group(1)}",
                )
        if moved is None or moved == start_day:
            continue
        value = moved.isoformat() + start.group(2)
        result[index] = replace(first, value=value, explanation=f"{first.text} -> {value}: {why}")
    return result


def _clock_end_next_day(
    last: TemporalExpression, start_day: date, start_time: str, end_day: date, end_time: str
) -> TemporalExpression | None:
    """The end of a span of clock times on one day put on the next when it comes before the start and names no
    day of its own ("a curfew from 8 p.m. to 6 a.m." ends the next morning); None when nothing moves."""
    if start_day != end_day or not _CLOCK.match(start_time) or not _CLOCK.match(end_time) or end_time >= start_time:
        return None
    if _WEEKDAY.search(last.text) or _MONTH.search(last.text) or _DAY_WORD.search(last.text):
        return None
    value = (end_day + timedelta(days=1)).isoformat() + end_time
    return replace(
        last, value=value, explanation=f"{last.text} -> {value}: the morning after, where the span it ends began"
    )


def _coming_month_span_end(
    published: date, first: TemporalExpression, last: TemporalExpression
) -> TemporalExpression | None:
    """The end of a span of months put in the year of its start when the start was read as still to come and the
    end as gone, with neither told by a tense ("Tours run every Saturday from April to October" in March is this
    year's season, not last year's) and the coming span the nearer; None otherwise."""
    start, end = _MONTH_VALUE.match(first.value), _MONTH_VALUE.match(last.value)
    if start is None or end is None or _YEAR.search(first.text) or _YEAR.search(last.text):
        return None
    if NEAREST_WHY not in first.explanation or NEAREST_WHY not in last.explanation:
        return None  # a tense chose one end: "Babies born between January and June" on 31 December
    now = published.year * 12 + published.month - 1
    first_month = int(start.group(1)) * 12 + int(start.group(2)) - 1
    last_month = int(end.group(1)) * 12 + int(end.group(2)) - 1
    if not last_month < now < first_month:
        return None
    coming = first_month + (last_month - first_month) % 12
    if first_month - now >= now - last_month:
        return None
    value = f"{coming // 12:04d}-{coming % 12 + 1:02d}"
    why = f"the first {last.text} after {first.value}, where the span it ends starts"
    return replace(last, value=value, explanation=f"{last.text} -> {value}: {why}")


def _month_span_start(first: TemporalExpression, last: TemporalExpression) -> TemporalExpression | None:
    """The start of a span of months ("from January to November") put in the year before its end when it falls
    after it or a year or more before it; None when nothing moves or the start names its year."""
    start, end = _MONTH_VALUE.match(first.value), _MONTH_VALUE.match(last.value)
    if start is None or end is None or _YEAR.search(first.text):
        return None
    start_month, end_year, end_month = int(start.group(2)), int(end.group(1)), int(end.group(2))
    year = end_year if start_month <= end_month else end_year - 1
    value = f"{year:04d}-{start_month:02d}"
    if value == first.value:
        return None
    why = f"the latest {first.text} on or before {last.value}, where the span it starts ends"
    return replace(first, value=value, explanation=f"{first.text} -> {value}: {why}")


def _latest_on_or_before(text: str, start: date, end: date) -> date | None:
    """The occurrence of ``start`` a span ending on ``end`` means, or None when the text fixes it (a year, or a
    weekday with its date: "from Saturday 6 June to Sunday 14 June")."""
    if _WEEKDAY.search(text):
        if _MONTH.search(text):
            return None
        if start <= end < start + timedelta(days=7):
            return start
        return end - timedelta(days=(end.weekday() - start.weekday()) % 7)
    if _YEAR.search(text) or not _MONTH.search(text):
        return None
    if start <= end and same_day_months_away(start, 12) > end:
        return start
    candidate = same_day_months_away(start, 12 * (end.year - start.year))
    return candidate if candidate <= end else same_day_months_away(start, 12 * (end.year - 1 - start.year))
