"""Tense markers: the words of a sentence that tell its tense, read one by one (no parser).

A phrase of ``rules/tense.yaml`` ("will", "is expected to", "meets", "planned to") or a regular past in "-ed"
marks a tense, unless the words around it make it something else: a participle after an auxiliary ("the case
is heard"), a noun after a determiner ("their report on Thursday"), an infinitive after a modal ("did not
meet"). ``tense.TenseMap`` decides from these markers which one governs an expression.
"""

from __future__ import annotations

import re

from chronology.temporal.headline_plans import headline_plan, sentence_case_plan
from chronology.temporal.tense_words import LOOKING_AHEAD, PHRASES, REPORTING_VERBS, TENSE_DATA, WORD, number, words

# Two-word phrases whose first word is a preposition found in most sentences ("in effect", "in force", "of
# record") are looked up from their second word, which is rare, so that the preposition is no candidate.
_COMMON_FIRST = frozenset(("in", "of"))
_BY_SECOND: dict[str, tuple[str, str]] = {
    phrase.split()[1]: (phrase.split()[0], tense)
    for phrase, tense in PHRASES.items()
    if phrase.split()[0] in _COMMON_FIRST and len(phrase.split()) == 2
}
# First word -> the lengths in words of the phrases it starts, longest first: only those are looked up.
_PHRASE_SIZES: dict[str, tuple[int, ...]] = {}
for _phrase in PHRASES:
    if _phrase.split()[0] in _COMMON_FIRST:
        continue
    _first, _size = _phrase.split()[0], len(_phrase.split())
    _PHRASE_SIZES[_first] = tuple(sorted({*_PHRASE_SIZES.get(_first, ()), _size}, reverse=True))
_CARRY = frozenset(words("future_carry"))
_NOT_VERB = frozenset(words("prospective_not_before"))
_NOT_PAST = frozenset(words("not_past"))
_NOT_PAST_AFTER = frozenset(words("not_past_after"))
_NOT_PAST_PREFIX = tuple(words("not_past_prefix"))
_PAST_DESPITE_PREFIX = frozenset(words("past_despite_prefix"))
_ADJECTIVE_DETERMINERS = frozenset(words("adjective_determiners"))
_ADJECTIVE_OPENERS = frozenset(words("adjective_openers"))
_ADJECTIVE_OPENER_SUFFIX = str(TENSE_DATA["adjective_opener_suffix"])
_NOT_MARKER_CAPITALISED = frozenset(str(word) for word in TENSE_DATA["not_marker_capitalised"])  # type: ignore[union-attr]
_SUFFIX = str(TENSE_DATA["past_suffix"])
_SUFFIX_MIN = number("past_suffix_min_length")
_ENDINGS = ("'ll", _SUFFIX)  # of the words that can be a marker without starting a phrase
_PLAN_WORDS = frozenset(words("plan_perfect_words"))
_PLAN_VERBS = frozenset(words("plan_verbs"))
_PRESENT_ALIKE = frozenset(words("present_alike_pasts"))
_INFINITIVE_AFTER = frozenset(words("infinitive_after"))
_INFINITIVE_REACH = number("infinitive_reach")
_FIXTURE_VERBS = frozenset(word.split()[0] for word in words("fixture_verbs"))
_FIXTURE_PHRASES = frozenset(words("fixture_verbs"))
_NOT_AN_OPPONENT = frozenset(words("fixture_not_before"))
_PARTICIPLE_NEXT = frozenset(words("participle_clause_next"))
_RELATIVE_PRONOUNS = frozenset(words("relative_pronouns"))
# The words a marker can start with, besides the endings: phrases' first words and fixture verbs.
_RESULTS_VERBS = frozenset(words("results_verbs"))
_RESULTS_NOUNS = frozenset(words("results_nouns"))
_RESULTS_REACH = number("results_reach")
_STARTERS = frozenset(_PHRASE_SIZES) | _FIXTURE_VERBS | frozenset(_BY_SECOND) | _RESULTS_VERBS
# Spoken and quoted copy contracts its verbs ("they're in court Wednesday", "he's due on Friday").
_CONTRACTED_BE = {"re": "are", "m": "am"}
_S_IS_AFTER = frozenset(words("contracted_is_after"))
_S_IS_BEFORE = frozenset(words("contracted_is_before"))
_MEASURE_WORDS = frozenset(words("measure_words"))
_ADVERBS_BETWEEN = frozenset(words("adverbs_between"))
_NOUN_ADJECTIVES = frozenset(words("noun_adjectives"))
_BE = re.compile(r"(?i)\bbe\b")
_PAST_NEGATIONS = frozenset(words("past_negations"))
_CAUSATIVE_VERBS = frozenset(words("causative_verbs"))
_SHARED_FUTURE_PREPOSITIONS = frozenset(words("shared_future_prepositions"))
_PLAN_REACH = number("plan_reach")
_NOT_BEFORE_A_NOUN = frozenset(words("adjective_not_before"))
_NUMBER_WORDS = frozenset(words("count_words"))
_PLURAL_NOUN_ALIKE = frozenset(words("plural_noun_alike"))
_HOPE_VERBS = frozenset(words("hope_verbs"))
# A byte table that keeps ASCII letters, digits and the apostrophe and makes every other byte a space. Digits
# stay in their word, so the "am" of "9am" is no verb.
_TO_SPACE = bytes(code if (chr(code).isalnum() and code < 128) or chr(code) == "'" else 32 for code in range(256))


