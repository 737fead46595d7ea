"""Reading articles: metadata, body text, and a clear file:line error for every kind of bad input."""

from __future__ import annotations

import warnings
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from chronology.articles import ArticleWarning, discover_articles, read_article
from chronology.errors import ArticleError


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


ARTICLE = """---
title: Talks collapse
published: 2021-09-06
source: Example Wire
url: https://example.org/a
chronology: Afghanistan 2021
tags: [kabul, talks]
---

Talks **collapsed** on [Monday](https://example.org/m), officials said.
"""


def test_markdown_article_is_read_with_its_metadata_and_plain_body(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "articles/a.md", ARTICLE), tmp_path)
    assert article.path == "articles/a.md"
    assert article.title == "Talks collapse"
    assert article.published == date(2021, 9, 6)
    assert article.source == "Example Wire"
    assert article.url == "https://example.org/a"
    assert article.chronology == "afghanistan-2021"
    assert article.chronology_title == "Afghanistan 2021"
    assert article.tags == ("kabul", "talks")
    assert article.body == "Talks collapsed on Monday, officials said."
    assert article.body_line == 9


def test_published_datetime_keeps_its_offset(tmp_path: Path) -> None:
    text = ARTICLE.replace("published: 2021-09-06", "published: 2021-09-05T23:30:00-04:00")
    article = read_article(write(tmp_path, "a.md", text), tmp_path)
    assert article.published == datetime(2021, 9, 5, 23, 30, tzinfo=timezone(timedelta(hours=-4)))
    # The article's own day is the one its readers saw, not UTC's.
    assert article.publication_date == date(2021, 9, 5)


@pytest.mark.parametrize(
    ("published_line", "expected"),
    [
        ("published: yesterday", "not an ISO date"),
        ("published: 2021-02-30", "day is out of range"),
        ("published: 2021-09-06T10:00", "no UTC offset"),
        ("published: 06/09/2021", "not an ISO date"),
        ("published:", "'published' is missing"),
    ],
)
def test_malformed_published_names_file_and_line(tmp_path: Path, published_line: str, expected: str) -> None:
    path = write(tmp_path, "bad.md", ARTICLE.replace("published: 2021-09-06", published_line))
    with pytest.raises(ArticleError) as caught:
        read_article(path, tmp_path)
    assert caught.value.path == str(path)
    assert caught.value.line == 3
    assert expected in str(caught.value)
    assert str(caught.value).startswith(f"{path}:3: ")


def test_missing_published_is_an_error_not_a_guess(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.md", ARTICLE.replace("published: 2021-09-06\n", ""))
    with pytest.raises(ArticleError, match="'published' is missing"):
        read_article(path, tmp_path)


def test_missing_title_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.md", ARTICLE.replace("title: Talks collapse\n", ""))
    with pytest.raises(ArticleError, match="'title' is missing"):
        read_article(path, tmp_path)


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("Just a body, no front matter.\n", 1, "no front matter"),
        ("---\ntitle: x\npublished: 2021-09-06\nbody without a closing fence\n", 1, "never closed"),
        ("---\ntitle: [unclosed\npublished: 2021-09-06\n---\nbody\n", 3, "not valid YAML"),
        ("---\n- a list\n---\nbody\n", 2, "'key: value' lines"),
        ("---\n---\nbody\n", 2, "front matter is empty"),
        ("---\ntitle: a\ntitle: b\npublished: 2021-09-06\n---\nbody\n", 3, "given twice"),
        ("", 1, "empty"),
        ("\n\n  \n", 1, "empty"),
    ],
)
def test_broken_front_matter_names_the_line(tmp_path: Path, text: str, line: int, expected: str) -> None:
    path = write(tmp_path, "bad.md", text)
    with pytest.raises(ArticleError, match=expected) as caught:
        read_article(path, tmp_path)
    assert caught.value.line == line


def test_non_utf8_bytes_name_the_line(tmp_path: Path) -> None:
    data = ARTICLE.encode("utf-8").replace(b"officials", b"offici\xe9ls")
    path = write(tmp_path, "latin1.md", data)
    with pytest.raises(ArticleError, match="not UTF-8") as caught:
        read_article(path, tmp_path)
    assert caught.value.line == 10


def test_oversized_article_is_refused_with_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:
        handle.write(ARTICLE.encode())
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(ArticleError, match="over the 10 MB limit"):
        read_article(path, tmp_path)


def test_text_article_with_header(tmp_path: Path) -> None:
    text = "Title: Ship refloated\nPublished: 2021-03-29\nSource: Wire\nChronology: Suez\n\nIt moved on Monday.\n"
    article = read_article(write(tmp_path, "ship.txt", text), tmp_path)
    assert (article.title, article.published, article.chronology) == ("Ship refloated", date(2021, 3, 29), "suez")
    assert article.body == "It moved on Monday."
    assert article.body_line == 6


def test_text_article_without_published_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "ship.txt", "Title: Ship\nPublished: last Monday\n\nBody.\n")
    with pytest.raises(ArticleError, match="not an ISO date") as caught:
        read_article(path, tmp_path)
    assert caught.value.line == 2


def test_html_in_the_body_stays_literal_text(tmp_path: Path) -> None:
    text = ARTICLE.replace("Talks **collapsed**", "Talks <script>alert(1)</script> collapsed")
    article = read_article(write(tmp_path, "a.md", text), tmp_path)
    assert "<script>alert(1)</script>" in article.body


def test_unknown_key_and_future_date_warn_but_read(tmp_path: Path) -> None:
    text = ARTICLE.replace("source: Example Wire", "sorce: Example Wire")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = read_article(write(tmp_path, "a.md", text), tmp_path, today=date(2021, 9, 1))
    messages = [str(warning.message) for warning in caught if warning.category is ArticleWarning]
    assert any("a.md:4: unknown key 'sorce'" in message for message in messages)
    assert any("a.md:3: published 2021-09-06 is after today" in message for message in messages)
    assert article.source == ""


def test_discovery_skips_chronologies_and_hidden_folders(tmp_path: Path) -> None:
    names = (
        "b.md",
        "articles/a.md",
        "notes.txt",
        "chronologies/x.yaml",
        "chronologies/y.md",
        ".cache/z.md",
        "_drafts/d.md",
        "articles/_skip.md",
        "articles/.hidden.md",
        "articles/2021/chronologies/c.MD",
        "articles/image.png",
        "articles-extra/e.markdown",
    )
    for name in names:
        write(tmp_path, name, ARTICLE)
    found = [path.relative_to(tmp_path).as_posix() for path in discover_articles(tmp_path)]
    # only the top-level chronology folder holds chronologies; a folder of that name deeper is articles
    assert found == [
        "articles-extra/e.markdown",
        "articles/2021/chronologies/c.MD",
        "articles/a.md",
        "b.md",
        "notes.txt",
    ]


def test_folder_names_the_default_chronology(tmp_path: Path) -> None:
    text = ARTICLE.replace("chronology: Afghanistan 2021\n", "")
    assert read_article(write(tmp_path, "suez/a.md", text), tmp_path).chronology == "suez"
    assert read_article(write(tmp_path, "articles/suez/b.md", text), tmp_path).chronology == "suez"
    assert read_article(write(tmp_path, "articles/c.md", text), tmp_path).chronology == "main"
