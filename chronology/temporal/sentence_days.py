"""The day of a clock time or of "overnight", which name no day of their own.

A clock time ("at 3:30 p.m.") is on the day its sentence names, else on the day the text last named, else on
the publication day; an entry's stamp ("0930 GMT - ...") is on the day of writing. "overnight" is the night
before the day its sentence names ("announced on Monday that they took the valley overnight": Sunday night,
whenever the report appeared). Pure functions: the resolver
finds the days named and passes the clause's tense as a function, read only when needed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from chronology.temporal.occurrences import PAST_OR_FOR_CERTAIN, Resolution
from chronology.temporal.periods import Period, period_of
from chronology.temporal.tense_words import said_just_before

Tense = Callable[[], "str | None"]


def night_name(night_of: date) -> str:
    """ "the night of 5-6 September" (or "of 31 August-1 September")."""
    following = night_of + timedelta(days=1)
    first = f"{night_of.day}" if night_of.month == following.month else f"{night_of.day} {night_of:%B}"
    return f"the night of {first}-{following.day} {following:%B}"


_PARTS_OF_DAY = ("TMO", "TAF", "TEV", "TNI")
# Hours that a part of the day named with the sentence's day puts after noon, when the clock does not say which
# half of the day it means ("That evening, the King spoke at nine o'clock").
_AFTERNOON_HOURS = {"TAF": range(1, 7), "TEV": range(4, 12)}  # after a night, the morning after (clock_day)
_PART_NAMES = {"TAF": "afternoon", "TEV": "evening"}
# Words that say which half of the day a clock time means, or a 24-hour clock's leading zero.
_HALF_OF_DAY_SAID = re.compile(r"(?i)[ap]\.?m\b|morning|afternoon|evening|night|noon|midnight|^0")
# What a figure is compared with, before a possessive day: "up 0.4% from Monday's close", "than Friday's level".
_COMPARED_WITH = re.compile(r"(?i)\b(?:from|than|with|on|over|against|versus|vs\.?)\s+$")
_COMPARED_REACH = 10  # characters before the day searched for the word
# A clause of its own: after a comma and "and", a semicolon, "and" before a subject and its verb ("Polls close at
# 10pm and the result is expected in the early hours of Friday"), or a participle after a comma ("opened higher at
# 8 a.m., extending yesterday's recovery").
_NEXT_CLAUSE = re.compile(
    r",\s+(?:and|but)\s|;\s|,\s+[a-z]+ing\s|\s(?:and|but)\s+(?:the|a|an|its|their|his|her|our)\s+(?:[\w-]+\s+){1,2}?"
    r"(?:is|are|was|were|will|would|could|should|may|might)\s"
)


class SentenceDay(NamedTuple):
    """The day named nearest to an expression in its sentence, whether it was named as a night ("Snow closed
    the runway overnight, and flights resumed at 9am"), and whether it comes after the expression."""

    period: Period
    night: bool
    named_later: bool
    part: str = ""  # the part of the day it was named with: "TEV" for "That evening"
    at: int = -1  # where it was named


def _next_day_of_midnight(value: str) -> str:
    """The day a midnight written as the end of a day (T24:00) begins, for the night after it: "took effect at
    midnight, ... shelling overnight" is the night into publication day; other values as they are."""
    if not value.endswith("T24:00") or not value[:4].isdigit():
        return value
    return (date.fromisoformat(value[:10]) + timedelta(days=1)).isoformat()


def day_in_sentence(
    text: str, position: int, sentence: tuple[int, int], found: list[tuple[int, str]], own_clause: bool = False
) -> SentenceDay | None:
    """The day named nearest to ``position`` in ``sentence``, of the expressions ``found`` (start, value). With
    ``own_clause`` (a clock time) a day named after it counts only in its own clause, not in one a comma and "and"
    or "but" open ("had raised £18,500 by 6pm, and counting continued on Sunday"); a part of day looks across
    ("worked through the night, but the ship had not moved by Friday afternoon")."""
    nearest: tuple[int, SentenceDay] | None = None
    for start, value in found:
        if not sentence[0] <= start < sentence[1]:
            continue
        if own_clause and start > position and _NEXT_CLAUSE.search(text, position, start):
            continue
        period = period_of(value)
        if period is None or period.granularity != "day":
            continue
        # A day named before the expression governs it before one named after ("decides on Wednesday, with a
        # press conference at 2.30pm, and the ECB on Thursday"): distances after it count double.
        distance = position - start if start < position else 2 * (start - position)
        if nearest is None or distance < nearest[0]:
            part = value[-3:] if value[-3:] in _PARTS_OF_DAY else ""
            nearest = (distance, SentenceDay(period, part == "TNI", start > position, part, start))
    return nearest[1] if nearest else None


# A live blog's or a wire's entry stamp: a clock time that heads its line, maybe after "Update", then a colon or
# a dash ("0930 GMT - Ukraine's foreign minister will meet...", "09:12 BST: Flights resumed").
_BEFORE_STAMP = re.compile(r"[ \t*\u2022-]*(?:(?:update|updated)[ \t]+)?", re.IGNORECASE)
_AFTER_STAMP = re.compile(r"[ \t]*(?::|[-\u2013\u2014])\s")


def is_entry_stamp(text: str, start: int, end: int) -> bool:
    """Whether the clock time at [start, end) stamps an entry: it is the entry's time of writing, not of the
    days its sentence names (see ``stamp_day``)."""
    line_start = text.rfind("\n", 0, start) + 1
    return _BEFORE_STAMP.fullmatch(text, line_start, start) is not None and _AFTER_STAMP.match(text, end) is not None


def stamp_day(text: str, start: int, published: date, suffix: str, found: list[tuple[int, int, str]]) -> Resolution:
    """An entry stamp's time (``suffix``) at ``start``: on the day a heading names, when the day last named
    before it (of ``found``, (start, end, value) in text order) is in a line that ends with a colon ("How the
    attack unfolded on Saturday night:\n21:47 - ...") or is the whole line ("Monday 23 November 2026\n23:40 GMT
    - ..."), else on publication day. The stamps of the entries before it are skipped."""
    for other_start, other_end, value in reversed(found):
        if other_start >= start or is_entry_stamp(text, other_start, other_end):
            continue
        period = period_of(value)
        if period is None or period.granularity != "day":
            continue
        line_end = text.find("\n", other_end)
        if line_end != -1 and line_end < start:
            rest = text[other_end:line_end].rstrip()
            alone = not rest and not text[text.rfind("\n", 0, other_start) + 1 : other_start].strip()
            if alone or rest.endswith(":"):
                return Resolution(period.value() + suffix, "an entry's stamp under a heading: the heading's day")
        break
    return Resolution(published.isoformat() + suffix, "an entry's stamp: the day of publication")


_CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)(T\d\d:\d\d)$")


