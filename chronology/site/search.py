"""What search indexes: a lean copy of each generated page, handed to the search plugin instead of the page.

Why not the page itself: material's search plugin HTML-parses every page it indexes, and ours carry a table of
every date with its explanation, a tooltip per mark and a list of events, which made parsing cost more than
the rest of the site together, and filled the index with text a reader never searches for. The search view
holds only what should be found, as the few elements the parser needs to cut it into hits:

- a timeline: one heading per event (its date, with the event's anchor) and its statement, so each event is
  its own deep-linked hit found by the words of its statement; no year or month headings (empty hits);
- an article: its title, outlet and the opening of its text (``article_chars`` characters, cut at a word),
  so the index stays small at ten thousand articles; every dated sentence of an article is findable
  through its event, which links to that sentence.

All text is escaped here, as in the templates.
"""

from __future__ import annotations

from html import escape

from chronology.articles.model import Article
from chronology.site.timeline import Timeline

# How much of an article's text is indexed by default: its opening line. Chosen for the index's size: at
# 10,000 articles and 22,000 events the events take 5.7 MB, and each 100 characters of every article 1 MB.
ARTICLE_CHARS = 100


def opening(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text``, whitespace folded, cut at a word, "…" where it was cut."""
    words = " ".join(text.split())
    if limit < 0 or len(words) <= limit:
        return words
    cut = words[:limit]
    if " " in cut and not words[limit].isspace():
        cut = cut[: cut.rindex(" ")]
    return f"{cut.rstrip()}…"


def timeline_view(timeline: Timeline, heading: str) -> str:
    # Bare text after each heading: search keeps a <p> in every hit's text, 7 bytes an event.
    parts = [f'<h1 id="{escape(timeline.chronology.slug)}">{escape(heading)}</h1>']
    for view in timeline.events:
        parts.append(f'<h4 id="{view.anchor}">{escape(view.display)}</h4>{escape(view.event.summary)}')
    return "".join(parts)


def article_view(article: Article, article_chars: int = ARTICLE_CHARS) -> str:
    """The title, then the outlet and the opening of the text: "Reuters — Taliban fighters pressed into…"."""
    text = opening(article.body, article_chars)
    lead = " — ".join(part for part in (article.source, text) if part)
    return f'<h1 id="title">{escape(article.title)}</h1>{escape(lead)}'
