"""Cross-article inconsistencies about one subject (age, date, counts, place)."""

from __future__ import annotations

import pytest

from claimcheck.inconsistencies import find_inconsistencies
from claimcheck.models import Article


def art(aid: str, text: str) -> Article:
    return Article(id=aid, path=f"{aid}.txt", text=text)


def values(incs, attribute):
    inc = next((i for i in incs if i.attribute == attribute), None)
    return None if inc is None else [(v.value, v.article, v.text) for v in inc.values]


GOOD_ALIASES = ["Renee Good", "Ms. Good", "Good"]


def test_age_from_seed_phrasing():
    a = art("000", "Minnesota resident Renee Nicole Good was shot. Federal officials said an ICE agent "
                   "fatally shot Good, 33, in self-defense.")
    b = art("001", "The fatal shooting of Renee Good last week drew protests. Vance spoke of the agent "
                   "who killed Ms. Good, 37.")
    incs = find_inconsistencies("Renee Nicole Good", [a, b], aliases=GOOD_ALIASES)
    assert values(incs, "age") == [("33", "000", "Good, 33"), ("37", "001", "Ms. Good, 37")]
    assert incs[0].subject == "Renee Nicole Good"


@pytest.mark.parametrize("subject, text, age", [
    ("Keith Porter Jr.", "The agent who shot the 43-year-old Porter was off duty. Keith Porter Jr. died.", "43"),
    ("Marimar Martinez", "Marimar Martinez, a 30-year-old US citizen, was shot five times.", "30"),
    ("Alex Pretti", "Alex Pretti, who was 37, had a permit.", "37"),
    ("Alex Pretti", "Alex Pretti (37) had a permit.", "37"),
    ("Renee Good", "The 37-year-old Minneapolis resident Renee Good was a poet.", "37"),
])
def test_age_patterns(subject, text, age):
    other = "0" if age != "0" else "1"
    a = art("a", text)
    b = art("b", f"{subject}, 99, was named in a second report.")
    got = values(find_inconsistencies(subject, [a, b]), "age")
    assert got is not None and [v[0] for v in got] == sorted([age, "99"])
    assert other  # both articles contribute one value each


@pytest.mark.parametrize("text", [
    # the age belongs to the person it is next to
    "Renee Good, 33, and John Doe, 37, were both shot on the same street.",
    "A 37-year-old man was arrested. Renee Good, 33, died.",
    "Renee Good died on Jan. 7, 2026, in Minneapolis; she was 33.",
    "A 37-year-old man was arrested. Renee Good died.",
    "A 37-year-old man shot Renee Good.",
])
def test_age_attaches_only_to_the_adjacent_name(text):
    a = art("a", text)
    b = art("b", "Renee Good, 33, was a poet.")
    assert values(find_inconsistencies("Renee Good", [a, b]), "age") is None


def test_same_value_everywhere_is_not_an_inconsistency():
    a = art("a", "Renee Good, 33, was shot.")
    b = art("b", "Ms. Good, 33, was a poet. Renee Good died.")
    assert find_inconsistencies("Renee Good", [a, b], aliases=["Ms. Good"]) == []


@pytest.mark.parametrize("t1, t2, expected", [
    ("An agent shot Renee Good on Jan. 7.", "Renee Good was killed on January 8.", ["January 7", "January 8"]),
    ("An agent shot Renee Good on Jan. 7.", "Renee Good was killed on January 7, 2026.", None),
])
def test_dates(t1, t2, expected):
    got = values(find_inconsistencies("Renee Good", [art("a", t1), art("b", t2)]), "date")
    assert (None if got is None else sorted({v[0] for v in got})) == expected


def test_date_goes_to_the_nearest_name():
    a = art("a", "The deaths of Alex Pretti and Renee Good on January 7 shocked the city.")
    b = art("b", "Alex Pretti was shot on January 24.")
    assert values(find_inconsistencies("Alex Pretti", [a, b]), "date") is None


def test_shot_counts():
    a = art("a", "Marimar Martinez was shot five times by an agent.")
    b = art("b", "Marimar Martinez was shot 3 times, her lawyer said.")
    assert values(find_inconsistencies("Marimar Martinez", [a, b]), "shots") == [
        ("5", "a", "shot five times"), ("3", "b", "shot 3 times")]


@pytest.mark.parametrize("place, expected", [
    (None, ["Minneapolis", "St. Paul"]),
    ("Minneapolis, Minnesota", ["Minneapolis", "St. Paul"]),
])
def test_places(place, expected):
    a = art("a", "An agent shot Renee Good in Minneapolis.")
    b = art("b", "An agent shot Renee Good in St. Paul.")
    got = values(find_inconsistencies("Renee Good", [a, b], place=place), "place")
    assert sorted({v[0] for v in got}) == expected


def test_places_at_different_scales_agree_with_the_record():
    a = art("a", "An agent shot Renee Good in Minneapolis.")
    b = art("b", "An agent shot Renee Good in Minnesota.")
    assert find_inconsistencies("Renee Good", [a, b], place="Minneapolis, Minnesota") == []


def test_place_goes_to_the_person_shot():
    text = ("The shootings of Keith Porter Jr., who was shot by an off-duty officer on New Year's Eve "
            "in Northridge, and Renee Good, who was shot by an ICE agent in Minneapolis.")
    b = art("b", "An ICE agent shot Renee Good in Minneapolis.")
    assert find_inconsistencies("Renee Good", [art("a", text), b]) == []