def after_an_evening_time(
    resolution: Resolution, earlier: Callable[[], list[str]], limit: bool, written: str = ""
) -> Resolution:
    """A time in the small hours told after an evening time on the same day in its sentence (``earlier``: the
    values of the times before it, asked only for such a time) is on the next day: "left the pub at 11pm on
    Saturday and was home by 1am"; so is a morning time that is a limit (``limit``: after "until", "by"),
    "hit a fallen tree at 11:58 p.m. on Wednesday and did not reach Fort William until 9:40 a.m." (a morning
    time told plainly may be earlier that day: "the man, arrested at 9am, had been released"). A time that
    does not say its half of the day (``written``) and would come later that evening is in the evening: "polls
    close at seven o'clock tonight, and we expect results by half past eight" is 20:30."""
    this = _CLOCK_VALUE.match(resolution.value)
    hour = clock_hour(this.group(2)) if this is not None else None
    if this is None or hour is None or hour >= 12:
        return resolution
    values = earlier()
    if (
        written
        and hour >= 1
        and not _HALF_OF_DAY_SAID.search(written)
        # from six, only an hour in words or after a limit: "close at eight o'clock tonight, and results are
        # expected around half past nine" is 21:30 (a stamp's "12:01 BST - ... at 11:30" is a 24-hour clock)
        and (hour < 6 or limit or not any(character.isdigit() for character in written))
    ):
        for value in reversed(values):
            before = _CLOCK_VALUE.match(value)
            if before is not None and before.group(1) == this.group(1):
                before_hour = clock_hour(before.group(2))
                evening = f"T{hour + 12:02d}{this.group(2)[3:]}"  # "T20:30", compared as text
                if before_hour is not None and before_hour >= 12 and before.group(2) < evening:
                    # "close at eight o'clock this evening ... by half past eight" is 20:30
                    return Resolution(f"{this.group(1)}{evening}", f"{resolution.why}, later that evening than {value}")
                break
    if hour >= (12 if limit else 6):
        return resolution
    for value in reversed(values):
        before = _CLOCK_VALUE.match(value)
        if before is not None and before.group(1) == this.group(1) and not _before_evening(before.group(2)):
            day = date.fromisoformat(this.group(1)) + timedelta(days=1)
            why = f"the morning after {value}, told before it in its sentence"
            return Resolution(day.isoformat() + this.group(2), why)
    return resolution


