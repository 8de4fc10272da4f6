"""Scoring attribution extraction against gold documents.

Measures (all over character offsets into the text given to the extractor):

- **content found at 30 % / 80 %**: gold and predicted contents are paired one
  to one, greedily by decreasing overlap; a pair counts when its overlap reaches
  the threshold.  ``overlap = |gold ∩ pred| / max(|gold|, |pred|)`` in
  characters, after trimming whitespace, quotation marks and punctuation from
  both ends of every span.  Dividing by the longer span is symmetric and
  punishes both truncation and over-extension (a prediction covering a whole
  paragraph does not "find" a one-clause gold content).  Precision, recall, F1.
- **speaker accuracy** on the pairs found at 30 %: the predicted speaker span
  shares characters (hence tokens) with a gold source span, or its canonical
  name matches a name of the gold source (the source text, the antecedent of a
  pronoun, any naming mention of its coreference chain, a hand-written
  canonical name): rapidfuzz ``ratio`` >= 85 with ``default_process``, or the
  same last word (a surname: "Gregoire" for "Governor of Washington Chris
  Gregoire").  Reported too: how many pronoun sources were resolved by name.
- **cue accuracy** on the pairs found at 30 % whose gold item has a cue: the
  predicted cue span shares characters with a gold cue span.
- **exact-span F1** for content, speaker and cue: sets of distinct trimmed
  (document, start, end) spans; a gold content in two pieces only matches a
  prediction in the same two pieces.

Every prediction counts, whatever its role (claims and evidence statements).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from pydantic import BaseModel, ConfigDict, Field, computed_field
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from claimcheck.evaluation.gum import GoldAttribution, GoldDoc
from claimcheck.models import Claim

THRESHOLDS = (0.3, 0.8)
NAME_MATCH = 85  # rapidfuzz ratio (0-100) for a canonical name to match a gold name
_EDGE = "\"'“”‘’«»,.;:!?—–-()[]… \t\r\n"
_SURNAME_STOP = frozenset("the of and s jr sr ii iii spokesperson spokesman spokeswoman".split())

Predict = Callable[[str, str], list[Claim]]
Interval = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PRF(_Model):
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> PRF:
        return PRF(tp=self.tp + other.tp, predicted=self.predicted + other.predicted,
                   gold=self.gold + other.gold)


class Accuracy(_Model):
    correct: int = 0
    total: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


class ErrorItem(_Model):
    """One item for error analysis."""

    kind: str  # missed | false_positive | partial | wrong_speaker | wrong_cue
    doc: str
    gold_id: str | None = None
    gold_content: str | None = None
    gold_source: str | None = None
    gold_cue: str | None = None
    pred_content: str | None = None
    pred_speaker: str | None = None
    pred_canonical: str | None = None
    pred_cue: str | None = None
    pred_rule: str | None = None
    overlap: float = 0.0
    start: int = 0  # offset of the item in the document, for sorting and looking up


class AttributionScores(_Model):
    docs: int = 0
    gold: int = 0
    predicted: int = 0
    content_30: PRF = Field(default_factory=PRF)
    content_80: PRF = Field(default_factory=PRF)
    speaker: Accuracy = Field(default_factory=Accuracy)
    pronoun_resolved: Accuracy = Field(default_factory=Accuracy)
    cue: Accuracy = Field(default_factory=Accuracy)
    polarity: Accuracy = Field(default_factory=Accuracy)
    exact_content: PRF = Field(default_factory=PRF)
    exact_speaker: PRF = Field(default_factory=PRF)
    exact_cue: PRF = Field(default_factory=PRF)
    errors: list[ErrorItem] = Field(default_factory=list)
    # per extraction rule (the part of Claim.rule before any "+"): [found @0.3, predicted]
    by_rule: dict[str, list[int]] = Field(default_factory=dict)

    def errors_of(self, kind: str) -> list[ErrorItem]:
        return [e for e in self.errors if e.kind == kind]

    def summary(self) -> dict[str, float]:
        """The headline numbers as a flat dict (for JSON output and gates)."""
        out: dict[str, float] = {"docs": self.docs, "gold": self.gold, "predicted": self.predicted}
        for name in ("content_30", "content_80", "exact_content", "exact_speaker", "exact_cue"):
            prf: PRF = getattr(self, name)
            out[f"{name}_precision"] = round(prf.precision, 4)
            out[f"{name}_recall"] = round(prf.recall, 4)
            out[f"{name}_f1"] = round(prf.f1, 4)
        for name in ("speaker", "pronoun_resolved", "cue", "polarity"):
            acc: Accuracy = getattr(self, name)
            out[f"{name}_accuracy"] = round(acc.value, 4)
            out[f"{name}_total"] = acc.total
        return out


# --------------------------------------------------------------------------- spans


def trim(text: str, start: int, end: int) -> Interval:
    """Shrink [start, end) past whitespace, quotation marks and punctuation at both ends."""
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _length(intervals: Iterable[Interval]) -> int:
    return sum(max(0, e - s) for s, e in intervals)


def _intersection(a: Sequence[Interval], b: Sequence[Interval]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def overlap(gold: Sequence[Interval], pred: Sequence[Interval]) -> float:
    """|gold ∩ pred| / max(|gold|, |pred|), 0.0 when either is empty."""
    longest = max(_length(gold), _length(pred))
    return _intersection(gold, pred) / longest if longest else 0.0


def names_match(name: str, candidates: Iterable[str]) -> bool:
    """A canonical name matches one of the gold names (fuzzy, or the same surname)."""
    a = default_process(name or "")
    if not a:
        return False
    for cand in candidates:
        b = default_process(cand or "")
        if not b:
            continue
        if fuzz.ratio(a, b) >= NAME_MATCH:
            return True
        last_a, last_b = a.split()[-1], b.split()[-1]
        if last_a == last_b and len(last_a) > 2 and last_a not in _SURNAME_STOP:
            return True
    return False


def _gold_intervals(doc: GoldDoc, spans) -> list[Interval]:
    out = []
    for s in spans:
        t = trim(doc.text, s.start, s.end)
        if t[1] > t[0]:
            out.append(t)
    return out


def _pred_interval(text: str, start: int, end: int) -> list[Interval]:
    if end <= start:
        return []
    t = trim(text, start, end)
    return [t] if t[1] > t[0] else []


def _gold_names(g: GoldAttribution) -> list[str]:
    names = [s.text for s in g.sources]
    names += [n for n in (g.antecedent, g.canonical) if n]
    names += g.source_names
    return names


def _same_speaker(doc: GoldDoc, g: GoldAttribution, c: Claim) -> bool:
    """The predicted speaker shares characters with a gold source span or names it."""
    p_spk = _pred_interval(doc.text, c.speaker.start, c.speaker.end)
    return _intersection(_gold_intervals(doc, g.sources), p_spk) > 0 \
        or names_match(c.speaker.canonical, _gold_names(g))


# --------------------------------------------------------------------------- scoring


def score_document(doc: GoldDoc, claims: Sequence[Claim]) -> AttributionScores:
    """Scores of one document's predicted claims against its gold attributions."""
    text = doc.text
    golds = doc.attributions
    g_content = [_gold_intervals(doc, g.content) for g in golds]
    p_content = [_pred_interval(text, c.content.start, c.content.end) for c in claims]

    pairs = []
    for gi, gint in enumerate(g_content):
        for pi, pint in enumerate(p_content):
            ov = overlap(gint, pint)
            if ov > 0:
                pairs.append((ov, not _same_speaker(doc, golds[gi], claims[pi]), gi, pi))
    # by decreasing overlap; of two predictions with the same content (a quotation and the
    # paper that reports it), the one naming the gold source is paired with it
    pairs.sort(key=lambda x: (-x[0], x[1], x[2], x[3]))
    gold_match: dict[int, tuple[int, float]] = {}
    pred_match: dict[int, tuple[int, float]] = {}
    for ov, _, gi, pi in pairs:
        if gi in gold_match or pi in pred_match:
            continue
        gold_match[gi] = (pi, ov)
        pred_match[pi] = (gi, ov)

    s = AttributionScores(docs=1, gold=len(golds), predicted=len(claims))
    for threshold, name in zip(THRESHOLDS, ("content_30", "content_80"), strict=True):
        tp = sum(1 for _, ov in gold_match.values() if ov >= threshold)
        setattr(s, name, PRF(tp=tp, predicted=len(claims), gold=len(golds)))

    errors: list[ErrorItem] = []
    for gi, g in enumerate(golds):
        base = dict(doc=doc.id, gold_id=g.id, gold_content=g.content_text,
                    gold_source=g.source_text, gold_cue=g.cue_text or None, start=g.content_start)
        match = gold_match.get(gi)
        if match is None or match[1] < THRESHOLDS[0]:
            errors.append(ErrorItem(kind="missed", overlap=match[1] if match else 0.0, **base))
            continue
        pi, ov = match
        c = claims[pi]
        pred = dict(pred_content=c.content.text, pred_speaker=c.speaker.text,
                    pred_canonical=c.speaker.canonical, pred_cue=c.cue.text, pred_rule=c.rule,
                    overlap=round(ov, 3))
        if ov < THRESHOLDS[1]:
            errors.append(ErrorItem(kind="partial", **base, **pred))
        # speaker
        s.speaker.total += 1
        if _same_speaker(doc, g, c):
            s.speaker.correct += 1
        else:
            errors.append(ErrorItem(kind="wrong_speaker", **base, **pred))
        names = [n for n in (g.antecedent, g.canonical, *g.source_names) if n]
        if g.is_pronoun_source and names:  # a corpus without coreference cannot tell
            s.pronoun_resolved.total += 1
            if names_match(c.speaker.canonical, names):
                s.pronoun_resolved.correct += 1
        # cue
        if g.cues:
            s.cue.total += 1
            p_cue = _pred_interval(text, c.cue.start, c.cue.end)
            if _intersection(_gold_intervals(doc, g.cues), p_cue) > 0:
                s.cue.correct += 1
            else:
                errors.append(ErrorItem(kind="wrong_cue", **base, **pred))
        s.polarity.total += 1
        s.polarity.correct += int(c.polarity == g.polarity)

    for pi, c in enumerate(claims):
        match = pred_match.get(pi)
        if match is None or match[1] < THRESHOLDS[0]:
            errors.append(ErrorItem(
                kind="false_positive", doc=doc.id, pred_content=c.content.text,
                pred_speaker=c.speaker.text, pred_canonical=c.speaker.canonical,
                pred_cue=c.cue.text, pred_rule=c.rule, start=c.content.start,
                overlap=round(match[1], 3) if match else 0.0,
            ))

    # exact spans
    def exact(gold_keys: set, pred_keys: set) -> PRF:
        return PRF(tp=len(gold_keys & pred_keys), predicted=len(pred_keys), gold=len(gold_keys))

    s.exact_content = exact({tuple(x) for x in g_content if x}, {tuple(x) for x in p_content if x})
    s.exact_speaker = exact(
        {iv for g in golds for iv in _gold_intervals(doc, g.sources)},
        {iv for c in claims for iv in _pred_interval(text, c.speaker.start, c.speaker.end)},
    )
    s.exact_cue = exact(
        {iv for g in golds for iv in _gold_intervals(doc, g.cues)},
        {iv for c in claims for iv in _pred_interval(text, c.cue.start, c.cue.end)},
    )
    errors.sort(key=lambda e: (e.doc, e.start, e.kind))
    s.errors = errors
    for pi, c in enumerate(claims):
        counts = s.by_rule.setdefault(rule_name(c.rule), [0, 0])
        counts[1] += 1
        match = pred_match.get(pi)
        counts[0] += int(match is not None and match[1] >= THRESHOLDS[0])
    return s


