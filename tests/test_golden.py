"""The sample dataset's reports must equal the committed golden files (regenerated only on purpose)."""

from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("update_golden", ROOT / "scripts" / "update_golden.py")
update_golden = importlib.util.module_from_spec(spec)
spec.loader.exec_module(update_golden)


@pytest.fixture(scope="module")
def fresh():
    return update_golden.golden_reports()


@pytest.mark.parametrize("name", ["seeds.md", "seeds.json"])
def test_report_equals_golden(fresh, name):
    golden = (ROOT / "tests" / "golden" / name).read_text(encoding="utf-8")
    if fresh[name] != golden:
        diff = "".join(difflib.unified_diff(golden.splitlines(True), fresh[name].splitlines(True),
                                            f"golden/{name}", f"fresh/{name}", n=2))
        pytest.fail(f"the {name} report changed; read the diff, then run python scripts/update_golden.py "
                    f"if the change is intended:\n{diff[:6000]}")
