"""Quotation regions of a text: where quoted speech starts and ends.

Curly and straight double quotation marks are paired within a paragraph (a line).  A quote left
open at the end of a paragraph is closed there (news style opens every paragraph of a long quote
again), a stray closing mark is ignored, and an opening mark met while a quote is open closes
the open one first: unbalanced marks degrade to shorter quotes, never to a quote that swallows
the rest of the article.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENERS = frozenset("“„«")
CLOSERS = frozenset("”»")
STRAIGHT = '"'
QUOTE_CHARS = OPENERS | CLOSERS | {STRAIGHT, "‘", "’", "'", "``", "''"}


@dataclass(frozen=True)
class QuoteRegion:
    """Characters ``start:end`` are the quoted text, without the marks."""

    start: int
    end: int
    closed: bool  # False when the paragraph ended before a closing mark


def _straight_role(text: str, i: int) -> str:
    """Whether a straight mark looks like an opening or a closing one, from its neighbours."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–/:":
        return "open" if not after.isspace() else "either"
    if after.isspace() or after in ".,;:!?)]}—–-":
        return "close"
    return "either"


def find_quote_regions(text: str) -> list[QuoteRegion]:
    """Every quotation in ``text``, in order; one pass over the characters."""
    regions: list[QuoteRegion] = []
    open_at: int | None = None

    def close(at: int, closed: bool) -> None:
        if open_at is not None and text[open_at:at].strip():
            regions.append(QuoteRegion(open_at, at, closed=closed))

    for i, ch in enumerate(text):
        if ch == "\n":
            close(i, False)
            open_at = None
        elif ch in OPENERS:
            close(i, False)
            open_at = i + 1
        elif ch in CLOSERS:
            close(i, True)
            open_at = None
        elif ch == STRAIGHT:
            role = _straight_role(text, i)
            if open_at is None:
                if role != "close":
                    open_at = i + 1
            elif role == "open":  # an opening mark while a quote is open: the last one never closed
                close(i, False)
                open_at = i + 1
            else:
                close(i, True)
                open_at = None
    close(len(text), False)
    return [_strip(r, text) for r in regions]


def _strip(region: QuoteRegion, text: str) -> QuoteRegion:
    start, end = region.start, region.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteRegion(start, end, region.closed)
