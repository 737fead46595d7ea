"""How builds scale: ``python -m chronology.bench.scale --articles N``.

Makes a project of N articles from real news text (the TimeML documents under ``../shared/eval/timeml/`` when
present, each reused with its publication date shifted by whole weeks and filed in a chronology named after its
news service; otherwise text this module writes), then times, in one run on this machine: a cold build, a
no-change rebuild, a rebuild after adding 10 articles, and plain ``mkdocs build`` (search plugin only) over the
same pages for comparison. Prints a table, and as its last line one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TIMEML = PROJECT_ROOT.parent / "shared" / "eval" / "timeml"


@dataclass(frozen=True)
class SourceText:
    name: str
    text: str
    published: date
    service: str


def timeml_texts(folder: Path) -> list[SourceText]:
    from chronology.evaluation.timeml import find_timeml_files, read_timeml

    texts = []
    for path in find_timeml_files([folder]):
        document = read_timeml(path)
        published = document.creation_time
        day = published.date() if isinstance(published, datetime) else published
        service = re.match(r"[A-Za-z]+", path.stem)
        texts.append(
            SourceText(path.stem, document.text.strip(), day, (service.group(0) if service else "news").lower())
        )
    return texts


_WRITTEN = [
    "Officials said on {weekday} that the talks would resume next week.",
    "The agreement was signed in {month} {year}, after two years of negotiations.",
    "Protesters gathered in the capital overnight, and police made several arrests.",
    "The ministry will publish its report on {weekday}, a spokeswoman said.",
    "Prices rose 3 percent last month, the fastest pace since {year}.",
    "The company announced on {month} {day} that it would close two factories by the end of the year.",
    "Two days later, the government said it had reached a deal with the unions.",
    "Earlier this month, the central bank left interest rates unchanged.",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def written_texts(count: int = 64) -> list[SourceText]:
    """Articles of our own words, for machines without the shared evaluation data."""
    generator = random.Random(7)
    texts = []
    for number in range(count):
        sentences = [
            template.format(
                weekday=generator.choice(_WEEKDAYS),
                month=generator.choice(_MONTHS),
                day=generator.randint(1, 28),
                year=generator.randint(1990, 2020),
            )
            for template in generator.sample(_WRITTEN, 6)
        ]
        paragraphs = "\n\n".join(" ".join(sentences[index : index + 2]) for index in range(0, 6, 2))
        published = date(2021, 1, 4) + timedelta(days=generator.randint(0, 360))
        texts.append(SourceText(f"written{number:03d}", paragraphs, published, f"desk{number % 8}"))
    return texts


def write_article(folder: Path, number: int, source: SourceText, weeks: int) -> None:
    published = source.published + timedelta(weeks=weeks)
    title = " ".join(source.text.split()[:8]).replace('"', "'")
    front = (
        f'---\ntitle: "{title}"\npublished: {published.isoformat()}\nsource: {source.service.upper()}\n'
        f"chronology: {source.service}\n---\n\n"
    )
    (folder / f"a{number:06d}.md").write_text(front + source.text + "\n", encoding="utf-8")


def make_project(root: Path, count: int, texts: list[SourceText]) -> None:
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    for number in range(count):
        write_article(articles, number, texts[number % len(texts)], weeks=number // len(texts))
    shutil.copytree(PROJECT_ROOT / "site_templates", root / "site_templates")
    shutil.copy(PROJECT_ROOT / "mkdocs.yml", root / "mkdocs.yml")


def timed_build(root: Path, jobs: int | None) -> tuple[float, dict]:
    stats = root / "stats.json"
    command = [sys.executable, "-m", "chronology", "build", "-q", "-f", str(root / "mkdocs.yml"), "--stats", str(stats)]
    if jobs:
        command += ["--jobs", str(jobs)]
    began = time.perf_counter()
    subprocess.run(command, check=True, cwd=root)
    return time.perf_counter() - began, json.loads(stats.read_text())


def mkdocs_only(root: Path) -> float:
    """Plain MkDocs over the same pages (articles and timelines as Markdown), search plugin only.

    A long chronology is cut into the same pages as the site cuts it (by year, a long year by month), those
    kept out of the nav, so that both builds make as many pages with the same nav.
    """
    plain = root / "plain"
    docs = plain / "docs"
    (docs / "articles").mkdir(parents=True)
    for article in sorted((root / "content" / "articles").glob("*.md")):
        body = article.read_text(encoding="utf-8").split("---\n", 2)[2]
        (docs / "articles" / article.name).write_text(f"# {article.stem}\n{body}", encoding="utf-8")
    for chronology in sorted((root / "content" / "chronologies").glob("*.yaml")):
        events = _EVENT.findall(chronology.read_text(encoding="utf-8"))
        for page, chosen in _pages(chronology.stem, events).items():
            lines = [f"# {page}\n"]
            lines += [f"### {summary[:80]}\n\n{summary}\n" for _, summary in chosen]
            (docs / page).parent.mkdir(parents=True, exist_ok=True)
            (docs / page).write_text("\n".join(lines), encoding="utf-8")
    (docs / "index.md").write_text("# Index\n", encoding="utf-8")
    (plain / "mkdocs.yml").write_text(
        "site_name: Plain\ntheme:\n  name: material\nplugins:\n  - search\n"
        "not_in_nav: |\n  /articles/\n  /*/[0-9]*.md\n",
        encoding="utf-8",
    )
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(plain / "mkdocs.yml")], check=True)
    return time.perf_counter() - began


_EVENT = re.compile(r"^  date: (.*)\n  summary: (.*)$", re.MULTILINE)


def _pages(stem: str, events: list[tuple[str, str]], per_page: int = 500) -> dict[str, list[tuple[str, str]]]:
    """The pages the site makes of a chronology: one; or, past ``per_page`` events, an overview and a page per
    year (per month in a year past ``per_page``), those kept out of the nav. Dates as written, cut by prefix."""
    if len(events) <= per_page:
        return {f"{stem}.md": events}
    years: dict[str, list[tuple[str, str]]] = {}
    for date_text, summary in events:
        years.setdefault(date_text.strip("'\"")[:4], []).append((date_text, summary))
    pages: dict[str, list[tuple[str, str]]] = {f"{stem}/index.md": []}
    for year, chosen in sorted(years.items()):
        if len(chosen) <= per_page:
            pages[f"{stem}/{year}.md"] = chosen
            continue
        for date_text, summary in chosen:
            pages.setdefault(f"{stem}/{date_text.strip(chr(39) + chr(34))[:7]}.md", []).append((date_text, summary))
    return pages


def before_site(stats: dict) -> float:
    return sum(stats["timings"].get(stage, 0.0) for stage in ("read", "tag", "events", "store"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m chronology.bench.scale", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="how many articles (default 1000)")
    parser.add_argument("--timeml", type=Path, default=DEFAULT_TIMEML, help="TimeML folder for real news text")
    parser.add_argument("--jobs", type=int, help="processes that tag (default: one per core)")
    parser.add_argument("--keep", type=Path, help="build in this (new) folder and keep it, instead of a temporary one")
    args = parser.parse_args(argv)

    texts = timeml_texts(args.timeml) if args.timeml.is_dir() else written_texts()
    origin = f"TimeML news from {args.timeml}" if args.timeml.is_dir() else "text written by the benchmark"
    root = args.keep or Path(tempfile.mkdtemp(prefix="chronology-scale-"))
    try:
        make_project(root, args.articles, texts)
        cold_s, cold = timed_build(root, args.jobs)
        nochange_s, nochange = timed_build(root, args.jobs)
        articles = root / "content" / "articles"
        for number in range(args.articles, args.articles + 10):
            write_article(articles, number, texts[number % len(texts)], weeks=number // len(texts) + 1000)
        add10_s, add10 = timed_build(root, args.jobs)
        peak_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        index_mb = (root / "site" / "search" / "search_index.json").stat().st_size / 1e6
        plain_s = mkdocs_only(root)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)

    figures = {
        "articles": args.articles,
        "events": cold.get("events"),
        "cold_s": round(cold_s, 2),
        "cold_before_site_s": round(before_site(cold), 2),
        "site_s": round(cold["timings"].get("render", 0.0) + cold["timings"].get("site", 0.0), 2),
        "mkdocs_only_s": round(plain_s, 2),
        "nochange_s": round(nochange_s, 2),
        "nochange_skipped": nochange.get("skipped"),
        "add10_s": round(add10_s, 2),
        "add10_before_site_s": round(before_site(add10), 2),
        "search_index_mb": round(index_mb, 2),
        "peak_rss_mb": round(peak_rss_mb, 1),
        "articles_per_s": round(args.articles / cold_s, 1),
    }
    print(f"{args.articles} articles from {origin}; {cold.get('events')} events")
    print(f"{'stage':<10} {'cold':>8} {'add 10':>8}")
    for stage in ("read", "tag", "events", "store", "render", "site"):
        print(f"{stage:<10} {cold['timings'].get(stage, 0.0):>7.2f}s {add10['timings'].get(stage, 0.0):>7.2f}s")
    print(f"{'total':<10} {cold_s:>7.2f}s {add10_s:>7.2f}s   (no-change rebuild {nochange_s:.2f}s)")
    print(
        f"plain mkdocs build, same pages: {plain_s:.2f}s; search index {index_mb:.1f} MB; peak RSS {peak_rss_mb:.0f} MB"
    )
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
