"""The ``claimcheck_attribution`` spaCy component: who said what, with which cue.

``match()`` walks the dependency parse once and proposes attributions (a cue, a speaker noun
phrase, a content span and the rule that found them); ``set_annotations()`` writes them to three
span groups aligned by index, with primitives only, so a ``DocBin`` round-trips them:

- ``doc.spans["claimcheck_cue"]``: label = cue lemma
- ``doc.spans["claimcheck_speaker"]``: label = speaker type, kb_id = canonical speaker name
- ``doc.spans["claimcheck_content"]``: label = quote type; the group's ``attrs`` hold aligned
  lists ``rule``, ``polarity``, ``hedged``, ``role``, ``checkable``.

The cue lexicon and the speaker lexicon are data (``resources/cues.yaml``, ``speakers.yaml``);
a user may pass their own files through the component's config.

Rules (the name is stored with each claim, ``+how`` says how the speaker was found):
``clause`` / ``quote`` (a that-clause or quotation under the cue), ``parenthetical`` ("The car,
she said, was moving"), ``as_clause`` ("as Ms. Noem had claimed"), ``colon``, ``adjacent_quote``
(a quotation next to "X said."), ``trailing_cue`` ("..., officials said."), ``relative_clause``
("a man who DHS said resisted arrest"), ``characterise_object`` / ``accuse_object`` ("called X
a Y", "accused X of Y"), ``object``, ``infinitive`` / ``directive``, ``noun_clause`` /
``noun_that`` ("a statement saying", "her claim that"), ``according_to``, ``credit_line``,
``follow_on_quote`` (a quotation continuing the previous speaker's), ``headline`` ("Court
rules X is legal", the cue read as a plural noun), ``that_fallback`` and ``run_on`` (content
the parser attached elsewhere, or a clause it read as the cue's object), ``adjective`` ("X is
confident that Y"), ``gerund`` ("admitted stealing the car"), ``in_view`` ("in her view,
X"), ``dash_credit`` ('"A quotation." - Jane Doe'), ``headline_colon`` ("Police: suspect fled").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Container
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable

import srsly
from spacy.attrs import IDX, LEMMA, LENGTH, LOWER, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from claimcheck.pipeline.quotes import (
    OPENERS,
    QUOTE_CHARS,
    SINGLE_MARKS,
    STRAIGHT,
    find_quote_regions,
)
from claimcheck.pipeline.records import FEMALE_NOUNS, FIRST_PERSON, MALE_NOUNS, Attribution
from claimcheck.pipeline.records import child as _child
from claimcheck.pipeline.speakers import SpeakerResolver, joined_hyphen
from claimcheck.resources.lexicon import (
    CueLexicon,
    SpeakerLexicon,
    VerbCue,
    load_cue_lexicon,
    load_speaker_lexicon,
)

CUE_GROUP = "claimcheck_cue"
SPEAKER_GROUP = "claimcheck_speaker"
CONTENT_GROUP = "claimcheck_content"
ATTR_KEYS = ("rule", "polarity", "hedged", "role", "checkable")

# Relative pronouns: a cue whose subject is one of these takes the relative clause's head.
_RELATIVE = frozenset({"who", "which", "that", "whom"})


def _relative(t: Token) -> bool:
    """A relative pronoun; not "the WHO", the World Health Organization."""
    return t.lower_ in _RELATIVE and not (
        t.text.isupper() and len(t.text) > 1
        and (t.tag_ not in ("WP", "WDT") or t.head.dep_ != "relcl"
             or any(c.dep_ == "det" for c in t.children)))


# Cues whose negation says nothing either way: "could not confirm X", "did not verify X"
_CONFIRMING = frozenset({"confirm", "verify", "corroborate", "substantiate"})

# Passives of being seen or heard: "was shown on television saying X" is the one shown saying it
_PERCEIVED = frozenset({"show", "see", "hear", "film", "record", "capture", "catch",
                        "videotape", "photograph", "overhear"})
_CLAUSAL = frozenset({"VERB", "AUX"})
_NEGATIVE_SUBJECTS = frozenset({"nobody", "nothing", "none", "neither", "noone"})
# Dependants left out of a speaker's noun phrase: relative and participial clauses.
_SPEAKER_DROP = frozenset({"relcl", "acl", "advcl", "ccomp"})
_EDGE_PUNCT = frozenset(",.;:—–-…!?") | QUOTE_CHARS
_MIN_QUOTE_TOKENS = 4  # a quotation this long is speech, not a scare-quoted word
# A verb and preposition that make their subject the holder of a cue noun: "came to the
# conclusion that X", "arrived at the view that X".
_ARRIVE_AT = frozenset({("come", "to"), ("arrive", "at")})
# Verbs of belief or knowledge rather than of speech ("officials believe", "I think"). They
# report only a clause of their own ("as we all know" reports nothing) whose holder is named or
# described, not a generic "you know" or "it feels".
_COGNITION = frozenset({"think", "believe", "feel", "suspect", "assume", "suppose", "guess",
                        "reckon", "fear", "worry", "doubt", "know", "realise", "realize",
                        "understand", "surmise", "hypothesize", "hypothesise", "posit", "infer",
                        "deduce", "recognize", "recognise", "accept"})
_COGNITION_RULES = frozenset({"clause", "quote", "parenthetical", "relative_clause"})
_GENERIC_HOLDERS = frozenset({"you", "it", "one", "this", "that", "what", "there", "everyone",
                              "everybody", "anyone", "anybody", "someone", "somebody"})
# Of those, the ones that hold the content as uncertain: their claims are hedged.
_HEDGING_COGNITION = _COGNITION - {"know", "realise", "realize", "understand", "recognize",
                                   "recognise", "accept", "infer", "deduce"}
# Factive ones presuppose the content: "she did not know that X" is no claim by her at all.
_FACTIVE = frozenset({"know", "realise", "realize", "recognize", "recognise"})
# Verbs of knowing that, in the past tense of a third person, narrate what someone knew at the
# time ("he knew the bridge was closed", "they had learned that X"): the writer asserts the
# content, nobody reports it ("Wikinews has learned that X" still reports).
_KNOWING = frozenset({"know", "realise", "realize", "understand", "learn"})
# Cues whose gerund object is what the subject reports of itself: "admitted stealing the car",
# "reported hearing gunshots", "described seeing a man run" ("continued working" is no report).
_GERUND_REPORTS = frozenset({"admit", "acknowledge", "confess", "deny", "recall", "report",
                             "describe", "recount", "mention"})
# Verbs whose subject voices the cue noun they take as object: "issued a statement that X",
# "made the claim that X". Others do not: "police are investigating claims that X".
_ISSUING = frozenset({"make", "issue", "release", "publish", "give", "post", "send", "file",
                      "reach", "voice", "express", "offer", "submit", "deliver", "present",
                      "put", "lodge", "draw", "come"})
# Cues whose object is the one told, not what was said: "as Heald told The Huffington Post".
_HEARER_OBJECTS = frozenset({"tell", "inform", "remind", "notify", "reassure", "assure", "warn",
                             "advise", "caution"})
# Verbs of reaction: what follows "to" is what they react to, and a clause after it belongs to
# that noun ("responded to a report that shots had been fired": the report's, not theirs).
_REACTING = frozenset({"respond", "reply", "answer", "react"})
# ... unless it is whom they answer: "responded to reporters that X"
_AUDIENCES = frozenset({"reporters", "journalists", "lawmakers", "critics", "questioners",
                        "him", "her", "them", "me", "us"})
# Verbs whose object is a means, not a person made to act: in "called police to report X" and
# "held a news conference to announce X" the subject reports (compare "urged agents to say X").
_MEANS = frozenset({"call", "phone", "dial", "contact", "email", "text", "hold", "use",
                    "convene", "host", "schedule", "issue", "release", "post", "publish", "file"})
# Verbs of intent whose infinitive cue reports nothing said yet: "intended to say", "plans
# to announce". Not "want" or "like": "I want to say that ..." says it.
_INTENDING = frozenset({"intend", "mean", "plan", "try", "attempt", "aim", "hope", "expect"})
# Verbs that bring about what their object then does ("prompted his relatives to allege X"),
# unlike "urged" or "asked", after which it may not have been done.
_CAUSING = frozenset({"prompt", "force", "lead", "cause", "compel", "spur", "drive"})
# Cues written before their source at the end of a sentence ("..., said two witnesses"), and
# that never take a person as their object.
_INVERTING = frozenset({"say", "report", "add", "write", "state", "note", "explain"})
# Who find someone in a state as part of what happened, not as a finding: "deputies found him
# unconscious", "she found the door open" (but "investigators found the shooting justified").
_SCENE_FINDERS = frozenset({"deputy", "officer", "police", "trooper", "agent", "staff", "jailer",
                            "guard", "paramedic", "firefighter", "detective", "neighbor",
                            "neighbour", "witness", "resident", "family", "relative", "friend"})
# Cues whose infinitive is what they report: "claimed to be a doctor", "told him to leave",
# "vowed to release the video" (a promise, not checkable when made).
_INFINITIVE_REPORTS = frozenset({"claim", "tell", "warn", "promise", "vow", "pledge", "threaten"})
# Prepositions heading a gerund cue whose speaker is the governing verb's subject.
_GERUND_PREPOSITIONS = frozenset({"by", "after", "before", "while", "in", "when"})
# Passive verbs of hearing or recording whose subject is heard saying something.
_OVERHEARD = frozenset({"hear", "overhear", "record", "film", "tape", "catch", "quote", "see"})
# Verbs as often said of an event as of a speaker: "the flood reminded everyone that X", "the
# results reassured doctors that X", "the decision hints that X" are the writer's. Their
# subject must be a speaker or a source of evidence.
_SPEAKERS_ONLY = frozenset({"remind", "reassure", "hint", "signal",
                            # "This realization further disputes reports that X"
                            "dispute", "refute", "rebut", "contest",
                            # "the storm threatened to flood the town", "promises to be hot"
                            "threaten", "promise"})
# Organisations named by a common noun, speakers too ("the bank signalled that X").
_ORGANISATIONS = frozenset({"company", "firm", "bank", "airline", "carrier", "group", "charity",
                            "organisation", "organization", "school", "hospital", "university",
                            "college", "club", "board", "network", "insurer", "lender",
                            "retailer", "manufacturer", "operator", "provider", "utility",
                            "party", "campaign", "team", "owner", "landlord", "employer"})
# Number words the tokenizer does not read as numbers: "put the toll at about a dozen"
_ROUND_NUMBERS = frozenset({"dozen", "dozens", "hundreds", "thousands", "scores", "tens"})
# Object pronouns that stand for people: a person is refused ("denied them justice"), a claim
# is denied.
_PERSONAL_OBJECTS = frozenset({"him", "her", "them", "me", "us", "you"})
# Verbs that withhold what their infinitive would say: "declined to say why".
_WITHHOLDING = frozenset({"decline", "refuse", "fail"})
# Prepositional phrases that name whose view a clause is: "in her view", "by his account".
_VIEW_PHRASES = frozenset({("in", "view"), ("in", "opinion"), ("in", "word"),
                           ("in", "estimation"), ("in", "judgment"), ("in", "judgement"),
                           ("in", "assessment"), ("by", "account")})
# Section labels that open headlines with a colon but name no source ("Analysis: ...").
_HEADLINE_LABELS = frozenset({"analysis", "opinion", "review", "video", "videos", "photos",
                              "explainer", "editorial", "interview", "update", "live", "watch",
                              "comment", "commentary", "timeline", "factbox", "correction",
                              "obituary", "exclusive", "breaking", "podcast", "quiz", "feature",
                              "profile", "note", "image", "photo"})
# Punctuation that sets off a sentence adverbial such as "according to X".
_SETTING_OFF = frozenset({",", ";", ":", "(", "—", "–", "-", "--"}) | QUOTE_CHARS
# Possessors that, outside a quotation (where cue nouns are looked at), are the writer's own:
# "In my view, X", "our assessment that X" are the article's, no attribution.
_WRITERS = frozenset({"my", "our"})
# Marks of a clause that supposes a report rather than reports it: "if police say X", and for
# a belief "when agents believe X" (a rule for any time, not a time when someone believed).
_CONDITIONS = frozenset({"if", "unless", "provided", "providing"})
_WHENEVER = frozenset({"when", "whenever", "until", "once"})
# Marks of an indirect question: "would not say whether X" reports no claim that X.
_QUESTION_MARKS = frozenset({"whether", "if"})
# Prepositions naming the medium of a saying: "said in a statement that X".
_MEDIUM_PREPS = frozenset({"in", "through", "via", "during", "with", "at", "on"})
# Verbs that take whom they direct in a prepositional phrase: "called on X to", "appealed to X
# to", "pleaded with X to".
_ADDRESSED_DIRECTIVES = frozenset({"call", "appeal", "plead", "urge", "press", "prevail"})
# Verbs whose wh-clause is a question asked: "asked what happens next" asserts nothing.
_ASKING = frozenset({"ask", "wonder", "inquire", "enquire", "question"})


# --------------------------------------------------------------------------- helpers


_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "him", "her", "them"})


def _is_person(tok: Token) -> bool:
    """A named person or a personal pronoun."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in _PERSONAL_PRONOUNS


def _subtree_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def _without(outer: tuple[int, int], inner: tuple[int, int]) -> tuple[int, int]:
    """``outer`` minus ``inner`` when ``inner`` sits at one of its ends; else ``outer``."""
    (a, b), (c, d) = outer, inner
    if c <= a < d:
        return (d, b)
    if c < b <= d:
        return (a, c)
    return outer


def _is_punct(tok: Token) -> bool:
    # "%" counts as punctuation to spaCy, but "70%" is a figure
    return (tok.is_punct and tok.text not in ("%", "‰")) or tok.is_space \
        or tok.text in _EDGE_PUNCT


def _trim(doc: Doc, span: tuple[int, int], *, drop_mark: bool = False) -> tuple[int, int]:
    a, b = span
    while a < b and b < len(doc) - 1 and joined_hyphen(doc, b):
        b += 2  # a span never ends inside a hyphenated word, which the tokenizer splits and
        # the parser may hang anywhere ("rejected the re-election")
    while a < b and a > 1 and joined_hyphen(doc, a - 1):
        a -= 2
    while a < b and (_is_punct(doc[a]) or (drop_mark and doc[a].dep_ == "mark"
                                           and doc[a].lower_ in ("that", "whether"))
                     or (drop_mark and _misparsed_that(doc[a]))):
        a += 1
    while b > a and (_is_punct(doc[b - 1]) or doc[b - 1].dep_ == "cc"):
        b -= 1  # and a conjunction left dangling when the parser hung the next clause elsewhere
    return a, b


# Words that open a clause of time inside another: "when the man died, describing".
_SUBORDINATORS = frozenset({"when", "after", "before", "while", "until", "once", "whenever"})
# Prepositions whose object is what is talked about, not who talks: "commented on the petition".
_TOPIC_PREPS = frozenset({"on", "about", "as"})
# What a source hands on rather than says: "according to details provided by police".
_CONVEYED = frozenset({"detail", "information", "figure", "data", "datum", "statistic", "number"})


def _conveyor(obj: Token) -> Token | None:
    """"According to the details provided by police": the police, who gave the details."""
    if obj.lemma_.lower() not in _CONVEYED:
        return None
    for acl in obj.children:
        agent = _child(acl, "agent") if acl.dep_ == "acl" and acl.tag_ == "VBN" else None
        pobj = _child(agent, "pobj") if agent is not None else None
        if pobj is not None:
            return pobj
    return None


def _without_closing_frame(doc: Doc, att: Attribution) -> tuple[int, int]:
    """"A man has died, officials said, but the family say he was unarmed": once the family's
    account is cut off, "officials said" closes the content, and is left out of it."""
    a, b = att.content
    left = doc[att.cue[0]].left_edge.i
    if a < left < b and all(_is_punct(t) for t in doc[att.cue[1]:b]):
        return _trim(doc, (a, left))
    return a, b


_DOUBLE_MARKS = frozenset({"“", "”", '"', "``", "''", "„"})


def _balance_quotes(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """'said that “mostly militants” were killed': a quotation mark (or a closing bracket) the
    content needs to be read verbatim, left just outside it by trimming, is taken back in."""
    a, b = span
    for marks in (_DOUBLE_MARKS, SINGLE_MARKS):
        inside = [t for t in doc[a:b] if t.text in marks and t.dep_ != "case"]
        if len(inside) % 2 == 0:
            continue
        if inside[-1].i == b - 1 and b - a > 1:
            b -= 1  # the closing mark of a whole quotation, given without its marks
            continue
        if inside[-1].text not in ("”", "’") and b < len(doc) and doc[b].text in marks:
            b += 1  # "suffered 'extensive injuries'"
        elif inside[0].text not in ("“", "‘", "„") and a > 0 and doc[a - 1].text in marks:
            a -= 1  # "“mostly militants” were killed"
    opened = sum(1 for t in doc[a:b] if t.text == "(") - sum(1 for t in doc[a:b] if t.text == ")")
    if opened > 0 and b < len(doc) and doc[b].text == ")":
        b += 1  # "belonged to the Bangladesh Nationalist Party (BNP)"
    return a, b


def _misparsed_that(tok: Token) -> bool:
    """"told the public that the driver died" with "that" parsed as an object of "died" (or
    as an adverb of "feared" in "testified last week that he feared"), which has a subject of
    its own: the complementizer, not a pronoun."""
    head = tok.head
    return tok.lower_ == "that" and tok.dep_ in ("dobj", "nsubj", "advmod") \
        and head.i > tok.i + 1 \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i for c in head.children)


def _span_roots(doc: Doc, span: tuple[int, int]) -> list[Token]:
    """The tokens of a span whose heads lie outside it (or that are their own heads), in
    order: the words the rest of the span hangs on."""
    a, b = span
    return [t for t in doc[a:b] if not a <= t.head.i < b or t.head.i == t.i]


def _clause_after(v: Token) -> bool:
    """Whether a verb follows the cue in its sentence: a trailing cue ("..., officials
    said on Monday.") has only its own circumstances after it."""
    return any(t.pos_ in _CLAUSAL for t in v.doc[v.i + 1:v.sent.end])


def _that_clause(tok: Token) -> bool:
    """Whether a clause is opened by the complementizer "that"."""
    mark = _child(tok, "mark")
    return mark is not None and mark.lower_ == "that"


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


# --------------------------------------------------------------------------- speakers


def _keep_titles_whole(tokenizer, titles: Iterable[str]) -> None:
    """Make the tokenizer keep "Sgt." one token, so that the parser does not end a sentence there.

    This changes the pipeline's tokenizer, which runs before any component: the titles are a
    part of the speaker lexicon that only the tokenizer can use. A tokenizer without special
    cases (a custom callable) is left alone.
    """
    add = getattr(tokenizer, "add_special_case", None)
    if add is None:
        return
    for title in titles:
        add(title, [{ORTH: title}])


