"""The build's record hashes exactly what json.dumps gives, so records written by earlier builds still match."""

from __future__ import annotations

import hashlib
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.store.record import CANONICAL, EVENT_FIELDS, Fingerprint, digest

VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(VALUES)
def test_digest_is_the_sha1_of_the_sorted_compact_json(value):
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert digest(value) == hashlib.sha1(text.encode()).hexdigest()[:8]


FIELDS = st.tuples(
    st.text(),
    st.text(),
    st.text(),
    st.integers(0, 10**6) | st.booleans(),
    st.integers(0, 10**6),
    st.integers(0, 10**6),
    st.integers(0, 10**6),
    st.text(),
)


@settings(max_examples=200, deadline=None)
@given(FIELDS)
def test_a_generated_source_is_read_as_the_same_source_written_out(fields):
    from chronology.events.model import Source
    from chronology.store.record import source_dict
    from chronology.store.validate import SOURCE_KEYS

    source = Source(*fields)
    as_written = {key: getattr(source, key) for key in SOURCE_KEYS}  # a mapping takes the general path
    assert source_dict(source) == source_dict(as_written)
    assert list(source_dict(source)) == list(SOURCE_KEYS)


@settings(max_examples=500, deadline=None)
@given(st.from_regex(CANONICAL, fullmatch=True))
def test_a_record_line_the_merge_keeps_as_text_reads_and_writes_back_as_itself(text):
    assert str(Fingerprint.parse(text)) == text


HASHES = st.text(alphabet="0123456789abcdef,= ", max_size=10)


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(st.sampled_from(EVENT_FIELDS), HASHES), st.lists(HASHES, max_size=3))
def test_a_record_line_is_kept_as_text_exactly_when_it_is_what_the_build_writes(fields, sources):
    fingerprint = Fingerprint.parse(" ".join(f"{name}={value}" for name, value in fields.items()))
    fingerprint.sources = [source for source in sources if source and "," not in source and " " not in source]
    written = str(fingerprint)
    assert CANONICAL.fullmatch(written)
    edited = written.replace(" ", "  ", 1) if " " in written else " " + written
    assert not CANONICAL.fullmatch(edited) and str(Fingerprint.parse(edited)) == written
