"""Headlines' plans: a headline has no finite verb, and tells what is to come with "to" and a verb or "set for"
("Fed to announce rate decision Wednesday", "Talks set for Thursday"). ``tense_markers`` asks these readings
at a "to" or a "set" near the start of a sentence; they look ahead.
"""

from __future__ import annotations

from chronology.temporal.tense_words import words as listed
from chronology.temporal.word_roles import NOT_VERB

_HEADLINE_SUBJECT = 4  # words of a headline's subject before its "to" ("Bank of England to ...")
# Words of a sentence-case headline's subject before its "set for", which no other reading has ("Beaver release on
# the River Otter set for Thursday").
_SET_FOR_SUBJECT = 8
_NAME_JOINERS = frozenset(listed("name_joiners"))


def headline_plan(words: list[str], lowered: list[str], index: int) -> int:
    """The length in words of a headline's plan at ``index`` ("Fed to announce", "Talks set for"): "to" and a
    verb, or "set for"/"set to", right after a subject of capitalised words that opens the sentence; else 0."""
    if not 1 <= index <= _HEADLINE_SUBJECT or index + 1 >= len(words):
        return 0
    subject = words[:index]
    if not subject[-1][0].isupper() or not all(
        word[0].isupper() or (position and word in _NAME_JOINERS) for position, word in enumerate(subject)
    ):
        return 0
    after = lowered[index + 1]
    if lowered[index] == "set":
        return 2 if after in ("for", "to") else 0
    # A verb in lower case, or in a headline written in title case ("Rail Unions to Strike Saturday").
    title_case = all(word[0].isupper() for word in words if len(word) > 3 and not word[0].isdigit())
    return 2 if (words[index + 1][0].islower() or title_case) and after not in NOT_VERB else 0


def sentence_case_plan(words: list[str], lowered: list[str]) -> int:
    """Where a sentence-case headline's plan starts ("Budget vote set for Monday": 2), its first word
    capitalised and "to" and a verb, or "set for"/"set to", a few words on; 0 when there is none."""
    if not words[0][0].isupper():
        return 0
    for index in range(1, min(_SET_FOR_SUBJECT, len(words) - 2) + 1):
        word, after = lowered[index], lowered[index + 1]
        if word == "set" and after in ("for", "to"):
            return index
        if (
            word == "to"
            and index <= _HEADLINE_SUBJECT
            and words[index + 1][0].islower()
            and after not in NOT_VERB
            and not after.isdigit()
        ):
            return index
    return 0
