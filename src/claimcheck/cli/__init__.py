"""The command-line interface. The only package that parses arguments, prints or exits."""

from __future__ import annotations

from claimcheck.cli import analyze, check, extract, validate  # noqa: F401  (registers commands)
from claimcheck.cli.app import app

try:  # the evaluation commands
    from claimcheck.cli.eval_cmd import eval_app

    app.add_typer(eval_app, name="eval")
except ImportError:  # pragma: no cover
    pass


def main() -> None:
    app()


__all__ = ["app", "main"]
