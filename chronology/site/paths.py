"""Where each generated page and export lives in the site, and the anchors inside pages.

Every address here is derived from data that is stable across rebuilds (article paths, chronology slugs, event
ids, character offsets), so links and bookmarks keep working when content is added.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePosixPath

INDEX_PAGE = "index.md"
ASSET_DIR = "assets/chronology"
CSS_URI = f"{ASSET_DIR}/chronology.css"
JS_URI = f"{ASSET_DIR}/chronology.js"

_UNSAFE = re.compile(r"[^a-z0-9_-]+")


def slugify(text: str) -> str:
    """Lower-case ASCII letters, digits, ``-`` and ``_`` only: safe in a URL fragment and an HTML id."""
    return _UNSAFE.sub("-", text.lower()).strip("-") or "x"


def chronology_page(slug: str, paged: bool = False) -> str:
    """A chronology's page; a long one's is the index of its folder of year pages (a section in the nav)."""
    return f"chronologies/{slug}/index.md" if paged else f"chronologies/{slug}.md"


def period_page(slug: str, period: str) -> str:
    """One year of a chronology too long for one page: ``chronologies/<slug>/2021.md``."""
    return f"chronologies/{slug}/{slugify(period)}.md"


def export_file(slug: str, kind: str) -> str:
    """``kind`` is ``json`` (TimelineJS), ``ics`` or ``csv``; the file name carries the slug for downloads."""
    suffix = {"json": "timeline.json", "ics": "ics", "csv": "csv"}[kind]
    return f"chronologies/{slug}/{slug}.{suffix}"


def article_pages(article_paths: Iterable[str]) -> dict[str, str]:
    """Map each article path (``articles/panjshir.md``, ``notes/x.txt``) to the Markdown page that shows it.

    The page keeps the article's own path so its URL is predictable; a ``.txt`` becomes ``.md``. Where that
    would collide (``a.md`` and ``a.txt`` side by side, or an article called ``index.md``), the old suffix is
    kept in the name.
    """
    paths = sorted(article_paths)
    taken = {INDEX_PAGE}
    pages: dict[str, str] = {}
    # Markdown articles first: they keep their own path whenever possible.
    for path in sorted(paths, key=lambda p: (not p.endswith(".md"), p)):
        pure = PurePosixPath(path)
        page = str(pure.with_suffix(".md"))
        if page in taken or page.startswith("chronologies/"):
            page = str(pure.with_name(f"{pure.stem}-{pure.suffix.lstrip('.') or 'article'}.md"))
        while page in taken:
            page = page[: -len(".md")] + "-1.md"
        taken.add(page)
        pages[path] = page
    return pages


def event_anchor(event_id: str) -> str:
    return f"e-{slugify(event_id)}"


def sentence_anchor(offset: int) -> str:
    """The id of the article sentence that starts at character ``offset`` of the body."""
    return f"s-{offset}"


def expression_anchor(offset: int) -> str:
    return f"x-{offset}"


def unique_anchors(ids: Iterable[str]) -> list[str]:
    """Anchors for the given event ids, suffixed where two ids slugify alike."""
    seen: set[str] = set()
    anchors = []
    for event_id in ids:
        anchor = base = event_anchor(event_id)
        number = 2
        while anchor in seen:
            anchor = f"{base}-{number}"
            number += 1
        seen.add(anchor)
        anchors.append(anchor)
    return anchors
