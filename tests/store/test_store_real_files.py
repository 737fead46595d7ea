"""The parse cache on real chronologies: news articles (the TimeML documents when present, else the benchmark's
own text) built into chronologies, then a few articles added. What the writer kept of each file must be what a
read of it gives, and the files must come out as a build without the cache writes them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from chronology import pipeline
from chronology.bench.scale import make_project, timeml_texts, write_article, written_texts
from chronology.store import _read
from chronology.store.parsecache import ParseCache, differences


def build_twice(root: Path, texts, count: int) -> None:
    """Build ``count`` articles with a cache, and (a copy) without; add five articles; build both again."""
    make_project(root / "kept", count, texts)
    pipeline.run(root / "kept" / "content", cache_dir=root / "kept" / "cache")
    shutil.copytree(root / "kept" / "content", root / "read" / "content")
    for number in range(count, count + 5):
        for side in ("kept", "read"):
            write_article(root / side / "content" / "articles", number, texts[number % len(texts)], weeks=60)
    kept = pipeline.run(root / "kept" / "content", cache_dir=root / "kept" / "cache")
    read = pipeline.run(root / "read" / "content", cache_dir=None)
    assert [c.events for c in kept.chronologies] == [c.events for c in read.chronologies]
    folders = [root / side / "content" / "chronologies" for side in ("kept", "read")]
    files = sorted(path.name for path in folders[0].glob("*.yaml"))
    assert files and files == sorted(path.name for path in folders[1].glob("*.yaml"))
    cache = ParseCache(root / "kept" / "cache")
    for name in files:
        path = folders[0] / name
        assert path.read_bytes() == (folders[1] / name).read_bytes(), name
        kept_reading = cache.get(path, path.read_bytes())
        assert kept_reading is not None, name
        assert differences(kept_reading, _read(path, False, True)) == [], name


def test_timeml_news(tmp_path: Path, timeml_dir: Path) -> None:
    build_twice(tmp_path, timeml_texts(timeml_dir), 120)


def test_the_benchmarks_own_text(tmp_path: Path) -> None:
    build_twice(tmp_path, written_texts(), 120)


@pytest.fixture(autouse=True)
def _one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 10**9)