def rule_name(rule: str) -> str:
    """The main rule of a claim's ``rule`` string ("infinitive+shared" -> "infinitive")."""
    return (rule or "unknown").split("+")[0]


def combine(parts: Iterable[AttributionScores]) -> AttributionScores:
    """Micro-averaged scores over several documents."""
    total = AttributionScores()
    for p in parts:
        total.docs += p.docs
        total.gold += p.gold
        total.predicted += p.predicted
        for name in ("content_30", "content_80", "exact_content", "exact_speaker", "exact_cue"):
            setattr(total, name, getattr(total, name).add(getattr(p, name)))
        for name in ("speaker", "pronoun_resolved", "cue", "polarity"):
            a, b = getattr(total, name), getattr(p, name)
            setattr(total, name, Accuracy(correct=a.correct + b.correct, total=a.total + b.total))
        total.errors.extend(p.errors)
        for rule, (found, predicted) in p.by_rule.items():
            counts = total.by_rule.setdefault(rule, [0, 0])
            counts[0] += found
            counts[1] += predicted
    return total


def evaluate_attribution(docs: Sequence[GoldDoc], predict: Predict) -> AttributionScores:
    """Run ``predict(doc_id, text)`` on every gold document and score the claims it returns."""
    return combine(score_document(doc, predict(doc.id, doc.text)) for doc in docs)


