"""Month and weekday names as the rules know them (``rules/tables.yaml``), for the modules that look for a name
outside a rule: the list and span readers, and the sentence splitter after a clock time. One list, so adding
"Sept" to the tables teaches all of them."""

from __future__ import annotations

import re

from chronology.temporal.ruleset import RULES_DIR, load_rules_file

_TABLES = load_rules_file(RULES_DIR / "tables.yaml")

# Full names and abbreviations, lower case: "january", "jan", "sept"; "monday", "tues" (not the plural "mondays").
MONTH_NAMES: tuple[str, ...] = tuple(str(word) for word in _TABLES["month"])
WEEKDAY_NAMES: tuple[str, ...] = tuple(str(word) for word in _TABLES["weekday"] if not str(word).endswith("days"))
WEEKDAY_WORDS = frozenset(WEEKDAY_NAMES)  # for membership tests of a lowered word


def names_pattern(*names: tuple[str, ...]) -> str:
    """A non-capturing alternation of whole names with an optional abbreviation dot, longest first."""
    words = sorted({word for group in names for word in group}, key=lambda word: (-len(word), word))
    return r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\b\.?"
