"""Stage 3: turn an article's resolved temporal expressions into dated events.

A sentence that places something on the calendar ("The Taliban announced on Monday that ...") becomes an event:
its date is the expression's resolved value, its summary the sentence, its source the article, expression and
quote. Expressions that name no calendar place (durations, sets, "recently") make no event. A sentence with two
expressions for the same date makes one event; with two different dates, one event per date, since a person may
want to keep either, except where the sentence joins them into one span ("June 14-15", "from 2010 to 2015"):
that is one event dated with the range (:mod:`chronology.events.ranges`).
"""

from __future__ import annotations

import bisect
import hashlib

from chronology.articles.model import Article
from chronology.dates import ResolvedDate, date_from_timex
from chronology.events.model import Event, Source
from chronology.events.ranges import join_ranges
from chronology.temporal.expression import TemporalExpression

_OPENING_PUNCTUATION = "-–—•*>\"'“‘ \t\n"


def event_id(article: str, quote: str, expression: str) -> str:
    """A stable id from the event's source, so a rebuild recognises the event whatever else changed.

    Whitespace is folded so that re-wrapping an article's lines keeps its events' ids.
    """
    key = "\n".join((article, _fold(quote), expression))
    return "ev-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def summarize(sentence: str) -> str:
    """The sentence as a one-line statement: whitespace folded, list and quote marks trimmed from the start."""
    return _fold(sentence).lstrip(_OPENING_PUNCTUATION).strip()


def _fold(text: str) -> str:
    # Runs of whitespace to one space, ends trimmed: what re.sub(r"\s+", " ", text).strip() gives (str.split and
    # \s agree on every character), at a third of its cost; it runs twice per event.
    return " ".join(text.split())


def extract_events(
    article: Article, expressions: list[TemporalExpression], sentences: list[tuple[int, int]]
) -> list[Event]:
    """Events of one article, in text order; ``sentences`` are (start, end) spans of ``article.body``."""
    events: list[Event] = []
    for (quote_start, quote_end), dated in _dated_by_sentence(article.body, expressions, sentences):
        quote = summarize(article.body[quote_start:quote_end])
        seen: set[tuple[str, str | None]] = set()
        for span in join_ranges(article.body, dated):
            if (span.date.date, span.date.qualifier) in seen:
                continue  # same sentence, same date: the first expression stands for both
            seen.add((span.date.date, span.date.qualifier))
            events.append(
                Event(
                    id=event_id(article.path, quote, span.text),
                    date=span.date.date,
                    qualifier=span.date.qualifier,
                    summary=quote,
                    sources=[
                        Source(
                            article=article.path,
                            expression=span.text,
                            quote=quote,
                            start=span.start,
                            end=span.end,
                            quote_start=quote_start,
                            quote_end=quote_end,
                            value=span.value,
                        )
                    ],
                    tags=list(article.tags),
                )
            )
    return events


def _dated_by_sentence(
    body: str, expressions: list[TemporalExpression], sentences: list[tuple[int, int]]
) -> list[tuple[tuple[int, int], list[tuple[TemporalExpression, ResolvedDate]]]]:
    """The expressions that name a calendar place, with their dates, grouped by sentence in text order.

    Durations, sets and "recently" name no place and are left out. An expression outside every sentence
    (none should be) quotes only itself.
    """
    starts = [start for start, _ in sentences]
    groups: dict[tuple[int, int], list[tuple[TemporalExpression, ResolvedDate]]] = {}
    for expression in expressions:
        if expression.type not in ("DATE", "TIME"):
            continue
        resolved = date_from_timex(expression.value, expression.mod)
        if resolved is None:
            continue
        index = bisect.bisect_right(starts, expression.start) - 1
        quote = sentences[index] if index >= 0 else (expression.start, expression.end)
        groups.setdefault(quote, []).append((expression, resolved))
    return list(groups.items())
