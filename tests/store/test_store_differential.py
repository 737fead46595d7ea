"""The slice writer writes what the whole-file ruamel writer writes, after any hand edits and rebuilds."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_store_property import DATES, EDIT, Editor, pool_event

import chronology.store as store
from chronology.store import load_chronology, update_chronology
from chronology.store.deletions import DELETED_NOTE
from chronology.store.layout import NotSliceable


def round_trip_update(path: Path, pool) -> None:
    """update_chronology as it was: the whole file through ruamel."""

    def refuse(*args, **kwargs):
        raise NotSliceable("forced")

    with mock.patch.object(store, "_update_by_slices", refuse):
        update_chronology(path, "main", "Main", pool)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(  # the last event ends with an empty `sources:`: ruamel keeps the lines after it on the list itself
    first=["2021-09-05"],
    rounds=[
        (
            [],
            [("delete", 0, 0, "2021-09-05")] + [("add", 0, 0, "2021-09-05")] * 3 + [("merge", 152, 0, "2021-09-05")],
        )
    ],
)
@given(
    first=st.lists(st.sampled_from(DATES), min_size=1, max_size=6),
    rounds=st.lists(st.tuples(st.lists(st.sampled_from(DATES), max_size=3), st.lists(EDIT, max_size=5)), max_size=4),
)
def test_slices_and_round_trip_agree(first, rounds):
    with tempfile.TemporaryDirectory() as folder:
        fast = Path(folder) / "fast" / "main.yaml"
        slow = Path(folder) / "slow" / "main.yaml"
        pool = [pool_event(number, date) for number, date in enumerate(first)]
        update_chronology(fast, "main", "Main", pool)
        editor = Editor(fast)
        for new_dates, edits in rounds:
            editor.quote_ids = {event.summary: event.id for event in pool}
            for kind, pick, pick2, date in edits:
                editor.apply(kind, pick, pick2, date)
            slow.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(fast, slow)
            pool += [pool_event(len(pool) + k, date) for k, date in enumerate(new_dates)]
            update_chronology(fast, "main", "Main", pool)
            round_trip_update(slow, pool)
            assert load_chronology(fast).events == load_chronology(slow).events
            fast_text, slow_text = fast.read_text(), slow.read_text()
            if "\nevents: []\n" in slow_text and f"# {DELETED_NOTE}" not in slow_text:
                # ruamel has no item to hang the note above a new `deleted` list on; the slices write it
                fast_text = fast_text.replace(f"# {DELETED_NOTE}\n", "", 1)
            assert fast_text == slow_text
