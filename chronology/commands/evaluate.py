"""``chronology evaluate``: measure the tagger on TimeML-annotated news, TempEval-3 style.

Reads every ``.tml`` given (or under the folders given), tags each document's plain text with its creation
time as the publication date, and scores the result against the gold TIMEX3s. With ``--baseline`` dateparser's
``search_dates`` runs over the same documents in the same run, for comparison of accuracy and speed. The last
line printed is one JSON object with the figures, for scripts.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from chronology.evaluation import report
from chronology.evaluation.runner import SystemResult, Tagger, run_taggers
from chronology.evaluation.timeml import find_timeml_files, read_timeml

HELP = "measure date tagging against TimeML gold annotations (TempEval-3 scoring)"

OURS = "chronology"
BASELINE = "dateparser"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".tml files, or folders searched recursively")
    parser.add_argument(
        "--baseline", action="store_true", help="also run dateparser's search_dates, scored and timed alike"
    )
    parser.add_argument("--errors", type=_count, default=0, metavar="N", help="list the first N errors of ours")
    parser.add_argument(
        "--error-kind",
        choices=report.ERROR_KINDS,
        help="list only errors of this kind (with --errors)",
    )


def _count(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of errors (0 or more)")
    return number


def _real_tagger() -> Tagger:
    # Imported here, not at the top: the tagger's rule tables load only when a run needs them.
    from chronology.temporal import tag

    return tag


def _baseline_tagger() -> Tagger:
    from chronology.evaluation.baseline import dateparser_tag

    return dateparser_tag


def run(args: argparse.Namespace, tagger_factory: Callable[[], Tagger] | None = None) -> int:
    """Evaluate; ``tagger_factory`` gives the tagger under test (the real one unless a test passes one)."""
    documents = [read_timeml(path) for path in find_timeml_files(args.paths)]
    tagger = (tagger_factory or _real_tagger)()
    taggers = [(OURS, tagger), (BASELINE, _baseline_tagger())] if args.baseline else [(OURS, tagger)]
    systems: list[SystemResult] = run_taggers(taggers, documents)
    ours = systems[0]
    baseline = systems[1] if args.baseline else None

    gold = ours.score.overall.gold
    empty = sum(document.empty_timexes for document in documents)
    print(
        f"{len(documents)} documents, {gold} gold temporal expressions"
        + (f" (and {empty} empty TIMEX3, not scored)" if empty else "")
        + "; creation times are not scored."
    )
    if tagger_factory is None:  # the speed of ours depends on which build of the tagger ran
        from chronology.temporal import TAGGER_BUILD

        print(f"{OURS} tagger: {TAGGER_BUILD}.")
    print()
    for line in report.overall_table(systems):
        print(line)
    if baseline is not None:
        ratio = ours.docs_per_second / baseline.docs_per_second if baseline.docs_per_second else float("inf")
        print(f"{OURS} tags {ratio:.1f}x as many documents per CPU second as {BASELINE}.")
    for system in systems:
        if system.misplaced:
            print(
                f"warning: {system.name} gave {system.misplaced} expressions whose text is not the text at "
                "their offsets; they are scored by their offsets.",
                file=sys.stderr,
            )
    for system in systems:
        print()
        print(f"By type ({system.name}; recall and accuracies by gold type, precision by the type it gave):")
        for line in report.type_table(system):
            print(line)
    if args.errors:
        print()
        for line in report.format_errors(ours, args.errors, args.error_kind):
            print(line)
    print()
    print(report.summary_line(ours, baseline))
    return 0
