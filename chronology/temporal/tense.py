"""The tense of the clause around an expression, from cheap word markers (no parser).

Which Monday "Monday" means depends on tense: news reports the past in the past tense ("the Taliban
announced on Monday"), and the future with a future marker ("will meet on Friday", "is due on Friday",
"is expected to vote Friday", "plans to leave Sunday"). The markers are data (``rules/tense.yaml``). A
sentence's words are read only when one of its expressions needs a tense, once; an expression takes the tense
of the nearest marker in its own sentence, so in "He said on Monday that talks will resume on Friday"
Monday is near "said" (past) and Friday near "will resume" (future). A sentence without any marker has no
tense (None); the resolver then reads weekdays as past (news mostly reports what has happened) and months
and dates as the occurrence nearest to publication.
"""

from __future__ import annotations

import re

import yaml

from chronology.temporal.ruleset import RULES_DIR, trie_pattern


def _load() -> dict[str, object]:
    with (RULES_DIR / "tense.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _words(data: dict[str, object], key: str) -> list[str]:
    return [" ".join(str(word).lower().split()) for word in data[key]]  # type: ignore[union-attr]


def _compile(data: dict[str, object]) -> re.Pattern[str]:
    """One pattern for all markers; at one place the future wins over the past, the past over the present."""
    carry = "|".join(re.escape(word) for word in _words(data, "future_carry"))
    future = trie_pattern(set(_words(data, "future")) - {"'ll"})
    past = trie_pattern(set(_words(data, "past")))
    present = trie_pattern(set(_words(data, "present")))
    suffix = re.escape(str(data["past_suffix"]))
    stem = max(int(data["past_suffix_min_length"]) - len(str(data["past_suffix"])), 1)  # type: ignore[arg-type]
    return re.compile(
        # A future marker takes its verb group along: "will not be held" is one future marker.
        rf"(?P<future>(?:(?<![\w'])(?:{future})|'ll)(?:\s+(?:{carry}))*(?:\s+[a-z]+)?)(?![\w'])"
        rf"|(?<![\w'])(?:(?P<past>{past})|(?P<present>{present})|(?P<regular>[a-z]{{{stem},}}{suffix}))(?![\w'])",
        re.IGNORECASE,
    )


# The verb that governs a time adverbial usually comes before it ("X was killed on Monday"); a marker after
# the expression counts as this many times further away.
AFTER_WEIGHT = 2
_DATA = _load()
_MARKERS = _compile(_DATA)
_NOT_PAST = frozenset(_words(_DATA, "not_past"))
_NOT_PAST_AFTER = frozenset(_words(_DATA, "not_past_after"))
_NOT_PAST_PREFIX = tuple(_words(_DATA, "not_past_prefix"))


def markers(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, tense) of the tense markers in ``text[start:end]``, in order."""
    found: list[tuple[int, int, str]] = []
    for match in _MARKERS.finditer(text, start, end):
        tense = match.lastgroup or ""
        if tense == "regular":
            # "-ed" words are past unless capitalised ("United"), listed ("hundred") or an adjective or
            # passive after a determiner or auxiliary ("the preferred shares", "can be exercised").
            word = match.group()
            before = text[max(start, match.start() - 24) : match.start()].split()
            lower = word.lower()
            if (
                word[0].isupper()
                or lower in _NOT_PAST
                or lower.startswith(_NOT_PAST_PREFIX)
                or (before and before[-1].lower() in _NOT_PAST_AFTER)
            ):
                continue
            tense = "past"
        found.append((match.start(), match.end(), tense))
    return found


class TenseMap:
    """Tense markers of one text, read per sentence on first need."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._by_sentence: dict[tuple[int, int], list[tuple[int, int, str]]] = {}

    def tense_at(self, start: int, end: int, sentence: tuple[int, int]) -> str | None:
        """Tense of the marker nearest to [start, end) inside ``sentence``; ties go to the one before."""
        found = self._by_sentence.get(sentence)
        if found is None:
            found = self._by_sentence[sentence] = markers(self.text, *sentence)
        best: tuple[int, str] | None = None
        for marker_start, marker_end, tense in found:
            if start <= marker_start < end:
                continue  # a word inside the expression itself says nothing of the clause
            distance = max(start - marker_end, 0) if marker_start < start else AFTER_WEIGHT * (marker_start - end + 1)
            if best is None or distance < best[0]:
                best = (distance, tense)
        return best[1] if best else None
