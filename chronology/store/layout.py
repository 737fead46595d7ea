"""Writing a chronology back without re-writing what did not change: the file as slices of its own text.

A file read by libyaml (:mod:`chronology.store.fastyaml`) is cut into slices: the text before the first key, one
slice per top-level key (with the comment and blank lines above it), and under ``events`` one slice per event
(from the line of its dash to the end of its last line, with the comment lines above it). After the merge, an
event that did not change is written as its slice, byte for byte, so comments, quoting, key order and
formatting survive by construction; events are written in the merged order (each with the comment above it);
new events, new deletion entries and a changed record are written by the fast writer (:mod:`.emit`). A changed
event is written by the fast writer when its slice is exactly what that writer makes of it, else only its slice
is round-tripped through ruamel.yaml, which keeps its comments and style.

Layouts the slices do not cover (a flow-style ``events: [...]`` that is not empty, a root that is not a block
mapping at column 0, comments inside ``generated``) raise :class:`NotSliceable`; the caller then round-trips
the whole file with ruamel as before.

Comments are not data in libyaml's reading, but the merge must know where they are (it never removes an event or
a source a person commented): :func:`mark_comments` puts a marker comment where ruamel would hold one.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from chronology.store import comments as comment_slots
from chronology.store.emit import Unwritable, ordered_items
from chronology.store.fastyaml import Parsed
from chronology.store.validate import DELETED_KEYS, EVENT_KEYS, SOURCE_KEYS, TOP_KEYS

_COMMENT = re.compile(r"(?:^|(?<=[ \t]))#", re.M)


class NotSliceable(Exception):
    """A layout the slices do not cover; the whole file is round-tripped with ruamel."""


# The keys a chronology uses, frozen once: the same tuple object for every event, which a pickle of frozen
# events (the parse cache) then stores once and reads back as a reference (a third smaller, twice as fast).
_FROZEN_KEYS = {key: ("s", key) for key in (*TOP_KEYS, *EVENT_KEYS, *SOURCE_KEYS, *DELETED_KEYS)}


def freeze(value: Any, styles: bool = True) -> Any:
    """Data as a hashable value that tells key order, types and (with ``styles``) list style apart."""
    kind = type(value)
    if kind is str:  # the most common first (bool is no int here: its type is bool)
        return ("s", value)
    if kind is int:
        return ("i", value)
    if isinstance(value, dict):
        keys = _FROZEN_KEYS
        return (
            "m",
            styles and is_flow(value),
            tuple(
                ((type(key) is str and keys.get(key)) or freeze(key, styles), freeze(item, styles))
                for key, item in ordered_items(value)
            ),
        )
    if isinstance(value, list):
        return ("l", styles and is_flow(value), tuple(freeze(item, styles) for item in list.__iter__(value)))
    if isinstance(value, bool):
        return ("b", value)
    if isinstance(value, int):
        return ("i", value)
    if isinstance(value, str):
        return ("s", str(value))
    if value is None:
        return ("n", None)
    return ("o", repr(value))


def snapshot(item: Any) -> bytes:
    """A digest of data as :func:`freeze` tells it apart: an event whose digest did not change is written as
    its own text. A strong digest, not a copy (memory) nor Python's 64-bit hash (a collision would silently
    write an event's old text)."""
    return digest_frozen(freeze(item))


def digest_frozen(frozen: Any) -> bytes:
    return hashlib.blake2b(repr(frozen).encode(), digest_size=16).digest()


_set_item = OrderedDict.__setitem__


_SCALAR_KINDS = frozenset("sibn")


def thaw(frozen: Any) -> Any:
    """The data :func:`freeze` froze (round-trip collections, flow style kept); scalars are unpacked in place
    (most of a chronology), not by a call each."""
    kind = frozen[0]
    if kind == "m":
        mapping = CommentedMap()
        own = mapping._ok
        scalar = _SCALAR_KINDS
        for key, item in frozen[2]:
            key = key[1] if key[0] in scalar else thaw(key)
            _set_item(mapping, key, item[1] if item[0] in scalar else thaw(item))  # CommentedMap.__setitem__
            own.add(key)
        if frozen[1]:
            mapping.fa.set_flow_style()
        return mapping
    if kind == "l":
        seq = CommentedSeq([item[1] if item[0] in _SCALAR_KINDS else thaw(item) for item in frozen[2]])
        if frozen[1]:
            seq.fa.set_flow_style()
        return seq
    if kind == "o":
        raise Unwritable("not plain data")
    return frozen[1]


def fresh(value: Any) -> Any:
    """A copy of data without any comment (markers included), keeping flow style."""
    return thaw(freeze(value))


def is_flow(value: Any) -> bool:
    """Flow style, which only tells a non-empty collection apart (an empty one is always ``[]``/``{}``)."""
    fa = getattr(value, "fa", None)
    return bool(value) and bool(fa is not None and fa.flow_style())


def _leaf_end(node: Node) -> int:
    """Where the text of a node's last scalar (or flow collection) ends."""
    while True:
        if isinstance(node, ScalarNode) or node.flow_style or not node.value:
            return node.end_mark.index
        node = node.value[-1][1] if isinstance(node, MappingNode) else node.value[-1]


@dataclass
class Slice:
    pre_start: int  # first of the comment/blank lines above
    start: int  # start of the node's first line
    end: int  # end of its last line (newline included)


