"""chronology: timelines from news articles, resolved against each article's publication date."""

__version__ = "0.1.0"
