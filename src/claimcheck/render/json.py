"""Report -> JSON (schema_version 1)."""

from __future__ import annotations

import json

from claimcheck.models import Claim, Report


def render_json(report: Report) -> str:
    return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def render_claims_jsonl(claims: list[Claim]) -> str:
    """One JSON object per line, as ``claimcheck extract`` prints."""
    return "".join(json.dumps(c.model_dump(mode="json"), ensure_ascii=False) + "\n" for c in claims)
