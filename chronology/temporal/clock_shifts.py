"""A length of hours or minutes "later" or "earlier", after a clock time, is a time: that clock time moved on.

Timelines of incidents count on from the last time they gave: "The alarm was raised at 11:42 p.m. ... Crews
arrived 20 minutes later" is 00:02 the next day. Without a clock time before it (or with a day named since,
which starts another part of the story), "half an hour later" stays a length, as TimeML draws it, and so does
one compared with a plan: "nearly three hours later than planned".
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

# Not a comparison: "took effect at 11:15 a.m., nearly three hours later than planned" is a length.
_AFTER = re.compile(r"\s+(later|afterwards|after\s+that|earlier|before\s+that)\b(?!\s+than\b)", re.IGNORECASE)
_LENGTH = re.compile(r"^PT(?:(\d+)H)?(?:(\d+)M)?$")
_CLOCK = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d$")
_DAY = re.compile(r"^\d{4}-\d\d-\d\d")


def clock_shift(text: str, start: int, end: int, value: str, before: list[str]) -> tuple[int, str, str] | None:
    """For the length ``value`` at ``text[start:end]`` followed by "later" or "earlier", and ``before``, the
    values of the expressions before it in text order: (the span's new end, the time, why), else None."""
    after = _AFTER.match(text, end)
    length = _LENGTH.match(value)
    if after is None or length is None or not (length.group(1) or length.group(2)):
        return None
    for earlier in reversed(before):
        if _CLOCK.match(earlier):
            break
        if _DAY.match(earlier):
            return None  # a day named since the last clock time: the story has moved on
    else:
        return None
    step = timedelta(hours=int(length.group(1) or 0), minutes=int(length.group(2) or 0))
    backwards = after.group(1).lower().startswith(("earlier", "before"))
    moved = datetime.fromisoformat(earlier) + (-step if backwards else step)
    why = f"{'before' if backwards else 'after'} {earlier}, the clock time named before"
    return after.end(), moved.strftime("%Y-%m-%dT%H:%M"), why