@dataclass
class Layout:
    """Where the parts of a file are in its text."""

    text: str
    comments: list[int]  # positions of every '#' that starts a comment
    head_end: int = 0
    keys: dict[Any, Slice] = field(default_factory=dict)
    key_line_end: dict[Any, int] = field(default_factory=dict)
    block: dict[Any, bool] = field(default_factory=dict)  # value is a block collection (else flow, scalar)
    events: list[Slice] = field(default_factory=list)
    snapshots: list[Any] = field(default_factory=list)  # each event as read: its snapshot(), or frozen
    frozen: bool = False  # snapshots are the events frozen (as the writer knows them), not digests
    event_ids: dict[int, int] = field(default_factory=dict)  # id() of an event's data -> its index
    originals: dict[Any, Any] = field(default_factory=dict)  # frozen value of each top-level key as read
    trailer_start: int | None = None  # where the lines after the last key begin

    def snapshot_of(self, frozen: Any) -> Any:
        """What :attr:`snapshots` holds for an event frozen as ``frozen``."""
        return frozen if self.frozen else digest_frozen(frozen)

    def has_comment(self, start: int, end: int) -> bool:
        at = bisect_right(self.comments, start - 1)
        return at < len(self.comments) and self.comments[at] < end

    def line_end(self, index: int) -> int:
        if index > 0 and self.text[index - 1] == "\n":
            return index
        newline = self.text.find("\n", index)
        return len(self.text) if newline < 0 else newline + 1

    def line_start(self, index: int) -> int:
        return self.text.rfind("\n", 0, index) + 1


def _comment_positions(text: str, spans: list[tuple[int, int]]) -> list[int]:
    starts = [start for start, _ in spans]
    found = []
    for match in _COMMENT.finditer(text):
        at = bisect_right(starts, match.start()) - 1
        if at >= 0 and spans[at][0] <= match.start() < spans[at][1]:
            continue  # a '#' inside a scalar's text
        found.append(match.start())
    return found


def read_layout(parsed: Parsed) -> Layout:
    """Cut a file read by libyaml into slices; :class:`NotSliceable` for layouts it does not cover."""
    text = parsed.text
    layout = Layout(text, _comment_positions(text, parsed.scalar_spans))
    root, data = parsed.root, parsed.data
    if root is None:
        layout.head_end = len(text)
        return layout
    if not isinstance(root, MappingNode) or root.flow_style or root.start_mark.column != 0:
        raise NotSliceable("the file is not a block mapping at column 0")
    previous = None
    for key_node, value_node in root.value:
        if key_node.start_mark.column != 0:
            raise NotSliceable("top-level key not at column 0")
        key = data_key(key_node)
        start = layout.line_start(key_node.start_mark.index)
        end = layout.line_end(_leaf_end(value_node))
        if previous is None:
            layout.head_end = start
        layout.keys[key] = Slice(previous if previous is not None else start, start, end)
        layout.key_line_end[key] = layout.line_end(key_node.end_mark.index)
        layout.block[key] = isinstance(value_node, (MappingNode, SequenceNode)) and not value_node.flow_style
        if key != "events":
            layout.originals[key] = freeze(data[key])
        previous = end
        if key == "events":
            _read_events(layout, value_node, data[key])
        elif key in ("deleted", "generated"):
            value = data[key]
            if isinstance(value, (list, dict)) and value and not layout.block[key]:
                raise NotSliceable(f"`{key}` in flow style")
            if key == "generated" and layout.has_comment(layout.key_line_end[key], end):
                raise NotSliceable("comments inside `generated`")
    layout.trailer_start = previous
    return layout


def data_key(node: ScalarNode) -> Any:
    from chronology.store.fastyaml import scalar

    return scalar(node.value) if node.tag == "?plain" else node.value


def _read_events(layout: Layout, node: Node, events: Any) -> None:
    if not isinstance(node, SequenceNode):
        return  # null, or not a list (an error the loader reports)
    if node.flow_style:
        if node.value:
            raise NotSliceable("flow-style events list")
        return
    layout.events = _items(layout, node, layout.key_line_end["events"])
    layout.snapshots = [snapshot(item) for item in events]
    layout.event_ids = {id(item): index for index, item in enumerate(events)}
    mark_comments(layout, node, events, layout.events)


def _items(layout: Layout, node: SequenceNode, pre_start: int) -> list[Slice]:
    slices = []
    text = layout.text
    for child in node.value:
        begin = child.start_mark.index
        dash = text.rfind("-", 0, begin)
        if dash < 0 or text[dash + 1 : begin].strip(" \n") or text[layout.line_start(dash) : dash].strip(" "):
            raise NotSliceable("a list item whose dash is not first on its line")
        start = layout.line_start(dash)
        end = layout.line_end(_leaf_end(child))
        slices.append(Slice(pre_start, start, end))
        pre_start = end
    return slices


_MARK = "# (a comment in the file)"


def mark_comments(layout: Layout, node: SequenceNode, seq: CommentedSeq, slices: list[Slice]) -> None:
    """Put a marker comment where ruamel would hold the file's comments: above and inside each item.

    :func:`chronology.store.comments.has_comments` then sees them (a commented event or source is never
    removed); the marker is never written: the writer uses the file's text.
    """
    for index, (child, item, where) in enumerate(zip(node.value, seq, slices, strict=True)):
        if layout.has_comment(where.pre_start, where.start):
            comment_slots.set_pre_comment(seq, index, [CommentToken(_MARK + "\n", CommentMark(0), None)])
        if not layout.has_comment(where.start, where.end) or not isinstance(item, CommentedMap) or not item:
            continue
        first = next(iter(item))
        item.ca.items.setdefault(first, [None, None, None, None])[2] = CommentToken(_MARK, CommentMark(0), None)
        if isinstance(child, MappingNode):
            for key_node, value_node in child.value:
                value = item.get(data_key(key_node))
                if isinstance(value_node, SequenceNode) and not value_node.flow_style and value_node.value:
                    key_end = layout.line_end(key_node.end_mark.index)
                    mark_comments(layout, value_node, value, _items(layout, value_node, key_end))
