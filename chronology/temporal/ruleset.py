"""Rules as data: load the YAML resources under ``rules/`` and compile them into one pattern.

``parts.yaml`` holds word lists and small patterns that rules name as ``@name``; ``tables.yaml`` maps words to
TIMEX3 values; each rule file (listed in ``index.yaml``, in priority order) holds rules with a name, a TIMEX3
type, a pattern, value templates and executable examples. A value template names a rule's groups as
``{group}`` or ``{group|table}`` (a table, or one of the few functions in :data:`FUNCTIONS`); a template whose
groups did not all match is skipped, so a rule lists its templates from the most to the least specific.
A rule may mark the expression's span with a group ``x`` when its pattern needs context outside the span
("in May": the span is "May").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

import yaml

from chronology.digests import digest_files
from chronology.temporal.prefixes import parse

RULES_DIR = Path(__file__).parent / "rules"
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # at C speed when libyaml is there
_BOOL = "tag:yaml.org,2002:bool"


class _RulesLoader(_SAFE_LOADER):  # type: ignore[misc,valid-type]
    """A safe loader for rule files, where YAML 1.1's booleans yes/no/on/off are words ("no further cut", "on
    broken rice"): only true and false are booleans. A key given twice in one mapping is an error, not the last
    one silently winning: a rule whose "- name:" line an edit lost would otherwise take the next rule's pattern."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:  # type: ignore[type-arg]
        seen: dict[object, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                continue
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"found the key {key!r} again (first on line {seen[key] + 1})",
                    key_node.start_mark,
                )
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep)  # type: ignore[no-any-return]


_RulesLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != _BOOL]
    for first, resolvers in _SAFE_LOADER.yaml_implicit_resolvers.items()
}
_RulesLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
ENGINE_VERSION = "1"

_PART = re.compile(r"@(\w+)")
_GROUP = re.compile(r"\(\?P<(\w+)>")
_SLOT = re.compile(r"\{(\w+)(?:\|(\w+))?\}")


def table_key(text: str) -> str:
    """How a matched word is looked up in a table: lower case, single spaces, no final full stop, a straight
    apostrophe for a curly one ("New Year’s Day" as web copy writes it)."""
    return " ".join(text.lower().split()).rstrip(".").replace("\u2019", "'")


@dataclass(frozen=True)
class Example:
    """An executable example of a rule: it should find ``span`` in ``text`` and resolve it to ``value``."""

    text: str
    published: date
    value: str | None  # None: the rule must find nothing in the text
    type: str | None = None
    mod: str | None = None
    span: str | None = None


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    pattern: str  # expanded, with its groups renamed for the combined pattern
    values: tuple[str, ...]
    mods: tuple[str, ...]
    examples: tuple[Example, ...]
    source: str
    group: str  # the rule's own prefix for its groups: they are named f"{group}_{name}"
    span_group: str | None = None  # the group "x" that marks the span, when the pattern has one
    # A name rule that holds only outside a headline in title case (``except_in: title_case_lines`` in its file,
    # title_lines.py): "Doctors Strike Today" is today.
    outside_title_lines: bool = False


