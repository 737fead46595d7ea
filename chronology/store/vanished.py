"""The removal of generated events the build no longer produces (their article changed or went away).

What of such an event nobody touched goes: its own entry when all its fields are as generated, with no extra
source, key or comment; its sources where they were attached to another event, unless edited. An edited event
stays whole, and keeps its record in case its article comes back. Events a person added (no record) are never
touched.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from chronology.store import comments
from chronology.store.generated import BuildRecord
from chronology.store.record import EVENT_FIELDS, Fingerprint, digest, field_value, source_digest
from chronology.store.validate import EVENT_KEYS


@dataclass
class Dropped:
    """What :func:`drop_vanished` did."""

    edited: list[CommentedMap] = field(default_factory=list)  # events that kept their entry but lost sources
    removed: bool = False  # whether an event or a source left its list
    forgotten: list[str] = field(default_factory=list)  # ids whose record is to go (their entries went)


def drop_vanished(
    events: CommentedSeq, by_id: dict[str, CommentedMap], record: BuildRecord, event_ids: list[str]
) -> Dropped:
    """Generated events no longer produced, one after the other: drop what of each nobody touched.

    An event's own entry goes when nothing in it was edited; an edited one stays whole, citation included.
    Where its source was attached to another event (a merge), that source is removed unless edited. An
    emptied ``sources`` list is removed. Lookups are built once (by source digest, by position), and the
    dropped events leave the list in one pass at the end, so a build whose articles all went away stays
    linear in the size of the file.

    The sources attached elsewhere go first, for all the events: an event that went away together with a
    report attached to it is then untouched, and goes in this merge, as it would in the next one (the merge
    of the same input into its own result changes nothing, which the store memo relies on).

    ``by_id``: the events by id; ``record`` is only read: the ids to forget in it are returned.
    """
    result = Dropped()
    positions = {id(item): index for index, item in enumerate(events)}
    cited: dict[str, list[tuple[CommentedMap, CommentedMap]]] = {}
    unsourced: dict[int, CommentedMap] = {}  # events whose `sources` is an empty list
    for item in list.__iter__(events):
        sources = item.get("sources")
        if not isinstance(sources, CommentedSeq):
            continue
        if not sources:
            unsourced[id(item)] = item
        for source in sources:
            cited.setdefault(source_digest(source), []).append((item, source))
    doomed: set[int] = set()

    def detach_sources(event_id: str, owner: CommentedMap | None) -> None:
        """Remove the event's recorded sources from the events other than its own entry."""
        fingerprint = record.fingerprint(event_id)
        assert fingerprint is not None  # (a key of the record)
        for digest_ in set(fingerprint.sources):
            for item, source in cited.get(digest_, []):
                if item is owner or id(item) in doomed:
                    continue
                sources = item.get("sources")
                if not isinstance(sources, CommentedSeq):
                    continue
                position = next((i for i, other in enumerate(sources) if other is source), None)
                if position is not None and not comments.has_comments(sources, position):
                    comments.remove(sources, position)
                    result.edited.append(item)
                    result.removed = True
                    if not sources:
                        unsourced[id(item)] = item

    for event_id in event_ids:
        detach_sources(event_id, by_id.get(event_id))
    for event_id in event_ids:
        fingerprint = record.fingerprint(event_id)
        assert fingerprint is not None
        owner = by_id.get(event_id)
        if owner is not None and id(owner) not in doomed:
            position = positions[id(owner)]
            if untouched(owner, fingerprint) and not comments.has_comments(events, position):
                doomed.add(id(owner))
                owner = None
                result.removed = True
        for key, item in list(unsourced.items()):
            if item is not owner and id(item) not in doomed:
                del item["sources"]
                result.edited.append(item)
                del unsourced[key]
        if owner is None:  # an edited event keeps its record, in case its article comes back
            result.forgotten.append(event_id)
    if doomed:
        comments.remove_many(events, {positions[key] for key in doomed})
    return result


def untouched(item: CommentedMap, fingerprint: Fingerprint) -> bool:
    """Whether an event is all as the build generated it: its fields, its sources, no key of a person's."""
    if any(key not in EVENT_KEYS for key in item):
        return False
    recorded = set(fingerprint.sources)
    if not all(source_digest(source) in recorded for source in item.get("sources") or []):
        return False
    return all(digest(field_value(name, item.get(name))) == fingerprint.fields.get(name) for name in EVENT_FIELDS)
