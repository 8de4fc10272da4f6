"""Draft evidence files from the evidence statements found in articles, for a human to review.

An article often reports evidence itself ("a Times video analysis found that she appeared to
have turned her vehicle away"); the extractor keeps such statements with role
``evidence_statement``. This module turns them into evidence records in the format of
``data/evidence/``, one draft file per incident, never overwriting an existing file.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import yaml

from claimcheck.models import Claim, EvidenceFile, Incident

#: Evidence kind guessed from words in the source's name; the first match wins.
KIND_HINTS: tuple[tuple[str, str], ...] = (
    (r"body[- ]?cam", "bodycam"),
    (r"\b(video|footage|visual|analysis of (?:the )?(?:video|footage))", "video_analysis"),
    (r"\b(court|judge|jury|indictment|ruling|complaint)\b", "court_record"),
    (r"\b(watchdog|inspector general|review|investigation|oversight|audit)\b", "watchdog_finding"),
    (r"\b(autopsy|medical examiner|coroner|hospital|records?)\b", "official_record"),
    (r"\b(witness|bystander|neighbou?r)", "witness_account"),
)
HEADER = ("# Draft written by `claimcheck evidence suggest` from statements in the articles.\n"
          "# Review every record before use: check kind, source, date and the categories each\n"
          "# finding supports or refutes against the original document.\n")


@dataclass(frozen=True)
class Draft:
    incident_id: str
    file: EvidenceFile

    def to_yaml(self) -> str:
        data = self.file.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
        data["incident"].setdefault("subjects", self.file.incident.subjects)
        for record in data.get("evidence", []):
            record.setdefault("findings", [])
        return HEADER + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def guess_kind(source: str) -> str:
    lowered = source.lower()
    for pattern, kind in KIND_HINTS:
        if re.search(pattern, lowered):
            return kind
    return "document"


def _slug(text: str, limit: int = 40) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "source"


def _finding(claim: Claim) -> dict:
    # A negative finding ("did not indicate that he brandished a weapon") needs its whole
    # sentence: the content alone ("he brandished a weapon") would read as the opposite.
    text = (claim.sentence if claim.polarity == "denies" else claim.content.text).strip()
    finding: dict = {"text": text[0].upper() + text[1:] if text else text}
    if claim.category:
        finding["refutes" if claim.polarity == "denies" else "supports"] = [claim.category]
    return finding


def suggest(incidents: list[Incident], unassigned: list[Claim]) -> list[Draft]:
    """One draft per incident that has evidence statements (and one for statements about no one)."""
    groups: list[tuple[Incident | None, list[Claim]]] = [
        (inc, [c for c in inc.claims if c.role == "evidence_statement"]) for inc in incidents
    ]
    groups.append((None, [c for c in unassigned if c.role == "evidence_statement"]))
    drafts = []
    for inc, statements in groups:
        if not statements:
            continue
        by_source: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for claim in statements:
            by_source[(claim.speaker.canonical, claim.article)].append(claim)
        incident_id = inc.id if inc is not None else "unassigned"
        records = []
        for n, ((source, article), claims) in enumerate(sorted(by_source.items()), 1):
            records.append({
                "id": f"draft-{_slug(incident_id)}-{n}-{_slug(source, 24)}",
                "kind": guess_kind(source),
                "source": source,
                "title": f"{source} (as reported in {article})",
                "cited_in": article,
                "findings": [_finding(c) for c in claims],
            })
        if inc is None:
            info = {"id": "unassigned-statements", "title": "Evidence statements about no known subject",
                    "subjects": ["UNKNOWN (edit me)"]}
        else:
            info = {"id": inc.id, "title": inc.title, "subjects": inc.subjects, "aliases": inc.aliases}
            if inc.date:
                info["date"] = inc.date
            if inc.place:
                info["place"] = inc.place
        file = EvidenceFile.model_validate({"incident": info, "evidence": records})
        drafts.append(Draft(incident_id=info["id"], file=file))
    return drafts
