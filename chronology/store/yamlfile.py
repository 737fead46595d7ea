"""Reading and writing chronology YAML safely, keeping what a person wrote.

ruamel.yaml's round-trip mode is used rather than pyyaml because it keeps comments, key order, quoting and
block styles when a file is loaded, changed and written back; pyyaml drops comments. Loading is safe: the
document is first composed into a node graph, which is checked before any Python object is made:

* only the plain YAML types (string, number, boolean, null, list, mapping) are allowed; an explicit tag such
  as ``!!python/object`` is refused, never constructed;
* anchors and aliases may not expand to more than :data:`MAX_ALIAS_EXPANSION` extra nodes (an "alias bomb"
  of nested anchors expands to billions), and may not refer to themselves.

Dates are read as text, not as YAML timestamps: the chronology notation (``2021-09``,
``2021-09-05/2021-09-06``) is checked by :mod:`chronology.dates`, and an impossible day such as
``2021-02-30`` becomes a message naming the line rather than a crash inside the YAML library.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.resolver import VersionedResolver

from chronology.errors import ChronologyFileError

MAX_FILE_BYTES = 20 * 1024 * 1024  # a chronology of ~50,000 events; anything bigger is refused, not parsed
MAX_ALIAS_EXPANSION = 10_000  # extra nodes that aliases may add when expanded
_ALLOWED_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map", "merge")}
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class _DatesAsText(VersionedResolver):
    """YAML 1.2 resolution, except that dates stay strings (validated later by the chronology notation)."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        tag = super().resolve(kind, value, implicit)
        if tag == _TIMESTAMP_TAG:
            return self.DEFAULT_SCALAR_TAG
        return tag


def new_yaml(indent: Indent | None = None) -> YAML:
    yaml = YAML(typ="rt")
    yaml.Resolver = _DatesAsText
    yaml.allow_duplicate_keys = False
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap long summaries and quotes: one line each, easy to edit and diff
    indent = indent or Indent()
    yaml.indent(mapping=indent.mapping, sequence=indent.sequence, offset=indent.offset)
    return yaml


@dataclass(frozen=True)
class Indent:
    """Block indentation of a file, so a rewrite keeps the layout the person chose.

    Defaults: mappings by two spaces, list dashes flush with their parent key (``events:``, ``- id: ...``).
    """

    mapping: int = 2
    sequence: int = 2  # from the parent key's column to the item's content
    offset: int = 0  # from the parent key's column to the dash


_DASH = re.compile(r"^( *)- +(?=[^\s#])")
_KEY_ONLY = re.compile(r"^( *)[^\s#-][^:#]*:\s*(#.*)?$")
_KEY = re.compile(r"^( *)[^\s#-][^:#]*:")


# Line breaks other than "\n" that str.splitlines also splits at.
_OTHER_BREAKS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def guess_indent(text: str) -> Indent:
    """Read the indentation of the first nested mapping and the first block list of a file."""
    if not _OTHER_BREAKS.search(text):
        return _guess_indent_by_parents(text)
    found = _guess_indent(text, to_the_end=True)
    assert found is not None
    return found


# A line that is a key alone, then any blank or comment lines, then the line that decides (see below).
_PARENT = r"^( *)[^\s#-][^:#\n]*:[^\S\n]*(?:#[^\n]*)?\n(?:[^\S\n]*(?:#[^\n]*)?\n)*"
_PARENT_OF_ITEM = re.compile(_PARENT + r"( *)- +(?=[^\s#])", re.M)  # the next line is a list item
_PARENT_OF_KEY = re.compile(_PARENT + r"(\1 +)[^\s#-][^:#\n]*:", re.M)  # ... a key further in


def _guess_indent_by_parents(text: str) -> Indent:
    """:func:`_guess_indent` for a text whose only line break is "\n": the first line that is a key alone
    followed by a list item decides the lists, the first followed by a key further in the mappings; each is
    found by one regular expression (a chronology's first nested mapping is ``generated``, at its end)."""
    mapping = sequence = offset = None
    item = _PARENT_OF_ITEM.search(text)
    if item is not None:
        parent = len(item.group(1))
        offset, sequence = len(item.group(2)) - parent, item.end() - item.start(2) - parent
    key = _PARENT_OF_KEY.search(text)
    if key is not None:
        mapping = len(key.group(2)) - len(key.group(1))
    return _indent(mapping, sequence, offset)


