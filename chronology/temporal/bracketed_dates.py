"""A weekday followed by its date in brackets takes that date: "ERP rates go up on Monday (Jan 4)".

Some house styles (Singapore's and Malaysia's papers among them) give a weekday its date in brackets. The two
are resolved on their own (resolver.py): the weekday by its tense, the date by its own. The date is the more
exact of the two, so where it falls on that weekday, the weekday is that day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from chronology.temporal.expression import TemporalExpression

_RULE = "weekday"
_DAY = re.compile(r"(\d{4}-\d\d-\d\d)(.*)$")
_OPENING = re.compile(r"[^\S\n]*\([^\S\n]*")
_CLOSING = re.compile(r"[^\S\n]*\)")


def date_weekdays_in_brackets(text: str, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """``expressions`` with each weekday that a bracketed date of the same weekday follows put on that date."""
    result = list(expressions)
    for index in range(len(result) - 1):
        weekday, dated = result[index], result[index + 1]
        if weekday.rule != _RULE or not _OPENING.fullmatch(text, weekday.end, dated.start):
            continue
        if not _CLOSING.match(text, dated.end):
            continue
        own, bracketed = _DAY.match(weekday.value), _DAY.match(dated.value)
        if own is None or bracketed is None or bracketed.group(2) or own.group(1) == dated.value:
            continue  # the bracketed one must be a plain day ("Jan 4"), not a time on it
        day = date.fromisoformat(dated.value)
        if day.isoweekday() != date.fromisoformat(own.group(1)).isoweekday():
            continue  # a date of another weekday: a slip the text makes, not ours to mend
        value = dated.value + own.group(2)
        result[index] = replace(
            weekday, value=value, explanation=f"{weekday.text} -> {value}: the date given in brackets after it"
        )
    return result
