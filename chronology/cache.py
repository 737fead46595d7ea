"""The build cache: each article's parsed metadata, tagging result and events, keyed by what they depend on.

An article's tagging is reused only when its bytes hash the same and the tagger's version (engine and rules) is
the same, so an edited article, a changed rule or a new release re-tags; nothing trusts file times. Its events
are kept beside the tagging, valid for one version of the code that builds events, so a change there rebuilds
the events without re-tagging. Every part is stored as the bytes of its pickle with a checksum of those bytes:
a part that was truncated or edited fails it and is rebuilt, and a file that does not load at all is rebuilt
whole. The cache is one file, written atomically, and only when something in it changed. Deleting the folder
costs time, never correctness.

Pickle, not JSON: at ten thousand articles the JSON cache took about two seconds to load and decode, the pickle
a fraction of that. The file is the build's own, in a folder that is never committed or shared.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from pathlib import Path
from typing import Any

from chronology.articles.model import Article
from chronology.digests import digest_files
from chronology.events.model import Event
from chronology.store.files import pickle_atomically
from chronology.temporal.expression import TemporalExpression

CACHE_FORMAT = 2
CACHE_FILE = "articles.pickle"
_OLD_FILES = ("articles.json",)  # what earlier releases kept: removed when the new file is written
log = logging.getLogger("chronology")

Tagging = tuple[Article, list[TemporalExpression], list[tuple[int, int]]]


def events_version() -> str:
    """A digest of the code that turns an article's tagging into events: a change to it rebuilds every event."""
    package = Path(__file__).resolve().parent
    sources = [*sorted((package / "events").glob("*.py")), package / "dates.py", package / "articles" / "model.py"]
    return digest_files(sources)[:16]


def _checksum(blob: bytes) -> str:
    return hashlib.blake2b(blob, digest_size=16).hexdigest()


class _Part:
    """One cached value as pickle bytes and their checksum; decoded only when asked for."""

    __slots__ = ("blob", "checksum")

    def __init__(self, blob: bytes, checksum: str) -> None:
        self.blob = blob
        self.checksum = checksum

    @classmethod
    def of(cls, value: object) -> _Part:
        blob = pickle.dumps(value, protocol=5)
        return cls(blob, _checksum(blob))

    def value(self) -> Any:
        """The value, or None when the bytes fail their checksum or do not load."""
        if _checksum(self.blob) != self.checksum:
            return None
        try:
            return pickle.loads(self.blob)
        except Exception:  # a damaged part is rebuilt, whatever unpickling raised
            return None

    def state(self) -> tuple[bytes, str]:
        return self.blob, self.checksum


class TagCache:
    """Per article path: its content hash, cached (article, expressions, sentences), and its events."""

    def __init__(self, folder: Path | None, tagger_version: str, event_version: str | None = None) -> None:
        self.path = folder / CACHE_FILE if folder else None
        self.tagger_version = tagger_version
        self.event_version = event_version if event_version is not None else events_version()
        self._hashes: dict[str, str] = {}
        self._tagging: dict[str, _Part] = {}
        self._events: dict[str, _Part] = {}
        self._dirty = False
        self.hits = 0
        if self.path:
            self._load()

    def _load(self) -> None:
        assert self.path is not None
        try:
            with open(self.path, "rb") as stream:
                data = pickle.load(stream)
        except FileNotFoundError:
            self._dirty = any((self.path.parent / name).exists() for name in _OLD_FILES)
            return
        except Exception as error:  # truncated or foreign: rebuilt, never trusted
            log.warning("warning: build cache %s is unreadable (%s); rebuilding it", self.path, error)
            self._dirty = True
            return
        if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
            self._dirty = True
            return
        if data.get("tagger_version") != self.tagger_version:
            self._dirty = True  # new rules or engine: every article is tagged again
            return
        entries = data.get("entries")
        if not isinstance(entries, dict):
            self._dirty = True
            return
        same_events = data.get("event_version") == self.event_version
        self._dirty = not same_events
        for path, entry in entries.items():
            try:
                digest, tagging, events = entry
                self._hashes[path] = str(digest)
                self._tagging[path] = _Part(*tagging)
                if events is not None and same_events:
                    self._events[path] = _Part(*events)
            except (TypeError, ValueError):
                log.debug("cache entry for %s is malformed; re-reading it", path)
                self._forget(path)

    def _forget(self, path: str) -> None:
        self._hashes.pop(path, None)
        self._tagging.pop(path, None)
        self._events.pop(path, None)
        self._dirty = True

    def get(self, path: str, digest: str) -> Tagging | None:
        """The article's cached tagging, if its content hash is ``digest`` and the entry is intact."""
        part = self._tagging.get(path)
        if part is None or self._hashes.get(path) != digest:
            return None
        value = part.value()
        if not (
            isinstance(value, tuple)
            and len(value) == 3
            and isinstance(value[0], Article)
            and isinstance(value[1], list)
            and isinstance(value[2], list)
        ):
            log.debug("cache entry for %s failed its checksum; re-reading it", path)
            self._forget(path)
            return None
        self.hits += 1
        return value

    def put(
        self,
        digest: str,
        article: Article,
        expressions: list[TemporalExpression],
        sentences: list[tuple[int, int]],
    ) -> None:
        part = _Part.of((article, expressions, sentences))
        old = self._tagging.get(article.path)
        if self._hashes.get(article.path) != digest or old is None or old.state() != part.state():
            self._hashes[article.path] = digest
            self._tagging[article.path] = part
            self._events.pop(article.path, None)  # made from the old tagging
            self._dirty = True

    def get_events(self, path: str, digest: str) -> list[Event] | None:
        """The events built from the article's cached tagging, if still valid for ``digest``."""
        part = self._events.get(path)
        if part is None or self._hashes.get(path) != digest:
            return None
        value = part.value()
        if not isinstance(value, list) or not all(isinstance(event, Event) for event in value):
            log.debug("cached events for %s failed their checksum; rebuilding them", path)
            self._events.pop(path, None)
            self._dirty = True
            return None
        return value

    def put_events(self, path: str, digest: str, events: list[Event]) -> None:
        if self._hashes.get(path) != digest:
            return  # events only ever stand beside the tagging they were made from
        part = _Part.of(events)
        old = self._events.get(path)
        if old is None or old.state() != part.state():
            self._events[path] = part
            self._dirty = True

    def retain(self, paths: set[str]) -> None:
        """Forget articles that are gone, so the cache does not grow with every deleted file."""
        for path in set(self._hashes) - paths:
            self._forget(path)

    def save(self) -> None:
        if not self.path or not self._dirty:
            return
        entries = {
            path: (
                self._hashes[path],
                self._tagging[path].state(),
                self._events[path].state() if path in self._events else None,
            )
            for path in sorted(self._hashes)
            if path in self._tagging
        }
        data = {
            "format": CACHE_FORMAT,
            "tagger_version": self.tagger_version,
            "event_version": self.event_version,
            "entries": entries,
        }
        pickle_atomically(self.path, data)
        for name in _OLD_FILES:
            (self.path.parent / name).unlink(missing_ok=True)
        self._dirty = False
