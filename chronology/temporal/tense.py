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

from chronology.temporal.ruleset import RULES_DIR

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|'[A-Za-z]+")


def _load() -> dict[str, object]:
    with (RULES_DIR / "tense.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


_DATA = _load()
# Phrase (words joined by a space) -> tense; the future first so "is expected" is not the present "is".
_PHRASES: dict[str, str] = {}
for _tense in ("present", "past", "future"):
    for _phrase in _DATA[_tense]:  # type: ignore[union-attr]
        _PHRASES[" ".join(str(_phrase).lower().split())] = _tense
_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in _PHRASES)
_CARRY = frozenset(str(word) for word in _DATA["future_carry"])  # type: ignore[union-attr]
_NOT_PAST = frozenset(str(word) for word in _DATA["not_past"])  # type: ignore[union-attr]
_NOT_PAST_AFTER = frozenset(str(word) for word in _DATA["not_past_after"])  # type: ignore[union-attr]
_SUFFIX = str(_DATA["past_suffix"])
_SUFFIX_MIN = int(_DATA["past_suffix_min_length"])  # type: ignore[arg-type]


def markers(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, tense) of the tense markers in ``text[start:end]``, in order."""
    words = [
        (match.start(), match.end(), match.group().lower()) for match in _WORD.finditer(text, start, end)
    ]
    found: list[tuple[int, int, str]] = []
    index = 0
    while index < len(words):
        begin, _, original = words[index]
        word = original.lower()
        tense = None
        length = 1
        if word in _FIRST_WORDS:
            for size in (3, 2, 1):
                if index + size <= len(words):
                    phrase = " ".join(item[2] for item in words[index : index + size]).lower()
                    tense = _PHRASES.get(phrase)
                    if tense:
                        length = size
                        break
        if tense is None and word.endswith("'ll"):
            tense = "future"
        if (
            tense is None
            and word.endswith(_SUFFIX)
            and len(word) >= _SUFFIX_MIN
            and original[0].islower()
            and word not in _NOT_PAST
            and (index == 0 or words[index - 1][2].lower() not in _NOT_PAST_AFTER)
        ):
            tense = "past"
        if tense is None:
            index += 1
            continue
        index += length
        if tense == "future":  # "will not be held": the verb group belongs to the future marker
            while index < len(words) and words[index][2].lower() in _CARRY:
                index += 1
            if index < len(words):
                index += 1
        found.append((begin, words[index - 1][1], tense))
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
            distance = max(start - marker_end, 0) if marker_start < start else marker_start - end + 1
            if best is None or distance < best[0]:
                best = (distance, tense)
        return best[1] if best else None
