from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimcheck.cli.app import app
from claimcheck.cli.common import (
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
)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (recursive).")],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the JSON lines to FILE (atomically) instead of standard output.")] = None,
    model: ModelOpt = None,
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
    cache_dir: CacheDirOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Print the attributed claims only, one JSON object per line (no incidents, no verdicts)."""
    from claimcheck import engine
    from claimcheck.articles import iter_articles
    from claimcheck.outputs import write_output
    from claimcheck.render.json import render_claims_jsonl

    with boundary():
        with progress_bar(quiet) as progress:
            opts = engine_options(progress, model=model, jobs=jobs, no_cache=no_cache, cache_dir=cache_dir)
            articles, claims, _, skipped = engine.extract_articles(
                iter_articles(paths, max_chars=opts.max_chars), opts)
        text = render_claims_jsonl(claims)
        if output is None:
            typer.echo(text, nl=False)
        else:
            write_output(output, text, protected=[Path(a.path) for a in articles])
        print_skipped(skipped)
    if skipped:
        raise typer.Exit(EXIT_INPUT)
