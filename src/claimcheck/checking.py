"""The checking stage: claims -> incidents, categories, evidence, verdicts, inconsistencies."""

from __future__ import annotations

from claimcheck.incidents import SubjectIndex, resolve_claim
from claimcheck.inconsistencies import find_inconsistencies
from claimcheck.matching import (
    ClaimIndex,
    Match,
    RecordIndex,
    match_article_evidence,
    match_counter_claims,
    match_rebuttals,
    match_records,
)
from claimcheck.models import Article, Claim, EvidenceRecord, EvidenceSet, Incident
from claimcheck.taxonomy import Taxonomy, load_taxonomy
from claimcheck.verdicts import judge


def _order(claim: Claim) -> tuple:
    return (claim.article, claim.content.start, claim.content.end, claim.speaker.start, claim.id)


def check(articles: list[Article], claims: list[Claim], evidence: EvidenceSet, *,
          taxonomy: Taxonomy | None = None,
          person_names: dict[str, list[str]] | None = None) -> tuple[list[Incident], list[Claim]]:
    """Group claims by incident, judge each against its incident's evidence.

    Returns the incidents with claims or inconsistencies (sorted by id; claims in
    text order; ``articles`` the ids that contributed claims or inconsistent values) and the claims
    about no known person (judged against their own article only).  Input claims
    are not modified: judged copies are returned.
    """
    taxonomy = taxonomy or load_taxonomy()
    by_article = {a.id: a for a in articles}
    claims = sorted(claims, key=_order)
    speakers = {c.speaker.canonical for c in claims if c.role == "claim"} | {
        c.speaker.text for c in claims if c.role == "claim"}
    evidence_texts = {f.incident.id: [fd.text for r in f.evidence for fd in r.findings]
                      for f in evidence.files}
    index = SubjectIndex(evidence.incidents, articles, person_names, speakers, evidence_texts)
    genders = index.genders()

    categories: dict[str, str | None] = {}
    secondary: dict[str, list[str]] = {}
    for c in claims:
        ranked = taxonomy.ranked(c.content.text)
        categories[c.id] = ranked[0] if ranked else None
        secondary[c.id] = ranked[1:]

    # ---- assign
    assigned: dict[str, list[Claim]] = {}
    unassigned: list[Claim] = []
    for c in claims:
        res = resolve_claim(c, index, by_article.get(c.article), genders,
                            categorized=categories[c.id] is not None)
        subj = index.subject(res.key) if res.key else None
        if subj is not None and not subj.curated and categories[c.id] is None:
            subj = None  # a person no evidence file names: only use-of-force claims make an incident
        if subj is None:
            unassigned.append(c)
        else:
            assigned.setdefault(subj.key, []).append(c.model_copy(update={"subject": subj.canonical}))

    records: dict[str, list[EvidenceRecord]] = {f.incident.id: list(f.evidence) for f in evidence.files}

    def judged(c: Claim, pool: list[Claim], recs: list[EvidenceRecord],
               rec_index: RecordIndex | None = None, pool_index: ClaimIndex | None = None) -> Claim:
        cat = categories[c.id]
        matches: list[Match] = []
        matches += match_records(c, cat, recs, taxonomy, index=rec_index)
        if c.role == "claim":  # an evidence statement is not contested by the claims it answers
            matches += match_counter_claims(c, cat, pool, taxonomy, categories, secondary,
                                            index=pool_index)
        matches += match_article_evidence(c, cat, pool, taxonomy, index=pool_index)
        if c.role == "claim":
            matches += match_rebuttals(c, by_article.get(c.article), taxonomy)
        j = judge(c, cat, matches, taxonomy)
        return c.model_copy(update={"category": cat, "verdict": j.verdict, "confidence": j.confidence,
                                    "evidence": j.evidence, "rationale": j.rationale})

    incidents: list[Incident] = []
    infos = {i.id: i for i in evidence.incidents}
    mentioned: dict[str, list[Article]] = {}  # key -> the articles that mention it, in input order
    for a in articles:
        for k in dict.fromkeys(m.key for m in index.mentions(a.id)):
            mentioned.setdefault(k, []).append(a)
    keys = sorted(set(assigned) | {k for k in infos if k in mentioned})
    for key in keys:
        subj = index.subject(key)
        if subj is None:
            continue
        pool = assigned.get(key, [])
        recs = records.get(key, [])
        rec_index = RecordIndex(recs, taxonomy)
        pool_index = ClaimIndex(pool, taxonomy, categories, secondary)
        judged_claims = sorted((judged(c, pool, recs, rec_index, pool_index) for c in pool), key=_order)
        info = infos.get(key)
        # only the articles that mention the subject can hold its values
        inconsistencies = find_inconsistencies(subj.canonical, mentioned.get(key, []), key=key,
                                               index=index, place=info.place if info else None)
        contributing = {c.article for c in judged_claims} | {
            v.article for inc in inconsistencies for v in inc.values}
        if not judged_claims and not inconsistencies:
            continue  # named only in passing
        if info is not None:
            incidents.append(Incident(
                id=info.id, title=info.title, subjects=list(info.subjects), aliases=list(info.aliases),
                date=info.date.isoformat() if info.date else None, place=info.place,
                claims=judged_claims, inconsistencies=inconsistencies,
                articles=sorted(contributing), curated=True))
        else:
            incidents.append(Incident(
                id=key, title=subj.canonical, subjects=[subj.canonical], claims=judged_claims,
                inconsistencies=inconsistencies, articles=sorted(contributing), curated=False))
    incidents.sort(key=lambda i: i.id)

    # Claims about no known person: only their own article's counter-claims and rebuttals.
    by_art: dict[str, list[Claim]] = {}
    for c in unassigned:
        by_art.setdefault(c.article, []).append(c)
    art_index = {aid: ClaimIndex(pool, taxonomy, categories, secondary) for aid, pool in by_art.items()}
    out_unassigned = [judged(c, by_art[c.article], [], None, art_index[c.article]) for c in unassigned]
    out_unassigned.sort(key=_order)
    return incidents, out_unassigned
