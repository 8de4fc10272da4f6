"""Draft evidence files from evidence statements (hand-built claims; the CLI path with the real model)."""

from __future__ import annotations


import pytest
import yaml
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.evidence import validate_evidence
from claimcheck.models import Incident
from claimcheck.suggest import guess_kind, suggest
from tests.factories import make_claim


@pytest.mark.parametrize("source, kind", [
    ("a Times video analysis", "video_analysis"),
    ("body camera footage", "bodycam"),
    ("a preliminary review by the internal watchdog office", "watchdog_finding"),
    ("a federal judge", "court_record"),
    ("the medical examiner", "official_record"),
    ("a witness", "witness_account"),
    ("The New York Times", "document"),
])
def test_guess_kind(source, kind):
    assert guess_kind(source) == kind


def test_denial_keeps_its_sentence_and_refutes_the_category():
    sentence = "A review did not indicate that he brandished a weapon."
    claim = make_claim("he brandished a weapon", speaker="A review", sentence=sentence,
                       role="evidence_statement", polarity="denies", category="brandished_weapon")
    incident = Incident(id="x-2026", title="X", subjects=["Alex Pretti"], claims=[claim])
    [draft] = suggest([incident], [])
    finding = draft.file.evidence[0].findings[0]
    assert finding.text == sentence
    assert finding.refutes == ["brandished_weapon"] and finding.supports == []
    assert draft.file.evidence[0].kind == "watchdog_finding"


def test_ordinary_claims_are_not_drafted():
    incident = Incident(id="x-2026", title="X", subjects=["A B"], claims=[make_claim()])
    assert suggest([incident], []) == []


def test_cli_writes_valid_drafts_and_never_overwrites(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Officers shot Jordan Reyes on Friday. A video analysis by the Herald found that Reyes "
        "had raised his hands before the shots. Police said Reyes had reached for a gun.\n", encoding="utf-8")
    out = tmp_path / "drafts"
    result = CliRunner().invoke(app, ["evidence", "suggest", str(article), "-o", str(out), "-q", "--no-cache"])
    assert result.exit_code == 0, result.output
    drafts = sorted(out.glob("*.draft.yaml"))
    assert drafts, result.output
    assert validate_evidence([out], None) == []
    data = yaml.safe_load(drafts[0].read_text(encoding="utf-8"))
    assert any("raised his hands" in f["text"] for r in data["evidence"] for f in r["findings"])
    before = drafts[0].read_text(encoding="utf-8")
    again = CliRunner().invoke(app, ["evidence", "suggest", str(article), "-o", str(out), "-q", "--no-cache"])
    assert again.exit_code == 2 and "never overwrites" in again.stderr
    assert drafts[0].read_text(encoding="utf-8") == before
