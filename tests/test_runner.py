"""Streaming extraction: order, caching, worker processes, component selection.

Most tests replace the parse step by a fake that derives one claim from each article's text, so
they check the runner's bookkeeping exactly; the last ones run the real model.
"""

from __future__ import annotations

import pytest
from factories import make_claim
from spacy.language import Language

import claimcheck.runner as runner
from claimcheck.cache import CachedExtraction, ExtractionCache
from claimcheck.models import Article
from claimcheck.runner import ArticleResult, extract_stream, person_names, select_components


def _articles(n: int, prefix: str = "a") -> list[Article]:
    return [Article(id=f"{prefix}{i}", path=f"{prefix}{i}.txt", text=f"Text number {i}.") for i in range(n)]


class FakeParser:
    """Stands in for the spaCy pipeline: records what it was asked to parse."""

    def __init__(self) -> None:
        self.parsed: list[str] = []
        self.batches: list[int] = []

    def __call__(self, nlp, articles: list[Article], batch_size: int = 32) -> list[CachedExtraction]:
        self.parsed.extend(a.id for a in articles)
        self.batches.append(len(articles))
        return [CachedExtraction(claims=[make_claim(a.text, article=a.id)], person_names=[f"P {a.id}"])
                for a in articles]


@pytest.fixture
def fake(monkeypatch) -> FakeParser:
    parser = FakeParser()
    monkeypatch.setattr(runner, "extract_batch", parser)
    monkeypatch.setattr(runner, "load_extraction_pipeline", lambda model=None: object())
    monkeypatch.setattr("claimcheck.nlp.describe_model", lambda name=None: ("en_test", "1.0"))
    return parser


@pytest.fixture
def cache(tmp_path) -> ExtractionCache:
    return ExtractionCache(tmp_path / "cache")


def _ids(results: list[ArticleResult]) -> list[str]:
    return [r.article.id for r in results]


# --------------------------------------------------------------------------- order and batching


def test_results_come_in_input_order_with_claims_and_names(fake: FakeParser) -> None:
    articles = _articles(7)
    results = list(extract_stream(iter(articles), batch_size=3))
    assert _ids(results) == [f"a{i}" for i in range(7)]
    assert results[4].claims[0].content.text == "Text number 4."
    assert results[4].person_names == ["P a4"]
    assert fake.batches == [3, 3, 1]


def test_input_is_read_lazily(fake: FakeParser) -> None:
    read = []

    def source():
        for article in _articles(10):
            read.append(article.id)
            yield article

    stream = extract_stream(source(), batch_size=2)
    first = next(stream)
    assert first.article.id == "a0"
    assert len(read) == 2  # one batch read, not the whole input
    stream.close()


def test_progress_reports_articles_and_claims(fake: FakeParser) -> None:
    calls = []
    list(extract_stream(_articles(3), progress=lambda done, claims: calls.append((done, claims))))
    assert calls == [(1, 1), (2, 2), (3, 3)]


@pytest.mark.parametrize("bad", [{"batch_size": 0}, {"jobs": 0}])
def test_bad_arguments(fake: FakeParser, bad: dict) -> None:
    with pytest.raises(ValueError):
        list(extract_stream(_articles(1), **bad))


# --------------------------------------------------------------------------- the cache


def test_second_run_is_served_from_the_cache(fake: FakeParser, cache: ExtractionCache, monkeypatch) -> None:
    first = list(extract_stream(_articles(5), cache=cache))
    assert fake.parsed == [f"a{i}" for i in range(5)]
    assert cache.writes == 5

    def no_model(model=None):
        raise AssertionError("a fully cached run must not load the model")

    monkeypatch.setattr(runner, "load_extraction_pipeline", no_model)
    second = list(extract_stream(_articles(5), cache=cache))
    assert fake.parsed == [f"a{i}" for i in range(5)]  # nothing parsed again
    assert second == first
    assert cache.hits == 5


def test_hits_and_misses_interleave_in_order(fake: FakeParser, cache: ExtractionCache) -> None:
    articles = _articles(9)
    list(extract_stream(articles[::3], cache=cache))  # a0, a3, a6 cached
    fake.parsed.clear()
    results = list(extract_stream(articles, cache=cache, batch_size=2))
    assert _ids(results) == [a.id for a in articles]
    assert fake.parsed == ["a1", "a2", "a4", "a5", "a7", "a8"]
    assert [r.claims[0].content.text for r in results] == [a.text for a in articles]


