"""The update of a generated event already in a chronology: what the build wrote is refreshed, a person's edits stay.

A field whose value still hashes to what the build's record holds for it (see :mod:`chronology.store.record`)
is the build's, and takes the value generated now; any other value is a person's edit and is left alone. A
source is the same: each citation of it, wherever a person or an earlier build put it, is refreshed when it is
still as the build wrote it.
"""

from __future__ import annotations

from ruamel.yaml.comments import CommentedMap

from chronology.events.model import Event
from chronology.store.lookups import SourceIndex
from chronology.store.nodes import source_map, yaml_value
from chronology.store.record import (
    EVENT_FIELDS,
    Fingerprint,
    digest,
    event_field,
    field_value,
    source_digest,
    source_key,
)
from chronology.store.validate import EVENT_KEYS


def update_fields(item: CommentedMap, event: Event, fingerprint: Fingerprint) -> list[str]:
    """Give each field of ``item`` nobody edited the value ``event`` has, and record it in ``fingerprint``.

    Returns the names of the fields changed."""
    updated = []
    for name in EVENT_FIELDS:
        current = digest(field_value(name, item.get(name)))
        wanted = digest(event_field(event, name))
        if current != fingerprint.fields.get(name) or current == wanted:
            continue  # a person's edit, or nothing to do
        _set_field(item, name, event)
        fingerprint.fields[name] = wanted
        updated.append(name)
    return updated


def _set_field(item: CommentedMap, name: str, event: Event) -> None:
    value = event_field(event, name)
    if value in (None, []):
        item.pop(name, None)
        return
    if name in item:
        item[name] = yaml_value(name, event)
        return
    order = EVENT_KEYS.index(name)
    position = sum(1 for key in item if key in EVENT_KEYS and EVENT_KEYS.index(key) < order)
    item.insert(position, name, yaml_value(name, event))


def refresh_sources(index: SourceIndex, event: Event, recorded: set[str]) -> tuple[list[CommentedMap], list[str]]:
    """Refresh each of the event's sources wherever it is cited, when nobody edited that citation (its digest is
    one of ``recorded``). Returns the events whose citations changed, and the digests of the event's sources."""
    owners = []
    digests = []
    for source in event.sources:
        wanted = source_digest(source)
        for owner, stored in index.get(source_key(source)):
            current = source_digest(stored)
            if current in recorded and current != wanted:
                for key, value in source_map(source).items():
                    stored[key] = value
                if "value" in stored and not source.value:
                    del stored["value"]
                owners.append(owner)
        digests.append(wanted)
    return owners, digests
