"""The command-line contract: exit codes, messages on stderr, outputs. Runs the real model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "claims" / "seeds"
EVIDENCE = ROOT / "data" / "evidence"
HOSTILE = ROOT / "tests" / "data" / "hostile"


def run(*args: str):
    """Invoke the CLI in-process; analysis commands never touch the user's cache."""
    if args and args[0] in {"analyze", "extract", "check"}:
        args = (*args, "--no-cache")
    return CliRunner().invoke(app, list(args))


@pytest.fixture(scope="module")
def seed_json():
    result = run("analyze", str(SEEDS), "--evidence", str(EVIDENCE), "--format", "json", "-q")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("claimcheck ")


def test_analyze_json_covers_every_seed_article(seed_json):
    assert seed_json["schema_version"] == 1
    assert sorted(a["id"] for a in seed_json["articles"]) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert seed_json["summary"]["articles"] == 5
    assert seed_json["model"]["version"].startswith("3.8")


def test_fail_on_contradicted_exits_1():
    result = run("analyze", str(SEEDS), "-e", str(EVIDENCE), "-f", "json", "-q", "--fail-on", "contradicted")
    assert result.exit_code == 1
    assert "--fail-on: found" in result.stderr and "contradicted" in result.stderr


def test_fail_on_a_verdict_that_does_not_occur_exits_0(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The weather was fine on Monday, the forecaster said.\n", encoding="utf-8")
    result = run("analyze", str(article), "-f", "json", "-q", "--fail-on", "contradicted")
    assert result.exit_code == 0, result.output


def test_fail_on_unknown_verdict_is_usage_error():
    result = run("analyze", str(SEEDS), "--fail-on", "false")
    assert result.exit_code == 2
    assert "unknown verdict false" in result.stderr


def test_bad_evidence_is_file_line_error_and_exit_2(tmp_path):
    shutil.copy(HOSTILE / "evidence" / "unknown-category.yaml", tmp_path / "bad.yaml")
    result = run("analyze", str(SEEDS), "-e", str(tmp_path), "-q")
    assert result.exit_code == 2
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{tmp_path / 'bad.yaml'}:") and "unknown category" in first
    assert "Traceback" not in result.output


def test_missing_input_is_reported_and_exit_2_but_report_still_written(tmp_path):
    missing = tmp_path / "nope.txt"
    good = tmp_path / "good.txt"
    good.write_text("“It was an accident,” the chief said on Tuesday.\n", encoding="utf-8")
    result = run("analyze", str(good), str(missing), "-f", "json", "-q")
    assert result.exit_code == 2
    assert str(missing) in result.stderr
    report = json.loads(result.stdout)
    assert [a["id"] for a in report["articles"]] == ["good"]
    assert report["skipped"][0]["path"].endswith("nope.txt")


def test_output_is_written_and_refuses_to_overwrite_an_input(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The car, she said, was moving.\n", encoding="utf-8")
    out = tmp_path / "report.md"
    result = run("analyze", str(article), "-f", "markdown", "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# claimcheck report")
    result = run("analyze", str(article), "-f", "markdown", "-o", str(article), "-q")
    assert result.exit_code == 2
    assert article.read_text(encoding="utf-8") == "The car, she said, was moving.\n"


def test_analyze_without_paths_outside_the_repository(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("analyze")
    assert result.exit_code == 2
    assert "no PATHS given and no sample dataset" in result.stderr


def test_extract_prints_one_claim_per_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("“We followed the policy,” the sheriff said. The mayor denied that officers were "
                       "present.\n", encoding="utf-8")
    result = run("extract", str(article), "-q")
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert [c["cue"]["lemma"] for c in claims] == ["say", "deny"]
    assert claims[0]["content"]["text"] == "We followed the policy"
    assert claims[0]["quote_type"] == "direct"
    assert claims[1]["polarity"] == "denies"


def test_validate_good_and_bad_evidence():
    assert run("validate", str(EVIDENCE)).exit_code == 0
    result = run("validate", str(HOSTILE / "evidence" / "unknown-field.yaml"))
    assert result.exit_code == 2
    assert "unknown-field.yaml:" in result.stderr


def test_check_seed_dataset_matches_expected_verdicts():
    result = run("check", str(SEEDS), "-q")
    assert result.exit_code == 0, result.output
    assert "expected verdicts match" in result.stdout


def test_check_reports_differences_with_exit_1(tmp_path):
    dataset = tmp_path / "ds"
    (dataset / "articles").mkdir(parents=True)
    shutil.copy(SEEDS / "004_8d5be0df748553fc.txt", dataset / "articles")
    shutil.copytree(EVIDENCE, dataset / "evidence")
    (dataset / "expected.yaml").write_text(
        "claims:\n"
        "  - article: 004_8d5be0df748553fc\n"
        "    contains: brandished a weapon\n"
        "    speaker: Kristi Noem\n"
        "    verdict: supported\n", encoding="utf-8")
    result = run("check", str(dataset), "-q")
    assert result.exit_code == 1
    assert "expected supported" in result.stdout + result.stderr
