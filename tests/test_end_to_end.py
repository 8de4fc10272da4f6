"""The sample dataset end to end with the real model.

Every expectation here comes from reading the seed articles and the evidence they report
(see data/claims/seeds/expected.yaml for the reasoning), not from the tool's output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import engine
from claimcheck.render.json import render_json

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "claims" / "seeds"
EVIDENCE = ROOT / "data" / "evidence"


@pytest.fixture(scope="module")
def report():
    return engine.analyze([SEEDS], EVIDENCE, engine.Options(jobs=1)).report


def incident(report, incident_id):
    return next(i for i in report.incidents if i.id == incident_id)


def find(claims, needle, speaker=None):
    hits = [c for c in claims if needle.lower() in c.content.text.lower()
            and (speaker is None or c.speaker.canonical == speaker)]
    assert hits, f"no claim containing {needle!r} (speaker {speaker})"
    return hits[0]


def test_porter_active_shooter_claim_is_attributed_to_dhs_and_disputed(report):
    # 000: "The DHS issued a statement saying the unidentified agent ... 'bravely responded to an
    # active shooter situation.'" Only local activists contest it: disputed, citing them.
    claim = find(incident(report, "keith-porter-2025-12-31").claims, "active shooter situation")
    assert claim.speaker.canonical == "Department of Homeland Security"
    assert claim.category == "active_shooter"
    assert claim.verdict == "disputed"
    assert any("not an active shooter" in ev.text or "active shooter" in ev.text for ev in claim.evidence)


def test_good_weaponize_claim_is_contradicted_by_the_video_analysis(report):
    # 000: "they accused her of trying to 'weaponize' her vehicle"; 001: "a Times video analysis
    # found that she appeared to have turned her vehicle away from him".
    claim = find(incident(report, "renee-good-2026-01-07").claims, "weaponize")
    assert claim.speaker.canonical.lower() == "federal officials"
    assert claim.cue.lemma == "accuse"
    assert claim.verdict == "contradicted"
    refuting = [ev for ev in claim.evidence if ev.relation == "refutes"]
    assert any(ev.id == "nyt-video-analysis-good-vehicle" for ev in refuting)
    assert "turned her vehicle away" in claim.rationale


def test_pretti_brandished_claim_is_noems_and_contradicted_by_the_watchdog(report):
    # 004: "did not indicate that he brandished a weapon during the encounter, as Ms. Noem had
    # earlier claimed."
    claims = incident(report, "alex-pretti-2026-01").claims
    claim = find(claims, "brandished a weapon", speaker="Kristi Noem")
    assert claim.speaker.text == "Ms. Noem"
    assert claim.verdict == "contradicted"
    assert any(ev.id == "cbp-watchdog-pretti-preliminary-review" and ev.relation == "refutes"
               for ev in claim.evidence)


def test_good_incident_collects_claims_from_every_article_that_covers_it(report):
    # Good is discussed in 000 (LA activist), 001 (ICE guidance) and 004 (body cameras).
    good = incident(report, "renee-good-2026-01-07")
    assert {"000_662ff0b1730d34a3", "001_86e8b129529c1df6", "004_8d5be0df748553fc"} <= set(good.articles)


def test_good_age_33_versus_37_is_an_inconsistency(report):
    good = incident(report, "renee-good-2026-01-07")
    ages = [i for i in good.inconsistencies if i.attribute == "age"]
    assert ages, "the 33 (000) versus 37 (001) age of Renee Good is not reported"
    values = {(v.value, v.article) for v in ages[0].values}
    assert ("33", "000_662ff0b1730d34a3") in values and ("37", "001_86e8b129529c1df6") in values


def test_la_letter_article_yields_no_contradiction(report):
    claims = [c for i in report.incidents for c in i.claims] + report.unassigned_claims
    from_002 = [c for c in claims if c.article == "002_7437437e52319bfd"]
    assert from_002, "the LA letter article has attributed statements (Beck, the letter, Gulasekaram)"
    assert all(c.verdict != "contradicted" for c in from_002)


def test_every_checked_verdict_cites_evidence_verbatim(report):
    claims = [c for i in report.incidents for c in i.claims] + report.unassigned_claims
    for claim in claims:
        if claim.verdict in {"contradicted", "supported", "disputed"}:
            assert claim.evidence, claim.id
            assert claim.rationale


def test_offsets_index_the_article_text(report):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    claims = [c for i in report.incidents for c in i.claims] + report.unassigned_claims
    for claim in claims:
        text = texts[claim.article]
        for span in (claim.speaker, claim.cue, claim.content):
            if span.end > span.start:
                assert text[span.start:span.end] == span.text, (claim.id, span)


def test_report_is_deterministic(report):
    again = engine.analyze([SEEDS], EVIDENCE, engine.Options(jobs=1)).report
    assert render_json(again) == render_json(report)


def test_article_metadata_reaches_the_report(report):
    # 004 carries "outlet: The New York Times" in its front matter
    article = next(a for a in report.articles if a.id == "004_8d5be0df748553fc")
    assert article.outlet == "The New York Times"
    assert article.title == "Immigration Officers in Minneapolis Will Wear Body Cameras, Noem Says"
    assert article.encoding == "utf-8"
