"""Verdicts: what the matched evidence says about a claim.

| verdict | when |
| --- | --- |
| contradicted | independent evidence (video analysis, body camera, watchdog, court record) refutes it and nothing of equal weight supports it |
| supported | independent evidence supports it and nothing refutes it (or, with less confidence, an official record or document supports it and nothing contests it) |
| disputed | evidence conflicts, or only weaker records, other accounts or counter-claims contest it, or evidence weakens it |
| unverified | no evidence bears on it (or only a non-independent account agrees with it) |
| uncheckable | an opinion, legal characterisation or prediction |

``weakens`` (a court dismissing charges, footage showing no sign of an injury) and
``disputes`` never settle a claim: at most they make it disputed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.matching import INDEPENDENT, Match
from claimcheck.models import Claim, EvidenceRef, Verdict
from claimcheck.taxonomy import Taxonomy

_RELATION_ORDER = {"refutes": 0, "supports": 1, "disputes": 2, "weakens": 3}
# A promise or prediction about the future (checked only for claims with no category).
_FUTURE = re.compile(r"\b(will|won't|shall|'ll|going to|would|wouldn't|in the coming (?:days|weeks|months)|"
                     r"next (?:week|month|year))\b", re.IGNORECASE)


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    confidence: float
    evidence: list[EvidenceRef]
    rationale: str


def _sort(matches: list[Match]) -> list[Match]:
    return sorted(matches, key=lambda m: (_RELATION_ORDER[m.ref.relation], -m.weight,
                                          -m.ref.score, m.ref.origin, m.ref.id, m.ref.text))


def _dedupe(matches: list[Match]) -> list[Match]:
    seen: set[tuple[str, str]] = set()
    out = []
    for m in matches:
        key = (m.ref.id, m.ref.text)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def describe_ref(ref: EvidenceRef) -> str:
    """One piece of evidence, quoted verbatim with its source."""
    source = ref.source or ref.id
    if ref.kind == "counter_claim":
        return f'{source} (counter-account, {ref.article}) said "{ref.text}"'
    if ref.kind == "article_evidence":
        return f'{source} (reported in {ref.article}) found "{ref.text}" [{ref.relation}]'
    return f'{source} ({ref.kind}, {ref.id}) found "{ref.text}" [{ref.relation}]'


def describe_claim(claim: Claim) -> str:
    speaker = claim.speaker.canonical or claim.speaker.text or "An unnamed source"
    verb = "denied" if claim.polarity == "denies" else "said"
    if claim.role == "evidence_statement":
        verb = "reported"
    return f'{speaker} {verb} "{claim.content.text}"'


def _conf(x: float) -> float:
    return round(max(0.0, min(1.0, x)), 2)


def judge(claim: Claim, category: str | None, matches: list[Match], taxonomy: Taxonomy) -> Judgement:
    """The verdict for a claim from the evidence matched to it."""
    head = describe_claim(claim)
    if taxonomy.is_characterisation(category):
        return Judgement("uncheckable", 0.9, [],
                         f"{head}. Verdict: uncheckable, a characterisation ({category}), "
                         "not a fact evidence can test.")
    if not claim.checkable:
        return Judgement("uncheckable", 0.8, [],
                         f"{head}. Verdict: uncheckable, an opinion, legal characterisation or "
                         "prediction.")
    if category is None and _FUTURE.search(claim.content.text) and not matches:
        return Judgement("uncheckable", 0.6, [],
                         f"{head}. Verdict: uncheckable, a promise or prediction about the future.")

    matches = _dedupe(_sort(matches))
    refs = [m.ref for m in matches]
    if taxonomy.inconclusive(claim.content.text):
        parts = [head, *(describe_ref(r) for r in refs)]
        return Judgement("unverified", 0.5, refs, "; ".join(parts) + ". Verdict: unverified, the "
                         "claim leaves the question open and asserts nothing evidence could settle.")
    refute = [m for m in matches if m.ref.relation == "refutes"]
    support = [m for m in matches if m.ref.relation == "supports"]
    contest = [m for m in matches if m.ref.relation in ("disputes", "weakens")]
    strong_refute = [m for m in refute if m.independent]
    strong_support = [m for m in support if m.independent]
    # an official record or document (a hospital's, a medical examiner's) bears less weight
    record_support = [m for m in support if m.ref.origin == "record"
                      and m.ref.kind in ("official_record", "document")]

    def best(ms: list[Match]) -> float:
        return max((m.weight * m.ref.score for m in ms), default=0.0)

    def top_weight(ms: list[Match]) -> float:
        return max((m.weight for m in ms), default=0.0)

    if strong_refute and top_weight(support) < top_weight(strong_refute):
        verdict: Verdict = "contradicted"
        conf = 0.55 + 0.4 * best(strong_refute) - 0.1 * bool(support)
        reason = "independent evidence refutes it and nothing of equal weight supports it"
    elif strong_support and not refute:
        verdict = "supported"
        conf = 0.55 + 0.4 * best(strong_support) - 0.1 * bool(contest)
        reason = "independent evidence supports it and nothing refutes it"
    elif record_support and not refute and not contest:
        verdict = "supported"
        conf = 0.45 + 0.3 * best(record_support)
        reason = "a record (not a video, body camera, watchdog or court) supports it and nothing contests it"
    elif refute or contest:
        verdict = "disputed"
        conf = 0.5 + 0.1 * min(3, len(refute) + len(contest) + len(support))
        if strong_refute and strong_support:
            reason = "independent evidence conflicts"
        elif refute:
            reason = "only evidence of lesser weight refutes it"
        elif any(m.ref.relation == "weakens" for m in contest) and not any(
                m.ref.relation == "disputes" for m in contest):
            reason = "evidence weakens it without settling it"
        else:
            reason = "other accounts contest it and no independent evidence settles it"
    else:
        verdict = "unverified"
        if support and any(m.ref.kind in INDEPENDENT for m in support):
            # e.g. a denial of "brandished a weapon" next to footage that only weighs against it
            conf = 0.5
            reason = "independent evidence leans its way without settling it"
        elif support:
            conf = 0.5
            reason = "only accounts that are not independent agree with it"
        else:
            conf = 0.6
            reason = "no evidence or counter-account bears on it"
    parts = [head, *(describe_ref(r) for r in refs)]
    rationale = "; ".join(parts) + f". Verdict: {verdict}, {reason}."
    return Judgement(verdict, _conf(conf), refs, rationale)
