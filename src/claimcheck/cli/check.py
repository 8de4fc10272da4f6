from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimcheck.cli.app import app
from claimcheck.cli.common import (
    EXIT_FOUND,
    EXIT_INPUT,
    CacheDirOpt,
    JobsOpt,
    ModelOpt,
    NoCacheOpt,
    QuietOpt,
    boundary,
    engine_options,
    print_skipped,
    progress_bar,
    stderr,
)


@app.command()
def check(
    dataset: Annotated[Path, typer.Argument(
        help="A fact-check dataset folder: articles (DATASET/articles/ or DATASET itself), "
             "expected.yaml, and an evidence/ folder in DATASET or one of its parents.")],
    evidence: Annotated[Path | None, typer.Option("--evidence", "-e", help="Evidence folder to use instead.")] = None,
    model: ModelOpt = None,
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
    cache_dir: CacheDirOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """For CI: validate a dataset, analyze it and compare with its expected verdicts.

    Prints every difference; exit 1 if there is any, 2 if an input is invalid, 0 otherwise.
    """
    from claimcheck import engine
    from claimcheck.dataset import compare, format_diffs, load_expected

    with boundary():
        expected = load_expected(dataset)
        with progress_bar(quiet) as progress:
            opts = engine_options(progress, model=model, jobs=jobs, no_cache=no_cache, cache_dir=cache_dir)
            result = engine.analyze_dataset(dataset, opts, evidence)
        print_skipped(result.report.skipped)
        diffs = compare(result.report, expected)
    if result.report.skipped:
        raise typer.Exit(EXIT_INPUT)
    if diffs:
        typer.echo(format_diffs(diffs))
        stderr.print(f"claimcheck check: {len(diffs)} of {len(expected)} expected verdicts differ", markup=False)
        raise typer.Exit(EXIT_FOUND)
    typer.echo(f"claimcheck check: all {len(expected)} expected verdicts match "
               f"({result.report.summary.claims} claims in {result.report.summary.articles} articles)")
