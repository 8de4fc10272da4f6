"""Which incident a claim is about: names, aliases, pronouns, people with no evidence file."""

from __future__ import annotations

import pytest

from claimcheck.checking import check
from claimcheck.incidents import (
    SubjectIndex,
    looks_like_person,
    name_parts,
    resolve_claim,
    same_person,
    slugify,
    split_sentences,
)
from claimcheck.models import (
    Article,
    Claim,
    Cue,
    EvidenceFile,
    EvidenceSet,
    IncidentInfo,
    Span,
    Speaker,
)

GOOD = IncidentInfo(id="renee-good-2026-01-07", title="Good", subjects=["Renee Nicole Good"],
                    aliases=["Renee Good", "Ms. Good", "Good"])
PRETTI = IncidentInfo(id="alex-pretti-2026-01", title="Pretti", subjects=["Alex Pretti"])
VILLEGAS = IncidentInfo(id="silverio-villegas-gonzalez-2025-09", title="Villegas",
                        subjects=["Silverio Villegas-Gonzalez"], aliases=["Villegas González"])
PORTER = IncidentInfo(id="keith-porter-2025-12-31", title="Porter", subjects=["Keith Porter Jr."])
MICHAEL_GOOD = IncidentInfo(id="michael-good-2024-05", title="Michael Good", subjects=["Michael Good"])


def article(text: str, aid: str = "a1") -> Article:
    return Article(id=aid, path=f"{aid}.txt", text=text)


def claim(art: Article, content: str, *, speaker: str = "Department of Homeland Security",
          n: int = 1, polarity: str = "affirms", role: str = "claim") -> Claim:
    start = art.text.index(content)
    sent = next(art.text[s:e] for s, e in split_sentences(art.text) if s <= start < e)
    sp = art.text.find(speaker)
    sp0, sp1 = (sp, sp + len(speaker)) if sp >= 0 else (0, 0)
    return Claim(
        id=f"{art.id}:c{n:03d}", article=art.id,
        speaker=Speaker(text=speaker, start=sp0, end=sp1, canonical=speaker, type="agency"),
        cue=Cue(text="said", start=0, end=0, lemma="say"),
        content=Span(text=content, start=start, end=start + len(content)),
        quote_type="indirect", polarity=polarity, sentence=sent, role=role,
    )


def resolve(infos, text, content, *, persons=None, speaker="Department of Homeland Security",
            categorized=True):
    art = article(text)
    index = SubjectIndex(infos, [art], {"a1": persons or []}, {speaker})
    return resolve_claim(claim(art, content, speaker=speaker), index, art,
                         categorized=categorized).key


@pytest.mark.parametrize("infos, text, content, expected", [
    # a pronoun refers back to the subject named before it
    ([GOOD], "Renee Nicole Good was killed on Jan. 7. Federal officials said an ICE agent fatally "
             "shot Good, 33, in self-defense, and they accused her of trying to weaponize her vehicle.",
     "trying to weaponize her vehicle", GOOD.id),
    # possessive
    ([GOOD], "Renee Good died. Noem said an ICE agent was injured by Good’s vehicle.",
     "an ICE agent was injured by Good’s vehicle", GOOD.id),
    # honorific + surname, derived from the canonical name alone
    ([PRETTI], "Agents shot Alex Pretti. Officials said Mr. Pretti wanted to massacre law enforcement.",
     "Mr. Pretti wanted to massacre law enforcement", PRETTI.id),
    # accents and hyphens
    ([VILLEGAS], "Silverio Villegas González was shot in September. DHS said Villegas-Gonzalez "
                 "dragged the officer.", "Villegas-Gonzalez dragged the officer", VILLEGAS.id),
    # suffix
    ([PORTER], "Keith Porter was shot on New Year's Eve. DHS said Porter was an active shooter.",
     "Porter was an active shooter", PORTER.id),
    # a bare surname in an article that never names the subject in full
    ([GOOD], "Officials said Good tried to run over an officer.", "Good tried to run over an officer",
     None),
    # lower-case "good" is not a name
    ([GOOD], "Renee Good was shot. Trump said body cameras tend to be good for law enforcement.",
     "body cameras tend to be good for law enforcement", None),
    # gender: "she" skips Mr. Pretti and reaches Ms. Good
    ([GOOD, PRETTI], "Renee Good and Alex Pretti were both shot. Ms. Good was near Mr. Pretti's car. "
                     "Officials said she tried to run over an agent.", "she tried to run over an agent",
     GOOD.id),
    # two subjects named equally often: ambiguous
    ([GOOD, PRETTI], "Johnson said the Alex Pretti and Renee Good shootings showed agents ran amok.",
     "the Alex Pretti and Renee Good shootings showed agents ran amok", None),
    # sentence names exactly one subject outside the content
    ([PRETTI], "After federal agents fatally shot Alex Pretti, officials said there was body camera "
               "footage from multiple angles.", "there was body camera footage from multiple angles",
     PRETTI.id),
])
def test_resolve(infos, text, content, expected):
    assert resolve(infos, text, content) == expected


