"""Which incident (which person) each claim is about.

Subjects come from the evidence files (canonical names and aliases) and, for
people no evidence file names, from the PERSON names spaCy found in the articles.
A claim belongs to a subject when its content names the subject, when a pronoun
in its content refers back to the subject (the most recently named person before
it, agreeing in gender where an honorific tells it), or, for a use-of-force claim,
when its sentence names exactly one subject outside the speaker's own name (see
``resolve_claim`` for the last resorts).  People the evidence names besides the
subject (the injured officer) are participants of the subject's incident.

Names are compared after folding accents and hyphens ("Villegas González" ==
"Villegas-Gonzalez"), dropping honorifics and suffixes ("Ms.", "Jr."), and
possessives ("Good's").  A surname alone refers to a subject only in an article
that also names the subject in full (or with an honorific), and only when the
nearest full name with that surname is the subject's: two people sharing a
surname are never merged.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from claimcheck.models import Article, Claim, IncidentInfo

HONORIFICS = ("Mr", "Ms", "Mrs", "Miss", "Mx", "Dr")
_HONORIFIC_GENDER = {"mr": "m", "ms": "f", "mrs": "f", "miss": "f"}
SUFFIXES = ("Jr", "Sr", "II", "III", "IV")
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
_PRONOUN_RE = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_HONORIFIC_RE = re.compile(r"\b(Mr|Ms|Mrs|Miss|Mx|Dr)\.?\s+([A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)?)")
# An unnamed person other than the subject ("a man who was attacking him").
_OTHER_PERSON_RE = re.compile(
    r"\b(?:a|an|another|one|two|three|several|other)\s+(?:[a-z-]+\s+)?(?:man|woman|person|driver|"
    r"suspect|teen|teenager|boy|girl|motorist|protester|protesters|men|women|people|individual|"
    r"bystander|passenger)\b")
# A sentence about some other event ("in a separate incident").
_ELSEWHERE_RE = re.compile(r"\b(?:unrelated|separate|another|other|earlier|previous|similar)\s+"
                           r"(?:incident|case|shooting|encounter|arrest|episode|stop)s?\b", re.IGNORECASE)
# Words that mark a PERSON entity from the tagger as an organisation or place.
_NOT_PERSON_WORDS = {
    "patrol", "border", "department", "police", "security", "homeland", "customs", "enforcement",
    "immigration", "office", "county", "city", "court", "council", "house", "senate", "congress",
    "news", "times", "post", "agency", "service", "university", "school", "street", "avenue",
    "district", "administration", "government", "bureau", "federal", "state", "national",
    "center", "church", "hospital", "company", "group", "union", "party", "committee",
    "commission", "board", "lodge", "order", "fraternal", "association", "institute", "ice",
}
# Two full names of one person: same surname, and first names this similar.
NAME_SIMILARITY = 90


# --------------------------------------------------------------------------- names


_FOLD_CACHE: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    out = _FOLD_CACHE.get(ch)
    if out is None:
        if ch in "\u2010\u2011\u2013":
            out = " "
        elif ch in "\u2019\u2018":
            out = "'"
        else:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out = base if len(base) == 1 else ch
        _FOLD_CACHE[ch] = out
    return out


@lru_cache(maxsize=256)
def fold_keep_case(text: str) -> str:
    """Accents stripped, dashes to spaces, curly apostrophes straightened, same length."""
    text = text.replace("-", " ")
    if text.isascii():
        return text
    return "".join(ch if ch < "\x80" else _fold_char(ch) for ch in text)


def name_parts(name: str) -> list[str]:
    """A name as words, without honorifics, suffixes, possessive or punctuation."""
    return list(_name_parts(name))


@lru_cache(maxsize=65536)
def _name_parts(name: str) -> tuple[str, ...]:
    text = fold_keep_case(name)
    text = re.sub(r"'s\b", "", text)
    words = [w.strip(".,") for w in text.split()]
    words = [w for w in words if w]
    while words and words[0].rstrip(".") in HONORIFICS:
        words = words[1:]
    while words and words[-1].rstrip(".") in SUFFIXES:
        words = words[:-1]
    return tuple(words)


def normalize_name(name: str) -> str:
    return " ".join(name_parts(name))


def looks_like_person(parts: list[str]) -> bool:
    """Two to four capitalised words, none an organisation word ("Border Patrol" is not a person)."""
    if not 2 <= len(parts) <= 4:
        return False
    for w in parts:
        if not (w[:1].isupper() and not w.isupper() or len(w) <= 2 and w.endswith(".")):
            return False
        if w.lower().strip(".") in _NOT_PERSON_WORDS:
            return False
    return True


def slugify(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "unnamed"


def surname_of(name: str) -> str:
    """The last word of a name (a hyphenated surname stays whole)."""
    text = fold_keep_case(name.replace("-", "\u2012"))  # protect hyphens from folding
    words = name_parts(text)
    return words[-1].replace("\u2012", " ") if words else ""


@lru_cache(maxsize=65536)
def same_person(a: str, b: str) -> bool:
    """Whether two full names may denote one person: equal surnames and compatible
    first names (equal, one an initial of the other, or fuzzily equal)."""
    return _same_parts(_name_parts(a), _name_parts(b))


def _same_parts(pa: tuple[str, ...], pb: tuple[str, ...]) -> bool:
    """``same_person`` on names already split by ``name_parts``."""
    if not pa or not pb:
        return False
    if default_process(pa[-1]) != default_process(pb[-1]):
        # hyphenated vs spaced surnames: compare the last two words
        if fuzz.ratio(" ".join(pa[-2:]), " ".join(pb[-2:]), processor=default_process) < 95:
            return False
    if len(pa) == 1 or len(pb) == 1:
        return True
    fa, fb = default_process(pa[0]), default_process(pb[0])
    if fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb)):
        return True
    return fuzz.ratio(fa, fb) >= NAME_SIMILARITY


_ABBREV_END = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|Gov|Sen|Rep|Lt|Sgt|Gen|Col|Capt|No|Jan|Feb|"
                         r"Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|U\.S|U\.N)|\b[A-Z])$")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘(A-Z0-9])|\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: ends at . ! ? (not after a title or initial) or a line break."""
    return list(_split_sentences(text))


