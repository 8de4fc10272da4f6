"""What more than one renderer says about a claim."""

from __future__ import annotations

from claimcheck.models import Claim


def claim_flags(claim: Claim) -> list[str]:
    """Short words for what qualifies a claim: a denial, a hedge, an evidence statement."""
    flags = []
    if claim.polarity == "denies":
        flags.append("denial")
    if claim.hedged:
        flags.append("hedged")
    if claim.role != "claim":
        flags.append(claim.role.replace("_", " "))
    return flags
