"""Weekdays listed together keep their order: "meets on Wednesday and Thursday", "plays Saturday, Tuesday and Thursday".

Each weekday is resolved on its own, by its tense (resolver.py). For days still to come that can put a later
day of the list before an earlier one: in a Thursday paper "the bank meets on Wednesday and Thursday" gives
next Wednesday but, as a day to come may be publication day, this Thursday. A list of days to come is read in
order, so a weekday joined to the one before it by a comma, "and", "or", "to", "through" or a dash, when that
one is after publication and the weekday would fall before it, is taken a week later. Days up to publication
are left as they are: news lists past days in any order ("statements made Friday and Thursday" in a Friday
paper). Nor are the ends of a span ("from Thursday to Sunday"): its end settles where it stands
(:mod:`span_starts`). A weekday listed after "every" and a weekday repeats as that one does: "picketed the depot
every Monday and Thursday" is every Thursday too, and so on down a list.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from chronology.temporal.expression import TemporalExpression
from chronology.temporal.span_starts import joins_span

_RULE = "weekday"
# What lists a weekday after a repeating one: "every Monday and Thursday", "every Monday, Wednesday and Friday".
_SET_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)", re.IGNORECASE)
_DAY = re.compile(r"(\d{4}-\d\d-\d\d)(.*)$")
_JOINER = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|to|through|thru)\s+|[-\u2013]\s*)(?:on\s+)?", re.IGNORECASE
)


def order_weekday_lists(text: str, published: date, expressions: list[TemporalExpression]) -> list[TemporalExpression]:
    """``expressions`` with each listed weekday to come placed on or after the one listed before it."""
    result = list(expressions)
    for index in range(1, len(result)):
        before, current = result[index - 1], result[index]
        if before.value.startswith("XXXX-WXX-") and current.rule == _RULE and not current.mod:
            if _SET_JOINER.fullmatch(text, before.end, current.start) and (day := _DAY.match(current.value)):
                weekday = date.fromisoformat(day.group(1)).isoweekday()
                value = f"XXXX-WXX-{weekday}{day.group(2)}"
                why = f"every {current.text}, listed after {before.text}"
                result[index] = replace(
                    current, type="SET", value=value, explanation=f"{current.text} -> {value}: {why}"
                )
            continue
        if before.rule != _RULE or current.rule != _RULE or before.mod or current.mod:
            continue
        if not _JOINER.fullmatch(text, before.end, current.start) or joins_span(text, before, current):
            continue
        first, second = _DAY.match(before.value), _DAY.match(current.value)
        if first is None or second is None:
            continue
        first_day, second_day = date.fromisoformat(first.group(1)), date.fromisoformat(second.group(1))
        if first_day <= published or second_day >= first_day:  # publication day itself may be told in the past
            continue
        moved = second_day + timedelta(days=7)
        value = moved.isoformat() + second.group(2)
        result[index] = replace(
            current,
            value=value,
            explanation=f"{current.text} -> {value}: the first {current.text} after {before.value}, listed after it",
        )
    return result
