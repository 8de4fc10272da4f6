"""Speaker resolution: canonical names and types for the speakers the rules found.

Built once per Doc from its entities; resolves pronouns to an earlier speaker or to a person
named as a subject just before, short names and titles to a full name seen in the Doc
("Ms. Noem" -> "Kristi Noem"), aliases to a canonical organisation ("DHS"), and generic noun
phrases ("the department", "the mayor") to the last matching organisation or titled person.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import replace

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimcheck.pipeline.records import (
    FEMALE_NOUNS,
    FEMALE_TITLES,
    FIRST_PERSON,
    MALE_NOUNS,
    MALE_TITLES,
    PLURAL_PRONOUNS,
    PRONOUN_GENDER,
    Attribution,
    child,
)
from claimcheck.resources.lexicon import SpeakerLexicon


class SpeakerResolver:
    """Canonical names and types for speakers, built once per Doc in one pass over its entities."""

    def __init__(self, doc: Doc, lexicon: SpeakerLexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.titles = {t.lower() for t in lexicon.titles if " " not in t}
        # titles of more than one word ("Tan Sri", "Datuk Seri"), as the tokenizer splits them
        self.title_runs = sorted({tuple(t.lower().replace("'", " '").split())
                                  for t in lexicon.titles if " " in t}, key=len, reverse=True)
        self.post_nominals = {t.lower() for t in lexicon.post_nominals}
        self.anaphors = {a.lower() for a in lexicon.anaphors}
        self.anaphors_heads = {a.split()[-1] for a in self.anaphors}
        self.group_nouns = {g.lower() for g in lexicon.group_nouns}
        self.countries = {c.lower() for c in lexicon.countries}
        self.alias: dict[str, tuple[str, str]] = {}
        for ent in lexicon.entities:
            for name in (ent.canonical, *ent.aliases):
                self.alias[name.lower()] = (ent.canonical, ent.type)
        self.known_speakers = {ent.canonical for ent in lexicon.entities}  # the lexicon's speakers
        terms: list[tuple[str, str]] = []
        for kind, words in lexicon.type_terms.items():
            terms += [(w.lower(), kind) for w in words]
        self.multi_terms = sorted([t for t in terms if " " in t[0]], key=lambda t: -len(t[0]))
        self.word_terms = {w: k for w, k in terms if " " not in w}
        self.full_names: dict[str, str] = {}  # last name or full name (lower) -> canonical
        # a surname or last word (lower) -> (token index, canonical) of each person named in full
        # with it, in text order: "Millard Scott" ... "his brother Stafford Scott" share "scott"
        self._named_at: dict[str, list[tuple[int, str]]] = {}
        self._first_named: dict[str, list[tuple[int, str]]] = {}  # first name -> the same
        self.gender: dict[str, str] = {}
        self.person_type: dict[str, str] = {}
        self.person_words: dict[str, set[str]] = {}  # canonical -> title words seen with it
        self.person_mentions: list[tuple[int, str]] = []  # (token index, canonical)
        self.org_mentions: list[tuple[int, str, str]] = []  # (token index, canonical, type)
        self.place_mentions: list[tuple[int, str]] = []  # (token index, country or place)
        self._scan_entities()

    # -- names
    def _name_tokens(self, tokens: Iterable[Token]) -> list[Token]:
        out = list(tokens)
        while out:
            run = next((r for r in self.title_runs if len(out) > len(r)
                        and tuple(t.lower_ for t in out[:len(r)]) == r), None)
            if run is not None:
                out = out[len(run):]  # "Tan Sri Rafidah Aziz": an honorific of two words
            elif out[0].tag_ == "POS" or out[0].text in ("'s", "’s", "'", "’") \
                    or out[0].lower_ in self.titles \
                    or (out[0].tag_ in ("RB", "RBR", "RBS", "JJR", "JJS") and len(out) > 1):
                out = out[1:]  # "Earlier Mrs Stanley" read as one name: the adverb is no part
                # of it
            else:
                break
        out = [t for t in out if t.tag_ != "POS" and t.text not in ("'s", "’s", "'", "’")]
        while len(out) > 1 and (out[-1].lower_ in self.post_nominals or out[-1].text == ","):
            out = out[:-1]  # "Guy Boney QC", "Rodolfo Zabella, Jr."
        while len(out) > 2 and out[0].lower_ in self.word_terms and out[1].pos_ == "PROPN":
            out = out[1:]  # "Chief of Patrol Mark Devlin": "Patrol" is his post, not his name
        posts = [k for k, t in enumerate(out) if t.lower_ in self.titles
                 or t.lower_ in self.word_terms]
        if posts and len(out) - posts[-1] - 1 >= 2 \
                and all(t.pos_ == "PROPN" for t in out[posts[-1] + 1:]):
            out = out[posts[-1] + 1:]  # "Orange County Sheriff-Coroner Don Barker": the name
        return out

    def _misread_people(self) -> set[int]:
        """Starts of names the entity recogniser read as organisations that are people's: a
        two- or three-word name ("Shantel Grace said") the article later calls by its last word
        alone, recognised as a person there ("Grace said"); a surname alone after the person
        was named in full ("Chrisman" after "Richard Chrisman"); and a name beside a word for a
        person's role ("Maoist spokesman Vikas")."""
        doc = self.doc
        candidates: dict[str, list[int]] = {}
        found: set[int] = set()
        surnames: set[str] = set()  # of people named in full
        for ent in doc.ents:
            words = [t for t in ent if t.pos_ == "PROPN" and t.is_alpha]
            if ent.label_ == "PERSON" and len(words) >= 2:
                surnames.add(words[-1].lower_)
            elif ent.label_ == "ORG" and len(ent) == 1 and ent[0].lower_ in surnames \
                    and ent[0].is_title and ent.text.lower() not in self.alias:
                found.add(ent.start)  # "Chrisman has pleaded not guilty" after "Richard Chrisman"
            if ent.label_ in ("ORG", "GPE", "NORP") and 2 <= len(ent) <= 3 and all(
                t.pos_ == "PROPN" and t.is_alpha
                and (t.is_title or (t.i < ent.end - 1 and t.is_upper and len(t) <= 2))
                and t.lower_ not in self.titles and t.lower_ not in self.word_terms
                for t in ent
            ) and ent.text.lower() not in self.alias:
                candidates.setdefault(ent[-1].lower_, []).append(ent.start)
            elif ent.label_ == "PERSON" and len(ent) == 1:
                found.update(candidates.get(ent[0].lower_, ()))
            if ent.label_ in ("ORG", "GPE", "NORP") and len(ent) >= 3 \
                    and ent[-1].lower_ in self.post_nominals \
                    and all(t.pos_ == "PROPN" for t in ent):
                found.add(ent.start)  # "Stuart Jones QC": a barrister, not a firm
            if ent.label_ in ("ORG", "GPE", "NORP") and len(ent) <= 3 \
                    and all(t.pos_ == "PROPN" and t.is_title for t in ent) \
                    and ent.text.lower() not in self.alias:
                # "Maoist spokesman Vikas", "the lawyer, Ana Petro": a name beside a word for a
                # person's role
                root = ent.root
                roles = [root.head] if root.dep_ == "appos" else []
                roles += [c for c in root.lefts if c.dep_ == "compound" and c.i < ent.start]
                roles += [c for c in root.rights if c.dep_ == "appos" and c.lower_ in _KIN]
                if any(r.tag_ == "NN" and self.word_terms.get(r.lower_) in _PERSON_KINDS
                       and r.lower_ not in _COLLECTIVE_ROLES for r in roles):
                    found.add(ent.start)
        return found

    def _remember_name(self, names: list[Token], canonical: str) -> None:
        """Let the full name, the surname with its hyphened parts and the last word alone
        each stand for the person later in the article."""
        for key in (_name_text(names).lower(), _surname(names), names[-1].lower_):
            self.full_names.setdefault(key, canonical)
        if len(names) >= 3 and all(t.is_title and t.is_alpha for t in names[:2]):
            # "Ismail Sabri" for "Ismail Sabri Yaakob": a name of three words or more, called
            # by its first two
            self.full_names.setdefault(_name_text(names[:2]).lower(), canonical)

    def _note_full_name(self, names: list[Token], canonical: str) -> None:
        """Record where a person is named in full, for the surname they may share and the
        first name they may be called by."""
        for key in {_surname(names), names[-1].lower_}:
            history = self._named_at.setdefault(key, [])
            if not history or history[-1][1] != canonical:
                history.append((names[0].i, canonical))
        if names[0].is_title and names[0].is_alpha:
            self._first_named.setdefault(names[0].lower_, []).append((names[0].i, canonical))

    def _first_name_at(self, word: str, before: int) -> str | None:
        """The person a lone first name stands for: the one person named in full with it
        before that point ("Maria Okafor ... Maria said"), none when two share it."""
        named = {c for i, c in self._first_named.get(word, ()) if i < before}
        return next(iter(named)) if len(named) == 1 else None

    def _surname_at(self, key: str, before: int) -> str | None:
        """The person a lone surname stands for at a point of the article: of those named in
        full with it, the last one named before that point."""
        history = self._named_at.get(key)
        if not history or len(history) == 1:
            return self.full_names.get(key)
        k = bisect_right([i for i, _ in history], before) - 1
        return history[max(k, 0)][1]

    def _learn_acronyms(self) -> None:
        """Let an organisation's short form stand for the name the article gives in full: one
        it defines ("the Independent Office for Police Conduct (IOPC)") and one made of the
        initials of the name's capitalised words ("the IPCA" after "the Independent Police
        Conduct Authority", "the IIU" after "the Independent Investigation Unit of Manitoba").
        A short form the lexicon knows keeps its meaning."""
        doc = self.doc
        initials: dict[str, set[str]] = {}
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "FAC", "NORP"):
                continue
            words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
            end = ent.end
            if "(" in [t.text for t in words]:  # "The Independent Office ... (IOPC" as one
                end = words[[t.text for t in words].index("(")].i
                words = [t for t in words if t.i < end]
            if len(words) < 2 or not words[0].is_title:
                continue
            if end + 2 < len(doc) and doc[end].lower_ in ("in", "of", "for") \
                    and doc[end + 1].ent_type_ in ("GPE", "LOC", "ORG") \
                    and doc[end + 1].ent_iob_ == "B" and doc[end + 1].is_title:
                # "the Islamic Movement" + "in" + "Nigeria", recognised apart
                tail = _entity_at(doc, end + 1)
                if tail is not None:
                    words = [*words, doc[end], *tail]
                    end = tail.end
            full = _name_text(words)
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
                    and doc[end + 1].is_upper and doc[end + 1].is_alpha:
                initials.setdefault(doc[end + 1].text, set()).add(full)
            caps = [t for t in words if t.is_title or t.is_upper]
            letters = "".join(t.text[0] for t in caps)
            cut = next((k for k, t in enumerate(words) if k >= 2 and t.is_lower), None)
            heads = [letters]
            if cut is not None:  # "Unit of Manitoba": the short form may stop before "of"
                heads.append("".join(t.text[0] for t in words[:cut] if t.is_title or t.is_upper))
            for short in heads:
                if len(short) >= 2 and letters.isupper():
                    initials.setdefault(short, set()).add(full)
        forms = doc.to_array(ORTH) if initials else None
        for short, fulls in initials.items():
            if len(fulls) != 1 or short.lower() in self.alias \
                    or not (forms == get_string_id(short)).any():
                continue  # a short form the article never uses
            full = next(iter(fulls))
            value = self.alias.get(full.lower()) or (full, self._org_type(full))
            self.alias[short.lower()] = value
            self.alias.setdefault(full.lower(), value)

    def _scan_entities(self) -> None:
        doc = self.doc
        self._learn_acronyms()
        misread = self._misread = self._misread_people()
        for ent in _joined_people(doc):
            if ent.label_ == "PERSON" or ent.start in misread:
                start = ent.start
                first = doc[start - 1] if start > 0 else None
                if first is not None and first.pos_ == "PROPN" \
                        and first.is_title and first.dep_ in ("compound", "flat") \
                        and ent.start <= first.head.i < ent.end and not first.ent_type_ \
                        and first.lower_ not in self.titles and first.lower_ not in self.word_terms:
                    start -= 1  # "Maeleen Jordan" with only "Jordan" recognised as a person,
                    # "Ng Lok-chun" with only "Lok-chun"
                names = self._name_tokens(doc[start:ent.end])
                if not names:
                    continue
                full = _name_text(names)
                canonical = self.full_names.get(full.lower())
                if canonical is None and len(names) == 1:
                    canonical = self._surname_at(names[0].lower_, names[0].i) \
                        or self._first_name_at(names[0].lower_, names[0].i)
                if canonical is None:
                    # "De Blasio" after "Bill de Blasio": the end of a name given in full
                    canonical = next((c for _, c in reversed(self._named_at.get(
                        names[-1].lower_, [])) if c.lower().endswith(" " + full.lower())), None)
                if canonical is None:
                    canonical = self._lexicon_canonical(full) or full
                    if len(names) >= 2:
                        self._remember_name(names, canonical)
                if len(names) >= 2:
                    self._note_full_name(names, canonical)
                self.person_mentions.append((ent.start, canonical))
                before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
                first = ent[0].lower_
                for word in (before, first):
                    if word in FEMALE_TITLES:
                        self.gender.setdefault(canonical, "f")
                    elif word in MALE_TITLES:
                        self.gender.setdefault(canonical, "m")
                described = self._described_as(ent)
                for word in described:  # "Jo Lee, a spokeswoman", "the victim's mother, Jo Lee"
                    if word in FEMALE_NOUNS:
                        self.gender.setdefault(canonical, "f")
                    elif word in MALE_NOUNS:
                        self.gender.setdefault(canonical, "m")
                words = self.person_words.setdefault(canonical, set())
                words.update(w for w in described if w in self.word_terms)
                if {"prime", "minister"} <= described:
                    words.add("pm")  # "Prime Minister Mark Rutte ... The PM added"
                kind = self._descriptor_type(ent)
                if kind:
                    self.person_type.setdefault(canonical, kind)
            elif ent.label_ in ("ORG", "NORP", "GPE", "FAC"):
                if _dateline_credit(ent):
                    continue  # "MARREN (CVW) —": the wire service, not an actor of the story
                text = _name_text(_org_name_tokens(list(ent), len(doc)))
                text = text[4:] if text.lower().startswith("the ") else text
                known = self.alias.get(text.lower())
                if known:
                    self.org_mentions.append((ent.start, known[0], known[1]))
                elif ent.label_ == "ORG":
                    self.org_mentions.append((ent.start, text, self._org_type(text)))
                elif ent.label_ == "GPE":
                    self.place_mentions.append((ent.start, text))
        for kin in _kin_tokens(doc):
            tok = kin.head
            if kin.dep_ != "appos" or tok.i > kin.i or tok.pos_ != "PROPN" or tok.ent_type_ \
                    or not tok.is_title:
                continue
            # "Wabeb Manasra, a cousin of the slain man, ...", a name the entity recogniser
            # missed: a person, whom a pronoun after it can take up
            names = self._name_tokens([*(c for c in tok.lefts if c.dep_ in ("compound", "flat")
                                         and c.pos_ == "PROPN"), tok])
            if len(names) >= 2:
                canonical = self.full_names.get(_name_text(names).lower(), _name_text(names))
                self._remember_name(names, canonical)
                self.person_mentions.append((names[0].i, canonical))
        self.person_mentions.sort()
        self._mention_index = [i for i, _ in self.person_mentions]
        self._org_index = [i for i, _, _ in self.org_mentions]

    def _lexicon_canonical(self, name: str) -> str | None:
        known = self.alias.get(name.lower())
        return known[0] if known else None

    def _descriptor_type(self, ent: Span) -> str | None:
        """A person's type from the words around their name: compounds, appositions."""
        root = ent.root
        words = [t for t in ent if t.lower_ in self.word_terms]
        words += [t for t in root.children if t.dep_ in ("appos", "compound") and t.i < ent.start]
        words += [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            words.append(root.head)
        for w in words:
            kind = self.word_terms.get(w.lower_) or self.word_terms.get(w.lemma_.lower())
            if kind:
                return kind
        return None

    def _described_as(self, ent: Span) -> set[str]:
        """The words a name is given with: its own, its apposition's head, the noun it is in
        apposition to, and the compounds before it."""
        root = ent.root
        toks = [t for t in ent] + [c for c in root.children if c.dep_ in ("appos", "compound")]
        if root.dep_ == "appos":
            toks.append(root.head)
        k = ent.start - 1
        while k >= 0 and self.doc[k].dep_ == "compound" and ent.start - k <= 4:
            toks.append(self.doc[k])  # "Spokesman Lieutenant Colonel Bryan Hilferty"
            k -= 1
        return {t.lower_ for t in toks}

    def _titled_person(self, before: int, word: str) -> str | None:
        """"the mayor" -> the last person named with the title "mayor"."""
        k = bisect_right(self._mention_index, before) - 1
        while k >= 0:
            canonical = self.person_mentions[k][1]
            if word in self.person_words.get(canonical, ()):
                return canonical
            k -= 1
        return None

    def _org_type(self, text: str) -> str:
        for word in reversed(text.lower().split()):
            kind = self.word_terms.get(word)
            if kind:
                return kind
        return "agency"

    def term_type(self, tokens: list[Token], head: Token | None) -> str | None:
        """The type named by a word of the phrase, the head's own word first."""
        text = " ".join(t.lower_ for t in tokens)
        if head is not None:
            for term, kind in self.multi_terms:
                if text.endswith(term) or (f"{term} " in text and term.split()[-1] == head.lower_):
                    return kind
            kind = self.word_terms.get(head.lower_) or self.word_terms.get(head.lemma_.lower())
            if kind and head.ent_type_ not in ("PERSON", "ORG"):
                return kind
        for term, kind in self.multi_terms:
            if re.search(rf"\b{re.escape(term)}\b", text):
                return kind
        for t in tokens:
            if t.ent_type_ in ("PERSON",):
                continue
            kind = self.word_terms.get(t.lower_) or self.word_terms.get(t.lemma_.lower())
            if kind:
                return kind
        return None

    def _find_alias(self, text: str) -> tuple[str, str] | None:
        low = text.lower()
        if low.startswith("the "):
            low = low[4:]
        if low in self.alias:
            if " " not in low and not text.isupper():
                other = self._named_in_full(low)
                if other is not None:
                    return other
            return self.alias[low]
        best: tuple[int, tuple[str, str]] | None = None
        lowered = text.lower()
        for alias, value in self.alias.items():
            if len(alias) < 2 or alias.lower() not in lowered:
                continue  # (a cheap test first: the patterns below all need the letters)
            # a word of a hyphenated name is not the alias: "Times" in "The Times-Picayune";
            # nor is the last word of a longer name: "Times" in "The Los Angeles Times"
            pattern = rf"(?<![\w.-]){re.escape(alias)}(?![\w-])"
            flags = 0 if alias.upper() == alias or alias.isupper() else re.IGNORECASE
            if alias.isalpha() and len(alias) <= 4:
                flags = 0
                pattern = rf"(?<![\w.-]){re.escape(alias.upper())}(?![\w-])"
            found = re.search(pattern, text, flags)
            if found and " " not in alias and not alias.isupper():
                before = text[:found.start()].split()
                if before and before[-1][:1].isupper() and before[-1] not in ("The", "A", "An"):
                    found = None
            if found and (best is None or len(alias) > best[0]):
                best = (len(alias), value)
        return best[1] if best else None

    def _named_in_full(self, word: str) -> tuple[str, str] | None:
        """Another organisation the article names in full with this one-word alias in its
        name: after "The Times-Picayune" or "the Los Angeles Times", "the Times" is that paper,
        not the one the lexicon knows as "the Times"."""
        known = self.alias[word][0]
        for _, canonical, kind in self.org_mentions:
            words = canonical.lower().split()
            if (words[-1] == word or any(word in w.split("-") for w in words if "-" in w)) \
                    and canonical.lower() != word and canonical != known \
                    and self.alias.get(canonical.lower(), (None,))[0] != known:
                return canonical, kind
        return None

    # -- resolution
    def resolve(self, att: Attribution, previous: list[Attribution]) -> None:
        doc = self.doc
        a, b = att.speaker
        head = doc[att.speaker_head] if 0 <= att.speaker_head < len(doc) else doc[a]
        tokens = list(doc[a:b])
        low = head.lower_
        if head.pos_ == "PRON" and (low in PRONOUN_GENDER or low in PLURAL_PRONOUNS
                                    or low in FIRST_PERSON or low == "it"):
            self._resolve_pronoun(att, head, previous)
            return
        issuer = self._issuer(head, previous)
        if issuer is not None:
            # "a statement issued by ICE", "the statement" after one from the family: the
            # statement speaks for whoever issued it
            att.canonical, att.speaker_type = issuer
            if head.lemma_.lower() in _AUTHORED:
                att.speaker_type = "document"  # a report speaks for its author, as a document
            att.extras["issuer"] = True
            return
        owner = self._channel_owner(head, previous)
        if owner is not None:
            # "the Twitter page of the Geophysics Institute": whoever publishes on it
            att.canonical, att.speaker_type = owner
            return
        person = self._person_in(head)
        if person is None and head.lower_ in self.word_terms and b - a >= 3 \
                and head.tag_ in ("NN", "NNP"):
            # "Executive Director of the Review Board Beth Hallinger": the post, then the name
            # right after the organisation's (not "Lawyers for the family of Andrew Bell")
            last = doc[b - 1]
            ent = _entity_at(doc, last.i)
            if ent is not None and (ent.label_ == "PERSON" or ent.start in self._misread) \
                    and ent.end == b and ent.start > head.i \
                    and doc[ent.start - 1].pos_ in ("PROPN", "NOUN"):
                names = self._name_tokens(ent)
                full = _name_text(names)
                person = self.full_names.get(full.lower(), full) if len(names) >= 2 else None
        if person is None and head.pos_ == "PROPN" and self._find_alias(head.text) is None \
                and self._appos_role(head):
            # "Smith, the department's chief": a name the entity recogniser missed
            parts = [c for c in head.lefts if c.dep_ in ("compound", "flat")]
            person = _name_text(self._name_tokens([*parts, head])) or None
        if person is None and head.pos_ == "PROPN" and self._find_alias(head.text) is None:
            # "Sheriff Ira Mason said", "Sheriff-Coroner Don Barker said" with the name not
            # recognised as a person: a title, then two or more name words
            parts = [t for t in head.subtree if t.i <= head.i and (
                t.i == head.i or t.dep_ in ("compound", "flat") or t.text in ("-", "–"))]
            parts = [t for t in parts if t.text not in ("-", "–")]
            names = self._name_tokens(parts)
            titled = parts[:len(parts) - len(names)]
            if len(names) >= 2 and all(t.pos_ == "PROPN" for t in names) \
                    and any(t.lower_ in self.titles for t in titled):
                span = list(doc[names[0].i:names[-1].i + 1])
                if all(t in names or joined_hyphen(doc, t.i) for t in span):
                    names = span  # "Babajide Sanwo-Olu": the hyphen stays in the name
                person = _name_text(names)
                self._remember_name(names, person)
                self._note_full_name(names, person)
        if person is not None:
            att.canonical = person
            att.extras["person"] = True
            kind = None
            for word in [c for c in head.children if c.dep_ == "appos"] + \
                    [c for c in reversed(list(head.lefts)) if c.dep_ == "compound"]:
                kind = self.word_terms.get(word.lower_) or self.word_terms.get(word.lemma_.lower())
                if kind:
                    break  # the apposition's head noun names the role: "Smith, the chief"
            kind = kind or self.term_type(self._descriptor_tokens(head, tokens), None)
            if kind in (None, "agency", "document"):
                kind = self.person_type.get(person) or (
                    self.alias.get(person.lower(), ("", None))[1]) or kind or "other"
            if kind == "agency":
                kind = "official"  # "Police Chief of Patrol Mark Devlin": a person of the agency
            elif kind == "document":
                kind = "other"
            att.speaker_type = kind
            return
        phrase = doc[a:b].text
        aged = _AGED.fullmatch(phrase.lower())
        if aged is not None:
            # '"...," the 29-year-old said': the person of that age, or else the one named as
            # the subject just before
            person = self._person_aged(aged.group(1), a)
            if person is None:
                subject = self._recent_subject(doc[a], None)
                person = subject[1] if subject is not None else None
            if person is not None:
                att.canonical = person
                att.speaker_type = self.person_type.get(person, "witness")
                att.extras["person"] = True
                return
        word_type = self.word_terms.get(head.lower_) or (
            "official" if head.lower_ == "pm" else None)
        described = b - a > 2 and head.i == b - 1 and all(
            t.dep_ in ("amod", "advmod", "punct") and t.lower_ not in _NOT_THE_SAME
            for t in doc[a + 1:b - 1])  # "the tough-talking president"; not "the former"
        if doc[a].lower_ in ("the", "this") and (b - a == 2 or described) and (
            word_type == "official"
            # "the curator", "the lawyer": a person described so when first named
            or (word_type in ("other", "witness", "activist") and head.tag_ == "NN")
        ):
            titled = self._titled_person(head.i, head.lower_)
            if titled:
                att.canonical = titled
                att.speaker_type = word_type if word_type == "official" else (
                    self.person_type.get(titled) or word_type)
                return
        if doc[a:b].text.lower() in self.anaphors or (
            doc[a].lower_ in ("the", "this", "that") and b - a == 2
            and f"the {head.lower_}" in self.anaphors
        ):
            found = self._last_speaking_org(previous, head.lower_) \
                or self._last_org(head.i, head.lower_)
            if found:
                att.canonical, att.speaker_type = found
                return
        spoke = self._spoke_as(head, tokens, previous) if doc[a].lower_ == "the" else None
        if spoke is not None:
            # "A senior army officer said X. The officer said Y", "Ana and Luis Torres, the
            # parents of the boy, said X. The parents said Y": who was called so as they spoke
            att.canonical, att.speaker_type = spoke.canonical, spoke.speaker_type
            if spoke.extras.get("person"):
                att.extras["person"] = True
            return
        kind = self.term_type(tokens, head)
        body = self._body_spoken_for(head, previous) if head.lemma_.lower() in _VOICES else None
        if body is not None:
            # "Officials with U.S. Immigration and Customs Enforcement", "a ministry spokesman"
            # after the ministry spoke: unnamed voices of a body are the body
            att.canonical, att.speaker_type = body[0], kind or body[1]
            att.extras["person"] = head.tag_ == "NN"
            att.extras["voice_of"] = True
            return
        known = self._find_alias(self._np_core_text(head, tokens))
        if known:
            att.canonical = known[0]
            if kind is None or (kind == "agency" and known[1] != "agency"):
                kind = known[1]
            elif kind == "document" and known[1] == "journalist":
                kind = "journalist"
            att.speaker_type = kind
            if head.tag_ == "NN" and self.word_terms.get(head.lower_) in _PERSON_KINDS \
                    and head.lower_ not in _COLLECTIVE_ROLES:
                att.extras["person"] = True  # "a CBP spokesman said X. 'Y,' he said": the
                # spokesman speaks for the agency, and so does "he"
            return
        named = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i and (
            c.ent_type_ == "ORG"
            # "the rights group Hengaw", "the daily Haaretz": a descriptor, then the name
            or (c.left_edge.i == head.i + 1 and c.pos_ == "PROPN"
                and c.ent_type_ in ("", "GPE", "NORP") and self._find_alias(c.text) is None))),
            None) if head.pos_ == "NOUN" \
            and head.lower_ not in FEMALE_NOUNS | MALE_NOUNS \
            and self.word_terms.get(head.lower_) not in _PERSON_KINDS else None
        if named is not None:
            # "Britain's interior ministry, the Home Office, said": the organisation's name
            org = _unclosed_bracket_cut(_name_text(
                [t for t in named.subtree if t.ent_type_ == "ORG"] if named.ent_type_ == "ORG"
                else [t for t in named.subtree if t.pos_ == "PROPN"]))
            org = org[4:] if org.lower().startswith("the ") else org
            known = self.alias.get(org.lower())
            att.canonical = known[0] if known else org
            att.speaker_type = (known[1] if known else None) or kind or self._org_type(org)
            return
        if head.ent_type_ == "ORG":
            # the organisation the head names, not every one in the phrase ("Hengky Pigai, the
            # deputy regent for Deiyai", both read as organisations)
            own = _entity_at(doc, head.i)
            org = _name_text(_org_name_tokens(
                [t for t in tokens if own is not None and own.start <= t.i < own.end]
                or [t for t in tokens if t.ent_type_ == "ORG"], b))
            org = self._first_word_of(org, head.i) or org
            org = _unclosed_bracket_cut(org)
            att.canonical = org[4:] if org.lower().startswith("the ") else org
            att.speaker_type = kind or self._org_type(org)
            return
        appos = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i
                      and a < c.left_edge.i and c.right_edge.i < b
                      and doc[c.left_edge.i - 1].text == ","), None)
        if appos is not None:
            # "his brother, a paramilitary soldier": the apposition describes, the name is
            # the phrase before it
            phrase = doc[a:appos.left_edge.i - 1].text
        att.canonical = _strip_determiner(phrase) or doc[a:b].text
        if head.pos_ == "PROPN" and not head.is_lower and appos is None and head.i == b - 1:
            # "the daily Haaretz", "state broadcaster NHK": a description in lower case, then
            # the name
            k = head.i
            while k > a and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ in ("compound", "flat"):
                k -= 1
            lead = [t for t in doc[a:k] if t.dep_ != "det"]
            if lead and all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in lead):
                att.canonical = doc[k:b].text
        owner = self._relative_owner(head)
        if owner is not None:
            # "Jamal Brown, whose family said": the family is Jamal Brown's
            att.canonical = f"{owner}'s {_name_text([t for t in tokens if t.tag_ != 'WP$'])}"
        first = next((t for t in tokens if t.dep_ != "det"), None)
        if first is not None and head.pos_ == "NOUN" and not first.ent_type_ \
                and first.text[:1].isupper() and not first.text.isupper() \
                and not (first.pos_ == "PROPN" and (
                    any(t.tag_ == "POS" for t in tokens)  # "Ana Ruiz's lawyer"
                    or (first.i + 1 < b and doc[first.i + 1].pos_ == "PROPN"))):  # "Fish Hoek"
            # a common noun phrase: "Federal officials" and "federal officials" are one speaker
            att.canonical = att.canonical[:1].lower() + att.canonical[1:]
        att.speaker_type = kind or ("other" if head.pos_ in ("PROPN", "NOUN") else "unknown")
        if head.tag_ == "NN" and head.lower_ in FEMALE_NOUNS | MALE_NOUNS:
            # "a woman shouted ... she said": a described person a pronoun can take up
            att.extras["person"] = True
            self.gender.setdefault(att.canonical, "f" if head.lower_ in FEMALE_NOUNS else "m")
        elif head.tag_ == "NN" and self.word_terms.get(head.lower_) in _PERSON_KINDS \
                and head.lower_ not in _COLLECTIVE_ROLES:
            att.extras["person"] = True  # "the chief said X. 'Y,' he said": one person
        if head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON") and kind in (None, "other") \
                and not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            # a name the entity recogniser did not call a person; not a place, a building or
            # "the Kashmir Reader"
            att.extras["person"] = True

    def _unresolved(self, att: Attribution) -> bool:
        """Whether a claim's speaker is a pronoun left as written ("it" with nothing found)."""
        own = self.doc[att.speaker_head]
        return own.pos_ == "PRON" and att.canonical.lower() == own.lower_

    def _spoke_as(self, head: Token, tokens: list[Token], previous: list[Attribution]
                  ) -> Attribution | None:
        """The recent claim whose speaker was described with this common noun and its
        modifiers ("The board chairman" after "Electoral board chairman Peter Mensah said")."""
        if head.pos_ != "NOUN" or not head.is_lower or head.lower_ in self.anaphors_heads \
                or any(t.pos_ == "PROPN" or t.ent_type_ for t in tokens):
            return None
        words = {t.lower_ for t in tokens if t.dep_ != "det" and not t.is_punct}
        for prev in reversed(previous[-6:]):
            if prev.speaker_head < 0 or head.i - prev.speaker[1] > 300 \
                    or prev.speaker[0] <= head.i < prev.speaker[1]:
                continue
            said = {t.lower_ for t in self.doc[prev.speaker[0]:prev.speaker[1]]}
            own = self.doc[prev.speaker_head]
            named = [own] if own.lower_ == head.lower_ else [
                c for c in own.children
                if c.dep_ in ("appos", "compound") and c.lower_ == head.lower_]
            # not one of two ("two witnesses - a man and a woman", "his family and lawyers")
            if words <= said and named and not any(
                    c.dep_ in ("conj", "cc") for t in named for c in t.children) \
                    and not self._unresolved(prev):
                return prev
        return None

    def _body_spoken_for(self, head: Token, previous: list[Attribution]
                         ) -> tuple[str, str] | None:
        """The organisation unnamed officials or a spokesman speak for: named after them ("with
        ICE", "of the ministry", "for the Home Office"), or a body named as their compound ("a
        ministry spokesman") that spoke or was named before."""
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "of", "for", "at", "from") \
                    and c.i > head.i:
                pobj = child(c, "pobj")
                if pobj is not None and pobj.ent_type_ == "ORG":
                    named = self._name_of(pobj, previous)
                    return (named[0], "agency") if named is not None else None
                if pobj is not None and f"the {pobj.lower_}" in self.anaphors \
                        and all(x.dep_ == "det" for x in pobj.children):
                    return self._last_speaking_org(previous, pobj.lower_) \
                        or self._last_org(head.i, pobj.lower_)
                return None
        lefts = [c for c in head.lefts if c.dep_ == "compound"]
        org = [c for c in lefts if c.ent_type_ == "ORG"]
        if org and not any(c.ent_type_ in ("PERSON", "GPE", "NORP") for c in lefts):
            # "A Home Office spokesman"
            own = _entity_at(head.doc, org[-1].i)
            if own is not None and own.end == head.i and (
                    len(own) >= 2 or own.text.isupper() or own.text.lower() in self.alias):
                name = _strip_determiner(own.text)
                return self.alias.get(name.lower(), (name, "agency"))
        body = [c for c in lefts if c.tag_ == "NN" and f"the {c.lower_}" in self.anaphors]
        if body and not any(c.ent_type_ or c.pos_ == "PROPN" for c in head.lefts):
            word = body[-1].lower_
            return self._last_speaking_org(previous, word) or self._last_org(head.i, word)
        if lefts and lefts[-1].i == head.i - 1 and lefts[-1].tag_ in ("NN", "NNS") \
                and lefts[-1].is_lower and not any(c.dep_ == "prep" for c in head.children) \
                and not any(c.ent_type_ or c.pos_ == "PROPN" for c in head.lefts):
            # "An army spokesman" after "The Israeli army said", "a defence spokesman" after
            # the defence ministry spoke: the body that spoke last with that word in its name
            # (not "health officials in Coconino County")
            return self._last_speaking_org(previous, lefts[-1].lower_, known=False)
        if not list(head.lefts) or [c.lower_ for c in head.lefts] == ["the"]:
            # "The spokesman said" after "an army spokesman said": the same body's
            for prev in reversed(previous[-6:]):
                if prev.speaker_head >= 0 and prev.extras.get("voice_of") \
                        and self.doc[prev.speaker_head].lower_ == head.lower_:
                    return prev.canonical, prev.speaker_type
        return None

    def _issuer(self, head: Token, previous: list[Attribution]) -> tuple[str, str] | None:
        """Who issued a statement that speaks: named after it ("a statement from the family",
        "a statement issued by ICE"), or, for "the statement", the issuer of the statement
        that spoke last or the subject who released a statement in the sentence before."""
        lemma = head.lemma_.lower()
        if lemma not in _ISSUED or head.pos_ != "NOUN":
            return None
        source = None
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                source = child(c, "pobj")
            elif c.dep_ == "acl" and c.lemma_.lower() in _ISSUING:
                agent = child(c, "agent")
                source = child(agent, "pobj") if agent is not None else None
            if source is not None:
                return self._name_of(source, previous)
        before = [c for c in head.subtree if c.i < head.i]
        named = [c for c in before if (c.dep_ == "poss" and c.pos_ != "PRON") or (
            c.dep_ in ("compound", "nmod") and c.lower_ not in _RELEASE_WORDS
            and (c.pos_ == "PROPN" or c.lower_ in self.word_terms))]
        if named and not any(c.ent_type_ == "ORG" for c in before):
            # "a Harris family statement", "a police statement"; not "a news release", nor
            # "a U.S. Customs and Border Protection statement", whose organisation is named
            body = named[-1]
            k = body.i
            while k - 1 >= 0 and self.doc[k - 1].dep_ == "amod" and self.doc[k - 1].head.i \
                    in (head.i, body.i) and self.doc[k - 1].is_lower:
                k -= 1
            if k < body.i and body.pos_ == "NOUN" and body.dep_ == "compound":
                # "the interior ministry statement", with "interior" hung on "statement"
                name = self.doc[k:body.i + 1].text
                return name, self.term_type(list(self.doc[k:body.i + 1]), body) or "agency"
            return self._name_of(body, previous)
        lefts = [c.lower_ for c in head.lefts] or [
            t.lower_ for t in head.doc[head.i - 1:head.i] if t.dep_ == "det"]  # "the email read"
        if lefts and lefts[0] in ("a", "an") and lemma not in _AUTHORED \
                and head.dep_ == "pobj" and head.head.lower_ == "to" \
                and head.head.head.lower_ == "according":
            # "The health department notified doctors, according to a press release": the
            # release of the body the clause is about
            root = head.sent.root
            subject = child(root, "nsubj") if root.pos_ in ("VERB", "AUX") else None
            if subject is None or subject.i > head.i:
                return None
            own = _entity_at(self.doc, subject.i) if subject.ent_type_ == "ORG" else None
            if own is not None:
                name = _unclosed_bracket_cut(
                    _strip_determiner(_name_text(_org_name_tokens(list(own), own.end))))
                return self.alias.get(name.lower(), (name, self._org_type(name)))
            if subject.pos_ == "NOUN" and self.word_terms.get(subject.lower_) == "agency":
                named = self._name_of(subject, previous)
                if named is not None and named[0][:1].isupper() and subject.is_title:
                    named = (named[0][:1].lower() + named[0][1:], named[1])  # "Police shot"
                return named
            return None
        if lefts != ["the"]:
            return None
        for prev in reversed(previous[-6:]):
            if prev.speaker_head >= 0 and self.doc[prev.speaker_head].lemma_.lower() == lemma:
                if lemma in prev.canonical.lower().split():
                    break  # the statement before had no issuer named either
                return prev.canonical, prev.speaker_type
        floor = self._previous_sentence_start(head)
        # "said in an email that X" a few paragraphs before "the email read"; "concluded in a
        # report" before "The report affirmed"
        for t in reversed(self.doc[max(0, head.i - 200):head.i]):
            verb = None
            if t.lemma_.lower() == lemma and t.dep_ == "dobj" \
                    and t.head.lemma_.lower() in _ISSUING:
                verb = t.head  # "The sheriff released a statement"
            elif t.lemma_.lower() == lemma and t.dep_ == "pobj" and t.head.lower_ == "in" \
                    and t.head.head.pos_ in ("VERB", "AUX"):
                verb = t.head.head  # "In a statement, the family said"
            if verb is not None:
                subject = child(verb, "nsubj")
                return self._name_of(subject, previous) if subject is not None else None
        if lemma == "email" or lemma in _AUTHORED:
            return None  # a report or a memo may well be another's than the last speaker's
        # "The club said X. '...,' the statement said": a statement no one was said to issue
        # is that of whoever spoke in the sentence before (not of a body only named there:
        # "Congress extended the army's role. The statement also said X" is someone else's)
        for prev in reversed(previous):
            if prev.cue[0] < floor:
                break
            if prev.speaker_type != "document" and prev.speaker_head >= 0 \
                    and self.doc[prev.speaker_head].lemma_.lower() not in _ISSUED \
                    and not self._unresolved(prev):
                return prev.canonical, prev.speaker_type
        return None

    def _channel_owner(self, head: Token, previous: list[Attribution]
                       ) -> tuple[str, str] | None:
        """The owner of a page, an account or a feed that is cited: named after it ("the
        Facebook page of the ministry") or as its possessor ("the ministry's Twitter account")."""
        if head.lemma_.lower() not in _CHANNELS or head.pos_ != "NOUN":
            return None
        owner = child(head, "poss")
        if owner is None:
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = child(of, "pobj") if of is not None else None
        if owner is None or owner.pos_ == "PRON" or not (
                owner.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or owner.pos_ == "PROPN"
                or owner.lower_ in self.word_terms):
            return None
        return self._name_of(owner, previous)

    def _name_of(self, tok: Token, previous: list[Attribution]) -> tuple[str, str] | None:
        """The canonical name and type of a noun phrase named in passing (an issuer)."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        for prev in reversed(previous):
            if prev.speaker_head == tok.i:
                return prev.canonical, prev.speaker_type
        tokens = [t for t in tok.subtree if not t.is_punct or joined_hyphen(t.doc, t.i)]
        while tokens and tokens[-1].tag_ == "POS":
            tokens.pop()  # "the department's": the department
        core = self._np_core_text(tok, tokens)
        known = self._find_alias(core)
        if known:
            return known
        person = self._person_in(tok)
        if person is not None:
            return person, self.person_type.get(person, "other")
        kind = self.term_type(tokens, tok) or (
            self._org_type(core) if tok.ent_type_ == "ORG" else "other")
        return _strip_determiner(core), kind

    def _relative_owner(self, head: Token) -> str | None:
        """Whom "whose" before ``head`` stands for: the noun its relative clause hangs on, as
        the article names it ("Jamal Brown, whose family said" -> "Jamal Brown")."""
        if not any(c.tag_ == "WP$" for c in head.children):
            return None
        verb = head
        while verb.dep_ != "relcl" and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "relcl":
            return None
        noun = verb.head
        if noun.pos_ == "PROPN":
            return self._person_name(noun) or _name_text(
                [*(c for c in noun.lefts if c.dep_ in ("compound", "flat")), noun])
        if noun.pos_ == "NOUN":
            return _strip_determiner(self._np_core_text(noun, list(noun.subtree)))
        return None

    def _appos_role(self, head: Token) -> bool:
        """Whether an apposition names a person's role ("Smith, the department's chief")."""
        for c in head.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN":
                kind = self.word_terms.get(c.lower_) or self.word_terms.get(c.lemma_.lower())
                if kind in ("official", "activist", "witness", "other") or c.lower_ in (
                    "reporter", "journalist", "correspondent", "editor", "columnist"):
                    return True
        return False

    def _np_core_text(self, head: Token, tokens: list[Token]) -> str:
        """The phrase without possessors' own modifiers and prepositional tails."""
        keep = [t for t in tokens if not (t.dep_ in ("prep", "relcl", "acl") and t.head == head)]
        drop: set[int] = set()
        for t in tokens:
            if t.head == head and t.dep_ in ("prep", "relcl", "acl", "appos"):
                drop.update(x.i for x in t.subtree)
        return _name_text([t for t in keep if t.i not in drop])

    def _descriptor_tokens(self, head: Token, tokens: list[Token]) -> list[Token]:
        return [t for t in tokens if t.ent_type_ != "PERSON" and t.dep_ != "poss"
                and not any(a.dep_ == "poss" for a in t.ancestors if a in tokens)]

    def _person_in(self, head: Token) -> str | None:
        """The canonical person named by the head, an apposition or a compound of it."""
        candidates = [head]
        candidates += [c for c in head.children if c.dep_ == "appos"]
        if head.pos_ == "NOUN" and head.is_lower:
            # "the director of the Lagos State Water Corporation, Musa Bello", "the coordinator
            # of the Committee for Human Rights in Honduras, Hugo Maldonado": a name closing
            # the phrase, set after an organisation or a place (which is not a person), is the
            # director's
            last = head.right_edge
            if last.dep_ == "appos" and last.pos_ == "PROPN" and last.i > head.i \
                    and last.ent_type_ in ("PERSON", "") \
                    and last.head.ent_type_ in ("ORG", "GPE", "LOC", "FAC") \
                    and any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"
                            for c in last.lefts):
                name = self._person_name(last)
                if name is None:
                    names = self._name_tokens([*(c for c in last.lefts if c.dep_ in (
                        "compound", "flat") and c.pos_ == "PROPN"), last])
                    if len(names) >= 2 and all(t.is_title for t in names):
                        name = _name_text(names)
                        self._remember_name(names, name)
                        self._note_full_name(names, name)
                if name is not None:
                    return name
        for tok in candidates:
            name = self._person_name(tok)
            if name:
                return name
        return None

    def _person_name(self, tok: Token) -> str | None:
        if tok.pos_ != "PROPN":
            if tok.pos_ == "NOUN" and tok.text[:1].isupper() and not tok.text.isupper() \
                    and not any(c.dep_ in ("det", "amod", "compound") for c in tok.lefts):
                # "Rowells said" with the surname tagged as a plural noun: a person named in full
                # earlier is still that person
                return self.full_names.get(tok.lower_)
            return None
        parts = [c for c in tok.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
        parts = self._name_tokens([*parts, tok])
        if not parts:
            return None
        doc = tok.doc
        while parts[-1].i + 2 < len(doc) and joined_hyphen(doc, parts[-1].i + 1):
            parts += [doc[parts[-1].i + 1], doc[parts[-1].i + 2]]  # "Nda-Isaiah"
        span = list(doc[parts[0].i:parts[-1].i + 1])
        if all(t in parts or joined_hyphen(doc, t.i) for t in span):
            parts = span  # "Smit-Torrez" with "Smit" a compound of "Torrez", the hyphen apart
        full = _name_text(parts)
        if full.lower() in self.full_names:
            if len(parts) == 1:
                return self._surname_at(full.lower(), parts[0].i)
            return self.full_names[full.lower()]
        last = _surname(parts)
        if last not in self.full_names:
            last = parts[-1].lower_
        if last in self.full_names:
            known = self._surname_at(last, parts[0].i)
            if known and self._another_of_the_family(parts, known):
                # "Ezell Ford Sr." after "Tritobia Ford"
                return self._lexicon_canonical(full) or full
            return known
        if len(parts) == 1 and parts[0].is_title:
            known = self._first_name_at(parts[0].lower_, parts[0].i)
            if known:
                return known  # "Maria said" after "Maria Okafor"
        if tok.ent_type_ == "PERSON":
            return self._lexicon_canonical(full) or full
        known = self._lexicon_canonical(full)
        if known and self.alias[full.lower()][1] == "official":
            return known
        return None

    def _first_word_of(self, short: str, before: int) -> str | None:
        """"Amnesty" after "Amnesty International": an organisation called by the first word of
        the name it was first given in full ("Amnesty International Nigeria", a branch named
        later, is not what "Amnesty" stands for)."""
        if " " in short or len(short) < 4 or not short.istitle() \
                or short.lower() in self.word_terms:
            return None
        for start, canonical, _ in self.org_mentions:
            if start >= before:
                break
            if canonical.startswith(short + " "):
                return re.sub(r"['’]s$", "", canonical)
        return None

    def _another_of_the_family(self, parts: list[Token], known: str) -> bool:
        """Whether a name sharing the surname of one given in full is someone else: its given
        name, recognised as a person's or followed by "Sr."/"Jr.", differs from the other's
        ("Ezell Ford Sr." is not "Tritobia Ford"; "Const George" may be "Callan George")."""
        other = known.split()
        if len(parts) < 2 or len(other) < 2:
            return False
        given = parts[-2]
        if not (given.is_alpha and given.text.istitle() and len(given) > 1) \
                or given.lower_ in self.titles or given.lower_ in self.word_terms:
            return False
        doc = given.doc
        after = doc[parts[-1].i + 1].lower_ if parts[-1].i + 1 < len(doc) else ""
        generational = after.rstrip(".") in ("sr", "jr") or after in ("ii", "iii", "iv")
        if not (generational or given.ent_type_ == "PERSON"):
            return False
        return not _same_first_name(given, " ".join(other[-2:]))

    def _previous_sentence_start(self, tok: Token) -> int:
        """Where the sentence before ``tok``'s starts (its own, in the first sentence): the
        window in which a pronoun looks for whom it takes up."""
        start = tok.sent.start
        return self.doc[start - 1].sent.start if start > 0 else start

    def _recent_subject(self, pronoun: Token, want: str | None,
                        reported: list[tuple[int, int]] = (), depth: int = 0
                        ) -> tuple[int, str] | None:
        """The last person named as a subject in the pronoun's sentence or the one before, of
        the gender ``want`` ("m", "f"; None: any).

        A person named inside ``reported`` (what someone said) is what the talk is about, not
        who talks: in '"He had nothing in his hands," she said' after 'Ana said that Pell ...',
        "she" is Ana, not Pell. With no one named there, a pronoun of the same gender as the
        subject of the sentence before takes the chain further back: "Reyes criticised the
        budget. He chairs the committee. '...,' he said": Reyes.
        """
        first = min([pronoun.i, *(a for a, b in reported[:1] if b > a)])
        # a quotation before the pronoun may span sentences
        floor = self._previous_sentence_start(self.doc[first])
        k = bisect_right(self._mention_index, pronoun.i - 1) - 1
        while k >= 0 and self.person_mentions[k][0] >= floor:
            i, canonical = self.person_mentions[k]
            tok = self.doc[i]
            root = tok
            while root.dep_ in ("compound", "flat") and root.head.i != root.i:
                root = root.head
            if root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"):
                root = root.head  # "the party's chairman, Don Etiebet, went further"
            if root.dep_ in ("nsubj", "nsubjpass") \
                    and (want is None or self.gender.get(canonical, want) == want) \
                    and not any(a <= i < b for a, b in reported):
                return i, canonical
            k -= 1
        if want and depth < 2:
            for t in reversed(self.doc[floor:first]):
                if t.dep_ in ("nsubj", "nsubjpass") and PRONOUN_GENDER.get(t.lower_) == want \
                        and not any(a <= t.i < b for a, b in reported):
                    return self._recent_subject(t, want, reported, depth + 1)
        return None

    def _person_aged(self, age: str, before: int) -> str | None:
        """The last person named before a point with that age: "Ana Ruiz, 29," or "29-year-old
        Ana Ruiz"."""
        doc = self.doc
        k = bisect_right(self._mention_index, before - 1) - 1
        while k >= 0:
            i, canonical = self.person_mentions[k]
            ent = _entity_at(doc, i)
            end = ent.end if ent is not None else i + 1
            after = doc[end:end + 3].text.replace(" ", "")
            before_words = doc[max(0, i - 4):i].text.replace(" ", "").lower()
            if after.startswith(f",{age},") or after == f",{age}" or after.startswith(f",{age}.") \
                    or before_words.endswith(f"{age}-year-old"):
                return canonical
            k -= 1
        return None

    def _last_speaking_org(self, previous: list[Attribution], head_word: str,
                           known: bool = True) -> tuple[str, str] | None:
        """"ICE said X. The agency said Y": the organisation that spoke last, if it is one the
        lexicon knows (unless ``known`` is false) or one whose name has the anaphor's head word,
        within the last few claims. An organisation only mentioned in between (a hospital, a
        town) does not speak."""
        for prev in reversed(previous[-4:]):
            if prev.speaker_type == "agency" and prev.canonical and (
                (known and prev.canonical in self.known_speakers)
                or head_word in prev.canonical.lower().split()
            ):
                return prev.canonical, prev.speaker_type
        return None

    def _last_org(self, before: int, head_word: str) -> tuple[str, str] | None:
        k = bisect_right(self._org_index, before) - 1
        fallback = weak = None
        while k >= 0:
            _, canonical, kind = self.org_mentions[k]
            if head_word in canonical.lower():
                return canonical, kind
            if fallback is None and kind == "agency" and canonical in self.known_speakers:
                fallback = (canonical, kind)
            if weak is None and kind == "agency":
                weak = (canonical, kind)
            k -= 1
        if head_word not in _GENERIC_ORG_HEADS:
            return None  # "the department" with no department named: leave it as written
        if head_word == "government" and fallback is None:
            # "sparked by the government admitting X" after "Protests began in Iran": with no
            # known agency named, the government of the last country named, rather than any
            # organisation; not of a city ("protests spread to Cali, Medellin and Cartagena")
            place = next((p for i, p in reversed(self.place_mentions)
                          if i < before and p.lower() in self.countries), None)
            return (f"government of {place}", "agency") if place is not None else None
        if head_word in ("administration", "authorities"):
            # "the administration declared X" after Amnesty International spoke: a government,
            # not whatever organisation was named last
            return fallback
        return fallback or weak

    def _recent_group(self, pronoun: Token) -> tuple[str, str] | None:
        """'Officers' video does not show what officers saw when they say X', 'CBP officials
        released a statement. They say X': with no group speaking before, "they" takes up the
        last plural speaker word that is a subject in its sentence or the one before."""
        floor = self._previous_sentence_start(pronoun)
        for t in reversed(self.doc[floor:pronoun.i]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") \
                    and (t.lower_ in self.word_terms or t.lemma_.lower() in self.word_terms):
                words = [w for w in self.doc[t.left_edge.i:t.i + 1] if w.dep_ != "det"
                         and w.tag_ != "POS" and w.dep_ not in ("poss", "case")]
                text = _name_text(words)
                if words and words[0].pos_ == "NOUN":
                    text = text[:1].lower() + text[1:]
                kind = self.word_terms.get(t.lower_) or self.word_terms.get(t.lemma_.lower())
                return text, kind or "other"
        return None

    def _recent_described(self, pronoun: Token, want: str, content: tuple[int, int]
                          ) -> str | None:
        """A person described, not named ("a woman", "a man"), as the subject of the sentence
        before the pronoun's (before its quotation, when the quotation comes first); not someone
        else's relative ("the boy's father"), who is a relation, not a description."""
        first = min(pronoun.i, content[0]) if content[1] > content[0] else pronoun.i
        nouns = FEMALE_NOUNS if want == "f" else MALE_NOUNS
        for t in reversed(self.doc[self._previous_sentence_start(self.doc[first]):first]):
            if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN" and t.lower_ in nouns \
                    and not any(c.dep_ == "poss" for c in t.children):
                return t.lower_
        return None

    def _recent_relation(self, pronoun: Token, want: str, content: tuple[int, int],
                         reported: list[tuple[int, int]]) -> tuple[int, str] | None:
        """A person not named but described, subject of the sentence before the pronoun's or
        of its own: a relative ("His sister also spoke", "McDonald's sister"), or the second of
        two people ("A man and a woman told reporters X. She said Y"); not one talked about in
        what someone said ("claimed the encounter in which their son was injured was fake")."""
        first = min(pronoun.i, content[0]) if content[1] > content[0] else pronoun.i
        nouns = FEMALE_NOUNS if want == "f" else MALE_NOUNS
        for t in reversed(self.doc[self._previous_sentence_start(self.doc[first]):first]):
            subject = t.dep_ in ("nsubj", "nsubjpass") or (
                t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass"))
            if not subject or t.tag_ != "NN" or t.lower_ not in nouns or t.ent_type_ \
                    or any(a <= t.i < b for a, b in reported):
                continue
            owner = child(t, "poss")
            if owner is not None and t.lower_ in _KIN:
                words = [x for x in t.subtree if x.i <= t.i and x.dep_ != "det"]
                text = _name_text(words)
                return t.i, (text[:1].lower() + text[1:] if words[0].tag_ == "PRP$" else text)
            if owner is None and t.dep_ == "conj" and t.head.lower_ not in nouns:
                return t.i, t.lower_  # "A man and a woman": the woman
        return None

    def _governing_org(self, pronoun: Token) -> tuple[int, str, str] | None:
        """The organisation that is the subject of the clause the pronoun's own clause hangs
        on, in the same sentence: (its index, canonical name, type)."""
        for verb in pronoun.head.ancestors:
            subj = child(verb, "nsubj") or child(verb, "nsubjpass")
            if subj is None or subj.i > pronoun.i:
                continue
            ent = _entity_at(self.doc, subj.i)
            if ent is None or ent.label_ != "ORG":
                return None
            k = bisect_left(self._org_index, ent.start)
            if k < len(self.org_mentions) and self.org_mentions[k][0] == ent.start:
                return self.org_mentions[k]
            return None
        return None

    def _recent_document(self, pronoun: Token) -> str | None:
        """'The group filed a lawsuit, contending X. It claims Y': the last document named
        ("lawsuit", "complaint", "report") in the pronoun's sentence or the one before, when
        no organisation or document has spoken."""
        floor = self._previous_sentence_start(pronoun)
        for t in reversed(self.doc[floor:pronoun.i]):
            if t.pos_ == "NOUN" and t.tag_ == "NN" and (
                    self.word_terms.get(t.lemma_.lower()) == "document"):
                return t.lemma_.lower()
        return None

    def _resolve_pronoun(self, att: Attribution, head: Token, previous: list[Attribution]) -> None:
        low = head.lower_
        want = PRONOUN_GENDER.get(low)
        asked = _the_one_asked(self.doc[att.cue[0]], head) if low not in FIRST_PERSON else None
        if asked is not None:
            # "When the prosecutor asked Smith why he fired, he said X": the one asked answers
            probe = replace(att, speaker=(asked.left_edge.i, asked.right_edge.i + 1),
                            speaker_head=asked.i, extras={})
            self.resolve(probe, previous)
            if not want or self.gender.get(probe.canonical, want) == want:
                att.canonical, att.speaker_type = probe.canonical, probe.speaker_type
                att.extras.update(probe.extras)
                return
        for prev in reversed(previous):
            if prev.speaker_type == "unknown" or not prev.canonical:
                continue
            if (low == "it" or low in PLURAL_PRONOUNS) and any(
                    o is not prev and o.content[0] <= prev.speaker[0]
                    and prev.speaker[1] <= o.content[1] for o in previous):
                continue  # "Amnesty said video footage shows X. Y, it added": the footage
                # speaks only inside what Amnesty said; "His family say police told them X.
                # They claim Y": the family
            ph = self.doc[prev.speaker_head] if prev.speaker_head >= 0 else None
            plural = ph is not None and (ph.tag_ in ("NNS", "NNPS") or ph.lower_ == "they"
                                         or any(c.dep_ == "conj" for c in ph.children))
            if low in PLURAL_PRONOUNS:
                if plural or prev.speaker_type in ("agency",) or (
                        ph is not None and ph.tag_ == "NN" and ph.lower_ in self.group_nouns):
                    break
                continue
            if low in FIRST_PERSON:
                break
            if low == "it":
                if prev.speaker_type in ("agency", "document", "journalist"):
                    break
                continue
            if plural or not prev.extras.get("person"):
                continue
            if want and self.gender.get(prev.canonical, want) != want:
                continue
            break
        else:
            prev = None  # type: ignore[assignment]
        governing = self._governing_org(head) if low == "it" else None
        if governing is not None and (prev is None or governing[0] > prev.speaker[0]):
            # "The Philippine National Police met criticism after it said X": the organisation
            # whose clause the pronoun's clause hangs on
            att.canonical, att.speaker_type = governing[1], governing[2]
            return
        reported = [att.content] + [p.content for p in previous[-3:]]
        subject = self._recent_subject(head, want, reported) if want else None
        if subject is not None and (prev is None or subject[0] > prev.speaker[0]):
            att.canonical = subject[1]
            att.speaker_type = self.person_type.get(subject[1], "other")
            att.extras["person"] = True
            return
        relation = self._recent_relation(head, want, att.content, reported) if want else None
        if relation is not None and (prev is None or relation[0] > prev.speaker[1]) \
                and (subject is None or relation[0] > subject[0]):
            # "Ana Ruiz said he was innocent. His sister also spoke. She said X": the sister
            # spoke last, not Ana Ruiz
            att.canonical, att.speaker_type = relation[1], "witness"
            att.extras["person"] = True
            self.gender.setdefault(relation[1], want)
            return
        if prev is not None and head.i - prev.cue[0] < 400:
            att.canonical, att.speaker_type = prev.canonical, prev.speaker_type
            if prev.extras.get("person"):
                att.extras["person"] = True
            return
        if low in PLURAL_PRONOUNS and (prev is None or head.i - prev.cue[0] >= 400):
            group = self._recent_group(head)
            if group is not None:
                att.canonical, att.speaker_type = group
                return
        if low == "it" and prev is None:
            document = self._recent_document(head)
            if document is not None:
                att.canonical, att.speaker_type = document, "document"
                return
        described = self._recent_described(head, want, att.content) if want else None
        if described is not None:
            # '... a woman can be heard pleading with the officers. "Leave him alone," she says'
            att.canonical, att.speaker_type = described, "witness"
            att.extras["person"] = True
            self.gender.setdefault(described, want)
            return
        if want:
            k = bisect_right(self._mention_index, head.i) - 1
            while k >= 0 and head.i - self.person_mentions[k][0] < 200:
                canonical = self.person_mentions[k][1]
                if self.gender.get(canonical, want) == want:
                    att.extras["person"] = True
                    att.canonical = canonical
                    att.speaker_type = self.person_type.get(canonical, "other")
                    return
                k -= 1
        att.canonical, att.speaker_type = head.text, "unknown"


# Speaker types whose singular role nouns name one person ("the chief", "a witness"), except
# the words of those types that name a body ("administration", "family").
_PERSON_KINDS = frozenset({"official", "witness", "activist", "other"})
_COLLECTIVE_ROLES = frozenset({"administration", "authorities", "family", "leadership", "union",
                               "roundtable", "rights group", "member"})

# "the 29-year-old", "a 52-year-old woman": a person called by their age
_AGED = re.compile(r"(?:the|a|an) (\d{1,3})-year-old(?: (?:man|woman|boy|girl|mother|father))?")

# Words for a relative or a friend: a name given with one is a person's ("Ana Petro, a cousin")
_KIN = frozenset({"cousin", "uncle", "aunt", "nephew", "niece", "grandfather", "grandmother",
                  "grandson", "granddaughter", "brother", "sister", "son", "daughter", "father",
                  "mother", "wife", "husband", "widow", "widower", "friend", "relative"})

_KIN_IDS = numpy.array([get_string_id(w) for w in sorted(_KIN)], dtype="uint64")

# Anaphors general enough to take the last organisation named, whatever its name.
_GENERIC_ORG_HEADS = frozenset({"agency", "administration", "government", "organization",
                                "organisation", "group", "company", "authorities"})


_DASHES = frozenset({"—", "–", "-", "--"})

# Unnamed people who speak for a body: "officials with ICE", "a ministry spokesman"
_VOICES = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "representative",
                     "spokespeople", "spokespersons"})

# Statements that speak for whoever issued them, and the verbs that issue them. Of these, the
# documents an author wrote keep the speaker type "document".
_AUTHORED = frozenset({"report", "memo", "study", "audit", "analysis"})
_ISSUED = frozenset({"statement", "release", "announcement", "communique", "communiqué", "email",
                     *_AUTHORED})
# Where a body publishes, which speaks for it ("the Facebook page of the ministry").
_CHANNELS = frozenset({"page", "account", "feed", "channel", "website", "handle", "site", "blog",
                       "profile"})
_ISSUING = frozenset({"issue", "release", "send", "post", "publish", "put", "distribute"})
# Words for the kind of release, not for who released it ("a police news release").
_RELEASE_WORDS = frozenset({"news", "press", "media", "joint", "written"})


def _kin_tokens(doc: Doc) -> list[Token]:
    """The document's words for a relative or a friend, found from its array of lower-case
    forms rather than token by token."""
    lower = doc.to_array(LOWER)
    return [doc[int(i)] for i in numpy.flatnonzero(numpy.isin(lower, _KIN_IDS))]


def _joined_people(doc: Doc) -> list[Span]:
    """The document's entities, with two names of people that touch made one: "Nourredine
    Yazid" and "Zerhouni" are one man, "Interior Minister Nourredine Yazid Zerhouni"."""
    out: list[Span] = []
    for ent in doc.ents:
        last = out[-1] if out else None
        if last is not None and ent.label_ == last.label_ == "PERSON" and ent.start == last.end \
                and doc[last.end - 1].whitespace_ == " " and ent[0].is_title:
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def _dateline_credit(ent: Span) -> bool:
    """An entity in parentheses followed by a dash: the wire service of a dateline."""
    doc = ent.doc
    return (ent.start > 0 and ent.end + 1 < len(doc) and doc[ent.start - 1].text == "("
            and doc[ent.end].text == ")" and doc[ent.end + 1].text in _DASHES)


def joined_hyphen(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a hyphen inside one word ("Nda-Isaiah")."""
    return 0 < k < len(doc) - 1 and doc[k].text in ("-", "‐") and not doc[k].whitespace_ \
        and not doc[k - 1].whitespace_ and doc[k - 1].is_alpha and doc[k + 1].is_alpha


# Words that make "the X" someone other than the X named before: "the former president".
_NOT_THE_SAME = frozenset({"former", "late", "new", "then", "previous", "next", "other",
                           "another", "acting", "interim", "incoming", "outgoing", "ex"})


def _entity_at(doc: Doc, i: int) -> Span | None:
    """The named entity token ``i`` is part of, read from the tokens' entity tags (without
    building ``doc.ents`` again)."""
    if doc[i].ent_iob_ not in ("B", "I"):
        return None
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type_)


# Verbs whose object is asked a question: "When X asked Y what happened, he replied".
_QUESTIONING = frozenset({"ask", "question", "press"})


def _the_one_asked(cue: Token, pronoun: Token) -> Token | None:
    """The person a when-clause before the pronoun asks, in "When the prosecutor asked Smith
    why he fired, he said X": Smith answers. Not a pronoun object, which would need resolving
    itself."""
    for clause in cue.children:
        if clause.dep_ != "advcl" or clause.i > pronoun.i \
                or clause.lemma_.lower() not in _QUESTIONING \
                or not any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "after", "as")
                           for c in clause.children):
            continue
        asked = child(clause, "dobj")
        if asked is not None and asked.pos_ in ("PROPN", "NOUN"):
            return asked
    return None


def _same_first_name(first: Token, known: str) -> bool:
    """Whether a given name fits the given name that opens ``known`` ("John Smith", or just
    the last two words of a longer name): the same word, or its initial ("J. Smith")."""
    given = first.text.rstrip(".").lower()
    other = known.split()[0].rstrip(".").lower() if known.split() else ""
    return given == other or (len(given) == 1 and other.startswith(given)) \
        or (len(other) == 1 and given.startswith(other))


def _surname(names: list[Token]) -> str:
    """The last word of a name, lower-cased, with the words hyphened to it ("nda-isaiah")."""
    k = len(names) - 1
    while k >= 2 and names[k - 1].text in ("-", "‐") and names[k - 1].i == names[k].i - 1:
        k -= 2
    return _name_text(names[k:]).lower()


def _name_text(tokens: list[Token]) -> str:
    """A phrase as written: "Velasquez-Boyd" and "Sheriff's" stay joined, other parts keep one space."""
    out = ""
    for k, t in enumerate(tokens):
        if k:
            joined = tokens[k - 1].i + 1 == t.i and not tokens[k - 1].whitespace_
            out += "" if joined else " "
        out += t.text
    return out


def _org_name_tokens(tokens: list[Token], end: int) -> list[Token]:
    """An organisation's name from the entity recogniser's tokens, which may stop at a
    possessive inside it: "Central Committee of Sudan's" goes on to "Doctors", the noun the
    possessive hangs on inside the name's own of-phrase (name words before ``end``); "the
    Kenyan Government's (plan)" loses its "'s"."""
    if not tokens or tokens[-1].tag_ != "POS":
        return tokens
    doc = tokens[0].doc
    owner = tokens[-1].head
    k = tokens[-1].i + 1
    while k < end and (doc[k].tag_ in ("NNP", "NNPS")
                       or (doc[k].tag_ == "NNS" and doc[k].is_title)):
        k += 1
    possessed = owner.head
    if k > tokens[-1].i + 1 and owner.dep_ == "poss" and possessed.i == k - 1 \
            and tokens[0].i <= possessed.head.i < tokens[-1].i:
        return tokens + list(doc[tokens[-1].i + 1:k])
    return tokens[:-1]


def _unclosed_bracket_cut(name: str) -> str:
    """"Independent Police Investigative Directorate (Ipid": a bracket the entity recogniser
    opened and did not close is no part of the name."""
    k = name.rfind("(")
    return name[:k].rstrip() if k > 0 and ")" not in name[k:] else name


def _strip_determiner(text: str) -> str:
    for det in ("the ", "a ", "an ", "The ", "A ", "An "):
        if text.startswith(det):
            return text[len(det):]
    return text


# --------------------------------------------------------------------------- the component
