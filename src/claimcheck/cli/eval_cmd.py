"""`claimcheck eval`: measure attribution extraction and verdicts against gold data."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from claimcheck.cli.common import EXIT_FOUND, ModelOpt, boundary, fail

eval_app = typer.Typer(
    help="Measure accuracy: attribution extraction against gold annotation, verdicts against "
         "a dataset's expected verdicts.",
    no_args_is_help=True,
    add_completion=False,
)

#: The seed articles' hand-made gold, relative to the working directory.
SEED_GOLD = Path("data/claims/seeds/attributions.gold.yaml")


class Split(str, Enum):
    train = "train"
    dev = "dev"
    test = "test"
    all = "all"


@eval_app.command("attribution")
def attribution(
    benchmark: Annotated[Path | None, typer.Option(
        "--benchmark", envvar="CLAIMCHECK_GUM_DIR", show_envvar=True,
        help="GUM news attribution benchmark folder (rst/, dep/). Default: "
             "../shared/benchmarks/attribution/gum_news if it exists.")] = None,
    split: Annotated[Split, typer.Option("--split", help="Benchmark split to score.")] = Split.dev,
    seeds: Annotated[bool, typer.Option(
        "--seeds", help="Score the hand-annotated seed articles instead of the benchmark.")] = False,
    gold: Annotated[Path, typer.Option(
        "--gold", help="Gold file for --seeds (articles are looked up next to it).")] = SEED_GOLD,
    brat: Annotated[Path | None, typer.Option(
        "--brat", help="Score a brat standoff attribution corpus instead of the benchmark: "
                       "a folder of NAME.txt + NAME.ann, or text/ + attributions/ (PolNeAR's "
                       "layout). Source, Cue and Content spans joined by Attribution events.")] = None,
    model: ModelOpt = None,
    min_f1: Annotated[float | None, typer.Option(
        "--min-f1", min=0.0, max=1.0,
        help="Exit 1 if content F1 at 30% overlap is below this (for CI).")] = None,
    errors: Annotated[int, typer.Option(
        "--errors", min=0, help="Print up to N examples of each kind of error.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score attribution extraction: content found at 30% and 80% character overlap (P/R/F1),
    speaker and cue accuracy on found items, exact-span F1.

    Exit status: 0 done; 1 content F1@0.3 below --min-f1; 2 bad input.
    """
    from claimcheck.evaluation.attribution import (
        evaluate_attribution,
        extractor_predictor,
        format_errors,
        format_rules,
        format_scores,
    )

    with boundary():
        if seeds and brat is not None:
            raise fail("--seeds and --brat choose different gold data; give one")
        if brat is not None:
            from claimcheck.evaluation.brat import load_brat

            docs = load_brat(brat)
            title = f"brat corpus {brat.name or brat}"
        elif seeds:
            from claimcheck.evaluation.seeds_gold import load_seed_gold

            if not gold.is_file():
                raise fail(f"no seed gold file at {gold}")
            docs = load_seed_gold(gold)
            title = f"hand gold {gold.parent.name}/{gold.name}"
        else:
            from claimcheck.evaluation.gum import default_benchmark_dir, load_gum

            folder = benchmark or default_benchmark_dir()
            if folder is None:
                raise fail("no GUM benchmark folder: pass --benchmark DIR or set "
                           "$CLAIMCHECK_GUM_DIR")
            docs = load_gum(folder, split.value)
            title = f"GUM news {split.value}"
        scores = evaluate_attribution(docs, extractor_predictor(model))

    if as_json:
        out = {"title": title, "scores": scores.summary(),
               "rules": {rule: {"found": f, "predicted": p} for rule, (f, p) in scores.by_rule.items()}}
        if errors:
            out["errors"] = [e.model_dump() for kind in ("missed", "false_positive",
                                                         "wrong_speaker", "wrong_cue", "partial")
                             for e in scores.errors_of(kind)[:errors]]
        typer.echo(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        typer.echo(format_scores(scores, title))
        if errors:
            typer.echo("")
            typer.echo(format_rules(scores))
            typer.echo("")
            typer.echo(format_errors(scores, errors))
    f1 = scores.content_30.f1
    if min_f1 is not None and f1 < min_f1:
        raise fail(f"content F1@0.3 {f1:.3f} is below --min-f1 {min_f1:.3f}", EXIT_FOUND)


@eval_app.command("verdicts")
def verdicts(
    dataset: Annotated[Path, typer.Argument(
        help="A dataset folder with articles, expected.yaml and (nearby) evidence/.")],
    model: ModelOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Verdict accuracy against the dataset's expected verdicts: a 5x5 confusion matrix
    (plus expected claims not found) and the precision of `contradicted`.

    Exit status: 0 done; 2 bad input.
    """
    from claimcheck import engine
    from claimcheck.dataset import load_expected
    from claimcheck.evaluation.verdict_accuracy import format_verdict_scores, score_verdicts

    with boundary():
        expected = load_expected(dataset)
        result = engine.analyze_dataset(dataset, engine.Options(model=model))
        report = getattr(result, "report", result)
        scores = score_verdicts(report, expected)
    if as_json:
        typer.echo(json.dumps(scores.model_dump(mode="json"), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_verdict_scores(scores))
