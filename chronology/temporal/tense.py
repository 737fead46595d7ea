"""The tense of the clause around an expression, from cheap word markers (no parser).

Which Monday "Monday" means depends on tense: news reports the past in the past tense ("the Taliban
announced on Monday"), and the future with a future marker ("will meet on Friday", "is due on Friday",
"is expected to vote Friday", "plans to leave Sunday"). The markers are data (``rules/tense.yaml``). A
sentence's words are read only when one of its expressions needs a tense, once; an expression takes the tense
of the nearest marker in its own sentence, so in "He said on Monday that talks will resume on Friday"
Monday is near "said" (past) and Friday near "will resume" (future). A sentence without any marker has no
tense (None); the resolver then reads weekdays as past (news mostly reports what has happened) and months
and dates as the occurrence nearest to publication.
"""

from __future__ import annotations

import re

from chronology.temporal.calendar_names import MONTH_NAMES, WEEKDAY_NAMES, names_pattern
from chronology.temporal.ruleset import RULES_DIR, load_rules_file


def _words(data: dict[str, object], key: str) -> list[str]:
    return [" ".join(str(word).lower().split()) for word in data[key]]  # type: ignore[union-attr]


# The verb that governs a time adverbial usually comes before it ("X was killed on Monday"); a marker after
# the expression counts as this many times further away.
AFTER_WEIGHT = 2
# Punctuation that ends a clause, followed by a space (not the comma inside "1,000").
_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)|\s[-\u2013\u2014]{1,2}\s")
# "and" or "but" right before a verb starts a clause of its own: "seized the town on Saturday and are
# expected to push on". Matched on the text between a date and the marker after it, so "and" between two
# nouns ("the president and the prime minister") breaks nothing.
_COORDINATED_VERB = re.compile(r"\s(?:and|but)\s+(?:(?:then|also|later|now|still)\s+)?$", re.IGNORECASE)
_DATA = load_rules_file(RULES_DIR / "tense.yaml")
# Phrase (lower-case words joined by a space) -> tense. Where phrases overlap the future wins ("is expected"
# is future, "is" present), then the past. Words are read with a hyphen as a space ("second-quarter" is two),
# so the phrases are too.
_PHRASES: dict[str, str] = {}
for _tense in ("present", "past", "timetable", "prospective", "future"):
    for _phrase in _words(_DATA, _tense):
        _PHRASES[" ".join(_phrase.replace("-", " ").split())] = _tense
# Two-word phrases whose first word is a preposition found in most sentences ("in effect", "in force", "of
# record") are looked up from their second word, which is rare, so that the preposition is no candidate.
_COMMON_FIRST = frozenset(("in", "of"))
_BY_SECOND: dict[str, tuple[str, str]] = {
    phrase.split()[1]: (phrase.split()[0], tense)
    for phrase, tense in _PHRASES.items()
    if phrase.split()[0] in _COMMON_FIRST and len(phrase.split()) == 2
}
# First word -> the lengths in words of the phrases it starts, longest first: only those are looked up.
_PHRASE_SIZES: dict[str, tuple[int, ...]] = {}
for _phrase in _PHRASES:
    if _phrase.split()[0] in _COMMON_FIRST:
        continue
    _first, _size = _phrase.split()[0], len(_phrase.split())
    _PHRASE_SIZES[_first] = tuple(sorted({*_PHRASE_SIZES.get(_first, ()), _size}, reverse=True))
