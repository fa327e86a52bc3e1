"""One exit-code contract for every command (README, "The command line"): 0 done, 1 invalid
data (input that was read but breaks a rule), 2 usage error or unreadable input; and the
one-line messages of a new user's trial: a folder without releases, diff's values, a
sources.csv or corpus CSV that is not UTF-8, a broken JSONL line, an impossible date, and
an --out that is a file."""

from __future__ import annotations

import polars as pl
import pytest
from click.testing import CliRunner

from armsdata.cli import main

from conftest import ROOT, SEEDS

GOLD = ROOT / "tests" / "gold" / "seeds.csv"


def run(*args):
    result = CliRunner().invoke(main, [*map(str, args)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result


def build(seeds, out):
    return run("build", "--seeds", seeds, "--out", out, "--quiet")


def evaluate(seeds):
    return run("evaluate", GOLD, "--seeds", seeds)


def folder(tmp_path, files: dict[str, bytes]):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, content in files.items():
        (seeds / name).write_bytes(content)
    return seeds


# -- --out that cannot hold releases: refused before the corpus is read -----------------------------------
@pytest.mark.parametrize("below", [False, True], ids=["a file", "below a file"])
def test_an_out_that_is_a_file_is_refused_before_the_corpus_is_read(tmp_path, monkeypatch, below):
    import armsdata.build.readers as readers

    (tmp_path / "file").write_text("", encoding="utf-8")
    out = tmp_path / "file" / "out" if below else tmp_path / "file"
    seeds = folder(tmp_path, {"a.txt": b"Caf\xe9: not UTF-8, never read"})
    monkeypatch.setattr(readers, "plan", lambda *a: pytest.fail("the corpus was read"))
    result = build(seeds, out)
    reason = "cannot create the releases folder (Not a directory)" if below else "is a file, not a folder for releases"
    assert (result.exit_code, result.output) == (2, f"Error: {out}: {reason}\n")
