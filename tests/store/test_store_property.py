"""Property: random hand edits between rebuilds with new articles are never undone, deleted events never return.

Edits are made on the file's text, as a person in an editor would: change a date, reword a summary, delete an
event (its lines), add an event, merge two events (move one's sources under the other and delete it), and add a
comment line.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from conftest import generated_event
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronology.store import load_chronology, update_chronology

DATES = ["2021-09-05", "2021-09", "2021", "2021-09-05/2021-09-06", "2021-08-30", "2021-W36", "2021-09~"]
WORDS = ["convoy", "bridge", "airport", "market", "valley", "border", "school", "harbour", "river", "station"]


def pool_event(number: int, date: str):
    """The number-th report the articles yield; wording distinct enough never to count as the same report."""
    words = " ".join(WORDS[(number * 7 + k * 3) % len(WORDS)] for k in range(3))
    return generated_event(
        f"Report {number} on the {words} came on Monday.", date, article=f"articles/a{number % 5}-{number}.md"
    )


def blocks(text: str) -> tuple[list[str], dict[str, tuple[int, int]]]:
    """The file's lines, and for each event id the [start, end) lines of its block."""
    lines = text.splitlines(keepends=True)
    found: dict[str, tuple[int, int]] = {}
    start = None
    current = None
    for number, line in enumerate([*lines, "END\n"]):
        if current is not None and not line.startswith(" "):
            found[current] = (start, number)
            current = None
        if line.startswith("- id: ") and "deleted" not in "".join(lines[max(0, number - 3) : number]):
            current, start = line[len("- id: ") :].strip(), number
    return lines, found


def event_ids(text: str) -> list[str]:
    events_end = text.find("\ndeleted:")
    events_end = text.find("\ngenerated:") if events_end < 0 else events_end
    return list(blocks(text[: events_end + 1] if events_end >= 0 else text)[1])


