"""Finding the event a new report repeats: same date, other articles, nearly the same words in the same order.

A desk's articles often repeat a sentence (a wire story reused, a paragraph quoted again): the merge attaches
such a report to the event that already says it (see :mod:`chronology.store.merge`) rather than adding the event
twice. Comparing word sequences is costly (difflib), and a date can hold thousands of events that say nearly the
same, so each date keeps a :class:`DateBucket`: the words each event says (to look up candidates), the articles
each cites and its distinct statements (an event that absorbed a hundred copies of one sentence holds one
statement to compare, not a hundred), and comparisons already made are remembered.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

SAME_REPORT_SIMILARITY = 0.8  # share of words in common, in order (difflib ratio over word lists)

Words = tuple[str, ...]


@lru_cache(maxsize=262144)
def words_of(text: str) -> Words:
    return tuple(re.findall(r"\w+", text.lower()))


@lru_cache(maxsize=65536)
def _word_counts(words: Words) -> Counter:
    return Counter(words)


@lru_cache(maxsize=262144)
def similar_words(a: Words, b: Words) -> bool:
    """:func:`same_report` on word lists."""
    if not a or not b:
        return False
    if a == b:
        return True  # ratio 1
    # difflib's ratio is 2 * matches / total, and matches never exceed the shorter list or the words the two
    # have in common: when those bounds already fall short, the (costly) matching cannot reach the threshold.
    total = len(a) + len(b)
    if 2.0 * min(len(a), len(b)) / total < SAME_REPORT_SIMILARITY:
        return False
    if 2.0 * sum((_word_counts(a) & _word_counts(b)).values()) / total < SAME_REPORT_SIMILARITY:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= SAME_REPORT_SIMILARITY


def same_report(summary: str, other: str) -> bool:
    """Whether two statements are near-identical: 80% of their words the same, in the same order."""
    return similar_words(words_of(summary), words_of(other))


def each_item(value: Any) -> Iterator[Any]:
    """The items of a list (ruamel's CommentedSeq walks its own items in Python: list's iterator is C)."""
    return list.__iter__(value) if isinstance(value, list) else iter(value or [])


def report_texts(item: Any) -> list[str]:
    """What an event says: its summary and the quote of each source."""
    sources = each_item(item.get("sources"))
    return [str(item.get("summary") or "")] + [str(source.get("quote") or "") for source in sources]


def cited_articles(sources: Any) -> set[str]:
    return {str(source.get("article")) for source in each_item(sources)}


class DateBucket:
    """The events of one date, with an index of the words they say, to find same-report candidates fast.

    A statement of n words can only be the same report (:func:`same_report`) as a text sharing at least
    2n/3 of its words: the ratio is 2 * matches / (n + m), and reaching 0.8 needs both m >= 2n/3 and matches
    >= 0.4 * (n + m). So among any n - k + 1 of its words (k = 2n/3, rounded down) at least one occurs in
    the text; the rarest are looked up, and only events holding one of them are compared.

    What it keeps of an event is read when the event is added (or a source attached): the merge drops the
    buckets whenever it changes an event's date, text or sources in place.
    """

    __slots__ = ("cited", "items", "positions", "postings", "statements")

    def __init__(self) -> None:
        self.items: list[Any] = []
        self.positions: dict[int, int] = {}
        self.postings: dict[str, list[int]] = {}
        self.cited: list[set[str]] = []  # the articles each event cites
        self.statements: list[dict[Words, None]] = []  # each event's distinct statements, in order

    def add(self, item: Any) -> None:
        self.positions[id(item)] = len(self.items)
        self.items.append(item)
        self.cited.append(cited_articles(item.get("sources")))
        self.statements.append({})
        self._index(len(self.items) - 1, report_texts(item))

    def attach(self, item: Any, sources: list[Any]) -> None:
        """Sources just attached to ``item``."""
        index = self.positions[id(item)]
        self.cited[index].update(cited_articles(sources))
        self._index(index, [str(source.get("quote") or "") for source in each_item(sources)])

    def _index(self, index: int, texts: list[str]) -> None:
        statements = self.statements[index]
        for text in texts:
            words = words_of(text)
            if words in statements:
                continue
            statements[words] = None
            for word in set(words):
                posting = self.postings.setdefault(word, [])
                if not posting or posting[-1] != index:
                    posting.append(index)

    def candidates(self, summary: str) -> list[int]:
        """Positions of the events that may say the same as ``summary``, in order."""
        words = words_of(summary)
        least = (2 * len(words)) // 3
        if least < 1:
            return list(range(len(self.items)))
        rarest = sorted(words, key=lambda word: len(self.postings.get(word, ())))[: len(words) - least + 1]
        found: set[int] = set()
        for word in set(rarest):
            found.update(self.postings.get(word, ()))
        return sorted(found)

    def host(self, summary: str, articles: set[str]) -> Any:
        """The first event citing none of ``articles`` that says nearly what ``summary`` says, or None."""
        words = words_of(summary)
        if not words:
            return None
        for index in self.candidates(summary):
            if self.cited[index] & articles:
                continue
            if any(similar_words(words, other) for other in self.statements[index]):
                return self.items[index]
        return None
