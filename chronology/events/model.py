"""Events and chronologies: what the build makes of dated statements, and what people edit by hand."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Source:
    """Where an event was read: the article, the temporal expression in it and the sentence around it.

    ``start``/``end`` are the expression's character offsets in the article body; ``quote_start``/``quote_end``
    those of the quoted sentence, so the site can link to the exact sentence.
    """

    article: str
    expression: str
    quote: str
    start: int
    end: int
    quote_start: int = 0
    quote_end: int = 0
    value: str = ""  # the TIMEX3 value the expression resolved to, for the record


@dataclass
class Event:
    """One dated statement on a timeline; ``date`` is in the notation of :mod:`chronology.dates`."""

    id: str
    date: str
    summary: str
    sources: list[Source] = field(default_factory=list)
    qualifier: str | None = None
    tags: list[str] = field(default_factory=list)


@dataclass
class Chronology:
    """A named, ordered list of events; stored as one YAML file under ``content/chronologies/``."""

    slug: str
    title: str
    events: list[Event] = field(default_factory=list)
    path: str = ""  # file path, for messages
