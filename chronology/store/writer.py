"""Writing a chronology back as slices of its own text (see :mod:`chronology.store.layout`), and what makes
the text written certain to read back as the merged data without reading it again.

The file is written piece by piece, and each kind of piece has its own guarantee:

* a slice of the file's own text (a top-level key, an event, the old deletion entries) is written only when
  the data it held is unchanged: compared with what was read (a strong digest for events, see
  :func:`~chronology.store.layout.snapshot`), so it reads back as the data it stands for, in any order, as long
  as every item of the events list stands at the same column (checked: :class:`Rendered`);
* a piece from the fast writer (:mod:`.emit`: new events, new deletion entries, the build's record) is what
  ruamel.yaml writes for that data (its tests compare the two on any text), at the file's indentation;
* a piece from ruamel itself (a changed event that holds comments) is read back on its own and compared.

A layout these do not cover raises :class:`~chronology.store.layout.NotSliceable`: the caller round-trips the
whole file with ruamel instead. Reading the whole text back (``CHRONOLOGY_VERIFY_WRITES=1``, always on in the
tests) checks all of this again at the cost of a full parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from chronology.store import comments as comment_slots
from chronology.store import fastyaml, yamlfile
from chronology.store.emit import Emitter, Unwritable
from chronology.store.layout import Layout, NotSliceable, Slice, freeze, fresh, is_flow, snapshot


@dataclass
class Rendered:
    """The new text, and where its events came from."""

    text: str = ""
    kept: int = 0  # events written as their own text
    written: int = 0  # events written by the fast writer or ruamel
    columns: set[tuple[int, int]] = field(default_factory=set)  # (dash, content) columns of the events' items


def render(layout: Layout | None, data: CommentedMap, head: str, emitter: Emitter, path: Path) -> Rendered:
    """The file's new text after the merge changed ``data``; :class:`NotSliceable` when a piece cannot be
    written with its guarantee (see the module's description)."""
    out: list[str] = []
    rendered = Rendered()
    if layout is None:
        out.append(head)
        layout = Layout("", [])
    else:
        out.append(layout.text[: layout.head_end])
    for key in data:
        value = data[key]
        where = layout.keys.get(key)
        if key == "events":
            _render_events(layout, where, value, emitter, path, out, rendered)
        elif key == "deleted":
            _render_deleted(layout, where, value, emitter, out)
        elif key == "generated":
            _render_generated(layout, where, value, emitter, out)
        elif where is not None:
            if freeze(value) != layout.originals.get(key):
                raise NotSliceable(f"top-level key {key!r} changed")
            out.append(layout.text[where.pre_start : where.end])
        else:
            line: list[str] = []
            emitter.entry(emit_key(key), value, 0, line)
            out.extend(line)
    if layout.trailer_start is not None:
        out.append(layout.text[layout.trailer_start :])
    if len(rendered.columns) > 1:
        raise NotSliceable("the events would not all stand at one column")
    rendered.text = "".join(out)
    return rendered


def emit_key(key: Any) -> str:
    from chronology.store.emit import scalar

    return scalar(key) + ":"


def _render_events(
    layout: Layout,
    where: Slice | None,
    events: list,
    emitter: Emitter,
    path: Path,
    out: list[str],
    rendered: Rendered,
) -> None:
    if where is not None:
        out.append(layout.text[where.pre_start : where.start])
    if not events:
        out.append("events: []\n")
        return
    if where is not None and layout.block.get("events"):
        out.append(layout.text[where.start : layout.key_line_end["events"]])
    else:
        out.append("events:\n")
    written = (emitter.indent.offset, emitter.indent.sequence)  # where the writers put an item's dash and keys
    for item in events:
        index = layout.event_ids.get(id(item))
        if index is None:
            out.append(_emit_item(item, emitter, path))
            rendered.written += 1
            rendered.columns.add(written)
            continue
        piece = layout.events[index]
        out.append(layout.text[piece.pre_start : piece.start])
        body = layout.text[piece.start : piece.end]
        if snapshot(item) == layout.snapshots[index]:
            out.append(body)
            rendered.kept += 1
            rendered.columns.add(_columns(body))
        else:
            out.append(_changed_item(layout, piece, body, index, item, emitter, path))
            rendered.written += 1
            rendered.columns.add(written)


def _columns(body: str) -> tuple[int, int]:
    """The columns of an item's dash and of what follows it."""
    dash = len(body) - len(body.lstrip(" "))
    after = body[dash + 1 :]
    return dash, dash + 1 + len(after) - len(after.lstrip(" "))


def _emit_item(item: Any, emitter: Emitter, path: Path) -> str:
    try:
        return emitter.item(item)
    except Unwritable:
        return _ruamel_item(None, fresh(item), emitter, path)


def _changed_item(layout: Layout, piece: Slice, body: str, index: int, item: Any, emitter: Emitter, path: Path) -> str:
    if not layout.has_comment(piece.start, piece.end):
        try:
            if emitter.item(fastyaml.parse("events:\n" + body)["events"][0]) == body:
                return emitter.item(item)  # written as the build writes it: write it the same way
        except (Unwritable, fastyaml.NotPlain):
            pass
    return _ruamel_item(body, item, emitter, path)


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


def _render_deleted(layout: Layout, where: Slice | None, entries: list, emitter: Emitter, out: list[str]) -> None:
    from chronology.store.merge import DELETED_NOTE

    if where is None:
        out.extend(f"# {line}\n" for line in DELETED_NOTE.splitlines())
        out.append("deleted:\n")
        count = 0
    else:
        count = len(layout.originals["deleted"][2]) if layout.originals["deleted"][0] == "l" else 0
        if count and layout.block["deleted"]:
            if tuple(freeze(entry) for entry in entries[:count]) != layout.originals["deleted"][2]:
                raise NotSliceable("an entry of `deleted` changed")
            out.append(layout.text[where.pre_start : where.end])
        else:
            out.append(layout.text[where.pre_start : where.start])
            out.append("deleted:\n" if entries else "deleted: []\n")
            count = 0
    for entry in entries[count:]:
        out.append(_emit_item(entry, emitter, Path("deleted")))


def _render_generated(layout: Layout, where: Slice | None, record: dict, emitter: Emitter, out: list[str]) -> None:
    from chronology.store.merge import GENERATED_NOTE

    if where is not None and freeze(record) == layout.originals.get("generated"):
        out.append(layout.text[where.pre_start : where.end])
        return
    if where is None:
        out.extend(f"# {line}\n" for line in GENERATED_NOTE.splitlines())
    else:
        out.append(layout.text[where.pre_start : where.start])
    emitter.entry("generated:", record, 0, out)
