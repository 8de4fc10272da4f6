from __future__ import annotations

from typing import Annotated

import typer

from claimcheck import __version__

app = typer.Typer(
    name="claimcheck",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Find officials' attributed claims in news articles and check them against evidence.

    Exit status: 0 success; 1 a --fail-on verdict was found or `check` found differences;
    2 bad usage or bad input.
    """
