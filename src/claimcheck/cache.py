"""The extraction cache: one JSON file per (article, model, rules) so work done is not redone.

Parsing is the expensive step of claimcheck; everything after it is cheap.  An article's claims
and person names are therefore cached under a key that changes whenever anything that could
change them changes:

- the article's text, id and body offset;
- the spaCy model's name and version;
- the rules version (:func:`rules_fingerprint`): the bytes of the packaged resource files
  (``claimcheck/resources/*.yaml``), the source of the extraction code, and
  ``claimcheck.__version__``.

Entries live in ``<cache dir>/extract-v1/<first two hex digits of the key>/<key>.json``.  They are
written atomically (a temporary file in the same folder, then ``os.replace``), so two runs that
write the same key at once leave one complete entry, never a mixed one.  An entry that cannot be
read or parsed is a miss, never an error; a cache folder that cannot be written is skipped with
a logged warning.  Passing ``cache=None`` where a cache is accepted turns caching off.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claimcheck import __version__
from claimcheck.models import Article, Claim

log = logging.getLogger(__name__)

CACHE_DIR_ENV = "CLAIMCHECK_CACHE_DIR"
#: Bumped when the layout or the entry format changes; old entries are then simply not seen.
FORMAT = "extract-v1"
#: Modules whose source decides what is extracted from a parsed Doc (relative to the package).
_EXTRACTION_SOURCES = ("extract.py", "runner.py", "pipeline")


class CachedExtraction(BaseModel):
    """What extraction produced for one article."""

    model_config = ConfigDict(extra="forbid")

    claims: list[Claim] = Field(default_factory=list)
    person_names: list[str] = Field(default_factory=list)


def default_cache_dir() -> Path:
    """$CLAIMCHECK_CACHE_DIR if set, else the user's cache folder for claimcheck."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("claimcheck"))


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """A hash of everything besides the article and the model that decides the extraction.

    That is ``claimcheck.__version__``, every packaged ``resources/*.yaml`` file and the source
    of the extraction modules, so that editing a rule or the code invalidates cached results
    even without a version bump.  Computed once per process (a few small files).
    """
    return fingerprint_package(resources.files("claimcheck"), __version__)


def fingerprint_package(package: Traversable, version: str) -> str:
    """The rules fingerprint of a package folder laid out like claimcheck's."""
    digest = hashlib.sha256()
    digest.update(f"claimcheck {version}\0".encode())
    folder = package.joinpath("resources")
    files = sorted((e for e in folder.iterdir() if e.name.endswith(".yaml")), key=lambda e: e.name)
    for name in _EXTRACTION_SOURCES:
        entry = package.joinpath(name)
        if entry.is_dir():
            files.extend(sorted((e for e in entry.iterdir() if e.name.endswith(".py")),
                                key=lambda e: e.name))
        elif entry.is_file():
            files.append(entry)
    for entry in files:
        data = entry.read_bytes()
        digest.update(f"{entry.name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


class ExtractionCache:
    """Extraction results on disk, keyed by :meth:`key`.

    ``directory`` defaults to :func:`default_cache_dir`.  Counters ``hits``, ``misses`` and
    ``writes`` say what the cache did in this process.
    """

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = Path(directory).expanduser() if directory is not None else default_cache_dir()
        self.root = self.directory / FORMAT
        self.hits = 0
        self.misses = 0
        self.writes = 0
        self._write_failed = False

    def __repr__(self) -> str:
        return f"ExtractionCache({str(self.directory)!r})"

    # ------------------------------------------------------------------ keys

    def key(self, article: Article, model_name: str, model_version: str) -> str:
        """The sha256 hex key of an article's extraction with a given model and these rules."""
        fields = [FORMAT, rules_fingerprint(), model_name, model_version,
                  article.id, str(article.body_start), article.text]
        digest = hashlib.sha256()
        for value in fields:
            data = value.encode("utf-8", "surrogatepass")
            # length-prefixed, so no two different field lists give the same byte string
            digest.update(len(data).to_bytes(8, "little"))
            digest.update(data)
        return digest.hexdigest()

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    # ------------------------------------------------------------------ read

    def get(self, key: str) -> CachedExtraction | None:
        """The cached extraction, or None when absent, unreadable or corrupt."""
        path = self.path(key)
        try:
            raw = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        try:
            value = CachedExtraction.model_validate_json(raw)
        except (ValidationError, ValueError) as exc:
            log.warning("ignoring corrupt cache entry %s (%s)", path, exc.__class__.__name__)
            self.misses += 1
            return None
        self.hits += 1
        return value

    # ------------------------------------------------------------------ write

    def put(self, key: str, value: CachedExtraction) -> None:
        """Store an extraction (atomically; failures are logged, never raised)."""
        self.put_json(key, value.model_dump_json())

    def put_json(self, key: str, data: str | bytes) -> None:
        """Store an already serialised :class:`CachedExtraction` (as JSON text)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        path = self.path(key)
        tmp_name: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=f".{key[:16]}-", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp_name, path)
            tmp_name = None
            self.writes += 1
        except OSError as exc:
            if not self._write_failed:  # say it once per run, not once per article
                log.warning("cannot write the extraction cache in %s: %s", self.directory, exc)
                self._write_failed = True
        finally:
            if tmp_name is not None:
                try:
                    os.unlink(tmp_name)
                except OSError:
                    pass

    def clear(self) -> int:
        """Delete every entry of this format; returns how many files were removed."""
        removed = 0
        if not self.root.is_dir():
            return 0
        for entry in self.root.glob("*/*"):
            try:
                entry.unlink()
                removed += 1
            except OSError:
                pass
        return removed


__all__ = ["CACHE_DIR_ENV", "FORMAT", "CachedExtraction", "ExtractionCache", "default_cache_dir",
           "fingerprint_package", "rules_fingerprint"]
