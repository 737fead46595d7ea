"""Shared helpers for the chronology store tests: generated events as the pipeline makes them."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from chronology.events.model import Event, Source


def generated_event(
    quote: str,
    date: str,
    article: str = "articles/a.md",
    expression: str = "on Monday",
    qualifier: str | None = None,
    offset: int = 0,
) -> Event:
    """An event as the pipeline generates it: id from article and quote, one source."""
    event_id = "ev-" + hashlib.sha1(f"{article}\n{quote}".encode()).hexdigest()[:10]
    at = quote.find(expression) if expression in quote else 0
    return Event(
        id=event_id,
        date=date,
        summary=quote,
        qualifier=qualifier,
        sources=[
            Source(
                article=article,
                expression=expression,
                quote=quote,
                start=offset + at,
                end=offset + at + len(expression),
                quote_start=offset,
                quote_end=offset + len(quote),
                value=date,
            )
        ],
    )


@pytest.fixture
def chronology_path(tmp_path: Path) -> Path:
    return tmp_path / "content" / "chronologies" / "main.yaml"