def test_pronoun_of_the_speaker_is_not_a_subject():
    text = ("Renee Good was shot last week. Kristi Noem spoke on Monday. "
            "Noem said she had ordered body cameras for every officer.")
    assert resolve([GOOD], text, "she had ordered body cameras for every officer",
                   persons=["Kristi Noem", "Renee Good"], speaker="Kristi Noem") is None


def test_pronoun_does_not_reach_past_the_previous_sentence():
    text = ("Renee Good was shot. The city council met. The mayor spoke. "
            "Police said he struck an officer.")
    assert resolve([GOOD], text, "he struck an officer") is None


def test_sentence_fallback_only_for_categorized_claims():
    text = "Homan said in the wake of Pretti's death that not everything had been perfect. Alex Pretti died."
    assert resolve([PRETTI], text, "not everything had been perfect", speaker="Homan",
                   categorized=False) is None


def test_people_sharing_a_surname_are_not_merged():
    text = ("Michael Good, a bystander, filmed the arrest. Officials said Good tried to run over "
            "an officer.")
    assert resolve([GOOD, MICHAEL_GOOD], text, "Good tried to run over an officer") == MICHAEL_GOOD.id


def test_surname_goes_to_the_nearest_full_name():
    text = ("Renee Good was shot in January. Michael Good was shot in May. "
            "Police said Good pointed a gun at officers.")
    assert resolve([GOOD, MICHAEL_GOOD], text, "Good pointed a gun at officers") == MICHAEL_GOOD.id


@pytest.mark.parametrize("a, b, same", [
    ("Renee Nicole Good", "Renee Good", True),
    ("Renee Good", "Ms. Good", True),
    ("Keith Porter Jr.", "Keith Porter", True),
    ("Silverio Villegas-Gonzalez", "Silverio Villegas González", True),
    ("J. Smith", "John Smith", True),
    ("Renee Good", "Michael Good", False),
    ("Alex Pretti", "Alex Petri", False),
    ("Marimar Martinez", "Marisol Martinez", False),
])
def test_same_person(a, b, same):
    assert same_person(a, b) is same


@pytest.mark.parametrize("name, parts", [
    ("Ms. Good", ["Good"]), ("Keith Porter Jr.", ["Keith", "Porter"]), ("Good’s", ["Good"]),
    ("Villegas-Gonzalez", ["Villegas", "Gonzalez"]), ("Mrs. Ana María López", ["Ana", "Maria", "Lopez"]),
])
def test_name_parts(name, parts):
    assert name_parts(name) == parts


@pytest.mark.parametrize("name, ok", [
    ("Marcus Lee", True), ("Silverio Villegas-Gonzalez", True), ("Border Patrol", False),
    ("Homeland Security", False), ("ICE", False), ("Renee", False),
])
def test_looks_like_person(name, ok):
    assert looks_like_person(name_parts(name)) is ok


def test_slugify():
    assert slugify("Silverio Villegas González") == "silverio-villegas-gonzalez"


# ------------------------------------------------------------------ through check()


def _check(text, contents, infos=(), persons=None):
    art = article(text)
    claims = [claim(art, c, n=i + 1) for i, c in enumerate(contents)]
    ev = EvidenceSet(files=[EvidenceFile(incident=i) for i in infos])
    return check([art], claims, ev, person_names={"a1": persons or []})


def test_uncurated_subject_forms_its_own_incident():
    incidents, unassigned = _check(
        "Deputies said Marcus Lee pointed a gun at them before they fired.",
        ["Marcus Lee pointed a gun at them"], persons=["Marcus Lee"])
    assert [(i.id, i.curated) for i in incidents] == [("marcus-lee", False)]
    assert incidents[0].claims[0].subject == "Marcus Lee"
    assert unassigned == []


def test_uncurated_person_without_category_is_not_an_incident():
    incidents, unassigned = _check(
        "Hutchinson said he has requested meetings with Bill Essayli.",
        ["he has requested meetings with Bill Essayli"], persons=["Bill Essayli", "Hutchinson"])
    assert incidents == []
    assert len(unassigned) == 1 and unassigned[0].subject is None


def test_organisation_tagged_as_person_is_not_an_incident():
    incidents, unassigned = _check(
        "Officials said Border Patrol agents fired shots at the car.",
        ["Border Patrol agents fired shots at the car"], persons=["Border Patrol"])
    assert incidents == [] and len(unassigned) == 1


