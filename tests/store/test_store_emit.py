"""The fast writer writes what ruamel.yaml writes, for any text."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.store.emit import _SIMPLE, _ruamel_scalar, text_scalar
from chronology.store.yamlfile import new_yaml

NEWS = st.text(alphabet=st.sampled_from(list("abcXYZ019 .,:;#'\"-?!&*[]{}|>%@`~=<\\/()éü—\u00a0\t\n")), max_size=40)
SAMPLES = [
    "plain text",
    '"Quoted," he said.',
    "it's",
    "a: b",
    "x #y",
    "C#",
    "2021",
    "2021-09-05",
    "yes",
    "true",
    "-5 people",
    "- x",
    "",
    " lead",
    "trail ",
    "tab\there",
    "line\nbreak",
    "ünïcode — dash",
    "[x]",
    "a, b",
    "0x1F",
    "1.5",
    ".5",
    "---",
    "'q'",
    '"We will fight," he said. It\'s over.',
    "a\\b: c",
    "null",
    "~",
    "x:",
]


def ruamel_value(value: str) -> str:
    stream = io.StringIO()
    new_yaml().dump({"k": value}, stream)
    return stream.getvalue()[len("k:") :].strip("\n").removeprefix(" ")


def test_samples_are_written_as_ruamel_writes_them():
    for value in SAMPLES:
        assert text_scalar(value) == ruamel_value(value), value


@settings(max_examples=400, deadline=None)
@given(NEWS)
def test_any_text_is_written_as_ruamel_writes_it(value):
    assert text_scalar(value) == ruamel_value(value)
    assert _ruamel_scalar(value) == ruamel_value(value)


@settings(max_examples=600, deadline=None)
@given(
    st.one_of(
        st.from_regex(_SIMPLE, fullmatch=True).filter(lambda value: len(value) < 200),
        st.sampled_from(["null", "True", "FALSE", "ev-03c58c0aec6c", "date=5d41 sources=", "articles/a01.md"]),
    )
)
def test_words_paths_and_records_are_written_as_ruamel_writes_them(value):
    assert text_scalar(value) == ruamel_value(value)
