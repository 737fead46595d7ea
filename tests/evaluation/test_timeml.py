"""Reading TimeML: plain text, creation time, gold spans and their offsets, and errors naming the file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from chronology.evaluation.timeml import (
    TimeMLError,
    find_timeml_files,
    parse_creation_time,
    read_timeml,
)

from .timeml_samples import HARBOUR_TML, VALLEY_TEXT, VALLEY_TML


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_plain_text_drops_tags_and_unescapes_entities(tmp_path: Path) -> None:
    document = read_timeml(write(tmp_path / "valley.tml", VALLEY_TML))
    assert document.text == VALLEY_TEXT


def test_creation_time_with_clock_time_is_a_datetime(tmp_path: Path) -> None:
    document = read_timeml(write(tmp_path / "valley.tml", VALLEY_TML))
    assert document.creation_time == datetime(2021, 9, 6, 14, 30)
    harbour = read_timeml(write(tmp_path / "harbour.tml", HARBOUR_TML))
    assert harbour.creation_time == date(1998, 11, 20)
    assert not isinstance(harbour.creation_time, datetime)


def test_gold_spans_have_offsets_into_the_plain_text(tmp_path: Path) -> None:
    document = read_timeml(write(tmp_path / "valley.tml", VALLEY_TML))
    found = [(t.tid, t.text, t.start, t.end, t.type, t.value, t.mod) for t in document.timexes]
    # Offsets located in the hand-written plain text, each phrase occurring once in it.
    expected = [
        (tid, words, VALLEY_TEXT.index(words), VALLEY_TEXT.index(words) + len(words), kind, value, mod)
        for tid, words, kind, value, mod in [
            ("t1", "on Sunday", "DATE", "2021-09-05", None),
            ("t2", "about two days", "DURATION", "P2D", "APPROX"),
            ("t4", "tomorrow", "DATE", "2021-09-07", None),
            ("t5", "9 a.m.", "TIME", "2021-09-07T09:00", None),
        ]
    ]
    assert found == expected
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text


def test_empty_timex_and_creation_time_and_title_are_not_gold_spans(tmp_path: Path) -> None:
    document = read_timeml(write(tmp_path / "valley.tml", VALLEY_TML))
    tids = {timex.tid for timex in document.timexes}
    assert "t0" not in tids  # the creation time
    assert "t3" not in tids  # empty: annotated, but no words to find
    assert "t9" not in tids  # in the title, outside <TEXT>
    assert document.empty_timexes == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1998-11-20", date(1998, 11, 20)),
        ("1998-11-20T19:30", datetime(1998, 11, 20, 19, 30)),
        ("1998-11-20T19:30:05", datetime(1998, 11, 20, 19, 30, 5)),
    ],
)
def test_creation_time_notations(value: str, expected: date) -> None:
    assert parse_creation_time(value) == expected


def test_malformed_xml_names_the_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.tml", VALLEY_TML.replace('class="OCCURRENCE">met</EVENT>', ">met</EVNT>"))
    with pytest.raises(TimeMLError) as caught:
        read_timeml(path)
    assert str(path) in str(caught.value)
    assert caught.value.line == 7
    assert "not well-formed" in str(caught.value)


def test_missing_creation_time_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "no-dct.tml", HARBOUR_TML.replace('functionInDocument="CREATION_TIME"', ""))
    with pytest.raises(TimeMLError, match="no creation time"):
        read_timeml(path)


def test_unreadable_creation_time_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "bad-dct.tml", HARBOUR_TML.replace('value="1998-11-20"', 'value="1998-13-40"'))
    with pytest.raises(TimeMLError, match="1998-13-40") as caught:
        read_timeml(path)
    assert str(path) in str(caught.value)


def test_missing_text_element_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "no-text.tml", HARBOUR_TML.replace("<TEXT>", "<BODY>").replace("</TEXT>", "</BODY>"))
    with pytest.raises(TimeMLError, match="no <TEXT>"):
        read_timeml(path)


def test_files_are_found_recursively_in_sorted_order_once(tmp_path: Path) -> None:
    b = write(tmp_path / "corpus" / "b.tml", HARBOUR_TML)
    a = write(tmp_path / "corpus" / "sub" / "a.tml", HARBOUR_TML)
    c = write(tmp_path / "corpus" / "a.tml", VALLEY_TML)
    write(tmp_path / "corpus" / "notes.txt", "not TimeML")
    found = find_timeml_files([tmp_path / "corpus", b])
    assert found == [c, b, a]


def test_a_missing_path_or_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(TimeMLError, match="no such file") as caught:
        find_timeml_files([tmp_path / "absent"])
    assert str(tmp_path / "absent") in str(caught.value)
    (tmp_path / "empty").mkdir()
    with pytest.raises(TimeMLError, match=r"no \.tml files"):
        find_timeml_files([tmp_path / "empty"])


def test_a_creation_time_inside_the_text_is_text_but_not_gold(tmp_path: Path) -> None:
    # Some TimeML has the dateline inside <TEXT>: its words stay in the text, its TIMEX3 is no span to find.
    tml = HARBOUR_TML.replace("<DCT>", "<TEXT>").replace("</DCT>\n<TEXT>", " ")
    document = read_timeml(write(tmp_path / "dateline.tml", tml))
    assert document.text.startswith("19981120 The harbour reopened yesterday")
    assert document.creation_time == date(1998, 11, 20)
    assert [timex.text for timex in document.timexes] == ["yesterday", "three weeks"]
    assert document.timexes[0].start == len("19981120 The harbour reopened ")
    assert document.unscored == ((0, len("19981120")),)


def test_finding_the_creation_time_in_the_text_is_neither_hit_nor_spurious(tmp_path: Path) -> None:
    from chronology.evaluation.runner import run_tagger
    from chronology.temporal.expression import TemporalExpression

    tml = HARBOUR_TML.replace("<DCT>", "<TEXT>").replace("</DCT>\n<TEXT>", " ")
    document = read_timeml(write(tmp_path / "dateline.tml", tml))

    def tagger(text: str, published: object) -> list[TemporalExpression]:
        found = [TemporalExpression("19981120", 0, 8, "DATE", "1998-11-20")]
        for timex in document.timexes:
            found.append(TemporalExpression(timex.text, timex.start, timex.end, timex.type, timex.value))
        return found

    result = run_tagger("test", tagger, [document], warm_up=False)
    assert result.score.overall.relaxed_precision == 1.0
    assert result.score.overall.relaxed_recall == 1.0


def test_taggers_take_turns_and_each_is_scored_on_its_own(tmp_path: Path) -> None:
    from chronology.evaluation import runner
    from chronology.temporal.expression import TemporalExpression

    documents = [read_timeml(write(tmp_path / f"d{number}.tml", HARBOUR_TML)) for number in range(runner.TURN + 3)]
    calls: list[str] = []

    def finds_all(text: str, published: object) -> list[TemporalExpression]:
        calls.append("all")
        timexes = documents[0].timexes
        return [TemporalExpression(t.text, t.start, t.end, t.type, t.value) for t in timexes]

    def finds_none(text: str, published: object) -> list[TemporalExpression]:
        calls.append("none")
        return []

    everything, nothing = runner.run_taggers([("all", finds_all), ("none", finds_none)], documents, warm_up=False)
    # A turn of TURN documents each, then the rest: the faster tagger is timed running as a build runs it.
    assert calls == ["all"] * runner.TURN + ["none"] * runner.TURN + ["all"] * 3 + ["none"] * 3
    assert (everything.name, everything.score.overall.relaxed_recall) == ("all", 1.0)
    assert (nothing.name, nothing.score.overall.relaxed_recall) == ("none", 0.0)
    assert len(everything.predictions) == len(nothing.predictions) == len(documents)


def test_the_collector_is_as_it_was_after_a_run(tmp_path: Path) -> None:
    import gc

    from chronology.evaluation.runner import run_tagger

    document = read_timeml(write(tmp_path / "harbour.tml", HARBOUR_TML))
    frozen = gc.get_freeze_count()
    run_tagger("none", lambda text, published: [], [document])
    assert gc.get_freeze_count() == frozen and gc.isenabled()
