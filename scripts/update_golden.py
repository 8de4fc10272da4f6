"""Regenerate the golden reports in tests/golden/ on purpose, after reading what changed.

    python scripts/update_golden.py          # rewrite them
    git diff tests/golden/                    # read every change before committing it

The tests compare a fresh analysis of the sample dataset with these files and fail on any
difference; they never rewrite them.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"


def golden_reports() -> dict[str, str]:
    """The sample dataset's Markdown and JSON reports, with paths relative to the repository."""
    from claimcheck import engine
    from claimcheck.models import Generator, ModelInfo
    from claimcheck.render.json import render_json
    from claimcheck.render.markdown import render_markdown

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        report = engine.analyze([engine.SAMPLE_ARTICLES], engine.SAMPLE_EVIDENCE, engine.Options(jobs=1)).report
    finally:
        os.chdir(cwd)
    # The generator's version and the model package's name vary between installs, not the analysis.
    report = report.model_copy(update={"generator": Generator(version="golden"),
                                       "model": ModelInfo(name="en_core_web_sm", version=report.model.version)})
    return {"seeds.md": render_markdown(report), "seeds.json": render_json(report)}


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name, text in golden_reports().items():
        (GOLDEN / name).write_text(text, encoding="utf-8")
        print(f"wrote tests/golden/{name}")


if __name__ == "__main__":
    main()
