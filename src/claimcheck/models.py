"""Pydantic models for every record that enters or leaves claimcheck.

These are the contracts of DESIGN.md: the JSON report (schema_version 1), the
evidence files, and the claims that ``claimcheck extract`` prints.  Renaming a
field or changing its meaning needs a schema version bump; adding one does not.
"""

from __future__ import annotations

from datetime import date as Date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Verdict = Literal["contradicted", "supported", "disputed", "unverified", "uncheckable"]
VERDICTS: tuple[str, ...] = ("contradicted", "supported", "disputed", "unverified", "uncheckable")

SpeakerType = Literal[
    "official", "agency", "document", "activist", "witness", "journalist", "other", "unknown"
]
QuoteType = Literal["direct", "indirect", "mixed"]
Polarity = Literal["affirms", "denies"]
Relation = Literal["supports", "refutes", "disputes", "weakens"]
EvidenceKind = Literal[
    "video_analysis",
    "bodycam",
    "watchdog_finding",
    "court_record",
    "official_record",
    "witness_account",
    "document",
]
# What a claim is: an attributed assertion, or a statement of evidence reported
# in the article itself ("a Times video analysis found that ...").
ClaimRole = Literal["claim", "evidence_statement"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- claims


class Span(_Strict):
    """A piece of article text with character offsets into the decoded article."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Speaker(Span):
    canonical: str
    type: SpeakerType = "unknown"


class Cue(Span):
    lemma: str


class EvidenceRef(_Strict):
    """One piece of evidence cited by a verdict, quoted verbatim."""

    id: str
    kind: str  # an EvidenceKind, or "counter_claim" / "article_evidence" for text from articles
    relation: Relation
    text: str
    score: float = Field(ge=0.0, le=1.0)
    source: str | None = None
    origin: Literal["record", "article"] = "record"
    article: str | None = None  # for evidence quoted from an article


class Claim(_Strict):
    id: str
    article: str
    speaker: Speaker
    cue: Cue
    content: Span
    quote_type: QuoteType
    polarity: Polarity = "affirms"
    hedged: bool = False
    sentence: str
    subject: str | None = None
    category: str | None = None
    verdict: Verdict = "unverified"
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    evidence: list[EvidenceRef] = Field(default_factory=list)
    rationale: str = ""
    # extensions beyond DESIGN.md's minimum
    role: ClaimRole = "claim"
    checkable: bool = True  # False for opinions, legal characterisations, predictions
    rule: str = ""  # which extraction rule produced it (explanation)


# --------------------------------------------------------------------------- articles


class Article(_Strict):
    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    encoding: str = "utf-8"
    body_start: int = 0  # offset of the body after any front matter


class ArticleSummary(_Strict):
    id: str
    path: str
    title: str | None = None
    claims: int = 0
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    encoding: str | None = None


class SkippedInput(_Strict):
    path: str
    reason: str


# --------------------------------------------------------------------------- evidence


class IncidentInfo(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    title: str
    subjects: list[str] = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    date: Date | None = None
    place: str | None = None


class Finding(_Strict):
    text: str = Field(min_length=1)
    supports: list[str] = Field(default_factory=list)
    refutes: list[str] = Field(default_factory=list)
    disputes: list[str] = Field(default_factory=list)
    weakens: list[str] = Field(default_factory=list)


class EvidenceRecord(_Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    kind: EvidenceKind
    source: str
    title: str | None = None
    date: Date | None = None
    url: str | None = None
    cited_in: str | None = None
    findings: list[Finding] = Field(min_length=1)


class EvidenceFile(_Strict):
    incident: IncidentInfo
    evidence: list[EvidenceRecord] = Field(default_factory=list)


class EvidenceSet(_Strict):
    """Every evidence file of a dataset, validated together."""

    files: list[EvidenceFile] = Field(default_factory=list)
    paths: list[str] = Field(default_factory=list)

    @property
    def incidents(self) -> list[IncidentInfo]:
        return [f.incident for f in self.files]


# --------------------------------------------------------------------------- report


class InconsistencyValue(_Strict):
    value: str
    article: str
    text: str


class Inconsistency(_Strict):
    subject: str
    attribute: str
    values: list[InconsistencyValue]


class Incident(_Strict):
    id: str
    title: str
    subjects: list[str]
    aliases: list[str] = Field(default_factory=list)
    date: str | None = None
    place: str | None = None
    claims: list[Claim] = Field(default_factory=list)
    inconsistencies: list[Inconsistency] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)
    curated: bool = True  # False when no evidence file names this subject


class Generator(_Strict):
    name: str = "claimcheck"
    version: str


class ModelInfo(_Strict):
    name: str
    version: str


class Summary(_Strict):
    articles: int
    claims: int
    incidents: int
    verdicts: dict[str, int]


class Report(_Strict):
    schema_version: int = SCHEMA_VERSION
    generator: Generator
    model: ModelInfo
    articles: list[ArticleSummary]
    incidents: list[Incident]
    unassigned_claims: list[Claim] = Field(default_factory=list)
    summary: Summary
    skipped: list[SkippedInput] = Field(default_factory=list)


def count_verdicts(claims: list[Claim]) -> dict[str, int]:
    counts = {v: 0 for v in VERDICTS}
    for claim in claims:
        counts[claim.verdict] += 1
    return counts
