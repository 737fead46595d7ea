"""Where quotations start and end: straight, curly and wire-copy marks, and paragraphs that end them."""

from __future__ import annotations

from datetime import date

from chronology.temporal import tag
from chronology.temporal.quotations import Quotations


def spans(text: str) -> list[str]:
    return [text[start:end] for start, end in Quotations(text).spans]


def test_each_kind_of_mark_opens_and_closes_its_own() -> None:
    text = "He said \"yes,\" then \u201cno,\u201d then ``maybe.'' Done."
    assert spans(text) == ['"yes,"', "\u201cno,\u201d", "``maybe.''"]


def test_a_paragraph_ends_a_quotation_left_open() -> None:
    # News leaves the closing mark off a quotation that runs on into the next paragraph.
    text = '"We will stay until the end.\n\n"We will not leave," he said.'
    assert spans(text) == ['"We will stay until the end.', '"We will not leave,"']


def test_an_apostrophe_is_no_quotation_mark() -> None:
    assert spans("The minister's car and the rebels' base.") == []


def test_single_curly_marks_quote_and_the_apostrophe_inside_does_not_close() -> None:
    # British copy quotes with single curly marks; the closing one is also the apostrophe.
    text = "\u2018The players\u2019 union won\u2019t strike tomorrow,\u2019 he said. It is \u2018a new era\u2019 now."
    assert spans(text) == [
        "\u2018The players\u2019 union won\u2019t strike tomorrow,\u2019",
        "\u2018a new era\u2019",
    ]


def test_straight_single_marks_quote_but_an_apostrophe_or_a_short_year_does_not() -> None:
    text = "'We will sign tomorrow,' the minister said. The '90s and the players' union."
    assert spans(text) == ["'We will sign tomorrow,'"]


def test_a_single_mark_inside_a_word_opens_nothing() -> None:
    assert spans("Rock \u2019n\u2019 roll and O\u2018Brien\u2019s band.") == []


def test_around_finds_the_quotation_a_position_stands_in() -> None:
    text = '"Leave tomorrow," he said on Saturday.'
    quotations = Quotations(text)
    assert quotations.around(text.index("tomorrow")) == (0, text.index(",") + 2)
    assert quotations.around(text.index("Saturday")) is None


def test_the_attribution_day_is_the_nearest_day_named_just_after_or_before() -> None:
    from chronology.temporal.quotations import ATTRIBUTION_CLAUSE_REACH, ATTRIBUTION_REACH, attribution_day

    text = '"We leave tomorrow," he said on Saturday, a day after talks on Friday.'
    quotation = Quotations(text).spans[0]
    saturday = (text.index("Saturday"), text.index("Saturday") + 8, date(2021, 9, 4))
    friday = (text.index("Friday"), text.index("Friday") + 6, date(2021, 9, 3))

    def whole_text(position: int) -> tuple[int, int]:
        return (0, len(text))

    assert attribution_day(text, quotation, [friday, saturday], whole_text) == date(2021, 9, 4)
    assert attribution_day(text, quotation, [], whole_text) is None
    # Past the first characters, the attribution ends with its clause, and in any case within a longer reach.
    end = quotation[1]
    clause = text[:end] + " said" + " x" * ATTRIBUTION_REACH + ", then Friday"
    friday = (clause.index("Friday"), clause.index("Friday") + 6, date(2021, 9, 3))
    assert attribution_day(clause, quotation, [friday], lambda position: (0, len(clause))) is None
    longer = text[:end] + " x" * ATTRIBUTION_CLAUSE_REACH + " Friday"
    friday = (longer.index("Friday"), longer.index("Friday") + 6, date(2021, 9, 3))
    assert attribution_day(longer, quotation, [friday], lambda position: (0, len(longer))) is None
    title = text[:end] + " said the" + " x" * 30 + " on Friday."
    friday = (title.index("Friday"), title.index("Friday") + 6, date(2021, 9, 3))
    assert attribution_day(title, quotation, [friday], lambda position: (0, len(title))) == date(2021, 9, 3)


def test_a_long_title_in_the_attribution_still_reaches_its_day() -> None:
    text = (
        '"Power cuts will end by 6pm tomorrow," Electricity and Energy Minister Kgosientsho Ramokgopa told'
        " reporters on Thursday."
    )
    (found,) = [e for e in tag(text, date(2026, 3, 7)) if e.text.startswith("6pm")]
    assert found.value == "2026-03-06T18:00"
