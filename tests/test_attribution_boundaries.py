"""Where a claim's content ends, end to end with the real model.

Each sentence was written for this file; the expected values were read off the sentence.
"""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_from_text


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a quotation, then the cue, then a participle clause of the writer's: the clause after
        # the cue is not part of the quotation, even where it holds a quoted phrase of its own
        ("“We recorded twelve songs before the summer,” the singer said, mentioning the new "
         "album is “nearly finished.”",
         "We recorded twelve songs before the summer"),
        ("“Nobody was hurt,” the chief said, mentioning the fire is “under control.”",
         "Nobody was hurt"),
    ],
)
def test_a_quotation_before_the_cue_stops_at_the_cue(nlp, text, content):
    claims = extract_from_text(nlp, text)
    assert content in [c.content.text for c in claims]
    assert all("said" not in c.content.text for c in claims)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # a quotation split by its cue is still one claim
        ("“The car was moving,” she said, “and the agent was in danger.”",
         "The car was moving", "the agent was in danger"),
        ("“The car was moving,” she said Tuesday, “and the agent was in danger.”",
         "The car was moving", "the agent was in danger"),
    ],
)
def test_a_quotation_split_by_its_cue_stays_whole(nlp, text, first, last):
    claims = extract_from_text(nlp, text)
    assert len(claims) == 1
    assert claims[0].content.text.startswith(first)
    assert claims[0].content.text.endswith(last)


def test_a_circumstance_clause_stays_in_the_content(nlp):
    # "when she claimed ..." tells when she misspoke; it is part of what she acknowledged
    text = ("The senator acknowledged that she had misspoken in two interviews when she claimed "
            "that the auditor had cleared her.")
    claims = extract_from_text(nlp, text)
    outer = [c for c in claims if c.cue.text == "acknowledged"]
    assert len(outer) == 1
    assert outer[0].content.text.endswith("the auditor had cleared her")
    # the nested claim is still extracted on its own
    assert any(c.cue.text == "claimed" and c.content.text == "the auditor had cleared her"
               for c in claims)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('"If the road floods again, we will close it," the mayor said.',
         "If the road floods again, we will close it"),
        # the parser hangs the condition's mark on a verb of its own
        ("“If the council, after this vote, still cannot say the word ‘deficit’ it should "
         "resign,” the mayor said.",
         "If the council, after this vote, still cannot say the word ‘deficit’ it should resign"),
    ],
)
def test_a_quoted_condition_is_not_an_indirect_question(nlp, text, content):
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.content.text) for c in claims] == [("the mayor", content)]


def test_an_indirect_if_question_is_still_no_claim(nlp):
    text = "Reporters asked the mayor if she had known about the leak."
    assert extract_from_text(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("The governor ended the briefing by saying that the bridge would reopen on Monday.",
         "The governor", "saying", "the bridge would reopen on Monday"),
        ("After announcing that the plant would close, the company laid off 200 workers.",
         "the company", "announcing", "the plant would close"),
    ],
)
def test_a_gerund_cue_after_a_preposition_takes_the_governing_subject(nlp, text, speaker, cue,
                                                                    content):
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.cue.text, c.content.text) for c in claims] == [
        (speaker, cue, content)]


def test_a_framing_participle_before_the_cue_is_not_the_quotation(nlp):
    text = ("Stressing the cost, Ruiz said, “If we do not fix the pumps now, we are not going to "
            "have a harbour anymore.”")
    claims = extract_from_text(nlp, text)
    assert len(claims) == 1
    assert claims[0].content.text.startswith("If we do not fix the pumps now")
    assert "Stressing" not in claims[0].content.text


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('The ministry released a statement: "No soldiers were hurt in the attack."',
         "The ministry", "No soldiers were hurt in the attack"),
        ("Hours after the fire, the mayor issued a statement, “The pumps failed. Nobody was "
         "warned in time.”",
         "the mayor", "The pumps failed. Nobody was warned in time"),
    ],
)
def test_an_issued_statement_followed_by_a_quotation(nlp, text, speaker, content):
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.cue.text, c.content.text) for c in claims] == [
        (speaker, "statement", content)]


def test_an_issued_statement_without_a_quotation_is_no_claim(nlp):
    assert extract_from_text(nlp, "The company issued a statement on Friday.") == []


def test_a_noun_phrase_glued_onto_the_quotation_is_dropped(nlp):
    # the parser reads "a boy born in May" as a second subject of the quoted verb
    text = ("Ms. Ortiz, 41, said on Facebook on Sunday, in reference to her first child, a boy "
            "born in May 2019, “Next spring, Mateo is going to be a big brother! We are so "
            "happy.”")
    claims = extract_from_text(nlp, text)
    assert len(claims) == 1
    assert claims[0].content.text.startswith("Next spring, Mateo is going to be a big brother")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a modifier of the quoted clause is part of what was said
        ("The coroner told the court that, over the last months of her life, \"the infection "
         "played a devastating role in her health.\"", "over the last months"),
        # the quotation's own subject before it stays
        ('He said the suspect, a man from Ohio, "fled on foot."', "the suspect, a man from Ohio"),
    ],
)
def test_words_before_a_quotation_that_belong_to_it_stay(nlp, text, start):
    claims = extract_from_text(nlp, text)
    assert len(claims) == 1
    assert claims[0].content.text.startswith(start)


@pytest.mark.parametrize("text", [
    "Those who thought it was should see a doctor, the coach joked.",
    "Officials said it was.",
])
def test_an_elided_verb_phrase_is_no_claim(nlp, text):
    assert all(c.content.text not in ("it was", "it") for c in extract_from_text(nlp, text))



def test_a_quotation_in_typewriter_marks_is_one_claim(nlp):
    text = "''The pool will stay open all summer,'' the mayor said. ''We found the money.''"
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.content.text, c.quote_type) for c in claims][0] == (
        "the mayor", "The pool will stay open all summer", "direct")



def test_a_clause_after_a_reporting_participle_is_the_participles(nlp):
    text = ("The mayor insisted it was “premature” to close the pool for the summer while adding "
            "on budget matters, “I don’t have any doubt that the council will find the money.”")
    claims = extract_from_text(nlp, text)
    by_cue = {c.cue.text: c.content.text for c in claims}
    assert by_cue["insisted"] == "it was “premature” to close the pool for the summer"
    assert by_cue["adding"].startswith("I don’t have any doubt")
    # the one adding is the one insisting, not the subject of the clause in between
    assert {c.speaker.text for c in claims} == {"The mayor"}


