"""Find temporal expressions: one pass of the combined rule pattern, writing what the text alone says."""

from __future__ import annotations

from chronology.temporal.resolver import Candidate
from chronology.temporal.ruleset import RuleSet


def find(text: str, rules: RuleSet) -> list[Candidate]:
    """Candidates in text order, non-overlapping: at each place the first rule (file order) that matches."""
    candidates: list[Candidate] = []
    for match in rules.pattern.finditer(text):
        rule = rules.by_group[match.lastgroup or ""]
        value = next((v for t in rule.values if (v := rules.fill(t, match, rule)) is not None), None)
        if value is None:
            continue
        mod = next((m for t in rule.mods if (m := rules.fill(t, match, rule)) is not None), None)
        span_group = f"{rule.group}_x"
        if span_group in rules.pattern.groupindex and match.group(span_group) is not None:
            start, end = match.span(span_group)
        else:
            start, end = match.span()
        candidates.append(Candidate(start, end, rule.name, rule.type, value, mod))
    return candidates
