"""tests/blind_interval.py: a set's relation F1 and its interval from resampling documents."""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _module():
    spec = importlib.util.spec_from_file_location("blind_interval", HERE / "blind_interval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_documents_alike_give_no_spread_and_unlike_ones_do():
    module = _module()
    assert module.interval([[(1, 2, 2)] * 10]) == (0.5, 0.5, 0.5)
    figure, low, high = module.interval([[(2, 2, 2)] * 5 + [(0, 2, 2)] * 5])
    assert figure == 0.5 and 0.0 < low < 0.5 < high < 1.0
    assert module.interval([[(2, 2, 2)] * 5, [(0, 2, 2)] * 5])[0] == 0.5  # two sets pooled


def test_the_seeds_are_scored_as_evaluate_scores_them(capsys):
    module = _module()
    assert module.main([str(HERE / "gold" / "seeds.csv"), str(HERE.parent / "seeds")]) == 0
    assert capsys.readouterr().out == "relation F1 1.000, 95% interval 1.000-1.000 (5 documents, 2000 draws)\n"
    assert module.main([str(HERE / "gold" / "seeds.csv")]) == 2  # a GOLD without its DOCS
