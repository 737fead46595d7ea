"""Two dates that a sentence joins into one span: "June 14-15", "from 2010 to 2015", "between May and July".

TimeML marks each end as its own expression; a chronology wants the span as one event dated ``A/B``. Two
expressions of one sentence are joined when only a range word stands between them: a dash, "to", "through"
or "thru"; "until" or "till" after "from"; "and" after "between". Both ends must be plain dates (no part of
day, time, period qualifier or approximation) and in order; anything else stays two events.
"""

from __future__ import annotations

from dataclasses import dataclass

from chronology.dates import DateNotationError, ResolvedDate, parse_event_date
from chronology.temporal.expression import TemporalExpression
from chronology.temporal.span_starts import joins_span


@dataclass(frozen=True)
class Dated:
    """A span of text with the event date it resolved to: one expression, or two joined into a range."""

    text: str
    start: int
    end: int
    value: str  # TIMEX3 value, "A/B" for a range
    date: ResolvedDate


def join_ranges(body: str, items: list[tuple[TemporalExpression, ResolvedDate]]) -> list[Dated]:
    """``items`` (one sentence's dated expressions, in text order) with each joined pair made one range."""
    joined: list[Dated] = []
    index = 0
    while index < len(items):
        expression, resolved = items[index]
        if index + 1 < len(items):
            following, resolved_following = items[index + 1]
            span = _range(body, expression, resolved, following, resolved_following)
            if span is not None:
                joined.append(span)
                index += 2
                continue
        joined.append(Dated(expression.text, expression.start, expression.end, expression.value, resolved))
        index += 1
    return joined


def _range(
    body: str, first: TemporalExpression, first_date: ResolvedDate, last: TemporalExpression, last_date: ResolvedDate
) -> Dated | None:
    if not joins_span(body, first, last):
        return None
    if first_date.qualifier or last_date.qualifier:
        return None
    text = f"{first_date.date}/{last_date.date}"
    try:
        parsed = parse_event_date(text)  # refuses an approximate end and a range that ends before it starts
    except DateNotationError:
        return None
    if parsed.approximate or parsed.start is None or parsed.end is None or parsed.end.first <= parsed.start.first:
        return None
    value = f"{first.value}/{last.value}"
    return Dated(body[first.start : last.end], first.start, last.end, value, ResolvedDate(text, None))
