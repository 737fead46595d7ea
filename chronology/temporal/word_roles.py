"""What the words around a word make of it: a participle, a noun, an adjective or an infinitive rather than the
tense its form suggests ("the case is heard", "their report on Thursday", "must file audited accounts", "did not
meet"), or the verb of a fixture or of results due. :mod:`tense_markers` asks these of each candidate marker;
each takes the sentence's words in lower case and the index of the word in question.
"""

from __future__ import annotations

from chronology.temporal.calendar_names import MONTH_NAMES, WEEKDAY_WORDS
from chronology.temporal.tense_words import PHRASES, TENSE_DATA, number, words

_ADJECTIVE_DETERMINERS = frozenset(words("adjective_determiners"))
_ADJECTIVE_OPENERS = frozenset(words("adjective_openers"))
_ADJECTIVE_OPENER_SUFFIX = str(TENSE_DATA["adjective_opener_suffix"])
ADVERBS_BETWEEN = frozenset(words("adverbs_between"))
CAUSATIVE_VERBS = frozenset(words("causative_verbs"))
_FIXTURE_PHRASES = frozenset(words("fixture_verbs"))
_INFINITIVE_AFTER = frozenset(words("infinitive_after"))
_INFINITIVE_REACH = number("infinitive_reach")
_MEASURE_WORDS = frozenset(words("measure_words"))
_NOT_AN_OPPONENT = frozenset(words("fixture_not_before"))
_NOT_BEFORE_A_NOUN = frozenset(words("adjective_not_before"))
_ADJECTIVE_QUANTIFIERS = frozenset(words("adjective_quantifiers"))
_HABITUAL_ADVERBS = frozenset(words("habitual_adverbs"))
_HYPHEN_PREFIXES = frozenset(words("hyphen_prefixes"))
_SURVEY_PARTICIPLES = frozenset(words("survey_participles"))
_LY_NOUNS = frozenset(words("ly_nouns"))
_NOT_AN_OBJECT = frozenset(words("not_a_causative_object"))
NOT_MARKER_CAPITALISED = frozenset(str(word) for word in TENSE_DATA["not_marker_capitalised"])  # type: ignore[union-attr]
_NOT_PAST_AFTER = frozenset(words("not_past_after"))
NOT_VERB = frozenset(words("prospective_not_before"))
_NOUN_ADJECTIVES = frozenset(words("noun_adjectives"))
NUMBER_WORDS = frozenset(words("count_words"))
_PARTICIPLE_NEXT = frozenset(words("participle_clause_next"))
_PAST_NEGATIONS = frozenset(words("past_negations"))
PLAN_REACH = number("plan_reach")
EXPECTATION_VERBS = frozenset(words("expectation_verbs"))
_PLAN_VERBS = frozenset(words("plan_verbs")) | EXPECTATION_VERBS
_VOTE_VERBS = frozenset(words("vote_verbs"))
_VOTE_CHOICES = frozenset(words("vote_choices"))
# The size words of a count, which a year never has: "processed 2 million returns".
_MAGNITUDES = frozenset(("hundred", "thousand", "million", "billion"))
# The words of a tally besides its numbers: "7 to 4", "6-3", "312 to 198".
_TALLY_WORDS = frozenset(("to", "-"))
_PLURAL_NOUN_ALIKE = frozenset(words("plural_noun_alike"))
_FUTURE_ADJECTIVES = frozenset(words("future_adjectives"))
_RELATIVE_PRONOUNS = frozenset(words("relative_pronouns"))
_RESULTS_NOUNS = frozenset(words("results_nouns"))
_RESULTS_REACH = number("results_reach")
PAST_SUFFIX = str(TENSE_DATA["past_suffix"])
PAST_SUFFIX_MIN = number("past_suffix_min_length")
_NOUN_AFTER_A_BEFORE = frozenset(words("noun_after_a_before"))
_PLAYED_OBJECT_OPENERS = frozenset(words("played_object_openers"))
_FIXTURE_NOUNS = frozenset(words("fixture_nouns"))
_CALENDAR_NAMES = frozenset(MONTH_NAMES) | WEEKDAY_WORDS
_FIXTURE_NOUN_REACH = 4  # words after "play" within which its fixture's noun stands ("play a three-day match")
# Words back to the causative verb: four, or six when the object opens with a determiner ("wants the new payments
# app rolled out"; but not "getting less," a consumer group said).
_CAUSATIVE_OBJECT_REACH = 4
_SHARED_PRESENT_REACH = 12  # words after a present-alike past within which "and" and a timetable may share it
_CAUSATIVE_DETERMINED_REACH = 6
# Units of a length before a noun, which the word pattern splits from its count at the hyphen ("a two-year
# accelerated degree").
_LENGTH_UNITS = frozenset(("year", "month", "week", "day", "hour", "minute"))


