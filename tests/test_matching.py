"""Claim <-> evidence matching: categories, text, negation and antonymy, counter-claims."""

from __future__ import annotations

import pytest

from claimcheck.matching import (
    claim_denies,
    match_article_evidence,
    match_counter_claims,
    match_rebuttals,
    match_records,
    similarity,
)
from claimcheck.models import Article, Claim, Cue, EvidenceRecord, Finding, Span, Speaker
from claimcheck.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


def mk(content: str, *, speaker: str = "Department of Homeland Security", polarity: str = "affirms",
       role: str = "claim", article: str = "a1", n: int = 1, sentence: str | None = None,
       checkable: bool = True, subject: str | None = "X") -> Claim:
    return Claim(
        id=f"{article}:c{n:03d}", article=article,
        speaker=Speaker(text=speaker, start=0, end=len(speaker), canonical=speaker, type="agency"),
        cue=Cue(text="said", start=0, end=4, lemma="say"),
        content=Span(text=content, start=0, end=len(content)), quote_type="indirect",
        polarity=polarity, sentence=sentence or content, role=role, checkable=checkable,
        subject=subject,
    )


def record(kind: str, text: str, rid: str = "r1", cited_in: str | None = "other", **rel) -> EvidenceRecord:
    return EvidenceRecord(id=rid, kind=kind, source="Some source", cited_in=cited_in,
                          findings=[Finding(text=text, **rel)])


def relations(matches):
    return [(m.ref.relation, m.independent) for m in matches]


# --------------------------------------------------------------------------- records by category


@pytest.mark.parametrize("claim_text, polarity, rel, expected", [
    # the finding refutes the category: an affirming claim is refuted, a denial supported
    ("tried to run over the agent", "affirms", {"refutes": ["vehicle_as_weapon"]}, ("refutes", True)),
    ("did not try to run over the agent", "denies", {"refutes": ["vehicle_as_weapon"]}, ("supports", True)),
    ("tried to run over the agent", "affirms", {"supports": ["vehicle_as_weapon"]}, ("supports", True)),
    ("did not try to run over the agent", "denies", {"supports": ["vehicle_as_weapon"]}, ("refutes", True)),
    # weakens/disputes never settle: against an assertion they stay, for a denial they agree weakly
    ("tried to run over the agent", "affirms", {"weakens": ["vehicle_as_weapon"]}, ("weakens", True)),
    ("tried to run over the agent", "affirms", {"disputes": ["vehicle_as_weapon"]}, ("disputes", True)),
    ("she never tried to run over the agent", "affirms", {"weakens": ["vehicle_as_weapon"]},
     ("supports", False)),
])
def test_record_relation_by_category(tax, claim_text, polarity, rel, expected):
    rec = record("video_analysis", "Footage of the encounter.", **rel)
    out = match_records(mk(claim_text, polarity=polarity), "vehicle_as_weapon", [rec], tax)
    assert relations(out) == [expected]


def test_record_naming_other_categories_is_ignored(tax):
    rec = record("watchdog_finding", "He resisted arrest.", supports=["resisted_arrest"])
    assert match_records(mk("he brandished a weapon"), "brandished_weapon", [rec], tax) == []


def test_claim_without_category_matches_no_record(tax):
    rec = record("watchdog_finding", "He resisted arrest.", supports=["resisted_arrest"])
    assert match_records(mk("he was doing his job"), None, [rec], tax) == []


# --------------------------------------------------------------------------- records by text


@pytest.mark.parametrize("claim_text, finding, category, expected", [
    ("Ms. Good had tried to run the agent over",
     "a Times video analysis found that she appeared to have turned her vehicle away from him",
     "vehicle_as_weapon", "refutes"),
    ("he brandished a weapon", "The review did not indicate that he brandished a weapon.",
     "brandished_weapon", "refutes"),
    ("he was armed", "Witness videos show he appeared disarmed before he was shot.", "armed", "refutes"),
    ("the officer was run over", "Footage found no indication that the officer was run over.",
     "vehicle_as_weapon", "refutes"),
    ("he brandished a weapon", "Body camera footage shows him brandishing a pistol.",
     "brandished_weapon", "supports"),
    ("Porter was not an active shooter", "Video shows an active shooter firing at a crowd.",
     "active_shooter", "refutes"),
])
def test_record_relation_by_text(tax, claim_text, finding, category, expected):
    out = match_records(mk(claim_text), category, [record("video_analysis", finding)], tax)
    assert [m.ref.relation for m in out] == [expected]


