"""Calendar periods at a granularity (day, week, month, quarter, ...): shifts, TIMEX3 values, names in a year."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from chronology.temporal.ruleset import RULES_DIR, load_rules_file

# From the finest to the coarsest; a value never claims a finer granularity than its text gives.
GRANULARITIES = ("day", "week", "weekend", "month", "season", "quarter", "half", "year", "decade", "century")
MONTHS_IN = {"month": 1, "season": 12, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def same_day_months_away(day: date, months: int) -> date:
    """``day`` so many months away, on the same day of the month or on its month's last day (29 February a year
    on is the 28th; 31 March a month on is 30 April)."""
    first = add_months(day, months)
    last = add_months(first, 1) - timedelta(days=1)
    return first.replace(day=min(day.day, last.day))


class Period:
    """A calendar period: its granularity and first day (a season keeps its name; winter starts in Dec).

    Immutable by use (``period_of`` shares instances). A plain class, not a frozen dataclass: the compiled tagger
    builds one for every date, and a dataclass's generated ``__init__`` would run as Python there."""

    def __init__(self, granularity: str, first: date, season: str | None = None) -> None:
        self.granularity = granularity
        self.first = first
        self.season = season
        self._last: date | None = None  # asked for again and again when the resolver compares with publication

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Period) and (self.granularity, self.first, self.season) == (
            other.granularity,
            other.first,
            other.season,
        )

    def __hash__(self) -> int:
        return hash((self.granularity, self.first, self.season))

    def __repr__(self) -> str:
        return f"Period({self.granularity!r}, {self.first!r}, {self.season!r})"

    @classmethod
    def containing(cls, day: date, granularity: str) -> Period:
        if granularity == "day":
            return cls("day", day)
        if granularity in ("week", "weekend"):
            return cls(granularity, day - timedelta(days=day.weekday()))
        if granularity == "month":
            return cls("month", day.replace(day=1))
        if granularity == "quarter":
            return cls("quarter", date(day.year, (day.month - 1) // 3 * 3 + 1, 1))
        if granularity == "half":
            return cls("half", date(day.year, 1 if day.month <= 6 else 7, 1))
        if granularity == "year":
            return cls("year", date(day.year, 1, 1))
        if granularity == "decade":
            return cls("decade", date(max(day.year // 10 * 10, 1), 1, 1))
        if granularity == "century":
            return cls("century", date(max(day.year // 100 * 100, 1), 1, 1))
        raise ValueError(f"no period of granularity {granularity!r}")

    @classmethod
    def of_season(cls, year: int, season: str) -> Period:
        return cls("season", date(year, SEASON_START[season], 1), season)

    @property
    def start_day(self) -> date:
        """The first day the period itself covers: its first, but a weekend's Saturday (a weekend period starts
        on the Monday of its week, as the week does)."""
        return self.first + timedelta(days=5) if self.granularity == "weekend" else self.first

    @property
    def last(self) -> date:
        if self._last is None:
            self._last = self._last_day()
        return self._last

    def _last_day(self) -> date:
        if self.granularity == "day":
            return self.first
        if self.granularity in ("week", "weekend"):
            return self.first + timedelta(days=6)
        months = MONTHS_IN[self.granularity] if self.granularity != "season" else 3
        return add_months(self.first, months) - timedelta(days=1)

    def shift(self, count: int) -> Period:
        """The period ``count`` units later (earlier when negative)."""
        if self.granularity == "day":
            return Period("day", self.first + timedelta(days=count))
        if self.granularity in ("week", "weekend"):
            return Period(self.granularity, self.first + timedelta(weeks=count))
        return Period(self.granularity, add_months(self.first, count * MONTHS_IN[self.granularity]), self.season)

    def value(self) -> str:
        """The TIMEX3 value: 2021-09-05, 2021-W36, 2021-W36-WE, 2021-09, 2021-Q3, 2021-H2, 2021-SU, 2021."""
        first = self.first
        if self.granularity == "day":
            return first.isoformat()
        if self.granularity in ("week", "weekend"):
            year, week, _ = first.isocalendar()
            return f"{year:04d}-W{week:02d}" + ("-WE" if self.granularity == "weekend" else "")
        if self.granularity == "month":
            return f"{first.year:04d}-{first.month:02d}"
        if self.granularity == "quarter":
            return f"{first.year:04d}-Q{(first.month - 1) // 3 + 1}"
        if self.granularity == "half":
            return f"{first.year:04d}-H{1 if first.month <= 6 else 2}"
        if self.granularity == "season":
            return f"{first.year:04d}-{self.season}"
        if self.granularity == "year":
            return f"{first.year:04d}"
        if self.granularity == "decade":
            return f"{first.year // 10:03d}"
        return f"{first.year // 100:02d}"


_VALUE = re.compile(
    r"^(?:(?P<day>\d{4}-\d\d-\d\d)|(?P<wy>\d{4})-W(?P<w>\d\d?)(?P<we>-WE)?|(?P<my>\d{4})-(?P<m>\d\d)"
    r"|(?P<qy>\d{4})-Q(?P<q>[1-4])|(?P<hy>\d{4})-H(?P<h>[12])|(?P<sy>\d{4})-(?P<s>SP|SU|FA|WI)"
    r"|(?P<y>\d{4})|(?P<d>\d{3})|(?P<c>\d\d))(?:T.*)?$"
)


@lru_cache(maxsize=4096)
def period_of(value: str) -> Period | None:
    """The period a resolved TIMEX3 value names, or None (durations, sets, PAST_REF...)."""
    match = _VALUE.match(value)
    if not match:
        return None
    groups = match.groupdict()
    try:
        if groups["day"]:
            return Period("day", date.fromisoformat(groups["day"]))
        if groups["wy"]:
            granularity = "weekend" if groups["we"] else "week"
            return Period(granularity, date.fromisocalendar(int(groups["wy"]), int(groups["w"]), 1))
        if groups["my"]:
            return Period("month", date(int(groups["my"]), int(groups["m"]), 1))
        if groups["qy"]:
            return Period("quarter", date(int(groups["qy"]), 3 * int(groups["q"]) - 2, 1))
        if groups["hy"]:
            return Period("half", date(int(groups["hy"]), 1 if groups["h"] == "1" else 7, 1))
        if groups["sy"]:
            return Period.of_season(int(groups["sy"]), groups["s"])
        if groups["y"]:
            return Period("year", date(max(int(groups["y"]), 1), 1, 1))
        if groups["d"]:
            return Period("decade", date(max(int(groups["d"]) * 10, 1), 1, 1))
        return Period("century", date(max(int(groups["c"]) * 100, 1), 1, 1))
    except ValueError:
        return None


def finer_or_same(granularity: str, unit: str) -> bool:
    """Can a period of ``granularity`` be placed in a ``unit`` (a day in a week: yes; a year in a day: no)?"""
    order = {
        "day": 0,
        "week": 1,
        "weekend": 1,
        "month": 2,
        "season": 3,
        "quarter": 3,
        "half": 4,
        "year": 5,
        "decade": 6,
        "century": 7,
    }
    return order[granularity] <= order[unit]


def days_between(period: Period, day: date) -> int:
    """Days from ``day`` to the nearest day of ``period`` (0 inside it)."""
    if period.first <= day <= period.last:
        return 0
    return (period.first - day).days if period.first > day else (day - period.last).days


_MONTH = re.compile(r"\d\d")
_DAY = re.compile(r"(\d\d)-(\d\d)")
_LAST_DAY = re.compile(r"(\d\d)-L")
_FROM_EASTER = re.compile(r"E([+-]\d+)")
_QUARTER = re.compile(r"Q([1-4])")
_HALF = re.compile(r"H([12])")
_NTH_WEEKDAY = re.compile(r"(\d\d)-(\d)-(-?\d)(?:\+(\d))?")
# The Lunar New Year moves with the Chinese calendar, which no rule of thumb follows: a table of its dates.
_LUNAR_NEW_YEAR = {
    int(year): day for year, day in load_rules_file(RULES_DIR / "lunar_new_year.yaml")["new_year"].items()
}


# A value is resolved by trying the neighbouring years of publication, a few years of a few dozen names each.
@lru_cache(maxsize=4096)
def period_in_year(year: int, rest: str) -> Period | None:
    """ "08" -> August of year, "08-15" -> 15 August, "02-L" -> its last day, "Q3", "H2", "SU", "11-4-4" (a holiday:
    4th Thursday), "E-2" (two days before Easter Sunday: Good Friday), "LNY" (the Lunar New Year)."""
    if rest == "LNY":
        rest = _LUNAR_NEW_YEAR.get(year, "")
    try:
        if _MONTH.fullmatch(rest):
            return Period("month", date(year, int(rest), 1))
        if match := _DAY.fullmatch(rest):
            return Period("day", date(year, int(match.group(1)), int(match.group(2))))
        if match := _LAST_DAY.fullmatch(rest):  # the last day of the month: "the last day of February"
            return Period("day", add_months(date(year, int(match.group(1)), 1), 1) - timedelta(days=1))
        if match := _FROM_EASTER.fullmatch(rest):  # a feast counted from Easter: "Good Friday" is E-2
            return Period("day", easter(year) + timedelta(days=int(match.group(1))))
        if match := _QUARTER.fullmatch(rest):
            return Period("quarter", date(year, 3 * int(match.group(1)) - 2, 1))
        if match := _HALF.fullmatch(rest):
            return Period("half", date(year, 1 if match.group(1) == "1" else 7, 1))
        if rest in ("SP", "SU", "FA", "WI"):
            return Period.of_season(year, rest)
        if match := _NTH_WEEKDAY.fullmatch(rest):  # "+1": the day after, Black Friday
            day = nth_weekday(year, int(match.group(1)), int(match.group(2)), int(match.group(3)))
            day += timedelta(days=int(match.group(4) or 0))
            return Period("day", day)
    except ValueError:  # 30 February
        return None
    return None


def easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus, as in Meeus)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_century, leap_rest = divmod(century, 4)
    moon_correction = (century + 8) // 25
    epact_shift = (century - moon_correction + 1) // 3
    epact = (19 * golden + century - leap_century - epact_shift + 15) % 30
    quarter, remainder = divmod(rest, 4)
    weekday = (32 + 2 * leap_rest + 2 * quarter - epact - remainder) % 7
    offset = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * offset + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth ISO weekday of a month (nth -1: the last), e.g. Thanksgiving = 4th Thursday of November."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)
