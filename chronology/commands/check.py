"""``chronology check``: validate every chronology and article under the content folder, writing nothing.

Problems are printed one a line as ``file:line: message``, errors first for each file, then warnings
(``file:line: warning: message``). The exit status is 1 when there is any error, 0 otherwise; warnings alone
(an unknown key, an article dated after today, a source citing an article that is not there) do not fail the
check unless ``--strict`` is given.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from chronology.articles.reader import CHRONOLOGY_FOLDER
from chronology.errors import ChronologyError

HELP = "validate every chronology and article under the content folder (writes nothing)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", default="content", help="the content folder (default: content)")
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only, no summary")


def check_chronologies(content: Path, articles: set[str]) -> tuple[list[str], list[str], int]:
    """(errors, warnings, files checked) for every ``content/chronologies/*.yaml``."""
    from chronology.store import inspect_chronology

    errors: list[str] = []
    notes: list[str] = []
    paths = sorted((content / CHRONOLOGY_FOLDER).glob("*.yaml"))
    for path in paths:
        chronology, found_errors, found_warnings = inspect_chronology(path)
        errors += [str(error) for error in found_errors]
        notes += [f"{warning.location}: warning: {warning.message}" for warning in found_warnings]
        for event in chronology.events if chronology else []:
            for source in event.sources:
                if articles and source.article not in articles:
                    notes.append(
                        f"{path}: warning: event {event.id!r} cites {source.article!r}, "
                        f"which is not an article under {content}"
                    )
    return errors, notes, len(paths)


def check_articles(content: Path) -> tuple[list[str], list[str], set[str]]:
    """(errors, warnings, paths of the readable articles relative to the content folder)."""
    from chronology.articles.reader import discover_articles, read_article

    errors: list[str] = []
    notes: list[str] = []
    readable: set[str] = set()
    for path in discover_articles(content):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                article = read_article(path, content)
            except ChronologyError as error:
                errors.append(str(error))
                continue
        readable.add(article.path)
        notes += [_as_warning(str(warning.message)) for warning in caught]
    return errors, notes, readable


def _as_warning(message: str) -> str:
    where, separator, text = message.partition(": ")
    return f"{where}: warning: {text}" if separator else f"warning: {message}"


def run(args: argparse.Namespace) -> int:
    content = Path(args.content)
    if not content.is_dir():
        raise ChronologyError(content, "no such content folder")
    article_errors, article_notes, articles = check_articles(content)
    chronology_errors, chronology_notes, chronologies = check_chronologies(content, articles)
    errors = article_errors + chronology_errors
    notes = article_notes + chronology_notes
    for line in errors + notes:
        print(line)
    if not args.quiet:
        print(
            f"checked {len(articles) + len(article_errors)} articles and {chronologies} chronologies: "
            f"{len(errors)} error{'s' if len(errors) != 1 else ''}, "
            f"{len(notes)} warning{'s' if len(notes) != 1 else ''}",
            file=sys.stderr,
        )
    return 1 if errors or (args.strict and notes) else 0
