"""Writing a file a person may be editing: atomically, and one build at a time."""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from collections.abc import Iterator
from pathlib import Path

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on a folder while the chronologies in it are read, merged and written.

    Two builds at once then take turns instead of interleaving their writes (or losing one's merge). On POSIX
    the lock is an ``flock`` on the folder itself, so no lock file is left behind; it is released when the
    process ends, even by a crash. Elsewhere a hidden ``.chronology.lock`` file in the folder is locked.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if fcntl is not None:
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield
        finally:
            os.close(descriptor)  # closing releases the lock
        return
    import msvcrt  # pragma: no cover - Windows

    with open(folder / ".chronology.lock", "a+b") as handle:  # pragma: no cover - Windows
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
        try:
            yield
        finally:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)


def write_atomically(path: Path, text: str, newline: str = "\n") -> None:
    """Replace ``path`` with ``text`` so that a reader (or a crash) only ever sees the old or the new file.

    The text goes to a temporary file in the same folder (same file system, so the rename is atomic), is
    flushed to disk, then renamed over the old file. The old file's permissions are kept.
    """
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline=newline) as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        try:
            os.chmod(temp, path.stat().st_mode & 0o7777)
        except FileNotFoundError:
            os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def pickle_atomically(path: Path, data: object) -> None:
    """Replace the cache file ``path`` with ``data`` pickled, through a temporary file and a rename.

    For the build's own caches (never edited by hand, rebuilt when lost): no fsync, no permissions kept.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(data, stream, protocol=5)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
