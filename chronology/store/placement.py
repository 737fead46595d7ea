"""Where a generated event goes in a chronology: a new one in date order, or its report onto an event saying the same.

A new event is inserted after the last event whose date is not later than its own (a person may have put the
events out of order; they stay as they are); an event whose generated date changed moves to its place, with
the comment above it. A new report that an event on its date already says (see :mod:`chronology.store.reports`)
is attached to that event as a further source instead.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from chronology.events.model import Event
from chronology.store import comments
from chronology.store.nodes import source_map
from chronology.store.validate import date_text, sort_key


def event_sort_key(item: Any) -> tuple:
    return sort_key(date_text(item.get("date")), item.get("qualifier"))


class EventOrder:
    """Places events in the list of a chronology by date, keeping each event's sort key while they hold."""

    def __init__(self, events: CommentedSeq) -> None:
        self.events = events
        self._keys: list[tuple] | None = None  # each event's sort key, in list order
        self._ordered = True  # whether those keys are in order (an insert by them keeps them so)

    def forget(self) -> None:
        """An event was removed, moved or dated anew: work the keys out again when next needed."""
        self._keys = None

    def _sort_keys(self) -> tuple[list[tuple], bool]:
        """Each event's sort key in list order, and whether they are in order (a person may reorder)."""
        if self._keys is None:
            keys = self._keys = [event_sort_key(item) for item in list.__iter__(self.events)]
            self._ordered = all(keys[i] <= keys[i + 1] for i in range(len(keys) - 1))
        return self._keys, self._ordered

    def insert(self, item: CommentedMap, above: list | None = None) -> None:
        """Insert after the last event, counting from the end, whose sort key is not later than the item's."""
        key = event_sort_key(item)
        keys, ordered = self._sort_keys()
        if ordered:
            position = bisect_right(keys, key)  # the same place as the walk below, in a sorted list
        else:
            position = len(keys)
            while position > 0 and keys[position - 1] > key:
                position -= 1
        comments.insert(self.events, position, item, above)
        keys.insert(position, key)

    def reposition(self, item: CommentedMap) -> None:
        """Move an event whose generated date changed to its place, with the comment above it."""
        position = next(i for i, other in enumerate(self.events) if other is item)
        key = event_sort_key(item)
        before_ok = position == 0 or event_sort_key(self.events[position - 1]) <= key
        after_ok = position == len(self.events) - 1 or key <= event_sort_key(self.events[position + 1])
        if before_ok and after_ok:
            return
        _, above = comments.remove(self.events, position)
        self.forget()
        self.insert(item, above)


def attach_report(host: CommentedMap, event: Event) -> list[CommentedMap]:
    """Cite the sources of ``event`` in ``host``, an event that says the same; returns the sources added."""
    host_sources = host.get("sources")
    if not isinstance(host_sources, list):
        host_sources = host["sources"] = CommentedSeq()
    added = [source_map(source) for source in event.sources]
    host_sources.extend(added)
    return added