def no_past_verb(words: list[str], lowered: list[str], index: int) -> bool:
    """Whether a past form at ``index`` (listed or in -ed) is no past tense: a participle after an auxiliary
    ("the case is heard", "the talks to be held", "will be de-energised") or after an adverb of habit ("Payments
    normally made on Friday will be made on Thursday"), or a noun or an adjective ("a first cut by July", "the
    first set")."""
    if index > 1 and lowered[index - 1] in _HYPHEN_PREFIXES:
        index -= 1  # "will be de-energised": the prefix is part of the participle
    return (
        _after_auxiliary(words, lowered, index)
        or (index > 0 and lowered[index - 1] in _HABITUAL_ADVERBS)
        or _after_adjective_opener(lowered, index)
        or _survey_participle(lowered, index)
    )


def _survey_participle(lowered: list[str], index: int) -> bool:
    """A poll's participle after the plural of those it asked, with a verb after its pollster: "Economists polled
    by Reuters see" (but "polled by Reuters on Friday" dates the poll)."""
    return (
        lowered[index] in _SURVEY_PARTICIPLES
        and index > 0
        and index + 3 < len(lowered)
        and lowered[index + 1] == "by"
        and lowered[index - 1].endswith("s")
        and lowered[index + 3] not in _PARTICIPLE_NEXT
        and lowered[index + 3] not in _CALENDAR_NAMES
        and lowered[index + 3] not in ("yesterday", "today")
    )


def word_and_object_before(lowered: list[str], index: int, word: str, longest: int = 1) -> int:
    """Where ``word`` stands when the past form at ``index`` follows it and a one-word object, maybe after a
    determiner ("with judgments delivered", "with the regulations laid", "and the winner named"), or any object
    of up to ``longest`` words ("with June 16 kept as a reserve day"); -1 when it does not."""
    if index >= 2 and lowered[index - 2] == word:
        return index - 2
    if index >= 3 and lowered[index - 3] == word and lowered[index - 2] in _ADJECTIVE_DETERMINERS:
        return index - 3
    for at in range(index - 3, max(-1, index - 2 - longest), -1):
        if lowered[at] == word:
            return at
    return -1


def adjective_after_a_verb(words: list[str], lowered: list[str], index: int) -> bool:
    """Whether the "-ed" word at ``index`` describes the noun after it, right after a verb: a verb after a modal
    or "to" ("must file audited accounts", "to submit revised plans") or a past ("published detailed plans",
    "arrested armed men"), maybe with a quantifier or a number between ("must remove all affected stock"). Not
    before a word that opens a phrase of its own ("were called arrived at ..."), nor after a capitalised "May",
    the month ("May - Wildfires forced 88,000 people to flee", a timeline's line), nor after a capitalised word in
    "-ed", a name ("Sheikh Zayed received")."""
    if index == 0 or index + 1 >= len(lowered) or lowered[index + 1] in _NOT_BEFORE_A_NOUN:
        return False
    verb_at = index - 1
    if verb_at > 0 and (lowered[verb_at] in _ADJECTIVE_QUANTIFIERS or is_count(lowered[verb_at])):
        verb_at -= 1  # "must remove all affected stock", "recalled two affected batches"
    before = lowered[verb_at]
    if (
        verb_at >= 1
        and lowered[verb_at - 1] in _INFINITIVE_AFTER
        and before not in _NOT_PAST_AFTER
        and words[verb_at - 1] != "May"
    ):
        return True
    if words[verb_at][:1].isupper():
        return False  # a name, no verb: "Sheikh Zayed received Egyptian Foreign Minister Amr Moussa"
    return (before.endswith(PAST_SUFFIX) and len(before) >= PAST_SUFFIX_MIN) or PHRASES.get(before) == "past"