def _words_in(text: str, start: int, end: int) -> list[str]:
    """The words ``WORD`` finds in ``text[start:end]``, found with string methods: the regex engine would
    take ten times as long. Runs of letters, digits and apostrophes; only a run with an apostrophe needs the pattern
    ("dogs'" is the word "dogs")."""
    sentence = text[start:end]
    runs = sentence.encode("ascii", "replace").translate(_TO_SPACE).decode("ascii").split()
    if "'" not in sentence:
        return runs
    return [word for run in runs for word in (WORD.findall(run) if "'" in run else (run,))]


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
    """(start, end, tense) of the tense markers in ``text[start:end]``, in order (see ``_markers``)."""
    if text.find("\u2019", start, end) == -1:
        return _markers(text, start, end)
    # Web copy writes contractions with a curly apostrophe ("they\u2019re", "won\u2019t"): read as straight
    # ones, which are as long, so the offsets hold.
    straight = text[start:end].replace("\u2019", "'")
    return [(begin + start, finish + start, tense) for begin, finish, tense in _markers(straight, 0, len(straight))]


def _markers(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
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
    causative = not _CAUSATIVE_VERBS.isdisjoint(lowered)  # a causative verb somewhere: worth asking _causative
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
                if size > 1 and index + size < count and PHRASES.get(phrase) in LOOKING_AHEAD:
                    tense, length = PHRASES[phrase], size + 1
                    break
        if tense is None and word in _PHRASE_SIZES and words[index] not in _NOT_MARKER_CAPITALISED:
            for size in _PHRASE_SIZES[word]:
                if index + size <= count:
                    tense = PHRASES.get(" ".join(lowered[index : index + size]) if size > 1 else word)
                    if tense == "past" and size == 1 and _no_past_verb(lowered, index):
                        tense = None  # a participle, a noun or an adjective: "the case is heard", "a first cut"
                    if tense == "past" and size == 1 and word in _PRESENT_ALIKE and _after_a_measure(lowered, index):
                        tense = None  # a noun: "a quarter-point cut by December", "a 10% cut"
                    if tense == "past" and size == 1 and word in _PRESENT_ALIKE and _after_a_modal(lowered, index):
                        tense = None  # an infinitive: "Will the bank cut rates", "did not cut"
                    if tense == "timetable" and (
                        _after_a_determiner(lowered, index) or (size == 1 and _after_a_count(lowered, index))
                    ):
                        # a noun: "published their report on Thursday", "the open day on Saturday", "scored 120
                        # runs on Saturday", "hit the winning runs"
                        tense = None
                    if tense == "timetable" and _timetable_infinitive(words, lowered, index):
                        tense = None  # an infinitive: "did not meet on Monday", "let the offensive begin"
                    if tense == "prospective" and (index + size >= count or lowered[index + size] in _NOT_VERB):
                        # "agreed to merge" looks ahead; "agreed to the truce" is a preposition: try the
                        # shorter phrase, then the plain past ("agreed").
                        tense = None
                    if tense:
                        length = size
                        break
        if tense == "present" and not _HOPE_VERBS.isdisjoint(lowered[max(0, index - _PLAN_REACH) : index - 1]):
            tense = "future"  # the clause of a hope: "We hope everything is done by the weekend"
        if word in _BY_SECOND and index > after_marker and lowered[index - 1] == _BY_SECOND[word][0]:
            tense = _BY_SECOND[word][1]  # "in effect", "in force", "of record" (not in "will be in force")
        if word in ("to", "set") and (headline := headline_plan(words, lowered, index)):
            tense, length = "headline", headline  # a headline's plan: "Fed to announce", "Talks set for Thursday"
        if tense is None and word in _FIXTURE_VERBS and (fixture := _fixture_length(words, lowered, index)):
            tense, length = "timetable", fixture
        if tense is None and word in _RESULTS_VERBS and (due := _results_length(words, lowered, index)):
            tense, length = "timetable", due
        if tense is None and word == "to" and _plan_before(lowered, index):
            tense = "prospective"  # "pledged on Monday to cut": the "to" of a plan further back
        if (
            tense is None
            and word in ("marks", "mark")
            and index + 1 < count
            and (lowered[index + 1].isdigit() or lowered[index + 1] in _NUMBER_WORDS)
        ):
            tense = "timetable"  # an anniversary by its length: "Saturday marks five years since the crash"
        if tense is None:
            if word.endswith("'ll"):
                tense = "future"
            elif (
                word.endswith(_SUFFIX)
                and len(word) >= _SUFFIX_MIN
                and (words[index][0].islower() or (index == 0 and _opens_a_participle_clause(lowered)))
                and word not in _NOT_PAST
                and (not word.startswith(_NOT_PAST_PREFIX) or word in _PAST_DESPITE_PREFIX)
                and not _no_past_verb(lowered, index)
                and not _adjective_after_a_verb(lowered, index)
            ):
                tense = "past"
            else:
                continue
        if tense == "past" and length == 1 and causative and _causative(lowered, index):
            tense = "prospective"  # a result wanted: "to have a deal done by Friday", "wants all claims settled"
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
            and (with_at := _word_and_object_before(lowered, index, "with")) >= 0
            and (with_at == 0 or text.endswith(", ", start, starts[with_at]))
        ):
            # A participle after "with" and its object, in a clause the comma opens: "will close in mid-July, with
            # the regulations laid before Parliament in the autumn" (but "talks with the union ended on Friday").
            continue
        if (
            tense == "past"
            and length == 1
            and found
            and found[-1][2] == "future"
            and _word_and_object_before(lowered, index, "and") >= 0
            and index + 1 < count
            and lowered[index + 1] in _SHARED_FUTURE_PREPOSITIONS
            and _BE.search(text, found[-1][0], found[-1][1])
        ):
            # A passive future shared by a second clause that leaves it out: "will be held on 5 February, and
            # votes counted on 8 February", "and the winner named at a ceremony on Dec. 8" (not "and police
            # arrested two men on Monday").
            tense = "future"
        begin = starts[index]
        # A plan in the past perfect was overtaken by events: "had been due to expire Friday" is past.
        back = index - 1
        while back >= 0 and lowered[back] in _PLAN_WORDS:
            back -= 1
        overtaken = back >= 0 and lowered[back] == "had" and not REPORTING_VERBS.intersection(lowered[:back])
        index += length
        if tense in LOOKING_AHEAD:
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
    lone_set = len(found) == 1 and found[0][2] == "past" and text[found[0][0] : found[0][1]].lower() == "set"
    # A headline in sentence case, without a full stop ("Train drivers to strike on Saturday", "Budget vote set
    # for Monday"): with no other verb, the plan is the only reading. A timetable's, so that a possessive day
    # keeps its own event ("Five things to know about Tuesday's primary").
    if (
        (not found or lone_set)
        and not text[start:end].rstrip().endswith((".", "!", "?"))
        and (at := sentence_case_plan(words, lowered))
    ):
        starts = starts or _word_starts(text, start, words)
        return [(starts[at], starts[at + 1] + len(words[at + 1]), "timetable")]
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


