"""The expected-verdicts file of a dataset: loading, error messages, selecting claims, diffs."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimcheck.dataset import compare, format_diffs, load_expected, select_claim
from claimcheck.errors import DatasetError
from claimcheck.models import (
    Claim,
    Cue,
    Generator,
    Incident,
    ModelInfo,
    Report,
    Span,
    Speaker,
    Summary,
)

GOOD = """\
claims:
  - article: a1
    contains: "tried to run the agent over"
    speaker: Kristi Noem
    category: vehicle_as_weapon
    verdict: contradicted
    note: the video shows otherwise
  - article: a2
    contains: "act of   DOMESTIC terrorism"
    verdict: uncheckable
"""


def make_dataset(tmp_path: Path, expected: str, name: str = "expected.yaml",
                 articles: tuple[str, ...] = ("a1", "a2")) -> Path:
    for stem in articles:
        (tmp_path / f"{stem}.txt").write_text("Some text.\n", encoding="utf-8")
    (tmp_path / name).write_text(textwrap.dedent(expected), encoding="utf-8")
    return tmp_path


def test_load_good_file(tmp_path: Path) -> None:
    items = load_expected(make_dataset(tmp_path, GOOD))
    assert [i.article for i in items] == ["a1", "a2"]
    assert items[0].speaker == "Kristi Noem"
    assert items[0].verdict == "contradicted"
    assert items[1].speaker is None and items[1].category is None
    # each entry remembers the line it starts on, for messages
    assert items[0].location().endswith("expected.yaml:2")
    assert items[1].location().endswith("expected.yaml:8")


def test_load_json(tmp_path: Path) -> None:
    text = '{"claims": [{"article": "a1", "contains": "x", "verdict": "supported"}]}'
    items = load_expected(make_dataset(tmp_path, text, name="expected.json"))
    assert items[0].verdict == "supported"


def test_missing_file(tmp_path: Path) -> None:
    (tmp_path / "a1.txt").write_text("x", encoding="utf-8")
    with pytest.raises(DatasetError, match="no expected verdicts file"):
        load_expected(tmp_path)


# One broken file per error path: (file text, line, field, message fragment).
BROKEN = [
    pytest.param("claims:\n  - article: a1\n    contains: x\n    verdict: maybe\n",
                 4, "claims[0].verdict", "Input should be 'contradicted'", id="unknown-verdict"),
    pytest.param("claims:\n  - article: a1\n    contains: x\n",
                 2, "claims[0].verdict", "Field required", id="missing-verdict"),
    pytest.param("claims:\n  - article: a1\n    verdict: supported\n",
                 2, "claims[0].contains", "Field required", id="missing-contains"),
    pytest.param("claims:\n  - article: a1\n    contains: x\n    verdict: supported\n"
                 "  - article: a2\n    contains: y\n    verdict: supported\n    speakr: Noem\n",
                 8, "claims[1].speakr", "unknown field", id="unknown-field"),
    pytest.param("claims:\n  - article: a1\n    contains: '   '\n    verdict: supported\n",
                 3, "claims[0].contains", "must not be blank", id="blank-contains"),
    pytest.param("claims:\n  - article: zz9\n    contains: x\n    verdict: supported\n",
                 2, "claims[0].article", "no article 'zz9' in the dataset", id="unknown-article"),
    pytest.param("claims:\n  - article: a1\n    contains: [x\n    verdict: supported\n",
                 4, None, "invalid YAML", id="bad-yaml"),
    pytest.param("verdicts:\n  - article: a1\n", 1, "verdicts", "unknown field", id="wrong-top-key"),
    pytest.param("- article: a1\n", 1, None, "must hold a mapping", id="top-level-list"),
]


@pytest.mark.parametrize(("text", "line", "field", "message"), BROKEN)
def test_broken_files(tmp_path: Path, text: str, line: int, field: str | None,
                      message: str) -> None:
    root = make_dataset(tmp_path, text)
    with pytest.raises(DatasetError) as info:
        load_expected(root)
    err = info.value
    assert message in err.message
    assert err.line == line
    assert err.field == field
    shown = str(err)
    assert shown.startswith(f"{root / 'expected.yaml'}:{line}: ")


def test_invalid_json_reports_line(tmp_path: Path) -> None:
    root = make_dataset(tmp_path, '{"claims": [\n  {"article": "a1",}\n]}', name="expected.json")
    with pytest.raises(DatasetError, match="invalid JSON") as info:
        load_expected(root)
    assert info.value.line == 2


# --------------------------------------------------------------------------- compare


def claim(cid: str, article: str, content: str, start: int, verdict: str,
          canonical: str = "Kristi Noem", sentence: str | None = None) -> Claim:
    return Claim(
        id=cid, article=article,
        speaker=Speaker(text=canonical, start=0, end=len(canonical), canonical=canonical),
        cue=Cue(text="said", start=0, end=4, lemma="say"),
        content=Span(text=content, start=start, end=start + len(content)),
        quote_type="indirect", sentence=sentence or content, verdict=verdict,
    )


def report(claims: list[Claim], unassigned: list[Claim] = ()) -> Report:
    return Report(
        generator=Generator(version="0"), model=ModelInfo(name="m", version="0"), articles=[],
        incidents=[Incident(id="i", title="t", subjects=["Renee Good"], claims=claims)],
        unassigned_claims=list(unassigned),
        summary=Summary(articles=0, claims=0, incidents=1, verdicts={}),
    )


CLAIMS = [
    claim("c1", "a1", "Ms. Good had tried to run the agent over", 300, "contradicted"),
    claim("c2", "a1", "she tried to run the agent over and fled", 100, "disputed",
          canonical="Tricia McLaughlin"),
    claim("c3", "a2", "an “act of domestic terrorism”", 50, "uncheckable"),
    claim("c4", "a2", "it was justified", 10, "unverified", canonical="Department of Homeland Security",
          sentence="The DHS said it was justified, calling the shooting self-defense."),
]


@pytest.fixture
def items(tmp_path: Path):
    return load_expected(make_dataset(tmp_path, GOOD))


def test_compare_all_match(items) -> None:
    assert compare(report(CLAIMS[:1], unassigned=CLAIMS[2:]), items) == []


def test_speaker_filter_and_lowest_start(items) -> None:
    # without the speaker filter c2 (start 100) would win over c1 (start 300)
    assert select_claim(CLAIMS, items[0]).id == "c1"
    items[0].speaker = None
    assert select_claim(CLAIMS, items[0]).id == "c2"


def test_speaker_is_fuzzy() -> None:
    from claimcheck.dataset import ExpectedVerdict

    item = ExpectedVerdict(article="a2", contains="it was justified", verdict="unverified",
                           speaker="department of homeland security")
    assert select_claim(CLAIMS, item).id == "c4"
    item.speaker = "Homeland Security Department"
    assert select_claim(CLAIMS, item).id == "c4"
    item.speaker = "Tricia McLaughlin"
    assert select_claim(CLAIMS, item) is None


def test_sentence_fallback() -> None:
    from claimcheck.dataset import ExpectedVerdict

    item = ExpectedVerdict(article="a2", contains="calling the shooting self-defense",
                           verdict="unverified")
    assert select_claim(CLAIMS, item).id == "c4"
    item.article = "a1"  # only claims of the named article count
    assert select_claim(CLAIMS, item) is None


def test_compare_reports_wrong_and_missing(items) -> None:
    wrong = claim("c1", "a1", "Ms. Good had tried to run the agent over", 300, "supported")
    diffs = compare(report([wrong]), items)
    assert [(d.claim_id, d.expected, d.actual) for d in diffs] == [
        ("c1", "contradicted", "supported"),
        (None, "uncheckable", None),
    ]
    text = format_diffs(diffs)
    lines = text.splitlines()
    assert lines[0].endswith('a1: "tried to run the agent over" (Kristi Noem): '
                             "expected contradicted, got supported (claim c1)")
    assert lines[1].endswith('a2: "act of   DOMESTIC terrorism": expected uncheckable, '
                             "but no such claim")
    assert "expected.yaml:2: " in lines[0] and "expected.yaml:8: " in lines[1]
