"""The benchmark scripts' generators stay in step with the code they measure: each makes
its input at a small size, and that input builds or validates. No timing is asserted
(benchmarks/ prints figures; tests never time anything). validate_speed.py had stopped
generating a release when release_tables gained its document_sources argument, and
nothing noticed."""

from __future__ import annotations

import sys

from click.testing import CliRunner

from armsdata.cli import main
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import build_speed  # noqa: E402
import validate_speed  # noqa: E402


def test_validate_speed_generates_a_release_that_validates(tmp_path):
    (tmp_path / "release").mkdir()  # (the script makes its folder before it writes)
    validate_speed.make_release(tmp_path / "release", 200)
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "release")])
    assert result.exit_code == 0, result.output


def test_build_speed_articles_build_into_a_release(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for doc_id, text in build_speed.articles(3):
        (seeds / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--quiet",
                                       "--version", "9.9.9"])
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(main, ["validate", str(tmp_path / "out" / "v9.9.9")]).exit_code == 0
