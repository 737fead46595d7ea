"""Sentence boundaries in news text."""

from __future__ import annotations

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
