"""The claim taxonomy: categories kept as data, and a cheap matcher over plain text.

Claims reach the checker as pydantic records, not spaCy Docs, so everything here
works on strings: text is split into lower-cased word tokens (plus the punctuation
that bounds a negation's scope), each word is reduced by a small deterministic
stemmer, and the phrases of ``resources/taxonomy.yaml`` are matched in order with
bounded gaps.  Spans' lemmas from spaCy may be passed instead of text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from claimcheck.errors import ResourceError
from claimcheck.resources.loading import parse_resource

Stance = Literal["affirms", "denies"]

PACKAGED = "taxonomy.yaml"

# --------------------------------------------------------------------------- tokens

_PUNCT = {",", ";", ":", "."}
_TOKEN_RE = re.compile(r"[a-z0-9]+|[,;:.]")
# Irregular forms the suffix rules below cannot reach.
_IRREGULAR = {
    "ran": "run", "drove": "drive", "driven": "drive", "shot": "shoot", "fled": "flee",
    "struck": "strike", "stricken": "strike", "fought": "fight", "drew": "draw", "drawn": "draw",
    "threw": "throw", "thrown": "throw", "took": "take", "taken": "take", "held": "hold",
    "went": "go", "gone": "go", "brought": "bring", "felt": "feel", "wore": "wear", "worn": "wear",
    "bit": "bite", "bitten": "bite", "caught": "catch", "sought": "seek", "meant": "mean",
    "was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "am": "be", "being": "be",
    "had": "have", "has": "have", "having": "have", "did": "do", "does": "do", "done": "do",
    "men": "man", "women": "woman", "hit": "hit", "hurt": "hurt", "led": "lead", "said": "say",
    "told": "tell", "found": "find", "saw": "see", "seen": "see", "made": "make", "lay": "lie",
    "its": "it", "his": "his", "this": "this", "thus": "thus", "us": "us", "bus": "bus",
}


# Words whose final "e" must stay (else "here" would become "her").
_KEEP_E = {"here", "there", "where", "were", "one", "done", "gone", "none", "some", "come", "more"}


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes and dashes."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


def stem(word: str) -> str:
    """A light, deterministic stem: the same for a word's inflected forms.

    Not a linguistic lemma ("weaponized" -> "weaponiz"), but applied to phrases and
    text alike, which is all matching needs.
    """
    w = word.lower()
    if w in _IRREGULAR:
        return _suffixes(_IRREGULAR[w])
    return _suffixes(w)


def _suffixes(w: str) -> str:
    if len(w) > 4 and w.endswith(("ies", "ied")):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    elif len(w) > 4 and w.endswith("es"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
        if w in _IRREGULAR:  # "shots" -> "shot" -> "shoot"
            return _suffixes(_IRREGULAR[w])
    if len(w) > 3 and w.endswith("e") and not w.endswith("ee") and w not in _KEEP_E:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w


@dataclass(frozen=True)
class Token:
    surface: str  # folded surface form (or lemma when lemmas were given)
    stem: str

    @property
    def is_punct(self) -> bool:
        return self.surface in _PUNCT


def tokenize(text: str) -> list[Token]:
    """Word tokens (folded, stemmed) and the punctuation that bounds negation scope."""
    folded = fold(text)
    folded = re.sub(r"n't\b", " not", folded)
    folded = re.sub(r"\bcannot\b", "can not", folded)
    return [Token(t, t if t in _PUNCT else stem(t)) for t in _TOKEN_RE.findall(folded)]


def tokens_from_lemmas(lemmas: list[str]) -> list[Token]:
    out: list[Token] = []
    for lemma in lemmas:
        for t in _TOKEN_RE.findall(fold(lemma).replace("n't", "not")):
            out.append(Token(t, t if t in _PUNCT else stem(t)))
    return out


# --------------------------------------------------------------------------- phrases

_GAP = "..."
# A phrase's gap never spans a new sentence or clause of contrast.
_GAP_STOPS = {".", ";", "but", "although", "though", "however", "whereas"}


@dataclass(frozen=True)
class Phrase:
    """A compiled cue phrase: words (stem or exact surface) and the gap allowed before each."""

    text: str
    words: tuple[tuple[frozenset[str], bool], ...]  # (forms, exact)
    gaps: tuple[int, ...]  # gaps[i]: max tokens allowed between word i-1 and word i

    @classmethod
    def compile(cls, text: str, max_gap: int, long_gap: int) -> Phrase:
        words: list[tuple[frozenset[str], bool]] = []
        gaps: list[int] = []
        pending = max_gap
        for raw in text.split():
            if raw == _GAP:
                pending = long_gap
                continue
            exact = raw.startswith("=")
            raw = raw[1:] if exact else raw
            if "|" in raw:  # alternatives: one word each ("gun|handgun|knife")
                alts = [t for alt in raw.split("|") for t in tokenize(alt)]
                words.append((frozenset(t.surface if exact else t.stem for t in alts), exact))
                gaps.append(pending)
            else:
                for i, t in enumerate(tokenize(raw)):
                    words.append((frozenset({t.surface if exact else t.stem}), exact))
                    gaps.append(pending if i == 0 else 0)
            pending = max_gap
        if gaps:
            gaps[0] = 0
        if not words:
            raise ValueError(f"empty phrase {text!r}")
        return cls(text=text, words=tuple(words), gaps=tuple(gaps))

    def may_occur(self, surfaces: set[str], stems: set[str]) -> bool:
        """Whether every word of the phrase is among a text's token surfaces / stems
        (a phrase found by ``find`` is; one that is not cannot be found)."""
        return all(not forms.isdisjoint(surfaces if exact else stems) for forms, exact in self.words)

    def _word_ok(self, i: int, tok: Token) -> bool:
        forms, exact = self.words[i]
        return (tok.surface in forms) if exact else (tok.stem in forms)

    def find(self, tokens: list[Token]) -> list[tuple[int, int]]:
        """All (start, end) token spans where the phrase occurs; gaps stop at ``_GAP_STOPS``."""
        spans: list[tuple[int, int]] = []
        for start, tok in enumerate(tokens):
            if self._word_ok(0, tok):
                end = self._extend(tokens, 1, start + 1)
                if end is not None:
                    spans.append((start, end))
        return spans

    def _extend(self, tokens: list[Token], i: int, pos: int) -> int | None:
        if i == len(self.words):
            return pos
        for j in range(pos, min(len(tokens), pos + self.gaps[i] + 1)):
            if self._word_ok(i, tokens[j]):
                end = self._extend(tokens, i + 1, j + 1)
                if end is not None:
                    return end
            if tokens[j].surface in _GAP_STOPS:
                break
        return None


# --------------------------------------------------------------------------- models


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Category(_Strict):
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    description: str = ""
    characterisation: bool = False
    priority: int = 0
    cues: list[str] = Field(default_factory=list)
    antonyms: list[str] = Field(default_factory=list)

    @field_validator("cues", "antonyms")
    @classmethod
    def _nonempty_phrases(cls, v: list[str]) -> list[str]:
        for p in v:
            if not p.replace(_GAP, "").strip():
                raise ValueError("a phrase must contain at least one word")
        return v


class TaxonomyFile(_Strict):
    """A taxonomy file as written; every field optional so a user file can extend the packaged one."""

    version: int = 1
    max_gap: int | None = Field(default=None, ge=0, le=10)
    long_gap: int | None = Field(default=None, ge=0, le=30)
    negators: list[str] | None = None
    post_negators: list[str] | None = None
    barriers: list[str] | None = None
    inconclusive: list[str] | None = None
    evidence_kinds: dict[str, list[str]] | None = None
    categories: list[Category] = Field(default_factory=list)


@dataclass(frozen=True)
class CueHit:
    """One phrase found in a text: which category, which phrase, where, and its stance."""

    category: str
    phrase: str
    start: int
    end: int
    antonym: bool
    negated: bool

    @property
    def stance(self) -> Stance:
        return "denies" if (self.antonym or self.negated) else "affirms"


class Taxonomy:
    """Validated categories with compiled phrases."""

    def __init__(self, spec: TaxonomyFile, source: str = PACKAGED) -> None:
        self.spec = spec
        self.source = source
        max_gap = spec.max_gap if spec.max_gap is not None else 2
        long_gap = spec.long_gap if spec.long_gap is not None else 8
        self.categories: dict[str, Category] = {}
        self._order: dict[str, int] = {}
        self._phrases: list[tuple[str, Phrase, bool]] = []
        for i, cat in enumerate(spec.categories):
            if cat.name in self.categories:
                raise ResourceError(f"duplicate category {cat.name!r}", path=source, field="categories")
            self.categories[cat.name] = cat
            self._order[cat.name] = i
            for p in cat.cues:
                self._phrases.append((cat.name, Phrase.compile(p, max_gap, long_gap), False))
            for p in cat.antonyms:
                self._phrases.append((cat.name, Phrase.compile(p, max_gap, long_gap), True))
        self._negators = _word_set(spec.negators or [])
        self._post_negators = _word_set(spec.post_negators or [])
        self._barriers = {fold(b) for b in (spec.barriers or [])}
        self._cache: dict[str, list[CueHit]] = {}  # hits per text
        self._open_cache: dict[str, bool] = {}  # inconclusive per text
        self._inconclusive = [Phrase.compile(p, max_gap, long_gap) for p in spec.inconclusive or []]
        self._kinds = [
            (kind, Phrase.compile(p, max_gap, long_gap))
            for kind, phrases in (spec.evidence_kinds or {}).items()
            for p in phrases
        ]

    # ------------------------------------------------------------------ queries

    @property
    def names(self) -> set[str]:
        return set(self.categories)

    def is_characterisation(self, name: str | None) -> bool:
        cat = self.categories.get(name or "")
        return bool(cat and cat.characterisation)

    def _tokens(self, text: str, lemmas: list[str] | None) -> list[Token]:
        return tokens_from_lemmas(lemmas) if lemmas else tokenize(text)

    def hits(self, text: str, lemmas: list[str] | None = None) -> list[CueHit]:
        """Every cue and antonym phrase in the text, sorted by position."""
        if lemmas:
            return self._hits(self._tokens(text, lemmas))
        cached = self._cache.get(text)
        if cached is None:
            if len(self._cache) > 200000:
                self._cache.clear()
            cached = self._cache[text] = self._hits(tokenize(text))
        return list(cached)

    def _hits(self, tokens: list[Token]) -> list[CueHit]:
        out: list[CueHit] = []
        surfaces = {t.surface for t in tokens}
        stems = {t.stem for t in tokens}
        for name, phrase, antonym in self._phrases:
            if not phrase.may_occur(surfaces, stems):
                continue  # some word of the phrase is not in the text: it cannot occur
            for start, end in phrase.find(tokens):
                out.append(CueHit(name, phrase.text, start, end, antonym,
                                  self._negated(tokens, start, end)))
        # A cue inside an antonym of its own category is part of the antonym
        # ("sideswiped" in "the agent sideswiped her", "charges" in "dismissed charges").
        antonyms = [h for h in out if h.antonym]
        out = [h for h in out if h.antonym or not any(
            a.category == h.category and a.start <= h.start and h.end <= a.end for a in antonyms)]
        out.sort(key=lambda h: (h.start, -(h.end - h.start), self._order[h.category], h.phrase))
        return out

    def _negated(self, tokens: list[Token], start: int, end: int) -> bool:
        """A negator inside the phrase's gaps or up to 8 tokens before it (not past a
        barrier), or a post-negator just after it ("claims of misconduct are false")."""
        for j in range(end - 2, max(-1, start - 9), -1):
            tok = tokens[j]
            if tok.surface in self._barriers:
                break
            if self._is_word(tok, self._negators):
                return True
        for j in range(end, min(len(tokens), end + 6)):
            tok = tokens[j]
            if tok.is_punct and tok.surface != ",":
                break
            if self._is_word(tok, self._post_negators):
                return True
        return False

    @staticmethod
    def _is_word(tok: Token, words: tuple[set[str], set[str]]) -> bool:
        stems, exact = words
        return tok.stem in stems or tok.surface in exact

    def _phrase_words(self, hit: CueHit) -> list[str]:
        return [w for w in hit.phrase.split() if w != _GAP]

    def ranked(self, text: str, lemmas: list[str] | None = None) -> list[str]:
        """Categories found in the text, best first.

        The category whose cue comes first wins (a claim's head comes before its
        elaborations: "resisted arrest and dragged the officer"); at one position
        the longer phrase, then the higher priority, then the taxonomy's order.  Negated and antonym phrases count (a denial of an active shooter
        is still about active_shooter).
        """
        best: dict[str, tuple[int, int, int, int]] = {}
        for h in self.hits(text, lemmas):
            cat = self.categories[h.category]
            key = (h.start, -len(self._phrase_words(h)), -cat.priority, self._order[h.category])
            if h.category not in best or key < best[h.category]:
                best[h.category] = key
        return sorted(best, key=lambda c: best[c])

    def categorize(self, text: str, lemmas: list[str] | None = None) -> str | None:
        """The category a text's claim belongs to (see ``ranked``), or None."""
        ranked = self.ranked(text, lemmas)
        return ranked[0] if ranked else None

    def inconclusive(self, text: str, lemmas: list[str] | None = None) -> bool:
        """Whether the text leaves its question open ("could not determine whether ...")."""
        if lemmas:
            return any(p.find(self._tokens(text, lemmas)) for p in self._inconclusive)
        cached = self._open_cache.get(text)
        if cached is None:
            if len(self._open_cache) > 200000:
                self._open_cache.clear()
            tokens = tokenize(text)
            cached = self._open_cache[text] = any(p.find(tokens) for p in self._inconclusive)
        return cached

    def stance(self, text: str, category: str, lemmas: list[str] | None = None) -> Stance | None:
        """Whether the text affirms or denies the category; None if absent, mixed or
        inconclusive."""
        if self.inconclusive(text, lemmas):
            return None
        stances = {h.stance for h in self.hits(text, lemmas) if h.category == category}
        if len(stances) != 1:
            # An antonym plus its own negated cue ("did not resist arrest") is one denial.
            return None
        return stances.pop()

    def evidence_kind(self, text: str) -> str | None:
        """The evidence kind a statement's wording names ("a video analysis found"), or None."""
        tokens = tokenize(text)
        found: list[tuple[int, int, str]] = []
        for order, (kind, phrase) in enumerate(self._kinds):
            spans = phrase.find(tokens)
            if spans:
                found.append((spans[0][0], order, kind))
        return min(found)[2] if found else None