class AttributionComponent:
    """Find attributed claims: a cue, its speaker and the content, with the rule that fired."""

    def __init__(
        self,
        nlp: Language,
        name: str = "claimcheck_attribution",
        *,
        cues_path: str | None = None,
        speakers_path: str | None = None,
    ) -> None:
        self.name = name
        self.cues_path = cues_path
        self.speakers_path = speakers_path
        self._tokenizer = nlp.tokenizer
        self._set_lexicons(load_cue_lexicon(cues_path), load_speaker_lexicon(speakers_path))

    def _set_lexicons(self, cues: CueLexicon, speakers: SpeakerLexicon) -> None:
        self.cues = cues
        self.speakers = speakers
        self.verbs: dict[str, VerbCue] = cues.verb_map()
        self.nouns = {n.lower() for n in cues.nouns}
        self.adjectives = {a.lower() for a in cues.adjectives}
        self.verb_adjectives: dict[str, set[str]] = {}
        for pair in cues.verb_adjective_cues:
            verb, adjective = pair.lower().split()
            self.verb_adjectives.setdefault(adjective, set()).add(verb)
        self.evidence_subjects = {n.lower() for n in cues.evidence_subjects}
        self.source_preps = [p.lower().split() for p in cues.source_preps]
        # the word of each phrase that starts looking for it: "according", "accordance", "per"
        self._source_words = {w for words in self.source_preps for w in words} \
            - {"to", "in", "as", "with"}
        self._hedge_re = _phrase_regex(cues.hedges)
        self._denial_re = _phrase_regex([p for p in cues.denial_predicates if " " in p])
        self.denial_words = {p.lower() for p in cues.denial_predicates if " " not in p}
        self._opinion_re = _phrase_regex(cues.opinion_markers)
        self.evaluative_lemmas = {w.lower() for w in cues.evaluative_lemmas}
        self._evaluative_re = _lemma_pattern_regex(cues.evaluative_patterns)
        self.prediction_aux = {a.lower() for a in cues.prediction_auxiliaries}
        self.refused_objects = {o.lower() for o in cues.refused_objects}
        self.figure_nouns = {o.lower() for o in cues.figure_nouns}
        self.credit_labels = set(cues.credit_labels)
        self.speaker_words = {w.lower() for words in speakers.type_terms.values() for w in words
                              if " " not in w}
        self.speaker_phrases = {w.lower() for words in speakers.type_terms.values() for w in words
                                if " " in w}  # "rights group"
        self._cue_lowers = {get_string_id(w) for w in (*self.adjectives, *self.verb_adjectives,
                                                        *self._source_words)}
        self._cue_lemma_memo: dict[int, bool] = {}
        _keep_titles_whole(self._tokenizer, speakers.abbreviated_titles)

    # -- spaCy API
    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cues.json", self.cues.model_dump())
        srsly.write_json(path / "speakers.json", self.speakers.model_dump())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> AttributionComponent:
        path = Path(path)
        self._set_lexicons(
            CueLexicon.model_validate(srsly.read_json(path / "cues.json")),
            SpeakerLexicon.model_validate(srsly.read_json(path / "speakers.json")),
        )
        return self

    # -- match
    def match(self, doc: Doc) -> list[Attribution]:
        """Propose attributions in text order. A pure function of the Doc's parse."""
        if not doc.has_annotation("DEP") or len(doc) == 0:
            return []
        regions = find_quote_regions(doc.text)
        tok_region = _token_regions(doc, regions)
        region_tokens = _region_token_spans(doc, regions)
        found: list[Attribution] = []
        for tok in self._candidates(doc):
            if tok_region[tok.i] >= 0 and _long(region_tokens[tok_region[tok.i]]) \
                    and not self._first_person_cue(tok) and not self._reported_inside(tok):
                continue  # a cue inside someone's quotation is part of what they said
            att: Attribution | None = None
            low = tok.lower_
            if low in self._source_words:
                att = self._source_prep(tok)
            elif self._is_verb_cue(tok):
                att = self._verb(tok, tok_region, region_tokens)
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in self.nouns:
                att = self._noun(tok, tok_region, region_tokens)
            elif tok.lower_ in self.adjectives and tok.pos_ in ("ADJ", "VERB"):
                att = self._adjective(tok)
            elif tok.lower_ in self.verb_adjectives and tok.pos_ == "ADJ":
                att = self._verb_adjective(tok)
            if att is not None and att.content[1] > att.content[0]:
                found.append(att)
        found += self._credit_lines(doc)
        found += self._headline_colons(doc)
        found += _dash_credits(doc, regions, region_tokens)
        found = _dedupe(found, tok_region)
        found = [att for att in found if not _leaves_its_quotation(doc, att, tok_region)]
        for att in found:
            self._extend_to_quotes(doc, att, tok_region, region_tokens)
        found = _dedupe_same_speaker(found)
        _widen_to_earlier_conjuncts(doc, found, tok_region, self.verbs)
        _cut_nested(doc, found, tok_region)
        for att in found:
            att.content = self._drop_trailing_comment(doc, att.content)
            att.content = _drop_participle_after_quote(doc, att.content, tok_region,
                                                       region_tokens)
            att.content = _drop_framing_before_quote(doc, att.content, tok_region,
                                                     region_tokens)
            att.content = _drop_dateline(doc, att.content)
            att.content = _drop_leading_date(doc, att.content, att.cue)
            att.content = _drop_reticence(doc, att.content)
            speaker = _drop_dateline(doc, att.speaker)
            if speaker != att.speaker and speaker[1] > speaker[0]:
                # "ROCHESTER — Officers' video of ... does not show"; when the parser made the
                # dateline the phrase's head ("SAN ANGELO, Texas - A pathologist"), the head is
                # the last noun left
                att.speaker = speaker
                if not speaker[0] <= att.speaker_head < speaker[1]:
                    nouns = [t.i for t in doc[speaker[0]:speaker[1]]
                             if t.pos_ in ("NOUN", "PROPN", "PRON")]
                    att.speaker_head = nouns[-1] if nouns else speaker[1] - 1
        claimed: dict[int, set[int]] = {}  # quotation -> the attributions whose content it is
        for att in found:
            for i in range(*att.content):
                if tok_region[i] >= 0 and tok_region[i] != tok_region[att.cue[0]]:
                    claimed.setdefault(tok_region[i], set()).add(id(att))

        def taken_by_other(me: Attribution) -> Callable[[int], bool]:
            return lambda r: bool(claimed.get(r, set()) - {id(me)})

        for att in found:
            if tok_region[att.cue[0]] < 0:  # not "I think" inside the quotation itself
                att.content = _continue_quotation(doc, att.content, regions, region_tokens,
                                                  tok_region, taken=taken_by_other(att))
        found += self._follow_on_quotes(doc, found, regions, region_tokens, tok_region)
        found.sort(key=lambda a: (min(a.content[0], a.cue[0]), a.cue[0]))
        resolver = SpeakerResolver(doc, self.speakers)
        done: list[Attribution] = []
        deferred: list[Attribution] = []
        for att in sorted(found, key=lambda a: a.cue[0] if a.rule != "follow_on_quote"
                          else a.content[0]):
            if tok_region[att.cue[0]] >= 0 and doc[att.speaker_head].lower_ in FIRST_PERSON:
                deferred.append(att)
                continue
            if att.rule == "follow_on_quote" and att.extras.get("source") is not None:
                src = att.extras["source"]
                att.canonical, att.speaker_type = src.canonical, src.speaker_type
            else:
                resolver.resolve(att, done)
            done.append(att)
        hedged_by_quoted: set[int] = set()
        for att in deferred:  # "I think ..." inside a quotation: whoever is quoted
            outer = [o for o in done if o.content[0] <= att.cue[0] < o.content[1]]
            region = tok_region[att.cue[0]]
            outer = outer or [o for o in done if any(tok_region[i] == region
                                                     for i in range(*o.content))]
            if outer:
                # the quotation that holds it is already the claim, with this speaker: a second
                # claim would repeat part of it.  "I think" opening the quotation's first
                # sentence hedges it.
                found.remove(att)
                first = doc[outer[-1].content[0]]
                if att.cue_lemma in _HEDGING_COGNITION and doc[att.cue[0]].sent == first.sent:
                    hedged_by_quoted.add(id(outer[-1]))
            else:
                resolver.resolve(att, [d for d in done if d.cue[0] < att.cue[0]])
        found = _drop_self_reports(doc, found)
        for att in found:
            self._qualify(doc, att, tok_region, region_tokens)
            att.hedged = att.hedged or id(att) in hedged_by_quoted
            if att.rule.startswith("parenthetical"):
                att.content = _without_closing_frame(doc, att)
            att.content = _balance_quotes(doc, att.content)
        return found

    def _reported_inside(self, tok: Token) -> bool:
        """'"Officer Dale stated that he was dragged," the report says': a named third
        party's that-clause inside a quotation is that party's claim, as quoted."""
        subj = _child(tok, "nsubj")
        if tok.lemma_.lower() in _COGNITION or any(c.tag_ == "MD" for c in tok.children):
            return False  # "X should have known that Y": nobody said Y
        return subj is not None and tok.pos_ == "VERB" and subj.pos_ == "PROPN" \
            and any(c.dep_ == "ccomp" and _that_clause(c) for c in tok.children)

    def _candidates(self, doc: Doc) -> Iterable[Token]:
        """The tokens the loop in :meth:`match` can start an attribution from: a cue word by its
        lemma or lower-case form.  Read from arrays, so the other tokens cost next to nothing;
        a new kind of cue in that loop must be added here too."""
        strings = doc.vocab.strings
        lemma_ok = self._cue_lemma_memo
        lowers = self._cue_lowers
        for i, (lower, lemma) in enumerate(doc.to_array([LOWER, LEMMA]).tolist()):
            if lower in lowers:
                yield doc[i]
                continue
            ok = lemma_ok.get(lemma)
            if ok is None:
                text = strings[lemma].lower() if lemma else ""
                ok = lemma_ok[lemma] = text in self.verbs or text in self.nouns
            if ok:
                yield doc[i]

    def _is_verb_cue(self, tok: Token) -> bool:
        if tok.lemma_.lower() not in self.verbs or not self._has_particle(tok):
            return False
        if tok.pos_ in _CLAUSAL:
            return True
        if tok.pos_ != "NOUN":
            return False
        if tok.lower_ == "read" and _child(tok, "ccomp") is not None \
                and _words_after_quote(tok) is not None:
            return True  # '"...," the email read', with "email read" read as a compound noun
        if _compound_read_as_verb(tok) is not None:
            return True
        if _child(tok, "ccomp") is not None and (
            _child(tok, "nsubj") is not None  # "The department notes, ...": a verb
            or ((tok.tag_ == "NNS" or tok.lower_ in _VERB_ONLY) and _verb_read_as_noun(tok))
        ):
            return True
        if _object_read_as_verb(tok):
            return True
        return tok.dep_ in ("nsubj", "csubj") and tok.head.i > tok.i \
            and _verb_read_as_noun(tok) and _clause_follows(tok)

    def _has_particle(self, v: Token) -> bool:
        """Whether a cue that needs a particle has it: "pointed out", not "pointed to"."""
        need = self.verbs[v.lemma_.lower()].particle
        return need is None or any(c.dep_ == "prt" and c.lower_ == need for c in v.children)

    # -- rules: verbs
    def _verb(self, v: Token, tok_region: list[int], region_tokens: list[tuple[int, int]]
              ) -> Attribution | None:
        cue = self.verbs[v.lemma_.lower()]
        if v.tag_ == "VBN" and v.dep_ != "conj" and not any(
            c.dep_ in ("aux", "auxpass") for c in v.children
        ) and (_child(v, "nsubj") is not None or v.dep_ == "acl") \
                and not _after_quotation(v) and not _finite_read_as_participle(v) \
                and not _past_read_as_participle(v):
            # "the taxes requested in arrears": a participle, not a report ('"...," one
            # shopper joked' with "joked" tagged as a participle is one)
            return None
        if v.lemma_.lower() == "continue" and _child(v, "xcomp") is not None:
            return None  # "the man continued to resist": going on doing, not going on saying
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in _INTENDING:
            return None  # "meant to say that X", "plans to announce X": not said, or not yet
        if any(c.dep_ == "mark" and c.lower_ == "for" for c in v.children) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return None  # "waiting for the coroner to explain how he died": not said yet
        if v.dep_ == "xcomp" and v.tag_ == "VBG" and v.head.lemma_.lower() in _GERUND_REPORTS \
                and _child(v, "nsubj", "nsubjpass") is None:
            return None  # "reported finding no survivors": the report holds the finding
        if v.tag_ == "VBZ" and v.i > 0 and v.doc[v.i - 1].text == "," \
                and v.i + 1 < len(v.doc) and v.doc[v.i + 1].lower_ in ("that", "which") and (
                    any(c.dep_ == "relcl" and c.i > v.i for c in v.children)
                    or (v.dep_ == "conj" and v.head.tag_ == "VBD"
                        and not any(c.dep_ == "cc" and c.i < v.i for c in v.head.children))):
            return None  # "X said Y, reports that have been dismissed as untrue": a noun
        speaker, speaker_rule = self._subject(v)
        if speaker is None:
            return self._trailing_phrase(v, cue)
        if v.lemma_.lower() == "continue" and not self._speakerlike(speaker):
            return None  # "protests began Saturday and continued on Sunday": going on
        if v.dep_ == "xcomp" and v.head.lemma_.lower() == "have" \
                and any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.head.children):
            return None  # "he may have to instruct officers to walk away": not yet, if ever
        if _nobody(speaker):
            return None  # "none of them answered", "nobody said X": no one's claim
        if speaker.lower_ == "it" and v.tag_ == "VBN" and any(
                c.dep_ in ("aux", "auxpass")
                and (c.lemma_ == "be" or c.lower_ in ("'s", "’s")) for c in v.children):
            return None  # "It's alleged they attacked the guards": a passive with no source
        if speaker.lower_ == "it" and v.dep_ in ("xcomp", "advcl") and (
                v.head.pos_ == "ADJ" or _child(v.head, "acomp") is not None):
            return None  # "it was too early to say how many", "it is fair to say that X"
        if _finds_it_hard(v):
            return None
        content, rule = self._content(v, cue, speaker, tok_region, region_tokens)
        if content is None:
            return None
        doc = v.doc
        negated = any(c.dep_ == "neg" for c in v.children)
        # "did not say whether/why/how many ...", "declined to say why": a question left open,
        # nothing said; "will determine whether X" reports nothing either
        withheld = negated or (v.dep_ == "xcomp" and v.head.lemma_.lower() in _WITHHOLDING)
        lemma = v.lemma_.lower()
        if _asks(doc, content) or (withheld and _wh_question(doc, content)):
            return None
        if negated and lemma in _CONFIRMING:
            return None  # "the military could not confirm it was the medic": neither way
        auxes = {c.lower_ for c in v.children if c.dep_ == "aux"}
        if auxes & {"would", "could", "might", "'d", "’d"} and auxes & {"have", "'ve", "’ve"}:
            return None  # "neighbors would have told the officer X": it was not told
        # "are asking what happens next", "wondered why": a question asked, kept like a quoted
        # question, but nothing in it is asserted
        asked = lemma in _ASKING and rule == "clause" and _wh_question(doc, content)
        if negated and rule in ("infinitive", "directive"):
            return None  # "does not claim to belong to either camp", "did not order them to"
        marks = {c.lower_ for c in v.children if c.dep_ in ("mark", "advmod") and c.i < v.i}
        if v.dep_ == "advcl" and (marks & _CONDITIONS or (lemma in _COGNITION
                                                         and marks & _WHENEVER)):
            return None  # "deadly force is allowed only when agents believe X", "if police say X"
        if lemma in _COGNITION and (
            rule not in _COGNITION_RULES or speaker.lower_ in _GENERIC_HOLDERS
            or _wh_question(doc, content)  # "scientists know how the virus spreads"
            or (lemma in _FACTIVE and (negated or speaker.lower_ in _NEGATIVE_SUBJECTS))
            or (rule == "clause" and not _finite_clause(doc, content))
        ):
            return None
        if lemma in _KNOWING and _narrated(v, speaker):
            return None
        if lemma in ("find", "discover") and rule == "clause" and not _finite_clause(doc, content) \
                and not self._evidence_source(speaker) \
                and (_is_person(speaker) or speaker.lemma_.lower() in _SCENE_FINDERS):
            return None  # "deputies found him alone and unconscious": a scene, not a finding
        if lemma in ("find", "discover") and v.dep_ in ("xcomp", "advcl") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
                and v.head.lemma_.lower() not in self.verbs and not _finite_clause(doc, content):
            return None  # "returned to find his client gone": a scene, not a finding
        if lemma in _REACTING and any(
            c.dep_ == "prep" and c.lower_ == "to"
            and not any(_is_person(o) or o.lower_ in _AUDIENCES
                        for o in c.children if o.dep_ == "pobj")
            for c in v.children
        ) and not _mostly_quoted(content, tok_region):
            return None  # "officers responded to a report that X": the report says X
        content = _trim(doc, content, drop_mark=True)
        r = tok_region[content[0]] if content[1] > content[0] else -1
        if r >= 0 and region_tokens[r][0] >= content[0] - 1 and region_tokens[r][1] < content[1]:
            end = region_tokens[r][1]
            k = end
            while k < content[1] and _is_punct(doc[k]):
                k += 1
            if k < content[1] and doc[k].pos_ == "CCONJ" and any(
                t.dep_ in ("nsubj", "expl") for t in doc[k:content[1]]
            ):
                # 'tells him, “don't do it,” but it's not clear what she means': the quotation
                # is what was told; the writer's clause after it is not
                content = _trim(doc, (content[0], end))
            elif content[1] <= v.i and speaker.i > end and all(
                    t.pos_ in ("NOUN", "PROPN", "ADJ", "PUNCT") for t in doc[k:content[1]]):
                # '"No officer would shoot," police sub-director Ana Ruiz said', with "police
                # sub" read as objects inside the quotation: the quotation ends it
                content = _trim(doc, (content[0], end))
        if rule == "clause" and content[0] > v.i:
            for c in v.children:
                # 'wrote that the request was "futile," because if there were records, the FBI
                # would have them': the reason after the reported clause is the speaker's too
                if c.dep_ == "advcl" and c.i > content[1] and c.left_edge.lower_ == "because" \
                        and all(_is_punct(t) for t in doc[content[1]:c.left_edge.i]):
                    content = _trim(doc, (content[0], c.right_edge.i + 1))
        gapped = self._gapped_relative(v, speaker, content, rule)
        if gapped is not None:
            speaker, gapped_speaker, content = gapped
            speaker_rule = "relative"
        if _predicate_left_out(doc, content):
            return None
        if rule in ("clause", "quote") and self._first_person_cue(v):
            content = _to_sentence_end(doc, v, speaker, content, tok_region, region_tokens)
        sp = self._speaker_span(speaker) if gapped is None else gapped_speaker
        r = tok_region[content[0]] if content[1] > content[0] else -1
        if r >= 0 and content[1] <= region_tokens[r][1] < sp[0] < v.i:
            k = region_tokens[r][1]
            while k < sp[0] and _is_punct(doc[k]):
                k += 1
            if k < sp[0] and all(t.pos_ in ("NOUN", "PROPN", "ADJ") or t.text in ("-", "–")
                                 for t in doc[k:sp[0]]):
                sp = (k, sp[1])  # '"...," police sub-director Ana Ruiz said', with "police
                # sub" read as part of the quotation: all between it and the cue is the speaker
        if speaker_rule == "inverted":
            sp = (v.i + 1, max(sp[1], v.i + 2))
            comma = next((t.i for t in doc[sp[0]:sp[1]] if t.text == ","), None)
            if comma is not None and comma > speaker.i:
                sp = (sp[0], comma)  # "said two witnesses, one adding X": the witnesses
        if speaker_rule == "modifier":  # "The Port Authority notes": the words before the cue
            sp = _trim(doc, (v.left_edge.i, v.i))
        if speaker_rule == "after_quote":  # '"...," the 52-year-old said'
            sp = (_words_after_quote(v), v.i)
        if speaker_rule == "after_comma":  # "X happened, fire chief Ana Reyes said"
            sp = (_words_after_comma(v), v.i)
        if speaker_rule == "compound":  # "Court documents show ...": the words before the cue
            sp = _compound_subject(v)[1]
        if speaker_rule == "noun_before":  # "The press release further states, “...”"
            sp = (speaker.left_edge.i, speaker.i + 1)
        if speaker_rule == "reduced_relative":  # "Records reviewed by the Lookout show"
            sp = (speaker.left_edge.i, v.i)
        if speaker_rule == "passive":  # "accused by prosecutors of ...": the agent's own words
            sp = (sp[0], speaker.i + 1)
        if content[0] < sp[0] < content[1] <= sp[1] + 1:
            # "X happened, about a call, Sgt. Jane Roe, a spokeswoman, said" with the speaker
            # parsed as an apposition inside the clause: the content ends before the speaker
            content = _trim(doc, (content[0], sp[0]))
        if content[1] <= content[0] or _overlaps(content, sp) and content[0] >= sp[0]:
            return None
        cue_span = (v.i, v.i + 1)
        prt = _child(v, "prt")
        if prt is not None and prt.i == v.i + 1:
            cue_span = (v.i, v.i + 2)
        if speaker_rule == "quoted":
            gov = v.head if v.dep_ == "xcomp" else v.head.head
            cue_span = (gov.i, v.i + 1)  # "quoted as saying", "heard saying"
        if speaker_rule == "participle" and v.dep_ == "acl" and v.head.i == v.i - 1 \
                and v.head.lemma_.lower() in self.nouns:
            cue_span = (v.head.i, v.i + 1)  # "a statement saying", not "commentators claiming"
        if sp[0] <= speaker.i < cue_span[0] < sp[1]:
            # '"...," one of the agents could be heard saying in the video, a claim ...': the
            # parser hung the rest of the sentence on the speaker; it ends before the cue
            end = cue_span[0]
            while end > sp[0] + 1 and doc[end - 1].pos_ in ("AUX", "PART"):
                end -= 1
            sp = _trim(doc, (sp[0], end))
        checkable = cue.checkable and rule not in ("directive", "infinitive") and not asked
        return Attribution(
            cue=cue_span, cue_lemma=v.lemma_.lower(), speaker=sp, content=content,
            rule=f"{rule}" if speaker_rule == "subject" else f"{rule}+{speaker_rule}",
            kind=cue.kind, speaker_head=speaker.i,
            cue_polarity=cue.claim_object if rule == "claim_object" else cue.polarity,
            cue_negated=negated, checkable=checkable or rule == "claim_object",
        )

    def _gapped_relative(self, v: Token, speaker: Token, content: tuple[int, int], rule: str
                         ) -> tuple[Token, tuple[int, int], tuple[int, int]] | None:
        """"a gun that police say was stolen", "the knife prosecutors said he used": the cue
        sits in a relative clause whose gap is the noun before it. The content runs from that
        noun to the end of the clause, the speaker and cue inside it as in a split quotation;
        the clause alone ("was stolen", "he used") says nothing about what it is said of.
        A person's relative clause ("a man who DHS said resisted arrest") is left as it was.

        Returns the speaker's head token, the speaker's span and the content, or None.
        """
        if rule not in ("clause", "relative_clause") or self.verbs[v.lemma_.lower()].kind \
                not in ("speech", "evidence"):
            return None
        doc = v.doc
        if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN", "PRON") \
                and v.head.i < speaker.i < v.i and content[0] == v.i + 1:
            # "the gun that police say was stolen", "the car the agency said was used"; a person
            # ("a man who DHS said resisted arrest") keeps the clause alone, with the man as
            # the claim's subject
            if any(t.lower_ in ("who", "whom", "where", "when", "why", "whose")
                   for t in doc[v.head.i + 1:speaker.i]):
                return None  # nor "the jail where footage showed him being restrained"
            return speaker, self._speaker_span(speaker), (v.head.left_edge.i, content[1])
        clause = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None)
        if clause is None or not content[0] <= clause.i < content[1]:
            return None
        if _child(clause, "nsubj", "nsubjpass", "csubj", "expl") is not None \
                or content[0] != v.i + 1 or doc[content[0]].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
            return None
        # "a handgun police said was in the bedroom", "what prosecutors say is a knife", parsed
        # with the speaker inside the noun phrase or the cue as a conjunct: read off the words
        k = v.i - 1
        if k < 1 or doc[k].pos_ not in ("NOUN", "PROPN", "PRON") or not self._speakerlike(doc[k]):
            return None
        start = k
        while start - 1 >= 0 and doc[start - 1].pos_ == "PROPN" and doc[k].pos_ == "PROPN":
            start -= 1
        if start - 1 >= 0 and doc[start - 1].lower_ in ("the", "this"):
            start -= 1
        f = start - 1
        if f >= 0 and _relative(doc[f]):
            f -= 1
        if f < 0 or not (doc[f].pos_ in ("NOUN", "PROPN") or doc[f].lower_ == "what"):
            return None
        first = f
        while first - 1 >= 0 and doc[first - 1].pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN") \
                and doc[f].lower_ != "what":
            first -= 1
        return doc[k], (start, v.i), (first, content[1])

    def _subject(self, v: Token, depth: int = 0) -> tuple[Token | None, str]:
        """The token heading the speaker's noun phrase, and how it was found."""
        quoted = _child(v, "dobj")
        if v.lemma_.lower() in ("quote", "cite") and quoted is not None and any(
                c.dep_ == "prep" and c.lower_ == "as" and _child(c, "pcomp") is not None
                for c in v.children):
            return quoted, "quoted"  # '"X," NDTV quoted the police chief as saying'
        subj = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
        if not subj and _child(v, "nsubjpass") is None:
            # "FIFA announced on Thursday that X", with the name opening the sentence read as
            # an adverbial noun
            subj = [c for c in v.lefts if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                    and c.ent_type_ not in ("DATE", "TIME") and c.left_edge.i == v.sent.start]
        if not subj and _child(v, "nsubjpass") is None and _words_after_quote(v) is not None \
                and getattr(self.verbs.get(v.lemma_.lower()), "kind", "") == "speech":
            # '"..., my two cars are wrecked," the 29-year-old said', with the speaker parsed as
            # modifiers of the cue: the words between the quotation and the cue
            return v.doc[v.i - 1], "after_quote"
        if not subj and _child(v, "nsubjpass") is None and _words_after_comma(v) is not None \
                and getattr(self.verbs.get(v.lemma_.lower()), "kind", "") == "speech" \
                and self._speakerlike(v.doc[v.i - 1]):
            # "X happened, killing the driver and 14 other people, fire chief Ana Reyes
            # said", with the speaker read as the last conjunct of the reported clause
            return v.doc[v.i - 1], "after_comma"
        if not subj and _verb_read_as_noun(v):
            # "The U.S. Department of Agriculture notes, ...", "Greek court rules X is legal":
            # a present-tense cue the parser took for a plural noun, its subject a modifier
            return [c for c in v.lefts if c.dep_ in ("compound", "nmod")][-1], "modifier"
        if not subj and v.dep_ == "advcl" and v.tag_ in ("VBP", "VBZ", "VBD") \
                and v.head.tag_ == "VBN" and v.head.i < v.i:
            # "Records reviewed by the Lookout show X" read as "Records reviewed ..., show":
            # the records, as described, are the subject
            head_subj, head_agent = _child(v.head, "nsubj"), _child(v.head, "agent")
            if head_subj is not None and head_agent is not None \
                    and head_agent.right_edge.i == v.i - 1:
                return head_subj, "reduced_relative"
        if not subj and v.dep_ == "ROOT" and v.i > 2:
            last = v.doc[v.i - 1]
            while last.head.i < v.i and last.dep_ != "appos" and last.head.i != last.i:
                last = last.head
            if last.dep_ == "appos" and last.right_edge.i == v.i - 1 and last.pos_ == "NOUN" \
                    and last.head.dep_ == "pobj" and v.is_ancestor(last) \
                    and v.doc[last.left_edge.i - 1].text == ",":
                # "In an interview with KTLA News, a woman who ... said": the speaker read as
                # an apposition of the opening phrase's last noun
                return last, "subject"
        if not subj and _object_read_as_verb(v):
            return v.head, "noun_before"  # "The press release further states, “...”"
        if not subj and _compound_read_as_verb(v) is not None:
            compound = _compound_subject(v)
            if compound is not None:
                return compound[0], "compound"  # "Court documents show officer X is"
            if _adverb_read_as_verb(v):
                return v.doc[v.i - 1], "modifier"  # "Police allege he was shoplifting"
        relative = [s for s in subj if _relative(s)]
        other = [s for s in subj if not _relative(s)]
        if other:
            before = [s for s in other if s.i < v.i]
            found = before[-1] if before else other[0]
            gap = v.doc[before[-2].right_edge.i:found.left_edge.i] if len(before) >= 2 else []
            if len(before) >= 2 and 0 < len(gap) <= 2 and gap[-1].text == "," \
                    and all(t.text == "," or t.i == before[-2].right_edge.i for t in gap) \
                    and any(c.dep_ == "cc" for c in found.children):
                # "an analysis of 87 videos, 122 photographs and 146 testimonies shows": the
                # rest of a list read as a second subject
                found = before[-2]
            if found.i < v.i and found.left_edge.i > 0:
                # "a woman who identified herself as his mother said": the end of the relative
                # clause read as the subject
                rel = next((t for t in v.doc[found.left_edge.i - 1].ancestors
                            if t.dep_ == "relcl" and t.right_edge.i + 1 == found.left_edge.i
                            and t.head.pos_ == "NOUN" and t.head.i < t.i), None)
                if rel is not None and v.is_ancestor(rel.head):
                    found = rel.head
            named = _child(found, "conj")
            if named is not None and named.ent_type_ == "PERSON" and _child(found, "cc") is None \
                    and found.pos_ == "NOUN" and not self._speakerlike(found) \
                    and v.doc[named.left_edge.i - 1].text == ",":
                # "In Jakarta, the capital, police spokesman Dedi Prasetyo said": the place's
                # apposition read as the subject, and the speaker as its conjunct
                return named, "subject"
            appos = _child(found, "appos")
            if appos is not None and found.left_edge.lower_ in ("outside", "inside") \
                    and found.left_edge.dep_ in ("amod", "advmod") and appos.i > found.i:
                # "Outside court in Manhattan, his lawyer Ben Brafman said": the place was
                # read as the subject and the speaker as its apposition
                return appos, "subject"
            return found, "subject"
        if relative and v.dep_ == "relcl":
            ante = v.head
            up = ante.head.head if ante.dep_ == "pobj" and ante.head.dep_ == "prep" else None
            if up is not None and up.pos_ in ("NOUN", "PROPN") and (
                    # "the Alliance Against the Dictatorship, which says": the whole name's
                    (ante.ent_iob_ == "I" and up.ent_type_ == ante.ent_type_ == "ORG")
                    # "Residents of the area who said": the people, not the place
                    or (ante.head.lower_ == "of" and self._speakerlike(up)
                        and not self._speakerlike(ante))):
                return up, "relative"
            return ante, "relative"
        if _child(v, "nsubjpass") is not None:
            agent = _child(v, "agent")
            if agent is None and v.lemma_.lower() == "rule":
                # "Her death was ruled a homicide by the medical examiner's office" with "by"
                # hung on "homicide"
                agent = next((t for t in v.subtree if t.i > v.i and t.lower_ == "by"
                              and t.dep_ in ("prep", "agent")), None)
            pobj = _child(agent, "pobj") if agent is not None else None
            return (pobj, "passive") if pobj is not None else (None, "")
        if depth > 3:
            return None, ""
        if v.dep_ == "pcomp" and v.head.lower_ == "as" and v.head.dep_ == "prep" \
                and v.head.head.lemma_.lower() in ("quote", "cite"):
            # "The general was quoted as saying X", "NDTV quoted the police chief as saying
            # X": the one quoted
            subj = _child(v.head.head, "nsubjpass") or _child(v.head.head, "dobj")
            return (subj, "quoted") if subj is not None else (None, "")
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep" \
                and v.head.lower_ in _GERUND_PREPOSITIONS and v.head.head.pos_ in _CLAUSAL:
            # "ended the speech by saying X", "after announcing X": whoever does the governing
            # verb says X
            found, _ = self._subject(v.head.head, depth + 1)
            return found, ("shared" if found is not None else "")
        if v.dep_ == "xcomp" and v.tag_ == "VBG" and v.head.lemma_.lower() in _OVERHEARD:
            # "The pilot was heard saying X", "was recorded telling the driver X"
            subj = _child(v.head, "nsubjpass")
            if subj is not None:
                return subj, "quoted"
        if v.dep_ == "advcl" and v.tag_ == "VB" and v.head.pos_ in _CLAUSAL \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
                and _child(v, "mark") is None:
            # "went on to say that X", "took to social media to announce X": the speaker is
            # the subject of the clause the infinitive hangs on
            found, _ = self._subject(v.head, depth + 1)
            return found, ("shared" if found is not None else "")
        before = v.doc[v.i - 1] if v.i > 0 else None
        if v.tag_ == "VBG" and v.dep_ in ("acl", "advcl") and before is not None \
                and before.dep_ == "pobj" and before.head.lower_ == "by" \
                and before.pos_ in ("NOUN", "PROPN") and self._speakerlike(before):
            return before, "participle"  # "sparked by the government admitting X"
        if v.tag_ == "VBG" and v.dep_ in ("acl", "advcl", "conj"):
            named = self._person_before(v)
            if named is not None:
                return named, "participle"
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in _CAUSING \
                and _child(v.head, "dobj") is not None:
            # "the death prompted his relatives to allege X": they alleged it
            return _child(v.head, "dobj"), "caused"
        if v.dep_ == "xcomp" and _child(v.head, "dobj") is not None \
                and v.head.lemma_.lower() not in _MEANS:
            return None, ""  # "urged agents to refer to themselves as ...": the agents act
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in _ADDRESSED_DIRECTIVES and any(
            c.dep_ == "prep" and v.head.i < c.i < v.i and _child(c, "pobj") is not None
            for c in v.head.children
        ):
            return None, ""  # "called on Labor to reveal ...": Labor is to reveal it
        if v.dep_ == "conj" and v.head.i < v.i - 1 and v.doc[v.i - 1].pos_ in ("NOUN", "PROPN") \
                and v.doc[v.i - 1].dep_ in ("pobj", "dobj") \
                and not any(c.dep_ == "cc" and v.head.i < c.i < v.i for c in v.head.children):
            # "launched an investigation after video showed X": a run-on conjunct with no
            # conjunction before it; its subject is the noun right before it
            return v.doc[v.i - 1], "adjacent"
        inverted = _child(v, "dobj")
        if v.dep_ in ("conj", "dep") and v.i > 0 and v.doc[v.i - 1].text == "," \
                and v.lemma_.lower() in _INVERTING and inverted is not None \
                and inverted.left_edge.i == v.i + 1 and inverted.pos_ in ("NOUN", "PROPN") \
                and self._speakerlike(inverted):
            return inverted, "inverted"  # "..., said two witnesses": not the first clause's
        if v.dep_ == "conj" and v.head.pos_ in _CLAUSAL:
            aside = next((c for c in v.head.children if c.dep_ == "parataxis"
                          and v.head.i < c.i < v.i and c.lemma_.lower() in self.verbs
                          and _child(c, "nsubj") is not None), None)
            if aside is not None:
                # '"A," they said, and alleged, "B"': the one who said A alleges B, with
                # "alleged" read as a conjunct of the quoted clause
                return _child(aside, "nsubj"), "shared"
        if v.dep_ in ("conj", "xcomp") and v.head.pos_ in _CLAUSAL:
            head = v.head
            if v.dep_ == "conj" and _child(head, "nsubj") is None and head.dep_ == "ccomp" \
                    and _child(head, "nsubjpass") is not None and head.head.pos_ in _CLAUSAL:
                head = head.head  # "found that X was shot, but did not indicate that ..."
            if v.dep_ == "conj" and head.dep_ == "ccomp" and head.head.pos_ in _CLAUSAL \
                    and head.head.lemma_.lower() in self.verbs:
                head = head.head  # "X acknowledged Y needed fixing and stated Z"
            while v.dep_ == "conj" and head.dep_ == "conj" and head.head.pos_ in _CLAUSAL \
                    and _child(head, "nsubj", "csubj", "nsubjpass") is None:
                head = head.head  # "entered the room, announced X and said Y": a chain
            if v.dep_ == "conj" and _child(head, "nsubj", "csubj") is None:
                return None, ""
            if v.dep_ == "conj" and v.tag_ == "VBZ" and head.dep_ == "relcl" \
                    and head.head.tag_ in ("NNS", "NNPS") and head.head.head.pos_ in _CLAUSAL \
                    and _child(head.head.head, "nsubj") is not None \
                    and _child(head.head.head, "nsubj").tag_ in ("NN", "NNP"):
                # "The family is urging people who saw it to come forward and says X": "says"
                # cannot go with the people, read as a conjunct of their relative clause; it
                # goes on from the verb whose object they are
                head = head.head.head
            found, how = self._subject(head, depth + 1)
            return found, ("shared" if found is not None else how)
        if v.dep_ in ("acl", "advcl", "conj") and v.tag_ == "VBG":
            head = v.head
            if v.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
                if (head.lemma_.lower() in self.nouns and head.dep_ in ("dobj", "pobj")) or (
                    not self._speakerlike(head) and (
                        head.dep_ == "dobj"
                        or (head.dep_ == "pobj" and head.head.lower_ in _TOPIC_PREPS))
                ):  # "a statement saying X"; "held several rallies saying X": the holders say;
                    # "declined to comment on the petition saying X": the one who declined
                    gov = head.head if head.dep_ == "dobj" else head.head.head
                    if gov.pos_ in _CLAUSAL:
                        found, _ = self._subject(gov, depth + 1)
                        if found is not None:
                            return found, "participle"
                return head, "participle"
            while v.dep_ == "advcl" and head.dep_ == "advcl" and head.head.pos_ in _CLAUSAL \
                    and v.doc[v.i - 1].text == "," and any(
                        c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS
                        for c in head.children):
                head = head.head  # "said he was shocked when the man died, describing it as
                # a tragedy": the comma ends the when-clause; the describing is the speaker's
            shown = _child(head, "nsubjpass")
            if v.dep_ == "advcl" and head.lemma_.lower() in _PERCEIVED and shown is not None \
                    and _child(head, "agent") is None:
                return shown, "participle"  # "One resident was shown on television saying X"
            if head.dep_ in ("xcomp", "ccomp") and head.head.pos_ in _CLAUSAL \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
                    and (_child(head.head, "dobj") is not None
                         or _child(head, "nsubj") is not None) and v.doc[v.i - 1].text == ",":
                head = head.head  # "Residents want the council to close the mine, saying X":
                # the residents say it, not the council they want to act
            if head.pos_ in _CLAUSAL:
                outer = head
                while (outer.dep_ in ("ccomp", "conj", "xcomp", "acomp") or (
                        # "made clear that his meeting was not political, saying B", with the
                        # that-clause read as an adverbial one
                        outer.dep_ == "advcl" and _child(outer, "mark") is not None
                        and _child(outer, "mark").lower_ == "that")) \
                        and outer.head.i != outer.i and not (
                            outer.dep_ == "conj"
                            and _child(outer, "nsubj", "nsubjpass") is not None):
                    outer = outer.head  # "X said that A, stating B": X states B; but "X
                    # maintained A, but Y reversed that, saying B": Y says B
                if outer.dep_ == "acl" and outer.i == head.i and outer.head.dep_ == "dobj" \
                        and outer.head.lemma_.lower() in self.nouns and any(
                            c.dep_ == "mark" and c.lower_ == "that" for c in outer.children):
                    outer = outer.head.head  # "disputed X's claims that A, calling B": the
                    # one who disputed them calls B
                if outer.i != head.i and outer.pos_ in _CLAUSAL and (
                        outer.lemma_.lower() in self.verbs or any(
                            outer.lemma_.lower() in self.verb_adjectives.get(c.lower_, ())
                            for c in outer.children if c.pos_ == "ADJ")):
                    head = outer
                found, _ = self._subject(head, depth + 1)
                return found, ("participle" if found is not None else "")
        if v.dep_ in ("conj", "ROOT") and v.i >= 3 and v.doc[v.i - 1].text == "," \
                and self.verbs[v.lemma_.lower()].kind == "speech":
            t = v.doc[v.i - 2]  # "..., Kristi Noem, the secretary, said": a subject set off
            while t.head.i != t.i and t.head.i < v.i and not (
                t.dep_ == "appos" and t.head.pos_ != "PROPN"
            ):
                t = t.head
            if t.dep_ == "appos" and t.pos_ in ("PROPN", "NOUN") and t.i < v.i:
                return t, "postposed"
        if v.dep_ == "ROOT" and v.i > 0 and depth == 0 \
                and getattr(self.verbs.get(v.lemma_.lower()), "kind", "") == "speech":
            t = v.doc[v.i - 1]  # "while campaigning for his wife, former president Bill Clinton
            # said": the subject right before the cue, hung on an earlier name as an apposition
            if t.dep_ == "appos" and t.pos_ == "PROPN" and t.right_edge.i == v.i - 1 \
                    and t.head.i < t.left_edge.i and v.doc[t.left_edge.i - 1].text == ",":
                return t, "postposed"
        if v.i > 0 and v.doc[v.i - 1].text in {",", *QUOTE_CHARS}:
            # '"...", added KCNA.' with the speaker parsed as a modifier or an object
            if v.dep_ == "amod" and v.head.pos_ in ("PROPN", "NOUN") and v.head.i > v.i:
                return v.head, "inverted"
            after = [c for c in v.rights if c.dep_ in ("dobj", "npadvmod", "attr") and (
                c.pos_ == "PROPN"
                # '"...," read the statement': a speaker noun right after the cue
                or (c.pos_ == "NOUN" and c.left_edge.i == v.i + 1
                    and (c.lemma_.lower() in self.nouns or self._speakerlike(c))))]
            if after:
                return after[0], "inverted"
            reduced = next((c for c in v.rights if c.dep_ == "ccomp" and c.tag_ == "VBN"
                            and not any(x.dep_ in ("aux", "auxpass") for x in c.children)), None)
            subj = _child(reduced, "nsubj") if reduced is not None else None
            if subj is not None and subj.left_edge.i == v.i + 1 and subj.pos_ == "NOUN" and (
                    self._speakerlike(subj) or subj.lemma_.lower() == "person"
                    or subj.lower_ in FEMALE_NOUNS | MALE_NOUNS):
                # '"...," said one person interviewed for the report': the person, described
                # by a participle the parser read as the reported verb
                return subj, "inverted"
        if v.dep_ == "acl" and (v.tag_ == "VBD" or _finite_read_as_participle(v)) \
                and v.head.pos_ in ("NOUN", "PROPN") \
                and v.head.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            return v.head, "acl_subject"  # "A complaint accused X": a finite verb parsed as acl
        if v.dep_ == "acl" and v.tag_ == "VBD" and v.head.pos_ in ("NOUN", "PROPN") \
                and v.head.i < v.i and v.head.left_edge.i > 0 \
                and v.doc[v.head.left_edge.i - 1].text in (",", "—") \
                and _child(v, "dobj", "ccomp") is None \
                and not any(t.pos_ in _CLAUSAL for t in v.doc[v.i + 1:v.sent.end]):
            # "..., the agency alleged in a statement Monday." with the speaker parsed as an
            # object of the reported clause and the cue as its modifier
            return v.head, "acl_subject"
        return None, ""

    @staticmethod
    def _person_before(v: Token) -> Token | None:
        """"a clip of Stephen Miller, a deputy chief of staff, saying ...": the named person."""
        if v.i < 2 or v.doc[v.i - 1].text != ",":
            return None
        t = v.doc[v.i - 2]
        for _ in range(8):
            if t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.dep_ not in ("compound", "poss"):
                prep = next((a for a in t.ancestors if a.dep_ == "prep"), None)
                if prep is not None and prep.lower_ not in ("of", "from", "by"):
                    return None  # 'wrote a letter to the president, Lee Hale, calling X'
                return t
            if t.dep_ not in ("pobj", "prep", "appos", "compound", "flat") or t.head.i == t.i \
                    or t.head.i >= v.i:
                return None
            t = t.head
        return None

    def _evidence_source(self, tok: Token) -> bool:
        """A review, an autopsy, a court or a judge, by the head noun or a word before it
        ("Judge Ann Roe", "the grand jury")."""
        words = [tok, *(c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod"))]
        return any(w.lower_ in self.evidence_subjects or w.lemma_.lower() in self.evidence_subjects
                   for w in words)

    def _speakerlike(self, tok: Token) -> bool:
        """A person, a name, an organisation, a speaker word ("the governor", "police") or a
        source of evidence ("tests")."""
        words = self.speaker_words | self.evidence_subjects | _ORGANISATIONS
        return _is_person(tok) or tok.lower_ in FIRST_PERSON or tok.pos_ == "PROPN" \
            or tok.ent_type_ in ("ORG", "NORP", "GPE") or tok.lower_ in words \
            or tok.lemma_.lower() in words

    def _holder_span(self, head: Token) -> tuple[int, int]:
        """The speaker span of a possessor without its "'s": "the ministry" in "the
        ministry's position"."""
        a, b = self._speaker_span(head)
        while b > a + 1 and head.doc[b - 1].dep_ == "case":
            b -= 1
        return a, b

    def _bare_name(self, head: Token) -> bool:
        """A person's name standing alone ("Ruiz", "Maria Ruiz"), not a title or a plural."""
        if head.ent_type_ == "PERSON":
            return True
        return head.tag_ in ("NNP", "NN") and head.is_title and _child(head, "det") is None \
            and head.lower_ not in self.speaker_words \
            and head.lemma_.lower() not in self.speaker_words and not head.ent_type_

    def _speaker_span(self, head: Token) -> tuple[int, int]:
        drop: set[int] = set()
        for t in head.subtree:
            if t.i != head.i and (t.dep_ in _SPEAKER_DROP or (
                t.dep_ == "npadvmod" and t.head.i == head.i and t.i > head.i  # "activist Monday"
            ) or (
                # "Kristi Noem, during a visit to Texas, said", "Stuart Jones QC, prosecuting,
                # in his closing speech, said": a circumstance set off by commas
                t.dep_ == "prep" and t.i > head.i and t.doc[t.i - 1].text == ","
                and t.lower_ != "of"
                and (t.head.i == head.i or (t.head.dep_ in ("acl", "appos") and t.head.tag_ == "VBG"
                                            and t.head.head.i == head.i))
            ) or (
                # "The ACLU in a letter Wednesday to the director asked": where it was said
                t.dep_ == "prep" and t.head.i == head.i and t.i > head.i and t.lower_ == "in"
                and any(c.dep_ == "pobj" and c.lemma_.lower() in self.nouns for c in t.children)
            ) or (
                # '"...," says Mays about her cousin', 'said Ruiz to reporters', 'Ruiz on
                # Twitter': the topic, hearer or channel of the saying hung on the name
                t.dep_ == "prep" and t.head.i == head.i and t.i > head.i
                and t.lower_ in ("about", "to", "on") and self._bare_name(head)
            )):
                drop.update(x.i for x in t.subtree)
        lo, hi = head.left_edge.i, head.right_edge.i
        a = head.i
        while a > lo and a - 1 not in drop:
            a -= 1
        b = head.i + 1
        while b <= hi and b not in drop:
            b += 1
        a2, b2 = _trim(head.doc, (a, b))
        while a2 < head.i and head.doc[a2].tag_ in ("WP", "WDT") \
                and not (head.doc[a2].text.isupper() and len(head.doc[a2]) > 1):
            a2 += 1  # "in what Pakistan's Punjab police called a shootout"; not "WHO chief X"
        dated = False
        while b2 - 1 > head.i and head.doc[b2 - 1].ent_type_ in ("DATE", "TIME"):
            b2 = _trim(head.doc, (a2, b2 - 1))[1]  # "officials on Monday"
            dated = True
        if dated and b2 - 1 > head.i and head.doc[b2 - 1].pos_ == "ADP":
            b2 = _trim(head.doc, (a2, b2 - 1))[1]  # "A jury in September", "A jury on Friday"
        words = [t.text for t in head.doc[a2:b2]]
        if "(" in words and ")" not in words[words.index("("):] and a2 + words.index("(") > head.i:
            b2 = _trim(head.doc, (a2, a2 + words.index("(")))[1]  # "the Department (DHS"
        return (a2, b2) if b2 > a2 else (head.i, head.i + 1)

    def _figure(self, v: Token, dobj: Token | None) -> tuple[int, int] | None:
        """"Police put the death toll at 23": the figure and the number it is set at."""
        if dobj is None or dobj.i < v.i or dobj.lemma_.lower() not in self.figure_nouns:
            return None
        at = next((c for c in [*v.children, *dobj.children] if c.dep_ == "prep"
                   and c.lower_ == "at" and c.i > dobj.i and _child(c, "pobj") is not None), None)
        if at is None or not any(t.like_num or t.lower_ in _ROUND_NUMBERS for t in at.subtree):
            return None
        return _trim(v.doc, (dobj.left_edge.i, at.right_edge.i + 1))

    def _content(self, v: Token, cue: VerbCue, speaker: Token,
                 tok_region: list[int], region_tokens: list[tuple[int, int]]
                 ) -> tuple[tuple[int, int] | None, str]:
        doc = v.doc
        kind = cue.kind
        dobj = _child(v, "dobj")
        if kind == "figure":
            return self._figure(v, dobj), "figure"
        if dobj is not None and dobj.i == speaker.i and v.i > v.sent.start + 3 \
                and doc[v.i - 1].text == "," \
                and not any(t.i > v.right_edge.i and not _is_punct(t) for t in v.sent):
            # "..., reported The Indian Express.": the source after its cue, read as its
            # object; what it reports is the sentence before the comma
            return _trim(doc, (v.sent.start, v.i - 1)), "trailing_cue"
        if not cue.person_source and _is_person(speaker) and not any(
                c.dep_ == "ccomp" and _child(c, "nsubj", "nsubjpass", "expl") is not None
                for c in v.children):
            # "Quince showed no signs of distress" describes him, reports nothing; "the singer
            # revealed the album is almost done" reports a clause
            return None, ""
        if v.lemma_.lower() in _SPEAKERS_ONLY and not self._speakerlike(speaker):
            return None, ""  # "The flood reminded everyone that the levees were old"
        # "a man who DHS said resisted arrest": the relative clause holds both speaker and content
        if any(c.dep_ == "nsubj" and _relative(c) for c in v.children) and speaker.i != v.head.i:
            tail = (v.i + 1, _before_run_on(_child(v, "ccomp"), v.right_edge.i + 1))
            if tail[1] > tail[0]:
                return tail, "relative_clause"
        past = _child(v, "xcomp")
        if v.dep_ == "relcl" and past is not None and past.tag_ in ("VBN", "VBD") \
                and past.i > v.i and any(c.dep_ == "dobj" and _relative(c) and c.i < v.i
                                         for c in v.children):
            # "a man who police said fired at officers", with "fired" read as a participle
            # after "said" and "who" as its object
            tail = (v.i + 1, _before_run_on(past, past.right_edge.i + 1))
            if tail[1] > tail[0]:
                return tail, "relative_clause"
        reported = _compound_read_as_verb(v)
        if reported is not None:
            # "Prosecutors allege Jones stole ...": the clause whose subject the cue was hung on
            return (v.i + 1, reported.right_edge.i + 1), "clause"
        top = v.head
        while top.dep_ in ("nsubj", "csubj") and top.head.i > top.i:
            top = top.head  # "rules ban on X is illegal": the clause "ban ..." is a subject
        if speaker.head.i == v.i and speaker.dep_ in ("compound", "nmod") \
                and v.dep_ in ("nsubj", "csubj") and v.head.i > v.i and top.pos_ in _CLAUSAL:
            # "Greek court rules worship of ... is legal", "The Mounties allege an interaction
            # took place": the rest of the clause is the content
            return (v.i + 1, top.right_edge.i + 1), "headline"
        if v.lemma_.lower() == "rule" and _child(v, "nsubjpass") is not None:
            subj = _child(v, "nsubjpass")
            after = [c for c in v.children if c.i > v.i
                     and c.dep_ in ("npadvmod", "oprd", "attr", "xcomp", "acomp", "dobj")]
            if after:  # "her death was ruled a homicide by ...": the ruling, without its source
                label = after[0]
                end = min([c.i for c in label.children if c.lower_ == "by"]
                          + [label.right_edge.i + 1])
                return (subj.left_edge.i, end), "characterise_object"
        if v.lemma_.lower() == "rule" and dobj is not None:
            after = [c for c in v.children if dobj.i < c.i
                     and c.dep_ in ("npadvmod", "dobj", "oprd", "attr", "xcomp", "acomp")
                     and c.ent_type_ not in ("DATE", "TIME")
                     and all(t.ent_type_ in ("DATE", "TIME")
                             for t in doc[dobj.right_edge.i + 1:c.left_edge.i])]
            if after:  # "ruled the death (of an inmate last year) a homicide"
                return (dobj.left_edge.i, after[0].right_edge.i + 1), "characterise_object"
        if kind == "speech" and cue.claim_object and dobj is not None and dobj.i > v.i \
                and dobj.pos_ == "NOUN" and not _is_person(dobj) \
                and (speaker.pos_ == "PRON" or (speaker.pos_ == "PROPN" and not speaker.is_lower)
                     or (speaker.pos_ == "NOUN" and self._speakerlike(speaker))) \
                and _child(v, "ccomp", "xcomp", "dative") is None \
                and not any(c.dep_ == "prep" and c.lower_ == "to" for c in v.children):
            return _subtree_range(dobj), "claim_object"  # "the suit alleged failings in X"
        if kind == "characterise" and cue.claim_object and dobj is not None and dobj.i > v.i \
                and dobj.lemma_.lower() in self.nouns and dobj.lemma_.lower() != "charge" \
                and self._object_complement(v, cue) is None:
            # "dismissed accusations of fraud", "dismissed reports that he would resign"; not
            # "the judge dismissed the charges", which drops them
            clause = _child(dobj, "acl", "ccomp")
            if clause is not None and clause.left_edge.lower_ == "that":
                return _trim(doc, _subtree_range(clause), drop_mark=True), "claim_object"
            return _subtree_range(dobj), "claim_object"
        if kind in ("characterise", "accuse"):
            found = self._object_complement(v, cue)
            if found is not None and v.lemma_.lower() == "identify" and dobj is not None \
                    and dobj.lower_ in _REFLEXIVES:
                return None, ""  # "agents identifying themselves as police": a deed
            if found is not None:
                if _child(v, "xcomp") is not None and _child(v, "oprd") is None:
                    if kind == "characterise" and not any(
                        c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")
                        for c in v.children
                    ):
                        return None, ""  # "called 911 to report X": a purpose, not a demand
                    return _subtree_range(_child(v, "xcomp")), "directive"
                return found, f"{kind}_object"
        clauses = [c for c in v.children if c.dep_ in ("ccomp",)
                   or (c.dep_ == "parataxis" and c.pos_ in _CLAUSAL
                       # not a parenthetical report of its own: "though, they say, officers
                       # had not asked anyone to leave"
                       and not (c.lemma_.lower() in self.verbs and _child(c, "ccomp") is None
                                and _child(c, "nsubj") is not None
                                and not _nobody(_child(c, "nsubj"))))]
        if len(clauses) > 1 and v.i + 1 < len(doc) and doc[v.i + 1].text == ":":
            # 'Confirming a referral had been made, a spokesperson said: "We ..."': what
            # follows the colon is what was said
            after = [c for c in clauses if c.i > v.i + 1]
            if after:
                clauses = after
        if not clauses and kind in ("speech", "evidence") and dobj is not None and dobj.i > v.i:
            for c in v.children:
                if c.dep_ == "advcl" and c.pos_ in _CLAUSAL and c.i > dobj.i \
                        and c.left_edge.i == dobj.right_edge.i + 1 \
                        and _child(c, "nsubj", "nsubjpass", "mark", "aux") is None \
                        and c.tag_ in ("VBZ", "VBD"):
                    # "maintains cellphone video of the incident shows X": the object is the
                    # subject of the reported verb, which the parser hung on the cue
                    return (dobj.left_edge.i, c.right_edge.i + 1), "clause"
        if kind == "accuse" and not cue.checkable:
            # "criticized the care ICE provides to people" misparsed with a clause: only a
            # that-clause is what praise or blame (the opinion cues of this kind) reports
            clauses = [c for c in clauses if _that_clause(c)]
        if len(clauses) > 1:
            # "Officers said X, and the spokeswoman said Y" with one report hung on the other's
            # cue: of two clauses, one that is an attribution of its own (a cue with its own
            # subject and clause) is not part of what this cue reports
            own = [c for c in clauses if c.lemma_.lower() in self.verbs
                   and _child(c, "nsubj") is not None and _child(c, "ccomp") is not None
                   and (c.i < v.i or (c.left_edge.i > 0
                                      and doc[c.left_edge.i - 1].dep_ == "cc"))]
            if len(own) < len(clauses):
                clauses = [c for c in clauses if c not in own]
        if any(c.i > v.i and _that_clause(c) for c in clauses):
            # "With the browser almost complete, Microsoft announced that ...": a that-clause
            # after the cue is what was announced; a clause before it is the writer's
            clauses = [c for c in clauses if c.i > v.i]
        if any(c.i > v.i and _child(c, "nsubj", "nsubjpass", "expl") is not None
               for c in clauses) and any(
                c.i < v.i and c.right_edge.i < speaker.left_edge.i
                and not _mostly_quoted(_subtree_range(c), tok_region) for c in clauses):
            # "On August 12, a day after the chaos erupted, the Red Cross said it picked up 93
            # people": a clause before the speaker, not quoted, is the writer's when the cue
            # has a clause of its own after it
            clauses = [c for c in clauses if c.i > v.i]
        if len(clauses) > 1:
            # 'Smith said on CBS's "Face the Nation"': a quoted title after a possessive or a
            # preposition, read as a second clause of the cue, is not what was said
            titles = [c for c in clauses if c.i > v.i and _names_a_title(doc, c)]
            if titles and len(titles) < len(clauses):
                clauses = [c for c in clauses if c not in titles]
        before = [c for c in clauses if c.i < v.i]
        if before and len(before) < len(clauses) and not _reopens_quotation(v, speaker) \
                and _mostly_quoted(_subtree_range(before[0]), tok_region) \
                and not _mostly_quoted(_subtree_range(clauses[-1]), tok_region):
            # '"We wrote two dozen songs," Kiedis said, mentioning the album is "almost done"':
            # a quotation before the cue and a clause after it that does not reopen the
            # quotation are two things; the quotation is what the cue reports
            clauses = before
        if len(clauses) > 1:
            clauses = self._clauses_before_a_participle_cue(v, clauses)
        if clauses:
            ranges = [_subtree_range(c) for c in clauses]
            a = min(r[0] for r in ranges)
            b = max(r[1] for r in ranges)
            last = max(clauses, key=lambda c: c.i)
            if not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark")
                       for c in last.children) and last.dep_ == "ccomp":
                between = set(range(dobj.right_edge.i + 1, last.left_edge.i)) \
                    if dobj is not None else set()
                for c in v.children:  # "believed the movement in reaction to X helped"
                    if c.dep_ == "prep" and dobj is not None and dobj.i < c.i < last.left_edge.i:
                        between -= {t.i for t in c.subtree}
                if dobj is not None and v.i < dobj.i and dobj.right_edge.i < last.left_edge.i \
                        and not between:
                    a = min(a, dobj.left_edge.i)  # "show a record 45,000 migrants ... drove"
            subj = _child(last, "nsubj", "nsubjpass")
            first = next((t.i for t in last.subtree if not _is_punct(t)), last.i)
            if dobj is not None and subj is not None and v.i < dobj.i < first \
                    and all(t.text == "," for t in doc[dobj.right_edge.i + 1:first]) \
                    and dobj.right_edge.i + 1 < first \
                    and any(t.dep_ == "cc" for t in subj.subtree):
                # "said the U.S. attorney's office, the FBI and state police will be involved":
                # the first of a list of subjects was read as the cue's object
                a = min(a, dobj.left_edge.i)
            b = self._conjoined_clauses(v, b)
            if a <= v.i < b and _relative(doc[a]) and v.dep_ == "relcl":
                # "a man who officials said had fired": the relative pronoun was hung on the
                # content clause; what was said is the rest of the relative clause
                return (v.i + 1, _before_run_on(last, b)), "relative_clause"
            return (a, b), ("quote" if _mostly_quoted((a, b), tok_region) else "clause")
        if (any(c.dep_ == "neg" for c in v.children) or (
            v.dep_ == "xcomp" and v.head.lemma_.lower() in _WITHHOLDING
        )) and dobj is None:  # not "did not find any weapons when they searched"
            for c in v.rights:  # "have not said when the road will reopen", read as an adverbial
                if c.dep_ == "advcl" and c.left_edge.tag_ == "WRB" \
                        and c.left_edge.lower_ in ("when", "why", "how", "where"):
                    return _subtree_range(c), "clause"
        if dobj is not None and dobj.i > v.i:
            announced = _after_object_colon(v, dobj)
            if announced is not None:  # "denied the allegations:" and the statement after it
                if announced[0] > v.sent.end - 1 and announced[0] < len(doc):
                    announced = self._block(doc[announced[0]].sent)
                return announced, "colon"
        if dobj is not None and kind == "speech" and dobj.i > v.i and self._clause_as_object(dobj):
            return _subtree_range(dobj), "run_on"
        if dobj is not None and not _relative(dobj):
            clause = _child(dobj, "acl", "ccomp", "relcl")
            said = clause is not None and not (
                clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBG")
                and _child(clause, "nsubj", "nsubjpass") is None
            )  # not "refuted the allegations levelled by the protesters": who made them
            if dobj.lemma_.lower() in self.nouns and said and (
                clause.left_edge.lower_ == "that" or clause.dep_ != "relcl"
            ) and not any(c.dep_ in ("nsubj", "nsubjpass") and _relative(c)
                          for c in clause.children):  # not "a report that says X"
                owner = _child(dobj, "poss")
                if owner is not None and owner.pos_ != "PRON":
                    return None, ""  # "disputed McCabe's claims that X": McCabe's claim, not
                    # the judge's; "repeated his claim that X" stays the subject's
                return _subtree_range(clause), "noun_clause"
            if kind == "object" and (dobj.lemma_.lower() in self.refused_objects
                                     or _child(v, "dative") is not None
                                     or dobj.lower_ in _PERSONAL_OBJECTS):
                return None, ""  # "was denied bail", "denied him treatment": a refusal
            if kind == "object" and any(c.dep_ == "neg" for c in v.children):
                return None, ""  # "did not deny the accusation": neither denied nor affirmed
            if kind in ("evidence", "object") and (
                (clause is not None and clause.dep_ != "relcl")
                or any(c.lower_ == "no" for c in dobj.children)
                or (kind == "evidence" and any(c.dep_ == "neg" for c in v.children)
                    and any(c.lower_ == "any" for c in dobj.children))  # "did not find any"
                or kind == "object"
            ):
                return _subtree_range(dobj), "object"
        xcomp = _child(v, "xcomp")
        if xcomp is not None and (kind == "directive"
                                  or v.lemma_.lower() in _INFINITIVE_REPORTS):
            return _subtree_range(xcomp), "infinitive"
        if xcomp is not None and xcomp.i > v.i and v.lemma_.lower() in _GERUND_REPORTS \
                and (xcomp.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "having"
                                                for c in xcomp.children)) \
                and _child(xcomp, "nsubj", "nsubjpass") is None:
            return _subtree_range(xcomp), "gerund"  # "admitted stealing", "denied having killed"
        if v.lemma_.lower() in _GERUND_REPORTS and dobj is None and xcomp is None:
            to = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "to"
                       and c.i == v.i + 1), None)
            gerund = _child(to, "pcomp") if to is not None else None
            if gerund is not None and gerund.tag_ == "VBG" \
                    and _child(gerund, "nsubj", "nsubjpass") is None:
                return _subtree_range(gerund), "gerund"  # "admitted to shooting down a plane"
        if kind == "characterise" and not cue.preps:
            quoted = self._quoted_label(v, tok_region, region_tokens)
            if quoted is not None:
                return quoted, "characterise_object"
        if kind in ("characterise", "accuse"):
            return None, ""
        mark = _child(v, "mark")
        if mark is not None and mark.lower_ == "as" and v.dep_ == "advcl" \
                and v.head.pos_ in _CLAUSAL \
                and _child(v.head, "nsubj", "nsubjpass", "csubj", "expl") is not None \
                and _child(v, "ccomp") is None and (dobj is None
                                                    or v.lemma_.lower() in _HEARER_OBJECTS) \
                and v.lemma_.lower() != "continue" and v.head.lemma_.lower() != "do" \
                and not (v.i + 1 < len(doc) and doc[v.i + 1].text in QUOTE_CHARS):
            # "the car, as Ms. Noem had claimed, was moving"; not "Rather than encourage
            # agents to de-escalate, as the guidelines emphasize, ...", a clause with no
            # subject, nor "X, as officials defend the shooting", a time with its own object,
            # nor "as an investigation continues", nor 'as other men shout "Help us!"', with
            # words of their own, nor "did as they said", a manner
            outer = _trim(doc, _subtree_range(v.head))
            inner = _subtree_range(v)
            if v.head.i < inner[0] and outer[0] < inner[0] and inner[1] < outer[1]:
                # "X was not armed, as police reported, because ...": what they reported
                # ends where the as-clause starts; the reason after it is the writer's
                return _trim(doc, (outer[0], inner[0])), "as_clause"
            return _without(outer, inner), "as_clause"
        if (v.dep_ == "parataxis" or (
                v.dep_ == "ccomp" and v.right_edge.i + 1 < len(doc)
                and doc[v.right_edge.i + 1].text == ","
                and _child(v, "ccomp", "dobj", "xcomp", "attr", "conj", "oprd") is None)) \
                and v.head.pos_ in _CLAUSAL and v.i < v.head.i \
                and v.left_edge.i == v.head.left_edge.i \
                and not (v.dep_ == "ccomp" and v.head.lemma_.lower() in self.verbs) \
                and len(_children(v, "nsubj", "csubj")) == 1 \
                and _child(v.head, "nsubj", "nsubjpass", "csubj", "expl") is not None:
            # 'The inquiry concluded, "The officers had no reason ..."', "Police have said,
            # around 9 p.m., officers tried ...": the cue opens the sentence and the parser hung
            # it on the reported clause; the content is the rest
            rest = (v.right_edge.i + 1, v.head.right_edge.i + 1)
            return rest, ("quote" if _mostly_quoted(rest, tok_region) else "clause")
        if v.dep_ == "parataxis" and v.head.pos_ in _CLAUSAL:
            head = v.head  # "Prompted, I think, by the video, a new obsession ...": the whole clause
            while head.dep_ in ("advcl", "xcomp", "acl", "pcomp", "prep") and head.head.i != head.i:
                head = head.head
            framed = self._framed_quote(v, head, tok_region)
            if framed is not None:
                return framed, "quote"
            a, b = _subtree_range(head)
            k = a
            while k < v.left_edge.i and (
                _is_punct(doc[k]) or doc[k].dep_ in ("mark", "advmod", "cc")
                and doc[k].head.i in (head.i, doc[k].i + 1)
            ):
                k += 1
            if k == v.left_edge.i and a < k:
                # "even though, they say, the officers had not asked anyone": the link before
                # the parenthesis is the writer's
                a = v.right_edge.i + 1
            if _child(v, "conj") is None and all(
                    _is_punct(t) or any(x.lower_ in ("according", "accordance")
                                        and x.dep_ == "prep" for x in (t, *t.ancestors))
                    for t in doc[v.right_edge.i + 1:b]):
                b = v.left_edge.i  # "X, his lawyer said, according to the filing": X alone
            k = v.right_edge.i + 1
            while k < b and (_is_punct(doc[k]) or doc[k].pos_ == "CCONJ"):
                k += 1
            if k < b and doc[k].dep_ == "conj" and doc[k].head.i == head.i \
                    and doc[k].lemma_.lower() in self.verbs:
                b = v.left_edge.i  # '"A," they said, and alleged, "B"': B is alleged, not said
            return _trim(doc, (a, b)), "parenthetical"
        for prep in _children(v, "prep"):  # "said in a statement that ..."
            pobj = _child(prep, "pobj")
            poss = _child(pobj, "poss") if pobj is not None else None
            if prep.lower_ not in _MEDIUM_PREPS or (poss is not None and poss.pos_ != "PRON"):
                continue  # "asked the governor about the mayor's announcement that X": the
                # announcement is the mayor's, and it is what was asked about
            if pobj is not None and pobj.lemma_.lower() in self.nouns:
                clause = _child(pobj, "acl", "ccomp")
                if clause is not None and clause.left_edge.lower_ == "that":
                    a, b = _subtree_range(clause)
                    # "said in a statement that one soldier had been killed and two protesters
                    # had died", the second clause conjoined to the cue
                    return (a, self._conjoined_clauses(v, b)), "noun_clause"
        colon = self._after_colon(v)
        if colon is not None:
            return colon, "colon"
        quote = self._adjacent_quote(v, speaker, tok_region, region_tokens)
        if quote is not None:
            return quote, "adjacent_quote"
        if v.dep_ == "parataxis" and v.head.pos_ in _CLAUSAL and v.head.i < v.i:
            outer = (v.head.left_edge.i, v.head.right_edge.i + 1)
            return _without(outer, (min(v.left_edge.i, speaker.left_edge.i), v.right_edge.i + 1)), "inverted"
        trailing = self._trailing(v, speaker)
        if trailing is not None:
            return trailing, "trailing_cue"
        if kind in ("speech", "evidence"):
            # "found reduction of yields exceeded 10%": the parser made the content's verb a
            # conjunct of the cue, with no conjunction in between
            ccs = [c.i for c in v.children if c.dep_ == "cc"]
            for c in v.rights:
                if c.dep_ == "conj" and c.pos_ in _CLAUSAL and not any(i < c.i for i in ccs) \
                        and c.i > v.i + 1 and c.tag_ != "VBG" and c.lemma_.lower() not in self.verbs:
                    return (v.i + 1, c.right_edge.i + 1), "run_on"
        if kind == "speech":
            sent_end = v.sent.end
            for t in doc[v.i + 1:min(v.i + 10, sent_end)]:
                if t.pos_ in _CLAUSAL or t.pos_ == "CCONJ":
                    break  # "had not read the report but that X": X is another cue's
                # "the events that led to it": a relative pronoun, the only subject or object
                # of its verb (not "after the shooting that Mr. X wanted to do Y", a misparse)
                relative = t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.head.i != v.i \
                    and doc[t.i - 1].pos_ in ("NOUN", "PROPN") \
                    and len(_children(t.head, t.dep_)) == 1
                if t.lower_ == "that" and t.dep_ == "mark" and t.head.dep_ in ("acl", "ccomp") \
                        and t.head.head.lemma_.lower() in self.nouns \
                        and t.head.head.dep_ not in ("dobj",):
                    break  # "asked about the mayor's announcement that X": the noun's clause
                if t.lower_ == "that" and t.dep_ != "det" and not relative and t.i + 3 < sent_end:
                    if t.i - 2 > v.i and doc[t.i - 1].lower_ in _FACT_NOUNS \
                            and doc[t.i - 2].lower_ == "the":
                        # "contended the fact that he was unarmed meant X": the fact is the
                        # subject of what was contended
                        return (t.i - 2, sent_end), "that_fallback"
                    return (t.i + 1, sent_end), "that_fallback"
        return None, ""

    def _clauses_before_a_participle_cue(self, v: Token, clauses: list[Token]) -> list[Token]:
        """'Gore insisted it was "premature" to back her, while adding, "I have no doubt ..."':
        the parser gave both clauses to the first cue, but the second one follows a reporting
        participle ("adding", "saying") with nothing reported of its own; it is that
        participle's content, and the first cue's content ends before it."""
        ordered = sorted((c for c in clauses if c.i > v.i), key=lambda c: c.i)
        kept = [c for c in clauses if c.i < v.i]
        for c in ordered:
            if kept and any(t.tag_ == "VBG" and t.dep_ in ("advcl", "conj")
                            and t.lemma_.lower() in self.verbs
                            and self.verbs[t.lemma_.lower()].kind == "speech"
                            and not any(x.dep_ in ("ccomp", "dobj", "xcomp") for x in t.children)
                            for t in v.doc[kept[-1].left_edge.i:c.left_edge.i]):
                break
            kept.append(c)
        return kept

    @staticmethod
    def _framed_quote(v: Token, head: Token, tok_region: list[int]) -> tuple[int, int] | None:
        """'Of the process, he said, "In the end I'll have one vote"': the words before the cue
        are the writer's framing (outside the quotation, no subject of the quoted clause), so
        the content is the quotation after the cue. 'The museum, she said, "put it back"'
        keeps its subject."""
        doc = v.doc
        start, end = head.left_edge.i, head.right_edge.i + 1
        if start >= v.left_edge.i:
            return None
        k = v.right_edge.i + 1
        while k - 1 > v.i and doc[k - 1].text in QUOTE_CHARS:
            k -= 1  # the opening mark was hung on the cue
        while k < end and doc[k].text in (",", ":"):
            k += 1
        if k >= end or doc[k].text not in QUOTE_CHARS or not _mostly_quoted((k, end), tok_region):
            return None
        before = range(start, v.left_edge.i)
        if any(tok_region[i] >= 0 for i in before):
            return None
        if any(doc[i].head.i == head.i and doc[i].dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
               for i in before):
            return None
        return k, end

    @staticmethod
    def _clause_as_object(obj: Token) -> bool:
        """"has said Ibanez resisted arrest" parsed as the object "arrest" with a subject and a
        verb modifier of its own: a clause the parser read as a noun phrase."""
        if any(c.dep_ == "nsubj" for c in obj.children):
            return True
        doc = obj.doc
        return any(
            c.dep_ == "amod" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN", "VBZ", "VBP")
            and c.i > obj.left_edge.i and doc[c.i - 1].pos_ in ("NOUN", "PROPN", "PRON")
            and doc[c.i - 1].head.i in (obj.i, c.i)
            for c in obj.children if c.i < obj.i
        )

    def _conjoined_clauses(self, v: Token, end: int) -> int:
        """"claims that X was taken and she was forced to ...": a clause with its own subject
        that the parser conjoined to the cue rather than to the content continues the content,
        as does a past-tense predicate after a present or perfect cue. A conjoined cue ("and
        added that ...") or a clause sharing the cue's subject does not."""
        doc = v.doc
        present = v.tag_ in ("VBP", "VBZ") or any(
            d.dep_ == "aux" and d.lemma_ == "have" for d in v.children)
        for c in v.rights:
            if c.dep_ != "conj" or c.i < end or c.pos_ not in _CLAUSAL:
                continue
            if present and c.tag_ == "VBD" and c.lemma_.lower() not in self.verbs \
                    and not any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in c.children):
                # "They allege workers ignored X, failed to stop fights and attacked inmates",
                # "Police have said they were forced to act, but exercised only minimum force":
                # a past-tense predicate cannot share the present cue's subject; it goes on
                # with the content
                end = c.right_edge.i + 1
                continue
            cc = [t for t in doc[end:c.left_edge.i] if t.dep_ == "cc"]
            if cc and any(d.dep_ == "mark" and d.lower_ == "that" for d in c.children) \
                    and any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in c.children):
                # "told reporters that A, and that not all would be charged": a second
                # that-clause of the same cue
                end = c.right_edge.i + 1
                continue
            if c.lemma_.lower() in self.verbs or not any(
                d.dep_ in ("nsubj", "nsubjpass", "expl") for d in c.children
            ):
                break
            if not cc or any(t.lemma_.lower() in self.verbs for t in c.subtree):
                break
            end = c.right_edge.i + 1
        return end

    @staticmethod
    def _quoted_label(v: Token, tok_region: list[int], region_tokens: list[tuple[int, int]]
                      ) -> tuple[int, int] | None:
        """'called the chief's account a “cover story,”' misparsed: by the words, a short noun
        phrase after the cue and then a quotation that ends the label. The content runs from
        the noun phrase to the quotation's end."""
        doc = v.doc
        end = min(v.i + 14, v.sent.end)
        for k in range(v.i + 2, end):
            if tok_region[k] < 0:
                continue
            between = doc[v.i + 1:k]
            if any(t.text in (",", ";", ":") or t.pos_ in _CLAUSAL for t in between):
                return None
            if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in between):
                return None
            a, b = region_tokens[tok_region[k]]
            if b - a > 12:
                return None  # a long quotation is a statement, not a label
            j = b  # a scare quote inside the phrase, then the label: the last quotation
            while j < min(v.i + 30, v.sent.end) and doc[j].text not in (",", ";", ":") and (
                    tok_region[j] >= 0 or doc[j].pos_ not in _CLAUSAL or doc[j].dep_ == "amod"):
                if tok_region[j] >= 0:
                    b = j = max(region_tokens[tok_region[j]][1], j + 1)
                else:
                    j += 1
            return v.i + 1, b
        return None

    def _object_complement(self, v: Token, cue: VerbCue) -> tuple[int, int] | None:
        obj = _child(v, "dobj") or _child(v, "nsubjpass")
        if obj is not None and _relative(obj) and not (
                obj.i < v.i and v.dep_ == "relcl" and obj.dep_ == "dobj"):
            return None  # but "the curbs, which Fisher called “very restrictive”" is his label
        preps = {p.lower() for p in cue.preps}
        comp: Token | None = None
        for c in v.children:
            if (not preps and c.dep_ in ("oprd", "ccomp", "xcomp")) or (
                c.dep_ in ("prep", "advcl") and c.lower_ in preps
                and not (c.lower_ == "as" and any(o.lower_ == "part" for o in c.children))
                and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
            ):  # not "criticized the deployment as part of the crackdown", "blamed X on Monday"
                comp = c
        if comp is None and preps and obj is not None and obj.i > v.i:
            # 'labelling it "indicative of a state that has lost sight ..."': an adjective
            # after the object, with no "as"
            comp = next((c for c in v.children if c.dep_ in ("oprd", "dep", "acomp")
                         and c.pos_ == "ADJ" and c.i > obj.i), None)
        agent = _child(v, "agent")
        agent_obj = _child(agent, "pobj") if agent is not None else None
        holders = [obj, agent_obj]
        if obj is not None:
            # "accused the commission and the government of abuses", the "of" hung on the
            # last of the objects
            holders += [c for c in obj.subtree if c.dep_ == "conj" and c.head.i == obj.i]
        for holder in holders:
            if comp is None and holder is not None:
                for c in holder.children:
                    if c.dep_ in ("prep", "acl") and c.lower_ in preps:
                        comp = c
        if comp is None and obj is not None and not preps:
            appos = _child(obj, "appos")  # 'called the shooting "an execution"': quoted only
            doc = v.doc
            if appos is not None and appos.left_edge.i > 0 and (
                doc[appos.left_edge.i - 1].text in QUOTE_CHARS
                or appos.left_edge.text in QUOTE_CHARS
            ):
                comp = appos
        if comp is None:
            return None
        if obj is None:
            to = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "to" and c.i < comp.i]
            obj = _child(to[0], "pobj") if to else None
        if comp.dep_ == "ccomp" and obj is None:
            return _subtree_range(comp)
        if comp.dep_ == "oprd" and obj is None:
            return None  # "the group called the Sea Org": naming, not characterising
        if obj is not None and (obj.lower_ == "what" or _relative(obj)) and obj.i < v.i:
            # 'condemning what they call "barbaric acts"', "what callers described as a gun"
            inner = _child(comp, "pobj", "pcomp", "amod") if comp.dep_ == "prep" else None
            return _subtree_range(inner if inner is not None else comp)
        if cue.kind == "accuse" and comp.dep_ == "prep":
            inner = _child(comp, "pcomp", "pobj")
            if inner is not None and (inner.tag_ == "VBG" or (
                    comp.lower_ == "of" and inner.pos_ != "PROPN"
                    # not "the Bank of England", but "the electoral board of fraud", with
                    # "board" tagged as a name
                    and (inner.is_lower or not (comp.head.pos_ == "PROPN"
                                                and comp.head.i != v.i)))):
                # "accused X of ramming ...": the deed X is said to have done; X stays in the
                # claim's sentence
                a, b = _subtree_range(inner)
                if inner.tag_ == "VBG":
                    for t in inner.subtree:
                        cc = _child(t.head, "cc")
                        if t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ") \
                                and t.head.tag_ in ("VBG", "VB") and cc is not None \
                                and cc.i < t.i and cc.i < b:
                            # "accused the police of attempting to cover it up and called for
                            # X": a finite verb is the accuser's next deed, not the accusation
                            b = cc.i
                return _trim(v.doc, (a, b))
        start = obj.left_edge.i if obj is not None else comp.left_edge.i
        if obj is not None and obj.dep_ == "nsubjpass":
            start = obj.left_edge.i
        return start, max(comp.right_edge.i + 1, obj.right_edge.i + 1 if obj is not None else 0)

    def _after_colon(self, v: Token) -> tuple[int, int] | None:
        doc = v.doc
        end = v.i + 1
        for c in v.rights:
            if c.dep_ in ("ccomp", "dobj", "parataxis"):
                break
            end = c.right_edge.i + 1 if c.text != ":" else end
            if c.text == ":":
                end = c.i
                break
        k = end
        while k < len(doc) and doc[k].is_space:
            k += 1
        if k >= len(doc) or doc[k].text != ":":
            return None
        sent = v.sent
        start = k + 1
        stop = sent.end if sent.end > start else start
        if _trim(doc, (start, stop))[1] <= _trim(doc, (start, stop))[0]:
            nxt = doc[sent.end].sent if sent.end < len(doc) else None
            if nxt is None:
                return None
            return self._block(nxt)
        return start, stop

    def _block(self, first: Span) -> tuple[int, int]:
        """What a colon ending its paragraph introduces: the next paragraph, up to a sentence
        that brings in a speaker of its own ("They also claimed ...")."""
        doc = first.doc
        start, end = first.start, first.end
        if "\n" not in doc[max(0, start - 2):start + 1].text:
            return start, end  # the colon's sentence goes on in the same paragraph
        while end < len(doc) and "\n" not in doc[end - 1].text + doc[end].text_with_ws:
            nxt = doc[end].sent
            if any(t.lemma_.lower() in self.verbs and t.pos_ in _CLAUSAL
                   and _child(t, "nsubj", "nsubjpass") is not None for t in nxt) \
                    or any(t.lower_ == "according" for t in nxt):
                break
            end = nxt.end
        return start, end

    def _adjacent_quote(self, v: Token, speaker: Token, tok_region: list[int],
                        region_tokens: list[tuple[int, int]]) -> tuple[int, int] | None:
        doc = v.doc
        if _child(v, "dobj") is not None and v.lemma_.lower() not in _HEARER_OBJECTS:
            return None  # but '"...," he told the board': the object is who heard it
        left = min(speaker.left_edge.i, v.i)
        if tok_region[left] >= 0 or doc[left].text in QUOTE_CHARS:
            # '“...,” sheriff’s Sgt. Ann Lee told the board' with the quotation hung inside the
            # speaker's phrase: the speaker starts after the closing mark
            left = speaker.i
            while left > 0 and tok_region[left - 1] < 0 and doc[left - 1].text not in QUOTE_CHARS:
                left -= 1
        k = left - 1
        while k >= 0 and ((doc[k].is_space and "\n" not in doc[k].text)
                          or doc[k].text in (",", "—", "–")):
            k -= 1
        if k >= 0 and doc[k].text in QUOTE_CHARS and k > 0 and tok_region[k - 1] >= 0:
            return region_tokens[tok_region[k - 1]]
        k = v.i + 1
        while k < len(doc) and doc[k].text in (",", ":"):
            k += 1
        if k + 1 < len(doc) and k > v.i + 1 and doc[k].text in QUOTE_CHARS and tok_region[k + 1] >= 0:
            return region_tokens[tok_region[k + 1]]
        right = v.right_edge.i + 1
        k = right
        while k < len(doc) and ((doc[k].is_space and "\n" not in doc[k].text)
                                or doc[k].text in (",", ":")):
            k += 1
        same_sentence = k < len(doc) and doc[k].sent.start == v.sent.start
        if v.dep_ == "relcl" and v.lemma_.lower() in _REACTING and doc[k - 1].text != ":":
            return None  # "one of the officers who responded to the scene, “...”": a description
        if k + 1 < len(doc) and doc[k].text in QUOTE_CHARS and tok_region[k + 1] >= 0 and (
            same_sentence or doc[right - 1].text == ":"
        ):
            return region_tokens[tok_region[k + 1]]
        return None

    def _trailing(self, v: Token, speaker: Token) -> tuple[int, int] | None:
        """"..., officials said." when the parser hung the clause elsewhere."""
        doc = v.doc
        sent = v.sent
        left = min(speaker.left_edge.i, v.i)
        if left <= sent.start + 2 or _child(v, "dobj") is not None \
                or self.verbs[v.lemma_.lower()].kind != "speech" \
                or (v.dep_ == "xcomp" and v.head.lemma_.lower() in _WITHHOLDING):
            return None  # "..., the minister declined to comment": nothing said
        if v.dep_ == "advcl" and _child(v, "mark") is not None:
            return None  # "..., while responding to a call": a circumstance, not an attribution
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return None  # "On Monday, hundreds gathered to protest outside the court": a purpose
        if any(c.dep_ == "prep" and c.lower_ in ("of", "about") and c.i > v.i
               for c in v.children):
            return None  # "..., he complained of abdominal pain": what the verb is about
        if _clause_after(v):
            return None
        if doc[left - 1].text not in (",", "—") and doc[left - 1].text not in QUOTE_CHARS:
            return None
        a, b = sent.start, left - 1
        roots = _span_roots(doc, (a, b))
        if len(roots) == 1 and roots[0].dep_ == "advcl" and _child(roots[0], "mark") is not None:
            return None  # "As police searched the area, one man yelled at officers": a time
        if roots and roots[0].tag_ in ("VBN", "VBG") and roots[0].head.i == v.i \
                and _child(roots[0], "nsubj", "nsubjpass") is None:
            return None  # "Asked about the delay, the minister declined to comment": a frame
        return a, b

    def _trailing_phrase(self, v: Token, cue: VerbCue) -> Attribution | None:
        """'..., Mississippi corrections spokeswoman Grace Fisher said in a statement.' with no
        subject for the cue: the parser hung the speaker's words on the clause before them.
        The speaker is the noun phrase between the last comma and the cue; the content is the
        sentence before that comma."""
        doc = v.doc
        sent = v.sent
        if cue.kind == "speech" and v.i > sent.start + 6 and doc[v.i - 1].text == "," \
                and _child(v, "dobj", "mark", "nsubj") is None and not _clause_after(v):
            return self._trailing_titled_name(v, cue)
        if cue.kind != "speech" or v.dep_ not in ("advcl", "ccomp", "conj") or v.head.i > v.i \
                or _child(v, "dobj", "ccomp", "mark") is not None or v.i < 2:
            return None
        start = v.i
        while start > sent.start and doc[start - 1].text != "," \
                and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADP", "DET", "PART", "ADJ"):
            start -= 1
        if start == v.i or start <= sent.start + 3 or doc[start - 1].text != "," \
                or doc[v.i - 1].pos_ not in ("PROPN", "NOUN"):
            return None
        head = doc[v.i - 1]
        if not self._speakerlike(head) and not any(
                t.lower_ in self.speaker_words for t in doc[start:v.i]):
            return None
        if _clause_after(v):
            return None  # only the cue's own circumstances after it
        content = _trim(doc, (sent.start, start - 1))
        if content[1] - content[0] < 3:
            return None
        return Attribution(
            cue=(v.i, v.i + 1), cue_lemma=v.lemma_.lower(), speaker=_trim(doc, (start, v.i)),
            content=content, rule="trailing_cue+phrase", kind=cue.kind, speaker_head=head.i,
            cue_polarity=cue.polarity, checkable=cue.checkable,
        )

    def _trailing_titled_name(self, v: Token, cue: VerbCue) -> Attribution | None:
        """'..., Senior Inspector Marc Dado, San Jose police chief, said.' with the name and
        its post read as conjuncts of the content's last noun: the speaker is the name and post
        between the last three commas; the content is the sentence before them."""
        doc = v.doc
        sent = v.sent
        commas = [t.i for t in doc[sent.start:v.i - 1] if t.text == ","]
        if len(commas) < 2:
            return None
        first, second = commas[-2], commas[-1]
        name, post = doc[first + 1:second], doc[second + 1:v.i - 1]
        if not 2 <= len(name) <= 6 or not 1 <= len(post) <= 8 \
                or not all(t.pos_ == "PROPN" for t in name) \
                or not any(t.lower_ in self.speaker_words or t.lemma_.lower() in self.speaker_words
                           for t in post) \
                or any(t.pos_ in _CLAUSAL for t in post):
            return None
        content = _trim(doc, (sent.start, first))
        if content[1] - content[0] < 3 or not any(t.pos_ in _CLAUSAL for t in doc[slice(*content)]):
            return None
        return Attribution(
            cue=(v.i, v.i + 1), cue_lemma=v.lemma_.lower(), speaker=(first + 1, v.i - 1),
            content=content, rule="trailing_cue+phrase", kind=cue.kind, speaker_head=second - 1,
            cue_polarity=cue.polarity, checkable=cue.checkable,
        )

    # -- rules: nouns and prepositions
    def _noun(self, n: Token, tok_region: list[int],
              region_tokens: list[tuple[int, int]]) -> Attribution | None:
        """"her claim that X", "the DHS statement that X"; 'issued a statement: "X"'."""
        issued = self._issued_quotation(n, tok_region, region_tokens)
        if issued is not None:
            return issued
        clause = None
        for c in n.children:
            if c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark":
                clause = c
        if clause is None and n.dep_ == "nsubj" and n.head.lemma_.lower() == "be":
            # "The ministry's position is that X": the clause is the copula's complement
            for c in n.head.children:
                if c.dep_ == "ccomp" and c.i > n.head.i and c.left_edge.lower_ == "that" \
                        and c.left_edge.dep_ == "mark":
                    clause = c
        if clause is None:
            return self._in_view(n)
        gov = n.head
        if gov.pos_ in _CLAUSAL and gov.lemma_.lower() in self.verbs and n.dep_ == "dobj":
            # the verb rule takes it ("reiterated its claim that ..."), but a claim of someone
            # else's that is rejected or not confirmed is theirs too ("rejected police claims
            # that X", "would not confirm witnesses' reports that X")
            cue = self.verbs[gov.lemma_.lower()]
            holder = self._named_holder(n)
            if holder is None or not (cue.polarity == "denies" or cue.claim_object == "denies"
                                      or any(c.dep_ == "neg" for c in gov.children)):
                return None
            content = _trim(n.doc, _subtree_range(clause), drop_mark=True)
            return Attribution(
                cue=(n.i, n.i + 1), cue_lemma=n.lemma_.lower(),
                speaker=self._holder_span(holder[0]), content=content,
                rule=f"noun_that+{holder[1]}", kind="speech", speaker_head=holder[0].i,
                extras={"held_in_object": True},
            )
        speaker = _child(n, "poss")
        how = "possessor"
        if speaker is not None and speaker.pos_ == "PRON" and n.dep_ == "dobj" \
                and gov.pos_ in _CLAUSAL and gov.lemma_.lower() in _ISSUING:
            subj, _ = self._subject(gov)
            if subj is not None:
                speaker, how = subj, "governor"
        if speaker is None:
            by = [c for c in n.children if c.dep_ == "prep" and c.lower_ == "by"]
            speaker = _child(by[0], "pobj") if by else None
            how = "by"
        if speaker is None:
            speaker, how = self._of_holder(n), "of"
        if speaker is None and n.dep_ == "dobj" and gov.pos_ in _CLAUSAL \
                and gov.lemma_.lower() in _ISSUING:
            speaker, how = self._subject(gov)[0], "governor"
        if speaker is None and n.dep_ == "pobj" and gov.dep_ == "prep" \
                and (gov.head.lemma_.lower(), gov.lower_) in _ARRIVE_AT:
            speaker, how = self._subject(gov.head)[0], "governor"  # "came to the conclusion that"
        if speaker is None or speaker.lower_ in _WRITERS:
            return None
        content = _trim(n.doc, _subtree_range(clause), drop_mark=True)
        return Attribution(
            cue=(n.i, n.i + 1), cue_lemma=n.lemma_.lower(), speaker=self._holder_span(speaker),
            content=content, rule=f"noun_that+{how}", kind="speech", speaker_head=speaker.i,
        )

    def _issued_quotation(self, n: Token, tok_region: list[int],
                          region_tokens: list[tuple[int, int]]) -> Attribution | None:
        """'The governor issued a statement, "The dam is safe."': the object of an issuing verb,
        followed by a comma or a colon and a quotation in the same sentence, is what the
        quotation says; the speaker is whoever issued it."""
        doc = n.doc
        gov = n.head
        if n.dep_ != "dobj" or gov.pos_ not in _CLAUSAL or gov.lemma_.lower() not in _ISSUING:
            return None
        k = n.i + 1  # past a short modifier: "a statement on Friday, ..."
        while k < min(n.i + 6, n.sent.end) and doc[k].text not in (",", ":", *QUOTE_CHARS):
            k += 1
        if k >= len(doc) or doc[k].text not in (",", ":"):
            return None
        while k < len(doc) and doc[k].text in (",", ":"):
            k += 1
        if k + 1 >= len(doc) or doc[k].text not in QUOTE_CHARS or tok_region[k + 1] < 0 \
                or doc[k].sent.start != n.sent.start:
            return None
        speaker, _ = self._subject(gov)
        if speaker is None or _nobody(speaker) or speaker.lower_ in _WRITERS:
            return None
        content = region_tokens[tok_region[k + 1]]
        return Attribution(
            cue=(n.i, n.i + 1), cue_lemma=n.lemma_.lower(), speaker=self._holder_span(speaker),
            content=content, rule="issued_quote", kind="speech", speaker_head=speaker.i,
        )

    def _named_holder(self, n: Token) -> tuple[Token, str] | None:
        """Whose claim a claim noun names, other than by a pronoun: "police claims", "claims by
        the army", "the ministry's claim"."""
        def speakerly(t: Token) -> bool:
            return t.ent_type_ in ("PERSON", "ORG", "NORP") or t.lower_ in self.speaker_words \
                or t.lemma_.lower() in self.speaker_words
        poss = _child(n, "poss")
        if poss is not None:
            return (poss, "possessor") if poss.pos_ != "PRON" and speakerly(poss) else None
        compound = [c for c in n.lefts if c.dep_ == "compound"]
        if compound and compound[-1].i == n.i - 1 and speakerly(compound[-1]):
            return compound[-1], "compound"
        by = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        obj = _child(by, "pobj") if by is not None else None
        if obj is not None and speakerly(obj):
            return obj, "by"
        return None

    def _of_holder(self, n: Token) -> Token | None:
        """"the opinion of the court": the holder named by an of-phrase, a name or a speaker
        word ("the claim of fraud" names no holder)."""
        for prep in _children(n, "prep"):
            if prep.lower_ == "of":
                obj = _child(prep, "pobj")
                if obj is not None and (
                    obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP")
                    or obj.lower_ in self.speaker_words or obj.lemma_.lower() in self.speaker_words
                ):
                    return obj
        return None

    def _in_view(self, n: Token) -> Attribution | None:
        """"In her view, the plan will fail", "In the opinion of the court, ...", "By his own
        account, ...": a prepositional phrase naming whose view the clause is."""
        prep = n.head
        if n.dep_ != "pobj" or prep.dep_ != "prep" \
                or (prep.lower_, n.lemma_.lower()) not in _VIEW_PHRASES:
            return None
        head = prep.head
        if head.pos_ not in _CLAUSAL:
            return None
        speaker = _child(n, "poss")
        det = _child(n, "det")
        if speaker is None and det is not None and det.lower_ == "the":
            # "in the opinion of the court"; not "in view of the storm", nor "in an
            # assessment of Microsoft" (what was assessed)
            speaker = self._of_holder(n)
        if speaker is None or speaker.lower_ in _WRITERS:
            return None
        doc = n.doc
        phrase = _subtree_range(prep)
        outer = _trim(doc, _subtree_range(head))
        if not (phrase[0] == outer[0] or doc[phrase[0] - 1].text in (",", "—", "(")):
            return None  # set off at the start or by commas, not "the car in her view"
        content = _trim(doc, _without(outer, phrase))
        if content == outer or content[1] <= content[0]:
            return None
        return Attribution(
            cue=(n.i, n.i + 1), cue_lemma=n.lemma_.lower(), speaker=self._holder_span(speaker),
            content=content, rule="in_view", kind="speech", speaker_head=speaker.i,
        )

    def _adjective(self, adj: Token) -> Attribution | None:
        """"The mayor is confident that X", "Residents are concerned X": a stance and its clause."""
        clause = _child(adj, "ccomp")
        if clause is None:
            return None
        if adj.dep_ == "acomp" and adj.head.lemma_.lower() in ("make", "keep"):
            return None  # "Parents must make sure that X": a duty, not a stance
        if adj.dep_ == "acomp":
            speaker = _child(adj.head, "nsubj")
        elif adj.pos_ == "VERB" and adj.tag_ == "VBN":  # "are concerned" read as a passive
            speaker = _child(adj, "nsubjpass")
        else:
            return None
        if speaker is None or _relative(speaker):
            return None
        doc = adj.doc
        whole = _trim(doc, _subtree_range(clause))
        if _wh_question(doc, whole) or (whole[1] > whole[0] and doc[whole[0]].lower_ in (
                "whether", "if")):
            return None  # "not sure what the argument was about", "unsure whether he fired"
        content = _trim(doc, _subtree_range(clause), drop_mark=True)
        if content[1] <= content[0]:
            return None
        negated = any(c.dep_ == "neg" for c in [*adj.children, *adj.head.children])
        return Attribution(
            cue=(adj.i, adj.i + 1), cue_lemma=adj.lower_, speaker=self._speaker_span(speaker),
            content=content, rule="adjective", kind="speech", speaker_head=speaker.i,
            cue_negated=negated,
        )

    def _verb_adjective(self, adj: Token) -> Attribution | None:
        """"The chief made clear that X", "made it clear that X": the verb's subject says X."""
        verb = adj.head
        if verb.lemma_.lower() not in self.verb_adjectives[adj.lower_] \
                or verb.pos_ not in _CLAUSAL \
                or adj.dep_ not in ("ccomp", "acomp", "oprd", "xcomp", "amod", "advmod"):
            return None
        clause = next((c for c in [*adj.rights, *verb.rights] if c.i > adj.i
                       and c.dep_ in ("ccomp", "advcl") and c.pos_ in _CLAUSAL
                       and _child(c, "nsubj", "nsubjpass", "expl") is not None), None)
        if clause is None or clause.left_edge.i != adj.i + 1:
            return None  # a clause right after "clear", not "made clear progress after X"
        speaker, _ = self._subject(verb)
        if speaker is None or _nobody(speaker):
            return None
        doc = adj.doc
        content = _trim(doc, _subtree_range(clause), drop_mark=True)
        if content[1] <= content[0]:
            return None
        return Attribution(
            cue=(verb.i, adj.i + 1), cue_lemma=f"{verb.lemma_.lower()} {adj.lower_}",
            speaker=self._speaker_span(speaker), content=content, rule="clause", kind="speech",
            speaker_head=speaker.i, cue_negated=any(c.dep_ == "neg" for c in verb.children),
        )

    def _source_prep(self, tok: Token) -> Attribution | None:
        """"according to X", "in accordance with X"."""
        doc = tok.doc
        for words in self.source_preps:
            if tok.lower_ not in words:
                continue
            first = tok.i - words.index(tok.lower_)
            last = first + len(words)
            if first < 0 or last > len(doc) or [t.lower_ for t in doc[first:last]] != words:
                continue
            obj = None
            # the object of the phrase's last word first: "according to a poll out Thursday"
            # may hang "Thursday" on "according" too
            for t in reversed(doc[first:last]):
                for c in t.children:
                    if obj is None and c.dep_ in ("pobj", "pcomp") and not first <= c.i < last:
                        obj = c
            if obj is None and last < len(doc):
                obj = doc[last] if doc[last].dep_ == "pobj" else None
            if obj is None:
                return None
            title = None
            name = next((c for c in obj.head.children if c.dep_ == "pobj" and c.i > obj.i
                         and c.left_edge.i == obj.right_edge.i + 1 and c.pos_ == "PROPN"), None)
            if obj.dep_ == "pobj" and name is not None:
                # "according to curator Elaine Gustafon" parsed as two objects of "to": the
                # first is the title of the second
                title, obj = obj, name
            phrase_root = doc[first] if doc[first].head.i not in range(first, last) else tok
            top = phrase_root
            while top.head.i in range(first, last) and top.head.i != top.i:
                top = top.head
            head = top.head
            if head.pos_ not in _CLAUSAL or head.i == top.i:
                head = tok.sent.root
            closes = all(_is_punct(t) for t in doc[max(last, obj.right_edge.i + 1):tok.sent.end])
            while ((head.dep_ in ("conj", "xcomp")
                    and _child(head, "nsubj", "nsubjpass", "expl") is None)
                   or (head.dep_ == "advcl" and closes)
                   or (head.dep_ == "ccomp" and closes and doc[first - 1].text == ","
                       and head.head.lemma_.lower() not in self.verbs)) \
                    and head.head.pos_ in _CLAUSAL and first > head.i:
                head = head.head  # "X was detained ... and was pronounced dead ..., according to
                # ICE", "prompted officials to step in and ask ..., according to Politico": the
                # phrase closing the sentence covers the whole clause
            if not self._names_a_source(doc, words, first, obj, head):
                return None
            if obj.dep_ == "pcomp":  # a misparse: "according to Smith the car was ..."
                phrase = (first, obj.i + 1)
                content = _trim(doc, _without(_trim(doc, _subtree_range(tok.sent.root)), phrase))
                return Attribution(
                    cue=(first, last), cue_lemma=" ".join(words), speaker=(obj.i, obj.i + 1),
                    content=content, rule="according_to", kind="speech", speaker_head=obj.i,
                )
            hung = _clause_hung_on_source(obj, top) if obj.dep_ == "pobj" else None
            if hung is not None:
                # "According to a report the agency released Friday, the car was moving",
                # "said that according to the report the car was moving": the parser found no
                # clause outside the phrase and hung the reported one on the source
                return Attribution(
                    cue=(first, last), cue_lemma=" ".join(words),
                    speaker=_trim(doc, (obj.left_edge.i, hung[0])), content=hung,
                    rule="according_to", kind="speech", speaker_head=obj.i,
                )
            swallowed = _swallowed_subject(obj, head)
            if swallowed is not None and first < head.i and all(
                _is_punct(t) for t in doc[head.left_edge.i:first]
            ):
                # "According to the coach, Ali Rahimi, in their first match, the robot scored":
                # the parser hung the clause's subject on the source; the source ends at its name
                sp_end, start = swallowed
                content = _trim(doc, (start, head.right_edge.i + 1))
                return Attribution(
                    cue=(first, last), cue_lemma=" ".join(words),
                    speaker=_trim(doc, (obj.left_edge.i, sp_end)), content=content,
                    rule="according_to", kind="speech", speaker_head=obj.i,
                )
            end = max(last, obj.right_edge.i + 1)
            if end <= top.right_edge.i < len(doc) - 1 and doc[top.right_edge.i + 1].text == ",":
                end = top.right_edge.i + 1  # "According to a poll out Thursday, ..."
            tail = doc[end:top.right_edge.i + 1]
            if len(tail) and all(t.ent_type_ in ("DATE", "TIME") or (
                    t.dep_ == "prep" and t.head.i in range(first, last)) for t in tail):
                end = top.right_edge.i + 1  # "..., according to the ministry on Tuesday"
            phrase = (min(first, top.left_edge.i), end)
            outer = _trim(doc, _subtree_range(head), drop_mark=True)
            if outer[0] < phrase[0] and all(
                _is_punct(t) or (t.dep_ == "mark" and t.head.i == head.i)
                for t in doc[outer[0]:phrase[0]]
            ):
                # "because, according to the sheriff, Hunt was ...": the subordinator is the
                # writer's link between clauses, not part of what the sheriff says
                outer = (phrase[0], outer[1])
            content = _without(outer, _trim(doc, phrase))
            if content == outer and phrase[0] > outer[0] and phrase[1] < outer[1]:
                content = outer
                if doc[phrase[1]].text == "," and not any(
                        t.pos_ in _CLAUSAL for t in doc[phrase[1]:outer[1]]):
                    # "many gunned down and burned alive according to rights groups, during a
                    # procession": what follows the phrase is the writer's circumstance
                    content = (outer[0], phrase[0])
            content = _trim(doc, content)
            lead = doc[content[0]] if content[1] > content[0] else None
            if lead is not None and lead.tag_ in ("VBG", "VBN") \
                    and lead.right_edge.i + 1 < content[1] \
                    and doc[lead.right_edge.i + 1].text == ",":
                # "quoting X, ...", "According to the report, published on Monday, ..."
                content = _trim(doc, (lead.right_edge.i + 2, content[1]))
            holder = _conveyor(obj) or obj
            speaker = self._speaker_span(holder)
            if title is not None and holder is obj:
                speaker = (title.left_edge.i, speaker[1])
            return Attribution(
                cue=(first, last), cue_lemma=" ".join(words), speaker=speaker,
                content=content, rule="according_to", kind="speech", speaker_head=holder.i,
            )
        return None

    def _names_a_source(self, doc: Doc, words: list[str], first: int, obj: Token,
                        head: Token) -> bool:
        """Whether "according to X" names where the clause comes from, not the manner of the
        deed ("went according to plan", "ranked according to their scores"): the phrase is
        set off by a comma or opens its clause, or X is a name or a speaker word. A one-word
        phrase ("Per Reuters, X") opens its sentence and is set off by a comma. "In
        accordance with X" is a source only set off after the clause and with such an X ("...,
        in accordance to DHS"), not in "acted in accordance with their training"."""
        speakerly = obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "NORP") \
            or obj.lower_ in self.speaker_words or obj.lemma_.lower() in self.speaker_words \
            or any(f"{c.lower_} {obj.lemma_.lower()}" in self.speaker_phrases
                   for c in obj.children if c.dep_ in ("compound", "amod"))  # "rights groups"
        if words[0] == "as":  # "As per X, ...", "..., as per X": not "handed over as per X"
            return speakerly and (_set_off(doc, first) or first < head.i)
        if len(words) == 1:  # "Per Reuters, X": opening its sentence, never "$3 per gallon"
            end = obj.right_edge.i + 1
            return speakerly and end < len(doc) and doc[end].text == "," and all(
                _is_punct(t) for t in doc[doc[first].sent.start:first])
        if words[0] != "according":
            return speakerly and first > doc[first].sent.start and _set_off(doc, first)
        return speakerly or _set_off(doc, first) or first < head.i

    def _first_person_cue(self, tok: Token) -> bool:
        """"I think ...", "we believe ..." inside a quotation: the quoted speaker's own cue."""
        cue = self.verbs.get(tok.lemma_.lower())
        if cue is None or cue.kind != "speech":
            return False
        return any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in tok.children) and (
            any(c.dep_ == "ccomp" for c in tok.children) or tok.dep_ == "parataxis")

    def _drop_trailing_comment(self, doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
        """'said X, a claim disputed by witnesses': the writer's comment is not the content."""
        a, b = span
        if b - a < 4:
            return span
        last = doc[b - 1]
        node = last
        while node.head.i != node.i and a <= node.head.i < b and node.dep_ not in ("appos",):
            node = node.head
        if node.dep_ == "appos" and node.lemma_.lower() in self.nouns and a < node.left_edge.i \
                and doc[node.left_edge.i - 1].text == ",":
            return _trim(doc, (a, node.left_edge.i - 1))
        for k in range(a + 2, b - 1):
            # "said the man fired first, something his family denies": the writer's aside on
            # the clause, here setting another account against it
            t = doc[k]
            j = k - 1
            while j > a and doc[j].text in QUOTE_CHARS:
                j -= 1
            if t.lower_ == "something" and doc[j].text == "," \
                    and t.dep_ in ("npadvmod", "appos", "conj") \
                    and any(c.dep_ == "relcl" for c in t.children):
                return _trim(doc, (a, k))
        for k in range(a + 3, b):
            # "said eight were shot with live ammunition, citing medical sources": where the
            # speaker got it from is the writer's sourcing, not part of what was said
            if doc[k].lower_ in _SOURCING and doc[k - 1].text == "," and doc[k].tag_ == "VBG" \
                    and _child(doc[k], "dobj") is not None \
                    and all(t.i == k or doc[k].is_ancestor(t) or _is_punct(t)
                            or t.dep_ == "prep" and doc[t.i - 1].text == ","
                            or any(x.dep_ == "prep" and doc[x.i - 1].text == ","
                                   for x in t.ancestors if x.i > k)
                            for t in doc[k:b]):
                return _trim(doc, (a, k - 1))
        for k in range(a + 2, b - 2):
            # "every claim will be assessed, with the paper reporting no one will be refused":
            # a report of someone else's, hung on the content as an absolute phrase
            with_ = doc[k]
            if with_.lower_ != "with" or doc[k - 1].text != ",":
                continue
            pobj = _child(with_, "pobj")
            acl = [c for c in pobj.children if c.dep_ == "acl"] if pobj is not None else []
            for report in [*acl, *_children(with_, "pcomp")]:
                if report.tag_ == "VBG" and report.lemma_.lower() in self.verbs and (
                    _child(report, "ccomp") is not None
                    or _child(report, "nsubj") is not None
                ):
                    return _trim(doc, (a, k - 1))
        return span

    def _credit_lines(self, doc: Doc) -> list[Attribution]:
        """"<caption>. Image: Jane Doe." attributes the caption before it.

        The credit ends its paragraph; the caption is the text before the label in the same
        sentence ("Belle Image: Jane Doe."), or else the sentence before it in the paragraph.
        """
        out: list[Attribution] = []
        if not self.credit_labels:
            return out
        prev: Span | None = None
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space]
            label = next((k for k, t in enumerate(words[:-2]) if t.text in self.credit_labels
                          and words[k + 1].text == ":"), None)
            if label is not None and len(words) - label <= 10:
                cue_tok = words[label]
                speaker = _trim(doc, (words[label + 2].i, sent.end))
                if label > 0:
                    content = _trim(doc, (sent.start, cue_tok.i))
                elif prev is not None and "\n" not in doc[prev.end:sent.start].text:
                    content = _trim(doc, (prev.start, prev.end))
                else:
                    content = (0, 0)
                if speaker[1] > speaker[0] and content[1] > content[0]:
                    out.append(Attribution(
                        cue=(cue_tok.i, cue_tok.i + 1), cue_lemma=cue_tok.lower_,
                        speaker=speaker, content=content, rule="credit_line", kind="credit",
                        speaker_head=speaker[1] - 1, checkable=False,
                    ))
            prev = sent
        return out

    def _headline_colons(self, doc: Doc) -> list[Attribution]:
        """"Police: suspect fled in stolen car", "Reports: UK to replace interviews": a headline
        (a paragraph of one sentence without a final stop) that opens with a source and a
        colon. The source is a person, ends in a speaker word ("police", "study", "reports") or is
        an organisation's initials ("UN"); an organisation's name is as often the topic ("Tesla:
        shares fall", "Premier League: ...")."""
        out: list[Attribution] = []
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space]
            if len(words) < 5 or words[-1].text in (".", "!", "?", *QUOTE_CHARS):
                continue
            start, end = words[0].i, words[-1].i + 1
            if start > 0 and "\n" not in doc[start - 1].text:
                continue  # the sentence must open its paragraph
            if end < len(doc) and not (doc[end].is_space and "\n" in doc[end].text):
                continue  # and end it
            colon = next((t.i for t in words[1:5] if t.text == ":"), None)
            if colon is None:
                continue
            source = [t for t in doc[start:colon] if t.pos_ != "DET"]
            if not source or any(t.pos_ not in ("NOUN", "PROPN") for t in source):
                continue
            # a source, not a topic, a place or an organisation as a topic ("Iodine: ...",
            # "Syria: dozens killed", "Brexit: ...", "Premier League: Arsenal beat Chelsea")
            head = source[-1]  # "Premier League": a speaker word only as a modifier
            named = any(t.ent_type_ == "PERSON" for t in source) \
                or head.lower_ in self.speaker_words or head.lemma_.lower() in self.speaker_words \
                or (len(source) == 1 and head.ent_type_ == "ORG" and head.is_upper)
            if not named or any(t.text in self.credit_labels or t.lower_ in _HEADLINE_LABELS
                                for t in source):
                continue
            content = _trim(doc, (colon + 1, end))
            if sum(1 for t in doc[content[0]:content[1]] if not _is_punct(t)) < 3 \
                    or _wh_question(doc, content):  # "Police: what we know about the crash"
                continue
            out.append(Attribution(
                cue=(colon, colon + 1), cue_lemma=":", speaker=(start, colon),
                content=content, rule="headline_colon", kind="speech",
                speaker_head=colon - 1,
            ))
        return out

    # -- quotations
    def _extend_to_quotes(self, doc: Doc, att: Attribution, tok_region: list[int],
                          region_tokens: list[tuple[int, int]]) -> None:
        a, b = att.content
        for r in {tok_region[i] for i in (a, b - 1) if 0 <= i < len(doc) and tok_region[i] >= 0}:
            ra, rb = region_tokens[r]
            if ra <= att.cue[0] < rb:
                continue
            a, b = min(a, ra), max(b, rb)
        a, b = _trim(doc, (a, b))
        k = b
        while k < len(doc) and (doc[k].is_space or doc[k].text in (",", ":")):
            k += 1
        if k + 1 < len(doc) and doc[k].text in QUOTE_CHARS and tok_region[k + 1] >= 0:
            ra, rb = region_tokens[tok_region[k + 1]]
            if rb <= att.cue[0]:  # "... the same issue: that “the quote,” said X"
                b = rb
        a, b = _trim(doc, (a, b))
        text = doc[a:b].text
        if sum(text.count(c) for c in "“«") > sum(text.count(c) for c in "”»") \
                or text.count('"') % 2:
            for k in range(b, min(b + 3, len(doc))):
                if doc[k].text in ("”", "»", '"'):
                    b = k + 1  # keep the closing mark of a partial quotation
                    break
        att.content = (a, b)

    def _follow_on_quotes(self, doc: Doc, found: list[Attribution], regions: list,
                          region_tokens: list[tuple[int, int]], tok_region: list[int]
                          ) -> list[Attribution]:
        """A quotation with no cue of its own, right after an attributed one: same speaker."""
        covered = [False] * len(region_tokens)
        # what ends a quotation run on over paragraphs: a next quotation with a speaker of its
        # own, not one holding only the quoted speaker's '"We knew the river was rising ..."'
        spoken = [False] * len(region_tokens)
        for att in found:
            inner = tok_region[att.cue[0]] >= 0 and doc[att.speaker_head].lower_ in FIRST_PERSON
            for i in [*range(att.content[0], att.content[1]), *range(att.cue[0], att.cue[1])]:
                if tok_region[i] >= 0:
                    # '"If he had a weapon we would have said he is guilty, but ..."': a first
                    # person's cue inside a quotation leaves it to be someone's
                    covered[tok_region[i]] = covered[tok_region[i]] or not inner
                    spoken[tok_region[i]] = spoken[tok_region[i]] or not inner
        voiced = [a for a in found if not (tok_region[a.cue[0]] >= 0
                                           and doc[a.speaker_head].lower_ in FIRST_PERSON)]
        by_end = sorted(voiced, key=lambda a: max(a.content[1], a.cue[1]))
        ends = [max(a.content[1], a.cue[1]) for a in by_end]
        by_start = sorted(voiced, key=lambda a: min(a.content[0], a.cue[0], a.speaker[0]))
        starts = [min(a.content[0], a.cue[0], a.speaker[0]) for a in by_start]
        out: list[Attribution] = []
        prev_follow: Attribution | None = None
        for r, (ra, rb) in enumerate(region_tokens):
            if covered[r] or not _long((ra, rb)) or ra >= len(doc):
                continue
            # the quotation must open its sentence (or its paragraph), or go on right after
            # the cue that split it: '"A," said X, "and B."'
            sent_start = doc[ra].sent.start
            if any(not _is_punct(t) for t in doc[sent_start:ra]):
                split = [a for a in found if a.rule not in ("according_to", "credit_line")
                         and a.content[1] <= min(a.cue[0], a.speaker[0])
                         and max(a.cue[1], a.speaker[1]) < ra
                         and all(_is_punct(t) for t in doc[max(a.cue[1], a.speaker[1]):ra])]
                if not split:
                    continue
                source = split[-1]
                a = ra
                while a < rb - 1 and (_is_punct(doc[a]) or doc[a].pos_ == "CCONJ"):
                    a += 1  # '"..., and B"': the conjunction joins it to the first part
                att = replace(source, content=(a, rb), rule="follow_on_quote",
                              extras={"source": source})
                out.append(att)
                prev_follow = att
                continue
            k = bisect_right(ends, ra) - 1
            source = by_end[k] if k >= 0 else None
            if source is not None and source.rule == "according_to":
                # '"...," Cuomo said, according to Business Insider. "..."': the next
                # quotation goes on with Cuomo's words, not the outlet's
                inner = [o for o in found if o is not source and o.rule != "according_to"
                         and source.content[0] <= o.content[0]
                         and o.content[1] <= source.content[1]]
                if inner:
                    source = max(inner, key=lambda o: o.content[1])
            if prev_follow is not None and (source is None or prev_follow.content[1] > ends[k]):
                source = prev_follow
            if source is not None and not _near(doc, max(source.content[1], source.cue[1]), ra):
                source = None
            if source is not None and source.content[1] <= ra \
                    and _next_person(doc, rb, doc[source.speaker[0]:source.speaker[1]].text):
                continue  # '"We were terrified." Bob Lee, who lives nearby, ...': his, not hers
            if source is None:
                # a quotation that opens a multi-paragraph quote: the next one's speaker
                j = bisect_right(starts, rb - 1)
                nxt = by_start[j] if j < len(by_start) else None
                if not regions[r].closed and nxt is not None and _near(doc, rb, starts[j]):
                    source = nxt
                else:
                    continue
            src_root = source.extras.get("source", source)
            outer = [o for o in found if o is not src_root and o.rule != "according_to"
                     and o.content[0] <= src_root.cue[0] < o.content[1]
                     and o.cue[0] < src_root.cue[0]]
            if outer:  # 'Heald noted the findings show X. "A quotation."': Heald goes on
                src_root = outer[-1]
                source = replace(src_root, extras={})
            content = _continue_quotation(doc, (ra, rb), regions, region_tokens, tok_region,
                                          taken=lambda q: spoken[q])
            for i in range(rb, content[1]):
                if tok_region[i] >= 0:
                    covered[tok_region[i]] = spoken[tok_region[i]] = True
            att = replace(source, content=content, rule="follow_on_quote",
                          extras={"source": src_root})
            out.append(att)
            prev_follow = att
        return out

    # -- qualities
    def _qualify(self, doc: Doc, att: Attribution, tok_region: list[int],
                 region_tokens: list[tuple[int, int]]) -> None:
        a, b = att.content
        regions_in = {tok_region[i] for i in range(a, b) if tok_region[i] >= 0}
        if not regions_in:
            att.quote_type = "indirect"
        elif len(regions_in) == 1 and region_tokens[next(iter(regions_in))][0] <= a and \
                region_tokens[next(iter(regions_in))][1] >= b:
            att.quote_type = "direct"
        else:
            inside = sum(1 for i in range(a, b) if tok_region[i] >= 0 and not _is_punct(doc[i]))
            words = sum(1 for i in range(a, b) if not _is_punct(doc[i]))
            att.quote_type = "direct" if words and inside / words > 0.9 else "mixed"
        content = doc[a:b]
        text = content.text
        roots = _span_roots(doc, (a, b))
        denies = att.cue_polarity == "denies"
        if att.cue_negated:
            denies = not denies
        clausal = [t for t in roots if t.pos_ in _CLAUSAL] or roots
        first = clausal[0] if clausal else None
        scope = text if len(clausal) <= 1 or first is None else \
            doc[first.left_edge.i:first.right_edge.i + 1].text
        if self._content_negated(clausal[:1], scope):
            denies = not denies if att.cue_polarity != "denies" else denies
        att.polarity = "denies" if denies else "affirms"
        cue_tok = doc[att.cue[0]]
        verbal = [c.text for c in cue_tok.children if c.dep_ in ("advmod", "aux")]
        if cue_tok.dep_ == "xcomp":  # "footage appears to show ...": the raising verb hedges
            verbal.append(f"{cue_tok.head.text} to")
        hedge_text = " ".join([text, *verbal])
        att.hedged = bool(self._hedge_re and self._hedge_re.search(hedge_text)) \
            or att.cue_lemma in _HEDGING_COGNITION  # "officials believe X": held, not asserted
        checkable = att.checkable
        if self._opinion_re and self._opinion_re.search(text):
            checkable = False
        if self._evaluative(content):
            checkable = False
        for root in roots:
            if any(c.dep_ == "aux" and c.lower_ in self.prediction_aux for c in root.children):
                checkable = False
        if _direct_question(doc, (a, b)):
            checkable = False  # '"Why did they shoot him?" she asked': nothing asserted
        if _imperative(doc, clausal[:1], (a, b)):
            checkable = False  # '"Get out of the building!" the officer shouted': an order
        att.checkable = checkable
        if att.kind == "evidence":
            head = doc[att.speaker_head] if att.speaker_head >= 0 else None
            titles = [c for c in head.children if c.dep_ == "compound" and c.i < head.i] \
                if head is not None else []  # "Judge Ann Ruiz found", "Magistrate Judge Ruiz"
            if head is not None and any(t.lemma_.lower() in self.evidence_subjects
                                        or t.lower_ in self.evidence_subjects
                                        for t in [head, *titles]):
                att.role = "evidence_statement"

    def _evaluative(self, content: Span) -> bool:
        """Whether the content judges rather than reports: a judgement word or idiom in it."""
        words = [t for t in content if not _is_punct(t)]
        lemmas = [t.lemma_.lower() for t in words]
        if any(t.lemma_.lower() in self.evaluative_lemmas and not (
            t.tag_ == "VBG" and t.dep_ == "amod"  # "an escalating trend" describes, not blames
        ) for t in words):
            return True
        return bool(self._evaluative_re and self._evaluative_re.search(" ".join(lemmas)))

    def _content_negated(self, roots: list[Token], text: str) -> bool:
        for root in roots:
            for c in root.children:
                if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never"):
                    return True
                if c.dep_ in ("acomp", "attr") and c.lower_ in self.denial_words:
                    return True
                if c.dep_ in ("nsubj", "dobj", "attr", "nsubjpass") and any(
                    d.dep_ == "det" and d.lower_ == "no" for d in c.children
                ):
                    return True
                if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _NEGATIVE_SUBJECTS:
                    return True  # "Nobody knocked", "Nothing was taken"
            if root.lower_ in self.denial_words and root.pos_ in ("ADJ", "NOUN"):
                return True
            if root.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "det" and c.lower_ == "no" for c in root.children
            ):  # "showed no injuries": the content is a noun phrase denying its noun
                return True
        return bool(self._denial_re and self._denial_re.search(text))

    # -- set_annotations
    def set_annotations(self, doc: Doc, attributions: list[Attribution]) -> None:
        cues: list[Span] = []
        speakers: list[Span] = []
        contents: list[Span] = []
        attrs: dict[str, list[Any]] = {k: [] for k in ATTR_KEYS}
        for att in attributions:
            cues.append(Span(doc, *att.cue, label=att.cue_lemma))
            speakers.append(Span(doc, *att.speaker, label=att.speaker_type,
                                 kb_id=att.canonical or doc[att.speaker[0]:att.speaker[1]].text))
            contents.append(Span(doc, *att.content, label=att.quote_type))
            attrs["rule"].append(att.rule)
            attrs["polarity"].append(att.polarity)
            attrs["hedged"].append(bool(att.hedged))
            attrs["role"].append(att.role)
            attrs["checkable"].append(bool(att.checkable))
        doc.spans[CUE_GROUP] = cues
        doc.spans[SPEAKER_GROUP] = speakers
        doc.spans[CONTENT_GROUP] = contents
        doc.spans[CONTENT_GROUP].attrs.update(attrs)


