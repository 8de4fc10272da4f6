"""A faster, exact stand-in for a pipeline's ``attribute_ruler`` and rule ``lemmatizer``.

In the small English pipeline these two components cost about an eighth of the parse, yet what
they compute is a pure function of a few token features:

- the attribute ruler sets POS, MORPH and some LEMMAs (and TAG/DEP of whitespace tokens) from
  patterns over TAG, LOWER, DEP and IS_SPACE, mostly one token long;
- the rule lemmatizer sets a token's LEMMA from its text, POS and MORPH.

spaCy evaluates them token by token in Python, every time.  :class:`TokenTables` compiles the
ruler's patterns once and remembers each outcome: a token's new attributes are looked up by its
features (and, for the few two-token patterns, by which of them matched around it), and its lemma
by ``(ORTH, POS, MORPH)``.  A miss is computed with the same semantics as spaCy (the ruler's own
normalised attribute values, the lemmatizer's own ``lemmatize``), so the result is identical.
Values are written back in bulk with ``Doc.from_array``.

Only pattern forms seen in spaCy's English pipelines are compiled (keys TAG, LOWER, DEP,
IS_SPACE with equality, IN, NOT_IN or REGEX); for any other pipeline :func:`compile_ruler` returns
None and :func:`use_token_tables` leaves the original components alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc

TABLES_PIPE = "claimcheck_token_tables"
#: Token features a ruler pattern may test, in the order of a feature key.
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_FEATURE_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
#: Attributes a ruler may set, in the order of an outcome row.
_OUT_ATTRS = [POS, MORPH, LEMMA, TAG, DEP]
#: What one pass over the Doc reads: the features, then the outputs that are not features.
_READ_ATTRS = [*_FEATURE_ATTRS, POS, MORPH, LEMMA]
#: Forget remembered outcomes past this many entries (a long run over a huge vocabulary).
_MEMO_MAX = 500_000


class _Unsupported(Exception):
    pass


def _predicate(value: Any, strings: Any, named: set[int], regexes: list[re.Pattern[str]]) -> Any:
    """A test of one feature value (a string hash, or 0/1 for IS_SPACE), as the Matcher does it.

    The hashes the test names are added to ``named``, its regex to ``regexes``.
    """
    if isinstance(value, bool):
        return lambda v, want=int(value): v == want
    if isinstance(value, str):
        want = strings.add(value)
        named.add(want)
        return lambda v: v == want
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list):
            hashes = frozenset(strings.add(a) for a in arg)
            named.update(hashes)
            if op == "IN":
                return lambda v: v in hashes
            return lambda v: v not in hashes
        if op == "REGEX" and isinstance(arg, str):
            rx = re.compile(arg)
            regexes.append(rx)
            return lambda v: rx.search(strings[v]) is not None
    raise _Unsupported(repr(value))


@dataclass(frozen=True)
class _Rule:
    order: int  # precedence: later rules win
    specs: tuple[tuple[tuple[int, Any], ...], ...]  # per pattern token: (feature index, test)
    index: int  # which token of the match receives the attributes
    attrs: tuple[tuple[int, int], ...]  # (output column, value)

    def token_matches(self, position: int, features: tuple[int, ...]) -> bool:
        return all(test(features[i]) for i, test in self.specs[position])


@dataclass
class CompiledRuler:
    single: list[_Rule]
    multi: list[_Rule]
    #: LOWER values some pattern names (equality, IN, NOT_IN), and the LOWER regexes.
    lowers: frozenset[int] = frozenset()
    lower_regexes: tuple[re.Pattern[str], ...] = ()


def compile_ruler(ruler: Any) -> CompiledRuler | None:
    """The patterns of an ``AttributeRuler``, compiled; None if a pattern has an unsupported form."""
    strings = ruler.vocab.strings
    attrs_list = getattr(ruler, "attrs", None)
    indices = getattr(ruler, "indices", None)
    matcher = getattr(ruler, "matcher", None)
    if attrs_list is None or indices is None or matcher is None:
        return None
    single: list[_Rule] = []
    multi: list[_Rule] = []
    lowers: set[int] = set()
    regexes: list[re.Pattern[str]] = []
    try:
        for order, (attrs, index) in enumerate(zip(attrs_list, indices, strict=True)):
            entry = matcher.get(str(order))
            if entry is None:
                return None
            _on_match, patterns = entry
            out: list[tuple[int, int]] = []
            for attr_id, value in attrs.items():
                if attr_id not in _OUT_ATTRS:
                    raise _Unsupported(f"sets attribute {attr_id}")
                out.append((_OUT_ATTRS.index(attr_id), int(value)))
            for pattern in patterns:
                specs = []
                for token_spec in pattern:
                    tests = []
                    for key, value in token_spec.items():
                        if key not in _KEYS:
                            raise _Unsupported(key)
                        named: set[int] = set()
                        found: list[re.Pattern[str]] = []
                        tests.append((_KEYS.index(key), _predicate(value, strings, named, found)))
                        if key == "LOWER":
                            lowers.update(named)
                            regexes.extend(found)
                    specs.append(tuple(tests))
                n = len(specs)
                if n == 0 or not -n <= index < n:
                    raise _Unsupported("index")
                rule = _Rule(order, tuple(specs), index % n, tuple(out))
                (single if n == 1 else multi).append(rule)
    except _Unsupported:
        return None
    if 0 in lowers or any(rx.search("") for rx in regexes):
        return None  # the stand-in value for "any other word" would not be neutral
    return CompiledRuler(single, multi, frozenset(lowers), tuple(regexes))


class TokenTables:
    """Sets what the attribute ruler and rule lemmatizer would, from remembered outcomes."""

    def __init__(self, ruler: Any, lemmatizer: Any | None) -> None:
        self.ruler = ruler
        self.lemmatizer = lemmatizer
        self._compiled: CompiledRuler | None = None
        self._outcomes: dict[tuple, tuple[int, ...]] = {}
        self._lemmas: dict[tuple[int, int, int], int] = {}
        self._starts: dict[tuple[int, ...], tuple[_Rule, ...]] = {}
        self._lower_class: dict[int, int] = {}
        self._overwrite = bool(getattr(lemmatizer, "overwrite", False))
        self._lemma_function: Any = None
        self._by_tag: dict[int, list[_Rule]] = {}

    @property
    def compiled(self) -> CompiledRuler:
        """The ruler's patterns, compiled on first use (a pipeline loaded from disk fills the
        ruler only after every component is built)."""
        if self._compiled is None:
            compiled = compile_ruler(self.ruler)
            if compiled is None:
                raise ValueError(f"{TABLES_PIPE}: the attribute_ruler has patterns it cannot compile")
            self._compiled = compiled
        return self._compiled

    # ------------------------------------------------------------------ the ruler

    def _rules_for_tag(self, tag: int) -> list[_Rule]:
        """The one-token rules a token with this TAG can match (all others test another TAG)."""
        rules = self._by_tag.get(tag)
        if rules is None:
            rules = self._by_tag[tag] = [
                r for r in self.compiled.single
                if all(test(tag) for i, test in r.specs[0] if i == 0)]
        return rules

    def _outcome(self, features: tuple[int, ...], before: tuple[int, ...],
                 extra: tuple[_Rule, ...]) -> tuple[int, ...]:
        rules = [r for r in self._rules_for_tag(features[0]) if r.token_matches(0, features)]
        rules.extend(extra)
        rules.sort(key=lambda r: r.order)
        row = list(before)
        for rule in rules:
            for column, value in rule.attrs:
                row[column] = value
        return tuple(row)

    def _multi_matches(self, feats: list[tuple[int, ...]]) -> dict[int, tuple[_Rule, ...]]:
        """Two-token (or longer) pattern matches, by the token that receives the attributes."""
        starts = self._starts
        found: dict[int, list[_Rule]] = {}
        n = len(feats)
        for start, features in enumerate(feats):
            rules = starts.get(features)
            if rules is None:
                rules = starts[features] = tuple(
                    r for r in self.compiled.multi if r.token_matches(0, features))
            for rule in rules:
                width = len(rule.specs)
                if start + width <= n and all(rule.token_matches(k, feats[start + k])
                                              for k in range(1, width)):
                    found.setdefault(start + rule.index, []).append(rule)
        for rules in found.values():
            rules.sort(key=lambda r: r.order)
        return {i: tuple(rules) for i, rules in found.items()}

    def _classify_lower(self, lower: int, strings: Any) -> int:
        """``lower`` itself if a pattern can tell it apart, else 0 (the empty string), which no
        pattern names or matches: every such word then shares one remembered outcome."""
        if lower in self.compiled.lowers:
            return lower
        text = strings[lower]
        if any(rx.search(text) for rx in self.compiled.lower_regexes):
            return lower
        return 0

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        classes = self._lower_class
        feats = []
        befores = []  # the token's values of _OUT_ATTRS before the ruler
        for tag, lower, dep, space, pos, morph, lemma in doc.to_array(_READ_ATTRS).tolist():
            cls = classes.get(lower)
            if cls is None:
                cls = classes[lower] = self._classify_lower(lower, doc.vocab.strings)
            feats.append((tag, cls, dep, space))
            befores.append((pos, morph, lemma, tag, dep))
        multi = self._multi_matches(feats) if self.compiled.multi else {}
        memo = self._outcomes
        if len(memo) > _MEMO_MAX:
            memo.clear()
            self._starts.clear()
            self._lower_class.clear()
        rows = []
        for i in range(n):
            extra = multi.get(i, ())
            key = (feats[i], befores[i], extra)
            row = memo.get(key)
            if row is None:
                row = memo[key] = self._outcome(feats[i], befores[i], extra)
            rows.append(row)
        doc.from_array(_OUT_ATTRS, numpy.asarray(rows, dtype=numpy.uint64))
        if self.lemmatizer is not None:
            self._lemmatize(doc)
        return doc

    # ------------------------------------------------------------------ the lemmatizer

    @property
    def lemma_function(self) -> Any:
        """The lemmatizer's own ``lemmatize``, run by a copy whose word lists are sets.

        The rule lemmatizer asks "is this form a known word?" of lists of up to some 60,000
        words, a linear scan each time; a set answers the same question at once.  The copy shares
        everything else with the original, which is left as it was (it is still what the
        pipeline saves to disk).
        """
        if self._lemma_function is None:
            original = self.lemmatizer
            try:
                copy = type(original)(original.vocab, original.model, original.name,
                                      mode=original.mode, overwrite=original.overwrite)
                lookups = Lookups()
                for table_name in original.lookups.tables:
                    source = original.lookups.get_table(table_name)
                    target = lookups.add_table(table_name)
                    for key, value in source.items():
                        target[key] = frozenset(value) if table_name == "lemma_index" else value
                copy.lookups = lookups
                copy._validated = original._validated
                self._lemma_function = copy.lemmatize
            except Exception:  # noqa: BLE001 - a lemmatizer of another shape: use it as it is
                self._lemma_function = original.lemmatize
        return self._lemma_function

    def _lemmatize(self, doc: Doc) -> None:
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = self._lemmas
        if len(lemmas) > _MEMO_MAX:
            lemmas.clear()
        out = []
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma != 0 and not self._overwrite:
                out.append(lemma)
                continue
            key = (orth, pos, morph)
            value = lemmas.get(key)
            if value is None:
                value = lemmas[key] = strings.add(self.lemma_function(doc[i])[0])
            out.append(value)
        doc.from_array([LEMMA], numpy.asarray(out, dtype=numpy.uint64))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)


@Language.factory(
    TABLES_PIPE,
    requires=["token.tag", "token.dep"],
    assigns=["token.pos", "token.morph", "token.lemma"],
)
def make_token_tables(nlp: Language, name: str) -> TokenTables:
    ruler = nlp.get_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None
    return TokenTables(ruler, lemmatizer)


def use_token_tables(nlp: Language) -> bool:
    """Replace ``attribute_ruler`` (and a rule ``lemmatizer`` right after it) by
    :class:`TokenTables`, if the pipeline has that shape and its patterns compile.

    The originals stay in the pipeline, disabled.  Returns whether the swap was made.
    """
    names = nlp.pipe_names
    if TABLES_PIPE in names or "attribute_ruler" not in names:
        return False
    if compile_ruler(nlp.get_pipe("attribute_ruler")) is None:
        return False
    at = names.index("attribute_ruler")
    lemmatizer = names[at + 1] if at + 1 < len(names) and names[at + 1] == "lemmatizer" else None
    if lemmatizer is not None:
        lem = nlp.get_pipe(lemmatizer)
        if getattr(lem, "mode", None) != "rule" or not hasattr(lem, "lemmatize"):
            return False
    last = lemmatizer or "attribute_ruler"
    nlp.add_pipe(TABLES_PIPE, after=last)
    if lemmatizer is None:
        nlp.get_pipe(TABLES_PIPE).lemmatizer = None
    nlp.disable_pipe("attribute_ruler")
    if lemmatizer is not None:
        nlp.disable_pipe(lemmatizer)
    return True
