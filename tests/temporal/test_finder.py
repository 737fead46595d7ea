"""The finder's shortcut (trying only the rules a word's first characters can start) must change nothing."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.temporal import FINDER, RULES
from chronology.temporal.finder import Finder
from chronology.temporal.prefixes import prefixes
from chronology.temporal.ruleset import RULES_DIR, RuleSet, load_rules_file
from chronology.temporal.title_lines import in_title_case_line

_COMPILED = [re.compile(rf"(?<![\w@])(?:{rule.pattern})(?![\w@])", re.IGNORECASE) for rule in RULES.rules]
_WORD_START = re.compile(r"(?<![\w@])[\w']")

WORDS = [
    "the",
    "a",
    "about",
    "last",
    "next",
    "this",
    "past",
    "early",
    "late",
    "mid-",
    "in",
    "on",
    "of",
    "since",
    "Monday",
    "Friday",
    "night",
    "morning",
    "August",
    "Aug.",
    "May",
    "may",
    "March",
    "15",
    "1996",
    "2,000",
    "3:30",
    "p.m.",
    "two",
    "twenty-four",
    "several",
    "days",
    "weeks",
    "year",
    "years",
    "ago",
    "later",
    "earlier",
    "quarter",
    "third",
    "third-quarter",
    "fiscal",
    "1990s",
    "'90s",
    "every",
    "daily",
    "now",
    "recently",
    "future",
    "today",
    "yesterday",
    "tonight",
    "overnight",
    "week",
    "weekend",
    "decade",
    "and",
    "said",
    "will",
    ",",
    ".",
    "1/2",
    "noon",
    "Christmas",
    "summer",
    "fall",
    "nineteen",
    "ninety-six",
]


def naive_find(text: str) -> list[tuple[int, int, str]]:
    """Every rule at every word, in order: what the finder must reproduce."""
    found, resume = [], 0
    for word in _WORD_START.finditer(text):
        if word.start() < resume:
            continue
        for index, (rule, pattern) in enumerate(zip(RULES.rules, _COMPILED, strict=True)):
            match = pattern.match(text, word.start())
            if match and rule.type == "NAME":  # a name: its span is skipped, nothing reported
                if rule.outside_title_lines and in_title_case_line(text, word.start()):
                    continue  # ... but not in a headline in title case
                resume = match.end()
                break
            if match and (candidate := FINDER._candidate(match, index)) is not None:
                found.append((candidate.start, candidate.end, candidate.rule))
                resume = match.end()
                break
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14))
def test_finder_finds_what_trying_every_rule_everywhere_finds(words: list[str]) -> None:
    text = " ".join(words)
    assert [(c.start, c.end, c.rule) for c in FINDER.find(text)] == naive_find(text)


# What may come before a word: the scan finds a word start by the character before it (or the text's start).
SEPARATORS = [" ", "(", '"', "-", "'", "\n", "é", "@", "$", "\u201c", "/"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SEPARATORS), st.sampled_from(WORDS)), min_size=1, max_size=10))
def test_finder_finds_words_after_any_separator_and_at_the_start(pieces: list[tuple[str, str]]) -> None:
    text = "".join(separator + word for separator, word in pieces)
    for candidate in (text, text.lstrip()):
        assert [(c.start, c.end, c.rule) for c in FINDER.find(candidate)] == naive_find(candidate)


def test_prefixes_spell_out_the_starts_of_a_pattern() -> None:
    found = prefixes(r"(?:the\s+)?(?:last|next)\s+\d+\s+days")
    assert {"the last", "the next", "last 0 d", "next 00 ", "the  las"} <= found  # digits as 0, spaces as " "
    assert all(len(prefix) <= 8 for prefix in found)
    assert not any(prefix.startswith(("days", "0")) for prefix in found)


def test_prefixes_stop_at_what_they_cannot_spell_out() -> None:
    # A negated class could be almost any character: the empty prefix, i.e. "try this rule everywhere".
    assert prefixes(r"now(?!\s+on)|[^a]x") == {"", "now"}


def test_tagger_version_follows_the_rule_files(tmp_path: Path) -> None:
    copy = tmp_path / "rules"
    shutil.copytree(RULES_DIR, copy)
    same = RuleSet(copy).version()
    with (copy / "tables.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\nextra:\n  word: value\n")
    changed = RuleSet(copy).version()
    assert same == RULES.version()
    assert changed != same
    assert Finder(RuleSet(copy)).find("on Monday")[0].rule == "weekday"


def test_any_white_space_joins_words_as_a_space_does() -> None:
    # Web copy writes no-break and narrow spaces ("Aug.\u00a015", "3\u202fp.m."); the same text with plain spaces
    # must give the same candidates at the same offsets.
    plain = "Kabul fell on Aug. 15, two days ago, at 3 p.m. last week."
    for space in ("\u00a0", "\u202f", "\u2009", "\t"):
        spaced = plain.replace(" ", space)
        found = [(c.start, c.end, c.rule, c.value) for c in FINDER.find(spaced)]
        assert found == [(c.start, c.end, c.rule, c.value) for c in FINDER.find(plain)], repr(space)
        assert found


def test_no_rule_is_tried_at_every_word() -> None:
    # A rule whose matches can start with any letter is tried at every word of every article (a name rule that
    # began with "[A-Z]" once made the tagger 70 % slower): each must start with at least two known characters.
    loose = {rule.name for rule in RULES.rules if any(len(prefix) < 2 for prefix in prefixes(rule.pattern))}
    assert loose == set()


def test_a_key_given_twice_in_a_rule_file_is_an_error_naming_its_line(tmp_path: Path) -> None:
    # An edit that loses a rule's "- name:" line leaves its keys in the rule before it, where they would silently
    # replace that rule's pattern.
    path = tmp_path / "broken.yaml"
    path.write_text(
        "rules:\n"
        "  - name: on_weekdays\n"
        "    pattern: 'weekdays'\n"
        "    value: 'XXXX-WXX-WD'\n"
        "    pattern: 'daily'\n"
        "    value: 'P1D'\n"
    )
    with pytest.raises(yaml.YAMLError, match=r"found the key 'pattern' again \(first on line 3\)") as error:
        load_rules_file(path)
    assert "line 5" in str(error.value)
    assert load_rules_file(RULES_DIR / "set.yaml")["rules"]
