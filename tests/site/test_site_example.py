"""The shipped example site, end to end: ``chronology build`` on a copy of ``content/``, served on localhost,
read in Chromium as a visitor would. What is asserted comes from the built exports (the CSV) and from the
Panjshir article every example set must have (published 2021-09-06: "till Sunday", "on Monday", "overnight"),
so the test follows the example content as it grows.

Set ``CHRONOLOGY_SCREENSHOTS`` to a folder to keep the screenshots (the README's comes from here).
"""

from __future__ import annotations

import csv
import functools
import re
import shutil
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from browser_support import CHROMIUM
from test_site_browser import PROJECT_ROOT, QuietHandler, save_screenshot

from chronology.cli import main
from chronology.site.paths import event_anchor

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent: install Debian's chromium (scripts/install-browser)"
)
PANJSHIR = "2021-09-06-panjshir"


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    project = tmp_path_factory.mktemp("example")
    shutil.copytree(PROJECT_ROOT / "content", project / "content", ignore=shutil.ignore_patterns("chronologies"))
    shutil.copy(PROJECT_ROOT / "mkdocs.yml", project / "mkdocs.yml")
    assert main(["build", "-q", "-f", str(project / "mkdocs.yml")]) == 0
    site = project / "site"
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", site
    finally:
        server.shutdown()
        server.server_close()


def panjshir_chronology(site: Path) -> tuple[str, list[dict[str, str]]]:
    """The chronology the Panjshir article feeds, read back from its CSV export."""
    for export in sorted(site.glob("chronologies/*/*.csv")):
        rows = list(csv.DictReader(export.open(encoding="utf-8")))
        if any(PANJSHIR in row["articles"] for row in rows):
            return export.parent.name, rows
    raise AssertionError("no chronology cites the Panjshir article")


def rare_word(summary: str, rows: list[dict[str, str]]) -> str:
    """The word of ``summary`` that fewest other events share, so that search has few hits to rank."""
    counts = Counter(word for row in rows for word in set(re.findall(r"[a-z]{5,}", row["summary"].lower())))
    return min(re.findall(r"[a-z]{5,}", summary.lower()), key=lambda word: (counts[word], word))


def test_example_site_in_a_browser(browser, example, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, site = example
    slug, rows = panjshir_chronology(site)
    sunday = next(row for row in rows if row["date"] == "2021-09-05" and PANJSHIR in row["articles"])
    anchor = event_anchor(sunday["id"])
    page = browser.new_page(viewport={"width": 1280, "height": 900})

    # Search a word of the event's statement and land on the event.
    page.goto(f"{url}chronologies/{slug}/")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially(rare_word(sunday["summary"], rows), delay=30)
    hit = page.locator(f".md-search-result a[href*='#{anchor}']").first
    hit.wait_for(state="attached", timeout=15_000)
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:  # results are drawn in a moment; further hits on a page are folded under "more on this page"
        hit.wait_for(state="visible", timeout=3_000)
    except PlaywrightTimeout:
        page.locator(".md-search-result details summary").first.click()
    hit.click()
    page.wait_for_url(f"**#{anchor}")
    heading = page.locator(f"#{anchor}")
    assert heading.is_visible()
    assert "5 Sep 2021" in heading.inner_text()

    # Filter by a tag: exactly the events carrying it stay.
    tag = "panjshir"
    page.goto(f"{url}chronologies/{slug}/")
    page.get_by_label(tag, exact=True).check()
    expected = sum(1 for row in rows if tag in row["tags"].split("; "))
    assert page.locator("li.chr-event:visible").count() == expected
    assert page.locator(".chr-count").inner_text() == f"Showing {expected} of {len(rows)} events"
    save_screenshot(page, tmp_path, "example-filtered.png")

    # From the event to its sentence in the article, where each date says what it resolved to.
    page.goto(f"{url}chronologies/{slug}/#{anchor}")
    event = page.locator("li.chr-event", has=page.locator(f"#{anchor}"))
    event.locator(".chr-cite a").first.click()
    page.wait_for_url(f"**/articles/{PANJSHIR}/#s-*")
    target = page.evaluate("location.hash.slice(1)")
    assert "till Sunday" in page.locator(f"[id='{target}']").inner_text()  # the exact sentence
    expected_tips = {"Sunday": "2021-09-05", "Monday": "2021-09-06", "overnight": "night of 5–6 Sep 2021"}
    for text, resolved in expected_tips.items():
        mark = page.locator("mark.chr-expr", has_text=re.compile(f"^{text}$")).first
        mark.hover()
        tip = page.locator("#" + mark.get_attribute("aria-describedby"))
        assert tip.is_visible()
        assert tip.inner_text().startswith(f"{text} → ") and resolved in tip.inner_text()
    save_screenshot(page, tmp_path, "example-article.png")
    page.close()


@pytest.mark.parametrize(
    ("name", "viewport", "scheme", "fragment"),
    [
        ("screenshot-timeline.png", {"width": 1280, "height": 1200}, "light", ""),
        ("screenshot-timeline-dark.png", {"width": 1280, "height": 900}, "dark", "#m2021-08"),
        ("screenshot-timeline-phone.png", {"width": 390, "height": 844}, "light", "#m2021-08"),
    ],
)
def test_example_timeline_looks_right(browser, example, tmp_path, name, viewport, scheme, fragment) -> None:  # type: ignore[no-untyped-def]
    url, site = example
    slug, rows = panjshir_chronology(site)
    page = browser.new_page(viewport=viewport, color_scheme=scheme)
    page.goto(f"{url}chronologies/{slug}/{fragment}")
    assert page.locator("body").get_attribute("data-md-color-scheme") == ("slate" if scheme == "dark" else "default")
    assert page.locator("li.chr-event").count() == len(rows)
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]  # no sideways scrolling
    save_screenshot(page, tmp_path, name)
    page.close()
