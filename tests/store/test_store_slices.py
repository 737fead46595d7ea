"""The fast write path: events that did not change are written as their own text, the rest as ruamel would."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import generated_event

import chronology.store as store
from chronology.store import load_chronology, update_chronology

ROUND_TRIP = store._update_by_round_trip  # the whole-file ruamel path, before any test replaces it
WORDS = ["convoy", "bridge", "airport", "market", "valley", "border", "school", "harbour", "river", "station"]


def report(number: int, year: int = 2000):
    """The number-th report, on a day of its own (no two are the same report)."""
    words = " ".join(WORDS[(number * 7 + k * 3) % len(WORDS)] for k in range(3))
    quote = f'Report {number}: the {words} reopened on Monday, "as planned," it\'s said.'
    date = f"{year + number // 336}-{1 + (number // 28) % 12:02d}-{1 + number % 28:02d}"
    return generated_event(quote, date, article=f"articles/a{number}.md")


@pytest.fixture
def slices_only(monkeypatch):
    """Fail if a write falls back to round-tripping the whole file with ruamel."""

    def refuse(*args, **kwargs):
        raise AssertionError("the whole file was round-tripped with ruamel")

    monkeypatch.setattr(store, "_update_by_round_trip", refuse)


def blocks_by_id(text: str) -> dict[str, str]:
    """Each event's lines, from its dash to the next dash or top-level key."""
    found, current, lines = {}, None, []
    for line in text.splitlines(keepends=True):
        if line.startswith("- id: ") or not line.startswith((" ", "-")):
            if current:
                found[current] = "".join(lines)
            current, lines = (line[6:].split()[0], [line]) if line.startswith("- id: ") else (None, [])
        elif current:
            lines.append(line)
    if current:
        found[current] = "".join(lines)
    return found


def test_new_file_is_written_as_ruamel_writes_it(tmp_path: Path, slices_only):
    events = [report(n) for n in range(40)]
    events[3].tags = ["talks", "valley"]
    events[4].qualifier = "night"
    fast = tmp_path / "a" / "main.yaml"
    update_chronology(fast, "main", "Main: a title", events)
    slow = tmp_path / "b" / "main.yaml"
    ROUND_TRIP(slow, "main", "Main: a title", events, store._read(slow, missing_ok=True))
    assert fast.read_text() == slow.read_text()


def test_large_chronology_keeps_comments_and_untouched_events_byte_for_byte(chronology_path: Path, slices_only):
    events = [report(n) for n in range(600)]
    update_chronology(chronology_path, "main", "Main", events)
    text = chronology_path.read_text()
    ids = [event.id for event in events]
    # a person comments between events, inside an event and inside a source, and quotes a summary
    text = text.replace(f"- id: {ids[10]}\n", f"# checked against the wire copy\n- id: {ids[10]}\n", 1)
    text = text.replace(f"- id: {ids[20]}\n", f"- id: {ids[20]}  # keep this one\n", 1)
    start = text.index(f"- id: {ids[30]}\n")
    at = text.index("    expression: on Monday\n", start)
    text = text[:at] + "    # the expression is ambiguous\n" + text[at:]
    text = text.replace("\n# The build's record", "\n# last event above\n# The build's record", 1)
    chronology_path.write_text(text)
    before = blocks_by_id(text)
    # ten new articles, and an article of an untouched event changed (its source offsets move)
    moved = generated_event(events[50].summary, events[50].date, article="articles/a50.md", offset=400)
    more = [*events[:50], moved, *events[51:], *[report(1000 + n * 29) for n in range(10)]]
    stored = update_chronology(chronology_path, "main", "Main", more)
    after_text = chronology_path.read_text()
    after = blocks_by_id(after_text)
    for comment in (
        "# checked against the wire copy\n- id: ",
        "  # keep this one\n",
        "    # the expression is ambiguous\n",
        "# last event above\n",
    ):
        assert comment in after_text, comment
    unchanged = [event_id for event_id in ids if event_id != moved.id]
    assert all(after[event_id] == before[event_id] for event_id in unchanged)
    assert after[moved.id] != before[moved.id] and "start: 400" in after[moved.id]
    assert len(stored.events) == 610
    positions = [after_text.index(f"- id: {event.id}") for event in stored.events]
    assert positions == sorted(positions)  # new events inserted in date order
    assert [event.id for event in load_chronology(chronology_path).events] == [event.id for event in stored.events]
    snapshot = chronology_path.read_bytes()
    update_chronology(chronology_path, "main", "Main", more)
    assert chronology_path.read_bytes() == snapshot


