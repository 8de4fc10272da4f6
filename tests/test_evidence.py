"""Evidence loading: one broken fixture per error path, each with its exact message."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.errors import EvidenceError, EvidenceErrors
from claimcheck.evidence import (
    DEFAULT_MAX_EVIDENCE_BYTES,
    MAX_EXPANDED_NODES,
    dotted,
    load_evidence,
    read_evidence,
    validate_evidence,
)
from claimcheck.models import EvidenceSet

HOSTILE = Path(__file__).parent / "data" / "hostile" / "evidence"
SEED_EVIDENCE = Path(__file__).parent.parent / "data" / "evidence"
CATEGORIES = {"vehicle_as_weapon", "brandished_weapon", "armed", "resisted_arrest"}

GOOD = """\
incident:
  id: alex-pretti-2026-01
  title: Fatal shooting of Alex Pretti by federal agents
  subjects: [Alex Pretti]
  aliases: [Mr. Pretti, Pretti]
  date: 2026-01-24
  place: Minneapolis, Minnesota
evidence:
  - id: cbp-opr-pretti-review
    kind: watchdog_finding
    source: CBP internal watchdog office
    title: Preliminary review of the shooting
    date: 2026-02-01
    url: https://example.com/review
    findings:
      - text: Shot by federal officers after resisting arrest.
        supports: [resisted_arrest]
      - text: Did not indicate that he brandished a weapon during the encounter.
        refutes: [brandished_weapon]
