"""The quotation-mark pattern is written for speed: it must find what the plain alternation finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.temporal.quotations import _MARK

PLAIN = re.compile(r"``|''|(?<!\w)'|'(?!\w)|[\"\u201c\u201d\u2018\u2019]|\n[ \t]*\n")
PIECES = ["`", "'", '"', "\u201c", "\u201d", "\n", " ", "\t", "x", "\u2018", "\u2019"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_marks_are_those_of_the_plain_alternation(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [match.span() for match in _MARK.finditer(text)] == [match.span() for match in PLAIN.finditer(text)]
