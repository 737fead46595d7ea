"""The store's memo: an incremental build skips a chronology only when neither its file nor its input changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import generated_event

import chronology.pipeline as pipeline
from chronology.store import load_chronology

SUNDAY = generated_event("Talks in the valley continued till Sunday.", "2021-09-05", expression="till Sunday")
MONDAY = generated_event("On Monday the fighters said they had retreated.", "2021-09-06")
OTHER = generated_event("The airport reopened on Monday.", "2021-09-06", article="articles/b.md")


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "content" / "chronologies", tmp_path / ".cache"


def store(folders, generated):
    folder, cache = folders
    return pipeline.store_chronologies(folder, generated, {"main": "Main", "other": "Other"}, cache)


def counting_reads(monkeypatch, parsed: list[str] | None = None) -> list[str]:
    """The chronologies loaded: parsed, or rebuilt as the build that wrote them kept them (also in ``parsed``
    for a parse)."""
    reads: list[str] = []
    real, kept = pipeline.read_chronology, pipeline.ParseCache.get

    def read(path):
        reads.append(Path(path).stem)
        if parsed is not None:
            parsed.append(Path(path).stem)
        return real(path)

    def get(self, path, raw):
        found = kept(self, path, raw)
        if found is not None:
            reads.append(Path(path).stem)
        return found

    monkeypatch.setattr(pipeline, "read_chronology", read)
    monkeypatch.setattr(pipeline.ParseCache, "get", get)
    return reads


def test_unchanged_file_with_unchanged_input_is_not_read_again(folders, monkeypatch):
    first = store(folders, {"main": [SUNDAY, MONDAY], "other": [OTHER]})
    reads = counting_reads(monkeypatch)
    again = store(folders, {"main": [SUNDAY, MONDAY], "other": [OTHER]})
    assert reads == [] and again == first
    more = generated_event("Shops opened again on Monday.", "2021-09-06", article="articles/c.md")
    changed = store(folders, {"main": [SUNDAY, MONDAY], "other": [OTHER, more]})
    assert reads == ["other"]  # only the chronology that gets a new event is read
    assert changed[0] == first[0] and len(changed[1].events) == 2


def test_a_hand_edit_is_read_and_kept(folders, monkeypatch):
    folder, _ = folders
    store(folders, {"main": [SUNDAY, MONDAY]})
    path = folder / "main.yaml"
    path.write_text(path.read_text().replace("date: 2021-09-06", "date: 2021-09-07"))
    parsed: list[str] = []
    reads = counting_reads(monkeypatch, parsed)
    stored = store(folders, {"main": [SUNDAY, MONDAY]})
    assert reads == parsed == ["main"]  # parsed: the file is not what the build wrote
    assert [event.date for event in stored[0].events] == ["2021-09-05", "2021-09-07"]
    assert [event.date for event in load_chronology(path).events] == ["2021-09-05", "2021-09-07"]


def test_a_corrupt_memo_is_rebuilt_not_trusted(folders, monkeypatch):
    _, cache = folders
    first = store(folders, {"main": [SUNDAY]})
    (cache / "store-memo" / "main.pickle").write_bytes(b"not a pickle")
    reads = counting_reads(monkeypatch)
    assert store(folders, {"main": [SUNDAY]}) == first and reads == ["main"]
    assert store(folders, {"main": [SUNDAY]}) == first and reads == ["main"]  # rebuilt: skipped again


def test_only_the_changed_chronology_is_written_to_the_memo(folders):
    _, cache = folders
    store(folders, {"main": [SUNDAY], "other": [OTHER]})
    entries = {path.name: path.stat().st_ino for path in (cache / "store-memo").iterdir()}
    assert sorted(entries) == ["main.pickle", "other.pickle"]
    store(folders, {"main": [SUNDAY, MONDAY], "other": [OTHER]})
    after = {path.name: path.stat().st_ino for path in (cache / "store-memo").iterdir()}  # a rewrite is a new file
    assert after["other.pickle"] == entries["other.pickle"] and after["main.pickle"] != entries["main.pickle"]


def test_memo_of_a_removed_chronology_is_deleted(folders):
    folder, cache = folders
    store(folders, {"main": [SUNDAY], "other": [OTHER]})
    (folder / "other.yaml").unlink()
    store(folders, {"main": [SUNDAY]})
    assert sorted(path.name for path in (cache / "store-memo").iterdir()) == ["main.pickle"]


def test_warnings_of_a_skipped_file_are_repeated(folders):
    folder, _ = folders
    store(folders, {"main": [SUNDAY]})
    path = folder / "main.yaml"
    path.write_text(path.read_text().replace("title: Main\n", "title: Main\nreviewer: Ana\n"))
    for _ in range(2):
        with pytest.warns(UserWarning, match="unknown key 'reviewer'"):
            store(folders, {"main": [SUNDAY]})
