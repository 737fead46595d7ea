"""Temporal tagging and resolution: find every temporal expression in a text and resolve it to a TIMEX3 value.

    tag(text, published)   -> list[TemporalExpression], sorted, non-overlapping
    sentence_spans(text)   -> sentence boundaries (for quoting the sentence around an expression)
    TAGGER_VERSION         -> changes whenever the engine or a rule file changes (the build cache keys on it)

Two steps, kept apart as HeidelTime keeps them: :mod:`finder` runs the rules (data, in ``rules/``) over the
text in one pass and writes underspecified values; :mod:`resolver` decides, against the publication date and
the tense of each sentence, which day "Monday" is.
"""

from __future__ import annotations

from datetime import date, datetime

from chronology.temporal.continuations import add_continuations
from chronology.temporal.expression import TemporalExpression
from chronology.temporal.finder import Finder
from chronology.temporal.resolver import Resolver
from chronology.temporal.ruleset import RuleSet
from chronology.temporal.sentences import sentence_spans

RULES = RuleSet()
FINDER = Finder(RULES)
TAGGER_VERSION: str = RULES.version()

__all__ = ["TAGGER_VERSION", "TemporalExpression", "sentence_spans", "tag"]


def tag(text: str, published: date | datetime) -> list[TemporalExpression]:
    """Every temporal expression in ``text``, resolved against the publication date ``published``."""
    day = published.date() if isinstance(published, datetime) else published
    candidates = FINDER.find(text)
    if not candidates:
        return []
    return add_continuations(text, Resolver(text, day).resolve_all(candidates))