def test_changed_event_with_an_inner_comment_keeps_it(chronology_path: Path, slices_only):
    first, second = report(1), report(2)
    update_chronology(chronology_path, "main", "Main", [first, second])
    text = chronology_path.read_text()
    start = text.index(f"- id: {first.id}")
    text = text[:start] + text[start:].replace("  summary: ", "  # wording checked by the desk\n  summary: ", 1)
    text = text.replace(f"  date: {first.date}\n", f"  date: {first.date}  # from the wire\n", 1)
    chronology_path.write_text(text)
    moved = generated_event(first.summary, first.date, article="articles/a1.md", offset=250)
    update_chronology(chronology_path, "main", "Main", [moved, second])
    after = chronology_path.read_text()
    block = blocks_by_id(after)[first.id]
    assert "  # wording checked by the desk\n  summary: " in block
    assert f"  date: {first.date}  # from the wire\n" in block
    assert "start: 250" in block  # the untouched source was still updated


def test_commented_event_whose_article_went_away_is_kept(chronology_path: Path, slices_only):
    first, second = report(1), report(2)
    update_chronology(chronology_path, "main", "Main", [first, second])
    text = chronology_path.read_text().replace(f"- id: {second.id}", f"# keep\n- id: {second.id}", 1)
    chronology_path.write_text(text)
    stored = update_chronology(chronology_path, "main", "Main", [first])
    assert second.id in [event.id for event in stored.events]
    third = report(3)
    update_chronology(chronology_path, "main", "Main", [third])
    assert first.id not in chronology_path.read_text()  # untouched and gone from the articles: removed


FLOW = """\
# kept by hand
title: Flow
events: [{id: hand-1, date: 2021-09-01, summary: Written in flow style.}]  # one line
"""

ANCHORS = """\
title: Anchors
events:
- id: hand-1
  date: 2021-09-01
  summary: &s Said twice.
- id: hand-2
  date: 2021-09-02
  summary: *s
"""


@pytest.mark.parametrize("text", [FLOW, ANCHORS], ids=["flow events", "anchors"])
def test_layouts_the_slices_do_not_cover_are_round_tripped_with_ruamel(chronology_path: Path, text: str):
    chronology_path.parent.mkdir(parents=True)
    chronology_path.write_text(text)
    new = report(5)
    stored = update_chronology(chronology_path, "main", "Main", [new])
    assert new.id in [event.id for event in stored.events] and "hand-1" in [event.id for event in stored.events]
    after = chronology_path.read_text()
    assert after.splitlines()[0] == text.splitlines()[0]
    assert [event.id for event in load_chronology(chronology_path).events] == [event.id for event in stored.events]


def test_indented_file_gets_new_events_at_its_indentation(chronology_path: Path, slices_only):
    chronology_path.parent.mkdir(parents=True)
    chronology_path.write_text(
        "title: T\nevents:\n    - id: hand-1\n      date: 2021-09-01\n      summary: By hand.\n"
        "      tags:\n        - one\n"
    )
    new = report(5)
    update_chronology(chronology_path, "main", "Main", [new])
    after = chronology_path.read_text()
    assert f"\n    - id: {new.id}\n      date: {new.date}\n" in after
    assert "      tags:\n        - one\n" in after
    assert len(load_chronology(chronology_path).events) == 2


@pytest.mark.filterwarnings("ignore:.*unknown key 'notes'")
def test_new_events_that_would_stand_at_another_column_go_through_ruamel(chronology_path: Path, monkeypatch):
    """The first block list sets the indentation the fast writer guesses; here it is not the events' own."""
    chronology_path.parent.mkdir(parents=True)
    chronology_path.write_text(
        "title: T\nnotes:\n    - kept by hand\nevents:\n- id: hand-1\n  date: 2021-09-01\n  summary: By hand.\n"
    )
    whole_file = []
    monkeypatch.setattr(store, "_update_by_round_trip", lambda *args: whole_file.append(1) or ROUND_TRIP(*args))
    new = report(5)
    stored = update_chronology(chronology_path, "main", "Main", [new])
    assert whole_file  # the slices refused the mixed columns; ruamel wrote the file
    assert [event.id for event in load_chronology(chronology_path).events] == [event.id for event in stored.events]
    assert {event.id for event in stored.events} == {"hand-1", new.id}
    assert "notes:\n    - kept by hand\n" in chronology_path.read_text()


def test_read_back_catches_a_piece_that_does_not_say_its_data(chronology_path: Path, monkeypatch):
    """The full read-back the tests always run (CHRONOLOGY_VERIFY_WRITES) is a real check: a writer that
    drops a quote's last word is an internal error, and nothing is written."""
    from chronology.errors import ChronologyFileError
    from chronology.store import emit

    update_chronology(chronology_path, "main", "Main", [report(1)])
    before = chronology_path.read_bytes()
    real = emit.text_scalar
    monkeypatch.setattr(emit, "text_scalar", lambda value: real(value.rsplit(" ", 1)[0] if " " in value else value))
    with pytest.raises(ChronologyFileError, match="internal error, not written"):
        update_chronology(chronology_path, "main", "Main", [report(1), report(2)])
    assert chronology_path.read_bytes() == before
