"""Reader for the GUM news attribution benchmark (eRST trees + CoNLL-U tokens).

The benchmark folder holds, per document ``GUM_news_<name>``:

- ``rst/<doc>.rs4``: an eRST discourse tree.  A node whose ``relname`` is
  ``attribution-positive`` or ``attribution-negative`` is the attributing clause
  (the satellite); its ``parent`` is the attributed content.  ``<signal>``
  elements give token evidence for a node: ``semantic/attribution_source`` marks
  the source tokens, ``lexical/indicative_word|indicative_phrase`` the cue.
  Signal token numbers are 1-based positions over the whole document.
- ``dep/<doc>.conllu``: the gold tokens in the same order (``SpaceAfter=No`` in
  MISC says no space follows), sentences, paragraphs (``# newpar``) and
  coreference in the ``Entity=`` MISC attribute.

The raw text is rebuilt from the tokens: one space between tokens unless
``SpaceAfter=No``, a blank line between paragraphs.  Every span of a
:class:`GoldAttribution` is a character offset pair into that text.

Content is what SOURCE.md defines: the tokens dominated by the satellite's
parent node minus the satellite's own subtree.  When the satellite sits inside
the content ("The plan, he said, will work"), the content has two pieces.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from claimcheck.errors import DatasetError

#: GUM's own split (splits.md) restricted to the news documents.
SPLITS: dict[str, tuple[str, ...]] = {
    "dev": ("GUM_news_homeopathic", "GUM_news_iodine"),
    "test": ("GUM_news_nasa", "GUM_news_sensitive"),
}
SPLIT_NAMES = ("train", "dev", "test", "all")

ATTRIBUTION_RELATIONS = {"attribution-positive": "affirms", "attribution-negative": "denies"}
CUE_SUBTYPES = {"indicative_word", "indicative_phrase"}

# Personal and demonstrative pronouns that need an antecedent to name a speaker.
PRONOUNS = frozenset(
    "i me my we us our he him his she her they them their it its you your this that these "
    "those who which one".split()
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CharSpan(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class GoldAttribution(_Model):
    """One gold attribution relation of a document."""

    id: str  # "<doc id>:<satellite node id>"
    polarity: str = "affirms"  # "denies" for attribution-negative
    content: list[CharSpan]  # one piece, or two around an embedded attributing clause
    sources: list[CharSpan] = Field(default_factory=list)
    cues: list[CharSpan] = Field(default_factory=list)
    role: str = "claim"
    quote_type: str | None = None
    # Names the source may be resolved to: the antecedent of a pronoun and every
    # non-pronominal mention of the source's coreference chain.
    antecedent: str | None = None
    source_names: list[str] = Field(default_factory=list)
    canonical: str | None = None  # hand-written canonical name (seed gold)

    @property
    def content_start(self) -> int:
        return min(p.start for p in self.content)

    @property
    def content_end(self) -> int:
        return max(p.end for p in self.content)

    @property
    def content_text(self) -> str:
        return " … ".join(p.text for p in self.content)

    @property
    def source_text(self) -> str:
        return " … ".join(p.text for p in self.sources)

    @property
    def cue_text(self) -> str:
        return " … ".join(p.text for p in self.cues)

    @property
    def is_pronoun_source(self) -> bool:
        words = self.source_text.split()
        # an all-capitals word is an acronym ("WHO"), not a pronoun
        return bool(words) and all(w.lower() in PRONOUNS and not (w.isupper() and len(w) > 1)
                                   for w in words)


class GoldDoc(_Model):
    id: str
    text: str
    attributions: list[GoldAttribution] = Field(default_factory=list)


# --------------------------------------------------------------------------- conllu


class _Token(_Model):
    index: int  # 1-based position over the document
    form: str
    start: int
    end: int
    upos: str


class _Mention(_Model):
    entity: str
    first: int  # 1-based token positions, inclusive
    last: int


def _misc(field: str) -> dict[str, str]:
    if field == "_":
        return {}
    out: dict[str, str] = {}
    for item in field.split("|"):
        key, _, value = item.partition("=")
        out[key] = value
    return out


_OPEN = re.compile(r"\((\d+)-([^()]*)")
_CLOSE = re.compile(r"(\d+)\)")


def _parse_entity(value: str) -> Iterable[tuple[str, str, bool]]:
    """Yield ("open"|"close", entity id, closes_at_once) events of an Entity= value, in order."""
    pos = 0
    while pos < len(value):
        if value[pos] == "(":
            m = _OPEN.match(value, pos)
            if not m:
                break
            pos = m.end()
            single = pos < len(value) and value[pos] == ")"
            if single:
                pos += 1
            yield "open", m.group(1), single
        else:
            m = _CLOSE.match(value, pos)
            if not m:
                break
            pos = m.end()
            yield "close", m.group(1), False


def read_conllu(path: Path) -> tuple[str, list[_Token], list[_Mention]]:
    """Rebuild the raw text of a CoNLL-U file; return it with its tokens and entity mentions."""
    pieces: list[str] = []
    length = 0
    tokens: list[_Token] = []
    mentions: list[_Mention] = []
    open_stack: dict[str, list[int]] = defaultdict(list)
    pending_space = ""  # separator owed before the next token
    mwt_end = 0  # last word id of the current multiword token
    mwt_surface: str | None = None
    mwt_offset = 0
    mwt_start = 0
    mwt_after = " "
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("# newpar") and not raw.startswith("# newpar_"):
            if tokens:
                pending_space = "\n\n"
            continue
        if not raw or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 10:
            raise DatasetError(f"expected 10 columns, got {len(cols)}", path=str(path))
        ident, form, misc = cols[0], cols[1], _misc(cols[9])
        if "." in ident:  # empty node of the enhanced graph: no surface text
            continue
        if "-" in ident:  # multiword token: its surface form is what the text holds
            mwt_end = int(ident.split("-")[1])
            mwt_surface, mwt_offset = form, 0
            if tokens and pending_space:
                pieces.append(pending_space)
                length += len(pending_space)
            mwt_start = length
            pieces.append(form)
            length += len(form)
            pending_space = "" if misc.get("SpaceAfter") == "No" else " "
            mwt_after = pending_space
            continue
        index = len(tokens) + 1
        word_id = int(ident)
        if mwt_surface is not None and word_id <= mwt_end:
            # a word inside a multiword token: locate it inside the surface form
            found = mwt_surface.find(form, mwt_offset)
            if found >= 0:
                start, end = mwt_start + found, mwt_start + found + len(form)
                mwt_offset = found + len(form)
            else:
                start, end = mwt_start, mwt_start + len(mwt_surface)
            if word_id == mwt_end:
                mwt_surface = None
                pending_space = mwt_after
        else:
            if tokens and pending_space:
                pieces.append(pending_space)
                length += len(pending_space)
            start = length
            pieces.append(form)
            length += len(form)
            end = length
            pending_space = "" if misc.get("SpaceAfter") == "No" else " "
        tokens.append(_Token(index=index, form=form, start=start, end=end, upos=cols[3]))
        for kind, ent, single in _parse_entity(misc.get("Entity", "")):
            if kind == "open" and single:
                mentions.append(_Mention(entity=ent, first=index, last=index))
            elif kind == "open":
                open_stack[ent].append(index)
            elif open_stack[ent]:
                mentions.append(_Mention(entity=ent, first=open_stack[ent].pop(), last=index))
    return "".join(pieces), tokens, mentions


# --------------------------------------------------------------------------- rs4


class _Node(_Model):
    id: str
    parent: str | None
    relname: str | None
    first: int | None = None  # 1-based token range of a segment
    last: int | None = None


def read_rs4(path: Path) -> tuple[dict[str, _Node], dict[str, list[tuple[str, str, list[int]]]]]:
    """Nodes of an eRST tree and, per node id, its signals as (type, subtype, token positions)."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise DatasetError(f"not well-formed XML: {exc}", path=str(path)) from exc
    body = root.find("body")
    if body is None:
        raise DatasetError("no <body> element", path=str(path))
    nodes: dict[str, _Node] = {}
    position = 0
    for el in body:
        if el.tag not in ("segment", "group"):
            continue
        node = _Node(id=el.get("id", ""), parent=el.get("parent"), relname=el.get("relname"))
        if el.tag == "segment":
            count = len((el.text or "").split())
            node.first, node.last = position + 1, position + count
            position += count
        nodes[node.id] = node
    signals: dict[str, list[tuple[str, str, list[int]]]] = defaultdict(list)
    for sig in body.iter("signal"):
        toks = [int(t) for t in (sig.get("tokens") or "").split(",") if t.strip()]
        signals[sig.get("source", "")].append((sig.get("type", ""), sig.get("subtype", ""), toks))
    return nodes, signals


