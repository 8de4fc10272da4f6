"""Loading and validating evidence records (YAML or JSON, one incident per file).

Every problem is reported as ``file:line: field: message``, with the line of the
offending key or value and the field as a dotted path such as
``evidence[1].findings[0].refutes[0]``.  All problems in all files are collected
before anything is raised, so one run of ``claimcheck validate`` shows them all.

Checked: file size, UTF-8 (a byte-order mark is honoured), YAML or JSON syntax,
empty files, duplicate keys, non-text keys, unsupported YAML tags, alias expansion
(a document whose aliases would expand past :data:`MAX_EXPANDED_NODES` extra nodes is
refused), types, missing and unknown fields (via :class:`claimcheck.models.EvidenceFile`),
unknown categories (when the taxonomy's names are given), a finding that both supports
and refutes one category, and duplicate evidence or incident ids across files.

YAML is read with PyYAML's safe loader, node by node, so every value keeps its line.
JSON is read with :mod:`json` (its own semantics: escapes, duplicate keys) and the
same text is composed as YAML only to find lines when there is something to report.
"""

from __future__ import annotations

import codecs
import difflib
import json
import os
import typing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, overload

import yaml
from pydantic import BaseModel, ValidationError

from claimcheck.articles import _posix, iter_files, read_limited
from claimcheck.errors import EvidenceError, EvidenceErrors
from claimcheck.models import EvidenceFile, EvidenceRecord, EvidenceSet, IncidentInfo

EVIDENCE_SUFFIXES: tuple[str, ...] = (".yaml", ".yml", ".json")
#: A dataset's expected verdicts live beside its evidence; they are not evidence.
NOT_EVIDENCE: tuple[str, ...] = ("expected.yaml", "expected.yml", "expected.json")
#: Largest evidence file read, in bytes (decimal: 5 MB).
DEFAULT_MAX_EVIDENCE_BYTES = 5_000_000
#: How many nodes YAML aliases may add to a document when expanded.
MAX_EXPANDED_NODES = 100_000
RELATIONS: tuple[str, ...] = ("supports", "refutes", "disputes", "weakens")

Loc = tuple[str | int, ...]


# --------------------------------------------------------------------------- public API


@overload
def load_evidence(
    paths: Sequence[Path | str] | Path | str,
    *,
    categories: set[str] | frozenset[str] | None = None,
    keep_going: Literal[False] = False,
) -> EvidenceSet: ...


@overload
def load_evidence(
    paths: Sequence[Path | str] | Path | str,
    *,
    categories: set[str] | frozenset[str] | None = None,
    keep_going: Literal[True],
) -> tuple[EvidenceSet, list[EvidenceError]]: ...


def load_evidence(
    paths: Sequence[Path | str] | Path | str,
    *,
    categories: set[str] | frozenset[str] | None = None,
    keep_going: bool = False,
) -> EvidenceSet | tuple[EvidenceSet, list[EvidenceError]]:
    """Load every evidence file under ``paths`` (files, or folders walked recursively).

    By default any problem raises :class:`EvidenceErrors` listing all of them.  With
    ``keep_going=True`` the result is ``(evidence_set, errors)``: the set keeps what is
    valid (a file whose incident is invalid is dropped; an invalid evidence record, or
    a later duplicate, is dropped from its file) and ``errors`` says what was left out.
    """
    evidence, errors = read_evidence(paths, categories=categories)
    if keep_going:
        return evidence, errors
    if errors:
        raise EvidenceErrors(errors)
    return evidence


def validate_evidence(
    paths: Sequence[Path | str] | Path | str,
    categories: set[str] | frozenset[str] | None = None,
) -> list[EvidenceError]:
    """Every problem in the evidence files under ``paths`` (empty when all is well)."""
    return read_evidence(paths, categories=categories)[1]


