"""The build's memory in a chronology file: what it generated, so it can tell a person's edits from its own.

For every generated event the file keeps, under ``generated:``, one line of short hashes: one per field the
build wrote (``date``, ``qualifier``, ``summary``, ``tags``) and one per source::

    generated:
      panjshir-1a2b3c4d: date=5d41402a qualifier=00000000 summary=7d793037 tags=4f53cda1 sources=9e107d9d

On a rebuild a field whose current value still hashes to the recorded value is the build's and may be updated;
any other value is a person's edit and is left alone. An id listed here that is no longer in ``events`` was
deleted by a person (or merged into another event: then its source is found there).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from chronology.events.model import Event, Source
from chronology.store.validate import SOURCE_KEYS, SOURCE_OFFSET_KEYS, date_text

EVENT_FIELDS = ("date", "qualifier", "summary", "tags")
# A record line exactly as str(Fingerprint) writes it: each field once, in order, single spaces, no empty source.
CANONICAL = re.compile("".join(rf"(?:{name}=\S* )?" for name in EVENT_FIELDS) + r"sources=(?:[^\s,]+(?:,[^\s,]+)*)?")


def event_digest(event: Event) -> bytes:
    """A digest of everything a generated event says (its repr names every field)."""
    return hashlib.blake2b(repr(event).encode(), digest_size=16).digest()


_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))  # one, not one a call


def digest(value: Any) -> str:
    text = _JSON.encode(value)  # what json.dumps(value, sort_keys=True, ...) gives
    return hashlib.sha1(text.encode()).hexdigest()[:8]


def field_value(name: str, value: Any) -> Any:
    """A field as stored (YAML data) or generated, normalised so both hash alike."""
    if name == "date":
        return date_text(value) if value is not None else None
    if name == "tags":
        return [str(tag) for tag in value] if isinstance(value, list) and value else []
    if value is None or value == "":
        return None
    return str(value) if isinstance(value, (str, int, float)) else repr(value)


def event_field(event: Event, name: str) -> Any:
    return field_value(name, getattr(event, name))


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _offset(value: Any) -> Any:
    return value if isinstance(value, int) and not isinstance(value, bool) else repr(value)


def source_dict(source: Any) -> dict[str, Any]:
    """A source (stored mapping or model object) as plain data with every field present."""
    if type(source) is Source:  # the generated ones: every field there (the loop below, unrolled)
        return {
            "article": _text(source.article),
            "expression": _text(source.expression),
            "quote": _text(source.quote),
            "start": _offset(source.start),
            "end": _offset(source.end),
            "quote_start": _offset(source.quote_start),
            "quote_end": _offset(source.quote_end),
            "value": _text(source.value),
        }
    get = source.get if isinstance(source, dict) else lambda key, default: getattr(source, key, default)
    data: dict[str, Any] = {}
    for key in SOURCE_KEYS:  # in the order they are written
        if key in SOURCE_OFFSET_KEYS:
            value = get(key, 0)
            data[key] = value if isinstance(value, int) and not isinstance(value, bool) else repr(value)
        else:
            value = get(key, "")
            data[key] = "" if value is None else str(value)
    return data


def source_key(source: Any) -> tuple[str, str, str]:
    """How a source is recognised across rebuilds: the article, the sentence and the expression in it."""
    data = source_dict(source)
    return (data["article"], " ".join(data["quote"].split()), data["expression"])


def source_digest(source: Any) -> str:
    return digest(source_dict(source))


@dataclass
class Fingerprint:
    """Hashes of what the build last wrote for one generated event."""

    fields: dict[str, str] = field(default_factory=dict)  # only for an event that is its own entry
    sources: list[str] = field(default_factory=list)

    @classmethod
    def of_event(cls, event: Event) -> Fingerprint:
        return cls(
            {name: digest(event_field(event, name)) for name in EVENT_FIELDS},
            [source_digest(source) for source in event.sources],
        )

    @classmethod
    def parse(cls, text: object) -> Fingerprint:
        result = cls()
        for part in str(text or "").split():
            name, _, value = part.partition("=")
            if name == "sources":
                result.sources = [item for item in value.split(",") if item]
            elif name in EVENT_FIELDS:
                result.fields[name] = value
        return result

    def __str__(self) -> str:
        parts = [f"{name}={self.fields[name]}" for name in EVENT_FIELDS if name in self.fields]
        parts.append("sources=" + ",".join(self.sources))
        return " ".join(parts)
