"""The GUM news attribution reader, checked against facts read from the benchmark files."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import DatasetError
from claimcheck.evaluation.gum import (
    default_benchmark_dir,
    load_gum,
    load_gum_doc,
    read_conllu,
    split_doc_ids,
)

REPO = Path(__file__).resolve().parents[1]
GUM = default_benchmark_dir(REPO)

needs_gum = pytest.mark.skipif(GUM is None, reason="GUM news benchmark not available")


def relation(doc_id: str, node: str):
    doc = load_gum_doc(GUM, doc_id)
    [found] = [a for a in doc.attributions if a.id == f"{doc_id}:{node}"]
    return doc, found


@needs_gum
@pytest.mark.parametrize(("split", "docs", "relations"), [
    ("dev", 2, 31), ("test", 2, 26), ("train", 20, 190), ("all", 24, 247),
])
def test_split_sizes(split: str, docs: int, relations: int) -> None:
    gold = load_gum(GUM, split)
    assert len(gold) == docs
    assert sum(len(d.attributions) for d in gold) == relations


@needs_gum
def test_split_membership() -> None:
    assert split_doc_ids(GUM, "dev") == ["GUM_news_homeopathic", "GUM_news_iodine"]
    assert split_doc_ids(GUM, "test") == ["GUM_news_nasa", "GUM_news_sensitive"]
    train = split_doc_ids(GUM, "train")
    assert "GUM_news_nasa" not in train and "GUM_news_afghan" in train


@needs_gum
def test_nasa_example_from_the_source_notes() -> None:
    doc, rel = relation("GUM_news_nasa", "92")
    assert rel.source_text == "Governor of Washington Chris Gregoire"
    assert rel.cue_text == "said"
    assert rel.content_text == ("The Museum of Flight put a tremendous amount of effort into "
                                "landing a retired shuttle in the Pacific Northwest")
    assert rel.polarity == "affirms"
    # every span is a character range of the rebuilt text
    for span in (*rel.content, *rel.sources, *rel.cues):
        assert doc.text[span.start:span.end] == span.text


@needs_gum
def test_satellite_after_its_content() -> None:
    # "Almost half of all Australian primary school children are ... deficient, researchers say."
    _, rel = relation("GUM_news_iodine", "4")
    assert rel.content_text.startswith("Almost half of all Australian primary school children")
    assert rel.content_text.endswith("iodine deficient")
    assert (rel.source_text, rel.cue_text) == ("researchers", "say")


@needs_gum
def test_pronoun_source_has_antecedent() -> None:
    # '"I suspect they won't do that on a voluntary basis', said by Professor Eastman
    _, rel = relation("GUM_news_iodine", "38")
    assert rel.source_text == "I" and rel.is_pronoun_source
    assert rel.cue_text == "suspect"
    assert rel.content_text == "they won't do that on a voluntary basis"  # from "wo" + "n't"
    assert rel.antecedent == "Professor Eastman"
    assert "Professor Cres Eastman" in rel.source_names


@needs_gum
def test_negative_attribution() -> None:
    # "U.S. officials have not said why the team was initially denied visas"
    _, rel = relation("GUM_news_afghan", "180")
    assert rel.polarity == "denies"
    assert rel.source_text == "U.S. officials"
    assert rel.content_text == "why the team was initially denied visas"


@needs_gum
def test_pronoun_sources_counted_as_in_the_notes() -> None:
    gold = load_gum(GUM, "all")
    assert sum(a.is_pronoun_source for d in gold for a in d.attributions) == 34
    with_cue = sum(bool(a.cues) for d in gold for a in d.attributions)
    # 202 relations have cue signals; in two (defector 182, questionnaire 1) the cue token
    # lies inside the source span, so it is not counted as a separate cue
    assert with_cue == 200


@needs_gum
def test_rebuilt_text_holds_every_sentence() -> None:
    path = GUM / "dep" / "GUM_news_nasa.conllu"
    text, tokens, _ = read_conllu(path)
    sentences = [line[len("# text = "):] for line in path.read_text(encoding="utf-8").splitlines()
                 if line.startswith("# text = ")]
    pos = 0
    for sentence in sentences:
        found = text.find(sentence, pos)
        assert found >= 0, sentence
        pos = found + len(sentence)
    assert text.startswith("NASA celebrates 30th anniversary of first shuttle launch; announces")
    assert "\n\n" in text  # paragraphs kept apart


def test_unknown_split(tmp_path: Path) -> None:
    (tmp_path / "rst").mkdir()
    with pytest.raises(DatasetError, match="unknown split 'val'"):
        split_doc_ids(tmp_path, "val")


def test_not_a_benchmark(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="no rst/ directory"):
        load_gum(tmp_path, "dev")


def test_env_overrides_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_GUM_DIR", str(tmp_path))
    assert default_benchmark_dir(Path("nowhere")) == tmp_path
    monkeypatch.delenv("CLAIMCHECK_GUM_DIR")
    assert default_benchmark_dir(tmp_path) is None
