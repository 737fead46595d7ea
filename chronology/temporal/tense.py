"""The tense of the clause around an expression, from cheap word markers (no parser).

Which Monday "Monday" means depends on tense: news reports the past in the past tense ("the Taliban
announced on Monday"), and the future with a future marker ("will meet on Friday", "is due on Friday",
"is expected to vote Friday", "plans to leave Sunday"). The markers are data (``rules/tense.yaml``), read by
``tense_markers``. A sentence's words are read only when one of its expressions needs a tense, once; an
expression takes the tense of the nearest marker in its own sentence, so in "He said on Monday that talks will
resume on Friday" Monday is near "said" (past) and Friday near "will resume" (future). A sentence without any
marker has no tense (None); the resolver then reads weekdays as past (news mostly reports what has happened)
and months and dates as the occurrence nearest to publication.
"""

from __future__ import annotations

import re

from chronology.temporal.calendar_names import MONTH_NAMES, WEEKDAY_NAMES, WEEKDAY_WORDS, names_pattern
from chronology.temporal.tense_markers import markers
from chronology.temporal.tense_words import (
    LOOKING_AHEAD,
    PHRASES,
    REPORTING_VERBS,
    WORD,
    ends_with_word_of,
    number,
    one_word_of,
    words,
)

# The verb that governs a time adverbial usually comes before it ("X was killed on Monday"); a marker after
# the expression counts as this many times further away.
AFTER_WEIGHT = 2
# Punctuation that ends a clause, followed by a space (not the comma inside "1,000"), maybe with a quotation closed
# between: '"I'll be back at the bench on Monday," he told colleagues on Friday'.
# Nor the comma between a match's set scores: "won 6-2, 6-4 on Thursday".
_CLAUSE_BREAK = re.compile(
    r"(?:,(?!\s\d{1,2}[-\u2013]\d{1,2}\b)|[;:])[\"'\u201d\u2019]?(?=\s)|\s[-\u2013\u2014]{1,2}\s"
)
# "and" or "but" right before a verb starts a clause of its own: "seized the town on Saturday and are
# expected to push on". Matched on the text between a date and the marker after it, so "and" between two
# nouns ("the president and the prime minister") breaks nothing.
_AND_BUT = r"\s(?:and|but)\s+"
_LINKING_ADVERB = r"(?:then|also|later|now|still)\s+"
_COORDINATED_VERB = re.compile(rf"{_AND_BUT}(?:{_LINKING_ADVERB})?$", re.IGNORECASE)
# Characters from a possessive day to the timetable verb it is the subject of: "Tickets for Sunday's Munster final in
# Thurles go on sale" (but not "Tuesday's declaration by Ford, which holds": a clause of its own).
_SUBJECT_REACH = 40
_TERM_VERBS = frozenset(words("term_verbs"))
_TERM_WINDOW = number("term_window")
_ARRANGED_FOR_VERBS = frozenset(words("arranged_for_verbs"))
_ARRANGED_WINDOW = number("arranged_window")
# "called a strike for Thursday", and the date or deadline set: "set a trial date of February 6".
_FOR_BEFORE = re.compile(r"(?i)\b(?:for|(?:date|deadline)\s+of)\s+$")
# ... or the day it starts: "called a 24-hour walkout on the Underground from 6pm on Sunday", "announced a
# 48-hour strike starting on Monday": after a past form only, which no noun shares ("a post about a national
# crypto reserve, reversing losses from Friday" has the noun; "the musical, set in the 1980s" no arranging).
_START_BEFORE = re.compile(r"(?i)\b(?:(?:starting|beginning)(?:\s+(?:on|from|in|at))?|from)\s+$")
_ARRANGED_START_VERBS = frozenset(
    [*(verb for verb in _ARRANGED_FOR_VERBS if verb.endswith("ed")), "announced", "declared"]
)
_ARRANGED_START_WINDOW = 10  # words between the verb and the start: "a 24-hour walkout on the Underground"
_START_REACH = 20  # characters before the date searched for "starting on", "beginning from"
_OVERTAKEN_BEFORE = frozenset(("had", "originally", "initially", "previously", "first", "once"))
_TERM_PREPOSITION = ends_with_word_of("term_prepositions")
# A term's end named by its month: "released on bail until a date in March".
_UNTIL_A_DATE_IN = re.compile(r"(?i)\b(?:until|till|to)\s+a\s+(?:date|day)\s+(?:later\s+)?in\s+$")
# "the year to", "the three months to": the end of a period figures are for ("extended by three months to June"
# is a term).
_PERIOD_TO = re.compile(r"(?i)\bthe\s+(?:[\w-]+\s+)?(?:year|months|weeks|week|quarter|half|period)\s+to\s+$")
_TERM_NOUN_BEFORE = re.compile(rf"(?i)\b{one_word_of('term_nouns')}\s+(?:until|till|through)\s+$")
_SPANNING_TERM_VERBS = frozenset(words("spanning_term_verbs"))  # "from ... to" after them is a span
# "is" or "are" right before a date gives an appointment: "the final is on Sunday", "the deadline is midnight
# Friday", "the meeting is at 10:30 a.m. Tuesday", "markets are closed on Friday"; so does a contracted one
# before "on", "at" or "for": "the vote's on Thursday" (a possessive takes no "on": "the company's Thursday").
_APPOINTMENT = re.compile(
    r"(?i)(?:\b(?:is|are)\s+(?:(?:closed|shut|open)\s+)?(?:(?:on|at|for)\s+)?|\w['\u2019](?:s|re)\s+(?:on|at|for)\s+)$"
)
# ... and so does one with an adverb or a place between: "the final is now on Sunday", "the album is out on
# Friday", "the next match is at home to Fulham on Friday", "the next game is against Fulham on Friday night",
# "Forest are away at Brighton on Saturday", "the application is back before the committee on Monday" (a few
# words, none that opens a clause of its own: "is in hospital after a crash on Monday" is no appointment).
_PLACED_APPOINTMENT = re.compile(
    r"(?i)\b(?:is|are)\s+(?:(?:now|back|still|also|out|away)\s+){0,2}(?:(?:at|in|before|to|against)\s+"
    r"(?:(?!(?:after|since|following|because|over|for|during|when|with)\b)[\w'\u2019-]+\s+){1,4})?(?:on|at)\s+$"
)
_PLACED_APPOINTMENT_REACH = 60  # characters before the date searched for it
# A start put first in its sentence: "Starting Monday, masks are required", "From Monday, shops can open".
_FRONTED_START = re.compile(rf"(?i)[\"'\u201c`(]*{one_word_of('fronted_start_words')}\s+(?:on\s+)?")
# The last time something happened: "most recently in March" (whatever the verbs around it).
_RECENTLY_BEFORE = re.compile(r"(?i)\brecently\s+(?:in|on|at|during)\s+(?:the\s+)?$")
# A start set for what a noun names, after it: "agreed to a five-day humanitarian pause starting on Wednesday",
# "announced a strike beginning Monday", "a 72-hour truce starting at 6 a.m. on Saturday": the nearest such day (the
# start was set a day or so before it came, or is told the day after).
_START_AFTER_A_NOUN = re.compile(r"(?i)\b[a-z]{3,}\s+(?:starting|beginning)\s+(?:on\s+|from\s+|at\s+)?$")
# A simple present in "-s" right before its date's preposition, which no list of verbs names, is a timetable:
# after "which" or "who" ("Latvia, which adopts the euro on Wednesday", "who retires on Friday", "the budget, which
# the chancellor presents on Wednesday"), after a comma
# that closes a clause ("The relay, which began in May, reaches Birmingham on Sunday") or a one-word subject that
# opens the sentence ("Estonia becomes the 17th member on Saturday"), with an object or a particle between in the
# last two; after "he", "she" or "it" ("and she races again on Friday"), and after "and" before its object ("has
# reopened after a refurbishment and hosts its first exhibition on Saturday"). No marker may stand between the verb
# and the date (tense_at checks): "Profit fell, sales rose in March".
_UNLISTED_PRESENT = (
    r"(?!(?:is|was|has|does|says|means|seems|looks|sounds|this|thus|plus|always|perhaps|sometimes|its|his|hers|"
    r"ours|yours|theirs|news|series|less|unless|across|towards|afterwards|as|us|bus|gas|yes|whereas|analysts|"
    r"officials|sources|reports|experts|"
    # verbs of comparison, whose object is an event with its own date: "follows a 2% rise in October"
    r"follows|marks|reflects|compares|represents|tops|beats|exceeds|matches|echoes|mirrors|reverses|extends|recalls|"
    r"includes|involves|concerns|contains|resembles|doubles|triples|continues|outstrips|surpasses|trails)\b)"
    r"[a-z]{2,}[^s\W]s"
)
_DATE_PREPOSITION = r"(?:on|in|from|until|by|at)\s+(?:the\s+)?"
_NO_VERB_NEXT = r"(?!(?:of|have|had|has|are|were|will|would|could|can|may|might|should|must)\b)"
# After ", which" the relative pronoun is the subject, so a plain form is a plural present too: "The bridge tolls,
# which rise on Monday, were last increased in 2023" (not a determiner, a pronoun or an auxiliary).
_PLURAL_PRESENT_AFTER_WHICH = (
    r",\s+(?:which|who)\s+(?:(?:[a-z]+ly|now|still|also|then|only|already|finally|soon)\s+)?"
    r"(?!(?:the|a|an|is|was|were|are|has|have|had|will|would|could|can|may|might|should|must|shall|do|did|he|she|"
    r"they|it|we|i|you|his|her|its|their|our|my|your|this|that|these|those|in|on|at|for|by|to|of|from|with|not|"
    r"never|also|now|still|then|only|already|finally|soon|remain|seem|appear|mean|cost)\b)[a-z]{3,}(?<!ed)(?<!s)\s+"
)
_PRESENT_BEFORE_ITS_DATE = re.compile(
    rf"(?:\b(?:which|who)\s+(?:the\s+[a-z]+\s+|(?:[a-z]+ly|now|still|also|then|only|already|finally|soon)\s+)?"
    rf"{_UNLISTED_PRESENT}\s+"
    rf"(?:[^\s,.;:]+\s+){{0,6}}?"
    rf"|{_PLURAL_PRESENT_AFTER_WHICH}(?:[^\s,.;:]+\s+){{0,6}}?"
    rf"|,\s+{_UNLISTED_PRESENT}\s+{_NO_VERB_NEXT}(?:[^\s,.;:]+\s+){{1,6}}?){_DATE_PREPOSITION}$"
)
# ... and after "he", "she", "it" or "and", matched only where one of those words stands (they are common: a search
# over every date's window cost 2 % more instructions over the corpus).
_PRONOUN_OR_AND_PRESENT = re.compile(
    rf"(?:(?:[Hh]e|[Ss]he|[Ii]t)\s+(?:again\s+|also\s+|[a-z]+ly\s+)?{_UNLISTED_PRESENT}\s+(?:[^\s,.;:]+\s+){{0,6}}?"
    rf"|and\s+{_UNLISTED_PRESENT}\s+(?=(?:its|his|her|their|the|a|an)\s)(?:[^\s,.;:]+\s+){{1,6}}?"
    rf"){_DATE_PREPOSITION}$"
)
_PRONOUN_OR_AND = (" he ", " she ", " it ", " and ", "He ", "She ", "It ")
# After a one-word subject only before a determiner or a particle: "Estonia becomes the 17th member" ("Oil prices
# have come down" is a noun and its verb).
_OPENING_SUBJECT_PRESENT = re.compile(
    r"\s*(?:[A-Z][A-Z. ]+,[^-\u2013\u2014\n]{1,40}?[-\u2013\u2014]\s+)?"  # a dateline: "BRUSSELS, June 28 - "
    rf"[A-Z][a-z]+\s+{_UNLISTED_PRESENT}\s+(?=(?:the|a|an|its|his|her|their|off|up|out|into|to)\s)"
    rf"(?:[^\s,.;:]+\s+){{1,6}}?{_DATE_PREPOSITION}"
)
# A present passive of an event right before its day is its timetable: "she is sworn in on Thursday", "the
# report is published on Friday" (not a caption's "is pictured on Thursday", nor "is accused of ... on Thursday").
_PRESENT_PASSIVE_ON = re.compile(
    r"(?i)\b(?:is|are)\s+(?!(?:pictured|seen|shown|photographed|depicted|filmed|captured)\b)"
    r"(?:[a-z]{3,}ed|sworn|held|run|sung|given|broadcast)(?:\s+(?:in|out|up|off|open|down))?"
    r"(?:\s+(?:at|in)\s+(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?)?\s+on\s+$"  # "is run at Aintree on Saturday"
)
_PRESENT_LIMIT = ends_with_word_of("limit_prepositions")
# The end of a span "from ... to" is a limit as "until" is: "a warning valid from 6pm Saturday to midday Sunday".
_FROM_TO = re.compile(r"(?i)\bfrom\s+[^,;]{1,40}?\s+to\s+$")
_AHEAD_OF = re.compile(rf"(?i)\b{one_word_of('ahead_of_words')}\s+(?:the\s+)?$")  # "ahead of (the) Friday('s)"
# ... or of an event named first, then its day: "ahead of the ECB's policy meeting on Thursday" (not "ahead of
# schedule on Monday": no event).
_AHEAD_OF_EVENT = re.compile(
    rf"(?i)\b{one_word_of('ahead_of_words')}\s+(?!{one_word_of('ahead_of_not_events')}\b)"
    r"(?:[\w'\u2019.+-]+\s+){1,6}?on\s+$"
)
_AHEAD_OF_EVENT_REACH = 80  # characters before the date searched for it
# An event called the next one, then its date: "a hike at its next meeting in November" (tense.yaml).
_NEXT_EVENT = re.compile(
    r"(?i)\b(?:the|its|their|his|her|our)\s+(?:next|upcoming|forthcoming)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    rf"{one_word_of('next_event_nouns')}\s+(?:of\s+[\w-]+\s+)?(?:in|on|at)\s+$"
)
_SINCE = re.compile(r"(?i)\bsince\s+(?:at\s+least\s+|as\s+early\s+as\s+)?$")  # "since at least March"
# ... also with the event that started it between: "idle since a fire in August", "since the election in May",
# "since the cliff fall in the spring" (a noun may lead it),
# "has not played since suffering a concussion in February".
# (a noun in lower case: "the dollar's biggest drop since April on Friday" dates the drop on Friday)
_SINCE_EVENT = re.compile(
    r"(?i)\bsince\s+(?:(?-i:[a-z]+ing)\s+)?(?:(?:a|an|the|its|his|her|their|last)\s+)?(?:(?-i:[a-z][a-z-]*)\s+)?"
    r"(?-i:[a-z][a-z-]*)\s+(?:in|on)\s+$"
)
# A date at the head of a clause after a break: "..., but on Sunday we will win", "...; on Saturday she plays".
_CLAUSE_HEAD_REACH = 16  # characters before such a date searched for its clause break
_CLAUSE_MARK = re.compile(r"[,;:\u2013\u2014]| -")
_HEADS_A_CLAUSE = re.compile(r"(?i)\s*(?:(?:but|and|yet|so|while|then)\s+)?(?:(?:on|in|by|from|at|until)\s+)?")
# "a rise backdated to January" (not the noun "date": "pushed the date back to June")
_REACHED_BACK = re.compile(rf"(?i)(?<!\bthe\s)(?<!\bits\s)(?<!\ba\s)\b{one_word_of('backward_verbs')}\s+to\s+$")