# Patterns of the value functions, compiled once: a function runs for most values, and the module's own
# pattern cache is shared with whatever else the process runs (dateparser, in the harness) and may be emptied.
_DIGITS = re.compile(r"[\d,]+(?:\.\d+)?")
_WORD_BREAK = re.compile(r"[-\s]+")
_AND_A_HALF = re.compile(r"(\d+)\s+1/2")
_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d\d))?\s*([ap])?")
# The first clock time of an expression, its half of the day only as "a.m."/"p.m." ("9:30 April 5" has none).
_CLOCK_AT_START = re.compile(r"(\d{1,2})(?:[:.](\d\d))?\s*(?:([ap])\.?m\b)?")
_CLOCK_IN_PART = re.compile(r"(\d{1,2})(?::(\d\d))?\D+?(morning|afternoon|evening|night)")
# A clock time in words at the start of an expression: "nine o'clock", "quarter to eight", "seven a.m.".
_SPOKEN_CLOCK = re.compile(
    r"(?:(?P<hour>\w+)\s+o['\u2019]clock|(?:a\s+)?(?P<minutes>quarter|half|twenty[-\s]five|twenty|ten|five)\s+"
    r"(?P<direction>past|to)\s+(?P<hour2>\w+)|(?P<hour3>\w+)\s*(?P<half>[ap])\.?m)"
)
_SPOKEN_MINUTES = {"quarter": 15, "half": 30, "twenty-five": 25, "twenty five": 25, "twenty": 20, "ten": 10, "five": 5}
# Words after a clock time in words that put it after noon: "half past nine this evening", "ten o'clock tonight".
_AFTER_NOON = re.compile(r"\b(?:afternoon|evening|tonight|night)\b")
_NOT_DIGIT = re.compile(r"\D")
_VULGAR_FRACTIONS = str.maketrans({"\u00bd": ".5", "\u00bc": ".25", "\u00be": ".75"})


def _number(text: str, tables: dict[str, dict[str, str]]) -> str | None:
    """A count as a TIMEX3 number: "three" -> 3, "twenty-four" -> 24, "2,000" -> 2000, "several" -> X."""
    key = table_key(text).translate(_VULGAR_FRACTIONS)  # "3\u00bd" -> "3.5"
    key = key.replace("-and-a-half", " and a half")  # "three-and-a-half hours"
    half = key.endswith(" and a half")
    key = key.removesuffix(" and a half")
    if key in tables["number"]:
        value = tables["number"][key]
    elif _DIGITS.fullmatch(key):
        value = key.replace(",", "")
    else:
        words = _WORD_BREAK.split(key)
        if not all(word in tables["number"] for word in words):
            return None
        # Words add up ("twenty-four") except a multiplier, which scales what came before ("two hundred").
        total = 0
        for word in words:
            number = int(tables["number"][word])
            total = max(total, 1) * number if word in ("hundred", "thousand") else total + number
        value = str(total)
    if half and value != "X":
        value = f"{float(value) + 0.5:g}"
    return value


def _count_of_span(text: str, tables: dict[str, dict[str, str]]) -> str | None:
    """The count of a duration with a written half: "2 1/2 years" -> 2.5."""
    match = _AND_A_HALF.search(text)
    return f"{int(match.group(1)) + 0.5:g}" if match else None


def _clock(text: str, tables: dict[str, dict[str, str]]) -> str | None:
    """ "3:30 p.m." -> 15:30, "8.45am" -> 08:45, "10 a.m." -> 10:00, "14:05" -> 14:05."""
    match = _CLOCK.match(text.lower())
    if not match:
        return None
    hour, minute = _hour_of_day(int(match.group(1)), match.group(3)), int(match.group(2) or 0)
    return f"{hour:02d}:{minute:02d}"


def _hour_of_day(hour: int, half: str | None) -> int:
    """The hour on a 24-hour clock of one written with its half of the day ("p" or "a"), or without (None)."""
    if half == "p" and hour < 12:
        return hour + 12
    if half == "a" and hour == 12:
        return 0
    return hour


def _clock_by_part(text: str, tables: dict[str, dict[str, str]]) -> str | None:
    """A clock time with its day, put after noon by a later part of the day when it does not say its half:
    "3:30 this afternoon" -> 15:30, "9:30 on Saturday evening" -> 21:30, "tonight at 9:30" -> 21:30 (the small
    hours stay: "tonight at 2:30" is 02:30), "9:30 tomorrow morning" -> 09:30."""
    lowered = text.lower()
    match = _CLOCK_AT_START.search(lowered)  # after "tonight at" too
    if not match:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    hour = _hour_of_day(hour, half) if half else _later_in_the_day(hour, lowered)
    return f"{hour:02d}:{minute:02d}"


