"""``chronology build``: run the pipeline and build the site with MkDocs, as ``mkdocs build`` would."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chronology.pipeline import BuildResult

HELP = "read articles, resolve dates, update the YAML chronologies and build the site"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-f", "--config-file", default="mkdocs.yml", help="MkDocs configuration (default: mkdocs.yml)")
    parser.add_argument("-d", "--site-dir", help="where to write the site (default: the config's site_dir)")
    parser.add_argument("--content", default="content", help="with --no-site: the content folder (default: content)")
    parser.add_argument("--no-site", action="store_true", help="update the chronologies only; do not build the site")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    parser.add_argument("-v", "--verbose", action="store_true", help="print what each stage does")


def setup_logging(quiet: bool, verbose: bool) -> None:
    level = logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    for name in ("chronology", "mkdocs"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(level)
        logger.propagate = False


def summary(result: BuildResult) -> str:
    events = sum(len(chronology.events) for chronology in result.chronologies)
    expressions = sum(len(found) for found in result.expressions.values())
    stages = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in result.timings.items())
    return (
        f"{len(result.articles)} articles, {expressions} temporal expressions, "
        f"{events} events in {len(result.chronologies)} chronologies ({stages})"
    )


def run(args: argparse.Namespace) -> int:
    setup_logging(args.quiet, args.verbose)
    log = logging.getLogger("chronology")
    from chronology import pipeline  # here, not at the top: every verb's start-up would pay for it

    if args.no_site:
        result = pipeline.run(Path(args.content))
        log.info("%s", summary(result))
        return 0
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    try:
        config = load_config(config_file=args.config_file, site_dir=args.site_dir)
        build(config)
    except (Abort, ConfigurationError) as error:
        log.error("error: %s", error)
        return 1
    return 0
