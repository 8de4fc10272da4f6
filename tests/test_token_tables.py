"""The token tables stand in for the attribute ruler and the rule lemmatizer: same values, exactly."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from claimcheck.evaluation.gum import read_conllu
from claimcheck.nlp import resolve_model_name
from claimcheck.pipeline import tables
from claimcheck.pipeline.tables import TABLES_PIPE, compile_ruler, use_token_tables

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "data" / "claims" / "seeds"
GUM_DEP = REPO.parent / "shared" / "benchmarks" / "attribution" / "gum_news" / "dep"

# Colloquial forms the English ruler has multi-token and regex patterns for, whitespace tokens,
# expletive "there", auxiliaries used as main verbs, "but" as an adverb, pronoun cases.
ODD_TEXT = (
    "I ain't gonna say it, y'all.  Let's go, c'mon!\n\n\tThere's nothin' here, "
    "she said; it's goin' nowhere, ol' pal, and we gotta leave 'em.  I'd have done it, but "
    "he did.\n  You told me, and I told you: somethin' 'nuff.  Do you?  It hit him, not me."
)

ATTRS = [POS, MORPH, LEMMA, TAG, DEP, HEAD]


def _texts() -> list[str]:
    texts = [ODD_TEXT, "", " ", "\n\n", "Said."]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if GUM_DEP.is_dir():
        texts += [read_conllu(p)[0] for p in sorted(GUM_DEP.glob("*.conllu"))[:6]]
    return texts


@pytest.fixture(scope="module")
def pair():
    name = resolve_model_name(None)
    plain = spacy.load(name)
    fast = spacy.load(name)
    assert use_token_tables(fast)
    return plain, fast


def _assert_same(plain_doc, fast_doc) -> None:
    assert [t.text for t in plain_doc] == [t.text for t in fast_doc]
    for a, b in zip(plain_doc, fast_doc):
        assert (a.pos_, str(a.morph), a.lemma_, a.tag_, a.dep_) == (
            b.pos_, str(b.morph), b.lemma_, b.tag_, b.dep_), a.text
    assert numpy.array_equal(plain_doc.to_array(ATTRS), fast_doc.to_array(ATTRS))


def test_pipeline_shape(pair) -> None:
    _plain, fast = pair
    assert TABLES_PIPE in fast.pipe_names
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    assert {"attribute_ruler", "lemmatizer"} <= set(fast.disabled)
    assert fast.pipe_names.index(TABLES_PIPE) < fast.pipe_names.index("ner")
    assert not use_token_tables(fast)  # once only


def test_same_values_as_spacy_on_real_text(pair) -> None:
    plain, fast = pair
    texts = _texts()
    for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
        _assert_same(a, b)


def test_colloquial_patterns_take_effect(pair) -> None:
    """Read off the ruler's patterns: "gonna" is go + to, "'em" is them, "ain't" is be."""
    _plain, fast = pair
    doc = fast(ODD_TEXT)
    lemma = {t.text: t.lemma_ for t in doc}
    assert (lemma["gon"], lemma["na"]) == ("go", "to")
    assert lemma["'em"] == "them"
    assert lemma["ai"] == "be"
    assert lemma["nothin'"] == "nothing"
    assert [t.pos_ for t in doc if t.text == "\n\n\t"] == ["SPACE"]


def test_remembered_outcomes_can_be_forgotten(pair, monkeypatch) -> None:
    plain, fast = pair
    monkeypatch.setattr(tables, "_MEMO_MAX", 3)
    texts = _texts()[:8]
    for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
        _assert_same(a, b)
    component = fast.get_pipe(TABLES_PIPE)
    assert len(component._outcomes) < 400 and len(component._lemmas) < 1000


def test_round_trip_through_disk(pair, tmp_path) -> None:
    plain, fast = pair
    fast.to_disk(tmp_path / "model")
    reloaded = spacy.load(tmp_path / "model")
    assert reloaded.pipe_names == fast.pipe_names
    _assert_same(plain(ODD_TEXT), reloaded(ODD_TEXT))


def _ruler_with(pattern: list[dict], attrs: dict) -> AttributeRuler:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([pattern], attrs)
    return ruler


@pytest.mark.parametrize("pattern,attrs", [
    ([{"POS": "NOUN"}], {"LEMMA": "x"}),                  # a key it does not compile
    ([{"LOWER": "a", "OP": "?"}], {"LEMMA": "x"}),        # an operator
    ([{"LOWER": {"FUZZY": "said"}}], {"LEMMA": "x"}),     # a predicate
    ([{"LOWER": "a"}], {"NORM": "x"}),                    # an attribute it does not set
    ([{"LOWER": {"REGEX": "^$|x"}}], {"LEMMA": "x"}),     # a regex matching the empty word
])
def test_unsupported_rulers_are_left_alone(pattern, attrs) -> None:
    assert compile_ruler(_ruler_with(pattern, attrs)) is None


def test_supported_ruler_compiles() -> None:
    compiled = compile_ruler(_ruler_with([{"TAG": "NN", "LOWER": {"IN": ["a", "b"]}}], {"POS": "X"}))
    assert compiled is not None and len(compiled.single) == 1 and not compiled.multi


def test_pipeline_without_a_ruler_is_unchanged() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    assert not use_token_tables(nlp)
    assert nlp.pipe_names == ["sentencizer"]
