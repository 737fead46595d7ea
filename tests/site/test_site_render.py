"""Rendering without MkDocs: article text segmentation, timeline grouping and order, anchors, escaping."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from site_sample import HOSTILE_SUMMARY, KABUL_BODY, PANJSHIR_BODY, sample_result

from chronology.events.model import Chronology, Event
from chronology.site import paths
from chronology.site.article_text import segment
from chronology.site.render import SiteRenderer
from chronology.site.templates import template_environment
from chronology.site.timeline import build_timeline
from chronology.temporal.expression import TemporalExpression


def plain_link(src_uri: str, anchor: str = "") -> str:
    return f"/{src_uri}#{anchor}" if anchor else f"/{src_uri}"


class ElementText(HTMLParser):
    """Collects the text inside elements with a given class, and every id, as a browser would see them."""

    def __init__(self, css_class: str) -> None:
        super().__init__()
        self.css_class = css_class
        self.depth = 0
        self.texts: list[str] = []
        self.ids: list[str] = []
        self.tags: list[str] = []  # elements found inside matching ones

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth:
            self.tags.append(tag)  # elements inside a matching one
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(values["id"] or "")
        if self.depth:
            self.depth += 1
        elif self.css_class in (values.get("class") or "").split():
            self.depth = 1
            self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.texts[-1] += data


def parse(html: str, css_class: str) -> ElementText:
    parser = ElementText(css_class)
    parser.feed(html)
    return parser


@pytest.fixture
def renderer() -> SiteRenderer:
    return SiteRenderer(sample_result(), template_environment(None), site_name="Test <site>")


# Article text ---------------------------------------------------------------------------------------------------


def test_sentences_are_anchored_at_their_start_and_keep_the_text() -> None:
    paragraphs = segment(PANJSHIR_BODY, [])
    starts = [sentence.start for paragraph in paragraphs for sentence in paragraph.sentences]
    assert starts == [
        0,
        PANJSHIR_BODY.index("The resistance"),
        PANJSHIR_BODY.index("On Monday"),
        PANJSHIR_BODY.index("Talks are"),
    ]
    assert len(paragraphs) == 2
    rebuilt = "\n\n".join(
        "".join(
            "".join(part if isinstance(part, str) else part.text for part in sentence.parts) + gap
            for sentence, gap in zip(paragraph.sentences, paragraph.gaps, strict=True)
        )
        for paragraph in paragraphs
    )
    assert rebuilt == PANJSHIR_BODY


def test_abbreviations_and_expressions_do_not_split_sentences() -> None:
    body = "Fighting began on Aug. 15 in the north. Mr. Smith said U.S. forces left. Then it ended."
    aug = TemporalExpression("Aug. 15", body.index("Aug. 15"), body.index("Aug. 15") + 7, "DATE", "2021-08-15")
    sentences = segment(body, [aug])[0].sentences
    assert [s.start for s in sentences] == [0, body.index("Mr. Smith"), body.index("Then")]
    assert [part.text for part in sentences[0].parts if not isinstance(part, str)] == ["Aug. 15"]


def test_quoted_offsets_always_get_an_anchor() -> None:
    body = "One sentence without a break; Another part. Two.\n\nThree."
    inside = body.index("Another")  # the pipeline split here, our splitter would not
    gap = body.index("\n\n") + 1  # an offset in the blank line between paragraphs
    paragraphs = segment(body, [], anchors=[inside, gap, len(body) + 5])
    starts = {s.start for p in paragraphs for s in p.sentences}
    aliases = {a for p in paragraphs for s in p.sentences for a in s.aliases}
    assert inside in starts
    assert gap in aliases  # lands on the next sentence, "Three."
    assert len(body) + 5 not in starts | aliases  # outside the body: ignored


def test_articles_are_cut_at_the_sentences_the_pipeline_found() -> None:
    result = sample_result()
    cut = PANJSHIR_BODY.index("the Panjshir valley")  # no sentence starts here by the splitter
    result.sentences["articles/panjshir.md"] = [(0, cut - 1), (cut, len(PANJSHIR_BODY))]
    html = SiteRenderer(result, template_environment(None)).render_article("articles/panjshir.md", plain_link).html
    assert f'id="s-{cut}"' in html
    assert f'id="s-{cut}"' not in renderer_without_sentences().render_article("articles/panjshir.md", plain_link).html


def renderer_without_sentences() -> SiteRenderer:
    result = sample_result()
    result.sentences.clear()
    return SiteRenderer(result, template_environment(None))


def test_marks_carry_the_resolved_date_and_why() -> None:
    result = sample_result()
    paragraphs = segment(PANJSHIR_BODY, result.expressions["articles/panjshir.md"])
    marks = {part.text: part for p in paragraphs for s in p.sentences for part in s.parts if not isinstance(part, str)}
    assert marks["overnight"].resolved == "night of 5–6 Sep 2021"
    assert marks["Monday"].description == (
        "Monday → 2021-09-06 (6 Sep 2021): most recent Monday on or before publication, past tense"
    )


# Timeline --------------------------------------------------------------------------------------------------------


def test_timeline_groups_by_year_and_month_in_date_order() -> None:
    result = sample_result()
    timeline = build_timeline(result.chronologies[0], {a.path: a for a in result.articles})
    layout = [(month.label, [view.event.id for view in month.events]) for y in timeline.years for month in y.months]
    assert layout == [
        ("Across 2021", ["summer-2021"]),
        ("August 2021", ["evacuations-begin", "kabul-last-flight"]),
        (
            "September 2021",
            ["talks-hostile", "panjshir-sunday", "panjshir-overnight", "panjshir-monday", "talks-friday"],
        ),
    ]
    assert [view.event.id for view in timeline.events] == [id for _, ids in layout for id in ids]
    displays = {view.event.id: view.display for view in timeline.events}
    assert displays["panjshir-overnight"] == "night of 5–6 Sep 2021"
    assert displays["evacuations-begin"] == "mid-Aug 2021"
    assert displays["talks-hostile"] == "c. Sep 2021"
    assert timeline.span == "Jun 2021 – Sep 2021"  # "c. Sep 2021" reaches past 10 Sep


def test_same_day_order_is_stable_and_anchors_unique() -> None:
    events = [Event(f"Same Day {n}", "2021-09-05", f"event {n}") for n in range(3)]
    events.append(Event("same-day-0", "2021-09-04", "an id that slugifies like the first"))
    timeline = build_timeline(Chronology("x", "X", events), {})
    assert [view.event.summary for view in timeline.events][1:] == ["event 0", "event 1", "event 2"]
    anchors = [view.anchor for view in timeline.events]
    assert len(set(anchors)) == len(anchors)
    assert anchors[0] == "e-same-day-0" and "e-same-day-0-2" in anchors


def test_undated_events_are_kept_last_as_written() -> None:
    events = [Event("a", "sometime", "no date"), Event("b", "2021-09-05", "dated")]
    timeline = build_timeline(Chronology("x", "X", events), {})
    assert [view.display for view in timeline.events] == ["5 Sep 2021", "sometime"]
    assert timeline.years[-1].label == "Undated"


def test_article_pages_keep_paths_and_avoid_collisions() -> None:
    pages = paths.article_pages(["a/x.md", "a/x.txt", "index.md", "b/y.txt"])
    assert pages["a/x.md"] == "a/x.md"
    assert pages["b/y.txt"] == "b/y.md"
    assert len(set(pages.values())) == 4 and "index.md" not in pages.values()


# Rendered HTML ---------------------------------------------------------------------------------------------------


def test_timeline_html_escapes_yaml_text_and_links_sentences(renderer: SiteRenderer) -> None:
    html = renderer.render_timeline("afghanistan", plain_link).html
    statements = parse(html, "chr-statement").texts
    assert HOSTILE_SUMMARY in statements  # the browser shows exactly what the YAML says
    assert "<script>" not in html and "<b>odd</b>" not in html and "<i>draft</i>" not in html
    tags = parse(html, "chr-tag").texts
    assert "<b>odd</b>" in tags
    quote_start = PANJSHIR_BODY.index("Taliban fighters")
    assert f'href="/articles/panjshir.md#s-{quote_start}"' in html
    ids = parse(html, "chr-event-title").ids
    assert len(ids) == len(set(ids))
    assert "e-panjshir-overnight" in ids and "y2021" in ids and "m2021-09" in ids


def test_article_html_shows_body_as_text_with_every_expression_marked(renderer: SiteRenderer) -> None:
    html = renderer.render_article("articles/kabul-airport.txt", plain_link).html
    article = parse(html, "chr-article")
    shown = article.texts[0]
    for tip in parse(html, "chr-tip").texts:
        shown = shown.replace(tip, "")
    assert " ".join(shown.split()) == " ".join(KABUL_BODY.split())  # every character, as text
    assert set(article.tags) == {"p", "span", "mark"}  # no markup from the text: no script, em, a, code, h1
    assert [t.split(" → ")[0] for t in parse(html, "chr-expr").texts if t != "like this"] == [
        "Monday",
        "mid-August",
        "August",
    ]
    assert "Monday → 2021-08-30 (30 Aug 2021)" in parse(html, "chr-tip").texts[0]
    assert "Last flight <b>leaves</b> Kabul" in parse(html, "chr-article-page").texts[0]
    assert "<b>" not in html
    sentence_ids = [i for i in article.ids if i.startswith("s-")]
    assert f"s-{KABUL_BODY.index('The last flight')}" in sentence_ids


def test_index_lists_chronologies(renderer: SiteRenderer) -> None:
    html = renderer.render_index(plain_link).html
    assert 'href="/chronologies/afghanistan.md"' in html
    assert "Afghanistan 2021 &lt;i&gt;draft&lt;/i&gt;" in html and "Test &lt;site&gt;" in html


def test_user_template_overrides_the_shipped_one(tmp_path: Path) -> None:
    (tmp_path / "event.html.j2").write_text(
        "{% macro event_item(view, article_link) %}<li class=mine>{{ view.event.summary }}</li>{% endmacro %}"
    )
    renderer = SiteRenderer(sample_result(), template_environment(tmp_path))
    html = renderer.render_timeline("afghanistan", plain_link).html
    assert parse(html, "mine").texts[0] == "A summer of advances"
    assert "chr-filters" in html  # the other templates are still the shipped ones
    assert "&lt;script&gt;" in html  # and a user's template is autoescaped too


def test_long_chronologies_get_a_page_per_year() -> None:
    result = sample_result()
    cited = result.chronologies[0].events[0]  # cites the Panjshir article
    events = [
        Event(f"y{year}-{n}", f"{year}-03-0{n + 1}", f"event {n} of {year}") for year in (2019, 2020) for n in range(2)
    ]
    result.chronologies[0].events.extend(events)
    renderer = SiteRenderer(result, template_environment(None), events_per_page=8)  # 12 events, 8 in 2021
    specs = {spec.src_uri: spec for spec in renderer.pages()}
    years = ["chronologies/afghanistan/2019.md", "chronologies/afghanistan/2020.md", "chronologies/afghanistan/2021.md"]
    assert all(specs[uri].kind == "period" for uri in years)

    overview = renderer.render(specs["chronologies/afghanistan/index.md"], plain_link).html
    assert [f"/{uri}" for uri in years] == [link for link in years_links(overview)]
    assert "chr-event" not in overview  # the events are on the year pages

    page_2020 = renderer.render(specs["chronologies/afghanistan/2020.md"], plain_link).html
    assert parse(page_2020, "chr-statement").texts == ["event 0 of 2020", "event 1 of 2020"]
    assert 'href="/chronologies/afghanistan/2019.md" rel="prev"' in page_2020
    assert 'href="/chronologies/afghanistan/2021.md" rel="next"' in page_2020

    article = renderer.render_article(cited.sources[0].article, plain_link).html
    assert f'href="/chronologies/afghanistan/2021.md#e-{cited.id}"' in article  # links land on the year page


def test_a_year_too_long_for_one_page_gets_a_page_per_month() -> None:
    result = sample_result()
    result.chronologies[0].events.extend(Event(f"y2019-{n}", "2019-03-01", f"event {n} of 2019") for n in range(2))
    renderer = SiteRenderer(result, template_environment(None), events_per_page=4)  # 2021: 8 events
    specs = {spec.src_uri: spec for spec in renderer.pages()}
    pages = [spec.src_uri for spec in specs.values() if spec.kind == "period"]
    months = ["2021-across", "2021-08", "2021-09"]
    assert pages == ["chronologies/afghanistan/2019.md", *(f"chronologies/afghanistan/{m}.md" for m in months)]
    assert [specs[page].title for page in pages] == ["2019", "Across 2021", "August 2021", "September 2021"]

    overview = renderer.render(specs["chronologies/afghanistan/index.md"], plain_link).html
    assert years_links(overview) == [f"/{page}" for page in pages]
    assert '2021 <span class="chr-in">8 events</span>' in overview  # the year, unlinked, with its months under it

    september = renderer.render(specs["chronologies/afghanistan/2021-09.md"], plain_link)
    assert len(parse(september.html, "chr-statement").texts) == 5
    assert 'href="/chronologies/afghanistan/2021-08.md" rel="prev"' in september.html
    assert 'rel="next"' not in september.html
    assert "<h4" in september.search_html and september.search_html.count("<h4") == 5
    article = renderer.render_article(result.chronologies[0].events[0].sources[0].article, plain_link).html
    assert "/chronologies/afghanistan/2021-" in article  # events link to their month's page


def years_links(html: str) -> list[str]:
    section = html.split('class="chr-years"')[1].split('<h2 id="latest">')[0]
    return [part.split('"')[0] for part in section.split('href="')[1:]]


def test_coarse_years_are_named_for_what_they_are() -> None:
    events = [Event("a", "198X", "in the eighties"), Event("b", "1996", "in 1996"), Event("c", "1996-09", "Sep")]
    timeline = build_timeline(Chronology("x", "X", events), {})
    assert [(year.label, year.months_shown) for year in timeline.years] == [("1980s", False), ("1996", True)]
    html = SiteRenderer(sample_result(), template_environment(None)).render_timeline("x", plain_link, timeline).html
    assert parse(html, "chr-month").tags.count("h3") == 2  # "Across 1996", "September 1996"; none for the 1980s


def test_statement_that_is_the_quote_is_not_quoted_again() -> None:
    result = sample_result()
    event = next(e for e in result.chronologies[0].events if e.id == "talks-friday")
    event.summary = event.sources[0].quote  # the statement as quoted, as the build writes it
    html = SiteRenderer(result, template_environment(None)).render_timeline("afghanistan", plain_link).html
    shown = html.split('id="e-talks-friday"')[1].split("</li>")[0]
    assert ">Talks are due to resume on Friday.</p>" in shown  # the statement, as text
    assert "chr-quote" not in shown  # not quoted a second time
    assert "Dated by “<mark>Friday</mark>” in" in shown  # the expression that dated it, marked


def test_short_spans_sit_in_the_month_they_start() -> None:
    events = [
        Event("week", "2021-W35", "a week from 30 Aug to 5 Sep"),
        Event("night", "2021-08-31/2021-09-01", "a night across the month's end", qualifier="night"),
        Event("quarter", "2021-Q3", "a quarter"),
    ]
    timeline = build_timeline(Chronology("x", "X", events), {})
    layout = [(month.label, [view.event.id for view in month.events]) for y in timeline.years for month in y.months]
    assert layout == [("Across 2021", ["quarter"]), ("August 2021", ["week", "night"])]


def test_a_tag_on_every_event_is_not_offered_as_a_filter() -> None:
    events = [Event("a", "2021-09-05", "one", tags=["all", "x"]), Event("b", "2021-09-06", "two", tags=["all"])]
    timeline = build_timeline(Chronology("c", "C", events), {})
    html = SiteRenderer(sample_result(), template_environment(None)).render_timeline("c", plain_link, timeline).html
    assert [t.strip() for t in parse(html, "chr-chip").texts] == ["x"]
    assert "all" in parse(html, "chr-tag").texts  # still shown on the events themselves
