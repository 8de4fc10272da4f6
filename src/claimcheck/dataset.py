"""A fact-check dataset's expected verdicts (``expected.yaml`` or ``expected.json``).

```yaml
claims:
  - article: 000_662ff0b1730d34a3   # article id = file stem
    contains: "bravely responded to an active shooter situation"
    speaker: Department of Homeland Security   # optional, canonical speaker
    category: active_shooter                    # optional
    verdict: contradicted
    note: free text                              # optional
```

A selector picks one claim of the report: among the claims of ``article`` whose
content contains ``contains`` (case-insensitive, whitespace normalised), or, if
none, whose sentence contains it, keeping those whose canonical speaker matches
``speaker`` when it is given, the one that starts first in the article.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from claimcheck.errors import DatasetError
from claimcheck.models import Claim, Report, Verdict

EXPECTED_NAMES = ("expected.yaml", "expected.yml", "expected.json")
SPEAKER_MATCH = 85  # rapidfuzz WRatio (0-100) between expected and canonical speaker


class ExpectedVerdict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    article: str = Field(min_length=1)
    contains: str = Field(min_length=1)
    speaker: str | None = None
    category: str | None = None
    verdict: Verdict
    note: str | None = None
    # where the entry was read from, for messages (not part of the file format)
    _path: str | None = PrivateAttr(default=None)
    _line: int | None = PrivateAttr(default=None)

    @field_validator("contains")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value

    def selector(self) -> str:
        out = f'{self.article}: "{self.contains}"'
        if self.speaker:
            out += f" ({self.speaker})"
        return out

    def location(self) -> str:
        if self._path and self._line:
            return f"{self._path}:{self._line}"
        return self._path or ""


class ExpectedFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    claims: list[ExpectedVerdict] = Field(default_factory=list)


class VerdictDiff(BaseModel):
    model_config = ConfigDict(extra="forbid")

    selector: str
    expected: Verdict
    actual: Verdict | None  # None: no claim matches the selector
    claim_id: str | None = None
    location: str = ""
    content: str | None = None  # the selected claim's content


# --------------------------------------------------------------------------- loading


def find_expected_file(dataset_dir: str | Path) -> Path:
    root = Path(dataset_dir)
    if not root.is_dir():
        raise DatasetError("not a folder", path=str(root))
    for name in EXPECTED_NAMES:
        if (root / name).is_file():
            return root / name
    raise DatasetError(f"no expected verdicts file ({' or '.join(EXPECTED_NAMES)})", path=str(root))


def yaml_node_at(node: yaml.Node | None, loc: tuple[Any, ...], key_last: bool = True
             ) -> yaml.Node | None:
    """The deepest YAML node along a pydantic error location."""
    for depth, key in enumerate(loc, start=1):
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if getattr(k, "value", None) == key), None)
            if pair is None:  # a missing field: point at the mapping that lacks it
                return node
            # the last step points at the key, where a reader looks for the field
            node = pair[0] if key_last and depth == len(loc) else pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            return node
    return node


def _field_name(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for key in loc:
        if isinstance(key, int):
            parts.append(f"[{key}]")
        else:
            parts.append(("." if parts else "") + str(key))
    return "".join(parts)


def load_expected(dataset_dir: str | Path, check_articles: bool = True) -> list[ExpectedVerdict]:
    """The expected verdicts of a dataset folder, validated.

    Raises :class:`DatasetError` with ``file:line: field: message`` for the first problem.
    With ``check_articles``, every ``article`` must name an article file in the dataset.
    """
    path = find_expected_file(dataset_dir)
    return load_expected_file(path, dataset_dir if check_articles else None)


def load_expected_file(path: str | Path, dataset_dir: str | Path | None = None
                       ) -> list[ExpectedVerdict]:
    path = Path(path)
    shown = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"cannot read: {exc}", path=shown) from exc
    root: yaml.Node | None = None
    try:
        root = yaml.compose(raw, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        if path.suffix != ".json":
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            problem = getattr(exc, "problem", None) or str(exc)
            raise DatasetError(f"invalid YAML: {problem}", path=shown, line=line) from exc
    try:
        data = json.loads(raw) if path.suffix == ".json" else yaml.safe_load(raw)
    except json.JSONDecodeError as exc:
        raise DatasetError(f"invalid JSON: {exc.msg}", path=shown, line=exc.lineno) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise DatasetError("the file must hold a mapping with a 'claims' list", path=shown, line=1)
    try:
        parsed = ExpectedFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        node = yaml_node_at(root, loc)
        line = node.start_mark.line + 1 if node is not None else None
        message = err["msg"]
        if err["type"] == "extra_forbidden":
            message = "unknown field"
        elif err["type"] == "literal_error":
            message = f"{message}, got {err.get('input')!r}"
        raise DatasetError(message, path=shown, line=line, field=_field_name(loc)) from exc
    items = parsed.claims
    claim_nodes = yaml_node_at(root, ("claims",), key_last=False)
    for i, item in enumerate(items):
        item._path = shown
        node = yaml_node_at(claim_nodes, (i,)) if isinstance(claim_nodes, yaml.SequenceNode) else None
        item._line = node.start_mark.line + 1 if node is not None else None
    if dataset_dir is not None:
        known = article_ids(Path(dataset_dir))
        for i, item in enumerate(items):
            if item.article not in known:
                node = yaml_node_at(claim_nodes, (i, "article"))
                line = node.start_mark.line + 1 if node is not None else None
                raise DatasetError(f"no article {item.article!r} in the dataset", path=shown,
                                   line=line, field=f"claims[{i}].article")
    return items


def article_ids(dataset_dir: Path) -> set[str]:
    """Stems of the files in a dataset folder (its articles/ folder if it has one)."""
    folder = dataset_dir / "articles" if (dataset_dir / "articles").is_dir() else dataset_dir
    return {p.stem for p in folder.rglob("*")
            if p.is_file() and p.name not in EXPECTED_NAMES and not p.name.startswith(".")}


# --------------------------------------------------------------------------- comparing


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _quotes(text: str) -> str:
    """Curly quotes and apostrophes as straight ones, so selectors can be typed plainly."""
    return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))


def report_claims(report: Report) -> list[Claim]:
    claims = [c for inc in report.incidents for c in inc.claims]
    claims.extend(report.unassigned_claims)
    return claims


def speaker_matches(expected: str, canonical: str) -> bool:
    return fuzz.WRatio(expected, canonical, processor=default_process) >= SPEAKER_MATCH


def select_claim(claims: list[Claim], expected: ExpectedVerdict) -> Claim | None:
    """The claim an expected entry names, or None."""
    needle = _quotes(_norm(expected.contains))
    mine = [c for c in claims if c.article == expected.article]
    if expected.speaker:
        mine = [c for c in mine if speaker_matches(expected.speaker, c.speaker.canonical)]
    for field in ("content", "sentence"):
        hits = [c for c in mine
                if needle in _quotes(_norm(c.content.text if field == "content" else c.sentence))]
        if hits:
            return min(hits, key=lambda c: (c.content.start, c.id))
    return None


def compare(report: Report, expected: list[ExpectedVerdict]) -> list[VerdictDiff]:
    """Every expected verdict the report does not give (missing claims included)."""
    claims = report_claims(report)
    diffs = []
    for item in expected:
        claim = select_claim(claims, item)
        if claim is not None and claim.verdict == item.verdict:
            continue
        diffs.append(VerdictDiff(
            selector=item.selector(), expected=item.verdict,
            actual=claim.verdict if claim else None, claim_id=claim.id if claim else None,
            location=item.location(), content=claim.content.text if claim else None,
        ))
    return diffs


def format_diffs(diffs: list[VerdictDiff]) -> str:
    lines = []
    for d in diffs:
        where = f"{d.location}: " if d.location else ""
        if d.actual is None:
            lines.append(f"{where}{d.selector}: expected {d.expected}, but no such claim")
        else:
            lines.append(f"{where}{d.selector}: expected {d.expected}, got {d.actual} "
                         f"(claim {d.claim_id})")
    return "\n".join(lines)
