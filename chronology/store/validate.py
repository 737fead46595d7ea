"""Check a parsed chronology file and turn it into the shared model, with every problem's line.

Errors (the file cannot be used): no ``events`` list, an event without ``id``-worthy content, a missing or
impossible ``date``, a missing ``summary``, duplicate ids, wrong types. Warnings (the file is used, the text
is kept as written): unknown keys, which are most often typos (``sumary``) but may be notes a person keeps
on purpose.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from chronology.dates import DateNotationError, parse_event_date, validate_qualifier
from chronology.errors import ChronologyFileError
from chronology.events.model import Chronology, Event, Source

TOP_KEYS = ("title", "events", "deleted", "generated")
EVENT_KEYS = ("id", "date", "qualifier", "summary", "tags", "sources")
SOURCE_KEYS = ("article", "expression", "quote", "start", "end", "quote_start", "quote_end", "value")
SOURCE_TEXT_KEYS = ("article", "expression", "quote", "value")
SOURCE_OFFSET_KEYS = ("start", "end", "quote_start", "quote_end")
DELETED_KEYS = ("id", "date", "summary")


@dataclass
class Findings:
    """What checking a file found: errors stop a build from using the file, warnings do not."""

    errors: list[ChronologyFileError] = field(default_factory=list)
    warnings: list[ChronologyFileError] = field(default_factory=list)


def line_of(node: Any, key: Any = None) -> int | None:
    """1-based line of a mapping (or of one of its keys) as read from the file; None for built data."""
    lc = getattr(node, "lc", None)
    if lc is None or lc.line is None:
        return None
    if key is not None:
        try:
            position = lc.key(key) if isinstance(node, CommentedMap) else lc.item(key)
        except (KeyError, IndexError, TypeError):
            position = None
        if position:
            return position[0] + 1
    return lc.line + 1


def manual_id(date: object, summary: object) -> str:
    """An id for an event a person added without one: stable, from its date and text."""
    digest = hashlib.sha1(f"{date}\n{summary}".encode()).hexdigest()[:10]
    return f"manual-{digest}"


def date_text(value: object) -> str:
    """The date as the notation's text (YAML reads a bare year as a number)."""
    return str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""


@lru_cache(maxsize=65536)
def sort_key(date: str, qualifier: str | None) -> tuple:
    """Where an event with this (valid) date and qualifier stands in a chronology."""
    return parse_event_date(date).sort_key(qualifier)


def to_chronology(
    path: Path, slug: str, data: Any, findings: Findings, known: Mapping[int, Event] | None = None
) -> Chronology:
    """Validate ``data`` (round-trip YAML of a whole file) into a Chronology; problems go to ``findings``.

    ``known``: events already validated, by ``id()`` of their item in ``data``, unchanged since and found with
    neither error nor warning then: they are taken as they are (a check of the whole file after a merge that
    changed a few events need not check the others again). Duplicate ids are still looked for among all.
    """

    def error(message: str, line: int | None) -> None:
        findings.errors.append(ChronologyFileError(path, message, line))

    def warn(message: str, line: int | None) -> None:
        findings.warnings.append(ChronologyFileError(path, message, line))

    if data is None:
        data = CommentedMap()
    if not isinstance(data, CommentedMap):
        error("a chronology file is a mapping with `title` and `events`", line_of(data) or 1)
        return Chronology(slug=slug, title=slug, path=str(path))
    for key in data:
        if key not in TOP_KEYS:
            warn(f"unknown key {key!r} (known: {', '.join(TOP_KEYS)}); kept as written", line_of(data, key))
    title = data.get("title")
    if title is None:
        title = slug
    elif not isinstance(title, str):
        error("`title` must be text", line_of(data, "title"))
        title = str(title)
    events_node = data.get("events")
    if events_node is None:
        events_node = []
    if not isinstance(events_node, list):
        error("`events` must be a list of events", line_of(data, "events"))
        events_node = []
    events: list[Event] = []
    seen: dict[str, tuple[Any, int]] = {}  # (lines are looked up only for a duplicate)

    def id_line(item: Any, index: int) -> int | None:
        item_line = line_of(events_node, index) if isinstance(events_node, CommentedSeq) else None
        return line_of(item, "id") or item_line

    for index, item in enumerate(list.__iter__(events_node)):
        event = known.get(id(item)) if known else None
        if event is None:
            item_line = line_of(events_node, index) if isinstance(events_node, CommentedSeq) else None
            event = _event(item, item_line, error, warn)
            if event is None:
                continue
        if event.id in seen:
            first = id_line(*seen[event.id])
            error(f"duplicate event id {event.id!r} (first at line {first})", id_line(item, index))
            continue
        seen[event.id] = (item, index)
        events.append(event)
    _check_bookkeeping(data, error, warn)
    ordered = sorted(range(len(events)), key=lambda i: (sort_key(events[i].date, events[i].qualifier), i))
    return Chronology(slug=slug, title=title, events=[events[i] for i in ordered], path=str(path))