@pytest.mark.parametrize(
    ("text", "claims_expected"),
    [
        # a person revealing or showing a clause reports it
        ("The new stadium is almost finished, team owner Maria Lopez recently revealed.",
         [("team owner Maria Lopez", "revealed", "The new stadium is almost finished")]),
        # a person showing an object is described, not quoted
        ("Quince showed no signs of distress.", []),
    ],
)
def test_evidence_verbs_with_a_person_as_subject(nlp, text, claims_expected):
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.cue.text, c.content.text) for c in claims] == claims_expected


@pytest.mark.parametrize("text", [
    "The shooter's friend was denied bail on Tuesday.",
    "Shooter's friend denied bail.",
    "The judge denied the motion to dismiss.",
    "The council rejected the request for a second vote.",
    "Guards had denied him medical treatment for two days.",
    # a person as the object: "them" is refused, not called false
    'The family said a coroner had denied them "justice".',
])
def test_a_refusal_is_not_a_denial_of_a_claim(nlp, text):
    assert [c for c in extract_from_text(nlp, text) if c.cue.text in ("denied", "rejected")] == []


@pytest.mark.parametrize("text", [
    "The attorney did not deny the accusation but said the video tells one side of the story.",
    "The ministry has not disputed the figures.",
])
def test_a_negated_denial_of_a_thing_is_no_claim(nlp, text):
    # neither a denial nor an affirmation: "did not deny X" is not "X is true"
    claims = extract_from_text(nlp, text)
    assert [c for c in claims if c.cue.text in ("deny", "disputed")] == []


def test_a_refusal_inside_a_claim_stays_in_it(nlp):
    text = ("Ms Gator told the ABC the teenager had been too sick to walk and prison officers "
            "had denied him medical treatment.")
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.cue.text) for c in claims] == [("Ms Gator", "told")]
    assert claims[0].content.text.endswith("prison officers had denied him medical treatment")


def test_a_speech_waited_for_is_not_said(nlp):
    text = ("The chaplain told the ABC that the family were still waiting for the coroner to "
            "explain how and why he died.")
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.cue.text) for c in claims] == [("The chaplain", "told")]
    assert claims[0].content.text.endswith("waiting for the coroner to explain how and why he died")


def test_a_denial_of_allegations_stays(nlp):
    claims = extract_from_text(nlp, "The mayor denied the allegations.")
    assert [(c.speaker.text, c.content.text, c.polarity) for c in claims] == [
        ("The mayor", "the allegations", "denies")]


@pytest.mark.parametrize(("text", "content"), [
    # a participle after the noun says who made the allegations, not what they are
    ("Police officials refuted all the allegations levelled by the protesters.",
     "all the allegations levelled by the protesters"),
    ("The ministry rejected the claims made by the family.", "the claims made by the family"),
    # a that-clause still is what the claim says
    ("The family rejected the claim that he was armed.", "he was armed"),
])
def test_what_a_denied_claim_says(nlp, text, content):
    claims = extract_from_text(nlp, text)
    assert [(c.content.text, c.polarity) for c in claims] == [(content, "denies")]


def test_an_intended_report_is_not_a_report(nlp):
    text = ("A spokesman later clarified that the mayor misspoke and intended to say that the "
            "pool would close in May.")
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.cue.text) for c in claims] == [("A spokesman", "clarified")]
    assert claims[0].content.text.endswith("intended to say that the pool would close in May")


def test_wanting_to_say_inside_a_quotation_still_says_it(nlp):
    text = '"I want to say that the officers acted lawfully," the chief said.'
    claims = extract_from_text(nlp, text)
    assert any("the officers acted lawfully" in c.content.text for c in claims)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # an abbreviated rank before the name: no sentence ends at its full stop
        ("The driver fled on foot, Sgt. Dana Whitfield, a police spokeswoman, said Monday.",
         "Sgt. Dana Whitfield, a police spokeswoman", "The driver fled on foot"),
        ("The man was holding a kitchen knife, according to Capt. Luis Ortega.",
         "Capt. Luis Ortega", "The man was holding a kitchen knife"),
        ("Det. Sgt. Mark Bell said the car had been reported stolen.",
         "Det. Sgt. Mark Bell", "the car had been reported stolen"),
        # the speaker parsed as an apposition of the clause's last noun: the content stops
        # before the speaker
        ("Officers were called to the park around 9 p.m. Friday about a “fight”, Sgt. Ann Cole, "
         "spokeswoman of the county police department, said.",
         "Sgt. Ann Cole, spokeswoman of the county police department",
         "Officers were called to the park around 9 p.m. Friday about a “fight”"),
        ("Troopers stopped the truck near the state line for speeding, Lt. Ann Cole, "
         "spokeswoman of the Highway Patrol, said.",
         "Lt. Ann Cole, spokeswoman of the Highway Patrol",
         "Troopers stopped the truck near the state line for speeding"),
    ],
)
def test_a_rank_before_a_name_keeps_the_speaker_whole(nlp, text, speaker, content):
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.content.text) for c in claims] == [(speaker, content)]


def test_a_cue_in_a_while_clause_does_not_take_the_sentence_before_it(nlp):
    text = ("Police have said, around 9 p.m. on June 2, officers tried to stop a van on Elm "
            "Street, while responding to a report of a man with a gun.")
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.cue.text) for c in claims] == [("Police", "said")]
    assert "officers tried to stop a van on Elm Street" in claims[0].content.text


@pytest.mark.parametrize(
    ("text", "claims_expected"),
    [
        # the object of "called" is whom she phoned, and the infinitive is her purpose
        ("A neighbor called police to report that a man was firing a gun in the street.",
         [("A neighbor", "report", "a man was firing a gun in the street")]),
        ("The driver called 911 to report that his passengers were armed.",
         [("The driver", "report", "his passengers were armed")]),
        # "called on X to Y" is still a demand
        ("The mayor called on the state to open an inquiry.",
         [("The mayor", "called", "to open an inquiry")]),
        # and a person urged to say something is the one who would say it
        ("The governor urged residents to say that they felt safe.",
         [("The governor", "urged", "to say that they felt safe")]),
    ],
)
def test_an_infinitive_of_purpose_after_an_object(nlp, text, claims_expected):
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.cue.text, c.content.text) for c in claims] == claims_expected


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # the thing said of is the noun before the speaker: the content starts there
        ("He was carrying a gun that police say was stolen.", "police",
         "a gun that police say was stolen"),
        ("He was carrying a gun police say was stolen.", "police",
         "a gun police say was stolen"),
        ("Officers found the knife that prosecutors said he used.", "prosecutors",
         "the knife that prosecutors said he used"),
        ("Deputies released a photo of a rifle deputies said was in the bedroom.",
         "deputies", "a rifle deputies said was in the bedroom"),
        ("A second deputy kicked what investigators say is a knife away from the man.",
         "investigators", "what investigators say is a knife away from the man"),
    ],
)
def test_a_cue_inside_a_relative_clause_keeps_what_it_is_said_of(nlp, text, speaker, content):
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.content.text) for c in claims] == [(speaker, content)]


