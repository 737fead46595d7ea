"""Markdown bodies to the plain text the tagger reads: syntax goes, words and literal HTML stay."""

from __future__ import annotations

import pytest

from chronology.articles.plaintext import markdown_to_text


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("The talks resumed on **Monday**, officials said.", "The talks resumed on Monday, officials said."),
        ("The talks resumed on __Monday__.", "The talks resumed on Monday."),
        ("It was *not* over by _Friday_.", "It was not over by Friday."),
        ("See [the report](https://example.org/r) from March.", "See the report from March."),
        ("![A crowd on Sunday](crowd.jpg)\n\nText.", "A crowd on Sunday\n\nText."),
        ("## Timeline ##\n\nOn Tuesday.", "Timeline\n\nOn Tuesday."),
        ("> We will meet on Friday, he said.", "We will meet on Friday, he said."),
        ("Run `make` on Monday.", "Run make on Monday."),
        ("One.\n\n\n\nTwo.", "One.\n\nTwo."),
        # no Markdown in it: the text as it is, including literal HTML and lone marks
        (
            "Prices rose 5 * 2 <b>percent</b> in snake_case land > there.",
            "Prices rose 5 * 2 <b>percent</b> in snake_case land > there.",
        ),
        ("Shares fell #1 in C# trading.", "Shares fell #1 in C# trading."),
    ],
)
def test_markdown_syntax_goes_and_words_stay(markdown: str, text: str) -> None:
    assert markdown_to_text(markdown) == text
