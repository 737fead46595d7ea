"""The same-report search finds exactly what comparing with every event of the date finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml.comments import CommentedMap

from chronology.store.reports import DateBucket, report_texts, same_report

SENTENCE = st.lists(st.sampled_from(["the", "convoy", "left", "kabul", "on", "monday", "a", "b", "c"]), max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(SENTENCE, st.lists(SENTENCE, max_size=2)), max_size=8), SENTENCE)
def test_candidates_hold_every_event_that_says_the_same(events, statement):
    bucket = DateBucket()
    for summary, quotes in events:
        item = CommentedMap(summary=" ".join(summary), sources=[{"quote": " ".join(quote)} for quote in quotes])
        bucket.add(item)
    text = " ".join(statement)
    candidates = set(bucket.candidates(text))
    for index, (summary, quotes) in enumerate(events):
        if any(same_report(text, " ".join(words)) for words in [summary, *quotes]):
            assert index in candidates


def test_bounds_do_not_change_the_answer():
    assert same_report("The convoy left Kabul on Monday.", "the convoy left kabul on monday")
    assert same_report("The convoy left Kabul on Monday, officials said.", "The convoy left Kabul on Monday.")
    assert not same_report("The convoy left.", "The convoy left Kabul on Monday, officials said.")


ARTICLES = st.sets(st.sampled_from(["a", "b", "c"]), max_size=2)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(SENTENCE, st.lists(st.tuples(SENTENCE, st.sampled_from("abc")), max_size=3)), max_size=8),
    st.lists(st.tuples(st.integers(0, 7), SENTENCE, st.sampled_from("abc")), max_size=3),
    SENTENCE,
    ARTICLES,
)
def test_host_is_the_first_event_found_by_comparing_every_text(events, attached, statement, articles):
    """With sources attached after the events went in, the host is what a search of every event finds."""
    bucket = DateBucket()
    items = []
    for summary, quotes in events:
        sources = [{"quote": " ".join(quote), "article": article} for quote, article in quotes]
        items.append(CommentedMap(summary=" ".join(summary), sources=sources))
        bucket.add(items[-1])
    for index, quote, article in attached:
        if index < len(items):
            source = {"quote": " ".join(quote), "article": article}
            items[index]["sources"].append(source)
            bucket.attach(items[index], [source])
    text = " ".join(statement)
    expected = next(
        (
            item
            for item in items
            if not {source["article"] for source in item["sources"]} & articles
            and any(same_report(text, other) for other in report_texts(item))
        ),
        None,
    )
    assert bucket.host(text, articles) is expected


def test_an_attached_source_counts_as_cited_and_said():
    bucket = DateBucket()
    first = CommentedMap(summary="The convoy left Kabul on Monday.", sources=[{"quote": "x", "article": "a"}])
    second = CommentedMap(summary="Shops opened again.", sources=[{"quote": "y", "article": "b"}])
    bucket.add(first)
    bucket.add(second)
    assert bucket.host("the convoy left kabul on monday", {"c"}) is first
    source = {"quote": "The convoy left Kabul on Monday", "article": "c"}
    second["sources"].append(source)
    bucket.attach(second, [source])
    assert bucket.host("The convoy left Kabul on Monday!", {"a"}) is second  # found by its attached quote
    assert bucket.host("The convoy left Kabul on Monday!", {"a", "c"}) is None  # second cites c now
