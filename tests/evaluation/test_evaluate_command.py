"""``chronology evaluate`` end to end on TimeML written here, with a small fake tagger in place of ours."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from chronology import cli
from chronology.commands import evaluate
from chronology.temporal.expression import TemporalExpression

from .timeml_samples import HARBOUR_TML, VALLEY_TML

# What the fake tagger "knows": phrase -> (type, value). Against VALLEY_TML's gold it finds "Sunday" inside
# "on Sunday" (relaxed match, right value), "two days" inside "about two days" (relaxed, wrong value) and
# "Fighters" (spurious); it misses "tomorrow" and "9 a.m.".
FAKE_RULES = {"Sunday": ("DATE", "2021-09-05"), "two days": ("DURATION", "P3D"), "Fighters": ("DATE", "2021")}
CALLS: list[tuple[str, date | datetime]] = []


def fake_tag(text: str, published: date | datetime) -> list[TemporalExpression]:
    CALLS.append((text, published))
    found = []
    for phrase, (kind, value) in FAKE_RULES.items():
        for match in re.finditer(re.escape(phrase), text):
            found.append(TemporalExpression(phrase, match.start(), match.end(), kind, value))
    return found


@pytest.fixture
def fake_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    CALLS.clear()
    monkeypatch.setattr(evaluate, "_real_tagger", lambda: fake_tag)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "valley.tml").write_text(VALLEY_TML, encoding="utf-8")
    return tmp_path / "corpus"


def run_command(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], str]:
    status = cli.main(["evaluate", *argv])
    captured = capsys.readouterr()
    return status, captured.out.splitlines(), captured.err


def test_scores_the_fake_tagger_and_ends_with_json(
    fake_tagger: None, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, lines, _ = run_command([str(corpus)], capsys)
    assert status == 0
    figures = json.loads(lines[-1])
    assert figures["documents"] == 1
    assert (figures["gold"], figures["predicted"]) == (4, 3)
    # 2 relaxed matches of 3 predicted and 4 gold; no offsets agree exactly.
    assert figures["relaxed_precision"] == round(2 / 3, 4)
    assert figures["relaxed_recall"] == 0.5
    assert figures["relaxed_f1"] == round(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5), 4)
    assert figures["strict_f1"] == 0.0
    assert figures["type_acc"] == 1.0
    assert figures["value_acc"] == 0.5
    assert figures["value_f1"] == round(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5) * 0.5, 4)
    assert figures["date_value_acc"] == 1.0
    assert figures["duration_value_acc"] == 0.0
    assert figures["time_gold"] == 1
    assert figures["docs_per_s"] > 0
    assert "baseline_docs_per_s" not in figures
    assert (figures["errors_missed"], figures["errors_spurious"], figures["errors_value"]) == (2, 1, 1)
    text = "\n".join(lines)
    assert "relaxed F1" in text and "DURATION" in text


def test_the_tagger_gets_the_plain_text_and_the_creation_time(
    fake_tagger: None, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_command([str(corpus)], capsys)
    texts = {text for text, _ in CALLS}
    assert len(texts) == 1
    (text,) = texts
    assert text.startswith("\nFighters & elders met on Sunday")
    assert {published for _, published in CALLS} == {datetime(2021, 9, 6, 14, 30)}


def test_errors_list_gold_ours_and_the_sentence(
    fake_tagger: None, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, lines, _ = run_command(["--errors", "10", str(corpus)], capsys)
    assert status == 0
    listing = "\n".join(lines)
    assert "missed 2, spurious 1, value 1, type 0, span 2" in listing
    # In text order: "Fighters" (spurious), "on Sunday" (span only), "about two days", "tomorrow", "9 a.m.".
    headings = [line.split("  ")[0] for line in lines if re.match(r"\d+\. ", line)]
    assert headings == ["1. spurious", "2. span", "3. value + span", "4. missed", "5. missed"]
    assert 'gold: DURATION P2D mod=APPROX  "about two days"' in listing
    assert 'ours: DURATION P3D  "two days"' in listing
    assert "<Talks> resume [tomorrow] at 9 a.m." in listing
    assert 'Fighters & elders met on Sunday, "days" after [about two days] of talks.' in listing


def test_errors_of_one_kind_and_a_limit(fake_tagger: None, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, lines, _ = run_command(["--errors", "1", "--error-kind", "missed", str(corpus)], capsys)
    numbered = [line for line in lines if re.match(r"\d+\. ", line)]
    assert len(numbered) == 1 and numbered[0].startswith("1. missed")
    assert '   gold: DATE 2021-09-07  "tomorrow"' in lines


def test_baseline_is_scored_and_timed_in_the_same_run(
    fake_tagger: None, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "harbour.tml").write_text(HARBOUR_TML, encoding="utf-8")
    status, lines, _ = run_command(["--baseline", str(corpus)], capsys)
    assert status == 0
    figures = json.loads(lines[-1])
    assert figures["documents"] == 2
    assert figures["baseline_gold"] == figures["gold"] == 6
    assert figures["baseline_docs_per_s"] > 0
    assert figures["speedup"] == pytest.approx(figures["docs_per_s"] / figures["baseline_docs_per_s"], rel=0.05)
    # dateparser finds "yesterday" in the harbour story and dates it the day before 1998-11-20: a value match.
    assert figures["baseline_value_acc"] > 0
    assert any(line.startswith("relaxed F1") and len(line.split()) == 4 for line in lines)


def test_output_is_deterministic_apart_from_timings(
    fake_tagger: None, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "harbour.tml").write_text(HARBOUR_TML, encoding="utf-8")

    def without_timings(lines: list[str]) -> tuple[list[str], dict[str, object]]:
        figures = {k: v for k, v in json.loads(lines[-1]).items() if not k.endswith("_s") and k != "speedup"}
        return [line for line in lines[:-1] if "documents/s" not in line], figures

    first = without_timings(run_command(["--errors", "9", str(corpus)], capsys)[1])
    second = without_timings(run_command(["--errors", "9", str(corpus)], capsys)[1])
    assert first == second


def test_missing_path_is_a_clear_error(fake_tagger: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, lines, err = run_command([str(tmp_path / "nowhere")], capsys)
    assert status == 1
    assert lines == []
    assert str(tmp_path / "nowhere") in err and "Traceback" not in err


def test_unparsable_tml_is_a_clear_error(fake_tagger: None, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = corpus / "broken.tml"
    broken.write_text(VALLEY_TML.replace("</TEXT>", ""), encoding="utf-8")
    status, _, err = run_command([str(corpus)], capsys)
    assert status == 1
    assert str(broken) in err and "not well-formed" in err


def test_negative_error_count_is_refused(fake_tagger: None, corpus: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["evaluate", "--errors", "-3", str(corpus)])
    assert caught.value.code == 2


def test_a_tagger_whose_offsets_do_not_fit_its_text_is_warned_about(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def off_by_one(text: str, published: date | datetime) -> list[TemporalExpression]:
        start = text.index("tomorrow") + 1
        return [TemporalExpression("tomorrow", start, start + 8, "DATE", "2021-09-07")]

    monkeypatch.setattr(evaluate, "_real_tagger", lambda: off_by_one)
    status, lines, err = run_command([str(corpus)], capsys)
    assert status == 0
    assert "1 expressions whose text is not the text at their offsets" in err
    assert json.loads(lines[-1])["relaxed_recall"] == 0.25  # still scored, by its offsets
