"""What the last build wrote into each chronology, so the next build need not parse the file again.

Reading a chronology with libyaml takes about a second per 4 MB, and a build that adds a few articles must read
every chronology they feed. But the build that wrote a file knows what a read of it would give: the merged data,
and where each part of the text is (the writer builds the layout as it writes, see
:class:`chronology.store.writer.Rendered`). It keeps them here, keyed by a digest of the bytes written. The next
build that finds the file with exactly those bytes (any edit changes them) rebuilds the reading without parsing;
only events with a comment above or in them are parsed, each on its own, so that the merge sees their comments.
It also keeps which generated events that build merged: merging one of them again into the same bytes changes
nothing (a rebuild changes nothing), so the merge skips them (:meth:`chronology.store.merge.Merger.merge`).
The merge then reports which events it changed in place (:meth:`chronology.store.merge.Merger.unchanged`): the
others are written as their text without being compared again, and their model objects, checked when the entry
was made, stand for checking them again (:func:`chronology.store.validate.to_chronology`), so the work of such
a build follows what changed, not the size of the file (``CHRONOLOGY_VERIFY_WRITES`` checks both against doing
it all). A file with warnings is not kept (their line numbers need a parse). A missing, stale or corrupt entry is
never trusted: the file is parsed as usual. The entries live in the build's cache folder (never committed), one file
per chronology; deleting them only costs time.
"""

from __future__ import annotations

import dataclasses
import operator
import pickle
from pathlib import Path
from typing import Any

import chronology.store as store
from chronology.digests import digest_bytes
from chronology.errors import ChronologyFileError
from chronology.events.model import Chronology, Event, Source
from chronology.store import StoredFile, _read, comments, fastyaml, yamlfile
from chronology.store.files import pickle_atomically
from chronology.store.layout import Layout, Slice, digest_frozen, freeze, read_layout, thaw
from chronology.store.memo import MEMO_VERSION
from chronology.store.merge import unique_events
from chronology.store.record import event_digest
from chronology.store.validate import Findings

PARSE_VERSION = 3  # change when the layout, freeze or the data a read gives change
# An entry also tells which events need no merging; that holds only for the merge that wrote it.
VERSION = (PARSE_VERSION, MEMO_VERSION)


class ParseCache:
    """Entries ``store-parsed/<slug>.pickle`` in the cache folder (None: no cache)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder / "store-parsed" if folder is not None else None

    def _file(self, slug: str) -> Path | None:
        return self.folder / f"{slug}.pickle" if self.folder is not None else None

    def get(self, path: Path, raw: bytes) -> StoredFile | None:
        """The reading of ``path`` (whose bytes are ``raw``) as the build that wrote it kept it, or None."""
        return _load(self._file(path.stem), path, raw)

    def put(self, written: StoredFile, generated: list[Event]) -> None:
        """Keep what a read of the file just written (its bytes: ``written.raw``) would give, and which
        ``generated`` events were merged into it (their digests: ``written.settled``, when the merge gave them)."""
        entry = self._file(written.path.stem)
        if entry is None or written.layout is None:
            return
        layout = written.layout
        if not layout.frozen:
            return
        if written.chronology is None:
            return
        payload = (
            _frozen_data(layout),
            _chronology_fields(written.chronology),
            written.newline,
            written.settled or frozenset(event_digest(event) for event in unique_events(generated)),
            (
                layout.comments,
                layout.head_end,
                {key: _span(where) for key, where in layout.keys.items()},
                layout.key_line_end,
                layout.block,
                [_span(where) for where in layout.events],
                layout.originals,
                layout.trailer_start,
            ),
        )
        pickle_atomically(entry, (VERSION, digest_bytes(written.raw), payload))
        if store.VERIFY_WRITES:
            kept = _load(entry, written.path, written.raw)
            problems = ["not kept"] if kept is None else differences(kept, _read(written.path, False, True))
            if problems:
                raise ChronologyFileError(written.path, f"internal error: kept reading differs: {problems}")

    def retain(self, slugs: set[str]) -> None:
        if self.folder is None or not self.folder.is_dir():
            return
        for entry in self.folder.glob("*.pickle"):
            if entry.stem not in slugs:
                entry.unlink(missing_ok=True)


def _load(entry: Path | None, path: Path, raw: bytes) -> StoredFile | None:
    if entry is None or not entry.is_file():
        return None
    try:
        with open(entry, "rb") as stream:
            version, digest, payload = pickle.load(stream)
        if version != VERSION or digest != digest_bytes(raw):
            return None
        return _rebuild(path, raw, payload)
    except Exception:  # a corrupt or foreign entry is never trusted, only replaced
        return None


def _frozen_data(layout: Layout) -> Any:
    """The data written, frozen, from what the writer kept: each event frozen, every other key's value."""
    items = []
    for key in layout.keys:
        if key == "events":
            value = ("l", False, tuple(layout.snapshots)) if layout.block["events"] else ("l", False, ())
        else:
            value = layout.originals[key]
        items.append((freeze(key), value))
    return ("m", False, tuple(items))


