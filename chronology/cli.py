"""The ``chronology`` command: parses arguments and hands over to one module per verb.

Each module in :mod:`chronology.commands` is a verb. It defines ``HELP`` (one line), ``configure(parser)`` to
declare its arguments and ``run(args) -> int``. Errors in the user's input (:class:`ChronologyError`) are
printed as ``file:line: message`` with exit status 1, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from chronology import __version__, commands
from chronology.errors import ChronologyError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="chronology", description="Timelines and chronologies from news articles.")
    parser.add_argument("--version", action="version", version=f"chronology {__version__}")
    verbs = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda module: module.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"chronology.commands.{info.name}")
        sub = verbs.add_parser(info.name, help=module.HELP, description=module.HELP)
        module.configure(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return int(args.run(args) or 0)
    except ChronologyError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