_CARRY = frozenset(_words(_DATA, "future_carry"))
_NOT_VERB = frozenset(_words(_DATA, "prospective_not_before"))
_NOT_PAST = frozenset(_words(_DATA, "not_past"))
_NOT_PAST_AFTER = frozenset(_words(_DATA, "not_past_after"))
_NOT_PAST_PREFIX = tuple(_words(_DATA, "not_past_prefix"))
_PAST_DESPITE_PREFIX = frozenset(_words(_DATA, "past_despite_prefix"))
_ADJECTIVE_DETERMINERS = frozenset(_words(_DATA, "adjective_determiners"))
_ADJECTIVE_OPENERS = frozenset(_words(_DATA, "adjective_openers"))
_ADJECTIVE_OPENER_SUFFIX = str(_DATA["adjective_opener_suffix"])
_NOT_MARKER_CAPITALISED = frozenset(str(word) for word in _DATA["not_marker_capitalised"])  # type: ignore[union-attr]
_SUFFIX = str(_DATA["past_suffix"])
_SUFFIX_MIN = int(_DATA["past_suffix_min_length"])  # type: ignore[arg-type]
_ENDINGS = ("'ll", _SUFFIX)  # of the words that can be a marker without starting a phrase
# Words between "had" and a future marker in a past-perfect plan: "had been due to", "had been set to".
_PLAN_WORDS = frozenset(("been", "due", "to", "set", "scheduled", "supposed", "expected", "planned", "going"))
_TERM_VERBS = frozenset(_words(_DATA, "term_verbs"))
_PLAN_VERBS = frozenset(_words(_DATA, "plan_verbs"))
_PRESENT_ALIKE = frozenset(_words(_DATA, "present_alike_pasts"))
_INFINITIVE_AFTER = frozenset(_words(_DATA, "infinitive_after"))
_INFINITIVE_REACH = int(_DATA["infinitive_reach"])  # type: ignore[arg-type]
_FIXTURE_VERBS = frozenset(word.split()[0] for word in _words(_DATA, "fixture_verbs"))
_FIXTURE_PHRASES = frozenset(_words(_DATA, "fixture_verbs"))
_NOT_AN_OPPONENT = frozenset(_words(_DATA, "fixture_not_before"))
_HEADLINE_SUBJECT = 4  # words of a headline's subject before its "to" ("Bank of England to ...")
_NAME_JOINERS = frozenset(("of", "for", "and", "the", "de"))  # lower case inside a name: "Bank of England"
_PARTICIPLE_NEXT = frozenset(_words(_DATA, "participle_clause_next"))
_RELATIVE_PRONOUNS = frozenset(("which", "who", "that", "where", "when"))
_REPORTING_VERBS = frozenset(_words(_DATA, "reporting_verbs"))
# The words a marker can start with, besides the endings: phrases' first words and fixture verbs.
_STARTERS = frozenset(_PHRASE_SIZES) | _FIXTURE_VERBS | frozenset(_BY_SECOND)
# Spoken and quoted copy contracts its verbs ("they're in court Wednesday", "he's due on Friday").
_CONTRACTED_BE = {"re": "are", "m": "am"}
_S_IS_AFTER = frozenset(_words(_DATA, "contracted_is_after"))
_S_IS_BEFORE = frozenset(_words(_DATA, "contracted_is_before"))
_MEASURE_WORDS = frozenset(_words(_DATA, "measure_words"))
_ADVERBS_BETWEEN = frozenset(_words(_DATA, "adverbs_between"))
_NOUN_ADJECTIVES = frozenset(_words(_DATA, "noun_adjectives"))
_BE = re.compile(r"(?i)\bbe\b")
_PAST_NEGATIONS = frozenset(("wasn't", "weren't", "didn't", "hadn't", "couldn't"))  # themselves past
_CAUSATIVE_VERBS = frozenset(("get", "gets", "getting", "have"))
_PREPOSITIONS_OF_TIME = frozenset(("on", "in", "at", "by", "from", "until", "before", "after", "during", "within"))
_PLAN_REACH = int(_DATA["plan_reach"])  # type: ignore[arg-type]
_TERM_WINDOW = int(_DATA["term_window"])  # type: ignore[arg-type]


def _one_word_of(key: str) -> str:
    """A pattern for any one of the words ``tense.yaml`` lists under ``key``."""
    return "(?:" + "|".join(r"\s+".join(map(re.escape, word.split())) for word in _words(_DATA, key)) + ")"


def _ends_with_word_of(key: str) -> re.Pattern[str]:
    """Text that ends with one of the words ``tense.yaml`` lists under ``key``, then white space."""
    return re.compile(rf"(?i)\b{_one_word_of(key)}\s+$")


