"""Where quotations start and end: straight, curly and wire-copy marks, and paragraphs that end them."""

from __future__ import annotations

from chronology.temporal.quotations import Quotations


def spans(text: str) -> list[str]:
    return [text[start:end] for start, end in Quotations(text).spans]


def test_each_kind_of_mark_opens_and_closes_its_own() -> None:
    text = 'He said "yes," then \u201cno,\u201d then ``maybe.\'\' Done.'
    assert spans(text) == ['"yes,"', "\u201cno,\u201d", "``maybe.''"]


def test_a_paragraph_ends_a_quotation_left_open() -> None:
    # News leaves the closing mark off a quotation that runs on into the next paragraph.
    text = '"We will stay until the end.\n\n"We will not leave," he said.'
    assert spans(text) == ['"We will stay until the end.', '"We will not leave,"']


def test_an_apostrophe_is_no_quotation_mark() -> None:
    assert spans("The minister's car and the rebels' base.") == []


def test_around_finds_the_quotation_a_position_stands_in() -> None:
    text = '"Leave tomorrow," he said on Saturday.'
    quotations = Quotations(text)
    assert quotations.around(text.index("tomorrow")) == (0, text.index(",") + 2)
    assert quotations.around(text.index("Saturday")) is None
