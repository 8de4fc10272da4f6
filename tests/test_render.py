"""Renderers on hand-built reports: the JSON contract, Markdown escaping, ClaimReview structure."""

from __future__ import annotations

import json

import pytest

from claimcheck.render import RENDERERS
from claimcheck.render.claimreview import render_claimreview
from claimcheck.render.json import render_claims_jsonl, render_json
from claimcheck.render.markdown import escape, render_markdown
from claimcheck.render.table import render_table_text
from tests.factories import make_claim, make_report, refuting_ref

# The fields DESIGN.md promises in schema_version 1 (extra fields are allowed, missing ones are not).
REPORT_KEYS = {"schema_version", "generator", "model", "articles", "incidents", "unassigned_claims", "summary"}
INCIDENT_KEYS = {"id", "title", "subjects", "aliases", "date", "place", "claims", "inconsistencies"}
CLAIM_KEYS = {"id", "article", "speaker", "cue", "content", "quote_type", "polarity", "hedged", "sentence",
              "subject", "category", "verdict", "confidence", "evidence", "rationale"}
SPEAKER_KEYS = {"text", "start", "end", "canonical", "type"}
CUE_KEYS = {"text", "start", "end", "lemma"}
EVIDENCE_KEYS = {"id", "kind", "relation", "text", "score"}
SUMMARY_KEYS = {"articles", "claims", "incidents", "verdicts"}


def contradicted_report():
    claim = make_claim(verdict="contradicted", evidence=[refuting_ref()], confidence=0.9,
                       rationale='Kristi Noem said "tried to weaponize her vehicle"; refuted.')
    return make_report([claim])


def test_json_has_every_contract_field():
    data = json.loads(render_json(contradicted_report()))
    assert REPORT_KEYS <= data.keys()
    assert data["schema_version"] == 1
    assert data["generator"]["name"] == "claimcheck"
    assert {"name", "version"} <= data["model"].keys()
    assert {"id", "path", "title", "claims"} <= data["articles"][0].keys()
    incident = data["incidents"][0]
    assert INCIDENT_KEYS <= incident.keys()
    claim = incident["claims"][0]
    assert CLAIM_KEYS <= claim.keys()
    assert SPEAKER_KEYS <= claim["speaker"].keys()
    assert CUE_KEYS <= claim["cue"].keys()
    assert {"text", "start", "end"} <= claim["content"].keys()
    assert EVIDENCE_KEYS <= claim["evidence"][0].keys()
    assert {"subject", "attribute", "values"} <= incident["inconsistencies"][0].keys()
    assert {"value", "article", "text"} <= incident["inconsistencies"][0]["values"][0].keys()
    assert SUMMARY_KEYS <= data["summary"].keys()
    assert set(data["summary"]["verdicts"]) == {"contradicted", "supported", "disputed", "unverified",
                                                "uncheckable"}


def test_json_is_deterministic():
    assert render_json(contradicted_report()) == render_json(contradicted_report())


def test_claims_jsonl_is_one_object_per_line():
    lines = render_claims_jsonl([make_claim(n=1), make_claim(n=2)]).splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a1:c001", "a1:c002"]


@pytest.mark.parametrize("text, forbidden", [
    ("<script>alert(1)</script>", "<script>"),
    ("[click](https://evil.example)", "[click]("),
    ("**bold** and _under_", "**bold**"),
    ("a | b | c", " | b"),
    ("`code`", "`code`"),
])
def test_markdown_escapes_article_text(text, forbidden):
    assert forbidden not in escape(text)


@pytest.mark.parametrize("text", ["1. first", "- item", "+ item", "# heading"])
def test_markdown_escapes_line_starts(text):
    escaped = escape(text)
    assert escaped != text and escaped.replace("\\", "") == text


def test_markdown_report_quotes_both_sides_and_escapes():
    claim = make_claim(content="tried to <b>weaponize</b> her vehicle", verdict="contradicted",
                       evidence=[refuting_ref()], confidence=0.9)
    md = render_markdown(make_report([claim]))
    assert "<b>" not in md
    assert "&lt;b&gt;weaponize&lt;/b&gt;" in md
    assert "> she appeared to have turned her vehicle away from him" in md
    assert "## Fatal shooting of Renee Good" in md
    assert "| age | 33 |" in md and "| age | 37 |" in md
    # the summary table counts the verdict
    assert "| **all** | 1 | 1 | 0 | 0 | 0 | 0 |" in md


def test_claimreview_rates_checked_claims_only():
    checked = make_claim(verdict="contradicted", evidence=[refuting_ref()], n=1, rationale="why")
    opinion = make_claim(content="protected by absolute immunity", verdict="uncheckable", n=2)
    reviews = json.loads(render_claimreview(make_report([checked, opinion])))
    assert len(reviews) == 1
    review = reviews[0]
    assert review["@type"] == "ClaimReview" and review["@context"] == "https://schema.org"
    assert review["claimReviewed"] == "tried to weaponize her vehicle"
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Kristi Noem"}
    assert review["itemReviewed"]["appearance"][0]["url"] == "https://example.org/a1"
    rating = review["reviewRating"]
    assert (rating["ratingValue"], rating["alternateName"]) == (1, "False")
    assert (rating["worstRating"], rating["bestRating"]) == (1, 5)
    assert rating["ratingExplanation"] == "why"


def test_table_text_shows_verdict_speaker_and_evidence():
    text = render_table_text(contradicted_report(), width=160)
    assert "contradicted" in text and "Kristi Noem" in text
    assert "nyt-video" in text
    assert "inconsistent age" in text


def test_every_format_has_a_renderer():
    assert set(RENDERERS) == {"table", "markdown", "json", "claimreview"}