def test_claims_about_one_subject_across_articles():
    a1 = article("Renee Nicole Good was shot. Officials said Good, 33, tried to run over an agent.", "a1")
    a2 = article("The killing of Ms. Good, 37, drew protests. Trump said Ms. Good tried to run the "
                 "agent over.", "a2")
    claims = [claim(a1, "Good, 33, tried to run over an agent"),
              claim(a2, "Ms. Good tried to run the agent over")]
    incidents, unassigned = check([a1, a2], claims, EvidenceSet(files=[EvidenceFile(incident=GOOD)]))
    assert [i.id for i in incidents] == [GOOD.id]
    assert incidents[0].articles == ["a1", "a2"]
    assert [c.article for c in incidents[0].claims] == ["a1", "a2"]
    assert unassigned == []


# ------------------------------------------------------------------ double surnames, participants, sole subject

IBANEZ = IncidentInfo(id="jose-ibanez-ortega", title="Ibáñez", subjects=["José Ibáñez Ortega"],
                      aliases=["Mr. Ibáñez", "Ibáñez Ortega"])


def test_first_surname_from_an_honorific_alias_and_accents():
    text = ("A judge dismissed the charge against Jose Ibanez Ortega. "
            "The agency has said Ibanez resisted arrest.")
    assert resolve([IBANEZ], text, "Ibanez resisted arrest") == IBANEZ.id


def test_relative_with_the_same_surname_is_not_the_subject():
    text = ("José Ibáñez Ortega was arrested on Tuesday. Mr. Ibáñez's daughter, Alma Ibáñez, said "
            "Alma Ibáñez had never been arrested.")
    assert resolve([IBANEZ], text, "Alma Ibáñez had never been arrested", speaker="Mr. Ibáñez's daughter") \
        is None


def test_participant_named_by_the_evidence():
    wren = IncidentInfo(id="tobias-wrenfield", title="W", subjects=["Tobias Wrenfield"])
    files = [EvidenceFile.model_validate({
        "incident": wren.model_dump(),
        "evidence": [{"id": "hospital", "kind": "official_record", "source": "Hospital",
                      "findings": [{"text": "Officer Dana Kessler was treated for a gunshot wound.",
                                    "supports": ["officer_injured"]}]}]})]
    art = article("Police said Tobias Wrenfield fired at officers. They said Officer Dana Kessler "
                  "was struck in the shoulder.")
    c = claim(art, "Officer Dana Kessler was struck in the shoulder", speaker="Police")
    incidents, unassigned = check([art], [c], EvidenceSet(files=files),
                                  person_names={"a1": ["Tobias Wrenfield", "Dana Kessler"]})
    assert [i.id for i in incidents] == ["tobias-wrenfield"] and unassigned == []
    assert incidents[0].claims[0].category == "officer_injured"
    assert incidents[0].claims[0].verdict == "supported"


@pytest.mark.parametrize("text, content, expected", [
    # an article about one subject: its unnamed use-of-force claims are about that subject
    ("Jose Ibanez Ortega was arrested. A judge freed Ibanez. The agency insisted that its agent "
     "was assaulted.", "its agent was assaulted", IBANEZ.id),
    # ... unless the claim speaks of another, unnamed person
    ("Jose Ibanez Ortega was arrested. A judge freed Ibanez. Officials said an agent shot a man who "
     "was attacking him.", "an agent shot a man who was attacking him", None),
    # ... or another event
    ("Jose Ibanez Ortega was arrested. A judge freed Ibanez. In a separate incident, an agent "
     "was assaulted in Chicago.", "an agent was assaulted in Chicago", None),
    # ... or the subject is named only once (in passing)
    ("Jose Ibanez Ortega was arrested. The agency insisted that its agent was assaulted.",
     "its agent was assaulted", None),
])
def test_sole_subject_of_an_article(text, content, expected):
    assert resolve([IBANEZ], text, content) == expected


def test_no_sole_subject_when_another_person_is_named():
    text = ("Jose Ibanez Ortega was arrested. A judge freed Ibanez. Daniel Ferro was also held. "
            "Officials said a gun was recovered.")
    assert resolve([IBANEZ], text, "a gun was recovered", persons=["Daniel Ferro"]) is None


@pytest.mark.parametrize("text, content, expected", [
    ("In September, an ICE officer fatally shot a man who DHS said resisted arrest. The man, "
     "Silverio Villegas-Gonzalez, was an immigrant.", "resisted arrest", VILLEGAS.id),
    ("Police shot a man who they said pointed a gun at them. The man, later identified as "
     "Silverio Villegas González, died.", "pointed a gun at them", VILLEGAS.id),
    # the next sentence names someone else in another construction
    ("Police shot a man who they said pointed a gun at them. Silverio Villegas-Gonzalez watched.",
     "pointed a gun at them", None),
])
def test_unnamed_person_named_in_the_next_sentence(text, content, expected):
    assert resolve([VILLEGAS], text, content) == expected
