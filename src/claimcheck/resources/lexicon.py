"""The cue and speaker lexicons: pydantic models, and loaders for the bundled or a user's file.

Both lexicons are data (``cues.yaml``, ``speakers.yaml``); only their shape lives here.  Unknown
keys are errors so that a typo in a user's file is reported instead of silently ignored.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from claimcheck.errors import ResourceError
from claimcheck.resources.loading import parse_resource

CueKind = Literal[
    "speech",  # say, claim, state ...: content is a clause or a quotation
    "evidence",  # find, show, indicate: an evidence statement when the subject is an analysis
    "characterise",  # call X a Y, describe X as Y, refer to X as Y
    "accuse",  # accuse X of Y, blame X for Y
    "object",  # deny X, dispute X, reject X: content may be a plain object
    "directive",  # urge X to Y, order X to Y
    "figure",  # put the death toll at N: only with a figure noun as object and "at"
]
SpeakerKind = Literal[
    "official", "agency", "document", "activist", "witness", "journalist", "other", "unknown"
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class VerbCue(_Strict):
    """A verb that introduces what someone said, wrote, found or alleged."""

    lemma: str = Field(min_length=1)
    kind: CueKind = "speech"
    polarity: Literal["affirms", "denies"] = "affirms"
    checkable: bool = True
    # prepositions that introduce the attributed characterisation ("as", "of", "for")
    preps: list[str] = Field(default_factory=list)
    # a particle the verb needs to be a cue: "point" only as "point out"
    particle: str | None = None
    # False for verbs that report only when their subject is a record, not a person:
    # "the video showed no weapon" reports, "Quince showed no signs of distress" describes
    person_source: bool = True
    # the polarity of a bare object as content: for a labelling verb, a claim noun ("dismissed
    # accusations of ballot stuffing"); for a speech verb, a thing ("the suit alleged failings
    # in testing"); None: no claim from a bare object
    claim_object: Literal["affirms", "denies"] | None = None


class CueLexicon(_Strict):
    version: Literal[1] = 1
    verbs: list[VerbCue] = Field(min_length=1)
    # adjectives of stance that take a clause: "officials are confident (that) X"
    adjectives: list[str] = Field(default_factory=list)
    # a verb lemma and an adjective that together report a clause: "make clear" ("the chief
    # made (it) clear that X")
    verb_adjective_cues: list[str] = Field(default_factory=list)
    # nouns that carry a claim: "a statement saying", "her claim that"
    nouns: list[str] = Field(default_factory=list)
    # head nouns of subjects whose findings are evidence statements ("a video analysis found")
    evidence_subjects: list[str] = Field(default_factory=list)
    # multi-word prepositions naming a source: "according to X"
    source_preps: list[str] = Field(default_factory=list)
    # words and phrases that mark the content as hedged ("appeared to", "allegedly")
    hedges: list[str] = Field(default_factory=list)
    # predicates that turn content into a denial ("claims of X are FALSE")
    denial_predicates: list[str] = Field(default_factory=list)
    # words and phrases that mark opinion or legal characterisation: not checkable
    opinion_markers: list[str] = Field(default_factory=list)
    # lemmas of judgement words (evaluative adjectives and adverbs, praise and blame verbs,
    # motive nouns) that make the content an opinion wherever they occur in it
    evaluative_lemmas: list[str] = Field(default_factory=list)
    # lemma patterns of evaluative idioms; "*" stands for up to three words ("put * first")
    evaluative_patterns: list[str] = Field(default_factory=list)
    # labels of credit lines that attribute the caption before them ("Image: Jane Doe.")
    credit_labels: list[str] = Field(default_factory=list)
    # auxiliaries that mark a prediction or promise: not checkable
    prediction_auxiliaries: list[str] = Field(default_factory=list)
    # objects (lemmas) that make "deny", "reject" a refusal, not a denial of a claim:
    # "was denied bail", "rejected the request"
    refused_objects: list[str] = Field(default_factory=list)
    # objects (lemmas) that a "figure" cue sets at a number: "put the death toll at 23"
    figure_nouns: list[str] = Field(default_factory=list)

    @field_validator("verbs")
    @classmethod
    def _unique_lemmas(cls, verbs: list[VerbCue]) -> list[VerbCue]:
        seen: set[str] = set()
        for verb in verbs:
            if verb.lemma in seen:
                raise ValueError(f"duplicate verb lemma {verb.lemma!r}")
            seen.add(verb.lemma)
        return verbs

    @field_validator("verb_adjective_cues")
    @classmethod
    def _verb_then_adjective(cls, pairs: list[str]) -> list[str]:
        for pair in pairs:
            if len(pair.split()) != 2:
                raise ValueError(
                    f"{pair!r} is not a verb lemma and an adjective, like 'make clear'")
        return pairs

    def verb_map(self) -> dict[str, VerbCue]:
        return {v.lemma.lower(): v for v in self.verbs}


class KnownSpeaker(_Strict):
    """A named speaker with its canonical name, aliases and type."""

    canonical: str = Field(min_length=1)
    type: SpeakerKind
    aliases: list[str] = Field(default_factory=list)


class SpeakerLexicon(_Strict):
    version: Literal[1] = 1
    entities: list[KnownSpeaker] = Field(default_factory=list)
    # words in a speaker's noun phrase that tell its type ("spokeswoman" -> official)
    type_terms: dict[SpeakerKind, list[str]] = Field(default_factory=dict)
    # honorifics and titles dropped when a person's name is made canonical
    titles: list[str] = Field(default_factory=list)
    # abbreviations written before a name ("Sgt."), kept whole by the tokenizer
    abbreviated_titles: list[str] = Field(default_factory=list)
    # honours and suffixes written after a name ("Guy Boney QC", "Rodolfo Zabella Jr."),
    # dropped when the name is made canonical
    post_nominals: list[str] = Field(default_factory=list)
    # generic noun phrases that refer back to a named organisation ("the department")
    anaphors: list[str] = Field(default_factory=list)
    # singular nouns for a group of people, which a plural pronoun can refer back to
    group_nouns: list[str] = Field(default_factory=list)
    # places with a national government of their own: "the government" after "protests in
    # Iran" is Iran's, not a city's named after it
    countries: list[str] = Field(default_factory=list)

    @field_validator("entities")
    @classmethod
    def _unique_aliases(cls, entities: list[KnownSpeaker]) -> list[KnownSpeaker]:
        owner: dict[str, str] = {}
        for ent in entities:
            for name in [ent.canonical, *ent.aliases]:
                key = name.lower()
                if key in owner and owner[key] != ent.canonical:
                    raise ValueError(
                        f"alias {name!r} names both {owner[key]!r} and {ent.canonical!r}"
                    )
                owner[key] = ent.canonical
        return entities

    @field_validator("abbreviated_titles")
    @classmethod
    def _one_word_with_a_stop(cls, titles: list[str]) -> list[str]:
        for title in titles:
            if not re.fullmatch(r"[A-Za-z][A-Za-z.']*\.", title):
                raise ValueError(f"{title!r} is not one word ending in a full stop")
        return titles


def _load(model: type[BaseModel], bundled: str, path: str | Path | None) -> BaseModel:
    if path is None:
        text = resources.files("claimcheck.resources").joinpath(bundled).read_text("utf-8")
        source = bundled
    else:
        source = str(path)
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise ResourceError(f"cannot read lexicon: {exc.strerror}", path=source) from exc
    return parse_resource(model, text, source)


def load_cue_lexicon(path: str | Path | None = None) -> CueLexicon:
    """The bundled cue lexicon, or the user's file at ``path``."""
    if path is None:
        return _bundled_cues()
    return _load(CueLexicon, "cues.yaml", path)  # type: ignore[return-value]


def load_speaker_lexicon(path: str | Path | None = None) -> SpeakerLexicon:
    """The bundled speaker lexicon, or the user's file at ``path``."""
    if path is None:
        return _bundled_speakers()
    return _load(SpeakerLexicon, "speakers.yaml", path)  # type: ignore[return-value]


@lru_cache(maxsize=1)
def _bundled_cues() -> CueLexicon:
    return _load(CueLexicon, "cues.yaml", None)  # type: ignore[return-value]


@lru_cache(maxsize=1)
def _bundled_speakers() -> SpeakerLexicon:
    return _load(SpeakerLexicon, "speakers.yaml", None)  # type: ignore[return-value]
