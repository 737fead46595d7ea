"""Which occurrence a name without its year or week means: which Monday, which "weekend", which Aug. 7.

A name repeats every week or year, so the publication date and the tense of the clause decide: news tells
what has come in the past tense and what is still to come in the future tense (see each function). Pure
functions of the publication date; :mod:`chronology.temporal.resolver` calls them with the tense it read.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from chronology.temporal.periods import Period, add_months, days_between, nth_weekday, period_in_year

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Tenses (from chronology.temporal.tense) of a date that has been, with no arrangement for a day to come: a
# starting point ("since July"), the past verb's own date ("charged in January"), a record ("the driest spring"),
# a date reached back to ("backdated to January").
PAST_FOR_CERTAIN = ("since", "acted", "record", "back")
PAST_OR_FOR_CERTAIN = ("past", *PAST_FOR_CERTAIN)
_NAMED_WEEKDAY = re.compile(r"^(.+)-wd([1-7])$")

# Why a period was taken for being nearest publication, no tense choosing: span_starts.py asks it of a span's ends.
NEAREST_WHY = "the one nearest to publication"


class Resolution:
    """A value the resolver decided, and why. A plain class, not a dataclass: the compiled tagger builds one for
    every expression, and a dataclass's generated ``__init__`` would run as Python there."""

    def __init__(self, value: str, why: str, type: str | None = None, comparison: bool = False) -> None:
        self.value = value
        self.why = why
        self.type = type  # when resolving changes the type (a vague count: "several years ago")
        # A date given as a comparison ("a year ago", "a year earlier"): it does not become the date the text is
        # about, so later expressions keep counting from the earlier one.
        self.comparison = comparison

    def __repr__(self) -> str:
        return f"Resolution({self.value!r}, {self.why!r}, type={self.type!r}, comparison={self.comparison!r})"


def weekday(published: date, direction: str | None, number: int, tense: str | None) -> Resolution:
    """Which day a weekday name means.

    "last Monday" is the most recent Monday strictly before publication; "next Monday" the Monday of the
    following week; "this Monday" the Monday of the publication's week; "this coming Monday" the first
    Monday after publication; "ahead" (the Monday of "Monday week") the next one on or after publication,
    whatever the tense. A bare "Monday" follows the tense
    of its clause: news in the past or present tense ("announced on Monday", "held out till Sunday",
    "since Sunday") reports a day that has come, so it is the most recent such day on or before
    publication (the publication day itself when it is a Monday); a future clause ("will meet on
    Friday", "is due Friday", "plans to leave Sunday") means the next such day on or after publication.
    Wire copy names the day of publication by its weekday too ("will vote Friday" in a Friday report
    is that day: a week later would be "next Friday"), so in both tenses the publication day counts. What did
    not happen ("would have turned 90 on Saturday") tells no time: the nearest such day.
    """
    name = WEEKDAYS[number - 1]
    back = (published.isoweekday() - number) % 7
    if direction == "last":
        day = published - timedelta(days=back or 7)
        return Resolution(day.isoformat(), f"the {name} before publication")
    if direction == "next":
        day = published - timedelta(days=published.weekday()) + timedelta(days=7 + number - 1)
        return Resolution(day.isoformat(), f"the {name} of the week after publication")
    if direction == "this":
        day = published - timedelta(days=published.weekday()) + timedelta(days=number - 1)
        return Resolution(day.isoformat(), f"the {name} of the publication's week")
    if direction == "coming":  # "this coming Sunday": the first one after publication
        day = published + timedelta(days=(number - published.isoweekday()) % 7 or 7)
        return Resolution(day.isoformat(), f"the first {name} after publication")
    if direction == "ahead" or tense == "future":
        day = published + timedelta(days=(number - published.isoweekday()) % 7)
        why = "a day ahead" if direction == "ahead" else "future tense"
        return Resolution(day.isoformat(), f"next {name} on or after publication, {why}")
    if tense == "unreal" and (ahead := (number - published.isoweekday()) % 7) < back:
        day = published + timedelta(days=ahead)
        return Resolution(day.isoformat(), f"the nearest {name}, what did not happen telling no time")
    day = published - timedelta(days=back)
    return Resolution(day.isoformat(), f"most recent {name} on or before publication, {_tense_words(tense)}")


