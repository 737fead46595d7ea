"""What a build depends on, as one hash: when it has not changed since the last build, nothing needs doing.

The inputs are every file under the content folder (articles and chronologies), the templates, the MkDocs
configuration and chronology's own code (rules included). File contents are hashed, not their times, so a
checkout or a copy that keeps the bytes keeps the fingerprint, and any real change, however small, rebuilds.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

import chronology
from chronology.store.files import write_atomically

PACKAGE_DIR = Path(chronology.__file__).resolve().parent


def _files_under(folder: Path) -> Iterable[Path]:
    if folder.is_file():
        yield folder
        return
    if not folder.is_dir():
        return
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(name for name in dirs if not name.startswith(".") and name != "__pycache__")
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def fingerprint(inputs: Iterable[Path], salt: str = "") -> str:
    """One hash over the contents of every file in ``inputs`` (files or folders), the package code and ``salt``."""
    digest = hashlib.sha256(salt.encode("utf-8"))
    for root in [*inputs, PACKAGE_DIR]:
        for path in _files_under(root):
            if path.suffix in (".pyc", ".tmp"):
                continue
            digest.update(str(path.relative_to(root) if root.is_dir() else path.name).encode("utf-8"))
            digest.update(b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


class BuildRecord:
    """The fingerprint of the last successful build, kept in the cache folder."""

    def __init__(self, cache_dir: Path) -> None:
        self.path = cache_dir / "last-build.json"

    def matches(self, value: str, site_dir: Path) -> bool:
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return (
            isinstance(record, dict)
            and record.get("fingerprint") == value
            and record.get("site_dir") == str(site_dir.resolve())
            and (site_dir / "index.html").is_file()
        )

    def save(self, value: str, site_dir: Path) -> None:
        write_atomically(
            self.path, json.dumps({"fingerprint": value, "site_dir": str(site_dir.resolve())}, sort_keys=True)
        )
