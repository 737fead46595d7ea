"""Build progress: a bar per stage on a terminal, a log line per stage elsewhere, silence when quiet."""

from __future__ import annotations

import io
import logging

import pytest

from chronology.progress import Progress, SilentProgress


def test_terminal_gets_a_bar_that_ends_full() -> None:
    stream = io.StringIO()
    progress = Progress(stream=stream, bar=True)
    with progress.stage("tag", total=4) as advance:
        for _ in range(4):
            advance(1)
    output = stream.getvalue()
    assert "\rtag     [" + "#" * 28 + "] 4/4" in output
    assert output.endswith("s\n")
    assert set(progress.timings) == {"tag"}


def test_without_a_terminal_each_stage_is_one_log_line(caplog: pytest.LogCaptureFixture) -> None:
    stream = io.StringIO()
    progress = Progress(stream=stream, bar=False)
    with caplog.at_level(logging.INFO, logger="chronology"):
        with progress.stage("read", total=3) as advance:
            advance(3)
        with progress.stage("store"):
            pass
    assert stream.getvalue() == ""
    lines = [record.getMessage() for record in caplog.records]
    assert len(lines) == 2
    assert lines[0].startswith("read    3 items, ")
    assert lines[1].startswith("store   ")


def test_silent_progress_times_but_prints_nothing(caplog: pytest.LogCaptureFixture) -> None:
    progress = SilentProgress()
    with caplog.at_level(logging.DEBUG, logger="chronology"), progress.stage("events", total=2) as advance:
        advance(2)
    assert caplog.records == []
    assert progress.timings["events"] >= 0