def test_a_persons_relative_clause_keeps_the_clause_alone(nlp):
    text = ("In September, an ICE officer fatally shot a man who DHS stated resisted arrest and "
            "dragged the officer.")
    (claim,) = extract_from_text(nlp, text)
    assert (claim.speaker.text, claim.content.text) == (
        "DHS", "resisted arrest and dragged the officer")


def test_a_named_partys_report_inside_a_quotation_is_theirs_too(nlp):
    text = ('The sergeant wrote in his report, “Officer Dale stated that he was dragged by the '
            'car and had to fire his weapon.”')
    claims = extract_from_text(nlp, text)
    said = {(c.speaker.text, c.content.text) for c in claims}
    assert ("The sergeant", "Officer Dale stated that he was dragged by the car and had to "
            "fire his weapon") in said
    assert ("Officer Dale", "he was dragged by the car and had to fire his weapon") in said


@pytest.mark.parametrize(
    "text",
    [
        # knowing is not saying, and what someone should have known nobody said
        ('The senator said, “Director Comey should have known that the server was not '
         'secure.”'),
        # a quotation without a named reporter inside it holds only the quoted speaker's claim
        ('The sergeant wrote in his report, “The officer was dragged by the car and had to fire '
         'his weapon.”'),
    ],
)
def test_only_a_named_partys_report_inside_a_quotation_is_split_off(nlp, text):
    assert len(extract_from_text(nlp, text)) == 1


def test_a_description_of_who_responded_does_not_take_the_next_quotation(nlp):
    text = ("In the narrative submitted by officer Eric Webb, one of the officers who responded "
            "to the scene after the shooting, “Officer Dale stated that he was dragged by the "
            "car.”")
    claims = extract_from_text(nlp, text)
    assert all(c.cue.text != "responded" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # "as X continues" is a time, not an attribution
        "Three officers remain on leave as an internal investigation continues.",
        # a realization is nobody: the writer disputes, not a speaker
        "This realization also disputes the initial reports that the teenager lunged at troopers.",
    ],
)
def test_sentences_that_attribute_nothing(nlp, text):
    assert extract_from_text(nlp, text) == []


def test_too_early_to_say_reports_nothing(nlp):
    for text in ("The chief said Friday that it was too early in the investigation to say "
                 "exactly how many shots were fired and by whom.",
                 "The sheriff said Monday that it was too early in the inquiry to say exactly how "
                 "many rounds were fired and by whom."):
        claims = extract_from_text(nlp, text)
        assert [c.cue.text for c in claims] == ["said"]


def test_a_named_speaker_still_disputes(nlp):
    text = "The family's lawyer disputes initial reports that the man lunged at officers."
    (claim,) = extract_from_text(nlp, text)
    assert (claim.speaker.text, claim.cue.text, claim.polarity) == (
        "The family's lawyer", "disputes", "denies")


def test_a_dateline_is_not_part_of_the_speaker(nlp):
    text = ("DENVER — Body camera footage of the arrest shows the man was unarmed, his lawyer "
            "said.")
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.content.text) for c in claims] == [
        ("his lawyer", "Body camera footage of the arrest shows the man was unarmed"),
        ("Body camera footage of the arrest", "the man was unarmed"),
    ]


def test_a_trailing_cue_parsed_as_a_modifier_of_an_object(nlp):
    text = ("The man threw a rock toward the troopers and “suddenly” raised his left arm, the "
            "agency alleged in a statement Friday.")
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.cue.text, c.content.text) for c in claims] == [
        ("the agency", "alleged",
         "The man threw a rock toward the troopers and “suddenly” raised his left arm")]


def test_a_relative_that_is_not_a_reported_clause(nlp):
    text = ("Police released a statement on Friday, May 3rd recounting the events that led up "
            "to the crash.")
    assert extract_from_text(nlp, text) == []


def test_the_agency_is_the_agency_that_spoke_last(nlp):
    text = ("A man in ICE custody died last week at a hospital, according to ICE. He had been "
            "held at the Mountain Vista Medical Center. The agency said his cause of death was "
            "unknown.")
    claims = extract_from_text(nlp, text)
    claim = next(c for c in claims if c.cue.text == "said")
    assert claim.speaker.canonical == "U.S. Immigration and Customs Enforcement"


def test_according_to_at_the_end_covers_both_verbs_of_the_subject(nlp):
    text = ("He had been detained at the county jail, in the town of Florence, and was pronounced "
            "dead by a doctor at a hospital near Phoenix on Aug. 31, according to ICE.")
    (claim,) = extract_from_text(nlp, text)
    assert claim.content.text.startswith("He had been detained at the county jail")
    assert claim.content.text.endswith("on Aug. 31")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # a circumstance between commas is not part of who spoke
        ("Governor Ann Lee, during a visit to Texas, said that the crash was an accident.",
         "Governor Ann Lee", "said"),
        # an acronym in brackets after the name
        ("The Department of Homeland Security (DHS) said that the agent fired defensive shots.",
         "The Department of Homeland Security", "said"),
        # the cue of "with commentators claiming" is the participle alone
        ("The clip has raised concerns, with commentators claiming that the woman was trying to "
         "ram the agent.", "commentators", "claiming"),
    ],
)
def test_speaker_and_cue_spans(nlp, text, speaker, cue):
    (claim,) = extract_from_text(nlp, text)
    assert (claim.speaker.text, claim.cue.text) == (speaker, cue)


def test_finding_a_scene_is_not_a_finding(nlp):
    assert extract_from_text(
        nlp, "After a short recess, the lawyer came back to find his client gone."
    ) == []
    (claim,) = extract_from_text(nlp, "The review found the officer justified in using force.")
    assert claim.content.text == "the officer justified in using force"


def test_a_where_relative_is_not_what_the_footage_showed(nlp):
    text = ("He was taken to the county jail where security camera footage showed him being "
            "restrained by officers.")
    (claim,) = extract_from_text(nlp, text)
    assert claim.content.text == "him being restrained by officers"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The medical examiner ruled the death a homicide.", "the death a homicide"),
        ("The coroner classified the death as an accident.", "the death as an accident"),
    ],
)
def test_an_official_ruling_on_a_death(nlp, text, content):
    (claim,) = extract_from_text(nlp, text)
    assert claim.content.text == content


