"""Merge freshly generated events into a chronology a person may have edited.

The rules, for each generated event (its ``id`` is stable: computed upstream from the article and the quote):

* its id is an event in the file: every field whose value is still what the build wrote (see
  :mod:`chronology.store.record`) is updated; a field a person changed is left alone; so is each source
  (:mod:`chronology.store.updates`);
* its source (article, quote, expression) is already cited by another event: a person merged it there, or an
  earlier build attached it as a further report; the source is kept up to date there, nothing is added;
* its id is listed under ``deleted``: a person deleted it; it stays deleted;
* its id is in the build's record but nowhere in the file: a person just deleted it; it is listed under
  ``deleted`` (:mod:`chronology.store.deletions`), with its date and summary, so the entry can be recognised
  and removed to undo the deletion;
* otherwise it is new: when an event on the same date, citing other articles, says nearly the same
  (:func:`chronology.store.reports.same_report`), the new report is attached to it as a further source; else it
  is inserted after the last event whose date is not later than its own (:mod:`chronology.store.placement`).

Generated events that are no longer produced (their article changed or went away) are removed when nobody
touched them: all fields as generated, no extra source, key or comment (:mod:`chronology.store.vanished`).
Events a person added (no record) are never touched.

This module is the outline: the order of the rules, and what the merge changed. The lookups it keeps are in
:mod:`chronology.store.lookups`, the build's record in :mod:`chronology.store.generated`, the YAML it writes in
:mod:`chronology.store.nodes`.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from chronology.events.model import Event
from chronology.store import comments
from chronology.store.deletions import Deletions
from chronology.store.generated import BuildRecord
from chronology.store.lookups import EventLookups, item_id
from chronology.store.nodes import event_map
from chronology.store.placement import EventOrder, attach_report
from chronology.store.record import Fingerprint, event_digest, source_digest, source_key
from chronology.store.updates import refresh_sources, update_fields
from chronology.store.validate import sort_key
from chronology.store.vanished import drop_vanished


class Merger:
    """One merge of generated events into the round-trip data of a chronology file.

    ``plain``: the data was read by libyaml (:mod:`chronology.store.fastyaml`) or rebuilt from the parse cache;
    its only comments are the markers :func:`chronology.store.layout.mark_comments` puts, which hold no line
    to move, so :func:`comments.detach` (a walk over every event) has nothing to do.

    It keeps which of the events it was given it changed in place (:meth:`unchanged`), so that the writer and
    the check of the result need not look at the others again.
    """

    def __init__(self, data: CommentedMap, title: str, plain: bool = False) -> None:
        self.data = data
        self.plain = plain
        self.changed = False
        if "title" not in data:
            data.insert(0, "title", title)
            self.changed = True
        if not isinstance(data.get("events"), list):
            data["events"] = CommentedSeq()
            self.changed = True
        self.events: CommentedSeq = data["events"]
        # The events as given (kept alive, so an id() here always means the same object) and those changed.
        self._given = {id(item): item for item in list.__iter__(self.events)}
        self._touched: set[int] = set()
        self.record = BuildRecord(data.get("generated"))
        self.deletions = Deletions(data.get("deleted"))
        self.merged: frozenset[bytes] = frozenset()  # digests (event_digest) of the events merged
        # Lookups, kept up to date as events are added and dropped when events are removed (rare).
        self.lookups = EventLookups(self.events)
        self.order = EventOrder(self.events)

    def unchanged(self, item: Any) -> bool:
        """Whether ``item`` is one of the events given, and the merge changed nothing in it."""
        return self._given.get(id(item)) is item and id(item) not in self._touched

    def _touch(self, item: Any) -> None:
        self._touched.add(id(item))
        self.changed = True

    def _dirty(self) -> None:
        """Something was removed or moved: rebuild the lookups when next needed."""
        self.lookups.forget()
        self.order.forget()
        self.changed = True

    # -- the merge -------------------------------------------------------------------------------------------

    def merge(self, generated: list[Event], settled: frozenset[bytes] = frozenset()) -> None:
        """Merge ``generated`` into the data. ``settled``: digests (:func:`event_digest`) of events the build
        that wrote the data exactly as it is merged into it; merging one again changes nothing (a rebuild
        changes nothing), so it is skipped, though it still counts as produced."""
        tail = [] if self.plain else comments.detach(self.events, self.data, "events")
        self._name_manual_events()
        ordered = sorted(unique_events(generated), key=lambda event: (sort_key(event.date, event.qualifier), event.id))
        digests = {id(event): event_digest(event) for event in ordered}  # (``ordered`` keeps them alive)
        # Only the events merged: a second event with the same id is not, and must not count as settled.
        self.merged = frozenset(digests.values())
        produced = {event.id for event in ordered}
        for event in ordered:
            if settled and digests[id(event)] in settled:
                continue
            self._merge_one(event)
        self._drop_vanished(sorted(set(self.record) - produced))
        self.deletions.write(self.data, self.events, tail)  # with the comment that followed the events
        if self.record.write(self.data):
            self.changed = True

    def _name_manual_events(self) -> None:
        """Give an event a person added without an id the id the loader computed for it."""
        for item in list.__iter__(self.events):
            if item.get("id") is None:
                item.insert(0, "id", item_id(item))
                self._touch(item)

    def _merge_one(self, event: Event) -> None:
        """One generated event, by the rules above, in their order."""
        by_id = self.lookups.by_id()
        fingerprint = self.record.fingerprint(event.id)
        if event.id in by_id:
            if fingerprint is not None:
                self._update_event(by_id[event.id], event, fingerprint)
            return
        index = self.lookups.by_source()
        keys = [source_key(source) for source in event.sources]  # (a source's map has the same key)
        if any(key in index for key in keys):
            self._update_sources(event, fingerprint)
            return
        if event.id in self.deletions:
            return
        if fingerprint is not None:
            self._record_deletion(event)
            return
        host = self.lookups.same_report_host(event)
        if host is not None:
            self._attach_report(host, event, keys)
        else:
            self._add_event(event, keys)

    def _attach_report(self, host: CommentedMap, event: Event, keys: list[tuple[str, str, str]]) -> None:
        """A new event that ``host`` already says: its sources join the host's."""
        added = attach_report(host, event)
        self._touch(host)
        self.lookups.attached(host, event.date, added, keys)
        self.record[event.id] = Fingerprint(sources=[source_digest(source) for source in event.sources])

    def _add_event(self, event: Event, keys: list[tuple[str, str, str]]) -> None:
        """A new event: into the list at its date."""
        item = event_map(event)
        self.order.insert(item)
        self.lookups.added(item, event.id, event.date, keys)
        self.changed = True
        self.record[event.id] = Fingerprint.of_event(event)

    def _update_event(self, item: CommentedMap, event: Event, fingerprint: Fingerprint) -> None:
        updated = update_fields(item, event, fingerprint)
        if updated:
            self.lookups.forget_dates()
            self.order.forget()
            self._touch(item)
        self._update_sources(event, fingerprint)
        if "date" in updated or "qualifier" in updated:
            self.order.reposition(item)

    def _update_sources(self, event: Event, fingerprint: Fingerprint | None) -> None:
        """Refresh each of the event's sources wherever it is cited, when nobody edited that citation."""
        recorded = set(fingerprint.sources) if fingerprint else set()
        owners, new_digests = refresh_sources(self.lookups.by_source(), event, recorded)
        for owner in owners:
            self._touch(owner)
        if fingerprint is None:
            self.record[event.id] = Fingerprint(sources=new_digests)
            self.changed = True
        elif fingerprint.sources != new_digests:
            fingerprint.sources = new_digests
            self.changed = True

    def _record_deletion(self, event: Event) -> None:
        self.deletions.add(event)
        del self.record[event.id]
        self.changed = True

    def _drop_vanished(self, event_ids: list[str]) -> None:
        """Drop what nobody touched of the events no longer generated (see :mod:`chronology.store.vanished`)."""
        if not event_ids:
            return
        dropped = drop_vanished(self.events, self.lookups.by_id(), self.record, event_ids)
        for item in dropped.edited:
            self._touch(item)
        if dropped.removed:
            self._dirty()
        for event_id in dropped.forgotten:
            del self.record[event_id]
            self.changed = True


def unique_events(events: list[Event]) -> list[Event]:
    """The first event of each id (the one the merge merges)."""
    seen: dict[str, Event] = {}
    for event in events:
        seen.setdefault(event.id, event)
    return list(seen.values())
