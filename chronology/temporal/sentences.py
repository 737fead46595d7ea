"""Sentence boundaries in news text, for tense detection and for quoting the sentence around an expression.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed by white space and a
capital letter, digit or opening quote, or at a blank line. A full stop does not end a sentence after a known
abbreviation ("Mr.", "Aug.", listed in ``rules/sentences.yaml``), an initial ("J. Smith") or a dotted acronym
("U.S.") unless what follows clearly starts a sentence (a quote or a new paragraph).
"""

from __future__ import annotations

import re

import yaml

from chronology.temporal.ruleset import RULES_DIR

with (RULES_DIR / "sentences.yaml").open(encoding="utf-8") as _handle:
    _ABBREVIATIONS = frozenset(word.lower() for word in yaml.safe_load(_handle)["abbreviations"])

_BOUNDARY = re.compile(
    r"""(?P<end>[.!?]+)["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?[A-Z0-9])|\n[ \t]*\n""",
)
_WORD_BEFORE = re.compile(r"(\S+)$")


def _is_abbreviation(text: str, stop: int) -> bool:
    """Is the full stop at ``stop`` the end of an abbreviation rather than of a sentence?"""
    match = _WORD_BEFORE.search(text, max(0, stop - 40), stop)
    if not match:
        return False
    word = match.group(1).lstrip("\"'(\u201c\u2018[")
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):  # "U.S", "a.m", "p.m"
        return True
    return word.lower() in _ABBREVIATIONS


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, in order, trimmed of surrounding white space, covering all the text."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group("end") == "." and _is_abbreviation(text, match.start("end")):
            continue
        end = match.end()
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    trimmed = []
    for begin, end in spans:
        segment = text[begin:end]
        stripped_start = begin + (len(segment) - len(segment.lstrip()))
        stripped_end = end - (len(segment) - len(segment.rstrip()))
        if stripped_end > stripped_start:
            trimmed.append((stripped_start, stripped_end))
    return trimmed
