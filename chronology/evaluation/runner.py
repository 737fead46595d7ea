"""Run a tagger over TimeML documents, time it, and score what it finds against the gold spans.

The tagger is passed in (``tag(text, published) -> list[TemporalExpression]``), so the command gives the real
one or dateparser's and tests give a small fake. Only the tagging calls are timed, not reading the XML.

Speed is measured in CPU time of this process (``time.process_time``), with wall-clock time alongside: on a
shared machine other work inflates wall-clock time by whatever it takes from us, so it can swing two-fold from
one run to the next, while CPU time is what the tagger itself costs on one core.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from chronology.evaluation.scoring import Alignment, Score, score
from chronology.evaluation.timeml import TimeMLDocument
from chronology.temporal.expression import TemporalExpression

Tagger = Callable[[str, date | datetime], Sequence[TemporalExpression]]


@dataclass(frozen=True)
class SystemResult:
    """One tagger's run over the documents: what it found, how it scored, how long tagging took."""

    name: str
    documents: tuple[TimeMLDocument, ...]
    predictions: tuple[tuple[TemporalExpression, ...], ...]  # per document, in text order
    alignments: tuple[Alignment, ...]  # per document
    score: Score
    seconds: float  # CPU time spent inside the tagger, summed over documents
    wall_seconds: float  # wall-clock time of the same calls
    misplaced: int = 0  # expressions whose text is not text[start:end]: a tagger bug, scored as given

    @property
    def docs_per_second(self) -> float:
        """Documents per CPU second of tagging."""
        return len(self.documents) / self.seconds if self.seconds > 0 else float("inf")

    @property
    def docs_per_wall_second(self) -> float:
        return len(self.documents) / self.wall_seconds if self.wall_seconds > 0 else float("inf")


TURN = 16  # documents a tagger tags before the next tagger takes its turn


def run_tagger(name: str, tagger: Tagger, documents: Sequence[TimeMLDocument], warm_up: bool = True) -> SystemResult:
    """Tag every document with its creation time as the publication date, timing each call, then score."""
    return run_taggers([(name, tagger)], documents, warm_up)[0]


def run_taggers(
    taggers: Sequence[tuple[str, Tagger]], documents: Sequence[TimeMLDocument], warm_up: bool = True
) -> list[SystemResult]:
    """Run several taggers over the documents side by side, timing each call, then score each.

    The taggers take turns of :data:`TURN` documents each, so a change in the machine's load during the run
    slows all of them alike and their ratio holds (one tagger over all documents after the other, the ratio
    moved with whatever else the machine did meanwhile), while each tagger still runs document after
    document as a build does (turns of one document left each tagger's caches cold, and cost the faster one
    a third of its speed). With ``warm_up`` the first document is tagged once untimed by each, so one-off
    costs (importing, compiling patterns, loading dateparser's language data) do not count against any.
    """
    if warm_up and documents:
        for _, tagger in taggers:
            tagger(documents[0].text, documents[0].creation_time)
    # What importing and warming up left behind (dateparser's language data, our compiled rules) lives for the
    # whole run: it is set aside from the cycle collector, so that neither system's calls pay for scanning the
    # other's long-lived objects, as neither would running alone.
    already_frozen = gc.get_freeze_count() > 0  # by a caller of ours: theirs to undo
    gc.collect()
    gc.freeze()
    try:
        found_by, seconds, wall_seconds = _tag_in_turns(taggers, documents)
    finally:
        if not already_frozen:
            gc.unfreeze()
    return [
        _scored(name, documents, found_by[index], seconds[index], wall_seconds[index])
        for index, (name, _) in enumerate(taggers)
    ]


def _tag_in_turns(
    taggers: Sequence[tuple[str, Tagger]], documents: Sequence[TimeMLDocument]
) -> tuple[list[list[tuple[TemporalExpression, ...]]], list[float], list[float]]:
    """What each tagger found in each document, and its CPU and wall-clock seconds, taking turns."""
    found_by: list[list[tuple[TemporalExpression, ...]]] = [[] for _ in taggers]
    seconds = [0.0] * len(taggers)
    wall_seconds = [0.0] * len(taggers)
    for first in range(0, len(documents), TURN):
        turn = documents[first : first + TURN]
        for index, (name, tagger) in enumerate(taggers):
            for document in turn:
                started, started_wall = time.process_time(), time.perf_counter()
                try:
                    found = tagger(document.text, document.creation_time)
                except Exception as error:  # a tagger bug: say which document it met, then let it surface
                    if hasattr(error, "add_note"):  # Python 3.11+
                        error.add_note(f"{name} failed while tagging {document.path}")
                    raise
                seconds[index] += time.process_time() - started
                wall_seconds[index] += time.perf_counter() - started_wall
                found_by[index].append(tuple(sorted(found, key=lambda expression: (expression.start, expression.end))))
    return found_by, seconds, wall_seconds


def _scored(
    name: str,
    documents: Sequence[TimeMLDocument],
    predictions: list[tuple[TemporalExpression, ...]],
    seconds: float,
    wall_seconds: float,
) -> SystemResult:
    misplaced = sum(
        expression.text != document.text[expression.start : expression.end]
        for document, found in zip(documents, predictions, strict=True)
        for expression in found
    )
    # TempEval-3 does not score the creation time; where it stands in the text (a dateline), finding it is
    # neither a hit nor a spurious expression.
    predictions = [
        tuple(e for e in found if not any(e.start < end and start < e.end for start, end in document.unscored))
        for document, found in zip(documents, predictions, strict=True)
    ]
    total, alignments = score((document.timexes, found) for document, found in zip(documents, predictions, strict=True))
    return SystemResult(
        name=name,
        documents=tuple(documents),
        predictions=tuple(predictions),
        alignments=tuple(alignments),
        score=total,
        seconds=seconds,
        wall_seconds=wall_seconds,
        misplaced=misplaced,
    )