def _later_in_the_day(hour: int, words: str) -> int:
    """An hour written without its half of the day, after noon when ``words`` name a later part of the day ("half
    past nine this evening", "3:30 this afternoon"), but not the small hours of a night ("two o'clock at night")."""
    if hour < 12 and _AFTER_NOON.search(words) and not (hour < 5 and "night" in words):
        return hour + 12
    return hour


def _clock_in_part(text: str, tables: dict[str, dict[str, str]]) -> str | None:
    """ "4 in the morning" -> 04:00, "9 o'clock in the evening" -> 21:00, "12 at night" -> 00:00."""
    match = _CLOCK_IN_PART.match(text.lower())
    if not match:
        return None
    hour, minute, part = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if part == "morning":
        hour = 0 if hour == 12 else hour
    elif hour < 12 and not (part == "night" and hour < 5):  # "3 in the night" is early morning
        hour += 12
    elif hour == 12 and part == "night":
        hour = 0
    return f"{hour:02d}:{minute:02d}" if hour < 24 else None


def _spoken_clock(text: str, tables: dict[str, dict[str, str]]) -> str | None:
    """A clock time in words, with the words of the day around it: "half past nine this evening" -> 21:30,
    "quarter to eight tomorrow morning" -> 07:45, "tonight at nine o'clock" -> 21:00, "ten p.m." -> 22:00,
    "eleven o'clock" -> 11:00 (without a.m., p.m. or a later part of the day, the hour as spoken)."""
    lowered = text.lower()
    match = _SPOKEN_CLOCK.search(lowered)
    if not match:
        return None
    hour_word = match.group("hour") or match.group("hour2") or match.group("hour3")
    hour = int(hour_word) if hour_word.isdigit() else int(tables["number"].get(hour_word, 0))  # "11 o'clock" too
    if not 1 <= hour <= 12:
        return None
    minute = 0
    if match.group("minutes"):
        minute = _SPOKEN_MINUTES[" ".join(match.group("minutes").split())]
        if match.group("direction") == "to":  # "quarter to one" is 12:45
            hour, minute = (hour - 2) % 12 + 1, 60 - minute
    half = match.group("half")
    if half:
        hour = _hour_of_day(hour, half)
    else:  # the part of the day may stand before the time ("tonight at nine o'clock") or after it
        hour = _later_in_the_day(hour, f"{lowered[: match.start()]} {lowered[match.end() :]}")
    return f"{hour:02d}:{minute:02d}"


def _hour_by_part(text: str, tables: dict[str, dict[str, str]]) -> str | None:
    """A bare hour with its part of the day, as spoken: "seven this morning" -> 07:00, "ten last night" -> 22:00,
    "8 tonight" -> 20:00 (not the small hours of a night gone, "two last night", which is the next day's)."""
    lowered = text.lower()
    first = lowered.split(None, 1)[0]
    hour = int(first) if first.isdigit() else int(tables["number"].get(first, 0))
    if not 1 <= hour <= 12 or (hour < 5 and "last night" in lowered):
        return None
    return f"{_later_in_the_day(hour, lowered):02d}:00"


def _spelled_year(text: str, tables: dict[str, dict[str, str]]) -> str | None:
    """ "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001."""
    words = [word for word in _WORD_BREAK.split(text.lower()) if word not in ("and", "hundred")]
    numbers = tables["number"]
    if words[:2] == ["two", "thousand"]:
        return str(2000 + sum(int(numbers[word]) for word in words[2:]))
    if not all(word in numbers for word in words):
        return None
    century, rest = int(numbers[words[0]]), sum(int(numbers[word]) for word in words[1:])
    return f"{century * 100 + rest:04d}"


_FIXED_DAY = re.compile(r"\d\d-\d\d")  # a holiday's table value when the calendar fixes its day: "12-25"


def _fixed_holiday(text: str, tables: dict[str, dict[str, str]]) -> str | None:
    """A holiday's month and day when the calendar fixes them ("Christmas" -> 12-25); None for one that moves
    ("Thanksgiving", the fourth Thursday of November; "Easter")."""
    found = tables["holiday"].get(table_key(text))
    return found if found is not None and _FIXED_DAY.fullmatch(found) else None