# --------------------------------------------------------------------------- output


def format_scores(scores: AttributionScores, title: str = "attribution") -> str:
    """A plain-text table of the scores."""
    rows = [f"{title}: {scores.docs} documents, {scores.gold} gold items, "
            f"{scores.predicted} predicted",
            f"{'measure':<26}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'pred':>6}{'gold':>6}"]
    for label, name in (("content found @0.3", "content_30"), ("content found @0.8", "content_80"),
                        ("content exact", "exact_content"), ("speaker exact", "exact_speaker"),
                        ("cue exact", "exact_cue")):
        prf: PRF = getattr(scores, name)
        rows.append(f"{label:<26}{prf.precision:>8.3f}{prf.recall:>8.3f}{prf.f1:>8.3f}"
                    f"{prf.tp:>6}{prf.predicted:>6}{prf.gold:>6}")
    rows.append(f"{'accuracy on found @0.3':<26}{'acc':>8}{'right':>8}{'of':>8}")
    for label, name in (("speaker", "speaker"), ("pronoun source resolved", "pronoun_resolved"),
                        ("cue", "cue"), ("polarity", "polarity")):
        acc: Accuracy = getattr(scores, name)
        value = f"{acc.value:>8.3f}" if acc.total else f"{'-':>8}"  # nothing to score
        rows.append(f"{label:<26}{value}{acc.correct:>8}{acc.total:>8}")
    return "\n".join(rows)


