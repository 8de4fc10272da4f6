"""Measuring claimcheck: attribution extraction against gold annotation, verdicts against
a dataset's expected verdicts.

- :mod:`claimcheck.evaluation.gum`: the GUM news attribution benchmark as gold documents.
- :mod:`claimcheck.evaluation.seeds_gold`: hand-made gold over plain article files.
- :mod:`claimcheck.evaluation.attribution`: the scorer (``evaluate_attribution``).
- :mod:`claimcheck.evaluation.verdict_accuracy`: verdict accuracy and confusion matrix.
"""