@lru_cache(maxsize=64)
def _split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if m.group(0)[0] == "." and _ABBREV_END.search(text, max(start, m.start() - 6), m.start()):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    out = []
    for s0, e in spans:
        while s0 < e and text[s0].isspace():
            s0 += 1
        out.append((s0, e))
    return tuple(out)


# --------------------------------------------------------------------------- subjects


@dataclass
class Subject:
    """One person claims can be about: a curated incident's subject or a person from the articles."""

    key: str  # incident id
    canonical: str
    full_forms: list[str]  # names that identify the person on their own
    surnames: list[str]  # names that do so only next to a full form in the same article
    curated: bool
    info: IncidentInfo | None = None
    gender: str | None = None
    participants: list[str] = field(default_factory=list)  # others the evidence names (an officer)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    key: str  # Subject.key, or "person:<name>" for a person who is not a subject
    full: bool  # a full form (not a bare surname)
    gender: str | None = None


def _subject_from_info(info: IncidentInfo) -> Subject:
    full: list[str] = []
    surnames: list[str] = []
    gender = None
    for name in [*info.subjects, *info.aliases]:
        parts = name_parts(name)
        hon = name.split()[0].rstrip(".").lower() if name.split() else ""
        gender = gender or _HONORIFIC_GENDER.get(hon)
        if len(parts) >= 2:
            full.append(" ".join(parts))
            if len(parts) > 2:
                full.append(f"{parts[0]} {parts[-1]}")  # without middle names
        elif parts:
            surnames.append(parts[0])  # "Good", or "Mr. Ibáñez" (full with its honorific)
    for name in info.subjects:
        sn = surname_of(name)
        if sn:
            surnames.append(sn)
    full_forms = sorted({f for f in full if len(f.split()) >= 2})
    # "Ms. Good" names the subject on its own; honorifics of the other gender do not
    hons = [h for h in HONORIFICS if gender is None or _HONORIFIC_GENDER.get(h.lower(), gender) == gender]
    hon_forms = sorted({f"{h}. {p}" for h in hons for p in set(surnames)})
    return Subject(
        key=info.id, canonical=info.subjects[0], full_forms=sorted(set(full_forms) | set(hon_forms)),
        surnames=sorted(set(surnames)), curated=True, info=info, gender=gender,
    )


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=65536)
def _name_regex(form: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in _form_words(form)]
    body = r"\s*".join(w for w in words)
    return re.compile(rf"(?<![\w]){body}(?![\w])")


