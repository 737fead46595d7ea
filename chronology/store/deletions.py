"""The events a person deleted from a chronology: the ``deleted`` list, and the entries a merge adds to it.

A generated event whose id is listed there stays deleted. One the build's record knows but that is nowhere in
the file was just deleted by a person: it gets an entry with its date and summary, so that the entry can be
recognised, and removed to bring the event back.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from chronology.events.model import Event
from chronology.store import comments
from chronology.store.nodes import yaml_date

DELETED_NOTE = "Events you deleted: the build will not bring them back. Remove an entry to restore its event."


class Deletions:
    """The ids listed under ``deleted`` (``listed``: its value as read), and the entries to add to it."""

    def __init__(self, listed: Any) -> None:
        self.ids = {str(entry.get("id")) for entry in listed or []}
        self.new: list[CommentedMap] = []

    def __contains__(self, event_id: str) -> bool:
        return event_id in self.ids

    def add(self, event: Event) -> None:
        """List an event a person just deleted."""
        entry = CommentedMap()
        entry["id"] = event.id
        entry["date"] = yaml_date(event.date)
        entry["summary"] = event.summary
        self.new.append(entry)
        self.ids.add(event.id)

    def write(self, data: CommentedMap, events: CommentedSeq, tail: list[str]) -> None:
        """Add the new entries to the ``deleted`` list of ``data``; ``tail`` is the comment that followed the
        ``events`` list, put back below the events or, when a new list follows them, below that."""
        deleted = data.get("deleted")
        if self.new and not isinstance(deleted, list):
            # The new list goes right after the events; the comment that followed them moves below it, so it
            # stays above the key it was written for.
            deleted = CommentedSeq(self.new)
            data.pop("deleted", None)
            data.insert(list(data).index("events") + 1, "deleted", deleted)
            comments.reattach(events, [f"# {line}\n" for line in DELETED_NOTE.splitlines()])
            comments.reattach(deleted, tail)
        else:
            comments.reattach(events, tail)
            if self.new:
                if isinstance(deleted, CommentedSeq) and deleted.fa.flow_style():
                    deleted.fa.set_block_style()
                tail = comments.detach(deleted)
                deleted.extend(self.new)
                comments.reattach(deleted, tail)