def _subtree_tokens(node_id: str, children: dict[str, list[str]], nodes: dict[str, _Node],
                    exclude: str | None = None) -> set[int]:
    out: set[int] = set()
    stack = [node_id]
    while stack:
        nid = stack.pop()
        if nid == exclude:
            continue
        node = nodes[nid]
        if node.first is not None and node.last is not None:
            out.update(range(node.first, node.last + 1))
        stack.extend(children.get(nid, ()))
    return out


def _runs(positions: Iterable[int]) -> list[tuple[int, int]]:
    """Contiguous runs (first, last) of sorted token positions."""
    runs: list[tuple[int, int]] = []
    for p in sorted(set(positions)):
        if runs and p == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], p)
        else:
            runs.append((p, p))
    return runs


_EDGE_PUNCT = "\"'“”‘’«»,.;:!?—–-()[] \n"


def _char_spans(positions: Iterable[int], tokens: list[_Token], text: str,
                trim: bool = False) -> list[CharSpan]:
    spans = []
    for first, last in _runs(positions):
        if first < 1 or last > len(tokens):
            continue
        if trim:  # drop quotation marks and punctuation at the edges of content
            while first <= last and tokens[first - 1].upos == "PUNCT":
                first += 1
            while last >= first and tokens[last - 1].upos == "PUNCT":
                last -= 1
            if first > last:
                continue
        start, end = tokens[first - 1].start, tokens[last - 1].end
        spans.append(CharSpan(start=start, end=end, text=text[start:end]))
    return spans


