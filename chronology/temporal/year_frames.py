"""A year at the head of a sentence frames the dates without a year that follow in it.

"In 2019, the company opened a plant in March" is March 2019, "the 2016 vote was held in June" June 2016,
"last year's model was delayed until October" October of last year. Only a year at the head of its sentence
sets such a frame (within its first three words, as a fronted "In 2019," or in the subject, but not in a
participle phrase put first, "Founded in 1887, the brewer will list in March"); a year further
in is mostly a detail ("under a program approved in 1987 ..., it had bought shares through Sept. 29"). Not a
starting point ("since 2019, and in March"), nor the start of a span ("the 2021-22 season"), nor across
sentences, where the story has often come back to its own days, nor out of a quotation into its attribution
(the resolver checks that). A year deeper in frames a "when" clause that
describes what it dates ("the 1997 floods, when the river burst its banks in July"). The resolver keeps the
year last named and asks these functions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from chronology.temporal.occurrences import PAST_OR_FOR_CERTAIN, Resolution
from chronology.temporal.periods import period_in_year
from chronology.temporal.tense_words import ends_with_word_of

# A year given as where something starts or ends ("since 2019", "until 2020") frames nothing after it.
_STARTING_POINT = re.compile(r"(?i)\b(?:since|from|until|till|by|before|after|through|between|and|to)\s+$")
_SPAN_GOES_ON = re.compile(r"\s*[-\u2013/]\s*\d")  # "the 2021-22 season": a year that begins a span
# A fiscal year is no calendar year: "The legislature's fiscal 2014 budget must be passed by June 30" (in April 2013)
# is the coming June 30, before that fiscal year starts; nor is a budget named by its year ("Budget 2024 will be
# unveiled on October 10" in September 2023).
_FISCAL = re.compile(r"(?i)(?:fiscal|financial|FY)\b")
# A participle phrase put first ("Founded in 1887 and listed in London since 1986, the brewer will move its listing
# to New York in March", "Born in 1950, ..."): background to the clause after it, whose dates it does not frame.
_OPENING_PARTICIPLE = re.compile(
    r"(?i)[\s\"'\u201c(]*(?:[a-z]{3,}ed|born|built|made|held|known|sold|written|grown|taken|given|begun|bought|"
    r"brought|won|lost|kept)\s+in\s+$"
)


# What puts a year first as a time ("In 2019, ...", "During the 2016 campaign, ..."), where a year without one
# describes the subject ("The 1997 epic returns ...", "Last year's champion will defend ...").
_TIME_PUT_FIRST = re.compile(r"(?i)[\s\"'\u201c(]*(?:in|during|by|throughout|over)\s+(?:the\s+)?$")
_LIMIT = ends_with_word_of("limit_prepositions")  # "was delayed until October": a limit, gone
# A year set off by a comma is a time put first too for a future told from then: "Last year, the airline said ...
# it would retire its A380s in October" (that October, gone); not for one told from now, "Last year, the festival
# drew 40,000 fans, and organisers said on Monday it will move to June".
_PUT_BACK = re.compile(r"(?i)\bwould\b")
_SET_OFF_BY_A_COMMA = re.compile(r"(?i)(?:(?:last|this|that)\s+year|\d{4}|a\s+year\s+(?:ago|earlier))\s*,")


# A year, or a date with its year, heading a timeline's line before a dash or a colon: a time put first.
_HEADS_A_TIMELINE_LINE = re.compile(r"[^\n]{0,20}?\d{4}[^\S\n]*[-\u2013\u2014:][^\S\n]")


def describes_the_subject(text: str, sentence_start: int, year_start: int, date_start: int) -> bool:
    """Whether the year at ``year_start``, heading its sentence, describes the subject rather than putting a
    time first, and the date at ``date_start`` is no limit: "The 1997 disaster epic returns to cinemas on
    Feb. 13", "Last year's champion will defend her title on Feb. 13" (not "In 2019, ...", a timeline's "1 January
    2002 - Euro notes enter circulation; the franc ceases to be legal tender on 17 February", nor "Last year's
    model was delayed until October", nor a year set off by a comma, "Last year, the firm said it would")."""
    return (
        not _TIME_PUT_FIRST.fullmatch(text, sentence_start, year_start)
        and not _HEADS_A_TIMELINE_LINE.match(text, year_start)
        and not (_SET_OFF_BY_A_COMMA.match(text, year_start) and _PUT_BACK.search(text, year_start, date_start))
        and not _LIMIT.search(text, max(sentence_start, date_start - 10), date_start)
    )