def read_evidence(
    paths: Sequence[Path | str] | Path | str,
    *,
    categories: set[str] | frozenset[str] | None = None,
    max_bytes: int = DEFAULT_MAX_EVIDENCE_BYTES,
) -> tuple[EvidenceSet, list[EvidenceError]]:
    """The valid part of the evidence under ``paths`` and every problem found, in file order."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    errors: list[_Problem] = []
    loaded: list[_File] = []
    order = 0
    seen: set[str] = set()
    for given in paths:
        found_any = False
        for item in iter_files([given], EVIDENCE_SUFFIXES, skip_names=NOT_EVIDENCE):
            order += 1
            found_any = True
            if not isinstance(item, Path):
                errors.append(_Problem(order, item.path, None, None, item.reason))
                continue
            real = os.path.realpath(item)
            if real in seen:  # named twice, or reached through a link: load once
                continue
            seen.add(real)
            parsed = _load_file(item, order, max_bytes, categories)
            errors.extend(parsed.errors)
            if parsed.model is not None:
                loaded.append(parsed)
        if not found_any:
            order += 1
            errors.append(
                _Problem(order, _posix(given), None, None,
                         "no evidence files (.yaml, .yml or .json) in this folder")
            )
    kept = _check_duplicates(loaded, errors)
    errors.sort(key=lambda p: (p.order, p.line or 0))
    evidence = EvidenceSet(files=[f.model for f in kept if f.model], paths=[f.path for f in kept])
    return evidence, [p.to_error() for p in errors]


def iter_evidence_paths(paths: Sequence[Path | str]) -> Iterator[Path]:
    """Evidence files under ``paths`` in the order they are loaded (problems left out)."""
    for item in iter_files(paths, EVIDENCE_SUFFIXES, skip_names=NOT_EVIDENCE):
        if isinstance(item, Path):
            yield item


# --------------------------------------------------------------------------- internals


@dataclass
class _Problem:
    order: int  # the file's position, to keep errors in file order
    path: str
    line: int | None
    field: str | None
    message: str

    def to_error(self) -> EvidenceError:
        return EvidenceError(self.message, path=self.path, line=self.line, field=self.field or None)


@dataclass
class _File:
    path: str
    order: int
    model: EvidenceFile | None = None
    lines: dict[Loc, int] = field(default_factory=dict)
    # index in the file as written of each record kept in ``model.evidence``
    record_index: list[int] = field(default_factory=list)
    errors: list[_Problem] = field(default_factory=list)
    json_text: str | None = None  # kept for JSON files, to find lines only when needed

    def problem(self, loc: Loc | None, message: str, *, line: int | None = None) -> None:
        if line is None and loc is not None:
            if self.json_text is not None and not self.lines:
                _json_lines(self.json_text, self)
            line = _line_for(self.lines, loc)
        self.errors.append(_Problem(self.order, self.path, line, dotted(loc) if loc else None, message))


class _Stop(Exception):
    """Parsing could not go on; the problem is already recorded."""


def dotted(loc: Loc) -> str:
    """('evidence', 1, 'findings', 0) -> 'evidence[1].findings[0]'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _line_for(lines: dict[Loc, int], loc: Loc) -> int | None:
    """The line of ``loc``, or of its nearest ancestor that has one (a missing field)."""
    for cut in range(len(loc), -1, -1):
        line = lines.get(loc[:cut])
        if line is not None:
            return line
    return None


def _load_file(path: Path, order: int, max_bytes: int, categories: set[str] | frozenset[str] | None) -> _File:
    f = _File(path=_posix(path), order=order)
    try:
        data = _parse(path, f, max_bytes)
    except _Stop:
        return f
    if not isinstance(data, dict):
        f.problem((), "expected a mapping with 'incident' and 'evidence' at the top level, "
                      f"got {_describe(data)}", line=1)
        return f
    _validate(data, f, categories, parse_problems=[p.field for p in f.errors])
    return f


def _parse(path: Path, f: _File, max_bytes: int) -> Any:
    """The file's data with ``f.lines`` filled in; records problems and raises _Stop."""
    try:
        raw = read_limited(
            path, max_bytes, "split it into one file per incident", "an evidence file", EvidenceError
        )
    except EvidenceError as exc:
        f.problem(None, exc.message)
        raise _Stop from None
    text = _decode(raw, f)
    if not text.strip():
        f.problem(None, "empty file: expected 'incident' and 'evidence'")
        raise _Stop
    if path.suffix.lower() == ".json":
        return _parse_json(text, f)
    return _parse_yaml(text, f)