def test_she_takes_up_a_woman_described_before(nlp):
    text = ('"Let him go," a woman shouted at the officers. "He can\'t breathe," she said at one '
            'point.')
    claims = extract_from_text(nlp, text)
    assert [c.speaker.canonical for c in claims] == ["woman", "woman"]


def test_a_post_before_a_name_resolves_to_the_name(nlp):
    text = ('"The outcome here is tragic," Executive Director of the Riverside Citizen Police '
            'Review Board Beth Hallinger said.')
    (claim,) = extract_from_text(nlp, text)
    assert claim.speaker.canonical == "Beth Hallinger"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "that" parsed as an object of the reported verb is still the complementizer
        ('State police initially told the public that Mark Fuller died after a "medical '
         'incident during a police interaction."',
         'Mark Fuller died after a "medical incident during a police interaction."'),
        # a demonstrative subject stays
        ("The officer said that was the only way to stop the car.",
         "that was the only way to stop the car"),
    ],
)
def test_a_leading_that(nlp, text, content):
    (claim,) = extract_from_text(nlp, text)
    assert claim.content.text == content


def test_the_last_verb_of_a_chain_shares_the_first_ones_subject(nlp):
    text = ("Two men walked into the office, announced that they were federal agents and said, "
            "“We’re taking him with us,” pointing at the client.")
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.cue.text, c.content.text) for c in claims] == [
        ("Two men", "announced", "they were federal agents"),
        ("Two men", "said", "We’re taking him with us"),
    ]


def test_a_reason_after_the_reported_clause_is_the_speakers(nlp):
    text = ('In a court filing, the city\'s lawyer, Dana Ruiz, wrote that such a request was '
            '"futile," because if there were more records in the case, the state, not the city, '
            'would hold them.')
    (claim,) = extract_from_text(nlp, text)
    assert claim.content.text.endswith("the state, not the city, would hold them")


def test_a_quoted_label_read_off_the_words(nlp):
    # the parser gives "called" no object; a short noun phrase and then quotations follow it,
    # and the last quotation is the label (the first is a scare quote inside the phrase)
    text = ('In a statement Friday, union president Dana Price called the chief\'s assertion of '
            'a "duty of care" over the withheld footage "troubling and absurd."')
    (claim,) = extract_from_text(nlp, text)
    assert (claim.cue.text, claim.content.text) == (
        "called", 'the chief\'s assertion of a "duty of care" over the withheld footage '
                  '"troubling and absurd."')


def test_a_reporting_participle_ends_the_content_before_it(nlp):
    text = ("The agency told reporters that one man was arrested during the march on Tuesday "
            "afternoon, saying the arrest came “as marchers surrounded the car of a departing "
            "employee.”")
    claims = extract_from_text(nlp, text)
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("told", "one man was arrested during the march on Tuesday afternoon"),
        ("saying", "the arrest came “as marchers surrounded the car of a departing employee.”"),
    ]


def test_a_dateline_with_a_spaced_hyphen_leaves_the_speaker(nlp):
    text = ("SAN ANGELO, Texas - A forensic pathologist ruled that the man's heart stopped after "
            "a struggle with police.")
    (claim,) = extract_from_text(nlp, text)
    assert claim.speaker.text == "A forensic pathologist"


def test_continuing_to_act_is_not_continuing_to_speak(nlp):
    text = ("When officers announced that they would use a Taser, it said, the man continued to "
            "resist.")
    claims = extract_from_text(nlp, text)
    assert all(c.cue.text != "continued" for c in claims)


def test_according_to_closing_the_sentence_is_not_in_the_inner_claim(nlp):
    text = ("The sergeant claimed he accidentally kicked the man in the face, and meant to place "
            "his foot on the man's shoulder, according to the probable cause affidavit obtained "
            "by a local station.")
    claims = extract_from_text(nlp, text)
    claimed = next(c for c in claims if c.cue.text == "claimed")
    assert claimed.content.text.endswith("meant to place his foot on the man's shoulder")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a claim inside a relative clause does not cut the sentence that holds it
        ("Reed was wanted on a warrant in connection to a bank robbery where he threatened to "
         "shoot a teller, according to court filings.",
         "Reed was wanted on a warrant in connection to a bank robbery where he threatened to "
         "shoot a teller"),
        # closing the sentence, the phrase covers the main clause, not only the when-clause
        ("The agent was in the neighborhood with other officers when a green sedan struck him "
         "about 1 p.m., according to police and federal officials.",
         "The agent was in the neighborhood with other officers when a green sedan struck him "
         "about 1 p.m."),
        # ... and the main clause, not only the clause it happens to be parsed in
        ("The museum saw attendance reach 11,000 visitors when it showed the collection in "
         "2010, according to its director.",
         "The museum saw attendance reach 11,000 visitors when it showed the collection in "
         "2010"),
    ],
)
def test_according_to_closing_a_sentence(nlp, text, content):
    claims = extract_from_text(nlp, text)
    according = [c for c in claims if c.cue.text == "according to"]
    assert [c.content.text for c in according] == [content]


def test_a_ruling_with_a_date_between_the_death_and_the_label(nlp):
    text = ("The county medical examiner's office has ruled the death of an inmate in the county "
            "jail last year a homicide.")
    (claim,) = extract_from_text(nlp, text)
    assert claim.content.text.endswith("last year a homicide")


def test_complaining_of_pain_is_not_a_trailing_attribution(nlp):
    text = ("His symptoms got worse, and over the next three months, he complained of severe "
            "abdominal pain, headaches and daily vomiting.")
    assert all(c.cue.text != "complained" for c in extract_from_text(nlp, text))


def test_a_quotation_told_ends_before_the_writers_clause_after_it(nlp):
    text = "She further tells him, “don't do it,” but it's not clear exactly what she means."
    (claim,) = extract_from_text(nlp, text)
    assert claim.content.text == "don't do it"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # the subordinator before the phrase links the writer's clauses; it is not reported
        ("He was placed in a cell and ordered to wear a vest, because according to the "
         "warden, the inmate was making threats.",
         "the warden", "the inmate was making threats"),
        ("Officers fired because, according to the department, the driver accelerated toward "
         "them.",
         "the department", "the driver accelerated toward them"),
        # no comma after the source: the parser reads the reported clause as a relative
        # clause of the source
        ("The deputy said that according to the report the car was moving.",
         "the report", "the car was moving"),
        ("According to a report the agency released Friday, the car was moving.",
         "a report the agency released Friday", "the car was moving"),
    ],
)
def test_according_to_inside_a_subordinate_clause(nlp, text, speaker, content):
    claims = extract_from_text(nlp, text)
    according = [c for c in claims if c.cue.text.lower() == "according to"]
    assert [(c.speaker.text, c.content.text) for c in according] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # what the saying is about, to whom or where, is not part of the name
        ("\u201cThey made a mockery of him,\u201d says Mays about her cousin.", "Mays"),
        ("\u201cIt was wrong,\u201d said Ruiz to reporters.", "Ruiz"),
        ("Ruiz on Twitter said the video was fake.", "Ruiz"),
        # a post's own phrase stays
        ("The ambassador to the United States, Hamid Noor, said the video was fake.",
         "The ambassador to the United States, Hamid Noor"),
    ],
)
def test_the_topic_or_hearer_after_a_name_is_not_the_speaker(nlp, text, speaker):
    (claim,) = extract_from_text(nlp, text)
    assert claim.speaker.text == speaker