def _form_words(form: str) -> list[str]:
    """The literal pieces ``_name_regex`` looks for, in order."""
    return fold_keep_case(form).replace(".", ". ").split()


@lru_cache(maxsize=65536)
def _form_key(form: str) -> str:
    """A literal every match of ``_name_regex(form)`` contains: its longest word."""
    words = _form_words(form)
    return max(words, key=len) if words else ""


class _FullForms:
    """Full names (two words or more) with their owners, in order, looked up by
    surname: ``first(name)`` is the owner of the first form ``same_person`` accepts,
    without comparing the name with every form."""

    def __init__(self, forms: list[tuple[str, object]], min_words: int = 2) -> None:
        self._min_words = min_words
        self._parts: list[tuple[str, ...]] = []
        self._owners: list[object] = []
        self._by_surname: dict[str, list[int]] = {}
        self._last_two: list[str] = []
        self._blank: list[int] = []  # forms whose last two words process to nothing
        for form, owner in forms:
            self.add(form, owner)

    def add(self, form: str, owner: object) -> None:
        """One more form, after the others (forms of fewer than ``min_words`` are left out)."""
        parts = _name_parts(form)
        if len(parts) < max(1, self._min_words):
            return
        i = len(self._parts)
        self._parts.append(parts)
        self._owners.append(owner)
        self._by_surname.setdefault(default_process(parts[-1]), []).append(i)
        last_two = default_process(" ".join(parts[-2:]))
        self._last_two.append(last_two)
        if not last_two:
            self._blank.append(i)

    def first(self, name: str) -> object | None:
        parts = _name_parts(name)
        if not parts or not self._parts:
            return None
        cands = set(self._by_surname.get(default_process(parts[-1]), ()))
        query = default_process(" ".join(parts[-2:]))
        if query:
            # same_person's second chance: the last two words fuzzily equal (a margin
            # below its threshold; each candidate is checked exactly below)
            cands.update(i for _, _, i in process.extract(
                query, self._last_two, scorer=fuzz.ratio, score_cutoff=90, limit=None))
            cands.update(self._blank)
        else:
            cands = set(range(len(self._parts)))
        for i in sorted(cands):
            if _same_parts(parts, self._parts[i]):
                return self._owners[i]
        return None


