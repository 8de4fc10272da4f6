"""The one place where the attribution component's spans become pydantic Claims."""

from __future__ import annotations

from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

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


def extract_claims(doc: Doc, article: Article, offset: int = 0) -> list[Claim]:
    """Claims from a Doc annotated by ``claimcheck_attribution``, in text order.

    ``offset`` is added to every character offset: when the Doc holds
    ``article.text[article.body_start:]``, pass ``offset=article.body_start`` so offsets index
    ``article.text``. Ids are ``"<article>:c001"``, ``"<article>:c002"``... in text order.
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
                    text=speaker.text, start=speaker.start_char + offset,
                    end=speaker.end_char + offset, canonical=speaker.kb_id_ or speaker.text,
                    type=speaker.label_ or "unknown",
                ),
                cue=Cue(text=cue.text, start=cue.start_char + offset, end=cue.end_char + offset,
                        lemma=cue.label_ or cue.lemma_.lower()),
                content=Span(text=content.text, start=content.start_char + offset,
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
    return extract_claims(nlp(text), article)