def test_a_content_does_not_end_inside_a_hyphenated_word(nlp):
    text = "The opposition party has rejected the re-election of the president."
    (claim,) = extract_from_text(nlp, text)
    assert claim.content.text.startswith("the re-election")


def test_a_speaker_does_not_start_inside_a_hyphenated_name(nlp):
    text = ("\u201cAny government formed on this result will be illegitimate,\u201d said Sam "
            "Nda-Isaiah, spokesperson for the losing candidate. Nda-Isaiah noted that monitors "
            "had found fraud in eleven states.")
    claims = extract_from_text(nlp, text)
    assert [c.speaker.text for c in claims][-1] == "Nda-Isaiah"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Transport minister Ana Ruiz said Prime Minister Tom Hale did not need to resign, Sky "
         "News reported on Monday.", "Prime Minister Tom Hale did not need to resign"),
        ("Transport minister Ana Ruiz said the prime minister would not resign, the BBC "
         "reported.", "the prime minister would not resign"),
    ],
)
def test_a_report_closing_the_sentence_is_not_in_the_inner_claim(nlp, text, content):
    claims = extract_from_text(nlp, text)
    said = next(c for c in claims if c.cue.text == "said")
    assert said.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a quoted programme title after the cue is not a second part of the quotation
        ("\u201cHe should step down today,\u201d the senator said on NBC\u2019s \u201cMeet the "
         "Press.\u201d", "the senator", "He should step down today"),
        # a cue inside a quotation reports only quoted words: "I say that as a ..." misparsed
        # with the speaker's own cue as its clause
        ("\u201cI do not know what he stands for. And I say that as a former resident,\u201d "
         "the governor said, according to a local paper.",
         "the governor", "I do not know what he stands for. And I say that as a former resident"),
    ],
)
def test_quoted_words_and_what_lies_outside_them(nlp, text, speaker, content):
    claims = extract_from_text(nlp, text)
    assert (speaker, content) in [(c.speaker.text, c.content.text) for c in claims]
    assert all(c.speaker.text != "I" for c in claims)
    assert all(not c.content.text.endswith("\u201d the governor said") or c.cue.text
               == "according to" for c in claims)


def test_a_quotation_after_according_to_goes_on_with_the_quoted_speaker(nlp):
    text = ("\u201cI do not know what he stands for,\u201d the governor said, according to a "
            "local paper. \u201cAsk the people of the city what they think of him.\u201d")
    claims = extract_from_text(nlp, text)
    last = claims[-1]
    assert last.content.text.startswith("Ask the people")
    assert last.speaker.text == "the governor"


def test_an_absolute_phrase_reporting_someone_elses_words_ends_the_content(nlp):
    text = ("Officials tell the broadcaster every claim will be assessed on its merits, with the "
            "paper reporting no one will be refused \"based solely on the questionnaire\".")
    claims = extract_from_text(nlp, text)
    tell = next(c for c in claims if c.cue.text == "tell")
    assert tell.content.text == "every claim will be assessed on its merits"


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Police say the man had a gun, but no weapon was found, according to the lawsuit.",
     "the lawsuit", "no weapon was found"),
    ("The mayor defended the officers, but they had been suspended, a spokesman said.",
     "a spokesman", "they had been suspended"),
])
def test_a_source_closing_the_sentence_leaves_an_earlier_speakers_clause(nlp, text, source,
                                                                        content):
    claims = {c.speaker.text: c.content.text for c in extract_from_text(nlp, text)}
    assert claims[source] == content


@pytest.mark.parametrize(("text", "speaker", "source", "content"), [
    ("\u201cHe told the cops that his father was not feeling well,\u201d the official said, "
     "according to The Indian Express.",
     "the official", "The Indian Express", "He told the cops that his father was not feeling well"),
    ("\u201cThe soldiers kept shooting at random,\u201d said Dabiraoluwa Ayuku in her testimony, "
     "according to Reuters.",
     "Dabiraoluwa Ayuku", "Reuters", "The soldiers kept shooting at random"),
    ("The man was unarmed, his lawyer said, according to court documents.",
     "his lawyer", "court documents", "The man was unarmed"),
])
def test_according_to_after_a_speaker_reports_what_the_speaker_said(nlp, text, speaker, source,
                                                                     content):
    claims = {c.speaker.text: c.content.text for c in extract_from_text(nlp, text)}
    assert claims == {speaker: content, source: content}


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("A man died in custody on Monday shortly after being taken to a police outpost, sparking "
     "protests from his family, reported The Indian Express.",
     "The Indian Express", "A man died in custody on Monday shortly after being taken to a police "
     "outpost, sparking protests from his family"),
    ("Soldiers removed some protesters\u2019 corpses in vans, said two witnesses, one adding that "
     "the troops took away bullet casings.",
     "two witnesses", "Soldiers removed some protesters\u2019 corpses in vans"),
])
def test_a_source_after_its_cue_read_as_its_object(nlp, text, speaker, content):
    claims = extract_from_text(nlp, text)
    assert (claims[0].speaker.text, claims[0].content.text) == (speaker, content)


def test_a_quoted_speakers_own_belief_stays_in_the_quotation(nlp):
    text = ('"Anyone that came across him \u2014 you walked away with a smile on your face, and '
            'I think that just shows his character, his energy," she said.')
    said = next(c for c in extract_from_text(nlp, text) if c.cue.text == "said")
    assert said.content.text.endswith("I think that just shows his character, his energy")


