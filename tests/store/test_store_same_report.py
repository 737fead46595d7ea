"""The same-report search finds exactly what comparing with every event of the date finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml.comments import CommentedMap

from chronology.store.merge import _DateBucket, same_report

SENTENCE = st.lists(st.sampled_from(["the", "convoy", "left", "kabul", "on", "monday", "a", "b", "c"]), max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(SENTENCE, st.lists(SENTENCE, max_size=2)), max_size=8), SENTENCE)
def test_candidates_hold_every_event_that_says_the_same(events, statement):
    bucket = _DateBucket()
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
