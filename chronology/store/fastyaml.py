"""Reading chronology YAML quickly with libyaml, into the same data the round-trip reader makes.

ruamel.yaml's round-trip reader is pure Python: a 4 MB chronology takes tens of seconds. libyaml (pyyaml's C
parser) composes the same file into nodes some twenty times faster. This module builds from those nodes the
data :mod:`chronology.store.validate` and :mod:`chronology.store.merge` work on (``CommentedMap`` and
``CommentedSeq`` with each key's line and column), resolving plain scalars by YAML 1.2 as ruamel does (``yes``
is text, ``2021-09-05`` stays text, ``0x1F`` is not read here).

It handles the plain layout the build writes and people keep: block or flow collections of text, whole
numbers, booleans and nulls, without tags, anchors or aliases. Anything else (a tag, an anchor or alias, a
duplicate key, a float, an unusual number, a YAML error) raises :class:`NotPlain`, and the caller reads the file
with ruamel instead, which then gives exactly the result or the error message it always gave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml
from ruamel.yaml.comments import CommentedMap, CommentedSeq, LineCol
from ruamel.yaml.compat import ordereddict
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_PLAIN, _QUOTED, _OTHER = "?plain", "?quoted", "?other"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MAP_TAG = "tag:yaml.org,2002:map"
_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
# YAML 1.2 numbers, and the merge and value indicators, as ruamel resolves them: not built here
_OTHER_RESOLVED = re.compile(
    r"""[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+
    |[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|<<|=""",
    re.X,
)


_set_item = ordereddict.__setitem__


class NotPlain(Exception):
    """The text uses something this reader leaves to ruamel (or is not valid YAML)."""


class _Loader(yaml.CSafeLoader):
    """libyaml's composer; scalars are only marked plain or quoted here and resolved by :func:`scalar`."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode:
            return _PLAIN if implicit[0] else _QUOTED if implicit[1] else _OTHER
        return super().resolve(kind, value, implicit)


_DIRECTIVE = re.compile(r"^%", re.M)


def compose(text: str) -> Node | None:
    """The node graph of ``text``; :class:`NotPlain` for any YAML error (ruamel words the message), and for a
    directive (``%YAML 1.1`` would change how ruamel resolves scalars)."""
    if _DIRECTIVE.search(text):
        raise NotPlain("directive")
    try:
        return yaml.compose(text, Loader=_Loader)
    except (yaml.YAMLError, ValueError, RecursionError) as error:
        raise NotPlain(str(error)) from None


def scalar(value: str) -> Any:
    """A plain scalar as YAML 1.2 reads it, dates kept as text."""
    if value in _NULL:
        return None
    first = value[0]
    if first in "tTfF" and value in _BOOL:
        return _BOOL[value]
    if first in "-+0123456789.<=":
        if _DECIMAL.fullmatch(value):
            return int(value)
        if _OTHER_RESOLVED.fullmatch(value):
            raise NotPlain(f"number or indicator {value!r}")
    return value


class Builder:
    """Builds data from nodes of one text, refusing what only ruamel should build."""

    def __init__(self, text: str, plain: bool = False) -> None:
        self.text = text
        self.plain = plain  # plain dicts and lists, without lines or styles (to compare, not to edit)
        self.seen: set[int] = set()
        self.scalar_spans: list[tuple[int, int]] = []  # where each scalar's text is, in document order

    def build(self, node: Node) -> Any:
        if type(node) is ScalarNode:
            return self.scalar(node)
        key = id(node)
        if key in self.seen:
            raise NotPlain("alias")
        self.seen.add(key)
        if self.text[node.start_mark.index] in "!&*":
            raise NotPlain("tag, anchor or alias")
        if type(node) is SequenceNode and node.tag == _SEQ_TAG:
            return self.sequence(node)
        if type(node) is MappingNode and node.tag == _MAP_TAG:
            return self.mapping(node)
        raise NotPlain("tag")

    def scalar(self, node: ScalarNode) -> Any:
        # An anchored scalar (the only kind an alias can repeat) starts with its '&', a tagged one with '!'.
        start = node.start_mark.index
        self.scalar_spans.append((start, node.end_mark.index))
        tag = node.tag
        if tag is _PLAIN:
            if self.text[start] in "!&*":
                raise NotPlain("tag, anchor or alias")
            return scalar(node.value)
        if tag is _QUOTED and self.text[start] in "'\"|>":
            return node.value
        raise NotPlain("tag, anchor or alias")

    def sequence(self, node: SequenceNode) -> CommentedSeq:
        if self.plain:
            return [self.build(child) for child in node.value]  # type: ignore[return-value]
        seq = CommentedSeq()
        lines = _line_col(seq, node)
        build = self.build
        for index, child in enumerate(node.value):
            seq.append(build(child))
            mark = child.start_mark
            lines[index] = [mark.line, mark.column]
        if node.flow_style:
            seq.fa.set_flow_style()
        return seq

    def mapping(self, node: MappingNode) -> CommentedMap:
        if self.plain:
            return self.plain_mapping(node)  # type: ignore[return-value]
        mapping = CommentedMap()
        lines = _line_col(mapping, node)
        build, own = self.build, mapping._ok
        for key_node, value_node in node.value:
            if type(key_node) is not ScalarNode:
                raise NotPlain("complex key")
            key = self.scalar(key_node)
            if key in own:
                raise NotPlain("duplicate key")
            _set_item(mapping, key, build(value_node))  # what CommentedMap.__setitem__ does for a new key
            own.add(key)
            key_mark, value_mark = key_node.start_mark, value_node.start_mark
            lines[key] = [key_mark.line, key_mark.column, value_mark.line, value_mark.column]
        if node.flow_style:
            mapping.fa.set_flow_style()
        return mapping

    def plain_mapping(self, node: MappingNode) -> dict:
        mapping: dict = {}
        for key_node, value_node in node.value:
            if type(key_node) is not ScalarNode:
                raise NotPlain("complex key")
            key = self.scalar(key_node)
            if key in mapping:
                raise NotPlain("duplicate key")
            mapping[key] = self.build(value_node)
        return mapping


def _line_col(data: Any, node: Node) -> dict:
    """Record where ``node`` is, as ruamel does (0-based line and column, and those of each key and item)."""
    lc = LineCol()
    lc.line, lc.col = node.start_mark.line, node.start_mark.column
    lc.data = {}
    setattr(data, LineCol.attrib, lc)
    return lc.data


@dataclass
class Parsed:
    """A text read by libyaml: its data, its root node and where its scalars are."""

    text: str
    data: Any
    root: Node | None
    scalar_spans: list[tuple[int, int]]


def read(text: str) -> Parsed:
    """``text`` as round-trip-like data with its nodes, or :class:`NotPlain`."""
    node = compose(text)
    if node is None:
        return Parsed(text, None, None, [])
    builder = Builder(text)
    try:
        return Parsed(text, builder.build(node), node, builder.scalar_spans)
    except RecursionError:
        raise NotPlain("nested too deeply") from None


def parse(text: str) -> Any:
    """``text`` as round-trip-like data, or :class:`NotPlain`."""
    return read(text).data


def parse_plain(text: str) -> Any:
    """``text`` as plain dicts and lists (no lines, no styles: quicker, to compare), or :class:`NotPlain`."""
    node = compose(text)
    if node is None:
        return None
    try:
        return Builder(text, plain=True).build(node)
    except RecursionError:
        raise NotPlain("nested too deeply") from None