def _guess_indent(text: str, to_the_end: bool = False) -> Indent | None:
    """:func:`guess_indent` over ``text``; None when both were not found before its end, unless ``to_the_end``
    (the whole file: what was found)."""
    mapping = sequence = offset = None
    parent: int | None = None  # column of the last line that was a key with its value on the next lines
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        column = len(line) - len(line.lstrip(" "))
        dash = _DASH.match(line)
        if dash and parent is not None and sequence is None:
            content = dash.end()
            offset, sequence = column - parent, content - parent
        elif _KEY.match(line) and parent is not None and mapping is None and column > parent:
            mapping = column - parent
        parent = column if _KEY_ONLY.match(line) else None
        if mapping is not None and sequence is not None:
            break
    else:
        if not to_the_end:
            return None
    return _indent(mapping, sequence, offset)


def _indent(mapping: int | None, sequence: int | None, offset: int | None) -> Indent:
    if sequence is None or offset is None:
        return Indent(mapping=mapping or 2)
    if mapping is None:
        mapping = 2
    # ruamel needs the content indent to exceed the dash offset
    return Indent(mapping=mapping, sequence=max(sequence, offset + 2), offset=offset)


def read_text(path: Path) -> str:
    """The file as text: UTF-8 (a BOM is allowed), no tab in indentation, within the size limit."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ChronologyFileError(path, f"cannot read: {error.strerror or error}") from None
    if size > MAX_FILE_BYTES:
        raise ChronologyFileError(
            path,
            f"file is {size // (1024 * 1024)} MB; chronology files are limited to {MAX_FILE_BYTES // (1024 * 1024)} MB",
        )
    return decode(path, path.read_bytes())


def decode(path: Path, raw: bytes) -> str:
    """A chronology file's bytes as text (see :func:`read_text`)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ChronologyFileError(path, f"not UTF-8 text (byte 0x{raw[error.start]:02x})", line) from None
    text = text.replace("\r\n", "\n")  # Windows line ends are written back as they were (see newline_of)
    for number, line in enumerate(text.splitlines() if "\t" in text else [], start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            raise ChronologyFileError(path, "tab used for indentation; YAML indents with spaces only", number)
    return text


def newline_of(path: Path) -> str:
    """The file's line end, so a rewrite keeps Windows line ends where a person's editor wrote them."""
    with open(path, "rb") as stream:
        return "\r\n" if b"\r\n" in stream.read(65536) else "\n"


def parse(path: Path, text: str) -> Any:
    """Safely parse ``text`` (the content of ``path``) into round-trip data (CommentedMap and friends)."""
    yaml = new_yaml()
    constructor, parser = yaml.get_constructor_parser(io.StringIO(text))
    try:
        node = constructor.composer.get_single_node()
        if node is None:
            return None
        _check_nodes(path, node)
        return constructor.construct_document(node)
    except ChronologyFileError:
        raise
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = " ".join(part for part in (error.context, error.problem) if part) or "invalid YAML"
        if "duplicate key" in problem:
            problem = problem.replace('found duplicate key "', "duplicate key '").replace('" with value', "' with")
        raise ChronologyFileError(path, f"YAML syntax error: {_one_line(problem)}", line) from None
    except (YAMLError, ValueError, TypeError) as error:
        raise ChronologyFileError(path, f"YAML error: {_one_line(str(error))}") from None
    finally:
        parser.dispose()
        for component in (yaml._reader, yaml._scanner):  # reset like YAML.load does
            reset = getattr(component, f"reset_{'reader' if component is yaml._reader else 'scanner'}", None)
            if reset:
                reset()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _check_nodes(path: Path, root: Node) -> None:
    """Refuse unknown tags and alias bombs before anything is constructed."""
    distinct: set[int] = set()
    sizes: dict[int, int] = {}
    on_path: set[int] = set()

    def size(node: Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in on_path:
            raise ChronologyFileError(path, "an alias refers to itself (recursive anchor)", node.start_mark.line + 1)
        tag = str(node.tag)
        if tag not in _ALLOWED_TAGS and not (isinstance(node, ScalarNode) and tag == _TIMESTAMP_TAG):
            raise ChronologyFileError(
                path,
                f"tag {node.tag!s} is not allowed: chronology files hold plain text, numbers, lists and mappings only",
                node.start_mark.line + 1,
            )
        distinct.add(key)
        on_path.add(key)
        total = 1
        if isinstance(node, SequenceNode):
            total += sum(size(child) for child in node.value)
        elif isinstance(node, MappingNode):
            total += sum(size(k) + size(v) for k, v in node.value)
        on_path.discard(key)
        sizes[key] = total
        if total - len(distinct) > MAX_ALIAS_EXPANSION:
            raise ChronologyFileError(
                path,
                f"anchors and aliases expand to more than {MAX_ALIAS_EXPANSION} extra nodes (an alias bomb?); refused",
                node.start_mark.line + 1,
            )
        return total

    size(root)


def dump(data: Any, indent: Indent) -> str:
    stream = io.StringIO()
    new_yaml(indent).dump(data, stream)
    return stream.getvalue()
