"""Report -> Markdown that renders well on a code-hosting site.

Every piece of article or evidence text is escaped, so an article cannot inject
markup (links, HTML, headings, tables) into the report.
"""

from __future__ import annotations

import re

from claimcheck.models import VERDICTS, Claim, Incident, Report
from claimcheck.render.common import claim_flags

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#|~])")
_LEADING = re.compile(r"^(\d+)([.)])|^([-+=])")
_VERDICT_BADGE = {
    "contradicted": "🔴 contradicted",
    "supported": "🟢 supported",
    "disputed": "🟠 disputed",
    "unverified": "⚪ unverified",
    "uncheckable": "⚫ uncheckable",
}


def escape(text: str) -> str:
    """Escape Markdown and HTML in inline text; newlines become spaces."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # a leading "1." or "-" would start a list, "=" or "-" under a line a heading
    return _LEADING.sub(lambda m: (m.group(1) + "\\" + m.group(2)) if m.group(1) else "\\" + m.group(3), text)


def _quote(text: str) -> str:
    return "> " + escape(text)


def _code(text: str) -> str:
    return "`" + text.replace("`", "'") + "`"


def _claim_block(n: int, claim: Claim) -> list[str]:
    speaker = escape(claim.speaker.canonical)
    if claim.speaker.text and claim.speaker.text != claim.speaker.canonical:
        speaker += f" (“{escape(claim.speaker.text)}”)"
    flags = claim_flags(claim)
    head = (f"**{n}. {_VERDICT_BADGE[claim.verdict]}** ({claim.confidence:.2f}) — {speaker}, "
            f"*{escape(claim.speaker.type)}*, cue “{escape(claim.cue.text)}”"
            f" — {_code(claim.article)}")
    if claim.category:
        head += f" — category {_code(claim.category)}"
    if flags:
        head += " — " + ", ".join(flags)
    lines = [head, "", _quote(claim.content.text), ""]
    for ev in claim.evidence:
        where = f"{ev.kind}" + (f", {escape(ev.source)}" if ev.source else "")
        lines.append(f"- *{ev.relation}* — {_code(ev.id)} ({where}, score {ev.score:.2f}):")
        lines.append("")
        lines.append("  " + _quote(ev.text))
        lines.append("")
    if claim.rationale:
        lines.append(f"*Why:* {escape(claim.rationale)}")
        lines.append("")
    return lines


def _summary_table(report: Report) -> list[str]:
    header = "| incident | claims | " + " | ".join(VERDICTS) + " |"
    rule = "|---|---:|" + "---:|" * len(VERDICTS)
    rows = [header, rule]
    for inc in report.incidents:
        counts = {v: 0 for v in VERDICTS}
        for c in inc.claims:
            counts[c.verdict] += 1
        rows.append(f"| [{escape(inc.title)}](#{_anchor(inc)}) | {len(inc.claims)} | "
                    + " | ".join(str(counts[v]) for v in VERDICTS) + " |")
    totals = report.summary.verdicts
    rows.append(f"| **all** | {report.summary.claims} | "
                + " | ".join(str(totals.get(v, 0)) for v in VERDICTS) + " |")
    return rows


def _anchor(inc: Incident) -> str:
    return "incident-" + re.sub(r"[^a-z0-9-]", "", inc.id.lower().replace(".", ""))


def _incident_section(inc: Incident) -> list[str]:
    lines = [f'<a id="{_anchor(inc)}"></a>', "", f"## {escape(inc.title)}", ""]
    facts = [f"- **id:** {_code(inc.id)}",
             f"- **subjects:** {escape(', '.join(inc.subjects))}"]
    if inc.aliases:
        facts.append(f"- **aliases:** {escape(', '.join(inc.aliases))}")
    if inc.date:
        facts.append(f"- **date:** {escape(inc.date)}")
    if inc.place:
        facts.append(f"- **place:** {escape(inc.place)}")
    if inc.articles:
        facts.append("- **articles:** " + ", ".join(_code(a) for a in inc.articles))
    if not inc.curated:
        facts.append("- *no evidence file names this subject*")
    lines += facts + [""]
    if inc.claims:
        lines += ["### Claims", ""]
        for n, claim in enumerate(inc.claims, 1):
            lines += _claim_block(n, claim)
    if inc.inconsistencies:
        lines += ["### Inconsistencies across articles", "",
                  "| subject | attribute | value | article | text |", "|---|---|---|---|---|"]
        for inc_ in inc.inconsistencies:
            for v in inc_.values:
                lines.append(f"| {escape(inc_.subject)} | {escape(inc_.attribute)} | {escape(v.value)} "
                             f"| {_code(v.article)} | {escape(v.text)} |")
        lines.append("")
    return lines


def render_markdown(report: Report) -> str:
    s = report.summary
    lines = [
        "# claimcheck report",
        "",
        f"{s.articles} articles, {s.claims} claims, {s.incidents} incidents — "
        f"claimcheck {escape(report.generator.version)}, model {_code(report.model.name)} "
        f"{escape(report.model.version)}.",
        "",
        "## Summary",
        "",
        *_summary_table(report),
        "",
    ]
    for inc in report.incidents:
        lines += _incident_section(inc)
    if report.unassigned_claims:
        lines += ["## Claims not tied to an incident", ""]
        for n, claim in enumerate(report.unassigned_claims, 1):
            lines += _claim_block(n, claim)
    if report.skipped:
        lines += ["## Skipped inputs", ""]
        lines += [f"- {_code(item.path)}: {escape(item.reason)}" for item in report.skipped]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
