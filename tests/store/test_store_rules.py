"""One test per rule of issue 4: what a rebuild may and may not do to a chronology a person edited."""

from __future__ import annotations

from pathlib import Path

from conftest import generated_event

from chronology.store import load_chronology, update_chronology

SUNDAY = generated_event("Talks in the valley continued till Sunday.", "2021-09-05", expression="till Sunday")
MONDAY = generated_event("On Monday the fighters said they had retreated.", "2021-09-06")
NIGHT = generated_event(
    "Overnight, shelling was heard near the capital.",
    "2021-09-05/2021-09-06",
    expression="Overnight",
    qualifier="night",
)
AUGUST = generated_event("In August the road was closed.", "2021-08", article="articles/b.md", expression="August")


def build(path: Path, events, title="Panjshir"):
    return update_chronology(path, "main", title, list(events))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def ids(chronology) -> list[str]:
    return [event.id for event in chronology.events]


def test_new_chronology_is_written_in_date_order_with_schema_comment(chronology_path):
    stored = build(chronology_path, [MONDAY, SUNDAY, NIGHT, AUGUST])
    assert ids(stored) == [AUGUST.id, SUNDAY.id, NIGHT.id, MONDAY.id]
    text = chronology_path.read_text()
    assert text.startswith("# yaml-language-server: $schema=")
    schema = text.splitlines()[0].split("$schema=", 1)[1]
    assert (chronology_path.parent / schema).resolve().is_file()
    assert [e.id for e in load_chronology(chronology_path).events] == ids(stored)
    positions = [text.index(f"id: {event.id}") for event in (AUGUST, SUNDAY, NIGHT, MONDAY)]
    assert positions == sorted(positions)


def test_rebuild_with_same_input_is_byte_identical_and_does_not_write(chronology_path):
    build(chronology_path, [SUNDAY, MONDAY])
    before = chronology_path.read_bytes()
    mtime = chronology_path.stat().st_mtime_ns
    build(chronology_path, [MONDAY, SUNDAY])
    assert chronology_path.read_bytes() == before
    assert chronology_path.stat().st_mtime_ns == mtime


def test_new_events_are_inserted_in_date_order_and_same_day_order_is_stable(chronology_path):
    build(chronology_path, [SUNDAY, MONDAY])
    later_sunday = generated_event("Sunday's talks ended without result.", "2021-09-05", article="articles/c.md")
    stored = build(chronology_path, [SUNDAY, MONDAY, later_sunday, AUGUST])
    assert ids(stored) == [AUGUST.id, SUNDAY.id, later_sunday.id, MONDAY.id]
    text = chronology_path.read_text()
    assert text.index(SUNDAY.id) < text.index(later_sunday.id) < text.index(MONDAY.id)


def test_untouched_generated_event_is_updated(chronology_path):
    build(chronology_path, [SUNDAY])
    corrected = generated_event(SUNDAY.summary, "2021-09-04", expression="till Sunday", offset=120)
    stored = build(chronology_path, [corrected])
    assert stored.events[0].date == "2021-09-04"
    assert stored.events[0].sources[0].start == corrected.sources[0].start


def test_a_field_a_person_edited_is_never_changed(chronology_path):
    build(chronology_path, [SUNDAY, MONDAY])
    edit(chronology_path, "date: 2021-09-06", "date: 2021-09-07")
    edit(chronology_path, "summary: On Monday the fighters", "summary: Monday, the fighters")
    changed = generated_event(MONDAY.summary, "2021-09-13", offset=50)
    stored = build(chronology_path, [SUNDAY, changed])
    monday = next(event for event in stored.events if event.id == MONDAY.id)
    assert monday.date == "2021-09-07"
    assert monday.summary.startswith("Monday, the fighters")
    assert monday.sources[0].start == changed.sources[0].start  # the untouched source is still kept up to date


