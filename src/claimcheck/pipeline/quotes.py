"""Quotation regions of a text: where quoted speech starts and ends.

Curly and straight double quotation marks, and typewriter pairs (``like this''), are paired
within a paragraph (a line).  A quote left open at the end of a paragraph is closed there (news
style opens every paragraph of a long quote again), a stray closing mark is ignored, and an
opening mark met while a quote is open closes the open one first: unbalanced marks degrade to
shorter quotes, never to a quote that swallows the rest of the article.  Two single curly
marks in a row (‘‘ ’’) stand for a double one.  One exception to "stray": when the paragraph
before ended inside a quotation and this one has no opening mark, a closing mark in it ends a
quotation that began at the paragraph's start (a long quote whose next paragraph was not opened
again).  A closing curly mark where no quotation is open, at a paragraph's start or after a
space and before a word, is read as an opening one: some publishers type the closing mark at
both ends.  Quotations in single marks, as British and Irish papers print speech, are found
in a second pass (see :func:`_single_quote_regions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = frozenset("“„«")
CLOSERS = frozenset("”»")
STRAIGHT = '"'
SINGLE_MARKS = frozenset("‘’'")  # quotation marks, and far more often apostrophes
QUOTE_CHARS = OPENERS | CLOSERS | SINGLE_MARKS | {STRAIGHT, "``", "''"}


@dataclass(frozen=True)
class QuoteRegion:
    """Characters ``start:end`` are the quoted text, without the marks."""

    start: int
    end: int
    closed: bool  # False when the paragraph ended before a closing mark


def _role_by_neighbours(text: str, i: int, end: int) -> str:
    """Whether a mark at ``i:end`` looks like an opening or a closing one, from its
    neighbours: a straight mark, or a closing curly one where no quotation is open."""
    before = text[i - 1] if i > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isspace() or before in "([{—–/:":
        return "open" if not after.isspace() else "either"
    if after.isspace() or after in ".,;:!?)]}—–-":
        return "close"
    return "either"


def find_quote_regions(text: str) -> list[QuoteRegion]:
    """Every quotation in ``text``, in order; one pass over the characters."""
    regions: list[QuoteRegion] = []
    open_at: int | None = None
    ended_open = False  # the last paragraph with text ended inside a quotation
    carry_from: int | None = None  # start of the paragraph that may continue it

    def close(at: int, closed: bool) -> None:
        if open_at is not None and text[open_at:at].strip():
            regions.append(QuoteRegion(open_at, at, closed=closed))

    i, n = 0, len(text)
    while i < n:
        m, ch = i, text[i]  # a mark starts at m; the next character to read is at i
        i += 1
        if ch == "`" and text[i:i + 1] == "`":  # a typewriter-style pair: ``like this''
            ch, i = "“", m + 2
        elif ch in "‘’" and text[i:i + 1] == ch and text[i + 1:i + 2] != ch:
            # two single curly marks typed for a double one: ‘‘like this’’
            ch, i = ("“" if ch == "‘" else "”"), m + 2
        elif ch == "'" and text[i:i + 1] == "'" and text[i + 1:i + 2] != "'" \
                and (m == 0 or text[m - 1] != "'"):
            ch, i = STRAIGHT, m + 2  # judged by its neighbours, like a straight mark
        if ch == "\n":
            if open_at is not None and text[open_at:m].strip():
                ended_open = True
            elif carry_from is not None or (m > 0 and text[m - 1] not in "\n\r \t"):
                ended_open = False  # a paragraph of text ended outside any quotation
            carry_from = None
            close(m, False)
            open_at = None
            continue
        if ended_open and carry_from is None and open_at is None and not ch.isspace():
            carry_from = m  # the first character of the paragraph after an open quotation
        if ch in OPENERS:
            carry_from = None
            ended_open = False
            close(m, False)
            open_at = i
        elif ch in CLOSERS and open_at is None and _role_by_neighbours(text, m, i) == "open":
            # '”Any government ... will fail,” said Ade': a closing mark typed where an
            # opening one belongs, at a paragraph's start or after a space
            carry_from = None
            ended_open = False
            open_at = i
        elif ch in CLOSERS:
            if open_at is None and carry_from is not None:
                regions.append(QuoteRegion(carry_from, m, closed=True))
                carry_from = None
                ended_open = False
            close(m, True)
            open_at = None
        elif ch == STRAIGHT:
            role = _role_by_neighbours(text, m, i)
            if open_at is None and carry_from is not None and role == "close":
                regions.append(QuoteRegion(carry_from, m, closed=True))
                carry_from = None
                ended_open = False
            elif open_at is None:
                if role != "close":
                    carry_from = None
                    ended_open = False
                    open_at = i
            elif role == "open":  # an opening mark while a quote is open: the last one never closed
                close(m, False)
                open_at = i
            else:
                close(m, True)
                open_at = None
    close(len(text), False)
    return _with_single_quotes([_strip(r, text) for r in regions], text)


_SINGLE_OPENERS = "‘'"
_SINGLE_CLOSERS = "’'"
_SINGLE_MARK = re.compile(f"[{''.join(sorted(SINGLE_MARKS))}]")


def _single_quote_regions(text: str) -> list[QuoteRegion]:
    """Quotations in single marks, as British and Irish papers print speech: ‘We acted
    lawfully,’ she said. A mark is an apostrophe far more often than a quotation mark, so only
    an opening mark before a word, at a paragraph's start or after a space, and a closing mark
    right after the sentence's own punctuation ("...lawfully,’") count; a quotation opened at a
    paragraph's start or after a colon and not closed in the paragraph runs to its end. Scare
    quotes (‘extensive injuries’) are left alone."""
    regions: list[QuoteRegion] = []
    start = 0
    for line in text.split("\n"):
        n = len(line)
        marks = [m.start() for m in _SINGLE_MARK.finditer(line)]  # only the marks are looked at
        j = 0
        while j < len(marks):
            i = marks[j]
            j += 1
            if line[i] not in _SINGLE_OPENERS or not (i == 0 or line[i - 1] in " \t([—–") \
                    or i + 1 >= n or not line[i + 1].isalnum():
                continue
            # the first mark that can close: after the sentence's punctuation it closes
            # speech; after a letter, a scare quote or a possessive, and this opening mark is
            # no quotation of speech
            close = next((k for k in marks[j:] if line[k] in _SINGLE_CLOSERS
                          and (k + 1 == n or not line[k + 1].isalnum())), None)
            if close is not None and line[close - 1] in ",.!?…":
                regions.append(QuoteRegion(start + i + 1, start + close, closed=True))
                j = marks.index(close) + 1
            elif close is None and (not line[:i].strip() or line[:i].rstrip().endswith(":")):
                # '‘It is now ...' opening a paragraph, 'The statement reads: ‘In ...'
                regions.append(QuoteRegion(start + i + 1, start + n, closed=False))
                break
        start += n + 1
    return [_strip(r, text) for r in regions if text[r.start:r.end].strip()]


def _with_single_quotes(regions: list[QuoteRegion], text: str) -> list[QuoteRegion]:
    """Double-quoted regions and single-quoted ones together, never overlapping: a single
    quotation that holds double ones inside it wins over them; one that overlaps a double
    quotation otherwise, or lies inside one (a quotation within a quotation), is dropped."""
    if "‘" not in text and "'" not in text:
        return regions
    singles = _single_quote_regions(text)
    if not singles:
        return regions
    kept: list[QuoteRegion] = []
    for single in singles:
        inside = [r for r in regions if single.start <= r.start and r.end <= single.end]
        crossing = [r for r in regions if r.start < single.end and single.start < r.end
                    and r not in inside]
        if not crossing:
            kept.append(single)
    if not kept:
        return regions
    out = [r for r in regions
           if not any(k.start <= r.start and r.end <= k.end for k in kept)] + kept
    return sorted(out, key=lambda r: r.start)


def _strip(region: QuoteRegion, text: str) -> QuoteRegion:
    start, end = region.start, region.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteRegion(start, end, region.closed)
