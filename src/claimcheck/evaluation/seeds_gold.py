"""Reader for hand-annotated attribution gold over plain article files.

The gold file (``attributions.gold.yaml``) stores text, never offsets: each item
gives its content verbatim (or a list of pieces when the attributing clause
interrupts it), the speaker mention and the cue.  Spans are located at load
time inside the article body, so the files may gain front matter or be
re-encoded without touching the gold:

- content: the ``occurrence``-th match (1-based) in the body; without
  ``occurrence`` the text must occur exactly once;
- speaker and cue: the whole-word occurrence nearest the content, outside it.

Front matter (a ``---`` block at the top) is blanked out in the text handed to
the extractor, keeping every offset valid.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claimcheck.dataset import yaml_node_at
from claimcheck.errors import DatasetError
from claimcheck.evaluation.gum import CharSpan, GoldAttribution, GoldDoc
from claimcheck.models import ClaimRole, Polarity, QuoteType

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
MAX_PIECE_GAP = 200  # characters allowed between the pieces of one content


class SeedAttribution(BaseModel):
    model_config = ConfigDict(extra="forbid")

    article: str = Field(min_length=1)
    content: str | list[str]
    speaker: str | None = None
    canonical: str | None = None
    cue: str | None = None
    quote_type: QuoteType
    polarity: Polarity = "affirms"
    role: ClaimRole = "claim"
    act: Literal["assertion", "directive"] = "assertion"
    occurrence: int | None = Field(default=None, ge=1)
    note: str | None = None

    @property
    def pieces(self) -> list[str]:
        return [self.content] if isinstance(self.content, str) else list(self.content)


class SeedGoldFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    attributions: list[SeedAttribution] = Field(default_factory=list)


def mask_front_matter(text: str) -> tuple[str, int]:
    """The text with a leading ``---`` block replaced by spaces (newlines kept), and the body start."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, 0
    blank = re.sub(r"[^\n]", " ", m.group(0))
    return blank + text[m.end():], m.end()


def _occurrences(text: str, needle: str, start: int, whole_word: bool) -> list[tuple[int, int]]:
    """(start, end) of every match; any run of whitespace (no-break spaces too) matches a space."""
    pattern = r"\s+".join(re.escape(chunk) for chunk in needle.split())
    if whole_word:
        if needle[:1].isalnum():
            pattern = r"(?<!\w)" + pattern
        if needle[-1:].isalnum():
            pattern += r"(?!\w)"
    return [(m.start() + start, m.end() + start) for m in re.finditer(pattern, text[start:])]


_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s|\n")


def _nearest(text: str, needle: str, body: int, content: list[tuple[int, int]],
             anchor: tuple[int, int] | None = None) -> CharSpan | None:
    """The whole-word occurrence of ``needle`` outside the content that is closest to it.

    Occurrences in the content's own sentence come first; then the smallest gap to
    ``anchor`` (the speaker, when locating a cue) or else to the content.
    """
    lo, hi = min(s for s, _ in content), max(e for _, e in content)
    a_lo, a_hi = anchor or (lo, hi)

    def gap(pos: int, end: int, left: int, right: int) -> int:
        return left - end if end <= left else pos - right if pos >= right else 0

    best: tuple[int, int, int, int] | None = None
    for pos, end in _occurrences(text, needle, body, whole_word=True):
        if any(pos < e and end > s for s, e in content):
            continue
        between = text[end:lo] if end <= lo else text[hi:pos] if pos >= hi else ""
        key = (int(bool(_SENTENCE_END.search(between))), gap(pos, end, a_lo, a_hi), pos, end)
        if best is None or key < best:
            best = key
    if best is None:
        return None
    return CharSpan(start=best[2], end=best[3], text=text[best[2]:best[3]])