# Every field of the model, in the order its constructor takes them (a field added later comes along).
_EVENT_FIELDS = operator.attrgetter(*(item.name for item in dataclasses.fields(Event)))
_SOURCE_FIELDS = operator.attrgetter(*(item.name for item in dataclasses.fields(Source)))
_SOURCES_AT = [item.name for item in dataclasses.fields(Event)].index("sources")
_CHRONOLOGY_FIELDS = operator.attrgetter(*(item.name for item in dataclasses.fields(Chronology)))
_EVENTS_AT = [item.name for item in dataclasses.fields(Chronology)].index("events")


def _chronology_fields(chronology: Chronology) -> tuple:
    """The chronology as tuples of its events' fields: a pickle of them is written five times and read a
    third faster than one of the objects (each object costs a class lookup and a ``__dict__``)."""
    events = []
    for event in chronology.events:
        fields = list(_EVENT_FIELDS(event))
        fields[_SOURCES_AT] = [_SOURCE_FIELDS(source) for source in event.sources]
        events.append(fields)
    fields = list(_CHRONOLOGY_FIELDS(chronology))
    fields[_EVENTS_AT] = events
    return tuple(fields)


def _chronology(fields: tuple) -> Chronology:
    rebuilt = []
    for event in fields[_EVENTS_AT]:
        event[_SOURCES_AT] = [Source(*source) for source in event[_SOURCES_AT]]
        rebuilt.append(Event(*event))
    return Chronology(*fields[:_EVENTS_AT], rebuilt, *fields[_EVENTS_AT + 1 :])


def _span(where: Slice) -> tuple[int, int, int]:
    return where.pre_start, where.start, where.end


def _rebuild(path: Path, raw: bytes, payload: Any) -> StoredFile:
    frozen, chronology_fields, newline, settled, parts = payload
    chronology = _chronology(chronology_fields)
    comment_positions, head_end, keys, key_line_end, block, events, originals, trailer_start = parts
    text = yamlfile.decode(path, raw)
    layout = Layout(
        text,
        comment_positions,
        head_end=head_end,
        keys={key: Slice(*span) for key, span in keys.items()},
        key_line_end=key_line_end,
        block=block,
        events=[Slice(*span) for span in events],
        originals=originals,
        trailer_start=trailer_start,
        frozen=True,
    )
    for key, value in frozen[2]:
        if key == ("s", "events") and value[0] == "l":
            layout.snapshots = list(value[2])
    data = thaw(frozen)
    items = data.get("events") if layout.events else None
    if items is not None:
        for index, where in enumerate(layout.events):
            if layout.has_comment(where.pre_start, where.end):
                _with_comments(layout, items, index, where)
        layout.event_ids = {id(item): index for index, item in enumerate(items)}
    return StoredFile(path, text, data, chronology, Findings(), newline, True, layout, raw, settled)


def _with_comments(layout: Layout, items: Any, index: int, where: Slice) -> None:
    """Replace a commented event by its own reading, which marks where its comments are (as a read of the
    whole file does: :func:`chronology.store.layout.mark_comments`)."""
    parsed = fastyaml.read("events:\n" + layout.text[where.pre_start : where.end])
    read_layout(parsed)  # marks the comments on the data read
    alone = parsed.data["events"]
    items[index] = alone[0]
    above = comments.pre_comment(alone, 0)
    if above:
        comments.set_pre_comment(items, index, above)


def differences(kept: StoredFile, read: StoredFile) -> list[str]:
    """What differs between a kept reading and a read of the same file (nothing, when the writer is right)."""
    names = ("text", "chronology", "newline", "plain", "raw")  # (not settled: only the kept reading knows)
    found = [name for name in names if getattr(kept, name) != getattr(read, name)]
    if kept.findings.errors or kept.findings.warnings or read.findings.errors or read.findings.warnings:
        found.append("findings")
    if freeze(kept.data) != freeze(read.data):
        found.append("data")
    if kept.layout is None or read.layout is None:
        return [*found, "layout"] if kept.layout is not read.layout else found
    for name in ("comments", "head_end", "keys", "key_line_end", "block", "events", "originals"):
        if getattr(kept.layout, name) != getattr(read.layout, name):
            found.append(f"layout.{name}")
    if [digest_frozen(item) for item in kept.layout.snapshots] != read.layout.snapshots:
        found.append("layout.snapshots")
    if kept.layout.trailer_start != read.layout.trailer_start:
        found.append("layout.trailer_start")
    if _marks(kept.data) != _marks(read.data):
        found.append("comment marks")
    return found


def _marks(data: Any) -> list[Any]:
    """Which events, and which of their sources, hold a comment as the merge sees it."""
    items = data.get("events") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return []
    marks = []
    for index, item in enumerate(items):
        sources = item.get("sources") if isinstance(item, dict) else None
        inner = [comments.has_comments(sources, at) for at in range(len(sources))] if isinstance(sources, list) else []
        marks.append((comments.has_comments(items, index), inner))
    return marks
