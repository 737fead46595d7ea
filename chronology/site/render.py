"""Turn a pipeline :class:`BuildResult` into the site's pages, exports and assets.

MkDocs-free on purpose: the plugin decides where files go and how pages link to each other (``link``), this
module decides what is on them. Pages are rendered one at a time, when MkDocs asks, so ten thousand articles
do not sit in memory as HTML.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import jinja2

from chronology.pipeline import BuildResult
from chronology.site import exports, paths, search
from chronology.site.article_text import segment
from chronology.site.timeline import EventView, Timeline, YearGroup, build_timeline

# link(src_uri, anchor="") -> URL of that page or file, relative to the page being rendered
Link = Callable[..., str]


@dataclass(frozen=True)
class PageSpec:
    src_uri: str
    kind: str  # "index", "timeline" or "article"
    key: str  # chronology slug or article path; "" for the index
    title: str


@dataclass
class RenderedPage:
    html: str
    toc: list[dict] = field(default_factory=list)  # MkDocs toc tokens: level, id, name, children
    # What search indexes instead of ``html`` (see chronology.site.search); None: the page itself
    search_html: str | None = None


@dataclass(frozen=True)
class Period:
    """One page of a long chronology: a year of its timeline, or a month of a year too long for one page."""

    src_uri: str
    label: str  # "2021", or "September 2021"
    timeline: Timeline
    year: str  # the label of the year it is, or is part of


@dataclass(frozen=True)
class Citation:
    """An event that cites an article, for the article page's "events from this article" list."""

    slug: str
    chronology_title: str
    view: EventView


