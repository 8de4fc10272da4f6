"""claimcheck's spaCy components, registered as factories (and ``spacy_factories`` entry points)."""

from __future__ import annotations

from spacy.language import Language

from claimcheck.pipeline.attribution import (
    CONTENT_GROUP,
    CUE_GROUP,
    SPEAKER_GROUP,
    AttributionComponent,
    make_attribution,
)

from claimcheck.pipeline.paragraphs import mark_paragraphs

ATTRIBUTION_PIPE = "claimcheck_attribution"
PARAGRAPHS_PIPE = "claimcheck_paragraphs"


def add_claimcheck_pipes(nlp: Language, config: dict | None = None) -> Language:
    """Add claimcheck's components to a loaded model (once) and return it.

    ``config`` is passed to the attribution factory, e.g. ``{"cues_path": "my_cues.yaml"}``.
    """
    if PARAGRAPHS_PIPE not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPHS_PIPE, before="parser")
        elif "senter" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPHS_PIPE, before="senter")
    if ATTRIBUTION_PIPE not in nlp.pipe_names:
        nlp.add_pipe(ATTRIBUTION_PIPE, last=True, config=config or {})
    return nlp


__all__ = [
    "ATTRIBUTION_PIPE",
    "AttributionComponent",
    "CONTENT_GROUP",
    "CUE_GROUP",
    "SPEAKER_GROUP",
    "add_claimcheck_pipes",
    "make_attribution",
    "mark_paragraphs",
    "PARAGRAPHS_PIPE",
]
