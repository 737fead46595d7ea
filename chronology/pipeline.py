"""The build pipeline, stage by stage: read articles, tag dates, build events, store YAML.

Rendering the site is the MkDocs plugin's job (:mod:`chronology.site`); it calls :func:`run` and renders what
comes back. Each stage takes plain data from the one before it. Every input is read and checked before any file
is written, so a build that meets a broken article or chronology stops with nothing half-done.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import warnings
from collections.abc import Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from chronology import temporal
from chronology.articles import Article, article_files, parse_article, read_article_bytes
from chronology.articles.reader import CHRONOLOGY_FOLDER
from chronology.cache import TagCache
from chronology.digests import digest_bytes
from chronology.errors import ChronologyError, InputErrors
from chronology.events.extract import extract_events
from chronology.events.model import Chronology, Event
from chronology.progress import Progress, SilentProgress
from chronology.store import ChronologyFileWarning, StoredFile, read_chronology, update_chronology
from chronology.store.memo import Entry, StoreMemo, digest_input
from chronology.store.parsecache import ParseCache
from chronology.temporal import sentence_spans, tag
from chronology.temporal.expression import TemporalExpression

CHRONOLOGY_DIR = CHRONOLOGY_FOLDER  # under the content folder: one YAML file per chronology
PARALLEL_THRESHOLD = 200  # below this many articles to tag, starting processes costs more than it saves
log = logging.getLogger("chronology")


@dataclass
class BuildResult:
    """Everything the site needs: the articles, what was found in each, and the chronologies as stored."""

    content_dir: Path
    articles: list[Article]
    expressions: dict[str, list[TemporalExpression]]  # by Article.path
    chronologies: list[Chronology]
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    tagged: int = 0  # articles tagged in this build
    reused: int = 0  # articles whose tagging came from the cache
    # by Article.path: the sentences the tagger cut each article into (start, end), so the site need not cut again
    sentences: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


def read_articles(
    content_dir: Path, cache: TagCache, progress: Progress, today: date | None = None
) -> tuple[list[Article], dict[str, tuple[list[TemporalExpression], list[tuple[int, int]]]], dict[str, str]]:
    """Every article under ``content_dir``, with the cached tagging of those unchanged since the last build.

    Returns the articles, the cached (expressions, sentences) by article path, and each article's content hash.
    All problems are gathered and raised together, before anything is written.
    """
    files = article_files(content_dir)
    articles, cached, hashes, errors = [], {}, {}, []
    with progress.stage("read", len(files)) as advance:
        for relative, path in files:
            try:
                data = read_article_bytes(path)
                digest = digest_bytes(data)
                hit = cache.get(relative, digest)
                if hit:
                    article, expressions, sentences = hit
                    cached[relative] = (expressions, sentences)
                else:
                    article = _parse_with_warnings(path, content_dir, data, today)
                articles.append(article)
                hashes[relative] = digest
            except ChronologyError as error:
                errors.append(error)
            advance(1)
    if errors:
        raise InputErrors(errors)
    return articles, cached, hashes


def _parse_with_warnings(path: Path, content_dir: Path, data: bytes, today: date | None) -> Article:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = parse_article(path, content_dir, data, today=today)
    for warning in caught:
        log.warning("warning: %s", warning.message)
    return article


def _tag_one(item: tuple[str, datetime | date]) -> tuple[list[TemporalExpression], list[tuple[int, int]]]:
    body, published = item
    sentences = sentence_spans(body)
    return tag(body, published, sentences), sentences


def tag_articles(
    articles: list[Article], jobs: int, progress: Progress
) -> list[tuple[list[TemporalExpression], list[tuple[int, int]]]]:
    """Tag articles on ``jobs`` processes; results come back in input order, so any job count gives one output."""
    work = [(article.body, article.published) for article in articles]
    with progress.stage("tag", len(work)) as advance:
        if jobs <= 1 or len(work) < PARALLEL_THRESHOLD:
            results = []
            for item in work:
                results.append(_tag_one(item))
                advance(1)
            return results
        chunk = max(1, min(64, len(work) // (jobs * 8)))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = []
            for result in pool.map(_tag_one, work, chunksize=chunk):
                results.append(result)
                advance(1)
            return results


def chronology_titles(articles: list[Article]) -> dict[str, str]:
    """A title for each chronology the articles feed: the name an article gave it, else its slug in words."""
    titles: dict[str, str] = {}
    for article in articles:
        if article.chronology_title and article.chronology not in titles:
            titles[article.chronology] = article.chronology_title
    for article in articles:
        titles.setdefault(article.chronology, article.chronology.replace("-", " ").capitalize())
    return titles


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the data stages, back on (as it was) after them.

    They allocate millions of small objects that live to the end of the build (articles, expressions, events,
    the YAML data), so each full collection walks them all again for nothing: at 10,000 articles that was about
    1 s of an incremental build and 3.5 s of a cold one. Those objects hold few cycles; peak memory was the
    same with the collector off (510 MB) as on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def run(
    content_dir: Path,
    today: date | None = None,
    jobs: int | None = None,
    cache_dir: Path | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Read, tag, build events and store every chronology under ``content_dir``; see :class:`BuildResult`.

    ``cache_dir`` keeps each article's tagging between builds (None: no cache); ``jobs`` is the number of
    processes that tag (default: one per core).
    """
    with _collector_paused():
        return _run(content_dir, today, jobs, cache_dir, progress)


