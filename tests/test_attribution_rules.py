"""Each attribution rule on hand-built Docs: exact parses, so each rule is tested on its own.

A row is a tokenised sentence with its dependency parse written out as ``word/TAG/dep/head``
(head = index of the head token, the root points at itself). Expected values come from
reading the sentence, not from running the extractor.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from claimcheck.errors import ResourceError
from claimcheck.extract import extract_claims
from claimcheck.models import Article
from claimcheck.pipeline import CONTENT_GROUP, CUE_GROUP, SPEAKER_GROUP
from claimcheck.pipeline.attribution import AttributionComponent
from claimcheck.pipeline.quotes import find_quote_regions
from claimcheck.resources.lexicon import load_cue_lexicon, load_speaker_lexicon

# tag -> coarse part of speech
_POS = {
    "NNP": "PROPN", "NN": "NOUN", "NNS": "NOUN", "PRP": "PRON", "PRP$": "PRON", "WP": "PRON",
    "VBD": "VERB", "VBZ": "VERB", "VBG": "VERB", "VBN": "VERB", "VB": "VERB", "VBP": "VERB",
    "AUX": "AUX", "DT": "DET", "JJ": "ADJ", "IN": "ADP", "TO": "ADP", "RB": "ADV", "NEG": "PART",
    "CC": "CCONJ", "SC": "SCONJ", "P": "PUNCT", "Q": "PUNCT",
}
_TAG = {"AUX": "VBD", "NEG": "RB", "SC": "IN", "P": ".", "Q": "``"}
_LEMMA = {"said": "say", "says": "say", "claimed": "claim", "accused": "accuse",
          "called": "call", "found": "find", "denied": "deny", "was": "be", "is": "be",
          "saying": "say", "told": "tell", "according": "accord", "officials": "official",
          "moving": "move", "reads": "read", "rammed": "ram", "ramming": "ram",
          "brandished": "brandish", "heard": "hear"}
_NO_SPACE_BEFORE = {",", ".", "”", ":", "'s"}
_NO_SPACE_AFTER = {"“"}
VOCAB = spacy.blank("en").vocab


def make_doc(spec: str, ents: list[str] | None = None) -> Doc:
    """A Doc from ``"word/TAG/dep/head ..."``; spaces follow English punctuation habits."""
    words, tags, deps, heads = [], [], [], []
    for item in spec.split():
        word, tag, dep, head = item.rsplit("/", 3)
        words.append(word)
        tags.append(tag)
        deps.append(dep)
        heads.append(int(head))
    spaces = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        spaces.append(nxt is not None and w not in _NO_SPACE_AFTER and nxt not in _NO_SPACE_BEFORE)
    return Doc(
        VOCAB, words=words, spaces=spaces, heads=heads, deps=deps,
        pos=[_POS[t] for t in tags], tags=[_TAG.get(t, t) for t in tags],
        lemmas=[_LEMMA.get(w.lower(), w.lower()) for w in words], ents=ents,
    )


@pytest.fixture(scope="module")
def component() -> AttributionComponent:
    return AttributionComponent(spacy.blank("en"))


def claims_of(component: AttributionComponent, doc: Doc):
    component(doc)
    return extract_claims(doc, Article(id="t", path="t", text=doc.text))


# --------------------------------------------------------------------------- positive rules

SAID_CLAUSE = ("Officials/NNS/nsubj/1 said/VBD/ROOT/1 the/DT/det/3 car/NN/nsubj/5 "
               "was/AUX/aux/5 moving/VBG/ccomp/1 ./P/punct/1")
PARENTHETICAL = ("The/DT/det/1 car/NN/nsubj/7 ,/P/punct/4 she/PRP/nsubj/4 said/VBD/parataxis/7 "
                 ",/P/punct/4 was/AUX/aux/7 moving/VBG/ROOT/7 ./P/punct/7")
DIRECT_QUOTE = ("“/Q/punct/3 It/PRP/nsubj/3 was/AUX/aux/3 moving/VBG/ccomp/7 ,/P/punct/7 "
                "”/Q/punct/7 he/PRP/nsubj/7 said/VBD/ROOT/7 ./P/punct/7")
MIXED_QUOTE = ("Police/NNS/nsubj/1 said/VBD/ROOT/1 the/DT/det/3 agent/NN/nsubj/5 “/Q/punct/5 "
               "responded/VBD/ccomp/1 bravely/RB/advmod/5 ./P/punct/1 ”/Q/punct/1")
ACCORDING = ("The/DT/det/1 car/NN/nsubj/3 was/AUX/aux/3 moving/VBG/ROOT/3 ,/P/punct/3 "
             "according/VBG/prep/3 to/IN/prep/5 police/NNS/pobj/6 ./P/punct/3")
ACCUSED = ("Officials/NNS/nsubj/1 accused/VBD/ROOT/1 her/PRP/dobj/1 of/IN/prep/1 "
           "ramming/VBG/pcomp/3 the/DT/det/6 car/NN/dobj/4 ./P/punct/1")
CALLED = ("Noem/NNP/nsubj/1 called/VBD/ROOT/1 it/PRP/dobj/1 an/DT/det/4 attack/NN/oprd/1 "
          "./P/punct/1")
AS_CLAIMED = ("He/PRP/nsubj/1 brandished/VBD/ROOT/1 a/DT/det/3 weapon/NN/dobj/1 ,/P/punct/1 "
              "as/SC/mark/8 Ms./NNP/compound/7 Noem/NNP/nsubj/8 claimed/VBD/advcl/1 ./P/punct/1")
STATEMENT_SAYING = ("DHS/NNP/nsubj/1 issued/VBD/ROOT/1 a/DT/det/3 statement/NN/dobj/1 "
                    "saying/VBG/acl/3 the/DT/det/6 agent/NN/nsubj/7 responded/VBD/ccomp/4 "
                    "./P/punct/1")
RELATIVE = ("He/PRP/nsubj/1 shot/VBD/ROOT/1 a/DT/det/3 man/NN/dobj/1 who/WP/nsubj/6 "
            "DHS/NNP/nsubj/6 said/VBD/relcl/3 resisted/VBD/ccomp/6 arrest/NN/dobj/7 ./P/punct/1")
# the colon ends the introducing sentence; the content is the sentence after it
COLON = ("The/DT/det/1 policy/NN/nsubj/2 reads/VBZ/ROOT/2 :/P/punct/2 Force/NN/nsubj/5 "
         "is/AUX/ROOT/5 unlawful/JJ/acomp/5 ./P/punct/5")
NOUN_THAT = ("Her/PRP$/poss/1 claim/NN/nsubjpass/7 that/SC/mark/4 she/PRP/nsubj/4 "
             "swerved/VBD/acl/1 was/AUX/auxpass/7 never/RB/neg/7 tested/VBN/ROOT/7 ./P/punct/7")
TRAILING = ("An/DT/det/1 agent/NN/nsubj/2 fired/VBD/ROOT/2 twice/RB/advmod/2 ,/P/punct/6 "
            "officials/NNS/nsubj/6 said/VBD/prep/2 ./P/punct/2")
FOUND = ("A/DT/det/2 video/NN/compound/2 analysis/NN/nsubj/3 found/VBD/ROOT/3 that/SC/mark/6 "
         "she/PRP/nsubj/6 turned/VBD/ccomp/3 away/RB/advmod/6 ./P/punct/3")
DENIED = ("She/PRP/nsubj/1 denied/VBD/ROOT/1 that/SC/mark/4 he/PRP/nsubj/4 fired/VBD/ccomp/1 "
          "./P/punct/1")


@pytest.mark.parametrize(
    ("spec", "speaker", "cue", "content", "quote_type", "rule"),
    [
        (SAID_CLAUSE, "Officials", "said", "the car was moving", "indirect", "clause"),
        (PARENTHETICAL, "she", "said", "The car, she said, was moving", "indirect", "parenthetical"),
        (DIRECT_QUOTE, "he", "said", "It was moving", "direct", "quote"),
        (MIXED_QUOTE, "Police", "said", "the agent “responded bravely.”", "mixed", "clause"),
        (ACCORDING, "police", "according to", "The car was moving", "indirect", "according_to"),
        (ACCUSED, "Officials", "accused", "ramming the car", "indirect", "accuse_object"),
        (CALLED, "Noem", "called", "it an attack", "indirect", "characterise_object"),
        (AS_CLAIMED, "Ms. Noem", "claimed", "He brandished a weapon", "indirect", "as_clause"),
        (STATEMENT_SAYING, "DHS", "statement saying", "the agent responded", "indirect",
         "clause+participle"),
        (FOUND, "A video analysis", "found", "she turned away", "indirect", "clause"),
        (RELATIVE, "DHS", "said", "resisted arrest", "indirect", "relative_clause"),
        (COLON, "The policy", "reads", "Force is unlawful", "indirect", "colon"),
        (NOUN_THAT, "Her", "claim", "she swerved", "indirect", "noun_that+possessor"),
        (TRAILING, "officials", "said", "An agent fired twice", "indirect", "trailing_cue"),
    ],
    ids=["said-clause", "parenthetical", "direct", "mixed", "according-to", "accused-of",
         "called-x-a-y", "as-claimed", "statement-saying", "found-that", "who-dhs-said",
         "colon", "her-claim-that", "trailing-officials-said"],
)
def test_rule_finds_attribution(component, spec, speaker, cue, content, quote_type, rule):
    claims = claims_of(component, make_doc(spec))
    assert len(claims) == 1
    c = claims[0]
    assert (c.speaker.text, c.cue.text, c.content.text) == (speaker, cue, content)
    assert c.quote_type == quote_type
    assert c.rule == rule


@pytest.mark.parametrize(
    ("spec", "polarity", "role", "hedged"),
    [
        (SAID_CLAUSE, "affirms", "claim", False),
        ("Activists/NNS/nsubj/1 said/VBD/ROOT/1 Porter/NNP/nsubj/3 was/AUX/ccomp/1 "
         "not/NEG/neg/3 a/DT/det/6 shooter/NN/attr/3 ./P/punct/1", "denies", "claim", False),
        (DENIED, "denies", "claim", False),
        ("Claims/NNS/nsubj/1 are/AUX/ccomp/5 false/JJ/acomp/1 ,/P/punct/5 she/PRP/nsubj/5 "
         "said/VBD/ROOT/5 ./P/punct/5", "denies", "claim", False),
        (FOUND, "affirms", "evidence_statement", False),
        ("Police/NNS/nsubj/1 said/VBD/ROOT/1 she/PRP/nsubj/4 allegedly/RB/advmod/4 "
         "rammed/VBD/ccomp/1 it/PRP/dobj/4 ./P/punct/1", "affirms", "claim", True),
    ],
    ids=["plain", "was-not", "denied-that", "are-false", "evidence", "allegedly"],
)
def test_polarity_role_and_hedging(component, spec, polarity, role, hedged):
    (c,) = claims_of(component, make_doc(spec))
    assert (c.polarity, c.role, c.hedged) == (polarity, role, hedged)


@pytest.mark.parametrize(
    ("spec", "checkable"),
    [
        (SAID_CLAUSE, True),
        ("He/PRP/nsubj/1 said/VBD/ROOT/1 the/DT/det/3 agent/NN/nsubjpass/5 is/AUX/auxpass/5 "
         "protected/VBN/ccomp/1 by/IN/agent/5 immunity/NN/pobj/6 ./P/punct/1", False),
        ("We/PRP/nsubj/1 said/VBD/ROOT/1 we/PRP/nsubj/4 will/AUX/aux/4 win/VB/ccomp/1 "
         "./P/punct/1", False),
    ],
    ids=["fact", "legal-characterisation", "prediction"],
)
def test_checkable(component, spec, checkable):
    (c,) = claims_of(component, make_doc(spec))
    assert c.checkable is checkable


# --------------------------------------------------------------------------- negative cases


@pytest.mark.parametrize(
    "spec",
    [
        # a speech verb with a plain object says nothing attributable
        "He/PRP/nsubj/1 said/VBD/ROOT/1 nothing/NN/dobj/1 ./P/punct/1",
        # no cue at all
        "The/DT/det/1 report/NN/nsubjpass/3 was/AUX/auxpass/3 released/VBN/ROOT/3 ./P/punct/3",
        # "called on" is not a characterisation
        "Activists/NNS/nsubj/1 called/VBD/ROOT/1 on/IN/prep/1 police/NNS/pobj/2 ./P/punct/1",
        # a passive cue with no agent has no speaker
        "She/PRP/nsubjpass/2 was/AUX/auxpass/2 accused/VBN/ROOT/2 of/IN/prep/2 "
        "theft/NN/pobj/3 ./P/punct/2",
        # not responding to a request for comment is not a claim
        "ICE/NNP/nsubj/1 declined/VBD/ROOT/1 to/TO/aux/3 comment/VB/xcomp/1 ./P/punct/1",
    ],
    ids=["said-nothing", "no-cue", "called-on", "agentless-passive", "no-comment"],
)
def test_no_attribution(component, spec):
    assert claims_of(component, make_doc(spec)) == []


def test_unparsed_doc_gives_no_claims(component):
    doc = spacy.blank("en")("Officials said the car was moving.")
    assert claims_of(component, doc) == []


# --------------------------------------------------------------------------- speakers


def test_short_name_and_title_resolve_to_full_name(component):
    spec = ("Kristi/NNP/compound/1 Noem/NNP/nsubj/2 spoke/VBD/ROOT/2 ./P/punct/2 "
            "Ms./NNP/compound/5 Noem/NNP/nsubj/6 said/VBD/ROOT/6 it/PRP/nsubj/8 "
            "moved/VBD/ccomp/6 ./P/punct/6")
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O", "O"]
    doc = make_doc(spec, ents=ents)
    (c,) = claims_of(component, doc)
    assert (c.speaker.text, c.speaker.canonical) == ("Ms. Noem", "Kristi Noem")


def test_pronoun_takes_previous_speaker(component):
    spec = ("Noem/NNP/nsubj/1 said/VBD/ROOT/1 it/PRP/nsubj/3 moved/VBD/ccomp/1 ./P/punct/1 "
            "She/PRP/nsubj/6 said/VBD/ROOT/6 he/PRP/nsubj/8 fled/VBD/ccomp/6 ./P/punct/6")
    ents = ["B-PERSON"] + ["O"] * 9
    doc = make_doc(spec, ents=ents)
    first, second = claims_of(component, doc)
    assert first.speaker.canonical == "Noem"
    assert (second.speaker.text, second.speaker.canonical) == ("She", "Noem")


@pytest.mark.parametrize(
    ("spec", "text", "canonical", "kind"),
    [
        ("The/DT/det/1 DHS/NNP/nsubj/2 said/VBD/ROOT/2 it/PRP/nsubj/4 moved/VBD/ccomp/2 "
         "./P/punct/2", "The DHS", "Department of Homeland Security", "agency"),
        ("A/DT/det/2 DHS/NNP/compound/2 official/NN/nsubj/3 said/VBD/ROOT/3 it/PRP/nsubj/5 "
         "moved/VBD/ccomp/3 ./P/punct/3", "A DHS official", "Department of Homeland Security",
         "official"),
        ("The/DT/det/1 complaint/NN/nsubj/2 said/VBD/ROOT/2 it/PRP/nsubj/4 moved/VBD/ccomp/2 "
         "./P/punct/2", "The complaint", "complaint", "document"),
        ("Local/JJ/amod/1 activists/NNS/nsubj/2 said/VBD/ROOT/2 it/PRP/nsubj/4 "
         "moved/VBD/ccomp/2 ./P/punct/2", "Local activists", "local activists", "activist"),
        ("A/DT/det/1 witness/NN/nsubj/2 said/VBD/ROOT/2 it/PRP/nsubj/4 moved/VBD/ccomp/2 "
         "./P/punct/2", "A witness", "witness", "witness"),
    ],
    ids=["alias", "official-of-agency", "document", "activist", "witness"],
)
def test_speaker_canonical_and_type(component, spec, text, canonical, kind):
    (c,) = claims_of(component, make_doc(spec))
    assert (c.speaker.text, c.speaker.canonical, c.speaker.type) == (text, canonical, kind)


def test_the_department_refers_back_to_the_named_department(component):
    spec = ("Homeland/NNP/compound/2 Security/NNP/compound/2 Department/NNP/nsubj/3 "
            "acted/VBD/ROOT/3 ./P/punct/3 The/DT/det/6 department/NN/nsubj/7 said/VBD/ROOT/7 "
            "it/PRP/nsubj/9 moved/VBD/ccomp/7 ./P/punct/7")
    ents = ["B-ORG", "I-ORG", "I-ORG"] + ["O"] * 8
    doc = make_doc(spec, ents=ents)
    (c,) = claims_of(component, doc)
    assert (c.speaker.text, c.speaker.canonical) == ("The department",
                                                     "Department of Homeland Security")


# --------------------------------------------------------------------------- offsets, storage


def test_offsets_index_the_article_text(component):
    doc = make_doc(SAID_CLAUSE)
    component(doc)
    prefix = "---\ntitle: x\n---\n"
    article = Article(id="a", path="a", text=prefix + doc.text, body_start=len(prefix))
    (c,) = extract_claims(doc, article, offset=article.body_start)
    for span in (c.speaker, c.cue, c.content):
        assert article.text[span.start:span.end] == span.text
    assert c.id == "a:c001"
    assert c.sentence == "Officials said the car was moving."


def test_claim_ids_follow_text_order(component):
    doc = Doc.from_docs([make_doc(SAID_CLAUSE), make_doc(DENIED)])
    claims = claims_of(component, doc)
    assert [c.id for c in claims] == ["t:c001", "t:c002"]
    assert [c.cue.text for c in claims] == ["said", "denied"]


def test_spans_survive_a_docbin_round_trip(component):
    doc = make_doc(ACCUSED)
    component(doc)
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    (back,) = DocBin().from_bytes(data).get_docs(spacy.blank("en").vocab)
    before = extract_claims(doc, Article(id="t", path="t", text=doc.text))
    after = extract_claims(back, Article(id="t", path="t", text=back.text))
    assert before == after
    assert back.spans[SPEAKER_GROUP][0].kb_id_ == "officials"  # common nouns: lower case
    assert back.spans[CUE_GROUP][0].label_ == "accuse"
    assert back.spans[CONTENT_GROUP].attrs["rule"] == ["accuse_object"]


# --------------------------------------------------------------------------- quotations


@pytest.mark.parametrize(
    ("text", "quoted", "closed"),
    [
        ("He said “it moved.” Then left.", ["it moved."], [True]),
        ('He said "it moved." Then "left."', ["it moved.", "left."], [True, True]),
        ("“One. Two,” she said.", ["One. Two,"], [True]),
        # unbalanced: the quotation ends with its paragraph, not at the end of the text
        ("She said “it moved.\nNothing else.", ["it moved."], [False]),
        # a second opening mark closes the first quotation
        ("“One “two” three.", ["One", "two"], [False, True]),
        # a stray closing mark is ignored
        ("It moved.” Then “it stopped.”", ["it stopped."], [True]),
        ("No quotes here.", [], []),
        # straight marks are told apart by their neighbours, not only by counting
        ('"Stop it", added KCNA. "Now."', ["Stop it", "Now."], [True, True]),
        ('A "quasi-state of war" holds. "We fight," he said.', ["quasi-state of war", "We fight,"],
         [True, True]),
        ('Then it ended." He said "go.', ["go."], [False]),
        # a paragraph after an unclosed quotation, with a closing mark and no opening one,
        # goes on with the quotation
        ("He said “we won.\n\nIt was hard.” Then he left.", ["we won.", "It was hard."],
         [False, True]),
        ('He said "we won.\n\nIt was hard." Then he left.', ["we won.", "It was hard."],
         [False, True]),
        # but not after a paragraph that ended outside any quotation
        ("He said “we won.”\n\nIt was hard.” Then he left.", ["we won."], [True]),
        ("He said “we won.\n\nNothing.\n\nIt was hard.” Then he left.", ["we won."], [False]),
        # typewriter pairs, as in older wire copy: ``opened like this'' or ''both ways''
        ("``We won,'' he said. ''It was hard.''", ["We won,", "It was hard."], [True, True]),
        ("A ''quasi-state of war'' holds.", ["quasi-state of war"], [True]),
        # an apostrophe is no mark, nor are three in a row
        ("The band's rock 'n' roll year.", [], []),
        # a closing mark typed at both ends: at a paragraph's start or after a space, before a
        # word, it opens
        ("”We won,” he said.\nShe said ”it was hard.”", ["We won,", "it was hard."],
         [True, True]),
        # two single curly marks typed for a double one
        ("They said the forces came \u201cfiring, forcing everyone to flee\u2019\u2019. The "
         "residents alleged arson.", ["firing, forcing everyone to flee"], [True]),
        ("\u2018\u2018We won,\u2019\u2019 he said.", ["We won,"], [True]),
        # speech in single marks, closed after its own punctuation; apostrophes inside
        ("'I think it's over. Our staff wouldn't do that,' she said.",
         ["I think it's over. Our staff wouldn't do that,"], [True]),
        ("\u2018We acted lawfully,\u2019 the officer\u2019s lawyer said.", ["We acted lawfully,"],
         [True]),
        # a scare quote, a possessive and a quoted label are no speech
        ("She said the men suffered 'extensive injuries'. 'We know who did it,' she said.",
         ["We know who did it,"], [True]),
        ("The officers\u2019 version was disputed, she said.", [], []),
        ("'Help prevent similar deaths'", [], []),
        # opened after a colon or at a paragraph's start and left open: to the paragraph's end;
        # double marks inside stay part of it
        ("The statement reads: \u2018He asked them to \u201cact now\u201d.\n\u2018It is a "
         "real possibility.\u2019", ["He asked them to \u201cact now\u201d.",
                                     "It is a real possibility."], [False, True]),
    ],
    ids=["curly", "straight", "two-sentences", "unclosed", "reopened", "stray-close", "none",
         "straight-after-comma", "straight-pairs", "straight-stray-close", "continued-curly",
         "continued-straight", "closed-before", "paragraph-between", "typewriter-pairs",
         "typewriter-inline", "apostrophes", "closing-marks-both-ends", "two-singles-close",
         "two-singles-both", "single-straight", "single-curly", "single-after-scare-quote",
         "possessive", "single-label", "single-left-open"],
)
def test_quote_regions(text, quoted, closed):
    regions = find_quote_regions(text)
    assert [text[r.start:r.end] for r in regions] == quoted
    assert [r.closed for r in regions] == closed


def test_quote_region_on_its_own_paragraph_is_attributed_by_the_next_cue(component):
    spec = ("“/Q/punct/2 Come/VB/ROOT/2 ./P/punct/2 ”/Q/punct/2 "
            "Beck/NNP/nsubj/5 said/VBD/ROOT/5 ./P/punct/5")
    doc = make_doc(spec)
    (c,) = claims_of(component, doc)
    assert (c.speaker.text, c.content.text, c.rule) == ("Beck", "Come", "adjacent_quote")


# --------------------------------------------------------------------------- lexicons


def test_bundled_lexicons_load():
    cues = load_cue_lexicon()
    assert {"say", "claim", "accuse", "deny", "find"} <= set(cues.verb_map())
    speakers = load_speaker_lexicon()
    assert any(e.canonical == "Department of Homeland Security" for e in speakers.entities)


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("verbs:\n  - {lemma: say, colour: red}\n", "verbs.0.colour"),
        ("verbs:\n  - {lemma: say}\n  - {lemma: say}\n", "duplicate verb lemma 'say'"),
        ("verbs:\n  - {lemma: say, kind: shout}\n", "verbs.0.kind"),
        ("verbs: []\n", "verbs"),
        ("verbs: [\n", "not valid YAML"),
        ("- just a list\n", "expected a mapping"),
        ("verbs:\n  - {lemma: say}\nverb_adjective_cues: [clear]\n",
         "not a verb lemma and an adjective"),
    ],
    ids=["unknown-field", "duplicate", "bad-kind", "empty", "bad-yaml", "not-a-mapping",
         "verb-adjective-one-word"],
)
def test_bad_cue_lexicon_is_reported(tmp_path, yaml_text, message):
    path = tmp_path / "cues.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(ResourceError) as info:
        load_cue_lexicon(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_alias_naming_two_speakers_is_reported(tmp_path):
    path = tmp_path / "speakers.yaml"
    path.write_text(
        "entities:\n"
        "  - {canonical: A Agency, type: agency, aliases: [AA]}\n"
        "  - {canonical: B Agency, type: agency, aliases: [aa]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ResourceError, match="names both"):
        load_speaker_lexicon(path)


def test_an_abbreviated_title_without_its_stop_is_reported(tmp_path):
    path = tmp_path / "speakers.yaml"
    path.write_text("abbreviated_titles: [Sgt., Capt]\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="'Capt' is not one word ending in a full stop"):
        load_speaker_lexicon(path)


def test_the_component_keeps_abbreviated_titles_whole():
    nlp = spacy.blank("en")
    assert [t.text for t in nlp("Sgt. Ann Lee")][:2] == ["Sgt", "."]  # spaCy alone splits it
    nlp.add_pipe("claimcheck_attribution")
    assert [t.text for t in nlp("Sgt. Ann Lee and Det. Bo Ruiz")] == \
        ["Sgt.", "Ann", "Lee", "and", "Det.", "Bo", "Ruiz"]


def test_user_cue_lexicon_replaces_the_bundled_one(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_text("verbs:\n  - {lemma: whisper}\n", encoding="utf-8")
    nlp = spacy.blank("en")
    comp = nlp.add_pipe("claimcheck_attribution", config={"cues_path": str(path)})
    assert set(comp.verbs) == {"whisper"}
    assert claims_of(comp, make_doc(SAID_CLAUSE)) == []


def test_component_saves_and_loads_its_lexicons(tmp_path, component):
    component.to_disk(tmp_path / "attr")
    fresh = AttributionComponent(spacy.blank("en"))
    fresh.from_disk(tmp_path / "attr")
    assert fresh.cues == component.cues
    assert fresh.speakers == component.speakers


# the parser hung "and" on the reported clause and the next clause on the cue
DANGLING_AND = ("Jafari/NNP/nsubj/1 said/VBD/ROOT/1 Reyes/NNP/nsubj/4 was/AUX/auxpass/4 "
                "wronged/VBN/ccomp/1 and/CC/cc/4 her/PRP$/poss/7 post/NN/nsubj/8 "
                "helped/VBD/conj/1 ./P/punct/1")


def test_a_dangling_conjunction_ends_no_content(component):
    claims = claims_of(component, make_doc(DANGLING_AND))
    assert [c.content.text for c in claims] == ["Reyes was wronged"]


# the parser read the writer's opening phrase as a second clause of the cue
CLAUSE_BEFORE_CUE = ("With/IN/prep/1 work/NN/ccomp/5 complete/JJ/acomp/1 ,/P/punct/5 "
                     "Acme/NNP/nsubj/5 said/VBD/ROOT/5 that/SC/mark/8 prices/NNS/nsubj/8 "
                     "rose/VBD/ccomp/5 ./P/punct/5")


def test_a_that_clause_after_the_cue_is_the_content(component):
    claims = claims_of(component, make_doc(CLAUSE_BEFORE_CUE))
    assert [(c.speaker.text, c.content.text) for c in claims] == [("Acme", "prices rose")]


# "With his wife Jane Roe, former governor Tom Ruiz said ...": the parser hung the speaker on
# the earlier name as a second apposition and left the cue with no subject
APPOSED_SPEAKER = ("With/IN/prep/10 his/PRP$/poss/2 wife/NN/pobj/0 Jane/NNP/compound/4 "
                   "Roe/NNP/appos/2 ,/P/punct/4 former/JJ/amod/7 governor/NN/compound/9 "
                   "Tom/NNP/compound/9 Ruiz/NNP/appos/4 said/VBD/ROOT/10 the/DT/det/12 "
                   "budget/NN/nsubj/13 was/AUX/ccomp/10 balanced/JJ/acomp/13 ./P/punct/10")


def test_an_apposition_not_set_off_by_a_comma_is_no_speaker(component):
    spec = APPOSED_SPEAKER.replace(",/P/punct/4", "and/CC/cc/4")
    assert claims_of(component, make_doc(spec)) == []


# the parser hung the rest of the sentence (", a claim ...") on the speaker, so the speaker's
# words run over the cue; the speaker ends before "could be heard saying"
OVERHEARD_RUN_ON = ("“/Q/punct/2 You/PRP/nsubj/2 let/VBD/ccomp/13 us/PRP/dobj/2 in/RB/advmod/2 "
                    ",/P/punct/2 ”/Q/punct/13 one/NN/nsubjpass/13 of/IN/prep/7 the/DT/det/10 "
                    "agents/NNS/pobj/8 could/AUX/aux/13 be/AUX/auxpass/13 heard/VBN/ROOT/13 "
                    "saying/VBG/xcomp/13 ,/P/punct/7 a/DT/det/17 claim/NN/appos/7 ./P/punct/13")


# the parser hung the quotation inside the speaker's phrase (as a clause of the title); the
# speaker's phrase leaves it out and the quotation before it is what was told
QUOTE_INSIDE_SPEAKER = ("“/Q/punct/3 The/DT/det/2 department/NN/nsubj/3 acts/VBZ/ccomp/6 "
                        ",/P/punct/3 ”/Q/punct/6 Sgt./NNP/compound/7 Lee/NNP/nsubj/8 "
                        "told/VBD/ROOT/8 the/DT/det/10 board/NN/dobj/8 ./P/punct/8")


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (APPOSED_SPEAKER, ("former governor Tom Ruiz", "said", "the budget was balanced")),
        (OVERHEARD_RUN_ON, ("one of the agents", "heard saying", "You let us in")),
        (QUOTE_INSIDE_SPEAKER, ("Sgt. Lee", "told", "The department acts")),
    ],
    ids=["speaker-hung-on-an-earlier-name", "speaker-runs-over-its-cue",
         "quotation-inside-the-speakers-phrase"],
)
def test_a_misplaced_speaker_is_read_right(component, spec, expected):
    (c,) = claims_of(component, make_doc(spec))
    assert (c.speaker.text, c.cue.text, c.content.text) == expected


# "who said" hung by the parser on the place the residents are of
RESIDENTS_OF_THE_AREA = (
    "Residents/NNS/nsubj/10 of/IN/prep/0 the/DT/det/3 area/NN/pobj/1 who/WP/nsubj/5 "
    "said/VBD/relcl/3 the/DT/det/7 water/NN/nsubjpass/9 was/AUX/auxpass/9 poisoned/VBN/ccomp/5 "
    "blocked/VBD/ROOT/10 the/DT/det/12 road/NN/dobj/10 ./P/punct/10")


def test_a_relative_clause_hung_on_a_place_is_the_peoples(component):
    claims = claims_of(component, make_doc(RESIDENTS_OF_THE_AREA))
    assert [(c.speaker.text, c.content.text) for c in claims] == [
        ("Residents of the area", "the water was poisoned")]