# --------------------------------------------------------------------------- module helpers


def _phrase_regex(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alts = sorted({re.escape(p.lower()).replace("'", "['’]") for p in phrases}, key=len, reverse=True)
    return re.compile(rf"(?<![\w])(?:{'|'.join(alts)})(?![\w])", re.IGNORECASE)


def _drop_participle_after_quote(doc: Doc, span: tuple[int, int], tok_region: list[int],
                                 region_tokens: list[tuple[int, int]]) -> tuple[int, int]:
    """'notes, "A quotation", highlighting its importance': the writer's participle after a
    quotation that opens the content is not part of what was quoted."""
    a, b = span
    first = next((i for i in range(a, b) if tok_region[i] >= 0), None)
    if first is None or any(not _is_punct(doc[i]) for i in range(a, first)):
        return span
    rb = region_tokens[tok_region[first]][1]
    k = rb
    while k < b and _is_punct(doc[k]):
        k += 1
    if rb < b and k < b and any(doc[j].text == "," for j in range(rb - 2, k)) \
            and doc[k].tag_ == "VBG" \
            and doc[k].dep_ in ("advcl", "acl", "xcomp") and tok_region[k] < 0:
        return _trim(doc, (a, rb))
    return span


def _drop_framing_before_quote(doc: Doc, span: tuple[int, int], tok_region: list[int],
                               region_tokens: list[tuple[int, int]]) -> tuple[int, int]:
    """'said, in reference to her daughter, a girl born in 2014, "Next summer, Charlotte will
    be a big sister"': the parser made the writer's noun phrase a second subject of the quoted
    verb, which has its own subject inside the quotation; the quotation alone was said.
    Modifiers before the quotation ('By this time, "her skin was weeping"') stay."""
    a, b = span
    if tok_region[a] >= 0:
        return span
    first = next((i for i in range(a, b) if tok_region[i] >= 0), None)
    if first is None or region_tokens[tok_region[first]][1] < b - 1:
        return span
    k = first - 1
    while k > a and doc[k].text in QUOTE_CHARS:
        k -= 1
    if k <= a or doc[k].text != ",":
        return span
    subjects = ("nsubj", "nsubjpass", "csubj", "expl")
    doubled = False
    for i in range(a, k):
        t = doc[i]
        if a <= t.head.i < k and (t.pos_ == "AUX" or t.dep_ in subjects):
            return span  # the words before hold a clause of their own
        if t.dep_ in subjects and t.head.i >= first and t.pos_ in ("NOUN", "PROPN"):
            if not any(c.dep_ in subjects and c.i >= first for c in t.head.children):
                return span  # 'the suspect, a man from Ohio, "fled"': the quotation's subject
            doubled = True
    return _trim(doc, (first, b)) if doubled else span


_OPENING_MARKS = OPENERS | {STRAIGHT, "``"}


def _asks(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether the content is an indirect question ("whether X", "if X"): no claim that X."""
    a, b = span
    while a < b and _is_punct(doc[a]):
        a += 1
    if a >= b or doc[a].lower_ not in _QUESTION_MARKS or doc[a].dep_ != "mark":
        return False
    if any(doc[k].text in _OPENING_MARKS for k in range(max(span[0] - 1, 0), a)):
        return False  # '"If she cannot say it, she should quit," he said': a quoted condition
    head = doc[a].head  # the mark of the reported clause itself, not of a condition inside it
    return a <= head.i < b and not a <= head.head.i < b


def _continue_quotation(doc: Doc, span: tuple[int, int], regions: list,
                        region_tokens: list[tuple[int, int]], tok_region: list[int],
                        taken: Callable[[int], bool] = lambda r: False
                        ) -> tuple[int, int]:
    """A content that ends a quotation left open at the end of its paragraph runs on through
    the quotation's next paragraphs: one long quote is one claim. A next quotation that is
    already someone's content (it has a cue of its own) ends it."""
    a, b = span
    if b <= a:
        return span
    r = tok_region[b - 1]
    if r < 0 or region_tokens[r][1] > b + 1:
        return span
    text = doc.text
    while r >= 0 and not regions[r].closed and r + 1 < len(regions):
        gap = text[regions[r].end:regions[r + 1].start]
        if "\n" not in gap or gap.replace("“", "").replace('"', "").replace("„", "").strip():
            break  # the next quotation does not open the next paragraph
        if taken(r + 1):
            break
        r += 1
        b = max(b, region_tokens[r][1])
    if b == span[1]:
        return span
    if b < len(doc) and doc[b].text in ("”", "»", '"'):
        b += 1  # the closing mark, as for any quotation the content ends inside
    return a, b


def _direct_question(doc: Doc, span: tuple[int, int]) -> bool:
    """A content of one sentence that ends with a question mark."""
    a, b = span
    k = b
    while k < len(doc) and k < b + 3 and doc[k].text in QUOTE_CHARS:
        k += 1
    ends = (b > a and doc[b - 1].text == "?") or (k < len(doc) and doc[k].text == "?")
    return ends and not any(doc[i].is_sent_start for i in range(a + 1, b)) \
        and not any(doc[i].text in (".", "!") for i in range(a, b - 1))


def _imperative(doc: Doc, roots: list[Token], span: tuple[int, int]) -> bool:
    """Whether the content is one sentence of an order: a bare verb opening its sentence with
    no subject and no auxiliary but "do" ("Get out!", "Don't touch anything", "Please stay
    inside"); not a verb phrase cut from a longer sentence ("... and ask for X, according to")."""
    start, end = span
    if not roots or any(doc[i].is_sent_start for i in range(start + 1, end)):
        return False
    k = start - 1
    while k >= doc[start].sent.start and (doc[k].is_space or doc[k].text in QUOTE_CHARS):
        k -= 1
    if k >= doc[start].sent.start and doc[k].text != ":" \
            and any(not _is_punct(t) for t in doc[doc[start].sent.start:start]):
        return False  # it opens its sentence or follows a colon
    root = roots[0]
    if root.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark")
                                for c in root.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() != "do" for c in root.children):
        return False
    first = start
    while first < root.i and (_is_punct(doc[first]) or doc[first].lower_ == "please"
                              or doc[first].head.i == root.i and doc[first].dep_ in ("aux", "neg")):
        first += 1
    return first == root.i


def _predicate_left_out(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether a content is a clause whose verb phrase was left out and so reports nothing:
    "those who thought it was", or a "be" lacking its predicate, the gap of a relative clause
    around it ("the man they know him to be")."""
    words = [t for t in doc[span[0]:span[1]] if not _is_punct(t)]
    if 0 < len(words) <= 2 and words[-1].pos_ == "AUX":
        return True
    roots = _span_roots(doc, span)
    if len(roots) != 1 or roots[0].lemma_ != "be" or roots[0].i != span[1] - 1:
        return False
    return not any(c.dep_ in ("attr", "acomp", "prep", "ccomp", "xcomp", "oprd", "advmod")
                   for c in roots[0].children)


def _leaves_its_quotation(doc: Doc, att: Attribution, tok_region: list[int]) -> bool:
    """Whether a cue inside a quotation reports words outside it: '"... And I say that as a
    city boy," Cuomo said' with "Cuomo said" parsed as what "I say" reports. Quoted words
    report only quoted words."""
    r = tok_region[att.cue[0]]
    if r < 0 or att.rule == "follow_on_quote":
        return False
    return any(tok_region[i] != r and not _is_punct(doc[i])
               for i in range(att.content[0], att.content[1]))


def _names_a_title(doc: Doc, clause: Token) -> bool:
    """Whether a clause opens with a quotation mark right after a possessive, a preposition
    or a determiner: a quoted title ('on CBS's "Face the Nation"'), not quoted speech."""
    k = clause.left_edge.i
    if k == 0 or doc[k].text not in QUOTE_CHARS:
        return False
    prev = doc[k - 1]
    return prev.tag_ == "POS" or prev.dep_ == "case" or prev.pos_ in ("ADP", "DET")


def _words_after_quote(v: Token) -> int | None:
    """Where a short noun phrase starts that sits between a closing quotation mark (and its
    comma) and the cue, as in '"...," the 52-year-old said.'; None if there is none."""
    doc = v.doc
    k = v.i
    while k > 0 and v.i - k < 6 and (doc[k - 1].pos_ in ("DET", "NUM", "NOUN", "PROPN", "ADJ")
                                     or doc[k - 1].text in ("-", "–")):
        k -= 1
    if k == v.i or k < 2 or doc[k - 1].text not in QUOTE_CHARS or doc[k - 2].text != ",":
        return None
    if not any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in doc[k:v.i]) \
            or doc[v.i - 1].pos_ == "DET":
        return None
    return k


def _words_after_comma(v: Token) -> int | None:
    """Where a name starts that sits between a comma and a sentence-final cue with no subject,
    the parser having joined it to the reported clause before the comma ("X happened, killing
    three people, fire chief Ana Reyes said"); None if there is none."""
    doc = v.doc
    comp = _child(v, "ccomp")
    if v.dep_ != "ROOT" or comp is None or comp.i > v.i or v.i < 3:
        return None
    k = v.i
    while k > 0 and v.i - k < 7 and (doc[k - 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ")
                                     or doc[k - 1].text in ("-", "–", ".")):
        k -= 1
    last = doc[v.i - 1]
    if k == v.i or doc[k - 1].text != "," or last.pos_ != "PROPN" or not comp.is_ancestor(last):
        return None
    return k


def _finds_it_hard(v: Token) -> bool:
    """"is finding it difficult to pass the bill", "found it hard to get answers": how hard a
    deed is to someone, not a finding (but "found it unlikely that X" is one)."""
    comp = _child(v, "ccomp", "oprd", "xcomp")
    if v.lemma_.lower() != "find" or comp is None or comp.pos_ != "ADJ":
        return False
    subject = _child(comp, "nsubj", "dobj")
    it = subject if subject is not None and subject.lower_ == "it" else _child(v, "dobj")
    return it is not None and it.lower_ == "it" and any(
        c.dep_ in ("advcl", "xcomp") and c.pos_ in _CLAUSAL
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in comp.children)


def _wh_question(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether the content opens with a question word ("how many ...", "why ..."), not with a
    clause that is the subject of the content ("what happened was tragic")."""
    a, b = span
    while a < b and _is_punct(doc[a]):
        a += 1
    if a >= b or doc[a].tag_ not in ("WDT", "WP", "WP$", "WRB"):
        return False
    t = doc[a]
    while a <= t.head.i < b and t.head.i != t.i:
        if t.dep_ in ("csubj", "csubjpass") or (t.dep_ == "nsubj" and t.pos_ in _CLAUSAL):
            return False
        t = t.head
    return True


def _drop_dateline(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """'PORT CALDER (AP) — A man was shot ...': the dateline opening a story's first paragraph
    is where it was filed, not part of what anyone said."""
    a, b = span
    if a > 0 and "\n" not in doc[a - 1].text_with_ws:
        return span
    dash = next((i for i in range(a, min(a + 10, b)) if doc[i].text in ("—", "–", "--", "-")
                 and (i == a or doc[i - 1].whitespace_)), None)  # not "Sheriff-Coroner"
    if dash is None or dash == a:
        return span
    words = [t for t in doc[a:dash] if t.is_alpha]
    place = dash - a <= 3 and doc[dash].whitespace_ and dash + 1 < b \
        and doc[dash + 1].is_title and all(
            t.is_title and (t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC"))
            and t.ent_type_ not in ("PERSON", "ORG") for t in doc[a:dash])
    if not words or not (place or (words[0].is_upper and len(words[0]) >= 2)) \
            or any(t.pos_ in _CLAUSAL for t in doc[a:dash]):
        return span  # "PORT CALDER (AP) —", or a place written in title case: "Pretoria -"
    return _trim(doc, (dash + 1, b))


def _drop_leading_date(doc: Doc, span: tuple[int, int], cue: tuple[int, int]
                       ) -> tuple[int, int]:
    """'told The Associated Press on Tuesday he was passing a convoy', 'said in a statement
    they want X': a date or the channel between the cue and a content with no "that" is when
    or how it was said, wherever the parser hung it ("said that on Monday the officer fired"
    keeps its date)."""
    a, b = span
    if a <= cue[0] or doc[a - 1].lower_ in ("that", ",", ":") or doc[a - 1].is_punct:
        return span
    first = doc[a]
    phrase = first if first.dep_ in ("prep", "npadvmod") else None
    if phrase is None or phrase.right_edge.i + 1 >= b:
        return span
    pobj = _child(phrase, "pobj")
    channel = phrase.lower_ == "in" and pobj is not None and pobj.lemma_.lower() in _CHANNELS \
        and pobj.right_edge.i == phrase.right_edge.i  # "said in a statement they want X"
    if not channel and not all(t.ent_type_ in ("DATE", "TIME") or t.i == phrase.i
                               for t in phrase.subtree):
        return span
    rest = phrase.right_edge.i + 1
    if not any(x.dep_ in ("nsubj", "nsubjpass") and x.left_edge.i == rest for x in doc[rest:b]):
        return span  # the content's subject comes right after the date
    return _trim(doc, (phrase.right_edge.i + 1, b))


def _drop_reticence(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """'said some inmates had been killed but did not give details' (or "but gave no details"):
    a negated report of the speaker's own, set against the content by "but" with no subject of
    its own, is the writer's ("will not fund X and will not provide any support" is all
    said)."""
    roots = _span_roots(doc, span)
    if len(roots) != 1:
        return span
    for c in roots[0].children:
        if c.dep_ == "conj" and c.i > roots[0].i and c.lemma_.lower() in _RETICENT \
                and c.tag_ in ("VB", "VBD", "VBZ", "VBP") \
                and any(x.dep_ == "cc" and x.lower_ == "but" and x.i < c.i
                        for x in roots[0].children) \
                and (any(x.dep_ == "neg" for x in c.children)
                     or any(x.dep_ == "det" and x.lower_ == "no"  # "but gave no details"
                            for x in getattr(_child(c, "dobj"), "children", ()))) \
                and _child(c, "nsubj", "nsubjpass") is None and c.right_edge.i < span[1]:
            cut = _trim(doc, (span[0], c.left_edge.i))
            if cut[1] > cut[0]:
                return cut
    # "provided by an intelligence agency — the name of which they did not specify": the
    # writer's aside on what the speaker left out
    dash = next((t.i for t in reversed(doc[span[0] + 1:span[1]]) if t.text in ("—", "–", "--")),
                None)
    if dash is None or dash + 1 >= span[1] or doc[dash + 1].pos_ not in ("DET", "PRON"):
        return span
    withheld = any(t.lemma_.lower() in _RETICENT and t.pos_ in ("VERB", "AUX")
                   and any(x.dep_ == "neg" for x in t.children) for t in doc[dash + 1:span[1]])
    cut = _trim(doc, (span[0], dash))
    return cut if withheld and cut[1] > cut[0] else span


def _nobody(tok: Token) -> bool:
    """"Nobody", "none (of them)", "no one", "no official": a subject that names no one."""
    return tok.lower_ in _NEGATIVE_SUBJECTS or any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _next_person(doc: Doc, end: int, speaker: str) -> bool:
    """Whether the sentence right after a quotation ending at ``end``, in the same paragraph,
    has a named person other than ``speaker`` as its subject: the quotation may be theirs."""
    k = end
    while k < len(doc) and (_is_punct(doc[k]) and "\n" not in doc[k].text):
        k += 1
    if k >= len(doc) or "\n" in doc[k].text or "\n" in doc[end - 1:k].text:
        return False
    root = doc[k].sent.root
    for subj in root.children:
        if subj.dep_ in ("nsubj", "nsubjpass"):
            names = [t for t in subj.subtree if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
            if names and not any(t.text in speaker for t in names):
                return True
    return False


def _reopens_quotation(v: Token, speaker: Token) -> bool:
    """'"A," she said Tuesday, "B."': after the cue (and a speaker after it), past commas and
    the cue's own time or manner words, a quotation mark opens the rest of the quotation."""
    doc = v.doc
    k = max(v.i, speaker.right_edge.i if speaker.i > v.i else v.i) + 1
    while k < v.sent.end:
        t = doc[k]
        if t.text in QUOTE_CHARS and t.text not in ("’", "'"):
            return True
        if not (t.is_punct or t.is_space
                or (t.dep_ in ("npadvmod", "advmod") and t.head.i == v.i)):
            return False
        k += 1
    return False


def _after_quotation(v: Token) -> bool:
    """'"...," one shopper joked': a cue heading its sentence whose subject follows a closing
    quotation mark."""
    subj = _child(v, "nsubj")
    if v.dep_ != "ROOT" or subj is None or subj.i > v.i:
        return False
    k = subj.left_edge.i - 1
    while k >= 0 and v.doc[k].is_space:
        k -= 1
    return k > 0 and v.doc[k].text in QUOTE_CHARS and v.doc[k - 1].text in (",", "!", "?")


def _set_off(doc: Doc, first: int) -> bool:
    """Whether the phrase starting at ``first`` opens its sentence or follows a comma, a dash,
    a bracket or a quotation mark: "According to police, ...", "..., according to police"."""
    k = first - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k < doc[first].sent.start or doc[k].text in _SETTING_OFF


def _finite_clause(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether the content's main word heads a clause with a tense of its own or a "that" or
    "to": "she felt the ground shake", "felt the building shaking" perceive, they report no
    belief."""
    a, b = span
    roots = _span_roots(doc, (a, b))
    head = next((t for t in roots if t.pos_ in _CLAUSAL), None)
    if head is None:
        return False
    if head.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    return any(c.dep_ in ("aux", "auxpass", "mark") for c in head.children)


def _narrated(v: Token, speaker: Token) -> bool:
    """"He knew the bridge was closed", "she had realised the door was open": a past tense with
    a third-person holder (no "I knew ...", no "police know ...")."""
    if speaker.lower_ in FIRST_PERSON:
        return False
    return v.tag_ == "VBD" or (v.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in v.children))


def _clause_follows(v: Token) -> bool:
    """After a cue read as a subject noun, a clause with words of its own before the verb
    ("rules worship of X is legal") or a clause that is itself a subject ("rules ban on X is
    illegal"); "claims rose" has neither."""
    head = v.head
    if head.dep_ in ("nsubj", "csubj") and head.head.i > head.i:
        return True
    start = v.left_edge.i
    if head.dep_ == "relcl" and start > 0 and _relative(v.doc[start - 1]):
        return True  # "the form, which media reports runs to 30 pages": "which X reports"
    return any(t.pos_ in ("NOUN", "PROPN") for t in v.doc[v.i + 1:head.i])


def _compound_read_as_verb(v: Token) -> Token | None:
    """"allege" in "Prosecutors allege Jones stole ...", "show" in "Court documents show officer
    Tim Roe is charged ...": a cue parsed as a modifier of the next clause's subject (directly
    or through a chain of modifiers), with a subject of its own before it, as its child or as
    the plural noun right before it. Returns the verb of the reported clause, or None."""
    if _adverb_read_as_verb(v):
        return v.head
    if v.dep_ != "compound" or v.head.i <= v.i or v.i == 0:
        return None
    top = v.head
    while top.dep_ == "compound" and top.head.i > top.i:
        top = top.head
    if top.dep_ not in ("nsubj", "nsubjpass") or top.head.pos_ not in _CLAUSAL \
            or top.head.i <= top.i:
        return None
    if any(c.dep_ == "nsubj" and c.i < v.i for c in v.children) \
            or _compound_subject(v) is not None:
        return top.head
    return None


def _adverb_read_as_verb(v: Token) -> bool:
    """"allege" in "Police allege he was shoplifting": a base-form cue tagged as a noun and hung
    on the next clause's verb as an adverbial, with its plural subject as its own modifier and
    the clause's subject right after it."""
    if v.dep_ != "npadvmod" or v.tag_ != "NN" or v.lower_ not in _VERB_ONLY or v.i == 0 \
            or v.head.pos_ not in _CLAUSAL or v.head.i <= v.i:
        return False
    before = v.doc[v.i - 1]
    subj = _child(v.head, "nsubj", "nsubjpass")
    return before.dep_ == "compound" and before.head.i == v.i \
        and before.tag_ in ("NNS", "NNPS") and subj is not None and subj.left_edge.i == v.i + 1


def _finite_read_as_participle(v: Token) -> bool:
    """'The campaign called the report a “rush to judgment”' parsed with 'called' as a participle
    modifying 'campaign' and a noun as the sentence's root: the sentence has no other verb, so
    the 'participle' is its finite verb."""
    root = v.sent.root
    return v.tag_ == "VBN" and v.dep_ == "acl" and v.head.i == v.i - 1 \
        and v.head.dep_ in ("nsubj", "nsubjpass", "ROOT") and root.pos_ not in _CLAUSAL \
        and not any(t.pos_ in _CLAUSAL and t.i != v.i and t.dep_ != "amod"
                    for t in v.doc[v.sent.start:v.i])


def _past_read_as_participle(v: Token) -> bool:
    """"A police official in the restive north confirmed Sunday evening that seven people were
    killed", "X, a spokesman, denied there had been any strike": the root of a sentence, with
    a subject before it and a clause after it, is a finite verb in the past tense that the
    tagger read as a participle (a participle takes no clause of its own)."""
    subj = _child(v, "nsubj")
    clause = _child(v, "ccomp")
    last = next((t for t in reversed(v.sent) if not t.is_space), v)
    return v.dep_ == "ROOT" and subj is not None and subj.i < v.i and clause is not None \
        and clause.i > v.i and last.text in (".", "!", "”", '"')  # not a headline


def _object_read_as_verb(v: Token) -> bool:
    """'The press release further states, “...”': a present-tense cue read as the object of
    the noun before it, with a quotation opening right after its comma or colon."""
    doc = v.doc
    return v.tag_ == "NNS" and v.lower_.endswith("s") and v.dep_ in ("dobj", "appos", "npadvmod") \
        and v.head.pos_ in ("NOUN", "PROPN") and v.head.i < v.i \
        and all(t.pos_ in ("ADV", "ADJ") for t in doc[v.head.i + 1:v.i]) \
        and v.i + 2 < len(doc) and doc[v.i + 1].text in (",", ":") \
        and doc[v.i + 2].text in QUOTE_CHARS


def _compound_subject(v: Token) -> tuple[Token, tuple[int, int]] | None:
    """"Court documents show ...": the plural noun right before the cue, with its own modifiers,
    when the parser hung both on the next clause's subject."""
    doc = v.doc
    before = doc[v.i - 1]
    if before.dep_ != "compound" or before.tag_ not in ("NNS", "NNPS") or before.head.i <= v.i:
        return None
    start = before.i
    while start > 0 and doc[start - 1].dep_ in ("compound", "amod", "det", "nmod") \
            and doc[start - 1].head.i >= before.i and doc[start - 1].pos_ != "VERB":
        start -= 1
    return before, (start, v.i)


def _verb_read_as_noun(v: Token) -> bool:
    """"notes" in "The Department of Agriculture notes, ..." or "rules" in "Court rules X is
    legal": a present-tense cue ending in -s, with a bare noun phrase right before it as a
    modifier (no determiner of its own) and no subject."""
    base = v.tag_ == "NN" and v.lower_ in _VERB_ONLY and v.i > 0  # "The Mounties allege X"
    if not base and (not v.lower_.endswith("s") or v.tag_ not in ("NNS", "VBZ") or v.i == 0):
        return False
    if v.dep_ not in ("ROOT", "nsubj", "csubj"):
        return False
    mods = [c for c in v.lefts if c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN")]
    if not mods or mods[-1].right_edge.i != v.i - 1:
        return False
    if base and mods[-1].tag_ not in ("NNS", "NNPS"):
        return False  # a plural subject, as the base form of the verb needs
    return not any(c.dep_ in ("nsubj", "csubj", "poss", "nummod", "amod", "prep", "acl", "relcl")
                   or (c.dep_ == "det" and c.i > mods[0].i) for c in v.children)


def _lemma_pattern_regex(patterns: list[str]) -> re.Pattern[str] | None:
    """One regex over space-joined lemmas; "*" in a pattern stands for up to three words."""
    if not patterns:
        return None
    alts = []
    for pattern in patterns:
        words = pattern.lower().split()
        alts.append(" ".join(r"(?:\S+ ){0,3}?" if w == "*" else re.escape(w) for w in words)
                    .replace("? ", "?"))
    return re.compile(rf"(?<!\S)(?:{'|'.join(alts)})(?!\S)")


def _token_regions(doc: Doc, regions: list) -> list[int]:
    """For each token, the index of the quotation it sits in, or -1."""
    out = [-1] * len(doc)
    if not regions:
        return out
    r, n = 0, len(regions)
    for i, (idx, length) in enumerate(doc.to_array([IDX, LENGTH]).tolist()):
        while r < n and regions[r].end <= idx:
            r += 1
        if r == n:
            break
        if regions[r].start <= idx and idx + length <= regions[r].end:
            out[i] = r
    return out


def _region_token_spans(doc: Doc, regions: list) -> list[tuple[int, int]]:
    spans = []
    for reg in regions:
        span = doc.char_span(reg.start, reg.end, alignment_mode="expand")
        spans.append((span.start, span.end) if span is not None else (0, 0))
    return spans


def _long(span: tuple[int, int]) -> bool:
    return span[1] - span[0] >= _MIN_QUOTE_TOKENS


def _mostly_quoted(span: tuple[int, int], tok_region: list[int]) -> bool:
    n = span[1] - span[0]
    return n > 0 and sum(1 for i in range(*span) if tok_region[i] >= 0) / n > 0.5


def _overlaps(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return x[0] < y[1] and y[0] < x[1]


def _near(doc: Doc, end: int, start: int) -> bool:
    """Whether ``start`` is in the sentence right after the one ending at ``end``."""
    if end > start:
        return True
    between = doc[end:start]
    if between.text.count("\n") > 2:
        return False
    sents = 0
    for tok in between:
        if tok.is_sent_start and tok.i > end:
            sents += 1
    return sents <= 1 and start - end < 60


# How a clause with its own attribution hangs off another's content ("..., although X found",
# "..., and did not indicate", "..., with the i reporting ...").
_CLAUSE_LINKS = frozenset({"advcl", "conj", "parataxis", "prep"})


# Subordinators of a clause that tells when or why the outer content holds: "she had misspoken
# when she claimed that ...", "he resigned because the audit found ..."; such a clause is part
# of what the outer speaker said, not a second voice added by the writer.
_CIRCUMSTANCE_MARKS = frozenset({"when", "because", "after", "before", "since", "once", "until"})


def _before_run_on(reported: Token | None, end: int) -> int:
    """Where a relative clause's reported content ends: before a predicate the parser ran on
    as its conjunct, with no conjunction or comma before it ("a deputy who authorities said
    shot a suspect was booked into jail": "was booked" is the deputy's, not what was said)."""
    if reported is None:
        return end
    doc = reported.doc
    for c in reported.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > reported.i \
                and doc[c.left_edge.i - 1].text != "," \
                and not any(x.dep_ == "cc" and x.i < c.i for x in reported.children):
            return min(end, c.left_edge.i)
    return end


# Participles by which a speaker names the source of what they say ("..., citing witnesses").
_SOURCING = frozenset({"citing", "quoting"})

# Cue verbs with no noun of the same form: tagged as a noun, they are the verb misread.
_VERB_ONLY = frozenset({"allege", "say", "insist", "contend", "argue", "assert", "admit",
                        "acknowledge", "testify", "concede", "maintain"})

# What a speaker may decline to do about their own report ("did not give details").
_RETICENT = frozenset({"give", "provide", "offer", "elaborate", "comment", "specify", "say",
                       "identify", "disclose", "explain", "release", "name"})

# What a statement is made in ("said in a statement", "told in an interview").
_CHANNELS = frozenset({"statement", "interview", "letter", "post", "release", "email", "tweet",
                       "video", "speech", "conference", "briefing", "message", "filing"})

# Prepositions that set a second account against the first ("despite police claiming").
_CONTRAST_PREPS = frozenset({"despite", "notwithstanding"})


def _circumstance(t: Token) -> bool:
    return t.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _CIRCUMSTANCE_MARKS and c.i < t.i
        for c in t.children)


def _cut_nested(doc: Doc, found: list[Attribution], tok_region: list[int]) -> None:
    """End a content before a clause that is itself attributed to someone.

    "officials said she tried to run the agent over, although a video analysis found that ..."
    : the officials' content stops before "although". A quoted speaker's own "I think" inside
    the quotation is part of what they said.
    """
    by_cue = sorted(found, key=lambda a: a.cue[0])
    starts = [a.cue[0] for a in by_cue]
    for outer in found:
        a, b = outer.content
        lo = bisect_right(starts, a - 1)
        hi = bisect_right(starts, b - 1)
        for inner in by_cue[lo:hi]:
            if inner is outer:
                continue
            if tok_region[inner.cue[0]] >= 0 and tok_region[inner.cue[0]] == tok_region[a] \
                    and inner.speaker_head >= 0 and doc[inner.speaker_head].lower_ in FIRST_PERSON:
                continue  # '"..., and I think that just shows his character," she said'
            cue_tok = doc[inner.cue[0]]
            if cue_tok.dep_ == "advcl" and cue_tok.head.lemma_.lower() in _PERCEIVED \
                    and a <= cue_tok.head.i < b and _child(cue_tok.head, "nsubjpass") is not None:
                continue  # "police said the deputy can be heard on video saying X": the hearing
                # is what the police said
            if inner.rule == "according_to":
                # "Huxley claimed he kicked Vaughn by accident, according to the affidavit":
                # the phrase closing the sentence is the source of the report, not part of it
                if a < inner.cue[0] and doc[inner.cue[0] - 1].text == "," \
                        and inner.speaker[0] >= inner.cue[1] \
                        and inner.content[0] <= a and inner.content[1] <= inner.cue[0]:
                    a, b = _trim(doc, (a, inner.cue[0]))
                continue
            end = max(inner.speaker[1], inner.cue[1])
            if outer.rule == "according_to" and a <= inner.content[0] \
                    and inner.content[1] <= min(inner.speaker[0], inner.cue[0]) \
                    and end <= b and all(_is_punct(x) or doc[inner.cue[0]].is_ancestor(x)
                                         for x in doc[end:b]):
                # '"He needed his medicine," the official said, according to the Express': the
                # paper reports what the official said, not that the official said it
                a, b = inner.content
                continue
            cue = doc[inner.cue[0]]
            if a <= inner.content[0] and inner.content[1] <= inner.speaker[0] \
                    and inner.speaker[0] > a and doc[inner.speaker[0] - 1].text == "," \
                    and inner.cue[0] >= inner.speaker[1] \
                    and all(_is_punct(x) or cue.is_ancestor(x) for x in doc[inner.cue[1]:b]):
                # "Streeting said Starmer need not resign, Sky News reported on Monday": the
                # report closing the sentence is not part of what Streeting said
                a, b = _trim(doc, (a, inner.speaker[0] - 1))
                continue
            t = doc[inner.cue[-1] - 1]
            relative = False
            aside = None  # ", which the minister called generous" closing the content
            while t.dep_ not in _CLAUSE_LINKS and a <= t.head.i < b and t.head.i != t.i:
                relative = relative or t.dep_ in ("relcl", "acl")
                if t.dep_ == "relcl" and t.left_edge.i > a and doc[t.left_edge.i - 1].text == "," \
                        and doc[t.left_edge.i].lower_ in ("which", "who", "whom") \
                        and all(_is_punct(x) for x in doc[t.right_edge.i + 1:b]):
                    aside = t
                t = t.head
            if aside is not None and inner.speaker[0] >= aside.left_edge.i \
                    and aside.i in range(inner.cue[0], inner.cue[1]):
                # "rejected the proposal, which the minister called “very generous”": the
                # minister's label is no part of what was rejected
                a, b = _trim(doc, (a, aside.left_edge.i - 1))
                continue
            if t.dep_ == "conj" and a <= inner.speaker_head < b \
                    and not t.left_edge.i <= inner.speaker_head <= t.right_edge.i:
                continue  # "said the soldiers searched the home and ordered her to stay
                # inside": the soldiers' order is part of what she said happened
            if relative and not (t.dep_ == "prep" and t.lower_ in _CONTRAST_PREPS):
                continue  # "a robbery where he threatened to shoot a teller": inside a noun;
                # but "X – despite the police claiming Y" sets another account against X
            if t.dep_ in _CLAUSE_LINKS and a <= t.head.i < b \
                    and a < t.left_edge.i \
                    and all(_is_punct(x) for x in doc[t.right_edge.i + 1:b]) \
                    and not _circumstance(t):
                cut = _trim(doc, (a, t.left_edge.i))
                while cut[1] > cut[0] and doc[cut[1] - 1].pos_ in ("CCONJ", "SCONJ"):
                    cut = _trim(doc, (cut[0], cut[1] - 1))
                if cut[1] > cut[0]:
                    a, b = cut
        outer.content = (a, b)


def _widen_to_earlier_conjuncts(doc: Doc, found: list[Attribution], tok_region: list[int],
                                verbs: Container[str]) -> None:
    """A source closing the sentence reports all of it, not only its last conjunct.

    "CPR was started, but he was pronounced dead soon after, officials said." and "The officers
    wore no cameras and there was no other video, according to police.": the parser hangs the
    cue on the last clause; the content starts where the sentence does, unless someone else
    speaks, is quoted or uses a reporting verb in the clauses before ("The mayor defended the
    officers, but they had been suspended, a spokesman said").
    """
    cues = [att.cue[0] for att in found]
    for att in found:
        a, b = att.content
        if b > min(att.speaker[0], att.cue[0]) or a <= 0:
            continue  # not a source after its content
        roots = _span_roots(doc, (a, b))
        if len(roots) != 1:
            continue
        root = roots[0]
        cue = doc[att.cue[0]]
        clause = root.head if att.rule != "according_to" and root.head == cue else root
        if att.rule == "according_to" and cue.head != root:
            continue
        first = clause.head
        if clause.dep_ != "conj" or first.i >= a:
            continue
        start = first.left_edge.i
        if start != first.sent.start or start >= a \
                or any(start <= i < a for i in cues) \
                or any(t.pos_ == "VERB" and t.dep_ not in ("amod", "compound")
                       and t.lemma_.lower() in verbs for t in doc[start:a]) \
                or any(tok_region[i] >= 0 for i in range(start, a)) \
                or not any(c.dep_ == "cc" and c.i < a for c in first.children) \
                or not (doc[a - 1].dep_ == "cc" or _is_punct(doc[a - 1])):
            continue
        att.content = _trim(doc, (start, b))


def _drop_self_reports(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """Drop "it had found X" inside "ICE told Y that it had found X": same speaker, nested.

    Nested speech and thought stay ("Memon said she believed ...", a quoted "I think ...").
    """
    by_content = sorted(found, key=lambda a: a.content[0])
    keep: list[Attribution] = []
    for att in found:
        nested = False
        if doc[att.speaker_head].lower_ in FIRST_PERSON or att.rule == "follow_on_quote" \
                or att.kind == "speech":  # "X said she believed Y": two attributions
            keep.append(att)
            continue
        for outer in by_content:
            if outer.content[0] > att.cue[0]:
                break
            if outer is not att and outer.rule != "according_to" and \
                    outer.content[0] <= att.speaker[0] and att.cue[1] <= outer.content[1] \
                    and outer.canonical == att.canonical:
                nested = True
                break
        if not nested:
            keep.append(att)
    return keep


def _dedupe(found: list[Attribution], tok_region: list[int]) -> list[Attribution]:
    """One attribution per content (a claim named in the object of another's cue aside). Of
    two with the same content, the one whose cue is outside a quotation wins: '"..., I think it
    doesn't tell the whole story," Beck said' is Beck's quotation, not his "I think"."""
    seen: dict[tuple[tuple[int, int], bool], Attribution] = {}
    for att in found:
        # "rejected police claims that X": the police's X is a claim of its own beside the
        # rejection of it
        key = (att.content, bool(att.extras.get("held_in_object")))
        if key in seen:
            if tok_region[seen[key].cue[0]] >= 0 and tok_region[att.cue[0]] < 0:
                seen[key] = att
            continue
        seen[key] = att
    return list(seen.values())


_DASHES = frozenset({"-", "--", "—", "–", "―"})
# Nouns whose that-clause opens a subject of its own: "the fact that X meant Y".
_FACT_NOUNS = frozenset({"fact", "idea", "notion", "possibility", "likelihood"})
_REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "itself", "ourselves",
                         "yourselves", "themselves", "oneself"})


def _dash_credits(doc: Doc, regions: list, region_tokens: list[tuple[int, int]]
                  ) -> list[Attribution]:
    """'"So far, it's the Internet: 1, Scientology: 0." - Matthew Ingram': a quotation that
    opens its paragraph, credited after a dash by a name that ends the paragraph."""
    out: list[Attribution] = []
    text = doc.text
    for r, (ra, rb) in enumerate(region_tokens):
        if not regions[r].closed or not _long((ra, rb)) or rb >= len(doc):
            continue
        para_start = text.rfind("\n", 0, regions[r].start) + 1
        if text[para_start:regions[r].start].strip(" \t\"“„«") != "":
            continue  # the quotation opens its paragraph
        k = rb
        while k < len(doc) and (doc[k].text in QUOTE_CHARS or doc[k].is_space
                                and "\n" not in doc[k].text):
            k += 1
        if k >= len(doc) or doc[k].text not in _DASHES:
            continue
        end = k + 1
        while end < len(doc) and "\n" not in doc[end].text:
            end += 1
        name = _trim(doc, (k + 1, end))
        words = [t for t in doc[name[0]:name[1]] if not _is_punct(t)]
        if not words or len(words) > 8 or words[0].pos_ != "PROPN" \
                or any(t.pos_ in _CLAUSAL for t in words):
            continue
        out.append(Attribution(
            cue=(k, k + 1), cue_lemma=doc[k].text, speaker=name,
            content=_trim(doc, (ra, rb)), rule="dash_credit", kind="speech",
            speaker_head=name[1] - 1,
        ))
    return out


def _to_sentence_end(doc: Doc, v: Token, speaker: Token, content: tuple[int, int],
                     tok_region: list[int], region_tokens: list[tuple[int, int]]
                     ) -> tuple[int, int]:
    """'"I think everybody knows his name, even people who never saw his work, that's how
    famous he was"': a first-person cue opening a quoted sentence governs the whole sentence,
    also the parts the parser hung elsewhere."""
    r = tok_region[v.i]
    if r < 0 or content[0] <= v.i:
        return content
    sent = v.sent
    first = min(speaker.left_edge.i, v.i)
    if any(not _is_punct(t) for t in doc[sent.start:first]):
        return content
    end = _trim(doc, (content[0], min(sent.end, region_tokens[r][1])))[1]
    return (content[0], end) if end > content[1] else content


def _after_object_colon(v: Token, obj: Token) -> tuple[int, int] | None:
    """'the Church denied these allegations:' or 'said the following:': what was said is after
    the colon, the rest of the sentence when that is a clause, or else the next sentence (the
    caller extends it over its paragraph)."""
    doc = v.doc
    sent = v.sent
    k = obj.i + 1  # the colon right after the object's words (its clause may hang on it)
    while k < min(sent.end, obj.right_edge.i + 1) and doc[k].text != ":" \
            and doc[k].pos_ not in _CLAUSAL:
        k += 1
    if k >= len(doc) or doc[k].text != ":":
        return None
    rest = [t for t in doc[k + 1:sent.end] if not (t.is_space or t.text in QUOTE_CHARS)]
    if rest:  # "said the following: the border will stay closed", a clause of its own
        if any(t.dep_ in ("nsubj", "nsubjpass") for t in rest) \
                and any(t.pos_ in _CLAUSAL for t in rest):
            return _trim(doc, (k + 1, sent.end))
        return None
    j = sent.end
    while j < len(doc) and (doc[j].is_space or doc[j].text in QUOTE_CHARS):
        j += 1
    if j >= len(doc):
        return None
    nxt = doc[j].sent
    return j, nxt.end


def _clause_hung_on_source(obj: Token, top: Token) -> tuple[int, int] | None:
    """The reported clause when the parser read it as a relative clause of X in "according
    to X": the phrase hangs on no clause of its own (it is the root, or an object of a
    stray "that"), and a clause with a subject of its own runs from X to the sentence's end.
    Its last subject opens the content: "a report the agency released Friday, the car was
    moving" keeps the reduced relative in the source."""
    doc = obj.doc
    if top.head.i != top.i and top.head.pos_ in _CLAUSAL:
        return None
    for clause in obj.rights:
        if clause.dep_ != "relcl" or _relative(doc[clause.left_edge.i]):
            continue
        if not all(_is_punct(t) for t in doc[clause.right_edge.i + 1:clause.sent.end]):
            continue
        subjects = [c for c in clause.children
                    if c.dep_ in ("nsubj", "nsubjpass", "expl") and obj.i < c.i < clause.i
                    and not _relative(c)]
        if not subjects:
            continue
        content = _trim(doc, (subjects[-1].left_edge.i, clause.right_edge.i + 1))
        if content[1] > content[0]:
            return content
    return None


def _swallowed_subject(obj: Token, head: Token) -> tuple[int, int] | None:
    """When X's phrase in "according to X, ..." runs on past X (and its name) and a comma into
    words the parser hung on X, X ends at its name: (end of the source, start of the content).
    What runs on is the content when it is not a description of X ("in their first match, the
    robot scored"), or when it is the subject the clause lacks ("..., the robot, scored")."""
    doc = obj.doc
    end = obj.i + 1
    if end + 1 < len(doc) and doc[end].text == ",":
        name = doc[end + 1]
        appos = name if name.dep_ == "appos" and name.head.i == obj.i else name.head
        if appos.dep_ == "appos" and appos.head.i == obj.i and appos.pos_ == "PROPN" \
                and appos.left_edge.i == end + 1:
            end = appos.right_edge.i + 1
    if end >= obj.right_edge.i + 1 or doc[end].text != "," or head.i <= obj.i:
        return None  # the source phrase does not run on past a comma
    start = end
    while start < head.i and _is_punct(doc[start]):
        start += 1
    if start >= head.i:
        return None
    chunk = doc[start]
    while chunk.head.i != obj.i and chunk.head.i != chunk.i and start <= chunk.head.i < head.i:
        chunk = chunk.head
    if chunk.head.i != obj.i:
        return None
    subjectless = _child(head, "nsubj", "nsubjpass", "csubj", "expl") is None
    if chunk.dep_ == "appos" and not subjectless:
        return None  # "according to Smith, a spokesman for the agency, the fire ...": his title
    return end, start


def _dedupe_same_speaker(found: list[Attribution]) -> list[Attribution]:
    """'One poster admitted to it, writing in a blog post "..."': two cues of one speaker that
    reach the same quotation are one claim; the cue nearer the content keeps it."""
    best: dict[tuple[tuple[int, int], int], Attribution] = {}

    def distance(att: Attribution) -> int:
        a, b = att.content
        return a - att.cue[1] if att.cue[1] <= a else max(0, att.cue[0] - b)

    for att in found:
        key = (att.content, att.speaker_head)
        if key not in best or distance(att) < distance(best[key]):
            best[key] = att
    keep = {id(att) for att in best.values()}
    return [att for att in found if id(att) in keep]


@Language.factory(
    "claimcheck_attribution",
    default_config={"cues_path": None, "speakers_path": None},
    requires=["token.dep", "token.head", "token.tag", "token.pos", "token.lemma", "doc.sents",
              "doc.ents", "token.ent_type"],
    assigns=["doc.spans"],
)
def make_attribution(
    nlp: Language, name: str, cues_path: str | None, speakers_path: str | None
) -> AttributionComponent:
    """Factory for ``nlp.add_pipe("claimcheck_attribution")``; the paths name a user's lexicons."""
    return AttributionComponent(nlp, name, cues_path=cues_path, speakers_path=speakers_path)
