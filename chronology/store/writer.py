"""Writing a chronology back as slices of its own text (see :mod:`chronology.store.layout`), and what makes
the text written certain to read back as the merged data without reading it again.

The file is written piece by piece, and each kind of piece has its own guarantee:

* a slice of the file's own text (a top-level key, an event, the old deletion entries) is written only when
  the data it held is unchanged: compared with what was read (for events a strong digest, see
  :func:`~chronology.store.layout.snapshot`, or the event itself as the last writer kept it), so it reads
  back as the data it stands for, in any order, as long as every item of the events list stands at the same
  column (checked);
* a piece from the fast writer (:mod:`.emit`: new events, new deletion entries, the build's record) is what
  ruamel.yaml writes for that data (its tests compare the two on any text), at the file's indentation;
* a piece from ruamel itself (a changed event that holds comments) is read back on its own and compared.

A layout these do not cover raises :class:`~chronology.store.layout.NotSliceable`: the caller round-trips the
whole file with ruamel instead. Reading the whole text back (``CHRONOLOGY_VERIFY_WRITES=1``, always on in the
tests) checks all of this again at the cost of a full parse. The writer also builds the layout of the new text
as it goes (:class:`Rendered`), which :mod:`chronology.store.parsecache` keeps for the next build.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from chronology.store import comments as comment_slots
from chronology.store import fastyaml, yamlfile
from chronology.store.emit import Emitter, Unwritable
from chronology.store.layout import Layout, NotSliceable, Slice, freeze, fresh, is_flow


@dataclass
class Rendered:
    """The new text, where its parts are (the layout a read of it would find), and where its events came from."""

    text: str
    layout: Layout  # as read_layout would cut the new text (marks aside): the parse need not be done again
    exact: bool  # the layout is certain: no piece of ruamel's (whose comments are not tracked) went in
    kept: int = 0  # events written as their own text
    written: int = 0  # events written by the fast writer or ruamel


class _Output:
    """The pieces of the new text, with the position and comments of each, building its layout."""

    def __init__(self, old: Layout) -> None:
        self.old = old
        self.parts: list[str] = []
        self.pos = 0
        self.layout = Layout("", [])
        self.exact = True
        self.columns: set[tuple[int, int]] = set()  # (dash, content) columns of the events' items
        self.unchanged: Unchanged | None = None

    def copy(self, start: int, end: int) -> None:
        """Old text, as it is, with its comments."""
        if end <= start:
            return
        comments = self.old.comments
        shift = self.pos - start
        at = bisect_left(comments, start)
        while at < len(comments) and comments[at] < end:
            self.layout.comments.append(comments[at] + shift)
            at += 1
        self.parts.append(self.old.text[start:end])
        self.pos += end - start

    def emit(self, text: str) -> None:
        """Text of the fast writer's: it writes no comment."""
        self.parts.append(text)
        self.pos += len(text)

    def note(self, lines: list[str]) -> None:
        """Whole-line comments."""
        for line in lines:
            self.layout.comments.append(self.pos)
            self.emit(line)

    def shifted(self, old_position: int, old_start: int, new_start: int) -> int:
        return old_position - old_start + new_start


Unchanged = Callable[[Any], bool]


def render(
    layout: Layout | None,
    data: CommentedMap,
    head: str,
    emitter: Emitter,
    path: Path,
    unchanged: Unchanged | None = None,
) -> Rendered:
    """The file's new text after the merge changed ``data``; :class:`NotSliceable` when a piece cannot be
    written with its guarantee (see the module's description).

    ``unchanged`` tells an event the merge did not change in place (:meth:`chronology.store.merge.Merger.
    unchanged`): when the layout holds the events frozen (kept by the last build, see
    :mod:`chronology.store.parsecache`), such an event is written as its text without freezing it again.
    """
    old = layout if layout is not None else Layout("", [])
    out = _Output(old)
    out.unchanged = unchanged if old.frozen else None
    out.layout.frozen = True  # the writer knows each event's data: kept frozen, no digest needed
    kept = written = 0
    if layout is None:
        out.note([head])
    else:
        out.copy(0, layout.head_end)
    new = out.layout
    first = True
    for key in data:
        value = data[key]
        where = old.keys.get(key)
        pre_start = out.pos
        if key == "events":
            start, line_end, block, counts = _render_events(out, where, value, emitter, path)
            kept, written = counts
        elif key == "deleted":
            start, line_end, block = _render_deleted(out, where, value, emitter)
        elif key == "generated":
            start, line_end, block = _render_generated(out, where, value, emitter)
        elif where is not None:
            if freeze(value) != old.originals.get(key):
                raise NotSliceable(f"top-level key {key!r} changed")
            out.copy(where.pre_start, where.start)
            start = out.pos
            out.copy(where.start, where.end)
            line_end, block = out.shifted(old.key_line_end[key], where.start, start), old.block[key]
        else:
            start = out.pos
            lines: list[str] = []
            emitter.entry(emit_key(key), value, 0, lines)
            out.exact = out.exact and len(lines) == 1 and lines[0].count("\n") == 1
            out.emit("".join(lines))
            line_end, block = start + len(lines[0]), False
        if first:
            new.head_end, pre_start, first = start, start, False
        new.keys[key] = Slice(pre_start, start, out.pos)
        new.key_line_end[key] = line_end
        new.block[key] = block
        if key != "events":
            new.originals[key] = freeze(value)
    new.trailer_start = out.pos if data else None
    if layout is not None and layout.trailer_start is not None:
        out.copy(layout.trailer_start, len(layout.text))
    if len(out.columns) > 1:
        raise NotSliceable("the events would not all stand at one column")
    new.text = "".join(out.parts)
    if not data:
        new.head_end = len(new.text)
    return Rendered(new.text, new, out.exact, kept, written)


