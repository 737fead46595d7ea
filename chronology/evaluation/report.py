"""What ``chronology evaluate`` prints: the table of figures, the error list and the closing JSON line."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from chronology.evaluation.runner import SystemResult
from chronology.evaluation.scoring import Span
from chronology.evaluation.timeml import TimeMLDocument

# Rows of the overall table: (label, figure name in Counts.figures()).
OVERALL_ROWS = (
    ("relaxed precision", "relaxed_precision"),
    ("relaxed recall", "relaxed_recall"),
    ("relaxed F1", "relaxed_f1"),
    ("strict precision", "strict_precision"),
    ("strict recall", "strict_recall"),
    ("strict F1", "strict_f1"),
    ("type accuracy", "type_acc"),
    ("value accuracy", "value_acc"),
    ("value F1", "value_f1"),
)
# Columns of the per-type table.
TYPE_COLUMNS = (
    ("gold", "gold"),
    ("found", "predicted"),
    ("strict F1", "strict_f1"),
    ("relaxed R", "relaxed_recall"),
    ("relaxed F1", "relaxed_f1"),
    ("type acc", "type_acc"),
    ("value acc", "value_acc"),
    ("value F1", "value_f1"),
)
ERROR_KINDS = ("missed", "spurious", "value", "type", "span")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+(?=\S)|\n\s*\n")
_WORD_BEFORE = re.compile(r"[\w.]*$")
# A full stop after these is taken for an abbreviation, not the end of a sentence (for display only).
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen rep gov gen col lt sgt prof inc corp co ltd jr sr vs no "  # noqa: SIM905 (a word list)
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_CONTEXT_WIDTH = 120  # characters either side of an error at most, where the sentence runs longer


def _cell(value: float | int) -> str:
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [
            row[0].ljust(widths[0]),
            *(cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)),
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def overall_table(systems: list[SystemResult]) -> list[str]:
    """Figures over all types, one column per system, then speed."""
    figures = [system.score.overall.figures() for system in systems]
    rows = [[label, *(_cell(f[name]) for f in figures)] for label, name in OVERALL_ROWS]
    rows.append(["expressions found", *(str(f["predicted"]) for f in figures)])
    rows.append(["documents/s (CPU)", *(f"{system.docs_per_second:.1f}" for system in systems)])
    rows.append(["documents/s (wall clock)", *(f"{system.docs_per_wall_second:.1f}" for system in systems)])
    return _table(["", *(system.name for system in systems)], rows)


def type_table(system: SystemResult) -> list[str]:
    """Figures per TIMEX3 type: recall and accuracies by gold type, precision by the type the system gave."""
    rows = []
    for kind in system.score.types():
        figures = system.score.by_type[kind].figures()
        rows.append([kind, *(_cell(figures[name]) for _label, name in TYPE_COLUMNS)])
    return _table(["type", *(label for label, _name in TYPE_COLUMNS)], rows)


@dataclass(frozen=True)
class EvaluationError:
    """One thing the system got wrong in one document."""

    document: TimeMLDocument
    kinds: tuple[str, ...]  # from ERROR_KINDS; a matched span can be wrong in value, type and span at once
    gold: Span | None
    predicted: Span | None

    @property
    def start(self) -> int:
        return min(span.start for span in (self.gold, self.predicted) if span is not None)


def errors(system: SystemResult) -> Iterator[EvaluationError]:
    """Every error, document by document in the order read, and by position within each document."""
    for document, alignment in zip(system.documents, system.alignments, strict=True):
        found: list[EvaluationError] = [EvaluationError(document, ("missed",), gold, None) for gold in alignment.missed]
        found += [EvaluationError(document, ("spurious",), None, predicted) for predicted in alignment.spurious]
        for match in alignment.matches:
            kinds = tuple(
                kind
                for kind, wrong in (
                    ("value", not match.value_correct),
                    ("type", not match.type_correct),
                    ("span", not match.strict),
                )
                if wrong
            )
            if kinds:
                found.append(EvaluationError(document, kinds, match.gold, match.predicted))
        yield from sorted(found, key=lambda error: (error.start, ERROR_KINDS.index(error.kinds[0])))


def error_counts(system: SystemResult) -> dict[str, int]:
    counts = Counter(kind for error in errors(system) for kind in error.kinds)
    return {kind: counts[kind] for kind in ERROR_KINDS}


def _sentence_ends(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Sentence ends in text[start:end]: not after "U.S." or "a.m.", nor before a lower-case word."""
    for candidate in _SENTENCE_END.finditer(text, start, end):
        if text[candidate.start()] == ".":
            word = _WORD_BEFORE.search(text, max(0, candidate.start() - 20), candidate.start())
            before = word.group() if word else ""
            following = text[candidate.end() : candidate.end() + 1]
            if "." in before or len(before) == 1 or before.lower() in _ABBREVIATIONS or following.islower():
                continue
        yield candidate


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], cut to a window where it runs long, the span in [brackets]."""
    left_limit = max(0, start - _CONTEXT_WIDTH)
    left = left_limit
    for boundary in _sentence_ends(text, left_limit, min(len(text), start + 1)):
        if boundary.end() <= start:
            left = boundary.end()
    boundary = next(_sentence_ends(text, end, min(len(text), end + _CONTEXT_WIDTH)), None)
    right = boundary.start() + 1 if boundary else min(len(text), end + _CONTEXT_WIDTH)
    right = max(right, end)
    before = ("..." if left == left_limit and left > 0 else "") + text[left:start]
    after = text[end:right] + ("..." if not boundary and right < len(text) else "")
    return " ".join(f"{before}[{text[start:end]}]{after}".split())


def _describe(span: Span | None, text: str) -> str:
    if span is None:
        return "-"
    mod = getattr(span, "mod", None)  # not scored (TempEval-3 did not), but it explains many value errors
    return f'{span.type} {span.value}{f" mod={mod}" if mod else ""}  "{text[span.start : span.end]}"'


def format_errors(system: SystemResult, limit: int, kind: str | None = None) -> list[str]:
    """The first ``limit`` errors (of one kind, if given), each with gold, ours and the sentence."""
    counts = error_counts(system)
    lines = [
        f"Errors of {system.name} ({', '.join(f'{name} {counts[name]}' for name in ERROR_KINDS)}); "
        + (f"the first {limit} of kind {kind}:" if kind else f"the first {limit}:")
    ]
    shown = 0
    for error in errors(system):
        if shown >= limit:
            break
        if kind and kind not in error.kinds:
            continue
        shown += 1
        text = error.document.text
        marked = error.gold or error.predicted
        assert marked is not None
        lines.append(f"{shown}. {' + '.join(error.kinds)}  {error.document.path} @{error.start}")
        lines.append(f"   gold: {_describe(error.gold, text)}")
        lines.append(f"   ours: {_describe(error.predicted, text)}")
        lines.append(f"   {sentence_around(text, marked.start, marked.end)}")
    if not shown:
        lines.append("   none")
    return lines


def _rounded(figures: dict[str, float | int]) -> dict[str, float | int]:
    return {name: value if isinstance(value, int) else round(value, 4) for name, value in figures.items()}


def _system_summary(system: SystemResult, prefix: str) -> dict[str, float | int | None]:
    summary: dict[str, float | int | None] = {}
    for name, value in _rounded(system.score.overall.figures()).items():
        summary[prefix + name] = value
    for kind in system.score.types():
        figures = _rounded(system.score.by_type[kind].figures())
        for _label, name in TYPE_COLUMNS:  # per type, the figures of the table, not every one
            summary[f"{prefix}{kind.lower()}_{name}"] = figures[name]
    summary[prefix + "docs_per_s"] = _finite(system.docs_per_second, 1)
    summary[prefix + "docs_per_wall_s"] = _finite(system.docs_per_wall_second, 1)
    return summary


def _finite(value: float, digits: int) -> float | None:
    """Rounded, or None (JSON null) where a timer read zero and the rate is infinite."""
    return round(value, digits) if math.isfinite(value) else None


def summary(ours: SystemResult, baseline: SystemResult | None = None) -> dict[str, float | int | None]:
    """The figures as one flat mapping: ours unprefixed, the baseline's prefixed ``baseline_``."""
    result: dict[str, float | int | None] = {"documents": len(ours.documents)}
    result.update(_system_summary(ours, ""))
    result.update({f"errors_{kind}": count for kind, count in error_counts(ours).items()})
    if baseline is not None:
        result.update(_system_summary(baseline, "baseline_"))
        ratio = ours.docs_per_second / baseline.docs_per_second if baseline.docs_per_second else math.inf
        result["speedup"] = _finite(ratio, 1)
    return result


def summary_line(ours: SystemResult, baseline: SystemResult | None = None) -> str:
    return json.dumps(summary(ours, baseline), sort_keys=False)
