"""The record the attribution rules pass around, and the word lists shared by its modules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Token

# Pronouns resolved to an earlier speaker, with the grammatical gender they require.
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
PLURAL_PRONOUNS = frozenset({"they", "them"})
FIRST_PERSON = frozenset({"i", "we", "us", "me"})
FEMALE_TITLES = frozenset({"ms.", "ms", "mrs.", "mrs", "miss"})
MALE_TITLES = frozenset({"mr.", "mr", "sir"})
# Nouns that describe a person of one gender: "a woman said X. 'Y,' she said" is one speaker.
FEMALE_NOUNS = frozenset({"woman", "girl", "mother", "wife", "sister", "daughter", "grandmother",
                          "aunt", "niece", "lady", "spokeswoman", "policewoman", "chairwoman",
                          "councilwoman", "congresswoman", "businesswoman", "widow", "girlfriend",
                          "housewife", "granddaughter", "stepmother", "mom", "assemblywoman",
                          "alderwoman", "actress", "fiancee", "stepdaughter"})
MALE_NOUNS = frozenset({"man", "boy", "father", "husband", "brother", "son", "grandfather",
                        "uncle", "nephew", "gentleman", "spokesman", "policeman", "chairman",
                        "councilman", "congressman", "businessman", "widower", "boyfriend",
                        "grandson", "stepfather", "dad", "assemblyman", "alderman", "fiance",
                        "stepson"})


@dataclass
class Attribution:
    """One proposed attribution; token offsets are ``[start, end)`` into the Doc."""

    cue: tuple[int, int]
    cue_lemma: str
    speaker: tuple[int, int]
    content: tuple[int, int]
    rule: str
    kind: str = "speech"
    speaker_head: int = -1
    cue_polarity: str = "affirms"
    cue_negated: bool = False
    checkable: bool = True
    role: str = "claim"
    canonical: str = ""
    speaker_type: str = "unknown"
    quote_type: str = "indirect"
    polarity: str = "affirms"
    hedged: bool = False
    extras: dict[str, Any] = field(default_factory=dict)


def child(tok: Token, *deps: str) -> Token | None:
    """The first child of ``tok`` with one of the dependency labels ``deps``, or None."""
    return next((c for c in tok.children if c.dep_ in deps), None)