class SubjectIndex:
    """Subjects of the evidence set plus people seen in the articles, and where each is mentioned."""

    def __init__(self, infos: list[IncidentInfo], articles: list[Article],
                 person_names: dict[str, list[str]] | None = None,
                 speakers: set[str] | None = None,
                 evidence_texts: dict[str, list[str]] | None = None) -> None:
        """``evidence_texts`` maps an incident id to the texts of its findings: a person
        the articles name and the findings name too (the injured officer) is a
        participant of that incident."""
        self.subjects: dict[str, Subject] = {}
        for info in sorted(infos, key=lambda i: i.id):
            self.subjects[info.id] = _subject_from_info(info)
        self._add_participants(person_names or {}, evidence_texts or {})
        self._curated_forms = _FullForms([(f, subj) for subj in self.subjects.values()
                                          for f in [*subj.full_forms, *subj.participants]])
        # every full form and participant of a subject, grouped by a literal it contains
        self._forms_by_key: dict[str, list[tuple[str, str]]] = {}
        for subj in self.subjects.values():
            for form in [*subj.full_forms, *subj.participants]:
                self._forms_by_key.setdefault(_form_key(form), []).append((form, subj.key))
        self._surname_keys: dict[str, set[str]] | None = None  # surname -> subject keys
        self._surname_words: dict[str, list[str]] = {}  # one-word surnames by that word
        self._surname_rest: list[str] = []  # the others
        self._articles = {a.id: a for a in articles}
        self._speakers = {normalize_name(s) for s in (speakers or set()) if s}
        self._others: dict[str, Subject] = {}  # people no evidence file names
        self._other_names: _FullForms | None = None  # their canonical names, in the same order
        self._mentions: dict[str, list[Mention]] = {}
        self._starts: dict[str, list[int]] = {}
        self._is_speaker: dict[str, tuple[str, bool]] = {}
        person_names = person_names or {}
        for art in sorted(articles, key=lambda a: a.id):
            self._mentions[art.id] = self._find_mentions(art, person_names.get(art.id, []))

    # ------------------------------------------------------------------ people from articles

    def _add_participants(self, person_names: dict[str, list[str]],
                          evidence_texts: dict[str, list[str]]) -> None:
        names = sorted({n for names in person_names.values() for n in names})
        subject_forms = _FullForms([(f, True) for s in self.subjects.values() for f in s.full_forms])
        # the people who may be participants: whether a name is a subject's does not
        # depend on the incident, so it is decided once per name
        people: list[str] = []
        for name in names:
            parts = name_parts(name)
            if len(parts) < 2 or not looks_like_person(parts):
                continue
            full = " ".join(parts)
            if subject_forms.first(full) is not None:
                continue  # a subject, not a participant
            people.append(full)
        by_key: dict[str, list[str]] = {}
        for full in people:
            by_key.setdefault(_form_key(full), []).append(full)
        for key in sorted(evidence_texts):
            subj = self.subjects.get(key)
            if subj is None:
                continue
            texts = " ".join(fold_keep_case(t) for t in evidence_texts[key])
            for literal, fulls in by_key.items():
                if literal not in texts:
                    continue
                for full in fulls:
                    if _name_regex(full).search(texts):
                        subj.participants.append(full)
            subj.participants = sorted(set(subj.participants))

    def _person_subject(self, name: str) -> Subject | None:
        """The (possibly new) non-curated subject for a PERSON name, or None for a curated one
        or for a name that does not look like a person's."""
        parts = name_parts(name)
        if len(parts) < 2 or not looks_like_person(parts):
            return None
        full = " ".join(parts)
        curated = self._curated_forms.first(full)
        if curated is not None:
            return curated  # type: ignore[return-value]
        if self._other_names is None:
            self._other_names = _FullForms([(o.canonical, o) for o in self._others.values()],
                                           min_words=1)
        known: Subject | None = self._other_names.first(full)  # type: ignore[assignment]
        if known is not None:
            subj = known
            if len(full) > len(subj.canonical):
                subj.canonical = full
                subj.full_forms = sorted({*subj.full_forms, full})
                self._other_names = None  # re-indexed under the new name when next needed
            return subj
        key = slugify(full)
        subj = Subject(key=key, canonical=full, full_forms=[full], surnames=[surname_of(full)],
                       curated=False)
        if key in self._others or self._surname_keys is None:
            self._surname_keys = None  # rebuilt when next needed
        else:
            for sn in subj.surnames:
                if sn not in self._surname_keys:
                    self._index_surname(sn)
                self._surname_keys.setdefault(sn, set()).add(key)
        if key in self._others:
            self._other_names = None  # a name replaced in place: re-indexed when next needed
        elif self._other_names is not None:
            self._other_names.add(subj.canonical, subj)
        self._others[key] = subj
        return subj

    def _surnames(self) -> dict[str, set[str]]:
        """Surname -> keys of the subjects and people who bear it."""
        if self._surname_keys is None:
            keys: dict[str, set[str]] = {}
            for subj in [*self.subjects.values(), *self._others.values()]:
                for sn in [*subj.surnames, *(surname_of(p) for p in subj.participants)]:
                    keys.setdefault(sn, set()).add(subj.key)
            self._surname_keys = keys
            self._surname_words, self._surname_rest = {}, []
            for sn in keys:
                self._index_surname(sn)
        return self._surname_keys

    def _index_surname(self, sn: str) -> None:
        """File a surname under the one word any mention of it must contain, if it has one."""
        words = _form_words(sn)
        if len(words) == 1 and _WORD.fullmatch(words[0]):
            self._surname_words.setdefault(words[0], []).append(sn)
        else:
            self._surname_rest.append(sn)

    def _surnames_in(self, text: str) -> list[str]:
        """The known surnames a mention in ``text`` could be of, sorted: a one-word surname only
        if ``text`` has it as a whole word (what its pattern needs), others if ``text`` holds
        their longest word.  Looked up by the article's words, not tried one by one."""
        self._surnames()
        found = [sn for word in set(_WORD.findall(text)) for sn in self._surname_words.get(word, ())]
        found += [sn for sn in self._surname_rest if _form_key(sn) in text]
        return sorted(found)

    def _find_mentions(self, art: Article, persons: list[str]) -> list[Mention]:
        text = fold_keep_case(art.text)
        spans: list[tuple[int, int, str, bool, str | None]] = []

        def add(pattern: re.Pattern[str], key: str, full: bool) -> None:
            for m in pattern.finditer(text):
                hon = text[max(0, m.start() - 5):m.start()].strip().rstrip(".").split()
                gender = _HONORIFIC_GENDER.get(hon[-1].lower()) if hon else None
                if m.group(0).split()[0].rstrip(".").lower() in _HONORIFIC_GENDER:
                    gender = _HONORIFIC_GENDER[m.group(0).split()[0].rstrip(".").lower()]
                spans.append((m.start(), m.end(), key, full, gender))

        for literal, forms in self._forms_by_key.items():
            if literal not in text:
                continue  # no form of this group can match
            for form, key in forms:
                add(_name_regex(form), key, True)
        names = sorted({p for p in persons if p.strip()} | {
            f"{m.group(1)}. {m.group(2)}" for m in _HONORIFIC_RE.finditer(text)})
        for name in names:
            parts = name_parts(name)
            if not parts:
                continue
            if len(parts) >= 2 and not looks_like_person(parts):
                continue
            subj = self._person_subject(name) if len(parts) >= 2 else None
            key = subj.key if subj else f"person:{normalize_name(name)}"
            if subj is None and len(parts) == 1:
                # "Mr. Thompson": a person known only by honorific and surname
                key = self._honorific_person(parts[0])
                if not key.startswith("person:"):
                    continue  # a subject's "Mr. X" is one of its full forms already
            add(_name_regex(" ".join(parts)), key, True)
        spans = _drop_overlaps(spans)
        starts = [sp[0] for sp in spans]
        full_spans = [sp for sp in spans if sp[3]]
        full_words = [name_parts(text[sp[0]:sp[1]]) for sp in full_spans]
        found: list[tuple[int, int, str, bool, str | None]] = []
        # bare surnames: resolved to the nearest full name with that surname
        surname_keys = self._surnames()
        for sn in self._surnames_in(text):
            n = len(sn.split())
            owners = surname_keys[sn]
            # full mentions of someone with this surname: a subject owning it, or any name ending in it
            cands = [sp for sp, words in zip(full_spans, full_words)
                     if sp[2] in owners or (len(words) >= n and " ".join(words[-n:]) == sn)]
            cand_ends = [sp[1] for sp in cands]
            for m in _name_regex(sn).finditer(text):
                if _overlaps(spans, starts, m.start(), m.end()):
                    continue
                if _after_unknown_first_name(text, m.start()):
                    continue  # "Alma Ibáñez" is not "Mr. Ibáñez"
                # the nearest full name before it, else the first after it
                i = bisect.bisect_right(cand_ends, m.start())
                near = cands[i - 1] if i > 0 else (cands[0] if cands else None)
                if near is not None:
                    found.append((m.start(), m.end(), near[2], False, None))
        return [Mention(*sp) for sp in sorted(spans + found)]

    def _honorific_person(self, surname: str) -> str:
        for subj in [*self.subjects.values(), *self._others.values()]:
            if surname in subj.surnames:
                return subj.key
        return f"person:{surname}"

    # ------------------------------------------------------------------ queries

    def subject(self, key: str) -> Subject | None:
        return self.subjects.get(key) or self._others.get(key)

    def mentions(self, article_id: str) -> list[Mention]:
        return self._mentions.get(article_id, [])

    def mentions_between(self, article_id: str, start: int, end: int) -> list[Mention]:
        """Mentions starting in [start, end), in text order."""
        ms = self._mentions.get(article_id, [])
        starts = self._starts.get(article_id)
        if starts is None:
            starts = self._starts[article_id] = [m.start for m in ms]
        return ms[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def is_speaker(self, key: str) -> bool:
        subj = self.subject(key)
        if subj is None:
            return True
        if subj.curated:
            return False
        # asked for every mention of every claim: answered once per person and name
        cached = self._is_speaker.get(key)
        if cached is not None and cached[0] == subj.canonical:
            return cached[1]
        answer = any(same_person(subj.canonical, s) for s in self._speakers)
        self._is_speaker[key] = (subj.canonical, answer)
        return answer

    def sole_subject(self, article_id: str) -> str | None:
        """The one curated subject an article is about, if it names exactly one, at least
        twice, and names no other person who is not a speaker."""
        mentions = self.mentions(article_id)
        curated = sorted({m.key for m in mentions if m.key in self.subjects})
        if len(curated) != 1:
            return None
        others = {m.key for m in mentions if m.key in self._others and not self.is_speaker(m.key)}
        if others:
            return None
        if sum(1 for m in mentions if m.key == curated[0]) < 2:
            return None
        return curated[0]

    def genders(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for aid in sorted(self._mentions):
            for m in self._mentions[aid]:
                if m.gender and m.key not in out:
                    out[m.key] = m.gender
        for subj in self.subjects.values():
            if subj.gender:
                out.setdefault(subj.key, subj.gender)
        return out


def _drop_overlaps(spans: list[tuple[int, int, str, bool, str | None]]):
    """Longest first; curated subjects before people at equal length."""
    kept: list[tuple[int, int, str, bool, str | None]] = []
    starts: list[int] = []
    for sp in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0], s[2].startswith("person:"), s[2])):
        if not _overlaps(kept, starts, sp[0], sp[1]):
            i = bisect.bisect_left(starts, sp[0])
            starts.insert(i, sp[0])
            kept.insert(i, sp)
    return kept


