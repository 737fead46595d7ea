"""``chronology dates``: print every temporal expression in a text, resolved against a publication date.

An article file (Markdown with front matter, or ``.txt`` with a header) is read as the build reads it: its body
is tagged, offsets count in the body, and its own ``published`` is used unless ``--published`` is given.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date, datetime
from pathlib import Path

from chronology.articles.metadata import parse_published as parse_iso_published
from chronology.articles.reader import ARTICLE_SUFFIXES, read_article
from chronology.errors import ArticleError, ChronologyError
from chronology.temporal import tag
from chronology.temporal.expression import TemporalExpression

HELP = "Find and resolve the temporal expressions in a text (FILE or - for stdin)."


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a text file, or - to read standard input")
    parser.add_argument(
        "--published",
        help="publication date: an ISO date (2021-09-06) or datetime with offset (2021-09-06T08:00+02:00); "
        "default for an article file: its own published date",
    )
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format")


def parse_published(text: str) -> date | datetime:
    """The publication date as given: a date, or a datetime (with its offset) when a time is given."""
    try:
        return parse_iso_published(text)
    except ValueError as error:
        raise ChronologyError("--published", str(error)) from None


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ChronologyError(path, "no such file") from None
    except UnicodeDecodeError as error:
        raise ChronologyError(path, f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise ChronologyError(path, error.strerror or str(error)) from None


def _read_article(name: str, published_given: bool) -> tuple[str, date | datetime] | None:
    """An article file's body and publication date, or None when FILE is plain text to tag whole."""
    path = Path(name)
    if name == "-" or path.suffix.lower() not in ARTICLE_SUFFIXES or not path.is_file():
        return None
    try:
        article = read_article(path, path.parent)
    except ArticleError as error:
        if not published_given:
            raise
        print(f"note: not read as an article ({error}); tagging the whole file", file=sys.stderr)
        return None
    return article.body, article.published


def run(args: argparse.Namespace) -> int:
    article = _read_article(args.file, args.published is not None)
    if article is not None:
        text, published = article
        if args.published is not None:
            published = parse_published(args.published)
    elif args.published is None:
        raise ChronologyError(args.file, "give --published: plain text has no publication date of its own")
    else:
        published = parse_published(args.published)
        text = _read(args.file)
    expressions = tag(text, published)
    try:
        _print(expressions, args.format)
    except BrokenPipeError:  # "chronology dates ... | head": the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _print(expressions: list[TemporalExpression], output_format: str) -> None:
    if output_format == "json":
        json.dump([expression.to_dict() for expression in expressions], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        sys.stdout.flush()
        return
    rows = [("start", "end", "type", "value", "text", "explanation")]
    for expression in expressions:
        value = expression.value + (f" ({expression.mod})" if expression.mod else "")
        rows.append(
            (
                str(expression.start),
                str(expression.end),
                expression.type,
                value,
                expression.text,
                expression.explanation.partition(": ")[2],
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(5)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:5], widths, strict=True)]
        print("  ".join([*cells, row[5]]).rstrip())
    if not expressions:
        print("(no temporal expressions found)")
    sys.stdout.flush()
