"""Errors a user can act on: each names the file, and the line where there is one."""

from __future__ import annotations

import os


def display_path(path: object) -> str:
    """``path`` as a message shows it: relative to the working directory when it lies under it, as typed
    paths are, so a full build and ``--no-site`` (which resolve the content folder differently) name files alike."""
    text = str(path)
    if not os.path.isabs(text):
        return text
    try:
        relative = os.path.relpath(text)
    except ValueError:  # another drive on Windows
        return text
    return text if relative == os.pardir or relative.startswith(os.pardir + os.sep) else relative


class ChronologyError(Exception):
    """A problem in the user's input, reported as ``file:line: message`` and never as a traceback."""

    def __init__(self, path: object, message: str, line: int | None = None) -> None:
        self.path = display_path(path)
        self.line = line
        self.message = message
        super().__init__(str(self))

    @property
    def location(self) -> str:
        """``file:line``, or the file alone where there is no line."""
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class ArticleError(ChronologyError):
    """An article that cannot be read: missing or malformed front matter, bad encoding, ..."""


class ChronologyFileError(ChronologyError):
    """A chronology YAML file that cannot be loaded or fails validation."""


class InputErrors(ChronologyError):
    """Several problems found before anything was written; the build stops and lists them all."""

    def __init__(self, errors: list[ChronologyError]) -> None:
        self.errors = errors
        super().__init__(errors[0].path, errors[0].message, errors[0].line)

    def __str__(self) -> str:
        lines = [str(error) for error in self.errors]
        count = len(self.errors)
        lines.append(f"{count} problem{'s' if count != 1 else ''} in the input; nothing was written")
        return "\n".join(lines)