Function = Callable[[str, dict[str, dict[str, str]]], str | None]
FUNCTIONS: dict[str, Function] = {
    "number": _number,
    "count_of_span": _count_of_span,
    "clock": _clock,
    "clock_in_part": _clock_in_part,
    "clock_by_part": _clock_by_part,
    "spoken_clock": _spoken_clock,
    "hour_by_part": _hour_by_part,
    "spelled_year": _spelled_year,
    "fixed_holiday": _fixed_holiday,
    "pad2": lambda text, _: "{:02d}".format(int(_NOT_DIGIT.sub("", text))),
    "pad4": lambda text, _: "{:04d}".format(int(_NOT_DIGIT.sub("", text))),
    "century": lambda text, _: f"{int(text) - 1:02d}",  # "the 19th century" is 18, "the 10th" 09
    "lower": lambda text, _: text.lower(),
    "present": lambda text, _: "",  # a group that only has to match: its template puts nothing in
}


# A piece of a value template: the literal text before a slot, the slot's group, and the table or the function
# (its tables bound) that converts what the group matched (neither: the text as matched). The last piece has no
# group.
_Piece = tuple[str, str | None, dict[str, str] | None, Callable[[str], str | None] | None]


def _char_pattern(char: str) -> str:
    """One character of a listed word as a pattern: a space is any white space, an apostrophe straight or curly."""
    if char == " ":
        return r"\s+"
    if char == "'":
        return "['\u2019]"
    return re.escape(char)


