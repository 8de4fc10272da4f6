from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimcheck.cli.common import (
    EXIT_INPUT,
    CacheDirOpt,
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

evidence_app = typer.Typer(help="Author evidence files.", no_args_is_help=True)


@evidence_app.command("suggest")
def suggest_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (recursive).")],
    output_dir: Annotated[Path, typer.Option(
        "--output-dir", "-o", help="Folder for the drafts (created if missing). Existing files are never "
        "overwritten.")] = Path("evidence-drafts"),
    evidence: Annotated[Path | None, typer.Option(
        "--evidence", "-e", help="Existing evidence folder, so drafts reuse its incident ids and names.")] = None,
    model: ModelOpt = None,
    jobs: JobsOpt = None,
    no_cache: NoCacheOpt = False,
    cache_dir: CacheDirOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Write draft evidence files from evidence statements found in articles, for a human to review.

    One file per incident, named INCIDENT-ID.draft.yaml; every draft validates as an evidence file.
    """
    from claimcheck import engine
    from claimcheck.outputs import write_output
    from claimcheck.suggest import suggest

    with boundary():
        with progress_bar(quiet) as progress:
            opts = engine_options(progress, model=model, jobs=jobs, no_cache=no_cache, cache_dir=cache_dir)
            report = engine.analyze(paths, evidence, opts).report
        drafts = suggest(report.incidents, report.unassigned_claims)
        if not drafts:
            stderr.print("no evidence statements found; nothing written", markup=False)
            return
        targets = [(output_dir / f"{d.incident_id}.draft.yaml", d) for d in drafts]
        existing = [str(t) for t, _ in targets if t.exists()]
        if existing:
            raise fail(f"{existing[0]}: exists; claimcheck never overwrites a draft (move it or use another "
                       "--output-dir)")
        output_dir.mkdir(parents=True, exist_ok=True)
        inputs = [Path(a.path) for a in report.articles]
        for target, draft in targets:
            write_output(target, draft.to_yaml(), protected=inputs)
            findings = sum(len(r.findings) for r in draft.file.evidence)
            stderr.print(f"wrote {target} ({len(draft.file.evidence)} records, {findings} findings)", markup=False)
        print_skipped(report.skipped)
    if report.skipped:
        raise typer.Exit(EXIT_INPUT)
