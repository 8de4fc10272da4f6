from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from claimcheck.cli.app import app
from claimcheck.cli.common import (
    EXIT_FOUND,
    EXIT_INPUT,
    CacheDirOpt,
    Format,
    JobsOpt,
    ModelOpt,
    NoCacheOpt,
    QuietOpt,
    boundary,
    engine_options,
    fail,
    print_skipped,
    progress_bar,
    stderr,
)
from claimcheck.models import VERDICTS, Report


def parse_fail_on(value: str | None) -> set[str]:
    if not value:
        return set()
    verdicts = {v.strip() for v in value.split(",") if v.strip()}
    unknown = sorted(verdicts - set(VERDICTS))
    if unknown:
        raise typer.BadParameter(f"unknown verdict {', '.join(unknown)}; choose from {', '.join(VERDICTS)}")
    return verdicts


def emit(report: Report, fmt: Format, output: Path | None, protected: list[Path]) -> None:
    from claimcheck.outputs import write_output
    from claimcheck.render import RENDERERS

    if output is None and fmt is Format.table:
        from claimcheck.render.table import report_renderables

        console = Console(highlight=False)
        for item in report_renderables(report):
            console.print(item)
        return
    text = RENDERERS[fmt.value](report)
    if output is None:
        typer.echo(text, nl=False)
    else:
        write_output(output, text, protected=protected)
        stderr.print(f"wrote {output}", markup=False)


@app.command()
def analyze(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Article files or folders (recursive: .txt .md .html). Default: the bundled sample, "
             "data/claims against data/evidence.", show_default=False)] = None,
    evidence: Annotated[Path | None, typer.Option(
        "--evidence", "-e", help="Folder of evidence files (YAML/JSON). Default with no PATHS: data/evidence.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Report format.")] = Format.table,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the report to FILE (atomically) instead of standard output.")] = None,
    fail_on: Annotated[str | None, typer.Option(
        "--fail-on", metavar="VERDICT[,VERDICT]",
        help="Exit 1 if any claim gets one of these verdicts (for CI).")] = None,
    keep_going: Annotated[bool, typer.Option(
        "--keep-going", help="Analyze with the valid evidence records even if some are invalid.")] = False,
    taxonomy: Annotated[Path | None, typer.Option(
        "--taxonomy", help="A claim-category file that extends the built-in taxonomy.")] = None,
    model: ModelOpt = None,
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
    cache_dir: CacheDirOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Extract attributed claims, group them by incident, check them against evidence, report verdicts.

    Exit status: 0 clean; 1 a --fail-on verdict was found; 2 bad usage or an input was rejected.
    """
    from claimcheck import engine

    failing = parse_fail_on(fail_on)
    with boundary():
        if not paths:
            if not engine.SAMPLE_ARTICLES.is_dir():
                raise fail(f"no PATHS given and no sample dataset at {engine.SAMPLE_ARTICLES}/ "
                           "(run from the claimcheck repository, or name article files or folders)")
            paths = [engine.SAMPLE_ARTICLES]
            if evidence is None and engine.SAMPLE_EVIDENCE.is_dir():
                evidence = engine.SAMPLE_EVIDENCE
        if evidence is not None and not evidence.exists():
            raise fail(f"{evidence}: evidence folder not found")
        tax = None
        if taxonomy is not None:
            from claimcheck.taxonomy import load_taxonomy

            tax = load_taxonomy(taxonomy)
        with progress_bar(quiet) as progress:
            opts = engine_options(progress, model=model, jobs=jobs, no_cache=no_cache, cache_dir=cache_dir,
                                  taxonomy=tax, keep_going=keep_going)
            result = engine.analyze(paths, evidence, opts)
        for err in result.evidence_errors:
            stderr.print(str(err), markup=False, soft_wrap=True)
        report = result.report
        protected = [Path(a.path) for a in report.articles] + list(paths)
        if evidence is not None:
            protected.append(evidence)
        emit(report, fmt, output, protected)
        print_skipped(report.skipped)
    if report.skipped or result.evidence_errors:
        raise typer.Exit(EXIT_INPUT)
    if failing and any(report.summary.verdicts.get(v, 0) for v in failing):
        found = ", ".join(f"{report.summary.verdicts[v]} {v}" for v in sorted(failing)
                          if report.summary.verdicts.get(v))
        stderr.print(f"claimcheck: --fail-on: found {found}", markup=False)
        raise typer.Exit(EXIT_FOUND)
