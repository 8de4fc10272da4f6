"""`claimcheck eval`: attribution and verdict commands, with fake extractors and reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli.eval_cmd import eval_app
from claimcheck.dataset import ExpectedVerdict
from claimcheck.evaluation import attribution as attribution_mod
from claimcheck.evaluation.verdict_accuracy import format_verdict_scores, score_verdicts
from claimcheck.models import (
    Claim,
    Cue,
    Generator,
    Incident,
    ModelInfo,
    Report,
    Span,
    Speaker,
    Summary,
)

runner = CliRunner()

ARTICLE = "Ms. Noem said the agent was injured. The weather was fine.\n"
GOLD_YAML = """\
attributions:
  - article: a1
    content: "the agent was injured"
    speaker: Ms. Noem
    canonical: Kristi Noem
    cue: said
    quote_type: indirect
"""


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    (tmp_path / "a1.txt").write_text("---\ntitle: T\n---\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "gold.yaml").write_text(GOLD_YAML, encoding="utf-8")
    return tmp_path


def fake_predictor(found: bool):
    def make(model=None):
        def predict(doc_id: str, text: str) -> list[Claim]:
            assert not text.startswith("---")  # front matter blanked, offsets kept
            if not found:
                return []
            s = text.index("the agent was injured")
            k = text.index("Ms. Noem")
            return [Claim(
                id="c1", article=doc_id,
                speaker=Speaker(text="Ms. Noem", start=k, end=k + 8, canonical="Kristi Noem"),
                cue=Cue(text="said", start=k + 9, end=k + 13, lemma="say"),
                content=Span(text="the agent was injured", start=s, end=s + 21),
                quote_type="indirect", sentence="")]
        return predict
    return make


def test_seeds_scores_and_gate(seed_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attribution_mod, "extractor_predictor", fake_predictor(True))
    result = runner.invoke(eval_app, ["attribution", "--seeds", "--gold", str(seed_dir / "gold.yaml"),
                                      "--min-f1", "0.9"])
    assert result.exit_code == 0, result.output
    assert "content found @0.3" in result.output
    assert "1 gold items, 1 predicted" in result.output


def test_min_f1_fails(seed_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attribution_mod, "extractor_predictor", fake_predictor(False))
    result = runner.invoke(eval_app, ["attribution", "--seeds", "--gold", str(seed_dir / "gold.yaml"),
                                      "--min-f1", "0.5", "--errors", "5"])
    assert result.exit_code == 1
    assert "below --min-f1" in result.output
    assert "== missed (1)" in result.output and "the agent was injured" in result.output


def test_json_output(seed_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attribution_mod, "extractor_predictor", fake_predictor(True))
    result = runner.invoke(eval_app, ["attribution", "--seeds", "--gold", str(seed_dir / "gold.yaml"),
                                      "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["scores"]["content_30_f1"] == 1.0
    assert data["scores"]["speaker_accuracy"] == 1.0


def test_missing_benchmark_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMCHECK_GUM_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(eval_app, ["attribution"])
    assert result.exit_code == 2
    assert "no GUM benchmark folder" in result.output


def test_bad_gold_is_reported_with_line(seed_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attribution_mod, "extractor_predictor", fake_predictor(True))
    (seed_dir / "gold.yaml").write_text(GOLD_YAML.replace("the agent was injured", "not there"),
                                        encoding="utf-8")
    result = runner.invoke(eval_app, ["attribution", "--seeds", "--gold", str(seed_dir / "gold.yaml")])
    assert result.exit_code == 2
    assert "gold.yaml:3: attributions[0].content: not found in the article" in result.output


# --------------------------------------------------------------------------- verdicts


def claim(cid: str, content: str, verdict: str) -> Claim:
    return Claim(id=cid, article="a1",
                 speaker=Speaker(text="Noem", start=0, end=4, canonical="Kristi Noem"),
                 cue=Cue(text="said", start=5, end=9, lemma="say"),
                 content=Span(text=content, start=10, end=10 + len(content)),
                 quote_type="indirect", sentence=content, verdict=verdict)


def make_report(claims: list[Claim]) -> Report:
    return Report(generator=Generator(version="0"), model=ModelInfo(name="m", version="0"),
                  articles=[], incidents=[Incident(id="i", title="t", subjects=["x"], claims=claims)],
                  summary=Summary(articles=1, claims=len(claims), incidents=1, verdicts={}))


EXPECTED = [
    ExpectedVerdict(article="a1", contains="ran over", verdict="contradicted"),
    ExpectedVerdict(article="a1", contains="brandished", verdict="contradicted"),
    ExpectedVerdict(article="a1", contains="terrorism", verdict="uncheckable"),
    ExpectedVerdict(article="a1", contains="injured", verdict="disputed"),
    ExpectedVerdict(article="a1", contains="not in the report", verdict="supported"),
]
REPORT = make_report([
    claim("c1", "she ran over the agent", "contradicted"),
    claim("c2", "he brandished a gun", "disputed"),
    claim("c3", "an act of terrorism", "uncheckable"),
    claim("c4", "the agent was injured", "contradicted"),
])


def test_score_verdicts() -> None:
    s = score_verdicts(REPORT, EXPECTED)
    assert (s.correct, s.total, s.missing) == (2, 5, 1)
    assert s.accuracy == pytest.approx(0.4)
    assert s.confusion["contradicted"]["contradicted"] == 1
    assert s.confusion["contradicted"]["disputed"] == 1
    assert s.confusion["disputed"]["contradicted"] == 1
    assert s.confusion["supported"]["missing"] == 1
    # two claims were called contradicted, one of them rightly
    assert s.contradicted_precision == pytest.approx(0.5)
    assert s.contradicted_recall == pytest.approx(0.5)
    assert s.precision("supported") is None  # never given
    assert len(s.diffs) == 3
    table = format_verdict_scores(s)
    assert "verdict accuracy: 0.400 (2/5; 1 expected claims not found)" in table
    assert "contradicted: precision 0.500, recall 0.500 (2 claims" in table
    assert s.report_contradicted == 2


def test_verdicts_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck import engine

    (tmp_path / "a1.txt").write_text("text", encoding="utf-8")
    (tmp_path / "expected.yaml").write_text(
        "claims:\n  - article: a1\n    contains: ran over\n    verdict: contradicted\n"
        "  - article: a1\n    contains: injured\n    verdict: disputed\n", encoding="utf-8")
    monkeypatch.setattr(engine, "analyze_dataset", lambda *a, **k: REPORT)
    result = runner.invoke(eval_app, ["verdicts", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["accuracy"] == 0.5
    assert data["contradicted_precision"] == 0.5
    assert data["confusion"]["disputed"]["contradicted"] == 1
