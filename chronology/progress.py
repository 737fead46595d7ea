"""Progress of a build, stage by stage: a bar on a terminal, plain log lines elsewhere, nothing when quiet."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

log = logging.getLogger("chronology")
_BAR_WIDTH = 28
_REDRAW_SECONDS = 0.1


class Progress:
    """Reports stages as they run and keeps how long each took (``timings``)."""

    def __init__(self, stream: TextIO | None = None, bar: bool | None = None, log_lines: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.bar = self.stream.isatty() if bar is None else bar
        self.log_lines = log_lines  # without a bar: one log line as each stage ends
        self.timings: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str, total: int = 0) -> Iterator[Callable[[int], None]]:
        """Time a stage; the yielded function advances its bar by a number of items done."""
        began = time.perf_counter()
        done = 0
        last_draw = 0.0

        def advance(count: int = 1) -> None:
            nonlocal done, last_draw
            done += count
            now = time.perf_counter()
            if self.bar and total and now - last_draw >= _REDRAW_SECONDS:
                last_draw = now
                self._draw(name, done, total)

        yield advance
        elapsed = time.perf_counter() - began
        self.timings[name] = self.timings.get(name, 0.0) + elapsed
        if self.bar and total:
            self._draw(name, total, total)
            self.stream.write(f" {elapsed:.2f}s\n")
        elif self.log_lines:
            log.info("%-7s %s%.2fs", name, f"{total} items, " if total else "", elapsed)

    def _draw(self, name: str, done: int, total: int) -> None:
        filled = _BAR_WIDTH * done // total
        bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
        self.stream.write(f"\r{name:<7} [{bar}] {done}/{total}")
        self.stream.flush()


class SilentProgress(Progress):
    """Times stages and shows nothing: for library use and tests."""

    def __init__(self) -> None:
        super().__init__(stream=sys.stderr, bar=False, log_lines=False)
