"""The temporal expression: one span of text and the TimeML TIMEX3 it resolves to."""

from __future__ import annotations

from dataclasses import dataclass

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")


# Slots: the tagger makes one per expression found, and a frozen dataclass's __init__ (a call of
# object.__setattr__ per field) cost a fortieth of the time of tagging a text.
@dataclass(frozen=True, slots=True)
class TemporalExpression:
    """A temporal expression found in a text.

    ``start``/``end`` are character offsets into the text that was tagged (``text[start:end] == self.text``).
    ``value`` is a TIMEX3 value (``2021-09-05``, ``2021-09-05TNI``, ``2021-W36``, ``PAST_REF``, ``P2D``, ...),
    ``mod`` the TIMEX3 ``mod`` attribute where the text qualifies it (``APPROX``, ``START``, ``MID``, ``END``,
    ``BEFORE``, ``AFTER``, ...). ``explanation`` says in one line how the value was reached, for people.
    """

    text: str
    start: int
    end: int
    type: str
    value: str
    explanation: str = ""
    mod: str | None = None
    rule: str = ""

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
        }
        if self.mod:
            data["mod"] = self.mod
        data["explanation"] = self.explanation
        data["rule"] = self.rule
        return data
