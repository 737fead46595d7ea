"""The build pipeline, stage by stage: read articles, tag dates, build events, store YAML.

Rendering the site is the MkDocs plugin's job (:mod:`chronology.site`); it calls :func:`run` and renders what
comes back. Each stage takes plain data from the one before it. Every input is read and checked before any file
is written, so a build that meets a broken article or chronology stops with nothing half-done.
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from chronology.articles import Article, discover_articles, read_article
from chronology.errors import ChronologyError, InputErrors
from chronology.events.extract import extract_events
from chronology.events.model import Chronology, Event
from chronology.store import load_chronology, update_chronology
from chronology.temporal import sentence_spans, tag
from chronology.temporal.expression import TemporalExpression

CHRONOLOGY_DIR = "chronologies"  # under the content folder: one YAML file per chronology
log = logging.getLogger("chronology")


@dataclass
class BuildResult:
    """Everything the site needs: the articles, what was found in each, and the chronologies as stored."""

    content_dir: Path
    articles: list[Article]
    expressions: dict[str, list[TemporalExpression]]  # by Article.path
    chronologies: list[Chronology]
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage


@contextmanager
def _stage(name: str, timings: dict[str, float]) -> Iterator[None]:
    began = time.perf_counter()
    yield
    timings[name] = time.perf_counter() - began
    log.debug("%s: %.2fs", name, timings[name])


def read_articles(content_dir: Path, today: date | None = None) -> list[Article]:
    """Every article under ``content_dir``; all problems are gathered and raised together."""
    articles, errors = [], []
    for path in discover_articles(content_dir):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                articles.append(read_article(path, content_dir, today=today))
            except ChronologyError as error:
                errors.append(error)
        for warning in caught:
            log.warning("warning: %s", warning.message)
    if errors:
        raise InputErrors(errors)
    return articles


def chronology_titles(articles: list[Article]) -> dict[str, str]:
    """A title for each chronology the articles feed: the name an article gave it, else its slug in words."""
    titles: dict[str, str] = {}
    for article in articles:
        if article.chronology_title and article.chronology not in titles:
            titles[article.chronology] = article.chronology_title
    for article in articles:
        titles.setdefault(article.chronology, article.chronology.replace("-", " ").capitalize())
    return titles


def run(content_dir: Path, today: date | None = None) -> BuildResult:
    """Read, tag, build events and store every chronology under ``content_dir``; see :class:`BuildResult`."""
    timings: dict[str, float] = {}
    with _stage("read", timings):
        articles = read_articles(content_dir, today=today)
    with _stage("tag", timings):
        expressions = {article.path: tag(article.body, article.published) for article in articles}
    with _stage("events", timings):
        generated: dict[str, list[Event]] = {}
        for article in articles:
            events = extract_events(article, expressions[article.path], sentence_spans(article.body))
            generated.setdefault(article.chronology, []).extend(events)
    with _stage("store", timings):
        chronologies = store_chronologies(content_dir / CHRONOLOGY_DIR, generated, chronology_titles(articles))
    return BuildResult(content_dir, articles, expressions, chronologies, timings)


def store_chronologies(folder: Path, generated: dict[str, list[Event]], titles: dict[str, str]) -> list[Chronology]:
    """Merge generated events into each chronology file, after checking every existing file loads cleanly.

    A chronology file no article feeds any more is still updated (with no generated events), so events of
    removed articles leave it, while whatever a person edited or added stays.
    """
    existing = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    errors = []
    for path in existing:
        try:
            load_chronology(path)
        except ChronologyError as error:
            errors.append(error)
    if errors:
        raise InputErrors(errors)
    slugs = sorted(set(generated) | {path.stem for path in existing})
    if slugs:
        folder.mkdir(parents=True, exist_ok=True)
    return [
        update_chronology(folder / f"{slug}.yaml", slug, titles.get(slug, slug), generated.get(slug, []))
        for slug in slugs
    ]
