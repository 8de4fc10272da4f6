"""The orchestrator: articles -> Docs -> claims -> incidents -> matches -> verdicts -> Report.

Collaborators (taxonomy, evidence, cache, extraction) are arguments with defaults, so
tests and other programs can pass their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck import __version__
from claimcheck.articles import iter_articles
from claimcheck.cache import ExtractionCache
from claimcheck.checking import check
from claimcheck.errors import DatasetError, EvidenceError
from claimcheck.evidence import load_evidence
from claimcheck.models import (
    Article,
    ArticleSummary,
    Claim,
    EvidenceSet,
    Generator,
    ModelInfo,
    Report,
    SkippedInput,
    Summary,
    count_verdicts,
)
from claimcheck.nlp import describe_model
from claimcheck.runner import extract_stream
from claimcheck.taxonomy import Taxonomy, load_taxonomy

#: Where `claimcheck analyze` looks when given no paths (relative to the working directory).
SAMPLE_ARTICLES = Path("data/claims")
SAMPLE_EVIDENCE = Path("data/evidence")

Progress = Callable[[int, int], None]

#: Longest article text parsed (spaCy's default ``max_length``); longer ones are skipped with a reason.
MAX_CHARS = 1_000_000


@dataclass
class Analysis:
    """A report and what was left out of it along the way."""

    report: Report
    skipped: list[SkippedInput] = field(default_factory=list)
    evidence_errors: list[EvidenceError] = field(default_factory=list)


@dataclass
class Options:
    model: str | None = None
    jobs: int | None = None
    cache: ExtractionCache | None = None
    taxonomy: Taxonomy | None = None
    keep_going: bool = False
    progress: Progress | None = None
    max_chars: int = MAX_CHARS


def load_evidence_for(evidence_dir: Path | None, taxonomy: Taxonomy, keep_going: bool
                      ) -> tuple[EvidenceSet, list[EvidenceError]]:
    if evidence_dir is None:
        return EvidenceSet(), []
    result = load_evidence(evidence_dir, categories=taxonomy.names, keep_going=keep_going)
    if isinstance(result, tuple):
        return result
    return result, []


def extract_articles(articles: Iterable[Article | SkippedInput], opts: Options
                     ) -> tuple[list[Article], list[Claim], dict[str, list[str]], list[SkippedInput]]:
    """Run the extraction stage over a stream of articles (skipped inputs pass through)."""
    skipped: list[SkippedInput] = []

    def good_articles() -> Iterable[Article]:
        for item in articles:
            if isinstance(item, SkippedInput):
                skipped.append(item)
            else:
                yield item

    kept: list[Article] = []
    claims: list[Claim] = []
    person_names: dict[str, list[str]] = {}
    for result in extract_stream(good_articles(), model=opts.model, jobs=opts.jobs,
                                 cache=opts.cache, progress=opts.progress):
        kept.append(result.article)
        claims.extend(result.claims)
        person_names[result.article.id] = list(result.person_names)
    return kept, claims, person_names, skipped


def analyze(paths: Sequence[Path], evidence_dir: Path | None, opts: Options | None = None) -> Analysis:
    """Analyze article files/folders against the evidence in ``evidence_dir``."""
    opts = opts or Options()
    taxonomy = opts.taxonomy or load_taxonomy()
    evidence, evidence_errors = load_evidence_for(evidence_dir, taxonomy, opts.keep_going)
    articles, claims, person_names, skipped = extract_articles(
        iter_articles(paths, max_chars=opts.max_chars), opts)
    incidents, unassigned = check(articles, claims, evidence, taxonomy=taxonomy,
                                  person_names=person_names)
    per_article: dict[str, int] = {}
    for claim in claims:
        per_article[claim.article] = per_article.get(claim.article, 0) + 1
    all_claims = [c for inc in incidents for c in inc.claims] + list(unassigned)
    model_name, model_version = describe_model(opts.model)
    report = Report(
        generator=Generator(version=__version__),
        model=ModelInfo(name=model_name, version=model_version),
        articles=[
            ArticleSummary(id=a.id, path=a.path, title=a.title, claims=per_article.get(a.id, 0),
                           outlet=a.outlet, date=a.date, url=a.url, encoding=a.encoding)
            for a in articles
        ],
        incidents=incidents,
        unassigned_claims=unassigned,
        summary=Summary(
            articles=len(articles),
            claims=len(all_claims),
            incidents=len(incidents),
            verdicts=count_verdicts(all_claims),
        ),
        skipped=skipped,
    )
    return Analysis(report=report, skipped=skipped, evidence_errors=evidence_errors)


@dataclass
class Dataset:
    """A fact-check dataset folder: articles, evidence and expected verdicts."""

    root: Path
    articles: Path
    evidence: Path | None


def locate_dataset(root: Path, evidence: Path | None = None) -> Dataset:
    """Find a dataset's parts.

    Articles are ``ROOT/articles`` if that folder exists, else ROOT itself. Evidence is the
    given folder, else the nearest ``evidence`` folder in ROOT or one of its parents
    (so ``data/claims/seeds`` finds ``data/evidence``).
    """
    if not root.is_dir():
        raise DatasetError("not a folder", path=str(root))
    articles = root / "articles" if (root / "articles").is_dir() else root
    if evidence is None:
        for folder in [root, *root.parents]:
            if (folder / "evidence").is_dir():
                evidence = folder / "evidence"
                break
    return Dataset(root=root, articles=articles, evidence=evidence)


def analyze_dataset(root: Path, opts: Options | None = None, evidence: Path | None = None) -> Analysis:
    dataset = locate_dataset(root, evidence)
    return analyze([dataset.articles], dataset.evidence, opts)