def _decode(raw: bytes, f: _File) -> str:
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError as exc:
                f.problem(None, f"not valid {codec.upper()} despite its byte-order mark "
                                f"({exc.reason} at byte {exc.start})")
                raise _Stop from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        f.problem(None, f"not valid UTF-8: byte 0x{raw[exc.start]:02X} at offset {exc.start} "
                        "(save the file as UTF-8)", line=line)
        raise _Stop from None


# --------------------------------------------------------------------------- YAML


def _compose(text: str, f: _File | None) -> yaml.Node | None:
    """The single YAML document of ``text`` as nodes; problems recorded in ``f`` (or raised)."""
    loader: yaml.SafeLoader | None = None
    try:
        loader = yaml.SafeLoader(text)  # checks the characters of the whole text
        return loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        if f is None:
            raise
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        if exc.context and exc.problem and exc.context.startswith("while "):
            ctx = exc.context_mark
            started = (f" that starts on line {ctx.line + 1}"
                       if ctx is not None and mark is not None and ctx.line != mark.line else "")
            problem = f"{problem} ({exc.context}{started})"
        elif exc.context and exc.problem:
            problem = f"{exc.context}, {problem}"
        f.problem(None, f"YAML syntax error: {problem}", line=mark.line + 1 if mark else None)
    except yaml.reader.ReaderError as exc:
        if f is None:
            raise
        line = text.count("\n", 0, exc.position) + 1
        f.problem(None, f"YAML syntax error: character U+{exc.character:04X} is not allowed", line=line)
    except yaml.YAMLError as exc:
        if f is None:
            raise
        f.problem(None, f"YAML syntax error: {exc}")
    except RecursionError:
        if f is None:
            raise
        f.problem(None, "nesting too deep")
    finally:
        if loader is not None:
            loader.dispose()
    raise _Stop


def _check_expansion(root: yaml.Node, f: _File) -> None:
    """Refuse documents whose aliases expand to many more nodes than they hold."""
    physical: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in physical:
            continue
        physical.add(id(node))
        stack.extend(_children(node))
    limit = len(physical) + MAX_EXPANDED_NODES
    count = 0
    stack = [root]
    while stack:
        node = stack.pop()
        count += 1
        if count > limit:
            f.problem(None, f"YAML aliases expand this document by more than {MAX_EXPANDED_NODES:,} "
                            "nodes (an alias bomb?); refusing to load it", line=root.start_mark.line + 1)
            raise _Stop
        stack.extend(_children(node))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _parse_yaml(text: str, f: _File) -> Any:
    root = _compose(text, f)
    if root is None:
        f.problem(None, "empty file: expected 'incident' and 'evidence' (only comments found)")
        raise _Stop
    _check_expansion(root, f)
    builder = _Builder(f)
    try:
        return builder.build(root, ())
    except RecursionError:
        f.problem(None, "nesting too deep")
        raise _Stop from None


_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"


