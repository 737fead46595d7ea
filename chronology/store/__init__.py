"""Hand-editable YAML chronologies: load and validate them, merge rebuilt events into them, write them safely.

* :func:`load_chronology` reads and validates a file; problems raise :class:`ChronologyFileError` (file, line,
  event id), unknown keys are reported as :class:`ChronologyFileWarning` through :mod:`warnings`.
* :func:`update_chronology` merges freshly generated events into the file (see :mod:`chronology.store.merge`
  for the rules), writes it only when its text changes, atomically and under a lock, and returns what it
  stores.
* :func:`inspect_chronology` reports every error and warning without raising, for ``chronology check``.
"""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap

from chronology.errors import ChronologyFileError
from chronology.events.model import Chronology, Event
from chronology.store import fastyaml, yamlfile
from chronology.store.emit import Emitter, Unwritable
from chronology.store.files import folder_lock, write_atomically
from chronology.store.layout import Layout, NotSliceable, freeze, read_layout
from chronology.store.merge import Merger
from chronology.store.validate import Findings, to_chronology
from chronology.store.writer import render

__all__ = [
    "SCHEMA_PATH",
    "ChronologyFileWarning",
    "StoredFile",
    "inspect_chronology",
    "load_chronology",
    "read_chronology",
    "update_chronology",
]

log = logging.getLogger("chronology")
# Read every file written by slices back and compare (a full parse: slow); the tests always do.
VERIFY_WRITES = os.environ.get("CHRONOLOGY_VERIFY_WRITES") == "1"
SCHEMA_PATH = Path(__file__).with_name("chronology.schema.json")


class ChronologyFileWarning(UserWarning):
    """Something in a chronology file that is kept but probably not meant (an unknown key, often a typo)."""


@dataclass
class StoredFile:
    """A chronology file as read: its text, its round-trip data, the model and what checking it found."""

    path: Path
    text: str | None  # None: the file does not exist yet
    data: Any
    chronology: Chronology | None
    findings: Findings = field(default_factory=Findings)
    newline: str = "\n"
    plain: bool = False  # read by libyaml (fastyaml): its data carries no comments
    layout: Layout | None = None  # where its parts are, when read for an update and the slices cover it
    raw: bytes = b""  # the file's bytes as read, to tell whether it changed since
    settled: frozenset[bytes] = frozenset()  # events the build that wrote these bytes merged (see Merger.merge)


OnWritten = Callable[["StoredFile"], None]


def _slug(path: Path) -> str:
    return path.stem


def _read(path: Path, missing_ok: bool, for_update: bool = False) -> StoredFile:
    findings = Findings()
    if not path.exists():
        if not missing_ok:
            raise ChronologyFileError(path, "no such chronology file")
        return StoredFile(path, None, None, None, findings)
    text = yamlfile.read_text(path)
    raw = path.read_bytes()
    layout = None
    try:
        parsed = fastyaml.read(text)
        data, plain = parsed.data, True
        if for_update and data is not None:
            try:
                layout = read_layout(parsed)
            except NotSliceable as reason:
                log.debug("%s: %s; the whole file will be round-tripped with ruamel", path, reason)
        del parsed  # the nodes are big; the layout keeps what the writer needs
    except fastyaml.NotPlain:
        data, plain = yamlfile.parse(path, text), False  # ruamel reads it, or words the error
    chronology = to_chronology(path, _slug(path), data, findings)
    return StoredFile(path, text, data, chronology, findings, yamlfile.newline_of(path), plain, layout, raw)


def inspect_chronology(
    path: Path,
) -> tuple[Chronology | None, list[ChronologyFileError], list[ChronologyFileError]]:
    """Check a file without raising: (the chronology or None, errors, warnings)."""
    try:
        stored = _read(path, missing_ok=False)
    except ChronologyFileError as error:
        return None, [error], []
    chronology = stored.chronology if not stored.findings.errors else None
    return chronology, stored.findings.errors, stored.findings.warnings


