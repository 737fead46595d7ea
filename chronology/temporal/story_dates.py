"""What the story has named so far, read in text order: the dates later expressions count from.

"two days later" follows the date the story last named, not the newspaper's; "the quarter" in a financial
report is the one it is reporting on; "In 2019, ... in March" frames the month with the year. The resolver
tells this record each expression it has resolved, and asks it what a later one counts from.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from chronology.temporal.occurrences import Resolution
from chronology.temporal.periods import Period, period_of
from chronology.temporal.tense import after_bare_since
from chronology.temporal.year_frames import frames_a_when_clause, heads_its_sentence

_REPORTING_SPAN = re.compile(r"(?i)the\s+(?:first\s+|latest\s+|past\s+)?\w+\s+months\b")
# A weekday's name in an expression that names a whole date: "Saturday 14 October", "Friday, Aug. 7".
_WEEKDAY_NAME = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_DIGIT = re.compile(r"\d")
_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
# How far from a quarter's last day a day still closes it: companies end fiscal quarters on a weekday near it
# ("the quarter ended Sept. 29").
_QUARTER_CLOSE = timedelta(days=7)


class StoryDates:
    """The dates one document has named so far."""

    def __init__(self, text: str, published: date) -> None:
        self.text = text
        self.published = published
        # The date the story is about: the one it last named, unless as background.
        self.reference: Period | None = None
        # The quarter a financial report is about: the completed quarter the text last named (days named since,
        # or a quarter still to come, do not change it), for "the quarter", "the latest period", "the year-ago
        # period", "the 1988 quarter".
        self.quarter: Period | None = None
        self.months_to_date = False  # the report last spoke of "the nine months", not of a quarter
        # The quarter the text last named, done or still to come: what "the same period last year" compares with
        # ("expects a loss for the fourth quarter, after a profit in the same period last year").
        self.named_quarter: Period | None = None
        # The year last named as the frame of what follows ("In 2019, ...", "the 2016 vote", "last year's
        # model"): where it starts, and the year.
        self.year_named: tuple[int, int] | None = None
        # The day the story last named: a year or a month named since ("the course record, set in 1982", "had
        # risen since January") does not move a later "by midday" or "later in the day" off it.
        self.day_named: Period | None = None
        # The last day named together with its weekday ("at 11.15pm on Saturday 14 October"): where, and the day.
        # A bare weekday after it in its sentence is in that day's week (see the resolver).
        self.dated_weekday: tuple[int, Period] | None = None
        self._reference_end = 0  # where the expression that set ``reference`` ends

    def _year_of_the_day_before(self, period: Period, start: int) -> bool:
        """Whether ``period`` is a year that only places the day or month named right before it: "Diwali falls on
        Nov. 12 this year, and retailers expect sales to peak the week before" (the week before Nov. 12)."""
        reference = self.reference
        return (
            period.granularity == "year"
            and reference is not None
            and reference.granularity in ("day", "month")
            and reference.first.year == period.first.year
            and not self.text[self._reference_end : start].strip()
        )

    def take(self, kind: str, start: int, end: int, resolution: Resolution, sentence_start: Callable[[], int]) -> None:
        """Take in the expression ``text[start:end]`` of TIMEX3 type ``kind``, resolved as ``resolution``;
        ``sentence_start`` gives where its sentence starts, asked only for a year."""
        period = period_of(resolution.value)
        if kind == "DURATION" and _REPORTING_SPAN.match(self.text, start):
            # "In the nine months, net rose...": the report now speaks of months to date, no longer of a
            # quarter, so "a year earlier" and "the 1988 period" compare years.
            self.reference = None
            self.quarter = None
            self.named_quarter = None
            self.months_to_date = True
        # A date becomes the one the story is about, unless it is background: a comparison ("a year earlier")
        # or a starting point ("The index had risen 24% since January. Futures pointed to a weak open later
        # in the day": the day is the story's, not one in January). The date of an event named after "since"
        # is the story's: "cut off since a rockfall on Aug. 23. Eleven days later, a drill broke through".
        elif (
            period is not None
            and kind in ("DATE", "TIME")
            and not resolution.comparison
            and not after_bare_since(self.text, start)
            and not self._year_of_the_day_before(period, start)
        ):
            self.reference = period
            self._reference_end = end
            if period.granularity == "day":
                self.day_named = period
                if _WEEKDAY_NAME.search(self.text, start, end) and _DIGIT.search(self.text, start, end):
                    self.dated_weekday = (start, period)
            if period.granularity == "quarter":
                self.named_quarter = period
            if period.granularity == "quarter" and period.last < self.published:
                self.quarter = period
                self.months_to_date = False
        if period is None:
            return
        if period.granularity == "year" and (
            heads_its_sentence(self.text, sentence_start(), start, end)
            or frames_a_when_clause(self.text, sentence_start(), start, end)
        ):
            # a frame even when a comparison elsewhere: "A year ago, in March, the virus spread"
            self.year_named = (start, period.first.year)
        elif (
            period.granularity in ("day", "month")
            and _YEAR_WRITTEN.search(self.text, start, end)
            and heads_its_sentence(self.text, sentence_start(), start, end)
        ):
            # a date written with its year at the head of a sentence frames it as a year does: "April 2003: U.S.-led
            # forces capture Baghdad; the statue is toppled on April 9" (a timeline's line)
            self.year_named = (start, period.first.year)

    def reported_quarter(self, published: date) -> tuple[Period, str]:
        """The quarter a report is about: the one the text last named, else the last completed before
        ``published`` (a quotation's day, when the resolver counts from one)."""
        quarter = self.quarter
        if quarter is not None:
            return quarter, f"{quarter.value()}, the quarter the text last named"
        return Period.containing(published, "quarter").shift(-1), "the last quarter completed before publication"

    def reference_for(self, unit: str) -> Period | None:
        """The date a narrative shift counts from: the one last named, with two exceptions. A shift in years
        after the day that closes the quarter reported ("the quarter ended Sept. 30") counts from that quarter.
        A shift in days ("that evening", "two days later") after a year or a decade named as background ("the
        bridge, built in the 1970s") counts from the last day named, which that background did not replace."""
        reference = self.reference
        quarter = self.quarter
        if (
            unit == "year"
            and reference is not None
            and reference.granularity == "day"
            and quarter is not None
            and abs(reference.first - quarter.last) <= _QUARTER_CLOSE
        ):
            # "net for the quarter ended Sept. 30 rose from $41.5 million a year earlier": the day closes the
            # quarter reported, and the comparison is with that quarter a year before.
            return quarter
        if (
            unit == "day"
            and reference is not None
            and reference.granularity in ("year", "decade", "century")
            and self.day_named is not None
        ):
            return self.day_named
        return reference
