"""Two dates a sentence joins into one span make one event dated with the range."""

from __future__ import annotations

from datetime import date

import pytest

from chronology.articles.model import Article
from chronology.dates import parse_event_date
from chronology.events.extract import extract_events
from chronology.temporal import sentence_spans, tag

PUBLISHED = date(2021, 6, 1)


def events_of(body: str, published: date = PUBLISHED) -> list[tuple[str, str]]:
    article = Article(path="articles/a.md", title="A", published=published, body=body)
    events = extract_events(article, tag(body, published), sentence_spans(body))
    return [(event.date, event.sources[0].expression) for event in events]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Leaders meet in Brussels on June 14-15.", [("2021-06-14/2021-06-15", "June 14-15")]),
        ("Polls will open from Sept. 5 to 7.", [("2021-09-05/2021-09-07", "Sept. 5 to 7")]),
        ("He served as mayor from 2010 to 2015.", [("2010/2015", "2010 to 2015")]),
        ("The curfew will last from Thursday till Saturday.", [("2021-06-03/2021-06-05", "Thursday till Saturday")]),
        ("Talks ran between January and March.", [("2021-01/2021-03", "January and March")]),
        ("The festival runs July 2 through July 4.", [("2021-07-02/2021-07-04", "July 2 through July 4")]),
        # A span of months ends where it stands now: in December, January-November is this year's.
        (
            "Investment fell 2.6% in the January-November period.",
            [("2020-01/2020-11", "January-November")],
        ),
    ],
)
def test_a_joined_span_is_one_event(body: str, expected: list[tuple[str, str]]) -> None:
    found = events_of(body)
    assert found == expected
    assert parse_event_date(found[0][0]).is_range


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A list names two days, each its own event. (Past tense: in the future tense April in a June paper
        # is next April, which is not what this case is about.)
        (
            "The summit was held on April 24 and 25.",
            [("2021-04-24", "April 24"), ("2021-04-25", "25")],
        ),
        # "until" without "from" is a limit, not the start of a span.
        (
            "The ceasefire held on Monday until Wednesday's attack.",
            [("2021-05-31", "Monday"), ("2021-05-26", "Wednesday")],
        ),
        # "and" without "between" joins two events.
        ("Shelling was heard in January and March.", [("2021-01", "January"), ("2021-03", "March")]),
        # A part of the day is not a plain date: kept apart.
        (
            "Strikes went on from Monday night to Tuesday.",
            [("2021-05-31/2021-06-01", "Monday night"), ("2021-06-01", "Tuesday")],
        ),
    ],
)
def test_dates_not_joined_into_a_span_stay_apart(body: str, expected: list[tuple[str, str]]) -> None:
    assert events_of(body) == expected


def test_a_span_that_ends_before_it_starts_is_two_events() -> None:
    # Written backwards, the words do not make a span; both dates still become events.
    assert events_of("Prices fell from 2015 to 2010 levels.") == [("2015", "2015"), ("2010", "2010")]