def _possessive_then(key: str, after: str) -> re.Pattern[str]:
    """A possessive's "'s", up to two words and one of the nouns listed under ``key``, then ``after``: "'s 3-1
    win over", "'s test against"."""
    return re.compile(rf"(?i)['\u2019]s(?:\s+[\w-]+){{0,2}}?\s+{one_word_of(key)}{after}")


# What follows a possessive day: its result (not a result word before a noun: "Thursday's victory parade"), or a
# fixture (tense.yaml outcome_nouns, fixture_nouns).
_OUTCOME_AFTER = _possessive_then(
    "outcome_nouns", r"(?=\s*[,.;:)]|\s+(?:over|against|at|in|to|by|for|from|on|and|with|was|is|had|has|which|that)\b)"
)
_FIXTURE_AFTER = _possessive_then("fixture_nouns", r"(?![\w-])")
_RESULTS_OF = re.compile(r"(?i)\b(?:results?|outcome|count|tally|aftermath)\s+(?:of|from)\s+$")
# ... or one that will or would go ahead (tense.yaml going_ahead).
_GOING_AHEAD_AFTER = re.compile(
    rf"(?i)['\u2019]s(?:\s+[\w-]+){{1,3}}?\s+(?:will|would|could|might|may|is\s+to|was\s+to)\s+(?:not\s+|still\s+|now\s+)?"
    rf"{one_word_of('going_ahead')}\b"
)
# ... but a state told in the past held on the day: "Moreno was ineligible for Sunday's game".
_PAST_STATE_FOR = re.compile(r"(?i)\b(?:was|were|had\s+been)\s+(?:[\w-]+\s+){0,2}for\s+$")
_PAST_STATE_REACH = 40  # characters before the "for" searched for the past state