def test_a_deleted_event_never_comes_back_and_the_deletion_is_recorded(chronology_path):
    build(chronology_path, [SUNDAY, MONDAY])
    text = chronology_path.read_text()
    loaded = load_chronology(chronology_path)
    assert ids(loaded) == [SUNDAY.id, MONDAY.id]
    start = text.index(f"- id: {MONDAY.id}")
    end = text.index("\n# The build's record")
    chronology_path.write_text(text[:start] + text[end + 1 :])
    assert ids(load_chronology(chronology_path)) == [SUNDAY.id]
    for _ in range(2):
        stored = build(chronology_path, [SUNDAY, MONDAY, AUGUST])
        assert MONDAY.id not in ids(stored)
    text = chronology_path.read_text()
    deleted = text[text.index("\ndeleted:") :]
    assert f"id: {MONDAY.id}" in deleted and MONDAY.summary in deleted


def test_removing_the_deleted_entry_undoes_the_deletion(chronology_path):
    build(chronology_path, [SUNDAY, MONDAY])
    text = chronology_path.read_text()
    start, end = text.index(f"- id: {MONDAY.id}"), text.index("\n# The build's record")
    chronology_path.write_text(text[:start] + text[end + 1 :])
    build(chronology_path, [SUNDAY, MONDAY])
    text = chronology_path.read_text()
    start = text.index("\n# Events you deleted")
    end = text.index("\n# The build's record")
    chronology_path.write_text(text[:start] + text[end:])
    assert ids(build(chronology_path, [SUNDAY, MONDAY])) == [SUNDAY.id, MONDAY.id]


def test_hand_added_event_without_sources_is_kept_and_given_an_id(chronology_path):
    build(chronology_path, [SUNDAY, MONDAY])
    edit(
        chronology_path,
        "generated:",
        "generated:",
    )
    text = chronology_path.read_text()
    insert_at = text.index(f"- id: {MONDAY.id}")
    hand = "- date: 2021-09-05\n  qualifier: evening\n  summary: A ceasefire was announced on the radio.\n"
    chronology_path.write_text(text[:insert_at] + hand + text[insert_at:])
    stored = build(chronology_path, [SUNDAY, MONDAY, AUGUST])
    hand_events = [event for event in stored.events if event.summary.startswith("A ceasefire")]
    assert len(hand_events) == 1 and hand_events[0].sources == []
    assert hand_events[0].id.startswith("manual-")
    assert f"id: {hand_events[0].id}" in chronology_path.read_text()
    assert ids(build(chronology_path, [SUNDAY, MONDAY, AUGUST])) == ids(stored)


def test_untouched_generated_event_whose_source_vanished_is_removed(chronology_path):
    build(chronology_path, [SUNDAY, MONDAY])
    stored = build(chronology_path, [SUNDAY])
    assert ids(stored) == [SUNDAY.id]
    assert MONDAY.id not in chronology_path.read_text()


def test_edited_generated_event_whose_source_vanished_is_kept(chronology_path):
    build(chronology_path, [SUNDAY, MONDAY])
    edit(chronology_path, "summary: On Monday the fighters", "summary: Monday, the fighters")
    stored = build(chronology_path, [SUNDAY])
    assert MONDAY.id in ids(stored)


def test_merged_event_keeps_its_sources_and_absorbs_later_reports(chronology_path):
    other = generated_event(
        "Talks in the valley went on till Sunday, a spokesman said.",
        "2021-09-05",
        article="articles/b.md",
        expression="till Sunday",
    )
    build(chronology_path, [SUNDAY, MONDAY])
    # A person merges by hand: the second report is added as a further source of the first event.
    third = generated_event(
        "Talks in the valley continued till Sunday, residents said.",
        "2021-09-05",
        article="articles/c.md",
        expression="till Sunday",
    )
    stored = build(chronology_path, [SUNDAY, MONDAY, other])
    sunday = next(event for event in stored.events if event.id == SUNDAY.id)
    # "went on ... a spokesman said" is not near-identical: a separate event
    assert other.id in ids(stored) and len(sunday.sources) == 1
    stored = build(chronology_path, [SUNDAY, MONDAY, other, third])
    sunday = next(event for event in stored.events if event.id == SUNDAY.id)
    assert third.id not in ids(stored)
    assert [source.article for source in sunday.sources] == ["articles/a.md", "articles/c.md"]
    assert ids(build(chronology_path, [SUNDAY, MONDAY, other, third])) == ids(stored)