def emit_key(key: Any) -> str:
    from chronology.store.emit import scalar

    return scalar(key) + ":"


def _render_events(
    out: _Output, where: Slice | None, events: list, emitter: Emitter, path: Path
) -> tuple[int, int, bool, tuple[int, int]]:
    """Write the events; returns where the key's line starts and ends, whether the list is a block list, and
    how many events were kept as their own text and how many written anew."""
    old, new = out.old, out.layout
    if where is not None:
        out.copy(where.pre_start, where.start)
    start = out.pos
    if not events:
        out.emit("events: []\n")
        return start, out.pos, False, (0, 0)
    if where is not None and old.block.get("events"):
        out.copy(where.start, old.key_line_end["events"])
    else:
        out.emit("events:\n")
    kept = written = 0
    columns = (emitter.indent.offset, emitter.indent.sequence)  # where the writers put an item's dash and keys
    unchanged = out.unchanged
    for item in events:
        index = old.event_ids.get(id(item))
        pre_start = out.pos
        if index is not None and unchanged is not None and unchanged(item):
            piece = old.events[index]
            out.copy(piece.pre_start, piece.start)
            item_start = out.pos
            out.copy(piece.start, piece.end)
            kept += 1
            out.columns.add(_columns(old.text, piece.start))
            new.snapshots.append(old.snapshots[index])
        elif index is None:
            text, exact = _emit_item(item, emitter, path)
            out.exact = out.exact and exact
            item_start = out.pos
            out.emit(text)
            new.snapshots.append(freeze(item))
            written += 1
            out.columns.add(columns)
        else:
            piece = old.events[index]
            out.copy(piece.pre_start, piece.start)
            item_start = out.pos
            frozen = freeze(item)
            if old.snapshot_of(frozen) == old.snapshots[index]:
                out.copy(piece.start, piece.end)
                kept += 1
                out.columns.add(_columns(old.text, piece.start))
            else:
                text, exact = _changed_item(old, piece, item, emitter, path)
                out.exact = out.exact and exact
                out.emit(text)
                written += 1
                out.columns.add(columns)
            new.snapshots.append(frozen)
        new.events.append(Slice(pre_start, item_start, out.pos))
    return start, new.events[0].pre_start, True, (kept, written)


def _columns(text: str, start: int) -> tuple[int, int]:
    """The columns of an item's dash and of what follows it, on the line that starts at ``start``."""
    dash = start
    while text[dash] == " ":
        dash += 1
    after = dash + 1
    while text[after] == " ":
        after += 1
    return dash - start, after - start


def _emit_item(item: Any, emitter: Emitter, path: Path) -> tuple[str, bool]:
    """An item by the fast writer, else by ruamel; and whether the fast writer wrote it."""
    try:
        return emitter.item(item), True
    except Unwritable:
        return _ruamel_item(None, fresh(item), emitter, path), False


def _changed_item(layout: Layout, piece: Slice, item: Any, emitter: Emitter, path: Path) -> tuple[str, bool]:
    body = layout.text[piece.start : piece.end]
    if not layout.has_comment(piece.start, piece.end):
        try:
            if emitter.item(fastyaml.parse("events:\n" + body)["events"][0]) == body:
                return emitter.item(item), True  # written as the build writes it: write it the same way
        except (Unwritable, fastyaml.NotPlain):
            pass
    return _ruamel_item(body, item, emitter, path), False