"""


def _h(name: str) -> str:
    return (HOSTILE / name).as_posix()


def _messages(paths, categories=CATEGORIES) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(e) for e in validate_evidence(paths, categories)]


def _write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the good case


def test_a_valid_file_loads(tmp_path: Path) -> None:
    path = _write(tmp_path, "pretti.yaml", GOOD)
    evidence = load_evidence(path, categories=CATEGORIES)
    assert isinstance(evidence, EvidenceSet)
    assert evidence.paths == [path.as_posix()]
    (file,) = evidence.files
    assert file.incident.id == "alex-pretti-2026-01"
    assert str(file.incident.date) == "2026-01-24"
    assert file.evidence[0].findings[1].refutes == ["brandished_weapon"]


def test_the_same_data_as_json_loads(tmp_path: Path) -> None:
    data = {
        "incident": {"id": "x-1", "title": "T", "subjects": ["A"], "date": "2026-01-24"},
        "evidence": [{"id": "r1", "kind": "bodycam", "source": "S", "findings": [{"text": "t", "supports": ["armed"]}]}],
    }
    path = _write(tmp_path, "x.json", json.dumps(data, indent="\t"))
    (file,) = load_evidence(path, categories=CATEGORIES).files
    assert str(file.incident.date) == "2026-01-24"
    assert file.evidence[0].findings[0].supports == ["armed"]


def test_seed_evidence_loads_without_errors() -> None:
    if not SEED_EVIDENCE.is_dir() or not any(SEED_EVIDENCE.glob("*.yaml")):
        pytest.skip("no seed evidence files")
    try:
        from claimcheck.taxonomy import load_taxonomy

        categories = set(load_taxonomy().names)
    except ImportError:  # the taxonomy module is optional for this check
        categories = None
    assert validate_evidence(SEED_EVIDENCE, categories) == []
    evidence = load_evidence(SEED_EVIDENCE, categories=categories)
    assert len(evidence.files) == len(list(SEED_EVIDENCE.glob("*.yaml")))


# --------------------------------------------------------------------------- the broken fixtures

CASES = [
    ("syntax-error.yaml", [
        "syntax-error.yaml:12: YAML syntax error: expected ',' or ']', but got '<stream end>' "
        "(while parsing a flow sequence that starts on line 11)",
    ]),
    ("wrong-types.yaml", [
        "wrong-types.yaml:3: incident.title: expected text, got the number 42 (put it in quotes)",
        "wrong-types.yaml:4: incident.subjects: expected a list, got 'Someone Alone'",
        "wrong-types.yaml:8: evidence[0].source: expected text, got the boolean true "
        "(YAML reads yes/no/on/off/true/false as booleans: quote the text)",
        "wrong-types.yaml:9: evidence[0].date: expected a date (YYYY-MM-DD), got 'not a date'",
    ]),
    ("unknown-field.yaml", [
        "unknown-field.yaml:5: incident.victim: unknown field "
        "(allowed: id, title, subjects, aliases, date, place)",
        "unknown-field.yaml:7: evidence[0].findings: required field is missing",
        "unknown-field.yaml:10: evidence[0].finding: unknown field; did you mean 'findings'? "
        "(allowed: id, kind, source, title, date, url, cited_in, findings)",
    ]),
    ("unknown-category.yaml", [
        "unknown-category.yaml:11: evidence[0].findings[0].refutes[1]: unknown category "
        "'brandishing'; did you mean 'brandished_weapon'?",
    ]),
    ("alias-bomb.yaml", [
        "alias-bomb.yaml:1: YAML aliases expand this document by more than 100,000 nodes "
        "(an alias bomb?); refusing to load it",
    ]),
    ("empty.yaml", ["empty.yaml: empty file: expected 'incident' and 'evidence'"]),
    ("comments-only.yaml", [
        "comments-only.yaml: empty file: expected 'incident' and 'evidence' (only comments found)",
    ]),
    ("not-utf8.yaml", ["not-utf8.yaml:3: not valid UTF-8: byte 0xE9 at offset 34 (save the file as UTF-8)"]),
    ("top-level-list.yaml", [
        "top-level-list.yaml:1: expected a mapping with 'incident' and 'evidence' at the top level, got a list",
    ]),
    ("bad-values.yaml", [
        "bad-values.yaml:5: incident.date: invalid value '2026-13-45': month must be in 1..12",
        "bad-values.yaml:10: evidence[0].source: duplicate key 'source' (first on line 9)",
        "bad-values.yaml:14: evidence[0].findings[0].refutes[0]: category 'armed' is both "
        "supported and refuted by this finding",
    ]),
    ("broken.json", [
        "broken.json:4: JSON syntax error: Expecting property name enclosed in double quotes (column 16)",
    ]),
    ("wrong-types.json", [
        "wrong-types.json:6: incident.extra: unknown field (allowed: id, title, subjects, aliases, date, place)",
        "wrong-types.json:13: evidence[0].findings[0].supports: expected a list, got 'armed'",
    ]),
]


@pytest.mark.parametrize(("name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_broken_fixture(name: str, expected: list[str]) -> None:
    assert _messages(HOSTILE / name) == [f"{HOSTILE.as_posix()}/{line}" for line in expected]


def test_duplicate_ids_across_two_files() -> None:
    a, b = _h("duplicates/a.yaml"), _h("duplicates/b.yaml")
    assert _messages(HOSTILE / "duplicates") == [
        f"{b}:2: incident.id: duplicate incident id 'same-incident' (first in {a}:2)",
        f"{b}:11: evidence[1].id: duplicate evidence id 'shared-record' (first in {a}:6)",
    ]


def test_every_error_in_every_file_is_collected() -> None:
    with pytest.raises(EvidenceErrors) as info:
        load_evidence(HOSTILE, categories=CATEGORIES)
    errors = info.value.errors
    assert all(isinstance(e, EvidenceError) for e in errors)
    expected = sum(len(lines) for _, lines in CASES) + 2  # + the two duplicates
    assert len(errors) == expected
    # In file order (sorted paths), lines ascending within a file.
    files = [e.path for e in errors]
    assert files == sorted(files, key=lambda p: sorted(set(files)).index(p))
    assert str(info.value).splitlines()[0] == f"{_h('alias-bomb.yaml')}:1: YAML aliases expand this " \
        "document by more than 100,000 nodes (an alias bomb?); refusing to load it"


def test_error_fields_are_set() -> None:
    (error,) = validate_evidence(HOSTILE / "unknown-category.yaml", CATEGORIES)
    assert (error.path, error.line, error.field) == (
        _h("unknown-category.yaml"), 11, "evidence[0].findings[0].refutes[1]"
    )
    assert error.message == "unknown category 'brandishing'; did you mean 'brandished_weapon'?"


def test_categories_are_not_checked_without_a_taxonomy() -> None:
    assert validate_evidence(HOSTILE / "unknown-category.yaml", None) == []


# --------------------------------------------------------------------------- keep_going


def test_keep_going_keeps_the_valid_part() -> None:
    evidence, errors = load_evidence(
        [HOSTILE / "unknown-category.yaml", HOSTILE / "duplicates", HOSTILE / "wrong-types.yaml"],
        categories=CATEGORIES,
        keep_going=True,
    )
    # unknown-category.yaml loses record-one (bad category) but keeps record-two;
    # duplicates/b.yaml repeats an incident id and is dropped; wrong-types.yaml has a
    # bad incident and is dropped.
    assert evidence.paths == [_h("unknown-category.yaml"), _h("duplicates/a.yaml")]
    assert [[r.id for r in f.evidence] for f in evidence.files] == [["record-two"], ["shared-record"]]
    assert len(errors) == 1 + 2 + 4


def test_keep_going_drops_a_record_with_a_duplicate_key(tmp_path: Path) -> None:
    text = GOOD + """\
  - id: second
    kind: bodycam
    kind: court_record
    source: Court
    findings:
      - text: x
