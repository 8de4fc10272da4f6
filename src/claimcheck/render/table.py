"""Report -> rich renderables for the terminal: one panel per incident, evidence beneath each claim."""

from __future__ import annotations

import io

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimcheck.models import VERDICTS, Claim, Incident, Report
from claimcheck.render.common import claim_flags

MAX_EVIDENCE = 3  # evidence lines shown under a claim; the JSON report has them all
VERDICT_STYLE = {
    "contradicted": "bold red",
    "supported": "bold green",
    "disputed": "bold yellow",
    "unverified": "dim",
    "uncheckable": "magenta",
}


def _claim_cell(claim: Claim) -> Text:
    text = Text()
    text.append(f"“{claim.content.text}”")
    tags = claim_flags(claim)
    if claim.category:
        tags.append(claim.category)
    if tags:
        text.append("  [" + ", ".join(tags) + "]", style="cyan")
    for ev in claim.evidence[:MAX_EVIDENCE]:
        text.append(f"\n  {ev.relation} ", style="italic")
        text.append(f"{ev.id}", style="bold")
        text.append(f" ({ev.kind}): “{ev.text}”", style="dim")
    if len(claim.evidence) > MAX_EVIDENCE:
        text.append(f"\n  … {len(claim.evidence) - MAX_EVIDENCE} more in the JSON report", style="dim")
    text.append(f"\n{claim.article}", style="dim")
    return text


def _speaker_cell(claim: Claim) -> Text:
    text = Text(claim.speaker.canonical, style="bold")
    text.append(f"\n{claim.speaker.type} · {claim.cue.text}", style="dim")
    return text


def claims_table(claims: list[Claim]) -> Table:
    table = Table(expand=True, show_lines=True, header_style="bold")
    table.add_column("#", justify="right", width=3)
    table.add_column("verdict", width=13)
    table.add_column("speaker", ratio=1)
    table.add_column("claim · evidence · article", ratio=3)
    for n, claim in enumerate(claims, 1):
        verdict = Text(claim.verdict, style=VERDICT_STYLE[claim.verdict])
        verdict.append(f"\n{claim.confidence:.2f}", style="dim")
        table.add_row(str(n), verdict, _speaker_cell(claim), _claim_cell(claim))
    return table


def incident_panel(inc: Incident) -> Panel:
    parts: list[RenderableType] = []
    meta = [f"[bold]id[/] {escape(inc.id)}", f"[bold]subjects[/] {escape(', '.join(inc.subjects))}"]
    if inc.date:
        meta.append(f"[bold]date[/] {escape(inc.date)}")
    if inc.place:
        meta.append(f"[bold]place[/] {escape(inc.place)}")
    if inc.articles:
        meta.append(f"[bold]articles[/] {len(inc.articles)}")
    if not inc.curated:
        meta.append("[dim]no evidence file[/]")
    parts.append(Text.from_markup("  ".join(meta)))
    if inc.claims:
        parts.append(claims_table(inc.claims))
    for item in inc.inconsistencies:
        values = "; ".join(f"{v.value} ({v.article}: “{v.text}”)" for v in item.values)
        parts.append(Text(f"inconsistent {item.attribute} of {item.subject}: {values}", style="yellow"))
    return Panel(Group(*parts), title=Text(inc.title, style="bold"), title_align="left")


def summary_table(report: Report) -> Table:
    s = report.summary
    table = Table(title=f"{s.articles} articles · {s.claims} claims · {s.incidents} incidents",
                  header_style="bold", min_width=44)
    table.add_column("verdict")
    table.add_column("claims", justify="right")
    for verdict in VERDICTS:
        table.add_row(Text(verdict, style=VERDICT_STYLE[verdict]), str(s.verdicts.get(verdict, 0)))
    return table


def report_renderables(report: Report) -> list[RenderableType]:
    out: list[RenderableType] = [incident_panel(inc) for inc in report.incidents]
    if report.unassigned_claims:
        out.append(Panel(claims_table(report.unassigned_claims),
                         title="claims not tied to an incident", title_align="left"))
    out.append(summary_table(report))
    return out


def render_table_text(report: Report, width: int = 120) -> str:
    """The terminal view as plain text (for --output with --format table)."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, no_color=True, color_system=None,
                      force_terminal=False, legacy_windows=False)
    for item in report_renderables(report):
        console.print(item)
    return buffer.getvalue()