def _noun_then_for(key: str) -> re.Pattern[str]:
    """Text that ends with one of the nouns listed under ``key``, "for" and maybe "the": "figures for (the)",
    or with a reporting period's end after them: "results for the year to", "figures for the six months ended"."""
    return re.compile(
        rf"(?i)\b{one_word_of(key)}\s+for\s+(?:the\s+)?"
        r"(?:(?:(?:[a-z]+\s+)?(?:months|weeks)|year|half|quarter|period)\s+(?:to|ended|ending)\s+)?$"
    )


def _noun_within_two_words(key: str) -> re.Pattern[str]:
    """Text that starts with up to two words and then one of the nouns listed under ``key``: " payrolls data",
    " E-mini S&P futures", also after a possessive: "'s inflation figure"."""
    return re.compile(rf"(?i)(?:['\u2019]s)?(?:\s+[\w&-]+){{0,2}}?\s+{one_word_of(key)}\b")


_RELATIVE_OPENS = re.compile(r",\s+(?:where|which|who|whose)\s")  # ", where talks collapsed in June,"
# ... or a participle that opens a clause set off by commas: 'will reissue "Glass Orchard", first released in
# 1997, on vinyl on Friday'.
_PARTICIPLE_OPENS = re.compile(r"(?i),\s+(?:(?:first|originally|once|previously|initially)\s+)?$")
_PARTICIPLE_OPENS_REACH = 14  # characters before the participle searched for the comma
_DATE_WORD = re.compile(
    rf"(?i){names_pattern(MONTH_NAMES, WEEKDAY_NAMES)}|\b(?:1[6-9]|20)\d\d\b|\b(?:yesterday|today|tomorrow)\b|"
    r"\b(?:this|last)\s+(?:year|month|week)\b"
)
_FOR_PERIOD_REACH = 40  # characters before a date searched for "figures for", "the forecast for"
_FIGURES_FOR = _noun_then_for("data_nouns")  # "figures for January"
_MONTH_OF_FIGURES = _noun_within_two_words("data_nouns")  # "December payrolls data", "August retail sales figures"
# "minutes of its July meeting", "minutes from the Federal Reserve's July meeting"
_MINUTES_OF = re.compile(
    r"(?i)\bminutes\s+(?:of|from)\s+(?:its|the|their|this|that|(?:the\s+)?(?:[\w.&-]+\s+){0,4}[\w.&-]+['\u2019]s)\s+$"
)
_MONTH_WORDS = frozenset(name.lower() for name in MONTH_NAMES)
# A day's event undone names a day the undoing does not date: "The ferry operator cancelled all Saturday sailings"
# (in a Friday paper, tomorrow's), "called off Sunday's match" (the nearest Saturday), "withdrew on Wednesday from
# Sunday's run-off", "forced the postponement of Saturday's match"; one asked to be undone is still to come: "asked
# for Tuesday's hearing to be postponed".
_UNDONE_BEFORE = re.compile(
    rf"(?i)\b(?:{one_word_of('plans_undone')}(?:\s+on\s+\w+day)?\s+(?:from\s+)?|{one_word_of('undoing_nouns')}\s+of\s+)"
    r"(?:(?:all|the|its|their|his|her|this|next)\s+)?$"
)
# A day's event answered in the future names one gone (tense.yaml answering_verbs): "will appeal Monday's ruling",
# "will debate the findings of Tuesday's report".
_ANSWERING_BEFORE = re.compile(
    rf"(?i)\b{one_word_of('answering_verbs')}\s+(?:(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?:of|from|into|on|in)\s+)?$"
)
# A plan's first date, which the word "originally" says was changed, is undone: the nearest ("The awards, originally
# scheduled for March, will now be held in September" in May is the March gone; "first planned for late May").
# A present perfect before the limit it set ("has funded the government only through Jan. 30"), and a promise
# before its deadline ("has promised relief before winter"; a past perfect's, "had promised results by Saturday",
# was overtaken).
# The words right before such a limit or deadline.
_LIMIT_OR_DEADLINE_BEFORE = (
    "until ",
    "through ",
    "till ",
    "by ",
    "before ",
    "until the ",
    "through the ",
    "by the ",
    "before the ",
)
_PERFECT_UNTIL = re.compile(
    r"(?i)\b(?:has|have)\s+(?:(?:been|already|now|only|just)\s+)*[a-z]+(?:ed|en)\b[^.;:!?]{0,60}?"
    r"\b(?:until|through|till)\s+(?:the\s+)?$"
)
_PROMISED_BY = re.compile(
    r"(?i)(?<!\bhad\s)\b(?:promised|pledged|vowed)\b[^.;:!?]{0,50}?\b(?:before|by)\s+(?:the\s+)?$"
)
# A month before a past "was" or "were" that states what it was, not a plan's state ("was postponed", "was due",
# "were to"): the month has been, even when the next one is near ("Sales in January were the weakest").
_PAST_STATE_AFTER = re.compile(
    r"(?i)\s+(?:was|were)\s+(?!(?:due|set|to|being|been|expected|scheduled|supposed|meant|going|about|likely|unlikely|"
    r"slated|planned|pencilled|penciled|tipped)\b)(?![a-z]+(?:ed|en|ing)\b)"
)
_ORIGINALLY_FOR = re.compile(
    r"(?i)\b(?:originally|initially|first)\s+(?:scheduled|set|planned|due|slated|expected|meant)\s+(?:for|on|in)\s+"
    r"(?:the\s+)?$"
)
# The day a plan was moved from is the one it was to have, undone: the nearest ("Delivery has been postponed from the
# spring to the autumn" in January is this spring).
_MOVED_FROM = re.compile(
    r"(?i)\b(?:postponed|delayed|moved|pushed\s+back|brought\s+forward|rescheduled|deferred|shifted)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?from\s+(?:the\s+)?$"
)
# A day's event undone since ("Sunday's derby has been called off": the nearest Sunday, not the one gone), or asked
# to be undone (group "ahead": "asked for Tuesday's hearing to be postponed" is still to come), maybe with a
# relative clause between: "Saturday's match, which had been due to kick off at 3pm, had been called off".
_UNDONE_AFTER = re.compile(
    rf"(?i)['\u2019]s(?:\s+[a-z-]+){{1,3}}?(?:,\s+which\b[^,.;]{{1,80}},)?\s+(?:(?P<ahead>to\s+be)|(?:has|have|had)\s+been|was|were)\s+"
    rf"{one_word_of('plans_undone')}\b"
)
_DELIVERY_MONTH = _noun_within_two_words("delivery_nouns")  # "December gold futures", "the March contract"
_DELIVERY_FOR = _noun_then_for("delivery_nouns")  # "Brent crude futures for March"
_FORECAST_FOR = _noun_then_for("forecast_nouns")  # "the forecast for the weekend"
# What is forecast, its verb a participle after a bare plural: "before storms forecast for Thursday", "showers
# predicted for Sunday" (not "its forecasts for 2026", a noun; nor "this", "was", whose "s" makes no plural).
_PLURAL_FORECAST_FOR = re.compile(
    r"(?i)\b(?!(?:this|was|has|is|as|its|his|us|yes|thus|plus)\s)[a-z]+s\s+(?:forecast|predicted)\s+for\s+$"
)
# A forecast revised or given is of a time to come even when told in the past: "raised its profit forecast for the
# year to March" (in November: next March); "the forecast for the weekend was wrong" is not one.
# The verb with what it forecasts, for a reporting period still running ("for the year ended March" is one gone).
_FORECAST_VERB_FOR = re.compile(
    r"(?i)\b(?:forecast|forecasts|projected|projects)\s+(?:[\w$\u00a3\u20ac.,%-]+\s+){0,8}?for\s+(?:the|its)\s+"
    r"(?:(?:fiscal|financial|full|current)\s+)?(?:year|quarter|half|period|(?:six|nine|12|twelve)\s+months)\s+"
    r"(?:to|ending)\s+$"
)
_FORECAST_GIVEN = re.compile(
    r"(?i)\b(?:raised|lifted|cut|lowered|trimmed|upgraded|downgraded|revised|reiterated|issued|affirmed|"
    rf"maintained|kept)\s+(?:its|their|the|his|her|a|an)\s+(?:[a-z-]+\s+){{0,3}}?{one_word_of('forecast_nouns')}"
    r"\s+for\s+"
)
_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:in|on|since|during|by|until|till|from|through|after|before|for|of)\s+$")
# A weather record names a time gone, whatever the verb: "a hosepipe ban comes into force after the driest spring in
# 50 years".
_WEATHER_RECORD = re.compile(rf"(?i)\b(?:the|its|a)\s+{one_word_of('weather_superlatives')}\s+$")
_WHAT_THE_DAY_IS = re.compile(r"\s+is\s+(?:a|an|the)\s")  # "Wednesday is an Ozone Action Day"
_HEADS_ITS_SENTENCE = re.compile(r"(?i)[\s\"'\u201c`(*\u2022-]*(?:(?:in|on|by|during|since)\s+)?")
# "and" or "but" right before a verb, maybe with an adverb between: "and formally left".
_AND_BEFORE_VERB = re.compile(rf"(?i){_AND_BUT}(?:\w+ly\s+|{_LINKING_ADVERB})?$")
_ACTED_ON = re.compile(r"(?i)\s+(?:in|on|at)\s+")  # "charged in January", "left on Jan. 31", "started at 4am on Jan. 1"
# ... also with a short object between: "rejected the scheme in January", "approved the ring-road scheme in
# January", "told colleagues on Monday", "sold it on Friday", "closed 112 stores in January", "cut 2,000 jobs in
# March", or a short phrase of where it put its object: "was placed into administration in January", "was
# promoted to captain in March"; not after a verb that arranges what its object names ("called a meeting on
# Friday", "was summoned to court on Friday").
_ACTED_ON_OBJECT = re.compile(
    r"(?i)\s+(?:it|them|him|her|us|me|(?:(?:the|a|an|its|his|her|their|our)\s+(?:[a-z]+(?:-[a-z]+)?\s+)?)?"
    r"[a-z]+(?:-[a-z]+)?"
    r"|[$\u00a3\u20ac]?\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s+[a-z]+)?"
    r"|(?:into|out\s+of|under|to|from)\s+(?:(?:the|a|an|its|his|her|their|our)\s+)?[a-z]+(?:-[a-z]+)?)\s+(?:in|on|at)\s+"
)
_ARRANGING_VERBS = frozenset(words("arranging_verbs"))
_STAGING_PARTICIPLES = frozenset(words("staging_participles"))
# A staging participle after its noun and before the date's phrase: "ceremonies held over five days in July".
_STAGED_NOUN_BEFORE = re.compile(
    r"(?i)(?<!\bit )(?<!\bthey )(?<!\bwe )(?<!\bhe )(?<!\bshe )(?<!\bwho )(?<!\bthat )[a-z]+ $"
)
_STAGED_PHRASE_AFTER = re.compile(r"(?i)\s+(?:in|on|at|over|during|from|between|across|throughout)\b")
_NO_OBJECT_MARKERS = frozenset(words("no_object_markers"))  # "was due on March 31"
_BY_AFTER_MARKER = re.compile(r"(?i)\s+(?:by|before)\s+")  # "placed by Sunday", "received before Friday"
_FROM_AFTER_MARKER = re.compile(r"(?i)\s+(?:from|after)\s+")  # "contracts signed from Wednesday"
_RELATIVE_BEFORE = re.compile(r"(?i)\b(?:who|which|that)\s+$")  # a marker that opens a relative clause
# A month or a weekday listed after others ("cut rates in September, October and December", "hit on Monday,
# Tuesday and Wednesday"): the list's first item, and the end of the list before this one.
_NAME = names_pattern(MONTH_NAMES, WEEKDAY_NAMES)
_LISTED_AFTER = re.compile(rf"(?i)\b({_NAME})(?:\s*,\s*{_NAME})*(?:\s*,\s*|,?\s+(?:and|or)\s+)$")
_LIST_REACH = 80  # characters before an item searched for the items before it
# A clause that leaves its verb out after "and" takes the tense of the day before it: "The women's final is on
# Saturday at 3pm and the men's final on Sunday at 4pm" (not across a verb of its own: "and the team arrived on").
_GAPPED = re.compile(
    rf"(?i)\b(?P<day>{_NAME})\b[^.;,]{{0,20}}?\s+and\s+(?:the|a|an|its|their|his|her)\s+"
    r"(?:[\w'\u2019-]+\s+){1,3}?(?:on|at)\s+$"
)
_GAP_REACH = 70  # characters before a day searched for the day and the clause before it
# A clause that opens with a word of condition or time: "Unless a deal is reached by Sunday".
_CONDITIONAL_START = re.compile(rf"(?i)[\s\"'\u201c`(]*{one_word_of('conditional_starts')}\b")
_CONDITION_FIRST = re.compile(rf"(?i)[\s\"'\u201c`(]*{one_word_of('condition_first_words')}\b")
_CONDITION_INSIDE = re.compile(rf"(?i)\b{one_word_of('condition_inside_words')}\s+\w")
# A condition reported in the past: "Negotiators said on Sunday that if the talks were not concluded by Wednesday",
# or one a plan hangs on: "threatened to boycott the session if it went ahead on Tuesday evening".
_REPORTED_CONDITION = re.compile(
    rf"(?i)\b(?:{one_word_of('reporting_verbs')}|{one_word_of('plan_verbs')}\s+to)\b[^.;:]*?\b(?:if|unless)\s+\w"
)
# A clause of time in the present inside a clause: "before the rate is cut on Monday" ("before Friday's vote" is a
# preposition).
_TIME_CLAUSE_INSIDE = re.compile(
    r"(?i)\b(?:before|after|until|till|when)\s+(?:the|a|an|its|their|his|her|our)\s+\w+(?:\s+\w+)?\s+(?:is|are)\b"
)
# A past form before a preposition is a participle whose phrase holds the date, before the main verb: "the
# lock-up imposed at the flotation in July will expire in January", "the truce brokered by the envoy on Saturday
# will be tested" ...
_PARTICIPLE_PHRASE = re.compile(r"(?i)\s+(?:at|in|on|during|after|from|of|for|with|under|across|near|within|by)\b")
# ... unless the date is a limit on it: "Cars left on snow routes after 6 p.m. Monday will be towed".
_LIMIT_BEFORE = re.compile(r"(?i)\b(?:by|before|after|until|till)\s+$")
# A condition put first and the clause it conditions, in the second conditional: "If Denmark beat Wales on
# Saturday, they would play" (no past perfect before the date, no "would have" after it).
_IF_FIRST = re.compile(r"(?i)[\s\"'\u201c(]*if\s(?:(?!\bhad\b)[^,;:])*$")
_HYPOTHETICAL_AFTER = re.compile(r"(?i)[^,.;:]*,\s[^.;:,]*?\b(?:would|could|might|will)\s+(?!have\b)\w")
# A plan told in the past before its date, undone after "but" after it (tense.yaml plans_undone).
# An adverb may follow its first word: "had originally been set for Wednesday but were delayed".
_PLAN_TOLD_IN_THE_PAST = re.compile(
    r"(?i)\b(?:"
    + "|".join(
        r"(?:\s+(?:originally|initially|previously|first))?\s+".join(
            (re.escape(first), r"\s+".join(map(re.escape, rest.split())))
        )
        for first, _, rest in (phrase.partition(" ") for phrase in words("plans_told_in_the_past"))
    )
    + r")\s"
)
_PLAN_UNDONE = re.compile(rf"(?i)[^.;:]*?\bbut\b[^.;:]*?\b{one_word_of('plans_undone')}\b")
# After a verb of saying, what was said begins: "said on Friday that ...", "said on Friday the price cap ...".
_SAID_THEN_CLAUSE = re.compile(r"(?i).*?\s(?:that|on\s+\w+\s+(?:the|a|an))\s")
# Between a verb of saying and the subject of what was said: "said the winter", "said that the winter".
_REPORTED_SUBJECT_GAP = re.compile(r"\s+(?:that\s+)?")


