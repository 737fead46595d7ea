"""What the store last made of each chronology, so an incremental build skips the files it would not change.

Reading a chronology costs about a second per 4 MB (libyaml). When a file's bytes are exactly what the last
build left, and the events generated for it and its title are exactly what that build merged, the merge would
change nothing (a rebuild with the same input is a no-op) and give the same chronology: the memo returns that
chronology (and repeats the file's warnings) without reading the file. Any difference, or a missing, stale or
corrupt memo, means the file is read and merged as usual. The memo lives in the build's cache folder (never
committed); deleting it only costs time.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from pathlib import Path

from chronology.digests import digest_bytes, digest_files
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
    """The memo: one file per chronology, ``store-memo/<slug>.pickle`` in the cache folder (None: no memo).

    One file each, so that a build that changes one chronology of many rewrites that one entry only.
    """

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder / "store-memo" if folder is not None else None
        self.entries: dict[str, Entry] = {}
        self._on_disk: set[str] = set()
        self._changed: set[str] = set()
        if folder is not None:
            (folder / "store-memo.pickle").unlink(missing_ok=True)  # one file for all, as older releases kept it
        if self.folder is None or not self.folder.is_dir():
            return
        for path in sorted(self.folder.glob("*.pickle")):
            self._on_disk.add(path.stem)
            try:
                version, entry = pickle.loads(path.read_bytes())
            except Exception:  # a corrupt or foreign entry is never trusted, only rebuilt
                continue
            if version == MEMO_VERSION and isinstance(entry, Entry):
                self.entries[path.stem] = entry

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
            self._changed.add(slug)
            return None
        self.entries[slug] = Entry(digest_bytes(raw), given, chronology, warnings)
        self._changed.add(slug)
        return raw

    def retain(self, slugs: set[str]) -> None:
        for slug in (set(self.entries) | self._on_disk) - slugs:
            self.entries.pop(slug, None)
            self._changed.add(slug)

    def save(self) -> None:
        if self.folder is None:
            return
        for slug in sorted(self._changed):
            path = self.folder / f"{slug}.pickle"
            if slug in self.entries:
                pickle_atomically(path, (MEMO_VERSION, self.entries[slug]))
                self._on_disk.add(slug)
            else:
                path.unlink(missing_ok=True)
                self._on_disk.discard(slug)
        self._changed.clear()
