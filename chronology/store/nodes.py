"""The YAML the build writes for what it generates: an event's map, a source's map, a field's value as written.

The merge writes these into the round-trip data of a chronology file (new events, refreshed fields and sources,
entries under ``deleted``), so they read as a person would write them by hand.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from chronology.events.model import Event, Source
from chronology.store.record import event_field, source_dict


def source_map(source: Source) -> CommentedMap:
    data = source_dict(source)
    node = CommentedMap()
    for key, value in data.items():
        if key == "value" and not value:
            continue
        node[key] = value
    return node


def yaml_date(text: str) -> Any:
    return int(text) if re.fullmatch(r"\d{4}", text) else text  # a bare year reads better unquoted


def yaml_value(name: str, event: Event) -> Any:
    if name == "date":
        return yaml_date(event.date)
    if name == "tags":
        tags = CommentedSeq(event.tags)
        tags.fa.set_flow_style()  # tags: [talks, valley], one line
        return tags
    return getattr(event, name)


def event_map(event: Event) -> CommentedMap:
    node = CommentedMap()
    node["id"] = event.id
    for name in ("date", "qualifier", "summary", "tags"):
        value = event_field(event, name)
        if value not in (None, []):
            node[name] = yaml_value(name, event)
    seq = CommentedSeq(source_map(source) for source in event.sources)
    node["sources"] = seq
    return node
