"""The README's "Loading the data" examples, run on a freshly built release: the Python
blocks in one namespace, the SQL with duckdb, the R block with Rscript (where R is
installed). Each must keep every record and give the recipient's codes in its year."""

from __future__ import annotations

import shutil
import subprocess

import polars as pl
import pytest

from conftest import RELEASE_IN_DOCS, ROOT, fenced_blocks


@pytest.fixture(scope="module")
def blocks() -> list[tuple[str, str]]:
    return fenced_blocks((ROOT / "README.md").read_text(encoding="utf-8"), "Loading the data")


def expected_codes(release) -> pl.DataFrame:
    """record_id -> the recipient's codes in the record's year, worked out row by row."""
    records = pl.read_parquet(release / "records.parquet")
    codes = pl.read_parquet(release / "actor_codes.parquet").rows(named=True)
    rows = []
    for record in records.iter_rows(named=True):
        year = record["event_year"] or record["report_year"]
        match = [c for c in codes if c["actor_id"] == record["recipient"]
                 and c["year_from"] <= year <= (c["year_to"] or 9999)]
        rows.append((record["record_id"], *((match[0]["iso3"], match[0]["cow_code"]) if match else (None, None))))
    return pl.DataFrame(rows, schema={"record_id": pl.String, "iso3": pl.String, "cow_code": pl.Int32}, orient="row")


def test_readme_shows_python_sql_and_r(blocks):
    assert [language for language, _ in blocks] == ["python", "python", "python", "sql", "r"]


def test_python_examples_run_and_keep_every_record(blocks, built_release, monkeypatch):
    monkeypatch.chdir(built_release.parent.parent)  # armsdata.load() finds ./dataset
    namespace: dict = {}
    for language, code in blocks:
        if language == "python":
            exec(RELEASE_IN_DOCS.sub(str(built_release), code), namespace)  # noqa: S102 - our own README
    records, panel, panel_pd = namespace["records"], namespace["panel"], namespace["panel_pd"]
    assert panel.height == len(panel_pd) == len(records) == 32
    expected = expected_codes(built_release)
    assert panel.select("record_id", "iso3", "cow_code").equals(expected)
    assert panel.filter(pl.col("recipient").is_null()).height == 10  # kept, with empty codes
    assert pl.from_pandas(panel_pd[["record_id", "iso3", "cow_code"]]).equals(expected)
    assert (str(panel_pd["quantity"].dtype), str(panel_pd["cow_code"].dtype), str(panel_pd["year"].dtype)) == (
        "Int64", "Int32", "Int64")
    assert str(namespace["records_csv"]["quantity"].dtype) == "Int64"


def test_sql_example_runs_with_duckdb(blocks, built_release):
    duckdb = pytest.importorskip("duckdb")
    [sql] = [code for language, code in blocks if language == "sql"]
    found = duckdb.sql(RELEASE_IN_DOCS.sub(str(built_release), sql)).pl()
    assert found.height == 32
    assert found.select("record_id", "iso3", pl.col("cow_code").cast(pl.Int32)).equals(
        expected_codes(built_release).sort("record_id"))


def _r_has_arrow() -> bool:
    done = subprocess.run(["Rscript", "-e", "library(arrow)"], capture_output=True, text=True)
    return done.returncode == 0


# Without the arrow package, read_parquet is stood in for by a reader of the CSV twin, so
# that the join itself still runs in R.
CSV_READER = ('read_parquet <- function(path) read.csv(sub("[.]parquet$", ".csv", path), na.strings = "", '
              'stringsAsFactors = FALSE)\n')


@pytest.mark.skipif(shutil.which("Rscript") is None, reason="R is not installed")
def test_r_example_runs(blocks, built_release, tmp_path):
    [code] = [code for language, code in blocks if language == "r"]
    code = RELEASE_IN_DOCS.sub(str(built_release), code)
    if not _r_has_arrow():
        code = code.replace("library(arrow)\n", CSV_READER)
    out = tmp_path / "panel.csv"
    code += f'write.csv(panel[order(panel$row), c("record_id", "iso3", "cow_code")], "{out}", row.names = FALSE, na = "")\n'
    script = tmp_path / "example.R"
    script.write_text(code, encoding="utf-8")
    done = subprocess.run(["Rscript", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    found = pl.read_csv(out, schema={"record_id": pl.String, "iso3": pl.String, "cow_code": pl.Int32})
    assert found.equals(expected_codes(built_release))
