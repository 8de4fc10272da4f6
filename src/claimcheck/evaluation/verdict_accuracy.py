"""Accuracy of the verdicts of a report against a dataset's expected verdicts."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, computed_field

from claimcheck.dataset import ExpectedVerdict, VerdictDiff, compare, report_claims, select_claim
from claimcheck.models import VERDICTS, Report

MISSING = "missing"  # the column of expected claims the report does not have


class VerdictScores(BaseModel):
    model_config = ConfigDict(extra="forbid")

    total: int = 0
    correct: int = 0
    missing: int = 0
    # every claim of the report called contradicted, whether an expected entry names it or not
    report_contradicted: int = 0
    # confusion[expected][actual]; actual is a verdict or "missing"
    confusion: dict[str, dict[str, int]] = Field(default_factory=dict)
    diffs: list[VerdictDiff] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def precision(self, verdict: str) -> float | None:
        """Of the expected claims given ``verdict``, the share that expected it (None if none)."""
        given = sum(row.get(verdict, 0) for row in self.confusion.values())
        return self.confusion.get(verdict, {}).get(verdict, 0) / given if given else None

    def recall(self, verdict: str) -> float | None:
        row = self.confusion.get(verdict, {})
        expected = sum(row.values())
        return row.get(verdict, 0) / expected if expected else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def contradicted_precision(self) -> float | None:
        return self.precision("contradicted")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def contradicted_recall(self) -> float | None:
        return self.recall("contradicted")


def score_verdicts(report: Report, expected: list[ExpectedVerdict]) -> VerdictScores:
    """Accuracy and a confusion matrix (expected rows, actual columns) over the expected claims.

    A claim the report does not have counts as wrong, in the ``missing`` column.
    """
    claims = report_claims(report)
    scores = VerdictScores(total=len(expected),
                           confusion={v: {a: 0 for a in (*VERDICTS, MISSING)} for v in VERDICTS})
    confusion = scores.confusion  # (the model holds its own copy of what it was given)
    for item in expected:
        claim = select_claim(claims, item)
        actual = claim.verdict if claim is not None else MISSING
        confusion[item.verdict][actual] += 1
        scores.correct += int(actual == item.verdict)
        scores.missing += int(actual == MISSING)
    scores.diffs = compare(report, expected)
    scores.report_contradicted = sum(c.verdict == "contradicted" for c in claims)
    return scores


def format_verdict_scores(scores: VerdictScores) -> str:
    """Accuracy, contradicted precision/recall and the confusion matrix as plain text."""

    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    cols = (*VERDICTS, MISSING)
    width = max(len(c) for c in cols) + 2
    lines = [
        f"verdict accuracy: {pct(scores.accuracy)} ({scores.correct}/{scores.total}; "
        f"{scores.missing} expected claims not found)",
        f"contradicted: precision {pct(scores.contradicted_precision)}, "
        f"recall {pct(scores.contradicted_recall)} "
        f"({scores.report_contradicted} claims of the report are contradicted in all)",
        "",
        "expected \\ actual".ljust(width) + "".join(c.rjust(width) for c in cols),
    ]
    for v in VERDICTS:
        row = scores.confusion.get(v, {})
        lines.append(v.ljust(width) + "".join(str(row.get(c, 0)).rjust(width) for c in cols))
    return "\n".join(lines)
