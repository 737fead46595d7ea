"""Quotations in news text: where each one starts and ends.

What a speaker says is dated from the day the speaker said it: in '"We will leave tomorrow," he said on
Saturday' the speaker's "tomorrow" is Sunday, whenever the report appeared. The resolver asks here whether an
expression stands inside a quotation, and where the quotation's attribution can be.

Quotation marks are straight (``"``), curly (``\u201c ... \u201d``), wire copy's doubled backquotes and
apostrophes (``\u0060\u0060 ... ''``), or British single ones, curly (``\u2018 ... \u2019``) or straight. A single
mark opens a quotation only at a word start before a letter (not "'90s"). The single closing mark is also the
apostrophe ("don\u2019t", "the players\u2019 union"), so it closes a quotation only after a sentence's punctuation
(",\u2019"), before punctuation, or before a space after a letter other than "s". News leaves a quotation that
runs on into the next paragraph open at the paragraph's end, so a paragraph ends any quotation still open.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from datetime import date

# A quotation mark or a blank line, "``|''|(?<!\w)'|'(?!\w)|[\"\u201c\u201d\u2018\u2019]|\n[ \t]*\n" (a straight '
# between two word characters, the apostrophe of "don't", is none), written to start with the class of its
# first characters (the look-behind then tells which it was); ``_marks`` asks it only where such a character
# stands.
_MARK = re.compile(
    r"[`'\"\u201c\u201d\u2018\u2019\n]"
    r"(?:(?<=`)`|(?<=')(?:'|(?<!\w')|(?!\w))|(?<=[\"\u201c\u201d\u2018\u2019])|(?<=\n)[ \t]*\n)"
)
_OPENING = frozenset(("``", "\u201c"))
ATTRIBUTION_REACH = 60  # characters around a quotation where its attribution's day may stand
# After it, further on while the attribution's clause goes on, however long the speaker's title ('," Electricity
# Minister Kgosientsho Ramokgopa told reporters on Thursday'), but no further than this.
ATTRIBUTION_CLAUSE_REACH = 120
# ... except before the attribution's own day closing the sentence ('," said Helen Ward, joint administrator at
# Harcourt & Lyle, on Tuesday.').
_CLAUSE_END = re.compile(r"(?:[,;:]\s|\s[-\u2013\u2014]{1,2}\s)(?!on\s+[A-Z][a-z]+\.?\s*$)")
_CLOSING = frozenset(("''", "\u201d"))
_SINGLE_OPENING = "\u2018"
# A single mark that opens a quotation, and the one that closes it (British copy, curly or straight).
_SINGLES = {_SINGLE_OPENING: "\u2019", "'": "'"}
_OPENS_AFTER = ' \t\n([{\u2014\u2013-"\u201c'  # a single opening mark starts a word
_PUNCTUATION = ",.;:?!"


# A straight ' that can open a quotation: at a word start, before a letter (not an apostrophe, not "'90s").
# Written to start with the mark itself (the look-behinds then look at the character before it), so that the
# regex engine skips from one mark to the next instead of trying a match at every character (a thirtieth of
# the cost on a text with none).
_STRAIGHT_OPENING = re.compile(r"'(?<!\w')(?<!'')[^\W\d_]")


def has_quotation_marks(text: str) -> bool:
    return (
        '"' in text
        or "\u201c" in text
        or "``" in text
        or _SINGLE_OPENING in text
        or ("'" in text and _STRAIGHT_OPENING.search(text) is not None)
    )


def _opens_single(text: str, at: int) -> bool:
    """Whether the single mark at ``at`` starts a word before a letter, so a quotation (not a mark inside a
    word, nor the apostrophe of "'90s")."""
    return (not at or text[at - 1] in _OPENS_AFTER) and text[at + 1 : at + 2].isalpha()


def _closes_single(text: str, at: int) -> bool:
    """Whether the \u2019 at ``at`` closes a single-quoted quotation rather than being an apostrophe."""
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if before in _PUNCTUATION or after in _PUNCTUATION or after == ")":
        return True
    return after.isspace() and before.isalpha() and before not in "sS"


class Quotations:
    """The quotations of one text, found once."""

    def __init__(self, text: str) -> None:
        self.spans = _quotation_spans(text)
        self._starts = [start for start, _ in self.spans]

    def around(self, position: int) -> tuple[int, int] | None:
        """(start, end) of the quotation, marks included, that ``position`` stands in; None outside any."""
        index = bisect_right(self._starts, position) - 1
        if index >= 0 and position < self.spans[index][1]:
            return self.spans[index]
        return None

    def before(self, quotation: tuple[int, int]) -> tuple[int, int] | None:
        """The quotation before ``quotation`` (one of these), or None for the first."""
        index = bisect_right(self._starts, quotation[0]) - 2
        return self.spans[index] if index >= 0 else None


def attribution_day(
    text: str,
    quotation: tuple[int, int],
    days_named: Sequence[tuple[int, int, date]],
    sentence_of: Callable[[int], tuple[int, int]],
) -> date | None:
    """The day named just after a quotation, in its sentence ('," he said on Saturday'), or just before it
    ('He said on Saturday: "...'); None when no day is named there.

    ``days_named`` are (start, end, day) of the days ``text`` names outside quotations; ``sentence_of`` gives
    the sentence around a position.
    """
    start, end = quotation
    after_end = min(sentence_of(max(end - 1, 0))[1], end + ATTRIBUTION_CLAUSE_REACH)
    if clause_end := _CLAUSE_END.search(text, end + ATTRIBUTION_REACH, after_end):
        after_end = clause_end.start()
    after = (end, after_end)
    before = (max(sentence_of(start)[0], start - ATTRIBUTION_REACH), start)
    nearest: tuple[int, date] | None = None
    for day_start, day_end, day in days_named:
        if after[0] <= day_start < after[1]:
            distance = day_start - end
        elif before[0] <= day_start < before[1]:
            distance = start - day_end
        else:
            continue
        if nearest is None or distance < nearest[0]:
            nearest = (distance, day)
    return nearest[1] if nearest else None


_MARK_CHARACTERS = "`'\"\u201c\u201d\u2018\u2019"
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _marks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, token) of the quotation marks and blank lines in ``text``, in order: what
    ``_MARK.finditer`` finds, with the marks' places found by ``str.find`` (each character's own scan runs in C,
    where the pattern's class of eight characters cost some fifty instructions a character) and the pattern
    asked only there."""
    places: list[int] = []
    for character in _MARK_CHARACTERS:
        at = text.find(character)
        while at != -1:
            places.append(at)
            at = text.find(character, at + 1)
    places.sort()
    found = [(blank.start(), blank.end(), blank.group()) for blank in _BLANK_LINE.finditer(text)]
    end = 0
    for at in places:
        if at < end:
            continue  # inside the two-character mark before it ("``", "''")
        mark = _MARK.match(text, at)
        if mark is not None:
            found.append((at, mark.end(), mark.group()))
            end = mark.end()
    found.sort()
    return found


def _quotation_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None  # where the open quotation starts, and its mark
    for start, end, token in _marks(text):
        if token[0] == "\n":  # a paragraph ends: so does any quotation left open
            if opened is not None:
                spans.append((opened[0], start))
                opened = None
        elif opened is None:
            if token in _OPENING or token == '"' or (token in _SINGLES and _opens_single(text, start)):
                opened = (start, token)
        elif (
            (token in _CLOSING and opened[1] in _OPENING)
            or token == '"' == opened[1]
            or (token == _SINGLES.get(opened[1]) and _closes_single(text, start))
        ):
            spans.append((opened[0], end))
            opened = None
    if opened is not None:
        spans.append((opened[0], len(text)))
    return spans
