"""The build pipeline, stage by stage: read articles, tag dates, build events, store YAML.

Rendering the site is the MkDocs plugin's job (:mod:`chronology.site`); it calls :func:`run` and renders what
comes back. Each stage takes plain data from the one before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from chronology.articles.model import Article
from chronology.events.model import Chronology
from chronology.temporal.expression import TemporalExpression

CHRONOLOGY_DIR = "chronologies"  # under the content folder: one YAML file per chronology


@dataclass
class BuildResult:
    """Everything the site needs: the articles, what was found in each, and the chronologies as stored."""

    content_dir: Path
    articles: list[Article]
    expressions: dict[str, list[TemporalExpression]]  # by Article.path
    chronologies: list[Chronology]
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
