"""The checking stage does work in proportion to its input, not to its square.

Nothing here is timed: the tests count calls of the costly comparisons (name
comparisons, text similarity, subject patterns) on synthetic input of two
sizes, and require the count per claim (or per name) to stay flat when the
input doubles.  A comparison of every claim with every other claim of its
incident, or of every name with every subject, would double it.
"""

from __future__ import annotations

import pytest

from claimcheck import incidents, matching
from claimcheck.checking import check
from claimcheck.models import (
    Article,
    Claim,
    Cue,
    EvidenceFile,
    EvidenceRecord,
    EvidenceSet,
    Finding,
    IncidentInfo,
    Span,
    Speaker,
)
from claimcheck.taxonomy import load_taxonomy

FIRST = ["Alma", "Bruno", "Carla", "Dario", "Elena", "Felix", "Gloria", "Hugo"]
SYLLABLES = ["Ba", "Ko", "Ri", "Ta", "Ne", "Lu", "Mo", "Sa"]
PHRASES = ["brandished a weapon", "was unarmed", "tried to run over the officers",
           "did not resist arrest", "resisted arrest", "fired first", "posed no threat"]
SPEAKERS = ["Officials", "A witness", "The family lawyer", "The mayor"]


@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


def person(k: int) -> str:
    """A distinct made-up full name for each k < 512."""
    surname = SYLLABLES[k % 8] + SYLLABLES[k // 8 % 8].lower() + SYLLABLES[k // 64 % 8].lower()
    return f"{FIRST[k % 7]} {surname}"


def corpus(n_incidents: int, n_articles: int, claims_per_article: int = 6,
           findings_per_incident: int = 10):
    subjects = [person(k) for k in range(n_incidents)]
    files = []
    for k, subject in enumerate(subjects):
        findings = [Finding(text=f"Footage shows {subject} {PHRASES[j % len(PHRASES)]}.",
                            **{("supports", "refutes", "disputes")[j % 3]: ["brandished_weapon"]})
                    for j in range(findings_per_incident)]
        files.append(EvidenceFile(
            incident=IncidentInfo(id=f"incident-{k}", title=f"Shooting of {subject}",
                                  subjects=[subject], aliases=[subject.split()[-1]]),
            evidence=[EvidenceRecord(id=f"rec-{k}", kind="video_analysis", source="A newsroom",
                                     findings=findings)]))
    evidence = EvidenceSet(files=files, paths=[f"incident-{k}.yaml" for k in range(n_incidents)])
    articles, claims, names = [], [], {}
    for a in range(n_articles):
        subject = subjects[a % n_incidents]
        sentences, pos = [], 0
        for c in range(claims_per_article):
            speaker = SPEAKERS[(a + c) % len(SPEAKERS)]
            phrase = PHRASES[(a * 3 + c) % len(PHRASES)]
            content = f"{subject} {phrase}"
            sentence = f"{speaker} said {content}."
            start = pos + len(speaker) + 6
            claims.append(Claim(
                id=f"art-{a}:c{c + 1:03d}", article=f"art-{a}",
                speaker=Speaker(text=speaker, start=pos, end=pos + len(speaker), canonical=speaker,
                                type="official"),
                cue=Cue(text="said", start=pos + len(speaker) + 1, end=pos + len(speaker) + 5,
                        lemma="say"),
                content=Span(text=content, start=start, end=start + len(content)),
                quote_type="indirect", sentence=sentence,
                polarity="denies" if phrase.startswith(("did not", "was unarmed")) else "affirms",
                role="evidence_statement" if c == 0 and a < 2 else "claim"))
            sentences.append(sentence)
            pos += len(sentence) + 1
        articles.append(Article(id=f"art-{a}", path=f"art-{a}.txt", text=" ".join(sentences)))
        names[f"art-{a}"] = [subject]
    return articles, claims, evidence, names


def count_calls(monkeypatch, module, name: str) -> dict[str, int]:
    counter = {"n": 0}
    original = getattr(module, name)

    def counted(*args, **kwargs):
        counter["n"] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return counter


def run(tax, monkeypatch, module, name: str, **sizes) -> int:
    articles, claims, evidence, names = corpus(**sizes)
    incidents.same_person.cache_clear()  # remembered answers would hide the work being counted
    with monkeypatch.context() as m:
        counter = count_calls(m, module, name)
        incidents_out, _ = check(articles, claims, evidence, taxonomy=tax, person_names=names)
    assert incidents_out, "the synthetic claims are about the evidence's subjects"
    return counter["n"]


def test_the_corpus_resolves_claims_to_their_subjects(tax):
    articles, claims, evidence, names = corpus(4, 8)
    incidents_out, unassigned = check(articles, claims, evidence, taxonomy=tax, person_names=names)
    assert [i.id for i in incidents_out] == ["incident-0", "incident-1", "incident-2", "incident-3"]
    assert unassigned == []
    # each incident gets the claims of its two articles
    assert all(len(i.claims) == 12 for i in incidents_out)


def test_similarity_per_claim_does_not_grow_with_the_incident(tax, monkeypatch):
    # one incident: every claim shares it with all the others (the evidence statements,
    # each cited for every claim they bear on, are as many in both)
    small = run(tax, monkeypatch, matching, "_similarity", n_incidents=1, n_articles=20)
    large = run(tax, monkeypatch, matching, "_similarity", n_incidents=1, n_articles=80)
    assert small > 0
    assert large <= 6 * small  # four times the claims: about four times the work, not sixteen


def test_similarity_per_claim_does_not_grow_with_other_incidents(tax, monkeypatch):
    small = run(tax, monkeypatch, matching, "_similarity", n_incidents=10, n_articles=20)
    large = run(tax, monkeypatch, matching, "_similarity", n_incidents=40, n_articles=80)
    assert large <= 6 * small


def test_name_comparisons_grow_with_names_not_names_times_subjects(tax, monkeypatch):
    small = run(tax, monkeypatch, incidents, "_same_parts", n_incidents=20, n_articles=20)
    large = run(tax, monkeypatch, incidents, "_same_parts", n_incidents=80, n_articles=80)
    assert small > 0
    assert large <= 6 * small


def test_subject_patterns_are_run_only_where_the_subject_may_be(tax, monkeypatch):
    # each article names one subject: the patterns tried per article must not grow
    # with the number of subjects in the evidence
    small = run(tax, monkeypatch, incidents, "_name_regex", n_incidents=20, n_articles=20)
    large = run(tax, monkeypatch, incidents, "_name_regex", n_incidents=80, n_articles=80)
    assert small > 0
    assert large <= 6 * small


def test_surnames_are_looked_up_by_the_article_words_not_tried_one_by_one(tax, monkeypatch):
    # every known surname tested against every article would grow as articles x surnames
    small = run(tax, monkeypatch, incidents, "_form_key", n_incidents=20, n_articles=20)
    large = run(tax, monkeypatch, incidents, "_form_key", n_incidents=80, n_articles=80)
    assert small > 0
    assert large <= 6 * small
