"""Keep comments with the events they describe when the build inserts, moves or removes list items.

ruamel.yaml attaches a comment line to the token *before* it: the comment above event B is stored at the end
of event A (after A's last value). Inserting an event between A and B would then put B's comment above the new
event. :func:`detach` therefore moves every whole-line comment (and blank line) that sits between two items
onto the item below it, where ruamel also keeps comments ("pre" comments of a list item), and lifts the
comments after the last item off it; :func:`reattach` puts those back at the end of whatever item is last
when the build is done.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken


def _tail_slot(node: Any) -> tuple[Any, Any, int] | None:
    """Where the comment after a node's last line lives: (container, key, slot), or None."""
    if isinstance(node, CommentedMap) and node and not node.fa.flow_style():
        key = next(reversed(node))
        deeper = _tail_slot(node[key])
        if deeper and _token(*deeper):
            return deeper
        return (node, key, 2)
    if isinstance(node, CommentedSeq) and node and not node.fa.flow_style():
        index = len(node) - 1
        deeper = _tail_slot(node[index])
        if deeper and _token(*deeper):
            return deeper
        return (node, index, 0)
    return None


def _deepest_slot(node: Any) -> tuple[Any, Any, int] | None:
    """The comment slot after the last scalar of a block collection: where a new trailing comment goes."""
    if isinstance(node, CommentedMap) and node and not node.fa.flow_style():
        key = next(reversed(node))
        return _deepest_slot(node[key]) or (node, key, 2)
    if isinstance(node, CommentedSeq) and node and not node.fa.flow_style():
        index = len(node) - 1
        return _deepest_slot(node[index]) or (node, index, 0)
    return None


def _token(container: Any, key: Any, slot: int) -> CommentToken | None:
    entry = container.ca.items.get(key)
    if not entry or len(entry) <= slot:
        return None
    token = entry[slot]
    return token if isinstance(token, CommentToken) else None


def _tail_token(node: Any) -> CommentToken | None:
    slot = _tail_slot(node)
    return _token(*slot) if slot else None


def _split_tail(node: Any) -> list[str]:
    """Cut the whole lines that follow a node's last line from it; returns them (each ending in a newline)."""
    slot = _tail_slot(node)
    if slot is None:
        return []
    token = _token(*slot)
    if token is None:
        return []
    value = token.value
    first, newline, rest = value.partition("\n")
    if not newline or not rest:
        return []
    container, key, index = slot
    if first.strip():
        token.value = first + "\n"  # the end-of-line comment stays on its line
    else:
        container.ca.items[key][index] = None
        if not any(container.ca.items[key]):
            del container.ca.items[key]
    return rest.splitlines(keepends=True)


def _line_tokens(lines: list[str]) -> list[CommentToken]:
    tokens = []
    for line in lines:
        stripped = line.lstrip(" ")
        column = len(line) - len(stripped)
        tokens.append(CommentToken(stripped if stripped.strip() else "\n", CommentMark(column), None))
    return tokens


def pre_comment(seq: CommentedSeq, index: int) -> list[CommentToken]:
    entry = seq.ca.items.get(index)
    return list(entry[1] or []) if entry and len(entry) > 1 and entry[1] else []


def set_pre_comment(seq: CommentedSeq, index: int, tokens: list[CommentToken]) -> None:
    entry = seq.ca.items.setdefault(index, [None, None, None, None])
    entry[1] = tokens or None
    if not any(entry):
        del seq.ca.items[index]


def detach(seq: CommentedSeq, parent: CommentedMap | None = None, key: Any = None) -> list[str]:
    """Give each item the comment lines above it; returns the lines after the last item, cut off it.

    The lines above the first item are kept by ruamel on the list and on its parent's key; they move to the
    item too, so that an event inserted first goes above them.
    """
    if len(seq) and seq.ca.comment and len(seq.ca.comment) > 1 and seq.ca.comment[1]:
        above_first = [token for token in seq.ca.comment[1] if isinstance(token, CommentToken)]
        seq.ca.comment[1] = None
        if parent is not None and key in parent.ca.items:
            slots = parent.ca.items[key]
            if len(slots) > 3:
                slots[3] = None
        set_pre_comment(seq, 0, above_first + pre_comment(seq, 0))
    for index in range(1, len(seq)):
        lines = _split_tail(seq[index - 1])
        if lines:
            set_pre_comment(seq, index, _line_tokens(lines) + pre_comment(seq, index))
    if not len(seq):
        return []
    return _split_tail(seq[-1]) + _split_end(seq)