def is_count(word: str) -> bool:
    """Whether ``word`` is a number, in figures or in words ("120", "two")."""
    return word.isdigit() or word in NUMBER_WORDS


def after_a_determiner(lowered: list[str], index: int, adjective: bool = True) -> bool:
    """Whether the word at ``index`` follows a determiner, maybe with an adjective of a report between ("their
    report", "its annual report", "the open day"; not when ``adjective`` is false, for a phrasal verb: "the final
    kicks off"): a noun or an adjective, no verb."""
    if index and lowered[index - 1] in _ADJECTIVE_DETERMINERS:
        return True
    return (
        adjective
        and index > 1
        and lowered[index - 1] in _NOUN_ADJECTIVES
        and lowered[index - 2] in _ADJECTIVE_DETERMINERS
    )


def noun_after_a_possessive(lowered: list[str], index: int) -> bool:
    """Whether the timetable word at ``index`` is a noun after a possessive ("the museum's open day on Sunday",
    "the firm's reports"); a verb in "-s" that no plural noun shares is the verb of a name ending in "'s": "The
    ward at St Mary's reopens on Tuesday", "McDonald's opens on Friday"."""
    if not index or not lowered[index - 1].endswith(("'s", "s'")):
        return False
    word = lowered[index]
    return not word.endswith("s") or word in _PLURAL_NOUN_ALIKE


def future_adjective(lowered: list[str], index: int) -> bool:
    """Whether the future word at ``index`` describes the noun after a determiner ("a scheduled call",
    "its scheduled stop"): no tense, so the clause's verb decides."""
    return index > 0 and lowered[index] in _FUTURE_ADJECTIVES and lowered[index - 1] in _ADJECTIVE_DETERMINERS


def after_a_count(lowered: list[str], index: int, phrase: bool = False) -> bool:
    """Whether a timetable word that is as often a plural noun ("runs", "plays", "returns", "reports") follows a
    number ("scored 120 runs") or, "runs", a determiner and an "-ing" word ("the winning runs", where "the
    hearing resumes" keeps its verb): a noun, no verb. Before a ``phrase``'s preposition a bare number may be a
    year ("The inquiry, which opened in 2021, reports on Thursday"), so only one with its magnitude counts
    ("processed 2 million returns in January")."""
    word = lowered[index]
    if not index or word not in _PLURAL_NOUN_ALIKE:
        return False
    before = lowered[index - 1]
    if before in _MAGNITUDES and index > 1 and is_count(lowered[index - 2]):
        return True
    if phrase:
        return False
    if is_count(before):
        return True
    return word == "runs" and index > 1 and before.endswith("ing") and lowered[index - 2] in _ADJECTIVE_DETERMINERS


