"""What the store last made of each chronology, so an incremental build skips the files it would not change.

Reading a chronology costs about a second per 4 MB (libyaml). When a file's bytes are exactly what the last
build left, and the events generated for it and its title are exactly what that build merged, the merge would
change nothing (a rebuild with the same input is a no-op) and give the same chronology: the memo returns that
chronology (and repeats the file's warnings) without reading the file. Any difference, or a missing, stale or
corrupt memo, means the file is read and merged as usual. The memo lives in the build's cache folder (never
committed); deleting it only costs time.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from chronology.digests import digest_files
from chronology.events.model import Chronology, Event
from chronology.store.files import pickle_atomically


def _code_version() -> str:
    """A digest of the code that decides what a build makes of the same input.

    That is the store, the event model and the date notation. Any change to them (a new release, an edited merge
    rule) invalidates the memo and the parse cache, so no cached result outlives the code that made it.
    """
    package = Path(__file__).resolve().parent.parent
    sources = [*sorted((package / "store").glob("*.py")), package / "events" / "model.py", package / "dates.py"]
    return digest_files(sources)[:16]


MEMO_VERSION = f"1-{_code_version()}"  # the number: a change of format the code digest alone would not show


def digest_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def digest_input(path: str, title: str, generated: list[Event] | str) -> str:
    """What the build merges into a file: its path (messages name it), its title and the generated events,
    or a digest of what made them (the same digest must mean the same events)."""
    return digest_bytes(pickle.dumps((MEMO_VERSION, path, title, generated), protocol=5))


@dataclass
class Entry:
    file: str  # digest of the file's bytes as the build left them
    given: str  # digest of the title and generated events merged into it
    chronology: Chronology
    warnings: list[str] = field(default_factory=list)


class StoreMemo:
    """The memo file, ``store-memo.pickle`` in the cache folder (None: no memo)."""

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / "store-memo.pickle" if folder is not None else None
        self.entries: dict[str, Entry] = {}
        self.changed = False
        if self.path is None or not self.path.is_file():
            return
        try:
            with open(self.path, "rb") as stream:
                version, entries = pickle.load(stream)
            if version == MEMO_VERSION and isinstance(entries, dict):
                self.entries = entries
        except Exception:  # a corrupt or foreign memo is never trusted, only rebuilt
            self.entries = {}

    def get(self, slug: str, raw: bytes, given: str) -> Entry | None:
        entry = self.entries.get(slug)
        if entry is None or entry.given != given or entry.file != digest_bytes(raw):
            return None
        return entry

    def put(self, slug: str, path: Path, given: str, chronology: Chronology, warnings: list[str]) -> bytes | None:
        """Remember what the build made of the file as it now is; returns its bytes (None: unreadable)."""
        try:
            raw = path.read_bytes()
        except OSError:
            self.entries.pop(slug, None)
            return None
        self.entries[slug] = Entry(digest_bytes(raw), given, chronology, warnings)
        self.changed = True
        return raw

    def retain(self, slugs: set[str]) -> None:
        for slug in set(self.entries) - slugs:
            del self.entries[slug]
            self.changed = True

    def save(self) -> None:
        if self.path is None or not self.changed:
            return
        pickle_atomically(self.path, (MEMO_VERSION, self.entries))
