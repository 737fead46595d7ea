"""Every rule's own examples, from the rule files: the rule files are their own test suite."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chronology.temporal import RULES, tag
from chronology.temporal.ruleset import RULES_DIR, Example, Rule, load_rules_file

CASES = [(rule, example) for rule in RULES.rules for example in rule.examples]


def test_every_rule_has_an_example() -> None:
    assert [rule.name for rule in RULES.rules if not rule.examples] == []


@pytest.mark.parametrize(
    ("rule", "example"), CASES, ids=[f"{rule.name}:{example.text[:40]}" for rule, example in CASES]
)
def test_rule_example(rule: Rule, example: Example) -> None:
    found = tag(example.text, example.published)
    for expression in found:
        assert example.text[expression.start : expression.end] == expression.text
    by_rule = [expression for expression in found if expression.rule == rule.name]
    if rule.type == "NAME":
        # A name reports nothing, so "finds nothing" alone would prove nothing: the example must contain the
        # name, and nothing may be found inside it.
        name = re.compile(rf"(?<![\w@])(?:{rule.pattern})(?![\w@])", re.IGNORECASE).search(example.text)
        assert name is not None, f"{rule.name} does not match its own example {example.text!r}"
        assert [e.text for e in found if e.start < name.end() and name.start() < e.end] == []
        return
    if example.value is None:
        assert by_rule == [], f"{rule.name} should find nothing in {example.text!r}"
        return
    if example.span is not None:
        by_rule = [expression for expression in by_rule if expression.text == example.span]
    assert by_rule, f"{rule.name} found nothing in {example.text!r}; found {[e.to_dict() for e in found]}"
    expression = by_rule[0]
    assert expression.value == example.value, expression.explanation
    assert expression.type == (example.type or expression.type)
    if example.mod:
        assert expression.mod == example.mod


def test_rule_files_read_yes_no_on_off_as_words(tmp_path: Path) -> None:
    # YAML 1.1 reads them as booleans, and "no further cut" or "on broken rice" would lose the word silently.
    words = tmp_path / "words.yaml"
    words.write_text("words: [no, on, yes, off, 'no']\nflag: true\n", encoding="utf-8")
    assert load_rules_file(words) == {"words": ["no", "on", "yes", "off", "no"], "flag": True}


def _booleans(node: object) -> list[object]:
    if isinstance(node, bool):
        return [node]
    if isinstance(node, dict):
        return [found for key, value in node.items() for found in _booleans(key) + _booleans(value)]
    if isinstance(node, list):
        return [found for item in node for found in _booleans(item)]
    return []


@pytest.mark.parametrize("path", sorted(RULES_DIR.glob("*.yaml")), ids=lambda path: path.name)
def test_rule_files_hold_no_booleans(path: Path) -> None:
    assert _booleans(load_rules_file(path)) == []
