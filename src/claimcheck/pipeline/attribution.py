"""The ``claimcheck_attribution`` spaCy component (work in progress)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class AttributionComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("claimcheck_attribution", default_config={})
def make_attribution(nlp: Language, name: str) -> AttributionComponent:
    return AttributionComponent(nlp, name)