_TERM_PREPOSITION = _ends_with_word_of("term_prepositions")
# "is" or "are" right before a date gives an appointment: "the final is on Sunday", "the deadline is midnight
# Friday", "the meeting is at 10:30 a.m. Tuesday"; so does a contracted one before "on", "at" or "for": "the
# vote's on Thursday" (a possessive takes no "on": "the company's Thursday").
_APPOINTMENT = re.compile(r"(?i)(?:\b(?:is|are)\s+(?:(?:on|at|for)\s+)?|\w['\u2019](?:s|re)\s+(?:on|at|for)\s+)$")
# A start put first in its sentence: "Starting Monday, masks are required", "From Monday, shops can open".
_FRONTED_START = re.compile(rf"(?i)[\"'\u201c`(]*{_one_word_of('fronted_start_words')}\s+(?:on\s+)?")
_PRESENT_LIMIT = _ends_with_word_of("present_limit_prepositions")
# The end of a span "from ... to" is a limit as "until" is: "a warning valid from 6pm Saturday to midday Sunday".
_FROM_TO = re.compile(r"(?i)\bfrom\s+[^,;]{1,40}?\s+to\s+$")
_AHEAD_OF = re.compile(rf"(?i)\b{_one_word_of('ahead_of_words')}\s+(?:the\s+)?$")  # "ahead of (the) Friday('s)"
_SINCE = re.compile(r"(?i)\bsince\s+$")
# A weather record names a time gone, whatever the verb: "a hosepipe ban comes into force after the driest spring in
# 50 years".
_WEATHER_RECORD = re.compile(rf"(?i)\b(?:the|its|a)\s+{_one_word_of('weather_superlatives')}\s+$")
_ACTED_ON = re.compile(r"(?i)\s+(?:in|on)\s+")  # "charged in January", "left on Jan. 31"
_BY_AFTER_MARKER = re.compile(r"(?i)\s+(?:by|before)\s+")  # "placed by Sunday", "received before Friday"
_RELATIVE_BEFORE = re.compile(r"(?i)\b(?:who|which|that)\s+$")  # a marker that opens a relative clause
# A month or a weekday listed after others ("cut rates in September, October and December", "hit on Monday,
# Tuesday and Wednesday"): the list's first item, and the end of the list before this one.
_NAME = names_pattern(MONTH_NAMES, WEEKDAY_NAMES)
_LISTED_AFTER = re.compile(rf"(?i)\b({_NAME})(?:\s*,\s*{_NAME})*(?:\s*,\s*|,?\s+(?:and|or)\s+)$")
_LIST_REACH = 80  # characters before an item searched for the items before it
# A clause that opens with a word of condition or time: "Unless a deal is reached by Sunday".
_CONDITIONAL_START = re.compile(rf"(?i)[\s\"'\u201c`(]*{_one_word_of('conditional_starts')}\b")
# A sentence that opens with a condition: "If elected in November, she has promised to scrap the tax" (not
# "After", "When", "Before", which open clauses of time as often as of condition).
_CONDITION_FIRST = re.compile(r"(?i)[\s\"'\u201c`(]*(?:if|unless|once|as\s+soon\s+as)\b")
# A condition inside a clause, before a word of its own: "will be paid if they are on the register on Friday"
# ("when" and "before" are also relative or prepositions: "the day when", "before Friday's vote").
_CONDITION_INSIDE = re.compile(r"(?i)\b(?:if|unless|once|whenever|as\s+soon\s+as)\s+\w")
# A past form before a preposition is a participle whose phrase holds the date, before the main verb: "the
# lock-up imposed at the flotation in July will expire in January" ...
_PARTICIPLE_PHRASE = re.compile(r"(?i)\s+(?:at|in|on|during|after|from|of|for|with|under|across|near|within)\b")
# ... unless the date is a limit on it: "Cars left on snow routes after 6 p.m. Monday will be towed".
_LIMIT_BEFORE = re.compile(r"(?i)\b(?:by|before|after|until|till)\s+$")
_WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*|'[A-Za-z0-9]+")
# A byte table that keeps ASCII letters, digits and the apostrophe and makes every other byte a space. Digits
# stay in their word, so the "am" of "9am" is no verb.
_TO_SPACE = bytes(code if (chr(code).isalnum() and code < 128) or chr(code) == "'" else 32 for code in range(256))
# Markers that take their verb group along and that a past perfect overtakes ("had been due to").
_LOOKING_AHEAD = frozenset(("future", "timetable", "prospective", "headline"))


def _words_in(text: str, start: int, end: int) -> list[str]:
    """The words ``_WORD`` finds in ``text[start:end]``, found with string methods: the regex engine would
    take ten times as long. Runs of letters, digits and apostrophes; only a run with an apostrophe needs the pattern
    ("dogs'" is the word "dogs")."""
    sentence = text[start:end]
    runs = sentence.encode("ascii", "replace").translate(_TO_SPACE).decode("ascii").split()
    if "'" not in sentence:
        return runs
    return [word for run in runs for word in (_WORD.findall(run) if "'" in run else (run,))]


def _word_starts(text: str, start: int, words: list[str]) -> list[int]:
    """Where each of ``words`` (in order, from ``start``) begins: a word is the first occurrence of itself
    after the word before, as the text between two words holds nothing that could start one."""
    starts = []
    for word in words:
        start = text.find(word, start)
        starts.append(start)
        start += len(word)
    return starts


