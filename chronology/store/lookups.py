"""The merge's index of the sources a chronology cites, built in proportion to what a build looks up."""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from chronology.store.record import source_key
from chronology.store.reports import each_item


class SourceIndex:
    """The events' sources by :func:`source_key`, with the events citing them, in list order.

    Only the article of each source is read up front (cheap); the whole key is worked out for the sources of
    an article when a key of that article is first looked up, so a build that adds a few articles to a big file
    does not digest all of its sources.
    """

    def __init__(self, events: CommentedSeq) -> None:
        self._by_article: dict[str, list[tuple[CommentedMap, CommentedMap]]] = {}
        self._keyed: dict[str, dict[tuple[str, str, str], list[tuple[CommentedMap, CommentedMap]]]] = {}
        for item in list.__iter__(events):
            for source in each_item(item.get("sources")):
                self._by_article.setdefault(_article(source), []).append((item, source))

    def _of_article(self, article: str) -> dict[tuple[str, str, str], list[tuple[CommentedMap, CommentedMap]]]:
        keyed = self._keyed.get(article)
        if keyed is None:
            keyed = self._keyed[article] = {}
            for item, source in self._by_article.get(article, ()):
                keyed.setdefault(source_key(source), []).append((item, source))
        return keyed

    def __contains__(self, key: tuple[str, str, str]) -> bool:
        return key in self._of_article(key[0])

    def get(self, key: tuple[str, str, str]) -> list[tuple[CommentedMap, CommentedMap]]:
        return self._of_article(key[0]).get(key, [])

    def add(self, key: tuple[str, str, str], item: CommentedMap, source: CommentedMap) -> None:
        self._by_article.setdefault(key[0], []).append((item, source))
        keyed = self._keyed.get(key[0])
        if keyed is not None:
            keyed.setdefault(key, []).append((item, source))


def _article(source: Any) -> str:
    """The article of a source as :func:`source_key` reads it."""
    if not isinstance(source, dict):
        return source_key(source)[0]
    value = source.get("article", "")
    return "" if value is None else str(value)