def present_alike_not_past(words: list[str], lowered: list[str], index: int, future_before: bool) -> bool:
    """Whether a past spelled like its present ("cut", "set", "hit") at ``index`` is no past here:
    - a noun after a number or a word of measure ("a quarter-point cut by December", "a 10% cut"), or after "a"
      and a noun before a preposition ("expect a dividend cut in the summer"; "A company cut 200 jobs" is the verb);
    - an infinitive after a modal ("Will the bank cut rates", "did not cut"), or after "and" when every marker
      before it looks ahead (``future_before``), sharing their future ("will report its progress in March and
      set a target"; not after a past: "had ruled that he must be returned, and set Friday as the deadline");
    - a title's word before another capitalised one ("Hit Comedy to Return for Third Season in January");
    - a present shared with a timetable's plain form after "and" ("Bond markets shut at 2 p.m. on Christmas Eve
      and stay closed on Christmas Day"; "stays" would make "shut" a past)."""
    count = len(lowered)
    return (
        after_a_measure(lowered, index)
        or after_a_modal(lowered, index)
        or (future_before and index >= 2 and lowered[index - 1] == "and")
        or _and_then_a_plain_timetable(lowered, index)
        or (
            index >= 2
            and lowered[index - 2] in ("a", "an")
            and index + 1 < count
            and lowered[index + 1] in _NOUN_AFTER_A_BEFORE
        )
        or (words[index][0].isupper() and index + 1 < count and words[index + 1][0].isupper())
    )


def _and_then_a_plain_timetable(lowered: list[str], index: int) -> bool:
    """Whether the first "and" within a few words after ``index`` leads a timetable verb in its plain form."""
    for at in range(index + 1, min(len(lowered) - 1, index + _SHARED_PRESENT_REACH)):
        if lowered[at] == "and":
            verb = lowered[at + 1]
            pair = f"{verb} {lowered[at + 2]}" if at + 2 < len(lowered) else ""
            return not verb.endswith("s") and "timetable" in (PHRASES.get(verb), PHRASES.get(pair))
    return False


def after_a_measure(lowered: list[str], index: int) -> bool:
    """Whether the word at ``index`` follows a number or a word of measure ("a 10% cut", "a quarter-point cut")."""
    return index > 0 and (lowered[index - 1].isdigit() or lowered[index - 1] in _MEASURE_WORDS)


def causative_participle(lowered: list[str], index: int) -> bool:
    """Whether the past form at ``index`` is the participle of a causative verb with an object between ("get the
    bill passed by Friday", "to have a deal done", "wants the claims settled"): a result wanted, not a past act.
    "have" only after "to" or a modal, so "the talks have ended" stays a perfect; a relative pronoun between
    opens a clause of its own ("want the man who attacked a guard on Friday"), and "been" makes a perfect ("might
    have been different, analysts said on Monday")."""
    for back in range(index - 1, max(-1, index - 1 - _CAUSATIVE_DETERMINED_REACH), -1):
        word = lowered[back]
        if word in _RELATIVE_PRONOUNS or word in _NOT_AN_OBJECT:
            return False
        if (
            word in CAUSATIVE_VERBS
            and back < index - 1
            and lowered[back + 1] != "to"  # "we need to win," Holm said: an infinitive, no object
            and (
                index - back <= _CAUSATIVE_OBJECT_REACH
                or lowered[back + 1] in _ADJECTIVE_DETERMINERS
                or lowered[back + 1] in _ADJECTIVE_QUANTIFIERS  # "want all hedge-cutting claims settled"
                # "to have 70 percent of adults vaccinated by summer" (not '"we want five," the founder said')
                or (is_count(lowered[back + 1]) and _ADJECTIVE_DETERMINERS.isdisjoint(lowered[back + 2 : index]))
            )
            and (word != "have" or (back > 0 and lowered[back - 1] in _INFINITIVE_AFTER))
            # a verb of its own between is no object: "might have survived, the inquest heard on Tuesday"
            and not any(
                lowered[between].endswith(PAST_SUFFIX) and lowered[between - 1] not in _ADJECTIVE_DETERMINERS
                for between in range(back + 1, index)
            )
        ):
            return True
    return False


