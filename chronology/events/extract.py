"""Stage 3: turn an article's resolved temporal expressions into dated events.

A sentence that places something on the calendar ("The Taliban announced on Monday that ...") becomes an event:
its date is the expression's resolved value, its summary the sentence, its source the article, expression and
quote. Expressions that name no calendar place (durations, sets, "recently") make no event. A sentence with two
expressions for the same date makes one event; with two different dates, one event per date, since a person may
want to keep either.
"""

from __future__ import annotations

import bisect
import hashlib
import re

from chronology.articles.model import Article
from chronology.dates import date_from_timex
from chronology.events.model import Event, Source
from chronology.temporal.expression import TemporalExpression

_SPACE = re.compile(r"\s+")
_OPENING_PUNCTUATION = "-–—•*>\"'“‘ \t\n"


def event_id(article: str, quote: str, expression: str) -> str:
    """A stable id from the event's source, so a rebuild recognises the event whatever else changed.

    Whitespace is folded so that re-wrapping an article's lines keeps its events' ids.
    """
    key = "\n".join((article, _SPACE.sub(" ", quote).strip(), expression))
    return "ev-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def summarize(sentence: str) -> str:
    """The sentence as a one-line statement: whitespace folded, list and quote marks trimmed from the start."""
    return _SPACE.sub(" ", sentence).strip().lstrip(_OPENING_PUNCTUATION).strip()


def extract_events(
    article: Article, expressions: list[TemporalExpression], sentences: list[tuple[int, int]]
) -> list[Event]:
    """Events of one article, in text order; ``sentences`` are (start, end) spans of ``article.body``."""
    starts = [start for start, _ in sentences]
    events: list[Event] = []
    seen: set[tuple[int, str, str | None]] = set()
    for expression in expressions:
        if expression.type not in ("DATE", "TIME"):
            continue
        resolved = date_from_timex(expression.value, expression.mod)
        if resolved is None:
            continue
        index = bisect.bisect_right(starts, expression.start) - 1
        quote_start, quote_end = sentences[index] if index >= 0 else (expression.start, expression.end)
        if (index, resolved.date, resolved.qualifier) in seen:
            continue  # same sentence, same date: the first expression stands for both
        seen.add((index, resolved.date, resolved.qualifier))
        raw_quote = article.body[quote_start:quote_end]
        quote = summarize(raw_quote)
        events.append(
            Event(
                id=event_id(article.path, quote, expression.text),
                date=resolved.date,
                qualifier=resolved.qualifier,
                summary=quote,
                sources=[
                    Source(
                        article=article.path,
                        expression=expression.text,
                        quote=quote,
                        start=expression.start,
                        end=expression.end,
                        quote_start=quote_start,
                        quote_end=quote_end,
                        value=expression.value,
                    )
                ],
                tags=list(article.tags),
            )
        )
    return events
