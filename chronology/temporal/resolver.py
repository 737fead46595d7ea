"""Resolve underspecified values against the publication date, the tense and the date last mentioned.

The finder writes what the text says and no more: ``UNDEF-weekday-1`` for "Monday", ``UNDEF-year-08`` for
"August", ``UNDEF-this-week-LAST`` for "last week", ``UNDEF-REF-day-PLUS-2`` for "two days later". This
step decides which Monday, which August, which week, and says why in one line.

Notation (a ``T..`` suffix, a part of the day or a clock time, is kept when the result is a day):

* ``UNDEF-this-UNIT[-PLUS|MINUS-n]``: the publication's own day/week/month/... shifted by n units ("two
  days ago"); ``-LAST`` / ``-NEXT``: the calendar unit before or after it ("last week", "next year").
* ``UNDEF-REF-UNIT[-PLUS|MINUS-n]``: the same, counted from the date the text last mentioned (narrative
  time: "two days later" follows the story, not the newspaper); with no earlier date, from the publication.
  ``UNDEF-REF-quarter``: the quarter a report is about; ``UNDEF-REF-quarter-YEAR-1988``: that quarter in 1988
  (``-period-``: the same, or the year when the report last spoke of months to date, "the nine months").
* ``...@Q1`` after a year: a part of the resolved year ("next year's first quarter"); ``...~MINUS-1`` after
  a period: that period a year before, a comparison ("the year-ago third quarter").
* ``UNDEF-year-REST``: a month, day, quarter, half, season or holiday without a year; tense picks the year.
  ``UNDEF-year-08-07-wd5``: a day named with its weekday ("Friday, Aug. 7"); the weekday picks the year.
* ``UNDEF-[last|next|this|coming|ahead-]weekday-N``, ``UNDEF-last|next|this|coming-month|season|holiday-X``:
  named days, months, holidays ("ahead": the one on or after publication whatever the tense, "Monday week";
  a holiday's ``LNY`` is the Lunar New Year, from its table);
  ``UNDEF-REF-last|next-weekday-N``: "the previous Friday", next to the day the text last named;
  ``UNDEF-REF-last|next|that-month|season-X``: "the next spring", "that autumn", near the date last named.
* ``UNDEF-yy-NN``: a year written with two digits ("'98", "4/5/23"): the latest up to publication's, unless
  one lies within the decade ahead. ``UNDEF-today-PLUS|MINUS-n-UNIT``: publication's day so many units away
  ("a week from today"); ``UNDEF-new-year``: the year beginning at the New Year nearest publication
  (``UNDEF-new-decade``, ``UNDEF-new-century``: the decade, the century beginning at the turn nearest it).
* ``WEEKOF:``, ``WEEKENDOF:``, ``WEEKON:`` before a day's value: the week, the weekend or the day a week on of
  that day (:mod:`around_a_day`).
* ``UNDEF-dom-DD``: "on the 15th", a day of the month the text is in, else around publication.
* ``UNDEF-century-D``: "the '90s"; ``UNDEF-sentence-day``: the day named in the sentence, else the day last
  named, else publication; ``UNDEF-sentence-night``: the night before the day named in the sentence, else
  before the day the story last named if that is the eve of publication, else before publication ("overnight";
  after an evening or a vote named it is the night after them: sentence_days.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from contextlib import suppress
from datetime import date, timedelta
from functools import partial

from chronology.temporal.around_a_day import AROUND_A_DAY, around
from chronology.temporal.calendar_names import MONTH_NAMES, names_pattern
from chronology.temporal.clock_shifts import clock_shift
from chronology.temporal.durations import normalise_duration
from chronology.temporal.expression import TemporalExpression
from chronology.temporal.occurrences import (
    PAST_OR_FOR_CERTAIN,
    Resolution,
    day_of_month,
    holiday,
    named,
    new_decade_or_century,
    new_year,
    two_digit_year,
    weekday,
    weekday_near,
    weekend,
    yearless,
)
from chronology.temporal.periods import Period, period_in_year, period_of
from chronology.temporal.quotations import Quotations, attribution_day, has_quotation_marks
from chronology.temporal.sentence_days import is_entry_stamp, night_name, overnight, sentence_day
from chronology.temporal.sentences import SentenceIndex
from chronology.temporal.shifts import same_day, shift
from chronology.temporal.story_dates import StoryDates
from chronology.temporal.tense import TenseMap
from chronology.temporal.tense_words import said_just_before
from chronology.temporal.year_frames import describes_the_subject, in_a_trailing_attribution, in_year_framed

# A limit that a state told in the future runs to ("will run until December 31", "will not reopen until
# Christmas"): never a day just gone. Not a term granted or a state told in the past, whose limit may have just
# passed ("were given until Dec. 31 to respond, but no reply came", "was closed until Monday").
_LIMIT_TO_RUN = re.compile(r"(?i)(?<!ed)\s+(?:until|till)\s+$")
_TERM_GRANTED = re.compile(r"(?i)\b(?:give|gives|given|gave|grant|grants|had|got)\b[^.;:]{0,40}$")
_LIMIT_REACH = 60  # characters before a date searched for "until" and a term granted
_PERIOD_BODY = "UNDEF-REF-period-"  # "the same period last year" (relative.yaml year_ago_quarter)
_SUFFIX = re.compile(r"^(UNDEF-.*?)(T(?:MO|AF|EV|NI|DT|MI|\d\d:\d\d))?$")
_QUARTER_OF_YEAR = re.compile(r"^UNDEF-REF-(quarter|period)-YEAR-(\d{4})$")
_SHIFT = re.compile(r"^UNDEF-(this|REF)-(\w+?)(?:-(PLUS|MINUS)-(X|\d+(?:\.\d+)?)|-(LAST|NEXT))?$")
_REF_WEEKDAY = re.compile(r"^UNDEF-REF-(last|next)-weekday-([1-7])$")
_REF_NAMED = re.compile(r"^UNDEF-REF-(last|next|that)-(month|season|holiday)-([\w+-]+)$")
_YEARLESS = re.compile(r"^UNDEF-year-(.+)$")
_TWO_DIGIT_YEAR = re.compile(r"^UNDEF-yy-(\d\d)$")
_WEEKDAY = re.compile(r"^UNDEF-(?:(last|next|this|coming|ahead)-)?weekday-([1-7])$")
_MONTH_ALONE = re.compile(r"^UNDEF-year-\d\d$")
# "... and April 2014" after a month: the year a month joined to it is written with.
_JOINED_MONTH_YEAR = re.compile(
    rf"\s+(?:and|or|to|through|until|till)\s+(?=[A-Z])(?i:{names_pattern(MONTH_NAMES)})\s+((?:1[6-9]|20)\d\d)(?![\d-])"
)
_SET_DAY = re.compile(r"^XXXX-\d\d-\d\d$")  # "every April 15"
_WEEK_AWAY = 7  # days before publication beyond which a dated day's weekdays stay near it
_NAMED = re.compile(r"^UNDEF-(last|next|this|coming)-(month|season|holiday)-([\w+-]+)$")
_CENTURY = re.compile(r"^UNDEF-century-(\d)$")
_DAY_OF_MONTH = re.compile(r"^UNDEF-dom-(\d\d)$")
_HOLIDAY = re.compile(r"^(\d{4})-(\d\d)-(\d)-(-?\d)(?:\+(\d))?$")
# "the last day of February 2021", "Good Friday 2016": a day the year's calendar fixes, the year given.
_DAY_OF_YEAR = re.compile(r"^(\d{4})-(\d\d-L|E[+-]\d+|LNY)$")
_CALENDAR_VALUE = re.compile(r"^\d{4}-(?:\d\d|W\d\d|Q\d|H\d)")
_TIME_OF_DAY = re.compile(r"^\d{4}-\d\d-\d\dT")  # a day with a part of day or a clock time
_PER_YEAR = {"quarter": 4, "month": 12, "half": 2, "season": 1, "year": 1}
_OVERNIGHT = "UNDEF-sentence-night"  # "overnight": the night before its sentence's day (sentence_days)
# What a quoted speaker counts from the day of speaking: "tomorrow", "next week", "on Saturday", "the weekend".
_SPEAKERS = (
    "UNDEF-this-",
    "UNDEF-weekday-",
    "UNDEF-last-weekday-",
    "UNDEF-next-weekday-",
    "UNDEF-coming-weekday-",
    "UNDEF-ahead-weekday-",  # "Monday week", "a week on Monday"
    "UNDEF-weekend",
)
_SAME_DAY = re.compile(r"^UNDEF-today-(PLUS|MINUS)-(\d+)-(day|week|month|year)$")


class Candidate:
    """A span the finder matched, with its value as far as the text alone determines it. A plain class, not a
    NamedTuple: the compiled tagger builds one for every match, and a NamedTuple's ``__new__`` runs as Python."""

    def __init__(self, start: int, end: int, rule: str, type: str, value: str, mod: str | None) -> None:
        self.start = start
        self.end = end
        self.rule = rule
        self.type = type
        self.value = value
        self.mod = mod

    def replaced(self, end: int | None = None, type: str | None = None, value: str | None = None) -> Candidate:
        """A copy with some of its fields changed."""
        return Candidate(
            self.start,
            self.end if end is None else end,
            self.rule,
            self.type if type is None else type,
            self.value if value is None else value,
            self.mod,
        )

    def __repr__(self) -> str:
        return f"Candidate({self.start}, {self.end}, {self.rule!r}, {self.type!r}, {self.value!r}, {self.mod!r})"