def _run(
    content_dir: Path,
    today: date | None,
    jobs: int | None,
    cache_dir: Path | None,
    progress: Progress | None,
) -> BuildResult:
    progress = progress or SilentProgress()
    cache = TagCache(cache_dir, temporal.TAGGER_VERSION)
    articles, cached, hashes = read_articles(content_dir, cache, progress, today=today)
    missing = [article for article in articles if article.path not in cached]
    fresh = tag_articles(missing, jobs or os.cpu_count() or 1, progress)
    tagged = dict(cached)
    for article, (expressions, sentences) in zip(missing, fresh, strict=True):
        tagged[article.path] = (expressions, sentences)
        cache.put(hashes[article.path], article, expressions, sentences)
    cache.retain({article.path for article in articles})
    titles = chronology_titles(articles)
    folder = content_dir / CHRONOLOGY_DIR
    with progress.stage("events", len(articles)) as advance:
        # only for the chronologies whose input changed: the memo stands for the others (see StorePlan)
        plan = plan_store(folder, _sources(articles, hashes, cache), titles, cache_dir)
        stale = plan.stale
        generated: dict[str, list[Event]] = {}
        for article in articles:
            if article.chronology in stale:
                generated.setdefault(article.chronology, []).extend(
                    _events(article, hashes[article.path], tagged, cache)
                )
            advance(1)
    with progress.stage("store"):
        chronologies = store_chronologies(folder, generated, titles, cache_dir, plan=plan)
    cache.save()
    log.debug("tag cache: %d reused, %d tagged", cache.hits, len(missing))
    expressions_by_path = {article.path: tagged[article.path][0] for article in articles}
    return BuildResult(
        content_dir,
        articles,
        expressions_by_path,
        chronologies,
        dict(progress.timings),
        tagged=len(missing),
        reused=len(cached),
        sentences={article.path: tagged[article.path][1] for article in articles},
    )


def _events(
    article: Article,
    digest: str,
    tagged: dict[str, tuple[list[TemporalExpression], list[tuple[int, int]]]],
    cache: TagCache,
) -> list[Event]:
    """The article's events: from the cache when built from this very tagging, else built now and cached."""
    events = cache.get_events(article.path, digest)
    if events is None:
        expressions, sentences = tagged[article.path]
        events = extract_events(article, expressions, sentences)
        cache.put_events(article.path, digest, events)
    return events


def _sources(articles: list[Article], hashes: dict[str, str], cache: TagCache) -> dict[str, str]:
    """Per chronology, a digest of what its generated events are made from: its articles, in build order, with
    their content hashes, and the versions of the tagger and of the event builder.

    The same digest means the same generated events, so the store memo can key on it instead of on the events
    themselves, which would have to be serialised in full on every build.
    """
    feeds: dict[str, list[tuple[str, str]]] = {}
    for article in articles:
        feeds.setdefault(article.chronology, []).append((article.path, hashes[article.path]))
    versions = (cache.tagger_version, cache.event_version)
    return {slug: digest_bytes(pickle.dumps((versions, pairs), protocol=5)) for slug, pairs in feeds.items()}


