"""The sentence shown with each error: cut at sentence ends, not at abbreviations, and kept short."""

from __future__ import annotations

from chronology.evaluation.report import sentence_around

STORY = (
    "Talks broke down. The U.S. envoy said at 9 a.m. on Monday that Mr. Ahmad had left. "
    "Then the road closed.\n\nA new paragraph starts here."
)


def around(phrase: str) -> str:
    start = STORY.index(phrase)
    return sentence_around(STORY, start, start + len(phrase))


def test_the_sentence_is_cut_at_its_ends_not_at_abbreviations() -> None:
    assert around("Monday") == "The U.S. envoy said at 9 a.m. on [Monday] that Mr. Ahmad had left."


def test_first_and_last_words_of_sentences_and_paragraphs() -> None:
    assert around("Then") == "[Then] the road closed."
    assert around("Talks") == "[Talks] broke down."
    assert around("A new") == "[A new] paragraph starts here."


def test_a_long_sentence_is_cut_to_a_window_marked_with_dots() -> None:
    text = "word " * 100 + "yesterday " + "word " * 100
    start = text.index("yesterday")
    shown = sentence_around(text, start, start + len("yesterday"))
    assert shown.startswith("...") and shown.endswith("...")
    assert "[yesterday]" in shown
    assert len(shown) < 2 * 120 + 20
