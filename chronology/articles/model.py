"""The article: one news report, its metadata and its body text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

DEFAULT_CHRONOLOGY = "main"


@dataclass(frozen=True)
class Article:
    """An article as read from ``content/``.

    ``path`` is POSIX and relative to the content folder (``articles/panjshir.md``): it is the article's identity
    in chronology files and on the site. ``body`` is the text after the front matter; expression offsets count
    from its first character. ``body_line`` is the 1-based line in the file where the body starts.
    """

    path: str
    title: str
    published: datetime | date  # a datetime when the front matter gives a time (with its offset)
    body: str
    body_line: int = 1
    source: str = ""  # the outlet: "Reuters", "The Guardian"
    url: str = ""
    chronology: str = DEFAULT_CHRONOLOGY  # slug of the chronology this article feeds
    chronology_title: str = ""  # the chronology's name as the article gave it, for a new chronology's title
    tags: tuple[str, ...] = field(default_factory=tuple)

    @property
    def publication_date(self) -> date:
        return self.published.date() if isinstance(self.published, datetime) else self.published
