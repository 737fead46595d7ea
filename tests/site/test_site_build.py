"""A full ``mkdocs build`` through the plugin on a small temporary project."""

from __future__ import annotations

import csv
import gc
import hashlib
import io
import json
import re
import weakref
from pathlib import Path
from types import SimpleNamespace

import markdown
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from site_sample import KABUL_BODY, sample_result, write_sources

from chronology import pipeline
from chronology.events.model import Chronology, Event
from chronology.site import theme_cache

MKDOCS_YML = """\
site_name: Test chronologies
docs_dir: content
site_dir: site
theme:
  name: material
plugins:
  - search
  - chronology
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "mkdocs.yml").write_text(MKDOCS_YML)
    write_sources(tmp_path / "content")
    monkeypatch.setattr(pipeline, "run", lambda content_dir, **_: sample_result(content_dir), raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1630886400")  # the sitemap's gzip stamp, else the clock
    return tmp_path


def build_site(project: Path) -> Path:
    config = load_config(str(project / "mkdocs.yml"))
    build(config)
    return project / "site"


def digest(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_build_writes_timeline_articles_exports_and_search(project: Path) -> None:
    site = build_site(project)
    timeline = (site / "chronologies/afghanistan/index.html").read_text()
    assert 'id="e-panjshir-overnight"' in timeline
    assert "night of 5\u20136 Sep 2021" in timeline
    assert "../../articles/panjshir/#s-0" in timeline  # links to the exact sentence, relative
    for name in ("afghanistan.timeline.json", "afghanistan.ics", "afghanistan.csv"):
        assert (site / "chronologies/afghanistan" / name).is_file()
        assert f'href="{name}"' in timeline or f'href="./{name}"' in timeline or name in timeline
    article = (site / "articles/kabul-airport/index.html").read_text()
    assert "Monday → 2021-08-30" in article
    # the sources are shown through pages, not copied raw
    assert not (site / "chronologies/afghanistan.yaml").exists()
    assert not (site / "articles/panjshir.md").exists()

    index = json.loads((site / "search/search_index.json").read_text())
    hits = [doc for doc in index["docs"] if "pressed into the Panjshir valley" in doc["text"]]
    event_hits = [hit for hit in hits if hit["location"].startswith("chronologies/")]
    assert [(hit["location"], hit["title"]) for hit in event_hits] == [
        ("chronologies/afghanistan/#e-panjshir-overnight", "night of 5–6 Sep 2021")
    ]  # its own hit, titled by its date, landing on the event


def test_hostile_text_is_never_markup(project: Path) -> None:
    site = build_site(project)
    for page in ("chronologies/afghanistan/index.html", "articles/kabul-airport/index.html", "index.html"):
        html = (site / page).read_text()
        assert "<script>alert(" not in html
        assert "<b>leaves</b>" not in html and "<i>draft</i>" not in html
    timeline = (site / "chronologies/afghanistan/index.html").read_text()
    assert (
        "Talks *may* resume &lt;script&gt;alert(&#39;summary&#39;)&lt;/script&gt; &amp; _soon_ [x](y) `z`" in timeline
    )
    article = (site / "articles/kabul-airport/index.html").read_text()
    assert "# Not a heading" in article  # shown as text, not made a heading
    assert "*stars*, _under_, [a link](http://x.invalid) and `code`" in article
    index = (site / "search/search_index.json").read_text()
    for doc in json.loads(index)["docs"]:
        assert "<script>" not in doc["title"] and "<script>" not in doc["text"]


def test_second_build_changes_no_file(project: Path) -> None:
    first = digest(build_site(project))
    second = digest(build_site(project))
    assert first == second


def test_the_next_build_lets_go_of_what_the_last_one_kept_from_the_garbage_collector(project: Path) -> None:
    config = load_config(str(project / "mkdocs.yml"))
    build(config)
    assert gc.get_freeze_count() > 0  # a build's data is kept out of the collector's walks while pages are made
    last = weakref.ref(config.plugins["chronology"].renderer)
    del config
    build_site(project)  # as mkdocs serve rebuilds
    assert last() is None


def test_content_outside_docs_dir_joins_the_users_own_pages(project: Path) -> None:
    (project / "docs").mkdir()
    (project / "docs/about.md").write_text("# About this site\n\nWritten by hand.\n")
    (project / "mkdocs.yml").write_text(
        MKDOCS_YML.replace("docs_dir: content", "docs_dir: docs").replace(
            "  - chronology\n", "  - chronology:\n      content_dir: content\n"
        )
    )
    site = build_site(project)
    assert "Written by hand." in (site / "about/index.html").read_text()
    assert 'id="e-panjshir-overnight"' in (site / "chronologies/afghanistan/index.html").read_text()
    assert "Monday → 2021-08-30" in (site / "articles/kabul-airport/index.html").read_text()


def test_only_the_users_own_pages_pass_through_markdown(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Generated pages are rendered from templates: converting their empty Markdown would only cost time."""
    (project / "docs").mkdir()
    (project / "docs/about.md").write_text("# About this site\n\nWritten *by hand*.\n")
    (project / "mkdocs.yml").write_text(
        MKDOCS_YML.replace("docs_dir: content", "docs_dir: docs").replace(
            "  - chronology\n", "  - chronology:\n      content_dir: content\n"
        )
    )
    converted: list[str] = []
    convert = markdown.Markdown.convert

    def counting_convert(self: markdown.Markdown, source: str) -> str:
        converted.append(source)
        return convert(self, source)

    monkeypatch.setattr(markdown.Markdown, "convert", counting_convert)
    site = build_site(project)
    assert converted == ["# About this site\n\nWritten *by hand*.\n"]
    assert "<em>by hand</em>" in (site / "about/index.html").read_text()
    article = (site / "articles/kabul-airport/index.html").read_text()
    assert "Monday → 2021-08-30" in article
    assert 'href="#dates"' in article  # the page's own table of contents, as before