def _locate_content(text: str, item: SeedAttribution, body: int) -> list[CharSpan] | str:
    pieces = item.pieces
    if not pieces or not all(p.strip() for p in pieces):
        return "content must not be empty"
    starts = _occurrences(text, pieces[0], body, whole_word=False)
    if not starts:
        return f"not found in the article: {pieces[0]!r}"
    if item.occurrence is None and len(starts) > 1:
        return f"occurs {len(starts)} times in the article; give `occurrence`"
    if item.occurrence is not None and item.occurrence > len(starts):
        return f"occurrence {item.occurrence} asked, {len(starts)} found"
    pos, end = starts[(item.occurrence or 1) - 1]
    spans = [CharSpan(start=pos, end=end, text=text[pos:end])]
    for piece in pieces[1:]:
        found = _occurrences(text, piece, spans[-1].end, whole_word=False)
        if not found or found[0][0] - spans[-1].end > MAX_PIECE_GAP:
            return f"piece not found after the previous one: {piece!r}"
        pos, end = found[0]
        spans.append(CharSpan(start=pos, end=end, text=text[pos:end]))
    return spans


def load_seed_gold(gold_path: str | Path, articles_dir: str | Path | None = None) -> list[GoldDoc]:
    """Gold documents for the articles named in a gold file (articles next to it by default)."""
    path = Path(gold_path)
    shown = str(path)
    folder = Path(articles_dir) if articles_dir is not None else path.parent
    try:
        raw = path.read_text(encoding="utf-8")
        root = yaml.compose(raw, Loader=yaml.SafeLoader)
        data = yaml.safe_load(raw) or {}
    except OSError as exc:
        raise DatasetError(f"cannot read: {exc}", path=shown) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DatasetError(f"invalid YAML: {getattr(exc, 'problem', exc)}", path=shown,
                           line=mark.line + 1 if mark else None) from exc

    def fail(message: str, loc: tuple, key_last: bool = True) -> DatasetError:
        node = yaml_node_at(root, loc, key_last=key_last)
        field = ".".join(str(k) if not isinstance(k, int) else f"[{k}]" for k in loc)
        return DatasetError(message, path=shown, line=node.start_mark.line + 1 if node else None,
                            field=field.replace(".[", "["))

    if not isinstance(data, dict):
        raise DatasetError("the file must hold a mapping with an 'attributions' list", path=shown)
    try:
        parsed = SeedGoldFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise fail(err["msg"], tuple(err["loc"])) from exc

    docs: dict[str, GoldDoc] = {}
    bodies: dict[str, int] = {}
    for i, item in enumerate(parsed.attributions):
        if item.article not in docs:
            candidates = sorted(p for p in folder.rglob(f"{item.article}.*") if p.is_file())
            if not candidates:
                raise fail(f"no article file {item.article}.* in {folder}", ("attributions", i, "article"))
            text, body = mask_front_matter(candidates[0].read_text(encoding="utf-8"))
            docs[item.article] = GoldDoc(id=item.article, text=text)
            bodies[item.article] = body
        doc, body = docs[item.article], bodies[item.article]
        content = _locate_content(doc.text, item, body)
        if isinstance(content, str):
            raise fail(content, ("attributions", i, "content"))
        interval = [(c.start, c.end) for c in content]
        sources: list[CharSpan] = []
        cues: list[CharSpan] = []
        for name, needle, out in (("speaker", item.speaker, sources), ("cue", item.cue, cues)):
            if not needle:
                continue
            anchor = (sources[0].start, sources[0].end) if sources and name == "cue" else None
            span = _nearest(doc.text, needle, body, interval, anchor)
            if span is None:
                raise fail(f"not found in the article: {needle!r}", ("attributions", i, name))
            out.append(span)
        doc.attributions.append(GoldAttribution(
            id=f"{item.article}:{i + 1}", polarity=item.polarity, content=content,
            sources=sources, cues=cues, role=item.role, quote_type=item.quote_type,
            canonical=item.canonical,
            source_names=[n for n in (item.canonical,) if n],
        ))
    for doc in docs.values():
        doc.attributions.sort(key=lambda a: (a.content_start, a.id))
    return [docs[k] for k in sorted(docs)]
