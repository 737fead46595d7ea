"""The Panjshir example of issue 3, through tag() and through the `chronology dates` command."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from chronology.cli import main
from chronology.temporal import tag

ARTICLE = (
    "The resistance in the Panjshir valley held out till Sunday. The Taliban announced on Monday that they "
    "had taken the valley overnight, after a week of fighting."
)


def values(published: date | datetime) -> dict[str, str]:
    return {expression.text: expression.value for expression in tag(ARTICLE, published)}


def test_published_on_monday() -> None:
    found = values(date(2021, 9, 6))
    assert found["Sunday"] == "2021-09-05"
    assert found["Monday"] == "2021-09-06"
    assert found["overnight"] == "2021-09-05TNI"


def test_published_on_tuesday() -> None:
    found = values(date(2021, 9, 7))
    assert found["Sunday"] == "2021-09-05"
    assert found["Monday"] == "2021-09-06"
    assert found["overnight"] == "2021-09-06TNI"


def test_publication_datetime_with_offset_uses_its_own_day() -> None:
    published = datetime(2021, 9, 6, 8, 0, tzinfo=timezone(timedelta(hours=4, minutes=30)))
    assert values(published)["Monday"] == "2021-09-06"


def test_spans_exclude_prepositions() -> None:
    spans = [expression.text for expression in tag(ARTICLE, date(2021, 9, 6))]
    assert spans[:3] == ["Sunday", "Monday", "overnight"]
    assert "a week" in spans  # the duration "a week" (of fighting)


@pytest.mark.parametrize(("published", "expected"), [("2021-09-06", "2021-09-05TNI"), ("2021-09-07", "2021-09-06TNI")])
def test_dates_command_json(tmp_path, capsys, published: str, expected: str) -> None:
    article = tmp_path / "panjshir.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["dates", "--published", published, "--format", "json", str(article)]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_text = {row["text"]: row for row in rows}
    assert by_text["overnight"]["value"] == expected
    assert by_text["Sunday"]["value"] == "2021-09-05"
    for row in rows:
        assert ARTICLE[row["start"] : row["end"]] == row["text"]
        assert {"text", "start", "end", "type", "value", "explanation"} <= row.keys()


def test_dates_command_table_and_stdin(monkeypatch, capsys) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(ARTICLE))
    assert main(["dates", "--published", "2021-09-06T08:00+02:00", "-"]) == 0
    out = capsys.readouterr().out
    assert "2021-09-05TNI" in out and "most recent Sunday on or before publication" in out


def test_dates_command_rejects_bad_date_and_missing_file(tmp_path, capsys) -> None:
    assert main(["dates", "--published", "2021-13-06", "-"]) == 1
    assert "not an ISO date" in capsys.readouterr().err
    assert main(["dates", "--published", "2021-09-06", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt: no such file" in capsys.readouterr().err
