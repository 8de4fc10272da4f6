"""Small hand-built records for tests that must not depend on the extractor."""

from __future__ import annotations

from claimcheck.models import (
    ArticleSummary,
    Claim,
    Cue,
    EvidenceRef,
    Generator,
    Incident,
    Inconsistency,
    InconsistencyValue,
    ModelInfo,
    Report,
    Span,
    Speaker,
    Summary,
    count_verdicts,
)


def make_claim(content: str = "tried to weaponize her vehicle", *, verdict: str = "unverified",
               article: str = "a1", speaker: str = "Kristi Noem", n: int = 1, **kw) -> Claim:
    sentence = kw.pop("sentence", f"{speaker} said she {content}.")
    start = sentence.find(content) if content in sentence else 0
    return Claim(
        id=f"{article}:c{n:03d}",
        article=article,
        speaker=Speaker(text=speaker, start=0, end=len(speaker), canonical=speaker,
                        type=kw.pop("speaker_type", "official")),
        cue=Cue(text="said", start=len(speaker) + 1, end=len(speaker) + 5, lemma="say"),
        content=Span(text=content, start=start, end=start + len(content)),
        quote_type=kw.pop("quote_type", "indirect"),
        sentence=sentence,
        verdict=verdict,
        **kw,
    )


def make_report(claims: list[Claim], *, unassigned: list[Claim] | None = None,
                title: str = "Fatal shooting of Renee Good") -> Report:
    unassigned = unassigned or []
    incident = Incident(
        id="renee-good-2026-01-07", title=title, subjects=["Renee Nicole Good"],
        aliases=["Ms. Good", "Good"], date="2026-01-07", place="Minneapolis",
        claims=claims, articles=sorted({c.article for c in claims}),
        inconsistencies=[Inconsistency(subject="Renee Nicole Good", attribute="age", values=[
            InconsistencyValue(value="33", article="a1", text="Good, 33"),
            InconsistencyValue(value="37", article="a2", text="Ms. Good, 37")])],
    )
    everything = claims + unassigned
    return Report(
        generator=Generator(version="0.0.test"),
        model=ModelInfo(name="en_core_web_sm", version="3.8.0"),
        articles=[ArticleSummary(id="a1", path="a1.txt", title="An article", claims=len(claims),
                                 url="https://example.org/a1", outlet="Example News", date="2026-01-09")],
        incidents=[incident],
        unassigned_claims=unassigned,
        summary=Summary(articles=1, claims=len(everything), incidents=1, verdicts=count_verdicts(everything)),
    )


def refuting_ref(text: str = "she appeared to have turned her vehicle away from him") -> EvidenceRef:
    return EvidenceRef(id="nyt-video", kind="video_analysis", relation="refutes", text=text, score=0.9,
                       source="The New York Times")
