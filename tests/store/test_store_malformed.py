"""Malformed chronology files: a clear error naming file and line, and the file left byte for byte."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from conftest import generated_event

from chronology.errors import ChronologyFileError
from chronology.store import ChronologyFileWarning, load_chronology, update_chronology

GOOD_EVENT = """\
- id: ev-1
  date: 2021-09-05
  summary: Talks continued till Sunday.
"""

ALIAS_BOMB = """\
title: Bomb
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
events: []
"""

CASES = {
    "syntax error": (
        "title: Broken\nevents:\n- id: ev-1\n  date: [2021-09-05\n  summary: x\n",
        5,
        "YAML syntax",
    ),
    "tab indentation": ("title: Tabs\nevents:\n- id: ev-1\n\tdate: 2021-09-05\n\tsummary: x\n", 4, "tab"),
    "duplicate ids": (
        "title: Twice\nevents:\n" + GOOD_EVENT + GOOD_EVENT.replace("Talks", "Other talks"),
        6,
        "duplicate event id 'ev-1' (first at line 3)",
    ),
    "event without date": (
        "title: T\nevents:\n" + GOOD_EVENT + "- id: ev-2\n  summary: Undated.\n",
        6,
        "'ev-2' has no date",
    ),
    "impossible day": (
        "title: T\nevents:\n" + GOOD_EVENT.replace("2021-09-05", "2021-02-30"),
        4,
        "'ev-1': invalid date",
    ),
    "impossible month": (
        "title: T\nevents:\n" + GOOD_EVENT.replace("2021-09-05", "2021-13"),
        4,
        "no month 13",
    ),
    "not a date": (
        "title: T\nevents:\n" + GOOD_EVENT.replace("2021-09-05", "last Sunday"),
        4,
        "invalid date",
    ),
    "bad range": (
        "title: T\nevents:\n" + GOOD_EVENT.replace("2021-09-05", "2021-09-06/2021-09-05"),
        4,
        "ends before",
    ),
    "alias bomb": (ALIAS_BOMB, None, "alias bomb"),
    "python object tag": (
        "title: T\nevents:\n- !!python/object/apply:os.system ['touch /tmp/pwned']\n",
        3,
        "tag:yaml.org,2002:python/object/apply:os.system is not allowed",
    ),
    "python object tag on a value": (
        "title: T\nevents:\n" + GOOD_EVENT.replace("Talks continued till Sunday.", "!!python/object:os.system {}"),
        5,
        "is not allowed",
    ),
    "duplicate key": ("title: T\nevents:\n" + GOOD_EVENT + "  summary: again\n", 6, "duplicate key"),
    "bad qualifier": (
        "title: T\nevents:\n" + GOOD_EVENT + "  qualifier: teatime\n",
        6,
        "qualifier 'teatime'",
    ),
    "not utf-8": (b"title: caf\xe9\nevents: []\n", 1, "not UTF-8"),
    "recursive alias": ("title: T\nevents: &e\n- *e\n", None, "refers to itself"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_malformed_file_is_refused_with_file_and_line_and_left_untouched(case, chronology_path: Path):
    content, line, fragment = CASES[case]
    chronology_path.parent.mkdir(parents=True)
    raw = content if isinstance(content, bytes) else content.encode()
    chronology_path.write_bytes(raw)
    with pytest.raises(ChronologyFileError) as loading:
        load_chronology(chronology_path)
    with pytest.raises(ChronologyFileError) as updating:
        update_chronology(chronology_path, "main", "Main", [generated_event("New on Monday.", "2021-09-06")])
    for error in (loading.value, updating.value):
        message = str(error)
        assert message.startswith(str(chronology_path)), message
        assert fragment in message, message
        if line is not None:
            assert error.line == line, message
            assert f"{chronology_path}:{line}: " in message
        else:
            assert error.line is not None
    assert chronology_path.read_bytes() == raw
    assert sorted(p.name for p in chronology_path.parent.iterdir()) == ["main.yaml"]


def test_python_object_tag_is_never_constructed(chronology_path: Path, tmp_path: Path):
    marker = tmp_path / "constructed"
    chronology_path.parent.mkdir(parents=True)
    chronology_path.write_text(f"title: T\nevents:\n- !!python/object/apply:os.system ['touch {marker}']\n")
    with pytest.raises(ChronologyFileError):
        load_chronology(chronology_path)
    assert not marker.exists()


def test_unknown_keys_warn_with_line_and_are_kept_on_rewrite(chronology_path: Path):
    chronology_path.parent.mkdir(parents=True)
    text = "title: T\nreviewer: Ana\nevents:\n" + GOOD_EVENT + "  sumary: typo here\n"
    chronology_path.write_text(text)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        chronology = load_chronology(chronology_path)
    messages = [str(w.message) for w in caught if issubclass(w.category, ChronologyFileWarning)]
    assert f"{chronology_path}:2: unknown key 'reviewer'" in messages[0]
    assert f"{chronology_path}:7: event 'ev-1': unknown key 'sumary'" in messages[1]
    assert chronology.events[0].summary == "Talks continued till Sunday."
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        update_chronology(chronology_path, "main", "T", [generated_event("New on Monday.", "2021-09-06")])
    after = chronology_path.read_text()
    assert "reviewer: Ana\n" in after and "  sumary: typo here\n" in after


def test_missing_file_is_an_error_for_load_but_a_new_chronology_for_update(chronology_path: Path):
    with pytest.raises(ChronologyFileError, match="no such chronology file"):
        load_chronology(chronology_path)
    stored = update_chronology(chronology_path, "main", "Main", [])
    assert stored.title == "Main" and stored.events == []
    assert load_chronology(chronology_path).title == "Main"


def test_dates_of_every_notation_load(chronology_path: Path):
    chronology_path.parent.mkdir(parents=True)
    dates = [
        "2021-09-05",
        "2021-09",
        "2021",
        "2021-W36",
        "2021-09-05/2021-09-06",
        "2021-09~",
        "2021-09-05?",
        "199X",
    ]
    events = "".join(f"- id: e{i}\n  date: {d}\n  summary: Event {i}.\n" for i, d in enumerate(dates))
    chronology_path.write_text("title: T\nevents:\n" + events)
    loaded = load_chronology(chronology_path)
    assert sorted(event.date for event in loaded.events) == sorted(dates)
    assert [event.date for event in loaded.events][:2] == ["199X", "2021"]
