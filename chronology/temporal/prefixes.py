"""The few characters a rule's match can start with, read off its compiled pattern, to skip rules cheaply.

Trying every rule at every word is slow in Python's regex engine. Instead each rule's pattern is analysed once
for the strings of up to :data:`WIDTH` characters its matches can begin with (lower case, every digit written
``0``, every space `` ``); the finder then tries at a word only the rules one of whose prefixes the text there
starts with. The analysis over-approximates (a character class it cannot spell out ends the prefix), so it
never skips a rule that could match.
"""

from __future__ import annotations

import re
from functools import cache
from typing import cast

try:  # the regular expression parser: re._parser since Python 3.11, sre_parse before
    import re._constants as sre_constants  # type: ignore[import-not-found]
    import re._parser as sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

WIDTH = 8
_LIMIT = 20000  # prefixes per rule; beyond it the rule keeps shorter ones
_SPACE = " "
# Every white-space character is a space: web copy joins words with no-break spaces ("Aug.\u00a015", "3\u202fp.m."),
# which the rules' \s+ matches but a prefix such as "aug. 0" would not.
_SPACES = [char for char in map(chr, range(0x3001)) if char.isspace() and char != " "]
NORMALISE = str.maketrans({**{str(digit): "0" for digit in range(10)}, **{space: " " for space in _SPACES}})


@cache
def parse(pattern: str) -> sre_parse.SubPattern:
    """A rule's pattern parsed as the finder matches it (ignoring case): the rule set parses each pattern to
    check it, the prefix analysis reads the same tree. Raises ``re.error`` for a malformed pattern."""
    return sre_parse.parse(pattern, re.IGNORECASE)


def prefixes(pattern: str, width: int = WIDTH) -> set[str]:
    """Strings (already normalised) of at most ``width`` characters that every match starts with one of."""
    tree = parse(pattern)
    for size in range(width, 0, -1):
        try:
            growing, final = _sequence(list(tree), {""}, size)
        except _TooMany:
            continue
        return growing | final
    return {""}


class _TooMany(Exception):
    pass


def _chars(items: list[tuple[object, object]]) -> set[str] | None:
    """Characters of a class ``[...]``, or None when it is too wide to spell out (a wildcard)."""
    out: set[str] = set()
    for op, av in items:
        if op == sre_constants.LITERAL:
            out.add(chr(av).lower())  # type: ignore[arg-type]
        elif op == sre_constants.RANGE:
            low, high = cast("tuple[int, int]", av)
            if high - low > 30:
                return None
            out.update(chr(code).lower() for code in range(low, high + 1))
        elif op == sre_constants.CATEGORY and av == sre_constants.CATEGORY_DIGIT:
            out.add("0")
        elif op == sre_constants.CATEGORY and av == sre_constants.CATEGORY_SPACE:
            out.add(_SPACE)
        else:
            return None
    return {char.translate(NORMALISE) for char in out}


def _sequence(items: list[tuple[object, object]], heads: set[str], width: int) -> tuple[set[str], set[str]]:
    """Extend the strings ``heads`` by what ``items`` can match in turn: (still growing, final).

    A string is final once it is ``width`` long or the next thing is a wildcard; a final string shorter than
    ``width`` matches any text that starts with it, as does a growing one when the pattern ends.
    """
    growing, final = set(heads), set()
    for op, av in items:
        if not growing:
            break
        growing, stopped = _item(op, av, growing, width)
        final |= stopped | {head for head in growing if len(head) >= width}
        growing = {head for head in growing if len(head) < width}
        if len(growing) + len(final) > _LIMIT:
            raise _TooMany
    return growing, final


def _item(op: object, av: object, heads: set[str], width: int) -> tuple[set[str], set[str]]:
    """(strings that may grow, final strings) after matching one item of a pattern."""
    if op == sre_constants.LITERAL:
        char = chr(av).lower().translate(NORMALISE)  # type: ignore[arg-type]
        return {head + char for head in heads}, set()
    if op == sre_constants.IN:
        chars = _chars(av)  # type: ignore[arg-type]
        if chars is None:
            return set(), heads
        return {head + char for head in heads for char in chars}, set()
    if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return heads, set()
    if op == sre_constants.SUBPATTERN:
        return _sequence(list(av[-1]), heads, width)  # type: ignore[index]
    if op == sre_constants.BRANCH:
        growing: set[str] = set()
        final: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            more, done = _sequence(list(branch), heads, width)
            growing |= more
            final |= done
        return growing, final
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
        low, high, body = cast("tuple[int, int, list[tuple[object, object]]]", av)
        current = set(heads)
        growing = set(heads) if low == 0 else set()
        final = set()
        for count in range(1, min(high, width) + 1):
            current, done = _sequence(list(body), current, width)
            final |= done
            if count >= low:
                growing |= current
            if not current:
                break
        return growing, final
    # Anything else (a back-reference, ANY, a category outside a class): a wildcard.
    return set(), heads