def _after_auxiliary(words: list[str], lowered: list[str], index: int) -> bool:
    """Whether the word at ``index`` follows a determiner or an auxiliary (a participle or an adjective: "the
    preferred shares", "is heard", "isn't found"), maybe with an -ly adverb, "not" or another adverb between
    ("are normally made", "the newly built", "is not found by Friday", "is still held"). "May" written with a
    capital inside a sentence is the month or a name, no modal: "who will step down in May, defended the
    policy", "Theresa May defended the plan"."""
    if not index:
        return False
    before = lowered[index - 1]
    if before in _NOT_PAST_AFTER or (before.endswith("n't") and before not in _PAST_NEGATIONS):
        return not _capitalised_may(words, index - 1)
    return (
        index >= 2
        and (_is_ly_adverb(before) or before in ADVERBS_BETWEEN or before in ("not", "never", "yet", "just"))
        and lowered[index - 2] in _NOT_PAST_AFTER
        and not _capitalised_may(words, index - 2)
    )


def _capitalised_may(words: list[str], at: int) -> bool:
    return at > 0 and words[at] == "May"


def opens_a_participle_clause(lowered: list[str]) -> bool:
    """Whether a capitalised "-ed" word that opens its sentence is a participle ("Launched on Monday, the probe
    will ..."), not a name ("United said"): a preposition or a word of time follows it."""
    return len(lowered) > 1 and lowered[1] in _PARTICIPLE_NEXT


def fixture_length(words: list[str], lowered: list[str], index: int) -> int:
    """The length in words of a fixture verb at ``index`` ("face", "takes on") when a capitalised name
    follows it ("City face United", "face the Black Stars"), or of a singular "plays" before its object
    ("plays the top seed on Wednesday", "plays two sets on Saturday": the plural "play" is as often a noun, so it
    counts only before a fixture's noun: "play a three-day match against Ashford on Friday", or at a named ground:
    "play at Dodger Stadium on Monday"), else 0."""
    for size in (2, 1):
        if " ".join(lowered[index : index + size]) in _FIXTURE_PHRASES and index + size < len(words):
            named = index + size
            if lowered[named] == "the" and named + 1 < len(words):
                named += 1  # a name with its article: "the Super Eagles face the Black Stars on Friday night"
            after = words[named]
            if after[0].isupper() and lowered[named].split("'")[0] not in _NOT_AN_OPPONENT:
                return size
    if (
        lowered[index] == "plays"
        and index + 1 < len(lowered)
        and (lowered[index + 1] in _PLAYED_OBJECT_OPENERS or is_count(lowered[index + 1]))
    ):
        return 0 if after_a_determiner(lowered, index) else 1
    if (
        lowered[index] in ("play", "plays")
        and index + 2 < len(lowered)
        and lowered[index + 1] == "at"
        and words[index + 2][0].isupper()
        and index > 0
        # after the team's name ("The Rockies play at"), not a noun's ("washed out play at Old Trafford",
        # "Saturday's play at Old Trafford")
        and (words[index - 1][0].isupper() or lowered[index - 1] in ("they", "we"))
        and not lowered[index - 1].endswith("'s")
    ):
        return 1  # at a named ground: "The Rockies play at Dodger Stadium on Monday"
    if (
        lowered[index] == "play"
        and index + 1 < len(lowered)
        and lowered[index + 1] in _PLAYED_OBJECT_OPENERS
        and not _FIXTURE_NOUNS.isdisjoint(lowered[index + 2 : index + 2 + _FIXTURE_NOUN_REACH])
        and not after_a_determiner(lowered, index)
    ):
        return 1
    return 0


def results_length(words: list[str], lowered: list[str], index: int) -> int:
    """The length in words of a results verb at ``index`` and the results it reports a few words on ("report
    third-quarter results"), else 0: not for a noun ("the report") nor an infinitive ("did not report")."""
    for after in range(index + 1, min(len(lowered), index + 1 + _RESULTS_REACH)):
        if lowered[after] in _RESULTS_NOUNS:
            if after_a_determiner(lowered, index) or timetable_infinitive(words, lowered, index):
                return 0
            return after - index + 1
    return 0


def after_a_modal(lowered: list[str], index: int) -> bool:
    """Whether a modal, "did" or "to" stands a few words before ``index`` ("Will the bank cut")."""
    return any(word in _INFINITIVE_AFTER for word in lowered[max(0, index - _INFINITIVE_REACH) : index])


