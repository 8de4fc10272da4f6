"""``claimcheck_paragraphs``: a line break always ends a sentence.

Added before the parser, which respects sentence starts set beforehand. Without it the parser
may join the last sentence of one paragraph to the first of the next, and a cue in one would
take content from the other.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("claimcheck_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    after_break = False
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            after_break = True
            continue
        if after_break and tok.i > 0:
            tok.is_sent_start = True
        after_break = False
    return doc