class SiteRenderer:
    def __init__(
        self,
        result: BuildResult,
        env: jinja2.Environment,
        *,
        site_name: str = "Chronology",
        open_at_latest: bool = False,
        events_per_page: int = 500,
        search_article_chars: int = search.ARTICLE_CHARS,
    ) -> None:
        self.result = result
        self.env = env
        self.site_name = site_name
        self.open_at_latest = open_at_latest
        self.search_article_chars = search_article_chars
        self.articles = {article.path: article for article in result.articles}
        self.article_pages = paths.article_pages(self.articles)
        self.timelines: dict[str, Timeline] = {
            chronology.slug: build_timeline(chronology, self.articles) for chronology in result.chronologies
        }
        self.citations: dict[str, list[Citation]] = defaultdict(list)
        self.quoted_offsets: dict[str, set[int]] = defaultdict(set)
        cited: set[tuple[str, str, str]] = set()
        for slug, timeline in sorted(self.timelines.items()):
            for view in timeline.events:
                for source in view.event.sources:
                    self.quoted_offsets[source.article].add(source.quote_start)
                    if (source.article, slug, view.anchor) not in cited:
                        cited.add((source.article, slug, view.anchor))
                        self.citations[source.article].append(Citation(slug, timeline.chronology.title, view))
        # A chronology longer than events_per_page gets an overview page and one page per year, and a year longer
        # than that one page per month, so that no page grows without bound; an event's links then point at the
        # page it is on.
        self.periods: dict[str, list[Period]] = {}
        self.event_pages: dict[tuple[str, str], str] = {}
        for slug, timeline in self.timelines.items():
            if len(timeline.events) > events_per_page and len(timeline.years) > 1:
                self.periods[slug] = _periods(timeline, events_per_page)
                for period in self.periods[slug]:
                    for view in period.timeline.events:
                        self.event_pages[(slug, view.anchor)] = period.src_uri
        self.period_index = {
            period.src_uri: index for periods in self.periods.values() for index, period in enumerate(periods)
        }

    # What the site holds

    def pages(self) -> list[PageSpec]:
        specs = [PageSpec(paths.INDEX_PAGE, "index", "", self.site_name)]
        for slug, timeline in sorted(self.timelines.items()):
            specs.append(PageSpec(self.chronology_page(slug), "timeline", slug, timeline.chronology.title))
            for period in self.periods.get(slug, []):
                specs.append(PageSpec(period.src_uri, "period", slug, period.label))
        for path, page in sorted(self.article_pages.items()):
            specs.append(PageSpec(page, "article", path, self.articles[path].title))
        return specs

    def exports(self, page_url: Callable[[str], str] | None = None) -> dict[str, str]:
        """Each chronology's exports; with ``page_url`` (a page's absolute address) they link to each event."""
        files = {}
        for slug, timeline in sorted(self.timelines.items()):

            def link(view: EventView, slug: str = slug) -> str:
                assert page_url is not None
                return (
                    f"{page_url(self.event_pages.get((slug, view.anchor), self.chronology_page(slug)))}#{view.anchor}"
                )

            event_link = link if page_url else None
            files[paths.export_file(slug, "json")] = exports.timelinejs(timeline, event_link)
            files[paths.export_file(slug, "ics")] = exports.icalendar(timeline, event_link)
            files[paths.export_file(slug, "csv")] = exports.table(timeline, event_link)
        return files

    def assets(self) -> dict[str, str]:
        return {
            paths.CSS_URI: self.env.get_template("chronology.css.j2").render(),
            paths.JS_URI: self.env.get_template("chronology.js.j2").render(),
        }

    # Pages

    def render(self, spec: PageSpec, link: Link) -> RenderedPage:
        if spec.kind == "timeline":
            if spec.key in self.periods:
                return self.render_overview(spec.key, link)
            return self.render_timeline(spec.key, link)
        if spec.kind == "period":
            return self.render_period(spec.key, spec.src_uri, link)
        if spec.kind == "article":
            return self.render_article(spec.key, link)
        return self.render_index(link)

    def article_link(self, link: Link, article_path: str, anchor: str = "") -> str:
        page = self.article_pages.get(article_path)
        return link(page, anchor) if page else ""

    def chronology_page(self, slug: str) -> str:
        return paths.chronology_page(slug, paged=slug in self.periods)

    def event_link(self, link: Link, slug: str, anchor: str) -> str:
        return link(self.event_pages.get((slug, anchor), self.chronology_page(slug)), anchor)

    def render_index(self, link: Link) -> RenderedPage:
        timelines = [self.timelines[slug] for slug in sorted(self.timelines)]
        html = self.env.get_template("index.html.j2").render(
            site_name=self.site_name,
            timelines=timelines,
            article_count=len(self.articles),
            link=link,
            page_of=self.chronology_page,
            event_link=lambda slug, anchor: self.event_link(link, slug, anchor),
        )
        return RenderedPage(html)

    def _exports(self, slug: str, link: Link) -> dict[str, str]:
        return {kind: link(paths.export_file(slug, kind)) for kind in ("json", "ics", "csv")}

    def render_timeline(
        self, slug: str, link: Link, timeline: Timeline | None = None, **period: object
    ) -> RenderedPage:
        timeline = timeline or self.timelines[slug]
        html = self.env.get_template("timeline.html.j2").render(
            timeline=timeline,
            chronology=timeline.chronology,
            link=link,
            article_link=lambda path, anchor="": self.article_link(link, path, anchor),
            exports=self._exports(slug, link),
            open_at_latest=self.open_at_latest,
            period=period or None,
        )
        toc = [
            {
                "level": 2,
                "id": year.anchor,
                "name": year.label,
                "children": [
                    {"level": 3, "id": month.anchor, "name": month.label, "children": []}
                    for month in year.months
                    if year.months_shown
                ],
            }
            for year in timeline.years
        ]
        heading = f"{timeline.chronology.title}: {period['label']}" if period else timeline.chronology.title
        return RenderedPage(html, toc, search.timeline_view(timeline, heading))

    def render_overview(self, slug: str, link: Link) -> RenderedPage:
        """The front page of a long chronology: its years, each a page, and its latest events."""
        timeline = self.timelines[slug]
        html = self.env.get_template("overview.html.j2").render(
            timeline=timeline,
            chronology=timeline.chronology,
            years=_years(self.periods[slug], link),
            # for overrides written before years: every page in order
            periods=[(period, link(period.src_uri)) for period in self.periods[slug]],
            latest=[(view, self.event_link(link, slug, view.anchor)) for view in timeline.events[-10:][::-1]],
            exports=self._exports(slug, link),
        )
        toc = [{"level": 2, "id": "years", "name": "Years", "children": []}]
        if timeline.events:
            toc.append({"level": 2, "id": "latest", "name": "Latest events", "children": []})
        return RenderedPage(html, toc)

    def render_period(self, slug: str, src_uri: str, link: Link) -> RenderedPage:
        periods = self.periods[slug]
        index = self.period_index[src_uri]
        neighbours = {
            "previous": periods[index - 1] if index > 0 else None,
            "next": periods[index + 1] if index + 1 < len(periods) else None,
        }
        return self.render_timeline(
            slug,
            link,
            periods[index].timeline,
            label=periods[index].label,
            overview=link(self.chronology_page(slug)),
            **{key: (period.label, link(period.src_uri)) if period else None for key, period in neighbours.items()},
        )

    def render_article(self, path: str, link: Link) -> RenderedPage:
        article = self.articles[path]
        expressions = sorted(self.result.expressions.get(path, []), key=lambda e: (e.start, e.end))
        paragraphs = segment(
            article.body, expressions, self.quoted_offsets.get(path, ()), self.result.sentences.get(path)
        )
        marks = [part for p in paragraphs for s in p.sentences for part in s.parts if not isinstance(part, str)]
        citations = self.citations.get(path, [])
        chronology = self.timelines.get(article.chronology)
        html = self.env.get_template("article.html.j2").render(
            article=article,
            paragraphs=paragraphs,
            marks=marks,
            citations=citations,
            chronology=chronology.chronology if chronology else None,
            chronology_link=link(self.chronology_page(article.chronology)) if chronology else "",
            event_link=lambda slug, anchor: self.event_link(link, slug, anchor),
        )
        toc = [{"level": 2, "id": "dates", "name": "Dates in this article", "children": []}] if marks else []
        if citations:
            toc.append({"level": 2, "id": "events", "name": "Events from this article", "children": []})
        return RenderedPage(html, toc, search.article_view(article, self.search_article_chars))


