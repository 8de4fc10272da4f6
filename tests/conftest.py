"""Shared fixtures. The spaCy model loads once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The default model with claimcheck's components added."""
    from claimcheck.nlp import load_pipeline

    return load_pipeline()
