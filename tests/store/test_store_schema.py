"""The JSON Schema editors use: it accepts every file the build writes and flags the usual mistakes."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from conftest import generated_event
from ruamel.yaml import YAML

from chronology.store import SCHEMA_PATH, update_chronology

jsonschema = pytest.importorskip("jsonschema")


def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text())


def as_json(path: Path):
    """The file as an editor's YAML language server sees it: plain YAML 1.2 data, dates as strings."""
    data = YAML(typ="safe", pure=True).load(path.read_text())
    return json.loads(json.dumps(data, default=str))


def errors_of(data) -> list[str]:
    validator = jsonschema.Draft7Validator(schema())
    return sorted(error.message for error in validator.iter_errors(data))


def test_schema_is_valid_and_shipped_as_package_data():
    jsonschema.Draft7Validator.check_schema(schema())
    shipped = resources.files("chronology.store") / "chronology.schema.json"
    assert json.loads(shipped.read_text()) == schema()


def test_files_the_build_writes_follow_the_schema(chronology_path: Path):
    sunday = generated_event("Talks continued till Sunday.", "2021-09-05", expression="till Sunday")
    night = generated_event("Overnight shelling.", "2021-09-05/2021-09-06", expression="Overnight", qualifier="night")
    year = generated_event("The valley held out in 1996.", "1996", expression="1996")
    update_chronology(chronology_path, "main", "Main", [sunday, night, year])
    text = chronology_path.read_text()
    start = text.index(f"- id: {night.id}")
    chronology_path.write_text(text[:start] + text[text.index("\n# The build's record") + 1 :])
    update_chronology(chronology_path, "main", "Main", [sunday, night, year])
    assert "deleted:" in chronology_path.read_text()
    assert errors_of(as_json(chronology_path)) == []


def test_readme_example_follows_the_schema(tmp_path: Path):
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    start = readme.index("```yaml\n# yaml-language-server")
    example = readme[start + len("```yaml\n") : readme.index("```", start + 7)]
    path = tmp_path / "example.yaml"
    path.write_text(example)
    assert errors_of(as_json(path)) == []


@pytest.mark.parametrize(
    ("event", "fragment"),
    [
        ({"id": "a", "date": "2021-09-05", "sumary": "typo"}, "'summary' is a required property"),
        ({"id": "a", "date": "5 September 2021", "summary": "x"}, "does not match"),
        ({"id": "a", "date": "2021-09-05", "summary": "x", "qualifier": "teatime"}, "does not match"),
        ({"id": "a", "date": "2021-09-05", "summary": "x", "sources": [{"quote": "q"}]}, "'article' is a required"),
    ],
)
def test_schema_flags_common_mistakes(event, fragment):
    messages = errors_of({"title": "T", "events": [event]})
    assert any(fragment in message for message in messages), messages
