"""The build cache: each article's parsed metadata and tagging result, keyed by what they depend on.

An entry is reused only when the article's bytes hash the same and the tagger's version (engine and rules) is the
same, so an edited article, a changed rule or a new release re-tags; nothing trusts file times. Every entry
carries a checksum of its own payload: an entry that was truncated or edited fails it and is rebuilt. The cache
is one JSON file, written atomically, and only when something in it changed. Deleting the folder costs time,
never correctness.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from chronology.articles.metadata import parse_published
from chronology.articles.model import Article
from chronology.store.files import write_atomically
from chronology.temporal.expression import TemporalExpression

CACHE_FORMAT = 1
log = logging.getLogger("chronology")


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _checksum(payload: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


class TagCache:
    """Cached (article, expressions, sentences) per article path, valid for one tagger version."""

    def __init__(self, folder: Path | None, tagger_version: str) -> None:
        self.path = folder / "articles.json" if folder else None
        self.tagger_version = tagger_version
        self._entries: dict[str, dict[str, Any]] = {}
        self._dirty = False
        self.hits = 0
        self.misses = 0
        if self.path:
            self._load()

    def _load(self) -> None:
        assert self.path is not None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as error:
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
        for path, entry in entries.items():
            if isinstance(entry, dict) and entry.get("checksum") == _checksum(entry.get("payload", {})):
                self._entries[path] = entry
            else:
                log.debug("cache entry for %s failed its checksum; re-reading it", path)
                self._dirty = True

    def get(self, path: str, digest: str) -> tuple[Article, list[TemporalExpression], list[tuple[int, int]]] | None:
        entry = self._entries.get(path)
        if not entry or entry["payload"].get("hash") != digest:
            self.misses += 1
            return None
        try:
            result = _decode(entry["payload"])
        except (KeyError, TypeError, ValueError):
            self.misses += 1
            del self._entries[path]
            self._dirty = True
            return None
        self.hits += 1
        return result

    def put(
        self,
        digest: str,
        article: Article,
        expressions: list[TemporalExpression],
        sentences: list[tuple[int, int]],
    ) -> None:
        payload = _encode(digest, article, expressions, sentences)
        entry = {"checksum": _checksum(payload), "payload": payload}
        if self._entries.get(article.path) != entry:
            self._entries[article.path] = entry
            self._dirty = True

    def retain(self, paths: set[str]) -> None:
        """Forget articles that are gone, so the cache does not grow with every deleted file."""
        for path in set(self._entries) - paths:
            del self._entries[path]
            self._dirty = True

    def save(self) -> None:
        if not self.path or not self._dirty:
            return
        data = {
            "format": CACHE_FORMAT,
            "tagger_version": self.tagger_version,
            "entries": dict(sorted(self._entries.items())),
        }
        write_atomically(self.path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
        self._dirty = False


def _encode(
    digest: str, article: Article, expressions: list[TemporalExpression], sentences: list[tuple[int, int]]
) -> dict[str, Any]:
    fields = asdict(article)
    fields["published"] = article.published.isoformat()
    fields["tags"] = list(article.tags)
    return {
        "hash": digest,
        "article": fields,
        "expressions": [asdict(expression) for expression in expressions],
        "sentences": [list(span) for span in sentences],
    }


def _decode(payload: dict[str, Any]) -> tuple[Article, list[TemporalExpression], list[tuple[int, int]]]:
    fields = dict(payload["article"])
    published: date | datetime = parse_published(fields["published"])
    fields["published"] = published
    fields["tags"] = tuple(fields["tags"])
    article = Article(**fields)
    expressions = [TemporalExpression(**item) for item in payload["expressions"]]
    sentences = [(int(start), int(end)) for start, end in payload["sentences"]]
    return article, expressions, sentences
