"""Who may be a source: records 'show', people do not; a dateline's wire service is no actor."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_from_text


@pytest.mark.parametrize("text, speaker, content", [
    ("The video showed no weapon in his hands.", "The video", "no weapon"),
    ("Jail surveillance video shows Quince collapsing to the floor.", "Jail surveillance video",
     "Quince collapsing to the floor"),
    ("The autopsy report indicated that he had been shot twice.", "The autopsy report",
     "he had been shot twice"),
])
def test_records_are_sources_of_show_verbs(nlp, text, speaker, content):
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.content.text) for c in claims] == [(speaker, content)]


@pytest.mark.parametrize("text", [
    "Harold Quince showed no signs of illness on Monday.",
    "She showed no emotion as the verdict was read.",
    "Martinez revealed a tattoo on her arm.",
])
def test_people_who_show_something_are_not_sources(nlp, text):
    assert extract_from_text(nlp, text) == []


def test_a_person_who_shows_something_inside_a_report_is_content(nlp):
    claims = extract_from_text(nlp, "The office said that Quince showed no signs of distress.")
    assert [(c.speaker.text, c.cue.lemma) for c in claims] == [("The office", "say")]


@pytest.mark.parametrize("dateline", ["MARREN (CVW) — ", "CHICAGO (AP) — ", "DENVER (Reuters) - "])
def test_dateline_wire_service_is_not_the_agency(nlp, dateline):
    text = (dateline + "Federal immigration agents arrested a landscaper on Tuesday, and the agency "
            "alleged that he struck one of its agents.")
    claims = extract_from_text(nlp, text)
    assert claims and claims[0].speaker.text == "the agency"
    wire = dateline.split("(")[1].split(")")[0]
    assert wire not in claims[0].speaker.canonical


@pytest.mark.parametrize("text, canonical", [
    ("The Kessington County Sheriff's Office said the deputy was unhurt.", "Kessington County Sheriff's Office"),
    ("The mayor's office said the road would reopen.", "mayor's office"),
])
def test_canonical_speaker_keeps_the_text_spacing(nlp, text, canonical):
    claims = extract_from_text(nlp, text)
    assert claims and claims[0].speaker.canonical == canonical
