"""Report -> ClaimReview JSON-LD (schema.org), one ClaimReview per checked claim.

Rating scale (published in the README): 1 False (contradicted), 2 Disputed, 3 Unproven
(unverified), 5 True (supported). Uncheckable claims are not rated and not emitted.
"""

from __future__ import annotations

import json

from claimcheck.models import ArticleSummary, Claim, Report

RATINGS: dict[str, tuple[int, str]] = {
    "contradicted": (1, "False"),
    "disputed": (2, "Disputed"),
    "unverified": (3, "Unproven"),
    "supported": (5, "True"),
}
BEST, WORST = 5, 1
_PERSON_TYPES = {"official", "activist", "witness", "journalist"}


def _appearance(article: ArticleSummary | None, claim: Claim) -> dict:
    work: dict = {"@type": "CreativeWork"}
    if article is not None:
        if article.url:
            work["url"] = article.url
        if article.title:
            work["headline"] = article.title
        if article.outlet:
            work["publisher"] = {"@type": "Organization", "name": article.outlet}
        if article.date:
            work["datePublished"] = article.date
    work["identifier"] = claim.article
    return work


def claim_review(claim: Claim, article: ArticleSummary | None) -> dict | None:
    rating = RATINGS.get(claim.verdict)
    if rating is None or claim.role != "claim":
        return None
    value, name = rating
    author_type = "Person" if claim.speaker.type in _PERSON_TYPES else "Organization"
    item: dict = {
        "@type": "Claim",
        "author": {"@type": author_type, "name": claim.speaker.canonical},
        "appearance": [_appearance(article, claim)],
    }
    if article is not None and article.date:
        item["datePublished"] = article.date
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": claim.id,
        "claimReviewed": claim.content.text,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": "claimcheck"},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST,
            "worstRating": WORST,
            "alternateName": name,
            "ratingExplanation": claim.rationale,
        },
    }


def render_claimreview(report: Report) -> str:
    articles = {a.id: a for a in report.articles}
    claims = [c for inc in report.incidents for c in inc.claims] + list(report.unassigned_claims)
    reviews = [r for c in claims if (r := claim_review(c, articles.get(c.article))) is not None]
    return json.dumps(reviews, indent=2, ensure_ascii=False) + "\n"
