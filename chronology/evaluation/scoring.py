"""TempEval-3 scoring of temporal expressions: spans (strict and relaxed), type and value.

* A *strict* match has the same start and end offsets; a *relaxed* match shares at least one character.
* Matching is one to one: a predicted span matches at most one gold span and the other way round. Exact
  (strict) pairs are taken first, then the remaining overlapping pairs, largest overlap first, ties broken by
  position, so the outcome does not depend on the order the system lists its spans in.
* Span precision, recall and F1, strict and relaxed.
* Type accuracy and value accuracy over the relaxed matches; value F1 = relaxed F1 x value accuracy.
* Per type: gold spans of that type for recall, type and value accuracy; predicted spans the system gave that
  type for precision (a spurious span has no gold type to file it under).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from chronology.temporal.expression import TIMEX_TYPES


class Span(Protocol):
    """What scoring needs of a gold or predicted expression (GoldTimex and TemporalExpression both fit)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def type(self) -> str: ...

    @property
    def value(self) -> str: ...


@dataclass(frozen=True)
class Match:
    """A gold span paired with the predicted span that overlaps it."""

    gold: Span
    predicted: Span

    @property
    def strict(self) -> bool:
        return (self.gold.start, self.gold.end) == (self.predicted.start, self.predicted.end)

    @property
    def type_correct(self) -> bool:
        return self.gold.type == self.predicted.type

    @property
    def value_correct(self) -> bool:
        return self.gold.value.strip() == self.predicted.value.strip()


@dataclass(frozen=True)
class Alignment:
    """One document's spans paired up: the matches, the gold spans missed, the predicted spans spurious."""

    matches: tuple[Match, ...]
    missed: tuple[Span, ...]
    spurious: tuple[Span, ...]


def _overlap(a: Span, b: Span) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def align(gold: Sequence[Span], predicted: Sequence[Span]) -> Alignment:
    """Pair gold and predicted spans one to one (exact pairs first, then by largest overlap)."""
    candidates = []
    for g, gold_span in enumerate(gold):
        for p, predicted_span in enumerate(predicted):
            overlap = _overlap(gold_span, predicted_span)
            if overlap > 0:
                exact = (gold_span.start, gold_span.end) == (predicted_span.start, predicted_span.end)
                rank = (
                    not exact,
                    -overlap,
                    gold_span.start,
                    gold_span.end,
                    predicted_span.start,
                    predicted_span.end,
                    g,
                    p,
                )
                candidates.append((rank, g, p))
    candidates.sort()
    gold_taken: set[int] = set()
    predicted_taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _rank, g, p in candidates:
        if g not in gold_taken and p not in predicted_taken:
            gold_taken.add(g)
            predicted_taken.add(p)
            pairs.append((g, p))
    pairs.sort(key=lambda pair: (gold[pair[0]].start, gold[pair[0]].end, pair[0]))
    return Alignment(
        matches=tuple(Match(gold[g], predicted[p]) for g, p in pairs),
        missed=tuple(span for g, span in enumerate(gold) if g not in gold_taken),
        spurious=tuple(span for p, span in enumerate(predicted) if p not in predicted_taken),
    )


def _ratio(part: int, whole: int) -> float:
    """part / whole, and 0.0 when there is nothing to divide (no predictions: precision 0, as is usual)."""
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Counts:
    """The tallies the figures are computed from; add alignments to it one document at a time."""

    gold: int = 0
    predicted: int = 0
    # Gold-side and predicted-side hits differ only when counting per type (a DATE gold matched by a
    # predicted DURATION is a DATE hit for recall and a DURATION hit for precision).
    strict_gold: int = 0
    strict_predicted: int = 0
    relaxed_gold: int = 0
    relaxed_predicted: int = 0
    type_correct: int = 0
    value_correct: int = 0

    @property
    def strict_precision(self) -> float:
        return _ratio(self.strict_predicted, self.predicted)

    @property
    def strict_recall(self) -> float:
        return _ratio(self.strict_gold, self.gold)

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        return _ratio(self.relaxed_predicted, self.predicted)

    @property
    def relaxed_recall(self) -> float:
        return _ratio(self.relaxed_gold, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return _f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def type_accuracy(self) -> float:
        return _ratio(self.type_correct, self.relaxed_gold)

    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_correct, self.relaxed_gold)

    @property
    def value_f1(self) -> float:
        return self.relaxed_f1 * self.value_accuracy

    def figures(self) -> dict[str, float | int]:
        """Every figure by name, for the table and the JSON line."""
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "strict_precision": self.strict_precision,
            "strict_recall": self.strict_recall,
            "strict_f1": self.strict_f1,
            "relaxed_precision": self.relaxed_precision,
            "relaxed_recall": self.relaxed_recall,
            "relaxed_f1": self.relaxed_f1,
            "type_acc": self.type_accuracy,
            "value_acc": self.value_accuracy,
            "value_f1": self.value_f1,
        }


@dataclass
class Score:
    """Counts over all documents, overall and per TIMEX3 type."""

    overall: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=lambda: {kind: Counts() for kind in TIMEX_TYPES})

    def _of(self, kind: str) -> Counts:
        # A type outside the four (a tagger's typo, a corpus's extension) still gets counted, under its name.
        return self.by_type.setdefault(kind, Counts())

    def add(self, gold: Sequence[Span], predicted: Sequence[Span], alignment: Alignment) -> None:
        overall = self.overall
        overall.gold += len(gold)
        overall.predicted += len(predicted)
        for span in gold:
            self._of(span.type).gold += 1
        for span in predicted:
            self._of(span.type).predicted += 1
        for match in alignment.matches:
            gold_counts, predicted_counts = self._of(match.gold.type), self._of(match.predicted.type)
            for counts in (overall, gold_counts):
                counts.relaxed_gold += 1
                counts.strict_gold += match.strict
                counts.type_correct += match.type_correct
                counts.value_correct += match.value_correct
            for counts in (overall, predicted_counts):
                counts.relaxed_predicted += 1
                counts.strict_predicted += match.strict

    def types(self) -> list[str]:
        """The types to report: the four TIMEX3 types, then any other, each only if it was seen at all."""
        extra = sorted(kind for kind in self.by_type if kind not in TIMEX_TYPES)
        return [kind for kind in (*TIMEX_TYPES, *extra) if self.by_type[kind].gold or self.by_type[kind].predicted]


def score(documents: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> tuple[Score, list[Alignment]]:
    """Score (gold, predicted) pairs, one per document; returns the score and each document's alignment."""
    total = Score()
    alignments = []
    for gold, predicted in documents:
        alignment = align(gold, predicted)
        total.add(gold, predicted, alignment)
        alignments.append(alignment)
    return total, alignments