def _overlaps(kept, starts: list[int], a: int, b: int) -> bool:
    """Whether [a, b) overlaps one of the sorted, disjoint ``kept`` spans."""
    i = bisect.bisect_right(starts, a)
    if i > 0 and kept[i - 1][1] > a:
        return True
    return i < len(kept) and kept[i][0] < b


_FIRST_NAME_RE = re.compile(r"(?:^|(?<=[^.!?\"“\n]\s))([A-Z][a-z]+)\s+$")


def _after_unknown_first_name(text: str, pos: int) -> bool:
    """Whether a capitalised word (not an honorific, not sentence-initial) precedes a
    surname: the full name of someone the evidence does not name."""
    m = _FIRST_NAME_RE.search(text[max(0, pos - 40):pos])
    return bool(m) and m.group(1) not in HONORIFICS


# --------------------------------------------------------------------------- claims


@dataclass
class Resolution:
    key: str | None
    how: str  # "content", "pronoun", "sentence" or "" when unresolved
    candidates: list[str] = field(default_factory=list)


def claim_span(claim: Claim, article: Article | None) -> tuple[int, int]:
    """Where the claim's content is in the article text (offsets checked, else searched)."""
    if article is None:
        return (0, 0)
    c = claim.content
    if 0 <= c.start < c.end <= len(article.text) and article.text[c.start:c.end] == c.text:
        return (c.start, c.end)
    i = article.text.find(c.text) if c.text else -1
    if i >= 0:
        return (i, i + len(c.text))
    j = article.text.find(claim.sentence) if claim.sentence else -1
    if j >= 0:
        return (j, j + len(claim.sentence))
    return (0, 0)


