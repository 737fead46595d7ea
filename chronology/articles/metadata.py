"""Validate article metadata (front matter or text header) into typed fields, with the line of each problem."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from chronology.articles.model import DEFAULT_CHRONOLOGY
from chronology.errors import ArticleError

KNOWN_KEYS = {"title", "published", "source", "url", "chronology", "tags", "author", "language", "summary"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)[ ]?(Z|[+-]\d{2}:?\d{2})?$")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


@dataclass
class Metadata:
    title: str
    published: datetime | date
    source: str = ""
    url: str = ""
    chronology: str = DEFAULT_CHRONOLOGY
    chronology_title: str = ""
    tags: tuple[str, ...] = ()
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (line, message)


def slugify(name: str) -> str:
    return _SLUG_JUNK.sub("-", name.lower()).strip("-")


def parse_published(text: str) -> datetime | date:
    """An ISO 8601 date, or a datetime with its UTC offset; raises ValueError saying what is wrong.

    A datetime without an offset is refused: its day could differ by one depending on the zone, and the day is
    what every relative expression in the article hangs on.
    """
    text = text.strip()
    if _DATE.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError as error:
            raise ValueError(f"{text!r} is not an ISO date that exists ({error})") from None
    match = _DATETIME.match(text)
    if not match:
        raise ValueError(f"{text!r} is not an ISO date (2021-09-06) or datetime with offset (2021-09-06T08:30+04:30)")
    day, clock, offset = match.groups()
    if offset is None:
        raise ValueError(f"{text!r} has a time but no UTC offset: add one (e.g. +00:00) or give only the date")
    moment = datetime.fromisoformat(f"{day}T{clock}")
    if offset == "Z":
        return moment.replace(tzinfo=timezone.utc)
    sign = 1 if offset[0] == "+" else -1
    digits = offset[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:])
    return moment.replace(tzinfo=timezone(sign * timedelta(minutes=minutes)))


def parse_metadata(
    path: Path, raw: dict[str, object], lines: dict[str, int], default_chronology: str | None
) -> Metadata:
    first_line = min(lines.values(), default=1)

    def require_text(key: str) -> str:
        value = raw.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise ArticleError(path, f"'{key}' is missing: every article needs a {key}", lines.get(key, first_line))
        if not isinstance(value, str):
            raise ArticleError(path, f"'{key}' must be text, not {type(value).__name__}", lines[key])
        return value.strip()

    title = require_text("title")
    published_text = require_text("published")
    try:
        published = parse_published(published_text)
    except ValueError as error:
        raise ArticleError(path, f"'published': {error}", lines["published"]) from None

    url = str(raw.get("url") or "").strip()
    if url and not re.match(r"^https?://\S+$", url):
        raise ArticleError(path, f"'url' {url!r} is not an http(s) address", lines["url"])
    tags = raw.get("tags") or []
    if isinstance(tags, str):
        tags = [tag.strip() for tag in tags.split(",")]
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise ArticleError(path, "'tags' must be a list of words", lines["tags"])

    chronology_name = str(raw.get("chronology") or default_chronology or DEFAULT_CHRONOLOGY).strip()
    slug = slugify(chronology_name)
    if not slug:
        raise ArticleError(path, f"'chronology' {chronology_name!r} has no letters or digits", lines["chronology"])
    unknown = sorted(set(raw) - KNOWN_KEYS)
    return Metadata(
        title=title,
        published=published,
        source=str(raw.get("source") or "").strip(),
        url=url,
        chronology=slug,
        chronology_title=chronology_name if raw.get("chronology") else "",
        tags=tuple(sorted({tag for tag in tags if tag})),
        warnings=[(lines[key], f"unknown key {key!r} (known: {', '.join(sorted(KNOWN_KEYS))})") for key in unknown],
    )