def after_since(text: str, start: int, floor: int = 0) -> bool:
    """Whether the expression at ``start`` follows "since" (not before ``floor``), maybe with the event that started
    it between: a starting point, "prices have fallen since July", "idle since a fire in August"."""
    near = max(floor, start - 40)
    return after_bare_since(text, start, floor) or (
        text.find("ince", near, start) != -1  # "since", "Since": far cheaper than the search
        and _SINCE_EVENT.search(text, near, start) is not None
    )


def after_bare_since(text: str, start: int, floor: int = 0) -> bool:
    """Whether the expression at ``start`` follows "since" right before it ("since January", "since at least
    March"; not before ``floor``), not "since" and the event the date is of ("since a rockfall on Aug. 23")."""
    near = max(floor, start - 22)
    return text.find("ince", near, start) != -1 and _SINCE.search(text, near, start) is not None


class TenseMap:
    """Tense markers of one text, read per sentence on first need."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._by_sentence: dict[tuple[int, int], list[tuple[int, int, str]]] = {}

    def _markers_of(self, sentence: tuple[int, int]) -> list[tuple[int, int, str]]:
        """The tense markers of ``sentence``, read once."""
        found = self._by_sentence.get(sentence)
        if found is None:
            found = self._by_sentence[sentence] = markers(self.text, *sentence)
        return found

    def tense_at(self, start: int, end: int, sentence: tuple[int, int]) -> str | None:
        """The tense that dates [start, end) inside ``sentence`` (see :meth:`_governing_tense`), but none for the
        period of figures awaited: "Figures for January, due on Feb. 14, are expected to show" (in February, the
        January just gone), "Investors await December payrolls data" (figures come out after their period,
        forecasts before it, so only the nearest is sure); figures told in the past are of a period gone. A forecast
        told in the present is of a time to come ("The forecast for the weekend is dry"), and so is a condition
        reported in the past ("said on Sunday that if the talks were not concluded by Wednesday"), a start set for
        what a noun names ("agreed to a pause starting on Wednesday") and a day's event asked to be undone; a day's
        event undone is the nearest ("cancelled all Saturday sailings"), and one answered in the future is gone
        ("will appeal Monday's ruling")."""
        month = self.text[start:end].lower() in _MONTH_WORDS
        # far enough back for "statistics for the six months ended "
        near = max(sentence[0], start - _FOR_PERIOD_REACH)
        after_for = self.text.find(" for ", near, start) != -1  # str.find first: far cheaper than a search
        if month and (
            _DELIVERY_MONTH.match(self.text, end) or (after_for and _DELIVERY_FOR.search(self.text, near, start))
        ):
            # a delivery month, whatever the verb: "December gold futures settled down" in October, "futures for
            # March were down"
            return "future"
        tense = self._governing_tense(start, end, sentence)
        if (
            tense in ("future", "timetable", "prospective")
            and self.text.startswith(("'s", "\u2019s"), end)
            and _ANSWERING_BEFORE.search(self.text, max(sentence[0], start - 40), start)
        ):
            return "past"  # "will appeal Monday's ruling": the ruling has been
        if (
            tense in ("past", "acted")
            and self.text.endswith(_LIMIT_OR_DEADLINE_BEFORE, sentence[0], start)
            and (
                _PERFECT_UNTIL.search(self.text, max(sentence[0], start - 90), start)
                or _PROMISED_BY.search(self.text, max(sentence[0], start - 70), start)
            )
        ):
            # a limit a present perfect set, still running ("has funded the government only through Jan. 30"), or
            # a promise's deadline ("has promised relief before winter"): to come
            return "future"
        if (
            tense == "past"
            and month
            and not after_for  # "bookings for August were running 5% behind": what is booked for a month to come
            and self.text.startswith((" was ", " were "), end)
            and _PAST_STATE_AFTER.match(self.text, end)
        ):
            return "acted"  # "Sales volumes in January were the weakest since 2009" in late December: the January gone
        if (
            tense == "past"
            # str.find first: far cheaper than the search, and few past dates follow a start's word
            and self.text.find("ing", max(sentence[0], start - 16), start) != -1
            and _START_AFTER_A_NOUN.search(self.text, max(sentence[0], start - 40), start)
        ):
            return "unreal"  # "agreed to a five-day pause starting on Wednesday": the nearest
        if self.text.find("from", max(sentence[0], start - 12), start) != -1 and _MOVED_FROM.search(
            self.text, max(sentence[0], start - 60), start
        ):
            return "unreal"  # "postponed from the spring to the autumn": the spring it was to have
        if (
            self.text.find("ally", max(sentence[0], start - 40), start) != -1
            or self.text.find("first", max(sentence[0], start - 40), start) != -1
        ) and _ORIGINALLY_FOR.search(self.text, max(sentence[0], start - 40), start):
            return "unreal"  # "originally scheduled for March": the March it was to have
        if (
            tense == "present"
            and self.text[start:end].split(" ", 1)[0].lower() in WEEKDAY_WORDS  # "on Sunday night" too
            and _PRESENT_PASSIVE_ON.search(self.text, max(sentence[0], start - 40), start)
        ):
            return "future"  # "she is sworn in on Thursday": a timetable
        if tense in (None, "present", "past", "acted") and (present := self._unlisted_present_before(start, sentence)):
            return present
        if tense in ("past", "acted", "future") and self.text[start:end].lower() in WEEKDAY_WORDS:
            undone_after = _UNDONE_AFTER.match(self.text, end, sentence[1])
            if tense == "future":
                if undone_after is not None and not undone_after.group("ahead"):
                    return "unreal"  # "would sit again on Friday after Monday's session was abandoned"
            elif undone_after is not None and undone_after.group("ahead"):
                return "future"  # "asked for Tuesday's hearing to be postponed"
            elif undone_after is not None or _UNDONE_BEFORE.search(self.text, max(sentence[0], start - 40), start):
                return "unreal"  # "cancelled all Saturday sailings", "Sunday's derby has been called off": the nearest
        if (
            tense == "past"
            # str.find first: far cheaper than the search, and most past dates have no condition before them
            and (
                self.text.find(" if ", sentence[0], start) != -1 or self.text.find(" unless ", sentence[0], start) != -1
            )
            and _REPORTED_CONDITION.search(self.text, sentence[0], start)
            and self._in_conditional_clause(start, sentence)
        ):
            return "future"  # a speaker's present condition put back a tense: "said that if ... were not done by"
        if (
            tense in ("past", "acted")
            and _IF_FIRST.match(self.text, sentence[0], start)
            and _HYPOTHETICAL_AFTER.match(self.text, end, sentence[1])
        ):
            # a condition put first, told in the past for what would follow: "If Denmark beat Wales on Saturday,
            # they would play in Baku a week later" (not "had beaten", nor "would have played": a past undone), or
            # for what will: "If the hosts beat Chile on Saturday, they will play the semi-final"
            return "future"
        if (
            # the plan's "was" may decide the tense: "was due to fly to Melbourne on Wednesday but has withdrawn"
            tense in ("future", "past", "acted")  # "were to have gone to the polls on Nov. 3" too
            and self.text.find("but", end, sentence[1]) != -1  # str.find first: most plans are not undone
            and _PLAN_TOLD_IN_THE_PAST.search(self.text, sentence[0], start)
            and _PLAN_UNDONE.match(self.text, end, sentence[1])
        ):
            return "unreal"  # "was due to publish its results on Wednesday but delayed them": the nearest Wednesday
        if after_for and tense in ("past", "acted") and _PLURAL_FORECAST_FOR.search(self.text, near, start):
            return "future"  # "raced to bring in the crop before storms forecast for Thursday"
        if after_for and _FORECAST_FOR.search(self.text, near, start):
            if tense in ("present", None):
                return "future"  # "The forecast for the weekend is dry": a forecast is of a time to come
            if _FORECAST_GIVEN.search(self.text, max(sentence[0], start - 2 * _FOR_PERIOD_REACH), start):
                return "future"  # "raised its profit forecast for the year to March": the forecast's period
        if after_for and _FORECAST_VERB_FOR.search(self.text, max(sentence[0], start - 2 * _FOR_PERIOD_REACH), start):
            return "future"  # "The group forecast operating profit of 3 trillion yen for the year to March"
        # a half or a quarter before its figures too: "reports first-half results on Wednesday" in July
        if tense in ("future", "present") and self._of_figures(
            start, end, near, after_for, month or self.text.endswith(("half", "quarter", "Half", "Quarter"), start, end)
        ):
            return None
        return tense

    def _unlisted_present_before(self, start: int, sentence: tuple[int, int]) -> str | None:
        """ "future" where an unlisted simple present governs the date at ``start`` (see _PRESENT_BEFORE_ITS_DATE)."""
        floor = max(sentence[0], start - 80)
        found = None
        # str.find first: far cheaper than the search, and most dates have no "which", "who" or comma before them
        if (
            self.text.find(",", floor, start) != -1
            or self.text.find("which", floor, start) != -1
            or self.text.find("who", floor, start) != -1
        ):
            found = _PRESENT_BEFORE_ITS_DATE.search(self.text, floor, start)
        if found is None:
            found = self._pronoun_or_and_present(floor, start)
        if found is None and start - sentence[0] < 80:
            found = _OPENING_SUBJECT_PRESENT.fullmatch(self.text, sentence[0], start)
        if found is None:
            return None
        if any(found.start() < marker_start < start for marker_start, _, _ in self._markers_of(sentence)) or any(
            word.endswith("ed") or PHRASES.get(word) == "past"
            for word in self.text[found.start() : start].lower().split()[1:]
        ):
            return None  # a verb of its own between: "Profit fell, sales rose in March", "negotiators met again on"
        return "future"

    def _pronoun_or_and_present(self, floor: int, start: int) -> re.Match[str] | None:
        """An unlisted present after "he", "she", "it" or "and" governing the date at ``start``
        (_PRONOUN_OR_AND_PRESENT), tried only where such a word stands between ``floor`` and the date."""
        text = self.text
        for word in _PRONOUN_OR_AND:
            at = text.find(word, floor, start)
            while at != -1:
                begin = at + 1 if word[0] == " " else at
                if (begin == 0 or not text[begin - 1].isalpha()) and (
                    found := _PRONOUN_OR_AND_PRESENT.match(text, begin, start)
                ):
                    return found
                at = text.find(word, at + 1, start)
        return None

    def _of_figures(self, start: int, end: int, near: int, after_for: bool, period: bool) -> bool:
        """Whether [start, end) is the period of figures: "figures for January" (``after_for``: " for " between
        ``near`` and ``start``), "December payrolls data", "first-half results" (a month, a half or a quarter,
        ``period``, that no preposition leads), "minutes of its July meeting" (a meeting's record comes after it)."""
        if after_for and _FIGURES_FOR.search(self.text, near, start):
            return True
        return period and (
            (
                _MONTH_OF_FIGURES.match(self.text, end) is not None
                and not _PREPOSITION_BEFORE.search(self.text, near, start)
            )
            or _MINUTES_OF.search(self.text, near, start) is not None
        )

    def _governing_tense(self, start: int, end: int, sentence: tuple[int, int]) -> str | None:
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
        a starting point that has been, whatever the verb: its tense is "since", a past without exceptions;
        so is one reached back to ("backdated to January"), tense "back".
        """
        possessive = self.text.startswith(("'s", "\u2019s"), end)
        if self.text.endswith((", ", " and ", " or "), sentence[0], start):
            listed = _LISTED_AFTER.search(self.text, max(sentence[0], start - _LIST_REACH), start)
            if listed is not None:  # the tense of the list's first item decides them all
                return self._governing_tense(listed.start(1), listed.end(1), sentence)
        if self.text.endswith((" on ", " at "), sentence[0], start) and (
            self.text.find(" and ", max(sentence[0], start - _GAP_REACH), start) != -1
        ):
            gapped = _GAPPED.search(self.text, max(sentence[0], start - _GAP_REACH), start)
            if gapped is not None and not any(
                gapped.end("day") <= marker_start < start for marker_start, _, _ in self._markers_of(sentence)
            ):
                return self._governing_tense(gapped.start("day"), gapped.end("day"), sentence)
        if after_since(self.text, start, sentence[0]):
            return "since"  # a starting point has been, whatever the verb: "prices have fallen since July"
        if self.text.find("recently", max(sentence[0], start - 16), start) != -1 and _RECENTLY_BEFORE.search(
            self.text, max(sentence[0], start - 16), start
        ):
            return "acted"  # "meets three times a year, most recently in March, and will next convene": March gone
        if possessive and _OUTCOME_AFTER.match(self.text, end):
            return "past"  # "after tearing a hamstring in Saturday's win": a result is known once the day is played
        if possessive and _RESULTS_OF.search(self.text, max(sentence[0], start - 16), start):
            return "past"  # "results of Monday's vote would be announced": what is counted has been held
        if (
            possessive
            and self.text.endswith(("for ", "For ", "tickets to ", "ticket to "), sentence[0], start)
            and _FIXTURE_AFTER.match(self.text, end)
            and not _PAST_STATE_FOR.search(self.text, max(sentence[0], start - _PAST_STATE_REACH), start)
        ):
            # "named an unchanged side on Thursday for Saturday's test", "queued for tickets to Sunday's final"
            return "future"
        if possessive and _GOING_AHEAD_AFTER.match(self.text, end):
            return "future"  # "confirmed on Monday that Wednesday's walkout would go ahead"
        if (
            self.text.startswith(" is ", end)
            and _WHAT_THE_DAY_IS.match(self.text, end)
            and _HEADS_ITS_SENTENCE.fullmatch(self.text, sentence[0], start)
        ):
            return "future"  # a day named by what it is, in the present: "Wednesday is an Ozone Action Day"
        # The checks below first look for a word of theirs with str.find, far cheaper than a search that fails.
        near = max(sentence[0], start - 24)
        if self.text.find("ack", near, start) != -1 and _REACHED_BACK.search(self.text, near, start):
            return "back"  # so has a date reached back to: "will get a rise backdated to January"
        if self.text.find("est ", near, start) != -1 and _WEATHER_RECORD.search(self.text, near, start):
            return "record"  # "after the driest spring in 50 years": only a time gone holds a record
        if not possessive and (self._term_end(start, sentence) or self._arranged_for(start, sentence)):
            return "future"
        ahead_from = max(sentence[0], start - _AHEAD_OF_EVENT_REACH)
        if (
            self.text.find("head", ahead_from, start) != -1  # "ahead", "Ahead"
            or self.text.find("dvance", ahead_from, start) != -1
            or self.text.find("-up", ahead_from, start) != -1
        ) and (_AHEAD_OF.search(self.text, near, start) or _AHEAD_OF_EVENT.search(self.text, ahead_from, start)):
            return "future"  # "rallied ahead of Tuesday's vote": what is ahead of an act is still to come
        if (
            self.text.find("next ", ahead_from, start) != -1 or self.text.find("coming ", ahead_from, start) != -1
        ) and _NEXT_EVENT.search(self.text, ahead_from, start):
            return "future"  # "a hike at its next meeting in November"
        found = self._markers_of(sentence)
        best: tuple[int, str, int] | None = None  # distance, tense, marker start
        # The nearest marker before the expression: distance, tense, end, start.
        before: tuple[int, str, int, int] | None = None
        for marker_start, marker_end, tense in found:
            weak = False
            if start <= marker_start < end:
                continue  # a word inside the expression itself says nothing of the clause
            if marker_end < start and self._in_closed_relative_clause(marker_start, marker_end, start, sentence):
                continue  # "return to Bonn, where talks collapsed in June, for a final round on Monday"
            if tense == "timetable":
                if (
                    possessive
                    and (
                        marker_start < start
                        or marker_start - end > _SUBJECT_REACH
                        or _CLAUSE_BREAK.search(self.text, end, marker_start)
                    )
                    # ... but what a fixture is for is to come: "flies to Helsinki tonight for Monday's summit"
                    and not (marker_start < start and self.text.endswith(("for ", "For "), sentence[0], start))
                ):
                    continue  # "leaders meet to discuss Monday's attack": the day names an event of its own
                tense = "future"  # ... but in the verb's subject it is the fixture's: "Sunday's final kicks off at 3pm"
            elif tense == "deadline":
                # A deadline's purpose ("the January 1 deadline to open their markets") looks ahead for a date
                # after it; the deadline's own date before it is told by a verb before it if there is one ("had
                # missed the January 1 deadline to open"), else it is to come ("faces a Friday deadline to repay").
                tense = "future"
                if marker_start >= end:
                    weak = True
            elif tense == "prospective":
                # What was planned comes after the plan, and its date after the plan's verb ("planned to
                # leave on Thursday"); a day before the verb dates the planning, in the past.
                tense = "future" if marker_start < start else "past"
            if marker_start < start:
                distance = max(start - marker_end, 0)
                if before is None or distance < before[0]:
                    before = (distance, tense, marker_end, marker_start)
            else:
                distance = AFTER_WEIGHT * (marker_start - end + 1) + (len(self.text) if weak else 0)
            if best is None or distance < best[0]:
                best = (distance, tense, marker_start)
        # A rule told in the present (or with no tense) from a day put first starts on a day to come; told in
        # the past, it started on one gone.
        fronted_start = _FRONTED_START.fullmatch(
            self.text, sentence[0], start
        ) is not None or self._heads_an_agenda_line(start, end, sentence)
        if best is None:
            # A limit with no verb to date it is a state's, still to run: "An amber warning for extreme heat covers
            # large parts of England until Wednesday" ("covers" is no marker).
            until = self.text.endswith(("until ", "till ", "Until ", "Till "), sentence[0], start)
            return "future" if fronted_start or until or self._in_conditional_clause(start, sentence) else None
        if best[1] == "unreal":
            return "unreal"  # what did not happen tells no time: "would have turned 100 on Tuesday" (tense.yaml)
        tense = best[1]
        if before is not None and best[2] == before[3]:
            tense = (
                self._own_clause_after(found, start, end, sentence, before)
                or self._subject_of_reported_future(found, start, end, before)
                or tense
            )
        if best[2] > start and tense == "past" and self.text.endswith(", ", sentence[0], best[2]):
            tense = self._past_a_parenthesis(found, best[2], sentence) or tense
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
                # what was said opens after its day, however long the hearer's name: "told BBC Radio 4's Today
                # programme on Wednesday that taxes would not rise"
                or (self._says(before) and self.text.startswith(" that ", end))
                or (
                    before[1] == "past"
                    and _PARTICIPLE_PHRASE.match(self.text, before[2])
                    # "said on Friday that the price cap for April would fall": what is said after its day is
                    # no phrase of the verb (but "said in a court filing on Monday that" is)
                    and not (self._says(before) and _SAID_THEN_CLAUSE.match(self.text, before[2], start))
                    and not _LIMIT_BEFORE.search(self.text, max(sentence[0], start - 8), start)
                )
            )
            and not _CLAUSE_BREAK.search(self.text, before[2], start)
        ):
            tense = before[1]
            best = (before[0], tense, before[3])  # the verb before governs: its own date is read as below
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
            and (
                # A deadline on what a participle names, told by the verb after it: "Orders placed by Sunday will
                # arrive before Christmas" ("placed" is no past act; "Damage caused by Sunday's storm" is).
                (_BY_AFTER_MARKER.fullmatch(self.text, before[2], start) and self._future_in_clause_after(found, end))
                # A start on it, in a clause that looks ahead: "will apply to all new contracts signed from
                # Wednesday".
                or (
                    _FROM_AFTER_MARKER.fullmatch(self.text, before[2], start)
                    and self._looks_ahead_in_clause_before(found, before[3], sentence)
                )
            )
        ):
            tense = "future"
        if (
            tense == "past"
            and before is not None
            and best[2] == before[3]
            and self.text[before[3] : before[2]].lower() in _STAGING_PARTICIPLES
            and _STAGED_PHRASE_AFTER.match(self.text, before[2])
            and _STAGED_NOUN_BEFORE.search(self.text, max(sentence[0], before[3] - 20), before[3])
            and self._looks_ahead_in_clause_before(found, before[3], sentence)
        ):
            # An event staged, after its noun, in a clause that looks ahead: the participle tells no time of its
            # own ("will attend ceremonies held in July"), so the date is the nearest one.
            return None
        if (
            tense == "past"
            and before is not None
            and best[2] == before[3]
            and " " not in self.text[before[3] : before[2]]
            and (
                _ACTED_ON.fullmatch(self.text, before[2], start)
                or (
                    _ACTED_ON_OBJECT.fullmatch(self.text, before[2], start)
                    and self.text[before[3] : before[2]].lower() not in _ARRANGING_VERBS
                    and self.text[before[3] : before[2]].lower() not in _NO_OBJECT_MARKERS
                )
            )
            and not self._looks_ahead_in_clause_before(found, before[3], sentence)
        ):
            # The past verb's own date ("charged in January", "left on Jan. 31"): a past act, never an
            # arrangement for a day to come (see occurrences.nearest); not a participle after a verb that looks
            # ahead in its clause ("will keep their stores closed on Thanksgiving", but "voted to leave in 2016
            # and formally left on Jan. 31" is past).
            return "acted"
        if tense == "past" and best[2] > start and _HEADS_ITS_SENTENCE.fullmatch(self.text, sentence[0], start):
            # A date put first dates the past act told after it ("In January floods swept the north", "January -
            # Floods swept the north"): a past act, never an arrangement for a day to come.
            return "acted"
        if fronted_start and tense != "past":
            return "future"
        if tense == "present":
            if self._in_conditional_clause(start, sentence):
                return "future"  # "Unless a deal is reached by Sunday", "Until the governor returns on Monday"
            if _CONDITION_FIRST.match(self.text, sentence[0], start) and self.text.find(",", sentence[0], start) != -1:
                return "future"  # what follows it: "Unless a deal is reached by Sunday, drivers walk out on Monday"
            just_before = max(sentence[0], start - 20)
            if _PRESENT_LIMIT.search(self.text, just_before, start) or (
                self.text.endswith(" to ", sentence[0], start)
                and _FROM_TO.search(self.text, max(sentence[0], start - 60), start)
            ):
                return "future"  # a state told in the present lasts until a day to come: "is closed until Monday"
            if not possessive and (
                _APPOINTMENT.search(self.text, just_before, start)
                or _PLACED_APPOINTMENT.search(self.text, max(sentence[0], start - _PLACED_APPOINTMENT_REACH), start)
            ):
                return "future"  # an appointment: "the final is on Sunday" (but "the cause is Monday's ruling")
        return tense

    def _says(self, marker: tuple[int, str, int, int]) -> bool:
        """Whether ``marker`` (distance, tense, end, start) is a verb of saying ("said", "told")."""
        return self.text[marker[3] : marker[2]].lower() in REPORTING_VERBS

    def _subject_of_reported_future(
        self, found: list[tuple[int, int, str]], start: int, end: int, before: tuple[int, str, int, int]
    ) -> str | None:
        """The future of a reported clause whose subject the date is: "The minister said the winter would be
        difficult" is told by "would", right after it, not by "said" right before (but "said Monday that the plan
        would" dates the saying: a verb must follow the date at once)."""
        if (
            before[1] != "past"
            or not self._says(before)
            or not _REPORTED_SUBJECT_GAP.fullmatch(self.text, before[2], start)
        ):
            return None
        for marker_start, _, tense in found:
            if marker_start >= end:
                return "future" if tense == "future" and self.text[end:marker_start].isspace() else None
        return None

    def _own_clause_after(
        self,
        found: list[tuple[int, int, str]],
        start: int,
        end: int,
        sentence: tuple[int, int],
        before: tuple[int, str, int, int],
    ) -> str | None:
        """The future of the marker after a date that heads a clause of its own, when the nearest marker is a past
        before that clause: "Last week we lost, but on Sunday we will win" is told by "will", not "lost" (as a
        date put first in its sentence is told by the verb after it); after a semicolon the marker after decides
        whatever the tense before, a past too ("convenes on Wednesday; on Monday, outgoing members had held a
        ceremony"); None otherwise."""
        if not _CLAUSE_MARK.search(self.text, max(sentence[0], start - _CLAUSE_HEAD_REACH), start):
            return None  # cheap: no clause break just before the date
        # After a semicolon the clause is a sentence of its own, whatever the tenses: "The new Congress convenes
        # on Wednesday; on Monday, outgoing members had held a farewell ceremony" (Monday is past).
        after_semicolon = self.text.find(";", before[2], start) != -1
        if before[1] != "past" and not after_semicolon:
            return None
        clause_start = self._clause_start(start, sentence)
        if before[2] > clause_start or not _HEADS_A_CLAUSE.fullmatch(self.text, clause_start, start):
            return None
        for marker_start, _, tense in found:
            if marker_start >= end and tense != "prospective":
                # the date's own comma ("on Monday, outgoing members had held") breaks off no clause of its own
                after = end + 1 if after_semicolon and self.text.startswith(",", end) else end
                if _CLAUSE_BREAK.search(self.text, after, marker_start):
                    return None
                if tense in ("future", "timetable"):
                    return "future"
                return tense if after_semicolon and tense == "past" else None
        return None

    def _past_a_parenthesis(
        self, found: list[tuple[int, int, str]], opened: int, sentence: tuple[int, int]
    ) -> str | None:
        """The tense of the first marker after a parenthesis that a past participle opens at ``opened`` and a
        comma closes: "The cap for January to March, announced on 20 November, is higher" is told by "is"; None
        when the parenthesis does not close before another marker."""
        closed = self.text.find(", ", opened, sentence[1])
        if closed == -1:
            return None
        for marker_start, _, tense in found:
            if marker_start > closed:
                return "future" if tense in ("timetable", "prospective") else tense
            if marker_start > opened:
                return None  # another verb inside: no parenthesis
        return None

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
            or _TIME_CLAUSE_INSIDE.search(self.text, clause_start, start) is not None
        )

    def _looks_ahead_in_clause_before(
        self, found: list[tuple[int, int, str]], position: int, sentence: tuple[int, int]
    ) -> bool:
        """Whether a marker that looks ahead stands before ``position`` in its clause."""
        clause_start = self._clause_start(position, sentence)
        return any(tense in LOOKING_AHEAD for start, _, tense in found if clause_start <= start < position)

    def _clause_start(self, position: int, sentence: tuple[int, int]) -> int:
        """Where the clause of the word at ``position`` starts: after the last comma, semicolon, colon or dash
        before it, or at an "and"/"but" right before it ("and formally left"), else at the sentence's start."""
        start = sentence[0]
        for brk in _CLAUSE_BREAK.finditer(self.text, sentence[0], position):
            start = brk.end()
        if coordinated := _AND_BEFORE_VERB.search(self.text, max(start, position - 30), position):
            start = coordinated.start()
        return start

    def _in_closed_relative_clause(
        self, marker_start: int, marker_end: int, start: int, sentence: tuple[int, int]
    ) -> bool:
        """Whether the marker at [marker_start, marker_end) stands in a relative or participle clause set off by
        commas that dates its own event (", where talks collapsed in June,", ", first released in 1997,",
        ", announced yesterday,", ", redesigned earlier this year,") and closes before the expression at ``start``,
        so tells nothing of it. (Without a date of its own the clause may be the expression's: "the next debate,
        which will be held in Manchester, New Hampshire, on Friday evening".)"""
        opened = self.text.rfind(", wh", sentence[0], marker_start)  # str.rfind first: most sentences have none
        comma_from = max(sentence[0], marker_start - _PARTICIPLE_OPENS_REACH)
        if (opened == -1 or _RELATIVE_OPENS.match(self.text, opened) is None) and not (
            self.text.find(", ", comma_from, marker_start) != -1
            and _PARTICIPLE_OPENS.search(self.text, comma_from, marker_start)
        ):
            return False
        closed = self.text.find(",", marker_end, start)
        return closed != -1 and _DATE_WORD.search(self.text, marker_end, closed) is not None

    def _arranged_for(self, start: int, sentence: tuple[int, int]) -> bool:
        """Whether the expression at ``start`` is the day an event was arranged for: "called a strike for
        Thursday", "set a trial date of February 6", or the day it starts: "called a walkout from 6pm on Sunday"."""
        # str.endswith first: most dates have no "for" before them, and a failed search costs more
        window, verbs = _ARRANGED_WINDOW, _ARRANGED_FOR_VERBS
        start_from = max(sentence[0], start - _START_REACH)
        if self.text.endswith(("for ", "For ", "date of ", "deadline of "), sentence[0], start):
            preposition = _FOR_BEFORE.search(self.text, max(sentence[0], start - 14), start)
        elif (
            self.text.endswith("from ", sentence[0], start)
            or self.text.find("tarting ", start_from, start) != -1
            or self.text.find("ginning ", start_from, start) != -1
        ):
            preposition = _START_BEFORE.search(self.text, start_from, start)
            window, verbs = _ARRANGED_START_WINDOW, _ARRANGED_START_VERBS
        else:
            return False
        if preposition is None:
            return False
        words = [match.group().lower() for match in WORD.finditer(self.text, sentence[0], preposition.start())]
        for back in range(len(words) - 1, max(len(words) - 2 - window, -1), -1):
            if words[back] in verbs:
                # A plan overtaken: "had been scheduled for Thursday", "originally set for Wednesday"
                return not _OVERTAKEN_BEFORE.intersection(words[max(back - 2, 0) : back])
        return False

    def _term_end(self, start: int, sentence: tuple[int, int]) -> bool:
        """Whether the expression at ``start`` ends a term granted or extended: "has given them until Friday".

        Engine code rather than a marker, because what makes the future here is a preposition right before
        the expression together with a verb further back ("extended the credit line through March"), while
        the nearest marker would be that verb's past form.
        """
        preposition = _TERM_PREPOSITION.search(self.text, max(sentence[0], start - 12), start)
        if preposition is None:
            # "released on bail until a date in March": the term's end named by its month
            preposition = _UNTIL_A_DATE_IN.search(self.text, max(sentence[0], start - 24), start)
            if preposition is None:
                return False
        if self.text.endswith(" to ", sentence[0], start) and _PERIOD_TO.search(
            self.text, max(sentence[0], start - 30), start
        ):
            return False  # a reporting period's end, no term: "granted permission for 2,000 homes in the year to June"
        # A suspension "from ... to" is a span, its end no term: "Play was suspended from 2:10 p.m. to 4:35 p.m. on
        # Saturday" (a date moved "from Monday to Friday" is one: its new day).
        spanned = self.text.endswith(" to ", sentence[0], start) and _FROM_TO.search(
            self.text, max(sentence[0], start - 60), start
        )
        words = [match.group().lower() for match in WORD.finditer(self.text, sentence[0], preposition.start())]
        for back in range(len(words) - 1, max(len(words) - 1 - _TERM_WINDOW, -1), -1):
            one, two = words[back], " ".join(words[back - 1 : back + 1]) if back else ""
            if one in _TERM_VERBS or two in _TERM_VERBS:
                if spanned and one in _SPANNING_TERM_VERBS:
                    return False
                first = back - 1 if two in _TERM_VERBS else back
                while first and words[first - 1] in ("been", "already", "also", "just"):
                    first -= 1
                # "had (been) extended": overtaken, unless a speaker's "has been extended" put back a tense
                return not (first and words[first - 1] == "had" and not REPORTING_VERBS.intersection(words))
        # No verb of a term, but a term's noun: "signed yesterday on a deal until June".
        return _TERM_NOUN_BEFORE.search(self.text, max(sentence[0], start - 30), start) is not None