def sentence_span(claim: Claim, article: Article | None, content: tuple[int, int]) -> tuple[int, int]:
    if article is None or not claim.sentence:
        return content
    text = article.text
    # the occurrence of the sentence that contains the content
    start = 0
    while True:
        i = text.find(claim.sentence, start)
        if i < 0:
            return content
        if i <= content[0] and content[1] <= i + len(claim.sentence) or content == (0, 0):
            return (i, i + len(claim.sentence))
        start = i + 1


def _speaker_span(claim: Claim, article: Article | None) -> tuple[int, int]:
    s = claim.speaker
    if article is not None and 0 <= s.start < s.end <= len(article.text):
        return (s.start, s.end)
    return (-1, -1)


def resolve_claim(claim: Claim, index: SubjectIndex, article: Article | None,
                  genders: dict[str, str] | None = None, *, categorized: bool = True) -> Resolution:
    """The subject a claim is about (a key of ``index``), and how it was found.

    1. the content names one subject (more often than any other);
    2. else a he/she pronoun in the content refers back, within its own or the
       previous sentence, to a curated subject (the nearest person named before it,
       skipping people of the other gender; if that nearest person is not a
       subject, the pronoun is theirs and the claim has no subject);
    3. else, for a claim with a category, its sentence names exactly one subject
       outside the speaker's name;
    4. else, if its sentence speaks of an unnamed person ("a man who ..."), the
       subject the next sentence names as "The man, NAME, ...";
    5. else, in an article about one curated subject only (named at least twice, no
       other non-speaking person named), a claim naming nobody else is about it.
    """
    genders = genders if genders is not None else index.genders()
    c0, c1 = claim_span(claim, article)
    sp0, sp1 = _speaker_span(claim, article)
    speaker_names = {normalize_name(claim.speaker.canonical), normalize_name(claim.speaker.text)}

    def is_speaker(m: Mention) -> bool:
        subj = index.subject(m.key)
        if subj is None:
            return True
        if any(same_person(subj.canonical, n) for n in speaker_names if n):
            return True
        return index.is_speaker(m.key)

    def usable(m: Mention) -> bool:
        return not (sp0 <= m.start < sp1) and not is_speaker(m)

    def pick(ms: list[Mention]) -> str | None:
        counts: dict[str, int] = {}
        for m in ms:
            counts[m.key] = counts.get(m.key, 0) + 1
        if not counts:
            return None
        best = max(counts.values())
        top = sorted(k for k, v in counts.items() if v == best)
        return top[0] if len(top) == 1 else None

    text = article.text if article else ""
    if c1 > c0:
        inside = [m for m in index.mentions_between(claim.article, c0, c1) if m.end <= c1 and usable(m)]
        if inside:
            key = pick(inside)
            return Resolution(key, "content" if key else "", sorted({m.key for m in inside}))
        pm = _PRONOUN_RE.search(text, c0, c1)
        if pm and _OTHER_PERSON_RE.search(text, c0, pm.start()):
            pm = None  # "an agent shot a man who was attacking him": not about the subject
        if pm:
            pos = pm.start()
            gender = _PRONOUN_GENDER[pm.group(1).lower()]
            floor = _previous_sentence_start(text, pos)
            for m in reversed([m for m in index.mentions_between(claim.article, floor, pos)
                               if m.end <= pos]):
                if sp0 <= m.start < sp1:
                    continue  # a name inside the speaker's span ("accused Martinez of ...")
                g = m.gender or genders.get(m.key)
                if g and g != gender:
                    continue
                subj = index.subject(m.key)
                if subj is not None and subj.curated and usable(m):
                    return Resolution(m.key, "pronoun", [m.key])
                break  # the pronoun belongs to someone who is not a subject
    if not categorized:
        return Resolution(None, "", [])
    s0, s1 = sentence_span(claim, article, (c0, c1))
    in_sentence = [m for m in index.mentions_between(claim.article, s0, s1) if m.end <= s1 and usable(m)]
    key = pick(in_sentence)
    if key or in_sentence:
        return Resolution(key, "sentence" if key else "", sorted({m.key for m in in_sentence}))
    # 4. "... shot a man who DHS said resisted arrest. The man, Silverio Villegas-Gonzalez, ..."
    if _OTHER_PERSON_RE.search(text, s0, s1):
        key = _named_next(text, s1, index.mentions_between(claim.article, s1, s1 + 200))
        if key is not None and (subj := index.subject(key)) is not None and subj.curated:
            return Resolution(key, "next sentence", [key])
    # 5. an article about one subject only: a use-of-force claim that names nobody and
    #    mentions no other unnamed person ("a man who was attacking him") is about it.
    sole = index.sole_subject(claim.article)
    sentence_mentions = index.mentions_between(claim.article, s0, s1)
    if sole and not _OTHER_PERSON_RE.search(text[s0:s1]) and not _ELSEWHERE_RE.search(text[s0:s1]) \
            and not _unknown_name(text, c0, c1, index.mentions_between(claim.article, c0, c1)) \
            and not any(not (sp0 <= m.start < sp1) and m.key != sole and not m.key.startswith("person:")
                        for m in sentence_mentions):
        return Resolution(sole, "article", [sole])
    return Resolution(None, "", [])


