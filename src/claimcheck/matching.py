"""Matching a claim against evidence: curated records, counter-claims and evidence quoted in articles.

Blocking: a claim is only compared with the evidence of its own incident (or, for
a claim about no known person, with what its own article says).  A record's
finding bears on a claim when it names the claim's category (``supports`` /
``refutes`` / ``disputes`` / ``weakens``) or, naming no category, when its text
does (through the taxonomy's cues, with negation and antonyms deciding whether
it affirms or denies).  A claim that denies ("was not an active shooter") turns
``supports`` into ``refutes`` and back; ``disputes`` and ``weakens`` stay as
they are, since neither can settle a claim either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from claimcheck.incidents import split_sentences
from claimcheck.models import Article, Claim, EvidenceRecord, EvidenceRef
from claimcheck.taxonomy import Taxonomy, tokenize

#: How much each kind of evidence weighs.  Independent records (a newsroom's video
#: analysis, body-camera footage, a watchdog, a court) can settle a claim; an
#: agency's own record or a document less so; an account by a witness least.
KIND_WEIGHT: dict[str, float] = {
    "video_analysis": 1.0,
    "bodycam": 1.0,
    "watchdog_finding": 1.0,
    "court_record": 1.0,
    "official_record": 0.7,
    "document": 0.7,
    "witness_account": 0.5,
}
INDEPENDENT = frozenset({"video_analysis", "bodycam", "watchdog_finding", "court_record"})
#: Evidence quoted in an article counts a little less than the curated record of it.
ARTICLE_FACTOR = 0.8
#: Another speaker's contrary account in an article.
COUNTER_CLAIM_WEIGHT = 0.4
#: At most this many counter-claims are cited (the most similar ones).
MAX_COUNTER_CLAIMS = 5
#: A finding this similar to the claim, cited from the claim's own article, is the claim itself.
SELF_SIMILARITY = 90

_NEGATORS = {"not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "without"}
_STOP = {
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from",
    "that", "this", "these", "those", "it", "its", "be", "have", "do", "he", "she", "his", "her",
    "him", "they", "their", "them", "we", "our", "you", "your", "i", "my", "as", "there", "here",
    "which", "who", "whom", "whose", "what", "when", "where", "how", "would", "could", "should",
    "will", "can", "may", "might", "must", "shall", "about", "into", "over", "after", "before",
    "than", "then", "so", "also", "just", "only", "very", "more", "most", "some", "any", "all",
    "had", "has", "was", "were", "is", "are", "been", "being", "said", "say", "if", "but",
}
_STOP_STEMS = {t.stem for w in _STOP for t in tokenize(w)}
_REBUTTAL_START = re.compile(
    r"^\s*(?:But\s+)?(?:that|the|this|those|these|such)\s+(?:claim|claims|account|accounts|statement|"
    r"statements|assertion|assertions|description|version)\b", re.IGNORECASE)
_REBUTTAL_VERB = re.compile(
    r"\b(contradict\w*|false|untrue|not true|inaccurate|misleading|at odds with|refuted|debunked)\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class Match:
    """One piece of evidence bearing on a claim, with the weight it carries."""

    ref: EvidenceRef
    weight: float
    independent: bool


# --------------------------------------------------------------------------- text helpers


@lru_cache(maxsize=65536)
def content_stems(text: str) -> frozenset[str]:
    return frozenset(t.stem for t in tokenize(text) if not t.is_punct and t.stem not in _STOP_STEMS)


@lru_cache(maxsize=65536)
def _processed(text: str) -> str:
    """The text as rapidfuzz's default processor sees it (computed once per text)."""
    return default_process(text)


def similarity(a: str, b: str) -> float:
    """Text similarity in [0, 1]: fuzzy token-set / partial ratios blended with stem overlap."""
    return _similarity(a, b)[1]


def _similarity(a: str, b: str) -> tuple[float, float]:
    """The token-set ratio of the two texts (0-100, processed) and their ``similarity``."""
    if not a.strip() or not b.strip():
        return fuzz.token_set_ratio(_processed(a), _processed(b)), 0.0
    pa, pb = _processed(a), _processed(b)
    token_set = fuzz.token_set_ratio(pa, pb)
    fuzzy = max(token_set, fuzz.partial_ratio(pa, pb)) / 100.0
    sa, sb = content_stems(a), content_stems(b)
    overlap = len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0
    return token_set, round(0.5 * fuzzy + 0.5 * overlap, 4)


@lru_cache(maxsize=8192)
def is_negated(text: str) -> bool:
    return any(t.surface in _NEGATORS for t in tokenize(text))


