"""The build's record hashes exactly what json.dumps gives, so records written by earlier builds still match."""

from __future__ import annotations

import hashlib
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.store.record import digest

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