def test_uncategorised_finding_off_topic_is_ignored(tax):
    rec = record("video_analysis", "The footage shows the car stopped at a red light.")
    assert match_records(mk("he brandished a weapon"), "brandished_weapon", [rec], tax) == []


def test_record_of_the_claim_itself_is_skipped(tax):
    # the activists' own account, recorded as a witness record cited in the same article
    rec = record("witness_account", "Porter was not an active shooter.", cited_in="a1",
                 disputes=["active_shooter"])
    own = mk("Porter was not an active shooter", speaker="Local activists", polarity="denies")
    assert match_records(own, "active_shooter", [rec], tax) == []
    other = mk("bravely responded to an active shooter situation")
    assert relations(match_records(other, "active_shooter", [rec], tax)) == [("disputes", False)]


@pytest.mark.parametrize("kind, independent", [
    ("video_analysis", True), ("bodycam", True), ("watchdog_finding", True), ("court_record", True),
    ("official_record", False), ("document", False), ("witness_account", False),
])
def test_independence_by_kind(tax, kind, independent):
    rec = record(kind, "x", refutes=["armed"])
    (m,) = match_records(mk("he was armed"), "armed", [rec], tax)
    assert m.independent is independent


def test_weights_order_kinds(tax):
    def weight(kind):
        (m,) = match_records(mk("he was armed"), "armed", [record(kind, "x", refutes=["armed"])], tax)
        return m.weight
    assert weight("video_analysis") == weight("court_record") > weight("official_record") \
        > weight("witness_account")


# --------------------------------------------------------------------------- counter-claims


def test_counter_claim_opposite_polarity_disputes(tax):
    dhs = mk("bravely responded to an active shooter situation", n=1)
    act = mk("Porter was not an active shooter", speaker="Local activists", polarity="denies", n=2)
    cats = {dhs.id: "active_shooter", act.id: "active_shooter"}
    (m,) = match_counter_claims(dhs, "active_shooter", [dhs, act], tax, cats)
    assert (m.ref.kind, m.ref.relation, m.ref.origin, m.ref.text) == (
        "counter_claim", "disputes", "article", "Porter was not an active shooter")
    assert not m.independent


@pytest.mark.parametrize("other_text, other_speaker, other_polarity, other_cat", [
    ("he was an active shooter", "Kristi Noem", "affirms", "active_shooter"),  # same polarity
    ("Porter was not an active shooter", "Department of Homeland Security", "denies",
     "active_shooter"),  # same speaker
    ("he did not brandish a weapon", "Local activists", "denies", "brandished_weapon"),  # other category
])
def test_not_a_counter_claim(tax, other_text, other_speaker, other_polarity, other_cat):
    dhs = mk("bravely responded to an active shooter situation", n=1)
    other = mk(other_text, speaker=other_speaker, polarity=other_polarity, n=2)
    cats = {dhs.id: "active_shooter", other.id: other_cat}
    assert match_counter_claims(dhs, "active_shooter", [dhs, other], tax, cats) == []


def test_uncategorised_counter_claim_by_wording(tax):
    mc = mk("there had been no reduction in training on vehicle stops", speaker="Tricia McLaughlin",
            polarity="denies", n=1, subject=None)
    former = mk("It has expedited its training programs, including reducing training on how to "
                "handle vehicle stops", speaker="a former official", n=2, subject=None)
    unrelated = mk("Most ICE agents are not trained to handle crowd control", speaker="GAO", n=3,
                   subject=None)
    cats = {mc.id: None, former.id: None, unrelated.id: None}
    out = match_counter_claims(mc, None, [mc, former, unrelated], tax, cats)
    assert [m.ref.id for m in out] == [former.id]


# --------------------------------------------------------------------------- article evidence


def test_article_evidence_statement(tax):
    claim = mk("Ms. Good had tried to run the agent over", speaker="Donald Trump", n=1)
    st = mk("she appeared to have turned her vehicle away from him", speaker="a Times video analysis",
            role="evidence_statement", n=2,
            sentence="although a Times video analysis found that she appeared to have turned her "
                     "vehicle away from him.")
    (m,) = match_article_evidence(claim, "vehicle_as_weapon", [claim, st], tax)
    assert (m.ref.kind, m.ref.relation, m.ref.origin) == ("article_evidence", "refutes", "article")
    assert m.independent and m.weight < 1.0  # below the curated record of the same analysis


