"""A fast block-YAML writer for the data the build generates, in the layout ruamel.yaml writes it.

ruamel.yaml's emitter is pure Python and slow (seconds per thousand events). Events, deletion entries and the
build's record are simple: mappings of text and whole numbers, lists of mappings, lists of words in flow style
(``tags: [a, b]``). This writes them as ruamel does at the file's indentation (see
:class:`chronology.store.yamlfile.Indent`): plain scalars where YAML allows them, else single quotes; anything
unusual (line breaks, control characters) is handed to ruamel for that one scalar.
"""

from __future__ import annotations

import io
import re
from collections import OrderedDict
from functools import lru_cache
from typing import Any

from chronology.store.yamlfile import Indent, new_yaml

# Text ruamel writes plain in block context: a first character that is no indicator, no ": " or " #", no
# trailing ":" or space, printable characters only (no line breaks, tabs or other controls).
_PLAIN = re.compile(
    r"(?![-?:](?:\s|$))(?!---|\.\.\.)[^\s#,\[\]{}&*!|>'\"%@`\-?:]"
    r"(?:[^\x00-\x1f\x7f-\x9f\ufeff\u2028\u2029\ud800-\udfff\ufffe\uffff]*)"
)
_BAD_PLAIN = re.compile(r": |\s#|[:\s]$")
_ONE_LINE = re.compile(r"[^\x00-\x1f\x7f-\x9f\ufeff\u2028\u2029\ud800-\udfff\ufffe\uffff]*")
_RESOLVES = re.compile(
    r"""~|null|Null|NULL|true|True|TRUE|false|False|FALSE|=|<<
    |[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+
    |[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)
    |[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)""",
    re.X,
)


_LONG = 4000  # ruamel folds scalars past its width (4096); those are left to it
# Words, paths and the build's record ("date=5d41402a sources=9e107d9d", "ev-03c58c0aec6c"): a letter first,
# no indicator, single spaces between. Plain unless the whole text is one of the words YAML reads as null or
# true/false (the only values of _RESOLVES that start with a letter). One test, not four, for most of a file.
_SIMPLE = re.compile(r"[A-Za-z][\w=,./\-]*(?: [\w=,./\-]+)*")
_LETTER_WORDS_THAT_RESOLVE = frozenset(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"])


def ordered_items(mapping: dict) -> list[tuple[Any, Any]]:
    """A mapping's items in order; for ruamel's CommentedMap without its Python-level ``__iter__`` and
    ``__getitem__`` (slow, and the same for its own keys)."""
    if isinstance(mapping, OrderedDict):
        get = dict.__getitem__
        return [(key, get(mapping, key)) for key in OrderedDict.__iter__(mapping)]
    return list(mapping.items())


class Unwritable(Exception):
    """Data this writer does not write the way ruamel would; the caller lets ruamel write it."""


@lru_cache(maxsize=65536)  # the same text comes again and again: paths, expressions, a quote as summary
def text_scalar(value: str) -> str:
    """A string as ruamel writes it as a block mapping value."""
    if len(value) < _LONG and _SIMPLE.fullmatch(value) and value not in _LETTER_WORDS_THAT_RESOLVE:
        return value
    if len(value) < _LONG and _ONE_LINE.fullmatch(value):
        resolves = _RESOLVES.fullmatch(value) is not None
        if _PLAIN.fullmatch(value) and not _BAD_PLAIN.search(value) and not resolves:
            return value
        # plain is certainly not allowed, and single quotes are (one printable line, no edge spaces)
        edges = value and value[0] != " " and value[-1] != " "
        if edges and (resolves or value[0] in "\"'" or ": " in value or " #" in value):
            if "'" in value:  # ruamel then prefers double quotes
                return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
            return "'" + value + "'"
    return _ruamel_scalar(value)


@lru_cache(maxsize=1024)
def _ruamel_scalar(value: str) -> str:
    stream = io.StringIO()
    new_yaml().dump({"k": value}, stream)
    text = stream.getvalue()
    assert text.startswith("k: ") or text.startswith("k:"), text
    return text[3:].rstrip("\n") if text.startswith("k: ") else text[2:].rstrip("\n")


def scalar(value: Any) -> str:
    if isinstance(value, str):
        return text_scalar(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    raise Unwritable(f"cannot write {type(value).__name__} here")


def _is_flow(value: Any) -> bool:
    fa = getattr(value, "fa", None)
    return bool(fa is not None and fa.flow_style())


_FLOW_WORD = re.compile(r"\w[\w.\-/]*")


def _flow(value: Any) -> str:
    if isinstance(value, list) and not value:
        return "[]"
    if isinstance(value, dict) and not value:
        return "{}"
    if isinstance(value, list):
        return "[" + ", ".join(_flow_item(item) for item in list.__iter__(value)) + "]"
    raise Unwritable("flow mapping")


def _flow_item(value: Any) -> str:
    """Words in a flow list (tags); anything that might need quoting there is left to ruamel."""
    if isinstance(value, str) and _FLOW_WORD.fullmatch(value) and not _RESOLVES.fullmatch(value):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise Unwritable("flow item")


class Emitter:
    """Writes block collections at one file's indentation."""

    def __init__(self, indent: Indent) -> None:
        self.indent = indent

    def mapping_lines(self, mapping: dict, column: int, out: list[str], first_prefix: str | None = None) -> None:
        """The mapping's keys at ``column``; the first line starts with ``first_prefix`` (a dash) if given."""
        pad = " " * column
        for number, (key, value) in enumerate(ordered_items(mapping)):
            lead = first_prefix if number == 0 and first_prefix is not None else pad
            self.entry(lead + scalar(key) + ":", value, column, out)

    def entry(self, head: str, value: Any, column: int, out: list[str]) -> None:
        """``head`` (``key:``) and its value, whose nested lines are indented from ``column``."""
        if isinstance(value, list) and value and not _is_flow(value):
            out.append(head + "\n")
            self.sequence_lines(value, column, out)
        elif isinstance(value, dict) and value and not _is_flow(value):
            out.append(head + "\n")
            self.mapping_lines(value, column + self.indent.mapping, out)
        elif isinstance(value, (list, dict)):
            out.append(f"{head} {_flow(value)}\n")
        else:
            text = scalar(value)
            out.append(f"{head} {text}\n" if text else head + "\n")

    def sequence_lines(self, items: list, parent_column: int, out: list[str]) -> None:
        """Items of a block list whose key is at ``parent_column``."""
        dash = " " * (parent_column + self.indent.offset)
        content = parent_column + self.indent.sequence
        prefix = dash + "-" + " " * (content - len(dash) - 1)
        for item in list.__iter__(items):  # (CommentedSeq's own __iter__ is Python, item by item)
            self.item_lines(item, content, prefix, out)

    def item_lines(self, item: Any, content: int, prefix: str, out: list[str]) -> None:
        if isinstance(item, dict) and item and not _is_flow(item):
            self.mapping_lines(item, content, out, prefix)
        elif isinstance(item, list) and item and not _is_flow(item):
            raise Unwritable("a list directly in a list")
        elif isinstance(item, (list, dict)):
            out.append(prefix + _flow(item) + "\n")
        else:
            out.append(prefix + scalar(item) + "\n")

    def item(self, item: Any, parent_column: int = 0) -> str:
        """One item of a block list under a key at ``parent_column`` (an event under ``events:``)."""
        out: list[str] = []
        self.sequence_lines([item], parent_column, out)
        return "".join(out)
