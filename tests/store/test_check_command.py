"""``chronology check``: lists every problem as file:line, writes nothing, fails when there are errors."""

from __future__ import annotations

from pathlib import Path

from chronology.cli import main

ARTICLE = """---
title: Valley talks
published: 2021-09-06
---
Talks continued till Sunday, officials said.
"""


def make_content(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "chronologies").mkdir()
    (content / "articles" / "talks.md").write_text(ARTICLE)
    return content


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(path): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_check_passes_on_valid_content_and_writes_nothing(tmp_path: Path, capsys):
    content = make_content(tmp_path)
    (content / "chronologies" / "main.yaml").write_text(
        "title: Main\nevents:\n- id: a\n  date: 2021-09-05\n  summary: Talks.\n"
        "  sources:\n  - article: articles/talks.md\n    quote: Talks continued till Sunday.\n"
    )
    before = snapshot(tmp_path)
    assert main(["check", "--content", str(content)]) == 0
    assert snapshot(tmp_path) == before
    assert "1 articles and 1 chronologies: 0 errors" in capsys.readouterr().err


def test_check_lists_every_problem_with_file_and_line_and_fails(tmp_path: Path, capsys):
    content = make_content(tmp_path)
    bad = content / "chronologies" / "bad.yaml"
    bad.write_text(
        "title: Bad\nevents:\n- id: a\n  date: 2021-02-30\n  summary: x\n"
        "- id: b\n  summary: no date\n- id: c\n  date: 2021-09\n  sumary: typo\n  summary: ok\n"
    )
    (content / "chronologies" / "tabs.yaml").write_text("title: T\nevents:\n\t- id: a\n")
    (content / "articles" / "undated.md").write_text("---\ntitle: No date\n---\nText.\n")
    before = snapshot(tmp_path)
    assert main(["check", "--content", str(content)]) == 1
    assert snapshot(tmp_path) == before
    out = capsys.readouterr().out.splitlines()
    assert f"{bad}:4: event 'a': invalid date: '2021-02-30' is not a real date: day is out of range for month" in out
    assert f"{bad}:6: event 'b' has no date" in out
    assert any(line.startswith(f"{bad}:10: warning: event 'c': unknown key 'sumary'") for line in out)
    assert any(line.startswith(f"{content / 'chronologies' / 'tabs.yaml'}:3: tab") for line in out)
    assert any(line.startswith(str(content / "articles" / "undated.md")) for line in out)


def test_warnings_alone_pass_unless_strict(tmp_path: Path, capsys):
    content = make_content(tmp_path)
    (content / "chronologies" / "main.yaml").write_text(
        "title: Main\nnote: mine\nevents:\n- id: a\n  date: 2021-09-05\n  summary: Talks.\n"
    )
    assert main(["check", "--content", str(content)]) == 0
    assert main(["check", "--strict", "--content", str(content)]) == 1
    assert f"{content / 'chronologies' / 'main.yaml'}:2: warning: unknown key 'note'" in capsys.readouterr().out
