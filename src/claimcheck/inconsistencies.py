"""Cross-article inconsistencies about one subject: age, date, counts, place.

A value is attached to a subject only where the text ties it to a mention of that
subject: an age right next to the name ("Good, 33", "the 43-year-old Porter",
"Martinez, a 30-year-old US citizen"), a date, count or place in a sentence about
the shooting whose nearest named person is the subject.  So two 37-year-old
victims in one article are never confused.  An inconsistency is reported when
the articles give two or more different values; each value keeps its article and
the text it was read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.incidents import Mention, SubjectIndex, fold_keep_case, slugify
from claimcheck.matching import split_sentences
from claimcheck.models import Article, Inconsistency, IncidentInfo, InconsistencyValue

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "once": 1, "twice": 2,
}
_NUM = r"(\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_MONTHS = {m[:3].lower(): m for m in (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December")}
_MONTH_RE = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE_RE = re.compile(rf"\b{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*(\d{{4}}))?\b")
_EVENT_RE = re.compile(r"\b(shot|shoot\w*|killed|kill\w*|died|death|wounded|arrest\w*|fired|struck|"
                       r"tased|detained|stopped)\b", re.IGNORECASE)
# Ages: after the name ("Good, 33," / "Martinez, a 30-year-old" / "Pretti, who was 37") ...
_AGE_AFTER = re.compile(
    r"^(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?(?:'s)?(?:,\s*(?:(?:an?|the)\s+)?(\d{1,3})(?:[\s-]year[\s-]old\b|(?=[,.;)]|\s+(?:and|was|is|who)\b))"
    r"|\s*\((\d{1,3})\)"
    r"|,\s*(?:who\s+(?:was|is)|aged?)\s+(\d{1,3})\b)")
# ... or before it ("the 43-year-old Porter", "33-year-old Minneapolis resident Renee Good").
# (Matched on folded text, where hyphens are spaces.)
# Between the age and the name only capitalised words, honorifics and a few role nouns
# ("Minneapolis resident", "ICU nurse"): never a verb ("a 37-year-old man shot Renee Good").
_ROLE_NOUNS = ("resident", "residents", "nurse", "mother", "father", "citizen", "immigrant", "veteran",
               "poet", "student", "worker", "driver", "native", "woman", "man", "victim", "teen",
               "teenager", "son", "daughter", "grandmother", "grandfather", "musician", "activist")
_AGE_BEFORE = re.compile(
    r"\b(\d{1,3})[\s-]year[\s-]old\s+(?:(?:[A-Z][\w’']*\.?|"
    + "|".join(_ROLE_NOUNS) + r")\s+){0,3}$")
_SHOTS = [
    re.compile(rf"\bshot\s+(?:at\s+)?{_NUM}\s+times\b", re.IGNORECASE),
    re.compile(rf"\b(?:fired|firing)\s+{_NUM}\s+(?:shots|rounds|times|bullets)\b", re.IGNORECASE),
    re.compile(rf"\b{_NUM}\s+(?:shots|rounds|bullets)\s+(?:were\s+)?fired\b", re.IGNORECASE),
]
_OFFICERS = re.compile(rf"\b{_NUM}\s+(?:\w+\s+)?(?:officers|agents|deputies|troopers)\b", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:shot|killed|died|shooting|wounded|arrested|detained)\b[^.;]{0,60}?\bin\s+"
                    r"((?:[A-Z][a-z]+\.?)(?:\s+[A-Z][a-z]+){0,2})")
_NOT_PLACES = set(_MONTHS.values()) | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                        "Saturday", "Sunday", "The", "His", "Her", "A", "An"}
# How far (characters) before a name an age may sit.
_BEFORE_WINDOW = 60


@dataclass(frozen=True)
class Fact:
    attribute: str
    value: str
    article: str
    text: str


def _num(s: str) -> int | None:
    s = s.lower()
    if s.isdigit():
        return int(s)
    return _NUMBER_WORDS.get(s)


def _ages(art: Article, folded: str, mentions: list[Mention], key: str) -> list[Fact]:
    out = []
    for m in mentions:
        if m.key != key:
            continue
        after = _AGE_AFTER.search(folded[m.end:m.end + 40])
        if after:
            value = next(g for g in after.groups() if g)
            snippet = art.text[m.start:m.end + after.end()]
            out.append(Fact("age", str(int(value)), art.id, snippet.strip(" ,")))
            continue
        win0 = max(0, m.start - _BEFORE_WINDOW)
        before = _AGE_BEFORE.search(folded[win0:m.start])
        if before:
            out.append(Fact("age", str(int(before.group(1))), art.id,
                            art.text[win0 + before.start():m.end]))
    return [f for f in out if 0 < int(f.value) < 120]


def _nearest_key(inside: list[Mention], pos: int) -> str | None:
    """The key of the mention (among those of one sentence) nearest to ``pos``."""
    if not inside:
        return None
    return min(inside, key=lambda m: (min(abs(m.start - pos), abs(m.end - pos)), m.start)).key


def _victim_key(inside: list[Mention], folded: str, verb: int) -> str | None:
    """Who an event verb is about: the name right after it ("shot Renee Good in ..."),
    else the nearest name before it ("Keith Porter Jr., who was shot ... in ...")."""
    after = [m for m in inside if verb < m.start]
    if after and re.fullmatch(r"\w+(?:\s+(?:and\s+)?[a-z]+){0,3}\s+", folded[verb:after[0].start]):
        return after[0].key
    before = [m for m in inside if m.end <= verb]
    return before[-1].key if before else None


def _sentence_facts(art: Article, folded: str, index: SubjectIndex, key: str) -> list[Fact]:
    out: list[Fact] = []
    for s0, s1 in split_sentences(folded):
        inside = index.mentions_between(art.id, s0, s1)
        if not any(m.key == key for m in inside):
            continue
        sent = folded[s0:s1]
        if not _EVENT_RE.search(sent):
            continue
        for dm in _DATE_RE.finditer(sent):
            if _nearest_key(inside, s0 + dm.start()) != key:
                continue
            month = _MONTHS[dm.group(1)[:3].lower()]
            value = f"{month} {int(dm.group(2))}" + (f", {dm.group(3)}" if dm.group(3) else "")
            out.append(Fact("date", value, art.id, art.text[s0 + dm.start():s0 + dm.end()]))
        for rx in _SHOTS:
            for cm in rx.finditer(sent):
                n = _num(cm.group(1))
                if n and _nearest_key(inside, s0 + cm.start()) == key:
                    out.append(Fact("shots", str(n), art.id, art.text[s0 + cm.start():s0 + cm.end()]))
        for om in _OFFICERS.finditer(sent):
            n = _num(om.group(1))
            if n and n < 100 and _nearest_key(inside, s0 + om.start()) == key:
                out.append(Fact("officers", str(n), art.id, art.text[s0 + om.start():s0 + om.end()]))
        for pm in _PLACE.finditer(sent):
            place = pm.group(1).rstrip(".")
            if place in _NOT_PLACES or _victim_key(inside, folded, s0 + pm.start()) != key:
                continue
            out.append(Fact("place", place, art.id, art.text[s0 + pm.start():s0 + pm.end()]))
    return out


def _date_values_agree(values: set[str]) -> bool:
    """ "January 7" and "January 7, 2026" agree."""
    days = {v.split(",")[0] for v in values}
    years = {v.split(", ")[1] for v in values if ", " in v}
    return len(days) == 1 and len(years) <= 1


def _places_agree(values: set[str], known: str | None) -> bool:
    vals = sorted(values)
    if known:
        vals = [v for v in vals if v.lower() not in known.lower()]
        if not vals:
            return True
        if len(vals) == 1 and len(values) == 1:
            return True
        if len(vals) < len(values):
            return False  # one value agrees with the record, another does not
    return all(a.lower() in b.lower() or b.lower() in a.lower() for a in vals for b in vals)


def find_inconsistencies(subject: str, articles: list[Article], *, aliases: list[str] | None = None,
                         key: str | None = None, index: SubjectIndex | None = None,
                         place: str | None = None) -> list[Inconsistency]:
    """Values that differ across articles for one subject.

    ``index`` (with ``key``) reuses the mentions already resolved for the whole
    dataset; without it the subject and its aliases are looked up on their own.
    """
    if index is None or key is None:
        key = key or slugify(subject)
        info = IncidentInfo(id=key, title=subject, subjects=[subject], aliases=aliases or [])
        index = SubjectIndex([info], articles)
    facts: list[Fact] = []
    for art in sorted(articles, key=lambda a: a.id):
        mentions = index.mentions(art.id)
        if not any(m.key == key for m in mentions):
            continue
        folded = fold_keep_case(art.text)
        facts += _ages(art, folded, mentions, key)
        facts += _sentence_facts(art, folded, index, key)
    out: list[Inconsistency] = []
    for attribute in ("age", "date", "shots", "officers", "place"):
        these = [f for f in facts if f.attribute == attribute]
        values = {f.value for f in these}
        if len(values) < 2:
            continue
        if attribute == "date" and _date_values_agree(values):
            continue
        if attribute == "place" and _places_agree(values, place):
            continue
        seen: set[tuple[str, str, str]] = set()
        vals = []
        for f in sorted(these, key=lambda f: (f.article, f.value, f.text)):
            if (f.value, f.article, f.text) not in seen:
                seen.add((f.value, f.article, f.text))
                vals.append(InconsistencyValue(value=f.value, article=f.article, text=f.text))
        out.append(Inconsistency(subject=subject, attribute=attribute, values=vals))
    return out
