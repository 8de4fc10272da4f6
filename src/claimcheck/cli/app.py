from __future__ import annotations

import typer

app = typer.Typer(
    name="claimcheck",
    help="Find officials' attributed claims in news articles and check them against evidence.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