def test_a_corrupt_entry_is_recomputed_and_rewritten(fake: FakeParser, cache: ExtractionCache) -> None:
    articles = _articles(2)
    list(extract_stream(articles, cache=cache))
    key = cache.key(articles[1], "en_test", "1.0")
    cache.path(key).write_text('{"claims": [ {"trunc')
    fake.parsed.clear()
    results = list(extract_stream(articles, cache=cache))
    assert fake.parsed == ["a1"]
    assert results[1].claims[0].content.text == "Text number 1."
    assert cache.get(key) is not None


def test_a_new_model_version_misses(fake: FakeParser, cache: ExtractionCache, monkeypatch) -> None:
    list(extract_stream(_articles(2), cache=cache))
    monkeypatch.setattr("claimcheck.nlp.describe_model", lambda name=None: ("en_test", "1.1"))
    fake.parsed.clear()
    list(extract_stream(_articles(2), cache=cache))
    assert fake.parsed == ["a0", "a1"]


def test_a_rules_change_misses(fake: FakeParser, cache: ExtractionCache, monkeypatch) -> None:
    list(extract_stream(_articles(2), cache=cache))
    monkeypatch.setattr("claimcheck.cache.rules_fingerprint", lambda: "f" * 64)
    fake.parsed.clear()
    list(extract_stream(_articles(2), cache=cache))
    assert fake.parsed == ["a0", "a1"]


def test_no_cache_parses_everything_every_time(fake: FakeParser) -> None:
    list(extract_stream(_articles(2), cache=None))
    list(extract_stream(_articles(2), cache=None))
    assert fake.parsed == ["a0", "a1", "a0", "a1"]


# --------------------------------------------------------------------------- choosing the number of workers


class NoPool:
    def __init__(self, *args, **kwargs) -> None:
        raise AssertionError("no worker process should be started")


def test_auto_jobs_stays_in_process_for_small_inputs(fake: FakeParser, monkeypatch) -> None:
    monkeypatch.setattr(runner, "available_cores", lambda: 8)
    monkeypatch.setattr(runner, "_Pool", NoPool)
    results = list(extract_stream(_articles(runner.AUTO_PARALLEL_MIN - 1), jobs=None))
    assert len(results) == runner.AUTO_PARALLEL_MIN - 1


def test_auto_jobs_counts_only_articles_that_need_parsing(fake: FakeParser, cache: ExtractionCache,
                                                          monkeypatch) -> None:
    articles = _articles(runner.AUTO_PARALLEL_MIN + 10)
    list(extract_stream(articles[:20], cache=cache))  # 20 cached: fewer than the threshold left
    monkeypatch.setattr(runner, "available_cores", lambda: 8)
    monkeypatch.setattr(runner, "_Pool", NoPool)
    assert _ids(list(extract_stream(articles, jobs=None, cache=cache))) == [a.id for a in articles]


def test_auto_jobs_uses_every_core_for_large_inputs(fake: FakeParser, monkeypatch) -> None:
    started = {}

    class RecordingPool(runner._Serial):
        def __init__(self, model, jobs, batch_size) -> None:
            started["jobs"] = jobs
            super().__init__(model, batch_size)

    monkeypatch.setattr(runner, "available_cores", lambda: 3)
    monkeypatch.setattr(runner, "_Pool", RecordingPool)
    articles = _articles(runner.AUTO_PARALLEL_MIN + 1)
    assert _ids(list(extract_stream(articles, jobs=None))) == [a.id for a in articles]
    assert started == {"jobs": 3}


def test_a_cached_run_starts_no_worker_and_reads_ahead_little(fake: FakeParser, cache: ExtractionCache,
                                                               monkeypatch) -> None:
    articles = _articles(60)
    list(extract_stream(articles, cache=cache))
    monkeypatch.setattr(runner, "_LOOKAHEAD_MAX", 20)
    monkeypatch.setattr(runner, "_Pool", NoPool)
    read = []

    def source():
        for article in articles:
            read.append(article.id)
            yield article

    stream = extract_stream(source(), jobs=2, cache=cache)
    assert next(stream).article.id == "a0"
    assert len(read) == 20  # not the whole input
    assert _ids([*stream]) == [a.id for a in articles[1:]]


def test_one_core_means_one_process(fake: FakeParser, monkeypatch) -> None:
    monkeypatch.setattr(runner, "available_cores", lambda: 1)
    monkeypatch.setattr(runner, "_Pool", NoPool)
    assert len(list(extract_stream(_articles(200), jobs=None))) == 200


