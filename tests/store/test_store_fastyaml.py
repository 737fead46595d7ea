"""The libyaml reader builds the same data, with the same lines, as the ruamel reader; the rest it leaves to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology.store import fastyaml, yamlfile

SAME = {
    "generated layout": (
        "# yaml-language-server: $schema=x\ntitle: T  # note\nevents:\n- id: ev-1\n  date: 2021-09-05\n"
        "  qualifier: night\n  summary: 'Quoted: text'\n  tags: [a, b]\n  sources:\n  - article: a.md\n"
        '    quote: "Double"\n    start: 0\n    end: 12\n# above\n- id: ev-2\n  date: 2021\n'
        "  summary: >-\n    folded\n    text\ngenerated:\n  ev-1: date=1 sources=a,b\n"
    ),
    "indented dashes, YAML 1.2 words": (
        "title: yes\nevents:\n  - id: 12\n    date: 2021-09~\n    summary: on\n    tags: [true, null, ~, x]\n"
        "deleted: []\nother: {a: 1, b: [2, -3]}\n"
    ),
    "empty": "",
    "only a comment": "# nothing yet\n",
}

LEFT_TO_RUAMEL = {
    "anchor and alias": "title: T\nx: &a 1\ny: *a\nevents: []\n",
    "tag": "title: !!str T\nevents: []\n",
    "float": "title: T\nevents: []\nversion: 1.5\n",
    "octal-looking": "title: T\nevents: []\nn: 0o17\n",
    "leading zero": "title: T\nevents: []\nn: 012\n",
    "duplicate key": "title: T\ntitle: U\nevents: []\n",
    "syntax error": "title: T\nevents: [\n",
    "YAML 1.1 directive": "%YAML 1.1\n---\ntitle: T\nevents: []\nflag: yes\n",
    "merge key": "title: T\nbase: {a: 1}\nevents: []\nx:\n  <<: {b: 2}\n",
}


def _lines(data):
    """Every line/column record of the data, recursively, as (path, record)."""
    found = []

    def walk(node, where):
        lc = getattr(node, "lc", None)
        if lc is None or not isinstance(node, (dict, list)):
            return
        found.append((where, lc.line, lc.col, {k: list(v) for k, v in (lc.data or {}).items()}))
        children = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in children:
            walk(value, (*where, key))

    walk(data, ())
    return found


@pytest.mark.parametrize("case", sorted(SAME))
def test_same_data_and_lines_as_ruamel(case):
    text = SAME[case]
    fast = fastyaml.parse(text)
    slow = yamlfile.parse(Path("x.yaml"), text)
    assert fast == slow
    assert type(fast) is type(slow) or (fast is None and slow is None)
    assert _lines(fast) == _lines(slow)


@pytest.mark.parametrize("case", sorted(LEFT_TO_RUAMEL))
def test_what_only_ruamel_reads_is_left_to_it(case):
    with pytest.raises(fastyaml.NotPlain):
        fastyaml.parse(LEFT_TO_RUAMEL[case])
