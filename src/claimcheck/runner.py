"""Streaming extraction: articles in, (article, claims, person names) out, in input order.

The spaCy pipeline is what costs; this module makes sure it runs as little as possible:

- articles are read lazily and parsed in batches with ``nlp.pipe``; each Doc is reduced to
  claims and person names at once and dropped, so memory stays flat however many articles
  stream through;
- an :class:`~claimcheck.cache.ExtractionCache` answers for articles already seen, and a fully
  cached run never loads the model;
- base components whose output no claimcheck component reads are disabled
  (:func:`select_components`);
- with ``jobs`` > 1, worker processes (forkserver where available, else spawn) each load the
  pipeline once and send back only the small extraction results, never Docs.  Results are the
  same, and in the same order, whatever the number of workers.

``jobs=None`` decides by itself: one process when the machine has one core or when fewer than
:data:`AUTO_PARALLEL_MIN` articles need parsing (starting a worker and loading the model in it
costs more than it saves on so few), else one worker per available core.
"""

from __future__ import annotations

import math
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

from claimcheck.cache import CachedExtraction, ExtractionCache
from claimcheck.models import Article, Claim

#: Parse in-process when fewer articles than this need parsing and ``jobs`` is None.
#: Starting the workers and loading the model in each takes about 1.2 s, the time to parse some
#: 20 news articles; measured on 2 cores, two workers break even with one process at about 50
#: articles (48: 3.4 s vs 3.4 s; 96: 4.6 s vs 5.7 s).
AUTO_PARALLEL_MIN = 48
#: Articles per task sent to a worker: small enough that workers finish together.
_WORKER_TASK = 8
#: Tasks queued per worker: enough to keep every worker busy, few enough to keep memory flat.
_BATCHES_IN_FLIGHT_PER_WORKER = 3
#: How many articles to read ahead, at most, before deciding how many processes to use.
_LOOKAHEAD_MAX = 512

Progress = Callable[[int, int], None]

# What a claimcheck component may declare in ``requires`` (spaCy's factory metadata), mapped to the
# factories of the standard pipelines that provide it.  The rule lemmatizer reads POS, which the
# attribute_ruler maps from the tagger's tags, hence the chains.
_PROVIDERS: dict[str, tuple[str, ...]] = {
    "token.tag": ("tagger",),
    "token.pos": ("tagger", "attribute_ruler", "morphologizer"),
    "token.morph": ("tagger", "attribute_ruler", "morphologizer"),
    "token.lemma": ("tagger", "attribute_ruler", "morphologizer", "lemmatizer"),
    "token.dep": ("parser",),
    "token.head": ("parser",),
    "token.is_sent_start": ("parser", "senter", "sentencizer"),
    "doc.sents": ("parser", "senter", "sentencizer"),
    "doc.ents": ("ner", "entity_ruler"),
    "token.ent_iob": ("ner", "entity_ruler"),
    "token.ent_type": ("ner", "entity_ruler"),
    "token.ent_kb_id": ("ner", "entity_ruler", "entity_linker"),
}
#: Factories this module knows how to judge; any other component is always kept.
_KNOWN_FACTORIES = frozenset(f for fs in _PROVIDERS.values() for f in fs) | {"tok2vec", "transformer"}
#: What the runner itself reads from a Doc: PERSON entities, for the incident resolver.
RUNNER_REQUIRES = ("doc.ents",)


class ArticleResult(NamedTuple):
    article: Article
    claims: list[Claim]
    person_names: list[str]


# --------------------------------------------------------------------------- the pipeline


def select_components(nlp: Any) -> list[str]:
    """Disable the base components whose output nothing downstream reads; returns their names.

    What is needed is the union of the ``requires`` that claimcheck's components declare in their
    factory metadata and :data:`RUNNER_REQUIRES`.  If a claimcheck component declares nothing,
    nothing is disabled (it may read anything).  Components of unknown factories are kept, and a
    shared ``tok2vec`` is kept while any component listening to it is.
    """
    metas = {name: nlp.get_pipe_meta(name) for name in nlp.pipe_names}
    ours = [name for name, meta in metas.items() if meta.factory.startswith("claimcheck")]
    if not ours:
        return []
    required: set[str] = set(RUNNER_REQUIRES)
    for name in ours:
        declared = list(metas[name].requires)
        if not declared:
            return []
        required.update(declared)
    wanted_factories = {f for attr in required for f in _PROVIDERS.get(attr, ())}
    keep = {name for name, meta in metas.items()
            if meta.factory not in _KNOWN_FACTORIES or meta.factory in wanted_factories}
    for name, meta in metas.items():  # embedding layers shared through listeners
        if meta.factory in ("tok2vec", "transformer"):
            listeners = getattr(nlp.get_pipe(name), "listener_map", {}) or {}
            if any(listener in keep for listener in listeners):
                keep.add(name)
    disabled = [name for name in nlp.pipe_names if name not in keep]
    for name in disabled:
        nlp.disable_pipe(name)
    return disabled


