"""Shared fixtures: paths to the project's own example content and the shared evaluation data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Every chronology the store writes by slices is read back and compared, in builds run as subprocesses too.
os.environ["CHRONOLOGY_VERIFY_WRITES"] = "1"

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = PROJECT_ROOT.parent / "shared" / "eval" / "timeml"


@pytest.fixture(autouse=True)
def verify_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    import chronology.store

    monkeypatch.setattr(chronology.store, "VERIFY_WRITES", True)


@pytest.fixture
def project_root() -> Path:
    return PROJECT_ROOT


@pytest.fixture
def timeml_dir() -> Path:
    if not SHARED_EVAL.is_dir():
        pytest.skip(f"evaluation data not present at {SHARED_EVAL}")
    return SHARED_EVAL
