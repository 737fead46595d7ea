"""Tense markers: the words of a sentence that tell its tense, read one by one (no parser).

A phrase of ``rules/tense.yaml`` ("will", "is expected to", "meets", "planned to") or a regular past in "-ed"
marks a tense, unless the words around it make it something else: a participle after an auxiliary ("the case
is heard"), a noun after a determiner ("their report on Thursday"), an infinitive after a modal ("did not
meet"). ``tense.TenseMap`` decides from these markers which one governs an expression.
"""

from __future__ import annotations

import re

from chronology.temporal.headline_plans import headline_plan, sentence_case_plan
from chronology.temporal.tense_words import LOOKING_AHEAD, PHRASES, REPORTING_VERBS, WORD, words
from chronology.temporal.title_lines import in_title_case_line
from chronology.temporal.word_roles import (
    ADVERBS_BETWEEN,
    CAUSATIVE_VERBS,
    EXPECTATION_VERBS,
    NOT_MARKER_CAPITALISED,
    NOT_VERB,
    PAST_SUFFIX,
    PAST_SUFFIX_MIN,
    PLAN_REACH,
    adjective_after_a_verb,
    after_a_count,
    after_a_determiner,
    causative_participle,
    fixture_length,
    future_adjective,
    is_count,
    no_past_verb,
    noun_after_a_possessive,
    opens_a_participle_clause,
    plan_verb_before,
    present_alike_not_past,
    results_length,
    timetable_infinitive,
    word_and_object_before,
)

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
_NOT_PAST = frozenset(words("not_past"))
_NOT_PAST_PREFIX = tuple(words("not_past_prefix"))
_PAST_DESPITE_PREFIX = frozenset(words("past_despite_prefix"))
# Prepositions before which "coming" is a gerund, no time to come.
_GERUND_PREPOSITIONS = frozenset(("after", "before", "since", "without", "despite", "on", "from", "by", "while"))
_ENDINGS = ("'ll", PAST_SUFFIX)  # of the words that can be a marker without starting a phrase
_PLAN_WORDS = frozenset(words("plan_perfect_words"))
_PRESENT_ALIKE = frozenset(words("present_alike_pasts"))
_FIXTURE_VERBS = frozenset(word.split()[0] for word in words("fixture_verbs"))
_RESULTS_VERBS = frozenset(words("results_verbs"))
# The words a marker can start with, besides the endings: phrases' first words, fixture and results verbs.
# A speaker's schedule in the present simple after a personal subject: "I leave the firm on Friday", "we close
# the books on Friday", "they play on Saturday" (news tells its own past in the past tense).
_SCHEDULE_SUBJECTS = frozenset(words("schedule_subjects"))
_NOT_A_SCHEDULE_VERB = frozenset(words("not_a_schedule_verb"))
_STARTERS = frozenset(_PHRASE_SIZES) | _FIXTURE_VERBS | frozenset(_BY_SECOND) | _RESULTS_VERBS | _SCHEDULE_SUBJECTS
# Spoken and quoted copy contracts its verbs ("they're in court Wednesday", "he's due on Friday").
_CONTRACTED_BE = {"re": "are", "m": "am"}
_S_IS_AFTER = frozenset(words("contracted_is_after"))
_S_IS_BEFORE = frozenset(words("contracted_is_before"))
_PLACE_PREPOSITIONS = frozenset(words("possessive_place_after"))
_BE = re.compile(r"(?i)\bbe\b")
_SHARED_FUTURE_PREPOSITIONS = frozenset(words("shared_future_prepositions"))
_HOPE_VERBS = frozenset(words("hope_verbs"))
_PLAN_NOUN_AFTER = frozenset(words("plan_noun_after"))
_PARTICLES = frozenset(words("phrasal_particles"))
_COMPOUND_ADJECTIVE_ENDS = frozenset(words("compound_adjective_ends"))
_NOT_A_NOUN_AFTER = frozenset(words("participle_phrase_openers"))  # "254,200 bought from Sept. 14"
_KEEP_VERBS = frozenset(words("open_adjective_after"))  # "stayed open until 11 p.m."
_EXPECTED_AFTER_WITH = frozenset(("expected", "forecast", "scheduled", "planned", "slated", "due"))
_WITH_OBJECT_WORDS = 10  # words of the object between "with" and its participle ("with the full line-up revealed",
# "with the final count of postal and overseas votes not expected")
# A byte table that keeps ASCII letters, digits and the apostrophe and makes every other byte a space. Digits
# stay in their word, so the "am" of "9am" is no verb.
_TO_SPACE = bytes(code if (chr(code).isalnum() and code < 128) or chr(code) == "'" else 32 for code in range(256))
# Words that may open a date after "deadline to" ("extended the deadline to the end of March").
_DATE_LEADERS = frozenset(
    ("the", "a", "next", "this", "mid", "end", "early", "late", "midnight", "noon", "tomorrow", "tonight", "today")
)
# Prepositions after which a hyphened timetable phrase is its noun ("before kick-off").
_TIME_PREPOSITIONS = frozenset(("before", "after", "at", "from", "until", "till", "by", "since", "for"))


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


