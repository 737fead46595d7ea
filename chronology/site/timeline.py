"""A chronology as a reader's timeline: events in date order, grouped by year and month, with their sources.

This is the view model the timeline template renders and the exports read; it holds no HTML.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from chronology.articles.model import Article
from chronology.dates import DateNotationError, EventDate, parse_event_date
from chronology.events.model import Chronology, Event, Source
from chronology.site.paths import unique_anchors

UNDATED = -1  # month of the group holding events whose date cannot be parsed (shown last, as written)


@dataclass
class SourceView:
    """One source of an event: the article it came from and the quoted sentence, the expression marked."""

    article_path: str
    title: str
    outlet: str
    published: str  # "6 Sep 2021"
    url: str  # the original article on the web, when known
    sentence_anchor: str
    quote_before: str
    expression: str
    quote_after: str
    quote_is_summary: bool = False  # the event's statement is this quote, unedited

    @property
    def label(self) -> str:
        """Filter label: the outlet, or the article's title where no outlet is given."""
        return self.outlet or self.title


@dataclass
class EventView:
    event: Event
    anchor: str
    date: EventDate | None  # None when the date is not in the notation (shown as written)
    display: str
    machine_date: str  # for <time datetime>: 2021-09-05, 2021-09, 2021
    sources: list[SourceView]

    @property
    def tags(self) -> list[str]:
        return sorted(set(self.event.tags))

    @property
    def source_labels(self) -> list[str]:
        return sorted({source.label for source in self.sources if source.label})

    @property
    def approximate(self) -> bool:
        return bool(self.date and self.date.approximate)

    @property
    def uncertain(self) -> bool:
        return bool(self.date and self.date.uncertain)


@dataclass
class MonthGroup:
    year: int
    month: int  # 0: spanning a month or more, or known only to the year or coarser; UNDATED: not parseable
    events: list[EventView] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"m{self.year:04d}-{self.month:02d}"

    @property
    def label(self) -> str:
        if self.month == UNDATED:
            return "Dates not in the chronology notation"
        if self.month:
            return f"{calendar.month_name[self.month]} {self.year}"
        return f"Across {self.year}"  # dates known to the year only, or spanning months


@dataclass
class YearGroup:
    year: int
    months: list[MonthGroup] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"y{self.year:04d}"

    @property
    def label(self) -> str:
        """The year, or the decade or century when that is all its events give ("1980s")."""
        if self.months and self.months[0].month == UNDATED:
            return "Undated"
        points = [view.date.start for month in self.months for view in month.events if view.date and view.date.start]
        coarse = all(point.precision in ("decade", "century") for point in points)
        if points and coarse and len({point.text for point in points}) == 1:
            return parse_event_date(points[0].text).display()
        return str(self.year)

    @property
    def months_shown(self) -> bool:
        """Whether month headings help: not when the year holds only events known to the year or coarser."""
        return not (len(self.months) == 1 and self.months[0].month in (0, UNDATED))

    @property
    def count(self) -> int:
        return sum(len(month.events) for month in self.months)


@dataclass
class Timeline:
    chronology: Chronology
    years: list[YearGroup]
    events: list[EventView]  # in display order

    @property
    def tags(self) -> list[str]:
        return sorted({tag for event in self.events for tag in event.tags})

    @property
    def filter_tags(self) -> list[str]:
        """The tags worth filtering by: those some events have and others do not."""
        return [tag for tag in self.tags if not all(tag in event.tags for event in self.events)]

    @property
    def source_labels(self) -> list[str]:
        return sorted({label for event in self.events for label in event.source_labels})

    @property
    def span(self) -> str:
        """From the earliest to the latest date, each as precise as its event: "Jun 2021 - 10 Sep 2021"."""
        dated = [view.date for view in self.events if view.date is not None]
        starts = [d.start for d in dated if d.start is not None]
        ends = [d.end for d in dated if d.end is not None]
        if not starts or not ends:
            return ""
        first = min(starts, key=lambda point: (point.first, point.last)).text
        last = max(ends, key=lambda point: (point.last, point.first)).text
        if first == last:
            return parse_event_date(first).display()
        return parse_event_date(f"{first}/{last}").display()


def _machine_date(event_date: EventDate | None) -> str:
    point = event_date.start or event_date.end if event_date else None
    if point is None:
        return ""
    if point.precision == "day":
        return point.first.isoformat()
    if point.precision == "month":
        return point.first.isoformat()[:7]
    if point.precision == "week":
        return point.text
    return f"{point.first.year:04d}" if point.precision == "year" else ""


def _parse(event: Event) -> EventDate | None:
    try:
        return parse_event_date(event.date)
    except DateNotationError:
        return None


def _group_key(event_date: EventDate | None) -> tuple[int, int]:
    if event_date is None:
        return (10_000, UNDATED)
    anchor: date = event_date.start.first if event_date.start else event_date.last
    last: date = event_date.last if event_date.end else anchor
    # A week or a night across a month's end belongs to the month it starts in; longer spans to the year.
    within_a_month = event_date.start is not None and (last - anchor).days < 31
    return (anchor.year, anchor.month if within_a_month else 0)


@lru_cache(maxsize=4096)  # many sources share a day; month_abbr asks the locale each time
def _day_label(day: date) -> str:
    return f"{day.day} {calendar.month_abbr[day.month]} {day.year}"


def _source_view(source: Source, articles: dict[str, Article], summary: str) -> SourceView:
    article = articles.get(source.article)
    quote = source.quote or ""
    offset = source.start - source.quote_start
    if offset >= 0 and quote[offset : offset + len(source.expression)] == source.expression and source.expression:
        before, after = quote[:offset], quote[offset + len(source.expression) :]
        expression = source.expression
    else:  # offsets disagree with the quote (a hand edit): show the quote unmarked
        before, expression, after = quote, "", ""
    published = _day_label(article.publication_date) if article is not None else ""
    return SourceView(
        article_path=source.article,
        title=article.title if article else source.article,
        outlet=article.source if article else "",
        published=published,
        url=article.url if article else "",
        sentence_anchor=f"s-{source.quote_start}",
        quote_before=before,
        expression=expression,
        quote_after=after,
        quote_is_summary=" ".join(quote.split()) == " ".join(summary.split()),
    )


def build_timeline(chronology: Chronology, articles: dict[str, Article]) -> Timeline:
    """Order the events by date (stable within a day) and group them by year and month."""
    parsed = [(event, _parse(event)) for event in chronology.events]
    order = sorted(
        range(len(parsed)),
        key=lambda i: (
            parsed[i][1] is None,
            parsed[i][1].sort_key(parsed[i][0].qualifier) if parsed[i][1] else (),
        ),
    )
    ordered = [parsed[i] for i in order]
    anchors = unique_anchors(event.id for event, _ in ordered)
    views = [
        EventView(
            event=event,
            anchor=anchor,
            date=event_date,
            display=event_date.display(event.qualifier) if event_date else str(event.date),
            machine_date=_machine_date(event_date),
            sources=[_source_view(source, articles, event.summary) for source in event.sources],
        )
        for (event, event_date), anchor in zip(ordered, anchors, strict=True)
    ]
    groups: dict[tuple[int, int], MonthGroup] = {}
    for view in views:
        key = _group_key(view.date)
        groups.setdefault(key, MonthGroup(*key)).events.append(view)
    years: dict[int, YearGroup] = {}
    for key in sorted(groups):
        years.setdefault(key[0], YearGroup(key[0])).months.append(groups[key])
    grouped = [view for year in years.values() for month in year.months for view in month.events]
    return Timeline(chronology, list(years.values()), grouped)
