"""Sentence boundaries in news text, for tense detection and for quoting the sentence around an expression.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed by white space and a
capital letter, digit or opening quote, or at a blank line, the new line of a list item or of a diary's line
("Sunday: ..."), or the end of a line that ends with a colon. A full stop does not end a sentence after a known
abbreviation ("Mr.", "Aug.", listed in ``rules/sentences.yaml``), an initial ("J. Smith") or a dotted acronym
("U.S.") unless what follows clearly starts a sentence (a quote or a new paragraph).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from chronology.temporal.calendar_names import MONTH_NAMES, WEEKDAY_NAMES, names_pattern
from chronology.temporal.ruleset import RULES_DIR, load_rules_file

_DATA = load_rules_file(RULES_DIR / "sentences.yaml")
_ABBREVIATIONS = frozenset(word.lower() for word in _DATA["abbreviations"])
_CLOCK_GOES_ON = frozenset(
    [str(word) for word in _DATA["clock_goes_on"]] + [name.title() for name in MONTH_NAMES + WEEKDAY_NAMES]
)
_ZONE_NAMES = frozenset(str(word) for word in _DATA["clock_zone_names"])
_ZONE_NAME_FOLLOWERS = frozenset(str(word) for word in _DATA["zone_name_followers"])
_CLOCK = ("a.m", "p.m", "A.M", "P.M")
# "10 a.m. Tuesday", "3 a.m. Tokyo time", and the word after: "9 a.m. Eastern on", "8 p.m. Mountain rescue"
_NEXT_WORD = re.compile(r"[.\s]*([A-Za-z]+)(\s+time\b)?(?:[^\S\n]+([a-z]+))?")

# A stop: a run of ".", "!" and "?", closing quotes or brackets, then white space and what starts a sentence.
_STOP_AFTER_FIRST = r"""[.!?]*["'\u201d\u2019)\]]*(?=\s+(?:``|["'\u201c\u2018(\[])?[A-Z0-9])"""
# Simple patterns rather than one alternation, each starting with a literal character: the regex engine then
# skips to that character, where "[.!?]" makes it test every character against a class (five times the
# cost) and "[.!?]+" try a whole match at every character.
_STOPS = {first: re.compile(re.escape(first) + _STOP_AFTER_FIRST) for first in ".!?"}
# A blank line, a new line that opens a list item ("- Thursday: ECB decision"), which needs no full stop, or a
# diary's line ("Saturday: Arsenal v Chelsea (12:30pm)\nSunday: ...", "Sat 6 June - Beach clean, 10am\nThu 18
# June - ..."), or one after a line that ends with a colon, a heading ("How it happened:\nJanuary - Floods swept
# the north."). Every branch starts with a literal character, so that the engine skips from one new line or colon
# to the next; a diary's line is looked for by its colon or dash first, as most lines have none near their start.
_DIARY_MARK = r"(?::|[ \t][-\u2013\u2014])[ \t]"  # what follows a diary line's day: "Sunday: ...", "Sat 6 June - ..."
_BLANK_LINE = re.compile(
    r"\n(?:[ \t]*\n|(?=[ \t]*(?:[-*\u2022\u2013]|\d+[.)])[ \t])"
    rf"|(?=[^\n:]{{3,34}}?{_DIARY_MARK})"
    rf"(?=[ \t]*(?i:{names_pattern(MONTH_NAMES, WEEKDAY_NAMES)})[^\n:]{{0,24}}?{_DIARY_MARK}))"
    r"|:[ \t]*\n"
)
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def _is_abbreviation(text: str, stop: int) -> bool:
    """Is the full stop at ``stop`` the end of an abbreviation rather than of a sentence?"""
    begin = max(text.rfind(" ", 0, stop), text.rfind("\n", 0, stop)) + 1
    word = text[begin:stop].lstrip("\"'`(\u201c\u2018[")
    if not word:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    if word in _CLOCK:  # "8 a.m. The shipment ...": ends unless the time goes on ("10 a.m. Tuesday", "... Tokyo time")
        after = _NEXT_WORD.match(text, stop)
        if after is None or after.group(2) is not None:
            return True
        if after.group(1) in _ZONE_NAMES:
            return after.group(3) is None or after.group(3) in _ZONE_NAME_FOLLOWERS
        return after.group(1) in _CLOCK_GOES_ON
    if "." in word and _ACRONYM.fullmatch(word):  # "U.S", "p.m" (before a lower-case word: no stop anyway)
        return True
    return word.lower() in _ABBREVIATIONS


def _stops(text: str) -> list[re.Match[str]]:
    """The stops in ``text``, in order, as one pattern starting with "[.!?]" would find them.

    A stop found from its second character ("." in "?.") ends where the one from its first does, so of
    overlapping stops the first is kept.
    """
    found = [match for first, pattern in _STOPS.items() if first in text for match in pattern.finditer(text)]
    if "!" not in text and "?" not in text:
        return found
    found.sort(key=lambda match: match.start())
    stops: list[re.Match[str]] = []
    for match in found:
        if not stops or match.start() >= stops[-1].end():
            stops.append(match)
    return stops


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, in order, trimmed of surrounding white space, covering all the text."""
    spans: list[tuple[int, int]] = []
    start = 0
    ends = [match.end() for match in _BLANK_LINE.finditer(text)]
    for match in _stops(text):
        if text[match.start()] == "." and match.group().count(".") == 1 and _is_abbreviation(text, match.start()):
            continue
        ends.append(match.end())
    if len(ends) > 1:
        ends.sort()
    for end in ends:
        if end <= start:
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    trimmed = []
    for begin, end in spans:
        # A sentence's ends hold a character or two of white space at most: step over them, copying nothing.
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        if end > begin:
            trimmed.append((begin, end))
    return trimmed


# A blank line: no sentence runs across one (it ends any sentence still open; see ``_BLANK_LINE``).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


class SentenceIndex:
    """The sentence around a position, the text split a paragraph at a time as positions in it are asked for.

    A sentence never runs across a blank line, so a paragraph splits alone as it does in the whole text (the
    same spans as :func:`sentence_spans` around every non-blank character); most paragraphs of a news story name
    no date and are never split.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._paragraph_starts = [0, *(match.end() for match in _PARAGRAPH_BREAK.finditer(text))]
        self._by_paragraph: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}

    def around(self, position: int) -> tuple[int, int]:
        """(start, end) of the sentence ``position`` stands in (or of the paragraph's first one, before it)."""
        paragraph = max(bisect_right(self._paragraph_starts, position) - 1, 0)
        split = self._by_paragraph.get(paragraph)
        if split is None:
            split = self._by_paragraph[paragraph] = self._split(paragraph)
        starts, spans = split
        return spans[max(bisect_right(starts, position) - 1, 0)]

    def _split(self, paragraph: int) -> tuple[list[int], list[tuple[int, int]]]:
        begin = self._paragraph_starts[paragraph]
        end = self._paragraph_starts[paragraph + 1] if paragraph + 1 < len(self._paragraph_starts) else len(self.text)
        spans = [(start + begin, stop + begin) for start, stop in sentence_spans(self.text[begin:end])]
        if not spans:  # a paragraph of white space: the whole of it
            spans = [(begin, end)]
        return [start for start, _ in spans], spans
