"""Read TimeML (``.tml``) documents: the plain text, the creation time and the gold TIMEX3 spans.

The plain text is the content of ``<TEXT>`` with every tag dropped and XML entities unescaped; gold offsets
are character offsets into that text. They come from walking the parsed XML tree and adding up each element's
text and tail, never from regexes over the markup, so nested ``<EVENT>``/``<SIGNAL>`` tags and entities such
as ``&amp;`` cannot shift them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from chronology.errors import ChronologyError

TIMEML_SUFFIX = ".tml"


class TimeMLError(ChronologyError):
    """A TimeML file that cannot be read: missing, not XML, no ``<TEXT>``, no usable creation time."""


@dataclass(frozen=True)
class GoldTimex:
    """One gold temporal expression: its span in the plain text and its TIMEX3 annotation."""

    tid: str
    text: str
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class TimeMLDocument:
    """A TimeML document reduced to what the evaluation needs."""

    path: Path
    text: str
    creation_time: date | datetime  # a date, or a naive datetime when the DCT gives a time
    timexes: tuple[GoldTimex, ...]  # gold spans in text order; the creation time is not among them
    empty_timexes: int = 0  # TIMEX3 elements with no words inside <TEXT>: annotated, but no span to find
    # Spans of the creation time where it stands inside <TEXT> (a dateline): not scored, either way.
    unscored: tuple[tuple[int, int], ...] = ()


def parse_creation_time(value: str) -> date | datetime:
    """``1998-11-20`` -> a date; ``1998-11-20T19:30`` (or with seconds) -> a naive datetime."""
    value = value.strip()
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value)


def read_timeml(path: Path | str) -> TimeMLDocument:
    """Read one ``.tml`` file; a file that cannot be read raises :class:`TimeMLError` naming it."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        line, _column = getattr(error, "position", (None, None))
        reason = str(error).split(":")[0]  # expat's message without its "line L, column C" suffix
        raise TimeMLError(path, f"not well-formed XML: {reason}", line) from None
    except OSError as error:
        raise TimeMLError(path, f"cannot be read ({error.strerror or error})") from None
    return document_from_tree(path, root)


def document_from_tree(path: Path, root: ET.Element) -> TimeMLDocument:
    """Build the document from a parsed tree (``path`` only names it in errors)."""
    text_element = root if root.tag == "TEXT" else root.find(".//TEXT")
    if text_element is None:
        raise TimeMLError(path, "no <TEXT> element")
    creation_time = _creation_time(path, root)
    walker = _TextWalker()
    walker.walk(text_element)
    return TimeMLDocument(
        path=path,
        text="".join(walker.pieces),
        creation_time=creation_time,
        timexes=tuple(sorted(walker.timexes, key=lambda timex: (timex.start, timex.end))),
        empty_timexes=walker.empty,
        unscored=tuple(walker.unscored),
    )


def find_timeml_files(paths: Iterable[Path | str]) -> list[Path]:
    """The ``.tml`` files named or under the folders named, each folder's in sorted order, without repeats."""
    found: list[Path] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates = sorted(
                (p for p in path.rglob(f"*{TIMEML_SUFFIX}") if p.is_file()),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            if not candidates:
                raise TimeMLError(path, f"folder holds no {TIMEML_SUFFIX} files")
        elif path.is_file():
            candidates = [path]
        else:
            raise TimeMLError(path, "no such file or folder")
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def _creation_time(path: Path, root: ET.Element) -> date | datetime:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            value = timex.get("value", "")
            try:
                return parse_creation_time(value)
            except ValueError:
                raise TimeMLError(
                    path, f"creation time value {value!r} is not a date or datetime (e.g. 1998-11-20T19:30)"
                ) from None
    raise TimeMLError(path, 'no creation time (a TIMEX3 with functionInDocument="CREATION_TIME")')


class _TextWalker:
    """Collects the plain text of an element tree in document order, with the offsets of each TIMEX3."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.timexes: list[GoldTimex] = []
        self.empty = 0
        self.unscored: list[tuple[int, int]] = []

    def _add(self, text: str | None) -> None:
        if text:
            self.pieces.append(text)
            self.length += len(text)

    def walk(self, element: ET.Element) -> None:
        self._add(element.text)
        for child in element:
            start, first_piece = self.length, len(self.pieces)
            self.walk(child)
            if child.tag == "TIMEX3" and child.get("functionInDocument") != "CREATION_TIME":
                self._record(child, start, "".join(self.pieces[first_piece:]))
            elif child.tag == "TIMEX3" and self.length > start:
                self.unscored.append((start, self.length))
            self._add(child.tail)

    def _record(self, timex: ET.Element, start: int, words: str) -> None:
        if not words:
            self.empty += 1
            return
        self.timexes.append(
            GoldTimex(
                tid=timex.get("tid", ""),
                text=words,
                start=start,
                end=start + len(words),
                type=timex.get("type", ""),
                value=timex.get("value", ""),
                mod=timex.get("mod") or None,
            )
        )
