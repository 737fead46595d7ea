"""Atomic writes and the build lock: an interrupted or concurrent build never leaves a half-written file."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest
from conftest import generated_event
from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.store import files as store_files
from chronology.store import load_chronology, update_chronology

SUNDAY = generated_event("Talks continued till Sunday.", "2021-09-05", expression="till Sunday")
MONDAY = generated_event("On Monday the fighters retreated.", "2021-09-06")


def test_crash_while_writing_leaves_the_old_file_whole(chronology_path: Path, monkeypatch):
    update_chronology(chronology_path, "main", "Main", [SUNDAY])
    before = chronology_path.read_bytes()

    real_fdopen = os.fdopen

    class Interrupted(Exception):
        pass

    def crashing_fdopen(*args, **kwargs):
        stream = real_fdopen(*args, **kwargs)
        real_write = stream.write

        def write(text):
            real_write(text[: len(text) // 2])  # half the text reaches the disk, then the build dies
            raise Interrupted

        stream.write = write
        return stream

    monkeypatch.setattr(store_files.os, "fdopen", crashing_fdopen)
    with pytest.raises(Interrupted):
        update_chronology(chronology_path, "main", "Main", [SUNDAY, MONDAY])
    assert chronology_path.read_bytes() == before
    assert [p.name for p in chronology_path.parent.iterdir()] == ["main.yaml"]  # no temp file left behind


def test_crash_before_the_rename_leaves_the_old_file_whole(chronology_path: Path, monkeypatch):
    update_chronology(chronology_path, "main", "Main", [SUNDAY])
    before = chronology_path.read_bytes()

    def no_rename(source, target):
        raise OSError("disk full")

    monkeypatch.setattr(store_files.os, "replace", no_rename)
    with pytest.raises(OSError):
        update_chronology(chronology_path, "main", "Main", [SUNDAY, MONDAY])
    assert chronology_path.read_bytes() == before
    assert [p.name for p in chronology_path.parent.iterdir()] == ["main.yaml"]


def test_write_keeps_file_permissions(chronology_path: Path):
    update_chronology(chronology_path, "main", "Main", [SUNDAY])
    chronology_path.chmod(0o640)
    update_chronology(chronology_path, "main", "Main", [SUNDAY, MONDAY])
    assert chronology_path.stat().st_mode & 0o777 == 0o640


WORDS = ("convoy", "bridge", "airport", "market", "valley", "border", "school", "harbour")


def _events(variant: str) -> list:
    return [
        generated_event(
            f"The {word} {variant} was reported on Monday.", f"2021-09-{day:02d}", article=f"a/{variant}.md"
        )
        for day, word in enumerate(WORDS, start=1)
    ]


def _rebuild(path: str, variant: str, rounds: int) -> None:
    for _ in range(rounds):
        update_chronology(Path(path), "main", "Main", _events(variant))


def test_concurrent_builds_take_turns_and_readers_always_see_a_whole_file(chronology_path: Path):
    update_chronology(chronology_path, "main", "Main", _events("closed"))
    context = multiprocessing.get_context("fork")
    builds = [context.Process(target=_rebuild, args=(str(chronology_path), v, 20)) for v in ("closed", "opened")]
    for build in builds:
        build.start()
    loads = 0
    while any(build.is_alive() for build in builds):
        load_chronology(chronology_path)  # never a half-written file
        loads += 1
    for build in builds:
        build.join(60)
        assert build.exitcode == 0
    assert loads > 0
    final = {event.summary for event in load_chronology(chronology_path).events}
    expected = [{event.summary for event in _events(variant)} for variant in ("closed", "opened")]
    assert final in expected


def _hold_lock(folder: str, held, release) -> None:
    with store_files.folder_lock(Path(folder)):
        held.set()
        release.wait(30)


def test_a_build_waits_for_the_lock_of_another(chronology_path: Path):
    context = multiprocessing.get_context("fork")
    held, release = context.Event(), context.Event()
    holder = context.Process(target=_hold_lock, args=(str(chronology_path.parent), held, release))
    holder.start()
    assert held.wait(30)
    writer = context.Process(target=_rebuild, args=(str(chronology_path), "closed", 1))
    writer.start()
    writer.join(1.0)
    assert writer.is_alive() and not chronology_path.exists()  # blocked while the other build holds the lock
    release.set()
    writer.join(30)
    holder.join(30)
    assert writer.exitcode == 0 and chronology_path.exists()


def test_folder_lock_is_exclusive(tmp_path: Path):
    import fcntl

    folder = tmp_path / "chronologies"
    with store_files.folder_lock(folder):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(descriptor)
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    finally:
        os.close(descriptor)


LINE = st.sampled_from(
    [
        "events:",
        "  sources:",
        "sources: # note",
        "- id: a",
        "  - article: x",
        "    - one",
        "      - two",
        "  key: value",
        "    deeper: value",
        "key: value",
        "",
        "   ",
        "# a comment",
        "  # indented comment",
        "-",
        "  -   spaced: x",
        "a: b: c",
        "\tkey:",
        "x:\xa0",
        "é:",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(LINE, max_size=12), st.booleans())
def test_indentation_is_guessed_as_the_line_by_line_reading_guesses(lines, final_newline):
    from chronology.store.yamlfile import _guess_indent, guess_indent

    text = "\n".join(lines) + ("\n" if final_newline else "")
    assert guess_indent(text) == _guess_indent(text, to_the_end=True)
