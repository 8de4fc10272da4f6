"""The attribution scorer on hand-made gold and predictions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.evaluation.attribution import (
    evaluate_attribution,
    format_errors,
    format_scores,
    names_match,
    overlap,
    score_document,
    trim,
)
from claimcheck.evaluation.gum import CharSpan, GoldAttribution, GoldDoc
from claimcheck.models import Claim, Cue, Span, Speaker

TEXT = (
    'Federal officials said an ICE agent fatally shot Good in self-defense. '
    '"She tried to run him over," Ms. Noem said. '
    'A Times video analysis found that she turned her vehicle away.'
)


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return pos, pos + len(needle)


def cs(needle: str, nth: int = 0) -> CharSpan:
    s, e = at(TEXT, needle, nth)
    return CharSpan(start=s, end=e, text=TEXT[s:e])


GOLD = GoldDoc(id="d", text=TEXT, attributions=[
    GoldAttribution(id="g1", content=[cs("an ICE agent fatally shot Good in self-defense")],
                    sources=[cs("Federal officials")], cues=[cs("said")]),
    GoldAttribution(id="g2", content=[cs("She tried to run him over")],
                    sources=[cs("Ms. Noem")], cues=[cs("said", 1)],
                    source_names=["Kristi Noem", "Noem"], canonical="Kristi Noem"),
    GoldAttribution(id="g3", content=[cs("she turned her vehicle away")],
                    sources=[cs("A Times video analysis")], cues=[cs("found")],
                    role="evidence_statement"),
])


def claim(content: str, speaker: str, cue: str, canonical: str | None = None, *,
          content_nth: int = 0, speaker_nth: int = 0, cue_nth: int = 0,
          role: str = "claim", polarity: str = "affirms") -> Claim:
    cs_, ce = at(TEXT, content, content_nth)
    ss, se = at(TEXT, speaker, speaker_nth) if speaker else (0, 0)
    qs, qe = at(TEXT, cue, cue_nth) if cue else (0, 0)
    return Claim(
        id=f"c{cs_}", article="d",
        speaker=Speaker(text=speaker, start=ss, end=se, canonical=canonical or speaker),
        cue=Cue(text=cue, start=qs, end=qe, lemma=cue),
        content=Span(text=content, start=cs_, end=ce),
        quote_type="indirect", sentence="", role=role, polarity=polarity,
    )


PERFECT = [
    claim("an ICE agent fatally shot Good in self-defense", "Federal officials", "said"),
    claim("She tried to run him over", "Ms. Noem", "said", "Kristi Noem", cue_nth=1),
    claim("she turned her vehicle away", "A Times video analysis", "found",
          role="evidence_statement"),
]


# --------------------------------------------------------------------------- primitives


@pytest.mark.parametrize(("gold", "pred", "expected"), [
    ([(0, 10)], [(0, 10)], 1.0),
    ([(0, 10)], [(0, 5)], 0.5),          # half the gold found
    ([(0, 10)], [(0, 40)], 0.25),        # over-extension is punished as much
    ([(0, 10)], [(10, 20)], 0.0),        # touching is not overlapping
    ([(0, 4), (8, 12)], [(0, 12)], 8 / 12),  # gold in two pieces around a clause
    ([], [(0, 3)], 0.0),
])
def test_overlap(gold, pred, expected) -> None:
    assert overlap(gold, pred) == pytest.approx(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ('"She tried to run him over,"', "She tried to run him over"),
    ("“act of domestic terrorism.”", "act of domestic terrorism"),
    ("  plain  ", "plain"),
    ("“”", ""),
])
def test_trim(text: str, expected: str) -> None:
    s, e = trim(text, 0, len(text))
    assert text[s:e] == expected


@pytest.mark.parametrize(("name", "candidates", "expected"), [
    ("Kristi Noem", ["Ms. Noem"], True),               # same surname
    ("kristi noem", ["Kristi Noem"], True),            # case does not matter
    ("Gregoire", ["Governor of Washington Chris Gregoire"], True),
    ("Department of Homeland Security", ["Department of Homeland Security."], True),
    ("Tricia McLaughlin", ["Kristi Noem"], False),
    ("Washington", ["Governor of Washington Chris Gregoire"], False),
    ("the department", ["the Department of Homeland Security"], False),
    ("", ["Kristi Noem"], False),
])
def test_names_match(name: str, candidates: list[str], expected: bool) -> None:
    assert names_match(name, candidates) is expected


# --------------------------------------------------------------------------- whole documents


def test_perfect_prediction() -> None:
    s = score_document(GOLD, PERFECT)
    for prf in (s.content_30, s.content_80, s.exact_content, s.exact_speaker, s.exact_cue):
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0)
    assert (s.speaker.correct, s.speaker.total) == (3, 3)
    assert (s.cue.correct, s.cue.total) == (3, 3)
    assert s.errors == []


def test_nothing_predicted() -> None:
    s = score_document(GOLD, [])
    assert s.content_30.recall == 0.0 and s.content_30.precision == 0.0
    assert s.content_30.f1 == 0.0
    assert [e.gold_id for e in s.errors_of("missed")] == ["g1", "g2", "g3"]


# (predictions, found@0.3, found@0.8, speaker right, cue right, false positives)
CASES = [
    pytest.param(PERFECT[:1], 1, 1, 1, 1, 0, id="one-of-three"),
    # content with the quotation marks and comma: trimmed, still exact
    pytest.param([claim('"She tried to run him over,"', "Ms. Noem", "said", cue_nth=1)],
                 1, 1, 1, 1, 0, id="quotes-trimmed"),
    # half the content: found at 0.3, not at 0.8
    pytest.param([claim("an ICE agent fatally shot", "Federal officials", "said")],
                 1, 0, 1, 1, 0, id="partial"),
    # the whole first sentence: 46 of 69 characters, found only at 0.3
    pytest.param([claim("Federal officials said an ICE agent fatally shot Good in self-defense.",
                        "Federal officials", "said")], 1, 0, 1, 1, 0, id="too-long"),
    # a wrong speaker span, but the canonical name is right
    pytest.param([claim("She tried to run him over", "She", "said", "Kristi Noem", cue_nth=1)],
                 1, 1, 1, 1, 0, id="canonical-credits-speaker"),
    # wrong speaker span and wrong name; cue taken from the first sentence
    pytest.param([claim("She tried to run him over", "Federal officials", "said", cue_nth=0)],
                 1, 1, 0, 0, 0, id="wrong-speaker-and-cue"),
    # a prediction in nobody's content
    pytest.param([claim("Federal officials", "Ms. Noem", "said")], 0, 0, 0, 0, 1,
                 id="false-positive"),
    # two predictions on one gold item: one-to-one, the second is a false positive
    pytest.param([claim("She tried to run him over", "Ms. Noem", "said", cue_nth=1),
                  claim("She tried to run", "Ms. Noem", "said", cue_nth=1)],
                 1, 1, 1, 1, 1, id="duplicate"),
    # evidence statements count like claims
    pytest.param([PERFECT[2]], 1, 1, 1, 1, 0, id="evidence-statement"),
]


@pytest.mark.parametrize(("preds", "f30", "f80", "spk", "cue", "fps"), CASES)
def test_cases(preds, f30, f80, spk, cue, fps) -> None:
    s = score_document(GOLD, preds)
    assert s.content_30.tp == f30
    assert s.content_80.tp == f80
    assert s.speaker.correct == spk and s.speaker.total == f30
    assert s.cue.correct == cue
    assert len(s.errors_of("false_positive")) == fps
    assert s.content_30.gold == 3 and s.content_30.predicted == len(preds)


def test_greedy_prefers_the_better_pair() -> None:
    # The long prediction overlaps g1 at 0.67; the short one at 1.0: the short one wins
    # g1, the long one is left over as a false positive.
    preds = [
        claim("Federal officials said an ICE agent fatally shot Good in self-defense.",
              "Federal officials", "said"),
        claim("an ICE agent fatally shot Good in self-defense", "Federal officials", "said"),
    ]
    s = score_document(GOLD, preds)
    assert s.content_80.tp == 1
    fp = s.errors_of("false_positive")
    assert len(fp) == 1 and fp[0].pred_content.startswith("Federal officials said")


def test_of_two_equal_contents_the_one_naming_the_source_is_paired() -> None:
    # the same words attributed twice (a quotation and the paper that reports it): whichever
    # comes first, the one with the gold speaker is paired and the other is the false positive
    right = claim("She tried to run him over", "Ms. Noem", "said", cue_nth=1)
    wrong = claim("She tried to run him over", "Federal officials", "said", cue_nth=0)
    for preds in ([wrong, right], [right, wrong]):
        s = score_document(GOLD, preds)
        assert (s.speaker.correct, s.speaker.total) == (1, 1)
        assert [e.pred_speaker for e in s.errors_of("false_positive")] == ["Federal officials"]


def test_precision_by_rule() -> None:
    preds = [claim("an ICE agent fatally shot Good in self-defense", "Federal officials", "said"),
             claim("Federal officials", "Ms. Noem", "said")]
    preds[0].rule = "clause+shared"
    preds[1].rule = "object"
    s = score_document(GOLD, preds)
    assert s.by_rule == {"clause": [1, 1], "object": [0, 1]}


PRONOUN_TEXT = "Ms. Noem spoke. She said the agent was hurt."


def _pronoun_case(antecedent: str | None) -> tuple[GoldDoc, Callable[[str], Claim]]:
    """Gold for "She said the agent was hurt" (with or without the antecedent the corpus
    names) and a maker of predicted claims whose speaker "She" resolves to a canonical."""
    text = PRONOUN_TEXT
    s1, e1 = at(text, "She")
    s2, e2 = at(text, "the agent was hurt")
    gold = GoldDoc(id="p", text=text, attributions=[GoldAttribution(
        id="g", content=[CharSpan(start=s2, end=e2, text=text[s2:e2])],
        sources=[CharSpan(start=s1, end=e1, text="She")], antecedent=antecedent)])

    def pred(canonical: str) -> Claim:
        return Claim(id="c", article="p", speaker=Speaker(text="She", start=s1, end=e1,
                                                          canonical=canonical),
                     cue=Cue(text="said", start=e1 + 1, end=e1 + 5, lemma="say"),
                     content=Span(text=text[s2:e2], start=s2, end=e2),
                     quote_type="indirect", sentence=text)

    return gold, pred


def test_pronoun_resolution_measured() -> None:
    gold, pred = _pronoun_case("Ms. Noem")
    resolved = score_document(gold, [pred("Kristi Noem")])
    unresolved = score_document(gold, [pred("She")])
    assert (resolved.pronoun_resolved.correct, resolved.pronoun_resolved.total) == (1, 1)
    assert (unresolved.pronoun_resolved.correct, unresolved.pronoun_resolved.total) == (0, 1)
    # the speaker span overlaps the gold source either way
    assert resolved.speaker.correct == unresolved.speaker.correct == 1


def test_evaluate_micro_averages_and_formats() -> None:
    other = GoldDoc(id="e", text="Nothing here.", attributions=[])
    calls = []

    def predict(doc_id: str, text: str) -> list[Claim]:
        calls.append(doc_id)
        return PERFECT[:2] if doc_id == "d" else []

    s = evaluate_attribution([GOLD, other], predict)
    assert calls == ["d", "e"]
    assert (s.docs, s.gold, s.predicted) == (2, 3, 2)
    assert s.content_30.precision == 1.0
    assert s.content_30.recall == pytest.approx(2 / 3)
    assert s.content_30.f1 == pytest.approx(0.8)
    table = format_scores(s)
    assert "content found @0.3" in table and "0.800" in table
    assert s.by_rule == {"unknown": [2, 2]}  # the hand-made claims name no rule
    errors = format_errors(s)
    assert "== missed (1)" in errors and "she turned her vehicle away" in errors
    summary = s.summary()
    assert summary["content_30_f1"] == 0.8 and summary["gold"] == 3


def test_pronoun_resolution_is_not_scored_without_names_to_compare() -> None:
    # a corpus with no coreference (no antecedent, no canonical) cannot say whether "She" was
    # resolved right; counting it as wrong would report 0 % for any resolver
    gold, pred = _pronoun_case(None)
    s = score_document(gold, [pred("Kristi Noem")])
    assert s.pronoun_resolved.total == 0
    assert s.speaker.correct == 1