def test_another_account_set_against_a_claim_is_not_part_of_it(nlp):
    text = ("The family are considering suing after the police watchdog said it had not "
            "exonerated officers involved in the case \u2013 despite the Metropolitan police "
            "claiming it had done so.")
    claims = {c.speaker.text: c.content.text for c in extract_from_text(nlp, text)}
    assert claims == {"the police watchdog": "it had not exonerated officers involved in the case",
                      "the Metropolitan police": "it had done so"}


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The death of Govind Yadav prompted his relatives to allege that he had been beaten up in "
     "custody.", "his relatives", "he had been beaten up in custody"),
    ("The video forced the department to admit that the officer had fired first.",
     "the department", "the officer had fired first"),
])
def test_a_speaker_brought_to_speak_by_something_else(nlp, text, speaker, content):
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.content.text) for c in claims] == [(speaker, content)]


def test_an_order_inside_a_report_stays_in_the_report(nlp):
    text = ("She said the soldiers thoroughly searched the home, then took her husband away and "
            "ordered her to stay inside with the couple's three young children.")
    said = next(c for c in extract_from_text(nlp, text) if c.cue.text == "said")
    assert said.content.text.endswith("ordered her to stay inside with the couple's three young "
                                      "children")


@pytest.mark.parametrize(("text", "speaker", "canonical", "content"), [
    ("Seven sachets of shabu were recovered from the fatalities, Senior Inspector Marc Dado, San "
     "Jose police chief, said.",
     "Senior Inspector Marc Dado, San Jose police chief", "Marc Dado",
     "Seven sachets of shabu were recovered from the fatalities"),
    ("The suspect fled on foot in Barangay Mactan, Inspector Wilfredo Rodriguez, city police "
     "homicide chief, said yesterday.",
     "Inspector Wilfredo Rodriguez, city police homicide chief", "Wilfredo Rodriguez",
     "The suspect fled on foot in Barangay Mactan"),
])
def test_a_named_source_and_post_after_the_content(nlp, text, speaker, canonical, content):
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.speaker.canonical, c.content.text) for c in claims] == [
        (speaker, canonical, content)]


@pytest.mark.parametrize(("text", "speaker", "content", "polarity"), [
    ("Madagascar's military on Friday denied having killed any opposition supporters overnight.",
     "Madagascar's military", "having killed any opposition supporters overnight", "denies"),
    ("Protests began after Iran admitted to shooting down a commercial plane.",
     "Iran", "shooting down a commercial plane", "affirms"),
])
def test_a_perfect_or_prepositional_gerund_after_deny_or_admit(nlp, text, speaker, content,
                                                               polarity):
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.content.text, c.polarity) for c in claims] == [
        (speaker, content, polarity)]


def test_a_report_that_says_is_the_object_disputed(nlp):
    text = "Police have disputed a report that says officers killed at least 33 people."
    claims = {c.speaker.text: (c.content.text, c.polarity) for c in extract_from_text(nlp, text)}
    assert claims == {
        "Police": ("a report that says officers killed at least 33 people", "denies"),
        "a report": ("officers killed at least 33 people", "affirms")}


@pytest.mark.parametrize(("text", "cue", "content", "polarity"), [
    ("The police submitted that Ravi complained of chest pain as he was being taken into "
     "custody.", "submitted", "Ravi complained of chest pain as he was being taken into custody",
     "affirms"),
    ("The army, however, debunked allegations that it shot at peaceful protesters that night.",
     "debunked", "it shot at peaceful protesters that night", "denies"),
])
def test_submitting_and_debunking(nlp, text, cue, content, polarity):
    claims = extract_from_text(nlp, text)
    assert [(c.cue.text, c.content.text, c.polarity) for c in claims] == [(cue, content, polarity)]


def test_a_second_refusal_inside_a_statement_stays(nlp):
    text = "Apple stated it will not fund the convention and will not provide any support."
    assert [c.content.text for c in extract_from_text(nlp, text)] == [
        "it will not fund the convention and will not provide any support"]


def test_a_participle_after_a_clause_with_its_own_subject_is_that_subjects(nlp):
    text = ("The army had maintained that its troops were not at the site, but on Tuesday night "
            "a military spokesman, Major Osoba Olaniyi, reversed that position, saying soldiers "
            "had been deployed there.")
    saying = next(c for c in extract_from_text(nlp, text) if c.cue.text == "saying")
    assert saying.speaker.canonical == "Osoba Olaniyi"


def test_a_base_form_cue_read_as_a_noun_after_a_plural_subject(nlp):
    text = ("The Mounties allege an unspecified \u201cinteraction\u201d took place in which one "
            "man was shot and killed.")
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.cue.text) for c in claims] == [("The Mounties", "allege")]
    assert claims[0].content.text.startswith("an unspecified")


@pytest.mark.parametrize(("text", "content"), [
    # hung on the next clause's verb as an adverbial
    ("Police allege he was shoplifting and assaulted a security guard.",
     "he was shoplifting and assaulted a security guard"),
    # the root of the sentence, with "that" after it
    ("Police allege that he was shoplifting.", "he was shoplifting"),
])
def test_allege_read_as_a_noun_after_police(nlp, text, content):
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.cue.text, c.content.text) for c in claims] == [
        ("Police", "allege", content)
    ]


@pytest.mark.parametrize(("text", "content"), [
    ('Human rights advocates in Kenya are condemning what they call "barbaric acts" by police.',
     "barbaric acts"),
    ("Officers received calls of a man aiming what callers described as a silver firearm.",
     "a silver firearm"),
])
def test_what_they_call_x_characterises_x(nlp, text, content):
    claims = [c for c in extract_from_text(nlp, text) if c.cue.text in ("call", "described")]
    assert [c.content.text for c in claims] == [content]


