"""A digest of source files, for caches that must not outlive the code or data that filled them."""

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