def _in_the_part_named(resolution: Resolution, part: str, written: str) -> Resolution:
    """A clock time that does not say which half of the day it means (``written``: "nine o'clock"), after a
    day its sentence named with a part of the day after noon (``part``: "TEV"), is in that part: "That evening,
    the King spoke to the nation at nine o'clock" is 21:00."""
    this = _CLOCK_VALUE.match(resolution.value)
    hour = clock_hour(this.group(2)) if this is not None else None
    if this is None or hour is None or hour not in _AFTERNOON_HOURS.get(part, ()) or _HALF_OF_DAY_SAID.search(written):
        return resolution
    value = f"{this.group(1)}T{hour + 12:02d}{this.group(2)[3:]}"
    return Resolution(value, f"{resolution.why}, in its {_PART_NAMES[part]}")


def _to_come_told_in_the_past(day: Period, published: date, tense: Tense) -> bool:
    """Whether a day named in a sentence told in the past is still to come, so that it dates something else."""
    return day.first > published and tense() in PAST_OR_FOR_CERTAIN


def clock_hour(suffix: str) -> int | None:
    """The hour of a clock time's suffix ("T02:30" -> 2); None for a part of day ("TAF")."""
    return int(suffix[1:3]) if len(suffix) >= 3 and suffix[1:3].isdigit() else None


def _after_the_night(named: SentenceDay, published: date, suffix: str) -> bool:
    """Whether a time after a night its sentence named (``named``) falls in the morning after: a time before
    the evening, but before noon only when the night is still to come ("stand ready tonight between 4pm and
    7pm" is this afternoon; "closed overnight, and the road reopened at 2pm" the afternoon after)."""
    if named.period.first >= published:
        hour = clock_hour(suffix)
        return (hour is not None and hour < 12) or suffix == "TMO"
    return _before_evening(suffix)


def _small_hours(suffix: str) -> bool:
    """Whether a clock time (``suffix``: "T02:30") falls after midnight and before six in the morning."""
    hour = clock_hour(suffix)
    return hour is not None and hour < 6


def _before_evening(suffix: str) -> bool:
    """Whether a clock time or part of day (``suffix``: "T09:00", "TAF") falls before the evening."""
    if suffix in ("TMO", "TAF", "TMI"):
        return True
    hour = clock_hour(suffix)
    return hour is not None and hour < 18