def _raise_first(stored: StoredFile) -> None:
    errors = stored.findings.errors
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
        raise ChronologyFileError(first.path, first.message + more, first.line)
    for warning in stored.findings.warnings:
        warnings.warn(ChronologyFileWarning(str(warning)), stacklevel=3)


def load_chronology(path: Path) -> Chronology:
    """Read and validate a chronology file; events come back in date order.

    Raises :class:`ChronologyFileError` naming the file, the line and the event for anything that makes the
    file unusable; unknown keys are reported with :func:`warnings.warn` as :class:`ChronologyFileWarning`.
    """
    path = Path(path)
    stored = _read(path, missing_ok=False)
    _raise_first(stored)
    assert stored.chronology is not None
    return stored.chronology


def schema_comment(path: Path) -> str:
    """The editor hint at the top of a new file: where the JSON Schema is, relative to the file."""
    try:
        target = os.path.relpath(SCHEMA_PATH.resolve(), path.parent.resolve())
    except ValueError:  # another drive on Windows
        target = SCHEMA_PATH.resolve().as_uri()
    return f"yaml-language-server: $schema={Path(target).as_posix()}"


def read_chronology(path: Path) -> StoredFile:
    """Read and validate a chronology file once, for :func:`update_chronology` to merge into.

    Raises like :func:`load_chronology` and warns about unknown keys (once: the update does not warn again).
    """
    path = Path(path)
    stored = _read(path, missing_ok=False, for_update=True)
    _raise_first(stored)
    return stored


def _current(path: Path, loaded: StoredFile | None) -> tuple[StoredFile, bool]:
    """The file as it is now: ``loaded`` when the file has not changed since, else read again; and whether
    it was read again (then its warnings are new)."""
    if loaded is not None and loaded.path == path and loaded.text is not None:
        try:
            if path.read_bytes() == loaded.raw:
                return loaded, False
        except OSError:
            pass
    return _read(path, missing_ok=True, for_update=True), True


def _update_by_slices(
    path: Path, slug: str, title: str, generated: list[Event], stored: StoredFile, on_written: OnWritten | None
) -> Chronology:
    """Merge into the libyaml data and write the file as slices of its text (see :mod:`.layout`)."""
    data = stored.data if stored.text is not None else None
    layout = stored.layout if data is not None else None
    if data is None:
        data = CommentedMap()
        data["title"] = title
    validated = _validated_events(stored) if layout is not None else []
    merger = Merger(data, title, plain=True)
    merger.merge(generated, stored.settled)
    if not merger.changed and stored.chronology is not None:
        return replace(stored.chronology, slug=slug)
    emitter = Emitter(yamlfile.guess_indent(stored.text or ""))
    rendered = render(layout, data, f"# {schema_comment(path)}\n", emitter, path, merger.unchanged)
    text = rendered.text
    known = {id(item): event for item, event in validated if merger.unchanged(item)}
    if text == stored.text:
        return to_chronology(path, slug, data, Findings(), known)
    result, findings = _check_written(path, slug, text, data, known)
    write_atomically(path, text, stored.newline)
    if on_written is not None and rendered.exact and not findings.warnings:
        raw = (text if stored.newline == "\n" else text.replace("\n", stored.newline)).encode("utf-8")
        written = StoredFile(path, text, data, result, findings, stored.newline, True, rendered.layout, raw)
        written.settled = merger.merged
        on_written(written)
    return result


def _validated_events(stored: StoredFile) -> list[tuple[Any, Event]]:
    """Each event of a file read without error or warning, with its item in the data: the merge leaves most
    of them as they are, and those need no checking again (see :func:`to_chronology`)."""
    if stored.chronology is None or stored.findings.errors or stored.findings.warnings:
        return []
    items = stored.data.get("events") if isinstance(stored.data, dict) else None
    if not isinstance(items, list):
        return []
    by_id = {event.id: event for event in stored.chronology.events}
    pairs = []
    for item in list.__iter__(items):
        raw = item.get("id") if isinstance(item, dict) else None
        if isinstance(raw, (str, int)) and not isinstance(raw, bool):
            event = by_id.get(str(raw).strip())
            if event is not None:
                pairs.append((item, event))
    return pairs


