"""Durations the TIMEX3 way: decades and centuries in years, fortnights in weeks, clock units after "T", halves in
the next unit."""

from __future__ import annotations

import re

_DURATION = re.compile(r"^P(X|\d+(?:\.\d+)?)(DE|CE|Q|FN|TH|TM|TS|WE|D|W|M|Y)$")
# Units the rules write that TIMEX3 writes otherwise: (clock "T" or "", factor, TIMEX3 unit).
_IN_TIMEX_UNITS = {
    "DE": ("", 10, "Y"),
    "CE": ("", 100, "Y"),
    "FN": ("", 2, "W"),  # a fortnight
    "TH": ("T", 1, "H"),
    "TM": ("T", 1, "M"),
    "TS": ("T", 1, "S"),
}
_SMALLER_UNIT = {
    "Y": ("M", 12),
    "M": ("D", 30),
    "W": ("D", 7),
    "D": ("H", 24),
    "TH": ("M", 60),
    "TM": ("S", 60),
}


def normalise_duration(value: str) -> tuple[str, str] | None:
    """(TIMEX3 value, explanation) for a duration as the rules write it (``P3DE``, ``P5TH``), else None."""
    match = _DURATION.match(value)
    if not match:
        return None
    count, unit = match.groups()
    number: float | None = None if count == "X" else float(count)
    smaller = _SMALLER_UNIT.get(unit)
    if number is not None and number != int(number) and smaller:
        # "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M: the fraction in the next smaller unit.
        whole, (name, factor) = int(number), smaller
        rest = round((number - whole) * factor)
        clock = unit.startswith("T")
        value = f"P{'T' if clock else ''}{whole}{unit.removeprefix('T')}{rest}{name}"
        return value, "a length of time"
    time_mark, scale, timex_unit = _IN_TIMEX_UNITS.get(unit, ("", 1, unit))
    if number is None:
        return f"P{time_mark}X{timex_unit}", "a length of time, its number not given"
    return f"P{time_mark}{number * scale:g}{timex_unit}", "a length of time"
