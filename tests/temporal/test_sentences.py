"""Sentence boundaries in news text."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.temporal import TAGGER_VERSION, sentence_spans
from chronology.temporal.sentences import SentenceIndex, _stops


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


def test_a_clock_time_ends_a_sentence_unless_the_time_goes_on() -> None:
    text = "The fire broke out at 10:30 a.m. Crews arrived by 6 p.m. Tuesday and left at 9 a.m. EST. It was out."
    assert sentences(text) == [
        "The fire broke out at 10:30 a.m.",
        "Crews arrived by 6 p.m. Tuesday and left at 9 a.m. EST.",
        "It was out.",
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


# Runs of stops, closing and opening quotes, brackets, spaces and capitals: where one stop pattern and the
# three it is split into (one per first character) could disagree.
STOP_PIECES = [".", "!", "?", '"', "'", "\u201d", "\u2019", ")", "]", "``", "\u201c", "(", " ", "\n", "A", "0", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(STOP_PIECES), max_size=30))
def test_stops_are_those_of_one_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    one_pattern = re.compile(r"""[.!?]+["'\u201d\u2019)\]]*(?=\s+(?:``|["'\u201c\u2018(\[])?[A-Z0-9])""")
    assert [match.span() for match in _stops(text)] == [match.span() for match in one_pattern.finditer(text)]


def test_a_list_item_s_new_line_ends_a_sentence_but_a_wrapped_line_does_not() -> None:
    text = "- Monday: the Eurogroup meets\n- Wednesday: Fed decision at 2.30pm\n- Thursday: ECB decision"
    assert [text[start:end] for start, end in sentence_spans(text)] == [
        "- Monday: the Eurogroup meets",
        "- Wednesday: Fed decision at 2.30pm",
        "- Thursday: ECB decision",
    ]
    wrapped = "The Fed decides on Wednesday\nand the ECB on Thursday."
    assert len(sentence_spans(wrapped)) == 1


# Pieces that end or continue sentences near a blank line: clock times, acronyms, quotes, list items, diary lines,
# headings that end with a colon, white space on the blank line itself.
PARAGRAPH_PIECES = [
    "It ended at 8 a.m.",
    "Tuesday talks resumed.",
    "the U.S.",
    '"We stay,"',
    "he said.",
    "``Go.''",
    "How it happened:",
    "- Thursday: vote",
    "Sunday: final",
    "Sat 6 June - fair",
    "\n\n",
    "\n \t\n",
    "\n",
    " ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PARAGRAPH_PIECES), max_size=25))
def test_a_sentence_found_a_paragraph_at_a_time_is_the_one_of_the_whole_text(pieces: list[str]) -> None:
    text = " ".join(pieces)
    index = SentenceIndex(text)
    for start, end in sentence_spans(text):
        for position in (start, (start + end) // 2, end - 1):
            assert index.around(position) == (start, end)
