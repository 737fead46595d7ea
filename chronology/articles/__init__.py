"""Stage 1: read articles (Markdown with YAML front matter, or plain text with a header) from ``content/``."""

from chronology.articles.model import Article
from chronology.articles.reader import ArticleWarning, discover_articles, read_article

__all__ = ["Article", "ArticleWarning", "discover_articles", "read_article"]
