from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claimcheck.cli.app import app
from claimcheck.cli.common import EXIT_INPUT, boundary, stderr


@app.command()
def validate(
    paths: Annotated[list[Path], typer.Argument(help="Evidence files or folders (YAML or JSON).")],
    taxonomy: Annotated[Path | None, typer.Option(
        "--taxonomy", help="A claim-category file that extends the built-in taxonomy.")] = None,
) -> None:
    """Validate evidence records: every error as FILE:LINE: FIELD: MESSAGE; exit 2 if any."""
    from claimcheck.evidence import validate_evidence
    from claimcheck.taxonomy import load_taxonomy

    with boundary():
        names = load_taxonomy(taxonomy).names
        errors = validate_evidence(paths, names)
    for err in errors:
        stderr.print(str(err), markup=False, soft_wrap=True)
    if errors:
        raise typer.Exit(EXIT_INPUT)
    typer.echo(f"ok: {', '.join(str(p) for p in paths)}")