# (sentence, the content of its one claim)
ONE_CLAIM_CONTENTS = [
    # a source closing the sentence reports all its conjuncts
    ("CPR was started, but he was pronounced dead soon after, officials said.",
     "CPR was started, but he was pronounced dead soon after"),
    ("The responding officers were not wearing body cameras and there was no other video, "
     "according to police.",
     "The responding officers were not wearing body cameras and there was no other video"),
    # what a relative clause reports: not the main clause's predicate run on as its conjunct
    ("A 73-year-old deputy who authorities said fatally shot a suspect after confusing his stun "
     "gun and handgun was booked into county jail Tuesday.",
     "fatally shot a suspect after confusing his stun gun and handgun"),
    # ... and "fired" read as a participle after "said", "who" as its object
    ("A man who police said fired at officers and fled was arrested Monday.",
     "fired at officers and fled"),
    ("The deputy, who authorities said fired twice and then called for help, was placed on "
     "leave.", "fired twice and then called for help"),
    # a date or the channel between the cue and a content with no "that" is not said
    ("The bus driver told The Associated Press on Tuesday he was passing a convoy when he heard "
     "an explosion.", "he was passing a convoy when he heard an explosion"),
    ("The sheriff told reporters Tuesday the deputy had been placed on leave.",
     "the deputy had been placed on leave"),
    ("The Nuu-chah-nulth Tribal Council, Pacheedaht First Nation and the First Nations "
     "Leadership Council said in a statement they want a transparent investigation.",
     "they want a transparent investigation"),
    # ... but after "that", the date is part of what was said
    ("She said that on Friday the video was released.", "on Friday the video was released"),
    # an unquoted clause before the speaker is the writer's
    ("On August 12, a day after the chaos erupted following the announcement of the win, the "
     "Kenya Red Cross Society said it picked up 93 people who were injured during the violence.",
     "it picked up 93 people who were injured during the violence"),
    ("A jury was sworn in to hear the case on Tuesday but, following talks, Patrick McCann SC "
     "for the defendants told Mr Justice Michael McGrath the matter had been resolved.",
     "the matter had been resolved"),
    # a past-tense predicate after a present or perfect cue goes on with the content
    ("They allege jail workers ignored medical issues that lead to deaths, failed to stop brutal "
     "fights and even attacked inmates.",
     "jail workers ignored medical issues that lead to deaths, failed to stop brutal fights and "
     "even attacked inmates"),
    ("Police have said they were forced to act when Tuesday\u2019s protest escalated, but "
     "exercised only minimum force.",
     "they were forced to act when Tuesday\u2019s protest escalated, but exercised only minimum "
     "force"),
    # where the speaker got it from is the writer's sourcing
    ("Amnesty International said the eight killed at a protest in the Darfur region were shot "
     "with live ammunition used in automatic rifles, citing medical sources.",
     "the eight killed at a protest in the Darfur region were shot with live ammunition used in "
     "automatic rifles"),
    ("The officer said he was citing the driver for speeding.",
     "he was citing the driver for speeding"),
    # the speaker's own reticence, set against the content by "but", is the writer's
    ("At the time, police and state penitentiary representatives said some inmates had been "
     "killed but did not give details.", "some inmates had been killed"),
    ("Police said those killed belonged to the Bangladesh Nationalist Party (BNP) but gave no "
     "details.", "those killed belonged to the Bangladesh Nationalist Party (BNP)"),
    ("The minister said the plan would work but gave no timeline.", "the plan would work"),
    # a second clause the parser conjoined to the cue, after "said in a statement that"
    ("Police spokesman Ahmad Kamal said in a statement that one soldier had been killed and two "
     "protesters had died.", "one soldier had been killed and two protesters had died"),
    # the writer's aside, after a dash, on what the speaker left out
    ("The CTD claimed that the information was provided by an intelligence agency \u2014 the "
     "name of which they did not specify.",
     "the information was provided by an intelligence agency"),
    # but a quotation's own dash stays
    ('The judge said: "The law is uncertain \u2013 and it does not provide a clear path."',
     "The law is uncertain \u2013 and it does not provide a clear path"),
    # the writer's comment on the claim, set off as an apposition
    ("The police had earlier declared the deceased to be affiliated with Maoists, a charge their "
     "families denied.", "the deceased to be affiliated with Maoists"),
]


@pytest.mark.parametrize(("text", "content"), ONE_CLAIM_CONTENTS)
def test_the_content_of_a_sentences_one_claim(nlp, text, content):
    assert [c.content.text for c in extract_from_text(nlp, text)] == [content]


def test_a_label_with_an_adjective_and_no_as(nlp):
    text = ("The incident has prompted sharp reactions, with the Institute of Race Relations (IRR) "
            "labelling it \u201cindicative of a state that has lost sight of its obligations\u201d.")
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.cue.text) for c in claims] == [
        ("the Institute of Race Relations", "labelling")]
    assert "indicative of a state" in claims[0].content.text


@pytest.mark.parametrize(("text", "content"), [
    ("An official said in a telephone interview that \u201cmostly militants\u201d were killed.",
     "\u201cmostly militants\u201d were killed"),
    ("Ms Kornegay said the dead men suffered 'extensive injuries'.",
     "the dead men suffered 'extensive injuries'"),
    ('The chief said the shooting was "justified".', 'the shooting was "justified"'),
    # a whole quotation is still given without its marks
    ('"We acted lawfully," the chief said.', "We acted lawfully"),
    # a possessive apostrophe is no quotation mark
    ("He said the officers\u2019 version of events was wrong.",
     "the officers\u2019 version of events was wrong"),
    # and a bracket the content opens
    ("The force said it referred itself to the Independent Office of Police Conduct (IOPC).",
     "it referred itself to the Independent Office of Police Conduct (IOPC)"),
])
def test_a_content_keeps_the_quotation_marks_it_needs(nlp, text, content):
    claims = extract_from_text(nlp, text)
    assert [c.content.text for c in claims] == [content]


def test_a_parenthetical_cue_is_not_the_end_of_its_content(nlp):
    # "officials said" closes the content once the family's account is cut off
    claims = extract_from_text(nlp, "A man has died, officials said, but the family say he was "
                                    "unarmed.")
    assert [(c.speaker.text, c.content.text) for c in claims] == [
        ("officials", "A man has died"), ("the family", "he was unarmed")]


@pytest.mark.parametrize("text", [
    "The exhibit drew record crowds, according to curator Elaine Gustafon.",
    "The exhibit drew record crowds, according to curator Xavier Toby.",
])
def test_according_to_a_title_parsed_apart_from_the_name(nlp, text):
    # the parser may make the title and the name two objects of "to"
    claims = extract_from_text(nlp, text)
    name = text.split("curator ")[1].rstrip(".")
    assert [(c.speaker.text, c.speaker.canonical, c.content.text) for c in claims] == [
        ("curator " + name, name, "The exhibit drew record crowds")]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # the parser reads "police sub" as objects inside the quotation: the quotation ends the
    # content, and the words between it and the cue are the speaker's
    ('"No police officer would ever shoot a protester," police sub-director Ana Ruiz said on '
     'radio.', "police sub-director Ana Ruiz", "No police officer would ever shoot a protester"),
    ('"No [police] general would give orders to fire at another citizen," police sub-director '
     'Luis Mora said on television.', "police sub-director Luis Mora",
     "No [police] general would give orders to fire at another citizen"),
])
def test_a_quotation_ends_where_its_speakers_title_begins(nlp, text, speaker, content):
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.content.text) for c in claims] == [(speaker, content)]