def _periods(timeline: Timeline, events_per_page: int) -> list[Period]:
    """A long timeline's pages in order: a year each, or a month each where a year has too many events.

    A month is the finest cut: a month of more than ``events_per_page`` events stays one page.
    """
    slug = timeline.chronology.slug
    periods = []
    for year in timeline.years:
        if year.count <= events_per_page or not year.months_shown:
            events = [view for month in year.months for view in month.events]
            periods.append(
                Period(
                    paths.period_page(slug, year.label),
                    year.label,
                    Timeline(timeline.chronology, [year], events),
                    year.label,
                )
            )
            continue
        for month in year.months:
            part = f"{year.label}-{month.month:02d}" if month.month > 0 else f"{year.label}-across"
            only = YearGroup(year.year, [month])
            periods.append(
                Period(
                    paths.period_page(slug, part),
                    month.label,
                    Timeline(timeline.chronology, [only], month.events),
                    year.label,
                )
            )
    return periods


def _years(periods: list[Period], link: Link) -> list[dict[str, object]]:
    """The overview's list: each year with its count and page, or its months' pages where it was cut by month."""
    years: list[dict[str, object]] = []
    for period in periods:
        if not years or years[-1]["label"] != period.year:
            years.append({"label": period.year, "count": 0, "url": "", "months": []})
        entry = years[-1]
        entry["count"] = int(entry["count"]) + len(period.timeline.events)  # type: ignore[call-overload]
        if period.label == period.year:
            entry["url"] = link(period.src_uri)
        else:
            entry["months"].append(
                {"label": period.label, "count": len(period.timeline.events), "url": link(period.src_uri)}
            )  # type: ignore[union-attr]
    return years
