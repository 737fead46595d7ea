"""The tense of the clause around an expression, from cheap word markers (no parser).

Which Monday "Monday" means depends on tense: news reports the past in the past tense ("the Taliban
announced on Monday"), and the future with a future marker ("will meet on Friday", "is due on Friday",
"is expected to vote Friday", "plans to leave Sunday"). The markers, in ``rules/tense.yaml``, are found in one
pass over the text; an expression takes the tense of the nearest marker inside its own sentence, so in "He
said on Monday that talks will resume on Friday" Monday is near "said" (past) and Friday near "will"
(future). A sentence without any marker has no tense (None); the resolver then treats weekdays as past
(news mostly reports what happened) and months and dates as the nearest occurrence.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import yaml

from chronology.temporal.ruleset import RULES_DIR

TENSES = ("future", "past", "present")


def _compile() -> re.Pattern[str]:
    with (RULES_DIR / "tense.yaml").open(encoding="utf-8") as handle:
        markers = yaml.safe_load(handle)
    alternatives = []
    for tense in TENSES:  # future first: "is expected" is future, not present "is"
        words = sorted((str(word) for word in markers[tense]), key=len, reverse=True)
        body = "|".join(
            (r"(?<![\w'])" if word[0].isalnum() or word[0] == "\\" else "") + word.replace(" ", r"\s+")
            for word in words
        )
        if tense == "future":  # "will be held": the verb after a future marker belongs to it
            body = f"(?:{body})(?:\\s+(?:not|be|been|have|also|still|soon|then))*(?:\\s+[a-z]+)?"
        alternatives.append(f"(?P<{tense}>{body})")
    return re.compile(rf"(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


_MARKERS = _compile()


class TenseMap:
    """Tense markers of one text, found once; asked for the tense around each expression."""

    def __init__(self, text: str) -> None:
        self.positions: list[int] = []
        self.ends: list[int] = []
        self.tenses: list[str] = []
        for match in _MARKERS.finditer(text):
            self.positions.append(match.start())
            self.ends.append(match.end())
            self.tenses.append(match.lastgroup or "")

    def tense_at(self, start: int, end: int, sentence: tuple[int, int]) -> str | None:
        """Tense of the marker nearest to [start, end) inside ``sentence``; ties go to the one before."""
        low = bisect_left(self.positions, sentence[0])
        high = bisect_left(self.positions, sentence[1])
        best: tuple[int, int] | None = None
        for index in range(low, high):
            position = self.positions[index]
            if start <= position < end:
                continue  # a word inside the expression itself ("last", "ago") says nothing of the clause
            distance = max(start - self.ends[index], 0) if position < start else position - end + 1
            if best is None or distance < best[0]:
                best = (distance, index)
        return self.tenses[best[1]] if best else None