def clock_day(
    published: date, suffix: str, named: SentenceDay | None, named_before: Period | None, tense: Tense
) -> Resolution:
    """A clock time (``suffix``: "T15:30") on the day named in its sentence, else the day last named, else
    publication day. After a night its sentence named, a time before the evening is on the morning after:
    "closed the runway overnight, and flights resumed at 9am"; so is a time in the small hours of a night named
    after it: "called at 2am last night". A night before the day its sentence names is the night into that day.
    A time told in the past takes no day after publication named after it."""
    if named is not None and named.named_later and _to_come_told_in_the_past(named.period, published, tense):
        # "Trading closed at 1230 GMT ahead of the New Year's Day holiday": a day still to come, named after a
        # time told in the past, dates something else.
        named = None
    if named is not None:
        if named.night and (_small_hours(suffix) if named.named_later else _after_the_night(named, published, suffix)):
            day = named.period.first + timedelta(days=1)
            return Resolution(day.isoformat() + suffix, "the day after the night its sentence names")
        if suffix == "TNI" and named.named_later:
            # "worked through the night, but it had not moved by Thursday afternoon": the night into that day.
            night_of = named.period.first - timedelta(days=1)
            return Resolution(
                f"{night_of.isoformat()}TNI", f"the night before the day named after it ({night_name(night_of)})"
            )
        if suffix == "T24:00" and named.period.first == published and tense() in PAST_OR_FOR_CERTAIN:
            # "SYDNEY, Jan 1 - Fireworks lit up the harbour at midnight": a midnight gone on publication day is the
            # one that began it (written as the end of the day before).
            day_before = published - timedelta(days=1)
            return Resolution(
                day_before.isoformat() + suffix, "publication day named, past tense: the midnight that began it"
            )
        return Resolution(named.period.value() + suffix, "on the day named in the same sentence")
    if named_before is not None and named_before.granularity == "day":
        if not _across_publication(named_before, published, tense):
            return Resolution(named_before.value() + suffix, "no day in the sentence: on the day the text last named")
        if suffix not in ("T24:00", "TNI"):
            why = "told in the past, so not on the day to come the text last named: publication day"
            return Resolution(published.isoformat() + suffix, why)
    if suffix in ("T24:00", "TNI") and tense() in PAST_OR_FOR_CERTAIN:
        # Midnight is written as the end of its day (T24:00), so "clashes erupted shortly after midnight"
        # is the midnight that began publication day: the end of the day before; and "spent the night in a
        # cell", told in the past, the night before publication.
        day_before = published - timedelta(days=1)
        return Resolution(
            day_before.isoformat() + suffix, "no day named, past tense: the night that ended on publication day"
        )
    return Resolution(published.isoformat() + suffix, "no day named before: publication day")


def _across_publication(day: Period, published: date, tense: Tense) -> bool:
    """Whether a clock time told in the past cannot fall on ``day``, the day the text last named, as it is still to
    come ("temperatures would rise by Thursday. The warning expired at 6am"): publication day's, then. (A future
    one may well fall on a day gone: "Kick-off was delayed until 8pm", "he must stay at home between 9pm and 6am".)"""
    return day.first > published and tense() in PAST_OR_FOR_CERTAIN


def overnight(
    published: date, named: Period | None, named_before: Period | None, tense: Tense, after_evening: bool = False
) -> Resolution:
    """ "overnight": the night before the day named in its sentence, else (see below) before publication;
    ``after_evening``: the story's day was named for a vote or an evening's event, which the night follows."""
    if named is not None and _to_come_told_in_the_past(named, published, tense):
        # "Fans queued overnight ahead of Saturday's sale": a day still to come dates something else.
        named = None
    if (named is None or named.first == published) and tense() == "future":
        # "Temperatures will drop overnight": the coming night, publication day's; so too after publication day
        # named ("Polls close at 10 p.m. tonight, and results are expected overnight").
        return Resolution(f"{published.isoformat()}TNI", f"future tense: the coming night ({night_name(published)})")
    if named is not None:  # past or still to come: "will be closed overnight on Saturday"
        night_of = named.first - timedelta(days=1)
        why = f"the night before {named.value()}, the day named in its sentence ({night_name(night_of)})"
        return Resolution(f"{night_of.isoformat()}TNI", why)
    # A report's "overnight" is the night before the story's day: a Tuesday paper telling Monday's news ("The
    # Taliban said on Monday ... Fighters had taken several districts overnight") means Sunday night. The
    # story's day is the day last named only when it is the eve of publication, the day-after report; days
    # further back are background ("Talks resumed on Friday"), and the night is then the one before
    # publication; so it is after a vote or an evening's event on the eve ("Britain voted on Thursday ... The
    # pound fell overnight" in a Friday paper).
    if (
        named is None
        and named_before is not None
        and named_before.granularity == "day"
        and published - named_before.first == timedelta(days=1)
        and not after_evening
    ):
        night_of = named_before.first - timedelta(days=1)
        why = f"the night before {named_before.value()}, the day the story last named ({night_name(night_of)})"
        return Resolution(f"{night_of.isoformat()}TNI", why)
    if (
        after_evening
        and named is None
        and named_before is not None
        and timedelta(days=1) < published - named_before.first <= timedelta(days=7)
    ):
        # "Fans celebrated on Sunday evening. Street parties carried on overnight" (a Tuesday paper): that night
        return _night_after(named_before, "the evening the story last named")
    night_of = published - timedelta(days=1)
    return Resolution(f"{night_of.isoformat()}TNI", f"the night before publication ({night_name(night_of)})")


