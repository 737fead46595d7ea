"""An article body cut into paragraphs, sentences and marked temporal expressions, ready for a template.

The body is shown as plain text (never interpreted as Markdown or HTML), so offsets from the tagger map one
to one onto what the reader sees. Each sentence is anchored by the offset where it starts, so a chronology can
link to the exact sentence an event was read from. Sentences are the pipeline's own
(:func:`chronology.temporal.sentence_spans`), and every offset a chronology quotes is made a boundary too, so
a link cannot miss even after a person edits a quote's offsets by hand.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from markupsafe import Markup, escape

from chronology.dates import DateNotationError, date_from_timex, parse_event_date
from chronology.temporal import sentence_spans
from chronology.temporal.expression import TemporalExpression

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class Mark:
    """One temporal expression as the reader sees it, with what it resolved to and why."""

    text: str
    start: int
    type: str
    value: str
    resolved: str  # "6 Sep 2021" where the value names a calendar date, else ""
    explanation: str

    @property
    def anchor(self) -> str:
        return f"x-{self.start}"

    @property
    def reason(self) -> str:
        """The explanation without the tagger's own ``text -> value:`` lead-in, which the page shows already."""
        lead_in = f"{self.text} -> {self.value}:"
        if self.explanation.startswith(lead_in):
            return self.explanation[len(lead_in) :].strip()
        return self.explanation

    @property
    def html(self) -> str:
        """The mark and its tooltip, escaped; see :attr:`Paragraph.html`."""
        anchor = self.anchor
        return (
            f'<span class="chr-x"><mark class="chr-expr chr-type-{escape(self.type.lower())}" id="{anchor}" '
            f'tabindex="0" aria-describedby="{anchor}-tip" data-value="{escape(self.value)}">{escape(self.text)}'
            f'</mark><span class="chr-tip" id="{anchor}-tip" role="tooltip" data-search-exclude>'
            f"{escape(self.description)}</span></span>"
        )

    @property
    def description(self) -> str:
        """The accessible text: ``Monday → 2021-09-06 (6 Sep 2021): most recent Monday ...``."""
        target = f"{self.value} ({self.resolved})" if self.resolved and self.resolved != self.value else self.value
        because = f": {self.reason}" if self.reason else ""
        return f"{self.text} → {target}{because}"


@dataclass
class Sentence:
    start: int
    parts: list[str | Mark] = field(default_factory=list)
    aliases: list[int] = field(default_factory=list)  # other quoted offsets that land on this sentence
    gap: str = ""  # whitespace after it, as in the text

    @property
    def anchor(self) -> str:
        return f"s-{self.start}"


@dataclass
class Paragraph:
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def gaps(self) -> list[str]:
        """The whitespace after each sentence, kept as in the text."""
        return [sentence.gap for sentence in self.sentences]

    @property
    def html(self) -> Markup:
        """The paragraph's sentences as escaped HTML: each anchored, each expression marked with its tooltip.

        Built here rather than in a template loop: at ten thousand articles the loop over every part of every
        sentence was most of the site's render time. A template that wants other markup loops over
        ``sentences`` and their ``parts`` itself.
        """
        out: list[str] = []
        for sentence in self.sentences:
            out.extend(f'<span id="s-{alias}"></span>' for alias in sentence.aliases)
            out.append(f'<span class="chr-sentence" id="{sentence.anchor}">')
            for part in sentence.parts:
                out.append(escape(part) if isinstance(part, str) else part.html)
            out.append("</span>")
            out.append(escape(sentence.gap))
        return Markup("".join(out))