class Resolver:
    """Resolves one document's candidates in text order, remembering the date last mentioned."""

    def __init__(self, text: str, published: date, sentences: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.published = published
        self._sentences: list[tuple[int, int]] | None = None  # as given; else found around positions asked for
        self._sentence_starts: list[int] = []
        self._sentence_index: SentenceIndex | None = None
        if sentences is not None:
            self._use_sentences(sentences)
        self.tenses = TenseMap(text)
        self.story = StoryDates(text, published)
        self._quotations: Quotations | None = None  # found on first need

    def resolve_all(self, candidates: list[Candidate]) -> list[TemporalExpression]:
        resolved: list[tuple[Candidate, Resolution]] = []
        deferred: list[tuple[int, Period | None]] = []  # clock times, with the day named before them
        for candidate in candidates:
            if candidate.value.startswith("UNDEF-sentence-"):
                deferred.append((len(resolved), self.story.day_named))
                resolved.append((candidate, Resolution(candidate.value, "")))
                continue
            resolution = self.resolve(candidate)
            resolved.append((candidate, resolution))
            self.story.take(
                candidate.type,
                candidate.start,
                candidate.end,
                resolution,
                partial(self._sentence_start, candidate.start),
            )
        for index, named_before in deferred:
            candidate = resolved[index][0]
            sentence = self.sentence_of(candidate.start)
            found = [(other.start, other.end, resolution.value, other.type) for other, resolution in resolved]
            tense = partial(self.tenses.tense_at, candidate.start, candidate.end, sentence)
            day = sentence_day(self.text, self.published, found, index, sentence, named_before, tense)
            resolved[index] = (candidate, day)
        for index, (candidate, resolution) in enumerate(resolved):
            if candidate.type == "DURATION" and resolution.value.startswith("PT"):
                before = [earlier.value for _, earlier in resolved[:index]]
                if moved := clock_shift(self.text, candidate.start, candidate.end, resolution.value, before):
                    end, value, why = moved
                    resolved[index] = (candidate.replaced(end=end, type="TIME"), Resolution(value, why))
        self._date_quotations(resolved)
        return [
            TemporalExpression(
                text=self.text[candidate.start : candidate.end],
                start=candidate.start,
                end=candidate.end,
                type=_timex_type(resolution, candidate.type),
                value=resolution.value,
                explanation=f"{self.text[candidate.start : candidate.end]} -> {resolution.value}: {resolution.why}",
                mod=candidate.mod,
                rule=candidate.rule,
            )
            for candidate, resolution in resolved
            if _claimable(resolution.value)
        ]

    def _date_quotations(self, resolved: list[tuple[Candidate, Resolution]]) -> None:
        """Count a quoted speaker's "tomorrow", "last week", "on Saturday", "the weekend" from the day the
        attribution names.

        '"We will leave tomorrow," he said on Saturday' means Sunday, whenever the report appeared. Without a
        day in the attribution ('"... tomorrow," he said'), or in reported speech without quotation marks,
        the words keep counting from publication.
        """
        relative = [
            index
            for index, (candidate, _) in enumerate(resolved)
            if candidate.value[len(_around_prefix(candidate.value)) :].startswith(_SPEAKERS)  # "a week on Monday" too
            or candidate.value == _OVERNIGHT
        ]
        if not relative or not has_quotation_marks(self.text):
            return
        quotations = self._quotation_index()
        days_named = [
            (candidate.start, candidate.end, period.first)
            for candidate, resolution in resolved
            if (period := period_of(resolution.value)) is not None
            and period.granularity == "day"
            and quotations.around(candidate.start) is None
            and not is_entry_stamp(self.text, candidate.start, candidate.end)  # a time of writing, no attribution
        ]
        for index in relative:
            candidate = resolved[index][0]
            quotation = quotations.around(candidate.start)
            said_on = attribution_day(self.text, quotation, days_named, self.sentence_of) if quotation else None
            if said_on is None and quotation:
                said_on = self._continued_quotation_day(quotations, quotation, days_named)
            if said_on is not None and candidate.value == _OVERNIGHT:
                # '"We will keep digging overnight," the fire chief said on Saturday': Saturday night
                tense = partial(self.tenses.tense_at, candidate.start, candidate.end, self.sentence_of(candidate.start))
                resolved[index] = (candidate, overnight(said_on, None, None, tense))
            elif said_on is not None:
                resolved[index] = (candidate, self._resolve_from(candidate, said_on))

    def _continued_quotation_day(
        self, quotations: Quotations, quotation: tuple[int, int], days_named: list[tuple[int, int, date]]
    ) -> date | None:
        """The day of the quotation in the sentence before, when this one opens its sentence right after it and
        names no speaker: the same speaker goes on ('"We are not going anywhere," Hughes said on Friday. "We will
        be here next week."')."""
        previous = quotations.before(quotation)
        if previous is None:
            return None
        sentence = self.sentence_of(quotation[0])
        if self.text[sentence[0] : quotation[0]].strip() or self.text[quotation[1] : sentence[1]].strip(" .!?"):
            return None  # words of its own before or after it: an attribution, or none to borrow
        if self.text[self.sentence_of(previous[0])[1] : sentence[0]].strip():
            return None  # not the sentence right before
        return attribution_day(self.text, previous, days_named, self.sentence_of)

    def _resolve_from(self, candidate: Candidate, said_on: date) -> Resolution:
        """Resolve a publication-relative candidate as if published the day it was said."""
        published = self.published
        self.published = said_on
        try:
            resolution = self.resolve(candidate)
        finally:
            self.published = published
        resolution.why = f"{resolution.why.replace('publication', 'the quotation')} (said on {said_on.isoformat()})"
        return resolution

    def _use_sentences(self, sentences: list[tuple[int, int]]) -> None:
        self._sentences = sentences or [(0, len(self.text))]
        self._sentence_starts = [start for start, _ in self._sentences]

    def _sentence_start(self, position: int) -> int:
        return self.sentence_of(position)[0]

    def sentence_of(self, position: int) -> tuple[int, int]:
        """The sentence around ``position`` (the caller's sentences, else found a paragraph at a time)."""
        if self._sentences is None:
            if self._sentence_index is None:
                self._sentence_index = SentenceIndex(self.text)
            return self._sentence_index.around(position)
        index = max(bisect_right(self._sentence_starts, position) - 1, 0)
        return self._sentences[index]

    def resolve(self, candidate: Candidate) -> Resolution:
        value = candidate.value
        if prefix := _around_prefix(value):
            return around(prefix, self.resolve(candidate.replaced(value=value[len(prefix) :])))
        if (duration := normalise_duration(value)) is not None:
            if candidate.type == "SET":  # "monthly", "every two weeks": the length of the cycle
                return Resolution(duration[0], "a repeating time, once every " + duration[0])
            return Resolution(*duration)
        match = _SUFFIX.match(value)
        if not match:
            if match := _HOLIDAY.match(value):
                return holiday(int(match.group(1)), match)
            if (match := _DAY_OF_YEAR.match(value)) and (day := period_in_year(int(match.group(1)), match.group(2))):
                return Resolution(day.value(), "that day in the year given")
            # "every Feb. 30": no such day in any year (2000 is a leap year), so the month
            if _SET_DAY.match(value) and period_in_year(2000, value[5:]) is None:
                return Resolution(value[:7], "no such day in that month: the month")
            return Resolution(value, "as written")
        body, suffix = match.group(1), match.group(2) or ""
        resolution = (
            self._in_year_named(candidate, body)
            or self._year_of_the_month_joined(candidate, body)
            or self._near_dated_weekday(candidate, body)
            or self._resolve_body(
                body,
                lambda: self.tenses.tense_at(candidate.start, candidate.end, self.sentence_of(candidate.start)),
                limit=self._limit_to_run(candidate.start),
            )
        )
        period = period_of(resolution.value)
        if suffix and period is not None and period.granularity == "day":
            resolution.value += suffix
            if suffix == "TNI" and body == "UNDEF-this-day-LAST":
                resolution.why = f"the night before publication ({night_name(period.first)})"
        return resolution

    def _in_year_named(self, candidate: Candidate, body: str) -> Resolution | None:
        """A month, day, quarter or season without its year in the frame of a year at the head of its sentence
        (:mod:`year_frames`)."""
        match = _YEARLESS.match(body)
        if match is None or self.story.year_named is None or "-wd" in match.group(1):
            return None
        named_at, year = self.story.year_named
        sentence = self.sentence_of(candidate.start)
        if (
            not sentence[0] <= named_at < candidate.start
            or self._quoted_apart(named_at, candidate.start)
            or in_a_trailing_attribution(self.text, named_at, candidate.start)
        ):
            return None
        return in_year_framed(
            year,
            match.group(1),
            self.published,
            lambda: self.tenses.tense_at(candidate.start, candidate.end, sentence),
            describes_the_subject(self.text, sentence[0], named_at, candidate.start),
        )

    def _quoted_apart(self, first: int, second: int) -> bool:
        """Whether ``first`` stands in a quotation that ``second`` is outside of: a year a speaker put first frames
        nothing of the attribution ('"Last year was a record," the director said on Jan. 2')."""
        if not has_quotation_marks(self.text):
            return False
        quotation = self._quotation_index().around(first)
        return quotation is not None and not quotation[0] <= second < quotation[1]

    def _quotation_index(self) -> Quotations:
        """The text's quotations, found once for the year frames and the quoted speakers' days alike."""
        if self._quotations is None:
            self._quotations = Quotations(self.text)
        return self._quotations

    def _year_of_the_month_joined(self, candidate: Candidate, body: str) -> Resolution | None:
        """A month without its year joined to a month written with one shares it: "in March and April 2014",
        "between May and July 2019"."""
        if not _MONTH_ALONE.match(body) or (joined := _JOINED_MONTH_YEAR.match(self.text, candidate.end)) is None:
            return None
        month = Period("month", date(int(joined.group(1)), int(body[-2:]), 1))
        return Resolution(month.value(), f"in {joined.group(1)}, the year of the month joined to it")

    def _near_dated_weekday(self, candidate: Candidate, body: str) -> Resolution | None:
        """A bare weekday after a day its sentence named with its weekday, more than a week from publication:
        the one nearest that day. "left the pub at 11.15pm on Saturday 14 October and was found at 7.20am on
        Sunday" is Sunday 15 October, whenever the court report appeared; near publication the tense decides.
        In the next sentence, told in the past, the story goes on from the day it last named: "was admitted on
        Tuesday 3 December. She was sent home on Thursday but returned on Saturday" (further on, a bare weekday
        may be news of the week again: "... Two days later, the chief executive resigned. The authority published
        its findings on Thursday")."""
        match = _WEEKDAY.match(body)
        dated = self.story.dated_weekday
        if match is None or match.group(1) or dated is None:
            return None
        named_at, day = dated
        sentence = self.sentence_of(candidate.start)
        if (
            (self.published - day.first).days <= _WEEK_AWAY
            # the day a source spoke is the newspaper's: "left on Saturday 14 October, police said on Monday"
            or said_just_before(self.text, sentence[0], candidate.start)
        ):
            return None
        anchor, where = day, "named before it in its sentence"
        nearest = True  # else the one on or after the anchor
        if named_at < sentence[0]:
            last = self.story.day_named
            if (
                self.text[self.sentence_of(named_at)[1] : sentence[0]].strip()
                or last is None
                or last != self.story.reference
                or not 0 <= (last.first - day.first).days <= _WEEK_AWAY
                or self.tenses.tense_at(candidate.start, candidate.end, sentence) not in PAST_OR_FOR_CERTAIN
            ):
                return None
            anchor, where = last, "the day the story last named, in the sentence before"
            # told in the past in the next sentence, the story goes on from that day: "The jury retired on
            # Thursday 14 November. It returned its verdicts on Monday" is the Monday after
            nearest = False
        elif named_at >= candidate.start:
            return None
        elif (last := self.story.day_named) is not None and 0 < (last.first - day.first).days <= _WEEK_AWAY:
            # the story has moved on from it in the sentence: "admitted on Tuesday 3 December, sent home on
            # Thursday, but returned on Saturday night" (the Saturday after that Thursday)
            anchor, where = last, "the day the story last named, after the dated day before it"
        offset = (int(match.group(2)) - anchor.first.isoweekday()) % 7
        if nearest and offset > 3:
            offset -= 7  # the nearer one is before it: "on Saturday 14 October, after drinking since Friday"
        chosen = anchor.first + timedelta(days=offset)
        how = "nearest" if nearest else "on or after"
        return Resolution(chosen.isoformat(), f"the {chosen:%A} {how} {anchor.value()}, {where}")

    def _limit_to_run(self, start: int) -> bool:
        """Whether the date at ``start`` is the limit of a state ("until December 31"), not of a term granted."""
        near = max(0, start - _LIMIT_REACH)
        return _LIMIT_TO_RUN.search(self.text, near, start) is not None and not _TERM_GRANTED.search(
            self.text, near, start
        )

    def _resolve_body(self, body: str, tense: Callable[[], str | None], limit: bool = False) -> Resolution:
        if "~" in body:  # "the year-ago third quarter": the period resolved, a year before
            named_body, _, years_back = body.partition("~")
            resolution = self._resolve_body(named_body, tense)
            period = period_of(resolution.value)
            if period is not None and years_back == "MINUS-1" and period.granularity in _PER_YEAR:
                resolution = Resolution(
                    period.shift(-_PER_YEAR[period.granularity]).value(),
                    f"a year before {resolution.value} ({resolution.why})",
                    comparison=True,
                )
            return resolution
        if "@" in body:  # "next year's first quarter": resolve the year, then take its part
            year_body, _, part = body.partition("@")
            resolution = self._resolve_body(year_body, tense)
            period = period_of(resolution.value)
            if period is not None and period.granularity == "year":
                resolution.value = f"{resolution.value}-{part}"
            return resolution
        if match := _REF_WEEKDAY.match(body):
            return self._weekday_near_reference(match.group(1), int(match.group(2)))
        if match := _REF_NAMED.match(body):
            return self._named_near_reference(match.group(1), match.group(2), match.group(3))
        if match := _QUARTER_OF_YEAR.match(body):
            return self._quarter_of_year(int(match.group(2)), match.group(1))
        if body.startswith(_PERIOD_BODY):
            # "the same period last year": the quarter the text named, as "the year-ago quarter" is; without one, a
            # stretch given some other way ("since January"), of which only the year is sure
            if self.story.quarter is None:
                to_come = self.story.named_quarter
                if to_come is not None:  # a quarter still to come: the same quarter a year before
                    return Resolution(to_come.shift(-4).value(), f"{to_come.value()} a year before", comparison=True)
                year = Period.containing(self.published, "year").shift(-1)
                return Resolution(year.value(), "the year before publication's: no quarter named", comparison=True)
            body = "UNDEF-REF-quarter-" + body.removeprefix(_PERIOD_BODY)
        if match := _SHIFT.match(body):
            return shift(match, self.published, self.story.reference_for(match.group(2)), self._reported_quarter)
        if match := _WEEKDAY.match(body):
            return weekday(self.published, match.group(1), int(match.group(2)), None if match.group(1) else tense())
        if match := _SAME_DAY.match(body):
            return same_day(self.published, match.group(1), int(match.group(2)), match.group(3))
        if match := _TWO_DIGIT_YEAR.match(body):
            return two_digit_year(self.published, int(match.group(1)))
        if match := _YEARLESS.match(body):
            return yearless(self.published, match.group(1), tense(), limit)
        if match := _NAMED.match(body):
            return named(Period("day", self.published), "publication", match.group(1), match.group(2), match.group(3))
        if match := _DAY_OF_MONTH.match(body):
            return self._day_of_month(int(match.group(1)), tense)
        if body == "UNDEF-new-year":
            return new_year(self.published)
        if body in ("UNDEF-new-decade", "UNDEF-new-century"):
            return new_decade_or_century(self.published, body[len("UNDEF-new-") :])
        if body == "UNDEF-weekend":
            return weekend(self.published, tense())
        if match := _CENTURY.match(body):
            decade = int(match.group(1))
            century = self.published.year // 100
            if century * 10 + decade > self.published.year // 10:
                century -= 1
            return Resolution(f"{century}{decade}", "the decade of that name in the century before publication")
        return Resolution(body, "left underspecified")

    def _day_of_month(self, day: int, tense: Callable[[], str | None]) -> Resolution:
        """ "on the 30th": in the month of the day or month the text last named, else around publication."""
        reference = self.story.reference
        if reference is not None and reference.granularity in ("day", "month"):
            with suppress(ValueError):  # "the 31st" after a day in September: no such day, so from publication
                chosen = reference.first.replace(day=day)
                return Resolution(chosen.isoformat(), f"that day of the month last named ({reference.value()})")
        return day_of_month(self.published, day, tense())

    def _reported_quarter(self) -> tuple[Period, str]:
        return self.story.reported_quarter(self.published)

    def _quarter_of_year(self, year: int, noun: str) -> Resolution:
        """ "the 1988 quarter": the quarter the text is reporting on, in the year named."""
        if noun == "period" and self.story.months_to_date:
            return Resolution(f"{year:04d}", "the months to date the report last spoke of, in that year")
        quarter, why = self._reported_quarter()
        result = Period("quarter", quarter.first.replace(year=year))
        return Resolution(result.value(), f"{why}, in {year}", comparison=year != quarter.first.year)

    # -- weekdays

    def _weekday_near_reference(self, direction: str, number: int) -> Resolution:
        """ "the previous Friday": the Friday before the day the text last named (else before publication)."""
        reference = self.story.reference
        if reference is not None and reference.granularity in ("day", "week", "weekend"):
            # After a week or a weekend, "the following Tuesday" is the one after its end, "the previous
            # Friday" the one before its start (a weekend's start: its Saturday).
            anchor = reference.last if direction == "next" else reference.start_day
            return weekday_near(anchor, f"{reference.value()} (named before)", direction, number)
        return weekday_near(self.published, "publication", direction, number)

    def _named_near_reference(self, direction: str, kind: str, name: str) -> Resolution:
        """ "the next spring", "that autumn": near the date the text last named, else near publication."""
        if self.story.reference is not None:
            return named(self.story.reference, f"{self.story.reference.value()} (named before)", direction, kind, name)
        return named(Period("day", self.published), "publication", direction, kind, name)


def _around_prefix(value: str) -> str:
    """The prefix of a period around a day ("WEEKON:" of "WEEKON:UNDEF-weekday-1", the day's value after it);
    "" for any other value."""
    prefix = value[: value.find(":") + 1]
    return prefix if prefix in AROUND_A_DAY else ""


def _timex_type(resolution: Resolution, found_as: str) -> str:
    """TimeML types a time of day, however vague ("Friday night", "the next morning"), as TIME, whichever rule
    found it: a rule for days may find a part of day with it."""
    kind = resolution.type or found_as
    return "TIME" if kind == "DATE" and _TIME_OF_DAY.match(resolution.value) else kind


def _claimable(value: str) -> bool:
    """False for what no calendar has ("Feb. 30, 1996", "31 April"): better no date than a wrong one."""
    if value.startswith("UNDEF"):
        return False
    return not (_CALENDAR_VALUE.match(value) and period_of(value) is None)