def _compound_adjective(text: str, start: int, end: int, words: list[str], index: int) -> bool:
    """Whether the past form ``words[index]`` ends an adjective a hyphen joins ("gas-powered", "council-owned")."""
    return (
        index > 0
        and words[index].lower() in _COMPOUND_ADJECTIVE_ENDS
        and text.find(f"{words[index - 1]}-{words[index]}", start, end) != -1
    )


_NOT_VOTERS = frozenset(("the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "no", "more"))


def _after_with_and_its_object(text: str, start: int, lowered: list[str], index: int, starts: list[int]) -> bool:
    """Whether the word at ``index`` follows "with" and its object, in a clause the comma before "with" opens (or
    that starts the text): "..., with the regulations laid before Parliament in the autumn" (not "talks with the
    union ended on Friday")."""
    with_at = word_and_object_before(lowered, index, "with", _WITH_OBJECT_WORDS)
    return with_at >= 0 and (with_at == 0 or text.endswith(", ", start, starts[with_at]))


def _heads_a_clause(text: str, start: int, lowered: list[str], index: int, starts: list[int]) -> bool:
    """Whether the word at ``index`` opens its clause: first, after a conjunction, or after a quotation mark or
    a mark of a clause ("I leave on Friday", "and we close on Friday"; not the relative "the crew they replace")."""
    if not index or lowered[index - 1] in _CLAUSE_CONJUNCTIONS:
        return True
    before = text[max(start, starts[index] - 2) : starts[index]].strip()
    return before[-1:] in _CLAUSE_MARKS if before else False


_CLAUSE_CONJUNCTIONS = frozenset(("and", "but", "so", "then", "because", "now"))
_CLAUSE_MARKS = frozenset('"\u201c\u2018\u2019,;:(')


def _voters_before(words: list[str], index: int) -> bool:
    """Whether the word before "vote" (``words[index]``) is who votes: a plural ("Iranians vote on Friday",
    "MPs vote on Tuesday"), or a body before "votes" ("the Dutch senate votes on the bills on Tuesday"); not a
    noun it qualifies ("a confidence vote on Thursday"), a possessive ("lawmakers' vote") or a determiner ("the
    votes on Friday")."""
    if not index:
        return False
    before = words[index - 1]
    if before.lower() in _NOT_VOTERS or before.endswith("'"):
        return False
    return words[index].lower() == "votes" or (before.endswith("s") and not before.endswith(("ss", "'s")))


def markers(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, tense) of the tense markers in ``text[start:end]``, in order (see ``_markers``)."""
    if text.find("\u2019", start, end) == -1:
        return _markers(text, start, end)
    # Web copy writes contractions with a curly apostrophe ("they\u2019re", "won\u2019t"): read as straight
    # ones, which are as long, so the offsets hold.
    straight = text[start:end].replace("\u2019", "'")
    return [(begin + start, finish + start, tense) for begin, finish, tense in _markers(straight, 0, len(straight))]


def _adjective_after_a_count(text: str, start: int, end: int, words: list[str], lowered: list[str], index: int) -> bool:
    """Whether the past form at ``index`` is an adjective between a count and its noun ("200 frozen lines",
    "two injured men"), not a participle with its phrase ("254,200 bought from Sept. 14") nor a verb after a
    clause that ends in a number ("who has led the party since 2014, conceded defeat")."""
    return (
        0 < index < len(lowered) - 1
        and lowered[index].endswith(("ed", "en"))
        and lowered[index] != "been"
        and is_count(lowered[index - 1])
        and lowered[index + 1].isalpha()
        and lowered[index + 1] not in _NOT_A_NOUN_AFTER
        and text.find(f"{words[index - 1]} {words[index]}", start, end) != -1
    )


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
    causative = not CAUSATIVE_VERBS.isdisjoint(lowered)  # a causative verb somewhere: worth asking for its participle
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
        if word in ("is", "are") and index + 2 < count and lowered[index + 1] in ADVERBS_BETWEEN:
            # "the launch is now set for Saturday", "is still due on Friday": the phrase without its adverb.
            for size in _PHRASE_SIZES[word]:
                phrase = " ".join([word, *lowered[index + 2 : index + size + 1]])
                if size > 1 and index + size < count and PHRASES.get(phrase) in LOOKING_AHEAD:
                    tense, length = PHRASES[phrase], size + 1
                    break
        if tense is None and word in _PHRASE_SIZES and words[index] not in NOT_MARKER_CAPITALISED:
            for size in _PHRASE_SIZES[word]:
                if index + size <= count:
                    tense = PHRASES.get(" ".join(lowered[index : index + size]) if size > 1 else word)
                    if (
                        tense == "past"
                        and size == 2
                        and lowered[index + 1] == "have"
                        and index + 2 < count
                        and (lowered[index + 2] in NOT_VERB or is_count(lowered[index + 2]))
                    ):
                        tense = None  # "have" with an object is no perfect: "We must have an answer by Friday"
                    if (
                        tense == "past"
                        and size == 1
                        and (
                            no_past_verb(words, lowered, index)
                            or _compound_adjective(text, start, end, words, index)
                            or _adjective_after_a_count(text, start, end, words, lowered, index)
                        )
                    ):
                        # a participle, a noun or an adjective: "the case is heard", "a first cut", "200 frozen lines"
                        tense = None
                    if tense == "timetable" and word == "open" and index and lowered[index - 1] in _KEEP_VERBS:
                        tense = None  # an adjective: "stayed open until 11 p.m. on Saturday"
                    if (
                        tense == "past"
                        and size == 1
                        and word in _PRESENT_ALIKE
                        and present_alike_not_past(words, lowered, index, _future_before(text, found))
                    ):
                        tense = None  # a noun, an infinitive or a title's word: "a 10% cut", "did not cut"
                    if tense == "future" and size == 1 and future_adjective(lowered, index):
                        tense = None  # "missed a scheduled call on Friday": the verb decides
                    if word == "coming" and index and lowered[index - 1] in _GERUND_PREPOSITIONS:
                        tense = None  # a gerund: "abandoned the posts on Tuesday after coming under fire"
                    if (
                        tense == "future"
                        and size == 1
                        and word.endswith("s")
                        and index + 1 < count
                        and (PHRASES.get(lowered[index + 1]) == "past" or lowered[index + 1].endswith("ed"))
                    ):
                        tense = None  # a plural noun before its past verb: "Housing starts rose in the first half"
                    if tense == "future" and word == "had" and not REPORTING_VERBS.intersection(lowered[:index]):
                        tense = "past"  # "had until Friday" told on its own: a deadline gone
                    if tense == "unreal" and (
                        REPORTING_VERBS.intersection(lowered[:index])
                        or (index + size < count and lowered[index + size] in ("to", "until", "till"))
                    ):
                        # a future perfect reported ("said the work would have been finished by March"), a must
                        # ("would have to leave the flat by Friday") or a term ("would have until December to fix")
                        tense = "future"
                    if (
                        tense == "past"
                        and size == 2
                        and lowered[index + 1] == "have"
                        and lowered[index] in ("may", "might", "could")
                        and index + 2 < count
                        and lowered[index + 2] == "to"
                    ):
                        tense = "future"  # a must to come: "We may have to close the shelter on Saturday"
                    if tense == "timetable" and size > 1 and index and lowered[index - 1] in _TIME_PREPOSITIONS:
                        if not starts:
                            starts = _word_starts(text, start, words)
                        if text.startswith("-", starts[index] + len(words[index])):
                            # a hyphened noun after a preposition: "a minute's silence before kick-off on
                            # Saturday" (but "Kick-off on Tuesday is at 7.45pm" is the fixture's)
                            tense = None
                    if tense == "timetable" and (
                        after_a_determiner(lowered, index, lowered[index + size - 1] not in _PARTICLES)
                        or after_a_count(lowered, index, phrase=size > 1)
                        or noun_after_a_possessive(lowered, index)
                    ):
                        # a noun: "published their report on Thursday", "the open day on Saturday", "scored 120
                        # runs on Saturday", "hit the winning runs", after a possessive "the museum's open day on
                        # Sunday" (but a phrasal verb after a noun that is also an adjective is the verb: "the
                        # final kicks off on Saturday")
                        tense = None
                    if (
                        tense == "timetable"
                        and index
                        and words[index][:1].isupper()
                        and words[index - 1][:1].isupper()
                        and words[index - 1][1:2].islower()  # not a speaker's label: "CHIEF: They're in court"
                        and lowered[index - 1] not in _CLAUSE_CONJUNCTIONS
                    ):
                        if not starts:
                            starts = _word_starts(text, start, words)
                        if not in_title_case_line(text, starts[index]):
                            # a name's word mid-sentence: "a driveway in Elm Close on Sunday" (not in a title-case
                            # headline, which capitalises every word: "Senate Meets On Monday")
                            tense = None
                    if tense == "timetable" and word in ("vote", "votes") and not _voters_before(words, index):
                        tense = None  # a noun: "survived a confidence vote on Thursday"
                    if tense == "timetable" and timetable_infinitive(words, lowered, index):
                        tense = None  # an infinitive: "did not meet on Monday", "let the offensive begin"
                    if (
                        tense == "future"
                        and size == 2
                        and word == "deadline"
                        and index + 2 < count
                        and words[index + 2][:1].islower()
                        and lowered[index + 2] not in _DATE_LEADERS
                    ):
                        if not starts:
                            starts = _word_starts(text, start, words)
                        if text[starts[index + 1] + 2 : starts[index + 2]].isspace():
                            # the deadline's purpose, no date: "missed the January 1 deadline to open their markets"
                            tense = "deadline"
                    if tense == "prospective" and (
                        index + size >= count or lowered[index + size] in NOT_VERB or is_count(lowered[index + size])
                    ):
                        # "agreed to merge" looks ahead; "agreed to the truce" is a preposition, "by seven votes
                        # to four" a tally: try the shorter phrase, then the plain past ("agreed").
                        tense = None
                    if tense:
                        length = size
                        break
        if tense == "future" and word in ("plan", "plans") and index and lowered[index - 1] in _PLAN_NOUN_AFTER:
            tense = "prospective"  # the noun: "a consultation on Monday on plans to ban" looks ahead after it only
        if tense == "present" and not _HOPE_VERBS.isdisjoint(lowered[max(0, index - PLAN_REACH) : index - 1]):
            tense = "future"  # the clause of a hope: "We hope everything is done by the weekend"
        if word in _BY_SECOND and index - 1 > after_marker and lowered[index - 1] == _BY_SECOND[word][0]:
            # "in effect", "in force", "of record" (not right after a verb group: "will be in force", "will stay in
            # effect overnight")
            tense = _BY_SECOND[word][1]
        if word in ("to", "set") and (headline := headline_plan(words, lowered, index)):
            tense, length = "headline", headline  # a headline's plan: "Fed to announce", "Talks set for Thursday"
        if tense is None and word in _FIXTURE_VERBS and (fixture := fixture_length(words, lowered, index)):
            tense, length = "timetable", fixture
        if tense is None and word in _RESULTS_VERBS and (due := results_length(words, lowered, index)):
            tense, length = "timetable", due
        plan_verb = -1
        if tense is None and word == "to" and (plan_verb := plan_verb_before(words, lowered, index)) >= 0:
            tense = "prospective"  # "pledged on Monday to cut": the "to" of a plan further back
        if (
            tense is None
            and word in _SCHEDULE_SUBJECTS
            and index + 1 < count
            and (verb := lowered[index + 1]).isalpha()
            and verb not in _NOT_A_SCHEDULE_VERB
            and not verb.endswith(("ed", "ing"))
            and not (verb.endswith("ly") and not verb.endswith(("ply", "fly")))  # an adverb, not "fly", "apply"
        ):
            if not starts:
                starts = _word_starts(text, start, words)
            if _heads_a_clause(text, start, lowered, index, starts):
                tense, length = "timetable", 2  # "I leave the firm on Friday", "we close the books on Friday"
        if tense is None and word in ("marks", "mark") and index + 1 < count and is_count(lowered[index + 1]):
            tense = "timetable"  # an anniversary by its length: "Saturday marks five years since the crash"
        if tense is None:
            if word.endswith("'ll"):
                tense = "future"
            elif word in _EXPECTED_AFTER_WITH:
                # An expectation after "with" and its object, in a clause the comma opens, looks ahead: "warned of
                # snow this weekend, with up to 30cm expected by Saturday evening", "with a decision due on Friday".
                if not starts:
                    starts = _word_starts(text, start, words)
                if not _after_with_and_its_object(text, start, lowered, index, starts):
                    continue
                tense = "future"
            elif (
                word.endswith(PAST_SUFFIX)
                and len(word) >= PAST_SUFFIX_MIN
                and (words[index][0].islower() or (index == 0 and opens_a_participle_clause(lowered)))
                and word not in _NOT_PAST
                and (not word.startswith(_NOT_PAST_PREFIX) or word in _PAST_DESPITE_PREFIX)
                and not no_past_verb(words, lowered, index)
                and not _adjective_after_a_count(text, start, end, words, lowered, index)  # "two injured men"
                and not adjective_after_a_verb(words, lowered, index)
                and not _compound_adjective(text, start, end, words, index)
            ):
                tense = "past"
            else:
                continue
        if tense == "past" and length == 1 and causative and causative_participle(lowered, index):
            tense = "prospective"  # a result wanted: "to have a deal done by Friday", "wants all claims settled"
        if not starts:
            starts = _word_starts(text, start, words)
        if (
            tense == "past"
            and length == 1
            and index + 1 < count
            and lowered[index + 1] == "by"
            and text.endswith(", ", start, starts[index])
            and found
        ):
            # A participle opening a clause after a verb: "reports on Wednesday, followed by Apple on Thursday"
            # (before any verb it is the subject's, and dates its own act: "The bill, passed by MPs on Tuesday,
            # will go to the Lords").
            continue
        if tense == "past" and length == 1 and _after_with_and_its_object(text, start, lowered, index, starts):
            # A participle after "with" and its object, in a clause the comma opens: "will close in mid-July, with
            # the regulations laid before Parliament in the autumn", "starts on June 11, with June 16 kept as a
            # reserve day" (but "talks with the union ended on Friday").
            continue
        if (
            tense == "past"
            and length == 1
            and found
            and found[-1][2] == "future"
            and (lowered[index - 1] == "and" or word_and_object_before(lowered, index, "and") >= 0)
            and index + 1 < count
            and lowered[index + 1] in _SHARED_FUTURE_PREPOSITIONS
            and _BE.search(text, found[-1][0], found[-1][1])
        ):
            # A passive future shared by a second clause that leaves it out: "will be held on 5 February, and
            # votes counted on 8 February", "and the winner named at a ceremony on Dec. 8" (not "and police
            # arrested two men on Monday"), or by a second participle: "will be renamed and listed in London in
            # the autumn".
            tense = "future"
        begin = starts[index]
        # A plan in the past perfect was overtaken by events: "had been due to expire Friday" is past.
        # ... and so is an expectation ("had expected the bank to cut rates on Thursday"), unlike a promise with
        # its object, which still binds ("had promised in the spring to cut the wait by March").
        back = (plan_verb if plan_verb >= 0 and lowered[plan_verb] in EXPECTATION_VERBS else index) - 1
        while back >= 0 and lowered[back] in _PLAN_WORDS:
            back -= 1
        overtaken = back >= 0 and lowered[back] == "had" and not REPORTING_VERBS.intersection(lowered[:back])
        index += length
        if tense in LOOKING_AHEAD or tense == "unreal":  # the verb group: "would have been sat"
            while index < count and lowered[index] in _CARRY:
                index += 1
            if index < count:
                index += 1
            if overtaken and tense != "unreal":
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


def _after_a_place_preposition(lowered: list[str], index: int) -> bool:
    """Whether the word at ``index`` follows a preposition of place, maybe with a saint's title between ("at
    Christie's", "to St Luke's")."""
    before = index - 1
    if before > 0 and lowered[before] in ("st", "saint"):
        before -= 1
    return before >= 0 and lowered[before] in _PLACE_PREPOSITIONS


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
        elif tail == "s" and not _after_a_place_preposition(lowered, index):
            # (after a preposition "'s" is a place's possessive: "sold at Christie's on Wednesday", "admitted to
            # St. Luke's on Tuesday")
            after = lowered[index + 1] if index + 1 < len(lowered) else ""
            if base in _S_IS_AFTER or after in _S_IS_BEFORE:
                out[index] = "has" if after in ("been", "got") else "is"
    return out


def _future_before(text: str, found: list[tuple[int, int, str]]) -> bool:
    """Whether the markers found so far end in one that looks ahead and every other one looks ahead too or reports
    it ("said it would open 15 stores next year and shut eight by the end of March": "shut" shares "would")."""
    return (
        bool(found)
        and found[-1][2] in LOOKING_AHEAD
        and all(tense in LOOKING_AHEAD or text[start:end].lower() in REPORTING_VERBS for start, end, tense in found)
    )