def _night_after(day: Period, whose: str) -> Resolution:
    """The night that follows ``day``, ``whose`` saying what named it: "the evening named before it"."""
    night_of = day.first
    return Resolution(f"{night_of.isoformat()}TNI", f"the night after {day.value()}, {whose} ({night_name(night_of)})")


def _naming_the_day_before(
    found: list[tuple[int, int, str, str]], start: int, named_before: Period | None
) -> tuple[int, int, str] | None:
    """(start, end, value) of the last expression before ``start`` that named the story's day ``named_before``."""
    if named_before is None or named_before.granularity != "day":
        return None
    day = named_before.first.isoformat()
    for other_start, other_end, value, _ in reversed(found):
        if other_start < start and value.startswith(day):
            return other_start, other_end, value
    return None


def _named_for_an_evening(
    text: str, found: list[tuple[int, int, str, str]], start: int, named_before: Period | None
) -> bool:
    """Whether the day the story last named before ``start`` was named for a vote ("Kenyans voted on Thursday",
    "in Thursday's election") or with an evening's time ("at 8:30 p.m. on Thursday")."""
    naming = _naming_the_day_before(found, start, named_before)
    if naming is None:
        return False
    other_start, other_end, value = naming
    if _EVENING_VALUE.search(value):
        return True
    line_start = max(text.rfind(". ", 0, other_start), text.rfind("\n", 0, other_start)) + 1
    line_end = text.find(". ", other_end)
    return _VOTE_WORDS.search(text, line_start, line_end if line_end != -1 else len(text)) is not None


def _morning_after_a_night(
    text: str,
    found: list[tuple[int, int, str, str]],
    start: int,
    end: int,
    suffix: str,
    named_before: Period | None,
) -> Resolution | None:
    """The morning after the evening or night the story last named, for a small hour, dawn or the early hours
    with no day in their sentence: "on Sunday night. By dawn it had spread", "ended at 11:15 p.m. on
    Saturday. Fans were still queuing at 1:30 a.m."; after a night, any morning clock time ("made landfall on
    Tuesday night. By 6 a.m., 200,000 homes were without power"); None otherwise."""
    hour = clock_hour(suffix)
    words = text[start:end].lower()
    if not (
        (hour is not None and hour < _NOON)
        or (suffix == "TMO" and any(word in words for word in _DAYBREAK_WORDS))
        or (not suffix and ("early hours" in words or "small hours" in words))
    ):
        return None
    naming = _naming_the_day_before(found, start, named_before)
    if naming is None or not _EVENING_VALUE.search(naming[2]) or named_before is None:
        return None
    if hour is not None and _SMALL_HOURS_END <= hour < _NOON and not naming[2].endswith("TNI"):
        return None  # a morning after an evening may be that day's: only a night is surely over by it
    day = named_before.first + timedelta(days=1)
    return Resolution(day.isoformat() + suffix, f"the morning after the evening the text last named ({naming[2]})")


def _night_between(
    text: str, position: int, sentence: tuple[int, int], found: list[tuple[int, str]]
) -> Resolution | None:
    """ "overnight" between a day its sentence named before it and the next day, named after it as the day a
    source spoke: "The truce, which took effect at 8 a.m. on Thursday, largely held overnight, a spokesman said
    on Friday" is Thursday night."""
    before = after = None
    for start, value in found:
        period = period_of(value)
        if not sentence[0] <= start < sentence[1] or period is None or period.granularity != "day":
            continue
        if start < position:
            before = period
        elif after is None:
            after = (start, period)
    if before is None or after is None or after[1].first - before.first != timedelta(days=1):
        return None
    if not said_just_before(text, sentence[0], after[0]):
        return None
    night_of = before.first
    why = (
        f"the night between {before.value()} and {after[1].value()}, the days named around it ({night_name(night_of)})"
    )
    return Resolution(f"{night_of.isoformat()}TNI", why)