def timetable_infinitive(words: list[str], lowered: list[str], index: int) -> bool:
    """Whether a timetable verb at ``index`` is an infinitive: right after "to", or a few words after a modal,
    "did" or "let" in its own clause ("did the leaders meet", but not "turn to the Fed, which meets", nor after
    the month "May")."""
    if index and lowered[index - 1] == "to":
        return True
    for back in range(index - 1, max(-1, index - 1 - _INFINITIVE_REACH), -1):
        word = lowered[back]
        if word in _RELATIVE_PRONOUNS:
            return False
        if word in _INFINITIVE_AFTER and word != "to" and words[back] not in NOT_MARKER_CAPITALISED:
            return True
    return False


def plan_verb_before(words: list[str], lowered: list[str], index: int) -> int:
    """Where the plan verb stands whose verb the "to" at ``index`` starts, a few words back ("pledged on Monday
    to cut"; a vote only when it names no choice first, "voted for an Arab force to protect" being a purpose),
    or -1; right after the verb, the phrases of tense.yaml have read it already."""
    after = lowered[index + 1] if index + 1 < len(lowered) else ""
    if (
        not after.isalpha()
        or after in NOT_VERB
        or is_count(after)
        or (after in _CALENDAR_NAMES and words[index + 1][:1].isupper())
    ):
        # a determiner, a number or a date: "voted 330 to 245", "voted seven to four on Thursday" is a tally,
        # "claims decided in the year to June" a period (but "vowed to march on Saturday" is a plan)
        return -1
    # the day of the plan itself does not count: "subpoenaed the former director on Thursday to testify"
    dated = 2 if index >= 2 and lowered[index - 1] in WEEKDAY_WORDS and lowered[index - 2] == "on" else 0
    for at in range(max(0, index - 1 - PLAN_REACH - dated), index - 1):
        word = lowered[at]
        if (
            word in _PLAN_VERBS
            and (
                word not in _VOTE_VERBS
                # "the 60 votes needed to advance the bill" is the noun, after a count or a determiner
                or (
                    not (at and (is_count(lowered[at - 1]) or lowered[at - 1] in NOT_VERB))
                    and _vote_plans(lowered[at + 1 : index])
                )
            )
        ):
            return at
    return -1


def _vote_plans(between: list[str]) -> bool:
    """Whether a vote's "to" after ``between`` starts its plan: not after a choice ("voted for an Arab force to
    protect" is a purpose), nor after a bare tally or an adverb ("voted unanimously to"), where as right after
    the vote the date to come is mostly the vote's own ("voted 7 to 4 to reject the scheme at Thursday night's
    meeting"; but "voted 5-2 Monday to raise water rates starting Jan. 1", whose vote has its day already)."""
    if not _VOTE_CHOICES.isdisjoint(between):
        return False
    return not all(
        is_count(word) or word in _TALLY_WORDS or word.replace("-", "").isdigit() or _is_ly_adverb(word)
        for word in between
    )


def _after_adjective_opener(lowered: list[str], index: int) -> bool:
    """Whether the word at ``index`` follows a determiner and an ordinal, an -ly adverb or a length ("the first
    crewed", "a two-year accelerated degree": the words are split at the hyphen)."""
    if index >= 3 and lowered[index - 1] in _LENGTH_UNITS and is_count(lowered[index - 2]):
        return lowered[index - 3] in _ADJECTIVE_DETERMINERS  # "a two-year": the determiner before the length
    if index < 2 or lowered[index - 2] not in _ADJECTIVE_DETERMINERS:
        return False
    opener = lowered[index - 1]
    return opener in _ADJECTIVE_OPENERS or _is_ly_adverb(opener)


def _is_ly_adverb(word: str) -> bool:
    """Whether ``word`` is an adverb in "-ly" ("newly", "normally"), not a noun so spelled ("the family said")."""
    return word.endswith(_ADJECTIVE_OPENER_SUFFIX) and word not in _LY_NOUNS