"""
    path = _write(tmp_path, "dup.yaml", text)
    evidence, errors = load_evidence(path, keep_going=True)
    assert [str(e) for e in errors] == [
        f"{path.as_posix()}:22: evidence[1].kind: duplicate key 'kind' (first on line 21)"
    ]
    assert [r.id for r in evidence.files[0].evidence] == ["cbp-opr-pretti-review"]


def test_keep_going_without_errors_returns_an_empty_list(tmp_path: Path) -> None:
    path = _write(tmp_path, "ok.yaml", GOOD)
    evidence, errors = load_evidence(path, keep_going=True)
    assert errors == [] and len(evidence.files) == 1


# --------------------------------------------------------------------------- more hostile input


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("incident: !!python/object:os.system {}\n",
         "1: incident: unsupported YAML tag 'tag:yaml.org,2002:python/object:os.system'"),
        ("incident: !!python/name:os.system\n",
         "1: incident: unsupported YAML value: could not determine a constructor for the tag "
         "'tag:yaml.org,2002:python/name:os.system'"),
        ("? [a, b]\n: c\n", "1: key a list is not text"),
        ("yes: 1\n", "1: key the boolean true is not text (YAML reads yes/no/on/off/true/false as booleans: quote it)"),
        ("a: 1\n---\nb: 2\n", "2: YAML syntax error: expected a single document in the stream, "
                             "but found another document"),
        ("a: b: c\n", "1: YAML syntax error: mapping values are not allowed here"),
        ("a: \x07\n", "1: YAML syntax error: character U+0007 is not allowed"),
        ("a: *missing\n", "1: YAML syntax error: found undefined alias 'missing'"),
        ("a: \"\\ud800\"\n", "1: a: text contains an invalid character (a lone surrogate escape)"),
        ("<<: *x\n", "1: YAML syntax error: found undefined alias 'x'"),
    ],
)
def test_hostile_yaml(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, "e.yaml", text)
    messages = _messages(path)
    assert messages[0] == f"{path.as_posix()}:{message}"


def test_a_recursive_alias_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "loop.yaml", "incident: &a [*a]\n")
    assert _messages(path) == [
        f"{path.as_posix()}:1: YAML aliases expand this document by more than 100,000 nodes "
        "(an alias bomb?); refusing to load it"
    ]


def test_modest_aliases_are_fine(tmp_path: Path) -> None:
    text = GOOD.replace("  aliases: [Mr. Pretti, Pretti]", "  aliases: &names [Mr. Pretti, Pretti]")
    text += "x-unused: *names\n"
    path = _write(tmp_path, "a.yaml", text)
    assert _messages(path) == [
        f"{path.as_posix()}:20: x-unused: unknown field (allowed: incident, evidence)"
    ]


def test_deep_nesting_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = _write(tmp_path, "deep.yaml", "a: " + "[" * 50_000 + "]" * 50_000 + "\n")
    assert _messages(path) == [f"{path.as_posix()}: nesting too deep"]
    path = _write(tmp_path, "deep.json", "[" * 50_000 + "]" * 50_000)
    assert _messages(path) == [f"{path.as_posix()}: nesting too deep"]


def test_json_duplicate_keys_and_surrogates(tmp_path: Path) -> None:
    path = _write(tmp_path, "d.json", '{\n  "incident": {"id": "a", "id": "b"},\n  "evidence": ["\\udc00"]\n}\n')
    assert _messages(path) == [
        f"{path.as_posix()}:2: incident.id: duplicate key 'id' (first on line 2)",
        f"{path.as_posix()}:3: evidence[0]: text contains an invalid character (a lone surrogate escape)",
    ]


def test_over_size_file(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with open(path, "wb") as handle:
        handle.truncate(DEFAULT_MAX_EVIDENCE_BYTES + 1)
    assert _messages(path) == [
        f"{path.as_posix()}: file is 5 MB, over the 5 MB limit for an evidence file; "
        "split it into one file per incident"
    ]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck import articles

    good = _write(tmp_path, "a.yaml", GOOD)
    locked = _write(tmp_path, "b.yaml", GOOD.replace("alex-pretti-2026-01", "other"))
    real_open = os.open

    def deny(path, flags, *args):  # type: ignore[no-untyped-def]
        if Path(path).name == "b.yaml":
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(articles.os, "open", deny)
    evidence, errors = load_evidence(tmp_path, keep_going=True)
    assert [str(e) for e in errors] == [f"{locked.as_posix()}: cannot read: permission denied"]
    assert evidence.paths == [good.as_posix()]


def test_utf8_bom_and_utf16_are_read(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.yaml", b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    b = _write(tmp_path, "b.yaml", GOOD.replace("alex-pretti-2026-01", "b").replace("cbp-opr", "b").encode("utf-16"))
    evidence = load_evidence([a, b])
    assert [f.incident.id for f in evidence.files] == ["alex-pretti-2026-01", "b"]


def test_missing_paths_and_empty_folders(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    _write(tmp_path, "notes/readme.txt", "not evidence")
    _write(tmp_path, "notes/expected.yaml", "a: b\n")  # a dataset's expectations, not evidence
    assert _messages([tmp_path / "missing", tmp_path / "empty", tmp_path / "notes"]) == [
        f"{(tmp_path / 'missing').as_posix()}: no such file or folder",
        f"{(tmp_path / 'empty').as_posix()}: no evidence files (.yaml, .yml or .json) in this folder",
        f"{(tmp_path / 'notes').as_posix()}: no evidence files (.yaml, .yml or .json) in this folder",
    ]


def test_a_file_named_twice_is_loaded_once(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.yaml", GOOD)
    evidence = load_evidence([tmp_path, path])
    assert evidence.paths == [path.as_posix()]


def test_folders_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    names = ["b.yml", "a/z.json", "a/y.yaml", "c.yaml"]
    for i, name in enumerate(names):
        body = GOOD.replace("alex-pretti-2026-01", f"inc-{i}").replace("cbp-opr-pretti-review", f"r{i}")
        if name.endswith(".json"):
            import yaml

            body = json.dumps(yaml.safe_load(body), default=str)
        _write(tmp_path, name, body)
    evidence = load_evidence(tmp_path)
    assert [Path(p).relative_to(tmp_path).as_posix() for p in evidence.paths] == [
        "a/y.yaml", "a/z.json", "b.yml", "c.yaml"
    ]


def test_a_large_valid_file_is_linear(tmp_path: Path) -> None:
    records = "".join(
        f"  - id: r{i}\n    kind: bodycam\n    source: s\n    findings:\n      - text: finding {i}\n"
        for i in range(3_000)
    )
    path = _write(tmp_path, "big.yaml", GOOD + records)
    started = time.perf_counter()
    evidence = load_evidence(path)
    assert time.perf_counter() - started < 30
    assert len(evidence.files[0].evidence) == 3_001


@pytest.mark.parametrize(
    ("loc", "text"),
    [((), ""), (("incident",), "incident"), (("evidence", 1, "findings", 0, "refutes", 2),
                                               "evidence[1].findings[0].refutes[2]")],
)
def test_dotted(loc: tuple, text: str) -> None:
    assert dotted(loc) == text


def test_max_expanded_nodes_is_bounded() -> None:
    assert MAX_EXPANDED_NODES == 100_000


# --------------------------------------------------------------------------- properties


@pytest.fixture(scope="module")
def scratch() -> Path:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


_YAMLISH = st.lists(
    st.sampled_from([
        "incident:", "evidence:", "\n", "  ", "- ", "id: ", "x", "title: t", "subjects: [a]", "&a ", "*a",
        "<<: ", "[", "]", "{", "}", ",", ":", "'", '"', "#", "!!str ", "2026-01-01", "yes", "\t", "findings:",
        "- text: t", "refutes: [armed]", "kind: bodycam", "source: s", "---", "...", "?",
    ]),
    max_size=60,
).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_YAMLISH, suffix=st.sampled_from([".yaml", ".json"]))
def test_any_text_gives_a_set_or_errors(scratch: Path, text: str, suffix: str) -> None:
    path = scratch / f"e{suffix}"
    path.write_text(text, encoding="utf-8")
    evidence, errors = read_evidence(path, categories=CATEGORIES)
    assert isinstance(evidence, EvidenceSet)
    for error in errors:
        assert isinstance(error, EvidenceError)
        assert "\n" not in str(error)
    if not errors:
        assert len(evidence.files) == 1


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=500))
def test_any_bytes_give_errors_not_exceptions(scratch: Path, data: bytes) -> None:
    path = scratch / "b.yaml"
    path.write_bytes(data)
    _, errors = read_evidence(path)
    assert all(isinstance(e, EvidenceError) for e in errors)
