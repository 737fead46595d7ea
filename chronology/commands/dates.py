"""``chronology dates``: print every temporal expression in a text, resolved against a publication date."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path

from chronology.errors import ChronologyError
from chronology.temporal import tag

HELP = "Find and resolve the temporal expressions in a text (FILE or - for stdin)."


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a text file, or - to read standard input")
    parser.add_argument(
        "--published",
        required=True,
        help="publication date: an ISO date (2021-09-06) or datetime with offset (2021-09-06T08:00+02:00)",
    )
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format")


def parse_published(text: str) -> date | datetime:
    """The publication date as given: a date, or a datetime (with its offset) when a time is given."""
    value = text.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ChronologyError(
            "--published", f"{text!r} is not an ISO date (2021-09-06) or datetime (2021-09-06T08:00+02:00)"
        ) from None


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


def run(args: argparse.Namespace) -> int:
    published = parse_published(args.published)
    text = _read(args.file)
    expressions = tag(text, published)
    if args.format == "json":
        json.dump([expression.to_dict() for expression in expressions], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
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
    return 0
