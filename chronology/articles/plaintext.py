"""Markdown article bodies to plain text: what the tagger reads and the article page shows.

Expression and sentence offsets count in this text, so it must be the one text every later stage sees. Only
Markdown's own syntax goes (emphasis marks, link targets, heading hashes); HTML stays as the literal text it is,
and the site escapes it.
"""

from __future__ import annotations

import re

# (strings the syntax cannot do without, pattern, replacement): a rule runs only on text holding one of its
# strings, since most news has no Markdown at all and scanning every pattern over every text was the cost.
_RULES = [
    (("![",), re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: keep the alt text
    (("](",), re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links: keep the words
    (("#",), re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE), r"\1"),  # ATX headings
    ((">",), re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),  # block quotes
    (("**", "__"), re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (("*",), re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis with *
    (("_",), re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),  # emphasis with _
    (("`",), re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
    (("\n\n\n",), re.compile(r"\n{3,}"), "\n\n"),
]


def markdown_to_text(markdown: str) -> str:
    text = markdown
    for needs, pattern, replacement in _RULES:
        if any(needed in text for needed in needs):
            text = pattern.sub(replacement, text)
    return text.strip("\n")
