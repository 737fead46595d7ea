"""The data stages end to end on the shipped example articles: read, tag, events, store, and the build cache."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from chronology import pipeline
from chronology.errors import InputErrors


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()
    }


@pytest.fixture
def content(tmp_path: Path, project_root: Path) -> Path:
    """A copy of the shipped articles, without the shipped chronologies, so each test starts from nothing."""
    shutil.copytree(project_root / "content" / "articles", tmp_path / "content" / "articles")
    return tmp_path / "content"


def events_by_expression(result: pipeline.BuildResult, article: str) -> dict[str, tuple[str, str | None]]:
    found = {}
    for chronology in result.chronologies:
        for event in chronology.events:
            for source in event.sources:
                if source.article == article:
                    found[source.expression] = (event.date, event.qualifier)
    return found


def test_panjshir_example_becomes_dated_events(content: Path) -> None:
    result = pipeline.run(content, cache_dir=None)
    found = events_by_expression(result, "articles/2021-09-06-panjshir.md")
    assert found["Sunday"] == ("2021-09-05", None)
    assert found["Monday"] == ("2021-09-06", None)
    assert found["overnight"] == ("2021-09-05/2021-09-06", "night")
    assert found["Friday"] == ("2021-09-10", None)  # "will meet on Friday": the next one


def test_chronologies_are_written_in_date_order(content: Path) -> None:
    result = pipeline.run(content, cache_dir=None)
    assert sorted(chronology.slug for chronology in result.chronologies) == ["afghanistan-2021", "suez-canal-blockage"]
    assert (content / "chronologies" / "afghanistan-2021.yaml").is_file()
    from chronology.dates import parse_event_date

    for chronology in result.chronologies:
        keys = [parse_event_date(event.date).sort_key(event.qualifier) for event in chronology.events]
        assert keys == sorted(keys)


def test_second_build_changes_no_file(content: Path, tmp_path: Path) -> None:
    pipeline.run(content, cache_dir=tmp_path / "cache")
    before = snapshot(tmp_path)
    mtimes = {path: path.stat().st_mtime_ns for path in tmp_path.rglob("*") if path.is_file()}
    pipeline.run(content, cache_dir=tmp_path / "cache")
    assert snapshot(tmp_path) == before
    assert {path: path.stat().st_mtime_ns for path in tmp_path.rglob("*") if path.is_file()} == mtimes


def test_cache_retags_only_what_changed(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = pipeline.run(content, cache_dir=cache)
    assert (first.tagged, first.reused) == (5, 0)
    assert (pipeline.run(content, cache_dir=cache).tagged, pipeline.run(content, cache_dir=cache).reused) == (0, 5)
    article = content / "articles" / "2021-09-06-panjshir.md"
    article.write_text(article.read_text() + "\nThe front's leaders met again on Tuesday.\n")
    changed = pipeline.run(content, cache_dir=cache)
    assert (changed.tagged, changed.reused) == (1, 4)
    assert "Tuesday" in events_by_expression(changed, "articles/2021-09-06-panjshir.md")


def _tamper(cache: Path, article: str, part: int) -> None:
    """Flip a byte inside one cached part of one article (0: its tagging, 1: its events), as a bad disk would."""
    path = cache / "articles.pickle"
    data = pickle.loads(path.read_bytes())
    digest, tagging, events = data["entries"][article]
    blob, checksum = (tagging, events)[part]
    damaged = (blob[:-10] + bytes([blob[-10] ^ 0x55]) + blob[-9:], checksum)
    data["entries"][article] = (digest, damaged, events) if part == 0 else (digest, tagging, damaged)
    path.write_bytes(pickle.dumps(data))


def test_corrupt_cache_entry_is_rebuilt_not_trusted(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    clean = pipeline.run(content, cache_dir=cache)
    _tamper(cache, "articles/2021-09-06-panjshir.md", part=0)
    rebuilt = pipeline.run(content, cache_dir=cache)
    assert (rebuilt.tagged, rebuilt.reused) == (1, 4)
    assert rebuilt.expressions == clean.expressions
    assert pipeline.run(content, cache_dir=cache).reused == 5  # and the entry was written back whole


def test_corrupt_cached_events_are_rebuilt(content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    clean = pipeline.run(content, cache_dir=cache)
    _tamper(cache, "articles/2021-09-06-panjshir.md", part=1)
    built: list[str] = []
    monkeypatch.setattr(pipeline, "extract_events", _counting(pipeline.extract_events, built))
    assert pipeline.run(content, cache_dir=cache).chronologies == clean.chronologies
    assert built == []  # its chronology's input is unchanged: the memo stands for it, no event is needed
    kabul = content / "articles" / "2021-08-16-kabul.md"
    kabul.write_text(kabul.read_text() + "\n")  # the same chronology's input changes: its events are needed
    rebuilt = pipeline.run(content, cache_dir=cache)
    # the damaged one and the edited one; not the third article of that chronology, nor the other chronology's
    assert sorted(built) == ["articles/2021-08-16-kabul.md", "articles/2021-09-06-panjshir.md"]
    assert rebuilt.chronologies == clean.chronologies


def _counting(extract, calls: list[str]):  # type: ignore[no-untyped-def]
    def counted(article, expressions, sentences):  # type: ignore[no-untyped-def]
        calls.append(article.path)
        return extract(article, expressions, sentences)

    return counted


def test_events_are_cached_with_the_tagging(content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    pipeline.run(content, cache_dir=cache)
    built: list[str] = []
    monkeypatch.setattr(pipeline, "extract_events", _counting(pipeline.extract_events, built))
    article = content / "articles" / "2021-09-06-panjshir.md"
    article.write_text(article.read_text() + "\nThe front's leaders met again on Tuesday.\n")
    changed = pipeline.run(content, cache_dir=cache)
    assert built == ["articles/2021-09-06-panjshir.md"]
    assert "Tuesday" in events_by_expression(changed, "articles/2021-09-06-panjshir.md")
    # the same events as a build with no cache at all
    fresh = tmp_path / "fresh"
    shutil.copytree(content / "articles", fresh / "articles")
    assert pipeline.run(fresh, cache_dir=None).chronologies == [
        replace_path(chronology, fresh, content) for chronology in changed.chronologies
    ]


def replace_path(chronology, fresh: Path, content: Path):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(chronology, path=chronology.path.replace(str(content), str(fresh)))


def test_new_event_code_rebuilds_events_without_retagging(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    pipeline.run(content, cache_dir=cache)
    data = pickle.loads((cache / "articles.pickle").read_bytes())
    data["event_version"] = "an older release"
    (cache / "articles.pickle").write_bytes(pickle.dumps(data))
    again = pipeline.run(content, cache_dir=cache)
    assert (again.tagged, again.reused) == (0, 5)
    assert pickle.loads((cache / "articles.pickle").read_bytes())["event_version"] != "an older release"


def test_unreadable_cache_file_is_rebuilt(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    clean = pipeline.run(content, cache_dir=cache)
    whole = (cache / "articles.pickle").read_bytes()
    (cache / "articles.pickle").write_bytes(whole[: len(whole) // 2])  # cut short, as by a full disk
    rebuilt = pipeline.run(content, cache_dir=cache)
    assert rebuilt.tagged == 5
    assert rebuilt.expressions == clean.expressions


def test_old_json_cache_is_replaced(content: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "articles.json").write_text('{"format": 1, "entries": {}}')
    assert pipeline.run(content, cache_dir=cache).tagged == 5
    assert not (cache / "articles.json").exists()
    assert (cache / "articles.pickle").is_file()


def test_parallel_tagging_gives_byte_identical_output(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 0)
    other = tmp_path / "other"
    shutil.copytree(content, other)
    pipeline.run(content, cache_dir=None, jobs=1)
    pipeline.run(other, cache_dir=None, jobs=2)
    assert snapshot(content / "chronologies") == snapshot(other / "chronologies")


def test_broken_article_stops_the_build_before_anything_is_written(content: Path) -> None:
    pipeline.run(content, cache_dir=None)
    before = snapshot(content / "chronologies")
    (content / "articles" / "new.md").write_text("---\ntitle: New\n---\nIt happened on Monday.\n")
    (content / "articles" / "other.md").write_text("---\ntitle: Other\npublished: 2021-13-01\n---\nText.\n")
    with pytest.raises(InputErrors) as caught:
        pipeline.run(content, cache_dir=None)
    message = str(caught.value)
    assert "new.md:2: 'published' is missing" in message
    assert "other.md:3: 'published'" in message
    assert "nothing was written" in message
    assert snapshot(content / "chronologies") == before


def test_the_cycle_collector_is_back_on_after_a_build_even_a_failed_one(content: Path) -> None:
    import gc

    assert gc.isenabled()
    pipeline.run(content, cache_dir=None)
    assert gc.isenabled()
    (content / "articles" / "broken.md").write_text("---\ntitle: Broken\n---\nText.\n")
    with pytest.raises(InputErrors):
        pipeline.run(content, cache_dir=None)
    assert gc.isenabled()