def _is_pronoun_mention(m: _Mention, tokens: list[_Token]) -> bool:
    words = [t for t in tokens[m.first - 1:m.last]]
    return all(t.upos in ("PRON", "DET", "PUNCT") or t.form.lower() in PRONOUNS for t in words)


def _source_entity(source: set[int], mentions: list[_Mention]) -> str | None:
    best: tuple[int, int, str] | None = None
    for m in mentions:
        span = set(range(m.first, m.last + 1))
        inter = len(span & source)
        if not inter:
            continue
        # prefer the mention that covers most of the source and adds least besides
        key = (inter, -len(span - source), m.entity)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


def _names(entity: str, mentions: list[_Mention], tokens: list[_Token], text: str,
           before: int) -> tuple[str | None, list[str]]:
    """The antecedent (nearest preceding naming mention) and all naming mentions of an entity."""
    naming = [m for m in mentions if m.entity == entity and not _is_pronoun_mention(m, tokens)]
    naming.sort(key=lambda m: m.first)

    def surface(m: _Mention) -> str:
        return text[tokens[m.first - 1].start:tokens[m.last - 1].end]

    names: list[str] = []
    for m in naming:
        s = surface(m)
        if s not in names:
            names.append(s)
    earlier = [m for m in naming if m.last < before]
    proper = [m for m in earlier
              if any(t.upos == "PROPN" for t in tokens[m.first - 1:m.last])]
    pick = (proper or earlier or naming or [None])[-1]
    return (surface(pick) if pick else None), names


