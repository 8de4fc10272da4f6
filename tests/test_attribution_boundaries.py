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
