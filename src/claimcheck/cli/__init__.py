"""The command-line interface. The only package that parses arguments, prints or exits."""

from __future__ import annotations

from claimcheck.cli import analyze, check, extract, validate  # noqa: F401  (registers commands)
from claimcheck.cli.app import app
from claimcheck.cli.eval_cmd import eval_app
from claimcheck.cli.evidence_cmd import evidence_app

app.add_typer(eval_app, name="eval")
app.add_typer(evidence_app, name="evidence")


def main() -> None:
    app()


__all__ = ["app", "main"]
