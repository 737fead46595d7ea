"""Shared fixtures: paths to the project's own example content and the shared evaluation data."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = PROJECT_ROOT.parent / "shared" / "eval" / "timeml"


@pytest.fixture
def project_root() -> Path:
    return PROJECT_ROOT


@pytest.fixture
def timeml_dir() -> Path:
    if not SHARED_EVAL.is_dir():
        pytest.skip(f"evaluation data not present at {SHARED_EVAL}")
    return SHARED_EVAL
