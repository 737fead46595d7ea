"""``chronology build``: run the pipeline and build the site with MkDocs, as ``mkdocs build`` would.

The pipeline runs inside MkDocs, as the chronology plugin; this verb adds what a command line wants around it:
progress per stage, ``--jobs``, a one-line summary, and a quick exit when no input changed since the last
successful build (every input is hashed, see :mod:`chronology.fingerprint`).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from chronology.commands._logging import setup_logging

if TYPE_CHECKING:
    from chronology.pipeline import BuildResult

HELP = "read articles, resolve dates, update the YAML chronologies and build the site"
log = logging.getLogger("chronology")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-f", "--config-file", default="mkdocs.yml", help="MkDocs configuration (default: mkdocs.yml)")
    parser.add_argument("-d", "--site-dir", help="where to write the site (default: the config's site_dir)")
    parser.add_argument("--content", default="content", help="with --no-site: the content folder (default: content)")
    parser.add_argument("--no-site", action="store_true", help="update the chronologies only; do not build the site")
    parser.add_argument(
        "-j", "--jobs", type=int, default=os.cpu_count() or 1, help="processes that tag (default: one per core)"
    )
    parser.add_argument("--force", action="store_true", help="build even when no input changed since the last build")
    parser.add_argument("--stats", type=Path, help="write the counts and each stage's seconds to this JSON file")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    parser.add_argument("-v", "--verbose", action="store_true", help="print what each stage does")


def summary(result: BuildResult, timings: dict[str, float]) -> str:
    events = sum(len(chronology.events) for chronology in result.chronologies)
    expressions = sum(len(found) for found in result.expressions.values())
    stages = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in timings.items())
    return (
        f"{len(result.articles)} articles ({result.tagged} tagged, {result.reused} from cache), "
        f"{expressions} temporal expressions, {events} events in {len(result.chronologies)} chronologies; "
        f"{stages}"
    )


def write_stats(path: Path | None, result: BuildResult | None, timings: dict[str, float], skipped: bool) -> None:
    if path is None:
        return
    stats: dict[str, object] = {"skipped": skipped, "timings": timings}
    if result is not None:
        stats.update(
            articles=len(result.articles),
            tagged=result.tagged,
            reused=result.reused,
            events=sum(len(chronology.events) for chronology in result.chronologies),
            chronologies=len(result.chronologies),
        )
    path.write_text(json.dumps(stats, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def run(args: argparse.Namespace) -> int:
    setup_logging(args.quiet, args.verbose)
    # mkdocs-material prints a banner about a future MkDocs 2 on every build; our users did not ask for it.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from chronology import pipeline  # here, not at the top: every verb's start-up would pay for it
    from chronology.progress import Progress

    progress = Progress(bar=None if not args.quiet else False, log_lines=not args.quiet)
    if args.no_site:
        cache_dir = no_site_cache_dir(args)
        # resolved as the site build resolves it, so the two share the store memo (it keys on file paths)
        result = pipeline.run(Path(args.content).resolve(), jobs=args.jobs, cache_dir=cache_dir, progress=progress)
        log.info("%s", summary(result, progress.timings))
        write_stats(args.stats, result, progress.timings, skipped=False)
        return 0
    return build_site(args, progress)


def no_site_cache_dir(args: argparse.Namespace) -> Path:
    """The cache a site build would use, so that updating the chronologies alone is incremental too.

    It is the chronology plugin's ``cache_dir`` where ``mkdocs.yml`` lists the plugin, else
    ``.chronology-cache`` beside the content folder (where mkdocs.yml would be).
    """
    config_file = Path(args.config_file)
    if config_file.is_file():
        from mkdocs.config import load_config
        from mkdocs.exceptions import Abort, ConfigurationError

        from chronology.site.plugin import ChronologyPlugin

        try:
            config = load_config(config_file=str(config_file))
        except (Abort, ConfigurationError):
            config = None  # the site build reports it; the chronologies can still be updated
        plugin = config.plugins.get("chronology") if config is not None else None
        if isinstance(plugin, ChronologyPlugin):
            return plugin.cache_dir(config)
    return Path(args.content).resolve().parent / ".chronology-cache"


def build_site(args: argparse.Namespace, progress: object) -> int:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    from chronology.fingerprint import BuildRecord, fingerprint
    from chronology.site.plugin import ChronologyPlugin

    began = time.perf_counter()
    try:
        config = load_config(config_file=args.config_file, site_dir=args.site_dir)
    except (Abort, ConfigurationError) as error:
        log.error("error: %s", error)
        return 1
    plugin = config.plugins.get("chronology")
    if not isinstance(plugin, ChronologyPlugin):
        log.error("error: %s does not list the chronology plugin (plugins: [search, chronology])", args.config_file)
        return 1
    site_dir = Path(config.site_dir)
    inputs = [plugin.content_dir(config), plugin.templates_dir(config), Path(config.config_file_path)]
    record = BuildRecord(plugin.cache_dir(config))
    if not args.force and record.matches(fingerprint(inputs), site_dir):
        log.info("Nothing changed since the last build: %s is up to date (--force builds anyway)", site_dir)
        write_stats(args.stats, None, {"check": time.perf_counter() - began}, skipped=True)
        return 0
    plugin.pipeline_options = {"jobs": args.jobs, "progress": progress}
    try:
        build(config)
    except (Abort, ConfigurationError) as error:
        log.error("error: %s", error)
        return 1
    record.save(fingerprint(inputs), site_dir)
    assert plugin.result is not None
    timings = dict(plugin.result.timings)
    timings.update(plugin.timings)
    timings["site"] = time.perf_counter() - began - sum(timings.values())
    log.info("%s", summary(plugin.result, timings))
    log.info("Site built in %s", site_dir)
    write_stats(args.stats, plugin.result, timings, skipped=False)
    return 0