def _no_past_verb(lowered: list[str], index: int) -> bool:
    """Whether a past form at ``index`` (listed or in -ed) is no past tense: a participle after an auxiliary
    ("the case is heard", "the talks to be held"), or a noun or an adjective ("a first cut by July", "the first
    set")."""
    return _after_auxiliary(lowered, index) or _after_adjective_opener(lowered, index)


def _word_and_object_before(lowered: list[str], index: int, word: str) -> int:
    """Where ``word`` stands when the past form at ``index`` follows it and a one-word object, maybe after a
    determiner ("with judgments delivered", "with the regulations laid", "and the winner named"); -1 when it
    does not."""
    if index >= 2 and lowered[index - 2] == word:
        return index - 2
    if index >= 3 and lowered[index - 3] == word and lowered[index - 2] in _ADJECTIVE_DETERMINERS:
        return index - 3
    return -1


def _adjective_after_a_verb(lowered: list[str], index: int) -> bool:
    """Whether the "-ed" word at ``index`` describes the noun after it, right after a verb: a verb after a modal
    or "to" ("must file audited accounts", "to submit revised plans") or a past ("published detailed plans",
    "arrested armed men"). Not before a word that opens a phrase of its own ("were called arrived at ...")."""
    if index == 0 or index + 1 >= len(lowered) or lowered[index + 1] in _NOT_BEFORE_A_NOUN:
        return False
    before = lowered[index - 1]
    if index >= 2 and lowered[index - 2] in _INFINITIVE_AFTER and before not in _NOT_PAST_AFTER:
        return True
    return (before.endswith(_SUFFIX) and len(before) >= _SUFFIX_MIN) or PHRASES.get(before) == "past"


