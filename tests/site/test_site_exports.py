"""The exports read back: TimelineJS JSON, iCalendar (RFC 5545 syntax) and CSV."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from site_sample import HOSTILE_SUMMARY, sample_result

from chronology.events.model import Chronology, Event
from chronology.site import exports
from chronology.site.timeline import Timeline, build_timeline

CONTENT_LINE = re.compile(r"^[A-Z][A-Z0-9-]*(;[A-Z0-9-]+=[^:;]+)*:.*$")


@pytest.fixture
def timeline() -> Timeline:
    result = sample_result()
    return build_timeline(result.chronologies[0], {a.path: a for a in result.articles})


def test_timelinejs_json_has_timelinejs_keys_and_true_precision(timeline: Timeline) -> None:
    data = json.loads(exports.timelinejs(timeline))
    assert data["title"]["text"]["headline"] == "Afghanistan 2021 &lt;i&gt;draft&lt;/i&gt;"
    slides = {slide["unique_id"]: slide for slide in data["events"]}
    assert len(slides) == len(timeline.events)
    for slide in data["events"]:
        assert isinstance(slide["start_date"]["year"], int)
        assert set(slide["text"]) == {"headline", "text"}
    assert slides["e-panjshir-sunday"]["start_date"] == {"year": 2021, "month": 9, "day": 5}
    assert slides["e-evacuations-begin"]["start_date"] == {"year": 2021, "month": 8}  # a month, no day
    assert slides["e-evacuations-begin"]["display_date"] == "mid-Aug 2021"
    assert slides["e-panjshir-overnight"]["end_date"] == {"year": 2021, "month": 9, "day": 6}
    # each event's group is its least shared tag: "fighting" (2 events) over "panjshir" (3)
    assert slides["e-panjshir-overnight"]["group"] == "fighting"
    assert slides["e-kabul-last-flight"]["group"] == "kabul"
    assert slides["e-panjshir-sunday"]["group"] == "panjshir"
    assert "<script>" not in slides["e-talks-hostile"]["text"]["headline"]
    assert "&lt;script&gt;" in slides["e-talks-hostile"]["text"]["headline"]


def test_timelinejs_json_is_laid_out_as_the_json_module_lays_it_out(timeline: Timeline) -> None:
    timeline.chronology.title = 'Afghanistan "2021" \\ é \u2028 \U0001f600'  # quotes, escapes, non-ASCII
    text = exports.timelinejs(timeline, lambda view: f"https://example.org/#{view.anchor}")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    assert '"Afghanistan &quot;2021&quot; \\\\ é \u2028 \U0001f600"' in text


def unfold(text: str) -> list[str]:
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    assert all("\n" not in line and "\r" not in line for line in physical)
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    lines: list[str] = []
    for line in physical:
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def test_icalendar_is_valid_rfc5545(timeline: Timeline) -> None:
    lines = unfold(exports.icalendar(timeline))
    assert all(CONTENT_LINE.match(line) for line in lines), [line for line in lines if not CONTENT_LINE.match(line)]
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(line.startswith("PRODID:") for line in lines)
    events, current = [], None
    for line in lines[1:-1]:
        if line == "BEGIN:VEVENT":
            assert current is None
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    assert current is None and len(events) == len(timeline.events)
    for event in events:
        assert {"UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY"} <= set(event)
        assert re.fullmatch(r"\d{8}T\d{6}Z", event["DTSTAMP"])
        assert event["DTSTART;VALUE=DATE"] < event["DTEND;VALUE=DATE"]
    by_summary = {e["SUMMARY"]: e for e in events}
    night = by_summary["Taliban fighters pressed into the Panjshir valley"]
    assert (night["DTSTART;VALUE=DATE"], night["DTEND;VALUE=DATE"]) == ("20210905", "20210907")
    month = by_summary["Evacuations began"]
    assert (month["DTSTART;VALUE=DATE"], month["DTEND;VALUE=DATE"]) == ("20210801", "20210901")
    escaped = HOSTILE_SUMMARY.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    assert escaped in by_summary
    assert len({e["UID"] for e in events}) == len(events)


def test_csv_reads_back(timeline: Timeline) -> None:
    rows = list(csv.DictReader(io.StringIO(exports.table(timeline))))
    assert [row["id"] for row in rows] == [view.event.id for view in timeline.events]
    by_id = {row["id"]: row for row in rows}
    assert by_id["talks-hostile"]["summary"] == HOSTILE_SUMMARY
    assert by_id["talks-hostile"]["approximate"] == "yes"
    assert by_id["panjshir-overnight"]["display_date"] == "night of 5–6 Sep 2021"
    assert (by_id["panjshir-overnight"]["start"], by_id["panjshir-overnight"]["end"]) == ("2021-09-05", "2021-09-06")
    assert by_id["kabul-last-flight"]["urls"] == "https://example.org/kabul?a=1&b=2"
    assert by_id["kabul-last-flight"]["tags"] == "evacuation; kabul"


def test_a_tag_every_event_has_makes_no_timelinejs_group() -> None:
    events = [Event("a", "2021-09-05", "one", tags=["all", "x"]), Event("b", "2021-09-06", "two", tags=["all"])]
    data = json.loads(exports.timelinejs(build_timeline(Chronology("c", "C", events), {})))
    assert [slide.get("group") for slide in data["events"]] == ["x", None]


def test_long_lines_fold_full_and_unfold_to_the_same_text() -> None:
    for line in ("x" * 300, "é" * 100 + " y" * 50, "a" * 75, "b" * 76):
        physical = exports._fold(line).split("\r\n")
        assert unfold(exports._fold(line) + "\r\n") == [line]
        assert all(len(part.encode("utf-8")) >= 74 for part in physical[:-1])  # no line folded early