def test_article_evidence_of_unknown_kind_is_not_independent(tax):
    claim = mk("he brandished a weapon", n=1)
    st = mk("he did not brandish a weapon", speaker="people at the scene", role="evidence_statement", n=2)
    (m,) = match_article_evidence(claim, "brandished_weapon", [claim, st], tax)
    assert m.ref.relation == "refutes" and not m.independent


@pytest.mark.parametrize("st_content, st_polarity, sentence, relation", [
    # the negation sits in the cue: the statement refutes the claim, and is quoted whole
    ("he brandished a weapon during the encounter", "denies",
     "A review did not indicate that he brandished a weapon during the encounter.", "refutes"),
    # the negation sits in the content: the content itself says it
    ("he did not brandish a weapon", "denies", "A review found that he did not brandish a weapon.", "refutes"),
    ("he brandished a weapon during the encounter", "affirms",
     "A review found that he brandished a weapon during the encounter.", "supports"),
])
def test_article_evidence_polarity(tax, st_content, st_polarity, sentence, relation):
    claim = mk("he brandished a weapon", speaker="Kristi Noem", n=1)
    st = mk(st_content, speaker="A review", role="evidence_statement", polarity=st_polarity, n=2,
            sentence=sentence)
    (m,) = match_article_evidence(claim, "brandished_weapon", [claim, st], tax)
    assert m.ref.relation == relation
    if st_polarity == "denies" and "not" not in st_content:
        assert m.ref.text == sentence


def test_rebuttal_in_next_sentence(tax):
    text = ("Late last year, ICE told a nonprofit watchdog that it had found “no records” of body camera "
            "footage. That claim raised questions as to whether the administration was complying with "
            "the court order and contradicted the fact that it had previously submitted video footage "
            "to a judge. Officials did not comment.")
    art = Article(id="a1", path="a1.txt", text=text)
    claim = mk("it had found “no records” of body camera footage", speaker="ICE",
               sentence=text[:text.index(" That claim")])
    (m,) = match_rebuttals(claim, art, tax)
    assert m.ref.relation == "refutes" and m.ref.text.startswith("That claim raised questions")
    assert m.independent  # a court record


def test_no_rebuttal_without_a_contradiction(tax):
    text = "ICE said it found no records. That claim was repeated on Monday. Nothing else happened."
    art = Article(id="a1", path="a1.txt", text=text)
    assert match_rebuttals(mk("it found no records", sentence="ICE said it found no records."),
                           art, tax) == []


# --------------------------------------------------------------------------- helpers


@pytest.mark.parametrize("text, category, polarity, denies", [
    ("Porter was not an active shooter", "active_shooter", "affirms", True),
    ("he was an active shooter", "active_shooter", "denies", True),
    ("he was an active shooter", "active_shooter", "affirms", False),
    ("there had been no reduction in training", None, "affirms", True),
])
def test_claim_denies(tax, text, category, polarity, denies):
    assert claim_denies(mk(text, polarity=polarity), category, tax) is denies


def test_similarity_bounds():
    assert similarity("he brandished a weapon", "He brandished a weapon.") > 0.95
    assert similarity("he brandished a weapon", "the city council met on Tuesday") < 0.4
    assert similarity("", "anything") == 0.0


def test_counter_claim_through_a_secondary_category(tax):
    police = mk("Jonah Pell lunged at officers with a large kitchen knife", speaker="Harlan Oduya", n=1)
    witness = mk("He didn't have anything in his hands", speaker="Lucia Barrientos", n=2)
    cats = {police.id: tax.categorize(police.content.text), witness.id: tax.categorize(witness.content.text)}
    assert cats == {police.id: "assault_on_officer", witness.id: "armed"}
    secondary = {police.id: tax.ranked(police.content.text)[1:], witness.id: []}
    (m,) = match_counter_claims(witness, "armed", [police, witness], tax, cats, secondary)
    assert m.ref.id == police.id and m.ref.relation == "disputes"
    # without the secondary categories the two do not meet
    assert match_counter_claims(witness, "armed", [police, witness], tax, cats) == []


def test_inconclusive_article_evidence_is_ignored(tax):
    claim = mk("he fired at officers", n=1)
    st = mk("a video analysis could not determine whether he fired at officers",
            speaker="a Times video analysis", role="evidence_statement", n=2)
    assert match_article_evidence(claim, "fired_weapon", [claim, st], tax) == []
