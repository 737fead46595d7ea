"""Digests for the build's caches: of bytes, and of the source files a cache must not outlive."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path


def digest_files(paths: Iterable[Path], seed: str = "") -> str:
    """sha256 hex digest of ``seed`` then each file's name and bytes, in the order given."""
    digest = hashlib.sha256(seed.encode())
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def digest_bytes(data: bytes) -> str:
    """sha256 hex digest of ``data``: an article's content, a chronology file as written, a cache key."""
    return hashlib.sha256(data).hexdigest()