class _Builder:
    """Builds Python data from YAML nodes, recording the line of every value."""

    def __init__(self, f: _File) -> None:
        self.f = f
        self.constructor = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, loc: Loc) -> Any:
        self.f.lines.setdefault(loc, node.start_mark.line + 1)
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, loc)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ_TAG:
                self.f.problem(loc, f"unsupported YAML tag {node.tag!r}", line=node.start_mark.line + 1)
                return None
            return [self.build(item, (*loc, i)) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            if node.tag != _MAP_TAG:
                self.f.problem(loc, f"unsupported YAML tag {node.tag!r}", line=node.start_mark.line + 1)
                return None
            return self.mapping(node, loc)
        self.f.problem(loc, "unsupported YAML node")
        return None

    def scalar(self, node: yaml.ScalarNode, loc: Loc) -> Any:
        try:
            value = self.constructor.construct_object(node)
        except yaml.constructor.ConstructorError as exc:
            self.f.problem(loc, f"unsupported YAML value: {exc.problem}", line=node.start_mark.line + 1)
            return None
        except (ValueError, OverflowError, TypeError) as exc:
            self.f.problem(loc, f"invalid value {node.value!r}: {exc}", line=node.start_mark.line + 1)
            return None
        if isinstance(value, str) and not _encodable(value):
            self.f.problem(loc, "text contains an invalid character (a lone surrogate escape)",
                           line=node.start_mark.line + 1)
            return None
        return value

    def mapping(self, node: yaml.MappingNode, loc: Loc) -> dict[str, Any]:
        try:
            self.constructor.flatten_mapping(node)  # merge keys ("<<")
        except yaml.constructor.ConstructorError as exc:
            mark = exc.problem_mark
            self.f.problem(loc, f"invalid merge: {exc.problem}", line=mark.line + 1 if mark else None)
            return {}
        out: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if isinstance(key_node, yaml.ScalarNode):
                key = self.scalar(key_node, loc)
            else:
                key = [] if isinstance(key_node, yaml.SequenceNode) else {}
            if not isinstance(key, str):
                hint = (" (YAML reads yes/no/on/off/true/false as booleans: quote it)"
                        if isinstance(key, bool) else "")
                self.f.problem(loc, f"key {_describe(key)} is not text{hint}", line=key_line)
                continue
            if key in first_line:
                self.f.problem((*loc, key), f"duplicate key {key!r} (first on line {first_line[key]})",
                               line=key_line)
                continue
            first_line[key] = key_line
            self.f.lines[(*loc, key)] = key_line
            out[key] = self.build(value_node, (*loc, key))
        return out


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# --------------------------------------------------------------------------- JSON


#: Past this size the YAML pass that finds lines in JSON would take too long; no lines then.
_JSON_LINES_MAX_CHARS = 1_000_000


def _parse_json(text: str, f: _File) -> Any:
    f.json_text = text
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:  # the first one counts, as in YAML files
                duplicates.append(key)
                continue
            out[key] = value
        return out

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as exc:
        f.problem(None, f"JSON syntax error: {exc.msg} (column {exc.colno})", line=exc.lineno)
        raise _Stop from None
    except RecursionError:
        f.problem(None, "nesting too deep")
        raise _Stop from None
    bad_text: list[Loc] = []
    _walk_strings(data, (), bad_text)
    if duplicates:
        found = _json_lines(text, f)
        if found:
            for loc, key, line, first in found:
                f.problem((*loc, key), f"duplicate key {key!r} (first on line {first})", line=line)
        else:
            for key in duplicates:
                f.problem(None, f"duplicate key {key!r}")
    for loc in bad_text:
        f.problem(loc, "text contains an invalid character (a lone surrogate escape)")
    if bad_text:
        raise _Stop
    return data


def _walk_strings(data: Any, loc: Loc, bad: list[Loc]) -> None:
    stack: list[tuple[Any, Loc]] = [(data, loc)]
    while stack:
        value, where = stack.pop()
        if isinstance(value, str):
            if not _encodable(value):
                bad.append(where)
        elif isinstance(value, dict):
            for k, v in value.items():
                if not _encodable(k):
                    bad.append(where)
                stack.append((v, (*where, k)))
        elif isinstance(value, list):
            stack.extend((v, (*where, i)) for i, v in enumerate(value))


def _json_lines(text: str, f: _File) -> list[tuple[Loc, str, int, int]]:
    """Fill ``f.lines`` for JSON text by composing it as YAML (tabs made spaces).

    Returns the duplicate keys seen: (mapping loc, key, line, line of the first).
    """
    duplicates: list[tuple[Loc, str, int, int]] = []
    f.json_text = None  # one attempt per file
    if len(text) > _JSON_LINES_MAX_CHARS:
        return duplicates
    try:
        root = _compose(text.replace("\t", " "), None)
    except (yaml.YAMLError, RecursionError, _Stop):
        return duplicates
    if root is None:
        return duplicates
    stack: list[tuple[yaml.Node, Loc]] = [(root, ())]
    while stack:
        node, loc = stack.pop()
        f.lines.setdefault(loc, node.start_mark.line + 1)
        if isinstance(node, yaml.SequenceNode):
            stack.extend((item, (*loc, i)) for i, item in enumerate(node.value))
        elif isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    key, line = key_node.value, key_node.start_mark.line + 1
                    if key in seen:
                        duplicates.append((loc, key, line, seen[key]))
                        continue
                    seen[key] = line
                    key_loc = (*loc, key)
                    f.lines.setdefault(key_loc, line)
                    stack.append((value_node, key_loc))
    duplicates.sort(key=lambda d: d[2])
    return duplicates


# --------------------------------------------------------------------------- validation


def _validate(
    data: dict[str, Any],
    f: _File,
    categories: set[str] | frozenset[str] | None,
    parse_problems: Sequence[str | None] = (),
) -> None:
    """Validate one file's data; keep in ``f.model`` what is valid.

    A problem inside ``evidence[i]`` drops that record; any other problem (including
    one found while parsing, such as a duplicate key) drops the whole file.
    """
    bad_records: set[int] = set()
    file_level = False
    for where in parse_problems:
        index = _record_of(where)
        if index is None:
            file_level = True
        else:
            bad_records.add(index)
    try:
        model = EvidenceFile.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            loc = tuple(err["loc"])
            f.problem(loc, _message(err, loc))
            if len(loc) >= 2 and loc[0] == "evidence" and isinstance(loc[1], int):
                bad_records.add(loc[1])
            else:
                file_level = True
        model = None
    bad_records |= _check_categories(data, f, categories)
    if file_level:
        return
    if model is None or bad_records:
        records = data.get("evidence") or []
        keep = [i for i in range(len(records)) if i not in bad_records]
        try:
            model = EvidenceFile.model_validate({**data, "evidence": [records[i] for i in keep]})
        except ValidationError:  # cannot happen once the bad records are out; be safe
            return
    else:
        keep = list(range(len(model.evidence)))
    f.model = model
    f.record_index = keep


def _record_of(field: str | None) -> int | None:
    """The record index of a dotted field inside ``evidence[i]``, else None."""
    if not field or not field.startswith("evidence["):
        return None
    digits = field[len("evidence["):].split("]", 1)[0]
    return int(digits) if digits.isdigit() else None


def _check_categories(
    data: dict[str, Any], f: _File, categories: set[str] | frozenset[str] | None
) -> set[int]:
    """Unknown categories, and findings that support and refute one category.

    Works on the raw data, so it reports even in records that fail other checks.
    Returns the indices of the records with a problem.
    """
    bad: set[int] = set()
    known = sorted(categories) if categories is not None else []
    records = data.get("evidence")
    if not isinstance(records, list):
        return bad
    for rec_i, record in enumerate(records):
        findings = record.get("findings") if isinstance(record, dict) else None
        if not isinstance(findings, list):
            continue
        for find_i, finding in enumerate(findings):
            if not isinstance(finding, dict):
                continue
            base: Loc = ("evidence", rec_i, "findings", find_i)
            named: dict[str, list[str]] = {}
            for relation in RELATIONS:
                values = finding.get(relation)
                if not isinstance(values, list):
                    continue
                named[relation] = [v for v in values if isinstance(v, str)]
                if categories is None:
                    continue
                for cat_i, cat in enumerate(values):
                    if isinstance(cat, str) and cat not in categories:
                        close = difflib.get_close_matches(cat, known, n=1, cutoff=0.6)
                        hint = f"; did you mean {close[0]!r}?" if close else ""
                        f.problem((*base, relation, cat_i), f"unknown category {cat!r}{hint}")
                        bad.add(rec_i)
            refuted = named.get("refutes", [])
            for cat in sorted(set(named.get("supports", [])) & set(refuted)):
                f.problem((*base, "refutes", refuted.index(cat)),
                          f"category {cat!r} is both supported and refuted by this finding")
                bad.add(rec_i)
    return bad


def _check_duplicates(files: list[_File], errors: list[_Problem]) -> list[_File]:
    """Drop later duplicates of incident and evidence ids; report each with the first's place."""
    kept: list[_File] = []
    incidents: dict[str, str] = {}
    records: dict[str, str] = {}
    for f in files:
        assert f.model is not None
        inc_id = f.model.incident.id
        where = f"{f.path}:{_line_for(f.lines, ('incident', 'id')) or 1}"
        dropped = inc_id in incidents
        if dropped:
            f.problem(("incident", "id"), f"duplicate incident id {inc_id!r} (first in {incidents[inc_id]})")
            errors.extend(f.errors[-1:])
        else:
            incidents[inc_id] = where
        keep_records: list[EvidenceRecord] = []
        keep_index: list[int] = []
        for i, record in zip(f.record_index, f.model.evidence):
            loc: Loc = ("evidence", i, "id")
            here = f"{f.path}:{_line_for(f.lines, loc) or 1}"
            if record.id in records:
                f.problem(loc, f"duplicate evidence id {record.id!r} (first in {records[record.id]})")
                errors.extend(f.errors[-1:])
                continue
            if not dropped:
                records[record.id] = here
            keep_records.append(record)
            keep_index.append(i)
        if dropped:
            continue
        if len(keep_records) != len(f.model.evidence):
            f.model = f.model.model_copy(update={"evidence": keep_records})
            f.record_index = keep_index
        kept.append(f)
    return kept


# --------------------------------------------------------------------------- messages


def _model_at(loc: Loc) -> type[BaseModel] | None:
    """The model whose fields live at ``loc`` (e.g. ('evidence', 0) -> EvidenceRecord)."""
    model: type[BaseModel] = EvidenceFile
    for part in loc:
        if isinstance(part, int):
            continue
        info = model.model_fields.get(part)
        if info is None:
            return None
        inner = _inner_model(info.annotation)
        if inner is None:
            return None
        model = inner
    return model


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value!r}"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return repr(shown)
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    name = type(value).__name__
    article = "an" if name[:1] in "aeiou" else "a"
    return f"{article} {name} ({value})"


