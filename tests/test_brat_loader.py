"""The brat standoff reader: relations, discontinuous spans, both layouts, and broken files."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli.eval_cmd import eval_app
from claimcheck.errors import DatasetError
from claimcheck.evaluation import attribution as attribution_mod
from claimcheck.evaluation.brat import find_brat_pairs, load_brat, read_brat

# Offsets counted by hand:
#   0         1         2         3         4         5         6         7
#   0123456789012345678901234567890123456789012345678901234567890123456789012345
TEXT = ("The mayor said the bridge is safe. The bridge, engineers warned, is cracked.\n"
        "Voters want change.\n")
ANN = "\n".join([
    "T1\tSource 0 9\tThe mayor",
    "T2\tCue 10 14\tsaid",
    "T3\tContent 15 33\tthe bridge is safe",
    "T4\tAttribution 10 14\tsaid",
    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
    "T5\tSource 47 56\tengineers",
    "T6\tCue 57 63\twarned",
    "T7\tContent 35 45;65 75\tThe bridge is cracked",
    "T8\tAttribution 57 63\twarned",
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
    "T9\tDiscard 77 83\tVoters",
    "T10\tCue 84 88\twant",
    "T11\tContent 89 95\tchange",
    "T12\tAttribution-no-source 84 88\twant",
    "E3\tAttribution-no-source:T12 Content:T11 Cue:T10",
    "T13\tCue 0 3\tThe",
    "T14\tAttribution 0 3\tThe",
    "E4\tAttribution:T14 Cue:T13",
    "",
])


def write(folder: Path, name: str, text: str = TEXT, ann: str = ANN, layout: str = "flat") -> None:
    if layout == "flat":
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.ann").write_text(ann, encoding="utf-8")
    else:
        (folder / "text").mkdir(parents=True, exist_ok=True)
        (folder / "attributions").mkdir(parents=True, exist_ok=True)
        (folder / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / "attributions" / f"{name}_4b22.ann").write_text(ann, encoding="utf-8")


def test_relations_are_read_with_their_parts(tmp_path: Path) -> None:
    write(tmp_path, "doc")
    doc = read_brat(tmp_path / "doc.txt", tmp_path / "doc.ann")
    assert doc.id == "doc"
    # E4 has no content and is skipped; E3 has no source
    assert [a.id for a in doc.attributions] == ["doc:E1", "doc:E2", "doc:E3"]
    first, second, third = doc.attributions
    assert (first.source_text, first.cue_text, first.content_text) == (
        "The mayor", "said", "the bridge is safe")
    assert [p.text for p in second.content] == ["The bridge", "is cracked"]
    assert second.source_text == "engineers"
    assert third.sources == [] and third.cue_text == "want"


def test_polnear_layout_with_annotator_suffix(tmp_path: Path) -> None:
    write(tmp_path, "pub_2016-01-01_story", layout="polnear")
    pairs = find_brat_pairs(tmp_path)
    assert [(d, t.name, a.name) for d, t, a in pairs] == [
        ("pub_2016-01-01_story", "pub_2016-01-01_story.txt", "pub_2016-01-01_story_4b22.ann")]
    docs = load_brat(tmp_path)
    assert len(docs[0].attributions) == 3


@pytest.mark.parametrize(("ann", "message", "line"), [
    (ANN.replace("T3\tContent 15 33", "T3\tContent 16 34"), "offsets select", 3),
    (ANN.replace("T3\tContent 15 33", "T3\tContent 15 3300"), "outside the text", 3),
    (ANN.replace("T1\tSource 0 9\t", "T1 Source 0 9 "), "not a brat text-bound", 1),
    (ANN.replace("Content:T3", "Content:T99"), "Content names T99", 5),
])
def test_broken_annotation_is_an_error_with_file_and_line(tmp_path: Path, ann: str, message: str,
                                                          line: int) -> None:
    write(tmp_path, "doc", ann=ann)
    with pytest.raises(DatasetError) as err:
        load_brat(tmp_path)
    assert message in str(err.value)
    assert err.value.path.endswith("doc.ann") and err.value.line == line


def test_annotation_without_text_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="no brat annotation files"):
        load_brat(tmp_path)
    (tmp_path / "orphan.ann").write_text(ANN, encoding="utf-8")
    with pytest.raises(DatasetError, match="no text file"):
        load_brat(tmp_path)


def test_eval_command_scores_a_brat_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck.models import Claim, Cue, Span, Speaker

    def make(model=None):
        def predict(doc_id: str, text: str) -> list[Claim]:
            return [Claim(id="c1", article=doc_id,
                          speaker=Speaker(text="The mayor", start=0, end=9, canonical="mayor"),
                          cue=Cue(text="said", start=10, end=14, lemma="say"),
                          content=Span(text="the bridge is safe", start=15, end=33),
                          quote_type="indirect", sentence="")]
        return predict

    write(tmp_path / "corpus", "doc")
    monkeypatch.setattr(attribution_mod, "extractor_predictor", make)
    result = CliRunner().invoke(eval_app, ["attribution", "--brat", str(tmp_path / "corpus"),
                                           "--json"])
    assert result.exit_code == 0, result.output
    import json

    scores = json.loads(result.output)["scores"]
    assert (scores["gold"], scores["predicted"]) == (3, 1)
    assert scores["content_30_precision"] == 1.0
    assert scores["content_30_recall"] == pytest.approx(1 / 3, abs=1e-4)
    assert scores["speaker_accuracy"] == 1.0 and scores["cue_accuracy"] == 1.0

    bad = CliRunner().invoke(eval_app, ["attribution", "--brat", str(tmp_path / "nowhere")])
    assert bad.exit_code == 2 and "not a folder" in bad.output
