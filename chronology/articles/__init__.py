"""Stage 1: read articles (Markdown with YAML front matter, or plain text with a header) from ``content/``."""

from chronology.articles.model import Article
from chronology.articles.reader import (
    ArticleWarning,
    article_files,
    discover_articles,
    parse_article,
    read_article,
    read_article_bytes,
)

__all__ = [
    "Article",
    "ArticleWarning",
    "article_files",
    "discover_articles",
    "parse_article",
    "read_article",
    "read_article_bytes",
]
