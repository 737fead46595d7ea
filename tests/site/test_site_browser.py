"""End to end in a real browser: build a site, serve it on localhost, read it as a visitor would.

Drives Debian's Chromium (``/usr/bin/chromium``) through playwright; never downloads a browser. Screenshots go
to the test's temporary folder, and also to ``$CHRONOLOGY_SCREENSHOTS`` when that is set (how the README's
screenshot is made).
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from browser_support import CHROMIUM
from site_sample import sample_result, write_sources

from chronology import pipeline

PROJECT_ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent: install Debian's chromium (scripts/install-browser)"
)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def sample_site(project: Path, mkdocs_yml: str) -> Iterator[str]:
    """The sample built with ``mkdocs_yml`` in ``project``, served over HTTP on a free port; yields its URL."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    (project / "mkdocs.yml").write_text(mkdocs_yml, encoding="utf-8")
    write_sources(project / "content")
    original = getattr(pipeline, "run", None)
    pipeline.run = lambda content_dir, **_: sample_result(content_dir)  # type: ignore[attr-defined]
    try:
        build(load_config(str(project / "mkdocs.yml")))
    finally:
        if original is not None:
            pipeline.run = original  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(project / "site")))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The sample built with the project's own mkdocs.yml (theme, palettes, plugins)."""
    with sample_site(tmp_path_factory.mktemp("project"), (PROJECT_ROOT / "mkdocs.yml").read_text()) as url:
        yield url


def save_screenshot(page, tmp_path: Path, name: str) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    page.screenshot(path=str(path), full_page=False)
    assert path.stat().st_size > 10_000  # a rendered page, not a blank one
    if target := os.environ.get("CHRONOLOGY_SCREENSHOTS"):
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / name)
    return path


def test_search_reaches_the_event(browser, site_url: str) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site_url + "chronologies/afghanistan/")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("pressed", delay=30)  # material reacts to keys
    hit = page.locator(".md-search-result__item a[href*='#e-panjshir-overnight']").first
    hit.wait_for(state="visible", timeout=15_000)
    hit.click()
    page.wait_for_url("**#e-panjshir-overnight")
    heading = page.locator("#e-panjshir-overnight")
    assert "night of 5–6 Sep 2021" in heading.inner_text()
    assert heading.is_visible()
    box = heading.bounding_box()
    assert box is not None and 0 <= box["y"] < 900  # scrolled to the event
    page.close()


def test_filters_by_tag_and_source(browser, site_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site_url + "chronologies/afghanistan/")
    events = page.locator("li.chr-event")
    assert events.count() == 8
    page.get_by_label("talks", exact=True).check()
    visible = page.locator("li.chr-event:visible .chr-statement")
    assert visible.count() == 2
    assert "Talks are due to resume" in visible.all_inner_texts()
    assert page.locator(".chr-count").inner_text() == "Showing 2 of 8 events"
    assert "tag=talks" in page.url  # the filtered view can be shared
    page.get_by_role("button", name="Show all").click()
    page.wait_for_function("document.querySelectorAll('li.chr-event:not([hidden])').length === 8")
    page.select_option("select[name=source]", "Daily Example")
    assert visible.all_inner_texts() == ["Evacuations began", "The last flight left Kabul airport"]
    assert page.locator("section.chr-month:visible h3").all_inner_texts() == ["August 2021"]
    # a tag on an event filters to that tag
    page.get_by_role("button", name="Show all").click()
    page.locator("li.chr-event a.chr-tag[data-tag=kabul]").click()
    assert visible.all_inner_texts() == ["The last flight left Kabul airport"]
    save_screenshot(page, tmp_path, "timeline-filtered.png")
    # "Latest event" goes to the latest event still shown
    page.get_by_role("link", name="Latest event").click()
    page.wait_for_url("**#e-kabul-last-flight")
    page.get_by_role("button", name="Show all").click()
    page.get_by_role("link", name="Latest event").click()
    page.wait_for_url("**#e-talks-friday")
    page.close()


def test_article_shows_resolved_dates(browser, site_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site_url + "chronologies/afghanistan/#e-panjshir-overnight")
    event = page.locator("li.chr-event", has=page.locator("#e-panjshir-overnight"))
    event.get_by_role("link", name="Resistance holds out in Panjshir").click()
    page.wait_for_url("**/articles/panjshir/#s-0")
    mark = page.locator("mark.chr-expr", has_text="overnight")
    tip = page.locator("#" + mark.get_attribute("aria-describedby"))
    assert not tip.is_visible()
    mark.focus()  # keyboard users get the same as a hover
    assert tip.is_visible()
    assert tip.inner_text() == "overnight → 2021-09-05TNI (night of 5–6 Sep 2021): the night before publication"
    mark.blur()
    page.locator("h1").hover()
    assert not tip.is_visible()
    mark.focus()
    page.keyboard.press("Escape")  # a tooltip can be dismissed without moving focus
    assert not tip.is_visible()
    page.locator("mark.chr-expr", has_text="Friday").hover()
    friday_tip = page.locator(".chr-tip:visible")
    assert "2021-09-10" in friday_tip.inner_text()
    box = friday_tip.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 1280  # kept inside the window
    save_screenshot(page, tmp_path, "article.png")

    # Keyboard only: Tab from the top of the page reaches the first mark, whose tooltip then shows.
    page.goto(site_url + "articles/panjshir/")
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('mark.chr-expr')"):
            break
    focused = page.evaluate(
        "[document.activeElement.textContent, document.activeElement.getAttribute('aria-describedby')]"
    )
    assert focused[0] == "overnight"  # the first date in the text
    assert page.locator(f"#{focused[1]}").is_visible()
    page.close()


@pytest.mark.parametrize(
    ("name", "viewport", "scheme"),
    [
        ("timeline.png", {"width": 1280, "height": 900}, "light"),
        ("timeline-dark.png", {"width": 1280, "height": 900}, "dark"),
        ("timeline-phone.png", {"width": 390, "height": 844}, "light"),
    ],
)
def test_timeline_screenshots(browser, site_url: str, tmp_path: Path, name, viewport, scheme) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport=viewport, color_scheme=scheme, device_scale_factor=1)
    page.goto(site_url + "chronologies/afghanistan/")
    scheme_attr = page.locator("body").get_attribute("data-md-color-scheme")
    assert scheme_attr == ("slate" if scheme == "dark" else "default")
    # nothing wider than the screen on a phone
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    save_screenshot(page, tmp_path, name)
    # the filters are folded on a phone, so that the timeline comes first; a tap opens them
    panel = page.locator("details.chr-filter-panel")
    phone = viewport["width"] < 720
    assert panel.evaluate("panel => panel.open") is not phone
    if phone:
        page.get_by_text("Filter events").click()
        assert page.get_by_label("talks", exact=True).is_visible()
    page.close()


def test_open_at_latest_opens_timelines_at_their_latest_event(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = (PROJECT_ROOT / "mkdocs.yml").read_text()
    assert "open_at_latest: false" in config
    with sample_site(tmp_path, config.replace("open_at_latest: false", "open_at_latest: true")) as url:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url + "chronologies/afghanistan/")
        page.wait_for_function("document.getElementById('e-talks-friday').getBoundingClientRect().top < 900")
        box = page.locator("#e-talks-friday").bounding_box()
        assert box is not None and 0 <= box["y"] < 900
        page.goto(url + "chronologies/afghanistan/#e-kabul-last-flight")  # a link to an event still wins
        box = page.locator("#e-kabul-last-flight").bounding_box()
        assert box is not None and 0 <= box["y"] < 900
        page.close()