_LIMIT_BEFORE = re.compile(r"(?i)\b(?:until|till|by)\s+$")  # "did not arrive until 9:40 a.m."
_AFTER_AN_EVENT = re.compile(r"(?i)\s+(?:after|following)\s")  # "fell overnight after the bank held rates"
# A day the story named for a vote or an evening's event: the night that follows it is the night after (votes are
# counted after the polls close; "made landfall at 8:30 p.m. on Thursday ... weakened overnight").
_VOTE_WORDS = re.compile(r"(?i)\b(?:voted|voting|election|elections|polls|ballots|referendum)\b")
_EVENING_VALUE = re.compile(r"T(?:1[89]|2[0-3]):\d\d$|T(?:EV|NI)$")
_NOON = 12  # a morning clock time after a night named ("on Tuesday night. By 6 a.m.") is the next morning
_SMALL_HOURS_END = 6  # a clock time before 6 a.m. after an evening named is in that night's small hours
# The morning's words that follow a night ("By dawn"; not "in the morning", which may be the same day's earlier).
_DAYBREAK_WORDS = ("dawn", "daybreak", "first light", "sunrise")


def sentence_day(
    text: str,
    published: date,
    found: list[tuple[int, int, str, str]],
    index: int,
    sentence: tuple[int, int],
    named_before: Period | None,
    tense: Tense,
) -> Resolution:
    """The day of the clock time or "overnight" ``found[index]``, from the days named around it.

    ``found``: every expression of the text in order (start, end, value, type), the others resolved as far as
    they are; ``sentence``: the bounds of its sentence; ``named_before``: the day the story had named before it.
    """
    start, end, value, _ = found[index]
    suffix = value.removeprefix("UNDEF-sentence-day")
    night = value == "UNDEF-sentence-night"
    # A possessive day after "overnight" names an event of its own: "slumped overnight after Friday's cuts"; after
    # a clock time, one a price is compared with: "traded at 17.05 at 10:30 a.m., up 0.4% from Monday's close".
    others = [
        (other[0], _next_day_of_midnight(other[2]) if night else other[2])
        for at, other in enumerate(found)
        if at != index
        # a starting point or a limit is no day of the act: "stranded since Thursday, were reached overnight",
        # "postponed until Sunday after heavy overnight rain"; nor is a starting point after a clock time: "closed
        # at 3:30 p.m., its highest finish since Feb. 14"
        and not (night and text.endswith(("since ", "until ", "till "), max(sentence[0], other[0] - 6), other[0]))
        and not (other[0] > start and text.endswith("since ", max(sentence[0], other[0] - 6), other[0]))
        and not (
            other[0] > start
            and text.startswith(("'s", "\u2019s"), other[1])
            and (night or _COMPARED_WITH.search(text, max(sentence[0], other[0] - _COMPARED_REACH), other[0]))
        )
    ]
    if night and (between := _night_between(text, start, sentence, others)):
        return between
    named = day_in_sentence(
        text,
        start,
        sentence,
        others,
        own_clause=clock_hour(suffix) is not None,  # a clock time, not a part of day
    )
    if night:
        if named is not None and named.period.first < published:
            if (
                named.named_later
                and _AFTER_AN_EVENT.match(text, end) is not None
                and not said_just_before(text, sentence[0], named.at)
            ):
                # "Swap rates fell overnight after the Bank of England held rates on Thursday": the night after it
                return _night_after(named.period, "the day of the event it follows")
            if not named.named_later and any(at == named.at and _EVENING_VALUE.search(value) for at, value in others):
                # "closed at 9 p.m. on Tuesday, and the winning bids were confirmed overnight": the night after it
                return _night_after(named.period, "the evening named before it")
            if not named.named_later and _VOTE_WORDS.search(text, sentence[0], named.at):
                # "Britain voted on Thursday to leave the EU, and the pound fell overnight": the count's night
                return _night_after(named.period, "the day of the vote named before it")
        evening = _named_for_an_evening(text, found, start, named_before)
        return overnight(published, named.period if named else None, named_before, tense, evening)
    if is_entry_stamp(text, start, end):
        return stamp_day(text, start, published, suffix, [(other[0], other[1], other[2]) for other in found])
    if named is None and (after := _morning_after_a_night(text, found, start, end, suffix, named_before)):
        return after
    resolution = clock_day(published, suffix, named, named_before, tense)
    if named is not None and not named.named_later:
        resolution = _in_the_part_named(resolution, named.part, text[start:end])
    return after_an_evening_time(
        resolution,
        lambda: [other[2] for other in found[:index] if sentence[0] <= other[0] and other[3] == "TIME"],
        _LIMIT_BEFORE.search(text, max(sentence[0], start - 8), start) is not None,
        text[start:end],
    )