class Editor:
    """A person editing the file, and what they expect to find after every rebuild."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.dates: dict[str, str] = {}
        self.summaries: dict[str, str] = {}
        self.deleted: set[str] = set()
        self.present: set[str] = set()  # hand-added events
        self.merged_sources: dict[str, set[str]] = {}  # event id -> quotes it must cite
        self.comments: list[str] = []
        self.counter = 0
        self.quote_ids: dict[str, str] = {}  # generated event id by its quote

    def _forget(self, event_id: str) -> None:
        for table in (self.dates, self.summaries, self.merged_sources):
            table.pop(event_id, None)
        self.present.discard(event_id)
        self.deleted.add(event_id)

    def apply(self, kind: str, pick: int, pick2: int, date: str) -> None:
        text = self.path.read_text()
        lines, found = blocks(text)
        ids = [event_id for event_id in found if event_id in event_ids(text)]
        if not ids and kind != "add":
            return
        self.counter += 1
        target = ids[pick % len(ids)] if ids else None
        if kind == "date":
            start, end = found[target]
            lines = [
                f"  date: {date}\n" if start < n < end and line.startswith("  date:") else line
                for n, line in enumerate(lines)
            ]
            self.dates[target] = date
        elif kind == "reword":
            start, end = found[target]
            summary = f"Reworded by hand {self.counter}."
            lines = [
                f"  summary: {summary}\n" if start < n < end and line.startswith("  summary:") else line
                for n, line in enumerate(lines)
            ]
            self.summaries[target] = summary
        elif kind == "delete":
            start, end = found[target]
            # reports the build attached to this event as further sources are deleted with it
            for line in lines[start:end]:
                if line.startswith("    quote: "):
                    self.deleted.add(self.quote_ids.get(line.split("quote: ", 1)[1].strip(), target))
            del lines[start:end]
            self._forget(target)
        elif kind == "add":
            event_id = f"hand-{self.counter}"
            at = next(n for n, line in enumerate(lines) if line.startswith("events:"))
            lines[at] = "events:\n"  # an empty list is written `events: []`
            at += 1
            lines[at:at] = [f"- id: {event_id}\n", f"  date: {date}\n", f"  summary: Added by hand {self.counter}.\n"]
            self.present.add(event_id)
            self.dates[event_id] = date
        elif kind == "merge":
            other = ids[pick2 % len(ids)]
            if other == target:
                return
            start, end = found[other]
            moved = [line for line in lines[start:end] if line.startswith(("  - ", "    "))]
            quotes = {line.split("quote: ", 1)[1].strip() for line in moved if line.startswith("    quote: ")}
            t_start, t_end = found[target]
            has_sources = any(line.startswith("  sources:") for line in lines[t_start:t_end])
            insert = ([] if has_sources else ["  sources:\n"]) + moved
            if start > t_start:
                del lines[start:end]
                lines[t_end:t_end] = insert
            else:
                lines[t_end:t_end] = insert
                del lines[start:end]
            expected = self.merged_sources.pop(other, set()) | quotes
            self._forget(other)
            self.merged_sources.setdefault(target, set()).update(expected)
        elif kind == "comment":
            start, _ = found[target]
            comment = f"# checked by hand {self.counter}\n"
            lines.insert(start, comment)
            self.comments.append(comment)
        self.path.write_text("".join(lines))

    def verify(self) -> None:
        chronology = load_chronology(self.path)
        by_id = {event.id: event for event in chronology.events}
        text = self.path.read_text()
        assert not (self.deleted & set(by_id)), "a deleted event came back"
        for event_id in self.present:
            assert event_id in by_id, f"hand-added {event_id} lost"
        for event_id, date in self.dates.items():
            assert by_id[event_id].date == date
        for event_id, summary in self.summaries.items():
            assert by_id[event_id].summary == summary
        for event_id, quotes in self.merged_sources.items():
            cited = {source.quote for source in by_id[event_id].sources}
            assert quotes <= cited, f"merged sources of {event_id} lost"
        for comment in self.comments:
            assert comment in text, f"comment {comment!r} lost"
        # events of the file are all listed, in the order the build keeps them, and reload cleanly
        assert len(by_id) == len(chronology.events)


EDIT = st.tuples(
    st.sampled_from(["date", "reword", "delete", "add", "merge", "comment"]),
    st.integers(0, 1000),
    st.integers(0, 1000),
    st.sampled_from(DATES),
)
ROUND = st.tuples(
    st.integers(0, 4), st.lists(st.sampled_from(DATES), min_size=0, max_size=3), st.lists(EDIT, max_size=5)
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=st.lists(st.sampled_from(DATES), min_size=1, max_size=5), rounds=st.lists(ROUND, min_size=1, max_size=5))
def test_hand_edits_survive_rebuilds_with_new_articles(first, rounds):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "chronologies" / "main.yaml"
        pool = [pool_event(number, date) for number, date in enumerate(first)]
        update_chronology(path, "main", "Main", pool)
        editor = Editor(path)
        for _, new_dates, edits in rounds:
            editor.quote_ids = {event.summary: event.id for event in pool}
            for kind, pick, pick2, date in edits:
                editor.apply(kind, pick, pick2, date)
            pool += [pool_event(len(pool) + k, date) for k, date in enumerate(new_dates)]
            editor.quote_ids = {event.summary: event.id for event in pool}
            update_chronology(path, "main", "Main", pool)
            editor.verify()
            before = path.read_bytes()
            update_chronology(path, "main", "Main", pool)
            assert path.read_bytes() == before, "a second rebuild changed the file"
            # every generated event is either in the file, merged into another, or deleted by hand
            stored = load_chronology(path)
            cited = {source.quote for event in stored.events for source in event.sources}
            for event in pool:
                assert (
                    event.id in editor.deleted
                    or event.sources[0].quote in cited
                    or any(e.id == event.id for e in stored.events)
                )