def _ruamel_item(body: str | None, item: Any, emitter: Emitter, path: Path) -> str:
    """One event through ruamel.yaml: its own text (comments and style kept) changed to ``item``, read back
    and compared."""
    if body is None:
        document = CommentedMap()
        document["events"] = CommentedSeq([item])
    else:
        document = yamlfile.parse(path, "events:\n" + body)
        patch(document["events"][0], item)
    text = yamlfile.dump(document, emitter.indent)
    if not text.startswith("events:\n"):
        raise NotSliceable("unexpected ruamel output for one event")
    try:
        back = fastyaml.parse_plain(text)
    except fastyaml.NotPlain:
        back = yamlfile.parse(path, text)
    if freeze(back, styles=False) != freeze({"events": [item]}, styles=False):
        raise NotSliceable("ruamel's text of one event does not read back as the event")
    return text[len("events:\n") :]


def patch(target: Any, new: Any) -> None:
    """Change ruamel data ``target`` into ``new`` in place, keeping what is equal (and its comments)."""
    if isinstance(target, dict):
        for key in [key for key in target if key not in new]:
            del target[key]
        for position, (key, value) in enumerate(new.items()):
            if key not in target:
                target.insert(position, key, fresh(value))
            elif freeze(target[key]) != freeze(value):
                if _same_kind(target[key], value):
                    patch(target[key], value)
                else:
                    target[key] = fresh(value)
        return
    old = [freeze(item) for item in target]
    wanted = [freeze(item) for item in new]
    for tag, i1, i2, j1, j2 in reversed(SequenceMatcher(None, old, wanted, autojunk=False).get_opcodes()):
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == j2 - j1:
            for offset in range(i2 - i1):
                if _same_kind(target[i1 + offset], new[j1 + offset]):
                    patch(target[i1 + offset], new[j1 + offset])
                else:
                    target[i1 + offset] = fresh(new[j1 + offset])
            continue
        for position in reversed(range(i1, i2)):
            comment_slots.remove(target, position)
        for offset, value in enumerate(new[j1:j2]):
            comment_slots.insert(target, i1 + offset, fresh(value))


def _same_kind(old: Any, new: Any) -> bool:
    both_maps = isinstance(old, dict) and isinstance(new, dict)
    both_lists = isinstance(old, list) and isinstance(new, list) and is_flow(old) == is_flow(new)
    return both_maps or both_lists


def _render_deleted(out: _Output, where: Slice | None, entries: list, emitter: Emitter) -> tuple[int, int, bool]:
    from chronology.store.deletions import DELETED_NOTE

    old = out.old
    if where is None:
        out.note([f"# {line}\n" for line in DELETED_NOTE.splitlines()])
        start = out.pos
        out.emit("deleted:\n")
        line_end, count = out.pos, 0
    else:
        count = len(old.originals["deleted"][2]) if old.originals["deleted"][0] == "l" else 0
        out.copy(where.pre_start, where.start)
        start = out.pos
        if count and old.block["deleted"]:
            if tuple(freeze(entry) for entry in entries[:count]) != old.originals["deleted"][2]:
                raise NotSliceable("an entry of `deleted` changed")
            out.copy(where.start, where.end)
            line_end = out.shifted(old.key_line_end["deleted"], where.start, start)
        else:
            out.emit("deleted:\n" if entries else "deleted: []\n")
            line_end, count = out.pos, 0
    for entry in entries[count:]:
        text, exact = _emit_item(entry, emitter, Path("deleted"))
        out.exact = out.exact and exact
        out.emit(text)
    return start, line_end, bool(entries)


def _render_generated(out: _Output, where: Slice | None, record: dict, emitter: Emitter) -> tuple[int, int, bool]:
    from chronology.store.generated import GENERATED_NOTE

    old = out.old
    if where is not None and freeze(record) == old.originals.get("generated"):
        out.copy(where.pre_start, where.start)
        start = out.pos
        out.copy(where.start, where.end)
        return start, out.shifted(old.key_line_end["generated"], where.start, start), old.block["generated"]
    if where is None:
        out.note([f"# {line}\n" for line in GENERATED_NOTE.splitlines()])
    else:
        out.copy(where.pre_start, where.start)
    start = out.pos
    lines: list[str] = []
    emitter.entry("generated:", record, 0, lines)
    out.emit("".join(lines))
    block = isinstance(record, dict) and bool(record) and not is_flow(record)
    return start, start + len(lines[0]), block