def load_gum_doc(benchmark_dir: Path, doc_id: str) -> GoldDoc:
    """One document with every attribution relation of its eRST tree."""
    conllu = benchmark_dir / "dep" / f"{doc_id}.conllu"
    rs4 = benchmark_dir / "rst" / f"{doc_id}.rs4"
    for p in (conllu, rs4):
        if not p.is_file():
            raise DatasetError("file not found", path=str(p))
    text, tokens, mentions = read_conllu(conllu)
    nodes, signals = read_rs4(rs4)
    seg_tokens = max((n.last or 0) for n in nodes.values())
    if seg_tokens != len(tokens):
        raise DatasetError(
            f"the tree has {seg_tokens} tokens but the CoNLL-U file {len(tokens)}", path=str(rs4)
        )
    children: dict[str, list[str]] = defaultdict(list)
    for node in nodes.values():
        if node.parent:
            children[node.parent].append(node.id)
    attributions = []
    for node in nodes.values():
        if node.relname not in ATTRIBUTION_RELATIONS or node.parent not in nodes:
            continue
        content_tokens = _subtree_tokens(node.parent, children, nodes, exclude=node.id)
        source_tokens: set[int] = set()
        cue_tokens: set[int] = set()
        quoted = False
        for sig_type, subtype, toks in signals.get(node.id, ()):
            if subtype == "attribution_source":
                source_tokens.update(toks)
            elif sig_type == "lexical" and subtype in CUE_SUBTYPES:
                cue_tokens.update(toks)
            elif subtype == "quotation_marks":
                quoted = True
        cue_tokens -= source_tokens
        antecedent, names = None, []
        entity = _source_entity(source_tokens, mentions) if source_tokens else None
        if entity is not None:
            antecedent, names = _names(entity, mentions, tokens, text, min(source_tokens))
        content = _char_spans(content_tokens, tokens, text, trim=True)
        if not content:
            continue
        attributions.append(GoldAttribution(
            id=f"{doc_id}:{node.id}",
            polarity=ATTRIBUTION_RELATIONS[node.relname or ""],
            content=_merge_pieces(content, text),
            sources=_char_spans(source_tokens, tokens, text),
            cues=_char_spans(cue_tokens, tokens, text),
            quote_type="direct" if quoted else None,
            antecedent=antecedent,
            source_names=names,
        ))
    attributions.sort(key=lambda a: (a.content_start, a.id))
    return GoldDoc(id=doc_id, text=text, attributions=attributions)


def _merge_pieces(pieces: list[CharSpan], text: str) -> list[CharSpan]:
    """Join content pieces separated only by whitespace or punctuation."""
    merged: list[CharSpan] = []
    for p in pieces:
        if merged and not text[merged[-1].end:p.start].strip(_EDGE_PUNCT):
            start = merged[-1].start
            merged[-1] = CharSpan(start=start, end=p.end, text=text[start:p.end])
        else:
            merged.append(p)
    return merged


def split_doc_ids(benchmark_dir: Path, split: str = "dev") -> list[str]:
    """Document ids of a split: ``train``, ``dev``, ``test`` or ``all``."""
    if split not in SPLIT_NAMES:
        raise DatasetError(f"unknown split {split!r}; choose one of {', '.join(SPLIT_NAMES)}")
    rst_dir = benchmark_dir / "rst"
    if not rst_dir.is_dir():
        raise DatasetError("not a GUM benchmark folder (no rst/ directory)", path=str(benchmark_dir))
    every = sorted(p.stem for p in rst_dir.glob("*.rs4"))
    held_out = {d for ids in SPLITS.values() for d in ids}
    if split == "all":
        return every
    if split == "train":
        return [d for d in every if d not in held_out]
    return [d for d in every if d in SPLITS[split]]


def load_gum(benchmark_dir: str | Path, split: str = "dev") -> list[GoldDoc]:
    """Gold documents of a split of the GUM news attribution benchmark."""
    root = Path(benchmark_dir)
    return [load_gum_doc(root, doc_id) for doc_id in split_doc_ids(root, split)]


GUM_DIR_ENV = "CLAIMCHECK_GUM_DIR"
#: Where the benchmark usually sits, relative to the working directory (a checkout's parent).
DEFAULT_RELATIVE = Path("..") / "shared" / "benchmarks" / "attribution" / "gum_news"


def default_benchmark_dir(base: str | Path | None = None) -> Path | None:
    """$CLAIMCHECK_GUM_DIR if set, else ``../shared/benchmarks/attribution/gum_news``
    relative to ``base`` (the working directory by default) if it exists, else None."""
    import os

    env = os.environ.get(GUM_DIR_ENV)
    if env:
        return Path(env)
    candidate = Path(base or Path.cwd()) / DEFAULT_RELATIVE
    return candidate if (candidate / "rst").is_dir() else None
