"""Day numbers that continue a date just named: "April 24 and 25", "June 14-15", "from Sept. 5 to 7", "Nov. 24,
25, 26 and 27"; the first day of a day-first span: "12-13 December"; and the days listed before a day-first
date after a preposition of time: "on 3, 4 and 5 December", "from 3 to 14 November".

The second day is a temporal expression of its own, as TimeML marks it ("25"), in the month and year of the
first; so is the bare first day before a dash and a day-first date, in that date's month and year. Only a bare
number straight after a month-and-day date counts, joined by a dash, "to", "through", "and" or "or", and only
when what follows it cannot make it a count: "on Aug. 3 and 25 others were hurt", "on March 3 and 4% more"
stay one date. The events stage reads a dash or "to" as one range (:mod:`chronology.events.ranges`).
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from itertools import pairwise

from chronology.temporal.expression import TemporalExpression

RULE = "day_continuation"
_DAY_VALUE = re.compile(r"(\d{4})-(\d{2})-(\d{2})$")
_DAY_OF_MONTH = r"[12]\d|3[01]|0?[1-9]"
_ORDINAL = r"(?:st|nd|rd|th)?"
_ENDS_IN_DAY = re.compile(rf"\d{_ORDINAL}$")
# What may follow the second day: punctuation, the end, a year, or a word that starts a new phrase.
_FOLLOWERS = (
    r"in|at|on|of|and|or|when|while|if|unless|as|after|before|during|for|with|from|until|to|by|that|the|a|an|this|next"
    r"|last|each|every|but|because|amid|despite|under|over|between|against|among|across|near|outside|inside"
    r"|off|around|along|throughout|within|into"
)
_CONTINUATION = re.compile(
    r"(?:\s*(?P<dash>[-\u2013])\s*|\s+(?P<word>to|through|thru|and|or)\s+)"
    rf"(?P<day>{_DAY_OF_MONTH}){_ORDINAL}"
    # After a dash the day cannot be a count, so any word may follow ("the Dec. 8-9 meeting").
    rf"(?(dash)(?=\s|[,.;:!?)\"'\u201d\u2019]|$)|(?=\s*[,.;:!?)\"'\u201d\u2019]|\s*$|\s+(?:{_FOLLOWERS}|\d{{4}})\b))"
    r"(?![.,:]\d)"
)
_ASCENDING = ("-", "\u2013", "to", "through", "thru")
# A list of days after a date, with commas and a last "and" or "or": "Nov. 24, 25, 26 and 27" (what follows the
# last one as for _CONTINUATION after "and").
_CONTINUING_LIST = re.compile(
    rf"(?:\s*,\s*(?:{_DAY_OF_MONTH}){_ORDINAL})+,?\s+(?:and|or)\s+(?:{_DAY_OF_MONTH}){_ORDINAL}"
    rf"(?=\s*[,.;:!?)\"'\u201d\u2019]|\s*$|\s+(?:{_FOLLOWERS}|\d{{4}})\b)(?![.,:]\d)"
)
# A day-first date ("13 December", "Sunday 13 April") and the bare day before it: after a dash ("12-13
# December", not the score "3-2"), or after "and" or "to" with its own weekday ("Saturday 12 and Sunday 13
# April"), which then takes the place of the weekday read alone.
_WEEKDAY_WORD = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
# Compared by their first three letters, Monday first as date.weekday() counts (no locale's names).
_WEEKDAY_ABBREVIATIONS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_STARTS_WITH_DAY = re.compile(rf"(?:{_WEEKDAY_WORD}\s+)?\d", re.IGNORECASE)
# A comma lists them too, each with its weekday: "on Tuesday 12, Wednesday 13 and Thursday 14 December".
_OPENING = re.compile(
    rf"(?<![\d.,/:-])(?:(?P<weekday>\b{_WEEKDAY_WORD})\s+)?(?P<day>{_DAY_OF_MONTH}){_ORDINAL}"
    r"(?:\s*[-\u2013]\s*|\s+(?P<word>and|to)\s+|(?P<comma>,)\s+)$",
    re.IGNORECASE,
)


# Bare days listed before a day-first date after a preposition of time, which makes them days, not counts: "on 3
# and 4 December", "on 3, 4 and 5 December", "from 3 to 14 November" (but "Wards 3 and 4 December rotas").
_DAY_NUMBER = rf"(?:{_DAY_OF_MONTH}){_ORDINAL}"
_LISTED_DAYS = re.compile(
    rf"\b(?:on|from|between|until|till|by|for)\s+(?P<days>{_DAY_NUMBER}(?:\s*,\s*{_DAY_NUMBER})*),?\s+(?:and|or|&)\s+$"
    rf"|\bfrom\s+(?P<first>{_DAY_NUMBER})\s+(?:to|until|till|through|thru)\s+$",
    re.IGNORECASE,
)
_DAY_IN_LIST = re.compile(r"\d+")
_LIST_REACH = 48  # characters before a date searched for the days listed before it


def add_continuations(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """``expressions`` with the day numbers that continue one of them, or open its span, added, in text order."""
    added: list[TemporalExpression] = []
    replaced: set[int] = set()
    for index, expression in enumerate(expressions):
        before = expressions[index - 1] if index else None
        if (opener := _opening_day(text, expression)) is not None:
            back = index - 1
            while opener is not None:
                before = expressions[back] if back >= 0 else None
                if before is not None and before.start >= opener.start and before.end <= opener.end:
                    replaced.add(back)  # "Saturday" read alone, now "Saturday 12"
                    back -= 1
                elif before is not None and before.end > opener.start:
                    break
                added.append(opener)
                # a list's earlier days, each with its weekday: "Tuesday 12, Wednesday 13 and Thursday 14 December"
                opener = _opening_day(text, opener) if opener.text[:1].isalpha() else None
        else:
            added.extend(day for day in _listed_days(text, expression) if before is None or before.end <= day.start)
        followers = _continuing_days(text, expression)
        if not followers:
            continue
        following = expressions[index + 1] if index + 1 < len(expressions) else None
        if following is not None and following.start < followers[-1].end:
            continue  # the words after the date are already an expression of their own
        added.extend(followers)
    if not added:
        return expressions
    kept = [expression for index, expression in enumerate(expressions) if index not in replaced]
    return sorted([*kept, *added], key=lambda expression: expression.start)


def _opening_day(text: str, expression: TemporalExpression) -> TemporalExpression | None:
    """The bare first day of a day-first span ("12" in "runs 12-13 December"), in the month and year of the date
    after the dash; None when no such day stands before ``expression``."""
    date_of = _plain_day(expression)
    if date_of is None or not _STARTS_WITH_DAY.match(expression.text):
        return None
    match = _OPENING.search(text, max(0, expression.start - 24), expression.start)
    if match is None:
        return None
    year, month, second = date_of
    day = int(match.group("day"))
    if day >= second or ((match.group("word") or match.group("comma")) and not match.group("weekday")):
        # "and", "to" or a comma only with a weekday of its own ("on 3 and 4 March" is _listed_days')
        return None
    if match.group("weekday") and _WEEKDAY_ABBREVIATIONS[date(year, month, day).weekday()] != (
        match.group("weekday")[:3].lower()
    ):
        return None  # the weekday does not fit the day: no date of this month
    start = match.start("weekday") if match.group("weekday") else match.start("day")
    return _day(text, start, match.end("day"), year, month, day, f"the month named after it ({expression.text})")


def _listed_days(text: str, expression: TemporalExpression) -> list[TemporalExpression]:
    """The bare days listed before a day-first date after a preposition of time ("3" and "4" in "on 3, 4 and 5
    December", "3" in "from 3 to 14 November"), in its month and year, each before the next; none when no such
    list stands before it."""
    date_of = _plain_day(expression)
    if date_of is None or not expression.text[:1].isdigit():
        return []
    match = _LISTED_DAYS.search(text, max(0, expression.start - _LIST_REACH), expression.start)
    if match is None:
        return []
    year, month, last = date_of
    group = "days" if match.group("days") else "first"
    listed = list(_DAY_IN_LIST.finditer(text, match.start(group), match.end(group)))
    days = [int(number.group()) for number in listed]
    if any(later <= earlier for earlier, later in pairwise([*days, last])):
        return []  # not a list of days in order: "on 5 and 4 December" is no list of this month
    month_of = f"the month named after it ({expression.text})"
    return [
        _day(text, number.start(), _ordinal_end(text, number.end()), year, month, day, month_of)
        for number, day in zip(listed, days, strict=True)
    ]


def _ordinal_end(text: str, end: int) -> int:
    """The end of a day number with its ordinal suffix, if any ("3rd")."""
    return end + 2 if text[end : end + 2].lower() in ("st", "nd", "rd", "th") else end


def _continuing_days(text: str, expression: TemporalExpression) -> list[TemporalExpression]:
    """The day numbers that continue ``expression``: one ("April 24 and 25", "June 14-15") or a list in order
    ("Nov. 24, 25, 26 and 27"), in its month and year."""
    date_of = _plain_day(expression)
    if date_of is None or not _ENDS_IN_DAY.search(expression.text):
        return []
    listed = _CONTINUING_LIST.match(text, expression.end)
    if listed is None:
        follower = _continuing_day(text, expression, date_of)
        return [follower] if follower is not None else []
    year, month, first = date_of
    numbers = list(_DAY_IN_LIST.finditer(text, expression.end, listed.end()))
    days = [int(number.group()) for number in numbers]
    if (
        any(later <= earlier for earlier, later in pairwise([first, *days]))
        or days[-1] > calendar.monthrange(year, month)[1]
    ):
        return []  # not days of this month in order
    month_of = f"the month just named ({expression.text})"
    return [
        _day(text, number.start(), _ordinal_end(text, number.end()), year, month, day, month_of)
        for number, day in zip(numbers, days, strict=True)
    ]


def _continuing_day(
    text: str, expression: TemporalExpression, date_of: tuple[int, int, int]
) -> TemporalExpression | None:
    match = _CONTINUATION.match(text, expression.end)
    if match is None:
        return None
    year, month, first = date_of
    day = int(match.group("day"))
    joiner = match.group("dash") or match.group("word").lower()
    if day > calendar.monthrange(year, month)[1] or day == first or (joiner in _ASCENDING and day < first):
        return None
    return _day(text, match.start("day"), match.end(), year, month, day, f"the month just named ({expression.text})")


def _plain_day(expression: TemporalExpression) -> tuple[int, int, int] | None:
    """(year, month, day) of an expression that is a date of one day with no qualifier; None for any other."""
    day_value = _DAY_VALUE.match(expression.value)
    if expression.type != "DATE" or expression.mod or day_value is None:
        return None
    year, month, day = (int(part) for part in day_value.groups())
    return year, month, day


def _day(text: str, start: int, end: int, year: int, month: int, day: int, month_of: str) -> TemporalExpression:
    """The day number at ``text[start:end]`` as an expression of its own, ``day`` of ``month_of``."""
    value = f"{year:04d}-{month:02d}-{day:02d}"
    return TemporalExpression(
        text=text[start:end],
        start=start,
        end=end,
        type="DATE",
        value=value,
        explanation=f"{text[start:end]} -> {value}: day {day} of {month_of}",
        rule=RULE,
    )
