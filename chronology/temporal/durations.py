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
# TIMEX3 has no fractions of a unit: a fraction is written in the next smaller one, clock units after "T".
_SMALLER_UNIT = {
    "Y": ("M", 12),
    "M": ("D", 30),
    "D": ("TH", 24),
    "TH": ("TM", 60),
    "TM": ("TS", 60),
}


def _with_fraction(number: float, unit: str) -> str:
    """ "2 1/2 years" -> P2Y6M, "a day and a half" -> P1DT12H, "half an hour" -> PT30M."""
    if unit == "W":  # weeks mix with no other unit: "a week and a half" is ten and a half days
        return _with_fraction(number * 7, "D")
    whole = int(number)
    smaller, factor = _SMALLER_UNIT[unit]
    parts = [(whole, unit), (round((number - whole) * factor), smaller)]
    day_part = "".join(f"{count}{name}" for count, name in parts if count and not name.startswith("T"))
    clock_part = "".join(f"{count}{name[1:]}" for count, name in parts if count and name.startswith("T"))
    return f"P{day_part}" + (f"T{clock_part}" if clock_part else "")


def normalise_duration(value: str) -> tuple[str, str] | None:
    """(TIMEX3 value, explanation) for a duration as the rules write it (``P3DE``, ``P5TH``), else None."""
    match = _DURATION.match(value)
    if not match:
        return None
    count, unit = match.groups()
    number: float | None = None if count == "X" else float(count)
    if number is not None and number != int(number) and (unit in _SMALLER_UNIT or unit == "W"):
        return _with_fraction(number, unit), "a length of time"
    time_mark, scale, timex_unit = _IN_TIMEX_UNITS.get(unit, ("", 1, unit))
    if number is None:
        return f"P{time_mark}X{timex_unit}", "a length of time, its number not given"
    return f"P{time_mark}{number * scale:g}{timex_unit}", "a length of time"
