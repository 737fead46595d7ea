"""Temporal tagging and resolution: find every temporal expression in a text and resolve it to a TIMEX3 value.

    tag(text, published)   -> list[TemporalExpression], sorted, non-overlapping
    sentence_spans(text)   -> sentence boundaries (for quoting the sentence around an expression)
    TAGGER_VERSION         -> changes whenever the engine or a rule file changes (the build cache keys on it)
    TAGGER_BUILD           -> "compiled (mypyc)", or why the Python modules run

Two steps, kept apart as HeidelTime keeps them: :mod:`finder` runs the rules (data, in ``rules/``) over the
text in one pass and writes underspecified values; :mod:`resolver` decides, against the publication date and
the tense of each sentence, which day "Monday" is.

The rules are loaded and compiled on first use (``RULES``, ``FINDER`` or ``tag``), not on import: that costs
most of a second, which a build with nothing to tag (or any other command) need not pay. ``TAGGER_VERSION`` is
a digest of the files, so asking for it compiles nothing.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING

from chronology import compiled_tagger

# Before any module of the package is imported: the compiled modules, when built from these very sources, go
# first on the package's path (:mod:`chronology.compiled_tagger`). Says which build runs.
TAGGER_BUILD = compiled_tagger.load_compiled(__path__)

from chronology.temporal.bracketed_dates import date_weekdays_in_brackets
from chronology.temporal.continuations import add_continuations
from chronology.temporal.expression import TemporalExpression
from chronology.temporal.sentences import sentence_spans
from chronology.temporal.span_starts import align_span_starts
from chronology.temporal.weekday_lists import order_weekday_lists

if TYPE_CHECKING:
    from chronology.temporal.finder import Finder
    from chronology.temporal.ruleset import RuleSet

    RULES: RuleSet
    FINDER: Finder
    TAGGER_VERSION: str

__all__ = ["TAGGER_BUILD", "TAGGER_VERSION", "TemporalExpression", "sentence_spans", "tag"]


@cache
def _tagger() -> tuple[RuleSet, Finder]:
    from chronology.temporal.finder import Finder
    from chronology.temporal.ruleset import RuleSet

    rules = RuleSet()
    return rules, Finder(rules)


def __getattr__(name: str) -> object:
    if name == "RULES":
        return _tagger()[0]
    if name == "FINDER":
        return _tagger()[1]
    if name == "TAGGER_VERSION":
        # from the files alone: a build with nothing to tag asks for it and need not compile the rules
        from chronology.temporal.ruleset import tagger_version

        return tagger_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def tag(
    text: str, published: date | datetime, sentences: list[tuple[int, int]] | None = None
) -> list[TemporalExpression]:
    """Every temporal expression in ``text``, resolved against the publication date ``published``.

    ``sentences`` are ``sentence_spans(text)`` when the caller has them already (the build keeps them too);
    None: found here when the tense of a sentence is needed.
    """
    from chronology.temporal.resolver import Resolver

    day = published.date() if isinstance(published, datetime) else published
    candidates = _tagger()[1].find(text)
    if not candidates:
        return []
    resolved = Resolver(text, day, sentences).resolve_all(candidates)
    resolved = date_weekdays_in_brackets(text, order_weekday_lists(text, day, resolved))
    return add_continuations(text, align_span_starts(text, day, resolved))
