"""Headlines in title case, where a capital marks no name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from chronology.temporal import tag
from chronology.temporal.ruleset import RuleSet
from chronology.temporal.title_lines import in_title_case_line

FRIDAY = date(2026, 7, 17)


def test_a_line_is_in_title_case_when_all_its_longer_words_are_capitalised() -> None:
    text = "Resident Doctors Strike Today in England\nResident doctors begin a strike today."
    assert in_title_case_line(text, text.index("Today"))
    assert not in_title_case_line(text, text.rindex("today"))
    assert not in_title_case_line("The cinema screens Apocalypse Now.", 20)
    assert not in_title_case_line("India Today Reported It.", 6)  # a sentence on a line of its own
    assert not in_title_case_line("Apocalypse Now", 11)  # too few words to tell


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Resident Doctors Strike Today in England", [("Today", "2026-07-17")]),
        ("Northern Lights Could Be Visible Tonight", [("Tonight", "2026-07-17TNI")]),
        ("Museum Marks 150 Years Since Its Founding in 1876", [("150 Years", "P150Y"), ("1876", "1876")]),
        ("Council Plans to Scrap Weekly Bin Collections From April", [("Weekly", "P1W"), ("April", "2027-04")]),
        # in running text the capitals still mark names
        ("The cinema screens Apocalypse Now and USA Today reviews it.", []),
        ("The report was written by April Chen, a researcher.", []),
    ],
)
def test_a_headline_in_title_case_names_its_times(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(found.text, found.value) for found in tag(text, FRIDAY)] == expected


def test_an_unknown_except_in_is_an_error(tmp_path: Path) -> None:
    from chronology.temporal.ruleset import RULES_DIR

    for path in RULES_DIR.glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    names = tmp_path / "names.yaml"
    names.write_text(
        names.read_text(encoding="utf-8").replace("except_in: title_case_lines", "except_in: headlines", 1),
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="unknown except_in 'headlines'"):
        RuleSet(tmp_path)