_CAPITALISED_PAIR = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][\w'’-]+")


def _unknown_name(text: str, c0: int, c1: int, mentions: list[Mention]) -> bool:
    """Whether the content names someone ("Alma Ibáñez") no mention accounts for."""
    for m in _CAPITALISED_PAIR.finditer(text, c0, c1):
        if not any(x.start <= m.start() < x.end or m.start() <= x.start < m.end() for x in mentions):
            return True
    return False


@lru_cache(maxsize=64)
def _sentence_starts(text: str) -> list[int]:
    return [s for s, _ in _split_sentences(text)]


_NAMED_NEXT = re.compile(r"\s*(?:The|That|This)\s+(?:man|woman|person|driver|suspect|teen|teenager|"
                         r"boy|girl|motorist|protester|victim)\s*,\s*(?:(?:later\s+)?identified\s+as\s+)?")


def _named_next(text: str, end: int, mentions: list[Mention]) -> str | None:
    """The person the next sentence names as "The man, NAME, ...", if it does."""
    m = _NAMED_NEXT.match(text, end)
    if not m:
        return None
    for mention in mentions:
        if mention.start == m.end():
            return mention.key
    return None


def _previous_sentence_start(text: str, pos: int) -> int:
    """The start of the sentence before the one holding ``pos``."""
    starts = _sentence_starts(text)
    i = bisect.bisect_right(starts, pos) - 1  # the sentence holding pos
    return starts[max(0, i - 1)] if starts else 0