def test_a_second_cue_after_a_parenthetical_one_has_its_speaker_and_its_own_quotation(nlp):
    # "alleged" is parsed as a conjunct of the first quoted clause and "said" as an aside
    text = ("The marchers insisted that both men were innocent. \"Both of them were tailors by "
            "profession,\" they said, and alleged, \"Police killed them in a fake encounter.\"")
    claims = [c for c in extract_from_text(nlp, text) if c.cue.text in ("said", "alleged")]
    assert [(c.speaker.text, c.cue.text, c.content.text) for c in claims] == [
        ("they", "said", "Both of them were tailors by profession"),
        ("they", "alleged", "Police killed them in a fake encounter")]


@pytest.mark.parametrize(("text", "claims_expected"), [
    # the label a relative clause gives its noun is its speaker's, and no part of the object
    # another speaker rejected
    ('The union rejected the proposal, which the minister called "very generous."',
     [("The union", "rejected", "the proposal"), ("the minister", "called", "very generous")]),
    ("The agent suffered an injury that the sheriff described as minor.",
     [("the sheriff", "described", "minor")]),
    ("The crowd booed the warden, whom they accused of torture.",
     [("they", "accused", "torture")]),
])
def test_a_relative_clause_that_labels_its_noun(nlp, text, claims_expected):
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.cue.text, c.content.text) for c in claims] == claims_expected


@pytest.mark.parametrize(("text", "cue", "content", "checkable"), [
    ('The mayor rubbished the report, dubbing it "baseless and untrue".', "dubbing",
     'it "baseless and untrue"', True),
    ("Activists hailed the ruling as a turning point.", "hailed",
     "the ruling as a turning point", False),
    ("Rights groups decried the raid as an act of collective punishment.", "decried",
     "the raid as an act of collective punishment", False),
])
def test_labelling_verbs(nlp, text, cue, content, checkable):
    claims = [c for c in extract_from_text(nlp, text) if c.cue.text == cue]
    assert [(c.content.text, c.checkable) for c in claims] == [(content, checkable)]


@pytest.mark.parametrize("text", ["Crowds hailed the firefighters.", "She hailed a taxi."])
def test_hailing_without_a_label_is_no_claim(nlp, text):
    assert extract_from_text(nlp, text) == []


@pytest.mark.parametrize(("text", "content"), [
    # "something X denies" closing the content is the writer setting another account against it
    ("Police said the man fired first, something his family strongly denies.",
     "the man fired first"),
    ("The officer recounts that he warned the driver, something he never actually did.",
     "he warned the driver"),
])
def test_something_another_denies_is_no_part_of_the_content(nlp, text, content):
    claims = extract_from_text(nlp, text)
    assert [c.content.text for c in claims][:1] == [content]


def test_according_to_a_group_named_by_a_phrase_in_the_lexicon(nlp):
    # "rights groups" is a speaker phrase; what follows the phrase's comma is the writer's
    text = ("The army killed 350 members, with many gunned down and burned alive according to "
            "rights groups, during a procession in 2015.")
    claims = extract_from_text(nlp, text)
    assert [(c.speaker.text, c.content.text) for c in claims] == [
        ("rights groups", "many gunned down and burned alive")]


@pytest.mark.parametrize(("text", "content"), [
    # dismissing a claim noun denies the claim, with no "as" label
    ("The president dismissed accusations of ballot box stuffing.",
     "accusations of ballot box stuffing"),
    ("The minister dismissed reports that he would resign.", "he would resign"),
])
def test_dismissing_a_claim_denies_it(nlp, text, content):
    claims = extract_from_text(nlp, text)
    assert [(c.content.text, c.polarity, c.checkable) for c in claims] == [
        (content, "denies", True)]


@pytest.mark.parametrize("text", ["The judge dismissed the charges against him.",
                                  "The court dismissed the case."])
def test_dismissing_charges_or_a_case_is_no_claim(nlp, text):
    assert extract_from_text(nlp, text) == []


@pytest.mark.parametrize(("text", "content"), [
    # "allege" with a thing as its object alleges that thing
    ("The complaint also alleged safety violations at the plant.",
     "safety violations at the plant"),
    ("It also alleged failings over software testing and quality assurance.",
     "failings over software testing and quality assurance"),
    # a clause is still the content
    ("The lawsuit alleges that the company lied.", "the company lied"),
])
def test_an_allegation_of_a_thing(nlp, text, content):
    claims = extract_from_text(nlp, text)
    assert [(c.content.text, c.polarity) for c in claims] == [(content, "affirms")]


@pytest.mark.parametrize(("text", "content"), [
    # "accused X of Y" alleges Y, a deed or a thing
    ("Protesters accused officers of a massacre.", "a massacre"),
    ("The lawsuit accuses the company of negligence.", "negligence"),
    ("Protesters accused officers of perpetrating a massacre.", "perpetrating a massacre"),
    # an "of" inside the accused's name is not what they are accused of
    ("A lawsuit accuses the Corrections Corporation of America of killing an inmate.",
     "killing an inmate"),
])
def test_what_someone_is_accused_of(nlp, text, content):
    claims = extract_from_text(nlp, text)
    assert [c.content.text for c in claims] == [content]


def test_a_percentage_closing_the_content_keeps_its_sign(nlp):
    claims = extract_from_text(nlp, "The commission said turnout was 70%.")
    assert [c.content.text for c in claims] == ["turnout was 70%"]


def test_a_second_that_clause_of_the_same_cue_goes_on_with_the_content(nlp):
    text = ("A police officer told reporters that the arrest of 40 fans \"is not a punishment of "
            "the club,\" and that not all would be charged with rioting.")
    claims = extract_from_text(nlp, text)
    assert len(claims) == 1
    assert claims[0].content.text.endswith("not all would be charged with rioting")


@pytest.mark.parametrize(("text", "content"), [
    # an accusation ends before the accuser's next deed, but keeps two deeds of the accused
    ("The opposition party accused the governor of attempting to cover up the scandal and "
     "called for an independent inquiry.", "attempting to cover up the scandal"),
    ("The union accused the firm of cutting wages and firing strikers.",
     "cutting wages and firing strikers"),
    # the "of" hung on the last of two objects
    ("The union accused the company and the regulator of hiding safety reports.",
     "hiding safety reports"),
    # "board" tagged as a name: a lower-case noun after "of" is the accusation, not the name
    ("The opposition leader accused the electoral board of fraud.", "fraud"),
    # "the fact that X" is the subject of what was contended
    ("Lawyers contended the fact that the boy was unarmed meant the shooting was unjustified.",
     "the fact that the boy was unarmed meant the shooting was unjustified"),
    # "according to X on Tuesday": the phrase and its date stay out
    ("Five miners were trapped in the shaft, according to the mining ministry on Monday.",
     "Five miners were trapped in the shaft"),
])
def test_the_one_content_of_these(nlp, text, content):
    assert [c.content.text for c in extract_from_text(nlp, text)] == [content]
