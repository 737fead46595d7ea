"""``chronology serve``: serves the site and rebuilds it when an article or a chronology changes."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from test_site_browser import PROJECT_ROOT


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(check, seconds: float = 45.0) -> str:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while True:
        try:
            if found := check():
                return found
        except OSError:
            pass  # not serving yet, or mid-rebuild
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.5)


def test_serve_rebuilds_on_article_and_chronology_changes(tmp_path: Path) -> None:
    shutil.copytree(PROJECT_ROOT / "content", tmp_path / "content", ignore=shutil.ignore_patterns("chronologies"))
    shutil.copy(PROJECT_ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    port = free_port()
    command = [sys.executable, "-m", "chronology", "serve", "-q", "-f", "mkdocs.yml", "-a", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        home = f"http://127.0.0.1:{port}/"
        wait_for(lambda: "chr-index" in fetch(home))
        chronology = next((tmp_path / "content/chronologies").glob("*.yaml"))
        page = f"{home}chronologies/{chronology.stem}/"

        article = next((tmp_path / "content/articles").glob("*.md"))
        with article.open("a", encoding="utf-8") as stream:
            stream.write("\nA convoy of aid lorries reached the border crossing on Saturday, officials said.\n")

        def event_indexed() -> bool:  # the new sentence is an event on a timeline, found by search
            index = json.loads(fetch(home + "search/search_index.json"))
            return any(
                doc["location"].startswith("chronologies/") and "convoy of aid lorries" in doc["text"]
                for doc in index["docs"]
            )

        wait_for(event_indexed)

        text = chronology.read_text(encoding="utf-8")
        title = next(line for line in text.splitlines() if line.startswith("title:"))
        chronology.write_text(text.replace(title, "title: Retitled by hand"), encoding="utf-8")
        wait_for(lambda: "Retitled by hand</h1>" in fetch(page))
    finally:
        server.terminate()
        server.wait(timeout=10)