def _after_a_determiner(lowered: list[str], index: int) -> bool:
    """Whether the word at ``index`` follows a determiner, maybe with an adjective of a report between ("their
    report", "its annual report", "the open day"): a noun or an adjective, no verb."""
    if index and lowered[index - 1] in _ADJECTIVE_DETERMINERS:
        return True
    return index > 1 and lowered[index - 1] in _NOUN_ADJECTIVES and lowered[index - 2] in _ADJECTIVE_DETERMINERS


def _after_a_count(lowered: list[str], index: int) -> bool:
    """Whether a timetable word that is as often a plural noun ("runs", "plays", "returns", "reports") follows a
    number ("scored 120 runs") or, "runs", a determiner and an "-ing" word ("the winning runs", where "the
    hearing resumes" keeps its verb): a noun, no verb."""
    word = lowered[index]
    if not index or word not in _PLURAL_NOUN_ALIKE:
        return False
    before = lowered[index - 1]
    if before.isdigit() or before in _NUMBER_WORDS:
        return True
    return word == "runs" and index > 1 and before.endswith("ing") and lowered[index - 2] in _ADJECTIVE_DETERMINERS


def _after_a_measure(lowered: list[str], index: int) -> bool:
    """Whether the word at ``index`` follows a number or a word of measure ("a 10% cut", "a quarter-point cut")."""
    return index > 0 and (lowered[index - 1].isdigit() or lowered[index - 1] in _MEASURE_WORDS)


def _causative(lowered: list[str], index: int) -> bool:
    """Whether the past form at ``index`` is the participle of a causative verb with an object between ("get the
    bill passed by Friday", "to have a deal done", "wants the claims settled"): a result wanted, not a past act.
    "have" only after "to" or a modal, so "the talks have ended" stays a perfect; a relative pronoun between
    opens a clause of its own ("want the man who attacked a guard on Friday")."""
    for back in range(index - 1, max(-1, index - 5), -1):
        word = lowered[back]
        if word in _RELATIVE_PRONOUNS:
            return False
        if (
            word in _CAUSATIVE_VERBS
            and back < index - 1
            and (word != "have" or (back > 0 and lowered[back - 1] in _INFINITIVE_AFTER))
        ):
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


def _results_length(words: list[str], lowered: list[str], index: int) -> int:
    """The length in words of a results verb at ``index`` and the results it reports a few words on ("report
    third-quarter results"), else 0: not for a noun ("the report") nor an infinitive ("did not report")."""
    for after in range(index + 1, min(len(lowered), index + 1 + _RESULTS_REACH)):
        if lowered[after] in _RESULTS_NOUNS:
            if _after_a_determiner(lowered, index) or _timetable_infinitive(words, lowered, index):
                return 0
            return after - index + 1
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