def load_extraction_pipeline(model: str | None = None) -> Any:
    """The model with claimcheck's components, unneeded base components disabled."""
    from claimcheck.nlp import load_pipeline

    nlp = load_pipeline(model)
    select_components(nlp)
    return nlp


def person_names(doc: Any) -> list[str]:
    """PERSON entity texts of a Doc, whitespace-normalised, deduplicated, in order of appearance."""
    seen: dict[str, None] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            text = " ".join(ent.text.split())
            if text:
                seen.setdefault(text, None)
    return list(seen)


def extract_batch(nlp: Any, articles: list[Article], batch_size: int = 32) -> list[CachedExtraction]:
    """Parse a batch of articles (bodies only) and reduce each Doc to claims and person names."""
    from claimcheck.extract import extract_claims, for_parsing

    texts = (for_parsing(article.text[article.body_start:]) for article in articles)
    out: list[CachedExtraction] = []
    for doc, article in zip(nlp.pipe(texts, batch_size=batch_size), articles, strict=True):
        claims = extract_claims(doc, article, offset=article.body_start)
        out.append(CachedExtraction(claims=list(claims), person_names=person_names(doc)))
    return out


# --------------------------------------------------------------------------- worker processes

_worker_nlp: Any = None
_worker_model: str | None = None


def _worker_extract(model: str | None, articles: list[Article], batch_size: int) -> list[str]:
    """In a worker: parse a batch; results go back as JSON text (small, and cached as is)."""
    global _worker_nlp, _worker_model
    if _worker_nlp is None or _worker_model != model:  # loaded once per worker
        _worker_nlp = load_extraction_pipeline(model)
        _worker_model = model
    return [value.model_dump_json() for value in extract_batch(_worker_nlp, articles, batch_size)]


def _mp_context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        # workers fork from a server that has already imported spaCy, this module and the rules
        ctx.set_forkserver_preload(["claimcheck.runner", "spacy", "claimcheck.pipeline", "claimcheck.extract"])
        return ctx
    return multiprocessing.get_context("spawn")


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# --------------------------------------------------------------------------- the stream


class _Slot:
    """One article on its way through: its cache key and, once known, its extraction."""

    __slots__ = ("article", "key", "value")

    def __init__(self, article: Article, key: str | None, value: CachedExtraction | None) -> None:
        self.article = article
        self.key = key
        self.value = value


class _Serial:
    """Parses in this process; the model is loaded on first use."""

    def __init__(self, model: str | None, batch_size: int) -> None:
        self.model = model
        self.batch_size = batch_size
        self.nlp: Any = None

    def submit(self, articles: list[Article]) -> list[CachedExtraction]:
        if self.nlp is None:
            self.nlp = load_extraction_pipeline(self.model)
        return extract_batch(self.nlp, articles, self.batch_size)

    @staticmethod
    def wait(handle: list[CachedExtraction]) -> tuple[list[CachedExtraction], list[str] | None]:
        return handle, None

    def close(self, *, ok: bool) -> None:
        self.nlp = None


class _Pool:
    """Parses in worker processes; results come back as JSON text."""

    def __init__(self, model: str | None, jobs: int, batch_size: int) -> None:
        self.model = model
        self.batch_size = batch_size
        self.pool = _mp_context().Pool(jobs)

    def submit(self, articles: list[Article]) -> Any:
        return self.pool.apply_async(_worker_extract, (self.model, articles, self.batch_size))

    @staticmethod
    def wait(handle: Any) -> tuple[list[CachedExtraction], list[str] | None]:
        raw: list[str] = handle.get()
        return [CachedExtraction.model_validate_json(text) for text in raw], raw

    def close(self, *, ok: bool) -> None:
        if ok:
            self.pool.close()
        else:
            self.pool.terminate()
        self.pool.join()


class _LazyPool:
    """A :class:`_Pool` started on the first submitted batch."""

    def __init__(self, model: str | None, jobs: int, batch_size: int) -> None:
        self.args = (model, jobs, batch_size)
        self.pool: _Pool | None = None

    def submit(self, articles: list[Article]) -> Any:
        if self.pool is None:
            self.pool = _Pool(*self.args)
        return self.pool.submit(articles)

    def wait(self, handle: Any) -> tuple[list[CachedExtraction], list[str] | None]:
        assert self.pool is not None
        return self.pool.wait(handle)

    def close(self, *, ok: bool) -> None:
        if self.pool is not None:
            self.pool.close(ok=ok)


