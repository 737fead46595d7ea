"""The words of ``rules/tense.yaml``, loaded once for the marker reader and the clause logic that share them."""

from __future__ import annotations

import re

from chronology.temporal.ruleset import RULES_DIR, load_rules_file

TENSE_DATA = load_rules_file(RULES_DIR / "tense.yaml")


def words(key: str) -> list[str]:
    """The words or phrases listed under ``key``, lower-case, single-spaced."""
    return [" ".join(str(word).lower().split()) for word in TENSE_DATA[key]]  # type: ignore[union-attr]


def number(key: str) -> int:
    """A whole number set under ``key`` (a reach or a window, in words)."""
    return int(TENSE_DATA[key])  # type: ignore[arg-type]


def one_word_of(key: str) -> str:
    """A pattern for any one of the words listed under ``key``."""
    return "(?:" + "|".join(r"\s+".join(map(re.escape, word.split())) for word in words(key)) + ")"


def ends_with_word_of(key: str) -> re.Pattern[str]:
    """Text that ends with one of the words listed under ``key``, then white space."""
    return re.compile(rf"(?i)\b{one_word_of(key)}\s+$")


# Phrase (lower-case words joined by a space) -> tense. Where phrases overlap the future wins ("is expected"
# is future, "is" present), then the past. Words are read with a hyphen as a space ("second-quarter" is two),
# so the phrases are too.
PHRASES: dict[str, str] = {}
for _tense in ("present", "past", "unreal", "timetable", "prospective", "future"):
    for _phrase in words(_tense):
        PHRASES[" ".join(_phrase.replace("-", " ").split())] = _tense
    if _tense == "timetable":
        # A present progressive of a plan's verb is a timetable: "is visiting the provinces on Thursday".
        for _verb in words("progressive_timetable"):
            for _be in ("is", "are", "am"):
                PHRASES[f"{_be} {_verb}"] = "timetable"
# Markers that take their verb group along and that a past perfect overtakes ("had been due to").
LOOKING_AHEAD = frozenset(("future", "timetable", "prospective", "headline"))
REPORTING_VERBS = frozenset(words("reporting_verbs"))
_SAID_BEFORE = re.compile(rf"(?i)\b{one_word_of('reporting_verbs')}\b(?:\s+\w+){{0,3}}?\s+(?:on\s+)?$")


def said_just_before(text: str, floor: int, position: int) -> bool:
    """Whether a verb of saying stands a few words before ``position`` (not before ``floor``): "police said on
    Monday", "a spokesman told reporters on Friday". The day after it is the day a source spoke."""
    return _SAID_BEFORE.search(text, max(floor, position - 30), position) is not None


# A word as the clause logic reads it: letters and digits, with apostrophes inside ("don't") or before ("'s").
WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*|'[A-Za-z0-9]+")