# --------------------------------------------------------------------------- the real model

TEXTS = [
    "Homeland Security Secretary Kristi Noem said the agent acted in self-defense. "
    "Witnesses disputed that account.\n\nMayor Jacob Frey called the claim \"garbage.\"",
    "Title line\n\nThe officer was not injured, according to police. \"She tried to run him over,\" "
    "a spokesperson for the department said on Wednesday.",
    "No one said anything about the weather in Minneapolis on Tuesday, where snow fell.",
    "Alex Pretti's family said he was holding a phone, not a gun. Officials claimed he had a weapon.",
]


def _real_articles() -> list[Article]:
    return [Article(id=f"r{i}", path=f"r{i}.txt", text=text, body_start=12 if text.startswith("Title") else 0)
            for i, text in enumerate(TEXTS)]


def _dump(results: list[ArticleResult]) -> list:
    return [(r.article.id, [c.model_dump() for c in r.claims], r.person_names) for r in results]


@pytest.fixture(scope="module")
def serial_results() -> list[ArticleResult]:
    return list(extract_stream(_real_articles(), jobs=1))


def test_real_model_finds_the_people_named(serial_results: list[ArticleResult]) -> None:
    names = serial_results[0].person_names
    assert "Kristi Noem" in names and "Jacob Frey" in names
    assert len(names) == len(set(names))
    assert names.index("Kristi Noem") < names.index("Jacob Frey")


def test_real_model_offsets_point_into_the_article(serial_results: list[ArticleResult]) -> None:
    claims = [c for r in serial_results for c in r.claims]
    assert claims, "the extractor found no claim at all in sentences built around 'said'"
    texts = {a.id: a.text for a in _real_articles()}
    for claim in claims:
        assert texts[claim.article][claim.content.start:claim.content.end] == claim.content.text
        assert texts[claim.article][claim.cue.start:claim.cue.end] == claim.cue.text
    # the body of r1 starts after its title line: nothing may come from the title
    assert all(c.cue.start >= 12 for c in claims if c.article == "r1")


def test_two_workers_give_the_same_results_in_the_same_order(serial_results) -> None:
    parallel = list(extract_stream(_real_articles(), jobs=2, batch_size=1))
    assert _dump(parallel) == _dump(serial_results)


def test_select_components_disables_what_no_one_reads() -> None:
    import spacy

    from claimcheck.nlp import resolve_model_name

    @Language.factory("claimcheck_test_needs_parse", requires=["token.dep", "doc.sents"])
    def _needs_parse(nlp, name):
        return lambda doc: doc

    @Language.factory("claimcheck_test_needs_nothing_declared")
    def _undeclared(nlp, name):
        return lambda doc: doc

    nlp = spacy.load(resolve_model_name())
    nlp.add_pipe("claimcheck_test_needs_parse")
    # the parser (and the tok2vec it listens to) for the parse, NER for person names
    assert sorted(select_components(nlp)) == ["attribute_ruler", "lemmatizer", "tagger"]
    assert nlp.pipe_names == ["tok2vec", "parser", "ner", "claimcheck_test_needs_parse"]

    nlp = spacy.load(resolve_model_name())
    nlp.add_pipe("claimcheck_test_needs_parse")
    nlp.add_pipe("claimcheck_test_needs_nothing_declared")
    assert select_components(nlp) == []  # a component that declares nothing may read anything


def test_person_names_are_deduplicated_in_order() -> None:
    import spacy
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    doc = nlp("Ms. Renee  Good met Jonathan Ross and Renee Good in Minneapolis")
    assert doc[2].is_space  # the double space is a token of its own
    doc.ents = [Span(doc, 1, 4, "PERSON"), Span(doc, 5, 7, "PERSON"), Span(doc, 8, 10, "PERSON"),
                Span(doc, 11, 12, "GPE")]
    assert person_names(doc) == ["Renee Good", "Jonathan Ross"]


def test_a_batch_quotes_a_names_typographic_apostrophe_as_written(nlp):
    front = "---\ntitle: Inquiry\n---\n"
    body = "In a statement Mr O\u2019Neill said that the family were relieved."
    article = Article(id="o", path="o.txt", text=front + body, body_start=len(front))
    [result] = runner.extract_batch(nlp, [article])
    [claim] = result.claims
    assert claim.speaker.text == "Mr O\u2019Neill"
    assert article.text[claim.speaker.start:claim.speaker.end] == "Mr O\u2019Neill"
    assert claim.speaker.canonical == "O'Neill"
