"""``chronology build`` from the command line on a copy of the shipped example project."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from chronology.cli import main


@pytest.fixture
def project(tmp_path: Path, project_root: Path) -> Path:
    """The example project as a new user has it: articles, templates and mkdocs.yml, no chronologies yet."""
    shutil.copytree(project_root / "content" / "articles", tmp_path / "content" / "articles")
    shutil.copytree(project_root / "site_templates", tmp_path / "site_templates")
    shutil.copy(project_root / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


def build(project: Path, *extra: str) -> int:
    return main(["build", "-f", str(project / "mkdocs.yml"), "-q", *extra])


def files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()
    }


def test_build_writes_chronologies_and_a_searchable_site(project: Path) -> None:
    assert build(project) == 0
    assert (project / "content" / "chronologies" / "afghanistan-2021.yaml").is_file()
    timeline = (project / "site" / "chronologies" / "afghanistan-2021" / "index.html").read_text()
    # The Panjshir events, in date order: Sunday's holdout, the night of 5-6 September, Monday's announcement.
    held_out = timeline.index("held out against them till Sunday")
    overnight = timeline.index("taken several districts overnight")
    announced = timeline.index("A spokesman for the group announced the capture")
    assert held_out < overnight < announced
    assert "night of 5–6 Sep 2021" in timeline
    index = json.loads((project / "site" / "search" / "search_index.json").read_text())
    hits = [doc["location"] for doc in index["docs"] if "districts overnight" in doc["text"]]
    assert any("chronologies/afghanistan-2021/#" in location for location in hits)


def test_second_build_changes_nothing(project: Path) -> None:
    assert build(project) == 0
    before = files(project)
    assert build(project) == 0
    assert files(project) == before
    assert build(project, "--force") == 0  # a full rebuild writes the same bytes too
    assert files(project) == before


def test_html_in_an_article_is_shown_as_text(project: Path) -> None:
    article = project / "content" / "articles" / "injected.md"
    article.write_text(
        "---\ntitle: Injected <b>title</b>\npublished: 2021-09-07\nchronology: Afghanistan 2021\n---\n\n"
        "On Monday a post said <script>alert('x')</script> and <img src=x onerror=alert(1)>.\n"
    )
    assert build(project) == 0
    page = (project / "site" / "articles" / "injected" / "index.html").read_text()
    timeline = (project / "site" / "chronologies" / "afghanistan-2021" / "index.html").read_text()
    for html in (page, timeline):
        assert "<script>alert('x')</script>" not in html
        assert "<img src=x" not in html
        assert "&lt;script&gt;" in html


def test_bad_article_fails_the_build_naming_file_and_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "content" / "articles" / "bad.md").write_text("---\ntitle: Bad\npublished: last Monday\n---\nText.\n")
    assert build(project) == 1
    assert "bad.md:3: 'published'" in capsys.readouterr().err
    assert not (project / "content" / "chronologies").exists()


@pytest.mark.parametrize("published", ["2021-09-06", "2021-09-07"])
def test_dates_command_gives_the_panjshir_answers(
    capsys: pytest.CaptureFixture[str], project_root: Path, published: str
) -> None:
    """Issue 3: in a Monday or a Tuesday paper, Sunday is 5 Sep, Monday 6 Sep, overnight the night of 5-6 Sep."""
    article = project_root / "content" / "articles" / "2021-09-06-panjshir.md"
    assert main(["dates", "--published", published, "--format", "json", str(article)]) == 0
    found = {item["text"]: item["value"] for item in json.loads(capsys.readouterr().out)}
    assert (found["Sunday"], found["Monday"], found["overnight"]) == ("2021-09-05", "2021-09-06", "2021-09-05TNI")


def test_dates_command_reads_an_article_with_its_own_date(
    capsys: pytest.CaptureFixture[str], project_root: Path
) -> None:
    article = project_root / "content" / "articles" / "2021-09-06-panjshir.md"
    assert main(["dates", "--format", "json", str(article)]) == 0
    found = json.loads(capsys.readouterr().out)
    body = article.read_text().split("---\n", 2)[2].strip("\n")
    assert all(body[item["start"] : item["end"]] == item["text"] for item in found)
    assert {"text": "Friday", "value": "2021-09-10"}.items() <= next(i for i in found if i["text"] == "Friday").items()


def test_a_rebuild_on_another_day_writes_the_same_bytes(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert build(project) == 0
    before = files(project / "site")
    # MkDocs dates pages by the build day; the site must be a function of the content, not of the calendar.
    monkeypatch.setattr("mkdocs.structure.pages.get_build_date", lambda: "2031-01-01")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1924099200")
    assert build(project, "--force") == 0
    assert files(project / "site") == before


def test_shipped_chronologies_are_what_a_build_writes(tmp_path: Path, project_root: Path) -> None:
    """The example's YAML (with its hand edits) is exactly what a build of the shipped articles keeps."""
    shutil.copytree(project_root / "content", tmp_path / "content")
    shutil.copytree(project_root / "site_templates", tmp_path / "site_templates")
    shutil.copy(project_root / "mkdocs.yml", tmp_path / "mkdocs.yml")
    before = files(tmp_path / "content")
    assert build(tmp_path) == 0
    assert files(tmp_path / "content") == before
    assert (
        "The Panjshir valley holds out against the Soviet army"
        in (tmp_path / "site" / "chronologies" / "afghanistan-2021" / "index.html").read_text()
    )


def test_updating_the_chronologies_alone_uses_the_cache_too(project: Path) -> None:
    # --no-site used to run without the cache: every article re-tagged on every run.
    stats = project / "stats.json"
    args = ["--no-site", "--content", str(project / "content"), "--stats", str(stats)]
    assert build(project, *args) == 0
    first = json.loads(stats.read_text())
    assert first["tagged"] == first["articles"] > 0
    assert (project / ".chronology-cache").is_dir()  # mkdocs.yml's plugin decides where: beside it
    chronologies = files(project / "content" / "chronologies")
    assert build(project, *args) == 0
    second = json.loads(stats.read_text())
    assert (second["tagged"], second["reused"]) == (0, first["articles"])
    assert files(project / "content" / "chronologies") == chronologies
    assert build(project, "--stats", str(stats)) == 0  # and the site build that follows reuses it as well
    assert json.loads(stats.read_text())["tagged"] == 0


def test_site_build_and_no_site_share_the_store_memo(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The memo keys on file paths; --no-site took the content folder as typed, the site build resolved it, so
    # switching between the two re-read every chronology.
    from chronology import pipeline

    assert build(project) == 0
    merged: list[str] = []
    real = pipeline.update_chronology
    monkeypatch.setattr(
        pipeline, "update_chronology", lambda path, *rest, **kw: merged.append(path.name) or real(path, *rest, **kw)
    )
    monkeypatch.chdir(project)
    assert build(project, "--no-site", "--content", "content") == 0
    assert merged == []


def test_messages_name_files_relative_to_the_working_directory(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "content" / "articles" / "undated.md").write_text("---\ntitle: Undated\n---\nOn Monday.\n")
    monkeypatch.chdir(project)
    assert build(project) == 1
    assert "error: content/articles/undated.md:2: 'published' is missing" in capsys.readouterr().err


def test_updating_the_chronologies_without_mkdocs_yml_caches_beside_the_content(project: Path) -> None:
    (project / "mkdocs.yml").unlink()
    args = ["--no-site", "--content", str(project / "content")]
    assert build(project, *args) == 0
    assert (project / ".chronology-cache").is_dir()
