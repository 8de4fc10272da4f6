"""Arbitrary and hostile text never crashes extraction; offsets always index the decoded text;
an interrupted run exits 130 and leaves the previous report intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.extract import extract_from_text

# Text that looks like news: words, reporting verbs, quote marks of every kind, dashes, line breaks.
NEWSY = st.lists(
    st.sampled_from([
        "said", "told", "claimed", "according to", "denied", "accused", "“", "”", '"', "‘", "’", "'",
        "—", "-", ":", ",", ".", "\n", "\n\n", "The officer", "she", "he", "Ms. Noem", "police",
        "was not", "a statement saying", "that", "the car", "(", ")", "Mr.", "as", "had earlier claimed",
    ]) | st.text(min_size=1, max_size=12),
    max_size=60,
).map(" ".join)


def _check_offsets(text: str, claims) -> None:
    for claim in claims:
        for span in (claim.speaker, claim.cue, claim.content):
            assert 0 <= span.start <= span.end <= len(text)
            if span.end > span.start:
                assert text[span.start:span.end] == span.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=NEWSY)
def test_extractor_never_raises_on_newsy_text(nlp, text):
    _check_offsets(text, extract_from_text(nlp, text))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_extractor_never_raises_on_arbitrary_unicode(nlp, text):
    _check_offsets(text, extract_from_text(nlp, text))


@pytest.mark.parametrize("text", [
    "“" * 500,
    "“Unbalanced quote, she said. And it goes on. " * 20,
    "said " * 400,
    "\n" * 1000 + "“Yes,” he said.",
    "A" * 5000,
])
def test_extractor_handles_degenerate_text(nlp, text):
    _check_offsets(text, extract_from_text(nlp, text))


def test_ctrl_c_exits_130_and_keeps_the_previous_report(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    paragraph = ("“We followed every rule,” the sheriff said on Tuesday. Witnesses said the man was "
                 "unarmed, and a lawyer for his family claimed that deputies fired first. ")
    for n in range(300):
        (corpus / f"a{n:03d}.txt").write_text(f"Story {n}. " + paragraph * 30, encoding="utf-8")
    output = tmp_path / "report.json"
    output.write_text("previous report\n", encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "analyze", str(corpus), "-f", "json", "-o", str(output),
         "--no-cache", "-q", "--jobs", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    time.sleep(6)  # model loaded, parsing under way
    assert proc.poll() is None, proc.communicate()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert output.read_text(encoding="utf-8") == "previous report\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []
