"""The claim taxonomy: categories as data, categorisation and stance of plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from claimcheck.errors import ResourceError
from claimcheck.taxonomy import load_taxonomy, stem, tokenize

REQUIRED = {
    "vehicle_as_weapon", "active_shooter", "armed", "brandished_weapon", "reached_for_weapon",
    "self_defense", "resisted_arrest", "assault_on_officer", "officer_injured", "intent_to_harm",
    "terrorism_label", "gang_affiliation", "criminal_record", "medical_distress", "bodycam_footage",
    "charges", "misconduct", "immunity", "fired_weapon",
}
DATA = Path(__file__).resolve().parents[1] / "data"
EVIDENCE_FILES = sorted([*DATA.glob("evidence/*.y*ml"), *DATA.glob("datasets/*/evidence/*.y*ml")])


@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


def test_required_categories_present(tax):
    assert REQUIRED <= tax.names


@pytest.mark.parametrize("name, expected", [
    ("terrorism_label", True), ("immunity", True), ("character_label", True),
    ("vehicle_as_weapon", False), ("brandished_weapon", False), ("self_defense", False),
])
def test_characterisation_flag(tax, name, expected):
    assert tax.is_characterisation(name) is expected


@pytest.mark.parametrize("word, same_as", [
    ("weaponized", "weaponize"), ("weaponizing", "weaponize"), ("rammed", "ram"),
    ("ramming", "rams"), ("firing", "fire"), ("fired", "fires"), ("dragged", "drag"),
    ("ran", "run"), ("drove", "drive"), ("tried", "try"), ("injuries", "injury"),
    ("shots", "shot"), ("shot", "shoot"), ("fled", "flee"),
])
def test_stem_conflates_inflections(word, same_as):
    assert stem(word) == stem(same_as)


def test_tokenize_splits_negated_contractions():
    assert [t.surface for t in tokenize("He didn't resist")] == ["he", "did", "not", "resist"]


# Seed sentences and general news phrasing -> category.
@pytest.mark.parametrize("text, category", [
    # seeds
    ("trying to “weaponize” her vehicle and run over law enforcement officers", "vehicle_as_weapon"),
    ("Ms. Good had tried to run the agent over", "vehicle_as_weapon"),
    ("she appeared to have turned her vehicle away from him", "vehicle_as_weapon"),
    ("ramming her automotive into the regulation enforcement car", "vehicle_as_weapon"),
    ("bravely responded to an active shooter situation", "active_shooter"),
    ("Porter was not an active shooter", "active_shooter"),
    ("he was firing a weapon into the air to celebrate New Year’s Eve", "fired_weapon"),
    ("an ICE agent fatally shot Good, 33, in self-defense", "self_defense"),
    ("an “act of domestic terrorism”", "terrorism_label"),
    ("a “domestic terrorist”", "terrorism_label"),
    ("an ICE agent was injured by Good’s vehicle and treated at a hospital", "officer_injured"),
    ("That guy is protected by absolute immunity", "immunity"),
    ("he brandished a weapon during the encounter", "brandished_weapon"),
    ("wanted to do maximum damage and massacre law enforcement", "intent_to_harm"),
    ("there was body camera footage from multiple angles", "bodycam_footage"),
    ("resisted arrest and dragged the officer during a traffic stop", "resisted_arrest"),
    ("claims of criminal misconduct by ICE law enforcement are FALSE", "misconduct"),
    ("Mr. Pretti, who had a firearms permit, had appeared disarmed", "armed"),
    # general phrasing
    ("the suspect pointed a gun at deputies", "brandished_weapon"),
    ("he reached for his waistband", "reached_for_weapon"),
    ("the man was armed with a knife", "armed"),
    ("he drove toward the officers at high speed", "vehicle_as_weapon"),
    ("the driver struck a trooper with his car", "vehicle_as_weapon"),
    ("the suspect punched an officer in the face", "assault_on_officer"),
    ("he refused commands to show his hands", "resisted_arrest"),
    ("he is a member of the MS-13 gang", "gang_affiliation"),
    ("the man had a lengthy criminal record", "criminal_record"),
    ("he told officers he could not breathe", "medical_distress"),
    ("prosecutors charged her with assaulting a federal officer", "charges"),
    ("the deputy used excessive force", "misconduct"),
    ("the suspect opened fire on officers", "fired_weapon"),
    ("Tobias Wrenfield fired at least two shots at officers", "fired_weapon"),
    ("Ebbe pointed a handgun at officers and ignored repeated commands", "brandished_weapon"),
    ("he had attacked officers with a knife", "assault_on_officer"),
    ("its agent “was assaulted”", "assault_on_officer"),
    ("her father had never hit anyone", "assault_on_officer"),
    ("the agent was treated for a bloodied nose at a clinic", "officer_injured"),
    ("one officer suffered a cut to his hand", "officer_injured"),
    ("He didn't have anything in his hands", "armed"),
    ("a violent criminal who had no business being on our streets", "character_label"),
    ("Officer Kessler is a hero who ran toward danger", "character_label"),
])
def test_categorize(tax, text, category):
    assert tax.categorize(text) == category


@pytest.mark.parametrize("text", [
    "the agent was doing his job",
    "grabbed his arm",  # "arm" is not "armed"
    "the city council will vote on Tuesday",
    "body temperature was normal",
    "We are very optimistic about the meeting",
])
def test_categorize_none(tax, text):
    assert tax.categorize(text) is None


@pytest.mark.parametrize("text, category, stance", [
    ("Porter was not an active shooter", "active_shooter", "denies"),
    ("bravely responded to an active shooter situation", "active_shooter", "affirms"),
    ("she appeared to have turned her vehicle away from him", "vehicle_as_weapon", "denies"),
    ("found no indication that the officer was run over", "vehicle_as_weapon", "denies"),
    ("did not indicate that he brandished a weapon during the encounter", "brandished_weapon", "denies"),
    ("he brandished a weapon", "brandished_weapon", "affirms"),
    ("had appeared disarmed before he was killed", "armed", "denies"),
    ("he was unarmed", "armed", "denies"),
    ("the officer was not injured", "officer_injured", "denies"),
    ("it was actually the agent who sideswiped Martinez", "vehicle_as_weapon", "denies"),
    ("a judge dismissed the federal charges against Martinez", "charges", "denies"),
    ("claims of criminal misconduct by ICE law enforcement are FALSE", "misconduct", "denies"),
    ("he didn't resist arrest", "resisted_arrest", "denies"),
    ("he complied with every command", "resisted_arrest", "denies"),
    ("He didn't have anything in his hands", "armed", "denies"),
    ("the man was holding nothing when he was shot", "armed", "denies"),
    # a negation does not reach past "although" into the next clause
    ("he was not an active shooter, although he was firing a weapon into the air",
     "fired_weapon", "affirms"),
    ("he resisted arrest, but did not indicate that he brandished a weapon", "resisted_arrest", "affirms"),
])
def test_stance(tax, text, category, stance):
    assert tax.stance(text, category) == stance


def test_stance_absent_category_is_none(tax):
    assert tax.stance("he brandished a weapon", "vehicle_as_weapon") is None


def test_lemmas_may_replace_text(tax):
    lemmas = ["she", "try", "to", "weaponize", "her", "vehicle"]
    assert tax.categorize("", lemmas=lemmas) == "vehicle_as_weapon"


@pytest.mark.parametrize("text, kind", [
    ("a Times video analysis found that", "video_analysis"),
    ("a review of body camera footage showed", "bodycam"),
    ("the inspector general found", "watchdog_finding"),
    ("a federal judge dismissed the charges", "court_record"),
    ("the medical examiner's autopsy found", "official_record"),
    ("a witness told reporters", "witness_account"),
    ("officials said", None),
])
def test_evidence_kind(tax, text, kind):
    assert tax.evidence_kind(text) == kind


def test_user_file_extends_and_overrides(tmp_path, tax):
    user = tmp_path / "tax.yaml"
    user.write_text(yaml.safe_dump({"categories": [
        {"name": "pepper_spray", "cues": ["pepper spray", "chemical irritant"]},
        {"name": "immunity", "characterisation": False, "cues": ["immunity"]},
    ]}))
    t = load_taxonomy(user)
    assert "pepper_spray" in t.names and REQUIRED <= t.names
    assert t.categorize("agents used pepper spray on the crowd") == "pepper_spray"
    assert not t.is_characterisation("immunity")


@pytest.mark.parametrize("body, fragment", [
    ({"categories": [{"name": "x", "cues": ["a"], "colour": "red"}]}, "categories.0.colour"),
    ({"categories": [{"name": "Bad Name", "cues": ["a"]}]}, "categories.0.name"),
    ({"categories": [{"name": "x", "cues": ["..."]}]}, "categories.0.cues"),
    ({"max_gap": "wide"}, "max_gap"),
])
def test_invalid_user_file(tmp_path, body, fragment):
    user = tmp_path / "bad.yaml"
    user.write_text(yaml.safe_dump(body))
    with pytest.raises(ResourceError) as err:
        load_taxonomy(user)
    assert fragment in str(err.value) and "bad.yaml" in str(err.value)


def test_unreadable_user_file(tmp_path):
    with pytest.raises(ResourceError, match="cannot read"):
        load_taxonomy(tmp_path / "missing.yaml")


def test_invalid_yaml(tmp_path):
    user = tmp_path / "broken.yaml"
    user.write_text("categories: [\n  - name: x\n")
    with pytest.raises(ResourceError, match="not valid YAML") as info:
        load_taxonomy(user)
    message = str(info.value)
    assert "\n" not in message  # one line, like every user-facing error
    assert message.startswith(f"{user}:") and info.value.line is not None


def _evidence_categories(path: Path) -> set[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    names: set[str] = set()
    for rec in data.get("evidence") or []:
        for finding in rec.get("findings") or []:
            for rel in ("supports", "refutes", "disputes", "weakens"):
                names.update(finding.get(rel) or [])
    return names


@pytest.mark.skipif(not EVIDENCE_FILES, reason="no evidence files")
@pytest.mark.parametrize("path", EVIDENCE_FILES, ids=lambda p: p.name)
def test_evidence_files_use_taxonomy_names(tax, path):
    unknown = _evidence_categories(path) - tax.names
    assert not unknown, f"{path.name}: unknown categories {sorted(unknown)}"


@pytest.mark.parametrize("text, category", [
    ("a video analysis could not determine whether he fired his weapon", "fired_weapon"),
    ("it remains unclear whether the officer was injured", "officer_injured"),
    ("investigators were unable to confirm that he was armed", "armed"),
])
def test_inconclusive_text_has_no_stance(tax, text, category):
    assert tax.categorize(text) == category
    assert tax.inconclusive(text)
    assert tax.stance(text, category) is None


@pytest.mark.parametrize("text, category", [
    ("he went limp and stopped breathing in the back of the cruiser", "medical_distress"),
    ("the man was on parole for a burglary conviction", "criminal_record"),
    ("police called the shooting gang-related", "gang_affiliation"),
    ("she was booked into the county jail", "charges"),
    ("he pulled his arm free of an agent's grip", "resisted_arrest"),
])
def test_more_general_phrasing(tax, text, category):
    assert tax.categorize(text) == category
