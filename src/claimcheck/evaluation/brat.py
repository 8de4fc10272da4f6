"""Reader for attribution corpora in brat standoff format (PolNeAR and its kin).

A document is a text file and an annotation file with the same stem.  Two
layouts are accepted:

- flat: ``NAME.txt`` beside ``NAME.ann``;
- PolNeAR's: ``text/NAME.txt`` and ``attributions/NAME_<annotator>.ann`` (the
  annotator code after the last underscore is optional).  When one article has
  several annotators, the first annotation file in name order is used.

Annotation lines used (fields separated by tabs; anything else is ignored):

- ``T<n>\\t<Label> <start> <end>[;<start> <end>...]\\t<text>``: a text-bound span.
  ``Source``, ``Cue`` and ``Content`` are the parts of an attribution; other
  labels (``Discard``, ``Discuss``, the ``Attribution`` trigger) are not scored.
- ``E<n>\\t<Type>:T<a> Source:T<b> Cue:T<c> Content:T<d>``: one attribution
  relation joining its parts.  Any event type whose name starts with
  ``Attribution`` counts (PolNeAR also writes ``Attribution-no-source``).  An
  event without a content is skipped: there is nothing to find.

Every span's offsets are checked against the text: a span whose text does not
match (whitespace aside) is an input error with its file, line and id, since a
shifted annotation would silently score the wrong characters.
"""

from __future__ import annotations

import re
from pathlib import Path

from claimcheck.errors import DatasetError
from claimcheck.evaluation.gum import CharSpan, GoldAttribution, GoldDoc

_SPAN_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")
_ANNOTATOR = re.compile(r"_[0-9a-f]{4}$")
PARTS = ("Source", "Cue", "Content")


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def read_brat(text_path: Path, ann_path: Path, doc_id: str | None = None) -> GoldDoc:
    """One document's attribution relations from a text file and its brat annotation."""
    try:
        text = text_path.read_text(encoding="utf-8")
        lines = ann_path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"cannot read: {exc}", path=str(ann_path)) from exc
    shown = str(ann_path)
    spans: dict[str, tuple[str, list[CharSpan]]] = {}
    events: list[tuple[int, str, dict[str, str]]] = []
    for number, line in enumerate(lines, start=1):
        if line.startswith("T"):
            m = _SPAN_LINE.match(line)
            if not m:
                raise DatasetError("not a brat text-bound annotation line", path=shown, line=number)
            tid, label, offsets, expected = m.groups()
            pieces = []
            for pair in offsets.split(";"):
                start, end = (int(x) for x in pair.split())
                if not 0 <= start <= end <= len(text):
                    raise DatasetError(f"offsets {start}-{end} outside the text "
                                       f"({len(text)} characters)", path=shown, line=number,
                                       field=tid)
                pieces.append(CharSpan(start=start, end=end, text=text[start:end]))
            got = " ".join(p.text for p in pieces)
            if not _same(got, expected):
                raise DatasetError(f"offsets select {got[:40]!r}, the annotation says "
                                   f"{expected[:40]!r}", path=shown, line=number, field=tid)
            spans[tid] = (label, pieces)
        elif line.startswith("E"):
            eid, _, args = line.partition("\t")
            roles: dict[str, str] = {}
            for i, arg in enumerate(args.split()):
                role, _, target = arg.partition(":")
                roles["type" if i == 0 else role] = target if i else role
            events.append((number, eid, roles))

    attributions = []
    for number, eid, roles in events:
        if not roles.get("type", "").startswith("Attribution"):
            continue
        parts: dict[str, list[CharSpan]] = {}
        for part in PARTS:
            tid = roles.get(part)
            if tid is None:
                continue
            if tid not in spans:
                raise DatasetError(f"{part} names {tid}, which is not defined", path=shown,
                                   line=number, field=eid)
            parts[part] = spans[tid][1]
        if not parts.get("Content"):
            continue
        attributions.append(GoldAttribution(
            id=f"{doc_id or text_path.stem}:{eid}",
            content=parts["Content"],
            sources=parts.get("Source", []),
            cues=parts.get("Cue", []),
        ))
    attributions.sort(key=lambda a: (a.content_start, a.id))
    return GoldDoc(id=doc_id or text_path.stem, text=text, attributions=attributions)


def find_brat_pairs(folder: str | Path) -> list[tuple[str, Path, Path]]:
    """(document id, text file, annotation file) for every annotated document of a folder."""
    root = Path(folder)
    if not root.is_dir():
        raise DatasetError("not a folder", path=str(root))
    pairs: dict[str, tuple[Path, Path]] = {}
    text_dir = root / "text" if (root / "text").is_dir() else root
    ann_dir = root / "attributions" if (root / "attributions").is_dir() else root
    for ann in sorted(ann_dir.glob("*.ann")):
        stem = ann.stem
        for candidate in (stem, _ANNOTATOR.sub("", stem)):
            txt = text_dir / f"{candidate}.txt"
            if txt.is_file():
                pairs.setdefault(candidate, (txt, ann))
                break
        else:
            raise DatasetError("no text file for this annotation file", path=str(ann))
    if not pairs:
        raise DatasetError("no brat annotation files (*.ann) found", path=str(root))
    return [(doc_id, txt, ann) for doc_id, (txt, ann) in sorted(pairs.items())]


def load_brat(folder: str | Path) -> list[GoldDoc]:
    """Gold documents of a brat standoff attribution corpus folder."""
    return [read_brat(txt, ann, doc_id) for doc_id, txt, ann in find_brat_pairs(folder)]