def _event(item: Any, item_line: int | None, error: Any, warn: Any) -> Event | None:
    if not isinstance(item, CommentedMap):
        error("each event is a mapping with `id`, `date`, `summary`", item_line)
        return None
    line = line_of(item) or item_line
    raw_id = item.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, (str, int))):
        error("`id` must be text", line_of(item, "id"))
        return None
    event_id = str(raw_id).strip() if raw_id is not None else manual_id(item.get("date"), item.get("summary"))
    name = f"event {event_id!r}" if raw_id is not None else f"event at line {line} (no id)"
    failed = False
    for key in item:
        if key not in EVENT_KEYS:
            warn(
                f"{name}: unknown key {key!r} (known: {', '.join(EVENT_KEYS)}); kept as written",
                line_of(item, key),
            )
    if "date" not in item or item.get("date") in (None, ""):
        error(f"{name} has no date", line)
        failed = True
    else:
        try:
            parse_event_date(date_text(item["date"]) or item["date"])
        except DateNotationError as problem:
            error(f"{name}: invalid date: {problem}", line_of(item, "date"))
            failed = True
    summary = item.get("summary")
    if not isinstance(summary, str) or not summary.strip():
        error(
            f"{name} has no summary (the text of the event)",
            line_of(item, "summary") if "summary" in item else line,
        )
        failed = True
    qualifier = item.get("qualifier")
    if (problem := validate_qualifier(qualifier)) is not None:
        error(f"{name}: {problem}", line_of(item, "qualifier"))
        failed = True
    tags = item.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(tag, (str, int)) for tag in tags):
        error(f"{name}: `tags` must be a list of words", line_of(item, "tags"))
        failed = True
    sources = _sources(item.get("sources"), name, line_of(item, "sources") or line, error, warn)
    if sources is None or failed:
        return None
    return Event(
        id=event_id,
        date=date_text(item["date"]),
        summary=str(summary).strip(),
        sources=sources,
        qualifier=qualifier,
        tags=[str(tag) for tag in tags],
    )


def _sources(node: Any, name: str, line: int | None, error: Any, warn: Any) -> list[Source] | None:
    if node is None:
        return []
    if not isinstance(node, list):
        error(f"{name}: `sources` must be a list", line)
        return None
    sources = []
    for index, item in enumerate(list.__iter__(node)):
        item_line = line_of(node, index) if isinstance(node, CommentedSeq) else line
        if not isinstance(item, CommentedMap):
            error(f"{name}: each source is a mapping with `article`, `quote`, ...", item_line)
            return None
        for key in item:
            if key not in SOURCE_KEYS:
                warn(
                    f"{name}: unknown source key {key!r} (known: {', '.join(SOURCE_KEYS)}); kept as written",
                    line_of(item, key),
                )
        article = item.get("article")
        if not isinstance(article, str) or not article.strip():
            error(f"{name}: a source needs `article` (the article's path under content/)", item_line)
            return None
        values: dict[str, Any] = {}
        for key in SOURCE_TEXT_KEYS:
            value = item.get(key, "")
            if value is None:
                value = ""
            if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                error(f"{name}: source `{key}` must be text", line_of(item, key))
                return None
            values[key] = str(value)
        for key in SOURCE_OFFSET_KEYS:
            value = item.get(key, 0)
            if value is None:
                value = 0
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                error(
                    f"{name}: source `{key}` must be a character offset (a whole number >= 0)",
                    line_of(item, key),
                )
                return None
            values[key] = value
        sources.append(Source(**values))
    return sources


def _check_bookkeeping(data: CommentedMap, error: Any, warn: Any) -> None:
    deleted = data.get("deleted")
    if deleted is not None:
        if not isinstance(deleted, list):
            error("`deleted` must be a list of {id, date, summary}", line_of(data, "deleted"))
        else:
            for index, entry in enumerate(deleted):
                if not isinstance(entry, dict) or entry.get("id") in (None, ""):
                    line = line_of(deleted, index) if isinstance(deleted, CommentedSeq) else None
                    error("each `deleted` entry needs the `id` of the deleted event", line)
    generated = data.get("generated")
    if generated is not None and not isinstance(generated, dict):
        error("`generated` must be a mapping of event id to fingerprint", line_of(data, "generated"))