@lru_cache(maxsize=8192)  # articles name the same days again and again
def resolved_display(value: str, mod: str | None = None) -> str:
    """A TIMEX3 value as a reader's date ("6 Sep 2021", "night of 5-6 Sep 2021"), or "" when it has none."""
    resolved = date_from_timex(value, mod)
    if resolved is None:
        return ""
    try:
        return parse_event_date(resolved.date).display(resolved.qualifier)
    except DateNotationError:
        return ""


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """Start and end offsets of each paragraph (text between blank lines), surrounding whitespace excluded."""
    spans = []
    position = 0
    for match in [*_PARAGRAPH_BREAK.finditer(body), None]:
        end = match.start() if match else len(body)
        chunk = body[position:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((position + lead, position + len(chunk.rstrip())))
        if match:
            position = match.end()
    return spans


def segment(
    body: str,
    expressions: Iterable[TemporalExpression],
    anchors: Iterable[int] = (),
    sentences: Iterable[tuple[int, int]] | None = None,
) -> list[Paragraph]:
    """Cut ``body`` into paragraphs of sentences with expressions marked.

    ``anchors`` are offsets that must each be the id of a sentence (the ``quote_start`` of every event source
    that cites this article); each becomes a sentence start, or an alias of the sentence it falls before.
    ``sentences`` are the (start, end) spans the pipeline found; None: found here, the same way.
    """
    marks = sorted(
        (
            Mark(e.text, e.start, e.type, e.value, resolved_display(e.value, e.mod), e.explanation)
            for e in expressions
            if 0 <= e.start < e.end <= len(body)
        ),
        key=lambda mark: mark.start,
    )
    mark_starts = [mark.start for mark in marks]
    reach = list(accumulate((mark.start + len(mark.text) for mark in marks), max))  # furthest end so far

    def inside_mark(offset: int) -> bool:
        """Does a mark start before ``offset`` and end after it?"""
        before = bisect_left(mark_starts, offset)
        return before > 0 and reach[before - 1] > offset

    wanted = sorted({offset for offset in anchors if 0 <= offset <= len(body)})

    # The pipeline's own sentences, so that anchors are the sentences the chronologies quote.
    sentence_begins = sorted(start for start, _ in (sentence_spans(body) if sentences is None else sentences))
    paragraphs = []
    pending = 0  # index into wanted of the first quoted offset not yet given a sentence
    for p_start, p_end in paragraph_spans(body):
        # Sentence starts and quoted offsets inside this paragraph, found by bisection so that a long article
        # costs the same per paragraph as a short one.
        starts = {
            p_start,
            *sentence_begins[bisect_right(sentence_begins, p_start) : bisect_left(sentence_begins, p_end)],
            *wanted[bisect_right(wanted, p_start) : bisect_left(wanted, p_end)],
        }
        starts = sorted(offset for offset in starts if not inside_mark(offset))
        paragraph = Paragraph()
        for index, s_start in enumerate(starts):
            s_next = starts[index + 1] if index + 1 < len(starts) else p_end
            text_end = s_start + len(body[s_start:s_next].rstrip())
            sentence = Sentence(s_start)
            while pending < len(wanted) and wanted[pending] <= s_start:  # in gaps or inside a mark: land here
                if wanted[pending] != s_start:
                    sentence.aliases.append(wanted[pending])
                pending += 1
            sentence.parts = _parts(body, s_start, text_end, marks, mark_starts)
            paragraph.sentences.append(sentence)
            sentence.gap = body[text_end:s_next] if s_next < p_end else ""
        paragraphs.append(paragraph)
    if pending < len(wanted) and paragraphs:  # offsets past the last sentence still need a target
        paragraphs[-1].sentences[-1].aliases.extend(wanted[pending:])
    return paragraphs


def _parts(body: str, start: int, end: int, marks: list[Mark], mark_starts: list[int]) -> list[str | Mark]:
    """The sentence ``body[start:end]`` as text and the marks that start inside it (sorted by start)."""
    parts: list[str | Mark] = []
    position = start
    for mark in marks[bisect_left(mark_starts, start) : bisect_left(mark_starts, end)]:
        if mark.start < position:
            continue  # overlapping a mark already placed
        if mark.start > position:
            parts.append(body[position : mark.start])
        parts.append(mark)
        position = mark.start + len(mark.text)
    if position < end:
        parts.append(body[position:end])
    return parts
