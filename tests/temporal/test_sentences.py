"""Sentence boundaries in news text."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.temporal import TAGGER_VERSION, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def test_abbreviations_initials_and_acronyms_do_not_end_sentences() -> None:
    text = (
        "Mr. Smith met Gen. J. R. Allen on Aug. 15 in the U.S. capital. "
        '"We will stay," he said. The talks ended at 3 p.m. on Monday! Was it over?'
    )
    assert sentences(text) == [
        "Mr. Smith met Gen. J. R. Allen on Aug. 15 in the U.S. capital.",
        '"We will stay," he said.',
        "The talks ended at 3 p.m. on Monday!",
        "Was it over?",
    ]


def test_blank_lines_end_a_sentence_and_spans_cover_the_text() -> None:
    text = "Headline without a stop\n\nFirst sentence. Second one"
    assert sentences(text) == ["Headline without a stop", "First sentence.", "Second one"]
    assert sentence_spans("") == []


def test_tagger_version_is_a_stable_string() -> None:
    assert TAGGER_VERSION.startswith("1-") and len(TAGGER_VERSION) > 8


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Mr.", "Aug.", "U.S.", "J.", "Hello", "world.", "Yes!", '"Go."', "\n\n", "``We", "a"]),
        max_size=20,
    )
)
def test_sentences_are_ordered_trimmed_and_inside_the_text(words: list[str]) -> None:
    text = " ".join(words)
    spans = sentence_spans(text)
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
    assert "".join(text[start:end] for start, end in spans).replace(" ", "") == "".join(text.split())
