"""A chronology in other tools' formats: TimelineJS JSON, iCalendar and CSV.

Each export is written with the site and is deterministic (same chronology, same bytes), so a rebuild
changes no file. Dates keep their granularity: a month-only event is a month in TimelineJS and an all-day span
in iCalendar, and the reader's date text ("c. mid-Aug 2021") travels with it.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable
from datetime import date, timedelta

from chronology.dates import DatePoint
from chronology.site.timeline import EventView, Timeline

CSV_COLUMNS = (
    "id", "date", "display_date", "qualifier", "start", "end", "approximate", "uncertain",
    "summary", "tags", "articles", "sources", "urls", "link",
)  # fmt: skip
_json_string = json.encoder.encode_basestring  # type: ignore[attr-defined]  # as dumps with ensure_ascii=False
# The event's address on the published site (needs MkDocs's site_url), or None: exports then link nowhere.
EventLink = Callable[[EventView], str] | None


def _timelinejs_date(point: DatePoint) -> dict[str, object]:
    """Only the parts the date has: a month-only date has no day, so TimelineJS shows no false precision."""
    day = point.first
    value: dict[str, object] = {"year": day.year}
    if point.precision in ("day", "week", "month"):
        value["month"] = day.month
    if point.precision in ("day", "week"):
        value["day"] = day.day
    return value


def _sources_html(view: EventView) -> str:
    items = []
    for source in view.sources:
        name = html.escape(", ".join(part for part in (source.title, source.outlet, source.published) if part))
        if source.url:
            name = f'<a href="{html.escape(source.url)}">{name}</a>'
        items.append(f"<li>{name}</li>")
    return f"<ul>{''.join(items)}</ul>" if items else ""


def _groups(timeline: Timeline) -> dict[str, str]:
    """A TimelineJS group (one row of its time navigation) per event: its most telling tag.

    That is the tag fewest events share; a tag every event has tells nothing and makes no group.
    """
    counts: dict[str, int] = {}
    for view in timeline.events:
        for tag in view.tags:
            counts[tag] = counts.get(tag, 0) + 1
    telling = {tag for tag, count in counts.items() if count < len(timeline.events)}
    groups = {}
    for view in timeline.events:
        candidates = sorted((counts[tag], tag) for tag in view.tags if tag in telling)
        if candidates:
            groups[view.anchor] = candidates[0][1]
    return groups


def timelinejs(timeline: Timeline, link: EventLink = None) -> str:
    """TimelineJS 3's JSON format: ``title`` and ``events`` slides.

    TimelineJS treats its text fields as HTML, so ours is escaped.
    """
    events = []
    groups = _groups(timeline)
    for view in timeline.events:
        if view.date is None:
            continue  # TimelineJS needs a year; undated events stay on our own page
        start = view.date.start or view.date.end
        assert start is not None
        slide: dict[str, object] = {
            "unique_id": view.anchor,
            "start_date": _timelinejs_date(start),
            "display_date": view.display,
            "text": {
                "headline": html.escape(view.event.summary),
                "text": f"<p>{html.escape(view.display)}</p>{_sources_html(view)}"
                + (f'<p><a href="{html.escape(link(view))}">On the timeline</a></p>' if link else ""),
            },
        }
        if view.date.is_range and view.date.start and view.date.end:
            slide["end_date"] = _timelinejs_date(view.date.end)
        if view.anchor in groups:
            slide["group"] = groups[view.anchor]
        events.append(slide)
    data = {
        "title": {"text": {"headline": html.escape(timeline.chronology.title), "text": html.escape(timeline.span)}},
        "events": events,
    }
    return _indented_json(data) + "\n"


def _indented_json(value: object, indent: str = "\n") -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)``, byte for byte, several times faster.

    With an indent the standard library encodes in pure Python, one generator step per token, which took
    seconds for the exports of 20,000 events; only strings, whole numbers, lists and dicts occur here.
    """
    if isinstance(value, str):
        return _json_string(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + " "
        items = (f"{inner}{_json_string(key)}: {_indented_json(value[key], inner)}" for key in sorted(value))
        return "{" + ",".join(items) + indent + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = indent + " "
        return "[" + ",".join(inner + _indented_json(item, inner) for item in value) + indent + "]"
    return json.dumps(value)  # numbers, booleans, None


def _ics_text(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon and comma escaped, newlines as ``\\n``."""
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    if line.isascii():  # one octet a character: cut by slicing, 75 then 74 after each fold's leading space
        return "\r\n ".join([line[:75], *(line[i : i + 74] for i in range(75, len(line), 74))])
    parts = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    parts.append(current)
    return "\r\n".join(parts)


def icalendar(timeline: Timeline, link: EventLink = None, domain: str = "chronology.invalid") -> str:
    """One all-day VEVENT per dated event, spanning every day its date covers (DTEND is exclusive)."""
    stamp = _stamp(timeline)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//chronology//timeline export//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_ics_text(timeline.chronology.title)}",
    ]
    for view in timeline.events:
        if view.date is None or view.date.start is None or view.date.end is None:
            continue  # open-ended ranges have no end day to give a calendar
        first, last = view.date.first, view.date.last
        description = [
            view.display,
            *(f"{s.title} ({s.outlet}, {s.published}): {s.url}".strip() for s in view.sources),
        ]
        lines += [
            "BEGIN:VEVENT",
            f"UID:{view.anchor}.{timeline.chronology.slug}@{domain}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{first:%Y%m%d}",
            f"DTEND;VALUE=DATE:{last + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_ics_text(view.event.summary)}",
            f"DESCRIPTION:{_ics_text(chr(10).join(description))}",
        ]
        if link:
            lines.append(f"URL:{link(view)}")  # a URI, not TEXT: no escaping
        if view.tags:
            lines.append(f"CATEGORIES:{','.join(_ics_text(tag) for tag in view.tags)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _stamp(timeline: Timeline) -> str:
    """DTSTAMP must be a UTC time; the latest dated event keeps it deterministic, unlike the clock."""
    days = [view.date.last for view in timeline.events if view.date and view.date.end]
    latest = max(days, default=date(1970, 1, 1))
    return f"{latest:%Y%m%d}T000000Z"


def table(timeline: Timeline, link: EventLink = None) -> str:
    """CSV with a header row; lists (tags, sources) joined by ``; `` within a cell."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for view in timeline.events:
        event = view.event
        writer.writerow(
            [
                event.id,
                event.date,
                view.display,
                event.qualifier or "",
                view.date.first.isoformat() if view.date and view.date.start else "",
                view.date.last.isoformat() if view.date and view.date.end else "",
                "yes" if view.approximate else "no",
                "yes" if view.uncertain else "no",
                event.summary,
                "; ".join(view.tags),
                "; ".join(source.article_path for source in view.sources),
                "; ".join(source.label for source in view.sources),
                "; ".join(source.url for source in view.sources if source.url),
                link(view) if link else "",
            ]
        )
    return buffer.getvalue()
