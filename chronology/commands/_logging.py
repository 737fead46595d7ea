"""Console logging for the verbs that run MkDocs (not a verb itself: its name starts with an underscore)."""

from __future__ import annotations

import logging
import sys


def setup_logging(quiet: bool, verbose: bool, mkdocs_news: bool = False) -> None:
    """Plain ``message`` lines on stderr; ``-q`` errors only, ``-v`` everything.

    MkDocs's own INFO lines ("Cleaning site directory") are noise beside a build's summary, but under ``serve``
    they are the news ("Serving on http://...", "Detected file changes"): ``mkdocs_news`` keeps them.
    """
    level = logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    for name in ("chronology", "mkdocs"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        quiet_mkdocs = name == "mkdocs" and not (mkdocs_news or verbose)
        logger.setLevel(max(level, logging.WARNING) if quiet_mkdocs else level)
        logger.propagate = False
