"""Verdicts from matched evidence, and the whole check() over hand-built claims and records."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.checking import check
from claimcheck.matching import COUNTER_CLAIM_WEIGHT, KIND_WEIGHT, Match
from claimcheck.models import (
    Article,
    Claim,
    Cue,
    EvidenceFile,
    EvidenceRecord,
    EvidenceRef,
    EvidenceSet,
    Finding,
    IncidentInfo,
    Span,
    Speaker,
)
from claimcheck.taxonomy import load_taxonomy
from claimcheck.verdicts import judge


@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


def mk(content: str, *, speaker: str = "Department of Homeland Security", polarity: str = "affirms",
       checkable: bool = True, article: str = "a1", n: int = 1, start: int = 0,
       role: str = "claim", sentence: str | None = None) -> Claim:
    return Claim(
        id=f"{article}:c{n:03d}", article=article,
        speaker=Speaker(text=speaker, start=0, end=0, canonical=speaker, type="agency"),
        cue=Cue(text="said", start=0, end=0, lemma="say"),
        content=Span(text=content, start=start, end=start + len(content)), quote_type="indirect",
        polarity=polarity, sentence=sentence or content, checkable=checkable, role=role,
    )


def m(relation: str, kind: str = "video_analysis", *, rid: str = "r1", score: float = 0.9) -> Match:
    if kind == "counter_claim":
        ref = EvidenceRef(id=rid, kind=kind, relation=relation, text=f"text of {rid}", score=score,
                          source="Local activists", origin="article", article="a1")
        return Match(ref, COUNTER_CLAIM_WEIGHT, False)
    ref = EvidenceRef(id=rid, kind=kind, relation=relation, text=f"text of {rid}", score=score,
                      source="Source", origin="record")
    return Match(ref, KIND_WEIGHT[kind], kind in {"video_analysis", "bodycam", "watchdog_finding",
                                                   "court_record"})


CLAIM = mk("tried to run over the agent")


@pytest.mark.parametrize("matches, verdict", [
    ([], "unverified"),
    ([m("refutes")], "contradicted"),
    ([m("refutes", "bodycam")], "contradicted"),
    ([m("refutes", "court_record")], "contradicted"),
    ([m("refutes", "watchdog_finding"), m("disputes", "counter_claim", rid="c2")], "contradicted"),
    ([m("supports", "watchdog_finding")], "supported"),
    # conflict between independent records
    ([m("refutes"), m("supports", "bodycam", rid="r2")], "disputed"),
    # a weaker support does not rescue it
    ([m("refutes"), m("supports", "official_record", rid="r2")], "contradicted"),
    # only weaker records refute: disputed, never contradicted
    ([m("refutes", "official_record")], "disputed"),
    ([m("refutes", "witness_account")], "disputed"),
    ([m("refutes", "document")], "disputed"),
    # weakens / disputes never settle
    ([m("weakens", "court_record")], "disputed"),
    ([m("disputes", "witness_account")], "disputed"),
    ([m("disputes", "counter_claim")], "disputed"),
    ([m("supports", "video_analysis"), m("weakens", "court_record", rid="r2")], "supported"),
    ([m("supports", "video_analysis"), m("refutes", "witness_account", rid="r2")], "disputed"),
    # an official record (hospital, medical examiner) supports when nothing contests it
    ([m("supports", "official_record")], "supported"),
    ([m("supports", "official_record"), m("disputes", "counter_claim", rid="c2")], "disputed"),
    # only a witness agrees
    ([m("supports", "witness_account")], "unverified"),
])
def test_verdict_table(tax, matches, verdict):
    j = judge(CLAIM, "vehicle_as_weapon", matches, tax)
    assert j.verdict == verdict
    assert 0.0 <= j.confidence <= 1.0
    if verdict not in ("unverified", "uncheckable"):
        assert j.evidence, "every settled verdict cites evidence"


@pytest.mark.parametrize("claim, category", [
    (mk("an act of domestic terrorism"), "terrorism_label"),
    (mk("That guy is protected by absolute immunity"), "immunity"),
    (mk("ICE officers are heroes", checkable=False), None),
    (mk("tried to run over the agent", checkable=False), "vehicle_as_weapon"),
    (mk("We will not give you to ICE"), None),
])
def test_uncheckable(tax, claim, category):
    j = judge(claim, category, [m("refutes")] if category else [], tax)
    assert j.verdict == "uncheckable" and j.evidence == []


def test_rationale_quotes_claim_and_evidence_verbatim(tax):
    claim = mk("bravely responded to an active shooter situation")
    counter = m("disputes", "counter_claim", rid="000_x:c002")
    j = judge(claim, "active_shooter", [counter], tax)
    assert j.rationale.startswith(
        'Department of Homeland Security said "bravely responded to an active shooter situation"; '
        'Local activists (counter-account, a1) said "text of 000_x:c002"')
    assert "disputed" in j.rationale


def test_judgement_is_deterministic(tax):
    ms = [m("weakens", "court_record", rid="b"), m("refutes", "video_analysis", rid="a"),
          m("disputes", "counter_claim", rid="c")]
    one = judge(CLAIM, "vehicle_as_weapon", ms, tax)
    two = judge(CLAIM, "vehicle_as_weapon", list(reversed(ms)), tax)
    assert one == two
    assert [r.id for r in one.evidence] == ["a", "c", "b"]


# --------------------------------------------------------------------------- through check()

TEXT = ("Federal officials said Renee Good tried to run over an officer. "
        "Noem called Good’s actions an act of domestic terrorism. "
        "Activists said Good never tried to run over anyone. "
        "ICE said the weather was fine.")
GOOD = IncidentInfo(id="renee-good", title="Shooting of Renee Good", subjects=["Renee Good"],
                    aliases=["Ms. Good", "Good"], date="2026-01-07", place="Minneapolis")


def _claims():
    c1 = "Renee Good tried to run over an officer"
    c2 = "an act of domestic terrorism"
    c3 = "Good never tried to run over anyone"
    c4 = "the weather was fine"
    return [
        mk(c1, speaker="Federal officials", n=1, start=TEXT.index(c1),
           sentence="Federal officials said Renee Good tried to run over an officer."),
        mk(c2, speaker="Kristi Noem", n=2, start=TEXT.index(c2),
           sentence="Noem called Good’s actions an act of domestic terrorism."),
        mk(c3, speaker="Activists", n=3, start=TEXT.index(c3), polarity="denies",
           sentence="Activists said Good never tried to run over anyone."),
        mk(c4, speaker="ICE", n=4, start=TEXT.index(c4), sentence="ICE said the weather was fine."),
    ]


def _evidence(*records: EvidenceRecord) -> EvidenceSet:
    return EvidenceSet(files=[EvidenceFile(incident=GOOD, evidence=list(records))])


VIDEO = EvidenceRecord(id="video", kind="video_analysis", source="The Times",
                       findings=[Finding(text="She turned her vehicle away from the agent.",
                                         refutes=["vehicle_as_weapon"])])


def test_check_end_to_end():
    art = Article(id="a1", path="a1.txt", text=TEXT)
    claims = _claims()
    incidents, unassigned = check([art], claims, _evidence(VIDEO))
    (inc,) = incidents
    assert inc.id == "renee-good" and inc.date == "2026-01-07" and inc.articles == ["a1"]
    got = {c.content.text: (c.verdict, c.category, c.subject) for c in inc.claims}
    assert got == {
        "Renee Good tried to run over an officer": ("contradicted", "vehicle_as_weapon", "Renee Good"),
        "an act of domestic terrorism": ("uncheckable", "terrorism_label", "Renee Good"),
        "Good never tried to run over anyone": ("supported", "vehicle_as_weapon", "Renee Good"),
    }
    contradicted = next(c for c in inc.claims if c.verdict == "contradicted")
    assert [r.id for r in contradicted.evidence][0] == "video"
    assert any(r.kind == "counter_claim" for r in contradicted.evidence)
    assert [c.content.text for c in unassigned] == ["the weather was fine"]
    assert unassigned[0].verdict == "unverified"
    # inputs are not modified
    assert all(c.verdict == "unverified" and c.subject is None for c in claims)


def test_check_without_records_uses_counter_claims_only():
    art = Article(id="a1", path="a1.txt", text=TEXT)
    incidents, _ = check([art], _claims(), _evidence())
    verdicts = {c.content.text: c.verdict for c in incidents[0].claims}
    assert verdicts["Renee Good tried to run over an officer"] == "disputed"
    assert verdicts["Good never tried to run over anyone"] == "disputed"


def test_check_is_deterministic():
    art = Article(id="a1", path="a1.txt", text=TEXT)
    one = check([art], _claims(), _evidence(VIDEO))
    two = check([art], list(reversed(_claims())), _evidence(VIDEO))
    assert [i.model_dump() for i in one[0]] == [i.model_dump() for i in two[0]]
    assert [c.model_dump() for c in one[1]] == [c.model_dump() for c in two[1]]


def test_inconclusive_claim_is_never_settled(tax):
    claim = mk("it is unclear whether he was armed")
    j = judge(claim, "armed", [m("refutes", "bodycam")], tax)
    assert j.verdict == "unverified" and j.evidence  # the evidence is still shown


# --------------------------------------------------------------------------- datasets, real model

ROOT = Path(__file__).resolve().parents[1]
DATASETS = [ROOT / "data" / "claims" / "seeds", ROOT / "data" / "datasets" / "constructed"]


@pytest.mark.slow
@pytest.mark.parametrize("dataset", [d for d in DATASETS if (d / "expected.yaml").exists()],
                         ids=lambda d: d.name)
def test_contradicted_only_where_a_reader_says_so(dataset):
    """Precision of `contradicted` on the curated datasets: every expected claim the tool
    calls contradicted is one the human reading calls contradicted, and every settled
    verdict cites evidence."""
    from claimcheck.dataset import load_expected, report_claims, select_claim
    from claimcheck.engine import analyze_dataset

    report = analyze_dataset(dataset).report
    claims = report_claims(report)
    for claim in claims:
        if claim.verdict not in ("unverified", "uncheckable"):
            assert claim.evidence, claim.id
    called, wrong = 0, []
    for item in load_expected(dataset):
        claim = select_claim(claims, item)
        if claim is not None and claim.verdict == "contradicted":
            called += 1
            if item.verdict != "contradicted":
                wrong.append(item.selector())
    assert called and not wrong


def test_claims_about_no_person_are_judged_against_their_own_article():
    text = ("Late last year, ICE told a watchdog that it had found no records of body camera footage. "
            "That claim contradicted the fact that it had previously submitted video footage to a judge. "
            "McLaughlin said there had been no reduction in training on vehicle stops. "
            "A former official said the agency was reducing training on how to handle vehicle stops.")
    art = Article(id="a1", path="a1.txt", text=text)
    c1 = "it had found no records of body camera footage"
    c2 = "there had been no reduction in training on vehicle stops"
    c3 = "the agency was reducing training on how to handle vehicle stops"
    claims = [
        mk(c1, speaker="ICE", n=1, start=text.index(c1),
           sentence="Late last year, ICE told a watchdog that it had found no records of body camera footage."),
        mk(c2, speaker="Tricia McLaughlin", n=2, start=text.index(c2), polarity="denies",
           sentence="McLaughlin said there had been no reduction in training on vehicle stops."),
        mk(c3, speaker="a former official", n=3, start=text.index(c3),
           sentence="A former official said the agency was reducing training on how to handle vehicle stops."),
    ]
    incidents, unassigned = check([art], claims, EvidenceSet())
    assert incidents == []
    got = {c.content.text: c.verdict for c in unassigned}
    assert got == {c1: "contradicted", c2: "disputed", c3: "disputed"}
    rebutted = next(c for c in unassigned if c.verdict == "contradicted")
    assert rebutted.evidence[0].kind == "article_evidence"
    assert rebutted.evidence[0].text.startswith("That claim contradicted the fact")


@pytest.mark.parametrize("kind, reason", [
    # support that does not count as independent: the reason must say why it is not enough
    ("video_analysis", "independent evidence leans its way without settling it"),
    ("witness_account", "only accounts that are not independent agree with it"),
])
def test_unverified_reason_names_the_kind_of_support(tax, kind, reason):
    ref = EvidenceRef(id="r1", kind=kind, relation="supports", text="appeared disarmed", score=0.7,
                      source="Source", origin="record")
    result = judge(mk("he brandished a weapon", polarity="denies"), "brandished_weapon",
                   [Match(ref, 0.5, False)], tax)
    assert result.verdict == "unverified"
    assert result.rationale.endswith(f"Verdict: unverified, {reason}.")