def format_rules(scores: AttributionScores) -> str:
    """Precision of each extraction rule at 30 % overlap, most used first."""
    rows = [f"{'rule':<26}{'found':>8}{'pred':>8}{'P':>8}"]
    for rule, (found, predicted) in sorted(scores.by_rule.items(), key=lambda kv: (-kv[1][1], kv[0])):
        rows.append(f"{rule:<26}{found:>8}{predicted:>8}{found / predicted:>8.3f}")
    return "\n".join(rows)


def _short(text: str | None, width: int = 110) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_errors(scores: AttributionScores, limit: int = 10,
                  kinds: Sequence[str] = ("missed", "false_positive", "wrong_speaker",
                                          "wrong_cue", "partial")) -> str:
    """Up to ``limit`` examples of each kind of error, for error analysis."""
    out = []
    for kind in kinds:
        items = scores.errors_of(kind)
        if not items:
            continue
        out.append(f"== {kind} ({len(items)})")
        for e in items[:limit]:
            if kind == "missed":
                out.append(f"- [{e.doc}] source={_short(e.gold_source, 40)!r} "
                           f"cue={_short(e.gold_cue, 20)!r} best overlap={e.overlap:.2f}\n"
                           f"    gold: {_short(e.gold_content)}")
            elif kind == "false_positive":
                out.append(f"- [{e.doc}] speaker={_short(e.pred_speaker, 40)!r} "
                           f"cue={e.pred_cue!r} rule={e.pred_rule!r}\n"
                           f"    pred: {_short(e.pred_content)}")
            else:
                out.append(f"- [{e.doc}] overlap={e.overlap:.2f} gold source={_short(e.gold_source, 40)!r}"
                           f" pred speaker={_short(e.pred_speaker, 30)!r}"
                           f" ({_short(e.pred_canonical, 30)!r}) gold cue={e.gold_cue!r}"
                           f" pred cue={e.pred_cue!r}\n"
                           f"    gold: {_short(e.gold_content)}\n"
                           f"    pred: {_short(e.pred_content)}")
    return "\n".join(out)


def extractor_predictor(model: str | None = None) -> Predict:
    """``predict(doc_id, text)`` backed by claimcheck's own extractor (the model loads once)."""
    from claimcheck.extract import extract_from_text
    from claimcheck.nlp import load_pipeline

    nlp = load_pipeline(model)

    def predict(doc_id: str, text: str) -> list[Claim]:
        return extract_from_text(nlp, text, article_id=doc_id)

    return predict
