"""A build that adds a few events to a big chronology does work in proportion to what changed: the events the
merge leaves alone are neither checked again nor compared again, and the result is what a build without any
cache writes and returns."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from conftest import generated_event
from test_store_property import DATES, pool_event

import chronology.pipeline as pipeline
import chronology.store as store
import chronology.store.validate as validate
import chronology.store.writer as writer
from chronology.errors import ChronologyFileError
from chronology.store import ChronologyFileWarning, update_chronology
from chronology.store.merge import Merger
from chronology.store.parsecache import ParseCache

TITLES = {"main": "Main"}


def build(folder: Path, pool, cache: Path | None):
    return pipeline.store_chronologies(folder, {"main": list(pool)}, TITLES, cache)


def distinct_event(number: int):
    """A report in words no other report uses (never the same report as another)."""
    words = " ".join(f"word{number}x{k}" for k in range(6))
    return generated_event(f"Report {words} on Monday.", DATES[number % len(DATES)], article=f"articles/a{number}.md")


def counting(monkeypatch: pytest.MonkeyPatch, module, name: str, counts=lambda value: True) -> list[int]:
    """Count the calls of ``module.name`` whose first argument ``counts``."""
    calls = [0]
    real = getattr(module, name)

    def counted(*args, **kwargs):
        calls[0] += counts(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_only_the_events_the_merge_changed_are_checked_and_compared_again(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(store, "VERIFY_WRITES", False)  # (the verified write checks every event: on purpose)
    folder, cache = tmp_path / "cached" / "chronologies", tmp_path / "cache"
    pool = [distinct_event(number) for number in range(60)]
    build(folder, pool, cache)
    build(folder, [*pool, distinct_event(60)], cache)  # written by a build that kept its reading
    shutil.copytree(folder, tmp_path / "fresh")
    checked = counting(monkeypatch, validate, "_event")
    frozen = counting(monkeypatch, writer, "freeze", lambda value: isinstance(value, dict) and "sources" in value)
    corrected = dataclasses.replace(pool[5], summary=pool[5].summary + " (corrected)")
    more = [*pool[:5], corrected, *pool[6:], distinct_event(60), distinct_event(61)]
    result = build(folder, more, cache)
    assert checked[0] == 2  # the new event and the corrected one; not the 60 others
    assert frozen[0] == 2  # the new event and the corrected one (to keep them); not the 59 others
    monkeypatch.undo()
    assert result[0].events == build(tmp_path / "fresh", more, None)[0].events
    assert (folder / "main.yaml").read_bytes() == (tmp_path / "fresh" / "main.yaml").read_bytes()


def test_an_event_changed_in_place_that_the_merge_did_not_report_fails_the_verified_write(tmp_path: Path, monkeypatch):
    folder, cache = tmp_path / "chronologies", tmp_path / "cache"
    pool = [distinct_event(number) for number in range(6)]
    build(folder, pool, cache)
    build(folder, [*pool, distinct_event(6)], cache)
    before = (folder / "main.yaml").read_bytes()
    monkeypatch.setattr(Merger, "unchanged", lambda self, item: self._given.get(id(item)) is item)  # a lie
    corrected = dataclasses.replace(pool[2], summary=pool[2].summary + " (corrected)")
    with pytest.raises(ChronologyFileError, match="internal error"):
        build(folder, [*pool[:2], corrected, *pool[3:], distinct_event(6)], cache)
    assert (folder / "main.yaml").read_bytes() == before  # nothing written


def test_a_file_with_warnings_is_checked_whole_and_its_reading_not_kept(tmp_path: Path):
    folder, cache = tmp_path / "chronologies", tmp_path / "cache"
    pool = [distinct_event(number) for number in range(4)]
    build(folder, pool, cache)
    path = folder / "main.yaml"
    text = path.read_text()
    at = text.index("  sources:", text.index(f"- id: {pool[1].id}\n"))
    path.write_text(text[:at] + "  note: checked by the desk\n" + text[at:])
    with pytest.warns(ChronologyFileWarning, match="note"):
        stored = build(folder, [*pool, distinct_event(4)], cache)
    assert "note: checked by the desk" in path.read_text()
    assert len(stored[0].events) == 5
    assert ParseCache(cache).get(path, path.read_bytes()) is None  # its warnings need a read: not kept


def test_a_new_event_goes_after_the_last_earlier_one_counting_from_the_end_in_a_list_a_person_reordered(
    chronology_path: Path,
):
    first = [pool_event(number, date) for number, date in enumerate(["2021-09-01", "2021-09-02", "2021-09-09"])]
    assert len({event.id for event in first}) == 3
    update_chronology(chronology_path, "main", "Main", first)
    text = chronology_path.read_text()
    start, end = text.index(f"- id: {first[2].id}\n"), text.index("generated:")
    block = text[start:end]
    if not block.endswith("\n"):
        block += "\n"
    moved = text[:start] + text[end:]
    second = moved.index(f"- id: {first[1].id}\n")
    chronology_path.write_text(moved[:second] + block + moved[second:])  # 09-01, 09-09, 09-02
    new = pool_event(3, "2021-09-05")
    stored = update_chronology(chronology_path, "main", "Main", [*first, new])
    text = chronology_path.read_text()
    order = sorted((text.index(f"- id: {event.id}\n"), event.date) for event in [*first, new])
    assert [date for _, date in order] == ["2021-09-01", "2021-09-09", "2021-09-02", "2021-09-05"]
    assert [event.date for event in stored.events] == ["2021-09-01", "2021-09-02", "2021-09-05", "2021-09-09"]


def test_merging_the_same_input_into_its_own_result_changes_nothing(tmp_path: Path):
    """An event whose attached report went away with it goes in the same merge, not only in the next one (the
    store memo skips that next one: it would differ from a build without the memo)."""
    folder = tmp_path / "chronologies"
    pool = [pool_event(0, "2021-09-05")]
    build(folder, pool, None)
    pool = [*pool, pool_event(1, "2021-09"), pool_event(2, "2021-09")]  # the second is attached to the first
    build(folder, pool, None)
    assert (folder / "main.yaml").read_text().count("- article:") == 3
    build(folder, pool[:1], None)  # both went away
    once = (folder / "main.yaml").read_bytes()
    build(folder, pool[:1], None)
    assert (folder / "main.yaml").read_bytes() == once
    assert pool[1].id not in once.decode() and pool[2].id not in once.decode()


def test_an_event_given_twice_counts_as_merged_only_as_the_merge_took_it(tmp_path: Path):
    """Of two events with one id the merge takes the first; the second, not merged, is not settled either:
    given alone later it is merged, as a build without cache merges it."""
    folder, cache = tmp_path / "cached" / "chronologies", tmp_path / "cache"
    pool = [distinct_event(number) for number in range(3)]
    later = dataclasses.replace(pool[2], date="2021-08-30")
    build(folder, pool, cache)
    build(folder, [*pool, later, distinct_event(3)], cache)  # written; later (the same id) not merged
    shutil.copytree(folder, tmp_path / "fresh")
    result = build(folder, [*pool[:2], later], cache)
    assert result[0].events == build(tmp_path / "fresh", [*pool[:2], later], None)[0].events
    assert (folder / "main.yaml").read_bytes() == (tmp_path / "fresh" / "main.yaml").read_bytes()
    assert "date: 2021-08-30" in (folder / "main.yaml").read_text()
