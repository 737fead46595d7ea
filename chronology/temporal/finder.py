"""Find temporal expressions: the rules run over the text once, writing what the text alone says.

At each word only the rules whose pattern can start with the word's first characters are tried (see
:mod:`prefixes`), in file order, and the first that matches wins; the text after a match is not searched
again, so expressions never overlap.
"""

from __future__ import annotations

import re

from chronology.temporal.prefixes import NORMALISE, WIDTH, prefixes
from chronology.temporal.resolver import Candidate
from chronology.temporal.ruleset import RuleSet, fill_pieces, trie_pattern
from chronology.temporal.title_lines import in_title_case_line

STARTS_WIDTH = 6  # characters of a rule's prefixes the word-start scan looks for
FILLED_LIMIT = 100_000  # values kept for matches met before


class Finder:
    """The rules of a rule set, indexed by the prefixes their matches start with."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self._by_prefix: dict[str, list[int]] = {}
        for index, rule in enumerate(rules.rules):
            for prefix in prefixes(rule.pattern):
                self._by_prefix.setdefault(prefix, []).append(index)
        # Word starts (in the normalised text) where some rule's prefix begins: the only places to try. Their
        # first few characters are enough to scan for (the prefix table then picks the rules): the full
        # prefixes make a pattern of 80 KB that takes a third of a second to compile, the first six 15 KB
        # (a fortieth of a second). Six let a third fewer word starts through to the table than five.
        starts = {prefix[:STARTS_WIDTH] for prefix in self._by_prefix if prefix}
        # A rule that can start anywhere: try every word.
        start = r"[\w']" if "" in self._by_prefix else trie_pattern(starts)
        # The character before a word start, then the start. Written to begin with a character class (no
        # ASCII word character: the text is in lower case, its digits 0) so that the engine skips to the next
        # such character instead of trying a match at each one. A letter outside ASCII ("é" in "Pérez") lets a
        # place inside a word through, where every rule's own look-behind fails: cheaper than a look-behind
        # here at every word, which cost an eighth of the scan. After a miss the search goes on from the word's
        # first character, so no word start inside a matched prefix is skipped.
        self._starts = re.compile(rf"[^a-z0_@]{start}")
        self._compiled = [re.compile(rf"(?<![\w@])(?:{rule.pattern})(?![\w@])", re.IGNORECASE) for rule in rules.rules]
        # Each rule's value and mod templates, read into pieces once.
        self._pieces = [
            (
                [rules.template_pieces(template, rule) for template in rule.values],
                [rules.template_pieces(template, rule) for template in rule.mods],
            )
            for rule in rules.rules
        ]
        # Each prefix's rules together with those of its own prefixes, in priority order: a key's rules are then
        # those of the longest prefix it starts with, a few look-ups where a union of up to nine lists cost a
        # build's first pass over new text a tenth of its time.
        self._with_shorter: dict[str, tuple[int, ...]] = {}
        for prefix in sorted(self._by_prefix, key=len):  # a prefix's own prefixes first
            own = self._by_prefix[prefix]
            shorter = self._rules_for(prefix[:-1]) if prefix else ()
            self._with_shorter[prefix] = tuple(sorted({*shorter, *own})) if shorter else tuple(own)
        self._for_key: dict[str, tuple[int, ...]] = {}  # 8-character key -> rules, filled as keys are met
        # (rule, matched groups) -> (value, mod) or None: a template's value depends on the groups alone, and the
        # same expressions ("Monday", "last week") come back in text after text.
        self._filled: dict[tuple[int, tuple[str | None, ...]], tuple[str, str | None] | None] = {}

    def _rules_for(self, key: str) -> tuple[int, ...]:
        """Indices, in priority order, of the rules that can start with ``key`` (normalised text)."""
        with_shorter = self._with_shorter
        for length in range(len(key), -1, -1):
            indices = with_shorter.get(key[:length])
            if indices is not None:
                return indices
        return ()

    def find(self, text: str) -> list[Candidate]:
        """Candidates in text order, non-overlapping."""
        normalised = text.lower().translate(NORMALISE)
        if len(normalised) != len(text):  # lower() can change lengths (e.g. "İ"); keep offsets exact
            normalised = "".join(char.lower()[:1] or char for char in text).translate(NORMALISE)
        cache = self._for_key
        compiled = self._compiled
        rules = self.rules.rules
        candidates: list[Candidate] = []
        search = self._starts.search
        # The scan finds a word start by the character before it, which the text's first word has not (nor a rule
        # that starts with a quotation mark: a quoted title).
        if (
            normalised[:1].isalnum()
            or normalised[:1] in ("_", "'")
            or search(" " + normalised[:STARTS_WIDTH]) is not None
        ):
            position = 0
        elif word := search(normalised):
            position = word.start() + 1
        else:
            return candidates
        while True:
            resume = position + 1
            key = normalised[position : position + WIDTH]
            indices = cache.get(key)
            if indices is None:
                indices = cache[key] = self._rules_for(key)
            for index in indices:
                match = compiled[index].match(text, position)
                if match is None:
                    continue
                if rules[index].type == "NAME":  # a name that looks like a time: skip its span, report nothing
                    if rules[index].outside_title_lines and in_title_case_line(text, position):
                        continue  # a capital in a title-case headline marks no name: "Doctors Strike Today"
                    resume = match.end()
                    break
                candidate = self._candidate(match, index)
                if candidate is not None:
                    candidates.append(candidate)
                    resume = match.end()
                    break
            word = search(normalised, resume - 1)  # a word start at resume or after, with the character before it
            if word is None:
                return candidates
            position = word.start() + 1

    def _candidate(self, match: re.Match[str], index: int) -> Candidate | None:
        """What rule ``index`` matched, with its value and mod filled in; None when no value template fits."""
        key = (index, match.groups())
        try:
            filled = self._filled[key]
        except KeyError:
            if len(self._filled) >= FILLED_LIMIT:  # a long build meets ever new numbers: start afresh
                self._filled.clear()
            filled = self._filled[key] = self._fill(match, index)
        if filled is None:
            return None
        rule = self.rules.rules[index]
        if rule.span_group is not None and match.group(rule.span_group) is not None:
            start, end = match.span(rule.span_group)
        else:
            start, end = match.span()
        return Candidate(start, end, rule.name, rule.type, *filled)

    def _fill(self, match: re.Match[str], index: int) -> tuple[str, str | None] | None:
        """The value and mod of rule ``index``'s first templates that fit the match; None when no value fits."""
        values, mods = self._pieces[index]
        for pieces in values:
            value = fill_pieces(pieces, match)
            if value is not None:
                break
        else:
            return None
        mod = None
        for pieces in mods:
            mod = fill_pieces(pieces, match)
            if mod is not None:
                break
        return value, mod