def extract_stream(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    jobs: int | None = 1,
    batch_size: int = 32,
    cache: ExtractionCache | None = None,
    progress: Progress | None = None,
) -> Iterator[ArticleResult]:
    """Extract claims and person names from each article, yielding results in input order.

    ``jobs``: worker processes; 1 parses in this process; None decides (see the module doc).
    ``cache``: read and written when given; None turns caching off.
    ``progress(done, claims)`` is called after each article is yielded, with the number of articles
    done so far and the number of claims found in them.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if jobs is not None and jobs < 1:
        raise ValueError("jobs must be at least 1")
    keyed = _lookup(articles, model, cache)

    # Look ahead far enough to know whether workers are worth starting and how to share the work,
    # but no further than _LOOKAHEAD_MAX articles (a long run of cache hits must not pile up).
    want = available_cores() if jobs is None else jobs
    lookahead: deque[_Slot] = deque()
    misses = 0
    exhausted = True
    if want > 1:
        limit = max(AUTO_PARALLEL_MIN, want * batch_size)
        exhausted = False
        for slot in keyed:
            lookahead.append(slot)
            misses += slot.value is None
            if misses >= limit or len(lookahead) >= _LOOKAHEAD_MAX:
                break
        else:
            exhausted = True
    if want > 1 and exhausted:
        if jobs is None and misses < AUTO_PARALLEL_MIN:
            want = 1
        else:
            want = max(1, min(want, misses))
    task_size = batch_size
    if want > 1:  # small tasks keep every worker busy to the end
        task_size = min(batch_size, _WORKER_TASK)
        if exhausted:  # a short input: spread it evenly
            task_size = max(1, min(task_size, math.ceil(misses / want)))

    # workers start with the first article that needs parsing: a fully cached run starts none
    backend: _Serial | _LazyPool
    backend = _LazyPool(model, want, batch_size) if want > 1 else _Serial(model, batch_size)
    ok = False
    try:
        yield from _ordered(_chain(lookahead, keyed), backend, cache, task_size,
                            in_flight=_BATCHES_IN_FLIGHT_PER_WORKER * want if want > 1 else 0,
                            progress=progress)
        ok = True
    finally:
        backend.close(ok=ok)


def _chain(first: deque[_Slot], rest: Iterator[_Slot]) -> Iterator[_Slot]:
    while first:  # hand the look-ahead over without keeping it alive
        yield first.popleft()
    yield from rest


def _lookup(articles: Iterable[Article], model: str | None,
            cache: ExtractionCache | None) -> Iterator[_Slot]:
    if cache is None:
        for article in articles:
            yield _Slot(article, None, None)
        return
    from claimcheck.nlp import describe_model

    model_name, model_version = describe_model(model)
    for article in articles:
        key = cache.key(article, model_name, model_version)
        yield _Slot(article, key, cache.get(key))


def _ordered(slots: Iterator[_Slot], backend: _Serial | _LazyPool, cache: ExtractionCache | None,
             task_size: int, *, in_flight: int, progress: Progress | None) -> Iterator[ArticleResult]:
    window: deque[_Slot] = deque()  # every slot read and not yet yielded, in input order
    batch: list[_Slot] = []  # misses not yet submitted
    pending: deque[tuple[list[_Slot], Any]] = deque()  # submitted batches, oldest first
    # how many unresolved slots may wait in the window before a partial batch is sent off
    window_limit = max(4 * task_size * in_flight, 256)
    done = 0
    claims = 0

    def submit() -> None:
        nonlocal batch
        pending.append((batch, backend.submit([slot.article for slot in batch])))
        batch = []

    def complete_oldest() -> None:
        slots_done, handle = pending.popleft()
        values, raw = backend.wait(handle)
        for i, (slot, value) in enumerate(zip(slots_done, values, strict=True)):
            slot.value = value
            if cache is not None and slot.key is not None:
                if raw is not None:
                    cache.put_json(slot.key, raw[i])
                else:
                    cache.put(slot.key, value)

    def ready() -> Iterator[ArticleResult]:
        nonlocal done, claims
        while window and window[0].value is not None:
            slot = window.popleft()
            value = slot.value
            assert value is not None
            done += 1
            claims += len(value.claims)
            yield ArticleResult(slot.article, value.claims, value.person_names)
            if progress is not None:
                progress(done, claims)

    for slot in slots:
        window.append(slot)
        if slot.value is None:
            batch.append(slot)
            if len(batch) >= task_size:
                submit()
        elif len(window) > window_limit and batch:
            submit()
        while len(pending) > in_flight or (pending and len(window) > window_limit):
            complete_oldest()
        yield from ready()
    if batch:
        submit()
    while pending:
        complete_oldest()
        yield from ready()
    yield from ready()