def claim_denies(claim: Claim, category: str | None, taxonomy: Taxonomy) -> bool:
    """Whether the claim denies its category ("was not an active shooter")."""
    if claim.polarity == "denies":
        return True
    if category:
        return taxonomy.stance(claim.content.text, category) == "denies"
    return is_negated(claim.content.text)


# For a claim that denies its category, evidence against the category agrees with it.
_FLIP = {"supports": "refutes", "refutes": "supports", "disputes": "supports", "weakens": "supports"}


# --------------------------------------------------------------------------- records


def _is_itself(claim: Claim, rec: EvidenceRecord, finding: str,
               scores: tuple[float, float] | None = None) -> bool:
    """Whether a finding is the record of the claim itself: the account a witness
    record was taken from, or the evidence an evidence statement reports.
    ``scores`` is ``_similarity(claim.content.text, finding)`` when already known."""
    ratio, sim = scores if scores is not None else _similarity(claim.content.text, finding)
    if claim.role == "evidence_statement":
        return ratio >= 75 or sim >= 0.75
    return ratio >= SELF_SIMILARITY and rec.kind not in INDEPENDENT


class RecordIndex:
    """An incident's record findings in matching order (records by id), with what
    each says about a category worked out once per category, not once per claim."""

    def __init__(self, records: list[EvidenceRecord], taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.entries = [(rec, finding) for rec in sorted(records, key=lambda r: r.id)
                        for finding in rec.findings]
        self.unnamed = [(rec, finding) for rec, finding in self.entries
                        if not (finding.supports or finding.refutes or finding.disputes
                                or finding.weakens)]
        self._by_category: dict[str, list[tuple[EvidenceRecord, object, str, bool]]] = {}

    def bearing_on(self, category: str) -> list[tuple[EvidenceRecord, object, str, bool]]:
        """(record, finding, relation, named) for the findings that bear on a category:
        naming it, or naming no category and taking a stance on it in their text."""
        out = self._by_category.get(category)
        if out is None:
            out = []
            for rec, finding in self.entries:
                relation = None
                for rel in ("refutes", "supports", "disputes", "weakens"):
                    if category in getattr(finding, rel):
                        relation = rel
                        break
                named = bool(finding.supports or finding.refutes or finding.disputes
                             or finding.weakens)
                if relation is None and not named:
                    stance = self.taxonomy.stance(finding.text, category)
                    if stance is None:
                        continue
                    relation = "supports" if stance == "affirms" else "refutes"
                if relation is None:
                    continue
                out.append((rec, finding, relation, named))
            self._by_category[category] = out
        return out


#: A claim and a finding, neither in a category, are matched on wording alone when
#: this similar (and share this many content words); refuting on wording alone
#: counts as independent only above STRONG_TEXT.
TEXT_ONLY = 0.7
TEXT_ONLY_WORDS = 3
STRONG_TEXT = 0.85


def _match_text_only(claim: Claim, index: RecordIndex) -> list[Match]:
    out: list[Match] = []
    denies = claim.polarity == "denies" or is_negated(claim.content.text)
    for rec, finding in index.unnamed:
        shared = content_stems(claim.content.text) & content_stems(finding.text)
        if len(shared) < TEXT_ONLY_WORDS:
            continue
        scores = _similarity(claim.content.text, finding.text)
        if rec.cited_in in (None, claim.article) and _is_itself(claim, rec, finding.text, scores):
            continue
        sim = scores[1]
        if sim < TEXT_ONLY:
            continue
        relation = "supports" if denies == is_negated(finding.text) else "refutes"
        out.append(Match(
            EvidenceRef(id=rec.id, kind=rec.kind, relation=relation, text=finding.text,
                        score=round(sim, 4), source=rec.source, origin="record",
                        article=rec.cited_in),
            KIND_WEIGHT.get(rec.kind, 0.5), rec.kind in INDEPENDENT and sim >= STRONG_TEXT))
    return out


def match_records(claim: Claim, category: str | None, records: list[EvidenceRecord],
                  taxonomy: Taxonomy, *, index: RecordIndex | None = None) -> list[Match]:
    """Findings of the incident's records that bear on the claim.  ``index``, built once
    per incident from the same ``records``, spares working out each finding again."""
    index = index if index is not None else RecordIndex(records, taxonomy)
    if not category:
        return _match_text_only(claim, index)
    denies = claim_denies(claim, category, taxonomy)
    content = claim.content.text
    out: list[Match] = []
    for rec, finding, relation, named in index.bearing_on(category):
        scores = _similarity(content, finding.text)
        sim = scores[1]
        if rec.cited_in in (None, claim.article) and _is_itself(claim, rec, finding.text, scores):
            continue  # the record of this very account or evidence statement
        score = 0.6 + 0.4 * sim
        if not named:
            score = 0.4 + 0.4 * sim  # matched on text only: less sure
        weight = KIND_WEIGHT.get(rec.kind, 0.5)
        independent = rec.kind in INDEPENDENT
        if denies:
            if relation in ("disputes", "weakens"):
                # agrees with the denial, but cannot establish it
                independent = False
                weight = min(weight, COUNTER_CLAIM_WEIGHT)
            relation = _FLIP[relation]
        out.append(Match(
            EvidenceRef(id=rec.id, kind=rec.kind, relation=relation, text=finding.text,
                        score=round(min(1.0, score), 4), source=rec.source, origin="record",
                        article=rec.cited_in),
            weight, independent))
    return out


# --------------------------------------------------------------------------- articles


def _same_speaker(a: Claim, b: Claim) -> bool:
    na, nb = a.speaker.canonical.strip().lower(), b.speaker.canonical.strip().lower()
    return bool(na) and na == nb


class ClaimIndex:
    """The claims of one incident (or one article), indexed so that a claim meets only
    the claims that can contest it and the evidence statements that speak to its
    category, not every claim of the pool.  Built once per pool; what a claim of the
    pool says about a category is worked out once per category."""

    def __init__(self, pool: list[Claim], taxonomy: Taxonomy,
                 categories: dict[str, str | None] | None = None,
                 secondary: dict[str, list[str]] | None = None) -> None:
        self.taxonomy = taxonomy
        self.categories = categories or {}
        self.secondary = secondary
        self.pool = pool
        self._contesting: dict[str, dict[bool, list[tuple[str, list[Claim]]]]] = {}
        self._uncategorized: dict[str, list[Claim]] | None = None
        self._statements: list[Claim] = [st for st in pool if st.role == "evidence_statement"]
        self._stances: dict[str, list[tuple[Claim, str]]] = {}
        self._kinds: dict[int, str] = {}

    def _counter_candidates(self) -> list[Claim]:
        return [o for o in self.pool if o.role == "claim" and o.checkable]

    def contesting(self, category: str, denies: bool) -> list[tuple[str, list[Claim]]]:
        """(content text, claims with that content ordered by article and id) of the
        pool's claims about ``category`` whose denial differs from ``denies``."""
        groups = self._contesting.get(category)
        if groups is None:
            by_denial: dict[bool, dict[str, list[Claim]]] = {True: {}, False: {}}
            for other in self._counter_candidates():
                ocat = self.categories.get(other.id)
                if ocat == category:
                    other_denies = claim_denies(other, ocat, self.taxonomy)
                elif self.secondary and category in self.secondary.get(other.id, []):
                    stance = self.taxonomy.stance(other.content.text, category)
                    if stance is None:
                        continue
                    other_denies = stance == "denies"
                else:
                    continue
                by_denial[other_denies].setdefault(other.content.text, []).append(other)
            groups = {d: [(text, sorted(members, key=lambda o: (o.article or "", o.id)))
                          for text, members in by_text.items()]
                      for d, by_text in by_denial.items()}
            self._contesting[category] = groups
        return groups[not denies]

    def uncategorized(self, article: str) -> list[Claim]:
        """The pool's claims in no category from one article, in pool order."""
        if self._uncategorized is None:
            self._uncategorized = {}
            for other in self._counter_candidates():
                if self.categories.get(other.id) is None:
                    self._uncategorized.setdefault(other.article, []).append(other)
        return self._uncategorized.get(article, [])

    def statements(self, category: str) -> list[tuple[Claim, str]]:
        """The pool's evidence statements that take a stance on ``category``, with it."""
        out = self._stances.get(category)
        if out is None:
            out = []
            for st in self._statements:
                stance = self.taxonomy.stance(st.content.text, category)
                if stance is not None:
                    out.append((st, stance))
            self._stances[category] = out
        return out

    def kind(self, st: Claim) -> str:
        """The evidence kind a statement's speaker and sentence name ("document" if none)."""
        kind = self._kinds.get(id(st))
        if kind is None:
            kind = self._kinds[id(st)] = (
                self.taxonomy.evidence_kind(f"{st.speaker.text} {st.sentence}") or "document")
        return kind


def _counter_match(other: Claim, sim: float) -> Match:
    return Match(
        EvidenceRef(id=other.id, kind="counter_claim", relation="disputes",
                    text=other.content.text, score=round(min(1.0, 0.5 + 0.5 * sim), 4),
                    source=other.speaker.canonical or other.speaker.text, origin="article",
                    article=other.article),
        COUNTER_CLAIM_WEIGHT, False)


def match_counter_claims(claim: Claim, category: str | None, others: list[Claim],
                         taxonomy: Taxonomy, categories: dict[str, str | None],
                         secondary: dict[str, list[str]] | None = None, *,
                         index: ClaimIndex | None = None) -> list[Match]:
    """Other speakers' claims that contest this one: the same category with the opposite
    polarity, or (for a claim with no category) the same wording with the opposite polarity.
    ``categories`` maps claim id -> category; ``secondary`` claim id -> the other
    categories its text also names ("lunged at officers with a knife" is about an
    assault, and says he was armed).  ``index``, built once from the same ``others``,
    ``categories`` and ``secondary``, spares indexing them for every claim."""
    index = index if index is not None else ClaimIndex(others, taxonomy, categories, secondary)
    out: list[Match] = []
    denies = claim_denies(claim, category, taxonomy)
    if category:
        # Claims with one content score alike: scored once per content, and only the
        # first few of each (by article and id) can be among the most similar.
        for text, members in index.contesting(category, denies):
            sim = similarity(claim.content.text, text)
            if claim.subject is None and sim < 0.55:
                continue  # about no known person: the same topic is not enough
            kept = 0
            for other in members:
                if other.id == claim.id or _same_speaker(claim, other):
                    continue
                out.append(_counter_match(other, sim))
                kept += 1
                if kept == MAX_COUNTER_CLAIMS:
                    break
    else:
        for other in index.uncategorized(claim.article):
            if other.id == claim.id or _same_speaker(claim, other):
                continue
            if claim_denies(other, None, taxonomy) == denies:
                continue
            sa, sb = content_stems(claim.content.text), content_stems(other.content.text)
            shared = sa & sb
            if len(shared) < 3 or len(shared) / min(len(sa), len(sb)) < 0.6:
                continue
            out.append(_counter_match(other, similarity(claim.content.text, other.content.text)))
    out.sort(key=lambda m: (-m.ref.score, m.ref.article or "", m.ref.id))
    return out[:MAX_COUNTER_CLAIMS]


def match_article_evidence(claim: Claim, category: str | None, statements: list[Claim],
                           taxonomy: Taxonomy, *, index: ClaimIndex | None = None) -> list[Match]:
    """Evidence statements quoted in articles ("a Times video analysis found that ...").
    ``index``, built once from the same ``statements``, spares working out each
    statement's stance and kind for every claim."""
    if not category:
        return []
    index = index if index is not None else ClaimIndex(statements, taxonomy)
    denies = claim_denies(claim, category, taxonomy)
    out: list[Match] = []
    for st, stance in index.statements(category):
        if st.id == claim.id:
            continue
        # "a review did not indicate that he brandished a weapon": the negation is in the cue,
        # so the content alone reads as the opposite of what the statement says.
        negated_by_cue = st.polarity == "denies" and stance == "affirms"
        if negated_by_cue:
            stance = "denies"
        relation = "supports" if stance == "affirms" else "refutes"
        if denies:
            relation = _FLIP[relation]
        kind = index.kind(st)
        sim = similarity(claim.content.text, st.content.text)
        quoted = st.sentence if negated_by_cue and st.sentence else st.content.text
        out.append(Match(
            EvidenceRef(id=st.id, kind="article_evidence", relation=relation, text=quoted,
                        score=round(min(1.0, 0.5 + 0.4 * sim), 4),
                        source=st.speaker.canonical or st.speaker.text, origin="article",
                        article=st.article),
            KIND_WEIGHT.get(kind, 0.5) * ARTICLE_FACTOR, kind in INDEPENDENT))
    return out


def match_rebuttals(claim: Claim, article: Article | None, taxonomy: Taxonomy) -> list[Match]:
    """The article's own rebuttal in the sentence right after the claim
    ("That claim ... contradicted the fact that it had previously submitted video footage to a judge")."""
    if article is None or not claim.sentence:
        return []
    text = article.text
    pos = text.find(claim.sentence)
    if pos < 0:
        return []
    end = pos + len(claim.sentence)
    for s0, s1 in split_sentences(text):
        if s0 >= end:
            nxt = text[s0:s1].strip()
            break
    else:
        return []
    if not (_REBUTTAL_START.search(nxt) and _REBUTTAL_VERB.search(nxt)):
        return []
    kind = taxonomy.evidence_kind(nxt) or "document"
    return [Match(
        EvidenceRef(id=f"{article.id}:{s0}", kind="article_evidence", relation="refutes", text=nxt,
                    score=0.7, source=article.outlet or "the article", origin="article",
                    article=article.id),
        KIND_WEIGHT.get(kind, 0.5) * ARTICLE_FACTOR, kind in INDEPENDENT)]
