"""TempEval-3 scoring on gold and predicted spans built by hand, with the expected figures worked out here."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest

from chronology.evaluation.scoring import align, score
from chronology.temporal.expression import TemporalExpression


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    type: str
    value: str


def predicted(start: int, end: int, type_: str, value: str) -> TemporalExpression:
    return TemporalExpression(text="x" * (end - start), start=start, end=end, type=type_, value=value)


# Three gold, three predicted: one exact and right, one overlapping only (wrong type and value), one spurious;
# the third gold is missed.
GOLD = [
    Gold(0, 10, "DATE", "2021-09-05"),
    Gold(20, 30, "DURATION", "P2D"),
    Gold(40, 50, "DATE", "2021-09"),
]
PREDICTED = [
    predicted(0, 10, "DATE", "2021-09-05"),
    predicted(18, 25, "DATE", "2021-09-03"),
    predicted(60, 65, "DATE", "2021"),
]


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def test_overall_figures_of_one_strict_one_relaxed_one_miss() -> None:
    total, [alignment] = score([(GOLD, PREDICTED)])
    figures = total.overall.figures()
    # Strict: only the first pair has the same offsets. 1 of 3 predicted, 1 of 3 gold.
    assert figures["strict_precision"] == pytest.approx(1 / 3)
    assert figures["strict_recall"] == pytest.approx(1 / 3)
    assert figures["strict_f1"] == pytest.approx(1 / 3)
    # Relaxed: the second pair overlaps on 20..25 as well. 2 of 3 each way.
    assert figures["relaxed_precision"] == pytest.approx(2 / 3)
    assert figures["relaxed_recall"] == pytest.approx(2 / 3)
    assert figures["relaxed_f1"] == pytest.approx(2 / 3)
    # Of the two relaxed matches, the first has the right type and value, the second neither.
    assert figures["type_acc"] == pytest.approx(1 / 2)
    assert figures["value_acc"] == pytest.approx(1 / 2)
    assert figures["value_f1"] == pytest.approx(2 / 3 * 1 / 2)
    assert (figures["gold"], figures["predicted"]) == (3, 3)
    assert [m.strict for m in alignment.matches] == [True, False]
    assert alignment.missed == (GOLD[2],)
    assert alignment.spurious == (PREDICTED[2],)


def test_per_type_recall_by_gold_type_and_precision_by_predicted_type() -> None:
    total, _ = score([(GOLD, PREDICTED)])
    date = total.by_type["DATE"].figures()
    # DATE gold: 0-10 (matched exactly) and 40-50 (missed). DATE predicted: all three; two of them matched.
    assert (date["gold"], date["predicted"]) == (2, 3)
    assert date["strict_recall"] == pytest.approx(1 / 2)
    assert date["strict_precision"] == pytest.approx(1 / 3)
    assert date["relaxed_recall"] == pytest.approx(1 / 2)
    assert date["relaxed_precision"] == pytest.approx(2 / 3)
    assert date["relaxed_f1"] == pytest.approx(f1(2 / 3, 1 / 2))
    assert date["type_acc"] == pytest.approx(1.0)
    assert date["value_acc"] == pytest.approx(1.0)
    duration = total.by_type["DURATION"].figures()
    # The DURATION was found (overlap) but called a DATE with a date value; nothing was predicted DURATION.
    assert (duration["gold"], duration["predicted"]) == (1, 0)
    assert duration["relaxed_recall"] == pytest.approx(1.0)
    assert duration["strict_recall"] == pytest.approx(0.0)
    assert duration["relaxed_precision"] == pytest.approx(0.0)
    assert duration["type_acc"] == pytest.approx(0.0)
    assert duration["value_acc"] == pytest.approx(0.0)
    assert total.types() == ["DATE", "DURATION"]


def test_figures_add_up_over_documents() -> None:
    # The same document twice, and an empty one: the ratios stay, the counts double.
    total, alignments = score([(GOLD, PREDICTED), ([], []), (GOLD, PREDICTED)])
    figures = total.overall.figures()
    assert (figures["gold"], figures["predicted"]) == (6, 6)
    assert figures["relaxed_f1"] == pytest.approx(2 / 3)
    assert len(alignments) == 3


def test_one_long_prediction_matches_one_gold_only() -> None:
    gold = [Gold(0, 5, "DATE", "2021-09-05"), Gold(6, 20, "TIME", "2021-09-05T14:30")]
    # "Sunday 5 September at 14:30" as one span covers both; it pairs with the larger overlap.
    (long_span,) = [predicted(0, 20, "TIME", "2021-09-05T14:30")]
    alignment = align(gold, [long_span])
    assert [(m.gold, m.predicted) for m in alignment.matches] == [(gold[1], long_span)]
    assert alignment.missed == (gold[0],)
    total, _ = score([(gold, [long_span])])
    assert total.overall.relaxed_recall == pytest.approx(1 / 2)
    assert total.overall.relaxed_precision == pytest.approx(1.0)


def test_two_predictions_on_one_gold_leave_one_spurious() -> None:
    gold = [Gold(10, 20, "DATE", "2021-09")]
    first, second = predicted(10, 14, "DATE", "2021-09"), predicted(15, 20, "DATE", "2021")
    alignment = align(gold, [first, second])
    # 15..20 overlaps five characters, 10..14 four: the larger overlap wins.
    assert [m.predicted for m in alignment.matches] == [second]
    assert alignment.spurious == (first,)


def test_exact_pair_wins_over_an_equal_overlap() -> None:
    gold = [Gold(10, 20, "DATE", "2021-09")]
    wider, exact = predicted(5, 25, "DATE", "2021"), predicted(10, 20, "DATE", "2021-09")
    alignment = align(gold, [wider, exact])
    assert [m.predicted for m in alignment.matches] == [exact]
    assert alignment.spurious == (wider,)


def test_alignment_does_not_depend_on_the_order_spans_are_listed() -> None:
    gold = [Gold(0, 8, "DATE", "a"), Gold(5, 12, "DATE", "b"), Gold(30, 40, "DURATION", "P1D")]
    spans = [
        predicted(0, 12, "DATE", "a"),
        predicted(4, 9, "DATE", "b"),
        predicted(30, 35, "DURATION", "P1D"),
        predicted(50, 55, "SET", "P1W"),
    ]
    outcomes = set()
    for order in itertools.permutations(spans):
        alignment = align(gold, list(order))
        outcomes.add(
            (
                tuple((m.gold, m.predicted) for m in alignment.matches),
                alignment.missed,
                frozenset(alignment.spurious),
            )
        )
    assert len(outcomes) == 1


def test_value_comparison_is_exact_and_types_outside_the_four_are_kept() -> None:
    gold = [Gold(0, 4, "DATE", "1998-W46"), Gold(10, 14, "DATE", "PAST_REF")]
    spans = [predicted(0, 4, "DATE", "1998-11-20"), predicted(10, 14, "EVENT", "PAST_REF")]
    total, _ = score([(gold, spans)])
    assert total.overall.value_accuracy == pytest.approx(1 / 2)
    assert total.overall.type_accuracy == pytest.approx(1 / 2)
    assert total.types() == ["DATE", "EVENT"]
    assert total.by_type["EVENT"].predicted == 1


def test_nothing_predicted_scores_zero_not_an_error() -> None:
    total, [alignment] = score([(GOLD, [])])
    figures = total.overall.figures()
    assert figures["relaxed_precision"] == 0.0
    assert figures["relaxed_f1"] == 0.0
    assert figures["value_f1"] == 0.0
    assert alignment.missed == tuple(GOLD)