def test_manual_merge_is_respected(chronology_path):
    other = generated_event(
        "Fighters retreated, a commander said.", "2021-09-06", article="articles/b.md", expression="retreated"
    )
    build(chronology_path, [SUNDAY, MONDAY, other])
    text = chronology_path.read_text()
    # Move the other event's source into Monday's event and delete the other event: a merge by hand.
    start = text.index(f"- id: {other.id}")
    block = text[start : text.index("\n# The build's record") + 1]
    source = block[block.index("  - article:") :]
    text = text.replace(block, "")
    monday_sources_end = text.index("    value: 2021-09-06\n", text.index(f"- id: {MONDAY.id}")) + len(
        "    value: 2021-09-06\n"
    )
    text = text[:monday_sources_end] + source + text[monday_sources_end:]
    chronology_path.write_text(text)
    merged = load_chronology(chronology_path)
    assert other.id not in ids(merged)
    stored = build(chronology_path, [SUNDAY, MONDAY, other])
    assert other.id not in ids(stored)
    monday = next(event for event in stored.events if event.id == MONDAY.id)
    assert {source.article for source in monday.sources} == {"articles/a.md", "articles/b.md"}
    assert "deleted:" not in chronology_path.read_text()


def test_comments_key_order_and_formatting_survive(chronology_path):
    build(chronology_path, [SUNDAY, MONDAY])
    text = chronology_path.read_text()
    text = text.replace("title: Panjshir", "title: Panjshir  # the valley north of Kabul")
    text = text.replace(f"- id: {MONDAY.id}", f"# checked against the wire copy\n- id: {MONDAY.id}")
    # a person reorders keys of one event
    text = text.replace(
        f"- id: {SUNDAY.id}\n  date: 2021-09-05\n",
        f"- date: 2021-09-05\n  id: {SUNDAY.id}\n",
    )
    chronology_path.write_text(text)
    build(chronology_path, [SUNDAY, MONDAY, AUGUST, NIGHT])
    after = chronology_path.read_text()
    assert "title: Panjshir  # the valley north of Kabul" in after
    assert f"# checked against the wire copy\n- id: {MONDAY.id}" in after
    assert f"- date: 2021-09-05\n  id: {SUNDAY.id}\n" in after
    assert after.index(NIGHT.id) < after.index("# checked against the wire copy")


def test_indentation_of_the_file_is_kept(chronology_path):
    build(chronology_path, [SUNDAY])
    text = chronology_path.read_text()
    indented = "\n".join(
        ("  " + line) if line.startswith(("- ", "  ")) and not line.startswith("  e") else line
        for line in text.splitlines()
    )
    chronology_path.write_text(indented + "\n")
    build(chronology_path, [SUNDAY, MONDAY])
    after = chronology_path.read_text()
    assert f"\n  - id: {MONDAY.id}\n    date: 2021-09-06\n" in after
    assert f"\n  - id: {SUNDAY.id}\n" in after


def test_tags_a_person_adds_are_kept(chronology_path):
    build(chronology_path, [SUNDAY])
    edit(chronology_path, "  summary: Talks", "  tags: [talks, valley]\n  summary: Talks")
    stored = build(chronology_path, [SUNDAY, MONDAY])
    assert stored.events[0].tags == ["talks", "valley"]
    assert "tags: [talks, valley]" in chronology_path.read_text()


def test_windows_line_ends_are_kept(chronology_path):
    chronology_path.parent.mkdir(parents=True)
    chronology_path.write_bytes(b"# mine\r\ntitle: T\r\nevents:\r\n- id: h\r\n  date: 2021\r\n  summary: Hand.\r\n")
    build(chronology_path, [MONDAY])
    raw = chronology_path.read_bytes()
    assert raw.startswith(b"# mine\r\ntitle: T\r\n")
    assert raw.count(b"\n") == raw.count(b"\r\n") and b"\r\r" not in raw
    before = raw
    build(chronology_path, [MONDAY])
    assert chronology_path.read_bytes() == before


def test_empty_file_is_an_empty_chronology_and_gets_filled(chronology_path):
    chronology_path.parent.mkdir(parents=True)
    chronology_path.write_text("")
    assert load_chronology(chronology_path).events == []
    assert ids(build(chronology_path, [SUNDAY])) == [SUNDAY.id]
