"""Whether a position stands in a line written in title case: a headline ("Resident Doctors Strike Today in
England"), where every longer word is capitalised, so a capital says nothing of a name.

Some name rules read a capitalised word of time as part of a title ("Apocalypse Now", "India Today", "Three
Weeks" of a film): in running text, where such words are written in lower case, a capital marks the name. In a
headline in title case every word has one, and the word is the time it names.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_LONG = 4  # words this long or longer are capitalised in title case ("to", "by", "in", "for" are not)
_WORDS = 3  # long words a line needs to tell its case


def in_title_case_line(text: str, position: int) -> bool:
    """Whether the line around ``position`` is written in title case: at least three words of four letters or
    more, all capitalised (or holding a capital, as brands write "iPhone"), and no full stop at its end (a
    sentence on a line of its own is no headline)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : len(text) if end == -1 else end].rstrip()
    if line.endswith("."):
        return False
    long_words = [word for word in _WORD.findall(line) if len(word) >= _LONG]
    return len(long_words) >= _WORDS and all(not word.islower() for word in long_words)
