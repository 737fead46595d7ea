"""The baseline: dateparser's ``search_dates`` used as a tagger, the way a developer would reach for it.

Settings: English only, relative dates resolved against the publication date, ambiguous ones taken from the
past. ``search_dates`` returns (substring, datetime) pairs and no offsets, so each substring is found in the
text after the previous one. It knows no TIMEX3 types, durations or granularity: every hit is a DATE whose
value is the returned datetime's day (``YYYY-MM-DD``).
"""

from __future__ import annotations

from datetime import date, datetime, time

from chronology.temporal.expression import TemporalExpression

RULE = "dateparser.search_dates"


def dateparser_tag(text: str, published: date | datetime) -> list[TemporalExpression]:
    """Tag ``text`` with dateparser relative to ``published``: the contract of ``chronology.temporal.tag``."""
    from dateparser.search import search_dates  # imported here: slow to load, and only --baseline needs it

    base = published if isinstance(published, datetime) else datetime.combine(published, time())
    found = search_dates(
        text,
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
    )
    expressions: list[TemporalExpression] = []
    cursor = 0
    for substring, when in found or ():
        start = text.find(substring, cursor)
        if start < 0:  # not where expected (dateparser may normalise spacing): the span cannot be placed
            continue
        end = start + len(substring)
        cursor = end
        value = when.date().isoformat()
        expressions.append(
            TemporalExpression(
                text=substring,
                start=start,
                end=end,
                type="DATE",
                value=value,
                explanation=f"dateparser read {substring!r} as {when.isoformat()}",
                rule=RULE,
            )
        )
    return expressions
