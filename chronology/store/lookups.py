"""The merge's lookups into a chronology's events (by id, by source cited, by date), built in proportion to what a
build looks up, kept up to date as the merge adds events and sources, and dropped when it removes or moves some."""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from chronology.events.model import Event
from chronology.store.record import source_key
from chronology.store.reports import DateBucket, each_item
from chronology.store.validate import date_text, manual_id


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


def item_id(item: CommentedMap) -> str:
    """An event's id as the loader reads it: the one written, else the one it computes for an event without."""
    raw = item.get("id")
    return str(raw).strip() if raw is not None else manual_id(item.get("date"), item.get("summary"))


class EventLookups:
    """A chronology's events by id, by source (:class:`SourceIndex`) and by date, each built when first asked for."""

    def __init__(self, events: CommentedSeq) -> None:
        self.events = events
        self._index: SourceIndex | None = None
        self._ids: dict[str, CommentedMap] | None = None
        self._on_date: dict[str, list[CommentedMap]] | None = None  # events by date, in list order
        self._dates: dict[str, DateBucket] = {}  # same-report buckets, built for the dates asked about

    def by_id(self) -> dict[str, CommentedMap]:
        if self._ids is None:
            self._ids = {}
            for item in list.__iter__(self.events):
                self._ids.setdefault(item_id(item), item)
        return self._ids

    def by_source(self) -> SourceIndex:
        if self._index is None:
            self._index = SourceIndex(self.events)
        return self._index

    def bucket(self, date: str) -> DateBucket | None:
        """The same-report bucket of a date (None: no event on it). Built when first asked for: indexing the
        words of every event in the file would cost more than the few dates a build adds to."""
        bucket = self._dates.get(date)
        if bucket is None:
            if self._on_date is None:
                self._on_date = {}
                for item in list.__iter__(self.events):
                    self._on_date.setdefault(date_text(item.get("date")), []).append(item)
            items = self._on_date.get(date)
            if not items:
                return None
            bucket = self._dates[date] = DateBucket()
            for item in items:
                bucket.add(item)
        return bucket

    def same_report_host(self, event: Event) -> CommentedMap | None:
        """The first event on the same date, citing none of the event's articles, saying nearly the same."""
        bucket = self.bucket(event.date)
        if bucket is None:
            return None
        return bucket.host(event.summary, {source.article for source in event.sources})

    def _indexed(self, item: CommentedMap, sources: list[CommentedMap], keys: list[tuple[str, str, str]]) -> None:
        """New sources of an event (their keys: ``keys``), into the source index if it is built."""
        if self._index is not None:
            for key, source in zip(keys, sources, strict=True):
                self._index.add(key, item, source)

    def added(self, item: CommentedMap, event_id: str, date: str, keys: list[tuple[str, str, str]]) -> None:
        """A new event, now in the list, into the lookups that are built."""
        self._indexed(item, list(item["sources"]), keys)
        if self._ids is not None:
            self._ids.setdefault(event_id, item)
        if self._on_date is not None:
            self._on_date.setdefault(date, []).append(item)
            if date in self._dates:
                self._dates[date].add(item)

    def attached(
        self, host: CommentedMap, date: str, sources: list[CommentedMap], keys: list[tuple[str, str, str]]
    ) -> None:
        """Further sources cited by ``host`` (an event on ``date``, found by :meth:`same_report_host`)."""
        bucket = self.bucket(date)
        assert bucket is not None  # the host came from it
        bucket.attach(host, sources)
        self._indexed(host, sources, keys)

    def forget_dates(self) -> None:
        """An event's date or words changed: build the date lookups again when next needed."""
        self._on_date, self._dates = None, {}

    def forget(self) -> None:
        """Something was removed or moved: build every lookup again when next needed."""
        self._index = self._ids = None
        self.forget_dates()