def test_parts_of_the_frame_rendered_once_are_what_each_page_would_print(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = sample_result(project / "content")
    result.chronologies[0].events.extend(Event(f"y2019-{n}", "2019-03-01", f"event {n} of 2019") for n in range(2))
    monkeypatch.setattr(pipeline, "run", lambda content_dir, **_: result)
    (project / "mkdocs.yml").write_text(
        MKDOCS_YML.replace("  - chronology\n", "  - chronology:\n      events_per_page: 4\n")
    )
    remembered: dict[str, list] = {}
    for name in (
        "remember_nav", "remember_constant_parts", "remember_positional_blocks", "remember_toc", "remember_header"
    ):  # fmt: skip
        remember = getattr(theme_cache, name)
        monkeypatch.setattr(
            theme_cache, name, lambda *args, f=remember, n=name: remembered.setdefault(n, []).append(f(*args))
        )
    with_cache = digest(build_site(project))
    pages = len([name for name in with_cache if name.endswith("index.html")])
    assert remembered["remember_constant_parts"] == [list(theme_cache.CONSTANT_PARTS)]
    # article pages (articles/<name>/) share one nav, year and month pages (chronologies/<slug>/<period>/) another
    [navs] = remembered["remember_nav"]
    assert navs is not None and len(navs) == 2 < pages
    [blocks] = remembered["remember_positional_blocks"]
    assert blocks is not None and {name for name, _ in blocks} == set(theme_cache.POSITIONAL_BLOCKS)
    assert len(blocks) == 2 * len(theme_cache.POSITIONAL_BLOCKS)
    [tocs] = remembered["remember_toc"]
    assert tocs is not None and 1 < len(tocs) < pages  # an article with dates, a year page with months, ...
    [headers] = remembered["remember_header"]  # split where each page's own title goes
    assert headers is not None and len(headers) == 2 and None not in headers.values()

    monkeypatch.setattr(theme_cache, "remember_nav", lambda *args: None)
    monkeypatch.setattr(theme_cache, "remember_constant_parts", lambda *args: [])
    monkeypatch.setattr(theme_cache, "remember_positional_blocks", lambda *args: None)
    monkeypatch.setattr(theme_cache, "remember_toc", lambda *args: None)
    monkeypatch.setattr(theme_cache, "remember_header", lambda *args: None)
    assert digest(build_site(project)) == with_cache


def test_pages_see_addresses_alike_only_from_folders_of_their_own() -> None:
    positions = theme_cache.Positions(["articles/a1/", "articles/a2/", "articles/a2/photo.jpg", "assets/x.css"])

    def key(url: str) -> tuple[str, ...]:
        return positions.key(SimpleNamespace(url=url))  # type: ignore[arg-type]

    assert key("articles/a1/") == key("articles/a3/") == ("articles", "/")
    assert key("articles/a2/") == ("articles", "a2")  # holds a photo, which it links as photo.jpg
    assert key("chronologies/x/2021/") != key("articles/a1/")
    assert key("articles/a1.html") == key("articles/a9.html") == ("articles",)


def test_a_users_own_frame_templates_are_rendered_for_every_page(project: Path) -> None:
    (project / "overrides/partials").mkdir(parents=True)
    for part in ("nav", "search", "toc", "header"):
        (project / f"overrides/partials/{part}.html").write_text(f"<{part}>{{{{ page.title }}}}</{part}>\n")
    with (project / "overrides/partials/header.html").open("a") as header:
        header.write('{% include "partials/search.html" %}\n')  # where material's header has it
    (project / "mkdocs.yml").write_text(
        MKDOCS_YML.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n")
    )
    site = build_site(project)
    for part in ("nav", "search", "toc", "header"):
        assert (
            f"<{part}>Resistance holds out in Panjshir</{part}>" in (site / "articles/panjshir/index.html").read_text()
        )
        assert f"<{part}>Last flight" in (site / "articles/kabul-airport/index.html").read_text()


def test_with_a_site_url_the_exports_link_to_each_event(project: Path) -> None:
    (project / "mkdocs.yml").write_text(MKDOCS_YML + "site_url: https://example.org/news/\n")
    folder = build_site(project) / "chronologies/afghanistan"
    event = "https://example.org/news/chronologies/afghanistan/#e-panjshir-overnight"
    ics = (folder / "afghanistan.ics").read_bytes().decode("utf-8").replace("\r\n ", "")  # unfolded
    assert f"URL:{event}\r\n" in ics
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO((folder / "afghanistan.csv").read_text()))}
    assert rows["panjshir-overnight"]["link"] == event
    slides = json.loads((folder / "afghanistan.timeline.json").read_text())["events"]
    assert any(f'href="{event}"' in slide["text"]["text"] for slide in slides)