def heads_its_sentence(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` stands within the first three words of its sentence and frames
    it: not a starting point ("Since 2019"), nor the start of a span ("The 2021-22 season"), nor in a participle
    phrase put first ("Founded in 1887, ..."), nor a fiscal year or a budget's ("fiscal 2014", "Budget 2024")."""
    return (
        len(text[sentence_start:start].split()) <= 2
        and not _FISCAL.match(text, start)
        and not text.endswith("Budget ", sentence_start, start)
        and not _STARTING_POINT.search(text, max(sentence_start, start - 12), start)
        and not _SPAN_GOES_ON.match(text, end)
        and not _OPENING_PARTICIPLE.fullmatch(text, sentence_start, start)
    )


# A year before a noun that a "when" clause describes: "the 1997 floods, when the Oder burst its banks in July".
_WHEN_CLAUSE_AFTER = re.compile(r"(?i)\s+(?:[a-z]+\s+)?[a-z]+,?\s+when\b")


# ... or the year itself: "has been divided since 1974, when Turkish troops invaded in July".
_WHEN_CLAUSE_RIGHT_AFTER = re.compile(r"(?i),\s+when\b")


def frames_a_when_clause(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` dates a noun that a "when" clause after it describes, and so
    frames that clause: "exceeds that of the 1997 floods, when the Oder burst its banks in July" (July 1997).
    Not a starting point ("since the 2008 crash, when ..."), unless the clause describes the year itself: "has
    been divided since 1974, when Turkish troops invaded in July" (July 1974)."""
    if _WHEN_CLAUSE_RIGHT_AFTER.match(text, end):
        return True
    return _WHEN_CLAUSE_AFTER.match(text, end) is not None and not _STARTING_POINT.search(
        text, max(sentence_start, start - 12), start
    )


# A year that is its sentence's subject frames nothing of an attribution after a comma, as a quoted one does not
# (resolver._quoted_apart): "Last year was the warmest on record, scientists said in a report released on Jan. 10"
# is this January's report; "Last year, the firm said on Jan. 10" keeps its frame.
_YEAR_AS_SUBJECT = re.compile(
    r"(?i)(?:(?:last|this)\s+year|\d{4})\s+(?:was|is|has\s+been|had\s+been|will\s+be|ranks|ranked)\b"
)
_ATTRIBUTION = re.compile(r",\s+(?:[\w'-]+\s+){0,4}?(?:said|says|told|reported|wrote|announced|added)\b")


def in_a_trailing_attribution(text: str, year_start: int, date_start: int) -> bool:
    """Whether the date at ``date_start`` stands in an attribution after a year that is its sentence's subject, or
    after the clause the year is in: "Sales in 2003 rose 7%, the company said on Jan. 14" is this January's
    saying (not "Last year, the firm said on Jan. 10", where the comma sets the year off)."""
    attribution = _ATTRIBUTION.search(text, year_start, date_start)
    if attribution is None:
        return False
    if _YEAR_AS_SUBJECT.match(text, year_start) is not None:
        return True
    set_off = _SET_OFF_BY_A_COMMA.match(text, year_start)
    return set_off is None or set_off.end() - 1 != attribution.start()


def in_year_framed(
    year: int, rest: str, published: date, tense: Callable[[], str | None], of_the_subject: bool
) -> Resolution | None:
    """The date without a year ``rest`` (``08``, ``08-07``, ``Q3``, ``SU``) in the frame ``year``, or None
    when it has no such date or the frame disagrees with the date's own tense: "'Next year will be harder,'
    she said on Dec. 31" cannot be a Dec. 31 still to come, and in October "This year it welcomed 10,000
    visitors, and it will charge from April" is next April. A year gone that describes the subject
    (``of_the_subject``, see :func:`describes_the_subject`) dates nothing still to come: "Last year's champion
    will defend her title on Feb. 13". A year gone put first keeps its frame for a future ("In 2019, the
    company said it would open a plant in March"), and so does a limit ("Last year's model was delayed until
    October", a limit that has passed)."""
    period = period_in_year(year, rest)
    if period is None:
        return None
    told = tense()
    if (told == "future" and (year == published.year or of_the_subject) and period.last < published) or (
        told in PAST_OR_FOR_CERTAIN and period.first > published
    ):
        return None
    return Resolution(period.value(), f"in {year}, the year named before it in its sentence")
