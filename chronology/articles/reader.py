"""Read articles from the content folder: Markdown with YAML front matter, or plain text with a header.

Every problem is an :class:`ArticleError` naming the file and line. Nothing is guessed: an article without a
publication date cannot be placed in time, so it is refused rather than dated by the file's mtime.
"""

from __future__ import annotations

import os
import re
import warnings
from datetime import date, datetime
from pathlib import Path

import yaml

from chronology.articles.metadata import parse_metadata
from chronology.articles.model import Article
from chronology.articles.plaintext import markdown_to_text
from chronology.errors import ArticleError, display_path

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
CHRONOLOGY_FOLDER = "chronologies"  # under the content folder: chronology files, not articles
MAX_ARTICLE_BYTES = 10 * 1024 * 1024  # a news article is a few KB; 10 MB is a pasted archive, not an article

_FENCE = re.compile(r"^(---|\.\.\.)[ \t]*$")
_TEXT_HEADER = re.compile(r"^([A-Za-z][A-Za-z _-]*):[ \t]*(.*)$")


# libyaml's loader when present: ten thousand front matters parse in a fraction of the pure-Python time.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ArticleWarning(UserWarning):
    """Something odd but usable in an article (an unknown key, a date after today)."""


def discover_articles(content_dir: Path) -> list[Path]:
    """Every article under ``content_dir``, in a stable order; chronology files and hidden folders are not."""
    return [path for _, path in article_files(content_dir)]


def article_files(content_dir: Path) -> list[tuple[str, Path]]:
    """(path relative to ``content_dir`` in POSIX form, path) of every article, sorted by the relative path.

    Hidden and ``_`` names are skipped, and the chronology folder; one walk that prunes them, since at ten
    thousand articles a glob-and-filter costs most of a second.
    """
    found = []
    for folder, folders, files in os.walk(content_dir):
        relative = os.path.relpath(folder, content_dir)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        folders[:] = [
            name
            for name in folders
            if not name.startswith((".", "_")) and not (not prefix and name == CHRONOLOGY_FOLDER)
        ]
        for name in files:
            if name.startswith((".", "_")) or not name.lower().endswith(ARTICLE_SUFFIXES):
                continue
            path = Path(folder, name)
            if path.is_file():
                found.append((prefix + name, path))
    found.sort(key=lambda pair: pair[0])
    return found


def read_article_bytes(path: Path) -> bytes:
    """The article's bytes, refusing files too large to be one article before reading them."""
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            path, f"{size:,} bytes is over the {MAX_ARTICLE_BYTES // (1024 * 1024)} MB limit for one article"
        )
    return path.read_bytes()


def read_article(path: Path, content_dir: Path, today: date | None = None) -> Article:
    """Read one article; ``today`` is for the "published in the future" warning (defaults to the real today)."""
    return parse_article(path, content_dir, read_article_bytes(path), today)


def parse_article(path: Path, content_dir: Path, data: bytes, today: date | None = None) -> Article:
    """Parse an article's bytes as read from ``path``."""
    relative = path.relative_to(content_dir).as_posix()
    text = _decode(path, data)
    if not text.strip():
        raise ArticleError(path, "the file is empty", line=1)
    if path.suffix.lower() == ".txt" and not _FENCE.match(text.split("\n", 1)[0]):
        raw, lines, body, body_line = _split_text_header(path, text)
        is_markdown = False
    else:
        raw, lines, body, body_line = _split_front_matter(path, text)
        is_markdown = path.suffix.lower() != ".txt"
    metadata = parse_metadata(path, raw, lines, default_chronology=_folder_chronology(relative))
    for line, message in metadata.warnings:
        warnings.warn(f"{display_path(path)}:{line}: {message}", ArticleWarning, stacklevel=2)
    published_day = metadata.published.date() if isinstance(metadata.published, datetime) else metadata.published
    if published_day > (today or date.today()):
        warnings.warn(
            f"{display_path(path)}:{lines['published']}: published {published_day.isoformat()} is after today",
            ArticleWarning,
            stacklevel=2,
        )
    return Article(
        path=relative,
        title=metadata.title,
        published=metadata.published,
        body=markdown_to_text(body) if is_markdown else body.strip("\n"),
        body_line=body_line,
        source=metadata.source,
        url=metadata.url,
        chronology=metadata.chronology,
        chronology_title=metadata.chronology_title,
        tags=metadata.tags,
    )


def _decode(path: Path, data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ArticleError(
            path, f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); save it as UTF-8", line
        ) from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _split_front_matter(path: Path, text: str) -> tuple[dict[str, object], dict[str, int], str, int]:
    """Split ``---``-fenced YAML front matter from the body; returns (values, line of each key, body, body line)."""
    lines = text.split("\n")
    if not _FENCE.match(lines[0]) or lines[0].startswith("..."):
        raise ArticleError(path, "no front matter: the file must start with a '---' line, then title, published", 1)
    end = next((number for number in range(1, len(lines)) if _FENCE.match(lines[number])), None)
    if end is None:
        raise ArticleError(path, "the front matter opened on line 1 is never closed with a '---' line", 1)
    values, key_lines = _load_yaml_mapping(path, "\n".join(lines[1:end]), first_line=2)
    return values, key_lines, "\n".join(lines[end + 1 :]), end + 2


def _load_yaml_mapping(path: Path, source: str, first_line: int) -> tuple[dict[str, object], dict[str, int]]:
    try:
        node = yaml.compose(source, Loader=_SAFE_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = first_line + mark.line if mark else first_line
        problem = getattr(error, "problem", None) or str(error)
        raise ArticleError(path, f"front matter is not valid YAML: {problem}", line) from None
    if node is None:
        raise ArticleError(path, "the front matter is empty: it needs at least title and published", first_line)
    if not isinstance(node, yaml.MappingNode):
        raise ArticleError(path, "the front matter must be 'key: value' lines", first_line + node.start_mark.line)
    values: dict[str, object] = {}
    key_lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        line = first_line + key_node.start_mark.line
        if key in values:
            raise ArticleError(path, f"{key!r} is given twice in the front matter", line)
        key_lines[key] = line
        # Scalars stay the strings the person wrote, so "2021-09-06" is parsed by our rules, not YAML's.
        if isinstance(value_node, yaml.ScalarNode):
            values[key] = None if value_node.tag.endswith(":null") else value_node.value
        else:
            values[key] = yaml.SafeLoader("").construct_document(value_node)
    return values, key_lines


def _split_text_header(path: Path, text: str) -> tuple[dict[str, object], dict[str, int], str, int]:
    """A ``.txt`` article: ``Key: value`` header lines, a blank line, then the body."""
    values: dict[str, object] = {}
    key_lines: dict[str, int] = {}
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            return values, key_lines, "\n".join(lines[number:]), number + 1
        match = _TEXT_HEADER.match(line)
        if not match:
            raise ArticleError(
                path,
                "a .txt article starts with 'Key: value' header lines (Title:, Published:), then a blank line",
                number,
            )
        key = match.group(1).strip().lower().replace(" ", "_").replace("-", "_")
        values[key] = match.group(2).strip() or None
        key_lines[key] = number
    raise ArticleError(path, "the header is never followed by a blank line and a body", len(lines))


def _folder_chronology(relative: str) -> str | None:
    """An article in ``content/<folder>/`` feeds the chronology named after that folder unless it says otherwise.

    ``content/articles/`` is the plain place for articles and names no chronology.
    """
    folders = relative.split("/")[:-1]
    if folders and folders[0] == "articles":
        folders = folders[1:]
    return folders[0] if folders else None