def trie_pattern(words: set[str]) -> str:
    """A regular expression matching any of ``words``, factored as a trie: the engine branches per letter."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        branches = [_char_pattern(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


class RuleSet:
    """All rules, in priority order, their patterns expanded from the parts and checked."""

    def __init__(self, directory: Path = RULES_DIR) -> None:
        self.directory = directory
        parts = load_rules_file(directory / "parts.yaml")
        self.tables: dict[str, dict[str, str]] = {
            name: {table_key(str(key)): str(value) for key, value in table.items()}
            for name, table in load_rules_file(directory / "tables.yaml").items()
        }
        self._parts = self._part_patterns(parts)
        self.files = list(load_rules_file(directory / "index.yaml")["files"])
        self.rules: list[Rule] = []
        self._templates: dict[tuple[str, str], list[_Piece]] = {}
        for file_name in self.files:
            data = load_rules_file(directory / file_name)
            default_published = data.get("published")
            for raw in data["rules"]:
                self.rules.append(self._rule(raw, file_name, default_published))

    def _part_patterns(self, parts: dict[str, dict[str, object]]) -> dict[str, str]:
        raw: dict[str, str] = {}
        for kind, entries in parts.items():
            for name, entry in entries.items():
                if isinstance(entry, list):
                    body = trie_pattern({" ".join(str(word).split()) for word in entry})
                    raw[name] = f"(?-i:{body})" if kind == "sensitive" else f"(?:{body})"
                else:
                    raw[name] = f"(?:{entry})"
        expanded: dict[str, str] = {}
        for name in raw:
            expanded[name] = self._expand(raw[name], raw, (name,))
        return expanded

    def _expand(self, pattern: str, parts: dict[str, str], seen: tuple[str, ...] = ()) -> str:
        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in parts:
                raise ValueError(f"unknown part @{name} in pattern {pattern!r}")
            if name in seen:
                raise ValueError(f"part @{name} refers to itself")
            return self._expand(parts[name], parts, (*seen, name))

        return _PART.sub(replace, pattern)

    def _rule(self, raw: dict[str, object], source: str, default_published: object) -> Rule:
        group = f"r{len(self.rules)}"
        pattern = self._expand(str(raw["pattern"]), self._parts)
        pattern = _GROUP.sub(lambda match: f"(?P<{group}_{match.group(1)}>", pattern)
        parse(pattern)  # a malformed pattern fails here, while its rule is read (the finder compiles it)
        values = raw["value"] if isinstance(raw["value"], list) else [raw["value"]]
        mods = raw.get("mod") or []
        mods = mods if isinstance(mods, list) else [mods]
        examples = tuple(
            _example(example, default_published)
            for example in cast("list[dict[str, object]]", raw.get("examples") or [])
        )
        return Rule(
            name=str(raw["name"]),
            type=str(raw["type"]),
            pattern=pattern,
            values=tuple(str(value) for value in values),
            mods=tuple(str(mod) for mod in mods),
            examples=examples,
            source=source,
            group=group,
            span_group=f"{group}_x" if f"(?P<{group}_x>" in pattern else None,
            outside_title_lines=_except_in(raw, source) == "title_case_lines",
        )

    def template_pieces(self, template: str, rule: Rule) -> list[_Piece]:
        """``template`` of ``rule`` read into pieces once, for :func:`fill_pieces`."""
        pieces = self._templates.get((template, rule.group))
        if pieces is None:
            pieces = self._templates[(template, rule.group)] = self._parse_template(template, rule)
        return pieces

    def _parse_template(self, template: str, rule: Rule) -> list[_Piece]:
        """A template as (literal, group, table, function) pieces, so matching never re-reads the template."""
        pieces: list[_Piece] = []
        position = 0
        for slot in _SLOT.finditer(template):
            name = slot.group(2)
            function = FUNCTIONS.get(name) if name else None
            table = self.tables[name] if name and function is None else None
            bound = None if function is None else _bound(function, self.tables)
            pieces.append((template[position : slot.start()], f"{rule.group}_{slot.group(1)}", table, bound))
            position = slot.end()
        pieces.append((template[position:], None, None, None))
        return pieces

    def version(self) -> str:
        """Changes whenever the engine or a rule or resource file changes: the build cache keys on it."""
        return tagger_version(self.directory)


def _except_in(raw: dict[str, object], source: str) -> str | None:
    """Where a rule does not hold (``except_in``): only "title_case_lines" is known."""
    where = raw.get("except_in")
    if where not in (None, "title_case_lines"):
        raise ValueError(f"{source}: rule {raw.get('name')!r}: unknown except_in {where!r} (known: title_case_lines)")
    return where  # type: ignore[return-value]


def _bound(function: Function, tables: dict[str, dict[str, str]]) -> Callable[[str], str | None]:
    return lambda text: function(text, tables)


def fill_pieces(pieces: list[_Piece], match: re.Match[str]) -> str | None:
    """A template's pieces with the matched groups put in; None when a group is missing or maps to nothing."""
    out: list[str] = []
    for literal, group, table, function in pieces:
        out.append(literal)
        if group is None:
            continue
        text = match.group(group)
        if text is None:
            return None
        if table is not None:
            text = table.get(table_key(text))
        elif function is not None:
            text = function(text)
        if text is None:
            return None
        out.append(text)
    return "".join(out)


def tagger_version(directory: Path = RULES_DIR) -> str:
    """The version of the engine and the rules in ``directory``, from the files alone (nothing compiled)."""
    package = Path(__file__).parent
    sources = sorted([*package.glob("*.py"), *directory.glob("*.yaml")], key=lambda path: path.name)
    return f"{ENGINE_VERSION}-{digest_files(sources, seed=ENGINE_VERSION)[:12]}"


def load_rules_file(path: Path) -> dict:  # type: ignore[type-arg]
    """A rule file's data, its words kept as words (see _RulesLoader)."""
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_RulesLoader)


def _example(raw: dict[str, object], default_published: object) -> Example:
    published = raw.get("published", default_published)
    if not isinstance(published, date):
        published = date.fromisoformat(str(published))
    value = raw["value"]
    return Example(
        text=str(raw["text"]),
        published=published,
        value=None if value in (None, "none") else str(value),
        type=str(raw["type"]) if raw.get("type") else None,
        mod=str(raw["mod"]) if raw.get("mod") else None,
        span=str(raw["span"]) if raw.get("span") else None,
    )