def test_without_a_site_url_the_exports_link_nowhere(project: Path) -> None:
    folder = build_site(project) / "chronologies/afghanistan"
    assert "URL:" not in (folder / "afghanistan.ics").read_text()
    rows = list(csv.DictReader(io.StringIO((folder / "afghanistan.csv").read_text())))
    assert {row["link"] for row in rows} == {""}


def test_search_indexes_events_and_article_openings_not_the_dates_table(project: Path) -> None:
    site = build_site(project)
    docs = json.loads((site / "search/search_index.json").read_text())["docs"]
    article = [doc for doc in docs if doc["location"].startswith("articles/kabul-airport/")]
    opening = " ".join(KABUL_BODY.split())[:40]
    assert any(opening in doc["text"] for doc in article)  # found by the words it opens with
    assert not any("How it was resolved" in doc["text"] or doc["title"] == "Dates in this article" for doc in article)
    assert not any("most recent Monday" in doc["text"] for doc in docs)  # explanations are not indexed
    page = (site / "articles/kabul-airport/index.html").read_text()
    assert "How it was resolved" in page and "most recent Monday" in page  # but the page still shows them
    events = {doc["location"].split("#")[1]: doc["text"] for doc in docs if "#e-" in doc["location"]}
    statements = {f"e-{event.id}": event.summary for event in sample_result().chronologies[0].events}
    assert events["e-panjshir-overnight"] == statements["e-panjshir-overnight"]  # the statement, nothing more
    assert events.keys() == statements.keys()


