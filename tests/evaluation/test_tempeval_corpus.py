"""The reader and the command on the TempEval-3 training news in ../shared/eval/timeml (skipped when absent).

The figures checked are those ../shared/eval/README.md states for the corpus: 256 documents, 1,822 gold TIMEX3
besides the creation times (none of them empty), 1,243 in TimeBank and 579 in AQUAINT.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from chronology.evaluation.timeml import TimeMLDocument, find_timeml_files, read_timeml

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "timeml"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"TempEval-3 data not found at {CORPUS}")


@pytest.fixture(scope="module")
def documents() -> list[TimeMLDocument]:
    return [read_timeml(path) for path in find_timeml_files([CORPUS])]


def test_reader_finds_every_gold_timex(documents: list[TimeMLDocument]) -> None:
    assert len(documents) == 256
    assert sum(len(document.timexes) for document in documents) == 1822
    # The README's 1,822 counts no empty TIMEX3, and the corpus has none.
    assert sum(document.empty_timexes for document in documents) == 0
    by_folder = Counter((d.path.parent.name, t.type) for d in documents for t in d.timexes)
    assert by_folder == {
        ("timebank", "DATE"): 1016,
        ("timebank", "DURATION"): 189,
        ("timebank", "TIME"): 22,
        ("timebank", "SET"): 16,
        ("aquaint", "DATE"): 489,
        ("aquaint", "DURATION"): 68,
        ("aquaint", "SET"): 14,
        ("aquaint", "TIME"): 8,
    }


def test_every_span_points_at_its_words_and_has_a_creation_time(documents: list[TimeMLDocument]) -> None:
    for document in documents:
        assert document.creation_time.year >= 1989
        for timex in document.timexes:
            assert document.text[timex.start : timex.end] == timex.text
            assert timex.text.strip(), f"{document.path}: {timex.tid} is blank"
            assert "<" not in timex.text and "&amp;" not in timex.text


def test_reading_the_corpus_is_quick() -> None:
    started = time.perf_counter()
    for path in find_timeml_files([CORPUS]):
        read_timeml(path)
    assert time.perf_counter() - started < 5.0


def test_command_runs_the_real_tagger_on_a_few_documents() -> None:
    few = sorted((CORPUS / "timebank").glob("*.tml"))[:3]
    result = subprocess.run(
        [sys.executable, "-m", "chronology", "evaluate", "--baseline", "--errors", "2", *map(str, few)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.splitlines()[-1])
    assert figures["documents"] == 3
    for key in ("relaxed_f1", "strict_f1", "value_f1", "type_acc", "value_acc", "docs_per_s"):
        assert 0 <= figures[key] <= 1 or key == "docs_per_s"
    assert figures["baseline_docs_per_s"] > 0 and figures["speedup"] > 0
