"""The command-line interface. The only package that parses arguments, prints or exits."""

from __future__ import annotations

from claimcheck.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
