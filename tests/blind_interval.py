"""How precise a set's relation F1 is: the figure, and a 95% interval from resampling its
documents (bootstrap, 2,000 draws, seeded, so the same set gives the same interval).

    python tests/blind_interval.py tests/holdout11/gold.csv tests/holdout11/docs
    python tests/blind_interval.py GOLD DOCS [GOLD DOCS ...]   # several sets pooled

A blind set of 20 articles measures relation F1 to about +-0.1: read a difference between
two extractors on one set with that in mind. Pooled sets resample within each set.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

DRAWS = 2_000
SEED = 1


def document_counts(gold: Path, docs: Path) -> list[tuple[int, int, int]]:
    """(matched, predicted, gold) relations of each document of a set, as `armsdata
    evaluate GOLD --seeds DOCS` counts them."""
    from armsdata.build.evaluate import evaluate, read_gold
    from armsdata.build.pipeline import build_tables

    per_doc, _ = evaluate(read_gold(gold), build_tables(docs)["records"])
    return [(s["matched_relations"], s["predicted_relations"], s["gold_relations"])
            for s in (counts.scores() for counts in per_doc.values())]


def f1(counts) -> float:
    matched = sum(c[0] for c in counts)
    total = sum(c[1] + c[2] for c in counts)
    return 2 * matched / total if total else 0.0


def interval(sets: list[list[tuple[int, int, int]]]) -> tuple[float, float, float]:
    """(F1, low, high): the pooled figure and its 2.5th and 97.5th bootstrap percentiles."""
    rng = random.Random(SEED)
    draws = sorted(f1([rng.choice(docs) for docs in sets for _ in docs]) for _ in range(DRAWS))
    return f1([c for docs in sets for c in docs]), draws[int(0.025 * DRAWS)], draws[int(0.975 * DRAWS) - 1]


def main(argv: list[str]) -> int:
    if not argv or len(argv) % 2:
        print(__doc__.strip().splitlines()[3].strip(), file=sys.stderr)
        return 2
    sets = [document_counts(Path(gold), Path(docs)) for gold, docs in zip(argv[::2], argv[1::2])]
    figure, low, high = interval(sets)
    figure, low, high = (round(x, 4) for x in (figure, low, high))  # (rounded as evaluate rounds)
    print(f"relation F1 {figure:.3f}, 95% interval {low:.3f}-{high:.3f} "
          f"({sum(len(s) for s in sets)} documents, {DRAWS} draws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