_TYPE_NAMES = {
    "string_type": "text",
    "list_type": "a list",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
    "dict_type": "a mapping",
    "date_type": "a date (YYYY-MM-DD)",
    "date_parsing": "a date (YYYY-MM-DD)",
    "date_from_datetime_parsing": "a date (YYYY-MM-DD)",
    "date_from_datetime_inexact": "a date without a time of day",
}


def _message(err: Any, loc: Loc) -> str:
    kind = err.get("type", "")
    value = err.get("input")
    name = loc[-1] if loc else ""
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        model = _model_at(loc[:-1])
        allowed = list(model.model_fields) if model else []
        close = difflib.get_close_matches(str(name), allowed, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return f"unknown field{hint} (allowed: {', '.join(allowed)})" if allowed else "unknown field"
    if kind == "string_pattern_mismatch" and name == "id":
        owner = _model_at(loc[:-1])
        if owner is IncidentInfo:
            return ("must be a slug: lowercase letters, digits, '.', '_' or '-', starting with a "
                    f"letter or digit; got {_describe(value)}")
        return ("must be letters, digits, '.', '_' or '-', starting with a letter or digit; "
                f"got {_describe(value)}")
    if kind == "literal_error":
        expected = (err.get("ctx") or {}).get("expected")
        if expected:
            return f"expected one of {expected}; got {_describe(value)}"
        return f"{err['msg']}; got {_describe(value)}"
    if kind == "too_short":
        return "must not be empty" if isinstance(value, str) else "must have at least one item"
    if kind in _TYPE_NAMES:
        hint = ""
        if isinstance(value, bool):
            hint = " (YAML reads yes/no/on/off/true/false as booleans: quote the text)"
        elif kind == "string_type" and value is not None and not isinstance(value, (list, dict)):
            hint = " (put it in quotes)"
        return f"expected {_TYPE_NAMES[kind]}, got {_describe(value)}{hint}"
    return f"{err.get('msg', 'invalid value')}; got {_describe(value)}"


__all__ = [
    "DEFAULT_MAX_EVIDENCE_BYTES",
    "EVIDENCE_SUFFIXES",
    "MAX_EXPANDED_NODES",
    "NOT_EVIDENCE",
    "RELATIONS",
    "dotted",
    "iter_evidence_paths",
    "load_evidence",
    "read_evidence",
    "validate_evidence",
]
