"""The one place where the attribution component's spans become pydantic Claims."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from claimcheck.models import Article, Claim, Cue, Span, Speaker
from claimcheck.pipeline.attribution import ATTR_KEYS, CONTENT_GROUP, CUE_GROUP, SPEAKER_GROUP


class _Sentences:
    """Sentence lookup by token index, built in one pass (``Token.sent`` is slow on long Docs)."""

    def __init__(self, doc: Doc) -> None:
        self.spans = [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
        self.starts = [s[0] for s in self.spans]

    def index(self, token: int) -> int:
        return max(0, bisect_right(self.starts, token) - 1)

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """Character range of the sentences covering tokens ``start:end``."""
        first = self.spans[self.index(start)]
        last = self.spans[self.index(max(start, end - 1))]
        return first[2], last[3]


# A typographic apostrophe after a name's one-letter prefix ("O’Neill", "D’Souza"): the model,
# trained mostly on straight ones, tags "O’Neill" as an adverb and loses the name. (Possessives
# and contractions, "sheriff’s" and "don’t", it reads well as they are.)
_NAME_APOSTROPHE = re.compile(r"(?<![^\W_])([A-Z])\u2019(?=[A-Z][a-z])")


def for_parsing(text: str) -> str:
    """The text the model parses: a typographic apostrophe in a name made straight. Every
    character keeps its offset, so spans found in it index the original text, and the claims'
    words are read back from the original (see :func:`extract_claims`)."""
    return _NAME_APOSTROPHE.sub(r"\1'", text) if "\u2019" in text else text


def extract_claims(doc: Doc, article: Article, offset: int = 0) -> list[Claim]:
    """Claims from a Doc annotated by ``claimcheck_attribution``, in text order.

    ``offset`` is added to every character offset: when the Doc holds
    ``article.text[article.body_start:]``, pass ``offset=article.body_start`` so offsets index
    ``article.text``. Ids are ``"<article>:c001"``, ``"<article>:c002"``... in text order.
    The words of each claim are read from ``article.text`` (verbatim, even when the Doc was
    made from :func:`for_parsing`'s text); canonical names come from the Doc.
    """
    if CONTENT_GROUP not in doc.spans or not len(doc.spans[CONTENT_GROUP]):
        return []
    cues, speakers, contents = doc.spans[CUE_GROUP], doc.spans[SPEAKER_GROUP], doc.spans[CONTENT_GROUP]
    attrs = {k: list(contents.attrs.get(k, [])) for k in ATTR_KEYS}
    rows = []
    for i, content in enumerate(contents):
        cue, speaker = cues[i], speakers[i]
        rows.append((min(content.start, cue.start), cue.start, i, cue, speaker, content))
    rows.sort(key=lambda r: r[:3])
    sents = _Sentences(doc)
    text = doc.text  # built from the tokens on every access: once only
    source = article.text
    if len(source) - offset >= len(text) and for_parsing(source[offset:offset + len(text)]) == text:
        text = source[offset:offset + len(text)]  # the words as written

    def words(span: SpacySpan) -> str:
        return text[span.start_char:span.end_char]
    claims: list[Claim] = []
    for n, (_, _, i, cue, speaker, content) in enumerate(rows, start=1):
        rule = attrs["rule"][i] if i < len(attrs["rule"]) else ""
        cue_sent = sents.index(cue.start)
        first, last = sents.index(content.start), sents.index(max(content.start, content.end - 1))
        if rule == "follow_on_quote" or not first - 1 <= cue_sent <= last + 1:
            s_start, s_end = sents.chars(content.start, content.end)
        else:
            s_start, s_end = sents.chars(min(cue.start, content.start), max(cue.end, content.end))
        claims.append(
            Claim(
                id=f"{article.id}:c{n:03d}",
                article=article.id,
                speaker=Speaker(
                    text=words(speaker), start=speaker.start_char + offset,
                    end=speaker.end_char + offset, canonical=speaker.kb_id_ or speaker.text,
                    type=speaker.label_ or "unknown",
                ),
                cue=Cue(text=words(cue), start=cue.start_char + offset, end=cue.end_char + offset,
                        lemma=cue.label_ or cue.lemma_.lower()),
                content=Span(text=words(content), start=content.start_char + offset,
                             end=content.end_char + offset),
                quote_type=content.label_ or "indirect",
                polarity=_get(attrs, "polarity", i, "affirms"),
                hedged=bool(_get(attrs, "hedged", i, False)),
                sentence=text[s_start:s_end].strip(),
                role=_get(attrs, "role", i, "claim"),
                checkable=bool(_get(attrs, "checkable", i, True)),
                rule=rule,
            )
        )
    return claims


def _get(attrs: dict[str, list], key: str, i: int, default):
    values = attrs.get(key, [])
    return values[i] if i < len(values) else default


def extract_from_text(nlp: Language, text: str, article_id: str = "doc") -> list[Claim]:
    """Parse ``text`` with a pipeline that includes ``claimcheck_attribution``; its claims."""
    from claimcheck.pipeline import add_claimcheck_pipes

    add_claimcheck_pipes(nlp)
    article = Article(id=article_id, path=article_id, text=text)
    return extract_claims(nlp(for_parsing(text)), article)
