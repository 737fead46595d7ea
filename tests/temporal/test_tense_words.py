"""The tense markers read words with string methods, not the word pattern: the words and offsets must agree."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.temporal.tense_markers import _word_starts, _words_in, markers
from chronology.temporal.tense_words import WORD

# Apostrophes in every position a word pattern treats differently, quotes, non-ASCII letters and spaces.
PIECES = [
    "don't",
    "'s",
    "dogs'",
    "''",
    "``",
    "'tis'x",
    "o'clock",
    "café",
    "İstanbul",
    "naïve",
    "ﬁscal",
    "\u2019s",
    "will",
    "said",
    "agreed to",
    "had been due to",
    "U.S.",
    "1,000",
    "9am",
    "\n",
    "\xa0",
    " ",
    "-",
    "'",
    "x",
]


def regex_words(text: str, start: int, end: int) -> tuple[list[str], list[int]]:
    matches = list(WORD.finditer(text, start, end))
    return [match.group() for match in matches], [match.start() for match in matches]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.integers(0, 3), st.integers(0, 3))
def test_words_and_their_offsets_are_the_word_patterns(pieces: list[str], cut_start: int, cut_end: int) -> None:
    text = "".join(pieces)
    start, end = min(cut_start, len(text)), max(len(text) - cut_end, 0)
    words = _words_in(text, start, end)
    assert (words, _word_starts(text, start, words)) == regex_words(text, start, end)


def test_markers_read_a_sentence_with_apostrophes_and_quotes() -> None:
    text = "``We'll meet on Friday,'' the minister's aide said; talks are due to end."
    found = [(text[begin:end], tense) for begin, end, tense in markers(text, 0, len(text))]
    assert found == [("We'll meet", "future"), ("said", "past"), ("are due to", "future")]