def markers(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, tense) of the tense markers in ``text[start:end]``, in order.

    Words are read one by one (a plain word pattern is far cheaper than one pattern of all markers): a
    phrase from ``tense.yaml`` at a word, else a regular past ("-ed") unless capitalised ("United"), listed
    ("hundred"), un-prefixed ("unspecified"); a past form after a determiner or auxiliary is a participle,
    not a past tense ("the preferred shares", "can be exercised", "the case is heard"), and so is one after a
    determiner and an ordinal or -ly adverb ("the first crewed flight"). A future marker
    takes its verb group along ("will not be held"); after "had" it is a plan overtaken, so past ("had
    been due to expire Friday").
    """
    words = _words_in(text, start, end)
    if not words:
        return []
    # Words are ASCII letters and apostrophes, so lowering them joined is lowering each, at C speed.
    joined = " ".join(words).lower()
    lowered = joined.split(" ")
    if "'" in joined:
        lowered = _uncontracted(lowered, joined)
    causative = not _CAUSATIVE_VERBS.isdisjoint(lowered)  # "get"/"have" somewhere: worth asking _causative
    starts: list[int] = []  # where the words begin, found once a marker needs them
    found: list[tuple[int, int, str]] = []
    index, count = 0, len(words)
    # Only a word that starts a phrase or ends like a past or "'ll" can start a marker: go from one to the next.
    for candidate in [at for at, word in enumerate(lowered) if word in _STARTERS or word.endswith(_ENDINGS)]:
        if candidate < index:
            continue  # inside the marker found before
        after_marker, index = index, candidate
        word = lowered[index]
        tense: str | None = None
        length = 1
        if word in ("is", "are") and index + 2 < count and lowered[index + 1] in _ADVERBS_BETWEEN:
            # "the launch is now set for Saturday", "is still due on Friday": the phrase without its adverb.
            for size in _PHRASE_SIZES[word]:
                phrase = " ".join([word, *lowered[index + 2 : index + size + 1]])
                if size > 1 and index + size < count and _PHRASES.get(phrase) in _LOOKING_AHEAD:
                    tense, length = _PHRASES[phrase], size + 1
                    break
        if tense is None and word in _PHRASE_SIZES and words[index] not in _NOT_MARKER_CAPITALISED:
            for size in _PHRASE_SIZES[word]:
                if index + size <= count:
                    tense = _PHRASES.get(" ".join(lowered[index : index + size]) if size > 1 else word)
                    if tense == "past" and size == 1 and _no_past_verb(lowered, index, causative):
                        tense = None  # a participle, a noun or an adjective: "the case is heard", "a first cut"
                    if tense == "past" and size == 1 and word in _PRESENT_ALIKE and _after_a_measure(lowered, index):
                        tense = None  # a noun: "a quarter-point cut by December", "a 10% cut"
                    if tense == "past" and size == 1 and word in _PRESENT_ALIKE and _after_a_modal(lowered, index):
                        tense = None  # an infinitive: "Will the bank cut rates", "did not cut"
                    if tense == "timetable" and _after_a_determiner(lowered, index):
                        tense = None  # a noun: "published their report on Thursday", "the open day on Saturday"
                    if tense == "timetable" and _timetable_infinitive(words, lowered, index):
                        tense = None  # an infinitive: "did not meet on Monday", "let the offensive begin"
                    if tense == "prospective" and (index + size >= count or lowered[index + size] in _NOT_VERB):
                        # "agreed to merge" looks ahead; "agreed to the truce" is a preposition: try the
                        # shorter phrase, then the plain past ("agreed").
                        tense = None
                    if tense:
                        length = size
                        break
        if word in _BY_SECOND and index > after_marker and lowered[index - 1] == _BY_SECOND[word][0]:
            tense = _BY_SECOND[word][1]  # "in effect", "in force", "of record" (not in "will be in force")
        if word in ("to", "set") and (headline := _headline_plan(words, lowered, index)):
            tense, length = "headline", headline  # a headline's plan: "Fed to announce", "Talks set for Thursday"
        if tense is None and word in _FIXTURE_VERBS and (fixture := _fixture_length(words, lowered, index)):
            tense, length = "timetable", fixture
        if tense is None and word == "to" and _plan_before(lowered, index):
            tense = "prospective"  # "pledged on Monday to cut": the "to" of a plan further back
        if tense is None:
            if word.endswith("'ll"):
                tense = "future"
            elif (
                word.endswith(_SUFFIX)
                and len(word) >= _SUFFIX_MIN
                and (words[index][0].islower() or (index == 0 and _opens_a_participle_clause(lowered)))
                and word not in _NOT_PAST
                and (not word.startswith(_NOT_PAST_PREFIX) or word in _PAST_DESPITE_PREFIX)
                and not _no_past_verb(lowered, index, causative)
            ):
                tense = "past"
            else:
                continue
        if not starts:
            starts = _word_starts(text, start, words)
        if (
            tense == "past"
            and length == 1
            and index + 1 < count
            and lowered[index + 1] == "by"
            and text.endswith(", ", start, starts[index])
        ):
            continue  # a participle opening a clause: "reports on Wednesday, followed by Apple on Thursday"
        if (
            tense == "past"
            and length == 1
            and found
            and found[-1][2] == "future"
            and index >= 2
            and lowered[index - 2] == "and"
            and index + 1 < count
            and lowered[index + 1] in _PREPOSITIONS_OF_TIME
            and _BE.search(text, found[-1][0], found[-1][1])
        ):
            # A passive future shared by a second clause that leaves it out: "will be held on 5 February, and
            # votes counted on 8 February" (not "and police arrested two men on Monday").
            tense = "future"
        begin = starts[index]
        # A plan in the past perfect was overtaken by events: "had been due to expire Friday" is past.
        back = index - 1
        while back >= 0 and lowered[back] in _PLAN_WORDS:
            back -= 1
        overtaken = back >= 0 and lowered[back] == "had" and not _REPORTING_VERBS.intersection(lowered[:back])
        index += length
        if tense in _LOOKING_AHEAD:
            while index < count and lowered[index] in _CARRY:
                index += 1
            if index < count:
                index += 1
            if overtaken:
                tense = "past"
        found.append((begin, starts[index - 1] + len(words[index - 1]), tense))
    # A headline has no finite verb: with another marker ("Tributes to victims on Sunday were moving") the
    # capitalised words were a sentence's subject, and its "to" a preposition.
    if len(found) > 1:
        return [marker for marker in found if marker[2] != "headline"]
    return [(begin, end, "future" if tense == "headline" else tense) for begin, end, tense in found]


def _uncontracted(lowered: list[str], joined: str) -> list[str]:
    """``lowered`` (``joined`` by spaces) with contracted verbs written out, as the markers spell them: "they're"
    is "are", "he's due" "is due", "he's been" "has been"; "'s" after a noun only before a word that follows the
    verb and not a possessive ("the vote's on Thursday", not "the vote's outcome")."""
    out = list(lowered)
    # Only the words with an apostrophe, found in the joined text (a word's index is the spaces before it).
    apostrophe_at = joined.find("'")
    while apostrophe_at != -1:
        index = joined.count(" ", 0, apostrophe_at)
        next_word = joined.find(" ", apostrophe_at)
        apostrophe_at = -1 if next_word == -1 else joined.find("'", next_word)
        base, apostrophe, tail = lowered[index].rpartition("'")
        if not apostrophe or not base:
            continue
        if tail in _CONTRACTED_BE:
            out[index] = _CONTRACTED_BE[tail]
        elif tail == "s":
            after = lowered[index + 1] if index + 1 < len(lowered) else ""
            if base in _S_IS_AFTER or after in _S_IS_BEFORE:
                out[index] = "has" if after in ("been", "got") else "is"
    return out


def _no_past_verb(lowered: list[str], index: int, causative: bool) -> bool:
    """Whether a past form at ``index`` (listed or in -ed) is no past tense: a participle after an auxiliary
    ("the case is heard", "the talks to be held"), what is to be had done ("want to have a deal done by
    Friday"; only asked when ``causative``, "get" or "have" being in the sentence), or a noun or an adjective
    ("a first cut by July", "the first set")."""
    return (
        _after_auxiliary(lowered, index)
        or (causative and _causative(lowered, index))
        or _after_adjective_opener(lowered, index)
    )


def _after_a_determiner(lowered: list[str], index: int) -> bool:
    """Whether the word at ``index`` follows a determiner, maybe with an adjective of a report between ("their
    report", "its annual report", "the open day"): a noun or an adjective, no verb."""
    if index and lowered[index - 1] in _ADJECTIVE_DETERMINERS:
        return True
    return index > 1 and lowered[index - 1] in _NOUN_ADJECTIVES and lowered[index - 2] in _ADJECTIVE_DETERMINERS


def _after_a_measure(lowered: list[str], index: int) -> bool:
    """Whether the word at ``index`` follows a number or a word of measure ("a 10% cut", "a quarter-point cut")."""
    return index > 0 and (lowered[index - 1].isdigit() or lowered[index - 1] in _MEASURE_WORDS)


def _causative(lowered: list[str], index: int) -> bool:
    """Whether the past form at ``index`` is the participle of "get" or "have" with an object between ("get the
    bill passed by Friday", "to have a deal done"): a result wanted, not a past act. "have" only after "to"
    or a modal, so "the talks have ended" stays a perfect."""
    for back in range(index - 2, max(-1, index - 5), -1):
        word = lowered[back]
        if word in ("get", "gets", "getting") or (word == "have" and back and lowered[back - 1] in _INFINITIVE_AFTER):
            return True
    return False


def _after_auxiliary(lowered: list[str], index: int) -> bool:
    """Whether the word at ``index`` follows a determiner or an auxiliary (a participle or an adjective: "the
    preferred shares", "is heard", "isn't found"), maybe with an -ly adverb, "not" or another adverb between
    ("are normally made", "the newly built", "is not found by Friday", "is still held")."""
    if not index:
        return False
    before = lowered[index - 1]
    if before in _NOT_PAST_AFTER or (before.endswith("n't") and before not in _PAST_NEGATIONS):
        return True
    return (
        index >= 2
        and (before.endswith("ly") or before in _ADVERBS_BETWEEN or before in ("not", "never", "yet", "just"))
        and lowered[index - 2] in _NOT_PAST_AFTER
    )


def _headline_plan(words: list[str], lowered: list[str], index: int) -> int:
    """The length in words of a headline's plan at ``index`` ("Fed to announce", "Talks set for"): "to" and a
    verb, or "set for"/"set to", right after a subject of capitalised words that opens the sentence; else 0."""
    if not 1 <= index <= _HEADLINE_SUBJECT or index + 1 >= len(words):
        return 0
    subject = words[:index]
    if not subject[-1][0].isupper() or not all(
        word[0].isupper() or (position and word in _NAME_JOINERS) for position, word in enumerate(subject)
    ):
        return 0
    after = lowered[index + 1]
    if lowered[index] == "set":
        return 2 if after in ("for", "to") else 0
    # A verb in lower case, or in a headline written in title case ("Rail Unions to Strike Saturday").
    title_case = all(word[0].isupper() for word in words if len(word) > 3)
    return 2 if (words[index + 1][0].islower() or title_case) and after not in _NOT_VERB else 0


def _opens_a_participle_clause(lowered: list[str]) -> bool:
    """Whether a capitalised "-ed" word that opens its sentence is a participle ("Launched on Monday, the probe
    will ..."), not a name ("United said"): a preposition or a word of time follows it."""
    return len(lowered) > 1 and lowered[1] in _PARTICIPLE_NEXT


def _fixture_length(words: list[str], lowered: list[str], index: int) -> int:
    """The length in words of a fixture verb at ``index`` ("face", "takes on") when a capitalised name
    follows it ("City face United"), else 0."""
    for size in (2, 1):
        if " ".join(lowered[index : index + size]) in _FIXTURE_PHRASES and index + size < len(words):
            after = words[index + size]
            if after[0].isupper() and lowered[index + size].split("'")[0] not in _NOT_AN_OPPONENT:
                return size
    return 0


def _after_a_modal(lowered: list[str], index: int) -> bool:
    """Whether a modal, "did" or "to" stands a few words before ``index`` ("Will the bank cut")."""
    return any(word in _INFINITIVE_AFTER for word in lowered[max(0, index - _INFINITIVE_REACH) : index])


def _timetable_infinitive(words: list[str], lowered: list[str], index: int) -> bool:
    """Whether a timetable verb at ``index`` is an infinitive: right after "to", or a few words after a modal,
    "did" or "let" in its own clause ("did the leaders meet", but not "turn to the Fed, which meets", nor after
    the month "May")."""
    if index and lowered[index - 1] == "to":
        return True
    for back in range(index - 1, max(-1, index - 1 - _INFINITIVE_REACH), -1):
        word = lowered[back]
        if word in _RELATIVE_PRONOUNS:
            return False
        if word in _INFINITIVE_AFTER and word != "to" and words[back] not in _NOT_MARKER_CAPITALISED:
            return True
    return False


def _plan_before(lowered: list[str], index: int) -> bool:
    """Whether the "to" at ``index`` starts a verb planned by a plan verb a few words back ("pledged on Monday
    to cut"); right after the verb, the phrases of tense.yaml have read it already."""
    if index + 1 >= len(lowered) or lowered[index + 1] in _NOT_VERB:
        return False
    return any(word in _PLAN_VERBS for word in lowered[max(0, index - 1 - _PLAN_REACH) : index - 1])


def _after_adjective_opener(lowered: list[str], index: int) -> bool:
    """Whether the word at ``index`` follows a determiner and an ordinal or an -ly adverb ("the first crewed")."""
    if index < 2 or lowered[index - 2] not in _ADJECTIVE_DETERMINERS:
        return False
    opener = lowered[index - 1]
    return opener in _ADJECTIVE_OPENERS or opener.endswith(_ADJECTIVE_OPENER_SUFFIX)


def after_since(text: str, start: int, floor: int = 0) -> bool:
    """Whether the expression at ``start`` follows "since" (not before ``floor``): a starting point, "prices have
    fallen since July"."""
    return _SINCE.search(text, max(floor, start - 8), start) is not None


class TenseMap:
    """Tense markers of one text, read per sentence on first need."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._by_sentence: dict[tuple[int, int], list[tuple[int, int, str]]] = {}

    def tense_at(self, start: int, end: int, sentence: tuple[int, int]) -> str | None:
        """Tense of the marker nearest to [start, end) inside ``sentence``; ties go to the one before.

        A timetable verb ("meet", "reconvenes") is the future, except for a possessive expression
        ("Saturday's shooting"): that names an event of its own, which the verb does not date. A plan
        reported in the past ("planned to", "agreed to") is the future for a date after it, the past before.
        A date that ends a term granted ("has given them until Friday") is the future. When the nearest
        marker lies across a clause break and the date has a marker before it in its own clause, that one
        decides; "and" or "but" before a verb is such a break ("seized it on Saturday and are expected to").
        A present state "until" a day lasts to a day to come ("is closed until Monday"), "is" before a date
        gives an appointment ("the final is on Sunday"), and a start put first looks ahead unless told in the
        past ("Starting Monday, masks are required"); so does a clause of condition or time in the present
        ("Unless a deal is reached by Sunday", "Until the governor returns on Monday"). A date after "since" is
        a starting point that has been, whatever the verb: its tense is "since", a past without exceptions.
        """
        possessive = self.text.startswith(("'s", "\u2019s"), end)
        if self.text.endswith((", ", " and ", " or "), sentence[0], start):
            listed = _LISTED_AFTER.search(self.text, max(sentence[0], start - _LIST_REACH), start)
            if listed is not None:  # the tense of the list's first item decides them all
                return self.tense_at(listed.start(1), listed.end(1), sentence)
        if after_since(self.text, start, sentence[0]):
            return "since"  # a starting point has been, whatever the verb: "prices have fallen since July"
        record_from = max(sentence[0], start - 24)
        if "est " in self.text[record_from:start] and _WEATHER_RECORD.search(self.text, record_from, start):
            return "record"  # "after the driest spring in 50 years": only a time gone holds a record
        if not possessive and self._term_end(start, sentence):
            return "future"
        if _AHEAD_OF.search(self.text, max(sentence[0], start - 24), start):
            return "future"  # "rallied ahead of Tuesday's vote": what is ahead of an act is still to come
        found = self._by_sentence.get(sentence)
        if found is None:
            found = self._by_sentence[sentence] = markers(self.text, *sentence)
        best: tuple[int, str, int] | None = None  # distance, tense, marker start
        # The nearest marker before the expression: distance, tense, end, start.
        before: tuple[int, str, int, int] | None = None
        for marker_start, marker_end, tense in found:
            if start <= marker_start < end:
                continue  # a word inside the expression itself says nothing of the clause
            if tense == "timetable":
                if possessive:
                    continue
                tense = "future"
            elif tense == "prospective":
                # What was planned comes after the plan, and its date after the plan's verb ("planned to
                # leave on Thursday"); a day before the verb dates the planning, in the past.
                tense = "future" if marker_start < start else "past"
            if marker_start < start:
                distance = max(start - marker_end, 0)
                if before is None or distance < before[0]:
                    before = (distance, tense, marker_end, marker_start)
            else:
                distance = AFTER_WEIGHT * (marker_start - end + 1)
            if best is None or distance < best[0]:
                best = (distance, tense, marker_start)
        # A rule told in the present (or with no tense) from a day put first starts on a day to come; told in
        # the past, it started on one gone.
        fronted_start = _FRONTED_START.fullmatch(
            self.text, sentence[0], start
        ) is not None or self._heads_an_agenda_line(start, end, sentence)
        if best is None:
            return "future" if fronted_start or self._in_conditional_clause(start, sentence) else None
        tense = best[1]
        # A verb after a comma, or after "and" ("seized it on Saturday and are expected to..."), belongs to the
        # next clause when the date has a verb of its own before it: "the leader, who returned from exile on
        # Sunday, will address supporters" (Sunday is past). A day put first ("On Sunday, the leader will
        # speak") has no verb before it and keeps the one after.
        # So does a relative clause's own verb: "Pupils who sat exams in May will get their results" (May is past).
        if (
            best[2] > start
            and before is not None
            and (
                _CLAUSE_BREAK.search(self.text, end, best[2])
                or _COORDINATED_VERB.search(self.text, end, best[2])
                or _RELATIVE_BEFORE.search(self.text, max(sentence[0], before[3] - 8), before[3])
                or (
                    before[1] == "past"
                    and _PARTICIPLE_PHRASE.match(self.text, before[2])
                    and not _LIMIT_BEFORE.search(self.text, max(sentence[0], start - 8), start)
                )
            )
            and not _CLAUSE_BREAK.search(self.text, before[2], start)
        ):
            tense = before[1]
        elif (
            best[2] > start
            and before is None
            and _CLAUSE_BREAK.search(self.text, end, best[2])
            and _CONDITION_FIRST.match(self.text, sentence[0], start)
        ):
            tense = "future"  # a condition put first, its verb left out: "If elected in November, she has ..."
        if (
            tense == "past"
            and not possessive
            and before is not None
            and best[2] == before[3]
            and _BY_AFTER_MARKER.fullmatch(self.text, before[2], start)
            and self._future_in_clause_after(found, end)
        ):
            # A deadline on what a participle names, told by the verb after it: "Orders placed by Sunday will
            # arrive before Christmas" ("placed" is no past act; "Damage caused by Sunday's storm" is).
            tense = "future"
        if (
            tense == "past"
            and before is not None
            and best[2] == before[3]
            and " " not in self.text[before[3] : before[2]]
            and _ACTED_ON.fullmatch(self.text, before[2], start)
            and not any(marker[2] in _LOOKING_AHEAD for marker in found if marker[0] < before[3])
        ):
            # The past verb's own date ("charged in January", "left on Jan. 31"): a past act, never an
            # arrangement for a day to come (see occurrences.nearest); not a participle after a verb that looks
            # ahead ("will keep their stores closed on Thanksgiving").
            return "acted"
        if fronted_start and tense != "past":
            return "future"
        if tense == "present":
            if self._in_conditional_clause(start, sentence):
                return "future"  # "Unless a deal is reached by Sunday", "Until the governor returns on Monday"
            just_before = max(sentence[0], start - 12)
            if _PRESENT_LIMIT.search(self.text, just_before, start) or (
                self.text.endswith(" to ", sentence[0], start)
                and _FROM_TO.search(self.text, max(sentence[0], start - 60), start)
            ):
                return "future"  # a state told in the present lasts until a day to come: "is closed until Monday"
            if not possessive and _APPOINTMENT.search(self.text, just_before, start):
                return "future"  # an appointment: "the final is on Sunday" (but "the cause is Monday's ruling")
        return tense

    def _heads_an_agenda_line(self, start: int, end: int, sentence: tuple[int, int]) -> bool:
        """Whether the expression heads its line before a colon, as a diary of the week ahead writes it
        ("Thursday: The Bank of England sets interest rates at noon."): a day put first, as "Starting Monday"."""
        if not self.text.startswith(":", end):
            return False
        line_start = max(sentence[0], self.text.rfind("\n", 0, start) + 1)
        return not self.text[line_start:start].strip(" \t-*\u2022")

    def _future_in_clause_after(self, found: list[tuple[int, int, str]], end: int) -> bool:
        """Whether the first marker after ``end`` is a future one in the same clause ("... will arrive")."""
        for marker_start, _, tense in found:
            if marker_start >= end:
                return tense == "future" and not _CLAUSE_BREAK.search(self.text, end, marker_start)
        return False

    def _in_conditional_clause(self, start: int, sentence: tuple[int, int]) -> bool:
        """Whether the expression at ``start`` is in a clause that opens with a word of condition or time
        ("Unless a deal is reached by Sunday,"), or follows a word of condition within its clause ("will be paid
        if they are on the register on Friday"): the clause runs from the last clause break before it."""
        clause_start = sentence[0]
        for brk in _CLAUSE_BREAK.finditer(self.text, sentence[0], start):
            clause_start = brk.end()
        return (
            _CONDITIONAL_START.match(self.text, clause_start, start) is not None
            or _CONDITION_INSIDE.search(self.text, clause_start, start) is not None
        )

    def _term_end(self, start: int, sentence: tuple[int, int]) -> bool:
        """Whether the expression at ``start`` ends a term granted or extended: "has given them until Friday".

        Engine code rather than a marker, because what makes the future here is a preposition right before
        the expression together with a verb further back ("extended the credit line through March"), while
        the nearest marker would be that verb's past form.
        """
        preposition = _TERM_PREPOSITION.search(self.text, max(sentence[0], start - 12), start)
        if preposition is None:
            return False
        words = [match.group().lower() for match in _WORD.finditer(self.text, sentence[0], preposition.start())]
        for back in range(len(words) - 1, max(len(words) - 1 - _TERM_WINDOW, -1), -1):
            one, two = words[back], " ".join(words[back - 1 : back + 1]) if back else ""
            if one in _TERM_VERBS or two in _TERM_VERBS:
                first = back - 1 if two in _TERM_VERBS else back
                while first and words[first - 1] in ("been", "already", "also", "just"):
                    first -= 1
                # "had (been) extended": overtaken, unless a speaker's "has been extended" put back a tense
                return not (first and words[first - 1] == "had" and not _REPORTING_VERBS.intersection(words))
        return False
