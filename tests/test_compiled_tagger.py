"""The compiled tagger: loaded only when built from the very sources beside it, and tagging as the Python does."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from chronology import compiled_tagger
from chronology.compiled_tagger import MANIFEST, PURE_PYTHON_VARIABLE, load_compiled, sources_digest
from chronology.temporal import TAGGER_BUILD, tag

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = ROOT / "tests" / "temporal"
MONDAY = date(2021, 9, 6)

# Tags every held-out sentence and prints what it found, one JSON list, with the build that ran.
_TAG_ALL = """
import json, sys
sys.path.insert(0, sys.argv[1])
from unseen_news_cases import CASES
from chronology.temporal import TAGGER_BUILD, tag
found = [
    [name, e.start, e.end, e.type, e.value, e.mod, e.rule, e.explanation]
    for name, text, day, _ in CASES
    for e in tag(text, day)
]
print(json.dumps({"build": TAGGER_BUILD, "found": found}))
"""


def _tag_all(pure_python: bool) -> dict[str, object]:
    environment = {key: value for key, value in os.environ.items() if key != PURE_PYTHON_VARIABLE}
    if pure_python:
        environment[PURE_PYTHON_VARIABLE] = "1"
    completed = subprocess.run(
        [sys.executable, "-c", _TAG_ALL, str(HELD_OUT)], env=environment, capture_output=True, text=True, check=True
    )
    return json.loads(completed.stdout)


@pytest.fixture
def package_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the tagger's modules, to change without touching the real ones (and the variable that keeps
    the Python modules unset, as the tests using it set it themselves)."""
    monkeypatch.delenv(PURE_PYTHON_VARIABLE, raising=False)
    copy = tmp_path / "temporal"
    copy.mkdir()
    for module in compiled_tagger.PACKAGE_DIR.glob("*.py"):
        shutil.copy(module, copy / module.name)
    return copy


def _build_of(build_dir: Path, digest: str) -> Path:
    build_dir.mkdir()
    (build_dir / MANIFEST).write_text(json.dumps({"digest": digest}), encoding="utf-8")
    return build_dir


def test_the_digest_follows_every_module(package_copy: Path) -> None:
    before = sources_digest(package_copy)
    assert sources_digest(package_copy) == before
    resolver = package_copy / "resolver.py"
    resolver.write_text(resolver.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert sources_digest(package_copy) != before
    assert sources_digest(package_copy) != sources_digest(compiled_tagger.PACKAGE_DIR)


def test_a_build_from_other_sources_stays_unloaded(package_copy: Path, tmp_path: Path) -> None:
    build_dir = _build_of(tmp_path / "build", sources_digest(package_copy))
    tense = package_copy / "tense.py"
    tense.write_text(tense.read_text(encoding="utf-8").replace("past", "pasts", 1), encoding="utf-8")
    path = [str(package_copy)]
    build = load_compiled(path, build_dir, package_copy)
    assert build.startswith("pure Python (the compiled build is older than the sources")
    assert path == [str(package_copy)]


def test_no_build_or_a_half_build_stays_unloaded(package_copy: Path, tmp_path: Path) -> None:
    path = [str(package_copy)]
    assert load_compiled(path, tmp_path / "nothing", package_copy) == "pure Python (not compiled)"
    # The manifest without the shared library it goes with: a build cut short.
    build_dir = _build_of(tmp_path / "build", sources_digest(package_copy))
    assert load_compiled(path, build_dir, package_copy).startswith("pure Python (the compiled build is incomplete")
    assert path == [str(package_copy)]


def test_the_variable_keeps_the_python_modules(
    package_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_dir = _build_of(tmp_path / "build", sources_digest(package_copy))
    monkeypatch.setenv(PURE_PYTHON_VARIABLE, "1")
    path = [str(package_copy)]
    assert load_compiled(path, build_dir, package_copy) == f"pure Python ({PURE_PYTHON_VARIABLE} is set)"
    assert path == [str(package_copy)]


@pytest.mark.skipif(TAGGER_BUILD != "compiled (mypyc)", reason=f"the tagger is not compiled here: {TAGGER_BUILD}")
def test_compiled_and_python_modules_tag_every_held_out_sentence_alike() -> None:
    compiled, pure = _tag_all(pure_python=False), _tag_all(pure_python=True)
    assert compiled["build"] == "compiled (mypyc)"
    assert pure["build"] == f"pure Python ({PURE_PYTHON_VARIABLE} is set)"
    assert len(compiled["found"]) > 30_000  # type: ignore[arg-type]
    assert compiled["found"] == pure["found"]


def test_what_the_tagger_returns_pickles_and_back() -> None:
    # The build's cache pickles it and its worker processes send it back: true of either build.
    found = tag("The Taliban announced on Monday that the valley, which had held out till Sunday, had fallen.", MONDAY)
    assert [expression.value for expression in found] == ["2021-09-06", "2021-09-05"]
    assert pickle.loads(pickle.dumps(found, protocol=5)) == found