def _word_set(words: list[str]) -> tuple[set[str], set[str]]:
    stems: set[str] = set()
    exact: set[str] = set()
    for w in words:
        if w.startswith("="):
            exact.add(fold(w[1:]))
        else:
            stems.update(t.stem for t in tokenize(w))
    return stems, exact


# --------------------------------------------------------------------------- loading


def _read(text: str, source: str) -> TaxonomyFile:
    return parse_resource(TaxonomyFile, text, source)


def _merge(base: TaxonomyFile, extra: TaxonomyFile) -> TaxonomyFile:
    """The user's file extends the packaged one: same-named categories are replaced,
    new ones appended; settings it gives override."""
    cats = {c.name: c for c in base.categories}
    order = [c.name for c in base.categories]
    for c in extra.categories:
        if c.name not in cats:
            order.append(c.name)
        cats[c.name] = c
    update = {k: v for k, v in extra.model_dump(exclude={"categories"}, exclude_none=True).items()
              if k != "version"}
    if "evidence_kinds" in update:
        update["evidence_kinds"] = {**(base.evidence_kinds or {}), **update["evidence_kinds"]}
    return base.model_copy(update={**update, "categories": [cats[n] for n in order]})


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """The packaged taxonomy, extended or overridden by the file at ``path`` if given."""
    packaged = resources.files("claimcheck.resources").joinpath(PACKAGED).read_text("utf-8")
    spec = _read(packaged, PACKAGED)
    source = PACKAGED
    if path is not None:
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise ResourceError(f"cannot read taxonomy file ({exc.strerror})", path=str(path)) from exc
        spec = _merge(spec, _read(text, str(path)))
        source = str(path)
    try:
        return Taxonomy(spec, source)
    except ValueError as exc:
        raise ResourceError(str(exc), path=source) from exc
