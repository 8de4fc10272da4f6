"""The extraction cache: keys, round trips, corrupt entries, invalidation, concurrent writers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from factories import make_claim

import claimcheck.cache as cache_mod
from claimcheck.cache import (
    CACHE_DIR_ENV,
    CachedExtraction,
    ExtractionCache,
    default_cache_dir,
    fingerprint_package,
    rules_fingerprint,
)
from claimcheck.models import Article

ARTICLE = Article(id="a1", path="a1.txt", text="Kristi Noem said she tried to weaponize her vehicle.")
VALUE = CachedExtraction(claims=[make_claim()], person_names=["Kristi Noem", "Renee Good"])


@pytest.fixture
def cache(tmp_path: Path) -> ExtractionCache:
    return ExtractionCache(tmp_path / "cache")


# --------------------------------------------------------------------------- keys


def test_key_is_a_sha256_hex_digest(cache: ExtractionCache) -> None:
    key = cache.key(ARTICLE, "en_core_web_sm", "3.8.0")
    assert len(key) == 64 and set(key) <= set("0123456789abcdef")
    assert key == cache.key(ARTICLE.model_copy(), "en_core_web_sm", "3.8.0")


@pytest.mark.parametrize("change", [
    {"text": ARTICLE.text + " "},
    {"id": "a2"},
    {"body_start": 3},
])
def test_key_changes_with_the_article(cache: ExtractionCache, change: dict) -> None:
    before = cache.key(ARTICLE, "en_core_web_sm", "3.8.0")
    assert cache.key(ARTICLE.model_copy(update=change), "en_core_web_sm", "3.8.0") != before


def test_key_ignores_fields_that_do_not_reach_the_extractor(cache: ExtractionCache) -> None:
    before = cache.key(ARTICLE, "en_core_web_sm", "3.8.0")
    moved = ARTICLE.model_copy(update={"path": "elsewhere/a1.txt", "title": "A title"})
    assert cache.key(moved, "en_core_web_sm", "3.8.0") == before


@pytest.mark.parametrize("model", [("en_core_web_md", "3.8.0"), ("en_core_web_sm", "3.8.1")])
def test_key_changes_with_model_name_and_version(cache: ExtractionCache, model: tuple[str, str]) -> None:
    assert cache.key(ARTICLE, *model) != cache.key(ARTICLE, "en_core_web_sm", "3.8.0")


def test_key_fields_cannot_run_into_each_other(cache: ExtractionCache) -> None:
    # "ab" + "c" and "a" + "bc" must not give the same key
    assert cache.key(ARTICLE, "ab", "c") != cache.key(ARTICLE, "a", "bc")


def test_key_changes_with_the_rules_fingerprint(cache: ExtractionCache, monkeypatch) -> None:
    before = cache.key(ARTICLE, "en_core_web_sm", "3.8.0")
    monkeypatch.setattr(cache_mod, "rules_fingerprint", lambda: "0" * 64)
    assert cache.key(ARTICLE, "en_core_web_sm", "3.8.0") != before


# --------------------------------------------------------------------------- rules fingerprint


def _fake_package(root: Path) -> Path:
    (root / "resources").mkdir(parents=True)
    (root / "resources" / "cues.yaml").write_text("verbs: [say]\n")
    (root / "resources" / "speakers.yaml").write_text("speakers: []\n")
    (root / "pipeline").mkdir()
    (root / "pipeline" / "attribution.py").write_text("X = 1\n")
    (root / "extract.py").write_text("Y = 1\n")
    return root


def test_fingerprint_follows_resource_bytes_code_and_version(tmp_path: Path) -> None:
    pkg = _fake_package(tmp_path / "pkg")
    base = fingerprint_package(pkg, "1.0")
    assert fingerprint_package(pkg, "1.0") == base
    assert fingerprint_package(pkg, "1.1") != base

    (pkg / "resources" / "cues.yaml").write_text("verbs: [say, claim]\n")
    edited_rule = fingerprint_package(pkg, "1.0")
    assert edited_rule != base

    (pkg / "pipeline" / "attribution.py").write_text("X = 2\n")
    assert fingerprint_package(pkg, "1.0") != edited_rule


def test_fingerprint_ignores_files_that_are_not_rules(tmp_path: Path) -> None:
    pkg = _fake_package(tmp_path / "pkg")
    base = fingerprint_package(pkg, "1.0")
    (pkg / "resources" / "README.txt").write_text("notes\n")
    (pkg / "pipeline" / "notes.md").write_text("notes\n")
    assert fingerprint_package(pkg, "1.0") == base


def test_fingerprint_of_the_installed_package_is_stable() -> None:
    assert rules_fingerprint() == rules_fingerprint()
    assert len(rules_fingerprint()) == 64


# --------------------------------------------------------------------------- read and write


def test_round_trip(cache: ExtractionCache) -> None:
    key = cache.key(ARTICLE, "en_core_web_sm", "3.8.0")
    assert cache.get(key) is None
    cache.put(key, VALUE)
    got = cache.get(key)
    assert got == VALUE
    assert got.claims[0].content.text == "tried to weaponize her vehicle"
    assert got.person_names == ["Kristi Noem", "Renee Good"]
    assert (cache.hits, cache.misses, cache.writes) == (1, 1, 1)


def test_entries_fan_out_by_the_first_two_characters(cache: ExtractionCache) -> None:
    key = cache.key(ARTICLE, "en_core_web_sm", "3.8.0")
    cache.put(key, VALUE)
    path = cache.path(key)
    assert path.parent.name == key[:2] and path.name == f"{key}.json"
    assert json.loads(path.read_text())["person_names"] == ["Kristi Noem", "Renee Good"]
    # no temporary file left behind
    assert [p.name for p in path.parent.iterdir()] == [path.name]


@pytest.mark.parametrize("content", [
    b"",  # an empty file
    b'{"claims": [], "person_na',  # a truncated write
    b"\x00\xff\xfe garbage",  # not text at all
    b'{"claims": [{"id": 1}], "person_names": []}',  # JSON of the wrong shape
    b'{"claims": [], "person_names": [], "extra": 1}',  # a field this version does not know
])
def test_corrupt_entries_are_misses(cache: ExtractionCache, content: bytes) -> None:
    key = "ab" + "0" * 62
    path = cache.path(key)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert cache.get(key) is None
    assert cache.misses == 1
    cache.put(key, VALUE)  # and a recomputed value replaces it
    assert cache.get(key) == VALUE


def test_an_unreadable_entry_is_a_miss(cache: ExtractionCache) -> None:
    key = "cd" + "0" * 62
    cache.path(key).mkdir(parents=True)  # a folder where the file should be
    assert cache.get(key) is None


def test_an_unwritable_cache_is_skipped_not_fatal(tmp_path: Path, caplog) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    cache = ExtractionCache(blocker)
    key = cache.key(ARTICLE, "en_core_web_sm", "3.8.0")
    cache.put(key, VALUE)
    cache.put(key, VALUE)
    assert cache.get(key) is None
    assert cache.writes == 0
    assert sum("cannot write the extraction cache" in r.getMessage() for r in caplog.records) == 1


def test_clear(cache: ExtractionCache) -> None:
    for i in range(3):
        cache.put(cache.key(ARTICLE.model_copy(update={"id": f"a{i}"}), "m", "1"), VALUE)
    assert cache.clear() == 3
    assert cache.get(cache.key(ARTICLE.model_copy(update={"id": "a0"}), "m", "1")) is None


# --------------------------------------------------------------------------- where it lives


def test_directory_argument_beats_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "from-env"))
    assert ExtractionCache(tmp_path / "given").directory == tmp_path / "given"
    assert ExtractionCache().directory == tmp_path / "from-env"
    assert default_cache_dir() == tmp_path / "from-env"


def test_default_is_the_user_cache_folder(monkeypatch) -> None:
    import platformdirs

    monkeypatch.delenv(CACHE_DIR_ENV, raising=False)
    assert default_cache_dir() == Path(platformdirs.user_cache_dir("claimcheck"))


# --------------------------------------------------------------------------- concurrency

_WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from claimcheck.cache import CachedExtraction, ExtractionCache
    cache = ExtractionCache(Path(sys.argv[1]))
    value = CachedExtraction(person_names=[sys.argv[3] * 2000])
    for _ in range(int(sys.argv[4])):
        cache.put(sys.argv[2], value)
    print(cache.writes)
""")


def test_two_processes_writing_the_same_key(cache: ExtractionCache) -> None:
    key = "ef" + "1" * 62
    rounds = 150
    writers = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(cache.directory), key, name, str(rounds)],
                         stdout=subprocess.PIPE, text=True)
        for name in ("A", "B")
    ]
    expected = {"A" * 2000, "B" * 2000}
    seen = set()
    deadline = time.monotonic() + 60
    while any(w.poll() is None for w in writers) and time.monotonic() < deadline:
        got = cache.get(key)  # a reader racing the writers sees a whole entry or none
        if got is not None:
            assert len(got.person_names) == 1 and got.person_names[0] in expected
            seen.add(got.person_names[0])
    outputs = [w.communicate(timeout=60)[0] for w in writers]
    assert [w.returncode for w in writers] == [0, 0]
    assert [int(out) for out in outputs] == [rounds, rounds]
    final = cache.get(key)
    assert final is not None and final.person_names[0] in expected
    leftovers = [p.name for p in cache.path(key).parent.iterdir() if p.name != f"{key}.json"]
    assert leftovers == []
    assert os.path.getsize(cache.path(key)) > 2000
