"""Write docs/cli.md from the CLI's own --help output.

    python scripts/gen_cli_docs.py          # rewrite docs/cli.md
    python scripts/gen_cli_docs.py --check  # exit 1 if docs/cli.md is out of date (used by the tests)
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
import typer
from typer.testing import CliRunner

from claimcheck.cli import app

DOCS = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}


def command_paths() -> list[list[str]]:
    """Every command and subcommand, depth first, in the CLI's own order."""
    root = typer.main.get_command(app)
    paths: list[list[str]] = []

    def walk(cmd: click.Command, prefix: list[str]) -> None:
        paths.append(prefix)
        if isinstance(cmd, click.Group):
            for name in cmd.list_commands(click.Context(cmd)):
                walk(cmd.get_command(click.Context(cmd), name), [*prefix, name])

    walk(root, [])
    return paths


def help_text(args: list[str]) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env=ENV, prog_name="claimcheck")
    if result.exit_code != 0:
        raise SystemExit(f"claimcheck {' '.join(args)} --help failed:\n{result.output}")
    return "\n".join(line.rstrip() for line in result.output.strip("\n").splitlines())


def render() -> str:
    parts = ["# claimcheck command-line reference", "",
             "Generated from `--help` by `python scripts/gen_cli_docs.py`; a test keeps it current.", ""]
    for args in command_paths():
        title = " ".join(["claimcheck", *args])
        parts += [f"## `{title}`", "", "```", help_text(args), "```", ""]
    return "\n".join(parts)


def main() -> int:
    text = render()
    if "--check" in sys.argv[1:]:
        current = DOCS.read_text(encoding="utf-8") if DOCS.exists() else ""
        if current != text:
            print(f"{DOCS.name} is out of date: run python scripts/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    DOCS.write_text(text, encoding="utf-8")
    print(f"wrote {DOCS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