@dataclass
class StorePlan:
    """What the store memo already knows: the chronologies a build can take as they are, and the rest (stale).

    Made before the events are built, so that events are built only for the stale chronologies.
    """

    slugs: list[str]  # every chronology: fed by an article, or a file in the folder
    existing: list[Path]
    given: dict[str, str]  # per slug, the digest of the input the memo keys on
    raw: dict[str, bytes | None]  # per existing file, its bytes as read (None: unreadable)
    reused: dict[str, Entry]
    memo: StoreMemo

    @property
    def stale(self) -> set[str]:
        return set(self.slugs) - set(self.reused)


def plan_store(
    folder: Path, inputs: Mapping[str, list[Event] | str], titles: dict[str, str], cache_dir: Path | None
) -> StorePlan:
    """Check each chronology against the memo. ``inputs`` is, per slug fed by articles, its generated events or a
    digest of what makes them (the same digest must mean the same events: see :func:`_sources`)."""
    existing = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    slugs = sorted(set(inputs) | {path.stem for path in existing})
    memo = StoreMemo(cache_dir)
    given = {
        slug: digest_input(str(folder / f"{slug}.yaml"), titles.get(slug, slug), inputs.get(slug, [])) for slug in slugs
    }
    raw: dict[str, bytes | None] = {}
    reused: dict[str, Entry] = {}
    for path in existing:
        try:
            raw[path.stem] = path.read_bytes()
        except OSError:
            raw[path.stem] = None
        entry = memo.get(path.stem, raw[path.stem], given[path.stem]) if raw[path.stem] is not None else None
        if entry is not None:
            reused[path.stem] = entry
    return StorePlan(slugs, existing, given, raw, reused, memo)


def store_chronologies(
    folder: Path,
    generated: dict[str, list[Event]],
    titles: dict[str, str],
    cache_dir: Path | None = None,
    plan: StorePlan | None = None,
) -> list[Chronology]:
    """Merge generated events into each chronology file, after checking every existing file loads cleanly.

    A chronology file no article feeds any more is still updated (with no generated events), so events of
    removed articles leave it, while whatever a person edited or added stays. Each file is read once. With a
    ``cache_dir``, a file whose bytes and input are what the last build left is not read again (see
    :mod:`chronology.store.memo`), and a file whose bytes alone are what the last build wrote is not parsed:
    what that build's writer kept of it stands for the read (see :mod:`chronology.store.parsecache`).
    ``plan`` is :func:`plan_store`'s for this build (default: made from ``generated``); ``generated`` then
    needs only its stale chronologies.
    """
    plan = plan or plan_store(folder, generated, titles, cache_dir)
    parsed = ParseCache(cache_dir)
    errors = []
    loaded: dict[str, StoredFile] = {}
    for path in plan.existing:
        entry = plan.reused.get(path.stem)
        if entry is not None:
            for message in entry.warnings:
                warnings.warn(ChronologyFileWarning(message), stacklevel=2)
            continue
        raw = plan.raw[path.stem]
        try:
            # read once: the update reuses it unless it changed since; what this build's writer kept of the
            # file stands for a read when the file is still exactly what it wrote
            kept = parsed.get(path, raw) if raw is not None else None
            loaded[path.stem] = kept if kept is not None else read_chronology(path)
        except ChronologyError as error:
            errors.append(error)
    if errors:
        raise InputErrors(errors)
    if plan.slugs:
        folder.mkdir(parents=True, exist_ok=True)
    chronologies = []
    for slug in plan.slugs:
        if slug in plan.reused:
            chronologies.append(plan.reused[slug].chronology)
            continue
        path = folder / f"{slug}.yaml"
        stored = loaded.get(slug)
        written: list[StoredFile] = []
        chronology = update_chronology(
            path, slug, titles.get(slug, slug), generated.get(slug, []), stored, on_written=written.append
        )
        notes = [str(warning) for warning in stored.findings.warnings] if stored is not None else []
        raw = plan.memo.put(slug, path, plan.given[slug], chronology, notes)
        if written and raw == written[0].raw:  # (else someone changed the file since: it will be read)
            parsed.put(written[0], generated.get(slug, []))
        chronologies.append(chronology)
    plan.memo.retain(set(plan.slugs))
    plan.memo.save()
    parsed.retain(set(plan.slugs))
    return chronologies