def _check_written(
    path: Path, slug: str, text: str, data: Any, known: Mapping[int, Event] | None = None
) -> tuple[Chronology, Findings]:
    """Check the merged data as strictly as any file a person wrote; the chronology it holds, and the warnings.

    ``known``: the events the merge did not change, as checked when the file was read (not checked again).
    That ``text`` reads back as ``data`` is certain by how it was written (see :mod:`chronology.store.writer`);
    with :data:`VERIFY_WRITES` it is read back and compared too, and a mismatch is an internal error; so is a
    check that reuses ``known`` giving anything but what a check of every event gives.
    """
    if VERIFY_WRITES:
        try:
            written = fastyaml.parse_plain(text)
        except fastyaml.NotPlain:
            written = yamlfile.parse(path, text)
        if freeze(written, styles=False) != freeze(data, styles=False):
            raise ChronologyFileError(path, "internal error, not written: the text does not read back as the data")
    findings = Findings()
    chronology = to_chronology(path, slug, data, findings, known)
    if findings.errors:
        raise ChronologyFileError(path, f"internal error, not written: {findings.errors[0].message}")
    if VERIFY_WRITES and known:
        everything = Findings()
        again = to_chronology(path, slug, data, everything)
        if again != chronology or everything.errors or _texts(everything.warnings) != _texts(findings.warnings):
            raise ChronologyFileError(path, "internal error, not written: reused events differ from a full check")
    return chronology, findings


def _texts(problems: list[ChronologyFileError]) -> list[str]:
    return [str(problem) for problem in problems]


def _update_by_round_trip(path: Path, slug: str, title: str, generated: list[Event], stored: StoredFile) -> Chronology:
    """Merge into ruamel's round-trip data of the whole file and dump it (layouts the slices do not cover)."""
    data = stored.data
    if data is None:
        data = CommentedMap()
        data["title"] = title
        data.yaml_set_start_comment(schema_comment(path))
    indent = yamlfile.guess_indent(stored.text or "")
    merger = Merger(data, title)
    merger.merge(generated)
    if merger.changed or stored.text is None:
        text = yamlfile.dump(data, indent)
        if text != stored.text:
            # Check what is about to be written as strictly as any file a person wrote.
            findings = Findings()
            to_chronology(path, slug, yamlfile.parse(path, text), findings)
            if findings.errors:
                raise ChronologyFileError(path, f"internal error, not written: {findings.errors[0].message}")
            write_atomically(path, text, stored.newline)
    return to_chronology(path, slug, data, Findings())


def update_chronology(
    path: Path,
    slug: str,
    title: str,
    generated: list[Event],
    loaded: StoredFile | None = None,
    on_written: OnWritten | None = None,
) -> Chronology:
    """Merge freshly generated events into the chronology file at ``path`` and return it as stored.

    A missing file is a new chronology. The file is written only when its text changes, through a temporary
    file and a rename, while holding a lock on its folder; a file with errors is left untouched (the error is
    raised). See :mod:`chronology.store.merge` for how edits, deletions and merges are kept. ``loaded`` is the
    file as :func:`read_chronology` read it, reused when the file has not changed since. ``on_written`` is
    given what a read of the file just written would give, when the writer is certain of it (see
    :mod:`chronology.store.parsecache`).
    """
    path = Path(path)
    with folder_lock(path.parent):
        stored, fresh = _current(path, loaded)
        if fresh or stored.findings.errors:
            _raise_first(stored)
        if stored.text is None or stored.data is None or stored.layout is not None:
            try:
                return _update_by_slices(path, slug, title, generated, stored, on_written)
            except (NotSliceable, Unwritable) as reason:
                log.debug("%s: %s; the whole file is round-tripped with ruamel", path, reason)
                stored = _read(path, missing_ok=True)  # the merge changed the data: read it again
        if stored.plain and stored.text is not None and stored.data is not None:
            stored.data = yamlfile.parse(path, stored.text)  # with its comments
        result = _update_by_round_trip(path, slug, title, generated, stored)
    return result