def test_search_indexes_only_the_opening_of_a_long_article(project: Path) -> None:
    (project / "mkdocs.yml").write_text(
        MKDOCS_YML.replace("  - chronology\n", "  - chronology:\n      search_article_chars: 20\n")
    )
    site = build_site(project)
    docs = json.loads((site / "search/search_index.json").read_text())["docs"]
    texts = [doc["text"] for doc in docs if doc["location"].startswith("articles/kabul-airport/") and doc["text"]]
    assert len(texts) == 1
    text = texts[0]
    assert text == "Daily Example — # Not a heading The…"  # outlet, then 20 characters cut at a word


def test_a_long_chronology_is_one_link_in_the_nav(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = sample_result(project / "content")
    result.chronologies[0].events.extend(Event(f"y2019-{n}", "2019-03-01", f"event {n} of 2019") for n in range(2))
    monkeypatch.setattr(pipeline, "run", lambda content_dir, **_: result)
    (project / "mkdocs.yml").write_text(
        MKDOCS_YML.replace("  - chronology\n", "  - chronology:\n      events_per_page: 4\n")
    )
    site = build_site(project)
    assert (site / "chronologies/afghanistan/2019/index.html").is_file()
    assert (site / "chronologies/afghanistan/2021-09/index.html").is_file()
    home = (site / "index.html").read_text()
    start = home.index('class="md-nav md-nav--primary"')
    nav = home[start : home.index("</nav>", start)]
    assert nav.count('href="chronologies/afghanistan/"') == 1
    assert "Afghanistan 2021 ‹i›draft‹/i›" in nav  # named after the chronology, never markup
    assert "2019/" not in nav and "2021-09/" not in nav and "md-nav__item--section" not in nav


def test_a_long_chronology_beside_others_is_not_taken_for_their_section_page(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Found at 10,000 articles: with navigation.indexes, material made a long chronology's flattened overview
    # (an index.md) the "Chronologies" section's own link, and left it out of the section's list.
    result = sample_result(project / "content")
    long = result.chronologies[0]
    long.events.extend(Event(f"y2019-{n}", "2019-03-01", f"event {n} of 2019") for n in range(2))
    short = Chronology("suez", "Suez", [Event("s1", "2021-03-23", "The canal was blocked.")], "chronologies/suez.yaml")
    result.chronologies.append(short)
    monkeypatch.setattr(pipeline, "run", lambda content_dir, **_: result)
    (project / "mkdocs.yml").write_text(
        MKDOCS_YML.replace("  name: material\n", "  name: material\n  features: [navigation.indexes]\n").replace(
            "  - chronology\n", "  - chronology:\n      events_per_page: 4\n"
        )
    )
    (project / "content/chronologies/suez.yaml").write_text("title: Suez\nevents: []\n")
    site = build_site(project)
    home = (site / "index.html").read_text()
    start = home.index('class="md-nav md-nav--primary"')
    nav = home[start : home.index("</nav>", start)]
    link = r'<a href="(chronologies/[^"#]*)" class="md-nav__link">\s*<span class="md-ellipsis">\s*([^<]*?)\s*<'
    assert sorted(re.findall(link, nav)) == [
        ("chronologies/afghanistan/", "Afghanistan 2021 ‹i›draft‹/i›"),
        ("chronologies/suez/", "Suez"),
    ]
