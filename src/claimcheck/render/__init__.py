"""Pure functions from a Report to text: terminal table, Markdown, JSON, ClaimReview JSON-LD."""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.models import Report
from claimcheck.render.claimreview import render_claimreview
from claimcheck.render.json import render_json
from claimcheck.render.markdown import render_markdown
from claimcheck.render.table import render_table_text

RENDERERS: dict[str, Callable[[Report], str]] = {
    "table": render_table_text,
    "markdown": render_markdown,
    "json": render_json,
    "claimreview": render_claimreview,
}

__all__ = ["RENDERERS", "render_claimreview", "render_json", "render_markdown", "render_table_text"]
