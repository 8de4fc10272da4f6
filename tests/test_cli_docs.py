"""The CLI reference in docs/cli.md is generated from --help and must be current; every command has help."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts" / "gen_cli_docs.py")
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)


def test_cli_reference_is_current():
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == gen.render(), "docs/cli.md is out of date: run python scripts/gen_cli_docs.py"


@pytest.mark.parametrize("args", gen.command_paths(), ids=lambda a: " ".join(a) or "root")
def test_every_command_has_help(args):
    text = gen.help_text(args)
    assert "Usage: claimcheck" in text
    # a one-line description, not just the usage line and options
    description = text.split("Usage:", 1)[1].splitlines()[2:3]
    assert description and description[0].strip(), f"claimcheck {' '.join(args)} has no description"
