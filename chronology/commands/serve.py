"""``chronology serve``: preview the site, rebuilt and reloaded when an article or a chronology changes.

A thin front door to ``mkdocs serve`` with the project's ``mkdocs.yml``; the chronology plugin does the work,
so what is served is exactly what ``chronology build`` writes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from chronology.commands._logging import setup_logging
from chronology.errors import ChronologyError

HELP = "Preview the site with live reload (mkdocs serve with the project's mkdocs.yml)."


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-f", "--config-file", default="mkdocs.yml", help="the MkDocs configuration (default: mkdocs.yml)"
    )
    parser.add_argument(
        "-a",
        "--dev-addr",
        default="127.0.0.1:8000",
        metavar="IP:PORT",
        help="where to serve (default: %(default)s)",
    )
    parser.add_argument("--no-reload", action="store_true", help="serve without rebuilding on changes")
    parser.add_argument("--open", action="store_true", help="open the site in the default browser")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    parser.add_argument("-v", "--verbose", action="store_true", help="print what each stage does")


def run(args: argparse.Namespace) -> int:
    from mkdocs.commands import serve
    from mkdocs.exceptions import ConfigurationError

    setup_logging(args.quiet, args.verbose, mkdocs_news=True)

    config_file = Path(args.config_file)
    if not config_file.is_file():
        raise ChronologyError(config_file, "no MkDocs configuration here; run from the project folder or pass -f")
    try:
        serve.serve(
            config_file=str(config_file),
            livereload=not args.no_reload,
            open_in_browser=args.open,
            dev_addr=args.dev_addr,
        )
    except ConfigurationError as error:
        raise ChronologyError(config_file, str(error)) from None
    return 0