def _tense_words(tense: str | None) -> str:
    """How an explanation names the tense that looked back."""
    if tense == "since":
        return "a starting point (since)"
    if tense == "acted":
        return "past tense, the verb's own date"
    if tense == "record":
        return "a record, which only a time gone can hold"
    if tense == "back":
        return "reached back to (backdated, dating back)"
    if tense == "unreal":
        return "what did not happen telling no time"
    return f"{tense} tense" if tense else "no tense marker"


def weekend(published: date, tense: str | None) -> Resolution:
    """ "the weekend": the one just past in the past tense, the coming one in the future."""
    week = Period.containing(published, "weekend")
    if tense == "future":
        if published.isoweekday() == 7:
            week = week.shift(1)
        return Resolution(week.value(), "the coming weekend, future tense")
    if published.isoweekday() < 6:
        week = week.shift(-1)
    return Resolution(week.value(), f"the most recent weekend, {_tense_words(tense)}")


# -- months, days, quarters, seasons and holidays without a year


def new_year(published: date) -> Resolution:
    """ "the new year": the year that begins at the New Year nearest publication."""
    year = published.year + (1 if published.month >= 7 else 0)
    return Resolution(f"{year:04d}", "the year beginning at the New Year nearest publication")


def new_decade_or_century(published: date, unit: str) -> Resolution:
    """ "the new decade", "the new century": the one beginning at the turn nearest publication."""
    years = 10 if unit == "decade" else 100
    first = published.year - published.year % years + (years if published.year % years >= years // 2 else 0)
    period = Period(unit, date(first, 1, 1))
    return Resolution(period.value(), f"the {unit} beginning at the turn nearest publication")


FUTURE_TWO_DIGIT_YEARS = 10  # how far ahead a year written with two digits may lie


def two_digit_year(published: date, last_two: int) -> Resolution:
    """ "'98", "the '24 race", "4/5/23": the latest year ending so up to publication's, or one within the
    decade to come ("the '28 Games"); news rarely writes a year further ahead so ("Summer of '69" is 1969)."""
    latest = published.year - (published.year - last_two) % 100
    if latest + 100 - published.year <= FUTURE_TWO_DIGIT_YEARS:
        return Resolution(f"{latest + 100:04d}", "the year ending so within the decade after publication")
    return Resolution(f"{latest:04d}", "the latest year ending so, up to publication's")


def yearless(published: date, rest: str, tense: str | None, limit: bool = False) -> Resolution:
    weekday = None
    if match := _NAMED_WEEKDAY.match(rest):  # "Friday, Aug. 7": the year in which Aug. 7 is a Friday
        rest, weekday = match.group(1), int(match.group(2))
    year = published.year
    candidates = [period for y in (year - 1, year, year + 1) if (period := period_in_year(y, rest))]
    if 0 < len(candidates) < 3:
        # 29 February is in leap years only: look as far as one on each side of publication.
        candidates = [period for y in range(year - 4, year + 5) if (period := period_in_year(y, rest))]
    if not candidates:
        return Resolution(f"UNDEF-year-{rest}", "not a calendar date")
    if weekday is not None:
        matching = [period for period in candidates if period.first.isoweekday() == weekday]
        if not matching:  # "Fri 31 Dec" in January 2023: 2021, further back than the years around publication
            wider = [period for y in range(year - 6, year + 7) if (period := period_in_year(y, rest))]
            matching = [period for period in wider if period.first.isoweekday() == weekday]
        if matching:
            chosen = min(matching, key=lambda period: days_between(period, published))
            return Resolution(chosen.value(), f"the nearest year in which it is a {WEEKDAYS[weekday - 1]}")
    after = next(period for period in candidates if period.last >= published)
    before = [period for period in candidates if period.first <= published][-1]
    ahead, back = days_between(after, published), days_between(before, published)
    # A day, quarter or season named without its year ("Nov. 21", "the third quarter") is, in news style,
    # within months of publication, and the tense says on which side. The future tense picks the coming
    # one while it is within half a year; beyond it, the nearest one ("expects to report third-quarter
    # results" in November: the quarter just ended). The past tense picks the most recent one within half
    # a year, or within a year unless the coming one is within a month: "the year ended March 31" and "the
    # Oct. 23 killing" in a May report are behind, but "extended the offer until Nov. 9" or "invited them
    # to a ceremony on March 12", a few weeks ahead, is an arrangement made in the past for a day to come
    # (a date almost a year back would carry its year). A month or a season follows the future tense within a
    # year ("will be repainted in the summer" in October is next summer), and so does a day unless the last
    # one is within a month: "the budget is due on Oct. 30" in March is this October, but "to repatriate the
    # child by Jan. 14" on Jan. 15 is a deadline just passed; but not a ``limit`` ("until", "till") that a state
    # told in the future lasts to: "will run until December 31" on Jan. 3 runs to the coming one.
    granularity = candidates[0].granularity
    if tense == "future" and (
        ahead <= 183
        or (ahead <= 366 and (granularity in ("month", "season") or (granularity == "day" and (back > 31 or limit))))
    ):
        chosen = after
        why = "the next one on or after publication, future tense"
    elif tense in PAST_FOR_CERTAIN and back <= 366:
        # A starting point, or the past verb's own date ("charged in January"), has been: no arrangement for a
        # day to come.
        chosen = before
        why = f"the most recent one on or before publication, {_tense_words(tense)}"
    elif tense == "past" and (back <= 183 or (back <= 366 and ahead > 31)):
        chosen = before
        why = "the most recent one on or before publication, past tense"
    else:
        chosen = min(candidates, key=lambda period: days_between(period, published))
        why = NEAREST_WHY + (", present tense" if tense == "present" else "")
    return Resolution(chosen.value(), why)


def day_of_month(published: date, day: int, tense: str | None) -> Resolution:
    """Which "15th" a day of the month without its month means, counted from publication.

    As for a weekday: the most recent one on or before publication in the past tense, the next one on or
    after it in the future tense, else the nearer of the two. Months without that day are skipped ("the
    31st" in September is August's).
    """
    candidates = []
    for offset in range(-2, 3):
        month = add_months(published.replace(day=1), offset)
        try:
            candidates.append(month.replace(day=day))
        except ValueError:
            continue
    before = max(candidate for candidate in candidates if candidate <= published)
    after = min(candidate for candidate in candidates if candidate >= published)
    if tense == "future":
        return Resolution(after.isoformat(), "the next one on or after publication, future tense")
    if tense == "present" or tense in PAST_OR_FOR_CERTAIN or published - before <= after - published:
        return Resolution(before.isoformat(), "the most recent one on or before publication")
    return Resolution(after.isoformat(), NEAREST_WHY)


def named(anchor: Period, where: str, direction: str, kind: str, name: str) -> Resolution:
    """Which month, season or holiday of a name: "last" the most recent one ended before ``anchor``, "next"
    ("coming") the first one after it, "this" ("that") the one holding it, else the one in its year ("this
    winter" in January is the winter that began the December before). ``anchor`` is publication's day for
    "next spring", the date the text last named for "the next spring"; ``where`` says which, for the
    explanation."""
    years = range(anchor.first.year - 2, anchor.first.year + 3)
    periods = [period for year in years if (period := period_in_year(year, name))]
    if direction == "last":
        chosen = [period for period in periods if period.last < anchor.first][-1]
        return Resolution(chosen.value(), f"the most recent {kind} of that name ended before {where}")
    if direction in ("next", "coming"):
        chosen = next(period for period in periods if period.first > anchor.last)
        return Resolution(chosen.value(), f"the next {kind} of that name after {where}")
    if holding := [period for period in periods if period.first <= anchor.first <= period.last]:
        return Resolution(holding[0].value(), f"the {kind} of that name under way at {where}")
    # a week belongs to the year of its Thursday, as ISO numbers it: "that spring" after 2003-W01 (from 30
    # December 2002) is 2003's
    year = (anchor.first + timedelta(days=3)).year if anchor.granularity == "week" else anchor.first.year
    chosen = next(period for period in periods if period.first.year == year)
    return Resolution(chosen.value(), f"the {kind} of that name in the year of {where}")


def holiday(year: int, match: re.Match[str]) -> Resolution:
    month, weekday, nth = int(match.group(2)), int(match.group(3)), int(match.group(4))
    day = nth_weekday(year, month, weekday, nth) + timedelta(days=int(match.group(5) or 0))
    return Resolution(day.isoformat(), "the holiday's day that year")


def weekday_near(day: date, where: str, direction: str, number: int) -> Resolution:
    """ "the previous Friday", "the following Monday": the weekday before or after ``day`` (``where`` says
    which day that is, for the explanation)."""
    if direction == "last":
        result = day - timedelta(days=(day.isoweekday() - number) % 7 or 7)
        return Resolution(result.isoformat(), f"the {WEEKDAYS[number - 1]} before {where}")
    result = day + timedelta(days=(number - day.isoweekday()) % 7 or 7)
    return Resolution(result.isoformat(), f"the {WEEKDAYS[number - 1]} after {where}")
