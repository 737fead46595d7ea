"""A hand-made pipeline result for rendering tests: two articles, one chronology, hostile text included.

Offsets are computed from the article bodies (never typed in), so the sample stays consistent when edited.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from chronology.articles.model import Article
from chronology.events.model import Chronology, Event, Source
from chronology.pipeline import BuildResult
from chronology.temporal.expression import TemporalExpression

PANJSHIR_BODY = (
    "Taliban fighters pressed into the Panjshir valley overnight, officials said. "
    "The resistance held its positions till Sunday, a spokesman said.\n\n"
    "On Monday the Taliban claimed full control of the province. Talks are due to resume on Friday."
)
KABUL_BODY = (
    "# Not a heading\n\n"
    "The last flight left Kabul airport late on Monday. Evacuations began in mid-August.\n\n"
    "A prankster typed <script>alert('body')</script> and *stars*, _under_, [a link](http://x.invalid) "
    "and `code` into the comments in August."
)
HOSTILE_SUMMARY = "Talks *may* resume <script>alert('summary')</script> & _soon_ [x](y) `z`"

# (expression text, occurrence inside this sentence, TIMEX3 value, explanation)
PANJSHIR_EXPRESSIONS = [
    ("overnight", "2021-09-05TNI", "the night before publication"),
    ("Sunday", "2021-09-05", "most recent Sunday on or before publication, past tense"),
    ("Monday", "2021-09-06", "most recent Monday on or before publication, past tense"),
    ("Friday", "2021-09-10", "next Friday after publication, future tense"),
]
KABUL_EXPRESSIONS = [
    ("Monday", "2021-08-30", "most recent Monday on or before publication, past tense"),
    ("mid-August", "2021-08", "August of the publication year, middle"),
    ("August", "2021-08", "the most recent August, past tense"),
]


def _expressions(body: str, found: list[tuple[str, str, str]]) -> list[TemporalExpression]:
    expressions, position = [], 0
    for text, value, explanation in found:
        start = body.index(text, position)
        mod = "MID" if text.startswith("mid-") else None
        explanation = f"{text} -> {value}: {explanation}"  # as the tagger words it
        expressions.append(TemporalExpression(text, start, start + len(text), "DATE", value, explanation, mod))
        position = start + len(text)
    return expressions


def source(article: Article, expression: str, sentence_start_text: str) -> Source:
    """A source citing ``expression`` in the sentence of ``article`` starting with ``sentence_start_text``."""
    body = article.body
    quote_start = body.index(sentence_start_text)
    ends = [body.find(mark, quote_start) for mark in (". ", ".\n")]
    quote_end = min([end + 1 for end in ends if end >= 0] or [len(body)])
    start = body.index(expression, quote_start)
    return Source(
        article=article.path,
        expression=expression,
        quote=body[quote_start:quote_end],
        start=start,
        end=start + len(expression),
        quote_start=quote_start,
        quote_end=quote_end,
    )


def sample_result(content_dir: Path | None = None) -> BuildResult:
    panjshir = Article(
        path="articles/panjshir.md",
        title="Resistance holds out in Panjshir",
        published=date(2021, 9, 6),
        body=PANJSHIR_BODY,
        source="Example Wire",
        url="https://example.org/panjshir",
        chronology="afghanistan",
    )
    kabul = Article(
        path="articles/kabul-airport.txt",
        title="Last flight <b>leaves</b> Kabul",
        published=date(2021, 8, 31),
        body=KABUL_BODY,
        source="Daily Example",
        url="https://example.org/kabul?a=1&b=2",
        chronology="afghanistan",
    )
    events = [
        Event("panjshir-sunday", "2021-09-05", "The resistance held its positions in Panjshir",
              [source(panjshir, "Sunday", "The resistance")], tags=["panjshir"]),
        Event("kabul-last-flight", "2021-08-30", "The last flight left Kabul airport",
              [source(kabul, "Monday", "The last flight")], tags=["evacuation", "kabul"]),
        Event("panjshir-overnight", "2021-09-05/2021-09-06",
              "Taliban fighters pressed into the Panjshir valley",
              [source(panjshir, "overnight", "Taliban fighters")], qualifier="night",
              tags=["fighting", "panjshir"]),
        Event("talks-friday", "2021-09-10", "Talks are due to resume",
              [source(panjshir, "Friday", "Talks are due")], tags=["talks"]),
        Event("evacuations-begin", "2021-08", "Evacuations began",
              [source(kabul, "mid-August", "Evacuations began")], qualifier="mid", tags=["evacuation"]),
        Event("panjshir-monday", "2021-09-06", "The Taliban claimed full control of the province",
              [source(panjshir, "Monday", "On Monday")], tags=["panjshir"]),
        Event("talks-hostile", "2021-09~", HOSTILE_SUMMARY, [], tags=["talks", "<b>odd</b>"]),
        Event("summer-2021", "2021-06/2021-08", "A summer of advances", [], tags=["fighting"]),
    ]  # fmt: skip
    chronology = Chronology("afghanistan", "Afghanistan 2021 <i>draft</i>", events, "chronologies/afghanistan.yaml")
    return BuildResult(
        content_dir=content_dir or Path("content"),
        articles=[panjshir, kabul],
        expressions={
            panjshir.path: _expressions(PANJSHIR_BODY, PANJSHIR_EXPRESSIONS),
            kabul.path: _expressions(KABUL_BODY, KABUL_EXPRESSIONS),
        },
        chronologies=[chronology],
    )


def write_sources(content_dir: Path) -> None:
    """Put the sample's source files on disk, as the pipeline would find them."""
    (content_dir / "articles").mkdir(parents=True, exist_ok=True)
    (content_dir / "chronologies").mkdir(parents=True, exist_ok=True)
    (content_dir / "articles/panjshir.md").write_text(f"---\ntitle: x\npublished: 2021-09-06\n---\n{PANJSHIR_BODY}")
    (content_dir / "articles/kabul-airport.txt").write_text(f"title: x\npublished: 2021-08-31\n\n{KABUL_BODY}")
    (content_dir / "chronologies/afghanistan.yaml").write_text("title: Afghanistan 2021\nevents: []\n")