def _split_end(seq: CommentedSeq) -> list[str]:
    """Cut the comment lines ruamel keeps at the end of the list itself (after an item whose last value is
    empty, such as ``sources:`` with nothing under it); returns them."""
    end = getattr(seq.ca, "end", None)
    if not end:
        return []
    lines = []
    for token in end:
        if isinstance(token, CommentToken):
            value = token.value if token.value.endswith("\n") else token.value + "\n"
            column = token.column if value.strip() else 0
            lines.append(" " * column + value)
    seq.ca.end = []
    return lines


def reattach(seq: CommentedSeq, tail: list[str]) -> None:
    """Put the lines that followed the list back after its (new) last item."""
    if not tail or not len(seq):
        return
    _append(_tail_slot(seq[-1]) if _tail_token(seq[-1]) else _deepest_slot(seq), tail)


def add_note_before(mapping: CommentedMap, key: Any, note: str) -> None:
    """Write comment lines above ``key`` of a block mapping (attached to the end of the value before it)."""
    keys = list(mapping)
    lines = [f"# {line}\n" if line else "\n" for line in note.splitlines()]
    position = keys.index(key)
    if position == 0:
        mapping.yaml_set_start_comment(note)
        return
    previous = keys[position - 1]
    value = mapping[previous]
    slot = _tail_slot(value) if _tail_token(value) else _deepest_slot(value)
    _append(slot or (mapping, previous, 2), lines)


def _append(slot: tuple[Any, Any, int], tail: list[str]) -> None:
    container, key, index = slot
    token = _token(container, key, index)
    text = "".join(tail)
    if token is None:
        entry = container.ca.items.setdefault(key, [None, None, None, None])
        entry[index] = CommentToken("\n" + text, CommentMark(0), None)
    else:
        token.value = token.value + text if token.value.endswith("\n") else token.value + "\n" + text


def has_comments(seq: CommentedSeq, index: int) -> bool:
    """Whether a person wrote a comment above or inside the item (after :func:`detach`)."""
    if any(token.value.strip() for token in pre_comment(seq, index)):
        return True
    return _contains_comment(seq[index])


def _contains_comment(node: Any) -> bool:
    if not isinstance(node, (CommentedMap, CommentedSeq)):
        return False
    for entry in node.ca.items.values():
        for token in entry or []:
            tokens = token if isinstance(token, list) else [token]
            if any(isinstance(t, CommentToken) and "#" in t.value for t in tokens):
                return True
    values = node.values() if isinstance(node, CommentedMap) else node
    return any(_contains_comment(value) for value in values)


def remove(seq: CommentedSeq, index: int) -> tuple[Any, list[CommentToken]]:
    """Remove an item with the comment above it; later items keep theirs."""
    item, above = seq[index], pre_comment(seq, index)
    seq.ca.items.pop(index, None)
    list.__delitem__(seq, index)
    for later in sorted(key for key in seq.ca.items if key > index):
        seq.ca.items[later - 1] = seq.ca.items.pop(later)
    return item, above


def remove_many(seq: CommentedSeq, positions: set[int]) -> None:
    """Remove the items at ``positions`` with the comments above them, in one pass; the rest keep theirs."""
    kept = [index for index in range(len(seq)) if index not in positions]
    slots = seq.ca.items
    moved = {new: slots[old] for new, old in enumerate(kept) if old in slots}
    values = [seq[index] for index in kept]
    list.__delitem__(seq, slice(None))
    list.extend(seq, values)
    slots.clear()
    slots.update(moved)


def insert(seq: CommentedSeq, index: int, item: Any, above: list[CommentToken] | None = None) -> None:
    seq.insert(index, item)  # CommentedSeq.insert shifts the comments of later items
    seq.ca.items.pop(index, None)
    if above:
        set_pre_comment(seq, index, above)
